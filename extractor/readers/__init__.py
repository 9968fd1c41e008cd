"""Readers: bytes of a file in, `RawDocument` (paragraphs and tables with pages) out, one per format."""
from __future__ import annotations

from extractor.blocks import RawDocument, ReadError
from extractor.readers.sniff import sniff


def read(data: bytes, filename: str | None = None) -> RawDocument:
    """The document in `data`, read by the reader its content calls for (not its extension)."""
    fmt = sniff(data, filename)
    if fmt == "pdf":
        from extractor.readers import pdf

        return pdf.read(data)
    if fmt == "docx":
        from extractor.readers import docx

        return docx.read(data)
    if fmt == "html":
        from extractor.readers import html

        return html.read(data)
    if fmt in ("txt", "md"):
        from extractor.readers import text

        return text.read(data, fmt)
    raise ReadError(f"unsupported file type ({fmt}); kehoach reads PDF, DOCX, HTML and text files")


__all__ = ["read", "sniff", "ReadError"]
