"""Task tables printed without rules (a Word table whose borders are switched off): no stroke marks the
cells, and the gap between two columns is only the cells' padding (about one line height), too narrow for
the layout's column regions. A table is recognised by its header row, whose cells name task-table
columns (data/task_columns.json, header_roles); its columns are the vertical stripes that none of its body
lines crosses (word spaces never line up from line to line, a gutter does); a row starts where the first
column has text. The table becomes a Grid of its page, like a ruled one, and goes on at the top of the
next page (the header repeated or not)."""
from __future__ import annotations

from dataclasses import dataclass

from extractor.readers.flat_table import column_roles, header_role, is_stt, is_task_table
from extractor.readers.layout import Grid, Line, Page, Seg, _coverage, cell_text, group_lines

NARROW = 0.6  # the least gutter between two columns, in line heights (the cells' padding)
LINE_GAP = 1.2  # a vertical gap wider than this many line heights ends the table


Span = tuple[float, float]


@dataclass
class _Found:
    """A borderless table on a page: its grid, the lines it took (from `start` to `end`), its columns."""

    grid: Grid
    start: int
    end: int
    columns: list[Span]
    header_rows: int


def find_tables(pages: list[Page]) -> None:
    """The borderless task tables of the pages moved from their text into their grids."""
    carry: tuple[list[Span], list[list[str | None]]] | None = None  # a table that ended its page
    for page in pages:
        lines = group_lines(page.segs, NARROW, markers=False)
        found: list[_Found] = []
        i = 0
        if carry is not None and lines and _header_at(lines, 0) is None:
            cont = _continuation(lines, carry[0], not carry[1] or column_roles(carry[1])[0] == "stt")
            if cont is not None:
                found.append(cont)
                i = cont.end
        while i < len(lines):
            known = carry[1] if carry is not None and i == 0 else None
            table = _table_at(lines, i, known) if _header_at(lines, i) is not None else None
            if table is None:
                i += 1
                continue
            found.append(table)
            i = table.end
        for t in found:
            chunks = [c for ln in lines[t.start:t.end] for c in ln.chunks]
            box = (lines[t.start].top, lines[t.end - 1].bottom, min(c.x0 for c in chunks), max(c.x1 for c in chunks))
            page.segs = [s for s in page.segs if not _inside(s, *box)]
            page.grids.append(t.grid)
        if found and found[-1].end == len(lines):
            last = found[-1]
            header = last.grid.rows[:last.header_rows] if last.header_rows else carry[1] if carry else []
            carry = (last.columns, header)
        else:
            carry = None


def _inside(s: Seg, top: float, bottom: float, left: float, right: float) -> bool:
    """True when a text run lies in the box."""
    return top - 0.5 <= (s.top + s.bottom) / 2 <= bottom + 0.5 and left - 0.5 <= s.center <= right + 0.5


def _header_at(lines: list[Line], i: int) -> list[str | None] | None:
    """The column roles a line's chunks name when it can open a task table (three chunks or more, at least
    two naming distinct columns), else None."""
    chunks = lines[i].chunks
    if len(chunks) < 3:
        return None
    roles = [header_role(c.text) for c in chunks]
    named = {r for r in roles if r}
    return roles if len(named) >= 2 else None


def _merges(old: list[Span], new: list[Span]) -> bool:
    """True when one stretch of `new` covers two of `old` (a line ran across a gutter)."""
    return any(sum(1 for a, b in old if x0 - 1 <= a and b <= x1 + 1) >= 2 for x0, x1 in new)


def _spanning(line: Line, columns: list[Span], following: Line | None = None) -> bool:
    """True for a line that may run across gutters: a group row (its ordinal in the first column, the title
    merged over the others), or a bold title row when the line under it keeps to the columns (else it is a
    heading after the table)."""
    first = line.chunks[0]
    if first.center <= columns[0][1] + 1 and len(columns) > 1 and first.x1 < columns[1][0] and is_stt(first.text):
        return True
    if not all(c.bold for c in line.chunks) or following is None:
        return False
    return not _merges(columns, _coverage([*(Seg("", a, b, 0, 0) for a, b in columns), *following.chunks]))


