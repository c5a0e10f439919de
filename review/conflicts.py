"""Roster conflicts (roster.md): each with a Chinese message naming the candidates and files.

Codes (roster.md): shared_case_file, collective_shares_with_individual, double_counted_case,
not_lead_handler, outside_review_window, category_not_supported, case_not_found, roster_veto.
One more: duplicate_quality_file (one candidate names the same file twice for 案卷质量, or
more than one recommended / drawn file).

Severity: "error" means the use cannot stand as written; "warning" means it could not be
verified from the case files (a masked name, a missing date, a case not found on one side)
and a person must look.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from extractors.normalize import normalize_name

from .allocation import (ensure_config, parse_date, unsupported_reason,
                         use_targets, case_options, window_start)
from .case_match import Resolution, ResolvedCandidate, ResolvedRow, same_case_names
from .roster import KINDS, USES

CODES = {
    "shared_case_file": "候选人共用案卷",
    "collective_shares_with_individual": "候选集体与候选个人共用案卷",
    "double_counted_case": "案件重复计分",
    "not_lead_handler": "非主要承办人",
    "outside_review_window": "不在评查范围",
    "category_not_supported": "案件不符合申报类别",
    "case_not_found": "找不到案卷",
    "roster_veto": "否决事项",
    "duplicate_quality_file": "案卷质量案卷重复",
}


@dataclass
class Conflict:
    code: str
    candidates: list[str]
    cases: list[str]
    message: str
    case_files: list[str] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    severity: str = "error"

    def __post_init__(self) -> None:
        self.rows = [r for r in self.rows if r]          # 0: a file supplied by the draw
        self.case_files = [f for f in self.case_files if f]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["title"] = CODES.get(self.code, self.code)
        return d


def _file(row: ResolvedRow) -> str:
    """渝（巴南）环罚〔2025〕23号（samples/cases/case-03）"""
    if row.case_file:
        label = row.label
        return f"{label}（{row.case_file}）" if label != row.case_file else row.case_file
    return f"“{row.row.case}”"


def _rows_text(rows: Iterable[ResolvedRow]) -> str:
    nums = sorted({r.row.row for r in rows if r.row.row})
    if not nums:
        return ""
    return "（名单第" + "、".join(str(n) for n in nums) + "行）"


def _who(c: ResolvedCandidate) -> str:
    return f"候选{KINDS.get(c.kind, '')}{c.name}"


# ------------------------------------------------------------------------------------------


def find_conflicts(res: Resolution, config: Mapping[str, Any] | None = None) -> list[Conflict]:
    config = ensure_config(config)
    out: list[Conflict] = []
    out += _not_found(res)
    out += _vetoes(res)
    out += _sharing(res, config)
    out += _duplicate_quality(res)
    out += _lead_handler(res)
    out += _window(res, config)
    out += _category(res, config)
    out += _double_counted(res, config)
    order = {c: i for i, c in enumerate(CODES)}
    out.sort(key=lambda x: (order.get(x.code, 99), x.rows[:1] or [0], x.candidates))
    return out


def _not_found(res: Resolution) -> list[Conflict]:
    out = []
    for c in res.candidates:
        for r in c.rows:
            if r.match is None or r.match.matched or r.match.status == "empty":
                continue
            m = r.match
            near = m.describe_candidates()
            use = USES.get(r.use, r.use)
            if m.status == "ambiguous":
                msg = (f"名单第{r.row.row}行{_who(c)}的“{use}”写的是“{r.row.case}”，"
                       f"能对应多个案卷，无法确定是哪一份：{near}。{m.note or ''}")
            else:
                msg = (f"名单第{r.row.row}行{_who(c)}的“{use}”写的是“{r.row.case}”，"
                       f"在案卷中找不到；最接近的是：{near}。")
            out.append(Conflict("case_not_found", [c.name], [r.row.case],
                                msg, [x.case_file for x in m.candidates[:3]], [r.row.row]))
    return out


def _vetoes(res: Resolution) -> list[Conflict]:
    out = []
    for c in res.candidates:
        if not c.vetoes:
            continue
        facts = "；".join(v.row.note or "未写明事实" for v in c.vetoes)
        rule = ("候选个人作为主要承办人的案件行政诉讼败诉或行政复议被撤销、违反“五个严禁”“八个不得”、"
                "存在廉洁纪律问题，或连续3年获评表现突出的，不得推荐" if c.kind == "individual" else
                "候选集体存在廉洁纪律问题、弄虚作假、较大负面舆论或被作为负面典型追责，或连续3年获评表现突出的，不得推荐")
        out.append(Conflict("roster_veto", [c.name], [],
                            f"{_who(c)}有否决事项：{facts}{_rows_text(c.vetoes)}。{rule}。",
                            [], [v.row.row for v in c.vetoes]))
    return out


def _quality_uses(res: Resolution) -> list[tuple[ResolvedCandidate, ResolvedRow]]:
    return [(c, r) for c in res.candidates for r in c.quality_rows() if r.row.case or r.case]


def _sharing(res: Resolution, config: Mapping[str, Any]) -> list[Conflict]:
    out = []
    by_file: dict[str, list[tuple[ResolvedCandidate, ResolvedRow]]] = {}
    unresolved: list[tuple[ResolvedCandidate, ResolvedRow]] = []
    for c, r in _quality_uses(res):
        if r.case_file:
            by_file.setdefault(r.case_file, []).append((c, r))
        elif r.row.case:
            unresolved.append((c, r))
    groups = [(uses, "error") for uses in by_file.values()]
    # Cases not among the files: two rows that name the same one still share it.
    seen: set[int] = set()
    th = (config.get("matching") or None)
    for i, (c1, r1) in enumerate(unresolved):
        if i in seen:
            continue
        group = [(c1, r1)]
        for j in range(i + 1, len(unresolved)):
            c2, r2 = unresolved[j]
            if same_case_names(r1.row.case, r2.row.case, th):
                group.append((c2, r2))
                seen.add(j)
        groups.append((group, "warning"))
    for uses, severity in groups:
        people = {}
        for c, r in uses:
            people.setdefault(c.name, (c, []))[1].append(r)
        if len(people) < 2:
            continue
        inds = [(c, rs) for c, rs in people.values() if c.kind == "individual"]
        cols = [(c, rs) for c, rs in people.values() if c.kind == "collective"]
        rows = [r for _, r in uses]
        label = rows[0].label
        files = [rows[0].case_file] if rows[0].case_file else []
        where = _file(rows[0])
        tail = "（该案卷不在案卷中，按名称判断为同一案件）" if severity == "warning" else ""
        for group, who, rule in ((inds, "候选个人", "不同候选个人不得共用同一份案卷"),
                                 (cols, "候选集体", "候选人不得共用同一份案卷")):
            if len(group) < 2:
                continue
            names = "、".join(c.name for c, _ in group)
            rs = [r for _, x in group for r in x]
            out.append(Conflict(
                "shared_case_file", [c.name for c, _ in group], [label],
                f"{who}{names}的案卷质量评查案卷为同一份：{where}{_rows_text(rs)}{tail}；{rule}。",
                files, sorted({r.row.row for r in rs}), severity))
        if cols and inds:
            rs = rows
            out.append(Conflict(
                "collective_shares_with_individual",
                [c.name for c, _ in cols] + [c.name for c, _ in inds], [label],
                f"候选集体{'、'.join(c.name for c, _ in cols)}与候选个人"
                f"{'、'.join(c.name for c, _ in inds)}共用同一份案卷质量评查案卷：{where}"
                f"{_rows_text(rs)}{tail}；候选集体与候选个人不得共用同一份案卷。",
                files, sorted({r.row.row for r in rs}), severity))
    return out


def _duplicate_quality(res: Resolution) -> list[Conflict]:
    out = []
    for c in res.candidates:
        q = [r for r in c.quality_rows() if r.row.case or r.case]
        for use in ("quality_recommended", "quality_drawn"):
            rs = [r for r in q if r.use == use]
            if len(rs) > 1:
                out.append(Conflict(
                    "duplicate_quality_file", [c.name], [r.label for r in rs],
                    f"{_who(c)}填了{len(rs)}份“{USES[use]}”：{'、'.join(_file(r) for r in rs)}"
                    f"{_rows_text(rs)}；案卷质量评查为推荐1份、随机抽取1份。",
                    [r.case_file for r in rs if r.case_file], [r.row.row for r in rs]))
        rec = [r for r in q if r.use == "quality_recommended" and r.case_file]
        drw = [r for r in q if r.use == "quality_drawn" and r.case_file]
        for a, b in itertools.product(rec, drw):
            if a.case_file == b.case_file:
                out.append(Conflict(
                    "duplicate_quality_file", [c.name], [a.label],
                    f"{_who(c)}的推荐案卷与随机抽取案卷是同一份：{_file(a)}{_rows_text([a, b])}；"
                    f"随机抽取的案卷不能是推荐的案卷。", [a.case_file], [a.row.row, b.row.row]))
    return out


_MASK = re.compile(r"[*＊×xX某○〇]")


def _masked_match(masked: str, name: str) -> bool:
    if len(masked) != len(name) or not _MASK.search(masked):
        return False
    return all(m == n or _MASK.fullmatch(m) for m, n in zip(masked, name))


def lead_handler_status(case: Mapping[str, Any], person: str) -> tuple[str, str]:
    """("yes" | "no" | "masked", explanation) for one person and one case file."""
    name = normalize_name(person) or person

    def names_of(field: str) -> list[str]:
        return [normalize_name(str(n)) or str(n) for n in case.get(field) or [] if n]

    leads = names_of("lead_handlers")
    if name in leads:
        return "yes", ""
    filing, insp, inq = names_of("filing_handlers"), names_of("inspectors"), names_of("inquirers")
    masked = [n for n in leads + filing if _masked_match(n, name)]
    if masked:
        return "masked", f"案卷中的承办人姓名为“{masked[0]}”（遮盖），无法确认是否为{name}"
    def names(xs: Sequence[str]) -> str:
        return "、".join(xs) if xs else "（未识别）"
    if not filing:
        why = "案卷中未识别到立案审批表的承办人，无法确认主要承办人"
    elif name in filing:
        why = (f"{name}是立案审批表承办人，但不是现场检查笔录的检查人（{names(insp)}）"
               f"或调查询问笔录的询问人（{names(inq)}）")
    elif name in insp or name in inq:
        why = f"{name}参加了检查或询问，但不是立案审批表的承办人（{names(filing)}）"
    else:
        why = f"立案审批表承办人为{names(filing)}，主要承办人为{names(leads)}"
    return "no", why


def _lead_handler(res: Resolution) -> list[Conflict]:
    out = []
    for c in res.candidates:
        if c.kind != "individual":
            continue
        by_file: dict[str, list[ResolvedRow]] = {}
        for r in c.rows:
            if r.case is not None and r.use != "veto":
                by_file.setdefault(r.case_file, []).append(r)
        for cf, rows in by_file.items():
            status, why = lead_handler_status(rows[0].case, c.person)
            if status == "yes":
                continue
            uses = "、".join(dict.fromkeys(USES.get(r.use, r.use) for r in rows))
            head = (f"无法确认{c.name}是案卷{_file(rows[0])}的主要承办人{_rows_text(rows)}，"
                    f"用作“{uses}”需人工核实" if status == "masked" else
                    f"{c.name}不是案卷{_file(rows[0])}的主要承办人{_rows_text(rows)}，不能用作“{uses}”")
            out.append(Conflict(
                "not_lead_handler", [c.name], [rows[0].label],
                f"{head}：{why}。候选个人须为检查人或调查询问人，且为立案审批表的承办人之一。",
                [cf], [r.row.row for r in rows], "warning" if status == "masked" else "error"))
    return out


def window_status(case: Mapping[str, Any], config: Mapping[str, Any]) -> tuple[str, str]:
    """("in" | "out" | "unknown", explanation) for the case-quality review window."""
    start = window_start(config)
    measures = set((config.get("draw") or {}).get("measures") or [])
    md = parse_date(case.get("measure_date"))
    measure = case.get("measure")
    what = ((config.get("labels") or {}).get("measures") or {}).get(measure or "", "办结日期")
    if md is not None:
        if md < start:
            return "out", f"{what}为{md.isoformat()}，早于评查范围起始日{start.isoformat()}"
    elif case.get("in_review_window") is False:
        return "out", f"案卷不在评查范围内（{start.isoformat()}以后）"
    if measure is None:
        return "unknown", "未能确定案卷是否已下达处罚决定、完成查封扣押或移送公安机关，也就无法确定办结日期"
    if measure not in measures:
        return "unknown", (f"案卷为{((config.get('labels') or {}).get('tags') or {}).get(measure, measure)}"
                           "案卷，评查范围为下达行政处罚决定或完成查封扣押、移送公安机关的案卷，请核实")
    if md is None:
        return "unknown", "未能确定办结日期（处罚决定、查封扣押或移送的日期）"
    return "in", ""


def _window(res: Resolution, config: Mapping[str, Any]) -> list[Conflict]:
    out = []
    for c in res.candidates:
        for r in c.quality_rows():
            if r.case is None:
                continue
            status, why = window_status(r.case, config)
            if status == "in":
                continue
            out.append(Conflict(
                "outside_review_window", [c.name], [r.label],
                f"{_who(c)}的“{USES[r.use]}”{_file(r)}{_rows_text([r])}：{why}。"
                f"案卷质量评查范围为{window_start(config).isoformat()}以后下达行政处罚决定或完成查封扣押、"
                f"移送公安机关的案卷。", [r.case_file], [r.row.row] if r.row.row else [],
                "error" if status == "out" else "warning"))
    chw = config.get("case_handling_window") or {}
    if chw.get("enforce"):
        lo, hi = parse_date(chw.get("start")), parse_date(chw.get("end"))
        for c in res.candidates:
            for r in c.rows:
                if r.case is None or r.use in ("veto", "quality_recommended", "quality_drawn"):
                    continue
                md = parse_date(r.case.get("measure_date")) or parse_date(r.case.get("filing_date"))
                if md is None or (lo and md < lo) or (hi and md > hi):
                    when = md.isoformat() if md else "不明"
                    out.append(Conflict(
                        "outside_review_window", [c.name], [r.label],
                        f"{_who(c)}申报为“{USES[r.use]}”的案件{_file(r)}{_rows_text([r])}日期为{when}，"
                        f"不在练兵活动时间范围（{chw.get('start')}至{chw.get('end')}）内。",
                        [r.case_file], [r.row.row], "error" if md else "warning"))
    return out


def _category(res: Resolution, config: Mapping[str, Any]) -> list[Conflict]:
    out = []
    for c in res.candidates:
        for r in c.rows:
            if r.use in ("veto", "quality_recommended", "quality_drawn"):
                continue
            targets = use_targets(c.kind, r.use, config)
            if targets is None:
                other = "集体" if c.kind == "individual" else "个人"
                hint = "（集体的非现场执法监管请用“线索识别”或“线索查办”）" \
                    if c.kind == "collective" and r.use in ("non_site", "new_tech", "new_equipment") else ""
                out.append(Conflict(
                    "category_not_supported", [c.name], [r.label],
                    f"{_who(c)}的“{USES.get(r.use, r.use)}”{_rows_text([r])}只适用于候选{other}，"
                    f"不是候选{KINDS[c.kind]}的计分项{hint}。", [r.case_file] if r.case_file else [],
                    [r.row.row]))
                continue
            if r.case is None:
                continue
            why = unsupported_reason(r.case, c.kind, r.use, config)
            if why is None:
                continue
            out.append(Conflict(
                "category_not_supported", [c.name], [r.label],
                f"{_who(c)}将{_file(r)}申报为“{USES.get(r.use, r.use)}”{_rows_text([r])}，"
                f"但案卷不支持：{why}。", [r.case_file], [r.row.row]))
    return out


def double_counted_rows(cand: ResolvedCandidate, config: Mapping[str, Any]) -> list[list[ResolvedRow]]:
    """Groups of one candidate's case-handling rows that put one case in places it may not
    share (two of new-tech / key / key-field; twice in one category; 线索识别 and 线索查办).
    Only claims the case's facts support are weighed; the others are category_not_supported."""
    rules = config["case_handling"][cand.kind]
    exclusive = set(rules.get("exclusive_categories") or [])
    one_per = rules.get("one_item_per_case_per_category", True)
    by_file: dict[str, list[tuple[ResolvedRow, list[str]]]] = {}
    for r in cand.rows:
        if r.case is None:
            continue
        targets = use_targets(cand.kind, r.use, config)
        if not targets:
            continue
        supported = list(dict.fromkeys(o.category for o in case_options(r.case, cand.kind, config, targets)))
        if not supported:
            continue          # a claim the facts do not support: category_not_supported
        by_file.setdefault(r.case_file, []).append((r, supported))
    out = []
    for cf, entries in by_file.items():
        if len(entries) < 2:
            continue
        ok = False
        for pick in itertools.product(*[cats for _, cats in entries]):
            if one_per and len(set(pick)) != len(pick):
                continue
            if len(set(pick) & exclusive) > 1:
                continue
            ok = True
            break
        if not ok:
            out.append([r for r, _ in entries])
    return out


def _double_counted(res: Resolution, config: Mapping[str, Any]) -> list[Conflict]:
    out = []
    for c in res.candidates:
        exclusive = set(config["case_handling"][c.kind].get("exclusive_categories") or [])
        for rows in double_counted_rows(c, config):
            uses = "、".join(f"“{USES.get(r.use, r.use)}”" for r in rows)
            cats = {t[0] for r in rows for t in (use_targets(c.kind, r.use, config) or [])}
            if len(cats & exclusive) > 1:
                rule = "候选个人新装备新技术应用案件、重点案件、关键领域案件不重复计分"
            elif c.kind == "collective" and "non_site" in cats:
                rule = "线索识别与线索查办的案件不可重复"
            else:
                rule = "同一案件在同一类别中只计一次"
            out.append(Conflict(
                "double_counted_case", [c.name], [rows[0].label],
                f"{_who(c)}将同一案件{_file(rows[0])}同时申报为{uses}{_rows_text(rows)}；{rule}。"
                f"计分时该案件只计入得分最多的一项。",
                [rows[0].case_file], [r.row.row for r in rows]))
    return out
