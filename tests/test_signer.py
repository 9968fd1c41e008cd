"""Signature blocks: authority (TM/KT/TL/TUQ/Q), on whose behalf, title and name."""
import pytest

from extractor.fields.signer import signer


@pytest.mark.parametrize("lines,name,title,authority,on_behalf", [
    (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn An"],
     "Nguyễn Văn An", "Phó Chủ tịch", "TM", "Ủy ban nhân dân"),
    (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Thị Hoa"], "Lê Thị Hoa", "Phó Chủ tịch", "KT", "Chủ tịch"),
    (["Q. GIÁM ĐỐC", "Phạm Minh Đức"], "Phạm Minh Đức", "Giám đốc", "Q", None),
    (["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Đỗ Quang Huy"], "Đỗ Quang Huy", "Chánh Văn phòng", "TL", "Chủ tịch"),
    (["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ", "Võ Thành Long"], "Võ Thành Long", "Giám đốc Sở Nội Vụ", "TUQ",
     "Chủ tịch"),
    (["CHỦ TỊCH", "TRẦN VĂN BÌNH"], "Trần Văn Bình", "Chủ tịch", None, None),
    (["GIÁM ĐỐC", "Hồ Thị Mai"], "Hồ Thị Mai", "Giám đốc", None, None),
])
def test_signature_blocks(lines, name, title, authority, on_behalf):
    s = signer(lines)
    assert (s.name, s.authority, s.on_behalf_of) == (name, authority, on_behalf)
    assert s.title.lower() == title.lower()


def test_no_signature_lines_gives_none():
    assert signer([]) is None
    assert signer(["(Đã ký)"]) is None
