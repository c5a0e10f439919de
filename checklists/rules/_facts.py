"""What the rules read from a case file: dates, people, served documents — all from facts.

Rules take the `review.assemble.CaseFile` and read its facts through these helpers; none of
them reads raw text. A helper that cannot find a fact returns None, and the rule says
"needs a reviewer".
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterable

from checklists.registry import Evidence, Verdict
from extractors.facts import DocumentFacts
from extractors.model import Fact

ORGANISATION = re.compile(r"公司|厂|企业|中心|合作社|集团|研究院|研究所|学校|医院|协会|站$|场$|"
                          r"酒店|宾馆|商行|店$|经营部|事务所|委员会")


def evidence(items: Iterable[Fact | DocumentFacts]) -> list[Evidence]:
    out = []
    for item in items:
        if isinstance(item, DocumentFacts):
            doc = item.document
            out.append(Evidence(doc_type=doc.doc_type, page=doc.first_page,
                                text=doc.title or doc.kind, source=doc.source.name))
        else:
            out.append(Evidence.from_fact(item))
    return out


def fail(note: str, *items: Fact | DocumentFacts) -> Verdict:
    return Verdict.failed(note, evidence=evidence(items))


def review(note: str, *items: Fact | DocumentFacts) -> Verdict:
    return Verdict.needs_review(note, evidence=evidence(items))


def passed(note: str, *items: Fact | DocumentFacts) -> Verdict:
    return Verdict.passed(note, evidence=evidence(items))


def date_of(doc: DocumentFacts | None) -> dt.date | None:
    if doc is None or not doc.document.date:
        return None
    return dt.date.fromisoformat(doc.document.date)


def date_fact(doc: DocumentFacts) -> Fact | DocumentFacts:
    found = [f for f in doc.facts if f.kind == "date" and f.role == "document_date"]
    return found[0] if found else doc


def kind_docs(case, *kinds: str) -> list[DocumentFacts]:
    """Documents by their finer kind (subtype, else doc_type)."""
    return [d for d in case.documents if d.document.kind in kinds]


def first_doc(case, *kinds: str) -> DocumentFacts | None:
    docs = kind_docs(case, *kinds)
    return docs[0] if docs else None


def clauses(doc: DocumentFacts | None, name: str) -> list[Fact]:
    if doc is None:
        return []
    return [f for f in doc.facts if f.kind == "clause" and f.role == name]


def case_clauses(case, name: str) -> list[Fact]:
    return [f for d in case.documents for f in clauses(d, name)]


def served_documents(case) -> list[tuple[DocumentFacts, DocumentFacts | None, str | None]]:
    """Each service receipt with the document it served (matched by number, else by title)."""
    by_number = {d.document.number: d for d in case.documents
                 if d.document.number and d.document.doc_type != "service_receipt"}
    out = []
    for receipt in case.docs("service_receipt"):
        served = receipt.first("served_document") or {"kind": None, "numbers": []}
        target = next((by_number[n] for n in served["numbers"] if n in by_number), None)
        kind = target.document.kind if target else served["kind"]
        if target is None and kind:
            target = first_doc(case, kind)
        out.append((receipt, target, kind))
    return out


def service_of(case, *kinds: str) -> DocumentFacts | None:
    """The receipt that served the first document of the given kinds."""
    for receipt, _target, kind in served_documents(case):
        if kind in kinds:
            return receipt
    return None


def people(case, *roles: str) -> list[Fact]:
    return [f for d in case.documents for f in d.facts if f.kind == "person" and f.role in roles]


def investigators(case) -> dict[str, Fact]:
    """Everyone who investigated: inspectors, inquirers, filing handlers, report signers."""
    found: dict[str, Fact] = {}
    for fact in people(case, "inspector", "inquirer", "filing_handler", "investigator"):
        found.setdefault(fact.value, fact)
    return found


def party_is_organisation(case) -> bool | None:
    party = case.json.get("party")
    codes = case.facts("credit_code")
    if codes or (party and ORGANISATION.search(party)):
        return True
    if party and (case.facts("id_number") or len(party) <= 4):
        return False
    return None


def amount(doc: DocumentFacts | None, role: str) -> Fact | None:
    if doc is None:
        return None
    found = [f for f in doc.facts if f.kind == "amount" and f.role == role]
    return found[0] if found else None


def rule_setting(case, config, name: str):
    settings = config if config is not None else case.settings
    return settings.rule(name)
