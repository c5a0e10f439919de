"""The expected case-json object of a CaseSpec, computed from the ground truth (DocSpec
facts + the file plan), following docs/facts.md.  Never from an extractor."""
from __future__ import annotations

from .model import CaseSpec, DocSpec
from .documents import NUMBERED_TYPES
from .writers import layout_case

CASE_JSON_FIELDS = [
    "case_file", "documents", "party", "cause", "decision_number", "filing_date", "decision_date",
    "measure", "measure_date", "in_review_window", "filing_handlers", "inspectors", "inquirers",
    "lead_handlers", "case_types", "new_equipment", "non_site_platforms", "fine_yuan", "errors",
]
DOC_FIELDS = ["doc_type", "source", "pages", "number", "date"]

TAGS = ["hazardous_waste", "third_party_fraud", "new_chemical", "new_pollutant", "nature_reserve",
        "equipment_dismantling", "soil", "groundwater", "ghg", "ods", "nuclear_radiation",
        "transfer_criminal", "transfer_detention"]
EQUIPMENT = ["fid_pid", "thermal_imager", "drone", "multi_gas_detector", "ir_gas_leak_imager", "unmanned_boat"]
PLATFORMS = ["discharge_permit", "auto_monitoring", "power_monitoring", "video_surveillance",
             "satellite_remote_sensing", "vehicle_inspection", "solid_waste_management", "water_fingerprint"]
DOC_TYPES = ["filing_approval", "inspection_record", "inquiry_record", "investigation_report", "prior_notice",
             "legal_review", "collective_discussion", "penalty_decision", "no_penalty_decision", "correction_order",
             "seizure_decision", "transfer_notice", "police_filing_notice", "service_receipt", "closing_approval", "other"]
WINDOW_START = "2024-11-01"


def _iso(d):
    return d.isoformat() if d else None


def _uniq(names):
    out = []
    for n in names:
        if n not in out:
            out.append(n)
    return out


def _first(docs: list[DocSpec], *types: str) -> DocSpec | None:
    for t in types:
        for d in docs:
            if d.doc_type == t:
                return d
    return None


def expected_json(spec: CaseSpec, case_file: str, fmt: str | None = None) -> dict:
    lay = layout_case(spec, fmt)
    documents = []
    for pl in lay.placements:
        d = pl.doc
        other = d.doc_type == "other"
        documents.append({
            "doc_type": d.doc_type,
            "source": pl.source,
            "pages": [pl.first, pl.last],
            "number": d.number.canonical if (d.number and not other and d.doc_type in NUMBERED_TYPES) else None,
            "date": None if other else _iso(d.date),
        })
    docs = [pl.doc for pl in lay.placements]

    decision = _first(docs, "penalty_decision", "no_penalty_decision")
    filing = _first(docs, "filing_approval")
    src = decision or filing or next((d for d in docs if d.doc_type != "other"), None)
    party = src.fields.get("party", spec.party.name) if src is not None else None
    cause = None
    if filing is not None:
        cause = filing.fields.get("cause", spec.cause)
    else:
        rep = _first(docs, "investigation_report")
        if rep is not None:
            cause = rep.fields.get("cause", spec.cause)

    transfers = [d for d in docs if d.doc_type == "transfer_notice"]
    kinds = {d.fields["transfer_kind"] for d in transfers}
    penalty = _first(docs, "penalty_decision")
    no_pen = _first(docs, "no_penalty_decision")
    seizure = _first(docs, "seizure_decision")
    measure = measure_doc = None
    if "criminal" in kinds:
        measure, measure_doc = "transfer_criminal", next(d for d in transfers if d.fields["transfer_kind"] == "criminal")
    elif "detention" in kinds:
        measure, measure_doc = "transfer_detention", next(d for d in transfers if d.fields["transfer_kind"] == "detention")
    elif penalty is not None:
        measure, measure_doc = "penalty", penalty
    elif no_pen is not None:
        measure, measure_doc = "no_penalty", no_pen
    elif seizure is not None:
        measure, measure_doc = "seizure", seizure
    measure_date = _iso(measure_doc.date) if measure_doc is not None and measure_doc.date else None

    handlers = [o.name for o in filing.fields["handlers"]] if filing is not None else []
    inspectors = _uniq(o.name for d in docs if d.doc_type == "inspection_record" for o in d.fields["inspectors"])
    inquirers = _uniq(o.name for d in docs if d.doc_type == "inquiry_record" for o in d.fields["inquirers"])
    lead = [h for h in _uniq(handlers) if h in inspectors or h in inquirers]

    tags = set(spec.tags)
    if "criminal" in kinds:
        tags.add("transfer_criminal")
    if "detention" in kinds:
        tags.add("transfer_detention")

    out = {
        "case_file": case_file,
        "documents": documents,
        "party": party,
        "cause": cause,
        "decision_number": decision.number.canonical if decision is not None and decision.number else None,
        "filing_date": _iso(filing.date) if filing is not None else None,
        "decision_date": _iso(decision.date) if decision is not None else None,
        "measure": measure,
        "measure_date": measure_date,
        "in_review_window": (measure_date >= WINDOW_START) if measure_date else None,
        "filing_handlers": _uniq(handlers),
        "inspectors": inspectors,
        "inquirers": inquirers,
        "lead_handlers": lead,
        "case_types": [t for t in TAGS if t in tags],
        "new_equipment": [e for e in EQUIPMENT if e in spec.equipment],
        "non_site_platforms": [p for p in PLATFORMS if p in spec.platforms],
        "fine_yuan": penalty.fields.get("fine") if penalty is not None else None,
        "errors": list(lay.errors),
    }
    assert list(out) == CASE_JSON_FIELDS
    return out
