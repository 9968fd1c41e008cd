"""Stage 2, segment: the document found inside web chrome and cut into its parts (Nghị định 30/2020).

Parts: metadata box (portal chrome, kept as fallback), header (issuer cell, number, place and date),
type line, title, preamble, body sections as a numbered outline, signature block, recipients
("Nơi nhận"), annexes ("PHỤ LỤC …").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.blocks import Block, Paragraph, Table
from extractor.data import load
from extractor.text import capitalize_first, collapse_spaces, is_upper, strip_accents, surnames
from extractor.units import proper_case

# ---------------------------------------------------------------- outline


@dataclass
class Node:
    """A numbered item of the body ("I.", "1.", "1.1", "a)", "-") with its text and sub-items."""

    marker: str | None = None
    kind: str | None = None
    text: str = ""
    paras: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    page: int | None = None
    parent: Node | None = field(default=None, repr=False)

    def full_text(self) -> str:
        """The item's own text and its unmarked paragraphs, joined."""
        return " ".join(p for p in [self.text, *self.paras] if p).strip()

    def walk(self):
        """This node and every node below it, depth first."""
        yield self
        for c in self.children:
            yield from c.walk()

    def path(self) -> list[Node]:
        """The nodes from the top-level section down to this one (root excluded)."""
        out, n = [], self
        while n is not None and n.kind is not None:
            out.append(n)
            n = n.parent
        return out[::-1]

    def ref(self) -> str:
        """Dotted reference of the item: "V.2.b", bullets numbered by position."""
        parts = []
        for n in self.path():
            if n.kind in ("dash", "plus"):
                siblings = [s for s in n.parent.children if s.kind == n.kind] if n.parent else [n]
                parts.append(str(siblings.index(n) + 1))
            elif n.kind == "dotted":
                parts.append(n.marker.split(".")[-1] if parts else n.marker)
            else:
                parts.append(n.marker or "")
        return ".".join(p for p in parts if p)


_LAYOUT = load("layout")


def _pattern(name: str) -> re.Pattern:
    """A compiled layout pattern from extractor/data/layout.json."""
    p = _LAYOUT["patterns"][name]
    return re.compile(p["pattern"], re.I if p["ignore_case"] else 0)


MARKERS: list[tuple[str, re.Pattern]] = [(kind, re.compile(rx)) for kind, rx in _LAYOUT["markers"]]


def parse_marker(text: str) -> tuple[str, str, str] | None:
    """(kind, marker, rest) when `text` starts with an outline marker, else None."""
    for kind, rx in MARKERS:
        m = rx.match(text)
        if m:
            marker, rest = m.group(1), m.group(2).strip()
            if kind == "roman" and not rest and not text.rstrip().endswith((".", ")", ":")):
                return None
            if kind == "dash" and (not rest or _SEPARATOR.match(text.strip())):
                return None
            return kind, marker, rest
    return None


def build_outline(blocks: list[Block]) -> Node:
    """The body's paragraphs as a tree; a marker kind's depth is set by the order kinds first appear."""
    root = Node()
    stack: list[Node] = [root]
    for b in blocks:
        if isinstance(b, Table):
            stack[-1].tables.append(b)
            continue
        parsed = parse_marker(b.text)
        if parsed is None and _END_OF_BODY.search(b.text) and len(stack) > 1:
            root.paras.append(b.text)  # the closing paragraph ("… thực hiện./.") belongs to no item
            continue
        if parsed is None:
            target = stack[-1]
            if target.kind in ("dash", "plus") and target.parent is not None and not _continues(target):
                target = target.parent
                while stack[-1] is not target:
                    stack.pop()
            target.paras.append(b.text)
            continue
        kind, marker, rest = parsed
        kinds = [n.kind for n in stack]
        if kind in kinds:
            while stack[-1].kind != kind:
                stack.pop()
            stack.pop()
        node = Node(marker, kind, rest, page=b.page, parent=stack[-1])
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _continues(bullet: Node) -> bool:
    """True when a bullet's text is visibly unfinished (ends with ':' or no closing punctuation and short)."""
    return bullet.full_text().rstrip().endswith(":")


