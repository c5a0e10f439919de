"""The case catalogue: ``build_cases()`` (the committed samples) and ``random_case()``.

A case is described by a small options dict; ``assemble`` turns it into a CaseSpec with a
realistic document list (chronological for folders, archive order for combined files) and
dates derived from the inspection date.  Everything is driven by ``random.Random(seed)``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

from .images import licence_scan_png, photo_png
from .model import CaseSpec, DocSpec, Number, Officer, Party, Style
from .scenarios import ORDINARY, SCENARIOS
from .textutil import uscc

OFFICE = "渝（巴南）"
SEED = 20250725

ROSTER: dict[str, str] = {
    "李明": "50011320190123", "王华": "50011320200456", "赵强": "50011320180317", "陈静": "50011320210588",
    "刘洋": "50011320170229", "周杰": "50011320220671", "吴敏": "50011320190845", "杨帆": "50011320200912",
    "何伟": "50011320160534", "罗丹": "50011320230108", "谭亮": "50011320180776", "曾琳": "50011320210349",
    "唐浩": "50011320220215", "冉小兵": "50011320150462", "向文静": "50011320190687", "彭家伟": "50011320200733",
    "蒋雨桐": "50011320230391", "秦川": "50011320170958", "张*军": "5001132018****", "黎*红": "5001132020****",
    "付*明": "5001132021****",
}
STREETS = ["鱼洞街道", "李家沱街道", "花溪街道", "南泉街道", "界石镇", "南彭街道", "一品街道", "木洞镇", "麻柳嘴镇",
           "东温泉镇", "姜家镇", "天星寺镇", "接龙镇", "石滩镇", "丰盛镇", "双河口镇", "石龙镇", "安澜镇", "惠民街道",
           "龙洲湾街道"]
ROADS = ["工业园路", "巴滨路", "渝南大道", "界石工业园区", "龙海大道", "鱼轻路", "南泉路", "花溪工业园区"]

DISTRACTORS = {
    # id: (text, where)
    "not_hazardous": "现场暂存的桶装清洗残液已委托检测，经鉴定，该废物不属于危险废物，当事人按一般工业固体废物进行管理。",
    "no_drone": "本次检查未使用无人机。",
    "cited_case": "本案违法情节与本局巴南环罚〔2024〕40号涉危险废物案不同，不适用该案的从重情形。",
    "law_title_pollutant": "经核查，涉案物质未列入《重点管控新污染物清单（2023年版）》。",
    "law_title_hw": "当事人已按照《危险废物贮存污染控制标准》（GB 18597—2023）设置贮存设施，本次检查未发现该方面问题。",
    "permit_background": "当事人持有排污许可证（证书编号：{code}001P），实行重点管理。",
    "other_decision": "当事人曾于2024年因同类违法行为被我局以渝（巴南）环罚〔2024〕7号行政处罚决定书处罚，属于再次违法。",
    "permit_law_title": "依据《排污许可管理条例》的规定，当事人应当按证排污。",
}


def officers(names: list[str]) -> list[Officer]:
    return [Officer(n, ROSTER[n]) for n in names]


def wd(d: dt.date) -> dt.date:
    """Move a date to the next working day (official calendar incl. 调休, via chinesecalendar)."""
    try:
        from chinese_calendar import is_workday
    except ImportError:                                  # pragma: no cover
        def is_workday(x):
            return x.weekday() < 5
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def _days(rng: random.Random, a: int, b: int) -> dt.timedelta:
    return dt.timedelta(days=rng.randint(a, b))


ARCHIVE_ORDER = ["penalty_decision", "no_penalty_decision", "seizure_decision", "transfer_notice", "police_filing_notice",
                 "filing_approval", "inspection_record", "inquiry_record", "other", "investigation_report",
                 "correction_order", "prior_notice", "legal_review", "collective_discussion", "closing_approval"]


def archive_order(docs: list[DocSpec]) -> list[DocSpec]:
    """正卷 order: decision (+ its 送达回证) first, then filing, evidence, report, notices (+ receipts), internal, closing."""
    receipts: dict[str, list[DocSpec]] = {}
    for d in docs:
        if d.doc_type == "service_receipt":
            receipts.setdefault(d.fields.get("served_type", ""), []).append(d)
    out = []
    for t in ARCHIVE_ORDER:
        for d in docs:
            if d.doc_type == t:
                out.append(d)
                out += receipts.pop(t, [])
    for rs in receipts.values():
        out += rs
    assert len(out) == len(docs)
    return out


def _receipt(served: DocSpec, date: dt.date, servers: list[Officer], method: str = "直接送达", **kw) -> DocSpec:
    f = {"served_title": served.title.replace(" ", ""), "served_number": served.number, "served_type": served.doc_type,
         "servers": servers, "method": method}
    f.update(kw)
    return DocSpec("service_receipt", "service_receipt", "送达回证", date=date, fields=f)


def assemble(o: dict[str, Any]) -> CaseSpec:
    rng = random.Random(f"{SEED}-{o['id']}")
    sc = SCENARIOS[o["scenario"]]
    kind = o["kind"]
    d0: dt.date = o["d0"]
    party = Party(
        name=o.get("company", sc.company),
        credit_code=uscc(rng),
        legal_rep=o.get("legal_rep", "黄某某"),
        address=f"重庆市巴南区{rng.choice(STREETS)}{rng.choice(ROADS)}{rng.randint(2, 388)}号",
        contact=o.get("contact", "刘某"),
        contact_post=o.get("contact_post", "安全环保部经理"),
        phone=f"138****{rng.randint(1000, 9999)}",
        business=sc.business,
    )
    style: Style = o.get("style", Style())
    platforms = o.get("platforms", [])
    equipment = o.get("equipment", [])
    fine = o.get("fine")
    extra = {k: [DISTRACTORS[x].format(code=party.credit_code) for x in v] for k, v in o.get("extra", {}).items()}
    doc_style = o.get("doc_style", {})
    names_all: set[str] = set()

    handlers = officers(o.get("handlers", []))
    docs: list[DocSpec] = []
    D: dict[str, dt.date] = {"inspect": d0}
    N: dict[str, Number] = {}
    if platforms:
        D["lead"] = d0 - _days(rng, 2, 6)

    applied: set[str] = set()

    def add(doc: DocSpec) -> DocSpec:
        key = doc.doc_type if doc.doc_type != "other" else doc.template
        if key not in applied:          # distractor sentences go into the first document of that type
            applied.add(key)
            if key in extra:
                doc.fields["extra"] = extra[key]
            if key + ":discretion" in extra:
                doc.fields["discretion_extra"] = extra[key + ":discretion"]
        doc.style.update(doc_style.get(key, {}))
        docs.append(doc)
        return doc

    # --- inspection(s)
    insp_sets = o.get("insp", [])
    for i, names in enumerate(insp_sets):
        day = d0 if i == 0 else wd(d0 + _days(rng, 6, 12))
        if i == 1:
            D["inspect2"] = day
        h = rng.choice([9, 10, 14, 15])
        m = rng.choice([0, 10, 20, 30, 40])
        rec = o.get("insp_recorder", [])[i] if i < len(o.get("insp_recorder", [])) else names[-1]
        f = {"inspectors": officers(names), "recorder": rec, "start": (day, h, m),
             "end": (day, h + 1 + rng.randint(0, 1), rng.choice([5, 15, 25, 45, 55]))}
        if i > 0:
            f["findings"] = [f"执法人员对当事人整改情况进行复查。当事人已{sc.correction.removeprefix('立即')}，现场未发现新的违法行为。"]
            f["equipment"] = False
        names_all.update(names)
        add(DocSpec("inspection_record", "inspection_record", "现场检查（勘察）笔录", date=day, fields=f,
                    file_stem="现场检查笔录" if i == 0 else "现场复查笔录"))
        if i == 0:
            for extra_doc in o.get("evidence_docs", []):
                if extra_doc == "photos":
                    add(DocSpec("photos", "other", "现场照片", fields={
                        "photos": [f"{sc.site}全景", f"{sc.site}局部（违法情形）"], "png": photo_png()}))
                if extra_doc == "monitoring":
                    add(DocSpec("monitoring_report", "other", "监测报告", fields=o["monitoring"] | {
                        "analysed": d0 + dt.timedelta(days=2)}))

    # --- seizure happens on the spot
    if kind == "seizure":
        sd = d0 if o.get("seize_same_day", True) else wd(d0 + dt.timedelta(days=1))
        N["seizure"] = Number("环查封", sd.year, o.get("seizure_seq", rng.randint(2, 9)), OFFICE)
        D["seizure"] = sd
        seiz = add(DocSpec("seizure_decision", "seizure_decision", o.get("seizure_title", "查封（扣押）决定书"),
                           number=N["seizure"], date=sd,
                           fields={"officers": officers(insp_sets[0]), "days": 30},
                           file_stem="查封决定书及清单"))
        add(_receipt(seiz, sd, officers(insp_sets[0])))

    # --- correction order
    if o.get("correction", kind in ("penalty", "no_penalty", "transfer_detention")):
        cd = wd(d0 + _days(rng, 1, 3))
        N["correction"] = Number("环责改", cd.year, rng.randint(20, 140), OFFICE)
        D["correction"] = cd
        corr = add(DocSpec("correction_order", "correction_order", "责令改正违法行为决定书", number=N["correction"], date=cd))
        add(_receipt(corr, cd, officers(insp_sets[0][:2])))

    # --- filing approval
    if o.get("filing", True):
        fd_ = wd((D.get("correction") or d0) + _days(rng, 1, 6))
        D["filing"] = fd_
        N["filing"] = Number("巴南环立", fd_.year, rng.randint(10, 95))
        add(DocSpec("filing_approval", "filing_approval", "立案审批表", number=N["filing"], date=fd_, fields={
            "handlers": handlers, "handler_date": fd_ - dt.timedelta(days=2), "dept_date": fd_ - dt.timedelta(days=1),
            "cause": o.get("cause", sc.cause) or None}))
    # --- inquiries
    base = D.get("filing", d0)
    for i, names in enumerate(o.get("inq", [])):
        if i == 0:
            qd = D["seizure"] if kind == "seizure" else wd(base + _days(rng, 1, 5))
        else:
            qd = wd(D["inquiry"] + _days(rng, 1, 3))
        D.setdefault("inquiry", qd)
        rec = o.get("inq_recorder", [])[i] if i < len(o.get("inq_recorder", [])) else names[-1]
        h0 = 14 if i == 0 else 9
        f = {"inquirers": officers(names), "recorder": rec, "start": (qd, h0, rng.choice([0, 10, 30])),
             "end": (qd, h0 + 1, rng.choice([5, 20, 40, 50]))}
        if i == 0 and o.get("inq_break"):
            f["break_at"] = o["inq_break"]
        if i == 1:
            f.update({"interviewee": party.legal_rep, "post": "法定代表人", "relation": "当事人法定代表人",
                      "qa": [("你对执法人员查明的违法事实有无异议？", "没有异议。"), ("公司对整改有什么安排？", "已经安排专人整改，近期完成。")]})
        names_all.update(names)
        add(DocSpec("inquiry_record", "inquiry_record", "调查询问笔录", date=qd, fields=f,
                    file_stem="调查询问笔录" if i == 0 else "调查询问笔录（法定代表人）"))
    if len(insp_sets) > 1:
        # move the re-inspection after the inquiries (chronology)
        recheck = next(d for d in docs if d.file_stem == "现场复查笔录")
        docs.remove(recheck)
        docs.append(recheck)
    if o.get("licence"):
        lic = DocSpec("licence", "other", "营业执照复印件", fields={})
        if o.get("licence") == "scan":
            lic.fields["scan_png"] = licence_scan_png()
        add(lic)

    # --- report
    last = max(D.values())
    if o.get("report", kind != "seizure"):
        rd = wd(last + _days(rng, 8, 16))
        D["report"] = rd
        signers = officers(o.get("report_signers", o.get("handlers") or insp_sets[0]))
        add(DocSpec("investigation_report", "investigation_report", o.get("report_title", "案件调查报告"), date=rd,
                    fields={"signers": signers, "fine": fine, "confiscate": o.get("confiscate"),
                            **({"cause": o["report_cause"]} if "report_cause" in o else {})}))

    servers = officers((o.get("handlers") or insp_sets[0])[:2])
    # --- notice, legal review, discussion, decision
    if kind in ("penalty", "no_penalty", "transfer_detention"):
        nd = wd(D["report"] + _days(rng, 2, 5))
        D["notice"] = nd
        body = "环不罚告" if kind == "no_penalty" else "环罚告"
        N["notice"] = Number(body, nd.year, o.get("seq", rng.randint(10, 160)), OFFICE)
        title = "不予行政处罚事先告知书" if kind == "no_penalty" else "行政处罚事先（听证）告知书"
        notice = add(DocSpec("prior_notice", "prior_notice", title, number=N["notice"], date=nd,
                             fields={"fine": fine, "confiscate": o.get("confiscate")}))
        ns = wd(nd + _days(rng, 1, 2))
        add(_receipt(notice, ns, servers, method=o.get("notice_method", "直接送达")))
        ld = wd(ns + _days(rng, 9, 13))
        if o.get("legal_review", True):
            D["legal"] = ld
            add(DocSpec("legal_review", "legal_review", "案件法制审核表", date=ld, fields={"fine": fine, "submitted": ld - dt.timedelta(days=2)}))
        dd = ld
        if fine and fine >= 500000:
            dd = wd(ld + _days(rng, 1, 3))
            D["discussion"] = dd
            add(DocSpec("collective_discussion", "collective_discussion", "案件集体讨论笔录", date=dd,
                        fields={"fine": fine, "listeners": handlers, "argued": o.get("argued", False)}))
        dec_d = o.get("decision_date") or wd(dd + _days(rng, 2, 5))
        D["decision"] = dec_d
        if kind == "no_penalty":
            N["decision"] = Number("环不罚", dec_d.year, o.get("seq", rng.randint(1, 9)), OFFICE)
            dec = add(DocSpec("no_penalty_decision", "no_penalty_decision", "不予行政处罚决定书", number=N["decision"],
                              date=dec_d, fields={"party_label": o.get("decision_party_label")}))
        else:
            N["decision"] = Number("环罚", dec_d.year, N["notice"].seq, OFFICE)
            dec = add(DocSpec("penalty_decision", "penalty_decision", "行政处罚决定书", number=N["decision"], date=dec_d,
                              fields={"fine": fine, "confiscate": o.get("confiscate"), "argued": o.get("argued", False),
                                      "party_label": o.get("decision_party_label")}))
        add(_receipt(dec, wd(dec_d + _days(rng, 1, 3)), servers, method=o.get("decision_method", "直接送达")))

    # --- transfers
    if kind in ("transfer_detention", "transfer_criminal"):
        tk = "detention" if kind == "transfer_detention" else "criminal"
        td = wd(max(D.values()) + _days(rng, 2, 4))
        D["transfer"] = td
        N["transfer"] = Number("环拘移" if tk == "detention" else "环刑移", td.year, rng.randint(1, 6), OFFICE)
        title = "适用行政拘留环境违法案件移送书" if tk == "detention" else "涉嫌犯罪案件移送书"
        add(DocSpec("transfer_notice", "transfer_notice", title, number=N["transfer"], date=td,
                    fields={"transfer_kind": tk, "officers": handlers or officers(insp_sets[0])}))
        if o.get("police", True):
            pd = wd(td + _days(rng, 1, 3))
            D["police"] = pd
            ptitle = o.get("police_title", "立案告知书")
            pbody = "立字" if ptitle == "立案决定书" else ("立告字" if tk == "criminal" else "受立字")
            N["police"] = Number(pbody, pd.year, rng.randint(100, 900), "巴公（环）")
            add(DocSpec("police_filing_notice", "police_filing_notice", ptitle,
                        number=N["police"], date=pd, fields={"transfer_kind": tk}))

    # --- closing
    if o.get("closing", kind in ("penalty", "no_penalty")) and "decision" in D:
        paid = D["decision"] + _days(rng, 6, 14)
        cl = wd(paid + _days(rng, 10, 25))
        D["closing"] = cl
        add(DocSpec("closing_approval", "closing_approval", "结案审批表", date=cl, fields={
            "handlers": handlers, "fine": fine, "paid": paid, "handler_date": cl - dt.timedelta(days=2),
            "dept_date": cl - dt.timedelta(days=1)}))

    # file grouping (several documents in one file)
    for t, stem in o.get("group", {}).items():
        for d in docs:
            if d.doc_type == t:
                d.file_stem = stem
    if o.get("order") == "archive":
        docs = archive_order(docs)
    if o.get("mixed"):
        for d in docs:
            if d.doc_type in o["mixed"]:
                d.style["ext"] = "docx"

    tags = list(o.get("tags", sc.tags))
    offs = {n: Officer(n, ROSTER[n]) for n in sorted(names_all | set(o.get("handlers", [])))}
    spec = CaseSpec(
        case_id=o["id"], fmt=o["fmt"], kind=kind, scenario=sc.key, party=party,
        cause=(o.get("cause", sc.cause) or None) if o.get("filing", True) else (o.get("report_cause") or None),
        officers=offs, tags=tags, equipment=equipment, platforms=platforms, fine=fine if kind != "no_penalty" else None,
        documents=docs, style=style, dates=D, numbers=N,
        zip_top=o.get("zip_top"), zip_dir_entries=o.get("zip_dir_entries", False),
        file_prefix=o.get("file_prefix", "{i:02d}-"), with_cover=o.get("with_cover", True),
        distractors=sorted({x for v in o.get("extra", {}).values() for x in v} | set(o.get("distractors", []))),
        quirks=list(o.get("quirks", [])), notes=o.get("notes", ""),
    )
    # numbers are printed in the case's style; set the chosen number style per document, if any
    return spec


# ---------------------------------------------------------------------------------------------
D = dt.date

CASES: list[dict[str, Any]] = [
    dict(id="case-01", scenario="hw_storage", fmt="pdf_dir", kind="penalty", d0=D(2025, 3, 5), fine=150000,
         handlers=["李明", "王华"], insp=[["李明", "王华"]], insp_recorder=["周杰"], inq=[["李明", "赵强"]],
         inq_recorder=["王华"], equipment=["drone"], evidence_docs=["photos"],
         style=Style(date="hzo", char_space=True, pad_names=True),
         notes="The case-json example: 李明/王华 handlers, drone, 150000 in capitals + figures."),
    dict(id="case-02", scenario="air_boiler_auto", fmt="docx_dir", kind="penalty", d0=D(2025, 4, 8), fine=200000,
         handlers=["赵强", "陈静"], insp=[["赵强", "陈静"]], inq=[["陈静", "刘洋"]], platforms=["auto_monitoring"],
         style=Style(number="sq", name_sep="，", inspector_label="执法人员", amount="plain"),
         extra={"inspection_record": ["permit_background", "no_drone"], "investigation_report": ["permit_law_title"]}),
    dict(id="case-03", scenario="monitor_fraud", fmt="combined_pdf", kind="penalty", d0=D(2025, 5, 12), fine=100000,
         handlers=["刘洋", "周杰"], insp=[["刘洋", "周杰"]], inq=[["刘洋", "周杰"]], order="archive",
         style=Style(date="hz", fake_bold=True), extra={"investigation_report": ["other_decision"]},
         contact="陈某", contact_post="技术负责人",
         notes="Archive order (decision and its 送达回证 first)."),
    dict(id="case-04", scenario="vocs_leak", fmt="zip_pdf", kind="penalty", d0=D(2025, 6, 3), fine=60000,
         handlers=["吴敏", "杨帆"], insp=[["吴敏", "杨帆"]], inq=[["吴敏", "何伟"]], equipment=["fid_pid", "ir_gas_leak_imager"],
         platforms=["video_surveillance"], zip_top="重庆渝禾新材料科技有限公司VOCs案卷", zip_dir_entries=True,
         style=Style(number="sq", fake_bold=True, amount="wan", cert_layout="lines"),
         extra={"inspection_record": ["permit_background", "law_title_hw"], "investigation_report": ["not_hazardous"]}),
    dict(id="case-05", scenario="permit_report", fmt="docx_dir", kind="no_penalty", d0=D(2025, 2, 18),
         handlers=["何伟", "罗丹"], insp=[["何伟", "罗丹"]], inq=[["罗丹", "何伟"]], platforms=["discharge_permit"],
         style=Style(form_date="dot", date="dot", party_label="当事人名称"), decision_party_label="当事人名称",
         extra={"inspection_record": ["not_hazardous"], "investigation_report": ["not_hazardous"]}, legal_review=False),
    dict(id="case-06", scenario="air_seizure_power", fmt="pdf_dir", kind="seizure", d0=D(2025, 7, 9),
         handlers=["谭亮", "曾琳"], insp=[["谭亮", "曾琳"]], inq=[["曾琳", "谭亮"]], equipment=["thermal_imager"],
         platforms=["power_monitoring"], report=False, evidence_docs=["monitoring"],
         monitoring={"report_no": "BNJC-2025-0709", "rows": [["除尘器排口", "颗粒物", "86.4mg/m³", "30mg/m³", "超标"]],
                     "conclusion": "监测期间，该单位除尘器排口颗粒物浓度超过《工业炉窑大气污染物排放标准》（DB50/659—2016）规定限值。"},
         style=Style(form_date="dot", name_sep="，", inspector_label="执法人员"),
         extra={"inspection_record": ["permit_law_title"]},
         notes="Seizure decision + 清单 in one file (2 pages); with filing approval; no decision."),
    dict(id="case-07", scenario="detention_pipe", fmt="combined_pdf", kind="transfer_detention", d0=D(2025, 4, 22), fine=300000,
         handlers=["唐浩", "冉小兵"], insp=[["唐浩", "冉小兵"]], inq=[["冉小兵", "唐浩"], ["唐浩", "向文静"]],
         equipment=["unmanned_boat"], platforms=["water_fingerprint"], order="archive", closing=False,
         style=Style(number="messy", char_space=True, amount="plain"), evidence_docs=["monitoring"],
         monitoring={"report_no": "BNJC-2025-0425", "rows": [["暗管排口", "pH值", "2.1", "6～9", "超标"],
                                                             ["暗管排口", "总锌", "8.36mg/L", "1.5mg/L", "超标"]],
                     "conclusion": "暗管排口废水pH值、总锌不符合《电镀污染物排放标准》（GB 21900—2008）要求。"},
         notes="Archive order; penalty decision + 移送书 + police 立案告知书; two inquiries, the second by 唐浩/向文静."),
    dict(id="case-08", scenario="hw_dumping_crime", fmt="zip_docx", kind="transfer_criminal", d0=D(2025, 6, 16),
         handlers=["向文静", "彭家伟"], insp=[["向文静", "彭家伟"]], inq=[["彭家伟", "蒋雨桐"]],
         equipment=["drone"], platforms=["solid_waste_management"],
         style=Style(date="dash", form_date="dash", inquirer_label="调查人"), police_title="立案决定书",
         notes="Police 立案决定书."),
    dict(id="case-09", scenario="automon_fraud_crime", fmt="pdf_dir", kind="transfer_criminal", d0=D(2025, 7, 2),
         insp=[["秦川", "李明"]], inq=[["秦川", "李明"]], platforms=["auto_monitoring"], filing=False,
         report_cause="涉嫌篡改、伪造自动监测数据案", report_signers=["秦川", "李明"],
         style=Style(date="dash", form_date="dash", fake_bold=True), contact="黄某某",
         contact_post="运维工程师", evidence_docs=["photos"],
         notes="Crime transfer without a filing approval: lead_handlers is [] and cause comes from the report."),
    dict(id="case-10", scenario="eia_fraud", fmt="single_docx", inq_break=4, kind="penalty", d0=D(2025, 3, 20), fine=680000,
         handlers=["王华", "吴敏"], insp=[["王华", "吴敏"]], inq=[["王华", "吴敏"]],
         style=Style(number="messy", date="hz", pad_names=True, amount="plain"), argued=True,
         notes="Fine ≥ 50万: 集体讨论笔录; the party argued (陈述申辩 not adopted); inquiry record has a hard page break."),
    dict(id="case-11", scenario="vehicle_fraud", fmt="zip_pdf", kind="penalty", d0=D(2025, 5, 27), fine=150000,
         confiscate=5550, handlers=["杨帆", "何伟"], insp=[["杨帆", "何伟"]], inq=[["何伟", "罗丹"]],
         platforms=["vehicle_inspection"], style=Style(number="paren", pad_names=True, inquirer_label="调查人", amount="plain"),
         file_prefix="{i:02d}"),
    dict(id="case-12", scenario="carbon_fraud", fmt="combined_pdf", kind="penalty", d0=D(2025, 8, 5), fine=240000,
         confiscate=48000, handlers=["罗丹", "谭亮"], insp=[["罗丹", "谭亮"]], inq=[["谭亮", "曾琳"]],
         style=Style(number="fwsq", char_space=True, spaced_titles=True), contact="邱某", contact_post="核查组长"),
    dict(id="case-13", scenario="ghg_report", fmt="docx_dir", inq_break=4, kind="penalty", d0=D(2025, 6, 24), fine=100000,
         handlers=["张*军", "黎*红"], insp=[["张*军", "黎*红"]], inq=[["黎*红", "付*明"]],
         style=Style(number="paren", party_label="被处罚单位"), decision_party_label="被处罚单位",
         extra={"inspection_record": ["no_drone"]}, file_prefix="", legal_rep="黄某某",
         notes="Inquiry record has a hard page break. De-identified copy: officers masked (张*军), party persons 黄某某; files without numeric prefixes."),
    dict(id="case-14", scenario="new_chem", fmt="pdf_dir", kind="penalty", d0=D(2025, 4, 15), fine=30000,
         handlers=["曾琳", "唐浩", "冉小兵"], insp=[["曾琳", "唐浩"]], inq=[["曾琳", "唐浩"]],
         style=Style(number="fwdigit", fake_bold=True, name_sep=" ", party_label="被处罚单位", amount="wan"),
         decision_party_label="被处罚单位", group={"service_receipt": "送达回证"},
         extra={"legal_review": ["law_title_pollutant"], "investigation_report": ["law_title_pollutant"]},
         notes="Three filing handlers, one (冉小兵) neither inspector nor inquirer; all 送达回证 in one PDF."),
    dict(id="case-15", scenario="new_poll", fmt="zip_docx", kind="penalty", d0=D(2025, 5, 6), fine=50000,
         handlers=["冉小兵", "向文静"], insp=[["冉小兵", "向文静"]], inq=[["向文静", "彭家伟"]],
         zip_top="巴南环立2025-新污染物案", style=Style(number="sq", date="hzo", inspector_label="执法人员")),
    dict(id="case-16", scenario="nature_reserve", fmt="single_docx", kind="penalty", d0=D(2025, 3, 11), fine=10000,
         handlers=["彭家伟", "蒋雨桐"], insp=[["彭家伟", "蒋雨桐"]], inq=[["蒋雨桐", "彭家伟"]],
         equipment=["drone"], platforms=["satellite_remote_sensing"], with_cover=False,
         style=Style(date="dash", form_date="dash", name_sep="/", amount="wan")),
    dict(id="case-17", scenario="dismantle_seizure", fmt="zip_pdf", kind="seizure", d0=D(2025, 8, 19),
         insp=[["蒋雨桐", "秦川"]], inq=[["秦川", "蒋雨桐"]], filing=False, correction=False,
         zip_top="查封-旺兴回收站", evidence_docs=["photos"], legal_rep="黄某某", contact="黄某某", contact_post="经营者",
         notes="Seizure without filing approval or report: cause null, lead_handlers []."),
    dict(id="case-18", scenario="soil_survey", fmt="combined_pdf", kind="penalty", d0=D(2025, 2, 25), fine=80000,
         handlers=["李明", "杨帆"], insp=[["李明", "杨帆"], ["李明", "罗丹"]], inq=[["杨帆", "李明"]],
         style=Style(date="hz", char_space=True, inquirer_label="调查人"),
         extra={"inspection_record": ["permit_background"], "penalty_decision:discretion": ["cited_case"]},
         notes="A re-inspection (复查) by 李明/罗丹 adds 罗丹 to inspectors, not to lead handlers."),
    dict(id="case-19", scenario="groundwater_seep", fmt="docx_dir", kind="penalty", d0=D(2025, 9, 2), fine=350000,
         handlers=["赵强", "何伟"], insp=[["赵强", "何伟"]], inq=[["赵强", "谭亮"]],
         style=Style(number="fwdigit", pad_names=True, amount="wan", cert_layout="lines"), licence="text",
         file_prefix="{i:02d}", extra={"penalty_decision:discretion": ["other_decision"]}),
    dict(id="case-20", scenario="ods", fmt="single_docx", kind="penalty", d0=D(2025, 7, 14), fine=36000,
         handlers=["陈静", "唐浩"], insp=[["陈静", "唐浩"]], inq=[["唐浩", "陈静"]],
         style=Style(number="fwsq", date="hzo", party_label="当事人名称", spaced_titles=True),
         decision_party_label="当事人名称", extra={"legal_review": ["law_title_pollutant"]}),
    dict(id="case-21", scenario="radiation", fmt="pdf_dir", kind="penalty", d0=D(2025, 6, 10), fine=60000,
         handlers=["周杰", "吴敏"], insp=[["周杰", "吴敏"]], inq=[["吴敏", "周杰"]], licence="scan",
         style=Style(form_date="dot", date="dot", name_sep="/", party_label="当事人名称", amount="wan"),
         decision_party_label="当事人名称", extra={"inspection_record": ["no_drone"]},
         notes="06-营业执照复印件.pdf page 2 is an image-only scan (no text layer)."),
    dict(id="case-22", scenario="dismantle_penalty", fmt="zip_docx", kind="penalty", d0=D(2025, 10, 14), fine=80000,
         handlers=["秦川", "向文静"], insp=[["秦川", "向文静"]], inq=[["向文静", "秦川"]],
         platforms=["solid_waste_management"], style=Style(number="messy", party_label="被处罚单位"),
         decision_party_label="被处罚单位",
         extra={"inspection_record": ["not_hazardous"], "penalty_decision:discretion": ["cited_case"]}),
    dict(id="case-23", scenario="noise_night", fmt="combined_pdf", kind="penalty", d0=D(2024, 8, 7), fine=30000,
         handlers=["刘洋", "吴敏"], insp=[["刘洋", "吴敏"]], inq=[["吴敏", "刘洋"]], order="archive",
         style=Style(date="hzo", party_label="当事人名称", spaced_titles=True), decision_party_label="当事人名称",
         notes="Archive order. Decided in 2024, before the review window."),
    dict(id="case-24", scenario="permit_exceed", fmt="docx_dir", kind="penalty", d0=D(2024, 9, 4), fine=200000,
         handlers=["谭亮", "杨帆"], insp=[["谭亮", "杨帆"]], inq=[["杨帆", "谭亮"]], platforms=["discharge_permit"],
         decision_date=D(2024, 10, 31),
         style=Style(form_date="dot", date="dot", name_sep=" ", inquirer_label="调查人", cert_layout="trailing"),
         notes="Decision dated 2024-10-31, the day before the window opens."),
    dict(id="case-25", scenario="detention_noperm", fmt="single_docx", kind="transfer_detention", d0=D(2025, 5, 19),
         fine=250000, handlers=["何伟", "曾琳"], insp=[["何伟", "曾琳"]], inq=[["曾琳", "何伟"]],
         equipment=["multi_gas_detector"], closing=False, contact="黄某某", contact_post="实际经营者",
         style=Style(date="hz", pad_names=True)),
    dict(id="case-26", scenario="heavy_metal_crime", fmt="pdf_dir", kind="transfer_criminal", d0=D(2025, 9, 23),
         handlers=["张*军", "付*明"], insp=[["张*军", "付*明"]], inq=[["付*明", "黎*红"]],
         style=Style(number="messy", char_space=True, inspector_label="执法人员", cert_layout="trailing"),
         evidence_docs=["monitoring"],
         monitoring={"report_no": "BNJC-2025-0923", "rows": [["总排口", "总镍", "4.62mg/L", "0.5mg/L", "超标8.2倍"]],
                     "conclusion": "总排口废水总镍浓度超过《电镀污染物排放标准》（GB 21900—2008）表2规定限值。"}),
    dict(id="case-27", scenario="hw_transfer_big", fmt="combined_pdf", inq_break=4, kind="penalty", d0=D(2025, 5, 8), fine=600000,
         handlers=["陈静", "刘洋"], insp=[["陈静", "刘洋"]], inq=[["刘洋", "周杰"], ["陈静", "刘洋"]],
         platforms=["video_surveillance"], style=Style(date="dash", fake_bold=True, party_label="被处罚单位"),
         decision_party_label="被处罚单位", extra={"penalty_decision:discretion": ["other_decision"]},
         notes="Fine ≥ 50万: 集体讨论笔录; inquiry record has a hard page break; cites another case's decision number."),
    dict(id="case-28", scenario="water_exceed", fmt="mixed_dir", kind="penalty", d0=D(2024, 9, 9), fine=120000,
         decision_date=D(2024, 11, 1), handlers=["周杰", "蒋雨桐", "罗丹"], insp=[["周杰", "蒋雨桐"]],
         inq=[["蒋雨桐", "周杰"]], inq_recorder=["罗丹"], insp_recorder=["罗丹"],
         mixed=["inspection_record", "inquiry_record", "investigation_report"],
         style=Style(pad_names=True), extra={"inspection_record": ["law_title_hw"]},
         notes="Decision dated 2024-11-01, the first day of the window; a folder mixing PDF and DOCX; "
               "filing handler 罗丹 is only the recorder (记录人), so not a lead handler."),
]


def _style_quirks(spec: CaseSpec) -> list[str]:
    st = spec.style
    q = []
    if st.number != "std":
        q.append(f"number_{st.number}")
    if st.date != "cn":
        q.append(f"date_{st.date}")
    if st.form_date != "cn" and st.form_date != st.date:
        q.append(f"date_{st.form_date}")
    if st.char_space:
        q.append("char_space")
    if st.fake_bold:
        q.append("fake_bold")
    if st.spaced_titles:
        q.append("spaced_titles")
    if st.pad_names:
        q.append("padded_names")
    if any("*" in n or "某" in n for n in spec.officers):
        q.append("masked_officer_names")
    if st.name_sep != "、":
        q.append({"，": "sep_comma", "/": "sep_slash", " ": "sep_space"}[st.name_sep])
    if st.party_label != "当事人":
        q.append(f"label_{st.party_label}")
    if st.inspector_label != "检查人":
        q.append("label_执法人员")
    if st.inquirer_label != "询问人":
        q.append("label_调查人")
    q.append(f"amount_{st.amount}" if spec.fine else "no_fine")
    if st.cert_layout != "inline":
        q.append(f"cert_{st.cert_layout}")
    return q


def _replace_number(spec: CaseSpec, old: Number, new: Number) -> None:
    for k, v in spec.numbers.items():
        if v == old:
            spec.numbers[k] = new
    for d in spec.documents:
        if d.number == old:
            d.number = new
        for k, v in d.fields.items():
            if v == old:
                d.fields[k] = new


def renumber(specs: list[CaseSpec], seed: int = SEED) -> None:
    """Give every 文号 series (body, office, year) increasing numbers in date order across the
    whole set, as one bureau's registers would: no two cases share a number."""
    rng = random.Random(seed)
    series: dict[tuple, list[tuple[dt.date, int, CaseSpec, Number]]] = {}
    for i, spec in enumerate(specs):
        for key, num in spec.numbers.items():
            date = spec.dates.get({"notice": "notice", "decision": "decision", "filing": "filing",
                                   "correction": "correction", "seizure": "seizure", "transfer": "transfer",
                                   "police": "police"}[key])
            series.setdefault((num.body, num.office, num.year), []).append((date, i, spec, num))
    for (body, office, year), items in sorted(series.items()):
        seq = {"环罚": 12, "环罚告": 12, "巴南环立": 18, "环责改": 30}.get(body, 1)
        for date, _, spec, num in sorted(items, key=lambda t: (t[0], t[1])):
            seq += rng.randint(1, 9) if body in ("环罚", "环罚告", "巴南环立", "环责改") else rng.randint(1, 2)
            if body.endswith("字"):
                seq += rng.randint(100, 400)
            _replace_number(spec, num, dataclasses.replace(num, seq=seq))


