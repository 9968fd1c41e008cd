"""Legacy font encodings: the TCVN3 and VNI tables, detection, conversion and the whole pipeline on them."""
import datetime as dt
import json
import unicodedata

import pytest

from eval.score import score_record
from extractor import legacy
from extractor.blocks import Paragraph, RawDocument
from extractor.normalize import normalize_document
from extractor.pipeline import extract
from tests.conftest import CORPUS, to_cp1258

LEGACY_TXT = CORPUS / "legacy" / "000_6724172b0ca23b41.tcvn3.txt"
SEED_TXT = CORPUS / "seeds" / "000_6724172b0ca23b41.txt"
GOLD = CORPUS / "gold" / "000_6724172b0ca23b41.json"
HEADER_FIELDS = ["doc_type", "number", "issued_date", "period_year", "province", "place", "issuer.name",
                 "signer.name", "signer.title", "signer.authority", "title", "legal_bases", "legal_bases.date"]

# The 134 letters of Vietnamese outside ASCII, from Unicode itself (not from the tables under test).
LETTERS = sorted({
    c for c in (unicodedata.normalize("NFC", b + q + t)
                for b, qs in {"a": ["", "\u0306", "\u0302"], "e": ["", "\u0302"], "i": [""],
                              "o": ["", "\u0302", "\u031b"], "u": ["", "\u031b"], "y": [""]}.items()
                for q in qs for t in ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"])
    if len(c) == 1 and not c.isascii()
} | {"đ"})
LETTERS += [c.upper() for c in LETTERS]

# A plan header written for these tests; lines in capitals are typed in the .VnTimeH capitals font.
HEADER = [
    ("ỦY BAN NHÂN DÂN", True),
    ("HUYỆN ĐỨC TRỌNG", True),
    ("-------", False),
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
    ("Độc lập - Tự do - Hạnh phúc", False),
    ("Số: 118/KH-UBND", False),
    ("Đức Trọng, ngày 15 tháng 3 năm 2019", False),
    ("KẾ HOẠCH", True),
    ("TRIỂN KHAI CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2019", True),
    ("Căn cứ Luật Phòng, chống thiên tai số 33/2013/QH13 ngày 19 tháng 6 năm 2013;", False),
    ("Căn cứ Quyết định số 1002/QĐ-UBND ngày 12 tháng 5 năm 2018 của UBND tỉnh Lâm Đồng về việc "
     "ban hành quy chế phối hợp phòng, chống thiên tai;", False),
    ("Ủy ban nhân dân huyện ban hành Kế hoạch triển khai công tác năm 2019 như sau:", False),
    ("I. MỤC ĐÍCH, YÊU CẦU", True),
    ("1. Mục đích", False),
    ("Chủ động phòng ngừa, ứng phó kịp thời, giảm thiểu thiệt hại do thiên tai gây ra.", False),
    ("2. Yêu cầu", False),
    ("Các cơ quan, đơn vị thực hiện nghiêm túc, hiệu quả các nội dung của Kế hoạch.", False),
    ("II. TỔ CHỨC THỰC HIỆN", True),
    ("Phòng Nông nghiệp và Phát triển nông thôn theo dõi, tổng hợp, báo cáo kết quả thực hiện./.", False),
    ("Nơi nhận:", False),
    ("- UBND tỉnh (b/c);", False),
    ("- Lưu: VT.", False),
    ("TM. ỦY BAN NHÂN DÂN", True),
    ("KT. CHỦ TỊCH", True),
    ("PHÓ CHỦ TỊCH", True),
    ("Nguyễn Văn Hùng", False),
]
UNICODE_HEADER = "\n".join(line for line, _ in HEADER)


def tcvn3_document() -> str:
    """HEADER as a cp1252 reader shows it when typed in .VnTime / .VnTimeH (capitals in lower-case slots)."""
    return "\n".join(legacy.unicode_to_legacy(line.lower() if caps else line, "tcvn3") for line, caps in HEADER)


def check_header(plan) -> None:
    """The header of HEADER came out right, and the whole record is the one its Unicode text gives."""
    assert plan.number == "118/KH-UBND"
    assert plan.issued_date == dt.date(2019, 3, 15)
    assert plan.issuer.name == "Ủy ban nhân dân huyện Đức Trọng"
    assert plan.title == "Triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2019"
    assert (plan.signer.name, plan.signer.title, plan.signer.authority) == ("Nguyễn Văn Hùng", "Phó Chủ tịch", "TM")
    assert [b.number for b in plan.legal_bases] == ["33/2013/QH13", "1002/QĐ-UBND"]
    unicode_plan = extract(UNICODE_HEADER.encode("utf-8"), "doc.txt").to_json_dict()
    record = plan.to_json_dict()
    for key in ("source", "warnings"):
        record.pop(key), unicode_plan.pop(key)
    assert record == unicode_plan


# --- tables -------------------------------------------------------------------------------------------

def test_tables_cover_all_134_letters():
    assert len(LETTERS) == 134
    tcvn = set(legacy.load("legacy")["tcvn3"]["bytes"].values())
    assert set(LETTERS) <= tcvn
    vni = legacy.load("legacy")["vni"]["letters"]
    assert set(vni) == set(LETTERS)
    assert len(set(vni.values())) == 134


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips(letter):
    assert legacy.convert(legacy.unicode_to_legacy(letter, "vni"), "vni") == letter
    # VN3 text has no capitals with tones: they sit in the lower-case slots (.VnTimeH)
    assert legacy.convert(legacy.unicode_to_legacy(letter, "tcvn3"), "tcvn3", upper=letter.isupper()) == letter


def test_known_strings():
    assert legacy.convert("Céng hßa x· héi chñ nghÜa ViÖt Nam", "tcvn3") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.convert("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "vni") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.convert("§éc lËp - Tù do - H¹nh phóc", "tcvn3") == "Độc lập - Tự do - Hạnh phúc"
    assert legacy.convert("ÑOÄC LAÄP - TÖÏ DO - HAÏNH PHUÙC", "vni") == "ĐỘC LẬP - TỰ DO - HẠNH PHÚC"
    # "ư" is byte 0xAD, the soft hyphen of Windows-1252
    assert legacy.convert("m«i tr\u00adêng", "tcvn3") == "môi trường"


def test_upper_for_capitals_fonts():
    assert legacy.convert("kÕ ho¹ch", "tcvn3", upper=True) == "KẾ HOẠCH"
    assert legacy.convert("kÕ ho¹ch", "tcvn3") == "kế hoạch"


def test_vn1_capitals_in_both_8bit_views():
    raw = b"TR\xa6\x98NG H\x96C \x83NH S\x81NG"  # TRƯỜNG HỌC ÁNH SẢNG in TCVN 5712 capital slots
    for view in (raw.decode("latin-1"), legacy.cp1252_view(raw)):
        assert legacy.convert(view, "tcvn3") == "TRƯỜNG HỌC ÁNH SẢNG"
    assert legacy.cp1252_view(raw) == "TR¦˜NG H–C ƒNH S\x81NG"


def test_punctuation_and_signs_kept_around_legacy_text():
    assert legacy.convert("“kÕ ho¹ch” – n¨m 2020…", "tcvn3") == "“kế hoạch” – năm 2020…"
    assert legacy.convert("diÖn tÝch 20 m² ë 30°C", "tcvn3") == "diện tích 20 m² ở 30°C"
    assert legacy.convert("ca\u00b3c", "tcvn3") == "các"  # TCVN 5712 combining acute after a vowel
    # 0x80-0x9F as cp1252 punctuation: a capital letter only where the word then reads as Vietnamese
    assert legacy.convert("Sè: 15/KH–UBND", "tcvn3") == "Số: 15/KH–UBND"
    assert legacy.convert("H– V€ T£N, PH’NG", "tcvn3") == "HỌ VÀ TÊN, PHÒNG"


def test_font_names():
    assert legacy.font_encoding(".VnTime") == ("tcvn3", False)
    assert legacy.font_encoding(".VnTimeH") == ("tcvn3", True)
    assert legacy.font_encoding("ABCDEF+.VnArialH") == ("tcvn3", True)
    assert legacy.font_encoding("VnArial NarrowH") == ("tcvn3", True)
    assert legacy.font_encoding("VNI-Times") == ("vni", False)
    assert legacy.font_encoding("Times New Roman") is None
    assert legacy.font_encoding(None) is None


def test_unknown_encoding_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        legacy.convert("abc", "viscii")


# --- detection ----------------------------------------------------------------------------------------

def test_detects_a_few_lines():
    three = "\n".join(line for line, _ in HEADER[3:7])
    assert legacy.detect(legacy.unicode_to_legacy(three, "tcvn3")) == "tcvn3"
    assert legacy.detect(legacy.unicode_to_legacy(three, "vni")) == "vni"
    assert legacy.detect(three) is None


@pytest.mark.parametrize("seed", sorted((CORPUS / "seeds").glob("*.txt")), ids=lambda p: p.name[:3])
def test_no_false_positive_on_unicode_seeds(seed):
    text = seed.read_text(encoding="utf-8")
    assert legacy.detect(text) is None
    assert legacy.detect(unicodedata.normalize("NFD", text)) is None
    # the same text as Windows-1258 bytes seen through Windows-1252 is not TCVN3/VNI either
    assert legacy.detect(legacy.cp1252_view(to_cp1258(text))) is None


def test_no_false_positive_on_english_and_french():
    english = ("The committee will review the plan in March. Résumé and café menus are attached; "
               "the naïve approach failed. " * 5)
    french = ("Où est le goût du pain? Au mois d'août, le naïf élève a étudié à l'école près du théâtre; "
              "il a reçu une lettre de sa sœur, déjà très âgée, qui vit à Noël en forêt. " * 5)
    assert legacy.detect(english) is None
    assert legacy.detect(french) is None
    assert legacy.detect("") is None


def test_mixed_page_unicode_chrome_kept():
    chrome = "Trang chủ » Văn bản pháp luật » Hiệu lực văn bản: Còn hiệu lực"
    text = chrome + "\n" + tcvn3_document()
    assert legacy.detect(text) == "tcvn3"
    lines = legacy.convert(text, "tcvn3").split("\n")
    assert lines[0] == chrome
    assert lines[7] == "Đức Trọng, ngày 15 tháng 3 năm 2019"


# --- the pipeline -------------------------------------------------------------------------------------

def test_tcvn3_header_end_to_end():
    plan = extract(tcvn3_document().encode("utf-8"), "doc.txt")
    check_header(plan)
    assert any("tcvn3" in w for w in plan.warnings)


def test_tcvn3_raw_bytes_end_to_end():
    check_header(extract(tcvn3_document().encode("cp1252"), "doc.txt"))


def test_vni_end_to_end():
    text = legacy.unicode_to_legacy(UNICODE_HEADER, "vni")
    for data in (text.encode("utf-8"), text.encode("cp1252")):
        plan = extract(data, "doc.txt")
        check_header(plan)
        assert any("vni" in w for w in plan.warnings)


def test_cp1258_comes_out_nfc():
    plan = extract(to_cp1258(UNICODE_HEADER), "doc.txt")
    check_header(plan)
    assert plan.title == unicodedata.normalize("NFC", plan.title)


def test_capitals_restored_only_on_lines_of_their_own():
    wrapped = ["Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác",
               "văn thư, lưu trữ của các cơ quan, tổ chức trên địa bàn",
               "huyện trong năm 2023 và các năm tiếp theo;"]
    lines = [line for line, _ in HEADER[:9]] + wrapped + [line for line, _ in HEADER[9:]]
    typed = [line.lower() if caps else line for line, caps in HEADER[:9]] + wrapped + \
            [line.lower() if caps else line for line, caps in HEADER[9:]]
    doc = RawDocument([Paragraph(legacy.unicode_to_legacy(t, "tcvn3")) for t in typed], "txt")
    assert [b.text for b in normalize_document(doc).blocks] == lines


def test_corpus_legacy_file_scores_like_the_seed():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    seed = score_record(gold, extract(SEED_TXT.read_bytes(), SEED_TXT.name).to_json_dict())
    text = LEGACY_TXT.read_text(encoding="utf-8")
    for data in (text.encode("utf-8"), text.encode("cp1252")):
        scores = score_record(gold, extract(data, LEGACY_TXT.name).to_json_dict())
        assert {f: scores[f] for f in HEADER_FIELDS} == {f: seed[f] for f in HEADER_FIELDS}
        assert scores["number"] == scores["issuer.name"] == scores["title"] == 1.0
