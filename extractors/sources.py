"""Finding the files of one case file (a folder, a zip, or one PDF/DOCX) and reading each.

One unreadable file never stops the others: its problem becomes an error string naming it.
"""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .docx import read_docx
from .model import Source
from .pdf import UnreadableFile, read_pdf

READERS = {".pdf": read_pdf, ".docx": read_docx}
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
OTHER_OFFICE = {".doc": "旧版Word（.doc）格式，请另存为.docx", ".wps": "WPS格式，请另存为.docx",
                ".xls": "Excel文件，不是案卷文书", ".xlsx": "Excel文件，不是案卷文书"}
CASE_SUFFIXES = {".pdf", ".docx", ".zip"}

# A zip whose members would unpack to more than this is refused (zip bombs, wrong uploads).
MAX_UNZIPPED_BYTES = 1 << 30
MAX_MEMBER_RATIO = 200


@dataclass
class CaseInput:
    """The sources of one case file, in reading order, and what could not be read."""
    path: str
    sources: list[Source] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def close(self) -> None:
        for source in self.sources:
            if source.close:
                source.close()


def natural_key(name: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]


def open_case_file(path: str | Path, max_unzipped: int = MAX_UNZIPPED_BYTES) -> CaseInput:
    path = Path(path)
    case = CaseInput(path=str(path))
    if not path.exists():
        case.errors.append(f"{path}: 文件或文件夹不存在")
    elif path.is_dir():
        for file in sorted((p for p in path.rglob("*") if p.is_file()),
                           key=lambda p: natural_key(p.relative_to(path).as_posix())):
            if file.name.startswith((".", "~$")):
                continue
            _add_file(case, file.relative_to(path).as_posix(), _read_bytes(case, file), file.suffix)
        if not case.sources and not case.errors:
            case.errors.append(f"{path.name}: 文件夹中没有PDF或DOCX文件")
    elif path.suffix.lower() == ".zip":
        _add_zip(case, path.name, _read_bytes(case, path), max_unzipped)
    else:
        _add_file(case, path.name, _read_bytes(case, path), path.suffix)
    return case


def _read_bytes(case: CaseInput, path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError as exc:
        case.errors.append(f"{path.name}: 无法读取文件（{exc.strerror}）")
        return None


def _add_file(case: CaseInput, name: str, data: bytes | None, suffix: str) -> None:
    if data is None:
        return
    suffix = suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        if suffix in IMAGE_SUFFIXES:
            case.errors.append(f"{name}: 图片文件没有文字层，需要OCR")
        elif suffix in OTHER_OFFICE:
            case.errors.append(f"{name}: {OTHER_OFFICE[suffix]}，已跳过")
        elif suffix == ".zip":
            _add_zip(case, name, data, MAX_UNZIPPED_BYTES)
        return
    try:
        source = reader(name, data)
    except UnreadableFile as exc:
        case.errors.append(f"{name}: {exc}")
        return
    except Exception as exc:  # a parser bug on odd input must not stop the batch
        case.errors.append(f"{name}: 无法读取（{type(exc).__name__}: {exc}）")
        return
    case.sources.append(source)


def member_name(info: zipfile.ZipInfo) -> str:
    """Zip names without the UTF-8 flag are usually GBK (Windows 压缩); fix them up."""
    name = info.filename
    if not info.flag_bits & 0x800:
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def _unsafe(name: str) -> bool:
    pure = PurePosixPath(name.replace("\\", "/"))
    return pure.is_absolute() or ".." in pure.parts or re.match(r"^[A-Za-z]:", name) is not None


def _add_zip(case: CaseInput, name: str, data: bytes | None, max_unzipped: int) -> None:
    if data is None:
        return
    if not data:
        case.errors.append(f"{name}: 文件为空（0字节）")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        case.errors.append(f"{name}: 不是有效的zip压缩包（{exc}）")
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        total = sum(i.file_size for i in infos)
        if total > max_unzipped:
            case.errors.append(f"{name}: 压缩包解压后共{total}字节，超过上限{max_unzipped}字节，已拒绝读取")
            return
        entries = []
        for info in infos:
            member = member_name(info)
            if _unsafe(member):
                case.errors.append(f"{name}: 压缩包内路径不安全（{member}），已跳过该文件")
                continue
            if info.compress_size and info.file_size / info.compress_size > MAX_MEMBER_RATIO \
                    and info.file_size > 10 << 20:
                case.errors.append(f"{name}: 压缩包内文件{member}压缩比异常，已跳过该文件")
                continue
            base = PurePosixPath(member).name
            if base.startswith((".", "~$")) or member.startswith("__MACOSX/"):
                continue
            entries.append((member, info))
        for member, info in sorted(entries, key=lambda e: natural_key(e[0])):
            try:
                payload = archive.read(info)
            except (zipfile.BadZipFile, OSError, RuntimeError) as exc:
                case.errors.append(f"{name}: 压缩包内文件{member}无法解压（{exc}）")
                continue
            _add_file(case, member, payload, PurePosixPath(member).suffix)
