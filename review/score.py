"""File score (案卷得分) from a checklist and item results — the 2024 细则 formula.

    score = 50 + 50 × earned ÷ possible − basic-element deductions;   0 on any veto

* ``earned``/``possible`` run over document items (各类型文书评查项).  ``na`` items leave
  both sums; a failed item stays in ``possible`` with its points lost (all, or
  ``points_lost`` for a partial loss).  A document listed as absent scores 0 and stays in
  ``possible`` when its items say ``absent: zero``, and leaves both sums when ``absent: na``.
* Basic elements (卷面基本要素) are deductions; vetoes (合法性评查) set the score to 0.
* Bonus items (加分项) add to ``earned`` only; the ratio is capped (scoring.yaml).
* Reviewer decisions override machine verdicts item by item; both stay visible in
  :class:`ItemScore` (``source``).  An item with no result at all needs a reviewer.
* While any item needs a reviewer the score is *provisional*: ``score`` is computed on what
  is decided (pending items leave both sums, pending vetoes are not counted) and
  ``score_range`` gives the lowest and highest score still reachable (pending items all
  lost vs all earned; a pending veto makes the minimum 0).

Configuration (grade bands, the open questions of review-rules.md §d.4) lives in
``checklists/data/scoring.yaml`` — see :func:`load_scoring_config`.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import yaml

from checklists.registry import FAIL, NA, NEEDS_REVIEW, PASS, VERDICTS
from checklists.schema import HEADINGS, Checklist, Item

DEFAULT_SCORING_CONFIG = Path(__file__).resolve().parent.parent / "checklists" / "data" / "scoring.yaml"

#: ItemScore.source values
SOURCES = ("reviewer", "machine", "absent_document", "none")


class ScoringConfigError(ValueError):
    """A scoring configuration file is broken; the message names the file and the key."""


# --------------------------------------------------------------------------- configuration


@dataclass(frozen=True)
class GradeBand:
    min: float
    grade: str


_DEFAULT_BANDS = (GradeBand(90, "优秀"), GradeBand(80, "良好"), GradeBand(60, "合格"), GradeBand(0, "不合格"))


@dataclass(frozen=True)
class ScoringConfig:
    """How a file score is computed.  Defaults equal the shipped scoring.yaml."""

    legality_points: float = 50.0
    conformity_points: float = 50.0
    conformity_min: float | None = None  # floor of the 规范性 half (None: literal formula)
    empty_ratio: float = 1.0  # ratio used when no document item applies
    basic_count: str = "once_per_element"  # or "per_document"
    basic_cap: float = 20.0
    bonus_mode: str = "numerator"  # or "ignore"
    ratio_cap: float = 1.0
    rounding: int | None = 2
    grade_bands: tuple[GradeBand, ...] = _DEFAULT_BANDS  # highest min first
    veto_grade: str = "不合格"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<mapping>") -> "ScoringConfig":
        """Build from the structure of scoring.yaml; unknown keys and bad values raise
        :class:`ScoringConfigError` naming ``source`` and the key."""

        def err(key: str, msg: str) -> ScoringConfigError:
            return ScoringConfigError(f"{source}: {key} {msg}")

        if not isinstance(data, Mapping):
            raise ScoringConfigError(f"{source}: must be a YAML mapping")
        allowed = {"scoring", "formula", "basic_elements", "bonus", "rounding", "grades"}
        for k in data:
            if k not in allowed:
                raise err(str(k), f"is not a known section (allowed: {', '.join(sorted(allowed))})")

        def section(name: str, keys: Iterable[str]) -> Mapping[str, Any]:
            sec = data.get(name) or {}
            if not isinstance(sec, Mapping):
                raise err(name, "must be a mapping")
            for k in sec:
                if k not in keys:
                    raise err(f"{name}.{k}", f"is not a known key (allowed: {', '.join(keys)})")
            return sec

        def number(sec: Mapping, name: str, key: str, default: float, *, minimum: float | None = 0,
                   optional: bool = False) -> float | None:
            if key not in sec:
                return default
            v = sec[key]
            if v is None and optional:
                return None
            if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
                raise err(f"{name}.{key}", "must be a number" + (" or null" if optional else ""))
            if minimum is not None and v < minimum:
                raise err(f"{name}.{key}", f"must be ≥ {minimum:g}")
            return float(v)

        formula = section("formula", ("legality_points", "conformity_points", "conformity_min", "empty_ratio"))
        basic = section("basic_elements", ("count", "cap"))
        bonus = section("bonus", ("mode", "ratio_cap"))
        grades = section("grades", ("bands", "veto_grade", "note"))
        section("scoring", ("source", "revision", "note"))

        count = basic.get("count", "once_per_element")
        if count not in ("once_per_element", "per_document"):
            raise err("basic_elements.count", "must be once_per_element or per_document")
        mode = bonus.get("mode", "numerator")
        if mode not in ("numerator", "ignore"):
            raise err("bonus.mode", "must be numerator or ignore")
        rounding = data.get("rounding", 2)
        if rounding is not None and (isinstance(rounding, bool) or not isinstance(rounding, int) or rounding < 0):
            raise err("rounding", "must be a whole number ≥ 0 or null")

        bands_raw = grades.get("bands")
        if bands_raw is None:
            bands = _DEFAULT_BANDS
        else:
            if not isinstance(bands_raw, list) or not bands_raw:
                raise err("grades.bands", "must be a non-empty list of {min, grade}")
            parsed = []
            for n, b in enumerate(bands_raw, 1):
                if not isinstance(b, Mapping) or set(b) != {"min", "grade"}:
                    raise err(f"grades.bands[{n}]", "must be a mapping with exactly min and grade")
                m = b["min"]
                if isinstance(m, bool) or not isinstance(m, (int, float)) or not math.isfinite(m):
                    raise err(f"grades.bands[{n}].min", "must be a number")
                if not isinstance(b["grade"], str) or not b["grade"].strip():
                    raise err(f"grades.bands[{n}].grade", "must be text")
                parsed.append(GradeBand(float(m), b["grade"].strip()))
            mins = [b.min for b in parsed]
            if len(set(mins)) != len(mins):
                raise err("grades.bands", "has two bands with the same min")
            bands = tuple(sorted(parsed, key=lambda b: -b.min))
            if bands[-1].min > 0:
                raise err("grades.bands", "must have a band with min ≤ 0 (so every score has a grade)")
        veto_grade = grades.get("veto_grade", bands[-1].grade)
        if not isinstance(veto_grade, str) or not veto_grade.strip():
            raise err("grades.veto_grade", "must be text")

        return cls(
            legality_points=number(formula, "formula", "legality_points", 50.0),
            conformity_points=number(formula, "formula", "conformity_points", 50.0),
            conformity_min=number(formula, "formula", "conformity_min", None, minimum=None, optional=True),
            empty_ratio=number(formula, "formula", "empty_ratio", 1.0),
            basic_count=count,
            basic_cap=number(basic, "basic_elements", "cap", 20.0),
            bonus_mode=mode,
            ratio_cap=number(bonus, "bonus", "ratio_cap", 1.0),
            rounding=rounding,
            grade_bands=bands,
            veto_grade=veto_grade.strip(),
        )

    def grade(self, score: float, *, veto: bool = False) -> str:
        if veto:
            return self.veto_grade
        for band in self.grade_bands:
            if score >= band.min - 1e-9:
                return band.grade
        return self.grade_bands[-1].grade


def load_scoring_config(path: str | Path | None = None) -> ScoringConfig:
    """Read scoring.yaml (default: the shipped ``checklists/data/scoring.yaml``, read once per
    process and cached; pass a path to read a file afresh)."""
    if path is None:
        return _default_config()
    return _read_config(Path(path))


@lru_cache(maxsize=1)
def _default_config() -> ScoringConfig:
    return _read_config(DEFAULT_SCORING_CONFIG)


def _read_config(path: Path) -> ScoringConfig:
    from checklists.schema import display_path

    shown = display_path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScoringConfigError(f"{shown}: cannot be read: {exc}") from None
    except yaml.YAMLError as exc:
        raise ScoringConfigError(f"{shown}: YAML syntax error: {exc}") from None
    return ScoringConfig.from_mapping(data or {}, shown)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ItemResult:
    """A verdict for one item as the score sees it."""

    verdict: str
    points_lost: float | None = None
    note: str = ""


def as_result(value: Any) -> ItemResult:
    """Accept a verdict string, a registry Verdict (or any object with ``verdict`` and
    optionally ``points_lost``/``note``), or a mapping with those keys."""
    if isinstance(value, ItemResult):
        res = value
    elif isinstance(value, str):
        res = ItemResult(value)
    elif isinstance(value, Mapping):
        if "verdict" not in value:
            raise ValueError(f"result {value!r} has no 'verdict'")
        res = ItemResult(value["verdict"], value.get("points_lost"), str(value.get("note") or ""))
    elif hasattr(value, "verdict"):
        res = ItemResult(value.verdict, getattr(value, "points_lost", None), str(getattr(value, "note", "") or ""))
    else:
        raise TypeError(f"cannot read a verdict from {value!r}")
    if res.verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {res.verdict!r}")
    pl = res.points_lost
    if pl is not None and (isinstance(pl, bool) or not isinstance(pl, (int, float)) or not math.isfinite(pl) or pl < 0):
        raise ValueError(f"points_lost must be a number ≥ 0 or None, not {pl!r}")
    return res


def effective_results(machine: Mapping[str, Any] | None, reviewer: Mapping[str, Any] | None) -> dict[str, ItemResult]:
    """Reviewer decisions over machine verdicts, item by item."""
    out = {k: as_result(v) for k, v in (machine or {}).items()}
    out.update({k: as_result(v) for k, v in (reviewer or {}).items()})
    return out


# --------------------------------------------------------------------------- score objects


@dataclass(frozen=True)
class ItemScore:
    """One item's contribution to the (current) score."""

    id: str
    part: str
    category: str
    heading: str
    document: str | None
    verdict: str  # effective verdict: pass / fail / na / needs_review
    source: str  # reviewer / machine / absent_document / none
    machine_verdict: str | None  # kept even when a reviewer overrode it
    points: float
    earned: float | None  # document & bonus items: points earned (None when not counted)
    lost: float  # document items: points lost; basic elements: deduction
    counted: bool  # in the possible sum (document items)
    voided: bool = False  # its document was voided by a voids_document item
    note: str = ""

    @property
    def pending(self) -> bool:
        return self.verdict == NEEDS_REVIEW


