"""DOCX reader: paragraphs and tables in document order, merged cells resolved.

Word files have no fixed pages; a page ends at a hard page break or where Word last rendered one
(w:lastRenderedPageBreak), so page numbers match what the clerk saw on screen when saved.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .model import Line, Page, Source
from .normalize import clean_line
from .pdf import UnreadableFile

_BR = qn("w:br")
_TYPE = qn("w:type")
_RENDERED = qn("w:lastRenderedPageBreak")
_PAGE_BEFORE = qn("w:pageBreakBefore")
_P = qn("w:p")
_TBL = qn("w:tbl")
_SDT = qn("w:sdt")
_SDT_CONTENT = qn("w:sdtContent")


def sniff_docx(data: bytes) -> None:
    if not data:
        raise UnreadableFile("文件为空（0字节）")
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise UnreadableFile("旧版Word（.doc）格式，无法直接读取，请另存为.docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnreadableFile("不是有效的Word（DOCX）文件：文件不是zip格式")


def read_docx(name: str, data: bytes) -> Source:
    sniff_docx(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several kinds for a broken package
        raise UnreadableFile(f"不是有效的Word（DOCX）文件：{exc}") from exc
    source = Source(name=name, kind="docx")
    builder = _PageBuilder()
    _add_blocks(document.element.body, document, builder)
    source.pages = builder.finish()
    return source


def _add_blocks(parent, document, builder: "_PageBuilder") -> None:
    """Paragraphs and tables in order, also inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag == _P:
            _add_paragraph(Paragraph(child, document), builder)
        elif child.tag == _TBL:
            _add_table(Table(child, document), builder)
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                _add_blocks(content, document, builder)


class _PageBuilder:
    def __init__(self) -> None:
        self.pages: list[Page] = [Page(number=1, lines=[])]

    def add(self, text: str, **kw: bool) -> None:
        text = clean_line(text)[0].strip()
        if text:
            page = self.pages[-1]
            page.lines.append(Line(text=text, page=page.number, **kw))

    def page_break(self) -> None:
        if self.pages[-1].lines:  # a break right after a break starts no new page
            self.pages.append(Page(number=len(self.pages) + 1, lines=[]))

    def finish(self) -> list[Page]:
        if len(self.pages) > 1 and not self.pages[-1].lines:
            self.pages.pop()
        return self.pages


def _add_paragraph(paragraph: Paragraph, builder: _PageBuilder) -> None:
    p = paragraph._p
    ppr = p.pPr
    if ppr is not None and ppr.find(_PAGE_BEFORE) is not None:
        builder.page_break()
    emphasised = _emphasised(paragraph)
    text: list[str] = []
    for node in p.iter():
        if node.tag == qn("w:t"):
            text.append(node.text or "")
        elif node.tag == qn("w:tab"):
            text.append(" ")
        elif (node.tag == _BR and node.get(_TYPE) == "page") or node.tag == _RENDERED:
            builder.add("".join(text), emphasised=emphasised)
            text = []
            builder.page_break()
        elif node.tag == _BR:
            builder.add("".join(text), emphasised=emphasised)
            text = []
    builder.add("".join(text), emphasised=emphasised)


def _emphasised(paragraph: Paragraph) -> bool:
    if paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER:
        return True
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if style.startswith(("Title", "Heading", "标题")):
        return True
    runs = [r for r in paragraph.runs if r.text.strip()]
    return bool(runs) and all(r.bold for r in runs)


def _add_table(table: Table, builder: _PageBuilder) -> None:
    """One line per row, cells joined by " | "; a merged cell is read once."""
    seen: set = set()
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            key = cell._tc
            if key in seen:
                continue
            seen.add(key)
            text = " ".join(p.text for p in cell.paragraphs if p.text.strip())
            text = clean_line(text)[0].strip()
            if text:
                cells.append(text)
        if cells:
            builder.add(" | ".join(cells), in_table=True)
        for cell in row.cells:  # a form laid out as a table inside a cell
            for inner in cell.tables:
                if inner._tbl not in seen:
                    seen.add(inner._tbl)
                    _add_table(inner, builder)
