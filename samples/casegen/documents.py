"""Document builders: DocSpec facts + CaseSpec context -> list of layout Blocks.

Each builder prints exactly the facts held in ``doc`` (own number, date, officers …);
cross references (the notice number cited in a decision, the filing number on a closing
form …) come from ``spec.numbers`` / ``spec.dates``.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .model import Block, CaseSpec, DocSpec, Number, Officer, Style
from .scenarios import SCENARIOS
from .textutil import fine_phrase, fmt_date, fmt_time, join_names, show_name, yuan_capital

AGENCY = "重庆市巴南区生态环境局"
TEAM = "重庆市巴南区生态环境保护综合行政执法支队"
AGENCY_ADDR = "重庆市巴南区巴州大道88号"
AGENCY_PHONE = "023-6688XXXX"
POLICE = "重庆市公安局巴南区分局"
TEAM_HEAD = "何建国"       # 承办机构负责人 (not a case officer)
AGENCY_HEAD = "周立新"     # 单位负责人
LEGAL_HEAD = "孙敏"        # 法制机构负责人
LEGAL_REVIEWER = "马丽"    # 法制审核人
CS = 4.0                   # PDF char spacing for "wide" lines (extracts as 2 0 2 5 年)

EQUIP_USE = {
    "drone": "执法人员使用无人机对{site}进行航拍巡查，航拍影像显示{obs}。",
    "fid_pid": "执法人员使用便携式FID检测仪对{site}的储罐呼吸阀、法兰、阀门等密封点进行检测，{obs}。",
    "ir_gas_leak_imager": "执法人员借助红外热成像气体泄漏检测仪对{site}进行扫描，发现{obs}。",
    "thermal_imager": "执法人员使用热成像仪对{site}进行检测，显示{obs}。",
    "multi_gas_detector": "执法人员使用多参数气体检测仪对{site}进行检测，{obs}。",
    "unmanned_boat": "执法人员利用无人船对当事人厂区下游河段进行巡航探测，{obs}。",
}

PLATFORM_LEAD = {
    "discharge_permit": "执法人员通过全国排污许可证管理信息平台核查发现，{obs}",
    "auto_monitoring": "执法人员通过重庆市污染源自动监控平台发现，{obs}",
    "power_monitoring": "执法人员通过重庆市重点排污单位用电监控平台（用电用能监控）发现，{obs}",
    "video_surveillance": "执法人员通过视频监控平台调阅监控录像发现，{obs}",
    "satellite_remote_sensing": "执法人员根据卫星遥感监测下发的疑似问题线索发现，{obs}",
    "vehicle_inspection": "执法人员通过重庆市机动车排放检验监管平台数据分析发现，{obs}",
    "solid_waste_management": "执法人员通过重庆市固体废物管理信息系统核查发现，{obs}",
    "water_fingerprint": "执法人员运用水质指纹溯源技术对下游断面水样进行比对分析发现，{obs}",
}

SOURCE_TICKS = ["现场检查", "非现场检查", "投诉举报", "媒体披露", "上级交办", "有关部门移送", "其他"]


# ------------------------------------------------------------------ block helpers
def T(text: str, **kw) -> Block:
    return Block("text", text=text, **kw)


def P(text: str, **kw) -> Block:
    kw.setdefault("indent", 2)
    return Block("text", text=text, **kw)


def TABLE(cols: list[float], rows: list[list[dict]], size: float = 11.0) -> Block:
    return Block("table", cols=cols, rows=rows, size=size)


def C(text: str = "", colspan: int = 1, rowspan: int = 1, align: str = "left", valign: str = "top") -> dict:
    return {"text": text, "colspan": colspan, "rowspan": rowspan, "align": align, "valign": valign}


def L(text: str, **kw) -> dict:
    """A label cell."""
    kw.setdefault("align", "center")
    kw.setdefault("valign", "middle")
    return C(text, **kw)


def PB() -> Block:
    return Block("pagebreak")


def SP(h: float = 8.0) -> Block:
    return Block("spacer", height=h)


class Ctx:
    def __init__(self, spec: CaseSpec, doc: DocSpec):
        self.spec, self.doc = spec, doc
        over = {k: v for k, v in doc.style.items() if k in {f.name for f in dataclasses.fields(Style)}}
        self.st: Style = dataclasses.replace(spec.style, **over)
        self.sc = SCENARIOS[spec.scenario]
        self.p = spec.party
        if doc.fields.get("party"):        # a document printing another party name (defect injection)
            self.p = dataclasses.replace(spec.party, name=doc.fields["party"])

    # formatting
    def d(self, date: dt.date | None) -> str:
        return fmt_date(date, self.st.date) if date else "    年  月  日"

    def fd(self, date: dt.date | None) -> str:
        return fmt_date(date, self.st.form_date) if date else "    年  月  日"

    def n(self, num: Number | None) -> str:
        return num.printed(self.st.number) if num else ""

    def nm(self, name: str) -> str:
        return show_name(name, self.st.pad_names)

    def names(self, officers: list[Officer] | list[str]) -> str:
        ns = [o.name if isinstance(o, Officer) else o for o in officers]
        return join_names(ns, self.st.name_sep, self.st.pad_names)

    def cs(self) -> float:
        return CS if self.st.char_space else 0.0

    def fill(self, s: str) -> str:
        return s.format(party="当事人", place=self.p.address, d0=self.fd(self.spec.dates.get("inspect")),
                        contact=self.p.contact)

    def fine(self, n: int) -> str:
        return fine_phrase(n, self.st.amount)

    def title(self, title: str) -> str:
        return " ".join(title) if self.st.spaced_titles else title

    # shared sentences
    def lead_sentence(self) -> str:
        """How the lead was found (platform) – empty when found on site."""
        sp = self.spec
        parts = []
        for p in sp.platforms:
            obs = self.sc.platform_obs[p]
            when = sp.dates.get("lead") or sp.dates.get("inspect")
            parts.append(f"{self.fd(when)}，" + PLATFORM_LEAD[p].format(obs=obs) + "。")
        return "".join(parts)

    def equipment_sentences(self) -> list[str]:
        return [EQUIP_USE[e].format(site=self.sc.site, obs=self.sc.equip_obs[e]) for e in self.spec.equipment]

    def officer_line(self, label: str, officers: list[Officer]) -> list[str]:
        st = self.st
        if st.cert_layout == "lines":
            return [f"{label}：{self.nm(o.name)}        执法证号：{o.cert}" for o in officers]
        if st.cert_layout == "trailing":
            certs = "、".join(o.cert for o in officers)
            return [f"{label}：{self.names(officers)}        执法证号：{certs}"]
        sep = "  " if st.name_sep == " " else st.name_sep
        return [f"{label}：" + sep.join(f"{self.nm(o.name)}（执法证号：{o.cert}）" for o in officers)]

    def party_lines(self, label: str | None = None) -> list[Block]:
        p = self.p
        label = label or self.st.party_label
        return [T(f"{label}：{p.name}"), T(f"统一社会信用代码：{p.credit_code}"),
                T(f"法定代表人：{p.legal_rep}"), T(f"地址：{p.address}")]

    def header(self, title: str, number: Number | None = None, agency: str | None = AGENCY,
               number_prefix: str = "", number_align: str = "center") -> list[Block]:
        out = []
        if agency:
            out.append(T(agency, size=16, align="center", space_after=4))
        out.append(T(self.title(title), size=20, align="center", bold=self.st.fake_bold, space_after=6))
        if number is not None:
            out.append(T(number_prefix + self.n(number), align=number_align, char_space=self.cs(), space_after=6))
        return out

    def signoff(self, date: dt.date | None, agency: str = AGENCY) -> list[Block]:
        return [T(agency, align="right", space_before=24),
                T(self.d(date), align="right", char_space=self.cs(), space_after=6)]

    def extra(self, key: str = "extra") -> list[str]:
        return list(self.doc.fields.get(key, []))

    def evidence_lines(self) -> list[str]:
        sp = self.spec
        ev = []
        if sp.dates.get("inspect"):
            ev.append(("现场检查（勘察）笔录", f"{self.fd(sp.dates['inspect'])}现场检查情况"))
        if sp.dates.get("inquiry"):
            ev.append(("调查询问笔录", "当事人对违法事实的陈述"))
        ev += self.sc.evidence
        ev.append(("营业执照复印件、法定代表人身份证明", "当事人的主体资格"))
        return [f"{i}．{name}，证明{what}；" if i < len(ev) else f"{i}．{name}，证明{what}。"
                for i, (name, what) in enumerate(ev, 1)]


# ------------------------------------------------------------------ builders
def b_filing_approval(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    ticks = "  ".join(("√" if t == f.get("source", sc.source) else "□") + t for t in SOURCE_TICKS)
    handlers: list[Officer] = f["handlers"]
    lead = ctx.lead_sentence()
    brief = (lead + ctx.fill(sc.facts) + f"当事人涉嫌违反{sc.violated}的规定。"
             "经初步审查，本案有证据初步证明存在违法行为，依法应当给予行政处罚，属于本机关管辖，且在行政处罚时效内，"
             "符合《生态环境行政处罚办法》第十九条规定的立案条件，建议立案调查。")
    for x in ctx.extra():
        brief += x
    out = ctx.header("立案审批表", number=doc.number, number_prefix="立案号：", number_align="right")
    rows = [
        [L("案件来源"), C(ticks, colspan=2)],
        [L("案  由"), C(f.get("cause", sp.cause) or "", colspan=2)],
        [L("当事人", rowspan=4), L("名称"), C(p.name)],
        [L("统一社会信用代码"), C(p.credit_code)],
        [L("法定代表人"), C(p.legal_rep)],
        [L("地址"), C(p.address)],
        [L("案情简介及立案理由"), C(brief, colspan=2)],
        [L("承办人意见"), C(f"建议立案调查。\n»承办人：{ctx.names(handlers)}\n»{ctx.fd(f['handler_date'])}", colspan=2)],
        [L("承办机构负责人意见"), C(f"同意立案，请报局领导审批。\n»负责人：{TEAM_HEAD}\n»{ctx.fd(f['dept_date'])}", colspan=2)],
        [L("单位负责人审批意见"), C(f"同意立案。\n»负责人：{AGENCY_HEAD}\n»{ctx.fd(doc.date)}", colspan=2)],
        [L("备  注"), C(f.get("remark", ""), colspan=2)],
    ]
    out.append(TABLE([0.15, 0.22, 0.63], rows))
    return out


def _time_range(ctx: Ctx, start, end) -> str:
    (d1, h1, m1), (d2, h2, m2) = start, end
    st = ctx.st.form_date
    if st in ("dot", "dash"):
        a = f"{fmt_date(d1, st)} {fmt_time(h1, m1, st)}"
        b = fmt_time(h2, m2, st) if d2 == d1 else f"{fmt_date(d2, st)} {fmt_time(h2, m2, st)}"
        return f"{a} 至 {b}"
    a = f"{ctx.fd(d1)}{fmt_time(h1, m1)}"
    b = f"{ctx.fd(d2)}{fmt_time(h2, m2)}" if ctx.doc.fields.get("full_end") or d2 != d1 else fmt_time(h2, m2)
    return f"{a}至{b}"


def b_inspection_record(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    label = f.get("label", ctx.st.inspector_label)
    inspectors: list[Officer] = f["inspectors"]
    recorder = f["recorder"]
    out = ctx.header(doc.title, agency=None)
    out.append(T(f"检查时间：{_time_range(ctx, f['start'], f['end'])}"))
    out.append(T(f"检查地点：{p.address}{sc.site}"))
    out.append(T(f"被检查单位：{p.name}"))
    out.append(T(f"统一社会信用代码：{p.credit_code}"))
    out.append(T(f"法定代表人（负责人）：{p.legal_rep}        联系电话：{p.phone}"))
    out.append(T(f"现场负责人：{p.contact}        职务：{p.contact_post}"))
    for line in ctx.officer_line(label, inspectors):
        out.append(T(line))
    out.append(T(f"记录人：{ctx.nm(recorder)}        工作单位：{TEAM}"))
    out.append(T(f"陪同人员：{f.get('accompany', p.contact)}"))
    out.append(T("告知事项：我们是重庆市巴南区生态环境局的执法人员，已向你出示了执法证件。现依法进行现场检查，请予以配合。"
                 "你有陈述、申辩的权利；如果认为执法人员与本案有直接利害关系或者其他关系，可能影响公正执法的，有权申请回避。"
                 "拒绝、阻挠检查或者在检查时弄虚作假的，将承担相应的法律责任。", space_before=4))
    out.append(T(f"被检查单位现场负责人确认：已看清执法证件，不申请回避。（签名）{p.contact}"))
    out.append(T("现场检查情况：", space_before=4))
    findings = list(f.get("findings", sc.findings))
    findings += ctx.equipment_sentences() if f.get("equipment", True) else []
    findings += ctx.extra()
    findings.append("执法人员对现场情况拍照取证，并责令当事人立即改正。")
    for i, s in enumerate(findings, 1):
        out.append(P(f"{i}．{ctx.fill(s)}"))
    out.append(T("以上笔录经被检查单位现场负责人阅读，确认与现场情况一致。", space_before=6))
    d = f["start"][0]
    out.append(T(f"被检查单位现场负责人（签名）：{p.contact}        {ctx.fd(d)}", space_before=6))
    out.append(T(f"{label}（签名）：{ctx.names(inspectors)}        {ctx.fd(d)}"))
    out.append(T(f"记录人（签名）：{ctx.nm(recorder)}        {ctx.fd(d)}"))
    return out


def b_inquiry_record(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    label = f.get("label", ctx.st.inquirer_label)
    inquirers: list[Officer] = f["inquirers"]
    who = f.get("interviewee", p.contact)
    post = f.get("post", p.contact_post)
    out = ctx.header(doc.title, agency=None)
    out.append(T(f"询问时间：{_time_range(ctx, f['start'], f['end'])}"))
    out.append(T(f"询问地点：{f.get('place', '重庆市巴南区生态环境保护综合行政执法支队询问室')}"))
    out.append(T(f"被询问人：{who}        性别：男        年龄：{f.get('age', 46)}        民族：汉"))
    out.append(T(f"身份证号码：500113********{f.get('id4', '3517')}        联系电话：138****{f.get('tel4', '6021')}"))
    out.append(T(f"工作单位：{p.name}        职务：{post}"))
    out.append(T(f"与本案关系：{f.get('relation', '当事人委托的被询问人')}"))
    for line in ctx.officer_line(label, inquirers):
        out.append(T(line))
    out.append(T(f"记录人：{ctx.nm(f['recorder'])}"))
    out.append(T("告知事项：我们是重庆市巴南区生态环境局的执法人员，这是我们的执法证件，请你过目确认。今天我们依法向你进行调查询问，"
                 "请你如实回答问题，你有陈述和申辩的权利。如果你认为执法人员与本案有利害关系，可能影响公正执法的，可以申请回避。", space_before=4))
    qa = [("你是否看清了我们的执法证件？是否申请回避？", "看清了，不申请回避。"),
          ("请介绍一下你的基本情况以及你在单位的职务。", f"我叫{who}，是{p.name}的{post}，负责公司的环保工作。"),
          ("你单位的主要生产经营情况是什么？", f"主要从事{sc.business}。"),
          ("你是否受单位委托接受调查？", "是的，这是法定代表人签署的授权委托书。")]
    for pl in sp.platforms:
        qa.append((f"我局{PLATFORM_LEAD[pl].format(obs=sc.platform_obs[pl])}，你对此有何解释？", "情况属实，我们认可。"))
    qa += list(f.get("qa", sc.qa))
    qa += [tuple(x) for x in f.get("qa_extra", [])]
    qa.append(("你还有什么需要补充的吗？", "没有了，我们一定按要求整改。"))
    qa.append(("以上笔录你看一下，是否与你所说一致？", "我看过了，和我说的一致。"))
    brk = f.get("break_at")            # a hard page break after that many Q&A pairs (page signed by the interviewee)
    for i, (q, a) in enumerate(qa, 1):
        out.append(T(f"问：{q}"))
        out.append(T(f"答：{a}"))
        if brk and i == brk:
            out.append(T(f"被询问人（签名）：{who}", align="right", space_before=6))
            out.append(PB())
    d = f["start"][0]
    out.append(T(f"被询问人（签名）：{who}        {ctx.fd(d)}", space_before=8))
    out.append(T(f"{label}（签名）：{ctx.names(inquirers)}        {ctx.fd(d)}"))
    out.append(T(f"记录人（签名）：{ctx.nm(f['recorder'])}        {ctx.fd(d)}"))
    return out


def _proposal(ctx: Ctx, fine: int | None) -> str:
    sp, sc = ctx.spec, ctx.sc
    if sp.kind == "no_penalty":
        return f"{sc.no_penalty_reason}。建议责令当事人改正违法行为，对当事人不予行政处罚。"
    if sp.kind == "transfer_criminal":
        return (f"当事人的行为涉嫌构成污染环境犯罪，依据{sc.transfer_basis}的规定，建议将本案移送{POLICE}依法处理。")
    if sp.kind == "seizure":
        return (f"依据{sc.basis}的规定，建议对当事人造成污染物排放的设施、设备实施查封，并责令当事人{sc.correction}。")
    items = ["责令当事人" + sc.correction]
    if fine:
        items.append("对当事人处以" + ctx.fine(fine))
    if ctx.doc.fields.get("confiscate"):
        items.append(f"没收违法所得{ctx.doc.fields['confiscate']}元")
    s = f"依据{sc.basis}的规定，{sc.discretion}建议对当事人作出如下处理：" + "；".join(
        f"（{i}）{x}" for i, x in enumerate(items, 1)) + "。"
    if sp.kind == "transfer_detention":
        s += (f"同时，当事人直接负责的主管人员{sc.person}的行为属于{sc.transfer_basis.split('、')[0]}规定的情形，"
              f"建议将案件移送{POLICE}依法予以行政拘留。")
    return s


def b_investigation_report(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    cause = f.get("cause", sp.cause)
    if cause:
        out.append(T(f"案由：{cause}"))
    filing = sp.numbers.get("filing")
    intro = ctx.lead_sentence()
    intro += f"{ctx.fd(sp.dates.get('inspect'))}，我局执法人员对{p.name}进行了现场检查，发现其涉嫌{sc.violation}。"
    if filing and sp.dates.get("filing"):
        intro += f"经我局负责人批准，于{ctx.fd(sp.dates['filing'])}立案调查（立案号：{ctx.n(filing)}）。"
    intro += "现调查终结，报告如下："
    out.append(P(intro, space_before=6))
    out.append(T("一、当事人基本情况", space_before=4))
    out.append(P(f"当事人：{p.name}；统一社会信用代码：{p.credit_code}；法定代表人：{p.legal_rep}；地址：{p.address}；"
                 f"主要从事{sc.business}。"))
    out.append(T("二、调查经过", space_before=4))
    steps = []
    for d in sp.docs("inspection_record"):
        steps.append(f"{ctx.fd(d.fields['start'][0])}，执法人员{ctx.names(d.fields['inspectors'])}对当事人进行了现场检查，制作了现场检查（勘察）笔录")
    for d in sp.docs("inquiry_record"):
        steps.append(f"{ctx.fd(d.fields['start'][0])}，执法人员{ctx.names(d.fields['inquirers'])}对{d.fields.get('interviewee', p.contact)}进行了调查询问，制作了调查询问笔录")
    steps.append("调取了当事人营业执照、环保手续等书证材料")
    out.append(P("本案调查过程中，" + "；".join(steps) + "。" + "".join(ctx.equipment_sentences())))
    out.append(T("三、违法事实和主要证据", space_before=4))
    out.append(P("经调查查明：" + ctx.fill(sc.facts) + "".join(ctx.extra())))
    out.append(P("上述事实有以下证据证明："))
    for line in ctx.evidence_lines():
        out.append(P(line))
    out.append(T("四、调查结论和法律依据", space_before=4))
    out.append(P(f"当事人的上述行为违反了{sc.violated}关于“{sc.violated_text}”的规定，违法事实清楚，证据确凿。"))
    out.append(T("五、初步处理意见", space_before=4))
    out.append(P(_proposal(ctx, f.get("fine"))))
    out.append(T(f"承办人：{ctx.names(f['signers'])}        {ctx.fd(doc.date)}", space_before=10))
    out.append(T(f"调查机构负责人意见：同意。        负责人：{TEAM_HEAD}        {ctx.fd(doc.date)}"))
    return out


def b_prior_notice(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines("当事人")
    body = (f"我局于{ctx.fd(sp.dates.get('inspect'))}对你单位进行了调查，发现你单位实施了以下环境违法行为：" + ctx.fill(sc.facts).replace("当事人", "你单位"))
    out.append(P(body, space_before=6))
    out.append(P("以上事实有以下证据为凭：" + "".join(ctx.evidence_lines())))
    out.append(P(f"你单位的上述行为违反了{sc.violated}的规定。"))
    if sp.kind == "no_penalty":
        out.append(P(f"鉴于{sc.no_penalty_reason.replace('当事人', '你单位')}。我局拟对你单位不予行政处罚。"))
        rights = ("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位如对上述事实、理由和依据有异议，"
                  "可以在收到本告知书之日起五个工作日内向我局提出书面陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。")
    else:
        items = [ctx.fine(f["fine"])] if f.get("fine") else []
        if f.get("confiscate"):
            items.append(f"没收违法所得人民币{yuan_capital(f['confiscate'])}")
        out.append(P(f"依据{sc.basis}的规定，{sc.discretion}我局拟对你单位作出如下行政处罚：" + "；".join(items) + "。"))
        if f.get("hearing", True):
            rights = ("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可以在收到本告知书之日起"
                      "五个工作日内向我局提出书面陈述、申辩意见，或者要求举行听证；逾期未提出的，视为放弃上述权利。")
        else:       # a 行政处罚事先告知书 without the hearing right (below the hearing threshold, or a defect)
            rights = ("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你单位可以在收到本告知书之日起"
                      "五个工作日内向我局提出书面陈述、申辩意见；逾期未提出的，视为放弃陈述、申辩的权利。")
    out.append(P(rights))
    out.append(P(f"联系地址：{AGENCY_ADDR}        邮政编码：401320        联系电话：{AGENCY_PHONE}"))
    out += ctx.signoff(doc.date)
    return out


def b_legal_review(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    qs = ["执法主体是否合法：是", "是否超越法定权限：否", "执法人员是否具备执法资格：是", "执法程序是否合法：是",
          "案件事实是否清楚，证据是否合法充分：是", "适用法律依据和裁量基准是否准确：是", "执法文书是否完备、规范：是",
          "违法行为是否涉嫌犯罪需要移送司法机关：否", "是否属于重大执法决定：" + ("是" if (f.get("fine") or 0) >= 500000 else "否")]
    opinion = ("经审核，本案事实清楚，证据确凿，程序合法，适用法律正确，" +
               (f"拟作出的{ctx.fine(f['fine'])}的处罚决定裁量适当，" if f.get("fine") else "拟作出的处理决定适当，") + "同意承办机构意见。")
    opinion += "".join(ctx.extra())
    filing = sp.numbers.get("filing")
    rows = [
        [L("案件名称"), C(f"{p.name}{sp.cause or ''}", colspan=3)],
        [L("立案号"), C(ctx.n(filing) if filing else ""), L("送审时间"), C(ctx.fd(f.get("submitted", doc.date)))],
        [L("当事人"), C(p.name), L("承办机构"), C(TEAM)],
        [L("审核内容"), C("\n".join(f"{i}．{q}" for i, q in enumerate(qs, 1)), colspan=3)],
        [L("审核意见"), C(opinion + f"\n»审核人：{f.get('reviewer', LEGAL_REVIEWER)}\n»{ctx.fd(doc.date)}", colspan=3)],
        [L("法制机构负责人意见"), C(f"同意。\n»负责人：{LEGAL_HEAD}\n»{ctx.fd(doc.date)}", colspan=3)],
    ]
    out.append(TABLE([0.18, 0.34, 0.16, 0.32], rows))
    return out


def b_collective_discussion(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    attend = f.get("attendees", [AGENCY_HEAD, "邓海涛", "罗志平", "程雪梅"])
    listen: list[Officer] = f.get("listeners", [])
    out.append(T(f"案件名称：{p.name}{sp.cause or ''}"))
    if ctx.st.form_date in ("dot", "dash"):       # 2025-06-13 09:00 (not 2025-06-139时00分)
        out.append(T(f"讨论时间：{ctx.fd(doc.date)} 09:00 至 10:30"))
    else:
        out.append(T(f"讨论时间：{ctx.fd(doc.date)}9时00分至10时30分"))
    out.append(T("讨论地点：重庆市巴南区生态环境局三楼会议室"))
    out.append(T(f"主持人：{AGENCY_HEAD}（局长）        记录人：{LEGAL_HEAD}"))
    out.append(T(f"{f.get('attend_label', '出席人员')}：{'、'.join(attend)}"))
    if listen:
        out.append(T(f"列席人员：{ctx.names(listen)}（案件承办人，不参与表决）；{TEAM_HEAD}（执法支队负责人）"))
    out.append(T("讨论内容：", space_before=4))
    out.append(P(f"承办人汇报案件情况：{ctx.fill(sc.facts)}当事人的行为违反了{sc.violated}的规定。"
                 + ("我局已依法送达行政处罚事先（听证）告知书，当事人在法定期限内提交了书面陈述申辩意见，请求减轻处罚，经复核不符合减轻处罚的法定情形。"
                    if f.get("argued") else "我局已依法送达行政处罚事先（听证）告知书，当事人在法定期限内未提出陈述、申辩意见，也未申请听证。") +
                 f"承办机构建议依据{sc.basis}的规定，对当事人处以{ctx.fine(f['fine'])}。"))
    if f.get("legal_line", True):
        out.append(P(f"法制机构意见：{LEGAL_HEAD}：本案已经法制审核，事实清楚，证据充分，程序合法，同意承办机构的处理意见。"))
    for a in attend[1:]:
        out.append(P(f"{a}：同意承办机构的处理意见。"))
    out.append(P(f"{AGENCY_HEAD}：同意大家的意见。"))
    out.append(P(f"讨论结论：经集体讨论，一致同意对{p.name}处以{ctx.fine(f['fine'])}，并责令其{sc.correction}。"))
    out.append(T(f"{f.get('attend_label', '出席人员')}（签名）：{'、'.join(attend)}", space_before=8))
    out.append(T(f"记录人（签名）：{LEGAL_HEAD}        {ctx.fd(doc.date)}"))
    return out


def _remedies(ctx: Ctx, what: str = "本决定") -> str:
    days, months = ctx.doc.fields.get("remedy", ("六十", "六个月"))    # a defect may print other periods
    return (f"你单位如不服{what}，可以在收到{what}书之日起{days}日内向重庆市巴南区人民政府申请行政复议，也可以在收到{what}书之日起"
            f"{months}内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止{what}的执行。").replace("本决定书书", "本决定书")


_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]+条(?:第[一二三四五六七八九十\d]+款)?(?:第[一二三四五六七八九十\d]+项)?"
                      r"(?:和第[一二三四五六七八九十\d]+款)?")


def _no_articles(provision: str) -> str:
    """《…法》第九十九条第二项 -> 《…法》 (a decision citing the law but not the article)."""
    text = _ARTICLE.sub("", provision)
    text = re.sub(r"》[、及和]?(?:、)+", "》、", text)
    return re.sub(r"(《[^》]+》)(?:[、及和]\1)+", r"\1", text).rstrip("、")


def b_penalty_decision(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines(f.get("party_label"))
    out.append(T("一、生态环境违法事实和证据", space_before=8))
    out.append(P(f"{ctx.lead_sentence()}我局于{ctx.fd(sp.dates.get('inspect'))}对你单位进行了调查，发现你单位实施了以下环境违法行为："
                 + ctx.fill(sc.facts).replace("当事人", "你单位") + "".join(ctx.equipment_sentences()) + "".join(ctx.extra())))
    out.append(P("以上事实有以下证据为凭：" + "".join(ctx.evidence_lines())))
    if f.get("articles", True):
        out.append(P(f"你单位的上述行为违反了{sc.violated}关于“{sc.violated_text}”的规定。"))
    else:
        out.append(P(f"你单位的上述行为违反了{_no_articles(sc.violated)}的有关规定。"))
    corr = sp.numbers.get("correction")
    if corr and sp.dates.get("correction") and f.get("cite_correction", True):
        out.append(P(f"我局已于{ctx.fd(sp.dates['correction'])}以《责令改正违法行为决定书》（{ctx.n(corr)}）责令你单位改正违法行为。"))
    out.append(T("二、陈述、申辩等权利的采纳情况及理由", space_before=6))
    notice = sp.numbers.get("notice")
    ntxt = f"（{ctx.n(notice)}）" if notice else ""
    notice_doc = sp.doc("prior_notice")
    if notice_doc is not None and not notice_doc.fields.get("hearing", True):
        out.append(P(f"我局于{ctx.fd(sp.dates.get('notice'))}以《{notice_doc.title.replace(' ', '')}》{ntxt}告知你单位拟作出行政处罚的事实、"
                     "理由、依据及依法享有的陈述、申辩的权利。你单位在法定期限内未提出陈述、申辩意见。"))
    elif f.get("waived"):
        out.append(P(f"我局于{ctx.fd(sp.dates.get('notice'))}以《行政处罚事先（听证）告知书》{ntxt}告知你单位拟作出行政处罚的事实、理由、依据及依法享有的"
                     f"陈述、申辩和要求听证的权利。你单位于{ctx.fd(f['waived'])}提交书面意见，对拟作出的行政处罚无异议，明确表示放弃陈述、申辩和听证的权利。"))
    elif f.get("argued"):
        out.append(P(f"我局于{ctx.fd(sp.dates.get('notice'))}以《行政处罚事先（听证）告知书》{ntxt}告知你单位拟作出行政处罚的事实、理由、依据及依法享有的"
                     "陈述、申辩和要求听证的权利。你单位在法定期限内提交了书面陈述申辩意见，称其已积极整改、请求减轻处罚。经复核，你单位所述整改情况属实，"
                     "已在裁量时予以考虑，但不符合减轻处罚的法定情形，对减轻处罚的请求不予采纳。"))
    else:
        out.append(P(f"我局于{ctx.fd(sp.dates.get('notice'))}以《行政处罚事先（听证）告知书》{ntxt}告知你单位拟作出行政处罚的事实、理由、依据及依法享有的"
                     "陈述、申辩和要求听证的权利。你单位在法定期限内未提出陈述、申辩意见，也未要求听证。"))
    out.append(T("三、处罚依据、种类及裁量理由", space_before=6))
    if f.get("articles", True):
        out.append(P(f"依据{sc.basis}关于“{sc.basis_text}”的规定，{sc.discretion}" + "".join(ctx.extra("discretion_extra"))))
    else:
        out.append(P(f"依据{_no_articles(sc.basis)}的有关规定，{sc.discretion}" + "".join(ctx.extra("discretion_extra"))))
    items = []
    if f.get("fine"):
        items.append(ctx.fine(f["fine"]))
    if f.get("confiscate"):
        items.append(f"没收违法所得人民币{yuan_capital(f['confiscate'])}")
    out.append(P("我局决定对你单位作出如下行政处罚：" + "；".join(items) + "。"))
    section = "四"
    if f.get("performance", True):      # a defect may leave out the 履行方式和期限 section
        out.append(T("四、履行方式和期限", space_before=6))
        out.append(P("根据《中华人民共和国行政处罚法》第六十七条第三款的规定，你单位应当自收到本决定书之日起十五日内，通过“渝快办”非税缴款平台"
                     "或者到重庆农村商业银行巴南支行缴纳罚没款（收款单位：重庆市巴南区财政局）。逾期不缴纳罚款的，我局将依据《中华人民共和国行政处罚法》"
                     "第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款。"))
        section = "五"
    out.append(T(f"{section}、救济途径和期限", space_before=6))
    warning = "逾期不申请行政复议、不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。"
    out.append(P(_remedies(ctx, "本决定") + (warning if f.get("enforcement_warning", True) else "")))
    out += ctx.signoff(doc.date)
    return out


def b_no_penalty_decision(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines(f.get("party_label"))
    out.append(T("一、生态环境违法事实和证据", space_before=8))
    out.append(P(f"{ctx.lead_sentence()}我局于{ctx.fd(sp.dates.get('inspect'))}对你单位进行了调查，发现你单位实施了以下环境违法行为："
                 + ctx.fill(sc.facts).replace("当事人", "你单位") + "".join(ctx.extra())))
    out.append(P("以上事实有以下证据为凭：" + "".join(ctx.evidence_lines())))
    out.append(P(f"你单位的上述行为违反了{sc.violated}的规定。"))
    out.append(T("二、不予行政处罚的理由和依据", space_before=6))
    notice = sp.numbers.get("notice")
    if notice:
        out.append(P(f"我局于{ctx.fd(sp.dates.get('notice'))}以《不予行政处罚事先告知书》（{ctx.n(notice)}）告知你单位拟不予行政处罚的事实、理由和依据，"
                     "你单位在法定期限内未提出陈述、申辩意见。"))
    out.append(P(sc.no_penalty_reason.replace("当事人", "你单位") + "。"))
    out.append(P(f"我局同时责令你单位{sc.correction}，并对你单位进行了批评教育。"))
    out.append(T("三、救济途径和期限", space_before=6))
    out.append(P(_remedies(ctx, "本决定")))
    out += ctx.signoff(doc.date)
    return out


def b_correction_order(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines("当事人")
    out.append(P(f"经查，{ctx.fill(sc.facts).replace('当事人', '你单位')}", space_before=6))
    out.append(P(f"你单位的上述行为违反了{sc.violated}的规定。依据{sc.basis.split('、')[0]}的规定，我局责令你单位："))
    out.append(P(f"自收到本决定书之日起{f.get('days', '立即')}{sc.correction}。" if f.get("days") else f"立即{sc.correction.removeprefix('立即')}。"))
    out.append(P("你单位应当在改正期限届满后五个工作日内将改正情况书面报告我局。我局将对你单位改正情况进行复查。"))
    out.append(P(_remedies(ctx, "本决定")))
    out += ctx.signoff(doc.date)
    return out


def b_seizure_decision(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    days = f.get("days", 30)
    start = doc.date
    end = start + dt.timedelta(days=days - 1)
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines("当事人")
    out.append(P(f"{ctx.lead_sentence()}{ctx.fd(sp.dates.get('inspect'))}，我局执法人员现场检查发现：" + ctx.fill(sc.facts)
                 + "".join(ctx.equipment_sentences()) + "".join(ctx.extra()), space_before=6))
    out.append(P(f"你单位的上述行为违反了{sc.violated}的规定，造成或者可能造成严重污染。依据{sc.basis}的规定，我局决定对你单位下列设施、设备、物品"
                 f"实施查封（详见查封（扣押）清单）。"))
    out.append(P(f"查封期限为{days}日，自{ctx.fd(start)}起至{ctx.fd(end)}止。查封的设施、设备存放于{p.address}原址，由当事人负责保管。"
                 "需要进行检测、检验、检疫或者技术鉴定的，查封期间不包括检测、检验、检疫或者技术鉴定的期间。"))
    out.append(P("在查封期间，你单位不得擅自启封、转移、使用、销毁被查封的设施、设备及物品。擅自启封、转移、使用、销毁的，我局将依法移送公安机关处理。"))
    out.append(P(_remedies(ctx, "本决定")))
    out += ctx.signoff(doc.date)
    out.append(PB())
    out.append(T(ctx.title("查封（扣押）清单"), size=18, align="center", bold=ctx.st.fake_bold, space_after=4))
    out.append(T(f"（附：{ctx.n(doc.number)}）", align="center", space_after=6))
    rows = [[L("序号"), L("名称"), L("规格型号"), L("数量"), L("存放地点")]]
    for i, (name, spec_, qty) in enumerate(sc.items, 1):
        rows.append([C(str(i), align="center"), C(name), C(spec_), C(qty), C("当事人厂区原址")])
    out.append(TABLE([0.08, 0.38, 0.18, 0.14, 0.22], rows))
    officers: list[Officer] = f.get("officers", [])
    out.append(T(f"当事人（签名或盖章）：{p.contact}        {ctx.fd(doc.date)}", space_before=10))
    out.append(T("执法人员（签名）：" + "、".join(f"{ctx.nm(o.name)}（{o.cert}）" for o in officers) + f"        {ctx.fd(doc.date)}"))
    out.append(T(f"见证人（签名）：{f.get('witness', '陈某某（村委会工作人员）')}"))
    return out


def b_transfer_notice(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out.append(T(f"{POLICE}：", space_before=6))
    if f["transfer_kind"] == "criminal":
        body = (f"我局在查处{p.name}（统一社会信用代码：{p.credit_code}，法定代表人：{p.legal_rep}，地址：{p.address}）{sc.violation}一案中，"
                f"发现：{ctx.fill(sc.facts)}" + "".join(ctx.extra()) + f"当事人及其直接负责的主管人员{sc.person}的行为涉嫌构成污染环境犯罪。依据{sc.transfer_basis}的规定，"
                "现将该案移送你局依法处理，请在收到本移送书之日起三日内作出是否立案的决定，并将结果书面告知我局。")
        attach = ["案件调查报告", "涉案物品清单", "现场检查（勘察）笔录、调查询问笔录", "监测报告或者鉴定意见", "现场照片及视频资料"]
    else:
        dec = sp.numbers.get("decision")
        body = (f"我局在查处{p.name}（统一社会信用代码：{p.credit_code}，地址：{p.address}）{sc.violation}一案中，查明：{ctx.fill(sc.facts)}"
                + "".join(ctx.extra()) +
                (f"我局已于{ctx.fd(sp.dates.get('decision'))}作出《行政处罚决定书》（{ctx.n(dec)}）。" if dec else "") +
                f"当事人直接负责的主管人员{sc.person}的行为属于应当适用行政拘留的情形。依据{sc.transfer_basis}的规定，"
                "现将该案移送你局，请依法予以行政拘留，并将处理结果书面告知我局。")
        attach = ["案件移送审批表", "案件调查报告", "行政处罚决定书", "涉案证据材料及清单"]
    out.append(P(body))
    out.append(P("附件：" + "；".join(f"{i}．{a}" for i, a in enumerate(attach, 1)) + "。"))
    officers: list[Officer] = f.get("officers", [])
    if officers:
        out.append(P("案件承办人及执法证号：" + "、".join(f"{ctx.nm(o.name)}（{o.cert}）" for o in officers) + f"        联系电话：{AGENCY_PHONE}"))
    out += ctx.signoff(doc.date)
    return out


def b_police_filing(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number, agency=POLICE)
    tnum = sp.numbers.get("transfer")
    tdate = sp.dates.get("transfer")
    out.append(T(f"{AGENCY}：", space_before=6))
    if f["transfer_kind"] == "criminal":
        out.append(P(f"你单位于{ctx.fd(tdate)}以《涉嫌犯罪案件移送书》（{ctx.n(tnum)}）移送的{sc.person}等人涉嫌污染环境案，我局经审查，"
                     f"认为有犯罪事实，需要追究刑事责任，且属于本局管辖。根据《中华人民共和国刑事诉讼法》第一百零九条、第一百一十二条之规定，"
                     f"我局已于{ctx.fd(doc.date)}决定立案侦查。"))
    else:
        out.append(P(f"你单位于{ctx.fd(tdate)}移送的{sc.person}涉嫌环境违法适用行政拘留案（{ctx.n(tnum)}），我局经审查，认为符合立案条件，"
                     f"根据《公安机关办理行政案件程序规定》的有关规定，已于{ctx.fd(doc.date)}受理立案调查。"))
    out.append(P("特此告知。"))
    out += ctx.signoff(doc.date, agency=POLICE)
    return out


def b_service_receipt(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    served = f["served_title"] + (f"（{ctx.n(f['served_number'])}）" if f.get("served_number") else "")
    servers: list[Officer] = f["servers"]
    rows = [
        [L("送达文书名称及文号"), C(served)],
        [L("受送达人"), C(p.name)],
        [L("送达地点"), C(f.get("place", p.address))],
        [L("送达方式"), C(f.get("method", "直接送达"))],
        [L("收件人签名或盖章"), C(f"{f.get('receiver', p.contact)}（{f.get('relation', '当事人授权委托人')}）")],
        [L("收件日期"), C(ctx.fd(doc.date))],
        [L("代收人及代收理由"), C(f.get("proxy", ""))],
        [L("送达人"), C(f"{ctx.names(servers)}\n»{ctx.fd(doc.date)}")],
        [L("备  注"), C(f.get("remark", ""))],
    ]
    out.append(TABLE([0.3, 0.7], rows, size=12))
    out += ctx.signoff(doc.date) if f.get("signoff") else []
    return out


def b_closing_approval(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    handlers: list[Officer] = f.get("handlers", [])
    dec = sp.numbers.get("decision")
    fine = f.get("fine")
    if sp.kind == "no_penalty":
        result = "不予行政处罚，当事人已改正违法行为。"
    else:
        result = (f"{ctx.fine(fine)}，" if fine else "") + f"当事人已于{ctx.fd(f.get('paid'))}全额缴纳罚款，违法行为已改正。"
    rows = [
        [L("案  由"), C(sp.cause or "", colspan=3)],
        [L("立案号"), C(ctx.n(sp.numbers.get("filing"))), L("立案日期"), C(ctx.fd(sp.dates.get("filing")))],
        [L("当事人"), C(p.name, colspan=3)],
        [L("承办人"), C("、".join(f"{ctx.nm(o.name)}（执法证号：{o.cert}）" for o in handlers), colspan=3)],
        [L("决定书文号"), C(ctx.n(dec)), L("决定日期"), C(ctx.fd(sp.dates.get("decision")))],
        [L("处理结果及执行情况"), C(result + "当事人未申请行政复议，未提起行政诉讼。", colspan=3)],
        [L("承办人意见"), C(f"符合《生态环境行政处罚办法》第七十七条规定的结案条件，建议结案。\n»{ctx.fd(f['handler_date'])}", colspan=3)],
        [L("承办机构负责人意见"), C(f"同意结案。\n»负责人：{TEAM_HEAD}\n»{ctx.fd(f['dept_date'])}", colspan=3)],
        [L("单位负责人审批意见"), C(f"同意结案。\n»负责人：{AGENCY_HEAD}\n»{ctx.fd(doc.date)}", colspan=3)],
    ]
    out.append(TABLE([0.18, 0.34, 0.16, 0.32], rows))
    return out


# ------------------------------------------------------------------ documents the rule samples add
# (samples/defects: a 案件审查表, the party's written waiver, seizure release / extension, transfer approval).
# Their case-json doc_type is `other`; the finer kind comes from extractors/lexicon.yaml `subtypes`.
def b_case_review(ctx: Ctx, doc: DocSpec) -> list[Block]:
    """案件审查表: the 审查机构's review of the investigation before the notice (审查人 must not have investigated)."""
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    handlers: list[Officer] = f.get("handlers", [])
    filing = sp.numbers.get("filing")
    qs = ["违法事实是否清楚：是", "证据是否确凿、充分：是", "调查取证程序是否合法：是", "适用法律、法规、规章是否准确：是",
          "处罚种类和幅度是否适当：是", "是否涉嫌犯罪需要移送司法机关：否"]
    opinion = ("经审查，本案违法事实清楚，证据确凿，调查程序合法，适用依据正确，" +
               (f"拟{ctx.fine(f['fine'])}，" if f.get("fine") else "") + "同意承办机构意见，建议依法向当事人送达事先告知书。")
    rows = [
        [L("案件名称"), C(f"{p.name}{sp.cause or ''}", colspan=3)],
        [L("立案号"), C(ctx.n(filing) if filing else ""), L("送审日期"), C(ctx.fd(f.get("submitted", doc.date)))],
        [L("当事人"), C(p.name, colspan=3)],
        [L("承办机构"), C(TEAM, colspan=3)],
        [L("案件承办人员"), C(ctx.names(handlers), colspan=3)],
        [L("审查内容"), C("\n".join(f"{i}．{q}" for i, q in enumerate(qs, 1)), colspan=3)],
        [L("审查意见"), C(opinion + f"\n»审查人：{ctx.nm(f['reviewer'])}\n»{ctx.fd(doc.date)}", colspan=3)],
        [L("审查机构负责人意见"), C(f"同意。\n»负责人：{LEGAL_HEAD}\n»{ctx.fd(doc.date)}", colspan=3)],
    ]
    out.append(TABLE([0.18, 0.34, 0.16, 0.32], rows))
    return out


