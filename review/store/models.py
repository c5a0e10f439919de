"""The store's tables (SQLAlchemy 2 declarative models).

The schema is created and changed only by the Alembic migrations in `migrations/versions/`;
these classes describe it for queries and for `alembic revision --autogenerate` (see
`python -m review.store --help`). A test checks that the two agree.

What is kept where:
- `runs`: one row per batch run (`review-cases run`).
- `case_files`: one row per case file, keyed by its path as given. Re-storing a case updates
  this row in place (its id, and everything hanging off it by id, stays).
- `case_inputs`: the content hash of each input file of a case (path inside the case → sha256).
- `documents`, `facts`: what extraction found; replaced wholesale when the case is re-stored.
- `checks`, `verdicts`: the machine's check of the case (one current check per case).
- `decisions`: reviewers' decisions. Append-only (database triggers refuse UPDATE and DELETE).
- `case_events`: the audit history of a case (stored, files changed, re-review marked/cleared).
  Append-only.
- `roster_imports`, `roster_rows`: each roster import, as read. Append-only.
- `draws`: random draws of case files, with seed and pool. Append-only.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (JSON, BigInteger, Boolean, CheckConstraint, DateTime, Float, ForeignKey,
                        Index, Integer, MetaData, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

VERDICTS = ("pass", "fail", "na", "needs_review")
RUN_STATUSES = ("running", "finished", "failed", "killed")
# Tables whose rows are never updated or deleted (enforced by triggers, see the migrations).
APPEND_ONLY = ("decisions", "case_events", "roster_imports", "roster_rows", "draws")


class UTCDateTime(TypeDecorator):
    """A timestamp kept in UTC; always returned timezone-aware (UTC), on SQLite too.

    A naive datetime given to it is taken as local time.
    """
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        value = value.astimezone(dt.timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc)


# Big row counts (facts, documents, verdicts are replaced on every re-store) get 64-bit ids on
# PostgreSQL; on SQLite an INTEGER PRIMARY KEY is already 64-bit (and must be spelled INTEGER).
BigId = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON, Any: JSON,
                           dt.datetime: UTCDateTime}


class Run(Base):
    __tablename__ = "runs"
    __table_args__ = (
        CheckConstraint("status IN ('running', 'finished', 'failed', 'killed')", name="status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    finished: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(16))
    inputs: Mapped[Any] = mapped_column(JSON)
    jobs: Mapped[int | None] = mapped_column(Integer)
    counts: Mapped[Any | None] = mapped_column(JSON)
    pid: Mapped[int | None] = mapped_column(Integer)
    host: Mapped[str | None] = mapped_column(String(255))


class CaseFile(Base):
    __tablename__ = "case_files"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(String, unique=True)
    inputs_hash: Mapped[str] = mapped_column(String(64))   # sha256 over the sorted (path, sha256)
    version: Mapped[str | None] = mapped_column(String(64))  # the extractor's version, if given
    case_json: Mapped[Any] = mapped_column(JSON)
    pages: Mapped[int | None] = mapped_column(Integer)
    errors: Mapped[Any] = mapped_column(JSON)
    # Copies of a few case-json fields, for listing and sorting without reading the JSON.
    party: Mapped[str | None] = mapped_column(String)
    cause: Mapped[str | None] = mapped_column(String)
    decision_number: Mapped[str | None] = mapped_column(String)
    measure: Mapped[str | None] = mapped_column(String(32))
    measure_date: Mapped[str | None] = mapped_column(String(10))
    in_review_window: Mapped[bool | None] = mapped_column(Boolean)
    first_run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    stored_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Re-review: set when files change after a reviewer decided something on the case.
    needs_rereview: Mapped[bool] = mapped_column(Boolean, default=False)
    rereview: Mapped[Any | None] = mapped_column(JSON)        # what changed (see Store.save_case)
    reviewed_state: Mapped[Any | None] = mapped_column(JSON)  # files + fields the reviewer saw


class CaseInput(Base):
    __tablename__ = "case_inputs"
    __table_args__ = (UniqueConstraint("case_id", "path"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"))
    path: Mapped[str] = mapped_column(String)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("case_id", "doc_index"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"))
    doc_index: Mapped[int] = mapped_column(Integer)
    doc_type: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String)
    first_page: Mapped[int | None] = mapped_column(Integer)
    last_page: Mapped[int | None] = mapped_column(Integer)
    number: Mapped[str | None] = mapped_column(String)
    date: Mapped[str | None] = mapped_column(String(10))
    extra: Mapped[Any | None] = mapped_column(JSON)


class Fact(Base):
    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("case_id", "seq"), Index(None, "case_id", "kind"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"))
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any | None] = mapped_column(JSON)
    role: Mapped[str | None] = mapped_column(String(64))
    doc_type: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str | None] = mapped_column(String)
    page: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)
    box: Mapped[Any | None] = mapped_column(JSON)
    doc_index: Mapped[int | None] = mapped_column(Integer)
    extra: Mapped[Any | None] = mapped_column(JSON)


class Check(Base):
    __tablename__ = "checks"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"),
                                         unique=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    kind: Mapped[str | None] = mapped_column(String(64))
    checklist_name: Mapped[str | None] = mapped_column(String)
    checklist_version: Mapped[str | None] = mapped_column(String)
    score: Mapped[float | None] = mapped_column(Float)
    score_min: Mapped[float | None] = mapped_column(Float)
    score_max: Mapped[float | None] = mapped_column(Float)
    veto: Mapped[Any] = mapped_column(JSON)
    provisional: Mapped[bool | None] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    extra: Mapped[Any | None] = mapped_column(JSON)


class Verdict(Base):
    __tablename__ = "verdicts"
    __table_args__ = (UniqueConstraint("check_id", "item_id"),
                      CheckConstraint("verdict IN ('pass', 'fail', 'na', 'needs_review')",
                                      name="verdict"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="CASCADE"),
                                         index=True)
    seq: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(64))
    rule: Mapped[str | None] = mapped_column(String)
    verdict: Mapped[str] = mapped_column(String(16))
    points_lost: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[Any] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[Any | None] = mapped_column(JSON)


class Decision(Base):
    """A reviewer's decision on one checklist item. Never updated, never deleted."""
    __tablename__ = "decisions"
    __table_args__ = (Index(None, "case_id", "item_id", "id"),
                      CheckConstraint("verdict IN ('pass', 'fail', 'na', 'needs_review')",
                                      name="verdict"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="RESTRICT"))
    item_id: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(16))
    points_lost: Mapped[float | None] = mapped_column(Float)
    reviewer: Mapped[str] = mapped_column(String)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    machine_verdict: Mapped[str | None] = mapped_column(String(16))  # the machine's, at the time
    inputs_hash: Mapped[str | None] = mapped_column(String(64))      # the files decided on


