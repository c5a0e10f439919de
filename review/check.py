"""A case file against its checklist: machine verdicts, then the file score."""
from __future__ import annotations

from functools import lru_cache

import checklists.rules  # noqa: F401  (registers the rules)
from checklists.registry import evaluate, run_rule
from checklists.schema import Checklist, load_checklist
from review.assemble import CaseFile
from review.score import FileScore, score_file

KIND_BY_MEASURE = {
    "penalty": "general_penalty",
    "no_penalty": "no_penalty",
    "seizure": "seizure",
    "transfer_detention": "transfer_detention",
    "transfer_criminal": "transfer_criminal",
}
KIND_NAMES = {"general_penalty": "一般行政处罚", "no_penalty": "不予行政处罚",
              "daily_penalty": "按日连续处罚", "seizure": "查封扣押",
              "transfer_detention": "移送行政拘留", "transfer_criminal": "移送涉嫌犯罪"}


def case_kind(case: CaseFile) -> str | None:
    """Which checklist applies: from the measure, and 按日连续处罚 from its decision."""
    if any(d.document.kind == "daily_penalty_decision" for d in case.documents):
        return "daily_penalty"
    return KIND_BY_MEASURE.get(case.json.get("measure"))


@lru_cache(maxsize=16)
def checklist_for(kind: str, directory: str | None = None) -> Checklist:
    return load_checklist(kind if directory is None else f"{directory}/{kind}.yaml")


def present_documents(case: CaseFile) -> set[str]:
    """The checklist's document names found in the file (doc_type and finer kind)."""
    return {d.document.kind for d in case.documents} | {d.document.doc_type for d in case.documents}


def check_case(case: CaseFile, checklist: Checklist | None = None,
               decisions: dict | None = None) -> dict:
    """The `review-cases check` object for one case file."""
    kind = case_kind(case)
    if checklist is None:
        if kind is None:
            return _unknown_kind(case)
        checklist = checklist_for(kind)
    verdicts = evaluate(checklist, case, case.settings)
    score: FileScore = score_file(checklist, verdicts, decisions=decisions,
                                  present_documents=present_documents(case))
    items = []
    for result in score.items:
        verdict = verdicts.get(result.id)
        item = checklist.item(result.id)
        items.append({
            "id": result.id,
            "rule": item.rule,
            "verdict": result.verdict,
            "points_lost": result.lost if result.verdict == "fail" else 0,
            "evidence": [{"doc_type": e.doc_type, "page": e.page, "text": e.text}
                         for e in (verdict.evidence if verdict else [])],
            "note": result.note or (verdict.note if verdict else ""),
            "source": result.source,
        })
    return {
        "case_file": case.case_file,
        "kind": kind or checklist.kind,
        "checklist": {"name": checklist.title, "version": checklist.version},
        "score": score.score,
        "score_range": list(score.score_range),
        "grade": score.grade,
        "veto": list(score.veto),
        "provisional": score.provisional,
        "items": items,
        "findings": findings(case, checklist),
        "present_documents": sorted(present_documents(case)),
    }


def findings(case: CaseFile, checklist: Checklist) -> list[dict]:
    """Rules that no item carries but that a reviewer must see (settings: findings)."""
    out = []
    for name in case.settings.findings:
        verdict = run_rule(name, case, case.settings)
        out.append({"rule": name, "verdict": verdict.verdict, "note": verdict.note,
                    "evidence": [{"doc_type": e.doc_type, "page": e.page, "text": e.text}
                                 for e in verdict.evidence]})
    return out


def _unknown_kind(case: CaseFile) -> dict:
    return {"case_file": case.case_file, "kind": None, "checklist": None, "score": None,
            "score_range": [0, 100], "grade": None, "veto": [], "provisional": True,
            "items": [], "note": "未能判断案卷类型（未找到处罚决定书、查封扣押决定书或移送书），需人工评查"}


def latest_decisions(decisions: list[dict]) -> dict[str, dict]:
    """Reviewer decisions (history, oldest first) → the effective one per item."""
    latest: dict[str, dict] = {}
    for decision in decisions:
        latest[decision["item_id"]] = {"verdict": decision["verdict"],
                                       "points_lost": decision.get("points_lost")}
    return latest


def rescore(check: dict, decisions: dict[str, dict]) -> dict:
    """A stored machine check with reviewer decisions applied: the score the file has now.

    Machine verdicts stay as they were (with their evidence); each item also says whose
    verdict counts. Items a reviewer decided are no longer pending."""
    if not check or not check.get("kind"):
        return check
    checklist = checklist_for(check["kind"])
    machine = {item["id"]: {"verdict": item.get("machine_verdict", item["verdict"])}
               for item in check["items"] if item.get("source") != "absent_document"}
    present = check.get("present_documents")
    score = score_file(checklist, machine, decisions=decisions,
                       present_documents=present if present is not None else None)
    by_id = {i.id: i for i in score.items}
    items = []
    for item in check["items"]:
        now = by_id.get(item["id"])
        if now is None:
            items.append(item)
            continue
        items.append({**item, "verdict": now.verdict, "source": now.source,
                      "machine_verdict": item.get("machine_verdict", item["verdict"]),
                      "points_lost": now.lost if now.verdict == "fail" else 0})
    return {**check, "score": score.score, "score_range": list(score.score_range),
            "grade": score.grade, "veto": list(score.veto), "provisional": score.provisional,
            "items": items}
