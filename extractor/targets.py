"""Quantitative targets ("đạt trên 99%", "tối thiểu 50% …") for comparing provinces."""
from __future__ import annotations

from extractor.segment import Segments
from models import Target


def targets(seg: Segments) -> list[Target]:
    """Every quantitative target stated in the body, task tables and annexes."""
    return []
