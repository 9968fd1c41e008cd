"""Exports of tasks with the filters of the task list: CSV (Excel-ready), XLSX laid out like an annex
table, and an iCalendar of dated deadlines."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterator
from typing import Any

from icalendar import Calendar, Event
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter

from store import db as store

STATUS = {"todo": "Chưa thực hiện", "in_progress": "Đang thực hiện", "done": "Hoàn thành"}
OVERDUE = "Quá hạn"
UNIT_SEPARATOR = "; "
PRODID = "-//kehoach//Theo dõi nhiệm vụ//VI"
CALENDAR_NAME = "Thời hạn nhiệm vụ (kehoach)"


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _start(task: dict) -> str:
    start = task.get("start") or {}
    return start.get("text") or ""


def _status(task: dict) -> str:
    label = STATUS.get(task["status"], task["status"])
    return f"{label} ({OVERDUE.lower()})" if task.get("overdue") else label


# the annex columns, then the ones a machine needs to read the table back: (header, value, width)
COLUMNS: list[tuple[str, Any, int]] = [
    ("STT", None, 6),
    ("Nhiệm vụ", lambda t: t["name"], 60),
    ("Chủ trì", lambda t: UNIT_SEPARATOR.join(t.get("lead") or []), 28),
    ("Phối hợp", lambda t: UNIT_SEPARATOR.join(t.get("support") or []), 32),
    ("Bắt đầu", _start, 14),
    ("Thời hạn", lambda t: (t.get("due") or {}).get("text") or "", 18),
    ("Sản phẩm", lambda t: t.get("output") or "", 32),
    ("Trạng thái", _status, 18),
    ("Kế hoạch", lambda t: t.get("document_number") or f"#{t['document_id']}", 16),
    ("Tỉnh, thành phố", lambda t: t.get("province") or "", 16),
    ("Mục", lambda t: t.get("ref") or "", 10),
    ("Nhóm nhiệm vụ", lambda t: t.get("group") or "", 30),
    ("Hạn hoàn thành", lambda t: _date((t.get("due") or {}).get("end")), 14),
    ("Mã nhiệm vụ", lambda t: t["id"], 10),
]
HEADERS = [c[0] for c in COLUMNS]


def iter_tasks(db: store.Database, filters: dict, today: str | None = None) -> Iterator[dict]:
    """Every task matching `filters` (the keyword filters of store.list_tasks), page by page."""
    offset = 0
    while True:
        page = store.list_tasks(db, **filters, limit=store.MAX_LIMIT, offset=offset, today=today)
        yield from page["items"]
        offset += store.MAX_LIMIT
        if offset >= page["total"] or not page["items"]:
            return


def rows(tasks: Iterator[dict]) -> Iterator[list]:
    """One row of values per task, in COLUMNS order (STT numbered from 1)."""
    for n, task in enumerate(tasks, 1):
        yield [n, *(get(task) for _, get, _ in COLUMNS[1:])]


def to_csv(tasks: Iterator[dict]) -> bytes:
    """The tasks as CSV in UTF-8 with a byte-order mark (Excel reads Vietnamese right), dates ISO."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows(tasks):
        writer.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date) else v for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _add_styles(book: Workbook) -> None:
    """The sheet's named cell styles: header, cell, date, late (registered once: far faster than styling
    each cell)."""
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    styles = [NamedStyle("header", font=Font(bold=True), fill=PatternFill("solid", fgColor="DDE5F0"), border=border,
                         alignment=Alignment(wrap_text=True, horizontal="center", vertical="center")),
              NamedStyle("cell", border=border, alignment=wrap),
              NamedStyle("date", border=border, alignment=wrap, number_format="DD/MM/YYYY"),
              NamedStyle("late", border=border, alignment=wrap, font=Font(color="B00020", bold=True))]
    for style in styles:
        book.add_named_style(style)


def to_xlsx(tasks: Iterator[dict]) -> bytes:
    """The tasks as an XLSX sheet laid out like an annex table: bold frozen header, widths, wrapped text."""
    book = Workbook(write_only=True)
    _add_styles(book)
    sheet = book.create_sheet("Nhiệm vụ")
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"
    for i, (_, _, width) in enumerate(COLUMNS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width

    def cell(value: Any, name: str) -> WriteOnlyCell:
        c = WriteOnlyCell(sheet, value=value)
        c.style = name
        return c
    sheet.append([cell(h, "header") for h in HEADERS])
    status = HEADERS.index("Trạng thái")
    count = 0
    for row in rows(tasks):
        count += 1
        sheet.append([cell(v, "date" if isinstance(v, dt.date) else
                           "late" if i == status and OVERDUE.lower() in v else "cell")
                      for i, v in enumerate(row)])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def task_uid(sha256: str, task: dict) -> str:
    """An event id that stays the same across exports and re-ingests: the plan's file and the task's ref and name."""
    digest = hashlib.sha1(f"{task.get('ref') or ''}\x1f{task['name']}".encode()).hexdigest()[:16]
    return f"{sha256[:16]}-{digest}@kehoach"


def to_ics(db: store.Database, tasks: Iterator[dict]) -> bytes:
    """One all-day event per task with a dated deadline (on due.end), the plan's number in the summary."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", CALENDAR_NAME)
    stamp, shas, seen = dt.datetime.now(dt.UTC).replace(microsecond=0), {}, set()
    for task in tasks:
        end = _date((task.get("due") or {}).get("end"))
        if end is None:
            continue
        doc = task["document_id"]
        if doc not in shas:
            shas[doc] = db.execute("SELECT sha256 FROM documents WHERE id = ?", [doc]).fetchone()[0]
        uid = task_uid(shas[doc], task)
        uid = uid if uid not in seen else uid.replace("@", f"-{task['position']}@")
        seen.add(uid)
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", end)
        event.add("dtend", end + dt.timedelta(days=1))
        event.add("summary", f"[{task.get('document_number') or '#' + str(doc)}] {task['name']}")
        event.add("description", _description(task))
        event.add("transp", "TRANSPARENT")
        if task.get("province"):
            event.add("categories", [task["province"]])
        cal.add_component(event)
    return cal.to_ical()


def _description(task: dict) -> str:
    """The event's text: units, the deadline as written, status and plan."""
    parts = [(h, get(task)) for h, get, _ in COLUMNS if h in ("Chủ trì", "Phối hợp", "Thời hạn", "Trạng thái",
                                                             "Kế hoạch", "Tỉnh, thành phố", "Mục")]
    return "\n".join(f"{h}: {v}" for h, v in parts if v)
