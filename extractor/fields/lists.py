"""List fields: objectives (Mục đích), requirements (Yêu cầu) and recipients (Nơi nhận)."""
from __future__ import annotations

import re

from extractor.segment import Node
from extractor.text import collapse_spaces, fold

_OBJECTIVE = re.compile(r"^(mục đích|mục tiêu)( chung| cụ thể| tổng quát)?$")
_REQUIREMENT = re.compile(r"^yêu cầu$")
_BOTH = re.compile(r"^(mục đích|mục tiêu)\s*(,|và)?\s*yêu cầu$")


def _heading(node: Node) -> str:
    return fold(re.sub(r"[:.]\s*$", "", node.text))


def _item_text(node: Node) -> str:
    parts = [node.full_text(), *(_item_text(c) for c in node.children)]
    return collapse_spaces(" ".join(p for p in parts if p)).rstrip(" ;,")


def _items(node: Node) -> list[str]:
    if node.children:
        items = [_item_text(c) for c in node.children]
        if node.paras and not node.text:
            items = node.paras + items
        return [i for i in items if i]
    return [collapse_spaces(p).rstrip(" ;,") for p in node.paras if p.strip()]


_INLINE = re.compile(r"^(Mục đích|Mục tiêu|Yêu cầu)\s*:\s*(.+)$", re.I)


def _kind(node: Node) -> str | None:
    """"objectives" or "requirements" when the node is such a heading (or "both" for "Mục đích, yêu cầu")."""
    m = _INLINE.match(node.text)
    h = fold(m.group(1)) if m else _heading(node)
    if _OBJECTIVE.match(h):
        return "objectives"
    if _REQUIREMENT.match(h):
        return "requirements"
    return "both" if _BOTH.match(h) else None


def objectives_and_requirements(root: Node) -> tuple[list[str], list[str]]:
    """Items under the "Mục đích"/"Mục tiêu" and "Yêu cầu" headings of the body (the innermost ones)."""
    out: dict[str, list[str]] = {"objectives": [], "requirements": []}
    # a plan with a "Mục đích" heading states its purposes there; its "Mục tiêu" items are targets
    has_purpose = any(n.kind and re.match(r"^mục đích", _heading(n)) for n in root.walk())
    for node in root.walk():
        kind = _kind(node) if node.kind else None
        if kind == "objectives" and has_purpose and _heading(node).startswith("mục tiêu"):
            continue
        if kind is None or any(_kind(c) for c in node.children):
            continue
        inline = _INLINE.match(node.text)
        items = ([collapse_spaces(inline.group(2)).rstrip(" ;,")] if inline else []) + _items(node)
        out["objectives" if kind == "both" else kind].extend(items)
    return out["objectives"], out["requirements"]


def recipients(lines: list[str]) -> list[str]:
    """Each recipient once, without its list dash and closing semicolon."""
    out = []
    for line in lines:
        t = collapse_spaces(re.sub(r"^[-+–•]\s*", "", line.strip()))
        t = re.sub(r"\s+\.$", "", t).rstrip(" ;,")
        if t and t not in {".", "-"}:
            out.append(t)
    return out
