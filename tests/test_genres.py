"""Kinds of plans beyond a People's Committee's: a Party committee's, a joint plan of two bodies, a public
hospital's, a council's supervision plan; and the ways web copies lay them out (grid, tab-separated and
space-aligned tables, cells collapsed onto one line)."""
import datetime as dt

from extractor.blocks import Table
from extractor.readers.text import parse_lines
from tests.conftest import extract_text

PARTY = """ĐẢNG BỘ TỈNH BẮC GIANG
HUYỆN ỦY LỤC NAM
*
ĐẢNG CỘNG SẢN VIỆT NAM
Số 45-KH/HU
Lục Nam, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
lãnh đạo, chỉ đạo đẩy mạnh cải cách hành chính năm 2024
- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025;
- Thực hiện Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích cán bộ năng động;
Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:
I. TỔ CHỨC THỰC HIỆN
1. Các chi, đảng bộ cơ sở
- Tổ chức quán triệt, triển khai Kế hoạch đến cán bộ, đảng viên, hoàn thành trước ngày 15/4/2024.
- Lãnh đạo chính quyền cùng cấp đưa nội dung cải cách hành chính vào sinh hoạt chi bộ định kỳ.
2. Văn phòng Huyện ủy
Theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo trước ngày 05/12/2024.
Nơi nhận:
- Thường trực Tỉnh ủy (b/c),
- Lưu Văn phòng Huyện ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Hoàng Văn Thiện
"""


def test_a_party_committee_plan():
    plan = extract_text(PARTY)
    assert (plan.number, plan.issued_date, plan.doc_type) == ("45-KH/HU", dt.date(2024, 3, 12), "ke_hoach")
    assert plan.issuer.name == "Huyện ủy Lục Nam" and plan.issuer.level == "huyen"
    assert (plan.signer.authority, plan.signer.on_behalf_of, plan.signer.title, plan.signer.name) == (
        "TM", "Ban Thường vụ", "Phó Bí thư", "Hoàng Văn Thiện")
    assert [(b.number, b.date) for b in plan.legal_bases] == [("14-KL/TW", dt.date(2021, 9, 22))]
    assert plan.recipients == ["Thường trực Tỉnh ủy (b/c)", "Lưu Văn phòng Huyện ủy."]
    assert [(t.name[:22], t.lead) for t in plan.tasks] == [
        ("Tổ chức quán triệt, tr", ["Các chi, đảng bộ cơ sở"]), ("Lãnh đạo chính quyền c", ["Các chi, đảng bộ cơ sở"]),
        ("Theo dõi, đôn đốc việc", ["Văn phòng Huyện ủy"])]
    assert plan.tasks[1].due is None  # "sinh hoạt chi bộ định kỳ": a kind of meeting, not a frequency


JOINT = """| **SỞ NỘI VỤ**<br>**TỈNH BÌNH ĐỊNH** | **LIÊN ĐOÀN LAO ĐỘNG**<br>**TỈNH BÌNH ĐỊNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |
|---|---|---|
| Số: 02/KHLT-SNV-LĐLĐ | | *Bình Định, ngày 26 tháng 02 năm 2024* |

**KẾ HOẠCH LIÊN TỊCH**

**Phối hợp thực hiện dân chủ ở cơ sở năm 2024**

Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;

Căn cứ Quy chế phối hợp số 01/QCPH-SNV-LĐLĐ ngày 15 tháng 3 năm 2022 giữa Sở Nội vụ và Liên đoàn Lao động tỉnh về phối hợp công tác;

I. TỔ CHỨC THỰC HIỆN

1\\. Giao Phòng Công chức, viên chức (Sở Nội vụ) và Ban Chính sách - Pháp luật (Liên đoàn Lao động tỉnh) là đầu mối tham mưu triển khai Kế hoạch.

2\\. Liên đoàn Lao động các huyện, thị xã, thành phố và công đoàn ngành hướng dẫn công đoàn cơ sở thực hiện Kế hoạch./.

| **TM. BAN THƯỜNG VỤ**<br>**PHÓ CHỦ TỊCH**<br><br>**Trần Thị Thu Hà** | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Lê Văn Phước** |
|---|---|

***Nơi nhận:***

- UBND tỉnh (b/c);
- Lưu: VT SNV, VT LĐLĐ.
"""


