"""Page geometry to blocks: positioned text runs (from a PDF text layer or OCR) into lines, paragraphs,
layout columns and tables, in reading order, joined across pages.

Coordinates are points from the page's top-left corner. A paragraph's wrapped lines are joined back when
the next line's first word would not have fitted on the previous line (so the break was a wrap, not an
Enter) and the next line starts at the left margin (or both lines are centred). Lines with a wide gap in
them open a *region* laid out in columns (the header table, the signature block): it becomes a small
Table read column by column, as a Word header table is.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

from extractor.blocks import Block, Paragraph, Table


@dataclass
class Seg:
    """A run of text on one line with its box."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool = False
    lead: float | None = None  # width of the first word, when the source knows it

    @property
    def height(self) -> float:
        """Height of the box."""
        return max(self.bottom - self.top, 0.1)

    @property
    def center(self) -> float:
        """Horizontal centre."""
        return (self.x0 + self.x1) / 2

    @property
    def width(self) -> float:
        """Width of the box."""
        return max(self.x1 - self.x0, 0.1)


@dataclass
class Line:
    """One printed line: its chunks (text separated by wide gaps), left to right."""

    chunks: list[Seg]

    @property
    def top(self) -> float:
        """Top of the line."""
        return min(c.top for c in self.chunks)

    @property
    def bottom(self) -> float:
        """Bottom of the line."""
        return max(c.bottom for c in self.chunks)

    @property
    def height(self) -> float:
        """Height of the line."""
        return statistics.median(c.height for c in self.chunks)

    @property
    def x0(self) -> float:
        """Left edge."""
        return self.chunks[0].x0

    @property
    def x1(self) -> float:
        """Right edge."""
        return self.chunks[-1].x1

    @property
    def center_x(self) -> float:
        """Horizontal centre of the line."""
        return (self.x0 + self.x1) / 2

    @property
    def text(self) -> str:
        """The chunks' text joined by spaces."""
        return " ".join(c.text for c in self.chunks)

    @property
    def bold(self) -> bool:
        """True when the line's first chunk is bold."""
        return self.chunks[0].bold


@dataclass
class Grid:
    """A ruled table found on a page: rows of cell text (None = covered from the left), its box."""

    rows: list[list[str | None]]
    top: float
    bottom: float
    columns: list[float] = field(default_factory=list)


@dataclass
class Page:
    """One page's flow text (segments outside tables) and tables."""

    number: int
    width: float
    height: float
    segs: list[Seg] = field(default_factory=list)
    grids: list[Grid] = field(default_factory=list)


def clean_seg(text: str, x0: float, x1: float, top: float, bottom: float, bold: bool = False) -> Seg | None:
    """A segment with surrounding spaces stripped and its box shrunk to match; None when blank."""
    text = text.replace("\r", " ").replace("\n", " ").replace("\x02", "-").replace("\ufffe", "-")
    if not text.strip():
        return None
    n = len(text)
    lead = n - len(text.lstrip())
    trail = n - len(text.rstrip())
    per = (x1 - x0) / n if n else 0
    return Seg(text.strip(), x0 + lead * per, x1 - trail * per, top, bottom, bold)


# ---------------------------------------------------------------- lines


def group_lines(segs: list[Seg], gap_factor: float = 1.5, markers: bool = True) -> list[Line]:
    """Segments grouped into lines by vertical overlap, then into chunks split at gaps wider than
    `gap_factor` line heights (a list marker set off by a tab kept with its text when `markers`)."""
    rows: list[list[Seg]] = []
    for s in sorted(segs, key=lambda s: (s.top, s.x0)):
        for row in reversed(rows[-4:]):
            top = statistics.median(x.top for x in row)
            bottom = statistics.median(x.bottom for x in row)
            overlap = min(bottom, s.bottom) - max(top, s.top)
            if overlap >= 0.5 * min(bottom - top, s.height):
                row.append(s)
                break
        else:
            rows.append([s])
    lines = []
    for row in rows:
        row.sort(key=lambda s: s.x0)
        h = statistics.median(s.height for s in row)
        chunks: list[Seg] = [Seg(row[0].text, row[0].x0, row[0].x1, row[0].top, row[0].bottom, row[0].bold,
                                 row[0].lead)]
        for s in row[1:]:
            c = chunks[-1]
            gap = s.x0 - c.x1
            if gap > gap_factor * h:
                chunks.append(Seg(s.text, s.x0, s.x1, s.top, s.bottom, s.bold, s.lead))
                continue
            sep = " " if gap > 0.12 * h else ""
            c.text = f"{c.text}{sep}{s.text}"
            c.x1 = max(c.x1, s.x1)
            c.top, c.bottom = min(c.top, s.top), max(c.bottom, s.bottom)
        lines.append(Line(_merge_markers(chunks) if markers else chunks))
    lines.sort(key=lambda ln: ln.top)
    return lines


