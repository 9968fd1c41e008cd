"""Tables flattened by a web copy into one paragraph per cell, put back together as tables.

Also home of the task-table column vocabulary (`header_role`, `column_roles`), which the task
extractor uses for real tables too, so a flattened table and a DOCX/PDF table are read alike.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.blocks import Block, Paragraph, Table
from extractor.data import load

Cell = str | None

# ---------------------------------------------------------------- column vocabulary

_SUB_ROLES = {"time": ("start", "due"), "units": ("lead", "support")}
_TASK_ROLES = {"lead", "support", "start", "due"}
_MAX_HEADER_LEN = 70


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled patterns of task_columns.json."""
    data = load("task_columns")
    return {
        "roles": [(role, re.compile(p, re.I)) for role, p in data["header_roles"]],
        "stt": re.compile(data["stt"]),
        "group_stt": re.compile(data["group_stt"]),
        "sub_row": re.compile(data["sub_row_name"], re.I),
        "time": re.compile(data["time_words"], re.I),
        "heads": re.compile(r"^(?:[-–+•*]\s*)?(?:(?:" + "|".join(
            re.escape(t) for t in sorted(load("units")["leader_titles"], key=len, reverse=True)) + r")\s+)?"
            r"(?:các\s+|những\s+)?(?:" + "|".join(
            re.escape(h) for h in sorted(data["unit_heads"], key=len, reverse=True)) + r")\b", re.I),
        "verbs": re.compile(r"(?<![\w])(?:" + "|".join(
            re.escape(v) for v in sorted(data["duty_verbs"], key=len, reverse=True)) + r")(?![\w])"),
        "not_heads": re.compile(r"^(?:[-–+•*]\s*)?(?:" + "|".join(
            re.escape(h) for h in data["not_unit_starts"]) + r")", re.I),
    }


def _clean(text: str | None) -> str:
    """A header or ordinal cell on one line, without markup stars or a trailing colon."""
    return re.sub(r"\s+", " ", (text or "").replace("\u00a0", " ")).strip(" *_:")


def header_role(text: str | None) -> str | None:
    """The column role a header cell names ("Đơn vị chủ trì" -> "lead"), or None when it names none."""
    t = _clean(text)
    if not t or len(t) > _MAX_HEADER_LEN or len(t.split()) > 9 or (text or "").rstrip().endswith(":") \
            or re.match(r"^(?:[IVXLC]+|\d+)[.)]\s", t):
        return None
    for role, rx in _vocab()["roles"]:
        if rx.search(t):
            return role
    return None


@lru_cache(maxsize=16384)
def is_stt(text: str | None) -> bool:
    """True for an ordinal cell: "1", "1.2", "II", "a"."""
    return bool(_vocab()["stt"].match(_clean(text)))


def is_group_stt(text: str | None) -> bool:
    """True for the ordinal of a group row: a Roman numeral or a capital letter."""
    return bool(_vocab()["group_stt"].match(_clean(text)))


def is_sub_row_name(text: str | None) -> bool:
    """True for the name of a sub-row ("- Đối với …")."""
    return bool(_vocab()["sub_row"].match(_clean(text)))


def looks_like_units(text: str | None) -> bool:
    """True when a cell starts like a unit name or list ("Sở …", "UBND cấp huyện", "- Các cơ quan …")."""
    t = (text or "").strip()
    return bool(_vocab()["heads"].match(t)) and not _vocab()["not_heads"].match(t)


def looks_like_time(text: str | None) -> bool:
    """True when a cell starts like a time phrase ("Quý II", "Tháng 3", "Thường xuyên", "01/3")."""
    return bool(_vocab()["time"].match((text or "").strip()))


def resolve_roles(roles: list[str | None]) -> list[str | None]:
    """Roles with parent roles that found no sub-columns made concrete ("time" -> "due", "units" -> "lead")."""
    out = [{"time": "due", "units": "lead"}.get(r, r) if r else r for r in roles]
    # a second column of a concrete role is not that role again (two "name" columns: keep the first)
    seen: set[str] = set()
    for i, r in enumerate(out):
        if r in ("stt", "name", "lead", "support", "start", "due", "output") and r in seen:
            out[i] = "other"
        elif r:
            seen.add(r)
    return out


