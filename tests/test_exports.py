"""Task exports (CSV, XLSX, iCalendar) with the filters of GET /api/tasks, against a real `kehoach serve`
over a real SQLite file holding the seed plans."""
from __future__ import annotations

import csv
import datetime as dt
import io

import openpyxl
from icalendar import Calendar

from store.exports import HEADERS

ANNEX = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Bắt đầu", "Thời hạn", "Sản phẩm", "Trạng thái", "Kế hoạch"]


def api_tasks(client, **params) -> list[dict]:
    body = client.get("/api/tasks", params={**params, "limit": 1000}).json()
    assert body["total"] == len(body["items"])
    return body["items"]


def read_csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a byte-order mark, so that Excel reads Vietnamese"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_xlsx_has_one_row_per_task_laid_out_like_an_annex(client):
    tasks = api_tasks(client)
    assert len(tasks) > 100
    r = client.get("/api/tasks.xlsx")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument.spreadsheetml")
    assert "attachment" in r.headers["content-disposition"]
    sheet = openpyxl.load_workbook(io.BytesIO(r.content)).active
    header = [c.value for c in sheet[1]]
    assert header[:len(ANNEX)] == ANNEX
    assert sheet.max_row == len(tasks) + 1
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    col = {h: i for i, h in enumerate(header)}
    rows = list(sheet.iter_rows(min_row=2))
    assert all(row[col["Nhiệm vụ"]].alignment.wrap_text for row in rows)
    assert [row[col["STT"]].value for row in rows] == list(range(1, len(tasks) + 1))
    assert [row[col["Mã nhiệm vụ"]].value for row in rows] == [t["id"] for t in tasks]
    assert [row[col["Nhiệm vụ"]].value for row in rows] == [t["name"] for t in tasks]
    for row, task in zip(rows, tasks, strict=True):
        due = row[col["Hạn hoàn thành"]].value
        end = task["due"]["end"] if task["due"] else None
        assert (due.date().isoformat() if due else None) == end
        assert row[col["Kế hoạch"]].value == (task["document_number"] or f"#{task['document_id']}")


def test_csv_round_trips_with_the_same_filters(client):
    tasks = api_tasks(client)
    rows = read_csv(client.get("/api/tasks.csv").content)
    assert list(rows[0]) == HEADERS
    assert [int(r["Mã nhiệm vụ"]) for r in rows] == [t["id"] for t in tasks]
    for row, task in zip(rows, tasks, strict=True):
        assert row["Nhiệm vụ"] == task["name"]
        assert [u for u in row["Chủ trì"].split("; ") if u] == task["lead"]
        assert [u for u in row["Phối hợp"].split("; ") if u] == task["support"]
        assert row["Hạn hoàn thành"] == ((task["due"] or {}).get("end") or "")
        assert row["Thời hạn"] == ((task["due"] or {}).get("text") or "")
        assert row["Sản phẩm"] == (task["output"] or "")
    for params in ({"province": "Bắc Ninh", "overdue": "true"}, {"kind": "ongoing"}, {"q": "cong khai"},
                   {"unit": "Sở TT&TT", "role": "lead", "sort": "-due"}):
        expected = api_tasks(client, **params)
        got = read_csv(client.get("/api/tasks.csv", params=params).content)
        assert [int(r["Mã nhiệm vụ"]) for r in got] == [t["id"] for t in expected], params
    assert client.get("/api/tasks.csv", params={"kind": "sometime"}).status_code == 422


def test_ics_validates_with_one_event_per_dated_deadline(client, ids):
    tasks = api_tasks(client)
    dated = {t["id"]: t for t in tasks if t["due"] and t["due"]["end"]}
    assert dated and len(dated) < len(tasks)
    r = client.get("/api/tasks.ics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(r.content)
    cal.validate()
    events = cal.walk("VEVENT")
    assert len(events) == len(dated)
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == len(uids)
    ends = sorted(t["due"]["end"] for t in dated.values())
    starts = sorted(e.decoded("DTSTART").isoformat() for e in events)
    assert starts == ends
    for e in events:
        start = e.decoded("DTSTART")
        assert type(start) is dt.date and e.decoded("DTEND") == start + dt.timedelta(days=1)
        assert str(e["SUMMARY"]).startswith("[")
    numbers = {t["document_number"] for t in dated.values() if t["document_number"]}
    assert numbers and all(any(f"[{n}]" in str(e["SUMMARY"]) for e in events) for n in numbers)
    again = Calendar.from_ical(client.get("/api/tasks.ics").content)
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(uids)  # stable ids
    ongoing = Calendar.from_ical(client.get("/api/tasks.ics", params={"kind": "ongoing"}).content)
    assert ongoing.walk("VEVENT") == []  # ongoing tasks have no deadline to put on a calendar
    one = ids["001"]
    mine = Calendar.from_ical(client.get("/api/tasks.ics", params={"document": one}).content)
    assert len(mine.walk("VEVENT")) == sum(1 for t in dated.values() if t["document_id"] == one)