_MARKER_CHUNK = re.compile(r"^([IVXLC]{1,6}|\d{1,2}(\.\d{1,2})*|[a-zđA-Z])[.):]?$|^[-–—+•*▪●·]$")


def _merge_markers(chunks: list[Seg]) -> list[Seg]:
    """A list marker set off by a tab ("a)<tab>text") kept with the text it marks."""
    out: list[Seg] = []
    for c in chunks:
        if out and _MARKER_CHUNK.match(out[-1].text) and len(out) == 1:
            m = out.pop()
            c = Seg(f"{m.text} {c.text}", m.x0, c.x1, min(m.top, c.top), max(m.bottom, c.bottom), m.bold, m.lead)
        out.append(c)
    return out


# ---------------------------------------------------------------- margins and paragraphs


@dataclass
class Margins:
    """The text block's left and right edge on a page."""

    left: float
    right: float

    @property
    def center(self) -> float:
        """The text block's centre line."""
        return (self.left + self.right) / 2


def margins(lines: list[Line]) -> Margins | None:
    """The text block's edges: the leftmost left edge shared by a tenth of the lines, and the right
    edge most full lines reach (the widest line's, on a page of few lines); None with too few lines."""
    single = [ln for ln in lines if len(ln.chunks) == 1]
    if len(single) < 3:
        return None
    bins = Counter(round(ln.x0 / 3) for ln in single)
    enough = max(2, 0.1 * len(single))
    left_bin = min((b for b, n in bins.items() if n >= enough), default=bins.most_common(1)[0][0])
    left = min(ln.x0 for ln in single if round(ln.x0 / 3) == left_bin)
    rights = sorted(ln.x1 for ln in single)
    right = rights[-1] if len(rights) < 10 else rights[int(0.9 * (len(rights) - 1))]  # few lines: the widest
    return Margins(left, max(right, left + 10))


_LIST_MARKER = re.compile(r"^([-–+•*▪●]\s|\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVXLC]{1,5}[.)]\s)")


