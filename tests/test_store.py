"""The SQLite store: schema in a plain file, one row per file, tasks and parts, queries, tracking."""
import datetime as dt
import hashlib
import sqlite3

import pytest

from models import Deadline, Inspection, InspectionTarget, Issuer, LegalBasis, Plan, Task, TimeSpan
from store import db as store

TODAY = dt.date(2024, 6, 1)


def span(kind, end=None, start=None, text=None):
    return TimeSpan(text=text or kind, kind=kind, start=start, end=end)


def plan(number, province="Bến Tre", title="Kế hoạch kiểm soát thủ tục hành chính năm 2024", tasks=()):
    """A record as the extractor would give it, with the sha256 of its made-up file bytes."""
    data = f"{number} {province} {title} {[t.name for t in tasks]}".encode()
    p = Plan(doc_type="ke_hoach", number=number, province=province, title=title, period_year=2024,
             issuer=Issuer(name=f"Ủy ban nhân dân tỉnh {province}", level="tinh"),
             issued_date=dt.date(2024, 1, 15), tasks=list(tasks),
             legal_bases=[LegalBasis(kind="Nghị định", number="61/2018/NĐ-CP", date=dt.date(2018, 4, 23))],
             deadlines=[Deadline(text="trước ngày 15/3/2024", kind="date", end=dt.date(2024, 3, 15))],
             inspection=Inspection(targets=[InspectionTarget(name="Sở Tư pháp", level="tinh")]))
    p.source.file, p.source.format = f"{number.replace('/', '-')}.txt", "txt"
    p.source.sha256 = hashlib.sha256(data).hexdigest()
    return p, data


TASKS = [
    Task(ref="1", name="Triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
         lead=["Văn phòng UBND tỉnh"], support=["Sở Thông tin và Truyền thông", "UBND cấp huyện"],
         due=span("date", "2024-03-31")),
    Task(ref="2", name="Đào tạo đội ngũ cán bộ một cửa", lead=["Sở Nội vụ"],
         support=["Văn phòng UBND tỉnh"], due=span("quarter", "2024-09-30", "2024-07-01", "Quý III")),
    Task(ref="3", name="Theo dõi, đôn đốc việc thực hiện", lead=["Văn phòng UBND tỉnh"],
         due=span("ongoing", text="Thường xuyên")),
    Task(ref="4", name="Báo cáo kết quả định kỳ", lead=["Sở Nội vụ"], due=span("periodic", text="Hàng quý")),
    Task(ref="5", name="Rà soát quy trình nội bộ", lead=["Sở Tư pháp"], due=span("month", "2024-01-31")),
]


@pytest.fixture
def db(tmp_path):
    d = store.open_db(tmp_path / "k.db")
    yield d
    d.close()


@pytest.fixture
def filled(db):
    for p, data in [plan("10/KH-UBND", tasks=TASKS), plan("20/KH-UBND", "Bắc Kạn", "Kế hoạch chuyển đổi số",
                                                            tasks=TASKS[:2])]:
        store.add_document(db, p, data)
    return db


def test_database_is_a_plain_sqlite_file_in_wal_mode(tmp_path, db):
    store.add_document(db, *plan("1/KH-UBND", tasks=TASKS[:1]))
    db.close()
    conn = sqlite3.connect(tmp_path / "k.db")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "files", "legal_bases", "tasks", "task_units", "task_status_history", "deadlines",
            "inspection_targets", "failures", "meta", "tasks_fts", "documents_fts"} <= names
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(
        store.SCHEMA_VERSION)
    assert conn.execute("SELECT count(*) FROM tasks_fts WHERE tasks_fts MATCH 'hoa'").fetchone()[0] == 1
    conn.close()
    again = store.open_db(tmp_path / "k.db")  # reopening migrates nothing and keeps the data
    assert store.counts(again) == {"documents": 1, "tasks": 1, "failures": 0}
    again.close()


def test_newer_schema_is_refused_with_a_clear_message(tmp_path, db):
    db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(store.StoreError, match="newer"):
        store.open_db(tmp_path / "k.db")


