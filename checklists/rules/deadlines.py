"""Rules about time: filing, 90 days, the notice period, service, seizure terms, transfers and the
order of the documents (B3, B10, B14, B21, B23, B25/B26, B33; vetoes 14, 24, 25).

Periods of 5 and 7 days are working days, counted on the official calendar; a date outside the
calendar's years gives "needs a reviewer", never a guess.
"""
from __future__ import annotations

import datetime as dt

from checklists.registry import Verdict, rule
from review.workdays import add_working_days

from ._facts import (case_clauses, clauses, date_fact, date_of, fail, first_doc, kind_docs,
                     passed, review, rule_setting, service_of)

DECISION_KINDS = ("penalty_decision", "no_penalty_decision")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "（无日期）"


@rule("filing_approved")
def filing_approved(case, config) -> Verdict:
    """B3/B4: approved filing (handler opinion, approver and date), before report and decision,
    within the filing review period after the first inspection."""
    filing = first_doc(case, "filing_approval")
    if filing is None:
        return fail("案卷中没有立案审批表")
    filed = date_of(filing)
    handlers = [f for f in filing.facts if f.kind == "person" and f.role == "filing_handler"]
    fields = {f.role for f in filing.facts if f.kind == "clause"}
    if filed is None:
        return review("未能读出立案审批表上的审批（立案）日期", filing)
    if not handlers:
        return fail("立案审批表未载明承办人及其意见", filing)
    for later_kind in ("investigation_report", *DECISION_KINDS):
        later = first_doc(case, later_kind)
        if later is not None and date_of(later) is not None and date_of(later) < filed:
            return fail(f"立案日期{_iso(filed)}晚于{later.document.title}日期"
                        f"{_iso(date_of(later))}", date_fact(filing), date_fact(later))
    inspections = [date_of(d) for d in case.docs("inspection_record") if date_of(d)]
    if not inspections:
        return review("未能读出现场检查日期，无法核对立案审查期限", date_fact(filing))
    start = min(inspections)
    days = (filed - start).days
    limit = rule_setting(case, config, "filing_review_days")
    extended = bool(case_clauses(case, "filing_extension")) or "filing_extension" in fields
    if extended:
        limit += rule_setting(case, config, "filing_review_extension_days")
    if days > limit:
        return fail(f"现场检查（{_iso(start)}）后{days}日才立案（{_iso(filed)}），超过{limit}日",
                    date_fact(filing))
    return passed(f"立案审批完整，检查后{days}日内立案", date_fact(filing), *handlers)


@rule("decision_within_90_days")
def decision_within_90_days(case, config, document: str = "penalty_decision") -> Verdict:
    decision = first_doc(case, document)
    if decision is None:
        return Verdict.not_applicable(f"案卷中没有{document}")
    filing = first_doc(case, "filing_approval")
    filed, decided = date_of(filing), date_of(decision)
    if filed is None or decided is None:
        return review("缺少立案日期或决定日期，无法计算办案期限",
                      *(d for d in (filing, decision) if d is not None))
    days = (decided - filed).days
    limit = rule_setting(case, config, "decision_days")
    extensions = case_clauses(case, "extension_granted")
    limit += sum(f.value for f in extensions if isinstance(f.value, int))
    until = [dt.date.fromisoformat(f.value[0]) for f in extensions
             if isinstance(f.value, list) and f.value and f.value[0]]
    if days <= limit or (until and decided <= max(until)):
        return passed(f"立案（{_iso(filed)}）至决定（{_iso(decided)}）共{days}日"
                      + ("（经批准延期）" if extensions else ""), date_fact(decision))
    if kind_docs(case, "deadline_extension") and not extensions:
        return review(f"立案至决定共{days}日，超过{limit}日；案卷有延长办案期限的文书，但未能读出"
                      "延长的期限", date_fact(decision), *kind_docs(case, "deadline_extension"))
    excluded = case_clauses(case, "hearing_held") + case_clauses(case, "suspension")
    if excluded or kind_docs(case, "monitoring_report", "hearing_record"):
        return review(f"立案至决定共{days}日，超过{limit}日；案卷有听证、中止或监测等不计入期限的"
                      "情形，请核实扣除后的期限", date_fact(decision), *excluded)
    return fail(f"立案（{_iso(filed)}）至决定（{_iso(decided)}）共{days}日，超过{limit}日且无延期"
                "批准或不计入期限的记录", date_fact(filing), date_fact(decision))