def _body(lines: list[Line], i: int) -> list[tuple[Line, bool]]:
    """The lines below line `i` that carry on its columns, each with True when it runs across a gutter
    (a merged group row); ends at a wide vertical gap or a line that crosses the gutters."""
    chunks = list(lines[i].chunks)
    columns = _coverage(chunks)
    out: list[tuple[Line, bool]] = []
    prev = lines[i]
    for j in range(i + 1, len(lines)):
        ln = lines[j]
        if _apart(prev, ln) or _sticks_out(ln, chunks[len(lines[i].chunks):]):
            break
        new = _coverage(chunks + ln.chunks)
        if not _merges(columns, new):
            chunks += ln.chunks
            columns = new
            out.append((ln, False))
        elif _spanning(ln, columns, lines[j + 1] if j + 1 < len(lines) and not _apart(ln, lines[j + 1]) else None):
            out.append((ln, True))
        else:
            break
        prev = ln
    return out


def _sticks_out(line: Line, body: list[Seg]) -> bool:
    """True when a line starts left of the edge the body's text is flush with in that column (a paragraph
    after the table, indented from the margin): a cell's lines keep to its left edge."""
    first = line.chunks[0]
    mates = [c for c in body if c.x0 - 1 <= first.center <= c.x1 + 1 or first.x0 - 1 <= c.center <= first.x1 + 1]
    if len(mates) < 3:
        return False
    edge = min(c.x0 for c in mates)
    flush = sum(1 for c in mates if c.x0 - edge <= 2)
    return flush >= 0.8 * len(mates) and first.x0 < edge - 2


def _apart(a: Line, b: Line) -> bool:
    """True when a vertical gap wider than a table's line spacing parts two lines."""
    return b.top - a.bottom > LINE_GAP * max(a.height, b.height)


def _place(chunk: Seg, columns: list[Span]) -> tuple[int, int]:
    """The first and last column a chunk lies over: the columns (split at the middle of the gutters) that
    hold a quarter of its width at least, else the one holding most of it."""
    cuts = [(a[1] + b[0]) / 2 for a, b in zip(columns, columns[1:], strict=False)]
    edges = [-1e9, *cuts, 1e9]
    share = [max(0.0, min(chunk.x1, edges[k + 1]) - max(chunk.x0, edges[k])) for k in range(len(columns))]
    over = [k for k, v in enumerate(share) if v >= 0.25 * chunk.width]
    if not over:
        k = max(range(len(columns)), key=lambda k: share[k])
        return k, k
    return over[0], over[-1]


def _in_first(line: Line, columns: list[Span]) -> bool:
    """True when a line has text in the first column."""
    return any(_place(c, columns)[0] == 0 for c in line.chunks)


def _table_at(lines: list[Line], i: int, known: list[list[str | None]] | None = None) -> _Found | None:
    """The borderless task table whose header row starts at line `i`, or None; `known`: the header rows of
    the table on the previous page (repeated here, its lines tell the header from the body)."""
    body = _body(lines, i)
    plain = [ln for ln, spans in body if not spans]
    if not plain:
        return None
    first_cols = _coverage([c for ln in plain for c in ln.chunks])
    if len(first_cols) < 3:
        return None
    n_head = next((k for k, (ln, _) in enumerate(body) if not _head_line(ln, lines[i], first_cols, known)),
                  len(body))
    head = [lines[i]] + [ln for ln, _ in body[:n_head]]
    rows_body = body[n_head:]
    columns = _coverage([c for ln, spans in rows_body if not spans for c in ln.chunks])
    if len(columns) < 3:
        return None
    header = _header_rows(head, columns)
    roles = column_roles(header)
    if not is_task_table(roles) or sum(1 for r in roles if r) < 3:
        return None
    rows = _rows([ln for ln, _ in rows_body], columns, roles[0] == "stt")
    end = i + 1 + len(body)
    grid = Grid(header + rows, lines[i].top, lines[end - 1].bottom, [a for a, _ in columns])
    return _Found(grid, i, end, columns, len(header))


