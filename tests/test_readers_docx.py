"""DOCX reader: body order, merged cells (gridSpan, vMerge), Word-generated numbering, legacy fonts."""
from __future__ import annotations

import io
import sys
import zipfile

import pytest
from conftest import CORPUS, REPO

from extractor.blocks import Paragraph, ReadError, Table
from extractor.pipeline import extract
from extractor.readers import docx as docx_reader
from extractor.readers import read

sys.path.insert(0, str(REPO))
from corpus import generate  # noqa: E402


def _paragraphs(raw) -> list[str]:
    return [b.text for b in raw.blocks if isinstance(b, Paragraph)]


def test_word_numbering_restored():
    parts = [generate.Para("Mục tiêu thứ nhất của kế hoạch.", style="List Number"),
             generate.Para("Mục tiêu thứ hai của kế hoạch.", style="List Number"),
             generate.Para("Một ý gạch đầu dòng.", style="List Bullet"),
             generate.Para("3. Đoạn đã có số thì giữ nguyên.", style="List Number")]
    raw = read(generate.to_docx(parts), "numbered.docx")
    assert _paragraphs(raw) == ["1. Mục tiêu thứ nhất của kế hoạch.", "2. Mục tiêu thứ hai của kế hoạch.",
                                "- Một ý gạch đầu dòng.", "3. Đoạn đã có số thì giữ nguyên."]


def test_numbered_items_form_the_outline():
    from extractor.pipeline import prepare

    seg = prepare(read(generate.to_docx(generate.sample_plan(numbered=True))))
    first = seg.body.children[0]
    assert first.marker == "I"
    assert [c.marker for c in first.children] == ["1", "2"]
    assert first.children[0].text.startswith("Nâng cao chất lượng giải quyết")


def test_merged_cells_and_body_order():
    raw = read(generate.to_docx(generate.sample_plan(rows_per_group=2)))
    kinds = ["T" if isinstance(b, Table) else "P" for b in raw.blocks]
    assert kinds[0] == "T" and kinds[1] == "P"  # header table, then "KẾ HOẠCH"
    table = [b for b in raw.blocks if isinstance(b, Table)][-1]
    assert table.rows[0][4:6] == ["Thời gian", None]  # gridSpan: covered from the left
    assert table.rows[1][:4] == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"]  # vMerge repeated
    assert table.rows[2][2:] == [None] * 5  # a group row merged across
    assert len(table.rows) == 2 + 3 * 3


def test_header_table_cells_are_lines():
    raw = read((CORPUS / "docx" / "000_6724172b0ca23b41.docx").read_bytes())
    header = raw.blocks[0]
    assert isinstance(header, Table)
    assert header.rows[0][0].split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"]
    assert "Số: 952/KH-UBND" in header.rows[1][0]


def test_legacy_font_runs_converted():
    raw = read((CORPUS / "legacy" / "000_6724172b0ca23b41.docx").read_bytes())
    header = raw.blocks[0]
    assert header.rows[0][0].split("\n")[:2] == ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"]  # .VnTimeH: capitals
    assert header.rows[0][1].startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert any(t.startswith("Căn cứ Nghị định số 63/2010/NĐ-CP") for t in _paragraphs(raw))
    record = extract((CORPUS / "legacy" / "000_6724172b0ca23b41.docx").read_bytes(), "legacy.docx")
    assert record.number == "952/KH-UBND" and record.signer.name == "Trần Ngọc Tam"


def test_legacy_font_names():
    assert docx_reader.legacy_font(".VnTimeH") == ("tcvn3", True)
    assert docx_reader.legacy_font(".VnTime") == ("tcvn3", False)
    assert docx_reader.legacy_font("VNI-Times") == ("vni", False)
    assert docx_reader.legacy_font("Times New Roman") is None


def test_damaged_word_file():
    data = (CORPUS / "docx" / "000_6724172b0ca23b41.docx").read_bytes()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", b"<w:document><w:body><w:p>")
    with pytest.raises(ReadError, match="damaged"):
        docx_reader.read(buf.getvalue())
    with pytest.raises(ReadError):
        read(data[: len(data) // 2], "cut.docx")


def _restarted_letters() -> bytes:
    """A Word file whose "a)" items are Word numbering restarted under each heading the way Word's "Restart
    at a" does it: every group a new w:num over the same abstract list, with a startOverride (the second
    group's override given as a whole w:lvl, as some editors write it)."""
    import docx
    from docx.oxml import parse_xml

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lvl = ('<w:lvl {ns} w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
           '<w:lvlText w:val="%1)"/></w:lvl>')
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {ns} w:abstractNumId="77">{lvl.format(ns="")}</w:abstractNum>'))
    overrides = ["", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>',
                 f'<w:lvlOverride w:ilvl="0">{lvl.format(ns="")}</w:lvlOverride>']
    for k, override in enumerate(overrides):
        numbering.append(parse_xml(f'<w:num {ns} w:numId="{90 + k}"><w:abstractNumId w:val="77"/>{override}</w:num>'))
    groups = [("1. Mục đích", ["Nâng cao chất lượng.", "Rút ngắn thời gian."]),
              ("2. Yêu cầu", ["Xác định rõ nhiệm vụ.", "Công khai quy trình.", "Kết quả là căn cứ đánh giá."]),
              ("3. Văn phòng Sở", ["Theo dõi, đôn đốc.", "Tổng hợp, báo cáo."])]
    for k, (heading, items) in enumerate(groups):
        d.add_paragraph(heading)
        for item in items:
            p = d.add_paragraph(item)
            p._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="{90 + k}"/></w:numPr>'))
    p = d.add_paragraph("Một ý nữa của nhóm cuối.")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {ns}><w:ilvl w:val="0"/><w:numId w:val="92"/></w:numPr>'))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_restarted_word_lists_start_again_at_a():
    paras = _paragraphs(read(_restarted_letters(), "restart.docx"))
    assert paras == ["1. Mục đích", "a) Nâng cao chất lượng.", "b) Rút ngắn thời gian.",
                     "2. Yêu cầu", "a) Xác định rõ nhiệm vụ.", "b) Công khai quy trình.",
                     "c) Kết quả là căn cứ đánh giá.",
                     "3. Văn phòng Sở", "a) Theo dõi, đôn đốc.", "b) Tổng hợp, báo cáo.",
                     "c) Một ý nữa của nhóm cuối."]
