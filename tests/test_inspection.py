"""Inspection targets and period, on short plans and reports written for the test."""
import datetime as dt

from extractor.blocks import Table
from extractor.inspection import _table_targets, inspection
from extractor.pipeline import prepare
from extractor.readers.text import read

HEADER = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 45/KH-UBND
An Giang, ngày 05 tháng 3 năm 2023
KẾ HOẠCH
{title}
Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2023 của UBND tỉnh;
"""


def run(body: str, title: str = "Kiểm tra công tác cải cách hành chính năm 2023", doc_type="ke_hoach"):
    seg = prepare(read((HEADER.format(title=title) + body).encode("utf-8"), "txt"))
    return inspection(seg, 2023, doc_type)


def rows(result):
    return [(t.name, t.level, t.count, t.quota) for t in result.targets]


def test_named_targets_inline_and_period():
    result = run("""I. MỤC ĐÍCH
1. Đánh giá việc thực hiện nhiệm vụ.
II. ĐỐI TƯỢNG VÀ THỜI GIAN KIỂM TRA
1. Đối tượng kiểm tra: Sở Y tế, Sở Công Thương và UBND huyện Phú Tân.
2. Thời gian kiểm tra: Quý III năm 2023.
""")
    assert rows(result) == [("Sở Y tế", "tinh", None, None), ("Sở Công Thương", "tinh", None, None),
                            ("UBND huyện Phú Tân", "huyen", None, None)]
    assert (result.period.kind, result.period.start, result.period.end) == (
        "quarter", dt.date(2023, 7, 1), dt.date(2023, 9, 30))


def test_level_labels_counts_and_expanded_lists():
    result = run("""I. ĐƠN VỊ ĐƯỢC KIỂM TRA
- Cấp huyện: UBND các huyện: Tịnh Biên, Tri Tôn.
- Cấp xã: 06 đơn vị (do Đoàn kiểm tra lựa chọn).
- Các cơ quan ngành dọc: Công an tỉnh; Bảo hiểm xã hội tỉnh.
II. THỜI GIAN THỰC HIỆN
Từ ngày 01/6/2023 đến ngày 30/9/2023.
""")
    assert rows(result) == [
        ("UBND huyện Tịnh Biên", "huyen", None, None), ("UBND huyện Tri Tôn", "huyen", None, None),
        ("Đơn vị cấp xã", "xa", 6, None),
        ("Công an tỉnh", "tinh", None, None), ("Bảo hiểm xã hội tỉnh", "tinh", None, None)]
    assert (result.period.kind, result.period.start, result.period.end) == (
        "range", dt.date(2023, 6, 1), dt.date(2023, 9, 30))


def test_quotas_go_to_matching_targets_or_become_targets():
    result = run("""I. ĐỐI TƯỢNG KIỂM TRA
- Các cơ quan chuyên môn thuộc UBND tỉnh;
- UBND cấp huyện;
Trong năm kiểm tra tối thiểu 30% cơ quan chuyên môn thuộc UBND tỉnh; 50% UBND cấp huyện và 25% UBND cấp xã.
""")
    assert rows(result) == [("Cơ quan chuyên môn thuộc UBND tỉnh", "tinh", None, "30%"),
                            ("UBND cấp huyện", "huyen", None, "50%"),
                            ("UBND cấp xã", "xa", None, "25%")]


def test_ordinary_plan_with_inspection_tasks_is_not_an_inspection():
    result = run("""I. NHIỆM VỤ
1. Kiểm tra, đôn đốc việc công khai thủ tục hành chính tại các đơn vị.
2. Văn phòng UBND tỉnh kiểm tra việc thực hiện cơ chế một cửa trước ngày 30/6/2023.
""", title="Kiểm soát thủ tục hành chính năm 2023")
    assert result is None


def test_report_lists_the_units_inspected():
    result = run("""Đoàn kiểm tra của tỉnh đã kiểm tra trực tiếp tại 03 đơn vị, gồm: UBND huyện Châu Phú, UBND xã Bình Mỹ và Trung tâm Y tế huyện Châu Phú. Kết quả cho thấy các đơn vị đã thực hiện tốt.
