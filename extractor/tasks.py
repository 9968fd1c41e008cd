"""Tasks: rows of task tables and assignments in prose, with units and deadlines.

Three sources, per SCHEMA.md "Tasks: what counts":
- task tables (`Table` blocks under any outline node of the body or an annex), columns mapped by
  their header text, group rows giving `group`, sub-rows kept as tasks;
- label blocks under a numbered item ("a) Chủ trì thực hiện: … b) Phối hợp thực hiện: … c) Thời gian …");
- duties under a unit heading (or with a unit as subject) in the sections that assign work
  ("Tổ chức thực hiện", "Trách nhiệm …", "Tiến độ …").
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractor.blocks import Table
from extractor.data import load
from extractor.dates import deadline_phrases, frequency, parse_time, time_labels
from extractor.readers.flat_table import (
    column_roles,
    is_group_stt,
    is_header_row,
    is_numbering_row,
    is_stt,
    is_sub_row_name,
    is_task_table,
    is_title_row,
    looks_like_units,
)
from extractor.segment import Node, Segments
from extractor.text import is_upper
from extractor.units import (
    canonical_unit,
    drop_parent_notes,
    is_specialty,
    proper_case,
    reads_as_names,
    split_units,
)
from models import Task, TimeSpan


def tasks(seg: Segments, year: int | None, issued: dt.date | None = None, ocr: bool = False) -> list[Task]:
    """Every task of the document (task-table rows, then prose assignments); in a document read by OCR,
    unit names misread in a few places take the spelling they have elsewhere in it."""
    ctx = _Context(year, issued)
    roots = [seg.body] + [a.body for a in seg.annexes]
    out: list[Task] = []
    for root in roots:
        for node, table in _merge_pairs([(n, t) for n in root.walk() for t in n.tables]):
            out.extend(table_tasks(table, ctx, node))
    # a letter's numbered assignments, or a plan without a "Tổ chức thực hiện" section: the body itself
    # (the attached plan's, for a decision whose articles only issue it) holds the duties; a news
    # article's body is a report of what was done, never a list of duties
    bare = not seg.article_like and not any(_duty_sections(r) for r in roots)
    for root in roots:
        out.extend(prose_tasks(root, ctx, as_section=bare and not _is_articles(root)))
    return harmonize_units(out) if ocr else out


_MISREAD_EDITS = 2  # an OCR misreading of a unit name: at most this many characters wrong
_MISREAD_MIN_LEN = 10  # names shorter than this differ by a letter too often to be told apart


def harmonize_units(found: list[Task]) -> list[Task]:
    """Tasks whose unit names are within a couple of edits of a name used more often in the same
    document ("Phòng Phổbiến, …" beside "Phòng Phổ biến, …" five times) given that name: OCR misreadings."""
    counts = Counter(u for t in found for u in [*t.lead, *t.support])
    names = sorted(counts, key=lambda u: -counts[u])
    fix: dict[str, str] = {}
    for name in names:
        if len(name) < _MISREAD_MIN_LEN:
            continue
        for other in names:
            if counts[other] <= counts[name]:
                break
            if Levenshtein.distance(name, other, score_cutoff=_MISREAD_EDITS) <= _MISREAD_EDITS:
                fix[name] = other
                break
    if not fix:
        return found
    for t in found:
        t.lead = list(dict.fromkeys(fix.get(u, u) for u in t.lead))
        t.support = [u for u in dict.fromkeys(fix.get(u, u) for u in t.support) if u not in t.lead]
        t.lead_canonical = [canonical_unit(u) for u in t.lead]
        t.support_canonical = [canonical_unit(u) for u in t.support]
    return found


def _is_articles(root: Node) -> bool:
    """True for the operative part of a decision (Điều 1, Điều 2, …), which issues, not assigns."""
    return any(c.kind == "article" for c in root.children)


@dataclass
class _Context:
    """What every task needs besides its own text: the plan year and the issue date (time anchor)."""

    year: int | None
    issued: dt.date | None
    used: set[int] = field(default_factory=set)  # nodes already read as a task
    used_paras: set[tuple[int, int]] = field(default_factory=set)  # (node, paragraph index) likewise

    def time(self, text: str | None) -> TimeSpan | None:
        """The TimeSpan of a time cell or phrase, or None."""
        text = (text or "").strip()
        return parse_time(text, self.year, self.issued) if text else None


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled patterns of task_columns.json."""
    data = load("task_columns")
    verbs = sorted(data["duty_verbs"], key=len, reverse=True)
    return {
        "labels": [(role, re.compile(rf"(?:^|(?<=[.;\n]))\s*(?:{p})\s*:", re.I)) for role, p in data["role_labels"]],
        "closing": re.compile(data["closing"], re.I),
        "closing_request": re.compile(data["closing_request"], re.I | re.S),
        "assign": re.compile(data["assign_prefix"], re.I),
        "heading_assign": re.compile(data["heading_assign"], re.I),
        "assign_item": re.compile(data["assign_item"], re.I),
        "name_end": re.compile(rf"(?<=\s)(?<!(?i:các)\s)(?<!(?i:những)\s)(?:{data['name_ends']})(?=\s+(?!(?i:{data['name_connectors']})(?![\w]))"
                               r"[a-zđà-ỹ])"),
        "duty_sections": re.compile(data["duty_sections"], re.I),
        "not_duty_sections": re.compile(data["not_duty_sections"], re.I),
        "frames": [re.compile(p, re.I) for p in data["heading_frames"]],
        "verbs": re.compile(r"(?<![\w])(?:" + "|".join(re.escape(v) for v in verbs) + r")(?![\w])"),
        # "cơ quan chủ trì rà soát, đánh giá": the body in charge of a named activity, one unit
        "chaired": re.compile(r"(?<![\w])(?:cơ\s+quan|đơn\s+vị)\s+chủ\s+trì(?:\s+(?:V)(?:\s*,\s*(?:V))*)?(?![\w])"
                              .replace("V", "|".join(re.escape(v) for v in verbs)), re.I),
        "verb_start": re.compile(rf"^(?:(?:{data['verb_prefix']})\s+)?(?:" + "|".join(re.escape(v) for v in verbs)
                                 + rf"|{data['span_stops']})(?![\w])",
                                 re.I),
        "stops": re.compile(data["span_stops"]),
        "prefix_tail": re.compile(rf"\s+(?:{data['verb_prefix']})$"),
        "compounds": re.compile(data["unit_compounds"], re.I),
        "clauses": re.compile(data["unit_clauses"]),
        "support_cues": re.compile(data["support_cues"], re.I),
        "intro": re.compile(data["intro_clause"], re.I),
        "no_assignment": re.compile(data["no_assignment_sections"], re.I),
    }


