"""One object model for every input: Source → pages → lines (→ character boxes for PDFs).

Like pdfplumber's PDF → pages → objects, but the same for Word files, so that everything
downstream (segmentation, facts) reads one shape.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

# (x0, top, x1, bottom) in PDF points, origin at the page's top-left corner.
Box = tuple[float, float, float, float]


def union(boxes: list[Box]) -> Box | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes),
            max(b[2] for b in boxes), max(b[3] for b in boxes))


@dataclass
class Line:
    """A line of cleaned text; `in_table` for a row of a table (cells joined by " | ")."""
    text: str
    page: int
    in_table: bool = False
    emphasised: bool = False  # centred, bold or heading style: a likely title (DOCX only)
    # Maps each character of `text` to its index in the page's raw text layer (PDF only).
    raw_index: list[int] | None = None
    box: Box | None = None


@dataclass
class Word:
    """A run of text between spaces and punctuation (CJK text has no spaces: a phrase)."""
    text: str
    page: int
    box: Box | None = None


_WORD = re.compile(r"[^\s，。；：、,;:|（）()《》“”]+")


@dataclass
class Page:
    number: int  # 1-based within its source file
    lines: list[Line]
    has_text_layer: bool = True
    width: float | None = None
    height: float | None = None

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass
class Source:
    """One input file (a PDF, a DOCX, or a member of a zip)."""
    name: str  # as reported in `documents[].source`
    kind: str  # "pdf" | "docx"
    pages: list[Page] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # For PDFs: (page number, raw char indices) → boxes; set by the reader, None for DOCX.
    box_lookup: Callable[[int, list[int]], Box | None] | None = None
    # For PDFs: page number → its table rows as lines, read with pdfplumber on demand.
    table_reader: Callable[[int], list["Line"]] | None = None
    close: Callable[[], None] | None = None

    def error(self, message: str) -> None:
        self.errors.append(f"{self.name}: {message}")

    def words(self, page_no: int) -> list[Word]:
        """The words of a page, with their boxes where the source has them (PDFs)."""
        out = []
        for line in self.pages[page_no - 1].lines:
            for match in _WORD.finditer(line.text):
                box = None
                if line.raw_index is not None and self.box_lookup is not None:
                    box = self.box_lookup(page_no, line.raw_index[match.start():match.end()])
                out.append(Word(match.group(0), page_no, box or line.box))
        return out


@dataclass
class Document:
    """A document found inside a source: a run of lines with one title."""
    doc_type: str
    source: Source
    title: str
    lines: list[Line]
    first_page: int
    last_page: int
    number: str | None = None
    date: str | None = None
    subtype: str | None = None  # finer than doc_type: monitoring_report, case_review …
    _layout: tuple | None = field(default=None, repr=False, compare=False)

    @property
    def kind(self) -> str:
        return self.subtype or self.doc_type

    @property
    def text(self) -> str:
        return self.layout()[0]

    def layout(self) -> tuple[str, list[int]]:
        """The document's text with wrapped prose lines joined, and where each line starts.

        A PDF wraps a paragraph at the right margin, in the middle of words ("行政诉\n讼");
        such a break is removed so that phrases and clauses read whole. Lines of forms, labels
        and headings keep their breaks.
        """
        if self._layout is None or self._layout[2] != len(self.lines):
            parts: list[str] = []
            starts: list[int] = []
            pos = 0
            widths = _page_widths(self.lines)
            for i, line in enumerate(self.lines):
                if i:
                    sep = "" if _wraps(self.lines[i - 1], line, widths) else "\n"
                    parts.append(sep)
                    pos += len(sep)
                starts.append(pos)
                parts.append(line.text)
                pos += len(line.text)
            self._layout = ("".join(parts), starts, len(self.lines))
        return self._layout[0], self._layout[1]


@dataclass
class Fact:
    """A fact with its provenance: which document, which page, what text, where on the page."""
    kind: str  # date | number | person | cert_no | amount | party | cause | tag | equipment | platform | credit_code
    value: object
    role: str | None
    doc_type: str
    source: str
    page: int
    text: str
    box: Box | None = None
    doc_index: int = 0

    def to_dict(self) -> dict:
        return {"kind": self.kind, "value": self.value, "role": self.role,
                "doc_type": self.doc_type, "source": self.source, "page": self.page,
                "text": self.text, "box": list(self.box) if self.box else None}


_SENTENCE_END = tuple("。；：:！？”）)")
_LIST_START = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．]|"
                         r"问[:：]|答[:：]|第[一二三四五六七八九十\d]+[条页])")


# A line that starts with a label (当事人：… or a form row "当事人 重庆…") is not wrapped prose.
_LABEL_START = re.compile(r"^[\u4e00-\u9fff（）()]{2,10}(?:[:：]|[ \t]+\S)")


def _visual_width(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _page_widths(lines: list[Line]) -> dict[int, float]:
    widths: dict[int, float] = {}
    for line in lines:
        if not line.in_table and line.raw_index is not None:
            widths[line.page] = max(widths.get(line.page, 0.0), _visual_width(line.text))
    return widths


def _wraps(prev: Line, line: Line, widths: dict[int, float]) -> bool:
    """Does `line` continue `prev` (the same paragraph, wrapped at the margin)?"""
    if prev.raw_index is None or line.raw_index is None or prev.in_table or line.in_table:
        return False
    full = widths.get(prev.page, 0.0)
    if full < 20 or _visual_width(prev.text) < 0.85 * full:
        return False
    return not (prev.text.endswith(_SENTENCE_END) or _LIST_START.match(line.text)
                or _LABEL_START.match(line.text))