""", title="Kiểm tra cải cách hành chính tại huyện Châu Phú năm 2023", doc_type="tin_bai")
    assert [(t.name, t.level) for t in result.targets] == [
        ("UBND huyện Châu Phú", "huyen"), ("UBND xã Bình Mỹ", "xa"), ("Trung tâm Y tế huyện Châu Phú", "huyen")]
    assert (result.period.kind, result.period.end) == ("year", dt.date(2023, 12, 31))


def test_persons_of_the_inspection_team_are_not_targets():
    result = run("""I. THÀNH PHẦN ĐOÀN KIỂM TRA, ĐƠN VỊ ĐƯỢC KIỂM TRA
1. Thành phần đơn vị được kiểm tra
- Đại diện lãnh đạo đơn vị được kiểm tra.
2. Đơn vị được kiểm tra
- Sở Tư pháp.
""")
    assert rows(result) == [("Sở Tư pháp", "tinh", None, None)]


def test_targets_listed_in_an_annex_table():
    result = run("""I. MỤC ĐÍCH
1. Đánh giá việc thực hiện nhiệm vụ.
II. TỔ CHỨC THỰC HIỆN
Văn phòng UBND tỉnh thông báo lịch kiểm tra./.
PHỤ LỤC
DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA
| STT | Đơn vị được kiểm tra | Thời gian |
|---|---|---|
| I | Cấp tỉnh | |
| 1 | Sở Xây dựng | Tháng 5/2023 |
| 2 | Sở Giáo dục và Đào tạo | Tháng 5/2023 |
| II | Cấp huyện | |
| 3 | UBND huyện Chợ Mới | Tháng 6/2023 |
""", title="Cải cách hành chính năm 2023")
    assert rows(result) == [("Sở Xây dựng", "tinh", None, None), ("Sở Giáo dục và Đào tạo", "tinh", None, None),
                            ("UBND huyện Chợ Mới", "huyen", None, None)]


def test_unnumbered_labelled_paragraphs():
    result = run("""I. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA
Nội dung kiểm tra: việc công khai thủ tục hành chính.
Đối tượng kiểm tra: UBND các xã: Mỹ Hòa, Mỹ Phước.
Thời gian kiểm tra: từ tháng 5 đến tháng 9/2023.
""")
    assert rows(result) == [("UBND xã Mỹ Hòa", "xa", None, None), ("UBND xã Mỹ Phước", "xa", None, None)]
    assert (result.period.kind, result.period.start, result.period.end) == (
        "range", dt.date(2023, 5, 1), dt.date(2023, 9, 30))


def test_counted_place_lists_and_bare_place_names():
    result = run("""I. ĐỐI TƯỢNG KIỂM TRA
- 02 huyện: Chợ Mới, Phú Tân.
- Cấp xã: xã Mỹ Hòa, thị trấn Phú Mỹ.
""")
    assert rows(result) == [("UBND huyện Chợ Mới", "huyen", None, None), ("UBND huyện Phú Tân", "huyen", None, None),
                            ("Xã Mỹ Hòa", "xa", None, None), ("Thị trấn Phú Mỹ", "xa", None, None)]


def test_news_about_an_inspection_visit():
    result = run("""Ngày 12/5/2023, Đoàn kiểm tra của tỉnh đã làm việc và kiểm tra tại các đơn vị gồm: UBND huyện An Phú, UBND xã Khánh An.
""", title="Đoàn công tác của tỉnh kiểm tra cải cách hành chính tại huyện An Phú", doc_type="tin_bai")
    assert [t.name for t in result.targets] == ["UBND huyện An Phú", "UBND xã Khánh An"]
    assert run("Tỉnh tổ chức hội nghị tổng kết năm 2023 tại hội trường.\n",
               title="Hội nghị tổng kết công tác kiểm tra năm 2023", doc_type="tin_bai") is None


def test_decision_issuing_an_inspection_plan():
    result = run("""Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm tra năm 2023.
