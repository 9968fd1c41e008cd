"""A plan described once (`Doc`: header, title, preamble, body, signature, annexes) and rendered as the official
Word file, shared by the held-out build scripts of sets F, G and H; also the scanner imitation of sets D and H."""
from __future__ import annotations

import io
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from generate import a4_document, no_borders, page_number
from official import MOTTO as MOTTO_LINES
from official import write_words
from PIL import Image, ImageFilter

MOTTO = [(MOTTO_LINES[0], True), (MOTTO_LINES[1], True), (MOTTO_LINES[2], False)]
Line = tuple[str, bool, bool, float]  # a cell paragraph: text, bold, italic, size

# ---------------------------------------------------------------- the parts of a document


@dataclass
class Table:
    """A bordered table: rows of cells; None = covered by the cell to its left, "^" = covered by the cell
    above; a row of two cells under a wider table is a group row (its title spans the rest)."""

    head: list[list[str | None]]
    body: list[list[str | None]]
    widths: list[float]

    @property
    def ncols(self) -> int:
        """The number of grid columns."""
        return len(self.widths)

    def grid(self) -> list[list[str | None]]:
        """Every row padded to the full width (group rows spanned)."""
        rows = []
        for row in [*self.head, *self.body]:
            if len(row) == 2 and self.ncols > 2:
                row = [row[0], row[1], *[None] * (self.ncols - 2)]
            rows.append(list(row))
        return rows


@dataclass
class Annex:
    """An annex on landscape pages: label, title, the note under it, its table."""

    label: str
    title: str
    note: str
    table: Table


@dataclass
class Doc:
    """One plan: header cells, type line, title, preamble, body blocks, signature and annexes. A joint plan
    has a second issuer (a third header column) and a second signature, set on the left."""

    issuer: list[tuple[str, bool]]  # (line, bold)
    number: str
    date_line: str
    type_line: str
    title: list[str]
    preamble: list[str]
    body: list  # ("h", text) | ("p", text) | ("table", Table)
    recipients: list[str]
    authority: list[str]
    signer: str
    annexes: list[Annex] = field(default_factory=list)
    motto: list[tuple[str, bool]] = field(default_factory=lambda: list(MOTTO))
    issuer2: list[tuple[str, bool]] | None = None
    authority2: list[str] | None = None
    signer2: str | None = None
    italic_preamble: bool = True
    web_number: str | None = None  # the number as the web copy shows it, when it differs


@dataclass(frozen=True)
class Look:
    """A set's header table (not joint): column widths in cm, issuer size (the date one more), motto sizes."""

    widths: tuple[float, float] = (6.3, 10.2)
    size: float = 13
    motto_sizes: tuple[float, ...] = (13, 14)  # by line; the last one for the lines after
    issuer_rule: bool = False  # a "-------" line (13 pt) under the issuer


# ---------------------------------------------------------------- DOCX (the official file)


def _row_flag(row, tag: str) -> None:
    """A row property switched on (w:cantSplit, w:tblHeader)."""
    el = OxmlElement(f"w:{tag}")
    row._tr.get_or_add_trPr().append(el)


def _runs(p, text: str, bold: bool = False, italic: bool = False, size: float = 14) -> None:
    """One run of text with its font."""
    run = p.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)
    run.font.name = "Times New Roman"


def _para(d, text: str, bold: bool = False, italic: bool = False, align: str = "justify", indent: bool = True,
          size: float = 14, before: float = 6, keep: bool = False):
    """A body paragraph: Times New Roman, justified, first line indented 1 cm, 6 pt before, line 1.1."""
    p = d.add_paragraph()
    p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(before), Pt(0), 1.1
    fmt.keep_with_next = keep
    if indent and align == "justify":
        fmt.first_line_indent = Cm(1)
    _runs(p, text, bold, italic, size)
    return p


def _cell(cell, lines: list[Line], align: str = "center") -> None:
    """A cell's paragraphs: (text, bold, italic, size) each, no spacing."""
    first = True
    for text, bold, italic, size in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        _runs(p, text, bold, italic, size)


