"""Test documents made to order: a plan described as a list of parts, rendered to DOCX (python-docx), to PDF
(LibreOffice `soffice --headless --convert-to pdf`) and to a saved web page with site chrome, so tests can
make layouts the corpus lacks (borderless or 3-line header cells, merged cells, a table over several
pages, landscape annexes, Word numbering, an annex as a separate file, a password-protected PDF).

    python corpus/generate.py OUT_DIR     # writes the sample plan in every format
"""
from __future__ import annotations

import html
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

# ---------------------------------------------------------------- the parts of a document


@dataclass
class Para:
    """A paragraph: `style` "List Number"/"List Bullet" makes Word number it (no marker in the text)."""

    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # justify | center | left | right
    indent: bool = True  # first-line indent of 1 cm
    style: str | None = None
    size: float = 13


@dataclass
class Columns:
    """Lines side by side in a table without borders (the header, the signature block)."""

    cells: list[list[str]]
    bold: bool = True
    widths: list[float] = field(default_factory=lambda: [6.0, 10.0])


@dataclass
class Grid:
    """A data table; `merges` are (row0, col0, row1, col1) inclusive; `header_rows` repeat on every page."""

    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    borders: bool = True
    header_rows: int = 0
    widths: list[float] | None = None
    size: float = 11

    def covered(self) -> set[tuple[int, int]]:
        """The cells hidden under a merged cell (every cell of a merge but its first)."""
        out: set[tuple[int, int]] = set()
        for r0, c0, r1, c1 in self.merges:
            out |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
        return out


@dataclass
class Section:
    """A new section starting on a new page, portrait or landscape."""

    landscape: bool = False


Part = Para | Columns | Grid | Section


# ---------------------------------------------------------------- DOCX


def no_borders(table) -> None:
    """The table's borders switched off."""
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def _repeat_header(row) -> None:
    """The row marked to repeat at the top of every page."""
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(el)


