"""Benchmark of `kehoach ingest`: documents/s, pages/s and peak memory for 1 and 2 workers.

Generates a zip of N distinct plans made from the repo corpus (seed texts and DOCX files with their
numbers, dates, provinces and departments changed; the PDFs as they are), then ingests it into a
fresh database once per worker count. "CPU s" is the CPU time of the whole process tree, which
stays meaningful when other work shares the machine.

    .venv/bin/python bench/ingest.py [--count 500] [--workers 1 2] [--keep DIR]
"""
from __future__ import annotations

import argparse
import io
import os
import random
import re
import resource
import sys
import tempfile
import zipfile
from pathlib import Path

from rich.console import Console
from rich.table import Table

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.peak_memory import PeakMemory  # noqa: E402
from extractor.data import load  # noqa: E402
from store.ingest import ingest  # noqa: E402

DEPARTMENTS = ["Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Y tế", "Sở Xây dựng",
               "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Giao thông vận tải", "Sở Thông tin và Truyền thông",
               "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
               "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"]
PROVINCES = [p["name"] for p in load("provinces")["provinces"]]


def vary(text: str, rng: random.Random) -> str:
    """The same plan for another province, number, date and set of departments."""
    provinces = dict(zip(PROVINCES, rng.sample(PROVINCES, len(PROVINCES)), strict=True))
    departments = dict(zip(DEPARTMENTS, rng.sample(DEPARTMENTS, len(DEPARTMENTS)), strict=True))
    swap = {**provinces, **departments}
    swap.update({k.upper(): v.upper() for k, v in swap.items()})
    pattern = re.compile("|".join(re.escape(k) for k in sorted(swap, key=len, reverse=True)))
    text = pattern.sub(lambda m: swap[m.group(0)], text)
    shift = rng.randint(-3, 3)
    text = re.sub(r"\b(20[12]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    text = re.sub(r"(Số:?\s*)\d+", lambda m: f"{m.group(1)}{rng.randint(1, 9999)}", text)
    return re.sub(r"(ngày\s+)\d{1,2}(\s+tháng)", lambda m: f"{m.group(1)}{rng.randint(1, 28):02d}{m.group(2)}", text)


def vary_docx(data: bytes, rng: random.Random) -> bytes:
    """A DOCX with the text of its body varied (runs split inside a phrase are left as they are)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                body = vary(body.decode("utf-8"), rng).encode("utf-8")
            dst.writestr(info, body)
    return out.getvalue()


def make_archive(path: Path, count: int, seed: int = 1) -> Path:
    """A zip of `count` distinct documents (two text variants for each DOCX one, plus the PDFs)."""
    rng = random.Random(seed)
    texts = [f.read_text(encoding="utf-8") for f in sorted((REPO / "corpus" / "seeds").glob("*.txt"))]
    docxs = [f.read_bytes() for f in sorted((REPO / "corpus" / "docx").glob("*.docx"))]
    pdfs = sorted((REPO / "corpus" / "pdf").glob("*.pdf"))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in pdfs:
            zf.write(f, f"pdf/{f.name}")
        for i in range(count - len(pdfs)):
            if i % 3 == 2:
                zf.writestr(f"docx/plan_{i:04d}.docx", vary_docx(docxs[i % len(docxs)], rng))
            else:
                zf.writestr(f"txt/plan_{i:04d}.txt", vary(texts[i % len(texts)], rng) + f"\n(bản {i})\n")
    return path


def cpu_seconds() -> float:
    """CPU time used so far by this process and its finished children (the worker pools)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    """Generate the archive, ingest it once per worker count, print the numbers."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--keep", type=Path, help="keep the archive and databases in this folder")
    args = ap.parse_args()
    console = Console(width=110)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        archive = make_archive(folder / "bench.zip", args.count)
        console.print(f"archive: {archive} ({args.count} documents, {archive.stat().st_size / 2**20:.1f} MB)")
        table = Table(title=f"kehoach ingest, {args.count} documents")
        load = os.getloadavg()
        for col in ("workers", "stored", "failed", "tasks", "pages", "s", "CPU s", "docs/s", "pages/s", "peak MB"):
            table.add_column(col, justify="right")
        for n in args.workers:
            db = folder / f"bench-{n}.db"
            for f in folder.glob(f"{db.name}*"):
                f.unlink()
            cpu = cpu_seconds()
            with PeakMemory(every=0.05) as mem:
                r = ingest([archive], db, workers=n, show_progress=False)
            cpu, done = cpu_seconds() - cpu, r.stored + r.failed
            table.add_row(str(n), str(r.stored), str(r.failed), str(r.tasks), str(r.pages), f"{r.seconds:.1f}",
                          f"{cpu:.1f}", f"{done / r.seconds:.1f}", f"{r.pages / r.seconds:.1f}",
                          f"{mem.peak / 2**20:.0f}")
        console.print(table)
        console.print(f"load average before the runs: {load[0]:.1f}, after: {os.getloadavg()[0]:.1f} "
                      f"({os.cpu_count()} cores; other work on the machine slows the runs)")


if __name__ == "__main__":
    main()
