"""From a document's spaCy Doc to its facts, each with its page, text and box."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import cn2an
from spacy.tokens import Doc, Span

from .dates import parse_date
from .lexicon import Lexicon, load_lexicon
from .model import Document, Fact
from .nlp import build_pipeline, doc_text
from .normalize import HAN, normalize_name, normalize_number, normalize_party

HEADER_LINES = 6
_NAME_OK = re.compile(rf"^[{HAN}][{HAN}*＊×xX○]{{1,4}}$")
_NOT_NAMES = {"同意", "签名", "签字", "日期", "本人", "无", "同上", "年月日", "以上", "建议", "立案",
              "建议立案", "同意立案", "负责人", "承办人", "意见", "见附件", "印章", "盖章"}
_PARENS = re.compile(r"[（(][^）)]{0,40}[)）]")
_NAME_SPLIT = re.compile(r"[、，,/;；\s]+")
_STANDALONE_EXTRA = re.compile(r"[\s（）()印章盖章签名字年月日：:]*")
_OFFICER_HEADER = re.compile(r"^(?:(?:执法|检查|询问|调查)?人员?)?(?:姓名)?\s*(?:\|\s*)?执法证(?:件)?(?:号码?|编号)")
_OFFICER_ROW = re.compile(rf"^([{HAN}][{HAN}*＊×]{{1,3}})\s*(?:\|\s*)?(?:[（(]?执法证(?:件)?(?:号码?|编号)[:：]?\s*)?"
                          r"([A-Z]{0,3}\d{6,20}[*＊]{0,6})")
_LABEL_LIKE_NAME = re.compile(r"执法|证号|编号|人员|单位|姓名")
# What may follow a party's name in the same field: its code, representative, a note.
_PARTY_TAIL = re.compile(r"[，,；;]|[（(](?:统一社会信用代码|信用代码|法定代表人|负责人|经营者|身份证)")
# "处人民币15万元罚款": the amount before the word. "十万元以上": a bound of a range.
_FINE_AFTER = re.compile(r"^\s*(?:的)?罚款")
_RANGE_BOUND = re.compile(r"^\s*(?:以上|以下|至|到|-|—)")
_AGENCY = re.compile(rf"[{HAN}（）()]{{2,30}}(?:生态环境局|环境保护局|综合行政执法支队|执法支队|"
                     rf"执法大队|人民政府|公安局|分局)")
_CITATION_LINE = re.compile(r"根据|依据|依照|按照|参照|《")
_OWN_NUMBER_LABEL = re.compile(r"文号|编号|字号|第\d+页|共\d+页")
_FILING_NUMBER_LABEL = re.compile(r"立案号|立案编号|案号|文号|编号|第\d+页|共\d+页")

OFFICER_LABELS = ("inspector", "inquirer")
PERSON_ROLES_BY_DOC = {
    "filing_approval": {"filing_handler": "filing_handler"},
    "inspection_record": {"inspector": "inspector", "inquirer": "inspector", "recorder": "recorder"},
    "inquiry_record": {"inquirer": "inquirer", "inspector": "inquirer", "recorder": "recorder"},
    "collective_discussion": {"voter": "voter", "recorder": "recorder"},
    "legal_review": {"legal_reviewer": "legal_reviewer"},
    "investigation_report": {"filing_handler": "investigator", "inquirer": "investigator"},
    "other": {"case_reviewer": "case_reviewer"},
}
DATE_FIELD_BY_DOC = {
    "inspection_record": "inspection_time",
    "inquiry_record": "inquiry_time",
    "filing_approval": "filing_date",
    "service_receipt": "service_date",
    "collective_discussion": "inspection_time",
}
FIRST_DATE_DOCS = {"inspection_record", "inquiry_record", "collective_discussion"}
LATEST_DATE_DOCS = {"filing_approval", "closing_approval", "legal_review"}


@dataclass
class DocumentFacts:
    document: Document
    facts: list[Fact] = field(default_factory=list)

    def values(self, kind: str, role: str | None = None) -> list:
        return [f.value for f in self.facts if f.kind == kind and (role is None or f.role == role)]

    def first(self, kind: str, role: str | None = None):
        found = self.values(kind, role)
        return found[0] if found else None


class FactReader:
    """Turns one Document and its Doc into facts; knows where each character sits."""

    def __init__(self, document: Document, doc: Doc, index: int, lexicon: Lexicon) -> None:
        self.document = document
        self.doc = doc
        self.text = doc_text(doc)
        self.index = index
        self.lexicon = lexicon
        self.role_of_label = {label: role for role, labels in lexicon.labels.items()
                              for label in labels}
        self.line_starts = document.layout()[1]
        self.out = DocumentFacts(document)

    # -- provenance ---------------------------------------------------------------------------
    def fact(self, kind: str, value, role: str | None, start: int, end: int) -> Fact:
        i = max(0, bisect.bisect_right(self.line_starts, start) - 1)
        line = self.document.lines[i]
        box = line.box
        source = self.document.source
        if line.raw_index is not None and source.box_lookup is not None:
            a = start - self.line_starts[i]
            b = min(end - self.line_starts[i], len(line.raw_index))
            box = source.box_lookup(line.page, line.raw_index[a:b]) if b > a else None
        fact = Fact(kind=kind, value=value, role=role, doc_type=self.document.doc_type,
                    source=source.name, page=line.page, text=self.text[start:end], box=box,
                    doc_index=self.index)
        self.out.facts.append(fact)
        return fact

    def line_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.line_starts, char) - 1)

    # -- reading ------------------------------------------------------------------------------
    def read(self) -> DocumentFacts:
        self.fields = list(self.doc.spans["fields"])
        self._agency()
        self._number()
        self._date()
        self._party_and_cause()
        self._people()
        self._certs()
        self._amounts()
        self._mentions()
        self._clauses()
        self._served()
        self._transfer_kind()
        self._id_numbers()
        return self.out

    def fields_for(self, role: str) -> list[Span]:
        return [s for s in self.fields if self.role_of_label.get(s.label_) == role]

    def _agency(self) -> None:
        """The issuing agency: the header line above the title (重庆市巴南区生态环境局)."""
        for index, line in enumerate(self.document.lines[:3]):
            text = line.text.strip()
            if _AGENCY.fullmatch(text):
                start = self.line_starts[index]
                self.fact("agency", text, "issuer", start, start + len(text))
                return

    def _number(self) -> None:
        """The document's own 文号: a number standing on a header line of its own (after a
        文号/编号 label at most; 立案号 only on the filing form). Numbers quoted after other
        labels or in sentences are references to other documents."""
        doc_type = self.document.doc_type
        if doc_type == "service_receipt":
            return
        own_labels = _FILING_NUMBER_LABEL if doc_type == "filing_approval" else _OWN_NUMBER_LABEL
        for span in self.doc.spans["numbers"]:
            index = self.line_of(span.start_char)
            if index >= HEADER_LINES:
                break
            line = self.document.lines[index]
            start = span.start_char - self.line_starts[index]
            rest = line.text[:start] + line.text[start + len(span.text):]
            if " | " in line.text:  # a form row: only the number's cell and the label before it
                cells = line.text.split(" | ")
                at = line.text[:start].count(" | ")
                rest = (cells[at - 1] if at else "") + cells[at].replace(span.text, "", 1)
            rest = own_labels.sub("", rest)
            if len(re.sub(r"[\s:：|（）()]", "", rest)) > 2:
                continue
            self.fact("number", span._.value, "document_number", span.start_char, span.end_char)
            self.document.number = span._.value
            return

    def _date(self) -> None:
        doc_type = self.document.doc_type
        dates = list(self.doc.spans["dates"])
        if not dates:
            return
        chosen = None
        field_role = DATE_FIELD_BY_DOC.get(doc_type)
        if field_role:
            for span in self.fields_for(field_role):
                inside = [d for d in dates if span.start_char <= d.start_char < span.end_char]
                if inside:
                    chosen = inside[0]
                    break
        if chosen is None and doc_type == "police_filing_notice":
            filed = [d for d in dates if "立案" in self.text[d.end_char:d.end_char + 8]]
            chosen = filed[0] if filed else None  # "已于2025年4月11日立案": the filing date
        if chosen is None and doc_type in FIRST_DATE_DOCS:
            chosen = dates[0]
        if chosen is None and doc_type in LATEST_DATE_DOCS:
            chosen = max(dates, key=lambda d: d._.value)
        if chosen is None:
            chosen = self._signature_date(dates)
        self.fact("date", chosen._.value, "document_date", chosen.start_char, chosen.end_char)
        self.document.date = chosen._.value

    def _signature_date(self, dates: list[Span]) -> Span:
        """The 落款 date: the last date standing on a line of its own, else the last date."""
        for span in reversed(dates):
            line = self.document.lines[self.line_of(span.start_char)].text
            rest = line.replace(span.text, "", 1)
            if len(_STANDALONE_EXTRA.sub("", rest)) <= 2:
                return span
        return dates[-1]

    def _party_and_cause(self) -> None:
        for span in self.fields_for("party")[:1]:
            value = _PARTY_TAIL.split(_cut_value(span._.value))[0]
            value = re.sub(r"[（(][^）)]*$", "", value)  # a note cut off by the split
            value = value.split("。")[0][:60]  # a line that never breaks is not a name
            party = normalize_party(value)
            if party and len(party) >= 2:
                self.fact("party", party, "party", span.start_char, span.end_char)
        for span in self.fields_for("cause")[:1]:
            cause = _cut_value(span._.value)
            if cause:
                self.fact("cause", cause, "cause", span.start_char, span.end_char)
        labelled = self.fields_for("credit_code")
        for span in self.doc.spans["codes"]:
            if any(f.start_char <= span.start_char < f.end_char for f in labelled):
                self.fact("credit_code", span.text, "credit_code", span.start_char, span.end_char)

    def _people(self) -> None:
        mapping = PERSON_ROLES_BY_DOC.get(self.document.doc_type, {})
        for span in self.fields:
            label_role = self.role_of_label.get(span.label_)
            role = mapping.get(label_role)
            if role is None:
                continue
            for name in parse_names(span._.value, self.lexicon):
                self.fact("person", name, role, span.start_char, span.end_char)
        if self.document.doc_type in ("inspection_record", "inquiry_record"):
            self._officer_rows(mapping)

    def _officer_rows(self, mapping: dict[str, str]) -> None:
        """Officers listed one per line under their label or a table header:

            检查人员：孙晓磊 执法证号：50011220035        执法人员姓名 执法证号 所在单位
            何东 执法证号：50011220041                  周建平 50038120012 …支队
        """
        role = mapping.get("inspector")
        listing = False
        for index, line in enumerate(self.document.lines):
            text = line.text
            if _OFFICER_HEADER.match(text) or any(
                    text.startswith(label) for label in self._officer_labels()):
                listing = True
                continue
            row = _OFFICER_ROW.match(text) if listing else None
            if row is None or row.group(1) in self.role_of_label or _LABEL_LIKE_NAME.search(row.group(1)):
                listing = False
                continue
            start = self.line_starts[index]
            self.fact("person", normalize_name(row.group(1)), role, start, start + len(text))
            cert = row.group(2)
            at = start + row.start(2)
            self.fact("cert_no", cert, "officer_cert", at, at + len(cert))

    def _officer_labels(self) -> list[str]:
        return [label for role in OFFICER_LABELS for label in self.lexicon.labels[role]]

    def _certs(self) -> None:
        if self.document.doc_type not in ("inspection_record", "inquiry_record"):
            return
        people = [s for s in self.fields
                  if self.role_of_label.get(s.label_) in (*OFFICER_LABELS, "cert_no")]
        for span in self.doc.spans["certs"]:
            if any(p.start_char <= span.start_char < p.end_char + 80 for p in people):
                self.fact("cert_no", span.text, "officer_cert", span.start_char, span.end_char)

    def _amounts(self) -> None:
        doc_type = self.document.doc_type
        if doc_type not in ("penalty_decision", "prior_notice"):
            return
        text = self.text
        decided_from = 0
        if doc_type == "penalty_decision":
            marker = re.search(r"(?:作出|决定|给予)如下|处罚(?:如下|决定)[:：]|决定[:：]", text)
            decided_from = marker.start() if marker else 0
        candidates = []
        for span in self.doc.spans["amounts"]:
            before = text[max(0, span.start_char - 16):span.start_char]
            after = text[span.end_char:span.end_char + 6]
            if "罚款" not in before and not _FINE_AFTER.match(after):
                continue
            if _RANGE_BOUND.match(after) or _RANGE_BOUND.match(text[span.end_char:span.end_char + 1]):
                continue  # "处十万元以上一百万元以下的罚款": a bound of the law's range
            proposed = "拟" in before
            combined = "合并" in before[-8:]
            candidates.append((span, proposed, combined))
        role = "fine" if doc_type == "penalty_decision" else "proposed_fine"
        chosen = None
        if doc_type == "penalty_decision":
            final = [s for s, proposed, _ in candidates if not proposed]
            after = [s for s in final if s.start_char >= decided_from]
            combined = [s for s, proposed, c in candidates if c and not proposed]
            chosen = (combined or after or final or [None])[0]
            for other in after:  # several fines in one decision: thresholds use the largest
                if other is not chosen:
                    self.fact("amount", other._.value, "fine_candidate", other.start_char,
                              other.end_char)
        elif candidates:
            chosen = candidates[0][0]
        if chosen is not None:
            self.fact("amount", chosen._.value, role, chosen.start_char, chosen.end_char)

    def _mentions(self) -> None:
        for span in self.doc.spans["terms"]:
            if span._.negated or span._.neutral or span._.cited:
                continue
            kind, _, code = span.label_.partition(":")
            if kind == "platform" and not span._.lead_context:
                continue
            fact = self.fact(kind, code, "mention", span.start_char, span.end_char)
            if span._.cited_number:
                fact.role = f"cited:{span._.cited_number}"


    def _clauses(self) -> None:
        text = self.text
        for name, pattern in self.lexicon.clauses_for(self.document.doc_type,
                                                      self.document.subtype):
            for match in pattern.finditer(text):
                if _in_quotation(text, match.start()):
                    continue  # a law quoted in “…” states what the law says, not this case
                self.fact("clause", clause_value(match), name, match.start(), match.end())


    def _served(self) -> None:
        """What a 送达回证 served: the document's kind (by the title it names) and numbers."""
        if self.document.doc_type != "service_receipt":
            return
        numbers = [s for s in self.doc.spans["numbers"]]
        kind, where = None, None
        for line_index, line in enumerate(self.document.lines):
            body = line.text.replace("送达回证", "")
            for name, pattern in self.lexicon.subtypes + self.lexicon.titles:
                if name in ("other", "cover", "catalogue", "service_receipt"):
                    continue
                match = pattern.search(body)
                if match:
                    kind, where = name, self.line_starts[line_index]
                    break
            if kind:
                break
        if kind is None and not numbers:
            return
        start = where if where is not None else numbers[0].start_char
        self.fact("served_document", {"kind": kind, "numbers": [n._.value for n in numbers]},
                  "served", start, start + 1)

    def _transfer_kind(self) -> None:
        """A 移送书 transfers for administrative detention or as a suspected crime."""
        if self.document.doc_type != "transfer_notice":
            return
        text = self.document.title + "\n" + self.text
        for kind, pattern in (("transfer_detention", _DETENTION), ("transfer_criminal", _CRIMINAL)):
            match = pattern.search(text)
            if match:
                offset = max(0, match.start() - len(self.document.title) - 1)
                self.fact("transfer_kind", kind, "transfer", offset, offset + len(match.group(0)))
                return

    def _id_numbers(self) -> None:
        """A party's 身份证 number says the party is a citizen (hearing thresholds differ)."""
        for span in self.fields_for("id_number"):
            match = _CITIZEN_ID.search(span._.value)
            if match:
                self.fact("id_number", match.group(0), "party_id", span.start_char, span.end_char)


