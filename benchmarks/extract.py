"""Extraction speed and memory, side by side with a bare pdfplumber text pass over the same pages.

    .venv/bin/python benchmarks/extract.py [--pages 300]

Each measurement runs in a fresh process so that its peak RSS (ru_maxrss) is its own. Printed,
never asserted: figures vary with the machine.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def sample_pdfs() -> list[Path]:
    return sorted(p for p in (REPO / "samples" / "cases").rglob("*.pdf"))


def bare(paths: list[str]) -> dict:
    import pdfplumber
    start = time.perf_counter()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.close()  # drop cached objects, as a careful caller would
                pages += 1
    return {"pages": pages, "seconds": time.perf_counter() - start}


def ours(paths: list[str]) -> dict:
    from extractors.pipeline import extract_case
    from review.assemble import assemble
    start = time.perf_counter()
    pages = 0
    for path in paths:
        case = assemble(extract_case(path))
        pages += case.pages
    return {"pages": pages, "seconds": time.perf_counter() - start}


def child(mode: str, paths: list[str]) -> dict:
    """Run one measurement in a fresh interpreter; return its figures and peak RSS."""
    out = subprocess.run([sys.executable, __file__, "--child", mode, *paths],
                         check=True, capture_output=True, text=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_combined(pages: int, folder: Path) -> Path:
    """A combined 案卷 PDF of ordinary 20-page cases, as the sample generator writes them."""
    import random
    from samples.casegen import random_case, write_combined_pdf
    rng = random.Random(2025)
    specs = [random_case(rng, f"bench-{i:03d}") for i in range(max(1, pages // 20))]
    path = folder / f"combined-{pages}.pdf"
    write_combined_pdf(specs, path)
    return path


def report(title: str, paths: list[str]) -> None:
    b = child("bare", paths)
    o = child("ours", paths)
    print(f"\n## {title}: {len(paths)} file(s), {b['pages']} pages")
    print(f"{'pass':<36}{'seconds':>9}{'pages/s':>10}{'peak RSS MB':>13}")
    for name, r in (("bare pdfplumber page.extract_text()", b), ("our whole extraction", o)):
        rate = r["pages"] / r["seconds"] if r["seconds"] else float("inf")
        print(f"{name:<36}{r['seconds']:>9.2f}{rate:>10.1f}{r['rss_mb']:>13.0f}")
    print(f"ratio (ours ÷ bare, time): {o['seconds'] / b['seconds']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        mode, *paths = args.child
        result = (bare if mode == "bare" else ours)(paths)
        result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    report("sample PDFs", [str(p) for p in sample_pdfs()])
    with tempfile.TemporaryDirectory() as tmp:
        report(f"generated {args.pages}-page combined 案卷 PDF",
               [str(make_combined(args.pages, Path(tmp)))])


if __name__ == "__main__":
    main()
