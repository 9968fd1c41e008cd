"""Quantitative targets ("đạt trên 99%", "tối thiểu 50% …") for comparing provinces."""
from __future__ import annotations

from extractor.segment import Segments
from models import Target, Task


def targets(seg: Segments, tasks: list[Task]) -> list[Target]:
    """Every quantitative target stated in the body, task names and outputs, and annexes."""
    return []
