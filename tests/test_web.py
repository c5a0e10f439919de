"""The web UI on a real SQLite database filled by `run_batch` from sample case files: the list
and its filters, the case page, reviewer decisions (score, history, reasons), the page view
and its image, path traversal, downloads, runs and re-review."""
from __future__ import annotations

import html
import io
import re
import shutil
import warnings
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

with warnings.catch_warnings():  # starlette's note about httpx2 is not ours to fix
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from review.batch import run_batch
from review.check import checklist_for
from review.store import Store
from tests.test_store import db_url, pg_admin_url, pg_scratch_database  # noqa: F401 (fixtures)
from web.app import create_app

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "cases"
# A folder of PDFs, a zip, a folder of DOCX files, and a folder with a page that needs OCR.
SAMPLE_CASES = ("case-01", "case-04.zip", "case-05", "case-21")


def build_db(root: Path, names=SAMPLE_CASES) -> tuple[str, dict[str, str]]:
    """Copies of sample case files under root/cases, run through the batch into
    root/web.sqlite. Returns the database path and {sample name: stored case path}."""
    folder = root / "cases"
    folder.mkdir(parents=True)
    for name in names:
        source = SAMPLES / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        else:
            shutil.copy(source, folder / name)
    db = str(root / "web.sqlite")
    summary = run_batch([str(folder)], db=db, jobs=1)
    assert summary.processed == len(names) and not summary.failed
    return db, {Path(p).name: p for p in summary.cases}


def machine_item(db: str, case: str, verdict: str, part: str) -> str:
    """The id of the first item of a case with this machine verdict and checklist part."""
    store = Store(db)
    try:
        check = store.check(case)
    finally:
        store.close()
    checklist = checklist_for(check["kind"])
    for item in check["items"]:
        spec = checklist.item(item["id"])
        if item["verdict"] == verdict and spec.part == part and (part == "veto" or spec.points):
            return item["id"]
    raise AssertionError(f"no {part} item with machine verdict {verdict} in {case}")


def listed(page: str) -> list[str]:
    """The case names a list page shows, in order."""
    return re.findall(r'<td class="name"><a href="[^"]*" title="[^"]*">([^<]*)</a>', page)


def score_of(page: str) -> str:
    return html.unescape(re.search(r'id="score-value">([^<]*)<', page).group(1)).strip()


def pending_of(page: str) -> int:
    return int(re.search(r'id="pending-count">(\d+)<', page).group(1))


def form_errors(page: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r'class="form-error" role="alert">([^<]*)<', page)]


