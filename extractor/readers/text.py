"""Reader for plain text and markdown: lines as paragraphs, `|` rows and flattened tables as tables."""
from __future__ import annotations

import re

from extractor import legacy
from extractor.blocks import Block, Paragraph, RawDocument, ReadError, Table
from extractor.readers.flat_table import find_flat_tables
from extractor.text import strip_markup

_VIET_WORDS = re.compile(r"\b(của|và|các|ngày|tháng|năm|được|trong|thực hiện)\b")
_MD_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")


def decode(data: bytes) -> str:
    """Text of `data`: UTF-8/UTF-16 when valid, else Windows-1258 or a legacy 8-bit font page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    view = legacy.cp1252_view(data)
    if legacy.detect(view):  # typed in a legacy 8-bit font (TCVN3, VNI): normalize converts it
        return view
    cp1258 = data.decode("cp1258", "replace")
    if len(_VIET_WORDS.findall(cp1258.lower())) >= 3:
        return cp1258
    return view


def _split_row(line: str) -> list[str]:
    cells = line.strip().strip("|").split("|")
    return ["\n".join(strip_markup(x) for x in c.strip().split("\n")) for c in cells]


def _multiline_row(lines: list[str], i: int) -> int | None:
    """End index (exclusive) of a `|` row whose cells hold line breaks: it starts at a line with an inner
    " | " and ends at the next line ending in "|" a few lines on ("- Lưu: VT. | KT. CHỦ TỊCH" /
    "PHÓ CHỦ TỊCH" / "Trần Văn A |")."""
    first = lines[i].strip()
    if " | " not in first or first.startswith("|") or first.endswith("|"):
        return None
    for j in range(i + 1, min(len(lines), i + 8)):
        t = lines[j].strip()
        if not t or ("|" in t[:-1]):
            return None
        if t.endswith("|"):
            return j + 1
    return None


def parse_lines(text: str) -> list[Block]:
    """Paragraphs (one per non-blank line; a line of spaces gives an empty one) and `|` tables."""
    blocks: list[Block] = []
    rows: list[list[str]] = []

    def flush() -> None:
        if rows:
            width = max(len(r) for r in rows)
            blocks.append(Table([r + [""] * (width - len(r)) for r in rows]))
            rows.clear()

    lines = text.splitlines()
    i = 0
    while i < len(lines):
        raw = lines[i]
        line = raw.strip()
        i += 1
        if line.count("|") >= 2 and (line.startswith("|") or line.endswith("|")):
            if not _MD_SEPARATOR.match(line):
                rows.append(_split_row(line))
            continue
        end = _multiline_row(lines, i - 1)
        if end is not None:
            rows.append(_split_row("\n".join(x.strip() for x in lines[i - 1:end])))
            i = end
            continue
        if not line:
            if raw:  # a line of spaces: an empty cell in a flattened table
                flush()
                blocks.append(Paragraph(""))
            continue
        flush()
        bold = line.startswith("**") or line.startswith("__")
        clean = strip_markup(line)
        if clean:
            blocks.append(Paragraph(clean, None, bold))
    flush()
    return blocks


def read(data: bytes, fmt: str = "txt") -> RawDocument:
    """A text or markdown file as a RawDocument."""
    text = decode(data)
    if not text.strip():
        raise ReadError("the file has no text")
    blocks = find_flat_tables(parse_lines(text))
    return RawDocument([b for b in blocks if not isinstance(b, Paragraph) or b.text], fmt)
