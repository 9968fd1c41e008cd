"""Small string helpers shared by every stage: folding, casing, markup stripping."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractor.data import load

_TONE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}
_TONE_RE = re.compile("|".join(_TONE))
_MARKUP = re.compile(r"\*\*|(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)|^#{1,6}\s*|\\(?=[\[\]().*_-])")
_UNDERLINE_PAIR = re.compile(r"__(?=\S)(.+?)(?<=\S)__")
_RULE_ONLY = re.compile(r"^[\s\-–—_=.*~]+$")
_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://)?[^)]*\)|<(https?://[^>]+)>")


def nfc(text: str) -> str:
    """Unicode NFC."""
    return unicodedata.normalize("NFC", text)


def fold(text: str | None) -> str:
    """A matching key: NFC, one tone placement, lower case, punctuation and spaces collapsed."""
    if not text:
        return ""
    t = nfc(text).lower()
    t = _TONE_RE.sub(lambda m: _TONE[m.group(0)], t)
    t = re.sub(r"[^\w&/\-\s%]", " ", t).replace("-", " ")
    return re.sub(r"\s+", " ", t).strip()


@lru_cache(maxsize=65536)
def strip_accents(text: str) -> str:
    """Text without diacritics (đ -> d), for loose matching of OCR and ASCII spellings."""
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in t if unicodedata.category(c) != "Mn")


def is_upper(text: str) -> bool:
    """True when the letters of `text` are (almost) all capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(c.isupper() for c in letters)
    return upper / len(letters) >= 0.9


def strip_markup(text: str) -> str:
    """Text without markdown emphasis, heading marks and link syntax; a rule line ("_______") stays as it is."""
    if _RULE_ONLY.match(text):
        return text.strip()
    t = _LINK.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    t = _UNDERLINE_PAIR.sub(r"\1", t)
    t = _MARKUP.sub("", t)
    return re.sub(r"\s*\\$", "", t.strip())  # a markdown hard line break


def collapse_spaces(text: str) -> str:
    """Runs of whitespace as one space, trimmed."""
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    """The Vietnamese surnames a person's name starts with (names.json)."""
    return frozenset(load("names")["surnames"])


def _abbreviations() -> dict[str, str]:
    return load("abbreviations")["abbreviations"]


def keep_upper_word(word: str) -> bool:
    """True for words that stay in capitals in running text (abbreviations, codes, Roman numerals)."""
    core = word.strip("()[],.;:\"'“”")
    if not core:
        return False
    if core in _abbreviations() or re.fullmatch(r"[IVXLC]+", core):
        return True
    return bool(re.search(r"\d", core)) or ("/" in core and core.upper() == core)


def sentence_case(text: str, names: dict[str, str] | None = None) -> str:
    """An all-capitals line in sentence case: first letter capital, abbreviations kept.

    `names` maps folded multi-word names to their written form ("bến tre" -> "Bến Tre"); each
    occurrence is restored.
    """
    words = text.split()
    out = [w if keep_upper_word(w) else w.lower() for w in words]
    t = " ".join(out)
    if names:
        for key in sorted(names, key=len, reverse=True):
            t = re.sub(rf"(?<!\w){re.escape(key)}(?!\w)", names[key], t)
    return t[:1].upper() + t[1:] if t else t


def capitalize_first(text: str) -> str:
    """`text` with its first letter in capitals."""
    return text[:1].upper() + text[1:] if text else text
