"""Reader for PDF: text runs with positions and the vector strokes of table rules from pypdfium2 (fast),
table cells found from the strokes by pdfplumber's table functions, OCR (Tesseract) for pages without a
usable text layer; geometry to blocks in layout.py."""
from __future__ import annotations

import ctypes
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.blocks import RawDocument, ReadError
from extractor.readers import borderless, ruling
from extractor.readers.layout import Page, Seg, assemble, clean_seg, drop_furniture, grid_from_cells

ERR_PASSWORD = 4
MIN_TEXT_CHARS = 20  # a page with fewer characters in its text layer is treated as an image


@dataclass
class PageInfo:
    """What the fast pass learned about a page."""

    index: int
    page: Page
    chars: int
    ruled: bool
    images: int
    edges: list[dict] | None = None


def _open(data: bytes) -> pdfium.PdfDocument:
    """The PDF opened by pdfium, or a ReadError saying in words why it cannot be."""
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        if getattr(e, "err_code", None) == ERR_PASSWORD and b"/Encrypt" in data:
            raise ReadError("the PDF is password-protected; remove the password (or print it to a new PDF) "
                            "and try again") from None
        if re.search(rb"/Count\s+0\b", data) and not re.search(rb"/Type\s*/Page\b", data):
            raise ReadError("the PDF has no pages") from None
        raise ReadError("the PDF is damaged and cannot be opened") from None


def _box(x0: float, y0: float, x1: float, y1: float, mb: tuple, rotation: int) -> tuple[float, float, float, float]:
    """A box in PDF space (y up) as (x0, x1, top, bottom) in the displayed page (y down, rotation applied)."""
    left, bottom, right, top = mb
    w0, h0 = right - left, top - bottom
    xs, ys = (x0 - left, x1 - left), (y0 - bottom, y1 - bottom)
    if rotation == 90:
        px, py = ys, xs
    elif rotation == 180:
        px, py = (w0 - xs[0], w0 - xs[1]), ys
    elif rotation == 270:
        px, py = (h0 - ys[0], h0 - ys[1]), (w0 - xs[0], w0 - xs[1])
    else:
        px, py = xs, (h0 - ys[0], h0 - ys[1])
    return min(px), max(px), min(py), max(py)


def _fast_page(pdf: pdfium.PdfDocument, i: int) -> PageInfo:
    """Text runs with boxes (pdfium's text rectangles), whether the page has ruled lines, its images."""
    page = pdf[i]
    rotation = page.get_rotation() % 360
    mb = page.get_mediabox()
    width, height = page.get_size()
    tp = page.get_textpage()
    segs: list[Seg] = []
    chars = tp.count_chars()
    full = tp.get_text_range() if chars else ""
    rects = [tp.get_rect(k) for k in range(tp.count_rects())]
    starts = [tp.get_index(r[0] + 1.0, (r[1] + r[3]) / 2, 5.0, (r[3] - r[1]) / 2 + 1.0) for r in rects]
    ends = (starts[1:] + [chars]) if starts else []
    for (left, bottom, right, top), idx, end in zip(rects, starts, ends, strict=True):
        if len(full) == chars and idx is not None and end is not None and 0 <= idx < end:
            # the rectangles follow the character order: the text is a slice, no bounded-text search
            text = full[idx:end]
            if not text.strip():
                continue
            first = idx + len(text) - len(text.lstrip())
            last = idx + len(text.rstrip()) - 1
            text = text.strip()
            if rotation == 0:
                left, right = tp.get_charbox(first)[0], max(tp.get_charbox(last)[2], tp.get_charbox(first)[0] + 0.1)
        else:
            text = tp.get_text_bounded(left, bottom, right, top)
        if not text.strip():
            continue
        bold = False
        if idx is not None and idx >= 0:
            bold = _bold(tp, idx)
            size = pdfium_c.FPDFText_GetFontSize(tp.raw, idx)
            ox, oy = ctypes.c_double(), ctypes.c_double()
            if size > 0 and pdfium_c.FPDFText_GetCharOrigin(tp.raw, idx, ox, oy):
                # glyph boxes vary with the letters ("2022." vs "Ủy"): use the baseline and font size
                bottom, top = oy.value - 0.22 * size, oy.value + 0.78 * size
        x0, x1, t, b = _box(left, bottom, right, top, mb, rotation)
        seg = clean_seg(text, x0, x1, t, b, bool(bold))
        if seg is not None:
            if idx is not None and idx >= 0 and rotation == 0:
                seg.lead = _first_word_width(tp, idx, right)
            segs.append(seg)
    images = 0
    edges: list[dict] = []
    for obj in page.get_objects(max_depth=1):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            edges.extend(_path_edges(obj, mb, rotation))
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_FORM:
            images += 1  # a form may hold a scanned image: counted so an empty text layer goes to OCR
    tp.close()
    ruled = sum(e["orientation"] == "h" for e in edges) >= 2 and sum(e["orientation"] == "v" for e in edges) >= 2
    return PageInfo(i, Page(i + 1, width, height, segs), chars, ruled, images, edges)