def _cell_text(cell, text: str, bold: bool = False, size: float = 11, align: str = "left") -> None:
    """A cell's text, one paragraph per line."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = _ALIGN[align]
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)


_ALIGN = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}


def page_number(section, shown: str = "1", half_points: int | None = None) -> None:
    """A centred PAGE field in the section's header (the page number in the top margin), showing `shown`
    until the field is updated, in `half_points` size when given."""
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field_ = OxmlElement("w:fldSimple")
    field_.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    if half_points:
        rpr = OxmlElement("w:rPr")
        size = OxmlElement("w:sz")
        size.set(qn("w:val"), str(half_points))
        rpr.append(size)
        run.append(rpr)
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field_.append(run)
    p._p.append(field_)


def a4_document(font_size: float = 13, margins: tuple[float, float, float, float] = (3, 2, 2, 2)):
    """A new Word document on A4 portrait pages, Times New Roman at `font_size` pt, `margins` (left, right,
    top, bottom) in cm."""
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(font_size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = (Cm(m) for m in margins)
    return d


def to_docx(parts: list[Part], page_numbers: bool = False) -> bytes:
    """The parts as a Word document (A4, 2/3 cm margins, Times New Roman 13 pt), page numbers in the
    top margin when asked."""
    d = a4_document()
    first = True
    for part in parts:
        if isinstance(part, Section):
            sec = d.sections[-1] if first else d.add_section()
            wide, tall = (Cm(29.7), Cm(21)) if part.landscape else (Cm(21), Cm(29.7))
            sec.orientation = WD_ORIENT.LANDSCAPE if part.landscape else WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = wide, tall
            sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
        elif isinstance(part, Para):
            p = d.add_paragraph(style=part.style) if part.style else d.add_paragraph()
            p.alignment = _ALIGN[part.align]
            fmt = p.paragraph_format
            fmt.space_after = Pt(6)
            if part.indent and part.align == "justify" and not part.style:
                fmt.first_line_indent = Cm(1)
            run = p.add_run(part.text)
            run.bold, run.italic = part.bold, part.italic
            run.font.size = Pt(part.size)
        elif isinstance(part, Columns):
            t = d.add_table(rows=1, cols=len(part.cells))
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            t.autofit = False
            no_borders(t)
            for i, lines in enumerate(part.cells):
                cell = t.rows[0].cells[i]
                t.columns[i].width = cell.width = Cm(part.widths[i] if i < len(part.widths) else 5)
                _cell_text(cell, "\n".join(lines), part.bold, 12, "center" if i or part.bold else "left")
        elif isinstance(part, Grid):
            _grid(d, part)
        first = False
    if page_numbers:
        page_number(d.sections[0])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _grid(d, g: Grid) -> None:
    """A Grid part added to the Word document, merges applied."""
    width = max(len(r) for r in g.rows)
    t = d.add_table(rows=len(g.rows), cols=width)
    if g.borders:
        t.style = d.styles["Table Grid"]
    else:
        no_borders(t)
    covered = g.covered()
    for r, row in enumerate(g.rows):
        for c in range(width):
            text = row[c] if c < len(row) else ""
            if (r, c) not in covered:
                _cell_text(t.cell(r, c), text, r < g.header_rows, g.size, "center" if r < g.header_rows else "left")
        if r < g.header_rows:
            _repeat_header(t.rows[r])
    for r0, c0, r1, c1 in g.merges:
        t.cell(r0, c0).merge(t.cell(r1, c1))
    if g.widths:
        t.autofit = False
        for c, w in enumerate(g.widths[:width]):
            t.columns[c].width = Cm(w)
        for row in t.rows:
            for c, cell in enumerate(row.cells):
                if c < len(g.widths):
                    cell.width = Cm(g.widths[c])


# ---------------------------------------------------------------- PDF (LibreOffice)


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def ensure_tools() -> None:
    """LibreOffice installed (as root, from the Debian packages in scripts/apt-packages) or a clear error."""
    if soffice():
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=False, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-writer"],
                       check=False, env=env)
    if not soffice():
        raise RuntimeError("LibreOffice is needed to make test PDFs: apt-get install libreoffice-writer")


def to_pdf(docs: dict[str, bytes], password: str | None = None) -> dict[str, bytes]:
    """DOCX files (name -> bytes) converted to PDF by one LibreOffice run; `password` encrypts them."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice is not installed: apt-get install libreoffice-writer "
                           "(scripts/apt-packages lists every Debian package kehoach needs)")
    with tempfile.TemporaryDirectory(prefix="kehoach-gen-") as tmp:
        tmp_path = Path(tmp)
        for name, data in docs.items():
            (tmp_path / f"{name}.docx").write_bytes(data)
        target = "pdf"
        if password:
            options = {"EncryptFile": {"type": "boolean", "value": "true"},
                       "DocumentOpenPassword": {"type": "string", "value": password}}
            target = "pdf:writer_pdf_Export:" + json.dumps(options)
        cmd = [exe, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", str(tmp_path / "out"),
               *[str(tmp_path / f"{n}.docx") for n in docs]]
        subprocess.run(cmd, capture_output=True, timeout=300, check=False,
                       env={**os.environ, "HOME": str(tmp_path)})
        out = {}
        for name in docs:
            pdf = tmp_path / "out" / f"{name}.pdf"
            if not pdf.exists():
                raise RuntimeError(f"LibreOffice did not convert {name}.docx")
            out[name] = pdf.read_bytes()
        return out


# ---------------------------------------------------------------- HTML (a saved portal page)


