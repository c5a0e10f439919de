"""End to end in a real browser: uvicorn serving the app on a free port over a database filled by
`run_batch`, Debian's chromium driven headless by Playwright. A reviewer filters the list,
opens a case, follows a fact to its page and sees the box, confirms one item and overrules
another (first without a reason), and sees the score and the history change.

Without chromium these tests skip; with the environment variable CI set they fail instead.
WEB_CHROMIUM=path uses another chromium binary; WEB_SCREENSHOTS=folder keeps screenshots.
"""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from tests.test_web import build_db, machine_item

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _unavailable(message: str):
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: the browser tests must run here)")
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser():
    wanted = os.environ.get("WEB_CHROMIUM")  # another browser binary, if need be
    path = wanted or (CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium"))
    if not path or not Path(path).exists():
        _unavailable(f"chromium is not installed at {path or CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright Python package is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from web.app import create_app

    db, cases = build_db(tmp_path_factory.mktemp("e2e"), names=("case-01", "case-05", "case-21"))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield {"url": f"http://127.0.0.1:{port}", "db": db, "cases": cases}
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _shot(page, name: str) -> None:
    folder = os.environ.get("WEB_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=False)


def _listed(page) -> list[str]:
    return page.locator("table.cases td.name a").all_inner_texts()


def test_list_filter_search_and_open_a_case(page, server):
    page.goto(server["url"] + "/")
    assert page.locator("h1").inner_text() == "案卷列表"
    assert _listed(page) == ["case-01", "case-05", "case-21"]
    # A filter applies on click.
    with page.expect_navigation():
        page.locator("label.chip", has_text="有读取问题").click()
    assert _listed(page) == ["case-21"]
    assert page.locator("input[name=f][value=errors]").is_checked()
    with page.expect_navigation():
        page.locator("label.chip", has_text="有读取问题").click()
    assert len(_listed(page)) == 3
    # Search by party.
    page.fill("input[name=q]", "巴澜精工")
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    assert _listed(page) == ["case-01"]
    _shot(page, "list")
    with page.expect_navigation():
        page.click("table.cases td.name a")
    assert "/case?" in page.url
    assert page.locator("h1").inner_text() == "渝（巴南）环罚〔2025〕19号"
    assert page.locator("#score-value").inner_text().startswith("待定")


def test_fact_link_opens_the_page_with_the_box(page, server):
    from urllib.parse import urlencode

    page.goto(server["url"] + "/case?" + urlencode({"path": server["cases"]["case-01"]}))
    link = page.locator("#fact-party a.origin").first
    with page.expect_navigation():
        link.click()
    assert "/page?" in page.url
    image = page.locator("#page-image")
    image.wait_for()
    page.wait_for_function("document.getElementById('page-image').complete "
                           "&& document.getElementById('page-image').naturalWidth > 0")
    box = page.locator(".sheet .hl").first
    assert box.is_visible()
    img, hl = image.bounding_box(), box.bounding_box()
    assert hl["width"] > 20 and hl["height"] > 5
    assert img["x"] <= hl["x"] and hl["x"] + hl["width"] <= img["x"] + img["width"] + 1
    assert img["y"] <= hl["y"] and hl["y"] + hl["height"] <= img["y"] + img["height"] + 1
    assert "当事人" in page.locator(".quoteline").inner_text()
    _shot(page, "page-view")


def test_confirm_and_overrule_items_and_see_the_score_change(page, server):
    from urllib.parse import urlencode

    db, path = server["db"], server["cases"]["case-01"]
    confirm_id = machine_item(db, path, "pass", "veto")
    overrule_id = machine_item(db, path, "pass", "document")
    pending_id = machine_item(db, path, "needs_review", "document")
    page.goto(server["url"] + "/case?" + urlencode({"path": path}))
    # Who is reviewing: saved once in the header, remembered by the forms.
    page.fill("header .who input[name=reviewer]", "陈评查")
    with page.expect_navigation():
        page.click("header .who button")
    assert page.locator("header .who input[name=reviewer]").input_value() == "陈评查"
    score_before = page.locator("#score-value").inner_text()
    pending_before = int(page.locator("#pending-count").inner_text())

    # Confirm the machine's verdict.
    row = page.locator(f"#item-{confirm_id}")
    with page.expect_navigation():
        row.locator("button[value=confirm]").click()
    row = page.locator(f"#item-{confirm_id}")
    assert "陈评查" in row.locator("td.now").inner_text()
    assert "评查记录（1）" in row.inner_text()

    # Overrule another: without a reason the form comes back with the message.
    row = page.locator(f"#item-{overrule_id}")
    row.locator("select[name=verdict]").select_option("fail")
    with page.expect_navigation():
        row.locator("button[value=save]").click()
    row = page.locator(f"#item-{overrule_id}")
    error = row.locator(".form-error")
    assert error.is_visible() and "请写明改判理由" in error.inner_text()
    assert row.locator("select[name=verdict]").input_value() == "fail"
    assert page.locator("#score-value").inner_text() == score_before
    row.locator("input[name=reason]").fill("复议期限告知有误")
    with page.expect_navigation():
        row.locator("button[value=save]").click()
    row = page.locator(f"#item-{overrule_id}")
    assert "改判" in row.locator("td.now").inner_text()
    assert page.locator(".form-error").count() == 0
    score_after = page.locator("#score-value").inner_text()
    assert score_after != score_before
    history = row.locator("details.history")
    history.locator("summary").click()
    assert "复议期限告知有误" in history.inner_text() and "陈评查" in history.inner_text()

    # Deciding a pending item lowers the pending count.
    row = page.locator(f"#item-{pending_id}")
    row.locator("select[name=verdict]").select_option("pass")
    with page.expect_navigation():
        row.locator("button[value=save]").click()
    assert int(page.locator("#pending-count").inner_text()) == pending_before - 1
    assert page.locator("#decided-count").inner_text() == "3"
    page.locator(f"#item-{overrule_id}").scroll_into_view_if_needed()
    _shot(page, "case")
