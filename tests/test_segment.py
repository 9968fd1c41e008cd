"""Segmentation: the document inside web chrome, its outline, signature, recipients and annexes."""
from extractor.blocks import Paragraph
from extractor.pipeline import prepare
from extractor.readers.text import read
from extractor.segment import build_outline, parse_marker

DOC = """Trang chủ
Đăng nhập
Số hiệu: 77/KH-UBND Loại văn bản: Kế hoạch
ỦY BAN NHÂN DÂN
HUYỆN TIÊN DU
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND
Tiên Du, ngày 02 tháng 3 năm 2023
KẾ HOẠCH
Chuyển đổi số năm 2023
Căn cứ Kế hoạch số 5/KH-UBND ngày 10/01/2023 của UBND tỉnh Bắc Ninh;
UBND huyện ban hành Kế hoạch như sau:
I. MỤC TIÊU
1. Mục tiêu chung
Đẩy mạnh chuyển đổi số.
II. NHIỆM VỤ
1. Phòng Văn hóa và Thông tin
a) Tham mưu xây dựng kế hoạch;
b) Tổ chức tuyên truyền.
- Trên Cổng thông tin điện tử;
- Trên Đài truyền thanh.
Kết quả báo cáo UBND huyện.
2. Các xã, thị trấn
Triển khai thực hiện./.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Ngô Văn Minh
PHỤ LỤC I
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 77/KH-UBND ngày 02/3/2023 của UBND huyện)
1. Số hóa hồ sơ
HIỆU LỰC VĂN BẢN
Tải văn bản
"""


def test_parts_of_a_document_inside_chrome():
    seg = prepare(read(DOC.encode()))
    assert seg.metadata["number"] == "77/KH-UBND"
    assert seg.issuer_lines == ["ỦY BAN NHÂN DÂN", "HUYỆN TIÊN DU"]
    assert seg.number_text == "77/KH-UBND"
    assert seg.type_line == "KẾ HOẠCH" and seg.title == "Chuyển đổi số năm 2023"
    assert seg.preamble[0].startswith("Căn cứ") and len(seg.preamble) == 2
    assert [n.text for n in seg.body.children] == ["MỤC TIÊU", "NHIỆM VỤ"]
    assert seg.recipients == ["- UBND tỉnh;", "- Lưu: VT."]
    assert seg.signature == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Minh"]
    assert len(seg.annexes) == 1
    annex = seg.annexes[0]
    assert annex.title == "DANH MỤC NHIỆM VỤ" and annex.note.startswith("Kèm theo")
    assert [n.text for n in annex.body.children] == ["Số hóa hồ sơ"]  # chrome after the annex dropped


def test_outline_depth_follows_marker_order_and_bullets_close():
    seg = prepare(read(DOC.encode()))
    duties = seg.body.children[1].children[0]
    assert duties.text == "Phòng Văn hóa và Thông tin"
    assert [c.marker for c in duties.children] == ["a", "b"]
    b = duties.children[1]
    assert [c.text for c in b.children] == ["Trên Cổng thông tin điện tử;", "Trên Đài truyền thanh."]
    assert b.paras == ["Kết quả báo cáo UBND huyện."]  # a plain paragraph after bullets goes to their parent
    assert b.children[1].ref() == "II.1.b.2"


def test_markers():
    assert parse_marker("IV. TỔ CHỨC THỰC HIỆN")[:2] == ("roman", "IV")
    assert parse_marker("3.2. Công khai TTHC")[:2] == ("dotted", "3.2")
    assert parse_marker("2. Yêu cầu")[:2] == ("arabic", "2")
    assert parse_marker("đ) Nội dung")[:2] == ("letter", "đ")
    assert parse_marker("- Cấp tỉnh")[:2] == ("dash", "-")
    assert parse_marker("2022 là năm") is None
    assert parse_marker("100% hồ sơ") is None


def test_outline_returns_to_a_higher_level():
    paras = [Paragraph(t) for t in ["I. A", "1. B", "a) C", "2. D", "II. E", "1. F"]]
    root = build_outline(paras)
    assert [n.text for n in root.children] == ["A", "E"]
    assert [n.text for n in root.children[0].children] == ["B", "D"]
    assert root.children[1].children[0].ref() == "II.1"