def b_statement(ctx: Ctx, doc: DocSpec) -> list[Block]:
    """The party's written statement after the notice: here it waives 陈述、申辩 and the hearing."""
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    notice = sp.doc("prior_notice")
    ntitle = notice.title.replace(" ", "") if notice else "行政处罚事先（听证）告知书"
    nnum = f"（{ctx.n(notice.number)}）" if notice is not None and notice.number else ""
    out = [T(ctx.title(doc.title), size=20, align="center", bold=ctx.st.fake_bold, space_after=10)]
    out.append(T(f"{AGENCY}：", space_before=6))
    out.append(P(f"本单位于{ctx.fd(f['received'])}收到贵局《{ntitle}》{nnum}。本单位对告知书认定的违法事实、证据和处罚依据无异议，"
                 + (f"对拟{ctx.fine(f['fine'])}的处罚无异议，" if f.get("fine") else "")
                 + "自愿放弃陈述、申辩和要求听证的权利，请贵局依法作出处理决定。本单位将按期履行，并已落实整改措施。"))
    out.append(P("特此说明。"))
    out.append(T(f"当事人（盖章）：{p.name}", align="right", space_before=24))
    out.append(T(f"法定代表人（签名）：{p.legal_rep}", align="right"))
    out.append(T(ctx.d(doc.date), align="right", char_space=ctx.cs(), space_after=6))
    return out


