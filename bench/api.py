"""Benchmark: latency of GET /api/tasks with filters on a generated store of 100,000 tasks.

    .venv/bin/python bench/api.py [--tasks 100000] [--db bench-api.db] [--concurrency 4] [--requests 300]

Generates synthetic plans (63 provinces, a pool of real-looking unit names and task wordings, every
kind of deadline) through the store's own write path, starts a real `kehoach serve` (uvicorn) on
127.0.0.1, then sends each filtered query from a pool of threads and reports p50/p95/p99 and
requests/s. Goal: p95 < 50 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from live_server import start_server  # noqa: E402

from extractor.data import load  # noqa: E402
from extractor.units import canonical_unit  # noqa: E402
from store import db as store  # noqa: E402

UNITS = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
         "Sở Thông tin và Truyền thông", "Sở TT&TT", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Xây dựng",
         "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Lao động - Thương binh và Xã hội",
         "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ",
         "Trung tâm Phục vụ hành chính công tỉnh", "Công an tỉnh", "Bưu điện tỉnh", "UBND cấp huyện", "UBND cấp xã",
         "các cơ quan, đơn vị có liên quan", "Sở, ban, ngành tỉnh", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp"]
VERBS = ["Triển khai", "Rà soát", "Xây dựng", "Tổ chức", "Kiểm tra", "Đẩy mạnh", "Hoàn thiện", "Tuyên truyền",
         "Số hóa", "Công khai", "Nâng cấp", "Đánh giá", "Tổng hợp báo cáo", "Hướng dẫn", "Theo dõi, đôn đốc"]
OBJECTS = ["hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính", "quy trình nội bộ giải quyết TTHC",
           "dịch vụ công trực tuyến mức độ 3, 4", "cơ chế một cửa, một cửa liên thông",
           "việc tiếp nhận, xử lý phản ánh, kiến nghị", "Cổng dịch vụ công của tỉnh",
           "thanh toán không dùng tiền mặt", "dữ liệu dân cư, định danh và xác thực điện tử",
           "bộ phận tiếp nhận và trả kết quả cấp xã", "chỉ số cải cách hành chính",
           "kế hoạch kiểm soát thủ tục hành chính", "đội ngũ cán bộ, công chức làm công tác kiểm soát TTHC"]
GROUPS = ["Nhóm nhiệm vụ về xây dựng văn bản, kế hoạch chỉ đạo, điều hành",
          "Nhóm nhiệm vụ công bố, công khai, thực hiện TTHC", "Nhóm nhiệm vụ về chuyển đổi số",
          "Nhóm nhiệm vụ về tiếp nhận và xử lý phản ánh, kiến nghị"]


def _due(rng: random.Random, year: int) -> dict | None:
    """A deadline of one of the usual kinds, as the extractor writes it."""
    kind = rng.choices(["date", "month", "quarter", "year", "ongoing", "periodic", "unspecified", None],
                       [25, 20, 20, 10, 12, 5, 4, 4])[0]
    if kind is None:
        return None
    if kind == "date":
        end = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
        return {"text": f"trước ngày {end:%d/%m/%Y}", "kind": kind, "start": None, "end": end.isoformat()}
    if kind == "month":
        m = rng.randint(1, 12)
        last = (dt.date(year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1))
        return {"text": f"Tháng {m:02d}/{year}", "kind": kind, "start": f"{year}-{m:02d}-01", "end": last.isoformat()}
    if kind == "quarter":
        q = rng.randint(1, 4)
        last = dt.date(year + (q == 4), (q * 3) % 12 + 1, 1) - dt.timedelta(days=1)
        return {"text": f"Quý {'I II III IV'.split()[q - 1]}", "kind": kind,
                "start": f"{year}-{q * 3 - 2:02d}-01", "end": last.isoformat()}
    if kind == "year":
        return {"text": f"Năm {year}", "kind": kind, "start": f"{year}-01-01", "end": f"{year}-12-31"}
    text = {"ongoing": "Thường xuyên", "periodic": "Định kỳ hằng quý", "unspecified": "Theo quy định"}[kind]
    return {"text": text, "kind": kind, "start": None, "end": None}


def synthetic_plan(i: int, tasks: int, rng: random.Random, provinces: list[str], canon: dict[str, str]) -> dict:
    """One made-up plan/1 record with `tasks` tasks."""
    province = provinces[i % len(provinces)]
    year = rng.randint(2020, 2027)
    rows = []
    for k in range(tasks):
        lead = rng.sample(UNITS, 1)
        support = rng.sample([u for u in UNITS if u not in lead], rng.randint(0, 3))
        rows.append({"ref": f"{k // 10 + 1}.{k % 10 + 1}", "group": GROUPS[(k // 10) % len(GROUPS)],
                     "name": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} trên địa bàn tỉnh {province}",
                     "lead": lead, "support": support, "lead_canonical": [canon[u] for u in lead],
                     "support_canonical": [canon[u] for u in support], "due": _due(rng, year),
                     "output": "Báo cáo kết quả", "source": "table", "page": k // 20 + 1})
    number = f"{i + 1}/KH-UBND"
    return {"schema": "plan/1", "doc_type": "ke_hoach", "number": number, "province": province,
            "issuer": {"name": f"Ủy ban nhân dân tỉnh {province}", "level": "tinh"},
            "issued_date": f"{year - 1}-12-{rng.randint(10, 28)}", "period_year": year,
            "title": f"Kiểm soát thủ tục hành chính và chuyển đổi số năm {year} trên địa bàn tỉnh {province}",
            "source": {"file": f"synthetic-{i}.txt", "format": "txt",
                       "sha256": hashlib.sha256(f"synthetic plan {i}".encode()).hexdigest()},
            "tasks": rows, "legal_bases": [], "deadlines": [], "objectives": [], "requirements": []}


def generate(path: Path, total: int, per_plan: int = 100, seed: int = 7) -> float:
    """Fill a new store with `total` tasks in plans of `per_plan`; returns the seconds it took."""
    rng = random.Random(seed)
    provinces = [p["name"] for p in load("provinces")["provinces"]]
    canon = {u: canonical_unit(u) for u in UNITS}
    start = time.perf_counter()
    db = store.open_db(path)
    try:
        for i in range((total + per_plan - 1) // per_plan):
            store.add_document(db, synthetic_plan(i, min(per_plan, total - i * per_plan), rng, provinces, canon))
        db.execute("ANALYZE")
    finally:
        db.close()
    return time.perf_counter() - start


SCENARIOS = {
    "no filter": {},
    "province": {"province": "Bắc Ninh"},
    "province (2025 name)": {"province": "Thái Nguyên"},
    "unit": {"unit": "Sở TT&TT"},
    "unit + role=lead": {"unit": "Sở Tài chính", "role": "lead"},
    "overdue": {"overdue": "true"},
    "q (folded)": {"q": "so hoa ho so"},
    "due_before": {"due_before": "2024-06-30"},
    "province + overdue + sort=due": {"province": "Bến Tre", "overdue": "true", "sort": "due"},
    "unit + q + due_after": {"unit": "UBND cấp huyện", "q": "dich vu cong", "due_after": "2023-01-01"},
}


def measure(url: str, params: dict, requests: int, concurrency: int) -> dict:
    """Latencies (ms) of `requests` GET /api/tasks with `params` from `concurrency` threads."""
    clients = [httpx.Client(base_url=url, timeout=60) for _ in range(concurrency)]

    def one(i: int) -> tuple[float, int]:
        t = time.perf_counter()
        r = clients[i % concurrency].get("/api/tasks", params=params)
        elapsed = (time.perf_counter() - t) * 1000
        assert r.status_code == 200, r.text
        return elapsed, r.json()["total"]

    one(0)  # warm-up
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, range(requests)))
    wall = time.perf_counter() - start
    for c in clients:
        c.close()
    ms = sorted(r[0] for r in results)
    pct = statistics.quantiles(ms, n=100)
    return {"p50": statistics.median(ms), "p95": pct[94], "p99": pct[98], "rps": requests / wall,
            "total": results[0][1], "ms": ms}


def main() -> None:
    """Generate (or reuse) the store, serve it, load it, print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=REPO / "bench-api.db")
    ap.add_argument("--reuse", action="store_true", help="keep an existing --db instead of regenerating it")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--requests", type=int, default=300, help="requests per scenario")
    args = ap.parse_args()

    if not (args.reuse and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        seconds = generate(args.db, args.tasks)
        print(f"generated {args.tasks:,} tasks in {seconds:.1f} s ({args.tasks / seconds:,.0f} tasks/s) -> {args.db}")
    server = start_server(args.db)
    try:
        print(f"GET /api/tasks on {server.url}, {args.requests} requests per scenario, "
              f"{args.concurrency} concurrent clients, one uvicorn process, limit 50")
        print(f"{'scenario':34} {'matches':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'req/s':>7}")
        worst = 0.0
        for name, params in SCENARIOS.items():
            m = measure(server.url, params, args.requests, args.concurrency)
            worst = max(worst, m["p95"])
            print(f"{name:34} {m['total']:>8,} {m['p50']:>8.1f} {m['p95']:>8.1f} {m['p99']:>8.1f} {m['rps']:>7.0f}")
        print(f"worst p95: {worst:.1f} ms (goal < 50 ms): {'met' if worst < 50 else 'NOT met'}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
