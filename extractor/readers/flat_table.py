"""Tables flattened by a web copy into one paragraph per cell, put back together as tables."""
from __future__ import annotations

from extractor.blocks import Block


def find_flat_tables(blocks: list[Block]) -> list[Block]:
    """`blocks` with runs of one-cell-per-paragraph table text replaced by Table blocks."""
    return blocks
