"""What a run writes for the legal section: a summary XLSX, a 评查表 DOCX per case file, and
JSON Lines (case-json plus the check result)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from .check import KIND_NAMES

VERDICTS = {"pass": "通过", "fail": "不通过", "na": "不适用", "needs_review": "待评查"}
MEASURES = {"penalty": "行政处罚", "no_penalty": "不予处罚", "seizure": "查封扣押",
            "transfer_criminal": "移送涉嫌犯罪", "transfer_detention": "移送行政拘留"}

SUMMARY_COLUMNS = [
    ("案卷", 28), ("案卷类型", 14), ("决定书文号", 26), ("当事人", 30), ("主要承办人", 16),
    ("措施日期", 12), ("在评查期内", 10), ("案件类型", 24), ("新装备", 16), ("非现场平台", 18),
    ("罚款（元）", 12), ("得分", 8), ("得分范围", 12), ("等级", 8), ("否决项", 14),
    ("待人工评查项", 12), ("读取问题", 40),
]


def safe_name(text: str) -> str:
    return re.sub(r"[\\/:*?\"<>|\s]+", "_", text).strip("_") or "case"


def write_jsonl(records: list[tuple[dict, dict | None]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for case_json, check in records:
            fh.write(json.dumps({**case_json, "check": check}, ensure_ascii=False) + "\n")
    return path


def write_summary_xlsx(records: list[tuple[dict, dict | None]], path: Path) -> Path:
    from .cli import TAGS
    wb = Workbook()
    ws = wb.active
    ws.title = "案卷汇总"
    ws.append([name for name, _ in SUMMARY_COLUMNS])
    for i, (_, width) in enumerate(SUMMARY_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        ws.cell(row=1, column=i).font = Font(bold=True)
    ws.freeze_panes = "A2"
    flagged = PatternFill("solid", fgColor="FDE9E7")
    for case_json, check in records:
        check = check or {}
        pending = [i["id"] for i in check.get("items", []) if i["verdict"] == "needs_review"]
        window = {True: "是", False: "否"}.get(case_json.get("in_review_window"), "未知")
        score_range = check.get("score_range") or []
        ws.append([
            Path(case_json["case_file"]).name,
            KIND_NAMES.get(check.get("kind"), "未定"),
            case_json.get("decision_number") or "",
            case_json.get("party") or "",
            "、".join(case_json.get("lead_handlers") or []),
            case_json.get("measure_date") or "",
            window,
            "、".join(TAGS.get(t, t) for t in case_json.get("case_types") or []),
            "、".join(case_json.get("new_equipment") or []),
            "、".join(case_json.get("non_site_platforms") or []),
            case_json.get("fine_yuan"),
            check.get("score"),
            f"{score_range[0]:g}–{score_range[1]:g}" if len(score_range) == 2 else "",
            check.get("grade") or "",
            "、".join(check.get("veto") or []),
            len(pending),
            "\n".join(case_json.get("errors") or []),
        ])
        if check.get("veto") or case_json.get("errors"):
            for cell in ws[ws.max_row]:
                cell.fill = flagged
        ws.cell(row=ws.max_row, column=len(SUMMARY_COLUMNS)).alignment = Alignment(wrap_text=True)
    wb.save(path)
    return path


def write_review_docx(case_json: dict, check: dict | None, path: Path,
                      titles: dict[str, str] | None = None) -> Path:
    """The 评查表 of one case file: items, verdicts, evidence and the score."""
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt

    check = check or {}
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    document.add_heading("生态环境行政执法案卷评查表", level=1)
    kind = KIND_NAMES.get(check.get("kind"), "未定")
    rows = [("案卷", Path(case_json["case_file"]).name), ("案卷类型", kind),
            ("决定书文号", case_json.get("decision_number") or "—"),
            ("当事人", case_json.get("party") or "—"),
            ("主要承办人", "、".join(case_json.get("lead_handlers") or []) or "—"),
            ("措施日期", case_json.get("measure_date") or "—")]
    if check.get("checklist"):
        rows.append(("评查依据", f"{check['checklist']['name']}（{check['checklist']['version']}）"))
    if check.get("score") is not None:
        score = f"{check['score']:g}"
        if check.get("provisional"):
            low, high = check["score_range"]
            score += f"（暂定；尚有待评查项，最终在{low:g}～{high:g}分之间）"
        rows.append(("得分", score))
        rows.append(("等级", check.get("grade") or "—"))
    if check.get("veto"):
        rows.append(("否决项", "、".join(check["veto"])))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, str(value)
    document.add_heading("评查项", level=2)
    items = document.add_table(rows=1, cols=5)
    items.style = "Table Grid"
    for cell, text in zip(items.rows[0].cells, ["编号", "评查内容", "结论", "扣分", "依据（文书、页码、原文）"]):
        cell.text = text
    for item in check.get("items", []):
        cells = items.add_row().cells
        cells[0].text = item["id"]
        cells[1].text = (titles or {}).get(item["id"], item.get("rule") or "")
        cells[2].text = VERDICTS.get(item["verdict"], item["verdict"])
        cells[3].text = f"{item['points_lost']:g}" if item.get("points_lost") else ""
        evidence = "；".join(f"{e['doc_type']}第{e['page']}页：{e['text']}" for e in item["evidence"])
        cells[4].text = "\n".join(x for x in (item.get("note"), evidence) if x)
    if case_json.get("errors"):
        document.add_heading("读取问题", level=2)
        for error in case_json["errors"]:
            document.add_paragraph(error, style="List Bullet")
    document.save(path)
    return path