# ---------------------------------------------------------------- document parts


@dataclass
class Annex:
    """An annex ("PHỤ LỤC …"): its label, title, the "(Ban hành kèm theo …)" note and body."""

    label: str
    title: str = ""
    note: str = ""
    body: Node = field(default_factory=Node)
    page: int | None = None


@dataclass
class Segments:
    """The parts of one document, as found."""

    metadata: dict[str, str] = field(default_factory=dict)
    issuer_lines: list[str] = field(default_factory=list)
    number_text: str | None = None
    date_line: str | None = None
    has_motto: bool = False
    type_line: str | None = None
    title_lines: list[str] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)
    body: Node = field(default_factory=Node)
    body_blocks: list[Block] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    article_like: bool = False
    joint: bool = False  # a joint document (liên tịch) of two bodies or more
    published: str | None = None

    @property
    def title(self) -> str:
        """The title lines joined."""
        return collapse_spaces(" ".join(self.title_lines))


def _key(text: str) -> str:
    return strip_accents(text).lower()


_MOTTO1 = _pattern("motto1")
_MOTTO2 = _pattern("motto2")
_SEPARATOR = _pattern("separator")
NUMBER_RE = _pattern("number")
DATE_LINE_RE = _pattern("date_line")
_PREAMBLE_START = _pattern("preamble_start")
_VV = _pattern("vv")
_ANNEX = _pattern("annex")
_ANNEX_NOTE = _pattern("annex_note")
_RECIPIENTS = _pattern("recipients")
AUTHORITY_RE = _pattern("authority")
_END_OF_BODY = _pattern("end_of_body")
_AUTHORITY_LINE = _pattern("authority_line")
_SIGNED = _pattern("signed")


@lru_cache(maxsize=1)
def _type_words() -> dict[str, str]:
    return load("doc_types")["type_words"]


@lru_cache(maxsize=1)
def _titles() -> list[str]:
    return load("titles")["titles"]


@lru_cache(maxsize=1)
def _chrome() -> tuple[list[re.Pattern], list[re.Pattern], dict[str, str | None]]:
    c = load("chrome")
    return ([re.compile(p, re.I) for p in c["drop_lines"]], [re.compile(p, re.I) for p in c["end_markers"]],
            c["metadata_keys"])


@lru_cache(maxsize=8)
def _longest_first(words: tuple[str, ...]) -> list[str]:
    """The words, longest first (so that a longer phrase wins over its beginning)."""
    return sorted(words, key=len, reverse=True)


@lru_cache(maxsize=4)
def _metadata_rx(keys: tuple[str, ...]) -> re.Pattern:
    """A pattern for "<key>:" at a line's start or after a space, for any of the metadata keys."""
    return re.compile(r"(?i)(?:^|\s)(" + "|".join(re.escape(k) for k in _longest_first(keys)) + r")\s*:")


def type_word(text: str) -> tuple[str, str] | None:
    """(type word, rest) when `text` starts with a document type word in capitals ("KẾ HOẠCH …")."""
    t = text.strip()
    up = t.upper()
    for word in _longest_first(tuple(_type_words())):
        if up.startswith(word) and (t[: len(word)].isupper() or t == t.lower()):
            rest = t[len(word):]
            if rest and rest[0].isalpha():
                continue
            return word, rest.strip(" :.-–")
    return None


def is_title_line(text: str) -> str | None:
    """The canonical title ("Phó Chủ tịch") when `text` is a signer's title in capitals, else None."""
    t = collapse_spaces(text.strip(" .:*"))
    if not t or not is_upper(t):
        return None
    up = t.upper()
    for title in _longest_first(tuple(_titles())):
        if up == title.upper() or (up.startswith(title.upper() + " ") and len(up) < 80):
            rest = t[len(title):].strip()
            return f"{title} {proper_case(rest) if is_upper(rest) else rest}" if rest else title
    return None


