"""The spaCy pipeline: a blank `zh` (character segmenter, nothing downloaded) plus our components.

- `entity_ruler` (spaCy's own): field labels (当事人, 检查人, 执法证号 …) as FIELD entities.
- `case_patterns`: dates, document numbers, amounts, certificate numbers, credit codes and the
  lexicon's terms (tags, equipment, platforms) as span groups, each span carrying its value.
- `mention_context`: marks term mentions that are negated, neutral or inside a citation.
- `field_values`: the value span after each label (up to the line's end or the next label).
Components are registered by name and configured from `lexicon.yaml`, as spaCy pipelines are.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .amounts import AMOUNT_RE, amount_from_match
from .dates import DATE_RE, date_from_match
from .lexicon import Lexicon, load_lexicon

for _attr in ("value", "negated", "neutral", "cited", "cited_number", "lead_context"):
    if not Span.has_extension(_attr):
        Span.set_extension(_attr, default=None)

NUMBER_RE = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff（）()A-Za-z]{1,14}?)\s*[〔\[［(（【]\s*(?P<year>(?:19|20)\d\d)\s*"
    r"[〕\]］)）】]\s*第?\s*(?P<serial>\d{1,6})\s*号")
_LEAD_IN = re.compile(r".*(?:根据|依据|按照|参照|依照|本局|我局|经|于|作出|送达|下达|及|和|与|以|的|"
                      r"文号|编号|字号|立案号|案号|告知书|决定书|通知书|回证|书)")
# Certificate numbers, masked ones too (500114200**): a masked number still shows one was given.
CERT_RE = re.compile(r"(?<![\dA-Za-z])(?:[A-Z]{1,3})?\d{6,20}[*＊]{0,6}(?![\dA-Za-z*＊])")
CREDIT_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")
FIELD_SEP = re.compile(r"\s*(?:[:：]|\s\|\s)\s*")
CELL_SEP = re.compile(r"[ \t]+(?=\S)")
_SPACE = re.compile(r"\s")
# A value that ends like a whole name, cause or number has not wrapped into the next row.
_COMPLETE = re.compile(r"(?:公司|厂|店|部|社|中心|院|所|局|站|场|行|馆|队|会|案|号|\d|[)）])$")
_CELL_TAIL = re.compile(r"([\u4e00-\u9fff（）()]{1,4})(?:[ \t]|\n|$)")
# The first cell of a form row is a label: it ends like one.
_LABEL_LIKE = re.compile(r"(?:意见|人员?|机构|机关|单位|时间|地点|日期|名称|情况|事项|号码?|电话|地址|签名|审批|来源|"
                         r"案由|简介|理由|备注)$")
CLAUSE_BREAK = "，。；！？,;：:"
SENTENCE_BREAK = "。！？；"
CLAUSE_WINDOW = 40
SENTENCE_WINDOW = 120
_CITE_AFTER = re.compile(r"^[^，。；\n]{0,30}?案")
# "…〔2024〕56号案（某医院未按规定贮存危险废物…案）": the term describes the cited case.
_CITE_PAREN = re.compile(r"^[^，。；]{0,4}[（(][^）)]*$")
# Equipment named and then not used: "FID检测仪因电池故障，本次检查未能使用".
_NOT_USED = re.compile(r"未能使用|未使用|没有使用|无法使用|未启用|未能启用")
_NEUTRAL_LAW = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:污染控制标准|标准|名录|管理办法|防治法|条例|规定)")


def doc_text(doc: Doc) -> str:
    """doc.text joins every token anew on each call: keep it once per Doc."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


@Language.factory("case_patterns")
def make_case_patterns(nlp: Language, name: str) -> "CasePatterns":
    return CasePatterns(load_lexicon())


