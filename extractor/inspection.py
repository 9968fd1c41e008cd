"""Inspection: the units a plan inspects (named, counted or by quota) and the inspection period."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.blocks import Table
from extractor.data import load
from extractor.dates import find_times
from extractor.segment import Node, Segments
from extractor.units import canonical_unit, is_group_label, split_units, starts_with_head, unit_level
from models import Inspection, InspectionTarget, TimeSpan


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled inspection vocabulary from `inspection.json`."""
    v = load("inspection")
    rx = {k: re.compile(v[k], re.I) for k in ("inspection_title", "inspect_word", "target_heading",
                                               "not_target_heading", "period_heading", "level_label", "count",
                                               "quota", "report_list", "report_place", "list_intro", "sub_list",
                                               "skip_line", "target_annex", "annex_pointer", "chosen_group", "level_end", "lead_in",
                                               "unit_column", "place_label", "duty_section")}
    rx["named_place"] = re.compile(v["named_place"])
    rx["place_body"] = v["place_body"]
    rx["report_types"] = set(v["report_types"])
    rx["group_name"] = v["group_name"]
    rx["level_words"] = v["level_words"]
    return rx


def _heading(node: Node) -> str:
    """An item's text as a heading: spaces collapsed, trailing marks removed."""
    return re.sub(r"\s+", " ", node.text).strip(" .*")


def _is_target_heading(node: Node) -> bool:
    """True for a section naming who is inspected ("Đối tượng được kiểm tra", "Đơn vị được kiểm tra")."""
    v = _vocab()
    h = _heading(node)
    if not h or v["not_target_heading"].match(h) or not v["target_heading"].match(h):
        return False
    if any(v["duty_section"].match(_heading(a)) for a in node.path()[:-1]):
        return False  # "Các cơ quan, đơn vị được kiểm tra:" heading their duties in "Tổ chức thực hiện"
    return bool(v["inspect_word"].search(h)) or any(v["inspect_word"].search(_heading(a)) for a in node.path()[:-1])


def _level(name: str, label_level: str | None) -> str | None:
    """A target's level: its list label's level, else the unit's own (a department counts as provincial)."""
    if label_level:
        return label_level
    level = unit_level(name)
    return "tinh" if level == "so" else level


def _tidy(name: str) -> str:
    """A target name without a leading "các", first letter capital."""
    name = re.sub(r"(?i)^(?:các|những)\s+", "", name.strip())
    return name[:1].upper() + name[1:]


