"""Held-out set J: five plans written for the project, made with the shared helpers (`generate.py`,
`official.py`, `plandoc.py`). Each document is described once and rendered

- as the web copy a site gives (`seeds/<stem>.txt`: site chrome, header cells one line each, table rows
  tab-separated with a cell's lines kept on their own lines; per site: decomposed Unicode (NFD), non-breaking
  spaces, footnote markers with the notes at the end, a table of contents);
- as the page saved by a browser (`html/<stem>.html`: chrome, header and signature tables, <p> paragraphs,
  task tables with <thead>, <br> lines inside cells, colspan group rows);
- as the official Word file (`docx/`) and the PDF LibreOffice makes from it (`pdf/`); one document also as an
  image-only scan (`scanned/`, plandoc's scanner imitation).

    .venv/bin/python corpus/heldout-j/make.py        # rewrites seeds/, html/, docx/, pdf/ and scanned/

The answer keys in gold/ are written by hand and are not produced here.
"""
from __future__ import annotations

import html
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import webcopy as web  # noqa: E402
from generate import Grid, Para, Section, to_pdf  # noqa: E402
from official import MOTTO, NBSP, ROMAN, annex_table, centered, group, heading  # noqa: E402
from plandoc import scan  # noqa: E402
from webcopy import Doc, Head, Portal, Sign, p, title  # noqa: E402

SCANNED = "j04_kh_thanhtra_yenbai_2024"


@dataclass
class Site(Portal):
    """The portal a document is published on and what its text copy does to the text."""

    footer: list[str]
    nfd: bool = False  # the copy is in decomposed Unicode
    nbsp: bool = False  # spaces after labels and numbers are non-breaking
    toc: list[str] = field(default_factory=list)  # a table of contents above the text
    notes: dict[str, str] = field(default_factory=dict)  # paragraph start -> footnote text (marker added)


def table(header: list[str], body: list[list[str]], widths: list[float]) -> Grid:
    """A task table (group rows merged, header repeated)."""
    return annex_table([header], [], body, widths)


# ---------------------------------------------------------------- j01: Ban Dân tộc tỉnh Điện Biên


