"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) detected and converted to Unicode.

Text typed in the 8-bit fonts reaches us as a Windows-1252 (or Latin-1) reader shows the bytes:
"Céng hßa x· héi" (TCVN3, .VnTime) or "Coäng hoøa xaõ hoäi" (VNI-Times). The byte tables are data
(`data/legacy.json`, built by `scripts/legacy_tables.py` from TCVN 5712:1993 and the VNI-Windows
layout). Detection reads every word three ways (as Unicode, as TCVN3, as VNI) and counts the words
that only one reading makes a well-formed Vietnamese syllable.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache, lru_cache

from extractor.blocks import Paragraph, RawDocument, Table
from extractor.data import load

ENCODINGS = ("tcvn3", "vni")

# Bytes 0x80-0x9F as Windows-1252 shows them: the common punctuation among them (and the TCVN combining
# marks 0xB0-0xB4: ° ± ² ³ ´) is a letter only where the word it touches then reads as Vietnamese
# ("H–C" -> "HỌC", but "KH–UBND", "“kế", "m²" stay); the other glyphs never occur in Vietnamese text.
_CP1252_PUNCT = "‘’“”–—…•€‰™"
_TONES = {"\u0300": "grave", "\u0301": "acute", "\u0303": "tilde", "\u0309": "hook", "\u0323": "dot"}
# Letters (and combining tone marks) that no 8-bit view of legacy bytes can contain: proof of Unicode.
_UNICODE_ONLY = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0"
                           "\u1ea0-\u1ef9\u0300\u0301\u0303\u0309\u0323]")

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_CLOSED = r"(?:uyê|iê|yê|uô|ươ|oa|oă|oe|oo|uâ|uê|uy|uơ|[aăâeêioôơuư])"
_OPEN = (r"(?:oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi"
         r"|ua|ưa|ui|ưi|ưu|oa|oe|uê|uy|uơ|[aeêioôơuưy])")
_SYLLABLE = re.compile(rf"{_ONSET}(?:{_CLOSED}(?P<coda>ch|c|m|ng|nh|n|p|t)|{_OPEN})")


def is_syllable(word: str) -> bool:
    """True when `word` is a well-formed Vietnamese syllable (one tone; stop endings take acute or dot)."""
    d = unicodedata.normalize("NFD", word.lower())
    tones = [c for c in d if c in _TONES]
    if len(tones) > 1:
        return False
    m = _SYLLABLE.fullmatch(unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES)))
    if m is None:
        return False
    return m.group("coda") not in ("c", "ch", "p", "t") or (bool(tones) and tones[0] in "\u0301\u0323")


