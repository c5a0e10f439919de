"""`review-cases extract` reproduces every sample's expected case-json, field by field."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.pipeline import extract_case
from review.assemble import assemble
from review.cli import main

REPO = Path(__file__).resolve().parent.parent
EXPECTED = sorted((REPO / "samples" / "expected").glob("*.json"))
FIELDS = ["party", "cause", "decision_number", "filing_date", "decision_date", "measure",
          "measure_date", "in_review_window", "filing_handlers", "inspectors", "inquirers",
          "lead_handlers", "fine_yuan", "errors"]
TAG_FIELDS = ["case_types", "new_equipment", "non_site_platforms"]  # canonical order: sets


@pytest.fixture(scope="module")
def extracted(request):
    cache = {}

    def get(case_file: str) -> dict:
        if case_file not in cache:
            cache[case_file] = assemble(extract_case(REPO / case_file)).to_json()
        return cache[case_file]
    return get


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_sample_fields(path, extracted):
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = extracted(expected["case_file"])
    for field in FIELDS:
        assert got[field] == expected[field], field
    for field in TAG_FIELDS:
        assert set(got[field]) == set(expected[field]), field


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_sample_documents(path, extracted):
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = extracted(expected["case_file"])["documents"]
    assert [(d["doc_type"], d["source"], d["pages"]) for d in got] == \
        [(d["doc_type"], d["source"], d["pages"]) for d in expected["documents"]]
    for mine, theirs in zip(got, expected["documents"]):
        if theirs["doc_type"] != "other":  # covers, catalogues, photos: number/date not asserted
            assert (mine["number"], mine["date"]) == (theirs["number"], theirs["date"]), theirs


def test_json_lines_has_every_case_json_field(capsys):
    case = json.loads(EXPECTED[0].read_text(encoding="utf-8"))["case_file"]
    assert main(["extract", str(REPO / case), "--json"]) == 0
    line = capsys.readouterr().out.strip()
    obj = json.loads(line)
    spec_fields = set(json.loads(EXPECTED[0].read_text(encoding="utf-8")))
    assert spec_fields <= set(obj)


def test_facts_keep_page_text_and_box():
    case = assemble(extract_case(REPO / "samples" / "cases" / "case-01"))
    handlers = case.facts("person", "filing_handler")
    assert handlers and all(f.page >= 1 and f.text for f in handlers)
    dated = [f for f in case.facts("date") if f.doc_type == "penalty_decision"]
    assert dated and dated[0].box is not None
    x0, top, x1, bottom = dated[0].box
    assert 0 <= x0 < x1 and 0 <= top < bottom


def test_readable_table_in_chinese(capsys):
    folder = REPO / "samples" / "cases" / "case-01"
    assert main(["extract", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "当事人" in out and "主要承办人" in out and "共1个案卷" in out