def build_cases() -> list[CaseSpec]:
    specs = []
    for o in CASES:
        spec = assemble(dict(o))
        spec.quirks = _style_quirks(spec) + spec.quirks
        specs.append(spec)
    renumber(specs)
    return specs


def random_case(rng: random.Random, case_id: str) -> CaseSpec:
    """An ordinary ~20-page penalty case in the combined_pdf format (for benchmarks)."""
    names = [n for n in ROSTER if "*" not in n]
    team = rng.sample(names, 4)
    sc = rng.choice(ORDINARY)
    d0 = D(2025, 1, 6) + dt.timedelta(days=rng.randint(0, 200))
    o = dict(id=case_id, scenario=sc, fmt="combined_pdf", kind="penalty", d0=d0,
             fine=rng.choice([30000, 50000, 80000, 120000, 200000, 260000]),
             handlers=team[:2], insp=[team[:2], [team[0], team[2]]], inq=[[team[1], team[3]], [team[0], team[1]]],
             evidence_docs=["photos"], licence="text", order=rng.choice(["archive", None]),
             style=Style(date=rng.choice(["cn", "hz", "dot"]), fake_bold=rng.random() < 0.5,
                         char_space=rng.random() < 0.3, pad_names=rng.random() < 0.3))
    spec = assemble(o)
    spec.quirks = _style_quirks(spec)
    return spec
