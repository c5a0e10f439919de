"""Case-handling points: the seed's tables and caps, and the best allocation by exact search."""
from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.allocation import (Claim, PoolCase, best_allocation, case_options, claimed_allocation,
                               ensure_config, items_for, load_config, unsupported_reason,
                               use_targets)

CFG = ensure_config(None)


def case(cf, types=(), measure="penalty", equip=(), plat=(), police=None, **kw):
    d = {"case_file": cf, "case_types": list(types), "measure": measure,
         "new_equipment": list(equip), "non_site_platforms": list(plat), "documents": []}
    if police is not None:
        d["police_filed"] = police
    d.update(kw)
    return d


def pool_of(cases, kind="individual", claims=None, cfg=CFG):
    claims = claims or {}
    out = []
    for c in cases:
        targets = []
        for use in claims.get(c["case_file"], []):
            targets += use_targets(kind, use, cfg)
        out.append(PoolCase(c["case_file"], c["case_file"], case_options(c, kind, cfg), targets))
    return out


def claims_of(pairs, cases, kind="individual", cfg=CFG):
    by = {c["case_file"]: c for c in cases}
    out = []
    for i, (cf, use) in enumerate(pairs, start=2):
        targets = use_targets(kind, use, cfg)
        out.append(Claim(i, use, cf, cf, case_options(by[cf], kind, cfg, targets), targets))
    return out


def placed(al):
    return {(a.case_file, a.category, a.item) for a in al.assignments if a.points > 0}


# ------------------------------------------------------------------------------------------
# The allocation the issue asks for: a case claimed twice goes where it scores most.


def test_case_claimed_twice_is_placed_where_it_scores_most_within_caps():
    k1 = case("K1", ["hazardous_waste", "transfer_criminal"], "transfer_criminal", police=True,
              documents=[{"doc_type": "penalty_decision"}])
    k2 = case("K2", ["transfer_criminal"], "transfer_criminal", police=True)
    d = case("D", ["transfer_detention"], "transfer_detention", police=True)
    cases = [k1, k2, d]
    claims = {"K1": ["key", "key_field"], "K2": ["key"], "D": ["key"]}
    best = best_allocation(pool_of(cases, claims=claims), "individual")
    # key is capped at 15 (K2 10 + D 5), so K1 scores more in key_field (5) than in key (0 more).
    assert placed(best) == {("K2", "key", "criminal"), ("D", "key", "detention"),
                            ("K1", "key_field", "hw_fraud")}
    assert best.by_category == {"new_tech": 0, "key": 15, "key_field": 5}
    assert best.total == 20
    # K1 appears once only.
    assert [a.case_file for a in best.assignments].count("K1") == 1
    # What the roster claimed: K1 counted twice, flagged.
    claimed = claimed_allocation(claims_of([("K1", "key"), ("K1", "key_field"), ("K2", "key"),
                                            ("D", "key")], cases), "individual")
    k1_rows = [a for a in claimed.assignments if a.case_file == "K1"]
    assert len(k1_rows) == 2 and all(a.double_counted for a in k1_rows)
    assert claimed.by_category["key"] == 15          # caps hold for the claim too


def test_a_single_case_claimed_twice_counts_once():
    k1 = case("K1", ["hazardous_waste", "transfer_criminal"], "transfer_criminal", police=True,
              documents=[{"doc_type": "penalty_decision"}], new_equipment=["drone"])
    claims = {"K1": ["key", "key_field", "new_equipment"]}
    best = best_allocation(pool_of([k1], claims=claims), "individual")
    assert placed(best) == {("K1", "key", "criminal")}
    assert best.total == 10
    claimed = claimed_allocation(claims_of([("K1", "key"), ("K1", "key_field"),
                                            ("K1", "new_equipment")], [k1]), "individual")
    assert claimed.total == 19                       # 10 + 5 + 4 as written: not allowed
    assert all(a.double_counted for a in claimed.assignments)


def test_exact_search_beats_greedy():
    # Greedy (each case to its best item) puts A in key_field (5) and leaves B nowhere.
    a = case("A", ["hazardous_waste"], equip=["drone"])
    b = case("B", ["hazardous_waste"])
    best = best_allocation(pool_of([a, b]), "individual")
    assert placed(best) == {("A", "new_tech", "new_equipment"), ("B", "key_field", "hw_fraud")}
    assert best.total == 9


