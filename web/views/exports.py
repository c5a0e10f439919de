"""Downloads: 汇总表 (XLSX) of all or the listed case files, and each case's 评查表 (DOCX), with
reviewer decisions applied. Both are written by review.exports, as `review-cases run` does."""
from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import Response

from review.check import checklist_for
from review.exports import safe_name, write_review_docx, write_summary_xlsx
from review.outputs import current_check

from ..caselist import Query, all_rows, select_rows
from ..common import PageError, store_of

router = APIRouter()

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _download(data: bytes, media_type: str, filename: str) -> Response:
    ascii_name = filename.encode("ascii", "replace").decode().replace("?", "_")
    return Response(data, media_type=media_type, headers={
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; "
                               f"filename*=UTF-8''{quote(filename)}",
        "Cache-Control": "no-store"})


@router.get("/export/summary.xlsx")
def summary_xlsx(request: Request):
    """The summary of the cases the list shows (same filters and search; all pages)."""
    query = Query.from_params(request.query_params)
    rows = select_rows(all_rows(store_of(request), request.app.state.rows), query)
    records = [({**r.case_json, "case_file": r.case_json.get("case_file") or r.path}, r.check)
               for r in rows]
    with tempfile.TemporaryDirectory() as tmp:
        path = write_summary_xlsx(records, Path(tmp) / "summary.xlsx")
        data = path.read_bytes()
    return _download(data, XLSX, "案卷汇总.xlsx")


@router.get("/export/review.docx")
def review_docx(request: Request, path: str = ""):
    store = store_of(request)
    stored = store.case(path) if path else None
    if stored is None:
        raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。")
    check = current_check(store, path)
    titles = {}
    if check and check.get("kind"):
        titles = {item.id: item.text for item in checklist_for(check["kind"])}
    case_json = {**(stored.get("case_json") or {}), "case_file": path}
    with tempfile.TemporaryDirectory() as tmp:
        out = write_review_docx(case_json, check, Path(tmp) / "review.docx", titles=titles)
        data = out.read_bytes()
    return _download(data, DOCX, f"评查表-{safe_name(Path(path).name)}.docx")
