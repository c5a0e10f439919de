"""PDF layout and rendering with reportlab (built-in CID font STSong-Light, invariant output).

``paginate(blocks)`` is a pure function returning the pages (lists of drawing ops) of one
document; page counts in the expected case-json come from it.  ``render_pdf`` draws pages.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from .model import Block

FONT = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(FONT))

PAGE_W, PAGE_H = A4
ML, MR, MT, MB = 72.0, 68.0, 66.0, 70.0
X0, X1 = ML, PAGE_W - MR
WIDTH = X1 - X0
Y_TOP = PAGE_H - MT
Y_BOTTOM = MB
PAD = 4.0

# text that must not be broken across lines: 文号, dates, ASCII runs, amounts
_PROTECT = re.compile(
    r"(?:[\u4e00-\u9fff]{1,3}[（(][\u4e00-\u9fff]{1,4}[）)])?[\u4e00-\u9fff]{0,8}\s*"
    r"[〔\[［(（]\s*[0-9０-９]{4}\s*[〕\]］)）]\s*[0-9０-９]+\s*号"
    r"|[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日"
    r"|[〇○一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
    r"|[0-9]{4}[.\-][0-9]{1,2}[.\-][0-9]{1,2}"
    r"|[¥0-9A-Za-z.,:%/\-*μ³]+"
    r"|[\u4e00-\u9fff]\s\s[\u4e00-\u9fff]"     # padded two-character names
)


def text_width(s: str, size: float, cs: float = 0.0) -> float:
    return pdfmetrics.stringWidth(s, FONT, size) + cs * len(s)


def _units(text: str, extra: list[str]) -> list[str]:
    """Split text into unbreakable units."""
    protected: list[tuple[int, int]] = []
    for ex in extra:
        if not ex:
            continue
        start = 0
        while (i := text.find(ex, start)) >= 0:
            protected.append((i, i + len(ex)))
            start = i + len(ex)
    for m in _PROTECT.finditer(text):
        protected.append(m.span())
    protected.sort()
    units, i = [], 0
    spans = iter(protected)
    nxt = next(spans, None)
    while i < len(text):
        while nxt is not None and nxt[1] <= i:
            nxt = next(spans, None)
        if nxt is not None and nxt[0] <= i < nxt[1]:
            units.append(text[i:nxt[1]])
            i = nxt[1]
        else:
            units.append(text[i])
            i += 1
    return units


_NO_LINE_START = set("，。、；：？！）》」”’〕］】…%")
_NO_LINE_END = set("（《“〔［【‘")
NO_BREAK = []   # set by the writer: names / party name of the current case


def wrap(text: str, width: float, size: float, cs: float = 0.0, first_width: float | None = None) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        cur, w = "", 0.0
        limit = first_width if (first_width is not None and not lines) else width
        for u in _units(para, NO_BREAK):
            uw = text_width(u, size, cs)
            if w + uw > limit + 0.01 and cur and u in _NO_LINE_START and w + uw <= limit + 1.2 * size:
                cur += u          # 禁则: closing punctuation never starts a line (hangs in the margin)
                w += uw
                continue
            if w + uw > limit + 0.01 and cur:
                carry = ""
                if len(cur) > 1 and cur[-1] in _NO_LINE_END:     # an opening bracket never ends a line
                    cur, carry = cur[:-1], cur[-1]
                lines.append(cur)
                cur, w = carry, text_width(carry, size, cs)
                limit = width
                if u.isspace():
                    continue
            if uw > limit:      # too long: break by characters
                for ch in u:
                    cw = text_width(ch, size, cs)
                    if w + cw > limit + 0.01 and cur:
                        lines.append(cur)
                        cur, w, limit = "", 0.0, width
                    cur += ch
                    w += cw
                continue
            cur += u
            w += uw
        lines.append(cur)
    return lines


# ------------------------------------------------------------------ ops
@dataclass
class Page:
    ops: list[tuple] = field(default_factory=list)
    no_text: bool = False     # image-only page (no text layer)


def _text_op(x, y, s, size, cs=0.0, bold=False):
    return ("text", round(x, 2), round(y, 2), s, size, cs, bold)


class _Flow:
    def __init__(self):
        self.pages: list[Page] = [Page()]
        self.y = Y_TOP

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self):
        self.pages.append(Page())
        self.y = Y_TOP

    def ensure(self, h: float):
        if self.y - h < Y_BOTTOM and self.y < Y_TOP - 1:
            self.new_page()


def _layout_text(fl: _Flow, b: Block):
    size = b.size
    leading = b.leading or size * 1.6
    left = X0 + b.left
    width = WIDTH - b.left
    first_w = width - b.indent * size
    fl.y -= b.space_before
    paras = b.text.split("\n")
    for pi, para in enumerate(paras):
        lines = wrap(para, width, size, b.char_space, first_width=first_w)
        for li, line in enumerate(lines):
            fl.ensure(leading)
            base = fl.y - size - (leading - size) / 2
            w = text_width(line, size, b.char_space)
            if b.align == "center":
                x = X0 + (WIDTH - w) / 2
            elif b.align == "right":
                x = X1 - w
            else:
                x = left + (b.indent * size if li == 0 else 0)
            if line.strip():
                fl.page.ops.append(_text_op(x, base, line, size, b.char_space, b.bold))
            fl.y -= leading
    fl.y -= b.space_after


def _grid(b: Block):
    """Place cells on a grid: returns list of (r, c, rowspan, colspan, cell)."""
    occ: dict[tuple[int, int], bool] = {}
    placed = []
    ncols = len(b.cols)
    for r, row in enumerate(b.rows):
        c = 0
        for cell in row:
            while occ.get((r, c)):
                c += 1
            rs, cs = cell.get("rowspan", 1), cell.get("colspan", 1)
            for dr in range(rs):
                for dc in range(cs):
                    occ[(r + dr, c + dc)] = True
            placed.append((r, c, rs, cs, cell))
            c += cs
        assert c <= ncols, f"row {r} overflows {ncols} columns"
    return placed


def _cell_lines(cell: dict, width: float, size: float) -> list[tuple[str, str]]:
    out = []
    for part in cell["text"].split("\n"):
        align = cell.get("align", "left")
        if part.startswith("»"):
            part, align = part[1:], "right"
        for line in wrap(part, width - 2 * PAD, size):
            out.append((line, align))
    return out


def _layout_table(fl: _Flow, b: Block):
    size = b.size
    leading = size * 1.5
    widths = [f * WIDTH / sum(b.cols) for f in b.cols]
    xs = [X0]
    for w in widths:
        xs.append(xs[-1] + w)
    placed = _grid(b)
    nrows = len(b.rows)
    heights = [leading + 2 * PAD] * nrows
    info = []
    for (r, c, rs, cs, cell) in placed:
        w = xs[c + cs] - xs[c]
        lines = _cell_lines(cell, w, size)
        need = len(lines) * leading + 2 * PAD
        info.append((r, c, rs, cs, cell, lines, need))
        if rs == 1:
            heights[r] = max(heights[r], need)
    for (r, c, rs, cs, cell, lines, need) in info:
        if rs > 1:
            have = sum(heights[r:r + rs])
            if have < need:
                heights[r + rs - 1] += need - have
    # bands: rows that a rowspan ties together
    band_end = list(range(nrows))
    for (r, c, rs, cs, cell, lines, need) in info:
        for k in range(r, r + rs):
            band_end[k] = max(band_end[k], r + rs - 1)
    bands, r = [], 0
    while r < nrows:
        end = band_end[r]
        k = r
        while k <= end:
            end = max(end, band_end[k])
            k += 1
        bands.append((r, end))
        r = end + 1
    row_top: dict[int, float] = {}
    row_page: dict[int, int] = {}
    fl.y -= b.space_before
    for (r0, r1) in bands:
        h = sum(heights[r0:r1 + 1])
        fl.ensure(h)
        y = fl.y
        for k in range(r0, r1 + 1):
            row_top[k] = y
            row_page[k] = len(fl.pages) - 1
            y -= heights[k]
        fl.y = y
    for (r, c, rs, cs, cell, lines, need) in info:
        page = fl.pages[row_page[r]]
        top = row_top[r]
        h = sum(heights[r:r + rs])
        x0, x1 = xs[c], xs[c + cs]
        bottom = top - h
        for seg in ((x0, top, x1, top), (x0, bottom, x1, bottom), (x0, top, x0, bottom), (x1, top, x1, bottom)):
            page.ops.append(("line",) + tuple(round(v, 2) for v in seg))
        text_h = len(lines) * leading
        if cell.get("valign") == "middle":
            ty = top - (h - text_h) / 2
        else:
            ty = top - PAD
        for line, align in lines:
            base = ty - size - (leading - size) / 2
            w = text_width(line, size)
            if align == "center":
                x = x0 + (x1 - x0 - w) / 2
            elif align == "right":
                x = x1 - PAD - w
            else:
                x = x0 + PAD
            if line.strip():
                page.ops.append(_text_op(x, base, line, size))
            ty -= leading
    fl.y -= 6 + b.space_after


def paginate(blocks: list[Block], protect: list[str] | tuple = ()) -> list[Page]:
    """Lay out one document; ``protect`` lists strings never broken across lines (names, party)."""
    NO_BREAK[:] = sorted(set(protect), key=lambda s: (-len(s), s))
    fl = _Flow()
    for b in blocks:
        if b.kind == "text":
            _layout_text(fl, b)
        elif b.kind == "table":
            _layout_table(fl, b)
        elif b.kind == "spacer":
            fl.y -= b.height
        elif b.kind == "pagebreak":
            fl.new_page()
        elif b.kind == "photo":
            fl.ensure(b.height + 8)
            top = fl.y - 4
            fl.page.ops.append(("photo", X0 + 40, top - b.height, WIDTH - 80, b.height))
            fl.y = top - b.height - 6
        elif b.kind == "image":
            if fl.page.ops:
                fl.new_page()
            fl.page.ops.append(("image", b.image, 40, 40, PAGE_W - 80, PAGE_H - 80))
            fl.page.no_text = not b.text_layer
            fl.new_page()
        else:
            raise ValueError(b.kind)
    pages = fl.pages
    while len(pages) > 1 and not pages[-1].ops:
        pages.pop()
    return pages


def add_page_footer(pages: list[Page]):
    n = len(pages)
    for i, p in enumerate(pages, 1):
        if p.no_text:
            continue
        s = f"第 {i} 页    共 {n} 页"
        p.ops.append(_text_op((PAGE_W - text_width(s, 10)) / 2, MB - 30, s, 10))


def add_sheet_number(page: Page, n: int):
    """The archive page number written at the top right of a combined 案卷."""
    if page.no_text:
        return
    s = str(n)
    page.ops.append(_text_op(PAGE_W - 40 - text_width(s, 11), PAGE_H - 36, s, 11))


# ------------------------------------------------------------------ rendering
def _draw_text(c: canvas.Canvas, op):
    _, x, y, s, size, cs, bold = op
    offsets = (0.0, 0.3) if bold else (0.0,)
    for dx in offsets:
        if cs:
            c.saveState()
            t = c.beginText(x + dx, y)
            t.setFont(FONT, size)
            t.setCharSpace(cs)
            t.textOut(s)
            c.drawText(t)
            c.restoreState()
        else:
            c.setFont(FONT, size)
            c.drawString(x + dx, y, s)


def render_pdf(pages: list[Page], path_or_buf, title: str = "") -> None:
    c = canvas.Canvas(path_or_buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor("重庆市巴南区生态环境局")
    c.setTitle(title)
    c.setCreator("samples.generate")
    c.setProducer("samples.generate (reportlab)")
    for p in pages:
        c.setLineWidth(0.7)
        for op in p.ops:
            kind = op[0]
            if kind == "text":
                _draw_text(c, op)
            elif kind == "line":
                c.line(*op[1:])
            elif kind == "photo":
                _, x, y, w, h = op
                c.saveState()
                c.setFillGray(0.82)
                c.rect(x, y, w, h, stroke=1, fill=1)
                c.setFillGray(0.6)
                c.rect(x + w * 0.1, y + h * 0.15, w * 0.35, h * 0.45, stroke=0, fill=1)
                c.setFillGray(0.7)
                c.circle(x + w * 0.75, y + h * 0.7, h * 0.12, stroke=0, fill=1)
                c.restoreState()
            elif kind == "image":
                _, png, x, y, w, h = op
                c.drawImage(ImageReader(io.BytesIO(png)), x, y, w, h)
        c.showPage()
    c.save()
