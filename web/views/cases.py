"""案卷列表 `/`: every stored case file, with filters, search and sorting."""
from __future__ import annotations

from fastapi import APIRouter, Request

from ..caselist import FILTER_TIPS, FILTERS, PAGE_SIZE, SORTS, Query, all_rows, counts, select_rows
from ..common import render, store_of

router = APIRouter()


@router.get("/")
def case_list(request: Request):
    query = Query.from_params(request.query_params)
    rows = all_rows(store_of(request), request.app.state.rows)
    chosen = select_rows(rows, query)
    pages = max(1, -(-len(chosen) // PAGE_SIZE))
    page = min(query.page, pages)
    query.page = page
    shown = chosen[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    return render(request, "cases.html", {
        "title": "案卷列表", "rows": shown, "total": len(rows), "matched": len(chosen),
        "first": (page - 1) * PAGE_SIZE + 1, "page": page, "pages": pages,
        "query": query, "filters": FILTERS, "tips": FILTER_TIPS, "sorts": SORTS,
        "counts": counts(rows),
        "list_qs": query.qs(),
    })
