"""Deadlines in prose, on short plans written for the test (other wordings than the seeds)."""
import datetime as dt

from extractor.deadlines import clause_around, deadlines
from extractor.pipeline import prepare
from extractor.readers.text import read

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 12/KH-UBND
An Giang, ngày 10 tháng 01 năm 2023
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2023
Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2023 của UBND tỉnh;
"""
ISSUED = dt.date(2023, 1, 10)


def segments(body: str):
    """The segments of a small plan whose body is `body`."""
    return prepare(read((HEADER + body).encode("utf-8"), "txt"))


def found(body: str, year: int = 2023, issued: dt.date | None = ISSUED):
    return [(d.kind, d.end, d.text) for d in deadlines(segments(body), year, issued)]


def test_dates_after_cue_words():
    body = """I. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ tổng hợp, gửi báo cáo về UBND tỉnh trước ngày 15/6/2023; đồng thời hoàn thành việc đánh giá chậm nhất ngày 30 tháng 11 năm 2023.
2. Các sở, ngành hoàn thành trong tháng 9/2023 để tổng hợp.
"""
    assert found(body) == [
        ("date", dt.date(2023, 6, 15), "trước ngày 15/6/2023"),
        ("date", dt.date(2023, 11, 30), "chậm nhất ngày 30 tháng 11 năm 2023"),
        ("month", dt.date(2023, 9, 30), "hoàn thành trong tháng 9/2023"),
    ]


def test_missing_year_takes_plan_year_and_context_is_the_clause():
    seg = segments("""I. TỔ CHỨC THỰC HIỆN
1. Các huyện rà soát thủ tục; gửi kết quả về Văn phòng UBND tỉnh trước ngày 20/8 để tổng hợp.
""")
    [d] = deadlines(seg, 2023, ISSUED)
    assert (d.kind, d.end) == ("date", dt.date(2023, 8, 20))
    assert d.context == "gửi kết quả về Văn phòng UBND tỉnh trước ngày 20/8 để tổng hợp"


def test_relative_deadline_is_computed_from_the_issue_date():
    body = """I. TỔ CHỨC THỰC HIỆN
1. Các đơn vị xây dựng kế hoạch của đơn vị trong thời hạn 15 ngày kể từ ngày ký ban hành Kế hoạch này.
2. Báo cáo khắc phục chậm nhất 10 ngày làm việc kể từ ngày nhận được kết luận.
"""
    assert found(body) == [
        ("relative", dt.date(2023, 1, 25), "trong thời hạn 15 ngày kể từ ngày ký ban hành Kế hoạch này"),
        ("relative", None, "chậm nhất 10 ngày làm việc kể từ ngày nhận được kết luận"),
    ]
    assert found(body, issued=None)[0] == (
        "relative", None, "trong thời hạn 15 ngày kể từ ngày ký ban hành Kế hoạch này")


def test_labelled_time_only_when_dated():
    body = """I. NHIỆM VỤ
1. Rà soát quy trình nội bộ
a) Chủ trì: Sở Tư pháp
b) Thời gian thực hiện: Quý III/2023
2. Công khai thủ tục hành chính
a) Chủ trì: Văn phòng UBND tỉnh
b) Thời gian thực hiện: Thường xuyên
3. Kiểm tra định kỳ
a) Thời hạn: hằng quý
"""
    result = deadlines(segments(body), 2023, ISSUED)
    assert [(d.kind, d.start, d.end, d.text) for d in result] == [
        ("quarter", dt.date(2023, 7, 1), dt.date(2023, 9, 30), "Quý III/2023")]
    assert "Rà soát quy trình nội bộ" in result[0].context


def test_periodic_deadline_with_cue():
    body = """I. TỔ CHỨC THỰC HIỆN
1. Báo cáo hằng quý gửi về Sở Nội vụ trước ngày 20 của tháng cuối quý để tổng hợp.
2. Thực hiện chế độ báo cáo hàng quý, năm theo quy định.
"""
    assert found(body) == [("periodic", None, "trước ngày 20 của tháng cuối quý")]


def test_not_deadlines():
    body = """I. NỘI DUNG
1. Gửi sơ đồ quy trình trước và sau khi rà soát cho Văn phòng UBND tỉnh.
2. Thực hiện theo Quyết định số 12/QĐ-UBND ngày 05/01/2023 của UBND tỉnh.
3. Hồ sơ được số hóa trước khi tiếp nhận; không báo trước thời gian kiểm tra.
4. Thời gian kiểm tra
Dự kiến kiểm tra trước tháng 10/2023 tại các đơn vị.
5. Hình thức kiểm tra
Thời gian kiểm tra: hoàn thành trước ngày 30/11/2023.
"""
    assert found(body) == []


def test_deadline_in_annex_prose():
    body = """I. TỔ CHỨC THỰC HIỆN
