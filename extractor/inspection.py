"""Inspection: the units a plan inspects (named, counted or by quota) and the inspection period."""
from __future__ import annotations

from extractor.segment import Segments
from models import Inspection


def inspection(seg: Segments, year: int | None, doc_type: str | None = None) -> Inspection | None:
    """Who is inspected and when; None when the document plans or reports no inspection."""
    return None