def _path_edges(obj, mb: tuple, rotation: int) -> list[dict]:
    """The straight horizontal and vertical strokes of a vector path (table rules), as edges in the
    displayed page's coordinates; curves and slanted strokes left out."""
    m = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFPageObj_GetMatrix(obj.raw, m):
        return []
    out: list[dict] = []
    start = prev = None
    x, y = ctypes.c_float(), ctypes.c_float()
    for k in range(min(pdfium_c.FPDFPath_CountSegments(obj.raw), 2000)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, k)
        if not pdfium_c.FPDFPathSegment_GetPoint(seg, x, y):
            continue
        px, py = m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            start = prev = (px, py)
            continue
        if kind == pdfium_c.FPDF_SEGMENT_LINETO and prev is not None:
            out.extend(_edge(prev, (px, py), mb, rotation))
        prev = (px, py)
        if pdfium_c.FPDFPathSegment_GetClose(seg) and start is not None:
            out.extend(_edge(prev, start, mb, rotation))
            prev = start
    return out


def _edge(p: tuple, q: tuple, mb: tuple, rotation: int) -> list[dict]:
    """A stroke from p to q (PDF space) as a horizontal or vertical edge, or nothing when slanted."""
    x0, x1, top, bottom = _box(min(p[0], q[0]), min(p[1], q[1]), max(p[0], q[0]), max(p[1], q[1]), mb, rotation)
    if bottom - top < 1 and x1 - x0 >= 2:
        mid = (top + bottom) / 2
        return [{"orientation": "h", "x0": x0, "x1": x1, "top": mid, "bottom": mid}]
    if x1 - x0 < 1 and bottom - top >= 2:
        mid = (x0 + x1) / 2
        return [{"orientation": "v", "x0": mid, "x1": mid, "top": top, "bottom": bottom}]
    return []


def _bold(tp: pdfium.PdfTextPage, idx: int) -> bool:
    """True when character `idx` is set in a bold font (by weight, or by the font's name)."""
    if pdfium_c.FPDFText_GetFontWeight(tp.raw, idx) >= 600:
        return True
    name = ctypes.create_string_buffer(96)
    flags = ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(tp.raw, idx, name, 96, flags)
    return any(w in name.value for w in (b"Bold", b"bold", b"Black", b"Heavy", b"Semibold"))


def _first_word_width(tp: pdfium.PdfTextPage, idx: int, right: float) -> float | None:
    """Width of the first word of the text run starting at character `idx` (from character boxes)."""
    start = end = None
    for j in range(idx, idx + 40):
        code = pdfium_c.FPDFText_GetUnicode(tp.raw, j)
        if code in (0, 32, 13, 10, 9, 0xA0):
            if start is not None:
                break
            continue
        left, _, r, _ = tp.get_charbox(j)
        if left > right + 1:
            break
        start = left if start is None else start
        end = r
    return None if start is None else end - start


def _garbage(text: str) -> bool:
    """True for a text layer that is not real text (private-use or control glyph codes, no words)."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 50:
        return False
    bad = sum(1 for c in chars if unicodedata.category(c) in ("Co", "Cn", "Cc", "Cs") or c == "\ufffd")
    letters = sum(1 for c in chars if c.isalpha())
    return bad > 0.2 * len(chars) or letters < 0.4 * len(chars)


# ---------------------------------------------------------------- tables


def _add_tables(infos: list[PageInfo]) -> None:
    """The ruled tables of each page (from its vector strokes, cells found by pdfplumber's table
    functions), with the text runs inside them moved into the tables."""
    for info in infos:
        for cells in ruling.tables_from_edges(info.edges or []):
            made = grid_from_cells(cells, info.page.segs)
            if made is None:
                continue
            grid, used = made
            info.page.grids.append(grid)
            info.page.segs = [s for s in info.page.segs if id(s) not in used]


# ---------------------------------------------------------------- the reader


def read(data: bytes) -> RawDocument:
    """A PDF as a RawDocument: text pages read directly, image pages through OCR."""
    pdf = _open(data)
    try:
        n = len(pdf)
        if n == 0:
            raise ReadError("the PDF has no pages")
        try:
            infos = [_fast_page(pdf, i) for i in range(n)]
        except pdfium.PdfiumError as e:
            raise ReadError(f"the PDF is damaged ({e})") from None
        warnings: list[str] = []
        text = "\n".join(s.text for info in infos for s in info.page.segs)
        if _garbage(text):
            to_ocr = infos
            warnings.append("the PDF's text layer is unreadable; the pages were read by OCR")
        else:
            to_ocr = [info for info in infos if info.chars < MIN_TEXT_CHARS and info.images > 0]
        if to_ocr:
            from extractor.readers import ocr

            try:
                for info, page in zip(to_ocr, ocr.ocr_pages(pdf, [i.index for i in to_ocr]), strict=True):
                    info.page = page
            except ReadError as e:
                if len(to_ocr) == len(infos):
                    raise
                warnings.append(f"{len(to_ocr)} image page(s) not read: {e}")
                to_ocr = []
        ruled = [info for info in infos if info.ruled and info not in to_ocr]
        if ruled:
            _add_tables(ruled)
    finally:
        pdf.close()
    pages = [info.page for info in infos]
    drop_furniture(pages)
    borderless.find_tables(pages)
    blocks = assemble(pages)
    if not blocks:
        raise ReadError("the PDF has no text (and no page image to read by OCR)")
    return RawDocument(blocks, "pdf", pages=n, ocr=bool(to_ocr), warnings=warnings)