def test_a_file_is_stored_once_with_its_record_parts_and_bytes(db):
    p, data = plan("10/KH-UBND", tasks=TASKS)
    doc_id, created = store.add_document(db, p, data)
    assert created
    assert store.add_document(db, p, data) == (doc_id, False)
    assert store.document_id_by_sha(db, hashlib.sha256(data).hexdigest()) == doc_id
    record = store.get_document(db, doc_id)
    assert record == {"id": doc_id, **p.to_json_dict()}
    assert store.counts(db) == {"documents": 1, "tasks": 5, "failures": 0}
    f = store.get_file(db, doc_id)
    assert f["data"] == data and f["media_type"] == "text/plain" and f["name"] == "10-KH-UBND.txt"
    units = list(db.query("SELECT unit, role FROM task_units tu JOIN tasks t ON t.id = tu.task_id "
                          "WHERE t.ref = '1' ORDER BY tu.id"))
    assert units == [{"unit": "Văn phòng UBND tỉnh", "role": "lead"},
                     {"unit": "Sở Thông tin và Truyền thông", "role": "support"},
                     {"unit": "UBND cấp huyện", "role": "support"}]
    assert db.execute("SELECT number, date FROM legal_bases").fetchall() == [("61/2018/NĐ-CP", "2018-04-23")]
    assert db.execute("SELECT kind, [end] FROM deadlines").fetchall() == [("date", "2024-03-15")]
    assert db.execute("SELECT name, level FROM inspection_targets").fetchall() == [("Sở Tư pháp", "tinh")]
    doc = store.list_documents(db)["items"][0]
    assert (doc["number"], doc["province_2025"], doc["task_count"]) == ("10/KH-UBND", "Vĩnh Long", 5)


def test_full_text_search_folds_diacritics(filled):
    names = [t["name"] for t in store.list_tasks(filled, q="so hoa")["items"]]
    assert names == [TASKS[0].name, TASKS[0].name]
    assert store.list_tasks(filled, q="dao tao doi ngu")["total"] == 2  # đ is folded too
    assert store.list_tasks(filled, q="Số HÓA")["total"] == 2
    assert store.list_tasks(filled, q="so hoa", document=1)["total"] == 1
    assert store.list_tasks(filled, q="khong co gi")["total"] == 0
    assert store.list_tasks(filled, q='"(*')["total"] == 7  # no words: no filter, no FTS syntax error
    assert [d["number"] for d in store.list_documents(filled, q="chuyen doi so")["items"]] == ["20/KH-UBND"]


def test_status_update_keeps_history(filled):
    task = store.list_tasks(filled, document=1, limit=1)["items"][0]
    assert task["status"] == "todo" and store.get_task(filled, task["id"])["history"] == []
    store.update_task_status(filled, task["id"], "in_progress", "đang làm")
    done = store.update_task_status(filled, task["id"], "done")
    assert done["status"] == "done" and done["note"] == "đang làm"
    assert [(h["previous"], h["status"], h["note"]) for h in done["history"]] == [
        ("todo", "in_progress", "đang làm"), ("in_progress", "done", None)]
    assert store.list_tasks(filled, status="done")["total"] == 1
    with pytest.raises(ValueError, match="unknown status"):
        store.update_task_status(filled, task["id"], "finished")
    assert store.update_task_status(filled, 9999, "done") is None
    assert store.get_task(filled, 9999) is None


def test_overdue_is_past_due_not_done_and_never_ongoing_or_periodic(filled):
    overdue = store.list_tasks(filled, overdue=True, today=TODAY, document=1)["items"]
    assert [t["ref"] for t in overdue] == ["1", "5"]
    assert all(t["overdue"] for t in overdue)
    store.update_task_status(filled, overdue[0]["id"], "done")
    assert [t["ref"] for t in store.list_tasks(filled, overdue=True, today=TODAY, document=1)["items"]] == ["5"]
    not_overdue = store.list_tasks(filled, overdue=False, today=TODAY, document=1)["items"]
    assert [t["ref"] for t in not_overdue] == ["1", "2", "3", "4"]
    later = store.list_tasks(filled, overdue=True, today="2030-01-01", document=1)["items"]
    assert [t["ref"] for t in later] == ["2", "5"]  # ongoing and periodic tasks never fall behind