def item_row(page: str, item_id: str) -> str:
    start = page.index(f'id="item-{item_id}"')
    return page[start:page.index("</tr>", start)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    db, cases = build_db(tmp_path_factory.mktemp("web"))
    return db, cases


@pytest.fixture(scope="module")
def client(sample):
    db, _ = sample
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture
def cases(sample):
    return sample[1]


# --- the list -------------------------------------------------------------------------------

def test_list_shows_every_case_with_its_columns(client, cases):
    r = client.get("/")
    assert r.status_code == 200 and "text/html" in r.headers["content-type"]
    page = r.text
    assert listed(page) == list(SAMPLE_CASES)
    store = client.app.state.store
    for path in cases.values():
        stored = store.case(path)
        assert stored["case_json"]["decision_number"] in page
        assert stored["party"] in page
        assert "、".join(stored["case_json"]["lead_handlers"]) in page
    assert "一般行政处罚" in page and "不予行政处罚" in page  # kinds
    assert "待定 " in page  # provisional scores show their range
    row21 = page[page.index(">case-21<"):]
    row21 = row21[:row21.index("</tr>")]
    assert "1 处" in row21 and "需要OCR" in row21  # read problems, with the message as a tip


def test_list_filters_search_and_sort(client):
    only = lambda qs: listed(client.get("/?" + qs).text)  # noqa: E731
    assert only("f=errors") == ["case-21"]
    assert only("f=pending") == list(SAMPLE_CASES)  # every sample has items for a reviewer
    assert only("f=veto") == []
    assert only("f=rereview") == []
    empty = client.get("/?f=outside")
    assert listed(empty.text) == [] and "没有符合条件的案卷" in empty.text
    assert only("f=errors&f=pending") == ["case-21"]
    # Search by 文号 (any bracket style), party, handler.
    assert only("q=" + "环罚[2025]19") == ["case-01"]
    assert only("q=巴滨塑胶") == ["case-05"]
    assert only("q=罗丹") == ["case-05"]
    assert only("q=何伟") == ["case-04.zip", "case-05"]  # an inquirer in case-04 too
    assert only("q=吴敏 杨帆") == ["case-04.zip"]  # every word must match
    assert only("q=没有这个人") == []
    # Sorting by a column, both ways; an unknown column falls back to the path order.
    by_party = only("sort=party")
    assert sorted(by_party) == sorted(SAMPLE_CASES)
    assert only("sort=party&desc=1") == list(reversed(by_party))
    assert only("sort=nonsense") == list(SAMPLE_CASES)
    assert client.get("/?sort=score&desc=1&p=9").status_code == 200


# --- the case page ------------------------------------------------------------------------------

def test_case_page_facts_documents_and_items(client, cases):
    path = cases["case-01"]
    r = client.get("/case", params={"path": path})
    assert r.status_code == 200
    page = r.text
    # Facts with where they came from, linked to the page view with the box.
    party_row = page[page.index('id="fact-party"'):]
    party_row = party_row[:party_row.index("</tr>")]
    assert "重庆巴澜精工机械有限公司" in party_row
    link = html.unescape(re.search(r'href="(/page\?[^"]+)"', party_row).group(1))
    params = parse_qs(urlsplit(link).query)
    assert params["path"] == [path] and params["source"][0].endswith(".pdf")
    assert len(params["box"][0].split(",")) == 4 and params["page"][0].isdigit()
    for label in ("案由", "决定书文号", "主要承办人", "案件类型", "新装备", "罚款（元）"):
        assert f"<th scope=\"row\">{label}</th>" in page
    # Documents.
    assert "05-立案审批表.pdf" in page and "巴南环立〔2025〕31号" in page
    # Items grouped by the seed's six headings, with the checklist's text.
    for heading in ("执法主体", "执法程序", "事实认定", "法律适用", "证据效力", "裁量权运用"):
        assert re.search(rf'<h3 id="sec-\d+">{heading} ', page)
    checklist = checklist_for("general_penalty")
    assert html.escape(checklist.item("V02").text) in page
    # The 细则's own categories on request.
    by_category = client.get("/case", params={"path": path, "group": "category"}).text
    assert re.search(r'<h3 id="sec-\d+">合法性评查 · 执法主体 ', by_category)
    assert re.search(r'<h3 id="sec-\d+">立案审批表 ', by_category)
    # Only the pending items.
    pending = client.get("/case", params={"path": path, "show": "pending"}).text
    assert 'class="item v-row-pass' not in pending and 'class="item v-row-needs_review' in pending


def test_case_page_of_zip_and_docx_cases(client, cases):
    for name in ("case-04.zip", "case-05", "case-21"):
        r = client.get("/case", params={"path": cases[name]})
        assert r.status_code == 200, name
    page21 = client.get("/case", params={"path": cases["case-21"]}).text
    assert "读取问题" in page21 and "第2页没有文字层，需要OCR" in page21


def test_unknown_case_is_a_404_page_in_chinese(client):
    r = client.get("/case", params={"path": "/no/such/案卷"})
    assert r.status_code == 404 and "没有这个案卷" in r.text and "/no/such/案卷" in r.text
    assert client.get("/case").status_code == 400
    r = client.get("/no-such-page")
    assert r.status_code == 404 and "没有这个页面" in r.text
    r = client.post("/case/decision", data={"path": "/no/such", "item": "V01", "verdict": "pass",
                                            "reviewer": "张三"})
    assert r.status_code == 404 and "没有这个案卷" in r.text
    r = client.get("/export/review.docx", params={"path": "/no/such"})
    assert r.status_code == 404


# --- decisions ------------------------------------------------------------------------------------

def test_decision_changes_score_and_appends_history(client, cases, sample):
    db, _ = sample
    path = cases["case-01"]
    before = client.get("/case", params={"path": path}).text
    item = machine_item(db, path, "needs_review", "document")
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "fail",
                                            "points_lost": "", "reviewer": "李评查",
                                            "reason": "未载明"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"].startswith("/case?") and r.headers["location"].endswith(
        f"#item-{item}")
    assert "reviewer=" in r.headers.get("set-cookie", "")
    after = client.get(r.headers["location"].split("#")[0]).text
    assert pending_of(after) == pending_of(before) - 1
    assert score_of(after) != score_of(before)  # a lost item lowers the highest reachable score
    row = item_row(after, item)
    assert "李评查" in row and "未载明" in row and "评查记录（1）" in row
    # Changing one's own decision needs a reason; then history keeps both.
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "pass",
                                            "reviewer": "李评查"}, follow_redirects=False)
    assert r.status_code == 400 and any("此前的评查结论" in e for e in form_errors(r.text))
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "pass",
                                            "reviewer": "王复核", "reason": "补充材料已载明"},
                    follow_redirects=False)
    assert r.status_code == 303
    again = client.get("/case", params={"path": path}).text
    row = item_row(again, item)
    assert "评查记录（2）" in row and "王复核" in row and "李评查" in row
    store = Store(db)
    history = store.decisions(path, item)
    store.close()
    assert [(d["reviewer"], d["verdict"]) for d in history] == [("李评查", "fail"),
                                                                 ("王复核", "pass")]


