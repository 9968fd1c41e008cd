"""Reader for saved web pages (legal portals): the document's container found inside the site chrome,
read as paragraphs (block elements, line breaks) and tables (colspan/rowspan resolved)."""
from __future__ import annotations

import re

import lxml.html
from lxml import etree

from extractor.blocks import Block, Paragraph, RawDocument, ReadError, Table
from extractor.readers.flat_table import find_flat_tables
from extractor.readers.text import decode

_JUNK_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "nav",
              "footer", "aside", "form", "button", "select", "input", "textarea", "link", "meta", "head", "map")
_JUNK_NAMES = re.compile(r"(^|[\s_-])(nav|navbar|menu|menubar|breadcrumbs?|sidebar|footer|banner|header-top|topbar|"
                         r"share|social|comments?|advert|ads|quangcao|login|search|timkiem|related|lienquan|"
                         r"toolbar|tools|popup|modal|cookie)($|[\s_-])", re.I)
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "section",
          "article", "main", "center", "dd", "dt", "dl", "address", "header", "figure", "figcaption", "hr",
          "table", "tr", "tbody", "thead", "tfoot", "caption", "body", "html", "fieldset", "legend"}
_MARKED = re.compile(r"^\s*([-–+•*]|\d{1,2}(\.\d{1,2})*[.)]|[a-zđ]\)|[IVXLC]{1,6}[.)])\s")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:-]+)""", re.I)


def _decode(data: bytes) -> str:
    """The page's text in the charset its <meta> declares, else as the text reader would decode it."""
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return decode(data)


def _text_len(el: etree._Element, links: bool = False) -> int:
    """Length of the visible text under `el` (text inside links left out unless `links`)."""
    n = 0
    stack = [el]
    while stack:
        e = stack.pop()
        if e.tag == "a" and not links:
            continue
        n += len((e.text or "").strip())
        for k in e:
            if isinstance(k.tag, str):
                stack.append(k)
            n += len((k.tail or "").strip())
    return n


def _strip_chrome(root: etree._Element) -> None:
    """Scripts, styles, menus, footers and hidden elements removed in place."""
    total = max(_text_len(root), 1)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        names = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        hidden = re.search(r"display\s*:\s*none|visibility\s*:\s*hidden", el.get("style", ""), re.I)
        if el.tag in _JUNK_TAGS or ((hidden or _JUNK_NAMES.search(names)) and _text_len(el) < 0.3 * total):
            el.drop_tree()


def _main(root: etree._Element) -> etree._Element:
    """The element holding the document: walk down while one child holds most of the non-link text."""
    node = root.find("body") if root.find("body") is not None else root
    while True:
        own = _text_len(node)
        kids = [(k, _text_len(k)) for k in node if isinstance(k.tag, str)]
        if not kids or own == 0:
            return node
        best, n = max(kids, key=lambda kv: kv[1])
        if n < 0.75 * own or best.tag in ("table", "tr", "td", "p"):
            return node
        node = best


class _Walker:
    """Turns an element tree into blocks: text gathered line by line, block elements and <br> end lines."""

    def __init__(self) -> None:
        """An empty walk."""
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.bold = True
        self.any_text = False

    def flush(self) -> None:
        """The current line ended: kept as a paragraph when it has text."""
        raw = "".join(self.line)
        text = re.sub(r"\s+", " ", raw).strip()
        if text:
            self.blocks.append(Paragraph(text, None, self.bold and self.any_text))
        elif "\xa0" in raw:  # a paragraph of only a no-break space: an empty cell of a flattened table
            self.blocks.append(Paragraph(""))
        self.line, self.bold, self.any_text = [], True, False

    def text(self, s: str | None, bold: bool) -> None:
        """Inline text added to the current line."""
        if s:
            self.line.append(s)
            if s.strip():
                self.any_text = True
                self.bold &= bold

    def walk(self, el: etree._Element, bold: bool = False) -> None:
        """Element `el` and everything under it read in document order."""
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
        elif tag == "table" and not _is_layout_table(el):
            self.flush()
            table = _table(el)
            if table is not None:
                self.blocks.append(table)
        else:
            block = tag in _BLOCK or tag in ("td", "th")
            if block:
                self.flush()
            if tag == "li":
                self.line.append(_li_marker(el))
            bold = bold or tag in ("b", "strong", "h1", "h2", "h3", "h4")
            self.text(el.text, bold)
            for child in el:
                self.walk(child, bold)
                self.text(child.tail, bold)
            if block:
                self.flush()

    def result(self) -> list[Block]:
        """The blocks gathered."""
        self.flush()
        return self.blocks


def _li_marker(li: etree._Element) -> str:
    """The marker a browser draws before a list item ("1. ", "a) ", "- "), when its text has none."""
    parent = li.getparent()
    text = "".join(li.itertext())
    if _MARKED.match(text):
        return ""
    if parent is not None and parent.tag == "ol":
        items = [k for k in parent if k.tag == "li"]
        n = int(parent.get("start", "1") or 1) + items.index(li)
        kind = parent.get("type", "1")
        if kind == "a":
            return f"{chr(ord('a') + (n - 1) % 26)}) "
        if kind in ("I", "i"):
            from extractor.readers.docx import format_number

            return f"{format_number(n, 'upperRoman' if kind == 'I' else 'lowerRoman')}. "
        return f"{n}. "
    return "- "


def _is_layout_table(table: etree._Element) -> bool:
    """True for a table used to lay out the page (it holds other tables or long running text)."""
    if table.find(".//table") is not None:
        return True
    cells = table.findall(".//td") + table.findall(".//th")
    return len(cells) <= 2 and _text_len(table, links=True) > 1500


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs joined by newlines."""
    w = _Walker()
    w.text(cell.text, False)
    for child in cell:
        w.walk(child)
        w.text(child.tail, False)
    lines = []
    for b in w.result():
        if isinstance(b, Paragraph):
            lines.append(b.text)
        else:
            lines.extend(" ".join(c for c in row if c) for row in b.rows)
    return "\n".join(lines)


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of tables nested in its cells)."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _table(table: etree._Element) -> Table | None:
    """A <table> as a Table: colspan gives None cells to the right, rowspan repeats the text below."""
    grid: dict[tuple[int, int], str | None] = {}
    nrows = 0
    for r, tr in enumerate(_rows(table)):
        nrows = r + 1
        c = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = _cell_text(cell)
            colspan = _span(cell.get("colspan"))
            rowspan = _span(cell.get("rowspan"))
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text if dc == 0 else None
            c += colspan
    if not grid:
        return None
    width = max(c for _, c in grid) + 1
    rows = [[grid.get((r, c), "") for c in range(width)] for r in range(nrows)]
    rows = [row for row in rows if any(row)]
    return Table(rows) if rows else None


def _span(value: str | None) -> int:
    """A colspan/rowspan attribute as a number from 1 to 50."""
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1


def read(data: bytes) -> RawDocument:
    """A saved web page as a RawDocument: the document body, without the site's chrome."""
    text = _decode(data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise ReadError(f"the web page cannot be parsed ({e})") from None
    _strip_chrome(root)
    w = _Walker()
    w.walk(_main(root))
    blocks = find_flat_tables(w.result())  # a page that puts each table cell in its own <p>
    blocks = [b for b in blocks if not isinstance(b, Paragraph) or b.text]
    if not blocks:
        raise ReadError("the web page has no document text")
    return RawDocument(blocks, "html")
