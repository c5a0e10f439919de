"""Machine rules, registered by name, and the verdicts they return.

A checklist item names the rule that judges it (``rule: decision_within_90_days``) and
optional keyword arguments (``params: {document: penalty_decision}``).  Rule functions are
written elsewhere and registered with the :func:`rule` decorator::

    from checklists.registry import Evidence, Verdict, rule

    @rule("decision_within_90_days")
    def decision_within_90_days(case, config, document="penalty_decision"):
        ...
        return Verdict.failed("决定日期超出立案后90日", evidence=[Evidence(...)])

``case`` is whatever object the caller passes (the registry never looks inside it);
``config`` likewise.  A rule returns pass / fail (with evidence) / na / needs_review; it must
never pass what it could not verify.  The module that defines rules has to be imported
before :func:`evaluate` runs (registration happens at import time).
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

if TYPE_CHECKING:  # pragma: no cover
    from checklists.schema import Checklist

PASS = "pass"
FAIL = "fail"
NA = "na"
NEEDS_REVIEW = "needs_review"
VERDICTS: tuple[str, ...] = (PASS, FAIL, NA, NEEDS_REVIEW)

_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")

RuleFn = Callable[..., "Verdict"]


@dataclass(frozen=True)
class Evidence:
    """Where a finding was seen: document type, page (1-based), the text matched, the source
    file, and optionally the box (x0, top, x1, bottom) on the page."""

    doc_type: str | None
    page: int | None
    text: str
    source: str | None = None
    box: tuple[float, float, float, float] | None = None

    @classmethod
    def from_fact(cls, fact: Any) -> "Evidence":
        """Build from any object or mapping with (some of) doc_type/document, page, text,
        source, box — e.g. an extracted Fact."""

        def get(*names: str) -> Any:
            for n in names:
                if isinstance(fact, Mapping) and n in fact:
                    return fact[n]
                if hasattr(fact, n):
                    return getattr(fact, n)
            return None

        doc = get("doc_type", "document")
        if doc is not None and not isinstance(doc, str):  # a Document object
            doc = getattr(doc, "doc_type", None) or str(doc)
        box = get("box")
        return cls(doc_type=doc, page=get("page"), text=str(get("text") or ""),
                   source=get("source"), box=tuple(box) if box is not None else None)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class Verdict:
    """A rule's (or a reviewer's) result for one item.

    ``verdict``: ``pass`` | ``fail`` | ``na`` | ``needs_review``.  ``points_lost``: for a
    partial failure, the points lost (``None`` = all the item's points).  ``note``: why."""

    verdict: str
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""
    points_lost: float | None = None

    def __post_init__(self) -> None:
        if self.verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}, not {self.verdict!r}")
        if self.points_lost is not None:
            pl = self.points_lost
            if isinstance(pl, bool) or not isinstance(pl, (int, float)) or not math.isfinite(pl) or pl < 0:
                raise ValueError(f"points_lost must be a number ≥ 0 or None, not {pl!r}")
        self.evidence = list(self.evidence)

    @classmethod
    def passed(cls, note: str = "", evidence: list[Evidence] | None = None) -> "Verdict":
        return cls(PASS, list(evidence or ()), note)

    @classmethod
    def failed(cls, note: str = "", evidence: list[Evidence] | None = None,
               points_lost: float | None = None) -> "Verdict":
        return cls(FAIL, list(evidence or ()), note, points_lost)

    @classmethod
    def not_applicable(cls, note: str = "", evidence: list[Evidence] | None = None) -> "Verdict":
        return cls(NA, list(evidence or ()), note)

    @classmethod
    def needs_review(cls, note: str = "", evidence: list[Evidence] | None = None) -> "Verdict":
        return cls(NEEDS_REVIEW, list(evidence or ()), note)

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "evidence": [e.to_dict() for e in self.evidence],
                "note": self.note, "points_lost": self.points_lost}