def _is_caps(text: str) -> bool:
    """True when every letter of `text` is a capital."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _first_word_width(line: Line) -> float:
    """Width of the first word of a line (measured by the source, else estimated from its share of letters)."""
    c = line.chunks[0]
    if c.lead is not None:
        return c.lead
    word = c.text.split()[0] if c.text.split() else c.text
    return c.width * len(word) / max(len(c.text), 1)


_RULE = re.compile(r"^[-–—_=~*.·•⁂\s]{3,}$")


def is_rule(text: str) -> bool:
    """True for a rule or ornament line ("-----------", "___", "* * *"): layout, never part of a paragraph."""
    return bool(_RULE.match(text.strip()))


def continues(a: Line, b: Line, ma: Margins, mb: Margins, a_is_continuation: bool) -> bool:
    """True when line `b` carries on the paragraph of line `a` (a wrap, not a new paragraph)."""
    if len(a.chunks) > 1 or len(b.chunks) > 1 or is_rule(a.text) or is_rule(b.text):
        return False
    h = a.height
    if abs(b.height - h) > 0.15 * max(h, b.height):
        return False  # a different font size: a title above its text
    space = 0.25 * h
    need = _first_word_width(b) + space
    tol = max(2.0, 0.2 * h)
    a_centered = abs(a.center_x - ma.center) <= tol * 2
    b_centered = abs(b.center_x - mb.center) <= tol * 2 and b.x0 > mb.left + tol
    a_full = abs(a.x0 - ma.left) <= tol
    caps_a, caps_b = _is_caps(a.text), _is_caps(b.text)
    if a_centered and b_centered and not (caps_a and not caps_b) and (not a_full or caps_a == caps_b):
        return (a.x1 - a.x0) + need > 0.9 * (ma.right - ma.left)
    if re.match(r"^(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+[A-ZĐÀ-Ỹ]", b.text.strip()):
        return False  # "a) Chủ trì: …" under a heading that filled its line: an item of its own
    sentence_end = (_LIST_MARKER.match(b.text)
                    or re.search(r"[.:!?]\W*$", a.text) and not b.text[:1].islower())
    room = ma.right + tol if sentence_end else ma.right - 0.5 * h  # doubtful breaks lean to a wrap
    if a.x1 + need <= room:
        return False  # the word would have fitted: the line was ended on purpose
    if abs(b.x0 - mb.left) <= tol:
        return True
    return a_is_continuation and abs(b.x0 - a.x0) <= tol


# ---------------------------------------------------------------- regions (columns)


@dataclass
class Region:
    """Consecutive lines laid out in columns (a header or signature table without borders)."""

    lines: list[Line]

    @property
    def top(self) -> float:
        """Top of the first line."""
        return self.lines[0].top

    def columns(self) -> list[tuple[float, float]]:
        """The x-extents of the columns: the covered stretches between gaps no chunk crosses; when a chunk
        bridges a gutter that the lines with the most chunks keep (a number under two issuers of a joint
        header), the stretches of those lines."""
        chunks = [c for ln in self.lines for c in ln.chunks]
        cols = _coverage(chunks)
        most = max(len(ln.chunks) for ln in self.lines)
        if most > len(cols):
            widest = _coverage([c for ln in self.lines if len(ln.chunks) == most for c in ln.chunks])
            if len(widest) == most:
                return widest
        return cols

    def cells(self) -> list[list[Line]]:
        """The lines of each column (a chunk becomes a one-chunk line of its column; one that bridges a
        gutter goes to the column nearest its centre)."""
        cols = self.columns()
        out: list[list[Line]] = [[] for _ in cols]
        for ln in self.lines:
            for c in ln.chunks:
                i = next((k for k, (a, b) in enumerate(cols) if a - 1 <= c.center <= b + 1), None)
                if i is None:
                    i = min(range(len(cols)), key=lambda k: min(abs(c.center - cols[k][0]), abs(c.center - cols[k][1])))
                out[i].append(Line([c]))
        return out


def _aligned(chunk: Seg, column: list[Seg], tol: float) -> bool:
    """True when `chunk` lines up with the column: centred like a centred column's lines, or on the
    left edge of a left-aligned one (a column of one line may be either)."""
    centred = len(column) < 2 or max(c.center for c in column) - min(c.center for c in column) <= 2 * tol
    flush = len(column) < 2 or any(abs(a.x0 - b.x0) <= tol for i, a in enumerate(column) for b in column[i + 1:])
    return (centred and any(abs(chunk.center - c.center) <= 2 * tol for c in column)
            or flush and any(abs(chunk.x0 - c.x0) <= tol for c in column))


def _coverage(chunks: list[Seg]) -> list[tuple[float, float]]:
    """The x-stretches the chunks cover, gaps between them being columns' gutters."""
    cols: list[list[float]] = []
    for x0, x1 in sorted((c.x0, c.x1) for c in chunks):
        if cols and x0 <= cols[-1][1] + 2:
            cols[-1][1] = max(cols[-1][1], x1)
        else:
            cols.append([x0, x1])
    return [(a, b) for a, b in cols]


def find_regions(lines: list[Line], m: Margins | None = None) -> list[Line | Region]:
    """`lines` with runs of column-laid-out lines gathered into Regions. A region goes on while its lines
    leave a gutter free and a one-chunk line lines up (centred or left-aligned) with its column; a lone
    line that fills the text width is a justified line with wide spaces, not columns."""
    out: list[Line | Region] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if len(ln.chunks) < 2:
            out.append(ln)
            i += 1
            continue
        region = Region([ln])
        j = i + 1
        while j < len(lines):
            nxt = lines[j]
            if nxt.top - region.lines[-1].bottom > 6 * max(nxt.height, region.lines[0].height):
                break
            chunks = [c for r in region.lines for c in r.chunks]
            cols = _coverage(chunks + nxt.chunks)
            if len(cols) < 2:
                break  # the line runs across the gutter
            if len(nxt.chunks) == 1:
                c = nxt.chunks[0]
                a, b = next(col for col in cols if col[0] - 1 <= c.center <= col[1] + 1)
                mates = [x for x in chunks if a - 1 <= x.center <= b + 1]
                if not mates or not _aligned(c, mates, max(2.0, 0.3 * c.height)):
                    break
            region.lines.append(nxt)
            j += 1
        while out and isinstance(out[-1], Line) and _joins_from_above(out[-1], region):
            region.lines.insert(0, out.pop())
        if len(region.lines) == 1 and m is not None and _fills(ln, m):
            merged = Seg(ln.text, ln.x0, ln.x1, ln.top, ln.bottom, ln.bold, ln.chunks[0].lead)
            out.append(Line([merged]))
        else:
            out.append(region)
        i = j
    return out


