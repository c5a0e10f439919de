"""Rules about the decision and the steps before it: hearing right, no heavier penalty, legal
review, collective discussion, the decision's contents and remedy periods (B12, B13, B16, B18,
B19, B28; vetoes 12, 17, 19)."""
from __future__ import annotations

from checklists.registry import Verdict, rule

from ._facts import (amount, case_clauses, clauses, date_fact, date_of, fail, first_doc,
                     kind_docs, party_is_organisation, passed, review, rule_setting)

DECISION_KINDS = ("penalty_decision", "no_penalty_decision")


def _proposed_and_final(case):
    notice = first_doc(case, "prior_notice")
    decision = first_doc(case, "penalty_decision")
    return notice, decision, amount(notice, "proposed_fine"), amount(decision, "fine")


@rule("hearing_right_notified")
def hearing_right_notified(case, config) -> Verdict:
    """B16: the notice states the hearing right when the proposed penalty is large enough."""
    notice, decision, proposed, final = _proposed_and_final(case)
    if _no_penalty(case):
        return Verdict.not_applicable("不予行政处罚，不涉及听证权利")
    if notice is None:
        return fail("案卷中没有行政处罚事先（听证）告知书")
    heavy = clauses(notice, "heavy_penalty") + clauses(decision, "heavy_penalty")
    fine = proposed or final
    organisation = party_is_organisation(case)
    citizen_line = rule_setting(case, config, "hearing_threshold_citizen")
    org_line = rule_setting(case, config, "hearing_threshold_organisation")
    threshold = org_line if organisation else citizen_line
    who = "法人或其他组织" if organisation else ("公民" if organisation is False else "当事人类型不明，按公民")
    required = bool(heavy) or (fine is not None and fine.value >= threshold)
    if fine is None and not heavy:
        return review("未能读出拟处罚款金额，无法判断是否应告知听证权利", notice)
    hearing = clauses(notice, "hearing_right")
    if required and not heavy and organisation is None and fine.value < org_line and not hearing:
        return review(f"拟罚款{fine.value}元：当事人若为公民应告知听证（{citizen_line}元以上），"
                      f"若为组织则不必（{org_line}元以下）；未能判断当事人类型", fine, notice)
    if not required:
        return Verdict.not_applicable(f"拟罚款{fine.value}元，低于{who}听证标准{threshold}元",
                                      evidence=[])
    if hearing:
        return passed("告知书已告知听证权利", hearing[0])
    reason = "拟作出" + heavy[0].text if heavy else f"拟罚款{fine.value}元，达到{who}听证标准{threshold}元"
    return fail(f"{reason}，但告知书未告知听证权利", *(heavy[:1] or [fine]), notice)


@rule("no_heavier_than_notice")
def no_heavier_than_notice(case, config) -> Verdict:
    """B18 / veto 12: the decision may not be heavier than the notice."""
    notice, decision, proposed, final = _proposed_and_final(case)
    if decision is None:
        return Verdict.not_applicable("案卷中没有行政处罚决定书")
    if notice is None:
        return review("没有告知书，无法比对处罚轻重", decision)
    added = [f for f in clauses(decision, "heavy_penalty")
             if f.value not in {g.value for g in clauses(notice, "heavy_penalty")}]
    if added:
        return fail(f"决定书增加了告知书未告知的处罚（{added[0].text}）", added[0], notice)
    if final is None or proposed is None:
        if final is None and proposed is None:
            return review("未能读出告知书和决定书的罚款金额", notice, decision)
        return review("未能读出" + ("决定书" if final is None else "告知书") + "的罚款金额",
                      *(f for f in (proposed, final) if f is not None))
    if final.value > proposed.value:
        return fail(f"决定罚款{final.value}元，重于告知书拟罚款{proposed.value}元", final, proposed)
    return passed(f"决定罚款{final.value}元，不重于告知的{proposed.value}元", final, proposed)


def _no_penalty(case) -> bool:
    return first_doc(case, "penalty_decision") is None and \
        first_doc(case, "no_penalty_decision") is not None


def _fine(case):
    """The fine that decides thresholds: the largest read in the decision (several fines, a
    combined total), else the notice's."""
    _notice, decision, proposed, final = _proposed_and_final(case)
    found = [f for f in (decision.facts if decision else []) if f.kind == "amount"
             and f.role in ("fine", "fine_candidate")]
    return max(found, key=lambda f: f.value) if found else (final or proposed)


@rule("collective_discussion_when_required")
def collective_discussion_when_required(case, config) -> Verdict:
    """B13 / veto 17: 集体讨论 for fines ≥ 50万 and the heavy penalties, before the decision."""
    decision = first_doc(case, *DECISION_KINDS)
    if decision is None:
        return Verdict.not_applicable("案卷中没有处罚决定书")
    if _no_penalty(case):
        return Verdict.not_applicable("不予行政处罚，不属于须集体讨论的情形")
    fine = _fine(case)
    heavy = case_clauses(case, "heavy_penalty")
    threshold = rule_setting(case, config, "collective_discussion_threshold")
    if fine is None and not heavy:
        return review("未能读出罚款金额，无法判断是否须集体讨论", decision)
    required = bool(heavy) or fine.value >= threshold
    if not required:
        return Verdict.not_applicable(f"罚款{fine.value}元，未达到{threshold}元，且无吊销、停产等情形")
    reason = heavy[0].text if heavy else f"罚款{fine.value}元"
    discussion = first_doc(case, "collective_discussion")
    if discussion is None:
        return fail(f"{reason}，应经负责人集体讨论，案卷中没有集体讨论记录",
                    *(heavy[:1] or [fine]))
    if date_of(discussion) and date_of(decision) and date_of(discussion) > date_of(decision):
        return fail("集体讨论晚于处罚决定", date_fact(discussion), date_fact(decision))
    if date_of(discussion) is None:
        return review("未能读出集体讨论日期", discussion)
    return passed(f"{reason}，已于{date_of(discussion).isoformat()}集体讨论", date_fact(discussion))


