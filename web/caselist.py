"""The list of stored case files as the pages show it: one row per case with its current score
(reviewer decisions applied), filters, search and sorting. Shared by the list page, the
summary download and the previous/next links of the case page."""
from __future__ import annotations

import os
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlencode

from sqlalchemy import select

from extractors.sources import natural_key
from review.outputs import current_check
from review.store import Store
from review.store.models import CaseFile

# Filters of the list: key → label. Several together narrow the list (all must hold).
FILTERS = {
    "pending": "待人工评查",
    "veto": "有否决项",
    "outside": "不在评查期",
    "rereview": "需重新评查",
    "errors": "有读取问题",
}
# Sortable columns: key → label.
SORTS = {
    "name": "案卷", "number": "决定书文号", "party": "当事人", "kind": "类型",
    "date": "措施日期", "score": "得分", "pending": "待评查项", "decided": "已评查项",
    "errors": "读取问题", "rereview": "需重新评查",
}
FILTER_TIPS = {
    "pending": "还有评查项等待评查人员结论（或机器未能判断案卷类型）",
    "veto": "当前结论中有一票否决项",
    "outside": "措施日期早于评查期起始日，或无法确定措施日期",
    "rereview": "评查后案卷文件有变化",
    "errors": "有读不了的文件或页面",
}
PAGE_SIZE = 100


@dataclass
class Row:
    path: str
    name: str
    case_json: dict
    check: dict | None  # current check (reviewer decisions applied)
    needs_rereview: bool
    errors: list[str]
    decisions: int
    last_decision_at: Any
    pending: int = 0
    decided_items: int = 0
    search_text: str = field(default="", repr=False)

    @property
    def veto(self) -> list[str]:
        return list((self.check or {}).get("veto") or [])

    @property
    def kind(self) -> str | None:
        return (self.check or {}).get("kind")

    @property
    def needs_reviewer(self) -> bool:
        """Items wait for a reviewer, or the machine could not tell the kind (all of it does)."""
        return self.pending > 0 or self.kind is None

    @property
    def in_review_window(self) -> bool | None:
        return self.case_json.get("in_review_window")