def test_a_joint_plan_is_issued_by_the_body_named_first_and_signed_on_the_right_by_it():
    plan = extract_text(JOINT, "joint.md")
    assert plan.issuer.name == "Sở Nội vụ tỉnh Bình Định"
    assert plan.title == "Phối hợp thực hiện dân chủ ở cơ sở năm 2024"
    assert (plan.signer.name, plan.signer.authority, plan.signer.on_behalf_of) == ("Lê Văn Phước", "KT", "Giám đốc")
    assert [(b.kind, b.number, b.issuer, b.subject) for b in plan.legal_bases] == [
        ("Luật", "10/2022/QH15", None, "Thực hiện dân chủ ở cơ sở"),
        ("Quy chế phối hợp", "01/QCPH-SNV-LĐLĐ", "Sở Nội vụ và Liên đoàn Lao động tỉnh", "về phối hợp công tác")]
    assert [t.lead for t in plan.tasks] == [["Phòng Công chức, viên chức", "Ban Chính sách - Pháp luật"],
                                           ["Liên đoàn Lao động các huyện, thị xã, thành phố", "công đoàn ngành"]]


HOSPITAL = """+-------------------------------------------------------+----------------------------------------------------------------+
| SỞ Y TẾ AN GIANG BỆNH VIỆN ĐA KHOA TRUNG TÂM AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
+-------------------------------------------------------+----------------------------------------------------------------+
| Số: 415/KH-BVĐKTTAG                                   | Long Xuyên, ngày 15 tháng 3 năm 2024                           |
+-------------------------------------------------------+----------------------------------------------------------------+

KẾ HOẠCH
Chuyển đổi số năm 2024

Căn cứ Thông tư số 46/2018/TT-BYT ngày 28/12/2018 của Bộ trưởng Bộ Y tế quy định hồ sơ bệnh án điện tử;

I. CHẾ ĐỘ BÁO CÁO

+-----+--------------------------------------+---------------------------+--------------------------+------------------+
| STT | Loại báo cáo                         | Khoa, phòng thực hiện     | Thời hạn gửi             | Nơi nhận báo cáo |
+=====+======================================+===========================+==========================+==================+
| 1   | Báo cáo tiến độ bệnh án điện tử      | Phòng Công nghệ thông tin | Trước ngày 20 hằng tháng | Ban Giám đốc     |
+-----+--------------------------------------+---------------------------+--------------------------+------------------+
| 2   | Báo cáo sơ kết 6 tháng               | Phòng Kế hoạch tổng hợp   | 10/6/2024                | Sở Y tế          |
|     | thực hiện Kế hoạch                   |                           |                          |                  |
+-----+--------------------------------------+---------------------------+--------------------------+------------------+

II. TỔ CHỨC THỰC HIỆN

1. Trưởng các khoa, phòng

Phổ biến Kế hoạch đến viên chức, người lao động trước ngày 25/3/2024.

+-------------------------------------------------------------+---------------------------------+
| Nơi nhận: - Sở Y tế (b/c); - Ban Giám đốc; - Lưu: VT, CNTT. | GIÁM ĐỐC (Đã ký) Đặng Minh Khoa |
+-------------------------------------------------------------+---------------------------------+

Biểu
TỔNG HỢP NHIỆM VỤ NĂM 2024
(Kèm theo Kế hoạch số 415/KH-BVĐKTTAG ngày 15/3/2024 của Bệnh viện Đa khoa Trung tâm An Giang)

+-----+----------------------------------+--------------------------+----------+--------------+------------+
| STT | Nội dung nhiệm vụ                | Khoa, phòng thực hiện    |          | Thời gian  |            |
+-----+----------------------------------+--------------------------+----------+--------------+------------+
|     |                                  | Chủ trì                  | Phối hợp | Bắt đầu      | Hoàn thành |
+=====+==================================+==========================+==========+==============+============+
| I   | Nhóm nhiệm vụ 1: Hạ tầng         |                          |          |              |            |
+-----+----------------------------------+--------------------------+----------+--------------+------------+
| 1   | Giám sát an toàn thông tin mạng  | Phòng Công nghệ thông tin| Các khoa | Thường xuyên |            |
+-----+----------------------------------+--------------------------+----------+--------------+------------+
| 2   | Kết nối kết quả cận lâm sàng     | Khoa Chẩn đoán hình ảnh  |          | Quý II/2024  | Quý III/2024 |
+-----+----------------------------------+--------------------------+----------+--------------+------------+
"""


