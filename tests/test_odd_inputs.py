"""Inputs a second reviewer found mishandled: odd fine wordings, Word files with nested tables and
content controls, a case folder with a subfolder, paths typed differently, an empty folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractors.pipeline import extract_case
from review.assemble import assemble
from review.batch import discover, run_batch
from review.store import Store
from tests.conftest import write_pdf

REPO = Path(__file__).resolve().parent.parent
HEAD = ["重庆市巴南区生态环境局", "行政处罚决定书", "渝（巴南）环罚〔2025〕9号",
        "当事人：重庆某某化工有限公司"]
TAIL = ["重庆市巴南区生态环境局", "2025年5月20日"]


def fine_of(tmp_path: Path, *lines: str) -> int | None:
    path = write_pdf(tmp_path / "决定书.pdf", [HEAD + list(lines) + TAIL])
    return assemble(extract_case(path)).json["fine_yuan"]


def test_fine_written_before_the_word(tmp_path):
    assert fine_of(tmp_path, "本局决定作出如下行政处罚：处人民币15万元罚款。") == 150000


def test_law_range_on_the_same_line_is_not_the_fine(tmp_path):
    line = "依据该条“处十万元以上一百万元以下的罚款”的规定，本局决定作出如下行政处罚：罚款二十万元。"
    assert fine_of(tmp_path, line) == 200000


def test_two_fines_keep_the_combined_total_for_thresholds(tmp_path):
    case = assemble(extract_case(write_pdf(tmp_path / "决定书.pdf", [HEAD + [
        "本局决定作出如下行政处罚：1.对超标排放行为罚款人民币30万元；",
        "2.对未批先建行为罚款人民币30万元；合并罚款人民币60万元。"] + TAIL])))
    amounts = {f.value for f in case.facts("amount")}
    assert case.json["fine_yuan"] == 600000 and 300000 in amounts


def test_docx_nested_table_and_content_control(tmp_path):
    document = docx.Document()
    document.add_paragraph("立案审批表")
    outer = document.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=3, cols=2)
    for row, (label, value) in zip(inner.rows, [("当事人", "重庆嵌套有限公司"),
                                                ("案由", "涉嫌超标排放案"),
                                                ("承办人", "李明、王华")]):
        row.cells[0].text, row.cells[1].text = label, value
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>立案日期：2025年3月14日'
                    f'</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    document.element.body.insert(len(document.element.body) - 1, sdt)
    path = tmp_path / "立案审批表.docx"
    document.save(path)
    case = assemble(extract_case(path)).json
    assert case["party"] == "重庆嵌套有限公司" and case["cause"] == "涉嫌超标排放案"
    assert case["filing_handlers"] == ["李明", "王华"] and case["filing_date"] == "2025-03-14"


def test_case_folder_with_a_subfolder_is_one_case_and_paths_resolve(tmp_path, monkeypatch):
    folder = tmp_path / "一个案卷"
    shutil.copytree(REPO / "samples" / "cases" / "case-01", folder)
    (folder / "附件").mkdir()
    (folder / "02-现场照片.pdf").rename(folder / "附件" / "02-现场照片.pdf")
    cases, _ = discover([str(folder)])
    assert cases == [str(folder.resolve())]
    db = str(tmp_path / "r.sqlite")
    run_batch([str(folder)], db=db, jobs=1)
    monkeypatch.chdir(tmp_path)
    summary = run_batch(["./一个案卷/"], db=db, jobs=1)  # typed differently: the same case
    assert summary.skipped == 1 and summary.processed == 0
    store = Store(db)
    assert len(store.cases()) == 1
    store.close()


def test_empty_case_folder_says_so(tmp_path):
    (tmp_path / "空案卷").mkdir()
    result = extract_case(tmp_path / "空案卷")
    assert result.errors == ["空案卷: 文件夹中没有PDF或DOCX文件"]
