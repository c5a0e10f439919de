"""Normalisers and the date and amount parsers: known cases, and no exception on any text."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.amounts import parse_amount
from extractors.dates import find_dates, parse_date
from extractors.facts import parse_names
from extractors.normalize import (clean_line, clean_text, dedupe_doubled, normalize_name,
                                  normalize_number, normalize_party)

CJK_TEXT = st.text(alphabet=st.sampled_from(
    list("0123456789 　年月日号〇○零一二三四五六七八九十壹贰叁肆伍陆柒捌玖拾佰仟万亿元整角分"
         "（）()〔〕[]［］【】,，.。:：、/-王华李明某*渝巴南环罚立案ＡＢ１２３\t")) | st.characters(),
    max_size=80)


@pytest.mark.parametrize("raw, expected", [
    ("渝(巴南)环罚[2025] 23 号", "渝（巴南）环罚〔2025〕23号"),
    ("渝（巴南）环罚［２０２５］２３号", "渝（巴南）环罚〔2025〕23号"),
    ("巴南环立【2025】31号", "巴南环立〔2025〕31号"),
    ("渝（巴南）环罚〔2025〕23号", "渝（巴南）环罚〔2025〕23号"),
])
def test_document_numbers(raw, expected):
    assert normalize_number(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("2 0 2 5 年 7 月 1 5 日", "2025年7月15日"),
    ("当 事 人 ： 重 庆 某 某 有 限 公 司", "当事人：重庆某某有限公司"),
    ("检查人：王  华、李明", "检查人：王华、李明"),
    ("检查人：李明 王华", "检查人：李明 王华"),
    ("罚款 １５０，０００ 元", "罚款 150，000 元"),
])
def test_clean_line(raw, expected):
    assert clean_line(raw)[0] == expected


def test_clean_line_index_points_back_to_raw():
    raw = "2 0 2 5 年  王  华"
    text, index = clean_line(raw)
    assert len(index) == len(text)
    assert all(raw[i] == ch or ch == " " or ord(raw[i]) - 0xFEE0 == ord(ch)
               for ch, i in zip(text, index))


@pytest.mark.parametrize("text, expected", [
    ("2025年7月15日", dt.date(2025, 7, 15)),
    ("2025.7.15", dt.date(2025, 7, 15)),
    ("2025-07-15", dt.date(2025, 7, 15)),
    ("二〇二五年七月十五日", dt.date(2025, 7, 15)),
    ("二○二五年十二月三十一日", dt.date(2025, 12, 31)),
    ("2025年2月30日", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("罚款人民币壹拾伍万元整（¥150,000.00）", 150000),
    ("罚款15万元", 150000),
    ("罚款 150000 元", 150000),
    ("贰拾万零伍佰元", 200500),
    ("罚款人民币150,000.00元", 150000),
])
def test_amounts(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("value, expected", [
    ("李明、王华", ["李明", "王华"]),
    ("李明（执法证号：50011320190123）、王华（执法证号：50011320190456）", ["李明", "王华"]),
    ("王华 李明 执法证号：5001132019", ["王华", "李明"]),
    ("张*军，黄某某/赵强", ["张*军", "黄某某", "赵强"]),
    ("李明、李明", ["李明"]),
])
def test_names(value, expected):
    assert parse_names(value) == expected


def test_fake_bold_dedupe_leaves_real_repeats():
    assert dedupe_doubled("行行政政处处罚罚决决定定书书") == "行政处罚决定书"
    assert dedupe_doubled("2025年11月") == "2025年11月"


@settings(max_examples=300, deadline=None)
@given(CJK_TEXT)
def test_no_exception_on_any_text(text):
    clean_text(text)
    clean_line(text)
    dedupe_doubled(text)
    normalize_number(text)
    normalize_name(text)
    normalize_party(text)
    parse_names(text)
    for _, _, value in find_dates(text):
        assert 1900 <= value.year <= 2099
    amount = parse_amount(text)
    assert amount is None or isinstance(amount, int)


@settings(max_examples=200, deadline=None)
@given(CJK_TEXT)
def test_clean_line_is_idempotent_and_mapped(text):
    cleaned, index = clean_line(text)
    assert len(index) == len(cleaned)
    assert index == sorted(index)


def test_one_page_line_word_model_for_pdf_and_docx(tmp_path):
    from docx import Document as Docx

    from extractors.sources import open_case_file
    from tests.conftest import PENALTY_LINES, write_pdf
    folder = tmp_path / "case"
    folder.mkdir()
    write_pdf(folder / "a.pdf", [PENALTY_LINES])
    doc = Docx()
    for line in PENALTY_LINES:
        doc.add_paragraph(line)
    doc.save(folder / "b.docx")
    case = open_case_file(folder)
    try:
        pdf, word = case.sources
        pdf_words = pdf.words(1)
        assert any(w.text == "行政处罚决定书" and w.box for w in pdf_words)
        x0, top, x1, bottom = next(w.box for w in pdf_words if w.text == "行政处罚决定书")
        assert x0 < x1 and top < bottom and pdf.pages[0].height and bottom <= pdf.pages[0].height
        assert [w.text for w in word.words(1)][:2] == ["重庆市巴南区生态环境局", "行政处罚决定书"]
        assert pdf.pages[0].text.splitlines()[:3] == word.pages[0].text.splitlines()[:3]
    finally:
        case.close()
