"""Plans side by side: their headers, the documents they cite (shared or not), their tasks grouped by
topic and their quantitative targets lined up by metric."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from extractor.data import load
from extractor.places import canonical_province
from extractor.text import fold
from extractor.units import unit_level
from store import db as store
from store.legal_graph import legal_graph
from store.topics import expand, group_tasks

MAX_DOCUMENTS = 30
HEADER = ("id", "number", "doc_type", "province", "province_2025", "issuer", "level", "issued_date", "period_year",
          "title", "task_count")


class CompareError(ValueError):
    """A comparison that cannot be made, said in English and in Vietnamese (`vi`); `missing` lists unknown ids."""

    def __init__(self, message: str, vi: str, missing: list[int] | None = None) -> None:
        super().__init__(message)
        self.vi, self.missing = vi, missing or []


# ---------------------------------------------------------------- which plans


def select_documents(db: store.Database, documents: list[int] | None = None, provinces: list[str] | None = None,
                     year: int | None = None) -> list[dict]:
    """Headers of the plans to compare: the listed ids in order, or the plans of the provinces (then or
    since 2025) and period year; none without a selection. CompareError for unknown ids."""
    if documents:
        ids = list(dict.fromkeys(int(i) for i in documents))
        rows = {r["id"]: r for r in db.query(
            f"SELECT {', '.join(HEADER)} FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids)}
        missing = [i for i in ids if i not in rows]
        if missing:
            listed = ", ".join(map(str, missing))
            raise CompareError(f"No stored document with id {listed}.", f"Không có văn bản số {listed}.", missing)
        return [rows[i] for i in ids]
    where, params = [], []
    names = [canonical_province(p) or p.strip() for p in provinces or [] if p.strip()]
    if names:
        marks = ", ".join("?" * len(names))
        where.append(f"(province IN ({marks}) OR province_2025 IN ({marks}))")
        params += names + names
    if year is not None:
        where.append("period_year = ?")
        params.append(int(year))
    if not where:
        return []
    return list(db.query(f"SELECT {', '.join(HEADER)} FROM documents WHERE {' AND '.join(where)} "
                         "ORDER BY province, period_year, issued_date, id", params))


# ---------------------------------------------------------------- targets


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """Target families, subjects and level names (compare.json)."""
    data = load("compare")
    return {
        "families": [(f["key"], f["label"], re.compile(f["match"])) for f in data["target_families"]],
        "subjects": [(s["key"], s["label"], re.compile(s["match"])) for s in data["target_subjects"]],
        "levels": data["levels"],
        "level_words": {lvl: re.compile(rf"\b{re.escape(word)}\b") for lvl, word in data["levels"].items()},
        "inspection": data["inspection"],
        "count_unit": data["inspection_count_unit"],
    }


def metric_of(metric: str | None, text: str | None) -> dict:
    """What a target measures, normalized so the same rate from different plans lines up:
    {key, label, family, subject, scope}."""
    v = _vocab()
    m, t = expand(metric or ""), expand(text or "")
    family = next(((k, label) for k, label, rx in v["families"] if rx.search(m)), None) or \
        next(((k, label) for k, label, rx in v["families"] if rx.search(t)), None)
    if family is None:
        return {"key": f"other:{m or t}", "label": metric or text or "", "family": None, "subject": None,
                "scope": None}
    subject = next(((k, label) for k, label, rx in v["subjects"] if rx.search(m)), (None, None))
    if family[0] == "inspection":
        scope = [lvl for lvl in [level_of_unit(metric)] if lvl]
    else:
        scope = [lvl for lvl, rx in v["level_words"].items() if rx.search(t)]
        scope = [] if len(scope) == len(v["levels"]) else scope  # every level: the rate as a whole
    parts = [p for p in (subject[1] if subject[1] and subject[1] not in fold(family[1]) else None,
                         ", ".join(v["levels"][s] for s in scope)) if p]
    return {"key": ":".join([family[0], subject[0] or "", "+".join(scope)]),
            "label": family[1] + (f" ({'; '.join(parts)})" if parts else ""), "family": family[0],
            "subject": subject[0], "scope": "+".join(scope) or None}


def level_of_unit(name: str | None, given: str | None = None) -> str | None:
    """The level a unit works at, for lining up targets: tinh (departments too), huyen or xa; `given` is
    the level the record states, used when the name tells none."""
    level = unit_level(name) or given
    level = "tinh" if level == "so" else level
    return level if level in _vocab()["levels"] else None


def _quota(text: str | None) -> float | None:
    m = re.search(r"(\d{1,3}(?:[.,]\d+)?)\s*%", text or "")
    return float(m.group(1).replace(",", ".")) if m else None


def _inspection(level: str, unit: str, value: float, text: str) -> dict:
    """A target of the inspection: a quota (%) or a number of units at one level."""
    v = _vocab()
    label = v["inspection"][unit] + f" ({v['levels'][level]})"
    return {"key": f"inspection::{level}", "label": label, "family": "inspection", "subject": None, "scope": level,
            "comparator": ">=" if unit == "%" else "=", "value": value, "unit": unit if unit == "%" else v["count_unit"],
            "metric": label, "text": text}


def document_targets(record: dict) -> list[dict]:
    """A record's quantitative targets with their normalized metric; inspection quotas and counts by level."""
    levels = _vocab()["levels"]
    out, counts, quotas = [], {}, set()
    for target in (record.get("inspection") or {}).get("targets") or []:
        level = level_of_unit(target.get("name"), target.get("level"))
        quota = _quota(target.get("quota"))
        if level not in levels:
            continue
        if quota is not None:
            quotas.add((level, quota))
            out.append(_inspection(level, "%", quota, f"{target['name']}: {target['quota']}"))
        else:
            counts[level] = counts.get(level, 0) + (target.get("count") or 1)
    out += [_inspection(level, "count", n, ", ".join(t["name"] for t in record["inspection"]["targets"]
                                                     if level_of_unit(t["name"], t.get("level")) == level))
            for level, n in counts.items()]
    for t in record.get("targets") or []:
        if t.get("value") is None:
            continue
        metric, level = metric_of(t.get("metric"), t.get("text")), level_of_unit(t.get("metric"))
        if (level, t["value"]) in quotas or (level is None and metric["family"] in ("inspection", None)
                                             and t["value"] in {q for _, q in quotas}):
            continue  # the inspection quota again, read from the text
        out.append({**metric, "comparator": t.get("comparator"), "value": t["value"], "unit": t.get("unit"),
                    "metric": t.get("metric"), "text": t.get("text")})
    return out


