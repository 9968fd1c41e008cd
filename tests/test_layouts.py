"""Real-world copies of official documents: hard-wrapped portal text, header rows without a leading bar."""
import datetime as dt

from tests.conftest import extract_text

HARD_WRAPPED = """ỦY
BAN NHÂN DÂN
TỈNH HÀ TĨNH
-------
|
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
|
Số: 71/KH-UBND
|
Hà
Tĩnh, ngày 06 tháng 3 năm 2023
|
KẾ HOẠCH
THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH TRONG
TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TRÊN ĐỊA BÀN TỈNH HÀ TĨNH NĂM 2023
Căn cứ Quyết định số 468/QĐ-TTg ngày 27 tháng 3 năm 2021 của Thủ tướng Chính phủ
phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong
giải quyết thủ tục hành chính; Kế hoạch số 12/KH-UBND ngày 10 tháng 01 năm 2023
của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023, Ủy ban nhân dân tỉnh ban
hành Kế hoạch thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp,
bảo đảm công khai, minh bạch trong toàn bộ quá trình tiếp nhận hồ sơ.
2. Yêu cầu
Các cơ quan, đơn vị triển khai đồng bộ, kịp thời các nhiệm vụ được giao trong Kế
hoạch này, bảo đảm đúng tiến độ.
II. TỔ CHỨC THỰC HIỆN
Các sở, ban, ngành căn cứ nhiệm vụ được giao xây dựng kế hoạch thực hiện và báo cáo
kết quả về Văn phòng Ủy ban nhân dân tỉnh./.
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Ngọc Châu
"""

PIPE_ROWS_NO_LEADING_BAR = """Để sử dụng toàn bộ tiện ích nâng cao vui lòng đăng ký gói cước.
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 130/KH-UBND | Ninh Bình, ngày 13 tháng 7 năm 2022 |
Thực hiện Thông tư số 10/2022/TT-BLĐTBXH ngày 31/5/2022 của Bộ Lao động - Thương binh và Xã hội hướng dẫn giám sát, đánh giá, UBND tỉnh ban hành Kế hoạch giám sát, đánh giá năm 2022 trên địa bàn tỉnh Ninh Bình, cụ thể như sau:
1. Mục đích
Theo dõi, kiểm tra, giám sát việc chấp hành quy định.
2. Yêu cầu
Thu thập thông tin bảo đảm chính xác.
"""


def test_hard_wrapped_portal_copy():
    p = extract_text(HARD_WRAPPED)
    assert p.issuer.name == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert p.number == "71/KH-UBND"
    assert p.place == "Hà Tĩnh" and p.issued_date == dt.date(2023, 3, 6)
    assert p.province == "Hà Tĩnh"
    assert p.title.startswith("Thực hiện nhiệm vụ chuyển đổi số") and p.title.endswith("năm 2023")
    assert [b.number for b in p.legal_bases] == ["468/QĐ-TTg", "12/KH-UBND"]
    assert str(p.legal_bases[1].date) == "2023-01-10"
    assert p.objectives == ["Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp, "
                            "bảo đảm công khai, minh bạch trong toàn bộ quá trình tiếp nhận hồ sơ."]
    assert p.signer.name == "Lê Ngọc Châu" and p.signer.authority == "TM"


def test_header_rows_without_leading_bar_and_no_type_line():
    p = extract_text(PIPE_ROWS_NO_LEADING_BAR)
    assert p.number == "130/KH-UBND"
    assert p.doc_type == "ke_hoach"  # from the number's code
    assert p.issued_date == dt.date(2022, 7, 13) and p.place == "Ninh Bình"
    assert p.province == "Ninh Bình"
    assert p.issuer.name == "Ủy ban nhân dân tỉnh Ninh Bình"
    assert [b.number for b in p.legal_bases] == ["10/2022/TT-BLĐTBXH"]
    assert p.requirements == ["Thu thập thông tin bảo đảm chính xác."]


DECISION_WITH_ATTACHED_PLAN = """ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1520/QĐ-UBND
Khánh Hòa, ngày 12 tháng 6 năm 2023
QUYẾT ĐỊNH
VỀ VIỆC BAN HÀNH KẾ HOẠCH RÀ SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023
ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;
Theo đề nghị của Chánh Văn phòng UBND tỉnh.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch rà soát thủ tục hành chính năm 2023.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Tấn Tuân
KẾ HOẠCH
RÀ SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023
(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 12/6/2023 của UBND tỉnh)
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Cắt giảm chi phí tuân thủ thủ tục hành chính.
"""


