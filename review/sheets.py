"""The self-assessment sheets (集体自评打分表, 候选个人自评打分表) as XLSX, in the order of the
seed's indicators, with the case-derived items filled and where they came from."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

INDICATORS = Path(__file__).parent / "data" / "indicators.yaml"
HEADER = ["序号", "指标", "分值", "评分项", "项目分值", "自评得分", "依据（案卷、文号）", "说明"]
WIDTHS = [6, 12, 6, 44, 9, 9, 60, 40]
FILLED = PatternFill("solid", fgColor="E8F3E8")


@lru_cache(maxsize=1)
def indicators() -> dict:
    return yaml.safe_load(INDICATORS.read_text(encoding="utf-8"))


def _value(candidate: dict, key: str) -> tuple[float | None, list[str], str]:
    """The filled score of one item, the cases behind it, and a note."""
    if key == "quality":
        quality = candidate["quality"]
        basis = [f"{'推荐' if f['use'] == 'quality_recommended' else '随机抽取'}："
                 f"{f.get('case') or '（未确定）'}，得分{_fmt(f.get('score'))}"
                 for f in quality["files"]]
        note = ""
        if quality.get("provisional"):
            low, high = quality.get("score_range") or (None, None)
            note = f"暂定：尚有评查项待人工评查或案卷未确定，可能在{_fmt(low)}～{_fmt(high)}分之间"
        return quality.get("score"), basis, note
    section, _, name = key.partition(".")
    if section == "case_handling":
        rows = [a for a in candidate.get("allocation", []) if a["category"] == name
                or (name == "lead_handling" and a.get("item") == "handling")]
        if name == "non_site":
            rows = [a for a in rows if a.get("item") != "handling"]
        value = sum(a["points"] for a in rows) if rows else candidate["case_handling"].get(name, 0)
        return value, [f"{a['case']}（{a['points']:g}分）" for a in rows], ""
    if section == "allocation":
        rows = [a for a in candidate.get("allocation", []) if a.get("item") == name]
        return sum(a["points"] for a in rows), [f"{a['case']}（{a['points']:g}分）" for a in rows], ""
    return None, [], ""


def _fmt(value) -> str:
    return "—" if value is None else f"{value:g}"


def _sheet(ws, spec: dict, candidate: dict, title: str) -> None:
    ws.append([title])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"候选{'集体' if candidate['kind'] == 'collective' else '个人'}：{candidate['candidate']}"
               f"　来源：{spec['source']}"])
    ws.append(HEADER)
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
        ws.cell(row=3, column=i).font = Font(bold=True)
    notes = []
    if candidate.get("allocation_differs"):
        notes.append("按不重复计分规则计算的最优分配与名单申报不同，见“分配”页。")
    for code in dict.fromkeys(candidate.get("conflicts", [])):
        notes.append(f"存在问题：{code}（详见“冲突”页）")
    for indicator in spec["indicators"]:
        first = True
        for item in indicator["items"]:
            value, basis, note = (None, [], "")
            if item.get("from"):
                value, basis, note = _value(candidate, item["from"])
            ws.append([indicator["seq"] if first else "", indicator["name"] if first else "",
                       indicator["points"] if first else "", item["name"], item["points"],
                       value if item.get("from") else None, "；".join(basis),
                       note or ("" if item.get("from") else "由法制科填写")])
            if item.get("from"):
                for cell in ws[ws.max_row]:
                    cell.fill = FILLED
            for cell in ws[ws.max_row]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            first = False
    for note in notes:
        ws.append(["", "", "", note])


def _allocation_sheet(ws, candidate: dict) -> None:
    ws.append(["候选人", "案件", "案卷", "计入类别", "计分项", "分值", "名单申报"])
    for label, rows in (("最优分配", candidate.get("allocation", [])),
                        ("名单申报", candidate.get("claimed_allocation", []))):
        for row in rows:
            ws.append([candidate["candidate"], row["case"], row.get("case_file"), row["category"],
                       row.get("item"), row["points"], label])


def write_sheets(result: dict, out: Path) -> dict[str, str]:
    """Write both workbooks from the `candidates` object (review.subscores)."""
    out.mkdir(parents=True, exist_ok=True)
    spec = indicators()
    written = {}
    for kind in ("collective", "individual"):
        people = [c for c in result["candidates"] if c["kind"] == kind]
        wb = Workbook()
        wb.remove(wb.active)
        for candidate in people:
            ws = wb.create_sheet(candidate["candidate"][:31])
            _sheet(ws, spec[kind], candidate, spec[kind]["title"])
        alloc = wb.create_sheet("分配")
        for candidate in people:
            _allocation_sheet(alloc, candidate)
        conflicts = wb.create_sheet("冲突")
        conflicts.append(["代码", "候选人", "案件", "说明"])
        for conflict in result.get("conflicts", []):
            if set(conflict.get("candidates", [])) & {c["candidate"] for c in people}:
                conflicts.append([conflict["code"], "、".join(conflict["candidates"]),
                                  "、".join(conflict.get("cases", [])), conflict["message"]])
        path = out / f"{spec[kind]['title']}.xlsx"
        wb.save(path)
        written[kind] = str(path)
    return written
