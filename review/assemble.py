"""Documents and their facts → one case file (the case-json object), provenance kept.

How each field is derived is written down in docs/facts.md.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from extractors.facts import DocumentFacts
from extractors.lexicon import load_lexicon
from extractors.model import Fact
from extractors.pipeline import ExtractedCase

from .config import Settings, load_settings

CASE_TYPES = ["hazardous_waste", "third_party_fraud", "new_chemical", "new_pollutant",
              "nature_reserve", "equipment_dismantling", "soil", "groundwater", "ghg", "ods",
              "nuclear_radiation", "transfer_criminal", "transfer_detention"]
EQUIPMENT = ["fid_pid", "thermal_imager", "drone", "multi_gas_detector", "ir_gas_leak_imager",
             "unmanned_boat"]
PLATFORMS = ["discharge_permit", "auto_monitoring", "power_monitoring", "video_surveillance",
             "satellite_remote_sensing", "vehicle_inspection", "solid_waste_management",
             "water_fingerprint"]
DECISIONS = ("penalty_decision", "no_penalty_decision")
# Every dated step of a case, by the document that records it.
EVENTS = {"filing_approval": "立案", "inspection_record": "检查", "inquiry_record": "询问",
          "prior_notice": "告知", "legal_review": "法制审核", "collective_discussion": "集体讨论",
          "penalty_decision": "决定", "no_penalty_decision": "决定", "correction_order": "责令改正",
          "service_receipt": "送达", "seizure_decision": "查封扣押", "transfer_notice": "移送",
          "police_filing_notice": "公安立案", "closing_approval": "结案",
          "investigation_report": "调查终结"}


@dataclass
class CaseFile:
    """The case-json object plus the facts behind it (for reviewers and rules)."""
    case_file: str
    documents: list[DocumentFacts]
    errors: list[str]
    settings: Settings
    pages: int = 0
    json: dict = field(default_factory=dict)

    def facts(self, kind: str | None = None, role: str | None = None,
              doc_type: str | None = None) -> list[Fact]:
        return [f for d in self.documents for f in d.facts
                if (kind is None or f.kind == kind) and (role is None or f.role == role)
                and (doc_type is None or f.doc_type == doc_type)]

    def docs(self, *doc_types: str) -> list[DocumentFacts]:
        return [d for d in self.documents if d.document.doc_type in doc_types]

    def to_json(self) -> dict:
        return dict(self.json)


def _ordered(values) -> list:
    out: list = []
    for value in values:
        if value is not None and value not in out:
            out.append(value)
    return out


def _first(values):
    for value in values:
        if value:
            return value
    return None


def transfer_kind(doc: DocumentFacts) -> str | None:
    return doc.first("transfer_kind")


def assemble(extracted: ExtractedCase, settings: Settings | None = None) -> CaseFile:
    settings = settings or load_settings()
    case = CaseFile(case_file=extracted.path, documents=extracted.documents,
                    errors=extracted.errors, settings=settings, pages=extracted.pages)
    case.json = _case_json(case)
    return case


def _case_json(case: CaseFile) -> dict:
    decisions = case.docs("penalty_decision") or case.docs("no_penalty_decision")
    filings = case.docs("filing_approval")
    transfers = {kind: [d for d in case.docs("transfer_notice") if transfer_kind(d) == kind]
                 for kind in ("transfer_criminal", "transfer_detention")}
    seizures = case.docs("seizure_decision")

    party = _first([_first(d.values("party")) for d in decisions + filings]
                   + [_first(d.values("party")) for d in case.documents])
    cause = _first([_first(d.values("cause")) for d in filings + case.docs("investigation_report")]
                   + [_first(d.values("cause")) for d in case.documents])

    measure, measure_doc = None, None
    for name, docs in (("transfer_criminal", transfers["transfer_criminal"]),
                       ("transfer_detention", transfers["transfer_detention"]),
                       ("penalty", case.docs("penalty_decision")),
                       ("no_penalty", case.docs("no_penalty_decision")),
                       ("seizure", seizures)):
        if docs:
            measure, measure_doc = name, docs[0]
            break
    measure_date = measure_doc.document.date if measure_doc else None
    in_window = (dt.date.fromisoformat(measure_date) >= settings_start(case)
                 if measure_date else None)

    filing_handlers = _ordered(f.value for d in filings for f in d.facts
                               if f.kind == "person" and f.role == "filing_handler")
    inspectors = _ordered(f.value for f in case.facts("person", "inspector"))
    inquirers = _ordered(f.value for f in case.facts("person", "inquirer"))
    officers = set(inspectors) | set(inquirers)
    lead = [name for name in filing_handlers if name in officers]

    own_numbers = {d.document.number for d in case.documents if d.document.number}
    tags = _mentioned(case, "tag", own_numbers)
    if "third_party_fraud" in tags and not _service_institution(party):
        tags.discard("third_party_fraud")
    for kind, docs in transfers.items():
        if docs:
            tags.add(kind)
    fine = _first(d.first("amount", "fine") for d in case.docs("penalty_decision"))
    police = case.docs("police_filing_notice")

    return {
        "case_file": case.case_file,
        "documents": [{"doc_type": d.document.doc_type, "source": d.document.source.name,
                       "pages": [d.document.first_page, d.document.last_page],
                       "number": d.document.number, "date": d.document.date}
                      for d in case.documents],
        "party": party,
        "cause": cause,
        "decision_number": decisions[0].document.number if decisions else None,
        "filing_date": filings[0].document.date if filings else None,
        "decision_date": decisions[0].document.date if decisions else None,
        "measure": measure,
        "measure_date": measure_date,
        "in_review_window": in_window,
        "filing_handlers": filing_handlers,
        "inspectors": inspectors,
        "inquirers": inquirers,
        "lead_handlers": lead,
        "case_types": [t for t in CASE_TYPES if t in tags],
        "new_equipment": [e for e in EQUIPMENT if e in _mentioned(case, "equipment", own_numbers)],
        "non_site_platforms": [p for p in PLATFORMS
                               if p in _mentioned(case, "platform", own_numbers)],
        "fine_yuan": fine,
        "errors": list(case.errors),
        "agency": _first([_first(d.values("agency")) for d in decisions + filings + [
            d for d in case.documents if d.document.doc_type != "police_filing_notice"]]),
        "events": [{"event": EVENTS[d.document.doc_type], "date": d.document.date,
                    "doc_type": d.document.doc_type, "source": d.document.source.name,
                    "page": d.document.first_page}
                   for d in case.documents if d.document.doc_type in EVENTS and d.document.date],
        "police_filed": bool(police),
        "police_filing_date": police[0].document.date if police else None,
    }


def settings_start(case: CaseFile) -> dt.date:
    return case.settings.window_start


def _mentioned(case: CaseFile, kind: str, own_numbers: set[str]) -> set[str]:
    """Codes with at least one mention that counts: not a citation of another case."""
    found = set()
    for fact in case.facts(kind):
        if fact.role and fact.role.startswith("cited:") and fact.role[6:] not in own_numbers:
            continue
        found.add(fact.value)
    return found


def _service_institution(party: str | None) -> bool:
    words = load_lexicon().third_party_party
    return bool(party) and any(word in party for word in words)
