"""Which format a file is, from its first bytes rather than its name."""
from __future__ import annotations

import io
import re
import zipfile

from extractor.blocks import ReadError


def sniff(data: bytes, filename: str | None = None) -> str:
    """One of pdf, docx, html, md, txt; raises ReadError for empty, binary or unknown content."""
    if not data or not data.strip():
        raise ReadError("the file is empty")
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF") or b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile as e:
            raise ReadError(f"the file looks like a Word/zip file but is damaged ({e})") from None
        if "word/document.xml" in names:
            return "docx"
        raise ReadError("the file is a zip archive, not a Word document; use `kehoach ingest` for archives")
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError("old binary Word (.doc) files are not supported; save it as .docx or PDF")
    if head.startswith(b"{\\rtf"):
        raise ReadError("RTF files are not supported; save it as .docx or PDF")
    text_head = head.decode("utf-8", "ignore").lstrip("\ufeff").lstrip().lower()
    if text_head.startswith(("<!doctype html", "<html", "<?xml")) or re.search(r"<(html|body|div|p)[\s>]", text_head):
        return "html"
    if _looks_binary(data[:4096]):
        raise ReadError("the file is binary data, not a document kehoach can read (PDF, DOCX, HTML or text)")
    if filename and filename.lower().endswith(".md"):
        return "md"
    return "txt"


def _looks_binary(chunk: bytes) -> bool:
    if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if b"\x00" in chunk:
        return True
    control = sum(1 for b in chunk if b < 9 or 13 < b < 32)
    return control > len(chunk) * 0.05