def _seizure_ref(ctx: Ctx) -> str:
    sp = ctx.spec
    return f"我局于{ctx.fd(sp.dates.get('seizure'))}以《查封（扣押）决定书》（{ctx.n(sp.numbers.get('seizure'))}）"


def b_seizure_extension(ctx: Ctx, doc: DocSpec) -> list[Block]:
    """查封（扣押）延期决定书: the one approved extension of the term."""
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    days = f.get("days", 30)
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines("当事人")
    out.append(P(_seizure_ref(ctx) + f"对你单位{sc.site}的相关设施、设备实施了查封，查封期限为{f.get('term', 30)}日。", space_before=6))
    out.append(P(f"因{f.get('reason', '案件情况复杂，涉案设施排放情况需委托检测')}，在查封期限内不能作出处理决定，经本局负责人批准，依据"
                 "《中华人民共和国行政强制法》第二十五条第一款、《环境保护主管部门实施查封、扣押办法》第十五条的规定，"
                 f"决定将查封期限延长{days}日，自{ctx.fd(f['start'])}起至{ctx.fd(f['start'] + dt.timedelta(days=days - 1))}止。"))
    out.append(P("延长查封期间，你单位不得擅自启封、转移、使用、销毁被查封的设施、设备及物品。"))
    out.append(P(_remedies(ctx, "本决定")))
    out += ctx.signoff(doc.date)
    return out


