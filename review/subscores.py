"""Candidate sub-scores: 案卷质量 from the two files' checklist scores, and case-handling points
from the allocation; `evaluate_candidates` puts roster, case files, scores, conflicts and the
draw together into the JSON object of roster.md.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from .allocation import (Allocation, Claim, PoolCase, _num, best_allocation, case_options,
                         claimed_allocation, ensure_config, unsupported_reason, use_targets,
                         window_start)
from .case_match import CaseIndex, Resolution, ResolvedCandidate, ResolvedRow, resolve_roster
from .conflicts import find_conflicts, lead_handler_status
from .draw import DrawRecord, apply_draw
from .roster import CASE_HANDLING_USES, USES, Roster, read_roster, rows_from_records

# ------------------------------------------------------------------------------------------
# File scores


@dataclass
class FileScore:
    use: str                                # quality_recommended | quality_drawn
    case_file: str | None
    case: str | None                        # label
    row: int | None = None
    source: str = "roster"                  # roster | draw | missing
    score: float | None = None              # 0..100, None when not yet checked
    provisional: bool = True
    score_range: tuple[float, float] = (0.0, 100.0)
    conflicts: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["score"] = None if self.score is None else _num(self.score)
        d["score_range"] = [_num(self.score_range[0]), _num(self.score_range[1])]
        return d


def read_score(obj: Any) -> tuple[float | None, bool, tuple[float, float]]:
    """(score, provisional, (min, max)) from whatever the checklist gives for a file: None
    (not yet checked), a number (final), a dict or an object with score / provisional /
    score_range."""
    if obj is None:
        return None, True, (0.0, 100.0)
    if isinstance(obj, str):
        try:
            obj = float(obj)
        except ValueError:
            return None, True, (0.0, 100.0)
    if isinstance(obj, (int, float)) and not isinstance(obj, bool):
        return float(obj), False, (float(obj), float(obj))
    get = obj.get if isinstance(obj, Mapping) else (lambda k, d=None: getattr(obj, k, d))
    score = get("score")
    if score is None:
        score = get("total", get("value"))
    score = None if score is None else float(score)
    provisional = bool(get("provisional", False)) or score is None
    rng = get("score_range")
    if rng is None:
        rng = (score, score) if (score is not None and not provisional) else (0.0, 100.0)
    lo, hi = (float(rng[0]) if rng[0] is not None else 0.0,
              float(rng[1]) if rng[1] is not None else 100.0)
    return score, provisional, (lo, hi)


@dataclass
class QualityResult:
    kind: str
    files: list[FileScore]
    score: float | None
    max: float
    provisional: bool
    score_range: tuple[float, float]
    method: str

    def to_dict(self) -> dict:
        return {"files": [f.to_dict() for f in self.files],
                "score": None if self.score is None else _num(self.score),
                "max": _num(self.max), "provisional": self.provisional,
                "score_range": [_num(self.score_range[0]), _num(self.score_range[1])],
                "method": self.method}


def _combine(values: Sequence[float], uses: Sequence[str], qcfg: Mapping[str, Any]) -> float:
    method = qcfg.get("combine", "mean")
    if method == "min":
        return min(values)
    if method == "weighted":
        weights = qcfg.get("file_weights") or {}
        ws = [float(weights.get(u, 1.0)) for u in uses]
        return sum(w * v for w, v in zip(ws, values)) / (sum(ws) or 1.0)
    return sum(values) / len(values)


def quality_subscore(kind: str, files: Sequence[FileScore],
                     config: Mapping[str, Any] | None = None) -> QualityResult:
    """weight × combine(file scores) ÷ 100 (combine: mean by default; see points.yaml).

    A slot with no file counts as not yet checked (0..100). `score` is None until every
    file has a score; `provisional` while any file's score is; `score_range` always."""
    config = ensure_config(config)
    qcfg = config.get("quality") or {}
    kcfg = qcfg.get(kind) or {}
    weight = float(kcfg.get("weight", 30 if kind == "individual" else 18))
    slots = list(kcfg.get("files") or ["quality_recommended", "quality_drawn"])
    chosen: list[FileScore] = []
    for use in slots:
        f = next((x for x in files if x.use == use), None)
        chosen.append(f or FileScore(use, None, None, source="missing"))
    uses = [f.use for f in chosen]
    decimals = int(qcfg.get("decimals", 2))
    lo = weight * _combine([f.score_range[0] for f in chosen], uses, qcfg) / 100
    hi = weight * _combine([f.score_range[1] for f in chosen], uses, qcfg) / 100
    if all(f.score is not None for f in chosen):
        score = round(weight * _combine([f.score for f in chosen], uses, qcfg) / 100, decimals)
    else:
        score = None
    provisional = any(f.provisional for f in chosen)
    return QualityResult(kind, chosen, score, weight, provisional,
                         (round(lo, decimals), round(hi, decimals)), qcfg.get("combine", "mean"))


# ------------------------------------------------------------------------------------------
# Case handling


def _eligible(cand: ResolvedCandidate, row: ResolvedRow) -> str | None:
    """Why this row's case cannot count for the candidate at all (None if it can)."""
    if row.case is None:
        return "找不到案卷"
    if cand.kind == "individual":
        status, why = lead_handler_status(row.case, cand.person)
        if status != "yes":
            return f"不是主要承办人：{why}"
    return None


