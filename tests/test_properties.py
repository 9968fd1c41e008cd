"""Properties of the text pipeline over generated input (hypothesis): it never raises on any text or
bytes (a ReadError with a message is the one allowed refusal), every date it emits is a valid ISO date,
every span starts before it ends, every task has a name, a number has no spaces."""
from __future__ import annotations

import datetime as dt
import json
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.blocks import ReadError
from extractor.pipeline import extract

# 200 fixed examples per property in the suite; KEHOACH_FUZZ_EXAMPLES=5000 explores further, at random
EXAMPLES = int(os.environ.get("KEHOACH_FUZZ_EXAMPLES", "200"))
BOUNDED = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                   derandomize="KEHOACH_FUZZ_EXAMPLES" not in os.environ)
DATE_KEYS = {"issued_date", "date", "start", "end"}
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _dates_and_spans(node: object, path: str = "") -> None:
    """Every date under `node` is YYYY-MM-DD and real; every object with both start and end has start <= end."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in DATE_KEYS and isinstance(value, str):
                assert ISO.fullmatch(value), f"{path}.{key} = {value!r}"
                dt.date.fromisoformat(value)
            _dates_and_spans(value, f"{path}.{key}")
        start, end = node.get("start"), node.get("end")
        if isinstance(start, str) and isinstance(end, str):
            assert start <= end, f"{path}: start {start} after end {end}"
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _dates_and_spans(value, f"{path}[{i}]")


def assert_sound(data: bytes, name: str = "x.txt") -> dict | None:
    """Extract `data`: a record that keeps the invariants, or a ReadError with a message (None)."""
    try:
        plan = extract(data, name)
    except ReadError as e:
        assert str(e).strip()
        return None
    record = plan.to_json_dict()
    json.dumps(record, ensure_ascii=False)
    _dates_and_spans(record)
    for task in record["tasks"]:
        assert task["name"] and task["name"].strip(), task
        assert all(u and u.strip() for u in task["lead"] + task["support"]), task
    if record["number"] is not None:
        assert record["number"] and not re.search(r"\s", record["number"]), record["number"]
    return record


# ---------------------------------------------------------------- plan-like text, piece by piece

DAY, MONTH = st.integers(0, 40), st.integers(0, 14)
YEAR = st.one_of(st.integers(1990, 2040), st.integers(0, 99), st.integers(2041, 9999))
ROMAN = st.sampled_from(["I", "II", "III", "IV", "V", "VI", "1", "2", "3", "4", "0", "9"])
PROVINCE = st.sampled_from(["Bến Tre", "Bắc Ninh", "Đồng Nai", "Thanh Hóa", "Lào Cai", "Cà Mau", "Hà Nội",
                            "Hồ Chí Minh", "Đăk Nông", "Thừa Thiên Huế", "Xanh"])
UNIT = st.sampled_from(["Sở Tư pháp", "Sở Nội vụ", "UBND cấp huyện", "Văn phòng UBND tỉnh", "Sở TT&TT",
                        "các cơ quan, đơn vị có liên quan", "Công an tỉnh", "Trung tâm Phục vụ hành chính công",
                        "Sở Tài chính; Sở Kế hoạch và Đầu tư", "- Sở Y tế\n- Sở Xây dựng", "", " ", "UBND xã"])
WORDS = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ "
                         "ABCĐGHKLMNPQSTUVX0123456789,.;:-()/", max_size=70)
NAME = st.one_of(WORDS, st.sampled_from([
    "Rà soát, đơn giản hóa thủ tục hành chính", "Triển khai số hóa hồ sơ, kết quả giải quyết TTHC",
    "Tuyên truyền về cải cách hành chính", "Kiểm tra việc thực hiện cơ chế một cửa", "-", "...", ""]))


def _fmt(template: str):
    return lambda *values: template.format(*values)


TIME = st.one_of(
    st.builds(_fmt("Quý {} năm {}"), ROMAN, YEAR), st.builds(_fmt("Quý {}"), ROMAN),
    st.builds(_fmt("Tháng {}/{}"), MONTH, YEAR), st.builds(_fmt("trước ngày {}/{}/{}"), DAY, MONTH, YEAR),
    st.builds(_fmt("từ ngày {}/{}/{} đến ngày {}/{}/{}"), DAY, MONTH, YEAR, DAY, MONTH, YEAR),
    st.builds(_fmt("từ tháng {} đến tháng {} năm {}"), MONTH, MONTH, YEAR),
    st.builds(_fmt("Quý {} - Quý {}/{}"), ROMAN, ROMAN, YEAR), st.builds(_fmt("{}/{}"), DAY, MONTH),
    st.builds(_fmt("trong vòng {} ngày kể từ ngày ký"), st.integers(0, 400)),
    st.builds(_fmt("6 tháng đầu năm {}"), YEAR), st.builds(_fmt("Năm {}"), YEAR),
    st.builds(_fmt("{} - {}/{}/{}"), DAY, DAY, MONTH, YEAR),
    st.sampled_from(["Thường xuyên", "Hằng năm", "Định kỳ hằng quý", "Theo quy định", "Khi có yêu cầu",
                     "Trong năm", "Cuối năm", ""]),
)
HEADER = st.builds(lambda province, n, code, place, d, m, y, title: "\n".join([
    "ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc", f"Số: {n}/{code}", f"{place}, ngày {d} tháng {m} năm {y}", "KẾ HOẠCH", title]),
    PROVINCE, st.integers(0, 99999), st.sampled_from(["KH-UBND", "QĐ-UBND", "KH-SNV", "BC-UBND", "", "CV"]),
    PROVINCE, DAY, MONTH, YEAR, NAME)
TABLE = st.builds(lambda rows: "\n".join(
    ["| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |", "|---|---|---|---|---|"]
    + [f"| {i} | {name} | {lead} | {support} | {time} |".replace("\n", " ") for i, name, lead, support, time in rows]),
    st.lists(st.tuples(ROMAN, NAME, UNIT, UNIT, TIME), max_size=12))
FLAT_TABLE = st.builds(lambda rows: "\n".join(
    ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    + [cell for row in rows for cell in row]), st.lists(st.tuples(ROMAN, NAME, UNIT, UNIT, TIME), max_size=8))
LINE = st.one_of(
    st.builds(_fmt("{}. {}"), ROMAN, st.sampled_from(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ", "TỔ CHỨC THỰC HIỆN",
                                                    "Mục đích", "Yêu cầu", "NỘI DUNG KIỂM TRA", "ĐỐI TƯỢNG"])),
    st.builds(_fmt("- {} chủ trì, phối hợp với {} {}, hoàn thành {}."), UNIT, UNIT, NAME, TIME),
    st.builds(_fmt("{}: {}"), UNIT, NAME), st.builds(_fmt("Thời gian: {}"), TIME),
    st.builds(_fmt("Các đơn vị báo cáo kết quả về {} {}."), UNIT, TIME),
    st.builds(_fmt("Căn cứ Nghị định số {}/{}/NĐ-CP ngày {}/{}/{} của Chính phủ về {};"),
              st.integers(0, 999), YEAR, DAY, MONTH, YEAR, NAME),
    st.builds(_fmt("Thực hiện Kế hoạch số {}/KH-UBND ngày {} tháng {} năm {} của UBND tỉnh;"),
              st.integers(0, 999), DAY, MONTH, YEAR),
    st.builds(_fmt("Kiểm tra {} đơn vị: {}"), st.integers(0, 99), UNIT),
    st.sampled_from(["Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN",
                     "Nguyễn Văn An", "PHỤ LỤC", "(Kèm theo Kế hoạch số 12/KH-UBND)", "", "   ", "\u00a0", "|", "| |"]),
    WORDS, TIME, NAME,
)
PLAN_TEXT = st.builds(lambda header, parts: "\n".join(([header] if header else []) + parts),
                      st.one_of(st.none(), HEADER), st.lists(st.one_of(LINE, LINE, LINE, TABLE, FLAT_TABLE), max_size=30))


@BOUNDED
@given(PLAN_TEXT)
def test_plan_like_text_gives_a_sound_record(text):
    record = assert_sound(text.encode("utf-8"))
    if text.strip():
        assert record is not None  # readable text is never refused


@BOUNDED
@given(st.text(max_size=3000))
def test_any_text_gives_a_sound_record_or_a_clear_refusal(text):
    assert_sound(text.encode("utf-8"))


@BOUNDED
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.md", "x.pdf", "x.docx", "x.html", "x"]))
def test_any_bytes_give_a_sound_record_or_a_clear_refusal(data, name):
    assert_sound(data, name)


@BOUNDED
@given(PLAN_TEXT, st.sampled_from(["cp1258", "utf-16", "utf-8-sig"]))
def test_other_encodings_of_plan_like_text(text, encoding):
    assert_sound(text.encode(encoding, "replace"))
