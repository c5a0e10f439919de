"""The store (review/store): migrations, incremental re-runs, reviewer decisions that survive any
re-store, re-review marking, and a run killed with SIGKILL mid-write.

Every store test runs against a real SQLite file and a real PostgreSQL server. The PostgreSQL
ones need REVIEW_TEST_PG_URL (`eval "$(.ci/postgres.sh)"` starts a server and prints it); each
test gets a scratch database of its own. Without the variable they are skipped, unless CI is
set: then they fail, so a CI run cannot pass without having run them.

This file is also the child process of the kill tests: `python tests/test_store.py child ...`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.exc import DBAPIError

from review.store import (Store, StoreError, UnknownCase, head_revision, inputs_hash, open_store,
                          resolve_url)

PG_ENV = "REVIEW_TEST_PG_URL"
HERE = Path(__file__).resolve()
TABLES = {"runs", "case_files", "case_inputs", "documents", "facts", "checks", "verdicts",
          "decisions", "case_events", "roster_imports", "roster_rows", "draws"}


# --------------------------------------------------------------------------------------------
# Backends


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        if in_ci():
            pytest.fail(f"{PG_ENV} is not set, but CI is: the PostgreSQL store tests must run in "
                        f"CI. Start the server first: eval \"$(.ci/postgres.sh)\"")
        pytest.skip(f"{PG_ENV} not set: PostgreSQL store tests skipped "
                    f"(eval \"$(.ci/postgres.sh)\" to run them)")
    return url


def pg_scratch_database():
    """A fresh database on the test server for one test; dropped afterwards."""
    admin_url = resolve_url(pg_admin_url())
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"review_t_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "review.sqlite")
    else:
        yield from pg_scratch_database()


@pytest.fixture
def store(db_url):
    s = Store(db_url)
    s.migrate()
    yield s
    s.close()


def raw(store: Store, sql: str, **params):
    with store.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return result.all() if result.returns_rows else None


# --------------------------------------------------------------------------------------------
# Made-up case files (shapes of case-json.md and the check result; values are arbitrary)

DOC_TYPES = ["filing_approval", "inspection_record", "inquiry_record", "investigation_report",
             "prior_notice", "legal_review", "penalty_decision", "service_receipt"]
CHECKLIST = {"name": "生态环境行政执法案卷评查细则", "version": "2024"}


def sha(text_: str) -> str:
    return hashlib.sha256(text_.encode()).hexdigest()


def case_hashes(i: int, variant: int = 0) -> dict[str, str]:
    n = 3 + i % 5
    files = {f"{k:02d}-{DOC_TYPES[k % len(DOC_TYPES)]}.pdf": sha(f"{i}/{k}/0") for k in range(n)}
    if variant:
        names = sorted(files)
        if i % 3 == 0:
            files[names[0]] = sha(f"{i}/0/{variant}")       # a file changed
        if i % 5 == 0:
            files["99-补充材料.pdf"] = sha(f"{i}/99/{variant}")  # a file added
        if i % 7 == 0:
            del files[names[-1]]                             # a file removed
    return files


def case_changed(i: int) -> bool:
    return i % 3 == 0 or i % 5 == 0 or i % 7 == 0


def make_case(i: int, variant: int = 0, facts_per_doc: int = 6) -> dict:
    path = f"samples/cases/案卷-{i:04d}"
    hashes = case_hashes(i, variant)
    documents, facts = [], []
    for k, source in enumerate(sorted(hashes)):
        doc_type = DOC_TYPES[k % len(DOC_TYPES)]
        documents.append({"doc_type": doc_type, "source": source, "pages": [1, 2 + k % 3],
                          "number": f"渝（巴南）环罚〔2025〕{i}号" if doc_type == "penalty_decision"
                          else None, "date": f"2025-0{1 + k % 9}-1{k % 10}"})
        for j in range(facts_per_doc):
            facts.append({"kind": ["date", "person", "number", "amount", "tag", "party"][j % 6],
                          "value": {"d": f"2025-05-{10 + j}"} if j % 6 == 0 else f"值{i}-{k}-{j}",
                          "role": "inspector" if j % 2 else None, "doc_type": doc_type,
                          "source": source, "page": 1 + j % 2, "text": f"检查人：李明 {i}/{k}/{j}",
                          "box": [72.0, 100.0 + j, 300.5, 112.0 + j] if j % 3 else None,
                          "doc_index": k})
    fine = 10000 * (1 + i % 9) + (variant if i % 3 == 0 else 0)
    case_json = {
        "case_file": path, "documents": documents, "party": f"重庆某某{i}化工有限公司",
        "cause": "未按规定贮存危险废物案", "decision_number": f"渝（巴南）环罚〔2025〕{i}号",
        "filing_date": "2025-03-14", "decision_date": "2025-05-20", "measure": "penalty",
        "measure_date": "2025-05-20", "in_review_window": True, "filing_handlers": ["李明", "王华"],
        "inspectors": ["李明"], "inquirers": ["李明", "赵强"], "lead_handlers": ["李明"],
        "case_types": ["hazardous_waste"], "new_equipment": [], "non_site_platforms": [],
        "fine_yuan": fine, "errors": [] if i % 11 else ["03-inquiry_record.pdf 第2页：无法读取"],
    }
    items = [{"id": f"G{k:02d}", "rule": f"rule_{k}" if k % 4 else None,
              "verdict": ["pass", "fail", "na", "needs_review"][k % 4],
              "points_lost": [0, 1.5, None, None][k % 4],
              "evidence": [{"doc_type": "penalty_decision", "page": 1, "text": f"证据{k}"}],
              "note": "缺少送达回证" if k % 4 == 1 else None} for k in range(8)]
    check = {"case_file": path, "kind": "general_penalty", "checklist": dict(CHECKLIST),
             "score": 91.5 - i % 7, "score_range": [88.0, 95.0], "veto": [],
             "provisional": bool(i % 2), "items": items}
    return {"path": path, "case_json": case_json, "hashes": hashes, "documents": documents,
            "facts": facts, "errors": case_json["errors"], "pages": 3 + i % 40, "check": check}


def store_cases(store: Store, run_id: int, indexes, variant: int = 0,
                on_stored=None) -> tuple[int, int]:
    """What the batch does for each case: skip it when unchanged, else store it."""
    stored = skipped = 0
    for i in indexes:
        c = make_case(i, variant)
        if store.needs_processing(c["path"], c["hashes"], checklist=CHECKLIST):
            store.save_case(run_id, c["case_json"], c["hashes"], c["documents"], c["facts"],
                            c["errors"], c["pages"], check=c["check"])
            stored += 1
            if on_stored:
                on_stored(i)
        else:
            skipped += 1
    return stored, skipped


def index_of(path: str) -> int:
    return int(path.rsplit("-", 1)[1])


def assert_consistent(store: Store, variants=(0,)) -> dict[int, int]:
    """No half-written case: each stored case is exactly one whole version of itself.
    Returns {case index: the variant stored}."""
    if store.dialect == "sqlite":
        assert raw(store, "PRAGMA integrity_check") == [("ok",)]
        assert raw(store, "PRAGMA foreign_key_check") == []
    paths = [c["case_file"] for c in store.cases()]
    assert len(paths) == len(set(paths))
    found = {}
    for path in paths:
        i = index_of(path)
        case = store.case(path)
        version = next((v for v in variants if case["file_hashes"] == case_hashes(i, v)), None)
        assert version is not None, f"{path}: stored hashes match no version"
        want = make_case(i, version)
        assert case["case_json"] == want["case_json"], path
        assert [dict(d, doc_index=None) for d in case["documents"]] == \
            [dict(d, doc_index=None) for d in want["documents"]], path
        got_facts = store.facts(path)
        assert len(got_facts) == len(want["facts"]), path
        assert [{k: v for k, v in f.items() if k != "id"} for f in got_facts] == want["facts"]
        assert case["check"] == want["check"], path
        found[i] = version
    orphans = raw(store, "SELECT count(*) FROM facts f LEFT JOIN documents d "
                         "ON d.id = f.document_id WHERE d.id IS NULL")
    assert orphans == [(0,)]
    return found


# --------------------------------------------------------------------------------------------
# Schema and settings


def test_migration_from_empty_database(db_url):
    s = Store(db_url)
    try:
        assert s.revision() is None
        s.migrate()
        assert s.revision() == head_revision() and s.is_current()
        tables = set(inspect(s.engine).get_table_names())
        assert tables == TABLES | {"alembic_version"}
        s.migrate()  # already current: nothing to do
        assert s.revision() == head_revision()
        s.downgrade("base")
        assert set(inspect(s.engine).get_table_names()) == {"alembic_version"}
        assert s.revision() is None
        s.migrate()
        c = make_case(1)
        s.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"], pages=3)
        assert [x["case_file"] for x in s.cases()] == [c["path"]]
    finally:
        s.close()


def test_models_match_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from review.store.models import Base
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}),
                                Base.metadata)
    assert diff == []


def test_open_store_creates_sqlite_file_with_wal(tmp_path, monkeypatch):
    monkeypatch.delenv("REVIEW_DB_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    s = open_store(None, default_path="data/review.sqlite")  # the default file, created
    try:
        assert (tmp_path / "data" / "review.sqlite").is_file()
        assert s.is_current()
        assert raw(s, "PRAGMA journal_mode") == [("wal",)]
        assert raw(s, "PRAGMA foreign_keys") == [(1,)]
        assert raw(s, "PRAGMA busy_timeout") == [(30000,)]
    finally:
        s.close()


def test_url_resolution(tmp_path, monkeypatch):
    monkeypatch.delenv("REVIEW_DB_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url().database == str(tmp_path / "review.sqlite")
    assert resolve_url("x/y.db").database == str(tmp_path / "x" / "y.db")
    assert resolve_url(default_path="z.sqlite").database == str(tmp_path / "z.sqlite")
    monkeypatch.setenv("REVIEW_DB_URL", "postgresql://u:p@db.example:5433/review")
    u = resolve_url()
    assert (u.drivername, u.host, u.port, u.database) == \
        ("postgresql+psycopg", "db.example", 5433, "review")
    assert resolve_url("sqlite:////tmp/a.sqlite").database == "/tmp/a.sqlite"  # argument wins
    assert resolve_url("postgres://h/d").drivername == "postgresql+psycopg"
    for bad in ("sqlite://", "sqlite:///:memory:", "mysql://h/d"):
        with pytest.raises(StoreError):
            resolve_url(bad)


# --------------------------------------------------------------------------------------------
# Storing and reading


def test_case_round_trip(store):
    run_id = store.begin_run(["samples/cases"], jobs=2)
    c = make_case(7)
    c["case_json"]["future_field"] = {"kept": True}
    c["facts"][0]["confidence"] = 0.9  # keys beyond the fixed shape are kept
    c["check"]["items"][0]["points"] = 2
    out = store.save_case(run_id, c["case_json"], c["hashes"], c["documents"], c["facts"],
                          c["errors"], c["pages"], check=c["check"])
    assert out["new"] and out["files"] is None and not out["needs_rereview"]
    case = store.case(c["path"])
    assert case["case_json"] == c["case_json"]
    assert case["file_hashes"] == c["hashes"]
    assert case["documents"] == [dict(d, doc_index=k) for k, d in enumerate(c["documents"])]
    assert case["check"] == c["check"] == store.check(c["path"])
    assert case["pages"] == c["pages"] and case["errors"] == c["errors"]
    assert case["run_id"] == case["first_run_id"] == run_id
    assert case["stored_at"].tzinfo == dt.timezone.utc
    facts = store.facts(c["path"])
    assert [{k: v for k, v in f.items() if k != "id"} for f in facts] == c["facts"]
    assert [f["text"] for f in store.facts(c["path"], kind="person")] == \
        [f["text"] for f in c["facts"] if f["kind"] == "person"]
    summary, = store.cases()
    assert summary["party"] == "重庆某某7化工有限公司" and summary["measure"] == "penalty"
    assert summary["check"]["score"] == c["check"]["score"] and summary["decisions"] == 0
    assert store.case("no/such/case") is None and store.file_hashes("no/such/case") is None
    with pytest.raises(UnknownCase):
        store.facts("no/such/case")
    store.finish_run(run_id, "finished", {"stored": 1, "skipped": 0})
    run, = store.runs()
    assert (run["status"], run["counts"], run["stored"], run["inputs"], run["jobs"]) == \
        ("finished", {"stored": 1, "skipped": 0}, 1, ["samples/cases"], 2)
    assert run["finished"] >= run["started"]


def test_rerun_skips_unchanged_inputs(store):
    n = 30
    run1 = store.begin_run(["cases"])
    assert store_cases(store, run1, range(n)) == (n, 0)
    store.finish_run(run1)
    run2 = store.begin_run(["cases"])
    assert store_cases(store, run2, range(n)) == (0, n)  # nothing changed: all skipped
    store.finish_run(run2)
    changed = [i for i in range(n) if case_changed(i)]
    run3 = store.begin_run(["cases"])
    assert store_cases(store, run3, range(n), variant=1) == (len(changed), n - len(changed))
    store.finish_run(run3)
    assert [r["stored"] for r in store.runs()] == [n, 0, len(changed)]
    assert assert_consistent(store, variants=(0, 1)) == \
        {i: 1 if case_changed(i) else 0 for i in range(n)}
    # what else makes a stored case need processing
    c = make_case(1)
    assert not store.needs_processing(c["path"], c["hashes"])
    assert store.needs_processing(c["path"], {**c["hashes"], "new.pdf": sha("x")})
    assert store.needs_processing(c["path"], dict(list(c["hashes"].items())[1:]))
    assert store.needs_processing(c["path"], c["hashes"], version="extractor-2")
    assert store.needs_processing(c["path"], c["hashes"],
                                  checklist={"name": CHECKLIST["name"], "version": "2025"})
    assert store.needs_processing("samples/cases/案卷-9999", c["hashes"])


def test_restore_replaces_documents_facts_and_verdicts(store):
    c = make_case(4)  # 7 documents
    store.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"],
                    check=c["check"])
    small = make_case(5)  # 3 documents
    out = store.save_case(None, small["case_json"], small["hashes"], small["documents"],
                          small["facts"][:4], path=c["path"], version="v2")
    assert not out["new"]
    assert out["files"]["changed"] and out["files"]["removed"] and not out["files"]["added"]
    case = store.case(c["path"])
    assert len(case["documents"]) == 3 and case["check"] is None and case["version"] == "v2"
    assert len(store.facts(c["path"])) == 4
    assert raw(store, "SELECT count(*) FROM documents") == [(3,)]
    assert raw(store, "SELECT count(*) FROM facts") == [(4,)]
    assert raw(store, "SELECT count(*) FROM verdicts") == [(0,)]
    assert [e["event"] for e in store.events(c["path"])] == ["stored", "checked", "stored"]


def test_a_failed_save_changes_nothing(store):
    c = make_case(2)
    store.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"],
                    check=c["check"])
    before = store.case(c["path"])
    bad_check = dict(c["check"], items=[{"id": "G00", "verdict": "maybe"}])
    with pytest.raises(StoreError):
        store.save_case(None, make_case(2, 1)["case_json"], case_hashes(2, 1), [], [],
                        path=c["path"], check=bad_check)
    with pytest.raises(StoreError):
        store.save_case(None, c["case_json"], c["hashes"], facts=[{"value": "no kind"}])
    assert store.case(c["path"]) == before
    assert len(store.facts(c["path"])) == len(c["facts"])


# --------------------------------------------------------------------------------------------
# Reviewer decisions


def stored_case(store: Store, i: int = 3, variant: int = 0) -> dict:
    c = make_case(i, variant)
    store.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"], c["errors"],
                    c["pages"], check=c["check"])
    return c


def test_decision_history_order_and_effective_verdicts(store):
    c = stored_case(store)
    path = c["path"]
    t0 = dt.datetime(2025, 9, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    ids = [
        store.add_decision(path, "G01", "pass", reviewer="张三", reason="送达回证在第9页", at=t0),
        store.add_decision(path, "G00", "fail", reviewer="李四", reason="缺承办人签名",
                           points_lost=2, at=t0),
        store.add_decision(path, "G01", "fail", reviewer="王五", reason="复核：回证无日期",
                           points_lost=1, at=t0),  # same timestamp: recording order decides
        store.add_decision(path, "G01", "fail", reviewer="王五", reason="同上"),
    ]
    assert ids == sorted(ids)
    history = store.decisions(path, "G01")
    assert [d["id"] for d in history] == [ids[0], ids[2], ids[3]]
    assert [d["reviewer"] for d in history] == ["张三", "王五", "王五"]
    assert history[0]["at"] == t0 and history[0]["at"].tzinfo == dt.timezone.utc
    assert history[0]["machine_verdict"] == "fail"  # what the machine said at the time
    assert history[0]["inputs_hash"] == inputs_hash(c["hashes"])
    assert [d["item_id"] for d in store.decisions(path)] == ["G01", "G00", "G01", "G01"]

    eff = {e["id"]: e for e in store.effective_verdicts(path)}
    assert list(eff) == [i["id"] for i in c["check"]["items"]]
    assert (eff["G01"]["verdict"], eff["G01"]["points_lost"], eff["G01"]["source"]) == \
        ("fail", 1.5, "reviewer")  # agrees with the machine, no points given: the machine's
    assert eff["G01"]["decision"]["id"] == ids[3] and eff["G01"]["decisions"] == 3
    assert (eff["G00"]["verdict"], eff["G00"]["points_lost"], eff["G00"]["machine"]["verdict"]) \
        == ("fail", 2.0, "pass")
    assert (eff["G02"]["verdict"], eff["G02"]["source"], eff["G02"]["decision"]) == \
        ("na", "machine", None)
    summary, = store.cases()
    assert summary["decisions"] == 4 and summary["last_decision_at"] is not None

    for bad in ({"verdict": "ok"}, {"reviewer": " "}, {"item_id": "G99"},
                {"points_lost": -1}):
        args = {"item_id": "G01", "verdict": "pass", "reviewer": "张三", **bad}
        with pytest.raises(StoreError):
            store.add_decision(path, args.pop("item_id"), args.pop("verdict"), **args)
    with pytest.raises(UnknownCase):
        store.add_decision("no/such/case", "G01", "pass", reviewer="张三")
    assert len(store.decisions(path)) == 4


def test_decisions_are_append_only_in_the_database(store):
    c = stored_case(store)
    store.add_decision(c["path"], "G01", "pass", reviewer="张三", reason="核实")
    store.add_draw("李明", 20250901, [c["path"]], c["path"])
    for sql in ("UPDATE decisions SET verdict = 'fail'", "DELETE FROM decisions",
                "UPDATE draws SET drawn = 'x'", "DELETE FROM draws", "DELETE FROM case_events"):
        with pytest.raises(DBAPIError):
            raw(store, sql)
    assert store.decisions(c["path"])[0]["verdict"] == "pass"


def test_decisions_survive_any_restore_and_changed_files_mark_rereview(store):
    c = stored_case(store, i=15)  # 15: a file changed, one added (variant 1)
    path = c["path"]
    store.add_decision(path, "G00", "fail", reviewer="张三", reason="缺签名", points_lost=2)
    store.add_decision(path, "G01", "pass", reviewer="张三", reason="回证齐全")
    before = store.decisions(path)

    # re-store, same files (e.g. a new extractor): decisions kept, no re-review
    out = store.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"][:3],
                          version="extractor-2")
    assert not out["needs_rereview"]
    store.save_check(path, dict(c["check"], score=50.0))
    assert store.decisions(path) == before and not store.case(path)["needs_rereview"]

    # files changed after the review: marked, with what changed
    new = make_case(15, variant=1)
    out = store.save_case(None, new["case_json"], new["hashes"], new["documents"], new["facts"],
                          check=new["check"])
    assert out["needs_rereview"]
    changes = out["rereview"]
    assert changes["added"] == ["99-补充材料.pdf"]
    assert changes["changed"] == [sorted(c["hashes"])[0]] and changes["removed"] == []
    assert changes["fields"] == {"fine_yuan": {"old": c["case_json"]["fine_yuan"],
                                               "new": new["case_json"]["fine_yuan"]}}
    assert store.decisions(path) == before
    case = store.case(path)
    assert case["needs_rereview"] and case["rereview"] == changes
    assert [x["case_file"] for x in store.cases(needs_rereview=True)] == [path]

    # changed again before anyone looked: still against the files the reviewer saw
    newer = make_case(15, variant=2)
    out = store.save_case(None, newer["case_json"], newer["hashes"], newer["documents"],
                          newer["facts"])
    assert out["rereview"]["added"] == ["99-补充材料.pdf"]
    assert out["rereview"]["detected_at"] == changes["detected_at"]

    # files back to what was reviewed: nothing left to re-review
    out = store.save_case(None, c["case_json"], c["hashes"], c["documents"], c["facts"])
    assert not out["needs_rereview"] and not store.case(path)["needs_rereview"]

    # changed, then a reviewer clears it: the new files become the reviewed ones
    store.save_case(None, new["case_json"], new["hashes"], new["documents"], new["facts"])
    assert store.case(path)["needs_rereview"]
    assert store.clear_rereview(path, reviewer="李四", reason="已复核补充材料")
    assert not store.clear_rereview(path, reviewer="李四")
    assert not store.save_case(None, new["case_json"], new["hashes"], new["documents"],
                               new["facts"])["needs_rereview"]
    assert store.decisions(path) == before
    events = [e["event"] for e in store.events(path)]
    assert events == ["stored", "checked", "stored", "checked", "stored", "rereview_marked",
                      "checked", "stored", "stored", "rereview_cleared", "stored",
                      "rereview_marked", "rereview_cleared", "stored"]
    cleared = store.events(path)[-2]["detail"]
    assert cleared["reviewer"] == "李四" and cleared["changes"]["added"] == ["99-补充材料.pdf"]


def test_changed_files_without_decisions_need_no_rereview(store):
    stored_case(store, i=15)
    new = make_case(15, variant=1)
    out = store.save_case(None, new["case_json"], new["hashes"], new["documents"], new["facts"])
    assert out["files"]["added"] and not out["needs_rereview"]


# --------------------------------------------------------------------------------------------
# Runs, roster, draws


def test_runs_left_running_by_a_dead_process_are_marked_killed(store):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = store.begin_run(["a"])
    raw(store, "UPDATE runs SET pid = :pid WHERE id = :id", pid=dead.pid, id=stale)
    live = store.begin_run(["b"])  # marks the stale one killed; this process is alive
    runs = {r["id"]: r for r in store.runs()}
    assert runs[stale]["status"] == "killed" and runs[stale]["finished"] is None
    assert runs[live]["status"] == "running"
    with pytest.raises(StoreError):
        store.finish_run(live, "done")
    with pytest.raises(StoreError):
        store.finish_run(9999)
    store.finish_run(live, "failed", {"error": "磁盘已满"})
    assert store.run(live)["status"] == "failed" and store.mark_killed_runs() == []


def test_roster_imports_and_draws(store):
    rows = [{"row": 2, "candidate": "李明", "kind": "individual", "cert_no": "50011320190123",
             "use": "quality_recommended", "case": "渝(巴南)环罚[2025]23号", "note": None,
             "raw": {"候选人": "李明"}},
            {"row": 3, "candidate": "巴南区生态环境局", "kind": "collective", "cert_no": None,
             "use": "veto", "case": None, "note": "行政诉讼败诉", "raw": {}}]
    first = store.save_roster(rows, source="名单.xlsx",
                              issues=[{"row": 4, "message": "用途无法识别", "severity": "error"}])
    second = store.save_roster(rows[:1], source="名单-v2.csv")
    latest = store.roster()
    assert latest["id"] == second and latest["source"] == "名单-v2.csv"
    old = store.roster(first)
    assert [{k: v for k, v in r.items() if k != "source_file"} for r in old["rows"]] == rows
    assert old["rows"][0]["source_file"] == "名单.xlsx"
    assert old["issues"][0]["row"] == 4
    assert [(i["id"], i["rows"], i["issues"]) for i in store.roster_imports()] == \
        [(first, 2, 1), (second, 1, 0)]

    pool = ["案卷-0001", "案卷-0002", "案卷-0003"]
    d1 = store.add_draw("李明", 20250901, pool, "案卷-0002", drawn_by="法制科")
    d2 = store.add_draw("王华", "seed-x", pool, "案卷-0009", forced=True, note="指定")
    with pytest.raises(StoreError):
        store.add_draw("王华", 1, pool, "案卷-0009")  # not forced: must come from the pool
    draws = store.draws()
    assert [d["id"] for d in draws] == [d1, d2]
    assert (draws[0]["seed"], draws[0]["pool"], draws[0]["drawn"], draws[0]["forced"]) == \
        (20250901, pool, "案卷-0002", False)
    assert draws[1]["seed"] == "seed-x" and draws[1]["forced"]
    assert [d["id"] for d in store.draws("王华")] == [d2]
    with pytest.raises(StoreError):  # one bad entry: none of the draw is recorded
        store.add_draws([{"candidate": "赵强", "seed": "s", "pool": pool, "drawn": pool[0]},
                         {"candidate": "孙丽", "seed": "s", "pool": pool, "drawn": "别的"}])
    ids = store.add_draws([{"candidate": "赵强", "seed": "s", "pool": pool, "drawn": pool[0],
                            "at": "2025-09-01T10:00:00+08:00", "extra": {"method": "sha256"}},
                           {"candidate": "孙丽", "seed": "s", "pool": pool[1:], "drawn": None}])
    draws = store.draws()
    assert [d["id"] for d in draws] == [d1, d2, *ids]
    assert draws[2]["at"] == dt.datetime(2025, 9, 1, 2, 0, tzinfo=dt.timezone.utc)
    assert draws[2]["extra"] == {"method": "sha256"} and draws[3]["drawn"] is None


# --------------------------------------------------------------------------------------------
# Concurrency: a reader never sees half a case while the batch writes


def test_reader_sees_whole_cases_while_writer_stores(db_url):
    writer, reader = Store(db_url), Store(db_url)
    writer.migrate()
    errors: list[BaseException] = []

    def write():
        try:
            run_id = writer.begin_run(["cases"])
            store_cases(writer, run_id, range(40))
            store_cases(writer, run_id, range(40), variant=1)
            writer.finish_run(run_id)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    t = threading.Thread(target=write)
    t.start()
    seen = 0
    while t.is_alive() or seen == 0:
        for summary in reader.cases():
            case = reader.case(summary["case_file"])
            if case is None:
                continue
            i = index_of(case["case_file"])
            v = 0 if case["file_hashes"] == case_hashes(i, 0) else 1
            assert case["file_hashes"] == case_hashes(i, v)
            assert len(case["documents"]) == len(case_hashes(i, v))
            assert case["check"] is not None and len(case["check"]["items"]) == 8
            seen += 1
    t.join()
    writer.close()
    reader.close()
    assert not errors and seen


# --------------------------------------------------------------------------------------------
# kill -9 in the middle of a run


class Child:
    """`python tests/test_store.py child URL FIRST LAST VARIANT HANG_AT`, reading its lines."""

    def __init__(self, url: str, cases: range, variant: int = 0, hang_at: int = -1):
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE), "child", url, str(cases.start), str(cases.stop),
             str(variant), str(hang_at)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8")
        self.lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        self.out: list[str] = []

    def _pump(self) -> None:
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put(None)

    def wait_for(self, predicate, timeout: float = 120.0) -> str:
        end = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                self.kill()
                raise AssertionError(f"child: nothing matching within {timeout}s")
            if line is None:
                raise AssertionError(f"child ended early: {self.proc.wait()}, "
                                     f"{self.proc.stderr.read()[-3000:]}")
            self.out.append(line)
            if predicate(line):
                return line

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        assert self.proc.wait(timeout=30) == -signal.SIGKILL

    def finish(self) -> list[str]:
        self.wait_for(lambda line: line == "done", timeout=600)
        assert self.proc.wait(timeout=60) == 0, self.proc.stderr.read()[-3000:]
        return self.out


def child_main(url: str, first: int, last: int, variant: int, hang_at: int) -> None:
    from sqlalchemy import event
    s = Store(url)
    s.migrate()
    current = {"i": None}
    if hang_at >= 0:
        @event.listens_for(s.engine, "after_cursor_execute")
        def _hang(conn, cursor, statement, params, context, executemany):
            # inside save_case's transaction: documents written, facts being written
            if current["i"] == hang_at and \
                    statement.lstrip().upper().startswith("INSERT INTO FACTS"):
                print("hang", flush=True)
                time.sleep(3600)

    run_id = s.begin_run([f"cases {first}..{last}"], jobs=1)

    def stored(i: int) -> None:
        print(f"stored {i}", flush=True)

    def store_one(i: int) -> tuple[int, int]:
        current["i"] = i
        return store_cases(s, run_id, [i], variant, on_stored=stored)

    counts = [store_one(i) for i in range(first, last)]
    s.finish_run(run_id, "finished", {"stored": sum(c[0] for c in counts),
                                      "skipped": sum(c[1] for c in counts)})
    print("done", flush=True)


def test_kill_9_mid_run_leaves_whole_cases_and_the_next_run_finishes(db_url):
    n = 120
    rng = random.Random()
    store = Store(db_url)
    store.migrate()
    try:
        # 1. killed inside a case's transaction (documents written, facts half-way)
        child = Child(db_url, range(n), hang_at=40)
        child.wait_for(lambda line: line == "hang")
        child.kill()
        assert sorted(assert_consistent(store)) == list(range(40))  # case 40: not at all
        assert [r["status"] for r in store.runs()] == ["running"]
        assert len(store.mark_killed_runs()) == 1

        # 2. killed at a random moment
        child = Child(db_url, range(n))
        child.wait_for(lambda line: line.startswith("stored") and int(line.split()[1]) >= 70)
        time.sleep(rng.uniform(0, 0.05))
        child.kill()
        done = sorted(assert_consistent(store))
        assert done == list(range(len(done))) and 71 <= len(done) <= n

        # reviewers work on what is there
        for i in (0, 5, 10, 30):
            path = make_case(i)["path"]
            store.add_decision(path, "G01", "pass", reviewer="张三", reason=f"核实{i}")
            store.add_decision(path, "G03", "fail", reviewer="李四", reason="缺页", points_lost=1)
        decisions = {i: store.decisions(make_case(i)["path"]) for i in (0, 5, 10, 30)}

        # 3. the next run skips what is stored and stores the rest
        out = Child(db_url, range(n)).finish()
        assert sorted(int(x.split()[1]) for x in out if x.startswith("stored")) == \
            list(range(len(done), n))
        assert sorted(assert_consistent(store)) == list(range(n))
        assert raw(store, "SELECT count(*) FROM case_events WHERE event = 'stored'") == [(n,)]
        assert {i: store.decisions(make_case(i)["path"]) for i in decisions} == decisions
        assert not store.cases(needs_rereview=True)
        runs = store.runs()
        assert [r["status"] for r in runs] == ["killed", "killed", "finished"]
        assert sum(r["stored"] for r in runs) == n
        assert runs[-1]["counts"] == {"stored": n - len(done), "skipped": len(done)}

        # 4. changed inputs; killed while re-storing case 30 (reviewed, changed)
        child = Child(db_url, range(n), variant=1, hang_at=30)
        child.wait_for(lambda line: line == "hang")
        child.kill()
        versions = assert_consistent(store, variants=(0, 1))
        assert versions[30] == 0  # the old version, whole
        assert {i for i, v in versions.items() if v == 1} == \
            {i for i in range(30) if case_changed(i)}
        assert {c["case_file"] for c in store.cases(needs_rereview=True)} == \
            {make_case(i)["path"] for i in (0, 5, 10)}

        # 5. the next run finishes: every changed case re-stored once, decisions untouched
        Child(db_url, range(n), variant=1).finish()
        versions = assert_consistent(store, variants=(0, 1))
        assert versions == {i: 1 if case_changed(i) else 0 for i in range(n)}
        stored = dict(raw(store, "SELECT c.path, count(*) FROM case_events e JOIN case_files c "
                                 "ON c.id = e.case_id WHERE e.event = 'stored' GROUP BY c.path"))
        assert stored == {make_case(i)["path"]: 2 if case_changed(i) else 1 for i in range(n)}
        assert {i: store.decisions(make_case(i)["path"]) for i in decisions} == decisions
        marked = {c["case_file"]: c["rereview"] for c in store.cases(needs_rereview=True)}
        assert set(marked) == {make_case(i)["path"] for i in (0, 5, 10, 30)}
        assert marked[make_case(5)["path"]]["added"] == ["99-补充材料.pdf"]
        assert marked[make_case(30)["path"]]["changed"] and marked[make_case(30)["path"]]["added"]
    finally:
        store.close()


# --------------------------------------------------------------------------------------------
# The PostgreSQL tests may not silently pass in CI


@pytest.mark.parametrize("ci, expect_rc, expect_text",
                         [("true", 1, "REVIEW_TEST_PG_URL is not set"), ("", 0, "1 skipped")])
def test_postgresql_tests_fail_in_ci_without_a_server(ci, expect_rc, expect_text):
    env = {k: v for k, v in os.environ.items() if k not in (PG_ENV, "CI")}
    if ci:
        env["CI"] = ci
    result = subprocess.run(
        [sys.executable, "-m", "pytest", str(HERE), "-q", "-p", "no:cacheprovider", "-rs",
         "-k", "test_migration_from_empty_database and postgresql"],
        capture_output=True, text=True, env=env, cwd=HERE.parent.parent, timeout=300)
    output = result.stdout + result.stderr
    assert result.returncode == expect_rc, output
    assert expect_text in output, output


if __name__ == "__main__" and len(sys.argv) == 7 and sys.argv[1] == "child":
    child_main(sys.argv[2], *(int(x) for x in sys.argv[3:7]))
