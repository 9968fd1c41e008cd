"""Held-out set F: five plans written for the project and made the way the shared corpus is made. Each
document is described once (header, title, preamble, numbered body, signature, annexes) and rendered

- as the web copy a portal gives (`seeds/<stem>.txt`, site chrome included), each in the manner of one
  kind of site: a legal portal that prints table rows as "cell | cell |" lines (f01), a legal portal with a
  metadata box and annex tables flattened one cell per paragraph (f02), a Markdown conversion of the Word
  file (f03), a SharePoint portal page (f04), a legal portal with one paragraph per line (f05);
- as the official Word file (`docx/<stem>.docx`: A4, a 2x2 borderless header table, page numbers in the
  top margin from page 2, bordered annex tables on landscape pages with merged cells and header rows that
  repeat on every page) and the PDF LibreOffice makes from it (`pdf/<stem>.pdf`).

    .venv/bin/python corpus/heldout-f/make.py        # rewrites seeds/, docx/ and pdf/ beside this script

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from official import MOTTO as MOTTO_LINES  # noqa: E402
from official import NBSP  # noqa: E402
from plandoc import Annex, Doc, Look, Table, build, md_escape, web_cells  # noqa: E402

MOTTO = MOTTO_LINES[:2]
# the header table: the motto's rule line in 13 pt, a rule under the issuer
LOOK = Look(motto_sizes=(13, 14, 13), issuer_rule=True)

# ---------------------------------------------------------------- f01: Kon Tum, rà soát TTHC


def f01() -> Doc:
    """Kế hoạch of UBND tỉnh Kon Tum on reviewing administrative procedures; its annex task table has
    the columns TT | Nội dung công việc | Đơn vị thực hiện ("(chủ trì)" marks) | Thời gian hoàn thành |
    Kết quả/sản phẩm and lettered group rows."""
    head = [["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành", "Kết quả/sản phẩm"]]
    body = [
        ["A", "RÀ SOÁT, ĐÁNH GIÁ THỦ TỤC HÀNH CHÍNH THEO NHÓM, LĨNH VỰC"],
        ["1", "Rà soát nhóm TTHC lĩnh vực đất đai (đăng ký biến động; cấp Giấy chứng nhận quyền sử dụng đất "
              "lần đầu)", "Sở Tài nguyên và Môi trường (chủ trì); Văn phòng UBND tỉnh, UBND các huyện, thành phố",
         "Trước ngày 30/6/2024", "Báo cáo kết quả rà soát; phương án đơn giản hóa"],
        ["2", "Rà soát nhóm TTHC lĩnh vực hoạt động xây dựng (cấp giấy phép xây dựng; thẩm định báo cáo nghiên "
              "cứu khả thi)", "Sở Xây dựng (chủ trì); Sở Tư pháp", "Quý III/2024", "Phương án đơn giản hóa TTHC"],
        ["3", "Rà soát nhóm TTHC lĩnh vực đầu tư tại Việt Nam (chấp thuận chủ trương đầu tư; điều chỉnh dự án "
              "đầu tư)", "Sở Kế hoạch và Đầu tư (chủ trì); Ban Quản lý Khu kinh tế tỉnh", "Quý III/2024", "^"],
        ["4", "Rà soát nhóm TTHC lĩnh vực người có công và bảo trợ xã hội",
         "Sở Lao động - Thương binh và Xã hội (chủ trì); UBND các huyện, thành phố; UBND các xã, phường, "
         "thị trấn", "Tháng 8/2024", "Báo cáo kết quả rà soát"],
        ["5", "Rà soát TTHC cấp Giấy phép bán buôn, bán lẻ sản phẩm rượu", "Sở Công Thương", "30/9/2024",
         "Báo cáo kết quả rà soát; phương án đơn giản hóa"],
        ["6", "Rà soát TTHC lĩnh vực y tế dự phòng và khám bệnh, chữa bệnh", "Sở Y tế (chủ trì); Văn phòng "
              "UBND tỉnh", "Trước ngày 31/8/2024", "Báo cáo kết quả rà soát"],
        ["B", "RÀ SOÁT THỦ TỤC HÀNH CHÍNH NỘI BỘ"],
        ["1", "Thống kê, công bố danh mục TTHC nội bộ giữa các cơ quan hành chính nhà nước trên địa bàn tỉnh",
         "Văn phòng UBND tỉnh (chủ trì); các sở, ban, ngành", "Tháng 3/2024",
         "Quyết định công bố của Chủ tịch UBND tỉnh"],
        ["2", "Rà soát, đơn giản hóa TTHC nội bộ lĩnh vực tổ chức cán bộ, thi đua - khen thưởng",
         "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh", "Trước ngày 31/10/2024",
         "Phương án đơn giản hóa TTHC nội bộ"],
        ["3", "Cập nhật kết quả rà soát, phương án đơn giản hóa lên Hệ thống thông tin báo cáo của tỉnh",
         "Văn phòng UBND tỉnh", "Thường xuyên", "Dữ liệu được cập nhật đầy đủ"],
        ["C", "KIỂM TRA, TỔNG HỢP, BÁO CÁO"],
        ["1", "Kiểm tra chất lượng kết quả rà soát của các cơ quan, đơn vị", "Văn phòng UBND tỉnh",
         "Quý IV/2024", "Văn bản góp ý, đánh giá"],
        ["2", "Trình Chủ tịch UBND tỉnh thông qua phương án đơn giản hóa TTHC",
         "Văn phòng UBND tỉnh (chủ trì); các cơ quan chủ trì rà soát", "15/11/2024",
         "Quyết định thông qua phương án đơn giản hóa"],
        ["3", "Báo cáo kết quả rà soát, đánh giá TTHC năm 2024 gửi Văn phòng Chính phủ", "Văn phòng UBND tỉnh",
         "Trước 20/12/2024", "Báo cáo của UBND tỉnh"],
    ]
    table = Table(head, body, [1.2, 9.0, 7.5, 3.6, 4.4])
    return Doc(
        issuer=[("ỦY BAN NHÂN DÂN", True), ("TỈNH KON TUM", True)],
        number="Số: 27/KH-UBND",
        date_line="Kon Tum, ngày 19 tháng 01 năm 2024",
        type_line="KẾ HOẠCH",
        title=["RÀ SOÁT, ĐÁNH GIÁ, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2024 TRÊN ĐỊA BÀN TỈNH KON TUM"],
        preamble=[
            "Thực hiện quy định của Chính phủ tại Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục "
            "hành chính, Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 "
            "sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính; Thông tư "
            "số 02/2017/TT-VPCP ngày 31/10/2017 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn về "
            "nghiệp vụ kiểm soát thủ tục hành chính; Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng "
            "Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành "
            "chính nhà nước giai đoạn 2022 - 2025; Kế hoạch số 4512/KH-UBND ngày 25/12/2023 của Ủy ban nhân dân "
            "tỉnh về kiểm soát thủ tục hành chính năm 2024,",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch rà soát, đánh giá, đơn giản hóa thủ tục hành chính (TTHC) năm "
            "2024 trên địa bàn tỉnh như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "a) Phát hiện và kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ những quy định, TTHC không còn "
                  "cần thiết, không phù hợp, gây khó khăn cho người dân, doanh nghiệp; bảo đảm TTHC đơn giản, dễ "
                  "hiểu, dễ thực hiện."),
            ("p", "b) Cắt giảm thời gian, chi phí tuân thủ TTHC; đẩy mạnh thực hiện TTHC trên môi trường điện tử "
                  "và tái sử dụng dữ liệu đã được số hóa."),
            ("p", "c) Nâng cao chất lượng phục vụ của các cơ quan hành chính nhà nước, góp phần cải thiện Chỉ số "
                  "cải cách hành chính và Chỉ số năng lực cạnh tranh cấp tỉnh."),
            ("h", "2. Yêu cầu"),
            ("p", "a) Việc rà soát, đánh giá phải thực chất, có trọng tâm, trọng điểm; đánh giá đầy đủ sự cần "
                  "thiết, tính hợp lý, hợp pháp và chi phí tuân thủ của từng TTHC."),
            ("p", "b) Phương án đơn giản hóa phải cụ thể, khả thi, nêu rõ lý do và kiến nghị thực thi; tỷ lệ cắt "
                  "giảm chi phí tuân thủ được tính toán theo biểu mẫu quy định."),
            ("p", "c) Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị; tham vấn ý kiến của người dân, doanh "
                  "nghiệp, hiệp hội ngành nghề trong quá trình rà soát."),
            ("h", "II. NỘI DUNG RÀ SOÁT, ĐÁNH GIÁ"),
            ("h", "1. Phạm vi rà soát"),
            ("p", "Các TTHC, nhóm TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh; quy "
                  "định liên quan đến hoạt động kinh doanh và TTHC nội bộ giữa các cơ quan hành chính nhà nước "
                  "trên địa bàn tỉnh."),
            ("h", "2. Nội dung rà soát"),
            ("p", "- Sự cần thiết, tính hợp lý, hợp pháp của TTHC và của từng bộ phận cấu thành TTHC."),
            ("p", "- Chi phí tuân thủ TTHC, số lượng thành phần hồ sơ, thời hạn giải quyết."),
            ("p", "- Khả năng cung cấp dịch vụ công trực tuyến toàn trình, tái sử dụng dữ liệu trên các cơ sở dữ "
                  "liệu quốc gia, cơ sở dữ liệu chuyên ngành."),
            ("h", "3. Danh mục nhiệm vụ"),
            ("p", "Danh mục nhiệm vụ rà soát, đánh giá, đơn vị thực hiện, thời gian hoàn thành và kết quả, sản phẩm "
                  "tại Phụ lục kèm theo Kế hoạch này."),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Văn phòng Ủy ban nhân dân tỉnh"),
            ("p", "a) Hướng dẫn, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; kiểm tra chất lượng kết quả rà "
                  "soát, đánh giá TTHC của các cơ quan, đơn vị."),
            ("p", "b) Tổng hợp phương án đơn giản hóa TTHC, trình Chủ tịch Ủy ban nhân dân tỉnh thông qua trước "
                  "ngày 15 tháng 11 năm 2024."),
            ("h", "2. Sở Tư pháp"),
            ("p", "Phối hợp với Văn phòng Ủy ban nhân dân tỉnh rà soát các quy định về TTHC trong văn bản quy phạm "
                  "pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành; đề xuất sửa đổi, bổ sung, thay "
                  "thế hoặc bãi bỏ những quy định không còn phù hợp."),
            ("h", "3. Sở Tài chính"),
            ("p", "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện nhiệm vụ rà soát, đánh giá TTHC trong "
                  "dự toán ngân sách của các cơ quan, đơn vị theo quy định."),
            ("h", "4. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố"),
            ("p", "a) Căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch rà soát của cơ quan, đơn vị, địa "
                  "phương; tổ chức rà soát, đánh giá bảo đảm chất lượng, đúng tiến độ."),
            ("p", "b) Gửi kết quả rà soát, đánh giá và phương án đơn giản hóa TTHC về Văn phòng Ủy ban nhân dân "
                  "tỉnh trước ngày 30 tháng 9 năm 2024 để tổng hợp."),
            ("p", "Trong quá trình triển khai, trường hợp phát sinh vướng mắc, các cơ quan, đơn vị, địa phương kịp "
                  "thời phản ánh về Ủy ban nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) để được hướng dẫn, "
                  "giải quyết./."),
        ],
        recipients=["- Văn phòng Chính phủ (Cục KSTTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                    "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;",
                    "- VP UBND tỉnh: CVP, các PCVP;", "- Lưu: VT, TTHCC."],
        authority=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Trần Quang Vinh",
        annexes=[Annex("PHỤ LỤC", "DANH MỤC NHIỆM VỤ RÀ SOÁT, ĐÁNH GIÁ, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH NĂM 2024",
                       "(Kèm theo Kế hoạch số 27/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh Kon Tum)",
                       table)],
    )


# ---------------------------------------------------------------- f02: Vĩnh Phúc, kiểm tra CCHC


def f02() -> Doc:
    """Kế hoạch of UBND tỉnh Vĩnh Phúc on inspecting administrative reform, with two annexes: the units to
    inspect (Phụ lục I) and the tasks of the inspection (Phụ lục II). The web copy's header leaves the
    number blank."""
    units = Table(
        [["STT", "Cơ quan, đơn vị, địa phương", "Thời gian kiểm tra dự kiến", "Ghi chú"]],
        [
            ["I", "Cấp tỉnh"],
            ["1", "Sở Kế hoạch và Đầu tư", "Quý II/2024", ""],
            ["2", "Sở Y tế", "Quý II/2024", ""],
            ["3", "Sở Giáo dục và Đào tạo", "Quý II/2024", ""],
            ["4", "Sở Công Thương", "Quý III/2024", ""],
            ["5", "Ban Quản lý các khu công nghiệp tỉnh", "Quý III/2024", ""],
            ["II", "Cấp huyện"],
            ["1", "UBND thành phố Phúc Yên", "Quý II/2024", "Kiểm tra cả Bộ phận Một cửa"],
            ["2", "UBND huyện Tam Đảo", "Quý II/2024", ""],
            ["3", "UBND huyện Yên Lạc", "Quý III/2024", ""],
            ["4", "UBND huyện Sông Lô", "Quý III/2024", ""],
            ["III", "Cấp xã"],
            ["1", "UBND xã Đạo Trù (huyện Tam Đảo)", "Quý II/2024", "Kiểm tra cùng đợt với cấp huyện"],
            ["2", "UBND thị trấn Hợp Hòa (huyện Tam Dương)", "^", "^"],
            ["3", "UBND xã Liên Châu (huyện Yên Lạc)", "Quý III/2024", "^"],
            ["4", "UBND xã Đồng Thịnh (huyện Sông Lô)", "^", "^"],
        ],
        [1.4, 11.0, 5.5, 7.5],
    )
    tasks = Table(
        [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", None, "Sản phẩm"],
         ["^", "^", "^", "^", "Bắt đầu", "Kết thúc", "^"]],
        [
            ["I", "Chuẩn bị kiểm tra"],
            ["1", "Thành lập Đoàn kiểm tra công tác cải cách hành chính của tỉnh năm 2024", "Sở Nội vụ",
             "Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông; Sở Tư pháp", "11/3/2024", "29/3/2024",
             "Quyết định của Chủ tịch UBND tỉnh"],
            ["2", "Ban hành đề cương báo cáo và thông báo lịch kiểm tra đến các cơ quan, đơn vị, địa phương",
             "Sở Nội vụ", "Văn phòng UBND tỉnh", "01/4/2024", "12/4/2024", "Công văn thông báo lịch kiểm tra"],
            ["II", "Tổ chức kiểm tra"],
            ["1", "Kiểm tra tại các sở, ban, ngành có tên tại Phụ lục I", "Đoàn kiểm tra của tỉnh",
             "Các sở, ban, ngành được kiểm tra", "15/4/2024", "28/6/2024", "Biên bản kiểm tra"],
            ["2", "Kiểm tra tại UBND cấp huyện, UBND cấp xã có tên tại Phụ lục I", "Đoàn kiểm tra của tỉnh",
             "UBND cấp huyện; UBND cấp xã", "01/7/2024", "30/9/2024", "^"],
            ["3", "Kiểm tra đột xuất việc giải quyết TTHC tại Bộ phận Một cửa các cấp", "Văn phòng UBND tỉnh",
             "Sở Nội vụ; Công an tỉnh", "Thường xuyên", None, "Thông báo kết quả kiểm tra đột xuất"],
            ["III", "Tổng hợp, báo cáo"],
            ["1", "Thông báo kết luận kiểm tra đến từng cơ quan, đơn vị, địa phương được kiểm tra", "Sở Nội vụ",
             "Văn phòng UBND tỉnh", "Trong 10 ngày làm việc sau mỗi đợt kiểm tra", None, "Thông báo kết luận"],
            ["2", "Báo cáo Chủ tịch UBND tỉnh kết quả kiểm tra công tác cải cách hành chính năm 2024", "Sở Nội vụ",
             "Văn phòng UBND tỉnh", "01/10/2024", "15/10/2024", "Báo cáo kết quả kiểm tra"],
        ],
        [1.2, 8.0, 3.6, 5.0, 2.3, 2.3, 3.4],
    )
    note = "(Kèm theo Kế hoạch số 64/KH-UBND ngày 07/3/2024 của UBND tỉnh Vĩnh Phúc)"
    return Doc(
        issuer=[("ỦY BAN NHÂN DÂN", True), ("TỈNH VĨNH PHÚC", True)],
        number="Số: 64/KH-UBND",
        web_number="Số:        /KH-UBND",
        date_line="Vĩnh Phúc, ngày 07 tháng 3 năm 2024",
        type_line="KẾ HOẠCH",
        title=["KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH VÀ VIỆC THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM "
               "2024"],
        preamble=[
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
            "hành chính nhà nước giai đoạn 2021 - 2030;",
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
            "liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của "
            "Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
            "Căn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính phủ hướng dẫn về nghiệp vụ "
            "kiểm soát thủ tục hành chính;",
            "Thực hiện Kế hoạch số 235/KH-UBND ngày 26/12/2023 của UBND tỉnh về cải cách hành chính nhà nước tỉnh "
            "Vĩnh Phúc năm 2024;",
            "UBND tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính (CCHC) và việc thực hiện cơ chế một "
            "cửa, một cửa liên thông năm 2024, cụ thể như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Đánh giá thực chất tình hình, kết quả triển khai nhiệm vụ CCHC năm 2024 tại các cơ quan, đơn vị, "
                  "địa phương; kịp thời phát hiện khó khăn, vướng mắc để hướng dẫn, tháo gỡ."),
            ("p", "- Chấn chỉnh kỷ luật, kỷ cương hành chính; nâng cao trách nhiệm người đứng đầu và tinh thần, thái "
                  "độ phục vụ của cán bộ, công chức, viên chức trong giải quyết thủ tục hành chính."),
            ("p", "- Làm căn cứ để đánh giá, chấm điểm Chỉ số CCHC năm 2024 của các cơ quan, đơn vị, địa phương."),
            ("h", "2. Yêu cầu"),
            ("p", "- Kiểm tra đúng nội dung, đối tượng, thời gian theo Kế hoạch; không gây phiền hà, không làm ảnh "
                  "hưởng đến hoạt động bình thường của cơ quan, đơn vị được kiểm tra."),
            ("p", "- Kết luận kiểm tra phải rõ ràng, cụ thể; chỉ rõ ưu điểm, hạn chế, nguyên nhân và trách nhiệm "
                  "của tập thể, cá nhân có liên quan."),
            ("h", "II. NỘI DUNG KIỂM TRA"),
            ("p", "1. Công tác chỉ đạo, điều hành CCHC: việc ban hành kế hoạch, tổ chức thực hiện, kiểm tra, tuyên "
                  "truyền CCHC."),
            ("p", "2. Kết quả thực hiện các nhiệm vụ cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ "
                  "chức bộ máy, cải cách chế độ công vụ, cải cách tài chính công, xây dựng chính quyền điện tử, "
                  "chính quyền số."),
            ("p", "3. Việc thực hiện cơ chế một cửa, một cửa liên thông:"),
            ("p", "- Kiểm tra việc niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa."),
            ("p", "- Kiểm tra hồ sơ giải quyết thủ tục hành chính, việc xin lỗi đối với hồ sơ quá hạn."),
            ("p", "- Kiểm tra việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính."),
            ("p", "4. Việc chấp hành kỷ luật, kỷ cương hành chính, văn hóa công vụ của cán bộ, công chức, viên "
                  "chức."),
            ("h", "III. ĐỐI TƯỢNG, THỜI GIAN, HÌNH THỨC KIỂM TRA"),
            ("p", "1. Đối tượng kiểm tra: Các sở, ban, ngành, UBND cấp huyện và UBND cấp xã có tên tại Phụ lục I "
                  "kèm theo Kế hoạch này."),
            ("p", "2. Thời gian kiểm tra: Quý II và Quý III năm 2024."),
            ("p", "3. Hình thức kiểm tra: Kiểm tra trực tiếp tại cơ quan, đơn vị, địa phương kết hợp kiểm tra qua "
                  "Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; kiểm tra đột xuất tại Bộ phận Một "
                  "cửa các cấp."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Sở Nội vụ"),
            ("p", "a) Là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch; phối hợp với Văn phòng UBND tỉnh "
                  "thực hiện các nhiệm vụ tại Phụ lục II kèm theo Kế hoạch này."),
            ("p", "b) Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện kết luận kiểm tra; tổng hợp vào "
                  "báo cáo CCHC năm 2024 của tỉnh."),
            ("h", "2. Văn phòng UBND tỉnh"),
            ("p", "Phối hợp với Sở Nội vụ kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông, công tác kiểm "
                  "soát thủ tục hành chính; cử công chức tham gia Đoàn kiểm tra."),
            ("h", "3. Sở Tài chính"),
            ("p", "Bố trí kinh phí bảo đảm hoạt động của Đoàn kiểm tra theo quy định."),
            ("h", "4. Các cơ quan, đơn vị, địa phương được kiểm tra"),
            ("p", "- Chuẩn bị báo cáo theo đề cương và hồ sơ, tài liệu có liên quan; gửi báo cáo về Sở Nội vụ chậm "
                  "nhất 03 ngày làm việc trước ngày Đoàn kiểm tra đến làm việc."),
            ("p", "- Bố trí thành phần làm việc với Đoàn kiểm tra; thực hiện nghiêm kết luận kiểm tra và báo cáo kết "
                  "quả khắc phục trong thời hạn 30 ngày kể từ ngày nhận được thông báo kết luận kiểm tra."),
            ("h", "5. Các cơ quan, đơn vị, địa phương không thuộc đối tượng kiểm tra"),
            ("p", "Tổ chức tự kiểm tra công tác CCHC tại cơ quan, đơn vị, địa phương mình; báo cáo kết quả về Sở "
                  "Nội vụ trước ngày 30/11/2024."),
            ("p", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện Kế hoạch này./."),
        ],
        recipients=["- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
                    "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;",
                    "- Các cơ quan, đơn vị có tên tại Phụ lục I;", "- CPVP, CV NCTH;", "- Lưu: VT, NC."],
        authority=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Nguyễn Khắc Hiếu",
        annexes=[
            Annex("PHỤ LỤC I", "DANH SÁCH CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG ĐƯỢC KIỂM TRA NĂM 2024", note, units),
            Annex("PHỤ LỤC II", "CÁC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH KIỂM TRA", note, tasks),
        ],
    )


# ---------------------------------------------------------------- f03: Sở Tư pháp Bình Phước, tự kiểm tra


F03_UNITS = ["Văn phòng Sở", "Thanh tra Sở", "Phòng Hành chính tư pháp", "Phòng Bổ trợ tư pháp",
             "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "Trung tâm Trợ giúp pháp lý nhà nước",
             "Phòng Công chứng số 1"]


def f03() -> Doc:
    """Kế hoạch of Sở Tư pháp tỉnh Bình Phước: self-inspection of the Sở's own offices and units, with a
    schedule table in the body."""
    schedule = Table(
        [["STT", "Phòng, đơn vị được kiểm tra", "Thời gian dự kiến", "Ghi chú"]],
        [["1", "Phòng Hành chính tư pháp", "16/7/2024", ""],
         ["2", "Phòng Bổ trợ tư pháp", "18/7/2024", ""],
         ["3", "Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "25/7/2024", ""],
         ["4", "Trung tâm Trợ giúp pháp lý nhà nước", "06/8/2024", "Kiểm tra cả Chi nhánh số 1"],
         ["5", "Phòng Công chứng số 1", "13/8/2024", ""],
         ["6", "Thanh tra Sở", "20/8/2024", ""],
         ["7", "Văn phòng Sở", "27/8/2024", ""]],
        [1.2, 8.0, 3.3, 3.5],
    )
    return Doc(
        issuer=[("UBND TỈNH BÌNH PHƯỚC", False), ("SỞ TƯ PHÁP", True)],
        number="Số: 112/KH-STP",
        date_line="Bình Phước, ngày 04 tháng 4 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Tự kiểm tra công tác cải cách hành chính, kiểm soát thủ tục hành chính năm 2024"],
        preamble=[
            "Căn cứ Kế hoạch số 48/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân tỉnh Bình Phước về kiểm tra công tác "
            "cải cách hành chính năm 2024; Kế hoạch số 15/KH-STP ngày 10/01/2024 của Sở Tư pháp về cải cách hành "
            "chính năm 2024;",
            "Sở Tư pháp xây dựng Kế hoạch tự kiểm tra công tác cải cách hành chính (CCHC), kiểm soát thủ tục hành "
            "chính (TTHC) năm 2024 tại các phòng, đơn vị trực thuộc như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Đánh giá việc triển khai nhiệm vụ CCHC, kiểm soát TTHC tại các phòng, đơn vị trực thuộc Sở; "
                  "phát hiện những tồn tại, hạn chế để kịp thời chấn chỉnh."),
            ("p", "- Nâng cao ý thức trách nhiệm, tinh thần phục vụ của công chức, viên chức trong tiếp nhận, giải "
                  "quyết hồ sơ TTHC của người dân, doanh nghiệp."),
            ("h", "2. Yêu cầu"),
            ("p", "- Việc tự kiểm tra bảo đảm nghiêm túc, khách quan, đúng nội dung, không ảnh hưởng đến hoạt động "
                  "chuyên môn của phòng, đơn vị."),
            ("p", "- Sau kiểm tra có thông báo kết luận, chỉ rõ ưu điểm, hạn chế và yêu cầu khắc phục."),
            ("h", "II. ĐỐI TƯỢNG, NỘI DUNG, THỜI GIAN TỰ KIỂM TRA"),
            ("h", "1. Đối tượng"),
            ("p", "Các phòng, đơn vị trực thuộc Sở, gồm: " + "; ".join(F03_UNITS) + "."),
            ("h", "2. Nội dung"),
            ("p", "- Việc xây dựng và thực hiện kế hoạch CCHC, kế hoạch kiểm soát TTHC của phòng, đơn vị."),
            ("p", "- Việc tiếp nhận, giải quyết hồ sơ TTHC thuộc lĩnh vực được giao (hồ sơ trễ hạn, việc gửi thư xin "
                  "lỗi, số hóa kết quả giải quyết)."),
            ("p", "- Việc thực hiện chế độ công vụ, văn hóa công sở; sử dụng Hệ thống quản lý văn bản và điều hành."),
            ("p", "- Việc tuyên truyền, phổ biến về CCHC đến công chức, viên chức và người dân."),
            ("h", "3. Thời gian"),
            ("p", "Từ ngày 15/7/2024 đến ngày 30/8/2024, lịch cụ thể như sau:"),
            ("table", schedule),
            ("h", "III. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Thành lập Tổ tự kiểm tra"),
            ("p", "Giao Văn phòng Sở chủ trì, phối hợp với Thanh tra Sở tham mưu Giám đốc Sở quyết định thành lập "
                  "Tổ tự kiểm tra trước ngày 05/7/2024; xây dựng đề cương báo cáo gửi các phòng, đơn vị."),
            ("h", "2. Các phòng, đơn vị được kiểm tra"),
            ("p", "- Tự rà soát, chuẩn bị báo cáo kết quả thực hiện nhiệm vụ CCHC, kiểm soát TTHC của phòng, đơn vị; "
                  "gửi báo cáo về Văn phòng Sở trước ngày 10/7/2024."),
            ("p", "- Cử lãnh đạo và công chức, viên chức có liên quan làm việc với Tổ tự kiểm tra; thực hiện nghiêm "
                  "các kiến nghị sau kiểm tra, báo cáo kết quả khắc phục chậm nhất 15 ngày kể từ ngày nhận được "
                  "thông báo kết luận."),
            ("h", "3. Văn phòng Sở"),
            ("p", "Tổng hợp kết quả tự kiểm tra, tham mưu Giám đốc Sở ban hành thông báo kết luận; lồng ghép kết quả "
                  "vào báo cáo cải cách hành chính của Sở gửi Sở Nội vụ theo quy định."),
            ("h", "4. Thanh tra Sở"),
            ("p", "Phối hợp với Văn phòng Sở theo dõi, đôn đốc việc khắc phục tồn tại, hạn chế sau kiểm tra của các "
                  "phòng, đơn vị."),
            ("p", "Trên đây là Kế hoạch tự kiểm tra công tác CCHC, kiểm soát TTHC năm 2024 của Sở Tư pháp, đề nghị "
                  "các phòng, đơn vị nghiêm túc triển khai thực hiện./."),
        ],
        recipients=["- Sở Nội vụ (b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;",
                    "- Trang thông tin điện tử Sở;", "- Lưu: VT, VP."],
        authority=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        signer="Lâm Thị Ngọc Diễm",
    )


# ---------------------------------------------------------------- f04: Trà Vinh, PAR INDEX và SIPAS


def f04() -> Doc:
    """Kế hoạch of UBND tỉnh Trà Vinh on raising the PAR INDEX and SIPAS: legal bases several to a "Căn
    cứ" line, Party documents (05-NQ/TU, 212-KL/TU), a Tờ trình; duties with "+ Cơ quan chủ trì: …" lines."""
    return Doc(
        issuer=[("ỦY BAN NHÂN DÂN", True), ("TỈNH TRÀ VINH", True)],
        number="Số: 1892/KH-UBND",
        date_line="Trà Vinh, ngày 20 tháng 5 năm 2024",
        type_line="KẾ HOẠCH",
        title=["Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức",
               "đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Trà Vinh năm 2024"],
        preamble=[
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
            "hành chính nhà nước giai đoạn 2021 - 2030; Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ trưởng Bộ "
            "Nội vụ phê duyệt Đề án “Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân "
            "dân các tỉnh, thành phố trực thuộc trung ương”;",
            "Căn cứ Nghị quyết số 05-NQ/TU ngày 18/10/2021 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách "
            "hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh tỉnh Trà Vinh giai "
            "đoạn 2021 - 2025; Kết luận số 212-KL/TU ngày 08/4/2024 của Ban Thường vụ Tỉnh ủy về kết quả Chỉ số "
            "cải cách hành chính, Chỉ số hài lòng năm 2023 của tỉnh;",
            "Căn cứ Kế hoạch số 115/KH-UBND ngày 28/12/2023 của Ủy ban nhân dân tỉnh về cải cách hành chính nhà "
            "nước năm 2024;",
            "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 87/TTr-SNV ngày 10/5/2024,",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính (Chỉ số CCHC) và Chỉ số "
            "hài lòng (Chỉ số SIPAS) năm 2024 như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "a) Khắc phục những tiêu chí, tiêu chí thành phần bị mất điểm trong Chỉ số CCHC, Chỉ số SIPAS năm "
                  "2023; cải thiện thứ hạng của tỉnh so với năm trước."),
            ("p", "b) Nâng cao trách nhiệm của người đứng đầu các cơ quan, đơn vị, địa phương trong lãnh đạo, chỉ "
                  "đạo thực hiện nhiệm vụ cải cách hành chính."),
            ("p", "c) Lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ của cơ quan hành chính "
                  "nhà nước các cấp."),
            ("h", "2. Yêu cầu"),
            ("p", "a) Xác định cụ thể nhiệm vụ, giải pháp gắn với từng lĩnh vực, tiêu chí; phân công rõ cơ quan chủ "
                  "trì, cơ quan phối hợp và thời gian hoàn thành."),
            ("p", "b) Các cơ quan, đơn vị, địa phương phối hợp chặt chẽ, thường xuyên trong quá trình thực hiện; "
                  "không hình thức, chạy theo thành tích."),
            ("h", "II. CHỈ TIÊU PHẤN ĐẤU"),
            ("p", "- Chỉ số CCHC năm 2024 của tỉnh tăng ít nhất 05 bậc so với năm 2023."),
            ("p", "- Chỉ số SIPAS năm 2024 của tỉnh đạt từ 85% trở lên."),
            ("p", "- 100% hồ sơ TTHC được số hóa; trên 50% hồ sơ được tiếp nhận, giải quyết trực tuyến toàn trình."),
            ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
            ("h", "1. Nhiệm vụ, giải pháp chung"),
            ("p", "a) Người đứng đầu các cơ quan, đơn vị, địa phương trực tiếp lãnh đạo, chỉ đạo công tác CCHC; xác "
                  "định nâng cao Chỉ số CCHC, Chỉ số SIPAS là nhiệm vụ chính trị trọng tâm của cơ quan, đơn vị, "
                  "địa phương."),
            ("p", "b) Tăng cường tuyên truyền về CCHC bằng nhiều hình thức; công khai kết quả Chỉ số CCHC, Chỉ số "
                  "SIPAS năm 2023 của tỉnh để cán bộ, công chức và người dân biết, tham gia giám sát."),
            ("h", "2. Nhiệm vụ, giải pháp theo từng lĩnh vực, chỉ số thành phần"),
            ("p", "a) Nâng cao chất lượng xây dựng, ban hành văn bản quy phạm pháp luật của tỉnh; tăng cường kiểm "
                  "tra, rà soát văn bản và theo dõi tình hình thi hành pháp luật."),
            ("p", "+ Cơ quan chủ trì: Sở Tư pháp."),
            ("p", "+ Cơ quan phối hợp: Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố."),
            ("p", "+ Thời gian thực hiện: Thường xuyên."),
            ("p", "b) Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; nâng tỷ lệ hồ sơ trực tuyến "
                  "toàn trình và thanh toán trực tuyến; xử lý dứt điểm hồ sơ trễ hạn."),
            ("p", "+ Cơ quan chủ trì: Văn phòng UBND tỉnh."),
            ("p", "+ Cơ quan phối hợp: Trung tâm Phục vụ hành chính công tỉnh; Sở Thông tin và Truyền thông."),
            ("p", "+ Thời gian thực hiện: Quý III/2024."),
            ("p", "c) Hoàn thiện vị trí việc làm, cơ cấu ngạch công chức; thực hiện nghiêm việc đánh giá, xếp loại "
                  "cán bộ, công chức theo kết quả công việc."),
            ("p", "+ Cơ quan chủ trì: Sở Nội vụ."),
            ("p", "+ Cơ quan phối hợp: Các sở, ban, ngành tỉnh."),
            ("p", "+ Thời gian thực hiện: Trước ngày 30/9/2024."),
            ("p", "d) Đẩy nhanh tiến độ giải ngân vốn đầu tư công; thực hiện cơ chế tự chủ tài chính của đơn vị sự "
                  "nghiệp công lập."),
            ("p", "+ Cơ quan chủ trì: Sở Tài chính, Sở Kế hoạch và Đầu tư."),
            ("p", "+ Cơ quan phối hợp: UBND các huyện, thị xã, thành phố."),
            ("p", "+ Thời gian thực hiện: Năm 2024."),
            ("p", "đ) Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; bảo đảm kết nối, chia sẻ dữ "
                  "liệu với Cổng Dịch vụ công quốc gia."),
            ("p", "+ Cơ quan chủ trì: Sở Thông tin và Truyền thông."),
            ("p", "+ Cơ quan phối hợp: Văn phòng UBND tỉnh."),
            ("p", "+ Thời gian thực hiện: Tháng 10/2024."),
            ("p", "e) Tổ chức khảo sát, đo lường sự hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp; "
                  "công bố kết quả và yêu cầu các cơ quan, đơn vị có kết quả thấp khắc phục."),
            ("p", "+ Cơ quan chủ trì: Sở Nội vụ."),
            ("p", "+ Cơ quan phối hợp: Cục Thống kê tỉnh; Bưu điện tỉnh."),
            ("p", "+ Thời gian thực hiện: Từ tháng 8 đến tháng 11/2024."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("p", "1. Sở Nội vụ: Là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; "
                  "tham mưu UBND tỉnh sơ kết 6 tháng, báo cáo kết quả trước ngày 15/6/2024 và tổng kết năm trước "
                  "ngày 10/12/2024."),
            ("p", "2. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố:"),
            ("p", "- Xây dựng kế hoạch cụ thể để thực hiện, gửi về Sở Nội vụ trước ngày 10/6/2024."),
            ("p", "- Định kỳ hằng quý, báo cáo kết quả thực hiện về Sở Nội vụ trước ngày 20 của tháng cuối quý (lồng "
                  "ghép trong báo cáo CCHC)."),
            ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Phối hợp "
                  "tuyên truyền, vận động Nhân dân tham gia giám sát hoạt động CCHC, phản ánh, kiến nghị về thủ "
                  "tục hành chính."),
            ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo "
                  "về Sở Nội vụ để tổng hợp, trình UBND tỉnh xem xét, chỉ đạo./."),
        ],
        recipients=["- Bộ Nội vụ (b/c);", "- TT. Tỉnh ủy, TT. HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
                    "- UBMTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                    "- LĐVP, các Phòng NC;", "- Lưu: VT, NC."],
        authority=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        signer="Thạch Phước Hùng",
    )


