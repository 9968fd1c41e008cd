"""The legal-basis graph: every cited document under one canonical id, with the stored plans that cite it.

A plan cites documents in its preamble (its `legal_bases`) and in its body (task names, groups,
objectives …: "theo Thông tư số 02/2017/TT-VPCP"). A citation's identity is its number: serial,
year and code ("61/2018/NĐ-CP"). A short form ("Nghị định số 107/NĐ-CP", "Nghị định 61") is resolved
to a full citation in the store only when exactly one full citation has the same serial and code (the
kind's code for a bare number) and, when the short form is dated, the same year — never by guessing.
Numbers of local bodies ("02/KH-UBND") repeat from province to province, so they are told apart by
the citing plan's province.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from extractor.data import load
from extractor.dates import DAY_RE, parse_date
from extractor.fields.legal_bases import NUMBER
from extractor.text import collapse_spaces, strip_accents
from store.db import Database

_NUMBER = re.compile(r"^(?P<serial>\d{1,6})(?P<suffix>[a-z]?)(?:/(?P<year>(?:19|20)\d{2}))?(?:/(?P<code>.+))?$", re.I)
_CACHE_LIMIT = 100_000
_cache: dict[tuple, list[dict]] = {}


@dataclass(frozen=True)
class CitationKey:
    """What identifies a cited document: serial, year (None in a short form), code parts, province scope;
    `dated` when the year is that of the citation's date (a number without a year, "02/NQ-CP", is reused
    year after year)."""

    serial: str
    year: int | None
    code: tuple[str, ...]
    scope: str | None
    dated: bool = False


def _fold_code(part: str) -> str:
    """A code part as a matching key: no diacritics (Đ and the look-alike Ð as D), upper case."""
    return re.sub(r"[^A-Z0-9&]", "", strip_accents(part.replace("Ð", "Đ")).upper())


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """Legal kinds and their codes (doc_types.json), local and central codes, local issuers (compare.json)."""
    data = load("compare")
    kinds = load("doc_types")["legal_kinds"]
    written = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    bare = "|".join(re.escape(k) for k in sorted(data["bare_kinds"], key=len, reverse=True))
    return {
        "kind_of_code": {_fold_code(abbr): kind for kind, abbr in kinds.items() if abbr},
        "code_of_kind": {kind: _fold_code(abbr) for kind, abbr in kinds.items() if abbr},
        "local_codes": {_fold_code(c) for c in data["local_code_parts"]},
        "central_codes": {_fold_code(c) for c in data["central_code_parts"]},
        "local_issuer": re.compile(data["local_issuer"], re.I),
        "cite": re.compile(rf"(?:(?P<kind>{written})\s+)?(?:số\s*:?\s*)?(?P<number>{NUMBER})"
                           rf"|(?P<bare_kind>{bare})\s+(?:số\s*)?(?P<bare>\d{{1,5}})(?![\d/\w])"),
        "date_after": re.compile(r"\s*,?\s*(?:ban hành\s+)?" + DAY_RE.pattern, re.I),
    }


def clean_number(number: str) -> str:
    """A written number without spaces, with Đ for its look-alike Ð ("61/2018/ NÐ-CP" -> "61/2018/NĐ-CP")."""
    return re.sub(r"\s+", "", (number or "").replace("Ð", "Đ")).strip(".,;-")


def citation_key(kind: str | None, number: str, issuer: str | None, province: str | None) -> CitationKey | None:
    """The key of one citation (None when its number is not a document number)."""
    m = _NUMBER.match(clean_number(number))
    if not m:
        return None
    v = _vocab()
    code = tuple(p for p in (_fold_code(x) for x in re.split(r"[-/]", m.group("code") or "")) if p)
    if not code:  # a bare number ("Nghị định 61"): its kind gives the first part of its code
        if kind not in v["code_of_kind"]:
            return None
        code = (v["code_of_kind"][kind],)
    local = bool(set(code) & v["local_codes"]) or (
        not set(code) & v["central_codes"] and bool(issuer and v["local_issuer"].search(issuer)))
    serial = str(int(m.group("serial"))) + m.group("suffix").lower()
    year = int(m.group("year")) if m.group("year") else None
    return CitationKey(serial, year, code, province if local else None)


def citations_in(text: str | None) -> list[dict]:
    """Documents cited in a piece of text: {kind, number, date}, in order ("Nghị định 61" keeps number "61")."""
    out = []
    for m in _vocab()["cite"].finditer(text or ""):
        kind, number = (m.group("kind"), m.group("number")) if m.group("number") else (m.group("bare_kind"),
                                                                                       m.group("bare"))
        dm = _vocab()["date_after"].match(text, m.end())
        date = parse_date(dm.group(0)) if dm else None
        out.append({"kind": kind, "number": clean_number(number), "date": date.isoformat() if date else None})
    return out


def _body_texts(record: dict) -> list[str]:
    """The record's texts that may cite documents outside the preamble."""
    tasks = record.get("tasks") or []
    return [record.get("title") or "", *(record.get("objectives") or []), *(record.get("requirements") or []),
            *sorted({t.get("group") or "" for t in tasks}), *(t.get("name") or "" for t in tasks),
            *(t.get("output") or "" for t in tasks), *((d.get("context") or "") for d in record.get("deadlines") or []),
            *((t.get("text") or "") for t in record.get("targets") or [])]


