"""Candidates from the command line: the roster against the case files, the random draw (kept in
the store for audit), and the self-assessment sheets. The CLI and the web call these."""
from __future__ import annotations

import secrets
from pathlib import Path

from .batch import discover, process_case
from .draw import DrawRecord, RedrawRefused, draw_from_roster, verify_draw
from .roster import read_roster
from .subscores import evaluate_candidates


def case_records(paths: list[str], config: str | None = None) -> list[tuple[dict, dict]]:
    """(case_json, check) for every case file under the paths, read now."""
    cases, missing = discover(paths)
    if missing:
        raise FileNotFoundError("、".join(missing))
    records = []
    for case_path in cases:
        result = process_case(case_path, config)
        records.append((result["case_json"], result["check"]))
    return records


def latest_draw(store) -> DrawRecord | None:
    """The last draw recorded in the store (its full record is kept with each entry)."""
    for row in reversed(store.draws()):
        record = (row.get("extra") or {}).get("record")
        if record:
            return DrawRecord.from_dict(record)
    return None


def evaluate(roster_path: str, records: list[tuple[dict, dict]], draw: DrawRecord | None = None) -> dict:
    roster = read_roster(roster_path)
    cases = [case_json for case_json, _ in records]
    scores = {case_json["case_file"]: check for case_json, check in records if check}
    result = evaluate_candidates(roster, cases, scores=scores, draw=draw)
    return result


def make_draw(store, roster_path: str, records: list[tuple[dict, dict]], *, seed: str | None = None,
              force: bool = False, reason: str | None = None, by: str | None = None) -> DrawRecord:
    """Draw for every candidate without a drawn file, record it (append-only) and return it.

    A candidate drawn before is not drawn again unless `force` with a written `reason`: the new
    record keeps the old one inside it, so the audit trail shows both."""
    previous = latest_draw(store)
    cases = [case_json for case_json, _ in records]
    record = draw_from_roster(read_roster(roster_path), cases, seed=seed or secrets.token_hex(8),
                              previous=previous, force=force, reason=reason)
    problems = verify_draw(record)
    if problems:
        raise RuntimeError("抽取结果复核不一致：" + "；".join(problems))
    store.add_draws([{"candidate": e.candidate, "seed": record.seed, "pool": e.pool,
                      "drawn": e.result, "forced": record.forced, "drawn_by": by,
                      "note": reason, "extra": {"record": record.to_dict()}}
                     for e in record.entries])
    return record


__all__ = ["case_records", "evaluate", "latest_draw", "make_draw", "RedrawRefused", "Path"]