def test_confirming_the_machine_needs_no_reason(client, cases, sample):
    db, _ = sample
    path = cases["case-04.zip"]
    item = machine_item(db, path, "pass", "veto")
    r = client.post("/case/decision", data={"path": path, "item": item, "action": "confirm",
                                            "reviewer": "张三"}, follow_redirects=False)
    assert r.status_code == 303
    row = item_row(client.get("/case", params={"path": path}).text, item)
    assert "张三" in row and '<span class="warn">改判</span>' not in row
    store = Store(db)
    [decision] = store.decisions(path, item)
    store.close()
    assert decision["verdict"] == "pass" and decision["machine_verdict"] == "pass"


def test_overruling_without_reason_is_rejected(client, cases, sample):
    db, _ = sample
    path = cases["case-05"]
    item = machine_item(db, path, "pass", "document")
    before = client.get("/case", params={"path": path}).text
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "fail",
                                            "points_lost": "0.5", "reviewer": "张三",
                                            "reason": "  "}, follow_redirects=False)
    assert r.status_code == 400
    assert form_errors(r.text) == ["与机器结论（通过）不同，请写明改判理由。"]
    row = item_row(r.text, item)  # the form again, with what was typed
    assert 'value="fail" selected' in row and 'value="0.5"' in row
    store = Store(db)
    assert store.decisions(path, item) == []
    store.close()
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "fail",
                                            "points_lost": "0.5", "reviewer": "张三",
                                            "reason": "落款日期与送达日期矛盾"},
                    follow_redirects=False)
    assert r.status_code == 303
    after = client.get("/case", params={"path": path}).text
    row = item_row(after, item)
    assert '<span class="warn">改判</span>' in row and "落款日期与送达日期矛盾" in row
    assert "−0.5" in row
    assert score_of(after) != score_of(before)


