"""The FastAPI application of the workbench: `create_app(db)`."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from review.store import open_store

from .caselist import RowCache
from .common import STATIC, PageError, error_page
from .sources import Sources
from .views import case, cases, exports, page, runs


def create_app(db: str | None = None) -> FastAPI:
    """The web app over the store at `db` (a SQLite path or a database URL; None: $REVIEW_DB_URL,
    else ./review.sqlite). The schema is migrated on start, as the CLI does."""
    store = open_store(db)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="案卷评查工作台", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    app.state.store = store
    app.state.rows = RowCache()
    app.state.sources = Sources()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    for module in (cases, case, page, exports, runs):
        app.include_router(module.router)

    @app.exception_handler(PageError)
    async def _page_error(request: Request, exc: PageError):
        return error_page(request, exc.status_code, exc.message, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        messages = {404: "没有这个页面", 405: "不支持这种请求方式"}
        return error_page(request, exc.status_code,
                          messages.get(exc.status_code, "请求无法完成"),
                          "" if exc.status_code in messages else str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        fields = "、".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
        return error_page(request, 400, "请求参数有误", f"参数：{fields}")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        logging.getLogger("web").exception("%s %s", request.method, request.url)
        return error_page(request, 500, "服务器内部错误",
                          f"{type(exc).__name__}。请把出错的地址和时间告诉管理员。")

    return app
