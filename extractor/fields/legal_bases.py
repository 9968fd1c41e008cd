"""Legal bases: every document cited in the preamble, one entry per cited number."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.data import load
from extractor.dates import DAY_RE, parse_date
from extractor.text import collapse_spaces
from models import LegalBasis

_BASIS_START = re.compile(r"^(Căn cứ|Thực hiện|Theo|Triển khai|Trên cơ sở|Xét|Thi hành|Tiếp tục thực hiện)\b", re.I)
NUMBER = (r"\d{1,5}[a-z]?(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ0-9&.]*(?:\s?-\s?[A-ZĐ][A-Za-zĐđ0-9&.]*)*"
          r"|\d{1,5}-[A-ZĐ][A-Za-zĐđ]*(?:/[A-ZĐ][A-Za-zĐđ0-9&.\-]*)+")  # Party numbering: 05-NQ/HU, 57-NQ/TW
_ISSUER_END = re.compile(
    r"(?i)\s(?=về\b|hướng dẫn|sửa đổi|quy định|ban hành|phê duyệt|triển khai|thực hiện|v/v|việc\b|"
    r"tại\b|trong\b|nhằm|để\b|đối với|kèm theo|\((?![A-ZĐ&]{2,8}\)))|;")
_PROMULGATION = re.compile(
    r"[,;.]?\s+(?:[^,;]{0,100}?)\b(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|kế hoạch|Quyết định|Chương trình)"
    r"[^;]*?(?:như sau|với (?:những|các) nội dung)|,\s+Đoàn kiểm tra\b.*$")


_SOURCE_TAG = re.compile(r"^\([^()]{2,60}\)\s*[-–—:]\s*|^[A-ZĐ][\w. ]{1,40}\s+[-–—]\s+(?=[A-ZĐ])")
_LEAD_DATE = re.compile(r"\s*,?\s*" + DAY_RE.pattern, re.I)


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str | None]:
    return load("doc_types")["legal_kinds"]


@lru_cache(maxsize=1)
def _named_re() -> re.Pattern:
    kinds = "|".join(re.escape(k) for k in sorted(_kinds(), key=len, reverse=True))
    return re.compile(rf"(?:^|\s)(?P<kind>{kinds})\s+(?P<name>[^;,]{{3,160}}?)\s*(?:số\s*:?\s*)?$")


@lru_cache(maxsize=1)
def _cite_re() -> re.Pattern:
    kinds = "|".join(re.escape(k) for k in sorted(_kinds(), key=len, reverse=True))
    return re.compile(rf"(?:(?P<kind>{kinds})\s+)?(?:số\s*:?\s*)?(?P<number>{NUMBER})")


def _kind_from_code(number: str) -> str | None:
    """The kind of document a number's code names ("…/NĐ-CP" -> Nghị định, Party "05-NQ/HU" -> Nghị quyết)."""
    party = re.match(r"^\d+-([A-ZĐ][A-Za-zĐđ]*)/", number)
    codes = [party.group(1)] if party else [
        c for c in re.split(r"[-/]", number.split("/", 1)[1]) if c and not c.isdigit()]
    for kind, abbr in _kinds().items():
        if abbr and codes and codes[0] == abbr:
            return kind
    return None


def _clean_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw).rstrip(".-")


def _issuer_end(text: str) -> int:
    """Where an issuer's name ends: before the subject's first word, or a comma followed by lower case."""
    m = _ISSUER_END.search(text)
    end = m.start() if m else len(text)
    for c in re.finditer(r",\s+(\w)", text[:end]):
        if c.group(1).islower():
            return c.start()
    return end


def _parse_rest(rest: str) -> tuple[str | None, str | None, str]:
    """Date, issuer and subject from the text after a cited number."""
    date = None
    dm = _LEAD_DATE.match(rest)
    if dm:
        date = parse_date(dm.group(0))
        rest = rest[dm.end():]
    issuer = None
    im = re.match(r"\s*(?:của|do|giữa)\s+", rest)  # "… giữa Sở Nội vụ và Liên đoàn Lao động tỉnh": both issued it
    if im:
        tail = rest[im.end():]
        end = _issuer_end(tail)
        issuer = collapse_spaces(re.sub(r"\s*\([A-ZĐ&]{2,8}\)", "", tail[:end])).strip(" ,.")
        rest = tail[end:]
    subject = collapse_spaces(rest).strip(" ,;.")
    return (date.isoformat() if date else None), (issuer or None), subject


def _subject_end(item: str, cites: list[re.Match], i: int) -> int:
    """Where citation `i`'s subject ends: at a following citation joined by "và" or a comma (a citation
    of its own), not at one it names ("… sửa đổi Nghị định số 61/2018/NĐ-CP …" stays in the subject)."""
    for m in cites[i + 1:]:
        joined = re.search(r"(?:,|\bvà)\s*$", item[: m.start()])
        if joined:
            return joined.start()
    return len(item)


def legal_bases(preamble: list[str]) -> list[LegalBasis]:
    """Every document cited in the preamble paragraphs that state the plan's bases."""
    out: list[LegalBasis] = []
    seen: set[str] = set()
    for para in preamble:
        para = _SOURCE_TAG.sub("", para.strip())  # a news lead's "(Cổng TTĐT X) - " before its first words
        if not _BASIS_START.match(para):
            continue
        text = _PROMULGATION.split(para, maxsplit=1)[0]
        for item in re.split(r";", text):
            cites = list(_cite_re().finditer(item))
            for i, m in enumerate(cites):
                number = _clean_number(m.group("number"))
                key = number.upper()
                if key in seen:
                    continue
                seen.add(key)
                date, issuer, subject = _parse_rest(item[m.end():_subject_end(item, cites, i)])
                kind = m.group("kind") or _kind_from_code(number)
                before = item[: m.start()]
                carried = re.search(r"^(?:(?:Căn cứ|Thực hiện|Theo)\s+)?(.+?)\s+(?:được\s+)?ban hành kèm theo\s*$",
                                    before.strip())
                if i == 0 and carried:
                    subject = collapse_spaces(carried.group(1))
                named = _named_re().search(item[cites[i - 1].end() if i else 0: m.start()])
                if kind is None and named:  # "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"
                    kind, subject = named.group("kind"), subject or collapse_spaces(named.group("name"))
                out.append(LegalBasis(kind=kind, number=number, date=date, issuer=issuer,
                                      subject=subject or None))
    return out
