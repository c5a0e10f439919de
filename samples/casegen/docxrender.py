"""DOCX rendering with python-docx: real tables with merged cells, 宋体 east-Asian font,
hard page breaks between documents; fixed core properties and zip timestamps so the
bytes are reproducible."""
from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from .model import Block

FIXED_TIME = dt.datetime(2025, 8, 1, 9, 0, 0, tzinfo=dt.timezone.utc)
ZIP_TIME = (2025, 8, 1, 9, 0, 0)
_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


def _font(run, size: float | None = None, bold: bool = False):
    run.font.name = "宋体"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    if bold:
        run.bold = True


def _para(container, text: str, size: float, align: str = "left", indent: int = 0, bold: bool = False,
          before: float = 0, after: float = 0):
    p = container.add_paragraph()
    p.alignment = _ALIGN[align]
    pf = p.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * indent)
    if text:
        _font(p.add_run(text), size, bold)
    return p


def new_document(title: str = ""):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "宋体"
    normal.font.size = Pt(12)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    cp = doc.core_properties
    cp.author = "重庆市巴南区生态环境局"
    cp.last_modified_by = "重庆市巴南区生态环境局"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_printed = FIXED_TIME
    cp.revision = 1
    cp.title = title
    cp.comments = ""
    # the default template starts with no paragraphs; nothing to remove
    return doc


def add_page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def _table(doc, b: Block):
    from .pdfrender import _grid
    placed = _grid(b)
    nrows, ncols = len(b.rows), len(b.cols)
    t = doc.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    total = 15.8
    widths = [Cm(total * f / sum(b.cols)) for f in b.cols]
    for row in t.rows:
        for i, cell in enumerate(row.cells):
            cell.width = widths[i]
    for (r, c, rs, cs, cell) in placed:
        target = t.cell(r, c)
        if rs > 1 or cs > 1:
            target = target.merge(t.cell(r + rs - 1, c + cs - 1))
        # keep exactly one paragraph, then write lines
        paras = target.paragraphs
        for extra in paras[1:]:
            extra._element.getparent().remove(extra._element)
        first = True
        for part in cell["text"].split("\n"):
            align = cell.get("align", "left")
            if part.startswith("»"):
                part, align = part[1:], "right"
            p = target.paragraphs[0] if first else target.add_paragraph()
            first = False
            p.alignment = _ALIGN[align]
            if part:
                _font(p.add_run(part), b.size)
    doc.add_paragraph()


def _png_size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def render_blocks(doc, blocks: list[Block]):
    from .images import photo_png
    for b in blocks:
        if b.kind == "text":
            for i, part in enumerate(b.text.split("\n")):
                _para(doc, part, b.size, b.align, b.indent, b.bold,
                      before=b.space_before if i == 0 else 0, after=b.space_after)
        elif b.kind == "table":
            _table(doc, b)
        elif b.kind == "spacer":
            _para(doc, "", 12)
        elif b.kind == "pagebreak":
            add_page_break(doc)
        elif b.kind == "photo":
            doc.add_picture(io.BytesIO(b.image or photo_png()), width=Cm(11))
            doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.kind == "image":
            doc.add_picture(io.BytesIO(b.image), width=Cm(15))
        else:
            raise ValueError(b.kind)


def count_breaks(blocks: list[Block]) -> int:
    return sum(1 for b in blocks if b.kind == "pagebreak")


def save_docx(doc, path) -> None:
    """Save with fixed zip timestamps and member order (python-docx stamps the current time)."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    if hasattr(path, "write"):
        path.write(out.getvalue())
    else:
        with open(path, "wb") as fh:
            fh.write(out.getvalue())
