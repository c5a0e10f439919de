"""Roster reading (XLSX, CSV UTF-8/BOM/GBK, YAML) and the blank template."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from review.roster import (USES, RosterError, parse_header, parse_kind, parse_use, read_roster,
                           read_yaml_text, write_template)

DATA = Path(__file__).parent / "data" / "roster"

HEADER = ["候选人", "类型", "执法证号", "用途", "案件", "备注"]
ROWS = [
    ["李明", "个人", "50011320190123", "推荐案卷", "渝(巴南)环罚[2025]12号", None],
    ["李明", "个人", None, "随机抽取案卷", None, None],
    ["王华", "个人", "50011320180456", "重点案件", "巴南环移〔2025〕2号", None],
    ["巴南区生态环境局", "集体", None, "线索识别", "渝（巴南）环罚〔2025〕21号", "自动监控"],
    ["王华", "个人", None, "否决事项", None, "行政诉讼败诉"],
]


def _write_xlsx(path: Path, rows, header=HEADER, title_rows=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    for t in title_rows:
        ws.append(t)
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _simple(roster):
    return [(r.row, r.candidate, r.kind, r.use, r.case) for r in roster.rows]


def test_xlsx_reads_rows_with_spreadsheet_row_numbers(tmp_path):
    roster = read_roster(_write_xlsx(tmp_path / "r.xlsx", ROWS))
    assert _simple(roster)[:3] == [
        (2, "李明", "individual", "quality_recommended", "渝(巴南)环罚[2025]12号"),
        (3, "李明", "individual", "quality_drawn", None),
        (4, "王华", "individual", "key", "巴南环移〔2025〕2号"),
    ]
    assert roster.rows[0].cert_no == "50011320190123"
    veto = [r for r in roster.rows if r.use == "veto"]
    assert veto and veto[0].note == "行政诉讼败诉"
    assert [e for e in roster.issues if e.severity == "error"] == []
    names = [(c.name, c.kind) for c in roster.candidates()]
    assert names == [("李明", "individual"), ("王华", "individual"),
                     ("巴南区生态环境局", "collective")]


def test_xlsx_messy_cells_title_rows_numbers_and_merged_cells(tmp_path):
    path = tmp_path / "messy.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2025年大练兵候选名单"])          # a title row above the header
    ws.append(["候选人（candidate）", " 类 型 ", "执法证号", "用途 ", "案件", "备注"])
    ws.append(["李  明", "个人", 50011320190123, " 推荐案卷 ", "渝（巴南）环罚〔２０２５〕１２号", None])
    ws.append([None, None, None, "非现场", "渝（巴南）环罚〔2025〕21号", None])   # merged name cell
    ws.append(["巴南区生态环境局", "集体", None, "推荐案卷", "巴南环封〔2025〕5号", None])
    ws.merge_cells("A3:A4")
    wb.save(path)
    roster = read_roster(path)
    assert _simple(roster) == [
        (3, "李明", "individual", "quality_recommended", "渝（巴南）环罚〔2025〕12号"),
        (4, "李明", "individual", "non_site", "渝（巴南）环罚〔2025〕21号"),
        (5, "巴南区生态环境局", "collective", "quality_recommended", "巴南环封〔2025〕5号"),
    ]
    assert roster.rows[0].cert_no == "50011320190123"    # a number cell, not 5.0011e13


def test_bad_rows_are_reported_with_row_numbers_and_the_rest_is_read(tmp_path):
    rows = [
        ROWS[0],
        ["王华", "个人", None, "优秀案卷", "渝（巴南）环罚〔2025〕40号", None],   # unknown use
        ["赵强", "临时工", None, "推荐案卷", "case-07", None],                  # unknown kind
        ["赵强", "个人", None, "重点案件", None, None],                         # no case
        [None, None, None, None, None, None],                                 # blank: skipped
        ["赵强", "个人", None, "推荐案卷", "case-07", None],
    ]
    roster = read_roster(_write_xlsx(tmp_path / "bad.xlsx", rows))
    errors = {e.row: e.message for e in roster.issues if e.severity == "error"}
    assert set(errors) == {3, 4, 5}
    assert "优秀案卷" in errors[3] and "第3行" in errors[3]
    assert "临时工" in errors[4]
    assert "未填写案件" in errors[5]
    assert [r.row for r in roster.rows] == [2, 7]


def test_first_row_without_candidate_is_an_error_later_ones_carry_down(tmp_path):
    rows = [[None, "个人", None, "推荐案卷", "case-01", None],
            ["李明", "个人", None, "推荐案卷", "case-01", None],
            [None, None, None, "非现场", "case-02", None]]
    roster = read_roster(_write_xlsx(tmp_path / "carry.xlsx", rows))
    assert [(r.row, r.candidate) for r in roster.rows] == [(3, "李明"), (4, "李明")]
    assert any(e.row == 2 and e.severity == "error" for e in roster.issues)
    assert any(e.row == 4 and e.severity == "warning" for e in roster.issues)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_encodings(tmp_path, encoding):
    lines = [",".join(HEADER)] + [",".join("" if c is None else c for c in r) for r in ROWS]
    path = tmp_path / f"r-{encoding}.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    roster = read_roster(path)
    assert [(r.candidate, r.use) for r in roster.rows] == [
        ("李明", "quality_recommended"), ("李明", "quality_drawn"), ("王华", "key"),
        ("巴南区生态环境局", "lead_identification"), ("王华", "veto")]
    assert roster.rows[0].row == 2 and roster.rows[-1].row == 6
    assert roster.rows[3].note == "自动监控"


def test_csv_english_headers_and_codes(tmp_path):
    path = tmp_path / "en.csv"
    path.write_text("candidate,kind,cert_no,use,case,note\n"
                    "Li Ming,individual,1,quality_recommended,case-01,\n"
                    "巴南区生态环境局,collective,,key_field,case-04,\n", encoding="utf-8")
    roster = read_roster(path)
    assert [(r.candidate, r.kind, r.use) for r in roster.rows] == [
        ("LiMing", "individual", "quality_recommended"),
        ("巴南区生态环境局", "collective", "key_field")]


def test_missing_kind_is_inferred_with_a_warning(tmp_path):
    path = tmp_path / "nokind.csv"
    path.write_text("候选人,用途,案件\n李明,推荐案卷,case-01\n巴南区生态环境局,推荐案卷,case-08\n",
                    encoding="utf-8")
    roster = read_roster(path)
    assert [(r.candidate, r.kind) for r in roster.rows] == [
        ("李明", "individual"), ("巴南区生态环境局", "collective")]
    assert all(e.severity == "warning" for e in roster.issues)


def test_yaml_flat_file():
    roster = read_roster(DATA / "base_roster.yaml")
    assert len(roster.rows) == 11
    assert roster.issues == []
    assert roster.rows[0].row == 3        # the line of the item (two comment lines above)
    assert {c.name for c in roster.candidates()} == {"李明", "王华", "赵强", "巴南区生态环境局"}


def test_yaml_grouped_and_bad_items():
    text = """\