def b_release_decision(ctx: Ctx, doc: DocSpec) -> list[Block]:
    """解除查封（扣押）决定书."""
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title, number=doc.number)
    out += ctx.party_lines("当事人")
    out.append(P(_seizure_ref(ctx) + f"对你单位{sc.site}的相关设施、设备实施了查封。", space_before=6))
    out.append(P(f"经{ctx.fd(f.get('checked', doc.date))}现场复查，你单位已{sc.correction.removeprefix('立即')}，查封的设施、设备已无继续查封的必要。"
                 "依据《中华人民共和国行政强制法》第二十八条第一款第四项、《环境保护主管部门实施查封、扣押办法》第十六条的规定，"
                 "我局决定解除对上述设施、设备的查封（详见解除查封（扣押）清单）。"))
    out.append(P("请你单位自收到本决定书之日起到场办理解除查封手续。你单位应当继续做好污染防治工作，我局将对你单位进行后续检查。"))
    out += ctx.signoff(doc.date)
    out.append(T("解除查封（扣押）清单：" + "；".join(f"{i}．{name}（{spec_}，{qty}）"
                                          for i, (name, spec_, qty) in enumerate(sc.items, 1)) + "。", space_before=10))
    officers: list[Officer] = f.get("officers", [])
    out.append(T(f"当事人（签名或盖章）：{p.contact}        {ctx.fd(doc.date)}", space_before=10))
    out.append(T("执法人员（签名）：" + "、".join(f"{ctx.nm(o.name)}（{o.cert}）" for o in officers) + f"        {ctx.fd(doc.date)}"))
    return out