class UnknownRuleError(KeyError):
    """No rule is registered under that name."""


_RULES: dict[str, RuleFn] = {}


def rule(name: str, *, replace: bool = False) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn(case, config, **params) -> Verdict`` under ``name``.

    Registering a second function under the same name raises ``ValueError`` unless
    ``replace=True``.  The decorated function is returned unchanged."""
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise ValueError(f"rule name must be lower_snake_case, not {name!r}")

    def decorator(fn: RuleFn) -> RuleFn:
        if not callable(fn):
            raise TypeError(f"rule {name!r}: {fn!r} is not callable")
        existing = _RULES.get(name)
        if existing is not None and existing is not fn and not replace:
            raise ValueError(f"rule {name!r} is already registered ({_describe(existing)})")
        _RULES[name] = fn
        return fn

    return decorator


def _describe(fn: Callable) -> str:
    return f"{getattr(fn, '__module__', '?')}.{getattr(fn, '__qualname__', repr(fn))}"


def get_rule(name: str) -> RuleFn:
    try:
        return _RULES[name]
    except KeyError:
        raise UnknownRuleError(f"no rule registered as {name!r}") from None


def registered_rules() -> dict[str, RuleFn]:
    """A copy of the registry: name -> function, sorted by name."""
    return dict(sorted(_RULES.items()))


def unregister(name: str) -> None:
    """Remove a rule (for tests and plugin reloads); unknown names are ignored."""
    _RULES.pop(name, None)


def missing_rules(checklist: "Checklist") -> list[str]:
    """Rule names a checklist refers to that nobody has registered (yet)."""
    return [r for r in checklist.rules() if r not in _RULES]


def run_rule(name: str, case: Any, config: Any = None, params: Mapping[str, Any] | None = None,
             *, strict: bool = False) -> Verdict:
    """Run one rule.  Without ``strict`` an unregistered rule, an exception inside the rule,
    or a non-Verdict return value becomes ``needs_review`` with the reason in ``note``
    (a batch over hundreds of files keeps going); with ``strict`` they raise."""
    fn = _RULES.get(name)
    if fn is None:
        if strict:
            raise UnknownRuleError(f"no rule registered as {name!r}")
        return Verdict.needs_review(f"rule {name!r} is not registered")
    try:
        result = fn(case, config, **dict(params or {}))
    except Exception as exc:  # noqa: BLE001 - reported, never silently passed
        if strict:
            raise
        return Verdict.needs_review(f"rule {name!r} failed: {type(exc).__name__}: {exc}")
    if not isinstance(result, Verdict):
        if strict:
            raise TypeError(f"rule {name!r} returned {type(result).__name__}, not Verdict")
        return Verdict.needs_review(f"rule {name!r} returned {type(result).__name__}, not a Verdict")
    return result


def evaluate(checklist: "Checklist", case: Any, config: Any = None, *, strict: bool = False) -> dict[str, Verdict]:
    """Run the rule of every item that has one: item id -> Verdict (machine verdicts).

    Items without a rule are left out (the score treats them as needing a reviewer).  A rule
    used by several items with the same params runs once; each item gets its own copy."""
    cache: dict[tuple, Verdict] = {}
    out: dict[str, Verdict] = {}
    for item in checklist.items:
        if not item.rule:
            continue
        key = (item.rule, _freeze(item.params))
        if key not in cache:
            cache[key] = run_rule(item.rule, case, config, item.params, strict=strict)
        v = cache[key]
        out[item.id] = dataclasses.replace(v, evidence=list(v.evidence))
    return out


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_freeze(v) for v in value)
    return value


__all__ = [
    "FAIL", "NA", "NEEDS_REVIEW", "PASS", "VERDICTS", "Evidence", "UnknownRuleError", "Verdict",
    "evaluate", "get_rule", "missing_rules", "registered_rules", "rule", "run_rule", "unregister",
]
