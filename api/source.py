"""The document's source text (stored with it) with the extracted values highlighted (displaCy spans);
the rendered HTML is cached in memory."""
from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict

from store import db as store

MAX_CHARS = 300_000   # longer texts are shown up to here
LINE = "\u2029"       # stands for a line break while displaCy renders (it keeps no newlines)


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
    store.set_document_text(db, doc_id, text)
    return text


def to_html(text: str, record: dict) -> str:
    """The text as escaped HTML with the record's values highlighted and its line breaks kept."""
    from extractor.provenance import find_spans, render_html
    from models import Plan

    plan = Plan.model_validate({k: v for k, v in record.items() if k != "id"})
    text = text[:MAX_CHARS]
    spans = find_spans(text, plan)
    return render_html(text.replace("\n", LINE), spans).replace(LINE, "<br>")


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
