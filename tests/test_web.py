"""The web pages in a real headless Chromium (Debian's) against a real `kehoach serve` on 127.0.0.1."""
from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from live_server import server_fixture

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PDF = "001_c5e464c71dd820ff.pdf"


server = server_fixture("web")

@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("the browser test needs Debian's Chromium: apt-get install -y chromium (scripts/setup does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="vi-VN")
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def test_upload_pdf_see_tasks_mark_done_and_filter_the_tracker(server, page, corpus):
    from playwright.sync_api import expect

    page.goto(f"{server.url}/")
    page.set_input_files("#file-input", corpus / "pdf" / PDF)
    expect(page.locator("#chosen li")).to_have_count(1)
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/\d+$"), timeout=180_000)
    doc_id = int(page.url.rsplit("/", 1)[1])
    record = httpx.get(f"{server.url}/api/documents/{doc_id}").json()
    assert record["source"]["format"] == "pdf" and record["tasks"]

    expect(page.locator("#doc-number")).to_have_text(record["number"])
    rows = page.locator("#tasks tr.task-row")
    expect(rows).to_have_count(len(record["tasks"]))
    if record["tasks"][0]["group"]:
        expect(page.locator("#tasks tr.group-row").first).to_have_text(record["tasks"][0]["group"])
    expect(rows.first).to_contain_text(record["tasks"][0]["name"][:40])
    expect(page.locator("#source .spans")).to_be_visible()

    overdue = page.locator("#tasks tr.task-row.overdue")
    task_id = int((overdue.first if overdue.count() else rows.first).get_attribute("data-task-id"))
    target = page.locator(f'#tasks tr[data-task-id="{task_id}"]')
    target.locator("select[name=status]").select_option("done")
    expect(target.locator(".status-msg")).to_have_text("Đã lưu")
    expect(target).to_have_attribute("data-status", "done")
    expect(target).not_to_have_class(re.compile(r"\boverdue\b"))
    task = httpx.get(f"{server.url}/api/tasks/{task_id}").json()
    assert task["status"] == "done"
    assert (task["history"][-1]["previous"], task["history"][-1]["status"]) == ("todo", "done")

    page.goto(f"{server.url}/tasks")
    expect(page.locator("#total")).to_have_text(str(len(record["tasks"])))
    page.select_option("#task-filters select[name=status]", "done")
    page.click("#task-filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=done"))
    expect(page.locator("#tracker tr.task-row")).to_have_count(1)
    expect(page.locator("#tracker tr.task-row")).to_have_attribute("data-task-id", str(task_id))

    page.goto(f"{server.url}/tasks")
    page.check("#task-filters input[name=overdue]")
    page.click("#task-filters button[type=submit]")
    page.wait_for_url(re.compile(r"overdue=1"))
    expected = httpx.get(f"{server.url}/api/tasks", params={"overdue": "true"}).json()["total"]
    expect(page.locator("#total")).to_have_text(str(expected))
    if expected:
        expect(page.locator("#tracker tr.task-row.overdue .overdue-badge").first).to_be_visible()
    assert str(task_id) not in [r.get_attribute("data-task-id") for r in page.locator("#tracker tr.task-row").all()]


def test_drag_and_drop_upload_and_escaped_text(server, page, corpus):
    from playwright.sync_api import expect

    text = (corpus / "seeds" / "000_6724172b0ca23b41.txt").read_text(encoding="utf-8")
    marker = "Tham mưu Quyết định thành lập Đoàn kiểm tra;"
    evil = text.replace(marker, "Tham mưu Quyết định <script>window.kehoachXss=1</script> thành lập Đoàn kiểm tra;")
    page.goto(f"{server.url}/")
    dropped = page.evaluate_handle(
        "(text) => { const d = new DataTransfer();"
        " d.items.add(new File([text], 'ke-hoach.txt', {type: 'text/plain'})); return d; }", evil)
    page.dispatch_event("#dropzone", "drop", {"dataTransfer": dropped})
    expect(page.locator("#chosen li")).to_contain_text("ke-hoach.txt")
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(re.compile(r"/documents/\d+$"))
    expect(page.locator("#tasks")).to_contain_text("<script>window.kehoachXss=1</script>")
    expect(page.locator("#source")).to_contain_text("<script>window.kehoachXss=1</script>")
    assert page.evaluate("typeof window.kehoachXss") == "undefined"


def test_unreadable_upload_shows_the_reason(server, page, tmp_path):
    from playwright.sync_api import expect

    bad = tmp_path / "anh.bin"
    bad.write_bytes(bytes(range(256)) * 8)
    page.goto(f"{server.url}/")
    page.set_input_files("#file-input", bad)
    page.click("#upload-form button[type=submit]")
    expect(page.locator("table.grid")).to_contain_text("nhị phân")
    expect(page.locator("table.grid")).to_contain_text("binary data")