def test_a_hospital_plan_copied_as_grid_tables_with_collapsed_header_and_signature_cells():
    plan = extract_text(HOSPITAL)
    assert plan.issuer.name == "Bệnh viện Đa khoa trung tâm An Giang"
    assert (plan.signer.title, plan.signer.name) == ("Giám đốc", "Đặng Minh Khoa")
    assert plan.recipients == ["Sở Y tế (b/c)", "Ban Giám đốc", "Lưu: VT, CNTT."]
    rows = {t.name: t for t in plan.tasks}
    report = rows["Báo cáo sơ kết 6 tháng thực hiện Kế hoạch"]  # a row wrapped over two lines of the grid
    assert (report.lead, report.due.end, report.source) == (["Phòng Kế hoạch tổng hợp"], dt.date(2024, 6, 10), "table")
    assert rows["Báo cáo tiến độ bệnh án điện tử"].due.kind == "periodic"
    assert rows["Phổ biến Kế hoạch đến viên chức, người lao động trước ngày 25/3/2024."].lead == ["Trưởng các khoa, phòng"]
    annexed = rows["Giám sát an toàn thông tin mạng"]  # the annex "Biểu" is read, "Thường xuyên" spans both times
    assert (annexed.group, annexed.start, annexed.due.kind) == ("Nhóm nhiệm vụ 1: Hạ tầng", None, "ongoing")
    assert rows["Kết nối kết quả cận lâm sàng"].start.kind == "quarter"


SUPERVISION = """HỘI ĐỒNG NHÂN DÂN HUYỆN CHỢ GẠO -------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------
Số: 21/KH-HĐND
Chợ Gạo, ngày 11 tháng 3 năm 2024
KẾ HOẠCH
Giám sát việc giải quyết thủ tục hành chính năm 2024
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa;
I. ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT
1. Đối tượng giám sát
a) Cấp huyện: Ủy ban nhân dân huyện; Phòng Tư pháp.
b) Cấp xã: giám sát trực tiếp tại Ủy ban nhân dân thị trấn Chợ Gạo, Ủy ban nhân dân xã Bình Phan và 02 đơn vị cấp xã do Đoàn giám sát chọn, thông báo trước 05 ngày; giám sát qua báo cáo đối với ít nhất 50% Ủy ban nhân dân cấp xã còn lại.
2. Thời gian giám sát: Tháng 4 và tháng 5 năm 2024.
II. TỔ CHỨC THỰC HIỆN
1. Các cơ quan, đơn vị chịu sự giám sát xây dựng báo cáo, gửi về Thường trực Hội đồng nhân dân huyện trong thời hạn 15 ngày kể từ ngày ban hành Kế hoạch này./.
Nơi nhận: - TT HĐND tỉnh (b/c); - Các cơ quan, đơn vị chịu sự giám sát; - Lưu: VT.
TM. THƯỜNG TRỰC HĐND PHÓ CHỦ TỊCH Nguyễn Thị Bích Ngọc
"""


