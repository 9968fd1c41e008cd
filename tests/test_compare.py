"""Plans side by side and the legal-basis graph, against a real `kehoach serve` over a real SQLite file
holding the seed plans (ingested with `kehoach ingest`), plus the pure parts on a real store file."""
from __future__ import annotations

import hashlib

import pytest
from seeded import EXTRA_NAME

from extractor.text import fold
from store import compare as comparison
from store import db as store
from store.legal_graph import legal_graph
from store.topics import group_tasks

SHARED = {"61/2018/NĐ-CP", "02/2017/TT-VPCP", "01/2018/TT-VPCP"}


@pytest.fixture(scope="module")
def compared(client, ids) -> dict:
    r = client.get("/api/compare", params={"documents": f"{ids['000']},{ids['001']},{ids['004']}"})
    assert r.status_code == 200, r.text
    return r.json()


def cited_by(client, doc_id: int) -> set[str]:
    """Numbers of every document a stored plan cites, from the legal-basis graph."""
    items = client.get("/api/legal-bases", params={"document": doc_id, "limit": 1000}).json()["items"]
    return {i["number"] for i in items}


# ---------------------------------------------------------------- legal bases


def test_the_three_plans_share_their_core_legal_bases(compared, client, ids):
    chosen = [ids["000"], ids["001"], ids["004"]]
    assert [d["id"] for d in compared["documents"]] == chosen
    shared = {b["number"] for b in compared["legal_bases"] if b["shared"]}
    assert SHARED <= shared
    # computed from what each plan cites, not listed: shared means two or more of the three cite it
    cites = {i: cited_by(client, i) for i in chosen}
    for basis in compared["legal_bases"]:
        citing = [i for i in chosen if basis["number"] in cites[i] or set(basis["aliases"]) & cites[i]]
        assert sorted(basis["documents"]) == sorted(citing), basis
        assert basis["shared"] == (len(citing) > 1)
        assert basis["all"] == (len(citing) == 3)
        assert set(basis["bases"]) <= set(basis["documents"])
    assert {b["number"] for b in compared["legal_bases"] if b["all"]} >= SHARED
    unique = [b for b in compared["legal_bases"] if not b["shared"]]
    assert unique and all(len(b["documents"]) == 1 for b in unique)


def test_legal_bases_list_each_document_once_with_the_plans_citing_it(client, ids):
    body = client.get("/api/legal-bases", params={"limit": 1000}).json()
    items = body["items"]
    assert body["total"] == len(items) and items
    assert len({i["id"] for i in items}) == len(items)
    assert all(i["count"] == len(i["documents"]) >= 1 for i in items)
    counts = [i["count"] for i in items]
    assert counts == sorted(counts, reverse=True)
    nd61 = next(i for i in items if i["number"] == "61/2018/NĐ-CP")
    assert nd61["id"] == "Nghị định 61/2018/NĐ-CP" and nd61["kind"] == "Nghị định"
    assert {ids["000"], ids["001"], ids["004"]} <= {d["id"] for d in nd61["documents"]}
    preamble = {d["id"]: d["basis"] for d in nd61["documents"]}
    assert preamble[ids["000"]] and not preamble[ids["001"]]  # 001 cites it in a task group, not its preamble

    decrees = client.get("/api/legal-bases", params={"kind": "Nghị định", "limit": 1000}).json()["items"]
    assert decrees and all(i["kind"] == "Nghị định" for i in decrees)
    assert {i["id"] for i in decrees} == {i["id"] for i in items if i["kind"] == "Nghị định"}
    found = client.get("/api/legal-bases", params={"q": "mot cua lien thong"}).json()["items"]
    assert nd61["id"] in {i["id"] for i in found}
    page = client.get("/api/legal-bases", params={"limit": 2, "offset": 1}).json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in items[1:3]] and page["total"] == len(items)


