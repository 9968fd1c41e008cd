"""Header fields: doc_type, number, issuer and level, province, place, issued_date, title, period_year."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from extractor.data import load
from extractor.dates import parse_date
from extractor.places import (
    CENTRAL_CITIES,
    canonical_province,
    find_province_name,
    level_of,
    province_mentions,
    trailing_province,
)
from extractor.segment import DATE_LINE_RE, Segments
from extractor.text import collapse_spaces, fold, is_upper, sentence_case
from extractor.units import LOCALITY, proper_case, starts_with_head
from models import Issuer


@lru_cache(maxsize=1)
def _doc_types() -> dict:
    return load("doc_types")


def clean_number(text: str | None) -> str | None:
    """A document number without spaces ("284 /KH-UBND" -> "284/KH-UBND"); None when unnumbered."""
    if not text:
        return None
    n = re.sub(r"\s+", "", text).strip(".,;:")
    return n if re.match(r"^\d", n) else None


def number_codes(number: str | None) -> list[str]:
    """The letter codes of a number ("123/2022/QĐ-UBND" -> ["QĐ", "UBND"])."""
    if not number:
        return []
    parts = [p for p in re.split(r"[/\-]", number) if p and not p.isdigit()]
    return parts


_ADMIN_WORDS = re.compile(r"(?i)\b(ubnd|ủy ban|sở|huyện|tỉnh|thủ tục hành chính|kế hoạch|cơ quan|đơn vị)\b")


def doc_type(seg: Segments, number: str | None) -> str | None:
    """The document type from the type line, else from the number's code, else news or other."""
    if seg.type_line:
        return _doc_types()["type_words"][seg.type_line]
    codes = number_codes(number)
    if codes:
        return _doc_types()["number_codes"].get(codes[0], "cong_van")
    if seg.article_like and seg.title_lines:
        text = " ".join(seg.preamble)
        if len(seg.preamble) >= 2 and len(_ADMIN_WORDS.findall(text)) >= 3:
            return "tin_bai"
    return "khac"


def _join_issuer_lines(lines: list[str]) -> list[str]:
    """Header cell lines grouped into bodies: a line that does not begin a body's name (a locality, a
    wrapped rest "HÀNH CHÍNH") joins the one above."""
    bodies: list[str] = []
    for line in [part for whole in lines for part in _split_bodies(whole)]:
        t = collapse_spaces(line.strip(" *_"))
        if not t:
            continue
        if bodies and (re.match(rf"(?i)^{LOCALITY}\b(?!\s+[UỦ][YỶ]\b)", t) or re.search(r"(?i)\b(VÀ|-|,)$", bodies[-1])
                       or _unnamed_institution(bodies[-1]) or _splits_specialty(bodies[-1], t)
                       or re.match(r"(?i)^(VÀ|-)\b", t) or not starts_with_head(proper_case(t))):
            bodies[-1] = f"{bodies[-1]} {t}"
        else:
            bodies.append(t)
    return bodies


def _split_bodies(line: str) -> list[str]:
    """A header line that a copy collapsed from two ("SỞ Y TẾ AN GIANG BỆNH VIỆN ĐA KHOA …") as its bodies:
    cut where a name that ends with its province is followed by another body's name."""
    words = line.split()
    for k in range(2, len(words) - 1):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if is_upper(line) and trailing_province(left) and starts_with_head(proper_case(right)):
            return [left, *_split_bodies(right)]
    return [line]


def _splits_specialty(prev: str, line: str) -> bool:
    """True when a department's specialty runs over the break ("SỞ TÀI NGUYÊN VÀ MÔI" / "TRƯỜNG")."""
    joined, cut = f"{prev} {line}".lower(), len(prev)
    return any(0 <= (k := joined.find(sp.lower())) < cut < k + len(sp) for sp in load("units")["specialties"])


def _unnamed_institution(line: str) -> bool:
    """True for the first line of an institution's name that a place or name must finish ("BỆNH VIỆN ĐA
    KHOA" over "TRUNG TÂM AN GIANG"): an institution head, a few words, no locality or province."""
    heads = load("units")["institution_heads"]
    t = proper_case(line)
    return any(t.lower().startswith(h.lower() + " ") for h in heads) and len(t.split()) <= 4 \
        and not re.search(rf"(?i)\b{LOCALITY}\b", t) and not find_province_name(t)


def issuer(seg: Segments) -> Issuer | None:
    """The issuing body (the last body in the header cell; the one above it is its parent)."""
    bodies = _join_issuer_lines(seg.issuer_lines)
    if bodies and seg.joint:  # a joint document: the body that leads it is named first
        bodies = bodies[:1]
    bodies = [re.sub(load("units")["committee_prefix"], "", b) for b in bodies]
    if bodies:
        name = proper_case(bodies[-1]) if is_upper(bodies[-1]) else bodies[-1]
        out = Issuer(name=name, level=level_of(name))
        if len(bodies) > 1:
            parent = proper_case(bodies[-2]) if is_upper(bodies[-2]) else bodies[-2]
            out.parent = parent  # type: ignore[attr-defined]
        return out
    return issuer_from_text(seg)


_SELF_NAMED = re.compile(
    rf"(?:^|[,;.]\s*)(?:Chủ tịch\s+)?(?P<body>(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)"
    rf"(?:\s*\([A-ZĐ]+\))?(?:\s+{LOCALITY}(?:\s+[A-ZĐ][\w]*)*)?|Sở [A-ZĐ][\w ]+?)"
    r"\s+(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|kế hoạch)")


