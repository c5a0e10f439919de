"""The random draw of the second case-quality file (随机抽取案卷), reproducible and auditable.

For every candidate without a drawn file, the eligible pool is every case file that
- is in the review window (measure_date on or after the configured start) and of a drawable
  kind (penalty decision issued, seizure done, transfer made: `draw.measures`),
- for an individual, has the candidate among its lead handlers (主要承办人),
- is not the candidate's recommended file, and
- is not used by any other candidate (any roster row; or only their case-quality files when
  `draw.exclude_all_uses_of_others` is false), nor drawn for one earlier in the same draw.

The pick is `min(pool, key=sha256(seed | candidate | case_file))`: it depends only on the
recorded seed, the candidate's name and the pool, not on input order or on Python's random
module, so anybody can check it by hand (`verify_draw`). Candidates are drawn one after the
other (individuals in roster order, then the collective), and the order is recorded.

A draw is done once. `draw_files(..., previous=record)` refuses (`RedrawRefused`) unless
`force=True` with a written reason; the forced record keeps the previous one inside it.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping, Sequence

from extractors.normalize import normalize_name

from .allocation import ensure_config, parse_date, window_start
from .case_match import (CaseIndex, MatchResult, Resolution, ResolvedCandidate, ResolvedRow,
                         case_label, resolve_roster)

METHOD = "sha256-rank/v1"


class RedrawRefused(RuntimeError):
    """A draw was already made; drawing again needs force=True and a reason."""


def rank_key(seed: str, candidate: str, case_file: str) -> str:
    return hashlib.sha256(f"{seed}|{candidate}|{case_file}".encode("utf-8")).hexdigest()


def _digest(items: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(items).encode("utf-8")).hexdigest()[:16]


@dataclass
class DrawEntry:
    candidate: str
    kind: str
    pool: list[str] = field(default_factory=list)        # case files, sorted
    labels: dict[str, str] = field(default_factory=dict)  # case file → how it is shown
    excluded: dict[str, str] = field(default_factory=dict)  # case file → why it is not in pool
    result: str | None = None
    result_label: str | None = None
    pool_digest: str = ""
    message: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class DrawRecord:
    seed: str
    created_at: str
    window_start: str
    entries: list[DrawEntry] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    method: str = METHOD
    forced: bool = False
    reason: str | None = None
    previous: dict | None = None       # the record this one replaced (forced redraw)
    kept: dict[str, str] = field(default_factory=dict)   # results kept from `previous`

    def result_for(self, candidate: str) -> str | None:
        for e in self.entries:
            if e.candidate == candidate:
                return e.result
        return self.kept.get(candidate)

    def results(self) -> dict[str, str]:
        out = dict(self.kept)
        out.update({e.candidate: e.result for e in self.entries if e.result})
        return out

    def to_dict(self) -> dict:
        d = asdict(self)
        d["entries"] = [e.to_dict() for e in self.entries]
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "DrawRecord":
        d = dict(data)
        d["entries"] = [DrawEntry(**e) for e in d.get("entries") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


def _as_record(rec: "DrawRecord | Mapping[str, Any] | None") -> DrawRecord | None:
    if rec is None or isinstance(rec, DrawRecord):
        return rec
    return DrawRecord.from_dict(rec)


# ------------------------------------------------------------------------------------------


def eligible_pool(cand: ResolvedCandidate, cases: Iterable[Mapping[str, Any]],
                  taken: Mapping[str, str], config: Mapping[str, Any]
                  ) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """(pool, excluded, labels) for one candidate. `taken`: case file → who uses it."""
    start = window_start(config)
    measures = set((config.get("draw") or {}).get("measures") or [])
    recommended = set(cand.recommended_files())
    person = normalize_name(cand.person)
    pool, excluded, labels = [], {}, {}
    for case in cases:
        cf = str(case.get("case_file"))
        leads = {normalize_name(str(n)) for n in case.get("lead_handlers") or [] if n}
        if cand.kind == "individual" and person not in leads:
            continue                      # not the candidate's case at all: not listed
        labels[cf] = case_label(case)
        md = parse_date(case.get("measure_date"))
        if case.get("measure") not in measures:
            excluded[cf] = f"办结方式为{case.get('measure') or '未知'}，不在抽取范围"
        elif md is None:
            excluded[cf] = "办结日期不明"
        elif md < start:
            excluded[cf] = f"办结日期{md.isoformat()}早于评查范围起始日{start.isoformat()}"
        elif cf in recommended:
            excluded[cf] = "本人的推荐案卷"
        elif cf in taken:
            excluded[cf] = f"已由{taken[cf]}使用"
        else:
            pool.append(cf)
    pool.sort()
    return pool, excluded, labels


def draw_files(resolution: Resolution, *, seed: str | None = None,
               config: Mapping[str, Any] | None = None,
               previous: "DrawRecord | Mapping[str, Any] | None" = None,
               force: bool = False, reason: str | None = None,
               only: Sequence[str] | None = None, now: datetime | None = None) -> DrawRecord:
    """Draw one file for every candidate (or those in `only`) who has no drawn file.

    With `previous`: candidates it already drew for are not drawn again unless `force=True`
    (then `reason` is required and the old record is kept inside the new one); candidates it
    did not cover may be drawn with `only=[…]`, its results counting as taken.
    """
    config = ensure_config(config)
    dcfg = config.get("draw") or {}
    prev = _as_record(previous)
    if prev is not None:
        done = set(prev.results()) | {e.candidate for e in prev.entries}
        wanted = set(only) if only is not None else {c.name for c in resolution.candidates}
        overlap = sorted(done & wanted)
        if overlap and not force:
            raise RedrawRefused(
                f"已于{prev.created_at}用种子{prev.seed}抽取过（{'、'.join(overlap)}），不得重新抽取；"
                "确需重抽的，请以 force=True 重抽并写明理由。")
        if force and not (reason and reason.strip()):
            raise ValueError("强制重新抽取必须写明理由（reason）。")
    seed = str(seed) if seed is not None else secrets.token_hex(8)
    record = DrawRecord(seed=seed,
                        created_at=(now or datetime.now(timezone.utc)).isoformat(timespec="seconds"),
                        window_start=window_start(config).isoformat(),
                        forced=bool(prev is not None and force), reason=reason,
                        previous=prev.to_dict() if prev is not None and force else None)
    cases = list(resolution.index.cases.values())

    # Files used by each candidate (roster rows), and by the previous draw when kept.
    users: dict[str, set[str]] = {}
    all_uses = dcfg.get("exclude_all_uses_of_others", True)
    for c in resolution.candidates:
        for cf in c.used_files(quality_only=not all_uses):
            users.setdefault(cf, set()).add(c.name)
    if prev is not None and not force:
        for name, cf in prev.results().items():
            record.kept[name] = cf
            users.setdefault(cf, set()).add(name)

    order = list(resolution.candidates)
    if dcfg.get("individuals_first", True):
        order.sort(key=lambda c: 0 if c.kind == "individual" else 1)   # stable: roster order
    for cand in order:
        if only is not None and cand.name not in only:
            continue
        if cand.name in record.kept:
            continue
        if cand.has_drawn_file():
            continue
        record.order.append(cand.name)
        entry = DrawEntry(cand.name, cand.kind)
        if dcfg.get("skip_vetoed", True) and cand.vetoes:
            entry.message = "有否决事项，未抽取"
            record.entries.append(entry)
            continue
        taken = {cf: "、".join(sorted(who - {cand.name})) for cf, who in users.items()
                 if who - {cand.name}}
        pool, excluded, labels = eligible_pool(cand, cases, taken, config)
        entry.pool, entry.excluded, entry.pool_digest = pool, excluded, _digest(pool)
        entry.labels = {cf: labels[cf] for cf in list(pool) + list(excluded)}
        if not pool:
            entry.message = ("没有可抽取的案卷（须为本人主要承办、在评查范围内、未被其他候选人使用）"
                             if cand.kind == "individual" else
                             "没有可抽取的案卷（须在评查范围内、未被候选个人使用）")
        else:
            entry.result = min(pool, key=lambda cf: rank_key(seed, cand.name, cf))
            entry.result_label = labels[entry.result]
            users.setdefault(entry.result, set()).add(cand.name)
        record.entries.append(entry)
    return record


def draw_from_roster(roster: Any, cases: Iterable[Mapping[str, Any]] | CaseIndex,
                     **kwargs: Any) -> DrawRecord:
    """Resolve `roster` against `cases`, then `draw_files` (same keyword arguments)."""
    config = ensure_config(kwargs.pop("config", None))
    res = resolve_roster(roster, cases, (config.get("matching") or None))
    return draw_files(res, config=config, **kwargs)


redraw = draw_files   # the same function: pass previous= and force=True with a reason


def verify_draw(record: "DrawRecord | Mapping[str, Any]") -> list[str]:
    """Recompute every result from the recorded seed and pools; [] when all agree."""
    rec = _as_record(record)
    problems = []
    drawn_before: set[str] = set(rec.kept.values())
    for e in rec.entries:
        if _digest(e.pool) != e.pool_digest:
            problems.append(f"{e.candidate}：抽取池记录被改动")
        expect = min(e.pool, key=lambda cf: rank_key(rec.seed, e.candidate, cf)) if e.pool else None
        if expect != e.result:
            problems.append(f"{e.candidate}：按种子应抽到 {expect}，记录为 {e.result}")
        if e.result and e.result in drawn_before:
            problems.append(f"{e.candidate}：{e.result} 已抽给其他候选人")
        if e.result:
            drawn_before.add(e.result)
    return problems


def apply_draw(resolution: Resolution, record: "DrawRecord | Mapping[str, Any] | None") -> Resolution:
    """Add the drawn files to the candidates who have no drawn file in the roster."""
    rec = _as_record(record)
    if rec is None:
        return resolution
    from .roster import RosterRow

    for cand in resolution.candidates:
        cf = rec.result_for(cand.name)
        if not cf or cand.has_drawn_file():
            continue
        case = resolution.index.get(cf)
        label = case_label(case) if case else cf
        row = RosterRow(0, cand.person, cand.kind, "quality_drawn", label, cand.candidate.cert_no,
                        f"随机抽取（种子{rec.seed}）")
        match = MatchResult(label, "matched" if case else "not_found", cf if case else None,
                            label, 100.0 if case else 0.0, "draw")
        cand.rows.append(ResolvedRow(row, match, case, source="draw"))
    return resolution