def _targets_of_line(line: str) -> list[InspectionTarget]:
    """Targets named or counted on one line of the targets section ("Cấp xã: 09 đơn vị …", "- Sở Xây dựng")."""
    v = _vocab()
    t = re.sub(r"\s+", " ", line).strip(" -–•+*;.")
    intro = v["list_intro"].search(t)
    if intro and not v["level_label"].match(t):  # "Đoàn kiểm tra đã kiểm tra 06 đơn vị, gồm: A và B"
        t = t[intro.end():]
    if not t or v["skip_line"].match(t) or v["annex_pointer"].search(t):
        return []  # "… UBND cấp xã có tên tại Phụ lục I": the annex names them
    label_level, rest = None, t
    head, sep, tail = t.partition(":")
    m = v["level_label"].match(head.strip())
    if sep and m:
        label_level, rest = v["level_words"][m.group("level").lower()], tail.strip()
    elif m and not sep:
        label_level, rest = v["level_words"][m.group("level").lower()], t[m.end():].strip(" :")
    elif sep and tail.strip() and (p := v["place_label"].match(head.strip())):  # "03 huyện: A, B"
        rest = f"{v['place_body']} các {p.group('loc')}: {tail.strip()}"
    elif sep and tail.strip() and not is_group_label(head):  # "Đối tượng kiểm tra: …", "Ngành dọc: …"
        rest = tail.strip()
    rest = re.sub(r"\s*\([^()]*\)\s*$", "", rest).strip(" .;")
    c = v["count"].match(rest)
    if c and label_level and not starts_with_head(rest):  # "Cấp xã: 09 đơn vị (Đoàn kiểm tra chọn)"
        return [InspectionTarget(name=v["group_name"][label_level], level=label_level, count=int(c.group("n")))]
    out: list[InspectionTarget] = []
    # "giám sát trực tiếp tại A, B và 02 đơn vị cấp xã do Đoàn chọn; giám sát qua báo cáo đối với 50% …"
    for piece in re.split(r"\s*;\s*", rest) if v["lead_in"].match(rest) else [rest]:
        piece = v["lead_in"].sub("", piece)
        if q := v["quota"].search(piece):  # the quota itself: _apply_quotas reads it; named units before it stay
            piece = re.sub(r"(?:\s*(?:,|\bvà\b|\bít nhất\b|\btối thiểu\b|\bkhoảng\b))+\s*$", "", piece[:q.start()])
            if not piece.strip():
                continue
        units = [u for part in re.split(r"\s*(?:,|\bvà\b)\s+(?=\d{1,4}\s)", piece) for u in split_units(part)]
        for u in units:  # "A, B và 02 đơn vị cấp xã …": a counted group after the named units
            c = v["count"].match(u)
            level = label_level or next((lv for w, lv in v["level_words"].items() if re.search(rf"cấp\s+{w}\b", u)), None)
            if starts_with_head(u) or v["named_place"].match(u):
                out.append(InspectionTarget(name=_tidy(_unqualified(u)), level=_level(_unqualified(u), label_level)))
            elif c and level:  # "02 đơn vị cấp xã do Đoàn giám sát chọn", "04 Ủy ban nhân dân cấp xã thuộc …"
                named = re.match(r"\d{1,4}\s+(.+?\bcấp\s+(?:tỉnh|huyện|xã))\b", u)
                name = _tidy(named.group(1)) if named and starts_with_head(named.group(1)) else v["group_name"][level]
                out.append(InspectionTarget(name=name, level=level, count=int(c.group("n"))))
    return out


