"""PDF reader on files the tests generate (python-docx + LibreOffice) and on the corpus PDFs: header
columns kept apart, wrapped lines joined, a merged-cell task table over several landscape pages joined
into one table, page numbers dropped, and clear errors for encrypted, empty and damaged files."""
from __future__ import annotations

import io
import subprocess
import sys

import pypdfium2 as pdfium
import pytest
from conftest import CORPUS, REPO

from extractor.blocks import Paragraph, ReadError, Table
from extractor.pipeline import extract
from extractor.readers import docx as docx_reader
from extractor.readers import pdf as pdf_reader
from extractor.readers import read

sys.path.insert(0, str(REPO))
from corpus import generate  # noqa: E402


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    """Generated documents: a plan with a 3-group task table (landscape annex, page numbers), a plan with
    a 3-line issuer cell whose annex is a separate file, plans whose task table has no borders (its header
    repeated on each page, or not; a rule line under the title; a heading right under the table), and an encrypted copy; DOCX and PDF of each."""
    generate.ensure_tools()
    plan = generate.sample_plan(rows_per_group=12)
    body, annex = generate.sample_plan(rows_per_group=3, annex_separate=True,
                                       issuer=("UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ", "CHI CỤC VĂN THƯ"))
    docs = {"plan": generate.to_docx(plan, page_numbers=True), "body": generate.to_docx(body),
            "annex": generate.to_docx(annex)}
    for name, header_rows in (("borderless", 2), ("borderless_plain", 0)):
        parts = generate.sample_plan(rows_per_group=8, groups=2)
        parts.insert(3, generate.Para("-----------", align="center"))  # the rule under the title
        parts[-1].borders, parts[-1].header_rows = False, header_rows
        docs[name] = generate.to_docx(parts, page_numbers=True)
    short = generate.task_table(1, 3)
    short.borders = False
    docs["borderless_short"] = generate.to_docx([
        generate.Section(landscape=True), generate.Para("II. NHIỆM VỤ", bold=True), short,
        generate.Para("III. TỔ CHỨC THỰC HIỆN", bold=True),
        generate.Para("Các sở, ban, ngành báo cáo kết quả thực hiện về Văn phòng UBND tỉnh trước ngày 15 tháng 12 "
                      "năm 2023 để tổng hợp.")])
    pdfs = generate.to_pdf(docs)
    locked = generate.to_pdf({"plan": docs["plan"]}, password="secret")["plan"]
    return {**{f"{k}.docx": v for k, v in docs.items()}, **{f"{k}.pdf": v for k, v in pdfs.items()},
            "locked.pdf": locked}


def _paragraphs(raw) -> list[str]:
    return [b.text for b in raw.blocks if isinstance(b, Paragraph)]


def _tables(raw) -> list[Table]:
    return [b for b in raw.blocks if isinstance(b, Table)]


def test_pdf_paragraphs_match_the_word_file(files):
    pdf = read(files["plan.pdf"], "plan.pdf")
    word = read(files["plan.docx"], "plan.docx")
    assert pdf.format == "pdf" and not pdf.ocr
    assert _paragraphs(pdf) == _paragraphs(word)


def test_header_cells_kept_apart(files):
    first = read(files["plan.pdf"]).blocks[0]
    assert isinstance(first, Table) and len(first.rows[0]) == 2
    left, right = first.rows[0]
    assert "Số: 45/KH-UBND" in left and "ỦY BAN NHÂN DÂN" in left
    assert "CỘNG HÒA" not in left and "Hà Giang, ngày 15 tháng 3 năm 2023" in right


def test_task_table_over_three_landscape_pages_is_one_table(files):
    raw = read(files["plan.pdf"])
    tables = [t for t in _tables(raw) if len(t.rows) > 5]
    assert len(tables) == 1
    table = tables[0]
    word = [t for t in _tables(read(files["plan.docx"])) if len(t.rows) > 5][0]
    assert table.rows == word.rows  # repeated header rows dropped, no row lost or split
    assert len(table.rows) == 2 + 3 * 13
    assert len(set(table.row_pages)) >= 3
    doc = pdfium.PdfDocument(files["plan.pdf"])
    for page in set(table.row_pages):
        width, height = doc[page - 1].get_size()
        assert width > height  # the annex is on landscape pages


def test_merged_cells(files):
    table = [t for t in _tables(read(files["plan.pdf"])) if len(t.rows) > 5][0]
    head, sub, group = table.rows[0], table.rows[1], table.rows[2]
    assert head[4] == "Thời gian" and head[5] is None  # horizontal merge: covered from the left
    assert sub[0] == "STT" and sub[1] == "Nhiệm vụ"  # vertical merge: the text repeated
    assert sub[4:6] == ["Bắt đầu", "Hoàn thành"]
    assert group[0] == "I" and group[2:] == [None] * 5


