"""Case-handling points (附件1 collective, 附件2 individual) and the allocation of cases to them.

The point tables, caps and the no-double-count rules are data (review/data/points.yaml). A
case's facts (case_types, measure, new_equipment, non_site_platforms, police_filed,
major_case, pushed_lead) say which items it may count for (`case_options`). Among all ways of
placing a candidate's cases, `best_allocation` finds the one that scores most under the rules
by exact search (dynamic programming over the cases, with the per-item counts saturated at
their caps, so a handful of cases is instant); `claimed_allocation` scores what the roster
claimed, double counts included, for comparison.
"""
from __future__ import annotations

import copy
import itertools
import math
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import yaml

POINTS_YAML = Path(__file__).with_name("data") / "points.yaml"


# ------------------------------------------------------------------------------------------
# Configuration


@lru_cache(maxsize=8)
def _read_yaml(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def _deep_merge(base: dict, extra: Mapping) -> dict:
    for k, v in extra.items():
        if isinstance(v, Mapping) and isinstance(base.get(k), dict):
            _deep_merge(base[k], v)
        else:
            base[k] = copy.deepcopy(v)
    return base


def load_config(path: str | Path | None = None,
                overrides: Mapping[str, Any] | None = None) -> dict:
    """The points configuration (points.yaml, or `path`), with `overrides` merged in deeply.

    Passing an already loaded config (a dict with `case_handling`) as `overrides` to
    `load_config()` returns it merged over the defaults, so partial configs work.
    """
    cfg = copy.deepcopy(_read_yaml(str(path or POINTS_YAML)))
    if overrides:
        _deep_merge(cfg, overrides)
    return cfg


def ensure_config(config: Mapping[str, Any] | None) -> dict:
    """`config` if it is complete, else the defaults with `config` merged over them."""
    if config is not None and config.get("_loaded"):
        return config  # type: ignore[return-value]
    cfg = load_config(overrides=config)
    cfg["_loaded"] = True
    return cfg


def window_start(config: Mapping[str, Any]) -> date:
    raw = (config.get("review_window") or {}).get("start", "2024-11-01")
    return raw if isinstance(raw, date) else date.fromisoformat(str(raw))


def parse_date(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# ------------------------------------------------------------------------------------------
# Facts of a case


def case_tags(case: Mapping[str, Any]) -> set[str]:
    tags = set(case.get("case_types") or [])
    if case.get("measure"):
        tags.add(case["measure"])
    return tags


def police_filed(case: Mapping[str, Any]) -> bool | None:
    """True/False when stated (`police_filed`), True when a police_filing_notice document is
    present, else None (not established)."""
    v = case.get("police_filed")
    if v is not None:
        return bool(v)
    if any(d.get("doc_type") == "police_filing_notice" for d in case.get("documents") or []):
        return True
    return None


def is_penalty_case(case: Mapping[str, Any]) -> bool:
    if case.get("measure") == "penalty":
        return True
    return any(d.get("doc_type") == "penalty_decision" for d in case.get("documents") or [])


def _labels(config: Mapping, group: str, codes: Iterable[str]) -> str:
    table = (config.get("labels") or {}).get(group) or {}
    return "、".join(table.get(c, c) for c in codes)


def requirement_failures(case: Mapping[str, Any], requires: Mapping[str, Any],
                         config: Mapping[str, Any]) -> list[str]:
    """Why `case` does not meet `requires` (Chinese, one phrase each); [] when it does."""
    out: list[str] = []
    tags = case_tags(case)
    if "tags_all" in requires:
        missing = [t for t in requires["tags_all"] if t not in tags]
        if missing:
            out.append(f"案件类型中没有“{_labels(config, 'tags', missing)}”")
    if "tags_any" in requires:
        if not tags & set(requires["tags_any"]):
            names = _labels(config, "tags", requires["tags_any"]).replace("、", "/")
            out.append(f"案件类型不属于“{names}”")
    if requires.get("equipment") and not case.get("new_equipment"):
        names = _labels(config, "equipment", (config.get("labels") or {}).get("equipment", {}))
        out.append(f"案卷中没有使用新装备（{names}）的记录")
    if requires.get("platforms") and not case.get("non_site_platforms"):
        out.append("案卷中没有通过非现场执法监管平台或新技术发现线索的记录")
    if requires.get("police_filed"):
        pf = police_filed(case)
        if pf is None:
            out.append("未找到公安机关立案决定书或立案告知书，公安立案未能确认")
        elif pf is False:
            out.append("公安机关未立案")
    if requires.get("penalty") and not is_penalty_case(case):
        out.append("不是行政处罚案件（案卷中没有行政处罚决定书）")
    if requires.get("major_case") and not case.get("major_case"):
        out.append("未被评查人员认定为重大案件")
    if requires.get("pushed_lead") and not case.get("pushed_lead"):
        out.append("没有上级生态环境部门推送线索的记录，需人工确认")
    return out


# ------------------------------------------------------------------------------------------
# Items and options


@dataclass(frozen=True)
class Item:
    category: str
    item: str
    points: float
    cap: float
    per: str                 # case | kind
    kinds_of: str | None
    requires: Mapping[str, Any]
    label: str
    need: int                # units after which more add nothing


@dataclass(frozen=True)
class Option:
    """One way a case can count: an item, and for per-kind items the kind it supplies."""
    category: str
    item: str
    unit: str | None
    points: float


def items_for(kind: str, config: Mapping[str, Any]) -> list[Item]:
    table = config["case_handling"][kind]["categories"]
    out = []
    for cat, cdef in table.items():
        ccap = float(cdef.get("cap", math.inf))
        for name, idef in (cdef.get("items") or {}).items():
            pts = float(idef["points"])
            cap = min(float(idef.get("cap", ccap)), ccap)
            need = math.ceil(cap / pts) if pts > 0 else 0
            out.append(Item(cat, name, pts, cap, idef.get("per", "case"), idef.get("kinds_of"),
                            idef.get("requires") or {}, idef.get("label", name), need))
    return out


def category_labels(kind: str, config: Mapping[str, Any]) -> dict[str, str]:
    return {c: d.get("label", c) for c, d in config["case_handling"][kind]["categories"].items()}


def category_caps(kind: str, config: Mapping[str, Any]) -> dict[str, float]:
    return {c: float(d.get("cap", 0)) for c, d in config["case_handling"][kind]["categories"].items()}


def use_targets(kind: str, use: str, config: Mapping[str, Any]) -> list[tuple[str, str | None]] | None:
    """(category, item or None for any item) a roster use may count in; None when the use is
    not one of this kind's case-handling uses."""
    spec = (config.get("uses") or {}).get(kind, {}).get(use)
    if spec is None:
        return None
    out = []
    for t in spec:
        items = t.get("items")
        if items:
            out.extend((t["category"], i) for i in items)
        else:
            out.append((t["category"], None))
    return out


def _target_items(kind: str, targets, config) -> list[Item]:
    items = items_for(kind, config)
    out = []
    for cat, name in targets:
        out.extend(i for i in items if i.category == cat and (name is None or i.item == name))
    return out


def case_options(case: Mapping[str, Any], kind: str, config: Mapping[str, Any],
                 targets: Sequence[tuple[str, str | None]] | None = None) -> list[Option]:
    """Every (item, kind) the case's facts support, optionally only within `targets`."""
    items = items_for(kind, config) if targets is None else _target_items(kind, targets, config)
    out = []
    for it in items:
        if requirement_failures(case, it.requires, config):
            continue
        if it.per == "kind":
            src = it.kinds_of or "case_types"
            values = case.get(src) or []
            allowed = it.requires.get("tags_any")
            for v in values:
                if src == "case_types" and allowed and v not in allowed:
                    continue
                out.append(Option(it.category, it.item, v, it.points))
        else:
            out.append(Option(it.category, it.item, None, it.points))
    return out


def unsupported_reason(case: Mapping[str, Any], kind: str, use: str,
                       config: Mapping[str, Any]) -> str | None:
    """None when the case's facts support `use` for a candidate of `kind`, else why not."""
    targets = use_targets(kind, use, config)
    if targets is None:
        return None
    if case_options(case, kind, config, targets):
        return None
    found: list[tuple[bool, str]] = []
    for it in _target_items(kind, targets, config):
        fails = requirement_failures(case, it.requires, config)
        type_ok = not requirement_failures(
            case, {k: v for k, v in it.requires.items() if k in ("tags_all", "tags_any")}, config)
        if it.per == "kind" and not fails:
            fails = ["没有可计分的类别"]
        found.append((type_ok, f"{it.label}：{'，'.join(fails)}"))
    # When the case is of the right type for some item, say only what else it lacks there.
    near = [msg for ok, msg in found if ok]
    return "；".join(near or [msg for _, msg in found])


# ------------------------------------------------------------------------------------------
# Allocation


@dataclass
class Assignment:
    case_file: str
    case: str                      # label shown
    category: str
    item: str | None
    kind: str | None = None        # the tag / platform a per-kind item counts
    points: float = 0.0            # points this assignment adds, after caps
    rows: list[int] = field(default_factory=list)   # roster rows that claimed the case here
    uses: list[str] = field(default_factory=list)
    supported: bool = True
    double_counted: bool = False
    reason: str | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d["points"] = _num(self.points)
        return d


@dataclass
class Allocation:
    kind: str
    assignments: list[Assignment]
    by_category: dict[str, float]
    total: float
    max: float

    def to_dict(self) -> dict:
        return {"by_category": {k: _num(v) for k, v in self.by_category.items()},
                "total": _num(self.total), "max": _num(self.max),
                "assignments": [a.to_dict() for a in self.assignments]}

    def key(self) -> set[tuple[str, str, str | None]]:
        return {(a.case_file, a.category, a.item) for a in self.assignments if a.points > 0}


def _num(x: float) -> float | int:
    x = round(float(x), 2)
    return int(x) if x.is_integer() else x


@dataclass
class PoolCase:
    """A case offered to the allocation: its options and what the roster claimed for it."""
    case_file: str
    label: str
    options: list[Option]
    claimed: list[tuple[str, str | None]] = field(default_factory=list)   # targets claimed
    rows: list[int] = field(default_factory=list)
    uses: list[str] = field(default_factory=list)


def _choices(options: Sequence[Option], kind: str, config: Mapping[str, Any]) -> list[tuple[Option, ...]]:
    """Every allowed set of options for one case."""
    rules = config["case_handling"][kind]
    exclusive = set(rules.get("exclusive_categories") or [])
    one_per = rules.get("one_item_per_case_per_category", True)
    by_cat: dict[str, list[Option]] = {}
    for o in options:
        by_cat.setdefault(o.category, []).append(o)

    def within(opts: list[Option]) -> list[tuple[Option, ...]]:
        if one_per:
            return [()] + [(o,) for o in opts]
        by_item: dict[str, list[Option]] = {}
        for o in opts:
            by_item.setdefault(o.item, []).append(o)
        return [tuple(x for x in combo if x is not None)
                for combo in itertools.product(*[[None] + v for v in by_item.values()])]

    parts: list[list[tuple[Option, ...]]] = []
    ex_choices: list[tuple[Option, ...]] = [()]
    for cat, opts in by_cat.items():
        if cat in exclusive:
            ex_choices.extend(c for c in within(opts) if c)
        else:
            parts.append(within(opts))
    parts.append(ex_choices)
    return [tuple(itertools.chain.from_iterable(p)) for p in itertools.product(*parts)]


def _score_state(state: tuple, items: list[Item], caps: dict[str, float]) -> dict[str, float]:
    by_cat = {c: 0.0 for c in caps}
    for it, units in zip(items, state):
        n = it.need if units == "SAT" else (len(units) if isinstance(units, frozenset) else units)
        by_cat[it.category] += min(it.cap, it.points * n)
    return {c: min(v, caps[c]) for c, v in by_cat.items()}


def _advance(state: tuple, choice: tuple[Option, ...], index: dict[tuple[str, str], int],
             items: list[Item]) -> tuple:
    st = list(state)
    for o in choice:
        i = index[(o.category, o.item)]
        it = items[i]
        cur = st[i]
        if it.per == "kind":
            if cur == "SAT":
                continue
            new = cur | {o.unit}
            st[i] = "SAT" if len(new) >= it.need else frozenset(new)
        else:
            st[i] = min(cur + 1, it.need)
    return tuple(st)


def _agrees(o: Option, claimed: Sequence[tuple[str, str | None]]) -> bool:
    return any(o.category == c and (i is None or o.item == i) for c, i in claimed)


def _search(pool: Sequence[PoolCase], kind: str, config: Mapping[str, Any],
            choices_for) -> tuple[dict[str, float], list[tuple[Option, ...]]]:
    items = items_for(kind, config)
    caps = category_caps(kind, config)
    index = {(it.category, it.item): i for i, it in enumerate(items)}
    start = tuple(frozenset() if it.per == "kind" else 0 for it in items)
    all_choices = [choices_for(pc) for pc in pool]
    memo: dict[tuple[int, tuple], tuple] = {}

    def best(i: int, state: tuple) -> tuple:
        key = (i, state)
        if key in memo:
            return memo[key]
        if i == len(pool):
            total = sum(_score_state(state, items, caps).values())
            res = (round(total, 6), 0, 0, None)
        else:
            res = None
            for ch in all_choices[i]:
                sub = best(i + 1, _advance(state, ch, index, items))
                agree = sum(1 for o in ch if _agrees(o, pool[i].claimed))
                cand = (sub[0], sub[1] + agree, sub[2] - len(ch), ch)
                if res is None or cand[:3] > res[:3]:
                    res = cand
        memo[key] = res
        return res

    path: list[tuple[Option, ...]] = []
    state = start
    for i in range(len(pool)):
        ch = best(i, state)[3]
        path.append(ch)
        state = _advance(state, ch, index, items)
    return _score_state(state, items, caps), path


def _counted(pool: Sequence[PoolCase], path: Sequence[tuple[Option, ...]], kind: str,
             config: Mapping[str, Any]) -> list[tuple[int, Option, float]]:
    """Points each chosen option adds, in pool order, after item and category caps."""
    items = {(it.category, it.item): it for it in items_for(kind, config)}
    caps = category_caps(kind, config)
    item_sum: dict[tuple[str, str], float] = {}
    item_units: dict[tuple[str, str], set] = {}
    cat_sum: dict[str, float] = {}
    out = []
    for i, ch in enumerate(path):
        for o in ch:
            it = items[(o.category, o.item)]
            k = (o.category, o.item)
            if it.per == "kind":
                if o.unit in item_units.setdefault(k, set()):
                    out.append((i, o, 0.0))
                    continue
                item_units[k].add(o.unit)
            add = min(it.points, it.cap - item_sum.get(k, 0.0), caps[o.category] - cat_sum.get(o.category, 0.0))
            add = max(add, 0.0)
            item_sum[k] = item_sum.get(k, 0.0) + add
            cat_sum[o.category] = cat_sum.get(o.category, 0.0) + add
            out.append((i, o, add))
    return out


def best_allocation(pool: Sequence[PoolCase], kind: str,
                    config: Mapping[str, Any] | None = None) -> Allocation:
    """The placement of the pool's cases that scores most under the no-double-count rules.

    Ties go to the placement that agrees with more of the roster's claims, then to the one
    that uses fewer cases.
    """
    config = ensure_config(config)
    pool = sorted(pool, key=lambda p: p.case_file)
    by_cat, path = _search(pool, kind, config, lambda pc: _choices(pc.options, kind, config))
    assignments = []
    for i, o, pts in _counted(pool, path, kind, config):
        pc = pool[i]
        claimed = _agrees(o, pc.claimed)
        assignments.append(Assignment(pc.case_file, pc.label, o.category, o.item, o.unit, pts,
                                      rows=list(pc.rows) if claimed else [],
                                      uses=list(pc.uses) if claimed else []))
    caps = category_caps(kind, config)
    return Allocation(kind, assignments, by_cat, sum(by_cat.values()), sum(caps.values()))


@dataclass
class Claim:
    """One roster row's claim: this case counts in the use's categories."""
    row: int
    use: str
    case_file: str | None
    label: str
    options: list[Option]              # options the facts support within the use's targets
    targets: list[tuple[str, str | None]]
    reason: str | None = None          # why it cannot count, when options is empty


def claimed_allocation(claims: Sequence[Claim], kind: str,
                       config: Mapping[str, Any] | None = None) -> Allocation:
    """What the roster's claims score as written: each row counts where it claims (the best
    item there), within the caps, double counts included and flagged."""
    config = ensure_config(config)
    rules = config["case_handling"][kind]
    exclusive = set(rules.get("exclusive_categories") or [])
    claims = list(claims)
    pool = [PoolCase(c.case_file or f"<row {c.row}>", c.label, c.options, c.targets, [c.row], [c.use])
            for c in claims]
    by_cat, path = _search(pool, kind, config,
                           lambda pc: [()] + [(o,) for o in pc.options])
    counted = {i: (o, pts) for i, o, pts in _counted(pool, path, kind, config)}
    one_per = rules.get("one_item_per_case_per_category", True)
    # Where each row places its case: the category it scored in, else the one it names.
    places: dict[str, list[str]] = {}
    for i, c in enumerate(claims):
        if not c.case_file:
            continue
        o = counted.get(i, (None, 0.0))[0]
        cats = {t[0] for t in c.targets}
        place = o.category if o else (next(iter(cats)) if len(cats) == 1 else None)
        if place:
            places.setdefault(c.case_file, []).append(place)

    def doubled(cf: str | None) -> bool:
        if not cf or cf not in places:
            return False
        cats = places[cf]
        if len(set(cats) & exclusive) > 1:
            return True
        return one_per and len(cats) != len(set(cats))

    assignments = []
    for i, c in enumerate(claims):
        o, pts = counted.get(i, (None, 0.0))
        cat = o.category if o else (c.targets[0][0] if c.targets else None)
        assignments.append(Assignment(c.case_file or "", c.label, cat, o.item if o else None,
                                      o.unit if o else None, pts, [c.row], [c.use],
                                      supported=bool(c.options), double_counted=doubled(c.case_file),
                                      reason=c.reason))
    caps = category_caps(kind, config)
    return Allocation(kind, assignments, by_cat, sum(by_cat.values()), sum(caps.values()))
