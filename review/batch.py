"""`review-cases run`: every case file under the inputs, extracted in worker processes, checked,
stored, and written out for the legal section. Unattended, incremental and resumable.

Workers only read and check (pure functions of the input files); the parent process is the one
writer of the database, one transaction per case, so a run killed at any moment leaves every
stored case whole and the next run finishes the rest.
"""
from __future__ import annotations

import concurrent.futures as cf
import hashlib
import multiprocessing
import os
import sys
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractors.lexicon import load_lexicon
from extractors.sources import CASE_SUFFIXES, natural_key

PROJECT_ROOT = Path(__file__).resolve().parent.parent
# The files whose content decides what a stored result looks like: change any, and stored
# results are recomputed on the next run.
VERSION_SOURCES = ("extractors", "checklists", "review/assemble.py", "review/check.py",
                   "review/config.py", "review/data/settings.yaml")


# A case file whose reading takes longer than this is given up (a hanging or hostile file).
CASE_TIMEOUT = 600.0

# Workers are forked from a parent that has loaded everything once (see warm_up); where fork is
# not available (not Linux), spawn, which loads per worker.
_CONTEXT = multiprocessing.get_context(
    "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    digest = hashlib.sha256()
    for name in VERSION_SOURCES:
        path = PROJECT_ROOT / name
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".yaml") and "__pycache__" not in file.parts:
                digest.update(file.relative_to(PROJECT_ROOT).as_posix().encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


# -- finding the case files -----------------------------------------------------------------
def looks_like_one_case(folder: Path) -> bool:
    """A folder of documents (立案审批表.pdf, 现场检查笔录.docx …) is one case file; a folder of
    folders and zips is a batch of case files."""
    children = [p for p in folder.iterdir() if not p.name.startswith(".")]
    lexicon = load_lexicon()
    docs = [p for p in children if p.suffix.lower() in (".pdf", ".docx")]
    titled = sum(1 for p in docs if lexicon.classify_title(_title_from_name(p.stem)))
    if titled >= 2 and titled * 2 >= len(docs):
        return True  # 立案审批表.pdf, 现场检查笔录.pdf … (subfolders such as 附件 belong to it)
    if any(p.is_dir() or p.suffix.lower() == ".zip" for p in children):
        return False
    return bool(docs) and titled * 2 >= len(docs)


def _title_from_name(stem: str) -> str:
    import re
    stem = re.sub(r"^[\d\s._\-、（）()]+", "", stem)
    return re.sub(r"[（(][^）)]*[）)]$", "", stem)


def discover(inputs: list[str]) -> tuple[list[str], list[str]]:
    """The case files under the inputs, in a stable order, and inputs that do not exist."""
    found: list[str] = []
    missing: list[str] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            missing.append(raw)
        elif path.is_dir() and not looks_like_one_case(path):
            for child in sorted(path.iterdir(), key=lambda p: natural_key(p.name)):
                if child.name.startswith((".", "~$")):
                    continue
                if child.is_dir() or child.suffix.lower() in CASE_SUFFIXES:
                    found.append(str(child))
        else:
            found.append(str(path))
    # One key per case file however it was typed (./a, a/, /abs/a): the store keys on it.
    return list(dict.fromkeys(str(Path(p).resolve()) for p in found)), missing


def file_hashes(case_path: str) -> dict[str, str]:
    """sha256 of every input file of a case file, by its path inside the case file."""
    path = Path(case_path)
    files = ([p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith(".")]
             if path.is_dir() else [path])
    out = {}
    for file in files:
        digest = hashlib.sha256()
        with file.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        out[file.relative_to(path).as_posix() if path.is_dir() else file.name] = digest.hexdigest()
    return out


# -- the worker -----------------------------------------------------------------------------
def process_case(case_path: str, config: str | None = None) -> dict:
    """Read and check one case file; plain data only (it crosses a process boundary)."""
    from extractors.pipeline import extract_case
    from review.assemble import assemble
    from review.check import check_case
    from review.config import load_settings

    start = time.perf_counter()
    case = assemble(extract_case(case_path), load_settings(config))
    check = check_case(case)
    facts = [f.to_dict() | {"doc_index": f.doc_index} for d in case.documents for f in d.facts]
    documents = [dict(d, doc_index=i) for i, d in enumerate(case.json["documents"])]
    return {"case_file": case_path, "case_json": case.to_json(), "documents": documents,
            "facts": facts, "errors": case.errors, "pages": case.pages, "check": check,
            "seconds": time.perf_counter() - start, "rss_kb": _rss_kb()}


def _rss_kb() -> int:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# -- the run --------------------------------------------------------------------------------
@dataclass
class RunSummary:
    run_id: int
    cases: list[str] = field(default_factory=list)
    processed: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)      # cases that could not be processed
    with_errors: list[str] = field(default_factory=list)  # read problems inside case files
    missing: list[str] = field(default_factory=list)
    pages: int = 0
    seconds: float = 0.0
    worker_peak_kb: int = 0
    rereview: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not (self.failed or self.with_errors or self.missing)


