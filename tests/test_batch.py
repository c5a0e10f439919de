"""`review-cases run`: the whole batch on real sample files into a real database (SQLite file and,
in CI, PostgreSQL), incremental re-runs, re-review marking, and a run killed with SIGKILL."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from review.batch import discover, run_batch
from review.cli import main
from review.store import Store
from tests.test_store import db_url, pg_admin_url, pg_scratch_database  # noqa: F401 (fixtures)

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "cases"
SOME = ["case-01", "case-05", "case-12.pdf", "case-15.zip", "case-21"]


@pytest.fixture
def batch_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    for name in SOME:
        source = SAMPLES / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    return folder


def test_discover_children_and_single_case_folder(batch_dir):
    cases, missing = discover([str(batch_dir), str(batch_dir / "nope")])
    assert [Path(c).name for c in cases] == SOME
    assert missing == [str(batch_dir / "nope")]
    one, _ = discover([str(batch_dir / "case-01")])  # a folder of documents is one case file
    assert one == [str(batch_dir / "case-01")]


def test_run_stores_and_writes_outputs(batch_dir, tmp_path, db_url, capsys):  # noqa: F811
    out = tmp_path / "out"
    code = main(["run", str(batch_dir), "--db", db_url, "--out", str(out), "--jobs", "2"])
    printed = capsys.readouterr().out
    assert code == 1  # case-21 has a page that needs OCR: listed, and the status says so
    assert "case-21" in printed and "共5个案卷，处理5个" in printed
    store = Store(db_url)
    stored = {c["case_file"]: c for c in store.cases()}
    assert set(stored) == {str(batch_dir / n) for n in SOME}
    assert stored[str(batch_dir / "case-01")]["check"]["kind"] == "general_penalty"
    assert store.facts(str(batch_dir / "case-01"), kind="person")
    rows = list(load_workbook(out / "案卷汇总.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0] == "案卷" and len(rows) == 6
    by_name = {r[0]: r for r in rows[1:]}
    assert "需要OCR" in by_name["case-21"][-1]
    expected = json.loads((REPO / "samples/expected/case-01.json").read_text(encoding="utf-8"))
    assert by_name["case-01"][2] == expected["decision_number"]
    assert len(list((out / "评查表").glob("*.docx"))) == 5
    assert len((out / "案卷.jsonl").read_text(encoding="utf-8").splitlines()) == 5

    # A re-run of unchanged inputs processes nothing.
    code = main(["run", str(batch_dir), "--db", db_url, "--out", str(out)])
    assert "处理0个，未变化跳过5个" in capsys.readouterr().out
    store.close()


def test_changed_file_after_review_is_marked_for_rereview(batch_dir, tmp_path):
    db = str(tmp_path / "r.sqlite")
    run_batch([str(batch_dir)], db=db, jobs=1)
    store = Store(db)
    case = str(batch_dir / "case-01")
    store.add_decision(case, "D-inspection-1", "pass", reviewer="张科长", reason="笔录记载完整")
    # The clerk replaces the decision with a corrected scan of it.
    decision = batch_dir / "case-01" / "11-行政处罚决定书.pdf"
    assert decision.exists()
    decision.write_bytes(decision.read_bytes() + b"\n% corrected\n")
    summary = run_batch([str(batch_dir)], db=db, jobs=1)
    assert summary.processed == 1 and summary.skipped == 4
    assert summary.rereview == [case]
    stored = store.case(case)
    assert stored["needs_rereview"]
    assert "11-行政处罚决定书.pdf" in str(stored["rereview"])
    assert [d["reason"] for d in store.decisions(case)] == ["笔录记载完整"]
    store.close()


def test_reviewer_decision_changes_the_written_score(batch_dir, tmp_path):
    db = str(tmp_path / "r.sqlite")
    run_batch([str(batch_dir)], db=db, jobs=1)
    store = Store(db)
    case = str(batch_dir / "case-01")
    before = store.check(case)["score"]
    store.add_decision(case, "V01", "fail", reviewer="李审查", reason="超越职权")
    store.close()
    out = tmp_path / "out"
    run_batch([str(batch_dir)], db=db, jobs=1, out=str(out))
    rows = {r[0]: r for r in load_workbook(out / "案卷汇总.xlsx").active.iter_rows(values_only=True)}
    assert before > 0 and rows["case-01"][11] == 0 and "V01" in rows["case-01"][14]


def test_broken_file_never_stops_the_run(batch_dir, tmp_path):
    (batch_dir / "broken.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    summary = run_batch([str(batch_dir)], db=str(tmp_path / "r.sqlite"), jobs=2)
    assert summary.processed == len(SOME) + 1
    assert str(batch_dir / "broken.pdf") in summary.with_errors and not summary.ok


def _stored_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("select path, count(*) from case_files group by path").fetchall())


def test_sigkill_mid_run_then_rerun_finishes_consistently(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(16):  # 16 copies of small cases: enough to kill the run half-way
        name = ["case-01", "case-02", "case-13", "case-19"][i % 4]
        shutil.copytree(SAMPLES / name, folder / f"{i:02d}-{name}")
    db = tmp_path / "kill.sqlite"
    # Reviewer decisions planted on a stored case before the run that will be killed.
    run_batch([str(folder / "00-case-01")], db=str(db), jobs=1)
    store = Store(str(db))
    planted = str(folder / "00-case-01")
    store.add_decision(planted, "V01", "pass", reviewer="王评查", reason="主体合法")
    store.add_decision(planted, "D-report-1", "fail", reviewer="王评查", reason="缺调查经过",
                       points_lost=2)
    before = store.decisions(planted)
    store.close()

    proc = subprocess.Popen([sys.executable, "-m", "review.cli", "run", str(folder),
                             "--db", str(db), "--jobs", "1"], cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if len(_stored_counts(db)) >= 6:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _stored_counts(db)
    assert 1 < len(partial) < 16

    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    summary = run_batch([str(folder)], db=str(db), jobs=2)
    assert summary.skipped >= len(partial) and summary.processed == 16 - summary.skipped
    counts = _stored_counts(db)
    assert len(counts) == 16 and set(counts.values()) == {1}
    store = Store(str(db))
    assert store.decisions(planted) == before
    runs = store.runs()
    assert any(r["status"] == "killed" for r in runs)
    store.close()


def _crashing_reader(case_path, config=None):
    """Fault injection: the real reader, except that one file kills its process and another
    never finishes (what a hostile or broken PDF can do to a native parser)."""
    from review.batch import process_case_real
    if case_path.endswith("crash.pdf"):
        os._exit(11)
    if case_path.endswith("hang.pdf"):
        time.sleep(60)
    return process_case_real(case_path, config)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_crashing_or_hanging_file_costs_only_itself(batch_dir, tmp_path, monkeypatch, jobs):
    import review.batch as batch
    good = (SAMPLES / "case-12.pdf").read_bytes()
    (batch_dir / "crash.pdf").write_bytes(good)
    (batch_dir / "hang.pdf").write_bytes(good)
    monkeypatch.setattr(batch, "process_case_real", batch.process_case, raising=False)
    monkeypatch.setattr(batch, "process_case", _crashing_reader)
    monkeypatch.setattr(batch, "CASE_TIMEOUT", 5.0)
    summary = batch.run_batch([str(batch_dir)], db=str(tmp_path / "r.sqlite"), jobs=jobs)
    assert sorted(Path(p).name for p in summary.failed) == ["crash.pdf", "hang.pdf"]
    assert summary.processed == len(SOME)