class CaseEvent(Base):
    """Audit history of a case file. Append-only."""
    __tablename__ = "case_events"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_files.id", ondelete="RESTRICT"),
                                         index=True)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="RESTRICT"),
                                               index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    event: Mapped[str] = mapped_column(String(32))
    detail: Mapped[Any | None] = mapped_column(JSON)


class RosterImport(Base):
    __tablename__ = "roster_imports"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str | None] = mapped_column(String)
    imported_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    row_count: Mapped[int] = mapped_column(Integer)
    issues: Mapped[Any] = mapped_column(JSON)


class RosterRow(Base):
    __tablename__ = "roster_rows"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("roster_imports.id", ondelete="RESTRICT"),
                                           index=True)
    seq: Mapped[int] = mapped_column(Integer)
    row_number: Mapped[int | None] = mapped_column(Integer)
    candidate: Mapped[str | None] = mapped_column(String)
    kind: Mapped[str | None] = mapped_column(String(32))
    cert_no: Mapped[str | None] = mapped_column(String)
    use: Mapped[str | None] = mapped_column(String(32))
    case_name: Mapped[str | None] = mapped_column(String)   # the roster's 案件 column
    note: Mapped[str | None] = mapped_column(Text)
    source_file: Mapped[str | None] = mapped_column(String)
    extra: Mapped[Any | None] = mapped_column(JSON)


class Draw(Base):
    """A random draw of a case file for a candidate: seed and pool kept. Append-only."""
    __tablename__ = "draws"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate: Mapped[str] = mapped_column(String)
    seed: Mapped[Any | None] = mapped_column(JSON)
    pool: Mapped[Any] = mapped_column(JSON)
    drawn: Mapped[str | None] = mapped_column(String)
    forced: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    drawn_by: Mapped[str | None] = mapped_column(String)
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[Any | None] = mapped_column(JSON)