def b_transfer_approval(ctx: Ctx, doc: DocSpec) -> list[Block]:
    """移送涉嫌犯罪案件审批表 / 移送行政拘留审批表: the approval the 移送书 must follow closely."""
    sp, sc, p, f = ctx.spec, ctx.sc, ctx.p, doc.fields
    out = ctx.header(doc.title)
    handlers: list[Officer] = f.get("handlers", [])
    if f["transfer_kind"] == "criminal":
        reason = (f"当事人{sc.violation}，其直接负责的主管人员{sc.person}的行为涉嫌构成污染环境犯罪。依据{sc.transfer_basis}的规定，"
                  f"建议将本案移送{POLICE}依法处理。")
    else:
        reason = (f"当事人{sc.violation}，其直接负责的主管人员{sc.person}的行为属于应当适用行政拘留的情形。依据{sc.transfer_basis}的规定，"
                  f"建议将本案移送{POLICE}依法予以行政拘留。")
    filing = sp.numbers.get("filing")
    rows = [
        [L("案件名称"), C(f"{p.name}{sp.cause or ''}", colspan=3)],
        [L("立案号"), C(ctx.n(filing) if filing else ""), L("移送机关"), C(POLICE)],
        [L("当事人"), C(p.name, colspan=3)],
        [L("涉案人员"), C(f"{sc.person}（直接负责的主管人员）", colspan=3)],
        [L("移送理由及依据"), C(reason, colspan=3)],
        [L("承办人意见"), C(f"建议移送。\n»承办人：{ctx.names(handlers)}\n»{ctx.fd(f['handler_date'])}", colspan=3)],
        [L("承办机构负责人意见"), C(f"同意移送，请报局领导审批。\n»负责人：{TEAM_HEAD}\n»{ctx.fd(f['dept_date'])}", colspan=3)],
        [L("单位负责人审批意见"), C(f"同意移送。\n»负责人：{AGENCY_HEAD}\n»{ctx.fd(doc.date)}", colspan=3)],
    ]
    out.append(TABLE([0.18, 0.34, 0.16, 0.32], rows))
    return out


