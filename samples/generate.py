"""Generate the sample case files and their expected case-json.

    python -m samples.generate [--out DIR]

Writes ``DIR/cases/case-NN[.pdf|.zip|.docx]`` and ``DIR/expected/case-NN.json`` (DIR defaults
to this folder), and the rule samples ``DIR/defects/{ok,d}-NN[…]`` with ``DIR/defects/expected.json``
(see ``samples/casegen/defects.py``).  Deterministic: running it twice gives identical bytes.

API (see samples/casegen): ``build_cases() -> list[CaseSpec]``, ``write_case(spec, out_dir, fmt)``,
``expected_json(spec, case_file) -> dict``, ``random_case(rng, case_id) -> CaseSpec``,
``write_combined_pdf(specs_or_pages, path)``.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from pathlib import Path

from samples.casegen import (CaseSpec, build_cases, expected_json, layout_case, random_case,
                             write_case, write_combined_pdf)
from samples.casegen.defects import RuleCase, rule_cases

HERE = Path(__file__).resolve().parent
__all__ = ["build_cases", "write_case", "expected_json", "random_case", "write_combined_pdf", "generate",
           "generate_defects", "CaseSpec", "layout_case", "rule_cases"]


def case_file_arg(spec: CaseSpec, target: Path) -> str:
    """The case path as passed on the command line from the repository root."""
    return f"samples/cases/{target.name}"


def dumps(obj: dict) -> str:
    """Pretty JSON (2-space indent, UTF-8 text) with short scalar lists kept on one line."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    return re.sub(r"\[\s*(-?\d+),\s*(-?\d+)\s*\]", r"[\1, \2]", text) + "\n"


def generate(out: Path = HERE, specs: list[CaseSpec] | None = None) -> list[Path]:
    out = Path(out)
    cases_dir, exp_dir = out / "cases", out / "expected"
    for d in (cases_dir, exp_dir):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
    written = []
    for spec in specs or build_cases():
        target = write_case(spec, cases_dir)
        exp = expected_json(spec, case_file_arg(spec, target))
        (exp_dir / f"{spec.case_id}.json").write_text(
            dumps(exp), encoding="utf-8")
        written.append(target)
    return written


def generate_defects(out: Path = HERE / "defects", cases: list[RuleCase] | None = None) -> list[Path]:
    """The rule samples: one file per case plus ``expected.json`` keyed by the case path as passed
    on the command line from the repository root (``samples/defects/d-03``)."""
    out = Path(out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    expected, written = {}, []
    for rc in cases or rule_cases():
        target = write_case(rc.spec, out)
        expected[f"samples/defects/{target.name}"] = {
            "broken": rc.broken, "defect": rc.defect, "format": rc.spec.fmt, "kind": rc.spec.kind,
            "verdicts": rc.verdicts}
        written.append(target)
    (out / "expected.json").write_text(dumps(expected), encoding="utf-8")
    return written


def defects_table(cases: list[RuleCase] | None = None) -> str:
    """The rule-sample table of samples/README.md."""
    rows = ["| case | format | kind | broken rule | defect |", "|---|---|---|---|---|"]
    for rc in cases or rule_cases():
        rows.append(f"| {rc.case_id} | {FORMAT_TEXT[rc.spec.fmt]} | {rc.spec.kind} | "
                    f"{'`' + rc.broken + '`' if rc.broken else '— (clean)'} | {rc.defect} |")
    return "\n".join(rows) + "\n"


FORMAT_TEXT = {"pdf_dir": "folder of PDFs", "docx_dir": "folder of DOCX", "mixed_dir": "folder, PDF + DOCX",
               "combined_pdf": "combined 案卷 PDF", "zip_pdf": "zip of PDFs", "zip_docx": "zip of DOCX",
               "single_docx": "one DOCX"}


def readme_table(specs: list[CaseSpec] | None = None) -> str:
    """The case table of samples/README.md (regenerate with ``--readme``)."""
    rows = ["| case | format | kind | covers | quirks | distractors |", "|---|---|---|---|---|---|"]
    for spec in specs or build_cases():
        fmt = FORMAT_TEXT[spec.fmt]
        if spec.fmt.startswith("zip"):
            fmt += f" (top folder `{spec.zip_top}`)" if spec.zip_top else " (flat)"
        if spec.fmt in ("pdf_dir", "docx_dir", "mixed_dir", "zip_pdf", "zip_docx") and spec.file_prefix != "{i:02d}-":
            fmt += ", names " + ("unnumbered" if not spec.file_prefix else "`01立案…`")
        if spec.fmt == "single_docx" and not spec.with_cover:
            fmt += ", no cover"
        exp = expected_json(spec, f"samples/cases/{spec.case_id}")
        covers = exp["case_types"] + exp["new_equipment"] + exp["non_site_platforms"]
        cov = ", ".join(f"`{c}`" for c in covers) or "—"
        cov += f"; {spec.scenario}; fine {exp['fine_yuan']}" if exp["fine_yuan"] else f"; {spec.scenario}"
        if exp["measure_date"] and not exp["in_review_window"]:
            cov += f"; **out of window** ({exp['measure_date']})"
        if spec.notes:
            cov += "; " + spec.notes
        rows.append(f"| {spec.case_id} | {fmt} | {spec.kind} | {cov} | {', '.join(spec.quirks)} | "
                    f"{', '.join(spec.distractors) or '—'} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: samples/)")
    ap.add_argument("--readme", action="store_true", help="print the README case table and exit")
    args = ap.parse_args(argv)
    if args.readme:
        print(readme_table(), end="")
        print()
        print(defects_table(), end="")
        return 0
    for p in generate(args.out) + generate_defects(args.out / "defects"):
        print(p.relative_to(args.out) if p.is_relative_to(args.out) else p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