def test_task_filters_sort_and_pages(filled):
    assert store.list_tasks(filled, province="Thái Nguyên")["total"] == 2  # Bắc Kạn files under it since 2025
    assert store.list_tasks(filled, province="tỉnh Bắc Kạn")["total"] == 2
    assert store.list_tasks(filled, province="Bến Tre")["total"] == 5
    lead = store.list_tasks(filled, unit="Văn phòng UBND tỉnh", role="lead")["items"]
    assert sorted(t["ref"] for t in lead) == ["1", "1", "3"]
    support = store.list_tasks(filled, unit="Văn phòng UBND tỉnh", role="support")
    assert support["total"] == 2 and {t["ref"] for t in support["items"]} == {"2"}
    assert store.list_tasks(filled, unit="Văn phòng UBND tỉnh")["total"] == 5
    window = store.list_tasks(filled, due_after="2024-02-01", due_before="2024-03-31")["items"]
    assert [t["ref"] for t in window] == ["1", "1"]
    assert store.list_tasks(filled, kind="quarter")["total"] == 2
    page = store.list_tasks(filled, sort="-due", limit=2, offset=1)
    assert page["total"] == 7 and [t["due"]["end"] for t in page["items"]] == ["2024-09-30", "2024-03-31"]
    first = store.list_tasks(filled, sort="due", limit=1)["items"][0]
    assert first["due"]["end"] == "2024-01-31" and first["document_number"] == "10/KH-UBND"
    assert store.list_tasks(filled, sort="due")["items"][-1]["due"]["kind"] in ("ongoing", "periodic")
    with pytest.raises(ValueError, match="unknown sort"):
        store.list_tasks(filled, sort="colour")
    with pytest.raises(ValueError, match="unknown role"):
        store.list_tasks(filled, unit="Sở Nội vụ", role="boss")


def test_document_filters(filled):
    assert store.list_documents(filled, province="Thái Nguyên")["total"] == 1
    assert store.list_documents(filled, year=2024, doc_type="ke_hoach")["total"] == 2
    assert store.list_documents(filled, year=2023)["total"] == 0
    assert [d["number"] for d in store.list_documents(filled, sort="-id")["items"]] == ["20/KH-UBND", "10/KH-UBND"]


def test_replacing_a_document_keeps_the_tracking_of_its_remaining_tasks(db):
    p, data = plan("10/KH-UBND", tasks=TASKS)
    doc_id, _ = store.add_document(db, p, data)
    first = store.list_tasks(db, limit=1)["items"][0]
    store.update_task_status(db, first["id"], "done", "xong")
    p.tasks = TASKS[:2]  # the extractor got better: fewer tasks, same file
    assert store.add_document(db, p, data, replace=True) == (doc_id, True)
    tasks = store.list_tasks(db)["items"]
    assert [t["ref"] for t in tasks] == ["1", "2"] and store.counts(db)["documents"] == 1
    assert tasks[0]["status"] == "done" and tasks[0]["note"] == "xong"
    assert [h["status"] for h in store.get_task(db, tasks[0]["id"])["history"]] == ["done"]
    assert db.execute("SELECT count(*) FROM task_units").fetchone()[0] == 5
    assert db.execute("SELECT count(*) FROM tasks_fts").fetchone()[0] == 2


def test_a_failure_is_recorded_once_per_file_and_cleared_when_the_file_is_stored(db):
    p, data = plan("10/KH-UBND")
    sha = hashlib.sha256(data).hexdigest()
    store.add_failure(db, "a.txt", "extract", "broken", sha)
    store.add_failure(db, "a.txt", "extract", "still broken", sha)
    store.add_failure(db, "gone.txt", "read", "no such file")
    store.add_failure(db, "gone.txt", "read", "no such file")
    assert [f["message"] for f in store.list_failures(db)["items"]] == ["no such file", "still broken"]
    store.add_document(db, p, data)
    assert store.list_failures(db)["total"] == 1


def test_replacing_a_record_without_bytes_keeps_the_stored_file(db):
    p, data = plan("10/KH-UBND", tasks=TASKS[:1])
    doc_id, _ = store.add_document(db, p, data)
    store.add_document(db, p.to_json_dict(), replace=True)
    assert store.get_file(db, doc_id)["data"] == data
    assert store.list_documents(db)["items"][0]["size"] == len(data)


def test_task_units_follow_their_task_status_and_answer_unit_filters(filled):
    """The unit filter reads task_units alone: their copy of status and due date must stay right."""
    first = store.list_tasks(filled, unit="Văn phòng UBND tỉnh", role="lead", document=1)["items"][0]
    assert first["ref"] == "1"
    assert store.list_tasks(filled, unit="Văn phòng UBND tỉnh", overdue=True, today=TODAY)["total"] == 2
    store.update_task_status(filled, first["id"], "done")
    assert {r[0] for r in filled.execute("SELECT status FROM task_units WHERE task_id = ?", [first["id"]])} == {"done"}
    done = store.list_tasks(filled, unit="Văn phòng UBND tỉnh", status="done")["items"]
    assert [t["id"] for t in done] == [first["id"]]
    assert store.list_tasks(filled, unit="Văn phòng UBND tỉnh", overdue=True, today=TODAY)["total"] == 1
    early = store.list_tasks(filled, unit="Sở Nội vụ", due_before="2024-01-31", province="Bến Tre")["items"]
    assert [t["ref"] for t in early] == [] and store.list_tasks(filled, unit="Sở Tư pháp",
                                                                due_before="2024-01-31")["total"] == 1
    by_name = store.list_tasks(filled, unit="Văn phòng UBND tỉnh", sort="name")["items"]
    assert [t["name"] for t in by_name] == sorted(t["name"] for t in by_name) and len(by_name) == 5