def document_citations(record: dict) -> list[dict]:
    """Every document a record cites, once per number: its legal bases (basis=True), then body citations."""
    own = clean_number(record.get("number") or "")
    out: dict[str, dict] = {}
    for lb in record.get("legal_bases") or []:
        if lb.get("number"):
            out.setdefault(clean_number(lb["number"]), {**{k: lb.get(k) for k in ("kind", "date", "issuer", "subject")},
                                                        "number": clean_number(lb["number"]), "basis": True})
    for text in _body_texts(record):
        for c in citations_in(text):
            if c["number"] != own:
                found = out.setdefault(c["number"], {**c, "issuer": None, "subject": None, "basis": False})
                found["date"] = found.get("date") or c["date"]
    return list(out.values())


def _citations(db: Database) -> list[dict]:
    """Every citation of every stored plan, with the citing plan's id, number, province and year."""
    rows = []
    for doc in db.query("SELECT id, sha256, ingested_at, number, province, period_year FROM documents ORDER BY id"):
        key = (doc["id"], doc["sha256"], doc["ingested_at"])
        if key not in _cache:
            if len(_cache) > _CACHE_LIMIT:
                _cache.clear()
            record = json.loads(db.execute("SELECT record FROM documents WHERE id = ?", [doc["id"]]).fetchone()[0])
            _cache[key] = document_citations(record)
        rows += [{**c, "document_id": doc["id"], "document_number": doc["number"], "province": doc["province"],
                  "period_year": doc["period_year"]} for c in _cache[key]]
    return rows


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and re.match(r"\d{4}", date) else None


def _resolve(key: CitationKey, dates: list[str], full: dict[str, list[CitationKey]]) -> CitationKey:
    """The full citation a short form stands for, when exactly one matches; else the key itself."""
    if key.year is not None:
        return key
    years = {_year_of(d) for d in dates} - {None}
    candidates = [c for c in full.get(key.serial, []) if c.code[:len(key.code)] == key.code
                  and c.scope in (key.scope, None) and (not years or c.year in years)]
    return candidates[0] if len(candidates) == 1 else key


def _by_date_year(key: CitationKey, rows: list[dict]) -> dict[CitationKey, list[dict]]:
    """Citations of a number without a year, apart by the year of their dates (undated ones join the only
    year there is, else stay apart)."""
    years = {_year_of(r["date"]) for r in rows} - {None}
    out: dict[CitationKey, list[dict]] = defaultdict(list)
    for r in rows:
        year = _year_of(r["date"]) or (next(iter(years)) if len(years) == 1 else None)
        out[CitationKey(key.serial, year, key.code, key.scope, dated=year is not None)].append(r)
    return out