_DETENTION = re.compile(r"行政拘留")
_CRIMINAL = re.compile(r"涉嫌[^，。\n]{0,12}犯罪|刑事")
_CITIZEN_ID = re.compile(r"\d{6}[\d*＊]{8,11}[\dXx*＊]")


def _in_quotation(text: str, position: int) -> bool:
    opened = text.rfind("“", 0, position)
    return opened >= 0 and text.rfind("”", 0, position) < opened


def clause_value(match: re.Match[str]):
    """A clause's number of days/months ({"n": 60, "unit": "日"}), its dates, or its text."""
    groups = {k: v for k, v in match.groupdict().items() if v}
    number = groups.get("n") or groups.get("n2")
    if number:
        value = int(number) if number.isdigit() else _cn_int(number)
        unit = groups.get("unit") or groups.get("unit2")
        return {"n": value, "unit": unit} if unit else value
    if "date" in groups:
        first, second = parse_date(groups["date"]), parse_date(groups.get("date2", ""))
        return [d.isoformat() if d else None for d in (first, second)]
    return match.group(0)


def _cn_int(text: str) -> int | None:
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


_SUB_LABEL = re.compile(r"(?:单位)?名称|姓名|名称[或/]姓名|单位")


def _cut_value(value: str) -> str:
    """A field's value up to the first gap that starts another field or a note."""
    cells = value.split(" | ")
    while len(cells) > 1 and _SUB_LABEL.fullmatch(cells[0].strip()):
        cells = cells[1:]  # 当事人 | 名称 | 重庆…有限公司
    value = cells[0]
    value = re.split(r"\s{2,}|\s(?=[\u4e00-\u9fff]{2,8}[:：])", value)[0]
    return value.strip(" ：:，,。；;")