_CHROME_TOP = """<header class="site-header"><div class="logo">Cổng thông tin pháp luật</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản mới</a></li>
<li><a href="/tt">Tin tức</a></li><li><a href="/lh">Liên hệ</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a></div>
<script>var tracking = "Kế hoạch giả trong script"; document.write("<p>không phải văn bản</p>");</script>
<style>.content p {{ text-align: justify }}</style>"""
_CHROME_BOTTOM = """<div class="related"><h3>Văn bản liên quan</h3><ul>
<li><a href="/1">Kế hoạch 12/KH-UBND năm 2021 về cải cách hành chính</a></li>
<li><a href="/2">Quyết định 55/QĐ-UBND năm 2022</a></li></ul></div>
<footer class="footer">Bản quyền © Cổng thông tin. Địa chỉ: 12 Lê Lợi. Điện thoại: 0123 456 789</footer>
<script>console.log("Nơi nhận: quảng cáo")</script>"""


def to_html(parts: list[Part], chrome: bool = True) -> str:
    """The parts as a saved web page (header table as a table, paragraphs as <p>), inside site chrome."""
    body: list[str] = []
    counters: dict[str, int] = {}
    for part in parts:
        if isinstance(part, Para):
            text = html.escape(part.text)
            if part.bold:
                text = f"<b>{text}</b>"
            if part.style == "List Number":
                counters["n"] = counters.get("n", 0) + 1
                body.append(f'<ol start="{counters["n"]}"><li>{text}</li></ol>')
            elif part.style == "List Bullet":
                body.append(f"<ul><li>{text}</li></ul>")
            else:
                body.append(f'<p style="text-align:{part.align}">{text}</p>')
        elif isinstance(part, Columns):
            cells = "".join(f"<td>{'<br>'.join(html.escape(x) for x in lines)}</td>" for lines in part.cells)
            body.append(f"<table><tr>{cells}</tr></table>")
        elif isinstance(part, Grid):
            body.append(_html_grid(part))
    doc = "\n".join(body)
    if not chrome:
        return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{doc}</body></html>"
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Văn bản</title>"
            f"<script src='app.js'></script></head><body>{_CHROME_TOP}"
            f"<div class='content'><div class='doc-body'>{doc}</div></div>{_CHROME_BOTTOM}</body></html>")


def _html_grid(g: Grid) -> str:
    """A Grid part as an HTML table with rowspan and colspan."""
    spans = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1) for r0, c0, r1, c1 in g.merges}
    covered = g.covered()
    rows = []
    for r, row in enumerate(g.rows):
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            cells.append(f"<td{attrs}>{'<br>'.join(html.escape(x) for x in text.split(chr(10)))}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table border='1'>{''.join(rows)}</table>"


# ---------------------------------------------------------------- a sample plan


UNITS = ["Văn phòng UBND tỉnh", "Sở Tư pháp", "Sở Nội vụ", "Sở Thông tin và Truyền thông", "Sở Tài chính",
         "Trung tâm Phục vụ hành chính công tỉnh", "UBND các huyện, thị xã, thành phố"]
WHEN = ["Quý I", "Quý II", "Tháng 6", "Thường xuyên", "Quý IV", "Tháng 12"]


def header(issuer: list[str], number: str, place_date: str) -> Columns:
    """The two-column header: issuer lines and number | motto and place, date."""
    return Columns([[*issuer, "-------", number],
                    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------",
                     place_date]])


def task_table(n_groups: int = 3, per_group: int = 6, long_names: bool = False) -> Grid:
    """A task table: two header rows (Thời gian spans Bắt đầu/Hoàn thành; the other headers span both
    rows), group rows merged across all columns, numbered task rows."""
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "", "Sản phẩm"],
            ["", "", "", "", "Bắt đầu", "Hoàn thành", ""]]
    merges = [(0, c, 1, c) for c in (0, 1, 2, 3, 6)] + [(0, 4, 0, 5)]
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    k = 0
    for g in range(n_groups):
        merges.append((len(rows), 1, len(rows), 6))
        rows.append([roman[g], f"Nhóm nhiệm vụ số {g + 1} về cải cách thủ tục hành chính", "", "", "", "", ""])
        for i in range(per_group):
            k += 1
            name = f"Thực hiện nhiệm vụ số {k} về rà soát, đơn giản hóa thủ tục hành chính"
            if long_names:
                name += " trong lĩnh vực được giao, bảo đảm đúng tiến độ và chất lượng theo quy định hiện hành"
            rows.append([str(i + 1), name, UNITS[k % len(UNITS)], UNITS[(k + 3) % len(UNITS)],
                         WHEN[k % len(WHEN)], WHEN[(k + 1) % len(WHEN)], f"Báo cáo kết quả nhiệm vụ {k}"])
    return Grid(rows, merges, header_rows=2, widths=[1.3, 7.5, 4.0, 4.5, 2.3, 2.3, 3.8])


