"""File score: the 2024 细则 formula, provisional ranges, configuration, and data-driven edits."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checklists.registry import Verdict
from checklists.schema import DATA_DIR, load_checklist
from review.score import (
    DEFAULT_SCORING_CONFIG, ItemResult, ScoringConfig, ScoringConfigError, effective_results,
    load_scoring_config, score_file,
)

GP = load_checklist("general_penalty")
TD = load_checklist("transfer_detention")


def all_pass(cl, **changes):
    res = {it.id: "pass" for it in cl.items}
    res.update(changes)
    return res


# --------------------------------------------------------------------------- the formula


def test_a_clean_file_scores_100():
    s = score_file(GP, all_pass(GP))
    assert (s.score, s.grade, s.earned, s.possible, s.deductions) == (100.0, "优秀", 100.0, 100.0, 0.0)
    assert not s.provisional and s.score_range == (100.0, 100.0) and s.veto == ()


def test_any_veto_scores_0():
    s = score_file(GP, all_pass(GP, V05="fail"))
    assert (s.score, s.grade, s.veto) == (0.0, "不合格", ("V05",))
    s = score_file(GP, all_pass(GP, V02=Verdict.failed("只有一名执法人员"), V21="fail"))
    assert s.score == 0.0 and s.veto == ("V02", "V21")


def test_failed_item_loses_its_points():
    s = score_file(GP, all_pass(GP, **{"D-decision-10": "fail"}))
    assert (s.earned, s.possible, s.score) == (99.0, 100.0, 99.5)


def test_partial_loss():
    s = score_file(GP, all_pass(GP, **{"D-decision-1": {"verdict": "fail", "points_lost": 1.5}}))
    assert (s.earned, s.score) == (98.5, 99.25)
    assert s.item("D-decision-1").lost == 1.5 and s.item("D-decision-1").earned == 1.5


def test_na_item_leaves_both_sums():
    s = score_file(GP, all_pass(GP, **{"D-decision-10": "na", "D-decision-1": "fail"}))
    assert (s.earned, s.possible) == (96.0, 99.0)
    assert s.score == round(50 + 50 * 96 / 99, 2)
    assert not s.item("D-decision-10").counted


def test_missing_required_document_scores_0_and_stays_in_possible():
    s = score_file(GP, all_pass(GP), absent_documents=["penalty_decision"])
    assert (s.earned, s.possible, s.score) == (85.0, 100.0, 92.5)
    it = s.item("D-decision-3")
    assert (it.verdict, it.source, it.counted, it.earned) == ("fail", "absent_document", True, 0.0)


def test_missing_not_applicable_document_leaves_both_sums():
    s = score_file(GP, all_pass(GP), absent_documents=["monitoring_report", "hearing_notice", "hearing_record"])
    assert (s.earned, s.possible, s.score) == (83.0, 83.0, 100.0)


def test_present_documents_derive_the_absent_ones():
    present = set(GP.documents()) - {"penalty_decision"}
    a = score_file(GP, all_pass(GP), present_documents=present)
    b = score_file(GP, all_pass(GP), absent_documents=["penalty_decision"])
    assert a.score == b.score == 92.5


def test_basic_element_deductions():
    s = score_file(GP, all_pass(GP, **{"BE-doc-1": "fail"}))
    assert (s.deductions, s.score) == (3.0, 97.0)
    every = {it.id: "fail" for it in GP.basic_elements}
    s = score_file(GP, all_pass(GP, **every))
    assert (s.deductions, s.score) == (20.0, 80.0)


def test_basic_element_counted_once_per_element_by_default():
    res = all_pass(GP, **{"BE-rec-9": {"verdict": "fail", "points_lost": 3}})  # 3 records lack it
    assert score_file(GP, res).deductions == 1.0
    per_doc = ScoringConfig(basic_count="per_document")
    assert score_file(GP, res, config=per_doc).deductions == 3.0
    every = {it.id: {"verdict": "fail", "points_lost": 5} for it in GP.basic_elements}
    assert score_file(GP, all_pass(GP, **every), config=per_doc).deductions == 20.0  # cap


def test_voiding_item_zeroes_its_document():
    s = score_file(GP, all_pass(GP, **{"D-monitoring-2": "fail"}))  # no CMA mark
    assert (s.earned, s.possible, s.score) == (95.0, 100.0, 97.5)
    assert all(s.item(f"D-monitoring-{n}").voided for n in range(1, 9))
    s = score_file(GP, all_pass(GP, **{"D-monitoring-2": "fail", "D-monitoring-5": "na"}))
    assert (s.earned, s.possible) == (95.0, 99.5)


def test_transfer_bonus_enters_the_numerator_only_and_the_ratio_is_capped():
    lose25 = {f"D-decision-{n}": "fail" for n in range(1, 11)} | {f"D-correction-{n}": "fail" for n in range(1, 7)}
    s = score_file(TD, all_pass(TD, **lose25))
    assert (s.earned, s.bonus, s.possible, s.score) == (75.0, 15.0, 100.0, 95.0)
    s = score_file(TD, all_pass(TD, **lose25, **{"D-bonus-1": "fail"}))
    assert (s.bonus, s.score) == (0.0, 87.5)
    s = score_file(TD, all_pass(TD, **lose25), absent_documents=["police_detention_decision"])
    assert (s.bonus, s.score) == (0.0, 87.5)
    s = score_file(TD, all_pass(TD, **{"D-decision-10": "fail"}))  # (99 + 15) / 100 capped at 1
    assert s.score == 100.0 and s.ratio == 1.0
    assert score_file(TD, all_pass(TD, **{"D-decision-10": "fail"}), config=ScoringConfig(ratio_cap=2)).score == 107.0
    assert score_file(TD, all_pass(TD, **lose25), config=ScoringConfig(bonus_mode="ignore")).score == 87.5


# --------------------------------------------------------------------------- reviewers and provisional scores


def test_reviewer_overrides_machine_and_both_are_kept():
    machine = all_pass(GP, **{"D-decision-10": Verdict.failed("超过90日")})
    s = score_file(GP, machine, decisions={"D-decision-10": "pass"})
    it = s.item("D-decision-10")
    assert (s.score, it.verdict, it.source, it.machine_verdict) == (100.0, "pass", "reviewer", "fail")
    s = score_file(GP, all_pass(GP), decisions={"V04": {"verdict": "fail", "note": "处罚了施工单位"}})
    assert s.score == 0.0 and s.item("V04").note == "处罚了施工单位"


def test_reviewer_overrides_the_absent_document_rule():
    s = score_file(GP, all_pass(GP), absent_documents=["inspection_record"],
                   decisions={f"D-inspection-{n}": "na" for n in range(1, 6)})  # 根据案情无需制作
    assert (s.possible, s.score) == (90.0, 100.0)


def test_unreviewed_items_make_the_score_provisional_with_a_range():
    res = all_pass(GP)
    del res["D-decision-1"]  # no machine rule, no reviewer yet (3 points)
    s = score_file(GP, res)
    assert s.provisional and s.pending == ("D-decision-1",)
    assert s.score == 100.0  # computed on what is decided
    assert s.score_range == (98.5, 100.0)
    assert s.grade_range == ("优秀", "优秀")
    assert s.item("D-decision-1").source == "none"


def test_a_pending_veto_makes_the_minimum_0():
    s = score_file(GP, all_pass(GP, V07="needs_review"))
    assert s.provisional and s.veto_pending == ("V07",) and s.veto == ()
    assert s.score_range == (0.0, 100.0) and s.grade_range == ("不合格", "优秀")


def test_a_pending_basic_element_and_bonus_widen_the_range():
    s = score_file(GP, all_pass(GP, **{"BE-doc-1": "needs_review"}))
    assert s.score_range == (97.0, 100.0)
    lose25 = {f"D-decision-{n}": "fail" for n in range(1, 11)} | {f"D-correction-{n}": "fail" for n in range(1, 7)}
    s = score_file(TD, all_pass(TD, **lose25, **{"D-bonus-1": "needs_review"}))
    assert s.score_range == (87.5, 95.0) and s.score == 87.5


def test_nothing_decided_yet():
    s = score_file(GP)
    assert s.provisional and len(s.pending) == len(GP.items)
    assert s.score_range == (0.0, 100.0)


def test_input_forms_and_errors():
    assert score_file(GP, all_pass(GP, **{"D-decision-10": ItemResult("fail")})).score == 99.5
    s = score_file(GP, all_pass(GP, **{"D-nothing-1": "pass"}))
    assert s.unknown_results == ("D-nothing-1",)
    with pytest.raises(ValueError, match="verdict must be one of"):
        score_file(GP, {"V01": "ok"})
    with pytest.raises(ValueError, match="exceeds the item's 1 points"):
        score_file(GP, {"D-decision-10": {"verdict": "fail", "points_lost": 2}})
    with pytest.raises(ValueError, match="use verdict 'fail'"):
        score_file(GP, {"D-decision-10": {"verdict": "pass", "points_lost": 0.5}})
    with pytest.raises(TypeError):
        score_file(GP, {"V01": 3})
    merged = effective_results({"V01": "fail", "V02": "pass"}, {"V01": "pass"})
    assert merged["V01"].verdict == "pass" and merged["V02"].verdict == "pass"


def test_grouping_and_export():
    s = score_file(GP, all_pass(GP, **{"D-decision-10": "fail"}))
    by_heading = s.grouped("heading")
    assert list(by_heading) == ["执法主体", "执法程序", "事实认定", "法律适用", "证据效力", "裁量权运用"]
    assert sum(len(v) for v in by_heading.values()) == len(GP.items)
    assert "行政处罚决定书" in s.grouped("category")
    d = s.to_dict()
    assert d["score"] == 99.5 and d["kind"] == "general_penalty" and len(d["items"]) == len(GP.items)
    yaml.safe_dump(d, allow_unicode=True)  # plain data


# --------------------------------------------------------------------------- configuration


def test_shipped_scoring_yaml_equals_the_defaults():
    assert load_scoring_config() == ScoringConfig()
    assert load_scoring_config(DEFAULT_SCORING_CONFIG) == ScoringConfig()


@pytest.mark.parametrize("score,grade", [(100, "优秀"), (90, "优秀"), (89.99, "良好"), (80, "良好"),
                                         (79.5, "合格"), (60, "合格"), (59.99, "不合格"), (0, "不合格")])
def test_default_grade_bands(score, grade):
    assert ScoringConfig().grade(score) == grade


def test_grade_bands_are_configuration(tmp_path):
    text = DEFAULT_SCORING_CONFIG.read_text(encoding="utf-8").replace("{min: 90, grade: 优秀}", "{min: 99.6, grade: 优秀}")
    path = tmp_path / "scoring.yaml"
    path.write_text(text, encoding="utf-8")
    cfg = load_scoring_config(path)
    res = all_pass(GP, **{"D-decision-10": "fail"})
    assert score_file(GP, res).grade == "优秀"
    assert score_file(GP, res, config=cfg).grade == "良好"


def test_conformity_floor_is_configuration():
    res = {it.id: "fail" for it in GP.items if not it.veto} | {it.id: "pass" for it in GP.vetoes}
    assert score_file(GP, res).score == 30.0  # 50 + 50 × 0 − 20, literal formula
    assert score_file(GP, res, config=ScoringConfig(conformity_min=0)).score == 50.0


@pytest.mark.parametrize("data,message", [
    ({"formula": {"legality": 50}}, "formula.legality is not a known key"),
    ({"grade": {}}, "grade is not a known section"),
    ({"basic_elements": {"count": "twice"}}, "basic_elements.count must be once_per_element or per_document"),
    ({"bonus": {"mode": "add"}}, "bonus.mode must be numerator or ignore"),
    ({"grades": {"bands": [{"min": 60, "grade": "合格"}]}}, "must have a band with min ≤ 0"),
    ({"grades": {"bands": [{"min": 0, "grade": "甲"}, {"min": 0, "grade": "乙"}]}}, "two bands with the same min"),
    ({"formula": {"conformity_points": "fifty"}}, "formula.conformity_points must be a number"),
    ({"rounding": 1.5}, "rounding must be a whole number"),
])
def test_scoring_config_errors_name_file_and_key(tmp_path, data, message):
    path = tmp_path / "scoring.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ScoringConfigError) as info:
        load_scoring_config(path)
    assert str(info.value).startswith(str(path)) and message in str(info.value)


# --------------------------------------------------------------------------- editing the data changes the score


def copy_kind(tmp_path: Path, kind: str = "general_penalty") -> tuple[Path, dict]:
    data = yaml.safe_load((DATA_DIR / f"{kind}.yaml").read_text(encoding="utf-8"))
    return tmp_path / f"{kind}.yaml", data


def save(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def decision_group(data: dict) -> dict:
    return next(g for g in data["documents"] if g["group"] == "D-decision")


BASE = all_pass(GP, **{"D-decision-10": "fail"})  # 99.5 with the shipped file


def test_copied_file_scores_like_the_shipped_one(tmp_path):
    path, data = copy_kind(tmp_path)
    cl = load_checklist(save(path, data))  # includes resolve to checklists/data/common/
    assert cl.items == GP.items
    assert score_file(cl, BASE).score == score_file(GP, BASE).score == 99.5


def test_editing_points_changes_the_score(tmp_path):
    path, data = copy_kind(tmp_path)
    group = decision_group(data)
    item = next(i for i in group["items"] if i["id"] == "D-decision-10")
    item["points"] = 3
    group["points"] = 17
    data["checklist"]["document_points"] = 102
    cl = load_checklist(save(path, data))
    assert score_file(cl, BASE).score == round(50 + 50 * 99 / 102, 2) != 99.5


def test_adding_an_item_changes_the_score(tmp_path):
    path, data = copy_kind(tmp_path)
    group = decision_group(data)
    group["items"].append({"id": "D-decision-11", "heading": "执法程序", "text": "载明本局新增要求的内容。",
                           "points": 2, "deduction": "未载明的扣2分。", "rule": None})
    group["points"] = 17
    data["checklist"]["document_points"] = 102
    cl = load_checklist(save(path, data))
    s = score_file(cl, BASE)  # nobody has judged the new item yet
    assert s.provisional and s.pending == ("D-decision-11",)
    assert s.score_range == (round(50 + 50 * 99 / 102, 2), round(50 + 50 * 101 / 102, 2))
    assert score_file(cl, BASE | {"D-decision-11": "fail"}).score == round(50 + 50 * 99 / 102, 2)


def test_adding_a_veto_changes_the_score(tmp_path):
    path, data = copy_kind(tmp_path)
    data["vetoes"] = [{"id": "V26", "category": "执法程序", "heading": "执法程序",
                       "text": "本地新增的重大问题。", "rule": None}]
    cl = load_checklist(save(path, data))
    assert cl.item("V26").veto
    assert score_file(cl, BASE | {"V26": "pass"}).score == 99.5
    assert score_file(cl, BASE | {"V26": "fail"}).score == 0.0
    assert score_file(cl, BASE).score_range == (0.0, 99.5)


def test_removing_an_item_equals_marking_it_not_applicable(tmp_path):
    path, data = copy_kind(tmp_path)
    group = decision_group(data)
    group["items"] = [i for i in group["items"] if i["id"] != "D-decision-10"]
    group["points"] = 14
    data["checklist"]["document_points"] = 99
    cl = load_checklist(save(path, data))
    res = all_pass(GP, **{"D-decision-1": "fail"})
    assert score_file(cl, res).score == score_file(GP, res | {"D-decision-10": "na"}).score


def test_switching_absent_from_zero_to_na_changes_the_score(tmp_path):
    path, data = copy_kind(tmp_path)
    notice = next(g for g in data["documents"] if g["group"] == "D-notice")
    assert score_file(GP, all_pass(GP), absent_documents=["prior_notice"]).score == 95.0
    notice["absent"] = "na"
    cl = load_checklist(save(path, data))
    assert score_file(cl, all_pass(cl), absent_documents=["prior_notice"]).score == 100.0


def test_excluding_a_shared_veto_changes_the_score(tmp_path):
    path, data = copy_kind(tmp_path)
    data["exclude"] = list(data["exclude"]) + ["V13"]
    cl = load_checklist(save(path, data))
    assert "V13" not in cl
    assert score_file(GP, all_pass(GP, V13="fail")).score == 0.0
    assert score_file(cl, all_pass(GP, V13="fail")).score == 100.0


# --------------------------------------------------------------------------- properties

VERDICT_CHOICES = st.sampled_from(["pass", "fail", "na", "needs_review", None])


@st.composite
def results_for(draw, cl):
    res = {}
    for it in cl.items:
        v = draw(VERDICT_CHOICES)
        if v is None:
            continue
        if v == "fail" and not it.veto and draw(st.booleans()):
            res[it.id] = {"verdict": "fail", "points_lost": draw(st.sampled_from([0, 0.5, it.points / 2, it.points]))}
        else:
            res[it.id] = v
    return res


def _resolve(cl, res, to):
    out = dict(res)
    for it in cl.items:
        r = out.get(it.id)
        verdict = r["verdict"] if isinstance(r, dict) else r
        if verdict in (None, "needs_review"):
            out[it.id] = to
    return out


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(st.data(), st.sampled_from([GP, TD]))
def test_score_lies_in_its_range(data, cl):
    res = data.draw(results_for(cl))
    s = score_file(cl, res)
    lo, hi = s.score_range
    assert lo <= s.score <= hi
    if not s.provisional:
        assert lo == hi == s.score
    if s.veto:
        assert s.score == 0 == hi
    elif not s.veto_pending:
        assert 30 <= lo and hi <= 100
    assert score_file(cl, _resolve(cl, res, "pass")).score == hi
    assert score_file(cl, _resolve(cl, res, "fail")).score == lo


@PROPS
@given(st.data(), st.sampled_from([GP, TD]))
def test_passing_an_item_never_lowers_the_score(data, cl):
    res = data.draw(results_for(cl))
    res = _resolve(cl, res, "pass")
    failed = [k for k, v in res.items() if v == "fail" or (isinstance(v, dict) and v["verdict"] == "fail")]
    if not failed:
        return
    k = data.draw(st.sampled_from(failed))
    before = score_file(cl, res).score
    after = score_file(cl, res | {k: "pass"}).score
    assert after >= before


@PROPS
@given(st.lists(st.sampled_from(sorted(GP.documents())), unique=True))
def test_missing_documents_never_raise_the_score(absent):
    full = score_file(GP, all_pass(GP)).score
    s = score_file(GP, all_pass(GP), absent_documents=absent)
    assert s.score <= full
    zero_docs = {it.document for it in GP.document_items if it.absent == "zero"}
    if not set(absent) & zero_docs:
        assert s.score == full
    assert math.isclose(s.possible, 100 - sum(it.points for it in GP.document_items
                                              if it.document in absent and it.absent == "na"))