# ------------------------------------------------------------------ `other` documents
def b_cover(ctx: Ctx, doc: DocSpec) -> list[Block]:
    sp, p, f = ctx.spec, ctx.p, doc.fields
    kind = {"transfer_criminal": "涉嫌犯罪案件移送案卷", "transfer_detention": "行政处罚及移送行政拘留案卷",
            "seizure": "查封扣押案卷", "no_penalty": "不予行政处罚案卷"}.get(sp.kind, "行政处罚案卷")
    out = [SP(40), T(AGENCY, size=18, align="center", space_after=20),
           T(ctx.title(kind), size=26, align="center", bold=ctx.st.fake_bold, space_after=50)]
    rows = [
        [L("案  由"), C(sp.cause or "")],
        [L("当事人"), C(p.name)],
        [L("立案号"), C(ctx.n(sp.numbers.get("filing")))],
        [L("决定书文号"), C(ctx.n(sp.numbers.get("decision") or sp.numbers.get("seizure") or sp.numbers.get("transfer")))],
        [L("立案日期"), C(ctx.fd(sp.dates.get("filing")) if sp.dates.get("filing") else "")],
        [L("结案日期"), C(ctx.fd(sp.dates.get("closing")) if sp.dates.get("closing") else "")],
        [L("本卷页数"), C(f"本卷共{f.get('n_docs', '')}件{f.get('n_pages', '')}页")],
        [L("保管期限"), C("长期")],
    ]
    out.append(TABLE([0.25, 0.75], rows, size=13))
    out.append(T("全宗号：        目录号：        案卷号：", align="center", space_before=40))
    return out


