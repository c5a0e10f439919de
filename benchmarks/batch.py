"""The unattended batch: generated ordinary case files (about 20 pages each) at 100 and 1,000
files, with --jobs 1 and --jobs 2: files/s, pages/s, peak memory of the parent and of a worker.

    .venv/bin/python benchmarks/batch.py [--sizes 100 1000] [--jobs 1 2] [--cache DIR]

Each run starts from an empty SQLite database in a fresh process, so that the figures are its
own. Printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def generate(count: int, folder: Path) -> Path:
    """`count` ordinary case files, one combined 案卷 PDF each (made once, then reused)."""
    from samples.casegen import random_case, write_case
    target = folder / f"cases-{count}"
    done = target / ".complete"
    if done.exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(count)
    for i in range(count):
        spec = random_case(rng, f"bench-{i:04d}")
        write_case(spec, target, "combined_pdf")
    done.write_text("ok")
    return target


def child(folder: str, jobs: int, db: str) -> dict:
    from review.batch import run_batch
    start = time.perf_counter()
    summary = run_batch([folder], db=db, jobs=jobs, stream=open("/dev/null", "w"))
    return {"files": len(summary.cases), "processed": summary.processed, "pages": summary.pages,
            "seconds": time.perf_counter() - start, "failed": len(summary.failed),
            "worker_peak_mb": summary.worker_peak_kb / 1024,
            "parent_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def measure(folder: Path, jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, __file__, "--child", str(folder), str(jobs),
                              str(Path(tmp) / "bench.sqlite")],
                             check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "review-bench"))
    parser.add_argument("--child", nargs=3)
    args = parser.parse_args()
    if args.child:
        folder, jobs, db = args.child
        print(json.dumps(child(folder, int(jobs), db)))
        return
    cache = Path(args.cache)
    print(f"{'files':>6}{'jobs':>5}{'seconds':>9}{'files/s':>9}{'pages/s':>9}"
          f"{'parent MB':>11}{'worker MB':>11}{'speed-up':>10}")
    for size in args.sizes:
        started = time.perf_counter()
        folder = generate(size, cache)
        gen = time.perf_counter() - started
        base = None
        for jobs in args.jobs:
            r = measure(folder, jobs)
            base = base or r["seconds"]
            print(f"{r['files']:>6}{jobs:>5}{r['seconds']:>9.1f}{r['files'] / r['seconds']:>9.2f}"
                  f"{r['pages'] / r['seconds']:>9.1f}{r['parent_peak_mb']:>11.0f}"
                  f"{r['worker_peak_mb']:>11.0f}{base / r['seconds']:>10.2f}"
                  + (f"  ({r['failed']} failed)" if r["failed"] else ""), flush=True)
        print(f"       (generating {size} files took {gen:.0f} s, cached in {folder})")


if __name__ == "__main__":
    main()
