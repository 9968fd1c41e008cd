"""Held-out set G: five plans written for the project and made the way the shared corpus is made. Each
document is described once (header, title, preamble, numbered body, signature, annexes) and rendered

- as the web copy a site gives (`seeds/<stem>.txt`, site chrome included), each in the manner of one kind of
  site: a district portal with breadcrumbs and "Tin liên quan" (g01), a commune page whose copy interleaves
  the header cells on one line and prints table rows with tabs (g02), a Markdown conversion that keeps the
  header and the signatures as pipe tables (g03), a hospital site whose text dump draws tables as grids of
  "+---+" and "|" (g04), a district council page that prints header cells with tabs and no blank lines (g05);
- as the official Word file (`docx/<stem>.docx`: A4, a borderless header table of two or three columns,
  page numbers in the top margin from page 2, bordered tables with merged cells and header rows that repeat
  on every page, annexes on landscape pages) and the PDF LibreOffice makes from it (`pdf/<stem>.pdf`).

    .venv/bin/python corpus/heldout-g/make.py        # rewrites seeds/, docx/ and pdf/ beside this script

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from plandoc import (  # noqa: E402
    Annex,
    Doc,
    Table,
    build,
    md_escape,
    plain_grid,
    sign_cell,
    title_line,
    web_cells,
)

PARTY = [("ĐẢNG CỘNG SẢN VIỆT NAM", True)]

# ---------------------------------------------------------------- g01: Huyện ủy Lục Nam, lãnh đạo CCHC


def g01() -> Doc:
    """Kế hoạch of the Party committee of Lục Nam district (Bắc Giang): Party header with "ĐẢNG CỘNG SẢN
    VIỆT NAM", number "Số 45-KH/HU", duties as prose per body, T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ."""
    return Doc(
        issuer=[("ĐẢNG BỘ TỈNH BẮC GIANG", False), ("HUYỆN ỦY LỤC NAM", True), ("*", False)],
        motto=PARTY,
        number="Số 45-KH/HU",
        date_line="Lục Nam, ngày 12 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["lãnh đạo, chỉ đạo đẩy mạnh cải cách hành chính, nâng cao Chỉ số hài lòng",
               "của người dân, doanh nghiệp trên địa bàn huyện năm 2024"],
        italic_preamble=False,
        preamble=[
            "- Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020 - 2025;",
            "- Thực hiện Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo "
            "vệ cán bộ năng động, sáng tạo vì lợi ích chung;",
            "- Thực hiện Kế hoạch số 215-KH/TU, ngày 05/02/2024 của Ban Thường vụ Tỉnh ủy về lãnh đạo nâng cao "
            "Chỉ số cải cách hành chính, Chỉ số hài lòng và Chỉ số PAPI của tỉnh năm 2024,",
            "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thực hiện như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Tăng cường sự lãnh đạo, chỉ đạo của các cấp ủy, tổ chức đảng; nâng cao vai trò, trách nhiệm "
                  "của người đứng đầu cấp ủy, chính quyền đối với công tác cải cách hành chính (CCHC)."),
            ("p", "- Phấn đấu năm 2024 Chỉ số hài lòng của người dân, doanh nghiệp đối với sự phục vụ của cơ quan "
                  "hành chính nhà nước trên địa bàn huyện đạt từ 90% trở lên."),
            ("h", "2. Yêu cầu"),
            ("p", "- Các cấp ủy, tổ chức đảng quán triệt, triển khai Kế hoạch nghiêm túc, gắn với nhiệm vụ chính "
                  "trị của địa phương, cơ quan, đơn vị."),
            ("p", "- Phân công rõ người, rõ việc, rõ trách nhiệm; thường xuyên kiểm tra, giám sát, đánh giá kết "
                  "quả thực hiện."),
            ("h", "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
            ("p", "1. Nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của CCHC; coi kết quả CCHC là "
                  "tiêu chí đánh giá, xếp loại tổ chức đảng và đảng viên cuối năm."),
            ("p", "2. Đẩy mạnh cải cách thủ tục hành chính, thực hiện có hiệu quả cơ chế một cửa, một cửa liên "
                  "thông; công khai, minh bạch thông tin, tạo thuận lợi cho người dân, doanh nghiệp."),
            ("p", "3. Siết chặt kỷ luật, kỷ cương hành chính; xử lý nghiêm cán bộ, công chức có hành vi nhũng "
                  "nhiễu, gây phiền hà trong thực thi công vụ."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Các chi, đảng bộ cơ sở"),
            ("p", "- Tổ chức quán triệt, triển khai Kế hoạch đến cán bộ, đảng viên; xây dựng chương trình, kế "
                  "hoạch thực hiện của cấp mình, hoàn thành trước ngày 15/4/2024."),
            ("p", "- Lãnh đạo chính quyền cùng cấp nâng cao chất lượng hoạt động của Bộ phận tiếp nhận và trả "
                  "kết quả; đưa nội dung CCHC vào sinh hoạt chi bộ định kỳ."),
            ("h", "2. Ủy ban nhân dân huyện"),
            ("p", "- Cụ thể hóa Kế hoạch thành kế hoạch hành động của Ủy ban nhân dân huyện, ban hành trước ngày "
                  "31/3/2024."),
            ("p", "- Chỉ đạo rà soát, công khai đầy đủ thủ tục hành chính; phấn đấu 100% hồ sơ được số hóa, trả "
                  "kết quả đúng hạn; tổ chức khảo sát sự hài lòng của người dân, doanh nghiệp trong quý III/2024."),
            ("h", "3. Ban Tuyên giáo Huyện ủy"),
            ("p", "Chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện định hướng công tác tuyên "
                  "truyền về CCHC; kịp thời biểu dương các tập thể, cá nhân điển hình."),
            ("h", "4. Ủy ban Kiểm tra Huyện ủy"),
            ("p", "Đưa nội dung lãnh đạo, chỉ đạo công tác CCHC vào chương trình kiểm tra, giám sát năm 2024 của "
                  "Ban Thường vụ Huyện ủy; tham mưu xem xét trách nhiệm người đứng đầu để xảy ra vi phạm."),
            ("h", "5. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện"),
            ("p", "Tăng cường giám sát, phản biện xã hội đối với việc giải quyết thủ tục hành chính; tổng hợp ý "
                  "kiến, kiến nghị của Nhân dân gửi Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày "
                  "15/6/2024 và trước ngày 15/11/2024."),
            ("h", "6. Văn phòng Huyện ủy"),
            ("p", "Theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ban Thường vụ Huyện ủy kết quả "
                  "thực hiện trước ngày 05/12/2024."),
            ("p", "Kế hoạch này được quán triệt đến chi bộ và phổ biến đến cán bộ, đảng viên./."),
        ],
        recipients=["- Thường trực Tỉnh ủy (b/c),", "- Ban Dân vận Tỉnh ủy (b/c),",
                    "- Các đồng chí Huyện ủy viên,", "- Các chi, đảng bộ cơ sở,",
                    "- Các cơ quan tham mưu, giúp việc Huyện ủy,", "- Lưu Văn phòng Huyện ủy."],
        authority=["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        signer="Hoàng Văn Thiện",
    )


# ---------------------------------------------------------------- g02: UBND xã Nghi Phong, CCHC và chuyển đổi số


def g02() -> Doc:
    """Kế hoạch of UBND xã Nghi Phong (Nghi Lộc, Nghệ An): a body task table TT | Nội dung | Bộ phận thực
    hiện | Lộ trình, with dates written "ngày 5/ 3/2024" and "tháng 3/2024"."""
    table = Table(
        [["TT", "Nội dung", "Bộ phận thực hiện", "Lộ trình"]],
        [
            ["1", "Kiện toàn Bộ phận Một cửa xã; phân công công chức tiếp nhận, trả kết quả thủ tục hành chính",
             "Công chức Văn phòng - Thống kê", "ngày 5/ 3/2024"],
            ["2", "Niêm yết công khai đầy đủ, đúng quy định thủ tục hành chính thuộc thẩm quyền giải quyết của UBND "
                  "xã", "Công chức Văn phòng - Thống kê chủ trì, công chức Tư pháp - Hộ tịch phối hợp",
             "tháng 3/2024"],
            ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch, chứng thực",
             "Công chức Tư pháp - Hộ tịch", "Trước ngày 15/ 4/2024"],
            ["4", "Hướng dẫn người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
             "Tổ công nghệ số cộng đồng chủ trì, Đoàn Thanh niên xã phối hợp", "Thường xuyên"],
            ["5", "Thu thập, cập nhật, làm sạch dữ liệu dân cư; kích hoạt tài khoản định danh điện tử cho công dân",
             "Công an xã", "Từ tháng 4/2024 đến tháng 10/2024"],
            ["6", "Rà soát, cập nhật dữ liệu đất đai trên hệ thống quản lý hồ sơ địa chính",
             "Công chức Địa chính - Xây dựng", "Quý III/2024"],
            ["7", "Báo cáo tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính", "Bộ phận Một cửa xã",
             "Hằng tháng"],
            ["8", "Tổ chức lấy ý kiến đánh giá sự hài lòng của người dân tại Bộ phận Một cửa",
             "Công chức Văn phòng - Thống kê", "tháng 11/2024"],
        ],
        [1.1, 8.4, 4.4, 2.9],
    )
    return Doc(
        issuer=[("UBND HUYỆN NGHI LỘC", False), ("ỦY BAN NHÂN DÂN", True), ("XÃ NGHI PHONG", True),
                ("-------", False)],
        number="Số: 18/KH-UBND",
        date_line="Nghi Phong, ngày 01 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Thực hiện cải cách hành chính gắn với chuyển đổi số trên địa bàn xã năm 2024"],
        preamble=[
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển "
            "ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn "
            "2022 - 2025, tầm nhìn đến năm 2030;",
            "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2024 của UBND tỉnh Nghệ An về cải cách hành chính nhà nước "
            "năm 2024;",
            "Căn cứ Kế hoạch số 25/KH-UBND ngày 22/01/2024 của UBND huyện Nghi Lộc về cải cách hành chính năm "
            "2024;",
            "Căn cứ tình hình thực tế của địa phương,",
            "UBND xã Nghi Phong xây dựng Kế hoạch thực hiện cải cách hành chính gắn với chuyển đổi số năm 2024 "
            "như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Nâng cao chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa xã; giảm thời gian đi "
                  "lại, chi phí cho người dân."),
            ("p", "- Từng bước số hóa hồ sơ, đưa dịch vụ công trực tuyến đến với người dân trên địa bàn xã."),
            ("h", "2. Yêu cầu"),
            ("p", "- Các bộ phận, công chức được giao nhiệm vụ thực hiện đúng nội dung, lộ trình đề ra."),
            ("p", "- Gắn trách nhiệm của công chức với kết quả thực hiện nhiệm vụ được giao."),
            ("h", "II. NỘI DUNG, LỘ TRÌNH THỰC HIỆN"),
            ("table", table),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Công chức Văn phòng - Thống kê"),
            ("p", "Tham mưu UBND xã theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả gửi UBND "
                  "huyện (qua Phòng Nội vụ) trước ngày 10/ 12/2024."),
            ("h", "2. Các bộ phận, công chức chuyên môn; Trưởng các xóm"),
            ("p", "Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện; báo cáo kết quả về UBND xã (qua Văn "
                  "phòng - Thống kê) trước ngày 25 hằng tháng."),
            ("p", "Trên đây là Kế hoạch thực hiện cải cách hành chính gắn với chuyển đổi số năm 2024 của UBND xã "
                  "Nghi Phong./."),
        ],
        recipients=["- UBND huyện (b/c);", "- Phòng Nội vụ huyện;", "- TT Đảng ủy, TT HĐND xã;",
                    "- Chủ tịch, các PCT UBND xã;", "- Các bộ phận chuyên môn;", "- Trưởng các xóm;",
                    "- Lưu: VP."],
        authority=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        signer="Nguyễn Đình Lực",
    )


