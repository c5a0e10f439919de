"""Rule registry: registration by name, verdicts, running a checklist's rules."""

from __future__ import annotations

import pytest
import yaml

from checklists import registry
from checklists.registry import (
    Evidence, UnknownRuleError, Verdict, evaluate, get_rule, missing_rules, registered_rules, rule,
    run_rule, unregister,
)
from checklists.schema import load_checklist


@pytest.fixture
def names():
    """Register test rules under throwaway names; remove them afterwards."""
    made: list[str] = []

    def make(name: str) -> str:
        made.append(name)
        return name

    yield make
    for n in made:
        unregister(n)


def test_register_get_and_list(names):
    @rule(names("zz_test_simple"))
    def simple(case, config):
        return Verdict.passed("ok")

    assert get_rule("zz_test_simple") is simple
    assert "zz_test_simple" in registered_rules()
    assert list(registered_rules()) == sorted(registered_rules())


def test_duplicate_name_is_refused_unless_replace(names):
    name = names("zz_test_dup")

    @rule(name)
    def first(case, config):
        return Verdict.passed()

    with pytest.raises(ValueError, match="already registered"):
        @rule(name)
        def second(case, config):
            return Verdict.failed()

    @rule(name, replace=True)
    def third(case, config):
        return Verdict.failed()

    assert get_rule(name) is third
    rule(name, replace=False)(third)  # re-registering the same function is harmless


@pytest.mark.parametrize("bad", ["", "Bad", "with space", "1abc", None])
def test_rule_names_are_checked(bad):
    with pytest.raises(ValueError):
        rule(bad)


def test_unknown_rule():
    with pytest.raises(UnknownRuleError):
        get_rule("zz_never_registered")
    v = run_rule("zz_never_registered", case=None)
    assert v.verdict == "needs_review" and "not registered" in v.note
    with pytest.raises(UnknownRuleError):
        run_rule("zz_never_registered", case=None, strict=True)


def test_params_are_passed_as_keywords(names):
    seen = {}

    @rule(names("zz_test_params"))
    def with_params(case, config, document="penalty_decision", part=None):
        seen.update(case=case, config=config, document=document, part=part)
        return Verdict.passed()

    run_rule("zz_test_params", "CASE", {"k": 1}, {"document": "no_penalty_decision", "part": "x"})
    assert seen == {"case": "CASE", "config": {"k": 1}, "document": "no_penalty_decision", "part": "x"}


def test_a_crashing_rule_needs_review_not_pass(names):
    @rule(names("zz_test_crash"))
    def crash(case, config):
        raise KeyError("decision_date")

    v = run_rule("zz_test_crash", case=None)
    assert v.verdict == "needs_review" and "KeyError" in v.note
    with pytest.raises(KeyError):
        run_rule("zz_test_crash", case=None, strict=True)


def test_a_rule_returning_something_else_needs_review(names):
    @rule(names("zz_test_wrong"))
    def wrong(case, config):
        return "pass"

    assert run_rule("zz_test_wrong", None).verdict == "needs_review"
    with pytest.raises(TypeError):
        run_rule("zz_test_wrong", None, strict=True)


def test_verdict_validation_and_helpers():
    with pytest.raises(ValueError):
        Verdict("ok")
    with pytest.raises(ValueError):
        Verdict("fail", points_lost=-1)
    ev = Evidence("penalty_decision", 3, "决定书日期 2025年5月20日", "决定书.pdf", (1.0, 2.0, 3.0, 4.0))
    v = Verdict.failed("超期", [ev], points_lost=0.5)
    assert v.to_dict()["evidence"][0]["page"] == 3 and v.points_lost == 0.5
    assert Verdict.not_applicable().verdict == "na"
    assert Verdict.needs_review("无立案日期").verdict == "needs_review"


def test_evidence_from_a_fact_like_object():
    class Doc:
        doc_type = "inquiry_record"

    class Fact:
        document = Doc()
        page = 2
        text = "询问人：李明"
        source = "询问笔录.pdf"
        box = [1, 2, 3, 4]

    ev = Evidence.from_fact(Fact())
    assert ev == Evidence("inquiry_record", 2, "询问人：李明", "询问笔录.pdf", (1, 2, 3, 4))
    ev2 = Evidence.from_fact({"doc_type": "penalty_decision", "page": 1, "text": "x"})
    assert ev2.doc_type == "penalty_decision" and ev2.box is None


def _checklist_with_rules(tmp_path, rule_a: str, rule_b: str):
    data = {
        "checklist": {"kind": "mini", "title": "测试", "source": "《测试细则》", "version": "1"},
        "vetoes": [{"id": "V01", "category": "执法程序", "heading": "执法程序", "text": "否决", "rule": rule_a}],
        "documents": [{
            "group": "D-decision", "name": "行政处罚决定书", "document": "penalty_decision", "absent": "zero",
            "items": [
                {"id": "D-decision-1", "heading": "执法程序", "text": "期限", "points": 1, "rule": rule_b,
                 "params": {"document": "penalty_decision"}},
                {"id": "D-decision-2", "heading": "执法程序", "text": "期限2", "points": 1, "rule": rule_b,
                 "params": {"document": "penalty_decision"}},
                {"id": "D-decision-3", "heading": "执法程序", "text": "另一文书", "points": 1, "rule": rule_b,
                 "params": {"document": "no_penalty_decision"}},
                {"id": "D-decision-4", "heading": "事实认定", "text": "人工", "points": 1},
            ]}],
    }
    path = tmp_path / "mini.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load_checklist(path)


def test_evaluate_runs_each_rule_once_per_params(tmp_path, names):
    a, b = names("zz_test_veto"), names("zz_test_doc")
    calls = []

    @rule(a)
    def veto_rule(case, config):
        return Verdict.passed()

    @rule(b)
    def doc_rule(case, config, document):
        calls.append(document)
        return Verdict.failed(document, [Evidence(document, 1, "x")])

    cl = _checklist_with_rules(tmp_path, a, b)
    out = evaluate(cl, case=object())
    assert sorted(out) == ["D-decision-1", "D-decision-2", "D-decision-3", "V01"]
    assert sorted(calls) == ["no_penalty_decision", "penalty_decision"]
    assert out["D-decision-3"].note == "no_penalty_decision"
    assert out["D-decision-1"] is not out["D-decision-2"]
    assert out["D-decision-1"].evidence is not out["D-decision-2"].evidence


def test_missing_rules(tmp_path, names):
    a = names("zz_test_present")
    rule(a)(lambda case, config: Verdict.passed())
    cl = _checklist_with_rules(tmp_path, a, "zz_test_absent")
    assert missing_rules(cl) == ["zz_test_absent"]
    out = evaluate(cl, case=None)
    assert out["D-decision-1"].verdict == "needs_review"


def test_registry_module_does_not_depend_on_case_shape(names):
    @rule(names("zz_test_any_case"))
    def any_case(case, config):
        return Verdict.passed() if case else Verdict.needs_review()

    assert run_rule("zz_test_any_case", {"x": 1}).verdict == "pass"
    assert run_rule("zz_test_any_case", None).verdict == "needs_review"
    assert registry.VERDICTS == ("pass", "fail", "na", "needs_review")