def b_catalogue(ctx: Ctx, doc: DocSpec) -> list[Block]:
    out = ctx.header("卷内目录", agency=None)
    rows = [[L("序号"), L("文件名称"), L("文号"), L("日期"), L("页号")]]
    for i, (title, number, date, pages) in enumerate(doc.fields.get("entries", []), 1):
        rows.append([C(str(i), align="center"), C(title), C(number), C(date, align="center"), C(pages, align="center")])
    out.append(TABLE([0.06, 0.33, 0.35, 0.14, 0.12], rows, size=9))
    return out


def b_licence(ctx: Ctx, doc: DocSpec) -> list[Block]:
    p = ctx.p
    out = [T("营业执照（副本）复印件", size=18, align="center", space_after=12)]
    for line in [f"名称：{p.name}", f"统一社会信用代码：{p.credit_code}", "类型：有限责任公司（自然人投资或控股）",
                 f"法定代表人：{p.legal_rep}", f"经营范围：{ctx.sc.business}（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                 "注册资本：伍佰万元整", "成立日期：2012年05月08日", f"住所：{p.address}", "登记机关：重庆市巴南区市场监督管理局"]:
        out.append(T(line))
    out.append(T("（本复印件与原件核对一致，加盖公章）", align="right", space_before=20))
    if doc.fields.get("scan_png"):
        out.append(PB())
        out.append(Block("image", image=doc.fields["scan_png"], text_layer=False))
    return out


def b_monitoring_report(ctx: Ctx, doc: DocSpec) -> list[Block]:
    f = doc.fields
    out = [T("重庆市巴南区生态环境监测站", size=16, align="center", space_after=4),
           T(ctx.title("监测报告"), size=22, align="center", bold=ctx.st.fake_bold, space_after=6),
           T(f"报告编号：{f.get('report_no', 'BNJC-2025-0312')}", align="center", space_after=10),
           T(f"委托单位：{AGENCY}"), T(f"受检单位：{ctx.p.name}"), T(f"监测类别：执法监测"),
           T(f"采样日期：{ctx.fd(ctx.spec.dates.get('inspect'))}        分析日期：{ctx.fd(f.get('analysed'))}")]
    rows = [[L("监测点位"), L("监测项目"), L("监测结果"), L("标准限值"), L("评价")]]
    for r in f.get("rows", []):
        rows.append([C(x, align="center") for x in r])
    out.append(TABLE([0.22, 0.2, 0.18, 0.2, 0.2], rows))
    out.append(P(f.get("conclusion", ""), space_before=8))
    out.append(T("编制：冯某    审核：夏某    签发：江某", space_before=10))
    out.append(T("（监测专用章）", align="right"))
    return out


def b_photos(ctx: Ctx, doc: DocSpec) -> list[Block]:
    out = [T(ctx.title("现场照片"), size=18, align="center", space_after=10)]
    photos = doc.fields.get("photos", [])
    for i, cap in enumerate(photos, 1):
        out.append(Block("photo", height=180, image=doc.fields.get("png")))
        out.append(T(f"照片{i}：{cap}", space_after=4))
        out.append(T(f"拍摄时间：{ctx.fd(ctx.spec.dates.get('inspect'))}        拍摄地点：{ctx.p.address}", size=10, space_after=10))
    return out


BUILDERS = {
    "filing_approval": b_filing_approval,
    "inspection_record": b_inspection_record,
    "inquiry_record": b_inquiry_record,
    "investigation_report": b_investigation_report,
    "prior_notice": b_prior_notice,
    "legal_review": b_legal_review,
    "collective_discussion": b_collective_discussion,
    "penalty_decision": b_penalty_decision,
    "no_penalty_decision": b_no_penalty_decision,
    "correction_order": b_correction_order,
    "seizure_decision": b_seizure_decision,
    "transfer_notice": b_transfer_notice,
    "police_filing_notice": b_police_filing,
    "service_receipt": b_service_receipt,
    "closing_approval": b_closing_approval,
    "cover": b_cover,
    "catalogue": b_catalogue,
    "licence": b_licence,
    "monitoring_report": b_monitoring_report,
    "photos": b_photos,
    "case_review": b_case_review,
    "statement": b_statement,
    "seizure_extension": b_seizure_extension,
    "release_decision": b_release_decision,
    "transfer_approval": b_transfer_approval,
}

# documents whose own 文号 is reported in case-json (others: number is null)
NUMBERED_TYPES = {"filing_approval", "prior_notice", "penalty_decision", "no_penalty_decision", "correction_order",
                  "seizure_decision", "transfer_notice", "police_filing_notice"}

# footer "第 x 页 共 y 页" on records (PDF)
PAGED_TEMPLATES = {"inspection_record", "inquiry_record", "collective_discussion"}


def build_blocks(spec: CaseSpec, doc: DocSpec) -> list[Block]:
    return BUILDERS[doc.template](Ctx(spec, doc), doc)