def _head_line(line: Line, first: Line, columns: list[Span], known: list[list[str | None]] | None) -> bool:
    """True when a line under the header's first line still belongs to the header: no text in the first
    column (where a body row starts), and set in bold like the header, or part of the header repeated
    from the previous page; without either clue, any such line."""
    if _in_first(line, columns):
        return False
    repeated = known is not None and all(c.text in _flat(known) for c in first.chunks)
    if repeated:
        return all(c.text in _flat(known) for c in line.chunks)
    if all(c.bold for c in first.chunks):
        return all(c.bold for c in line.chunks)
    return True


def _flat(rows: list[list[str | None]]) -> str:
    """The text of table rows on one line (to look words up in)."""
    return " ".join(" ".join(c.split()) for row in rows for c in row if c)


def _continuation(lines: list[Line], columns: list[Span], numbered: bool) -> _Found | None:
    """A borderless table going on at the top of a page without its header: the lines that keep to the
    previous page's columns (nothing left of the first one, no gutter crossed but by a group row)."""
    frame = [Seg("", a, b, 0, 0) for a, b in columns]
    end = 0
    for j, ln in enumerate(lines):
        if j and _apart(lines[j - 1], ln) or ln.x0 < columns[0][0] - 3:
            break
        following = lines[j + 1] if j + 1 < len(lines) and not _apart(ln, lines[j + 1]) else None
        if _merges(columns, _coverage([*frame, *ln.chunks])) and not _spanning(ln, columns, following):
            break
        end += 1
    if end < 1:
        return None
    rows = _rows(lines[:end], columns, numbered)
    return _Found(Grid(rows, lines[0].top, lines[end - 1].bottom, [a for a, _ in columns]), 0, end, columns, 0)


def _header_rows(head: list[Line], columns: list[Span]) -> list[list[str | None]]:
    """The header lines as header rows: a line under a cell that spans columns (a parent header such as
    "Thời gian" over "Bắt đầu" / "Kết thúc") starts the next header row, whose other cells repeat the
    row above (a vertical merge); any other line carries on the cells' wrapped text."""
    rows: list[list[list[Seg] | None]] = []
    for ln in head:
        if not rows or any(rows[-1][_place(c, columns)[0]] is None for c in ln.chunks):
            rows.append([[] for _ in columns])
        _put(rows[-1], ln, columns)
    out: list[list[str | None]] = []
    for row in rows:
        texts = [None if cell is None else " ".join(c.text for c in cell) for cell in row]
        if out:
            texts = [above if t == "" and above else t for t, above in zip(texts, out[-1], strict=True)]
        out.append(texts)
    return out


def _rows(lines: list[Line], columns: list[Span], numbered: bool) -> list[list[str | None]]:
    """Body lines as rows: a row starts at a line with text in the first column (in a numbered table; else
    text that does not start in lower case, a wrap); chunks run across gutters give merged cells."""
    rows: list[list[list[Seg] | None]] = []
    for ln in lines:
        first = next((c.text for c in ln.chunks if _place(c, columns)[0] == 0), None)
        if not rows or first is not None and (numbered or not first[:1].islower()):
            rows.append([[] for _ in columns])
        _put(rows[-1], ln, columns)
    return [_texts(row, columns) for row in rows]


def _put(row: list[list[Seg] | None], line: Line, columns: list[Span]) -> None:
    """A line's chunks added to the cells of a row; a chunk over several columns merges them (None)."""
    for c in line.chunks:
        a, b = _place(c, columns)
        cell = row[a] if row[a] is not None else []
        cell.append(c)
        row[a] = cell
        for k in range(a + 1, b + 1):
            if row[k] is not None and not row[k]:
                row[k] = None


def _texts(row: list[list[Seg] | None], columns: list[Span]) -> list[str | None]:
    """The cells' text, wrapped lines joined as in a ruled cell (margins: the stretch of the columns the
    cell covers)."""
    out: list[str | None] = []
    for k, cell in enumerate(row):
        if cell is None:
            out.append(None)
            continue
        last = k
        while last + 1 < len(row) and row[last + 1] is None:
            last += 1
        out.append(cell_text(cell, columns[k][0], columns[last][1], 0) if cell else "")
    return out