def is_person_name(text: str) -> bool:
    """True for a line that is a person's name ("Trần Ngọc Tam", "NGUYỄN VĂN A")."""
    t = collapse_spaces(text.strip(" .*"))
    words = t.split()
    if not 2 <= len(words) <= 5 or re.search(r"[\d:;,()/.]", t) or is_title_line(t):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if any(w.upper() in {"UBND", "HĐND", "SỞ", "BAN", "PHÒNG", "CỔNG", "TRANG", "BÁO"} for w in words):
        return False
    first = words[0] if not is_upper(t) else words[0].capitalize()
    return first in surnames() or _ner_person(t)


@lru_cache(maxsize=4096)
def _ner_person(text: str) -> bool:
    """True when underthesea's NER tags every word of `text` as part of one person's name."""
    from underthesea import ner

    tags = [tag for *_, tag in ner(text)]
    return bool(tags) and tags[0] == "B-PER" and all(t in ("B-PER", "I-PER") for t in tags[1:])


def _metadata(line: str, keys: dict[str, str | None]) -> dict[str, str] | None:
    """Key/value pairs of a metadata-box line ("Số hiệu: 328/KH-UBND Loại văn bản: Kế hoạch")."""
    t = line.strip().lstrip("•*-· ").strip()
    hits = list(_metadata_rx(tuple(keys)).finditer(t))
    if not hits or hits[0].start() > 1:
        return None
    out = {}
    for i, m in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(t)
        field_name = keys.get(m.group(1).lower())
        if field_name:
            out[field_name] = t[m.end():end].strip()
    return out if hits else None


def _flatten_layout_table(t: Table) -> list[Paragraph] | None:
    """A header or signature table (not data) as lines, column by column; None for a data table."""
    width = max((len(r) for r in t.rows), default=0)
    if width == 0 or width > 3:
        return None
    head = "\n".join(c for r in t.rows[:3] for c in r if c)
    text = "\n".join(c for r in t.rows for c in r if c)
    layout = (_MOTTO1.search(head) or NUMBER_RE.search(head) or DATE_LINE_RE.search(head)
              or re.search(r"(?m)^(Nơi nhận|NƠI NHẬN|(TM|KT|TL|TUQ|Q)\.\s)", head))
    if not layout and (len(t.rows) > 2 or len(text) > 400):
        return None
    out: list[Paragraph] = []
    for col in range(width):
        for i, row in enumerate(t.rows):
            cell = row[col] if col < len(row) else None
            if cell:
                out.extend(Paragraph(line.strip(), t.page_of(i)) for line in cell.split("\n") if line.strip())
    return out


def _strip_chrome(blocks: list[Block]) -> tuple[list[Block], dict[str, str]]:
    drop, end, keys = _chrome()
    out: list[Block] = []
    meta: dict[str, str] = {}
    started = False
    for b in blocks:
        if isinstance(b, Table):
            flat = _flatten_layout_table(b)
            if flat is None:
                out.append(b)
                started = True
            else:
                out.extend(flat)
            continue
        line = b.text.strip()
        low = line.lower()
        if any(rx.search(low) for rx in drop):
            continue
        if started and any(rx.search(low) for rx in end):
            break
        kv = _metadata(line, keys)
        if kv is not None and (not started or len(kv) >= 1 and len(line) < 200):
            for k, v in kv.items():
                meta.setdefault(k, v)
            continue
        if _MOTTO1.search(line) or NUMBER_RE.search(line) or type_word(line) or len(line) > 120:
            started = True
        if started and _SEPARATOR.match(line) and not _header_zone(out):
            continue  # a rule line under the title or between sections is layout, not text
        out.append(b)
    return out, meta


def _header_zone(out: list[Block]) -> bool:
    """True while the blocks kept so far are still the header (no type line or long text yet)."""
    return not any(isinstance(b, Paragraph) and (type_word(b.text) or len(b.text) > 120) for b in out[-40:])


