"""Header fields on documents written for the test: layouts of the two-column header, numbers, dates."""
import datetime as dt

import pytest

from extractor.fields.header import clean_number
from tests.conftest import extract_text

BODY = """
KẾ HOẠCH
Tuyên truyền cải cách hành chính năm 2023

Căn cứ Quyết định số 1234/QĐ-UBND ngày 05/12/2022 của UBND tỉnh Quảng Nam về việc ban hành Chương trình cải cách hành chính;

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, công chức về cải cách hành chính.
2. Yêu cầu
- Bảo đảm thiết thực, hiệu quả.
II. TỔ CHỨC THỰC HIỆN
Các phòng chuyên môn triển khai thực hiện Kế hoạch này./.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Nguyễn Văn Bình
"""

PIPE_HEADER = """| UBND TỈNH QUẢNG NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc |
| Số: 45/KH-SNV | Quảng Nam, ngày 8/01/2023 |
"""

CELL_PER_LINE = """SỞ NỘI VỤ TỈNH QUẢNG NAM
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 45/KH-SNV
Quảng Nam, ngày 08 tháng 01 năm 2023
"""

INTERLEAVED = """ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN ĐIỆN BÀN Độc lập - Tự do - Hạnh phúc
------- ---------------
Số: 45 /KH-UBND Điện Bàn, ngày 08 tháng 01 năm 2023
"""

METADATA_BOX = """Trang chủ
Số hiệu: 45/KH-SNV Loại văn bản: Kế hoạch
Nơi ban hành: Tỉnh Quảng Nam Người ký: Nguyễn Văn Bình
Ngày ban hành: 08/01/2023 Ngày hiệu lực: Đã biết
"""


def test_header_as_pipe_rows():
    p = extract_text(PIPE_HEADER + BODY, "a.md")
    assert p.number == "45/KH-SNV"
    assert p.issued_date == dt.date(2023, 1, 8)
    assert p.place == "Quảng Nam"
    assert p.issuer.name == "Sở Nội vụ tỉnh Quảng Nam" and p.issuer.level == "so"  # named with its province
    assert p.province == "Quảng Nam"
    assert p.doc_type == "ke_hoach"


def test_header_one_cell_per_line():
    p = extract_text(CELL_PER_LINE + BODY)
    assert p.number == "45/KH-SNV"
    assert p.issued_date == dt.date(2023, 1, 8)
    assert p.issuer.name.lower() == "sở nội vụ tỉnh quảng nam"
    assert p.province == "Quảng Nam"


def test_header_interleaved_on_shared_lines():
    p = extract_text(INTERLEAVED + BODY)
    assert p.number == "45/KH-UBND"
    assert p.issuer.name == "Ủy ban nhân dân huyện Điện Bàn"
    assert p.issuer.level == "huyen"
    assert p.place == "Điện Bàn"
    assert p.issued_date == dt.date(2023, 1, 8)
    assert p.province == "Quảng Nam"  # from the legal basis issuer "UBND tỉnh Quảng Nam"


def test_metadata_box_before_the_document_is_not_the_document():
    p = extract_text(METADATA_BOX + CELL_PER_LINE + BODY)
    assert p.number == "45/KH-SNV"
    assert p.title == "Tuyên truyền cải cách hành chính năm 2023"
    assert not any("metadata" in w for w in p.warnings)


def test_wrapped_title_in_capitals():
    text = CELL_PER_LINE + """
KẾ HOẠCH
THỰC HIỆN CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
NĂM 2024 TRÊN ĐỊA BÀN TỈNH QUẢNG NAM

Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;

I. MỤC ĐÍCH
Bảo đảm hiệu quả./.
"""
    p = extract_text(text)
    assert p.title == "Thực hiện công tác kiểm soát thủ tục hành chính năm 2024 trên địa bàn tỉnh Quảng Nam"
    assert p.period_year == 2024  # the year in the title, not the issue year
    assert p.issued_date.year == 2023


def test_missing_header_gives_warnings_not_inventions():
    p = extract_text(BODY)
    assert p.number is None and p.issued_date is None and p.place is None
    assert p.doc_type == "ke_hoach"
    assert p.title == "Tuyên truyền cải cách hành chính năm 2023"
    assert "no document number (Số: …) found" in p.warnings
    assert "no issue date line found" in p.warnings


@pytest.mark.parametrize("raw,expected", [
    ("284 /KH-UBND", "284/KH-UBND"),
    ("12/2023/QĐ-UBND", "12/2023/QĐ-UBND"),
    (" 7 / BC - SNV ", "7/BC-SNV"),
    ("/KH-UBND", None),
    (None, None),
])
def test_clean_number(raw, expected):
    assert clean_number(raw) == expected


@pytest.mark.parametrize("line,expected", [
    ("Hà Nội, ngày 8/01/2023", dt.date(2023, 1, 8)),
    ("Hà Nội, ngày 08 tháng 01 năm 2023", dt.date(2023, 1, 8)),
    ("Đà Nẵng, ngày 31 tháng 12 năm 2021", dt.date(2021, 12, 31)),
    ("Huế, ngày      tháng 3 năm 2024", None),
])
def test_issue_date_forms(line, expected):
    text = CELL_PER_LINE.replace("Quảng Nam, ngày 08 tháng 01 năm 2023", line) + BODY
    p = extract_text(text)
    assert p.issued_date == expected
    assert p.place == line.split(",")[0]


@pytest.mark.parametrize("type_line,number,doc_type", [
    ("QUYẾT ĐỊNH", "12/QĐ-UBND", "quyet_dinh"),
    ("BÁO CÁO", "7/BC-UBND", "bao_cao"),
    ("CHỈ THỊ", "3/CT-UBND", "chi_thi"),
    ("THÔNG BÁO", "9/TB-UBND", "thong_bao"),
])
def test_doc_type_from_type_line(type_line, number, doc_type):
    text = CELL_PER_LINE.replace("45/KH-SNV", number) + BODY.replace("KẾ HOẠCH", type_line, 1)
    assert extract_text(text).doc_type == doc_type


def test_doc_type_from_number_code_when_no_type_line():
    text = CELL_PER_LINE.replace("45/KH-SNV", "318/UBND-KSTT") + "V/v triển khai số hóa hồ sơ\n\nKính gửi: Các sở, ban, ngành.\n\nỦy ban nhân dân tỉnh đề nghị các đơn vị thực hiện./."
    p = extract_text(text)
    assert p.doc_type == "cong_van"
    assert p.number == "318/UBND-KSTT"


def test_objectives_under_nested_and_inline_headings():
    text = CELL_PER_LINE + """
KẾ HOẠCH
Chuyển đổi số năm 2023
I. MỤC TIÊU
1. Mục tiêu chung
Xây dựng chính quyền số.
2. Mục tiêu cụ thể
- 100% hồ sơ được số hóa;
- 80% dịch vụ công trực tuyến toàn trình.
II. YÊU CẦU
1. Yêu cầu: Bám sát chỉ đạo của Trung ương.
III. TỔ CHỨC THỰC HIỆN
Các đơn vị triển khai thực hiện./.
"""
    p = extract_text(text)
    assert p.objectives == ["Xây dựng chính quyền số.", "100% hồ sơ được số hóa",
                            "80% dịch vụ công trực tuyến toàn trình."]
    assert p.requirements == ["Bám sát chỉ đạo của Trung ương."]