def case_handling(cand: ResolvedCandidate, config: Mapping[str, Any]
                  ) -> tuple[Allocation, Allocation]:
    """(best allocation, claimed allocation) of the candidate's case-handling rows."""
    kind = cand.kind
    claims: list[Claim] = []
    pool: dict[str, PoolCase] = {}
    for r in cand.rows:
        if r.use not in CASE_HANDLING_USES:
            continue
        targets = use_targets(kind, r.use, config)
        reason = _eligible(cand, r)
        if targets is None:
            reason = f"“{USES.get(r.use, r.use)}”不是候选{'个人' if kind == 'individual' else '集体'}的计分项"
            targets = []
        options = [] if reason else case_options(r.case, kind, config, targets)
        if not reason and not options:
            reason = unsupported_reason(r.case, kind, r.use, config)
        claims.append(Claim(r.row.row, r.use, r.case_file, r.label, options, targets, reason))
        if r.case is not None and _eligible(cand, r) is None:
            pc = pool.get(r.case_file)
            if pc is None:
                pc = pool[r.case_file] = PoolCase(r.case_file, r.label,
                                                  case_options(r.case, kind, config))
            pc.claimed.extend(targets)
            pc.rows.append(r.row.row)
            pc.uses.append(r.use)
    return best_allocation(list(pool.values()), kind, config), claimed_allocation(claims, kind, config)


# ------------------------------------------------------------------------------------------
# Everything together


def _as_roster(roster: Any) -> Roster:
    if isinstance(roster, Roster):
        return roster
    if isinstance(roster, (str, Path)):
        return read_roster(roster)
    # A list of row dicts with Chinese or English keys.
    from .roster import parse_header
    recs = []
    for i, r in enumerate(roster, start=1):
        recs.append((i, {parse_header(k) or k: v for k, v in r.items()}))
    return rows_from_records(recs, "<rows>")


def _alloc_rows(al: Allocation) -> list[dict]:
    out = []
    for a in al.assignments:
        d = {"case": a.case, "case_file": a.case_file, "category": a.category, "item": a.item,
             "kind": a.kind, "points": _num(a.points), "rows": a.rows, "uses": a.uses}
        if not a.supported or a.double_counted or a.reason:
            d.update({"supported": a.supported, "double_counted": a.double_counted,
                      "reason": a.reason})
        out.append(d)
    return out


def evaluate_candidates(roster: Any, cases: Iterable[Mapping[str, Any]] | CaseIndex,
                        scores: Mapping[str, Any] | None = None,
                        config: Mapping[str, Any] | None = None,
                        draw: DrawRecord | Mapping[str, Any] | None = None) -> dict:
    """The `review-cases candidates --json` object of roster.md.

    roster: a Roster, a path, or a list of row dicts. cases: case-json dicts. scores: case_file
    → the file's checklist score (number, dict or object with score / provisional /
    score_range; None = not yet checked). draw: a DrawRecord (or its dict) whose results
    supply the drawn files the roster leaves empty.

    Keys: conflicts, candidates (quality, case_handling, allocation as in roster.md, plus
    case_handling_total / _max, claimed_case_handling / claimed_allocation /
    allocation_differs, blocked, vetoes, needs_draw, conflicts), unmatched_rows,
    roster_issues, rows, draw, config.
    """
    config = ensure_config(config)
    scores = {str(k): v for k, v in (scores or {}).items()}
    ros = _as_roster(roster)
    res: Resolution = resolve_roster(ros, cases, (config.get("matching") or None))
    apply_draw(res, draw)
    conflicts = find_conflicts(res, config)
    by_row: dict[tuple[str, int], list[str]] = {}
    by_file: dict[tuple[str, str], list[str]] = {}
    for cf in conflicts:
        for name in cf.candidates:
            for r in cf.rows:
                by_row.setdefault((name, r), []).append(cf.code)
            for f in cf.case_files:
                by_file.setdefault((name, f), []).append(cf.code)

    cands_out = []
    for cand in res.candidates:
        files = []
        for r in cand.quality_rows():
            if not (r.row.case or r.case):
                continue
            sc, prov, rng = read_score(scores.get(r.case_file)) if r.case_file else (None, True, (0.0, 100.0))
            codes = by_row.get((cand.name, r.row.row), []) if r.row.row else []
            codes = codes + [c for c in by_file.get((cand.name, r.case_file), []) if c not in codes] \
                if r.case_file else codes
            files.append(FileScore(r.use, r.case_file, r.label, r.row.row or None, r.source,
                                   sc, prov, rng, sorted(set(codes))))
        quality = quality_subscore(cand.kind, files, config)
        best, claimed = case_handling(cand, config)
        cands_out.append({
            "candidate": cand.name,
            "kind": cand.kind,
            "cert_no": cand.candidate.cert_no,
            "blocked": bool(cand.vetoes),
            "needs_draw": not cand.has_drawn_file(),
            "vetoes": [v.row.note for v in cand.vetoes],
            "quality": quality.to_dict(),
            "case_handling": {k: _num(v) for k, v in best.by_category.items()},
            "case_handling_total": _num(best.total),
            "case_handling_max": _num(best.max),
            "allocation": _alloc_rows(best),
            "claimed_case_handling": {k: _num(v) for k, v in claimed.by_category.items()},
            "claimed_case_handling_total": _num(claimed.total),
            "claimed_allocation": _alloc_rows(claimed),
            "allocation_differs": best.key() != claimed.key(),
            "conflicts": sorted({c.code for c in conflicts if cand.name in c.candidates}),
        })

    rows = [r for c in res.candidates for r in c.rows]
    return {
        "conflicts": [c.to_dict() for c in conflicts],
        "candidates": cands_out,
        "unmatched_rows": [r.to_dict() for r in rows
                           if r.match is not None and not r.match.matched and r.match.status != "empty"],
        "roster_issues": [i.to_dict() for i in ros.issues],
        "rows": [r.to_dict() for r in rows],
        "draw": (draw.to_dict() if isinstance(draw, DrawRecord) else dict(draw)) if draw else None,
        "config": {"version": config.get("version"),
                   "review_window_start": window_start(config).isoformat()},
    }
