#!/usr/bin/env python3
"""Build the holdout case files (案卷) and their expected case-json.

Written by an author who has not seen the extractor or the sample generator: the case files
imitate how different Chongqing district bureaus and clerks write them.  This script is a record
of how the holdout set was made; it is not run by the tests.

Needs: the project venv (reportlab, python-docx, pypdfium2) and LibreOffice
(`apt-get install libreoffice-writer-nogui fonts-wqy-zenhei`) for the Word→PDF cases and for
checking that every DOCX page renders as exactly one page.

    .venv/bin/python samples/holdout/make_holdout.py

Ground truth is written per document (type, 文号 as printed, date, names, party …); the
case-level fields are derived from it with the rules of docs/facts.md, and every value is checked
against the text of the rendered files (see `check_*`).
"""
from __future__ import annotations

import datetime
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
import pypdfium2
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"
EXPECTED = ROOT / "expected"
WINDOW_START = "2024-11-01"

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
FONT = "STSong-Light"

# --------------------------------------------------------------------------- dates, amounts
HAN = "〇一二三四五六七八九"


def _ymd(s):
    d = datetime.date.fromisoformat(s)
    return d.year, d.month, d.day


def cn(s):  # 2025年6月3日
    y, m, d = _ymd(s)
    return f"{y}年{m}月{d}日"


def cn0(s):  # 2025年06月03日
    y, m, d = _ymd(s)
    return f"{y}年{m:02d}月{d:02d}日"


def dot(s):  # 2025.6.3
    y, m, d = _ymd(s)
    return f"{y}.{m}.{d}"


def fw(s):  # ２０２５年６月３日
    return cn(s).translate(str.maketrans("0123456789", "０１２３４５６７８９"))


def _han_num(n):
    if n < 10:
        return HAN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else HAN[t]) + "十" + (HAN[u] if u else "")


def han(s, zero="〇"):  # 二〇二五年六月三日 (zero="○" for the other common glyph)
    y, m, d = _ymd(s)
    return "".join(HAN[int(c)] for c in str(y)).replace("〇", zero) + "年" + _han_num(m) + "月" + _han_num(d) + "日"


def capital(n):
    """Integer yuan → 大写 (壹拾贰万伍仟元整)."""
    digits = "零壹贰叁肆伍陆柒捌玖"

    def four(x):
        s, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            dg = x // 10 ** i % 10
            if dg:
                if zero:
                    s += "零"
                    zero = False
                s += digits[dg] + u
            elif s:
                zero = True
        return s

    wan, rest = divmod(n, 10000)
    s = four(wan) + "万" if wan else ""
    if rest:
        if wan and rest < 1000:
            s += "零"
        s += four(rest)
    return s + "元整"


def norm_num(s):
    """文号 normalised as case-json.md says: 〔〕 around the year, （） around the office part, no spaces."""
    if s is None:
        return None
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"[\[\(（〔［【](\d{4})[\]\)）〕］】]", r"〔\1〕", s)
    return s.replace("(", "（").replace(")", "）")


def unpad(name):
    return re.sub(r"\s+", "", name)


# --------------------------------------------------------------------------- document model
# blocks: ("h", text) title · ("s", text) centred line · ("r", text) right · ("p", text) indented
# paragraph · ("l", text) plain line · ("t", rows, widths, minh) table (None cell = merged with the
# cell on its left) · ("g", pt) gap · ("box", height, caption) photo frame · ("f", text) footer
# line at page bottom · ("hd", text) small header line at page top.
def H(t): return ("h", t)
def S(t): return ("s", t)
def R(t): return ("r", t)
def P(t): return ("p", t)
def L(t): return ("l", t)
def G(n=8): return ("g", n)
def F(t): return ("f", t)
def HD(t): return ("hd", t)
def BOX(h, cap): return ("box", h, cap)
def T(rows, widths=None, minh=None): return ("t", rows, widths, minh)


class Doc:
    """One document of a case file, with its ground truth."""

    def __init__(self, doc_type, pages, number=None, date=None, date_shown=None, *,
                 party=None, cause=None, handlers=None, inspectors=None, inquirers=None,
                 fine=None, fine_shown=None, title=None, transfer=None):
        self.doc_type = doc_type
        self.pages = pages
        self.number = number              # as printed (None: the document has no 文号 of its own)
        self.date = date                  # ISO, per docs/facts.md
        self.date_shown = date_shown      # the printed form that carries `date` (checked in text)
        self.party, self.cause, self.fine, self.fine_shown = party, cause, fine, fine_shown
        self.handlers = handlers or []    # filing approval: 承办人 as printed (may be padded)
        self.inspectors = inspectors or []
        self.inquirers = inquirers or []
        self.title = title or next(b[1] for b in pages[0] if b[0] == "h")
        self.transfer = transfer          # transfer_notice: "criminal" or "detention"


# --------------------------------------------------------------------------- reportlab renderer
PW, PH = A4


def sw(text, size, cs=0.0):
    return pdfmetrics.stringWidth(text, FONT, size) + cs * len(text)


def wrap(text, width, size, cs=0.0):
    out = []
    for para in text.split("\n"):
        toks = re.findall(r"[A-Za-z0-9.,%:/\-+_~×]+|.", para)
        cur = ""
        for tok in toks:
            if cur and sw(cur + tok, size, cs) > width:
                out.append(cur)
                cur = "" if tok == " " else tok
                while sw(cur, size, cs) > width:  # a very long ascii run
                    k = len(cur)
                    while k > 1 and sw(cur[:k], size, cs) > width:
                        k -= 1
                    out.append(cur[:k])
                    cur = cur[k:]
            else:
                cur += tok
        out.append(cur)
    return out


class Overflow(Exception):
    pass


def render_pdf(path, docs, *, charspace=0.0, size=11.0, lead=18.5, margin=62, page_foot=None):
    """Draw documents page by page; a page that does not fit raises Overflow.
    page_foot(i) → text printed at the bottom of physical page i (1-based), e.g. 案卷 page numbers."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle(Path(path).stem)
    n = 0
    for doc in docs:
        for pi, page in enumerate(doc.pages):
            n += 1
            y = PH - margin
            left, width = margin, PW - 2 * margin

            def text(x, yy, s, sz=size, cs=charspace):
                t = c.beginText(x, yy)
                t.setFont(FONT, sz)
                t.setCharSpace(cs)
                t.textOut(s)
                c.drawText(t)

            for b in page:
                kind = b[0]
                if kind == "hd":
                    text(left, PH - 36, b[1], 8.5, 0)
                    continue
                if kind == "f":
                    s = b[1]
                    text((PW - sw(s, 9)) / 2, 30, s, 9, 0)
                    continue
                if kind == "g":
                    y -= b[1]
                elif kind == "h":
                    sz = 18
                    for ln in wrap(b[1], width, sz, charspace):
                        y -= sz + 8
                        text((PW - sw(ln, sz, charspace)) / 2, y, ln, sz)
                    y -= 6
                elif kind in ("s", "r", "l", "p"):
                    ind = 2 * size if kind == "p" else 0
                    lines = wrap(b[1], width - ind, size, charspace)
                    for k, ln in enumerate(lines):
                        y -= lead
                        if kind == "s":
                            x = (PW - sw(ln, size, charspace)) / 2
                        elif kind == "r":
                            x = left + width - sw(ln, size, charspace)
                        else:
                            x = left + (ind if k == 0 else 0)
                        text(x, y, ln)
                elif kind == "box":
                    h, cap = b[1], b[2]
                    y -= h + 6
                    c.setFillGray(0.85)
                    c.rect(left + 40, y, width - 80, h, stroke=1, fill=1)
                    c.setFillGray(0)
                    text(left + 50, y + h / 2, "（照片）", size, 0)
                    for ln in wrap(cap, width, size - 1, 0):
                        y -= lead - 2
                        text(left + 40, y, ln, size - 1, 0)
                elif kind == "t":
                    rows, widths, minh = b[1], b[2], b[3]
                    ncol = max(len(r) for r in rows)
                    widths = widths or [1 / ncol] * ncol
                    tot = sum(widths)
                    colw = [width * w / tot for w in widths]
                    tsz = size - 0.5
                    y -= 6
                    for ri, row in enumerate(rows):
                        cells = []  # (x, w, text)
                        x = left
                        for ci in range(ncol):
                            v = row[ci] if ci < len(row) else None
                            if v is None and cells:
                                px, pw_, pt = cells[-1]
                                cells[-1] = (px, pw_ + colw[ci], pt)
                            else:
                                cells.append((x, colw[ci], v or ""))
                            x += colw[ci]
                        wrapped = [wrap(t, w - 8, tsz, charspace) for (_, w, t) in cells]
                        hgt = max(len(wl) for wl in wrapped) * (tsz + 5) + 8
                        mh = (minh[ri] if isinstance(minh, (list, tuple)) else minh) if minh else 0
                        hgt = max(hgt, mh or 0)
                        if y - hgt < margin - 10:
                            raise Overflow(f"{path}: {doc.title} page {pi + 1} (table)")
                        for (cx, cw, _), wl in zip(cells, wrapped):
                            c.rect(cx, y - hgt, cw, hgt, stroke=1, fill=0)
                            yy = y - 4
                            for ln in wl:
                                yy -= tsz + 5
                                text(cx + 4, yy + 3, ln, tsz)
                        y -= hgt
                    y -= 4
                if y < margin - 10:
                    raise Overflow(f"{path}: {doc.title} page {pi + 1}")
            if page_foot:
                s = page_foot(n)
                if s:
                    text((PW - sw(s, 10)) / 2, 28, s, 10, 0)
            c.showPage()
    c.save()
    return n


# --------------------------------------------------------------------------- DOCX renderer
def _set_cell_border(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tblPr.append(borders)


def _row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def _page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def render_docx(path, docs, *, header=None, footer=None, page_numbers=False, size=10.5,
                heading_style=False, font="宋体"):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    st.paragraph_format.line_spacing = 1.15
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.top_margin = sec.bottom_margin = Cm(2.3)
    sec.left_margin = sec.right_margin = Cm(2.4)
    if header:
        hp = sec.header.paragraphs[0]
        hp.text = header
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer or page_numbers:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer:
            fp.add_run(footer + ("    " if page_numbers else ""))
        if page_numbers:
            fp.add_run("第 ")
            _page_field(fp)
            fp.add_run(" 页")
    width_cm = 21.0 - 4.8
    first = True
    for doc in docs:
        for page in doc.pages:
            need_break = not first
            first = False
            for b in page:
                kind = b[0]
                if kind in ("f", "hd"):
                    # page-level footers/headers become ordinary small lines in Word files
                    kind, b = "l", ("l", b[1])
                if kind == "t" and need_break:
                    p = d.add_paragraph()
                    p.paragraph_format.page_break_before = True
                    need_break = False
                if kind == "t":
                    rows, widths, minh = b[1], b[2], b[3]
                    ncol = max(len(r) for r in rows)
                    widths = widths or [1] * ncol
                    tot = sum(widths)
                    tb = d.add_table(rows=len(rows), cols=ncol)
                    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
                    tb.autofit = False
                    _set_cell_border(tb)
                    for gc, w in zip(tb._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                        gc.set(qn("w:w"), str(int(width_cm * w / tot * 567)))
                    for ri, row in enumerate(rows):
                        mh = (minh[ri] if isinstance(minh, (list, tuple)) else minh) if minh else 0
                        if mh:
                            _row_height(tb.rows[ri], mh / 28.35)
                        for ci in range(ncol):
                            tb.cell(ri, ci).width = Cm(width_cm * widths[ci] / tot)
                        ci = 0
                        while ci < ncol:
                            v = row[ci] if ci < len(row) else None
                            cj = ci + 1
                            while cj < ncol and (cj >= len(row) or row[cj] is None):
                                cj += 1
                            cell = tb.cell(ri, ci)
                            if cj - 1 > ci:
                                cell = cell.merge(tb.cell(ri, cj - 1))
                            lines = (v or "").split("\n")
                            cell.paragraphs[0].text = lines[0]
                            for ln in lines[1:]:
                                cell.add_paragraph(ln)
                            ci = cj
                    continue
                if kind == "box":
                    if need_break:
                        p = d.add_paragraph(); p.paragraph_format.page_break_before = True
                        need_break = False
                    tb = d.add_table(rows=1, cols=1)
                    _set_cell_border(tb)
                    _row_height(tb.rows[0], b[1] / 28.35)
                    tb.cell(0, 0).paragraphs[0].text = "（照片）"
                    d.add_paragraph(b[2])
                    continue
                if kind == "g":
                    p = d.add_paragraph()
                    p.paragraph_format.space_after = Pt(b[1] / 2)
                else:
                    txt = b[1]
                    if kind == "h" and heading_style:
                        p = d.add_paragraph(style="Heading 1")
                        run = p.add_run(txt)
                        run.font.color.rgb = None
                        run.font.name = font
                        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
                    else:
                        p = d.add_paragraph()
                        run = p.add_run(txt)
                    if kind == "h":
                        run.bold = True
                        run.font.size = Pt(17)
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        p.paragraph_format.space_after = Pt(6)
                    elif kind == "s":
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    elif kind == "r":
                        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif kind == "p":
                        p.paragraph_format.first_line_indent = Pt(size * 2)
                if need_break:
                    p.paragraph_format.page_break_before = True
                    need_break = False
    d.core_properties.author = "执法支队"
    d.save(str(path))


# --------------------------------------------------------------------------- LibreOffice
def lo_convert(docx_path, outdir):
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(docx_path)], capture_output=True, text=True,
                       timeout=300)
    out = outdir / (Path(docx_path).stem + ".pdf")
    if not out.exists():
        raise RuntimeError(f"LibreOffice failed on {docx_path}: {r.stderr}")
    return out


def pdf_texts(path):
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


# --------------------------------------------------------------------------- zips
class GBKZipInfo(zipfile.ZipInfo):
    """Member names stored in GBK without the UTF-8 flag, as Windows' built-in zip writes them."""

    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def write_zip(path, members, *, gbk=False):
    """members: list of (member path, bytes or None for a directory entry), in stored order."""
    cls = GBKZipInfo if gbk else zipfile.ZipInfo
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members:
            zi = cls(name, date_time=(2025, 9, 30, 10, 0, 0))
            if data is None:
                zi.external_attr = 0o40755 << 16 | 0x10
                zf.writestr(zi, b"")
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                zf.writestr(zi, data)


# --------------------------------------------------------------------------- expected + checks
def squash(s):
    return re.sub(r"\s+", "", s)


class Case:
    """A case file: its sources (in reading order) with their documents, and case-level truth."""

    def __init__(self, cid, kind, summary):
        self.cid, self.kind, self.summary = cid, kind, summary
        self.sources = []   # (source name, [Doc], render spec)
        self.truth = {}

    def add(self, source, docs, how, **opts):
        self.sources.append((source, docs, how, opts))

    def all_docs(self):
        return [d for _, docs, _, _ in self.sources for d in docs]


def derive(case):
    """Case-level fields from the per-document truth, by the rules of docs/facts.md."""
    docs = case.all_docs()
    t = case.truth

    def first(dt):
        return next((d for d in docs if d.doc_type == dt), None)

    fa = first("filing_approval")
    dec = first("penalty_decision") or first("no_penalty_decision")
    types = {d.doc_type for d in docs}
    tn = [d for d in docs if d.doc_type == "transfer_notice"]
    if any(getattr(d, "transfer", None) == "criminal" for d in tn):
        measure = "transfer_criminal"
    elif any(getattr(d, "transfer", None) == "detention" for d in tn):
        measure = "transfer_detention"
    elif "penalty_decision" in types:
        measure = "penalty"
    elif "no_penalty_decision" in types:
        measure = "no_penalty"
    elif "seizure_decision" in types:
        measure = "seizure"
    else:
        measure = None
    if measure in ("transfer_criminal", "transfer_detention"):
        want = measure.split("_")[1]
        mdate = next(d.date for d in tn if d.transfer == want)
    elif measure in ("penalty", "no_penalty"):
        mdate = dec.date
    elif measure == "seizure":
        mdate = first("seizure_decision").date
    else:
        mdate = None

    def names(lists):
        out = []
        for lst in lists:
            for n in lst:
                n = unpad(n)
                if n not in out:
                    out.append(n)
        return out

    handlers = names([fa.handlers]) if fa else []
    inspectors = names([d.inspectors for d in docs if d.doc_type == "inspection_record"])
    inquirers = names([d.inquirers for d in docs if d.doc_type == "inquiry_record"])
    lead = [h for h in handlers if h in inspectors or h in inquirers]
    party = (dec.party if dec else None) or (fa.party if fa else None) or t.get("party_any")
    cause = (fa.cause if fa else None) or next(
        (d.cause for d in docs if d.doc_type == "investigation_report" and d.cause), None)
    pen = first("penalty_decision")
    return {
        "party": party,
        "cause": cause,
        "decision_number": norm_num(dec.number) if dec else None,
        "filing_date": fa.date if fa else None,
        "decision_date": dec.date if dec else None,
        "measure": measure,
        "measure_date": mdate,
        "in_review_window": (mdate >= WINDOW_START) if mdate else None,
        "filing_handlers": handlers,
        "inspectors": inspectors,
        "inquirers": inquirers,
        "lead_handlers": lead,
        "fine_yuan": pen.fine if pen else None,
    }


def page_ranges(docs):
    out, p = [], 1
    for d in docs:
        out.append([p, p + len(d.pages) - 1])
        p += len(d.pages)
    return out


def docx_text(path):
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts)


def check_doc_text(case, src, doc, texts, alt=""):
    """`texts`: the rendered text of this document's pages; `alt`: the Word file's own text (for DOCX
    sources, where LibreOffice's font fallback may reorder a rare glyph such as ○ in its PDF)."""
    where = f"{case.cid} {src} {doc.title}"
    alltext = squash("".join(texts)) + "\u0000" + squash(alt)
    assert squash(doc.title) in squash(texts[0]), f"{where}: title not on first page"
    if doc.number:
        assert squash(doc.number) in squash(texts[0]), f"{where}: number {doc.number} not on first page"
    if doc.date:
        assert doc.date_shown, f"{where}: date without printed form"
        assert squash(doc.date_shown) in alltext, f"{where}: date {doc.date_shown} not printed"
    for n in doc.handlers + doc.inspectors + doc.inquirers:
        assert squash(n) in alltext, f"{where}: name {n} not printed"
    for v in (doc.party, doc.cause):
        if v:
            assert squash(v) in alltext, f"{where}: {v} not printed"
    if doc.fine is not None:
        assert squash(doc.fine_shown) in alltext, f"{where}: fine {doc.fine_shown} not printed"


def build_source(case, outdir, src, docs, how, opts, tmp):
    """Render one source file; returns the list of page texts (as a reader would see the pages)."""
    target = outdir / src
    target.parent.mkdir(parents=True, exist_ok=True)
    alt = ""
    if how == "pdf":
        render_pdf(target, docs, **opts)
        texts = pdf_texts(target)
    elif how in ("docx", "lo"):
        dx = Path(tmp) / (Path(src).stem + ".docx")
        render_docx(dx, docs, **opts)
        pdf = lo_convert(dx, Path(tmp) / "lo")
        texts = pdf_texts(pdf)
        if how == "docx":
            shutil.copy(dx, target)
            alt = docx_text(dx)
        else:
            shutil.copy(pdf, target)
    else:
        raise ValueError(how)
    want = sum(len(d.pages) for d in docs)
    assert len(texts) == want, f"{case.cid} {src}: rendered {len(texts)} pages, planned {want}"
    for d, (a, b) in zip(docs, page_ranges(docs)):
        check_doc_text(case, src, d, texts[a - 1:b], alt)
        # no other document title may sit on a continuation page's first line
    return texts


def write_case(case, tmp):
    kind = case.kind  # "folder", "zip", "zip-gbk", "file"
    dest = CASES / case.cid
    for p in (CASES / case.cid, CASES / (case.cid + ".zip"), CASES / (case.cid + ".pdf"),
              CASES / (case.cid + ".docx")):
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
    documents = []
    if kind == "folder":
        dest.mkdir(parents=True)
        names = [s for s, *_ in case.sources]
        assert names == sorted(names), f"{case.cid}: sources not in name order"
        for src, docs, how, opts in case.sources:
            build_source(case, dest, src, docs, how, opts, tmp)
        case_file = f"samples/holdout/cases/{case.cid}"
        for p in case.extra_files if hasattr(case, "extra_files") else []:
            (dest / p[0]).write_bytes(p[1])
    elif kind.startswith("zip"):
        stage = Path(tmp) / "stage"
        if stage.exists():
            shutil.rmtree(stage)
        stage.mkdir()
        names = [s for s, *_ in case.sources]
        assert names == sorted(names), f"{case.cid}: members not in name order"
        for src, docs, how, opts in case.sources:
            build_source(case, stage, src, docs, how, opts, tmp)
        members = []
        seen_dirs = set()
        entries = [(s, (stage / s).read_bytes()) for s in names] + list(getattr(case, "extra_files", []))
        for name, data in sorted(entries, key=lambda e: e[0]):
            parts = name.split("/")[:-1]
            for k in range(1, len(parts) + 1):
                dname = "/".join(parts[:k]) + "/"
                if dname not in seen_dirs:
                    seen_dirs.add(dname)
                    members.append((dname, None))
            members.append((name, data))
        write_zip(CASES / (case.cid + ".zip"), members, gbk=(kind == "zip-gbk"))
        case_file = f"samples/holdout/cases/{case.cid}.zip"
    elif kind == "file":
        (src, docs, how, opts), = case.sources
        ext = Path(src).suffix
        assert Path(src).stem == case.cid
        build_source(case, CASES, src, docs, how, opts, tmp)
        case_file = f"samples/holdout/cases/{case.cid}{ext}"
    else:
        raise ValueError(kind)
    for src, docs, how, opts in case.sources:
        for d, pr in zip(docs, page_ranges(docs)):
            documents.append({"doc_type": d.doc_type, "source": src, "pages": pr,
                              "number": norm_num(d.number), "date": d.date})
    der = derive(case)
    t = case.truth
    docs_all = case.all_docs()
    dec = next((d for d in docs_all if d.doc_type in ("penalty_decision", "no_penalty_decision")), None)
    holder = dec or next(d for d in docs_all if any(b[0] == "s" and b[1] == t["agency"] for b in d.pages[0]))
    has_header = any(o.get("header", "").startswith(t["agency"]) for s_, ds, h_, o in case.sources if holder in ds)
    assert has_header or any(b[0] == "s" and b[1] == t["agency"] for b in holder.pages[0][:3]), \
        f"{case.cid}: agency not printed at the top of {holder.title}"
    for k in ("party", "cause", "fine_yuan", "lead_handlers", "measure"):
        if k in t:
            assert t[k] == der[k], f"{case.cid}: {k}: stated {t[k]!r} but rules give {der[k]!r}"
    out = {"case_file": case_file, "documents": documents}
    out.update({k: der[k] for k in ("party", "cause", "decision_number", "filing_date",
                                    "decision_date", "measure", "measure_date", "in_review_window",
                                    "filing_handlers", "inspectors", "inquirers", "lead_handlers")})
    out["case_types"] = t["case_types"]
    out["new_equipment"] = t["new_equipment"]
    out["non_site_platforms"] = t["non_site_platforms"]
    out["fine_yuan"] = der["fine_yuan"]
    out["errors"] = []
    # extra fields that docs/facts.md added (case-json allows more); `events` is not given
    out["agency"] = t["agency"]
    police = [d for d in case.all_docs() if d.doc_type == "police_filing_notice"]
    out["police_filed"] = bool(police)
    out["police_filing_date"] = police[0].date if police else None
    (EXPECTED / f"{case.cid}.json").write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    return out


# =========================================================================== the cases
CASE_BUILDERS = []


def case(fn):
    CASE_BUILDERS.append(fn)
    return fn


def receipt(agency, doc_name, number, party, place, method, recv_date_shown, servers, *,
            style=1, recv_label="收件人签名或盖章"):
    """送达回证 (two layouts)."""
    if style == 1:
        rows = [
            ["送达文书名称", f"{doc_name}"],
            ["送达文书文号", number or "—"],
            ["受送达人", party],
            ["送达地点", place],
            ["送达方式", method],
            [recv_label, f"（签名）\n{recv_date_shown}"],
            ["代收人及与受送达人关系", ""],
            ["送达人", "、".join(servers)],
            ["备注", ""],
        ]
        return [S(agency), H("送达回证"), G(6), T(rows, [1.2, 3], [28] * 5 + [60, 28, 30, 40])]
    rows = [
        ["受送达人", party, None, None],
        ["送达文件", f"{doc_name}（{number}）" if number else doc_name, None, None],
        ["送达地点", place, None, None],
        ["送达方式", method, "送达人", "、".join(servers)],
        ["受送达人签收", f"签收时间：{recv_date_shown}", None, None],
        ["见证人", "", "备注", ""],
    ]
    return [H("送 达 回 证"), S(agency), G(6), T(rows, [1.1, 2, 0.8, 1.6], [32, 32, 32, 32, 64, 40])]


