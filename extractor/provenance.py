"""Provenance: where each extracted value sits in the document text, rendered with spaCy's displaCy."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.blocks import Block, Paragraph
from models import Plan


@dataclass(frozen=True)
class Span:
    """A labelled character range of the document text."""

    start: int
    end: int
    label: str


def document_text(blocks: list[Block]) -> str:
    """The document as plain text: one line per paragraph, a table row as cells joined by " | "."""
    lines = []
    for b in blocks:
        if isinstance(b, Paragraph):
            lines.append(b.text)
        else:
            lines.extend(" | ".join(c or "" for c in row) for row in b.rows)
    return "\n".join(lines)


def _pattern(value: str) -> re.Pattern | None:
    words = value.split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s*".join(re.escape(w) for w in words) + r"(?!\w)", re.I)


def _values(plan: Plan) -> list[tuple[str, str]]:
    """(label, text) pairs of the record worth finding in the text."""
    out: list[tuple[str, str]] = []
    if plan.number:
        out.append(("SỐ", plan.number))
    if plan.title:
        out.append(("TRÍCH YẾU", plan.title))
    if plan.signer and plan.signer.name:
        out.append(("NGƯỜI KÝ", plan.signer.name))
    out.extend(("CĂN CỨ", b.number) for b in plan.legal_bases if b.number)
    for t in plan.tasks:
        out.extend(("CHỦ TRÌ", u) for u in t.lead)
        out.extend(("PHỐI HỢP", u) for u in t.support)
        if t.due and t.due.kind not in ("unspecified",):
            out.append(("THỜI HẠN", t.due.text))
    out.extend(("THỜI HẠN", d.text) for d in plan.deadlines)
    if plan.inspection:
        out.extend(("ĐƯỢC KIỂM TRA", t.name) for t in plan.inspection.targets)
    return out


def find_spans(text: str, plan: Plan, limit: int = 2000) -> list[Span]:
    """Every occurrence in `text` of the record's number, title, signer, cited numbers, units and deadlines."""
    spans: set[Span] = set()
    for label, value in dict.fromkeys(_values(plan)):  # a unit named in many tasks is searched once
        rx = _pattern(value)
        if rx is None or len(value) < 3:
            continue
        for m in rx.finditer(text):
            spans.add(Span(m.start(), m.end(), label))
            if len(spans) >= limit:
                break
    return sorted(spans, key=lambda s: (s.start, -s.end))


@lru_cache(maxsize=1)
def _nlp():
    import spacy

    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def render_html(text: str, spans: list[Span]) -> str:
    """The text as HTML with the spans underlined and labelled (displaCy "span" style); text is escaped."""
    from spacy import displacy

    doc = _nlp()(text)
    found = []
    for s in spans:
        sp = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
        if sp is not None:
            found.append(sp)
    doc.spans["sc"] = found
    colors = {"SỐ": "#fde68a", "TRÍCH YẾU": "#bfdbfe", "NGƯỜI KÝ": "#ddd6fe", "CĂN CỨ": "#bbf7d0",
              "CHỦ TRÌ": "#fecaca", "PHỐI HỢP": "#fed7aa", "THỜI HẠN": "#a5f3fc", "ĐƯỢC KIỂM TRA": "#f5d0fe"}
    return displacy.render(doc, style="span", page=False, options={"colors": colors})
