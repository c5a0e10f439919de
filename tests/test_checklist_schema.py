"""Checklist schema: broken files give clear errors naming the file, the item and the field."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml

from checklists.schema import DATA_DIR, ChecklistError, load_checklist

MINI = {
    "checklist": {"kind": "mini", "title": "测试评查表", "source": "《测试细则》", "version": "1"},
    "vetoes": [
        {"id": "V01", "category": "执法主体", "heading": "执法主体", "text": "否决情形一"},
    ],
    "basic_elements": [
        {"group": "BE-x", "name": "基本要素", "points": 2,
         "items": [{"id": "BE-x-1", "heading": "执法程序", "text": "要素一", "points": 2}]},
    ],
    "documents": [
        {"group": "D-decision", "name": "行政处罚决定书", "document": "penalty_decision", "absent": "zero",
         "points": 3,
         "items": [
             {"id": "D-decision-1", "heading": "事实认定", "text": "违法事实", "points": 1},
             {"id": "D-decision-2", "heading": "法律适用", "text": "处罚依据", "points": 2},
         ]},
    ],
}


def write(tmp_path: Path, data: dict, name: str = "mini.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def broken(tmp_path: Path, data: dict) -> ChecklistError:
    path = write(tmp_path, data)
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    return info.value


def test_minimal_file_loads(tmp_path):
    cl = load_checklist(write(tmp_path, MINI))
    assert [it.id for it in cl.items] == ["V01", "BE-x-1", "D-decision-1", "D-decision-2"]
    assert cl.item("V01").veto and cl.item("V01").points == 0
    d1 = cl.item("D-decision-1")
    assert (d1.part, d1.category, d1.document, d1.absent, d1.rule) == (
        "document", "行政处罚决定书", "penalty_decision", "zero", None)
    assert cl.item("BE-x-1").category == "卷面基本要素"
    assert cl.document_points == 3 and cl.basic_points == 2
    assert d1.deduction  # a default deduction text is supplied


def _doc_item(data: dict, n: int) -> dict:
    return data["documents"][0]["items"][n]


CASES = [
    # (description, mutate(data), expected fragments of one problem line)
    ("negative points", lambda d: _doc_item(d, 1).update(points=-2),
     "item D-decision-2: points must be a positive number"),
    ("text points", lambda d: _doc_item(d, 1).update(points="two"),
     "item D-decision-2: points must be a positive number"),
    ("unknown key", lambda d: _doc_item(d, 0).update(pionts=1),
     "item D-decision-1: unknown key 'pionts' (did you mean 'points'?)"),
    ("duplicate id", lambda d: d["documents"][0]["items"].append(
        {"id": "D-decision-1", "heading": "事实认定", "text": "重复", "points": 1}),
     "item D-decision-1: duplicate id"),
    ("heading outside the six", lambda d: _doc_item(d, 0).update(heading="执法依据"),
     "item D-decision-1: heading '执法依据' is not one of the six headings"),
    ("veto with points", lambda d: d["vetoes"][0].update(points=3),
     "item V01: points must be 0 for a veto item"),
    ("veto category", lambda d: d["vetoes"][0].update(category="证据效力"),
     "item V01: category '证据效力' is not a veto category"),
    ("veto flag outside vetoes", lambda d: _doc_item(d, 0).update(veto=True),
     "item D-decision-1: veto true is only allowed in the vetoes section"),
    ("absent value", lambda d: d["documents"][0].update(absent="maybe"),
     "item D-decision: absent must be 'zero' (本项得0分) or 'na' (本项无需评审), not 'maybe'"),
    ("absent on a veto", lambda d: d["vetoes"][0].update(absent="zero"),
     "item V01: absent only applies to document and bonus items"),
    ("unknown document", lambda d: d["documents"][0].update(document="penalty_decison"),
     "item D-decision-1: document 'penalty_decison' is not a known doc_type (did you mean 'penalty_decision'?"),
    ("rule name", lambda d: _doc_item(d, 0).update(rule="Decision Within 90"),
     "item D-decision-1: rule must be a registered rule name"),
    ("params without rule", lambda d: _doc_item(d, 0).update(params={"document": "x"}),
     "item D-decision-1: params given but the item has no rule"),
    ("group total", lambda d: d["documents"][0].update(points=4),
     "item D-decision: points is 4 but its items sum to 3"),
    ("sub-items sum", lambda d: _doc_item(d, 1).update(sub_items=[
        {"id": "D-decision-2.a", "text": "甲", "points": 1}, {"id": "D-decision-2.b", "text": "乙", "points": 0.5}]),
     "item D-decision-2: sub_items points sum to 1.5 but the item has 2"),
    ("missing text", lambda d: _doc_item(d, 1).pop("text"),
     "item D-decision-2: text is missing"),
    ("bad id", lambda d: _doc_item(d, 1).update(id="D decision 2"),
     "item D decision 2: id must be a readable id"),
    ("missing source", lambda d: d["checklist"].pop("source"),
     "checklist.source is missing"),
    ("unknown top-level key", lambda d: d.update(document=[]),
     "unknown top-level key 'document' (did you mean 'documents'?)"),
    ("declared total", lambda d: d["checklist"].update(document_points=100),
     "checklist.document_points is 100 but the document items sum to 3"),
    ("voids_document on a basic element", lambda d: d["basic_elements"][0]["items"][0].update(voids_document=True),
     "item BE-x-1: voids_document only applies to document items"),
    ("group without items", lambda d: d["documents"][0].update(items=[]),
     "item D-decision: items must be a non-empty list"),
]


@pytest.mark.parametrize("desc,mutate,expected", CASES, ids=[c[0] for c in CASES])
def test_broken_file_names_file_item_and_field(tmp_path, desc, mutate, expected):
    data = copy.deepcopy(MINI)
    mutate(data)
    err = broken(tmp_path, data)
    path = str(tmp_path / "mini.yaml")
    lines = str(err).splitlines()
    assert any(line.startswith(f"{path}: ") and expected in line for line in lines), str(err)
    assert err.problems and err.file == path


def test_every_problem_is_reported_at_once(tmp_path):
    data = copy.deepcopy(MINI)
    _doc_item(data, 0).update(heading="无")
    _doc_item(data, 1).update(points=0)
    err = broken(tmp_path, data)
    items = {p.item for p in err.problems}
    assert {"D-decision-1", "D-decision-2"} <= items


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("checklist:\n  kind: x\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    assert str(info.value).startswith(f"{path}: YAML syntax error at line")


def test_duplicate_yaml_key_is_an_error(tmp_path):
    path = tmp_path / "dup.yaml"
    text = yaml.safe_dump(MINI, allow_unicode=True, sort_keys=False)
    text = text.replace("  points: 1\n", "  points: 1\n    points: 5\n", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    assert "duplicate key 'points'" in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file_and_unknown_kind():
    with pytest.raises(ChecklistError, match="file not found"):
        load_checklist("/nonexistent/dir/x.yaml")
    with pytest.raises(ChecklistError, match="neither a checklist kind"):
        load_checklist("genral_penalty")


def test_shared_part_is_not_a_kind_file():
    with pytest.raises(ChecklistError, match="looks like a shared part"):
        load_checklist(DATA_DIR / "common" / "vetoes.yaml")


def test_include_exclude_and_overrides(tmp_path):
    data = copy.deepcopy(MINI)
    data.pop("vetoes")
    data["include"] = ["common/vetoes.yaml"]  # not next to the file: found in checklists/data/
    data["exclude"] = ["V22", "V23", "V24", "V25"]
    data["overrides"] = {"V14": {"note": "本地说明"}}
    cl = load_checklist(write(tmp_path, data))
    ids = [it.id for it in cl.vetoes]
    assert ids == [f"V{n:02d}" for n in range(1, 22)]
    assert cl.item("V14").note == "本地说明"
    assert cl.item("V14").rule == "prior_notice_before_decision"


def test_include_next_to_the_file_wins(tmp_path):
    (tmp_path / "common").mkdir()
    shutil.copy(DATA_DIR / "common" / "vetoes.yaml", tmp_path / "common" / "vetoes.yaml")
    text = (tmp_path / "common" / "vetoes.yaml").read_text(encoding="utf-8")
    (tmp_path / "common" / "vetoes.yaml").write_text(
        text.replace("    heading: 执法主体\n    text: 实施机关", "    heading: 执法程序\n    text: 实施机关", 1),
        encoding="utf-8")
    data = copy.deepcopy(MINI)
    data.pop("vetoes")
    data["include"] = ["common/vetoes.yaml"]
    cl = load_checklist(write(tmp_path, data))
    assert cl.item("V01").heading == "执法程序"
    assert tmp_path / "common" / "vetoes.yaml" in cl.files


@pytest.mark.parametrize("section,value,expected", [
    ("include", ["common/nothere.yaml"], "include 'common/nothere.yaml' not found"),
    ("exclude", ["V99"], "exclude 'V99' is not an item or group of the included files"),
    ("overrides", {"V03": {"pionts": 1}}, "item V03: overrides.pionts cannot be overridden"),
    ("overrides", {"D-decision-1": {"text": "x"}}, "item D-decision-1: overrides names no included item"),
])
def test_include_errors_name_the_kind_file(tmp_path, section, value, expected):
    data = copy.deepcopy(MINI)
    data.pop("vetoes")
    data["include"] = ["common/vetoes.yaml"]
    data[section] = value if section != "include" else data["include"] + value
    err = broken(tmp_path, data)
    path = str(tmp_path / "mini.yaml")
    assert any(line.startswith(path) and expected in line for line in str(err).splitlines()), str(err)


def test_override_error_names_the_file_holding_the_override(tmp_path):
    data = copy.deepcopy(MINI)
    data.pop("vetoes")
    data["include"] = ["common/vetoes.yaml"]
    data["overrides"] = {"V05": {"heading": "不存在"}}
    err = broken(tmp_path, data)
    assert f"{tmp_path / 'mini.yaml'}: item V05: heading '不存在' is not one of the six headings" in str(err)


def test_error_in_an_included_file_names_that_file(tmp_path):
    (tmp_path / "shared.yaml").write_text(yaml.safe_dump({
        "common": {"name": "共用", "source": "《测试细则》", "version": "1"},
        "vetoes": [{"id": "V09", "category": "法律适用", "heading": "法律适用", "text": "x", "points": 1}],
    }, allow_unicode=True), encoding="utf-8")
    data = copy.deepcopy(MINI)
    data["include"] = ["shared.yaml"]
    err = broken(tmp_path, data)
    assert f"{tmp_path / 'shared.yaml'}: item V09: points must be 0 for a veto item" in str(err)


def test_duplicate_id_across_include_and_kind_file(tmp_path):
    data = copy.deepcopy(MINI)
    data["include"] = ["common/vetoes.yaml"]  # V01 also defined locally
    err = broken(tmp_path, data)
    assert f"{tmp_path / 'mini.yaml'}: item V01: duplicate id (already defined in checklists/data/common/vetoes.yaml)" \
        in str(err)


def test_shipped_file_copy_with_broken_points_matches_documented_message(tmp_path):
    src = (DATA_DIR / "general_penalty.yaml").read_text(encoding="utf-8")
    marker = "      - id: D-decision-3\n"
    head, tail = src.split(marker, 1)
    tail = tail.replace("        points: 2\n", "        points: 0\n", 1)
    path = tmp_path / "general_penalty.yaml"
    path.write_text(head + marker + tail, encoding="utf-8")
    with pytest.raises(ChecklistError) as info:
        load_checklist(path)
    assert str(info.value).splitlines()[0] == f"{path}: item D-decision-3: points must be a positive number"
    assert info.value.item == "D-decision-3"


def test_exclude_and_override_whole_groups(tmp_path):
    data = copy.deepcopy(MINI)
    data.pop("basic_elements")
    data["include"] = ["common/basic_elements.yaml"]
    data["exclude"] = ["BE-rec"]
    data["overrides"] = {"BE-doc": {"note": "本局说明"}, "BE-doc-5": {"points": 1.5}}
    err = broken(tmp_path, data)  # the override breaks the group's declared 10 points
    assert "item BE-doc: points is 10 but its items sum to 10.5" in str(err)
    data["overrides"]["BE-doc"]["points"] = 10.5
    cl = load_checklist(write(tmp_path, data))
    assert [it.id for it in cl.basic_elements] == [f"BE-doc-{n}" for n in range(1, 6)]
    assert cl.group("BE-doc").note == "本局说明" and cl.basic_points == 10.5


def test_overriding_an_excluded_item_is_an_error(tmp_path):
    data = copy.deepcopy(MINI)
    data.pop("vetoes")
    data["include"] = ["common/vetoes.yaml"]
    data["exclude"] = ["V22"]
    data["overrides"] = {"V22": {"note": "x"}}
    err = broken(tmp_path, data)
    assert "item V22: overrides names an item or group that exclude removes" in str(err)


def test_sub_items_load_when_they_add_up(tmp_path):
    data = copy.deepcopy(MINI)
    _doc_item(data, 1)["sub_items"] = [{"id": "D-decision-2.a", "text": "法律依据", "points": 1.5},
                                       {"id": "D-decision-2.b", "text": "具体内容", "points": 0.5}]
    cl = load_checklist(write(tmp_path, data))
    subs = cl.item("D-decision-2").sub_items
    assert [(s.id, s.points) for s in subs] == [("D-decision-2.a", 1.5), ("D-decision-2.b", 0.5)]