Điều 2. Quyết định có hiệu lực kể từ ngày ký./.
PHỤ LỤC
KẾ HOẠCH KIỂM TRA
I. ĐƠN VỊ ĐƯỢC KIỂM TRA
Sở Tư pháp, Sở Y tế.
""", title="Ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2023", doc_type="quyet_dinh")
    assert [t.name for t in result.targets] == ["Sở Tư pháp", "Sở Y tế"]
    assert result.period.kind == "year"


def test_duties_of_inspected_units_are_not_targets():
    result = run("""I. ĐỐI TƯỢNG KIỂM TRA
Sở Tư pháp.
II. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị được kiểm tra:
- Thủ trưởng đơn vị chuẩn bị báo cáo theo đề cương.
""")
    assert rows(result) == [("Sở Tư pháp", "tinh", None, None)]


def test_report_list_after_gom_under_a_targets_heading():
    result = run("""I. KHÁI QUÁT CHUNG
1. Đơn vị được kiểm tra
Đoàn kiểm tra đã kiểm tra trực tiếp 05 đơn vị, gồm: Ủy ban nhân dân phường Mỹ Bình và Ủy ban nhân dân các xã: Mỹ Khánh, Mỹ Hòa Hưng.
2. Thành phần
Thành phần Đoàn kiểm tra: lãnh đạo Phòng Nội vụ; đại diện Phòng Tư pháp.
""", title="Kết quả kiểm tra cải cách hành chính năm 2023", doc_type="bao_cao")
    assert [t.name for t in result.targets] == [
        "Ủy ban nhân dân phường Mỹ Bình", "Ủy ban nhân dân xã Mỹ Khánh", "Ủy ban nhân dân xã Mỹ Hòa Hưng"]


def test_news_list_after_kiem_tra_tai_with_a_counted_sub_list_and_qualifiers():
    result = run("""Ngày 20/10/2023, Đoàn kiểm tra của tỉnh đã kiểm tra trực tiếp tại Sở Xây dựng, UBND huyện Chợ Mới và 03 đơn vị cấp xã gồm: UBND xã Kiến An (huyện Chợ Mới), UBND xã Mỹ Hiệp và UBND thị trấn Mỹ Luông (huyện Chợ Mới).
Đoàn kiểm tra làm việc tại Bộ phận Một cửa UBND huyện Chợ Mới và trao đổi với công chức.
""", title="Đoàn kiểm tra cải cách hành chính làm việc tại huyện Chợ Mới", doc_type="tin_bai")
    assert rows(result) == [("Sở Xây dựng", "tinh", None, None), ("UBND huyện Chợ Mới", "huyen", None, None),
                            ("UBND xã Kiến An", "xa", None, None), ("UBND xã Mỹ Hiệp", "xa", None, None),
                            ("UBND thị trấn Mỹ Luông", "xa", None, None)]


def test_an_items_own_paragraph_is_read_apart_from_it():
    result = run("""III. ĐỐI TƯỢNG KIỂM TRA
a) Cấp tỉnh: Sở Nội vụ, Sở Tài nguyên và Môi trường, Sở Y tế.
b) Cấp xã: 04 đơn vị cấp xã (Đoàn kiểm tra thông báo sau).
Ngoài ra, Sở Nội vụ kiểm tra gián tiếp qua Hệ thống thông tin giải quyết thủ tục hành chính đối với ít nhất 30% Ủy ban nhân dân cấp xã.
""")
    assert rows(result) == [("Sở Nội vụ", "tinh", None, None), ("Sở Tài nguyên và Môi trường", "tinh", None, None),
                            ("Sở Y tế", "tinh", None, None), ("Đơn vị cấp xã", "xa", 4, None),
                            ("Ủy ban nhân dân cấp xã", "xa", None, "30%")]


def test_report_list_of_bullets_after_gom_and_units_checked_through_their_reports():
    result = run("""I. KẾT QUẢ KIỂM TRA