# --------------------------------------------------------------------------- h-01 江津
@case
def h01():
    c = Case("h-01", "folder", "江津区，文件夹，每份文书一个PDF（reportlab），一般处罚，危险废物")
    ag = "重庆市江津区生态环境局"
    party = "重庆市江津区鑫达五金制品有限公司"
    cause = "涉嫌未按规定贮存危险废物案"
    uscc = "91500116MA60K3QX2L"
    addr = "重庆市江津区双福街道创业大道18号"
    fa_date, ins_date, inq_date = "2025-05-12", "2025-05-08", "2025-05-15"
    rep_date, pn_date, lr_date, cd_date = "2025-06-20", "2025-06-23", "2025-07-01", "2025-07-02"
    dec_date, rc_date, cl_date = "2025-07-04", "2025-07-07", "2025-08-05"
    fine = 125000
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), R("立案号：江津环立(2025)66号"), G(4),
        T([
            ["案件来源", "■现场检查  □非现场检查  □投诉举报  □上级交办  □有关部门移送  □其他", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "统一社会信用代码", uscc],
            ["法定代表人", "刘德明", "联系电话", "139****2210"],
            ["地址", addr, None, None],
            ["案情简介及立案理由",
             f"{cn(ins_date)}，我局执法人员对当事人开展现场检查时发现，该公司车间东侧露天空地堆放废切削液约"
             "2.3吨，未采取防雨、防渗、防流失措施，未设置危险废物识别标志。废切削液属于HW09类危险废物。"
             "当事人涉嫌违反《中华人民共和国固体废物污染环境防治法》第七十九条的规定，符合《生态环境行政处罚办法》"
             "第十九条规定的立案条件。", None, None],
            ["承办人意见", "建议立案调查。\n承办人：周建平、吴  倩        2025年5月9日", None, None],
            ["承办机构意见", "同意立案，请局领导审批。\n负责人：黄继红        2025年5月10日", None, None],
            ["单位负责人审批意见", f"同意立案。\n签名：陈光荣        {cn(fa_date)}", None, None],
            ["备注", "", None, None],
        ], [1.3, 2.2, 1.3, 1.8], [30, 30, 30, 30, 30, 150, 60, 60, 60, 30]),
    ]], "江津环立(2025)66号", fa_date, cn(fa_date), party=party, cause=cause,
        handlers=["周建平", "吴  倩"])
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"), G(2),
        L(f"检查时间：{cn(ins_date)}9时30分至11时10分"),
        L(f"检查地点：{addr}（该公司厂区）"),
        L(f"被检查单位：{party}"),
        L(f"统一社会信用代码：{uscc}      法定代表人：刘德明"),
        L("现场负责人：彭某（生产主管）  联系电话：136****7781"),
        T([["执法人员姓名", "执法证号", "所在单位"],
           ["周建平", "50038120012", "江津区生态环境保护综合行政执法支队"],
           ["邓  涛", "50038120027", "江津区生态环境保护综合行政执法支队"]], [1, 1.2, 2.6]),
        L("记录人：吴倩（江津区生态环境保护综合行政执法支队）"),
        P("告知事项：我们是重庆市江津区生态环境局的执法人员，已向你出示执法证件。你单位应当配合检查，如实提供"
          "有关情况和资料；你有陈述和申辩的权利；认为执法人员与本案有直接利害关系的，可以申请回避。"
          "是否申请回避：不申请。（彭某）"),
        P("现场情况：该公司主要从事五金件机加工，检查时车床、加工中心等设备正在运行。车间东侧露天空地堆放蓝色"
          "塑料桶装废切削液46桶（每桶约50千克，合计约2.3吨），桶体无盖，部分桶体破损，地面有油污渗漏痕迹。"
          "堆放区未设置防雨、防渗、防流失措施，未设置危险废物识别标志。经现场负责人确认，上述废切削液系机加工"
          "过程中产生，已堆放约3个月。废切削液属于《国家危险废物名录（2025年版）》HW09类危险废物"
          "（900-006-09）。"),
        P("该公司设有一般工业固体废物暂存间一处，存放废金属边角料。该公司持有排污许可证，检查时未发现生产废水外排。"),
        P("现场拍摄照片12张，已由现场负责人确认。"),
        G(4),
        L(f"被检查单位现场负责人（签名）：彭某        {cn(ins_date)}"),
        L("检查人（签名）：周建平  邓涛        记录人（签名）：吴倩"),
        F("第1页 共1页"),
    ]], None, ins_date, cn(ins_date), inspectors=["周建平", "邓  涛"])
    photo = Doc("other", [[
        H("现场照片"), S(f"案件名称：{party}{cause[2:]}"), G(4),
        BOX(200, f"照片1：车间东侧露天堆放的废切削液桶，桶体无盖。拍摄时间：{cn(ins_date)}10时05分  拍摄人：周建平"),
        G(6),
        BOX(200, "照片2：堆放区地面油污渗漏痕迹，未设危险废物识别标志。拍摄时间：同上  拍摄人：邓涛"),
    ]], None, ins_date, cn(ins_date))
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"), G(2),
        L(f"时间：{cn(inq_date)}14时20分至15时35分"),
        L("地点：江津区生态环境保护综合行政执法支队第二询问室"),
        L("被询问人：刘德明  性别：男  年龄：52岁  职务：法定代表人"),
        L(f"工作单位：{party}  电话：139****2210"),
        L("询问人：吴倩、邓涛    执法证号：50038120031、50038120027"),
        L("记录人：周建平"),
        P("问：我们是重庆市江津区生态环境局执法人员（出示执法证件），现依法就你公司危险废物贮存问题进行调查，"
          "请如实回答。你有陈述、申辩和申请回避的权利。你是否申请回避？"),
        P("答：不申请。"),
        P("问：请介绍一下你公司的基本情况。"),
        P("答：我公司2019年成立，主要做汽车五金件机加工，有员工38人，年产值约两千万元。"),
        P("问：2025年5月8日检查时在车间东侧堆放的废切削液是怎么来的？"),
        P("答：是车床、加工中心换下来的废切削液，一般两个月换一次，换下来就装桶放在那里。"),
        P("问：这些废切削液堆放了多长时间？有多少？"),
        P("答：大概放了三个月，一共46桶，每桶大约50公斤。"),
        P("问：你公司是否知道废切削液属于危险废物？"),
        P("答：知道，之前环评里写了，但是危废库房一直没建好，就先放在外面。"),
        F("第1页 共2页                被询问人签名：刘德明"),
    ], [
        P("问：你公司是否与有资质的单位签订了危险废物处置合同？"),
        P("答：签了，和重庆某某环保科技有限公司签的，但今年还没有转移过。"),
        P("问：堆放区有没有防雨、防渗措施，有没有设置标识？"),
        P("答：没有，就是放在水泥地上，上面没有棚子，也没有贴标签。"),
        P("问：你公司下一步准备怎么整改？"),
        P("答：这几天已经把桶都搬到新建的危废暂存间了，地面做了防渗，标识也在做，月底前联系处置单位转移。"),
        P("问：你还有什么要补充的吗？"),
        P("答：没有了。"),
        P("问：请核对笔录，如无误请签名。"),
        P("答：以上笔录我已看过，与我说的一致。"),
        G(8),
        L(f"被询问人（签名）：刘德明        {cn(inq_date)}"),
        L("询问人（签名）：吴倩  邓涛      记录人（签名）：周建平"),
        F("第2页 共2页"),
    ]], None, inq_date, cn(inq_date), inquirers=["吴倩", "邓涛"])
    rep = Doc("investigation_report", [[
        S(ag), H("案件调查报告"), G(2),
        P(f"{cn(ins_date)}，我局执法人员在日常检查中发现{party}涉嫌未按规定贮存危险废物，{cn(fa_date)}经局负责人"
          "批准立案调查。现将调查情况报告如下："),
        L("一、当事人基本情况"),
        P(f"当事人：{party}；统一社会信用代码：{uscc}；法定代表人：刘德明；地址：{addr}。经营范围：五金件、"
          "汽车零部件加工。经查询，该公司未列入重点排污单位名录，未安装自动监测设备。"),
        L("二、调查经过"),
        P(f"承办人周建平、吴倩、邓涛于{cn(ins_date)}进行现场检查，{cn(inq_date)}对法定代表人刘德明进行调查询问，"
          "调取了营业执照、环评批复、危险废物处置合同等资料。"),
        L("三、违法事实和主要证据"),
        P("当事人将机加工产生的废切削液（HW09）约2.3吨露天堆放于车间东侧空地，未采取防雨、防渗、防流失措施，"
          "未设置危险废物识别标志，堆放时间约3个月。经对堆放区周边进行目视检查，未发现明显土壤污染迹象。"),
        P("主要证据：1.现场检查（勘察）笔录1份，证明现场贮存情况；2.现场照片12张；3.调查询问笔录1份，证明"
          "废切削液来源、数量及贮存时间；4.营业执照复印件、环评批复复印件；5.危险废物处置合同复印件。"),
    ], [
        L("四、调查结论和法律依据"),
        P("当事人的上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十九条“产生危险废物的单位，"
          "应当按照国家有关规定和环境保护标准要求贮存、利用、处置危险废物，不得擅自倾倒、堆放”的规定。"),
        L("五、处理意见"),
        P("依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项、第二款，参照《重庆市"
          "生态环境行政处罚裁量基准》，考虑到当事人积极整改、危险废物数量较少，建议对当事人处罚款人民币"
          f"{capital(fine)}。"),
        G(10),
        L("调查人员（签名）：周建平  吴倩  邓涛"),
        R(cn(rep_date)),
        L("执法支队意见：同意调查结论，按程序报审。   负责人：黄继红"),
    ]], None, rep_date, cn(rep_date), cause=None)
    pn = Doc("prior_notice", [[
        S(ag), H("行政处罚事先（听证）告知书"), S("渝(江津)环罚告〔2025〕97号"), G(4),
        L(f"{party}："),
        P(f"我局于{cn(ins_date)}对你单位进行了调查，发现你单位实施了以下环境违法行为：将机加工产生的废切削液"
          "（HW09）约2.3吨露天堆放，未采取防雨、防渗、防流失措施，未设置危险废物识别标志。"),
        P("以上事实有现场检查（勘察）笔录、现场照片、调查询问笔录等证据为凭。"),
        P("你单位的上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十九条的规定。依据该法第一百一十二条"
          f"第一款第（六）项、第二款的规定，我局拟对你单位作出如下行政处罚：罚款人民币{capital(fine)}。"),
        P("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位可在收到本"
          "告知书之日起五个工作日内向我局进行陈述、申辩，也可以提出听证申请。逾期未提出的，视为放弃上述权利。"),
        L("联系人：吴倩    联系电话：023-4752****    地址：重庆市江津区几江街道"),
        G(16), R(ag), R(cn(pn_date)),
    ]], "渝(江津)环罚告〔2025〕97号", pn_date, cn(pn_date))
    lr = Doc("legal_review", [[
        S(ag), H("行政处罚案件法制审核表"), G(4),
        T([
            ["案件名称", f"{party}{cause[2:]}"],
            ["立案号", "江津环立（2025）66号"],
            ["送审机构", "江津区生态环境保护综合行政执法支队"],
            ["送审时间", cn("2025-06-30")],
            ["审核内容", "■执法主体合法  ■在法定职权范围内  ■执法人员具备执法资格  ■程序合法\n"
                        "■事实清楚、证据充分  ■适用法律正确、裁量适当  ■文书齐全规范\n"
                        "□涉嫌犯罪需移送  □属于重大执法决定"],
            ["审核意见", "经审核，本案事实清楚，证据确实充分，程序合法，适用法律正确，裁量适当。同意承办机构的处理意见。"],
            ["审核人", f"谭  敏        {cn(lr_date)}"],
            ["法制机构负责人", f"同意。  王雪梅        {cn(lr_date)}"],
        ], [1.2, 4], [30, 30, 30, 30, 90, 70, 34, 34]),
    ]], None, lr_date, cn(lr_date))
    cd = Doc("collective_discussion", [[
        S(ag), H("案件集体讨论笔录"), G(2),
        L(f"案件名称：{party}{cause[2:]}"),
        L(f"讨论时间：{cn(cd_date)}9时00分至10时10分"),
        L("地点：局三楼会议室"),
        L("主持人：陈光荣（局长）"),
        L("参加人员：黄继红、王雪梅、张志远、刘静（局党组成员、相关科室负责人）"),
        L("列席人员：周建平、吴倩（案件承办人）"),
        L("记录人：谭敏"),
        P("承办人周建平汇报案件情况：（略，详见案件调查报告）。当事人在规定期限内未提出陈述、申辩，未要求听证。"),
        P("王雪梅：法制审核认为本案事实清楚、证据充分，同意罚款壹拾贰万伍仟元。"),
        P("黄继红：当事人已完成整改，同意按裁量基准下限附近处罚。"),
        P("张志远：同意。"),
        P("刘静：同意。"),
        P(f"讨论结论：同意对{party}处罚款人民币{capital(fine)}。"),
        G(6),
        L("参加人员签名：陈光荣 黄继红 王雪梅 张志远 刘静      记录人：谭敏"),
    ]], None, cd_date, cn(cd_date))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（江津）环罚〔2025〕118号"), G(4),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L("法定代表人：刘德明"),
        L(f"地址：{addr}"),
        L("一、环境违法事实和证据"),
        P(f"我局于{cn(ins_date)}对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位将机加工产生的废切削液"
          "（属于HW09类危险废物）46桶约2.3吨露天堆放于车间东侧空地，未采取防雨、防渗、防流失措施，未设置危险废物"
          "识别标志，堆放时间约3个月。我局已于2025年5月9日以渝（江津）环责改〔2025〕52号责令你单位改正。"),
        P("以上事实，有现场检查（勘察）笔录、现场照片、调查询问笔录、营业执照复印件、危险废物处置合同复印件等证据为凭。"),
        P("你单位的上述行为违反了《中华人民共和国固体废物污染环境防治法》第七十九条的规定。"),
        L("二、陈述、申辩的采纳情况及理由"),
        P(f"我局于{cn(pn_date)}以渝（江津）环罚告〔2025〕97号告知书告知你单位拟作出行政处罚的事实、理由、依据及"
          "你单位依法享有的陈述、申辩和要求听证的权利。你单位在规定期限内未提出陈述、申辩，未要求听证。"),
        L("三、行政处罚的依据、种类及裁量理由"),
        P("依据《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项、第二款的规定，参照《重庆市"
          "生态环境行政处罚裁量基准》，综合考虑你单位危险废物数量、积极整改等情节，我局决定对你单位作出如下行政处罚："),
        P(f"罚款人民币{capital(fine)}（¥125,000.00）。"),
        F("第1页 共2页"),
    ], [
        L("四、行政处罚决定的履行方式和期限"),
        P("你单位应当自收到本决定书之日起十五日内，将罚款缴至指定银行或者通过电子支付系统缴纳。到期不缴纳罚款的，"
          "我局将每日按罚款数额的百分之三加处罚款。"),
        L("收款银行：中国农业银行重庆江津支行   户名：重庆市江津区财政局   账号：3108 0201 0400 ****"),
        L("五、申请行政复议或者提起行政诉讼的途径和期限"),
        P("你单位如不服本处罚决定，可在收到本决定书之日起六十日内向重庆市江津区人民政府申请行政复议，也可以在六个"
          "月内向重庆市江津区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，不停止行政处罚决定的执行。"),
        P("你单位逾期不申请行政复议，不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。"),
        G(30), R(f"{ag}（印章）"), R(cn(dec_date)),
        G(20), L("（本文书一式三份，一份送达当事人，一份交收款银行，一份存档）"),
        F("第2页 共2页"),
    ]], "渝（江津）环罚〔2025〕118号", dec_date, cn(dec_date), party=party, fine=fine,
        fine_shown=f"罚款人民币{capital(fine)}")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（江津）环罚〔2025〕118号", party,
                                          addr, "直接送达", cn(rc_date), ["周建平", "吴倩"])],
             None, rc_date, cn(rc_date))
    cl = Doc("closing_approval", [[
        S(ag), H("结案审批表"), G(4),
        T([
            ["案由", cause, "立案号", "江津环立（2025）66号"],
            ["当事人", party, None, None],
            ["立案日期", cn(fa_date), "处罚决定书文号", "渝（江津）环罚〔2025〕118号"],
            ["处理结果", f"罚款人民币{capital(fine)}", None, None],
            ["执行情况", "当事人已于2025年7月18日足额缴纳罚款（附缴款凭证）。违法行为已改正。", None, None],
            ["承办人意见", "建议结案。  周建平  吴倩   2025年8月1日", None, None],
            ["承办机构意见", "同意。  黄继红   2025年8月3日", None, None],
            ["单位负责人意见", f"同意结案。  陈光荣   {cn(cl_date)}", None, None],
        ], [1.2, 2, 1.2, 2], [34, 34, 34, 34, 60, 50, 50, 50]),
    ]], None, cl_date, cn(cl_date))
    srcs = ["01_立案审批表.pdf", "02_现场检查（勘察）笔录.pdf", "03_现场照片.pdf", "04_调查询问笔录.pdf",
            "05_案件调查报告.pdf", "06_行政处罚事先告知书.pdf", "07_法制审核表.pdf", "08_集体讨论笔录.pdf",
            "09_行政处罚决定书.pdf", "10_送达回证.pdf", "11_结案审批表.pdf"]
    for s, d in zip(srcs, [fa, ins, photo, inq, rep, pn, lr, cd, dec, rc, cl]):
        c.add(s, [d], "pdf")
    c.truth = dict(agency=ag, case_types=["hazardous_waste"], new_equipment=[], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["周建平", "吴倩"],
                   measure="penalty")
    c.readme = ("江津区；文件夹，11个PDF（reportlab），每份文书一个文件。一般处罚（危险废物露天贮存），罚款大写"
                "加小写。检查人在表格（姓名/执法证号/单位）中，“邓  涛”两字名补空格；记录人吴倩不是本份笔录的检查人但"
                "是询问人；询问笔录跨两页；立案号用半角括号“江津环立(2025)66号”；决定书引用责改和告知书文号；"
                "干扰：未列入重点排污单位、未安装自动监测设备；未发现土壤污染；持有排污许可证（仅提及）。")
    return c


# --------------------------------------------------------------------------- h-02 渝北
@case
def h02():
    c = Case("h-02", "file", "渝北区，整本案卷一个DOCX（页眉页脚、表格式文书），新污染物（二氯甲烷），PID")
    ag = "重庆市渝北区生态环境局"
    party = "重庆恒辉精密电子有限公司"
    cause = "涉嫌未在密闭空间中进行产生含挥发性有机物废气的生产活动案"
    uscc = "91500112MA5YH7RT3C"
    addr = "重庆市渝北区双凤桥街道空港大道606号"
    ins_d, fa_d, inq_d, mon_d = "2025-04-15", "2025-04-18", "2025-04-22", "2025-04-25"
    rep_d, pn_d, lr_d, dec_d, rc_d = "2025-05-20", "2025-05-23", "2025-06-05", "2025-06-10", "2025-06-12"
    fine = 58000
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(f"{ag}"), L("编号：渝北环立〔2025〕188号"),
        T([
            ["案件来源", "■现场检查 □非现场检查 □投诉举报 □媒体披露 □上级交办 □移送 □其他"],
            ["案　　由", cause],
            ["当事人名称", party],
            ["统一社会信用代码", uscc],
            ["法定代表人", "邱国华"],
            ["住　　所", addr],
            ["案情简介", f"{ins_d}，我局执法人员对该公司进行现场检查，发现其电路板清洗工序在敞开式清洗槽中进行，"
                        "使用的清洗剂主要成分为二氯甲烷，清洗废气未收集处理，直接无组织排放。涉嫌违反《中华人民"
                        "共和国大气污染防治法》第四十五条的规定。"],
            ["承办人意见", "经初步调查，当事人涉嫌环境违法，符合立案条件，建议立案调查。\n"
                          "承办人（签名）：孙晓磊 何东\n2025-04-16"],
            ["承办机构负责人意见", "同意立案。\n签名：冯大伟\n2025-04-17"],
            ["单位负责人审批意见", f"同意。\n签名：马林\n{fa_d}"],
        ], [1.3, 4], [24, 24, 24, 24, 24, 24, 120, 80, 64, 64]),
    ]], "渝北环立〔2025〕188号", fa_d, fa_d, party=party, cause=cause, handlers=["孙晓磊", "何东"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"时间：{ins_d} 14:00 至 {ins_d} 16:20"),
        L(f"地点：{addr}（{party}生产车间）"),
        L(f"被检查单位：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L("法定代表人：邱国华   现场负责人：苏某某（环保专员，电话：158****0936）"),
        L("检查人员：孙晓磊  执法证号：50011220035"),
        L("　　　　　何  东  执法证号：50011220041"),
        L("记录人：何东"),
        P("我们是重庆市渝北区生态环境局执法人员，现出示执法证件，依法进行现场检查。你单位有权进行陈述和申辩，"
          "如认为检查人员与本案有直接利害关系，可以申请回避。你是否申请回避？答：不申请。"),
        P("检查情况：该公司主要从事精密电路板组件生产。检查时，生产车间二楼清洗工位正在作业，清洗工序在两个"
          "敞开式清洗槽（约1.2m×0.8m）中进行，槽体上方未设置集气罩，车间门窗敞开，现场有明显刺激性气味。"
          "据现场负责人介绍，清洗剂主要成分为二氯甲烷（含量约98%），月用量约1.6吨。二氯甲烷属于《重点管控新"
          "污染物清单（2023年版）》所列新污染物。"),
        P("执法人员使用PID便携式挥发性有机物检测仪对清洗工位周边进行检测，读数为86～132ppm；车间门口读数为"
          "21ppm。"),
    ], [
        P("该公司车间废气治理设施为一套活性炭吸附装置，仅连接喷涂工位，清洗工位废气未接入。该公司厂区已安装"
          "视频监控系统，监控画面接入公司门卫室。"),
        P("现场调取了清洗剂采购台账（2025年1—3月）、化学品安全技术说明书（MSDS），拍摄照片8张。"),
        P("以上情况属实。"),
        G(10),
        L("被检查单位现场负责人签名：苏某某"),
        L("检查人员签名：孙晓磊  何东"),
        L("记录人签名：何东"),
        L(f"日期：{ins_d}"),
        G(10),
        L("（第2页，共2页）"),
    ]], None, ins_d, ins_d, inspectors=["孙晓磊", "何  东"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"询问时间：{dot(inq_d)} 9:30—10:40"),
        L("询问地点：渝北区生态环境局306室"),
        L("被询问人：苏某某  性别：女  身份证号：500112199*******2X"),
        L(f"工作单位：{party}  职务：环保专员"),
        L("询问人：何东、潘悦"),
        L("记录人：孙晓磊"),
        P("问：我们是重庆市渝北区生态环境局的执法人员，这是我们的执法证件。今天依法就你公司清洗废气排放问题向你"
          "了解情况，你应当如实回答。你有权申请回避，你是否申请？"),
        P("答：不申请。"),
        P("问：你是否受公司委托接受调查？"),
        P("答：是的，我有公司法定代表人邱国华签发的授权委托书。"),
        P("问：你公司清洗工序使用什么清洗剂？"),
        P("答：用的是二氯甲烷，从2023年开始一直用这个，清洗效果好。"),
        P("问：清洗工序在什么地方进行，废气如何处理？"),
        P("答：在二楼车间两个敞口清洗槽里洗，废气没有收集，靠车间排风扇排出去。"),
        P("问：你公司是否知道二氯甲烷被列入重点管控新污染物清单？"),
        P("答：之前不太清楚，检查后才知道。"),
    ], [
        P("问：你公司的环评文件对清洗工序是如何要求的？"),
        P("答：环评要求清洗在密闭清洗机中进行，废气接入活性炭装置。我们当时图省事，没有按要求建。"),
        P("问：目前整改情况如何？"),
        P("答：已经停用敞口清洗槽，正在采购全密闭清洗机，预计5月底安装好。"),
        P("问：以上所说是否属实？还有什么补充？"),
        P("答：属实，没有补充。"),
        G(10),
        L("被询问人签名：苏某某      以上笔录已阅，记录属实。"),
        L("询问人签名：何东  潘悦      记录人签名：孙晓磊"),
        L(f"{dot(inq_d)}"),
        L("（第2页，共2页）"),
    ]], None, inq_d, dot(inq_d), inquirers=["何东", "潘悦"])
    mon = Doc("other", [[
        H("监 测 报 告"), S("重庆市渝北区生态环境监测站"),
        L(f"受检单位：{party}"),
        L("监测类别：执法监测（无组织废气）"),
        L(f"采样日期：{cn(ins_d)}"),
        T([["点位", "监测项目", "监测结果（mg/m³）", "标准限值（mg/m³）", "评价"],
           ["厂界上风向1#", "非甲烷总烃", "0.62", "4.0", "达标"],
           ["厂界下风向2#", "非甲烷总烃", "3.87", "4.0", "达标"],
           ["厂界下风向3#", "非甲烷总烃", "4.35", "4.0", "超标"],
           ["车间门口4#", "二氯甲烷", "68.2", "—", "—"]], [1.2, 1.1, 1.2, 1.2, 0.6]),
        P("监测依据：《环境空气和废气 总烃、甲烷和非甲烷总烃的测定 直接进样-气相色谱法》HJ 604-2017等。"),
        G(20),
        L("编制：杨  帆    审核：罗 琳    签发：钟华"),
        R("重庆市渝北区生态环境监测站"),
        R(cn(mon_d)),
    ]], None, mon_d, cn(mon_d))
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        L(f"案由：{cause}"),
        L(f"当事人：{party}"),
        L("一、案件来源及调查经过"),
        P(f"{cn(ins_d)}，我局执法人员孙晓磊、何东在日常检查中发现当事人涉嫌环境违法，{cn(fa_d)}经批准立案。"
          f"{cn(inq_d)}对当事人委托代理人苏某某进行了调查询问，{cn(mon_d)}取得监测报告。"),
        L("二、违法事实"),
        P("当事人电路板清洗工序使用二氯甲烷作为清洗剂，在两个敞开式清洗槽中作业，未在密闭空间或设备中进行，"
          "清洗废气未收集处理，无组织排放。二氯甲烷属于《重点管控新污染物清单（2023年版）》所列新污染物。"
          "执法人员使用PID检测仪现场检测，清洗工位周边VOCs读数86～132ppm。厂界下风向3#点位非甲烷总烃浓度"
          "4.35mg/m³。"),
        L("三、证据"),
        P("1.现场检查（勘察）笔录；2.调查询问笔录；3.监测报告；4.清洗剂采购台账、MSDS；5.现场照片8张；"
          "6.营业执照、授权委托书。"),
        L("四、法律依据及处理意见"),
        P("当事人行为违反《中华人民共和国大气污染防治法》第四十五条的规定，依据该法第一百零八条第（一）项，"
          "结合裁量基准（涉及新污染物，从重考虑；积极整改，从轻考虑），建议罚款人民币伍万捌仟元整。"),
        G(14),
        L("承办人：孙晓磊、何东"),
        R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝北环罚告〔2025〕175号"),
        L(f"{party}："),
        P(f"经调查，你单位于{cn(ins_d)}被发现电路板清洗工序使用二氯甲烷清洗剂在敞开式清洗槽中作业，清洗废气"
          "未收集处理，无组织排放。上述事实有现场检查（勘察）笔录、调查询问笔录、监测报告、现场照片等证据证明。"),
        P("你单位的行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。依据该法第一百零八条第（一）项，"
          f"我局拟对你单位处罚款人民币伍万捌仟元整。"),
        P("根据《中华人民共和国行政处罚法》第四十五条、第六十三条、第六十四条之规定，你单位可在收到本告知书之日起"
          "五个工作日内向我局提出陈述、申辩意见，或者要求举行听证。逾期视为放弃。"),
        L("联系人：何东  电话：023-6781****  地址：重庆市渝北区双龙湖街道"),
        G(24), R(ag), R(cn(pn_d)),
    ]], "渝北环罚告〔2025〕175号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        H("法制审核意见书"), S(ag),
        T([
            ["案件名称", f"{party}{cause[2:]}"],
            ["承办机构", "渝北区生态环境保护综合行政执法支队"],
            ["拟处理意见", "罚款人民币伍万捌仟元整"],
            ["审核意见", "1.执法主体合法；2.执法人员具有执法资格；3.事实清楚，证据充分；4.适用法律正确；"
                        "5.程序合法；6.裁量适当。当事人在告知期限内未提出陈述申辩。同意拟处理意见。"],
            ["审核人签名", f"刘  洋    {cn(lr_d)}"],
        ], [1.2, 4], [28, 28, 28, 110, 40]),
    ]], None, lr_d, cn(lr_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝北环罚〔2025〕206号"),
        L(f"当事人名称：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L(f"法定代表人：邱国华          住所：{addr}"),
        P(f"我局于{cn(ins_d)}对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位电路板清洗工序使用二氯甲烷"
          "（属于《重点管控新污染物清单（2023年版）》所列新污染物）作为清洗剂，在敞开式清洗槽中作业，未在密闭空间"
          "或者设备中进行，清洗废气未经收集处理直接无组织排放。"),
        P("以上事实，有现场检查（勘察）笔录、调查询问笔录、监测报告、清洗剂采购台账、现场照片等证据为证。"),
        P("你单位的上述行为违反了《中华人民共和国大气污染防治法》第四十五条的规定。"),
        P(f"我局于{cn(pn_d)}向你单位送达了《行政处罚事先（听证）告知书》（渝北环罚告〔2025〕175号），你单位在法定"
          "期限内未提出陈述、申辩，也未要求听证。"),
        P("依据《中华人民共和国大气污染防治法》第一百零八条第（一）项的规定，综合考虑你单位违法行为涉及新污染物、"
          "已停用敞口清洗槽等情节，我局决定对你单位作出如下行政处罚："),
        P("罚款58000元（大写：人民币伍万捌仟元整）。"),
    ], [
        P("限你单位自收到本决定书之日起十五日内，通过“重庆市非税收入缴款”平台或到代收银行缴纳罚款。逾期不缴纳的，"
          "每日按罚款数额的百分之三加处罚款。"),
        P("你单位如不服本决定，可以在收到本决定书之日起六十日内向重庆市渝北区人民政府申请行政复议，或者在六个月内"
          "向重庆两江新区（自贸区）人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止本决定的执行。"),
        G(40), R("重庆市渝北区生态环境局"), R(cn(dec_d)),
        G(30), L("抄送：渝北区生态环境保护综合行政执法支队"),
    ]], "渝北环罚〔2025〕206号", dec_d, cn(dec_d), party=party, fine=fine, fine_shown="罚款58000元")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝北环罚〔2025〕206号", party,
                                          "当事人公司办公室", "直接送达", cn(rc_d), ["何东", "潘悦"], style=2)],
             None, rc_d, cn(rc_d))
    c.add("h-02.docx", [fa, ins, inq, mon, rep, pn, lr, dec, rc], "docx",
          header="重庆市渝北区生态环境局  行政执法文书", footer="渝北区生态环境局制", page_numbers=True)
    c.truth = dict(agency=ag, case_types=["new_pollutant"], new_equipment=["fid_pid"], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["孙晓磊", "何东"])
    c.readme = ("渝北区；整本案卷一个DOCX（每份文书另起一页，页眉“行政执法文书”，页脚页码），立案审批表、法制审核"
                "意见书为表格，承办人在表格签名行里以空格分隔；ISO日期（2025-04-15）与点分日期；检查人员分两行"
                "（第二行“何  东”补空格）；记录人何东同时是检查人；询问人何东、潘悦（潘悦非承办人）。新污染物二氯甲烷，"
                "使用PID检测仪。干扰：厂区视频监控仅作背景；监测报告（other，落款日期）。")
    return c


