"""Scanned PDFs: OCR with Tesseract (vie) gives the same header fields as the text; a scan made here from
a generated plan gives its task table; a missing Tesseract is a clear message, never a traceback."""
from __future__ import annotations

import io
import os
import subprocess
import sys

import numpy as np
import pypdfium2 as pdfium
import pytest
from conftest import CORPUS, REPO

from extractor.blocks import ReadError, Table
from extractor.pipeline import extract
from extractor.readers import ocr, pdf, read

sys.path.insert(0, str(REPO))
from corpus import generate  # noqa: E402

SCAN = CORPUS / "scanned" / "000_6724172b0ca23b41.pdf"


def _image_pdf(data: bytes, dpi: int = 200) -> bytes:
    """The PDF printed and scanned: every page an image, no text layer."""
    doc = pdfium.PdfDocument(data)
    images = [page.render(scale=dpi / 72, grayscale=True).to_pil() for page in doc]
    buf = io.BytesIO()
    images[0].save(buf, "PDF", resolution=dpi, save_all=True, append_images=images[1:])
    return buf.getvalue()


def test_scanned_plan_header_fields():
    record = extract(SCAN.read_bytes(), SCAN.name)
    assert record.source.ocr is True and record.source.pages == 5
    assert record.number == "952/KH-UBND"
    assert str(record.issued_date) == "2022-02-23"
    assert record.issuer and record.issuer.name.lower().startswith("ủy ban nhân dân tỉnh bến tre")
    assert record.signer and record.signer.name == "Trần Ngọc Tam"
    assert record.title and record.title.lower().startswith("kiểm tra việc thực hiện hoạt động kiểm soát")
    assert len(record.legal_bases) >= 5


def test_scan_of_a_generated_plan_gives_its_task_table():
    generate.ensure_tools()
    parts = generate.sample_plan(rows_per_group=4, groups=2)
    text_pdf = generate.to_pdf({"plan": generate.to_docx(parts)})["plan"]
    raw = read(_image_pdf(text_pdf), "scan.pdf")
    assert raw.ocr
    tables = [b for b in raw.blocks if isinstance(b, Table) and len(b.rows) > 3]
    assert len(tables) == 1
    rows = tables[0].rows
    assert len(rows) == 2 + 2 * 5
    assert rows[0][5] is None and rows[1][4:6] == ["Bắt đầu", "Hoàn thành"]
    names = [r[1] for r in rows[3:] if r[0] and r[0].isdigit()]
    assert sum("rà soát, đơn giản hóa thủ tục hành chính" in n for n in names) >= 7
    record = extract(_image_pdf(text_pdf), "scan.pdf")
    assert record.number == "45/KH-UBND" and record.signer.name == "Nguyễn Văn Sơn"
    assert len([t for t in record.tasks if t.source == "table"]) >= 7


def test_missing_tesseract_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    ocr.missing.cache_clear()
    try:
        with pytest.raises(ReadError, match="tesseract-ocr-vie"):
            pdf.read(SCAN.read_bytes())
    finally:
        monkeypatch.undo()
        ocr.missing.cache_clear()


def test_cli_without_tesseract_names_the_packages(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    run = subprocess.run([str(REPO / ".venv/bin/kehoach"), "extract", str(SCAN)], capture_output=True, text=True,
                         env=env)
    assert run.returncode != 0
    assert "apt-get install tesseract-ocr tesseract-ocr-vie" in run.stderr
    assert "Traceback" not in run.stderr


def test_unreadable_text_layer_is_detected():
    assert pdf._garbage("\ue000\ue011\ue022 \ue033\ue044" * 30)
    assert not pdf._garbage("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010 của Chính phủ " * 3)
    legacy = (CORPUS / "legacy" / "000_6724172b0ca23b41.tcvn3.txt").read_bytes().decode("cp1252", "replace")
    assert not pdf._garbage(legacy[:3000])  # legacy-font text is converted, not OCR'd


def test_typical_ocr_confusions_undone():
    assert ocr.fix_text("31/QĐÐ-VPCP") == "31/QĐ-VPCP"
    assert ocr.fix_text("Ðoàn") == "Đoàn"
    assert ocr._roman("H", None) == "II"
    assert ocr._roman("HI.", "CÁCH") == "III."
    assert ocr._roman("H", "bình") == "H"


def test_quarter_numerals_in_narrow_cells():
    """Serif I's touch: Tesseract reads "III/2024" as "IL2024" or "II/2024"; after "Quý" the strokes are
    counted in the image."""
    generate.ensure_tools()
    when = ["Quý III/2024", "Quý II/2024", "Quý I/2024", "Quý IV/2024", "Quý III/2025", "Quý II/2025"]
    rows = [["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]]
    rows += [[str(i + 1), f"Tổ chức thực hiện nhiệm vụ số {i + 1} của kế hoạch", generate.UNITS[i],
              generate.UNITS[i + 1], w] for i, w in enumerate(when)]
    parts = [generate.Para("Bảng phân công nhiệm vụ", bold=True, align="center"),
             generate.Grid(rows, header_rows=1, widths=[1.3, 5.6, 3.3, 3.5, 2.3], size=12)]
    text_pdf = generate.to_pdf({"q": generate.to_docx(parts)})["q"]
    table = [b for b in read(_image_pdf(text_pdf), "scan.pdf").blocks if isinstance(b, Table)][0]
    assert [r[4] for r in table.rows[1:]] == when


def test_ink_no_word_covers_is_found():
    from extractor.readers.layout import Seg

    mask = np.zeros((200, 300), dtype=bool)
    mask[20:60, 20:120] = True  # a word that was read: "Quý"
    mask[100:140, 20:150] = True  # a line under it that was not: "I/2024"
    read_word = [Seg("Quý", 20, 120, 20, 60)]  # points = pixels (scale 1)
    assert ocr._unread_ink(mask, (0, 0, 300, 200), read_word, 1.0, 40.0)
    mask[100:140, 20:150] = False
    mask[150:153, 200:203] = True  # a speck of dirt
    assert not ocr._unread_ink(mask, (0, 0, 300, 200), read_word, 1.0, 40.0)


def test_strokes_counted_before_the_slash():
    mask = np.zeros((40, 200), dtype=bool)
    for x in (10, 22, 34):  # three upright strokes, then a slash
        mask[5:35, x:x + 5] = True
    for y in range(5, 35):
        x = 60 - (y - 5) // 2
        mask[y, x:x + 4] = True
    mask[5:35, 75:80] = True  # a "0" side after the slash is not counted
    assert ocr.count_stems(mask, (0, 0, 199, 39)) == 3
    assert ocr.count_stems(mask, (0, 0, 30, 39)) == 2


def test_lost_space_between_syllables_put_back():
    assert ocr.split_joined("Phổbiến,") == "Phổ biến,"
    assert ocr.split_joined("nhândân") == "nhân dân"
    assert ocr.split_joined("phốihợp") == "phối hợp"
    for word in ("nghiệp", "Nguyễn", "thuyền", "PBGDPL", "Internet", "online", "(b/c);", "Hioản", "2024"):
        assert ocr.split_joined(word) == word  # one syllable, not Vietnamese, or read more than one way
