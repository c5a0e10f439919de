"""The random draw: reproducible from the seed, auditable, never a file another candidate uses."""
from __future__ import annotations

import json
import random
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from review.case_match import resolve_roster
from review.draw import (DrawRecord, RedrawRefused, apply_draw, draw_files, draw_from_roster,
                         eligible_pool, rank_key, verify_draw)
from review.roster import parse_header, rows_from_records

DATA = Path(__file__).parent / "data" / "roster"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
BASE = yaml.safe_load((DATA / "base_roster.yaml").read_text(encoding="utf-8"))
NOW = datetime(2025, 10, 1, 9, 0, tzinfo=timezone.utc)


def roster_of(rows):
    recs = [(i, {parse_header(k) or k: v for k, v in r.items()}) for i, r in enumerate(rows, start=2)]
    return rows_from_records(recs, "<test>")


def resolved(rows=BASE, cases=CASES):
    return resolve_roster(roster_of(rows), cases)


def entry(record, name):
    return next(e for e in record.entries if e.candidate == name)


def test_pool_follows_the_rules():
    rec = draw_files(resolved(), seed="s1", now=NOW)
    # 李明 leads case-01 (recommended), 02 (his non-site case), 03, 04 (his key case),
    # 06 (2024-10-15: outside the window). Case-02 and case-04 are used by the collective too.
    e = entry(rec, "李明")
    assert e.pool == ["cases/case-03"]
    assert e.excluded["cases/case-01"] == "本人的推荐案卷"
    assert "早于评查范围起始日2024-11-01" in e.excluded["cases/case-06"]
    assert "巴南区生态环境局" in e.excluded["cases/case-04"]
    assert e.result == "cases/case-03" and e.result_label == "渝（巴南）环罚〔2025〕23号"


def test_only_candidates_without_a_drawn_file_are_drawn():
    rows = BASE + [{"候选人": "王华", "类型": "个人", "用途": "随机抽取案卷", "案件": "巴南环移〔2025〕5号"}]
    rec = draw_files(resolved(rows), seed="s1", now=NOW)
    assert "王华" not in rec.order
    assert rec.order == ["李明", "赵强", "巴南区生态环境局"]     # individuals first


def test_same_seed_same_pool_same_result_whatever_the_input_order():
    a = draw_files(resolved(), seed="audit-2025", now=NOW)
    shuffled = list(CASES)
    random.Random(7).shuffle(shuffled)
    b = draw_files(resolved(cases=shuffled), seed="audit-2025", now=NOW)
    assert a.results() == b.results()
    assert [e.pool for e in a.entries] == [e.pool for e in b.entries]
    assert a.to_dict() == b.to_dict()


def test_the_result_is_the_smallest_hash_in_the_pool():
    rec = draw_files(resolved(), seed="xyz", now=NOW)
    for e in rec.entries:
        if e.pool:
            assert e.result == min(e.pool, key=lambda cf: rank_key("xyz", e.candidate, cf))
    assert verify_draw(rec) == []
    assert verify_draw(rec.to_dict()) == []


def test_a_tampered_record_fails_verification():
    rec = draw_files(resolved(), seed="xyz", now=NOW)
    d = rec.to_dict()
    col = next(e for e in d["entries"] if e["candidate"] == "巴南区生态环境局")
    col["result"] = "cases/case-06"          # not even in the pool
    assert verify_draw(d)
    d2 = rec.to_dict()
    d2["entries"][0]["pool"].append("cases/case-99")       # the pool changed afterwards
    assert any("抽取池" in p for p in verify_draw(d2))


def test_seed_is_generated_and_recorded_when_not_given():
    rec = draw_files(resolved(), now=NOW)
    assert rec.seed and len(rec.seed) >= 8
    again = draw_files(resolved(), seed=rec.seed, now=NOW)
    assert again.results() == rec.results()


@settings(max_examples=60, deadline=None)
@given(seed=st.text(min_size=1, max_size=12))
def test_never_draws_a_file_another_candidate_uses(seed):
    res = resolved()
    rec = draw_files(res, seed=seed, now=NOW)
    used = {}
    for c in res.candidates:
        for cf in c.used_files():
            used.setdefault(cf, set()).add(c.name)
    drawn = list(rec.results().items())
    assert len({cf for _, cf in drawn}) == len(drawn)          # no file drawn twice
    for name, cf in drawn:
        assert not (used.get(cf, set()) - {name}), (name, cf)
        assert cf not in res.find(name).recommended_files()
        case = res.index.get(cf)
        assert case["measure_date"] >= "2024-11-01"
        if res.find(name).kind == "individual":
            assert name in case["lead_handlers"]


