"""Tasks: rows of task tables and assignments in prose, with units and deadlines."""
from __future__ import annotations

from extractor.segment import Segments
from models import Task


def tasks(seg: Segments, year: int | None, issued=None) -> list[Task]:
    """Every task of the document (task-table rows, then prose assignments)."""
    return []