def _unqualified(name: str) -> str:
    """A unit name without a trailing bracketed qualifier ("UBND xã Cư Né (huyện Krông Búk)")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", name).strip() or name


def _key(name: str) -> str:
    """A matching key for a unit name (canonical, lower case, no punctuation)."""
    return re.sub(r"\W+", " ", canonical_unit(name).lower()).strip()


def _apply_quotas(text: str, targets: list[InspectionTarget]) -> None:
    """Quotas ("ít nhất 40% Sở, ban, ngành; 50% UBND cấp huyện") set on the matching targets (added if none)."""
    v = _vocab()
    for m in v["quota"].finditer(text):
        unit = re.sub(r"(?i)^(?:các|những)\s+", "", m.group("unit").strip(" ,"))
        if end := v["level_end"].search(unit):  # "Ủy ban nhân dân cấp xã thuộc các huyện được kiểm tra"
            unit = unit[:end.end()]
        if not unit or not (starts_with_head(unit) or v["named_place"].match(unit) or v["place_label"].match(unit)):
            continue  # "ít nhất 30% số xã, phường …": administrative units count as targets too
        quota = re.sub(r"\s+", "", m.group("q"))
        key, level = _key(unit), _level(unit, None)
        match = next((t for t in targets if t.quota is None and (_key(t.name).startswith(key) or key in _key(t.name))),
                     None)
        if match is None and level:  # a group of that level ("Đơn vị cấp xã"), never a named unit
            match = next((t for t in targets if t.quota is None and t.level == level and t.count is None
                          and v["level_end"].search(t.name)), None)
        if match is None:
            targets.append(InspectionTarget(name=_tidy(unit), level=level, quota=quota))
        else:
            match.quota = quota


def _section_targets(section: Node) -> list[InspectionTarget]:
    """Targets listed in a targets section: its inline text, its items, and quota sentences."""
    v = _vocab()
    targets: list[InspectionTarget] = []
    head, sep, inline = section.text.partition(":")
    items = [c.text for c in section.children]
    extra = [p for c in section.children for p in c.paras]  # an item's own paragraphs are lines of their own
    unfinished = [i for i, x in enumerate(items) if not x.rstrip().endswith((".", ";", ":"))]
    lines = []
    for p in section.paras:
        if v["quota"].search(p):
            continue
        starts = starts_with_head(p) or v["level_label"].match(p) or v["skip_line"].match(p)
        if not starts and len(unfinished) == 1:  # the rest of an item broken over two lines
            items[unfinished[0]] += " " + p
            unfinished = []
        else:
            lines.append(p)
    lines = ([inline] if sep and inline.strip() else []) + items + [p for p in extra if not v["quota"].search(p)] + lines
    for line in lines:
        for target in _targets_of_line(line):
            if all(_key(target.name) != _key(t.name) for t in targets):
                targets.append(target)
    for text in [section.full_text(), *(c.full_text() for c in section.children)]:
        _apply_quotas(text, targets)
    return targets


def _table_targets(table: Table) -> list[InspectionTarget]:
    """Targets listed in a table with a unit column ("Đơn vị được kiểm tra"); group rows give the level."""
    v = _vocab()
    col, start = None, 0
    for i, row in enumerate(table.rows[:3]):
        for j, cell in enumerate(row):
            if cell and v["unit_column"].match(re.sub(r"\s+", " ", cell).strip(" .:*")):
                col, start = j, i + 1
                break
        if col is not None:
            break
    if col is None:
        return []
    targets: list[InspectionTarget] = []
    level = None
    for row in table.rows[start:]:
        cells = [c.strip() for c in row if c and c.strip()]
        text = row[col].strip() if col < len(row) and row[col] else (cells[0] if len(set(cells)) == 1 else "")
        m = v["level_label"].match(re.sub(r"^[IVX\d]+\s*[.)]?\s*", "", text))
        if m:  # a group row: "Cấp huyện", "II. Cấp xã"
            level = v["level_words"][m.group("level").lower()]
            continue
        for u in split_units(v["chosen_group"].sub("", text)):  # "UBND huyện A và các xã được chọn"
            if starts_with_head(u):
                u = _unqualified(u)  # "UBND xã Đạo Trù (huyện Tam Đảo)"
                targets.append(InspectionTarget(name=_tidy(u), level=_level(u, level)))
    return targets


_ITEM = re.compile(r"^\s*[-–•+*]\s*(?=\S)")


def _with_lists(paragraphs: list[str]) -> list[str]:
    """Paragraphs with the bullet items after one that ends by opening a list ("…, gồm:") joined to it as
    its list ("… gồm: A; B; C."), up to the item that ends with a full stop."""
    v = _vocab()
    out: list[str] = []
    open_list = False
    for text in paragraphs:
        if open_list and _ITEM.match(text):
            item = _ITEM.sub("", text).strip().rstrip(";,.")
            out[-1] = f"{out[-1].rstrip(' ;.')}{'' if out[-1].rstrip().endswith(':') else ';'} {item}."
            open_list = not text.rstrip().endswith(".")
            continue
        out.append(text)
        tail = text.rstrip()
        open_list = tail.endswith(":") and bool(v["list_intro"].search(tail[-30:]))
    return out


def _report_targets(paragraphs: list[str]) -> tuple[list[InspectionTarget], list[str]]:
    """Units a report says were inspected ("đã kiểm tra trực tiếp tại A, B và 04 đơn vị cấp xã gồm: C, D",
    "kiểm tra 06 đơn vị, gồm:" over a bulleted list, "kiểm tra qua báo cáo … đối với A"), and the
    paragraphs that name them."""
    v = _vocab()
    targets: list[InspectionTarget] = []
    sources: list[str] = []
    for text in _with_lists(paragraphs):
        found = len(targets)
        lists = [m.group("list") for m in v["report_place"].finditer(text) if starts_with_head(m.group("list"))]
        for listed in lists or [m.group("list") for m in v["report_list"].finditer(text)]:
            listed = v["sub_list"].sub(", ", listed)  # "… và 04 đơn vị cấp xã gồm: C, D": a group's items
            intro = v["list_intro"].search(listed)
            if intro and not re.search(r",|\svà\s", listed[:intro.start()]):  # "các đơn vị gồm: A, B"
                listed = listed[intro.end():]
            for u in split_units(listed):
                u = _unqualified(u)
                if starts_with_head(u) and all(_key(u) != _key(t.name) for t in targets):
                    targets.append(InspectionTarget(name=_tidy(u), level=_level(u, None)))
        if len(targets) > found:
            sources.append(text)
    return targets, sources


def _marked(node: Node) -> str:
    """An item's text as written, with its bullet ("- Sở Y tế;") so a list after "gồm:" is seen as one."""
    return f"- {node.text}" if node.kind in ("dash", "plus") else node.text


