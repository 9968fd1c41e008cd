"""Tracking tasks to their deadlines: overdue from due.end and today, the tasks of one unit under any
spelling, status changes seen in the views and exports — against a real `kehoach serve` and SQLite file."""
from __future__ import annotations

import csv
import datetime as dt
import io

from seeded import EXTRA_NAME

from extractor.units import canonical_unit


def unit_tasks(client, name: str, **params) -> dict:
    r = client.get(f"/api/units/{name}/tasks", params={**params, "limit": 1000})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["total"] == len(body["items"])
    return body


def all_tasks(client, **params) -> list[dict]:
    return client.get("/api/tasks", params={**params, "limit": 1000}).json()["items"]


def test_overdue_is_past_due_end_and_not_done_never_for_ongoing_or_periodic(client):
    today = dt.date.today().isoformat()
    tasks = all_tasks(client)
    for t in tasks:
        due = t["due"] or {}
        expected = bool(due.get("end")) and due["end"] < today and t["status"] != "done" \
            and due.get("kind") not in ("ongoing", "periodic")
        assert t["overdue"] == expected, t
    recurring = [t for t in tasks if t["due"] and t["due"]["kind"] in ("ongoing", "periodic")]
    assert recurring and all(not t["overdue"] and t["due"]["text"] for t in recurring)
    assert any(t["overdue"] for t in tasks), "the seed plans of 2020-2022 have dated tasks past due"
    # ongoing and periodic tasks show their period where an overdue task shows its lateness
    rows = list(csv.DictReader(io.StringIO(client.get("/api/tasks.csv").content.decode("utf-8-sig"))))
    by_id = {int(r["Mã nhiệm vụ"]): r for r in rows}
    for t in recurring:
        assert by_id[t["id"]]["Thời hạn"] == t["due"]["text"] and "quá hạn" not in by_id[t["id"]]["Trạng thái"]
    assert all("quá hạn" in by_id[t["id"]]["Trạng thái"] for t in tasks if t["overdue"])


def test_a_unit_matches_under_any_spelling(client):
    full = unit_tasks(client, "Sở Thông tin và Truyền thông")
    short = unit_tasks(client, "Sở TT&TT")
    assert full["items"] and [t["id"] for t in full["items"]] == [t["id"] for t in short["items"]]
    assert full["canonical"] == short["canonical"] == "Sở Thông tin và Truyền thông"
    assert short["unit"] == "Sở TT&TT"
    for t in full["items"]:
        assert full["canonical"] in t["lead_canonical"] + t["support_canonical"]
    same = {t["id"] for t in all_tasks(client, unit="Sở TT&TT")}
    assert same == {t["id"] for t in full["items"]}
    lead = unit_tasks(client, "Sở TT&TT", role="lead")
    assert lead["items"] and len(lead["items"]) <= len(full["items"])
    assert all(full["canonical"] in t["lead_canonical"] for t in lead["items"])


def test_renamed_and_collective_units_match_across_plans(client, ids):
    # the 2023 plan's "Trung tâm Phục vụ hành chính công tỉnh" is 001's "Trung tâm HCC tỉnh"
    center = unit_tasks(client, "Trung tâm Phục vụ hành chính công tỉnh", role="lead")
    assert {ids[EXTRA_NAME], ids["001"]} <= {t["document_id"] for t in center["items"]}
    assert center["canonical"] == canonical_unit("Trung tâm HCC tỉnh")
    districts = unit_tasks(client, "UBND các huyện, thành phố")
    assert districts["canonical"] == canonical_unit("UBND cấp huyện")
    assert {t["id"] for t in districts["items"]} == {t["id"] for t in unit_tasks(client, "Ủy ban nhân dân cấp huyện")["items"]}
    assert districts["items"]
    assert client.get("/api/units/Văn phòng HĐND/UBND huyện/tasks").status_code == 200
    assert client.get("/api/units/%20/tasks").status_code == 422


def test_done_tasks_leave_the_overdue_views(client):
    overdue = all_tasks(client, overdue="true")
    task = next(t for t in overdue if t["lead_canonical"])
    unit = task["lead_canonical"][0]
    assert task["id"] in {t["id"] for t in unit_tasks(client, unit, overdue="true")["items"]}
    r = client.patch(f"/api/tasks/{task['id']}", json={"status": "done", "note": "Đã hoàn thành"})
    assert r.status_code == 200 and r.json()["overdue"] is False
    assert task["id"] not in {t["id"] for t in all_tasks(client, overdue="true")}
    assert task["id"] not in {t["id"] for t in unit_tasks(client, unit, overdue="true")["items"]}
    assert task["id"] in {t["id"] for t in unit_tasks(client, unit, status="done")["items"]}
    rows = csv.DictReader(io.StringIO(client.get("/api/tasks.csv", params={"status": "done"}).content
                                      .decode("utf-8-sig")))
    done = {int(r["Mã nhiệm vụ"]): r["Trạng thái"] for r in rows}
    assert done[task["id"]] == "Hoàn thành"