def _split_header_line(line: str) -> tuple[list[str], bool, str | None, str | None]:
    """Left-cell text, motto seen, number text and date line from one (maybe interleaved) header line."""
    motto = False
    number = date = None
    t = line
    for rx in (_MOTTO1, _MOTTO2):
        m = rx.search(t)
        if m:
            motto = True
            t = (t[: m.start()] + "  " + t[m.end():]).strip()
    m = NUMBER_RE.search(t)
    if m:
        number = m.group(1)
        t = (t[: m.start()] + " " + t[m.end():]).strip()
    m = DATE_LINE_RE.search(t)
    if m:
        date = t[m.start("place"):].strip()
        t = t[: m.start("place")].strip()
    left = [] if _SEPARATOR.match(t) or not t else [t]
    left = [re.sub(r"[\-–—_]{3,}", "", x).strip() for x in left]
    return [x for x in left if x], motto, number, date


_ADDRESSEES = _pattern("addressees")


def _read_addressees(items: list[Block], pos: int, seg: Segments) -> int:
    """The "Kính gửi:" line and the list under it into `seg.addressees`; returns where the text resumes."""
    if pos >= len(items) or not isinstance(items[pos], Paragraph):
        return pos
    m = _ADDRESSEES.match(items[pos].text.strip())
    if not m:
        return pos
    if m.group(2):
        seg.addressees.append(m.group(2).lstrip("-+–• ").rstrip(" ;,."))
    pos += 1
    while pos < len(items) and isinstance(items[pos], Paragraph) and items[pos].text.strip()[:1] in "-+–•" \
            and len(items[pos].text) < 200:
        seg.addressees.append(items[pos].text.strip().lstrip("-+–• ").rstrip(" ;,."))
        pos += 1
    return pos


def _header_end(items: list[Block], last_anchor: int) -> int:
    """Where a header without a type line ends: after its date line when one follows the anchors."""
    for i in range(last_anchor, min(len(items), last_anchor + 8)):
        b = items[i]
        if isinstance(b, Paragraph) and DATE_LINE_RE.search(b.text):
            return i + 1
    return min(len(items), last_anchor + 2)


def _header_start(paras: list[Paragraph], anchor: int) -> int:
    """Index of the first header line: walk back from the anchor over short capital or rule lines."""
    i, taken = anchor, 0
    while i > 0 and taken < 5:  # five lines of names at most (two issuers of a joint header); rules are free
        t = paras[i - 1].text.strip()
        if len(t) > 90 or not (is_upper(t) or _SEPARATOR.match(t)):
            break
        taken += not _SEPARATOR.match(t)
        i -= 1
    return i


def _text(b: Block) -> str:
    return b.text.strip() if isinstance(b, Paragraph) else ""


def _vv_title(t: str) -> str:
    """A trích yếu line without its "V/v"/"Về việc" label."""
    return capitalize_first(re.sub(r"(?i)^(V/v|Về việc)\s*[:.]?\s*", "", t)) if _VV.match(t) else t


def _find_type_line(items: list[Block], after: int) -> int | None:
    """Index of the type line ("KẾ HOẠCH", "QUYẾT ĐỊNH" in capitals) within the lines after the header."""
    for i in range(after, min(len(items), after + 25)):
        t = _text(items[i])
        found = _type_line_word(t) if isinstance(items[i], Paragraph) and len(t) < 300 else None
        if found and is_upper(found[0]):
            return i
    return None


def _type_line_word(t: str) -> tuple[str, str] | None:
    """type_word of a type line, also when a copy set it in title or sentence case on its own ("Kế Hoạch")."""
    bare = t.strip(" .:*")
    return type_word(t) or (type_word(bare.upper()) if bare[:1].isupper() and bare.upper() in _type_words() else None)


