"""OCR of image-only PDF pages with Tesseract (`-l vie`): pages rendered by pypdfium2 at 300 dpi, words
with their boxes read from Tesseract's TSV output and handed to the same layout code as a text layer."""
from __future__ import annotations

import csv
import io
import os
import shutil
import statistics
import subprocess
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import pypdfium2 as pdfium

from extractor.blocks import ReadError
from extractor.readers.layout import Page, Seg

DPI = 300
LANG = "vie"
PACKAGES = "tesseract-ocr tesseract-ocr-vie"
TIMEOUT = 300  # seconds per page


@lru_cache(maxsize=1)
def missing() -> str | None:
    """Why OCR cannot run here (Tesseract or its Vietnamese data not installed), or None when it can."""
    exe = shutil.which("tesseract")
    if exe is None:
        return (f"this PDF is a scan (no text layer) and reading it needs Tesseract OCR, which is not installed; "
                f"install the Debian packages {PACKAGES} (apt-get install {PACKAGES})")
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as e:
        return f"Tesseract OCR could not be started ({e}); reinstall the Debian packages {PACKAGES}"
    if LANG not in langs.split():
        return ("this PDF is a scan and Tesseract has no Vietnamese language data; install the Debian package "
                "tesseract-ocr-vie (apt-get install tesseract-ocr-vie)")
    return None


def _tesseract(png: bytes) -> str:
    """Tesseract's TSV for one page image (one thread per process: OMP_THREAD_LIMIT=1)."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        run = subprocess.run(["tesseract", "stdin", "stdout", "-l", LANG, "--dpi", str(DPI), "tsv"],
                             input=png, capture_output=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR of a page took longer than {TIMEOUT} s") from None
    if run.returncode != 0:
        raise ReadError(f"Tesseract OCR failed: {run.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return run.stdout.decode("utf-8", "replace")


def _skew(lines: dict[tuple, list[tuple[float, float, float, float]]]) -> float:
    """The page's skew as a slope (dy/dx): the median slope of the word bottoms along long lines."""
    slopes = []
    for words in lines.values():
        if len(words) < 5:
            continue
        pts = [((w[0] + w[2]) / 2, w[3]) for w in words]
        pair = [(b[1] - a[1]) / (b[0] - a[0]) for i, a in enumerate(pts) for b in pts[i + 1:] if b[0] - a[0] > 50]
        if pair:
            slopes.append(statistics.median(pair))
    return statistics.median(slopes) if len(slopes) >= 3 else 0.0


def segments(tsv: str, scale: float) -> list[Seg]:
    """Words of a Tesseract TSV as segments in points, the page's skew taken out; every word of a line
    gets the line's middle and its median word height, so lines of one font have one height."""
    rows = csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE)
    lines: dict[tuple, list[tuple[float, float, float, float]]] = {}
    texts: dict[tuple, list[str]] = {}
    for r in rows:
        text = (r.get("text") or "").strip()
        if r.get("level") != "5" or not text or float(r.get("conf") or -1) < 0:
            continue
        x, y, w, h = (float(r[k]) for k in ("left", "top", "width", "height"))
        key = (r["block_num"], r["par_num"], r["line_num"])
        lines.setdefault(key, []).append((x, y, x + w, y + h))
        texts.setdefault(key, []).append(text)
    slope = _skew(lines)
    long_lines = [statistics.median(b[3] - b[1] for b in words) for words in lines.values() if len(words) >= 4]
    usual = statistics.median(long_lines) if long_lines else None
    out = []
    for key, words in lines.items():
        fixed = [(x0 + slope * y0, y0 - slope * x0, x1 + slope * y0, y1 - slope * x0) for x0, y0, x1, y1 in words]
        height = statistics.median(b[3] - b[1] for b in fixed)
        if len(words) < 4 and usual:  # too few words to tell the letter height: take the page's usual
            height = usual
        middle = statistics.median((b[1] + b[3]) / 2 for b in fixed)
        for (x0, _, x1, _), text in zip(fixed, texts[key], strict=True):
            out.append(Seg(text, x0 * scale, x1 * scale, (middle - height / 2) * scale,
                           (middle + height / 2) * scale, lead=(x1 - x0) * scale))
    return out


def ocr_pages(pdf: pdfium.PdfDocument, indices: list[int], workers: int | None = None) -> list[Page]:
    """The pages `indices` of `pdf` read by OCR, as layout Pages (raises ReadError when OCR is missing)."""
    why = missing()
    if why:
        raise ReadError(why)
    workers = workers or max(1, min(2, os.cpu_count() or 1))
    jobs = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for i in indices:  # pdfium is not thread-safe: render here, run Tesseract in parallel
            page = pdf[i]
            width, height = page.get_size()
            buf = io.BytesIO()
            page.render(scale=DPI / 72, grayscale=True).to_pil().save(buf, "PNG")
            jobs.append((i, width, height, pool.submit(_tesseract, buf.getvalue())))
        return [Page(i + 1, w, h, segments(job.result(), 72 / DPI)) for i, w, h, job in jobs]
