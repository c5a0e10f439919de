"""Rule samples (samples/defects/): for every machine rule, case files that break exactly that
rule, and clean files on which the rule passes.

Each sample starts from a clean base case (``assemble`` of an options dict, as the catalogue in
``cases`` does) and a named defect changes a copy of it the way a legal section finds it in real
files: one officer on an inspection record, a filing approved 40 days after the inspection, a
decision made two working days after the notice was served, a shop-sign name on one document …
The defect changes the CaseSpec (documents, dates, fields); the builders print the changed facts.

``rule_cases()`` returns the samples with the verdict each rule should give (``expected``: the
correct verdict, which is not always what the rule gives today — see tests/test_check_samples.py).
A rule's verdict on a case is the worst over the checklist items (and findings) that carry it:
fail > needs_review > pass > na; a rule no item of the case's checklist carries counts as na.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any, Callable

from .cases import OFFICE, _receipt, _style_quirks, assemble
from .model import CaseSpec, DocSpec, Number, Style

D = dt.date

RULES = ["officers_min_two", "filing_approved", "decision_within_90_days", "prior_notice_before_decision",
         "hearing_right_notified", "no_heavier_than_notice", "legal_review_before_decision",
         "collective_discussion_when_required", "investigator_not_voter", "reviewer_not_investigator",
         "decision_contents_complete", "remedy_periods_correct", "service_within_7_working_days",
         "party_consistent", "chronology", "seizure_duration", "transfer_deadlines"]
VERDICTS = ("pass", "fail", "na", "needs_review")
SEED = 20251103


@dataclass
class RuleCase:
    spec: CaseSpec
    broken: str | None                 # the one rule the defect breaks (None: a clean file)
    defect: str                        # what is wrong with the file, or what the clean file shows
    verdicts: dict[str, str] = field(default_factory=dict)   # rule -> expected (correct) verdict

    @property
    def case_id(self) -> str:
        return self.spec.case_id


# ------------------------------------------------------------------ calendar
def _is_workday(day: dt.date) -> bool:
    try:
        from chinese_calendar import is_workday
    except ImportError:                                   # pragma: no cover
        return day.weekday() < 5
    return is_workday(day)


def wd(day: dt.date) -> dt.date:
    """The day itself or the next working day."""
    while not _is_workday(day):
        day += dt.timedelta(days=1)
    return day


def add_wd(day: dt.date, n: int) -> dt.date:
    """The n-th working day after ``day`` (as review.workdays.add_working_days counts)."""
    while n:
        day += dt.timedelta(days=1)
        n -= _is_workday(day)
    return day


# ------------------------------------------------------------------ editing a CaseSpec
DATE_FIELDS = ("handler_date", "dept_date", "submitted", "paid", "analysed", "received")


def move(doc: DocSpec, new: dt.date) -> None:
    """Re-date one document, with the dates inside it (record times, sign-off dates of a form)."""
    delta = new - doc.date
    doc.date = new
    for key in ("start", "end"):                          # record times: (day, hour, minute)
        if isinstance(doc.fields.get(key), tuple):
            day, h, m = doc.fields[key]
            doc.fields[key] = (day + delta, h, m)
    for key in DATE_FIELDS:
        if isinstance(doc.fields.get(key), dt.date):
            doc.fields[key] = doc.fields[key] + delta


def shift(spec: CaseSpec, since: dt.date, days: int) -> None:
    """Move every dated document on or after ``since`` by ``days`` (then to a working day)."""
    for doc in spec.documents:
        if doc.date is not None and doc.date >= since:
            move(doc, wd(doc.date + dt.timedelta(days=days)))
    sync(spec)


DATE_KEYS = {"inspect": "inspection_record", "correction": "correction_order", "filing": "filing_approval",
             "inquiry": "inquiry_record", "report": "investigation_report", "notice": "prior_notice",
             "legal": "legal_review", "discussion": "collective_discussion", "seizure": "seizure_decision",
             "transfer": "transfer_notice", "police": "police_filing_notice", "closing": "closing_approval"}


def sync(spec: CaseSpec) -> None:
    """spec.dates (cited by other documents) from the documents' own dates."""
    for key, doc_type in DATE_KEYS.items():
        doc = spec.doc(doc_type)
        if doc is not None and doc.date is not None:
            spec.dates[key] = doc.date
        else:
            spec.dates.pop(key, None)
    dec = spec.doc("penalty_decision") or spec.doc("no_penalty_decision")
    if dec is not None:
        spec.dates["decision"] = dec.date