def test_decision_with_the_plan_attached_after_the_signature():
    p = extract_text(DECISION_WITH_ATTACHED_PLAN)
    assert p.doc_type == "quyet_dinh" and p.number == "1520/QĐ-UBND"
    assert p.title == "Ban hành kế hoạch rà soát thủ tục hành chính năm 2023"
    assert p.issuer.name == "Ủy ban nhân dân tỉnh Khánh Hòa"
    assert p.signer.name == "Nguyễn Tấn Tuân" and p.signer.title == "Chủ tịch" and p.signer.authority == "TM"
    assert [b.number for b in p.legal_bases] == ["63/2010/NĐ-CP"]  # a law cited without a number is skipped
    assert p.period_year == 2023
    assert p.objectives == ["Cắt giảm chi phí tuân thủ thủ tục hành chính."]  # from the attached plan


NEWS_PAGE = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI
Đăng nhập | Liên hệ | English
Trang chủ
Tin tức - Sự kiện
Trang chủ » Tin tức » Cải cách hành chính
Đoàn kiểm tra cải cách hành chính làm việc tại huyện Chư Păh
Thứ Năm, 12/10/2023 09:15
Thực hiện Kế hoạch số 21/KH-UBND ngày 15/02/2023 của UBND tỉnh về kiểm tra cải cách hành chính năm 2023, Đoàn kiểm tra đã làm việc tại UBND huyện Chư Păh và UBND xã Ia Ka.
Qua kiểm tra, các đơn vị đã thực hiện tốt công tác tiếp nhận, giải quyết hồ sơ thủ tục hành chính; tỷ lệ hồ sơ đúng hạn đạt trên 98%.
Tin, ảnh: Minh Châu
Lượt xem: 120
Tin liên quan
Hội nghị tập huấn cải cách hành chính năm 2023 (05/10/2023)
"""

HARD_WRAPPED_DATE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/KH-UBND
Đà Nẵng, ngày
05 tháng 4 năm 2024
KẾ HOẠCH
Triển khai Đề án 06 năm 2024 trên địa bàn thành phố
Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;
I. MỤC ĐÍCH
Bảo đảm hiệu quả./.
"""


def test_news_page_headline_date_and_chrome():
    p = extract_text(NEWS_PAGE)
    assert p.doc_type == "tin_bai"
    assert p.title == "Đoàn kiểm tra cải cách hành chính làm việc tại huyện Chư Păh"
    assert str(p.issued_date) == "2023-10-12"  # the publication date of the article
    assert [b.number for b in p.legal_bases] == ["21/KH-UBND"]
    assert p.signer is None


def test_date_line_broken_after_ngay_and_a_title_starting_with_a_verb():
    p = extract_text(HARD_WRAPPED_DATE)
    assert str(p.issued_date) == "2024-04-05" and p.place == "Đà Nẵng"
    assert p.title == "Triển khai Đề án 06 năm 2024 trên địa bàn thành phố"
    assert [b.number for b in p.legal_bases] == ["06/QĐ-TTg"]
    assert p.issuer.name == "Ủy ban nhân dân thành phố Đà Nẵng" and p.issuer.level == "tinh"


OFFICIAL_LETTER = """ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
-------
Số: 902/UBND-NC
V/v báo cáo kết quả thực hiện
cải cách hành chính quý III năm 2024
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Yên Bái, ngày 02 tháng 10 năm 2024
Kính gửi: - Các sở, ban, ngành tỉnh;
- UBND các huyện, thị xã, thành phố.
Thực hiện Công văn số 77/BNV-CCHC ngày 10/9/2024 của Bộ Nội vụ về việc báo cáo cải cách hành chính;
1. Các sở, ban, ngành tỉnh báo cáo kết quả về Sở Nội vụ trước ngày 15/10/2024.
2. Sở Nội vụ tổng hợp, tham mưu báo cáo Bộ Nội vụ.
Ủy ban nhân dân tỉnh đề nghị các đơn vị khẩn trương thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Phạm Văn Sơn
"""

RULE_UNDER_TITLE = """ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND
Lào Cai, ngày 10 tháng 01 năm 2024
KẾ HOẠCH
Kiểm soát thủ tục hành chính năm 2024
-----------
Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành chính;
I. MỤC ĐÍCH
1. Bảo đảm công khai thủ tục hành chính.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì triển khai.
Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Văn phòng UBND tỉnh./.
"""


def test_official_letter_header_addressees_and_number_code():
    from extractor.pipeline import prepare
    from extractor.readers.text import read

    p = extract_text(OFFICIAL_LETTER)
    assert p.doc_type == "cong_van" and p.number == "902/UBND-NC"
    assert p.title == "Báo cáo kết quả thực hiện cải cách hành chính quý III năm 2024"
    assert str(p.issued_date) == "2024-10-02" and p.place == "Yên Bái" and p.period_year == 2024
    assert [b.number for b in p.legal_bases] == ["77/BNV-CCHC"]
    assert p.signer.authority == "TL" and p.signer.title == "Chánh Văn phòng"
    seg = prepare(read(OFFICIAL_LETTER.encode()))
    assert seg.addressees == ["Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố"]
    assert [n.marker for n in seg.body.children] == ["1", "2"]
    assert seg.body.paras == ["Ủy ban nhân dân tỉnh đề nghị các đơn vị khẩn trương thực hiện./."]