def normalise(text: str) -> str:
    """For search: full-width → half-width, every bracket alike, no spaces, lower case, so that
    环罚[2025]19 finds 环罚〔2025〕19号."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(r"[〔〕\[\]【】()（）{}［］]", "|", text)
    return re.sub(r"\s+", "", text).lower()


class RowCache:
    """Rows keyed by case path, recomputed when the case was re-stored or decided on."""

    def __init__(self) -> None:
        self._rows: dict[str, tuple[tuple, Row]] = {}
        self._lock = threading.Lock()

    def get(self, path: str, stamp: tuple) -> Row | None:
        with self._lock:
            hit = self._rows.get(path)
        return hit[1] if hit and hit[0] == stamp else None

    def put(self, path: str, stamp: tuple, row: Row) -> None:
        with self._lock:
            self._rows[path] = (stamp, row)

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()


def _case_jsons(store: Store, paths: Iterable[str]) -> dict[str, dict]:
    """The case-json of the given cases, in one query."""
    wanted = list(paths)
    if not wanted:
        return {}
    out: dict[str, dict] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for path, case_json in conn.execute(select(CaseFile.path, CaseFile.case_json)
                                                .where(CaseFile.path.in_(chunk))):
                out[path] = case_json or {}
    return out


def all_rows(store: Store, cache: RowCache) -> list[Row]:
    """Every stored case file, in natural order of its path."""
    summaries = store.cases()
    stamps = {s["case_file"]: (s["stored_at"], s["decisions"], s["last_decision_at"],
                               s["inputs_hash"], repr(s["check"])) for s in summaries}
    missing = [p for p, st in stamps.items() if cache.get(p, st) is None]
    jsons = _case_jsons(store, missing)
    rows = []
    for s in summaries:
        path = s["case_file"]
        row = cache.get(path, stamps[path])
        if row is None:
            row = make_row(store, path, jsons.get(path) or {}, s)
            cache.put(path, stamps[path], row)
        row.needs_rereview = bool(s["needs_rereview"])  # cheap, always fresh
        rows.append(row)
    rows.sort(key=lambda r: natural_key(r.path))
    _short_names(rows)
    return rows


def _short_names(rows: list[Row]) -> None:
    """Each case named by its path below the folder all of them share (just the file or
    folder name when they sit side by side), so that same-named cases stay apart."""
    if not rows:
        return
    try:
        common = os.path.commonpath([os.path.dirname(r.path) for r in rows])
    except ValueError:  # relative and absolute paths mixed
        common = ""
    for r in rows:
        r.name = os.path.relpath(r.path, common) if common else r.path


def make_row(store: Store, path: str, case_json: dict, summary: dict) -> Row:
    check = current_check(store, path) if summary.get("check") else None
    items = (check or {}).get("items") or []
    pending = sum(1 for i in items if i.get("verdict") == "needs_review")
    decided = sum(1 for i in items if i.get("source") == "reviewer")
    people = [name for key in ("lead_handlers", "filing_handlers", "inspectors", "inquirers")
              for name in case_json.get(key) or []]
    search = " ".join([Path(path).name, case_json.get("decision_number") or "",
                       case_json.get("party") or summary.get("party") or "",
                       *people, *(d.get("number") or "" for d in case_json.get("documents") or [])])
    return Row(path=path, name=Path(path).name, case_json=case_json, check=check,
               needs_rereview=bool(summary.get("needs_rereview")),
               errors=list(summary.get("errors") or []), decisions=summary.get("decisions") or 0,
               last_decision_at=summary.get("last_decision_at"), pending=pending,
               decided_items=decided, search_text=normalise(search))


@dataclass
class Query:
    """What the list shows: filters, search text, sort column and direction, page."""
    filters: tuple[str, ...] = ()
    q: str = ""
    sort: str = "name"
    desc: bool = False
    page: int = 1

    @classmethod
    def from_params(cls, params) -> "Query":
        filters = tuple(f for f in FILTERS if f in params.getlist("f"))
        sort = params.get("sort") or "name"
        try:
            page = max(1, int(params.get("p") or 1))
        except ValueError:
            page = 1
        return cls(filters=filters, q=(params.get("q") or "").strip()[:100],
                   sort=sort if sort in SORTS else "name", desc=params.get("desc") == "1",
                   page=page)

    def params(self, *, page: bool = True, **change: Any) -> list[tuple[str, str]]:
        """URL parameters of this query (with `change` applied), defaults left out."""
        values = {"filters": self.filters, "q": self.q, "sort": self.sort, "desc": self.desc,
                  "page": self.page, **change}
        out = [("f", f) for f in values["filters"]]
        if values["q"]:
            out.append(("q", values["q"]))
        if values["sort"] != "name":
            out.append(("sort", values["sort"]))
        if values["desc"]:
            out.append(("desc", "1"))
        if page and values["page"] != 1:
            out.append(("p", str(values["page"])))
        return out

    def qs(self, **change: Any) -> str:
        return urlencode(self.params(**change))

    def sort_qs(self, column: str) -> str:
        """Sorting by a column (counts and scores largest first, text A→Z first); clicking
        the sorted column again reverses it."""
        desc = not self.desc if column == self.sort else column in ("score", "pending", "errors",
                                                                     "rereview", "decided")
        return self.qs(sort=column, desc=desc, page=1)

    def toggle_qs(self, key: str) -> str:
        filters = tuple(f for f in FILTERS if (f in self.filters) != (f == key))
        return self.qs(filters=filters, page=1)


def matches(row: Row, query: Query) -> bool:
    for f in query.filters:
        if f == "pending" and not row.needs_reviewer:
            return False
        if f == "veto" and not row.veto:
            return False
        if f == "outside" and row.in_review_window is True:
            return False
        if f == "rereview" and not row.needs_rereview:
            return False
        if f == "errors" and not row.errors:
            return False
    if query.q:
        words = [normalise(w) for w in query.q.split()]
        if not all(w in row.search_text for w in words if w):
            return False
    return True


def _score_key(row: Row) -> tuple:
    check = row.check or {}
    if check.get("score") is None:
        return (2, 0.0)
    if check.get("veto"):
        return (0, 0.0)
    if not check.get("provisional"):
        return (1, float(check["score"]), float(check["score"]))
    low, high = (list(check.get("score_range") or []) + [None, None])[:2]
    return (1, float(low or 0), float(high or 0))


SORT_KEYS = {
    "name": lambda r: natural_key(r.path),
    "number": lambda r: natural_key(r.case_json.get("decision_number") or "\uffff"),
    "party": lambda r: r.case_json.get("party") or "\uffff",
    "kind": lambda r: r.kind or "\uffff",
    "date": lambda r: r.case_json.get("measure_date") or "0000",
    "score": _score_key,
    "pending": lambda r: r.pending,
    "decided": lambda r: r.decided_items,
    "errors": lambda r: len(r.errors),
    "rereview": lambda r: r.needs_rereview,
}


def select_rows(rows: list[Row], query: Query) -> list[Row]:
    """The rows the query shows, sorted (all of them: paging is the page's business)."""
    chosen = [r for r in rows if matches(r, query)]
    # Ties keep the path order (sort is stable, rows come in path order).
    chosen.sort(key=SORT_KEYS[query.sort], reverse=query.desc)
    return chosen


def counts(rows: list[Row]) -> dict[str, int]:
    """How many cases each filter alone would show."""
    return {f: sum(1 for r in rows if matches(r, Query(filters=(f,)))) for f in FILTERS}
