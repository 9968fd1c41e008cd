"""Quantitative targets ("đạt trên 99%", "tối thiểu 50% …") for comparing provinces."""
from __future__ import annotations

import re
from functools import lru_cache

from extractor.data import load
from extractor.deadlines import prose
from extractor.segment import Segments
from extractor.text import fold
from models import Target, Task


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """The compiled target vocabulary from `targets.json`."""
    v = load("targets")
    return {
        "number": re.compile(v["number"]),
        "before": [(re.compile(rx, re.I), c) for rx, c in v["before"]],
        "after": [(re.compile(rx, re.I), c) for rx, c in v["after"]],
        "comparator_words": re.compile(v["comparator_words"], re.I),
        "metric_heads": re.compile(v["metric_heads"], re.I),
        "metric_verbs": re.compile(v["metric_verbs"], re.I),
        "metric_lead": re.compile(v["metric_lead"], re.I),
        "after_lead": re.compile(v["after_lead"], re.I),
        "metric_tail": re.compile(v["metric_tail"], re.I),
        "metric_cut": re.compile(v["metric_cut"], re.I),
        "metric_start": re.compile(v["metric_start"], re.I),
    }


_CLAUSE = re.compile(r";|:\s|\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)|\n")


def _clauses(text: str) -> list[str]:
    """The clauses of `text` (split at ";", ":" and sentence ends)."""
    return [c.strip(" -–•+*,.") for c in _CLAUSE.split(text) if c and c.strip(" -–•+*,.")]


def _value(text: str) -> float:
    """A number written with a decimal comma or point."""
    return float(text.replace(",", "."))


def targets_in(text: str) -> list[Target]:
    """The quantitative targets stated in one paragraph, task name or output."""
    v = _vocab()
    out: list[Target] = []
    carried = None  # "ít nhất 40% A; 50% B": the comparator carries over a list of clauses
    for clause in _clauses(text):
        hits = list(v["number"].finditer(clause))
        if not hits:
            carried = None
        for i, m in enumerate(hits):
            prev_end = hits[i - 1].end() if i else 0
            next_start = hits[i + 1].start() if i + 1 < len(hits) else len(clause)
            before, after = clause[prev_end:m.start()], clause[m.end():next_start]
            comparator = "="
            for rx, c in v["before"]:
                if rx.search(before):
                    comparator = c
                    break
            for rx, c in v["after"]:
                if rx.match(after):
                    comparator = c
                    break
            if comparator == "=" and i == 0 and not before.strip() and carried:
                comparator = carried
            carried = comparator if comparator != "=" else None
            head = v["comparator_words"].sub("", before)
            head = v["metric_lead"].sub("", v["metric_verbs"].sub("", head).strip(" ,:-–"))
            tail = v["after_lead"].sub("", after)
            cut = v["metric_cut"].search(tail)
            # a comma after a short noun phrase lists what is measured ("100% lãnh đạo, công chức, …")
            if cut and len(tail[:cut.start()].split()) >= (4 if cut.group(0).strip() == "," else 2):
                tail = tail[:cut.start()]
            start = v["metric_start"].search(head)
            if start and start.start() > 0 and len(tail.split()) < 2 and not v["metric_heads"].match(head):
                head = head[start.start():]  # "Tiếp nhận …, bảo đảm tỷ lệ hồ sơ đúng hạn đạt trên 98%"
            tail = v["metric_tail"].sub("", tail).strip(" ,:-–()")
            if v["metric_heads"].match(head) or len(tail.split()) < 2:
                metric = head or tail
            else:
                metric = tail
            out.append(Target(text=clause, metric=metric[:300] or None, comparator=comparator,
                              value=_value(m.group("value")), unit=m.group("unit")))
    return out


def targets(seg: Segments, tasks: list[Task]) -> list[Target]:
    """Every quantitative target stated in the body, task names and outputs, and annexes."""
    texts = [text for _, text in prose(seg)]
    texts += [t.name for t in tasks if t.name] + [t.output for t in tasks if t.output]
    out: list[Target] = []
    seen: set[tuple] = set()
    for text in texts:
        for target in targets_in(text):
            key = (fold(target.metric), target.comparator, target.value, target.unit)
            if key not in seen:
                seen.add(key)
                out.append(target)
    return out
