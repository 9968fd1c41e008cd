"""The parts and finishing touches the held-out build scripts (`corpus/heldout-*/make.py`) share: body
headings, centred lines, the signature block, annex tables with group rows, the official typography of
header and signature cells, and writing the Word files with their PDFs."""
from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from generate import Columns, Grid, Para, to_pdf

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------"]
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
NBSP = "\xa0"
# header lines set plain (not bold): the number, a công văn's V/v line, a department's superior body
PLAIN_HEADER = ("Số:", "V/v", "UBND TỈNH", "UBND HUYỆN")
# the first line of a signature cell
AUTHORITY = ("KT.", "TM.", "TL.", "Q.", "GIÁM ĐỐC", "CHỦ TỊCH")


def heading(text: str) -> Para:
    """A bold body heading (I. …, 1. …)."""
    return Para(text, bold=True)


def centered(text: str, bold: bool = True, italic: bool = False, size: float = 13) -> Para:
    """A centred line (document type, title, annex label)."""
    return Para(text, bold=bold, italic=italic, align="center", size=size)


def signature(recipients: list[str], authority: list[str], name: str, widths: tuple[float, float] = (8.0, 8.0)
              ) -> Columns:
    """Nơi nhận on the left, the signature block on the right."""
    return Columns([["Nơi nhận:", *recipients], [*authority, "", "", "", name]], bold=False, widths=list(widths))


def group(numeral: str, title: str, width: int) -> list[str]:
    """A group row: the numeral, then the title in the merged cell."""
    return [numeral, title, *[""] * (width - 2)]


def annex_table(header: list[list[str]], header_merges: list[tuple[int, int, int, int]], body: list[list[str]],
                widths: list[float], borders: bool = True, spans: list[tuple[int, int, int]] = (),
                vmerges: list[tuple[int, int, int]] = ()) -> Grid:
    """An annex table: `header` rows repeat on every page; a body row whose first cell is a Roman numeral is
    a group row merged across the other columns; `spans` (body row, first column, last column) merge a
    row's cells sideways; `vmerges` (first body row, last body row, column) merge a column's cells down."""
    rows = [*header, *body]
    n = len(header)
    merges = list(header_merges)
    for i, row in enumerate(body):
        if row[0] in ROMAN:
            merges.append((n + i, 1, n + i, len(row) - 1))
    for r, c0, c1 in spans:
        merges.append((n + r, c0, n + r, c1))
    for r0, r1, c in vmerges:
        merges.append((n + r0, c, n + r1, c))
    return Grid(rows, merges, borders=borders, header_rows=n, widths=widths, size=11)


# ---------------------------------------------------------------- finishing touches on the Word file


def _style_cell(cell, signature_cell: bool) -> None:
    """Official typography in a header or signature cell: centred bold lines, but the number, V/v line and
    superior body plain and the date italic; Nơi nhận in bold italic over its items in 11 pt."""
    for p in cell.paragraphs:
        text = p.text.strip()
        if text.startswith(("Nơi nhận", "- ")):
            for r in p.runs:
                r.bold = r.italic = text.startswith("Nơi nhận")
                r.font.size = Pt(12 if text.startswith("Nơi nhận") else 11)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for r in p.runs:
            r.bold = signature_cell or not (text.startswith(PLAIN_HEADER) or ", ngày " in text)
            r.italic = not signature_cell and ", ngày " in text
            if text.startswith("V/v"):
                r.font.size = Pt(12)


def finish(data: bytes, *edits: Callable[[docx.Document], None]) -> bytes:
    """The generated Word file with official typography: the cells of the 2-column header and signature
    tables styled, the group rows of the annex tables bold; then each of `edits` applied to the document."""
    d = docx.Document(io.BytesIO(data))
    for t in d.tables:
        if len(t.columns) == 2:
            for row in t.rows:
                for cell in row.cells:
                    _style_cell(cell, any(p.text.strip().startswith(AUTHORITY) for p in cell.paragraphs))
            continue
        for row in t.rows:
            if row.cells[0].text.strip() in ROMAN:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        for r in p.runs:
                            r.bold = True
    for edit in edits:
        edit(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def write_words(folder: Path, words: dict[str, bytes]) -> None:
    """Each Word file (stem -> bytes) written to folder/docx/<stem>.docx and, converted by LibreOffice, to
    folder/pdf/<stem>.pdf."""
    for sub in ("docx", "pdf"):
        (folder / sub).mkdir(exist_ok=True)
    for stem, data in words.items():
        (folder / "docx" / f"{stem}.docx").write_bytes(data)
    for stem, pdf in to_pdf(words).items():
        (folder / "pdf" / f"{stem}.pdf").write_bytes(pdf)
        print(stem, len(words[stem]), "bytes docx,", len(pdf), "bytes pdf")