# --------------------------------------------------------------------------- h-03 涪陵
@case
def h03():
    c = Case("h-03", "file", "涪陵区，整本扫描式合订PDF，封面+卷内目录+打印页码，查封（无立案审批表），自动监控")
    ag = "重庆市涪陵区生态环境局"
    party = "重庆涪陵宏泰化工有限公司"
    uscc = "91500102MA61D2WQ7E"
    addr = "重庆市涪陵区白涛街道化工园区纬二路9号"
    ins_d, inq_d, dec_d, rc_d = "2025-08-03", "2025-08-04", "2025-08-05", "2025-08-05"
    cover = Doc("other", [[
        G(60), S(ag), G(20), H("行 政 执 法 案 卷"), G(30),
        T([["案件名称", f"{party}超标排放大气污染物查封案"],
           ["当 事 人", party],
           ["案 卷 号", "FL-2025-ZF-037"],
           ["卷内页数", "共 8 页"],
           ["保管期限", "长期"],
           ["立 卷 人", "秦露"]], [1, 3], 34),
    ]], title="行 政 执 法 案 卷")
    cat = Doc("other", [[
        H("卷 内 目 录"), G(10),
        T([["序号", "文件名称", "文号", "日期", "页号"],
           ["1", "现场检查（勘察）笔录", "", "2025.08.03", "1-2"],
           ["2", "现场照片", "", "2025.08.03", "3"],
           ["3", "调查询问笔录", "", "2025.08.04", "4-5"],
           ["4", "查封（扣押）决定书及清单", "渝(涪陵)环封[2025]4号", "2025.08.05", "6-7"],
           ["5", "送达回证", "", "2025.08.05", "8"],
           ["", "", "", "", ""]], [0.6, 2.6, 2, 1.2, 0.8], 30),
    ]], title="卷 内 目 录")
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"),
        L(f"检查时间：{cn0(ins_d)}  9时10分 至 11时40分"),
        L(f"检查地点：{addr}"),
        L(f"被检查单位：{party}        统一社会信用代码：{uscc}"),
        L("法定代表人：何某某    现场负责人：邱某（锅炉车间主任）"),
        L("检查人：冉光明（执法证号50010220008）、秦  露（执法证号50010220019）"),
        L("记录人：秦露"),
        L("告知事项：执法人员已出示证件，告知被检查单位配合义务、陈述申辩权和申请回避权。被检查单位不申请回避。"),
        P("检查缘由：2025年8月2日，我局通过重庆市污染源自动监控平台发现，该公司1号燃煤锅炉废气排放口二氧化硫"
          "小时均值自8月1日20时起连续超标，最高值为标准限值的2.1倍。"),
        P("检查情况：检查时1号燃煤锅炉（SZL10-1.25型）正在运行，配套双碱法脱硫塔循环泵停运，脱硫塔旁路烟道阀门"
          "处于开启状态，锅炉烟气经旁路直接排放。自动监测设备运行正常，现场显示二氧化硫实时浓度为612mg/m³。"
          "据现场负责人称，循环泵于8月1日下午故障停机，为保证生产供汽未停炉，亦未向生态环境部门报告。"),
        P("因现场持续降雨，本次检查未使用无人机开展周边巡查。"),
    ], [
        P("检查期间，执法人员调取了自动监测历史数据、锅炉运行台账、脱硫设施运行记录，并对现场情况拍照。"),
        P("现场要求：立即停止1号锅炉运行，修复脱硫设施后方可恢复生产。"),
        G(16),
        L("被检查单位现场负责人（签字）：邱某"),
        L("检查人（签字）：冉光明  秦露"),
        L("记录人（签字）：秦露"),
        L(cn0(ins_d)),
    ]], None, ins_d, cn0(ins_d), inspectors=["冉光明", "秦  露"])
    photo = Doc("other", [[
        H("现场照片"), G(4),
        BOX(220, "照片1：1号锅炉脱硫塔旁路烟道阀门处于开启状态"),
        BOX(220, f"照片2：自动监测设备显示二氧化硫实时浓度612mg/m³    拍摄时间：{cn(ins_d)}  拍摄人：冉光明"),
    ]], None, ins_d, cn(ins_d))
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"时间：{cn(inq_d)}10时00分至11时05分"),
        L("地点：涪陵区生态环境局执法支队询问室"),
        L("被询问人：邱某  性别：男  年龄：47岁"),
        L(f"工作单位及职务：{party}锅炉车间主任"),
        L("询问人：冉光明/秦露"),
        L("记录人：秦露"),
        P("问：我们是涪陵区生态环境局执法人员，已出示执法证件。请你如实回答问题，你有申请回避的权利，是否申请回避？"),
        P("答：不申请。"),
        P("问：1号锅炉脱硫塔循环泵是什么时候停运的？"),
        P("答：8月1日下午三点多，循环泵电机烧了。"),
        P("问：循环泵停运后锅炉是否继续运行？"),
        P("答：继续运行，因为下游车间要用蒸汽，停炉影响生产。"),
        P("问：脱硫塔旁路阀门是谁打开的？"),
        P("答：是我安排值班工人打开的，怕脱硫塔堵塞。"),
    ], [
        S("调查询问笔录（续页）"),
        P("问：你们是否知道循环泵停运期间二氧化硫超标排放？"),
        P("答：知道，在线监测屏上看得到，当时想着修好泵就关旁路。"),
        P("问：是否向生态环境部门报告了设施故障？"),
        P("答：没有报告。"),
        P("问：你还有什么补充？"),
        P("答：没有。"),
        G(16),
        L("被询问人：邱某（签字）    以上笔录我看过，和我说的一样。"),
        L("询问人：冉光明  秦露        记录人：秦露"),
        L(cn(inq_d)),
    ]], None, inq_d, cn(inq_d), inquirers=["冉光明", "秦露"])
    seiz = Doc("seizure_decision", [[
        S(ag), H("查封（扣押）决定书"), S("渝(涪陵)环封[2025]4号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}    法定代表人：何某某"),
        L(f"地址：{addr}"),
        P("经查，你单位1号燃煤锅炉脱硫设施停运后，你单位开启脱硫塔旁路烟道继续生产，锅炉烟气未经处理直接排放，"
          "二氧化硫排放浓度超过《锅炉大气污染物排放标准》（GB 13271-2014）规定的排放限值。"),
        P("上述事实有重庆市污染源自动监控平台超标数据、现场检查（勘察）笔录、现场照片、调查询问笔录等证据证明。"),
        P("你单位的行为违反了《中华人民共和国大气污染防治法》第十八条的规定，可能造成严重污染。依据《中华人民共和国"
          "环境保护法》第二十五条、《中华人民共和国大气污染防治法》第三十条、《环境保护主管部门实施查封、扣押办法》"
          "第四条第一款第（二）项的规定，我局决定对你单位下列设施、设备实施查封："),
    ], [
        T([["序号", "名称", "规格型号", "数量", "存放地点"],
           ["1", "1号燃煤锅炉", "SZL10-1.25-AII", "1台", "原地查封"],
           ["2", "脱硫塔旁路烟道阀门", "DN800", "1个", "原地查封"]], [0.6, 2, 1.6, 0.8, 1.2]),
        P("查封期限为三十日，自2025年8月5日起至2025年9月3日止。情况复杂的，经本局负责人批准可以延长，延长期限不超过"
          "三十日。查封期间，你单位应当妥善保管被查封的设施、设备，不得擅自启封、转移、使用或者损毁。"),
        P("你单位如不服本决定，可以在收到本决定书之日起六十日内向重庆市涪陵区人民政府申请行政复议，也可以在六个月内"
          "依法向人民法院提起行政诉讼。"),
        G(30), R(f"{ag}（盖章）"), R(han(dec_d)),
        G(20), L("当事人签收：何某某（邱某代收）  执法人员：冉光明  秦露"),
    ]], "渝(涪陵)环封[2025]4号", dec_d, han(dec_d))
    rc = Doc("service_receipt", [receipt(ag, "查封（扣押）决定书及查封清单", "渝（涪陵）环封〔2025〕4号", party,
                                          addr, "直接送达（当事人委托邱某签收）", dot(rc_d), ["冉光明", "秦露"])],
             None, rc_d, dot(rc_d))
    c.add("h-03.pdf", [cover, cat, ins, photo, inq, seiz, rc], "pdf",
          page_foot=lambda n: f"— {n - 2} —" if n >= 3 else None)
    c.truth = dict(agency=ag, case_types=[], new_equipment=[], non_site_platforms=["auto_monitoring"],
                   party=party, party_any=party, cause=None, fine_yuan=None, lead_handlers=[],
                   measure="seizure")
    c.readme = ("涪陵区；整本合订PDF（reportlab），卷宗封面、卷内目录（目录里的页号从正文第一页起算，与PDF物理页码差2，"
                "页脚印“— 1 —”样式页码）。只有查封（扣押）决定书，无立案审批表、无调查报告：filing_date、cause为null，"
                "lead_handlers为[]，当事人取自其他文书。查封决定书落款为中文数字日期，文号半角括号“渝(涪陵)环封[2025]4号”，"
                "查封清单在决定书第二页的表格中（同一份文书）。询问笔录第二页顶端印“调查询问笔录（续页）”（仍是同一份"
                "文书）。询问人以“/”分隔。线索来自污染源自动监控平台。干扰：因降雨未使用无人机。")
    return c


# --------------------------------------------------------------------------- h-04 永川
@case
def h04():
    c = Case("h-04", "folder", "永川区，文件夹，DOCX为主加一个PDF，个体工商户，不予处罚（首违不罚）")
    ag = "重庆市永川区生态环境局"
    party = "重庆市永川区老码头火锅店"
    cause = "涉嫌未安装油烟净化设施排放油烟案"
    uscc = "92500118MA5XPL8N4Q"
    addr = "重庆市永川区中山路街道兴龙大道388号附12号"
    ins_d, fa_d, nt_d, inq_d = "2025-05-19", "2025-05-20", "2025-05-21", "2025-05-23"
    pn_d, lr_d, dec_d, rc_d = "2025-06-16", "2025-06-25", "2025-06-27", "2025-06-30"
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), R("渝（永川）环立〔2025〕42号"),
        T([
            ["案件来源", "□现场检查  □非现场检查  ■投诉举报  □上级交办  □有关部门移送  □其他", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "组成形式", "个体工商户"],
            ["经营者", "刘某某", "统一社会信用代码", uscc],
            ["经营场所", addr, None, None],
            ["立案日期", cn(fa_d), None, None],
            ["简要案情", "2025年5月16日，我局接12345热线转办投诉，反映兴龙大道某火锅店油烟扰民。5月19日经现场检查，"
                       "该店6个灶头油烟经排风机直接排放，未安装油烟净化设施。涉嫌违反《中华人民共和国大气污染防治法》"
                       "第八十一条第一款的规定，建议立案。", None, None],
            ["承办人", "张  勇、黎明月", None, None],
            ["承办机构意见", "拟同意立案。  罗伟  2025.5.20", None, None],
            ["单位负责人意见", f"同意立案。  韩文斌  {dot(fa_d)}", None, None],
        ], [1.2, 2.4, 1.2, 1.8], [26, 26, 26, 26, 26, 26, 120, 26, 40, 40]),
    ]], "渝（永川）环立〔2025〕42号", fa_d, dot(fa_d), party=party, cause=cause, handlers=["张  勇", "黎明月"])
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查笔录"),
        L(f"检查时间：{dot(ins_d)} 11:40—12:30"),
        L(f"检查地点：{addr}"),
        L(f"被检查单位（个人）：{party}（个体工商户）  经营者：刘某某"),
        L("检查人员：张勇    执法证号：50011820006"),
        L("　　　　　黎明月  执法证号：50011820011"),
        L("记录人：陈晓雨（永川区中山路街道环保协管员）"),
        L("在场人：刘某某（经营者）"),
        P("执法人员出示执法证件，告知当事人有配合检查、如实提供材料的义务，有陈述、申辩及申请回避的权利。当事人表示"
          "不申请回避。"),
        P("检查情况：该店为火锅餐饮店，营业面积约260平方米，厨房设灶头6个。检查时厨房正在备餐，灶头上方集气罩收集的"
          "油烟经一台轴流排风机由后墙排口直接排放，未安装油烟净化设施，排口下方墙面有明显油污。现场未发现危险废物，"
          "餐厨垃圾由区城市管理部门指定单位收运。"),
        P("当事人称已于2024年3月开业，此前未因环境问题受到处罚，同意一周内安装油烟净化器。"),
        G(12),
        L("当事人签名：刘某某"),
        L("检查人员签名：张勇  黎明月      记录人：陈晓雨"),
    ]], None, ins_d, dot(ins_d), inspectors=["张勇", "黎明月"])
    notice = Doc("other", [[
        S(ag), H("调查询问通知书"), S("永环询〔2025〕21号"),
        L(f"{party}（经营者刘某某）："),
        P(f"因调查你店未安装油烟净化设施排放油烟一案，根据《中华人民共和国行政处罚法》第五十五条的规定，请你于"
          f"{cn(inq_d)}上午9时到重庆市永川区生态环境局（永川区人民大道1号）三楼执法支队接受调查询问，并携带以下材料："),
        L("1.营业执照副本及复印件；"),
        L("2.经营者身份证及复印件；"),
        L("3.油烟净化设施安装整改相关资料。"),
        P("如委托他人代理，受委托人应当携带授权委托书及本人身份证件。"),
        L("联系人：黎明月  联系电话：023-4985****"),
        G(30), R(ag), R(cn(nt_d)),
    ]], "永环询〔2025〕21号", nt_d, cn(nt_d))
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"询问时间：{cn(inq_d)}9时05分至9时50分"),
        L("询问地点：永川区生态环境局执法支队办公室"),
        L("被询问人：刘某某  性别：男  年龄：39岁  身份：老码头火锅店经营者"),
        L("询问人：黎明月、唐 川"),
        L("记录人：陈晓雨"),
        P("问：我们是永川区生态环境局的执法人员，这是我们的执法证。今天就你店油烟排放问题进行调查，你要如实回答，"
          "你有申请回避的权利，是否申请回避？"),
        P("答：不申请。"),
        P("问：你店什么时候开始营业？有几个灶头？"),
        P("答：2024年3月开业，6个灶头。"),
        P("问：你店油烟是怎么处理的？"),
        P("答：装修时只装了排风机，没装油烟净化器，油烟直接排到后面。"),
        P("问：你店以前是否因为油烟问题被处罚过？"),
        P("答：没有，这是第一次。"),
        P("问：目前整改情况如何？"),
        P("答：5月22日已经装好了静电式油烟净化器，这是安装合同和发票，还有照片。"),
        P("问：你还有什么要说的？"),
        P("答：没有了，以后一定注意。"),
        G(10),
        L("被询问人签名：刘某某      以上记录我已看过，属实。"),
        L("询问人签名：黎明月  唐川      记录人签名：陈晓雨"),
    ]], None, inq_d, cn(inq_d), inquirers=["黎明月", "唐 川"])
    lic = Doc("other", [[
        G(30), H("营 业 执 照"), S("（副　本）"), G(10),
        L(f"统一社会信用代码：{uscc}"),
        G(6),
        T([["名　　称", party],
           ["类　　型", "个体工商户"],
           ["经 营 者", "刘某某"],
           ["组成形式", "个人经营"],
           ["经营范围", "餐饮服务（许可项目以许可证件为准）"],
           ["注册日期", "2024年03月08日"],
           ["经营场所", addr]], [1, 3], 30),
        G(20), S("（复印件，与原件核对无误）"),
    ]], None, None, title="营 业 执 照")
    pn = Doc("prior_notice", [[
        S(ag), H("不予行政处罚事先告知书"), S("渝（永川）环不罚告〔2025〕6号"),
        L(f"{party}："),
        P(f"经查，你店于{cn(ins_d)}被我局检查发现：你店6个灶头产生的油烟经排风机直接排放，未安装油烟净化设施。"
          "上述行为违反了《中华人民共和国大气污染防治法》第八十一条第一款的规定。"),
        P("鉴于你店系首次违法，危害后果轻微，且已于2025年5月22日安装油烟净化设施并投入使用，及时改正了违法行为，"
          "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，我局拟对你店不予行政处罚。"),
        P("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你店可在收到本告知书之日起五个工作日内"
          "向我局提出陈述、申辩。逾期未提出的，视为放弃该权利。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（永川）环不罚告〔2025〕6号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        S(ag), H("法制审核表"),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["拟作出决定", "不予行政处罚"],
           ["审核意见", "经审核，当事人系首次违法，危害后果轻微并及时改正，符合《中华人民共和国行政处罚法》第三十三条"
                       "第一款规定情形，拟不予处罚的意见合法适当。同意。"],
           ["审核人", "覃  敏"],
           ["审核日期", cn(lr_d)]], [1.2, 4], [28, 28, 90, 28, 28]),
    ]], None, lr_d, cn(lr_d))
    dec = Doc("no_penalty_decision", [[
        S(ag), H("不予行政处罚决定书"), S("渝（永川）环不罚〔2025〕7号"),
        L(f"当事人：{party}"),
        L(f"组成形式：个体工商户    经营者：刘某某    统一社会信用代码：{uscc}"),
        L(f"经营场所：{addr}"),
        P(f"{cn(ins_d)}，我局执法人员对你店进行检查，发现你店6个灶头产生的油烟经排风机直接排放，未安装油烟净化设施。"
          "以上事实有现场检查笔录、调查询问笔录、现场照片等证据证明。你店的行为违反了《中华人民共和国大气污染防治法》"
          "第八十一条第一款的规定。"),
        P(f"我局于{cn(pn_d)}向你店送达了《不予行政处罚事先告知书》（渝（永川）环不罚告〔2025〕6号），你店未提出陈述申辩。"),
        P("鉴于你店系首次违法，危害后果轻微，并已于2025年5月22日安装油烟净化设施，及时改正了违法行为，依据《中华人民"
          "共和国行政处罚法》第三十三条第一款的规定，我局决定对你店不予行政处罚。"),
        P("你店应当保证油烟净化设施正常使用，并定期清洗维护。"),
        P("如不服本决定，可以在收到本决定书之日起六十日内向重庆市永川区人民政府申请行政复议，或者在六个月内向重庆市"
          "永川区人民法院提起行政诉讼。"),
        G(30), R(ag), R(han(dec_d)),
    ]], "渝（永川）环不罚〔2025〕7号", dec_d, han(dec_d), party=party)
    rc = Doc("service_receipt", [receipt(ag, "不予行政处罚决定书", "渝（永川）环不罚〔2025〕7号", party,
                                          addr, "直接送达", cn(rc_d), ["张勇", "黎明月"])], None, rc_d, cn(rc_d))
    c.add("01 立案审批表.docx", [fa], "docx")
    c.add("02 现场检查笔录.docx", [ins], "docx")
    c.add("03 询问通知书.docx", [notice], "docx")
    c.add("04 调查询问笔录.docx", [inq], "docx")
    c.add("05 营业执照.pdf", [lic], "pdf")
    c.add("06 不予行政处罚事先告知书.docx", [pn], "docx")
    c.add("07 法制审核表.docx", [lr], "docx", footer="永川区生态环境局")
    c.add("08 不予行政处罚决定书.docx", [dec], "docx")
    c.add("09 送达回证.docx", [rc], "docx")
    c.truth = dict(agency=ag, case_types=[], new_equipment=[], non_site_platforms=[], party=party, cause=cause,
                   fine_yuan=None, lead_handlers=["张勇", "黎明月"], measure="no_penalty")
    c.readme = ("永川区；文件夹，8个DOCX加1个PDF（营业执照复印件），文件名带空格编号。个体工商户火锅店，投诉举报线索，"
                "首违不罚：不予行政处罚事先告知书（按prior_notice）和不予行政处罚决定书，fine_yuan为null。立案审批表有"
                "明确的“立案日期”栏，单位负责人日期为点分格式；检查人员分两行；记录人陈晓雨是协管员（非执法人员）；"
                "询问人“唐 川”中间单空格。调查询问通知书（other，有自己的文号，正文含另一日期）。决定书落款中文数字日期。"
                "干扰：现场未发现危险废物；12345热线不是非现场平台。")
    return c


# --------------------------------------------------------------------------- h-05 万州
@case
def h05():
    c = Case("h-05", "zip-gbk", "万州区，zip（成员名GBK编码、无UTF-8标志，含目录），第三方监测机构弄虚作假，排污许可平台")
    ag = "重庆市万州区生态环境局"
    party = "重庆三峡谱测环境检测有限公司"
    cause = "涉嫌出具虚假监测报告案"
    uscc = "91500101MA60PX3R8K"
    addr = "重庆市万州区高笋塘街道太白路56号"
    fa_d, ins_d, q1_d, q2_d, wt_d = "2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-12"
    rep_d, pn_d, hn_d, cd_d, dec_d, rc_d = ("2025-04-18", "2025-04-21", "2025-04-30", "2025-05-20",
                                            "2025-05-26", "2025-05-28")
    fine = 200000
    D = "万州区环境局2025年第41号案卷/"
    fa = Doc("filing_approval", [[
        S(ag), H("立 案 审 批 表"), L("立案编号：万州环立〔2025〕41号"),
        T([
            ["案件来源", "□现场检查  ■非现场检查  □投诉举报  □上级交办  □移送  □其他"],
            ["来源说明", "2025年3月6日，执法人员在开展排污许可执行报告非现场核查时，通过全国排污许可证管理信息平台发现，"
                       "重庆某某纸业有限公司2024年第四季度执行报告所附自行监测报告（由当事人出具）的采样日期处于该企业"
                       "停产期间。"],
            ["案由", cause],
            ["当事人", f"{party}（统一社会信用代码：{uscc}）"],
            ["法定代表人", "黎某某"],
            ["地址", addr],
            ["立案理由", "当事人作为第三方环境监测服务机构，涉嫌出具虚假监测报告，违反《重庆市环境保护条例》相关规定，"
                       "符合立案条件。"],
            ["承办人", "谭  伟、向春燕、牟俊"],
            ["执法支队意见", "建议立案。 负责人：程军  2025年3月7日"],
            ["局负责人审批", f"同意。 向东  {cn(fa_d)}"],
        ], [1.1, 4], [26, 80, 26, 40, 26, 26, 60, 26, 36, 36]),
    ]], "万州环立〔2025〕41号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["谭  伟", "向春燕", "牟俊"])
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"),
        L(f"检查时间：{ins_d} 14:30 — 17:05"),
        L(f"检查地点：{addr}（当事人办公场所及实验室）"),
        L(f"被检查单位：{party}"),
        L("法定代表人：黎某某    现场负责人：王某（技术负责人）"),
        L("执法人员：谭  伟（50010120015）  牟  俊（50010120022）"),
        L("记录人：牟俊"),
        P("执法人员向现场负责人出示了执法证件，告知了配合调查的义务和申请回避的权利，现场负责人表示不申请回避。"),
        P("检查情况：当事人持有检验检测机构资质认定证书，主要从事水和废水、环境空气和废气监测。执法人员调取了"
          "当事人为重庆某某纸业有限公司出具的编号为SXPC-W2411-087的监测报告及对应原始记录。报告载明采样日期为"
          "2024年11月20日，采样点位为该企业废水总排口，化学需氧量等4项指标均达标。"),
        P("经核对，该报告对应的现场采样记录无采样人员签名，样品流转单、分析仪器使用记录中均无该批次样品的记录；"
          "实验室COD消解仪使用记录显示2024年11月20日至22日无使用记录。另据该纸业公司排污许可执行报告及电费单，"
          "该公司2024年11月15日至12月10日处于停产状态。"),
        P("执法人员对上述资料进行了拍照、复印，复印件经现场负责人签字确认。"),
        G(14),
        L("现场负责人签字：王某"),
        L("执法人员签字：谭伟  牟俊          记录人签字：牟俊"),
    ]], None, ins_d, ins_d, inspectors=["谭  伟", "牟  俊"])
    q1 = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"时间：{cn(q1_d)}9时30分—11时00分"),
        L("地点：万州区生态环境局第一询问室"),
        L("被询问人：黎某某  性别：男  职务：法定代表人"),
        L("调查人：向春燕、谭伟  执法证号：50010120009、50010120015"),
        L("记录人：牟俊"),
        P("问：我们是重庆市万州区生态环境局的执法人员，现出示执法证件。今天就你公司出具监测报告的问题进行调查，"
          "请如实回答。你是否申请回避？"),
        P("答：不申请。"),
        P("问：编号SXPC-W2411-087的监测报告是否由你公司出具？"),
        P("答：是我公司出具的，报告上有我公司的检验检测专用章。"),
        P("问：该报告对应的样品是否实际采集和分析？"),
        P("答：我问了采样员，那天没有去采样，是参照企业上一季度的数据编的。"),
        P("问：你公司收取了多少监测费用？"),
        P("答：这一份报告收费4500元。"),
        P("问：你是否知道出具虚假监测报告的法律后果？"),
        P("答：知道，我们愿意承担责任，已经收回报告并对相关人员进行了处理。"),
        G(10),
        L("被询问人签字：黎某某    以上记录我看过，属实。"),
        L("调查人签字：向春燕  谭伟    记录人签字：牟俊"),
    ]], None, q1_d, cn(q1_d), inquirers=["向春燕", "谭伟"])
    q2 = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"时间：{cn(q2_d)}14时00分—14时50分"),
        L("地点：万州区生态环境局第一询问室"),
        L(f"被询问人：黄某某  性别：男  工作单位：{party}  职务：采样员"),
        L("询问人：牟俊、冯一鸣"),
        L("记录人：冯一鸣"),
        P("问：我们是万州区生态环境局执法人员（出示证件），请如实回答问题，是否申请回避？"),
        P("答：不申请。"),
        P("问：2024年11月20日你是否到重庆某某纸业有限公司采集废水样品？"),
        P("答：没有去。当时公司安排我去，我打电话问了，那边说停产了没有水，我就没去。"),
        P("问：那监测报告的数据是怎么来的？"),
        P("答：报告是实验室那边出的，我不清楚数据怎么来的，采样记录是后来补的，我没有签字。"),
        G(10),
        L("被询问人签字：黄某某"),
        L("询问人签字：牟俊  冯一鸣    记录人签字：冯一鸣"),
    ]], None, q2_d, cn(q2_d), inquirers=["牟俊", "冯一鸣"])
    wt = Doc("other", [[
        G(20), H("授权委托书"), G(10),
        L(f"委托单位：{party}"),
        L("法定代表人：黎某某"),
        L("受委托人：王某  职务：技术负责人  身份证号：500101198*******15"),
        P("现委托王某作为我单位代理人，就重庆市万州区生态环境局调查的我单位出具监测报告一案，代为接受调查询问、"
          "提交证据材料、签收法律文书、陈述申辩。"),
        L("委托期限：自本委托书签署之日起至本案结案之日止。"),
        G(30),
        L(f"委托单位（盖章）：{party}"),
        L("法定代表人（签字）：黎某某"),
        L("受委托人（签字）：王某"),
        R(cn(wt_d)),
    ]], None, wt_d, cn(wt_d))
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        P(f"案件来源：非现场检查。{cn('2025-03-06')}，我局执法人员在开展排污许可执行报告非现场核查时，通过全国排污"
          f"许可证管理信息平台发现异常线索，{cn(fa_d)}立案。"),
        P(f"当事人：{party}，统一社会信用代码{uscc}，法定代表人黎某某，住所{addr}，经营范围为环境监测、检验检测服务。"),
        P("调查经过：承办人谭伟、向春燕、牟俊于2025年3月11日进行现场检查，3月12日、13日分别对法定代表人黎某某、"
          "采样员黄某某进行调查询问。"),
        P("违法事实：当事人作为第三方环境监测服务机构，在未实际采样、分析的情况下，为重庆某某纸业有限公司出具编号为"
          "SXPC-W2411-087的废水监测报告，属于出具虚假监测报告的弄虚作假行为，违法所得4500元。"),
        P("证据：现场检查（勘察）笔录、调查询问笔录2份、监测报告及原始记录复印件、仪器使用记录、收费凭证、"
          "重庆某某纸业有限公司排污许可执行报告及停产说明。"),
        P("处理意见：依据《重庆市环境保护条例》的相关规定，建议没收违法所得人民币4500元，并处罚款人民币贰拾万元。"),
        G(16),
        L("承办人：谭伟  向春燕  牟俊"),
        R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        S(ag), H("行政处罚事先（听证）告知书"), S("渝（万州）环罚告〔2025〕52号"),
        L(f"{party}："),
        P("经查，你单位在未实际采样、分析的情况下，为重庆某某纸业有限公司出具编号为SXPC-W2411-087的废水监测报告，"
          "违法所得4500元。上述事实有现场检查（勘察）笔录、调查询问笔录、监测报告及原始记录等证据证实。"),
        P("你单位的行为属于第三方环境监测服务机构弄虚作假，违反了《重庆市环境保护条例》的相关规定。我局拟对你单位"
          "作出没收违法所得人民币4500元、罚款人民币贰拾万元的行政处罚。"),
        P("你单位可在收到本告知书之日起五个工作日内提出陈述、申辩；你单位有权要求举行听证，如要求听证，应当在收到"
          "本告知书之日起五个工作日内提出。逾期未提出的，视为放弃上述权利。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（万州）环罚告〔2025〕52号", pn_d, cn(pn_d))
    hn = Doc("other", [[
        S(ag), H("听证通知书"), S("渝（万州）环听通〔2025〕3号"),
        L(f"{party}："),
        P("你单位于2025年4月25日提出的听证申请收悉。根据《中华人民共和国行政处罚法》第六十四条的规定，我局定于"
          "2025年5月12日9时30分在万州区生态环境局五楼会议室举行听证会，听证不公开举行。"),
        P("听证主持人：李晓梅（法制科），听证员：陈涛，记录员：赵敏。你单位如申请主持人回避，应在听证会举行前"
          "提出申请并说明理由。请你单位法定代表人或委托代理人（不超过二人）按时出席，逾期不到视为放弃听证。"),
        G(30), R(ag), R(cn(hn_d)),
    ]], "渝（万州）环听通〔2025〕3号", hn_d, cn(hn_d))
    cd = Doc("collective_discussion", [[
        S(ag), H("案件集体讨论记录"),
        L(f"时间：{cn(cd_d)}15时00分至16时20分    地点：局党组会议室"),
        L("主持人：向东    记录人：赵敏"),
        L("出席人员：向东、程军、李晓梅、周平、邹红"),
        L("列席人员：谭伟、向春燕（承办人）"),
        P("承办人汇报：当事人出具虚假监测报告事实清楚。2025年5月12日举行听证，当事人提出已整改、违法所得较少，"
          "请求从轻处罚。"),
        P("李晓梅：听证中当事人未提出新的事实和证据，但已主动收回报告，可以在裁量幅度内从轻。"),
        P("程军：同意法制科意见。"),
        P("结论：没收违法所得人民币4500元，罚款人民币贰拾万元整。"),
        G(10),
        L("出席人员签字：向东 程军 李晓梅 周平 邹红    记录人：赵敏"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（万州）环罚〔2025〕 63 号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L(f"法定代表人：黎某某    地址：{addr}"),
        P(f"我局于{cn(ins_d)}对你单位进行调查，发现你单位作为第三方环境监测服务机构，在未实际采样、分析的情况下，"
          "为重庆某某纸业有限公司出具编号为SXPC-W2411-087的废水监测报告，出具虚假监测报告，违法所得人民币4500元。"),
        P("以上事实有：1.现场检查（勘察）笔录，证明监测原始记录缺失；2.调查询问笔录2份，证明未实际采样；3.监测报告"
          "及原始记录复印件；4.仪器使用记录；5.收费凭证，证明违法所得；6.排污许可执行报告及停产说明，证明采样日企业"
          "停产。"),
        P(f"我局于{cn(pn_d)}向你单位送达了渝（万州）环罚告〔2025〕52号告知书。你单位要求听证，我局于2025年5月12日"
          "举行了听证。你单位提出的已整改、违法所得较少等意见，我局在裁量时予以考虑。"),
        P("依据《重庆市环境保护条例》的相关规定，经集体讨论，我局决定对你单位作出如下行政处罚："),
        L("1.没收违法所得人民币肆仟伍佰元整（4500元）；"),
        L("2.罚款人民币贰拾万元整（200000元）。"),
        P("你单位应自收到本决定书之日起十五日内缴纳罚没款。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"),
        P("如不服本决定，可在收到本决定书之日起六十日内向重庆市万州区人民政府申请行政复议，或者在六个月内向重庆市"
          "万州区人民法院提起行政诉讼。"),
        G(20), R(ag), R(cn(dec_d)),
    ]], "渝（万州）环罚〔2025〕 63 号", dec_d, cn(dec_d), party=party, fine=fine, fine_shown="罚款人民币贰拾万元整")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（万州）环罚〔2025〕63号", party, addr,
                                          "直接送达（受委托人王某签收）", han(rc_d, "○"), ["谭伟", "牟俊"])],
             None, rc_d, han(rc_d, "○"))
    c.add(D + "01-立案审批表.pdf", [fa], "pdf")
    c.add(D + "02-现场检查笔录.pdf", [ins], "pdf")
    c.add(D + "03-调查询问笔录（法定代表人）.pdf", [q1], "pdf")
    c.add(D + "04-调查询问笔录（采样员）.pdf", [q2], "pdf")
    c.add(D + "05-授权委托书.pdf", [wt], "pdf")
    c.add(D + "06-案件调查报告.docx", [rep], "docx")
    c.add(D + "07-行政处罚事先（听证）告知书.pdf", [pn], "pdf")
    c.add(D + "08-听证通知书.pdf", [hn], "pdf")
    c.add(D + "09-案件集体讨论记录.pdf", [cd], "pdf")
    c.add(D + "10-行政处罚决定书.pdf", [dec], "pdf")
    c.add(D + "11-送达回证.pdf", [rc], "pdf")
    c.truth = dict(agency=ag, case_types=["third_party_fraud"], new_equipment=[], non_site_platforms=["discharge_permit"],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["谭伟", "向春燕", "牟俊"])
    c.readme = ("万州区；zip，成员名为GBK编码（不设UTF-8标志，Windows“发送到压缩文件夹”的写法），全部放在一个中文目录里，"
                "含一个DOCX（调查报告）。第三方监测机构出具虚假监测报告，线索来自全国排污许可证管理信息平台。三名承办人；"
                "执法人员姓名补空格且以空格分隔（“谭  伟（…）  牟  俊（…）”）；两份询问笔录分别用“调查人”“询问人”。"
                "决定书文号带空格“〔2025〕 63 号”；同时没收违法所得4500元（不是罚款）；送达回证用“二○二五年”写法。"
                "other：授权委托书（落款日期）、听证通知书（有文号）。")
    return c


