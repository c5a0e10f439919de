"""页面查看 `/page?path=…&source=…&page=N&box=x0,top,x1,bottom`: one page of a source file of
a case file. A PDF page is shown as an image (`/page/image`, rendered with pypdfium2) with the
box highlighted; a DOCX page (no page images, no boxes) as its text with the quoted text marked.

Only stored case files and their documents' sources are served (see web.sources).
"""
from __future__ import annotations

import re

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..common import PageError, render, store_of
from ..provenance import document_at
from ..sources import SourceMissing, docx_pages, kind_of

router = APIRouter()


def _stored_source(request: Request, path: str, source: str) -> tuple[dict, str]:
    """The stored case and the stamp of its inputs; 404 unless `source` is one of its
    documents' sources."""
    if not path:
        raise PageError(400, "缺少案卷路径", "地址中需要 path 参数。")
    stored = store_of(request).case(path)
    if stored is None:
        raise PageError(404, "没有这个案卷", f"数据库中没有案卷“{path}”。")
    if not source or source not in {d.get("source") for d in stored.get("documents") or []}:
        raise PageError(404, "案卷中没有这份文件",
                        f"案卷“{path}”的文书中没有“{source}”。只能查看案卷内已读取的文书。")
    stamp = stored.get("inputs_hash") or str(stored.get("stored_at"))
    return stored, stamp


def _page_number(page: str) -> int:
    try:
        number = int(page)
    except (TypeError, ValueError):
        raise PageError(400, "页码无效", f"页码必须是正整数：{page}")
    if number < 1 or number > 100000:
        raise PageError(400, "页码无效", f"页码必须是正整数：{page}")
    return number


def _boxes(raw: str) -> list[list[float]]:
    """`x0,top,x1,bottom`, several separated by `;`."""
    out = []
    for part in (raw or "").split(";"):
        values = [v for v in re.split(r"[,\s]+", part.strip()) if v]
        if len(values) != 4:
            continue
        try:
            box = [float(v) for v in values]
        except ValueError:
            continue
        if box[2] > box[0] and box[3] > box[1] and all(abs(v) < 1e5 for v in box):
            out.append(box)
    return out[:20]


def _file_data(request: Request, path: str, source: str, stamp: str) -> bytes:
    try:
        return request.app.state.sources.data(path, source, stamp)
    except SourceMissing as exc:
        raise PageError(404, "文件找不到", str(exc))


@router.get("/page")
def page_view(request: Request, path: str = "", source: str = "", page: str = "1",
              box: str = "", text: str = "", label: str = ""):
    stored, stamp = _stored_source(request, path, source)
    number = _page_number(page)
    data = _file_data(request, path, source, stamp)
    documents = stored.get("documents") or []
    doc = document_at(documents, source, number)
    text = text.strip()[:200]
    context = {"title": f"{source} 第{number}页", "path": path, "source": source,
               "page": number, "doc": doc, "text": text, "label": label[:60],
               "documents": [d for d in documents if d.get("source") == source],
               "stored": stored, "kind": kind_of(source)}
    if context["kind"] == "pdf":
        sources = request.app.state.sources
        try:
            info = sources.pdf_page(data, number)
        except ValueError as exc:
            raise PageError(404, "页码超出范围", str(exc))
        boxes = _boxes(box)
        found = False
        if not boxes and text:
            boxes = sources.find_text(data, number, text)
            found = bool(boxes)
        context.update(count=info.count, width=info.width, height=info.height, boxes=[
            {"left": b[0] / info.width * 100, "top": b[1] / info.height * 100,
             "width": (b[2] - b[0]) / info.width * 100,
             "height": (b[3] - b[1]) / info.height * 100, "raw": b} for b in boxes],
            found=found)
    elif context["kind"] == "docx":
        try:
            pages = docx_pages(source, data)
        except Exception as exc:  # a broken file: say so, do not crash the page
            raise PageError(404, "文件无法读取", f"{source}：{type(exc).__name__}")
        if number > len(pages):
            raise PageError(404, "页码超出范围", f"没有第{number}页（共{len(pages)}页）")
        lines = pages[number - 1]
        context.update(count=len(pages), lines=mark_lines(lines, text))
    else:
        raise PageError(404, "无法显示这种文件", source)
    return render(request, "page.html", context)


def mark_lines(lines: list[str], text: str) -> list[dict]:
    """Each line split into parts, the quoted text marked (spaces in it ignored)."""
    wanted = "".join(text.split())
    out = []
    for line in lines:
        parts = [{"text": line, "mark": False}]
        if wanted:
            # Match ignoring spaces inside the line: map positions of non-space characters.
            kept = [i for i, ch in enumerate(line) if not ch.isspace()]
            flat = "".join(line[i] for i in kept)
            at = flat.find(wanted)
            if at >= 0:
                start, end = kept[at], kept[at + len(wanted) - 1] + 1
                parts = [{"text": line[:start], "mark": False},
                         {"text": line[start:end], "mark": True},
                         {"text": line[end:], "mark": False}]
            elif line.strip() and "".join(line.split()) in wanted and len(line.strip()) >= 4:
                parts = [{"text": line, "mark": True}]  # a line of a longer quote
        out.append({"parts": [p for p in parts if p["text"]],
                    "marked": any(p["mark"] for p in parts)})
    return out


@router.get("/page/image")
def page_image(request: Request, path: str = "", source: str = "", page: str = "1"):
    _, stamp = _stored_source(request, path, source)
    number = _page_number(page)
    if kind_of(source) != "pdf":
        raise PageError(404, "这份文件没有页面图像", f"{source} 不是PDF文件。")
    try:
        png = request.app.state.sources.png(path, source, stamp, number)
    except SourceMissing as exc:
        raise PageError(404, "文件找不到", str(exc))
    except ValueError as exc:
        raise PageError(404, "页码超出范围", str(exc))
    return Response(png, media_type="image/png",
                    headers={"Cache-Control": "private, max-age=300"})