@dataclass(frozen=True)
class FileScore:
    kind: str
    checklist_version: str
    score: float
    grade: str
    veto: tuple[str, ...]  # veto items found (fail)
    veto_pending: tuple[str, ...]  # veto items still needing a reviewer
    earned: float
    possible: float
    bonus: float
    ratio: float
    deductions: float
    provisional: bool
    pending: tuple[str, ...]  # item ids still needing a reviewer
    score_range: tuple[float, float]
    grade_range: tuple[str, str]
    items: tuple[ItemScore, ...] = field(default=(), repr=False)
    unknown_results: tuple[str, ...] = ()  # result ids that are not items of the checklist

    def item(self, item_id: str) -> ItemScore:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    def grouped(self, by: str = "heading") -> dict[str, list[ItemScore]]:
        """Item scores grouped by ``heading`` (the seed's six, all present), ``category``
        (the 细则's), ``part`` or ``document``."""
        if by not in ("heading", "category", "part", "document"):
            raise ValueError("by must be heading, category, part or document")
        out: dict[str, list[ItemScore]] = {h: [] for h in HEADINGS} if by == "heading" else {}
        for it in self.items:
            out.setdefault(getattr(it, by) or "", []).append(it)
        return out

    def to_dict(self) -> dict:
        d = asdict(self)
        d["score_range"] = list(self.score_range)
        d["grade_range"] = list(self.grade_range)
        return d


