"""案卷质量 sub-score and the evaluate_candidates JSON object (roster.md)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import openpyxl
import pytest
import yaml

from review.allocation import load_config
from review.draw import draw_from_roster
from review.roster import read_roster
from review.subscores import FileScore, evaluate_candidates, quality_subscore, read_score

DATA = Path(__file__).parent / "data" / "roster"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
BASE = yaml.safe_load((DATA / "base_roster.yaml").read_text(encoding="utf-8"))
NOW = datetime(2025, 10, 1, tzinfo=timezone.utc)


def fs(use, score, provisional=False, rng=None):
    s, p, r = read_score({"score": score, "provisional": provisional, "score_range": rng}
                         if score is not None or provisional else None)
    return FileScore(use, f"f-{use}", use, score=s, provisional=p, score_range=r)


# ------------------------------------------------------------------------------------------
# Quality


def test_default_is_weight_times_mean_over_100():
    q = quality_subscore("individual", [fs("quality_recommended", 92), fs("quality_drawn", 90)])
    assert q.score == pytest.approx(30 * 91 / 100) and q.max == 30
    assert not q.provisional and q.score_range == (27.3, 27.3)
    q = quality_subscore("collective", [fs("quality_recommended", 80), fs("quality_drawn", 100)])
    assert q.score == pytest.approx(16.2) and q.max == 18


def test_provisional_while_a_file_score_is():
    q = quality_subscore("individual", [fs("quality_recommended", 90),
                                        fs("quality_drawn", 80, True, (70, 95))])
    assert q.provisional
    assert q.score == pytest.approx(25.5)
    assert q.score_range == (24.0, 27.75)


def test_unchecked_or_missing_file_has_no_score_but_a_range():
    q = quality_subscore("individual", [fs("quality_recommended", 90)])     # no drawn file
    assert q.score is None and q.provisional
    assert q.score_range == (13.5, 28.5)
    assert [f.source for f in q.files] == ["roster", "missing"]
    q = quality_subscore("individual", [fs("quality_recommended", 90), fs("quality_drawn", None)])
    assert q.score is None and q.score_range == (13.5, 28.5)


def test_combination_is_configuration():
    files = [fs("quality_recommended", 100), fs("quality_drawn", 60)]
    cfg = load_config(overrides={"quality": {"combine": "weighted",
                                             "file_weights": {"quality_recommended": 1,
                                                              "quality_drawn": 3}}})
    assert quality_subscore("individual", files, cfg).score == pytest.approx(30 * 70 / 100)
    cfg = load_config(overrides={"quality": {"combine": "min"}})
    assert quality_subscore("individual", files, cfg).score == pytest.approx(18)
    cfg = load_config(overrides={"quality": {"individual": {"weight": 20}}})
    assert quality_subscore("individual", files, cfg).score == pytest.approx(16)


def test_read_score_accepts_numbers_dicts_objects_and_none():
    @dataclass
    class Score:
        score: float
        provisional: bool
        score_range: tuple

    assert read_score(None) == (None, True, (0.0, 100.0))
    assert read_score(88) == (88.0, False, (88.0, 88.0))
    assert read_score({"score": 70, "provisional": True, "score_range": [60, 90]}) == \
        (70.0, True, (60.0, 90.0))
    assert read_score(Score(75, True, (50, 80))) == (75.0, True, (50.0, 80.0))
    assert read_score({"score": 0}) == (0.0, False, (0.0, 0.0))      # a veto scores 0


# ------------------------------------------------------------------------------------------
# evaluate_candidates


def test_json_object_of_roster_md():
    scores = {"cases/case-01": 92, "cases/case-09": {"score": 85, "provisional": True,
                                                      "score_range": [80, 90]},
              "cases/case-07": None, "cases/case-08": 88}
    draw = draw_from_roster(read_roster(DATA / "base_roster.yaml"), CASES, seed="s", now=NOW)
    drawn = draw.results()
    scores[drawn["李明"]] = 90
    scores[drawn["巴南区生态环境局"]] = 94
    out = evaluate_candidates(DATA / "base_roster.yaml", CASES, scores=scores, draw=draw)
    json.dumps(out, ensure_ascii=False)                       # plain JSON
    assert set(out) >= {"conflicts", "candidates", "unmatched_rows", "roster_issues", "rows",
                        "draw", "config"}
    assert out["conflicts"] == []
    by = {c["candidate"]: c for c in out["candidates"]}
    assert list(by) == ["李明", "王华", "赵强", "巴南区生态环境局"]
    li = by["李明"]
    assert li["kind"] == "individual"
    assert li["quality"]["max"] == 30 and li["quality"]["score"] == pytest.approx(27.3)
    assert [f["use"] for f in li["quality"]["files"]] == ["quality_recommended", "quality_drawn"]
    assert li["quality"]["files"][1]["source"] == "draw"
    assert li["case_handling"] == {"new_tech": 3, "key": 10, "key_field": 0}
    assert {(a["case"], a["category"]) for a in li["allocation"]} == {
        ("渝（巴南）环罚〔2025〕21号", "new_tech"), ("渝（巴南）环罚〔2025〕30号", "key")}
    assert li["allocation_differs"] is False
    wang = by["王华"]
    # 王华's drawn file has no score yet
    assert wang["quality"]["provisional"] and wang["quality"]["score"] is None
    assert not wang["needs_draw"]
    undrawn = evaluate_candidates(DATA / "base_roster.yaml", CASES)
    assert [c["needs_draw"] for c in undrawn["candidates"]] == [True, True, True, True]
    zhao = by["赵强"]
    assert zhao["quality"]["files"][0]["score"] is None                       # not yet checked
    col = by["巴南区生态环境局"]
    assert col["quality"]["max"] == 18
    assert col["quality"]["score"] == pytest.approx(18 * (88 + 94) / 2 / 100)
    assert col["case_handling"] == {"hazardous_waste": 3.5, "third_party_fraud": 0,
                                    "new_field": 0, "non_site": 2}
    assert out["config"]["review_window_start"] == "2024-11-01"


def _rows(*extra):
    return list(BASE) + [dict(e) for e in extra]


def test_claimed_and_best_allocation_side_by_side():
    # 李明 claims case-04 (key) again as key_field and claims case-01 (drone) for nothing.
    out = evaluate_candidates(_rows({"候选人": "李明", "类型": "个人", "用途": "关键领域",
                                     "案件": "巴南环移〔2025〕2号"},
                                    {"候选人": "李明", "类型": "个人", "用途": "新装备",
                                     "案件": "渝（巴南）环罚〔2025〕12号"}), CASES)
    li = next(c for c in out["candidates"] if c["candidate"] == "李明")
    assert "double_counted_case" in li["conflicts"]
    # Claimed: key 10 + key_field 5 (case-04 twice) + new equipment 4 + non-site 3.
    assert li["claimed_case_handling"] == {"new_tech": 7, "key": 10, "key_field": 5}
    doubled = [a for a in li["claimed_allocation"] if a.get("double_counted")]
    assert {a["category"] for a in doubled} == {"key", "key_field"}
    # Best: case-04 once (key 10), case-01 new equipment 4 (or hw 5: key_field beats it),
    # case-02 non-site 3.
    assert li["case_handling"] == {"new_tech": 3, "key": 10, "key_field": 5}
    assert li["allocation_differs"] is True
    assert sum(li["case_handling"].values()) == li["case_handling_total"] == 18


def test_ineligible_cases_do_not_count():
    out = evaluate_candidates(_rows({"候选人": "赵强", "类型": "个人", "用途": "非现场",
                                     "案件": "渝（巴南）环罚〔2025〕21号"}), CASES)   # not his case
    zhao = next(c for c in out["candidates"] if c["candidate"] == "赵强")
    assert zhao["case_handling"]["new_tech"] == 0
    row = [a for a in zhao["claimed_allocation"] if a["case"] == "渝（巴南）环罚〔2025〕21号"][0]
    assert row["supported"] is False and "主要承办人" in row["reason"]


def test_unmatched_rows_and_issues_are_reported(tmp_path):
    path = tmp_path / "r.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["候选人", "类型", "用途", "案件"])
    ws.append(["李明", "个人", "推荐案卷", "渝（巴南）环罚〔2025〕12号"])
    ws.append(["李明", "个人", "优秀案卷", "x"])
    ws.append(["李明", "个人", "非现场", "渝（巴南）环罚〔2025〕99号"])
    wb.save(path)
    out = evaluate_candidates(path, CASES)
    assert [i["row"] for i in out["roster_issues"]] == [3]
    assert [r["row"] for r in out["unmatched_rows"]] == [4]
    assert out["conflicts"][0]["code"] == "case_not_found"


def test_vetoed_candidate_is_blocked():
    out = evaluate_candidates(_rows({"候选人": "赵强", "类型": "个人", "用途": "否决事项",
                                     "备注": "连续3年获评表现突出个人"}), CASES)
    zhao = next(c for c in out["candidates"] if c["candidate"] == "赵强")
    assert zhao["blocked"] and zhao["vetoes"] == ["连续3年获评表现突出个人"]
    assert "roster_veto" in zhao["conflicts"]


# ------------------------------------------------------------------------------------------
# A roster nobody has seen: odd rows and odd case dicts never crash the evaluation.

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = st.one_of(st.none(), st.text(max_size=12),
                  st.sampled_from(["李明", "王华", "巴南区生态环境局", "个人", "集体", "推荐案卷",
                                   "随机抽取案卷", "重点案件", "关键领域", "非现场", "线索识别",
                                   "否决事项", "渝(巴南)环罚[2025]12号", "〔2025〕", "case-0",
                                   "重庆市巴南区鑫源化工有限公司", "张*军"]))
_ROW = st.fixed_dictionaries({"候选人": _TEXT, "类型": _TEXT, "用途": _TEXT, "案件": _TEXT,
                              "备注": _TEXT, "执法证号": st.one_of(st.none(), st.integers())})
_CASE = st.fixed_dictionaries({
    "case_file": st.text(min_size=1, max_size=8),
    "decision_number": _TEXT, "party": _TEXT, "cause": _TEXT,
    "measure": st.sampled_from([None, "penalty", "seizure", "transfer_criminal", "no_penalty"]),
    "measure_date": st.sampled_from([None, "2025-03-01", "2024-01-01", "garbage"]),
    "lead_handlers": st.lists(_TEXT, max_size=3),
    "filing_handlers": st.one_of(st.none(), st.lists(_TEXT, max_size=3)),
    "case_types": st.lists(st.sampled_from(["hazardous_waste", "soil", "transfer_criminal", "x"]),
                           max_size=3),
    "documents": st.one_of(st.none(), st.lists(st.fixed_dictionaries(
        {"doc_type": _TEXT, "number": _TEXT}), max_size=3)),
})


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(_ROW, max_size=8), cases=st.lists(_CASE, max_size=5),
       score=st.one_of(st.none(), st.floats(0, 100), st.text(max_size=3)))
def test_evaluate_never_crashes(rows, cases, score):
    scores = {c["case_file"]: score for c in cases}
    out = evaluate_candidates(rows, cases, scores=scores)
    json.dumps(out, ensure_ascii=False)
    draw = draw_from_roster(rows_of(rows), cases, seed="x")
    evaluate_candidates(rows, cases, scores=scores, draw=draw)


def rows_of(rows):
    from review.roster import parse_header, rows_from_records

    return rows_from_records([(i, {parse_header(k) or k: v for k, v in r.items()})
                              for i, r in enumerate(rows, start=2)])
