"""HTML reader: a saved portal page read without its chrome (menus, scripts, footer), tables with
colspan/rowspan, list markers, the same record as the Word file."""
from __future__ import annotations

import sys
import unicodedata

from conftest import REPO

from extractor.blocks import Paragraph, Table
from extractor.pipeline import extract
from extractor.readers import read

sys.path.insert(0, str(REPO))
from corpus import generate  # noqa: E402


def _text(raw) -> str:
    parts = []
    for b in raw.blocks:
        if isinstance(b, Paragraph):
            parts.append(b.text)
        else:
            parts.extend(c for row in b.rows for c in row if c)
    return "\n".join(parts)


def test_chrome_and_scripts_left_out():
    page = generate.to_html(generate.sample_plan(rows_per_group=2)).encode("utf-8")
    raw = read(page, "page.html")
    assert raw.format == "html"
    text = _text(raw)
    for chrome in ("tracking", "không phải văn bản", "Trang chủ", "Văn bản liên quan", "Bản quyền",
                   "quảng cáo", "text-align", "Cổng thông tin pháp luật"):
        assert chrome not in text
    first = raw.blocks[0]
    assert isinstance(first, Table) and "Số: 45/KH-UBND" in first.rows[0][0]
    assert "KẾ HOẠCH" in [b.text for b in raw.blocks if isinstance(b, Paragraph)]


def test_same_record_as_the_word_file():
    plan = generate.sample_plan(rows_per_group=2)
    from_html = extract(generate.to_html(plan).encode("utf-8"), "plan.html")
    from_docx = extract(generate.to_docx(plan), "plan.docx")
    assert from_html.number == from_docx.number == "45/KH-UBND"
    assert from_html.issued_date == from_docx.issued_date
    assert from_html.signer == from_docx.signer and from_html.signer.name == "Nguyễn Văn Sơn"
    assert [t.name for t in from_html.tasks] == [t.name for t in from_docx.tasks]
    assert from_html.title == from_docx.title


def test_colspan_rowspan():
    raw = read(generate.to_html(generate.sample_plan(rows_per_group=2)).encode("utf-8"), "p.html")
    table = [b for b in raw.blocks if isinstance(b, Table)][-1]
    assert table.rows[0][4:6] == ["Thời gian", None]
    assert table.rows[1][:2] == ["STT", "Nhiệm vụ"]
    assert table.rows[2][2:] == [None] * 5
    assert len(table.rows) == 2 + 3 * 3


def test_list_markers_and_line_breaks():
    page = ("<html><body><div id='main'><p>ỦY BAN NHÂN DÂN<br>TỈNH HÀ GIANG</p>"
            "<ol><li>Mục tiêu một.</li><li>Mục tiêu hai.</li></ol><ol type='a'><li>Ý thứ nhất</li></ol>"
            "<ul><li>Gạch đầu dòng</li><li>- Đã có dấu</li></ul>"
            "<p>Văn bản <b>có chữ đậm</b> và <a href='#'>liên kết</a> nằm trong đoạn.</p></div>"
            "<div class='menu'><a href='/'>Trang chủ</a><a href='/a'>Giới thiệu</a></div></body></html>")
    raw = read(page.encode("utf-8"), "x.html")
    assert [b.text for b in raw.blocks] == [
        "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "1. Mục tiêu một.", "2. Mục tiêu hai.", "a) Ý thứ nhất",
        "- Gạch đầu dòng", "- Đã có dấu", "Văn bản có chữ đậm và liên kết nằm trong đoạn."]


def test_declared_legacy_charset():
    text = "Kê\u0301 hoa\u0323ch kiê\u0309m tra năm 2023"  # Windows-1258 writes tones as combining marks
    page = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1258'></head>"
            f"<body><p>{text}</p></body></html>")
    raw = read(page.encode("cp1258"), "old.htm")
    assert unicodedata.normalize("NFC", raw.blocks[0].text) == "Kế hoạch kiểm tra năm 2023"


def test_a_table_flattened_to_one_paragraph_per_cell_is_rebuilt(corpus):
    """A portal page that writes each table cell as its own <p> (empty cells as &nbsp;) gives the tasks."""
    import html

    from extractor.pipeline import extract

    text = (corpus / "seeds" / "001_c5e464c71dd820ff.txt").read_text(encoding="utf-8")
    paras = "\n".join(f"<p>{html.escape(line) if line.strip() else '&nbsp;'}</p>"
                      for line in text.splitlines() if line)
    page = f"<html><body><div class='content'>{paras}</div></body></html>".encode()
    from_html = extract(page, "001.html")
    from_text = extract(text.encode(), "001.txt")
    assert len(from_html.tasks) == len(from_text.tasks) > 80
    assert [t.due and t.due.end for t in from_html.tasks] == [t.due and t.due.end for t in from_text.tasks]
