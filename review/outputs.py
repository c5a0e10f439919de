"""Writing a run's results from the store: what the legal section opens after a batch."""
from __future__ import annotations

import json
from pathlib import Path

from .check import latest_decisions, rescore
from .exports import safe_name, write_jsonl, write_review_docx, write_summary_xlsx

SUMMARY = "案卷汇总.xlsx"
JSONL = "案卷.jsonl"
REPORTS = "评查表"
CANDIDATES = "候选人检查.json"


def current_check(store, case_path: str) -> dict | None:
    """The stored machine check with this case's reviewer decisions applied."""
    check = store.check(case_path)
    decisions = latest_decisions(store.decisions(case_path))
    return rescore(check, decisions) if check and decisions else check


def write_outputs(store, cases: list[str], out: Path, roster: str | None = None) -> dict[str, str]:
    out.mkdir(parents=True, exist_ok=True)
    (out / REPORTS).mkdir(exist_ok=True)
    records = []
    names: set[str] = set()
    for case_path in cases:
        stored = store.case(case_path)
        if stored is None:
            continue
        case_json = stored["case_json"]
        check = current_check(store, case_path)
        name = safe_name(Path(case_path).name)
        while name in names:
            name += "_"
        names.add(name)
        write_review_docx(case_json, check, out / REPORTS / f"{name}.docx")
        records.append((case_json, check))
    outputs = {
        "summary": str(write_summary_xlsx(records, out / SUMMARY)),
        "jsonl": str(write_jsonl(records, out / JSONL)),
        "reports": str(out / REPORTS),
    }
    if roster:
        from .candidacy import evaluate, latest_draw
        result = evaluate(roster, records, draw=latest_draw(store))
        path = out / CANDIDATES
        path.write_text(json.dumps({k: v for k, v in result.items() if k != "config"},
                                   ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        outputs["candidates"] = str(path)
        from .sheets import write_sheets
        for kind, sheet in write_sheets(result, out).items():
            outputs[f"sheet_{kind}"] = sheet
    return outputs
