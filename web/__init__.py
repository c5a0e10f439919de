"""The workbench's web UI (FastAPI + Jinja2): the case list, a case file with its checklist and
the reviewer's decisions, the page view, downloads and runs. Start it with `review-cases serve`.
"""
from __future__ import annotations


def serve(db: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web UI with uvicorn until interrupted."""
    import uvicorn

    from .app import create_app

    app = create_app(db)
    print(f"案卷评查工作台：http://{host}:{port}/  （按 Ctrl+C 停止）", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


__all__ = ["serve"]