def _joins_from_above(line: Line, region: Region) -> bool:
    """True when `line`, just above a region, belongs to one of its columns (close below it, within the
    column and lined up with it): a cell whose first line sits higher than its neighbour's."""
    first = region.lines[0]
    if len(line.chunks) != 1 or first.top - line.bottom > 1.0 * first.height:
        return False
    chunks = [c for r in region.lines for c in r.chunks]
    cols = _coverage(chunks + line.chunks)
    if len(cols) < 2:
        return False
    c = line.chunks[0]
    a, b = next(col for col in cols if col[0] - 1 <= c.center <= col[1] + 1)
    mates = [x for x in chunks if a - 1 <= x.center <= b + 1]
    return bool(mates) and _aligned(c, mates, max(2.0, 0.3 * c.height))


def _fills(line: Line, m: Margins) -> bool:
    """True when a line runs from the left margin (or a first-line indent) to the right margin."""
    tol = max(3.0, 0.3 * line.height)
    return line.x0 <= m.left + 3 * line.height and abs(line.x1 - m.right) <= tol


def region_blocks(region: Region, page: int) -> list[Block]:
    """A column region as a one-row layout Table (cells = the column's lines), or as a data Table
    when it has four or more columns."""
    cells = region.cells()
    if len(cells) >= 4:
        return [_data_table(region, page)]
    texts = ["\n".join(_column_lines(col)) for col in cells]
    return [Table([texts], page, [page])]


def _column_lines(lines: list[Line]) -> list[str]:
    """A column's lines, a line starting in lower case (a wrap) joined to the one above."""
    out: list[str] = []
    for ln in lines:
        t = ln.text.strip()
        if out and t[:1].islower():
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(t)
    return out


def _data_table(region: Region, page: int) -> Table:
    """A borderless table with four or more columns: a row starts where the first column has text."""
    cols = region.columns()
    rows: list[list[list[str]]] = []
    for ln in region.lines:
        placed: dict[int, str] = {}
        for c in ln.chunks:
            k = next((k for k, (a, b) in enumerate(cols) if a - 1 <= c.center <= b + 1), 0)
            placed[k] = c.text
        if not rows or 0 in placed:
            rows.append([[] for _ in cols])
        for k, t in placed.items():
            rows[-1][k].append(t)
    table = [[" ".join(cell) for cell in row] for row in rows]
    return Table(table, page, [page] * len(table))


# ---------------------------------------------------------------- cells


def cell_text(segs: list[Seg], x0: float, x1: float, inset: float) -> str:
    """A table cell's paragraphs (wrapped lines joined) separated by newlines."""
    lines = group_lines(segs)
    if not lines:
        return ""
    m = Margins(x0 + inset, x1 - inset)
    paras = _paragraphs(lines, m)
    return "\n".join(t for t, _, _ in paras)


def _paragraphs(lines: list[Line], m: Margins) -> list[tuple[str, bool, Line]]:
    """Lines joined into paragraphs within one box of margins `m` (text, bold, first line)."""
    out: list[tuple[str, bool, Line]] = []
    prev: Line | None = None
    cont = False
    gap_limit = _gap_limit(lines)
    for ln in lines:
        if prev is not None and ln.top - prev.bottom <= gap_limit and continues(prev, ln, m, m, cont):
            t, b, first = out[-1]
            out[-1] = (_join(t, ln.text), b, first)
            cont = True
        else:
            out.append((ln.text, ln.bold, ln))
            cont = False
        prev = ln
    return out


def _gap_limit(lines: list[Line]) -> float:
    """The largest vertical gap between two lines of one paragraph: the usual gap plus half a line."""
    gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:], strict=False) if b.top > a.bottom - 1]
    if not gaps:
        return 1e9
    h = statistics.median(ln.height for ln in lines)
    return max(statistics.median(gaps), 0) + 0.6 * h


