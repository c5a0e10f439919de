"""`review-cases check` on real sample files: the JSON object, the Chinese report, and a
legal section's own edited checklist changing the score with no code change."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from review.cli import main
from tests.conftest import write_pdf

REPO = Path(__file__).resolve().parent.parent
CASE = str(REPO / "samples" / "cases" / "case-04.zip")
KEYS = {"case_file", "kind", "score", "score_range", "veto", "provisional", "items"}


def check(capsys, *args) -> dict:
    assert main(["check", CASE, "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_check_json_shape(capsys):
    result = check(capsys)
    assert KEYS <= set(result)
    assert result["kind"] == "general_penalty"
    for item in result["items"]:
        assert {"id", "rule", "verdict", "points_lost", "evidence"} <= set(item)
        assert item["verdict"] in ("pass", "fail", "na", "needs_review")
    low, high = result["score_range"]
    assert low <= result["score"] <= high


def test_chinese_report(capsys):
    assert main(["check", CASE]) == 0
    out = capsys.readouterr().out
    assert "一般行政处罚" in out and "待人工评查" in out


def _edited_copy(tmp_path: Path, edit) -> str:
    folder = tmp_path / "checklists"
    shutil.copytree(REPO / "checklists" / "data", folder)
    path = folder / "general_penalty.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return str(folder)


def _group(data: dict, group_id: str) -> dict:
    return next(g for g in data["documents"] if g.get("group") == group_id)


def test_edited_checklist_changes_the_score(tmp_path, capsys):
    base = check(capsys)

    def new_machine_item(data):
        # The bureau adds an item judged by an existing rule, to a group whose points it raises.
        group = _group(data, "D-decision")
        group["points"] += 5
        group["items"].append({"id": "D-decision-local", "heading": "执法程序",
                               "text": "本局要求：决定书告知的救济期限正确。", "points": 5,
                               "deduction": "期限错误的扣5分。", "rule": "remedy_periods_correct",
                               "params": {"document": "penalty_decision"}})
        data["checklist"]["document_points"] = data["checklist"].get("document_points", 100) + 5

    edited = check(capsys, "--checklists", _edited_copy(tmp_path / "a", new_machine_item))
    ids = [i["id"] for i in edited["items"]]
    assert "D-decision-local" in ids and "D-decision-local" not in [i["id"] for i in base["items"]]
    assert edited["score_range"] != base["score_range"]



def test_edited_veto_drops_the_file_to_zero(tmp_path, capsys):
    # A decision that states the wrong remedy period: the shipped checklist deducts points.
    case = write_pdf(tmp_path / "决定书.pdf", [[
        "重庆市巴南区生态环境局", "行政处罚决定书", "渝（巴南）环罚〔2025〕9号",
        "当事人：重庆某某化工有限公司", "地址：重庆市巴南区某路1号",
        "经查，你单位未按规定贮存危险废物。以上事实有现场检查笔录等证据证明。",
        "违反了《中华人民共和国固体废物污染环境防治法》第八十一条。",
        "本局决定作出如下行政处罚：罚款人民币伍万元整。",
        "你单位应当自收到本决定书之日起十五日内缴纳罚款。",
        "如不服本决定，可在收到本决定书之日起十五日内申请行政复议，",
        "也可以在六个月内向人民法院提起行政诉讼。",
        "重庆市巴南区生态环境局", "2025年5月20日"]])
    assert main(["check", str(case), "--json"]) == 0
    base = json.loads(capsys.readouterr().out)
    remedy = next(i for i in base["items"] if i["id"] == "D-decision-8")
    assert remedy["verdict"] == "fail" and "15日" in remedy["note"]

    def without_v14(data):  # an edit: this (test) bureau drops veto V14 from its checklist
        data["exclude"] = list(data.get("exclude", [])) + ["V14"]

    def remedies_as_veto(data):  # and treats a wrong remedy period as a veto instead
        without_v14(data)
        data.setdefault("vetoes", []).append({
            "id": "V-local", "category": "执法程序", "heading": "执法程序",
            "text": "本局补充：决定书告知的救济期限错误。", "veto": True, "points": 0,
            "rule": "remedy_periods_correct", "params": {"document": "penalty_decision"}})

    assert base["veto"] == ["V14"] and base["score"] == 0  # no prior notice in this file
    assert main(["check", str(case), "--json", "--checklists",
                 _edited_copy(tmp_path / "a", without_v14)]) == 0
    relaxed = json.loads(capsys.readouterr().out)
    assert relaxed["veto"] == [] and relaxed["score"] > 0
    assert main(["check", str(case), "--json", "--checklists",
                 _edited_copy(tmp_path / "b", remedies_as_veto)]) == 0
    vetoed = json.loads(capsys.readouterr().out)
    assert vetoed["veto"] == ["V-local"] and vetoed["score"] == 0


def test_record_contents_rule_configured_by_data(tmp_path, capsys):
    # An inspection record that never says the officers showed their certificates.
    folder = tmp_path / "case"
    folder.mkdir()
    write_pdf(folder / "现场检查笔录.pdf", [[
        "现场检查（勘察）笔录", "检查时间：2025年3月5日9时30分至10时40分", "检查地点：某厂车间",
        "被检查单位：重庆某某化工有限公司", "检查人：李明、王华 执法证号：50011320190123、50011320190456",
        "记录人：王华", "告知事项：你有陈述、申辩和申请回避的权利。", "检查情况：车间正在生产。"]])
    write_pdf(folder / "决定书.pdf", [[
        "重庆市巴南区生态环境局", "行政处罚决定书", "渝（巴南）环罚〔2025〕9号",
        "当事人：重庆某某化工有限公司", "本局决定作出如下行政处罚：罚款人民币伍万元整。",
        "重庆市巴南区生态环境局", "2025年5月20日"]])
    assert main(["check", str(folder), "--json"]) == 0
    items = {i["id"]: i for i in json.loads(capsys.readouterr().out)["items"]}
    assert items["BE-rec-1"]["verdict"] == "pass"  # time span and place recorded
    assert items["BE-rec-5"]["verdict"] == "pass"  # rights told
    assert items["BE-rec-4"]["verdict"] == "fail"  # no record of showing the certificates
    assert "出示执法证件" in items["BE-rec-4"]["note"] and items["BE-rec-4"]["points_lost"] == 1.5