@rule("prior_notice_before_decision")
def prior_notice_before_decision(case, config) -> Verdict:
    """B10 / veto 14: the notice served, and the decision only after the statement period."""
    decision = first_doc(case, "penalty_decision")
    if decision is None:
        if first_doc(case, "no_penalty_decision") is not None and not case.docs("prior_notice"):
            return Verdict.not_applicable("不予处罚案卷未见事先告知书（细则未列为否决项）")
        if first_doc(case, "no_penalty_decision") is None:
            return Verdict.not_applicable("案卷中没有行政处罚决定书")
        decision = first_doc(case, "no_penalty_decision")
    notice = first_doc(case, "prior_notice")
    if notice is None:
        return fail("作出处罚决定前没有行政处罚事先（听证）告知书", decision)
    receipt = service_of(case, "prior_notice")
    if receipt is None:
        if decision.document.doc_type == "no_penalty_decision":
            return review("没有告知书的送达回证；不予处罚案卷细则未列为否决项，请核实是否告知", notice)
        return fail("没有告知书的送达回证，无法证明已告知当事人", notice)
    served, decided = date_of(receipt), date_of(decision)
    if served is None or decided is None:
        return review("缺少告知书送达日期或决定日期", receipt, decision)
    if decided < served:
        return fail(f"决定日期{_iso(decided)}早于告知书送达日期{_iso(served)}",
                    date_fact(receipt), date_fact(decision))
    waiver = case_clauses(case, "waiver")
    period = rule_setting(case, config, "statement_period_working_days")
    end = add_working_days(served, period)
    if end is None:
        return review(f"{_iso(served)}不在节假日历覆盖的年份内，无法计算{period}个工作日",
                      date_fact(receipt))
    if decided <= end and not waiver:
        return fail(f"告知书{_iso(served)}送达，陈述申辩期{period}个工作日至{_iso(end)}届满，"
                    f"但{_iso(decided)}即作出决定，且无当事人放弃的书面意见",
                    date_fact(receipt), date_fact(decision))
    return passed(f"告知书{_iso(served)}送达，期满（{_iso(end)}）后作出决定"
                  + ("（当事人书面放弃）" if waiver and decided <= end else ""),
                  date_fact(receipt), date_fact(decision))


@rule("service_within_7_working_days")
def service_within_7_working_days(case, config) -> Verdict:
    decision = first_doc(case, *DECISION_KINDS, "seizure_decision")
    if decision is None:
        return Verdict.not_applicable("案卷中没有需送达的决定书")
    receipt = service_of(case, decision.document.kind)
    if receipt is None:
        return fail(f"{decision.document.title}没有送达回证", decision)
    decided, served = date_of(decision), date_of(receipt)
    if decided is None or served is None:
        return review("缺少决定日期或送达日期", decision, receipt)
    days = rule_setting(case, config, "service_working_days")
    end = add_working_days(decided, days)
    if end is None:
        return review(f"{_iso(decided)}不在节假日历覆盖的年份内，无法计算{days}个工作日",
                      date_fact(decision))
    if served < decided:
        return fail(f"送达日期{_iso(served)}早于决定日期{_iso(decided)}",
                    date_fact(receipt), date_fact(decision))
    if served > end:
        return fail(f"决定{_iso(decided)}作出，{_iso(served)}才送达，超过{days}个工作日（{_iso(end)}）",
                    date_fact(decision), date_fact(receipt))
    return passed(f"决定{_iso(decided)}作出，{_iso(served)}送达", date_fact(receipt))