def test_page_numbers_dropped(files):
    raw = read(files["plan.pdf"])
    assert raw.pages >= 4
    assert not [t for t in _paragraphs(raw) if t.strip().isdigit()]


def test_pdf_and_docx_give_the_same_record(files):
    from_pdf = extract(files["plan.pdf"], "plan.pdf")
    from_docx = extract(files["plan.docx"], "plan.docx")
    assert from_pdf.number == from_docx.number == "45/KH-UBND"
    assert str(from_pdf.issued_date) == "2023-03-15"
    assert from_pdf.signer and from_pdf.signer.name == "Nguyễn Văn Sơn"
    assert from_pdf.source.pages == raw_pages(files["plan.pdf"])
    assert [t.name for t in from_pdf.tasks] == [t.name for t in from_docx.tasks]
    assert len([t for t in from_pdf.tasks if t.source == "table"]) == 36
    assert all(t.page and t.page >= 2 for t in from_pdf.tasks if t.source == "table")


def raw_pages(data: bytes) -> int:
    return len(pdfium.PdfDocument(data))


def test_three_line_issuer_cell_and_separate_annex(files):
    body = read(files["body.pdf"])
    left = body.blocks[0].rows[0][0]
    assert left.split("\n")[:3] == ["UBND TỈNH HÀ GIANG", "SỞ NỘI VỤ", "CHI CỤC VĂN THƯ"]
    annex = read(files["annex.pdf"])
    assert _paragraphs(annex)[0] == "PHỤ LỤC"
    table = _tables(annex)[0]
    assert table.rows == _tables(read(files["annex.docx"]))[0].rows


def test_wrapped_table_cells_joined(files):
    table = [t for t in _tables(read(files["plan.pdf"])) if len(t.rows) > 5][0]
    names = [row[1] for row in table.rows[3:]]
    assert all("\n" not in n for n in names)  # each cell one paragraph, like the Word file
    assert "Thực hiện nhiệm vụ số 1 về rà soát, đơn giản hóa thủ tục hành chính" in names


def test_encrypted_pdf_gives_a_clear_error(files):
    with pytest.raises(ReadError, match="password"):
        read(files["locked.pdf"], "locked.pdf")


def test_pdf_without_pages():
    doc = pdfium.PdfDocument.new()
    buf = io.BytesIO()
    doc.save(buf)
    with pytest.raises(ReadError, match="no pages"):
        pdf_reader.read(buf.getvalue())


def test_damaged_pdf():
    data = (CORPUS / "pdf" / "000_6724172b0ca23b41.pdf").read_bytes()
    with pytest.raises(ReadError, match="damaged"):
        pdf_reader.read(data[:400])


def test_cli_reports_encrypted_pdf_without_traceback(files, tmp_path):
    path = tmp_path / "locked.pdf"
    path.write_bytes(files["locked.pdf"])
    run = subprocess.run([str(REPO / ".venv/bin/kehoach"), "extract", str(path)], capture_output=True, text=True)
    assert run.returncode != 0
    assert "password" in run.stderr and "Traceback" not in run.stderr


def _lines(raw) -> list[str]:
    """Every paragraph and every line of a small (layout) table's cells, sorted."""
    out = []
    for b in raw.blocks:
        if isinstance(b, Paragraph):
            out.append(b.text)
        elif len(b.rows) <= 3:
            out.extend(line for row in b.rows for cell in row if cell for line in cell.split("\n"))
    return sorted(out)


@pytest.mark.parametrize("stem", ["000_6724172b0ca23b41", "001_c5e464c71dd820ff", "002_b77f8f801cd9945c",
                                  "004_c82f168839780410"])
def test_corpus_pdf_reads_like_its_word_file(stem):
    pdf = read((CORPUS / "pdf" / f"{stem}.pdf").read_bytes())
    word = docx_reader.read((CORPUS / "docx" / f"{stem}.docx").read_bytes())
    assert _lines(pdf) == _lines(word)
    big_pdf = [t for t in _tables(pdf) if len(t.rows) > 3]
    big_word = [t for t in _tables(word) if len(t.rows) > 3]
    assert [len(t.rows) for t in big_pdf] == [len(t.rows) for t in big_word]
    cells = [(a, b) for tp, tw in zip(big_pdf, big_word, strict=True)
             for rp, rw in zip(tp.rows, tw.rows, strict=True) for a, b in zip(rp, rw, strict=True)]
    same = sum(1 for a, b in cells if a == b)
    assert same >= 0.97 * len(cells)


