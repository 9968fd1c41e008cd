"""Known fixed phrases (header cells, section headings, titles) repaired when a copy or OCR garbled them."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from extractor.data import load
from extractor.text import is_upper


@lru_cache(maxsize=1)
def _phrases() -> tuple[list[str], list[str]]:
    d = load("headings")
    return d["prefixes"], d["lines"]


def _marker_split(line: str) -> tuple[str, str]:
    m = re.match(r"^((?:[IVXLC]+|\d+)\s*[.)]\s*)", line)
    return (m.group(1), line[m.end():]) if m else ("", line)


@lru_cache(maxsize=20000)
def repair_heading(line: str, threshold: float = 86.0) -> str:
    """`line` with a garbled known phrase restored ("Y BAN NHÂN DÂN TỈNH X" -> "ỦY BAN NHÂN DÂN TỈNH X",
    "NỌI DUNG" -> "NỘI DUNG"); other lines unchanged."""
    t = line.strip()
    if not t or len(t) > 80 or not is_upper(t):
        return line
    prefixes, lines = _phrases()
    marker, rest = _marker_split(t)
    if rest in lines or rest.endswith(":") or re.match(r"^[A-ZĐ/]{1,4}\.\s", rest):
        return line  # exact, a label, or a signing authority ("TL. CHỦ TỊCH") that must not change
    best = process.extractOne(rest, lines, scorer=fuzz.ratio, score_cutoff=threshold)
    if best and abs(len(best[0]) - len(rest)) <= 3 and len(best[0].split()) == len(rest.split()):
        # same words, misspelt; never a label that goes on ("PHỤ LỤC I" is no garbled "PHỤ LỤC")
        return marker + best[0]
    for p in prefixes:
        head = rest[: len(p)]
        if head != p and len(rest) >= len(p) - 1:
            for cut in (len(p) - 1, len(p), len(p) + 1):
                cand = rest[:cut]
                if fuzz.ratio(cand, p) >= threshold and (cut == len(rest) or rest[cut] == " "):
                    return marker + p + rest[cut:]
    return line
