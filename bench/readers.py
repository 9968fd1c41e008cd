"""Reader speed in pages per second on the corpus: text PDF (pypdfium2 text runs and rules, tables from
the rules, the whole reader; pdfplumber alone for comparison), scanned PDF (OCR), DOCX and HTML.

    .venv/bin/python bench/readers.py [--corpus corpus] [--repeat 3] [--no-ocr | --ocr-only]

A DOCX or HTML file has no pages: its speed is counted in the pages of the same document's PDF. The OCR
rows read every `scanned/` folder of the corpus (the seeds' and the held-out sets'), one row per folder, in
wall time and in CPU time (this process and its Tesseract children: steadier on a shared machine).
"""
from __future__ import annotations

import argparse
import io
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _timed(fn, repeat: int) -> float:
    """The median wall time of `repeat` calls of `fn`."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _pages(pdf_bytes: bytes) -> int:
    """The number of pages of a PDF."""
    import pypdfium2 as pdfium

    return len(pdfium.PdfDocument(pdf_bytes))


def bench(corpus: Path, repeat: int, ocr: bool) -> list[tuple[str, int, int, float]]:
    """Rows (what, files, pages, seconds)."""
    import pdfplumber
    import pypdfium2 as pdfium

    from corpus import generate
    from extractor.readers import docx, html, pdf

    pdfs = {p.stem: p.read_bytes() for p in sorted((corpus / "pdf").glob("*.pdf"))}
    pages = {k: _pages(v) for k, v in pdfs.items()}
    total = sum(pages.values())
    rows = []

    def fast() -> None:
        """The text runs and rules of every page."""
        for data in pdfs.values():
            doc = pdfium.PdfDocument(data)
            for i in range(len(doc)):
                pdf._fast_page(doc, i)
            doc.close()

    rows.append(("text PDF: text runs + rules (pypdfium2), every page", len(pdfs), total, _timed(fast, repeat)))

    infos = {}
    for k, data in pdfs.items():
        doc = pdfium.PdfDocument(data)
        infos[k] = [info for info in (pdf._fast_page(doc, i) for i in range(len(doc))) if info.ruled]
        doc.close()
    n_ruled = sum(len(v) for v in infos.values())
    rows.append(("text PDF: tables from the rules (ruled pages only)", len(pdfs), n_ruled,
                 _timed(lambda: [pdf._add_tables(v) for v in infos.values()], repeat)))

    def plumber_tables() -> None:
        """pdfplumber's table finder on the ruled pages."""
        for k, data in pdfs.items():
            with pdfplumber.open(io.BytesIO(data)) as doc:
                for info in infos[k]:
                    doc.pages[info.index].find_tables()

    rows.append(("text PDF: pdfplumber find_tables, ruled pages (comparison)", len(pdfs), n_ruled,
                 _timed(plumber_tables, max(1, repeat // 2))))

    def plumber_all() -> None:
        """pdfplumber's text and tables on every page."""
        for data in pdfs.values():
            with pdfplumber.open(io.BytesIO(data)) as doc:
                for page in doc.pages:
                    page.extract_text()
                    page.find_tables()

    rows.append(("text PDF: pdfplumber text + tables, every page (comparison)", len(pdfs), total,
                 _timed(plumber_all, max(1, repeat // 2))))
    rows.append(("text PDF: whole reader (pdf.read)", len(pdfs), total,
                 _timed(lambda: [pdf.read(d) for d in pdfs.values()], repeat)))

    docs = {p.stem: p.read_bytes() for p in sorted((corpus / "docx").glob("*.docx")) if p.stem in pages}
    rows.append(("DOCX (docx.read)", len(docs), sum(pages[k] for k in docs),
                 _timed(lambda: [docx.read(d) for d in docs.values()], repeat)))

    page = generate.to_html(generate.sample_plan(rows_per_group=12)).encode("utf-8")
    sample_pages = 6  # the same plan as a PDF has 6 pages
    rows.append(("HTML (html.read, generated portal page)", 1, sample_pages,
                 _timed(lambda: html.read(page), repeat)))

    if ocr:
        rows.extend(bench_ocr(corpus))
    return rows


def _cpu() -> float:
    """CPU seconds used so far by this process and its finished children (Tesseract)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def bench_ocr(corpus: Path) -> list[tuple[str, int, int, float]]:
    """Rows for the scanned PDFs of each `scanned/` folder: OCR in wall time, then in CPU time."""
    from extractor.readers import pdf

    rows = []
    for folder in sorted({corpus / "scanned", *corpus.glob("*/scanned")}):
        scans = [p.read_bytes() for p in sorted(folder.glob("*.pdf"))]
        if not scans:
            continue
        n = sum(_pages(v) for v in scans)
        cpu, wall = _cpu(), time.perf_counter()
        for data in scans:
            pdf.read(data)
        wall, cpu = time.perf_counter() - wall, _cpu() - cpu
        name = folder.relative_to(corpus)
        rows.append((f"scanned PDF {name}/: OCR, wall (Tesseract vie, 300 dpi)", len(scans), n, wall))
        rows.append((f"scanned PDF {name}/: OCR, CPU (process + Tesseract)", len(scans), n, cpu))
    return rows


def main() -> None:
    """Run the benchmark and print the table."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=REPO / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-ocr", action="store_true", help="skip the (slow) scanned-PDF run")
    ap.add_argument("--ocr-only", action="store_true", help="only the scanned-PDF run")
    args = ap.parse_args()
    rows = bench_ocr(args.corpus) if args.ocr_only else bench(args.corpus, args.repeat, not args.no_ocr)
    print(f"{'reader':62s} {'files':>5s} {'pages':>6s} {'seconds':>8s} {'pages/s':>8s}")
    for what, files, pages, secs in rows:
        print(f"{what:62s} {files:5d} {pages:6d} {secs:8.2f} {pages / secs if secs else 0:8.1f}")


if __name__ == "__main__":
    main()
