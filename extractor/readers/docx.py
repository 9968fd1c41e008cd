"""Reader for Word (.docx): paragraphs and tables in body order, merged cells, Word numbering, legacy fonts."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from extractor import legacy
from extractor.blocks import Block, Paragraph, RawDocument, ReadError, Table

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_NS = {"w": W}


def _q(tag: str) -> str:
    """The qualified WordprocessingML name of `tag`."""
    return f"{{{W}}}{tag}"


def _attr(el: etree._Element | None, name: str = "val") -> str | None:
    """A w: attribute of an element (w:val by default), None when absent."""
    return None if el is None else el.get(_q(name))


# ---------------------------------------------------------------- styles and fonts


def legacy_font(name: str | None) -> tuple[str, bool] | None:
    """(encoding, all-caps) of a legacy Vietnamese font name (".VnTimeH" -> ("tcvn3", True)), else None."""
    if not name:
        return None
    n = name.strip()
    if n.startswith(".Vn") or n.startswith("Vn") and n[2:3].isupper():
        return "tcvn3", n.rstrip().endswith("H")
    if n.upper().startswith(("VNI-", "VNI ")):
        return "vni", False
    return None


@dataclass
class _Styles:
    """Fonts, bold and numbering of the document's styles, resolved through `basedOn`."""

    fonts: dict[str, str | None] = field(default_factory=dict)
    bold: dict[str, bool] = field(default_factory=dict)
    numpr: dict[str, tuple[str, int] | None] = field(default_factory=dict)
    default_font: str | None = None
    default_para: str | None = None


def _run_font(rpr: etree._Element | None) -> str | None:
    """The ASCII (or high-ANSI) font a run's properties set, if any."""
    fonts = None if rpr is None else rpr.find(_q("rFonts"))
    if fonts is None:
        return None
    return fonts.get(_q("ascii")) or fonts.get(_q("hAnsi"))


def _is_bold(rpr: etree._Element | None) -> bool | None:
    """Whether run properties set bold (None when they leave it to the style)."""
    b = None if rpr is None else rpr.find(_q("b"))
    if b is None:
        return None
    return _attr(b) not in ("0", "false", "off")


def _numpr(ppr: etree._Element | None) -> tuple[str, int] | None:
    """(numId, level) of a paragraph's Word numbering, None when not numbered."""
    np_ = None if ppr is None else ppr.find(_q("numPr"))
    if np_ is None:
        return None
    num_id = _attr(np_.find(_q("numId")))
    ilvl = _attr(np_.find(_q("ilvl"))) or "0"
    return (num_id, int(ilvl)) if num_id else None


def _load_styles(zf: zipfile.ZipFile) -> _Styles:
    """Fonts, bold and numbering of every style in styles.xml, inheritance resolved."""
    s = _Styles()
    if "word/styles.xml" not in zf.namelist():
        return s
    root = etree.fromstring(zf.read("word/styles.xml"))
    default_rpr = root.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
    s.default_font = _run_font(default_rpr)
    raw: dict[str, tuple[str | None, str | None, bool | None, tuple[str, int] | None]] = {}
    for st in root.findall(_q("style")):
        sid = st.get(_q("styleId"))
        if not sid:
            continue
        based = _attr(st.find(_q("basedOn")))
        rpr = st.find(_q("rPr"))
        raw[sid] = (based, _run_font(rpr), _is_bold(rpr), _numpr(st.find(_q("pPr"))))
        if st.get(_q("type")) == "paragraph" and st.get(_q("default")) in ("1", "true"):
            s.default_para = sid

    def resolve(sid: str, index: int, seen: tuple = ()):
        """A style's own value at `index`, else its base style's."""
        if sid not in raw or sid in seen:
            return None
        value = raw[sid][index]
        if value is None and raw[sid][0]:
            return resolve(raw[sid][0], index, (*seen, sid))
        return value

    for sid in raw:
        s.fonts[sid] = resolve(sid, 1)
        s.bold[sid] = bool(resolve(sid, 2))
        s.numpr[sid] = resolve(sid, 3)
    return s