def _read_header(items: list[Block], anchors: list[int], end: int, seg: Segments) -> None:
    """Issuer lines, number, date line and a công văn's "V/v" trích yếu from the header lines."""
    start = _header_start([b if isinstance(b, Paragraph) else Paragraph("") for b in items], min(anchors))
    in_vv = False
    for i in range(start, min(end, len(items))):
        if not isinstance(items[i], Paragraph):
            continue
        left, motto, number, date = _split_header_line(_text(items[i]))
        seg.has_motto |= motto
        seg.number_text = seg.number_text or number
        seg.date_line = seg.date_line or date
        for x in left:  # a công văn's "V/v …" under its number is its trích yếu
            if _VV.match(x) or (in_vv and x[:1].islower()):
                in_vv = True
                seg.title_lines.append(_vv_title(x))
            else:
                in_vv = False
                seg.issuer_lines.append(x)
    # an issuer cell may come after the number in interleaved header lines; keep only capitals
    seg.issuer_lines = [x for x in seg.issuer_lines if is_upper(x)]


def _read_title(items: list[Block], pos: int, seg: Segments) -> int:
    """Title lines after the type line, up to the preamble or the first section; returns the next index."""
    while pos < len(items) and isinstance(items[pos], Paragraph) and seg.type_line is not None:
        t = _text(items[pos])
        if (_starts_preamble(t, bool(seg.title_lines)) or parse_marker(t) and not _VV.match(t)
                or (seg.title_lines and (len(t) > 220 or _ANNEX.match(t)))):
            break
        if seg.title_lines and is_upper(t) and (not is_upper(" ".join(seg.title_lines))
                                                or _AUTHORITY_LINE.match(t)):
            break
        if not seg.date_line and DATE_LINE_RE.match(t):
            seg.date_line = t
        elif _SEPARATOR.match(t):
            pass
        elif seg.title_lines and len(" ".join(seg.title_lines)) > 60 and t.endswith(":"):
            break
        else:
            seg.title_lines.append(_vv_title(re.sub(r"\s*[-–—_=~]{3,}\s*$", "", t)))  # an ornament rule joined on
        pos += 1
        if len(seg.title_lines) >= 6:
            break
    seg.title_lines = [x for x in seg.title_lines if not _SEPARATOR.match(x)]
    return pos


def _read_capital_title(items: list[Block], pos: int, seg: Segments) -> int:
    """Capital lines right after a header with no type line: the trích yếu of a copy that lost "KẾ HOẠCH"."""
    while pos < len(items) and isinstance(items[pos], Paragraph) and len(seg.title_lines) < 6:
        t = _text(items[pos])
        if not is_upper(t) or parse_marker(t) or _AUTHORITY_LINE.match(t) or _ADDRESSEES.match(t) \
                or _RECIPIENTS.match(t):
            break
        if not _SEPARATOR.match(t):
            seg.title_lines.append(t)
        pos += 1
    return pos


def _read_preamble(items: list[Block], pos: int, seg: Segments) -> int:
    """Preamble paragraphs (Căn cứ …, Thực hiện …, the intent) up to the first outline marker."""
    while pos < len(items) and isinstance(items[pos], Paragraph):
        t = _text(items[pos])
        marker = parse_marker(t)
        if marker and _dashed_basis(marker):
            t = marker[2]  # "- Căn cứ Luật …;" "- Thực hiện Kết luận số 14-KL/TW …;": a basis set as a list item
        elif marker or _RECIPIENTS.match(t) or _ANNEX.match(t) and is_upper(t[:7]):
            break
        seg.preamble.append(t)
        pos += 1
    return pos


def _dashed_basis(marker: tuple[str, str, str]) -> bool:
    """True for a bulleted preamble line that cites what the plan rests on ("- Căn cứ …;")."""
    kind, _, rest = marker
    return kind in ("dash", "plus") and bool(_PREAMBLE_START.match(rest)) \
        and (bool(_CITATION.search(rest)) or rest.rstrip().endswith((";", ",", ":")))