def signature(authority: list[str], name: str) -> Columns:
    """The recipients and signature block, side by side."""
    recipients = ["Nơi nhận:", "- Văn phòng Chính phủ;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT."]
    return Columns([recipients, [*authority, "", "", name]], bold=False, widths=[8.0, 8.5])


def sample_plan(rows_per_group: int = 6, groups: int = 3, landscape_annex: bool = True,
                issuer: tuple[str, ...] = ("ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG"), numbered: bool = False,
                annex_separate: bool = False, long_names: bool = False) -> list[Part] | tuple[list[Part], list[Part]]:
    """A complete plan: header, title, legal bases, numbered body, signature and a task-table annex
    (on landscape pages; in a second document when `annex_separate`)."""
    body: list[Part] = [
        header(list(issuer), "Số: 45/KH-UBND", "Hà Giang, ngày 15 tháng 3 năm 2023"),
        Para("KẾ HOẠCH", bold=True, align="center", size=14),
        Para("Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên địa bàn "
             "tỉnh Hà Giang", bold=True, align="center", size=14),
        Para("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ về kiểm soát thủ tục hành "
             "chính; Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ về thực hiện cơ chế một "
             "cửa, một cửa liên thông trong giải quyết thủ tục hành chính;"),
        Para("Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2023 như sau:"),
        Para("I. MỤC ĐÍCH, YÊU CẦU", bold=True),
    ]
    goals = ["Nâng cao chất lượng giải quyết thủ tục hành chính cho người dân và doanh nghiệp trên địa bàn tỉnh, "
             "bảo đảm công khai, minh bạch và đúng thời hạn quy định.",
             "Xác định cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của các cơ quan, đơn vị trong việc "
             "triển khai thực hiện kế hoạch."]
    if numbered:
        body += [Para(g, style="List Number") for g in goals]
    else:
        body += [Para(f"{i + 1}. {g}") for i, g in enumerate(goals)]
    body += [
        Para("II. NỘI DUNG", bold=True),
        Para("Nội dung cụ thể theo Phụ lục đính kèm."),
        Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
        Para("Các sở, ban, ngành và UBND các huyện, thị xã, thành phố báo cáo kết quả thực hiện về Văn phòng UBND "
             "tỉnh trước ngày 15 tháng 12 năm 2023./."),
        signature(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Sơn"),
    ]
    annex: list[Part] = [
        Section(landscape=landscape_annex),
        Para("PHỤ LỤC", bold=True, align="center"),
        Para("DANH MỤC NHIỆM VỤ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2023", bold=True, align="center"),
        Para("(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/3/2023 của UBND tỉnh Hà Giang)", italic=True, align="center"),
        task_table(groups, rows_per_group, long_names),
    ]
    if annex_separate:
        return body, annex
    return body + annex


def main(out: str) -> None:
    """Write the sample plan as DOCX, PDF and HTML into `out`."""
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    parts = sample_plan(rows_per_group=12)
    data = to_docx(parts)
    (target / "sample.docx").write_bytes(data)
    (target / "sample.html").write_text(to_html(parts), encoding="utf-8")
    (target / "sample.pdf").write_bytes(to_pdf({"sample": data})["sample"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "generated")
