"""Held-out set I: five plans written for the project and made the way sets E-H are made. Each document is
described once (header, title, preamble, numbered body, signature, annexes) and rendered

- as the web copy a site gives (`seeds/<stem>.txt`: the page as a browser's "save as text" gives it, site
  chrome included, header cells one line each, table rows as tab-separated or "|" cells);
- as the page saved by a browser, "HTML only" (`html/<stem>.html`: <head> with scripts and styles, site
  navigation, breadcrumbs, the document inside nested <div>s, the header as a <table>, body paragraphs as
  <p> with inline <strong>/<em>, some numbered lists as <ol>/<li>, task tables with <thead>, rowspan and
  colspan merges and empty <td>, a "related documents" list and a footer);
- as the official Word file (`docx/<stem>.docx`: A4, a borderless header table, bordered annex tables on
  landscape pages whose header rows repeat) and the PDF LibreOffice makes from it (`pdf/<stem>.pdf`).

    .venv/bin/python corpus/heldout-i/make.py        # rewrites seeds/, html/, docx/ and pdf/ beside this script

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import webcopy as web  # noqa: E402
from generate import Grid, Para, Section  # noqa: E402
from official import MOTTO, ROMAN, annex_table, centered, group, heading  # noqa: E402
from webcopy import Head, Portal, Sign, title  # noqa: E402

# ---------------------------------------------------------------- parts beyond generate.py's


@dataclass
class Site(Portal):
    """The portal a document is published on and how its page is laid out."""

    related: list[str]
    footer: list[str]
    ol: bool = False  # numbered duties as <ol>/<li> (the numbers left to the browser)
    br_header: bool = True  # header cells as <br> lines (else one <p> per line)
    pipe_rows: bool = False  # the text copy prints table rows as "| a | b |" (else tab-separated)


@dataclass
class Doc(web.Doc):
    """One document: its parts in order, the site that publishes it, and its annex tables."""

    annex_tables: list[Grid] = field(default_factory=list)


def rows_of(header: list[list[str]], merges: list[tuple[int, int, int, int]], body: list[list[str]],
            widths: list[float], vmerges: list[tuple[int, int, int]] = ()) -> Grid:
    """An annex table through official.annex_table (group rows merged, header rows repeated)."""
    return annex_table(header, merges, body, widths, vmerges=list(vmerges))


# ---------------------------------------------------------------- i01: Sở GD&ĐT Ninh Bình, units are schools


def i01() -> Doc:
    """Kế hoạch 356/KH-SGDĐT of Sở Giáo dục và Đào tạo tỉnh Ninh Bình: CCHC and chuyển đổi số in schools."""
    w = 5
    table = rows_of(
        [["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]], [],
        [group("I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", w),
         ["1", "Niêm yết công khai thủ tục hành chính về tuyển sinh, chuyển trường, cấp bản sao văn bằng tại "
               "trụ sở và trang thông tin điện tử của đơn vị", "Các trường THPT",
          "Phòng GD&ĐT các huyện, thành phố", "Tháng 4/2024"],
         ["2", "Tiếp nhận hồ sơ tuyển sinh vào lớp 10 trực tuyến", "Phòng Quản lý chất lượng - Công nghệ thông tin",
          "Các trường THPT; Phòng GD&ĐT các huyện, thành phố", "Trước 15/6/2024"],
         group("II", "CHUYỂN ĐỔI SỐ TRONG NHÀ TRƯỜNG", w),
         ["3", "Triển khai học bạ số đối với học sinh lớp 10", "Trường THPT Lương Văn Tụy",
          "Trường THPT Kim Sơn A; Trường THPT Nho Quan A", "Học kỳ I năm học 2024 - 2025"],
         ["4", "Cập nhật dữ liệu giáo viên, học sinh trên cơ sở dữ liệu ngành", "Các trường THPT", "",
          "Thường xuyên"],
         ["5", "Triển khai thanh toán không dùng tiền mặt các khoản thu dịch vụ giáo dục",
          "Phòng GD&ĐT các huyện, thành phố", "Trường Tiểu học, trường THCS trên địa bàn", "Quý III/2024"],
         ["6", "Bồi dưỡng kỹ năng số cho cán bộ quản lý, giáo viên", "Phòng Tổ chức cán bộ",
          "Trường Cao đẳng Sư phạm Ninh Bình", "Tháng 7, tháng 8/2024"]],
        [1.2, 10.5, 4.5, 5.5, 4.0])
    parts = [
        Head(["UBND TỈNH NINH BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "-------", "Số: 356/KH-SGDĐT"],
             [*MOTTO, "Ninh Bình, ngày 11 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Cải cách hành chính và chuyển đổi số trong các cơ sở giáo dục năm 2024"),
        Para("Căn cứ Quyết định số 131/QĐ-TTg ngày 25/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Tăng "
             "cường ứng dụng công nghệ thông tin và chuyển đổi số trong giáo dục và đào tạo giai đoạn 2022 - "
             "2025, định hướng đến năm 2030”;", italic=True),
        Para("Thực hiện Kế hoạch số 28/KH-UBND ngày 18/01/2024 của Ủy ban nhân dân tỉnh Ninh Bình về cải cách "
             "hành chính năm 2024,", italic=True),
        Para("Sở Giáo dục và Đào tạo ban hành Kế hoạch cải cách hành chính và chuyển đổi số trong các cơ sở giáo "
             "dục năm 2024 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("- Nâng cao chất lượng phục vụ người học, cha mẹ học sinh trong giải quyết thủ tục hành chính "
             "của ngành giáo dục."),
        Para("- Đẩy mạnh chuyển đổi số trong quản lý, dạy và học tại các cơ sở giáo dục trên địa bàn tỉnh."),
        heading("2. Yêu cầu"),
        Para("- Các đơn vị, trường học xác định nhiệm vụ cụ thể, gắn với trách nhiệm của người đứng đầu."),
        Para("- Bảo đảm an toàn thông tin, bảo vệ dữ liệu cá nhân của học sinh, giáo viên."),
        heading("II. NHIỆM VỤ CỤ THỂ"),
        Para("Nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành tại Phụ lục kèm theo Kế hoạch "
             "này."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        heading("1. Văn phòng Sở"),
        Para("Chủ trì, phối hợp với Phòng Quản lý chất lượng - Công nghệ thông tin theo dõi, đôn đốc việc thực "
             "hiện Kế hoạch; tổng hợp báo cáo kết quả về Sở Nội vụ trước ngày 10/12/2024."),
        heading("2. Phòng GD&ĐT các huyện, thành phố"),
        Para("Hướng dẫn các trường mầm non, tiểu học, trung học cơ sở trực thuộc triển khai Kế hoạch; báo "
             "cáo kết quả thực hiện về Sở Giáo dục và Đào tạo (qua Văn phòng Sở) trước ngày 25 của tháng "
             "cuối quý."),
        heading("3. Các trường THPT, Trung tâm GDNN-GDTX các huyện"),
        Para("Xây dựng kế hoạch của đơn vị, hoàn thành trước ngày 05/4/2024; phân công cán bộ phụ trách "
             "chuyển đổi số của nhà trường."),
        Sign(["- Sở Nội vụ (b/c);", "- Giám đốc, các PGĐ Sở;", "- Các phòng thuộc Sở;",
              "- Phòng GD&ĐT các huyện, thành phố;", "- Các trường THPT, Trung tâm GDNN-GDTX;", "- Lưu: VT, VP."],
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Đinh Thị Hồng Nhung"),
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 356/KH-SGDĐT ngày 11/3/2024 của Sở Giáo dục và Đào tạo)", bold=False,
                 italic=True, size=12),
        table,
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ SỞ GIÁO DỤC VÀ ĐÀO TẠO NINH BÌNH",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Thư viện", "Liên hệ"],
                ["Trang chủ", "Văn bản", "Văn bản của Sở"],
                "Kế hoạch cải cách hành chính và chuyển đổi số trong các cơ sở giáo dục năm 2024",
                "Ngày đăng: 12/03/2024 08:15",
                ["Công văn 341/SGDĐT-VP về tuyển sinh lớp 10 năm học 2024 - 2025",
                 "Kế hoạch 298/KH-SGDĐT về kiểm tra nội bộ năm 2024",
                 "Quyết định 87/QĐ-SGDĐT công bố danh mục thủ tục hành chính"],
                ["Sở Giáo dục và Đào tạo tỉnh Ninh Bình", "Địa chỉ: Đường Lê Hồng Phong, thành phố Ninh Bình",
                 "Điện thoại: 0229.3871.xxx"],
                ol=False, br_header=True)
    return Doc(parts, site, [table])


# ---------------------------------------------------------------- i02: Kế hoạch hành động, UBND Đồng Tháp


def _action(num: str, text: str, lead: str, support: str, due: str) -> list[Para]:
    """A third-level action item and its three assignment lines."""
    return [Para(f"{num} {text}"), Para(f"- Cơ quan chủ trì: {lead}."), Para(f"- Cơ quan phối hợp: {support}."),
            Para(f"- Thời gian hoàn thành: {due}.")]


def i02() -> Doc:
    """Kế hoạch hành động 45/KH-UBND of UBND tỉnh Đồng Tháp: three-level numbering, tasks at the third."""
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "-------", "Số: 45/KH-UBND"],
             [*MOTTO, "Đồng Tháp, ngày 26 tháng 02 năm 2024"]),
        centered("KẾ HOẠCH HÀNH ĐỘNG", size=14),
        title("Thực hiện Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ "
              "yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024"),
        Para("Căn cứ Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu "
             "cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2024;"),
        Para("Căn cứ Nghị quyết số 25/NQ-HĐND ngày 08/12/2023 của Hội đồng nhân dân tỉnh Đồng Tháp về kế hoạch "
             "phát triển kinh tế - xã hội năm 2024;"),
        Para("Ủy ban nhân dân Tỉnh ban hành Kế hoạch hành động như sau:"),
        heading("I. MỤC TIÊU"),
        Para("- Duy trì Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) trong nhóm 05 tỉnh dẫn đầu cả nước."),
        Para("- Cắt giảm thời gian, chi phí tuân thủ thủ tục hành chính cho doanh nghiệp."),
        heading("II. NHIỆM VỤ, GIẢI PHÁP"),
        heading("1. Cải thiện chất lượng thể chế"),
        heading("1.1. Rà soát quy định kinh doanh"),
        *_action("1.1.1.", "Rà soát, kiến nghị bãi bỏ các quy định về điều kiện kinh doanh không cần thiết "
                 "thuộc thẩm quyền của Tỉnh.", "Sở Tư pháp", "các sở, ngành Tỉnh", "Quý II/2024"),
        *_action("1.1.2.", "Công khai quy trình nội bộ giải quyết thủ tục hành chính về đầu tư, đất đai, xây "
                 "dựng.", "Văn phòng UBND Tỉnh", "Sở Kế hoạch và Đầu tư, Sở Tài nguyên và Môi trường, Sở Xây "
                 "dựng", "trước ngày 30/4/2024"),
        heading("1.2. Nâng cao chất lượng đối thoại với doanh nghiệp"),
        *_action("1.2.1.", "Tổ chức Hội nghị “Cà phê doanh nhân” định kỳ với cộng đồng doanh nghiệp.",
                 "Sở Kế hoạch và Đầu tư", "Hiệp hội Doanh nghiệp Tỉnh", "hằng tháng"),
        heading("2. Chuyển đổi số phục vụ doanh nghiệp"),
        heading("2.1. Dịch vụ công trực tuyến"),
        *_action("2.1.1.", "Nâng tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt 100%.",
                 "Sở Kế hoạch và Đầu tư", "Trung tâm Phục vụ hành chính công Tỉnh", "Năm 2024"),
        *_action("2.1.2.", "Kết nối, chia sẻ dữ liệu đất đai với Hệ thống thông tin giải quyết thủ tục hành "
                 "chính của Tỉnh.", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
                 "từ tháng 3/2024 đến tháng 9/2024"),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("1. Thủ trưởng các sở, ngành Tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố tổ chức thực hiện "
             "Kế hoạch hành động này; báo cáo kết quả về Sở Kế hoạch và Đầu tư trước ngày 15 tháng 6 năm 2024 "
             "(báo cáo 6 tháng) và trước ngày 15 tháng 11 năm 2024 (báo cáo năm)."),
        Para("2. Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng UBND Tỉnh theo dõi, đôn đốc, tổng hợp, "
             "báo cáo Ủy ban nhân dân Tỉnh."),
        Sign(["- Văn phòng Chính phủ;", "- Bộ Kế hoạch và Đầu tư;", "- TT/TU, TT/HĐND Tỉnh;",
              "- CT, các PCT/UBND Tỉnh;", "- Các sở, ngành Tỉnh;", "- UBND các huyện, thành phố;",
              "- LĐVP/UBND Tỉnh;", "- Lưu: VT, KT."],
             ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Phạm Thiện Nghĩa"),
    ]
    site = Site("Cổng Thông tin điện tử tỉnh Đồng Tháp",
                ["Trang chủ", "Chính quyền", "Tin tức - Sự kiện", "Văn bản chỉ đạo điều hành", "Công dân",
                 "Doanh nghiệp"],
                ["Trang chủ", "Văn bản chỉ đạo điều hành", "Kế hoạch"],
                "Kế hoạch hành động thực hiện Nghị quyết số 02/NQ-CP năm 2024", "Thứ Ba, 27/02/2024 - 14:20",
                ["Kế hoạch 12/KH-UBND nâng cao Chỉ số PCI năm 2024",
                 "Quyết định 150/QĐ-UBND.HC ban hành Chương trình công tác năm 2024"],
                ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Đồng Tháp",
                 "Số 12, đường 30/4, Phường 1, thành phố Cao Lãnh", "Ghi rõ nguồn khi phát hành lại thông tin"],
                ol=True, br_header=False, pipe_rows=True)
    return Doc(parts, site)


# ---------------------------------------------------------------- i03: Hội Nông dân tỉnh Hà Nam


def i03() -> Doc:
    """Kế hoạch 38-KH/HNDT of BCH Hội Nông dân tỉnh Hà Nam, signed TM. BAN THƯỜNG VỤ / CHỦ TỊCH."""
    parts = [
        Head(["BCH HỘI NÔNG DÂN TỈNH HÀ NAM", "*", "Số 38-KH/HNDT"],
             ["HỘI NÔNG DÂN VIỆT NAM", "", "Phủ Lý, ngày 14 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Tham gia cải cách hành chính và chuyển đổi số trong hệ thống Hội Nông dân năm 2024"),
        Para("- Thực hiện Kế hoạch số 215-KH/HNDTW ngày 10/01/2024 của Ban Thường vụ Trung ương Hội Nông dân "
             "Việt Nam về công tác chuyển đổi số năm 2024;"),
        Para("- Thực hiện Kế hoạch số 30/KH-UBND ngày 22/01/2024 của Ủy ban nhân dân tỉnh Hà Nam về cải cách "
             "hành chính nhà nước năm 2024,"),
        Para("Ban Thường vụ Hội Nông dân tỉnh xây dựng Kế hoạch như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("1. Nâng cao nhận thức của cán bộ, hội viên nông dân về cải cách hành chính và chuyển đổi số."),
        Para("2. Hỗ trợ hội viên nông dân sử dụng dịch vụ công trực tuyến và sàn thương mại điện tử."),
        Para("3. Việc triển khai phải thiết thực, gắn với phong trào thi đua của Hội."),
        heading("II. NỘI DUNG"),
        Para("1. Tuyên truyền cải cách hành chính qua bản tin, trang thông tin điện tử và các buổi sinh hoạt "
             "chi, tổ hội."),
        Para("2. Xây dựng mô hình “Chi hội nông dân số” tại mỗi huyện, thị xã, thành phố."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        heading("1. Ban Tuyên huấn Hội Nông dân tỉnh"),
        Para("Chủ trì, phối hợp với Văn phòng Hội Nông dân tỉnh biên soạn tài liệu tuyên truyền về dịch vụ công "
             "trực tuyến, hoàn thành trong tháng 4/2024."),
        heading("2. Ban Kinh tế - Xã hội Hội Nông dân tỉnh"),
        Para("Chủ trì, phối hợp với Sở Công Thương hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử; "
             "tổ chức tập huấn trong quý III/2024."),
        heading("3. Hội Nông dân các huyện, thị xã, thành phố"),
        Para("Mỗi đơn vị xây dựng ít nhất 01 mô hình “Chi hội nông dân số”; báo cáo kết quả về Ban Thường vụ "
             "Hội Nông dân tỉnh (qua Văn phòng) trước ngày 20/11/2024."),
        Sign(["- TW Hội NDVN (b/c);", "- Thường trực Tỉnh ủy (b/c);", "- Ban Dân vận Tỉnh ủy;",
              "- Sở Nội vụ;", "- Các ban, văn phòng HND tỉnh;", "- HND các huyện, thị xã, thành phố;",
              "- Lưu: VP."],
             ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], "Trần Văn Lộc"),
    ]
    site = Site("HỘI NÔNG DÂN TỈNH HÀ NAM - Trang thông tin điện tử",
                ["Trang chủ", "Hoạt động Hội", "Nông dân với pháp luật", "Văn bản", "Gương sáng nhà nông"],
                ["Trang chủ", "Văn bản", "Văn bản của Ban Thường vụ"],
                "KẾ HOẠCH THAM GIA CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ NĂM 2024", "15/03/2024 | Văn phòng",
                ["Kế hoạch 35-KH/HNDT tổ chức Hội thi “Nhà nông đua tài” năm 2024",
                 "Chương trình công tác năm 2024 của Ban Thường vụ Hội Nông dân tỉnh"],
                ["Bản quyền thuộc Hội Nông dân tỉnh Hà Nam", "Địa chỉ: thành phố Phủ Lý, tỉnh Hà Nam"],
                ol=True, br_header=True)
    return Doc(parts, site)


# ---------------------------------------------------------------- i04: UBND thị xã Giá Rai, Thời gian first


def i04() -> Doc:
    """Kế hoạch 112/KH-UBND of UBND thị xã Giá Rai (Bạc Liêu): annex with Thời gian first and Kinh phí."""
    w = 6
    table = rows_of(
        [["STT", "Thời gian thực hiện", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
          "Kinh phí (triệu đồng)"]], [],
        [group("I", "HẠ TẦNG VÀ NỀN TẢNG SỐ", w),
         ["1", "Quý II/2024", "Nâng cấp mạng nội bộ tại Bộ phận Một cửa thị xã", "Văn phòng HĐND và UBND thị xã",
          "Phòng Văn hóa và Thông tin", "150"],
         ["2", "", "Trang bị thiết bị ký số cho công chức Bộ phận Một cửa cấp xã", "UBND các phường, xã",
          "Văn phòng HĐND và UBND thị xã", "80"],
         ["3", "Từ tháng 5 đến tháng 8/2024", "Triển khai camera giám sát an ninh trật tự tại các tuyến đường "
               "trung tâm", "Công an thị xã", "Phòng Quản lý đô thị; UBND Phường 1", "Xã hội hóa"],
         group("II", "CHÍNH QUYỀN SỐ VÀ KINH TẾ SỐ", w),
         ["4", "Thường xuyên", "Xử lý văn bản, hồ sơ công việc trên môi trường mạng", "Các cơ quan, đơn vị "
               "thị xã", "", ""],
         ["5", "Trước 30/9/2024", "Hỗ trợ hộ kinh doanh mở tài khoản thanh toán điện tử tại chợ Giá Rai",
          "Phòng Kinh tế", "Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh thị xã Giá Rai", "20"]],
        [1.2, 3.8, 9.0, 4.2, 5.2, 2.3], vmerges=[(1, 2, 1)])
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "THỊ XÃ GIÁ RAI", "-------", "Số: 112/KH-UBND"],
             [*MOTTO, "Giá Rai, ngày 08 tháng 4 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Chuyển đổi số thị xã Giá Rai năm 2024"),
        Para("Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát "
             "triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia "
             "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030;"),
        Para("Căn cứ Kế hoạch số 41/KH-UBND ngày 05/3/2024 của UBND tỉnh Bạc Liêu về chuyển đổi số tỉnh Bạc "
             "Liêu năm 2024;"),
        Para("Ủy ban nhân dân thị xã Giá Rai ban hành Kế hoạch chuyển đổi số năm 2024, cụ thể như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        Para("Phát triển chính quyền số, kinh tế số và xã hội số trên địa bàn thị xã; nâng cao chất lượng phục "
             "vụ người dân, doanh nghiệp."),
        heading("2. Yêu cầu"),
        Para("Các nhiệm vụ có kinh phí, cơ quan chủ trì và thời gian thực hiện cụ thể; sử dụng kinh phí đúng "
             "mục đích, tiết kiệm."),
        heading("II. NHIỆM VỤ"),
        Para("Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo Kế hoạch này."),
        heading("III. KINH PHÍ THỰC HIỆN"),
        Para("Tổng kinh phí dự kiến 250 triệu đồng từ ngân sách thị xã năm 2024 và nguồn xã hội hóa."),
        heading("IV. TỔ CHỨC THỰC HIỆN"),
        Para("1. Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì, phối hợp với Văn phòng HĐND và UBND "
             "thị xã theo dõi, đôn đốc thực hiện Kế hoạch; tham mưu UBND thị xã báo cáo UBND tỉnh trước ngày "
             "05/12/2024."),
        Para("2. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện các nhiệm vụ tại Phụ lục, hoàn "
             "thành trong tháng 5/2024."),
        Sign(["- Sở Thông tin và Truyền thông;", "- TT. Thị ủy, TT. HĐND thị xã;", "- CT, các PCT UBND thị xã;",
              "- Các cơ quan, đơn vị thị xã;", "- UBND các phường, xã;", "- Lưu: VT."],
             ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lâm Hoàng Sa"),
        Section(landscape=True),
        centered("PHỤ LỤC"),
        centered("NHIỆM VỤ CHUYỂN ĐỔI SỐ THỊ XÃ GIÁ RAI NĂM 2024"),
        centered("(Kèm theo Kế hoạch số 112/KH-UBND ngày 08/4/2024 của UBND thị xã Giá Rai)", bold=False,
                 italic=True, size=12),
        table,
    ]
    site = Site("TRANG THÔNG TIN ĐIỆN TỬ THỊ XÃ GIÁ RAI",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Chỉ đạo điều hành", "Dịch vụ công", "Hỏi đáp"],
                ["Trang chủ", "Chỉ đạo điều hành", "Văn bản UBND thị xã"],
                "Kế hoạch chuyển đổi số thị xã Giá Rai năm 2024", "Cập nhật: 09/04/2024 | Lượt xem: 312",
                ["Kế hoạch 98/KH-UBND thực hiện Đề án 06 năm 2024", "Thông báo lịch tiếp công dân tháng 4/2024"],
                ["Trang thông tin điện tử thị xã Giá Rai", "Địa chỉ: Phường 1, thị xã Giá Rai, tỉnh Bạc Liêu"],
                ol=False, br_header=False)
    return Doc(parts, site, [table])


# ---------------------------------------------------------------- i05: Chi cục Thuế khu vực, Lịch kiểm tra


def i05() -> Doc:
    """Kế hoạch 215/KH-CCTKV of a Chi cục Thuế khu vực (Cục Thuế tỉnh Cà Mau): internal inspection with a
    "Lịch kiểm tra" annex dated per unit."""
    table = rows_of(
        [["STT", "Đơn vị được kiểm tra", "Thời gian kiểm tra", "Ghi chú"]], [],
        [["1", "Đội Kê khai - Kế toán thuế và Tin học", "Ngày 15/4/2024", "Tại trụ sở Chi cục"],
         ["2", "Đội Thuế liên xã, thị trấn Sông Đốc", "Ngày 18/4/2024", ""],
         ["3", "Đội Thuế liên xã Khánh Bình - Trần Hợi", "Ngày 23 và 24/4/2024", ""],
         ["4", "Đội Thuế liên xã U Minh - Khánh Lâm", "Ngày 07/5/2024", "Huyện U Minh"]],
        [1.2, 11.0, 6.0, 6.0])
    parts = [
        Head(["CỤC THUẾ TỈNH CÀ MAU", "CHI CỤC THUẾ KHU VỰC", "TRẦN VĂN THỜI - U MINH", "-------",
              "Số: 215/KH-CCTKV"],
             [*MOTTO, "Trần Văn Thời, ngày 20 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Kiểm tra nội bộ việc thực hiện cải cách hành chính, giải quyết thủ tục hành chính thuế năm 2024"),
        Para("Căn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13/6/2019;"),
        Para("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một "
             "cửa liên thông trong giải quyết thủ tục hành chính;"),
        Para("Căn cứ Kế hoạch số 95/KH-CTCMA ngày 25/01/2024 của Cục Thuế tỉnh Cà Mau về cải cách hành chính "
             "năm 2024;"),
        Para("Chi cục Thuế khu vực Trần Văn Thời - U Minh xây dựng Kế hoạch kiểm tra nội bộ như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        Para("1. Mục đích: Đánh giá việc tiếp nhận, giải quyết thủ tục hành chính thuế tại các Đội thuế; kịp "
             "thời chấn chỉnh sai sót."),
        Para("2. Yêu cầu: Kiểm tra đúng nội dung, thời gian; không làm ảnh hưởng hoạt động bình thường của "
             "đơn vị được kiểm tra."),
        heading("II. ĐỐI TƯỢNG, NỘI DUNG, THỜI GIAN KIỂM TRA"),
        Para("1. Đối tượng: 04 Đội thuế có tên tại Lịch kiểm tra kèm theo."),
        Para("2. Nội dung: Kiểm tra việc niêm yết, công khai thủ tục hành chính thuế; kiểm tra việc giải quyết "
             "hồ sơ đúng hạn, trễ hạn."),
        Para("3. Thời gian: từ ngày 15/4/2024 đến ngày 10/5/2024."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        Para("1. Đội Nghiệp vụ - Dự toán - Pháp chế chủ trì, phối hợp với Đội Hành chính - Nhân sự - Tài vụ - "
             "Ấn chỉ thành lập Đoàn kiểm tra, thông báo cho đơn vị được kiểm tra chậm nhất 03 ngày làm việc "
             "trước ngày kiểm tra."),
        Para("2. Các Đội thuế được kiểm tra chuẩn bị hồ sơ, báo cáo tự kiểm tra gửi Đoàn kiểm tra trước ngày "
             "10/4/2024."),
        Para("3. Đội Nghiệp vụ - Dự toán - Pháp chế tổng hợp kết quả, báo cáo Cục Thuế tỉnh Cà Mau trước ngày "
             "20/5/2024."),
        Sign(["- Cục Thuế tỉnh Cà Mau (b/c);", "- Lãnh đạo Chi cục;", "- Các Đội thuế thuộc Chi cục;",
              "- Lưu: VT, NVDTPC."],
             ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG"], "Huỳnh Thanh Phong"),
        Section(landscape=False),
        centered("LỊCH KIỂM TRA"),
        centered("(Kèm theo Kế hoạch số 215/KH-CCTKV ngày 20/3/2024 của Chi cục Thuế khu vực Trần Văn Thời - "
                 "U Minh)", bold=False, italic=True, size=12),
        table,
    ]
    site = Site("CỤC THUẾ TỈNH CÀ MAU",
                ["Trang chủ", "Tin tức", "Hỗ trợ người nộp thuế", "Văn bản", "Thủ tục hành chính thuế"],
                ["Trang chủ", "Văn bản", "Chi cục Thuế khu vực"],
                "Kế hoạch kiểm tra nội bộ CCHC năm 2024 - Chi cục Thuế khu vực Trần Văn Thời - U Minh",
                "21/03/2024 | Chi cục Thuế khu vực Trần Văn Thời - U Minh",
                ["Thông báo 12/TB-CCTKV về lịch tiếp người nộp thuế", "Kế hoạch 95/KH-CTCMA cải cách hành chính "
                 "năm 2024 của Cục Thuế"],
                ["Cục Thuế tỉnh Cà Mau - Tổng cục Thuế", "Địa chỉ: thành phố Cà Mau, tỉnh Cà Mau"],
                ol=True, br_header=True, pipe_rows=True)
    return Doc(parts, site, [table])


# ---------------------------------------------------------------- rendering: Word


def word(doc: Doc) -> bytes:
    """The official Word file."""
    return web.word_file(doc.parts)


# ---------------------------------------------------------------- rendering: the web page's text copy


def _table_lines(g: Grid, pipe: bool) -> list[str]:
    """Table rows, covered cells blank (a row-merged cell printed on its first row only)."""
    covered = g.covered()
    out = []
    for r, row in enumerate(g.rows):
        cells = [("" if (r, c) in covered else cell) for c, cell in enumerate(row)]
        if row[0] in ROMAN:
            cells = [cells[0], cells[1]]
        out.append("| " + " | ".join(cells) + " |" if pipe else "\t".join(cells).rstrip("\t"))
    return out


def seed(doc: Doc) -> str:
    """The page as a browser's text copy: chrome, then the document, then related items and footer."""
    s = doc.site
    lines = web.chrome_lines(s)
    for part in doc.parts:
        if isinstance(part, Head):
            lines += web.head_lines(part)
        elif isinstance(part, Sign):
            lines += web.sign_lines(part)
        elif isinstance(part, Grid):
            lines += [*_table_lines(part, s.pipe_rows), ""]
        elif isinstance(part, Para):
            lines += [part.text, ""]
    lines += [*web.attach_lines(s), "Văn bản liên quan:", *[f"- {x}" for x in s.related],
              "", *s.footer, ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- rendering: the saved HTML page

_LABELS = re.compile(r"^(- )?(Cơ quan chủ trì:|Cơ quan phối hợp:|Thời gian hoàn thành:|Mục đích:|Yêu cầu:|"
                     r"Đối tượng:|Nội dung:|Thời gian:)")
_NUMBERED = re.compile(r"^(\d+)\. (.*)$")


def _inline(text: str) -> str:
    """A paragraph's text with the site editor's inline emphasis: assignment labels in <strong>."""
    m = _LABELS.match(text)
    if m:
        return (html.escape(m.group(1) or "") + f"<strong>{html.escape(m.group(2))}</strong>"
                + html.escape(text[m.end():]))
    return html.escape(text)


def _html_table(g: Grid, cls: str) -> str:
    """A task table: <thead> for the header rows, colspan / rowspan for merges, empty <td> kept."""
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in g.merges}
    covered = g.covered()
    out = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="4" style="width:100%">']
    for r, row in enumerate(g.rows):
        if r == 0:
            out.append("<thead>")
        if r == g.header_rows:
            out.append("<tbody>")
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            tag = "th" if r < g.header_rows else "td"
            inner = html.escape(text)
            if row[0] in ROMAN and r >= g.header_rows:
                inner = f"<strong>{inner}</strong>"
            cells.append(f"<{tag}{attrs}>{inner}</{tag}>" if text else f"<{tag}{attrs}></{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
        if r == g.header_rows - 1:
            out.append("</thead>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _cell_html(lines: list[str], br: bool) -> str:
    """A header or signature cell: lines joined by <br> or one <p> per line."""
    lines = [x for x in lines if x.strip()]
    if br:
        return "<p>" + "<br>\n".join(html.escape(x) for x in lines) + "</p>"
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def page(doc: Doc) -> str:
    """The portal page as a browser saves it ("HTML only")."""
    s = doc.site
    body: list[str] = []
    ol: list[str] = []

    def flush() -> None:
        if ol:
            body.append("<ol>\n" + "\n".join(ol) + "\n</ol>")
            ol.clear()

    for part in doc.parts:
        numbered = isinstance(part, Para) and not part.bold and _NUMBERED.match(part.text)
        if not numbered:
            flush()
        if isinstance(part, Head):
            body.append('<table class="doc-header" style="width:100%"><tbody><tr>'
                        f'<td style="width:40%;text-align:center">{_cell_html(part.left, s.br_header)}</td>'
                        f'<td style="text-align:center">{_cell_html(part.right, s.br_header)}</td>'
                        "</tr></tbody></table>")
        elif isinstance(part, Sign):
            left = "<p><strong><em>Nơi nhận:</em></strong><br>\n" + "<br>\n".join(
                html.escape(x) for x in part.recipients) + "</p>"
            right = (_cell_html(part.authority, s.br_header) + "<p><em>(Đã ký)</em></p><p>&nbsp;</p>"
                     f"<p><strong>{html.escape(part.name)}</strong></p>")
            body.append('<table class="doc-sign" style="width:100%"><tbody><tr>'
                        f'<td style="width:50%;vertical-align:top">{left}</td>'
                        f'<td style="text-align:center;vertical-align:top">{right}</td></tr></tbody></table>')
        elif isinstance(part, Grid):
            body.append('<div class="table-responsive">' + _html_table(part, "table table-bordered") + "</div>")
        elif isinstance(part, Section):
            body.append(web.PAGE_BREAK)
        elif numbered and s.ol:
            ol.append(f"<li>{_inline(numbered.group(2))}</li>")
        elif isinstance(part, Para):
            body.append(web.para_html(part, _inline(part.text)))
    flush()
    menu = web.nav_items(s.menu, "nav-item", "\n")
    crumbs = web.nav_items(s.crumbs, "breadcrumb-item", "\n")
    related = web.nav_items(s.related, sep="\n")
    footer = "<br>\n".join(html.escape(x) for x in s.footer)
    content = "\n".join(body)
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(s.post_title)} - {html.escape(s.name)}</title>
<link rel="stylesheet" href="./assets/css/bootstrap.min.css">
<style>.doc-content p{{margin:0 0 6px;text-align:justify}} .doc-header td p{{margin:0}}</style>
<script src="./assets/js/jquery.min.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body class="page-document">
<div id="wrapper">
<header class="site-header"><div class="container"><div class="logo"><a href="#">{html.escape(s.name)}</a></div>
<nav class="main-nav"><ul class="nav">
{menu}
</ul></nav></div></header>
<div class="container">
<ol class="breadcrumb">
{crumbs}
</ol>
<div class="row">
<div class="col-md-9">
<div class="post-detail">
<h1 class="post-title">{html.escape(s.post_title)}</h1>
<div class="post-meta">{html.escape(s.posted)}</div>
<div class="post-body"><div class="doc-content"><div class="WordSection1">
{content}
</div></div></div>
<div class="attach"><strong>Tệp đính kèm:</strong> <a href="#">{html.escape(s.post_title)}.pdf</a></div>
<div class="post-tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>
</div>
</div>
<div class="col-md-3"><div class="box-related"><h3>Văn bản liên quan</h3><ul>
{related}
</ul></div><div class="counter">Lượt truy cập: 1.204.587</div></div>
</div>
</div>
<footer class="site-footer"><div class="container">{footer}</div></footer>
</div>
<script src="./assets/js/main.js"></script>
</body>
</html>
"""


# ---------------------------------------------------------------- main

DOCUMENTS = {
    "i01_kh_sgddt_ninhbinh_2024": i01,
    "i02_khhd_ubnd_dongthap_2024": i02,
    "i03_kh_hoinongdan_hanam_2024": i03,
    "i04_kh_thixa_giarai_2024": i04,
    "i05_kh_chicucthue_tranvanthoi_2024": i05,
}


def main() -> None:
    """Write seeds/, html/, docx/ and pdf/."""
    web.build(HERE, DOCUMENTS, seed, page, word)


if __name__ == "__main__":
    main()