def _read_body(items: list[Block], pos: int) -> tuple[list[Block], int]:
    """Body blocks up to the end mark ("./."), the recipients, the signature or an annex."""
    body: list[Block] = []
    while pos < len(items):
        b = items[pos]
        if isinstance(b, Paragraph):
            t = _text(b)
            if _RECIPIENTS.match(t) or _is_signature_start(t) or is_annex_start(items, pos):
                break
            if body and (is_title_line(t) and not parse_marker(t)) and _tail_follows(items, pos):
                break
            body.append(b)
            pos += 1
            if _END_OF_BODY.search(t):
                break
        else:
            body.append(b)
            pos += 1
    return body, pos


def segment(blocks: list[Block]) -> Segments:
    """The parts of the document in `blocks` (already normalized)."""
    blocks, meta = _strip_chrome(blocks)
    seg = Segments(metadata=meta)
    seg.lines = [b.text for b in blocks if isinstance(b, Paragraph)]
    items = list(blocks)
    n = len(items)

    # header anchors (motto, number line) within the first part of the document, then the type line
    limit = min(n, 80)
    motto_i = next((i for i in range(limit) if _MOTTO1.search(_text(items[i]))), None)
    number_i = next((i for i in range(limit) if NUMBER_RE.search(_text(items[i])) and len(_text(items[i])) < 120),
                    None)
    anchors = [x for x in (motto_i, number_i) if x is not None]
    type_i = _find_type_line(items, max(anchors, default=0))
    pos = 0
    if anchors:
        end = type_i if type_i is not None else _header_end(items, max(anchors))
        _read_header(items, anchors, end, seg)
        pos = min(end, n)
    if type_i is not None:
        seg.type_line, rest = _type_line_word(_text(items[type_i]))
        kind = re.match(r"(?i)^(liên\s+tịch|liên\s+ngành|hành\s+động)\b\s*", rest or "")
        if kind:  # "KẾ HOẠCH LIÊN TỊCH", "KẾ HOẠCH HÀNH ĐỘNG": a kind of plan, not its title
            seg.joint, rest = seg.joint or "tịch" in kind.group(1).lower(), rest[kind.end():]
        pos = type_i + 1
        if rest:
            seg.title_lines.append(rest)
    elif not anchors:
        seg.article_like = True
        pos = _article_head(items, seg)
    elif not seg.title_lines:
        pos = _read_capital_title(items, pos, seg)  # a copy that lost the type line keeps the trích yếu
    pos = _read_title(items, pos, seg)
    pos = _read_addressees(items, pos, seg)  # a công văn's "Kính gửi: - …; - …" before its text
    pos = _read_preamble(items, pos, seg)
    body, pos = _read_body(items, pos)
    if seg.article_like and body and not any((parse_marker(b.text) or ("dash",))[0] not in ("dash", "plus")
                                             for b in body if isinstance(b, Paragraph)):
        # a news article's bullets are part of its running text, not a numbered outline
        seg.preamble.extend(b.text for b in body if isinstance(b, Paragraph))
        body = [b for b in body if isinstance(b, Table)]
    seg.body_blocks = body
    seg.body = build_outline(body)

    # tail: recipients and signature, in either order, then annexes
    tail_end = next((i for i in range(pos, n) if is_annex_start(items, i)), n)
    _read_tail([items[i] for i in range(pos, tail_end)], seg)
    seg.annexes = _read_annexes(items[tail_end:])
    return seg