def j01() -> Doc:
    """Kế hoạch 86/KH-BDT of Ban Dân tộc tỉnh Điện Biên; deadlines in many spellings; Q. TRƯỞNG BAN."""
    parts = [
        Head(["UBND TỈNH ĐIỆN BIÊN", "BAN DÂN TỘC", "-------", "Số: 86/KH-BDT"],
             [*MOTTO, "Điện Biên, ngày 04 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Cải cách hành chính năm 2024 của Ban Dân tộc tỉnh"),
        p("Căn cứ Quyết định số 1719/QĐ-TTg ngày 14/10/2021 của Thủ tướng Chính phủ phê duyệt Chương trình mục "
          "tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021 - "
          "2030, giai đoạn I: từ năm 2021 đến năm 2025;", italic=True),
        p("Căn cứ Kế hoạch số 512/KH-UBND ngày 19/01/2024 của Ủy ban nhân dân tỉnh Điện Biên về cải cách hành "
          "chính nhà nước năm 2024,", italic=True),
        p("Ban Dân tộc tỉnh xây dựng Kế hoạch cải cách hành chính năm 2024 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("- Nâng cao hiệu quả tham mưu, thực hiện chính sách dân tộc gắn với cải cách hành chính."),
        p("- Bảo đảm người dân vùng đồng bào dân tộc thiểu số tiếp cận đầy đủ thông tin về chính sách."),
        heading("2. Yêu cầu"),
        p("- Nhiệm vụ phải cụ thể, có phòng chủ trì và thời hạn hoàn thành."),
        heading("II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
        p("1. Văn phòng Ban rà soát, cập nhật danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của Ban, "
          "hoàn thành Trước 31/3/2024."),
        p("2. Phòng Chính sách dân tộc chủ trì, phối hợp với Phòng Kế hoạch - Tổng hợp tổ chức đối thoại với "
          "người có uy tín trong đồng bào dân tộc thiểu số tại huyện Mường Nhé vào Tuần 2 tháng 5/2024."),
        p("3. Phòng Kế hoạch - Tổng hợp xây dựng báo cáo sơ kết 6 tháng, gửi Sở Nội vụ Chậm nhất ngày 15/6."),
        p("4. Thanh tra Ban kiểm tra việc thực hiện chính sách hỗ trợ đất ở, nhà ở tại các huyện Tủa Chùa, "
          "Điện Biên Đông trong Quý I, II/2024."),
        p("5. Các phòng chuyên môn thuộc Ban ứng dụng chữ ký số trên văn bản điện tử; thực hiện thường xuyên."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("Văn phòng Ban theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp báo cáo năm gửi Sở Nội vụ "
          "trước ngày 05/12/2024."),
        Sign(["- Sở Nội vụ (b/c);", "- Lãnh đạo Ban;", "- Các phòng thuộc Ban;", "- Lưu: VT, VP."],
             ["Q. TRƯỞNG BAN"], "Lò Văn Cương"),
    ]
    site = Site("BAN DÂN TỘC TỈNH ĐIỆN BIÊN",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Chính sách dân tộc", "Văn bản", "Liên hệ"],
                ["Trang chủ", "Văn bản", "Kế hoạch"], "Kế hoạch cải cách hành chính năm 2024",
                "Đăng lúc: 06/03/2024 09:40", ["Ban Dân tộc tỉnh Điện Biên", "Tổ 10, phường Mường Thanh"],
                nfd=True)
    return Doc(parts, site)


# ---------------------------------------------------------------- j02: UBND huyện Đức Hòa, units stacked in a cell


def j02() -> Doc:
    """Kế hoạch 125/KH-UBND of UBND huyện Đức Hòa (Long An): one "Cơ quan thực hiện" cell per row, several
    units on their own lines, the lead marked "(chủ trì)"."""
    w = 4
    grid = table(
        ["STT", "Nội dung thực hiện", "Cơ quan thực hiện", "Thời gian"],
        [group("I", "Cải cách thủ tục hành chính", w),
         ["1", "Rà soát, công khai thủ tục hành chính tại Bộ phận Một cửa huyện và cấp xã",
          "Văn phòng HĐND và UBND huyện (chủ trì)\nUBND các xã, thị trấn", "Tháng 4/2024"],
         ["2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực hộ tịch",
          "Phòng Tư pháp (chủ trì)\nUBND các xã, thị trấn\nPhòng Văn hóa và Thông tin", "Quý II/2024"],
         group("II", "Hiện đại hóa hành chính", w),
         ["3", "Triển khai hệ thống camera tại Bộ phận Một cửa các xã Hựu Thạnh, Đức Lập Hạ",
          "Phòng Văn hóa và Thông tin\nUBND xã Hựu Thạnh (chủ trì)\nUBND xã Đức Lập Hạ", "Trước 30/9/2024"],
         ["4", "Tập huấn kỹ năng số cho công chức Bộ phận Một cửa", "Phòng Nội vụ (chủ trì)", "Tháng 6/2024"]],
        [1.2, 7.5, 5.3, 3.0])
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC HÒA", "-------", "Số: 125/KH-UBND"],
             [*MOTTO, "Đức Hòa, ngày 15 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Thực hiện công tác cải cách hành chính trên địa bàn huyện năm 2024"),
        p("Thực hiện Kế hoạch số 1057/KH-UBND ngày 22/01/2024 của UBND tỉnh Long An về cải cách hành chính nhà "
          "nước năm 2024,", italic=True),
        p("Ủy ban nhân dân huyện ban hành Kế hoạch như sau:"),
        heading("I. MỤC TIÊU"),
        p("Nâng cao chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính trên địa "
          "bàn huyện."),
        heading("II. NHIỆM VỤ CỤ THỂ"),
        grid,
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("Phòng Nội vụ theo dõi, tổng hợp, báo cáo UBND huyện kết quả thực hiện Kế hoạch trước ngày "
          "20/11/2024."),
        Sign(["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- TT. Huyện ủy, TT. HĐND huyện;",
              "- Các cơ quan, đơn vị huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
             ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Trần Văn Đức"),
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐỨC HÒA",
                ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo", "Dịch vụ công"],
                ["Trang chủ", "Văn bản chỉ đạo"], "Kế hoạch cải cách hành chính huyện Đức Hòa năm 2024",
                "18/03/2024 | Lượt xem: 207", ["UBND huyện Đức Hòa - tỉnh Long An", "Khu phố 3, thị trấn Hậu Nghĩa"])
    return Doc(parts, site)


# ---------------------------------------------------------------- j03: Sở Ngoại vụ Thừa Thiên Huế


def j03() -> Doc:
    """Kế hoạch 245/KH-SNgV of Sở Ngoại vụ tỉnh Thừa Thiên Huế; the web copy has a table of contents and
    footnote markers."""
    parts = [
        Head(["UBND TỈNH THỪA THIÊN HUẾ", "SỞ NGOẠI VỤ", "-------", "Số: 245/KH-SNgV"],
             [*MOTTO, "Thừa Thiên Huế, ngày 27 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Chuyển đổi số trong công tác đối ngoại năm 2024"),
        p("Căn cứ Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát "
          "triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030;",
          italic=True),
        p("Căn cứ Kế hoạch số 88/KH-UBND ngày 02/02/2024 của UBND tỉnh Thừa Thiên Huế về chuyển đổi số năm "
          "2024,", italic=True),
        p("Sở Ngoại vụ ban hành Kế hoạch chuyển đổi số trong công tác đối ngoại năm 2024 như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        p("1. Số hóa quy trình quản lý đoàn ra, đoàn vào và hội nghị, hội thảo quốc tế trên địa bàn tỉnh."),
        p("2. Bảo đảm an toàn, bảo mật thông tin trong hoạt động đối ngoại."),
        heading("II. NHIỆM VỤ"),
        heading("1. Phòng Lãnh sự - Việt kiều"),
        p("Triển khai tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ qua dịch vụ "
          "công trực tuyến; hoàn thành trong Quý III/2024."),
        heading("2. Phòng Hợp tác quốc tế"),
        p("Chủ trì, phối hợp với Trung tâm Dịch vụ đối ngoại xây dựng cơ sở dữ liệu đối tác nước ngoài của tỉnh, "
          "hoàn thành trước ngày 30/10/2024."),
        heading("3. Văn phòng Sở"),
        p("Vận hành hệ thống quản lý văn bản và điều hành; báo cáo kết quả thực hiện Kế hoạch về Sở Thông tin "
          "và Truyền thông trước ngày 10/12/2024."),
        heading("III. KINH PHÍ"),
        p("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở năm 2024."),
        Sign(["- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
              "- Lưu: VT, VP."],
             ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Nguyễn Thị Minh Thư"),
    ]
    site = Site("SỞ NGOẠI VỤ TỈNH THỪA THIÊN HUẾ",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Lãnh sự - Việt kiều", "Văn bản", "Liên hệ"],
                ["Trang chủ", "Văn bản", "Văn bản của Sở"],
                "Kế hoạch chuyển đổi số trong công tác đối ngoại năm 2024", "Thứ năm, 28/03/2024",
                ["Sở Ngoại vụ tỉnh Thừa Thiên Huế", "Số 1 Lê Lai, thành phố Huế"],
                toc=["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "III. KINH PHÍ"],
                notes={"Căn cứ Quyết định số 942": "Đăng trên Công báo số 701 + 702 ngày 28/6/2021.",
                       "Căn cứ Kế hoạch số 88": "Văn bản đăng tại mục Chỉ đạo điều hành của Cổng thông tin "
                                                "điện tử tỉnh."})
    return Doc(parts, site)


# ---------------------------------------------------------------- j04: Thanh tra tỉnh Yên Bái (scanned too)


def j04() -> Doc:
    """Kế hoạch 32/KH-TTr of Thanh tra tỉnh Yên Bái: inspection of CCHC at named units; Q. CHÁNH THANH TRA."""
    parts = [
        Head(["UBND TỈNH YÊN BÁI", "THANH TRA TỈNH", "-------", "Số: 32/KH-TTr"],
             [*MOTTO, "Yên Bái, ngày 12 tháng 3 năm 2024"]),
        centered("KẾ HOẠCH", size=14),
        title("Kiểm tra công tác cải cách hành chính, công vụ năm 2024"),
        p("Căn cứ Luật Thanh tra số 11/2022/QH15 ngày 14/11/2022;", italic=True),
        p("Căn cứ Quyết định số 215/QĐ-UBND ngày 08/02/2024 của UBND tỉnh Yên Bái ban hành Kế hoạch kiểm tra "
          "cải cách hành chính năm 2024,", italic=True),
        p("Thanh tra tỉnh xây dựng Kế hoạch kiểm tra như sau:"),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("Đánh giá việc chấp hành kỷ luật, kỷ cương hành chính và thực hiện thủ tục hành chính tại các cơ "
          "quan, đơn vị được kiểm tra."),
        heading("2. Yêu cầu"),
        p("Việc kiểm tra khách quan, đúng pháp luật, không gây phiền hà cho đơn vị được kiểm tra."),
        heading("II. ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA"),
        p("1. Đối tượng: Sở Lao động - Thương binh và Xã hội; Sở Công Thương; UBND huyện Văn Chấn; UBND thị xã "
          "Nghĩa Lộ."),
        p("2. Thời gian: trong tháng 5 và tháng 6 năm 2024."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("1. Phòng Thanh tra, giải quyết khiếu nại tố cáo 1 chủ trì tham mưu thành lập Đoàn kiểm tra, hoàn "
          "thành trước ngày 25/4/2024."),
        p("2. Các cơ quan, đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Thanh tra tỉnh chậm nhất 05 ngày "
          "làm việc trước ngày kiểm tra."),
        p("3. Văn phòng Thanh tra tỉnh tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/7/2024."),
        Sign(["- UBND tỉnh (b/c);", "- Sở Nội vụ;", "- Các cơ quan, đơn vị được kiểm tra;", "- Lưu: VT, TTr1."],
             ["Q. CHÁNH THANH TRA"], "Hoàng Văn Khải"),
    ]
    site = Site("THANH TRA TỈNH YÊN BÁI",
                ["Trang chủ", "Giới thiệu", "Tin tức", "Tiếp công dân", "Văn bản", "Hỏi đáp"],
                ["Trang chủ", "Văn bản", "Kế hoạch"], "Kế hoạch kiểm tra công tác cải cách hành chính, công vụ "
                "năm 2024", "13/03/2024 15:02", ["Thanh tra tỉnh Yên Bái", "Đường Yên Ninh, thành phố Yên Bái"],
                nbsp=True)
    return Doc(parts, site)


# ---------------------------------------------------------------- j05: UBND tỉnh Lạng Sơn, a Quyết định on page one


def j05() -> Doc:
    """Quyết định 388/QĐ-UBND of UBND tỉnh Lạng Sơn issuing a plan, the plan set right after Điều 3 and the
    signature; its duties as "a) Chủ trì / b) Phối hợp / c) Thời gian" blocks."""
    parts = [
        Head(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------", "Số: 388/QĐ-UBND"],
             [*MOTTO, "Lạng Sơn, ngày 07 tháng 3 năm 2024"]),
        centered("QUYẾT ĐỊNH", size=14),
        title("Ban hành Kế hoạch tuyên truyền cải cách hành chính tỉnh Lạng Sơn năm 2024"),
        centered("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", size=14),
        p("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số "
          "điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;"),
        p("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
          "hành chính nhà nước giai đoạn 2021 - 2030;"),
        p("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 28/02/2024."),
        centered("QUYẾT ĐỊNH:", size=14),
        p("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tuyên truyền cải cách hành chính tỉnh Lạng Sơn năm "
          "2024."),
        p("Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        p("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch "
          "UBND các huyện, thành phố chịu trách nhiệm thi hành Quyết định này./."),
        Sign(["- Như Điều 3;", "- Bộ Nội vụ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
              "- Báo Lạng Sơn, Đài PT-TH tỉnh;", "- Lưu: VT, NC."],
             ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Đoàn Thu Hà"),
        Section(landscape=False),
        Head(["ỦY BAN NHÂN DÂN", "TỈNH LẠNG SƠN", "-------"], MOTTO),
        centered("KẾ HOẠCH", size=14),
        title("Tuyên truyền cải cách hành chính tỉnh Lạng Sơn năm 2024"),
        centered("(Ban hành kèm theo Quyết định số 388/QĐ-UBND ngày 07/3/2024 của UBND tỉnh Lạng Sơn)",
                 bold=False, italic=True, size=13),
        heading("I. MỤC ĐÍCH, YÊU CẦU"),
        heading("1. Mục đích"),
        p("Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân về cải cách hành chính."),
        heading("2. Yêu cầu"),
        p("Hình thức tuyên truyền phù hợp với từng đối tượng, vùng đồng bào dân tộc thiểu số."),
        heading("II. NỘI DUNG, HÌNH THỨC VÀ PHÂN CÔNG"),
        heading("1. Mở chuyên mục “Cải cách hành chính” trên sóng phát thanh, truyền hình"),
        p("a) Chủ trì: Đài Phát thanh và Truyền hình tỉnh."),
        p("b) Phối hợp: Sở Nội vụ."),
        p("c) Thời gian: hằng tháng."),
        heading("2. Tổ chức Cuộc thi tìm hiểu cải cách hành chính trực tuyến"),
        p("a) Chủ trì: Sở Nội vụ."),
        p("b) Phối hợp: Sở Thông tin và Truyền thông; Tỉnh đoàn."),
        p("c) Thời gian: Quý III/2024."),
        heading("3. Tuyên truyền trên hệ thống loa truyền thanh cơ sở"),
        p("a) Chủ trì: UBND các huyện, thành phố."),
        p("b) Phối hợp: UBND các xã, phường, thị trấn."),
        p("c) Thời gian: từ tháng 4/2024 đến tháng 11/2024."),
        heading("III. TỔ CHỨC THỰC HIỆN"),
        p("Sở Nội vụ theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 30/11/2024."),
    ]
    site = Site("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN",
                ["Trang chủ", "Chính quyền", "Tin tức", "Văn bản chỉ đạo điều hành", "Công dân", "Doanh nghiệp"],
                ["Trang chủ", "Văn bản chỉ đạo điều hành", "Quyết định"],
                "Quyết định ban hành Kế hoạch tuyên truyền cải cách hành chính tỉnh Lạng Sơn năm 2024",
                "Ngày ban hành: 07/03/2024 | Ngày đăng: 11/03/2024",
                ["Cơ quan chủ quản: UBND tỉnh Lạng Sơn", "Số 2 Hùng Vương, thành phố Lạng Sơn"])
    return Doc(parts, site)


# ---------------------------------------------------------------- rendering


def word(doc: Doc) -> bytes:
    """The official Word file."""
    return web.word_file(doc.parts)


def _table_lines(g: Grid) -> list[str]:
    """Rows tab-separated; a cell's several lines copied as lines of their own (as a browser copies <br>)."""
    out = []
    for row in g.rows:
        out += "\t".join(web.row_cells(row)).rstrip("\t").split("\n")
    return out


def _touch(text: str, site: Site) -> str:
    """The copy's character-level habits: NBSP after numbers and labels, NFD."""
    if site.nbsp:
        text = text.replace("Số: ", "Số:" + NBSP).replace(". ", "." + NBSP).replace(": ", ":" + NBSP)
    return unicodedata.normalize("NFD", text) if site.nfd else text


def seed(doc: Doc) -> str:
    """The page as a browser's text copy."""
    s = doc.site
    lines = web.chrome_lines(s)
    if s.toc:
        lines += ["Mục lục", *s.toc, ""]
    notes = []
    for part in doc.parts:
        if isinstance(part, Head):
            lines += web.head_lines(part)
        elif isinstance(part, Sign):
            lines += web.sign_lines(part)
        elif isinstance(part, Grid):
            lines += [*_table_lines(part), ""]
        elif isinstance(part, Para):
            text = part.text
            for start, note in s.notes.items():
                if text.startswith(start):
                    notes.append(note)
                    text += f"[{len(notes)}]"
            lines += [text, ""]
    if notes:
        lines += ["__________", *[f"[{i}] {x}" for i, x in enumerate(notes, 1)], ""]
    lines += [*web.attach_lines(s), *s.footer, ""]
    return _touch("\n".join(lines), s)


def _html_table(g: Grid) -> str:
    """A task table: <thead>, colspan group rows, <br> lines in cells."""
    spans = {(r0, c0): c1 - c0 + 1 for r0, c0, _, c1 in g.merges}
    covered = g.covered()
    out = ['<table class="table table-bordered" border="1" cellpadding="4" style="width:100%">']
    for r, row in enumerate(g.rows):
        out.append("<thead>" if r == 0 else "<tbody>" if r == g.header_rows else "")
        tag = "th" if r < g.header_rows else "td"
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            cs = spans.get((r, c), 1)
            inner = "<br>".join(html.escape(x) for x in text.split("\n"))
            if row[0] in ROMAN and r >= g.header_rows:
                inner = f"<strong>{inner}</strong>"
            cells.append(f"<{tag}" + (f' colspan="{cs}"' if cs > 1 else "") + f">{inner}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>" + ("</thead>" if r == g.header_rows - 1 else ""))
    out.append("</tbody></table>")
    return "\n".join(x for x in out if x)


def page(doc: Doc) -> str:
    """The portal page as a browser saves it ("HTML only")."""
    s = doc.site
    body = []
    notes = []
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
            text = html.escape(part.text)
            for start, note in s.notes.items():
                if part.text.startswith(start):
                    notes.append(note)
                    n = len(notes)
                    text += f'<sup><a href="#fn{n}" id="ref{n}">[{n}]</a></sup>'
            body.append(web.para_html(part, text))
    if notes:
        body.append('<hr><div class="footnotes">' + "".join(
            f'<p id="fn{i}"><a href="#ref{i}">[{i}]</a> {html.escape(x)}</p>' for i, x in enumerate(notes, 1))
            + "</div>")
    toc = ""
    if s.toc:
        toc = '<div class="toc"><p><strong>Mục lục</strong></p><ul>' + "".join(
            f'<li><a href="#muc{i}">{html.escape(x)}</a></li>' for i, x in enumerate(s.toc, 1)) + "</ul></div>"
    return web.simple_page(s, s.footer, _touch("\n".join(body), s), toc)


DOCUMENTS = {
    "j01_kh_bandantoc_dienbien_2024": j01,
    "j02_kh_huyen_duchoa_2024": j02,
    "j03_kh_songoaivu_thuathienhue_2024": j03,
    SCANNED: j04,
    "j05_qd_kh_ubnd_langson_2024": j05,
}


def main() -> None:
    """Write seeds/, html/, docx/, pdf/ and scanned/."""
    docs = {stem: make() for stem, make in DOCUMENTS.items()}
    for sub in ("docx", "pdf", "scanned"):
        (HERE / sub).mkdir(exist_ok=True)
    web.write_copies(HERE, docs, seed, page)
    words = {stem: word(doc) for stem, doc in docs.items()}
    for stem, data in words.items():
        (HERE / "docx" / f"{stem}.docx").write_bytes(data)
    pdfs = to_pdf(words)
    for stem, pdf in pdfs.items():
        (HERE / "pdf" / f"{stem}.pdf").write_bytes(pdf)
    (HERE / "scanned" / f"{SCANNED}.pdf").write_bytes(
        scan(pdfs[SCANNED], seed=23, turn=(0.3, 0.8), noisy=0, sigma=10, specks=0.001, blur=0.5))


if __name__ == "__main__":
    main()
