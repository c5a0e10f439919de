"""Where each value of a case file came from: the case-json fields and the machine's evidence
traced back to stored facts (document, page, text, box), following docs/facts.md."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from review.cli import MEASURES, TAGS

from .common import EQUIPMENT_NAMES, PLATFORM_NAMES, doc_name, yes_no

DECISIONS = ("penalty_decision", "no_penalty_decision")
MEASURE_DOCS = {"transfer_criminal": ("transfer_notice",),
                "transfer_detention": ("transfer_notice",),
                "penalty": ("penalty_decision",), "no_penalty": ("no_penalty_decision",),
                "seizure": ("seizure_decision",)}


@dataclass
class Origin:
    """One place a value was read: a page of a source file, the text matched, its box."""
    doc_type: str | None
    source: str | None
    page: int | None
    text: str
    box: list[float] | None = None

    @property
    def label(self) -> str:
        where = doc_name(self.doc_type)
        return f"{where} 第{self.page}页" if self.page else where


@dataclass
class Value:
    """One value of a field (a list field has several) and the places it was read."""
    shown: str
    origins: list[Origin] = field(default_factory=list)


@dataclass
class Field:
    key: str
    label: str
    values: list[Value]
    note: str = ""


def _origin(fact: dict) -> Origin:
    return Origin(fact.get("doc_type"), fact.get("source"), fact.get("page"),
                  fact.get("text") or "", fact.get("box"))


def _doc_origin(doc: dict) -> Origin:
    first = (doc.get("pages") or [None])[0]
    return Origin(doc.get("doc_type"), doc.get("source"), first, "")


def _pick(facts: list[dict], test: Callable[[dict], bool],
          prefer: tuple[str, ...] = ()) -> list[Origin]:
    """The facts that pass `test`, those from the preferred document types first."""
    found = [f for f in facts if test(f)]
    rank = {d: i for i, d in enumerate(prefer)}
    found.sort(key=lambda f: rank.get(f.get("doc_type"), len(rank)))
    seen, out = set(), []
    for f in found:
        key = (f.get("source"), f.get("page"), f.get("text"))
        if key not in seen:
            seen.add(key)
            out.append(_origin(f))
    return out


def _counts(fact: dict, own_numbers: set[str]) -> bool:
    role = fact.get("role") or ""
    return not (role.startswith("cited:") and role[6:] not in own_numbers)


def case_fields(case_json: dict, facts: list[dict], documents: list[dict],
                window_start: str | None = None) -> list[Field]:
    """The case-json fields a reviewer reads, each value with where it was found."""
    j = case_json
    own_numbers = {d.get("number") for d in documents if d.get("number")}

    def of(kind, value, role=None, doc_types=None, prefer=()):
        return _pick(facts, lambda f: f.get("kind") == kind and f.get("value") == value
                     and (role is None or f.get("role") == role)
                     and (doc_types is None or f.get("doc_type") in doc_types), prefer)

    def docs(*doc_types):
        return [_doc_origin(d) for d in documents if d.get("doc_type") in doc_types]

    def one(key, label, origins, shown=None, note=""):
        value = j.get(key)
        if value is None or value == [] or value == "":
            return Field(key, label, [], note)
        return Field(key, label, [Value(shown if shown is not None else str(value), origins)], note)

    def people(key, label, roles, prefer=()):
        values = [Value(name, _pick(facts, lambda f, n=name: f.get("kind") == "person"
                                    and f.get("value") == n and f.get("role") in roles, prefer))
                  for name in j.get(key) or []]
        return Field(key, label, values)

    def coded(key, label, kind, names, extra=None):
        values = []
        for code in j.get(key) or []:
            origins = _pick(facts, lambda f, c=code: f.get("kind") == kind
                            and f.get("value") == c and _counts(f, own_numbers))
            if extra and code in extra:
                origins = extra[code] + origins
            values.append(Value(names.get(code, code), origins))
        return Field(key, label, values)

    decision_docs = DECISIONS
    measure = j.get("measure")
    fields = [
        one("party", "当事人", of("party", j.get("party"), prefer=DECISIONS + ("filing_approval",))),
        one("cause", "案由", of("cause", j.get("cause"),
                              prefer=("filing_approval", "investigation_report"))),
        one("decision_number", "决定书文号",
            of("number", j.get("decision_number"), doc_types=decision_docs)
            or of("number", j.get("decision_number"))),
        one("agency", "执法机关", of("agency", j.get("agency"), prefer=DECISIONS)),
        one("measure", "措施",
            _pick(facts, lambda f: f.get("kind") == "number" and f.get("role") == "document_number"
                  and f.get("doc_type") in MEASURE_DOCS.get(measure or "", ()))
            or docs(*MEASURE_DOCS.get(measure or "", ())),
            shown=MEASURES.get(measure or "", measure or "")),
        one("measure_date", "措施日期",
            of("date", j.get("measure_date"), doc_types=MEASURE_DOCS.get(measure or "", ()))
            or docs(*MEASURE_DOCS.get(measure or "", ()))),
        Field("in_review_window", "在评查期内",
              [Value(yes_no(j.get("in_review_window")))],
              note=(f"措施日期不早于{window_start}" if window_start else "")),
        one("filing_date", "立案日期",
            of("date", j.get("filing_date"), doc_types=("filing_approval",))),
        one("decision_date", "决定日期", of("date", j.get("decision_date"), doc_types=decision_docs)),
        people("lead_handlers", "主要承办人", {"filing_handler", "inspector", "inquirer"},
               prefer=("filing_approval", "inspection_record", "inquiry_record")),
        people("filing_handlers", "立案承办人", {"filing_handler"}),
        people("inspectors", "检查人", {"inspector"}),
        people("inquirers", "询问人", {"inquirer"}),
        coded("case_types", "案件类型", "tag", TAGS,
              extra={"transfer_criminal": docs("transfer_notice"),
                     "transfer_detention": docs("transfer_notice")}),
        coded("new_equipment", "新装备", "equipment", EQUIPMENT_NAMES),
        coded("non_site_platforms", "非现场平台", "platform", PLATFORM_NAMES),
        one("fine_yuan", "罚款（元）",
            _pick(facts, lambda f: f.get("kind") == "amount" and f.get("role") == "fine"
                  and f.get("doc_type") == "penalty_decision"),
            shown=f"{j['fine_yuan']:,}" if isinstance(j.get("fine_yuan"), int) else None),
    ]
    if j.get("police_filed"):
        fields.append(one("police_filing_date", "公安立案日期",
                          of("date", j.get("police_filing_date"),
                             doc_types=("police_filing_notice",)) or docs("police_filing_notice")))
    return fields


def locate_all(evidence: list[dict], documents: list[dict], facts: list[dict]) -> list[Origin]:
    """Each piece of evidence placed (see locate_evidence), repeated places once."""
    out, seen = [], set()
    for e in evidence or []:
        origin = locate_evidence(e, documents, facts)
        key = (origin.source, origin.page, origin.text)
        if key not in seen:
            seen.add(key)
            out.append(origin)
    return out


def locate_evidence(evidence: dict, documents: list[dict], facts: list[dict]) -> Origin:
    """A piece of the machine's evidence ({doc_type, page, text}) placed on a source page: the
    stored fact it quotes when there is one (with its box), else the document of that type
    covering the page (the page view then looks for the text)."""
    doc_type, page = evidence.get("doc_type"), evidence.get("page")
    text = evidence.get("text") or ""
    for f in facts:
        if f.get("doc_type") == doc_type and f.get("page") == page and f.get("text") == text:
            return _origin(f)
    for f in facts:  # the quoted text inside a longer fact on that page
        if (f.get("doc_type") == doc_type and f.get("page") == page and text
                and text in (f.get("text") or "")):
            return Origin(doc_type, f.get("source"), page, text, None)
    candidates = [d for d in documents if d.get("doc_type") == doc_type
                  and _covers(d.get("pages"), page)]
    if not candidates:
        candidates = [d for d in documents if d.get("doc_type") == doc_type]
    source = candidates[0].get("source") if candidates else None
    if source is not None and page is None:
        page = (candidates[0].get("pages") or [1])[0]
    return Origin(doc_type, source, page, text, None)


def _covers(pages: Any, page: int | None) -> bool:
    if page is None or not pages or pages[0] is None:
        return False
    last = pages[1] if len(pages) > 1 and pages[1] is not None else pages[0]
    return pages[0] <= page <= last


def document_at(documents: list[dict], source: str, page: int) -> dict | None:
    """The document of a source file that covers the page."""
    for d in documents:
        if d.get("source") == source and _covers(d.get("pages"), page):
            return d
    return None


__all__ = ["Field", "Origin", "Value", "case_fields", "document_at", "locate_all",
           "locate_evidence"]