# --------------------------------------------------------------------------- h-06 合川
@case
def h06():
    c = Case("h-06", "file", "合川区，Word转PDF（LibreOffice）合订本，封面+目录，涉嫌犯罪移送+公安立案，另有扣押决定")
    ag = "重庆市合川区生态环境局"
    party = "重庆市合川区顺发再生资源回收有限公司"
    cause = "涉嫌非法倾倒危险废物案"
    uscc = "91500117MA5UJ6BB0W"
    addr = "重庆市合川区土场镇工业园区三汇路22号"
    ins_d, fa_d, sz_d, lab_d, inq_d, rep_d, tr_d, po_d = ("2025-07-08", "2025-07-09", "2025-07-08", "2025-07-15",
                                                         "2025-07-10", "2025-07-16", "2025-07-18", "2025-07-24")
    cover = Doc("other", [[
        G(40), S(ag), G(20), H("行政执法案卷"), G(10), S("（正卷）"), G(30),
        L(f"案件名称：{party}涉嫌非法倾倒危险废物案"),
        L("处理结果：移送公安机关"),
        L("卷内文件：共 11 页"),
        L("保管期限：永久"),
        G(20), S("合川区生态环境保护综合行政执法支队 立卷"),
    ]])
    cat = Doc("other", [[
        H("卷内目录"),
        T([["序号", "文件题名", "文号", "页次"],
           ["1", "立案审批表", "合川环立〔2025〕29号", "1"],
           ["2", "现场检查（勘察）笔录", "", "2-3"],
           ["3", "查封（扣押）决定书", "渝（合川）环扣〔2025〕3号", "4"],
           ["4", "采样记录单", "", "5"],
           ["5", "检测报告", "", "6"],
           ["6", "调查询问笔录", "", "7-8"],
           ["7", "案件调查报告", "", "9"],
           ["8", "涉嫌犯罪案件移送书", "渝（合川）环刑移〔2025〕2号", "10"],
           ["9", "立案决定书（公安机关）", "合公(环食药)立字[2025]10021号", "11"]],
          [0.6, 2.6, 2.6, 0.8], 26),
    ]])
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(ag), R("合川环立〔2025〕29号"),
        T([
            ["案件来源", "□现场检查 ■非现场检查 □投诉举报 □上级交办 □移送 □其他", None, None],
            ["案　由", cause, None, None],
            ["当事人", party, None, None],
            ["统一社会信用代码", uscc, "法定代表人", "陈某某"],
            ["地　址", addr, None, None],
            ["案情简介", "2025年7月7日，我局通过重庆市固体废物管理信息系统比对发现，当事人2025年上半年危险废物经营记录"
                       "显示收集废矿物油86.4吨，电子转移联单转出仅41.2吨，差异较大。7月8日现场检查并利用无人机航拍"
                       "巡查，在厂区东侧约300米废弃砖厂内发现倾倒的废矿物油约12.6吨。涉嫌违反《中华人民共和国固体废物"
                       "污染环境防治法》第二十条、第七十九条，并涉嫌污染环境罪。", None, None],
            ["承办人意见", "建议立案调查，并依法移送公安机关。\n承办人：罗  斌、曾  静    2025年7月8日", None, None],
            ["承办机构意见", "同意。  邓和平  2025年7月9日", None, None],
            ["局负责人审批", f"同意立案。  杨光  {cn(fa_d)}", None, None],
        ], [1.3, 2.2, 1.1, 1.6], [26, 26, 26, 26, 26, 150, 50, 36, 36]),
    ]], "合川环立〔2025〕29号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["罗  斌", "曾  静"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"检查时间：{cn(ins_d)}9时00分至12时30分"),
        L(f"检查地点：{addr}及厂区东侧约300米处废弃砖厂"),
        L(f"被检查单位：{party}"),
        L("法定代表人：陈某某（未到场）  现场负责人：夏某（仓库管理员）"),
        L("执法人员：罗斌（执法证号：50011720003）、曾静（执法证号：50011720018）"),
        L("记录人：曾静"),
        P("执法人员出示执法证件并告知：被检查单位应当如实反映情况，不得拒绝、阻挠；有申请回避的权利。现场负责人"
          "表示不申请回避。"),
        P("现场情况：该公司持有危险废物经营许可证（收集），核准收集废矿物油。检查时厂区贮存库内有废矿物油储罐2个，"
          "液位计显示合计约18吨。执法人员调阅经营记录，与重庆市固体废物管理信息系统电子转移联单数据不符。"),
        P("为查明去向，执法人员利用无人机对厂区周边开展航拍巡查，在厂区东侧约300米处一废弃砖厂内发现地面大面积"
          "黑色油状物，并有一辆罐车（车牌号渝D·3K5**）停放在旁。经现场勘察，倾倒区域约420平方米，油污深度5～20"
          "厘米，估算倾倒量约12.6吨。罐车司机徐某某承认该油状物系从该公司贮存库运出。"),
    ], [
        P("执法人员对倾倒点油状物采集样品3个（采样记录另附），对现场拍照42张、无人机航拍视频2段，绘制了现场勘察图。"),
        P("现场勘察图（略）：倾倒区位于砖厂东北角，北侧为排水沟，距离小安溪约800米，排水沟已用沙袋封堵。"),
        P("执法人员当场对罐车实施扣押，并要求该公司立即组织清理倾倒物，防止污染扩散。"),
        G(12),
        L("现场负责人签名：夏某        罐车司机签名：徐某某"),
        L("执法人员签名：罗斌  曾静"),
        L("记录人签名：曾静"),
        L(cn(ins_d)),
    ]], None, ins_d, cn(ins_d), inspectors=["罗斌", "曾静"])
    sz = Doc("seizure_decision", [[
        H("查封（扣押）决定书"), S("渝（合川）环扣〔2025〕3号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}    地址：{addr}"),
        P(f"经查，你单位于2025年7月上旬使用罐车将贮存的废矿物油（危险废物）运至厂区东侧废弃砖厂倾倒，{cn(ins_d)}被我局"
          "执法人员当场查获。你单位的行为违反了《中华人民共和国固体废物污染环境防治法》第二十条的规定。依据《中华人民共和国"
          "环境保护法》第二十五条、《中华人民共和国固体废物污染环境防治法》第二十七条和《环境保护主管部门实施查封、扣押"
          "办法》第四条第一款第（一）项的规定，我局决定对下列物品予以扣押："),
        T([["名称", "规格/车牌", "数量", "存放地点"],
           ["罐式货车", "渝D·3K5**", "1辆", "合川区生态环境局指定停车场"]], [1.3, 1.3, 0.6, 2]),
        P("扣押期限为三十日，自2025年7月8日至2025年8月6日。扣押期间，你单位不得擅自转移或损毁被扣押物品。"),
        P("你单位如不服本决定，可以在收到本决定书之日起六十日内向重庆市合川区人民政府申请行政复议，或者在六个月内向"
          "人民法院提起行政诉讼。"),
        G(20), R(ag), R(cn(sz_d)),
    ]], "渝（合川）环扣〔2025〕3号", sz_d, cn(sz_d))
    smp = Doc("other", [[
        H("采样记录单"), S("重庆市合川区生态环境监测站"),
        L(f"采样日期：{cn(ins_d)}    天气：晴    采样人员：黄某、刘某"),
        L("采样地点：合川区土场镇废弃砖厂（顺发再生资源回收有限公司东侧约300米）"),
        T([["样品编号", "采样位置", "样品性状", "采样量", "保存方式"],
           ["HC250708-01", "倾倒区中部", "黑色黏稠油状液体", "500mL", "棕色玻璃瓶，4℃冷藏"],
           ["HC250708-02", "倾倒区东北角", "黑色黏稠油状液体", "500mL", "棕色玻璃瓶，4℃冷藏"],
           ["HC250708-03", "罐车残液", "黑色油状液体", "500mL", "棕色玻璃瓶，4℃冷藏"]],
          [1.4, 1.4, 1.6, 0.8, 1.8]),
        L("执法人员见证：罗斌  曾静        当事人见证：夏某"),
    ]], None, ins_d, cn(ins_d))
    lab = Doc("other", [[
        H("检测报告"), S("重庆市合川区生态环境监测站"),
        L("委托单位：重庆市合川区生态环境局"),
        L("样品来源：执法采样（样品编号HC250708-01～03）"),
        L("检测项目：石油类组分、闪点、多环芳烃"),
        P("检测结论：3个样品主要成分均为矿物油（石油烃C10～C40含量分别为81.2%、78.6%、85.9%），与当事人贮存罐内"
          "废矿物油成分一致。根据《国家危险废物名录（2025年版）》，上述样品属于HW08废矿物油与含矿物油废物"
          "（900-249-08）。"),
        G(30),
        L("编制：何某    审核：唐某    批准：王某"),
        R("重庆市合川区生态环境监测站（检测专用章）"), R(cn(lab_d)),
    ]], None, lab_d, cn(lab_d))
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"时间：{cn(inq_d)}14时10分至16时00分"),
        L("地点：合川区生态环境局询问室"),
        L(f"被询问人：陈某某  性别：男  年龄：45岁  职务：{party}法定代表人"),
        L("询问人：罗斌、钟  毅"),
        L("记录人：钟毅"),
        P("问：我们是合川区生态环境局执法人员，这是我们的执法证件。现依法对你公司非法倾倒危险废物一事进行调查，"
          "请如实回答，你有申请回避的权利。"),
        P("答：明白，不申请回避。"),
        P("问：7月8日在废弃砖厂发现的废矿物油是从哪里来的？"),
        P("答：是我们公司收集的废机油，库里放不下了，我让徐某某用罐车拉过去倒的。"),
        P("问：一共倒了几次？多少数量？"),
        P("答：7月2日到7日，一共拉了4车，每车大概3吨多。"),
        P("问：为什么不交给有资质的单位处置？"),
        P("答：处置费太贵，一吨要两千多，想先放一放。"),
    ], [
        P("问：重庆市固体废物管理信息系统里你公司的经营记录和转移联单为什么对不上？"),
        P("答：收进来的都录了，转出去的少，差的就是倒掉的和库里存的。"),
        P("问：你还有什么补充？"),
        P("答：我愿意承担清理费用，请求从轻处理。"),
        G(12),
        L("被询问人：陈某某（签名、捺印）    以上笔录已阅，属实。"),
        L("询问人：罗斌  钟毅        记录人：钟毅"),
    ]], None, inq_d, cn(inq_d), inquirers=["罗斌", "钟  毅"])
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        P(f"一、案件来源：{cn('2025-07-07')}，我局通过重庆市固体废物管理信息系统比对发现当事人危险废物经营记录与转移联单"
          f"数据差异较大，{cn(ins_d)}现场检查并借助无人机航拍发现倾倒点，{cn(fa_d)}立案。"),
        P(f"二、当事人：{party}，法定代表人陈某某。"),
        P("三、违法事实：当事人于2025年7月2日至7日，将收集的废矿物油（HW08）约12.6吨用罐车运至厂区东侧废弃砖厂"
          "非法倾倒。"),
        P("四、证据：现场检查（勘察）笔录、现场照片及无人机航拍视频、采样记录单、检测报告、调查询问笔录、经营记录及"
          "转移联单、扣押决定书等。"),
        P("五、处理意见：当事人非法倾倒危险废物三吨以上，依据《最高人民法院 最高人民检察院关于办理环境污染刑事案件"
          "适用法律若干问题的解释》（法释〔2023〕7号）第一条第（二）项，涉嫌构成污染环境罪。依据《行政执法机关移送"
          "涉嫌犯罪案件的规定》，建议将本案移送重庆市公安局合川区分局。"),
        G(16), L("承办人：罗斌  曾静"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    tr = Doc("transfer_notice", [[
        H("涉嫌犯罪案件移送书"), S("渝（合川）环刑移〔2025〕2号"),
        L("重庆市公安局合川区分局："),
        P(f"{party}涉嫌非法倾倒危险废物一案，经我局调查查明：该公司于2025年7月2日至7日，将收集的废矿物油约12.6吨"
          "用罐车运至合川区土场镇一废弃砖厂内倾倒。经检测，倾倒物属于HW08类危险废物。"),
        P("根据《中华人民共和国刑法》第三百三十八条、《最高人民法院 最高人民检察院关于办理环境污染刑事案件适用法律若干"
          "问题的解释》（法释〔2023〕7号）第一条的规定，该公司及其法定代表人陈某某涉嫌污染环境罪。依据《行政执法机关"
          "移送涉嫌犯罪案件的规定》第三条、第六条，现将该案移送你局，请依法处理，并将处理结果书面告知我局。"),
        L("附件：1.涉嫌犯罪案件调查报告；2.现场检查（勘察）笔录及勘察图；3.调查询问笔录；4.采样记录单及检测报告；"),
        L("　　　5.现场照片、无人机航拍视频（光盘1张）；6.扣押决定书及清单；7.其他证据材料（共计62页）。"),
        G(10),
        L("移送人：罗斌（执法证号：50011720003）  曾静（执法证号：50011720018）"),
        G(20), R(f"{ag}（印章）"), R(han(tr_d)),
        G(16), L("接收单位签收：重庆市公安局合川区分局  接收人：王某（警号：0123**）  2025年7月18日"),
    ]], "渝（合川）环刑移〔2025〕2号", tr_d, han(tr_d), transfer="criminal")
    po = Doc("police_filing_notice", [[
        G(10), S("重庆市公安局合川区分局"), H("立案决定书"), S("合公(环食药)立字[2025]10021号"), G(10),
        P("根据《中华人民共和国刑事诉讼法》第一百一十二条之规定，决定对重庆市合川区顺发再生资源回收有限公司、陈某某"
          "涉嫌污染环境案立案侦查。"),
        G(60), R("公安局（印）"), R(cn(po_d)),
        G(30), L("（此联附卷，复印件送重庆市合川区生态环境局）"),
    ]], "合公(环食药)立字[2025]10021号", po_d, cn(po_d))
    c.add("h-06.pdf", [cover, cat, fa, ins, sz, smp, lab, inq, rep, tr, po], "lo")
    c.truth = dict(agency=ag, case_types=["hazardous_waste", "transfer_criminal"], new_equipment=["drone"],
                   non_site_platforms=["solid_waste_management"], party=party, cause=cause, fine_yuan=None,
                   lead_handlers=["罗斌", "曾静"], measure="transfer_criminal")
    c.readme = ("合川区；Word→PDF（LibreOffice，嵌入TrueType字体）的合订本：封面、卷内目录（页次从立案审批表起算）、"
                "立案审批表……涉嫌犯罪案件移送书、公安机关立案决定书。非法倾倒废矿物油12.6吨移送公安并立案；过程中另有"
                "扣押决定书（measure仍为transfer_criminal，无处罚决定：decision_number、fine_yuan为null）。线索来自固体"
                "废物管理信息系统，现场用无人机航拍。公安文号半角括号“合公(环食药)立字[2025]10021号”；移送书落款中文数字"
                "日期。承办人“罗  斌、曾  静”补空格；询问人钟毅非承办人。other：封面、目录、采样记录单、检测报告。")
    return c


# --------------------------------------------------------------------------- h-07 璧山
@case
def h07():
    c = Case("h-07", "folder", "璧山区，文件夹，每份文书一个DOCX（页眉、表格），暗管排污移送行政拘留+公安立案+处罚")
    ag = "重庆市璧山区生态环境局"
    party = "重庆市璧山区宏远汽配有限公司"
    cause = "涉嫌通过暗管逃避监管的方式排放水污染物案"
    uscc = "91500120MA60A1TQ5N"
    addr = "重庆市璧山区璧泉街道工业园区金剑路128号"
    ins_d, fa_d, inq_d, tr_d, po_d, po_sign = ("2025-04-01", "2025-04-03", "2025-04-03", "2025-04-10",
                                              "2025-04-11", "2025-04-12")
    rep_d, pn_d, lr_d, dec_d, rc_d = "2025-04-25", "2025-05-06", "2025-05-20", "2025-05-26", "2025-05-27"
    fine = 260000
    hdr = dict(header="重庆市璧山区生态环境局")
    fa = Doc("filing_approval", [[
        H("立案审批表"), R("璧山环立〔2025〕52号"),
        T([
            ["案件来源", "非现场检查（水质指纹溯源）", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "法定代表人", "李某某"],
            ["统一社会信用代码", uscc, "联系电话", "137****5120"],
            ["地址", addr, None, None],
            ["案情简介", "2025年3月28日，璧北河金剑桥断面水质自动站石油类、化学需氧量浓度异常升高。我局运用水质指纹溯源"
                       "技术，将异常水样荧光指纹与沿河企业排水指纹库比对，锁定当事人为疑似污染源。4月1日现场检查发现"
                       "当事人通过埋设于厂区围墙下的暗管将清洗废水排入璧北河。涉嫌违反《中华人民共和国水污染防治法》"
                       "第三十九条的规定。", None, None],
            ["承办人意见", "经初步核实，当事人涉嫌通过暗管排放水污染物，建议立案调查。\n"
                          "承办人（签名）：陶文杰  冉启航\n2025年4月2日", None, None],
            ["执法支队意见", "同意立案。\n签名：邱红\n2025年4月2日", None, None],
            ["单位负责人意见", f"同意。\n签名：郑勇\n{cn(fa_d)}", None, None],
        ], [1.3, 2.2, 1.1, 1.6], [26, 26, 26, 26, 26, 150, 70, 56, 56]),
    ]], "璧山环立〔2025〕52号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["陶文杰", "冉启航"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"),
        L(f"检查时间：{cn(ins_d)}  10时20分至13时15分"),
        L(f"检查地点：{addr}及璧北河金剑桥段"),
        L(f"被检查单位：{party}    法定代表人：李某某"),
        L("现场负责人：张某某（副总经理，分管生产）"),
        T([["检查人", "执法证号", "单位"],
           ["陶文杰", "50012020004", "璧山区生态环境保护综合行政执法支队"],
           ["冉启航", "50012020016", "璧山区生态环境保护综合行政执法支队"],
           ["柏  林", "50012020021", "璧山区生态环境保护综合行政执法支队"]], [1, 1.2, 3]),
        L("记录人：冉启航"),
        P("告知：执法人员出示执法证件，告知被检查单位如实提供情况的义务及申请回避的权利。被检查单位不申请回避。"),
        P("检查情况：1.执法人员使用无人船沿璧北河金剑桥上游约1.5公里河段巡查排口并采样，在当事人厂区西侧围墙外"
          "河岸发现一隐蔽排口（DN110 PVC管），有灰白色浑浊废水流出，带油膜。"),
        P("2.循管线排查，该管道自当事人零部件清洗车间集水池底部接出，经围墙下方埋地敷设至河边，长约45米，未经"
          "审批、未在排污许可证中载明。集水池内废水呈灰白色，有油污。"),
        P("3.当事人建有清洗废水处理设施一套（隔油+气浮），检查时处于停运状态，设施内无水。"),
        P("4.现场采集暗管出口废水样品2个、集水池废水样品1个，拍照36张，录像2段。"),
        P("5.经对上游排口采样比对，暗管出水荧光指纹与璧北河异常水样一致。"),
        G(6),
        L("被检查单位签字：张某某        检查人签字：陶文杰  冉启航  柏林"),
        L("记录人签字：冉启航"),
    ]], None, ins_d, cn(ins_d), inspectors=["陶文杰", "冉启航", "柏  林"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"),
        L(f"询问时间：{cn(inq_d)}9时00分—10时40分"),
        L("询问地点：璧山区生态环境局执法支队询问室"),
        L(f"被询问人：张某某  性别：男  年龄：51  职务：{party}副总经理"),
        L("询问人：冉启航 柏林"),
        L("记录人：陶文杰"),
        P("问：我们是璧山区生态环境局的执法人员（出示执法证），现就你公司通过暗管排放废水的问题进行调查。你有如实"
          "回答的义务，有申请回避的权利，是否申请回避？"),
        P("答：不申请。"),
        P("问：你公司西侧围墙下的排水管是谁安装的？什么时候安装的？"),
        P("答：是我安排维修工在今年2月装的，因为处理设施坏了，修要花十几万，就先接了根管子排到河里。"),
        P("问：这根管子排的是什么废水？"),
        P("答：清洗车间的清洗废水，里面有清洗剂和机油。"),
        P("问：公司其他领导是否知道？"),
        P("答：法定代表人不知道，是我自己决定的。"),
        P("问：每天排放多少？"),
        P("答：每天大概20吨。"),
        P("问：还有什么补充？"),
        P("答：已经把管子拆了，处理设施正在修。"),
        G(10),
        L("被询问人：张某某    以上笔录我已阅读，与我所说一致。"),
        L("询问人：冉启航  柏林        记录人：陶文杰"),
    ]], None, inq_d, cn(inq_d), inquirers=["冉启航", "柏林"])
    tr = Doc("transfer_notice", [[
        H("涉嫌环境违法适用行政拘留处罚案件移送书"), S("璧山环拘移〔2025〕3号"),
        L("重庆市公安局璧山区分局："),
        P(f"{party}涉嫌通过暗管逃避监管的方式排放水污染物一案，经我局调查查明：该公司副总经理张某某于2025年2月安排"
          "他人在厂区西侧围墙下埋设暗管，将清洗车间的清洗废水（每日约20吨）绕过处理设施直接排入璧北河，直至2025年"
          "4月1日被我局查获。经研判，本案暂不涉嫌污染环境罪。"),
        P("依据《中华人民共和国环境保护法》第六十三条第（三）项和《行政主管部门移送适用行政拘留环境违法案件暂行办法》"
          "第五条之规定，张某某作为直接负责的主管人员，应当予以行政拘留。现将该案移送你局依法处理。"),
        L("附：移送材料清单（现场检查笔录、调查询问笔录、照片、视频、监测报告等共计38页，光盘1张）"),
        L("承办人：陶文杰（执法证号50012020004）"),
        G(20), R("重庆市璧山区生态环境局（印章）"), R(cn(tr_d)),
    ]], "璧山环拘移〔2025〕3号", tr_d, cn(tr_d), transfer="detention")
    po = Doc("police_filing_notice", [[
        S("重庆市公安局璧山区分局"), H("立案告知书"), S("璧公（治）立告字〔2025〕417号"), G(6),
        L("重庆市璧山区生态环境局："),
        P(f"你局于{cn(tr_d)}移送的{party}张某某涉嫌通过暗管排放水污染物一案，我局经审查，认为符合立案条件，"
          f"已于{cn(po_d)}立案调查。"),
        L("特此告知。"),
        G(40), R("重庆市公安局璧山区分局（印）"), R(cn(po_sign)),
    ]], "璧公（治）立告字〔2025〕417号", po_d, cn(po_d))
    rep = Doc("investigation_report", [[
        H("案件调查报告"),
        L(f"案由：{cause}"),
        P(f"一、案件来源。{cn('2025-03-28')}，璧北河金剑桥断面水质异常，我局运用水质指纹溯源技术锁定当事人，"
          f"{cn(ins_d)}使用无人船巡查发现暗管，{cn(fa_d)}立案。"),
        P(f"二、当事人基本情况。{party}，统一社会信用代码{uscc}，法定代表人李某某。"),
        P("三、违法事实。当事人于2025年2月至4月1日，通过埋设于厂区围墙下的暗管将清洗废水直接排入璧北河，逃避监管。"
          "经监测，暗管出口废水化学需氧量286mg/L、石油类18.4mg/L。"),
        P(f"四、已采取措施。{cn(tr_d)}将直接负责的主管人员张某某移送重庆市公安局璧山区分局，该局已于{cn(po_d)}立案。"),
        P("五、处理意见。依据《中华人民共和国水污染防治法》第八十三条第（三）项，建议责令改正，罚款人民币贰拾陆万元。"),
        G(12), L("承办人：陶文杰  冉启航"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝（璧山）环罚告〔2025〕40号"),
        L(f"{party}："),
        P("经查，你单位于2025年2月至4月1日，通过埋设于厂区围墙下的暗管将清洗废水直接排入璧北河，逃避监管。"
          "你单位的行为违反了《中华人民共和国水污染防治法》第三十九条的规定。"),
        P(f"依据《中华人民共和国水污染防治法》第八十三条第（三）项，我局拟对你单位罚款人民币{capital(fine)}。"),
        P("你单位可在收到本告知书之日起五个工作日内提出陈述、申辩或要求听证。逾期视为放弃。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（璧山）环罚告〔2025〕40号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        H("法制审核意见书"),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["承办机构", "璧山区生态环境保护综合行政执法支队"],
           ["审核意见", "1.主体合法；2.事实清楚，证据确凿；3.程序合法，已依法移送公安机关行政拘留；4.适用法律正确，"
                       "罚款数额在法定幅度内。同意作出行政处罚决定。"],
           ["审核人员", "汪  琴、刘洪"],
           ["日期", cn(lr_d)]], [1.2, 4], [28, 28, 100, 28, 28]),
    ]], None, lr_d, cn(lr_d))
    dec = Doc("penalty_decision", [[
        H("行政处罚决定书"), S("渝（璧山）环罚〔2025〕47号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}    法定代表人：李某某"),
        L(f"地址：{addr}"),
        P("一、环境违法事实和证据"),
        P(f"我局于{cn(ins_d)}对你单位进行了调查，发现你单位于2025年2月至4月1日，通过埋设于厂区围墙下的暗管将清洗"
          "废水直接排入璧北河，逃避监管。以上事实有现场检查（勘察）笔录、调查询问笔录、监测报告、照片、视频等证据为证。"
          "你单位的行为违反了《中华人民共和国水污染防治法》第三十九条的规定。"),
        P("二、陈述申辩情况"),
        P(f"我局于{cn(pn_d)}以渝（璧山）环罚告〔2025〕40号告知书告知你单位相关权利，你单位未提出陈述申辩和听证要求。"),
        P("三、处罚依据和内容"),
        P("依据《中华人民共和国水污染防治法》第八十三条第（三）项的规定，我局决定对你单位作出如下行政处罚："
          f"罚款人民币{capital(fine)}。"),
        P("四、履行方式和期限：自收到本决定书之日起十五日内缴至指定账户，逾期每日按罚款数额的百分之三加处罚款。"),
        P("五、救济途径：如不服本决定，可在收到本决定书之日起六十日内向重庆市璧山区人民政府申请行政复议，或在六个月内"
          "向重庆市璧山区人民法院提起行政诉讼。"),
        G(20), R(ag), R(han(dec_d)),
    ]], "渝（璧山）环罚〔2025〕47号", dec_d, han(dec_d), party=party, fine=fine,
        fine_shown=f"罚款人民币{capital(fine)}")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（璧山）环罚〔2025〕47号", party, addr,
                                          "直接送达", cn(rc_d), ["陶文杰", "冉启航"], style=2)], None, rc_d, cn(rc_d))
    for name, d in [("01立案审批表.docx", fa), ("02现场检查笔录.docx", ins), ("03调查询问笔录.docx", inq),
                    ("04移送书.docx", tr), ("05公安机关立案告知书.docx", po), ("06案件调查报告.docx", rep),
                    ("07行政处罚事先（听证）告知书.docx", pn), ("08法制审核意见书.docx", lr),
                    ("09行政处罚决定书.docx", dec), ("10送达回证.docx", rc)]:
        c.add(name, [d], "docx", **(hdr if d.doc_type != "police_filing_notice" else {}))
    c.truth = dict(agency=ag, case_types=["transfer_detention"], new_equipment=["unmanned_boat"],
                   non_site_platforms=["water_fingerprint"], party=party, cause=cause, fine_yuan=fine,
                   lead_handlers=["陶文杰", "冉启航"], measure="transfer_detention")
    c.readme = ("璧山区；文件夹，10个DOCX（除公安文书外都有页眉“重庆市璧山区生态环境局”）。暗管排放清洗废水：移送公安行政"
                "拘留（移送书+公安立案告知书），另作处罚决定（measure为transfer_detention，measure_date取移送书日期，"
                "decision_number/fine取处罚决定书）。公安立案告知书正文写明立案日期4月11日、落款4月12日：date按"
                "facts.md取公安立案日期。立案审批表承办人在签名格中以空格分隔；检查人三人在表格中（“柏  林”补空格）；"
                "询问人“冉启航 柏林”以空格分隔。水质指纹溯源发现线索，无人船巡查采样。干扰：移送书写“暂不涉嫌污染"
                "环境罪”。")
    return c