def is_annex_start(items: list[Block], i: int) -> bool:
    """True when block `i` opens an annex: "PHỤ LỤC …", or a type line ("KẾ HOẠCH") whose next lines
    say it is issued with the main document ("(Ban hành kèm theo Quyết định số …)")."""
    b = items[i]
    if not isinstance(b, Paragraph) or not b.text.strip():
        return False
    t = b.text.strip()
    if _ANNEX.match(t) and is_upper(t.split()[0]):
        return True
    noted = any(isinstance(nxt, Paragraph) and _ANNEX_NOTE.match(nxt.text.strip()) for nxt in items[i + 1: i + 6])
    if _ANNEX.match(t) and len(t.split()) <= 3 and noted:
        return True  # "Biểu" / "Phụ lục 2" on its own line above "(Kèm theo Kế hoạch số …)"
    prev = _text(items[i - 1]) if i > 0 else ""
    if is_upper(t) and not parse_marker(t) and not (prev and (is_upper(prev) or _ANNEX.match(prev))) \
            and any(isinstance(nxt, Paragraph) and _ANNEX_NOTE.match(nxt.text.strip()) and "kế hoạch" in nxt.text.lower()
                    for nxt in items[i + 1: i + 3]):
        return True  # an annex titled only ("LỊCH KIỂM TRA") over "(Kèm theo Kế hoạch số …)"
    return bool(type_word(t)) and is_upper(type_word(t)[0]) and noted


_CITATION = _pattern("citation")
PUBLISHED_RE = _pattern("published")


def _starts_preamble(t: str, have_title: bool) -> bool:
    """True when `t` opens the preamble rather than the title: "Căn cứ …", "Thực hiện Kế hoạch số …
    ngày …" — but a first line after the type line that only starts with such a verb is the title."""
    if is_upper(t) or not _PREAMBLE_START.match(t):
        return False
    if not have_title and not t.startswith("Căn cứ") and not t.rstrip().endswith((":", ";", ",", ".")) and len(t) <= 250:
        return False  # "Thực hiện Nghị quyết số 02/NQ-CP …" under "KẾ HOẠCH HÀNH ĐỘNG", unpunctuated: the title
    return have_title or bool(_CITATION.search(t)) or t.rstrip().endswith((":", ";", ",")) or len(t) > 250


def _menu_like(t: str) -> bool:
    """True for navigation lines of a web page: breadcrumbs, menus, a site name in capitals."""
    return (" » " in t or " > " in t or t.count("|") >= 2 or len(t.split()) <= 3 or is_upper(t)
            or t.startswith(("•", "Trang chủ")))


def _article_head(items: list[Block], seg: Segments) -> int:
    """For a news article: its headline (the line before its date-time line, else the first line that
    is not navigation) into the title, its publication date kept; returns where the text starts."""
    paras = [(i, b.text.strip()) for i, b in enumerate(items[:60]) if isinstance(b, Paragraph)]
    for k, (i, t) in enumerate(paras):
        if PUBLISHED_RE.match(t):
            head = next(((j, h) for j, h in reversed(paras[:k]) if not _menu_like(h) and 15 <= len(h) <= 300),
                        None)
            if head:
                seg.title_lines = [head[1]]
                seg.published = t
                return i + 1
    for i, t in paras:
        if not _menu_like(t) and 15 <= len(t) <= 300 and not _starts_preamble(t, False):
            seg.title_lines = [t]
            return i + 1
    return 0


def _is_signature_start(t: str) -> bool:
    m = AUTHORITY_RE.match(t.strip(" *"))
    return bool(m) and is_upper(m.group(2))


def _tail_follows(items: list[Block], pos: int) -> bool:
    """True when a capital title line at `pos` is followed, within a few lines, by a person's name."""
    for b in items[pos + 1: pos + 6]:
        if isinstance(b, Paragraph) and is_person_name(b.text):
            return True
    return False


def _is_filing(item: str) -> bool:
    """True for the filing line ("- Lưu: VT, NC.") that closes a recipients list."""
    return bool(re.match(r"(?i)^[-+–•]?\s*lưu\s*[:.]", item.strip()))


