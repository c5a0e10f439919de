"""The shipped checklist files: they load, name their source, and match review-rules.md §a."""

from __future__ import annotations

import math
import re
from collections import Counter

import pytest

from checklists.schema import (
    DATA_DIR, HEADINGS, KINDS, KNOWN_DOCUMENTS, VETO_CATEGORIES, load_all, load_checklist,
)

# rule names agreed with the lead (review-rules.md §b); a typo in a data file fails here
AGREED_RULES = {
    "officers_min_two", "filing_approved", "decision_within_90_days", "prior_notice_before_decision",
    "hearing_right_notified", "no_heavier_than_notice", "legal_review_before_decision",
    "collective_discussion_when_required", "investigator_not_voter", "reviewer_not_investigator",
    "decision_contents_complete", "remedy_periods_correct", "service_within_7_working_days",
    "party_consistent", "chronology", "seizure_duration", "transfer_deadlines",
}

import checklists.rules  # noqa: E402,F401  (registers the rules)
from checklists.registry import registered_rules  # noqa: E402

# Every rule an item names must exist; the agreed rules are all among them.
REGISTERED = set(registered_rules())
assert AGREED_RULES <= REGISTERED


# review-rules.md §a.4: standard points per document, per kind
EXPECTED_DOCUMENT_POINTS = {
    "general_penalty": {
        "filing_approval": 2, "inspection_record": 10, "inquiry_record": 10, "monitoring_report": 5,
        "other_evidence": 8, "investigation_report": 8, "correction_order": 10, "prior_notice": 10,
        "hearing_notice": 4, "hearing_record": 8, "penalty_decision": 15, "enforcement_notice": 2,
        "enforcement_application": 5, "closing_approval": 3},
    "no_penalty": {
        "filing_approval": 4, "inspection_record": 10, "inquiry_record": 10, "monitoring_report": 5,
        "other_evidence": 8, "investigation_report": 8, "correction_order": 10, "prior_notice": 10,
        "hearing_notice": 4, "hearing_record": 8, "no_penalty_decision": 20, "closing_approval": 3},
    "daily_penalty": {
        "filing_approval": 2, "inspection_record": 10, "inquiry_record": 10, "monitoring_report": 5,
        "other_evidence": 8, "investigation_report": 8, "correction_order": 10, "prior_notice": 10,
        "hearing_notice": 4, "hearing_record": 8, "penalty_decision": 15, "reorder_decision": 5,
        "daily_penalty_decision": 15, "enforcement_notice": 2, "enforcement_application": 5,
        "closing_approval": 3},
    "seizure": {
        "inspection_record": 10, "inquiry_record": 10, "monitoring_report": 7, "other_evidence": 8,
        "seizure_approval": 10, "seizure_decision": 20, "seizure_record": 13, "extension_decision": 11,
        "release_decision": 11},
    "transfer_detention": {
        "transfer_approval": 10, "transfer_notice": 10, "filing_approval": 4, "inspection_record": 10,
        "inquiry_record": 10, "monitoring_report": 5, "other_evidence": 8, "investigation_report": 8,
        "correction_order": 10, "prior_notice": 10, "penalty_decision": 15},
    "transfer_criminal": {
        "transfer_approval": 15, "transfer_notice": 15, "filing_approval": 6, "inspection_record": 15,
        "inquiry_record": 15, "monitoring_report": 10, "other_evidence": 12, "investigation_report": 12},
}
EXPECTED_TOTALS = {"general_penalty": (100, 0), "no_penalty": (100, 0), "daily_penalty": (120, 0),
                   "seizure": (100, 0), "transfer_detention": (100, 15), "transfer_criminal": (100, 15)}

# review-rules.md §a.4 absent-rule column: documents whose absence is "not applicable"
EXPECTED_NA_WHEN_ABSENT = {"monitoring_report", "correction_order", "hearing_notice", "hearing_record",
                           "enforcement_notice", "enforcement_application", "extension_decision",
                           "release_decision"}


@pytest.fixture(scope="module")
def shipped():
    return load_all()


def test_all_six_kinds_load(shipped):
    assert list(shipped) == list(KINDS)
    for kind, cl in shipped.items():
        assert cl.kind == kind
        assert cl.path == DATA_DIR / f"{kind}.yaml"