# --------------------------------------------------------------------------- h-08 长寿
@case
def h08():
    c = Case("h-08", "file", "长寿区，Word转PDF（LibreOffice）合订本，无封面；2024-10-28决定（评查期之前）；碳排放配额清缴")
    ag = "重庆市长寿区生态环境局"
    party = "重庆长寿江南热电有限公司"
    cause = "涉嫌未按时足额清缴碳排放配额案"
    uscc = "91500115MA5U3CQR6H"
    addr = "重庆市长寿区晏家街道齐心大道20号"
    ins_d, fa_d, inq_d, rep_d = "2024-07-12", "2024-07-15", "2024-07-18", "2024-09-02"
    pn_d, lr_d, cd_d, dec_d, rc_d = "2024-09-06", "2024-10-15", "2024-10-21", "2024-10-28", "2024-10-30"
    fine = 28000
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(ag), L("立案号：长环立［2024］33号"),
        T([
            ["案件来源", "上级交办（市生态环境局碳排放配额清缴情况通报）"],
            ["案　　由", cause],
            ["当 事 人", party],
            ["法定代表人", "文某某"],
            ["统一社会信用代码", uscc],
            ["住　　所", addr],
            ["主要违法事实", "当事人为全国碳排放权交易市场温室气体重点排放单位（发电行业），2021—2022年度应清缴碳排放"
                          "配额1,862,310吨，截至清缴期限届满（2023年12月31日）仅清缴1,790,002吨，未足额清缴。"
                          "涉嫌违反《碳排放权交易管理办法（试行）》第二十八条的规定。"],
            ["承办人", "熊婷婷、蒋  波"],
            ["承办机构意见", "建议立案。          廖军    2024年7月13日"],
            ["负责人审批意见", f"同意立案。        唐宏    {cn(fa_d)}"],
        ], [1.3, 4], [24, 24, 24, 24, 24, 24, 110, 24, 36, 36]),
    ]], "长环立［2024］33号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["熊婷婷", "蒋  波"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"检查时间：{cn(ins_d)}9时30分至11时20分"),
        L(f"检查地点：{party}（{addr}）"),
        L(f"被检查单位：{party}    法定代表人：文某某"),
        L("检查人：蒋  波（执法证号：50011520007）、熊婷婷（执法证号：50011520013）"),
        L("记录人：蒲晓（局办公室工作人员）"),
        P("执法人员出示执法证件，告知当事人依法享有的权利和义务，当事人不申请回避。"),
        P("检查情况：当事人现有2台350MW燃煤发电机组，为温室气体重点排放单位，已纳入全国碳排放权交易市场。"
          "执法人员登录全国碳排放权注册登记系统查询，当事人2021—2022年度配额清缴完成率为96.1%，缺口72,308吨。"
          "当事人能源管理部负责人称，因资金紧张未购买缺口配额。"),
        P("执法人员调取了当事人2021—2022年度温室气体排放报告、核查报告、配额分配通知及清缴记录。"
          "经核查，为该公司出具2021—2022年度碳排放核查报告的第三方核查机构不存在弄虚作假行为。"),
        P("当场向当事人送达《责令改正违法行为决定书》，责令于2024年8月31日前完成清缴。"),
        G(12),
        L("被检查单位签字：王某（能源管理部部长）"),
        L("检查人签字：蒋波  熊婷婷      记录人签字：蒲晓"),
    ]], None, ins_d, cn(ins_d), inspectors=["蒋  波", "熊婷婷"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"时间：{cn(inq_d)}  14:30—16:10"),
        L("地点：长寿区生态环境局306室"),
        L(f"被询问人：王某  性别：男  职务：{party}能源管理部部长（受法定代表人委托）"),
        L("调查询问人：熊婷婷、蒋波"),
        L("记录人：蒲晓"),
        P("问：我们是长寿区生态环境局执法人员，这是我们的执法证件，请核对。你是否申请回避？"),
        P("答：不申请。"),
        P("问：你公司2021—2022年度碳排放配额应清缴多少？实际清缴多少？"),
        P("答：应清缴1,862,310吨，实际清缴1,790,002吨，差72,308吨。"),
        P("问：为什么没有按时足额清缴？"),
        P("答：去年煤价高，公司亏损，资金紧张，配额价格七八十元一吨，买不起。"),
        P("问：你公司是否知道清缴期限？"),
        P("答：知道，市里发过通知，2023年12月31日前。"),
    ], [
        P("问：是否收到《责令改正违法行为决定书》？"),
        P("答：收到了，公司正在筹措资金，争取8月底前买齐。"),
        P("问：还有什么补充？"),
        P("答：没有。"),
        G(12),
        L("被询问人：王某（签名）  以上两页笔录我已看过，记录属实。"),
        L("调查询问人：熊婷婷  蒋波        记录人：蒲晓"),
    ]], None, inq_d, cn(inq_d), inquirers=["熊婷婷", "蒋波"])
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        L(f"案由：{cause}"),
        P(f"当事人：{party}，统一社会信用代码{uscc}，全国碳排放权交易市场温室气体重点排放单位。"),
        P("违法事实：当事人2021—2022年度应清缴碳排放配额1,862,310吨，截至2023年12月31日仅清缴1,790,002吨，"
          "未足额清缴72,308吨。我局于2024年7月12日以长环责改〔2024〕19号责令其于2024年8月31日前改正，"
          "当事人逾期仍未改正。"),
        P("证据：现场检查（勘察）笔录、调查询问笔录、全国碳排放权注册登记系统截图、配额分配通知、责令改正违法行为"
          "决定书及送达回证。"),
        P("法律依据及处理意见：违反《碳排放权交易管理办法（试行）》第二十八条，依据第四十条，建议罚款人民币"
          f"{capital(fine)}，并责令继续完成清缴。"),
        G(14), L("承办人：熊婷婷  蒋波"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝（长寿）环罚告〔2024〕58号"),
        L(f"{party}："),
        P("你单位作为温室气体重点排放单位，2021—2022年度未按时足额清缴碳排放配额（缺口72,308吨），经我局责令改正后"
          "逾期仍未改正。你单位的行为违反了《碳排放权交易管理办法（试行）》第二十八条的规定。"),
        P(f"依据《碳排放权交易管理办法（试行）》第四十条的规定，我局拟对你单位罚款人民币{capital(fine)}。"),
        P("你单位可在收到本告知书之日起五个工作日内提出陈述、申辩，并可要求听证。逾期未提出的，视为放弃。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（长寿）环罚告〔2024〕58号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        H("法制审核表"), S(ag),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["立案号", "长环立〔2024〕33号"],
           ["审核意见", "事实清楚，证据充分，程序合法，适用法律正确，同意。"],
           ["审核人（签名）", f"余  洁          {cn(lr_d)}"]], [1.3, 4], [28, 28, 80, 30]),
    ]], None, lr_d, cn(lr_d))
    cd = Doc("collective_discussion", [[
        H("集体讨论笔录"), S(ag),
        L(f"时间：{cn(cd_d)}10时00分至10时45分"),
        L("地点：长寿区生态环境局会议室"),
        L("主持人：唐宏    记录人：余洁"),
        L("参加人员：唐宏、廖军、何某、余洁、陈某"),
        P("承办人熊婷婷汇报案情。当事人在陈述申辩期内提交书面意见，称资金困难，请求减轻处罚。"),
        P("讨论意见：当事人所述不属于法定从轻、减轻情形，但已完成部分清缴，可以在幅度内从轻。"),
        P(f"结论：对当事人罚款人民币{capital(fine)}。"),
        L("参加人员签名：唐宏 廖军 何某 余洁 陈某"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（长寿）环罚〔2024〕71号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L("法定代表人：文某某"),
        L(f"住所：{addr}"),
        L("一、违法事实和证据"),
        P("你单位系全国碳排放权交易市场温室气体重点排放单位。经查，你单位2021—2022年度应清缴碳排放配额1,862,310吨，"
          "截至清缴期限届满仅清缴1,790,002吨，未足额清缴72,308吨。我局于2024年7月12日以长环责改〔2024〕19号"
          "责令你单位于2024年8月31日前改正，你单位逾期未改正。"),
        P("上述事实有现场检查（勘察）笔录、调查询问笔录、全国碳排放权注册登记系统查询截图、配额分配通知等证据证实。"),
        L("二、陈述申辩及采纳情况"),
        P(f"我局于{cn(pn_d)}向你单位送达渝（长寿）环罚告〔2024〕58号告知书。你单位提出资金困难的陈述意见，经复核，"
          "不属于法定从轻、减轻处罚情形，不予采纳；鉴于你单位已完成大部分清缴，在裁量时予以考虑。"),
    ], [
        L("三、处罚依据和处罚决定"),
        P("依据《碳排放权交易管理办法（试行）》第四十条的规定，我局决定对你单位作出如下行政处罚："),
        P("罚款人民币28,000.00元（大写：贰万捌仟元整）。"),
        P("你单位应继续完成未清缴的碳排放配额。"),
        L("四、履行方式和期限"),
        P("自收到本决定书之日起十五日内缴纳至指定账户。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
        L("五、救济途径"),
        P("不服本决定的，可在收到本决定书之日起六十日内向重庆市长寿区人民政府申请行政复议，或者六个月内向重庆市长寿区"
          "人民法院提起行政诉讼。"),
        G(30), R(ag), R(cn(dec_d)),
    ]], "渝（长寿）环罚〔2024〕71号", dec_d, cn(dec_d), party=party, fine=fine,
        fine_shown="罚款人民币28,000.00元")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（长寿）环罚〔2024〕71号", party, addr,
                                          "邮寄送达（EMS 1178****6502）", cn(rc_d), ["熊婷婷", "蒋波"],
                                          recv_label="收件人签名（盖章）及日期")], None, rc_d, cn(rc_d))
    c.add("h-08.pdf", [fa, ins, inq, rep, pn, lr, cd, dec, rc], "lo", footer="长寿区生态环境局", page_numbers=True)
    c.truth = dict(agency=ag, case_types=["ghg"], new_equipment=[], non_site_platforms=[], party=party, cause=cause,
                   fine_yuan=fine, lead_handlers=["熊婷婷", "蒋波"])
    c.readme = ("长寿区；Word→PDF（LibreOffice）合订本，无封面，页脚“长寿区生态环境局 第 N 页”。2024年10月28日作出决定："
                "in_review_window为false。温室气体重点排放单位未足额清缴配额（ghg）。立案号用全角方括号"
                "“长环立［2024］33号”；罚款写作“28,000.00元（大写：贰万捌仟元整）”；“调查询问人”标签；记录人蒲晓不是执法人员。"
                "干扰：第三方核查机构“不存在弄虚作假行为”（不标third_party_fraud）；引用责改文号长环责改〔2024〕19号"
                "（文书中未收录责改决定书）；“全国碳排放权注册登记系统”不是清单里的非现场平台。")
    return c


# --------------------------------------------------------------------------- h-09 荣昌
@case
def h09():
    c = Case("h-09", "folder", "荣昌区，文件夹，每份文书一个Word转PDF（LibreOffice），用电监控发现脱硫设施停运，责令改正")
    ag = "重庆市荣昌区生态环境局"
    party = "重庆市荣昌区瑞丰陶瓷有限公司"
    short = "荣昌区瑞丰陶瓷有限公司"
    cause = "涉嫌不正常运行大气污染防治设施案"
    uscc = "91500226MA5YQ0R14D"
    addr = "重庆市荣昌区广顺街道工业园区陶瓷大道66号"
    ins_d, fa_d, nt_d, inq_d, co_d = "2025-02-19", "2025-02-20", "2025-02-21", "2025-02-25", "2025-02-26"
    rep_d, pn_d, cd_d, dec_d, rc_d = "2025-03-20", "2025-03-24", "2025-04-08", "2025-04-10", "2025-04-11"
    fine = 230000
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), R("荣环立〔2025〕19号"),
        T([
            ["案件来源", "■非现场检查（用电监控）  □现场检查  □投诉举报  □交办  □移送", None, None],
            ["案由", cause, None, None],
            ["当事人", short, "法定代表人", "钟某某"],
            ["地址", addr, None, None],
            ["简要案情及立案依据",
             "2025年2月18日，区重点排污单位用电监控系统显示当事人1号辊道窑主风机用电正常，而配套脱硫塔循环泵自2月10日起"
             "用电量持续为零。2月19日现场检查核实脱硫设施停运、窑炉正常生产。涉嫌违反《中华人民共和国大气污染防治法》"
             "第二十条第二款的规定，符合立案条件。", None, None],
            ["承办人", "李  强、郭文静", "执法证号", "50015320004、50015320012"],
            ["承办机构意见", "建议立案。  负责人：曹斌  2025年02月19日", None, None],
            ["分管领导意见", "同意。  吕敏  2025年02月20日", None, None],
            ["单位负责人意见", f"同意立案。  周海  {cn0(fa_d)}", None, None],
        ], [1.3, 2.2, 1, 1.8], [26, 26, 26, 26, 120, 34, 30, 30, 30]),
    ]], "荣环立〔2025〕19号", fa_d, cn0(fa_d), party=short, cause=cause, handlers=["李  强", "郭文静"])
    nt = Doc("other", [[
        S(ag), H("调查询问通知书"), S("荣环询(2025)8号"),
        L(f"{party}："),
        P(f"为调查你单位涉嫌不正常运行大气污染防治设施一案，请你单位法定代表人或委托代理人于{cn(inq_d)}9时30分，到"
          "重庆市荣昌区生态环境局执法支队（荣昌区昌州街道）接受调查询问。"),
        P("届时请携带：营业执照、法定代表人身份证明或授权委托书、脱硫设施运行台账、用电记录。"),
        L("联系人：郭文静  电话：023-4676****"),
        G(40), R(ag), R(cn(nt_d)),
    ]], "荣环询(2025)8号", nt_d, cn(nt_d))
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"),
        L(f"时间：{cn(ins_d)}14时05分至16时30分"),
        L(f"地点：{addr}"),
        L(f"被检查单位：{party}"),
        L(f"统一社会信用代码：{uscc}    法定代表人：钟某某"),
        L("现场负责人：罗某（生产厂长）"),
        L("检查人：李强、郭文静、陈柯宇（执法证号：50015320004、50015320012、50015320019）"),
        L("记录人：陈柯宇"),
        P("执法人员出示执法证件，告知被检查单位有配合检查的义务，有陈述、申辩和申请回避的权利。现场负责人不申请回避。"),
        P("检查缘由：区重点排污单位用电监控系统显示，该公司1号辊道窑脱硫塔循环泵自2025年2月10日起用电量为零。"),
        P("检查情况：1.1号辊道窑正在烧成瓷砖，主风机运行；配套双碱法脱硫塔循环泵处于停止状态，控制柜电源断开，"
          "循环水池液位正常，脱硫塔未喷淋。2.执法人员使用多参数气体检测仪对窑炉烟囱检测口及周边进行检测，二氧化硫"
          "读数为486～512mg/m³。3.现场调取脱硫设施运行台账，2月10日后无运行记录。4.该公司脱硫石膏经鉴定不属于"
          "危险废物，按一般工业固体废物管理，现场堆存规范。5.该公司已取得排污许可证。"),
        P("现场拍照15张，视频1段，调取台账复印件6页。"),
        G(10),
        L("现场负责人：罗某（签名）"),
        L("检查人：李强  郭文静  陈柯宇（签名）      记录人：陈柯宇（签名）"),
    ]], None, ins_d, cn(ins_d), inspectors=["李强", "郭文静", "陈柯宇"])
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"询问时间：{cn(inq_d)}9时35分至11时10分"),
        L("询问地点：荣昌区生态环境局执法支队询问室"),
        L("被询问人：罗某  性别：男  年龄：46岁"),
        L(f"工作单位：{party}  职务：生产厂长（受法定代表人委托）"),
        L("询问人：郭文静、钟亮"),
        L("记录人：钟亮"),
        P("问：我们是重庆市荣昌区生态环境局执法人员，这是我们的执法证件。今天就你公司脱硫设施运行问题进行调查，"
          "请如实回答。你有申请回避的权利，是否申请回避？"),
        P("答：不申请。"),
        P("问：1号辊道窑脱硫塔循环泵是什么时候停的？"),
        P("答：2月10日停的，春节后复工，为节约电费就没有开。"),
        P("问：循环泵停运期间窑炉是否生产？"),
        P("答：一直在生产，每天烧瓷砖约8000平方米。"),
        P("问：谁决定停运脱硫设施的？"),
        P("答：是我决定的，没有向老板汇报。"),
    ], [
        P("问：你是否知道脱硫设施停运会导致二氧化硫超标排放？"),
        P("答：知道，但当时想着停几天没关系。"),
        P("问：现在脱硫设施运行情况如何？"),
        P("答：2月19日你们检查后当天就开了，现在正常运行，我们还安排了专人每天记录。"),
        P("问：你还有什么补充？"),
        P("答：请求从轻处理。"),
        G(12),
        L("被询问人（签名）：罗某      以上笔录共两页，我已看过，记录属实。"),
        L("询问人（签名）：郭文静  钟亮      记录人（签名）：钟亮"),
    ]], None, inq_d, cn(inq_d), inquirers=["郭文静", "钟亮"])
    co = Doc("correction_order", [[
        S(ag), H("责令改正违法行为决定书"), S("渝（荣昌）环责改〔2025〕11号"),
        L(f"{party}："),
        P(f"我局于{cn(ins_d)}对你单位进行了检查，发现你单位1号辊道窑生产期间配套脱硫设施停止运行。你单位的上述行为"
          "违反了《中华人民共和国大气污染防治法》第二十条第二款的规定。"),
        P("依据《中华人民共和国行政处罚法》第二十八条第一款、《中华人民共和国大气污染防治法》第九十九条的规定，我局"
          "责令你单位立即改正违法行为，保证大气污染防治设施正常运行。"),
        P("你单位如不服本决定，可在收到本决定书之日起六十日内向重庆市荣昌区人民政府申请行政复议，也可以在六个月内"
          "向人民法院提起行政诉讼。"),
        G(30), R(ag), R(cn(co_d)),
    ]], "渝（荣昌）环责改〔2025〕11号", co_d, cn(co_d))
    rep = Doc("investigation_report", [[
        S(ag), H("案件调查报告"),
        P(f"一、案件来源：{cn('2025-02-18')}，我局通过区重点排污单位用电监控系统发现当事人脱硫塔循环泵长期无用电，"
          f"{cn(ins_d)}现场检查核实，{cn(fa_d)}立案调查。"),
        P(f"二、当事人：{party}，统一社会信用代码{uscc}，法定代表人钟某某，主要生产陶瓷砖。"),
        P("三、违法事实：当事人于2025年2月10日至19日，1号辊道窑生产期间配套脱硫设施停止运行，烟气未经脱硫直接排放，"
          "属于不正常运行大气污染防治设施、逃避监管排放大气污染物的行为。"),
        P("四、证据：1.用电监控系统数据截图；2.现场检查（勘察）笔录、照片及视频；3.多参数气体检测仪检测记录；"
          "4.调查询问笔录；5.脱硫设施运行台账；6.营业执照、授权委托书。"),
        P("五、法律适用及处理意见：违反《中华人民共和国大气污染防治法》第二十条第二款，依据第九十九条第（三）项，"
          "综合考虑违法持续时间、整改情况，建议罚款人民币贰拾叁万元。"),
        G(14), L("承办人（签名）：李强  郭文静"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        S(ag), H("行政处罚事先（听证）告知书"), S("渝（荣昌）环罚告〔2025〕14号"),
        L(f"{party}："),
        P("经查，你单位于2025年2月10日至19日，1号辊道窑生产期间配套脱硫设施停止运行，烟气未经脱硫直接排放。上述行为"
          "违反了《中华人民共和国大气污染防治法》第二十条第二款的规定。依据该法第九十九条第（三）项，我局拟对你单位"
          "罚款人民币贰拾叁万元整。"),
        P("你单位可在收到本告知书之日起五个工作日内向我局提出陈述、申辩或者要求听证。逾期未提出的，视为放弃。"),
        G(40), R(ag), R(cn(pn_d)),
    ]], "渝（荣昌）环罚告〔2025〕14号", pn_d, cn(pn_d))
    cd = Doc("collective_discussion", [[
        S(ag), H("集体讨论笔录"),
        L(f"时间：{cn(cd_d)}15时00分—15时50分    地点：局402会议室"),
        L("主持人：周海    记录人：黎娜"),
        L("参加人员：周海、吕敏、曹斌、黎娜、王勇"),
        L("列席：李强、郭文静（承办人）"),
        P("承办人汇报案情及当事人陈述申辩情况：当事人于2025年3月27日提交陈述申辩书，称已整改，请求从轻。"),
        P("讨论：曹斌认为当事人主动整改，可在裁量基准范围内从轻；吕敏同意；王勇同意。"),
        P("结论：罚款人民币贰拾叁万元整。"),
        L("签名：周海 吕敏 曹斌 黎娜 王勇"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（荣昌）环罚〔2025〕16号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L("法定代表人：钟某某"),
        L(f"地址：{addr}"),
        L("一、环境违法事实和证据"),
        P(f"我局于{cn(ins_d)}对你单位进行了调查，发现你单位实施了以下环境违法行为：2025年2月10日至19日，你单位1号辊道窑"
          "生产期间配套脱硫设施停止运行，烟气未经脱硫直接排放。"),
        P("以上事实，有用电监控系统数据、现场检查（勘察）笔录、多参数气体检测仪检测记录、调查询问笔录、运行台账、照片"
          "及视频等证据为凭。"),
        P("你单位上述行为违反了《中华人民共和国大气污染防治法》第二十条第二款的规定。我局已于2025年2月26日以渝（荣昌）"
          "环责改〔2025〕11号责令你单位改正。"),
        L("二、陈述申辩采纳情况"),
        P(f"我局于{cn(pn_d)}送达渝（荣昌）环罚告〔2025〕14号告知书，你单位于2025年3月27日提交陈述申辩意见，请求从轻处罚。"
          "经复核，你单位已及时整改，我局在裁量时予以考虑。"),
    ], [
        L("三、处罚依据、种类"),
        P("依据《中华人民共和国大气污染防治法》第九十九条第（三）项的规定，我局决定对你单位罚款人民币贰拾叁万元整"
          "（¥230000）。"),
        L("四、履行方式和期限"),
        P("你单位应当自收到本决定书之日起十五日内，到重庆农村商业银行荣昌支行缴纳罚款，或通过“渝快办”非税缴款。逾期"
          "不缴纳罚款的，我局将每日按罚款数额的百分之三加处罚款。"),
        L("五、救济途径和期限"),
        P("如不服本处罚决定，可在收到本决定书之日起六十日内向重庆市荣昌区人民政府申请行政复议，或者在六个月内向重庆市"
          "荣昌区人民法院提起行政诉讼。复议、诉讼期间，不停止本决定的执行。"),
        G(30), R(ag), R(cn(dec_d)),
    ]], "渝（荣昌）环罚〔2025〕16号", dec_d, cn(dec_d), party=party, fine=fine,
        fine_shown="罚款人民币贰拾叁万元整")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（荣昌）环罚〔2025〕16号", party, addr,
                                          "直接送达", cn(rc_d), ["李强", "陈柯宇"])], None, rc_d, cn(rc_d))
    for name, d in [("01立案审批表.pdf", fa), ("02询问通知书.pdf", nt), ("03现场检查笔录.pdf", ins),
                    ("04调查询问笔录.pdf", inq), ("05责令改正违法行为决定书.pdf", co), ("06案件调查报告.pdf", rep),
                    ("07行政处罚事先（听证）告知书.pdf", pn), ("08集体讨论笔录.pdf", cd),
                    ("09行政处罚决定书.pdf", dec), ("10送达回证.pdf", rc)]:
        c.add(name, [d], "lo")
    c.truth = dict(agency=ag, case_types=[], new_equipment=["multi_gas_detector"], non_site_platforms=["power_monitoring"],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["李强", "郭文静"])
    c.readme = ("荣昌区；文件夹，10个Word→PDF（LibreOffice）。用电监控（分表计电）发现脱硫设施停运，多参数气体检测仪检测，"
                "含责令改正违法行为决定书和调查询问通知书（other，半角括号文号“荣环询(2025)8号”）。立案审批表上当事人"
                "写简称“荣昌区瑞丰陶瓷有限公司”，决定书为全称（party取决定书）；立案日期为补零格式“2025年02月20日”；"
                "审批表同时列有分管领导日期和承办机构日期。三名检查人，记录人也是检查人；询问人钟亮非承办人；询问笔录跨两页。"
                "干扰：脱硫石膏“不属于危险废物”；“已取得排污许可证”仅提及。")
    return c


