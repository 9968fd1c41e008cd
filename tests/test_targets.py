"""Quantitative targets in prose, task names and outputs."""
import pytest

from extractor.pipeline import prepare
from extractor.readers.text import read
from extractor.targets import targets, targets_in
from models import Task

CASES = [
    ("Tỉ lệ hồ sơ giải quyết TTHC đúng hạn tại cấp tỉnh, cấp huyện, cấp xã đạt trên 99%",
     [("Tỉ lệ hồ sơ giải quyết TTHC đúng hạn tại cấp tỉnh, cấp huyện, cấp xã", ">", 99.0)]),
    ("Tỉ lệ TTHC cung cấp mức độ 3,4 có phát sinh hồ sơ từ 70% trở lên",
     [("Tỉ lệ TTHC cung cấp mức độ 3,4 có phát sinh hồ sơ", ">=", 70.0)]),
    ("Thực hiện số hóa tối thiểu 50% kết quả giải quyết còn hiệu lực",
     [("kết quả giải quyết còn hiệu lực", ">=", 50.0)]),
    ("100% TTHC được công khai trên Cổng dịch vụ công", [("TTHC được công khai trên Cổng dịch vụ công", "=", 100.0)]),
    ("Tỷ lệ hồ sơ trễ hạn không quá 1,5%", [("Tỷ lệ hồ sơ trễ hạn", "<=", 1.5)]),
    ("Phấn đấu giảm tỷ lệ hồ sơ phải bổ sung xuống dưới 5%", [("tỷ lệ hồ sơ phải bổ sung", "<", 5.0)]),
    ("Mức độ hài lòng của người dân đạt ít nhất 95%", [("Mức độ hài lòng của người dân", ">=", 95.0)]),
    ("kiểm tra ít nhất 40% Sở, ban, ngành; 50% UBND cấp huyện",
     [("Sở, ban, ngành", ">=", 40.0), ("UBND cấp huyện", ">=", 50.0)]),
    ("triển khai đối với 100% đơn vị cấp huyện với 100% hồ sơ tiếp nhận",
     [("đơn vị cấp huyện", "=", 100.0), ("hồ sơ tiếp nhận", "=", 100.0)]),
    ("Văn phòng UBND tỉnh chủ trì, phối hợp các sở thực hiện", []),
    # a short noun list is the metric; "Số hóa" is a verb, not "số" (a count); "(khoảng" is no part of it
    ("Cấp chữ ký số cho 100% cán bộ, công chức của huyện", [("cán bộ, công chức của huyện", "=", 100.0)]),
    ("Số hóa tối thiểu 70% hồ sơ, kết quả giải quyết TTHC cấp xã",
     [("hồ sơ, kết quả giải quyết TTHC cấp xã", ">=", 70.0)]),
    ("tỷ lệ hồ sơ trực tuyến còn thấp (khoảng 20%)", [("tỷ lệ hồ sơ trực tuyến còn thấp", "=", 20.0)]),
    ("Vận hành ổn định Hệ thống một cửa điện tử, bảo đảm tỷ lệ hồ sơ đúng hạn đạt trên 97%",
     [("tỷ lệ hồ sơ đúng hạn", ">", 97.0)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_targets_in(text, expected):
    got = targets_in(text)
    assert [(t.metric, t.comparator, t.value) for t in got] == expected
    assert all(t.unit == "%" and t.text for t in got)


def test_targets_from_body_and_tasks_without_duplicates():
    doc = """ỦY BAN NHÂN DÂN
TỈNH AN GIANG
Số: 7/KH-UBND
An Giang, ngày 05 tháng 01 năm 2023
KẾ HOẠCH
Cải cách thủ tục hành chính năm 2023
Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2023 của UBND tỉnh;
I. MỤC TIÊU
1. Tỷ lệ hồ sơ được giải quyết trực tuyến đạt từ 60% trở lên.
2. Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.
"""
    seg = prepare(read(doc.encode("utf-8"), "txt"))
    tasks = [Task(name="Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%", output="100% hồ sơ được số hóa")]
    got = [(t.metric, t.comparator, t.value) for t in targets(seg, tasks)]
    assert got == [("Tỷ lệ hồ sơ được giải quyết trực tuyến", ">=", 60.0),
                   ("Tỷ lệ hồ sơ giải quyết đúng hạn", ">", 98.0),
                   ("hồ sơ được số hóa", "=", 100.0)]


def test_seed_001_rates(corpus):
    from extractor.pipeline import extract_file

    plan = extract_file(corpus / "seeds" / "001_c5e464c71dd820ff.txt")
    got = {(t.comparator, t.value) for t in plan.targets}
    metrics = " | ".join(t.metric or "" for t in plan.targets).lower()
    assert (">", 99.0) in got and "đúng hạn" in metrics
    assert (">=", 70.0) in got and "mức độ 3,4" in metrics
    assert (">=", 10.0) in got and "bưu chính công ích" in metrics
