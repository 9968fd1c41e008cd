"""Reader for plain text and markdown: lines as paragraphs, `|` rows and flattened tables as tables."""
from __future__ import annotations

import re

from extractor import legacy
from extractor.blocks import Block, Paragraph, RawDocument, ReadError, Table
from extractor.readers.flat_table import find_flat_tables, find_record_tables, header_role, is_stt
from extractor.text import strip_markup

_VIET_WORDS = re.compile(r"\b(của|và|các|ngày|tháng|năm|được|trong|thực hiện)\b")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def decode(data: bytes) -> str:
    """Text of `data`: UTF-8/UTF-16 when valid, else Windows-1258 or a legacy 8-bit font page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    view = legacy.cp1252_view(data)
    if legacy.detect(view):  # typed in a legacy 8-bit font (TCVN3, VNI): normalize converts it
        return view
    cp1258 = data.decode("cp1258", "replace")
    if len(_VIET_WORDS.findall(cp1258.lower())) >= 3:
        return cp1258
    return view


def _split_row(line: str) -> list[str]:
    """The cells of a `|` row; a cell's "<br>" (Markdown from HTML) is a line break."""
    cells = re.sub(r"(?i)<br\s*/?>", "\n", line.strip().strip("|")).split("|")
    return ["\n".join(strip_markup(x) for x in c.strip().split("\n")) for c in cells]


def _multiline_row(lines: list[str], i: int) -> int | None:
    """End index (exclusive) of a `|` row whose cells hold line breaks: it starts at a line with an inner
    " | " and ends at the next line ending in "|" a few lines on ("- Lưu: VT. | KT. CHỦ TỊCH" /
    "PHÓ CHỦ TỊCH" / "Trần Văn A |")."""
    first = lines[i].strip()
    if " | " not in first or first.startswith("|") or first.endswith("|"):
        return None
    for j in range(i + 1, min(len(lines), i + 8)):
        t = lines[j].strip()
        if not t or ("|" in t[:-1]):
            return None
        if t.endswith("|"):
            return j + 1
    return None


_GRID_BORDER = re.compile(r"^\+(?:[-=:]+\+)+$")


def _grid_table(lines: list[str], i: int) -> tuple[Table, int] | None:
    """A grid table ("+---+---+" borders, "| a | b |" lines, a row's cells wrapped over several lines) that
    starts at line `i`, and the index after it; a cell spanning columns gives None to those it covers."""
    border = lines[i].strip()
    if not _GRID_BORDER.match(border):
        return None
    edges = [k for k, ch in enumerate(border) if ch == "+"]
    rows: list[list[str | None]] = []
    cells: list[list[str] | None] | None = None
    j = i + 1
    while j < len(lines):
        line = lines[j].strip()
        if _GRID_BORDER.match(line):
            if cells is not None:
                rows.append([None if c is None else "\n".join(x for x in c if x) for c in cells])
            cells = None
        elif line.startswith("|") and line.endswith("|"):
            cells = cells or [[] for _ in edges[1:]]
            for col, span, text in _grid_cells(line, edges):
                if cells[col] is not None:
                    cells[col].append(strip_markup(text))
                for c in range(col + 1, col + span):
                    cells[c] = None
        else:
            break
        j += 1
    return (Table(rows), j) if rows else None


def _grid_cells(line: str, edges: list[int]) -> list[tuple[int, int, str]]:
    """(first column, columns spanned, text) of each cell of a grid-table line, placed by the border's
    "+" positions; cells in order, one column each, when the line does not line up with the border."""
    pipes = [k for k, ch in enumerate(line) if ch == "|"]
    texts = [line[a + 1:b].strip() for a, b in zip(pipes, pipes[1:], strict=False)]
    at = {e: c for c, e in enumerate(edges)}
    if all(p in at for p in pipes):
        return [(at[a], at[b] - at[a], t) for (a, b), t in zip(zip(pipes, pipes[1:], strict=False), texts, strict=True)]
    return [(c, 1, t) for c, t in enumerate(texts[: len(edges) - 1])]


def _tab_table(lines: list[str], i: int) -> tuple[Table, int] | None:
    """A table copied as tab-separated lines from line `i` (a header of two cells or more, then rows); a
    cell that held line breaks goes on over the next lines, which carry the row's remaining cells."""
    width = len(lines[i].strip().split("\t"))
    if width < 2 or len([c for c in lines[i].split("\t") if c.strip()]) < 2:
        return None
    rows: list[list[str]] = []
    j = i
    while j < len(lines) and lines[j].strip():
        fields = [strip_markup(c.strip()) for c in lines[j].strip().split("\t")]
        continues = rows and len(rows[-1]) < width and not is_stt(fields[0]) and j > i
        if continues:  # the rest of a cell with line breaks, then the row's next cells
            rows[-1][-1] = f"{rows[-1][-1]}\n{fields[0]}".strip()
            rows[-1].extend(fields[1:])
        elif "\t" in lines[j] or j == i:
            rows.append(fields)
        else:
            break
        j += 1
    if len(rows) < 2:
        return None
    return Table([r[:width] + [""] * (width - len(r)) for r in rows]), j


_GAP = re.compile(r"(?<=\S)( {4,})(?=\S)")