rows:
  - candidate: 李明
    kind: 个人
    cases:
      推荐案卷: 渝(巴南)环罚[2025]12号
      非现场: [渝（巴南）环罚〔2025〕21号, case-07]
  - 候选人: 王华
    类型: 个人
    推荐案卷: case-09
  - just a string
  - {候选人: 赵强, 类型: 个人}
  - {候选人: 赵强, 类型: 个人, 用途: 重点案件, 案件: case-04}
"""
    roster = read_yaml_text(text)
    assert [(r.candidate, r.use, r.case) for r in roster.rows] == [
        ("李明", "quality_recommended", "渝(巴南)环罚[2025]12号"),
        ("李明", "non_site", "渝（巴南）环罚〔2025〕21号"),
        ("李明", "non_site", "case-07"),
        ("王华", "quality_recommended", "case-09"),
        ("赵强", "key", "case-04"),
    ]
    errors = sorted(e.row for e in roster.issues if e.severity == "error")
    assert errors == [10, 11]


def test_veto_row_saying_none_is_not_a_veto(tmp_path):
    path = tmp_path / "v.csv"
    path.write_text("候选人,类型,用途,案件,备注\n李明,个人,否决事项,,无\n李明,个人,否决事项,,复议撤销\n",
                    encoding="utf-8")
    roster = read_roster(path)
    assert [r.note for r in roster.rows] == ["复议撤销"]


def test_two_people_with_one_name_are_told_apart_by_certificate(tmp_path):
    path = tmp_path / "same.csv"
    path.write_text("候选人,类型,执法证号,用途,案件\n王伟,个人,111,推荐案卷,case-01\n王伟,个人,,非现场,case-02\n"
                    "王伟,个人,222,推荐案卷,case-03\n", encoding="utf-8")
    cands = read_roster(path).candidates()
    assert [(c.name, [r.row for r in c.rows]) for c in cands] == [
        ("王伟（111）", [2, 3]), ("王伟（222）", [4])]


def test_unknown_format_and_headerless_file(tmp_path):
    with pytest.raises(RosterError):
        read_roster(tmp_path / "x.docx")
    p = tmp_path / "nohead.csv"
    p.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(RosterError):
        read_roster(p)


def test_labels_and_codes():
    assert parse_header("用途（use）") == "use"
    assert parse_header("Case") == "case"
    assert parse_kind("候选个人") == "individual" and parse_kind("集体") == "collective"
    for code, label in USES.items():
        assert parse_use(label) == code
        assert parse_use(code) == code
    assert parse_use("随机抽取") == "quality_drawn"
    assert parse_use("ｋｅｙ＿ｆｉｅｌｄ") == "key_field"
    assert parse_use("优秀") is None


def test_template_has_columns_and_use_dropdown(tmp_path):
    path = write_template(tmp_path / "sub" / "模板.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["候选名单"]
    assert [c.value for c in ws[1]] == HEADER
    validations = ws.data_validations.dataValidation
    use_dv = [dv for dv in validations if "D2" in str(dv.sqref)]
    assert use_dv, "用途 column has a drop-down"
    formula = use_dv[0].formula1
    for label in ("推荐案卷", "随机抽取案卷", "新装备", "非现场", "重点案件", "关键领域",
                  "线索识别", "线索查办", "否决事项"):
        assert label in formula
    assert len(formula) <= 257          # Excel's limit for a list formula
    assert any("B2" in str(dv.sqref) for dv in validations)
    assert "说明" in wb.sheetnames
    # An empty template reads as an empty roster without errors.
    empty = read_roster(path)
    assert empty.rows == [] and [e for e in empty.issues if e.severity == "error"] == []


def test_filled_template_round_trip(tmp_path):
    path = write_template(tmp_path / "t.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["候选名单"]
    for i, r in enumerate(ROWS, start=2):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    wb.save(path)
    roster = read_roster(path)
    assert len(roster.rows) == len(ROWS)
    assert roster.rows[0].cert_no == "50011320190123"


# ------------------------------------------------------------------------------------------
# Rosters nobody planned for


def test_wide_roster_one_column_per_use(tmp_path):
    from review.roster import read_csv_text

    text = ("序号,候选人,类型,推荐案卷,随机抽取案卷,非现场,否决事项\n"
            "1,李明,个人,case-01,,\"case-02、case-03\",\n"
            "2,王华,个人,case-09,,,行政诉讼败诉\n"
            "3,,,,,,\n")
    roster = read_csv_text(text)
    assert [(r.row, r.candidate, r.use, r.case, r.note) for r in roster.rows] == [
        (2, "李明", "quality_recommended", "case-01", None),
        (2, "李明", "non_site", "case-02", None),
        (2, "李明", "non_site", "case-03", None),
        (3, "王华", "quality_recommended", "case-09", None),
        (3, "王华", "veto", None, "行政诉讼败诉"),
    ]
    assert [e for e in roster.issues if e.severity == "error"] == []


def test_long_headers_and_compound_use_labels(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(
        "序号,候选人（集体或个人）,候选类别,执法证件编号,申报用途,案卷名称/文号,备注说明\n"
        "1,李明（执法支队）,个人,500113,新装备新技术应用（非现场）,渝(巴南)环罚[2025]21号,\n"
        "2,重庆市巴南区生态环境局,集体,,非现场执法监管-线索识别,渝(巴南)环罚[2025]21号,\n"
        "3,巴南区生态环境局,集体,,案卷质量-推荐,\"巴南环封〔2025〕5号\",\n"
        "4,巴南区生态环境局,集体,,涉危险废物案件,\"巴南环移〔2025〕2号、渝（巴南）环罚〔2025〕45号\",\n",
        encoding="utf-8")
    roster = read_roster(path)
    assert [(r.candidate, r.use, r.case) for r in roster.rows] == [
        ("李明", "non_site", "渝(巴南)环罚[2025]21号"),
        ("重庆市巴南区生态环境局", "lead_identification", "渝(巴南)环罚[2025]21号"),
        ("巴南区生态环境局", "quality_recommended", "巴南环封〔2025〕5号"),
        ("巴南区生态环境局", "key_field", "巴南环移〔2025〕2号"),
        ("巴南区生态环境局", "key_field", "渝（巴南）环罚〔2025〕45号"),
    ]
    assert roster.rows[0].cert_no == "500113"
    # 重庆市巴南区生态环境局 and 巴南区生态环境局 are one collective.
    cands = roster.candidates()
    assert [(c.name, len(c.rows)) for c in cands] == [("李明", 1), ("重庆市巴南区生态环境局", 4)]


def test_yaml_keyed_by_candidate():
    roster = read_yaml_text("""\