def test_short_forms_resolve_to_the_full_number_by_number_and_code(client, ids):
    items = client.get("/api/legal-bases", params={"limit": 1000}).json()["items"]
    by_number = {i["number"]: i for i in items}
    # "Nghị định số 107/NĐ-CP ngày 06/12/2021" in plan 001 is the 107/2021/NĐ-CP that plan 000 cites in full
    nd107 = by_number["107/2021/NĐ-CP"]
    assert "107/NĐ-CP" in nd107["aliases"] and "107/NĐ-CP" not in by_number
    assert {ids["000"], ids["001"]} <= {d["id"] for d in nd107["documents"]}
    extra = ids[EXTRA_NAME]
    # a dated "02/TT-VPCP" and a bare "Nghị định 61" join their full citations
    assert extra in {d["id"] for d in by_number["02/2017/TT-VPCP"]["documents"]}
    assert "02/TT-VPCP" in by_number["02/2017/TT-VPCP"]["aliases"]
    assert extra in {d["id"] for d in by_number["61/2018/NĐ-CP"]["documents"]}
    # an undated "45/QĐ-TTg" matches both 45/2016/QĐ-TTg and 45/2019/QĐ-TTg: not guessed, kept apart
    assert {"45/2016/QĐ-TTg", "45/2019/QĐ-TTg", "45/QĐ-TTg"} <= set(by_number)
    assert [d["id"] for d in by_number["45/QĐ-TTg"]["documents"]] == [extra]


def test_local_numbers_are_told_apart_by_province(tmp_path):
    db = store.open_db(tmp_path / "local.db")

    def plan(province: str, cited: str) -> dict:
        return {"schema": "plan/1", "source": {"sha256": hashlib.sha256(province.encode()).hexdigest()},
                "province": province, "number": "9/KH-UBND",
                "legal_bases": [{"kind": "Kế hoạch", "number": cited, "date": "2022-01-05"},
                                {"kind": "Nghị định", "number": "61/2018/NĐ-CP", "date": "2018-04-23"}]}
    store.add_document(db, plan("Bến Tre", "02/KH-UBND"))
    store.add_document(db, plan("Bắc Ninh", "02/KH-UBND"))
    graph = {n["id"]: n for n in legal_graph(db)}
    assert graph["Nghị định 61/2018/NĐ-CP"]["count"] == 2
    local = [n for n in graph.values() if n["number"] == "02/KH-UBND"]
    assert sorted(n["scope"] for n in local) == ["Bắc Ninh", "Bến Tre"]
    assert all(n["count"] == 1 for n in local)


# ---------------------------------------------------------------- targets and task groups


def test_seed_001_rates_line_up_with_their_values(client, ids):
    r = client.get("/api/compare", params={"documents": f"{ids['001']},{ids['002']}"}).json()
    rows = {t["key"]: t for t in r["targets"]}

    def values(family: str) -> set[tuple]:
        return {(v["comparator"], v["value"]) for t in r["targets"] if t["family"] == family
                for v in t["values"] if v["document"] == ids["001"]}
    assert (">", 99.0) in values("on_time")
    assert {(">=", 50.0), (">=", 70.0)} <= values("online")
    assert {(">=", 50.0), (">=", 10.0)} <= values("postal")
    assert all(v["unit"] == "%" for t in r["targets"] if t["family"] in ("on_time", "online", "postal")
               for v in t["values"])
    # the same kind of rate from different plans shares a row: 002's inspection quotas by level
    quotas = [t for t in rows.values() if t["family"] == "inspection" and t["unit"] == "%"]
    assert quotas and all(ids["002"] in t["documents"] for t in quotas)
    for t in r["targets"]:
        assert t["documents"] == sorted({v["document"] for v in t["values"]}, key=[ids["001"], ids["002"]].index)


def test_similar_tasks_in_different_words_share_a_group(compared, client, ids):
    groups = compared["task_groups"]
    all_tasks = [t for g in groups for t in g["tasks"]]
    stored = sum(client.get("/api/tasks", params={"document": i}).json()["total"]
                 for i in (ids["000"], ids["001"], ids["004"]))
    assert len(all_tasks) == len({t["id"] for t in all_tasks}) == stored  # every task in exactly one group
    shared = [g for g in groups if g["shared"]]
    assert shared and groups[:len(shared)] == shared
    worded_apart = [g for g in shared if len({fold(t["name"]) for t in g["tasks"]}) > 1]
    assert worded_apart
    announce = next(g for g in groups for t in g["tasks"]
                    if t["document"] == ids["004"] and t["name"].startswith("Công bố thủ tục hành chính"))
    assert ids["001"] in announce["documents"]  # "Công bố TTHC và danh mục TTHC" in 001


