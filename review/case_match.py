"""Same-case recognition: which case file does a roster's (or a document's) case name mean?

A case may be named by its decision number, its filing number (or any document's number), its
party + 案由, or the case file's folder/file name, with bracket variants, stray spaces,
full-width digits and typos. The approach:

1. Normalise (extractors.normalize): half-width, 〔〕 around the year, no spaces.
2. Numbers: the year and the serial must be equal as numbers (〔2025〕12号 is never 〔2025〕21号),
   and so must the document-type letters after 环 (环罚 ≠ 环立 ≠ 环罚告). Only the region part
   (渝（巴南）, 巴南) is compared fuzzily, to forgive a missing 渝 or a typo.
3. Party + 案由: rapidfuzz after normalisation, the party and the cause scored separately (two
   cases of one party in one year differ only in the cause), digits must agree.
4. File names: exact stem, else fuzzy with equal digits.
5. Never a guess: a name that fits two cases within `margin` of each other is `ambiguous`, and
   one that fits nothing above the thresholds is `not_found`; both come with the closest
   candidates. The thresholds are data (review/data/matching.yaml), measured as written there.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any, Iterable, Mapping

import yaml
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractors.normalize import normalize_number, normalize_party, to_halfwidth

MATCHING_YAML = Path(__file__).with_name("data") / "matching.yaml"


@lru_cache(maxsize=4)
def _load_thresholds(path: str) -> dict:
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def thresholds(overrides: Mapping[str, Any] | None = None) -> dict:
    data = dict(_load_thresholds(str(MATCHING_YAML)).get("thresholds", {}))
    if overrides:
        data.update(overrides)
    return data


# ------------------------------------------------------------------------------------------
# Normalisation

_PUNCT = re.compile(r"[\s\u3000.,，。;；:：、!！?？\"'“”‘’《》<>＜＞()（）\[\]［］【】〔〕{}「」\-—_－~～/\\|·•*＊#＃]+")
_CAUSE_TRIM_HEAD = re.compile(r"^(?:涉嫌|关于|因)")
_CAUSE_TRIM_TAIL = re.compile(r"(?:一案|案件|案|的行为|行为|违法行为)+$")
_FILE_EXT = re.compile(r"\.(?:pdf|docx?|zip|rar|7z|ofd|jpe?g|png|tiff?)$", re.I)
_YEAR = r"(?:19|20)\d\d"


def norm_text(text: str | None) -> str:
    """Fold width, drop spaces and punctuation, lower-case: for fuzzy comparison only."""
    if not text:
        return ""
    s = to_halfwidth(str(text))
    s = _PUNCT.sub("", s)
    return s.lower()


def norm_party(text: str | None) -> str:
    return norm_text(normalize_party(text) if text else "")


def norm_cause(text: str | None) -> str:
    s = norm_text(text)
    s = _CAUSE_TRIM_HEAD.sub("", s)
    s = _CAUSE_TRIM_TAIL.sub("", s)
    return s


def digits_of(text: str) -> tuple[int, ...]:
    return tuple(int(d) for d in re.findall(r"\d+", to_halfwidth(text or "")))


def file_stem(path: str | None) -> str:
    """Last path component without extension, for names like samples/cases/case-03.zip."""
    if not path:
        return ""
    p = str(path).rstrip("/\\")
    name = PureWindowsPath(p).name if "\\" in p else PurePosixPath(p).name
    return _FILE_EXT.sub("", name)


# Characters and words whose insertion or deletion is a slip, not a different name.
_FILLERS = ("有限责任", "责任", "股份", "有限", "依法", "按照", "的", "之", "了", "和", "及", "与",
            "等", "照", "市", "区", "县", "省", "案", "一", "件", "行为", "公司")


def _is_filler(text: str) -> bool:
    """Whether `text` is made only of filler words."""
    if not text:
        return True
    for f in sorted(_FILLERS, key=len, reverse=True):
        if text.startswith(f) and _is_filler(text[len(f):]):
            return True
    return False


def typo_shaped(a: str, b: str, max_subs: int | None = None) -> bool:
    """Whether `b` differs from `a` only as a slip of the pen: isolated one-character
    substitutions (鑫源/鑫缘, 检测/检侧; at most one per 12 characters, at least one allowed),
    plus insertions or deletions of filler words (的, 按照, 有限责任…).

    A replaced or inserted *word* (贮存/申报, 大气/水, 化工/化工材料) is not a slip. Note that a
    one-character substitution can also be a different name (鑫源/鑫达): callers ask for a
    second piece of evidence before trusting a fuzzy match of a name.
    """
    if a == b:
        return True
    if not a or not b:
        return False
    ops = Levenshtein.editops(a, b)
    blocks: list[list] = []
    for op in ops:
        if blocks:
            last = blocks[-1][-1]
            if op.src_pos - last.src_pos <= 1 and op.dest_pos - last.dest_pos <= 1:
                blocks[-1].append(op)
                continue
        blocks.append([op])
    if max_subs is None:
        max_subs = 1 + min(len(a), len(b)) // 12
    subs = 0
    for block in blocks:
        tags = {op.tag for op in block}
        if tags == {"replace"} and len(block) == 1:
            subs += 1
            continue
        if "replace" in tags:
            return False
        removed = "".join(a[op.src_pos] for op in block if op.tag == "delete")
        added = "".join(b[op.dest_pos] for op in block if op.tag == "insert")
        if not (_is_filler(removed) and _is_filler(added)):
            return False
    return subs <= max_subs


_PLACE_HEAD = re.compile(r"^(?:中国|重庆市|重庆|四川省|[\u4e00-\u9fff]{2,3}?(?:省|市|自治县|区|县)(?=.{2,}))+")
_ORG_TAIL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|分公司|公司|集团|总厂|厂|店|经营部|合作社|商行|工作室)+$")
_ORG_HEAD = re.compile(r"^(?:股份有限公司|有限责任公司|有限公司|集团公司|公司|集团|厂|店|经营部|合作社|商行)+")


def party_core(party: str) -> str:
    """The distinctive part of a normalised party name: 重庆市巴南区鑫源化工有限公司 → 鑫源化工."""
    core = _PLACE_HEAD.sub("", party)
    core = _ORG_TAIL.sub("", core)
    return core if len(core) >= 2 else party


# ------------------------------------------------------------------------------------------
# Numbers


@dataclass(frozen=True)
class NumberKey:
    text: str               # the number as normalised (normalize_number)
    region: str            # office/region part, brackets and punctuation removed: 渝巴南
    type_key: str | None   # letters after 环: 罚, 立, 罚告, 责改 …; None if not stated
    year: int
    serial: int
    span: tuple[int, int] = (0, 0)   # where it sat in the normalised text

    @property
    def key(self) -> tuple:
        return (self.type_key, self.year, self.serial)


_TYPE_CHARS = "罚立告改封扣移决听责监查"
_NUM_PATTERNS = [
    # 渝（巴南）环罚〔2025〕23号, 〔2025〕第23号, 巴南环罚〔2025〕23
    re.compile(rf"(?P<prefix>[^\d〔〕]{{0,16}}?)〔(?P<year>{_YEAR})〕第?(?P<serial>\d{{1,6}})(?P<hao>号)?"),
    # 巴南环罚2025第23号, 巴南环罚2025年第23号, 2025年23号, 环罚2025-23号
    re.compile(rf"(?P<prefix>[^\d〔〕]{{0,16}}?)(?P<year>{_YEAR})(?:年?第|年|[-－—_])(?P<serial>\d{{1,6}})(?P<hao>号)"),
]


def _split_prefix(prefix: str) -> tuple[str, str | None]:
    """(region, type_key) of the text before the year: 渝（巴南）环罚 → (渝巴南, 罚)."""
    p = norm_text(prefix)[-10:]
    type_key = None
    if "环" in p:
        i = p.rfind("环")
        region, tail = p[:i], p[i + 1:]
        tail = tail.rstrip("字第")
        type_key = tail[:3] or None
    else:
        region = p
        tail = p.rstrip("字第")
        if tail and tail[-1] in _TYPE_CHARS:
            # 巴南罚〔2025〕… : the last letter(s) are the type.
            j = len(tail)
            while j > 0 and tail[j - 1] in _TYPE_CHARS and len(tail) - j < 2:
                j -= 1
            region, type_key = tail[:j], tail[j:]
    return region, type_key


def parse_numbers(text: str | None) -> list[NumberKey]:
    """Every document number in `text` (a roster cell, a file name, a number field)."""
    if not text:
        return []
    norm = normalize_number(str(text)) or ""
    out: list[NumberKey] = []
    taken: list[tuple[int, int]] = []
    for pat in _NUM_PATTERNS:
        for m in pat.finditer(norm):
            s, e = m.span()
            if any(s < te and e > ts for ts, te in taken):
                continue
            year, serial = int(m.group("year")), int(m.group("serial"))
            raw_prefix = m.group("prefix")
            cut = re.search(r"(?:公司|厂|中心|店|场|站|部|社|院|号|案|和|及|与|或|[:：,，;；、/])"
                            r"(?=[^:：,，;；、/和及与或]*$)", raw_prefix)
            ps = m.start("prefix") + (cut.end() if cut else 0)
            ps = max(ps, m.start("year") - 12)
            region, type_key = _split_prefix(norm[ps:m.start("year")])
            out.append(NumberKey(norm[ps:e], region, type_key, year, serial, (ps, e)))
            taken.append((s, e))
    out.sort(key=lambda n: n.span)
    return out


_REGION_HEAD = re.compile(r"^(?:重庆市|重庆|渝)(?=.{2,})")


def region_core(region: str) -> str:
    """渝巴南 / 重庆巴南 / 巴南区 → 巴南; 渝北 stays 渝北 (a district's own name)."""
    r = _REGION_HEAD.sub("", region or "")
    return re.sub(r"(?<=..)(?:区|县)$", "", r)


def region_similarity(a: str, b: str) -> float:
    """How alike two number region parts are (0..100); -1 when one side states none.

    渝巴南 / 巴南 / 重庆巴南 are one region (100). A one-character slip in a region (巴男) keeps
    its ratio; a different region (渝北, 南岸) scores 0. 渝 alone (the city bureau) is not 巴南.
    """
    if not a or not b:
        return -1.0
    ca, cb = region_core(a), region_core(b)
    if ca == cb:
        return 100.0
    if not typo_shaped(ca, cb):
        return 0.0
    return fuzz.ratio(ca, cb)


def same_number(a: str | NumberKey, b: str | NumberKey, th: Mapping[str, Any] | None = None) -> bool:
    """Whether two numbers name the same document: equal year, serial and type letters, and
    a similar (or unstated) region."""
    th = thresholds(th)
    ka = a if isinstance(a, NumberKey) else next(iter(parse_numbers(a)), None)
    kb = b if isinstance(b, NumberKey) else next(iter(parse_numbers(b)), None)
    if ka is None or kb is None:
        return False
    if (ka.year, ka.serial) != (kb.year, kb.serial):
        return False
    if ka.type_key != kb.type_key:
        return False
    r = region_similarity(ka.region, kb.region)
    return r < 0 or r >= th["region_min"]


# ------------------------------------------------------------------------------------------
# The index of case files


@dataclass
class CaseRef:
    """What a case file can be called by."""
    case_file: str
    label: str                        # how to show it: decision number, else another number…
    numbers: list[tuple[str, NumberKey]] = field(default_factory=list)   # (source, key)
    party: str = ""
    cause: str = ""
    stem: str = ""
    path: str = ""


@dataclass
class CandidateMatch:
    case_file: str
    label: str
    score: float
    why: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class MatchResult:
    ref: str
    status: str                       # matched | ambiguous | not_found | empty
    case_file: str | None = None
    label: str | None = None
    score: float = 0.0
    method: str | None = None         # decision_number | document_number | file_name | party_cause | party
    candidates: list[CandidateMatch] = field(default_factory=list)
    note: str | None = None

    @property
    def matched(self) -> bool:
        return self.status == "matched"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["candidates"] = [c.to_dict() for c in self.candidates]
        return d

    def describe_candidates(self, n: int = 3) -> str:
        if not self.candidates:
            return "没有相近的案卷"
        return "；".join(f"{c.label}（{c.case_file}）" for c in self.candidates[:n])


def case_label(case: Mapping[str, Any]) -> str:
    """How a case file is shown in messages: its decision number, else its filing number,
    else party + cause, else the file name."""
    if case.get("decision_number"):
        return normalize_number(case["decision_number"]) or case["decision_number"]
    docs = case.get("documents") or []
    for kind in ("transfer_notice", "seizure_decision", "no_penalty_decision", "filing_approval"):
        for d in docs:
            if d.get("doc_type") == kind and d.get("number"):
                return normalize_number(d["number"]) or d["number"]
    if case.get("party"):
        return f"{case['party']}{case.get('cause') or ''}"
    return file_stem(case.get("case_file")) or str(case.get("case_file"))


class CaseIndex:
    """Look-up of case files by any of their names."""

    def __init__(self, cases: Iterable[Mapping[str, Any]], th: Mapping[str, Any] | None = None):
        self.th = thresholds(th)
        self.cases: dict[str, Mapping[str, Any]] = {}
        self.refs: list[CaseRef] = []
        for case in cases:
            cf = str(case.get("case_file"))
            if cf in self.cases:
                continue
            self.cases[cf] = case
            ref = CaseRef(cf, case_label(case), party=norm_party(case.get("party")),
                          cause=norm_cause(case.get("cause")), stem=norm_text(file_stem(cf)),
                          path=norm_text(cf))
            seen = set()

            def add(src: str, raw: str | None) -> None:
                for k in parse_numbers(raw):
                    sig = (src if src in ("decision_number", "file_name") else "doc", k.key, k.region)
                    if sig not in seen:
                        seen.add(sig)
                        ref.numbers.append((src, k))

            add("decision_number", case.get("decision_number"))
            for d in case.get("documents") or []:
                add(d.get("doc_type") or "other", d.get("number"))
            add("file_name", file_stem(cf))
            self.refs.append(ref)

    def __len__(self) -> int:
        return len(self.refs)

    def get(self, case_file: str | None) -> Mapping[str, Any] | None:
        return self.cases.get(case_file) if case_file else None

    # --------------------------------------------------------------------------------------

    def match(self, ref: str | None) -> MatchResult:
        """The case file `ref` names, or why none can be named."""
        raw = "" if ref is None else str(ref).strip()
        if not raw:
            return MatchResult(raw, "empty")
        # 1. The exact file name or path.
        stem = norm_text(file_stem(raw))
        whole = norm_text(raw)
        hits = [r for r in self.refs if r.path == whole] or \
               [r for r in self.refs if stem and r.stem == stem]
        if len(hits) == 1:
            return MatchResult(raw, "matched", hits[0].case_file, hits[0].label, 100.0, "file_name")
        if len(hits) > 1:
            return MatchResult(raw, "ambiguous", score=100.0, method="file_name",
                               candidates=[CandidateMatch(h.case_file, h.label, 100.0, "文件名相同")
                                           for h in hits],
                               note="多个案卷文件名相同")
        # 2. Numbers.
        keys = parse_numbers(raw)
        if keys:
            res = self._match_numbers(raw, keys)
            if res.status != "not_found":
                return res
            # The number is authoritative: a different year/serial never matches by name.
            res.candidates = self._closest(raw, keys)
            return res
        # 3. Party + cause, or a fuzzy file name.
        return self._match_text(raw)

    def _match_numbers(self, raw: str, keys: list[NumberKey]) -> MatchResult:
        th = self.th
        best: dict[str, tuple[float, str, str]] = {}
        for key in keys:
            for ref in self.refs:
                for src, k in ref.numbers:
                    if (k.year, k.serial) != (key.year, key.serial):
                        continue
                    if key.type_key is None:
                        # 〔2025〕23号 alone: only a decision number (or file name) may answer.
                        if src not in ("decision_number", "penalty_decision",
                                       "no_penalty_decision", "file_name"):
                            continue
                        score = th["number_without_type"]
                    elif k.type_key != key.type_key:
                        continue
                    else:
                        r = region_similarity(key.region, k.region)
                        if r < 0:
                            score = th["number_without_region"]
                        elif r < th["region_min"]:
                            continue
                        else:
                            score = r
                    method = "decision_number" if src in ("decision_number", "penalty_decision",
                                                           "no_penalty_decision") else \
                        ("file_name" if src == "file_name" else "document_number")
                    if score > best.get(ref.case_file, (-1,))[0]:
                        best[ref.case_file] = (score, method, k.text)
        if not best:
            return MatchResult(raw, "not_found", note="没有文号相符的案卷（年份、序号、文种字、机关代字须一致）")
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        labels = {r.case_file: r.label for r in self.refs}
        cands = [CandidateMatch(cf, labels[cf], s, f"文号 {t}") for cf, (s, _, t) in ranked]
        top_cf, (top, method, _) = ranked[0]
        if len(ranked) > 1 and top - ranked[1][1][0] < th["margin"]:
            return MatchResult(raw, "ambiguous", score=top, method=method, candidates=cands,
                               note="多个案卷的文号与之相符")
        return MatchResult(raw, "matched", top_cf, labels[top_cf], top, method, cands[1:])

    def _party_evidence(self, r: str, ref: CaseRef) -> tuple[str, float, str]:
        """(evidence, score, rest of r): evidence is exact | fuzzy | none; rest is what is
        left of r once the party is taken out (the cause part).

        Tried in order: the full name as written; the full name with a slip; the short name
        (鑫源化工 for 重庆市巴南区鑫源化工有限公司) as written."""
        th = self.th
        if not ref.party:
            return "none", 0.0, r
        if ref.party in r:
            i = r.index(ref.party)
            return "exact", 100.0, r[:i] + r[i + len(ref.party):]
        best, window, rest = -1.0, "", r
        if len(ref.party) > len(r) + 2:
            best, window, rest = fuzz.ratio(ref.party, r), r, ""
        else:
            al = fuzz.partial_ratio_alignment(ref.party, r, score_cutoff=th["party_min"] - 15)
            if al is not None:
                # Score the aligned window by plain ratio, trying its ends ±2 characters:
                # partial_ratio alone forgives too much.
                # Among windows that are a slip of the name, the best; else the best of all.
                shaped = -1.0
                for ds in range(-2, 3):
                    for de in range(-2, 3):
                        st, en = al.dest_start + ds, al.dest_end + de
                        if 0 <= st < en <= len(r):
                            sc = fuzz.ratio(ref.party, r[st:en])
                            ok = typo_shaped(ref.party, r[st:en])
                            if (ok and sc > shaped) or (shaped < 0 and sc > best):
                                best, window, rest = sc, r[st:en], r[:st] + r[en:]
                                if ok:
                                    shaped = sc
        if best >= th["party_min"] and typo_shaped(ref.party, window):
            return "fuzzy", best, rest
        core = party_core(ref.party)
        if core != ref.party and len(core) >= 2 and core in r:
            i = r.index(core)
            before, after = r[:i], r[i + len(core):]
            before = "" if _PLACE_HEAD.sub("", before + "xx") == "xx" else before
            after = _ORG_HEAD.sub("", after)
            return "exact", 100.0, before + after
        return "none", max(best, 0.0), r

    def _cause_evidence(self, rest: str, ref: CaseRef) -> tuple[str, float]:
        """(evidence, score): exact | fuzzy | absent (no cause named) | mismatch.

        A slip next to the party name or in 涉嫌 / 案 leaves a stray character at either end
        of the cause part: up to two are dropped there (and the match is then only fuzzy)."""
        whole = norm_cause(rest)
        if len(whole) < self.th["cause_min_len"]:
            return "absent", 0.0
        if not ref.cause:
            return "mismatch", 0.0
        if whole == ref.cause:
            return "exact", 100.0
        best = ("mismatch", fuzz.ratio(ref.cause, whole))
        raw = rest.strip()
        for a in range(0, 3):
            for b in range(0, 3):
                part = norm_cause(raw[a:len(raw) - b])
                if len(part) < self.th["cause_min_len"]:
                    continue
                sc = fuzz.ratio(ref.cause, part)
                if (a or b) and part == ref.cause:
                    sc = 100.0 - 5.0 * (a + b)        # stray characters cost a little
                if sc >= self.th["cause_min"] and typo_shaped(ref.cause, part) and \
                        (best[0] != "fuzzy" or sc > best[1]):
                    best = ("fuzzy", sc)
        return best

    def _match_text(self, raw: str) -> MatchResult:
        """Party + cause, or a file name with a slip.

        A party named exactly (or by its short name, 鑫源化工) with the cause exact, slipped,
        or not named: a match. A party with a slip needs the cause as well (exact or slipped):
        a one-character slip cannot be told from a different name (鑫源 / 鑫达) on its own.
        """
        th = self.th
        r = norm_text(_FILE_EXT.sub("", raw))
        rd = digits_of(r)
        # (exact, score, method, ref, why): a name written exactly outranks any slip.
        scored: list[tuple[int, float, str, CaseRef, str]] = []
        for ref in self.refs:
            cand = []
            pe, ps, rest = self._party_evidence(r, ref)
            if pe != "none":
                ce, cs = self._cause_evidence(rest, ref)
                pd = digits_of(ref.party + ref.cause)
                digits_ok = not (rd and pd and not (set(pd) <= set(rd) or set(rd) <= set(pd)))
                if digits_ok and ce == "absent" and pe == "exact":
                    cand.append((1, ps, "party", "当事人相符（未写案由）"))
                elif digits_ok and ce in ("exact", "fuzzy"):
                    exact = int(pe == "exact" and ce == "exact")
                    cand.append((exact, (ps + cs) / 2, "party_cause", "当事人、案由相符"))
            if ref.stem:
                f = fuzz.ratio(ref.stem, r)
                if f >= th["file_name_min"] and digits_of(ref.stem) == rd and typo_shaped(ref.stem, r):
                    cand.append((int(f == 100), f, "file_name", "文件名相近"))
            if cand:
                ex, sc, m, why = max(cand, key=lambda t: (t[0], t[1]))
                scored.append((ex, sc, m, ref, why))
        labels = {x.case_file: x.label for x in self.refs}
        if not scored:
            return MatchResult(raw, "not_found", candidates=self._closest(raw, []),
                               note="没有当事人、案由或文件名足够相近的案卷")
        scored.sort(key=lambda t: (-t[0], -t[1]))
        cands = [CandidateMatch(x.case_file, x.label, sc, why) for _, sc, _, x, why in scored]
        top_exact, top, method, ref, _ = scored[0]
        if len(scored) > 1 and scored[1][0] == top_exact and top - scored[1][1] < th["margin"]:
            same_party = method == "party" and scored[1][2] == "party"
            note = ("同一当事人有多个案件，请写明案由或文号" if same_party
                    else "多个案卷与之相近，请写明文号")
            return MatchResult(raw, "ambiguous", score=top, method=method, candidates=cands,
                               note=note)
        return MatchResult(raw, "matched", ref.case_file, labels[ref.case_file], top, method,
                           cands[1:])

    def _closest(self, raw: str, keys: list[NumberKey], n: int = 3) -> list[CandidateMatch]:
        """The case files most like `raw`, for a not-found message, each with the name of
        it that came closest."""
        target_num = normalize_number(raw) or raw
        target_txt = norm_text(_FILE_EXT.sub("", raw))
        out = []
        for ref in self.refs:
            best, why = 0.0, ""
            for src, k in ref.numbers:
                if keys:
                    sc = max(fuzz.ratio(key.text, k.text) for key in keys)
                    if any((k.year, k.serial) == (key.year, key.serial) for key in keys):
                        sc = max(sc, 85.0)
                else:
                    sc = fuzz.partial_ratio(k.text, target_num) * 0.9
                if sc > best:
                    best, why = sc, f"{_SOURCE_LABELS.get(src, '文号')} {k.text}"
            if not keys:
                for name, label in ((ref.party + ref.cause, "当事人、案由"), (ref.stem, "文件名")):
                    if name:
                        sc = max(fuzz.ratio(name, target_txt),
                                 fuzz.partial_ratio(name, target_txt) * 0.9)
                        if sc > best:
                            best, why = sc, label
            if best >= self.th["closest_min"]:
                out.append(CandidateMatch(ref.case_file, ref.label, round(best, 1), why))
        out.sort(key=lambda c: -c.score)
        return out[:n]


_SOURCE_LABELS = {
    "decision_number": "决定书文号", "penalty_decision": "处罚决定书文号",
    "no_penalty_decision": "不予处罚决定书文号", "filing_approval": "立案编号",
    "file_name": "文件名中的文号", "prior_notice": "告知书文号",
    "seizure_decision": "查封扣押决定书文号", "transfer_notice": "移送书文号",
    "correction_order": "责令改正决定书文号",
}


# ------------------------------------------------------------------------------------------
# Same case across two free names (e.g. two roster rows naming a case not among the files)


def same_case_names(a: str | None, b: str | None, th: Mapping[str, Any] | None = None) -> bool:
    """Whether two names mean the same case, without the case files to ask: equal numbers
    (same_number), or the same file name, or near-identical party + cause text."""
    if not a or not b:
        return False
    th = thresholds(th)
    ka, kb = parse_numbers(a), parse_numbers(b)
    if ka and kb:
        return any(same_number(x, y, th) for x in ka for y in kb)
    if ka or kb:
        return False
    na, nb = norm_text(_FILE_EXT.sub("", a)), norm_text(_FILE_EXT.sub("", b))
    if digits_of(na) != digits_of(nb):
        return False
    return na == nb or fuzz.ratio(na, nb) >= th["same_name_min"]


# ------------------------------------------------------------------------------------------
# A roster resolved against the case files


@dataclass
class ResolvedRow:
    """A roster row with the case file it names (None when not found or not applicable)."""
    row: Any                                  # review.roster.RosterRow
    match: MatchResult | None
    case: Mapping[str, Any] | None
    source: str = "roster"                    # roster | draw

    @property
    def case_file(self) -> str | None:
        return str(self.case.get("case_file")) if self.case else None

    @property
    def label(self) -> str:
        if self.case:
            return case_label(self.case)
        return self.row.case or ""

    @property
    def use(self) -> str:
        return self.row.use

    def to_dict(self) -> dict:
        return {"row": self.row.row, "candidate": self.row.candidate, "use": self.row.use,
                "case": self.row.case, "source": self.source, "case_file": self.case_file,
                "label": self.label if self.case else None,
                "match": self.match.to_dict() if self.match else None}


@dataclass
class ResolvedCandidate:
    candidate: Any                            # review.roster.Candidate
    rows: list[ResolvedRow] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.candidate.name

    @property
    def person(self) -> str:
        """The plain name as written (without a certificate suffix)."""
        return self.candidate.rows[0].candidate if self.candidate.rows else self.candidate.name

    @property
    def kind(self) -> str:
        return self.candidate.kind

    def rows_for(self, *uses: str) -> list[ResolvedRow]:
        return [r for r in self.rows if r.use in uses]

    def quality_rows(self) -> list[ResolvedRow]:
        return self.rows_for("quality_recommended", "quality_drawn")

    def has_drawn_file(self) -> bool:
        return any(r.use == "quality_drawn" and (r.row.case or r.case) for r in self.rows)

    def recommended_files(self) -> list[str]:
        return [r.case_file for r in self.rows_for("quality_recommended") if r.case_file]

    def used_files(self, quality_only: bool = False) -> set[str]:
        rows = self.quality_rows() if quality_only else [r for r in self.rows if r.use != "veto"]
        return {r.case_file for r in rows if r.case_file}

    @property
    def vetoes(self) -> list[ResolvedRow]:
        return self.rows_for("veto")


@dataclass
class Resolution:
    roster: Any                               # review.roster.Roster
    index: CaseIndex
    candidates: list[ResolvedCandidate]

    def rows(self) -> list[ResolvedRow]:
        return [r for c in self.candidates for r in c.rows]

    def find(self, name: str) -> ResolvedCandidate | None:
        return next((c for c in self.candidates if c.name == name), None)


def resolve_roster(roster: Any, cases: Iterable[Mapping[str, Any]] | CaseIndex,
                   th: Mapping[str, Any] | None = None) -> Resolution:
    """Match every row of `roster` that names a case to a case file."""
    index = cases if isinstance(cases, CaseIndex) else CaseIndex(cases, th)
    out = []
    for cand in roster.candidates():
        rc = ResolvedCandidate(cand)
        for row in cand.rows:
            if row.use == "veto" or not row.case:
                rc.rows.append(ResolvedRow(row, None, None))
                continue
            m = index.match(row.case)
            rc.rows.append(ResolvedRow(row, m, index.get(m.case_file) if m.matched else None))
        out.append(rc)
    return Resolution(roster, index, out)
