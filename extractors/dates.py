"""Dates as printed in case files: Arabic, dotted, dashed, and in Chinese numerals."""
from __future__ import annotations

import datetime as dt
import re

import cn2an

_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = "〇○零Ｏ一二三四五六七八九十"

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"
    r"|(?P<y2>(?:19|20)\d\d)\s*(?P<sep>[.\-/．])\s*(?P<m2>\d{1,2})\s*(?P=sep)\s*(?P<d2>\d{1,2})(?!\d)"
    rf"|(?P<cy>[二一][〇○零Ｏ一二三四五六七八九]{{3}})\s*年\s*(?P<cm>[{_CN_SMALL}]{{1,3}})\s*月"
    rf"\s*(?P<cd>[{_CN_SMALL}]{{1,3}})\s*[日号]"
)


def _cn_year(text: str) -> int | None:
    digits = [_CN_DIGIT.get(ch) for ch in text]
    if None in digits:
        return None
    return int("".join(str(d) for d in digits))


def _cn_small(text: str) -> int | None:
    text = text.replace("〇", "零").replace("○", "零").replace("Ｏ", "零")
    try:
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def date_from_match(match: re.Match[str]) -> dt.date | None:
    try:
        if match.group("y"):
            y, m, d = int(match.group("y")), int(match.group("m")), int(match.group("d"))
        elif match.group("y2"):
            y, m, d = int(match.group("y2")), int(match.group("m2")), int(match.group("d2"))
        else:
            y, m, d = _cn_year(match.group("cy")), _cn_small(match.group("cm")), _cn_small(
                match.group("cd"))
            if y is None or m is None or d is None:
                return None
        return dt.date(y, m, d)
    except (ValueError, TypeError):
        return None


def find_dates(text: str) -> list[tuple[int, int, dt.date]]:
    """Every valid date in `text` as (start, end, date); impossible dates are skipped."""
    found = []
    for match in DATE_RE.finditer(text or ""):
        value = date_from_match(match)
        if value is not None:
            found.append((match.start(), match.end(), value))
    return found


def parse_date(text: str) -> dt.date | None:
    """The first date in `text`, or None."""
    dates = find_dates(text)
    return dates[0][2] if dates else None