# ---------------------------------------------------------------- f05: Thanh Miện, kiểm tra một cửa cấp xã


def f05() -> Doc:
    """Kế hoạch of UBND huyện Thanh Miện (Hải Dương) on inspecting the one-stop shops of six communes, with
    a dated schedule of the inspected units."""
    return Doc(
        issuer=[("ỦY BAN NHÂN DÂN", True), ("HUYỆN THANH MIỆN", True)],
        number="Số: 58/KH-UBND",
        date_line="Thanh Miện, ngày 25 tháng 4 năm 2024",
        type_line="KẾ HOẠCH",
        title=["KIỂM TRA VIỆC THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH "
               "TẠI ỦY BAN NHÂN DÂN CÁC XÃ, THỊ TRẤN NĂM 2024"],
        preamble=[
            "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một cửa, "
            "một cửa liên thông trong giải quyết thủ tục hành chính; Nghị định số 107/2021/NĐ-CP ngày 06 tháng 12 "
            "năm 2021 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;",
            "Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05 tháng 4 năm 2023 của Văn phòng Chính phủ quy định một số "
            "nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thực hiện "
            "thủ tục hành chính trên môi trường điện tử;",
            "Thực hiện Kế hoạch số 187/KH-UBND ngày 16 tháng 01 năm 2024 của Ủy ban nhân dân tỉnh Hải Dương về "
            "kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2024;",
            "Ủy ban nhân dân huyện Thanh Miện ban hành Kế hoạch kiểm tra như sau:",
        ],
        body=[
            ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
            ("h", "1. Mục đích"),
            ("p", "- Nắm bắt tình hình tổ chức, hoạt động của Bộ phận Một cửa cấp xã; việc tiếp nhận, giải quyết và "
                  "trả kết quả thủ tục hành chính theo cơ chế một cửa, một cửa liên thông."),
            ("p", "- Kịp thời chấn chỉnh những sai sót, hạn chế; biểu dương những đơn vị làm tốt, nhân rộng cách làm "
                  "hay."),
            ("h", "2. Yêu cầu"),
            ("p", "- Kiểm tra đúng nội dung, bảo đảm khách quan, không làm ảnh hưởng đến việc giải quyết thủ tục hành "
                  "chính cho người dân."),
            ("p", "- Đơn vị được kiểm tra chuẩn bị đầy đủ hồ sơ, tài liệu và bố trí thành phần làm việc theo yêu "
                  "cầu."),
            ("h", "II. NỘI DUNG KIỂM TRA"),
            ("p", "1. Việc bố trí trụ sở, trang thiết bị của Bộ phận Một cửa; việc niêm yết, công khai thủ tục hành "
                  "chính, số điện thoại đường dây nóng."),
            ("p", "2. Việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính: sổ theo dõi, phiếu kiểm soát quá trình "
                  "giải quyết hồ sơ; hồ sơ trễ hạn và việc xin lỗi người dân."),
            ("p", "3. Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tỷ lệ hồ sơ trực tuyến trên Hệ "
                  "thống thông tin giải quyết thủ tục hành chính tỉnh."),
            ("p", "4. Việc thực hiện chế độ thông tin, báo cáo về kiểm soát thủ tục hành chính."),
            ("h", "III. THÀNH PHẦN, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
            ("h", "1. Thành phần Đoàn kiểm tra"),
            ("p", "- Lãnh đạo Văn phòng HĐND và UBND huyện - Trưởng đoàn;"),
            ("p", "- Đại diện lãnh đạo Phòng Nội vụ, Phòng Tư pháp - Thành viên;"),
            ("p", "- Công chức Văn phòng HĐND và UBND huyện phụ trách kiểm soát thủ tục hành chính - Thư ký."),
            ("h", "2. Đối tượng và lịch kiểm tra"),
            ("p", "Kiểm tra tại Ủy ban nhân dân 06 xã, thị trấn, cụ thể:"),
            ("p", "- Ngày 13/5/2024: UBND thị trấn Thanh Miện (buổi sáng); UBND xã Ngũ Hùng (buổi chiều)."),
            ("p", "- Ngày 15/5/2024: UBND xã Hồng Quang (buổi sáng); UBND xã Tứ Cường (buổi chiều)."),
            ("p", "- Ngày 17/5/2024: UBND xã Chi Lăng Nam (buổi sáng); UBND xã Thanh Tùng (buổi chiều)."),
            ("p", "Ngoài ra, Đoàn kiểm tra có thể kiểm tra đột xuất tại một số xã khác khi có phản ánh, kiến nghị "
                  "của người dân."),
            ("h", "3. Thời gian kiểm tra"),
            ("p", "Từ ngày 13/5/2024 đến ngày 17/5/2024."),
            ("h", "IV. TỔ CHỨC THỰC HIỆN"),
            ("h", "1. Văn phòng HĐND và UBND huyện"),
            ("p", "a) Chủ trì, phối hợp với Phòng Nội vụ, Phòng Tư pháp tổ chức kiểm tra theo Kế hoạch; xây dựng đề "
                  "cương báo cáo gửi UBND các xã, thị trấn trước ngày 06/5/2024."),
            ("p", "b) Tổng hợp kết quả kiểm tra, dự thảo thông báo kết luận trình Chủ tịch UBND huyện trong thời hạn "
                  "07 ngày làm việc kể từ ngày kết thúc kiểm tra."),
            ("h", "2. Phòng Nội vụ, Phòng Tư pháp"),
            ("p", "Cử công chức tham gia Đoàn kiểm tra; phối hợp đánh giá kết quả thực hiện nhiệm vụ cải cách hành "
                  "chính, kiểm soát thủ tục hành chính tại các đơn vị được kiểm tra."),
            ("h", "3. UBND các xã, thị trấn được kiểm tra"),
            ("p", "- Xây dựng báo cáo theo đề cương, gửi về Văn phòng HĐND và UBND huyện trước ngày 10/5/2024."),
            ("p", "- Chuẩn bị hồ sơ, sổ sách và bố trí lãnh đạo, công chức Bộ phận Một cửa làm việc với Đoàn kiểm "
                  "tra."),
            ("p", "- Khắc phục tồn tại, hạn chế theo thông báo kết luận kiểm tra; báo cáo kết quả khắc phục trước "
                  "ngày 30/6/2024."),
            ("p", "4. UBND các xã, thị trấn không được kiểm tra: Tự kiểm tra việc thực hiện cơ chế một cửa, một cửa "
                  "liên thông tại đơn vị theo nội dung tại mục II Kế hoạch này; báo cáo kết quả về Văn phòng HĐND và "
                  "UBND huyện trước ngày 30/6/2024."),
            ("p", "Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị có liên quan triển khai thực hiện nghiêm túc Kế "
                  "hoạch này./."),
        ],
        recipients=["- UBND tỉnh (b/c);", "- Văn phòng UBND tỉnh (b/c);", "- TT Huyện ủy, TT HĐND huyện;",
                    "- Chủ tịch, các PCT UBND huyện;", "- Phòng Nội vụ, Phòng Tư pháp;", "- UBND các xã, thị trấn;",
                    "- Lưu: VT."],
        authority=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
        signer="Vũ Đức Toàn",
    )


# ---------------------------------------------------------------- web copies


def seed_pipes(doc: Doc) -> str:
    """A legal portal that prints every table row as one "cell | cell |" line and each paragraph as one line
    (no blank lines): related documents listed first, header rows with only the first line of each cell,
    no type line."""
    out = [
        "HỆ THỐNG PHÁP LUẬT VIỆT NAM",
        "Trang chủ » Văn bản pháp luật » Bộ máy hành chính » Kế hoạch",
        "Kế hoạch 27/KH-UBND năm 2024 rà soát, đánh giá, đơn giản hóa thủ tục hành chính trên địa bàn tỉnh Kon Tum",
        "Tóm tắt | Nội dung | Văn bản gốc | Liên quan | Lược đồ |",
        "- 1Nghị định 63/2010/NĐ-CP về kiểm soát thủ tục hành chính",
        "- 2Nghị định 48/2013/NĐ-CP sửa đổi Nghị định liên quan đến kiểm soát thủ tục hành chính",
        "- 3Nghị định 92/2017/NĐ-CP về sửa đổi Nghị định liên quan đến kiểm soát thủ tục hành chính",
        "- 4Thông tư 02/2017/TT-VPCP hướng dẫn về nghiệp vụ kiểm soát thủ tục hành chính do Văn phòng Chính phủ "
        "ban hành",
        "- 5Nghị định 107/2021/NĐ-CP sửa đổi Nghị định 61/2018/NĐ-CP về thực hiện cơ chế một cửa, một cửa liên "
        "thông trong giải quyết thủ tục hành chính",
        "- 6Quyết định 1085/QĐ-TTg năm 2022 về Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ trong hệ "
        "thống hành chính nhà nước giai đoạn 2022-2025 do Thủ tướng Chính phủ ban hành",
        f"{doc.issuer[0][0]} | {MOTTO[0]} |",
        f"{doc.number} | {doc.date_line} |",
        *doc.title,
        *doc.preamble,
    ]
    for _kind, value in doc.body:
        out.append(value)
    out.append("\n".join(["Nơi nhận:", *doc.recipients]) + " | " + "\n".join([*doc.authority, doc.signer]) + " |")
    for annex in doc.annexes:
        out += [annex.label, annex.title, annex.note]
        for cells in web_cells(annex.table):
            out.append(" | ".join(c.replace("\n", " ") for c in cells) + " |")
    out += ["Văn bản gốc", "Tải văn bản: Word | PDF", "Hệ thống pháp luật Việt Nam - Cơ sở dữ liệu văn bản pháp luật"]
    return "\n".join(out) + "\n"


def seed_flat(doc: Doc) -> str:
    """A legal portal with a metadata box over the text, one paragraph per line with blank lines between,
    and every table cell flattened to a paragraph of its own (an empty cell is a no-break space)."""
    number = doc.number.removeprefix("Số: ").strip()
    out = ["Từ khoá: Số Hiệu, Tiêu đề hoặc Nội dung ngắn gọn của Văn Bản...", "", "Đăng nhập", "",
           "Đang tải văn bản...", "",
           f"Kế hoạch {number} năm 2024 kiểm tra công tác cải cách hành chính và thực hiện cơ chế một cửa, một cửa "
           "liên thông tỉnh Vĩnh Phúc", "",
           f"Số hiệu: {number} Loại văn bản: Kế hoạch",
           f"Nơi ban hành: Tỉnh Vĩnh Phúc Người ký: {doc.signer}",
           "Ngày ban hành: 07/03/2024 Ngày hiệu lực: Đã biết",
           "Ngày công báo: Đang cập nhật Số công báo: Đang cập nhật",
           "Tình trạng: Đã biết", ""]
    out += [*[x for x, _ in doc.issuer], "-------", "", *MOTTO, "---------------", "",
            doc.web_number or doc.number, "", doc.date_line, "", NBSP, "", doc.type_line, "", *doc.title, ""]
    for text in doc.preamble:
        out += [text, ""]
    for _kind, value in doc.body:
        out += [value, ""]
    out += [NBSP, "", "", "Nơi nhận:", *doc.recipients, "", *doc.authority, "", "", "", "", doc.signer, "", NBSP, ""]
    for annex in doc.annexes:
        note = annex.note.replace("số 64/KH-UBND ngày 07/3/2024", "số        /KH-UBND ngày      /3/2024")
        out += [annex.label, "", annex.title, note, ""]
        for cells in web_cells(annex.table):
            for cell in cells:
                for line in (cell.split("\n") if cell else [NBSP]):
                    out += [line, ""]
        out += [NBSP, ""]
    out += ["Văn bản này chưa cập nhật nội dung Tiếng Anh", ""]
    for _ in range(2):
        out += ["Bạn Chưa Đăng Nhập Thành Viên!", "", "",
                "Vì chưa Đăng Nhập nên Bạn chỉ xem được Thuộc tính của văn bản.",
                "Bạn chưa xem được Hiệu lực của Văn bản, Văn bản liên quan, Văn bản thay thế, Văn bản gốc, Văn bản "
                "tiếng Anh,...", "", "", "Nếu chưa là Thành Viên, mời Bạn Đăng ký Thành viên tại đây", "", ""]
    out += ["2.418", "", "DMCA.com Protection Status", "IP: 14.162.75.21", "Hãy để chúng tôi hỗ trợ bạn!"]
    return "\n".join(out) + "\n"


def seed_markdown(doc: Doc) -> str:
    """A Markdown conversion of the Word file: header cells one after another with backslash line breaks,
    the date in italics, bold headings with escaped numbers, a pipe table, bold signature lines."""
    out = ["\\\n".join(f"**{x}**" if bold else x for x, bold in doc.issuer), "", doc.number, "",
           "\\\n".join(f"**{x}**" for x in MOTTO), "", f"*{doc.date_line}*", "",
           f"**{doc.type_line}**\\\n**{' '.join(doc.title)}**", ""]
    for i, text in enumerate(doc.preamble):
        out += [f"*{text}*" if i < len(doc.preamble) - 1 else text, ""]
    for kind, value in doc.body:
        if kind == "h":
            out += [f"**{md_escape(value)}**", ""]
        elif kind == "p":
            out += [md_escape(value), ""]
        else:
            head = value.head[0]
            out.append("| " + " | ".join(head) + " |")
            out.append("|" + "|".join("---" for _ in head) + "|")
            for cells in web_cells(value):
                if cells != head:
                    out.append("| " + " | ".join(cells) + " |")
            out.append("")
    out += ["**Nơi nhận:**\\", *[x + "\\" for x in doc.recipients[:-1]], doc.recipients[-1], "",
            "\\\n".join(f"**{x}**" for x in doc.authority), "", "", f"**{doc.signer}**", ""]
    return "\n".join(out)


def seed_sharepoint(doc: Doc) -> str:
    """A SharePoint portal page: ribbon skip links, the page title and category, then the text with Word's
    indents kept as spaces, no-break spaces inside phrases, header cells one line each."""
    def spaced(text: str) -> str:
        text = text.replace("số 05-NQ/TU", f"số{NBSP}05-NQ/TU").replace("tỉnh Trà Vinh", f"tỉnh{NBSP}Trà Vinh")
        text = text.replace("Sở Nội vụ", f"Sở{NBSP}Nội vụ")
        head, _, rest = text.partition(" ")
        if head in ("I.", "II.", "III.", "IV."):
            return f"{head}      {rest}"
        return "     " + text

    title = "Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2024"
    out = ["Skip Ribbon Commands", "Skip to main content", "", title, "", "Văn bản chỉ đạo, điều hành  ", title,
           *[x for x, _ in doc.issuer], NBSP, *MOTTO, NBSP, doc.number, doc.date_line, NBSP, doc.type_line,
           " ".join(doc.title), NBSP]
    for text in doc.preamble:
        out.append(spaced(text))
    for _kind, value in doc.body:
        out.append(spaced(value))
    out += [NBSP, "Nơi nhận:", *doc.recipients, *doc.authority, NBSP, NBSP, doc.signer, NBSP,
            "Tệp đính kèm:", "KH1892-UBND.signed.pdf", "Ngày cập nhật: 21/05/2024", "Lượt xem: 356"]
    return "\n".join(out) + "\n"


def seed_lines(doc: Doc) -> str:
    """A legal portal with one paragraph per line and blank lines between, the header cells one line each,
    the signature cell after Nơi nhận, and a box on the document's validity after the text."""
    out = ["Hệ thống pháp luật", "", *[x for x, _ in doc.issuer], "-------", "", *MOTTO, "---------------", "",
           doc.number, "", doc.date_line, "", NBSP, "", doc.type_line, "", *doc.title, ""]
    for text in doc.preamble:
        out += [text, ""]
    for _kind, value in doc.body:
        out += [value, ""]
    out += [NBSP, "", "", "Nơi nhận:", *doc.recipients, "", *doc.authority, "", "", "", "", doc.signer, "", NBSP,
            "", "HIỆU LỰC VĂN BẢN", "",
            "Kế hoạch 58/KH-UBND năm 2024 kiểm tra việc thực hiện cơ chế một cửa, một cửa liên thông trong giải "
            "quyết thủ tục hành chính tại Ủy ban nhân dân các xã, thị trấn do huyện Thanh Miện ban hành", "",
            "  • Số hiệu: 58/KH-UBND", "  • Loại văn bản: Kế hoạch", "  • Ngày ban hành: 25/04/2024",
            "  • Nơi ban hành: Tỉnh Hải Dương", f"  • Người ký: {doc.signer}", "  • Ngày công báo: Đang cập nhật",
            "  • Số công báo: Đang cập nhật", "  • Ngày hiệu lực: Kiểm tra", "  • Tình trạng hiệu lực: Kiểm tra",
            "Tải văn bản"]
    return "\n".join(out) + "\n"


DOCUMENTS = {
    "f01_kh_ubnd_kontum_2024": (f01, seed_pipes),
    "f02_kh_ubnd_vinhphuc_2024": (f02, seed_flat),
    "f03_kh_stp_binhphuoc_2024": (f03, seed_markdown),
    "f04_kh_ubnd_travinh_2024": (f04, seed_sharepoint),
    "f05_kh_ubnd_thanhmien_2024": (f05, seed_lines),
}


def main() -> None:
    """Write seeds/, docx/ and pdf/ for every document of set F."""
    build(HERE, DOCUMENTS, LOOK)


if __name__ == "__main__":
    main()
