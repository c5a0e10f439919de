"""The sample generator (samples/): deterministic output, case-json shape, coverage, and
files that agree with their expected JSON (pages, sources, own numbers, text layers)."""
from __future__ import annotations

import collections
import filecmp
import io
import json
import random
import re
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("reportlab")
pytest.importorskip("pypdfium2")
pytest.importorskip("docx")

import pypdfium2 as pdfium  # noqa: E402
import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

from samples import generate as gen  # noqa: E402
from samples.casegen import (CASE_JSON_FIELDS, build_cases, expected_json, layout_case,  # noqa: E402
                             random_case, write_case, write_combined_pdf)
from samples.casegen.expected import DOC_FIELDS, DOC_TYPES, EQUIPMENT, PLATFORMS, TAGS  # noqa: E402
from samples.casegen.scenarios import SCENARIOS  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
PDF_FORMATS = {"pdf_dir", "combined_pdf", "zip_pdf"}
DOCX_FORMATS = {"docx_dir", "zip_docx", "single_docx"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def specs():
    return build_cases()


@pytest.fixture(scope="module")
def expected():
    files = sorted((SAMPLES / "expected").glob("case-*.json"))
    assert files, "no committed samples: run `python -m samples.generate`"
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_generator_is_deterministic_and_matches_committed(tmp_path):
    gen.generate(tmp_path)
    for sub in ("cases", "expected"):
        new, old = tmp_path / sub, SAMPLES / sub
        assert _tree(new) == _tree(old), f"samples/{sub} is stale: run `python -m samples.generate`"
        for rel in _tree(new):
            a, b = new / rel, old / rel
            if a.is_file():
                assert filecmp.cmp(a, b, shallow=False), f"samples/{sub}/{rel} differs from a fresh generation"


def test_expected_json_shape(expected):
    assert len(expected) >= 26
    for name, e in expected.items():
        assert list(e) == CASE_JSON_FIELDS, name
        assert (ROOT / e["case_file"]).exists(), e["case_file"]
        assert e["documents"], name
        for d in e["documents"]:
            assert list(d) == DOC_FIELDS, name
            assert d["doc_type"] in DOC_TYPES
            first, last = d["pages"]
            assert 1 <= first <= last
            assert d["date"] is None or ISO.match(d["date"])
            if d["number"]:
                assert "〔" in d["number"] and " " not in d["number"] and re.search(r"〔\d{4}〕\d+号$", d["number"])
        for k in ("filing_date", "decision_date", "measure_date"):
            assert e[k] is None or ISO.match(e[k]), (name, k)
        assert e["measure"] in (None, "penalty", "no_penalty", "seizure", "transfer_criminal", "transfer_detention")
        assert e["in_review_window"] == (None if e["measure_date"] is None else e["measure_date"] >= "2024-11-01")
        for k in ("filing_handlers", "inspectors", "inquirers", "lead_handlers"):
            assert all(" " not in n for n in e[k]) and len(set(e[k])) == len(e[k]), (name, k)
        assert e["lead_handlers"] == [h for h in e["filing_handlers"] if h in e["inspectors"] or h in e["inquirers"]]
        assert set(e["case_types"]) <= set(TAGS)
        assert set(e["new_equipment"]) <= set(EQUIPMENT)
        assert set(e["non_site_platforms"]) <= set(PLATFORMS)
        assert e["fine_yuan"] is None or isinstance(e["fine_yuan"], int)
        if e["decision_number"]:
            assert e["decision_number"].startswith("渝（巴南）环")
    errors = {n: e["errors"] for n, e in expected.items() if e["errors"]}
    assert len(errors) == 1
    (only,) = errors.values()
    assert len(only) == 1 and re.match(r"^.+\.pdf: 第\d+页没有文字层，需要OCR$", only[0])


def test_coverage(specs, expected):
    union = collections.defaultdict(set)
    for e in expected.values():
        for k in ("case_types", "new_equipment", "non_site_platforms", "measure"):
            union[k].update(e[k] if isinstance(e[k], list) else [e[k]])
    assert union["case_types"] >= set(TAGS)
    assert union["new_equipment"] >= set(EQUIPMENT)
    assert union["non_site_platforms"] >= set(PLATFORMS)
    assert union["measure"] >= {"penalty", "no_penalty", "seizure", "transfer_criminal", "transfer_detention"}
    assert sum(1 for e in expected.values() if e["in_review_window"] is False) >= 2
    # third-party fraud subtypes: monitoring, EIA, vehicle testing, automatic monitoring, carbon data
    fraud = {s.scenario for s in specs if "third_party_fraud" in s.tags}
    assert fraud >= {"monitor_fraud", "eia_fraud", "vehicle_fraud", "automon_fraud_crime", "carbon_fraud"}
    assert all(SCENARIOS[k] for k in fraud)
    # a crime transfer without a filing approval, and one with
    crim = [e for e in expected.values() if e["measure"] == "transfer_criminal"]
    assert any(not e["filing_handlers"] for e in crim) and any(e["filing_handlers"] for e in crim)
    assert all(any(d["doc_type"] == "police_filing_notice" for d in e["documents"])
               for e in expected.values() if e["measure"] in ("transfer_criminal", "transfer_detention"))
    assert {s.fmt for s in specs} >= {"pdf_dir", "docx_dir", "combined_pdf", "zip_pdf", "zip_docx", "single_docx"}
    zips = [s for s in specs if s.fmt.startswith("zip")]
    assert any(s.zip_top for s in zips) and any(not s.zip_top for s in zips)


def test_quirks_and_distractors_cover_pdf_and_docx(specs):
    where = collections.defaultdict(list)
    for s in specs:
        kinds = {"pdf"} if s.fmt in PDF_FORMATS else {"docx"} if s.fmt in DOCX_FORMATS else {"pdf", "docx"}
        for q in s.quirks + [f"x:{d}" for d in s.distractors]:
            where[q].append(kinds)
    pdf_only = {"char_space", "fake_bold"}
    required = ["number_sq", "number_paren", "number_fwsq", "number_messy", "number_fwdigit", "date_dot", "date_dash",
                "date_hz", "date_hzo", "padded_names", "masked_officer_names", "sep_comma", "sep_slash", "sep_space",
                "label_当事人名称", "label_被处罚单位", "label_执法人员", "label_调查人", "amount_capital", "amount_wan",
                "amount_plain", "spaced_titles", "char_space", "fake_bold",
                "x:not_hazardous", "x:no_drone", "x:cited_case", "x:law_title_pollutant", "x:law_title_hw",
                "x:permit_background", "x:other_decision", "x:permit_law_title"]
    for q in required:
        assert len(where[q]) >= 2, q
        seen = set().union(*where[q])
        assert "pdf" in seen, q
        if q not in pdf_only:
            assert "docx" in seen, q


# ---------------------------------------------------------------- files agree with expected
def _pdf_pages(data: bytes) -> list[str]:
    doc = pdfium.PdfDocument(data)
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def _docx_pages(data: bytes) -> list[str]:
    d = docx.Document(io.BytesIO(data))
    pages = [""]
    for node in d.element.body.iter():
        if node.tag == qn("w:br") and node.get(qn("w:type")) == "page":
            pages.append("")
        elif node.tag == qn("w:t"):
            pages[-1] += node.text or ""
    return pages


def _case_files(case_file: Path) -> dict[str, bytes]:
    if case_file.is_dir():
        return {p.name: p.read_bytes() for p in case_file.iterdir()}
    if case_file.suffix == ".zip":
        with zipfile.ZipFile(case_file) as z:
            return {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    return {case_file.name: case_file.read_bytes()}


_FW = str.maketrans("０１２３４５６７８９［］[]()", "0123456789〔〕〔〕（）")


def _norm(text: str) -> str:
    t = re.sub(r"\s+", "", text).translate(_FW)
    return re.sub(r"（(\d{4})）", r"〔\1〕", t)


def _check_case(name: str, case_path: Path, e: dict) -> None:
    files = _case_files(case_path)
    assert set(files) == {d["source"] for d in e["documents"]}, name
    pages = {n: (_pdf_pages(b) if n.endswith(".pdf") else _docx_pages(b)) for n, b in files.items()}
    for src, pg in pages.items():
        spans = [tuple(d["pages"]) for d in e["documents"] if d["source"] == src]
        # the documents of a file tile it: from page 1, consecutive, up to its last page
        assert spans[0][0] == 1 and spans[-1][1] == len(pg), (name, src, spans, len(pg))
        for (_, b1), (a2, _) in zip(spans, spans[1:]):
            assert a2 == b1 + 1, (name, src, spans)
    empty = [f"{src}: 第{i}页没有文字层，需要OCR" for src, pg in sorted(pages.items())
             for i, t in enumerate(pg, 1) if src.endswith(".pdf") and not t.strip()]
    assert empty == e["errors"], name
    for d in e["documents"]:
        text = _norm("".join(pages[d["source"]][d["pages"][0] - 1:d["pages"][1]]))
        if d["number"]:
            assert d["number"] in text, (name, d)
        if d["doc_type"] == "penalty_decision" and e["fine_yuan"]:
            assert "罚款" in text
    alltext = _norm("".join("".join(pg) for pg in pages.values()))
    for n in e["inspectors"] + e["inquirers"] + e["filing_handlers"]:
        assert n in alltext, (name, n)


def test_files_agree_with_expected(expected):
    for name, e in expected.items():
        _check_case(name, ROOT / e["case_file"], e)


@pytest.mark.parametrize("fmt", ["pdf_dir", "docx_dir", "mixed_dir", "combined_pdf", "zip_pdf", "zip_docx",
                                 "single_docx"])
def test_every_format_renders(specs, tmp_path, fmt):
    for spec in (s for s in specs if s.case_id in ("case-06", "case-21")):
        target = write_case(spec, tmp_path, fmt)
        e = expected_json(spec, str(target), fmt)
        _check_case(f"{spec.case_id}/{fmt}", target, e)


# ---------------------------------------------------------------- API
def test_api_random_case_and_combined_pdf(tmp_path):
    rng = random.Random(3)
    specs = [random_case(rng, f"bench-{i}") for i in range(3)]
    for s in specs:
        n = len(layout_case(s).files[0].pages)
        assert 15 <= n <= 25
    out = tmp_path / "combined.pdf"
    placements = write_combined_pdf(specs, out)
    assert len(_pdf_pages(out.read_bytes())) == placements[-1].last
    target = write_case(specs[0], tmp_path, "zip_docx")
    assert target.suffix == ".zip" and zipfile.is_zipfile(target)


def test_defect_injection_flows_into_expected(specs):
    spec = next(s for s in specs if s.case_id == "case-01").copy()
    base = expected_json(spec, "x")
    spec.remove("legal_review")
    rec = spec.doc("inspection_record")
    rec.fields["inspectors"] = rec.fields["inspectors"][:1]
    dec = spec.doc("penalty_decision")
    dec.date = dec.date.replace(year=2024)
    e = expected_json(spec, "x")
    assert not any(d["doc_type"] == "legal_review" for d in e["documents"])
    assert len(e["inspectors"]) == 1 and e["inspectors"] != base["inspectors"]
    assert e["decision_date"].startswith("2024") and e["in_review_window"] is False


def test_readme_lists_every_case(expected):
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    for name in expected:
        assert f"| {name} |" in readme, f"{name} missing from samples/README.md (python -m samples.generate --readme)"
