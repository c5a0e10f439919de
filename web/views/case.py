"""案卷详情 `/case?path=…`: the facts with their origins, the documents, the checklist items
with the machine's verdict and the reviewer's, the decision forms and the re-review banner.

POST /case/decision and POST /case/rereview record a reviewer's decision (append-only) and
redirect back (PRG); an invalid form shows the page again with the message at the form.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse
from starlette.datastructures import QueryParams

from checklists.schema import BASIC_CATEGORY, HEADINGS
from review.check import checklist_for
from review.config import load_settings
from review.outputs import current_check
from review.score import load_scoring_config
from review.store import StoreError, UnknownCase

from ..caselist import Query, all_rows, select_rows
from ..common import (DECIDABLE, VERDICTS, PageError, case_url, num, remember_reviewer, render,
                      reviewer_of, store_of)
from ..provenance import Origin, case_fields, locate_all

router = APIRouter()

GROUPINGS = {"heading": "按评查方面（六方面）", "category": "按细则类别"}
SHOWS = {"all": "全部", "pending": "待评查", "fail": "不通过", "decided": "已人工评查",
         "overruled": "改判机器结论"}
PART_LABELS = {"veto": "合法性评查（一票否决）", "basic": "卷面基本要素（扣分）",
               "document": "文书评查", "bonus": "加分项"}
REASON_MAX = 2000


@dataclass
class ItemView:
    id: str
    text: str
    points: float
    part: str
    heading: str
    category: str
    deduction: str = ""
    note: str = ""
    ref: str = ""
    common_errors: tuple[str, ...] = ()
    machine_verdict: str = "needs_review"
    machine_source: str = "none"
    machine_lost: float | None = None
    machine_note: str = ""
    rule: str | None = None
    evidence: list[Origin] = field(default_factory=list)
    verdict: str = "needs_review"
    source: str = "none"
    lost: float | None = None
    decision: dict | None = None
    history: list[dict] = field(default_factory=list)
    error: str = ""
    values: dict = field(default_factory=dict)

    @property
    def decisive(self) -> bool:
        """The machine gave a verdict a reviewer can confirm."""
        return self.machine_verdict in DECIDABLE

    @property
    def overruled(self) -> bool:
        return self.source == "reviewer" and self.decisive and self.verdict != self.machine_verdict


def _float(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _group_label(item: ItemView, by: str) -> str:
    if by == "heading":
        return item.heading if item.heading in HEADINGS else "其他"
    if item.part == "veto":
        return f"合法性评查 · {item.category}"
    if item.part == "bonus":
        return f"加分项 · {item.category}"
    return item.category or "其他"


def _visible(item: ItemView, show: str) -> bool:
    return (show == "all" or (show == "pending" and item.verdict == "needs_review")
            or (show == "fail" and item.verdict == "fail")
            or (show == "decided" and item.source == "reviewer")
            or (show == "overruled" and item.overruled) or bool(item.error))


def build_items(store, path: str, stored: dict, check: dict | None, facts: list[dict],
                decisions: list[dict]) -> list[ItemView]:
    machine = {i["id"]: i for i in (stored.get("check") or {}).get("items") or []}
    current = (check or {}).get("items") or []
    checklist = checklist_for(check["kind"]) if check and check.get("kind") else None
    history: dict[str, list[dict]] = {}
    for d in decisions:
        history.setdefault(d["item_id"], []).append(d)
    documents = stored.get("documents") or []
    out = []
    for item in current:
        m = machine.get(item["id"], {})
        try:
            spec = checklist.item(item["id"]) if checklist else None
        except KeyError:
            spec = None
        lost = item.get("points_lost")
        view = ItemView(
            id=item["id"], text=spec.text if spec else item["id"],
            points=spec.points if spec else 0.0, part=spec.part if spec else "",
            heading=spec.heading if spec else "", category=spec.category if spec else "",
            deduction=spec.deduction if spec else "", note=spec.note if spec else "",
            ref=spec.ref if spec else "", common_errors=spec.common_errors if spec else (),
            machine_verdict=m.get("verdict", item.get("machine_verdict", "needs_review")),
            machine_source=m.get("source") or "none", machine_lost=m.get("points_lost"),
            machine_note=m.get("note") or item.get("note") or "", rule=m.get("rule"),
            evidence=locate_all(m.get("evidence") or [], documents, facts),
            verdict=item.get("verdict", "needs_review"), source=item.get("source") or "none",
            lost=lost, history=history.get(item["id"], []),
        )
        view.decision = view.history[-1] if view.history else None
        out.append(view)
    # Items decided but no longer in the check (the checklist changed): still shown.
    known = {i.id for i in out}
    for item_id, items in history.items():
        if item_id not in known:
            last = items[-1]
            out.append(ItemView(id=item_id, text=f"{item_id}（已不在当前检查表中）", points=0.0,
                                part="", heading="", category="", verdict=last["verdict"],
                                source="reviewer", history=items, decision=last,
                                lost=last.get("points_lost")))
    return out


def case_context(request: Request, path: str, *, group: str = "heading", show: str = "all",
                 back: str = "", errors: dict[str, str] | None = None,
                 values: dict[str, dict] | None = None, rereview_error: str = "",
                 rereview_values: dict | None = None) -> dict:
    store = store_of(request)
    stored = store.case(path)
    if stored is None:
        raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。请从案卷列表进入。")
    check = current_check(store, path)
    facts = store.facts(path)
    decisions = store.decisions(path)
    items = build_items(store, path, stored, check, facts, decisions)
    for item in items:
        if errors and item.id in errors:
            item.error = errors[item.id]
            item.values = (values or {}).get(item.id, {})

    group = group if group in GROUPINGS else "heading"
    show = show if show in SHOWS else "all"
    groups: dict[str, list[ItemView]] = {h: [] for h in HEADINGS} if group == "heading" else {}
    for item in items:
        groups.setdefault(_group_label(item, group), []).append(item)
    sections = []
    for label, members in groups.items():
        sections.append({
            "label": label, "items": [i for i in members if _visible(i, show)],
            "total": len(members),
            "pending": sum(1 for i in members if i.verdict == "needs_review"),
            "fail": sum(1 for i in members if i.verdict == "fail"),
            "decided": sum(1 for i in members if i.source == "reviewer"),
        })

    case_json = stored.get("case_json") or {}
    documents = stored.get("documents") or []
    window = load_settings().window_start.isoformat()
    veto_items = [i for i in items if i.id in set((check or {}).get("veto") or [])]

    # Previous / next case of the list the reviewer came from.
    prev_case = next_case = None
    position = None
    rows = select_rows(all_rows(store, request.app.state.rows),
                       Query.from_params(QueryParams(back)))
    paths = [r.path for r in rows]
    if path in paths:
        i = paths.index(path)
        position = (i + 1, len(paths))
        prev_case = paths[i - 1] if i > 0 else None
        next_case = paths[i + 1] if i + 1 < len(paths) else None

    return {
        "title": case_json.get("decision_number") or stored.get("party") or path,
        "path": path, "stored": stored, "case_json": case_json, "check": check,
        "machine_check": stored.get("check"),
        "fields": case_fields(case_json, facts, documents, window),
        "documents": documents, "items": items, "sections": sections,
        "veto_items": veto_items,
        "pending": sum(1 for i in items if i.verdict == "needs_review"),
        "decided": sum(1 for i in items if i.source == "reviewer"),
        "overruled": sum(1 for i in items if i.overruled),
        "findings": [{**f, "evidence": locate_all(f.get("evidence") or [], documents, facts)}
                     for f in (stored.get("check") or {}).get("findings") or []],
        "events": store.events(path), "decisions": decisions,
        "group": group, "show": show, "groupings": GROUPINGS, "shows": SHOWS,
        "back": back, "prev_case": prev_case, "next_case": next_case, "position": position,
        "here": case_url(path, group=group if group != "heading" else "",
                         show=show if show != "all" else "", back=back),
        "rereview_error": rereview_error, "rereview_values": rereview_values or {},
        "part_labels": PART_LABELS, "BASIC_CATEGORY": BASIC_CATEGORY,
    }


@router.get("/case")
def case_page(request: Request, path: str = "", group: str = "heading", show: str = "all",
              back: str = ""):
    if not path:
        raise PageError(400, "缺少案卷路径", "地址中需要 path 参数。请从案卷列表进入。")
    return render(request, "case.html", case_context(request, path, group=group, show=show,
                                                      back=back))


def _back_to(path: str, form, item_id: str | None = None) -> RedirectResponse:
    url = case_url(path, group=str(form.get("group") or ""), show=str(form.get("show") or ""),
                   back=str(form.get("back") or ""))
    if item_id:
        url += "#item-" + item_id
    return RedirectResponse(url, status_code=303)


def validate_decision(item: ItemView, form, reviewer: str) -> tuple[dict | None, str]:
    """The decision a form asks for ({verdict, points_lost, reason}), or an error message."""
    action = str(form.get("action") or "save")
    reason = str(form.get("reason") or "").strip()
    if not reviewer:
        return None, "请填写评查人员姓名。"
    if len(reviewer) > 40:
        return None, "评查人员姓名过长。"
    if len(reason) > REASON_MAX:
        return None, f"理由不能超过{REASON_MAX}字。"
    if action == "confirm":
        if not item.decisive:
            return None, "机器未作出结论，无法“确认”，请选择结论。"
        verdict = item.machine_verdict
        points = item.machine_lost if verdict == "fail" and item.machine_lost else None
    else:
        verdict = str(form.get("verdict") or "")
        if verdict not in DECIDABLE:
            return None, "请选择结论：通过、不通过或不适用。"
        raw = str(form.get("points_lost") or "").strip()
        points = None
        if raw:
            points = _float(raw)
            if points is None:
                return None, f"扣分必须是数字：{raw}"
            if points < 0:
                return None, "扣分不能为负数。"
            if verdict != "fail":
                if points > 0:
                    return None, "只有结论为“不通过”时才填写扣分。"
                points = None
            elif item.part == "veto":
                points = None  # a veto item has no points: failing it sets the score to 0
            elif item.part in ("document", "bonus") or (
                    item.part == "basic"
                    and load_scoring_config().basic_count == "once_per_element"):
                if points > item.points + 1e-9:
                    return None, f"扣分不能超过本项分值（{num(item.points)}分）。"
    # Reasons: overruling the machine, changing an earlier decision, finding a veto.
    if not reason:
        machine_points = item.machine_lost if item.machine_verdict == "fail" else None
        if item.decisive and (verdict != item.machine_verdict or (
                verdict == "fail" and points is not None and machine_points is not None
                and abs(points - machine_points) > 1e-9)):
            return None, (f"与机器结论（{VERDICTS[item.machine_verdict]}）不同，"
                          "请写明改判理由。")
        last = item.decision
        if last is not None and (last["verdict"] != verdict or (
                verdict == "fail" and (last.get("points_lost") or None) != (points or None))):
            return None, (f"与此前的评查结论（{last['reviewer']}：{VERDICTS[last['verdict']]}）"
                          "不同，请写明理由。")
        if item.part == "veto" and verdict == "fail":
            return None, "认定否决项须写明认定的具体理由。"
    return {"verdict": verdict, "points_lost": points, "reason": reason}, ""


@router.post("/case/decision")
async def post_decision(request: Request):
    form = await request.form()
    path = str(form.get("path") or "")
    item_id = str(form.get("item") or "")
    store = store_of(request)
    stored = store.case(path) if path else None
    if stored is None:
        raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。")
    reviewer = (str(form.get("reviewer") or "") or reviewer_of(request)).strip()
    items = {i.id: i for i in build_items(store, path, stored, current_check(store, path),
                                          [], store.decisions(path, item_id) if item_id else [])}
    item = items.get(item_id)
    if item is None:
        raise PageError(400, "检查表中没有此项", f"案卷“{path}”的检查表中没有“{item_id}”。")
    decision, error = validate_decision(item, form, reviewer)
    if decision is not None:
        try:
            store.add_decision(path, item_id, decision["verdict"], reviewer=reviewer,
                               reason=decision["reason"], points_lost=decision["points_lost"])
        except UnknownCase:
            raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。")
        except StoreError as exc:
            error = str(exc)
    if error:
        values = {"verdict": str(form.get("verdict") or ""),
                  "points_lost": str(form.get("points_lost") or ""),
                  "reason": str(form.get("reason") or ""), "reviewer": reviewer}
        context = case_context(request, path, group=str(form.get("group") or "heading"),
                               show=str(form.get("show") or "all"),
                               back=str(form.get("back") or ""),
                               errors={item_id: error}, values={item_id: values})
        return render(request, "case.html", context, status_code=400)
    response = _back_to(path, form, item_id)
    remember_reviewer(response, reviewer)
    return response


@router.post("/case/rereview")
async def post_rereview(request: Request):
    form = await request.form()
    path = str(form.get("path") or "")
    store = store_of(request)
    if not path or store.case(path) is None:
        raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。")
    reviewer = (str(form.get("reviewer") or "") or reviewer_of(request)).strip()
    reason = str(form.get("reason") or "").strip()
    error = ""
    if not reviewer:
        error = "请填写评查人员姓名。"
    elif not reason:
        error = "请写明重新评查的情况（看了哪些变化、结论是否调整）。"
    elif len(reason) > REASON_MAX or len(reviewer) > 40:
        error = "内容过长。"
    else:
        try:
            store.clear_rereview(path, reviewer=reviewer, reason=reason)
        except StoreError as exc:
            error = str(exc)
    if error:
        context = case_context(request, path, group=str(form.get("group") or "heading"),
                               show=str(form.get("show") or "all"),
                               back=str(form.get("back") or ""), rereview_error=error,
                               rereview_values={"reviewer": reviewer, "reason": reason})
        return render(request, "case.html", context, status_code=400)
    response = _back_to(path, form)
    remember_reviewer(response, reviewer)
    return response


@router.post("/reviewer")
async def post_reviewer(request: Request):
    """Who is reviewing (kept in a cookie for the decision forms)."""
    form = await request.form()
    name = str(form.get("reviewer") or "").strip()[:40]
    target = str(form.get("next") or "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    response = RedirectResponse(target, status_code=303)
    if name:
        remember_reviewer(response, name)
    else:
        response.delete_cookie("reviewer", path="/")
    return response