def _header(d, doc: Doc, look: Look) -> None:
    """The borderless header table: issuer | motto, number | place and date; a joint plan has the two issuers
    in two columns and the number spanning both."""
    joint = doc.issuer2 is not None
    widths = tuple(Cm(w) for w in ((4.1, 4.5, 8.9) if joint else look.widths))
    t = d.add_table(rows=2, cols=len(widths))
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    for col, w in zip(t.columns, widths, strict=True):
        col.width = w
    for row in t.rows:
        _row_flag(row, "cantSplit")
        for c, w in zip(row.cells, widths, strict=True):
            c.width = w
    size = 11.5 if joint else look.size
    rule = [("-------", False, False, 13)] if look.issuer_rule else []
    _cell(t.cell(0, 0), [*[(text, bold, False, size) for text, bold in doc.issuer], *rule])
    if joint:
        _cell(t.cell(0, 1), [(text, bold, False, size) for text, bold in doc.issuer2])
    motto = (11, size + 1) if joint else look.motto_sizes
    _cell(t.cell(0, len(widths) - 1), [(text, bold, False, motto[min(i, len(motto) - 1)])
                                       for i, (text, bold) in enumerate(doc.motto)])
    number_cell = t.cell(1, 0).merge(t.cell(1, 1)) if joint else t.cell(1, 0)
    _cell(number_cell, [(doc.number, False, False, 13)])
    _cell(t.cell(1, len(widths) - 1), [(doc.date_line, False, True, size + 1)])


def _table(d, table: Table, size: float = 12) -> None:
    """A bordered table: header rows bold and repeated on every page, group rows bold, merges applied."""
    grid = table.grid()
    t = d.add_table(rows=len(grid), cols=table.ncols)
    t.style = d.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    nhead = len(table.head)
    spans = []
    for r, row in enumerate(grid):
        group = r >= nhead and len([x for x in row if x not in (None, "^")]) == 2 and row[2] is None
        for c, text in enumerate(row):
            if text in (None, "^"):
                continue
            c1 = c
            while c1 + 1 < table.ncols and grid[r][c1 + 1] is None:
                c1 += 1
            r1 = r
            while r1 + 1 < len(grid) and grid[r1 + 1][c] == "^":
                r1 += 1
            spans.append((r, c, r1, c1))
            bold = r < nhead or group
            align = "center" if r < nhead or c == 0 else "left"
            _cell(t.cell(r, c), [(line, bold, False, size) for line in text.split("\n")], align)
        if r < nhead:
            _row_flag(t.rows[r], "tblHeader")
        _row_flag(t.rows[r], "cantSplit")
    for r, c, r1, c1 in spans:
        if (r, c) != (r1, c1):
            t.cell(r, c).merge(t.cell(r1, c1))
    for col, w in zip(t.columns, table.widths, strict=True):
        col.width = Cm(w)
    for row in t.rows:
        for c, cell in enumerate(row.cells):
            cell.width = Cm(table.widths[c])


def _sign_lines(authority: list[str], signer: str) -> list[Line]:
    """The authority lines, room for the signature and seal, the signer's name."""
    return [*[(x, True, False, 14) for x in authority], ("", False, False, 14), ("", False, False, 14),
            ("", False, False, 14), (signer, True, False, 14)]


def _signature(d, doc: Doc) -> None:
    """Nơi nhận on the left, the authority lines and the signer on the right, in a borderless table; a joint
    plan has its two signatures side by side (the leading body on the right) and Nơi nhận under them."""
    t = d.add_table(rows=1, cols=2)
    t.autofit = False
    no_borders(t)
    left, right = t.rows[0].cells
    t.columns[0].width, t.columns[1].width = Cm(8.0), Cm(8.5)
    left.width, right.width = Cm(8.0), Cm(8.5)
    recipients = [("Nơi nhận:", True, True, 12), *[(x, False, False, 11) for x in doc.recipients]]
    if doc.signer2:
        _cell(left, _sign_lines(doc.authority2, doc.signer2))
        _cell(right, _sign_lines(doc.authority, doc.signer))
        for i, (text, bold, italic, size) in enumerate(recipients):
            p = _para(d, text, bold=bold, italic=italic, align="left", size=size, before=12 if i == 0 else 0)
            p.paragraph_format.line_spacing = 1.0
        return
    _cell(left, recipients, "left")
    _cell(right, _sign_lines(doc.authority, doc.signer))


def _landscape(d) -> None:
    """A new section on landscape A4 pages (page numbers carried on)."""
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(1.5), Cm(2), Cm(1.5)
    sec.different_first_page_header_footer = False


