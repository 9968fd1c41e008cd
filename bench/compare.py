"""Benchmark: the legal-basis graph, comparisons and task exports on a generated store.

    .venv/bin/python bench/compare.py [--tasks 100000] [--db bench-compare.db] [--reuse]

Generates the synthetic store of bench/api.py (plans of 100 tasks in 63 provinces), then times, in
this process: the legal-basis graph cold (every record read) and warm, GET /api/compare's work for 2,
10 and 30 plans, and the CSV, XLSX and ICS exports of one province's tasks and of every task.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.api import generate  # noqa: E402
from store import db as store  # noqa: E402
from store import exports  # noqa: E402
from store.compare import compare  # noqa: E402
from store.legal_graph import legal_graph  # noqa: E402


def timed(label: str, fn) -> object:
    """Run `fn`, print how long it took, return its result."""
    start = time.perf_counter()
    result = fn()
    print(f"{label:<40} {time.perf_counter() - start:8.2f} s")
    return result


def main() -> None:
    """Generate (or reuse) the store and print the timings."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tasks", type=int, default=100_000)
    ap.add_argument("--db", type=Path, default=REPO / "bench-compare.db")
    ap.add_argument("--reuse", action="store_true", help="keep an existing --db instead of regenerating it")
    args = ap.parse_args()
    if not (args.reuse and args.db.exists()):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
        print(f"generated {args.tasks} tasks in {generate(args.db, args.tasks):.1f} s")
    db = store.open_db(args.db)
    ids = [r[0] for r in db.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    print(f"{len(ids)} plans, {store.counts(db)['tasks']} tasks")
    timed("legal-basis graph, cold", lambda: legal_graph(db))
    timed("legal-basis graph, warm", lambda: legal_graph(db))
    for n in (2, 10, 30):
        timed(f"compare {n} plans", lambda n=n: compare(db, ids[:n]))
    for label, filters in (("Bắc Ninh", {"province": "Bắc Ninh"}), ("all tasks", {})):
        for ext, fn in (("csv", exports.to_csv), ("xlsx", exports.to_xlsx),
                        ("ics", lambda tasks: exports.to_ics(db, tasks))):
            data = timed(f"export {ext} ({label})", lambda fn=fn, f=filters: fn(exports.iter_tasks(db, f)))
            print(f"{'':<40} {len(data) / 1e6:8.2f} MB")


if __name__ == "__main__":
    main()
