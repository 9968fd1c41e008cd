"""Held-out set H: five plans written for the project and made the way sets E-G are made. Each document is
described once (header, title, preamble, numbered body, signature, annexes) and rendered

- as the web copy a site gives (`seeds/<stem>.txt`, site chrome included), each in the manner of one kind of
  site: a forum post quoting the plan with "> " on every line (h01), a document viewer's text layer with
  "Trang n/4" page ends and a running header on every page (h02), a department portal that capitalizes
  every word of headings and shows the annex as a responsive "Column: value" table (h03), a search engine's
  cached copy of a police portal with the cache banner and the annex in fixed-width columns (h04), the
  print view of a document management system with a metadata form and "•" bullets (h05);
- as the official Word file (`docx/<stem>.docx`: A4, a borderless header table, page numbers in the top
  margin from page 2, bordered tables with merged cells and header rows that repeat on every page, annexes
  on landscape pages) and the PDF LibreOffice makes from it (`pdf/<stem>.pdf`);
- for h04 also as an image-only scan of that PDF (`scanned/<stem>.pdf`: 200 dpi grey pages, slightly turned,
  the last page noisy), made the way set D's d03 was.

    .venv/bin/python corpus/heldout-h/make.py        # rewrites seeds/, docx/, pdf/ and scanned/ beside this script

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
    Look,
    Table,
    build,
    plain_grid,
    scan,
    sign_cell,
    title_line,
    web_cells,
)

LOOK = Look(widths=(6.6, 10.1), size=12)  # a wider issuer cell, the issuer in 12 pt and the date in 13

# ---------------------------------------------------------------- h01: UBND phường Võ Thị Sáu (Quận 3, TP.HCM)


def h01() -> Doc:
    """Kế hoạch of a ward of Hồ Chí Minh City: header "ỦY BAN NHÂN DÂN QUẬN 3 / ỦY BAN NHÂN DÂN / PHƯỜNG VÕ
    THỊ SÁU", date line "Quận 3, ngày …"; tasks as an "a) … b) …" list under "Nhiệm vụ cụ thể", each with
    "Chủ trì: …; phối hợp: …; thời gian: …" on the same line."""
    return Doc(
        issuer=[("ỦY BAN NHÂN DÂN QUẬN 3", False), ("ỦY BAN NHÂN DÂN", True), ("PHƯỜNG VÕ THỊ SÁU", True),
                ("-------", False)],
        number="Số: 57/KH-UBND",
        date_line="Quận 3, ngày 18 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Thực hiện công tác cải cách hành chính trên địa bàn phường năm 2024"],
        preamble=[
            "Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ về thực hiện thủ tục hành "
            "chính trên môi trường điện tử;",
            "Căn cứ Kế hoạch số 4385/KH-UBND ngày 29 tháng 12 năm 2023 của Ủy ban nhân dân Thành phố Hồ Chí Minh "
            "về cải cách hành chính năm 2024;",
            "Căn cứ Kế hoạch số 106/KH-UBND ngày 24 tháng 01 năm 2024 của Ủy ban nhân dân Quận 3 về thực hiện "
            "công tác cải cách hành chính năm 2024;",
            "Ủy ban nhân dân phường Võ Thị Sáu xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024 "
            "như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Nâng cao chất lượng tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận tiếp nhận và "
                  "trả kết quả phường; phấn đấu 100% hồ sơ được giải quyết đúng hạn."),
            ("p", "- Tăng tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn trình."),
            ("h", "2. Yêu cầu"),
            ("p", "- Xác định rõ nội dung, thời gian thực hiện và trách nhiệm của từng bộ phận, công chức."),
            ("p", "- Kết quả thực hiện cải cách hành chính là căn cứ đánh giá, xếp loại công chức cuối năm."),
            ("h", "II. NHIỆM VỤ"),
            ("h", "1. Nhiệm vụ chung"),
            ("p", "Tiếp tục quán triệt chủ trương của Đảng, chính sách của Nhà nước về cải cách hành chính; gắn cải "
                  "cách hành chính với xây dựng chính quyền đô thị."),
            ("h", "2. Nhiệm vụ cụ thể"),
            ("p", "a) Rà soát, cập nhật và niêm yết công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy "
                  "ban nhân dân phường. Chủ trì: Công chức Văn phòng - Thống kê; phối hợp: Công chức Tư pháp - Hộ "
                  "tịch; thời gian: trước ngày 31/3/2024."),
            ("p", "b) Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực thuộc lĩnh vực hộ tịch, "
                  "chứng thực. Chủ trì: Công chức Tư pháp - Hộ tịch; phối hợp: Bộ phận tiếp nhận và trả kết quả; "
                  "thời gian: từ tháng 4/2024 đến tháng 9/2024."),
            ("p", "c) Hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí không dùng tiền mặt. Chủ "
                  "trì: Tổ công nghệ số cộng đồng phường; phối hợp: Đoàn Thanh niên phường, Ban điều hành các khu "
                  "phố; thời gian: thường xuyên."),
            ("p", "d) Khảo sát, lấy ý kiến người dân về sự hài lòng đối với việc giải quyết thủ tục hành chính. Chủ "
                  "trì: Công chức Văn phòng - Thống kê; phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam phường; thời "
                  "gian: quý III/2024."),
            ("p", "đ) Cập nhật, làm sạch dữ liệu dân cư; hướng dẫn người dân kích hoạt tài khoản định danh điện tử "
                  "mức độ 2. Chủ trì: Công an phường; phối hợp: Ban điều hành các khu phố; thời gian: trước ngày "
                  "30/6/2024."),
            ("p", "e) Báo cáo kết quả thực hiện cải cách hành chính quý, 6 tháng, năm gửi Ủy ban nhân dân Quận 3 "
                  "(qua Phòng Nội vụ). Chủ trì: Công chức Văn phòng - Thống kê; phối hợp: các bộ phận chuyên môn; "
                  "thời gian: trước ngày 15 của tháng cuối quý."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Các bộ phận, công chức chuyên môn căn cứ nhiệm vụ được phân công chủ động triển khai thực "
                  "hiện; báo cáo kết quả về Ủy ban nhân dân phường (qua Công chức Văn phòng - Thống kê) trước ngày "
                  "05/12/2024."),
            ("p", "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể phường phối hợp tuyên truyền, "
                  "vận động Nhân dân tham gia giám sát việc thực hiện cải cách hành chính trên địa bàn phường."),
            ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các bộ phận kịp thời báo cáo Chủ tịch Ủy "
                  "ban nhân dân phường để xem xét, chỉ đạo./."),
        ],
        recipients=["- UBND Quận 3 (b/c);", "- Phòng Nội vụ Quận 3;", "- Đảng ủy phường (b/c);",
                    "- UBMTTQ VN phường;", "- Các bộ phận chuyên môn;", "- Ban điều hành các khu phố;", "- Lưu: VT."],
        authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Lê Thị Ngọc Hân",
    )


# ---------------------------------------------------------------- h02: Ban Quản lý Khu kinh tế Quảng Ninh


def h02() -> Doc:
    """Kế hoạch of the Ban Quản lý Khu kinh tế tỉnh Quảng Ninh: tasks as numbered items under "Nhóm giải pháp"
    headings, each ending with its assignment in brackets ("(Phòng X chủ trì, phối hợp với Y; hoàn thành
    trong Quý II/2024)"); KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN."""
    return Doc(
        issuer=[("UBND TỈNH QUẢNG NINH", False), ("BAN QUẢN LÝ KHU KINH TẾ", True), ("-------", False)],
        number="Số: 1186/KH-BQLKKT",
        date_line="Quảng Ninh, ngày 05 tháng 4 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Cải thiện môi trường đầu tư, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
               "tại các khu kinh tế, khu công nghiệp năm 2024"],
        preamble=[
            "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp "
            "và khu kinh tế;",
            "Căn cứ Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải "
            "thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024;",
            "Căn cứ Kế hoạch số 48/KH-UBND ngày 26/02/2024 của Ủy ban nhân dân tỉnh Quảng Ninh về nâng cao Chỉ số "
            "năng lực cạnh tranh cấp tỉnh năm 2024;",
            "Ban Quản lý Khu kinh tế tỉnh ban hành Kế hoạch thực hiện như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Tạo chuyển biến rõ nét về chất lượng phục vụ nhà đầu tư, doanh nghiệp trong các khu kinh tế, "
                  "khu công nghiệp; góp phần giữ vững vị trí của tỉnh trong nhóm dẫn đầu cả nước về Chỉ số PCI."),
            ("p", "- Giảm thời gian, chi phí tuân thủ thủ tục hành chính của nhà đầu tư, doanh nghiệp."),
            ("h", "2. Yêu cầu"),
            ("p", "- Nhiệm vụ được giao phải gắn với trách nhiệm của người đứng đầu các phòng, đơn vị thuộc Ban."),
            ("p", "- Thực hiện đồng bộ, thường xuyên; kết quả thực hiện được đánh giá hằng quý."),
            ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
            ("h", "1. Nhóm giải pháp về cải cách thủ tục hành chính"),
            ("p", "1.1. Rà soát, đề xuất cắt giảm thời gian giải quyết đối với thủ tục hành chính lĩnh vực đầu tư, "
                  "xây dựng trong khu kinh tế, khu công nghiệp (Phòng Quản lý đầu tư chủ trì, phối hợp với Phòng "
                  "Quy hoạch và Xây dựng; hoàn thành trong Quý II/2024)."),
            ("p", "1.2. Tiếp nhận, trả kết quả thủ tục hành chính qua Trung tâm Phục vụ hành chính công tỉnh và "
                  "dịch vụ bưu chính công ích (Văn phòng Ban chủ trì, phối hợp với các phòng chuyên môn; thực hiện "
                  "thường xuyên)."),
            ("h", "2. Nhóm giải pháp về hỗ trợ nhà đầu tư, doanh nghiệp"),
            ("p", "2.1. Tổ chức đối thoại với doanh nghiệp trong khu kinh tế, khu công nghiệp về khó khăn, vướng "
                  "mắc trong thủ tục đầu tư, đất đai, môi trường (Phòng Doanh nghiệp và Lao động chủ trì, phối hợp "
                  "với Sở Tài nguyên và Môi trường, Sở Lao động - Thương binh và Xã hội; hoàn thành trong tháng "
                  "9/2024)."),
            ("p", "2.2. Cập nhật thông tin quy hoạch, quỹ đất, hạ tầng khu công nghiệp trên Cổng thông tin điện tử "
                  "của Ban bằng tiếng Việt và tiếng Anh (Văn phòng Ban chủ trì, phối hợp với Phòng Quy hoạch và Xây "
                  "dựng; hằng quý)."),
            ("p", "2.3. Xây dựng bộ tiêu chí đánh giá mức độ hài lòng của nhà đầu tư đối với Ban Quản lý Khu kinh "
                  "tế (Phòng Doanh nghiệp và Lao động chủ trì; hoàn thành trước ngày 30/10/2024)."),
            ("h", "3. Nhóm giải pháp về chuyển đổi số"),
            ("p", "3.1. Xây dựng cơ sở dữ liệu về dự án đầu tư trong khu kinh tế, khu công nghiệp, kết nối với Hệ "
                  "thống thông tin quốc gia về đầu tư (Phòng Quản lý đầu tư chủ trì, phối hợp với Sở Kế hoạch và "
                  "Đầu tư; từ tháng 5/2024 đến tháng 11/2024)."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Các phòng, đơn vị thuộc Ban căn cứ nhiệm vụ được giao chủ động triển khai; báo cáo kết quả "
                  "thực hiện (qua Văn phòng Ban) trước ngày 15 tháng 6 năm 2024 (báo cáo 6 tháng) và trước ngày 15 "
                  "tháng 11 năm 2024 (báo cáo năm)."),
            ("p", "2. Văn phòng Ban theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; tham mưu Trưởng ban báo "
                  "cáo Ủy ban nhân dân tỉnh trước ngày 25 tháng 11 năm 2024."),
            ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo Trưởng ban (qua "
                  "Văn phòng Ban) để xem xét, giải quyết./."),
        ],
        recipients=["- UBND tỉnh (b/c);", "- Sở Kế hoạch và Đầu tư;", "- Trưởng ban, các Phó Trưởng ban;",
                    "- Các phòng, đơn vị thuộc Ban;", "- Lưu: VT, VP."],
        authority=["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"],
        signer="Vũ Thị Thanh Hương",
    )


