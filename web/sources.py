"""The source files of stored case files, for the page view: reading one (a file in a case
folder, a member of a case zip, or the case's single PDF/DOCX), rendering a PDF page to PNG,
finding text on a page, and the text of a DOCX page.

Only what the store names is ever opened: the case path must be a stored case file and the
source one of its documents' sources (checked by the caller, `resolve`); a folder's file must
also lie inside the folder once resolved. Nothing else on the disk can be reached.
"""
from __future__ import annotations

import io
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pypdfium2

from extractors.pdf import char_box
from extractors.sources import member_name

RENDER_SCALE = 1.5
MAX_SOURCE_BYTES = 512 << 20  # a zip member larger than this is not read for viewing


class SourceMissing(LookupError):
    """The source file is not (or no longer) where the case file says."""


def _from_zip(archive_path: Path, source: str) -> bytes | None:
    try:
        archive = zipfile.ZipFile(archive_path)
    except zipfile.BadZipFile:
        return None
    with archive:
        for info in archive.infolist():
            if not info.is_dir() and member_name(info) == source:
                if info.file_size > MAX_SOURCE_BYTES:
                    raise SourceMissing(f"{source}：文件过大，无法显示")
                return archive.read(info)
    return None


def read_source(case_path: str, source: str) -> bytes:
    """The bytes of one source file of a case file (see the module's rules)."""
    case = Path(case_path)
    try:
        if case.is_dir():
            root = case.resolve()
            target = (root / source).resolve()
            if target.is_relative_to(root) and target.is_file():
                return target.read_bytes()
            # A zip inside the case folder: its members are named as in the zip.
            for archive in sorted(root.rglob("*.zip")):
                if archive.resolve().is_relative_to(root):
                    data = _from_zip(archive, source)
                    if data is not None:
                        return data
        elif case.suffix.lower() == ".zip" and case.is_file():
            data = _from_zip(case, source)
            if data is not None:
                return data
        elif case.is_file() and source == case.name:
            return case.read_bytes()
    except OSError as exc:
        raise SourceMissing(f"{source}：无法读取（{exc.strerror or exc}）") from exc
    raise SourceMissing(f"{source}：在案卷中找不到这个文件（文件可能已移动或删除）")


def kind_of(source: str) -> str:
    suffix = PurePosixPath(source).suffix.lower()
    return {".pdf": "pdf", ".docx": "docx"}.get(suffix, "other")


@dataclass
class PdfPage:
    count: int  # pages in the source
    width: float  # points
    height: float


class _LRU:
    """A small least-recently-used cache of bytes, bounded in entries and in total size."""

    def __init__(self, size: int, max_bytes: int) -> None:
        self.size, self.max_bytes = size, max_bytes
        self.data: OrderedDict = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                return self.data[key]
        return None

    def put(self, key, value: bytes) -> None:
        if len(value) > self.max_bytes:
            return
        with self.lock:
            self.data[key] = value
            self.data.move_to_end(key)
            while (len(self.data) > self.size
                   or sum(len(v) for v in self.data.values()) > self.max_bytes):
                self.data.popitem(last=False)