def _rule(d) -> None:
    """The short rule under the title."""
    rule = _para(d, "", align="center", before=0, size=3)
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{k}"), v)
    pbdr.append(bottom)
    rule._p.get_or_add_pPr().append(pbdr)
    rule.paragraph_format.left_indent = rule.paragraph_format.right_indent = Cm(6.5)


def to_word(doc: Doc, look: Look = Look()) -> bytes:
    """The document as an official Word file."""
    d = a4_document(font_size=14, margins=(3, 1.5, 2, 2))
    sec = d.sections[0]
    sec.header_distance = Cm(0.8)
    sec.different_first_page_header_footer = True  # no number on the first page
    page_number(sec, shown="2", half_points=26)
    _header(d, doc, look)
    _para(d, doc.type_line, bold=True, align="center", before=18, keep=True)
    for line in doc.title:
        _para(d, line, bold=True, align="center", before=0, keep=True)
    _rule(d)
    for i, text in enumerate(doc.preamble):
        _para(d, text, italic=doc.italic_preamble and i < len(doc.preamble) - 1)
    for kind, value in doc.body:
        if kind == "h":
            _para(d, value, bold=True, keep=True)
        elif kind == "p":
            _para(d, value)
        elif kind == "table":
            _para(d, "", before=0, size=4)
            _table(d, value)
    _para(d, "", before=0)
    _signature(d, doc)
    for annex in doc.annexes:
        _landscape(d)
        _para(d, annex.label, bold=True, align="center", before=0, keep=True)
        _para(d, annex.title, bold=True, align="center", before=0, keep=True)
        _para(d, annex.note, italic=True, align="center", before=0, size=13, keep=True)
        _para(d, "", before=0, size=6)
        _table(d, annex.table)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def build(folder: Path, documents: dict[str, tuple[Callable[[], Doc], Callable[[Doc], str]]],
          look: Look = Look()) -> None:
    """Each document (stem -> its description, its web copy) written to folder/seeds, docx and pdf."""
    (folder / "seeds").mkdir(exist_ok=True)
    words = {}
    for stem, (make, seed) in documents.items():
        doc = make()
        (folder / "seeds" / f"{stem}.txt").write_text(seed(doc), encoding="utf-8")
        words[stem] = to_word(doc, look)
    write_words(folder, words)


# ---------------------------------------------------------------- web copies


def web_cells(table: Table) -> Iterator[list[str]]:
    """Each row's cells as the web page has them (covered cells left out)."""
    for row in table.grid():
        yield [x for x in row if x not in (None, "^")]


def plain_grid(table: Table) -> list[list[str]]:
    """A table's grid with covered cells blank."""
    return [["" if x in (None, "^") else x.replace("\n", " ") for x in row] for row in table.grid()]


def title_line(doc: Doc) -> str:
    """The trích yếu on one line."""
    return " ".join(doc.title)


def sign_cell(authority: list[str], signer: str) -> list[str]:
    """The signature cell's lines."""
    return [*authority, "", "", signer]


def md_escape(text: str) -> str:
    """A paragraph as a Markdown converter writes it: a leading "1." escaped so that it is no list."""
    head, _, rest = text.partition(" ")
    if head[:-1].isdigit() and head.endswith("."):
        return head[:-1] + "\\. " + rest
    return text


# ---------------------------------------------------------------- the scanned copy


def scan(pdf_bytes: bytes, seed: int, turn: tuple[float, float], noisy: int, sigma: float, specks: float,
         blur: float) -> bytes:
    """An image-only PDF made from a text PDF as a scanner would: pages rendered at 200 dpi in grey, turned by
    `turn` degrees (alternating sides), page `noisy` (negative: from the end) speckled and slightly blurred."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(pdf_bytes)
    noisy = noisy if noisy >= 0 else len(pdf) + noisy
    images = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=200 / 72, grayscale=True).to_pil().convert("L")
        angle = rng.uniform(*turn) * (1 if i % 2 == 0 else -1)
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        if i == noisy:
            a = np.asarray(img, dtype=np.float32)
            a += noise.normal(0, sigma, a.shape)
            a[noise.random(a.shape) < specks] = 40
            img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
        images.append(img)
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=200.0, quality=80)
    return out.getvalue()