# ---------------------------------------------------------------- h03: Sở Kế hoạch và Đầu tư Khánh Hòa


def h03() -> Doc:
    """Kế hoạch of Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa: an annex "PHỤ LỤC" whose task table has a column
    "Chỉ tiêu/Kết quả cần đạt" and dues "Quý IV/2024", "trước 15/12/2024", "năm 2024 - 2025"; duties per unit
    heading in "Tổ chức thực hiện"."""
    tasks = Table(
        [["STT", "Nhiệm vụ", "Chỉ tiêu/Kết quả cần đạt", "Đơn vị chủ trì", "Đơn vị phối hợp",
          "Thời gian hoàn thành"]],
        [
            ["I", "CẢI CÁCH THỂ CHẾ"],
            ["1", "Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Sở", "100% văn bản được rà soát",
             "Thanh tra Sở", "Các phòng chuyên môn", "Quý IV/2024"],
            ["2", "Tham mưu Ủy ban nhân dân tỉnh ban hành quy định phân cấp quản lý dự án đầu tư công",
             "Quyết định của Ủy ban nhân dân tỉnh được ban hành", "Phòng Đấu thầu, thẩm định và giám sát đầu tư",
             "Văn phòng Sở", "trước 15/12/2024"],
            ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"],
            ["1", "Công bố, cập nhật danh mục thủ tục hành chính lĩnh vực đầu tư, doanh nghiệp",
             "100% thủ tục hành chính được công bố, công khai đúng hạn", "Văn phòng Sở", "Các phòng chuyên môn",
             "Thường xuyên"],
            ["2", "Đẩy mạnh đăng ký doanh nghiệp qua mạng điện tử", "Tỷ lệ hồ sơ đăng ký qua mạng đạt trên 95%",
             "Phòng Đăng ký kinh doanh", "", "Năm 2024"],
            ["3", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
             "100% kết quả giải quyết thủ tục hành chính được số hóa", "Phòng Đăng ký kinh doanh", "Văn phòng Sở",
             "Hằng quý"],
            ["III", "CHUYỂN ĐỔI SỐ"],
            ["1", "Xây dựng cơ sở dữ liệu về đầu tư công của tỉnh, kết nối với hệ thống của Bộ Kế hoạch và Đầu tư",
             "Cơ sở dữ liệu được vận hành", "Phòng Tổng hợp - Quy hoạch",
             "Văn phòng Sở; Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp", "năm 2024 - 2025"],
            ["2", "Ký số, gửi, nhận văn bản điện tử", "100% văn bản đi được ký số (trừ văn bản mật)",
             "Văn phòng Sở", "Các phòng, đơn vị thuộc Sở", "Tháng 6/2024"],
        ],
        [1.3, 7.4, 5.6, 4.2, 4.4, 3.4],
    )
    return Doc(
        issuer=[("UBND TỈNH KHÁNH HÒA", False), ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", True), ("-------", False)],
        number="Số: 845/KH-SKHĐT",
        date_line="Khánh Hòa, ngày 22 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Cải cách hành chính năm 2024 của Sở Kế hoạch và Đầu tư"],
        preamble=[
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
            "hành chính nhà nước giai đoạn 2021 - 2030;",
            "Căn cứ Kế hoạch số 1020/KH-UBND ngày 02/02/2024 của Ủy ban nhân dân tỉnh Khánh Hòa về cải cách hành "
            "chính nhà nước năm 2024;",
            "Sở Kế hoạch và Đầu tư ban hành Kế hoạch cải cách hành chính năm 2024 như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Cụ thể hóa các nhiệm vụ cải cách hành chính của tỉnh năm 2024 thuộc lĩnh vực kế hoạch và đầu "
                  "tư."),
            ("p", "- Góp phần cải thiện Chỉ số cải cách hành chính và Chỉ số năng lực cạnh tranh cấp tỉnh."),
            ("h", "2. Yêu cầu"),
            ("p", "- Nhiệm vụ có chỉ tiêu, kết quả cần đạt, đơn vị chủ trì và thời hạn hoàn thành cụ thể."),
            ("p", "- Các phòng, đơn vị thực hiện nghiêm túc, đúng tiến độ; báo cáo đầy đủ, kịp thời."),
            ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
            ("p", "Các nhiệm vụ cải cách hành chính năm 2024 của Sở được phân công cụ thể tại Phụ lục kèm theo Kế "
                  "hoạch này."),
            ("h", "III. KINH PHÍ THỰC HIỆN"),
            ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước giao cho Sở năm 2024."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Văn phòng Sở"),
            ("p", "Theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo cải cách hành chính "
                  "quý, 6 tháng, năm gửi Sở Nội vụ trước ngày 10 của tháng cuối quý."),
            ("h", "2. Các phòng, đơn vị thuộc Sở"),
            ("p", "Triển khai các nhiệm vụ được phân công tại Phụ lục; gửi báo cáo kết quả về Văn phòng Sở trước "
                  "ngày 05 của tháng cuối quý."),
        ],
        recipients=["- Sở Nội vụ;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."],
        authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer="Trần Quang Thuận",
        annexes=[Annex("PHỤ LỤC", "NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                       "(Kèm theo Kế hoạch số 845/KH-SKHĐT ngày 22/3/2024 của Sở Kế hoạch và Đầu tư)", tasks)],
    )


# ---------------------------------------------------------------- h04: Công an tỉnh Thái Bình, kiểm tra


def h04() -> Doc:
    """Kế hoạch kiểm tra of Công an tỉnh Thái Bình: a number with a division code (418/KH-CAT-PC06), a
    signer with a military rank ("Đại tá …"), and a "PHỤ LỤC" listing the inspected units as a table
    grouped by district."""
    units = Table(
        [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Ghi chú"]],
        [
            ["I", "Thành phố Thái Bình"],
            ["1", "Công an thành phố Thái Bình", "16/4/2024", ""],
            ["2", "Công an phường Trần Lãm", "17/4/2024", ""],
            ["3", "Công an phường Kỳ Bá", "18/4/2024", ""],
            ["II", "Huyện Hưng Hà"],
            ["4", "Công an huyện Hưng Hà", "07/5/2024", ""],
            ["5", "Công an thị trấn Hưng Hà", "08/5/2024", ""],
            ["6", "Công an thị trấn Hưng Nhân", "09/5/2024", ""],
            ["III", "Huyện Quỳnh Phụ"],
            ["7", "Công an huyện Quỳnh Phụ", "21/5/2024", ""],
            ["8", "Công an thị trấn Quỳnh Côi", "22/5/2024", ""],
            ["9", "Công an thị trấn An Bài", "23/5/2024", ""],
        ],
        [1.5, 10.0, 5.0, 6.5],
    )
    return Doc(
        issuer=[("CÔNG AN TỈNH THÁI BÌNH", True), ("-------", False)],
        number="Số: 418/KH-CAT-PC06",
        date_line="Thái Bình, ngày 08 tháng 4 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Kiểm tra công tác cải cách hành chính, giải quyết thủ tục hành chính",
               "về cư trú, căn cước trong Công an tỉnh năm 2024"],
        preamble=[
            "Căn cứ Luật Cư trú số 68/2020/QH14 ngày 13/11/2020;",
            "Căn cứ Luật Căn cước số 26/2023/QH15 ngày 27/11/2023;",
            "Căn cứ Kế hoạch số 56/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh Thái Bình về kiểm tra cải cách "
            "hành chính năm 2024;",
            "Công an tỉnh xây dựng Kế hoạch kiểm tra như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Đánh giá đúng thực trạng công tác cải cách hành chính, giải quyết thủ tục hành chính về cư trú, "
                  "căn cước tại Công an các đơn vị, địa phương."),
            ("p", "- Kịp thời chấn chỉnh, xử lý tồn tại, hạn chế; biểu dương đơn vị làm tốt."),
            ("h", "2. Yêu cầu"),
            ("p", "- Kiểm tra đúng nội dung, thời gian; không gây phiền hà, ảnh hưởng đến hoạt động của đơn vị được "
                  "kiểm tra."),
            ("p", "- Kết luận kiểm tra rõ ưu điểm, hạn chế và trách nhiệm của tập thể, cá nhân."),
            ("h", "II. NỘI DUNG KIỂM TRA"),
            ("p", "1. Kiểm tra việc niêm yết, công khai thủ tục hành chính tại nơi tiếp nhận hồ sơ."),
            ("p", "2. Kiểm tra việc tiếp nhận, giải quyết hồ sơ đăng ký cư trú, cấp thẻ căn cước trên môi trường điện "
                  "tử."),
            ("p", "3. Kiểm tra việc chấp hành điều lệnh, lề lối làm việc, tác phong, thái độ của cán bộ, chiến sĩ khi "
                  "giải quyết công việc của Nhân dân."),
            ("h", "III. ĐỐI TƯỢNG, THỜI GIAN, HÌNH THỨC KIỂM TRA"),
            ("p", "1. Đối tượng: Công an 03 huyện, thành phố và 06 Công an phường, thị trấn (danh sách tại Phụ lục "
                  "kèm theo)."),
            ("p", "2. Thời gian: từ ngày 15/4/2024 đến ngày 31/5/2024."),
            ("p", "3. Hình thức: kiểm tra trực tiếp tại đơn vị; mỗi đơn vị kiểm tra không quá 01 ngày."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Phòng Cảnh sát quản lý hành chính về trật tự xã hội chủ trì, phối hợp với Phòng Tham mưu xây "
                  "dựng đề cương, thành lập Đoàn kiểm tra; thông báo lịch kiểm tra đến các đơn vị trước ngày "
                  "12/4/2024."),
            ("p", "2. Công an các đơn vị được kiểm tra tự kiểm tra, xây dựng báo cáo theo đề cương, gửi Đoàn kiểm "
                  "tra chậm nhất 03 ngày trước ngày kiểm tra."),
            ("p", "3. Phòng Tham mưu phối hợp với Phòng Cảnh sát quản lý hành chính về trật tự xã hội tổng hợp kết "
                  "quả kiểm tra, báo cáo Giám đốc Công an tỉnh trước ngày 15/6/2024."),
            ("p", "4. Phòng Hậu cần bảo đảm phương tiện, kinh phí phục vụ Đoàn kiểm tra."),
        ],
        recipients=["- Đồng chí Giám đốc (b/c);", "- UBND tỉnh (qua Sở Nội vụ);", "- Các đơn vị được kiểm tra;",
                    "- Lưu: VT, PC06."],
        authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer="Đại tá Phạm Văn Thắng",
        annexes=[Annex("PHỤ LỤC", "DANH SÁCH ĐƠN VỊ ĐƯỢC KIỂM TRA",
                       "(Kèm theo Kế hoạch số 418/KH-CAT-PC06 ngày 08/4/2024 của Công an tỉnh)", units)],
    )


