"""PDF reader: pypdfium2 for the text layer (fast), pdfplumber for tables (forms) on demand."""
from __future__ import annotations

import io
import re

import pypdfium2

from .model import Box, Line, Page, Source, union
from .normalize import clean_line

NEEDS_OCR = "没有文字层，需要OCR"
_LINE = re.compile(r"[^\r\n]+")


class UnreadableFile(Exception):
    """A file that cannot be read at all; the message is for the user, in Chinese."""


def sniff_pdf(data: bytes) -> None:
    if not data:
        raise UnreadableFile("文件为空（0字节）")
    head = data[:1024]
    if b"%PDF-" in head:
        return
    lowered = head.lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:200]:
        raise UnreadableFile("不是PDF文件：内容是HTML网页（可能是下载出错的页面）")
    raise UnreadableFile("不是PDF文件：缺少PDF文件头（%PDF-）")


def read_pdf(name: str, data: bytes) -> Source:
    """Read every page's text layer; pages without one are reported as needing OCR."""
    sniff_pdf(data)
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise UnreadableFile(_pdfium_message(exc)) from exc
    source = Source(name=name, kind="pdf")
    try:
        for index in range(len(pdf)):
            source.pages.append(_read_page(pdf, index, source))
    except pypdfium2.PdfiumError as exc:
        source.error(f"第{len(source.pages) + 1}页无法读取（{exc}），其后各页未读")
    cache: dict[int, object] = {}

    def box_lookup(page_no: int, raw_indices: list[int]) -> Box | None:
        textpage = cache.get(page_no)
        if textpage is None:
            cache.clear()
            page = pdf[page_no - 1]
            textpage = page.get_textpage()
            cache[page_no] = textpage
            cache[-1] = page.get_height()
        return char_box(textpage, raw_indices, cache[-1])

    plumber = {}

    def table_reader(page_no: int) -> list[Line]:
        """The page's table rows as lines ("cell | cell"), each with its row's box."""
        import pdfplumber  # imported lazily: only form pages need it
        if "pdf" not in plumber:
            plumber["pdf"] = pdfplumber.open(io.BytesIO(data))
        page = plumber["pdf"].pages[page_no - 1]
        rows: list[Line] = []
        for table in page.find_tables():
            for row, cells in zip(table.rows, table.extract()):
                texts = [_undouble(clean_line(" ".join((c or "").split()))[0]) for c in cells]
                texts = [t for t in texts if t.strip()]
                if texts:
                    x0, top, x1, bottom = row.bbox
                    rows.append(Line(text=" | ".join(texts), page=page_no, in_table=True,
                                     box=(round(x0, 1), round(top, 1), round(x1, 1),
                                          round(bottom, 1))))
        page.close()
        return rows

    def close() -> None:
        cache.clear()
        if "pdf" in plumber:
            plumber["pdf"].close()
        pdf.close()

    source.box_lookup = box_lookup
    source.table_reader = table_reader
    source.close = close
    return source


def _read_page(pdf: pypdfium2.PdfDocument, index: int, source: Source) -> Page:
    page = pdf[index]
    try:
        width, height = page.get_size()
        textpage = page.get_textpage()
        raw = textpage.get_text_range()
        textpage.close()
        lines: list[Line] = []
        for match in _LINE.finditer(raw):
            text, idx = clean_line(match.group(0))
            if text.strip():
                start = match.start()
                lines.append(Line(text=text, page=index + 1, raw_index=[start + i for i in idx]))
        has_text = bool(lines)
        if not has_text and _has_objects(page):
            source.error(f"第{index + 1}页{NEEDS_OCR}")
        return Page(number=index + 1, lines=lines, has_text_layer=has_text,
                    width=width, height=height)
    finally:
        page.close()


def char_box(textpage, indices, height: float) -> Box | None:
    """The box around some characters of a pdfium text page, top-left origin, rounded."""
    boxes = []
    for i in indices:
        try:
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
        except Exception:
            continue
        if right > left:
            boxes.append((left, height - top, right, height - bottom))
    box = union(boxes)
    return tuple(round(v, 1) for v in box) if box else None


def _undouble(cell: str) -> str:
    """Fake bold doubles every glyph of a cell ("承承办办人人"); pdfplumber reads both."""
    if len(cell) >= 4 and len(cell) % 2 == 0 and cell[::2] == cell[1::2]:
        return cell[::2]
    return cell


def _has_objects(page: pypdfium2.PdfPage) -> bool:
    for _ in page.get_objects(max_depth=1):
        return True
    return False


def _pdfium_message(exc: Exception) -> str:
    text = str(exc)
    if "password" in text.lower():
        return "PDF文件已加密，需要密码才能打开，无法读取"
    if "format" in text.lower() or "corrupt" in text.lower() or "file" in text.lower():
        return f"PDF文件已损坏或不完整，无法读取（{text}）"
    return f"PDF文件无法读取（{text}）"
