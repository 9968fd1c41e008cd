"""OCR of image-only PDF pages with Tesseract (`-l vie`): pages rendered by pypdfium2 at 300 dpi, words
with their boxes read from Tesseract's TSV output and handed to the same layout code as a text layer."""
from __future__ import annotations

import csv
import io
import os
import re
import shutil
import statistics
import subprocess
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache

import pypdfium2 as pdfium
from PIL import Image

from extractor.blocks import ReadError
from extractor.data import load
from extractor.readers import ruling
from extractor.readers.layout import Page, Region, Seg, find_regions, grid_from_cells, group_lines, margins

DPI = 300
LANG = "vie"
PACKAGES = "tesseract-ocr tesseract-ocr-vie"
TIMEOUT = 300  # seconds per page
MAX_ALONE = 6  # cells of a page read again one by one, at most


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


def _tesseract(image: Image.Image, psm: int = 3) -> str:
    """Tesseract's TSV for one image (one thread per process: OMP_THREAD_LIMIT=1)."""
    buf = io.BytesIO()
    image.save(buf, "PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = ["tesseract", "stdin", "stdout", "-l", LANG, "--dpi", str(DPI), "--psm", str(psm), "tsv"]
    try:
        run = subprocess.run(cmd, input=buf.getvalue(), capture_output=True, env=env, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR of a page took longer than {TIMEOUT} s") from None
    if run.returncode != 0:
        raise ReadError(f"Tesseract OCR failed: {run.stderr.decode('utf-8', 'replace').strip()[:200]}")
    return run.stdout.decode("utf-8", "replace")


@lru_cache(maxsize=1)
def _fixes() -> list[tuple[str, str]]:
    """The (wrong, right) replacements of data/ocr_fixes.json."""
    return [(a, b) for a, b in load("ocr_fixes")["replace"]]


def fix_text(text: str) -> str:
    """A word with Tesseract's typical character confusions for Vietnamese undone (data/ocr_fixes.json)."""
    for wrong, right in _fixes():
        text = text.replace(wrong, right)
    return text


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five tone marks, as combining characters
_VOWELS = set("aăâeêioôơuưy") | set(unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in _TONES)


@lru_cache(maxsize=1)
def _syllable() -> re.Pattern:
    """One Vietnamese syllable without its tone mark: onset, nucleus and coda (data/ocr_fixes.json)."""
    spelling = load("ocr_fixes")["syllable"]

    def one_of(parts: list[str]) -> str:
        """A regex alternative of the parts, longest first."""
        return "|".join(re.escape(x) for x in sorted(parts, key=len, reverse=True))

    rime = rf"(?:(?:{one_of(spelling['nuclei'])})(?:{one_of(spelling['codas'])})?|{one_of(spelling['open_nuclei'])})"
    return re.compile(rf"^(?:(?:{one_of(spelling['onsets'])}){rime}|(?!{one_of(spelling['not_without_onset'])}){rime})$")


@lru_cache(maxsize=65536)
def is_syllable(text: str) -> bool:
    """True when `text` is spelt as one Vietnamese syllable (one tone mark at most)."""
    nfd = unicodedata.normalize("NFD", text.lower())
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return sum(1 for c in nfd if c in _TONES) <= 1 and bool(_syllable().match(bare))


def split_joined(word: str) -> str:
    """A word that spells two Vietnamese syllables, in one way only and the second opening on a consonant,
    with the space OCR lost put back ("Phổbiến" -> "Phổ biến"); any other word as it is."""
    m = re.match(r"^(\W*)(\w+)(\W*)$", word)
    core = m.group(2) if m else ""
    if (len(core) < 4 or not core.isalpha() or not core[1:].islower() or all(ord(c) < 128 for c in core)
            or is_syllable(core)):
        return word
    cuts = [k for k in range(1, len(core)) if core[k].lower() not in _VOWELS  # a second syllable opening
            and is_syllable(core[:k]) and is_syllable(core[k:])]                # on a vowel is too often noise
    if len(cuts) != 1:
        return word
    return f"{m.group(1)}{core[:cuts[0]]} {core[cuts[0]:]}{m.group(3)}"


def _roman(first: str, second: str | None) -> str:
    """A line's first word, a misread Roman numeral ("H" for "II", "HI." for "III.") restored when it
    stands alone or ends with a dot before a capital word."""
    core, dot = (first[:-1], ".") if first.endswith((".", ")")) else (first, "")
    fixed = load("ocr_fixes")["roman"].get(core)
    if fixed and (second is None or dot and second[:1].isupper()):
        return fixed + (first[-1] if dot else "")
    return first


Box = tuple[float, float, float, float]
Words = dict[tuple, list[tuple[Box, str]]]


def words(tsv: str, dx: float = 0, dy: float = 0) -> Words:
    """The words of a Tesseract TSV by line (block, paragraph, line), boxes in pixels shifted by (dx, dy);
    noise (symbols read from stamps and signatures with little confidence) left out."""
    out: Words = {}
    for r in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (r.get("text") or "").strip()
        conf = float(r.get("conf") or -1)
        if r.get("level") != "5" or not text or conf < 0:
            continue
        if conf < 50 and (not any(c.isalnum() for c in text) or conf < 20 and len(text) <= 3):
            continue
        noise = conf < 40 or not any(c.isalnum() for c in text)
        text = split_joined(fix_text(text))
        x, y, w, h = (float(r[k]) for k in ("left", "top", "width", "height"))
        out.setdefault((r["block_num"], r["par_num"], r["line_num"]), []).append(
            ((x + dx, y + dy, x + w + dx, y + h + dy), text, noise))
    kept = {k: [(b, t) for b, t, noise in ws if not (noise and _isolated(b, ws))] for k, ws in out.items()}
    return {k: ws for k, ws in kept.items() if ws}


def _isolated(box: Box, line: list) -> bool:
    """True when no other word of the line is within two letter heights of `box` (a mark in a gutter)."""
    h = statistics.median(b[3] - b[1] for b, _, _ in line)
    return all(max(b[0] - box[2], box[0] - b[2]) > 2 * h for b, _, _ in line if b is not box)


def skew(lines: Words) -> float:
    """The page's skew as a slope (dy/dx): the median slope of the word bottoms along long lines."""
    slopes = []
    for ws in lines.values():
        if len(ws) < 5:
            continue
        pts = [((b[0] + b[2]) / 2, b[3]) for b, _ in ws]
        pair = [(q[1] - p[1]) / (q[0] - p[0]) for i, p in enumerate(pts) for q in pts[i + 1:] if q[0] - p[0] > 50]
        if pair:
            slopes.append(statistics.median(pair))
    return statistics.median(slopes) if len(slopes) >= 3 else 0.0


def _unskew(box: Box, slope: float) -> Box:
    """A box moved as the page is when its skew is taken out (x' = x + s·y, y' = y - s·x)."""
    x0, y0, x1, y1 = box
    return x0 + slope * y0, y0 - slope * x0, x1 + slope * y0, y1 - slope * x0


def deskew(image: Image.Image, slope: float) -> Image.Image:
    """The image with its skew taken out, by the same map as `_unskew`."""
    k = 1 / (1 + slope * slope)
    return image.transform(image.size, Image.AFFINE, (k, -slope * k, 0, slope * k, k, 0),
                           resample=Image.BICUBIC, fillcolor=255)


def segments(lines: Words, scale: float, slope: float = 0.0, rules: tuple = (), usual: float | None = None) -> list[Seg]:
    """Words as segments in points, the skew taken out; every word of a line gets the line's middle and
    its median word height, so lines in one font have one height (a line is first cut at column gutters
    and at the vertical table `rules`, boxes in pixels; `usual`: the page's usual word height in pixels,
    else measured on these lines)."""
    if usual is None:
        long_lines = [statistics.median(b[3] - b[1] for b, _ in ws) for ws in lines.values() if len(ws) >= 4]
        usual = statistics.median(long_lines) if long_lines else None
    out = []
    for ws in lines.values():
        for group in _split_at_gutters([(_unskew(b, slope), t) for b, t in ws], rules):
            height = statistics.median(b[3] - b[1] for b, _ in group)
            if usual and (len(group) < 4 or abs(height - usual) <= 0.25 * usual):
                height = usual  # word boxes vary with the letters: near the page's usual height is that height
            middle = statistics.median((b[1] + b[3]) / 2 for b, _ in group)
            group[0] = (group[0][0], _roman(group[0][1], group[1][1] if len(group) > 1 else None))
            for (x0, _, x1, _), text in group:
                out.append(Seg(text, x0 * scale, x1 * scale, (middle - height / 2) * scale,
                               (middle + height / 2) * scale, lead=(x1 - x0) * scale))
    return out


def _split_at_gutters(line: list[tuple[Box, str]], rules: tuple = ()) -> list[list[tuple[Box, str]]]:
    """A Tesseract line cut where a wide gap or a table rule separates two columns (their baselines may
    differ)."""
    line = sorted(line, key=lambda w: w[0][0])
    h = statistics.median(b[3] - b[1] for b, _ in line)
    groups = [[line[0]]]
    for w in line[1:]:
        prev = groups[-1][-1][0]
        mid = (w[0][1] + w[0][3]) / 2
        ruled = any(prev[2] - 2 <= (r[0] + r[2]) / 2 <= w[0][0] + 2 and r[1] <= mid <= r[3] for r in rules)
        if w[0][0] - prev[2] > 3 * h or ruled:
            groups.append([w])
        else:
            groups[-1].append(w)
    return groups


def read_image(image: Image.Image, number: int, width: float, height: float) -> Page:
    """One page image read by OCR: straightened, its ruled tables found (their rules painted out before
    Tesseract reads the page, the words then put in the cells), and blocks laid out in columns (the
    header and signature tables) read again column by column, which Tesseract reads far better than the
    whole page's mixed lines."""
    scale = width / image.size[0]
    tilt = ruling.measure_skew(image)
    if abs(tilt) > 1e-4:
        image = deskew(image, tilt)
    tables, rules = ruling.find_tables(image)
    clean = ruling.paint_out(image, rules) if tables else image
    lines = settle_numerals(words(_tesseract(clean)), ruling.ink(clean))
    slope = 0.0 if tables else skew(lines)
    vertical = tuple(r for r in rules if r[3] - r[1] > r[2] - r[0])
    segs = segments(lines, scale, slope, vertical)
    if tables:
        segs += _reread_cells(clean, tables, segs, scale)
    grids = []
    for cells in tables:
        made = grid_from_cells([tuple(v * scale for v in c) for c in cells], segs)
        if made is not None:
            grids.append(made[0])
            segs = [s for s in segs if id(s) not in made[1]]
    lines_ = group_lines(segs)
    regions = [r for r in find_regions(lines_, margins(lines_)) if isinstance(r, Region)]
    if regions:
        straight = deskew(image, slope) if abs(slope) > 1e-4 else image
        for region in regions:
            segs = _reread(straight, region, segs, scale)
    return Page(number, width, height, segs, grids)


def _reread_cells(image: Image.Image, tables: list, segs: list[Seg], scale: float) -> list[Seg]:
    """Words of the cells where the page's OCR left ink unread, read again (Tesseract skips lone numbers in
    narrow cells, "1", "II", and the second line of a cell, "Quý" / "I/2024", but reads a cell on its own
    well); the cells' old words are replaced when the new reading has more letters."""
    mask = ruling.ink(image)
    heights = sorted(s.height / scale for s in segs)
    usual = heights[len(heights) // 2] if heights else 40.0
    todo: list[tuple[tuple[int, int, int, int], list[Seg]]] = []
    for cells in tables:
        for x0, top, x1, bottom in cells:
            box = (round(x0) + 4, round(top) + 4, round(x1) - 4, round(bottom) - 4)
            if box[2] - box[0] < 8 or box[3] - box[1] < 8:
                continue
            inside = [s for s in segs if box[0] * scale <= s.center <= box[2] * scale
                      and box[1] * scale <= (s.top + s.bottom) / 2 <= box[3] * scale]
            if _unread_ink(mask, box, inside, scale, usual):
                todo.append((box, inside))
    out: list[Seg] = []
    for (_, inside), found in zip(todo, _read_boxes(image, [b for b, _ in todo], usual), strict=True):
        new = segments(settle_numerals(found, mask), scale, usual=usual)
        if _letters(new) > _letters(inside):
            ids = {id(s) for s in inside}
            segs[:] = [s for s in segs if id(s) not in ids]
            out.extend(new)
    return out


def _letters(segs: list[Seg]) -> int:
    """How many letters and digits the segments hold."""
    return sum(1 for s in segs for c in s.text if c.isalnum())


def _unread_ink(mask, box: tuple[int, int, int, int], inside: list[Seg], scale: float, usual: float) -> bool:
    """True when a cell holds ink outside the boxes of the words read in it, as tall as a letter's body
    at least (specks of dirt are not)."""
    x0, y0, x1, y1 = box
    area = mask[y0:y1, x0:x1].copy()
    if area.sum() < 30:
        return False
    pad = 0.15 * usual
    for s in inside:
        a, b = max(0, int(s.x0 / scale - x0 - pad)), max(0, int(s.x1 / scale - x0 + pad))
        c, d = max(0, int(s.top / scale - y0 - pad)), max(0, int(s.bottom / scale - y0 + pad))
        area[c:d, a:b] = False
    rows = area.sum(axis=1) >= 2
    run = longest = 0
    for r in rows.tolist():
        run = run + 1 if r else 0
        longest = max(longest, run)
    return longest >= 0.4 * usual and int(area.sum()) >= 0.5 * usual


def _read_boxes(image: Image.Image, boxes: list[tuple[int, int, int, int]], usual: float) -> list[Words]:
    """The words in each box of the image (page coordinates), the boxes read in one Tesseract run (stacked
    one under another on a blank page); a box that run leaves empty is read again on its own (a few per
    page at most, so a page full of specks costs one run more, not one per cell)."""
    if not boxes:
        return []
    gap = max(20, round(usual))
    width = max(b[2] - b[0] for b in boxes) + 2 * gap
    height = sum(b[3] - b[1] + gap for b in boxes) + gap
    sheet = Image.new("L", (width, height), 255)
    offsets = []
    y = gap
    for b in boxes:
        sheet.paste(image.crop(b), (gap, y))
        offsets.append(y)
        y += b[3] - b[1] + gap
    out: list[Words] = [{} for _ in boxes]
    for key, ws in words(_tesseract(sheet, psm=6)).items():
        for box, text in ws:
            mid = (box[1] + box[3]) / 2
            k = next((k for k, off in enumerate(offsets) if off - gap / 2 <= mid <= off + boxes[k][3] - boxes[k][1]
                      + gap / 2), None)
            if k is None:
                continue
            dx, dy = boxes[k][0] - gap, boxes[k][1] - offsets[k]
            out[k].setdefault(key, []).append(((box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy), text))
    empty = [k for k in range(len(boxes)) if not out[k]] if len(boxes) > 1 else []
    for k in empty[:MAX_ALONE]:
        b = boxes[k]
        out[k] = words(_tesseract(image.crop(b), psm=6), b[0], b[1])
    return out


def settle_numerals(lines: Words, mask) -> Words:
    """Roman numerals where one is expected (after "Quý", data/ocr_fixes.json): look-alikes (1, l, |) read
    as I, and the number of I counted from the vertical strokes in the image (`mask`: ink of the image the
    words were read from), as serif capitals touch and Tesseract reads III as II."""
    fixes = load("ocr_fixes")
    after = re.compile(fixes["roman_after"], re.I)
    strokes = re.escape(fixes["roman_strokes"])
    # "III/2024", "I/2024" read with its slash as a stroke or lost ("12024"), "IV", "II,"
    forms = [re.compile(rf"^([{strokes}]{{1,4}}?)[/|]?((?:19|20)\d\d)$"),
             re.compile(rf"^([{strokes}]+)((?:[VX]|[/.,;:)]).*)?$")]
    words_ = [(k, n, box, text) for k, ws in lines.items() for n, (box, text) in enumerate(ws)]
    cues = [box for _, _, box, text in words_ if after.match(text)]
    for key, n, box, text in words_ if cues else ():
        m = next((m for rx in forms if (m := rx.match(text))), None)
        if m and any(_follows(box, cue) for cue in cues):
            count = min(count_stems(mask, box) or len(m.group(1)), 3)
            rest = m.group(2) or ""
            lines[key][n] = (box, "I" * count + (f"/{rest}" if rest[:1].isdigit() else rest))
    return lines


def _follows(box: Box, cue: Box) -> bool:
    """True when a word comes right after another: next on its line, or first on the line under it."""
    h = max(cue[3] - cue[1], box[3] - box[1])
    if abs((box[1] + box[3]) / 2 - (cue[1] + cue[3]) / 2) <= 0.5 * h:
        return 0 <= box[0] - cue[2] <= 1.5 * h
    return -0.2 * h <= box[1] - cue[3] <= 1.0 * h and abs(box[0] - cue[0]) <= 1.0 * h


def count_stems(mask, box: Box) -> int | None:
    """The number of upright strokes at the start of a word's image (the I's of "III/2024"), counted across
    the middle of the letters left to right until a slanted or curved stroke (the "/", a "V"); None when
    the box is too small to tell."""
    x0, y0, x1, y1 = (round(v) for v in box)
    crop = mask[max(0, y0):y1 + 1, max(0, x0):x1 + 1]
    height = crop.shape[0]
    if height < 10 or crop.shape[1] < 3:
        return None
    fill = crop[round(0.3 * height): round(0.7 * height) + 1].mean(axis=0)
    limit = max(3, round(0.12 * height))  # a stroke's blurred edge is narrower; a slash is wider
    stems, partial, in_stem = 0, 0, False
    for f in fill.tolist():
        if f >= 0.8:
            stems += 0 if in_stem else 1
            in_stem, partial = True, 0
        elif f <= 0.1:
            in_stem, partial = False, 0
        else:
            partial += 1
            if partial >= limit:
                break
    return stems or None


def _reread(image: Image.Image, region: Region, segs: list[Seg], scale: float) -> list[Seg]:
    """`segs` with the words inside `region` replaced by an OCR of each column's blocks of lines on their
    own (a gap of more than a line, where a signature or stamp sits, ends a block)."""
    cols = region.columns()
    top = region.lines[0].top - 4
    bottom = region.lines[-1].bottom + 4
    edges = [cols[0][0] - 6] + [(a[1] + b[0]) / 2 for a, b in zip(cols, cols[1:], strict=False)] + [cols[-1][1] + 6]
    def inside(s: Seg) -> bool:
        """True when a segment lies in the region's box."""
        return edges[0] <= s.center <= edges[-1] and top <= (s.top + s.bottom) / 2 <= bottom

    out = [s for s in segs if not inside(s)]
    for left, right in zip(edges, edges[1:], strict=False):
        lines = group_lines([s for s in segs if inside(s) and left <= s.center <= right])
        blocks: list[list] = []
        for ln in lines:
            if blocks and ln.top - blocks[-1][-1].bottom <= 1.0 * ln.height:
                blocks[-1].append(ln)
            else:
                blocks.append([ln])
        for block in blocks:
            pad = 0.8 * block[0].height
            box = tuple(round(v / scale) for v in (left, block[0].top - pad, right, block[-1].bottom + pad))
            found = words(_tesseract(image.crop(box), psm=6), box[0], box[1])
            out.extend(segments(found, scale))
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
            image = page.render(scale=DPI / 72, grayscale=True).to_pil()
            jobs.append(pool.submit(read_image, image, i + 1, width, height))
        return [job.result() for job in jobs]