# ------------------------------------------------------------------------------------------
# The seed's tables


def test_individual_new_tech_caps():
    cases = [case(f"N{i}", plat=["auto_monitoring"]) for i in range(4)] + \
            [case("E1", equip=["drone"]), case("E2", equip=["thermal_imager"])]
    best = best_allocation(pool_of(cases), "individual")
    # non-site 3 each up to 6; new equipment 4 once; category 10.
    assert best.by_category["new_tech"] == 10
    items = sorted((a.item, a.points) for a in best.assignments)
    assert items == [("new_equipment", 4), ("non_site", 3), ("non_site", 3)]


def test_individual_key_cap_and_police_filing():
    cases = [case("C1", ["transfer_criminal"], "transfer_criminal", police=True),
             case("C2", ["transfer_criminal"], "transfer_criminal", police=True),
             case("C3", ["transfer_criminal"], "transfer_criminal")]          # not filed
    best = best_allocation(pool_of(cases), "individual")
    assert best.by_category["key"] == 15
    assert "C3" not in {a.case_file for a in best.assignments}
    # A police_filing_notice document establishes the filing.
    c4 = case("C4", ["transfer_criminal"], "transfer_criminal",
              documents=[{"doc_type": "police_filing_notice"}])
    assert case_options(c4, "individual", CFG)
    assert "公安" in unsupported_reason(cases[2], "individual", "key", CFG)


def test_individual_key_field():
    cases = [case("H1", ["hazardous_waste"]), case("H2", ["third_party_fraud"]),
             case("S1", ["soil"]), case("S2", ["equipment_dismantling"])]   # collective-only field
    best = best_allocation(pool_of(cases), "individual")
    assert best.by_category["key_field"] == 10
    assert not case_options(cases[3], "individual", CFG)
    # hazardous waste needs a penalty case for an individual
    seized = case("H3", ["hazardous_waste"], "seizure")
    assert "行政处罚" in unsupported_reason(seized, "individual", "key_field", CFG)


def test_collective_tables():
    cases = [case("W1", ["hazardous_waste", "transfer_criminal"], "transfer_criminal"),
             case("W2", ["hazardous_waste", "transfer_criminal"], "transfer_criminal"),
             case("W3", ["hazardous_waste"], major_case=True),
             case("F1", ["third_party_fraud"]), case("F2", ["third_party_fraud"]),
             case("F3", ["third_party_fraud"]),
             case("G1", ["soil", "groundwater"]), case("G2", ["soil"]), case("G3", ["soil"]),
             case("P1", plat=["auto_monitoring", "video_surveillance"]),
             case("P2", plat=["auto_monitoring"]), case("P3", plat=["satellite_remote_sensing"]),
             case("P4", plat=["discharge_permit"]),
             case("L1", pushed_lead=True), case("L2", pushed_lead=True), case("L3", pushed_lead=True)]
    best = best_allocation(pool_of(cases, "collective"), "collective")
    assert best.by_category == {"hazardous_waste": 7, "third_party_fraud": 7, "new_field": 4,
                                "non_site": 8}
    # new field: 2 per kind, so G1 gives one kind and G2/G3 the other.
    kinds = {a.kind for a in best.assignments if a.category == "new_field" and a.points}
    assert kinds == {"soil", "groundwater"}
    # identification: one kind per case, at most 6
    ident = [a for a in best.assignments if a.item == "identification" and a.points]
    assert sum(a.points for a in ident) == 6 and len({a.kind for a in ident}) == 3


def test_collective_identification_and_handling_not_the_same_case():
    c = case("X", plat=["auto_monitoring"], pushed_lead=True)
    best = best_allocation(pool_of([c], "collective"), "collective")
    assert best.by_category["non_site"] == 2
    assert len([a for a in best.assignments if a.category == "non_site"]) == 1


def test_collective_major_hazardous_waste_beats_transfer():
    c = case("M", ["hazardous_waste", "transfer_criminal"], "transfer_criminal", major_case=True)
    best = best_allocation(pool_of([c], "collective"), "collective")
    assert best.by_category["hazardous_waste"] == 7


