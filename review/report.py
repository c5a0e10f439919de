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
        pending = sum(1 for i in result["items"] if i["verdict"] == "needs_review")
        if result["provisional"] and low != high:
            lines.append(f"  得分待定：尚有{pending}项待人工评查，评查完成后在{low:g}～{high:g}分之间"
                         f"（已判定的项目计得{result['score']:g}分）")
        else:
            lines.append(f"  得分：{result['score']:g}　等级：{result.get('grade') or '—'}")
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


USES = {"new_tech": "新装备新技术应用", "key": "重点案件", "key_field": "关键领域",
        "hazardous_waste": "涉危险废物", "third_party_fraud": "第三方弄虚作假",
        "new_field": "新领域", "non_site": "非现场执法监管", "lead_handling": "线索查办"}


def candidates_report(result: dict) -> str:
    lines = []
    for c in result["candidates"]:
        kind = "集体" if c["kind"] == "collective" else "个人"
        head = f"■ {c['candidate']}（{kind}）"
        if c.get("blocked"):
            head += "　✗ 有否决事项，不得推荐"
        lines.append(head)
        q = c["quality"]
        files = "；".join(f"{'推荐' if f['use'] == 'quality_recommended' else '随机'}："
                         f"{f.get('case') or '未确定'}（{_score(f.get('score'))}）" for f in q["files"])
        tail = ""
        if q.get("provisional"):
            low, high = q.get("score_range") or (0, 0)
            tail = f"，暂定，{low:g}～{high:g}"
        lines.append(f"  案卷质量：{_score(q.get('score'))}/{q['max']}{tail}　{files}")
        handling = "、".join(f"{USES.get(k, k)}{v:g}" for k, v in c["case_handling"].items())
        lines.append(f"  案件查办：{handling}（共{c.get('case_handling_total', 0):g}）")
        if c.get("allocation_differs"):
            claimed = "、".join(f"{USES.get(k, k)}{v:g}" for k, v in c["claimed_case_handling"].items())
            lines.append(f"  按名单申报计：{claimed}（共{c.get('claimed_case_handling_total', 0):g}），"
                         "上面是不重复计分下的最优分配")
        for a in c.get("allocation", []):
            lines.append(f"    · {a['case']} → {USES.get(a['category'], a['category'])}（{a['points']:g}分）")
        if c.get("needs_draw"):
            lines.append("  尚未确定随机抽取案卷：请运行 review-cases draw")
    if result["conflicts"]:
        lines.append(f"冲突与问题（{len(result['conflicts'])}）：")
        for conflict in result["conflicts"]:
            mark = "✗" if conflict.get("severity", "error") == "error" else "!"
            lines.append(f"  {mark} [{conflict['code']}] {conflict['message']}")
    else:
        lines.append("未发现冲突。")
    for issue in result.get("roster_issues", []):
        text = issue.get("message") if isinstance(issue, dict) else getattr(issue, "message", issue)
        row = issue.get("row") if isinstance(issue, dict) else getattr(issue, "row", None)
        lines.append(f"  ! 名单第{row}行：{text}")
    return "\n".join(lines)


def _score(value) -> str:
    return "—" if value is None else f"{value:g}"


def draw_report(record) -> str:
    lines = [f"随机抽取（种子 {record.seed}，{record.created_at}）" + ("　[重新抽取]" if record.forced else "")]
    for entry in record.entries:
        result = entry.result_label or entry.result or "无可抽取的案卷"
        lines.append(f"  {entry.candidate}：{result}（抽取池{len(entry.pool)}份）")
        if entry.message:
            lines.append(f"    {entry.message}")
    lines.append("抽取池、种子和结果已记入数据库，可复核。")
    return "\n".join(lines)