# --------------------------------------------------------------------------- computation


@dataclass
class _Totals:
    score: float
    veto: list[str]
    earned: float
    possible: float
    bonus: float
    ratio: float
    deductions: float
    item_scores: dict[str, tuple[float | None, float, bool, bool]]  # id -> (earned, lost, counted, voided)


def _lost(item: Item, res: ItemResult, config: ScoringConfig) -> float:
    if res.verdict != FAIL:
        if res.points_lost:
            raise ValueError(f"item {item.id}: points_lost given with verdict {res.verdict!r} "
                             "(use verdict 'fail' with points_lost for a partial loss)")
        return 0.0
    if res.points_lost is None:
        return item.points
    if item.part == "basic":
        if config.basic_count == "once_per_element":
            return min(res.points_lost, item.points)
        return res.points_lost
    if res.points_lost > item.points + 1e-9:
        raise ValueError(f"item {item.id}: points_lost {res.points_lost:g} exceeds the item's {item.points:g} points")
    return res.points_lost


def _compute(checklist: Checklist, eff: dict[str, ItemResult], mode: str, config: ScoringConfig) -> _Totals:
    """mode: current (pending items left out), min (pending → fail), max (pending → pass)."""

    def resolved(item: Item) -> ItemResult:
        res = eff[item.id]
        if res.verdict == NEEDS_REVIEW and mode != "current":
            return ItemResult(FAIL if mode == "min" else PASS)
        return res

    veto = [it.id for it in checklist.vetoes if resolved(it).verdict == FAIL]

    voided_groups = {it.group for it in checklist.document_items
                     if it.voids_document and resolved(it).verdict == FAIL}

    earned = possible = bonus = deductions = 0.0
    per_item: dict[str, tuple[float | None, float, bool, bool]] = {}
    for it in checklist.items:
        res = resolved(it)
        v = res.verdict
        if it.part == "veto":
            per_item[it.id] = (None, 0.0, False, False)
        elif it.part == "basic":
            d = _lost(it, res, config) if v == FAIL else 0.0
            deductions += d
            per_item[it.id] = (None, d, False, False)
        elif it.part == "document":
            if v in (NA, NEEDS_REVIEW):
                per_item[it.id] = (None, 0.0, False, False)
                continue
            if it.group in voided_groups:
                possible += it.points
                per_item[it.id] = (0.0, it.points, True, True)
                continue
            lost = _lost(it, res, config)
            possible += it.points
            earned += it.points - lost
            per_item[it.id] = (it.points - lost, lost, True, False)
        else:  # bonus
            if v in (PASS, FAIL):
                got = it.points - _lost(it, res, config)
                bonus += got
                per_item[it.id] = (got, it.points - got, False, False)
            else:
                per_item[it.id] = (None, 0.0, False, False)

    deductions = min(deductions, config.basic_cap)
    numerator = earned + (bonus if config.bonus_mode == "numerator" else 0.0)
    ratio = numerator / possible if possible > 0 else config.empty_ratio
    ratio = min(ratio, config.ratio_cap)
    conformity = config.conformity_points * ratio - deductions
    if config.conformity_min is not None:
        conformity = max(conformity, config.conformity_min)
    score = 0.0 if veto else config.legality_points + conformity
    return _Totals(score, veto, earned, possible, bonus, ratio, deductions, per_item)


