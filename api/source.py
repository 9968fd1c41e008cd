"""The document's source text (stored with it) with the extracted values highlighted (displaCy spans);
the rendered HTML is cached in memory."""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from collections import OrderedDict

from store import db as store

MAX_CHARS = 300_000   # longer texts are shown up to here
LINE = "\u2029"       # stands for a line break while displaCy renders (it keeps no newlines)
CHUNK = 1500          # characters rendered at a time
WRAPPER = '<div class="spans"'  # how displaCy opens a rendered text


class SourceCache:
    """Rendered HTML of recently seen documents, keyed by the file's sha256."""

    def __init__(self, size: int = 64) -> None:
        self.size = size
        self._items: OrderedDict[str, dict] = OrderedDict()
        self._lock = threading.Lock()
        self.render_lock = threading.Lock()  # spaCy's pipeline is shared; render one text at a time

    def get(self, sha: str) -> dict:
        """The cached entry of a file (empty when unknown)."""
        with self._lock:
            if sha in self._items:
                self._items.move_to_end(sha)
                return dict(self._items[sha])
            return {}

    def put(self, sha: str, **values: object) -> None:
        """Add values to a file's entry, dropping the oldest entries beyond `size`."""
        with self._lock:
            self._items[sha] = {**self._items.get(sha, {}), **values}
            self._items.move_to_end(sha)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def _text_of(db: store.Database, doc_id: int) -> str | None:
    """The normalized text: as stored, else (a row stored before texts were kept) re-read once from the
    original file and stored; None when it cannot be."""
    text = store.document_text(db, doc_id)
    if text is not None:
        return text
    from extractor.pipeline import extract_full

    file = store.get_file(db, doc_id)
    if file is None:
        return None
    try:
        text = extract_full(file["data"], file["name"]).text
    except Exception:  # the record is still shown; only its highlighted source is missing
        return None
    try:
        store.set_document_text(db, doc_id, text)
    except sqlite3.Error:  # a read-only or busy database: shown anyway, stored another time
        pass
    return text


def _pieces(text: str, spans: list) -> list[tuple[str, list]]:
    """The text cut at line breaks into pieces of about CHUNK characters that no span crosses, each with
    its spans (offsets made relative to the piece); the line break at each cut is dropped."""
    from extractor.provenance import Span

    ordered = sorted(spans, key=lambda s: s.start)
    cuts, i, reach, start = [], 0, 0, 0
    for m in re.finditer("\n", text):
        at = m.start()
        while i < len(ordered) and ordered[i].start < at:
            reach, i = max(reach, ordered[i].end), i + 1
        if at - start >= CHUNK and reach <= at:
            cuts.append(at)
            start = at + 1
    bounds = list(zip([0] + [c + 1 for c in cuts], [*cuts, len(text)], strict=True))
    return [(text[a:b], [Span(s.start - a, s.end - a, s.label) for s in spans if a <= s.start and s.end <= b])
            for a, b in bounds]


def to_html(text: str, record: dict) -> str:
    """The text as escaped HTML with the record's values highlighted and its line breaks kept.

    displaCy's span renderer takes time in tokens × spans, so a long text is rendered piece by piece
    and the pieces joined inside one wrapper."""
    from extractor.provenance import find_spans, render_html
    from models import Plan

    plan = Plan.model_validate({k: v for k, v in record.items() if k != "id"})
    text = text[:MAX_CHARS]
    spans = find_spans(text, plan)
    parts = [render_html(piece.replace("\n", LINE), found).replace(LINE, "<br>")
             for piece, found in _pieces(text, spans)]
    heads = [p[:p.find(">") + 1] for p in parts]
    if len(parts) == 1 or not all(p.startswith(WRAPPER) and p.endswith("</div>") for p in parts):
        return "<br>".join(parts)
    return heads[0] + "<br>".join(p[len(h):-len("</div>")] for p, h in zip(parts, heads, strict=True)) + "</div>"


def highlighted_source(db: store.Database, cache: SourceCache, record: dict) -> tuple[str | None, bool]:
    """(HTML of the highlighted source text or None, whether it was cut at MAX_CHARS)."""
    sha = (record.get("source") or {}).get("sha256") or ""
    key = hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    entry = cache.get(sha)
    if entry.get("html_key") == key:
        return entry["html"], entry["cut"]
    text = _text_of(db, record["id"])
    if text is None:
        return None, False
    with cache.render_lock:
        try:
            html = to_html(text, record)
        except Exception:
            return None, False
    cut = len(text) > MAX_CHARS
    cache.put(sha, html_key=key, html=html, cut=cut)
    return html, cut
