"""Each bad input gets a clear error naming the file, and the rest of the batch is still read."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from extractors.pipeline import extract_case
from review.cli import main
from tests.conftest import PENALTY_LINES, write_pdf


def run_batch(paths: list[Path], capsys) -> tuple[int, list[dict]]:
    code = main(["extract", *map(str, paths), "--json"])
    out = capsys.readouterr().out
    return code, [json.loads(line) for line in out.splitlines()]


def assert_good_case_intact(obj: dict) -> None:
    assert obj["errors"] == []
    assert obj["decision_number"] == "渝（巴南）环罚〔2025〕23号"
    assert obj["decision_date"] == "2025-05-20"
    assert obj["fine_yuan"] == 150000
    assert obj["party"] == "重庆某某化工有限公司"


def truncated_pdf(tmp_path: Path) -> Path:
    full = write_pdf(tmp_path / "full.pdf", [PENALTY_LINES] * 3).read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(full[: len(full) // 3])
    return path


def encrypted_pdf(tmp_path: Path) -> Path:
    from pypdf import PdfReader, PdfWriter
    plain = write_pdf(tmp_path / "plain.pdf", [PENALTY_LINES])
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="secret", owner_password="owner")
    path = tmp_path / "encrypted.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def _file(name: str, data: bytes):
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name
    return make


CASES = {
    "empty": (_file("empty.pdf", b""), "empty.pdf: 文件为空"),
    "html": (_file("page.pdf", b"<!DOCTYPE html><html><body>404</body></html>"),
             "page.pdf: 不是PDF文件：内容是HTML网页"),
    "docx_not_zip": (_file("笔录.docx", "这不是Word文件".encode()),
                     "笔录.docx: 不是有效的Word（DOCX）文件"),
    "encrypted": (encrypted_pdf, "encrypted.pdf: PDF文件已加密"),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_bad_file_reported_and_batch_goes_on(kind, tmp_path, good_pdf, capsys):
    make, message = CASES[kind]
    bad = make(tmp_path)
    code, objs = run_batch([bad, good_pdf], capsys)
    assert len(objs) == 2
    assert any(message in e for e in objs[0]["errors"]), objs[0]["errors"]
    assert objs[0]["documents"] == []
    assert code == 1  # a case file that could not be read at all is reported in the exit status
    assert_good_case_intact(objs[1])


def test_truncated_pdf_is_reported_or_partly_read(tmp_path, good_pdf, capsys):
    bad = truncated_pdf(tmp_path)
    code, objs = run_batch([bad, good_pdf], capsys)
    errors = objs[0]["errors"]
    # pdfium repairs what it can; whatever it cannot read must be named, never silently lost
    assert errors and all("truncated.pdf" in e for e in errors), errors
    assert_good_case_intact(objs[1])


def test_page_without_text_layer_needs_ocr(tmp_path, capsys):
    folder = tmp_path / "case"
    folder.mkdir()
    write_pdf(folder / "决定书.pdf", [PENALTY_LINES, [], ["送达回证"]], image_pages=(2,))
    code, objs = run_batch([folder], capsys)
    assert code == 0
    assert objs[0]["errors"] == ["决定书.pdf: 第2页没有文字层，需要OCR"]
    assert objs[0]["decision_number"] == "渝（巴南）环罚〔2025〕23号"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_zip_with_parent_paths_is_refused_but_rest_read(tmp_path, good_pdf, capsys):
    good = good_pdf.read_bytes()
    bad = _zip(tmp_path / "case.zip", {"../../evil.pdf": good, "决定书.pdf": good})
    code, objs = run_batch([bad, good_pdf], capsys)
    assert any("case.zip: 压缩包内路径不安全（../../evil.pdf）" in e for e in objs[0]["errors"])
    assert [d["source"] for d in objs[0]["documents"]] == ["决定书.pdf"]
    assert not (tmp_path.parent / "evil.pdf").exists()
    assert_good_case_intact(objs[1])


def test_zip_over_size_limit_is_refused(tmp_path, good_pdf):
    big = _zip(tmp_path / "big.zip", {"a.pdf": b"0" * 5_000_000})
    result = extract_case(big, max_unzipped=1_000_000)
    assert result.documents == []
    assert any("big.zip: 压缩包解压后共5000000字节，超过上限1000000字节" in e for e in result.errors)
    assert extract_case(good_pdf).errors == []


def test_gbk_member_names_are_decoded(tmp_path, good_pdf):
    path = tmp_path / "gbk.zip"
    gbk = "决定书.pdf".encode("gbk")
    placeholder = b"X" * (len(gbk) - 4) + b".pdf"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # as Windows 压缩 writes it: GBK, no UTF-8 flag
        zf.writestr(placeholder.decode(), good_pdf.read_bytes())
    path.write_bytes(buf.getvalue().replace(placeholder, gbk))
    result = extract_case(path)
    assert [d.document.source.name for d in result.documents] == ["决定书.pdf"]


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code == 2
    assert main([]) == 2