# ---------------------------------------------------------------- task tables

def merge_continued(tables: list[Table]) -> list[Table]:
    """Tables with parts continued on later pages joined into one (repeated headers dropped)."""
    return [t for _, t in _merge_pairs([(None, t) for t in tables])]


def _merge_pairs(pairs: list[tuple[Node | None, Table]]) -> list[tuple[Node | None, Table]]:
    """(node, table) pairs in reading order with continued parts joined to the part they continue."""
    out: list[tuple[Node | None, Table]] = []
    for node, t in pairs:
        if not t.rows:
            continue
        prev = out[-1][1] if out else None
        last_page = prev.page_of(len(prev.rows) - 1) if prev is not None else None
        near = prev is not None and (node is out[-1][0] or last_page is not None and t.page_of(0) is not None
                                     and 0 <= t.page_of(0) - last_page <= 1)
        if near and _width(prev) == _width(t) and _continues(prev, t):
            rows = list(t.rows)
            pages = [t.page_of(i) for i in range(len(rows))]
            head = _header_count(prev.rows)
            while rows and (head and rows[0] in prev.rows[:head] or is_numbering_row(rows[0])):
                rows.pop(0)
                pages.pop(0)
            out[-1] = (out[-1][0], Table(prev.rows + rows, prev.page,
                                         [prev.page_of(i) for i in range(len(prev.rows))] + pages))
        else:
            out.append((node, t))
    return out


def _width(t: Table) -> int:
    """The number of columns of a table."""
    return max((len(r) for r in t.rows), default=0)


def _continues(prev: Table, t: Table) -> bool:
    """True when `t` carries on `prev`: no header of its own, or the same header repeated."""
    head = _header_count(t.rows)
    if head == 0:
        return is_task_table(column_roles(prev.rows[:_header_count(prev.rows)]))
    return t.rows[:head] == prev.rows[:head]


def _header_count(rows: list[list[str | None]]) -> int:
    """How many leading rows are column headers (with a title row above them and the "(1) (2) …"
    numbering row under them)."""
    n = 1 if len(rows) > 1 and is_title_row(rows[0]) and is_header_row(rows[1]) else 0
    while n < min(len(rows), 5) and is_header_row(rows[n]):
        n += 1
    if n and n < len(rows) and is_numbering_row(rows[n]):
        n += 1
    return n