# --------------------------------------------------------------------------- h-10 南川
@case
def h10():
    c = Case("h-10", "file", "南川区，整本PDF（reportlab），自然保护区内未批先建，卫星遥感线索+无人机，三页决定书")
    ag = "重庆市南川区生态环境局"
    party = "重庆市南川区山王坪文旅发展有限公司"
    cause = "涉嫌建设项目环境影响报告表未经批准擅自开工建设案"
    uscc = "91500119MA61GK2H6P"
    addr = "重庆市南川区三泉镇金佛大道201号"
    ins_d, fa_d, inq_d, rep_d = "2025-04-29", "2025-05-06", "2025-05-08", "2025-06-09"
    pn_d, lr_d, dec_d, rc_d, cl_d = "2025-06-12", "2025-06-24", "2025-06-30", "2025-07-02", "2025-08-15"
    fine = 149600
    proj = "云顶观景平台及配套餐饮服务区项目"
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), L("南川环立〔2025〕第27号"),
        T([
            ["案件来源", "□现场检查 ■非现场检查（卫星遥感） □投诉举报 ■上级交办 □移送 □其他"],
            ["案由", cause],
            ["当事人", party],
            ["统一社会信用代码", uscc],
            ["法定代表人", "付某某"],
            ["地址", addr],
            ["案情摘要", f"生态环境部卫星遥感监测推送金佛山国家级自然保护区人类活动问题线索（图斑编号CQ-NC-2025-0147）。"
                        f"经现场核查，当事人在保护区实验区内建设{proj}，该项目环境影响报告表未经审批即开工建设，"
                        "涉嫌违反《中华人民共和国环境影响评价法》第二十五条的规定。"],
            ["承办人", "母成刚、韦  亮"],
            ["承办机构意见", "建议立案。                      邹亮    2025年5月5日"],
            ["单位负责人意见", f"同意立案调查。                  甘露    {cn(fa_d)}"],
        ], [1.3, 4], [26, 26, 26, 26, 26, 26, 130, 26, 40, 40]),
    ]], "南川环立〔2025〕第27号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["母成刚", "韦  亮"])
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"),
        L(f"检查时间：{cn(ins_d)} 10时00分 至 14时20分"),
        L("检查地点：金佛山国家级自然保护区实验区山王坪片区（图斑CQ-NC-2025-0147所在地）"),
        L(f"被检查单位：{party}        法定代表人：付某某"),
        L("现场负责人：冯某（项目经理）  联系电话：135****8846"),
        T([["姓名", "执法证号"], ["韦  亮", "50011920005"], ["母成刚", "50011920011"]], [1, 1.5]),
        L("记录人：韦亮"),
        L("其他参加人员：南川区林业局 刘某（保护区管理人员）"),
        P("告知事项：执法人员已出示执法证件，告知被检查单位享有陈述、申辩、申请回避的权利及如实提供材料的义务。"
          "被检查单位不申请回避。"),
        P(f"检查情况：1.根据生态环境部卫星遥感监测推送的自然保护地人类活动问题线索，执法人员使用无人机对图斑区域进行"
          f"航拍，发现图斑范围内有新建构筑物及施工场地约4200平方米。2.经现场核实，系当事人建设的{proj}，位于金佛山"
          "国家级自然保护区实验区内。观景平台主体钢结构已完成，配套餐饮服务区（建筑面积约860平方米）已完成基础及一层"
          "框架，现场有施工人员12人、挖掘机1台。"),
    ], [
        P("3.当事人未能提供该项目的环境影响评价审批文件。项目经理称环境影响报告表正在编制，尚未报批，项目于2024年"
          "11月开工。4.施工场地未设置沉淀池，雨水冲刷的泥浆沿坡面流入下方沟渠。"),
        P("5.执法人员现场责令当事人立即停止建设。"),
        P("现场拍摄照片26张，无人机航拍照片18张、视频3段。"),
        G(14),
        L("被检查单位现场负责人（签名）：冯某"),
        L("检查人员（签名）：韦亮  母成刚"),
        L("记录人（签名）：韦亮"),
        L("其他参加人员（签名）：刘某"),
        F("第2页 共2页"),
    ]], None, ins_d, cn(ins_d), inspectors=["韦  亮", "母成刚"])
    photo = Doc("other", [[
        H("无人机航拍及现场照片"), G(4),
        BOX(210, f"图1：图斑CQ-NC-2025-0147无人机航拍全景（拍摄时间：{cn(ins_d)}11时06分，拍摄人：母成刚）"),
        BOX(210, "图2：配套餐饮服务区施工现场（一层框架已完成），拍摄人：韦亮"),
    ]], None, ins_d, cn(ins_d))
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"时间：{cn(inq_d)}9时30分至10时50分"),
        L("地点：南川区生态环境局执法支队"),
        L(f"被询问人：付某某  职务：{party}法定代表人"),
        L("调查人：母成刚、王  怡"),
        L("记录人：王怡"),
        P("问：我们是南川区生态环境局执法人员（出示证件），今天就你公司建设项目环评问题进行调查，你应如实回答，是否申请回避？"),
        P("答：不申请。"),
        P(f"问：{proj}总投资多少？何时开工？"),
        P("答：总投资680万元，2024年11月开工。"),
        P("问：该项目是否办理了环境影响评价审批手续？"),
        P("答：没有，环评报告表还在编，想着边建边办。"),
        P("问：你公司是否知道项目位于自然保护区实验区？"),
        P("答：知道，林业部门的手续正在办理。"),
        P("问：目前项目状态？"),
        P("答：4月29日你们检查后已全面停工。"),
        G(10),
        L("被询问人：付某某（签名）      以上笔录属实。"),
        L("调查人：母成刚  王怡（签名）      记录人：王怡"),
    ]], None, inq_d, cn(inq_d), inquirers=["母成刚", "王  怡"])
    rep = Doc("investigation_report", [[
        S(ag), H("案件调查报告"),
        L("一、案件来源"),
        P("2025年4月，生态环境部通过卫星遥感监测向我局推送金佛山国家级自然保护区人类活动问题线索（图斑编号"
          f"CQ-NC-2025-0147）。{cn(ins_d)}，执法人员借助无人机航拍对图斑进行现场核查，发现当事人未批先建。"
          f"{cn(fa_d)}经局负责人批准立案。"),
        L("二、当事人基本情况"),
        P(f"当事人{party}，统一社会信用代码{uscc}，法定代表人付某某，住所{addr}，经营范围为旅游开发、餐饮服务。"),
        L("三、调查经过"),
        P(f"承办人母成刚、韦亮于{cn(ins_d)}进行现场检查，{cn(inq_d)}对当事人法定代表人进行调查询问，调取了项目备案证明、"
          "施工合同、工程量清单及付款凭证。"),
        L("四、违法事实"),
        P(f"当事人在金佛山国家级自然保护区实验区内建设{proj}，项目总投资680万元，依法应当编制环境影响报告表并报批。"
          "当事人在环境影响报告表未经审批的情况下，于2024年11月擅自开工建设，至2025年4月29日被查获时，观景平台主体"
          "钢结构已完成，餐饮服务区已完成基础及一层框架。"),
    ], [
        L("五、证据"),
        P("1.生态环境部卫星遥感监测问题线索推送单；2.现场检查（勘察）笔录；3.无人机航拍照片及现场照片；4.调查询问笔录；"
          "5.项目备案证明、施工合同、工程量清单，证明项目总投资；6.营业执照、法定代表人身份证明。"),
        L("六、法律依据及处理意见"),
        P("当事人违反《中华人民共和国环境影响评价法》第二十五条的规定。依据该法第三十一条第一款，结合《重庆市生态环境"
          "行政处罚裁量基准》，项目位于自然保护区，从重考虑；已全面停工，从轻考虑，建议责令停止建设，处总投资额2.2%的"
          f"罚款，即人民币{capital(fine)}。"),
        G(16),
        L("调查人员：母成刚  韦亮"),
        R(cn(rep_d)),
        L("执法支队负责人意见：同意。  邹亮"),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        S(ag), H("行政处罚事先（听证）告知书"), S("渝（南川）环罚告〔2025〕31号"),
        L(f"{party}："),
        P(f"经查，你单位在金佛山国家级自然保护区实验区内建设{proj}（总投资680万元），环境影响报告表未经审批，于2024年"
          "11月擅自开工建设。上述行为违反了《中华人民共和国环境影响评价法》第二十五条的规定。"),
        P("依据该法第三十一条第一款的规定，我局拟对你单位作出如下行政处罚：1.责令停止建设；2.罚款人民币"
          f"{capital(fine)}。"),
        P("根据《中华人民共和国行政处罚法》第四十四条、第四十五条、第六十三条、第六十四条的规定，你单位有权进行陈述"
          "和申辩，并有权要求听证。请于收到本告知书之日起五个工作日内提出，逾期视为放弃。"),
        L("联系人：王怡  联系电话：023-7142****"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（南川）环罚告〔2025〕31号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        S(ag), H("重大执法决定法制审核表"),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["立案号", "南川环立〔2025〕第27号"],
           ["拟处理决定", f"责令停止建设，罚款人民币{capital(fine)}"],
           ["审核要点", "执法主体、权限、程序、事实证据、法律适用、裁量、是否需移送"],
           ["审核意见", "本案事实清楚，证据充分，程序合法，适用法律正确，裁量适当，不涉嫌犯罪。同意承办机构意见。"],
           ["审核人", f"谢  丽            {cn(lr_d)}"]], [1.3, 4], [28, 28, 40, 40, 70, 30]),
    ]], None, lr_d, cn(lr_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（南川）环罚〔2025〕35号"),
        L(f"当事人名称：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L("法定代表人：付某某"),
        L(f"地址：{addr}"),
        L("一、环境违法事实和证据"),
        P(f"2025年4月，生态环境部通过卫星遥感监测推送金佛山国家级自然保护区人类活动问题线索。我局于{cn(ins_d)}对你单位"
          f"进行了调查，发现你单位实施了以下环境违法行为：你单位在金佛山国家级自然保护区实验区内建设{proj}，项目总投资"
          "680万元，依法应当编制环境影响报告表。你单位在环境影响报告表未经审批的情况下，于2024年11月擅自开工建设，至"
          "被查获时观景平台主体钢结构已完成，餐饮服务区已完成基础及一层框架。"),
        L("以上事实，有以下证据为凭："),
        L(f"1.卫星遥感监测问题线索推送单，证明案件来源；"),
        L(f"2.{cn(ins_d)}现场检查（勘察）笔录及照片、无人机航拍照片，证明项目建设现状及位置；"),
        L(f"3.{cn(inq_d)}调查询问笔录，证明项目未批先建的事实；"),
        L("4.项目备案证明、施工合同、工程量清单，证明项目总投资额；"),
        L("5.营业执照、法定代表人身份证明，证明当事人主体资格。"),
        F("第1页 共3页"),
    ], [
        P("你单位的上述行为违反了《中华人民共和国环境影响评价法》第二十五条“建设项目的环境影响评价文件未依法经审批部门"
          "审查或者审查后未予批准的，建设单位不得开工建设”的规定。"),
        L("二、陈述申辩情况及采纳理由"),
        P(f"我局于{cn(pn_d)}向你单位送达了《行政处罚事先（听证）告知书》（渝（南川）环罚告〔2025〕31号），告知你单位拟作出"
          "行政处罚的事实、理由、依据及你单位依法享有的陈述、申辩及要求听证的权利。你单位于2025年6月16日提交书面陈述，"
          "称项目系旅游扶贫项目、已主动停工，请求从轻处罚。经复核，你单位所述已主动停工情况属实，我局在裁量时已予考虑；"
          "项目位于自然保护区，不符合进一步减轻处罚的条件。"),
        L("三、处罚依据、种类及裁量理由"),
        P("依据《中华人民共和国环境影响评价法》第三十一条第一款“建设单位未依法报批建设项目环境影响报告书、报告表，"
          "或者未依照本法第二十四条的规定重新报批或者报请重新审核环境影响报告书、报告表，擅自开工建设的，由县级以上"
          "生态环境主管部门责令停止建设，根据违法情节和危害后果，处建设项目总投资额百分之一以上百分之五以下的罚款，"
          "并可以责令恢复原状”的规定，参照《重庆市生态环境行政处罚裁量基准》，综合考虑项目位于自然保护区（从重）、"
          "已全面停工（从轻）等因素，我局决定对你单位作出如下行政处罚："),
        L("1.责令停止建设；"),
        L(f"2.处建设项目总投资额2.2%的罚款，即罚款人民币{capital(fine)}（¥149,600.00）。"),
        F("第2页 共3页"),
    ], [
        L("四、履行方式和期限"),
        P("你单位应当自收到本决定书之日起十五日内，通过重庆市非税收入电子缴款系统或者到代收银行缴纳罚款。逾期不缴纳"
          "罚款的，我局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，每日按罚款数额的百分之三加处"
          "罚款，加处罚款的数额不超过罚款的数额。"),
        L("五、救济途径和期限"),
        P("你单位如不服本处罚决定，可在收到本决定书之日起六十日内向重庆市南川区人民政府申请行政复议，也可以在六个月内"
          "向重庆市南川区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼，不停止行政处罚决定的执行。"),
        P("你单位逾期不申请行政复议，也不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人民法院强制执行。"),
        G(40), R("重庆市南川区生态环境局"), R(cn(dec_d)),
        G(40), L("（本决定书一式三份：当事人一份，缴款银行一份，存档一份）"),
        F("第3页 共3页"),
    ]], "渝（南川）环罚〔2025〕35号", dec_d, cn(dec_d), party=party, fine=fine,
        fine_shown=f"罚款人民币{capital(fine)}")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（南川）环罚〔2025〕35号", party, addr,
                                          "直接送达", dot(rc_d), ["母成刚", "王怡"])], None, rc_d, dot(rc_d))
    cl = Doc("closing_approval", [[
        S(ag), H("结案审批表"),
        T([["案件名称", f"{party}{cause[2:]}", None, None],
           ["立案号", "南川环立〔2025〕第27号", "决定书文号", "渝（南川）环罚〔2025〕35号"],
           ["承办人", "母成刚、韦亮", "立案时间", cn(fa_d)],
           ["执行情况", "当事人于2025年7月14日缴纳罚款人民币壹拾肆万玖仟陆佰元整，项目已停止建设，正在补办手续。", None, None],
           ["结案理由", "■执行完毕  □终结执行  □不予处罚  □其他", None, None],
           ["承办人意见", "建议结案。 母成刚 韦亮 2025年8月12日", None, None],
           ["承办机构意见", "同意。 邹亮 2025年8月13日", None, None],
           ["单位负责人意见", f"同意结案。 甘露 {han(cl_d)}", None, None]],
          [1.2, 2, 1.1, 2], [30, 34, 30, 50, 30, 40, 40, 40]),
    ]], None, cl_d, han(cl_d))
    c.add("h-10.pdf", [fa, ins, photo, inq, rep, pn, lr, dec, rc, cl], "pdf")
    c.truth = dict(agency=ag, case_types=["nature_reserve"], new_equipment=["drone"],
                   non_site_platforms=["satellite_remote_sensing"], party=party, cause=cause, fine_yuan=fine,
                   lead_handlers=["母成刚", "韦亮"])
    c.readme = ("南川区；整本PDF（reportlab），无封面，14页。自然保护区实验区内未批先建（nature_reserve），线索为生态环境部"
                "卫星遥感推送，现场用无人机航拍。立案号带“第”：“南川环立〔2025〕第27号”（按规范化规则保留“第”）。检查人员"
                "在姓名/执法证号表中（“韦  亮”），记录人韦亮也是检查人；调查人“王  怡”。决定书三页，罚款大写+小写；"
                "结案审批表负责人日期为中文数字；送达回证点分日期。法制审核表引用立案号（number为null）。")
    return c


# --------------------------------------------------------------------------- h-11 綦江
@case
def h11():
    c = Case("h-11", "zip", "綦江区，zip（UTF-8文件名，无目录），DOCX表格式文书，个体工商户，消耗臭氧层物质，红外气体泄漏成像")
    ag = "重庆市綦江区生态环境局"
    party = "重庆市綦江区冷暖制冷设备维修部"
    cause = "涉嫌维修制冷设备时未按规定回收消耗臭氧层物质案"
    uscc = "92500110MA60BW5K3T"
    addr = "重庆市綦江区古南街道九龙大道311号附3号"
    ins_d, fa_d, inq_d, rep_d, pn_d, dec_d, rc_d = ("2025-08-29", "2025-09-02", "2025-09-03", "2025-09-15",
                                                   "2025-09-17", "2025-09-29", "2025-09-30")
    fine = 20000
    hdr = dict(header="重庆市綦江区生态环境局", size=11)
    fa = Doc("filing_approval", [[
        H("立案审批表"), R("綦环立〔2025〕15号"),
        T([
            ["案件来源", "现场检查（“蓝天保卫”专项执法检查）", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "类型", "个体工商户"],
            ["经营者", "杨某", "统一社会信用代码", uscc],
            ["经营场所", addr, None, None],
            ["立案日期", fw(fa_d), None, None],
            ["案情简介", "2025年8月29日执法检查发现，当事人维修汽车空调及家用空调时，未对设备内残留的制冷剂R22进行"
                       "回收，直接排放。R22（HCFC-22）属于消耗臭氧层物质。涉嫌违反《消耗臭氧层物质管理条例》第十八条的"
                       "规定。", None, None],
            ["承办人", "黄涛、任静", None, None],
            ["承办机构意见", "建议立案。  吴彬  2025年9月1日", None, None],
            ["单位负责人审批", f"同意。  段军  {cn(fa_d)}", None, None],
        ], [1.2, 2.2, 1.2, 1.8], [26, 26, 26, 26, 26, 26, 100, 26, 36, 36]),
    ]], "綦环立〔2025〕15号", fa_d, fw(fa_d), party=party, cause=cause, handlers=["黄涛", "任静"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"),
        T([["检查时间", f"{cn(ins_d)}15时10分至16时30分"],
           ["检查地点", addr],
           ["被检查单位（人）", f"{party}（个体工商户）"],
           ["经营者", "杨某    联系电话：189****0527"],
           ["检查人", "黄涛/任静"],
           ["执法证号", "50011020031/50011020044"],
           ["记录人", "任静"]], [1.3, 4], 22),
        P("执法人员出示执法证件，告知当事人有如实回答询问、协助检查的义务，有申请回避的权利。当事人表示不申请回避。"),
        P("检查情况：该维修部主要从事汽车空调、家用空调维修及加注冷媒。检查时维修工位有一台拆开的家用分体空调室外机，"
          "维修人员正在拆卸压缩机。执法人员使用红外热成像气体泄漏检测仪对维修工位进行扫描，发现室外机管路接口处有冷媒"
          "泄漏影像。现场无冷媒回收机，仅有空钢瓶2个、R22冷媒满瓶3个（每瓶13.6千克）。经营者承认维修时直接将设备内"
          "残留冷媒放空。"),
        P("R22即HCFC-22（二氟一氯甲烷），属于《中国受控消耗臭氧层物质清单》所列消耗臭氧层物质。"),
        P("现场拍照9张，红外成像视频1段。"),
        L("当事人签名：杨某"),
        L("检查人签名：黄涛  任静          记录人签名：任静"),
    ]], None, ins_d, cn(ins_d), inspectors=["黄涛", "任静"])
    photo = Doc("other", [[
        H("现场照片"),
        BOX(180, f"照片1：维修工位拆开的空调室外机（{cn(ins_d)}，拍摄：黄涛）"),
        BOX(180, "照片2：红外热成像气体泄漏检测仪显示管路接口处冷媒泄漏影像"),
    ]], None, ins_d, cn(ins_d))
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"),
        T([["询问时间", f"{cn(inq_d)}10时00分至10时55分"],
           ["询问地点", "綦江区生态环境局执法支队"],
           ["被询问人", "杨某    性别：男    年龄：43岁"],
           ["身份", f"{party}经营者"],
           ["询问人", "任静 汪洋"],
           ["记录人", "汪洋"]], [1.3, 4], 22),
        P("问：我们是綦江区生态环境局执法人员，这是我们的执法证件。现就你维修部冷媒排放问题向你调查，请如实回答。"
          "你是否申请回避？"),
        P("答：不申请。"),
        P("问：你维修空调时，设备内残留的冷媒怎么处理？"),
        P("答：一般直接放掉，没有回收机。"),
        P("问：你使用的是什么冷媒？每年用多少？"),
        P("答：主要是R22，也有R410A，一年大概用R22二十多瓶。"),
        P("问：你是否知道R22属于消耗臭氧层物质，维修时要回收？"),
        P("答：以前不知道，检查后才知道。"),
        P("问：整改情况如何？"),
        P("答：已经买了一台冷媒回收机，9月1日到货。"),
        L("被询问人签名：杨某      以上笔录我已看过，属实。"),
        L("询问人签名：任静  汪洋      记录人签名：汪洋"),
    ]], None, inq_d, cn(inq_d), inquirers=["任静", "汪洋"])
    rep = Doc("investigation_report", [[
        H("调查终结报告"),
        L(f"案由：{cause}"),
        L(f"当事人：{party}（个体工商户，经营者杨某）"),
        P(f"一、调查经过：{cn(ins_d)}，执法人员黄涛、任静在专项检查中发现当事人涉嫌违法，使用红外热成像气体泄漏检测仪"
          f"固定冷媒泄漏证据；{cn(fa_d)}立案；{cn(inq_d)}对经营者杨某进行调查询问。"),
        P("二、违法事实：当事人在维修含消耗臭氧层物质（HCFC-22）的制冷设备时，未按规定对设备内残留的消耗臭氧层物质进行"
          "回收，直接向大气排放。"),
        P("三、证据：现场检查（勘察）笔录、现场照片、红外成像视频、调查询问笔录、营业执照复印件、经营者身份证复印件。"),
        P("四、处理意见：违反《消耗臭氧层物质管理条例》第十八条，依据第三十四条，鉴于当事人系个体工商户、已购置回收设备，"
          "建议罚款人民币2万元。"),
        G(10), L("承办人：黄涛  任静"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先告知书"), S("綦环罚告〔2025〕60号"),
        L(f"{party}（经营者：杨某）："),
        P("经调查，你维修部在维修含消耗臭氧层物质的制冷设备时，未按规定回收设备内残留的HCFC-22，直接向大气排放。该行为"
          "违反了《消耗臭氧层物质管理条例》第十八条的规定。依据该条例第三十四条，我局拟对你维修部罚款人民币2万元。"),
        P("你维修部可以在收到本告知书之日起五个工作日内向我局提出陈述、申辩意见。逾期未提出的，视为放弃陈述、申辩权利。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "綦环罚告〔2025〕60号", pn_d, cn(pn_d))
    dec = Doc("penalty_decision", [[
        H("行政处罚决定书"), S("渝（綦江）环罚〔2025〕74号"),
        L(f"被处罚人（单位）：{party}"),
        L(f"类型：个体工商户    经营者：杨某    统一社会信用代码：{uscc}"),
        L(f"经营场所：{addr}"),
        P(f"{cn(ins_d)}，我局执法人员对你维修部进行检查，发现你维修部在维修空调时，未按规定回收设备内残留的制冷剂"
          "HCFC-22（R22，属于消耗臭氧层物质），直接向大气排放。以上事实有现场检查（勘察）笔录、红外成像视频、现场照片、"
          "调查询问笔录等证据证明。"),
        P("你维修部的上述行为违反了《消耗臭氧层物质管理条例》第十八条的规定。"),
        P(f"我局于{cn(pn_d)}向你维修部送达了綦环罚告〔2025〕60号告知书，你维修部未在规定期限内提出陈述、申辩。"),
        P("依据《消耗臭氧层物质管理条例》第三十四条的规定，我局决定对你维修部作出如下行政处罚："),
        P("罚款人民币2万元（大写：贰万元整）。"),
        P("限于收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
        P("如不服本决定，可以在收到本决定书之日起六十日内向重庆市綦江区人民政府申请行政复议，也可以在六个月内向重庆市"
          "綦江区人民法院提起行政诉讼。"),
        G(20), R(ag), R(cn(dec_d)),
    ]], "渝（綦江）环罚〔2025〕74号", dec_d, cn(dec_d), party=party, fine=fine, fine_shown="罚款人民币2万元")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（綦江）环罚〔2025〕74号", party, addr,
                                          "直接送达", cn(rc_d), ["黄涛", "任静"], style=2)], None, rc_d, cn(rc_d))
    for name, d in [("1_立案审批表.docx", fa), ("2_现场检查笔录.docx", ins), ("3_现场照片.docx", photo),
                    ("4_调查询问笔录.docx", inq), ("5_调查终结报告.docx", rep), ("6_行政处罚事先告知书.docx", pn),
                    ("7_行政处罚决定书.docx", dec), ("8_送达回证.docx", rc)]:
        c.add(name, [d], "docx", **hdr)
    c.truth = dict(agency=ag, case_types=["ods"], new_equipment=["ir_gas_leak_imager"], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["黄涛", "任静"])
    c.readme = ("綦江区；zip（UTF-8文件名，无目录），8个DOCX，页眉为局名；检查、询问笔录表头是表格。个体工商户制冷维修部"
                "（决定书用“被处罚人（单位）”标签），R22消耗臭氧层物质（ods）；使用“红外热成像气体泄漏检测仪”（只算"
                "ir_gas_leak_imager，不是thermal_imager）。立案日期全角数字“２０２５年９月２日”；检查人“黄涛/任静”，"
                "询问人“任静 汪洋”；罚款“2万元（大写：贰万元整）”；调查报告标题为“调查终结报告”。")
    return c


# --------------------------------------------------------------------------- h-12 铜梁
@case
def h12():
    c = Case("h-12", "file", "铜梁区，Word转PDF合订本（LibreOffice），封面+卷内目录，机动车排放检验机构弄虚作假")
    ag = "重庆市铜梁区生态环境局"
    party = "重庆铜梁区安驰机动车检测有限公司"
    cause = "涉嫌机动车排放检验机构伪造机动车排放检验结果案"
    uscc = "91500151MA5YX8FJ2U"
    addr = "重庆市铜梁区东城街道龙城大道88号"
    ins_d, fa_d, q1_d, q2_d, rep_d = "2025-03-27", "2025-03-28", "2025-03-31", "2025-04-01", "2025-04-30"
    pn_d, cd_d, dec_d, rc_d, cl_d = "2025-05-06", "2025-05-19", "2025-05-23", "2025-05-26", "2025-07-10"
    fine = 120000
    cover = Doc("other", [[
        G(50), H("重庆市铜梁区生态环境局"), H("行政处罚案卷"), G(30),
        T([["案　　由", cause],
           ["当 事 人", party],
           ["立案日期", "见立案审批表"],
           ["处理结果", "没收违法所得、罚款"],
           ["卷内页数", "13页"],
           ["归档号", "TL-HJ-2025-0037"]], [1, 3], 34),
    ]], title="行政处罚案卷")
    cat = Doc("other", [[
        H("卷内目录"),
        T([["序号", "题名", "文号", "页号", "备注"],
           ["1", "立案审批表", "铜环立〔2025〕37号", "1", ""],
           ["2", "现场检查（勘察）笔录", "", "2", ""],
           ["3", "调查询问笔录（站长）", "", "3-4", ""],
           ["4", "调查询问笔录（检测员）", "", "5", ""],
           ["5", "案件调查报告", "", "6-7", ""],
           ["6", "行政处罚事先（听证）告知书", "渝（铜梁）环罚告〔2025〕22号", "8", ""],
           ["7", "案件集体讨论笔录", "", "9", "副卷"],
           ["8", "行政处罚决定书", "渝（铜梁）环罚〔2025〕25号", "10-11", ""],
           ["9", "送达回证", "", "12", ""],
           ["10", "结案审批表", "", "13", ""]], [0.6, 2.6, 2.4, 0.8, 0.8], 24),
    ]])
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(ag), R("铜环立〔2025〕37号"),
        T([
            ["案件来源", "非现场检查：重庆市机动车排放检验监管系统预警", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "法定代表人", "龚某某"],
            ["统一社会信用代码", uscc, "电话", "023-4564****"],
            ["地址", addr, None, None],
            ["案情及立案理由", "2025年3月25日，重庆市机动车排放检验监管系统对当事人3号检测线发出数据异常预警：3月"
                             "10日至24日共37台柴油车检测过程数据曲线高度雷同。3月27日现场检查发现当事人使用同一台"
                             "合格车辆代替受检车辆上线检测。当事人作为第三方机动车排放检验机构，涉嫌伪造检验结果，违反"
                             "《中华人民共和国大气污染防治法》第五十四条第一款的规定。", None, None],
            ["承办人意见", "建议立案。承办人：邹  凯、向丽娟、彭博    2025年3月27日", None, None],
            ["执法支队意见", "同意。  秦岭  2025年3月28日", None, None],
            ["局领导审批", f"同意立案。  罗成  {cn(fa_d)}", None, None],
        ], [1.3, 2.2, 1, 1.6], [26, 26, 26, 26, 26, 130, 40, 30, 30]),
    ]], "铜环立〔2025〕37号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["邹  凯", "向丽娟", "彭博"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"检查时间：{cn(ins_d)}9时20分—12时00分"),
        L(f"检查地点：{party}检测大厅、监控室"),
        L(f"被检查单位：{party}    法定代表人：龚某某"),
        L("现场负责人：唐某（站长）"),
        L("检查人：邹凯（50015120006）、彭博（50015120014）"),
        L("记录人：向丽娟"),
        P("执法人员出示执法证件，告知被检查单位依法享有的权利和应履行的义务。被检查单位不申请回避。"),
        P("检查情况：1.该公司有汽油车检测线2条、柴油车检测线2条，持有检验检测机构资质认定证书。2.执法人员调阅3号检测线"
          "（柴油车加载减速法）3月10日至24日检测录像，发现检测报告所列37台受检车辆中，有29台实际上线车辆为同一辆"
          "白色轻型货车（车牌尾号为**372），受检车辆停放在检测线外。3.检测软件后台显示，上述检测的OBD车辆识别代号"
          "与上线车辆不一致。4.执法人员拷贝了检测过程录像、检测过程数据和收费记录。"),
        G(10),
        L("被检查单位现场负责人签字：唐某"),
        L("检查人签字：邹凯  彭博        记录人签字：向丽娟"),
    ]], None, ins_d, cn(ins_d), inspectors=["邹凯", "彭博"])
    q1 = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"时间：{cn(q1_d)}9时30分至11时15分"),
        L("地点：铜梁区生态环境局执法支队询问室"),
        L(f"被询问人：唐某  性别：男  职务：{party}站长（受委托）"),
        L("询问人：向丽娟、邹凯"),
        L("记录人：何静怡"),
        P("问：我们是铜梁区生态环境局执法人员，这是执法证件。请如实回答，是否申请回避？"),
        P("答：不申请。"),
        P("问：3号检测线3月10日至24日的检测中，实际上线车辆与受检车辆不一致是怎么回事？"),
        P("答：有些柴油车排放过不了，车主着急年检，我们就用一辆排放好的车替它上线检测。"),
        P("问：一共替检了多少台？"),
        P("答：录像里看是29台，我们自己统计也是29台。"),
        P("问：替检是否多收费？"),
        P("答：每台多收100元“服务费”，检测费照常收，检测费一台80元，一共29台。"),
    ], [
        P("问：谁决定这样做的？"),
        P("答：是我和检测员黄某某商量的，公司老板不知道。"),
        P("问：你是否知道这是伪造检验结果？"),
        P("答：知道，我们错了，已经把那辆替检车开走，并把检测线交给公司重新管理。"),
        P("问：还有什么补充？"),
        P("答：没有。"),
        G(10),
        L("被询问人：唐某（签名）    以上笔录两页，已核对无误。"),
        L("询问人：向丽娟  邹凯        记录人：何静怡"),
    ]], None, q1_d, cn(q1_d), inquirers=["向丽娟", "邹凯"])
    q2 = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"时间：{cn(q2_d)}14时30分至15时20分"),
        L("地点：铜梁区生态环境局执法支队询问室"),
        L(f"被询问人：黄某某  性别：男  职务：{party}检测员"),
        L("询问人：彭博、何静怡"),
        L("记录人：何静怡"),
        P("问：我们是铜梁区生态环境局执法人员（出示证件），请如实回答。是否申请回避？"),
        P("答：不申请。"),
        P("问：3号检测线的替检车辆是谁开上线的？"),
        P("答：是我开的，站长安排的。"),
        P("问：检测报告上的车辆信息是怎么录入的？"),
        P("答：登录时录受检车辆的信息，上线跑的是替检车，软件里OBD读出来的识别代号对不上，但系统没拦。"),
        G(10),
        L("被询问人：黄某某（签名）"),
        L("询问人：彭博  何静怡    记录人：何静怡"),
    ]], None, q2_d, cn(q2_d), inquirers=["彭博", "何静怡"])
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        P(f"案件来源：{cn('2025-03-25')}，重庆市机动车排放检验监管系统对当事人3号检测线发出数据异常预警，执法人员据此于"
          f"{cn(ins_d)}进行现场检查，{cn(fa_d)}立案。"),
        P(f"当事人：{party}，第三方机动车排放检验机构，统一社会信用代码{uscc}，法定代表人龚某某。"),
        P("调查经过：承办人邹凯、向丽娟、彭博进行了现场检查，对站长唐某、检测员黄某某进行调查询问，调取了检测录像、"
          "检测过程数据、检测报告、收费记录。"),
        P("违法事实：2025年3月10日至24日，当事人在3号检测线使用同一辆合格车辆代替29台受检柴油车上线检测，出具排放"
          "检验合格报告，伪造机动车排放检验结果，违法所得人民币3200元（多收服务费29×100元及替检车辆对应检测费中"
          "可查实部分300元）。"),
    ], [
        P("证据：现场检查（勘察）笔录；调查询问笔录2份；检测录像截图；检测过程数据；检测报告29份；收费记录；资质认定"
          "证书复印件；营业执照复印件。"),
        P("法律依据：当事人违反《中华人民共和国大气污染防治法》第五十四条第一款。依据该法第一百一十二条第一款，"
          "建议没收违法所得人民币3200元，并处罚款人民币壹拾贰万元。"),
        G(14), L("承办人：邹凯  向丽娟  彭博"), R(cn(rep_d)),
        L("执法支队意见：同意，报局审定。  秦岭"),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝（铜梁）环罚告〔2025〕22号"),
        L(f"{party}："),
        P("经查，你单位于2025年3月10日至24日在3号检测线使用同一辆合格车辆代替29台受检柴油车上线检测，伪造机动车排放"
          "检验结果，违法所得人民币3200元。你单位的行为违反了《中华人民共和国大气污染防治法》第五十四条第一款的规定。"),
        P("依据该法第一百一十二条第一款，我局拟对你单位作出没收违法所得人民币3200元、罚款人民币壹拾贰万元的行政处罚。"),
        P("你单位有权在收到本告知书之日起五个工作日内进行陈述、申辩，并有权要求听证。逾期未提出的，视为放弃。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（铜梁）环罚告〔2025〕22号", pn_d, cn(pn_d))
    cd = Doc("collective_discussion", [[
        H("案件集体讨论笔录"), S(ag),
        L(f"时间：{cn(cd_d)}14:30—15:20"),
        L("地点：局会议室"),
        L("主持：罗成    记录：何静怡"),
        L("参加：罗成、秦岭、付某、张某、李某"),
        L("列席：邹凯、向丽娟、彭博"),
        P("邹凯汇报：当事人未提出陈述申辩和听证。"),
        P("讨论：秦岭：第三方机构弄虚作假性质恶劣，但违法时间较短、主动配合调查，建议按拟定意见处罚。其他人员同意。"),
        P("结论：没收违法所得人民币3200元，罚款人民币壹拾贰万元。"),
        L("签名：罗成 秦岭 付某 张某 李某"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（铜梁）环罚〔2025〕25号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}"),
        L(f"法定代表人：龚某某        地址：{addr}"),
        P(f"一、{cn('2025-03-25')}，重庆市机动车排放检验监管系统发出数据异常预警。我局于{cn(ins_d)}对你单位进行了调查，"
          "发现你单位实施了以下环境违法行为：2025年3月10日至24日，你单位在3号检测线使用同一辆合格车辆代替29台受检"
          "柴油车上线检测并出具合格报告，伪造机动车排放检验结果，违法所得人民币3200元。"),
        P("以上事实有现场检查（勘察）笔录、调查询问笔录、检测录像截图、检测过程数据、检测报告、收费记录等证据为证。"),
        P("你单位的行为违反了《中华人民共和国大气污染防治法》第五十四条第一款的规定。"),
        P(f"二、我局于{cn(pn_d)}向你单位送达了渝（铜梁）环罚告〔2025〕22号告知书，你单位在法定期限内未提出陈述、申辩，"
          "未要求听证。"),
    ], [
        P("三、依据《中华人民共和国大气污染防治法》第一百一十二条第一款的规定，我局决定对你单位作出如下行政处罚："),
        L("1.没收违法所得人民币叁仟贰佰元整；"),
        L("2.罚款人民币壹拾贰万元整（120000元）。"),
        P("四、你单位应当自收到本决定书之日起十五日内将罚没款缴至指定账户。逾期不缴纳罚款的，每日按罚款数额的百分之三"
          "加处罚款。"),
        P("五、如不服本决定，可以自收到本决定书之日起六十日内向重庆市铜梁区人民政府申请行政复议，或者六个月内向重庆市"
          "铜梁区人民法院提起行政诉讼。"),
        G(30), R(ag), R(cn(dec_d)),
    ]], "渝（铜梁）环罚〔2025〕25号", dec_d, cn(dec_d), party=party, fine=fine,
        fine_shown="罚款人民币壹拾贰万元整")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（铜梁）环罚〔2025〕25号", party, addr,
                                          "直接送达", cn(rc_d), ["邹凯", "彭博"])], None, rc_d, cn(rc_d))
    cl = Doc("closing_approval", [[
        H("结案审批表"), S(ag),
        T([["案由", cause],
           ["当事人", party],
           ["立案号/决定书文号", "铜环立〔2025〕37号 / 渝（铜梁）环罚〔2025〕25号"],
           ["执行情况", "当事人已于2025年6月5日缴纳罚没款共计人民币123200元。"],
           ["承办人意见", "执行完毕，建议结案。  邹凯  2025年7月8日"],
           ["负责人审批", f"同意结案。  罗成  {cn(cl_d)}"]], [1.3, 4], [26, 26, 34, 40, 40, 40]),
    ]], None, cl_d, cn(cl_d))
    c.add("h-12.pdf", [cover, cat, fa, ins, q1, q2, rep, pn, cd, dec, rc, cl], "lo")
    c.truth = dict(agency=ag, case_types=["third_party_fraud"], new_equipment=[], non_site_platforms=["vehicle_inspection"],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["邹凯", "向丽娟", "彭博"])
    c.readme = ("铜梁区；Word→PDF（LibreOffice）合订本：卷宗封面（两行标题）、卷内目录（页号从立案审批表起算，与物理页差2）。"
                "机动车排放检验机构替检、伪造检验结果（third_party_fraud），线索来自机动车排放检验监管系统预警。三名承办人"
                "（“邹  凯”补空格），向丽娟是检查笔录的记录人但在询问笔录里是询问人；何静怡是第一份询问笔录的记录人、第二份"
                "的询问人。没收违法所得3200元与罚款120000元并列；结案审批表写罚没款合计123200元（不是罚款）。")
    return c