def test_decision_form_validation(client, cases, sample):
    db, _ = sample
    path = cases["case-21"]
    item = machine_item(db, path, "needs_review", "document")
    points = checklist_for("general_penalty").item(item).points

    client.cookies.clear()  # no remembered reviewer

    def post(**data):
        return client.post("/case/decision", data={"path": path, "item": item, **data},
                           follow_redirects=False)

    assert form_errors(post(verdict="pass").text) == ["请填写评查人员姓名。"]
    assert "请选择结论" in form_errors(post(verdict="", reviewer="张三").text)[0]
    assert "请选择结论" in form_errors(post(verdict="maybe", reviewer="张三").text)[0]
    assert "不能超过本项分值" in form_errors(
        post(verdict="fail", points_lost=str(points + 1), reviewer="张三").text)[0]
    assert "不能为负" in form_errors(post(verdict="fail", points_lost="-1", reviewer="张三").text)[0]
    assert "必须是数字" in form_errors(post(verdict="fail", points_lost="一分", reviewer="张三").text)[0]
    assert "只有结论为“不通过”" in form_errors(
        post(verdict="pass", points_lost="1", reviewer="张三").text)[0]
    assert "无法“确认”" in form_errors(post(action="confirm", reviewer="张三").text)[0]
    veto = machine_item(db, path, "needs_review", "veto")
    r = client.post("/case/decision", data={"path": path, "item": veto, "verdict": "fail",
                                            "reviewer": "张三"}, follow_redirects=False)
    assert form_errors(r.text) == ["认定否决项须写明认定的具体理由。"]
    r = client.post("/case/decision", data={"path": path, "item": "NO-SUCH", "verdict": "pass",
                                            "reviewer": "张三"}, follow_redirects=False)
    assert r.status_code == 400 and "检查表中没有此项" in r.text
    store = Store(db)
    assert store.decisions(path) == []
    store.close()


def test_reviewer_name_is_remembered_and_text_is_escaped(client, cases, sample):
    db, _ = sample
    path = cases["case-21"]
    r = client.post("/reviewer", data={"reviewer": "赵评查", "next": "//evil.example/"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/"
    page = client.get("/case", params={"path": path}).text
    assert 'name="reviewer" value="赵评查"' in page
    item = machine_item(db, path, "needs_review", "basic")
    evil = "<script>alert('x')</script>"
    r = client.post("/case/decision", data={"path": path, "item": item, "verdict": "na",
                                            "reason": evil}, follow_redirects=False)
    assert r.status_code == 303  # the reviewer came from the cookie
    page = client.get("/case", params={"path": path}).text
    assert evil not in page and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "赵评查" in item_row(page, item)


# --- page view ----------------------------------------------------------------------------------

def _fact_link(client, path: str, field: str = "party") -> dict:
    page = client.get("/case", params={"path": path}).text
    row = page[page.index(f'id="fact-{field}"'):]
    link = html.unescape(re.search(r'href="(/page\?[^"]+)"', row).group(1))
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}


def test_page_view_and_png_image(client, cases):
    from PIL import Image

    params = _fact_link(client, cases["case-01"])
    r = client.get("/page", params=params)
    assert r.status_code == 200
    box = re.search(r'class="hl" style="left: ([\d.]+)%; top: ([\d.]+)%; width: ([\d.]+)%; '
                    r'height: ([\d.]+)%', r.text)
    assert box and all(0 <= float(v) <= 100 for v in box.groups())
    img = html.unescape(re.search(r'<img src="([^"]+)"', r.text).group(1))
    r = client.get(img)
    assert r.status_code == 200 and r.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(r.content))
    assert image.format == "PNG" and image.width > 800  # A4 at 1.5× is about 893 px wide
    # A source inside a zip case file renders too.
    params = _fact_link(client, cases["case-04.zip"])
    assert params["source"].endswith(".pdf") and "/" in params["source"]
    r = client.get("/page/image", params={k: params[k] for k in ("path", "source", "page")})
    assert r.status_code == 200 and r.content[:8] == b"\x89PNG\r\n\x1a\n"
    # Evidence without a box: the page finds the quoted text.
    params["text"] = "当事人"
    params.pop("box", None)
    r = client.get("/page", params=params)
    assert r.status_code == 200 and 'class="hl"' in r.text


def test_docx_page_shows_text_with_the_match_marked(client, cases):
    params = _fact_link(client, cases["case-05"])
    assert params["source"].endswith(".docx")
    r = client.get("/page", params=params)
    assert r.status_code == 200
    assert "<mark>" in r.text and "重庆巴滨塑胶制品有限公司" in r.text
    assert client.get("/page/image", params={k: params[k] for k in ("path", "source", "page")}
                      ).status_code == 404


