"""Garbled fixed phrases (a lost first letter, OCR tone errors) restored; other lines left alone."""
import pytest

from extractor.headings import repair_heading


@pytest.mark.parametrize("garbled,fixed", [
    ("Y BAN NHÂN DÂN TỈNH KON TUM", "ỦY BAN NHÂN DÂN TỈNH KON TUM"),
    ("II. NỌI DUNG", "II. NỘI DUNG"),
    ("V. TỔ CHÚC THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN"),
    ("KÉ HOẠCH", "KẾ HOẠCH"),
])
def test_garbled_known_phrases_are_repaired(garbled, fixed):
    assert repair_heading(garbled) == fixed


@pytest.mark.parametrize("line", ["HUYỆN ĐỨC HÒA", "SỞ NỘI VỤ", "PHÓ CHỦ TỊCH", "TL. CHỦ TỊCH", "QUYẾT ĐỊNH:",
                                  "Ủy ban nhân dân tỉnh", "GIÁM ĐỐC SỞ", "BAN HÀNH KẾ HOẠCH",
                                  "PHỤ LỤC I", "PHỤ LỤC II"])
def test_other_lines_are_left_alone(line):
    assert repair_heading(line) == line
