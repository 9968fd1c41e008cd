"""Held-out set E: documents written for the project the way the shared corpus is made. Each plan is described
once, as a list of parts, and rendered three ways from that one description:

- `seeds/<stem>.txt`: the text as copied from a web page, with the portal's chrome (a legal-document library
  with its metadata box and flattened tables, a Markdown conversion with a pipe table, a library page with
  its "HIỆU LỰC VĂN BẢN" box, a district portal page);
- `docx/<stem>.docx`: the official Word file (A4, 2-column header table, landscape annex pages with bordered
  merged-cell tables whose header rows repeat, page numbers in the top margin) made by `corpus/generate.py`;
- `pdf/<stem>.pdf`: the PDF LibreOffice makes from that Word file.

The news article (e05) exists only as a web copy; its seed is written by hand and not produced here.

    .venv/bin/python corpus/heldout-e/make.py        # rewrites seeds/ (e01-e04), docx/ and pdf/

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import webcopy as web  # noqa: E402
from generate import Columns, Grid, Para, Section  # noqa: E402
from official import MOTTO, NBSP, ROMAN, annex_table, centered, group, heading, write_words  # noqa: E402
from webcopy import Sign  # noqa: E402

# ---------------------------------------------------------------- parts beyond generate.py's


@dataclass
class Head(web.Head):
    """The 2-column header: issuer lines over the number | motto over the place and date."""

    number: str
    date: str

    def columns(self) -> Columns:
        """The header as the borderless table of the Word file."""
        return Columns([[*self.left, self.number], [*self.right, self.date]], widths=[7.0, 9.5])


@dataclass
class Title(Para):
    """The trích yếu: sentence case in the Word file, capitals in some web copies."""


def title(text: str) -> Title:
    """The trích yếu line."""
    return Title(text, bold=True, align="center", size=14)


# ---------------------------------------------------------------- e01: tỉnh Vĩnh Long, kiểm soát TTHC


def e01() -> list:
    """Kế hoạch 27/KH-UBND of UBND tỉnh Vĩnh Long: kiểm soát TTHC 2024, annex table with a 2-row header."""
    head = Head(["ỦY BAN NHÂN DÂN", "TỈNH VĨNH LONG", "-------"], MOTTO, "Số: 27/KH-UBND",
                "Vĩnh Long, ngày 19 tháng 01 năm 2024")
    body = [
        head,
        centered("KẾ HOẠCH", size=14),
        title("Kiểm soát thủ tục hành chính và cải cách thủ tục hành chính gắn với chuyển đổi số trên địa bàn "
              "tỉnh Vĩnh Long năm 2024"),
        Para("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính và "
             "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị "
             "định liên quan đến kiểm soát thủ tục hành chính;"),
        Para("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một "
             "cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 "
             "của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;"),
        Para("Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ quy định một số nội "
             "dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện "
             "thủ tục hành chính trên môi trường điện tử;"),
        Para("Thực hiện Quyết định số 3120/QĐ-UBND ngày 22/12/2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch "
             "cải cách hành chính tỉnh Vĩnh Long năm 2024,"),
        Para("Ủy ban nhân dân tỉnh Vĩnh Long ban hành Kế hoạch kiểm soát thủ tục hành chính (TTHC) và cải cách "
             "TTHC gắn với chuyển đổi số năm 2024, cụ thể như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Triển khai kịp thời, đồng bộ các nhiệm vụ kiểm soát TTHC, cải cách TTHC gắn với chuyển đổi số; "
             "góp phần nâng cao Chỉ số cải cách hành chính, Chỉ số hài lòng của người dân, tổ chức đối với sự "
             "phục vụ của cơ quan hành chính nhà nước và Chỉ số phục vụ người dân, doanh nghiệp của tỉnh năm "
             "2024."),
        Para("- Cắt giảm, đơn giản hóa TTHC, giấy tờ công dân; nâng cao tỷ lệ hồ sơ được giải quyết trực tuyến "
             "toàn trình và tỷ lệ kết quả giải quyết TTHC được số hóa, tái sử dụng."),
        Para("- Xác định rõ nhiệm vụ, thời hạn hoàn thành, sản phẩm và trách nhiệm của từng cơ quan, đơn vị, địa "
             "phương trong tổ chức thực hiện."),
        heading("2. Yêu cầu"),
        Para("- Các nhiệm vụ phải được triển khai đúng tiến độ, thực chất, hiệu quả; gắn trách nhiệm của người "
             "đứng đầu với kết quả thực hiện nhiệm vụ kiểm soát TTHC tại cơ quan, đơn vị, địa phương."),
        Para("- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị, địa phương; kịp thời phát hiện, tháo gỡ "
             "khó khăn, vướng mắc phát sinh trong quá trình thực hiện."),
        Para("- Kết quả thực hiện Kế hoạch là căn cứ để đánh giá, chấm điểm Chỉ số cải cách hành chính và xét "
             "thi đua, khen thưởng năm 2024 của cơ quan, đơn vị, địa phương."),
        heading("II. NHIỆM VỤ TRỌNG TÂM"),
        Para("Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và kết quả, sản phẩm được "
             "phân công tại Phụ lục kèm theo Kế hoạch này."),
        heading("III. KINH PHÍ THỰC HIỆN"),
        Para("Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng "
             "ghép trong dự toán chi thường xuyên năm 2024 của các cơ quan, đơn vị, địa phương và các nguồn hợp "
             "pháp khác."),
        heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố căn "
             "cứ nhiệm vụ được giao tại Kế hoạch này chủ động tổ chức triển khai thực hiện tại cơ quan, đơn vị, "
             "địa phương; báo cáo tình hình, kết quả thực hiện định kỳ hằng quý (trước ngày 15 của tháng cuối "
             "quý) và báo cáo năm (trước ngày 15/11/2024) về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân "
             "dân tỉnh) để tổng hợp."),
        Para("2. Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc, kiểm tra việc "
             "thực hiện Kế hoạch; tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Văn phòng Chính phủ theo quy "
             "định."),
        Para("3. Sở Thông tin và Truyền thông bảo đảm hạ tầng kỹ thuật, an toàn thông tin cho Hệ thống thông "
             "tin giải quyết TTHC tỉnh; phối hợp với Văn phòng Ủy ban nhân dân tỉnh, Trung tâm Phục vụ hành "
             "chính công tỉnh hoàn thiện chức năng số hóa, tái sử dụng kết quả số hóa, hoàn thành trước ngày "
             "30/6/2024."),
        Para("4. Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        Para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh "
             "kịp thời về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh xem "
             "xét, chỉ đạo./."),
        Sign(["- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
              "- Báo Vĩnh Long, Đài PT-TH Vĩnh Long;", "- LĐVP UBND tỉnh;", "- Lưu: VT, 4.18.05."],
             ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trương Minh Hiếu"),
    ]
    w = 6
    rows = [
        group("I", "KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH", w),
        ["1", "Đánh giá tác động quy định TTHC trong dự án, dự thảo văn bản quy phạm pháp luật do Hội đồng nhân "
              "dân, Ủy ban nhân dân tỉnh ban hành", "Cơ quan chủ trì soạn thảo", "Sở Tư pháp", "Thường xuyên",
         "Biểu mẫu đánh giá tác động được hoàn thiện theo quy định"],
        ["2", "Thẩm định quy định TTHC trong dự thảo văn bản quy phạm pháp luật", "Sở Tư pháp",
         "Văn phòng UBND tỉnh", "Theo tiến độ xây dựng văn bản", "Báo cáo thẩm định có nội dung về TTHC"],
        group("II", "CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH", w),
        ["3", "Trình Chủ tịch UBND tỉnh công bố danh mục TTHC mới ban hành, sửa đổi, bổ sung, thay thế, bãi bỏ "
              "thuộc phạm vi quản lý", "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh",
         "Trong thời hạn 05 ngày làm việc kể từ ngày văn bản quy phạm pháp luật được ban hành",
         "Quyết định công bố của Chủ tịch UBND tỉnh"],
        ["4", "Công khai TTHC trên Cơ sở dữ liệu quốc gia về TTHC và Hệ thống thông tin giải quyết TTHC tỉnh",
         "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông; các sở, ban, ngành tỉnh", "Thường xuyên",
         "100% TTHC được công khai đúng quy định"],
        ["5", "Niêm yết, công khai TTHC, địa chỉ tiếp nhận phản ánh, kiến nghị tại Bộ phận Một cửa các cấp",
         "Trung tâm Phục vụ hành chính công tỉnh; UBND cấp huyện; UBND cấp xã", "", "Quý I/2024",
         "Bộ phận Một cửa các cấp niêm yết đầy đủ, đúng quy định"],
        group("III", "RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", w),
        ["6", "Xây dựng, ban hành Kế hoạch rà soát, đánh giá TTHC năm 2024", "Văn phòng UBND tỉnh",
         "Các sở, ban, ngành tỉnh", "Tháng 02/2024", "Kế hoạch của UBND tỉnh"],
        ["7", "Rà soát, đề xuất phương án đơn giản hóa TTHC, giấy tờ công dân thuộc phạm vi quản lý",
         "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh, Công an tỉnh", "31/7/2024",
         "Báo cáo kết quả rà soát, phương án đơn giản hóa"],
        ["8", "Rà soát, thống kê TTHC nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh",
         "Sở Nội vụ", "Văn phòng UBND tỉnh; các sở, ban, ngành tỉnh; UBND cấp huyện", "Quý III/2024",
         "Danh mục TTHC nội bộ được công bố"],
        group("IV", "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG VÀ SỐ HÓA HỒ SƠ", w),
        ["9", "Số hóa hồ sơ, kết quả giải quyết TTHC trong quá trình tiếp nhận, giải quyết", "", "", "", ""],
        ["9.1", "Cấp tỉnh: số hóa 100% hồ sơ, kết quả giải quyết TTHC tiếp nhận tại Trung tâm Phục vụ hành "
                "chính công tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành tỉnh",
         "Tháng 6/2024", "Hồ sơ, kết quả được lưu trữ trên Kho quản lý dữ liệu điện tử của tổ chức, cá nhân"],
        ["9.2", "Cấp huyện: số hóa tối thiểu 80% hồ sơ, kết quả giải quyết TTHC", "UBND cấp huyện",
         "Sở Thông tin và Truyền thông", "Tháng 9/2024", "Hồ sơ, kết quả được số hóa theo chỉ tiêu"],
        ["9.3", "Cấp xã: số hóa tối thiểu 60% hồ sơ, kết quả giải quyết TTHC", "UBND cấp xã", "UBND cấp huyện",
         "Tháng 12/2024", "Hồ sơ, kết quả được số hóa theo chỉ tiêu"],
        ["10", "Tiếp nhận, giải quyết TTHC không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh",
         "Trung tâm Phục vụ hành chính công tỉnh", "Các sở, ban, ngành tỉnh; Bưu điện tỉnh",
         "Trước 30/9/2024", "Danh mục TTHC được công bố"],
        ["11", "Đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số phục vụ người dân, doanh nghiệp",
         "Văn phòng UBND tỉnh", "Trung tâm Phục vụ hành chính công tỉnh; UBND cấp huyện", "Hằng quý",
         "Kết quả đánh giá được công khai trên Cổng Dịch vụ công quốc gia"],
        group("V", "TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; THÔNG TIN, BÁO CÁO", w),
        ["12", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh; UBND cấp huyện", "Thường xuyên",
         "Phản ánh, kiến nghị được xử lý đúng thời hạn"],
        ["13", "Tuyên truyền về kết quả cải cách TTHC, dịch vụ công trực tuyến trên Báo Vĩnh Long, Đài Phát "
               "thanh và Truyền hình Vĩnh Long", "Sở Thông tin và Truyền thông",
         "Báo Vĩnh Long; Đài Phát thanh và Truyền hình Vĩnh Long", "Năm 2024", "Tin, bài, phóng sự"],
        ["14", "Báo cáo tình hình, kết quả thực hiện công tác kiểm soát TTHC",
         "Các sở, ban, ngành tỉnh; UBND cấp huyện", "Văn phòng UBND tỉnh", "Định kỳ hằng quý, năm",
         "Báo cáo của UBND tỉnh gửi Văn phòng Chính phủ"],
    ]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("DANH MỤC NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 27/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh Vĩnh Long)",
                 bold=False, italic=True),
        annex_table([["TT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", "", "Thời gian hoàn thành", "Kết quả, sản phẩm"],
               ["", "", "Chủ trì", "Phối hợp", "", ""]],
              [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 1, 4), (0, 5, 1, 5)],
              rows, [1.2, 9.0, 4.2, 4.6, 3.0, 3.7]),
    ]
    return body + annex


# ---------------------------------------------------------------- e02: Sở GD&ĐT Thái Nguyên, CCHC


def e02() -> list:
    """Kế hoạch 412/KH-SGDĐT of Sở Giáo dục và Đào tạo tỉnh Thái Nguyên: CCHC 2024, signed Q. GIÁM ĐỐC;
    annex columns STT | Nội dung | Sản phẩm | Chủ trì | Phối hợp | Thời gian hoàn thành."""
    head = Head(["UBND TỈNH THÁI NGUYÊN", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------"], MOTTO, "Số: 412/KH-SGDĐT",
                "Thái Nguyên, ngày 07 tháng 3 năm 2024")
    body = [
        head,
        centered("KẾ HOẠCH", size=14),
        title("Cải cách hành chính năm 2024 của Sở Giáo dục và Đào tạo"),
        Para("Căn cứ Luật Giáo dục ngày 14 tháng 6 năm 2019;"),
        Para("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
             "hành chính nhà nước giai đoạn 2021 - 2030;"),
        Para("Căn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án “Xác định "
             "Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực "
             "thuộc trung ương”;"),
        Para("Căn cứ Kế hoạch số 215/KH-UBND ngày 20/12/2023 của Ủy ban nhân dân tỉnh Thái Nguyên về cải cách "
             "hành chính nhà nước năm 2024;"),
        Para("Sở Giáo dục và Đào tạo tỉnh Thái Nguyên ban hành Kế hoạch cải cách hành chính năm 2024, cụ thể "
             "như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("a) Nâng cao hiệu lực, hiệu quả quản lý nhà nước về giáo dục và đào tạo; xây dựng đội ngũ công "
             "chức, viên chức ngành Giáo dục chuyên nghiệp, trách nhiệm, phục vụ người dân, doanh nghiệp ngày "
             "càng tốt hơn."),
        Para("b) Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý, điều hành và giải quyết thủ "
             "tục hành chính thuộc thẩm quyền của Sở; phấn đấu Chỉ số cải cách hành chính năm 2024 của Sở thuộc "
             "nhóm dẫn đầu các sở, ban, ngành tỉnh."),
        heading("2. Yêu cầu"),
        Para("a) Xác định cải cách hành chính là nhiệm vụ trọng tâm, thường xuyên của các phòng, đơn vị thuộc "
             "Sở; gắn kết quả thực hiện với đánh giá, xếp loại công chức, viên chức cuối năm."),
        Para("b) Các nhiệm vụ phải cụ thể, có sản phẩm, thời gian hoàn thành và đơn vị chịu trách nhiệm; bảo đảm "
             "khả thi, bám sát Kế hoạch cải cách hành chính năm 2024 của Ủy ban nhân dân tỉnh."),
        heading("II. NHIỆM VỤ TRỌNG TÂM"),
        Para("Tập trung triển khai đồng bộ 06 nội dung cải cách hành chính: cải cách thể chế; cải cách thủ tục "
             "hành chính; cải cách tổ chức bộ máy; cải cách chế độ công vụ; cải cách tài chính công; xây dựng và "
             "phát triển Chính phủ điện tử, Chính phủ số. Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        heading("1. Văn phòng Sở"),
        Para("- Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp "
             "báo cáo cải cách hành chính định kỳ hằng quý, 6 tháng, năm gửi Sở Nội vụ trước ngày 12 của tháng "
             "cuối kỳ báo cáo."),
        Para("- Chủ trì, phối hợp với Phòng Kế hoạch - Tài chính tham mưu bố trí kinh phí thực hiện Kế hoạch."),
        heading("2. Phòng Tổ chức cán bộ"),
        Para("Tham mưu rà soát, sắp xếp vị trí việc làm, cơ cấu viên chức theo chức danh nghề nghiệp tại các đơn "
             "vị sự nghiệp trực thuộc Sở, hoàn thành trong Quý III/2024."),
        heading("3. Thanh tra Sở"),
        Para("Phối hợp với Văn phòng Sở kiểm tra việc thực hiện quy chế dân chủ, quy tắc ứng xử tại Bộ phận Một "
             "cửa của Sở và các đơn vị trực thuộc."),
        heading("4. Các phòng, đơn vị thuộc Sở"),
        Para("Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể để triển khai thực hiện; báo cáo kết quả về "
             "Văn phòng Sở trước ngày 10 của tháng cuối quý."),
        heading("5. Đề nghị Phòng Giáo dục và Đào tạo các huyện, thành phố"),
        Para("Phối hợp với các phòng chuyên môn của Sở triển khai các nhiệm vụ cải cách thủ tục hành chính, "
             "chuyển đổi số trong lĩnh vực giáo dục tại địa phương."),
        Para("Trên đây là Kế hoạch cải cách hành chính năm 2024 của Sở Giáo dục và Đào tạo. Yêu cầu các phòng, "
             "đơn vị nghiêm túc triển khai thực hiện./."),
        Sign(["- Sở Nội vụ (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
              "- Các phòng, đơn vị thuộc Sở;", "- Phòng GD&ĐT các huyện, thành phố;", "- Lưu: VT, VP."],
             ["Q. GIÁM ĐỐC"], "Nguyễn Thị Thu Hà"),
    ]
    w = 6
    rows = [
        group("I", "Công tác chỉ đạo, điều hành", w),
        ["1", "Xây dựng, ban hành Kế hoạch cải cách hành chính, Kế hoạch tuyên truyền cải cách hành chính năm "
              "2024 của Sở", "Kế hoạch được ban hành", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Tháng 02/2024"],
        ["2", "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của Sở",
         "Báo cáo tự đánh giá, tài liệu kiểm chứng", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở",
         "Theo hướng dẫn của Sở Nội vụ"],
        group("II", "Cải cách thể chế", w),
        ["3", "Rà soát văn bản quy phạm pháp luật trong lĩnh vực giáo dục do HĐND, UBND tỉnh ban hành",
         "Báo cáo kết quả rà soát", "Thanh tra Sở", "Các phòng chuyên môn thuộc Sở", "Quý III/2024"],
        group("III", "Cải cách thủ tục hành chính", w),
        ["4", "Rà soát, cập nhật quy trình nội bộ, quy trình điện tử giải quyết thủ tục hành chính",
         "Quy trình được phê duyệt", "Văn phòng Sở", "Phòng Giáo dục Trung học; Phòng Giáo dục Mầm non - Tiểu học",
         "Trước 30/6/2024"],
        ["5", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính về cấp văn bằng, chứng chỉ",
         "Dữ liệu văn bằng, chứng chỉ được số hóa", "Phòng Khảo thí và Quản lý chất lượng",
         "Văn phòng Sở; Trung tâm Phục vụ hành chính công tỉnh", "Thường xuyên"],
        ["6", "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính thuộc phạm vi quản lý của Sở",
         "Phản ánh, kiến nghị được trả lời đúng hạn", "Văn phòng Sở", "Thanh tra Sở", "Thường xuyên"],
        group("IV", "Cải cách tổ chức bộ máy và chế độ công vụ", w),
        ["7", "Rà soát, hoàn thiện đề án vị trí việc làm của các đơn vị sự nghiệp trực thuộc",
         "Đề án vị trí việc làm được phê duyệt", "Phòng Tổ chức cán bộ", "Các đơn vị trực thuộc Sở",
         "Tháng 9/2024"],
        ["8", "Bồi dưỡng kỹ năng số cho công chức, viên chức làm công tác quản lý", "02 lớp bồi dưỡng",
         "Phòng Tổ chức cán bộ", "Trung tâm Công nghệ thông tin và Truyền thông tỉnh",
         "Từ tháng 6 đến tháng 8/2024"],
        group("V", "Cải cách tài chính công", w),
        ["9", "Giao quyền tự chủ tài chính cho các đơn vị sự nghiệp công lập trực thuộc giai đoạn 2024 - 2026",
         "Quyết định giao quyền tự chủ", "Phòng Kế hoạch - Tài chính",
         "Phòng Tổ chức cán bộ; các đơn vị trực thuộc Sở", "Quý IV/2024"],
        group("VI", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", w),
        ["10", "Đồng bộ dữ liệu học sinh trên Cơ sở dữ liệu ngành với Cơ sở dữ liệu quốc gia về dân cư",
         "100% hồ sơ học sinh được xác thực", "Phòng Giáo dục Trung học",
         "Công an tỉnh; Phòng Giáo dục và Đào tạo các huyện, thành phố", "31/10/2024"],
        ["11", "Triển khai học bạ số đối với học sinh tiểu học, trung học cơ sở",
         "Học bạ số được triển khai tại các cơ sở giáo dục", "Phòng Giáo dục Mầm non - Tiểu học",
         "Phòng Giáo dục Trung học; các cơ sở giáo dục", "Tháng 12/2024"],
        ["12", "Sử dụng chữ ký số, xử lý văn bản điện tử trên Hệ thống quản lý văn bản và điều hành",
         "Trên 95% văn bản đi được ký số", "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Hằng tháng"],
    ]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
        centered("(Kèm theo Kế hoạch số 412/KH-SGDĐT ngày 07/3/2024 của Sở Giáo dục và Đào tạo)", bold=False,
                 italic=True),
        annex_table([["STT", "Nội dung công việc", "Sản phẩm", "Đơn vị chủ trì", "Đơn vị phối hợp",
                "Thời gian hoàn thành"]], [], rows, [1.2, 8.3, 4.5, 4.0, 4.8, 2.9]),
    ]
    return body + annex


# ---------------------------------------------------------------- e03: tỉnh Hậu Giang, kế hoạch kiểm tra


def e03() -> list:
    """Kế hoạch 2468/KH-UBND of UBND tỉnh Hậu Giang, 27/12/2022: inspection of CCHC and KSTTHC in 2023,
    named units, a quota, a "Giao …" line, and a schedule annex that holds no tasks."""
    head = Head(["ỦY BAN NHÂN DÂN", "TỈNH HẬU GIANG", "-------"], MOTTO, "Số: 2468/KH-UBND",
                "Hậu Giang, ngày 27 tháng 12 năm 2022")
    body = [
        head,
        centered("KẾ HOẠCH", size=14),
        title("Kiểm tra công tác cải cách hành chính và kiểm soát thủ tục hành chính năm 2023"),
        Para("Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng "
             "thể cải cách hành chính nhà nước giai đoạn 2021 - 2030;"),
        Para("Thực hiện Quyết định số 1688/QĐ-UBND ngày 20 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh ban hành "
             "Kế hoạch cải cách hành chính nhà nước tỉnh Hậu Giang giai đoạn 2021 - 2025; Kế hoạch số "
             "2301/KH-UBND ngày 05 tháng 12 năm 2022 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2023,"),
        Para("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính và kiểm soát thủ tục "
             "hành chính năm 2023, cụ thể như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Đánh giá đúng thực trạng việc triển khai các nhiệm vụ cải cách hành chính, kiểm soát thủ tục "
             "hành chính tại các cơ quan, đơn vị, địa phương; kịp thời chấn chỉnh những tồn tại, hạn chế."),
        Para("- Tăng cường kỷ luật, kỷ cương hành chính; nâng cao trách nhiệm của người đứng đầu và đội ngũ cán "
             "bộ, công chức trong thực thi công vụ."),
        Para("- Làm cơ sở đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh và "
             "Ủy ban nhân dân các huyện, thị xã, thành phố."),
        heading("2. Yêu cầu"),
        Para("- Việc kiểm tra phải bảo đảm khách quan, đúng trọng tâm, không gây phiền hà, không làm ảnh hưởng "
             "đến hoạt động bình thường của cơ quan, đơn vị được kiểm tra."),
        Para("- Kết thúc kiểm tra phải có thông báo kết luận, chỉ rõ ưu điểm, hạn chế và đề xuất biện pháp khắc "
             "phục."),
        heading("II. NỘI DUNG KIỂM TRA"),
        Para("1. Công tác chỉ đạo, điều hành cải cách hành chính: việc ban hành kế hoạch, tổ chức thực hiện, "
             "kiểm tra và chế độ báo cáo."),
        Para("2. Kết quả thực hiện cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, cải "
             "cách chế độ công vụ, cải cách tài chính công và xây dựng chính quyền điện tử, chính quyền số."),
        Para("3. Việc thực hiện cơ chế một cửa, một cửa liên thông; số hóa hồ sơ, kết quả giải quyết thủ tục "
             "hành chính; tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp."),
        Para("4. Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức tại Bộ phận "
             "Một cửa các cấp."),
        heading("III. ĐỐI TƯỢNG, HÌNH THỨC VÀ THỜI GIAN KIỂM TRA"),
        heading("1. Đối tượng kiểm tra"),
        Para("a) Cấp tỉnh (04 đơn vị): Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội, Sở Công "
             "Thương, Ban Quản lý các khu công nghiệp tỉnh."),
        Para("b) Cấp huyện (03 đơn vị): Ủy ban nhân dân thị xã Long Mỹ, Ủy ban nhân dân huyện Châu Thành A và Ủy "
             "ban nhân dân huyện Phụng Hiệp."),
        Para("c) Cấp xã: ít nhất 20% Ủy ban nhân dân cấp xã thuộc các đơn vị cấp huyện được kiểm tra, do Đoàn "
             "kiểm tra lựa chọn và thông báo khi kiểm tra."),
        heading("2. Hình thức kiểm tra"),
        Para("- Kiểm tra trực tiếp: Đoàn kiểm tra làm việc tại cơ quan, đơn vị; nghe báo cáo, kiểm tra hồ sơ, "
             "tài liệu và kiểm tra thực tế tại Bộ phận Một cửa."),
        Para("- Kiểm tra qua hệ thống: theo dõi, trích xuất dữ liệu trên Hệ thống thông tin giải quyết thủ tục "
             "hành chính tỉnh."),
        heading("3. Thời gian kiểm tra"),
        Para("Từ tháng 5 đến tháng 9 năm 2023 (lịch kiểm tra cụ thể tại Phụ lục kèm theo)."),
        heading("IV. THÀNH PHẦN ĐOÀN KIỂM TRA"),
        Para("- Trưởng đoàn: Lãnh đạo Sở Nội vụ."),
        Para("- Phó Trưởng đoàn: Lãnh đạo Văn phòng Ủy ban nhân dân tỉnh."),
        Para("- Thành viên: đại diện lãnh đạo, công chức các Sở: Tư pháp, Thông tin và Truyền thông, Tài chính; "
             "Trung tâm Phục vụ hành chính công tỉnh."),
        Para("Giao Sở Nội vụ tham mưu Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập Đoàn kiểm tra trước "
             "ngày 15/4/2023."),
        heading("V. TỔ CHỨC THỰC HIỆN"),
        heading("1. Sở Nội vụ"),
        Para("a) Chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh xây dựng đề cương báo cáo, lịch kiểm tra "
             "chi tiết, gửi các cơ quan, đơn vị được kiểm tra trước ngày 28/4/2023."),
        Para("b) Tổng hợp kết quả kiểm tra, báo cáo Chủ tịch Ủy ban nhân dân tỉnh trước ngày 20/10/2023."),
        heading("2. Văn phòng Ủy ban nhân dân tỉnh"),
        Para("Chủ trì nội dung kiểm tra về kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông và "
             "số hóa hồ sơ; phối hợp với Sở Nội vụ tổng hợp kết quả kiểm tra."),
        heading("3. Sở Tài chính"),
        Para("Bố trí kinh phí phục vụ hoạt động của Đoàn kiểm tra theo quy định."),
        heading("4. Các cơ quan, đơn vị được kiểm tra"),
        Para("- Chuẩn bị báo cáo theo đề cương, gửi Đoàn kiểm tra (qua Sở Nội vụ) chậm nhất 03 ngày làm việc "
             "trước ngày kiểm tra; bố trí thành phần làm việc và cung cấp hồ sơ, tài liệu theo yêu cầu."),
        Para("- Khắc phục các tồn tại, hạn chế theo kết luận của Đoàn kiểm tra; báo cáo kết quả khắc phục về Ủy "
             "ban nhân dân tỉnh (qua Sở Nội vụ) trong thời hạn 30 ngày kể từ ngày nhận được thông báo kết luận "
             "kiểm tra."),
        Para("Trên đây là Kế hoạch kiểm tra công tác cải cách hành chính và kiểm soát thủ tục hành chính năm "
             "2023 trên địa bàn tỉnh Hậu Giang; đề nghị các cơ quan, đơn vị có liên quan nghiêm túc triển khai "
             "thực hiện./."),
        Sign(["- Bộ Nội vụ (Vụ CCHC);", "- Văn phòng Chính phủ (Cục KSTTHC);", "- TT: TU, HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND huyện, thị xã, thành phố;",
              "- Cơ quan, đơn vị được kiểm tra;", "- Lưu: VT, NCTH."],
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Công Khanh"),
    ]
    rows = [
        ["1", "Sở Tài nguyên và Môi trường", "Tháng 5/2023", ""],
        ["2", "Sở Lao động - Thương binh và Xã hội", "Tháng 5/2023", ""],
        ["3", "Ủy ban nhân dân thị xã Long Mỹ và các xã, phường được chọn", "Tháng 6/2023",
         "Đoàn kiểm tra chọn cấp xã"],
        ["4", "Sở Công Thương", "Tháng 7/2023", ""],
        ["5", "Ủy ban nhân dân huyện Châu Thành A và các xã, thị trấn được chọn", "Tháng 7/2023",
         "Đoàn kiểm tra chọn cấp xã"],
        ["6", "Ban Quản lý các khu công nghiệp tỉnh", "Tháng 8/2023", ""],
        ["7", "Ủy ban nhân dân huyện Phụng Hiệp và các xã, thị trấn được chọn", "Tháng 9/2023",
         "Đoàn kiểm tra chọn cấp xã"],
    ]
    annex = [
        Section(landscape=False),
        centered("PHỤ LỤC"),
        centered("LỊCH KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023"),
        centered("(Kèm theo Kế hoạch số 2468/KH-UBND ngày 27/12/2022 của Ủy ban nhân dân tỉnh Hậu Giang)",
                 bold=False, italic=True),
        annex_table([["STT", "Cơ quan, đơn vị được kiểm tra", "Thời gian dự kiến", "Ghi chú"]], [], rows,
              [1.3, 8.2, 3.3, 3.2]),
    ]
    return body + annex


# ---------------------------------------------------------------- e04: huyện Đại Lộc (Quảng Nam), Đề án 06


def e04() -> list:
    """Kế hoạch 86/KH-UBND of UBND huyện Đại Lộc, 14/3/2023: Đề án 06 and số hóa; "a) Chủ trì thực hiện: /
    b) Phối hợp thực hiện: / c) Thời gian thực hiện:" blocks, "Giao …" lines, numbered duties."""
    head = Head(["ỦY BAN NHÂN DÂN", "HUYỆN ĐẠI LỘC", "-------"], MOTTO, "Số: 86/KH-UBND",
                "Đại Lộc, ngày 14 tháng 3 năm 2023")

    def block(lead: str, support: tuple[str, str] | None, when: str) -> list[Para]:
        out = [Para(f"a) Chủ trì thực hiện: {lead}.")]
        if support:
            out.append(Para(f"b) {support[0]}: {support[1]}."))
        out.append(Para(f"{'c' if support else 'b'}) Thời gian thực hiện: {when}."))
        return out

    body = [
        head,
        centered("KẾ HOẠCH", size=14),
        title("Triển khai thực hiện Đề án 06 và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính trên địa "
              "bàn huyện năm 2023"),
        Para("Thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Phát "
             "triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai "
             "đoạn 2022 - 2025, tầm nhìn đến năm 2030” (gọi tắt là Đề án 06); Chỉ thị số 05/CT-TTg ngày "
             "23/02/2023 của Thủ tướng Chính phủ về việc tiếp tục đẩy mạnh triển khai Đề án 06 tại các bộ, ngành, "
             "địa phương năm 2023 và những năm tiếp theo; Kế hoạch số 1456/KH-UBND ngày 02/3/2023 của UBND tỉnh "
             "Quảng Nam về triển khai Đề án 06 trên địa bàn tỉnh năm 2023, UBND huyện Đại Lộc ban hành Kế hoạch "
             "triển khai thực hiện năm 2023 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính, cung "
             "cấp dịch vụ công trực tuyến; giảm giấy tờ, thời gian đi lại cho người dân."),
        Para("- Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính, từng bước hình thành dữ liệu số "
             "phục vụ chỉ đạo, điều hành của UBND huyện."),
        heading("2. Yêu cầu"),
        Para("- Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện; gắn trách nhiệm "
             "người đứng đầu với kết quả triển khai."),
        Para("- Bảo đảm an ninh, an toàn thông tin, bí mật dữ liệu cá nhân trong quá trình thu thập, khai thác, "
             "sử dụng."),
        heading("II. NHIỆM VỤ CỤ THỂ"),
        heading("1. Hoàn thiện tổ chức bộ máy triển khai Đề án 06"),
        Para("1.1. Kiện toàn Tổ công tác triển khai Đề án 06 cấp huyện, cấp xã; phân công nhiệm vụ cụ thể cho "
             "từng thành viên."),
        *block("Công an huyện", ("Phối hợp thực hiện", "Phòng Nội vụ; UBND các xã, thị trấn"), "Tháng 3/2023"),
        Para("1.2. Ban hành Quy chế hoạt động của Tổ công tác triển khai Đề án 06 huyện."),
        *block("Công an huyện", ("Phối hợp thực hiện", "Văn phòng HĐND và UBND huyện"), "Trước ngày 15/4/2023"),
        heading("2. Dịch vụ công thiết yếu"),
        Para("2.1. Thực hiện liên thông điện tử nhóm thủ tục hành chính: đăng ký khai sinh - đăng ký thường "
             "trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi và đăng ký khai tử - xóa đăng ký thường trú - hỗ "
             "trợ chi phí mai táng."),
        *block("Phòng Tư pháp", ("Phối hợp thực hiện", "Công an huyện, Bảo hiểm xã hội huyện, Phòng Lao động - "
                                 "Thương binh và Xã hội, UBND các xã, thị trấn"), "Thường xuyên"),
        Para("2.2. Cập nhật, làm sạch dữ liệu hộ tịch, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư."),
        *block("UBND các xã, thị trấn", ("Hướng dẫn thực hiện", "Phòng Tư pháp"), "Từ tháng 4 đến tháng 10/2023"),
        heading("3. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính"),
        Para("3.1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ngay trong quá trình tiếp nhận tại Bộ phận "
             "Một cửa huyện và Bộ phận Một cửa cấp xã, bảo đảm tỷ lệ số hóa đạt tối thiểu 60% ở cấp huyện, 50% "
             "ở cấp xã."),
        *block("Văn phòng HĐND và UBND huyện; UBND các xã, thị trấn",
               ("Phối hợp thực hiện", "Các cơ quan chuyên môn thuộc UBND huyện"), "Quý II/2023"),
        Para("3.2. Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực đất đai, hộ tịch."),
        *block("Chi nhánh Văn phòng Đăng ký đất đai huyện; Phòng Tư pháp",
               ("Phối hợp thực hiện", "UBND các xã, thị trấn"), "Năm 2023"),
        heading("4. Tuyên truyền, phát triển công dân số"),
        Para("4.1. Tuyên truyền lợi ích của việc sử dụng tài khoản định danh điện tử, ứng dụng VNeID."),
        Para("Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thể thao và Truyền thanh "
             "- Truyền hình huyện, Huyện đoàn thực hiện; thời gian: hằng tháng."),
        Para("4.2. Hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2, bảo đảm đạt tối thiểu 80% "
             "công dân từ đủ 14 tuổi trở lên trên địa bàn huyện."),
        Para("Giao Công an huyện chủ trì, phối hợp với UBND các xã, thị trấn và Tổ công nghệ số cộng đồng các "
             "thôn, khu phố thực hiện, hoàn thành trước ngày 30/11/2023."),
        heading("III. KINH PHÍ THỰC HIỆN"),
        Para("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện, ngân sách xã theo phân cấp và lồng "
             "ghép từ các chương trình, đề án có liên quan."),
        heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. Công an huyện là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, hướng dẫn các cơ quan, "
             "đơn vị, địa phương triển khai Kế hoạch; tổng hợp, báo cáo UBND huyện và Công an tỉnh định kỳ trước "
             "ngày 20 hằng tháng."),
        Para("2. Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy "
             "định."),
        Para("3. Các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn căn cứ nhiệm vụ được giao xây dựng "
             "kế hoạch triển khai tại đơn vị, địa phương, hoàn thành trước ngày 31/3/2023; báo cáo kết quả thực "
             "hiện về UBND huyện (qua Công an huyện) trước ngày 18 hằng tháng."),
        Para("Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các xã, thị trấn nghiêm túc triển khai thực "
             "hiện; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND huyện (qua Công "
             "an huyện) để xem xét, chỉ đạo./."),
        Sign(["- UBND tỉnh (b/c);", "- Công an tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
              "- CT, các PCT UBND huyện;", "- Thành viên Tổ công tác Đề án 06 huyện;",
              "- Các cơ quan, đơn vị thuộc UBND huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
             ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phan Văn Cảnh"),
    ]
    return body


DOCUMENTS = {
    "e01_kh_ubnd_vinh_long": e01,
    "e02_kh_sgddt_thai_nguyen": e02,
    "e03_kh_ubnd_hau_giang_kiem_tra": e03,
    "e04_kh_ubnd_dai_loc": e04,
}


# ---------------------------------------------------------------- web copies


def _flat_grid(g: Grid) -> list[str]:
    """A table as a library site copies it: one paragraph per visible cell, row by row; an empty cell is a
    paragraph of one no-break space; a merged cell appears once, in its first row."""
    hidden = g.covered()
    out = []
    for r, row in enumerate(g.rows):
        for c, text in enumerate(row):
            if (r, c) not in hidden:
                out.append(text.replace("\n", " ") or NBSP)
    return out


def library_copy(parts: list, top: str, bottom: str, upper_title: bool) -> str:
    """A legal-document library's copy: paragraphs apart by a blank line, header cells as blocks of lines,
    a no-break-space line after the header and around the signature, tables flattened one cell per
    paragraph."""
    out: list[str] = [top]
    for part in parts:
        if isinstance(part, Head):
            out += ["\n".join(part.left), "\n".join(part.right), part.number, part.date, NBSP]
        elif isinstance(part, Sign):
            out.append(NBSP + "\n")
            out.append("Nơi nhận:\n" + "\n".join(part.recipients))
            out.append("\n".join(part.authority) + "\n\n\n\n\n" + part.name)
            out.append(NBSP)
        elif isinstance(part, Title):
            out.append(part.text.upper() if upper_title else part.text)
        elif isinstance(part, Para):
            out.append(part.text)
        elif isinstance(part, Grid):
            out += _flat_grid(part)
    out.append(bottom)
    return "\n\n".join(out)


def _md_cell(text: str, bold: bool) -> str:
    text = text.replace("\n", " ").replace("|", "\\|")
    return f"**{text}**" if bold and text else text


def markdown_copy(parts: list) -> str:
    """A Markdown conversion of the Word file that lost the header's first row (issuer and motto), as the
    shared corpus's 002 did: bold headings, hard breaks in the title, a pipe table for the annex."""
    out: list[str] = [""]
    type_line = None
    for part in parts:
        if isinstance(part, Head):
            out += [part.number.replace("/", " /", 1), part.date]
        elif isinstance(part, Sign):
            out.append("**Nơi nhận:**\n\n" + "\n".join(part.recipients))
            out.append("\n\n".join(f"**{a}**" for a in part.authority) + "\n\n\n\n" + f"**{part.name}**")
        elif isinstance(part, Title):
            out.append(f"**{type_line}**  \n**{part.text}**")
        elif isinstance(part, Para):
            if part.text == "KẾ HOẠCH":
                type_line = part.text
                continue
            text = part.text.replace("*", "\\*")
            out.append(f"**{text}**" if part.bold else f"*{text}*" if part.italic else text)
        elif isinstance(part, Grid):
            lines = []
            for r, row in enumerate(part.rows):
                bold = row[0] in ROMAN
                lines.append("| " + " | ".join(_md_cell(c, bold) for c in row) + " |")
                if r == 0:
                    lines.append("|" + "|".join(":---:" if i == 0 else "---" for i in range(len(row))) + "|")
            out.append("\n".join(lines))
        elif isinstance(part, Section):
            out.append("* * *")
    return "\n\n".join(out) + "\n"


def portal_copy(parts: list, top: str, bottom: str) -> str:
    """A district portal's page: the document in the post body, every paragraph apart by a blank line,
    header cells as blocks of lines, the signature block after Nơi nhận."""
    out: list[str] = [top]
    for part in parts:
        if isinstance(part, Head):
            out += ["\n".join(part.left[:-1]), "\n".join(part.right[:-1]), part.number, part.date]
        elif isinstance(part, Sign):
            out.append("Nơi nhận:\n" + "\n".join(part.recipients))
            out.append("\n".join(part.authority))
            out.append("(Đã ký)")
            out.append(part.name)
        elif isinstance(part, Para):
            out.append(part.text)
        elif isinstance(part, Grid):
            out += _flat_grid(part)
    out.append(bottom)
    return "\n\n".join(out) + "\n"


TVPL_TOP = """Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...

Đăng nhập

Đang tải văn bản...

Kế hoạch 27/KH-UBND năm 2024 kiểm soát thủ tục hành chính gắn với chuyển đổi số tỉnh Vĩnh Long

Số hiệu: 27/KH-UBND Loại văn bản: Kế hoạch
Nơi ban hành: Tỉnh Vĩnh Long Người ký: Trương Minh Hiếu
Ngày ban hành: 19/01/2024 Ngày hiệu lực: Đã biết
Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật
Tình trạng: Đã biết"""

_NOT_MEMBER = """Bạn Chưa Đăng Nhập Thành Viên!


Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính của văn bản.
Bạn chưa xem được Hiệu lực của Văn bản, Văn bản liên quan, Văn bản thay thế, Văn bản gốc, Văn bản tiếng Anh,...


Nếu chưa là Thành Viên, mời Bạn Đăng ký Thành viên tại đây
"""

TVPL_BOTTOM = ("Văn bản này chưa cập nhật nội dung Tiếng Anh\n\n" + "\n\n".join([_NOT_MEMBER] * 3) + "\n\n"
               "Kế hoạch 27/KH-UBND ngày 19/01/2024 về kiểm soát thủ tục hành chính và cải cách thủ tục hành "
               "chính gắn với chuyển đổi số trên địa bàn tỉnh Vĩnh Long năm 2024\n\n" + _NOT_MEMBER +
               "\n\n1.208\n\nDMCA.com Protection Status\nIP: 113.161.54.20\nHãy để chúng tôi hỗ trợ bạn!")

HTPL_TOP = """Hệ thống pháp luật
Đang tải nội dung, vui lòng chờ giây lát...
Đang tải nội dung, vui lòng chờ giây lát..."""

HTPL_BOTTOM = """HIỆU LỰC VĂN BẢN

Kế hoạch 2468/KH-UBND về kiểm tra công tác cải cách hành chính và kiểm soát thủ tục hành chính năm 2023 do tỉnh Hậu Giang ban hành

  • Số hiệu: 2468/KH-UBND
  • Loại văn bản: Kế hoạch
  • Ngày ban hành: 27/12/2022
  • Nơi ban hành: Tỉnh Hậu Giang
  • Người ký: Lê Công Khanh
  • Ngày công báo: Đang cập nhật
  • Số công báo: Đang cập nhật
  • Ngày hiệu lực: Kiểm tra
  • Tình trạng hiệu lực: Kiểm tra
Tải văn bản"""

PORTAL_TOP = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẠI LỘC
Tỉnh Quảng Nam
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Thủ tục hành chính | Liên hệ

Trang chủ > Văn bản chỉ đạo điều hành > Chuyển đổi số

KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ĐỀ ÁN 06 VÀ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023

Cập nhật lúc: 16/03/2023 08:12 | Lượt xem: 412 | Cỡ chữ: A- A+"""

PORTAL_BOTTOM = """Tập tin đính kèm:
86-KH-UBND-2023.pdf (Tải về)

Các tin khác
Kế hoạch số 71/KH-UBND ngày 28/02/2023 về chuyển đổi số huyện Đại Lộc năm 2023 (01/03/2023)
Quyết định số 455/QĐ-UBND ngày 20/02/2023 kiện toàn Ban Chỉ đạo cải cách hành chính huyện (21/02/2023)
Kế hoạch số 40/KH-UBND ngày 06/02/2023 về tuyên truyền cải cách hành chính năm 2023 (07/02/2023)

CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẠI LỘC
Cơ quan chủ quản: Ủy ban nhân dân huyện Đại Lộc
Địa chỉ: Khối phố Mỹ Tân, thị trấn Ái Nghĩa, huyện Đại Lộc, tỉnh Quảng Nam
Ghi rõ nguồn khi phát hành lại thông tin từ website này."""


def seeds() -> dict[str, str]:
    """The web copies of e01-e04, by stem."""
    return {
        "e01_kh_ubnd_vinh_long": library_copy(e01(), TVPL_TOP, TVPL_BOTTOM, upper_title=True),
        "e02_kh_sgddt_thai_nguyen": markdown_copy(e02()),
        "e03_kh_ubnd_hau_giang_kiem_tra": library_copy(e03(), HTPL_TOP, HTPL_BOTTOM, upper_title=True),
        "e04_kh_ubnd_dai_loc": portal_copy(e04(), PORTAL_TOP, PORTAL_BOTTOM),
    }


# ---------------------------------------------------------------- the Word file


def word(parts: list) -> bytes:
    """The document as an official Word file: header and signature tables styled, group rows of the annex
    tables bold, page numbers in the top margin."""
    return web.word_file(parts)


def main() -> None:
    """Write seeds/ (e01-e04), docx/ and pdf/."""
    (HERE / "seeds").mkdir(exist_ok=True)
    for stem, text in seeds().items():
        (HERE / "seeds" / f"{stem}.txt").write_text(text, encoding="utf-8")
    write_words(HERE, {stem: word(make()) for stem, make in DOCUMENTS.items()})


if __name__ == "__main__":
    main()