# --------------------------------------------------------------------------- h-13 黔江
@case
def h13():
    c = Case("h-13", "folder", "黔江区，文件夹，两个合订PDF（证据卷、审理卷；后者字距加宽），执法人员姓名脱敏，土壤+地下水")
    ag = "重庆市黔江区生态环境局"
    party = "重庆黔江区武陵化工有限公司"
    cause = "涉嫌未按规定开展土壤污染隐患排查和土壤、地下水自行监测案"
    uscc = "91500114MA60FQ4L9X"
    addr = "重庆市黔江区正阳工业园区化工路17号"
    ins_d, fa_d, inq_d, sm_d, rep_d = "2025-06-03", "2025-06-05", "2025-06-06", "2025-06-09", "2025-07-11"
    pn_d, lr_d, cd_d, dec_d, rc_d = "2025-07-14", "2025-07-25", "2025-07-28", "2025-07-30", "2025-08-01"
    fine = 86000
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), R("黔江环立〔2025〕24号"),
        T([
            ["案件来源", "■现场检查  □非现场检查  □投诉举报  □上级交办  □移送  □其他", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "法定代表人", "王某某"],
            ["统一社会信用代码", uscc, "联系电话", "138****1702"],
            ["地址", addr, None, None],
            ["案情简介", "当事人列入《重庆市2025年土壤污染重点监管单位名录》。2025年6月3日检查发现，当事人2024年度未"
                       "开展土壤污染隐患排查，未按自行监测方案对厂区土壤和地下水开展监测。涉嫌违反《中华人民共和国土壤"
                       "污染防治法》第二十一条第二款的规定。", None, None],
            ["承办人意见", "建议立案。  承办人：石*华、田*    2025年6月4日", None, None],
            ["承办机构意见", "同意。  负责人：肖*  2025年6月4日", None, None],
            ["单位负责人意见", f"同意立案。  签名：彭*明  {cn(fa_d)}", None, None],
        ], [1.3, 2.2, 1, 1.6], [26, 26, 26, 26, 26, 110, 40, 40, 40]),
    ]], "黔江环立〔2025〕24号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["石*华", "田*"])
    ins = Doc("inspection_record", [[
        S(ag), H("现场检查（勘察）笔录"),
        L(f"检查时间：{cn(ins_d)}9时00分至11时30分"),
        L(f"检查地点：{addr}"),
        L(f"被检查单位：{party}    法定代表人：王某某"),
        L("现场负责人：刘某（安环部部长）"),
        L("检查人：石*华（执法证号：500114200**）、何*平（执法证号：500114200**）"),
        L("记录人：田*"),
        P("告知事项：执法人员出示执法证件，告知被检查单位应当如实提供有关情况和资料，有陈述、申辩和申请回避的权利。"
          "被检查单位不申请回避。"),
        P("检查情况：1.该公司主要生产磷酸盐类化工产品，列入《重庆市2025年土壤污染重点监管单位名录》。2.该公司未能提供"
          "2024年度土壤污染隐患排查报告，现场负责人称尚未开展。3.该公司自行监测方案要求每年对厂区土壤监测一次、地下水"
          "监测井每半年监测一次，现场未能提供2024年以来的土壤、地下水监测报告；厂区3口地下水监测井中，2口井口被杂物"
          "覆盖，无近期采样痕迹。4.该公司厂区出入口视频已接入区生态环境局视频监控平台。"),
    ], [
        P("5.执法人员携带的FID检测仪因电池故障，本次检查未能使用，对罐区周边的挥发性有机物未作检测。"),
        P("6.执法人员调取了自行监测方案、2023年度隐患排查报告、地下水监测井分布图，并拍照11张。"),
        G(20),
        L("被检查单位现场负责人（签名）：刘某"),
        L("检查人（签名）：石*华  何*平"),
        L("记录人（签名）：田*"),
        R(cn(ins_d)),
    ]], None, ins_d, cn(ins_d), inspectors=["石*华", "何*平"])
    inq = Doc("inquiry_record", [[
        S(ag), H("调查询问笔录"),
        L(f"询问时间：{dot(inq_d)}  14时30分—15时40分"),
        L("询问地点：黔江区生态环境局执法支队"),
        L(f"被询问人：刘某  性别：男  职务：{party}安环部部长（受委托）"),
        L("询问人：田*、石*华"),
        L("记录人：何*平"),
        P("问：我们是黔江区生态环境局执法人员，现出示执法证件，请你如实回答问题。是否申请回避？"),
        P("答：不申请。"),
        P("问：你公司是否知道自己是土壤污染重点监管单位？"),
        P("答：知道，2022年就列入了。"),
        P("问：2024年度是否开展了土壤污染隐患排查？"),
        P("答：没有。原来做隐患排查的技术人员离职了，一直没安排。"),
        P("问：2024年以来是否对厂区土壤和地下水开展自行监测？"),
        P("答：没有做。地下水监测井有两口被堆放的杂物压住了。"),
        P("问：你公司准备如何整改？"),
        P("答：已经委托第三方机构开展隐患排查，监测井已清理，7月上旬完成土壤和地下水采样监测。"),
        G(12),
        L("被询问人（签名）：刘某    以上笔录已阅，属实。"),
        L("询问人（签名）：田*  石*华      记录人（签名）：何*平"),
    ]], None, inq_d, dot(inq_d), inquirers=["田*", "石*华"])
    sm = Doc("other", [[
        G(20), H("情况说明"), G(10),
        L("重庆市黔江区生态环境局："),
        P("我公司因原负责土壤污染隐患排查的技术人员于2024年3月离职，2024年度土壤污染隐患排查和土壤、地下水自行监测"
          "工作未能按时开展。我公司已认识到问题的严重性，现已委托重庆某某环境技术有限公司开展隐患排查，并于6月7日清理了"
          "地下水监测井，计划于7月10日前完成采样监测。恳请贵局从轻处理。"),
        P("特此说明。"),
        G(40),
        R(f"{party}（盖章）"),
        R(cn(sm_d)),
    ]], None, sm_d, cn(sm_d))
    rep = Doc("investigation_report", [[
        S(ag), H("案件调查报告"),
        L("一、基本情况"),
        P(f"当事人{party}，统一社会信用代码{uscc}，法定代表人王某某，住所{addr}，主要从事磷酸盐类化工产品生产，列入"
          "《重庆市2025年土壤污染重点监管单位名录》。"),
        L("二、调查经过"),
        P(f"{cn(ins_d)}执法人员石*华、何*平对当事人进行现场检查，{cn(fa_d)}立案，{cn(inq_d)}对当事人委托代理人"
          "刘某进行询问，当事人提交了情况说明。"),
        L("三、违法事实"),
        P("当事人作为土壤污染重点监管单位，2024年度未开展土壤污染隐患排查，未按照自行监测方案对厂区土壤和地下水开展"
          "监测，地下水监测井被杂物覆盖。"),
        L("四、证据"),
        P("现场检查（勘察）笔录、调查询问笔录、现场照片、自行监测方案、重点监管单位名录、情况说明。"),
    ], [
        L("五、法律依据和处理意见"),
        P("当事人违反《中华人民共和国土壤污染防治法》第二十一条第二款第（二）、（三）项及《地下水管理条例》第四十条的"
          "规定。依据《中华人民共和国土壤污染防治法》第八十六条第一款第（二）项、第（三）项，建议罚款人民币捌万陆仟元。"),
        G(20),
        L("承办人：石*华  田*"),
        R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        S(ag), H("行政处罚事先（听证）告知书"), S("渝（黔江）环罚告〔2025〕29号"),
        L(f"{party}："),
        P("经查，你单位作为土壤污染重点监管单位，2024年度未开展土壤污染隐患排查，未按照自行监测方案对厂区土壤和地下水"
          "开展监测。你单位的行为违反了《中华人民共和国土壤污染防治法》第二十一条第二款的规定。"),
        P("依据该法第八十六条第一款第（二）项、第（三）项，我局拟对你单位罚款人民币捌万陆仟元整。"),
        P("你单位可在收到本告知书之日起五个工作日内提出陈述、申辩，并可要求听证。逾期视为放弃。"),
        G(40), R(ag), R(cn(pn_d)),
    ]], "渝（黔江）环罚告〔2025〕29号", pn_d, cn(pn_d))
    lr = Doc("legal_review", [[
        S(ag), H("法制审核表"),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["立案号", "黔江环立〔2025〕24号"],
           ["审核意见", "事实清楚，证据充分，程序合法，法律适用准确，同意罚款捌万陆仟元。"],
           ["审核人", f"冉*    {cn(lr_d)}"]], [1.3, 4], [28, 28, 70, 30]),
    ]], None, lr_d, cn(lr_d))
    cd = Doc("collective_discussion", [[
        S(ag), H("案件集体讨论笔录"),
        L(f"时间：{cn(cd_d)}9时30分至10时20分"),
        L("地点：局四楼会议室"),
        L("主持人：彭*明    记录人：冉*"),
        L("参加人员：彭*明、肖*、冉*、杨*、侯*"),
        P("承办人汇报：当事人未提出陈述申辩，已完成隐患排查委托和监测井清理。"),
        P("讨论意见：一致同意罚款捌万陆仟元。"),
        L("签名：彭*明 肖* 冉* 杨* 侯*"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（黔江）环罚〔2025〕33号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}    法定代表人：王某某"),
        L(f"地址：{addr}"),
        P(f"一、环境违法事实和证据：我局于{cn(ins_d)}对你单位进行了调查，发现你单位作为土壤污染重点监管单位，2024年度"
          "未开展土壤污染隐患排查，未按照自行监测方案对厂区土壤和地下水开展监测。以上事实有现场检查（勘察）笔录、调查"
          "询问笔录、现场照片、自行监测方案、土壤污染重点监管单位名录、情况说明等证据为凭。你单位的上述行为违反了"
          "《中华人民共和国土壤污染防治法》第二十一条第二款的规定。"),
        P(f"二、陈述申辩情况：我局于{cn(pn_d)}以渝（黔江）环罚告〔2025〕29号告知书告知你单位陈述、申辩、听证权利，"
          "你单位未提出。"),
    ], [
        P("三、处罚依据和种类：依据《中华人民共和国土壤污染防治法》第八十六条第一款第（二）项、第（三）项的规定，我局"
          f"决定对你单位罚款人民币{capital(fine)}。"),
        P("四、履行方式和期限：自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
        P("五、救济途径和期限：如不服本决定，可在收到本决定书之日起六十日内向重庆市黔江区人民政府申请行政复议，或在六个月内"
          "向重庆市黔江区人民法院提起行政诉讼。"),
        G(40), R(ag), R(han(dec_d)),
    ]], "渝（黔江）环罚〔2025〕33号", dec_d, han(dec_d), party=party, fine=fine,
        fine_shown=f"罚款人民币{capital(fine)}")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（黔江）环罚〔2025〕33号", party, addr,
                                          "直接送达", cn(rc_d), ["石*华", "田*"])], None, rc_d, cn(rc_d))
    c.add("01_证据卷.pdf", [fa, ins, inq, sm, rep], "pdf")
    c.add("02_审理卷.pdf", [pn, lr, cd, dec, rc], "pdf", charspace=4.5, size=10.5)
    c.truth = dict(agency=ag, case_types=["soil", "groundwater"], new_equipment=[], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["石*华", "田*"])
    c.readme = ("黔江区；文件夹，两个合订PDF（reportlab）：01_证据卷（立案审批表、检查笔录、询问笔录、当事人情况说明、调查报告）和"
                "02_审理卷（告知书、法制审核表、集体讨论、决定书、送达回证；字距加宽，抽取文本时CJK之间可能出现空格）。"
                "所有执法人员姓名脱敏（石*华、田*、何*平），按原样比对；田*是检查笔录的记录人而非检查人，但在询问笔录中是"
                "询问人。土壤污染重点监管单位未开展隐患排查和土壤、地下水自行监测（soil、groundwater）。干扰：FID检测仪"
                "因电池故障未使用；出入口视频接入视频监控平台仅为背景。other：当事人情况说明（落款日期）。")
    return c


# --------------------------------------------------------------------------- h-14 大足
@case
def h14():
    c = Case("h-14", "folder", "大足区，文件夹，DOCX与Word转PDF混合，个体口腔诊所无证使用射线装置，中文数字日期")
    ag = "重庆市大足区生态环境局"
    party = "重庆市大足区康美口腔诊所"
    cause = "涉嫌未取得辐射安全许可证使用III类射线装置案"
    uscc = "92500111MA5XQ3KJ8B"
    addr = "重庆市大足区棠香街道五星大道216号"
    ins_d, fa_d, inq_d, lab_d, rep_d = "2025-08-08", "2025-08-11", "2025-08-12", "2025-08-14", "2025-08-25"
    pn_d, lr_d, dec_d, rc_d = "2025-08-27", "2025-09-09", "2025-09-12", "2025-09-15"
    fine = 30000
    fa = Doc("filing_approval", [[
        S(ag), H("立案审批表"), L("编号：大足环立〔2025〕44号"),
        T([
            ["案件来源", "■现场检查（辐射安全专项检查）  □投诉举报  □交办  □移送  □其他"],
            ["案由", cause],
            ["当事人名称", f"{party}（个体工商户）"],
            ["经营者", "周某某"],
            ["统一社会信用代码", uscc],
            ["经营场所", addr],
            ["案情摘要", f"{han(ins_d)}，执法人员在辐射安全专项检查中发现，当事人在未取得辐射安全许可证的情况下，使用"
                        "口腔颌面锥形束CT（III类射线装置）1台开展诊疗。涉嫌违反《放射性同位素与射线装置安全和防护条例》"
                        "第五条第二款的规定。"],
            ["承办人", "刘晓庆、蔡  勇"],
            ["承办机构意见", "建议立案。    熊刚    二〇二五年八月十日"],
            ["单位负责人审批", f"同意立案。    陈明    {han(fa_d)}"],
        ], [1.3, 4], [26, 26, 26, 26, 26, 26, 100, 26, 36, 36]),
    ]], "大足环立〔2025〕44号", fa_d, han(fa_d), party=f"{party}（个体工商户）", cause=cause,
        handlers=["刘晓庆", "蔡  勇"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"检查时间：{han(ins_d, '○')}  15时00分至16时10分"),
        L(f"检查地点：{addr}"),
        L(f"被检查单位：{party}    经营者：周某某"),
        L("检查人：蔡  勇（执法证号50011120017）、刘晓庆（执法证号50011120025）"),
        L("记录人：刘晓庆"),
        P("执法人员出示执法证件，告知当事人有如实提供情况的义务和申请回避的权利。当事人不申请回避。"),
        P("检查情况：该诊所设牙椅4台，二楼设有影像室1间，内有口腔颌面锥形束CT（III类射线装置）1台，型号KaVo OP 3D，"
          "检查时处于开机状态，影像工作站显示2025年8月1日至8日共拍摄36人次。该诊所未能出示辐射安全许可证，经营者称"
          "已于2025年6月开始使用，许可证尚未申请。影像室防护门有电离辐射警告标志，未配置个人剂量计。"),
        P("执法人员使用X-γ辐射剂量率仪对影像室周围进行了巡测，并委托区辐射环境监测站开展检测。"),
        P("现场拍照8张，调取设备购买合同、影像工作站检查记录截图。"),
        G(12),
        L("当事人签名：周某某"),
        L("检查人签名：蔡勇  刘晓庆        记录人签名：刘晓庆"),
    ]], None, ins_d, han(ins_d, "○"), inspectors=["蔡  勇", "刘晓庆"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"询问时间：{cn(inq_d)}10时00分至11时00分"),
        L("询问地点：大足区生态环境局执法支队询问室"),
        L(f"被询问人：周某某  性别：女  年龄：38岁  身份：{party}经营者"),
        L("询问人：刘晓庆、蔡勇"),
        L("记录人：蔡勇"),
        P("问：我们是大足区生态环境局执法人员，出示执法证件。请你如实回答，是否申请回避？"),
        P("答：不申请。"),
        P("问：你诊所的口腔CT是什么时候购买、开始使用的？"),
        P("答：今年5月买的，6月初装好开始用。"),
        P("问：是否取得辐射安全许可证？"),
        P("答：没有，以为卫健部门的放射诊疗许可办了就可以，不知道还要办辐射安全许可证。"),
        P("问：使用CT拍了多少人次？收费多少？"),
        P("答：大概一百五十多人次，每次收费150元。"),
        P("问：现在是否还在使用？"),
        P("答：8月8日你们检查后就停用了，正在办许可证。"),
        G(12),
        L("被询问人：周某某（签名）      以上笔录我已阅读，属实。"),
        L("询问人：刘晓庆  蔡勇      记录人：蔡勇"),
    ]], None, inq_d, cn(inq_d), inquirers=["刘晓庆", "蔡勇"])
    lab = Doc("other", [[
        H("辐射环境检测报告"), S("重庆市大足区辐射环境监测站"),
        L(f"委托单位：{ag}"),
        L(f"受检单位：{party}"),
        L("检测对象：口腔颌面锥形束CT（KaVo OP 3D，III类射线装置）"),
        L(f"检测日期：{cn('2025-08-13')}"),
        T([["点位", "位置", "X-γ辐射剂量率（μSv/h）"],
           ["1", "防护门外30cm", "0.21"],
           ["2", "观察窗外30cm", "0.18"],
           ["3", "候诊区", "0.12"],
           ["4", "楼下正对位置", "0.10"]], [0.6, 2, 2]),
        P("结论：所测点位周围剂量当量率均低于2.5μSv/h。"),
        G(30), R("重庆市大足区辐射环境监测站（章）"), R(cn(lab_d)),
    ]], None, lab_d, cn(lab_d))
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        P(f"一、案件来源：{han(ins_d)}辐射安全专项检查中发现，{han(fa_d)}立案。"),
        P(f"二、当事人：{party}，个体工商户，经营者周某某，统一社会信用代码{uscc}。"),
        P("三、违法事实：当事人于2025年6月起，在未取得辐射安全许可证的情况下使用口腔颌面锥形束CT（III类射线装置）开展"
          "诊疗，至2025年8月8日被查获，共使用约150人次，违法所得约22500元。"),
        P("四、证据：现场检查（勘察）笔录、调查询问笔录、辐射环境检测报告、设备购买合同、影像工作站记录截图、现场照片、"
          "营业执照及医疗机构执业许可证复印件。"),
        P("五、处理意见：当事人违反《放射性同位素与射线装置安全和防护条例》第五条第二款，依据第五十二条第（一）项，"
          "违法所得不足十万元，建议责令停止违法行为、限期改正，处罚款人民币叁万元整。"),
        G(14), L("承办人：刘晓庆  蔡勇"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝（大足）环罚告〔2025〕50号"),
        L(f"{party}："),
        P("经查，你诊所于2025年6月起在未取得辐射安全许可证的情况下使用口腔颌面锥形束CT（III类射线装置）开展诊疗。该行为"
          "违反了《放射性同位素与射线装置安全和防护条例》第五条第二款的规定。"),
        P("依据该条例第五十二条第（一）项，我局拟对你诊所作出如下处理：责令停止违法行为，限期改正；罚款人民币叁万元整。"),
        P("你诊所可自收到本告知书之日起五个工作日内提出陈述、申辩或要求听证。逾期视为放弃。"),
        G(30), R(ag), R(han(pn_d)),
    ]], "渝（大足）环罚告〔2025〕50号", pn_d, han(pn_d))
    lr = Doc("legal_review", [[
        H("法制审核表"), S(ag),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["拟处理意见", "责令停止违法行为、限期改正，罚款人民币叁万元整"],
           ["审核意见", "1.事实清楚，证据充分；2.程序合法；3.适用法律正确；4.裁量尺度参照本局渝（大足）环罚〔2024〕"
                       "56号案（某医院未按规定贮存危险废物、未取得辐射安全许可证使用射线装置案），罚款幅度一致。同意。"],
           ["审核人", "唐  敏"],
           ["审核日期", cn(lr_d)]], [1.3, 4], [28, 30, 90, 28, 28]),
    ]], None, lr_d, cn(lr_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（大足）环罚〔2025〕57号"),
        L(f"当事人名称：{party}"),
        L(f"组成形式：个体工商户    经营者：周某某    统一社会信用代码：{uscc}"),
        L(f"经营场所：{addr}"),
        P(f"一、违法事实和证据。我局于{han(ins_d)}对你诊所进行了检查，发现你诊所自2025年6月起，在未取得辐射安全许可证"
          "的情况下使用口腔颌面锥形束CT（III类射线装置）开展诊疗活动。以上事实有现场检查（勘察）笔录、调查询问笔录、"
          "辐射环境检测报告、设备购买合同、影像工作站记录等证据为证。你诊所的行为违反了《放射性同位素与射线装置安全和"
          "防护条例》第五条第二款的规定。"),
        P(f"二、陈述申辩情况。我局于{han(pn_d)}向你诊所送达渝（大足）环罚告〔2025〕50号告知书，你诊所未提出陈述申辩。"),
        P("三、处罚依据和决定。依据《放射性同位素与射线装置安全和防护条例》第五十二条第（一）项的规定，我局决定："
          "1.责令你诊所停止使用射线装置，限期改正；2.罚款人民币叁万元整。"),
        P("四、履行方式。请于收到本决定书之日起十五日内缴纳罚款。逾期每日按罚款数额的百分之三加处罚款。"),
        P("五、救济途径。不服本决定的，可在收到本决定书之日起六十日内向重庆市大足区人民政府申请行政复议，或六个月内向"
          "重庆市大足区人民法院提起行政诉讼。"),
        G(30), R(ag), R(han(dec_d)),
    ]], "渝（大足）环罚〔2025〕57号", dec_d, han(dec_d), party=party, fine=fine, fine_shown="罚款人民币叁万元整")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（大足）环罚〔2025〕57号", party, addr,
                                          "直接送达", cn(rc_d), ["刘晓庆", "蔡勇"])], None, rc_d, cn(rc_d))
    c.add("01立案审批表.docx", [fa], "docx")
    c.add("02现场检查笔录.docx", [ins], "docx")
    c.add("03调查询问笔录.pdf", [inq], "lo")
    c.add("04辐射检测报告.pdf", [lab], "lo")
    c.add("05案件调查报告.docx", [rep], "docx")
    c.add("06行政处罚事先（听证）告知书.pdf", [pn], "lo")
    c.add("07法制审核表.docx", [lr], "docx")
    c.add("08行政处罚决定书.pdf", [dec], "lo")
    c.add("09送达回证.docx", [rc], "docx")
    c.truth = dict(agency=ag, case_types=["nuclear_radiation"], new_equipment=[], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["刘晓庆", "蔡勇"])
    c.readme = ("大足区；文件夹，DOCX与Word→PDF（LibreOffice）混合。个体口腔诊所未取得辐射安全许可证使用III类射线装置"
                "（nuclear_radiation）。日期大量用中文数字：立案审批表“二〇二五年八月十一日”，检查笔录（DOCX）用“二○二五年”"
                "（○），决定书落款中文数字。立案审批表当事人名称带“（个体工商户）”，决定书没有（party取决定书）。"
                "干扰：法制审核表引用另案文号渝（大足）环罚〔2024〕56号及其案由中的“危险废物”（不标hazardous_waste）；"
                "X-γ辐射剂量率仪不是清单里的新装备。other：辐射环境检测报告（落款日期）。")
    return c