def test_load_all_from_a_directory_skips_shared_parts(shipped):
    from_dir = load_all(DATA_DIR)
    assert sorted(from_dir) == sorted(KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_kind_file_names_source_and_version(shipped, kind):
    cl = shipped[kind]
    assert cl.source == "《生态环境行政执法案卷评查细则（2024年修订版）》"
    assert cl.doc_number == "环执法发〔2024〕4号"
    assert "2024" in cl.version and cl.revision
    assert cl.title and cl.section


@pytest.mark.parametrize("kind", KINDS)
def test_totals_match_review_rules(shipped, kind):
    cl = shipped[kind]
    doc_total, bonus_total = EXPECTED_TOTALS[kind]
    assert cl.document_points == doc_total
    assert cl.bonus_points == bonus_total
    assert cl.basic_points == 20
    per_doc: Counter = Counter()
    for it in cl.document_items:
        per_doc[it.document] += it.points
    assert dict(per_doc) == EXPECTED_DOCUMENT_POINTS[kind]
    for g in cl.groups:
        assert math.isclose(g.points, sum(cl.item(i).points for i in g.item_ids))


@pytest.mark.parametrize("kind", KINDS)
def test_vetoes(shipped, kind):
    cl = shipped[kind]
    ids = [it.id for it in cl.vetoes]
    if kind == "daily_penalty":
        assert ids == [f"V{n:02d}" for n in range(1, 26)]
        counts = Counter(it.category for it in cl.vetoes)
        assert counts == {"执法主体": 2, "违法主体": 3, "违法事实证据": 2, "法律适用": 6, "执法程序": 12}
    else:  # V22–V24 are the 按日连续处罚 items
        assert ids == [f"V{n:02d}" for n in range(1, 26) if n not in (22, 23, 24)]
    for it in cl.vetoes:
        assert it.veto and it.points == 0 and it.category in VETO_CATEGORIES
        assert it.text and it.deduction and it.ref


@pytest.mark.parametrize("kind", KINDS)
def test_basic_elements(shipped, kind):
    cl = shipped[kind]
    assert [it.id for it in cl.basic_elements] == [f"BE-doc-{n}" for n in range(1, 6)] + \
        [f"BE-rec-{n}" for n in range(1, 10)]
    assert {it.category for it in cl.basic_elements} == {"卷面基本要素"}
    assert [g.points for g in cl.groups if g.part == "basic"] == [10, 10]


@pytest.mark.parametrize("kind", KINDS)
def test_items_are_well_formed(shipped, kind):
    cl = shipped[kind]
    for it in cl.items:
        assert it.heading in HEADINGS
        assert it.text and it.deduction
        assert it.rule is None or it.rule in REGISTERED, it.id
        if it.part in ("document", "bonus"):
            assert it.document in KNOWN_DOCUMENTS
            assert it.absent in ("zero", "na")
            assert re.fullmatch(rf"{re.escape(it.group)}-\d+", it.id), it.id
            assert it.ref.startswith("细则 二、（二）")


@pytest.mark.parametrize("kind", KINDS)
def test_absent_rules_follow_review_rules(shipped, kind):
    cl = shipped[kind]
    for it in cl.document_items:
        expected = "na" if it.document in EXPECTED_NA_WHEN_ABSENT else "zero"
        if kind == "transfer_criminal" and it.document == "filing_approval":
            expected = "na"  # 移送犯罪: 无立案审批表的，本项无需评审
        assert it.absent == expected, (kind, it.id)
    for it in cl.bonus_items:
        assert it.absent == "zero"


def test_every_heading_is_used_somewhere(shipped):
    used = {it.heading for cl in shipped.values() for it in cl.items}
    assert used == set(HEADINGS)


def test_rules_are_attached_where_review_rules_apply(shipped):
    gp = shipped["general_penalty"]
    assert gp.item("V02").rule == "officers_min_two"
    assert gp.item("V03").rule == "party_consistent"
    assert gp.item("V12").rule == "no_heavier_than_notice"
    assert gp.item("V14").rule == "prior_notice_before_decision"
    assert gp.item("V17").rule == "collective_discussion_when_required"
    assert gp.item("V18").rule == "investigator_not_voter"
    assert gp.item("V19").rule == "legal_review_before_decision"
    assert gp.item("V21").rule == "reviewer_not_investigator"
    assert gp.item("D-filing-3").rule == "filing_approved"
    assert gp.item("D-notice-5").rule == "hearing_right_notified"
    assert gp.item("D-decision-8").rule == "remedy_periods_correct"
    assert gp.item("D-decision-10").rule == "decision_within_90_days"
    assert dict(gp.item("D-decision-10").params) == {"document": "penalty_decision"}
    assert gp.item("BE-doc-4").rule == "service_within_7_working_days"
    assert shipped["seizure"].item("V25").rule == "seizure_duration"
    assert shipped["transfer_criminal"].item("D-transfer_notice-6").rule == "transfer_deadlines"
    assert shipped["daily_penalty"].item("V24").rule == "chronology"
    assert gp.item("BE-rec-4").rule == "document_states"
    assert dict(gp.item("BE-rec-4").params)["clauses"] == ["cert_shown"]
    used = {r for cl in shipped.values() for r in cl.rules()}
    assert used == AGREED_RULES | {"document_states"}


def test_monitoring_report_cma_item_voids_the_document(shipped):
    for cl in shipped.values():
        voiding = [it.id for it in cl.document_items if it.voids_document]
        assert voiding == ["D-monitoring-2"]


def test_grouping_both_ways(shipped):
    cl = shipped["general_penalty"]
    by_heading = cl.by_heading()
    assert list(by_heading) == list(HEADINGS)
    assert sum(len(v) for v in by_heading.values()) == len(cl.items)
    by_category = cl.by_category()
    assert list(by_category)[:5] == ["执法主体", "违法主体", "违法事实证据", "法律适用", "执法程序"]
    assert "行政处罚决定书" in by_category and "卷面基本要素" in by_category


def test_load_by_kind_equals_load_by_path():
    a = load_checklist("seizure")
    b = load_checklist(DATA_DIR / "seizure.yaml")
    c = load_checklist(str(DATA_DIR / "seizure.yaml"))
    assert a.items == b.items == c.items
