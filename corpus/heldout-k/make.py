"""Held-out set K: five plans written for the project, made with the shared helpers (`generate.py`,
`official.py`). Each document is described once and rendered

- as the web copy a site gives (`seeds/<stem>.txt`), in one of five copy layouts: a table copied one cell per
  line (k01), paragraphs joined by two spaces into one line per section (k02), every sentence on its own line
  hard-wrapped at 80 columns (k03), Windows line ends with "•" bullets (k04), a text browser's dump with
  numbered links, indented wrapped paragraphs and a space-padded table (k05);
- as the page saved by a browser (`html/<stem>.html`: chrome, header and signature tables, <p> paragraphs,
  <strong> unit labels, task tables with <thead>, colspan group rows);
- as the official Word file (`docx/`) and the PDF LibreOffice makes from it (`pdf/`).

    .venv/bin/python corpus/heldout-k/make.py        # rewrites seeds/, html/, docx/ and pdf/

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import html
import re
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import webcopy as web  # noqa: E402
from generate import Grid, Para, Section  # noqa: E402
from official import MOTTO, ROMAN, annex_table, centered, group, heading  # noqa: E402
from webcopy import Doc, Head, Portal, Sign, p, title  # noqa: E402


@dataclass
class Site(Portal):
    """The portal a document is published on and how its text copy is laid out."""

    footer: list[str]
    layout: str = "plain"  # cells | joined | sentences | crlf | lynx
    url: str = "https://example.gov.vn"


LABEL = "\u2063"  # marks the end of a bold unit label inside a paragraph's text (removed on output)


def clean(text: str) -> str:
    """The text without the label mark."""
    return text.replace(LABEL, "")


# ---------------------------------------------------------------- k01: UBND tỉnh Cao Bằng, a Party resolution


def k01() -> Doc:
    """Kế hoạch 1125/KH-UBND of UBND tỉnh Cao Bằng carrying out a Tỉnh ủy resolution: a 19-row annex over two
    landscape pages, sub-rows 1.1 / 1.2, lead cells "A và B"."""
    w = 6
    ttt = "Sở Thông tin và Truyền thông"
    hx = "UBND các huyện, thành phố"
    grid = annex_table(
        [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]], [],
        [group("I", "Chuyển đổi nhận thức và hoàn thiện thể chế", w),
         ["1", "Tuyên truyền, phổ biến Nghị quyết số 09-NQ/TU đến cán bộ, đảng viên và Nhân dân trên địa bàn tỉnh",
          ttt, "Báo Cao Bằng; Đài Phát thanh - Truyền hình tỉnh", "Quý II/2024", "Tin, bài, phóng sự"],
         ["1.1", "Mở chuyên mục “Chuyển đổi số” trên Báo Cao Bằng điện tử", "Báo Cao Bằng", ttt, "Tháng 5/2024",
          "Chuyên mục được duy trì"],
         ["1.2", "Phát sóng chương trình “Chuyển đổi số cùng bà con vùng cao” bằng tiếng Tày, Nùng, Mông",
          "Đài Phát thanh - Truyền hình tỉnh", hx, "Thường xuyên", "Chương trình phát thanh, truyền hình"],
         ["2", "Rà soát, ban hành quy chế quản lý, vận hành Trung tâm giám sát, điều hành thông minh của tỉnh",
          ttt, "Sở Tư pháp; Văn phòng UBND tỉnh", "Tháng 9/2024", "Quyết định của UBND tỉnh"],
         ["3", "Xây dựng bộ chỉ số đánh giá mức độ chuyển đổi số của cơ quan nhà nước cấp huyện, cấp xã",
          "Sở Nội vụ và Sở Thông tin và Truyền thông", hx, "Quý III/2024", "Bộ chỉ số được ban hành"],
         group("II", "Phát triển hạ tầng số và dữ liệu số", w),
         ["4", "Phủ sóng di động băng rộng đến các xóm chưa có sóng di động", ttt,
          "Các doanh nghiệp viễn thông trên địa bàn tỉnh; UBND các huyện", "Năm 2024", "Xóm được phủ sóng"],
         ["4.1", "Khảo sát hiện trạng hạ tầng mạng di động tại các xóm vùng sâu, vùng xa", ttt,
          "Các doanh nghiệp viễn thông trên địa bàn tỉnh", "Quý II/2024", "Báo cáo khảo sát"],
         ["4.2", "Đầu tư trạm phát sóng tại các xóm chưa có sóng di động",
          "Các doanh nghiệp viễn thông trên địa bàn tỉnh", hx, "Trước 30/11/2024", "Trạm phát sóng hoạt động"],
         ["5", "Xây dựng cơ sở dữ liệu đất đai tỉnh Cao Bằng giai đoạn 2", "Sở Tài nguyên và Môi trường",
          "Sở Tài chính; UBND các huyện, thành phố", "Năm 2024", "Cơ sở dữ liệu đất đai"],
         ["6", "Kết nối, chia sẻ dữ liệu dân cư với các cơ sở dữ liệu chuyên ngành của tỉnh",
          "Công an tỉnh và Sở Thông tin và Truyền thông", "Các sở, ban, ngành tỉnh", "Quý IV/2024",
          "Dữ liệu được kết nối, chia sẻ"],
         ["7", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh", "Văn phòng UBND tỉnh", ttt,
          "Tháng 10/2024", "Hệ thống được nâng cấp"],
         group("III", "Phát triển chính quyền số, kinh tế số, xã hội số", w),
         ["8", "Cung cấp dịch vụ công trực tuyến toàn trình đối với thủ tục hành chính đủ điều kiện",
          "Các sở, ban, ngành tỉnh", "Văn phòng UBND tỉnh", "Thường xuyên", "Tỷ lệ hồ sơ trực tuyến toàn trình"],
         ["8.1", "Rà soát, công bố danh mục thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình",
          "Văn phòng UBND tỉnh", "Các sở, ban, ngành tỉnh", "Trước 30/6/2024", "Quyết định công bố danh mục"],
         ["8.2", "Hướng dẫn người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa cấp xã", hx, "Tỉnh đoàn",
          "Thường xuyên", "Số hồ sơ trực tuyến tăng"],
         ["9", "Đưa sản phẩm OCOP của tỉnh lên các sàn thương mại điện tử", "Sở Công Thương",
          "Sở Nông nghiệp và Phát triển nông thôn; Liên minh Hợp tác xã tỉnh", "Quý III/2024",
          "Sản phẩm được đưa lên sàn"],
         ["10", "Triển khai thanh toán không dùng tiền mặt tại các cơ sở y tế, trường học",
          "Ngân hàng Nhà nước chi nhánh tỉnh Cao Bằng", "Sở Y tế; Sở Giáo dục và Đào tạo", "Năm 2024",
          "Cơ sở thanh toán không dùng tiền mặt"],
         ["11", "Thành lập, kiện toàn Tổ công nghệ số cộng đồng tại các xóm, tổ dân phố", hx, ttt, "Tháng 6/2024",
          "Quyết định thành lập"],
         ["12", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Sở Thông tin và Truyền "
          "thông; UBND các huyện, thành phố", "Quý III/2024", "Lớp bồi dưỡng"],
         ["13", "Sơ kết, đánh giá kết quả thực hiện Nghị quyết số 09-NQ/TU năm 2024", ttt,
          "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố", "Tháng 12/2024", "Báo cáo sơ kết"]],
        [1.3, 8.5, 4.2, 5.2, 2.8, 3.7])
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG", "-------", "Số: 1125/KH-UBND"],
             [*MOTTO, "Cao Bằng, ngày 16 tháng 4 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Thực hiện Nghị quyết số 09-NQ/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh "
              "chuyển đổi số năm 2024"),
        p("Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về một số chủ trương, chính sách chủ "
          "động tham gia cuộc Cách mạng công nghiệp lần thứ tư;", italic=True),
        p("Thực hiện Nghị quyết số 09-NQ/TU ngày 12/01/2024 của Ban Chấp hành Đảng bộ tỉnh Cao Bằng về đẩy mạnh "
          "chuyển đổi số năm 2024,", italic=True),
        p("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("- Cụ thể hóa các mục tiêu, nhiệm vụ của Nghị quyết số 09-NQ/TU thành nhiệm vụ của các cơ quan, đơn vị."),
        p("- Thu hẹp khoảng cách số giữa vùng đồng bào dân tộc thiểu số với khu vực đô thị của tỉnh."),
        heading("2. Yêu cầu"),
        p("- Các cơ quan, đơn vị chủ động triển khai, bảo đảm đúng tiến độ và chất lượng."),
        heading("II. NHIỆM VỤ, GIẢI PHÁP"),
        p("Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("1. Các sở, ban, ngành tỉnh, UBND các huyện, thành phố căn cứ nhiệm vụ được giao tại Phụ lục xây dựng "
          "kế hoạch thực hiện, gửi Sở Thông tin và Truyền thông trước ngày 15/5/2024."),
        p("2. Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Nội vụ theo dõi, đôn đốc; tổng hợp, báo cáo "
          "UBND tỉnh kết quả thực hiện trước ngày 10/12/2024."),
        Sign(["- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đàm Văn Quyết"),
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT SỐ 09-NQ/TU NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 1125/KH-UBND ngày 16/4/2024 của UBND tỉnh Cao Bằng)", bold=False,
                 italic=True),
        grid,
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG",
                ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Công dân", "Doanh nghiệp"],
                ["Trang chủ", "Chỉ đạo điều hành", "Kế hoạch"],
                "Kế hoạch thực hiện Nghị quyết số 09-NQ/TU về đẩy mạnh chuyển đổi số năm 2024",
                "Ngày đăng: 18/04/2024 08:15", ["Cơ quan chủ quản: UBND tỉnh Cao Bằng", "Số 011 Hoàng Đình Giong"],
                layout="cells")
    return Doc(parts, site)


# ---------------------------------------------------------------- k02: Sở Tài nguyên và Môi trường tỉnh Lai Châu


def k02() -> Doc:
    """Kế hoạch 412/KH-STNMT of Sở TNMT Lai Châu: a body task table with dues "Tháng 6 - 8/2024", "6 tháng đầu
    năm 2024", "Đến hết năm 2024"; the web copy joins the paragraphs of each section by two spaces."""
    grid = annex_table(
        [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]], [],
        [["1", "Rà soát, đề xuất đơn giản hóa thủ tục hành chính lĩnh vực đất đai, môi trường", "Văn phòng Sở",
          "Chi cục Bảo vệ môi trường; Phòng Quản lý đất đai", "Tháng 6 - 8/2024"],
         ["2", "Số hóa hồ sơ đăng ký đất đai tại Văn phòng Đăng ký đất đai và các Chi nhánh",
          "Văn phòng Đăng ký đất đai", "Trung tâm Công nghệ thông tin tài nguyên và môi trường",
          "6 tháng đầu năm 2024"],
         ["3", "Cập nhật dữ liệu quan trắc môi trường tự động lên hệ thống thông tin môi trường của tỉnh",
          "Chi cục Bảo vệ môi trường", "Trung tâm Quan trắc tài nguyên và môi trường", "Đến hết năm 2024"],
         ["4", "Tự kiểm tra việc thực hiện nhiệm vụ, công vụ của công chức, viên chức các phòng, đơn vị",
          "Thanh tra Sở", "Văn phòng Sở", "Quý III và Quý IV năm 2024"],
         ["5", "Tuyên truyền cải cách hành chính trên Trang thông tin điện tử của Sở",
          "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Các phòng, đơn vị thuộc Sở", "Thường xuyên"]],
        [1.2, 6.8, 3.6, 3.6, 2.8])
    parts = [
        Head(["UBND TỈNH LAI CHÂU", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "-------", "Số: 412/KH-STNMT"],
             [*MOTTO, "Lai Châu, ngày 22 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Thực hiện công tác cải cách hành chính năm 2024 của Sở Tài nguyên và Môi trường"),
        p("Căn cứ Quyết định số 125/QĐ-UBND ngày 25/01/2024 của UBND tỉnh Lai Châu ban hành Kế hoạch cải cách "
          "hành chính nhà nước tỉnh Lai Châu năm 2024;", italic=True),
        p("Căn cứ Quyết định số 22/2023/QĐ-UBND ngày 14/6/2023 của UBND tỉnh Lai Châu quy định chức năng, nhiệm "
          "vụ, quyền hạn và cơ cấu tổ chức của Sở Tài nguyên và Môi trường,", italic=True),
        p("Sở Tài nguyên và Môi trường xây dựng Kế hoạch như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("- Nâng cao chất lượng giải quyết thủ tục hành chính lĩnh vực tài nguyên và môi trường."),
        p("- Cải thiện Chỉ số cải cách hành chính của Sở năm 2024."),
        heading("2. Yêu cầu"),
        p("- Phân công cụ thể, gắn trách nhiệm của người đứng đầu phòng, đơn vị với kết quả thực hiện."),
        heading("II. NHIỆM VỤ TRỌNG TÂM"),
        p("Các nhiệm vụ cụ thể như sau:"),
        grid,
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("1. Các phòng, đơn vị thuộc Sở tổ chức thực hiện nhiệm vụ được giao, báo cáo kết quả về Văn phòng Sở "
          "trước ngày 15/11/2024."),
        p("2. Văn phòng Sở theo dõi, đôn đốc việc thực hiện và tổng hợp báo cáo kết quả thực hiện Kế hoạch."),
        Sign(["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
              "- Lưu: VT, VP."],
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Lò Văn Thắm"),
    ]
    site = Site("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LAI CHÂU",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Thủ tục hành chính", "Văn bản", "Liên hệ"],
                ["Trang chủ", "Văn bản", "Văn bản của Sở"], "Kế hoạch cải cách hành chính năm 2024",
                "Cập nhật: 25/03/2024", ["Sở Tài nguyên và Môi trường tỉnh Lai Châu", "Phường Tân Phong, thành "
                                         "phố Lai Châu"], layout="joined")
    return Doc(parts, site)


# ---------------------------------------------------------------- k03: UBND thành phố Pleiku (Gia Lai)


def k03() -> Doc:
    """Kế hoạch 198/KH-UBND of UBND thành phố Pleiku: duties under "Trách nhiệm của các cơ quan, đơn vị" led by
    a bold unit label; the web copy has every sentence on its own line, wrapped at 80 columns."""
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PLEIKU", "-------", "Số: 198/KH-UBND"],
             [*MOTTO, "Pleiku, ngày 09 tháng 4 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Triển khai Đề án 06 trên địa bàn thành phố Pleiku năm 2024"),
        p("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng "
          "dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - "
          "2025, tầm nhìn đến năm 2030;", italic=True),
        p("Thực hiện Kế hoạch số 345/KH-UBND ngày 05/02/2024 của UBND tỉnh Gia Lai về triển khai Đề án 06 năm "
          "2024,", italic=True),
        p("Ủy ban nhân dân thành phố Pleiku ban hành Kế hoạch như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("- Khai thác hiệu quả Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính. Giảm giấy "
          "tờ công dân phải nộp khi thực hiện thủ tục."),
        p("- Nâng tỷ lệ công dân trên địa bàn thành phố có tài khoản định danh điện tử."),
        heading("2. Yêu cầu"),
        p("- Xác định rõ trách nhiệm của từng cơ quan, đơn vị. Bảo đảm an toàn, bảo mật dữ liệu cá nhân."),
        heading("II. NỘI DUNG"),
        p("Tập trung thực hiện các nhóm nhiệm vụ về hoàn thiện thể chế, dịch vụ công thiết yếu và phát triển "
          "công dân số theo Kế hoạch của UBND tỉnh."),
        heading("III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ"),
        p("1. Công an thành phố:" + LABEL + " Chủ trì tham mưu UBND thành phố triển khai Kế hoạch. Phối hợp với "
          "UBND các phường, xã thu nhận hồ sơ cấp căn cước cho công dân, hoàn thành trước ngày 30/6/2024."),
        p("2. Phòng Văn hóa và Thông tin:" + LABEL + " Tuyên truyền về lợi ích của tài khoản định danh điện tử "
          "trên Cổng thông tin điện tử thành phố. Thực hiện thường xuyên."),
        p("3. Phòng Tư pháp:" + LABEL + " Phối hợp với Công an thành phố làm sạch dữ liệu hộ tịch, đồng bộ với "
          "Cơ sở dữ liệu quốc gia về dân cư. Hoàn thành trong Quý III/2024."),
        p("4. UBND các phường, xã:" + LABEL + " Bố trí công chức hỗ trợ người dân kích hoạt tài khoản định danh "
          "điện tử mức độ 2 tại Bộ phận Một cửa. Báo cáo kết quả về Công an thành phố định kỳ hằng tháng."),
        p("5. Văn phòng HĐND và UBND thành phố:" + LABEL + " Theo dõi, đôn đốc việc thực hiện Kế hoạch. Tham mưu "
          "UBND thành phố báo cáo UBND tỉnh kết quả năm 2024 trước ngày 05/12/2024."),
        Sign(["- UBND tỉnh (b/c);", "- Công an tỉnh;", "- TT Thành ủy, TT HĐND thành phố;",
              "- Chủ tịch, các PCT UBND thành phố;", "- Các cơ quan, đơn vị thành phố;", "- UBND các phường, xã;",
              "- Lưu: VT."],
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Rơ Mah Thuyên"),
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ PLEIKU",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Chính quyền", "Văn bản", "Dịch vụ công"],
                ["Trang chủ", "Văn bản", "Văn bản chỉ đạo điều hành"],
                "Kế hoạch triển khai Đề án 06 trên địa bàn thành phố Pleiku năm 2024", "10/04/2024 16:30",
                ["UBND thành phố Pleiku - tỉnh Gia Lai", "Số 2 Trần Hưng Đạo, phường Tây Sơn"], layout="sentences")
    return Doc(parts, site)


# ---------------------------------------------------------------- k04: Bảo hiểm xã hội tỉnh Hưng Yên


def k04() -> Doc:
    """Kế hoạch 318/KH-BHXH of Bảo hiểm xã hội tỉnh Hưng Yên (under Bảo hiểm xã hội Việt Nam), signed GIÁM ĐỐC;
    duties as "-" items under unit headings; the copy has CRLF line ends and "•" bullets."""
    parts = [
        Head(["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN", "-------", "Số: 318/KH-BHXH"],
             [*MOTTO, "Hưng Yên, ngày 12 tháng 4 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Đẩy mạnh cải cách thủ tục hành chính, giao dịch điện tử trong giải quyết chế độ bảo hiểm xã hội "
              "năm 2024"),
        p("Căn cứ Nghị định số 89/2020/NĐ-CP ngày 04/8/2020 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
          "hạn và cơ cấu tổ chức của Bảo hiểm xã hội Việt Nam;", italic=True),
        p("Thực hiện Kế hoạch số 56/KH-UBND ngày 26/01/2024 của UBND tỉnh Hưng Yên về cải cách hành chính năm "
          "2024,", italic=True),
        p("Bảo hiểm xã hội tỉnh Hưng Yên xây dựng Kế hoạch như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        p("- Rút ngắn thời gian giải quyết chế độ bảo hiểm xã hội cho người lao động."),
        p("- Tăng tỷ lệ hồ sơ được tiếp nhận, giải quyết qua giao dịch điện tử."),
        heading("II. NHIỆM VỤ CỦA CÁC PHÒNG, ĐƠN VỊ"),
        heading("1. Phòng Quản lý thu - Sổ, Thẻ"),
        p("- Rà soát, cấp mã số bảo hiểm xã hội cho người tham gia chưa có mã số, hoàn thành trước ngày "
          "31/5/2024."),
        p("- Phối hợp với Phòng Công nghệ thông tin xác thực thông tin người tham gia với Cơ sở dữ liệu quốc gia "
          "về dân cư; thực hiện hằng quý."),
        heading("2. Phòng Chế độ bảo hiểm xã hội"),
        p("- Giải quyết hưởng chế độ ốm đau, thai sản qua giao dịch điện tử đúng thời hạn; thực hiện thường "
          "xuyên."),
        heading("3. Bảo hiểm xã hội các huyện, thị xã"),
        p("- Phối hợp với UBND các xã, phường, thị trấn tổ chức hội nghị đối thoại về chính sách bảo hiểm xã "
          "hội, bảo hiểm y tế trong Quý II/2024."),
        heading("4. Văn phòng"),
        p("- Tổng hợp kết quả thực hiện, báo cáo Bảo hiểm xã hội Việt Nam và UBND tỉnh trước ngày 10/12/2024."),
        Sign(["- Bảo hiểm xã hội Việt Nam (b/c);", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ;",
              "- Các phòng, BHXH các huyện, thị xã;", "- Lưu: VT, VP."],
             ["GIÁM ĐỐC"], "Đỗ Quang Vinh"),
    ]
    site = Site("BẢO HIỂM XÃ HỘI TỈNH HƯNG YÊN",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách", "Văn bản", "Tra cứu", "Hỏi đáp"],
                ["Trang chủ", "Văn bản", "Văn bản của BHXH tỉnh"],
                "Kế hoạch đẩy mạnh cải cách thủ tục hành chính, giao dịch điện tử năm 2024", "15/04/2024 - 10:05",
                ["Bảo hiểm xã hội tỉnh Hưng Yên", "Đường Chùa Đông, phường An Tảo, thành phố Hưng Yên"],
                layout="crlf")
    return Doc(parts, site)


# ---------------------------------------------------------------- k05: UBND thị xã Hòa Thành (Tây Ninh), inspection


def k05() -> Doc:
    """Kế hoạch 142/KH-UBND of UBND thị xã Hòa Thành: inspection of four named units (a table) and "ít nhất 30%
    số xã, phường"; the copy is a text browser's dump."""
    targets = Grid([["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra"],
                    ["1", "Phòng Tài chính - Kế hoạch", "Tháng 7/2024"],
                    ["2", "Phòng Quản lý đô thị", "Tháng 7/2024"],
                    ["3", "UBND phường Long Hoa", "Tháng 8/2024"],
                    ["4", "UBND xã Trường Tây", "Tháng 8/2024"]],
                   header_rows=1, widths=[1.5, 9.0, 5.0], size=12)
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "THỊ XÃ HÒA THÀNH", "-------", "Số: 142/KH-UBND"],
             [*MOTTO, "Hòa Thành, ngày 03 tháng 6 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Kiểm tra công tác cải cách hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2024"),
        p("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa "
          "liên thông trong giải quyết thủ tục hành chính;", italic=True),
        p("Thực hiện Kế hoạch số 1450/KH-UBND ngày 10/5/2024 của UBND tỉnh Tây Ninh về kiểm tra cải cách hành "
          "chính năm 2024,", italic=True),
        p("Ủy ban nhân dân thị xã ban hành Kế hoạch kiểm tra như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("Đánh giá kết quả thực hiện nhiệm vụ cải cách hành chính, kịp thời chấn chỉnh tồn tại, hạn chế."),
        heading("2. Yêu cầu"),
        p("Kiểm tra đúng nội dung, thời gian; không làm ảnh hưởng đến hoạt động của đơn vị được kiểm tra."),
        heading("II. NỘI DUNG KIỂM TRA"),
        p("1. Kiểm tra việc niêm yết, công khai thủ tục hành chính tại Bộ phận Một cửa."),
        p("2. Kiểm tra việc tiếp nhận, giải quyết hồ sơ và số hóa kết quả giải quyết thủ tục hành chính."),
        heading("III. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
        p("1. Đối tượng: các cơ quan, đơn vị tại bảng dưới đây và ít nhất 30% số xã, phường trên địa bàn thị xã "
          "do Đoàn kiểm tra chọn ngẫu nhiên."),
        targets,
        p("2. Thời gian: từ tháng 7 đến tháng 9 năm 2024."),
        heading("IV. TỔ CHỨC THỰC HIỆN"),
        p("1. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND thị xã tham mưu thành lập Đoàn kiểm tra, "
          "hoàn thành trước ngày 28/6/2024."),
        p("2. Các cơ quan, đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Phòng Nội vụ trước ngày 15/7/2024."),
        p("3. Phòng Nội vụ tổng hợp kết quả kiểm tra, báo cáo UBND thị xã trong tháng 10/2024."),
        Sign(["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- TT Thị ủy, TT HĐND thị xã;", "- Các cơ quan, đơn vị được "
              "kiểm tra;", "- UBND các xã, phường;", "- Lưu: VT."],
             ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Trương Minh Hiếu"),
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HÒA THÀNH",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công", "Liên hệ"],
                ["Trang chủ", "Văn bản", "Kế hoạch"],
                "Kế hoạch kiểm tra công tác cải cách hành chính năm 2024", "Ngày đăng: 05/06/2024",
                ["UBND thị xã Hòa Thành - tỉnh Tây Ninh", "Đường Phạm Hùng, khu phố 1, phường Long Hoa"],
                layout="lynx", url="https://hoathanh.tayninh.gov.vn")
    return Doc(parts, site)


# ---------------------------------------------------------------- Word


def _bold_labels(d) -> None:
    """A paragraph with a label mark: the text before it set bold, the mark removed."""
    for para in d.paragraphs:
        if LABEL not in para.text:
            continue
        head, tail = para.text.split(LABEL, 1)
        size = para.runs[0].font.size
        for r in list(para.runs):
            r._r.getparent().remove(r._r)
        for text, bold in ((head, True), (tail, False)):
            run = para.add_run(text)
            run.bold, run.font.size = bold, size


def word(doc: Doc) -> bytes:
    """The official Word file, unit labels bold."""
    return web.word_file(doc.parts, _bold_labels)


# ---------------------------------------------------------------- the web copy


def _cells(g: Grid) -> list[str]:
    """Rows one cell per line, a blank line after each row (a copy of a div-based responsive table)."""
    out = []
    for row in g.rows:
        out += [*[c for c in web.row_cells(row) if c], ""]
    return out


def _tabs(g: Grid) -> list[str]:
    """Rows tab-separated."""
    return ["\t".join(web.row_cells(row)) for row in g.rows]


def _padded(g: Grid) -> list[str]:
    """Rows in space-padded columns, as a text browser lays a table out."""
    widths = [max(len(r[c]) for r in g.rows) for c in range(len(g.rows[0]))]
    return ["   " + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in g.rows]


def _sentences(text: str) -> list[str]:
    """Each sentence on its own line, lines wrapped at 80 columns."""
    out: list[str] = []
    pieces: list[str] = []
    for s in re.split(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])", text):
        if pieces and re.fullmatch(r"(?:[IVX]+|\d+)\.", pieces[-1]):
            pieces[-1] += " " + s  # a heading's numeral stays with its words
        else:
            pieces.append(s)
    for s in pieces:
        out += textwrap.wrap(s, 80, break_long_words=False, break_on_hyphens=False) or [""]
    return out


def _chrome_top(s: Site) -> list[str]:
    if s.layout == "lynx":
        menu = "".join(f"[{i}]{x} " for i, x in enumerate(s.menu, 1)).rstrip()
        return [f"   {s.name}", "", "   " + menu, "", "   " + " > ".join(s.crumbs), "", f"{s.post_title}", "",
                f"   {s.posted}", ""]
    return web.chrome_lines(s)


def seed(doc: Doc) -> str:
    """The page as the site's text copy."""
    s = doc.site
    lines = _chrome_top(s)
    run: list[str] = []  # paragraphs waiting to be joined (layout "joined")

    def flush() -> None:
        if run:
            lines.extend(["  ".join(run), ""])
            run.clear()

    for part in doc.parts:
        if not isinstance(part, Para):
            flush()
        if isinstance(part, Head):
            cells = [*part.left, *part.right]
            if s.layout == "lynx":
                cells = ["   " + x for x in cells if x.strip("-")]
            lines += [*[x for x in cells if x.strip()], ""]
        elif isinstance(part, Sign):
            rec = ["• " + x[2:] for x in part.recipients] if s.layout == "crlf" else None
            lines += web.sign_lines(part, rec)
        elif isinstance(part, Grid):
            table = {"cells": _cells, "lynx": _padded}.get(s.layout, _tabs)(part)
            lines += [*table, ""]
        elif isinstance(part, Para):
            text = clean(part.text)
            if s.layout == "joined":
                if re.match(r"[IVX]+\. ", text):
                    flush()
                run.append(text)
            elif s.layout == "sentences":
                lines += _sentences(text)
            elif s.layout == "lynx":
                lines += [*textwrap.wrap(text, 76, initial_indent="   ", subsequent_indent="   ",
                                         break_long_words=False, break_on_hyphens=False), ""]
            elif s.layout == "crlf" and text.startswith("- "):
                lines += ["• " + text[2:], ""]
            else:
                lines += [text, ""]
    flush()
    if s.layout == "lynx":
        lines += ["   " + x for x in s.footer] + ["", "References", ""]
        lines += [f"   {i}. {s.url}/{'' if i == 1 else 'muc-' + str(i)}" for i in range(1, len(s.menu) + 1)]
        lines.append("")
    else:
        lines += [*web.attach_lines(s), *s.footer, ""]
    text = "\n".join(lines)
    if s.layout == "sentences":
        text = re.sub(r"\n\n+", "\n", text)
    return text.replace("\n", "\r\n") if s.layout == "crlf" else text


# ---------------------------------------------------------------- the saved page


def _html_table(g: Grid) -> str:
    """A table: <thead>, colspan group rows."""
    spans = {(r0, c0): c1 - c0 + 1 for r0, c0, _, c1 in g.merges}
    covered = g.covered()
    out = ['<table class="table table-bordered" border="1" cellpadding="4" style="width:100%">']
    for r, row in enumerate(g.rows):
        tag = "th" if r < g.header_rows else "td"
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            cs = spans.get((r, c), 1)
            inner = html.escape(text)
            if row[0] in ROMAN and r >= g.header_rows:
                inner = f"<strong>{inner}</strong>"
            cells.append(f"<{tag}" + (f' colspan="{cs}"' if cs > 1 else "") + f">{inner}</{tag}>")
        row_html = "<tr>" + "".join(cells) + "</tr>"
        if r == 0 and g.header_rows:
            row_html = "<thead>" + row_html
        if r == g.header_rows - 1:
            row_html += "</thead><tbody>"
        out.append(row_html)
    out.append("</tbody></table>")
    return "\n".join(out)


def page(doc: Doc) -> str:
    """The portal page as a browser saves it ("HTML only")."""
    body = []
    for part in doc.parts:
        if isinstance(part, Head):
            body.append(web.head_html(part))
        elif isinstance(part, Sign):
            body.append(web.sign_html(part))
        elif isinstance(part, Grid):
            body.append('<div class="table-responsive">' + _html_table(part) + "</div>")
        elif isinstance(part, Section):
            body.append(web.PAGE_BREAK)
        elif isinstance(part, Para):
            if LABEL in part.text:
                head, tail = part.text.split(LABEL, 1)
                text = f"<strong>{html.escape(head)}</strong>{html.escape(tail)}"
            else:
                text = html.escape(part.text)
            body.append(web.para_html(part, text))
    return web.simple_page(doc.site, doc.site.footer, "\n".join(body))


DOCUMENTS = {
    "k01_kh_ubnd_caobang_2024": k01,
    "k02_kh_stnmt_laichau_2024": k02,
    "k03_kh_tp_pleiku_2024": k03,
    "k04_kh_bhxh_hungyen_2024": k04,
    "k05_kh_kiemtra_hoathanh_2024": k05,
}


def main() -> None:
    """Write seeds/, html/, docx/ and pdf/."""
    web.build(HERE, DOCUMENTS, seed, page, word)


if __name__ == "__main__":
    main()
