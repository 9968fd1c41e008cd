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


def objectives_and_requirements(root: Node) -> tuple[list[str], list[str]]:
    """Items under the "Mục đích"/"Mục tiêu" and "Yêu cầu" headings of the body."""
    objectives: list[str] = []
    requirements: list[str] = []
    for node in root.walk():
        if node.kind is None:
            continue
        h = _heading(node)
        if _OBJECTIVE.match(h):
            objectives.extend(_items(node))
        elif _REQUIREMENT.match(h):
            requirements.extend(_items(node))
        elif _BOTH.match(h) and not any(_OBJECTIVE.match(_heading(c)) or _REQUIREMENT.match(_heading(c))
                                         for c in node.children):
            objectives.extend(_items(node))
    return objectives, requirements


def recipients(lines: list[str]) -> list[str]:
    """Each recipient once, without its list dash and closing semicolon."""
    out = []
    for line in lines:
        t = collapse_spaces(re.sub(r"^[-+–•]\s*", "", line.strip()))
        t = re.sub(r"\s+\.$", "", t).rstrip(" ;,")
        if t and t not in {".", "-"}:
            out.append(t)
    return out