def _big_table(raw) -> Table:
    """The one task table of a document (more than five rows)."""
    tables = [t for t in _tables(raw) if len(t.rows) > 5]
    assert len(tables) == 1
    return tables[0]


def _merged_as_empty(rows: list) -> list:
    """Rows with merged (None) cells as empty ones: a borderless PDF cannot show how far a merge goes."""
    return [[c or "" for c in row] for row in rows]


def test_borderless_task_table_over_two_pages(files):
    table = _big_table(read(files["borderless.pdf"]))
    word = _big_table(read(files["borderless.docx"]))
    assert len(set(table.row_pages)) == 2  # the table breaks across pages, its header repeated: one table
    assert table.rows[:2] == word.rows[:2]  # "Thời gian" spans "Bắt đầu" / "Hoàn thành"
    assert _merged_as_empty(table.rows) == _merged_as_empty(word.rows)
    from_pdf = extract(files["borderless.pdf"], "borderless.pdf")
    from_docx = extract(files["borderless.docx"], "borderless.docx")
    assert len([t for t in from_pdf.tasks if t.source == "table"]) == 16
    assert [(t.name, t.lead, t.support) for t in from_pdf.tasks] == [(t.name, t.lead, t.support)
                                                                   for t in from_docx.tasks]


def test_borderless_table_continued_without_its_header(files):
    table = _big_table(read(files["borderless_plain.pdf"]))
    word = _big_table(read(files["borderless_plain.docx"]))
    assert len(set(table.row_pages)) == 2
    body = [r for r in _merged_as_empty(word.rows) if r[0] not in ("STT", "")]
    assert [r for r in _merged_as_empty(table.rows) if r[0] not in ("STT", "")] == body


def test_rule_line_under_the_title_stays_apart(files):
    paras = _paragraphs(read(files["borderless.pdf"]))
    title = "Kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông năm 2023 trên địa bàn tỉnh Hà Giang"
    assert paras[paras.index(title) + 1] == "-----------"
    assert _paragraphs(read(files["borderless.pdf"])) == _paragraphs(read(files["borderless.docx"]))


def test_heading_right_under_a_borderless_table_is_not_a_cell(files):
    raw, word = read(files["borderless_short.pdf"]), read(files["borderless_short.docx"])
    assert _merged_as_empty(_big_table(raw).rows) == _merged_as_empty(_big_table(word).rows)
    assert _paragraphs(raw) == _paragraphs(word)  # the heading (indented: left of the column's edge) and
    # the paragraph under it stay apart, on a page of few lines


@pytest.mark.parametrize("a,b,joined", [
    ("hoàn thành trước ngày 01/10/202", "4 theo quy định", "hoàn thành trước ngày 01/10/2024 theo quy định"),
    ("từ ngày 15/1", "0/2024 đến nay", "từ ngày 15/10/2024 đến nay"),
    ("Số: 2644/KH-", "UBND ngày 5/3/2024", "Số: 2644/KH-UBND ngày 5/3/2024"),
    ("trước ngày 15/3/2024", "10 đơn vị", "trước ngày 15/3/2024 10 đơn vị"),
    ("gồm 12", "3 xã", "gồm 12 3 xã"),
])
def test_wrapped_lines_join_a_date_or_code_split_inside_it(a, b, joined):
    from extractor.readers.layout import _join
    assert _join(a, b) == joined


def test_a_chunk_that_bridges_two_header_columns_does_not_merge_them():
    from extractor.readers.layout import Line, Region, Seg

    def seg(text, x0, x1, row):
        return Seg(text, x0, x1, 10 + 14 * row, 22 + 14 * row)
    region = Region([
        Line([seg("SỞ NỘI VỤ", 40, 110, 0), seg("LIÊN ĐOÀN LAO", 150, 250, 0), seg("CỘNG HÒA XÃ HỘI", 290, 520, 0)]),
        Line([seg("TỈNH BÌNH ĐỊNH", 30, 120, 1), seg("ĐỘNG", 180, 215, 1), seg("Độc lập - Tự do", 320, 490, 1)]),
        Line([seg("Số: 02/KHLT-SNV-LĐLĐ", 100, 250, 2), seg("Bình Định, ngày 26 tháng 02 năm 2024", 300, 515, 2)]),
    ])
    assert [[ln.text for ln in col] for col in region.cells()] == [
        ["SỞ NỘI VỤ", "TỈNH BÌNH ĐỊNH"], ["LIÊN ĐOÀN LAO", "ĐỘNG", "Số: 02/KHLT-SNV-LĐLĐ"],
        ["CỘNG HÒA XÃ HỘI", "Độc lập - Tự do", "Bình Định, ngày 26 tháng 02 năm 2024"]]