# The lawful order of a case file's steps (B33). Each pair: (earlier kind, later kind).
ORDER = [
    ("filing_approval", "investigation_report"),
    ("inspection_record", "investigation_report"),
    ("inquiry_record", "investigation_report"),
    ("investigation_report", "prior_notice"),
    ("filing_approval", "prior_notice"),
    ("prior_notice", "legal_review"),
    ("prior_notice", "collective_discussion"),
    ("legal_review", "penalty_decision"),
    ("collective_discussion", "penalty_decision"),
    ("prior_notice", "penalty_decision"),
    ("investigation_report", "penalty_decision"),
    ("filing_approval", "penalty_decision"),
    ("prior_notice", "no_penalty_decision"),
    ("filing_approval", "no_penalty_decision"),
    ("penalty_decision", "closing_approval"),
    ("no_penalty_decision", "closing_approval"),
    ("penalty_decision", "transfer_notice"),
    ("transfer_approval", "transfer_notice"),
    ("transfer_notice", "police_filing_notice"),
    ("seizure_approval", "seizure_decision"),
    ("seizure_decision", "release_decision"),
    ("seizure_decision", "extension_decision"),
]


@rule("chronology")
def chronology(case, config, check: str = "document_order") -> Verdict:
    if check == "sampling_before_report":
        return _sampling_before_report(case)
    if check == "daily_after_original_decision":
        return _daily_after_original(case)
    dated = [d for d in case.documents if date_of(d) is not None]
    if len(dated) < 2:
        return review("案卷中读出日期的文书不足两份，无法核对先后顺序")
    firsts: dict[str, object] = {}
    lasts: dict[str, object] = {}
    for doc in dated:
        kind = doc.document.kind
        if kind not in firsts or date_of(doc) < date_of(firsts[kind]):
            firsts[kind] = doc
        if kind not in lasts or date_of(doc) > date_of(lasts[kind]):
            lasts[kind] = doc
    for earlier, later in ORDER:
        a, b = lasts.get(earlier), firsts.get(later)
        if a is not None and b is not None and date_of(a) > date_of(b):
            return fail(f"{a.document.title}（{_iso(date_of(a))}）晚于"
                        f"{b.document.title}（{_iso(date_of(b))}），程序顺序颠倒",
                        date_fact(a), date_fact(b))
    for receipt, target, _kind in _receipts(case):
        if target is not None and date_of(target) and date_of(receipt) \
                and date_of(receipt) < date_of(target):
            return fail(f"送达回证日期{_iso(date_of(receipt))}早于所送达的"
                        f"{target.document.title}（{_iso(date_of(target))}）",
                        date_fact(receipt), date_fact(target))
    return passed("各文书日期先后顺序合法")


def _receipts(case):
    from ._facts import served_documents
    return served_documents(case)


def _sampling_before_report(case) -> Verdict:
    reports = kind_docs(case, "monitoring_report")
    if not reports:
        return Verdict.not_applicable("案卷中没有监测报告")
    for report in reports:
        sampled = [f for f in clauses(report, "sampling_date")
                   if isinstance(f.value, list) and f.value[0]]
        issued = date_of(report)
        if not sampled or issued is None:
            return review("未能读出监测报告的采样日期或报告日期", report)
        first = dt.date.fromisoformat(sampled[0].value[0])
        if first > issued:
            return fail(f"采样日期{_iso(first)}晚于报告日期{_iso(issued)}", sampled[0],
                        date_fact(report))
    return passed("采样在报告出具之前", *reports)


def _daily_after_original(case) -> Verdict:
    daily = kind_docs(case, "daily_penalty_decision")
    if not daily:
        return Verdict.not_applicable("不是按日连续处罚案卷")
    original = first_doc(case, "penalty_decision")
    if original is None or date_of(original) is None or date_of(daily[0]) is None:
        return review("缺少原处罚决定书或其日期", *daily)
    if date_of(daily[0]) <= date_of(original):
        return fail("按日连续处罚决定书不晚于原处罚决定书", date_fact(daily[0]), date_fact(original))
    return passed("按日连续处罚决定在原处罚决定之后", date_fact(daily[0]))


