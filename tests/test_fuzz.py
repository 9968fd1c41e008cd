"""A bounded fuzz run (hypothesis) of the date normalizer and the number parsers: whatever the text,
they return a sound value or None, never raise."""
from __future__ import annotations

import datetime as dt
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.dates import find_times, parse_date, parse_time
from extractor.fields.header import clean_number
from extractor.fields.legal_bases import legal_bases

EXAMPLES = int(os.environ.get("KEHOACH_FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize="KEHOACH_FUZZ_EXAMPLES" not in os.environ)
KINDS = {"date", "month", "quarter", "range", "year", "ongoing", "periodic", "relative", "unspecified"}

NUM = st.one_of(st.integers(-5, 40), st.integers(0, 99999), st.sampled_from(["00", "0", "01", "1O", "I", "IV", "l"]))
YEAR = st.one_of(st.integers(1, 99), st.integers(1900, 2100), st.integers(0, 99999), st.just("năm"))
SEP = st.sampled_from(["/", "-", ".", " / ", " tháng ", " năm ", ", ", "", "–"])
WORD = st.sampled_from(["ngày", "tháng", "năm", "quý", "Quý", "trước", "từ", "đến", "trong", "hằng", "hàng", "định kỳ",
                        "thường xuyên", "đầu", "cuối", "giữa", "6 tháng", "kể từ", "ngày làm việc", "tuần", "I", "II",
                        "III", "IV", "V", "X", "và", ",", ";", ":", "(", ")", "sau", "chậm nhất", "tới", "hết", "kỳ"])
# time phrases built from the words and numbers dates are written with, in any order
PHRASE = st.lists(st.one_of(WORD, NUM.map(str), YEAR.map(str), SEP), max_size=14).map(" ".join)
D, M, Q = st.integers(0, 40), st.integers(0, 14), st.sampled_from(["I", "II", "III", "IV", "V", "1", "4", "5", "0"])
Y = st.one_of(st.integers(1990, 2040), st.integers(0, 120), st.integers(2041, 99999))
# the usual ways a time is written, with any numbers in them (31/2, month 13, year 0 …)
WRITTEN = st.one_of(
    st.builds("ngày {}/{}/{}".format, D, M, Y), st.builds("trước ngày {} tháng {} năm {}".format, D, M, Y),
    st.builds("Quý {}/{}".format, Q, Y), st.builds("Quý {} - Quý {} năm {}".format, Q, Q, Y),
    st.builds("quý {}, {} năm {}".format, Q, Q, Y), st.builds("tháng {}/{}".format, M, Y),
    st.builds("Tháng {}, {} năm {}".format, M, M, Y), st.builds("từ {}/{} đến {}/{}/{}".format, D, M, D, M, Y),
    st.builds("từ tháng {}/{} đến tháng {}/{}".format, M, Y, M, Y), st.builds("{} - {}/{}/{}".format, D, D, M, Y),
    st.builds("6 tháng {} năm {}".format, st.sampled_from(["đầu", "cuối", "giữa"]), Y),
    st.builds("trong vòng {} ngày làm việc kể từ ngày {}/{}/{}".format, st.integers(0, 9999), D, M, Y),
    st.builds("hằng tháng, trước ngày {}".format, D), st.builds("trước {}/{}".format, D, M),
    st.builds("năm {} - {}".format, Y, Y), st.builds("{}/{}".format, M, Y))
TEXT = st.one_of(WRITTEN, WRITTEN, PHRASE, st.text(max_size=200), st.builds("{} {}".format, PHRASE, st.text(max_size=40)),
                 st.builds("{}; {}".format, WRITTEN, WRITTEN))


def _iso(value: dt.date | None) -> None:
    if value is not None:
        assert isinstance(value, dt.date)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.isoformat())


@FUZZ
@given(TEXT, st.one_of(st.none(), st.integers(1900, 2100)),
       st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))))
def test_parse_time_gives_a_sound_span_or_none(text, year, anchor):
    span = parse_time(text, year, anchor)
    if span is None:
        return
    assert span.kind in KINDS and span.text.strip()
    _iso(span.start)
    _iso(span.end)
    if span.start and span.end:
        assert span.start <= span.end, (text, span)
    if span.kind in ("ongoing", "periodic", "unspecified"):
        assert span.end is None, (text, span)


@FUZZ
@given(TEXT, st.one_of(st.none(), st.integers(1900, 2100)))
def test_parse_date_gives_a_real_date_or_none(text, year):
    _iso(parse_date(text, year))


@FUZZ
@given(TEXT, st.one_of(st.none(), st.integers(1900, 2100)))
def test_find_times_spans_lie_in_the_text(text, year):
    for found in find_times(text, year):
        assert 0 <= found.start < found.end <= len(text)
        _iso(found.span.start)
        _iso(found.span.end)


NUMBER = st.one_of(
    st.builds("{}{}{}".format, NUM.map(str), st.sampled_from(["/", " /", "/ ", " / ", "", "-"]),
              st.sampled_from(["KH-UBND", "QĐ-UBND", "2022/NĐ-CP", "KH - UBND", "", "TB-VP", "CV/"])),
    st.text(max_size=60))


@FUZZ
@given(NUMBER)
def test_clean_number_has_no_spaces_and_is_stable(text):
    number = clean_number(text)
    if number is None:
        return
    assert number and not re.search(r"\s", number)
    assert number[0].isdigit()
    assert clean_number(number) == number  # cleaning a clean number changes nothing


BASIS = st.builds(
    "{} {} số {} ngày {} {} của {} {}{}".format,
    st.sampled_from(["Căn cứ", "Thực hiện", "Căn cứ vào", "Theo", "căn cứ"]),
    st.sampled_from(["Nghị định", "Quyết định", "Kế hoạch", "Thông tư", "Công văn", "Luật", ""]),
    NUMBER, st.builds("{}{}{}{}{}".format, NUM.map(str), SEP, NUM.map(str), SEP, YEAR.map(str)),
    st.sampled_from(["", "tháng 3 năm 2022", "của"]),
    st.sampled_from(["Chính phủ", "Thủ tướng Chính phủ", "UBND tỉnh", "Bộ Tư pháp", ""]),
    st.text(max_size=40), st.sampled_from([";", ".", "", "; Căn cứ Luật số 01/2015/QH13;"]))


@FUZZ
@given(st.lists(st.one_of(BASIS, st.text(max_size=120)), max_size=6))
def test_legal_bases_are_sound(preamble):
    for basis in legal_bases(preamble):
        assert basis.number and not re.search(r"\s", basis.number), basis
        _iso(basis.date)
        assert any(basis.number in re.sub(r"\s", "", p) for p in preamble), basis  # a cited number, not invented