# ---------------------------------------------------------------- g03: Sở Nội vụ + LĐLĐ Bình Định, liên tịch


def g03() -> Doc:
    """Kế hoạch liên tịch of Sở Nội vụ and Liên đoàn Lao động tỉnh Bình Định: a three-column header (two
    issuers and the motto), items with "Đơn vị chủ trì: …; đơn vị phối hợp: …; thời gian: …" lines, two
    signatures side by side (the leading body on the right) and Nơi nhận under them."""
    return Doc(
        issuer=[("SỞ NỘI VỤ", True), ("TỈNH BÌNH ĐỊNH", True), ("-------", False)],
        issuer2=[("LIÊN ĐOÀN LAO ĐỘNG", True), ("TỈNH BÌNH ĐỊNH", True), ("-------", False)],
        number="Số: 02/KHLT-SNV-LĐLĐ",
        date_line="Bình Định, ngày 26 tháng 02 năm 2024",
        type_line="KẾ HOẠCH LIÊN TỊCH",
        title=["Phối hợp thực hiện dân chủ ở cơ sở trong các cơ quan hành chính nhà nước,",
               "đơn vị sự nghiệp công lập trên địa bàn tỉnh năm 2024"],
        preamble=[
            "Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10 tháng 11 năm 2022;",
            "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
            "điều của Luật Thực hiện dân chủ ở cơ sở;",
            "Căn cứ Quy chế phối hợp số 01/QCPH-SNV-LĐLĐ ngày 15 tháng 3 năm 2022 giữa Sở Nội vụ và Liên đoàn "
            "Lao động tỉnh về phối hợp công tác;",
            "Thực hiện Kế hoạch số 38/KH-UBND ngày 06 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh về thực hiện dân "
            "chủ ở cơ sở năm 2024;",
            "Sở Nội vụ và Liên đoàn Lao động tỉnh thống nhất ban hành Kế hoạch liên tịch phối hợp thực hiện dân "
            "chủ ở cơ sở năm 2024 như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "a) Phát huy quyền làm chủ của cán bộ, công chức, viên chức, người lao động trong các cơ quan "
                  "hành chính nhà nước, đơn vị sự nghiệp công lập."),
            ("p", "b) Nâng cao hiệu quả phối hợp giữa cơ quan quản lý nhà nước về công tác dân chủ ở cơ sở và tổ "
                  "chức công đoàn các cấp."),
            ("h", "2. Yêu cầu"),
            ("p", "a) Nội dung phối hợp cụ thể, thiết thực, phù hợp chức năng, nhiệm vụ của mỗi cơ quan."),
            ("p", "b) Thường xuyên trao đổi thông tin, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh."),
            ("h", "II. NỘI DUNG PHỐI HỢP"),
            ("p", "1. Tổ chức hội nghị quán triệt Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn cho người "
                  "đứng đầu, chủ tịch công đoàn cơ sở các cơ quan, đơn vị."),
            ("p", "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Liên đoàn Lao động tỉnh; thời gian: tháng 4/2024."),
            ("p", "2. Hướng dẫn tổ chức hội nghị cán bộ, công chức, viên chức năm 2024 tại các cơ quan, đơn vị."),
            ("p", "Đơn vị chủ trì: Liên đoàn Lao động tỉnh; đơn vị phối hợp: Sở Nội vụ; thời gian: quý I/2024."),
            ("p", "3. Khảo sát việc xây dựng, ban hành quy chế dân chủ ở cơ sở tại một số sở, ban, ngành và đơn vị "
                  "sự nghiệp công lập."),
            ("p", "Đơn vị chủ trì: Sở Nội vụ; đơn vị phối hợp: Liên đoàn Lao động tỉnh, Sở Tư pháp; thời gian: từ "
                  "tháng 6/2024 đến tháng 8/2024."),
            ("p", "4. Biểu dương, khen thưởng tập thể, cá nhân tiêu biểu trong thực hiện dân chủ ở cơ sở."),
            ("p", "Đơn vị chủ trì: Liên đoàn Lao động tỉnh; đơn vị phối hợp: Sở Nội vụ; thời gian: tháng 12/2024."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Giao Phòng Công chức, viên chức (Sở Nội vụ) và Ban Chính sách - Pháp luật (Liên đoàn Lao "
                  "động tỉnh) là đầu mối tham mưu triển khai Kế hoạch; định kỳ 6 tháng trao đổi kết quả phối hợp."),
            ("p", "2. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo các cơ quan, đơn vị "
                  "trực thuộc thực hiện nghiêm quy chế dân chủ ở cơ sở; báo cáo kết quả về Sở Nội vụ trước ngày "
                  "30/11/2024."),
            ("p", "3. Liên đoàn Lao động các huyện, thị xã, thành phố và công đoàn ngành hướng dẫn công đoàn cơ sở "
                  "tham gia thực hiện Kế hoạch; báo cáo kết quả về Liên đoàn Lao động tỉnh trước ngày 30/11/2024."),
            ("p", "Quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ hoặc Liên "
                  "đoàn Lao động tỉnh để phối hợp giải quyết./."),
        ],
        recipients=["- UBND tỉnh (b/c);", "- Tổng Liên đoàn Lao động Việt Nam (b/c);", "- Các sở, ban, ngành tỉnh;",
                    "- UBND các huyện, thị xã, thành phố;", "- LĐLĐ các huyện, thị xã, thành phố; CĐ ngành;",
                    "- Lưu: VT SNV, VT LĐLĐ."],
        authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer="Lê Văn Phước",
        authority2=["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH"],
        signer2="Trần Thị Thu Hà",
    )


