"""Where the store lives: URL resolution and engine set-up (SQLite or PostgreSQL)."""
from __future__ import annotations

import json
import os
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import make_url

ENV_URL = "REVIEW_DB_URL"
DEFAULT_PATH = "review.sqlite"
BUSY_TIMEOUT_S = 30.0


class StoreError(Exception):
    """The store cannot do what was asked (bad URL, unknown case, invalid value)."""


def resolve_url(url: str | os.PathLike | URL | None = None, *,
                default_path: str | os.PathLike = DEFAULT_PATH) -> URL:
    """The database URL: the argument (`--db`), else $REVIEW_DB_URL, else `default_path`.

    A value without "://" is a SQLite file path (made absolute against the current directory).
    `postgresql://` and `postgres://` URLs use the psycopg 3 driver.
    """
    raw = url if url not in (None, "") else (os.environ.get(ENV_URL) or default_path)
    if isinstance(raw, URL):
        u = raw
    elif "://" in str(raw):
        try:
            u = make_url(str(raw))
        except Exception as exc:  # sqlalchemy.exc.ArgumentError
            raise StoreError(f"数据库地址无效：{raw}（{exc}）") from exc
    else:
        u = URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    backend = u.get_backend_name()
    if backend in ("postgresql", "postgres"):
        if u.drivername in ("postgresql", "postgres"):
            u = u.set(drivername="postgresql+psycopg")
    elif backend == "sqlite":
        if not u.database or u.database == ":memory:" or u.database.startswith("file::memory"):
            raise StoreError("SQLite 数据库需要一个文件路径（不支持内存数据库）")
    else:
        raise StoreError(f"不支持的数据库：{backend}（支持 SQLite 和 PostgreSQL）")
    return u


def _json_dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def make_engine(url: URL, *, echo: bool = False, busy_timeout: float = BUSY_TIMEOUT_S) -> Engine:
    """An engine for the store.

    SQLite: WAL journal, foreign keys on, a busy timeout, synchronous=NORMAL (safe in WAL: a
    killed process or a power cut loses at most the last commits, never consistency). The
    driver's own transaction handling is switched off and BEGIN is emitted by us, so writes can
    take the write lock up front (BEGIN IMMEDIATE, see `Store._write`): a reader that later
    wants to write cannot dead-lock against the batch.
    PostgreSQL: psycopg 3, pre-ping.
    """
    if url.get_backend_name() == "sqlite":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, json_serializer=_json_dumps,
                               connect_args={"timeout": busy_timeout,
                                             "check_same_thread": False})
        ms = int(busy_timeout * 1000)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {ms}")
            cur.execute("PRAGMA journal_mode = WAL")
            cur.execute("PRAGMA foreign_keys = ON")
            cur.execute("PRAGMA synchronous = NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(url, echo=echo, json_serializer=_json_dumps, pool_pre_ping=True)
