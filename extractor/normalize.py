"""Stage 1, normalize: Unicode NFC, one tone-mark placement, legacy font encodings, spaces and wraps."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor import legacy
from extractor.blocks import Paragraph, RawDocument, Table
from extractor.text import nfc

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


def normalize_text(text: str) -> str:
    """One string in NFC with one tone placement and plain spaces (newlines kept)."""
    t = nfc(text)
    t = _INVISIBLE.sub("", t)
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
            blocks.append(Paragraph(fix(b.text) or "", b.page, b.bold))
        else:
            blocks.append(Table([[fix(c) for c in row] for row in b.rows], b.page, list(b.row_pages)))
    doc.blocks = blocks
    return doc


_LIST_START = re.compile(r"^([a-zđ]\s*\)|[a-zđ]\.\s)")


def repair_wraps(doc: RawDocument) -> RawDocument:
    """Paragraphs broken inside a sentence (next one starts in lower case) joined back together."""
    out: list = []
    for b in doc.blocks:
        prev = out[-1] if out else None
        if (isinstance(b, Paragraph) and isinstance(prev, Paragraph) and prev.text
                and b.text[:1].islower() and not _LIST_START.match(b.text)
                and not prev.text.rstrip().endswith((".", ";", ":", "!", "?"))):
            out[-1] = Paragraph(f"{prev.text.rstrip()} {b.text.lstrip()}", prev.page, prev.bold)
        else:
            out.append(b)
    doc.blocks = out
    return doc
