"""One case file in, its documents and facts out: read → segment → facts."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .facts import DocumentFacts, read_facts, read_one
from .model import Document
from .segment import segment
from .sources import MAX_UNZIPPED_BYTES, open_case_file


@dataclass
class ExtractedCase:
    path: str
    documents: list[DocumentFacts] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    pages: int = 0


# Approval forms are tables. Their text layer usually reads well enough; where it leaves a
# form's key facts unread, the table is read with pdfplumber (slower) and the form read again.
FORM_FACTS = {"filing_approval": (("person", "filing_handler"), ("date", "document_date")),
              "closing_approval": (("date", "document_date"),),
              "legal_review": (("date", "document_date"),)}


def add_form_tables(facts: list[DocumentFacts]) -> list[DocumentFacts]:
    out = []
    for index, found in enumerate(facts):
        document = found.document
        wanted = FORM_FACTS.get(document.doc_type, ())
        reader = document.source.table_reader
        missing = [kr for kr in wanted if not found.values(*kr)]
        if missing and reader is not None:
            for page in range(document.first_page, document.last_page + 1):
                document.lines.extend(reader(page))
            found = read_one(document, index)
        out.append(found)
    return out


def extract_case(path: str | Path, max_unzipped: int = MAX_UNZIPPED_BYTES) -> ExtractedCase:
    """Read one case file; problems inside it become `errors`, never exceptions."""
    case_input = open_case_file(path, max_unzipped=max_unzipped)
    result = ExtractedCase(path=str(path), errors=list(case_input.errors))
    try:
        documents: list[Document] = []
        for source in case_input.sources:
            result.pages += len(source.pages)
            try:
                documents.extend(segment(source))
            except Exception as exc:  # keep the other sources of the case
                source.error(f"无法切分文书（{type(exc).__name__}: {exc}）")
        try:
            result.documents = add_form_tables(read_facts(documents))
        except Exception as exc:
            result.errors.append(f"{Path(path).name}: 事实抽取失败（{type(exc).__name__}: {exc}）")
        for source in case_input.sources:
            result.errors.extend(source.errors)
    finally:
        case_input.close()
    return result
