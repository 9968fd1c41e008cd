"""Dates and time phrases: every written form of a day, month, quarter, range or period, normalized."""
from __future__ import annotations

import calendar
import datetime as dt
import re

DAY_RE = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|[/.\-]\s*)(?P<m>\d{1,2})\s*(?:năm\s+|[/.\-]\s*)(?P<y>\d{4})",
    re.I)
SHORT_DAY_RE = re.compile(r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|/)\s*(?P<m>\d{1,2})(?![\d/])", re.I)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A valid date or None (no exception for 31/2 or month 13)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None


def month_end(year: int, month: int) -> dt.date | None:
    """The last day of a month."""
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def parse_date(text: str | None, default_year: int | None = None) -> dt.date | None:
    """The first full date in `text` ("ngày 08 tháng 01 năm 2023", "8/01/2023"); "01/3" takes `default_year`."""
    if not text:
        return None
    m = DAY_RE.search(text)
    if m:
        return make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    if default_year:
        m = SHORT_DAY_RE.search(text)
        if m:
            return make_date(default_year, int(m.group("m")), int(m.group("d")))
    return None


def parse_time(text: str | None, year: int | None = None, anchor: dt.date | None = None):
    """The TimeSpan of a time phrase ("Quý II", "Tháng 01/2022", "Thường xuyên", …), or None."""
    from models import TimeSpan

    if not text or not text.strip():
        return None
    d = parse_date(text, year)
    if d:
        return TimeSpan(text=text.strip(), kind="date", end=d)
    return None
