"""Held-out set D: four documents written for the project in layouts the earlier sets lack, rendered by
the project's generator (`corpus/generate.py`: python-docx, then LibreOffice for PDF).

    .venv/bin/python corpus/heldout-d/make.py            # rewrites docx/, pdf/ and scanned/ beside this script
    .venv/bin/python corpus/heldout-d/make.py --text-pdf DIR   # also the scanned plan's DOCX/PDF (for diagnosis)

- d01: a district plan whose annex task table has no borders at all (no ruling lines in the PDF);
- d02: a provincial steering committee's plan whose header is tab-aligned paragraphs (no header table), a
  3-line issuer, and a long annex table with "Thời gian" over "Bắt đầu"/"Kết thúc" and a row split over a page;
- d03: a department plan with a task table, printed, then "scanned": rasterized at 200 dpi, each page turned by
  0.5-1 degree, one page with noise, saved as an image-only PDF (no text layer);
- d04: a department plan numbered only by Word's automatic numbering (numPr, no "I."/"1."/"a)" in the text),
  with "a)" lists restarted the way Word does it (a new w:num over the same abstract list with startOverride).

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import sys
from pathlib import Path

import docx
import pypdfium2 as pdfium
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate import Grid, Para, Section, header, to_docx, to_pdf  # noqa: E402
from official import annex_table, centered, finish, group, heading, signature  # noqa: E402
from plandoc import scan  # noqa: E402

# ---------------------------------------------------------------- d01: district plan, borderless annex table


def d01_moc_chau() -> list:
    """Kế hoạch of a district UBND (Mộc Châu, Sơn La) whose landscape annex table has no borders."""
    parts = [
        header(["ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"], "Số: 95/KH-UBND", "Mộc Châu, ngày 19 tháng 02 năm 2024"),
        Para(""),
        centered("KẾ HOẠCH", size=14),
        centered("Chuyển đổi số, phát triển chính quyền số huyện Mộc Châu năm 2024"),
        centered("-----------"),
        Para("Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
             "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;"),
        Para("Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát "
             "triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030;"),
        Para("Căn cứ Kế hoạch số 28/KH-UBND ngày 25/01/2024 của Ủy ban nhân dân tỉnh Sơn La về chuyển đổi số "
             "tỉnh Sơn La năm 2024;"),
        Para("Ủy ban nhân dân huyện Mộc Châu ban hành Kế hoạch chuyển đổi số năm 2024 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Cụ thể hóa các nhiệm vụ chuyển đổi số của tỉnh năm 2024 phù hợp với điều kiện thực tế của huyện; "
             "phân công rõ trách nhiệm của từng cơ quan, đơn vị, địa phương."),
        Para("- Thúc đẩy phát triển chính quyền số, kinh tế số, xã hội số; nâng cao chất lượng phục vụ người dân, "
             "doanh nghiệp trên môi trường số."),
        heading("2. Yêu cầu"),
        Para("- Các cơ quan, đơn vị, địa phương xác định chuyển đổi số là nhiệm vụ trọng tâm, gắn với trách nhiệm "
             "của người đứng đầu."),
        Para("- Việc triển khai phải đồng bộ, tiết kiệm, hiệu quả; bảo đảm an toàn, an ninh thông tin mạng."),
        heading("II. MỤC TIÊU CỤ THỂ"),
        Para("- 100% văn bản đi, đến (trừ văn bản mật) được xử lý trên môi trường mạng; 100% cán bộ, công chức "
             "cấp huyện, cấp xã được cấp chữ ký số cá nhân."),
        Para("- Tỷ lệ hồ sơ thủ tục hành chính được nộp trực tuyến đạt tối thiểu 50%; tỷ lệ hồ sơ được số hóa "
             "đạt 80%."),
        heading("III. NHIỆM VỤ, GIẢI PHÁP"),
        Para("Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành tại Phụ lục kèm "
             "theo Kế hoạch này."),
        heading("IV. KINH PHÍ THỰC HIỆN"),
        Para("Kinh phí thực hiện được bố trí trong dự toán ngân sách huyện năm 2024 và lồng ghép các chương "
             "trình mục tiêu quốc gia trên địa bàn."),
        heading("V. TỔ CHỨC THỰC HIỆN"),
        heading("1. Phòng Văn hóa và Thông tin"),
        Para("- Là cơ quan thường trực, giúp Ủy ban nhân dân huyện theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn "
             "vị, địa phương triển khai Kế hoạch; tổng hợp, báo cáo kết quả thực hiện trước ngày 10/12/2024."),
        Para("- Chủ trì, phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện đẩy mạnh tuyên truyền, "
             "phổ biến kỹ năng số cho người dân, hộ kinh doanh."),
        heading("2. Phòng Tài chính - Kế hoạch"),
        Para("Tham mưu Ủy ban nhân dân huyện cân đối, bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo "
             "phân cấp ngân sách hiện hành."),
        heading("3. Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện; Ủy ban nhân dân các xã, thị trấn"),
        Para("- Xây dựng kế hoạch chuyển đổi số năm 2024 của cơ quan, đơn vị, địa phương, hoàn thành trong tháng "
             "3/2024."),
        Para("- Định kỳ hằng quý báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông "
             "tin) trước ngày 15 của tháng cuối quý."),
        Para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về "
             "Phòng Văn hóa và Thông tin để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, giải quyết./."),
        signature(["- UBND tỉnh Sơn La (b/c);", "- Sở Thông tin và Truyền thông tỉnh;",
                   "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                   "- Các cơ quan, đơn vị thuộc UBND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Hà Minh Đức"),
    ]
    w = 5
    body = [
        group("I", "CHUYỂN ĐỔI NHẬN THỨC, KIẾN TẠO THỂ CHẾ", w),
        ["1", "Kiện toàn Ban Chỉ đạo chuyển đổi số huyện và Tổ công nghệ số cộng đồng tại các xã, thị trấn",
         "Phòng Văn hóa và Thông tin", "Phòng Nội vụ; UBND các xã, thị trấn", "Quý I/2024"],
        ["2", "Tuyên truyền về chuyển đổi số trên Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở",
         "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "UBND các xã, thị trấn", "Thường xuyên"],
        ["3", "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia", "Phòng Văn hóa và Thông tin",
         "Các cơ quan, đơn vị thuộc UBND huyện", "Tháng 10/2024"],
        group("II", "PHÁT TRIỂN HẠ TẦNG SỐ", w),
        ["1", "Rà soát, nâng cấp mạng nội bộ (LAN) và đường truyền Internet của các cơ quan, đơn vị",
         "Văn phòng HĐND và UBND huyện", "Viễn thông Sơn La, Phòng Văn hóa và Thông tin", "Trước 30/6/2024"],
        ["2", "Phủ sóng di động 4G đến 100% bản, tiểu khu trên địa bàn huyện", "Phòng Văn hóa và Thông tin",
         "Các doanh nghiệp viễn thông; UBND các xã, thị trấn", "Năm 2024"],
        group("III", "PHÁT TRIỂN CHÍNH QUYỀN SỐ", w),
        ["1", "Cung cấp dịch vụ công trực tuyến toàn trình; bảo đảm tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 50%",
         "Văn phòng HĐND và UBND huyện", "Các cơ quan chuyên môn thuộc UBND huyện; UBND các xã, thị trấn",
         "Quý IV/2024"],
        ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực tại Bộ phận Một cửa cấp huyện, "
              "cấp xã", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn", "Từ tháng 3 đến tháng 9/2024"],
        ["3", "Sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý văn bản",
         "Các cơ quan, đơn vị thuộc UBND huyện", "Phòng Văn hóa và Thông tin", "Thường xuyên"],
        group("IV", "PHÁT TRIỂN KINH TẾ SỐ, XÃ HỘI SỐ", w),
        ["1", "Hỗ trợ hợp tác xã, hộ sản xuất đưa sản phẩm OCOP lên sàn thương mại điện tử",
         "Phòng Kinh tế và Hạ tầng", "Phòng Nông nghiệp và Phát triển nông thôn; UBND các xã, thị trấn",
         "30/11/2024"],
        ["2", "Đẩy mạnh thanh toán không dùng tiền mặt trong trường học, cơ sở y tế và thu phí, lệ phí",
         "Phòng Tài chính - Kế hoạch",
         "Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện, Bảo hiểm xã hội huyện", "Hằng quý"],
        ["3", "Tổng kết, đánh giá kết quả thực hiện Kế hoạch chuyển đổi số năm 2024", "Phòng Văn hóa và Thông tin",
         "Các cơ quan, đơn vị có liên quan", "Tháng 12/2024"],
    ]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("DANH MỤC NHIỆM VỤ CHUYỂN ĐỔI SỐ HUYỆN MỘC CHÂU NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 95/KH-UBND ngày 19/02/2024 của UBND huyện Mộc Châu)", bold=False,
                 italic=True),
        annex_table([["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]], [], body,
             [1.3, 10.5, 5.0, 5.8, 3.1], borders=False),
    ]
    return parts + annex


# ---------------------------------------------------------------- d02: steering committee, tab-aligned header

D02_HEADER = [  # (left, right, left bold, right bold, right italic)
    ("UBND TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", False, True, False),
    ("BAN CHỈ ĐẠO CẢI CÁCH", "Độc lập - Tự do - Hạnh phúc", True, True, False),
    ("HÀNH CHÍNH", "---------------", True, True, False),
    ("-------", "", True, False, False),
    ("Số: 12/KH-BCĐ", "Lào Cai, ngày 08 tháng 01 năm 2024", False, False, True),
]


def d02_lao_cai() -> list:
    """Kế hoạch of a provincial Ban Chỉ đạo (header lines added by `tab_header`) with a long annex table."""
    parts = [
        centered("KẾ HOẠCH", size=14),
        centered("Thực hiện nhiệm vụ trọng tâm cải cách hành chính tỉnh Lào Cai năm 2024"),
        centered("-----------"),
        Para("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
             "hành chính nhà nước giai đoạn 2021 - 2030;"),
        Para("Căn cứ Nghị quyết số 131/NQ-CP ngày 06/10/2022 của Chính phủ về đẩy mạnh cải cách thủ tục hành "
             "chính và hiện đại hóa phương thức chỉ đạo, điều hành phục vụ người dân, doanh nghiệp;"),
        Para("Căn cứ Quyết định số 3160/QĐ-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh Lào Cai ban hành Kế "
             "hoạch cải cách hành chính nhà nước tỉnh Lào Cai năm 2024;"),
        Para("Ban Chỉ đạo cải cách hành chính tỉnh ban hành Kế hoạch thực hiện nhiệm vụ trọng tâm năm 2024 như "
             "sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("a) Tập trung chỉ đạo khắc phục dứt điểm những hạn chế, yếu kém trong công tác cải cách hành chính "
             "được chỉ ra qua kết quả xác định Chỉ số cải cách hành chính năm 2023 của tỉnh."),
        Para("b) Phấn đấu cải thiện thứ hạng Chỉ số cải cách hành chính, Chỉ số hài lòng về sự phục vụ hành "
             "chính (SIPAS) và Chỉ số PAPI của tỉnh năm 2024 so với năm 2023."),
        heading("2. Yêu cầu"),
        Para("a) Các thành viên Ban Chỉ đạo, các cơ quan, đơn vị, địa phương bám sát nhiệm vụ được phân công, "
             "bảo đảm tiến độ và chất lượng."),
        Para("b) Tăng cường kiểm tra, đôn đốc; kịp thời báo cáo, đề xuất Trưởng Ban Chỉ đạo xử lý những vấn đề "
             "phát sinh."),
        heading("II. NHIỆM VỤ TRỌNG TÂM"),
        Para("Các nhiệm vụ trọng tâm, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và sản phẩm tại "
             "Phụ lục kèm theo Kế hoạch này."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("1. Sở Nội vụ (cơ quan thường trực của Ban Chỉ đạo) chủ trì, phối hợp với Văn phòng Ủy ban nhân dân "
             "tỉnh theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Trưởng Ban Chỉ đạo kết quả thực "
             "hiện 6 tháng trước ngày 20/6/2024 và cả năm trước ngày 20/11/2024."),
        Para("2. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được giao "
             "tại Phụ lục, chủ động tổ chức thực hiện; báo cáo kết quả về Ban Chỉ đạo (qua Sở Nội vụ) trước ngày "
             "10 tháng 6 và trước ngày 10 tháng 11 năm 2024."),
        Para("3. Sở Tài chính tham mưu bố trí kinh phí bảo đảm hoạt động của Ban Chỉ đạo và các nhiệm vụ tại Kế "
             "hoạch này."),
        Para("Trên đây là Kế hoạch thực hiện nhiệm vụ trọng tâm cải cách hành chính năm 2024 của Ban Chỉ đạo cải "
             "cách hành chính tỉnh./."),
        signature(["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                   "- Thành viên Ban Chỉ đạo;", "- Các sở, ban, ngành tỉnh;",
                   "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, SNV."],
                  ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC"], "Vũ Thị Minh Hằng"),
    ]
    w = 7
    body = [
        group("I", "CẢI CÁCH THỂ CHẾ", w),
        ["1", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh kỳ "
              "2019 - 2023", "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "01/2024", "06/2024",
         "Quyết định công bố kết quả hệ thống hóa"],
        ["2", "Kiểm tra, xử lý văn bản quy phạm pháp luật theo thẩm quyền", "Sở Tư pháp",
         "UBND các huyện, thị xã, thành phố", "01/2024", "12/2024", "Báo cáo kết quả kiểm tra"],
        ["3", "Theo dõi tình hình thi hành pháp luật về xử lý vi phạm hành chính trong lĩnh vực đất đai, xây "
              "dựng, môi trường", "Sở Tư pháp", "Công an tỉnh; các sở, ban, ngành tỉnh", "03/2024", "11/2024",
         "Báo cáo theo dõi thi hành pháp luật"],
        group("II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", w),
        ["1", "Rà soát, đánh giá, đơn giản hóa thủ tục hành chính theo Kế hoạch của Ủy ban nhân dân tỉnh",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "02/2024", "09/2024",
         "Quyết định thông qua phương án đơn giản hóa"],
        ["2", "Cắt giảm ít nhất 20% thời gian giải quyết thủ tục hành chính so với quy định đối với các thủ tục "
              "có số lượng hồ sơ lớn", "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh", "01/2024", "06/2024",
         "Quyết định phê duyệt quy trình nội bộ"],
        ["3", "Tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với doanh nghiệp về thủ tục hành chính",
         "Sở Kế hoạch và Đầu tư", "Hiệp hội Doanh nghiệp tỉnh", "05/2024", "06/2024", "Hội nghị đối thoại"],
        ["4", "Thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công tỉnh",
         "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành tỉnh", "Thường xuyên", "",
         "Báo cáo định kỳ"],
        group("III", "CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", w),
        ["1", "Xây dựng, trình phê duyệt Đề án sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025",
         "Sở Nội vụ", "UBND các huyện, thị xã, thành phố", "01/2024", "10/2024", "Đề án được phê duyệt"],
        ["2", "Rà soát, kiện toàn tổ chức bộ máy các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh",
         "Sở Nội vụ", "Các sở, ban, ngành tỉnh", "03/2024", "12/2024", "Quyết định kiện toàn"],
        ["3", "Thẩm định, trình phê duyệt điều chỉnh vị trí việc làm trong các cơ quan, tổ chức hành chính và "
              "đơn vị sự nghiệp công lập thuộc tỉnh; rà soát, xác định cơ cấu ngạch công chức, cơ cấu viên chức "
              "theo chức danh nghề nghiệp; hướng dẫn các cơ quan, đơn vị xây dựng bản mô tả công việc và khung "
              "năng lực của từng vị trí việc làm; tổng hợp nhu cầu điều chỉnh biên chế, số lượng người làm việc "
              "gắn với lộ trình tinh giản biên chế giai đoạn 2022 - 2026 của tỉnh; kiểm tra việc bố trí, sử dụng "
              "công chức, viên chức theo vị trí việc làm đã được phê duyệt tại các cơ quan, đơn vị",
         "Sở Nội vụ", "Các sở, ban, ngành tỉnh; UBND cấp huyện", "04/2024", "09/2024",
         "Quyết định phê duyệt vị trí việc làm"],
        group("IV", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", w),
        ["1", "Tổ chức tuyển dụng công chức tỉnh năm 2024", "Sở Nội vụ", "Các sở, ban, ngành tỉnh", "06/2024",
         "11/2024", "Kết quả tuyển dụng"],
        ["2", "Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024",
         "Các sở, ban, ngành tỉnh; UBND cấp huyện", "Sở Nội vụ", "11/2024", "12/2024",
         "Kết quả đánh giá, xếp loại"],
        ["3", "Kiểm tra công vụ, kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị, địa phương; xử lý nghiêm "
              "cán bộ, công chức vi phạm", "Sở Nội vụ", "Thanh tra tỉnh; Văn phòng UBND tỉnh", "03/2024", "11/2024",
         "Thông báo kết luận kiểm tra"],
        group("V", "CẢI CÁCH TÀI CHÍNH CÔNG", w),
        ["1", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập giai đoạn 2024 - 2026", "Sở Tài chính",
         "Các sở, ban, ngành tỉnh", "01/2024", "06/2024", "Quyết định giao quyền tự chủ"],
        ["2", "Đẩy mạnh giải ngân vốn đầu tư công năm 2024", "Sở Kế hoạch và Đầu tư",
         "Sở Tài chính; Kho bạc Nhà nước tỉnh", "01/2024", "12/2024", "Báo cáo giải ngân hằng tháng"],
        group("VI", "XÂY DỰNG, PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", w),
        ["1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Sở Thông tin và Truyền thông",
         "Văn phòng UBND tỉnh", "02/2024", "08/2024", "Hệ thống được nâng cấp"],
        ["2", "Kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", "Công an tỉnh",
         "Sở Thông tin và Truyền thông; Văn phòng UBND tỉnh", "01/2024", "12/2024", "Dữ liệu được kết nối"],
        ["3", "Triển khai hệ thống hội nghị truyền hình trực tuyến đến cấp xã", "Sở Thông tin và Truyền thông",
         "UBND các huyện, thị xã, thành phố", "04/2024", "10/2024", "Hệ thống được vận hành"],
        group("VII", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH VÀ THÔNG TIN, TUYÊN TRUYỀN", w),
        ["1", "Xác định, công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND cấp huyện",
         "Sở Nội vụ", "Thành viên Hội đồng thẩm định", "01/2024", "03/2024", "Quyết định công bố Chỉ số"],
        ["2", "Tuyên truyền cải cách hành chính trên Báo Lào Cai, Đài Phát thanh và Truyền hình tỉnh",
         "Sở Nội vụ", "Báo Lào Cai; Đài Phát thanh và Truyền hình tỉnh", "02/2024", "12/2024",
         "Chuyên trang, chuyên mục"],
        ["3", "Sơ kết 6 tháng, tổng kết năm công tác cải cách hành chính", "Sở Nội vụ", "Các sở, ban, ngành tỉnh",
         "06/2024", "12/2024", "Báo cáo sơ kết, tổng kết"],
    ]
    spans = [(i, 4, 5) for i, row in enumerate(body) if row[4] == "Thường xuyên"]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ TRỌNG TÂM CẢI CÁCH HÀNH CHÍNH TỈNH LÀO CAI NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 12/KH-BCĐ ngày 08/01/2024 của Ban Chỉ đạo cải cách hành chính tỉnh)",
                 bold=False, italic=True),
        annex_table([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "", "Sản phẩm"],
              ["", "", "", "", "Bắt đầu", "Kết thúc", ""]],
             [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)], body,
             [1.2, 9.0, 3.8, 4.6, 2.0, 2.0, 3.1], spans=spans),
    ]
    return parts + annex


def tab_header(d: docx.Document, lines: list[tuple[str, str, bool, bool, bool]]) -> None:
    """The header written as paragraphs before the first one: each line is "<tab>left<tab>right" over two
    centre tab stops (the agency block centred at 3.3 cm, the motto block at 11.3 cm), no table."""
    first = d.paragraphs[0]
    for left, right, lbold, rbold, ritalic in lines:
        p = first.insert_paragraph_before()
        fmt = p.paragraph_format
        fmt.space_after = Pt(0)
        fmt.first_line_indent = Cm(0)
        fmt.tab_stops.add_tab_stop(Cm(3.3), WD_TAB_ALIGNMENT.CENTER)
        fmt.tab_stops.add_tab_stop(Cm(11.3), WD_TAB_ALIGNMENT.CENTER)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        for text, bold, italic in (("\t" + left, lbold, False), ("\t" + right, rbold, ritalic)):
            run = p.add_run(text)
            run.bold, run.italic = bold, italic
            run.font.size = Pt(12.5)
    first.insert_paragraph_before("")


# ---------------------------------------------------------------- d03: department plan, to be scanned


def d03_ninh_thuan() -> list:
    """Kế hoạch of a Sở (Tư pháp, Ninh Thuận) with a portrait task table in its body."""
    parts = [
        header(["UBND TỈNH NINH THUẬN", "SỞ TƯ PHÁP"], "Số: 356/KH-STP", "Ninh Thuận, ngày 14 tháng 3 năm 2024"),
        Para(""),
        centered("KẾ HOẠCH", size=14),
        centered("Phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024"),
        centered("-----------"),
        Para("Căn cứ Nghị định số 28/2013/NĐ-CP ngày 04/4/2013 của Chính phủ quy định chi tiết một số điều và "
             "biện pháp thi hành Luật Phổ biến, giáo dục pháp luật;"),
        Para("Căn cứ Nghị định số 15/2014/NĐ-CP ngày 27/02/2014 của Chính phủ quy định chi tiết một số điều và "
             "biện pháp thi hành Luật Hòa giải ở cơ sở;"),
        Para("Thực hiện Kế hoạch số 1105/KH-UBND ngày 25/01/2024 của Ủy ban nhân dân tỉnh Ninh Thuận về công tác "
             "phổ biến, giáo dục pháp luật, hòa giải ở cơ sở năm 2024 trên địa bàn tỉnh;"),
        Para("Sở Tư pháp ban hành Kế hoạch phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật (PBGDPL), hòa giải ở cơ sở; góp phần nâng "
             "cao ý thức chấp hành pháp luật của cán bộ và nhân dân trên địa bàn tỉnh."),
        Para("- Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong công tác PBGDPL."),
        heading("2. Yêu cầu"),
        Para("- Nội dung, hình thức PBGDPL phù hợp với từng đối tượng, địa bàn, chú trọng vùng đồng bào dân tộc "
             "thiểu số."),
        Para("- Bảo đảm phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các cơ quan, địa phương có liên "
             "quan."),
        heading("II. NHIỆM VỤ CỤ THỂ"),
        Grid([["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
              ["1", "Tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch PBGDPL năm 2024",
               "Phòng Phổ biến, giáo dục pháp luật", "Văn phòng Sở", "Quý I/2024"],
              ["2", "Tổ chức hội nghị phổ biến văn bản luật mới cho cán bộ chủ chốt cấp tỉnh",
               "Phòng Phổ biến, giáo dục pháp luật", "Các sở, ban, ngành tỉnh", "Tháng 7/2024"],
              ["3", "Biên soạn tài liệu hỏi - đáp pháp luật song ngữ Việt - Chăm", "Phòng Phổ biến, giáo dục "
               "pháp luật", "Ban Dân tộc tỉnh", "Quý III/2024"],
              ["4", "Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam", "Văn phòng Sở",
               "Các phòng, đơn vị thuộc Sở", "Tháng 11/2024"],
              ["5", "Tập huấn nghiệp vụ hòa giải ở cơ sở cho hòa giải viên", "Phòng Phổ biến, giáo dục pháp luật",
               "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Phòng Tư pháp các huyện, thành phố", "Quý II/2024"],
              ["6", "Cập nhật văn bản, tài liệu PBGDPL trên Trang thông tin điện tử của Sở", "Văn phòng Sở",
               "Phòng Phổ biến, giáo dục pháp luật", "Thường xuyên"],
              ["7", "Kiểm tra công tác PBGDPL, hòa giải ở cơ sở tại các huyện", "Thanh tra Sở",
               "Phòng Phổ biến, giáo dục pháp luật", "Từ tháng 9 đến tháng 10/2024"]],
             header_rows=1, widths=[1.3, 5.6, 3.3, 3.5, 2.3], size=12),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("1. Phòng Phổ biến, giáo dục pháp luật là đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Kế "
             "hoạch; tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 30/11/2024."),
        Para("2. Văn phòng Sở tham mưu bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao năm 2024."),
        Para("3. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao, chủ động phối hợp triển khai thực hiện, "
             "bảo đảm tiến độ đề ra."),
        Para("Trên đây là Kế hoạch phổ biến, giáo dục pháp luật và hòa giải ở cơ sở năm 2024 của Sở Tư pháp./."),
        signature(["- UBND tỉnh (b/c);", "- Hội đồng PBGDPL tỉnh;", "- Giám đốc, các PGĐ Sở;",
                   "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, PBGDPL."], ["GIÁM ĐỐC"], "Lê Thị Thanh Nga"),
    ]
    return parts


# ---------------------------------------------------------------- d04: Word automatic numbering

# (level, text): level 0/1 = the multi-level list "I." / "1."; "a" = an "a)" list item (a new run of a) after
# "a!"); None = a plain paragraph; "b" = bold plain
D04_BODY: list[tuple[object, str]] = [
    (0, "MỤC ĐÍCH, YÊU CẦU"),
    (1, "Mục đích"),
    ("a", "Triển khai kịp thời, đầy đủ các nhiệm vụ cải cách thủ tục hành chính (TTHC) thuộc lĩnh vực đất đai, "
          "môi trường, tài nguyên nước, khoáng sản."),
    ("a", "Rút ngắn thời gian giải quyết hồ sơ, giảm số hồ sơ quá hạn, nâng cao mức độ hài lòng của người dân, "
          "doanh nghiệp."),
    (1, "Yêu cầu"),
    ("a!", "Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng phòng, đơn vị thuộc Sở."),
    ("a", "Công khai, minh bạch quy trình giải quyết TTHC; kiên quyết xử lý cán bộ, công chức gây phiền hà, sách "
          "nhiễu."),
    ("a", "Kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của tập thể, cá nhân năm "
          "2024."),
    (0, "NHIỆM VỤ"),
    (1, "Rà soát, đơn giản hóa thủ tục hành chính"),
    (None, "Giao Văn phòng Sở chủ trì, phối hợp với Chi cục Quản lý đất đai và các phòng chuyên môn rà soát, đề "
           "xuất phương án đơn giản hóa ít nhất 03 TTHC trong lĩnh vực đất đai; hoàn thành trước ngày 30/7/2024."),
    (1, "Công bố, công khai thủ tục hành chính"),
    (None, "Giao Văn phòng Sở chủ trì, phối hợp với Trung tâm Công nghệ thông tin tài nguyên và môi trường cập "
           "nhật, công khai đầy đủ TTHC trên Cổng Dịch vụ công quốc gia và Trang thông tin điện tử của Sở trong "
           "thời hạn 05 ngày làm việc kể từ ngày quyết định công bố có hiệu lực."),
    (1, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
    (None, "Giao Văn phòng Đăng ký đất đai chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh thực "
           "hiện số hóa hồ sơ, kết quả giải quyết TTHC lĩnh vực đất đai; thời gian thực hiện: Quý II và Quý III "
           "năm 2024."),
    (0, "TỔ CHỨC THỰC HIỆN"),
    (1, "Văn phòng Sở"),
    ("a!", "Theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Giám đốc Sở và Ủy ban "
           "nhân dân tỉnh kết quả thực hiện trước ngày 05/12/2024."),
    ("a", "Phối hợp với Thanh tra Sở kiểm tra việc tiếp nhận, giải quyết hồ sơ TTHC tại Bộ phận Một cửa; kịp "
          "thời chấn chỉnh các trường hợp chậm trễ."),
    (1, "Các phòng, đơn vị thuộc Sở"),
    ("a!", "Tổ chức thực hiện nghiêm các nhiệm vụ được giao; báo cáo tình hình giải quyết hồ sơ về Văn phòng Sở "
           "trước ngày 25 hằng tháng."),
    ("a", "Thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ giải quyết quá hạn theo quy định."),
    (1, "Trung tâm Công nghệ thông tin tài nguyên và môi trường"),
    (None, "Bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho việc tiếp nhận, giải quyết hồ sơ trực tuyến; hỗ trợ "
           "các phòng, đơn vị xử lý sự cố kỹ thuật phát sinh."),
    (None, "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng "
           "Sở) để xem xét, giải quyết./."),
]


def d04_quang_binh() -> list:
    """Kế hoạch of a Sở (Tài nguyên và Môi trường, Quảng Bình): the body is marked for `auto_number`."""
    parts = [
        header(["UBND TỈNH QUẢNG BÌNH", "SỞ TÀI NGUYÊN", "VÀ MÔI TRƯỜNG"], "Số: 1025/KH-STNMT",
               "Quảng Bình, ngày 22 tháng 4 năm 2024"),
        Para(""),
        centered("KẾ HOẠCH", size=14),
        centered("Cải cách thủ tục hành chính và nâng cao chất lượng phục vụ người dân, doanh nghiệp năm 2024"),
        centered("-----------"),
        Para("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính;"),
        Para("Căn cứ Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới "
             "việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"),
        Para("Thực hiện Kế hoạch số 512/KH-UBND ngày 04/3/2024 của Ủy ban nhân dân tỉnh Quảng Bình về kiểm soát "
             "thủ tục hành chính năm 2024;"),
        Para("Sở Tài nguyên và Môi trường xây dựng Kế hoạch thực hiện như sau:"),
    ]
    for level, text in D04_BODY:
        marker = "" if level is None else f"§{level}§"
        parts.append(Para(marker + text, bold=level in (0, 1)))
    parts.append(signature(["- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh;", "- Giám đốc, các PGĐ Sở;",
                            "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
                           ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Trương Công Bình"))
    return parts


def _lvl(ilvl: int, fmt: str, text: str, bold: bool) -> OxmlElement:
    """A w:lvl of an abstract list: start 1, number format, level text, a space after the number,
    the first-line indent of the body text."""
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "space"), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "26")
    rpr.append(size)
    lvl.append(rpr)
    return lvl


def auto_number(d: docx.Document) -> None:
    """Paragraphs marked "§0§", "§1§", "§a§", "§a!§" get Word numbering instead of the mark: a multi-level
    list I. / 1. (abstract 90) and an "a)" list (abstract 91) restarted at every "a!" by a new w:num with a
    startOverride, as Word's "Restart at a" does."""
    numbering = d.part.numbering_part.element
    multi = OxmlElement("w:abstractNum")
    multi.set(qn("w:abstractNumId"), "90")
    multi.append(_lvl(0, "upperRoman", "%1.", True))
    multi.append(_lvl(1, "decimal", "%2.", True))
    letters = OxmlElement("w:abstractNum")
    letters.set(qn("w:abstractNumId"), "91")
    letters.append(_lvl(0, "lowerLetter", "%1)", False))
    first_num = numbering.find(qn("w:num"))
    for an in (multi, letters):
        if first_num is not None:
            first_num.addprevious(an)
        else:
            numbering.append(an)

    def new_num(abstract: str, restart: bool) -> str:
        """A w:num over `abstract`, restarting level 0 when asked; its id."""
        ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        num_id = str(max(ids, default=0) + 1)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), num_id)
        aid = OxmlElement("w:abstractNumId")
        aid.set(qn("w:val"), abstract)
        num.append(aid)
        if restart:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            ov.append(start)
            num.append(ov)
        numbering.append(num)
        return num_id

    multi_id = new_num("90", False)
    letter_id = new_num("91", False)
    for p in d.paragraphs:
        text = p.text
        if not text.startswith("§"):
            continue
        mark, rest = text[1:].split("§", 1)
        if mark == "a!":
            letter_id = new_num("91", True)
        num_id, ilvl = (letter_id, 0) if mark.startswith("a") else (multi_id, int(mark))
        run = p.runs[0]
        run.text = rest
        for extra in p.runs[1:]:
            extra._r.getparent().remove(extra._r)
        p.paragraph_format.first_line_indent = None
        ppr = p._p.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        for tag, val in (("w:ilvl", str(ilvl)), ("w:numId", num_id)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            numpr.append(el)
        style = ppr.find(qn("w:pStyle"))
        if style is None:
            ppr.insert(0, numpr)
        else:
            style.addnext(numpr)


def words() -> dict[str, bytes]:
    """The four Word files, by stem."""
    return {
        "d01_kh_ubnd_moc_chau": finish(to_docx(d01_moc_chau(), page_numbers=True)),
        "d02_kh_bcd_lao_cai": finish(to_docx(d02_lao_cai(), page_numbers=True),
                                     lambda d: tab_header(d, D02_HEADER)),
        "d03_kh_stp_ninh_thuan": finish(to_docx(d03_ninh_thuan(), page_numbers=True)),
        "d04_kh_stnmt_quang_binh": finish(to_docx(d04_quang_binh(), page_numbers=True), auto_number),
    }


SCANNED_ONLY = {"d03_kh_stp_ninh_thuan"}


def main(argv: list[str]) -> None:
    """Write docx/, pdf/ (d01, d02, d04) and scanned/ (d03); with --text-pdf DIR also d03's DOCX and PDF."""
    for sub in ("docx", "pdf", "scanned"):
        (HERE / sub).mkdir(exist_ok=True)
    docs = words()
    pdfs = to_pdf(docs)
    extra = Path(argv[argv.index("--text-pdf") + 1]) if "--text-pdf" in argv else None
    for stem, data in docs.items():
        if stem in SCANNED_ONLY:
            (HERE / "scanned" / f"{stem}.pdf").write_bytes(
                scan(pdfs[stem], seed=7, turn=(0.5, 1.0), noisy=1, sigma=14, specks=0.0015, blur=0.6))
            if extra:
                extra.mkdir(parents=True, exist_ok=True)
                (extra / f"{stem}.docx").write_bytes(data)
                (extra / f"{stem}.pdf").write_bytes(pdfs[stem])
            print(stem, "scanned,", len(pdfium.PdfDocument(pdfs[stem])), "pages")
            continue
        (HERE / "docx" / f"{stem}.docx").write_bytes(data)
        (HERE / "pdf" / f"{stem}.pdf").write_bytes(pdfs[stem])
        print(stem, len(data), "bytes docx,", len(pdfs[stem]), "bytes pdf,", len(pdfium.PdfDocument(pdfs[stem])),
              "pages")


if __name__ == "__main__":
    main(sys.argv[1:])
