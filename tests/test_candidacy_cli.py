"""Candidates on the real sample case files with the sample roster: the CLI's candidates, draw,
sheets and roster-template, read back the way the legal section would."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from review.candidacy import case_records, evaluate, latest_draw, make_draw
from review.cli import main
from review.draw import RedrawRefused
from review.sheets import write_sheets
from review.store import open_store

REPO = Path(__file__).resolve().parent.parent
ROSTER = str(REPO / "samples" / "roster" / "候选名单.yaml")
CASES = str(REPO / "samples" / "cases")


@pytest.fixture(scope="module")
def records():
    return case_records([CASES])


@pytest.fixture(scope="module")
def result(records):
    return evaluate(ROSTER, records)


def candidate(result, name):
    return next(c for c in result["candidates"] if c["candidate"] == name)


def test_double_count_in_sample_roster_is_reported(result):
    codes = [(c["code"], tuple(c["candidates"])) for c in result["conflicts"]]
    assert ("double_counted_case", ("唐浩",)) in codes
    assert candidate(result, "唐浩")["case_handling"]["key"] == 5  # counted once, where it scores most


def test_best_allocation_beats_the_claim_within_caps(result):
    li = candidate(result, "李明")
    assert li["claimed_case_handling_total"] == 9  # new equipment 4 + new field 5, as claimed
    assert li["case_handling_total"] == 10  # hazardous waste 5 + new field 5: the better use
    assert li["case_handling"]["key_field"] <= 10 and li["allocation_differs"]


def test_sheets_read_back_with_the_numbers(result, tmp_path):
    paths = write_sheets(result, tmp_path)
    wb = load_workbook(paths["individual"])
    rows = {r[3]: r for r in wb["李明"].iter_rows(values_only=True) if r and len(r) > 3}
    assert rows["关键领域案件办理"][5] == 10
    assert rows["新装备新技术应用—新装备"][5] == 0
    assert rows["入选人才师资库"][5] is None  # not in the case files: left for the clerk
    assert "渝（巴南）环罚〔2025〕28号" in rows["关键领域案件办理"][6]
    collective = load_workbook(paths["collective"])["巴南区生态环境局"]
    rows = {r[3]: r for r in collective.iter_rows(values_only=True) if r and len(r) > 3}
    assert rows["涉危险废物案件办理"][5] == 3.5
    assert rows["非现场执法监管—线索识别（每类2分）"][5] == 6
    headers = [r[1] for r in collective.iter_rows(min_row=4, values_only=True) if r[1]]
    assert headers == ["队伍建设", "科技赋能", "案件查办", "案卷质量", "监督帮扶", "规范检查"]


def test_draw_is_reproducible_recorded_and_never_redrawn_silently(records, tmp_path):
    first = open_store(str(tmp_path / "a.sqlite"))
    record = make_draw(first, ROSTER, records, seed="2025-drill")
    drawn = record.results()
    assert set(drawn) == {"李明", "何伟", "唐浩", "吴敏", "巴南区生态环境局"}
    assert len(set(drawn.values())) == len(drawn)  # no file drawn twice
    result = evaluate(ROSTER, records)
    used = {f["case_file"] for c in result["candidates"] for f in c["quality"]["files"]
            if f["case_file"]}
    assert not used & set(drawn.values())  # never a file another candidate presents
    by_file = {r[0]["case_file"]: r[0] for r in records}
    for name, case_file in drawn.items():
        case = by_file[case_file]
        assert case["in_review_window"]
        if name != "巴南区生态环境局":
            assert name in case["lead_handlers"]
    with pytest.raises(RedrawRefused):
        make_draw(first, ROSTER, records, seed="another")
    again = open_store(str(tmp_path / "b.sqlite"))
    assert make_draw(again, ROSTER, records, seed="2025-drill").results() == drawn
    forced = make_draw(first, ROSTER, records, seed="another", force=True, reason="名单更正后重抽")
    assert forced.previous and latest_draw(first).seed == "another"
    assert len(first.draws()) == 2 * len(drawn)  # both draws kept
    first.close()
    again.close()


def test_cli_candidates_json_and_exit_status(capsys):
    code = main(["candidates", "--roster", ROSTER, CASES, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # a conflict of severity error
    assert {"conflicts", "candidates"} <= set(out)


def test_cli_draw_refuses_a_second_draw(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite")
    assert main(["draw", "--roster", ROSTER, CASES, "--db", db, "--seed", "s1"]) == 0
    assert "抽取池" in capsys.readouterr().out
    assert main(["draw", "--roster", ROSTER, CASES, "--db", db]) == 1
    assert "已抽取过" in capsys.readouterr().err


def test_roster_template_has_use_dropdown(tmp_path, capsys):
    path = tmp_path / "模板.xlsx"
    assert main(["roster-template", str(path)]) == 0
    ws = load_workbook(path).worksheets[0]
    headers = [c.value for c in ws[1]]
    assert any("用途" in str(h) for h in headers)
    assert any("推荐案卷" in str(dv.formula1) for dv in ws.data_validations.dataValidation)