# ---------------------------------------------------------------- g04: Bệnh viện Đa khoa Trung tâm An Giang


def g04() -> Doc:
    """Kế hoạch of a public hospital (Bệnh viện Đa khoa Trung tâm An Giang, under Sở Y tế): signed by the
    GIÁM ĐỐC in their own name; a body table of report deadlines; an annex "Biểu" whose header has three rows
    (Khoa, phòng thực hiện over Chủ trì / Phối hợp, Thời gian over Bắt đầu / Hoàn thành, then a row of column
    numbers) and whose tasks are grouped by "Nhóm nhiệm vụ" rows."""
    reports = Table(
        [["STT", "Loại báo cáo", "Khoa, phòng thực hiện", "Thời hạn gửi", "Nơi nhận báo cáo"]],
        [
            ["1", "Báo cáo tiến độ triển khai hồ sơ bệnh án điện tử", "Phòng Công nghệ thông tin",
             "Trước ngày 20 hằng tháng", "Ban Giám đốc"],
            ["2", "Báo cáo kết quả khảo sát sự hài lòng của người bệnh", "Phòng Quản lý chất lượng",
             "Trước ngày 25 của tháng cuối quý", "Sở Y tế"],
            ["3", "Báo cáo sơ kết 6 tháng thực hiện Kế hoạch", "Phòng Kế hoạch tổng hợp", "10/6/2024", "Sở Y tế"],
            ["4", "Báo cáo tổng kết thực hiện Kế hoạch năm 2024", "Phòng Kế hoạch tổng hợp", "05/12/2024",
             "Sở Y tế"],
        ],
        [1.1, 6.4, 3.8, 2.9, 2.6],
    )
    tasks = Table(
        [["STT", "Nội dung nhiệm vụ", "Khoa, phòng thực hiện", None, "Thời gian", None, "Sản phẩm"],
         ["^", "^", "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành", "^"],
         ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]],
        [
            ["I", "Nhóm nhiệm vụ 1: Hạ tầng kỹ thuật và an toàn thông tin"],
            ["1", "Nâng cấp hệ thống máy chủ, thiết bị lưu trữ dữ liệu đáp ứng triển khai hồ sơ bệnh án điện tử",
             "Phòng Công nghệ thông tin", "Phòng Vật tư - Thiết bị y tế; Phòng Tài chính kế toán", "01/4/2024",
             "30/6/2024", "Hệ thống máy chủ được nâng cấp"],
            ["2", "Rà soát, xác định cấp độ an toàn hệ thống thông tin của Bệnh viện", "Phòng Công nghệ thông tin",
             "", "Tháng 4/2024", "Tháng 5/2024", "Hồ sơ đề xuất cấp độ"],
            ["3", "Giám sát, bảo đảm an toàn thông tin mạng", "Phòng Công nghệ thông tin", "Các khoa, phòng",
             "Thường xuyên", None, "Nhật ký giám sát"],
            ["II", "Nhóm nhiệm vụ 2: Hồ sơ bệnh án điện tử và thanh toán không dùng tiền mặt"],
            ["1", "Triển khai hồ sơ bệnh án điện tử tại các khoa lâm sàng", "Phòng Kế hoạch tổng hợp",
             "Phòng Công nghệ thông tin; Phòng Điều dưỡng; các khoa lâm sàng", "01/3/2024", "30/9/2024",
             "Bệnh án điện tử triển khai tại 100% khoa lâm sàng"],
            ["2", "Kết nối kết quả cận lâm sàng (PACS, LIS) với hồ sơ bệnh án điện tử", "Phòng Công nghệ thông tin",
             "Khoa Chẩn đoán hình ảnh; Khoa Xét nghiệm", "Quý II/2024", "Quý III/2024",
             "Kết quả cận lâm sàng hiển thị trên bệnh án điện tử"],
            ["3", "Thanh toán viện phí không dùng tiền mặt tại các quầy thu", "Phòng Tài chính kế toán",
             "Phòng Công nghệ thông tin", "01/4/2024", "31/5/2024", "Trên 50% giao dịch không dùng tiền mặt"],
            ["4", "Tiếp đón người bệnh bằng căn cước công dân gắn chip, ứng dụng VNeID thay thẻ bảo hiểm y tế",
             "Phòng Kế hoạch tổng hợp", "Phòng Công nghệ thông tin; Khoa Khám bệnh", "Thường xuyên", None,
             "Người bệnh được tiếp đón bằng căn cước công dân"],
            ["III", "Nhóm nhiệm vụ 3: Nâng cao sự hài lòng của người bệnh"],
            ["1", "Khảo sát sự hài lòng của người bệnh nội trú, ngoại trú và nhân viên y tế",
             "Phòng Quản lý chất lượng", "Phòng Điều dưỡng; các khoa, phòng", "Hằng quý", None,
             "Báo cáo kết quả khảo sát"],
            ["2", "Triển khai đặt lịch khám bệnh trực tuyến trên Cổng thông tin điện tử của Bệnh viện",
             "Khoa Khám bệnh", "Phòng Công nghệ thông tin", "15/4/2024", "15/7/2024",
             "Chức năng đặt lịch khám trực tuyến"],
            ["3", "Tập huấn kỹ năng giao tiếp, ứng xử cho viên chức, người lao động", "Phòng Điều dưỡng",
             "Phòng Tổ chức cán bộ", "Tháng 6/2024", "Tháng 8/2024", "02 lớp tập huấn"],
        ],
        [1.3, 8.2, 3.8, 4.6, 2.4, 2.4, 4.0],
    )
    return Doc(
        issuer=[("SỞ Y TẾ AN GIANG", False), ("BỆNH VIỆN ĐA KHOA", True), ("TRUNG TÂM AN GIANG", True),
                ("-------", False)],
        number="Số: 415/KH-BVĐKTTAG",
        date_line="Long Xuyên, ngày 15 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Chuyển đổi số, ứng dụng công nghệ thông tin và nâng cao sự hài lòng",
               "của người bệnh năm 2024"],
        preamble=[
            "Căn cứ Thông tư số 54/2017/TT-BYT ngày 29/12/2017 của Bộ trưởng Bộ Y tế ban hành Bộ tiêu chí ứng dụng "
            "công nghệ thông tin tại các cơ sở khám bệnh, chữa bệnh;",
            "Căn cứ Thông tư số 46/2018/TT-BYT ngày 28/12/2018 của Bộ trưởng Bộ Y tế quy định hồ sơ bệnh án điện "
            "tử;",
            "Căn cứ Kế hoạch số 120/KH-SYT ngày 18/01/2024 của Sở Y tế về chuyển đổi số ngành y tế tỉnh An Giang "
            "năm 2024;",
            "Xét đề nghị của Trưởng phòng Công nghệ thông tin,",
            "Bệnh viện Đa khoa Trung tâm An Giang xây dựng Kế hoạch chuyển đổi số, ứng dụng công nghệ thông tin và "
            "nâng cao sự hài lòng của người bệnh năm 2024 như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Hoàn thành triển khai hồ sơ bệnh án điện tử theo lộ trình của Bộ Y tế; giảm thời gian chờ "
                  "khám, thủ tục hành chính cho người bệnh."),
            ("p", "- Nâng cao tỷ lệ hài lòng của người bệnh nội trú, ngoại trú đạt trên 95%."),
            ("h", "2. Yêu cầu"),
            ("p", "- Các khoa, phòng xác định chuyển đổi số là nhiệm vụ trọng tâm, thực hiện đúng tiến độ được giao."),
            ("p", "- Bảo đảm an toàn, bảo mật thông tin người bệnh trong quá trình triển khai."),
            ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
            ("p", "Nhiệm vụ cụ thể, khoa, phòng chủ trì, phối hợp và thời gian thực hiện tại Biểu kèm theo Kế hoạch "
                  "này."),
            ("h", "III. CHẾ ĐỘ BÁO CÁO"),
            ("table", reports),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Phòng Công nghệ thông tin"),
            ("p", "Là đầu mối tham mưu Giám đốc triển khai Kế hoạch; phối hợp với Phòng Tài chính kế toán lập dự "
                  "toán kinh phí thực hiện, trình Giám đốc trước ngày 31/3/2024."),
            ("h", "2. Trưởng các khoa, phòng"),
            ("p", "Phổ biến Kế hoạch đến viên chức, người lao động; phân công người phụ trách chuyển đổi số của khoa, "
                  "phòng và gửi danh sách về Phòng Công nghệ thông tin trước ngày 25/3/2024."),
        ],
        recipients=["- Sở Y tế (b/c);", "- Ban Giám đốc;", "- Các khoa, phòng;", "- Lưu: VT, CNTT."],
        authority=["GIÁM ĐỐC"],
        signer="Đặng Minh Khoa",
        annexes=[Annex("Biểu", "TỔNG HỢP NHIỆM VỤ CHUYỂN ĐỔI SỐ VÀ NÂNG CAO SỰ HÀI LÒNG CỦA NGƯỜI BỆNH NĂM 2024",
                       "(Kèm theo Kế hoạch số 415/KH-BVĐKTTAG ngày 15/3/2024 của Bệnh viện Đa khoa Trung tâm An "
                       "Giang)", tasks)],
    )