_DATE_TOKEN = re.compile(r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/\d{4}")


def _join(a: str, b: str) -> str:
    """Two wrapped lines joined; a code broken after a hyphen or slash ("2644/KH-") or a date broken
    inside its digits ("01/10/202" + "4") joined without a space."""
    a, b = a.rstrip(), b.lstrip()
    last = a.rsplit(" ", 1)[-1]
    if re.search(r"\w[-/]$", a) and re.search(r"[/\d]", last) or _split_date(last, b.split(" ", 1)[0]):
        return a + b
    return f"{a} {b}"


def _split_date(last: str, first: str) -> bool:
    """True when an unfinished date at a line's end ("01/10/202", "15/1") and the digits that start the
    next line ("4", "0/2024") make one whole date."""
    if not re.fullmatch(r"\d+(?:/\d+)+", last) or _DATE_TOKEN.fullmatch(last) or not first[:1].isdigit():
        return False
    m = _DATE_TOKEN.match(last + first)
    return bool(m) and not (last + first)[m.end():m.end() + 1].isdigit()


def _cluster(values: list[float], tol: float = 1.5) -> list[float]:
    """Sorted values with those closer than `tol` to the previous one merged."""
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def grid_from_cells(cells: list, segs: list[Seg]) -> tuple[Grid, set[int]] | None:
    """A table's cell boxes (x0, top, x1, bottom) as a Grid (horizontal merges None, vertical merges
    repeated), with the text of the segments inside each cell, and the ids of the segments used; None for
    a single-cell frame (read as ordinary text)."""
    cells = [c for c in cells if c is not None]
    if not cells:
        return None
    xs = _cluster([c[0] for c in cells])
    tops = _cluster([c[1] for c in cells])
    if len(xs) < 2 and len(tops) < 2:
        return None

    def index(values: list[float], v: float) -> int:
        """Index of the value nearest `v`."""
        return min(range(len(values)), key=lambda k: abs(values[k] - v))

    used: set[int] = set()
    inside: dict[int, list[Seg]] = {}
    for n, (x0, top, x1, bottom) in enumerate(cells):
        inside[n] = [s for s in segs if x0 <= s.center <= x1 and top <= (s.top + s.bottom) / 2 <= bottom]
        used.update(id(s) for s in inside[n])
    insets = Counter(round(min(s.x0 for s in inside[n]) - cells[n][0]) for n in inside if inside[n])
    inset = min(max(insets.most_common(1)[0][0] if insets else 4.0, 1.0), 8.0)  # the usual cell padding
    rows: list[list[str | None]] = [["" for _ in xs] for _ in tops]
    for n, (x0, top, x1, bottom) in enumerate(cells):
        r0, c0 = index(tops, top), index(xs, x0)
        r1 = max(r0 + 1, sum(1 for t in tops if t < bottom - 1.5))
        c1 = max(c0 + 1, sum(1 for x in xs if x < x1 - 1.5))
        text = cell_text(inside[n], x0, x1, inset)
        for r in range(r0, r1):
            for c in range(c0, c1):
                rows[r][c] = text if c == c0 else None
    top, bottom = min(c[1] for c in cells), max(c[3] for c in cells)
    return Grid(rows, top, bottom, xs), used


# ---------------------------------------------------------------- page furniture


_PAGE_NUMBER = re.compile(r"^[-–—\s(]*(trang|page)?\s*\d{1,4}(\s*(/|trên|of)\s*\d{1,4})?[-–—\s)]*$", re.I)


def drop_furniture(pages: list[Page]) -> None:
    """Page numbers and running heads/footers (lines repeated in the top or bottom margin) removed."""
    def band_lines(p: Page) -> list[Line]:
        """The lines in the page's top and bottom margins."""
        segs = [s for s in p.segs if s.bottom < 0.1 * p.height or s.top > 0.9 * p.height]
        return group_lines(segs)

    def key(line: Line) -> str:
        """A line's text with its numbers masked, to find running heads."""
        return re.sub(r"\d+", "#", line.text.lower())

    bands = {p.number: band_lines(p) for p in pages}
    seen: Counter[str] = Counter()
    for lines in bands.values():
        seen.update({key(ln) for ln in lines})
    repeated = {k for k, n in seen.items() if n >= 3 and n >= 0.5 * len(pages)}
    for p in pages:
        drop = {id(c) for ln in bands[p.number] for c in ln.chunks
                if _PAGE_NUMBER.match(ln.text) or key(ln) in repeated or len(ln.text.strip()) <= 2}
        if drop:
            ids = {id(s) for s in p.segs if any(_covers(c, s) for c in _dropped(bands[p.number], drop))}
            p.segs = [s for s in p.segs if id(s) not in ids]


def _dropped(lines: list[Line], ids: set[int]) -> list[Seg]:
    """The chunks of `lines` whose ids are in `ids`."""
    return [c for ln in lines for c in ln.chunks if id(c) in ids]


def _covers(chunk: Seg, seg: Seg) -> bool:
    """True when `seg` lies inside `chunk` (a chunk is made of the segments it covers)."""
    return chunk.x0 - 0.5 <= seg.x0 and seg.x1 <= chunk.x1 + 0.5 and chunk.top - 0.5 <= seg.top <= chunk.bottom


# ---------------------------------------------------------------- the document


def assemble(pages: list[Page]) -> list[Block]:
    """The blocks of the document: paragraphs (joined across lines and pages), layout regions and
    tables (a table continued on the next page joined, its repeated header rows dropped); page furniture
    is dropped beforehand (`drop_furniture`)."""
    blocks: list[Block] = []
    last_line: Line | None = None  # the last line of the open paragraph
    last_margins: Margins | None = None
    cont = False
    open_para = False
    table_open = False  # the last block is a table that ended its page
    page_lines = {p.number: group_lines(p.segs) for p in pages}
    by_width: dict[int, list[Line]] = {}
    for p in pages:
        by_width.setdefault(round(p.width), []).extend(page_lines[p.number])
    doc_margins = {w: margins(lines) for w, lines in by_width.items()}
    for p in pages:
        lines = page_lines[p.number]
        own = margins(lines) if len(lines) >= 12 else None  # a scan shifts each page differently
        m = own or doc_margins.get(round(p.width)) or Margins(0.1 * p.width, 0.9 * p.width)
        items: list[tuple[float, object]] = [(x.top, x) for x in find_regions(lines, m)]
        items += [(g.top, g) for g in p.grids]
        items.sort(key=lambda t: t[0])
        gap_limit = _gap_limit(lines)
        first_on_page = True
        for _, item in items:
            if isinstance(item, Line):
                same_page = not first_on_page
                near = (item.top - last_line.bottom <= gap_limit) if (last_line and same_page) else True
                if (open_para and last_line is not None and near
                        and continues(last_line, item, last_margins or m, m, cont)):
                    prev = blocks[-1]
                    prev.text = _join(prev.text, item.text)
                    cont = True
                else:
                    blocks.append(Paragraph(item.text, p.number, item.bold))
                    open_para, cont = True, False
                last_line, last_margins = item, m
                table_open = False
            elif isinstance(item, Region):
                blocks.extend(region_blocks(item, p.number))
                open_para, last_line, table_open = False, None, False
            else:
                grid: Grid = item  # type: ignore[assignment]
                prev = blocks[-1] if blocks else None
                if first_on_page and table_open and isinstance(prev, Table) and _same_columns(prev, grid):
                    _append_rows(prev, grid.rows, p.number)
                else:
                    blocks.append(Table(grid.rows, p.number, [p.number] * len(grid.rows)))
                open_para, last_line = False, None
                table_open = True
            first_on_page = False
        if items and not isinstance(items[-1][1], Grid):
            table_open = False
    return blocks


def _same_columns(table: Table, grid: Grid) -> bool:
    """True when a table and a grid have the same number of columns."""
    width = max((len(r) for r in table.rows), default=0)
    return width == max((len(r) for r in grid.rows), default=0)


def _norm(row: list[str | None]) -> list[str]:
    """A row's cells lower-cased with spaces collapsed, for comparing rows."""
    return [re.sub(r"\s+", " ", c or "").strip().lower() for c in row]


def _same_row(a: list[str | None], b: list[str | None]) -> bool:
    """True when two rows are the same header row (OCR may read it a little differently on each page)."""
    from rapidfuzz import fuzz

    na, nb = _norm(a), _norm(b)
    if not any(na) or [c is None for c in a] != [c is None for c in b]:
        return False
    return na == nb or fuzz.ratio(" | ".join(na), " | ".join(nb)) >= 90


def _append_rows(table: Table, rows: list[list[str | None]], page: int) -> None:
    """Rows of a table's continuation appended: the repeated header rows dropped, and a row split by
    the page break (its text carries on in lower case, no number) joined to the row above."""
    k = 0
    while k < len(rows) and k < len(table.rows) and _same_row(rows[k], table.rows[k]):
        k += 1
    rows = rows[k:]
    if rows and table.rows:
        first = rows[0]
        texts = [c for c in first if c]
        if texts and not (first[0] or "").strip() and all(t[:1].islower() for t in texts):
            last = table.rows[-1]
            table.rows[-1] = [(_join(a or "", b or "").strip() if (a is not None or b is not None) else None)
                              if b else a for a, b in zip(last, first, strict=False)]
            rows = rows[1:]
    table.rows.extend(rows)
    table.row_pages.extend([page] * len(rows))