def receipt_of(spec: CaseSpec, doc_type: str) -> DocSpec:
    return next(d for d in spec.documents if d.doc_type == "service_receipt" and d.fields.get("served_type") == doc_type)


def insert_after(spec: CaseSpec, anchor: DocSpec, *docs: DocSpec) -> None:
    i = spec.documents.index(anchor) + 1
    spec.documents[i:i] = list(docs)


def insert_before(spec: CaseSpec, anchor: DocSpec, *docs: DocSpec) -> None:
    i = spec.documents.index(anchor)
    spec.documents[i:i] = list(docs)


def decision(spec: CaseSpec) -> DocSpec:
    return spec.doc("penalty_decision") or spec.doc("no_penalty_decision")


def set_decision_date(spec: CaseSpec, new: dt.date) -> None:
    """Re-date the decision; its 送达回证 and the 结案审批表 keep their distance to it."""
    dec = decision(spec)
    delta = (new - dec.date).days
    later = [d for d in spec.documents if d.date is not None and d.date > dec.date]
    move(dec, new)
    for d in later:
        move(d, wd(d.date + dt.timedelta(days=delta)))
    sync(spec)


# ------------------------------------------------------------------ the added documents
def case_review(spec: CaseSpec, reviewer: str) -> DocSpec:
    """A 案件审查表 after the investigation report, before the notice."""
    report, notice = spec.doc("investigation_report"), spec.doc("prior_notice")
    day = min(add_wd(report.date, 1), notice.date)
    filing = spec.doc("filing_approval")
    doc = DocSpec("case_review", "other", "案件审查表", date=day, fields={
        "reviewer": reviewer, "fine": spec.fine, "submitted": report.date,
        "handlers": filing.fields["handlers"] if filing else []})
    insert_after(spec, report, doc)
    return doc


def written_waiver(spec: CaseSpec, day: dt.date) -> DocSpec:
    """The party's 陈述申辩意见: it waives 陈述、申辩 and the hearing in writing."""
    served = receipt_of(spec, "prior_notice")
    doc = DocSpec("statement", "other", "陈述申辩意见", date=day,
                  fields={"received": served.date, "fine": spec.fine}, file_stem="陈述申辩意见（放弃）")
    insert_after(spec, served, doc)
    return doc


def _servers(spec: CaseSpec) -> list:
    rec = spec.doc("seizure_decision") or spec.doc("inspection_record")
    return rec.fields.get("officers") or rec.fields.get("inspectors")


def seizure_release(spec: CaseSpec, after_days: int, seq: int) -> DocSpec:
    """A 解除查封（扣押）决定书 ``after_days`` calendar days after the seizure (moved to a working day)."""
    seized = spec.doc("seizure_decision")
    day = wd(seized.date + dt.timedelta(days=after_days))
    num = Number("环解封", day.year, seq, OFFICE)
    doc = DocSpec("release_decision", "other", "解除查封（扣押）决定书", number=num, date=day,
                  fields={"officers": _servers(spec)})
    spec.documents += [doc, _receipt(doc, day, _servers(spec))]
    return doc


def seizure_extension(spec: CaseSpec, after_days: int, days: int, seq: int) -> DocSpec:
    """A 查封（扣押）延期决定书 made within the first term, extending it by ``days``."""
    seized = spec.doc("seizure_decision")
    term = seized.fields.get("days", 30)
    day = wd(seized.date + dt.timedelta(days=after_days))
    num = Number("环延封", day.year, seq, OFFICE)
    doc = DocSpec("seizure_extension", "other", "查封（扣押）延期决定书", number=num, date=day,
                  fields={"days": days, "term": term, "start": seized.date + dt.timedelta(days=term)})
    spec.documents += [doc, _receipt(doc, day, _servers(spec))]
    return doc


