"""Format writers: a CaseSpec -> folder of PDFs / DOCX, combined 案卷 PDF, zip, single DOCX.

``layout_case`` plans the files (names, documents per file, page ranges) without writing;
``write_case`` renders that plan.  The expected case-json uses the same plan, so page
ranges and sources agree with the files by construction.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import docxrender, pdfrender
from .documents import NUMBERED_TYPES, PAGED_TEMPLATES, build_blocks
from .model import Block, CaseSpec, DocSpec
from .textutil import show_name

FORMATS = ("pdf_dir", "docx_dir", "mixed_dir", "combined_pdf", "zip_pdf", "zip_docx", "single_docx")
ZIP_TIME = (2025, 8, 1, 9, 0, 0)


@dataclass
class Placement:
    doc: DocSpec
    source: str
    first: int
    last: int


@dataclass
class FilePlan:
    name: str                                   # source: file name, or member path inside a zip
    ext: str                                    # pdf | docx
    docs: list[tuple[DocSpec, list[Block]]] = field(default_factory=list)
    pages: list = field(default_factory=list)   # pdf pages (pdfrender.Page)
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class CaseLayout:
    spec: CaseSpec
    fmt: str
    target: str                                 # case-07 | case-12.pdf | case-15.zip | case-20.docx
    files: list[FilePlan]
    placements: list[Placement]
    errors: list[str]


def _protect(spec: CaseSpec) -> list[str]:
    names = [spec.party.name, spec.party.contact, spec.party.legal_rep]
    for o in spec.officers.values():
        names += [o.name, show_name(o.name, True)]
    return names


def _stem(doc: DocSpec) -> str:
    if doc.file_stem:
        return doc.file_stem
    if doc.template == "service_receipt":
        return "送达回证（" + doc.fields["served_title"] + "）"
    return doc.title.replace(" ", "")


def _cover_docs(spec: CaseSpec) -> tuple[DocSpec, DocSpec]:
    cover = DocSpec("cover", "other", "卷宗封面")
    cat = DocSpec("catalogue", "other", "卷内目录")
    return cover, cat


def _catalogue_entries(spec: CaseSpec, docs_pages: list[tuple[DocSpec, int, int]]):
    out = []
    for d, a, b in docs_pages:
        num = d.number.printed(spec.style.number) if (d.number and d.doc_type in NUMBERED_TYPES) else ""
        date = f"{d.date.year}{d.date.month:02d}{d.date.day:02d}" if d.date else ""
        title = d.catalogue_title or d.title.replace(" ", "")
        if d.template == "service_receipt":
            title = f"送达回证（{d.fields['served_title']}）"
        out.append((title, num, date, f"{a}" if a == b else f"{a}-{b}"))
    return out


def _pdf_pages(spec: CaseSpec, doc: DocSpec, blocks: list[Block]):
    pages = pdfrender.paginate(blocks, _protect(spec))
    if doc.template in PAGED_TEMPLATES:
        pdfrender.add_page_footer(pages)
    return pages


def layout_case(spec: CaseSpec, fmt: str | None = None) -> CaseLayout:
    fmt = fmt or spec.fmt
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt}")
    files: list[FilePlan] = []
    if fmt in ("combined_pdf", "single_docx"):
        ext = "pdf" if fmt == "combined_pdf" else "docx"
        target = f"{spec.case_id}.{ext}"
        fp = FilePlan(target, ext)
        content = [(d, build_blocks(spec, d)) for d in spec.documents]
        with_cover = fmt == "combined_pdf" or spec.with_cover
        if ext == "pdf":
            content_pages = [_pdf_pages(spec, d, b) for d, b in content]
            counts = [len(p) for p in content_pages]
        else:
            counts = [1 + docxrender.count_breaks(b) for d, b in content]
        front = 2 if with_cover else 0
        ranges, page = [], front + 1
        for (d, _), n in zip(content, counts):
            ranges.append((d, page, page + n - 1))
            page += n
        docs: list[tuple[DocSpec, list[Block]]] = []
        all_pages = []
        if with_cover:
            cover, cat = _cover_docs(spec)
            cover.fields = {"n_docs": len(content), "n_pages": page - 1}
            cat.fields = {"entries": _catalogue_entries(spec, ranges)}
            for d in (cover, cat):
                b = build_blocks(spec, d)
                docs.append((d, b))
                if ext == "pdf":
                    pgs = _pdf_pages(spec, d, b)
                    assert len(pgs) == 1, f"{spec.case_id}: {d.title} must fit on one page"
                    all_pages += pgs
        docs += content
        if ext == "pdf":
            for pgs in content_pages:
                all_pages += pgs
            for i, pg in enumerate(all_pages, 1):
                pdfrender.add_sheet_number(pg, i)
            fp.pages = all_pages
        fp.docs = docs
        fp.spans = ([(1, 1), (2, 2)] if with_cover else []) + [(a, b) for _, a, b in ranges]
        if ext == "pdf":
            assert page - 1 == len(all_pages)
        files.append(fp)
    else:
        container = "zip" if fmt.startswith("zip") else "dir"
        target = f"{spec.case_id}.zip" if container == "zip" else spec.case_id
        default_ext = {"pdf_dir": "pdf", "zip_pdf": "pdf", "docx_dir": "docx", "zip_docx": "docx", "mixed_dir": "pdf"}[fmt]
        # documents sharing an explicit file_stem (and extension) go into one file, placed at the first one
        groups: list[tuple[str, str, list[DocSpec]]] = []
        shared: dict[tuple[str, str], list[DocSpec]] = {}
        for d in spec.documents:
            ext = d.style.get("ext", default_ext) if fmt == "mixed_dir" else default_ext
            stem = _stem(d)
            key = (stem, ext)
            if d.file_stem and key in shared:
                shared[key].append(d)
                continue
            groups.append((stem, ext, [d]))
            if d.file_stem:
                shared[key] = groups[-1][2]
        used: dict[str, int] = {}
        for i, (stem, ext, docs) in enumerate(groups, 1):
            used[stem] = used.get(stem, 0) + 1
            if used[stem] > 1:
                stem = f"{stem}（{used[stem]}）"
            name = spec.file_prefix.format(i=i) + stem + "." + ext
            if container == "zip" and spec.zip_top:
                name = f"{spec.zip_top}/{name}"
            fp = FilePlan(name, ext)
            p = 1
            for d in docs:
                b = build_blocks(spec, d)
                fp.docs.append((d, b))
                if ext == "pdf":
                    pgs = _pdf_pages(spec, d, b)
                    fp.pages += pgs
                    n = len(pgs)
                else:
                    if fp.spans:
                        p += 1    # hard page break between documents in one DOCX
                    n = 1 + docxrender.count_breaks(b)
                fp.spans.append((p, p + n - 1))
                p += n
            files.append(fp)
    files.sort(key=lambda f: f.name)
    placements, errors = [], []
    for fp in files:
        for (d, _), (a, b) in zip(fp.docs, fp.spans):
            placements.append(Placement(d, fp.name, a, b))
        if fp.ext == "pdf":
            for i, pg in enumerate(fp.pages, 1):
                if pg.no_text:
                    errors.append(f"{fp.name}: 第{i}页没有文字层，需要OCR")
    return CaseLayout(spec, fmt, target, files, placements, errors)


def _render_file(fp: FilePlan) -> bytes:
    buf = io.BytesIO()
    if fp.ext == "pdf":
        title = fp.docs[0][0].title if len(fp.docs) == 1 else Path(fp.name).stem
        pdfrender.render_pdf(fp.pages, buf, title=title)
        return buf.getvalue()
    doc = docxrender.new_document(fp.docs[0][0].title if len(fp.docs) == 1 else Path(fp.name).stem)
    for i, (d, blocks) in enumerate(fp.docs):
        if i:
            docxrender.add_page_break(doc)
        docxrender.render_blocks(doc, blocks)
    tmp = io.BytesIO()
    docxrender.save_docx(doc, tmp)
    return tmp.getvalue()


def write_case(spec: CaseSpec, out_dir, fmt: str | None = None) -> Path:
    """Render ``spec`` under ``out_dir``; returns the path of the case file (folder, .pdf, .zip or .docx)."""
    lay = layout_case(spec, fmt)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / lay.target
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    if lay.fmt.startswith("zip"):
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            if spec.zip_top and spec.zip_dir_entries:
                zi = zipfile.ZipInfo(spec.zip_top + "/", date_time=ZIP_TIME)
                zi.external_attr = (0o40755 << 16) | 0x10
                z.writestr(zi, b"")
            for fp in lay.files:
                zi = zipfile.ZipInfo(fp.name, date_time=ZIP_TIME)
                zi.compress_type = zipfile.ZIP_DEFLATED
                zi.external_attr = 0o644 << 16
                z.writestr(zi, _render_file(fp))
    elif lay.fmt in ("combined_pdf", "single_docx"):
        target.write_bytes(_render_file(lay.files[0]))
    else:
        target.mkdir()
        for fp in lay.files:
            (target / fp.name).write_bytes(_render_file(fp))
    return target


def write_combined_pdf(specs_or_pages, path) -> list[Placement]:
    """Write one combined PDF.  ``specs_or_pages``: CaseSpecs (each contributes its cover,
    catalogue and documents, as in the combined_pdf format), DocSpecs of a single case via
    (spec, doc) tuples, or already laid-out pdfrender.Page objects.  Returns the placements
    (document -> page range in the written file)."""
    pages, placements = [], []
    name = Path(path).name
    for item in specs_or_pages:
        if isinstance(item, CaseSpec):
            lay = layout_case(item, "combined_pdf")
            fp = lay.files[0]
            offset = len(pages)
            for (d, _), (a, b) in zip(fp.docs, fp.spans):
                placements.append(Placement(d, name, a + offset, b + offset))
            pages += fp.pages
        elif isinstance(item, tuple):
            spec, d = item
            pgs = _pdf_pages(spec, d, build_blocks(spec, d))
            placements.append(Placement(d, name, len(pages) + 1, len(pages) + len(pgs)))
            pages += pgs
        else:
            pages.append(item)
    pdfrender.render_pdf(pages, str(path), title=Path(path).stem)
    return placements