def test_a_unit_named_twice_in_one_task_matches_it_once(db):
    twice = Task(ref="1", name="Xây dựng Cổng dịch vụ công", lead=["Sở TT&TT"],
                 support=["Sở Thông tin và Truyền thông"], due=span("date", "2024-05-01"))
    store.add_document(db, *plan("7/KH-UBND", tasks=[twice, *TASKS[:2]]))
    found = store.list_tasks(db, unit="Sở Thông tin và Truyền thông")
    assert found["total"] == 2
    assert [t["name"] for t in found["items"]] == [twice.name, TASKS[0].name]
    assert store.list_tasks(db, unit="Sở TT&TT", role="support")["total"] == 2


def test_broad_filters_keep_document_order_and_pages(db):
    """A filter matching most tasks walks the tasks in document order: same rows, same pages as sorting."""
    for n in range(3):
        tasks = [Task(ref=str(i), name=f"Nhiệm vụ số {i} của kế hoạch {n}", lead=["Sở Nội vụ"],
                      due=span("date", f"2024-{i % 12 + 1:02d}-10")) for i in range(1, 41)]
        store.add_document(db, *plan(f"{n + 1}/KH-UBND", tasks=tasks))
    everything = store.list_tasks(db, limit=1000)["items"]
    expected = [t["id"] for t in everything if t["due"]["end"] <= "2024-06-30"]
    assert 25 * 2 < len(expected) < 25 * 3
    pages = [store.list_tasks(db, due_before="2024-06-30", limit=25, offset=k) for k in (0, 25, 50, 75)]
    assert [p["total"] for p in pages] == [len(expected)] * 4
    assert [t["id"] for p in pages for t in p["items"]] == expected
    overdue = store.list_tasks(db, overdue=True, today="2024-03-01", limit=1000)["items"]
    assert [t["id"] for t in overdue] == [t["id"] for t in everything if t["due"]["end"] < "2024-03-01"]


def test_the_normalized_text_is_stored_with_the_document(db):
    p, data = plan("10/KH-UBND", tasks=TASKS[:1])
    doc_id, _ = store.add_document(db, p, data, text="KẾ HOẠCH\nkiểm soát thủ tục hành chính")
    assert store.document_text(db, doc_id) == "KẾ HOẠCH\nkiểm soát thủ tục hành chính"
    store.add_document(db, p, data, replace=True)  # re-stored without a text: the text is kept
    assert store.document_text(db, doc_id) == "KẾ HOẠCH\nkiểm soát thủ tục hành chính"
    assert "text" not in store.list_documents(db)["items"][0] and "text" not in store.get_document(db, doc_id)


def test_a_version_1_database_is_migrated_with_its_data(tmp_path):
    """A store written before task units carried their task's columns is upgraded in place."""
    path = tmp_path / "v1.db"
    old = store.sqlite_utils.Database(sqlite3.connect(path))
    store._schema_v1(old)
    old["meta"].insert({"key": "schema_version", "value": "1"})
    p, data = plan("10/KH-UBND", tasks=TASKS)
    record = p.to_json_dict()
    doc_id = old["documents"].insert(store._document_row(record, data, None, None)).last_pk
    for i, task in enumerate(record["tasks"]):
        row = store._task_row(doc_id, i, task, record["province"])
        task_id = old["tasks"].insert(row).last_pk
        for role in store.ROLES:
            for u in task[role]:
                old["task_units"].insert({"task_id": task_id, "unit": u, "unit_canonical": store.canonical_unit(u),
                                          "role": role})
    old.execute("UPDATE tasks SET status = 'done' WHERE ref = '1'")
    old.conn.commit()
    old.close()
    db = store.open_db(path)
    try:
        assert store.schema_version(db) == store.SCHEMA_VERSION == 2
        assert store.document_text(db, doc_id) is None
        assert store.list_tasks(db, unit="Văn phòng UBND tỉnh")["total"] == 3
        assert [t["ref"] for t in store.list_tasks(db, unit="Văn phòng UBND tỉnh", status="done")["items"]] == ["1"]
        assert store.list_tasks(db, unit="Sở Nội vụ", due_after="2024-07-01")["total"] == 1
        assert db.execute("SELECT count(*) FROM task_units WHERE document_id IS NULL OR position IS NULL").fetchone()[0] == 0
    finally:
        db.close()