Các sở triển khai theo Phụ lục kèm theo./.
PHỤ LỤC
TIẾN ĐỘ THỰC HIỆN
1. Lập danh mục thủ tục cần rà soát, gửi Văn phòng UBND tỉnh trước 31/3/2023.
"""
    assert found(body) == [("date", dt.date(2023, 3, 31), "trước 31/3/2023")]


def test_clause_around():
    text = "Làm A; gửi B trước ngày 1/2/2023 để theo dõi. Làm C."
    start = text.index("trước")
    assert clause_around(text, start, start + 21) == "gửi B trước ngày 1/2/2023 để theo dõi"


def test_recurring_and_timed_deadlines():
    body = """I. TỔ CHỨC THỰC HIỆN
1. Định kỳ hằng năm, các đơn vị gửi báo cáo về Sở Nội vụ trước ngày 15/11 để tổng hợp.
2. Các huyện đăng ký danh sách trước 16 giờ 00 ngày 15/3/2023.
3. Thời gian tổ chức: dự kiến tháng 8/2023.
4. Sở Nội vụ tổng hợp, báo cáo UBND tỉnh trước ngày 15 tháng 12 hằng năm.
"""
    assert found(body) == [
        ("periodic", None, "trước ngày 15/11"),
        ("date", dt.date(2023, 3, 15), "trước 16 giờ 00 ngày 15/3/2023"),
        ("month", dt.date(2023, 8, 31), "tháng 8/2023"),
        ("periodic", None, "trước ngày 15 tháng 12 hằng năm"),
    ]


def test_labelled_relative_time():
    body = """I. NHIỆM VỤ
1. Xây dựng kế hoạch của đơn vị
- Thời gian thực hiện: trong thời hạn 10 ngày làm việc, kể từ ngày ban hành Kế hoạch này.
"""
    [d] = deadlines(segments(body), 2023, ISSUED)
    assert (d.kind, d.end) == ("relative", dt.date(2023, 1, 24))
    assert d.text == "trong thời hạn 10 ngày làm việc, kể từ ngày ban hành Kế hoạch này"
    assert d.context.startswith("Xây dựng kế hoạch của đơn vị …")


def test_a_yearly_day_is_a_periodic_deadline():
    from tests.conftest import extract_text

    p = extract_text("KẾ HOẠCH\nBáo cáo năm 2024\nI. TỔ CHỨC THỰC HIỆN\n"
                     "1. Các sở, ban, ngành báo cáo kết quả về Sở Nội vụ trước ngày 10 tháng 12 hằng năm./.\n")
    assert [(d.text, d.kind) for d in p.deadlines] == [("trước ngày 10 tháng 12 hằng năm", "periodic")]


def test_time_label_inside_a_sentence():
    body = """II. NHIỆM VỤ
1. Giao Sở Y tế chủ trì triển khai hồ sơ sức khỏe điện tử; thời gian hoàn thành: Quý III/2023.
2. Giao Sở Xây dựng cập nhật quy hoạch. Thời hạn: trước ngày 15/8/2023.
3. Giao Sở Tài chính bố trí kinh phí; thời gian thực hiện: thường xuyên.
"""
    assert found(body) == [
        ("quarter", dt.date(2023, 9, 30), "Quý III/2023"),
        ("date", dt.date(2023, 8, 15), "trước ngày 15/8/2023"),
    ]
    (first, _) = deadlines(segments(body), 2023, ISSUED)
    assert first.context.startswith("Giao Sở Y tế chủ trì") and first.context.endswith("Quý III/2023")


def test_deadline_phrases_without_a_cue_are_the_same_for_deadlines_and_task_dues():
    from conftest import extract_text
    body = """I. TỔ CHỨC THỰC HIỆN
1. Sở Tài chính thẩm định dự toán, trình UBND tỉnh phê duyệt trong tháng 5/2023.
2. Sở Nội vụ công bố kết quả xếp hạng trong Quý III/2023.
3. Các huyện nộp hồ sơ hết tháng 10/2023, rồi Sở Xây dựng tổng hợp hết quý IV.
"""
    assert found(body) == [
        ("month", dt.date(2023, 5, 31), "trong tháng 5/2023"),
        ("quarter", dt.date(2023, 9, 30), "trong Quý III/2023"),
        ("month", dt.date(2023, 10, 31), "hết tháng 10/2023"),
        ("quarter", dt.date(2023, 12, 31), "hết quý IV"),
    ]
    plan = extract_text(HEADER + body + "Nơi nhận:\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn A")
    dues = [(d.kind, d.end) for d in plan.deadlines]
    assert [(t.due.kind, t.due.end) for t in plan.tasks] == dues[:2] + dues[3:]


def test_a_time_label_inside_a_bracket_gives_its_time_without_the_bracket():
    body = """I. NHIỆM VỤ
1. Xây dựng cơ sở dữ liệu cán bộ (cơ quan chủ trì: Sở Nội vụ; thời gian: trước ngày 15/6/2023).
2. Tập huấn chuyển đổi số (cơ quan chủ trì: Sở Thông tin và Truyền thông; thời gian: Quý III/2023)
"""
    assert found(body) == [("date", dt.date(2023, 6, 15), "trước ngày 15/6/2023"),
                           ("quarter", dt.date(2023, 9, 30), "Quý III/2023")]
