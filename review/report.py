"""Readable Chinese reports for the terminal (the CLI's default output)."""
from __future__ import annotations

from pathlib import Path

from .assemble import CaseFile
from .check import KIND_NAMES

VERDICTS = {"pass": "通过", "fail": "不通过", "na": "不适用", "needs_review": "待人工评查"}


def check_report(case: CaseFile, result: dict) -> str:
    name = Path(result["case_file"]).name
    lines = [f"■ {name}　{KIND_NAMES.get(result['kind'], '类型未定')}"
             f"　{case.json.get('decision_number') or ''}　{case.json.get('party') or ''}"]
    if result.get("note"):
        lines.append(f"  {result['note']}")
    if result["score"] is not None:
        low, high = result["score_range"]
        tail = (f"（暂定，评查完成后在{low:g}～{high:g}分之间）"
                if result["provisional"] and low != high else "")
        lines.append(f"  得分：{result['score']:g}{tail}　等级：{result.get('grade') or '—'}")
    if result["veto"]:
        lines.append("  否决项：" + "、".join(result["veto"]) + "（案卷不合格，得0分）")
    failed = [i for i in result["items"] if i["verdict"] == "fail"
              and i.get("source") != "absent_document"]
    absent: dict[str, float] = {}
    for item in result["items"]:
        if item["verdict"] == "fail" and item.get("source") == "absent_document":
            group = item["id"].rsplit("-", 1)[0]
            absent[group] = absent.get(group, 0) + item["points_lost"]
    if absent:
        lines.append("  缺少文书（相应评查项得0分）：" + "、".join(
            f"{group}（{lost:g}分）" for group, lost in absent.items()))
    machine_pending = [i for i in result["items"] if i["verdict"] == "needs_review" and i["rule"]]
    others = sum(1 for i in result["items"] if i["verdict"] == "needs_review" and not i["rule"])
    for item in failed:
        where = "；".join(f"{e['doc_type']}第{e['page']}页“{e['text'][:30]}”"
                         for e in item["evidence"][:2])
        lines.append(f"  ✗ {item['id']}（{item['rule'] or '缺少文书'}）扣{item['points_lost']:g}分："
                     f"{item['note']}" + (f"　[{where}]" if where else ""))
    for item in machine_pending:
        lines.append(f"  ? {item['id']}（{item['rule']}）：{item['note']}")
    for finding in result.get("findings", []):
        if finding["verdict"] in ("fail", "needs_review"):
            mark = "✗" if finding["verdict"] == "fail" else "?"
            lines.append(f"  {mark} 发现（{finding['rule']}，不计分）：{finding['note']}")
    lines.append(f"  另有{others}项需评查人员逐项评查。")
    for error in case.json.get("errors", []):
        lines.append(f"  ! 读取问题：{error}")
    return "\n".join(lines)