@rule("seizure_duration")
def seizure_duration(case, config, check: str = "decision_term") -> Verdict:
    decision = first_doc(case, "seizure_decision")
    if decision is None:
        return Verdict.not_applicable("案卷中没有查封（扣押）决定书")
    limit = rule_setting(case, config, "seizure_max_days")
    term = _term_days(decision)
    if check == "extension_term":
        extension = first_doc(case, "extension_decision")
        if extension is None:
            return Verdict.not_applicable("无查封（扣押）延期")
        extra = _term_days(extension)
        if extra is None:
            return review("未能读出延长的期限", extension)
        ext_limit = rule_setting(case, config, "seizure_extension_max_days")
        if extra[0] > ext_limit:
            return fail(f"延长期限{extra[0]}日，超过{ext_limit}日", extra[1])
        return passed(f"延长期限{extra[0]}日", extra[1])
    if term is None:
        return review("未能读出查封（扣押）期限", decision)
    if term[0] > limit:
        return fail(f"查封（扣押）期限{term[0]}日，超过{limit}日", term[1])
    if check == "decision_term":
        return passed(f"查封（扣押）期限{term[0]}日", term[1])
    # overrun_or_unapproved_extension (veto 25)
    start = date_of(decision)
    extension = first_doc(case, "extension_decision")
    allowed = term[0]
    if extension is not None:
        extra = _term_days(extension)
        if extra is None:
            return review("有延期决定书但未能读出延长期限", extension)
        allowed += extra[0]
    release = first_doc(case, "release_decision")
    if release is None:
        return review("案卷中没有解除查封（扣押）决定书，请核实期限届满后的处理", decision)
    if start is None or date_of(release) is None:
        return review("缺少查封（扣押）或解除日期", decision, release)
    used = (date_of(release) - start).days
    if used > allowed:
        return fail(f"查封（扣押）自{_iso(start)}至{_iso(date_of(release))}共{used}日，超过"
                    f"{allowed}日" + ("" if extension else "且未经批准延期"),
                    date_fact(decision), date_fact(release))
    return passed(f"查封（扣押）{used}日内解除", date_fact(release))


def _term_days(doc):
    for fact in clauses(doc, "seizure_span"):
        first, second = fact.value
        if first and second:
            days = (dt.date.fromisoformat(second) - dt.date.fromisoformat(first)).days + 1
            return days, fact
    for fact in clauses(doc, "seizure_days"):
        if isinstance(fact.value, int):
            return fact.value, fact
    return None


@rule("transfer_deadlines")
def transfer_deadlines(case, config) -> Verdict:
    """B25/B26: the transfer letter soon enough after the transfer approval."""
    from review.assemble import transfer_kind
    letters = case.docs("transfer_notice")
    if not letters:
        return Verdict.not_applicable("案卷中没有移送书")
    letter = letters[0]
    kind = transfer_kind(letter)
    approval = first_doc(case, "transfer_approval")
    if approval is None or date_of(approval) is None or date_of(letter) is None:
        return review("缺少移送审批表或移送日期，无法核对移送时限",
                      *(d for d in (approval, letter) if d is not None))
    approved, sent = date_of(approval), date_of(letter)
    if sent < approved:
        return fail(f"移送书日期{_iso(sent)}早于移送审批日期{_iso(approved)}",
                    date_fact(letter), date_fact(approval))
    if kind == "transfer_detention":
        days = rule_setting(case, config, "transfer_detention_working_days")
        end = add_working_days(approved, days)
        if end is None:
            return review("日期不在节假日历覆盖的年份内", date_fact(approval))
        label = f"{days}个工作日"
    else:
        days = rule_setting(case, config, "transfer_criminal_days")
        end = approved + dt.timedelta(days=days)
        label = "24小时"
    if sent > end:
        return fail(f"{_iso(approved)}批准移送，{_iso(sent)}才移送，超过{label}",
                    date_fact(approval), date_fact(letter))
    police = case.docs("police_filing_notice")
    return passed(f"批准后{label}内移送" + ("，公安机关已立案" if police else ""), date_fact(letter))
