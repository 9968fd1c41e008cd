"""Deadlines stated in prose ("trước ngày 15 tháng 3 năm 2022") with the clause they sit in."""
from __future__ import annotations

from extractor.segment import Segments
from models import Deadline


def deadlines(seg: Segments, year: int | None, issued=None) -> list[Deadline]:
    """Every dated obligation in the prose of the body and annexes."""
    return []