class Sources:
    """Source bytes and rendered pages, cached in memory (keyed by the case's stored input
    hash, so a re-stored case never shows a stale page). pdfium is not thread-safe: one lock."""

    def __init__(self, files: int = 16, images: int = 64) -> None:
        self._files = _LRU(files, 256 << 20)
        self._images = _LRU(images, 64 << 20)
        self._pdfium = threading.Lock()

    def data(self, case_path: str, source: str, stamp: str) -> bytes:
        key = (case_path, source, stamp)
        data = self._files.get(key)
        if data is None:
            data = read_source(case_path, source)
            self._files.put(key, data)
        return data

    def pdf_page(self, data: bytes, page: int) -> PdfPage:
        """Page count and the size of one page; ValueError when the page does not exist."""
        with self._pdfium:
            pdf = _open(data)
            try:
                count = len(pdf)
                if not 1 <= page <= count:
                    raise ValueError(f"没有第{page}页（共{count}页）")
                width, height = pdf[page - 1].get_size()
                return PdfPage(count, width, height)
            finally:
                pdf.close()

    def png(self, case_path: str, source: str, stamp: str, page: int) -> bytes:
        key = (case_path, source, stamp, page)
        png = self._images.get(key)
        if png is None:
            data = self.data(case_path, source, stamp)
            with self._pdfium:
                pdf = _open(data)
                try:
                    if not 1 <= page <= len(pdf):
                        raise ValueError(f"没有第{page}页（共{len(pdf)}页）")
                    image = pdf[page - 1].render(scale=RENDER_SCALE).to_pil()
                finally:
                    pdf.close()
            out = io.BytesIO()
            image.save(out, format="PNG", optimize=False)
            png = out.getvalue()
            self._images.put(key, png)
        return png

    def find_text(self, data: bytes, page: int, text: str) -> list[list[float]]:
        """Boxes ([x0, top, x1, bottom], points from the top-left) of the text on the page;
        spaces are ignored when the exact text is not found (PDF text often has them)."""
        text = (text or "").strip()
        if not text:
            return []
        with self._pdfium:
            pdf = _open(data)
            try:
                if not 1 <= page <= len(pdf):
                    return []
                pg = pdf[page - 1]
                height = pg.get_height()
                textpage = pg.get_textpage()
                boxes = _search(textpage, text, height)
                if not boxes:
                    boxes = _search_loose(textpage, text, height)
                return boxes
            finally:
                pdf.close()


def _open(data: bytes) -> pypdfium2.PdfDocument:
    try:
        return pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        raise ValueError(f"PDF无法打开（{exc}）") from exc


def _char_boxes(textpage, indices, height: float) -> list[float] | None:
    box = char_box(textpage, indices, height)
    return list(box) if box else None


def _lines_of(textpage, start: int, count: int, height: float) -> list[list[float]]:
    """One box per line of a match (a match can wrap onto the next line)."""
    lines: list[list[int]] = []
    last_top = None
    for i in range(start, start + count):
        try:
            _, _, _, top = textpage.get_charbox(i, loose=True)
        except Exception:
            continue
        if last_top is None or abs(top - last_top) > 3:
            lines.append([])
        lines[-1].append(i)
        last_top = top
    return [b for b in (_char_boxes(textpage, line, height) for line in lines) if b]


def _search(textpage, text: str, height: float) -> list[list[float]]:
    boxes: list[list[float]] = []
    searcher = textpage.search(text, match_case=False, match_whole_word=False)
    try:
        for _ in range(20):
            hit = searcher.get_next()
            if not hit:
                break
            boxes.extend(_lines_of(textpage, hit[0], hit[1], height))
    finally:
        searcher.close()
    return boxes


def _search_loose(textpage, text: str, height: float) -> list[list[float]]:
    """The text ignoring whitespace on both sides (2 0 2 5 年 finds 2025年)."""
    wanted = "".join(text.split())
    if not wanted:
        return []
    raw = textpage.get_text_range()
    kept = [(i, ch) for i, ch in enumerate(raw) if not ch.isspace()]
    flat = "".join(ch for _, ch in kept)
    boxes: list[list[float]] = []
    at = flat.find(wanted)
    while at >= 0 and len(boxes) < 20:
        indices = [kept[k][0] for k in range(at, at + len(wanted))]
        boxes.extend(_lines_of(textpage, indices[0], indices[-1] - indices[0] + 1, height))
        at = flat.find(wanted, at + len(wanted))
    return boxes


def docx_pages(source: str, data: bytes) -> list[list[str]]:
    """The lines of each page of a DOCX, as the extractor reads them (page breaks kept)."""
    from extractors.docx import read_docx
    src = read_docx(source, data)
    return [[line.text for line in page.lines] for page in src.pages]
