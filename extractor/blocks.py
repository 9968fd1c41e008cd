"""The reader interface: a document as an ordered list of paragraphs and tables with page numbers."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Paragraph:
    """One paragraph (or line) of text; `page` is 1-based, None when the format has no pages."""

    text: str
    page: int | None = None
    bold: bool = False


@dataclass
class Table:
    """A table as rows of cells; a None cell is covered by the cell to its left (a horizontal merge).

    A vertically merged cell repeats its text in every row it covers, so each row stands alone.
    `row_pages` gives the page each row starts on.
    """

    rows: list[list[str | None]]
    page: int | None = None
    row_pages: list[int | None] = field(default_factory=list)

    def page_of(self, i: int) -> int | None:
        """The page row `i` starts on."""
        return self.row_pages[i] if i < len(self.row_pages) else self.page


Block = Paragraph | Table


@dataclass
class RawDocument:
    """What a reader gives: the blocks in reading order and facts about the file."""

    blocks: list[Block]
    format: str
    pages: int | None = None
    ocr: bool = False
    warnings: list[str] = field(default_factory=list)


class ReadError(Exception):
    """A file that cannot be read; the message says why in words a user understands."""
