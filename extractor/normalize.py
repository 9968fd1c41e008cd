"""Stage 1, normalize: Unicode NFC, one tone-mark placement, legacy font encodings, spaces and wraps."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import legacy
from extractor.blocks import Paragraph, RawDocument, Table
from extractor.data import load
from extractor.headings import repair_heading
from extractor.text import is_upper, keep_upper_word, nfc, surnames

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad](?=\w)|[\u200b-\u200d\u2060\ufeff]")
_OLD_TONE = re.compile(r"(?i)[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]")
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=100_000)
def _tone_word(word: str) -> str:
    from underthesea import text_normalize

    fixed = text_normalize(word)
    return fixed if len(fixed) == len(word) else word


def fix_tones(text: str) -> str:
    """One tone-mark placement ("hoà" -> "hòa"), word by word so offsets do not move."""
    if not _OLD_TONE.search(text):
        return text
    return _WORD.sub(lambda m: _tone_word(m.group(0)) if _OLD_TONE.search(m.group(0)) else m.group(0), text)


# a spacing accent or caret standing alone between spaces: scan noise ("Công an tỉnh Thái Bình ˆ")
_STRAY_MARKS = re.compile(r"(?:(?<=\s)|^)[\u02b0-\u02ff`´¨]+(?=\s|$)")


def normalize_text(text: str) -> str:
    """One string in NFC with one tone placement and plain spaces (newlines kept)."""
    t = nfc(text)
    t = _INVISIBLE.sub("", t)
    t = _STRAY_MARKS.sub("", t)
    t = _SPACES.sub(" ", t)
    t = re.sub(r"[ ]{2,}", " ", t)
    return fix_tones(t)


def _all_text(doc: RawDocument) -> str:
    parts = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            parts.append(b.text)
        else:
            parts.extend(c for row in b.rows for c in row if c)
    return "\n".join(parts)


def normalize_document(doc: RawDocument) -> RawDocument:
    """Every paragraph and cell normalized; legacy TCVN3/VNI text found and converted first."""
    encoding = legacy.detect(_all_text(doc))
    if encoding:
        doc.warnings.append(f"legacy font encoding {encoding} converted to Unicode")

    def fix(s: str | None) -> str | None:
        if s is None:
            return None
        if encoding:
            s = legacy.convert(s, encoding)
        return normalize_text(s)

    blocks = []
    for b in doc.blocks:
        if isinstance(b, Paragraph):
            blocks.append(Paragraph(repair_heading(fix(b.text) or ""), b.page, b.bold))
        else:
            blocks.append(Table([[fix(c) for c in row] for row in b.rows], b.page, list(b.row_pages)))
    doc.blocks = untitle(blocks)
    if encoding == "tcvn3":
        legacy.restore_capitals(doc)
    return doc


_CAP_WORD = re.compile(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*")


@lru_cache(maxsize=1)
def _title_function_words() -> frozenset[str]:
    return frozenset(load("layout")["title_case_function_words"])


def _title_cased(text: str) -> bool:
    """True for a line with every word capitalized ("Mục Đích, Yêu Cầu") and not in capitals."""
    words = re.findall(r"[^\W\d_]+", text)
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and not is_upper(text)


def untitle(blocks: list) -> list:
    """A copy whose headings have every word capitalized ("Các Phòng, Đơn Vị Thuộc Sở", "Nơi Nhận:") with
    those lines in sentence case; a word keeps its capital when the running text writes it so and never
    in lower case ("Sở", "Khánh Hòa"). Other copies as they are."""
    paras = [b for b in blocks if isinstance(b, Paragraph)]
    titled = [b for b in paras if _title_cased(b.text) and any(w in _title_function_words() for w in b.text.split()[1:])]
    if len(titled) < 3:
        return blocks
    upper: set[str] = set()
    lower: set[str] = set()
    for b in paras:
        if _title_cased(b.text) or is_upper(b.text):
            continue
        words = b.text.split()
        for prev, w in zip(words, words[1:], strict=False):
            core = w.strip("(),.;:\"'“”")
            if core[:1].isupper() and not prev.endswith((".", ":", ";")):
                upper.add(core)
            elif core[:1].islower():
                lower.add(core)
    keep = upper - {w.lower() for w in lower} - {w for w in upper if w.lower() in lower}

    def fix(text: str) -> str:
        words = text.split()
        lead = next((k for k, w in enumerate(words) if re.search(r"[^\W\d_]", w)), 0)  # "2. Các Phòng …"
        return " ".join(w if k <= lead or _kept(w.strip("(),.;:\"'“”"), keep) else w.lower()
                        for k, w in enumerate(words))
    return [Paragraph(fix(b.text), b.page, b.bold) if isinstance(b, Paragraph) and _title_cased(b.text)
            and not _person_like(b.text) else b for b in blocks]


def _kept(word: str, keep: set[str]) -> bool:
    """True for a word a title-cased line keeps as it is: a name the text capitalizes, an abbreviation."""
    return word in keep or keep_upper_word(word) or len(word) >= 2 and is_upper(word)


def _person_like(text: str) -> bool:
    """True for a line that may be a person's name: two to five words after a Vietnamese surname."""
    words = text.split()
    return 2 <= len(words) <= 5 and words[0] in surnames()