def transfer_approval(spec: CaseSpec, day: dt.date) -> DocSpec:
    """A 移送涉嫌犯罪案件审批表 / 移送行政拘留审批表 approved on ``day``, before the 移送书."""
    letter = spec.doc("transfer_notice")
    kind = letter.fields["transfer_kind"]
    title = "移送涉嫌犯罪案件审批表" if kind == "criminal" else "移送行政拘留审批表"
    filing = spec.doc("filing_approval")
    handlers = letter.fields.get("officers") or (filing.fields["handlers"] if filing else [])
    doc = DocSpec("transfer_approval", "other", title, date=day, fields={
        "transfer_kind": kind, "handlers": handlers, "handler_date": day, "dept_date": day})
    insert_before(spec, letter, doc)
    return doc


def send_transfer(spec: CaseSpec, day: dt.date) -> None:
    """Date the 移送书 (and the police notice after it) ``day``."""
    letter = spec.doc("transfer_notice")
    delta = (day - letter.date).days
    police = spec.doc("police_filing_notice")
    move(letter, day)
    if police is not None:
        move(police, wd(police.date + dt.timedelta(days=delta)))
    sync(spec)


# ------------------------------------------------------------------ expected verdicts
def expected_verdicts(spec: CaseSpec) -> dict[str, str]:
    """The verdicts a correct rule gives on the clean version of ``spec``."""
    kinds = {d.template for d in spec.documents} | {d.doc_type for d in spec.documents}
    penalty = "penalty_decision" in kinds
    decided = penalty or "no_penalty_decision" in kinds
    fine = spec.fine or 0
    v = {"officers_min_two": "pass", "party_consistent": "pass", "chronology": "pass"}
    if "filing_approval" in kinds and spec.kind != "seizure":
        v["filing_approved"] = "pass"
    if decided:
        v["decision_within_90_days"] = "pass"
        v["prior_notice_before_decision"] = "pass"
        v["decision_contents_complete"] = "pass"
        v["remedy_periods_correct"] = "pass"
        v["hearing_right_notified"] = "pass" if penalty and fine >= 50000 else "na"
        v["no_heavier_than_notice"] = "pass" if penalty else "na"
        v["collective_discussion_when_required"] = "pass" if fine >= 500000 else "na"
        # no sample holds a hearing: 法制审核 is required for the 50万 fines only
        v["legal_review_before_decision"] = "pass" if fine >= 500000 else "na"
    else:
        for rule in ("prior_notice_before_decision", "no_heavier_than_notice", "legal_review_before_decision",
                     "collective_discussion_when_required", "hearing_right_notified",
                     "decision_within_90_days", "decision_contents_complete"):
            v[rule] = "na"
    v["investigator_not_voter"] = "pass" if "collective_discussion" in kinds else "na"
    v["reviewer_not_investigator"] = "pass" if {"legal_review", "case_review"} & kinds else "na"
    if "seizure_decision" in kinds:
        v["remedy_periods_correct"] = "pass"
        v["service_within_7_working_days"] = "pass"
        v["seizure_duration"] = "pass" if "release_decision" in kinds else "needs_review"
    else:
        v["seizure_duration"] = "na"
        v["service_within_7_working_days"] = "pass" if decided else "na"
    if "transfer_notice" in kinds:
        v["transfer_deadlines"] = "pass" if "transfer_approval" in kinds else "needs_review"
    else:
        v["transfer_deadlines"] = "na"
    return {r: v[r] for r in RULES if r in v}


# ------------------------------------------------------------------ the catalogue
def _base(o: dict[str, Any]) -> CaseSpec:
    spec = assemble(dict(o))
    spec.quirks = _style_quirks(spec) + spec.quirks
    return spec


