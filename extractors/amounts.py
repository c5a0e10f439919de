"""Money amounts in figures (150000 元, 15万元, ¥150,000.00) or capitals (壹拾伍万元整)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

import cn2an

CAPITALS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿"
SMALL = "〇零一二三四五六七八九十百千万亿两"

AMOUNT_RE = re.compile(
    rf"(?P<cap>[{CAPITALS}]{{2,}})\s*元(?:(?P<cjiao>[{CAPITALS}])角)?(?:[{CAPITALS}]分)?整?"
    rf"|(?P<fig>\d[\d,，]*(?:\.\d+)?)\s*(?P<wan>万)?\s*元"
    rf"|(?P<small>[{SMALL}]{{2,}})\s*元"
)


def amount_from_match(match: re.Match[str]) -> int | None:
    """Integer yuan (jiao and fen dropped), or None if the text is not a number."""
    try:
        if match.group("cap"):
            return int(cn2an.cn2an(match.group("cap"), "normal"))
        if match.group("fig"):
            value = Decimal(match.group("fig").replace(",", "").replace("，", ""))
            if match.group("wan"):
                value *= 10000
            return int(value)
        if match.group("small"):
            return int(cn2an.cn2an(match.group("small").replace("两", "二"), "smart"))
    except (ValueError, KeyError, TypeError, InvalidOperation, ArithmeticError):
        return None
    return None


def parse_amount(text: str) -> int | None:
    match = AMOUNT_RE.search(text or "")
    return amount_from_match(match) if match else None