def legal_graph(db: Database) -> list[dict]:
    """Every cited document once, the most cited first: id, kind, number, date, issuer, subject, scope,
    aliases, stored (the id of the stored plan with that number, if any), count and documents (the citing
    plans: {id, number, province, period_year, basis}, basis = cited in the preamble)."""
    by_key: dict[CitationKey, list[dict]] = defaultdict(list)
    for row in _citations(db):
        key = citation_key(row["kind"], row["number"], row["issuer"], row["province"])
        if key is not None:
            by_key[key].append({**row, "key": key})
    full: dict[str, list[CitationKey]] = defaultdict(list)
    for key in by_key:
        if key.year is not None:
            full[key.serial].append(key)
    merged: dict[CitationKey, list[dict]] = defaultdict(list)
    for key, rows in by_key.items():
        merged[_resolve(key, [r["date"] for r in rows], full)] += rows
    for key in [k for k in merged if k.year is None]:
        for dated, rows in _by_date_year(key, merged.pop(key)).items():
            merged[dated] += rows
    stored = _stored_numbers(db)
    nodes = [_node(key, rows, stored) for key, rows in merged.items()]
    return sorted(nodes, key=lambda n: (-n["count"], n["kind"] or "", n["id"]))


def _stored_numbers(db: Database) -> dict[CitationKey, int]:
    """Stored plans by the key their number has when cited."""
    out = {}
    for d in db.query("SELECT id, number, province, issuer, issued_date FROM documents WHERE number IS NOT NULL"):
        key = citation_key(None, d["number"], d["issuer"], d["province"])
        if key is not None and key.year is None and _year_of(d["issued_date"]):
            key = CitationKey(key.serial, _year_of(d["issued_date"]), key.code, key.scope, dated=True)
        if key is not None:
            out.setdefault(key, d["id"])
    return out


def _most_common(values) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _node(key: CitationKey, rows: list[dict], stored: dict[CitationKey, int]) -> dict:
    """One cited document from the citations that name it (the full ones give its number and date)."""
    full = [r for r in rows if r["key"].year is not None] or rows
    kind = (_vocab()["kind_of_code"].get(key.code[0]) if key.code else None) or _most_common(r["kind"] for r in rows)
    number = _most_common(r["number"] for r in full)
    documents: dict[int, dict] = {}
    for r in rows:
        d = documents.setdefault(r["document_id"], {"id": r["document_id"], "number": r["document_number"],
                                                    "province": r["province"], "period_year": r["period_year"],
                                                    "basis": False})
        d["basis"] = d["basis"] or bool(r["basis"])
    qualifiers = ", ".join(str(q) for q in (key.scope, key.year if key.dated else None) if q)
    return {"id": collapse_spaces(f"{kind or ''} {number}") + (f" ({qualifiers})" if qualifiers else ""),
            "kind": kind, "number": number, "date": _most_common(r["date"] for r in full),
            "issuer": _most_common(r["issuer"] for r in rows), "subject": _most_common(r["subject"] for r in rows),
            "scope": key.scope, "aliases": sorted({r["number"] for r in rows} - {number}),
            "stored": stored.get(key), "count": len(documents),
            "documents": sorted(documents.values(), key=lambda d: d["id"])}


def list_legal_bases(db: Database, kind: str | None = None, q: str | None = None, document: int | None = None,
                     limit: int = 50, offset: int = 0) -> dict:
    """Cited documents matching the filters: {"items": [...], "total": N}.

    `kind` is the kind ("Nghị định"); `q` words of the id, number or subject, diacritics optional;
    `document` keeps the documents a stored plan cites.
    """
    nodes = legal_graph(db)
    if kind:
        nodes = [n for n in nodes if strip_accents(n["kind"] or "").lower() == strip_accents(kind.strip()).lower()]
    if document is not None:
        nodes = [n for n in nodes if any(d["id"] == document for d in n["documents"])]
    if q and (words := strip_accents(q).lower().split()):
        def text(n: dict) -> str:
            return strip_accents(" ".join([n["id"], *n["aliases"], n["subject"] or ""])).lower()
        nodes = [n for n in nodes if all(w in text(n) for w in words)]
    limit, offset = max(0, int(limit)), max(0, int(offset))
    return {"items": nodes[offset:offset + limit], "total": len(nodes)}
