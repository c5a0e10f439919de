"""The store: case files, documents, facts, machine verdicts, reviewer decisions, roster, draws
and runs, in SQLite (default, one file, WAL) or PostgreSQL.

Everything goes in and comes out as plain data (dicts, lists, str, numbers; timestamps as
timezone-aware UTC datetimes). One writer (the batch's parent process, or the web app) is
assumed; readers may be many. Each method is one transaction: a process killed at any moment
(kill -9) leaves either the whole of a case or none of it, and never a half-written one.

Incremental runs: `needs_processing(path, hashes)` says whether a case's input files (path
inside the case file → sha256) differ from what is stored. `save_case` replaces the case's
documents, facts and machine verdicts, never its reviewer decisions; when a reviewer has
decided something on the case and its files changed since, the case is marked for re-review
with what changed (files added, removed, changed; case-json fields that differ).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import socket
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping

from sqlalchemy import URL, Connection, delete, func, insert, select, update
from sqlalchemy.orm import Session

from .db import BUSY_TIMEOUT_S, DEFAULT_PATH, StoreError, make_engine, resolve_url
from .migrate import alembic_config, head_revision
from .models import (VERDICTS, CaseEvent, CaseFile, CaseInput, Check, Decision, Document, Draw,
                     Fact, RosterImport, RosterRow, Run, Verdict)

RUN_END_STATUSES = ("finished", "failed", "killed")
_PG_MIGRATION_LOCK = 0x7265766965  # any constant: serialises concurrent `migrate()` calls

# Keys of the plain shapes that have their own columns; any other key is kept in `extra`.
_DOC_KEYS = {"doc_index", "doc_type", "source", "pages", "first_page", "last_page", "number",
             "date"}
_FACT_KEYS = {"kind", "value", "role", "doc_type", "source", "page", "text", "box", "doc_index"}
_CHECK_KEYS = {"case_file", "kind", "checklist", "score", "score_range", "veto", "provisional",
               "items"}
_ITEM_KEYS = {"id", "rule", "verdict", "points_lost", "evidence", "note"}
_ROSTER_KEYS = {"candidate", "kind", "cert_no", "use", "case", "note", "row", "row_number",
                "source", "source_file"}
# case-json fields that are not compared for "what changed" (they are the case, not facts).
_NOT_FIELDS = {"case_file", "documents"}


class UnknownCase(StoreError, LookupError):
    """No case file with that path is stored."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _utc(value: dt.datetime | str | None) -> dt.datetime:
    """A given timestamp (datetime or ISO text) in UTC, a naive one taken as local time; now
    if None."""
    if value is None:
        return _now()
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise StoreError(f"时间无效：{value!r}") from exc
    if not isinstance(value, dt.datetime):
        raise StoreError(f"时间必须是 datetime：{value!r}")
    return value.astimezone(dt.timezone.utc)


def inputs_hash(file_hashes: Mapping[str, str]) -> str:
    """One sha256 over a case's (path, sha256) pairs, in path order."""
    h = hashlib.sha256()
    for path, digest in sorted(file_hashes.items()):
        h.update(path.encode("utf-8") + b"\0" + digest.encode("ascii") + b"\n")
    return h.hexdigest()


def _clean_hashes(file_hashes: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(file_hashes, Mapping):
        raise StoreError("file_hashes 必须是 {案卷内文件路径: sha256}")
    out = {}
    for path, digest in file_hashes.items():
        if not isinstance(digest, str) or not digest:
            raise StoreError(f"文件 {path} 的哈希值无效：{digest!r}")
        out[str(path)] = digest.strip().lower()
    return out


def diff_files(old: Mapping[str, str], new: Mapping[str, str]) -> dict[str, list[str]]:
    """Which input files were added, removed or changed (each list sorted)."""
    return {"added": sorted(set(new) - set(old)),
            "removed": sorted(set(old) - set(new)),
            "changed": sorted(p for p in set(old) & set(new) if old[p] != new[p])}


def _any(diff: Mapping[str, list]) -> bool:
    return any(diff[k] for k in ("added", "removed", "changed"))


def _fields(case_json: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in case_json.items() if k not in _NOT_FIELDS}


def _diff_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, dict]:
    return {k: {"old": old.get(k), "new": new.get(k)}
            for k in list(old) + [k for k in new if k not in old]
            if old.get(k) != new.get(k)}


