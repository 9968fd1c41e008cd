"""Dates and time phrases: every written form of a day, month, quarter, range or period, normalized.

`parse_time` reads a whole phrase ("Quý II", "trước ngày 28/02/2022", "từ tháng 01/2023 đến tháng 12/2023",
"Thường xuyên", "chậm nhất 30 ngày kể từ …") into a `TimeSpan`; `find_times` finds the time phrases inside
running text. The vocabulary lives in `extractor/data/time_phrases.json`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.data import load

DAY_RE = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|[/.\-]\s*)(?P<m>\d{1,2})\s*(?:năm\s+|[/.\-]\s*)(?P<y>\d{4})",
    re.I)
SHORT_DAY_RE = re.compile(r"(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s+|/)\s*(?P<m>\d{1,2})(?![\d/])", re.I)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A valid date or None (no exception for 31/2 or month 13)."""
    try:
        return dt.date(year, month, day)
    except (ValueError, OverflowError, TypeError):
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


# ---------------------------------------------------------------- vocabulary

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Q = r"(?:IV|I{1,3}|[1-4])(?![\w])"
_Y = r"(?:19|20)\d{2}"
_YEAR_SUFFIX = rf"(?:\s*[/\-–]\s*|\s+năm\s+|\s*,\s*năm\s+)(?P<y>{_Y})(?![\d/])"


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled vocabulary of time phrases from `time_phrases.json`."""
    v = load("time_phrases")
    words = sorted(v["number_words"], key=len, reverse=True)
    numwords = "|".join(re.escape(w) for w in words)

    def any_of(items: list[str], literal: bool = False) -> re.Pattern:
        parts = [rf"\b{re.escape(x)}\b" if literal else x for x in items]
        return re.compile("|".join(parts), re.I)

    return {
        "ongoing": any_of(v["ongoing"], literal=True),
        "ongoing_start": re.compile(r"^\W*(?:" + "|".join(re.escape(x) for x in v["ongoing_start"]) + r")\b", re.I),
        "continuing": any_of(v["continuing"]),
        "periodic": any_of(v["periodic"]),
        "unspecified": any_of(v["unspecified"]),
        "school_term": re.compile(v["school_term"], re.I),
        "week_of_month": re.compile(v["week_of_month"], re.I),
        "before": re.compile(v["before"], re.I),
        "range_start": re.compile(v["range_start"], re.I),
        "range_join": re.compile(v["range_join"], re.I),
        "list_join": re.compile(v["list_join"], re.I),
        "duration": re.compile(r"(?<![\w/.])" + v["duration"].replace("NUMWORDS", numwords) + r"(?!\w)", re.I),
        "reference": re.compile(v["reference"], re.I),
        "after_start": re.compile(v["after_start"], re.I),
        "anchor_reference": any_of(v["anchor_reference"]),
        "periodic_day": re.compile(v["periodic_day"], re.I),
        "half_year": re.compile(v["half_year"] + rf"(?:\s+(?P<y>{_Y}))?(?![\d/])", re.I),
        "half_words": [(re.compile(re.escape(k) + rf"(?:\s+(?P<y>{_Y}))?(?![\d/])", re.I), tuple(m))
                       for k, m in v["half_words"].items()],
        "citation": re.compile(v["citation"]),
        "number_words": v["number_words"],
        "cue_filler": re.compile(v["cue_filler"], re.I),
        "deadline_cues": sorted(v["deadline_cues"], key=len, reverse=True),
        "phrase_lead": re.compile(v["phrase_lead"], re.I),
        "clause_stop": re.compile(v["clause_stop"], re.I),
        "until": re.compile(v["until"], re.I),
        "time_label": re.compile(v["time_label"], re.I),
        "cue_word": re.compile(r"(?<![\w])(?:" + "|".join(re.escape(c) for c in sorted(v["deadline_cues"], key=len,
                                                                                        reverse=True)) + r")(?![\w])", re.I),
        "deadline_phrases": [re.compile(rf"(?<![\w])(?:{p})(?![\w])", re.I) for p in v["deadline_phrases"]],
        "periodic_tail": re.compile(v["periodic_tail"], re.I),
        "cue": re.compile(r"^\W*(?:" + "|".join(re.escape(c) for c in sorted(v["deadline_cues"], key=len, reverse=True))
                          + r")\s*", re.I),
    }


# ---------------------------------------------------------------- atoms: the dated pieces of a phrase


@dataclass
class Atom:
    """One dated piece of text: a day, a month (or run of months), quarter(s), part of a year, or a year."""

    kind: str                  # day | month | quarter | half | year
    start: int
    end: int
    first: int = 0             # day: month; month/half: first month; quarter: first quarter
    last: int = 0              # day: day of month; month/half: last month; quarter: last quarter
    year: int | None = None
    gappy: bool = False        # "tháng 6 và 12": separate periods listed, not one run

    def bounds(self, year: int | None) -> tuple[dt.date | None, dt.date | None]:
        """First and last day covered, in `year` when the atom has none of its own."""
        y = self.year or year
        if y is None or not 1 <= y <= 9999:
            return None, None
        if self.kind == "day":
            d = make_date(y, self.first, self.last)
            return d, d
        if self.kind in ("month", "half"):
            return make_date(y, self.first, 1), month_end(y, self.last)
        if self.kind == "quarter":
            return make_date(y, 3 * self.first - 2, 1), month_end(y, 3 * self.last)
        return make_date(y, 1, 1), make_date(y, 12, 31)

    @property
    def is_run(self) -> bool:
        """True for a run of several months or quarters ("quý II, III")."""
        return self.kind in ("month", "quarter") and self.first != self.last or self.kind == "half"


def _q(text: str) -> int:
    """A quarter number from a Roman or Arabic numeral."""
    t = text.lower()
    return _ROMAN.get(t) or int(t)


_FULL = re.compile(
    rf"(?<![\d/.])(?:ngày\s+)?(?P<d>\d{{1,2}})\s*(?:tháng\s*(?P<m1>\d{{1,2}})\s*(?:,?\s*năm\s*|[/.\-]\s*)"
    rf"|(?P<s>[/.\-])\s*(?P<m2>\d{{1,2}})\s*(?P=s)\s*)(?P<y>{_Y})(?![\d/])", re.I)
_QUARTER = re.compile(
    rf"quý\s+(?P<q1>{_Q})(?:\s*(?:,|và|-|–|đến|tới)\s*(?:quý\s+)?(?P<q2>{_Q}))*(?:{_YEAR_SUFFIX})?", re.I)
_MONTH = re.compile(
    rf"tháng\s+(?P<m1>\d{{1,2}})(?!\d)(?:\s*(?:,|và|-|–)\s*(?:tháng\s+)?(?P<m2>\d{{1,2}})(?!\d))*"
    rf"(?:{_YEAR_SUFFIX})?(?![\d/])", re.I)
_DAY_SPAN = re.compile(  # "15 - 20/3/2023": two days of one month
    rf"(?<![\d/.])(?P<d1>\d{{1,2}})\s*(?:-|–|đến)\s*(?:ngày\s+)?(?P<d>\d{{1,2}})\s*(?P<s>[/.\-])\s*(?P<m>\d{{1,2}})"
    rf"\s*(?P=s)\s*(?P<y>{_Y})(?![\d/])", re.I)
_MONTH_YEAR = re.compile(rf"(?<![\d/.\-])(?P<m1>\d{{1,2}})\s*[/\-]\s*(?P<y>{_Y})(?![\d/])", re.I)
_SHORT = re.compile(
    r"(?<![\d/.\-])(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng\s*|/\s*)(?P<m>\d{1,2})(?![\d/])"
    r"(?!\s*(?:,?\s*năm|[/.\-])\s*\d)", re.I)
_YEAR = re.compile(rf"(?:năm\s+)?(?<![\d/.])(?P<y>{_Y})(?![\d/])", re.I)


def _mask(text: str, start: int, end: int) -> str:
    """`text` with [start, end) blanked out, positions kept."""
    return text[:start] + "\x00" * (end - start) + text[end:]


def scan(text: str) -> list[Atom]:
    """The dated pieces of `text` in order (document citations such as "số 02/KH-UBND ngày …" skipped)."""
    v = _vocab()
    work = text
    for m in v["citation"].finditer(text):
        work = _mask(work, m.start(), m.end())
    atoms: list[Atom] = []

    def take(rx: re.Pattern, build) -> None:
        nonlocal work
        for m in list(rx.finditer(work)):
            atom = build(m)
            if atom is not None:
                atoms.append(atom)
                work = _mask(work, m.start(), m.end())

    def year_of(m: re.Match) -> int | None:
        y = m.groupdict().get("y")
        return int(y) if y else None

    def full(m):
        if re.search(r"(?i)\b(?:tháng|quý)\s*$", work[:m.start()]):
            return None
        d, mo = int(m.group("d")), int(m.group("m1") or m.group("m2"))
        return Atom("day", m.start(), m.end(), mo, d, int(m.group("y"))) if make_date(2000, mo, d) else None

    def half(m):
        n = m.group("n")
        n = _number(n)
        if not 1 <= n <= 12:
            return None
        first, last = (1, n) if m.group("h").lower() == "đầu" else (13 - n, 12)
        return Atom("half", m.start(), m.end(), first, last, year_of(m))

    def run_of(m: re.Match, token: str) -> tuple[list[int], bool]:
        """The numbers of a listed run ("quý I, II", "tháng 3, 4 và 5") and whether they leave a gap."""
        stop = m.start("y") - m.start() if m.groupdict().get("y") else len(m.group(0))
        run = m.group(0)[:stop]
        nums = [_q(x) for x in re.findall(token, run[run.lower().find(" "):], re.I)]
        listed = re.search(r",|\svà\s", run) is not None
        return nums, listed and sorted(set(nums)) != list(range(min(nums), max(nums) + 1))

    def quarter(m):
        nums, gappy = run_of(m, r"\b(?:IV|I{1,3}|[1-4])\b")
        if not nums:
            return None
        return Atom("quarter", m.start(), m.end(), min(nums), max(nums), year_of(m), gappy)

    def month(m):
        if re.search(r"(?i)\bngày\s+\d{1,2}\s*$", work[:m.start()]):
            return None  # "ngày 30 tháng 6": a day, read below
        nums, gappy = run_of(m, r"\b\d{1,2}\b") if m.groupdict().get("m2") else ([int(m.group("m1"))], False)
        if not nums or not all(1 <= n <= 12 for n in nums):
            return None
        return Atom("month", m.start(), m.end(), min(nums), max(nums), year_of(m), gappy)

    def month_year(m):
        if re.search(r"(?i)\bsố\s*$", text[:m.start()]):
            return None
        return month(m)

    def short(m):
        d, mo = int(m.group("d")), int(m.group("m"))
        return Atom("day", m.start(), m.end(), mo, d) if make_date(2000, mo, d) else None

    for m in list(_DAY_SPAN.finditer(work)):
        d1, d2, mo, y = (int(m.group(k)) for k in ("d1", "d", "m", "y"))
        if make_date(y, mo, d1) and make_date(y, mo, d2) and d1 < d2:
            atoms.append(Atom("day", m.start("d1"), m.end("d1"), mo, d1, y))
            atoms.append(Atom("day", m.start("d"), m.end(), mo, d2, y))
            work = _mask(work, m.start(), m.end())
    take(_FULL, full)
    take(v["half_year"], half)
    for rx, (first, last) in v["half_words"]:
        take(rx, lambda m, a=first, b=last: Atom("half", m.start(), m.end(), a, b, year_of(m)))
    take(_QUARTER, quarter)
    take(_MONTH, month)
    take(_MONTH_YEAR, month_year)
    take(_SHORT, short)
    take(_YEAR, lambda m: Atom("year", m.start(), m.end(), year=int(m.group("y"))))
    return sorted(atoms, key=lambda a: a.start)


# ---------------------------------------------------------------- chains: atoms joined into one phrase


@dataclass
class Chain:
    """Consecutive atoms joined by list or range words ("từ tháng 01 đến tháng 12/2023")."""

    atoms: list[Atom]
    ranged: bool = False

    @property
    def start(self) -> int:
        """Where the chain begins in the text."""
        return self.atoms[0].start

    @property
    def end(self) -> int:
        """Where the chain ends in the text."""
        return self.atoms[-1].end


def chains(text: str, atoms: list[Atom]) -> list[Chain]:
    """Atoms grouped into phrases by the words between them."""
    v = _vocab()
    out: list[Chain] = []
    for a in atoms:
        if out:
            gap = text[out[-1].end:a.start]
            if v["range_join"].match(gap):
                out[-1].atoms.append(a)
                out[-1].ranged = True
                continue
            if v["list_join"].match(gap):
                out[-1].atoms.append(a)
                continue
        out.append(Chain([a]))
    return out


def _fill_years(atoms: list[Atom], default: int | None) -> None:
    """A year for every atom: from the next atom that has one, else the previous, else `default`."""
    for i, a in enumerate(atoms):
        if a.year is not None:
            continue
        nxt = next((b.year for b in atoms[i + 1:] if b.year is not None), None)
        prv = next((b.year for b in reversed(atoms[:i]) if b.year is not None), None)
        a.year = nxt or prv or default


def _strip_year_atoms(chain: Chain) -> list[Atom]:
    """A bare year after a yearless period gives that period its year ("tháng 12, năm 2022")."""
    atoms = list(chain.atoms)
    if len(atoms) > 1 and not chain.ranged:
        years = [a for a in atoms if a.kind == "year"]
        others = [a for a in atoms if a.kind != "year"]
        if others and len(years) == 1:
            for a in others:
                if a.year is None:
                    a.year = years[0].year
            return others
    return atoms


def _add(anchor: dt.date, n: int, unit: str) -> dt.date | None:
    """`anchor` moved forward by n days, working days, weeks, months or years."""
    try:
        unit = unit.lower()
        if unit == "ngày làm việc":
            d, left = anchor, n
            while left > 0:
                d += dt.timedelta(days=1)
                if d.weekday() < 5:
                    left -= 1
            return d
        if unit == "ngày":
            return anchor + dt.timedelta(days=n)
        if unit == "tuần":
            return anchor + dt.timedelta(weeks=n)
        months = n * (12 if unit == "năm" else 1)
        y, m = divmod(anchor.month - 1 + months, 12)
        y += anchor.year
        return make_date(y, m + 1, min(anchor.day, calendar.monthrange(y, m + 1)[1])) if 1 <= y <= 9999 else None
    except (OverflowError, ValueError):
        return None


def _number(text: str) -> int:
    """A number written in digits or in words."""
    return int(text) if text.isdigit() else _vocab()["number_words"].get(text.lower(), 0)


def _relative(text: str, masked_atoms: list[Atom], year: int | None, anchor: dt.date | None):
    """(end or None) when `text` states a time relative to an event ("30 ngày kể từ …"), else False."""
    v = _vocab()
    work = text
    for a in masked_atoms:
        work = _mask(work, a.start, a.end)
    for m in v["duration"].finditer(work):
        rest = text[m.end():]
        ref = v["reference"].match(rest)
        if not ref:
            continue
        n = _number(m.group("n"))
        base = None
        clause = rest[ref.start():]
        day = next((a for a in scan(clause) if a.kind == "day" and a.year), None)
        if day is not None:
            base = day.bounds(None)[1]
        elif anchor is not None and v["anchor_reference"].search(clause):
            base = anchor
        end = _add(base, n, m.group("unit")) if base and n else None
        return end
    if v["after_start"].search(text.strip()) and not masked_atoms:
        return None
    lead = v["cue_filler"].sub("", v["cue"].sub("", text.strip()), count=1)
    m = v["duration"].match(lead)
    if m and not masked_atoms:
        return None
    return False


def _counted_from_event(text: str) -> bool:
    """True when `text` counts a time limit from an event ("10 ngày làm việc sau mỗi đợt kiểm tra",
    "30 ngày kể từ …")."""
    v = _vocab()
    return any(v["reference"].match(text[m.end():]) for m in v["duration"].finditer(text))


def _period_start_minus_one(d: dt.date | None) -> dt.date | None:
    """The day before `d` (the end of "trước <period>")."""
    return d - dt.timedelta(days=1) if d is not None and d > dt.date.min else None


def _consecutive(atoms: list[Atom]) -> bool:
    """True when the periods follow one another without a gap ("quý II, III", "tháng 3, 4")."""
    for a, b in zip(atoms, atoms[1:], strict=False):
        end, start = a.bounds(None)[1], b.bounds(None)[0]
        if end is None or start is None or (start - end).days != 1:
            return False
    return True


def _span_of_chain(text: str, chain: Chain, year: int | None):
    """(kind, start, end) of one chain of atoms, with the cue word before it."""
    v = _vocab()
    atoms = _strip_year_atoms(chain)
    _fill_years(atoms, year)
    before = text[max(0, chain.start - 30):chain.start]
    first_start, first_end = atoms[0].bounds(None)
    last_start, last_end = atoms[-1].bounds(None)
    if any(a.gappy for a in atoms) and not chain.ranged:
        return "periodic", None, None
    if len(atoms) > 1:
        kinds = {a.kind for a in atoms}
        if not chain.ranged and kinds == {"day"} and len({(a.first, a.last, a.year) for a in atoms}) > 1:
            return "unspecified", None, None
        if not chain.ranged and "day" in kinds and len(kinds) > 1:
            return "unspecified", None, None
        if len({(a.kind, a.first, a.last, a.year) for a in atoms}) == 1:
            atoms = atoms[:1]
        elif not chain.ranged and not _consecutive(atoms):
            return "periodic", None, None  # "tháng 6 và tháng 12": several separate times
        else:
            start, end = first_start, last_end
            if start and end and start > end and atoms[0].year and atoms[0].year == atoms[-1].year:
                atoms[0].year -= 1
                start = atoms[0].bounds(None)[0]
            if start and end and start > end:
                start = None
            return "range", start, end
    a = atoms[0]
    start, end = a.bounds(None)
    if v["before"].search(before):
        return "date", None, end if a.kind == "day" else _period_start_minus_one(start)
    if v["range_start"].search(before):
        return "range", start, None
    if v["until"].search(before):
        return "date", None, end
    if a.kind == "day":
        return "date", None, end
    if a.is_run:
        return "range", start, end
    return {"month": "month", "quarter": "quarter", "year": "year"}[a.kind], start, end


def parse_time(text: str | None, year: int | None = None, anchor: dt.date | None = None):
    """The TimeSpan of a time phrase ("Quý II", "Tháng 01/2022", "Thường xuyên", …), or None."""
    from models import TimeSpan

    if not text or not isinstance(text, str):
        return None
    phrase = _balanced(re.sub(r"\s+", " ", text).strip())
    if not phrase:
        return None
    try:
        kind, start, end = _classify(phrase, year, anchor)
    except (ValueError, OverflowError, RecursionError, IndexError):
        return None
    if kind is None:
        return None
    if start and end and start > end:
        start = None
    return TimeSpan(text=phrase, kind=kind, start=start, end=end)


def _balanced(phrase: str) -> str:
    """A phrase without the bracket it was cut out of ("thời gian: trước ngày 15/6/2024)" -> "… 15/6/2024")."""
    while phrase.endswith(")") and phrase.count(")") > phrase.count("("):
        phrase = phrase[:-1].rstrip(" .,;")
    while phrase.startswith("(") and phrase.count("(") > phrase.count(")"):
        phrase = phrase[1:].lstrip()
    return phrase


def _classify(phrase: str, year: int | None, anchor: dt.date | None):
    """(kind, start, end) of a whole phrase, or (None, None, None) when it names no time."""
    v = _vocab()
    default = year or (anchor.year if anchor else None)
    week = v["week_of_month"].match(phrase)
    if week and (week.group("y") or default):  # "Tuần 2 tháng 5/2024": days 8 to 14
        y, m, w = int(week.group("y") or default), int(week.group("m")), int(week.group("w"))
        first, last = dt.date(y, m, 1) + dt.timedelta(days=7 * w - 7), month_end(y, m)
        if first > last:
            return "unspecified", None, None  # "tuần 5 tháng 2/2023": no such week
        return "range", first, min(first + dt.timedelta(days=6), last)
    if v["ongoing_start"].search(phrase):
        return "ongoing", None, None
    atoms = scan(phrase)
    if v["continuing"].search(phrase) and atoms:
        first = atoms[0]
        _fill_years([first], default)
        return "ongoing", first.bounds(None)[0], None
    if (v["periodic"].search(phrase) or v["periodic_day"].search(phrase)) and not _counted_from_event(phrase):
        return "periodic", None, None  # "trong 10 ngày sau mỗi đợt kiểm tra": a time limit, though the event recurs
    rel = _relative(phrase, atoms, default, anchor)
    if rel is not False:
        return "relative", None, rel
    if v["school_term"].search(phrase):
        return "unspecified", None, None  # "Học kỳ I năm học 2024 - 2025": a school term, no calendar dates
    groups = chains(phrase, atoms)
    labelled = [p for p in re.split(r"[;\n]", phrase) if re.match(r"\s*[^:]{2,80}:\s*\S", p)]
    if groups and len(labelled) > 1:  # "Đối với A: từ …; Đối với B: từ …": one time per unit
        return "unspecified", None, None
    if len(groups) > 1:
        dated = [g for g in groups if any(a.kind != "year" for a in g.atoms)]
        if dated and len(dated) < len(groups):
            bare_years = [a.year for g in groups if g not in dated for a in g.atoms]
            default = bare_years[0] or default
            groups = dated
    if len(groups) > 1:
        spans = {_span_of_chain(phrase, g, default) for g in groups}
        if len(spans) > 1:
            return "unspecified", None, None
        return spans.pop()
    if groups:
        return _span_of_chain(phrase, groups[0], default)
    if v["ongoing"].search(phrase):
        return "ongoing", None, None
    if v["unspecified"].search(phrase):
        return "unspecified", None, None
    return None, None, None


# ---------------------------------------------------------------- time phrases inside running text


@dataclass
class Found:
    """A time phrase found in running text: where it is and what it means."""

    start: int
    end: int
    span: object  # models.TimeSpan




def find_times(text: str | None, year: int | None = None, anchor: dt.date | None = None) -> list[Found]:
    """Every dated time phrase in running text, with the cue word before it ("từ tháng 01/2023 đến …")."""
    if not text:
        return []
    try:
        atoms = scan(text)
        out = []
        for g in chains(text, atoms):
            start = g.start
            m = _vocab()["phrase_lead"].search(text[max(0, start - 25):start])
            if m:
                start -= len(m.group(0))
            span = parse_time(text[start:g.end], year, anchor)
            if span is not None:
                out.append(Found(start, g.end, span))
        return out
    except (ValueError, OverflowError, RecursionError, IndexError):
        return []


def _parsed_prefix(body: str, first: int, end: int) -> int:
    """`end`, or when `body[:end]` reads as no one time and runs on into the next item of a list, whose
    own cue follows ("15/6/2024, quý III trước ngày 15/9/2024"), the end of its longest prefix cut at a
    comma or "và" that does."""
    if _readable(body[:end]) or not _vocab()["cue"].match(body[end:]):
        return end
    for cut in reversed([m.start() for m in re.finditer(r"\s*,\s*|\s+và\s+", body[first:end])]):
        if _readable(body[:first + cut]):
            return first + cut
    return end


def _readable(phrase: str) -> bool:
    """True when a phrase parses as one time (not as several that disagree)."""
    span = parse_time(phrase)
    return span is not None and span.kind != "unspecified"


def phrase_after(text: str, pos: int) -> int | None:
    """End of the time expression that starts at `pos` (after a deadline cue word), or None."""
    v = _vocab()
    rest = text[pos:]
    lead = v["cue_filler"].match(rest)
    skip = lead.end() if lead else 0
    body = rest[skip:]
    m = v["periodic_day"].match(body)
    if m:
        return pos + skip + m.end()
    atoms = scan(body[:120])
    if atoms and atoms[0].start <= 6 and body[:atoms[0].start].strip(" ,") in ("", "ngày", "tháng", "năm"):
        return pos + skip + _parsed_prefix(body, atoms[0].start, chains(body[:120], atoms)[0].end)
    m = v["duration"].match(body)
    if m:
        after = body[m.end():]
        ref = v["reference"].match(after)
        if ref:
            stop = v["clause_stop"].search(after[ref.end():])
            end = ref.end() + (stop.start() if stop else len(after) - ref.end())
            return pos + skip + m.end() + end
        return pos + skip + m.end()
    return None


def frequency(text: str | None):
    """The periodic TimeSpan of a frequency stated in running text ("định kỳ hằng tháng công khai …" ->
    "định kỳ hằng tháng"), or None when the text states none."""
    from models import TimeSpan

    text = text or ""
    # a bare "định kỳ" after a noun qualifies it ("sinh hoạt chi bộ định kỳ", "kiểm tra định kỳ và đột xuất"):
    # it states a frequency only at the head of its clause ("Định kỳ, …") or with its period
    hits = [m for m in _vocab()["periodic"].finditer(text)
            if not (m.group(0).lower() == "định kỳ" and _after_noun(text, m.start(), m.end()))]
    if not hits:
        return None
    start, end = hits[0].start(), hits[0].end()
    for m in hits[1:]:
        if text[end:m.start()].strip(" ,"):
            break
        end = m.end()
    return TimeSpan(text=text[start:end], kind="periodic", start=None, end=None)


def _after_noun(text: str, start: int, end: int) -> bool:
    """True when the word at [start, end) follows a word of its clause and no period word follows it."""
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".;:,-–(" \
        and not re.match(r"\s*(?:hằng|hàng|mỗi|\d|sáu|ba|một|06|03)", text[end:], re.I)


def deadline_phrases(text: str | None) -> list[tuple[int, int]]:
    """(start, end) of each deadline phrase of running text, in order and not overlapping: a cue and the
    time after it ("trước ngày 15/3/2024", "chậm nhất 30 ngày kể từ …", "trước ngày 15/11 hằng năm") and
    the phrases that state a deadline by themselves ("trong tháng 11/2024", "theo thời gian quy định").
    The one vocabulary of task dues and of deadlines."""
    if not text:
        return []
    v = _vocab()
    found: list[tuple[int, int]] = []
    for m in v["cue_word"].finditer(text):
        end = phrase_after(text, m.end())
        if end is not None:
            tail = v["periodic_tail"].match(text[end:])
            found.append((m.start(), end + (tail.end() if tail else 0)))
    found += [(m.start(), m.end()) for rx in v["deadline_phrases"] for m in rx.finditer(text)]
    out: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda f: (f[0], -f[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


_CLAUSE_START = re.compile(r"[;\n]\s*|\.\s+(?=\S)")


def time_labels(text: str, inside: bool = True) -> list[tuple[int, int, str]]:
    """(label start, value end, value) of each time label that starts a clause of `text` ("…; thời gian
    hoàn thành: Quý II/2024."); with `inside` False only the ones after the first clause. A value runs to
    the end of its clause."""
    if not text:
        return []
    rx = _vocab()["time_label"]
    starts = [0] + [m.end() for m in _CLAUSE_START.finditer(text)]
    out = []
    for pos in starts:
        if pos == 0 and not inside:
            continue
        nxt = _CLAUSE_START.search(text, pos)
        end = nxt.start() if nxt else len(text)
        m = rx.match(text[pos:end].strip())
        if m:
            value = m.group("value").strip(" .,;")
            if value:
                out.append((pos, end, value))
    return out
