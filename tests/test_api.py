"""The JSON API and the pages against a real `kehoach serve` (uvicorn on 127.0.0.1) and a real SQLite file."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import zipfile

import pytest
from live_server import server_fixture

from extractor.text import strip_accents
from store import db as store

SEEDS = ["000_6724172b0ca23b41.txt", "001_c5e464c71dd820ff.txt", "004_c82f168839780410.txt"]
TOKEN = "kiem-tra-token-123"


server = server_fixture("api", max_upload_mb=1)  # its own: uploads the seeds and counts documents

@pytest.fixture(scope="module")
def stored(client, corpus) -> dict[str, dict]:
    """Three seed plans uploaded through the API: file name -> record."""
    out = {}
    for name in SEEDS:
        r = client.post("/api/documents", files={"file": (name, (corpus / "seeds" / name).read_bytes())})
        assert r.status_code == 201, r.text
        out[name] = r.json()
    return out


def all_tasks(client, **params) -> list[dict]:
    """Every task matching the filters, page by page."""
    items, offset = [], 0
    while True:
        page = client.get("/api/tasks", params={**params, "limit": 200, "offset": offset})
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        offset += 200
        if offset >= body["total"]:
            assert len(items) == body["total"]
            return items


def assert_bilingual(response, status: int) -> dict:
    """The error has the status and a message in Vietnamese and in English."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["message"]["vi"] and body["message"]["en"]
    assert body["message"]["vi"] != body["message"]["en"]
    assert body["message"]["vi"] in body["detail"] and body["message"]["en"] in body["detail"]
    return body


# ---------------------------------------------------------------- documents


def test_upload_returns_the_extracted_record_with_its_id(client, stored, corpus):
    from extractor.pipeline import extract

    name = SEEDS[0]
    data = (corpus / "seeds" / name).read_bytes()
    record = stored[name]
    expected = extract(data, name).to_json_dict()
    assert isinstance(record["id"], int)
    for key in ("number", "issued_date", "province", "title", "period_year"):
        assert record[key] == expected[key]
    assert record["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert len(record["tasks"]) == len(expected["tasks"])
    assert client.get(f"/api/documents/{record['id']}").json() == record
    tasks = client.get("/api/tasks", params={"document": record["id"], "limit": 1000}).json()
    assert tasks["total"] == len(record["tasks"])
    assert [t["name"] for t in tasks["items"]] == [t["name"] for t in record["tasks"]]
    assert all(t["status"] == "todo" and t["document_number"] == record["number"]
               and t["province"] == record["province"] for t in tasks["items"])


def test_same_file_again_gives_200_and_the_existing_id(client, stored, corpus):
    before = client.get("/api/documents").json()["total"]
    name = SEEDS[1]
    again = client.post("/api/documents", files={"file": ("renamed.txt", (corpus / "seeds" / name).read_bytes())})
    assert again.status_code == 200
    assert again.json()["id"] == stored[name]["id"]
    assert client.get("/api/documents").json()["total"] == before


def test_original_file_comes_back_byte_for_byte_with_its_type(client, stored, corpus):
    name = SEEDS[2]
    r = client.get(f"/api/documents/{stored[name]['id']}/file")
    assert r.status_code == 200
    assert r.content == (corpus / "seeds" / name).read_bytes()
    assert r.headers["content-type"].startswith("text/plain")
    assert name in r.headers["content-disposition"]


def test_pdf_upload_is_read_and_served_as_pdf(client, corpus):
    data = (corpus / "pdf" / "000_6724172b0ca23b41.pdf").read_bytes()
    r = client.post("/api/documents", files={"file": ("Kế hoạch 952.pdf", data, "application/pdf")})
    assert r.status_code == 201, r.text
    record = r.json()
    assert record["source"]["format"] == "pdf" and record["source"]["pages"] >= 1
    f = client.get(f"/api/documents/{record['id']}/file")
    assert f.headers["content-type"] == "application/pdf" and f.content == data
    assert "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%20952.pdf" in f.headers["content-disposition"]


@pytest.mark.parametrize(("name", "data", "status", "vi_words"), [
    ("anh.bin", bytes(range(256)) * 8, 415, "nhị phân"),
    ("rong.txt", b"", 422, "rỗng"),
    ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, 415, ".doc"),
    ("hong.pdf", b"%PDF-1.7\n" + b"not really a pdf " * 40, 422, "PDF"),
])
def test_unreadable_files_get_a_clear_message_in_both_languages(client, server, name, data, status, vi_words):
    before = client.get("/api/documents").json()["total"]
    body = assert_bilingual(client.post("/api/documents", files={"file": (name, data)}), status)
    assert name in body["message"]["vi"] and name in body["message"]["en"]
    assert vi_words in body["message"]["vi"]
    assert client.get("/api/documents").json()["total"] == before
    db = store.open_db(server.db)
    try:
        assert name in [f["file"] for f in store.list_failures(db)["items"]]
    finally:
        db.close()