def test_no_file_outside_the_stored_case_files(client, cases, tmp_path):
    case01 = cases["case-01"]
    secret = Path(case01) / "secret.pdf"  # a file in the folder that no document came from
    shutil.copy(Path(case01) / "01-现场检查笔录.pdf", secret)
    outside = tmp_path / "outside.pdf"
    shutil.copy(Path(case01) / "01-现场检查笔录.pdf", outside)
    bad = [
        {"path": case01, "source": "../../../../etc/passwd", "page": "1"},
        {"path": case01, "source": "/etc/passwd", "page": "1"},
        {"path": case01, "source": "secret.pdf", "page": "1"},
        {"path": case01, "source": str(outside), "page": "1"},
        {"path": case01, "source": "../case-05/01-现场检查笔录.docx", "page": "1"},
        {"path": case01 + "/../case-05", "source": "01-现场检查笔录.docx", "page": "1"},
        {"path": "/etc", "source": "passwd", "page": "1"},
        {"path": str(outside), "source": "outside.pdf", "page": "1"},
        {"path": cases["case-04.zip"], "source": "../case-04.zip", "page": "1"},
    ]
    try:
        for params in bad:
            for url in ("/page", "/page/image"):
                r = client.get(url, params=params)
                assert r.status_code == 404, (url, params)
                assert "image/png" not in r.headers["content-type"]
    finally:
        secret.unlink()
    good = {"path": case01, "source": "01-现场检查笔录.pdf"}
    assert client.get("/page/image", params={**good, "page": "0"}).status_code == 400
    assert client.get("/page/image", params={**good, "page": "abc"}).status_code == 400
    assert client.get("/page/image", params={**good, "page": "99"}).status_code == 404
    assert client.get("/page", params={**good, "page": "99"}).status_code == 404
    assert client.get("/page", params={**good, "page": "1", "box": "1,2,x,4"}).status_code == 200


# --- downloads and runs -------------------------------------------------------------------------

