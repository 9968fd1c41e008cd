"""Deadlines stated in prose ("trước ngày 15 tháng 3 năm 2022") with the clause they sit in."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache

from extractor.data import load
from extractor.dates import deadline_phrases, find_times, parse_time, time_labels
from extractor.segment import Node, Segments
from models import Deadline


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled deadline vocabulary from `time_phrases.json`."""
    v = load("time_phrases")
    return {
        "label": re.compile(v["time_label"], re.I),
        "excluded": re.compile(v["excluded_headings"], re.I),
        "kinds": set(v["deadline_kinds"]),
        "labelled": set(v["labelled_kinds"]),
        "periodic": re.compile("|".join(v["periodic"]), re.I),
        "period_label": re.compile(v["period_label"], re.I),
        "inspect": re.compile(v["inspection_words"], re.I),
    }


def prose(seg: Segments) -> Iterator[tuple[Node, str]]:
    """Every prose paragraph of the body and the annexes (not table cells), with the item it belongs to."""
    roots = [seg.body, *(a.body for a in seg.annexes)]
    for root in roots:
        for node in root.walk():
            for text in [node.text, *node.paras]:
                if text and text.strip():
                    yield node, text


def _excluded(node: Node) -> bool:
    """True inside a section that gives the inspection's own time frame ("Thời gian kiểm tra"), or for a
    "Thời gian: …" item of a section about an inspection ("II. KIỂM TRA CÔNG TÁC …" / "3. Thời gian: …")."""
    v = _vocab()
    path = node.path()
    if any(v["excluded"].match(n.text.strip(" .:*")) for n in path):
        return True
    return bool(v["period_label"].match(node.text.strip())) and any(v["inspect"].search(n.text) for n in path[:-1])


_CLAUSE_END = re.compile(r";|\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)|:\s")


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` holding [start, end): from the previous ";" / sentence end to the next."""
    left = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        left = m.end()
    m = _CLAUSE_END.search(text, end)
    right = m.start() if m else len(text)
    return text[left:right].strip(" ,.;:-–")


def _from_label(node: Node, text: str, year: int | None, issued: dt.date | None) -> Deadline | None:
    """A deadline from a labelled line "Thời gian (thực hiện): Tháng 01/2021" when the time is dated."""
    v = _vocab()
    m = v["label"].match(text.strip())
    if not m:
        return None
    value = m.group("value").strip()
    found = [f for f in find_times(value, year, issued) if f.span.kind in v["labelled"]]
    cued = _from_cues(value, year, issued)
    if found:
        span = found[0].span
    elif cued and cued[0].kind in v["labelled"]:
        span = cued[0]
    else:
        span = parse_time(re.split(r"[;.]\s", value)[0], year, issued)
        if span is None or span.kind not in v["labelled"]:
            return None
    owner = node.parent if text == node.text else node  # the item the label belongs to
    duty = " ".join(p for p in [owner.text, *owner.paras] if p != text).strip() if owner and owner.kind else ""
    context = f"{duty} … {text.strip()}" if duty else text.strip()
    return Deadline(**span.model_dump(exclude={"context"}), context=context)


def _inline_labels(text: str, year: int | None, issued: dt.date | None) -> list[tuple[int, int, Deadline]]:
    """(start, end, deadline) of the time labels inside a sentence ("… ban hành Quy chế; thời gian hoàn
    thành: Quý II/2024"), the context being the sentence up to the label's value."""
    v = _vocab()
    out = []
    for start, end, value in time_labels(text, inside=False):
        span = parse_time(value, year, issued)
        if span is None or span.kind not in v["labelled"]:
            cued = _from_cues(value, year, issued)
            span = cued[0] if cued and cued[0].kind in v["labelled"] else None
        if span is not None:
            context = text[:end].strip(" .;")
            out.append((start, end, Deadline(**span.model_dump(exclude={"context"}), context=context)))
    return out


_ASSIGNED_BRACKET = re.compile(r"\((?P<who>[^()]*\b(?:chủ trì|thực hiện)\b[^()]*);\s*(?P<time>[^();]+)\)", re.I)


def _bracket_times(text: str, year: int | None, issued: dt.date | None) -> list[tuple[int, int, Deadline]]:
    """(start, end, deadline) of the time that closes a bracketed assignment without a cue word ("…
    (Phòng X chủ trì, phối hợp với Y; từ tháng 5/2024 đến tháng 11/2024)"), the context the sentence."""
    v = _vocab()
    out = []
    for m in _ASSIGNED_BRACKET.finditer(text):
        value = m.group("time").strip(" .")
        if ":" in value or any(True for _ in deadline_phrases(value)):
            continue  # "thời gian: Quý IV/2024", "hoàn thành trong Quý II/2024": a label or cue words find it
        span = parse_time(value, year, issued)
        if span is not None and span.kind in v["labelled"] and span.kind != "periodic":
            context = text[:m.start()].strip(" .;")
            out.append((m.start("time"), m.end("time"), Deadline(**span.model_dump(exclude={"context"}), context=context)))
    return out


def _from_cues(text: str, year: int | None, issued: dt.date | None,
               skip: list[tuple[int, int]] = ()) -> list[Deadline]:
    """Deadlines introduced by cue words ("trước …", "chậm nhất …", "trong thời hạn … kể từ …"), but
    none inside the `skip` ranges."""
    v = _vocab()
    out: list[Deadline] = []
    for start, end in deadline_phrases(text):
        if any(a <= start < b for a, b in skip):
            continue
        phrase = text[start:end].strip(" ,;")
        span = parse_time(phrase, year, issued)
        if span is None or span.kind not in v["kinds"]:
            continue
        context = clause_around(text, start, end)
        if span.kind in ("date", "month") and not re.search(r"\d{4}", phrase) and _periodic(text, start):
            span = span.model_copy(update={"kind": "periodic", "start": None, "end": None})
        out.append(Deadline(**span.model_dump(), context=context))
    return out


def _periodic(text: str, pos: int) -> bool:
    """True when the sentence before `pos` says the obligation recurs ("định kỳ hằng năm, trước ngày 15/11")."""
    start = max(text.rfind(". ", 0, pos), text.rfind(";", 0, pos), 0)
    return bool(_vocab()["periodic"].search(text[start:pos]))


def deadlines(seg: Segments, year: int | None, issued=None) -> list[Deadline]:
    """Every dated obligation in the prose of the body and annexes."""
    out: list[Deadline] = []
    for node, text in prose(seg):
        if _excluded(node) or _vocab()["excluded"].match(text.strip()):
            continue
        labelled = _from_label(node, text, year, issued)
        if labelled is not None:
            out.append(labelled)
            continue
        inline = _inline_labels(text, year, issued) + _bracket_times(text, year, issued)
        cued = _from_cues(text, year, issued, [(a, b) for a, b, _ in inline])
        out.extend(cued + [d for _, _, d in inline])
    return out