def test_a_zip_that_is_not_a_word_file_is_refused(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "Kế hoạch")
    body = assert_bilingual(client.post("/api/documents", files={"file": ("goi.zip", buf.getvalue())}), 415)
    assert "zip" in body["message"]["vi"]


def test_upload_over_the_size_limit_gets_413(client):
    before = client.get("/api/documents").json()["total"]
    big = ("Kế hoạch số 1/KH-UBND\n" * 60_000).encode()  # about 1.4 MB, over the server's 1 MB
    assert_bilingual(client.post("/api/documents", files={"file": ("lon.txt", big)}), 413)
    assert client.get("/api/documents").json()["total"] == before


def test_chunked_upload_over_the_limit_gets_413_too(client):
    """Without a Content-Length the limit is checked on the bytes received."""
    boundary = "kehoachboundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    parts = [head] + [b"Ke hoach so 1/KH-UBND\n" * 10_000] * 6 + [f"\r\n--{boundary}--\r\n".encode()]
    r = client.post("/api/documents", content=iter(parts),
                    headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert_bilingual(r, 413)


def test_upload_without_a_file_is_a_422(client):
    body = assert_bilingual(client.post("/api/documents", data={"other": "x"}), 422)
    assert body["errors"][0]["loc"][-1] == "file"


def test_document_filters(client, stored):
    docs = list(stored.values())
    everything = client.get("/api/documents", params={"limit": 1000}).json()
    assert everything["total"] >= len(docs) and all("id" in d for d in everything["items"])
    for record in docs:
        by_province = client.get("/api/documents", params={"province": record["province"]}).json()
        assert record["id"] in [d["id"] for d in by_province["items"]]
        assert all(record["province"] in (d["province"], d["province_2025"]) for d in by_province["items"])
        by_year = client.get("/api/documents", params={"year": record["period_year"]}).json()
        assert record["id"] in [d["id"] for d in by_year["items"]]
        assert all(d["period_year"] == record["period_year"] for d in by_year["items"])
        words = strip_accents(record["title"]).lower().split()[-4:]
        by_words = client.get("/api/documents", params={"q": " ".join(words)}).json()
        assert record["id"] in [d["id"] for d in by_words["items"]]
    other = client.get("/api/documents", params={"doc_type": "chi_thi"}).json()
    assert all(d["doc_type"] == "chi_thi" for d in other["items"])
    assert not {d["id"] for d in other["items"]} & {r["id"] for r in docs if r["doc_type"] != "chi_thi"}
    first, second = (client.get("/api/documents", params={"limit": 1, "offset": i}).json() for i in (0, 1))
    assert first["total"] == second["total"] and first["items"][0]["id"] != second["items"][0]["id"]


def test_missing_document_is_404_and_bad_ids_are_422(client):
    assert_bilingual(client.get("/api/documents/987654"), 404)
    assert_bilingual(client.get("/api/documents/987654/file"), 404)
    assert_bilingual(client.get(f"/api/documents/{2**70}"), 422)
    assert_bilingual(client.get("/api/documents/abc"), 422)


# ---------------------------------------------------------------- tasks


def test_task_filters_province_unit_role_and_dates(client, stored):
    tasks = all_tasks(client)
    assert len(tasks) >= sum(len(r["tasks"]) for r in stored.values())
    record = stored[SEEDS[1]]
    in_province = all_tasks(client, province=record["province"])
    assert {t["id"] for t in in_province} >= {t["id"] for t in tasks if t["document_id"] == record["id"]}
    assert all(record["province"] in (t["province"], t["province_2025"]) for t in in_province)

    led = next(t for t in tasks if t["lead"] and t["support"])
    as_lead = all_tasks(client, unit=led["lead"][0], role="lead")
    assert led["id"] in {t["id"] for t in as_lead}
    assert all(led["lead_canonical"][0] in t["lead_canonical"] for t in as_lead)
    as_support = all_tasks(client, unit=led["support"][0], role="support")
    assert led["id"] in {t["id"] for t in as_support}
    assert all(led["support_canonical"][0] in t["support_canonical"] for t in as_support)

    dated = sorted({t["due"]["end"] for t in tasks if t["due"] and t["due"]["end"]})
    middle = dated[len(dated) // 2]
    before, after = all_tasks(client, due_before=middle), all_tasks(client, due_after=middle)
    assert before and after and all(t["due"]["end"] <= middle for t in before)
    assert all(t["due"]["end"] >= middle for t in after)
    assert {t["id"] for t in before} | {t["id"] for t in after} == {t["id"] for t in tasks
                                                                   if t["due"] and t["due"]["end"]}
    ongoing = all_tasks(client, kind="ongoing")
    assert ongoing and all(t["due"]["kind"] == "ongoing" and not t["overdue"] for t in ongoing)


def test_units_match_on_canonical_names(client, stored):
    full = {t["id"] for t in all_tasks(client, unit="Sở Thông tin và Truyền thông")}
    short = {t["id"] for t in all_tasks(client, unit="Sở TT&TT")}
    assert full and full == short


def test_overdue_means_past_due_and_not_done(client, stored):
    today = dt.date.today().isoformat()
    overdue = all_tasks(client, overdue="true")
    assert overdue, "the seed plans of 2020-2022 have dated tasks that are past due"
    for t in overdue:
        assert t["overdue"] and t["status"] != "done" and t["due"]["end"] < today
        assert t["due"]["kind"] not in ("ongoing", "periodic")
    rest = all_tasks(client, overdue="false")
    assert not any(t["overdue"] for t in rest)
    assert len(overdue) + len(rest) == client.get("/api/tasks").json()["total"]


def test_full_text_folds_diacritics(client, stored):
    task = next(t for t in all_tasks(client) if len(t["name"].split()) >= 4)
    words = strip_accents(task["name"]).lower().split()[:4]
    found = all_tasks(client, q=" ".join(words))
    assert task["id"] in {t["id"] for t in found}
    folded = [strip_accents(t["name"]).lower() for t in found]
    assert all(all(w in name for w in words) for name in folded)
    assert client.get("/api/tasks", params={"q": "zzqxv khongcotu"}).json()["total"] == 0


def test_sort_and_pages(client, stored):
    by_due = client.get("/api/tasks", params={"sort": "due", "limit": 1000}).json()["items"]
    ends = [t["due"]["end"] for t in by_due if t["due"] and t["due"]["end"]]
    assert ends == sorted(ends)
    desc = client.get("/api/tasks", params={"sort": "-due", "limit": 1}).json()["items"][0]
    assert desc["due"]["end"] == max(ends)
    a = client.get("/api/tasks", params={"limit": 5, "offset": 0}).json()
    b = client.get("/api/tasks", params={"limit": 5, "offset": 5}).json()
    assert a["total"] == b["total"] and not {t["id"] for t in a["items"]} & {t["id"] for t in b["items"]}


def test_patch_status_keeps_history(client, stored):
    task = client.get("/api/tasks", params={"document": stored[SEEDS[0]]["id"], "limit": 1}).json()["items"][0]
    r1 = client.patch(f"/api/tasks/{task['id']}", json={"status": "in_progress", "note": "Đang làm"})
    assert r1.status_code == 200 and r1.json()["status"] == "in_progress"
    r2 = client.patch(f"/api/tasks/{task['id']}", json={"status": "done"})
    assert r2.status_code == 200
    got = client.get(f"/api/tasks/{task['id']}").json()
    assert got["status"] == "done" and not got["overdue"]
    assert [(h["previous"], h["status"]) for h in got["history"]] == [("todo", "in_progress"),
                                                                       ("in_progress", "done")]
    assert got["history"][0]["note"] == "Đang làm"
    assert task["id"] in {t["id"] for t in all_tasks(client, status="done")}
    assert task["id"] not in {t["id"] for t in all_tasks(client, status="todo")}


@pytest.mark.parametrize("payload", [{"status": "finished"}, {}, {"status": "done", "extra": 1},
                                     {"status": "done", "note": "x" * 3000}, ["done"]])
def test_patch_with_bad_input_is_422(client, stored, payload):
    task_id = client.get("/api/tasks", params={"limit": 1}).json()["items"][0]["id"]
    body = assert_bilingual(client.patch(f"/api/tasks/{task_id}", json=payload), 422)
    assert body["errors"]


def test_patch_of_a_missing_task_is_404(client):
    assert_bilingual(client.patch("/api/tasks/99999999", json={"status": "done"}), 404)
    assert_bilingual(client.get("/api/tasks/99999999"), 404)


@pytest.mark.parametrize("params", [{"due_before": "31/12/2022"}, {"limit": 100000}, {"offset": -1},
                                    {"status": "xong"}, {"role": "chu_tri"}, {"overdue": "maybe"},
                                    {"sort": "danger; DROP TABLE tasks"}, {"document": 2**64}, {"kind": "soon"}])
def test_bad_task_filters_are_422_with_the_parameter_named(client, params):
    body = assert_bilingual(client.get("/api/tasks", params=params), 422)
    assert body["errors"][0]["loc"][-1] == next(iter(params))


# ---------------------------------------------------------------- token


token_server = server_fixture("api-token", name="token_server", token=TOKEN)

def test_writes_need_the_token_when_the_server_has_one(token_server, corpus):
    data = (corpus / "seeds" / SEEDS[0]).read_bytes()
    with token_server.client() as c:
        assert_bilingual(c.post("/api/documents", files={"file": ("a.txt", data)}), 401)
        r = c.post("/api/documents", files={"file": ("a.txt", data)}, headers={"Authorization": "Bearer wrong"})
        assert_bilingual(r, 401)
        assert c.get("/api/documents").json()["total"] == 0
        ok = c.post("/api/documents", files={"file": ("a.txt", data)},
                    headers={"Authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 201
        task_id = c.get("/api/tasks", params={"limit": 1}).json()["items"][0]["id"]
        assert_bilingual(c.patch(f"/api/tasks/{task_id}", json={"status": "done"}), 401)
        assert c.get(f"/api/tasks/{task_id}").json()["status"] == "todo"
        r = c.patch(f"/api/tasks/{task_id}", json={"status": "done"}, headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and r.json()["status"] == "done"
        form = c.post(f"/tasks/{task_id}/status", data={"status": "todo"}, follow_redirects=False)
        assert form.status_code == 401
        page = c.post("/upload", files={"files": ("b.txt", data + b"\n")}, headers={"Accept": "text/html"})
        assert page.status_code == 401 and "mã truy cập" in page.text.lower()


def test_writes_need_no_token_when_the_server_has_none(client, stored):
    task_id = client.get("/api/tasks", params={"limit": 1, "offset": 3}).json()["items"][0]["id"]
    assert client.patch(f"/api/tasks/{task_id}", json={"status": "in_progress"}).status_code == 200


# ---------------------------------------------------------------- pages


def test_pages_escape_extracted_text(client, corpus):
    text = (corpus / "seeds" / SEEDS[0]).read_text(encoding="utf-8")
    marker = "Tham mưu Quyết định thành lập Đoàn kiểm tra;"
    assert marker in text
    evil = text.replace(marker, "Tham mưu Quyết định <script>window.kehoachXss=1</script> thành lập Đoàn kiểm tra;")
    r = client.post("/api/documents", files={"file": ("xss.txt", evil.encode("utf-8"))})
    assert r.status_code == 201, r.text
    record = r.json()
    assert any("<script>" in t["name"] for t in record["tasks"]), "the task keeps the text as written"
    for url in (f"/documents/{record['id']}", "/tasks?q=tham+muu+quyet+dinh", f"/tasks?document={record['id']}"):
        html = client.get(url).text
        assert "&lt;script&gt;window.kehoachXss=1&lt;/script&gt;" in html
        assert "<script>window.kehoachXss" not in html
    source = client.get(f"/documents/{record['id']}").text.split('id="source"')[1]
    assert "&lt;script&gt;" in source and "<script>" not in source


def test_document_page_shows_header_tasks_and_highlighted_source(client, stored):
    record = stored[SEEDS[1]]
    html = client.get(f"/documents/{record['id']}").text
    assert record["number"] in html and record["signer"]["name"] in html
    assert html.count('class="task-row') == len(record["tasks"])
    group, headers = None, 0  # a group row opens each run of tasks of one group
    for t in record["tasks"]:
        headers += bool(t["group"] and t["group"] != group)
        group = t["group"]
    assert headers and html.count('class="group-row"') == headers
    for basis in record["legal_bases"]:
        assert basis["number"] in html
    source = html.split('id="source"')[1]
    assert 'class="spans"' in source and "SỐ" in source


def test_document_text_is_stored_and_a_row_without_it_is_read_once(client, server, stored, corpus):
    """Uploads keep their normalized text; a row stored before texts were kept gets it on first view."""
    from extractor.pipeline import extract_full

    db = store.open_db(server.db)
    try:
        assert "KẾ HOẠCH" in store.document_text(db, stored[SEEDS[0]]["id"])
        data = (corpus / "seeds" / "002_b77f8f801cd9945c.txt").read_bytes()
        doc_id, _ = store.add_document(db, extract_full(data, "cu.txt").plan, data)  # no text, as in schema 1
        assert store.document_text(db, doc_id) is None
        source = client.get(f"/documents/{doc_id}").text.split('id="source"')[1]
        assert 'class="spans"' in source
        assert store.document_text(db, doc_id) == extract_full(data, "cu.txt").text
    finally:
        db.close()


def test_tracker_page_filters_and_marks_overdue(client, stored):
    html = client.get("/tasks", params={"overdue": "1"}).text
    total = client.get("/api/tasks", params={"overdue": "true"}).json()["total"]
    assert re.search(rf'id="total">{total}<', html)
    rows = re.findall(r'<tr class="task-row( overdue)?"', html)
    assert rows and all(rows)
    bad_date = client.get("/tasks", params={"due_before": "không phải ngày"})
    assert bad_date.status_code == 200 and "không phải là ngày hợp lệ" in bad_date.text


def test_form_fallback_changes_status_and_goes_back(client, stored):
    task = client.get("/api/tasks", params={"limit": 1, "offset": 7}).json()["items"][0]
    r = client.post(f"/tasks/{task['id']}/status", data={"status": "done", "next": "/tasks?status=done"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/tasks?status=done"
    assert client.get(f"/api/tasks/{task['id']}").json()["status"] == "done"
    evil = client.post(f"/tasks/{task['id']}/status", data={"status": "todo", "next": "//evil.example/"},
                       follow_redirects=False)
    assert evil.headers["location"] == "/tasks"


def test_upload_form_with_several_files(client, corpus):
    files = [("files", ("a.txt", (corpus / "seeds" / SEEDS[0]).read_bytes())),
             ("files", ("x.bin", bytes(range(256)) * 4))]
    r = client.post("/upload", files=files, headers={"Accept": "text/html"})
    assert r.status_code == 200
    assert "Đã có sẵn" in r.text and "nhị phân" in r.text


def test_unknown_page_is_a_vietnamese_404(client):
    r = client.get("/documents/424242", headers={"Accept": "text/html"})
    assert r.status_code == 404 and "Không có văn bản số 424242" in r.text


def test_docs_and_pages_use_no_external_assets(client):
    for url in ("/docs", "/", "/tasks", "/documents"):
        html = client.get(url).text
        refs = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert refs and not [u for u in refs if re.match(r"(https?:)?//", u)], url
        for ref in refs:
            if ref.startswith(("/static", "/static-offline-docs")):
                assert client.get(ref).status_code == 200, ref
    spec = client.get("/openapi.json").json()
    assert {"/api/documents", "/api/documents/{doc_id}", "/api/documents/{doc_id}/file", "/api/tasks",
            "/api/tasks/{task_id}"} <= set(spec["paths"])