_LIST_START = re.compile(r"^([a-zđ]\s*\)|[a-zđ]\.\s)")
_TERMINAL = (".", ";", ":", "!", "?")
_ROMAN = re.compile(r"^[IVXLC]+\.?$")
_DATE_TAIL = re.compile(r"^[^\W\d_][\w ]{0,20},\s*ngày\b", re.I)


def _wrap_width(texts: list[str]) -> int | None:
    """The width a text copied with hard line breaks was cut at, or None when it was not hard-wrapped
    (most lines of similar length ending mid-sentence)."""
    lines = [t for t in texts if len(t) > 20]
    if len(lines) < 10:
        return None
    open_lines = sum(1 for t in lines if 40 <= len(t) <= 110 and not t.rstrip().endswith(_TERMINAL))
    long_lines = sum(1 for t in lines if len(t) > 130)
    if open_lines / len(lines) <= 0.4 or long_lines / len(lines) >= 0.1:
        return None
    lengths = sorted(len(t) for t in lines)
    return lengths[int(0.95 * (len(lengths) - 1))]


def _joins(prev: str, cur: str, width: int | None) -> bool:
    """True when line `cur` continues line `prev` (a sentence, a name or a date line broken in two).

    In a hard-wrapped text (`width` known) a line continues when it was full: the next line's first
    word would not have fitted on it."""
    from extractor.segment import DATE_LINE_RE

    p, c = prev.rstrip(), cur.lstrip()
    if not p or not c:
        return False
    if ("ngày" in p.lower() or "ngày" in c.lower()) and DATE_LINE_RE.search(f"{p} {c}") \
            and not DATE_LINE_RE.search(p) and not DATE_LINE_RE.search(c):
        return True  # "Cần Thơ, ngày" + "15 tháng 7 năm 2024"
    if p.endswith(_TERMINAL):
        return False
    if c[:1].islower():
        return not _LIST_START.match(c)
    if is_upper(p) and " " not in p and len(p) <= 12 and not _ROMAN.match(p) and is_upper(c) \
            and not re.search(r"\d", p):
        return True  # "ỦY" + "BAN NHÂN DÂN", "QUYẾT" + "ĐỊNH"
    if len(p.split()) <= 2 and not is_upper(p) and _DATE_TAIL.match(c) and not re.search(r"\d", p):
        return True  # "Nghệ" + "An, ngày 03 tháng 02 năm 2023"
    if width and len(p) >= 30:
        first = c.split()[0]
        return len(p) + 1 + len(first) > width - 2 and is_upper(p) == is_upper(c)
    return False


def repair_wraps(doc: RawDocument) -> RawDocument:
    """Paragraphs broken inside a sentence or a name joined back together; lone "|" lines dropped."""
    texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    width = _wrap_width(texts)
    out: list = []
    last_line = ""  # the last physical line of the paragraph being built
    for b in doc.blocks:
        if isinstance(b, Paragraph) and re.fullmatch(r"[|\s]+", b.text or "|"):
            continue
        prev = out[-1] if out else None
        if isinstance(b, Paragraph) and isinstance(prev, Paragraph) and _joins(last_line, b.text, width):
            out[-1] = Paragraph(f"{prev.text.rstrip()} {b.text.lstrip()}", prev.page, prev.bold)
        else:
            out.append(b)
        last_line = b.text if isinstance(b, Paragraph) else ""
    doc.blocks = out
    return doc
