"""The holdout case files, written by another author who never saw the extractor or the sample
generator (samples/holdout/README.md): extraction must reproduce their expected case-json too.

Measured when they arrived, before any change made for them: 301/320 fields and 145/153
documents right; the extractor was then generalised (officer tables, generic headings, negated
lists …) until every field matched, except the one policy difference below.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.pipeline import extract_case
from review.assemble import assemble

REPO = Path(__file__).resolve().parent.parent
EXPECTED = sorted((REPO / "samples" / "holdout" / "expected").glob("*.json"))
FIELDS = ["party", "cause", "decision_number", "filing_date", "decision_date", "measure",
          "measure_date", "in_review_window", "filing_handlers", "inspectors", "inquirers",
          "lead_handlers", "fine_yuan", "agency", "police_filed", "police_filing_date"]
TAGS = ["case_types", "new_equipment", "non_site_platforms"]


@pytest.mark.parametrize("path", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_holdout_case(path):
    expected = json.loads(path.read_text(encoding="utf-8"))
    got = assemble(extract_case(REPO / expected["case_file"])).to_json()
    for field in FIELDS:
        if field in expected:
            assert got[field] == expected[field], field
    for field in TAGS:
        assert set(got[field]) == set(expected[field]), field
    docs = [(d["doc_type"], d["source"], d["pages"]) for d in got["documents"]]
    assert docs == [(d["doc_type"], d["source"], d["pages"]) for d in expected["documents"]]
    for mine, theirs in zip(got["documents"], expected["documents"]):
        if theirs["doc_type"] != "other":
            assert (mine["number"], mine["date"]) == (theirs["number"], theirs["date"]), theirs
    # Policy: a photo (JPG) inside a case file is reported as not read ("需要OCR"), where the
    # holdout's author expected silence; every other error must match.
    extra = [e for e in got["errors"] if e not in expected["errors"]]
    assert all(".jpg:" in e and "需要OCR" in e for e in extra), extra
    assert set(expected["errors"]) <= set(got["errors"])
