"""One object model for every input: Source → pages → lines (→ character boxes for PDFs).

Like pdfplumber's PDF → pages → objects, but the same for Word files, so that everything
downstream (segmentation, facts) reads one shape.
"""
from __future__ import annotations

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

    @property
    def kind(self) -> str:
        return self.subtype or self.doc_type

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


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
