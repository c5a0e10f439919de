"""Plain-text tables that line up in a terminal when cells hold Chinese (double-width) text."""
from __future__ import annotations

import unicodedata


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = "", 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out, used = out + ch, used + w
    return out + "…" + " " * (width - used - 1)


def render_table(header: list[str], rows: list[list[str]], max_width: int = 28) -> str:
    widths = [min(max_width, max(display_width(str(r[i])) for r in [header, *rows]))
              for i in range(len(header))]
    lines = ["  ".join(_fit(str(c), w) for c, w in zip(header, widths)).rstrip()]
    lines.append("  ".join("─" * w for w in widths))
    lines += ["  ".join(_fit(str(c), w) for c, w in zip(row, widths)).rstrip() for row in rows]
    return "\n".join(lines)