def test_a_councils_supervision_plan_with_targets_by_level_and_a_collapsed_tail():
    plan = extract_text(SUPERVISION)
    assert [(t.name, t.level, t.count, t.quota) for t in plan.inspection.targets] == [
        ("Ủy ban nhân dân huyện", "huyen", None, None), ("Phòng Tư pháp", "huyen", None, None),
        ("Ủy ban nhân dân thị trấn Chợ Gạo", "xa", None, None), ("Ủy ban nhân dân xã Bình Phan", "xa", None, None),
        ("Đơn vị cấp xã", "xa", 2, None), ("Ủy ban nhân dân cấp xã", "xa", None, "50%")]
    assert [(d.kind, d.end) for d in plan.deadlines] == [("relative", dt.date(2024, 3, 26))]  # not "trước 05 ngày"
    assert plan.tasks[0].lead == ["Các cơ quan, đơn vị chịu sự giám sát"]
    assert (plan.signer.authority, plan.signer.on_behalf_of, plan.signer.title, plan.signer.name) == (
        "TM", "Thường trực HĐND", "Phó Chủ tịch", "Nguyễn Thị Bích Ngọc")
    assert plan.recipients == ["TT HĐND tỉnh (b/c)", "Các cơ quan, đơn vị chịu sự giám sát", "Lưu: VT."]