def _unfold_tail_line(t: str) -> list[str]:
    """A tail line that a copy collapsed, as the lines it was: "Nơi nhận: - A; - B; - Lưu: VT." as the label
    and one line per recipient, and "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn A" as authority, title
    and name; other lines as they are."""
    m = _RECIPIENTS.match(t)
    if m and re.search(r"[;,:.]\s+[-–+•]\s", t):
        items = re.split(r"(?<=[;,:.])\s+(?=[-–+•]\s)", m.group(2).strip())
        last = re.split(r"(?<=\.)\s+(?=(?:T/M|K/T|TM|KT|TL|TUQ|Q)[.\s/]|[A-ZĐ]{2,}\s+[A-ZĐ])", items[-1], maxsplit=1)
        return [f"{t[:m.start(2)].strip()}", *items[:-1], last[0], *_unfold_tail_line(last[1])[:None]] \
            if len(last) > 1 else [t[:m.start(2)].strip(), *items]
    words = [w for w in re.sub(r"\(\s*(?:Đã ký|đã ký|Đã ký và đóng dấu)[^)]*\)", " ", t).split()]
    k = next((k for k in range(1, len(words)) if not is_upper(words[k]) and is_upper(" ".join(words[:k]))), None)
    if k is None or not is_person_name(" ".join(words[k:])):
        return [t]
    caps = " ".join(words[:k])  # "TM. THƯỜNG TRỰC HĐND PHÓ CHỦ TỊCH": the authority, then the title
    lines = [caps]
    if AUTHORITY_RE.match(caps) and not is_title_line(caps):
        titles = {x.upper() for x in _titles()}
        cut = next((c for c in range(2, k) if " ".join(words[c:k]).upper() in titles), None)
        if cut is not None:
            lines = [" ".join(words[:cut]), " ".join(words[cut:k])]
    return [*lines, " ".join(words[k:])]


def _read_tail(blocks: list[Block], seg: Segments) -> None:
    in_recipients = seen_label = False
    lines = [x for b in blocks if isinstance(b, Paragraph) for x in _unfold_tail_line(b.text.strip())]
    for t in lines:
        m = _RECIPIENTS.match(t)
        if m:
            in_recipients = seen_label = True
            rest = m.group(2).strip()
            if rest:
                seg.recipients.append(rest)
            continue
        if _is_signature_start(t) or is_title_line(t) or _SIGNED.match(t):
            in_recipients = False
            seg.signature.append(t)
            continue
        if t[:1] in "-+–•" and seen_label and not in_recipients and not any(_is_filing(r) for r in seg.recipients):
            in_recipients = True  # a recipients list split by a page break resumes after the signature
        if in_recipients and (t[:1] in "-+–•" or not seg.recipients):
            seg.recipients.append(t)
        elif in_recipients and not is_person_name(t) and not _is_filing(seg.recipients[-1]):
            seg.recipients[-1] += " " + t if seg.recipients else t
        else:
            in_recipients = False
            seg.signature.append(t)


def _read_annexes(blocks: list[Block]) -> list[Annex]:
    annexes: list[Annex] = []
    current: list[Block] = []
    head: Annex | None = None

    def close() -> None:
        if head is not None:
            head.body = build_outline(_annex_body(head, current))
            annexes.append(head)

    for i, b in enumerate(blocks):
        if is_annex_start(blocks, i):
            close()
            t = b.text.strip()
            m = _ANNEX.match(t)
            head = Annex(label=collapse_spaces(t), page=b.page)
            if m and m.group(4) and is_upper(m.group(4)):
                head.title = m.group(4)
            elif not m:
                head.title = type_word(t)[1] if type_word(t) else t
            current = []
        else:
            current.append(b)
    close()
    return annexes


def _annex_body(annex: Annex, blocks: list[Block]) -> list[Block]:
    """The annex's title lines and note taken off the front of its blocks; the rest returned."""
    i = 0
    while i < len(blocks) and isinstance(blocks[i], Paragraph):
        t = blocks[i].text.strip()
        if _ANNEX_NOTE.match(t):
            annex.note = t.strip("()")
            i += 1
            break
        if parse_marker(t) or len(t) > 300 or (annex.title and not is_upper(t)):
            break
        annex.title = collapse_spaces(f"{annex.title} {t}")
        i += 1
    return blocks[i:]