@cache
def _tcvn3() -> tuple[dict[int, str], re.Pattern[str], dict[str, str], str]:
    """TCVN3 tables: plain char -> letter map, the word pattern, the letters-in-context map, the letter chars."""
    plain: dict[int, str] = {}
    context: dict[str, str] = {}
    for hexbyte, letter in load("legacy")["tcvn3"]["bytes"].items():
        b = int(hexbyte, 16)
        views = {chr(b)}
        if 0x80 <= b <= 0x9F:
            try:
                views.add(bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                pass
        for ch in views - {letter}:
            if ch in _CP1252_PUNCT or unicodedata.combining(letter):
                context[ch] = letter
            else:
                plain[ord(ch)] = letter
    letters = "".join(sorted(chr(c) for c in plain))
    letter = rf"(?:[^\W\d_]|[{re.escape(letters)}])"
    either = rf"(?:{letter}|[{re.escape(''.join(context))}])"
    words = re.compile(rf"{either}*{letter}{either}*")
    return plain, words, context, letters


@cache
def _vni() -> tuple[re.Pattern[str], dict[str, str], str]:
    """VNI tables: the pattern of letter codes, code -> letter, the chars VNI codes use."""
    codes: dict[str, str] = {}
    for letter, code in load("legacy")["vni"]["letters"].items():
        variants = {code, code[0] + code[1:].swapcase()} if len(code) == 2 else {code}
        for v in variants - {letter}:
            codes[v] = letter
    pattern = re.compile("|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True)))
    chars = "".join(sorted({ch for c in codes for ch in c if not ch.isascii()}))
    return pattern, codes, chars


def _convert_tcvn3(text: str) -> str:
    """TCVN3 text (either 8-bit view) in Unicode."""
    plain, words, context, _ = _tcvn3()
    if any(c in context for c in text):  # every legacy letter sits in a word: convert word by word
        text = words.sub(lambda m: _tcvn3_word(m.group(0)), text)
    else:
        text = text.translate(plain)
    return unicodedata.normalize("NFC", text) if any(unicodedata.combining(c) for c in text) else text


def _tcvn3_word(word: str) -> str:
    """`word` converted; its punctuation-or-letter chars read as letters only if the word then is a syllable."""
    plain, _, context, _ = _tcvn3()
    kept = word.translate(plain)
    if not any(c in context for c in word):
        return kept
    letters = "".join(context.get(c) or plain.get(ord(c)) or c for c in word)
    return letters if is_syllable(unicodedata.normalize("NFC", letters)) else kept


def _convert_vni(text: str) -> str:
    """VNI text in Unicode."""
    pattern, codes, _ = _vni()
    return pattern.sub(lambda m: codes[m.group(0)], text)


_CONVERTERS = {"tcvn3": _convert_tcvn3, "vni": _convert_vni}


@cache
def _token_pattern() -> re.Pattern[str]:
    """A word: letters and the chars legacy encodings write letters with."""
    extra = _tcvn3()[3] + _vni()[2]
    return re.compile(rf"(?:[^\W\d_]|[{re.escape(extra)}])+")


@lru_cache(maxsize=65536)
def _judge(token: str) -> str | None:
    """Which reading only makes `token` a Vietnamese syllable: "unicode", "tcvn3", "vni" or None."""
    if _UNICODE_ONLY.search(token):
        return "unicode" if is_syllable(token) else None
    if is_syllable(token):
        return None
    readings = [enc for enc in ENCODINGS if is_syllable(_CONVERTERS[enc](token))]
    return readings[0] if len(readings) == 1 else None


def evidence(text: str) -> Counter[str]:
    """Words of `text` that only Unicode, only TCVN3 or only VNI reads as Vietnamese, and all non-ASCII words."""
    counts: Counter[str] = Counter()
    for token in _token_pattern().findall(text):
        if token.isascii():
            continue
        counts["words"] += 1
        verdict = _judge(token)
        if verdict:
            counts[verdict] += 1
    return counts


def _decide(counts: Counter[str]) -> str | None:
    """The legacy encoding the evidence shows: at least 3 words, twice the Unicode ones, a quarter of all."""
    best = max(ENCODINGS, key=lambda enc: counts[enc])
    n = counts[best]
    if n >= 3 and n >= 2 * counts["unicode"] and n >= 0.25 * counts["words"]:
        return best
    return None


def detect(text: str) -> str | None:
    """The legacy encoding `text` is written in ("tcvn3" or "vni"), or None for Unicode text."""
    return _decide(evidence(text))


def convert(text: str, encoding: str, upper: bool = False) -> str:
    """`text` converted from the legacy `encoding` to Unicode; `upper` for runs in a capitals font (.VnTimeH).

    Lines that are already Unicode Vietnamese (letters no legacy view can hold, no legacy words) are kept.
    """
    if encoding not in _CONVERTERS:
        raise ValueError(f"unknown legacy encoding {encoding!r}; expected one of {', '.join(ENCODINGS)}")
    to_unicode = _CONVERTERS[encoding]
    if _UNICODE_ONLY.search(text):
        out = "\n".join(line if _is_unicode_line(line, encoding) else to_unicode(line)
                        for line in text.split("\n"))
    else:
        out = to_unicode(text)
    return out.upper() if upper else out


def _is_unicode_line(line: str, encoding: str) -> bool:
    """True for a line already in Unicode Vietnamese, with no word that reads as `encoding`."""
    return bool(_UNICODE_ONLY.search(line)) and evidence(line)[encoding] == 0


_CP1252_FROM_LATIN1 = {b: bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xA0)}


def cp1252_view(data: bytes) -> str:
    """`data` as a Windows-1252 reader shows it (the bytes cp1252 leaves undefined as C1 controls, as
    Windows does), which is how text typed in a legacy 8-bit font arrives."""
    return data.decode("latin-1").translate(_CP1252_FROM_LATIN1)


def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """The legacy encoding of a font and whether it is a capitals font: ".VnTimeH" -> ("tcvn3", True)."""
    if not font:
        return None
    fonts = load("legacy")["fonts"]
    name = font.strip().split("+", 1)[-1]  # a PDF subset font: "ABCDEF+.VnTimeH"
    if name.lower().startswith(tuple(fonts["vni"])):
        return "vni", False
    if name.lower().startswith(tuple(fonts["tcvn3"])) or (name[:2] == "Vn" and name[2:3].isupper()):
        return "tcvn3", name.endswith(fonts["tcvn3_capitals_suffix"])  # "VnTime": the dot is sometimes lost
    return None


_LETTER = re.compile(r"[^\W\d_]")


def _capitals_font(text: str) -> bool:
    """True for converted TCVN3 text with letters but no capital at all, not ending a sentence: text
    typed in a capitals font (.VnTimeH draws its capitals from the lower-case slots)."""
    t = text.strip()
    return bool(_LETTER.search(t)) and t == t.lower() and not t.endswith((".", ";"))


@cache
def _no_vn3_capital() -> str:
    """Lower-case letters whose capital the VN3 (.VnTime) slots cannot write: "ủy ban" starts a sentence."""
    vn3 = {v for k, v in load("legacy")["tcvn3"]["bytes"].items() if int(k, 16) >= 0xA1 and v.islower()}
    own = {v for k, v in load("legacy")["tcvn3"]["bytes"].items() if "a1" <= k <= "a7"}
    return "".join(sorted(c for c in vn3 if c.upper() not in own and not unicodedata.combining(c)))


def restore_capitals(doc: RawDocument) -> RawDocument:
    """Converted TCVN3 paragraphs typed in a capitals font (.VnTimeH) put back in capitals.

    Such a paragraph has no capital letter at all and starts a line of its own: the paragraph before
    it ends a sentence, has no letters, or is itself in capitals. When too many paragraphs look like
    that the document is left alone (lower-case lines there are not a font's doing). Cells of a header
    table at the top of the document are treated the same way. A paragraph starting a sentence with a
    letter VN3 has no capital for ("ủy ban") gets its capital.
    """
    paras = [b for b in doc.blocks if isinstance(b, Paragraph)]
    with_letters = [p for p in paras if _LETTER.search(p.text)]
    if sum(_capitals_font(p.text) for p in with_letters) > 0.4 * max(len(with_letters), 1):
        return doc
    prev_open = False
    for i, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            if i < 5 and all(len(c or "") <= 120 for row in b.rows for c in row):
                b.rows = [[c.upper() if c and _capitals_font(c) else c for c in row] for row in b.rows]
            prev_open = False
            continue
        t = b.text.rstrip()
        if _capitals_font(t) and not prev_open:
            b.text = b.text.upper()
            prev_open = False
        else:
            if not prev_open and t and t[0] in _no_vn3_capital():
                b.text = t[:1].upper() + b.text[1:]
            prev_open = t.endswith(",") or (t[-1:].isalpha() and t[-1:].islower())
    return doc


def unicode_to_legacy(text: str, encoding: str) -> str:
    """Unicode `text` written in the legacy `encoding` as a Windows-1252 reader shows it (capitals in
    TCVN3 go to the lower-case slots, as .VnTimeH text does); the inverse of `convert`, for tests and tools."""
    return text.translate(_inverse(encoding))


@cache
def _inverse(encoding: str) -> dict[int, str]:
    """Unicode letter -> its legacy code, for str.translate."""
    if encoding == "vni":
        return {ord(letter): code for letter, code in load("legacy")["vni"]["letters"].items()}
    if encoding != "tcvn3":
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    out: dict[int, str] = {}
    for hexbyte, letter in load("legacy")["tcvn3"]["bytes"].items():
        b = int(hexbyte, 16)
        if b >= 0xA0 and letter.islower():
            out[ord(letter)] = out[ord(letter.upper())] = bytes([b]).decode("cp1252")
    for hexbyte in ("a1", "a2", "a3", "a4", "a5", "a6", "a7"):  # Ă Â Ê Ô Ơ Ư Đ have their own slots
        letter = load("legacy")["tcvn3"]["bytes"][hexbyte]
        out[ord(letter)] = bytes([int(hexbyte, 16)]).decode("cp1252")
    return out
