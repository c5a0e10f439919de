"""`review-cases check` on the rule samples (samples/defects/) and the clean samples (samples/cases/).

Done-when of issue 3 item 5: every rule has a sample on which it passes and one on which it fails;
on each defective sample the check fails exactly the broken rule, on the clean ones no rule.

A rule's verdict on a case is the worst over the checklist items and findings that carry it
(fail > needs_review > pass > na); a rule that no item of the case's checklist carries is na.
Where a rule misjudges a realistic file today, the expectation is marked xfail(strict=True) with
the reason (the lead fixes the rule or the extractor, then removes the mark).
"""
from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest

from extractors.pipeline import extract_case
from review.assemble import assemble
from review.check import check_case

REPO = Path(__file__).resolve().parent.parent
DEFECTS = REPO / "samples" / "defects"
EXPECTED: dict[str, dict] = json.loads((DEFECTS / "expected.json").read_text(encoding="utf-8"))
COMMITTED = sorted(json.loads(p.read_text(encoding="utf-8"))["case_file"]
                   for p in (REPO / "samples" / "expected").glob("case-*.json"))
RULES = ["officers_min_two", "filing_approved", "decision_within_90_days", "prior_notice_before_decision",
         "hearing_right_notified", "no_heavier_than_notice", "legal_review_before_decision",
         "collective_discussion_when_required", "investigator_not_voter", "reviewer_not_investigator",
         "decision_contents_complete", "remedy_periods_correct", "service_within_7_working_days",
         "party_consistent", "chronology", "seizure_duration", "transfer_deadlines"]
RANK = {"na": 0, "pass": 1, "needs_review": 2, "fail": 3}

# The rule fails on a file where it should not (a false alarm).
FALSE_ALARMS: dict[tuple[str, str], str] = {}
# The rule does not give the correct verdict (a pass on a broken file, needs_review for pass/fail).
MISSES: dict[tuple[str, str], str] = {}


def rule_verdicts(result: dict) -> dict[str, str]:
    worst: dict[str, str] = {}
    for item in result.get("items", []) + result.get("findings", []):
        rule, verdict = item.get("rule"), item["verdict"]
        if rule and RANK[verdict] > RANK.get(worst.get(rule), -1):
            worst[rule] = verdict
    return worst


def _notes(result: dict, rule: str) -> list[str]:
    return [f"{item.get('id', 'finding')}: {item['verdict']} {item['note']}"
            for item in result.get("items", []) + result.get("findings", []) if item.get("rule") == rule]


@pytest.fixture(scope="module")
def checked():
    cache: dict[str, dict] = {}

    def get(case_file: str) -> dict:
        if case_file not in cache:
            cache[case_file] = check_case(assemble(extract_case(REPO / case_file)))
        return cache[case_file]
    return get


def _xfail(reason: str | None):
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


def _broken_params() -> list:
    return [pytest.param(case, e["broken"], id=Path(case).name, marks=_xfail(MISSES.get((case, e["broken"]))))
            for case, e in EXPECTED.items() if e["broken"]]


def _clean_params() -> list:
    params = []
    for case in list(EXPECTED) + COMMITTED:
        broken = EXPECTED.get(case, {}).get("broken")
        alarms = [reason for (c, rule), reason in FALSE_ALARMS.items() if c == case and rule != broken]
        params.append(pytest.param(case, broken, id=Path(case).name, marks=_xfail("; ".join(alarms) or None)))
    return params


def _verdict_params() -> list:
    return [pytest.param(case, rule, verdict, id=f"{Path(case).name}-{rule}",
                         marks=_xfail(FALSE_ALARMS.get((case, rule)) or MISSES.get((case, rule))))
            for case, e in EXPECTED.items() for rule, verdict in e["verdicts"].items()]


def test_expected_lists_every_rule_case():
    assert len(EXPECTED) >= 20
    for case, e in EXPECTED.items():
        assert (REPO / case).exists(), case
        assert e["broken"] is None or e["broken"] in RULES, case
        assert set(e["verdicts"]) <= set(RULES) and set(e["verdicts"].values()) <= set(RANK), case
        if e["broken"]:
            assert e["verdicts"][e["broken"]] == "fail", case
            assert [r for r, v in e["verdicts"].items() if v == "fail"] == [e["broken"]], case
        else:
            assert "fail" not in e["verdicts"].values(), case
    broken = {e["broken"] for e in EXPECTED.values()}
    assert broken - {None} == set(RULES), "a rule has no defective sample"
    for rule in RULES:
        assert any(e["verdicts"].get(rule) == "pass" for e in EXPECTED.values()), f"{rule}: no sample expects pass"
    assert {e["format"] for e in EXPECTED.values()} >= {"pdf_dir", "docx_dir", "combined_pdf", "zip_pdf",
                                                       "zip_docx", "single_docx"}


@pytest.mark.parametrize("case,rule", _broken_params())
def test_broken_rule_fails(checked, case, rule):
    result = checked(case)
    assert rule_verdicts(result).get(rule, "na") == "fail", _notes(result, rule)


@pytest.mark.parametrize("case,broken", _clean_params())
def test_no_other_rule_fails(checked, case, broken):
    result = checked(case)
    others = {rule: v for rule, v in rule_verdicts(result).items() if v == "fail" and rule != broken}
    assert not others, {rule: _notes(result, rule) for rule in others}


@pytest.mark.parametrize("case,rule,verdict", _verdict_params())
def test_expected_verdict(checked, case, rule, verdict):
    result = checked(case)
    assert rule_verdicts(result).get(rule, "na") == verdict, _notes(result, rule)


def test_every_rule_passes_and_fails_somewhere(checked):
    seen: dict[str, set[str]] = {rule: set() for rule in RULES}
    for case in list(EXPECTED) + COMMITTED:
        result = checked(case)
        for item in result.get("items", []) + result.get("findings", []):
            if item.get("rule") in seen:
                seen[item["rule"]].add(item["verdict"])
    missing = {rule: sorted({"pass", "fail"} - verdicts) for rule, verdicts in seen.items()
               if not {"pass", "fail"} <= verdicts}
    assert not missing, missing


def test_expected_json_is_the_generators():
    from samples.casegen.defects import RULES as GEN_RULES, rule_cases
    assert GEN_RULES == RULES
    got = {}
    for rc in rule_cases():
        names = [k for k in EXPECTED if Path(k).stem == rc.case_id]
        assert len(names) == 1, rc.case_id
        got[names[0]] = {"broken": rc.broken, "verdicts": rc.verdicts}
    assert got == {k: {"broken": e["broken"], "verdicts": e["verdicts"]} for k, e in EXPECTED.items()}


def test_defect_files_are_up_to_date(tmp_path):
    from samples.generate import generate_defects
    generate_defects(tmp_path)
    new = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    old = sorted(str(p.relative_to(DEFECTS)) for p in DEFECTS.rglob("*"))
    assert new == old, "samples/defects is stale: run `python -m samples.generate`"
    for rel in new:
        if (tmp_path / rel).is_file():
            assert filecmp.cmp(tmp_path / rel, DEFECTS / rel, shallow=False), f"samples/defects/{rel} differs"