def test_summary_xlsx_download(client, cases, sample):
    from openpyxl import load_workbook

    from review.outputs import current_check

    r = client.get("/export/summary.xlsx")
    assert r.status_code == 200 and "spreadsheetml" in r.headers["content-type"]
    assert "filename*=UTF-8''" in r.headers["content-disposition"]
    rows = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
    assert rows[0][0] == "案卷" and [row[0] for row in rows[1:]] == list(SAMPLE_CASES)
    score_col = rows[0].index("得分")
    store = Store(sample[0])
    for row in rows[1:]:
        check = current_check(store, cases[row[0]])  # reviewer decisions applied
        assert row[score_col] == check["score"]
    store.close()
    filtered = client.get("/export/summary.xlsx?f=errors")
    rows = list(load_workbook(io.BytesIO(filtered.content)).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["case-21"]


def test_review_docx_download(client, cases, sample):
    import docx

    db, _ = sample
    path = cases["case-04.zip"]
    item = machine_item(db, path, "needs_review", "document")
    client.post("/case/decision", data={"path": path, "item": item, "verdict": "na",
                                        "reviewer": "张三", "reason": "无此类证据"})
    r = client.get("/export/review.docx", params={"path": path})
    assert r.status_code == 200 and "wordprocessingml" in r.headers["content-type"]
    document = docx.Document(io.BytesIO(r.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "生态环境行政执法案卷评查表" in text
    cells = {}
    for table in document.tables[1:]:
        for row in table.rows:
            cells[row.cells[0].text] = [c.text for c in row.cells]
    assert cells[item][2] == "不适用"  # the reviewer's verdict, not the machine's 待评查
    assert cells[item][1] == checklist_for("general_penalty").item(item).text


def test_runs_page(client):
    r = client.get("/runs")
    assert r.status_code == 200
    assert 'id="run-1"' in r.text and "完成" in r.text and "处理 4" in r.text


# --- re-review ------------------------------------------------------------------------------------

def test_rereview_banner_and_clearing_it(tmp_path):
    db, cases = build_db(tmp_path, names=("case-05",))
    path = cases["case-05"]
    with TestClient(create_app(db)) as c:
        item = machine_item(db, path, "needs_review", "document")
        assert c.post("/case/decision", data={"path": path, "item": item, "verdict": "pass",
                                              "reviewer": "张三"},
                      follow_redirects=False).status_code == 303
        # A document is added to the case file after the review; the next run marks it.
        shutil.copy(Path(path) / "01-现场检查笔录.docx", Path(path) / "99-补充检查笔录.docx")
        run_batch([str(tmp_path / "cases")], db=db, jobs=1)
        assert listed(c.get("/?f=rereview").text) == ["case-05"]
        page = c.get("/case", params={"path": path}).text
        assert 'id="rereview"' in page and "新增文件：99-补充检查笔录.docx" in page
        r = c.post("/case/rereview", data={"path": path, "reviewer": "张三", "reason": ""},
                   follow_redirects=False)
        assert r.status_code == 400 and "请写明重新评查的情况" in r.text
        r = c.post("/case/rereview", data={"path": path, "reviewer": "张三",
                                           "reason": "补充笔录与原笔录一致，结论不变"},
                   follow_redirects=False)
        assert r.status_code == 303
        page = c.get(r.headers["location"]).text
        assert 'id="rereview"' not in page
        assert "清除重新评查标记" in page and "补充笔录与原笔录一致，结论不变" in page
        assert listed(c.get("/?f=rereview").text) == []
        # The decision made before stays.
        assert "评查记录（1）" in item_row(page, item)


def test_a_case_of_unknown_kind_is_shown_and_listed_as_pending(tmp_path):
    """A case file whose kind the machine could not tell (no decision, seizure or transfer
    found) has no checklist items: the page says so and the list counts it for a reviewer."""
    db = str(tmp_path / "unknown.sqlite")
    store = Store(db)
    store.migrate()
    path = str(tmp_path / "零散材料")
    store.save_case(None, {"case_file": path, "party": "某公司", "documents": [],
                           "in_review_window": None, "errors": []},
                    {"a.pdf": "0" * 64}, facts=[],
                    check={"case_file": path, "kind": None, "checklist": None, "score": None,
                           "score_range": [0, 100], "veto": [], "provisional": True,
                           "items": [], "note": "未能判断案卷类型，需人工评查"})
    store.close()
    with TestClient(create_app(db)) as c:
        assert listed(c.get("/?f=pending").text) == ["零散材料"]
        assert listed(c.get("/?f=outside").text) == ["零散材料"]  # no measure date: unknown
        page = c.get("/case", params={"path": path})
        assert page.status_code == 200 and "未能判断案卷类型，需人工评查" in page.text
        assert score_of(page.text) == "—"
        assert c.get("/export/review.docx", params={"path": path}).status_code == 200


def test_the_app_on_either_database(tmp_path, db_url):  # noqa: F811
    """The same pages on SQLite and (in CI) PostgreSQL: list, case, a decision, downloads."""
    folder = tmp_path / "cases"
    shutil.copytree(SAMPLES / "case-05", folder / "case-05")
    run_batch([str(folder)], db=db_url, jobs=1)
    path = str(folder / "case-05")
    item = machine_item(db_url, path, "needs_review", "document")
    with TestClient(create_app(db_url)) as c:
        assert listed(c.get("/?f=pending&q=巴滨").text) == ["case-05"]
        before = c.get("/case", params={"path": path}).text
        r = c.post("/case/decision", data={"path": path, "item": item, "verdict": "fail",
                                           "reviewer": "张三"}, follow_redirects=False)
        assert r.status_code == 303
        after = c.get("/case", params={"path": path}).text
        assert pending_of(after) == pending_of(before) - 1 and "张三" in item_row(after, item)
        assert c.get("/export/summary.xlsx").status_code == 200
        assert c.get("/runs").status_code == 200