def align_targets(records: list[dict]) -> list[dict]:
    """Targets of several records lined up: [{key, label, documents, values: [{document, comparator, value,
    unit, metric, text}]}], metrics found in more plans first."""
    rows: dict[tuple, dict] = {}
    for record in records:
        for t in document_targets(record):
            row = rows.setdefault((t["key"], t["unit"]), {"key": t["key"], "label": t["label"], "family": t["family"],
                                                          "unit": t["unit"], "documents": [], "values": []})
            if record["id"] not in row["documents"]:
                row["documents"].append(record["id"])
            value = {"document": record["id"], **{k: t[k] for k in ("comparator", "value", "unit", "metric", "text")}}
            if not any((v["document"], v["comparator"], v["value"]) == (record["id"], t["comparator"], t["value"])
                       for v in row["values"]):
                row["values"].append(value)
    order = [r["id"] for r in records]
    for row in rows.values():
        row["documents"].sort(key=order.index)
    return sorted(rows.values(), key=lambda r: (-len(r["documents"]), r["family"] is None, r["label"]))


# ---------------------------------------------------------------- the comparison


def compare(db: store.Database, documents: list[int] | None = None, provinces: list[str] | None = None,
            year: int | None = None, today: str | None = None) -> dict:
    """Plans side by side: {"documents": [headers], "legal_bases": [...], "task_groups": [...], "targets": [...],
    "matched": N, "truncated": bool} — at most MAX_DOCUMENTS of the N plans selected, in order.

    A legal basis is `shared` when two or more of the plans cite it (`all` when every one does); task
    groups gather similar tasks in different words; targets line up by normalized metric.
    """
    selected = select_documents(db, documents, provinces, year)
    headers = selected[:MAX_DOCUMENTS]
    ids = [h["id"] for h in headers]
    chosen = set(ids)
    bases = []
    for node in legal_graph(db):
        citing = [d for d in node["documents"] if d["id"] in chosen]
        if citing:
            bases.append({k: node[k] for k in ("id", "kind", "number", "date", "subject", "scope", "aliases")}
                         | {"documents": [d["id"] for d in citing], "bases": [d["id"] for d in citing if d["basis"]],
                            "shared": len(citing) > 1, "all": len(citing) == len(ids) > 1})
    bases.sort(key=lambda b: (-len(b["documents"]), b["kind"] or "", b["number"] or ""))
    tasks = [t for i in ids for t in store.list_tasks(db, document=i, limit=store.MAX_LIMIT, today=today)["items"]]
    records = [{"id": i, **json.loads(db.execute("SELECT record FROM documents WHERE id = ?", [i]).fetchone()[0])}
               for i in ids]
    return {"documents": headers, "legal_bases": bases, "task_groups": group_tasks(tasks),
            "targets": align_targets(records), "matched": len(selected), "truncated": len(selected) > len(headers)}