李明:
  类型: 个人
  推荐案卷: case-01
  非现场: [case-02, case-03]
巴南区生态环境局:
  - {类型: 集体, 用途: 推荐案卷, 案件: case-08}
""")
    assert [(r.row, r.candidate, r.kind, r.use, r.case) for r in roster.rows] == [
        (3, "李明", "individual", "quality_recommended", "case-01"),
        (4, "李明", "individual", "non_site", "case-02"),
        (4, "李明", "individual", "non_site", "case-03"),
        (6, "巴南区生态环境局", "collective", "quality_recommended", "case-08"),
    ]
    assert roster.issues == []


def test_a_cell_with_two_numbers_is_two_rows():
    from review.roster import split_cases

    assert split_cases("渝(巴南)环罚[2025]12号 和 巴南环罚〔2025〕21号") == [
        "渝（巴南）环罚〔2025〕12号", "巴南环罚〔2025〕21号"]
    assert split_cases("渝(巴南)环罚[2025] 12 号") == ["渝(巴南)环罚[2025] 12 号"]
    assert split_cases("重庆某某公司，未按规定贮存危险废物") == ["重庆某某公司，未按规定贮存危险废物"]


@pytest.mark.parametrize("name,data", [
    ("broken.xlsx", b"PK\x03\x04 not really a workbook"),
    ("broken.yaml", "- {候选人: 李明, 用途: [unclosed".encode()),
    ("nul.csv", b"\xe5\x80\x99\xe9\x80\x89\xe4\xba\xba,\x00\x00\n"),
    ("scalar.yaml", "just text".encode()),
])
def test_unreadable_files_raise_roster_error(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(RosterError):
        read_roster(p)
    with pytest.raises(RosterError):
        read_roster(tmp_path / "missing.csv")
