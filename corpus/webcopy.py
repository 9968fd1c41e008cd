"""Parts, Word rendering, web-copy and saved-page helpers shared by the held-out build scripts (sets E, I, J, K)."""
from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import docx
from generate import Columns, Para, to_docx
from official import ROMAN, finish, signature, write_words


@dataclass
class Head:
    """The 2-column header: issuer lines | motto and date line."""

    left: list[str]
    right: list[str]

    def columns(self) -> Columns:
        """The borderless header table of the Word file."""
        return Columns([self.left, self.right], widths=[7.0, 9.5])


@dataclass
class Sign:
    """Nơi nhận beside the signature block."""

    recipients: list[str]
    authority: list[str]
    name: str

    def columns(self) -> Columns:
        """The borderless signature table of the Word file."""
        return signature(self.recipients, self.authority, self.name, widths=(8.0, 8.5))


@dataclass
class Portal:
    """The portal a document is published on (each set adds its own layout fields)."""

    name: str
    menu: list[str]
    crumbs: list[str]
    post_title: str
    posted: str


@dataclass
class Doc:
    """One document: its parts in order and the site that publishes it."""

    parts: list
    site: Portal


def title(text: str) -> Para:
    """The trích yếu line."""
    return Para(text, bold=True, align="center", size=14)


def p(text: str, italic: bool = False) -> Para:
    """A body paragraph."""
    return Para(text, italic=italic)


def word_file(parts: list, *edits: Callable[[docx.Document], None]) -> bytes:
    """The official Word file: Head and Sign as borderless tables, page numbers, official typography."""
    return finish(to_docx([x.columns() if isinstance(x, Head | Sign) else x for x in parts], page_numbers=True),
                  *edits)


def row_cells(row: list[str]) -> list[str]:
    """A table row as copied: a group row (Roman numeral) reduced to its numeral and title."""
    return [row[0], row[1]] if row[0] in ROMAN else row


def chrome_lines(s: Portal) -> list[str]:
    """The portal's text above the document: name, menu, breadcrumbs, post title and date."""
    return [s.name, " | ".join(s.menu), " > ".join(s.crumbs), "", s.post_title, s.posted, ""]


def head_lines(head: Head) -> list[str]:
    """The header's non-empty lines, left cell then right, and a blank line."""
    return [*[x for x in [*head.left, *head.right] if x.strip()], ""]


def sign_lines(sign: Sign, recipients: list[str] | None = None) -> list[str]:
    """Nơi nhận, then the signature block with "(Đã ký)" as a text copy gives them."""
    rec = sign.recipients if recipients is None else recipients
    return ["Nơi nhận:", *rec, "", *sign.authority, "(Đã ký)", "", sign.name, ""]


def attach_lines(s: Portal) -> list[str]:
    """The attachment line under the post."""
    return ["Tệp đính kèm: " + s.post_title + ".pdf", ""]


def head_html(head: Head) -> str:
    """The header as a 2-cell table, lines joined by <br>."""
    left = "<br>".join(html.escape(x) for x in head.left)
    right = "<br>".join(html.escape(x) for x in head.right)
    return ('<table class="doc-header" style="width:100%"><tr>'
            f'<td style="width:40%;text-align:center"><p>{left}</p></td>'
            f'<td style="text-align:center"><p>{right}</p></td></tr></table>')


def sign_html(sign: Sign) -> str:
    """Nơi nhận beside the bold authority lines and name."""
    rec = "<br>\n".join(html.escape(x) for x in sign.recipients)
    auth = "<br>".join(html.escape(x) for x in sign.authority)
    return ('<table class="doc-sign" style="width:100%"><tr>'
            f'<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>\n'
            f'{rec}</p></td><td style="text-align:center;vertical-align:top"><p><strong>{auth}'
            f'</strong></p><p>&nbsp;</p><p><strong>{html.escape(sign.name)}</strong></p></td>'
            "</tr></table>")


PAGE_BREAK = '<p style="page-break-before:always">&nbsp;</p>'


def para_html(part: Para, inner: str) -> str:
    """A paragraph's <p>: `inner` (already escaped) in <strong> / <em> as the paragraph is bold / italic."""
    inner = f"<strong>{inner}</strong>" if part.bold else inner
    inner = f"<em>{inner}</em>" if part.italic else inner
    style = ' style="text-align:center"' if part.align == "center" else ""
    return f"<p{style}>{inner}</p>"


def nav_items(items: list[str], cls: str = "", sep: str = "") -> str:
    """Menu or breadcrumb items as <li> links."""
    attr = f' class="{cls}"' if cls else ""
    return sep.join(f'<li{attr}><a href="#">{html.escape(x)}</a></li>' for x in items)


def simple_page(s: Portal, footer: list[str], content: str, toc: str | None = None) -> str:
    """A plain portal page as a browser saves it: header, menu, breadcrumbs, the post, attachment, footer."""
    toc_line = "" if toc is None else toc + "\n"
    menu = nav_items(s.menu, "nav-item")
    crumbs = nav_items(s.crumbs, "breadcrumb-item")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(s.post_title)} - {html.escape(s.name)}</title>
<link rel="stylesheet" href="./assets/css/bootstrap.min.css">
<script src="./assets/js/jquery.min.js"></script>
</head>
<body>
<header class="site-header"><div class="logo"><a href="#">{html.escape(s.name)}</a></div>
<nav><ul class="nav">{menu}</ul></nav></header>
<div class="container">
<ol class="breadcrumb">{crumbs}</ol>
<div class="post-detail">
<h1 class="post-title">{html.escape(s.post_title)}</h1>
<div class="post-meta">{html.escape(s.posted)}</div>
{toc_line}<div class="post-body">
{content}
</div>
<div class="attach"><strong>Tệp đính kèm:</strong> <a href="#">{html.escape(s.post_title)}.pdf</a></div>
</div>
</div>
<footer class="site-footer">{"<br>".join(html.escape(x) for x in footer)}</footer>
</body>
</html>
"""


def write_copies(folder: Path, docs: Mapping[str, Doc], seed: Callable[[Doc], str], page: Callable[[Doc], str]
                 ) -> None:
    """Each document's text copy to folder/seeds/<stem>.txt and saved page to folder/html/<stem>.html."""
    for sub in ("seeds", "html"):
        (folder / sub).mkdir(exist_ok=True)
    for stem, doc in docs.items():
        (folder / "seeds" / f"{stem}.txt").write_bytes(seed(doc).encode("utf-8"))
        (folder / "html" / f"{stem}.html").write_bytes(page(doc).encode("utf-8"))


def build(folder: Path, documents: Mapping[str, Callable[[], Doc]], seed: Callable[[Doc], str],
          page: Callable[[Doc], str], word: Callable[[Doc], bytes]) -> None:
    """Write seeds/, html/, docx/ and pdf/ for each document (stem -> maker)."""
    docs = {stem: make() for stem, make in documents.items()}
    write_copies(folder, docs, seed, page)
    write_words(folder, {stem: word(doc) for stem, doc in docs.items()})