def test_group_tasks_by_topic_not_by_wording():
    names = {1: "Công khai TTHC trên Cổng Dịch vụ công của tỉnh",
             2: "Niêm yết, công khai thủ tục hành chính trên Cổng dịch vụ công tỉnh",
             3: "Bố trí kinh phí bảo đảm cho hoạt động kiểm soát thủ tục hành chính",
             4: "Tập huấn nghiệp vụ cho cán bộ làm công tác một cửa",
             5: "Tổ chức tiếp nhận, xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức",
             6: "Tiếp nhận và xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính"}
    docs = {1: 10, 2: 20, 3: 10, 4: 20, 5: 30, 6: 20}
    groups = group_tasks([{"id": i, "document_id": docs[i], "name": n} for i, n in names.items()])
    together = {frozenset(t["id"] for t in g["tasks"]) for g in groups}
    assert frozenset({1, 2}) in together and frozenset({5, 6}) in together
    assert frozenset({3}) in together and frozenset({4}) in together
    assert next(g for g in groups if {t["id"] for t in g["tasks"]} == {5, 6})["documents"] == [20, 30]


# ---------------------------------------------------------------- provinces since 2025, errors, the page


def test_a_bac_kan_plan_also_files_under_thai_nguyen(client, ids):
    r = client.get("/api/compare", params={"provinces": "Thái Nguyên"}).json()
    docs = {d["id"]: d for d in r["documents"]}
    assert ids["003"] in docs
    assert docs[ids["003"]]["province"] == "Bắc Kạn" and docs[ids["003"]]["province_2025"] == "Thái Nguyên"
    assert all("Thái Nguyên" in (d["province"], d["province_2025"]) for d in docs.values())
    listed = client.get("/api/documents", params={"province": "Thái Nguyên"}).json()["items"]
    assert ids["003"] in {d["id"] for d in listed}
    both = client.get("/api/compare", params={"provinces": "Thái Nguyên, Bắc Ninh", "year": 2022}).json()
    assert [d["id"] for d in both["documents"]] == [ids["001"]]  # Bắc Kạn's plan is for 2020


def test_compare_errors_are_bilingual(client, ids):
    nothing = client.get("/api/compare").json()
    assert nothing["documents"] == [] and nothing["task_groups"] == [] and nothing["matched"] == 0
    for params, status in [({"documents": f"{ids['000']},999999"}, 404), ({"documents": "1,abc"}, 422),
                           ({"year": 1800}, 422)]:
        r = client.get("/api/compare", params=params)
        assert r.status_code == status, (params, r.text)
        body = r.json()
        assert body["message"]["vi"] and body["message"]["en"] and body["message"]["vi"] != body["message"]["en"]


def test_a_large_selection_is_cut_and_says_so(server, ids, monkeypatch):
    monkeypatch.setattr(comparison, "MAX_DOCUMENTS", 2)
    db = store.open_db(server.db)
    result = comparison.compare(db, provinces=["Bắc Ninh", "Bến Tre", "Thanh Hóa"])
    assert result["matched"] == 3 and result["truncated"] and len(result["documents"]) == 2
    assert {t["document"] for g in result["task_groups"] for t in g["tasks"]} <= {d["id"] for d in result["documents"]}
    db.conn.close()


def test_compare_page_shows_the_tables_escaped(client, ids):
    extra = ids[EXTRA_NAME]
    r = client.get("/compare", params=[("documents", ids["000"]), ("documents", ids["001"]), ("documents", extra)])
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    for section in ("compare-documents", "compare-legal-bases", "compare-targets", "compare-tasks"):
        assert f'id="{section}"' in html
    assert "Nghị định 61/2018/NĐ-CP" in html and "So sánh kế hoạch" in html
    assert '<script>alert("x")</script>' not in html and "&lt;script&gt;alert(" in html
    assert "cdn" not in html.lower()
    empty = client.get("/compare")
    assert empty.status_code == 200 and 'id="compare-tasks"' not in empty.text
    wrong = client.get("/compare", params={"documents": "999999"})
    assert wrong.status_code == 200 and 'id="compare-error"' in wrong.text


def test_pages_link_to_the_comparison_and_the_exports(client):
    documents = client.get("/documents").text
    assert 'action="/compare"' in documents and 'name="documents"' in documents
    tasks = client.get("/tasks", params={"province": "Bắc Ninh"}).text
    for ext in ("xlsx", "csv", "ics"):
        assert f"/api/tasks.{ext}?province=" in tasks