def _period(nodes: list[Node], year: int | None) -> TimeSpan | None:
    """The first dated time phrase of the inspection-time section."""
    for node in nodes:
        found = [f.span for f in find_times(node.full_text() + " " + " ".join(c.full_text() for c in node.children), year)
                 if f.span.kind not in ("unspecified", "ongoing", "periodic", "relative")]
        if found:
            return found[0]
    return None


def inspection(seg: Segments, year: int | None, doc_type: str | None = None) -> Inspection | None:
    """Who is inspected and when; None when the document plans or reports no inspection."""
    v = _vocab()
    title = seg.title or ""
    nodes = [n for root in [seg.body, *(a.body for a in seg.annexes)] for n in root.walk() if n.kind]
    # unnumbered labelled paragraphs ("Đối tượng kiểm tra: …", "Thời gian kiểm tra: …") count as items
    labelled = [Node(kind="para", text=p, parent=n) for n in [seg.body, *nodes] for p in n.paras
                if ":" in p[:60] and (v["target_heading"].match(p) or v["period_heading"].match(p))]
    sections = [n for n in nodes + labelled if _is_target_heading(n)]
    titled = bool(v["inspection_title"].match(title.strip()))
    listed = any(v["target_annex"].search(f"{a.label} {a.title}") for a in seg.annexes)
    reported = doc_type in v["report_types"] and bool(v["inspect_word"].search(title))
    if not sections and not titled and not listed and not reported:
        return None
    tables = [t for section in sections for n in section.walk() for t in n.tables]
    tables += [t for a in seg.annexes if v["target_annex"].search(f"{a.label} {a.title}")
               for n in a.body.walk() for t in n.tables]
    targets: list[InspectionTarget] = []
    listed_targets = [t for section in sections for t in _section_targets(section)]
    listed_targets += [t for table in tables for t in _table_targets(table)]
    for t in listed_targets:
        if all(_key(t.name) != _key(x.name) for x in targets):
            targets.append(t)
    sources: list[str] = []
    if not targets and (titled or reported):
        paragraphs = list(seg.preamble) + [x for n in nodes for x in [_marked(n), *n.paras]]
        targets, sources = _report_targets(paragraphs)
    period_nodes = [n for n in nodes + labelled if v["period_heading"].match(_heading(n))]
    period = _period(period_nodes + sections, year)
    if period is None and (titled or reported):
        # a report's "từ ngày 23/9 đến ngày 18/10/2024, Đoàn kiểm tra đã kiểm tra …", else the title's time
        found = [f.span for text in sources for f in find_times(text, year) if f.span.kind == "range"]
        found += [f.span for f in find_times(title, year) if f.span.kind not in ("unspecified", "ongoing")]
        period = found[0] if found else None
    if not targets and (period is None or not (titled or sections or listed)):
        return None
    return Inspection(targets=targets, period=period)