class CasePatterns:
    def __init__(self, lexicon: Lexicon) -> None:
        self.terms = [(f"tag:{k}", p) for k, p in lexicon.tags.items()]
        self.terms += [(f"equipment:{k}", p) for k, p in lexicon.equipment.items()]
        self.terms += [(f"platform:{k}", p) for k, p in lexicon.platforms.items()]

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc.spans["dates"] = self._spans(doc, text, DATE_RE, "DATE", date_from_match, iso=True)
        doc.spans["amounts"] = self._spans(doc, text, AMOUNT_RE, "MONEY", amount_from_match)
        doc.spans["numbers"] = self._numbers(doc, text)
        doc.spans["certs"] = self._spans(doc, text, CERT_RE, "CERT", lambda m: m.group(0))
        doc.spans["codes"] = self._spans(doc, text, CREDIT_RE, "CREDIT_CODE", lambda m: m.group(0))
        terms: list[Span] = []
        for label, pattern in self.terms:
            terms.extend(self._spans(doc, text, pattern, label, lambda m: m.group(0)))
        doc.spans["terms"] = terms
        return doc

    @staticmethod
    def _spans(doc: Doc, text: str, pattern: re.Pattern[str], label: str, value,
               iso: bool = False):
        spans = []
        for match in pattern.finditer(text):
            parsed = value(match)
            if parsed is None:
                continue
            span = _span(doc, match.start(), match.end(), label)
            if span is not None:
                span._.value = parsed.isoformat() if iso else parsed
                spans.append(span)
        return spans

    @staticmethod
    def _numbers(doc: Doc, text: str) -> list[Span]:
        from .normalize import normalize_number
        spans = []
        for match in NUMBER_RE.finditer(text):
            prefix = match.group("prefix")
            lead = _LEAD_IN.match(prefix)
            start = match.start() + (lead.end() if lead else 0)
            if start >= match.start("year") - 1:
                continue
            year = match.start("year")
            while start < year and text[start] in "（(" and _unbalanced(text[start:year]):
                start += 1
            raw = text[start:match.end()]
            span = _span(doc, start, match.end(), "DOC_NUMBER")
            if span is not None:
                span._.value = normalize_number(raw)
                spans.append(span)
        return spans


@Language.factory("mention_context")
def make_mention_context(nlp: Language, name: str) -> "MentionContext":
    return MentionContext(load_lexicon())


class MentionContext:
    """Why a term mention may not count: negated, neutral, or part of a citation."""

    def __init__(self, lexicon: Lexicon) -> None:
        words = "|".join(re.escape(w) for w in lexicon.negations)
        self.negation = re.compile(
            rf"(?:{words})(?:使用|采用|运用|利用|发现|检出|涉及|产生|属于|存在|见)?"
            rf"(?:该|此|本|任何|相关|有关|其他|明显(?:的)?)?$")
        # "未发现废电路板、含铅玻璃等危险废物": a negated list ending in 等 before the term.
        self.negated_list = re.compile(r"(?:未发现|未见|没有|不存在|无)[^，。；]{0,30}等$")
        self.neutral = re.compile("^(?:" + "|".join(lexicon.neutral_after) + ")")
        self.context = lexicon.platform_context

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        numbers = list(doc.spans["numbers"])
        for span in doc.spans["terms"]:
            start, end = span.start_char, span.end_char
            # PDF lines wrap anywhere in prose ("该废物不\n属于危险废物"): a line break does not
            # end a clause, punctuation does (within a window).
            clause_start = max(start - CLAUSE_WINDOW,
                               max(text.rfind(ch, 0, start) for ch in CLAUSE_BREAK) + 1)
            clause_end = min([i for i in (text.find(ch, end) for ch in CLAUSE_BREAK) if i >= 0]
                             + [len(text), end + CLAUSE_WINDOW])
            before = text[clause_start:start].replace("\n", "")
            after = text[end:clause_end].replace("\n", "")
            span._.negated = bool(self.negation.search(before) or self.negated_list.search(before)
                                  or (span.label_.startswith("equipment:")
                                      and _NOT_USED.search(text[end:end + SENTENCE_WINDOW]
                                                           .split("。")[0])))
            span._.neutral = bool(self.neutral.match(after)) or bool(_NEUTRAL_LAW.match(after))
            span._.cited = _in_book_title(text, start)
            cited = [n for n in numbers if clause_start <= n.start_char < start]
            if cited and (_CITE_AFTER.match(after)
                          or _CITE_PAREN.search(text[cited[-1].end_char:start])):
                span._.cited_number = cited[-1]._.value
            sent_start = max(start - SENTENCE_WINDOW,
                             max(text.rfind(ch, 0, start) for ch in SENTENCE_BREAK) + 1)
            sent_end = min([i for i in (text.find(ch, end) for ch in SENTENCE_BREAK) if i >= 0]
                           + [len(text), end + SENTENCE_WINDOW])
            sentence = text[sent_start:sent_end]
            span._.lead_context = any(word in sentence for word in self.context)
        return doc


