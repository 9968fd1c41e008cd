"""Provinces and administrative levels: canonical spellings, the 2025 merger, the level of a body."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.data import load
from extractor.text import fold, strip_accents

CENTRAL_CITIES = {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def _loose(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(fold(text)))


@lru_cache(maxsize=1)
def _index() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for p in load("provinces")["provinces"]:
        for name in [p["name"], *p["aliases"]]:
            out.setdefault(_loose(name), p)
    return out


def canonical_province(name: str | None) -> str | None:
    """The official spelling of a province named `name` ("Đăk Nông" -> "Đắk Nông"), or None."""
    if not name:
        return None
    key = _loose(re.sub(r"(?i)^(tỉnh|thành phố|tp\.?)\s+", "", name.strip()))
    p = _index().get(key)
    return p["name"] if p else None


def province_since_2025(name: str | None) -> str | None:
    """The province that `name` belongs to after the 2025-07-01 reorganization (34 provinces)."""
    if not name:
        return None
    p = _index().get(_loose(name))
    return p["since_2025"] if p else None


@lru_cache(maxsize=1)
def _mention_re() -> re.Pattern:
    names = sorted({n for p in load("provinces")["provinces"] for n in [p["name"], *p["aliases"]]},
                   key=len, reverse=True)
    alt = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?i)(?:tỉnh|thành phố|TP\.?)\s+({alt})(?![\w])")


def province_mentions(text: str) -> list[str]:
    """Canonical names of every province mentioned as "tỉnh X" / "thành phố X" in `text`, in order."""
    out = []
    for m in _mention_re().finditer(text):
        name = canonical_province(m.group(1))
        if name and (m.group(0)[:1].lower() != "t" or not m.group(0).lower().startswith("thành phố")
                     or name in CENTRAL_CITIES or name == "Thừa Thiên Huế"):
            out.append(name)
    return out


@lru_cache(maxsize=1)
def _trailing_re() -> re.Pattern:
    names = sorted({n for p in load("provinces")["provinces"] for n in [p["name"], *p["aliases"]]},
                   key=len, reverse=True)
    return re.compile(rf"(?i)(?<![\w])({'|'.join(re.escape(n) for n in names)})$")


def trailing_province(text: str) -> str | None:
    """The canonical province a name ends with ("Sở Y tế An Giang" -> "An Giang"), else None."""
    m = _trailing_re().search(text.strip())
    return canonical_province(m.group(1)) if m else None


def find_province_name(text: str) -> str | None:
    """The canonical province when `text` is (or ends with) a province name, else None."""
    t = re.sub(r"(?i)^(ủy ban nhân dân|ubnd|hđnd|hội đồng nhân dân)\s+", "", text.strip())
    m = re.match(r"(?i)(tỉnh|thành phố|tp\.?)\s+(.+)$", t)
    if m:
        return canonical_province(m.group(2))
    return canonical_province(t)


_LEVEL_RULES: list[tuple[str, str]] = [
    (r"^(chính phủ|thủ tướng|văn phòng chính phủ|bộ |ủy ban thường vụ quốc hội|quốc hội|ban chấp hành trung ương|"
     r"ban bí thư|bộ chính trị|tổng cục|cục )", "trung_uong"),
    (r"^(sở |ban quản lý|ban dân tộc|thanh tra tỉnh|văn phòng (ủy ban nhân dân|ubnd|đoàn đbqh|hđnd) (tỉnh|thành phố)|"
     r"công an tỉnh|bộ chỉ huy quân sự tỉnh)", "so"),
    (r"((?<!thị )xã(?! hội)|phường|thị trấn)\s+\S", "xa"),
    (r"(huyện|quận|thị xã)\s+\S", "huyen"),
    (r"(tỉnh)\s+\S", "tinh"),
]


def level_of(name: str | None) -> str | None:
    """Administrative level of a body: trung_uong, tinh, huyen, xa or so (a department)."""
    if not name:
        return None
    t = fold(name)
    for rx, level in _LEVEL_RULES:
        if re.search(rx, t):
            return level
    m = re.search(r"thành phố\s+(.+)$", t)
    if m:
        prov = canonical_province(m.group(1))
        return "tinh" if prov in CENTRAL_CITIES or (prov and fold(prov) == fold(m.group(1))
                                                     and prov in CENTRAL_CITIES) else "huyen"
    if re.search(r"cấp tỉnh|tỉnh$", t):
        return "tinh"
    if re.search(r"cấp huyện|huyện$", t):
        return "huyen"
    if re.search(r"cấp xã|xã$", t):
        return "xa"
    return None
