"""The whole benchmark in one table: extraction speed per format against pdftotext and pdfplumber, peak
memory, archive ingest with 1 and 2 workers, and API latency under concurrent load on 127.0.0.1.

    .venv/bin/python bench/run.py [--quick] [--no-ocr] [--no-ingest] [--no-api] [--markdown]

Every measurement runs in a fresh Python process (its peak memory is the resident size of that process
and its children, sampled, e.g. Tesseract). Extraction is timed warm (imports and the first document
are left out and shown as "cold start"); a figure is the median of --repeat passes over the files.
pdftotext (poppler-utils) runs once per file as its command-line tool; pdfplumber's bare
`extract_text()` reads every page; "bare Tesseract" renders each scanned page with pdftoppm at 300 dpi
and OCRs it with `tesseract -l vie` (two pages at a time, as kehoach does). The ratios compare times
measured in this one run. Goal: kehoach's end-to-end PDF extraction within 5x of pdftotext.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from bench.peak_memory import PeakMemory  # noqa: E402

PDF_GOAL = 5.0
FORMATS = {  # what -> (folder of the corpus, glob)
    "txt": ("seeds", "*.txt"), "docx": ("docx", "*.docx"), "pdf": ("pdf", "*.pdf"), "scanned": ("scanned", "*.pdf"),
}


def bench_module(name: str) -> ModuleType:
    """One of the other scripts of bench/ as a module (bench/api.py would shadow the `api` package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------- measuring one process


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def max_rss() -> int:
    """The largest resident size (bytes) this process or any finished child of it reached."""
    return 1024 * max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def passes(run, repeat: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` calls of `run`."""
    walls, cpus = [], []
    for _ in range(repeat):
        c, t = cpu_seconds(), time.perf_counter()
        run()
        walls.append(time.perf_counter() - t)
        cpus.append(cpu_seconds() - c)
    return statistics.median(walls), statistics.median(cpus)


def file_passes(jobs: dict[str, object], repeat: int) -> dict:
    """`repeat` passes over the files (name -> a call that reads it): median wall and CPU seconds of a
    pass, and the median wall seconds of each file."""
    each: dict[str, list[float]] = {name: [] for name in jobs}

    def run() -> None:
        for name, job in jobs.items():
            t = time.perf_counter()
            job()
            each[name].append(time.perf_counter() - t)

    wall, cpu = passes(run, repeat)
    return {"wall": wall, "cpu": cpu, "files": {k: statistics.median(v) for k, v in each.items()}}


def pdf_pages(data: bytes) -> int:
    """Pages of a PDF (pypdfium2)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return len(doc)
    finally:
        doc.close()


def corpus_files(corpus: Path, fmt: str) -> list[Path]:
    """The corpus files of one format."""
    folder, pattern = FORMATS[fmt]
    return sorted((corpus / folder).glob(pattern))


def page_counts(corpus: Path, files: list[Path]) -> int:
    """Pages of the documents: a PDF's own; a text or DOCX file counts the pages of the same document's
    PDF in the corpus (one when there is none)."""
    total = 0
    for f in files:
        pdf = f if f.suffix == ".pdf" else corpus / "pdf" / f"{f.name.split('.')[0]}.pdf"
        total += pdf_pages(pdf.read_bytes()) if pdf.exists() else 1
    return total


# ---------------------------------------------------------------- child measurements


def child_extract(corpus: Path, fmt: str, repeat: int, reader_only: bool) -> dict:
    """kehoach's extraction (or its reader alone) over the corpus files of one format."""
    files = corpus_files(corpus, fmt)
    data = [(f.name, f.read_bytes()) for f in files]
    t = time.perf_counter()
    if reader_only:
        from extractor.readers import read as run_one
    else:
        from extractor.pipeline import extract as run_one
    run_one(data[0][1], data[0][0])
    cold = time.perf_counter() - t

    jobs = {name: (lambda d=d, name=name: run_one(d, name)) for name, d in data}
    return {"docs": len(files), "pages": page_counts(corpus, files), "cold": cold, **file_passes(jobs, repeat)}


def child_pdftotext(corpus: Path, fmt: str, repeat: int) -> dict:
    """poppler's pdftotext, one process per file, text to a pipe."""
    files = corpus_files(corpus, fmt)

    jobs = {f.name: (lambda f=f: subprocess.run(["pdftotext", "-enc", "UTF-8", str(f), "-"], check=True,
                                                 capture_output=True)) for f in files}
    return {"docs": len(files), "pages": page_counts(corpus, files), **file_passes(jobs, repeat)}


def child_pdfplumber(corpus: Path, fmt: str, repeat: int) -> dict:
    """pdfplumber's bare extract_text() on every page."""
    import io
    import logging

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    files = corpus_files(corpus, fmt)
    data = [f.read_bytes() for f in files]

    def run() -> None:
        for d in data:
            with pdfplumber.open(io.BytesIO(d)) as doc:
                for page in doc.pages:
                    page.extract_text()

    wall, cpu = passes(run, repeat)
    return {"docs": len(files), "pages": page_counts(corpus, files), "wall": wall, "cpu": cpu}


def child_tesseract(corpus: Path, fmt: str, repeat: int) -> dict:
    """Bare OCR: pdftoppm renders each page at 300 dpi (grey), `tesseract -l vie` reads it, two at a time."""
    files = corpus_files(corpus, fmt)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            images = []
            for k, f in enumerate(files):
                subprocess.run(["pdftoppm", "-r", "300", "-gray", "-png", str(f), f"{tmp}/d{k}"], check=True)
                images += sorted(Path(tmp).glob(f"d{k}-*.png"))
            with ThreadPoolExecutor(2) as pool:
                list(pool.map(lambda im: subprocess.run(["tesseract", str(im), "-", "-l", "vie"], check=True,
                                                        capture_output=True, env=env), images))

    wall, cpu = passes(run, repeat)
    return {"docs": len(files), "pages": page_counts(corpus, files), "wall": wall, "cpu": cpu}


def child_ingest(workers: int, count: int, folder: Path) -> dict:
    """`kehoach ingest` of a generated archive of `count` documents into a fresh database."""
    from store.ingest import ingest

    make_archive = bench_module("ingest").make_archive

    archive = folder / "bench.zip"
    if not archive.exists():
        make_archive(archive, count)
    db = folder / f"bench-{workers}.db"
    for f in folder.glob(f"{db.name}*"):
        f.unlink()
    cpu = cpu_seconds()
    r = ingest([archive], db, workers=workers, show_progress=False)
    return {"docs": r.stored + r.failed, "stored": r.stored, "failed": r.failed, "pages": r.pages,
            "wall": r.seconds, "cpu": cpu_seconds() - cpu}


CHILDREN = {"extract": child_extract, "pdftotext": child_pdftotext, "pdfplumber": child_pdfplumber,
            "tesseract": child_tesseract}


def run_child(args: list[str]) -> dict:
    """Run one measurement in a fresh Python process; its numbers plus the peak memory of its tree."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, cwd=REPO)
        with PeakMemory(proc.pid) as mem:
            proc.wait()
        out.seek(0)
        text = out.read().decode()
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}): {text[-500:]}")
    result = json.loads(text.strip().splitlines()[-1])
    result["peak"] = max(mem.peak, result.pop("max_rss", 0))
    return result


def child_main(argv: list[str]) -> None:
    """The --child entry point: one measurement, its JSON on the last line of stdout."""
    ap = argparse.ArgumentParser()
    ap.add_argument("kind")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--fmt")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--reader-only", action="store_true")
    ap.add_argument("--workers", type=int)
    ap.add_argument("--count", type=int)
    ap.add_argument("--folder", type=Path)
    a = ap.parse_args(argv)
    if a.kind == "ingest":
        result = child_ingest(a.workers, a.count, a.folder)
    elif a.kind == "extract":
        result = child_extract(a.corpus, a.fmt, a.repeat, a.reader_only)
    else:
        result = CHILDREN[a.kind](a.corpus, a.fmt, a.repeat)
    result["max_rss"] = max_rss()
    print(json.dumps(result))


# ---------------------------------------------------------------- the API under load


def api_latency(tasks: int, requests: int, concurrency: int, folder: Path) -> dict:
    """p50/p95 of GET /api/tasks over every filter scenario of bench/api.py, against a live uvicorn."""
    from live_server import start_server

    api_bench = bench_module("api")

    db = folder / "api.db"
    api_bench.generate(db, tasks)
    server = start_server(db)
    try:
        ms, worst = [], ("", 0.0)
        with PeakMemory(server.process.pid) as mem:
            for name, params in api_bench.SCENARIOS.items():
                m = api_bench.measure(server.url, params, requests, concurrency)
                ms += m["ms"]
                if m["p95"] > worst[1]:
                    worst = (name, m["p95"])
        pct = statistics.quantiles(ms, n=100)
        return {"requests": len(ms), "p50": statistics.median(ms), "p95": pct[94], "worst": worst,
                "peak": mem.peak, "scenarios": len(api_bench.SCENARIOS)}
    finally:
        server.stop()


# ---------------------------------------------------------------- the table


@dataclass
class Row:
    """One line of the table."""

    what: str
    docs: int | None = None
    pages: int | None = None
    wall: float | None = None
    cpu: float | None = None
    peak: int | None = None
    ratio: str = ""
    note: str = ""
    extra: dict = field(default_factory=dict)

    def cells(self) -> list[str]:
        def num(v: float | None, fmt: str) -> str:
            return "" if v is None else format(v, fmt)

        def per(n: int | None) -> str:
            return num(n / self.wall, ".1f") if n and self.wall else ""

        return [self.what, num(self.docs, "d"), num(self.pages, "d"), num(self.wall, ".2f"), num(self.cpu, ".2f"),
                per(self.docs), per(self.pages), num(self.peak and self.peak / 2**20, ".0f"), self.ratio, self.note]


HEAD = ["what", "docs", "pages", "wall s", "CPU s", "docs/s", "pages/s", "peak MB", "ratio", "note"]


def extraction_rows(corpus: Path, repeat: int, ocr: bool) -> list[Row]:
    """Extraction per format, the baselines on the same PDFs, and the ratios."""
    def measure(kind: str, fmt: str, *extra: str, times: int = repeat) -> dict:
        return run_child([kind, "--corpus", str(corpus), "--fmt", fmt, "--repeat", str(times), *extra])

    rows = []
    for fmt, label in (("txt", "txt: kehoach extract"), ("docx", "DOCX: kehoach extract")):
        r = measure("extract", fmt)
        rows.append(Row(label, r["docs"], r["pages"], r["wall"], r["cpu"], r["peak"], note=f"cold start {r['cold']:.1f} s"))
    full = measure("extract", "pdf")
    reader = measure("extract", "pdf", "--reader-only")
    base = measure("pdftotext", "pdf") if shutil.which("pdftotext") else None
    plumber = measure("pdfplumber", "pdf")

    def ratio(r: dict, to: dict | None, name: str) -> str:
        return f"{r['wall'] / to['wall']:.1f}x {name} (CPU {r['cpu'] / to['cpu']:.1f}x)" if to else ""

    worst = ""
    if base:
        name, times = max(((k, v / base["files"][k]) for k, v in full["files"].items()), key=lambda kv: kv[1])
        worst = f"; worst file {times:.1f}x pdftotext ({name})"
    rows.append(Row("digital PDF: kehoach extract", full["docs"], full["pages"], full["wall"], full["cpu"],
                    full["peak"], ratio(full, base, "pdftotext"), f"cold start {full['cold']:.1f} s{worst}",
                    {"goal": (full["wall"] / base["wall"], full["cpu"] / base["cpu"]) if base else None}))
    rows.append(Row("digital PDF: kehoach reader only", reader["docs"], reader["pages"], reader["wall"],
                    reader["cpu"], reader["peak"], ratio(reader, base, "pdftotext")))
    if base:
        rows.append(Row("digital PDF: pdftotext (CLI per file)", base["docs"], base["pages"], base["wall"],
                        base["cpu"], base["peak"], "1.0x pdftotext"))
    rows.append(Row("digital PDF: pdfplumber extract_text", plumber["docs"], plumber["pages"], plumber["wall"],
                    plumber["cpu"], plumber["peak"], ratio(plumber, base, "pdftotext")))
    if ocr and corpus_files(corpus, "scanned"):
        scan = measure("extract", "scanned", times=1)
        bare = measure("tesseract", "scanned", times=1) if shutil.which("pdftoppm") and shutil.which("tesseract") \
            else None
        text = measure("pdftotext", "scanned", times=1) if base else None
        rows.append(Row("scanned PDF: kehoach extract (OCR)", scan["docs"], scan["pages"], scan["wall"], scan["cpu"],
                        scan["peak"], ratio(scan, bare, "bare Tesseract"),
                        f"first document {scan['cold']:.1f} s (imports included)"))
        if bare:
            rows.append(Row("scanned PDF: bare Tesseract (pdftoppm + tesseract)", bare["docs"], bare["pages"],
                            bare["wall"], bare["cpu"], bare["peak"], "1.0x bare Tesseract"))
        if text:
            rows.append(Row("scanned PDF: pdftotext (no text layer: nothing)", text["docs"], text["pages"],
                            text["wall"], text["cpu"], text["peak"]))
    return rows


def ingest_rows(count: int, workers: list[int], folder: Path) -> list[Row]:
    """Archive ingest throughput per worker count."""
    rows = []
    for n in workers:
        r = run_child(["ingest", "--workers", str(n), "--count", str(count), "--folder", str(folder)])
        rows.append(Row(f"ingest zip, {n} worker{'s' if n > 1 else ''}", r["docs"], r["pages"], r["wall"], r["cpu"],
                        r["peak"], note=f"{r['stored']} stored, {r['failed']} failed"))
    if len(rows) > 1 and rows[0].wall and rows[-1].wall:
        rows[-1].ratio = f"{rows[0].wall / rows[-1].wall:.2f}x speed-up"
    return rows


def render(rows: list[Row], markdown: bool, title: str) -> str:
    """The table as text (aligned) or Markdown."""
    cells = [HEAD] + [r.cells() for r in rows]
    if markdown:
        lines = [f"**{title}**", "", "| " + " | ".join(HEAD) + " |",
                 "|" + "|".join("---:" if i and i < 8 else "---" for i in range(len(HEAD))) + "|"]
        lines += ["| " + " | ".join(c) + " |" for c in cells[1:]]
        return "\n".join(lines)
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEAD))]

    def fmt(c: list[str]) -> str:
        return "  ".join(v.ljust(w) if i in (0, 8, 9) else v.rjust(w) for i, (v, w) in enumerate(zip(c, widths, strict=True)))

    return "\n".join([title, fmt(HEAD), "  ".join("-" * w for w in widths), *map(fmt, cells[1:])])


def main() -> None:
    """Run every part asked for and print the table."""
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child_main(sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="one pass, 40-document archive, 10,000-task API store")
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus", help="folder with seeds/, docx/, pdf/, scanned/")
    ap.add_argument("--repeat", type=int, help="passes over the files per figure (default 5; 1 with --quick)")
    ap.add_argument("--no-ocr", action="store_true", help="leave out the scanned PDFs (OCR is slow)")
    ap.add_argument("--no-ingest", action="store_true")
    ap.add_argument("--no-api", action="store_true")
    ap.add_argument("--count", type=int, help="documents in the ingest archive (default 500; 40 with --quick)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--tasks", type=int, help="tasks in the API store (default 100,000; 10,000 with --quick)")
    ap.add_argument("--requests", type=int, help="requests per API scenario (default 200; 60 with --quick)")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--markdown", action="store_true", help="print the table as Markdown (for the README)")
    args = ap.parse_args()
    repeat = args.repeat or (1 if args.quick else 5)
    count = args.count or (40 if args.quick else 500)
    tasks = args.tasks or (10_000 if args.quick else 100_000)
    requests = args.requests or (60 if args.quick else 200)

    load_before, started = os.getloadavg()[0], time.perf_counter()
    rows = extraction_rows(args.corpus, repeat, not args.no_ocr)
    with tempfile.TemporaryDirectory() as tmp:
        if not args.no_ingest:
            rows += ingest_rows(count, args.workers, Path(tmp))
        if not args.no_api:
            a = api_latency(tasks, requests, args.concurrency, Path(tmp))
            rows.append(Row(f"API GET /api/tasks, {tasks:,} tasks, {args.concurrency} clients", peak=a["peak"],
                            note=f"p50 {a['p50']:.1f} ms, p95 {a['p95']:.1f} ms over {a['requests']} requests "
                                 f"({a['scenarios']} filter mixes); worst p95 {a['worst'][1]:.1f} ms "
                                 f"({a['worst'][0]})"))
    title = (f"kehoach benchmark: {os.cpu_count()} cores, load average {load_before:.1f} before and "
             f"{os.getloadavg()[0]:.1f} after, {repeat} pass(es), {time.perf_counter() - started:.0f} s")
    print(render(rows, args.markdown, title))
    goal = next((r.extra["goal"] for r in rows if r.extra.get("goal")), None)
    if goal:
        print(f"\nend-to-end PDF extraction: {goal[0]:.1f}x pdftotext in wall time, {goal[1]:.1f}x in CPU time "
              f"(goal <= {PDF_GOAL:.0f}x): {'met' if max(goal) <= PDF_GOAL else 'NOT met'}")


if __name__ == "__main__":
    main()