1. Từ ngày 23/9 đến ngày 18/10/2023, Đoàn kiểm tra đã kiểm tra trực tiếp 03 đơn vị, gồm:
- Sở Giao thông vận tải;
- Ủy ban nhân dân huyện Tri Tôn;
- Ủy ban nhân dân xã Lương Phi.
2. Sở Nội vụ kiểm tra qua báo cáo và Hệ thống thông tin giải quyết thủ tục hành chính đối với Sở Xây dựng.
""", title="Kết quả kiểm tra cải cách hành chính năm 2023", doc_type="bao_cao")
    assert [t.name for t in result.targets] == [
        "Sở Giao thông vận tải", "Ủy ban nhân dân huyện Tri Tôn", "Ủy ban nhân dân xã Lương Phi", "Sở Xây dựng"]
    assert (result.period.start, result.period.end) == (dt.date(2023, 9, 23), dt.date(2023, 10, 18))


def test_a_targets_line_that_points_to_the_annex_names_none_and_the_annex_list_does():
    result = run("""I. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
1. Đối tượng kiểm tra: Các sở, ban, ngành, UBND cấp huyện và UBND cấp xã có tên tại Phụ lục I kèm theo Kế hoạch này.
2. Thời gian kiểm tra: Quý II năm 2023.
Nơi nhận:
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn A
PHỤ LỤC I
DANH SÁCH CƠ QUAN, ĐƠN VỊ ĐƯỢC KIỂM TRA NĂM 2023

STT

Cơ quan, đơn vị được kiểm tra

Thời gian kiểm tra dự kiến

Ghi chú

I

Cấp huyện

1

UBND huyện Tri Tôn

Quý II/2023

\u00a0

II

Cấp xã

1

UBND xã Lương Phi (huyện Tri Tôn)

Quý II/2023

Kiểm tra cùng đợt với cấp huyện

2

UBND thị trấn Ba Chúc (huyện Tri Tôn)

3

UBND xã Cô Tô và các ấp được chọn

Quý II/2023
""")
    assert rows(result) == [("UBND huyện Tri Tôn", "huyen", None, None), ("UBND xã Lương Phi", "xa", None, None),
                            ("UBND thị trấn Ba Chúc", "xa", None, None), ("UBND xã Cô Tô", "xa", None, None)]


def test_schedule_rows_with_chosen_lower_units_and_a_quota_name_that_ends_at_its_level():
    result = run("""I. ĐỐI TƯỢNG KIỂM TRA
a) Cấp huyện: Ủy ban nhân dân huyện Tri Tôn.
b) Cấp xã: ít nhất 20% Ủy ban nhân dân cấp xã thuộc các huyện được kiểm tra, do Đoàn kiểm tra lựa chọn.
""")
    table = Table([["STT", "Đơn vị được kiểm tra", "Thời gian"],
                   ["1", "Ủy ban nhân dân huyện Tri Tôn và các xã, thị trấn được chọn", "Tháng 6/2023"]], 3)
    assert rows(result) == [("Ủy ban nhân dân huyện Tri Tôn", "huyen", None, None),
                            ("Ủy ban nhân dân cấp xã", "xa", None, "20%")]
    assert [t.name for t in _table_targets(table)] == ["Ủy ban nhân dân huyện Tri Tôn"]


def test_a_targets_and_schedule_section_lists_the_units_of_each_day():
    result = run("""I. ĐỐI TƯỢNG VÀ LỊCH KIỂM TRA
Kiểm tra tại Ủy ban nhân dân 04 xã, thị trấn, cụ thể:
- Ngày 13/5/2023: UBND thị trấn Tri Tôn (buổi sáng); UBND xã Lương Phi (buổi chiều).
- Ngày 15/5/2023: UBND xã Cô Tô (buổi sáng); UBND xã Núi Tô (buổi chiều).
Ngoài ra, Đoàn kiểm tra có thể kiểm tra đột xuất tại một số xã khác.
""")
    assert [t.name for t in result.targets] == ["UBND thị trấn Tri Tôn", "UBND xã Lương Phi", "UBND xã Cô Tô",
                                                "UBND xã Núi Tô"]