def parse_names(value: str, lexicon: Lexicon | None = None) -> list[str]:
    """Names in a field such as `李明（执法证号：…）、王  华 / 张*军`: padding and notes removed."""
    lexicon = lexicon or load_lexicon()
    text = _PARENS.sub("、", value or "")
    cut = len(text)
    for word in lexicon.name_stoppers:
        i = text.find(word)
        if 0 <= i < cut:
            cut = i
    text = text[:cut]
    text = re.split(r"[\d。]|\s\|\s|[\u4e00-\u9fff]{2,6}[:：]", text)[0]
    names: list[str] = []
    for part in _NAME_SPLIT.split(text):
        name = normalize_name(part)
        if name and _NAME_OK.match(name) and name not in _NOT_NAMES and name not in names:
            names.append(name)
    return names


def read_facts(documents: list[Document], lexicon: Lexicon | None = None) -> list[DocumentFacts]:
    """Run the pipeline over every document (one spaCy Doc each) and read their facts."""
    lexicon = lexicon or load_lexicon()
    nlp = build_pipeline()
    texts = (document.text for document in documents)
    out = []
    for i, (document, doc) in enumerate(zip(documents, nlp.pipe(texts, batch_size=16))):
        try:
            out.append(FactReader(document, doc, i, lexicon).read())
        except Exception as exc:  # one odd document must not cost the case its other facts
            document.source.error(f"第{document.first_page}页起的{document.title or '文书'}"
                                  f"无法抽取事实（{type(exc).__name__}: {exc}）")
            out.append(DocumentFacts(document))
    return out


def read_one(document: Document, index: int, lexicon: Lexicon | None = None) -> DocumentFacts:
    return FactReader(document, build_pipeline()(document.text), index,
                      lexicon or load_lexicon()).read()