def test_tab_separated_rows_and_columns_set_side_by_side_with_spaces_are_tables():
    text = ("UBND HUYỆN NGHI LỘC                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "ỦY BAN NHÂN DÂN                      Độc lập - Tự do - Hạnh phúc\n"
            "XÃ NGHI PHONG\n"
            "Số: 18/KH-UBND                       Nghi Phong, ngày 01 tháng 3 năm 2024\n"
            "KẾ HOẠCH\n"
            "I.      MỤC ĐÍCH, YÊU CẦU\n"
            "TT\tNội dung\tBộ phận thực hiện\tLộ trình\n"
            "1\tKiện toàn Bộ phận Một cửa xã\tCông chức Văn phòng - Thống kê\tngày 5/ 3/2024\n")
    blocks = parse_lines(text)
    header, para, heading, table = blocks
    assert header.rows == [["UBND HUYỆN NGHI LỘC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                           ["ỦY BAN NHÂN DÂN", "Độc lập - Tự do - Hạnh phúc"], ["XÃ NGHI PHONG", ""],
                           ["Số: 18/KH-UBND", "Nghi Phong, ngày 01 tháng 3 năm 2024"]]
    assert (para.text, heading.text) == ("KẾ HOẠCH", "I.      MỤC ĐÍCH, YÊU CẦU")  # an indent is no column
    assert isinstance(table, Table) and table.rows[1] == [
        "1", "Kiện toàn Bộ phận Một cửa xã", "Công chức Văn phòng - Thống kê", "ngày 5/ 3/2024"]


WARD_QUOTED = "\n".join("> " + line for line in """ỦY BAN NHÂN DÂN QUẬN 3
ỦY BAN NHÂN DÂN
PHƯỜNG VÕ THỊ SÁU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 57/KH-UBND
Quận 3, ngày 18 tháng 3 năm 2024
KẾ HOẠCH
Thực hiện công tác cải cách hành chính trên địa bàn phường năm 2024
Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành chính trên môi trường điện tử;
I. NHIỆM VỤ CỤ THỂ
a) Rà soát, niêm yết công khai thủ tục hành chính. Chủ trì: Công chức Văn phòng - Thống kê; phối hợp: Công chức Tư pháp - Hộ tịch; thời gian: trước ngày 31/3/2024.
b) Hướng dẫn người dân nộp hồ sơ trực tuyến. Chủ trì: Tổ công nghệ số cộng đồng phường; phối hợp: Đoàn Thanh niên phường, Ban điều hành các khu phố; thời gian: thường xuyên.
Nơi nhận:
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hải""".split("\n"))


def test_a_quoted_ward_plan_with_role_labels_after_each_duty():
    plan = extract_text("Chào bạn, mình gửi kế hoạch bên phường mình:\n\n" + WARD_QUOTED)
    assert (plan.number, plan.issuer.name) == ("57/KH-UBND", "Ủy ban nhân dân phường Võ Thị Sáu")
    assert [(t.name, t.lead, t.support, t.due.kind) for t in plan.tasks] == [
        ("Rà soát, niêm yết công khai thủ tục hành chính.", ["Công chức Văn phòng - Thống kê"],
         ["Công chức Tư pháp - Hộ tịch"], "date"),
        ("Hướng dẫn người dân nộp hồ sơ trực tuyến.", ["Tổ công nghệ số cộng đồng phường"],
         ["Đoàn Thanh niên phường", "Ban điều hành các khu phố"], "ongoing")]


OFFICE = """THÔNG TIN VĂN BẢN
Số/Ký hiệu: 39/KH-VP
Độ khẩn: Thường
NỘI DUNG VĂN BẢN
UBND TỈNH PHÚ YÊN
VĂN PHÒNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 39/KH-VP
Phú Yên, ngày 27 tháng 12 năm 2023
KẾ HOẠCH
Kiểm soát thủ tục hành chính năm 2024
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;
I. KIỂM TRA CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
1. Đối tượng: Sở Xây dựng, Ủy ban nhân dân huyện Tuy An và 04 Ủy ban nhân dân cấp xã thuộc huyện được kiểm tra.
2. Thời gian: Quý II và Quý III năm 2024.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp với Phòng Hậu cần tổng hợp kết quả, báo cáo trước ngày 15/6/2024.
2. Công an các đơn vị được kiểm tra tự kiểm tra, xây dựng báo cáo theo đề cương.
Nơi nhận:
- Lưu: VT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Đại tá Phạm Văn Thắng ˆ
"""


def test_an_office_of_a_council_police_units_a_rank_and_an_inspection_period_that_is_no_deadline():
    plan = extract_text(OFFICE)
    assert (plan.number, plan.issuer.name) == ("39/KH-VP", "Văn phòng Ủy ban nhân dân tỉnh Phú Yên")
    assert (plan.signer.name, plan.signer.title) == ("Phạm Văn Thắng", "Phó Chánh Văn phòng")
    assert [(t.name, t.count) for t in plan.inspection.targets] == [
        ("Sở Xây dựng", None), ("Ủy ban nhân dân huyện Tuy An", None), ("Ủy ban nhân dân cấp xã", 4)]
    assert plan.inspection.period.kind == "range"
    assert [d.text for d in plan.deadlines] == ["trước ngày 15/6/2024"]
    assert [(t.lead, t.support) for t in plan.tasks] == [
        (["Phòng Cảnh sát quản lý hành chính về trật tự xã hội"], ["Phòng Hậu cần"]),
        (["Công an các đơn vị được kiểm tra"], [])]


TITLED = """UBND TỈNH KHÁNH HÒA
SỞ KẾ HOẠCH VÀ ĐẦU TƯ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 845/KH-SKHĐT
Khánh Hòa, ngày 22 tháng 3 năm 2024

Kế Hoạch
Cải Cách Hành Chính Năm 2024 Của Sở Kế Hoạch Và Đầu Tư

Căn cứ Kế hoạch số 1020/KH-UBND ngày 02/02/2024 của Ủy ban nhân dân tỉnh Khánh Hòa về cải cách hành chính;

I. Mục Đích, Yêu Cầu

Cụ thể hóa các nhiệm vụ của tỉnh thuộc lĩnh vực kế hoạch và đầu tư, báo cáo về Văn phòng Sở.

II. Tổ Chức Thực Hiện

1. Các Phòng, Đơn Vị Thuộc Sở

Triển khai các nhiệm vụ được phân công tại Phụ lục; gửi báo cáo về Văn phòng Sở trước ngày 05 của tháng cuối quý.

Nơi Nhận:
- Sở Nội vụ;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Quang Thuận

Phụ Lục
Nhiệm Vụ Cải Cách Hành Chính Năm 2024
(Kèm theo Kế hoạch số 845/KH-SKHĐT ngày 22/3/2024 của Sở Kế hoạch và Đầu tư)

I. CẢI CÁCH THỂ CHẾ

STT: 1
Nhiệm vụ: Rà soát văn bản quy phạm pháp luật
Chỉ tiêu/Kết quả cần đạt: 100% văn bản được rà soát
Đơn vị chủ trì: Thanh tra Sở
Đơn vị phối hợp: Các phòng chuyên môn
Thời gian hoàn thành: Quý IV/2024

STT: 2
Nhiệm vụ: Đăng ký doanh nghiệp qua mạng
Chỉ tiêu/Kết quả cần đạt: Trên 95% hồ sơ
Đơn vị chủ trì: Phòng Đăng ký kinh doanh
Đơn vị phối hợp:
Thời gian hoàn thành: Hằng quý
"""


def test_a_copy_in_title_case_and_an_annex_shown_as_records():
    plan = extract_text(TITLED)
    assert plan.doc_type == "ke_hoach" and plan.title.lower() == "cải cách hành chính năm 2024 của sở kế hoạch và đầu tư"
    assert plan.recipients == ["Sở Nội vụ", "Lưu: VT, VP."]
    assert [(t.name, t.lead, t.group, t.source) for t in plan.tasks] == [
        ("Rà soát văn bản quy phạm pháp luật", ["Thanh tra Sở"], "CẢI CÁCH THỂ CHẾ", "table"),
        ("Đăng ký doanh nghiệp qua mạng", ["Phòng Đăng ký kinh doanh"], "CẢI CÁCH THỂ CHẾ", "table"),
        ("Triển khai các nhiệm vụ được phân công tại Phụ lục; gửi báo cáo về Văn phòng Sở trước ngày 05 của tháng cuối quý.",
         ["Các phòng, đơn vị thuộc Sở"], "Các phòng, đơn vị thuộc Sở", "text")]
    assert plan.tasks[0].output == "100% văn bản được rà soát" and plan.tasks[1].due.kind == "periodic"
    assert [d.text for d in plan.deadlines] == ["trước ngày 05 của tháng cuối quý"]


def test_a_table_in_fixed_width_columns():
    text = ("STT  Đơn vị được kiểm tra         Thời gian kiểm tra  Ghi chú\n\n"
            "I    Thành phố Thái Bình\n\n"
            "1    Công an thành phố Thái Bình  16/4/2024\n\n"
            "2    Công an phường Trần Lãm      17/4/2024           Cùng đợt\n\n"
            "Chia sẻ: Facebook | Zalo\n")
    table, after = parse_lines(text)
    assert table.rows == [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Ghi chú"],
                          ["I", "Thành phố Thái Bình", "", ""], ["1", "Công an thành phố Thái Bình", "16/4/2024", ""],
                          ["2", "Công an phường Trần Lãm", "17/4/2024", "Cùng đợt"]]
    assert after.text == "Chia sẻ: Facebook | Zalo"


MASS_ORG = """BCH HỘI NÔNG DÂN TỈNH HÀ NAM
*
Số 38-KH/HNDT
HỘI NÔNG DÂN VIỆT NAM
Phủ Lý, ngày 14 tháng 3 năm 2024

KẾ HOẠCH HÀNH ĐỘNG

Thực hiện Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về cải thiện môi trường kinh doanh năm 2024

- Thực hiện Kế hoạch số 30/KH-UBND ngày 22/01/2024 của Ủy ban nhân dân tỉnh Hà Nam về cải cách hành chính năm 2024,

Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:

I. TỔ CHỨC THỰC HIỆN

1. Đội Nghiệp vụ - Dự toán chủ trì, phối hợp với Đội Hành chính - Tài vụ thành lập Đoàn kiểm tra, hoàn thành trước ngày 10/4/2024.

2. Trường Tiểu học, trường THCS trên địa bàn tổ chức tuyên truyền trong Học kỳ I năm học 2024 - 2025.

Nơi nhận:
- Lưu: VP.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Nam

LỊCH KIỂM TRA
(Kèm theo Kế hoạch số 38-KH/HNDT ngày 14/3/2024 của Hội Nông dân tỉnh)

| STT | Đơn vị được kiểm tra | Thời gian kiểm tra |
| 1 | Đội Thuế liên xã, thị trấn Sông Đốc | Ngày 18/4/2024 |
| 2 | Đội Kê khai - Kế toán thuế | Ngày 23/4/2024 |
"""


def test_a_mass_organisation_an_action_plan_a_titled_annex_schedule_and_a_school_term():
    plan = extract_text(MASS_ORG)
    assert plan.issuer.name == "Hội Nông dân tỉnh Hà Nam"
    assert plan.title.startswith("Thực hiện Nghị quyết số 02/NQ-CP")  # under "KẾ HOẠCH HÀNH ĐỘNG", unpunctuated
    assert [b.number for b in plan.legal_bases] == ["30/KH-UBND"]
    assert [(t.lead, t.support) for t in plan.tasks] == [
        (["Đội Nghiệp vụ - Dự toán"], ["Đội Hành chính - Tài vụ"]), (["Trường Tiểu học", "trường THCS"], [])]
    assert [t.name for t in plan.inspection.targets] == ["Đội Thuế liên xã, thị trấn Sông Đốc", "Đội Kê khai - Kế toán thuế"]


def test_an_annex_group_row_merged_from_the_second_column_in_any_column_order():
    from extractor.blocks import Paragraph, RawDocument
    from extractor.pipeline import extract_document
    head = [Paragraph(x, 1) for x in ("ỦY BAN NHÂN DÂN", "THỊ XÃ GIÁ RAI", "Số: 112/KH-UBND",
                                      "Giá Rai, ngày 08 tháng 4 năm 2024", "KẾ HOẠCH", "Chuyển đổi số năm 2024",
                                      "I. NHIỆM VỤ", "Nhiệm vụ tại Phụ lục.")]
    table = Table([["STT", "Thời gian thực hiện", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Kinh phí"],
                   ["I", "HẠ TẦNG SỐ", None, None, None, None],
                   ["1", "Quý II/2024", "Nâng cấp mạng nội bộ", "Văn phòng HĐND và UBND thị xã", "Phòng Văn hóa và Thông tin", "150"]],
                  2, [2, 2, 2])
    plan = extract_document(RawDocument([*head, table], "docx", pages=2))
    assert [(t.group, t.name, t.lead, t.due.kind) for t in plan.tasks] == [
        ("HẠ TẦNG SỐ", "Nâng cấp mạng nội bộ", ["Văn phòng HĐND và UBND thị xã"], "quarter")]
    assert plan.issuer.level == "huyen"


DISTRICT_TSV = """ỦY BAN NHÂN DÂN
HUYỆN ĐỨC HÒA
Số: 88/KH-UBND
Đức Hòa, ngày 10 tháng 3 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2024
I. NHIỆM VỤ CỤ THỂ
STT\tNội dung thực hiện\tCơ quan thực hiện\tThời gian
I\tCải cách thủ tục hành chính
1\tRà soát, công khai thủ tục hành chính\tVăn phòng HĐND và UBND huyện (chủ trì)
UBND các xã, thị trấn\tTháng 4/2024
2\tTriển khai hệ thống camera tại Bộ phận Một cửa\tPhòng Văn hóa và Thông tin
UBND xã Hựu Thạnh (chủ trì)
UBND xã Đức Lập Hạ\tTrước 30/9/2024
II. TỔ CHỨC THỰC HIỆN
1. Phòng Dân tộc tổ chức đối thoại với người có uy tín vào Tuần 2 tháng 5/2024.
2. Thanh tra Ban kiểm tra việc thực hiện chính sách hỗ trợ nhà ở trong Quý I, II/2024.
3. Các phòng chuyên môn ứng dụng chữ ký số trên văn bản điện tử; thực hiện thường xuyên.
"""


def test_tab_rows_whose_cells_hold_line_breaks_units_marked_one_per_line_and_more_time_phrases():
    plan = extract_text(DISTRICT_TSV)
    table = [t for t in plan.tasks if t.source == "table"]
    assert [(t.name, t.lead, t.support, t.due.text) for t in table] == [
        ("Rà soát, công khai thủ tục hành chính", ["Văn phòng HĐND và UBND huyện"], ["UBND các xã, thị trấn"], "Tháng 4/2024"),
        ("Triển khai hệ thống camera tại Bộ phận Một cửa", ["UBND xã Hựu Thạnh"],
         ["Phòng Văn hóa và Thông tin", "UBND xã Đức Lập Hạ"], "Trước 30/9/2024")]
    prose = [t for t in plan.tasks if t.source == "text"]
    assert [(t.lead, t.due.kind, t.due.start, t.due.end) for t in prose] == [
        (["Phòng Dân tộc"], "range", dt.date(2024, 5, 8), dt.date(2024, 5, 14)),
        (["Thanh tra Ban"], "range", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        (["Các phòng chuyên môn"], "ongoing", None, None)]


JOINED = ("UBND TỈNH LAI CHÂU\nSỞ TÀI NGUYÊN VÀ MÔI\nTRƯỜNG\nSố: 412/KH-STNMT\nLai Châu, ngày 22 tháng 3 năm 2024\n"
          "KẾ HOẠCH  Thực hiện công tác cải cách hành chính năm 2024 của Sở Tài nguyên và Môi trường  "
          "Căn cứ Quyết định số 125/QĐ-UBND ngày 25/01/2024 của UBND tỉnh Lai Châu ban hành Kế hoạch cải cách hành chính;  "
          "Sở Tài nguyên và Môi trường ban hành Kế hoạch như sau:\n"
          "I. KIỂM TRA  1. Đối tượng kiểm tra: Phòng Quản lý đô thị và ít nhất 30% số xã, phường trên địa bàn do Đoàn "
          "kiểm tra chọn.  2. Thời gian kiểm tra: từ tháng 7 đến tháng 9 năm 2024.\n"
          "II. TỔ CHỨC THỰC HIỆN  1. Phòng Công nghệ thông tin xác thực thông tin người tham gia dịch vụ công.  "
          "2. Phòng Văn hóa và Thông tin tuyên truyền trên Cổng thông tin điện tử. Thực hiện thường xuyên.\n")


def test_paragraphs_joined_by_two_spaces_a_specialty_wrapped_in_the_header_and_a_quota_of_communes():
    plan = extract_text(JOINED)
    assert plan.issuer.name == "Sở Tài nguyên và Môi trường tỉnh Lai Châu"
    assert plan.title == "Thực hiện công tác cải cách hành chính năm 2024 của Sở Tài nguyên và Môi trường"
    assert [b.number for b in plan.legal_bases] == ["125/QĐ-UBND"]
    assert [(t.name, t.quota) for t in plan.inspection.targets] == [("Phòng Quản lý đô thị", None), ("Xã, phường", "30%")]
    assert [(t.lead, t.due and t.due.kind) for t in plan.tasks] == [
        (["Phòng Công nghệ thông tin"], None), (["Phòng Văn hóa và Thông tin"], "ongoing")]