def _in_book_title(text: str, position: int) -> bool:
    opened = text.rfind("《", 0, position)
    if opened < 0:
        return False
    closed = text.rfind("》", 0, position)
    return closed < opened and text.find("》", position) >= 0


def _unbalanced(prefix: str) -> bool:
    return prefix.count("（") + prefix.count("(") > prefix.count("）") + prefix.count(")")


def _inside_parens(text: str, start: int, position: int) -> bool:
    """A label inside a note in brackets (李明（执法证号：…）) does not end the value."""
    before = text[start:position]
    return (before.count("（") + before.count("(")) > (before.count("）") + before.count(")"))


@Language.factory("field_values")
def make_field_values(nlp: Language, name: str) -> "FieldValues":
    return FieldValues()


class FieldValues:
    """The value after each FIELD label: to the end of its line, or to the next label."""

    def __init__(self) -> None:
        self.labels = {label for labels in load_lexicon().labels.values() for label in labels}

    def _wrapped_cell(self, text: str, start: int, end: int) -> str | None:
        """A form cell too narrow for its value wraps it: "当事人 重庆某某有限\n公司 承办机构 …"."""
        value = text[start:end].strip()
        if _COMPLETE.search(value):
            return None
        following = _CELL_TAIL.match(text, end + 1) if end < len(text) else None
        if following and following.group(1) not in self.labels \
                and not _LABEL_LIKE.search(following.group(1)):
            return value + following.group(1)
        return None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        labels = [e for e in doc.ents if e.label_ == "FIELD"]
        values: list[Span] = []
        for i, ent in enumerate(labels):
            sep = FIELD_SEP.match(text, ent.end_char)
            cell = False
            if not sep and (ent.start_char == 0 or text[ent.start_char - 1] == "\n"):
                sep = CELL_SEP.match(text, ent.end_char)  # a form cell: "案由 涉嫌…案"
                cell = True
            if not sep:
                continue
            start = sep.end()
            line_end = text.find("\n", start)
            end = len(text) if line_end < 0 else line_end
            value_text = None
            if cell:  # cells of a form row read as one line: the value is the next cell only
                gap = _SPACE.search(text, start, end)
                if gap:
                    end = gap.start()
                else:
                    value_text = self._wrapped_cell(text, start, end)
            for nxt in labels[i + 1:]:
                if nxt.start_char >= end:
                    break
                if (nxt.start_char >= start and FIELD_SEP.match(text, nxt.end_char)
                        and not _inside_parens(text, start, nxt.start_char)):
                    end = nxt.start_char
                    break
            while end > start and text[end - 1] in " |，,；;":
                end -= 1
            span = _span(doc, ent.start_char, end, ent.ent_id_ or ent.text) if end > start else None
            if span is not None:
                span._.value = value_text or text[start:end].strip()
                values.append(span)
        doc.spans["fields"] = values
        return doc


@lru_cache(maxsize=1)
def build_pipeline() -> Language:
    lexicon = load_lexicon()
    nlp = spacy.blank("zh")
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    patterns = []
    for labels in lexicon.labels.values():
        for label in labels:
            patterns.append({"label": "FIELD", "pattern": label, "id": label})
    ruler.add_patterns(patterns)
    nlp.add_pipe("case_patterns")
    nlp.add_pipe("mention_context")
    nlp.add_pipe("field_values")
    return nlp
