"""Printing helpers: dates, 文号, money, names, credit codes (ground truth -> page text)."""
from __future__ import annotations

import datetime as dt
import random

HZ_DIGITS = "〇一二三四五六七八九"
FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def _hz_num(n: int) -> str:
    """1..31 -> 一 … 三十一."""
    if n < 10:
        return HZ_DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else HZ_DIGITS[tens]
    return head + "十" + (HZ_DIGITS[ones] if ones else "")


def fmt_date(d: dt.date, style: str = "cn") -> str:
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "dash":
        return d.isoformat()
    if style in ("hz", "hzo"):
        zero = "〇" if style == "hz" else "○"
        year = "".join(HZ_DIGITS[int(c)] for c in str(d.year)).replace("〇", zero)
        return f"{year}年{_hz_num(d.month)}月{_hz_num(d.day)}日"
    if style == "fw":
        return f"{d.year}年{d.month}月{d.day}日".translate(FW_DIGITS)
    raise ValueError(style)


def fmt_time(h: int, m: int, style: str = "cn") -> str:
    if style in ("dot", "dash"):
        return f"{h:02d}:{m:02d}"
    return f"{h}时{m:02d}分"


def fmt_datetime(d: dt.date, h: int, m: int, style: str = "cn") -> str:
    sep = " " if style in ("dot", "dash") else ""
    ds = fmt_date(d, "cn" if style in ("hz", "hzo") else style)
    return f"{ds}{sep}{fmt_time(h, m, style)}"


def print_number(num, style: str = "std") -> str:
    """Render a Number as printed.  Expected (canonical) form is always 〔year〕, （office）, no spaces."""
    office, body, year, seq, suf = num.office, num.body, str(num.year), str(num.seq), num.suffix
    if style == "std":
        return f"{office}{body}〔{year}〕{seq}{suf}"
    if style == "sq":
        return f"{office}{body}[{year}]{seq}{suf}"
    if style == "paren":
        return f"{office}{body}({year}){seq}{suf}"
    if style == "fwsq":
        return f"{office}{body}［{year}］{seq}{suf}"
    if style == "fwparen":
        return f"{office}{body}（{year}）{seq}{suf}"
    if style == "messy":   # 渝(巴南)环罚[2025] 23 号
        off = office.replace("（", "(").replace("）", ")")
        return f"{off}{body}[{year}] {seq} {suf}"
    if style == "fwdigit":
        return f"{office}{body}〔{year}〕{seq}{suf}".translate(FW_DIGITS)
    raise ValueError(style)


# ---------------------------------------------------------------- money
_CAP_DIG = "零壹贰叁肆伍陆柒捌玖"
_CAP_UNIT = ["", "拾", "佰", "仟"]


def _cap_group(n: int) -> str:
    """0 < n < 10000 -> capitals, zeros collapsed, no leading 零."""
    s, zero = "", False
    for i in range(3, -1, -1):
        d = (n // 10 ** i) % 10
        if d == 0:
            if s:
                zero = True
            continue
        if zero:
            s += "零"
            zero = False
        s += _CAP_DIG[d] + _CAP_UNIT[i]
    return s


def yuan_capital(n: int) -> str:
    """150000 -> 壹拾伍万元整 (integer yuan)."""
    if n == 0:
        return "零元整"
    yi, rest = divmod(n, 10 ** 8)
    wan, ge = divmod(rest, 10 ** 4)
    out = ""
    if yi:
        out += _cap_group(yi) + "亿"
    if wan:
        if yi and wan < 1000:
            out += "零"
        out += _cap_group(wan) + "万"
    if ge:
        if (yi or wan) and ge < 1000:
            out += "零"
        out += _cap_group(ge)
    # 拾万 is written 壹拾万 in financial style
    if out.startswith("拾"):
        out = "壹" + out
    return out + "元整"


def yuan_figures(n: int) -> str:
    return f"¥{n:,.2f}"


def fine_phrase(n: int, style: str = "capital") -> str:
    """The penalty clause as printed in a decision."""
    if style == "capital":
        return f"罚款人民币{yuan_capital(n)}（{yuan_figures(n)}）"
    if style == "wan":
        w = n / 10000
        ws = f"{w:g}"
        return f"罚款{ws}万元"
    if style == "plain":
        return f"罚款 {n} 元"
    raise ValueError(style)


# ---------------------------------------------------------------- names
def show_name(name: str, pad: bool) -> str:
    if pad and len(name) == 2 and "*" not in name:
        return f"{name[0]}  {name[1]}"
    return name


def join_names(names: list[str], sep: str = "、", pad: bool = False) -> str:
    if sep == " ":
        # a space-separated list never uses padded names (ambiguous)
        return "  ".join(names)
    return sep.join(show_name(n, pad) for n in names)


# ---------------------------------------------------------------- USCC
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng: random.Random, region: str = "500113") -> str:
    body = "91" + region + "".join(rng.choice("0123456789") for _ in range(8)) + rng.choice(_USCC_CHARS)
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W))
    check = (31 - s % 31) % 31
    return body + _USCC_CHARS[check]


def cert_no(rng: random.Random, year: int) -> str:
    return f"500113{year}{rng.randrange(10000):04d}"
