"""The signer: name, title, signing authority (TM/KT/TL/TUQ/Q) and on whose behalf."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.data import load
from extractor.segment import _SIGNED, AUTHORITY_RE, is_person_name, is_title_line
from extractor.text import collapse_spaces, is_upper
from extractor.units import proper_case
from models import Signer

_AUTH_CODES = {"T/M": "TM", "K/T": "KT", "T/L": "TL"}


def _title_case(text: str) -> str:
    t = collapse_spaces(text.strip(" .:*"))
    canon = is_title_line(t)
    if canon:
        return canon
    return proper_case(t) if is_upper(t) else t


@lru_cache(maxsize=1)
def _rank_re() -> re.Pattern:
    ranks = sorted(load("names")["ranks"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, ranks))})\s+(?=\S)", re.I)


def _without_rank(line: str) -> str:
    """A name line without the rank before it ("Đại tá Phạm Văn Thắng" -> "Phạm Văn Thắng")."""
    return _rank_re().sub("", line.strip())


def _signature_groups(lines: list[str]) -> list[list[str]]:
    """Signature-block lines cut after each person's name: one group per signature."""
    groups: list[list[str]] = [[]]
    for raw in lines:
        groups[-1].append(raw)
        if is_person_name(collapse_spaces(_without_rank(raw.strip(" *")))):
            groups.append([])
    return [g for g in groups if any(is_person_name(collapse_spaces(_without_rank(x.strip(" *")))) for x in g)]


def signer(lines: list[str], lead_last: bool = False) -> Signer | None:
    """The signer read from signature-block lines, first authority line first; with `lead_last` (a joint
    document, whose leading body signs on the right, read last) the last of several signatures."""
    groups = _signature_groups(lines) if lead_last else []
    if len(groups) > 1:
        lines = groups[-1]
    authority = on_behalf = title = name = None
    for raw in lines:
        t = collapse_spaces(_without_rank(raw.strip(" *")))
        if not t or _SIGNED.match(t):
            continue
        m = AUTHORITY_RE.match(t)
        if m and is_upper(m.group(2)):
            if authority is None:
                authority = _AUTH_CODES.get(m.group(1), m.group(1))
                on_behalf = _title_case(m.group(2))
            elif title is None and authority == "TM":
                # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the first line decides
                pass
            if m.group(1) == "Q" and title is None:
                title = _title_case(m.group(2))
            continue
        if is_title_line(t):
            title = is_title_line(t)
            continue
        if name is None and is_person_name(t):
            name = _name_case(t)  # the first name below the titles; portal lines after it are not names
        elif name is None and re.fullmatch(r"[\wÀ-ỹ]+(\s+[\wÀ-ỹ]+){1,4}", t) and t[:1].isupper():
            name = _name_case(t)
    if authority == "Q" and on_behalf == title:
        on_behalf = None
    if not (name or title or authority):
        return None
    return Signer(name=name, title=title, authority=authority, on_behalf_of=on_behalf)


def _name_case(text: str) -> str:
    t = collapse_spaces(text.strip(" .*"))
    return " ".join(w.capitalize() for w in t.split()) if is_upper(t) else t
