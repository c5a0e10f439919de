"""Each conflict code: a roster that has it, and one that does not."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
import yaml

from review.case_match import resolve_roster
from review.conflicts import CODES, find_conflicts
from review.draw import apply_draw, draw_files
from review.roster import parse_header, rows_from_records

DATA = Path(__file__).parent / "data" / "roster"
CASES = json.loads((DATA / "cases.json").read_text(encoding="utf-8"))
BASE = yaml.safe_load((DATA / "base_roster.yaml").read_text(encoding="utf-8"))


def roster_of(rows):
    recs = [(i, {parse_header(k) or k: v for k, v in r.items()}) for i, r in enumerate(rows, start=2)]
    return rows_from_records(recs, "<test>")


def conflicts(extra=(), *, base=BASE, cases=CASES, config=None, draw_seed=None):
    rows = list(base) + list(extra)
    res = resolve_roster(roster_of(rows), cases)
    if draw_seed is not None:
        apply_draw(res, draw_files(res, seed=draw_seed, config=config))
    return find_conflicts(res, config)


def row(name, use, case=None, kind="个人", note=None):
    return {"候选人": name, "类型": kind, "用途": use, "案件": case, "备注": note}


def of(found, code):
    return [c for c in found if c.code == code]


def test_the_base_roster_has_no_conflict_at_all():
    found = conflicts()
    assert found == [], [c.message for c in found]


def test_the_base_roster_with_its_draw_has_no_conflict():
    assert conflicts(draw_seed="2025-10-01") == []


# ------------------------------------------------------------------------------------------


def test_shared_case_file():
    # 王华 also presents case-01 (李明's recommended file), written another way.
    found = conflicts([row("王华", "随机抽取案卷", "巴南环罚〔2025〕第12号")])
    (c,) = of(found, "shared_case_file")
    assert set(c.candidates) == {"李明", "王华"}
    assert c.case_files == ["cases/case-01"]
    assert c.cases == ["渝（巴南）环罚〔2025〕12号"]
    assert "李明" in c.message and "王华" in c.message and "cases/case-01" in c.message
    assert "不同候选个人不得共用同一份案卷" in c.message
    assert c.severity == "error"
    assert of(conflicts(), "shared_case_file") == []


def test_shared_case_file_for_a_case_not_among_the_files():
    found = conflicts([row("王华", "随机抽取案卷", "渝(巴南)环罚[2025]77号"),
                       row("赵强", "随机抽取案卷", "巴南环罚〔2025〕77号")])
    (c,) = of(found, "shared_case_file")
    assert set(c.candidates) == {"王华", "赵强"} and c.severity == "warning"


def test_case_handling_cases_may_be_shared():
    # 李明 (key) and the collective (key_field) both use case-04: allowed for case handling.
    found = conflicts([row("赵强", "重点案件", "巴南环移〔2025〕2号")])
    assert of(found, "shared_case_file") == []
    assert of(found, "collective_shares_with_individual") == []


def test_collective_shares_with_individual():
    found = conflicts([row("巴南区生态环境局", "随机抽取案卷", "case-07", kind="集体")])
    (c,) = of(found, "collective_shares_with_individual")
    assert set(c.candidates) == {"巴南区生态环境局", "赵强"}
    assert "候选集体与候选个人不得共用同一份案卷" in c.message
    assert "cases/case-07" in c.message
    assert of(conflicts(), "collective_shares_with_individual") == []


def test_double_counted_case():
    # case-04 is 李明's key case; claiming it for key_field as well is a double count.
    found = conflicts([row("李明", "关键领域", "渝（巴南）环罚〔2025〕30号")])
    (c,) = of(found, "double_counted_case")
    assert c.candidates == ["李明"] and c.case_files == ["cases/case-04"]
    assert "“重点案件”" in c.message and "“关键领域”" in c.message
    assert "不重复" in c.message
    assert sorted(c.rows) == [4, 13]
    assert of(conflicts(), "double_counted_case") == []


def test_double_counted_case_collective_identification_and_handling():
    case = copy.deepcopy(CASES)
    case[1]["pushed_lead"] = True
    found = conflicts([row("巴南区生态环境局", "线索查办", "渝（巴南）环罚〔2025〕21号", kind="集体")],
                      cases=case)
    (c,) = of(found, "double_counted_case")
    assert "线索识别与线索查办的案件不可重复" in c.message


def test_collective_may_count_one_case_in_two_categories():
    # A hazardous-waste transfer that is also a soil case: hazardous_waste and new_field.
    case = copy.deepcopy(CASES)
    case[3]["case_types"] = ["hazardous_waste", "transfer_criminal", "soil"]
    found = conflicts([row("巴南区生态环境局", "关键领域", "巴南环移〔2025〕2号", kind="集体")], cases=case)
    assert of(found, "double_counted_case") == []


def test_not_lead_handler():
    # 赵强 is not among case-01's filing handlers (李明, 王华).
    found = conflicts([row("赵强", "随机抽取案卷", "渝（巴南）环罚〔2025〕12号")])
    (c,) = of(found, "not_lead_handler")
    assert c.candidates == ["赵强"] and c.case_files == ["cases/case-01"]
    assert "立案审批表承办人为李明、王华" in c.message
    assert c.severity == "error"
    assert of(conflicts(), "not_lead_handler") == []


def test_not_lead_handler_explains_filing_handler_without_inspection():
    # 孙丽 is a filing handler of case-02 and an inquirer: a lead handler. Of case-09 too.
    # 赵强 is a filing handler of case-05 but neither inspector nor inquirer.
    found = conflicts([row("赵强", "随机抽取案卷", "巴南环立〔2025〕40号")])
    (c,) = of(found, "not_lead_handler")
    assert "是立案审批表承办人，但不是现场检查笔录的检查人" in c.message


def test_not_lead_handler_masked_name_is_a_warning():
    found = conflicts([row("张建军", "推荐案卷", "渝（巴南）环罚〔2025〕48号")])
    (c,) = of(found, "not_lead_handler")
    assert c.severity == "warning" and "张*军" in c.message


def test_collective_needs_no_lead_handler():
    found = conflicts([row("巴南区生态环境局", "随机抽取案卷", "渝（巴南）环罚〔2025〕45号", kind="集体")])
    assert of(found, "not_lead_handler") == []


def test_outside_review_window():
    # case-06: penalty decision of 2024-10-15, before 2024-11-01.
    found = conflicts([row("王华", "随机抽取案卷", "渝（巴南）环罚〔2024〕40号")])
    (c,) = of(found, "outside_review_window")
    assert c.candidates == ["王华"] and "2024-10-15" in c.message and "2024-11-01" in c.message
    assert c.severity == "error"
    # The start date is configuration.
    later = conflicts([row("王华", "随机抽取案卷", "渝（巴南）环罚〔2024〕40号")],
                      config={"review_window": {"start": "2024-10-01"}})
    assert of(later, "outside_review_window") == []
    assert of(conflicts(), "outside_review_window") == []


def test_outside_review_window_unknown_date_is_a_warning():
    case = copy.deepcopy(CASES)
    case[8]["measure_date"] = None
    case[8]["in_review_window"] = None
    found = conflicts(cases=case)        # 王华's recommended file is case-09
    (c,) = of(found, "outside_review_window")
    assert c.severity == "warning"


def test_category_not_supported_key_without_police_filing():
    # case-05: transfer for detention, no 公安立案 document.
    found = conflicts([row("王华", "重点案件", "巴南环移〔2025〕5号")])
    (c,) = of(found, "category_not_supported")
    assert "公安" in c.message and "立案" in c.message and "王华" in c.message
    case = copy.deepcopy(CASES)
    case[4]["police_filed"] = True
    assert of(conflicts([row("王华", "重点案件", "巴南环移〔2025〕5号")], cases=case),
              "category_not_supported") == []


def test_category_not_supported_key_field_without_tags():
    found = conflicts([row("李明", "关键领域", "渝（巴南）环罚〔2025〕21号")])
    (c,) = of(found, "category_not_supported")
    assert "关键领域" in c.message and "案件类型不属于" in c.message


def test_category_not_supported_use_of_the_other_kind():
    found = conflicts([row("李明", "线索识别", "渝（巴南）环罚〔2025〕21号"),
                       row("巴南区生态环境局", "重点案件", "巴南环移〔2025〕2号", kind="集体")])
    got = of(found, "category_not_supported")
    assert {c.candidates[0] for c in got} == {"李明", "巴南区生态环境局"}
    assert of(conflicts(), "category_not_supported") == []


def test_case_not_found_names_the_closest():
    found = conflicts([row("赵强", "非现场", "渝（巴南）环罚〔2025〕53号")])
    (c,) = of(found, "case_not_found")
    assert c.candidates == ["赵强"] and c.cases == ["渝（巴南）环罚〔2025〕53号"]
    assert "找不到" in c.message and "最接近" in c.message
    assert c.case_files          # the closest candidates
    assert of(conflicts(), "case_not_found") == []


def test_case_not_found_when_ambiguous():
    found = conflicts([row("李明", "随机抽取案卷", "重庆市巴南区鑫源化工有限公司")])
    (c,) = of(found, "case_not_found")
    assert "多个案卷" in c.message and "cases/case-01" in c.message and "cases/case-02" in c.message


def test_roster_veto():
    found = conflicts([row("王华", "否决事项", note="2025年一起处罚案件行政诉讼败诉")])
    (c,) = of(found, "roster_veto")
    assert c.candidates == ["王华"] and "行政诉讼败诉" in c.message and "不得推荐" in c.message
    assert of(conflicts([row("王华", "否决事项", note="无")]), "roster_veto") == []
    assert of(conflicts(), "roster_veto") == []


def test_duplicate_quality_file():
    found = conflicts([row("赵强", "随机抽取案卷", "渝（巴南）环罚〔2025〕35号")])   # = case-07 again
    (c,) = of(found, "duplicate_quality_file")
    assert "推荐案卷与随机抽取案卷是同一份" in c.message
    assert of(conflicts(), "duplicate_quality_file") == []


@pytest.mark.parametrize("code", list(CODES))
def test_every_code_has_a_title(code):
    assert CODES[code]


def test_conflict_dicts_are_json():
    found = conflicts([row("王华", "随机抽取案卷", "巴南环罚〔2025〕第12号"),
                       row("赵强", "非现场", "渝（巴南）环罚〔2025〕53号")])
    text = json.dumps([c.to_dict() for c in found], ensure_ascii=False)
    for key in ("code", "candidates", "cases", "message"):
        assert f'"{key}"' in text