def test_rule_line_under_the_title_is_layout_and_closing_paragraph_belongs_to_no_item():
    from extractor.pipeline import prepare
    from extractor.readers.text import read

    p = extract_text(RULE_UNDER_TITLE)
    assert p.title == "Kiểm soát thủ tục hành chính năm 2024"
    assert [b.number for b in p.legal_bases] == ["63/2010/NĐ-CP"]
    seg = prepare(read(RULE_UNDER_TITLE.encode()))
    last = seg.body.children[-1].children[-1]
    assert last.full_text() == "Sở Tư pháp chủ trì triển khai."
    assert seg.body.paras[-1].startswith("Trong quá trình thực hiện")


THREE_LINE_ISSUER = """UBND TỈNH ĐIỆN BIÊN
BAN CHỈ ĐẠO CẢI CÁCH
HÀNH CHÍNH
_______
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
_______________
Số: 08/KH-BCĐ
Điện Biên, ngày 20 tháng 3 năm 2024
KẾ HOẠCH
Hoạt động của Ban Chỉ đạo năm 2024
-----------
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả chỉ đạo cải cách hành chính.
II. MỤC TIÊU CỤ THỂ
1. 100% thủ tục hành chính được công khai.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ chủ trì triển khai Kế hoạch này./.
TRƯỞNG BAN
Lò Văn Mừng
Nơi nhận:
- Thành viên BCĐ;
- Lưu: VT, NV.
Tệp đính kèm: 08-KH-BCD.signed.pdf
In trang | Gửi email | Quay lại
"""


def test_three_line_issuer_cell_underscore_rules_and_portal_lines_after_the_filing_line():
    p = extract_text(THREE_LINE_ISSUER)
    assert p.issuer.name == "Ban chỉ đạo Cải cách hành chính tỉnh Điện Biên"
    assert p.number == "08/KH-BCĐ" and str(p.issued_date) == "2024-03-20"
    assert p.title == "Hoạt động của Ban Chỉ đạo năm 2024"  # the rule line under it is layout
    assert p.objectives == ["Nâng cao hiệu quả chỉ đạo cải cách hành chính."]  # "Mục tiêu" items are targets here
    assert p.recipients == ["Thành viên BCĐ", "Lưu: VT, NV."]
    assert p.signer.name == "Lò Văn Mừng" and p.signer.title == "Trưởng ban"


def test_news_article_with_a_bulleted_list_is_still_news():
    page = NEWS_PAGE.replace("Đoàn kiểm tra đã làm việc tại UBND huyện Chư Păh và UBND xã Ia Ka.",
                             "Đoàn kiểm tra đã làm việc tại 02 đơn vị, gồm:\n- UBND huyện Chư Păh;\n- UBND xã Ia Ka.")
    p = extract_text(page)
    assert p.doc_type == "tin_bai" and [b.number for b in p.legal_bases] == ["21/KH-UBND"]


PORTAL_ROWS = """ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
Số: 31/KH-UBND | Gia Lai, ngày 12 tháng 02 năm 2024 |
TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN TỈNH GIA LAI
Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2024 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Nâng cao nhận thức về cải cách hành chính.
II. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì triển khai./.
Nơi nhận:
- Bộ Nội vụ;
- Lưu: VT, NC. | KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hữu Quế |
"""

MARKDOWN_BREAKS = """**Nơi nhận:**\\
- Sở Nội vụ (b/c);\\
- Lưu: VT.

**KT. GIÁM ĐỐC**\\
**PHÓ GIÁM ĐỐC**

**Hà Văn Tâm**
"""


def test_portal_rows_with_line_breaks_in_cells_and_a_capital_title_without_type_line():
    p = extract_text(PORTAL_ROWS)
    assert p.title == "Tuyên truyền cải cách hành chính năm 2024 trên địa bàn tỉnh Gia Lai"
    assert p.doc_type == "ke_hoach" and p.number == "31/KH-UBND"
    assert p.recipients == ["Bộ Nội vụ", "Lưu: VT, NC."]
    assert (p.signer.name, p.signer.authority, p.signer.title) == ("Nguyễn Hữu Quế", "KT", "Phó Chủ tịch")


def test_markdown_hard_line_breaks():
    from extractor.pipeline import prepare
    from extractor.readers.text import read

    seg = prepare(read(("KẾ HOẠCH\nTự kiểm tra năm 2024\nI. NỘI DUNG\nKiểm tra./.\n" + MARKDOWN_BREAKS).encode(),
                       "md"))
    assert seg.recipients == ["- Sở Nội vụ (b/c);", "- Lưu: VT."]
    assert seg.signature == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hà Văn Tâm"]
