"""Reader for PDF: text with positions from pypdfium2 (fast), tables from pdfplumber on the pages that
have ruled lines, OCR (Tesseract) for pages without a usable text layer; geometry to blocks in layout.py."""
from __future__ import annotations

import ctypes
import io
import logging
import re
import unicodedata
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from extractor.blocks import RawDocument, ReadError
from extractor.readers.layout import Page, Seg, assemble, clean_seg, grid_from_cells

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
    h_lines = v_lines = big = images = 0
    for obj in page.get_objects(max_depth=2):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            ox0, oy0, ox1, oy1 = obj.get_bounds()
            w, h = ox1 - ox0, oy1 - oy0
            if h < 3 and w > 10:
                h_lines += 1
            elif w < 3 and h > 10:
                v_lines += 1
            elif w > 40 and h > 15:
                big += 1
    tp.close()
    ruled = (h_lines >= 2 and v_lines >= 2) or big >= 1
    return PageInfo(i, Page(i + 1, width, height, segs), chars, ruled, images)


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


# ---------------------------------------------------------------- tables (pdfplumber)


def _add_tables(data: bytes, infos: list[PageInfo]) -> None:
    """pdfplumber's tables on the ruled pages, with the text runs inside them moved into the tables."""
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    with pdfplumber.open(io.BytesIO(data)) as doc:
        for info in infos:
            page = doc.pages[info.index]
            if page.rotation % 360:
                continue
            for table in page.find_tables():
                made = grid_from_cells(table.cells, info.page.segs)
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
            _add_tables(data, ruled)
    finally:
        pdf.close()
    blocks = assemble([info.page for info in infos])
    if not blocks:
        raise ReadError("the PDF has no text (and no page image to read by OCR)")
    return RawDocument(blocks, "pdf", pages=n, ocr=bool(to_ocr), warnings=warnings)