def test_empty_pool_is_reported_not_filled():
    rows = [{"候选人": "孙丽", "类型": "个人", "用途": "推荐案卷", "案件": "case-02"},
            {"候选人": "王华", "类型": "个人", "用途": "推荐案卷", "案件": "case-09"},
            {"候选人": "赵强", "类型": "个人", "用途": "关键领域", "案件": "case-07"},
            {"候选人": "赵强", "类型": "个人", "用途": "推荐案卷", "案件": "case-10"}]
    # 孙丽 leads 02 (her recommended), 07 and 10 (used by 赵强), 09 (used by 王华).
    rec = draw_files(resolved(rows), seed="s", now=NOW)
    e = entry(rec, "孙丽")
    assert e.result is None and e.pool == [] and "没有可抽取的案卷" in e.message
    assert e.excluded["cases/case-10"] == "已由赵强使用"


def test_own_case_handling_cases_may_be_drawn():
    rows = [{"候选人": "孙丽", "类型": "个人", "用途": "推荐案卷", "案件": "case-02"},
            {"候选人": "孙丽", "类型": "个人", "用途": "关键领域", "案件": "case-07"}]
    e = entry(draw_files(resolved(rows), seed="s", now=NOW), "孙丽")
    assert "cases/case-07" in e.pool


def test_vetoed_candidates_are_not_drawn_for():
    rows = BASE + [{"候选人": "李明", "类型": "个人", "用途": "否决事项", "备注": "复议撤销"}]
    rec = draw_files(resolved(rows), seed="s", now=NOW)
    e = entry(rec, "李明")
    assert e.result is None and "否决" in e.message


def test_redraw_is_refused_without_force():
    first = draw_files(resolved(), seed="first", now=NOW)
    with pytest.raises(RedrawRefused) as err:
        draw_files(resolved(), seed="second", previous=first, now=NOW)
    assert "first" in str(err.value)
    with pytest.raises(RedrawRefused):
        draw_files(resolved(), previous=first.to_dict(), now=NOW)      # a stored record too
    with pytest.raises(ValueError):
        draw_files(resolved(), previous=first, force=True, now=NOW)     # no reason given


def test_forced_redraw_keeps_the_old_record():
    first = draw_files(resolved(), seed="first", now=NOW)
    second = draw_files(resolved(), seed="second", previous=first, force=True,
                        reason="案卷清单更正后重抽", now=NOW)
    assert second.forced and second.reason == "案卷清单更正后重抽"
    assert second.previous["seed"] == "first"
    assert DrawRecord.from_dict(second.to_dict()).previous["seed"] == "first"


def test_a_later_candidate_can_be_drawn_for_without_touching_the_first_draw():
    first = draw_files(resolved(), seed="first", now=NOW)
    rows = BASE + [{"候选人": "孙丽", "类型": "个人", "用途": "推荐案卷", "案件": "case-10"}]
    later = draw_files(resolved(rows), seed="later", previous=first, only=["孙丽"], now=NOW)
    assert later.order == ["孙丽"]
    assert later.kept == first.results()
    e = entry(later, "孙丽")
    assert not set(e.pool) & set(first.results().values())
    with pytest.raises(RedrawRefused):
        draw_files(resolved(rows), seed="later", previous=first, only=["李明"], now=NOW)


def test_apply_draw_fills_the_drawn_file():
    res = resolved()
    rec = draw_files(res, seed="s", now=NOW)
    apply_draw(res, rec)
    li = res.find("李明")
    drawn = [r for r in li.rows if r.use == "quality_drawn" and r.case]
    assert len(drawn) == 1 and drawn[0].source == "draw"
    assert drawn[0].case_file == rec.result_for("李明")


def test_record_round_trips_through_json():
    rec = draw_from_roster(roster_of(BASE), CASES, seed="s", now=NOW)
    text = json.dumps(rec.to_dict(), ensure_ascii=False)
    back = DrawRecord.from_dict(json.loads(text))
    assert back.to_dict() == rec.to_dict()
    assert back.created_at == "2025-10-01T09:00:00+00:00"
    assert back.window_start == "2024-11-01"


def test_eligible_pool_for_the_collective_is_every_case_in_window():
    res = resolved()
    col = res.find("巴南区生态环境局")
    pool, excluded, _ = eligible_pool(col, CASES, {}, {"review_window": {"start": "2024-11-01"},
                                                       "draw": {"measures": ["penalty", "seizure",
                                                                             "transfer_criminal",
                                                                             "transfer_detention"]}})
    assert "cases/case-08" not in pool          # its recommended file
    assert "cases/case-06" in excluded           # before the window
    assert len(pool) == len(CASES) - 2
