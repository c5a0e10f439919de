"""运行记录 `/runs`: every batch run, newest first."""
from __future__ import annotations

from fastapi import APIRouter, Request

from ..common import render, store_of

router = APIRouter()

COUNTS = {"cases": "案卷", "processed": "处理", "skipped": "未变化跳过", "failed": "失败",
          "with_errors": "有读取问题", "pages": "页数"}


@router.get("/runs")
def runs(request: Request):
    rows = list(reversed(store_of(request).runs()))
    for r in rows:
        counts = r.get("counts") or {}
        r["count_items"] = [(COUNTS.get(k, k), v) for k, v in counts.items()]
        if r.get("started") and r.get("finished"):
            r["seconds"] = (r["finished"] - r["started"]).total_seconds()
    return render(request, "runs.html", {"title": "运行记录", "runs": rows, "counts": COUNTS})