# ---------------------------------------------------------------- g05: HĐND huyện Chợ Gạo, giám sát chuyên đề


def g05() -> Doc:
    """Kế hoạch giám sát of the People's Council of Chợ Gạo district (Tiền Giang): targets by level, named
    at district level, a count and named units at commune level and a quota of the rest; a relative deadline
    counted from the plan's issue date; TM. THƯỜNG TRỰC HĐND / PHÓ CHỦ TỊCH."""
    return Doc(
        issuer=[("HỘI ĐỒNG NHÂN DÂN", True), ("HUYỆN CHỢ GẠO", True), ("-------", False)],
        number="Số: 21/KH-HĐND",
        date_line="Chợ Gạo, ngày 11 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Giám sát việc giải quyết thủ tục hành chính và thực hiện cơ chế một cửa,",
               "một cửa liên thông trên địa bàn huyện Chợ Gạo năm 2024"],
        preamble=[
            "Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân ngày 20 tháng 11 năm 2015;",
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một "
            "cửa, một cửa liên thông trong giải quyết thủ tục hành chính;",
            "Căn cứ Kế hoạch số 07/KH-HĐND ngày 15 tháng 01 năm 2024 của Thường trực Hội đồng nhân dân tỉnh Tiền "
            "Giang về giám sát chuyên đề năm 2024;",
            "Căn cứ Nghị quyết số 42/NQ-HĐND ngày 20 tháng 12 năm 2023 của Hội đồng nhân dân huyện về chương trình "
            "giám sát năm 2024 của Hội đồng nhân dân huyện;",
            "Thường trực Hội đồng nhân dân huyện ban hành Kế hoạch giám sát như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Đánh giá đúng thực trạng việc giải quyết thủ tục hành chính và thực hiện cơ chế một cửa, một "
                  "cửa liên thông tại các cơ quan, đơn vị, địa phương."),
            ("p", "- Kiến nghị cơ quan có thẩm quyền khắc phục hạn chế, xử lý vướng mắc, nâng cao chất lượng phục vụ "
                  "người dân, doanh nghiệp."),
            ("h", "2. Yêu cầu"),
            ("p", "- Giám sát đúng quy định của pháp luật, khách quan, không làm cản trở hoạt động bình thường của "
                  "cơ quan, đơn vị chịu sự giám sát."),
            ("p", "- Báo cáo kết quả giám sát phải đánh giá cụ thể, kiến nghị có địa chỉ và tính khả thi."),
            ("h", "II. NỘI DUNG GIÁM SÁT"),
            ("p", "1. Việc công bố, công khai thủ tục hành chính; tiếp nhận, giải quyết và trả kết quả hồ sơ."),
            ("p", "2. Tổ chức, hoạt động của Bộ phận Một cửa; việc số hóa hồ sơ, cung cấp dịch vụ công trực tuyến."),
            ("p", "3. Việc tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp về thủ tục hành chính."),
            ("h", "III. ĐỐI TƯỢNG, THỜI GIAN, PHƯƠNG PHÁP GIÁM SÁT"),
            ("h", "1. Đối tượng giám sát"),
            ("p", "a) Cấp huyện: Ủy ban nhân dân huyện; Phòng Tài nguyên và Môi trường; Phòng Tư pháp; Chi nhánh Văn "
                  "phòng Đăng ký đất đai huyện Chợ Gạo."),
            ("p", "b) Cấp xã: giám sát trực tiếp tại Ủy ban nhân dân thị trấn Chợ Gạo, Ủy ban nhân dân xã Bình "
                  "Phan và 02 đơn vị cấp xã do Đoàn giám sát chọn, thông báo trước 05 ngày; giám sát qua báo cáo đối với ít nhất 50% Ủy ban nhân dân cấp xã còn "
                  "lại."),
            ("h", "2. Thời gian giám sát"),
            ("p", "Tháng 4 và tháng 5 năm 2024 (lịch làm việc cụ thể do Đoàn giám sát thông báo)."),
            ("h", "3. Phương pháp giám sát"),
            ("p", "Nghiên cứu báo cáo của đơn vị chịu sự giám sát; làm việc trực tiếp, kiểm tra hồ sơ, sổ sách tại "
                  "Bộ phận Một cửa; lấy ý kiến người dân đến giao dịch."),
            ("h", "IV. THÀNH PHẦN ĐOÀN GIÁM SÁT"),
            ("p", "- Trưởng đoàn: Phó Chủ tịch Hội đồng nhân dân huyện."),
            ("p", "- Thành viên: đại diện Ban Pháp chế, Ban Kinh tế - Xã hội Hội đồng nhân dân huyện; mời đại diện "
                  "Ủy ban Mặt trận Tổ quốc Việt Nam huyện tham gia."),
            ("h", "V. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Các cơ quan, đơn vị chịu sự giám sát xây dựng báo cáo theo đề cương gửi kèm Kế hoạch này; gửi "
                  "báo cáo về Thường trực Hội đồng nhân dân huyện (qua Văn phòng HĐND và UBND huyện) trong thời hạn "
                  "15 ngày kể từ ngày ban hành Kế hoạch."),
            ("p", "2. Ban Pháp chế Hội đồng nhân dân huyện chủ trì, phối hợp với Ban Kinh tế - Xã hội Hội đồng nhân "
                  "dân huyện xây dựng đề cương báo cáo, tổng hợp kết quả giám sát; dự thảo báo cáo kết quả giám sát "
                  "chậm nhất 10 ngày sau khi kết thúc đợt giám sát."),
            ("p", "3. Văn phòng HĐND và UBND huyện bảo đảm điều kiện phục vụ hoạt động của Đoàn giám sát; bố trí "
                  "kinh phí theo quy định."),
            ("p", "4. Ủy ban nhân dân huyện chỉ đạo thực hiện các kiến nghị sau giám sát; báo cáo kết quả thực hiện về Thường trực Hội đồng nhân dân huyện "
                  "trước ngày 30/9/2024."),
        ],
        recipients=["- TT HĐND tỉnh (b/c);", "- TT Huyện ủy (b/c);", "- TT HĐND, UBND huyện;",
                    "- Ban Thường trực UBMTTQ VN huyện;", "- Các Ban HĐND huyện;",
                    "- Các cơ quan, đơn vị chịu sự giám sát;", "- Lưu: VT."],
        authority=["TM. THƯỜNG TRỰC HĐND", "PHÓ CHỦ TỊCH"],
        signer="Nguyễn Thị Bích Ngọc",
    )


