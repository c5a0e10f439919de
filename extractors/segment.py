"""Splitting a source into its documents and naming each document's type.

A document starts at a title line. In a PDF every document of a 案卷 starts on a new sheet, so a
title counts only near the top of a page; in a Word file a centred or bold title line may also
start a document mid-page. Anything before the first title, and any title we do not know, is an
`other` document.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

from .lexicon import Lexicon, load_lexicon
from .model import Document, Line, Source

TOP_LINES = 4          # a title stands within the first lines of a page
MAX_TITLE_CHARS = 40
# A seizure list (清单) directly after its decision is part of that decision.
_ATTACH_RE = re.compile(r"(?:查封|扣押)[（(、]?(?:扣押)?[)）]?(?:物品)?清单")
_CONTINUES = re.compile(r".*(?:卷内目录|案卷|卷宗|封面).*")


def _title_type(line: Line, position: int, lexicon: Lexicon, kind: str) -> str | None:
    if line.in_table or len(line.text) > MAX_TITLE_CHARS:
        return None
    if position >= TOP_LINES and not (kind == "docx" and line.emphasised):
        return None
    return lexicon.classify_heading(line.text)


def segment(source: Source, lexicon: Lexicon | None = None) -> list[Document]:
    lexicon = lexicon or load_lexicon()
    documents: list[Document] = []
    current: Document | None = None
    for page in source.pages:
        if not page.lines and current is not None:
            current.last_page = page.number  # a page with no text (a scan) stays with its document
            continue
        started_here = False
        for position, line in enumerate(page.lines):
            doc_type = _title_type(line, position, lexicon, source.kind)
            if source.kind == "pdf" and started_here:
                doc_type = None  # a sheet of a PDF 案卷 starts one document at most
            if doc_type is not None and not _same_page_catalogue(current, line):
                started_here = True
                title = re.sub(r"\s+", "", line.text)
                if current is not None and _attaches(title, current):
                    current.lines.append(line)
                    current.last_page = page.number
                    continue
                current = _start(source, doc_type, title, line, current, documents)
                continue
            if current is None:
                current = Document(doc_type="other", source=source, title="", lines=[],
                                   first_page=page.number, last_page=page.number)
                documents.append(current)
            current.lines.append(line)
            current.last_page = page.number
    _fallback_to_file_name(source, documents, lexicon)
    for document in documents:
        document.subtype = lexicon.subtype(document.title)
    return documents


def _start(source: Source, doc_type: str, title: str, line: Line, current: Document | None,
           documents: list[Document]) -> Document:
    # Header lines above the title on the same page (agency name, a number) belong to it.
    header: list[Line] = []
    if current is not None and not current.title:
        header = [ln for ln in current.lines if ln.page == line.page]
        if len(header) == len(current.lines):
            documents.remove(current)
        else:
            current.lines = [ln for ln in current.lines if ln.page != line.page]
    elif current is not None:
        header = _orphan_header(current, line)
    document = Document(doc_type=doc_type, source=source, title=title,
                        lines=header + [line], first_page=line.page, last_page=line.page)
    documents.append(document)
    return document


def _orphan_header(current: Document, line: Line) -> list[Line]:
    """Lines of a new page above its title were read into the previous document: move them."""
    moved = [ln for ln in current.lines if ln.page == line.page and ln.page != current.first_page]
    if moved:
        current.lines = current.lines[:len(current.lines) - len(moved)]
        current.last_page = current.lines[-1].page if current.lines else current.first_page
    return moved


def _same_page_catalogue(current: Document | None, line: Line) -> bool:
    """Entries of a catalogue or cover page look like titles; they start nothing."""
    return (current is not None and bool(_CONTINUES.fullmatch(current.title))
            and current.first_page == line.page)


def _attaches(title: str, current: Document) -> bool:
    return bool(_ATTACH_RE.fullmatch(title)) and current.doc_type == "seizure_decision"


def _fallback_to_file_name(source: Source, documents: list[Document], lexicon: Lexicon) -> None:
    """A file whose first page has no title we know may still say what it is in its name."""
    if len(documents) != 1 or documents[0].title:
        return
    stem = PurePosixPath(source.name).stem
    stem = re.sub(r"^[\d\s._\-、（）()]+", "", stem)
    doc_type = lexicon.classify_title(stem)
    if doc_type:
        documents[0].doc_type = doc_type
        documents[0].title = stem
