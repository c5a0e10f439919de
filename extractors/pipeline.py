"""One case file in, its documents and facts out: read → segment → facts."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .facts import DocumentFacts, read_facts
from .model import Document
from .segment import segment
from .sources import MAX_UNZIPPED_BYTES, open_case_file


@dataclass
class ExtractedCase:
    path: str
    documents: list[DocumentFacts] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pages: int = 0


# Approval forms are tables: their cells say which value belongs to which label.
FORM_TYPES = {"filing_approval", "closing_approval", "legal_review"}


def add_form_tables(documents: list[Document]) -> None:
    """Add a form's table rows ("label | value") after its text lines (PDFs only)."""
    for document in documents:
        reader = document.source.table_reader
        if document.doc_type not in FORM_TYPES or reader is None:
            continue
        for page in range(document.first_page, document.last_page + 1):
            document.lines.extend(reader(page))


def extract_case(path: str | Path, max_unzipped: int = MAX_UNZIPPED_BYTES) -> ExtractedCase:
    """Read one case file; problems inside it become `errors`, never exceptions."""
    case_input = open_case_file(path, max_unzipped=max_unzipped)
    result = ExtractedCase(path=str(path), errors=list(case_input.errors))
    try:
        documents: list[Document] = []
        for source in case_input.sources:
            result.pages += len(source.pages)
            try:
                found = segment(source)
                add_form_tables(found)
                documents.extend(found)
            except Exception as exc:  # keep the other sources of the case
                source.error(f"无法切分文书（{type(exc).__name__}: {exc}）")
        try:
            result.documents = read_facts(documents)
        except Exception as exc:
            result.errors.append(f"{Path(path).name}: 事实抽取失败（{type(exc).__name__}: {exc}）")
        for source in case_input.sources:
            result.errors.extend(source.errors)
    finally:
        case_input.close()
    return result