def issuer_from_text(seg: Segments) -> Issuer | None:
    """With no header: the body that says it issues the plan ("Chủ tịch UBND huyện ban hành Kế hoạch")."""
    for para in seg.preamble:
        m = _SELF_NAMED.search(para)
        if m:
            name = re.sub(r"\s*\([A-ZĐ]+\)", "", m.group("body"))
            name = re.sub(r"^UBND\b", "Ủy ban nhân dân", name)
            name = re.sub(r"^HĐND\b", "Hội đồng nhân dân", name)
            return Issuer(name=name, level=level_of(name))
    return None


_BARE_BODY = re.compile(r"(?i)^(ủy ban nhân dân|hội đồng nhân dân)$")
_SELF_LOCALITY = re.compile(rf"(?i)\b(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+{LOCALITY}\b")


def complete_issuer(issuer_: Issuer | None, seg: Segments, province_: str | None) -> Issuer | None:
    """A bare "Ủy ban nhân dân" completed with the locality the text names for itself, and the
    province appended to "Ủy ban nhân dân tỉnh" (a portal copy that lost the header's second line)."""
    if issuer_ is None:
        return None
    name = issuer_.name
    parent_name = getattr(issuer_, "parent", None)
    if name.lower() == "văn phòng" and parent_name:  # "UBND TỈNH PHÚ YÊN / VĂN PHÒNG": the council's office
        abbr = load("abbreviations")["abbreviations"]
        name = f"{name} " + " ".join(abbr.get(w, w) if w in ("UBND", "HĐND") else w for w in parent_name.split())
    if _BARE_BODY.match(name):
        m = _SELF_LOCALITY.search(" ".join(seg.preamble))
        if m:
            name = f"{name} {m.group(1).lower()}"
    if province_ and re.search(r"(?i)\b(tỉnh|thành phố)$", name):
        name = f"{name} {province_}"
    elif not province_mentions(name) and not re.search(rf"(?i)\b{LOCALITY}\s+\S", name):
        # a body under a council is named with its place ("Sở Nội vụ tỉnh Quảng Ngãi", "Ban Chỉ đạo … tỉnh
        # Lào Cai", "Phòng Tư pháp huyện X"), as its parent body in the header says
        parent = re.search(rf"(?i)\b{LOCALITY}\s+\S.*$", getattr(issuer_, "parent", None) or "")
        if parent:
            name = f"{name} {parent.group(0)[0].lower()}{parent.group(0)[1:]}"
        elif province_ and level_of(name) == "so":
            name = f"{name} {'thành phố' if province_ in CENTRAL_CITIES else 'tỉnh'} {province_}"
    issuer_.name = name
    issuer_.level = level_of(name) or issuer_.level
    return issuer_


def place_and_date(seg: Segments) -> tuple[str | None, dt.date | None]:
    """The place name (địa danh) and issue date of the date line."""
    if not seg.date_line:
        return None, None
    m = DATE_LINE_RE.search(seg.date_line)
    if not m:
        return None, None
    place = collapse_spaces(m.group("place").strip(" ,*"))
    return place or None, parse_date(m.group(0))


def province(seg: Segments, issuer_: Issuer | None, place: str | None) -> str | None:
    """The province the document belongs to: from its issuer, its parent body, its place or its text."""
    for name in [issuer_.name if issuer_ else None, getattr(issuer_, "parent", None)]:
        if name:
            found = province_mentions(name)
            if found:
                return found[0]
            direct = find_province_name(name) if level_of(name) == "tinh" else None
            if direct:
                return direct
    if issuer_ and issuer_.level in ("tinh", "so") and place:
        p = canonical_province(place)
        if p:
            return p
    text = "\n".join([seg.title, *seg.preamble, *seg.lines])
    counts = Counter(province_mentions(text))
    if counts:
        return counts.most_common(1)[0][0]
    if place:
        return canonical_province(place)
    return None


def _name_casing(lines: list[str]) -> dict[str, str]:
    """Capitalized multi-word names seen in running text, keyed by their lower-case form."""
    names: dict[str, str] = {}
    rx = re.compile(rf"(?i)\b{LOCALITY}\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){{0,3}})")
    for line in lines:
        if is_upper(line):
            continue
        for m in rx.finditer(line):
            name = m.group(2)
            if name[:1].isupper() and not is_upper(name):
                names.setdefault(name.lower(), name)
    return names


def title(seg: Segments) -> str | None:
    """The trích yếu, in sentence case when written in capitals, without the type word."""
    t = collapse_spaces(seg.title.strip(" *:"))
    if not t:
        return None
    if is_upper(t):
        names = _name_casing(seg.preamble + seg.lines[:400])
        names.update({p.lower(): p for p in province_mentions(t)})
        t = sentence_case(t, names)
    return t


def period_year(title_: str | None, issued: dt.date | None, seg: Segments) -> int | None:
    """The year the plan is for: the year in its title, else its issue year."""
    if title_:
        m = re.search(r"(?i)\bnăm\s+(\d{4})\b", title_) or re.search(r"(?i)giai đoạn\s+(\d{4})", title_)
        if m:
            return int(m.group(1))
        years = re.findall(r"\b(19[5-9]\d|20\d\d)\b", title_)
        if years:
            return int(years[-1])
    if issued:
        return issued.year
    return None


def from_metadata(meta: dict[str, str], key: str) -> str | None:
    """A value of the portal's metadata box, cleaned."""
    v = (meta.get(key) or "").strip()
    if not v or fold(v) in {"đang cập nhật", "đã biết", "không có"}:
        return None
    return v