def test_one_item_per_case_per_category_is_configurable():
    c = case("B", equip=["drone"], plat=["auto_monitoring"])
    assert best_allocation(pool_of([c]), "individual").by_category["new_tech"] == 4
    loose = load_config(overrides={"case_handling": {"individual": {
        "one_item_per_case_per_category": False}}})
    assert best_allocation(pool_of([c], cfg=loose), "individual", loose).by_category["new_tech"] == 7


def test_points_are_data():
    cfg = load_config(overrides={"case_handling": {"individual": {"categories": {"key": {
        "items": {"criminal": {"points": 12}}}}}}})
    c = case("C", ["transfer_criminal"], "transfer_criminal", police=True)
    assert best_allocation(pool_of([c], cfg=cfg), "individual", cfg).by_category["key"] == 12


def test_ties_prefer_the_roster_claim():
    # T scores 5 as a detention transfer (key) or 5 as a hazardous-waste penalty (key_field).
    t = case("T", ["hazardous_waste", "transfer_detention"], "transfer_detention", police=True,
             documents=[{"doc_type": "penalty_decision"}])
    for use, where in (("key", "key"), ("key_field", "key_field")):
        best = best_allocation(pool_of([t], claims={"T": [use]}), "individual")
        assert best.total == 5
        (a,) = best.assignments
        assert a.category == where


def test_a_claim_never_costs_points():
    # H: 3 (non-site) or 5 (hazardous waste); I: 3 or 5 (new field). The roster puts H under
    # non-site; the best allocation still puts both in key_field (10 > 8).
    h = case("H", ["hazardous_waste"], plat=["auto_monitoring"])
    i = case("I", ["soil"], plat=["video_surveillance"])
    best = best_allocation(pool_of([h, i], claims={"H": ["non_site"]}), "individual")
    assert best.total == 10
    assert placed(best) == {("H", "key_field", "hw_fraud"), ("I", "key_field", "new_field")}


# ------------------------------------------------------------------------------------------
# Exact search = brute force on random small pools


def _brute(pool, kind):
    from review.allocation import _choices, category_caps

    items = {(it.category, it.item): it for it in items_for(kind, CFG)}
    caps = category_caps(kind, CFG)
    best = 0.0
    for combo in itertools.product(*[_choices(p.options, kind, CFG) for p in pool]):
        per_item = {}
        for ch in combo:
            for o in ch:
                per_item.setdefault((o.category, o.item), []).append(o.unit)
        by_cat = {c: 0.0 for c in caps}
        for k, units in per_item.items():
            it = items[k]
            n = len(set(units)) if it.per == "kind" else len(units)
            by_cat[it.category] += min(it.cap, it.points * n)
        best = max(best, sum(min(v, caps[c]) for c, v in by_cat.items()))
    return best


_TAGS = ["hazardous_waste", "third_party_fraud", "soil", "groundwater", "transfer_criminal",
         "transfer_detention", "ghg"]
_PLATS = ["auto_monitoring", "video_surveillance", "satellite_remote_sensing"]


@st.composite
def random_case(draw, i):
    tags = draw(st.lists(st.sampled_from(_TAGS), max_size=3, unique=True))
    measure = draw(st.sampled_from(["penalty", "transfer_criminal", "transfer_detention", "seizure"]))
    return case(f"c{i}", tags, measure,
                equip=draw(st.lists(st.just("drone"), max_size=1)),
                plat=draw(st.lists(st.sampled_from(_PLATS), max_size=2, unique=True)),
                police=draw(st.sampled_from([True, None])),
                major_case=draw(st.booleans()), pushed_lead=draw(st.booleans()))


@settings(max_examples=80, deadline=None)
@given(data=st.data(), n=st.integers(1, 5), kind=st.sampled_from(["individual", "collective"]))
def test_best_allocation_equals_brute_force(data, n, kind):
    cases = [data.draw(random_case(i)) for i in range(n)]
    pool = pool_of(cases, kind)
    best = best_allocation(pool, kind)
    assert best.total == pytest.approx(_brute(pool, kind))
    # and what it reports adds up, within every cap, each case at most once (individual)
    assert sum(a.points for a in best.assignments) == pytest.approx(best.total)
    if kind == "individual":
        files = [a.case_file for a in best.assignments]
        assert len(files) == len(set(files))
    for cat, cap in ((c, d["cap"]) for c, d in CFG["case_handling"][kind]["categories"].items()):
        assert best.by_category[cat] <= cap