def column_roles(header_rows: list[list[Cell]]) -> list[str | None]:
    """The role of each column from a table's header rows (merged cells None or repeated): the lowest
    header row that names a role wins ("Bắt đầu" under "Thời gian", "Chủ trì" under "Cơ quan thực hiện")."""
    width = max((len(r) for r in header_rows), default=0)
    roles: list[str | None] = []
    for j in range(width):
        role = None
        for row in header_rows:
            role = header_role(_cell_text(row, j)) or role
        roles.append(role)
    return resolve_roles(roles)


def _cell_text(row: list[Cell], j: int) -> str | None:
    """The text covering column `j` of a row: a None cell takes the text of the cell to its left."""
    while 0 <= j < len(row) and row[j] is None:
        j -= 1
    return row[j] if 0 <= j < len(row) else None


def is_header_row(row: list[Cell]) -> bool:
    """True when most filled cells of a row (two at least) are column headers."""
    cells = [c for c in row if c and c.strip()]
    if not cells or is_stt(cells[0]) and not header_role(cells[0]):
        return False
    named = sum(1 for c in cells if header_role(c))
    return named >= max(2, (len(cells) * 2 + 2) // 3)


def is_title_row(row: list[Cell]) -> bool:
    """True for a row holding one text only (a title or group merged across the row)."""
    return len({c.strip() for c in row if c and c.strip()}) == 1


def is_numbering_row(row: list[Cell]) -> bool:
    """True for the "(1) (2) (3) …" row some tables put under the header."""
    cells = [_clean(c) for c in row if c and c.strip()]
    nums = [re.fullmatch(r"\(?(\d{1,2})\)?", c) for c in cells]
    return len(cells) >= 3 and all(nums) and [int(m.group(1)) for m in nums] == sorted(
        int(m.group(1)) for m in nums)


def is_task_table(roles: list[str | None]) -> bool:
    """True when the columns name tasks and say who does them or when."""
    return "name" in roles and any(r in _TASK_ROLES for r in roles)


def is_list_table(roles: list[str | None]) -> bool:
    """True for a numbered table of units ("STT | Cơ quan, đơn vị được kiểm tra | Thời gian | Ghi chú")."""
    return "stt" in roles and "listed" in roles and "name" not in roles


# ---------------------------------------------------------------- flattened header

@dataclass
class _Header:
    """A header found in a run of paragraphs: its rows (as a Table would give them) and column roles."""

    rows: list[list[Cell]]
    roles: list[str | None]
    end: int


def _header_at(paras: list[Paragraph | None], i: int) -> _Header | None:
    """The header of a flattened task table starting at paragraph `i`, or None."""
    items: list[tuple[str, str]] = []
    j = i
    while j < len(paras) and paras[j] is not None:
        t = _clean(paras[j].text)
        role = header_role(paras[j].text)
        if role is None or _repeats(items, role):
            break
        items.append((t, role))
        j += 1
    if len(items) < 2 or any(r == items[0][1] for _, r in items[1:]) or any(r == "stt" for _, r in items[1:3]):
        return None  # a title line ("DANH MỤC NHIỆM VỤ") before the header: the header starts later
    top, sub = _split_header(items)
    rows_top: list[Cell] = []
    rows_sub: list[Cell] = []
    roles: list[str | None] = []
    for text, role, children in top:
        if children:
            rows_top.extend([text] + [None] * (len(children) - 1))
            rows_sub.extend(c[0] for c in children)
            roles.extend(c[1] for c in children)
        else:
            rows_top.append(text)
            rows_sub.append(text)
            roles.append(role)
    roles = resolve_roles(roles)
    if not is_task_table(roles) and not is_list_table(roles):
        return None
    rows = [rows_top, rows_sub] if sub else [rows_top]
    # a list table is rebuilt like a task table whose name column is the units it lists
    return _Header(rows, [("name" if r == "listed" else r) for r in roles], j)


def _repeats(items: list[tuple[str, str]], role: str) -> bool:
    """True when a header cell of `role` cannot follow `items` (its role is taken, and it is no
    sub-header under a parent such as "Thời gian" or "Cơ quan thực hiện"): the header has ended."""
    seen = [r for _, r in items]
    if role not in seen or role in ("other", "time", "units"):
        return False
    parent = next((p for p, kids in _SUB_ROLES.items() if role in kids), None)
    return not (parent in seen and seen.count(role) == 1 and seen.index(role) < seen.index(parent))


def _split_header(items: list[tuple[str, str]]):
    """Top-row headers, each with the sub-headers of the second row under it, and whether there is a second row.

    The second row is the longest trailing run of "Bắt đầu / Hoàn thành / Chủ trì / Phối hợp" headers that
    all find a parent: each goes, in order, under the first parent header of its family ("Thời gian …",
    "Cơ quan thực hiện …") that has no header of its role yet.
    """
    tail = 0
    while tail < len(items) and items[len(items) - 1 - tail][1] in ("start", "due", "lead", "support"):
        tail += 1
    for size in range(tail, 0, -1):
        top, sub = items[: len(items) - size], items[len(items) - size:]
        children: dict[int, list[tuple[str, str]]] = {k: [] for k, (_, r) in enumerate(top) if r in _SUB_ROLES}
        for text, role in sub:
            home = next((k for k, kids in children.items()
                         if role in _SUB_ROLES[top[k][1]] and role not in {r for _, r in kids}), None)
            if home is None:
                break
            children[home].append((text, role))
        else:
            return [(t, r, children.get(k, [])) for k, (t, r) in enumerate(top)], True
    return [(t, r, []) for t, r in items], False


# ---------------------------------------------------------------- rebuilding rows

_END = re.compile(r"^(?:PHỤ LỤC|Phụ lục|PHỤ BIỂU|Phụ biểu|Lưu ý|LƯU Ý|Ghi chú|GHI CHÚ|Chú thích|Nơi nhận|NƠI NHẬN"
                  r"|(?:TM|KT|TL|TUQ)\.\s)|^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s+\S")
_MAX_CELL_PARAS = 8
_INF = float("inf")
# costs (lower is better): tuned so that the sure parse wins and the doubtful ones stay cheap
_C_EMPTY = 0.2       # an empty cell
_C_MISSING = 0.4     # a trailing cell the copy left out
_C_NO_STT = 0.6      # a row that starts at its name (the ordinal cell left out)
_C_SPAN = 0.05       # one time cell spanning "Bắt đầu" and "Hoàn thành"
_C_SKIP = 0.9        # a cell inside a row that the copy left out
_C_EXIT = 1.2        # each paragraph left after the table ends
_C_EXIT_PROSE = 0.5  # … when it reads as prose (a long sentence)
_C_BARE = 1.5        # a row with nothing but a name and no ordinal: more likely prose after the table
_ORDINARY, _GROUP, _BARE = 0, 1, 2  # rows: with their ordinal, group rows, rows that start at their name


def _emission(role: str | None, texts: list[str]) -> float:
    """How badly the paragraphs `texts` fit as one cell of a column with role `role`."""
    first = texts[0]
    if not first:
        return {"stt": 0.3, "name": 2.5}.get(role, _C_EMPTY)
    if role == "stt":
        return 0.0 if len(texts) == 1 and is_stt(first) else _INF
    if any(is_stt(t) for t in texts):
        return _INF
    units, time = looks_like_units(first), looks_like_time(first)
    if role == "name":
        if units and not is_sub_row_name(first):
            return 1.0
        return 1.5 if time and len(first) < 40 else (0.8 if len(first.split()) <= 2 else 0.0)
    if role in ("lead", "support"):
        return (1.2 if _is_sentence(first) else 0.0) if units else (3.0 if time else 1.5)
    if role in ("start", "due"):
        return 0.0 if time else (3.0 if units else 1.5)
    if role == "output":
        return 1.5 if time and len(first) < 40 else (1.0 if units else 0.8 if _is_prose(first) else 0.0)
    return 0.3 if len(first) < 80 else 1.5  # a note: short


def _continuation(role: str | None, prev: str, nxt: str) -> float:
    """Cost of paragraph `nxt` continuing the cell that paragraph `prev` is in."""
    p = prev.rstrip()
    if p.endswith((";", ",")) or nxt[:1].islower():
        return 0.1
    if p[:1] in "-–+•" and nxt[:1] in "-–+•":
        return 0.3
    return 1.5


def _cell_cost(role: str | None, texts: list[str]) -> float:
    """How badly paragraphs `texts` fit as one cell of a column: fit of the content plus the joins."""
    cost = _emission(role, texts)
    for a, b in zip(texts, texts[1:], strict=False):
        cost += _continuation(role, a, b)
    return cost


def rebuild_rows(texts: list[str], roles: list[str | None]) -> tuple[list[list[Cell]], int]:
    """Rows of a flattened table body (one paragraph per cell, "" = empty cell) and the count used.

    A dynamic program over paragraphs × columns: each row starts at its ordinal cell (or at its
    name when the ordinal was left out), cells take one or more paragraphs in column order, one
    time cell may span "Bắt đầu" and "Hoàn thành", trailing cells may be missing, and the table
    may end before the paragraphs do (the rest is prose).
    """
    k = len(roles)
    n = len(texts)
    stt = roles.index("stt") if "stt" in roles else None
    name = roles.index("name")
    first = stt if stt is not None else 0
    miss = _C_MISSING if stt is not None else 2 * _C_MISSING  # no ordinals: less to tell rows apart by
    starts = [(first, 0.0, _ORDINARY if first != name else _BARE)]
    if first != name and stt is not None:
        starts.append((name, _C_NO_STT, _BARE))
    # best[i][(j, kind)]: least cost with i paragraphs used, the last cell at column j (-1: between rows)
    best: list[dict[tuple[int, int], float]] = [{} for _ in range(n + 1)]
    best[0][(-1, _ORDINARY)] = 0.0
    back: dict[tuple[int, int, int], tuple] = {}
    cell_cache: dict[tuple[int, int, int], float] = {}

    def cell(i: int, length: int, j: int) -> float:
        """Cost (cached) of paragraphs i … i+length-1 as one cell of column j."""
        key = (i, length, j)
        if i + length > n:
            return _INF
        if key not in cell_cache:
            chunk = texts[i:i + length]
            cell_cache[key] = _INF if length > 1 and not all(chunk) else _cell_cost(roles[j], chunk)
        return cell_cache[key]

    def relax(i: int, state: tuple[int, int], cost: float, prev: tuple, move: tuple) -> None:
        """Keep the cheaper way to reach `state` after i paragraphs."""
        if cost < best[i].get(state, _INF):
            best[i][state] = cost
            back[(i, *state)] = (prev, move)

    for i in range(n + 1):
        here = best[i]
        # close the rows that can end at i before starting new cells from the row boundary
        for (j, kind), c in sorted(here.items()):
            if j >= name:
                missing = 0.0 if kind == _GROUP else miss * (k - 1 - j)
                if kind == _BARE and j == name:
                    missing += _C_BARE
                relax(i, (-1, _ORDINARY), c + missing, (i, j, kind), ("close",))
        for (j, kind), c in list(here.items()):
            if j == -1:
                for col, pen, new_kind in starts:
                    for length in range(1, (2 if col == stt else _MAX_CELL_PARAS + 1)):
                        cc = cell(i, length, col)
                        if cc != _INF:
                            grp = _GROUP if col == stt and is_group_stt(texts[i]) else new_kind
                            relax(i + length, (col, grp), c + pen + cc, (i, j, kind), ("cell", col, length, False))
                continue
            if j + 1 >= k:
                continue
            span_ok = roles[j + 1] == "start" and j + 2 < k and roles[j + 2] == "due"
            for length in range(1, _MAX_CELL_PARAS + 1):
                cc = cell(i, length, j + 1)
                if cc == _INF:
                    continue
                relax(i + length, (j + 1, kind), c + cc, (i, j, kind), ("cell", j + 1, length, False))
                if span_ok:
                    relax(i + length, (j + 2, kind), c + cc + _C_SPAN, (i, j, kind), ("cell", j + 1, length, True))
                if j + 2 < k and texts[i]:
                    skip = cell(i, length, j + 2)
                    if skip != _INF:
                        relax(i + length, (j + 2, kind), c + skip + _C_SKIP, (i, j, kind),
                              ("cell", j + 2, length, False))
    # the table ends at the row boundary with the least cost plus the paragraphs it leaves out
    left = [0.0] * (n + 1)  # cost of the paragraphs after i left out of the table (blank ones are free)
    for i in range(n - 1, -1, -1):
        left[i] = left[i + 1] + (0.0 if not texts[i] else _C_EXIT_PROSE if _is_prose(texts[i]) else _C_EXIT)
    ends = [(best[i][(-1, _ORDINARY)] + left[i], i) for i in range(n + 1) if (-1, _ORDINARY) in best[i]]
    if not ends:
        return [], 0
    _, used = min(ends)
    return _trace(back, (used, -1, _ORDINARY), texts, roles), used


def _is_prose(text: str) -> bool:
    """True for a paragraph that reads as running text: a long sentence ending with a full stop or colon."""
    return len(text) > 120 and text.rstrip().endswith((".", ":", "./."))


def _is_sentence(text: str) -> bool:
    """True for running text that starts with units and goes on to what they do (three duty verbs or more)."""
    return _is_prose(text) and len(set(_vocab()["verbs"].findall(text))) >= 3


def _trace(back: dict, state: tuple, texts: list[str], roles: list[str | None]) -> list[list[Cell]]:
    """The rows along the back pointers that end in `state`."""
    moves = []
    while state in back:
        prev, move = back[state]
        moves.append((prev, move))
        state = prev
    moves.reverse()
    k = len(roles)
    rows: list[list[Cell]] = []
    row: list[Cell] | None = None
    group = False
    for (i, _j, _g), move in moves:
        if move[0] == "close":
            if row is not None:
                filler: Cell = None if group else ""
                rows.append([filler if c is False else c for c in row])
            row = None
            continue
        _, col, length, span = move
        if row is None:
            row = [False] * k
            group = False
            for c in range(col):
                row[c] = ""
        text = "\n".join(texts[i:i + length])
        row[col] = text
        if col == 0 or roles[col] == "stt":
            group = is_group_stt(text)
        if span:
            row[col + 1] = None
    return rows


# ---------------------------------------------------------------- finding flattened tables

def find_flat_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with runs of one-cell-per-paragraph table text replaced by Table blocks."""
    out: list[Block] = []
    i = 0
    paras = [b if isinstance(b, Paragraph) else None for b in blocks]
    while i < len(blocks):
        header = _header_at(paras, i) if paras[i] is not None else None
        if header is None:
            out.append(blocks[i])
            i += 1
            continue
        first = header.end + _numbering_run(paras, header.end, len(header.roles))
        stop = _table_end(paras, first)
        texts = [_clean_cell(p.text) for p in paras[first:stop]]
        rows, used = rebuild_rows(texts, header.roles)
        if not _plausible(rows, header.roles):
            out.append(blocks[i])
            i += 1
            continue
        page = blocks[i].page
        out.append(Table(header.rows + rows, page, [page] * (len(header.rows) + len(rows))))
        i = first + used
    return out


_FIELD = re.compile(r"^(?P<key>[^:]{2,45}?)\s*:\s*(?P<value>.*)$")
_GROUP_HEADING = re.compile(r"^(?P<stt>[IVXLC]{1,5}|[A-Z])\s*[.)]\s+(?P<name>\S.*)$")


def find_record_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with tables shown as records ("STT: 1" / "Nhiệm vụ: …" / "Đơn vị chủ trì: …" / …, the
    rows of a responsive page one field per line) replaced by Table blocks; a Roman heading between the
    records is a group row."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        found = _records_at(blocks, i)
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        table, i = found
        if out and isinstance(out[-1], Paragraph) and (g := _GROUP_HEADING.match(out[-1].text.strip())):
            out.pop()  # the heading just above the first record is its group
            table.rows.insert(1, [g.group("stt"), g.group("name"), *[None] * (len(table.rows[0]) - 2)])
        out.append(table)
    return out


def _records_at(blocks: list[Block], i: int) -> tuple[Table, int] | None:
    """The record table starting at block `i` and the index after it, or None."""
    def field(k: int) -> tuple[str, str] | None:
        b = blocks[k] if k < len(blocks) else None
        m = _FIELD.match(b.text.strip()) if isinstance(b, Paragraph) else None
        return (_clean(m.group("key")), m.group("value").strip()) if m else None

    first = field(i)
    if first is None or header_role(first[0]) != "stt":
        return None
    keys = [first[0]]
    k = i + 1
    while (f := field(k)) is not None and f[0] != first[0]:
        keys.append(f[0])
        k += 1
    roles = resolve_roles([header_role(x) for x in keys])
    if len(keys) < 3 or not is_task_table(roles):
        return None
    rows: list[list[Cell]] = [keys]
    k = i
    while k < len(blocks):
        if isinstance(blocks[k], Paragraph) and (g := _GROUP_HEADING.match(blocks[k].text.strip())) \
                and field(k + 1) and field(k + 1)[0] == first[0]:
            rows.append([g.group("stt"), g.group("name"), *[None] * (len(keys) - 2)])
            k += 1
            continue
        values = [field(k + j) for j in range(len(keys))]
        if any(v is None for v in values) or [v[0] for v in values] != keys:
            break
        rows.append([v[1] for v in values])
        k += len(keys)
    if sum(1 for r in rows[1:] if r[1] is not None and r[2:] != [None] * (len(keys) - 2)) < 2:
        return None
    page = blocks[i].page
    return Table(rows, page, [page] * len(rows)), k


def _table_end(paras: list[Paragraph | None], first: int) -> int:
    """Index of the first paragraph after `first` that cannot belong to the table: a non-paragraph
    block, a heading or signature line, the site's chrome (`chrome.json`: end markers, dropped lines)
    or a number that does not carry on the table's ordinals (a view counter "1.208" after row 14)."""
    last: tuple[int, ...] | None = None
    stop = first
    while stop < len(paras) and paras[stop] is not None:
        text = paras[stop].text.strip()
        if _END.match(text) or _is_chrome(text):
            break
        digits = re.fullmatch(r"(\d{1,3}(?:\.\d{1,3})*)\s*[.)]?", _clean(text))
        if digits:
            number = tuple(int(x) for x in digits.group(1).split("."))
            if last is not None and not next_ordinal(last, number):
                break
            last = number
        stop += 1
    return stop


def next_ordinal(prev: tuple[int, ...], cur: tuple[int, ...], gap: int = 5) -> bool:
    """True when ordinal `cur` can follow `prev` in one table: the next number at some level ("8.2" ->
    "8.3", "9"; "8" -> "8.1"), a restart at 1 (numbering per group), or a small gap (a row left out)."""
    if cur == (1,):
        return True
    if len(cur) <= len(prev) and cur[:-1] == prev[:len(cur) - 1]:
        return prev[len(cur) - 1] < cur[-1] <= prev[len(cur) - 1] + gap
    if cur[-1] == 1 and len(cur) > 1:  # "9.1" after "8.2" (its parent row left out), "8.1" after "8"
        return cur[:-1] == prev[:len(cur) - 1] or next_ordinal(prev, cur[:-1], gap)
    return False


@lru_cache(maxsize=1)
def _chrome() -> re.Pattern:
    """One pattern for the web chrome lines of `chrome.json` that never belong to a table."""
    c = load("chrome")
    return re.compile("|".join(f"(?:{p})" for p in c["end_markers"] + c["drop_lines"]), re.I)


def _is_chrome(text: str) -> bool:
    """True for a line of the site around the document ("Văn bản này chưa cập nhật …", "1.208")."""
    return bool(text) and bool(_chrome().search(text.lower()))


def _numbering_run(paras: list[Paragraph | None], i: int, width: int) -> int:
    """Length of the "(1) (2) (3) …" column-numbering row under a flattened header at `i` (0 if none)."""
    cells = [_clean(p.text) if p is not None else "" for p in paras[i:i + width]]
    return width if len(cells) == width and is_numbering_row(cells) and cells[0] in ("(1)", "1") \
        and cells[1] in ("(2)", "2") else 0


def _clean_cell(text: str) -> str:
    """A paragraph as a cell: spaces collapsed, no-break spaces gone."""
    return re.sub(r"[ \t\u00a0]+", " ", text).strip()


def _plausible(rows: list[list[Cell]], roles: list[str | None]) -> bool:
    """True when the rebuilt rows look like a task table: rows with a name and a unit or time (two of
    them when the header has only two columns, or, in a list of units, two named rows)."""
    name = roles.index("name")
    task_cols = [j for j, r in enumerate(roles) if r in _TASK_ROLES]
    good = sum(1 for r in rows if r[name] and (any(r[j] for j in task_cols) or not task_cols))
    return good >= (2 if len(roles) < 3 or not task_cols else 1)