# ---------------------------------------------------------------- numbering


_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def _roman(n: int) -> str:
    """`n` in Roman numerals."""
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letter(n: int) -> str:
    """`n` as a letter counter (1 -> a, 27 -> aa)."""
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr(ord("a") + r) + out
    return out


def format_number(n: int, fmt: str) -> str:
    """Counter `n` written in Word's number format `fmt` (decimal, lowerLetter, upperRoman, …)."""
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


def _level(lvl: etree._Element, base: _Level | None = None) -> _Level:
    """A w:lvl's number format, level text and start value (those it leaves out taken from `base`)."""
    base = base or _Level("decimal", "", 1)
    start = _attr(lvl.find(_q("start")))
    return _Level(_attr(lvl.find(_q("numFmt"))) or base.fmt, _attr(lvl.find(_q("lvlText"))) or base.text,
                  int(start) if start is not None else base.start)


class Numbering:
    """Word's list numbering (numbering.xml): the marker text of each numbered paragraph, in order.

    Lists (w:num) over one abstract list share its counters, as Word counts them; a w:num that overrides a
    level (lvlOverride: startOverride or a new w:lvl; "Restart at 1") restarts that level the first time
    it is used, as Word and LibreOffice render it."""

    def __init__(self, zf: zipfile.ZipFile):
        """Numbering definitions read from numbering.xml."""
        self.nums: dict[str, dict[int, _Level]] = {}
        self.abstract_of: dict[str, str] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.restarts: dict[str, set[int]] = {}  # levels a num restarts on its first use
        if "word/numbering.xml" not in zf.namelist():
            return
        root = etree.fromstring(zf.read("word/numbering.xml"))
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.findall(_q("abstractNum")):
            abstract[an.get(_q("abstractNumId"))] = {
                int(lvl.get(_q("ilvl"), "0")): _level(lvl) for lvl in an.findall(_q("lvl"))}
        for num in root.findall(_q("num")):
            num_id = num.get(_q("numId"))
            aid = _attr(num.find(_q("abstractNumId")))
            levels = {k: _Level(v.fmt, v.text, v.start) for k, v in abstract.get(aid, {}).items()}
            restarts: set[int] = set()
            for ov in num.findall(_q("lvlOverride")):
                ilvl = int(ov.get(_q("ilvl"), "0"))
                lvl = ov.find(_q("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl, levels.get(ilvl))
                    restarts.add(ilvl)
                start = _attr(ov.find(_q("startOverride")))
                if start is not None and ilvl in levels:
                    levels[ilvl].start = int(start)
                    restarts.add(ilvl)
            self.nums[num_id] = levels
            self.abstract_of[num_id] = aid
            self.restarts[num_id] = restarts

    def marker(self, num_id: str, ilvl: int) -> str | None:
        """The next marker of list `num_id` at level `ilvl` ("1.", "a)", "-"), counting as Word does."""
        levels = self.nums.get(num_id)
        if not levels or num_id == "0" or ilvl not in levels:
            return None
        key = self.abstract_of.get(num_id) or num_id
        counts = self.counters.setdefault(key, {})
        if ilvl in self.restarts.get(num_id, ()):
            self.restarts[num_id].discard(ilvl)  # the override restarts the level once, at the num's first use
            counts.pop(ilvl, None)
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        lvl = levels[ilvl]
        if lvl.fmt == "none":
            return None
        if lvl.fmt == "bullet":
            return "+" if lvl.text.strip() == "+" else "-"

        def sub(m: re.Match) -> str:
            """The counter of the level a %n placeholder names, in that level's format."""
            k = int(m.group(1)) - 1
            n = counts.get(k, levels[k].start if k in levels else 1)
            return format_number(n, levels[k].fmt if k in levels else "decimal")

        return re.sub(r"%(\d)", sub, lvl.text).strip() or None


# ---------------------------------------------------------------- paragraphs


@dataclass
class _Run:
    text: str
    font: str | None
    bold: bool


class _Reader:
    """Walks document.xml's body and collects blocks."""

    def __init__(self, zf: zipfile.ZipFile):
        """Styles and numbering of the Word file."""
        self.styles = _load_styles(zf)
        self.numbering = Numbering(zf)

    # -- text of one paragraph
    def _runs(self, el: etree._Element, style_font: str | None, style_bold: bool, out: list[_Run],
              boxes: list[etree._Element]) -> None:
        """The runs under `el` (hyperlinks, insertions, content controls entered) with their fonts; text boxes collected."""
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == _q("r"):
                rpr = child.find(_q("rPr"))
                rstyle = _attr(None if rpr is None else rpr.find(_q("rStyle")))
                font = _run_font(rpr) or (self.styles.fonts.get(rstyle) if rstyle else None) or style_font
                bold = _is_bold(rpr)
                if bold is None:
                    bold = self.styles.bold.get(rstyle, False) if rstyle else style_bold
                parts = []
                for t in child:
                    ttag = t.tag
                    if ttag == _q("t"):
                        parts.append(t.text or "")
                    elif ttag in (_q("tab"), _q("ptab")):
                        parts.append("\t")
                    elif ttag in (_q("br"), _q("cr")):
                        parts.append("\n")
                    elif ttag == _q("noBreakHyphen"):
                        parts.append("-")
                    elif ttag in (_q("drawing"), _q("pict"), f"{{{MC}}}AlternateContent"):
                        boxes.extend(_text_boxes(t))
                if parts:
                    out.append(_Run("".join(parts), font, bool(bold)))
            elif tag in (_q("del"), _q("moveFrom"), _q("pPr"), _q("rPr")):
                continue
            elif tag == f"{{{MC}}}AlternateContent":
                choice = child.find(f"{{{MC}}}Choice")
                if choice is not None:
                    self._runs(choice, style_font, style_bold, out, boxes)
            else:  # hyperlink, ins, smartTag, customXml, sdt, sdtContent, fldSimple, moveTo …
                self._runs(child, style_font, style_bold, out, boxes)

    def paragraph(self, p: etree._Element) -> tuple[list[str], bool, list[etree._Element]]:
        """The lines of paragraph `p` (legacy fonts converted, Word numbering restored), bold, text boxes."""
        ppr = p.find(_q("pPr"))
        pstyle = _attr(None if ppr is None else ppr.find(_q("pStyle"))) or self.styles.default_para
        style_font = self.styles.fonts.get(pstyle) if pstyle else None
        style_font = style_font or self.styles.default_font
        style_bold = self.styles.bold.get(pstyle, False) if pstyle else False
        runs: list[_Run] = []
        boxes: list[etree._Element] = []
        self._runs(p, style_font, style_bold, runs, boxes)
        text = _convert_runs(runs)
        lines = [ln.strip() for ln in text.replace("\t", " ").split("\n")]
        lines = [ln for ln in lines if ln]
        num = _numpr(ppr) or (self.styles.numpr.get(pstyle) if pstyle else None)
        if num and lines:
            marker = self.numbering.marker(*num)
            if marker and not _starts_with_marker(lines[0], marker):
                lines[0] = f"{marker} {lines[0]}"
        chars = [r for r in runs if r.text.strip()]
        bold = bool(chars) and all(r.bold for r in chars)
        return lines, bold, boxes

    # -- body
    def blocks(self, container: etree._Element) -> list[Block]:
        """Paragraphs and tables of a body (or a cell used as a container), in order."""
        out: list[Block] = []
        for el in container:
            tag = el.tag
            if tag == _q("p"):
                lines, bold, boxes = self.paragraph(el)
                for box in boxes:
                    out.extend(self.blocks(box))
                out.extend(Paragraph(ln, None, bold) for ln in lines)
            elif tag == _q("tbl"):
                out.extend(self.table(el))
            elif tag in (_q("sdt"), _q("sdtContent"), _q("customXml"), _q("ins"), _q("smartTag")):
                out.extend(self.blocks(el))
            elif tag == f"{{{MC}}}AlternateContent":
                choice = el.find(f"{{{MC}}}Choice")
                if choice is not None:
                    out.extend(self.blocks(choice))
        return out

    def cell_text(self, tc: etree._Element) -> str:
        """A cell's paragraphs (and nested tables' text) as lines joined by newlines."""
        lines: list[str] = []
        for b in self.blocks(tc):
            if isinstance(b, Paragraph):
                lines.append(b.text)
            else:
                lines.extend(" ".join(c for c in row if c) for row in b.rows)
        return "\n".join(ln for ln in lines if ln)

    def table(self, tbl: etree._Element) -> list[Block]:
        """A w:tbl as one Table: gridSpan gives None cells to the right, vMerge repeats the cell above."""
        rows: list[list[str | None]] = []
        for tr in tbl.findall(_q("tr")):
            row: list[str | None] = []
            trpr = tr.find(_q("trPr"))
            before = int(_attr(None if trpr is None else trpr.find(_q("gridBefore"))) or 0)
            row.extend([""] * before)
            for tc in _row_cells(tr):
                tcpr = tc.find(_q("tcPr"))
                span = int(_attr(None if tcpr is None else tcpr.find(_q("gridSpan"))) or 1)
                vmerge = None if tcpr is None else tcpr.find(_q("vMerge"))
                col = len(row)
                if vmerge is not None and _attr(vmerge) in (None, "continue"):
                    above = rows[-1][col] if rows and col < len(rows[-1]) else ""
                    text = above if above is not None else ""
                else:
                    text = self.cell_text(tc)
                row.append(text)
                row.extend([None] * (span - 1))
            rows.append(row)
        if not rows:
            return []
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        return [Table(rows)]


def _row_cells(tr: etree._Element) -> list[etree._Element]:
    """The w:tc cells of a row, looking through content controls and custom XML wrappers."""
    out = []
    for el in tr:
        if el.tag == _q("tc"):
            out.append(el)
        elif el.tag in (_q("sdt"), _q("sdtContent"), _q("customXml")):
            out.extend(_row_cells(el))
    return out


def _text_boxes(el: etree._Element) -> list[etree._Element]:
    """The text-box contents (w:txbxContent) under a drawing, once (the VML fallback copy skipped)."""
    out = []
    for box in el.iter(_q("txbxContent")):
        if any(a.tag == f"{{{MC}}}Fallback" for a in box.iterancestors()):
            continue
        out.append(box)
    return out


def _starts_with_marker(text: str, marker: str) -> bool:
    """True when `text` already begins with the list marker Word would draw."""
    core = marker.rstrip(".)")
    return bool(re.match(rf"^\s*{re.escape(core)}\s*[.):]?(\s|$)", text)) or (
        marker in "-+" and text[:1] in "-+–•")


def _convert_runs(runs: list[_Run]) -> str:
    """The runs' text joined, runs in a legacy Vietnamese font converted to Unicode (caps fonts upper-cased)."""
    out: list[str] = []
    i = 0
    while i < len(runs):
        enc = legacy_font(runs[i].font)
        j = i + 1
        while j < len(runs) and legacy_font(runs[j].font) == enc:
            j += 1
        text = "".join(r.text for r in runs[i:j])
        if enc is not None:
            text = legacy.convert(text, enc[0])
            if enc[1]:
                text = text.upper()
        out.append(text)
        i = j
    return "".join(out)


def read(data: bytes) -> RawDocument:
    """A .docx file as a RawDocument (no page numbers: Word files are not paginated until printed)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        xml = zf.read("word/document.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as e:
        raise ReadError(f"the Word file is damaged ({e})") from None
    try:
        root = etree.fromstring(xml, etree.XMLParser(huge_tree=True, resolve_entities=False))
    except etree.XMLSyntaxError as e:
        raise ReadError(f"the Word file is damaged (document.xml: {e})") from None
    body = root.find(_q("body"))
    if body is None:
        raise ReadError("the Word file has no document body")
    reader = _Reader(zf)
    blocks = [b for b in reader.blocks(body) if not isinstance(b, Paragraph) or b.text]
    if not blocks:
        raise ReadError("the Word file has no text")
    return RawDocument(blocks, "docx")