def table_tasks(table: Table, ctx: _Context, node: Node | None = None) -> list[Task]:
    """One task per row of a task table that names a task; group rows give `group`."""
    head = _header_count(table.rows)
    roles = _table_roles(table, head)
    if not head or not is_task_table(roles):
        return []
    col = {r: roles.index(r) for r in ("stt", "name", "lead", "support", "start", "due", "output") if r in roles}
    rows = _body_rows(table, head, roles)
    base = node.ref() if node is not None and node.kind else ""
    group = _clean_name(node.text) if node is not None and node.kind else None
    group_ref, last_ref, subs = "", "", 0
    out: list[Task] = []
    heads = _numbered_groups([cells for cells, _ in rows], col)
    for k, (cells, page) in enumerate(rows):
        stt = _cell(cells, col.get("stt"))
        name = _cell(cells, col.get("name"))
        if k in heads:  # "1 | Tuyên truyền …" over its 1.1, 1.2: the sub-rows carry the number
            group, last_ref, subs = _clean_name(name), group_ref or base, 0
            continue
        if _is_group_row(cells, col, roles):
            title = name or next(c for j, c in enumerate(cells) if c and c.strip() and j != col.get("stt")) \
                if any(c and c.strip() for j, c in enumerate(cells) if j != col.get("stt")) else stt
            m = re.match(r"^([IVXLC]{1,6}|[A-Z])[.)]\s+(?=\S)", title.strip())
            marker = stt if stt and is_stt(stt) else (m.group(1) if m else "")
            group = _clean_name(title[m.end():] if m and not (stt and is_stt(stt)) else title)
            group_ref = _join_ref(base, marker) if marker else base
            last_ref, subs = group_ref, 0
            continue
        if not name and "name" in col and col["name"] < len(cells) and cells[col["name"]] is None:
            m = re.match(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(\S.*)$", stt, re.S)  # "1. Tên …" over both cells
            stt, name = (m.group(1), m.group(2)) if m else ("", stt)
        if not _clean_name(name):  # a bare bullet or dash names no task
            continue
        start, due = _row_times(cells, col, ctx)
        lead, support = cell_units(_cell(cells, col.get("lead")))
        support += [u for u in _units(_cell(cells, col.get("support"))) if u not in support]
        if out and stt and out[-1].name == _clean_name(name) and out[-1].ref == _join_ref(group_ref or base, stt):
            _absorb(out[-1], lead, support, start, due)  # one task over rows (its ordinal and name merged down)
            continue
        if stt:
            last_ref, subs = _join_ref(group_ref or base, stt), 0
            ref = last_ref
        else:
            subs += 1
            ref = _join_ref(last_ref or group_ref or base, _letter(subs))
        out.append(Task(ref=ref or None, group=group, name=_clean_name(name), lead=lead, support=support,
                        lead_canonical=[canonical_unit(u) for u in lead],
                        support_canonical=[canonical_unit(u) for u in support],
                        start=start, due=due, output=_join_lines(_cell(cells, col.get("output"))) or None,
                        source="table", page=page))
    return out


def _absorb(task: Task, lead: list[str], support: list[str], start: TimeSpan | None, due: TimeSpan | None) -> None:
    """Another row of the same task: its units added, the earliest start and the latest due kept."""
    task.lead += [u for u in lead if u not in task.lead]
    task.support += [u for u in support if u not in task.support and u not in task.lead]
    task.lead_canonical = [canonical_unit(u) for u in task.lead]
    task.support_canonical = [canonical_unit(u) for u in task.support]
    if start is not None and (task.start is None or (start.start or start.end or dt.date.max)
                              < (task.start.start or task.start.end or dt.date.max)):
        task.start = start
    if due is not None and (task.due is None or (due.end or dt.date.min) > (task.due.end or dt.date.min)):
        task.due = due


def _table_roles(table: Table, head: int) -> list[str | None]:
    """Column roles from the header rows; a first column with an empty header holding ordinals is "stt"."""
    roles = column_roles([r for r in table.rows[:head] if not is_numbering_row(r) and not is_title_row(r)])
    if roles and "stt" not in roles and roles[0] is None:
        firsts = [_cell(r, 0) for r in table.rows[head:] if _cell(r, 0)]
        if firsts and sum(map(is_stt, firsts)) >= 0.8 * len(firsts):
            roles[0] = "stt"
    return roles


def _body_rows(table: Table, head: int, roles: list[str | None]) -> list[tuple[list[str | None], int | None]]:
    """Data rows with their pages: repeated headers dropped, rows split by a page break joined."""
    header = table.rows[:head]
    stt_col = roles.index("stt") if "stt" in roles else None
    name_col = roles.index("name")
    out: list[tuple[list[str | None], int | None]] = []
    for i in range(head, len(table.rows)):
        row = list(table.rows[i])
        page = table.page_of(i)
        if row in header or is_numbering_row(row) or not any(c and c.strip() for c in row) \
                or is_header_row(row) or _like_header(row, header):
            continue  # a header repeated on a later page (maybe misread by OCR)
        if out and _split_by_page(out[-1], (row, page), stt_col, name_col):
            prev, prev_page = out[-1]
            out[-1] = ([_join_cells(a, b) for a, b in zip(prev, row, strict=False)] + prev[len(row):], prev_page)
            continue
        out.append((row, page))
    return out


def _like_header(row: list[str | None], header: list[list[str | None]]) -> bool:
    """True when most filled cells of `row` read almost like the header cells above them."""
    pairs = [(c, h[j]) for h in header[-1:] for j, c in enumerate(row)
             if j < len(h) and c and c.strip() and h[j] and h[j].strip()]
    close = sum(1 for c, h in pairs if fuzz.ratio(c.lower(), h.lower()) >= 60)
    return len(pairs) >= 2 and close >= 0.6 * len(pairs)


def _split_by_page(prev: tuple, cur: tuple, stt_col: int | None, name_col: int) -> bool:
    """True when row `cur` is the rest of row `prev` carried over a page break."""
    (prow, ppage), (row, page) = prev, cur
    if page is None or ppage is None or page == ppage:
        return False
    if stt_col is not None and _cell(row, stt_col):
        return False
    name = _cell(row, name_col)
    if not name:
        return True
    pname = _cell(prow, name_col)
    if is_sub_row_name(name) or name[:1] in "-–+•" or re.match(r"^[a-zđ]\)", name):
        return False
    if name[:1].islower():
        return True
    # a capital after an unfinished name: joined only when the other cells also carry on (or are empty)
    rest = [c.strip() for j, c in enumerate(row) if j not in (stt_col, name_col) and c and c.strip()]
    return bool(pname) and not pname.rstrip().endswith((".", ":", ";", ")")) \
        and all(c[:1].islower() or c[:1] in "-–+•" for c in rest)


def _join_cells(a: str | None, b: str | None) -> str | None:
    """A cell cut by a page break put back together (a new line only before a new list item)."""
    if a is None or b is None:
        return a if b is None else b
    if not (a.strip() and b.strip()):
        return a or b
    sep = "\n" if a.rstrip().endswith((";", ":")) or b.lstrip()[:1] in "-–+•" else " "
    return f"{a.rstrip()}{sep}{b.lstrip()}"


def _is_group_row(cells: list[str | None], col: dict[str, int], roles: list[str | None]) -> bool:
    """True for a group header row: a Roman/letter ordinal, one text spanning the row, or an unnumbered
    title alone in the name column; in each case with no units or times."""
    filled = [j for j, c in enumerate(cells) if c and c.strip()]
    if not filled:
        return False
    task_cols = [col[r] for r in ("lead", "support", "start", "due") if r in col]
    stt = _cell(cells, col.get("stt"))
    if stt and is_group_stt(stt) and len(filled) == 2 and len(cells) - filled[1] > 2 \
            and all(c is None for c in cells[filled[1] + 1:]):
        return True  # "I | HẠ TẦNG SỐ" merged across the row from whatever column comes second
    if any(j in filled for j in task_cols):
        return False
    if stt and (is_group_stt(stt) or len(stt) <= 5 and not re.search(r"\d", stt)):
        return True  # a Roman or letter ordinal (also as OCR misreads it: "VỊ", "VIH")
    texts = {cells[j].strip() for j in filled}
    if len(texts) == 1 and len(cells) - filled[0] > 2 and all(c is None or not c.strip() or c.strip() in texts
                                                              for c in cells[filled[0]:]):
        spans = sum(1 for c in cells[filled[0] + 1:] if c is None or c.strip() in texts)
        if spans >= 2 and not is_stt(next(iter(texts))):
            return True  # one cell merged across the row
    name = _cell(cells, col.get("name"))
    return bool(name) and not stt and filled == [col.get("name")] and bool(_GROUP_TITLE.match(name) or is_upper(name))


def _numbered_groups(rows: list[list[str | None]], col: dict[str, int]) -> set[int]:
    """Indices of the rows that are groups although numbered like tasks: when every top-level numbered
    row ("1", "2") names no unit or time and heads dotted sub-rows ("1.1", "1.2"), they all are; a parent
    row among sibling rows that are tasks stays a task."""
    task_cols = [col[r] for r in ("lead", "support", "start", "due") if r in col]
    stts = [re.sub(r"[.)]$", "", _cell(r, col.get("stt"))) for r in rows]
    top = [k for k, stt in enumerate(stts) if re.fullmatch(r"\d{1,3}", stt) and _cell(rows[k], col.get("name"))]
    for k in top:
        if any(_cell(rows[k], j) for j in task_cols) or k + 1 >= len(rows) \
                or not stts[k + 1].startswith(stts[k] + "."):
            return set()
    return set(top)


_GROUP_TITLE = re.compile(r"^(?:Nhóm|NHÓM|Lĩnh vực|LĨNH VỰC|Phần|PHẦN|(?:[IVXLC]{1,6}|[A-Z])[.)]\s)")


def _cell(cells: list[str | None], j: int | None) -> str:
    """The text of column `j` ("" when absent, empty or covered by a merge)."""
    if j is None or j >= len(cells) or cells[j] is None:
        return ""
    return cells[j].strip()


def _row_times(cells: list[str | None], col: dict[str, int], ctx: _Context):
    """(start, due) of a row: separate "Bắt đầu"/"Hoàn thành" cells, or one cell spanning both = due."""
    start_text = _join_lines(_cell(cells, col.get("start")))
    due_j = col.get("due")
    if "start" in col and due_j is not None and due_j == col["start"] + 1 and due_j < len(cells) \
            and cells[due_j] is None:
        return None, ctx.time(start_text)
    due_text = _join_lines(_cell(cells, due_j))
    if "start" in col and due_j is None:
        return ctx.time(start_text), None
    start = ctx.time(start_text)
    if start is not None and not due_text and (start.kind in ("periodic", "unspecified")
                                               or start.kind == "ongoing" and start.start is None):
        return None, start  # "Thường xuyên" / "Hằng quý" under "Bắt đầu", "Hoàn thành" empty: one time for both
    return start, ctx.time(due_text)


def _join_ref(base: str, stt: str) -> str:
    """A dotted reference: the ordinal of a row after the reference above it."""
    stt = stt.strip().rstrip(".)")
    return f"{base}.{stt}" if base else stt


def _letter(n: int) -> str:
    """The n-th Vietnamese list letter (a, b, c, d, đ, e, g, …)."""
    letters = "abcdđeghiklmnopqrstuvxy"
    return letters[(n - 1) % len(letters)]


def _clean_name(text: str | None) -> str:
    """A task name or group title: one line, no leading bullet, no trailing colon."""
    t = re.sub(r"\s+", " ", (text or "").replace("\n", " ")).strip()
    t = re.sub(r"^(?:[-–—+•*▪●]\s*|[a-zđ]\)\s*)", "", t)
    return t.rstrip(" :").strip()


def _join_lines(text: str | None) -> str:
    """A multi-line cell as one line: bullet lines joined with "; "."""
    lines = [ln.strip() for ln in (text or "").split("\n") if ln.strip()]
    if len(lines) <= 1:
        return lines[0] if lines else ""
    parts = [re.sub(r"^[-–—+•*]\s*", "", ln).rstrip(" ;,.") for ln in lines]
    return "; ".join(p for p in parts if p)


_WRAP_AFTER = re.compile(r"(?:\b(?:và|các|của|thuộc|cấp|Sở|UBND|Ủy ban|Phòng|Ban|Trung tâm|Văn phòng|Bộ phận|Cục|Chi cục)"
                         r"|[^\w\s.;:)])\s*$")


def unwrap(text: str) -> str:
    """A cell's lines put back together where a line break only wraps a name ("Sở Thông tin và Truyền\n
    thông"); breaks between list items (after ";", before "- ", between whole names) stay."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out = lines[:1]
    for ln in lines[1:]:
        prev = out[-1]
        if ln[:1] not in "-–+•" and not prev.endswith((";", ",")) and (ln[:1].islower() or _WRAP_AFTER.search(prev)):
            out[-1] = f"{prev} {ln}"
        else:
            out.append(ln)
    return "\n".join(out)


_APPOSITION = re.compile(r"\s*\((?!\s*(?:chủ\s*trì|phối\s*hợp|thực\s*hiện|đầu\s*mối)\s*\))(?=\s*[a-zđà-ỹ])[^()]*\)")


def _units(text: str | None) -> list[str]:
    """Unit names of a cell or a phrase, one per unit, without a bracketed description after a name ("Sở
    Nội vụ (cơ quan thường trực của Ban Chỉ đạo)" -> "Sở Nội vụ"); a bracketed role mark stays for
    split_units, a bracketed name ("(Cục KSTTHC)") stays in the name."""
    if not text or not text.strip():
        return []
    text = drop_parent_notes(_APPOSITION.sub("", text))
    out: list[str] = []
    for u in split_units(unwrap(text).replace("_", " ").replace("|", " ")):
        u = re.sub(r"\s+", " ", re.sub(r"^[-–—+•*]\s*", "", u)).strip(" .;,:")
        if u and u not in out:
            out.append(u)
    return out


_ROLE_MARK = re.compile(r"\(\s*(chủ\s*trì|phối\s*hợp)\s*\)|\b(chủ\s*trì|phối\s*hợp)(?:(\s+với)\b|(?=\s*(?:[:;,.\n)]|$)))",
                        re.I)


def cell_units(text: str | None) -> tuple[list[str], list[str]]:
    """(lead, support) of a units cell that may mark roles: "Sở Nội vụ (chủ trì); Sở Tài chính (phối hợp)",
    "Chủ trì: Sở Nội vụ; Phối hợp: Sở Tài chính", "Sở Nội vụ chủ trì, phối hợp với Sở Tài chính"."""
    text = (text or "").strip()
    if not _ROLE_MARK.search(text):
        return _units(text), []
    lead: list[str] = []
    support: list[str] = []
    labels = [(r, v) for r, v in labels_in(text) if r in ("lead", "support")]
    if labels:
        for role, value in labels:
            (lead if role == "lead" else support).extend(_units(value))
        return lead, [u for u in support if u not in lead]
    pos, after_with = 0, False
    for m in _ROLE_MARK.finditer(text):
        segment = text[pos:m.start()]
        role = (m.group(1) or m.group(2)).lower()
        target = support if after_with or role.startswith("phối") else lead
        if m.group(1) and "\n" in segment.strip():  # one unit per line: "(chủ trì)" marks its own line only
            before, segment = segment.strip().rsplit("\n", 1)
            support.extend(u for u in _units(before) if u not in support)
        target.extend(u for u in _units(segment) if u not in target)
        after_with = bool(m.group(3))
        pos = m.end()
    rest = _units(text[pos:])
    (support if after_with or lead else lead).extend(u for u in rest if u not in lead + support)
    return lead, [u for u in support if u not in lead]


# ---------------------------------------------------------------- prose: label blocks

def labels_in(text: str) -> list[tuple[str, str]]:
    """(role, value) of each role label in a line ("Chủ trì: Sở Tư pháp; Phối hợp: Sở Nội vụ" ->
    [("lead", "Sở Tư pháp"), ("support", "Sở Nội vụ")]); [] when the line does not start with one."""
    t = re.sub(r"^(?:[a-zđ]\)|[-–+•*]|\d{1,2}[.)])\s*", "", text.strip())
    hits: list[tuple[int, int, str]] = []
    for role, rx in _vocab()["labels"]:
        for m in rx.finditer(t):
            if not any(a <= m.start() < b for a, b, _ in hits):
                hits.append((m.start(), m.end(), role))
    hits.sort()
    if not hits or hits[0][0] > 0:
        return []
    out = []
    for k, (_, end, role) in enumerate(hits):
        stop = hits[k + 1][0] if k + 1 < len(hits) else len(t)
        out.append((role, t[end:stop].strip(" ;.")))
    return out


def _inline_role_labels(text: str) -> tuple[str, list[tuple[str, str]]]:
    """An item's text split where its role labels begin after the duty's sentence ("Rà soát … phường.
    Chủ trì: X; phối hợp: Y; thời gian: Z."): (the duty, its labels); (text, []) when it has none."""
    starts = [m.start() for role, rx in _vocab()["labels"] if role in ("lead", "support")
              for m in rx.finditer(text) if m.start() > 0 and text[:m.start()].rstrip().endswith(".")]
    if not starts:
        return text, []
    cut = min(starts)
    labels = labels_in(text[cut:].strip())
    return (text[:cut].strip(), labels) if labels else (text, [])


_TRAILING_ROLE = re.compile(r"^(?P<units>.+?)\s*(?:\(\s*)?(?P<role>chủ\s*trì|phối\s*hợp)(?:\s*\))?$", re.I | re.S)


def value_units(value: str) -> tuple[list[str], list[str]]:
    """(lead, support) of a "Đơn vị thực hiện:" value: the units before the verb lead and the ones given a
    role ("phối hợp với …") support; parts ending with their role word ("Văn phòng Sở chủ trì; các phòng
    … phối hợp") take that role."""
    parts = [p.strip(" .,") for p in value.split(";") if p.strip(" .,")]
    if not any(_TRAILING_ROLE.match(p) for p in parts):
        lead = _units(unit_span(value, clauses=True) or value)
        return lead, [u for u in support_units(value) if u not in lead]
    lead: list[str] = []
    support: list[str] = []
    for part in parts:
        m = _TRAILING_ROLE.match(part)
        text = m.group("units") if m else part
        units = _units(unit_span(text, clauses=True) or text)
        if m and m.group("role").lower().startswith("phối"):
            support += [u for u in units if u not in support]
        else:
            lead += [u for u in units if u not in lead]
            support += [u for u in support_units(part) if u not in support]
    return lead, [u for u in support if u not in lead]


def label_task(node: Node, ctx: _Context) -> Task | None:
    """The task of a numbered item whose sub-items are role labels (Chủ trì / Phối hợp / Thời gian …)."""
    found: dict[str, list[str]] = {}
    label_nodes = []
    head, inline = _inline_role_labels(node.text)
    for role, value in inline:  # "a) Rà soát … . Chủ trì: X; phối hợp: Y; thời gian: Z."
        found.setdefault(role, []).append(value)
    for child in node.children:
        labs = labels_in(child.text)
        for role, value in labs:
            found.setdefault(role, []).append(value)
        if labs:
            label_nodes.append(child)
    for para in node.paras:
        for role, value in labels_in(para):
            found.setdefault(role, []).append(value)
    if "lead" not in found and "support" not in found:
        return None
    for child in label_nodes:
        ctx.used.add(id(child))
    ctx.used.add(id(node))
    lead: list[str] = []
    support = [u for v in found.get("support", []) for u in _units(unit_span(v, clauses=True) or v)]
    for value in found.get("lead", []):
        lead_units, support_more = value_units(value)
        lead += [u for u in lead_units if u not in lead]
        support += [u for u in support_more if u not in support]
    support = [u for u in support if u not in lead]
    due = next((s for v in found.get("due", []) if (s := ctx.time(v))), None)
    name = _clean_name(head) or _clean_name(node.paras[0] if node.paras else "")
    parent = node.parent
    return Task(ref=node.ref() or None, group=_clean_name(parent.text) if parent and parent.kind else None,
                name=name, lead=lead, support=support,
                lead_canonical=[canonical_unit(u) for u in lead],
                support_canonical=[canonical_unit(u) for u in support],
                due=due, output=_join_lines("\n".join(found.get("output", []))) or None,
                source="text", page=node.page)


# ---------------------------------------------------------------- prose: duties of units

def _masked(text: str, clauses: bool = False) -> str:
    """`text` with brackets and unit compounds that contain a verb ("Đoàn kiểm tra", "Ban quản lý") made
    opaque, and with `clauses`, the clauses that describe a unit ("… có nhiệm vụ tiếp nhận …") too."""
    v = _vocab()
    opaque = lambda m: re.sub(r"\s", "_", m.group(0))  # noqa: E731
    text = re.sub(r"\([^()]*\)", opaque, text)  # "Sở Tài chính (đơn vị thẩm định …)": no verb in a bracket
    text = v["chaired"].sub(opaque, text)
    text = v["compounds"].sub(opaque, text)
    return v["clauses"].sub(opaque, text) if clauses else text


def unit_span(text: str, start: int = 0, clauses: bool = False) -> str | None:
    """The unit name or list that starts at `start` and runs up to its verb ("Sở Tư pháp, UBND cấp
    huyện chủ trì …" -> "Sở Tư pháp, UBND cấp huyện"), or None when no unit starts there."""
    rest = text[start:].lstrip()
    if not looks_like_units(rest):
        return None
    masked = _masked(rest, clauses)
    v = _vocab()
    end = len(rest)
    for rx in (v["verbs"], v["stops"]):
        for m in rx.finditer(masked):
            if m.start() == 0:
                continue
            before, after = masked[:m.start()].rstrip(), masked[m.end():]
            if before.endswith(",") and re.match(r"^\s*(?:có[\s_]|liên quan|[,;]|và\b|$)", after) \
                    or re.search(r"(?:^|\s)(?:các|những|mọi)$", before):
                continue  # "…, tổ chức có liên quan", "các tổ chức …": a noun in the list, not a verb
            end = min(end, m.start())
            break
    span = v["prefix_tail"].sub("", rest[:end].rstrip())  # "Công an các đơn vị được kiểm tra tự kiểm tra …"
    # "Văn phòng Sở tự đánh giá": the name ends at "Sở"; not before a qualifier made opaque ("UBND các
    # xã, thị trấn không được kiểm tra")
    closed = next((m for m in v["name_end"].finditer(masked[:end])
                   if "_" not in (masked[m.end():].split(None, 1) or [""])[0]), None)
    if closed:
        span = span[:closed.end()]
    for cut in re.finditer(r"[.(:](?:\s+|$)", span):
        if cut.group(0)[0] != ":" or not _names_follow(span[cut.end():], rest[cut.end():]):
            # "Các Sở: Tư pháp; …" keeps its list, "…: Tự kiểm tra …" does not
            span = span[:cut.start()]
            break
    span = re.sub(r"(?:[\s,;]+(?:và|các|cùng|hoặc|với|của))+$", "", span.strip(" ,;:-–")).strip(" ,;:-–")
    return span if span and len(span.split()) <= 40 else None


def _names_follow(rest: str, text: str | None = None) -> bool:
    """True when what follows a unit label's ":" (`rest`, up to the span's end; `text`, all that follows)
    completes it as a list of names ("Các Sở: Tư pháp; Nội vụ"), not when a duty follows ("Sở Tài chính:
    Tham mưu …", "UBND các huyện: Chỉ đạo …", "…: Tự kiểm tra …")."""
    rest = rest.strip()
    if not rest or not reads_as_names(rest):
        return False
    return not _vocab()["verb_start"].match((text or rest).strip()) or is_specialty(re.split(r"\s*[,;]\s*", rest)[0])


def _subject(text: str) -> str | None:
    """The unit (or units) a sentence starts with, before its verb; None when it starts otherwise."""
    t = _vocab()["assign"].sub("", text.strip())
    m = _vocab()["intro"].match(t)
    for candidate in ([t[m.end():]] if m else []) + [t]:
        span = unit_span(candidate)
        if span and len(span) < len(candidate.strip()) - 1 and not re.fullmatch(r"[a-zđà-ỹ]+", span):
            return span  # not a bare common noun ("Giao ban định kỳ …")
    return None


def unit_heading(text: str) -> str | None:
    """The units a heading names when it names only units ("1. Sở Nội vụ", "Trách nhiệm của …:",
    "Thủ trưởng các cơ quan …; Chủ tịch UBND các xã chịu trách nhiệm:"), else None."""
    t = re.sub(r"\s+", " ", text).strip()
    for rx in _vocab()["frames"]:
        t = rx.sub("", t).strip()
    t = re.sub(r"\s*\([^()]*\)[\s.:;]*$", "", t)  # "Công an huyện (Cơ quan thường trực …)"
    if not t or len(t.split()) > 40 or not looks_like_units(t):
        return None
    span = unit_span(t)
    if span is None or len(span) < len(t.rstrip(" .:;")) - 1:
        return None
    t = t.rstrip(" .:;")
    return proper_case(t) if is_upper(t) else t


def support_units(text: str) -> list[str]:
    """Units a duty gives a supporting role ("phối hợp với Sở Tư pháp …", "Hướng dẫn thực hiện: …")."""
    out: list[str] = []
    for m in _vocab()["support_cues"].finditer(text):
        span = unit_span(text, m.end())
        if span:
            out.extend(u for u in _units(span) if u not in out)
    return out


def due_phrase(text: str, ctx: _Context) -> TimeSpan | None:
    """The deadline a duty states: the last time phrase after a deadline cue ("… trước ngày 15/3/2024;
    … chậm nhất 30 ngày kể từ …"), after a time label ("…; thời gian hoàn thành: Quý II/2024") or a
    phrase such as "theo thời gian quy định"; with none dated, its frequency ("định kỳ hằng quý")."""
    found: list[tuple[int, int, str]] = list(time_labels(text))
    found += [(start, end, text[start:end]) for start, end in deadline_phrases(text)]
    best = None
    for _start, _end, phrase in sorted(found, key=lambda f: (f[0], f[1])):
        span = ctx.time(phrase.strip(" ,;"))
        if span is not None:
            best = span
    if best is None or best.kind == "unspecified":  # "định kỳ hằng tháng công khai …": a periodic duty
        best = frequency(text) or best
    if best is None and (m := _ONGOING_TAIL.search(text)):  # "…; thực hiện thường xuyên."
        best = ctx.time(m.group(1))
    return best


_ONGOING_TAIL = re.compile(r"[;,.]\s*(?:thực hiện\s+|tiến hành\s+)?(thường xuyên|liên tục)\s*\.?\s*$", re.I)


def _is_closing(text: str) -> bool:
    """True for the closing lines of a plan ("Đề nghị các đơn vị … thực hiện … Kế hoạch này",
    "Trong quá trình thực hiện, nếu có vướng mắc …"): requests to everyone, not assignments."""
    v = _vocab()
    t = text.strip()
    return bool(v["closing"].match(t) or v["closing_request"].match(t))


def _duty(text: str, lead: list[str], group: str | None, ref: str | None, page, ctx: _Context) -> Task:
    """A task from a duty text and its responsible units (a named unit as its own subject wins)."""
    name = re.sub(r"\s+", " ", text).strip()
    name = re.sub(r"^(?:[-–—+•*]\s*)", "", name).rstrip(" ;")
    subj = _subject(name)
    if subj and (not lead or re.search(r"\s[A-ZĐ]", subj)):
        lead = _units(subj)
    if subj:  # "Sở Tài chính: bố trí kinh phí …" -> the duty without its unit label
        m = re.match(rf"^(?:(?:{_vocab()['assign'].pattern[1:]})?|\S+\s+)?{re.escape(subj)}\s*:\s*(?=\S)", name, re.I)
        if m and len(name) > m.end() + 10:
            name = name[m.end():]
    support = [u for u in support_units(name) if u not in lead]
    return Task(ref=ref or None, group=group, name=name, lead=lead, support=support,
                lead_canonical=[canonical_unit(u) for u in lead],
                support_canonical=[canonical_unit(u) for u in support],
                due=due_phrase(name, ctx), source="text", page=page)


def _is_duty_section(node: Node) -> bool:
    """True for a section whose heading names work being assigned ("Tổ chức thực hiện", "Trách nhiệm …")."""
    v = _vocab()
    head = node.text.strip()
    return bool(v["duty_sections"].search(head)) and not _excluded_heading(head)


_HEADING_WORDS = 12  # a section heading is short (or in capitals); a longer text is an item, whatever its first words


def _excluded_heading(text: str) -> bool:
    """True for the heading of a section that assigns no work ("Mục đích, yêu cầu", "Đối tượng kiểm
    tra", "Kết quả thực hiện"), read as a whole: not a duty that starts with such words."""
    t = text.strip()
    return (len(t.split()) <= _HEADING_WORDS or is_upper(t)) and bool(_vocab()["not_duty_sections"].match(t))


_PAREN = re.compile(r"\(([^()]{3,300})\)\s*[.;:,]?\s*$")


def paren_task(text: str, node: Node, ctx: _Context) -> Task | None:
    """A task whose units follow it in brackets: "Rà soát thủ tục … (Sở Tư pháp chủ trì, các sở phối hợp;
    thời gian: Quý II)"."""
    m = _PAREN.search(text)
    if not m or not re.search(r"chủ\s*trì|thực\s*hiện|phối\s*hợp", m.group(1), re.I):
        return None
    lead: list[str] = []
    support: list[str] = []
    due = None
    for part in re.split(r";", m.group(1)):
        part = part.strip(" ,.")
        labs = labels_in(part)
        if labs:
            for role, value in labs:
                units = _units(unit_span(value, clauses=True) or value) if role in ("lead", "support") else []
                (lead if role == "lead" else support).extend(units)
                if role == "due":
                    due = ctx.time(value) or due
            continue
        subj = _subject(part)
        verb = part[len(subj):].strip().lower() if subj and part.startswith(subj) else ""
        if subj and verb.startswith("phối hợp"):
            support.extend(_units(subj))
        elif subj:
            lead.extend(_units(subj))
        support.extend(u for u in support_units(part) if u not in support)
        if not subj and ctx.time(part) is not None:
            due = ctx.time(part)
    if not lead:
        return None
    name = re.sub(r"^(?:[-–—+•*]\s*)", "", text[:m.start()].strip()).rstrip(" ,;:")
    return Task(ref=node.ref() or None, group=_clean_name(node.parent.text) if node.parent and node.parent.kind
                else None, name=name, lead=lead, support=[u for u in support if u not in lead],
                lead_canonical=[canonical_unit(u) for u in lead],
                support_canonical=[canonical_unit(u) for u in support if u not in lead],
                due=due or due_phrase(name, ctx), source="text", page=node.page)


def _in_excluded_section(node: Node, own: bool = False) -> bool:
    """True inside objectives, requirements, what an inspection looks at, and the like: a heading above
    the item says so (with `own`, for the paragraphs under it, its own heading too)."""
    path = node.path()
    return any(_excluded_heading(n.text) for n in (path if own else path[:-1]))


def prose_tasks(root: Node, ctx: _Context, as_section: bool = False) -> list[Task]:
    """Label blocks anywhere, bracketed assignments, and duties in the sections that assign work (with
    `as_section`, in the whole of `root` but its objectives, requirements and the like)."""
    out: list[Task] = []
    for node in root.walk():
        if node.kind and id(node) not in ctx.used:
            t = label_task(node, ctx)
            if t is not None:
                out.append(t)
    for node in root.walk():
        if not node.kind or id(node) in ctx.used or _in_excluded_section(node):
            continue
        t = paren_task(node.text, node, ctx)
        if t is not None:
            ctx.used.add(id(node))
            out.append(t)
        for k, para in enumerate([] if _in_excluded_section(node, own=True) else node.paras):
            t = paren_task(para, node, ctx)
            if t is not None:
                t.ref = None
                ctx.used_paras.add((id(node), k))
                out.append(t)
    sections = _duty_sections(root)
    for section in sections:
        out.extend(_section_duties(section, ctx))
    covered = {id(n) for s in sections for n in s.walk()}
    if as_section:
        out.extend(_section_duties(root, ctx, skip_excluded=True))
        skipped = {id(n) for c in root.children if _excluded_heading(c.text) for n in c.walk()}
        covered = {id(n) for n in root.walk() if id(n) not in skipped}
    out.extend(_assignments(root, covered, ctx))
    return out


def _assignments(root: Node, covered: set[int], ctx: _Context) -> list[Task]:
    """Items and unnumbered paragraphs that open by giving work to a unit ("3. Giao Văn phòng UBND tỉnh
    theo dõi …", "Giao Sở Nội vụ tham mưu … trước ngày 15/4/2023."), wherever they stand outside the duty
    sections (`covered`) and the sections that state aims or findings (objectives, requirements, results)."""
    out: list[Task] = []
    rx = _vocab()["assign_item"]
    for node in root.walk():
        if id(node) in covered or _assigns_none(node):
            continue
        text = node.text.strip()
        if node.kind and id(node) not in ctx.used and rx.match(text) and not _is_closing(text) \
                and (subj := _subject(text)):
            covered.update(id(n) for n in node.walk())
            group = _clean_name(node.parent.text) if node.parent and node.parent.kind else None
            out.append(_duty(_duty_text(node), _units(subj), group, node.ref(), node.page, ctx))
            continue
        for k, para in enumerate(node.paras):
            if (id(node), k) in ctx.used_paras or not rx.match(para.strip()) or _is_closing(para) \
                    or not (subj := _subject(para)):
                continue
            ctx.used_paras.add((id(node), k))
            out.append(_duty(para, _units(subj), _clean_name(node.text) or None, node.ref(), node.page, ctx))
    return out


def _assigns_none(node: Node) -> bool:
    """True inside a section that states aims or findings, where no sentence gives out work (objectives,
    requirements, results): a heading on the item's path says so."""
    rx = _vocab()["no_assignment"]
    return any((len(n.text.split()) <= _HEADING_WORDS or is_upper(n.text)) and rx.match(n.text.strip())
               for n in node.path())


def _duty_sections(root: Node) -> list[Node]:
    """The highest nodes whose heading names a section that assigns work."""
    found: list[Node] = []

    def visit(node: Node) -> None:
        """Collect the duty sections below `node`, not looking inside excluded ones."""
        for c in node.children:
            if _is_duty_section(c) or _lists_units(c):
                found.append(c)
            elif not _excluded_heading(c.text):
                visit(c)
    visit(root)
    return found


def _lists_units(node: Node) -> bool:
    """True for a section whose items are mostly unit headings ("1. Sở Nội vụ", "2. Đối với UBND các xã"),
    whatever its own heading says."""
    if _excluded_heading(node.text):
        return False
    items = [c for c in node.children if c.text.strip()]
    units = sum(1 for c in items if (c.children or c.paras) and unit_heading(c.text))
    return len(items) >= 2 and units * 3 >= len(items) * 2


def _section_duties(section: Node, ctx: _Context, group: str | None = None,
                    skip_excluded: bool = False) -> list[Task]:
    """Duties in a section or topic: items under unit headings, and items and paragraphs whose
    subject is a unit (with `skip_excluded`, none from objectives, requirements and the like)."""
    out: list[Task] = []
    group = _clean_name(section.text) or group
    for k, para in enumerate(section.paras):
        if (id(section), k) in ctx.used_paras:
            continue
        subj = _subject(para)
        if subj and not _is_closing(para) and not para.rstrip().endswith(":"):
            out.append(_duty(para, _units(subj), group, section.ref(), section.page, ctx))
    for child in section.children:
        if not (skip_excluded and _excluded_heading(child.text)):
            out.extend(_item_duties(child, None, group, ctx))
    return out


def _item_duties(node: Node, lead: list[str] | None, group: str | None, ctx: _Context) -> list[Task]:
    """The tasks of one item of a duty section, `lead` being the units of the heading above it."""
    if id(node) in ctx.used:
        return []
    heading = node.text.strip()
    units = unit_heading(heading) if heading else None
    if units:
        return _under_units(node, _units(units), _clean_name(units), ctx)
    subj = _subject(heading) if heading else None
    if subj and heading.endswith(":") and (node.children or node.paras):
        # "Sở Tư pháp chủ trì, phối hợp với … thực hiện:" over its duties
        out = _under_units(node, _units(subj), _clean_name(heading), ctx)
        extra = support_units(heading)
        for t in out:
            t.support += [u for u in extra if u not in t.support and u not in t.lead]
            t.support_canonical = [canonical_unit(u) for u in t.support]
        return out
    if subj and not _is_closing(heading):
        return [_duty(_duty_text(node), _units(subj), group, node.ref(), node.page, ctx)]
    if lead:
        if heading.endswith(":") and node.children:
            return [t for c in node.children for t in _item_duties(c, lead, _clean_name(heading), ctx)]
        if heading and not _is_closing(heading):
            return [_duty(_duty_text(node), lead, group, node.ref(), node.page, ctx)]
        return []
    headed = _headed_assignment(node, group, ctx)
    if headed is not None:
        return [headed]
    # a topic heading with no unit: look for units in the paragraphs and items below it
    return _section_duties(node, ctx, group)


def _headed_assignment(node: Node, group: str | None, ctx: _Context) -> Task | None:
    """A numbered task with its assignment in the paragraph under it ("1.1. Xây dựng Quy chế …" /
    "Giao Văn phòng Sở chủ trì, phối hợp với …; thời gian hoàn thành: Quý II/2024"), named by the
    heading like a role block; None unless exactly one paragraph gives it to a unit ("Giao X …")."""
    heading = _clean_name(node.text)
    if not heading or node.children or _is_closing(heading):
        return None
    v = _vocab()
    paras = [p for k, p in enumerate(node.paras) if p.strip() and (id(node), k) not in ctx.used_paras]
    assigned = [(p, subj) for p in paras if (subj := _subject(p)) and not _is_closing(p)]
    if len(assigned) != 1:
        return None
    para, subj = assigned[0]
    if not v["heading_assign"].match(para.strip()):
        return None
    ctx.used.add(id(node))
    lead = _units(subj)
    text = " ".join(paras)
    support = [u for u in support_units(text) if u not in lead]
    return Task(ref=node.ref() or None, group=group, name=heading, lead=lead, support=support,
                lead_canonical=[canonical_unit(u) for u in lead],
                support_canonical=[canonical_unit(u) for u in support],
                due=due_phrase(text, ctx), source="text", page=node.page)


def _duty_text(node: Node) -> str:
    """The whole text of a duty item (its paragraphs and sub-items) without closing lines after it."""
    parts = [node.text, *node.paras] + [c.full_text() for c in node.children]
    while len(parts) > 1 and (not parts[-1].strip() or _is_closing(parts[-1])):
        parts.pop()
    return " ".join(p for p in parts if p).strip()


def _under_units(node: Node, lead: list[str], group: str, ctx: _Context) -> list[Task]:
    """Duties listed under a unit heading: its unmarked paragraphs and its sub-items."""
    out: list[Task] = []
    paras: list[str] = []
    for k, p in enumerate(node.paras):
        if p.strip() and (id(node), k) not in ctx.used_paras:
            if paras and p.strip()[:1].islower():  # a duty carried on after ";" ("…; gửi báo cáo …")
                paras[-1] = f"{paras[-1].rstrip()} {p.strip()}"
            else:
                paras.append(p)
    for n, para in enumerate(paras):
        if para.rstrip().endswith(":") and (node.children or n + 1 < len(paras)) or _is_closing(para):
            continue
        ref = node.ref() if len(paras) == 1 and not node.children else f"{node.ref()}.{_letter(n + 1)}"
        out.append(_duty(para, lead, group, ref, node.page, ctx))
    for child in node.children:
        out.extend(_item_duties(child, lead, group, ctx))
    return out


__all__ = ["tasks", "harmonize_units", "table_tasks", "merge_continued", "cell_units", "label_task", "labels_in", "value_units", "unit_span",
           "unit_heading", "support_units", "due_phrase"]