def _case(o: dict[str, Any], broken: str | None, defect: str,
          change: Callable[[CaseSpec], None] | None = None, **verdicts: str) -> RuleCase:
    """A clean base from ``o``; expected verdicts from the clean base; then the defect."""
    spec = _base(o)
    expected = expected_verdicts(spec) if change is None else None
    if change is not None:
        clean = spec.copy()
        spec = spec.copy()
        change(spec)
        sync(spec)
        expected = expected_verdicts(clean if broken else spec)
    if broken:
        expected[broken] = "fail"
    expected.update(verdicts)
    spec.notes = defect
    return RuleCase(spec, broken, defect, expected)


def _o(id: str, scenario: str, fmt: str, kind: str, d0: dt.date, company: str, team: list[str],
       inq_team: list[str] | None = None, **kw) -> dict[str, Any]:
    """Options for ``assemble``: ``team`` = the two handlers (who inspect), ``inq_team`` = the inquirers."""
    o = dict(id=id, scenario=scenario, fmt=fmt, kind=kind, d0=d0, company=company, handlers=team,
             insp=[team], inq=[inq_team or [team[1], team[0]]])
    o.update(kw)
    return o


def rule_cases() -> list[RuleCase]:
    out: list[RuleCase] = []

    # ---------------------------------------------------------------- clean files
    def review_by(name):
        return lambda s: case_review(s, name)
    out.append(_case(
        _o("ok-01", "water_exceed", "pdf_dir", "penalty", D(2025, 3, 12), "重庆鱼洞调味品酿造有限公司", ["刘洋", "何伟"],
           fine=600000, evidence_docs=["photos"]),
        None, "Clean, fine 600000: 案件审查表 (审查人 秦川, not on the case), 法制审核表, 集体讨论笔录 "
              "(出席人员 the bureau's leaders, the handlers only 列席) before the decision.",
        review_by("秦川")))

    def no_hearing(s):
        s.doc("prior_notice").fields["hearing"] = False
        s.doc("prior_notice").title = "行政处罚事先告知书"
        receipt_of(s, "prior_notice").fields["served_title"] = "行政处罚事先告知书"
    out.append(_case(
        _o("ok-02", "noise_night", "docx_dir", "penalty", D(2025, 4, 15), "重庆渝南路桥工程有限公司", ["谭亮", "曾琳"],
           fine=30000, legal_review=False, style=Style(date="dot", form_date="dot", amount="wan")),
        None, "Clean, fine 30000 to a company (below the 50000 hearing line): 行政处罚事先告知书 without the hearing "
              "right, no 法制审核 (not required).", no_hearing))

    def waived(s):
        served = receipt_of(s, "prior_notice").date
        statement = written_waiver(s, add_wd(served, 1))
        move(s.doc("legal_review"), add_wd(served, 1))
        set_decision_date(s, add_wd(served, 2))
        decision(s).fields["waived"] = statement.date
    out.append(_case(
        _o("ok-03", "vocs_leak", "combined_pdf", "penalty", D(2025, 5, 20), "重庆南彭涂料有限公司", ["周杰", "杨帆"],
           fine=100000, style=Style(date="hz", fake_bold=True)),
        None, "Clean: decided 2 working days after the notice was served, the party having waived 陈述、申辩 and the "
              "hearing in writing (陈述申辩意见) the day after.", waived))

    out.append(_case(
        _o("ok-04", "air_seizure_power", "zip_pdf", "seizure", D(2025, 6, 17), "重庆界石铸造有限公司", ["赵强", "陈静"],
           report=False, zip_top="查封-界石铸造", style=Style(name_sep="，")),
        None, "Clean seizure: 30-day term, released by a 解除查封（扣押）决定书 21 days after the seizure.",
        lambda s: seizure_release(s, 21, 1)))

    def extended(s):
        seizure_extension(s, 26, 30, 1)
        seizure_release(s, 50, 2)
    out.append(_case(
        _o("ok-05", "dismantle_seizure", "docx_dir", "seizure", D(2025, 4, 8), "重庆市巴南区鑫达废旧物资回收站",
           ["蒋雨桐", "秦川"], filing=False, correction=False, legal_rep="黄某某", contact="黄某某", contact_post="经营者",
           style=Style(date="dash", form_date="dash")),
        None, "Clean seizure with an approved extension: 查封（扣押）延期决定书 28 days after the seizure (+30 days), released after 50 days.",
        extended))

    out.append(_case(
        _o("ok-06", "hw_dumping_crime", "pdf_dir", "transfer_criminal", D(2025, 7, 8), "重庆丰盛再生资源有限公司",
           ["向文静", "彭家伟"], evidence_docs=["photos"]),
        None, "Clean crime transfer: 移送涉嫌犯罪案件审批表 approved and 移送书 sent the same day.",
        lambda s: transfer_approval(s, s.doc("transfer_notice").date)))

    def detention_ok(s):
        approved = s.doc("transfer_notice").date
        transfer_approval(s, approved)
        send_transfer(s, add_wd(approved, 2))
    out.append(_case(
        _o("ok-07", "detention_pipe", "single_docx", "transfer_detention", D(2025, 3, 4), "重庆惠民表面处理有限公司",
           ["唐浩", "冉小兵"], fine=300000, closing=False, style=Style(pad_names=True)),
        None, "Clean detention transfer: 移送行政拘留审批表, 移送书 2 working days later.", detention_ok))

    out.append(_case(
        _o("ok-08", "air_boiler_auto", "zip_docx", "penalty", D(2025, 8, 12), "重庆花溪纸业有限公司", ["吴敏", "罗丹"],
           fine=150000, legal_review=False, platforms=["auto_monitoring"]),
        None, "Clean, fine 150000: the notice offers the hearing (要求举行听证), the party did not ask for one; no "
              "法制审核 (not required below 50万 without a hearing).", None,
        legal_review_before_decision="na"))

    # ---------------------------------------------------------------- one defect each
    def one_officer(s):
        rec = s.doc("inspection_record")
        rec.fields["inspectors"] = rec.fields["inspectors"][:1]
        rec.fields["recorder"] = rec.fields["inspectors"][0].name
    out.append(_case(
        _o("d-01", "hw_storage", "pdf_dir", "penalty", D(2025, 3, 18), "重庆李家沱机械制造有限公司", ["李明", "王华"],
           ["王华", "赵强"], fine=120000),
        "officers_min_two", "The 现场检查（勘察）笔录 names one officer (李明), who also recorded.", one_officer))

    def late_filing(s):
        gap = (s.dates["filing"] - s.dates["inspect"]).days
        shift(s, s.dates["filing"], 7 * round((41 - gap) / 7))
    out.append(_case(
        _o("d-02", "permit_exceed", "docx_dir", "penalty", D(2025, 2, 11), "重庆南泉肉类食品有限公司", ["秦川", "向文静"],
           fine=250000, platforms=["discharge_permit"], style=Style(name_sep="，", inspector_label="执法人员")),
        "filing_approved", "立案审批表 approved 42 days after the inspection, no extension of the 15-day review period.",
        late_filing))

    def slow(s):
        dec = decision(s)
        days = (dec.date - s.dates["filing"]).days
        shift(s, s.dates["report"], 7 * -(-(120 - days) // 7))
    out.append(_case(
        _o("d-03", "noise_night", "combined_pdf", "penalty", D(2025, 1, 7), "重庆巴滨建筑工程有限公司", ["彭家伟", "蒋雨桐"],
           fine=40000, style=Style(date="hzo", char_space=True)),
        "decision_within_90_days", "Decision 120 days after 立案 (investigation report late), no extension; "
                                   "fine 40000, 行政处罚事先告知书 without the hearing right.",
        lambda s: (no_hearing(s), slow(s))))

    out.append(_case(
        _o("d-04", "water_exceed", "zip_pdf", "penalty", D(2025, 2, 25), "重庆木洞食品酿造有限公司", ["陈静", "周杰"],
           fine=200000, zip_top="木洞酿造超标排放案"),
        "decision_within_90_days", "Decision 122 days after 立案, no extension; the notice offers the hearing "
                                   "(要求举行听证), none was held.", slow))

    def hasty(s):
        served = receipt_of(s, "prior_notice").date
        if s.doc("legal_review"):
            move(s.doc("legal_review"), add_wd(served, 1))
        set_decision_date(s, add_wd(served, 2))
    out.append(_case(
        _o("d-05", "air_boiler_auto", "single_docx", "penalty", D(2025, 6, 3), "重庆鑫源纸制品有限公司", ["何伟", "谭亮"],
           fine=120000, style=Style(date="hz", pad_names=True)),
        "prior_notice_before_decision", "Decision 2 working days after the notice was served, no written waiver.",
        hasty))

    out.append(_case(
        _o("d-06", "permit_report", "docx_dir", "no_penalty", D(2025, 5, 13), "重庆界石塑料制品有限公司", ["曾琳", "唐浩"],
           platforms=["discharge_permit"], legal_review=False, style=Style(party_label="当事人名称"),
           decision_party_label="当事人名称"),
        "prior_notice_before_decision", "不予行政处罚决定 2 working days after the 不予行政处罚事先告知书 was served, "
                                        "no written waiver (the notice only says 逾期未提出的，视为放弃陈述、申辩的权利).",
        hasty))

    out.append(_case(
        _o("d-07", "vocs_leak", "pdf_dir", "penalty", D(2025, 7, 15), "重庆鹿角树脂科技有限公司", ["冉小兵", "向文静"],
           fine=60000, equipment=["fid_pid"], style=Style(amount="wan")),
        "hearing_right_notified", "Fine 60000 to a company, but the 行政处罚事先告知书 gives no hearing right.",
        no_hearing))

    def heavier(s):
        for t in ("penalty_decision", "closing_approval"):
            s.doc(t).fields["fine"] = 100000
        s.fine = 100000
    out.append(_case(
        _o("d-08", "vocs_leak", "zip_docx", "penalty", D(2025, 4, 22), "重庆一品涂料有限公司", ["杨帆", "李明"],
           fine=80000, style=Style(number="sq", amount="plain")),
        "no_heavier_than_notice", "The notice proposed a fine of 80000, the decision fines 100000 (no new notice).",
        heavier))

    def no_legal_review(s):
        s.doc("collective_discussion").fields["legal_line"] = False
    out.append(_case(
        _o("d-09", "hw_storage", "combined_pdf", "penalty", D(2025, 5, 6), "重庆石龙精密机械有限公司", ["王华", "吴敏"],
           fine=600000, legal_review=False, style=Style(date="dash", form_date="dash")),
        "legal_review_before_decision", "Fine 600000 decided after 集体讨论 but with no 法制审核.", no_legal_review,
        reviewer_not_investigator="na"))

    out.append(_case(
        _o("d-10", "air_boiler_auto", "pdf_dir", "penalty", D(2025, 3, 25), "重庆安澜包装制品有限公司", ["刘洋", "赵强"],
           fine=600000, platforms=["auto_monitoring"], style=Style(number="paren")),
        "collective_discussion_when_required", "Fine 600000 with no 集体讨论 (法制审核 done).",
        lambda s: s.remove("collective_discussion"), investigator_not_voter="na"))

    def voter(s):
        disc = s.doc("collective_discussion")
        inspector = s.doc("inspection_record").fields["inspectors"][1]
        disc.fields["attendees"] = ["周立新", "邓海涛", inspector.name, "程雪梅"]
        disc.fields["attend_label"] = "参加人员"
        disc.fields["listeners"] = [o for o in disc.fields["listeners"] if o.name != inspector.name]
    out.append(_case(
        _o("d-11", "permit_exceed", "docx_dir", "penalty", D(2025, 6, 10), "重庆天星寺肉制品有限公司", ["罗丹", "周杰"],
           fine=600000, style=Style(inquirer_label="调查人")),
        "investigator_not_voter", "An inspector (周杰) is among the 集体讨论's 参加人员.", voter))

    def reviewer_inspector(s):
        case_review(s, s.doc("inspection_record").fields["inspectors"][1].name)
    out.append(_case(
        _o("d-12", "water_exceed", "zip_pdf", "penalty", D(2025, 7, 1), "重庆姜家调味品有限公司", ["唐浩", "陈静"],
           fine=150000),
        "reviewer_not_investigator", "The 案件审查表's 审查人 (陈静) inspected the site.", reviewer_inspector))

    def no_performance(s):
        decision(s).fields.update(performance=False, enforcement_warning=False)
    out.append(_case(
        _o("d-13", "vocs_leak", "pdf_dir", "penalty", D(2025, 8, 26), "重庆接龙化工涂料有限公司", ["谭亮", "彭家伟"],
           fine=90000),
        "decision_contents_complete", "The decision has no 履行方式和期限 section (nor the 逾期不履行 consequences).",
        no_performance))

    out.append(_case(
        _o("d-14", "hw_storage", "single_docx", "penalty", D(2025, 9, 9), "重庆丰盛机械加工有限公司", ["曾琳", "蒋雨桐"],
           fine=100000, style=Style(date="dash", form_date="dash")),
        "decision_contents_complete", "The decision has no 履行方式和期限 section (no 缴纳 place or 十五日 term); only the "
                                      "remedies paragraph ends 又不履行本处罚决定的，我局将依法申请人民法院强制执行.",
        lambda s: decision(s).fields.update(performance=False)))

    out.append(_case(
        _o("d-15", "air_boiler_auto", "combined_pdf", "penalty", D(2025, 2, 18), "重庆双河口纸箱包装有限公司",
           ["赵强", "吴敏"], fine=200000),
        "decision_contents_complete", "The decision names the laws but not the articles violated and applied "
                                      "(违反了《中华人民共和国大气污染防治法》的有关规定).",
        lambda s: decision(s).fields.update(articles=False)))

    out.append(_case(
        _o("d-16", "water_exceed", "docx_dir", "penalty", D(2025, 4, 1), "重庆南彭酱园有限公司", ["何伟", "杨帆"],
           fine=130000, style=Style(number="fwsq")),
        "remedy_periods_correct", "The decision gives 十五日 for 行政复议 (should be 六十日).",
        lambda s: decision(s).fields.update(remedy=("十五", "六个月"))))

    def litigation_3m(s):
        s.doc("seizure_decision").fields["remedy"] = ("六十", "三个月")
        seizure_release(s, 24, 3)
    out.append(_case(
        _o("d-17", "air_seizure_power", "zip_docx", "seizure", D(2025, 8, 5), "重庆东温泉铸件有限公司", ["王华", "刘洋"],
           report=False),
        "remedy_periods_correct", "The 查封（扣押）决定书 gives 三个月 for 行政诉讼 (should be 六个月); released after 24 days.",
        litigation_3m, seizure_duration="pass"))

    def late_service(s):
        dec = decision(s)
        rec = receipt_of(s, dec.doc_type)
        closing = s.doc("closing_approval")
        move(rec, add_wd(dec.date, 12))
        if closing is not None:
            move(closing, wd(closing.date + dt.timedelta(days=21)))
        sync(s)
    out.append(_case(
        _o("d-18", "permit_exceed", "combined_pdf", "penalty", D(2025, 5, 27), "重庆惠民食品加工有限公司", ["蒋雨桐", "秦川"],
           fine=220000, style=Style(number="messy", char_space=True)),
        "service_within_7_working_days", "The decision was served 12 working days after it was made.", late_service))

    out.append(_case(
        _o("d-19", "water_exceed", "pdf_dir", "penalty", D(2025, 6, 24), "重庆市巴南区陈氏酿造有限公司", ["吴敏", "周杰"],
           fine=110000, contact="陈某", contact_post="厂长"),
        "party_consistent", "The 现场检查笔录 names the party by its shop sign (巴南陈记酱油厂), not its registered name.",
        lambda s: s.doc("inspection_record").fields.update(party="巴南陈记酱油厂")))

    def inquiry_after_report(s):
        move(s.doc("inquiry_record"), add_wd(s.dates["report"], 2))
    out.append(_case(
        _o("d-20", "hw_storage", "zip_docx", "penalty", D(2025, 7, 22), "重庆花溪五金机械有限公司", ["杨帆", "冉小兵"],
           fine=150000, zip_top="花溪五金危废案"),
        "chronology", "The 调查询问笔录 is dated two working days after the 案件调查报告 that relies on it.",
        inquiry_after_report))

    def term_45(s):
        s.doc("seizure_decision").fields["days"] = 45
        seizure_release(s, 40, 4)
    out.append(_case(
        _o("d-21", "air_seizure_power", "pdf_dir", "seizure", D(2025, 9, 2), "重庆南彭铸造有限公司", ["周杰", "曾琳"],
           report=False, evidence_docs=["photos"]),
        "seizure_duration", "The 查封（扣押）决定书 sets a 45-day term (limit 30); released after 41 days.", term_45))

    out.append(_case(
        _o("d-22", "dismantle_seizure", "combined_pdf", "seizure", D(2025, 5, 13), "重庆市巴南区顺发废旧物资回收站",
           ["唐浩", "何伟"], filing=False, correction=False, legal_rep="黄某某", contact="黄某某", contact_post="经营者"),
        "seizure_duration", "30-day seizure released 41 days after it began, with no extension.",
        lambda s: seizure_release(s, 40, 5)))

    def week_late(s):
        approved = s.doc("transfer_notice").date
        transfer_approval(s, approved)
        send_transfer(s, wd(approved + dt.timedelta(days=7)))
    out.append(_case(
        _o("d-23", "heavy_metal_crime", "docx_dir", "transfer_criminal", D(2025, 4, 15), "重庆跳石五金电镀有限公司",
           ["罗丹", "王华"], evidence_docs=["monitoring"],
           monitoring={"report_no": "BNJC-2025-0415", "rows": [["总排口", "总镍", "4.62mg/L", "0.5mg/L", "超标8.2倍"]],
                       "conclusion": "总排口废水总镍浓度超过《电镀污染物排放标准》（GB 21900—2008）表2规定限值。"}),
        "transfer_deadlines", "移送书 a week after the 移送涉嫌犯罪案件审批表 was approved (limit 24 hours).", week_late))

    def detention_late(s):
        approved = s.doc("transfer_notice").date
        transfer_approval(s, approved)
        send_transfer(s, add_wd(approved, 6))
    out.append(_case(
        _o("d-24", "detention_noperm", "zip_pdf", "transfer_detention", D(2025, 6, 3), "重庆石滩石材加工厂",
           ["陈静", "何伟"], fine=250000, closing=False, equipment=["multi_gas_detector"], contact="黄某某",
           contact_post="实际经营者"),
        "transfer_deadlines", "移送书 6 working days after the 移送行政拘留审批表 was approved (limit 3 working days).",
        detention_late))

    renumber(out)
    return out


def renumber(cases: list[RuleCase], seed: int = SEED) -> None:
    """Numbers of one bureau's registers, in date order, above the committed samples' numbers
    (so running both sets together finds no two files sharing a 文号)."""
    from .cases import _replace_number
    rng = random.Random(seed)
    series: dict[tuple, list] = {}
    for i, rc in enumerate(cases):
        seen = set()
        for doc in rc.spec.documents:
            num = doc.number
            if num is None or num in seen or doc.doc_type == "service_receipt":
                continue
            seen.add(num)
            series.setdefault((num.body, num.office, num.year), []).append((doc.date, i, rc.spec, num))
    for key, items in sorted(series.items()):
        body = key[0]
        seq = 400 if body in ("环罚", "环罚告", "巴南环立", "环责改") else 5000 if body.endswith("字") else 40
        for _date, _i, spec, num in sorted(items, key=lambda t: (t[0], t[1])):
            seq += rng.randint(1, 4)
            _replace_number(spec, num, dataclasses.replace(num, seq=seq))
