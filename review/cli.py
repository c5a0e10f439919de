"""`review-cases`: the batch command. Thin: every subcommand calls functions in review/."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractors.pipeline import extract_case

from .assemble import CaseFile, assemble
from checklists.schema import ChecklistError
from review.roster import RosterError

from .config import SettingsError, load_settings
from .textable import render_table

MEASURES = {"penalty": "行政处罚", "no_penalty": "不予处罚", "seizure": "查封扣押",
            "transfer_criminal": "移送涉嫌犯罪", "transfer_detention": "移送行政拘留"}
TAGS = {"hazardous_waste": "涉危险废物", "third_party_fraud": "第三方弄虚作假",
        "new_chemical": "新化学物质", "new_pollutant": "新污染物", "nature_reserve": "自然保护地",
        "equipment_dismantling": "非法拆解", "soil": "土壤", "groundwater": "地下水",
        "ghg": "温室气体", "ods": "消耗臭氧层物质", "nuclear_radiation": "核与辐射",
        "transfer_criminal": "移送犯罪", "transfer_detention": "移送拘留"}


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with a Chinese hint, as argparse does
        self.print_usage(sys.stderr)
        print(f"review-cases: 用法错误：{message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="review-cases", description="案卷评查工作台（批处理命令）")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    extract = sub.add_parser("extract", help="读取案卷，抽取文书与事实")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="案卷：文件夹、zip、PDF或DOCX")
    extract.add_argument("--json", action="store_true", help="每个案卷输出一行JSON（JSON Lines）")
    extract.add_argument("--config", help="配置文件（YAML），默认使用内置配置")
    check = sub.add_parser("check", help="按2024年评查细则评查案卷，计算案卷得分")
    check.add_argument("paths", nargs="+", metavar="PATH", help="案卷：文件夹、zip、PDF或DOCX")
    check.add_argument("--json", action="store_true", help="每个案卷输出一行JSON")
    check.add_argument("--config", help="配置文件（YAML），默认使用内置配置")
    check.add_argument("--checklists", metavar="DIR", help="评查表目录（默认使用内置评查表）")
    run = sub.add_parser("run", help="批量评查：读取、评查、入库，并输出汇总表和评查表")
    run.add_argument("paths", nargs="+", metavar="DIR|ZIP|FILE",
                     help="案卷所在文件夹（每个子文件夹、zip或PDF/DOCX为一个案卷），或案卷本身")
    run.add_argument("--roster", help="候选名单（XLSX、CSV或YAML）")
    run.add_argument("--jobs", type=int, default=None, help="并行进程数（默认：CPU核数）")
    run.add_argument("--out", default="out", help="输出文件夹（默认：out）")
    run.add_argument("--db", default=None,
                     help="数据库：SQLite文件路径或PostgreSQL URL（默认：$REVIEW_DB_URL 或 review.sqlite）")
    run.add_argument("--config", help="配置文件（YAML），默认使用内置配置")
    def roster_command(name: str, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text)
        command.add_argument("--roster", required=True, help="候选名单（XLSX、CSV或YAML）")
        command.add_argument("paths", nargs="+", metavar="PATH", help="案卷或案卷所在文件夹")
        command.add_argument("--db", default=None,
                             help="数据库（记录、读取随机抽取结果；默认：$REVIEW_DB_URL 或 review.sqlite）")
        command.add_argument("--config", help="配置文件（YAML）")
        return command

    roster_command("candidates", "按候选名单检查候选人：冲突、承办人、评查期、计分").add_argument(
        "--json", action="store_true", help="输出JSON")
    draw = roster_command("draw", "为没有随机抽取案卷的候选人抽取案卷（可复现、留痕）")
    draw.add_argument("--seed", help="随机种子（默认随机生成并记录）")
    draw.add_argument("--force", action="store_true", help="重新抽取（须用 --reason 写明原因）")
    draw.add_argument("--reason", help="重新抽取的原因")
    draw.add_argument("--by", help="抽取人")
    draw.add_argument("--json", action="store_true", help="输出JSON")
    roster_command("sheets", "生成集体自评打分表和候选个人自评打分表（XLSX）").add_argument(
        "--out", required=True, help="输出文件夹")
    serve = sub.add_parser("serve", help="启动评查网页（评查人员逐项确认或改判）")
    serve.add_argument("--db", default=None, help="数据库（默认：$REVIEW_DB_URL 或 review.sqlite）")
    serve.add_argument("--host", default="127.0.0.1", help="监听地址（默认 127.0.0.1）")
    serve.add_argument("--port", type=int, default=8000, help="端口（默认 8000）")
    template = sub.add_parser("roster-template", help="生成空白候选名单模板（XLSX）")
    template.add_argument("out", metavar="OUT.xlsx")
    return parser


def read_cases(paths: list[str], config: str | None = None):
    settings = load_settings(config)
    for path in paths:
        yield assemble(extract_case(path), settings)


def cmd_extract(args: argparse.Namespace) -> int:
    unreadable = 0
    rows = []
    for case in read_cases(args.paths, args.config):
        if not case.documents:
            unreadable += 1
        if args.json:
            print(json.dumps(case.to_json(), ensure_ascii=False), flush=True)
        else:
            rows.append(case)
    if not args.json:
        print(summary_table(rows))
    return 1 if unreadable else 0


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_case, checklist_for, case_kind
    from .report import check_report
    unreadable = 0
    for case in read_cases(args.paths, args.config):
        if not case.documents:
            unreadable += 1
        kind = case_kind(case)
        checklist = checklist_for(kind, args.checklists) if kind and args.checklists else None
        result = check_case(case, checklist)
        if args.json:
            print(json.dumps(result, ensure_ascii=False), flush=True)
        else:
            print(check_report(case, result), flush=True)
    return 1 if unreadable else 0


def cmd_run(args: argparse.Namespace) -> int:
    from .batch import run_batch
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("--jobs 至少为1")
    summary = run_batch(args.paths, db=args.db, jobs=args.jobs, out=args.out,
                        roster=args.roster, config=args.config)
    if summary.outputs.get("jsonl") and len(summary.cases) <= 60:
        print(run_table(Path(summary.outputs["jsonl"])))
    rate = summary.pages / summary.seconds if summary.seconds else 0
    print(f"本次运行（编号{summary.run_id}）：共{len(summary.cases)}个案卷，处理{summary.processed}个，"
          f"未变化跳过{summary.skipped}个；{summary.pages}页，用时{summary.seconds:.1f}秒"
          f"（{rate:.0f}页/秒）。")
    for path in summary.missing:
        print(f"  ! 不存在：{path}")
    for path in summary.failed:
        print(f"  ✗ 处理失败：{path}")
    if summary.with_errors:
        print(f"  有读取问题的案卷{len(summary.with_errors)}个（详见汇总表“读取问题”列）：")
        for path in summary.with_errors:
            print(f"    - {path}")
    for path in summary.rereview:
        print(f"  ↻ 评查后文件有变化，需重新评查：{path}")
    if summary.outputs:
        print("输出：")
        labels = {"summary": "汇总表", "reports": "评查表（每卷一份）", "jsonl": "JSON Lines",
                  "candidates": "候选人检查", "sheet_collective": "集体自评打分表",
                  "sheet_individual": "候选个人自评打分表", "database": "数据库"}
        for key, path in summary.outputs.items():
            print(f"  {labels.get(key, key)}：{path}")
        db = f" --db {args.db}" if args.db else ""
        print(f"逐项评查（网页）：.venv/bin/review-cases serve{db}，然后用浏览器打开 http://127.0.0.1:8000/")
    return 0 if summary.ok else 1


def _records(args: argparse.Namespace):
    from .candidacy import case_records
    try:
        return case_records(args.paths, args.config)
    except FileNotFoundError as exc:
        raise UsageError(f"不存在：{exc}") from exc


def _stored_draw(db: str | None):
    from .candidacy import latest_draw
    from .store import open_store
    store = open_store(db)
    try:
        return latest_draw(store)
    finally:
        store.close()


def cmd_candidates(args: argparse.Namespace) -> int:
    from .candidacy import evaluate
    from .report import candidates_report
    result = evaluate(args.roster, _records(args), draw=_stored_draw(args.db))
    if args.json:
        print(json.dumps({k: result[k] for k in result if k != "config"}, ensure_ascii=False,
                         default=str))
    else:
        print(candidates_report(result))
    return 1 if any(c.get("severity", "error") == "error" for c in result["conflicts"]) else 0


def cmd_draw(args: argparse.Namespace) -> int:
    from .candidacy import RedrawRefused, make_draw
    from .report import draw_report
    from .store import open_store
    if args.force and not args.reason:
        raise UsageError("重新抽取须用 --reason 写明原因")
    records = _records(args)
    store = open_store(args.db)
    try:
        record = make_draw(store, args.roster, records, seed=args.seed, force=args.force,
                           reason=args.reason, by=args.by)
    except RedrawRefused as exc:
        print(f"review-cases: 已抽取过，未重新抽取：{exc}（如确需重抽，请加 --force --reason 原因）",
              file=sys.stderr)
        return 1
    finally:
        store.close()
    print(json.dumps(record.to_dict(), ensure_ascii=False) if args.json else draw_report(record))
    return 0


def cmd_sheets(args: argparse.Namespace) -> int:
    from .candidacy import evaluate
    from .sheets import write_sheets
    result = evaluate(args.roster, _records(args), draw=_stored_draw(args.db))
    for kind, path in write_sheets(result, Path(args.out)).items():
        print(f"{'集体' if kind == 'collective' else '候选个人'}自评打分表：{path}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import web
    web.serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_roster_template(args: argparse.Namespace) -> int:
    from .roster import write_template
    print(f"候选名单模板：{write_template(args.out)}")
    return 0


def run_table(jsonl: Path) -> str:
    """The cases of a run, one line each: what a clerk looks at first."""
    from .check import KIND_NAMES
    header = ["案卷", "类型", "决定书文号", "当事人", "主要承办人", "评查期内", "得分", "问题"]
    rows = []
    for line in jsonl.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        check = record.get("check") or {}
        score = "—"
        if check.get("score") is not None:
            low, high = check["score_range"]
            score = f"{check['score']:g}" if not check["provisional"] or low == high \
                else f"待定{low:g}～{high:g}"
        problems = []
        if check.get("veto"):
            problems.append("否决" + "、".join(check["veto"]))
        failed = [i["id"] for i in check.get("items", []) if i["verdict"] == "fail"
                  and i.get("source") == "machine"]
        if failed:
            problems.append("不通过" + "、".join(failed))
        if record.get("errors"):
            problems.append("读取问题")
        rows.append([Path(record["case_file"]).name, KIND_NAMES.get(check.get("kind"), "—"),
                     record.get("decision_number") or "—", record.get("party") or "—",
                     "、".join(record.get("lead_handlers") or []) or "—",
                     {True: "是", False: "否"}.get(record.get("in_review_window"), "—"),
                     score, "；".join(problems) or "—"])
    return render_table(header, rows)


def summary_table(cases: list[CaseFile]) -> str:
    header = ["案卷", "文书", "当事人", "决定书文号", "措施", "措施日期", "评查期内", "主要承办人",
              "案件类型", "罚款（元）"]
    rows = []
    problems = []
    for case in cases:
        j = case.to_json()
        window = {True: "是", False: "否", None: "—"}[j["in_review_window"]]
        rows.append([
            Path(j["case_file"]).name, str(len(j["documents"])), j["party"] or "—",
            j["decision_number"] or "—", MEASURES.get(j["measure"], "—"), j["measure_date"] or "—",
            window, "、".join(j["lead_handlers"]) or "—",
            "、".join(TAGS.get(t, t) for t in j["case_types"]) or "—",
            f"{j['fine_yuan']:,}" if j["fine_yuan"] is not None else "—",
        ])
        problems.extend(f"  [{Path(j['case_file']).name}] {e}" for e in j["errors"])
    text = render_table(header, rows)
    text += f"\n共{len(cases)}个案卷。"
    if problems:
        text += f"\n读取问题（{len(problems)}）：\n" + "\n".join(problems)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        if args.command == "extract":
            return cmd_extract(args)
        if args.command == "check":
            return cmd_check(args)
        if args.command == "run":
            return cmd_run(args)
        commands = {"candidates": cmd_candidates, "draw": cmd_draw, "sheets": cmd_sheets,
                    "roster-template": cmd_roster_template, "serve": cmd_serve}
        if args.command in commands:
            return commands[args.command](args)
    except (SettingsError, ChecklistError, RosterError) as exc:
        print(f"review-cases: {exc}", file=sys.stderr)
        return 2
    except UsageError as exc:
        print(f"review-cases: 用法错误：{exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