# --------------------------------------------------------------------------- h-15 开州
@case
def h15():
    c = Case("h-15", "file", "开州区，整本案卷一个DOCX（标题用Word标题样式、页眉页脚），未登记生产新化学物质")
    ag = "重庆市开州区生态环境局"
    party = "重庆开州区华科新材料有限公司"
    cause = "涉嫌未取得新化学物质环境管理登记证生产新化学物质案"
    uscc = "91500154MA61HT0W2R"
    addr = "重庆市开州区白鹤街道浦里工业新区兴业路9号"
    ins_d, fa_d, inq_d, rep_d, pn_d, cd_d, dec_d, rc_d = ("2025-08-18", "2025-08-19", "2025-08-21", "2025-09-10",
                                                         "2025-09-12", "2025-09-24", "2025-09-26", "2025-09-28")
    fine = 25000
    chem = "2-（4-甲氧基苯基）-5-氟嘧啶（企业内部代号HK-207）"
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(ag),
        T([
            ["立案号", "开州环立〔2025〕58号", "立案日期", fa_d],
            ["案件来源", "现场检查", None, None],
            ["案由", cause, None, None],
            ["当事人", party, None, None],
            ["法定代表人", "谭某某", "统一社会信用代码", uscc],
            ["住所", addr, None, None],
            ["案情简介", f"{ins_d}，执法人员对当事人开展化学物质环境管理专项检查，发现当事人2025年5月起生产{chem}约"
                        "3.2吨，该物质未列入《中国现有化学物质名录》，当事人未取得新化学物质环境管理登记证。涉嫌违反"
                        "《新化学物质环境管理登记办法》第四条的规定。", None, None],
            ["承办人", "覃  勇、邓佳、卢明", None, None],
            ["承办机构意见", "建议立案。  负责人：何斌  2025-08-18", None, None],
            ["单位负责人审批意见", f"同意立案。  签名：黄毅  {fa_d}", None, None],
        ], [1.3, 2.2, 1.2, 1.8], [26, 26, 26, 26, 26, 26, 120, 26, 36, 36]),
    ]], "开州环立〔2025〕58号", fa_d, fa_d, party=party, cause=cause, handlers=["覃  勇", "邓佳", "卢明"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        T([["检查时间", f"{cn0(ins_d)}09时30分—12时10分", None, None],
           ["检查地点", addr, None, None],
           ["被检查单位", party, "法定代表人", "谭某某"],
           ["现场负责人", "李某（技术总监）", "联系电话", "177****3306"]], [1.3, 2.4, 1.1, 1.6], 22),
        T([["执法人员姓名", "执法证号"], ["邓佳", "50023420008"], ["覃  勇", "50023420015"]], [1, 1.6], 22),
        L("记录人：邓佳"),
        P("告知事项：执法人员已出示执法证件，告知被检查单位享有陈述、申辩和申请回避的权利，应当如实提供情况和资料。"
          "被检查单位不申请回避。"),
        P(f"检查情况：1.当事人主要生产医药中间体。检查时二车间3号反应釜正在生产{chem}，现场产品库存放该物质成品"
          "42桶（每桶25千克）。2.当事人提供的该物质CAS号经查询未列入《中国现有化学物质名录》，当事人未能提供新化学"
          "物质环境管理登记证或备案回执。3.生产台账显示，该物质自2025年5月12日起生产，累计产量约3.2吨，已销售约"
          "2.1吨。4.经核查，该物质不属于《重点管控新污染物清单（2023年版）》所列物质。"),
        P("执法人员调取了生产台账、销售合同、产品技术资料，拍照14张。"),
        G(10),
        L("被检查单位现场负责人（签字）：李某"),
        L("执法人员（签字）：邓佳  覃勇      记录人（签字）：邓佳"),
    ]], None, ins_d, cn0(ins_d), inspectors=["邓佳", "覃  勇"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        T([["询问时间", f"{cn0(inq_d)}14时00分—15时30分"],
           ["询问地点", "开州区生态环境局三楼询问室"],
           ["被询问人", f"李某    性别：男    职务：{party}技术总监（受法定代表人委托）"],
           ["询问人", "覃勇、邓佳"],
           ["记录人", "卢明"]], [1.3, 4], 22),
        P("问：我们是开州区生态环境局执法人员，这是我们的执法证。今天就你公司生产新化学物质的问题进行调查，请如实回答。"
          "是否申请回避？"),
        P("答：不申请。"),
        P("问：你公司生产的HK-207是什么物质？用途是什么？"),
        P("答：是2-（4-甲氧基苯基）-5-氟嘧啶，是一种抗肿瘤药物的中间体，卖给下游制药企业。"),
        P("问：该物质是否列入《中国现有化学物质名录》？"),
        P("答：我们查过，没有列入，属于新化学物质。"),
    ], [
        P("问：你公司是否办理了新化学物质环境管理登记？"),
        P("答：没有。客户催货急，我们以为先小批量生产不需要登记。"),
        P("问：你公司生产了多少？销售了多少？"),
        P("答：从5月12日开始，一共生产3.2吨左右，卖了2.1吨。"),
        P("问：目前情况如何？"),
        P("答：8月18日检查后已经停产，正在委托机构准备常规登记申请材料。"),
        P("问：还有什么补充？"),
        P("答：没有。"),
        G(12),
        L("被询问人（签字）：李某      以上笔录共2页，已核对。"),
        L("询问人（签字）：覃勇  邓佳      记录人（签字）：卢明"),
    ]], None, inq_d, cn0(inq_d), inquirers=["覃勇", "邓佳"])
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        L(f"案由：{cause}"),
        P(f"一、当事人基本情况：{party}，统一社会信用代码{uscc}，法定代表人谭某某，住所{addr}。"),
        P(f"二、调查经过：{cn(ins_d)}执法人员覃勇、邓佳进行现场检查，{cn(fa_d)}立案，{cn(inq_d)}对当事人委托代理人进行"
          "调查询问，调取了生产台账、销售合同、产品技术资料。"),
        P(f"三、违法事实：当事人未取得新化学物质环境管理登记证，于2025年5月12日至8月18日生产新化学物质{chem}约3.2吨，"
          "年生产量在1吨以上10吨以下，应当办理简易登记而未办理。"),
        P("四、证据：现场检查（勘察）笔录、调查询问笔录、生产台账、销售合同、产品技术资料、现场照片、营业执照复印件、"
          "授权委托书。"),
        P("五、处理意见：当事人违反《新化学物质环境管理登记办法》第四条的规定，依据该办法第四十三条第（一）项，建议"
          "责令改正，处罚款人民币贰万伍仟元。"),
        G(14), L("承办人：覃勇  邓佳  卢明"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先（听证）告知书"), S("渝（开州）环罚告〔2025〕77号"),
        L(f"{party}："),
        P(f"经查，你单位未取得新化学物质环境管理登记证，于2025年5月12日至8月18日生产新化学物质{chem}约3.2吨。你单位"
          "的行为违反了《新化学物质环境管理登记办法》第四条的规定。"),
        P("依据该办法第四十三条第（一）项，我局拟对你单位作出责令改正、罚款人民币贰万伍仟元的行政处罚。"),
        P("你单位可在收到本告知书之日起五个工作日内提出陈述、申辩。逾期未提出的，视为放弃上述权利。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（开州）环罚告〔2025〕77号", pn_d, cn(pn_d))
    cd = Doc("collective_discussion", [[
        H("案件集体讨论笔录"), S(ag),
        L(f"时间：{cn(cd_d)}  下午3:00—3:40"),
        L("地点：开州区生态环境局会议室"),
        L("主持人：黄毅    记录人：谢某"),
        L("出席：黄毅、何斌、谢某、秦某、蒋某"),
        P("承办人覃勇汇报案情，当事人未提出陈述申辩。"),
        P("讨论：新化学物质未登记生产，已销售部分流入下游企业，应予处罚；当事人主动停产并准备登记，可从轻。"),
        P("结论：责令改正，罚款人民币贰万伍仟元。"),
        L("出席人员签名：黄毅 何斌 谢某 秦某 蒋某"),
    ]], None, cd_d, cn(cd_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝（开州）环罚〔2025〕81号"),
        L(f"当事人：{party}"),
        L(f"统一社会信用代码：{uscc}    法定代表人：谭某某"),
        L(f"住所：{addr}"),
        P(f"我局于{cn(ins_d)}对你单位进行了调查，发现你单位实施了以下环境违法行为：你单位未取得新化学物质环境管理登记证，"
          f"于2025年5月12日至8月18日生产新化学物质{chem}约3.2吨。"),
        P("以上事实有现场检查（勘察）笔录、调查询问笔录、生产台账、销售合同、产品技术资料、现场照片等证据为凭。"),
        P("你单位的上述行为违反了《新化学物质环境管理登记办法》第四条的规定。"),
        P(f"我局于{cn(pn_d)}以渝（开州）环罚告〔2025〕77号告知书告知你单位陈述、申辩的权利，你单位未提出陈述、申辩。"),
        P("依据《新化学物质环境管理登记办法》第四十三条第（一）项的规定，我局决定对你单位作出如下行政处罚：责令改正，"
          "罚款人民币25000元（大写：贰万伍仟元整）。"),
        P("你单位应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"),
        P("如不服本决定，可以在收到本决定书之日起六十日内向重庆市开州区人民政府申请行政复议，也可以在六个月内向重庆市"
          "开州区人民法院提起行政诉讼。"),
        G(20), R(ag), R(cn(dec_d)),
    ]], "渝（开州）环罚〔2025〕81号", dec_d, cn(dec_d), party=party, fine=fine, fine_shown="罚款人民币25000元")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（开州）环罚〔2025〕81号", party, addr,
                                          "邮寄送达（中国邮政EMS）", cn(rc_d), ["覃勇", "邓佳"], style=2)],
             None, rc_d, cn(rc_d))
    c.add("h-15.docx", [fa, ins, inq, rep, pn, cd, dec, rc], "docx", heading_style=True,
          header="开州区生态环境局行政执法案卷", page_numbers=True)
    c.truth = dict(agency=ag, case_types=["new_chemical"], new_equipment=[], non_site_platforms=[],
                   party=party, cause=cause, fine_yuan=fine, lead_handlers=["覃勇", "邓佳"])
    c.readme = ("开州区；整本案卷一个DOCX，文书标题用Word“标题 1”样式，页眉“开州区生态环境局行政执法案卷”，页脚页码；"
                "立案审批表的立案号和“立案日期”在表格单元格里（ISO日期）；检查笔录表头两张表（执法人员姓名/执法证号）。"
                "未登记生产新化学物质（new_chemical）。三名承办人，卢明只当询问笔录的记录人（不是主要承办人）。"
                "干扰：该物质“不属于《重点管控新污染物清单（2023年版）》所列物质”（不标new_pollutant）。")
    return c


# --------------------------------------------------------------------------- h-16 潼南
def _tiny_jpeg():
    import io
    from PIL import Image, ImageDraw
    im = Image.new("RGB", (320, 240), (150, 150, 140))
    dr = ImageDraw.Draw(im)
    dr.rectangle([40, 120, 280, 220], fill=(60, 60, 60))
    dr.ellipse([120, 40, 200, 110], fill=(200, 200, 200))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


@case
def h16():
    c = Case("h-16", "zip-gbk", "潼南区，zip（GBK成员名，正卷/副卷/照片子目录，含jpg和txt），非法拆解废弃电器，视频监控+热成像仪")
    ag = "重庆市潼南区生态环境局"
    party = "重庆市潼南区兴旺废旧物资回收站"
    cause = "涉嫌未取得废弃电器电子产品处理资格擅自从事处理活动案"
    uscc = "92500152MA5Y2D7P0G"
    addr = "重庆市潼南区梓潼街道涪江路1088号"
    ins_d, fa_d, inq_d, rep_d, pn_d = "2025-05-27", "2025-05-29", "2025-06-03", "2025-06-30", "2025-07-02"
    lr_d, cd_d, dec_d, rc_d = "2025-07-14", "2025-07-16", "2025-07-18", "2025-07-21"
    fine = 50000
    D = "潼南区生态环境局案卷（2025）第9号/"
    lr = Doc("legal_review", [[
        H("法制审核意见表"), S(ag),
        T([["案件名称", f"{party}{cause[2:]}"],
           ["立案号", "潼南环立〔2025〕9号"],
           ["送审机构及时间", f"潼南区生态环境保护综合行政执法支队  {cn('2025-07-10')}"],
           ["审核情况", "1.执法主体合法；2.执法人员持证；3.事实清楚，证据确实充分；4.程序合法；5.适用《废弃电器电子产品"
                       "回收处理管理条例》第二十八条正确；6.裁量适当；7.不涉嫌犯罪。"],
           ["审核结论", "■同意  □退回补充调查  □不同意"],
           ["审核人签名及日期", f"杨  柳    {cn(lr_d)}"]], [1.4, 4], [28, 28, 28, 90, 28, 30]),
    ]], None, lr_d, cn(lr_d))
    cd = Doc("collective_discussion", [[
        H("案件集体讨论笔录"), S(ag),
        L(f"时间：{cn(cd_d)}14时30分至15时30分"),
        L("地点：局机关三楼会议室"),
        L("主持人：蒋林    记录人：杨柳"),
        L("参加人员：蒋林、袁某、杨柳、文某、许某"),
        L("列席人员：吕洋、谢文涛（承办人）"),
        P("承办人汇报：当事人无处理资格擅自拆解废弃电视机、冰箱等，并露天焚烧电线。当事人未提出陈述申辩。"),
        P("讨论：袁某：当事人系个体户，违法时间约两个月，违法所得较少，建议按下限罚款。文某、许某：同意。"),
        P("结论：没收违法所得人民币6800元，罚款人民币伍万元。"),
        L("签名：蒋林 袁某 杨柳 文某 许某"),
    ]], None, cd_d, cn(cd_d))
    fa = Doc("filing_approval", [[
        H("立案审批表"), S(ag), R("潼南环立〔2025〕9号"),
        T([
            ["案件来源", "□现场检查  ■非现场检查（视频监控）  □投诉举报  □上级交办  □移送  □其他", None, None],
            ["案由", cause, None, None],
            ["当事人", party, "类型", "个体工商户"],
            ["经营者", "周某某", "统一社会信用代码", uscc],
            ["地址", addr, None, None],
            ["案情简介", "2025年5月26日夜间，我局通过潼南区生态环境非现场监管视频监控平台发现当事人场地内有焚烧冒烟现象。"
                       "5月27日现场检查发现，当事人未取得废弃电器电子产品处理资格，擅自拆解废弃电视机、电冰箱、洗衣机，"
                       "并露天焚烧废电线回收铜。涉嫌违反《废弃电器电子产品回收处理管理条例》第二十三条的规定。", None, None],
            ["承办人", "吕  洋、谢文涛", None, None],
            ["执法支队意见", "建议立案。  袁某  2025年5月28日", None, None],
            ["局领导审批", f"同意。  蒋林  {cn(fa_d)}", None, None],
        ], [1.2, 2.3, 1.1, 1.7], [26, 26, 26, 26, 26, 120, 26, 34, 34]),
    ]], "潼南环立〔2025〕9号", fa_d, cn(fa_d), party=party, cause=cause, handlers=["吕  洋", "谢文涛"])
    ins = Doc("inspection_record", [[
        H("现场检查（勘察）笔录"), S(ag),
        L(f"检查时间：{cn(ins_d)}8时40分至11时20分"),
        L(f"检查地点：{addr}（{party}场地）"),
        L(f"被检查单位（人）：{party}    经营者：周某某"),
        L("检查人：谢文涛、吕洋、胥珊    执法证号：50022320011、50022320006、50022320019"),
        L("记录人：胥珊"),
        P("执法人员出示执法证件，告知当事人有配合检查的义务和申请回避的权利，当事人表示不申请回避。"),
        P("检查缘由：5月26日22时许，区生态环境非现场监管视频监控平台抓拍到该回收站场地西北角有明火及浓烟。"),
        P("检查情况：1.该回收站场地约1500平方米，露天堆放废弃电视机约210台、电冰箱约85台、洗衣机约60台，其中约120台"
          "电视机、40台冰箱已被拆解，后壳、压缩机、电机分类堆放。2.执法人员使用热成像仪对场地堆放物进行扫描，发现西北角"
          "一处焚烧残余物堆体表面温度达186℃，扒开后为烧剩的电线外皮及铜线。3.现场有简易拆解工具（电钻、撬棍、"
          "液压钳）及2名工人。4.当事人未能提供废弃电器电子产品处理资格证书。5.现场未发现废电路板、含铅玻璃等危险废物，"
          "当事人称电路板随整机转卖。"),
        P("现场拍照24张，热成像图片6张。"),
        G(10),
        L("当事人签名：周某某"),
        L("检查人签名：谢文涛 吕洋 胥珊    记录人签名：胥珊"),
    ]], None, ins_d, cn(ins_d), inspectors=["谢文涛", "吕洋", "胥珊"])
    inq = Doc("inquiry_record", [[
        H("调查询问笔录"), S(ag),
        L(f"时间：{cn(inq_d)}9时30分—10时40分"),
        L("地点：潼南区生态环境局执法支队询问室"),
        L(f"被询问人：周某某  性别：男  年龄：56岁  身份：{party}经营者"),
        L("询问人：吕洋、胥珊"),
        L("记录人：胥珊"),
        P("问：我们是潼南区生态环境局执法人员（出示执法证），请你如实回答问题。你是否申请回避？"),
        P("答：不申请。"),
        P("问：你回收站拆解废旧电视机、冰箱有多长时间了？"),
        P("答：今年3月底开始拆，之前只收购整机转卖。"),
        P("问：拆解后的东西怎么处理？"),
        P("答：铁、铜、塑料分开卖，压缩机卖给回收商，电线烧了取铜。"),
        P("问：你是否取得废弃电器电子产品处理资格？"),
        P("答：没有，不知道拆电器还要资格。"),
        P("问：拆解卖了多少钱？"),
        P("答：除去收购成本，大概赚了六千八百元左右。"),
        G(10),
        L("被询问人：周某某    以上笔录我看过，属实。"),
        L("询问人：吕洋  胥珊    记录人：胥珊"),
    ]], None, inq_d, cn(inq_d), inquirers=["吕洋", "胥珊"])
    rep = Doc("investigation_report", [[
        H("案件调查报告"), S(ag),
        P(f"一、案件来源：{cn('2025-05-26')}，我局通过区生态环境非现场监管视频监控平台发现当事人场地夜间焚烧冒烟，"
          f"{cn(ins_d)}现场检查并使用热成像仪锁定焚烧点，{cn(fa_d)}立案。"),
        P(f"二、当事人：{party}，个体工商户，经营者周某某，统一社会信用代码{uscc}。"),
        P("三、违法事实：当事人未取得废弃电器电子产品处理资格，自2025年3月底至5月27日，擅自拆解废弃电视机约120台、"
          "电冰箱约40台，并露天焚烧废电线回收铜，违法所得6800元。"),
        P("四、证据：现场检查（勘察）笔录、视频监控截图、热成像图片、现场照片、调查询问笔录、收购及销售记录。"),
        P("五、处理意见：违反《废弃电器电子产品回收处理管理条例》第二十三条，依据第二十八条，建议没收违法所得人民币"
          "6800元，并处罚款人民币伍万元。露天焚烧问题另行移交城市管理部门处理。"),
        G(14), L("承办人：吕洋  谢文涛"), R(cn(rep_d)),
    ]], None, rep_d, cn(rep_d))
    pn = Doc("prior_notice", [[
        H("行政处罚事先告知书"), S("渝（潼南）环罚告〔2025〕38号"),
        L(f"{party}（经营者：周某某）："),
        P("经查，你回收站未取得废弃电器电子产品处理资格，于2025年3月底至5月27日擅自拆解废弃电视机、电冰箱等废弃电器"
          "电子产品，违法所得6800元。你回收站的行为违反了《废弃电器电子产品回收处理管理条例》第二十三条的规定。"),
        P("依据该条例第二十八条，我局拟对你回收站作出没收违法所得人民币6800元、罚款人民币伍万元的行政处罚。"),
        P("你回收站可在收到本告知书之日起五个工作日内向我局提出陈述、申辩，或者要求听证。逾期视为放弃。"),
        G(30), R(ag), R(cn(pn_d)),
    ]], "渝（潼南）环罚告〔2025〕38号", pn_d, cn(pn_d))
    dec = Doc("penalty_decision", [[
        S(ag), H("行政处罚决定书"), S("渝(潼南)环罚〔2025〕41号"),
        L(f"当事人：{party}"),
        L(f"组成形式：个体工商户    经营者：周某某    统一社会信用代码：{uscc}"),
        L(f"经营场所：{addr}"),
        P(f"一、违法事实和证据：{cn('2025-05-26')}，我局通过视频监控平台发现你回收站场地夜间焚烧冒烟。经调查，你回收站"
          "未取得废弃电器电子产品处理资格，于2025年3月底至5月27日擅自拆解废弃电视机约120台、电冰箱约40台，违法所得"
          "人民币6800元。以上事实有现场检查（勘察）笔录、视频监控截图、热成像图片、调查询问笔录、收购及销售记录等证据"
          "证明。你回收站的行为违反了《废弃电器电子产品回收处理管理条例》第二十三条的规定。"),
        P(f"二、陈述申辩情况：我局于{cn(pn_d)}送达渝（潼南）环罚告〔2025〕38号告知书，你回收站未提出陈述、申辩和听证。"),
        P("三、处罚依据和决定：依据《废弃电器电子产品回收处理管理条例》第二十八条的规定，我局决定：1.责令你回收站立即停止"
          "拆解活动；2.没收违法所得人民币陆仟捌佰元整；3.罚款人民币伍万元整。"),
        P("四、履行方式和期限：自收到本决定书之日起十五日内缴纳罚没款。逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"),
        P("五、救济途径：如不服本决定，可在收到本决定书之日起六十日内向重庆市潼南区人民政府申请行政复议，或者六个月内向"
          "重庆市潼南区人民法院提起行政诉讼。"),
        G(30), R(ag), R(cn(dec_d)),
    ]], "渝(潼南)环罚〔2025〕41号", dec_d, cn(dec_d), party=party, fine=fine, fine_shown="罚款人民币伍万元整")
    rc = Doc("service_receipt", [receipt(ag, "行政处罚决定书", "渝（潼南）环罚〔2025〕41号", party, addr,
                                          "留置送达（经营者拒绝签收，见证人：梓潼街道工作人员王某）", cn(rc_d),
                                          ["吕洋", "谢文涛"], recv_label="送达日期")], None, rc_d, cn(rc_d))
    c.add(D + "副卷/01法制审核意见表.pdf", [lr], "lo")
    c.add(D + "副卷/02集体讨论笔录.pdf", [cd], "lo")
    c.add(D + "正卷/01立案审批表.pdf", [fa], "lo")
    c.add(D + "正卷/02现场检查笔录.pdf", [ins], "lo")
    c.add(D + "正卷/03调查询问笔录.pdf", [inq], "lo")
    c.add(D + "正卷/04案件调查报告.pdf", [rep], "lo")
    c.add(D + "正卷/05行政处罚事先告知书.pdf", [pn], "lo")
    c.add(D + "正卷/06行政处罚决定书.pdf", [dec], "lo")
    c.add(D + "正卷/07送达回证.pdf", [rc], "lo")
    c.extra_files = [(D + "照片/现场照片1.jpg", _tiny_jpeg()),
                     (D + "说明.txt", "本案卷含正卷7份、副卷2份，照片原件另存。\r\n".encode("gbk"))]
    c.truth = dict(agency=ag, case_types=["equipment_dismantling"], new_equipment=["thermal_imager"],
                   non_site_platforms=["video_surveillance"], party=party, cause=cause, fine_yuan=fine,
                   lead_handlers=["吕洋", "谢文涛"])
    c.readme = ("潼南区；zip（GBK成员名），顶层中文目录下分“副卷/”“正卷/”“照片/”子目录，另有说明.txt和现场照片1.jpg（不是"
                "PDF/DOCX，不读）。按名称排序“副卷”在“正卷”之前（Unicode、GBK、拼音排序都一样），所以法制审核意见表和"
                "集体讨论笔录排在立案审批表前面。全部为Word→PDF（LibreOffice）。个体废旧物资回收站非法拆解废弃电器"
                "（equipment_dismantling），线索来自视频监控平台，现场用热成像仪。决定书文号半角括号“渝(潼南)环罚〔2025〕41号”，"
                "没收违法所得6800元+罚款5万元；送达回证为留置送达。干扰：“现场未发现废电路板、含铅玻璃等危险废物”。")
    return c


# =========================================================================== README
README_HEAD = """# Holdout case files (独立作者编写的评查测试案卷)

16 case files (案卷) written by an author who never saw `extractors/`, `review/`, `checklists/` or
`samples/`, imitating how different Chongqing district bureaus and clerks write them: their own
agency names, number prefixes, layouts and habits. They measure how the extractor does on files
written by others. Only `../shared/spec/domain.md`, `../shared/spec/case-json.md`,
`docs/facts.md`, review-rules.md section (c) and the drill-plan seed were read.

- `cases/`: the case files (folders, zips, single PDF/DOCX). Everything is fictional (names,
  credit codes, numbers); legal citations are plausible, not authoritative.
- `expected/<case>.json`: the case-json each file should produce (`case_file` is relative to the
  repository root, e.g. `samples/holdout/cases/h-05.zip`).
- `make_holdout.py`: the script that wrote both (a record; it needs LibreOffice and
  fonts-wqy-zenhei for the Word→PDF cases, and is not run by the tests; LibreOffice PDFs embed
  timestamps, so a rebuild is not byte-identical).

Compare with `.venv/bin/review-cases extract holdout/cases/* --json`. The ground truth is written
per document (type, 文号 as printed, date, names, party, fine …); the case-level fields are derived
from it by the rules of `docs/facts.md`, and every value was checked against the text of the
rendered files (title on the document's first page, 文号 on its first page, date, names, party,
案由 and fine printed in the right document; zip member names decoded; page counts).

## Decisions where docs/facts.md is silent or ambiguous

1. **DOCX pages.** A DOCX has no fixed pages; a page is what an explicit page break delimits.
   Every single-document DOCX is `[1, 1]`; the whole-case DOCX files (h-02, h-15) put each page
   after an explicit break. Each such page was checked to render as exactly one page in LibreOffice.
2. **Dates of `other` documents** (facts.md defines none): the document's own date: the 落款 /
   signature date of letters, notices, reports, 授权委托书, 情况说明, 检测报告; the sampling date
   of a 采样记录单; the shooting date of a photo sheet. `null` for 卷宗封面 (undated), 卷内目录
   (it lists other documents' dates) and 营业执照 (only a 注册日期).
3. **Numbers of `other` documents**: 调查询问通知书 and 听证通知书 carry their own 文号, so it is
   given; covers and catalogues list other documents' numbers → `null`; so do 法制审核表 and
   结案审批表 that print the 立案号, and 送达回证 that print the served document's number.
4. **不予行政处罚事先告知书** is typed `prior_notice` (h-04).
5. **公安立案告知书 date**: the police filing date stated in its body, not its 落款 (h-07: filed
   4月11日, letter dated 4月12日 → `2025-04-11`). The 立案决定书 in h-06 is dated on its filing day.
6. **查封（扣押）清单** is printed inside the 查封决定书 (its second page), so it is part of that
   document. No separate 查封/移送 审批表 or 材料清单 was included (their doc_type is unclear).
7. **legal_review date** = the reviewer's signature / 审核日期, not the 送审时间 (h-01 prints both);
   **investigation_report date** = the date at its end; **collective_discussion date** = the meeting.
8. **“第” in a 文号** is kept (`南川环立〔2025〕第27号`): normalisation only touches brackets and spaces.
9. **Inquirers** are whoever a 询问笔录 names as 询问人 / 调查人 / 调查询问人; a 记录人 never counts,
   even when an officer.
10. **Transfer plus penalty** (h-07): `measure` is the transfer (facts.md order) and `measure_date`
    the 移送书 date; `decision_number`, `decision_date`, `fine_yuan` still come from the penalty
    decision. h-06 has a 扣押决定书 and a crime transfer: `transfer_criminal`, no decision.
11. **No filing approval and no report** (h-03): `cause`, `filing_date` null, `lead_handlers` `[]`;
    every document prints the same party name.
12. **Name order in zips** is on the decoded member path. In h-16 “副卷/” sorts before “正卷/”
    (Unicode, GBK and pinyin order agree), so the 副卷 documents come first. Members that are not
    PDF/DOCX (a .jpg, a .txt) are not documents and are not listed.
13. **Tags, equipment, platforms** need positive evidence in the case's own facts. Not tagged: a
    cited other case that mentions 危险废物 (h-14); “不属于危险废物”, “未发现…危险废物” (h-04,
    h-09, h-16); “第三方核查机构不存在弄虚作假行为” (h-08); “不属于重点管控新污染物清单” (h-15);
    equipment not used (drone in h-03, FID in h-13); a company's own CCTV (h-02) or site video
    linked to the bureau's platform as background (h-13); “持有排污许可证” (h-01, h-09); the national
    carbon registry (h-08) and the 12345 hotline (h-04), which are not platforms of the list.
    A 红外热成像气体泄漏检测仪 is `ir_gas_leak_imager` only (not also `thermal_imager`, h-11).
14. **Fines**: only the 罚款; 没收违法所得 (h-05, h-12, h-16) is not added.
15. Masked officer names (h-13: 石*华, 田*) are compared as printed.
16. **Extra fields.** docs/facts.md gained `agency`, `events`, `police_filed`, `police_filing_date`
    while this set was being written. The expected files give `agency` (every decision, or the
    first document when there is none, prints the full 局 name at its top or in its Word page
    header), `police_filed` and `police_filing_date` (h-06, h-07). `events` is not given: which
    steps and dates each document yields is not pinned down enough for a ground truth.

## The cases

| case | format | district | measure (date) | tags / equipment / platforms |
|---|---|---|---|---|
"""


def write_readme(cases_out):
    rows, details = [], []
    for c, out in cases_out:
        kind = {"folder": "folder", "zip": "zip (UTF-8 names)", "zip-gbk": "zip (GBK names)",
                "file": Path(out["case_file"]).suffix[1:].upper()}[c.kind]
        tags = ", ".join(out["case_types"] + out["new_equipment"] + out["non_site_platforms"]) or "—"
        district = c.readme.split("；")[0]
        win = "" if out["in_review_window"] else ", before window"
        rows.append(f"| {c.cid} | {kind} | {district} | {out['measure']} ({out['measure_date']}{win}) | {tags} |")
        details.append(f"- **{c.cid}** ({out['case_file']}, {len(out['documents'])} documents): {c.readme}")
    text = README_HEAD + "\n".join(rows) + "\n\n" + "\n".join(details) + "\n"
    (ROOT / "README.md").write_text(text, encoding="utf-8")


# =========================================================================== main
def main(argv):
    only = set(argv[1:])
    CASES.mkdir(parents=True, exist_ok=True)
    EXPECTED.mkdir(parents=True, exist_ok=True)
    done = []
    with tempfile.TemporaryDirectory() as tmp:
        for fn in CASE_BUILDERS:
            c = fn()
            if only and c.cid not in only:
                continue
            out = write_case(c, tmp)
            done.append((c, out))
            print(c.cid, out["case_file"], len(out["documents"]), "documents", out["measure"],
                  out["measure_date"])
    if not only:
        write_readme(done)


if __name__ == "__main__":
    main(sys.argv)