def _as_dict(obj: Any) -> dict:
    if isinstance(obj, Mapping):
        return dict(obj)
    if hasattr(obj, "to_dict"):
        return dict(obj.to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    raise StoreError(f"需要 dict，得到 {type(obj).__name__}")


def _extra(d: Mapping[str, Any], known: set[str]) -> dict | None:
    rest = {k: v for k, v in d.items() if k not in known}
    return rest or None


def _opt_int(v: Any) -> int | None:
    return None if v is None else int(v)


def _opt_float(v: Any) -> float | None:
    if v is None:
        return None
    if isinstance(v, bool):
        raise StoreError(f"需要数值，得到 {v!r}")
    return float(v)


def _opt_str(v: Any) -> str | None:
    return None if v is None else str(v)


def _checklist_key(checklist: Any) -> tuple[str | None, str | None]:
    if isinstance(checklist, Mapping):
        return _opt_str(checklist.get("name")), _opt_str(checklist.get("version"))
    name, version = checklist
    return _opt_str(name), _opt_str(version)


def _orm(conn: Connection) -> Session:
    """A session on the connection (and inside its transaction), for loading model objects."""
    return Session(bind=conn, autoflush=False, expire_on_commit=False)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class Store:
    """The workbench's database.

    `Store(url)`: `url` is a SQLAlchemy URL or a SQLite file path; when None, $REVIEW_DB_URL,
    else `default_path` (relative to the current directory). Call `migrate()` once before use
    (it creates a fresh database and upgrades an old one; it is cheap when already current).
    """

    def __init__(self, url: str | os.PathLike | URL | None = None, *,
                 default_path: str | os.PathLike = DEFAULT_PATH, echo: bool = False,
                 busy_timeout: float = BUSY_TIMEOUT_S) -> None:
        self.url = resolve_url(url, default_path=default_path)
        self.engine = make_engine(self.url, echo=echo, busy_timeout=busy_timeout)
        self.dialect = self.engine.dialect.name

    def __repr__(self) -> str:
        return f"Store({self.url.render_as_string(hide_password=True)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction. SQLite: BEGIN IMMEDIATE (takes the write lock up front, waits
        up to the busy timeout for another writer). PostgreSQL: READ COMMITTED with row locks."""
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                conn.execution_options(sqlite_begin="IMMEDIATE")
            with conn.begin():
                yield conn

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        """One read transaction: a consistent snapshot for all its queries."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            with conn.begin():
                yield conn

    # --- schema ---------------------------------------------------------------------------

    def migrate(self, revision: str = "head") -> None:
        """Upgrade the schema (Alembic) to `revision`; a fresh database gets all of it."""
        from alembic import command
        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
            command.upgrade(alembic_config(connection=conn), revision)

    def downgrade(self, revision: str) -> None:
        """Downgrade the schema (Alembic); `base` drops every table. For development."""
        from alembic import command
        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})")
            command.downgrade(alembic_config(connection=conn), revision)

    def revision(self) -> str | None:
        """The schema revision of the database (None: not migrated)."""
        from alembic.runtime.migration import MigrationContext
        with self._read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def is_current(self) -> bool:
        return self.revision() == head_revision()

    # --- runs -----------------------------------------------------------------------------

    def begin_run(self, inputs: Iterable[str | os.PathLike], jobs: int | None = None) -> int:
        """Record a new run (status running) and return its id. Runs of this host left
        `running` by a process that no longer exists (killed) are marked `killed` first."""
        with self._write() as conn:
            self._mark_dead_runs(conn)
            result = conn.execute(insert(Run).values(
                started=_now(), status="running", inputs=[str(p) for p in inputs],
                jobs=_opt_int(jobs), pid=os.getpid(), host=socket.gethostname()))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str = "finished",
                   counts: Mapping[str, Any] | None = None) -> None:
        if status not in RUN_END_STATUSES:
            raise StoreError(f"运行状态无效：{status}（可用：{'、'.join(RUN_END_STATUSES)}）")
        with self._write() as conn:
            result = conn.execute(update(Run).where(Run.id == run_id).values(
                finished=_now(), status=status,
                counts=dict(counts) if counts is not None else None))
            if result.rowcount != 1:
                raise StoreError(f"没有这次运行：{run_id}")

    def mark_killed_runs(self) -> list[int]:
        """Mark runs of this host whose process is gone as `killed`; their ids."""
        with self._write() as conn:
            return self._mark_dead_runs(conn)

    def _mark_dead_runs(self, conn: Connection) -> list[int]:
        rows = conn.execute(select(Run.id, Run.pid).where(
            Run.status == "running", Run.host == socket.gethostname())).all()
        dead = [r.id for r in rows if r.pid is None or not _pid_alive(r.pid)]
        if dead:
            conn.execute(update(Run).where(Run.id.in_(dead)).values(status="killed"))
        return dead

    def runs(self) -> list[dict]:
        """All runs, oldest first; `stored`: how many case files the run stored."""
        stored = (select(CaseEvent.run_id, func.count().label("n"))
                  .where(CaseEvent.event == "stored").group_by(CaseEvent.run_id).subquery())
        with self._read() as conn:
            rows = _orm(conn).execute(select(Run, stored.c.n)
                                      .outerjoin(stored, stored.c.run_id == Run.id)
                                      .order_by(Run.id)).all()
        return [{"id": r.Run.id, "started": r.Run.started, "finished": r.Run.finished,
                 "status": r.Run.status, "inputs": r.Run.inputs, "jobs": r.Run.jobs,
                 "counts": r.Run.counts, "pid": r.Run.pid, "host": r.Run.host,
                 "stored": r.n or 0} for r in rows]

    def run(self, run_id: int) -> dict | None:
        return next((r for r in self.runs() if r["id"] == run_id), None)

    # --- case files -----------------------------------------------------------------------

    def needs_processing(self, case_path: str | os.PathLike, file_hashes: Mapping[str, str], *,
                         version: str | None = None, checklist: Any = None) -> bool:
        """True unless the case is stored with exactly these input files (and, when given,
        this extractor `version`, and a check by this `checklist` {"name", "version"})."""
        wanted = inputs_hash(_clean_hashes(file_hashes))
        with self._read() as conn:
            row = conn.execute(select(CaseFile.id, CaseFile.inputs_hash, CaseFile.version)
                               .where(CaseFile.path == str(case_path))).first()
            if row is None or row.inputs_hash != wanted:
                return True
            if version is not None and row.version != str(version):
                return True
            if checklist is not None:
                got = conn.execute(select(Check.checklist_name, Check.checklist_version)
                                   .where(Check.case_id == row.id)).first()
                if got is None or tuple(got) != _checklist_key(checklist):
                    return True
        return False

    def save_case(self, run_id: int | None, case_json: Mapping[str, Any],
                  file_hashes: Mapping[str, str], documents: Iterable[Any] | None = None,
                  facts: Iterable[Any] = (), errors: Iterable[str] | None = None,
                  pages: int | None = None, *, path: str | os.PathLike | None = None,
                  version: str | None = None, check: Mapping[str, Any] | None = None) -> dict:
        """Store one case file in one transaction, replacing its documents, facts and machine
        check; reviewer decisions stay. The key is `path`, else case_json["case_file"].

        `documents` default to case_json["documents"], `errors` to case_json["errors"]. A
        document is {"doc_type", "source", "pages": [first, last] (or "first_page",
        "last_page"), "number", "date", ...}; a fact {"kind", "value", "role", "doc_type",
        "source", "page", "text", "box", "doc_index", ...} (objects with to_dict() do too).
        Other keys are kept. `check`: a check result, stored in the same transaction.

        Returns {"case_file", "case_id", "new", "files" (added/removed/changed since the last
        store, None if new), "needs_rereview", "rereview"}. `rereview`, when the case is marked:
        {"added", "removed", "changed" (files, against those the reviewer saw), "fields"
        ({field: {"old", "new"}}), "reviewed_at", "detected_at", "run_id"}.
        """
        key = path if path is not None else case_json.get("case_file")
        if key in (None, ""):
            raise StoreError("案卷路径为空：需要 path 或 case_json['case_file']")
        key = str(key)
        case_json = dict(case_json)
        hashes = _clean_hashes(file_hashes)
        docs = [_as_dict(d) for d in (documents if documents is not None
                                      else case_json.get("documents") or [])]
        fact_rows = [_as_dict(f) for f in facts]
        errors = [str(e) for e in (errors if errors is not None
                                   else case_json.get("errors") or [])]
        fields = _fields(case_json)
        now = _now()
        copied = {
            "party": _opt_str(case_json.get("party")),
            "cause": _opt_str(case_json.get("cause")),
            "decision_number": _opt_str(case_json.get("decision_number")),
            "measure": _opt_str(case_json.get("measure")),
            "measure_date": _opt_str(case_json.get("measure_date")),
            "in_review_window": (None if case_json.get("in_review_window") is None
                                 else bool(case_json.get("in_review_window"))),
        }
        values = dict(inputs_hash=inputs_hash(hashes), version=_opt_str(version),
                      case_json=case_json, pages=_opt_int(pages), errors=errors,
                      run_id=run_id, stored_at=now, **copied)

        with self._write() as conn:
            row = _orm(conn).scalars(select(CaseFile).where(CaseFile.path == key)
                                     .with_for_update()).first()
            if row is None:
                case_id = int(conn.execute(insert(CaseFile).values(
                    path=key, first_run_id=run_id, created_at=now, needs_rereview=False,
                    **values)).inserted_primary_key[0])
                files_diff = None
                flag, rereview, state = False, None, None
            else:
                case_id = row.id
                old = self._hashes(conn, case_id)
                files_diff = diff_files(old, hashes)
                flag, rereview, state = row.needs_rereview, row.rereview, row.reviewed_state
                for table in (Fact, Verdict, Check, Document, CaseInput):
                    conn.execute(delete(table).where(table.case_id == case_id))

            events: list[tuple[str, dict]] = []
            # Re-review: the files differ from those the reviewer saw when deciding.
            if state is not None:
                seen = diff_files(state["files"], hashes)
                if _any(seen):
                    new_rereview = {
                        **seen, "fields": _diff_fields(state.get("fields") or {}, fields),
                        "reviewed_at": state.get("at"),
                        "detected_at": (rereview or {}).get("detected_at", now.isoformat())
                        if flag else now.isoformat(),
                        "run_id": run_id}
                    if not flag or {k: rereview.get(k) for k in seen} != seen:
                        events.append(("rereview_marked", new_rereview))
                    flag, rereview = True, new_rereview
                elif flag:
                    flag, rereview = False, None
                    events.append(("rereview_cleared", {"reason": "files_restored"}))
            if row is not None:
                conn.execute(update(CaseFile).where(CaseFile.id == case_id).values(
                    needs_rereview=flag, rereview=rereview, **values))

            if hashes:
                conn.execute(insert(CaseInput), [{"case_id": case_id, "path": p, "sha256": h}
                                                 for p, h in hashes.items()])
            doc_ids = self._insert_documents(conn, case_id, docs)
            self._insert_facts(conn, case_id, fact_rows, doc_ids)
            events.insert(0, ("stored", {"new": row is None, "files": files_diff,
                                         "inputs_hash": values["inputs_hash"],
                                         "version": values["version"],
                                         "documents": len(docs), "facts": len(fact_rows)}))
            if check is not None:
                self._insert_check(conn, case_id, key, check, run_id, now)
                events.append(("checked", self._check_summary(check)))
            conn.execute(insert(CaseEvent), [
                {"case_id": case_id, "run_id": run_id, "at": now, "event": e, "detail": d}
                for e, d in events])
        return {"case_file": key, "case_id": case_id, "new": row is None, "files": files_diff,
                "needs_rereview": flag, "rereview": rereview}

    @staticmethod
    def _hashes(conn: Connection, case_id: int) -> dict[str, str]:
        return dict(conn.execute(select(CaseInput.path, CaseInput.sha256)
                                 .where(CaseInput.case_id == case_id)).all())

    @staticmethod
    def _insert_documents(conn: Connection, case_id: int, docs: list[dict]) -> dict[int, int]:
        if not docs:
            return {}
        rows = []
        for i, d in enumerate(docs):
            pages = d.get("pages") or [d.get("first_page"), d.get("last_page")]
            first, last = (list(pages) + [None, None])[:2]
            rows.append({"case_id": case_id, "doc_index": int(d.get("doc_index", i)),
                         "doc_type": _opt_str(d.get("doc_type")),
                         "source": _opt_str(d.get("source")),
                         "first_page": _opt_int(first), "last_page": _opt_int(last),
                         "number": _opt_str(d.get("number")), "date": _opt_str(d.get("date")),
                         "extra": _extra(d, _DOC_KEYS)})
        conn.execute(insert(Document), rows)
        return dict(conn.execute(select(Document.doc_index, Document.id)
                                 .where(Document.case_id == case_id)).all())

    @staticmethod
    def _insert_facts(conn: Connection, case_id: int, facts: list[dict],
                      doc_ids: Mapping[int, int]) -> None:
        if not facts:
            return
        rows = []
        for seq, f in enumerate(facts):
            if not f.get("kind"):
                raise StoreError(f"事实缺少 kind：{f!r}")
            box = f.get("box")
            doc_index = _opt_int(f.get("doc_index"))
            rows.append({"case_id": case_id, "document_id": doc_ids.get(doc_index),
                         "seq": seq, "kind": str(f["kind"]), "value": f.get("value"),
                         "role": _opt_str(f.get("role")), "doc_type": _opt_str(f.get("doc_type")),
                         "source": _opt_str(f.get("source")), "page": _opt_int(f.get("page")),
                         "text": _opt_str(f.get("text")),
                         "box": list(box) if box is not None else None,
                         "doc_index": doc_index, "extra": _extra(f, _FACT_KEYS)})
        conn.execute(insert(Fact), rows)

    @staticmethod
    def _check_summary(check: Mapping[str, Any]) -> dict:
        return {"kind": check.get("kind"), "checklist": check.get("checklist"),
                "score": check.get("score"), "veto": check.get("veto") or []}

    @staticmethod
    def _insert_check(conn: Connection, case_id: int, case_path: str,
                      check: Mapping[str, Any], run_id: int | None, now: dt.datetime) -> None:
        check = _as_dict(check)
        items = [_as_dict(i) for i in check.get("items") or []]
        seen: set[str] = set()
        for item in items:
            item_id = item.get("id")
            if item_id in (None, ""):
                raise StoreError(f"{case_path}：检查项缺少 id：{item!r}")
            if str(item_id) in seen:
                raise StoreError(f"{case_path}：检查项 id 重复：{item_id}")
            seen.add(str(item_id))
            if item.get("verdict") not in VERDICTS:
                raise StoreError(f"{case_path}：检查项 {item_id} 的结论无效：{item.get('verdict')!r}")
        name, version = _checklist_key(check.get("checklist") or {})
        low, high = (list(check.get("score_range") or []) + [None, None])[:2]
        provisional = check.get("provisional")
        check_id = int(conn.execute(insert(Check).values(
            case_id=case_id, run_id=run_id, kind=_opt_str(check.get("kind")),
            checklist_name=name, checklist_version=version,
            score=_opt_float(check.get("score")), score_min=_opt_float(low),
            score_max=_opt_float(high), veto=list(check.get("veto") or []),
            provisional=None if provisional is None else bool(provisional),
            created_at=now, extra=_extra(check, _CHECK_KEYS))).inserted_primary_key[0])
        if items:
            conn.execute(insert(Verdict), [
                {"check_id": check_id, "case_id": case_id, "seq": seq, "item_id": str(i["id"]),
                 "rule": _opt_str(i.get("rule")), "verdict": i["verdict"],
                 "points_lost": _opt_float(i.get("points_lost")),
                 "evidence": list(i.get("evidence") or []), "note": _opt_str(i.get("note")),
                 "extra": _extra(i, _ITEM_KEYS)}
                for seq, i in enumerate(items)])

    def save_check(self, case_path: str | os.PathLike, check_result: Mapping[str, Any], *,
                   run_id: int | None = None) -> None:
        """Replace the machine check of a stored case (reviewer decisions stay)."""
        now = _now()
        with self._write() as conn:
            case_id = self._case_id(conn, case_path, lock=True)
            conn.execute(delete(Verdict).where(Verdict.case_id == case_id))
            conn.execute(delete(Check).where(Check.case_id == case_id))
            self._insert_check(conn, case_id, str(case_path), check_result, run_id, now)
            conn.execute(insert(CaseEvent).values(case_id=case_id, run_id=run_id, at=now,
                                                  event="checked",
                                                  detail=self._check_summary(check_result)))

    def _case_id(self, conn: Connection, case_path: str | os.PathLike, *,
                 lock: bool = False) -> int:
        q = select(CaseFile.id).where(CaseFile.path == str(case_path))
        if lock:
            q = q.with_for_update()
        case_id = conn.execute(q).scalar()
        if case_id is None:
            raise UnknownCase(f"没有这个案卷：{case_path}")
        return case_id

    # --- reading cases ---------------------------------------------------------------------

    def cases(self, *, needs_rereview: bool | None = None) -> list[dict]:
        """A summary of every stored case file, by path."""
        decided = (select(Decision.case_id, func.count().label("n"),
                          func.max(Decision.created_at).label("last"))
                   .group_by(Decision.case_id).subquery())
        q = (select(CaseFile, Check, decided.c.n, decided.c.last)
             .outerjoin(Check, Check.case_id == CaseFile.id)
             .outerjoin(decided, decided.c.case_id == CaseFile.id)
             .order_by(CaseFile.path))
        if needs_rereview is not None:
            q = q.where(CaseFile.needs_rereview == needs_rereview)
        with self._read() as conn:
            rows = _orm(conn).execute(q).all()
        return [self._summary(r.CaseFile, r.Check, r.n, r.last) for r in rows]

    @staticmethod
    def _summary(c: CaseFile, check: Check | None, n: int | None,
                 last: dt.datetime | None) -> dict:
        return {"case_file": c.path, "party": c.party, "cause": c.cause,
                "decision_number": c.decision_number, "measure": c.measure,
                "measure_date": c.measure_date, "in_review_window": c.in_review_window,
                "pages": c.pages, "errors": c.errors, "version": c.version,
                "inputs_hash": c.inputs_hash, "created_at": c.created_at,
                "stored_at": c.stored_at, "first_run_id": c.first_run_id, "run_id": c.run_id,
                "needs_rereview": c.needs_rereview, "rereview": c.rereview,
                "check": None if check is None else {
                    "kind": check.kind,
                    "checklist": {"name": check.checklist_name,
                                  "version": check.checklist_version},
                    "score": check.score, "score_range": [check.score_min, check.score_max],
                    "veto": check.veto, "provisional": check.provisional},
                "decisions": n or 0, "last_decision_at": last}

    def case(self, case_path: str | os.PathLike) -> dict | None:
        """Everything stored about one case file except its facts (see `facts`): the summary
        of `cases()`, plus case_json, file_hashes, documents and check (with its items)."""
        with self._read() as conn:
            row = _orm(conn).scalars(select(CaseFile).where(CaseFile.path == str(case_path))
                                     ).first()
            if row is None:
                return None
            check = _orm(conn).scalars(select(Check).where(Check.case_id == row.id)).first()
            n, last = conn.execute(select(func.count(), func.max(Decision.created_at))
                                   .where(Decision.case_id == row.id)).one()
            out = self._summary(row, check, n, last)
            out["case_json"] = row.case_json
            out["file_hashes"] = dict(sorted(self._hashes(conn, row.id).items()))
            out["documents"] = self._documents(conn, row.id)
            out["check"] = self._check(conn, row.path, check)
        return out

    def file_hashes(self, case_path: str | os.PathLike) -> dict[str, str] | None:
        """The stored input-file hashes of a case, or None if it is not stored."""
        with self._read() as conn:
            case_id = conn.execute(select(CaseFile.id).where(CaseFile.path == str(case_path))
                                   ).scalar()
            return None if case_id is None else dict(sorted(self._hashes(conn, case_id).items()))

    def documents(self, case_path: str | os.PathLike) -> list[dict]:
        with self._read() as conn:
            return self._documents(conn, self._case_id(conn, case_path))

    @staticmethod
    def _documents(conn: Connection, case_id: int) -> list[dict]:
        rows = _orm(conn).scalars(select(Document).where(Document.case_id == case_id)
                                  .order_by(Document.doc_index)).all()
        return [{"doc_index": d.doc_index, "doc_type": d.doc_type, "source": d.source,
                 "pages": [d.first_page, d.last_page], "number": d.number, "date": d.date,
                 **(d.extra or {})} for d in rows]

    def facts(self, case_path: str | os.PathLike, kind: str | None = None) -> list[dict]:
        """The facts of a case, in the order given; each with its store `id`."""
        with self._read() as conn:
            q = select(Fact).where(Fact.case_id == self._case_id(conn, case_path))
            if kind is not None:
                q = q.where(Fact.kind == kind)
            rows = _orm(conn).scalars(q.order_by(Fact.seq)).all()
        return [{"id": f.id, "kind": f.kind, "value": f.value, "role": f.role,
                 "doc_type": f.doc_type, "source": f.source, "page": f.page, "text": f.text,
                 "box": f.box, "doc_index": f.doc_index, **(f.extra or {})} for f in rows]

    def check(self, case_path: str | os.PathLike) -> dict | None:
        """The machine's check result of a case, in the shape it was given, or None."""
        with self._read() as conn:
            case_id = self._case_id(conn, case_path)
            check = _orm(conn).scalars(select(Check).where(Check.case_id == case_id)).first()
            return self._check(conn, str(case_path), check)

    @staticmethod
    def _check(conn: Connection, case_path: str, check: Check | None) -> dict | None:
        if check is None:
            return None
        items = _orm(conn).scalars(select(Verdict).where(Verdict.check_id == check.id)
                                   .order_by(Verdict.seq)).all()
        return {"case_file": case_path, "kind": check.kind,
                "checklist": {"name": check.checklist_name, "version": check.checklist_version},
                "score": check.score, "score_range": [check.score_min, check.score_max],
                "veto": check.veto, "provisional": check.provisional,
                "items": [{"id": v.item_id, "rule": v.rule, "verdict": v.verdict,
                           "points_lost": v.points_lost, "evidence": v.evidence, "note": v.note,
                           **(v.extra or {})} for v in items],
                **(check.extra or {})}

    def events(self, case_path: str | os.PathLike) -> list[dict]:
        """The audit history of a case: stored, checked, rereview_marked, rereview_cleared."""
        with self._read() as conn:
            rows = _orm(conn).scalars(select(CaseEvent)
                                      .where(CaseEvent.case_id == self._case_id(conn, case_path))
                                      .order_by(CaseEvent.id)).all()
        return [{"id": e.id, "at": e.at, "run_id": e.run_id, "event": e.event,
                 "detail": e.detail} for e in rows]

    def clear_rereview(self, case_path: str | os.PathLike, *, reviewer: str,
                       reason: str = "") -> bool:
        """A reviewer has looked at the changed files: clear the mark, and take the current
        files as the ones reviewed. False if the case was not marked."""
        reviewer = (reviewer or "").strip()
        if not reviewer:
            raise StoreError("需要评查人员姓名")
        now = _now()
        with self._write() as conn:
            row = _orm(conn).scalars(select(CaseFile).where(CaseFile.path == str(case_path))
                                     .with_for_update()).first()
            if row is None:
                raise UnknownCase(f"没有这个案卷：{case_path}")
            if not row.needs_rereview:
                return False
            conn.execute(update(CaseFile).where(CaseFile.id == row.id).values(
                needs_rereview=False, rereview=None,
                reviewed_state={"files": self._hashes(conn, row.id),
                                "fields": _fields(row.case_json), "at": now.isoformat()}))
            conn.execute(insert(CaseEvent).values(
                case_id=row.id, run_id=None, at=now, event="rereview_cleared",
                detail={"reason": "reviewed", "reviewer": reviewer, "note": reason,
                        "changes": row.rereview}))
        return True

    # --- reviewer decisions ----------------------------------------------------------------

    def add_decision(self, case_path: str | os.PathLike, item_id: str, verdict: str, *,
                     reviewer: str, reason: str = "", points_lost: float | None = None,
                     at: dt.datetime | str | None = None) -> int:
        """Append a reviewer's decision on one checklist item; its id. Never updates one.

        When the case has a machine check, `item_id` must be one of its items. The machine's
        verdict at the time and the hash of the files decided on are kept with the decision.
        """
        if verdict not in VERDICTS:
            raise StoreError(f"结论无效：{verdict!r}（可用：{'、'.join(VERDICTS)}）")
        reviewer = (reviewer or "").strip() if isinstance(reviewer, str) else ""
        if not reviewer:
            raise StoreError("需要评查人员姓名")
        if not isinstance(item_id, str) or not item_id.strip():
            raise StoreError(f"检查项 id 无效：{item_id!r}")
        points = _opt_float(points_lost)
        if points is not None and points < 0:
            raise StoreError(f"扣分不能为负：{points_lost}")
        when = _utc(at)
        with self._write() as conn:
            row = _orm(conn).scalars(select(CaseFile).where(CaseFile.path == str(case_path))
                                     .with_for_update()).first()
            if row is None:
                raise UnknownCase(f"没有这个案卷：{case_path}")
            machine = conn.execute(select(Verdict.verdict).where(
                Verdict.case_id == row.id, Verdict.item_id == item_id)).scalar()
            if machine is None and conn.execute(
                    select(func.count()).select_from(Verdict).where(Verdict.case_id == row.id)
            ).scalar():
                raise StoreError(f"{case_path}：检查表中没有此项：{item_id}")
            if row.reviewed_state is None:  # the first decision: these are the files reviewed
                conn.execute(update(CaseFile).where(CaseFile.id == row.id).values(
                    reviewed_state={"files": self._hashes(conn, row.id),
                                    "fields": _fields(row.case_json),
                                    "at": when.isoformat()}))
            result = conn.execute(insert(Decision).values(
                case_id=row.id, item_id=item_id, verdict=verdict, points_lost=points,
                reviewer=reviewer, reason=str(reason or ""), created_at=when,
                machine_verdict=machine, inputs_hash=row.inputs_hash))
            return int(result.inserted_primary_key[0])

    def decisions(self, case_path: str | os.PathLike, item_id: str | None = None) -> list[dict]:
        """Decision history of a case (or one item), in the order recorded: the last one for
        an item is the effective one."""
        with self._read() as conn:
            q = select(Decision).where(Decision.case_id == self._case_id(conn, case_path))
            if item_id is not None:
                q = q.where(Decision.item_id == item_id)
            rows = _orm(conn).scalars(q.order_by(Decision.id)).all()
        return [self._decision(str(case_path), d) for d in rows]

    @staticmethod
    def _decision(case_path: str, d: Decision) -> dict:
        return {"id": d.id, "case_file": case_path, "item_id": d.item_id, "verdict": d.verdict,
                "points_lost": d.points_lost, "reviewer": d.reviewer, "reason": d.reason,
                "at": d.created_at, "machine_verdict": d.machine_verdict,
                "inputs_hash": d.inputs_hash}

    def effective_verdicts(self, case_path: str | os.PathLike) -> list[dict]:
        """Per checklist item: the machine's verdict, the latest reviewer decision, and the
        effective result (the reviewer's where there is one).

        Each: {"id", "rule", "machine": {verdict, points_lost, evidence, note} | None,
        "decision": the latest decision | None, "decisions": how many, "verdict",
        "points_lost", "source": "reviewer" | "machine"}. A decision without points_lost takes
        the machine's points when it agrees with the machine's verdict, else None (the scorer
        applies the item's rule). Items of the machine check come first, in order; items
        decided but not in the current check follow.
        """
        with self._read() as conn:
            case_id = self._case_id(conn, case_path)
            machine = _orm(conn).scalars(select(Verdict).where(Verdict.case_id == case_id)
                                         .order_by(Verdict.seq)).all()
            decided = _orm(conn).scalars(select(Decision).where(Decision.case_id == case_id)
                                         .order_by(Decision.id)).all()
        latest: dict[str, Decision] = {}
        count: dict[str, int] = {}
        for d in decided:
            latest.pop(d.item_id, None)
            latest[d.item_id] = d
            count[d.item_id] = count.get(d.item_id, 0) + 1
        first_seen = list(dict.fromkeys(d.item_id for d in decided))
        out = []
        known = set()
        for v in machine:
            known.add(v.item_id)
            out.append(self._effective(str(case_path), v.item_id, v, latest.get(v.item_id),
                                       count.get(v.item_id, 0)))
        for item_id in first_seen:
            if item_id not in known:
                out.append(self._effective(str(case_path), item_id, None, latest[item_id],
                                           count[item_id]))
        return out

    def _effective(self, case_path: str, item_id: str, v: Verdict | None, d: Decision | None,
                   n: int) -> dict:
        m = None if v is None else {"verdict": v.verdict, "points_lost": v.points_lost,
                                    "evidence": v.evidence, "note": v.note}
        if d is not None:
            points = d.points_lost
            if points is None and m is not None and m["verdict"] == d.verdict:
                points = m["points_lost"]
            verdict, source = d.verdict, "reviewer"
        else:
            verdict, points, source = m["verdict"], m["points_lost"], "machine"
        return {"id": item_id, "rule": v.rule if v is not None else None, "machine": m,
                "decision": None if d is None else self._decision(case_path, d), "decisions": n,
                "verdict": verdict, "points_lost": points, "source": source}

    # --- roster -----------------------------------------------------------------------------

    def save_roster(self, rows: Iterable[Any], *, source: str | os.PathLike | None = None,
                    issues: Iterable[Any] = (), at: dt.datetime | str | None = None) -> int:
        """Record one roster import (its rows as read, and its issues); its id.

        A row: {"candidate", "kind", "cert_no", "use", "case", "note", "row" (or
        "row_number"), "source_file" (or "source"), ...}; other keys are kept.
        """
        rows = [_as_dict(r) for r in rows]
        issues = [_as_dict(i) for i in issues]
        with self._write() as conn:
            import_id = int(conn.execute(insert(RosterImport).values(
                source=_opt_str(source), imported_at=_utc(at), row_count=len(rows),
                issues=issues)).inserted_primary_key[0])
            if rows:
                conn.execute(insert(RosterRow), [
                    {"import_id": import_id, "seq": seq,
                     "row_number": _opt_int(r.get("row", r.get("row_number"))),
                     "candidate": _opt_str(r.get("candidate")), "kind": _opt_str(r.get("kind")),
                     "cert_no": _opt_str(r.get("cert_no")), "use": _opt_str(r.get("use")),
                     "case_name": _opt_str(r.get("case")), "note": _opt_str(r.get("note")),
                     "source_file": _opt_str(r.get("source_file", r.get("source", source))),
                     "extra": _extra(r, _ROSTER_KEYS)}
                    for seq, r in enumerate(rows)])
        return import_id

    def roster(self, import_id: int | None = None) -> dict | None:
        """One roster import (the latest when no id): {"id", "source", "imported_at",
        "issues", "rows": [{"row", "candidate", "kind", "cert_no", "use", "case", "note",
        "source_file", ...}]}; None if there is none."""
        with self._read() as conn:
            q = select(RosterImport)
            q = (q.where(RosterImport.id == import_id) if import_id is not None
                 else q.order_by(RosterImport.id.desc()).limit(1))
            imp = _orm(conn).scalars(q).first()
            if imp is None:
                return None
            rows = _orm(conn).scalars(select(RosterRow).where(RosterRow.import_id == imp.id)
                                      .order_by(RosterRow.seq)).all()
        return {"id": imp.id, "source": imp.source, "imported_at": imp.imported_at,
                "issues": imp.issues,
                "rows": [{"row": r.row_number, "candidate": r.candidate, "kind": r.kind,
                          "cert_no": r.cert_no, "use": r.use, "case": r.case_name,
                          "note": r.note, "source_file": r.source_file, **(r.extra or {})}
                         for r in rows]}

    def roster_imports(self) -> list[dict]:
        with self._read() as conn:
            rows = _orm(conn).scalars(select(RosterImport).order_by(RosterImport.id)).all()
        return [{"id": r.id, "source": r.source, "imported_at": r.imported_at,
                 "rows": r.row_count, "issues": len(r.issues or [])} for r in rows]

    # --- draws --------------------------------------------------------------------------------

    def add_draw(self, candidate: str, seed: Any, pool: Iterable[Any], drawn: str | None, *,
                 forced: bool = False, at: dt.datetime | str | None = None,
                 drawn_by: str | None = None, note: str | None = None,
                 extra: Mapping[str, Any] | None = None) -> int:
        """Record a random draw (append-only): who for, the seed, the pool, what was drawn.
        Unless `forced`, the drawn case must be in the pool. Its id."""
        return self.add_draws([{"candidate": candidate, "seed": seed, "pool": pool,
                                "drawn": drawn, "forced": forced, "at": at,
                                "drawn_by": drawn_by, "note": note, "extra": extra}])[0]

    def add_draws(self, draws: Iterable[Mapping[str, Any]]) -> list[int]:
        """Record several draws (one draw's entries for many candidates) in one transaction:
        each a dict with the arguments of `add_draw`. Their ids."""
        rows = []
        for d in draws:
            pool = list(d.get("pool") or [])
            drawn, forced = d.get("drawn"), bool(d.get("forced", False))
            if not d.get("candidate"):
                raise StoreError("抽取记录需要候选人")
            if (not forced and drawn is not None and all(isinstance(p, str) for p in pool)
                    and drawn not in pool):
                raise StoreError(f"抽中的案卷不在抽取范围内：{drawn}")
            rows.append({"candidate": str(d["candidate"]), "seed": d.get("seed"), "pool": pool,
                         "drawn": _opt_str(drawn), "forced": forced,
                         "created_at": _utc(d.get("at")), "drawn_by": _opt_str(d.get("drawn_by")),
                         "note": _opt_str(d.get("note")),
                         "extra": dict(d["extra"]) if d.get("extra") else None})
        with self._write() as conn:
            return [int(conn.execute(insert(Draw).values(**row)).inserted_primary_key[0])
                    for row in rows]

    def draws(self, candidate: str | None = None) -> list[dict]:
        """Draws, oldest first (of one candidate when given)."""
        q = select(Draw).order_by(Draw.id)
        if candidate is not None:
            q = q.where(Draw.candidate == candidate)
        with self._read() as conn:
            rows = _orm(conn).scalars(q).all()
        return [{"id": d.id, "candidate": d.candidate, "seed": d.seed, "pool": d.pool,
                 "drawn": d.drawn, "forced": d.forced, "at": d.created_at,
                 "drawn_by": d.drawn_by, "note": d.note, **({"extra": d.extra} if d.extra else {})}
                for d in rows]


def open_store(url: str | os.PathLike | URL | None = None, **kw: Any) -> Store:
    """A Store with its schema migrated to head (what the CLI and the web app use)."""
    store = Store(url, **kw)
    store.migrate()
    return store
