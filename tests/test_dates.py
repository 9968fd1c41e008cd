"""The time-phrase normalizer: every row of SCHEMA.md's date table, other written forms, and robustness."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import find_times, make_date, month_end, parse_date, parse_time

D = dt.date

# (written, plan year, kind, start, end)
CASES = [
    # SCHEMA.md's date table
    ("trước ngày 28/02/2022", 2022, "date", None, D(2022, 2, 28)),
    ("01/3", 2022, "date", None, D(2022, 3, 1)),
    ("Tháng 02", 2022, "month", D(2022, 2, 1), D(2022, 2, 28)),
    ("Tháng 01/2022", 2021, "month", D(2022, 1, 1), D(2022, 1, 31)),
    ("Quý II", 2022, "quarter", D(2022, 4, 1), D(2022, 6, 30)),
    ("quý II, III năm 2022", None, "range", D(2022, 4, 1), D(2022, 9, 30)),
    ("từ tháng 01/2023 đến tháng 12/2023", 2022, "range", D(2023, 1, 1), D(2023, 12, 31)),
    ("Năm 2022", None, "year", D(2022, 1, 1), D(2022, 12, 31)),
    ("Thường xuyên", 2022, "ongoing", None, None),
    ("Theo định kỳ và đột xuất", 2022, "periodic", None, None),
    ("hàng Quý, năm", 2022, "periodic", None, None),
    ("chậm nhất 30 ngày kể từ ngày nhận được thông báo kết luận kiểm tra", 2022, "relative", None, None),
    ("Theo Kế hoạch kiểm tra", 2022, "unspecified", None, None),
    ("Theo quy định", 2022, "unspecified", None, None),
    # forms beyond the seeds
    ("Quý I/2024", 2022, "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("quý 2 năm 2023", 2022, "quarter", D(2023, 4, 1), D(2023, 6, 30)),
    ("QUÝ IV", 2021, "quarter", D(2021, 10, 1), D(2021, 12, 31)),
    ("trước 30/6/2024", 2022, "date", None, D(2024, 6, 30)),
    ("trước tháng 02/2021", 2021, "date", None, D(2021, 1, 31)),
    ("trước quý III", 2022, "date", None, D(2022, 6, 30)),
    ("trước năm 2025", 2022, "date", None, D(2024, 12, 31)),
    ("6 tháng đầu năm", 2022, "range", D(2022, 1, 1), D(2022, 6, 30)),
    ("6 tháng cuối năm", 2022, "range", D(2022, 7, 1), D(2022, 12, 31)),
    ("06 tháng đầu năm 2024", 2022, "range", D(2024, 1, 1), D(2024, 6, 30)),
    ("hằng tháng", 2022, "periodic", None, None),
    ("hàng quý, năm", 2022, "periodic", None, None),
    ("định kỳ", 2022, "periodic", None, None),
    ("Thực hiện hàng Quý, năm", 2022, "periodic", None, None),
    ("trước ngày 15/12 hằng năm", 2022, "periodic", None, None),
    ("Thường xuyên, bảo đảm 100% TTHC còn hiệu lực", 2021, "ongoing", None, None),
    ("Theo Kế hoạch", 2022, "unspecified", None, None),
    ("theo thời gian quy định", 2022, "unspecified", None, None),
    ("Theo chỉ đạo của Thủ tướng Chính phủ và tình hình thực tế tại địa phương", 2022, "unspecified", None, None),
    ("Khi có yêu cầu", 2022, "unspecified", None, None),
    ("tháng 3-5/2022", None, "range", D(2022, 3, 1), D(2022, 5, 31)),
    ("từ tháng 11 đến tháng 2/2023", None, "range", D(2022, 11, 1), D(2023, 2, 28)),
    ("Quý II và Quý III/2022", None, "range", D(2022, 4, 1), D(2022, 9, 30)),
    ("từ 01/3 đến 30/7", 2022, "range", D(2022, 3, 1), D(2022, 7, 30)),
    ("giai đoạn 2021 - 2025", None, "range", D(2021, 1, 1), D(2025, 12, 31)),
    ("Tháng 12 và theo thời gian thực hiện của Văn phòng Chính phủ", 2022, "month", D(2022, 12, 1), D(2022, 12, 31)),
    ("tháng 12, năm 2023", 2022, "month", D(2023, 12, 1), D(2023, 12, 31)),
    ("trước ngày 17 của tháng cuối kỳ báo cáo", 2021, "periodic", None, None),
    ("trước 05 ngày làm việc kể từ ngày Đoàn kiểm tra đến làm việc", 2022, "relative", None, None),
    ("Sau khi có hướng dẫn của Bộ Nội vụ", 2022, "relative", None, None),
    ("Trong 10 ngày làm việc sau mỗi đợt kiểm tra", 2022, "relative", None, None),
    ("Học kỳ I năm học 2024 - 2025", 2024, "unspecified", None, None),
    ("định kỳ sau mỗi đợt kiểm tra", 2022, "periodic", None, None),
    ("Đối với Trung tâm HCC tỉnh: từ 01- 6/2022; Đối với Trung tâm HCC cấp huyện: từ 01/12/2022",
     2022, "unspecified", None, None),
    ("Sở Tư pháp: trước 15/3/2022; Sở Nội vụ: trước 30/3/2022", 2022, "unspecified", None, None),
    ("Cấp tỉnh: từ 01-6/2022; cấp huyện: từ 01/12/2022", 2022, "unspecified", None, None),
    ("Năm 2022", 2021, "year", D(2022, 1, 1), D(2022, 12, 31)),
    ("năm 2022 và các năm tiếp theo", 2022, "ongoing", D(2022, 1, 1), None),
    ("ngày 15 tháng 3 năm 2022", None, "date", None, D(2022, 3, 15)),
    ("15/3/2022", None, "date", None, D(2022, 3, 15)),
    ("15-3-2022", None, "date", None, D(2022, 3, 15)),
    ("15.3.2022", None, "date", None, D(2022, 3, 15)),
    ("ngày 30 tháng 6", 2023, "date", None, D(2023, 6, 30)),
    ("đến hết ngày 31/12/2022", None, "date", None, D(2022, 12, 31)),
    ("Theo Kế hoạch số 02/KH-UBND ngày 07/01/2021", 2021, "unspecified", None, None),
    ("tháng 3, 4 và 5 năm 2022", None, "range", D(2022, 3, 1), D(2022, 5, 31)),
    ("15 - 20/3/2023", None, "range", D(2023, 3, 15), D(2023, 3, 20)),
    ("Khi có văn bản hướng dẫn của cấp trên", 2023, "unspecified", None, None),
    ("Từ nay đến hết năm 2023", None, "date", None, D(2023, 12, 31)),
    ("Tháng 6 và tháng 12", 2023, "periodic", None, None),
    ("quý II và IV/2023", None, "periodic", None, None),
    ("Quý IV/2023 - Quý I/2024", None, "range", D(2023, 10, 1), D(2024, 3, 31)),
    ("Từ năm 2023", None, "range", D(2023, 1, 1), None),
    ("Trong năm 2023", None, "year", D(2023, 1, 1), D(2023, 12, 31)),
    ("Đợt 1: tháng 5/2023; Đợt 2: tháng 10/2023", None, "unspecified", None, None),
]


@pytest.mark.parametrize("text,year,kind,start,end", CASES)
def test_time_phrases(text, year, kind, start, end):
    span = parse_time(text, year)
    assert span is not None, text
    assert (span.kind, span.start, span.end) == (kind, start, end), text
    assert span.text == text.strip()


def test_missing_year_gives_no_dates():
    span = parse_time("Quý II")
    assert span.kind == "quarter" and span.start is None and span.end is None


def test_relative_deadline_computed_from_issue_date():
    anchor = D(2022, 2, 23)  # a Wednesday
    span = parse_time("trong thời hạn 20 ngày làm việc, kể từ ngày ban hành Kế hoạch này", 2022, anchor)
    assert span.kind == "relative"
    assert span.end == D(2022, 3, 23)  # 20 working days, weekends skipped
    calendar_days = parse_time("chậm nhất 15 ngày kể từ ngày ký", 2022, anchor)
    assert calendar_days.end == D(2022, 3, 10)
    unknown_event = parse_time("chậm nhất 15 ngày kể từ ngày nhận được thông báo", 2022, anchor)
    assert unknown_event.kind == "relative" and unknown_event.end is None
    explicit = parse_time("trong vòng 10 ngày kể từ ngày 01/7/2022", 2022)
    assert explicit.end == D(2022, 7, 11)


def test_relative_without_anchor_has_no_end():
    span = parse_time("trong thời hạn 20 ngày làm việc, kể từ ngày ban hành Kế hoạch này", 2021, None)
    assert span.kind == "relative" and span.end is None


def test_no_time_phrase():
    assert parse_time("Văn phòng UBND tỉnh") is None
    assert parse_time("") is None
    assert parse_time(None) is None
    assert parse_time("   ") is None


def test_text_is_trimmed():
    assert parse_time("  Quý II \n", 2022).text == "Quý II"


def test_find_times_in_running_text():
    found = find_times("Dự kiến thực hiện trong quý II, III năm 2022 (thời gian do Đoàn quyết định).", 2022)
    assert [f.span.text for f in found] == ["quý II, III năm 2022"]
    found = find_times("Tổ chức kiểm tra tại các đơn vị, địa phương từ tháng 01/2023 đến tháng 12/2023.", 2023)
    assert found[0].span.text == "từ tháng 01/2023 đến tháng 12/2023" and found[0].span.kind == "range"
    cited = find_times("theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ", 2021)
    assert cited == []


def test_phrase_after_a_cue_stops_where_the_next_item_of_a_list_begins():
    from extractor.dates import phrase_after

    text = ("gửi báo cáo quý I trước ngày 10/4/2025, quý II trước ngày 10/7/2025, quý III trước ngày "
            "10/10/2025 và đột xuất khi có yêu cầu")
    cues = [i for i in range(len(text)) if text.startswith("trước", i)]
    phrases = [text[i:phrase_after(text, i + len("trước"))] for i in cues]
    assert phrases == ["trước ngày 10/4/2025", "trước ngày 10/7/2025", "trước ngày 10/10/2025"]
    # a list that is one time phrase stays whole
    text = "hoàn thành trước quý II, III năm 2025 để tổng hợp"
    assert text[text.index("trước"):phrase_after(text, text.index("trước") + 5)] == "trước quý II, III năm 2025"


def test_helpers_keep_their_contracts():
    assert make_date(2022, 2, 30) is None
    assert month_end(2024, 2) == D(2024, 2, 29)
    assert month_end(2024, 13) is None
    assert parse_date("Bến Tre, ngày 23 tháng 02 năm 2022") == D(2022, 2, 23)
    assert parse_date("01/3", 2022) == D(2022, 3, 1)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=120), st.one_of(st.none(), st.integers(min_value=-5, max_value=10000)),
       st.one_of(st.none(), st.dates()))
def test_never_raises_and_dates_are_valid(text, year, anchor):
    span = parse_time(text, year, anchor)
    if span is not None:
        assert span.text == " ".join(text.split())
        for d in (span.start, span.end):
            assert d is None or isinstance(d, dt.date)
        if span.start and span.end:
            assert span.start <= span.end


_PIECES = ["trước", "ngày", "tháng", "quý", "năm", "từ", "đến", "II", "IV", "12", "31", "2022", "/", "-", ".", ",",
           "và", "hằng", "kể từ", "làm việc", "30", "02", "0", "99", "2099", "1900", "Thường xuyên", "6 tháng đầu"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.one_of(st.none(), st.integers(1, 9999)),
       st.one_of(st.none(), st.dates()))
def test_date_like_noise_gives_valid_spans(pieces, year, anchor):
    text = " ".join(pieces)
    span = parse_time(text, year, anchor)
    if span is not None and span.start and span.end:
        assert span.start <= span.end
    for f in find_times(text, year, anchor):
        assert 0 <= f.start <= f.end <= len(text)