class Progress:
    """A tqdm bar on a terminal; plain lines otherwise (logs, CI)."""

    def __init__(self, total: int, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.total = total
        self.done = 0
        self.bar = None
        if self.stream.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="卷", file=self.stream, desc="评查")

    def step(self, name: str, status: str) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix_str(Path(name).name[:24])
        else:
            print(f"[{self.done}/{self.total}] {Path(name).name} {status}", file=self.stream,
                  flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run_batch(inputs: list[str], *, db: str | None = None, jobs: int | None = None,
              out: str | None = None, roster: str | None = None, config: str | None = None,
              stream=None) -> RunSummary:
    from review.store import open_store

    store = open_store(db)
    cases, missing = discover(inputs)
    run_id = store.begin_run(inputs, jobs)
    summary = RunSummary(run_id=run_id, cases=cases, missing=missing)
    started = time.perf_counter()
    version = pipeline_version()
    if config:  # a user's settings change what is stored: part of the version too
        version += "+" + hashlib.sha256(Path(config).read_bytes()).hexdigest()[:8]
    todo = []
    hashes: dict[str, dict[str, str]] = {}
    for case_path in list(cases):
        try:
            hashes[case_path] = file_hashes(case_path)
        except OSError as exc:  # unreadable input: reported, the run goes on
            summary.failed.append(case_path)
            print(f"无法读取 {case_path}：{exc.strerror or exc}", file=stream or sys.stderr)
            continue
        if store.needs_processing(case_path, hashes[case_path], version=version):
            todo.append(case_path)
        else:
            summary.skipped += 1
    progress = Progress(len(todo), stream)
    status = "failed"
    try:
        for case_path, result in _results(todo, jobs or os.cpu_count() or 1, config):
            if "crash" in result:
                summary.failed.append(case_path)
                progress.step(case_path, "失败：" + result["crash"])
                continue
            saved = store.save_case(run_id, result["case_json"], hashes[case_path],
                                    result["documents"], result["facts"], result["errors"],
                                    result["pages"], path=case_path, version=version,
                                    check=result["check"])
            summary.processed += 1
            summary.pages += result["pages"] or 0
            summary.worker_peak_kb = max(summary.worker_peak_kb, result["rss_kb"])
            if result["errors"]:
                summary.with_errors.append(case_path)
            if saved.get("needs_rereview"):
                summary.rereview.append(case_path)
            progress.step(case_path, "有读取问题" if result["errors"] else "完成")
        status = "finished"
    except KeyboardInterrupt:
        status = "killed"
        raise
    finally:
        progress.close()
        summary.seconds = time.perf_counter() - started
        store.finish_run(run_id, status, {"cases": len(cases), "processed": summary.processed,
                                          "skipped": summary.skipped,
                                          "failed": len(summary.failed),
                                          "with_errors": len(summary.with_errors),
                                          "pages": summary.pages})
    for case_path in cases:  # unchanged cases count too if their stored result had problems
        if case_path not in todo:
            stored = store.case(case_path) or {}
            if stored.get("errors"):
                summary.with_errors.append(case_path)
    if out:
        from review.outputs import write_outputs
        summary.outputs = write_outputs(store, cases, Path(out), roster=roster)
    summary.outputs["database"] = (store.url.database if store.url.get_backend_name() == "sqlite"
                                   else store.url.render_as_string(hide_password=True))
    store.close()
    return summary


def _results(todo: list[str], jobs: int, config: str | None, timeout: float | None = None):
    """(case, result) as workers finish. Every case is read in a worker process (also with
    --jobs 1), so a file that crashes or hangs its reader costs that case, never the run."""
    timeout = timeout or CASE_TIMEOUT
    if len(todo) <= 1:  # nothing else to protect
        for case_path in todo:
            yield case_path, _alone(case_path, config, timeout)
        return
    pending = list(reversed(todo))
    window = jobs * 2
    while pending:
        suspects: list[str] = []
        warm_up()
        pool = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=_CONTEXT)
        try:
            running: dict[cf.Future, str] = {}
            while (pending or running) and not suspects:
                while pending and len(running) < window:
                    case_path = pending.pop()
                    running[pool.submit(process_case, case_path, config)] = case_path
                done, _ = cf.wait(running, timeout=timeout, return_when=cf.FIRST_COMPLETED)
                if not done:  # nothing finished for too long: some reader hangs
                    suspects += running.values()
                    running.clear()
                    _kill(pool)
                    break
                for future in done:
                    case_path = running.pop(future)
                    try:
                        yield case_path, future.result()
                    except cf.process.BrokenProcessPool:
                        suspects.append(case_path)
                    except Exception as exc:
                        yield case_path, {"crash": f"{type(exc).__name__}: {exc}"}
            suspects += running.values()  # lost with the pool
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        for case_path in suspects:  # one at a time, to find the one that kills its process
            yield case_path, _alone(case_path, config, timeout)


def _kill(pool: cf.ProcessPoolExecutor) -> None:
    for process in list(getattr(pool, "_processes", {}).values()):
        process.kill()


def warm_up() -> None:
    """Load the pipeline, checklists and rules once in the parent: forked workers inherit them
    instead of each loading its own."""
    from extractors.nlp import build_pipeline
    from review.check import checklist_for
    build_pipeline()
    for kind in ("general_penalty", "no_penalty", "daily_penalty", "seizure",
                 "transfer_detention", "transfer_criminal"):
        checklist_for(kind)


def _alone(case_path: str, config: str | None, timeout: float | None = None) -> dict:
    timeout = timeout or CASE_TIMEOUT
    pool = cf.ProcessPoolExecutor(max_workers=1, mp_context=_CONTEXT)
    try:
        return pool.submit(process_case, case_path, config).result(timeout=timeout)
    except cf.TimeoutError:
        _kill(pool)
        return {"crash": f"处理超过{timeout:.0f}秒仍未完成（文件可能损坏），已跳过"}
    except cf.process.BrokenProcessPool:
        return {"crash": "处理该案卷的进程异常退出（文件可能损坏）"}
    except Exception as exc:
        return {"crash": f"{type(exc).__name__}: {exc}"}
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