@rule("legal_review_before_decision")
def legal_review_before_decision(case, config) -> Verdict:
    """B12 / veto 19: 法制审核 where required, passed, before the decision."""
    decision = first_doc(case, *DECISION_KINDS)
    if decision is None:
        return Verdict.not_applicable("案卷中没有处罚决定书")
    if _no_penalty(case):
        return Verdict.not_applicable("不予行政处罚，不属于须法制审核的情形")
    fine = _fine(case)
    reasons = []
    if case_clauses(case, "hearing_held") or kind_docs(case, "hearing_record"):
        reasons.append("举行了听证")
    if case_clauses(case, "heavy_penalty"):
        reasons.append("拟作出吊销、停产等处罚")
    threshold = rule_setting(case, config, "legal_review_threshold")
    if fine is not None and fine.value >= threshold:
        reasons.append(f"罚款{fine.value}元")
    review_doc = first_doc(case, "legal_review")
    if not reasons:
        if fine is None:
            return review("未能读出罚款金额，无法判断是否须法制审核", decision)
        if review_doc is not None and date_of(review_doc) and date_of(decision) \
                and date_of(review_doc) > date_of(decision):
            return Verdict.not_applicable("本案无须法制审核（审核晚于决定，但不构成否决）")
        return Verdict.not_applicable("本案不属于须法制审核的情形")
    why = "、".join(reasons)
    if review_doc is None:
        return fail(f"{why}，应经法制审核，案卷中没有法制审核文书", decision)
    if date_of(review_doc) is None or date_of(decision) is None:
        return review("缺少法制审核日期或决定日期", review_doc, decision)
    if date_of(review_doc) > date_of(decision):
        return fail("法制审核晚于处罚决定", date_fact(review_doc), date_fact(decision))
    rejected = clauses(review_doc, "review_rejected")
    if rejected:
        return fail("法制审核未通过即作出决定", rejected[0])
    if not clauses(review_doc, "review_agreed"):
        return review("未能读出法制审核结论", review_doc)
    return passed(f"{why}，已于{date_of(review_doc).isoformat()}通过法制审核", date_fact(review_doc))


PARTS = {
    "legal_basis": (["legal_basis"], "违法条款和处罚依据（法律名称及条款）"),
    "penalty": (["penalty_terms"], "处罚种类和数额"),
    "performance": (["performance"], "履行方式和期限"),
    "consequence": (["consequence"], "逾期不履行的后果"),
    "remedies": (["reconsideration", "litigation"], "救济途径和期限"),
    "facts": (["violation_facts"], "违法事实"),
    "evidence": (["evidence"], "证据"),
    "address": (["party_address"], "当事人地址"),
    "adoption": (["statement_adoption"], "陈述申辩的采纳情况"),
}
FULL = ["address", "facts", "evidence", "legal_basis", "penalty", "performance", "remedies"]


@rule("decision_contents_complete")
def decision_contents_complete(case, config, document: str = "penalty_decision",
                               part: str | None = None) -> Verdict:
    """B19: the decision states what 行政处罚法 第五十九条 requires."""
    decision = first_doc(case, document)
    if decision is None:
        return Verdict.not_applicable(f"案卷中没有{document}")
    wanted = [part] if part else FULL
    if document == "no_penalty_decision":
        wanted = [w for w in wanted if w not in ("penalty", "performance", "consequence")]
    missing = []
    for name in wanted:
        needed, label = PARTS[name]
        if not all(clauses(decision, c) for c in needed):
            missing.append(label)
    if not part:
        if not decision.first("party"):
            missing.insert(0, "当事人名称")
        if decision.document.date is None:
            missing.append("作出决定的日期")
    if document == "penalty_decision" and (part in (None, "penalty")):
        fine_terms = [f for f in clauses(decision, "penalty_terms") if f.value == "罚款"]
        if fine_terms and amount(decision, "fine") is None:
            missing.append("罚款数额")
    if missing:
        return fail(f"{decision.document.title}缺少：" + "、".join(missing), decision)
    return passed("决定书载明" + "、".join(PARTS[w][1] for w in wanted), decision)


@rule("remedy_periods_correct")
def remedy_periods_correct(case, config, document: str = "penalty_decision") -> Verdict:
    """B28: 行政复议 within 60 days and 行政诉讼 within 6 months, stated in the decision."""
    decision = first_doc(case, document)
    if decision is None:
        return Verdict.not_applicable(f"案卷中没有{document}")
    days = rule_setting(case, config, "reconsideration_days")
    months = rule_setting(case, config, "litigation_months")
    recon = clauses(decision, "reconsideration")
    lit = clauses(decision, "litigation")
    if not recon or not lit:
        which = "、".join(w for w, found in (("行政复议", recon), ("行政诉讼", lit)) if not found)
        return fail(f"{decision.document.title}未告知{which}的途径和期限", decision)
    if recon[0].value != days:
        return fail(f"行政复议期限写为{recon[0].value}日，应为{days}日", recon[0])
    if lit[0].value != months:
        return fail(f"行政诉讼期限写为{lit[0].value}个月，应为{months}个月", lit[0])
    return passed(f"告知行政复议{days}日、行政诉讼{months}个月", recon[0], lit[0])