# ---------------------------------------------------------------- h05: Văn phòng UBND tỉnh Phú Yên


def h05() -> Doc:
    """Kế hoạch of the Văn phòng UBND tỉnh Phú Yên (header "UBND TỈNH PHÚ YÊN / VĂN PHÒNG"), issued in
    December for the next year: an inspection of two Sở, two districts and a count of communes; dash duties
    under unit headings; KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG."""
    return Doc(
        issuer=[("UBND TỈNH PHÚ YÊN", False), ("VĂN PHÒNG", True), ("-------", False)],
        number="Số: 39/KH-VP",
        date_line="Phú Yên, ngày 27 tháng 12 năm 2023",
        type_line="KẾ HOẠCH",
        title=["Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa,",
               "một cửa liên thông năm 2024"],
        preamble=[
            "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành "
            "chính;",
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
            "một cửa liên thông trong giải quyết thủ tục hành chính;",
            "Căn cứ Quyết định số 2250/QĐ-UBND ngày 15 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch "
            "kiểm soát thủ tục hành chính năm 2024;",
            "Theo chức năng, nhiệm vụ được giao, Văn phòng Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Bảo đảm thủ tục hành chính được công bố, công khai kịp thời, đầy đủ; giải quyết đúng quy định."),
            ("p", "- Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các "
                  "cấp."),
            ("h", "2. Yêu cầu"),
            ("p", "- Bám sát nhiệm vụ Ủy ban nhân dân tỉnh giao; phân công rõ phòng, đơn vị chủ trì."),
            ("p", "- Việc kiểm tra bảo đảm thiết thực, không trùng lặp với các đoàn kiểm tra khác."),
            ("h", "II. KIỂM TRA CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH"),
            ("p", "1. Nội dung: kiểm tra việc công bố, công khai thủ tục hành chính; việc tiếp nhận, giải quyết hồ "
                  "sơ thủ tục hành chính; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
            ("p", "2. Đối tượng: Sở Xây dựng, Sở Giao thông vận tải, Ủy ban nhân dân thị xã Sông Cầu, Ủy ban nhân dân "
                  "huyện Tuy An và 04 Ủy ban nhân dân cấp xã thuộc thị xã, huyện được kiểm tra."),
            ("p", "3. Thời gian: Quý II và Quý III năm 2024."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Phòng Kiểm soát thủ tục hành chính"),
            ("p", "- Tham mưu Chủ tịch Ủy ban nhân dân tỉnh công bố danh mục thủ tục hành chính trong thời hạn 05 ngày "
                  "làm việc kể từ ngày nhận được dự thảo Quyết định công bố của các sở, ngành."),
            ("p", "- Chủ trì, phối hợp với Sở Thông tin và Truyền thông theo dõi, đánh giá chất lượng giải quyết thủ "
                  "tục hành chính theo Bộ chỉ số phục vụ người dân, doanh nghiệp; báo cáo Ủy ban nhân dân tỉnh trước "
                  "ngày 20 của tháng cuối quý."),
            ("p", "- Xây dựng kế hoạch chi tiết, thành lập Đoàn kiểm tra; hoàn thành trước ngày 31/3/2024."),
            ("h", "2. Trung tâm Phục vụ hành chính công tỉnh"),
            ("p", "- Tiếp nhận, giải quyết hồ sơ thủ tục hành chính của các sở, ngành tại Trung tâm; bảo đảm 100% hồ "
                  "sơ được cập nhật trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh."),
            ("p", "- Phối hợp với Bưu điện tỉnh bố trí nhân viên hỗ trợ người dân thực hiện dịch vụ công trực tuyến "
                  "tại Trung tâm, hoàn thành trong quý II/2024."),
            ("h", "3. Phòng Quản trị - Tài vụ"),
            ("p", "- Bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách được giao năm 2024."),
        ],
        recipients=["- Cục Kiểm soát TTHC - VPCP (b/c);", "- Chủ tịch, các PCT UBND tỉnh (b/c);",
                    "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Chánh, các Phó CVP;",
                    "- Lưu: VT, KSTT."],
        authority=["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
        signer="Huỳnh Ngọc Thạch",
    )


# ---------------------------------------------------------------- web copies


def _lines(doc: Doc, table, bullet: str = "- ") -> list[str]:
    """The document's text one paragraph a line, header cells one line each (rules left out), tables
    rendered by `table` (a function of a Table giving lines), "- " items starting with `bullet`."""
    def item(text: str) -> str:
        return bullet + text[2:] if text.startswith("- ") else text

    out = [x for x, _ in doc.issuer if x.strip("-*")]
    out += [x for x, _ in doc.motto if x.strip("-")]
    out += [doc.number, doc.date_line, doc.type_line, *doc.title, *doc.preamble]
    for kind, value in doc.body:
        out += table(value) if kind == "table" else [item(value)]
    out += ["Nơi nhận:", *[item(x) for x in doc.recipients], *sign_cell(doc.authority, doc.signer)]
    for annex in doc.annexes:
        out += [annex.label, annex.title, annex.note, *table(annex.table)]
    return out


def _tabbed(table: Table) -> list[str]:
    """Table rows with tabs between cells."""
    return ["\t".join(cells) for cells in web_cells(table)]


def seed_quoted(doc: Doc) -> str:
    """A forum thread where a member pastes the plan as a quotation: every line of it prefixed by "> " (an
    empty quoted line "> " between paragraphs), the member's words above and a reply below."""
    quoted = []
    for line in _lines(doc, _tabbed):
        quoted += [f"> {line}" if line else ">", ">"]
    out = ["DIỄN ĐÀN CÁN BỘ, CÔNG CHỨC CƠ SỞ", "Trang chủ › Diễn đàn › Cải cách hành chính › Trao đổi nghiệp vụ", "",
           "Chủ đề: Xin mẫu kế hoạch CCHC cấp phường năm 2024", "",
           "#3  ngochan.vts  |  Thành viên tích cực  |  Bài viết: 214  |  20/03/2024 21:47", "",
           "Chào bạn, mình gửi kế hoạch bên phường mình (đã ban hành) để bạn tham khảo nhé:", "",
           *quoted[:-1], "",
           "Bạn lưu ý phần nhiệm vụ cụ thể phải ghi rõ người chủ trì, thời gian để cuối năm chấm điểm.", "",
           "#4  tuanlinh_hocmon  |  Thành viên  |  Bài viết: 37  |  21/03/2024 07:12", "",
           "Cảm ơn chị nhiều, kế hoạch rất chi tiết ạ.", "",
           "Trả lời  |  Trích dẫn  |  Báo cáo vi phạm", "",
           "Diễn đàn hoạt động theo nguyên tắc trao đổi nghiệp vụ, không thay thế văn bản chính thức."]
    return "\n".join(out) + "\n"


def seed_pages(doc: Doc) -> str:
    """A document viewer's text layer: four pages, each ended by "Trang n/4", pages 2-4 opening with the
    page number and a running header that repeats the plan's number and issuer."""
    lines = _lines(doc, _tabbed)
    n = 4
    total = sum(len(x) + 60 for x in lines)
    pages, done = [[] for _ in range(n)], 0
    for line in lines:
        pages[min(n - 1, done * n // total)].append(line)
        done += len(line) + 60
    running = "BAN QUẢN LÝ KHU KINH TẾ TỈNH QUẢNG NINH - Kế hoạch số 1186/KH-BQLKKT ngày 05/4/2024"
    out = ["Trình xem văn bản - Ban Quản lý Khu kinh tế tỉnh Quảng Ninh",
           "Tệp: 1186-KH-BQLKKT-signed.pdf | 4 trang | 318 KB      [Tải về]  [In]  [Toàn màn hình]", ""]
    for i, page in enumerate(pages, 1):
        if i > 1:
            out += [str(i), running, ""]
        out += [*page, "", f"Trang {i}/{n}", "", "────────────────────────────────────────", ""]
    out += ["Văn bản này đã được ký số bởi: BAN QUẢN LÝ KHU KINH TẾ TỈNH QUẢNG NINH",
            "Thời gian ký: 05/04/2024 16:31:08 +07:00"]
    return "\n".join(out) + "\n"


ROMAN = {"I", "II", "III", "IV", "V", "VI"}


def _title_case(text: str) -> str:
    """A heading as the site styles it: every word capitalized, the rest lower case (numbers and Roman
    numerals kept)."""
    words = []
    for w in text.split(" "):
        core = w.rstrip(".,:")
        if core in ROMAN or not core or core[0].isdigit():
            words.append(w)
        else:
            words.append(w[0].upper() + w[1:].lower())
    return " ".join(words)


def _labelled(table: Table) -> list[str]:
    """A responsive table: each row a block of "Column: value" lines, a group row one line, blank lines
    between rows."""
    grid = plain_grid(table)
    labels = grid[0]
    out = []
    for row, raw in zip(grid[len(table.head):], table.grid()[len(table.head):], strict=True):
        if raw[2] is None:
            out += [f"{row[0]}. {row[1]}", ""]
            continue
        out += [f"{label}: {value}".rstrip() for label, value in zip(labels, row, strict=True)]
        out.append("")
    return out


def seed_titlecase(doc: Doc) -> str:
    """A department portal whose style capitalizes every word of headings (type line, title, section and
    unit headings, annex label and title), keeping paragraphs as written; the annex table shown as a
    responsive table (one "Column: value" line per cell)."""
    out = ["SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH KHÁNH HÒA", "Cổng Thông Tin Điện Tử", "",
           "Trang Chủ | Giới Thiệu | Tin Tức | Văn Bản | Thủ Tục Hành Chính | Xúc Tiến Đầu Tư", "",
           "Văn Bản Chỉ Đạo Điều Hành", "", "Kế Hoạch Cải Cách Hành Chính Năm 2024 Của Sở", "",
           "Ngày Đăng: 25/03/2024 | Lượt Xem: 96", "",
           *[x for x, _ in doc.issuer if x.strip("-")], *[x for x, _ in doc.motto if x.strip("-")], "",
           doc.number, doc.date_line, "", _title_case(doc.type_line), _title_case(title_line(doc)), ""]
    for text in doc.preamble:
        out += [text, ""]
    for kind, value in doc.body:
        out += [_title_case(value) if kind == "h" else value, ""]
    out += ["Nơi Nhận:", *doc.recipients, "", *sign_cell(doc.authority, doc.signer), ""]
    for annex in doc.annexes:
        out += [_title_case(annex.label), _title_case(annex.title), annex.note, "", *_labelled(annex.table)]
    out += ["Tệp Đính Kèm: 845-KH-SKHDT.pdf", "", "Các Văn Bản Khác:",
            "Thông báo tuyển dụng viên chức Trung tâm Xúc tiến đầu tư năm 2024",
            "Kế hoạch kiểm tra công tác đấu thầu năm 2024", "",
            "Bản quyền © Sở Kế hoạch và Đầu tư tỉnh Khánh Hòa"]
    return "\n".join(out) + "\n"


def _columns(table: Table) -> list[str]:
    """A table set in fixed-width columns (two spaces at least between cells, no rules), a group row's
    title after its numeral."""
    rows = plain_grid(table)
    widths = [max(len(r[c]) for r in rows) for c in range(table.ncols)]
    out = []
    for i, (row, raw) in enumerate(zip(rows, table.grid(), strict=True)):
        if i >= len(table.head) and raw[2] is None:
            out.append(f"{row[0]:<{widths[0]}}  {row[1]}")
            continue
        out.append("  ".join(f"{x:<{w}}" for x, w in zip(row, widths, strict=True)).rstrip())
    return out


def seed_cache(doc: Doc) -> str:
    """A search engine's cached copy: the cache banner, then the police portal's page (menu, breadcrumb,
    post title and date), header cells one line each, blank lines, the annex table in fixed-width
    columns."""
    out = ["Đây là bản lưu trong bộ nhớ cache của https://congan.thaibinh.gov.vn/van-ban-chi-dao/ke-hoach-kiem-"
           "tra-cai-cach-hanh-chinh-nam-2024. Đây là ảnh chụp nhanh của trang vào lúc 10 thg 4, 2024 02:15:37 GMT.",
           "Trang hiện tại có thể đã thay đổi trong thời gian chờ đợi. Tìm hiểu thêm.",
           "Phiên bản đầy đủ    Phiên bản chỉ có văn bản    Xem nguồn",
           "Mẹo: Để tìm cụm từ tìm kiếm của bạn trên trang này một cách nhanh chóng, hãy nhấn Ctrl+F hoặc ⌘-F (Mac).",
           "", "CÔNG AN TỈNH THÁI BÌNH", "Vì nước quên thân, vì dân phục vụ", "",
           "Trang chủ  Giới thiệu  Tin tức  Văn bản chỉ đạo  Dịch vụ công  Hỏi đáp", "",
           "Trang chủ / Văn bản chỉ đạo", "",
           "Kế hoạch kiểm tra công tác cải cách hành chính, giải quyết TTHC về cư trú, căn cước năm 2024", "",
           "09/04/2024 | Phòng PC06", ""]
    for line in _lines(doc, _columns):
        out += [line, ""]
    out += ["Chia sẻ: Facebook | Zalo | In trang", "", "Tin cùng chuyên mục",
            "- Thông báo lịch tiếp công dân của Giám đốc Công an tỉnh tháng 4/2024",
            "- Hướng dẫn thủ tục đăng ký thường trú trên Cổng Dịch vụ công", "",
            "Bản quyền thuộc Công an tỉnh Thái Bình"]
    return "\n".join(out) + "\n"


def seed_eoffice(doc: Doc) -> str:
    """A document system's print view: a form of metadata (number, date, type, issuing body, signer, a
    shortened trích yếu), then the text with every "- " item turned into a "•" bullet, header cells one
    line each, no blank lines."""
    out = ["HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH - TỈNH PHÚ YÊN", "In văn bản   |   Đóng cửa sổ",
           "THÔNG TIN VĂN BẢN", "Số/Ký hiệu: 39/KH-VP", "Ngày ban hành: 27/12/2023", "Loại văn bản: Kế hoạch",
           "Cơ quan ban hành: Văn phòng UBND tỉnh", "Người ký: Huỳnh Ngọc Thạch",
           "Trích yếu: KH kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông năm 2024",
           "Độ khẩn: Thường      Độ mật: Thường", "Sổ văn bản: Văn bản đi 2023", "NỘI DUNG VĂN BẢN",
           *_lines(doc, _tabbed, bullet="• "),
           "Tệp đính kèm: 39-KH-VP_signed.pdf (đã ký số)", "Người in: chuyenvien.kstt - 03/01/2024 08:20"]
    return "\n".join(out) + "\n"


DOCUMENTS = {
    "h01_kh_phuong_vothisau_2024": (h01, seed_quoted),
    "h02_kh_bqlkkt_quangninh_2024": (h02, seed_pages),
    "h03_kh_skhdt_khanhhoa_2024": (h03, seed_titlecase),
    "h04_kh_congan_thaibinh_2024": (h04, seed_cache),
    "h05_kh_vpubnd_phuyen_2024": (h05, seed_eoffice),
}
SCANNED = ("h04_kh_congan_thaibinh_2024",)  # also given as an image-only scan


def main() -> None:
    """Write seeds/, docx/ and pdf/ for every document of set H, and scanned/ for those in SCANNED."""
    build(HERE, DOCUMENTS, LOOK)
    (HERE / "scanned").mkdir(exist_ok=True)
    for stem in SCANNED:
        pdf = (HERE / "pdf" / f"{stem}.pdf").read_bytes()
        # as set D's d03, but turned 0.4-0.9 degree and the last page the noisy one
        (HERE / "scanned" / f"{stem}.pdf").write_bytes(scan(pdf, seed=11, turn=(0.4, 0.9), noisy=-1, sigma=12,
                                                            specks=0.0012, blur=0.5))
        print(stem, "scanned")


if __name__ == "__main__":
    main()