def _round(x: float, config: ScoringConfig) -> float:
    if config.rounding is None:
        return float(x)
    r = round(x + 0.0, config.rounding)
    return r + 0.0  # no -0.0


def score_file(
    checklist: Checklist,
    results: Mapping[str, Any] | None = None,
    *,
    decisions: Mapping[str, Any] | None = None,
    absent_documents: Iterable[str] = (),
    present_documents: Iterable[str] | None = None,
    config: ScoringConfig | None = None,
) -> FileScore:
    """Score one case file.

    ``results``: machine verdicts, item id -> verdict (a string, a registry ``Verdict``, or
    ``{"verdict": ..., "points_lost": ...}``).  ``decisions``: reviewer decisions in the same
    form; they override ``results`` item by item.  ``absent_documents``: doc_types missing
    from the file; alternatively ``present_documents`` (every checklist document not in it
    counts as absent).  The absent rule of an item applies unless a reviewer decided the item.
    """
    config = config or load_scoring_config()
    machine = {k: as_result(v) for k, v in (results or {}).items()}
    reviewer = {k: as_result(v) for k, v in (decisions or {}).items()}
    absent = set(absent_documents)
    if present_documents is not None:
        present = set(present_documents)
        absent |= {d for d in checklist.documents() if d not in present}

    ids = {it.id for it in checklist.items}
    unknown = tuple(sorted((set(machine) | set(reviewer)) - ids))

    eff: dict[str, ItemResult] = {}
    sources: dict[str, str] = {}
    for it in checklist.items:
        if it.id in reviewer:
            eff[it.id], sources[it.id] = reviewer[it.id], "reviewer"
        elif it.part in ("document", "bonus") and it.document in absent:
            verdict = FAIL if it.absent == "zero" else NA
            eff[it.id] = ItemResult(verdict, None, it.absent_note)
            sources[it.id] = "absent_document"
        elif it.id in machine:
            eff[it.id], sources[it.id] = machine[it.id], "machine"
        else:
            eff[it.id], sources[it.id] = ItemResult(NEEDS_REVIEW), "none"

    cur = _compute(checklist, eff, "current", config)
    pending = tuple(it.id for it in checklist.items if eff[it.id].verdict == NEEDS_REVIEW)
    lo_t, hi_t = (_compute(checklist, eff, "min", config), _compute(checklist, eff, "max", config)) \
        if pending else (cur, cur)
    veto_pending = tuple(it.id for it in checklist.vetoes if eff[it.id].verdict == NEEDS_REVIEW)

    items = []
    for it in checklist.items:
        earned_i, lost_i, counted_i, voided_i = cur.item_scores[it.id]
        res = eff[it.id]
        items.append(ItemScore(
            id=it.id, part=it.part, category=it.category, heading=it.heading, document=it.document,
            verdict=res.verdict, source=sources[it.id],
            machine_verdict=machine[it.id].verdict if it.id in machine else None,
            points=it.points,
            earned=None if earned_i is None else _round(earned_i, config),
            lost=_round(lost_i, config), counted=counted_i, voided=voided_i, note=res.note,
        ))

    score = _round(cur.score, config)
    lo_r, hi_r = _round(lo_t.score, config), _round(hi_t.score, config)
    return FileScore(
        kind=checklist.kind,
        checklist_version=f"{checklist.version} r{checklist.revision}" if checklist.revision else checklist.version,
        score=score,
        grade=config.grade(score, veto=bool(cur.veto)),
        veto=tuple(cur.veto),
        veto_pending=veto_pending,
        earned=_round(cur.earned, config),
        possible=_round(cur.possible, config),
        bonus=_round(cur.bonus, config),
        ratio=cur.ratio,
        deductions=_round(cur.deductions, config),
        provisional=bool(pending),
        pending=pending,
        score_range=(lo_r, hi_r),
        grade_range=(config.grade(lo_r, veto=bool(lo_t.veto)), config.grade(hi_r, veto=bool(hi_t.veto))),
        items=tuple(items),
        unknown_results=unknown,
    )


__all__ = [
    "DEFAULT_SCORING_CONFIG", "FileScore", "GradeBand", "ItemResult", "ItemScore", "ScoringConfig",
    "ScoringConfigError", "as_result", "effective_results", "load_scoring_config", "score_file",
]
