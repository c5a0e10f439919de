"""What every page shares: the templates, Chinese labels, formatting, the store of the request,
the reviewer cookie and the error pages."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import ChainableUndefined, Environment, FileSystemLoader, select_autoescape

from review.check import KIND_NAMES
from review.cli import MEASURES, TAGS
from review.store import Store

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"

REVIEWER_COOKIE = "reviewer"

VERDICTS = {"pass": "通过", "fail": "不通过", "na": "不适用", "needs_review": "待评查"}
# What a reviewer may decide (a reviewer never decides "needs a reviewer").
DECIDABLE = ("pass", "fail", "na")

DOC_NAMES = {
    "filing_approval": "立案审批表", "inspection_record": "现场检查（勘察）笔录",
    "inquiry_record": "调查询问笔录", "investigation_report": "案件调查报告",
    "prior_notice": "行政处罚事先（听证）告知书", "legal_review": "法制审核意见",
    "collective_discussion": "集体讨论笔录", "penalty_decision": "行政处罚决定书",
    "no_penalty_decision": "不予行政处罚决定书", "correction_order": "责令改正违法行为决定书",
    "seizure_decision": "查封（扣押）决定书", "transfer_notice": "移送书",
    "police_filing_notice": "公安机关立案决定书", "service_receipt": "送达回证",
    "closing_approval": "结案审批表", "other": "其他材料",
}
EQUIPMENT_NAMES = {"fid_pid": "FID/PID", "thermal_imager": "热成像仪", "drone": "无人机",
                   "multi_gas_detector": "多参数气体检测仪",
                   "ir_gas_leak_imager": "红外热成像气体泄漏检测仪", "unmanned_boat": "无人船"}
PLATFORM_NAMES = {"discharge_permit": "排污许可", "auto_monitoring": "污染源自动监测",
                  "power_monitoring": "用电用能监控", "video_surveillance": "视频监控",
                  "satellite_remote_sensing": "卫星遥感", "vehicle_inspection": "机动车检验检测",
                  "solid_waste_management": "固废管理", "water_fingerprint": "水质指纹溯源"}
RUN_STATUS = {"running": "运行中", "finished": "完成", "failed": "失败", "killed": "中断"}
SOURCES = {"reviewer": "评查人员", "machine": "机器", "absent_document": "机器（文书缺失）",
           "none": "尚无结论"}
EVENTS = {"stored": "存入", "checked": "机器初评", "rereview_marked": "标记需重新评查",
          "rereview_cleared": "清除重新评查标记"}


def store_of(request: Request) -> Store:
    return request.app.state.store


def reviewer_of(request: Request) -> str:
    return unquote(request.cookies.get(REVIEWER_COOKIE, "")).strip()[:40]


def remember_reviewer(response, name: str) -> None:
    response.set_cookie(REVIEWER_COOKIE, quote(name), max_age=365 * 24 * 3600, httponly=True,
                        samesite="lax", path="/")


# --- formatting ---------------------------------------------------------------------------

def num(value: Any) -> str:
    """A number as a person writes it: 2, 1.5, 87.25 (no trailing zeros)."""
    if value is None:
        return "—"
    if isinstance(value, float) and not math.isfinite(value):
        return "—"
    return f"{value:g}" if isinstance(value, float) else str(value)


def score_text(check: dict | None) -> str:
    """The file score as shown in lists: 87.5, 0（否决）, 待定 60～95, or — when unscored."""
    if not check or check.get("score") is None:
        return "—"
    if check.get("veto"):
        return "0（否决）"
    if check.get("provisional"):
        low, high = (list(check.get("score_range") or []) + [None, None])[:2]
        if low is not None and high is not None:
            return f"待定 {num(low)}～{num(high)}"
        return "待定"
    return num(check["score"])


def when(value: Any) -> str:
    """A stored timestamp in local time, to the second."""
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone()
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def yes_no(value: Any) -> str:
    return {True: "是", False: "否"}.get(value, "未知")


def doc_name(doc_type: str | None) -> str:
    return DOC_NAMES.get(doc_type or "", doc_type or "—")


def kind_name(kind: str | None) -> str:
    return KIND_NAMES.get(kind or "", "未定") if kind else "未定"


def _names(mapping: dict[str, str]):
    def label(values) -> str:
        if not values:
            return "—"
        if isinstance(values, str):
            return mapping.get(values, values)
        return "、".join(mapping.get(v, v) for v in values)
    return label


def page_url(path: str, source: str, page: int | None, box=None, text: str | None = None,
             label: str | None = None) -> str:
    """The page view of one page of a source of a case file (box highlighted when given)."""
    params: list[tuple[str, str]] = [("path", path), ("source", source), ("page", str(page or 1))]
    if box:
        params.append(("box", ",".join(f"{float(v):g}" for v in box)))
    if text:
        params.append(("text", text[:200]))
    if label:
        params.append(("label", label[:60]))
    return "/page?" + urlencode(params)


def case_url(path: str, **extra: str) -> str:
    params = [("path", path)] + [(k, v) for k, v in extra.items() if v]
    return "/case?" + urlencode(params)


FIELD_LABELS = {
    "party": "当事人", "cause": "案由", "decision_number": "决定书文号", "filing_date": "立案日期",
    "decision_date": "决定日期", "measure": "措施", "measure_date": "措施日期",
    "in_review_window": "在评查期内", "filing_handlers": "立案承办人", "inspectors": "检查人",
    "inquirers": "询问人", "lead_handlers": "主要承办人", "case_types": "案件类型",
    "new_equipment": "新装备", "non_site_platforms": "非现场平台", "fine_yuan": "罚款（元）",
    "errors": "读取问题", "agency": "执法机关", "events": "办案环节",
    "police_filed": "公安立案", "police_filing_date": "公安立案日期",
}


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "（空）"
    if isinstance(value, bool):
        return yes_no(value)
    if isinstance(value, dict):
        if "event" in value:
            return f"{value.get('event')} {value.get('date') or ''}".strip()
        return "，".join(str(v) for v in value.values() if v not in (None, "", []))
    if isinstance(value, list):
        return "、".join(_short(v) for v in value)
    return str(value)


def describe_change(key: str, change: Any) -> str:
    """One changed case-json field for the re-review banner: 当事人：甲 → 乙; for lists of
    records (办案环节 …) what was added and what went."""
    label = FIELD_LABELS.get(key, key)
    change = change if isinstance(change, dict) else {}
    old, new = change.get("old"), change.get("new")
    if isinstance(old, list) and isinstance(new, list) and any(
            isinstance(v, dict) for v in old + new):
        before, after = [_short(v) for v in old], [_short(v) for v in new]
        added = [v for v in after if v not in before]
        gone = [v for v in before if v not in after]
        parts = ([f"新增 {'、'.join(added)}"] if added else []) + (
            [f"去掉 {'、'.join(gone)}"] if gone else [])
        return f"{label}：{'；'.join(parts) or '内容有变化'}"
    return f"{label}：{_short(old)} → {_short(new)}"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=ChainableUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(num=num, score_text=score_text, when=when, yes_no=yes_no,
                       doc_name=doc_name, kind_name=kind_name,
                       verdict=lambda v: VERDICTS.get(v, v or "—"),
                       measure=_names(MEASURES), tags=_names(TAGS),
                       equipment=_names(EQUIPMENT_NAMES), platforms=_names(PLATFORM_NAMES),
                       basename=lambda p: Path(str(p)).name)
    env.globals["describe_change"] = describe_change
    env.globals.update(page_url=page_url, case_url=case_url, VERDICTS=VERDICTS,
                       DECIDABLE=DECIDABLE, SOURCES=SOURCES, EVENTS=EVENTS,
                       RUN_STATUS=RUN_STATUS)
    return env


templates = Jinja2Templates(env=_env())


def render(request: Request, name: str, context: dict, status_code: int = 200) -> HTMLResponse:
    context = {"reviewer": reviewer_of(request), **context}
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def error_page(request: Request, status_code: int, message: str, detail: str = "") -> HTMLResponse:
    titles = {400: "请求有误", 404: "找不到", 405: "不支持的操作", 500: "出错了"}
    return render(request, "error.html", {"title": titles.get(status_code, "出错了"),
                                          "message": message, "detail": detail,
                                          "status": status_code}, status_code=status_code)


class PageError(Exception):
    """Raised by a view to answer with a Chinese error page."""

    def __init__(self, status_code: int, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.status_code, self.message, self.detail = status_code, message, detail