# ---------------------------------------------------------------- web copies


def seed_portal(doc: Doc) -> str:
    """A district portal: site name, menu, breadcrumb, the post's title and date, the document with header
    cells one line each and blank lines between paragraphs, then "Tin liên quan" and the footer."""
    post = "Kế hoạch lãnh đạo, chỉ đạo đẩy mạnh cải cách hành chính, nâng cao Chỉ số hài lòng năm 2024"
    out = ["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỤC NAM", "TỈNH BẮC GIANG", "",
           "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ", "",
           "Trang chủ > Văn bản > Văn bản của Huyện ủy", "", post.upper(), "",
           "Cập nhật: 14/03/2024 15:20 | Lượt xem: 187", "",
           *[x for x, _ in doc.issuer], "", *[x for x, _ in doc.motto], "", doc.number, "", doc.date_line, "",
           doc.type_line, "", title_line(doc), ""]
    for text in [*doc.preamble, *[v for _, v in doc.body]]:
        out += [text, ""]
    out += ["Nơi nhận:", *doc.recipients, "", *sign_cell(doc.authority, doc.signer), "",
            "Tệp đính kèm: 45-KH-HU.pdf", "", "Tin liên quan", "",
            "- Kế hoạch số 44-KH/HU về kiểm tra, giám sát năm 2024 của Ban Thường vụ Huyện ủy (08/03/2024)",
            "- Thông báo kết luận của Ban Thường vụ Huyện ủy về công tác chuyển đổi số quý I (05/03/2024)",
            "- Chương trình công tác năm 2024 của Ban Chấp hành Đảng bộ huyện (12/01/2024)", "",
            "Bản quyền thuộc Ủy ban nhân dân huyện Lục Nam", "Địa chỉ: thị trấn Đồi Ngô, huyện Lục Nam, tỉnh Bắc Giang",
            "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    return "\n".join(out) + "\n"


def _pairs(left: list[str], right: list[str], width: int = 36) -> list[str]:
    """Two cells' lines side by side on one line each, as a copy from the PDF viewer gives them."""
    n = max(len(left), len(right))
    left, right = [*left, *[""] * (n - len(left))], [*right, *[""] * (n - len(right))]
    return [f"{a:<{width}} {b}".rstrip() if a else f"{'':<{width}} {b}".rstrip() for a, b in zip(left, right, strict=True)]


def seed_interleaved(doc: Doc) -> str:
    """A commune page whose copy of the text has the header cells interleaved line by line ("UBND HUYỆN
    NGHI LỘC   CỘNG HÒA …"), no blank lines, table rows as tab-separated cells, and the signature cell
    interleaved with Nơi nhận."""
    out = ["UBND XÃ NGHI PHONG - HUYỆN NGHI LỘC - TỈNH NGHỆ AN", "Trang chủ  Tin tức  Văn bản  Một cửa  Liên hệ",
           "Văn bản chỉ đạo điều hành", "Kế hoạch thực hiện CCHC gắn với chuyển đổi số năm 2024",
           "Ngày đăng: 04/03/2024 | Người đăng: Văn phòng UBND xã",
           *_pairs([x for x, _ in doc.issuer], [x for x, _ in doc.motto]),
           f"{doc.number:<36} {doc.date_line}", doc.type_line, title_line(doc), *doc.preamble]
    for kind, value in doc.body:
        if kind == "table":
            for cells in web_cells(value):
                out.append("\t".join(cells))
        else:
            out.append(value)
    out += _pairs(["Nơi nhận:", *doc.recipients], sign_cell(doc.authority, doc.signer), width=40)
    out += ["Văn bản đính kèm: KH 18 CCHC CDS 2024.pdf", "Các tin đã đưa:",
            "Thông báo lịch tiếp công dân tháng 3/2024 (01/03/2024)",
            "Kế hoạch tổ chức Ngày Chuyển đổi số xã Nghi Phong (26/02/2024)", "© UBND xã Nghi Phong"]
    return "\n".join(out) + "\n"


def seed_markdown(doc: Doc) -> str:
    """A Markdown conversion (a web clipper's: front matter with the source) that keeps the header and the
    signatures as pipe tables with <br> inside cells; the preamble in italics, bold headings."""
    def cell(lines, bold=True):
        return "<br>".join(f"**{x}**" if bold and b else x for x, b in lines if x.strip("-"))

    out = ["---", f'title: "Kế hoạch liên tịch {doc.number.removeprefix("Số: ")} - {title_line(doc)}"',
           "source: Cổng thông tin điện tử Sở Nội vụ tỉnh Bình Định - Văn bản chỉ đạo điều hành",
           "clipped: 2024-03-04", "---", "",
           f"| {cell(doc.issuer)} | {cell(doc.issuer2)} | {cell(doc.motto)} |", "|---|---|---|",
           f"| {doc.number} | | *{doc.date_line}* |", "", f"**{doc.type_line}**", "", f"**{title_line(doc)}**", ""]
    for i, text in enumerate(doc.preamble):
        out += [f"*{text}*" if i < len(doc.preamble) - 1 else text, ""]
    for kind, value in doc.body:
        out += [f"**{md_escape(value)}**" if kind == "h" else md_escape(value), ""]

    def sign(authority, signer):
        return "<br>".join([*[f"**{x}**" for x in authority], "", "", f"**{signer}**"])

    out += [f"| {sign(doc.authority2, doc.signer2)} | {sign(doc.authority, doc.signer)} |", "|---|---|", "",
            "***Nơi nhận:***", "", *doc.recipients, ""]
    return "\n".join(out)


def _grid(rows: list[list[str]], head: int) -> list[str]:
    """Rows drawn as a grid ("+---+" rules, "|" between cells, "+===+" under the header rows), cells padded
    to the widest in their column and never wrapped."""
    ncol = max(len(r) for r in rows)
    rows = [[*r, *[""] * (ncol - len(r))] for r in rows]
    widths = [max(len(r[c]) for r in rows) for c in range(ncol)]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    out = [rule]
    for i, r in enumerate(rows):
        out.append("|" + "|".join(f" {x:<{w}} " for x, w in zip(r, widths, strict=True)) + "|")
        out.append(rule.replace("-", "=") if i == head - 1 else rule)
    return out


def seed_gridtext(doc: Doc) -> str:
    """A hospital site whose text dump draws the header, the tables and the signature as grids."""
    out = ["BỆNH VIỆN ĐA KHOA TRUNG TÂM AN GIANG", "Tận tâm - Chuyên nghiệp - An toàn", "",
           "[Trang chủ] [Giới thiệu] [Tin tức] [Văn bản] [Cải cách hành chính] [Liên hệ]", "",
           "Văn bản >> Kế hoạch", "", "KẾ HOẠCH CHUYỂN ĐỔI SỐ VÀ NÂNG CAO SỰ HÀI LÒNG CỦA NGƯỜI BỆNH NĂM 2024",
           "15/03/2024 - 16:42", ""]
    out += _grid([[" ".join(x for x, _ in doc.issuer if x.strip("-")), " ".join(x for x, _ in doc.motto
                                                                             if x.strip("-"))],
                  [doc.number, doc.date_line]], 0)
    out += ["", doc.type_line, title_line(doc), ""]
    for text in doc.preamble:
        out += [text, ""]
    for kind, value in doc.body:
        if kind == "table":
            out += [*_grid(plain_grid(value), len(value.head)), ""]
        else:
            out += [value, ""]
    out += _grid([["Nơi nhận: " + " ".join(doc.recipients), " ".join(doc.authority) + " (Đã ký) " + doc.signer]],
                 0)
    for annex in doc.annexes:
        out += ["", annex.label, annex.title, annex.note, "", *_grid(plain_grid(annex.table), len(annex.table.head))]
    out += ["", "Tập tin đính kèm: 415-KH-BV.pdf", "", "Bài viết khác:",
            "* Thông báo lịch khám bệnh dịp lễ 30/4 - 1/5", "* Kế hoạch cải tiến chất lượng bệnh viện năm 2024", "",
            "Bệnh viện Đa khoa Trung tâm An Giang - Số 02 Lê Lợi, phường Mỹ Bình, thành phố Long Xuyên, An Giang"]
    return "\n".join(out) + "\n"


def seed_collapsed(doc: Doc) -> str:
    """A district council's page whose cells each collapsed to one line (the header's issuer cell, the
    motto cell, Nơi nhận with all its items, the signature cell), paragraphs one per line, no blank lines."""
    out = ["HỘI ĐỒNG NHÂN DÂN HUYỆN CHỢ GẠO", "Trang chủ / Hoạt động HĐND / Kế hoạch giám sát",
           "KẾ HOẠCH GIÁM SÁT VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2024", "Đăng lúc: 12/03/2024 08:05",
           " ".join(x for x, _ in doc.issuer), " ".join(x for x, _ in doc.motto), doc.number, doc.date_line,
           doc.type_line, title_line(doc), *doc.preamble, *[v for _, v in doc.body],
           "Nơi nhận: " + " ".join(doc.recipients), " ".join([*doc.authority, doc.signer]),
           "Tải về: KH 21-HĐND giam sat mot cua.pdf", "Văn bản cùng chuyên mục",
           "Nghị quyết về chương trình giám sát năm 2024 của HĐND huyện (22/12/2023)",
           "Báo cáo kết quả giám sát chuyên đề về giải phóng mặt bằng (15/11/2023)",
           "Trang thông tin điện tử Hội đồng nhân dân huyện Chợ Gạo, tỉnh Tiền Giang"]
    return "\n".join(out) + "\n"


DOCUMENTS = {
    "g01_kh_huyenuy_lucnam_2024": (g01, seed_portal),
    "g02_kh_xa_nghiphong_2024": (g02, seed_interleaved),
    "g03_khlt_snv_ldld_binhdinh_2024": (g03, seed_markdown),
    "g04_kh_benhvien_angiang_2024": (g04, seed_gridtext),
    "g05_kh_hdnd_chogao_2024": (g05, seed_collapsed),
}


def main() -> None:
    """Write seeds/, docx/ and pdf/ for every document of set G."""
    build(HERE, DOCUMENTS)


if __name__ == "__main__":
    main()
