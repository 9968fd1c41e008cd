"""Held-out test documents written for the project: four official-looking files (a Quyết định with its
attached plan, a department plan, a district inspection report, a công văn), rendered by the project's
generator (`corpus/generate.py`) as DOCX and, through LibreOffice, as PDF.

    python corpus/heldout-files/make.py            # rewrites docx/ and pdf/ beside this script

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from generate import Columns, Grid, Para, Section, header, to_docx  # noqa: E402
from official import MOTTO, annex_table, centered, finish, group, heading, signature, write_words  # noqa: E402

# ---------------------------------------------------------------- 1. Quyết định with its attached plan


def quyet_dinh() -> list:
    """Quyết định of a provincial UBND issuing a plan; the plan and its task-table annex follow."""
    recipients = ["- Như Điều 3;", "- Văn phòng Chính phủ (Cục KSTTHC);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- Chủ tịch, các PCT UBND tỉnh;", "- Lãnh đạo Văn phòng UBND tỉnh;",
                  "- Trung tâm Phục vụ hành chính công tỉnh;", "- Lưu: VT, KSTT."]
    decision = [
        header(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], "Số: 215/QĐ-UBND", "Quảng Trị, ngày 26 tháng 01 năm 2024"),
        Para(""),
        centered("QUYẾT ĐỊNH", size=14),
        centered("Về việc ban hành Kế hoạch kiểm soát thủ tục hành chính,"),
        centered("thực hiện cơ chế một cửa, một cửa liên thông và số hóa hồ sơ,"),
        centered("kết quả giải quyết thủ tục hành chính năm 2024"),
        centered("-----------"),
        centered("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"),
        Para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
             "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
             italic=True),
        Para("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; "
             "Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị "
             "định liên quan đến kiểm soát thủ tục hành chính;", italic=True),
        Para("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một "
             "cửa liên thông trong giải quyết thủ tục hành chính và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 "
             "của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 61/2018/NĐ-CP;", italic=True),
        Para("Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về thực hiện thủ tục hành chính "
             "trên môi trường điện tử;", italic=True),
        Para("Căn cứ Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ "
             "quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành "
             "chính và thực hiện thủ tục hành chính trên môi trường điện tử;", italic=True),
        Para("Căn cứ Quyết định số 2718/QĐ-UBND ngày 15/12/2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải "
             "cách hành chính tỉnh Quảng Trị năm 2024;", italic=True),
        Para("Theo đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh.", italic=True),
        centered("QUYẾT ĐỊNH:"),
        Para("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính, thực hiện cơ chế "
             "một cửa, một cửa liên thông và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024 trên "
             "địa bàn tỉnh Quảng Trị."),
        Para("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký."),
        Para("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành cấp tỉnh, Chủ tịch Ủy "
             "ban nhân dân các huyện, thị xã, thành phố, Chủ tịch Ủy ban nhân dân các xã, phường, thị trấn và các "
             "cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./."),
        signature(recipients, ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Đức Tiến"),
    ]
    plan = [
        Section(landscape=False),
        Columns([["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------"], MOTTO]),
        Para(""),
        centered("KẾ HOẠCH", size=14),
        centered("Kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông và số hóa hồ sơ, "
                 "kết quả giải quyết thủ tục hành chính năm 2024"),
        centered("(Ban hành kèm theo Quyết định số 215/QĐ-UBND ngày 26 tháng 01 năm 2024 của Chủ tịch Ủy ban "
                 "nhân dân tỉnh Quảng Trị)", bold=False, italic=True),
        centered("-----------"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("a) Triển khai đồng bộ, hiệu quả các nhiệm vụ kiểm soát thủ tục hành chính (TTHC), cải cách TTHC "
             "gắn với chuyển đổi số, góp phần nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng về sự phục "
             "vụ hành chính của tỉnh năm 2024."),
        Para("b) Tạo chuyển biến rõ nét trong tiếp nhận, giải quyết TTHC theo cơ chế một cửa, một cửa liên "
             "thông; giảm thời gian, chi phí tuân thủ TTHC cho người dân, doanh nghiệp."),
        Para("c) Đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, tăng tỷ lệ hồ sơ được xử lý trực tuyến toàn "
             "trình và tái sử dụng dữ liệu đã được số hóa."),
        heading("2. Yêu cầu"),
        Para("a) Các nhiệm vụ phải được xác định cụ thể về nội dung, cơ quan chủ trì, cơ quan phối hợp, thời "
             "gian hoàn thành và sản phẩm; gắn trách nhiệm của người đứng đầu với kết quả thực hiện."),
        Para("b) Bảo đảm sự phối hợp chặt chẽ, thường xuyên giữa các cơ quan, đơn vị, địa phương; kịp thời tháo "
             "gỡ khó khăn, vướng mắc phát sinh trong quá trình thực hiện."),
        Para("c) Kết quả thực hiện Kế hoạch là một trong những căn cứ để xem xét thi đua, khen thưởng và đánh "
             "giá, xếp loại cơ quan, đơn vị, người đứng đầu năm 2024."),
        heading("II. NHIỆM VỤ, GIẢI PHÁP"),
        Para("Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản phẩm tại Phụ "
             "lục kèm theo Kế hoạch này."),
        heading("III. KINH PHÍ THỰC HIỆN"),
        Para("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các "
             "nguồn kinh phí hợp pháp khác."),
        heading("IV. TỔ CHỨC THỰC HIỆN"),
        heading("1. Văn phòng Ủy ban nhân dân tỉnh"),
        Para("a) Chủ trì, phối hợp với các cơ quan, đơn vị có liên quan theo dõi, đôn đốc, hướng dẫn việc triển "
             "khai thực hiện Kế hoạch; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện."),
        Para("b) Tham mưu Ủy ban nhân dân tỉnh báo cáo Văn phòng Chính phủ tình hình, kết quả thực hiện công tác "
             "kiểm soát TTHC theo quy định."),
        Para("c) Phối hợp với Sở Thông tin và Truyền thông, Trung tâm Phục vụ hành chính công tỉnh kiểm tra việc "
             "số hóa hồ sơ, kết quả giải quyết TTHC tại các cơ quan, đơn vị, địa phương; báo cáo Chủ tịch Ủy ban "
             "nhân dân tỉnh kết quả kiểm tra trước ngày 15 tháng 11 năm 2024."),
        heading("2. Sở Thông tin và Truyền thông"),
        Para("Bảo đảm hạ tầng kỹ thuật, an toàn thông tin của Hệ thống thông tin giải quyết thủ tục hành chính "
             "tỉnh; phối hợp với Văn phòng Ủy ban nhân dân tỉnh hoàn thiện chức năng số hóa, kết nối, chia sẻ dữ "
             "liệu với Cổng Dịch vụ công quốc gia và các cơ sở dữ liệu quốc gia, chuyên ngành."),
        heading("3. Sở Tài chính"),
        Para("Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách năm 2024 "
             "của các cơ quan, đơn vị theo quy định."),
        heading("4. Các sở, ban, ngành cấp tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố"),
        Para("a) Căn cứ Kế hoạch này, xây dựng kế hoạch kiểm soát TTHC năm 2024 của cơ quan, đơn vị, địa phương, "
             "gửi về Văn phòng Ủy ban nhân dân tỉnh trước ngày 29 tháng 02 năm 2024."),
        Para("b) Tổ chức thực hiện đầy đủ, đúng tiến độ các nhiệm vụ được giao tại Phụ lục kèm theo; báo cáo "
             "tình hình, kết quả thực hiện (lồng ghép trong báo cáo kiểm soát TTHC) gửi Văn phòng Ủy ban nhân "
             "dân tỉnh trước ngày 15 tháng 6 năm 2024 (báo cáo 6 tháng) và trước ngày 15 tháng 12 năm 2024 (báo "
             "cáo năm)."),
        Para("c) Ủy ban nhân dân các huyện, thị xã, thành phố chỉ đạo Ủy ban nhân dân cấp xã triển khai thực "
             "hiện các nhiệm vụ thuộc thẩm quyền, bảo đảm đồng bộ, thống nhất với Kế hoạch của tỉnh."),
        Para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về "
             "Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh xem xét, chỉ "
             "đạo./."),
    ]
    w = 6
    body = [
        group("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", w),
        ["1", "Ban hành Kế hoạch kiểm soát TTHC năm 2024 của cơ quan, đơn vị, địa phương",
         "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện", "Văn phòng UBND tỉnh", "Tháng 02/2024",
         "Kế hoạch được ban hành"],
        ["2", "Kiện toàn đội ngũ cán bộ, công chức đầu mối thực hiện nhiệm vụ kiểm soát TTHC",
         "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện, UBND cấp xã", "Sở Nội vụ", "Quý I/2024",
         "Quyết định kiện toàn danh sách công chức đầu mối"],
        ["3", "Theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Văn phòng Chính phủ tình "
              "hình, kết quả kiểm soát TTHC", "Văn phòng UBND tỉnh", "Các cơ quan, đơn vị có liên quan",
         "Hằng quý", "Báo cáo định kỳ của UBND tỉnh"],
        group("II", "KIỂM SOÁT QUY ĐỊNH THỦ TỤC HÀNH CHÍNH; CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH", w),
        ["1", "Đánh giá tác động của quy định TTHC trong dự thảo văn bản quy phạm pháp luật do UBND tỉnh ban "
              "hành hoặc trình HĐND tỉnh ban hành", "Cơ quan chủ trì soạn thảo", "Sở Tư pháp; Văn phòng UBND tỉnh",
         "Thường xuyên", "Biểu đánh giá tác động quy định TTHC"],
        ["2", "Trình Chủ tịch UBND tỉnh công bố danh mục TTHC mới ban hành, được sửa đổi, bổ sung hoặc bị bãi bỏ",
         "Các sở, ban, ngành cấp tỉnh", "Văn phòng UBND tỉnh",
         "Chậm nhất 05 ngày làm việc trước ngày văn bản quy phạm pháp luật có hiệu lực",
         "Quyết định công bố của Chủ tịch UBND tỉnh"],
        ["3", "Xây dựng, trình phê duyệt quy trình nội bộ, quy trình điện tử giải quyết TTHC",
         "Các sở, ban, ngành cấp tỉnh", "Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông", "Theo quy định",
         "Quyết định phê duyệt quy trình"],
        ["4", "Công khai đầy đủ, kịp thời TTHC tại Bộ phận Một cửa các cấp và trên Cổng Dịch vụ công quốc gia",
         "Trung tâm Phục vụ hành chính công tỉnh; UBND cấp huyện; UBND cấp xã", "Văn phòng UBND tỉnh",
         "Thường xuyên", "100% TTHC được công khai đúng quy định"],
        group("III", "RÀ SOÁT, ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH", w),
        ["1", "Xây dựng, ban hành Kế hoạch rà soát, đánh giá TTHC năm 2024", "Văn phòng UBND tỉnh",
         "Các sở, ban, ngành cấp tỉnh", "Tháng 3/2024", "Kế hoạch của UBND tỉnh"],
        ["2", "Rà soát, đề xuất phương án đơn giản hóa TTHC thuộc phạm vi quản lý của ngành, lĩnh vực",
         "Các sở, ban, ngành cấp tỉnh", "Văn phòng UBND tỉnh; Sở Tư pháp", "Trước ngày 30/6/2024",
         "Báo cáo kết quả rà soát, phương án đơn giản hóa"],
        ["3", "Thông qua phương án đơn giản hóa TTHC thuộc thẩm quyền giải quyết của địa phương",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành cấp tỉnh", "Quý III/2024", "Quyết định của Chủ tịch UBND tỉnh"],
        group("IV", "THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG", w),
        ["1", "Tiếp nhận, giải quyết và trả kết quả TTHC theo cơ chế một cửa, một cửa liên thông, bảo đảm tỷ lệ "
              "hồ sơ giải quyết đúng hạn đạt trên 98%",
         "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện; UBND cấp xã", "Trung tâm Phục vụ hành chính công tỉnh",
         "Thường xuyên", "Báo cáo tình hình, kết quả giải quyết TTHC"],
        ["2", "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC không phụ thuộc vào địa giới hành chính trong phạm "
              "vi cấp tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện tỉnh; các sở, ban, ngành cấp tỉnh",
         "Năm 2024", "Danh mục TTHC được công bố, triển khai"],
        ["3", "Đánh giá chất lượng giải quyết TTHC theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục "
              "vụ người dân, doanh nghiệp", "Văn phòng UBND tỉnh",
         "Trung tâm Phục vụ hành chính công tỉnh, các sở, ban, ngành cấp tỉnh và UBND cấp huyện", "Hằng tháng",
         "Kết quả đánh giá được công khai trên Cổng Dịch vụ công quốc gia"],
        group("V", "SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", w),
        ["1", "Số hóa hồ sơ, kết quả giải quyết TTHC trong quá trình tiếp nhận, giải quyết", "", "", "", ""],
        ["1.1", "Số hóa 100% hồ sơ, kết quả giải quyết TTHC thuộc thẩm quyền cấp tỉnh",
         "Các sở, ban, ngành cấp tỉnh", "Trung tâm Phục vụ hành chính công tỉnh", "Quý II/2024",
         "Hồ sơ, kết quả được số hóa, lưu trữ trong Kho quản lý dữ liệu điện tử của tổ chức, cá nhân"],
        ["1.2", "Số hóa tối thiểu 80% hồ sơ, kết quả giải quyết TTHC thuộc thẩm quyền cấp huyện",
         "UBND cấp huyện", "Sở Thông tin và Truyền thông", "Quý III/2024", ""],
        ["1.3", "Số hóa tối thiểu 60% hồ sơ, kết quả giải quyết TTHC thuộc thẩm quyền cấp xã", "UBND cấp xã",
         "UBND cấp huyện", "Quý IV/2024", ""],
        ["2", "Số hóa kết quả giải quyết TTHC còn hiệu lực đã cấp trước đây thuộc các lĩnh vực đất đai, hộ tịch, "
              "đăng ký kinh doanh", "Sở Tài nguyên và Môi trường; Sở Tư pháp; Sở Kế hoạch và Đầu tư",
         "UBND cấp huyện; UBND cấp xã", "Tháng 12/2024",
         "Dữ liệu được số hóa, cập nhật vào cơ sở dữ liệu chuyên ngành"],
        ["3", "Nâng cấp chức năng số hóa, tái sử dụng dữ liệu trên Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh; Trung tâm Phục vụ hành chính công tỉnh",
         "Quý II/2024", "Hệ thống được nâng cấp, vận hành ổn định"],
        group("VI", "TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; THÔNG TIN, TUYÊN TRUYỀN", w),
        ["1", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên Hệ thống "
              "thông tin tiếp nhận, trả lời phản ánh, kiến nghị", "Văn phòng UBND tỉnh",
         "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện", "Thường xuyên",
         "100% phản ánh, kiến nghị được xử lý đúng hạn"],
        ["2", "Tuyên truyền về kiểm soát TTHC, dịch vụ công trực tuyến trên các phương tiện thông tin đại chúng",
         "Báo Quảng Trị; Đài Phát thanh - Truyền hình Quảng Trị", "Văn phòng UBND tỉnh; Sở Thông tin và Truyền thông",
         "Thường xuyên", "Chuyên mục, tin, bài được đăng, phát"],
        ["3", "Tập huấn nghiệp vụ kiểm soát TTHC, số hóa hồ sơ cho cán bộ, công chức đầu mối các cấp",
         "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông", "Quý II/2024", "Hội nghị tập huấn"],
        ["4", "Sơ kết, tổng kết công tác kiểm soát TTHC năm 2024", "",
         "Các sở, ban, ngành cấp tỉnh; UBND cấp huyện", "Trước ngày 15/12/2024", "Báo cáo tổng kết"],
    ]
    # body row indices (0-based): II.2=6, II.3=7 share the lead; V.1.1-V.1.3 = 19..21 share the product;
    # VI.3=27, VI.4=28 share the lead
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("DANH MỤC NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH, THỰC HIỆN CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG "
                 "VÀ SỐ HÓA HỒ SƠ NĂM 2024"),
        centered("(Kèm theo Kế hoạch ban hành tại Quyết định số 215/QĐ-UBND ngày 26/01/2024 của Chủ tịch UBND "
                 "tỉnh Quảng Trị)", bold=False, italic=True),
        annex_table([["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
                    "Sản phẩm"]], [], body, [1.2, 8.5, 4.6, 4.8, 2.9, 3.7],
                  vmerges=[(6, 7, 2), (19, 21, 5), (27, 28, 2)]),
    ]
    return decision + plan + annex


# ---------------------------------------------------------------- 2. Department plan (Sở Nội vụ)


def ke_hoach_so() -> list:
    """Plan of a provincial department: prose tasks with 'Đơn vị thực hiện'/'Thời gian', duties per unit,
    and an annex with 'Từ ngày'/'Đến ngày' columns."""
    head = Grid([["UBND TỈNH ĐẮK LẮK\nSỞ NỘI VỤ\n-------", "\n".join(MOTTO)],
                 ["Số: 456/KH-SNV", "Đắk Lắk, ngày 12 tháng 3 năm 2024"]],
                borders=False, widths=[6.5, 9.5], size=12)
    parts = [
        head,
        Para(""),
        centered("KẾ HOẠCH", size=14),
        centered("Thực hiện công tác cải cách hành chính năm 2024 của Sở Nội vụ"),
        centered("-----------"),
        Para("Căn cứ Quyết định số 1038/QĐ-UBND ngày 20/4/2022 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm "
             "vụ, quyền hạn và cơ cấu tổ chức của Sở Nội vụ tỉnh Đắk Lắk;"),
        Para("Căn cứ Quyết định số 3512/QĐ-UBND ngày 29/12/2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải "
             "cách hành chính nhà nước tỉnh Đắk Lắk năm 2024;"),
        Para("Thực hiện Kế hoạch số 88/KH-BCĐ ngày 15/01/2024 của Ban Chỉ đạo cải cách hành chính tỉnh về thông "
             "tin, tuyên truyền cải cách hành chính năm 2024,"),
        Para("Sở Nội vụ xây dựng Kế hoạch thực hiện công tác cải cách hành chính năm 2024, cụ thể như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Cụ thể hóa các nhiệm vụ cải cách hành chính (CCHC) năm 2024 của tỉnh thuộc chức năng, nhiệm vụ "
             "của Sở Nội vụ; xác định rõ trách nhiệm của từng phòng, đơn vị thuộc Sở."),
        Para("- Nâng cao chất lượng tham mưu của Sở Nội vụ với vai trò cơ quan thường trực công tác CCHC của tỉnh, "
             "góp phần cải thiện Chỉ số CCHC của Sở và của tỉnh năm 2024."),
        heading("2. Yêu cầu"),
        Para("- Các nhiệm vụ phải bám sát Kế hoạch CCHC năm 2024 của tỉnh, có sản phẩm cụ thể và hoàn thành đúng "
             "thời hạn."),
        Para("- Người đứng đầu các phòng, đơn vị thuộc Sở chịu trách nhiệm trước Giám đốc Sở về kết quả thực hiện "
             "nhiệm vụ được giao."),
        heading("II. NHIỆM VỤ, GIẢI PHÁP"),
        heading("1. Cải cách thể chế"),
        Para("1.1. Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành thuộc "
             "lĩnh vực ngành Nội vụ; kịp thời tham mưu sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản không còn "
             "phù hợp."),
        Para("- Đơn vị thực hiện: Thanh tra Sở chủ trì, phối hợp với các phòng, đơn vị thuộc Sở."),
        Para("- Thời gian: Quý III năm 2024."),
        Para("1.2. Tham mưu Ủy ban nhân dân tỉnh ban hành Quy định phân cấp quản lý tổ chức bộ máy, biên chế, "
             "cán bộ, công chức, viên chức trên địa bàn tỉnh."),
        Para("- Đơn vị thực hiện: Phòng Tổ chức, biên chế và Tổ chức phi chính phủ."),
        Para("- Đơn vị phối hợp: Phòng Công chức, viên chức; Sở Tư pháp."),
        Para("- Thời gian: Tháng 9/2024."),
        heading("2. Cải cách thủ tục hành chính"),
        Para("2.1. Tiếp nhận, giải quyết thủ tục hành chính (TTHC) thuộc thẩm quyền của Sở tại Trung tâm Phục vụ "
             "hành chính công tỉnh; bảo đảm 100% hồ sơ được giải quyết đúng và trước hạn."),
        Para("- Đơn vị thực hiện: Các phòng, đơn vị có TTHC thuộc Sở."),
        Para("- Thời gian: Thường xuyên."),
        Para("2.2. Rà soát, đề xuất phương án đơn giản hóa ít nhất 02 TTHC thuộc lĩnh vực quản lý của ngành Nội "
             "vụ, gửi Văn phòng Ủy ban nhân dân tỉnh tổng hợp."),
        Para("- Đơn vị thực hiện: Văn phòng Sở chủ trì; các phòng, đơn vị có TTHC phối hợp."),
        Para("- Thời gian: Trước ngày 30/6/2024."),
        heading("3. Cải cách tổ chức bộ máy hành chính nhà nước"),
        Para("3.1. Thẩm định đề án vị trí việc làm của các cơ quan, đơn vị sự nghiệp công lập thuộc Ủy ban nhân "
             "dân tỉnh; tham mưu phê duyệt điều chỉnh vị trí việc làm theo quy định."),
        Para("- Đơn vị thực hiện: Phòng Tổ chức, biên chế và Tổ chức phi chính phủ."),
        Para("- Thời gian: Quý II năm 2024."),
        Para("3.2. Hướng dẫn, đôn đốc các huyện, thị xã, thành phố thực hiện sắp xếp đơn vị hành chính cấp huyện, "
             "cấp xã giai đoạn 2023 - 2025 theo kế hoạch của tỉnh."),
        Para("- Đơn vị thực hiện: Phòng Xây dựng chính quyền và Công tác thanh niên."),
        Para("- Thời gian: Từ tháng 4/2024 đến tháng 10/2024."),
        heading("4. Cải cách chế độ công vụ"),
        Para("4.1. Tham mưu tổ chức kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại một số cơ quan, đơn "
             "vị, địa phương theo kế hoạch được phê duyệt."),
        Para("- Đơn vị thực hiện: Thanh tra Sở chủ trì; Phòng Công chức, viên chức phối hợp."),
        Para("- Thời gian: Quý II và Quý III năm 2024."),
        Para("4.2. Tham mưu tổ chức thi tuyển, xét tuyển công chức, viên chức năm 2024 bảo đảm công khai, minh "
             "bạch, đúng quy định."),
        Para("- Đơn vị thực hiện: Phòng Công chức, viên chức."),
        Para("- Thời gian: Theo kế hoạch được Ủy ban nhân dân tỉnh phê duyệt."),
        heading("5. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
        Para("5.1. Số hóa hồ sơ cán bộ, công chức, viên chức và cập nhật dữ liệu vào Cơ sở dữ liệu quốc gia về "
             "cán bộ, công chức, viên chức trong các cơ quan nhà nước."),
        Para("- Đơn vị thực hiện: Phòng Công chức, viên chức chủ trì, phối hợp với Văn phòng Sở và Sở Thông tin và "
             "Truyền thông."),
        Para("- Thời gian: Trước ngày 31/10/2024."),
        Para("5.2. Số hóa tài liệu lưu trữ lịch sử của tỉnh theo lộ trình của Đề án đã được phê duyệt."),
        Para("- Đơn vị thực hiện: Chi cục Văn thư - Lưu trữ."),
        Para("- Thời gian: Tháng 12/2024."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        heading("1. Phòng Cải cách hành chính"),
        Para("a) Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch này; tổng "
             "hợp, tham mưu Giám đốc Sở báo cáo kết quả thực hiện."),
        Para("b) Tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh kết quả thực hiện nhiệm vụ CCHC quý I trước "
             "ngày 15/3/2024, 6 tháng trước ngày 15/6/2024, quý III trước ngày 15/9/2024 và năm trước ngày "
             "15/12/2024."),
        Para("c) Chủ trì, phối hợp với Văn phòng Sở tự đánh giá, chấm điểm Chỉ số CCHC năm 2024 của Sở Nội vụ, "
             "gửi Hội đồng thẩm định Chỉ số CCHC của tỉnh."),
        heading("2. Văn phòng Sở"),
        Para("Bảo đảm kinh phí, cơ sở vật chất, trang thiết bị phục vụ triển khai các nhiệm vụ tại Kế hoạch; phối "
             "hợp với Phòng Cải cách hành chính theo dõi, đánh giá việc thực hiện nhiệm vụ của các phòng, đơn vị."),
        heading("3. Trưởng các phòng, Chi cục trưởng Chi cục Văn thư - Lưu trữ, Trưởng Ban Thi đua - Khen thưởng"),
        Para("a) Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết của phòng, đơn vị gửi Phòng Cải cách hành "
             "chính trước ngày 25/3/2024."),
        Para("b) Chịu trách nhiệm trước Giám đốc Sở về tiến độ, chất lượng thực hiện nhiệm vụ được giao; định kỳ "
             "gửi báo cáo kết quả về Phòng Cải cách hành chính trước ngày 10 của tháng cuối quý."),
        Para("Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc "
             "Sở (qua Phòng Cải cách hành chính) để xem xét, giải quyết./."),
        signature(["- UBND tỉnh (b/c);", "- Giám đốc, các Phó Giám đốc Sở;", "- Các phòng, đơn vị thuộc Sở;",
                   "- Trang thông tin điện tử Sở;", "- Lưu: VT, CCHC."],
                  ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Thu Hạnh"),
    ]
    w = 7
    body = [
        group("I", "TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN ĐẠI CHÚNG", w),
        ["1", "Duy trì, cập nhật chuyên mục \u201cCải cách hành chính\u201d trên Trang thông tin điện tử của Sở",
         "Văn phòng Sở", "Phòng Cải cách hành chính", "01/4/2024", "31/12/2024", ""],
        ["2", "Phối hợp thực hiện chuyên trang tuyên truyền CCHC trên Báo Đắk Lắk", "Phòng Cải cách hành chính",
         "Báo Đắk Lắk", "01/4/2024", "15/12/2024", "Mỗi tháng 01 kỳ"],
        ["3", "Phối hợp xây dựng phóng sự về kết quả CCHC của tỉnh năm 2024", "Phòng Cải cách hành chính",
         "Đài Phát thanh và Truyền hình tỉnh", "01/6/2024", "30/11/2024", "02 phóng sự"],
        group("II", "TỔ CHỨC HỘI NGHỊ, HỘI THI", w),
        ["1", "Tổ chức Hội nghị tập huấn nghiệp vụ CCHC cho công chức làm công tác CCHC của các sở, ban, ngành và "
              "UBND các huyện, thị xã, thành phố", "Phòng Cải cách hành chính", "Văn phòng Sở; Sở Tư pháp",
         "15/5/2024", "30/6/2024", ""],
        ["2", "Tổ chức Hội thi trực tuyến \u201cTìm hiểu về cải cách hành chính\u201d năm 2024",
         "Phòng Cải cách hành chính", "Sở Thông tin và Truyền thông; Tỉnh đoàn", "01/8/2024", "30/9/2024",
         "Theo Thể lệ được phê duyệt"],
        ["3", "Tổ chức Hội nghị đối thoại giữa lãnh đạo Sở với công chức, viên chức về CCHC", "Văn phòng Sở",
         "Công đoàn cơ sở Sở Nội vụ", "01/10/2024", "31/10/2024", ""],
        ["4", "Tổ chức tọa đàm \u201cNâng cao chất lượng phục vụ người dân, doanh nghiệp tại Bộ phận Một cửa\u201d",
         "Phòng Cải cách hành chính", "Trung tâm Phục vụ hành chính công tỉnh; UBND thành phố Buôn Ma Thuột",
         "01/7/2024", "31/7/2024", "Mời đại diện người dân, doanh nghiệp tham dự"],
        group("III", "TUYÊN TRUYỀN TRỰC QUAN VÀ TRÊN MÔI TRƯỜNG MẠNG", w),
        ["1", "Biên soạn, in ấn, cấp phát tờ rơi, tài liệu hỏi - đáp về CCHC và dịch vụ công trực tuyến",
         "Văn phòng Sở", "Phòng Cải cách hành chính", "01/4/2024", "30/6/2024", ""],
        ["2", "Treo băng rôn, pa nô tuyên truyền tại trụ sở Sở và tại Trung tâm Phục vụ hành chính công tỉnh",
         "Văn phòng Sở", "Trung tâm Phục vụ hành chính công tỉnh", "01/4/2024", "30/4/2024", ""],
        ["3", "Đăng tải tin, bài về CCHC trên trang mạng xã hội của Sở", "Văn phòng Sở",
         "Các phòng, đơn vị thuộc Sở", "01/4/2024", "31/12/2024", ""],
        ["4", "Khảo sát mức độ hài lòng của người dân, tổ chức đối với việc giải quyết TTHC thuộc thẩm quyền của "
              "Sở", "Phòng Cải cách hành chính", "Văn phòng Sở", "01/10/2024", "30/11/2024",
         "Theo mẫu phiếu khảo sát của Bộ Nội vụ"],
        group("IV", "KIỂM TRA, SƠ KẾT, TỔNG KẾT", w),
        ["1", "Kiểm tra việc thực hiện nhiệm vụ thông tin, tuyên truyền CCHC tại các phòng, đơn vị thuộc Sở",
         "Phòng Cải cách hành chính", "Thanh tra Sở", "01/9/2024", "30/9/2024", ""],
        ["2", "Sơ kết 6 tháng, tổng kết năm công tác thông tin, tuyên truyền CCHC; đề xuất khen thưởng tập thể, cá "
              "nhân có thành tích xuất sắc", "Phòng Cải cách hành chính", "Ban Thi đua - Khen thưởng", "01/6/2024",
         "15/12/2024", "Lồng ghép trong báo cáo CCHC"],
    ]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 456/KH-SNV ngày 12/3/2024 của Sở Nội vụ)", bold=False, italic=True),
        annex_table([["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "", "Ghi chú"],
                   ["", "", "", "", "Từ ngày", "Đến ngày", ""]],
                  [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)], body,
                  [1.2, 9.0, 4.0, 4.5, 2.3, 2.3, 2.4]),
    ]
    return parts + annex


# ---------------------------------------------------------------- 3. District inspection report


def bao_cao() -> list:
    """Báo cáo of a district UBND on an inspection of cải cách hành chính at named communes."""
    parts = [
        header(["ỦY BAN NHÂN DÂN", "HUYỆN HƯƠNG KHÊ"], "Số: 386/BC-UBND", "Hương Khê, ngày 20 tháng 11 năm 2023"),
        Para(""),
        centered("BÁO CÁO", size=14),
        centered("Kết quả kiểm tra công tác cải cách hành chính năm 2023"),
        centered("tại Ủy ban nhân dân các xã, thị trấn"),
        centered("-----------"),
        Para("Thực hiện Kế hoạch số 35/KH-UBND ngày 18/01/2023 của Ủy ban nhân dân tỉnh Hà Tĩnh về cải cách hành "
             "chính nhà nước năm 2023; Kế hoạch số 312/KH-UBND ngày 10/02/2023 của Ủy ban nhân dân huyện về kiểm "
             "tra công tác cải cách hành chính năm 2023; Quyết định số 2105/QĐ-UBND ngày 25/9/2023 của Chủ tịch "
             "Ủy ban nhân dân huyện về việc thành lập Đoàn kiểm tra công tác cải cách hành chính năm 2023, Ủy ban "
             "nhân dân huyện báo cáo kết quả kiểm tra như sau:"),
        heading("I. KHÁI QUÁT CHUNG"),
        heading("1. Thời gian, thành phần và hình thức kiểm tra"),
        Para("- Thời gian kiểm tra: từ ngày 09/10/2023 đến ngày 27/10/2023."),
        Para("- Thành phần Đoàn kiểm tra: lãnh đạo Phòng Nội vụ (Trưởng đoàn); đại diện Văn phòng HĐND và UBND "
             "huyện, Phòng Tư pháp, Phòng Văn hóa và Thông tin, Phòng Tài chính - Kế hoạch."),
        Para("- Hình thức: kiểm tra trực tiếp tại trụ sở Ủy ban nhân dân xã, thị trấn; nghe báo cáo, kiểm tra hồ "
             "sơ, tài liệu và kiểm tra thực tế tại Bộ phận Một cửa."),
        heading("2. Đơn vị được kiểm tra"),
        Para("Đoàn kiểm tra đã kiểm tra trực tiếp 06 đơn vị, gồm: Ủy ban nhân dân thị trấn Hương Khê và Ủy ban "
             "nhân dân các xã: Phúc Đồng, Hương Trà, Hương Long, Hà Linh, Lộc Yên."),
        heading("3. Nội dung kiểm tra"),
        Para("Công tác chỉ đạo, điều hành cải cách hành chính (CCHC); cải cách thể chế; cải cách thủ tục hành "
             "chính (TTHC) và thực hiện cơ chế một cửa, một cửa liên thông; cải cách tổ chức bộ máy; cải cách chế "
             "độ công vụ; cải cách tài chính công; xây dựng chính quyền điện tử, chính quyền số."),
        heading("II. KẾT QUẢ KIỂM TRA"),
        heading("1. Ưu điểm"),
        Para("- Các đơn vị được kiểm tra đã ban hành kế hoạch CCHC, kế hoạch kiểm soát TTHC và kế hoạch tuyên "
             "truyền CCHC năm 2023 kịp thời, phân công cụ thể trách nhiệm cho cán bộ, công chức."),
        Para("- 100% TTHC thuộc thẩm quyền giải quyết của cấp xã được niêm yết công khai tại Bộ phận Một cửa; "
             "hồ sơ TTHC cơ bản được tiếp nhận, giải quyết đúng quy định."),
        Para("- Bộ phận Một cửa được bố trí ở vị trí thuận tiện, có đủ trang thiết bị phục vụ người dân; công "
             "chức có thái độ phục vụ tận tình."),
        heading("2. Tồn tại, hạn chế"),
        Para("a) Ủy ban nhân dân xã Phúc Đồng: chưa cập nhật đầy đủ hồ sơ TTHC lên Hệ thống thông tin giải quyết "
             "TTHC tỉnh; còn 07 hồ sơ lĩnh vực chứng thực giải quyết quá hạn nhưng chưa có văn bản xin lỗi."),
        Para("b) Ủy ban nhân dân xã Hương Trà: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC thấp (khoảng 35%); "
             "chưa thực hiện đánh giá mức độ hài lòng của người dân."),
        Para("c) Ủy ban nhân dân xã Hà Linh và xã Lộc Yên: niêm yết công khai TTHC chưa được cập nhật theo các "
             "quyết định công bố mới của Chủ tịch Ủy ban nhân dân tỉnh."),
        Para("d) Ủy ban nhân dân xã Hương Long và thị trấn Hương Khê: tỷ lệ hồ sơ nộp trực tuyến còn thấp; "
             "một số hồ sơ chưa được lưu trữ theo quy định."),
        heading("3. Nguyên nhân"),
        Para("- Một số công chức kiêm nhiệm nhiều việc, chưa thành thạo kỹ năng ứng dụng công nghệ thông tin."),
        Para("- Người đứng đầu một số đơn vị chưa thực sự quan tâm chỉ đạo, kiểm tra công tác CCHC."),
        heading("III. KIẾN NGHỊ, ĐỀ XUẤT"),
        heading("1. Đối với Ủy ban nhân dân các xã, thị trấn được kiểm tra"),
        Para("- Khẩn trương khắc phục các tồn tại, hạn chế Đoàn kiểm tra đã chỉ ra; báo cáo kết quả khắc phục về "
             "Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 15/12/2023."),
        Para("- Chỉ đạo công chức Bộ phận Một cửa cập nhật, số hóa đầy đủ hồ sơ TTHC trên Hệ thống thông tin giải "
             "quyết TTHC tỉnh; thực hiện xin lỗi tổ chức, cá nhân đối với hồ sơ quá hạn theo quy định."),
        Para("- Tăng cường tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến, thanh toán trực "
             "tuyến."),
        heading("2. Đối với các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện"),
        Para("- Phòng Nội vụ theo dõi, đôn đốc các đơn vị khắc phục tồn tại sau kiểm tra; tổng hợp kết quả, tham "
             "mưu Ủy ban nhân dân huyện đưa vào tiêu chí chấm điểm Chỉ số CCHC cấp xã năm 2023."),
        Para("- Văn phòng HĐND và UBND huyện phối hợp với Phòng Văn hóa và Thông tin hướng dẫn Ủy ban nhân dân "
             "các xã, thị trấn thực hiện số hóa hồ sơ, kết quả giải quyết TTHC, hoàn thành trong Quý I năm 2024."),
        heading("3. Kiến nghị Sở Nội vụ"),
        Para("Quan tâm tổ chức tập huấn nghiệp vụ CCHC, kiểm soát TTHC cho công chức cấp xã; hướng dẫn thống nhất "
             "cách chấm điểm Chỉ số CCHC cấp xã."),
        Para("Trên đây là báo cáo kết quả kiểm tra công tác cải cách hành chính năm 2023 tại các xã, thị trấn của "
             "Ủy ban nhân dân huyện Hương Khê./."),
        signature(["- Sở Nội vụ tỉnh Hà Tĩnh;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                   "- Thành viên Đoàn kiểm tra;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."],
                  ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phan Văn Hòa"),
    ]
    rows = [["STT", "Đơn vị", "Số TTHC niêm yết", "Hồ sơ tiếp nhận", "Hồ sơ quá hạn", "Tỷ lệ số hóa (%)",
             "Xếp loại"],
            ["1", "UBND thị trấn Hương Khê", "126", "2.145", "0", "58", "Khá"],
            ["2", "UBND xã Phúc Đồng", "121", "684", "7", "41", "Trung bình"],
            ["3", "UBND xã Hương Trà", "121", "512", "0", "35", "Trung bình"],
            ["4", "UBND xã Hương Long", "121", "733", "2", "49", "Khá"],
            ["5", "UBND xã Hà Linh", "121", "458", "0", "52", "Khá"],
            ["6", "UBND xã Lộc Yên", "121", "390", "1", "47", "Khá"],
            ["", "Tổng cộng", "", "4.922", "10", "", ""]]
    annex = [
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("TỔNG HỢP KẾT QUẢ KIỂM TRA TẠI CÁC ĐƠN VỊ"),
        centered("(Kèm theo Báo cáo số 386/BC-UBND ngày 20/11/2023 của UBND huyện Hương Khê)", bold=False,
                 italic=True),
        Grid(rows, [(7, 0, 7, 1)], header_rows=1, widths=[1.2, 7.0, 3.5, 3.5, 3.0, 3.5, 3.5]),
    ]
    return parts + annex


# ---------------------------------------------------------------- 4. Công văn


def cong_van() -> list:
    """Công văn of a provincial UBND asking departments and districts to act and report by a date."""
    parts = [
        Columns([["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "-------", "Số: 1587/UBND-KSTT",
                  "V/v triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và báo cáo kết quả thực "
                  "hiện 04 tháng đầu năm 2024"],
                 [*MOTTO, "Phú Thọ, ngày 06 tháng 5 năm 2024"]]),
        Para(""),
        Para("Kính gửi: - Các sở, ban, ngành tỉnh;", align="center", indent=False),
        Para("- UBND các huyện, thị xã, thành phố.", align="center", indent=False),
        Para("Thực hiện Công văn số 2134/VPCP-KSTT ngày 12/4/2024 của Văn phòng Chính phủ về việc đẩy mạnh số hóa "
             "hồ sơ, kết quả giải quyết thủ tục hành chính; Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn "
             "phòng Chính phủ quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải "
             "quyết thủ tục hành chính và thực hiện thủ tục hành chính trên môi trường điện tử, Chủ tịch Ủy ban "
             "nhân dân tỉnh có ý kiến như sau:"),
        Para("1. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố:"),
        Para("a) Rà soát, thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC) theo đúng quy định "
             "tại Thông tư số 01/2023/TT-VPCP; bảo đảm hồ sơ TTHC được số hóa ngay khi tiếp nhận."),
        Para("b) Chỉ đạo Bộ phận Một cửa các cấp khai thác, tái sử dụng kết quả số hóa, không yêu cầu tổ chức, "
             "cá nhân cung cấp lại giấy tờ, tài liệu đã được số hóa."),
        Para("c) Tổng hợp, báo cáo kết quả số hóa 04 tháng đầu năm 2024 (theo Biểu mẫu kèm theo) gửi về Ủy ban "
             "nhân dân tỉnh (qua Văn phòng Ủy ban nhân dân tỉnh) trước ngày 20/5/2024 để tổng hợp, báo cáo Văn "
             "phòng Chính phủ."),
        Para("2. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh khắc phục "
             "dứt điểm lỗi kết nối, đồng bộ dữ liệu số hóa giữa Hệ thống thông tin giải quyết TTHC tỉnh và Cổng "
             "Dịch vụ công quốc gia; hoàn thành trước ngày 31/5/2024."),
        Para("3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện; tổng hợp, tham mưu Ủy ban "
             "nhân dân tỉnh báo cáo Văn phòng Chính phủ trước ngày 25/5/2024."),
        Para("Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./."),
        signature(["- Như trên;", "- Văn phòng Chính phủ (Cục KSTTHC) (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                   "- CVP, các PCVP UBND tỉnh;", "- Trung tâm Phục vụ hành chính công tỉnh;", "- Lưu: VT, KSTT."],
                  ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Đỗ Minh Quân"),
    ]
    rows = [["STT", "Tên cơ quan, đơn vị", "Tổng số hồ sơ tiếp nhận", "Số hồ sơ được số hóa", "Tỷ lệ (%)",
             "Số kết quả giải quyết được số hóa", "Ghi chú"],
            ["(1)", "(2)", "(3)", "(4)", "(5)=(4)/(3)", "(6)", "(7)"],
            ["1", "", "", "", "", "", ""],
            ["2", "", "", "", "", "", ""],
            ["…", "", "", "", "", "", ""],
            ["", "Tổng cộng", "", "", "", "", ""]]
    annex = [
        Section(landscape=True),
        centered("BIỂU MẪU"),
        centered("KẾT QUẢ SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH 04 THÁNG ĐẦU NĂM 2024"),
        centered("(Kèm theo Công văn số 1587/UBND-KSTT ngày 06/5/2024 của UBND tỉnh Phú Thọ)", bold=False,
                 italic=True),
        Grid(rows, [], header_rows=2, widths=[1.2, 7.5, 3.5, 3.5, 3.0, 4.0, 3.0]),
    ]
    return parts + annex


DOCUMENTS = {
    "h01_qd_ubnd_quang_tri": quyet_dinh,
    "h02_kh_snv_dak_lak": ke_hoach_so,
    "h03_bc_ubnd_huong_khe": bao_cao,
    "h04_cv_ubnd_phu_tho": cong_van,
}

def main() -> None:
    """Write docx/<stem>.docx and pdf/<stem>.pdf for every held-out document."""
    write_words(HERE, {stem: finish(to_docx(make(), page_numbers=True)) for stem, make in DOCUMENTS.items()})


if __name__ == "__main__":
    main()
