"""Normalisation of messy CJK text as it comes out of PDFs, Word files and rosters.

Each function is total: any string in, a string out, never an exception.
"""
from __future__ import annotations

import re
import unicodedata

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{HAN}]")

# Characters NFKC would fold but that carry meaning in official documents: keep them.
_KEEP = {"〔", "〕", "（", "）", "：", "，", "；", "、", "。", "《", "》", "“", "”", "‘", "’",
         "！", "？", "〇", "○"}

_BRACKETS_YEAR = "[［(（〔【{「<＜"
_BRACKETS_YEAR_END = "]］)）〕】}」>＞"


def to_halfwidth(text: str) -> str:
    """Fold full-width ASCII forms (Ａ１２３) to half-width, leaving CJK punctuation alone."""
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _KEEP:
            out.append(ch)
        elif 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif ch == "\u3000" or ch == "\xa0":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


_JOINABLE = re.compile(f"[{HAN}0-9〇○]")
_HAN1 = re.compile(f"[{HAN}]")
_SPACED_OK = re.compile(f"[{HAN}0-9〇○：:()（）、，,。；;〔〕\\[\\]《》“”]")
_DATE_UNIT = set("年月日时分秒号")


def clean_line(raw: str) -> tuple[str, list[int]]:
    """Clean one line and say where each kept character came from in `raw`.

    Folds full-width forms and drops the spaces that are not word breaks: letter-spacing from
    PDF extraction ("2 0 2 5 年", "当 事 人"), spaced digits, and the padding inside two-character
    names ("王  华"). The index map lets a fact find its box on the page.
    """
    if not raw.isascii():
        raw = unicodedata.normalize("NFC", raw)
    chars = [_fold(ch) for ch in raw]
    runs = _space_runs(chars)
    spaced = sum(1 for i, j in runs if _join(chars, i, j))
    letter_spaced = spaced >= 3 and spaced * 2 > _adjacent_pairs(chars)
    drop: set[int] = set()
    for i, j in runs:
        prev = chars[i - 1] if i > 0 else ""
        nxt = chars[j] if j < len(chars) else ""
        if not prev or not nxt:
            drop.update(range(i, j))  # leading/trailing space
        elif letter_spaced and _SPACED_OK.match(prev) and _SPACED_OK.match(nxt):
            drop.update(range(i, j))
        elif _join(chars, i, j) and _keeps_together(chars, i, j):
            drop.update(range(i, j))
        else:
            drop.update(range(i + 1, j))  # keep one space as the word break
    text: list[str] = []
    index: list[int] = []
    for k, ch in enumerate(chars):
        if k not in drop:
            text.append(" " if ch == "\t" else ch)
            index.append(k)
    return "".join(text), index


def _space_runs(chars: list[str]) -> list[tuple[int, int]]:
    runs, i, n = [], 0, len(chars)
    while i < n:
        if chars[i] in " \t":
            j = i
            while j < n and chars[j] in " \t":
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _join(chars: list[str], i: int, j: int) -> bool:
    return i > 0 and j < len(chars) and bool(_JOINABLE.match(chars[i - 1])) and bool(
        _JOINABLE.match(chars[j]))


def _adjacent_pairs(chars: list[str]) -> int:
    return sum(1 for a, b in zip(chars, chars[1:]) if _JOINABLE.match(a) and _JOINABLE.match(b))


def _starts_clock_time(chars: list[str], j: int) -> bool:
    k = j
    while k < len(chars) and chars[k].isdigit():
        k += 1
    return k - j <= 2 and k < len(chars) and chars[k] in ":：时点"


def _keeps_together(chars: list[str], i: int, j: int) -> bool:
    """Spaces that never separate words: inside numbers and dates, and inside padded names."""
    prev, nxt = chars[i - 1], chars[j]
    if prev.isdigit() and nxt.isdigit() and _starts_clock_time(chars, j):
        return False  # "2025-06-26 09:00": a date, then a time
    if prev.isdigit() and (nxt.isdigit() or nxt in _DATE_UNIT):
        return True
    if prev in _DATE_UNIT and nxt.isdigit():
        return True
    before = chars[i - 2] if i >= 2 else ""
    after = chars[j + 1] if j + 1 < len(chars) else ""
    return bool(_HAN1.match(prev) and _HAN1.match(nxt) and not _HAN1.match(before or " ")
                and not _HAN1.match(after or " "))


def _fold(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E and ch not in _KEEP:
        return chr(code - 0xFEE0)
    if ch in "\u3000\xa0\u2002\u2003\u2009":
        return " "
    return ch


def collapse_cjk_spaces(text: str) -> str:
    """Remove spaces PDF extraction puts between Han characters and digits ("2 0 2 5 年")."""
    return "\n".join(clean_line(line)[0] for line in text.split("\n"))


def dedupe_doubled(text: str) -> str:
    """Undo fake-bold doubling ("立立案案审审批批表表" → "立案审批表").

    Only a run where *every* character is doubled, four pairs or more, is undone, so that real
    repeats (谢谢, 2025年11月) are left alone.
    """
    return _DOUBLED.sub(lambda m: m.group(0)[::2], text)


_DOUBLED = re.compile(r"(?:(\S)\1){4,}")


def clean_text(text: str) -> str:
    """Everything a reader does to extracted text before parsing, line by line."""
    return "\n".join(clean_line(line)[0] for line in (text or "").split("\n"))


def normalize_number(raw: str | None) -> str | None:
    """Document numbers: 〔〕 round the year, full-width （） round the office part, no spaces.

    `渝(巴南)环罚[2025] 23 号` → `渝（巴南）环罚〔2025〕23号`.
    """
    if not raw:
        return None
    text = to_halfwidth(raw)
    text = re.sub(r"\s+", "", text)
    text = re.sub(
        rf"[{re.escape(_BRACKETS_YEAR)}]((?:19|20)\d\d)[{re.escape(_BRACKETS_YEAR_END)}]",
        r"〔\1〕", text)
    # Bare year straight after the office letters: 环罚2025第23号 / 环罚2025-23号 stay as printed.
    text = re.sub(r"[(（]([^()（）〔〕]{1,12})[)）]", r"（\1）", text)
    text = text.replace("第〔", "〔")
    return text or None


_NAME_PAD = re.compile(rf"^([{HAN}])[\s\u3000]+([{HAN}])$")


def normalize_name(raw: str | None) -> str | None:
    """A person's name as printed, without padding spaces (`王  华` → `王华`)."""
    if raw is None:
        return None
    name = to_halfwidth(raw).strip(" \t:：,，、;；.。()（）")
    name = re.sub(r"\s+", "", name)
    return name or None


def normalize_party(raw: str | None) -> str | None:
    """A party (company) name as printed, with width and bracket forms folded and no spaces."""
    if not raw:
        return None
    text = to_halfwidth(raw)
    text = re.sub(r"\s+", "", text)
    text = text.replace("(", "（").replace(")", "）")
    text = text.strip(":：,，;；。")
    return text or None


def has_han(text: str) -> bool:
    return bool(_HAN_RE.search(text or ""))