def _two_columns(lines: list[str], i: int) -> tuple[Table, int] | None:
    """Two columns set side by side with spaces (a header or signature block copied as laid out: "UBND
    HUYỆN X      CỘNG HÒA …", "Nơi nhận:      TM. ỦY BAN NHÂN DÂN"), from line `i`, as a two-column
    table: lines with one wide gap at one position (two at least), and the lines among them that hold
    only the left or only the right column."""
    gap = list(_GAP.finditer(lines[i].rstrip()))
    if len(gap) != 1 or "\t" in lines[i] or "|" in lines[i] \
            or len(re.findall(r"[^\W\d_]", lines[i][:gap[0].start()])) < 4:
        return None
    col = gap[0].end()
    rows: list[list[str]] = []
    paired = 0
    j = i
    while j < len(lines) and lines[j].strip():
        line = lines[j].rstrip()
        gaps = list(_GAP.finditer(line.strip()))
        indent = len(line) - len(line.lstrip())
        if len(gaps) == 1 and not indent and abs(gaps[0].end() - col) <= 3 \
                and len(re.findall(r"[^\W\d_]", line[:gaps[0].start()])) >= 4:  # not "I.      MỤC ĐÍCH"
            rows.append([line[:gaps[0].start()].strip(), line[gaps[0].end():].strip()])
            paired += 1
        elif not gaps and indent >= col - 3:
            rows.append(["", line.strip()])
        elif not gaps and not indent and len(line) < col:
            rows.append([line.strip(), ""])
        else:
            break
        j += 1
    # after the last pair, the left column goes on only as a list or a trích yếu ("- Lưu: VT.", "V/v …"):
    # a type line under the header ("KẾ HOẠCH") is the text again
    while rows and not rows[-1][1] and not re.match(r"^(?:[-+•–]|V/v\b|[a-zđà-ỹ])", rows[-1][0]):
        rows.pop()
        j -= 1
    return (Table(rows), j) if paired >= 2 else None


_CELL_GAP = re.compile(r"\S+(?: \S+)*")


def _fixed_width_table(lines: list[str], i: int) -> tuple[Table, int] | None:
    """A table set in fixed-width columns (a header line of column names two spaces apart or more, then
    rows that start with their ordinal, blank lines between them allowed), from line `i`."""
    header = lines[i].rstrip()
    cells = [(m.start(), m.group(0)) for m in _CELL_GAP.finditer(header)]
    if len(cells) < 3 or sum(1 for _, c in cells if header_role(c)) < 2 or header_role(cells[0][1]) != "stt":
        return None
    starts = [a for a, _ in cells]
    rows: list[list[str]] = [[c for _, c in cells]]
    j, end = i + 1, i + 1
    while j < len(lines):
        line = lines[j].rstrip()
        if not line.strip():
            j += 1
            continue
        first = line[:starts[1]].strip()
        if not is_stt(first) or line[starts[1] - 1:starts[1]].strip():
            break  # a row starts with its ordinal, in the first column only
        bounds = [*starts[1:], len(line) + 1]
        rows.append([first, *(line[a:b].strip() for a, b in zip(starts[1:], bounds[1:], strict=False))])
        j = end = j + 1
    return (Table(rows), end) if len(rows) >= 3 else None


def parse_lines(text: str) -> list[Block]:
    """Paragraphs (one per non-blank line; a line of spaces gives an empty one) and `|` tables."""
    blocks: list[Block] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            blocks.append(Table([r + [""] * (width - len(r)) for r in rows]))
            rows.clear()

    lines = text.splitlines()
    if sum(1 for ln in lines if ln.lstrip().startswith(">")) >= 5:  # a quoted copy ("> " before each line)
        lines = [re.sub(r"^\s*(?:>[ \t]?)+", "", ln) for ln in lines]
    i = 0
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        i += 1
        laid_out = (_grid_table(lines, i - 1) if line.startswith("+") else None) \
            or (_tab_table(lines, i - 1) if "\t" in line else None) \
            or (_fixed_width_table(lines, i - 1) if "  " in line else None) \
            or (_two_columns(lines, i - 1) if "    " in line else None)
        if laid_out is not None:
            flush()
            blocks.append(laid_out[0])
            i = laid_out[1]
            continue
        if line.count("|") >= 2 and (line.startswith("|") or line.endswith("|")):
            if not _MD_SEPARATOR.match(line):
                rows.append(_split_row(line))
            continue
        end = _multiline_row(lines, i - 1)
        if end is not None:
            rows.append(_split_row("\n".join(x.strip() for x in lines[i - 1:end])))
            i = end
            continue
        if not line:
            if raw:  # a line of spaces: an empty cell in a flattened table
                flush()
                blocks.append(Paragraph(""))
            continue
        flush()
        for part in _joined_paragraphs(line):
            bold = part.startswith("**") or part.startswith("__")
            clean = strip_markup(part)
            if clean:
                blocks.append(Paragraph(clean, None, bold))
    flush()
    return blocks


_PARAGRAPH_JOIN = re.compile(r"(?<=\S) {2,}(?=(?:[-–•+*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,5}\.\s|[a-zđ]\)\s|[A-ZĐÀ-Ỹ]))")


def _joined_paragraphs(line: str) -> list[str]:
    """A long line that a copy made of several paragraphs joined by two spaces ("KẾ HOẠCH  Thực hiện …
    Căn cứ …;  Căn cứ …") as those paragraphs; other lines as they are."""
    if len(line) < 150:
        return [line]
    parts = _PARAGRAPH_JOIN.split(line)
    return parts if len(parts) >= 3 else [line]


def read(data: bytes, fmt: str = "txt") -> RawDocument:
    """A text or markdown file as a RawDocument."""
    text = decode(data)
    if not text.strip():
        raise ReadError("the file has no text")
    blocks = find_record_tables(find_flat_tables(parse_lines(text)))
    return RawDocument([b for b in blocks if not isinstance(b, Paragraph) or b.text], fmt)
