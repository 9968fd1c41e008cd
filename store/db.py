"""The SQLite store: schema and migrations, writes of plan/1 records, and the queries the API needs."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import sqlite_utils

from extractor.places import canonical_province, province_since_2025
from extractor.text import strip_accents
from extractor.units import canonical_unit

DEFAULT_DB = "kehoach.db"
SCHEMA_VERSION = 2
TASK_STATUSES = ("todo", "in_progress", "done")
ROLES = ("lead", "support")
NEVER_OVERDUE = ("ongoing", "periodic")
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
MAX_LIMIT = 10_000
MEDIA_TYPES = {"pdf": "application/pdf", "html": "text/html", "txt": "text/plain", "md": "text/markdown",
               "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}

TASK_SORTS = {"document": "t.document_id", "id": "t.id", "due": "t.due_end", "start": "t.start_date",
              "province": "t.province", "status": "t.status", "updated": "t.updated_at", "name": "t.name"}
UNIT_SORTS = {"document": "u.document_id", "id": "u.task_id", "due": "u.due_end", "status": "u.status"}
NOT_NULL = {"t.document_id", "t.id", "t.status", "t.name", "d.id", "u.document_id", "u.task_id", "u.status"}
UNIT_COPY = ("document_id", "position", "due_end", "due_kind", "status")  # task columns kept in task_units
BROAD = 0.02  # a filter matching more than this share of all tasks walks the tasks in document order
DOCUMENT_SORTS = {"id": "d.id", "issued": "d.issued_date", "year": "d.period_year", "province": "d.province",
                  "number": "d.number", "ingested": "d.ingested_at", "title": "d.title"}

Database = sqlite_utils.Database


class StoreError(Exception):
    """A database that cannot be used; the message says why in words a user understands."""


# ---------------------------------------------------------------- schema


def _schema_v1(db: Database) -> None:
    """Create every table, index and full-text index of schema version 1."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create({
        "id": int, "sha256": str, "number": str, "doc_type": str, "province": str, "province_2025": str,
        "issuer": str, "level": str, "issued_date": str, "period_year": int, "title": str, "title_folded": str,
        "signer": str, "file": str, "source_path": str, "format": str, "pages": int, "ocr": int, "size": int,
        "task_count": int, "record": str, "ingested_at": str,
    }, pk="id", not_null={"sha256", "record"})
    db["documents"].create_index(["sha256"], unique=True)
    for col in ("province", "province_2025", "period_year", "doc_type", "issued_date"):
        db["documents"].create_index([col])
    db["files"].create({"document_id": int, "name": str, "format": str, "size": int, "data": bytes},
                       pk="document_id", foreign_keys=[("document_id", "documents", "id")])
    db["legal_bases"].create({"id": int, "document_id": int, "position": int, "kind": str, "number": str,
                              "date": str, "issuer": str, "subject": str},
                             pk="id", foreign_keys=[("document_id", "documents", "id")])
    db["tasks"].create({
        "id": int, "document_id": int, "position": int, "province": str, "province_2025": str, "ref": str,
        "group": str, "name": str, "name_folded": str, "lead": str, "support": str, "lead_canonical": str,
        "support_canonical": str, "start": str, "start_date": str, "due_text": str, "due_kind": str,
        "due_start": str, "due_end": str, "output": str, "source": str, "page": int, "status": str,
        "note": str, "updated_at": str,
    }, pk="id", not_null={"name", "status"}, defaults={"status": "todo"},
        foreign_keys=[("document_id", "documents", "id")])
    db["task_units"].create({"id": int, "task_id": int, "unit": str, "unit_canonical": str, "role": str},
                            pk="id", foreign_keys=[("task_id", "tasks", "id")])
    db["task_status_history"].create({"id": int, "task_id": int, "status": str, "previous": str, "note": str,
                                      "changed_at": str}, pk="id", foreign_keys=[("task_id", "tasks", "id")])
    db["deadlines"].create({"id": int, "document_id": int, "position": int, "text": str, "kind": str,
                            "start": str, "end": str, "context": str},
                           pk="id", foreign_keys=[("document_id", "documents", "id")])
    db["inspection_targets"].create({"id": int, "document_id": int, "position": int, "name": str, "level": str,
                                     "count": int, "quota": str},
                                    pk="id", foreign_keys=[("document_id", "documents", "id")])
    db["failures"].create({"id": int, "file": str, "sha256": str, "stage": str, "message": str, "time": str},
                          pk="id")
    for table, cols in [("tasks", ["document_id", "position"]), ("tasks", ["province"]),
                        ("tasks", ["province_2025"]), ("tasks", ["status"]), ("tasks", ["due_end", "status", "due_kind"]),
                        ("tasks", ["due_kind"]), ("task_units", ["unit_canonical", "role", "task_id"]),
                        ("task_units", ["task_id"]), ("task_status_history", ["task_id"]),
                        ("legal_bases", ["document_id"]), ("legal_bases", ["number"]),
                        ("deadlines", ["document_id"]), ("deadlines", ["end"]),
                        ("inspection_targets", ["document_id"]), ("failures", ["sha256"]), ("failures", ["file"])]:
        db[table].create_index(cols)
    # the *_folded columns are the text without diacritics (đ -> d, which unicode61 does not fold)
    db["documents"].enable_fts(["title", "title_folded"], tokenize=FTS_TOKENIZE, create_triggers=True)
    db["tasks"].enable_fts(["name", "name_folded"], tokenize=FTS_TOKENIZE, create_triggers=True)


def _schema_v2(db: Database) -> None:
    """Documents keep their normalized text; task units carry their task's document, position, due date
    and status, so that one covering index answers the unit filters without reading the tasks."""
    db.execute("ALTER TABLE documents ADD COLUMN text TEXT")
    for col, kind in zip(UNIT_COPY, ("INTEGER", "INTEGER", "TEXT", "TEXT", "TEXT"), strict=True):
        db.execute(f"ALTER TABLE task_units ADD COLUMN [{col}] {kind}")
    cols = ", ".join(f"[{c}]" for c in UNIT_COPY)
    db.execute(f"UPDATE task_units SET ({cols}) = (SELECT {cols} FROM tasks WHERE tasks.id = task_units.task_id)")
    db.execute("DROP INDEX IF EXISTS idx_task_units_unit_canonical_role_task_id")
    db["task_units"].create_index(["unit_canonical", "document_id", "position", "role", "status", "due_end",
                                   "due_kind", "task_id"], index_name=UNIT_INDEX)


UNIT_INDEX = "idx_task_units_unit_order"
TASK_ORDER_INDEX = "idx_tasks_document_id_position"
MIGRATIONS = {1: _schema_v1, 2: _schema_v2}


def schema_version(db: Database) -> int:
    """The schema version recorded in the database (0 for a new, empty file)."""
    if "meta" not in db.table_names():
        return 0
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(db: Database) -> None:
    """Bring the database to SCHEMA_VERSION, one migration at a time, under a write lock."""
    if schema_version(db) == SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = schema_version(db)
        if version > SCHEMA_VERSION:
            raise StoreError(f"the database has schema version {version}, newer than this kehoach "
                             f"({SCHEMA_VERSION}); upgrade kehoach")
        for v in range(version + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[v](db)
        db["meta"].upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")
        db.execute("COMMIT")
    except BaseException:
        db.rollback()
        raise


def open_db(path: str | Path = DEFAULT_DB) -> Database:
    """The store at `path`, created or migrated as needed, in WAL mode; usable from several threads."""
    try:
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        if db.journal_mode != "wal":
            db.enable_wal()
        # WAL + NORMAL survives a killed process (only a power cut may lose the last commits);
        # a larger page cache and memory-mapped reads keep filtered queries fast on big stores
        for pragma in ("synchronous = NORMAL", "cache_size = -65536", "mmap_size = 268435456"):
            db.execute(f"PRAGMA {pragma}")
        migrate(db)
    except sqlite3.DatabaseError as e:
        raise StoreError(f"{path}: cannot be used as a kehoach database ({e})") from None
    return db


# ---------------------------------------------------------------- writes


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def document_id_by_sha(db: Database, sha256: str) -> int | None:
    """The id of the stored document whose file has this sha256, or None."""
    row = db.execute("SELECT id FROM documents WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def _canonical(units: list[str], given: list[str] | None) -> list[str]:
    """Canonical names of `units`: the extractor's when it gave one per unit, else computed."""
    return list(given) if given and len(given) == len(units) else [canonical_unit(u) for u in units]


def _document_row(record: dict, data: bytes | None, path: str | None, text: str | None) -> dict:
    source = record.get("source") or {}
    province = record.get("province")
    return {
        "sha256": source["sha256"], "number": record.get("number"), "doc_type": record.get("doc_type"),
        "province": province, "province_2025": province_since_2025(province),
        "issuer": (record.get("issuer") or {}).get("name"), "level": (record.get("issuer") or {}).get("level"),
        "issued_date": record.get("issued_date"), "period_year": record.get("period_year"),
        "title": record.get("title"), "title_folded": strip_accents(record.get("title") or ""),
        "signer": (record.get("signer") or {}).get("name"), "file": source.get("file"),
        "source_path": path or source.get("file"), "format": source.get("format"), "pages": source.get("pages"),
        "ocr": int(bool(source.get("ocr"))), **({"size": len(data)} if data is not None else {}),
        "task_count": len(record.get("tasks") or []), "record": _json(record), "ingested_at": _now(),
        **({"text": text} if text is not None else {}),
    }


def _task_row(doc_id: int, position: int, task: dict, province: str | None) -> dict:
    due, start = task.get("due") or {}, task.get("start")
    lead, support = task.get("lead") or [], task.get("support") or []
    return {
        "document_id": doc_id, "position": position, "province": province,
        "province_2025": province_since_2025(province), "ref": task.get("ref"), "group": task.get("group"),
        "name": task["name"], "name_folded": strip_accents(task["name"]),
        "lead": _json(lead), "support": _json(support),
        "lead_canonical": _json(_canonical(lead, task.get("lead_canonical"))),
        "support_canonical": _json(_canonical(support, task.get("support_canonical"))),
        "start": _json(start) if start else None,
        "start_date": (start or {}).get("start") or (start or {}).get("end"),
        "due_text": due.get("text"), "due_kind": due.get("kind"), "due_start": due.get("start"),
        "due_end": due.get("end"), "output": task.get("output"), "source": task.get("source"),
        "page": task.get("page"), "status": "todo", "note": None, "updated_at": None,
    }


def _delete_children(db: Database, doc_id: int) -> dict[tuple, dict]:
    """Remove a document's derived rows; returns the tracked state of its tasks keyed by (ref, name)."""
    kept = {(r["ref"], r["name"]): r for r in db.query(
        "SELECT id, ref, name, status, note, updated_at FROM tasks WHERE document_id = ?", [doc_id])}
    db.execute("DELETE FROM task_units WHERE task_id IN (SELECT id FROM tasks WHERE document_id = ?)", [doc_id])
    for table in ("tasks", "legal_bases", "deadlines", "inspection_targets"):
        db.execute(f"DELETE FROM {table} WHERE document_id = ?", [doc_id])
    return kept


def add_document(db: Database, plan: Any, data: bytes | None = None, path: str | None = None,
                 replace: bool = False, text: str | None = None) -> tuple[int, bool]:
    """Store one record (a `Plan` or its JSON dict), its file's bytes and normalized text in one transaction.

    Returns (document id, True when written). A file already stored (same sha256) is left alone
    unless `replace`, which rewrites it in place and keeps the status and history of tasks that
    are still there (same ref and name).
    """
    record = plan if isinstance(plan, dict) else plan.to_json_dict()
    record.setdefault("source", {})
    if not record["source"].get("sha256"):
        if data is None:
            raise ValueError("a record without source.sha256 needs the file's bytes")
        record["source"]["sha256"] = hashlib.sha256(data).hexdigest()
    row = _document_row(record, data, path, text)
    with db.atomic():
        doc_id = document_id_by_sha(db, row["sha256"])
        kept: dict[tuple, dict] = {}
        if doc_id is not None:
            if not replace:
                return doc_id, False
            kept = _delete_children(db, doc_id)
            db["documents"].update(doc_id, row)
        else:
            doc_id = db["documents"].insert(row).last_pk
        if data is not None:
            db["files"].insert({"document_id": doc_id, "name": row["file"], "format": row["format"],
                                "size": len(data), "data": data}, replace=True)
        _insert_tasks(db, doc_id, record, kept)
        _insert_parts(db, doc_id, record)
        db.execute("DELETE FROM failures WHERE sha256 = ?", [row["sha256"]])
    return doc_id, True


def _insert_tasks(db: Database, doc_id: int, record: dict, kept: dict[tuple, dict]) -> None:
    units: list[dict] = []
    for i, task in enumerate(record.get("tasks") or []):
        row = _task_row(doc_id, i, task, record.get("province"))
        old = kept.pop((row["ref"], row["name"]), None)
        if old:
            row.update(status=old["status"], note=old["note"], updated_at=old["updated_at"])
        task_id = db["tasks"].insert(row).last_pk
        if old:
            db.execute("UPDATE task_status_history SET task_id = ? WHERE task_id = ?", [task_id, old["id"]])
        units += [{"task_id": task_id, "unit": u, "unit_canonical": c, "role": role,
                   **{k: row[k] for k in UNIT_COPY}}
                  for role in ROLES
                  for u, c in zip(json.loads(row[role]), json.loads(row[f"{role}_canonical"]), strict=True)]
    db["task_units"].insert_all(units)
    for old in kept.values():  # tasks that are gone after re-extraction take their history with them
        db.execute("DELETE FROM task_status_history WHERE task_id = ?", [old["id"]])


def _insert_parts(db: Database, doc_id: int, record: dict) -> None:
    keys = {"legal_bases": ("kind", "number", "date", "issuer", "subject"),
            "deadlines": ("text", "kind", "start", "end", "context")}
    for table, cols in keys.items():
        db[table].insert_all([{"document_id": doc_id, "position": i, **{c: item.get(c) for c in cols}}
                              for i, item in enumerate(record.get(table) or [])])
    targets = (record.get("inspection") or {}).get("targets") or []
    db["inspection_targets"].insert_all(
        [{"document_id": doc_id, "position": i, **{c: t.get(c) for c in ("name", "level", "count", "quota")}}
         for i, t in enumerate(targets)])


def add_failure(db: Database, file: str, stage: str, message: str, sha256: str | None = None) -> None:
    """Record why a file could not be stored, replacing an earlier failure of the same file."""
    with db.atomic():
        if sha256:
            db.execute("DELETE FROM failures WHERE sha256 = ?", [sha256])
        else:
            db.execute("DELETE FROM failures WHERE file = ? AND sha256 IS NULL", [file])
        db["failures"].insert({"file": file, "sha256": sha256, "stage": stage, "message": message,
                               "time": _now()})


def update_task_status(db: Database, task_id: int, status: str, note: str | None = None) -> dict | None:
    """Set a task's status (todo | in_progress | done) with an optional note, keeping the history."""
    if status not in TASK_STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(TASK_STATUSES)}")
    now = _now()
    with db.atomic():
        row = db.execute("SELECT status FROM tasks WHERE id = ?", [task_id]).fetchone()
        if row is None:
            return None
        db.execute("UPDATE tasks SET status = ?, note = coalesce(?, note), updated_at = ? WHERE id = ?",
                   [status, note, now, task_id])
        db.execute("UPDATE task_units SET status = ? WHERE task_id = ?", [status, task_id])
        db["task_status_history"].insert({"task_id": task_id, "status": status, "previous": row[0],
                                          "note": note, "changed_at": now})
    return get_task(db, task_id)


# ---------------------------------------------------------------- queries


def fts_query(q: str) -> str | None:
    """A safe FTS5 query for the words of `q`, diacritics removed (None when it has no words)."""
    words = re.findall(r"\w+", strip_accents(q))
    return " ".join(f'"{w}"' for w in words) or None


class _Where:
    """WHERE clauses and their named parameters, built filter by filter."""

    def __init__(self) -> None:
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {}

    def add(self, clause: str, **params: Any) -> None:
        self.clauses.append(clause)
        self.params.update(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.clauses) if self.clauses else ""


def _order(sort: str | None, columns: dict[str, str], default: str, tiebreak: str) -> str:
    """ORDER BY for `sort` ("due", "-due" for descending); nulls last; ValueError for unknown keys."""
    sort = sort or default
    key, desc = sort.removeprefix("-"), sort.startswith("-")
    if key not in columns:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(columns)} (prefix - for descending)")
    col, direction = columns[key], " DESC" if desc else ""
    if col in NOT_NULL:  # no NULLS LAST, so that an index can give the order
        return " ORDER BY " + ", ".join([col + direction, *(c for c in tiebreak.split(", ") if c != col)])
    return f" ORDER BY {col}{direction} NULLS LAST, {tiebreak}"


def _page(db: Database, base: str, key: str, where: _Where, order: str, limit: int, offset: int,
          fetch: Any, distinct: bool = False, walk: str | None = None, rows: int = 0) -> dict:
    """{"items", "total"} of `base` ("tasks t") filtered by `where`: the matches are counted, the page's
    ids (`key`) chosen in order, then `fetch(ids)` reads only the rows shown. When the filter matches
    more than BROAD of the table's `rows`, the ids are found through `walk` (the table with the index
    of its order), which stops after the page instead of sorting every match."""
    limit, offset = max(0, min(int(limit), MAX_LIMIT)), max(0, int(offset))
    count = f"count(DISTINCT {key})" if distinct else "count(*)"
    total = db.execute(f"SELECT {count} FROM {base}{where.sql()}", where.params).fetchone()[0]
    if not limit or offset >= total:
        return {"items": [], "total": total}
    source = walk if walk and total > BROAD * rows else base
    sql = f"SELECT {'DISTINCT ' if distinct else ''}{key} FROM {source}{where.sql()}{order} LIMIT :limit OFFSET :offset"
    ids = [r[0] for r in db.execute(sql, {**where.params, "limit": limit, "offset": offset})]
    return {"items": fetch(ids), "total": total}


def _by_ids(db: Database, select: str, alias: str, ids: list[int], convert: Any, params: dict | None = None) -> list:
    """The rows of `select` whose `alias`.id is in `ids`, converted, in the order of `ids`."""
    rows = {r["id"]: r for r in db.query(f"{select} WHERE {alias}.id IN (SELECT value FROM json_each(:ids))",
                                         {**(params or {}), "ids": json.dumps(ids)})}
    return [convert(rows[i]) for i in ids if i in rows]


def _province(where: _Where, alias: str, province: str | None) -> None:
    """Filter on a province by its name then or its name since the 2025 reorganization."""
    if province:
        name = canonical_province(province) or province.strip()
        where.add(f"({alias}.province = :province OR {alias}.province_2025 = :province)", province=name)


DOCUMENT_COLUMNS = ("id", "sha256", "number", "doc_type", "province", "province_2025", "issuer", "level",
                    "issued_date", "period_year", "title", "signer", "file", "source_path", "format", "pages",
                    "ocr", "size", "task_count", "ingested_at")


def _document_item(row: dict) -> dict:
    return {**row, "ocr": bool(row["ocr"])}


def list_documents(db: Database, province: str | None = None, year: int | None = None,
                   doc_type: str | None = None, q: str | None = None, sort: str | None = None,
                   limit: int = 50, offset: int = 0) -> dict:
    """Stored documents (header fields, no record) matching the filters: {"items": [...], "total": N}."""
    where = _Where()
    _province(where, "d", province)
    if year is not None:
        where.add("d.period_year = :year", year=int(year))
    if doc_type:
        where.add("d.doc_type = :doc_type", doc_type=doc_type)
    if q is not None and (match := fts_query(q)):
        where.add("d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :q)", q=match)
    select = f"SELECT {', '.join('d.' + c for c in DOCUMENT_COLUMNS)} FROM documents d"
    return _page(db, "documents d", "d.id", where, _order(sort, DOCUMENT_SORTS, "id", "d.id"), limit, offset,
                 lambda ids: _by_ids(db, select, "d", ids, _document_item))


def get_document(db: Database, doc_id: int) -> dict | None:
    """The full plan/1 record of a stored document with its `id`, or None."""
    row = db.execute("SELECT record FROM documents WHERE id = ?", [doc_id]).fetchone()
    return {"id": doc_id, **json.loads(row[0])} if row else None


def document_text(db: Database, doc_id: int) -> str | None:
    """The normalized text a stored document was extracted from (None for rows stored without it)."""
    row = db.execute("SELECT text FROM documents WHERE id = ?", [doc_id]).fetchone()
    return row[0] if row else None


def set_document_text(db: Database, doc_id: int, text: str) -> None:
    """Keep the normalized text of a document stored without it."""
    with db.atomic():
        db.execute("UPDATE documents SET text = ? WHERE id = ?", [text, doc_id])


def get_file(db: Database, doc_id: int) -> dict | None:
    """The original file of a document: {"name", "format", "media_type", "size", "data"}, or None."""
    rows = list(db.query("SELECT name, format, size, data FROM files WHERE document_id = ?", [doc_id]))
    if not rows:
        return None
    return {**rows[0], "media_type": MEDIA_TYPES.get(rows[0]["format"], "application/octet-stream")}


def _overdue(a: str) -> str:
    """SQL: the task (or task unit) `a` is past its due date at :today, not done, not ongoing or periodic."""
    return (f"({a}.due_end IS NOT NULL AND {a}.due_end < :today AND {a}.status != 'done' "
            f"AND coalesce({a}.due_kind, '') NOT IN ({', '.join(repr(k) for k in NEVER_OVERDUE)}))")


_TASK_SELECT = ("SELECT t.*, d.number AS document_number, d.title AS document_title, "
                f"{_overdue('t')} AS overdue FROM tasks t JOIN documents d ON d.id = t.document_id")


def _task_item(row: dict) -> dict:
    """A task row as the record's task shape plus id, document, province, status and overdue."""
    item = {k: row[k] for k in ("id", "document_id", "document_number", "document_title", "province",
                                "province_2025", "position", "ref", "group", "name", "output", "source",
                                "page", "status", "note", "updated_at")}
    for key in ("lead", "support", "lead_canonical", "support_canonical"):
        item[key] = json.loads(row[key]) if row[key] else []
    item["start"] = json.loads(row["start"]) if row["start"] else None
    item["due"] = ({"text": row["due_text"], "kind": row["due_kind"], "start": row["due_start"],
                    "end": row["due_end"]} if row["due_kind"] or row["due_text"] else None)
    item["overdue"] = bool(row["overdue"])
    return item


def _today(today: dt.date | str | None) -> str:
    return str(today or dt.date.today())


def list_tasks(db: Database, document: int | None = None, province: str | None = None,
               unit: str | None = None, role: str | None = None, due_before: dt.date | str | None = None,
               due_after: dt.date | str | None = None, kind: str | None = None, status: str | None = None,
               overdue: bool | None = None, q: str | None = None, sort: str | None = None,
               limit: int = 50, offset: int = 0, today: dt.date | str | None = None) -> dict:
    """Tasks matching the filters: {"items": [...], "total": N}.

    `unit` matches canonical unit names (with `role` lead|support narrowing it); `due_before` /
    `due_after` compare due.end inclusively; `overdue` means due.end before `today` (default: the
    real today) and status not done, never for ongoing or periodic tasks; `q` is full text over
    names with diacritics folded; `sort` is one of TASK_SORTS, "-" prefix for descending.
    """
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    if status is not None and status not in TASK_STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(TASK_STATUSES)}")
    names = _unit_names(db, unit) if unit and unit.strip() else None
    # with a unit, the rows are task units (one covering index holds the columns the filters need)
    a = "u" if names is not None else "t"
    where = _Where()
    where.params["today"] = _today(today)
    if names is not None:
        where.add(f"u.unit_canonical IN ({', '.join(f':unit{i}' for i in range(len(names)))})",
                  **{f"unit{i}": n for i, n in enumerate(names)})
        if role:
            where.add("u.role = :role", role=role)
    if document is not None:
        where.add(f"{a}.document_id = :document", document=int(document))
    if a == "t":
        _province(where, "t", province)
    elif province:
        where.add("u.document_id IN (SELECT id FROM documents WHERE province = :province "
                  "OR province_2025 = :province)", province=canonical_province(province) or province.strip())
    if due_before:
        where.add(f"{a}.due_end <= :due_before", due_before=str(due_before))
    if due_after:
        where.add(f"{a}.due_end >= :due_after", due_after=str(due_after))
    if kind:
        where.add(f"{a}.due_kind = :kind", kind=kind)
    if status:
        where.add(f"{a}.status = :status", status=status)
    if overdue is not None:
        clause = _overdue(a)
        where.add(clause if overdue else f"NOT {clause}")
    if q is not None and (match := fts_query(q)):
        where.add(f"{a}.{'task_id' if a == 'u' else 'id'} IN (SELECT rowid FROM tasks_fts WHERE tasks_fts MATCH :q)",
                  q=match)

    def fetch(ids: list[int]) -> list[dict]:
        return _by_ids(db, _TASK_SELECT, "t", ids, _task_item, {"today": where.params["today"]})

    if a == "u":
        key = (sort or "document").removeprefix("-")
        units = f"task_units u INDEXED BY {UNIT_INDEX}"
        base = units if key in UNIT_SORTS else f"{units} JOIN tasks t ON t.id = u.task_id"
        order = _order(sort, {**TASK_SORTS, **UNIT_SORTS}, "document", "u.document_id, u.position")
        return _page(db, base, "u.task_id", where, order, limit, offset, fetch, distinct=True)
    order = _order(sort, TASK_SORTS, "document", "t.document_id, t.position")
    walk = f"tasks t INDEXED BY {TASK_ORDER_INDEX}" if where.clauses and (sort or "document") == "document" else None
    rows = (db.execute("SELECT max(id) FROM tasks").fetchone()[0] or 0) if walk else 0
    return _page(db, "tasks t", "t.id", where, order, limit, offset, fetch, walk=walk, rows=rows)


def _unit_names(db: Database, unit: str) -> list[str]:
    """The canonical unit names a unit filter matches: its canonical name, and the name as typed when
    some task unit has it as its canonical name (so one name keeps the index's document order)."""
    typed = unit.strip()
    names = [canonical_unit(typed)]
    if typed != names[0] and db.execute("SELECT 1 FROM task_units WHERE unit_canonical = ? LIMIT 1",
                                        [typed]).fetchone():
        names.append(typed)
    return names


def get_task(db: Database, task_id: int, today: dt.date | str | None = None) -> dict | None:
    """One task (as in list_tasks) with its status `history`, or None."""
    rows = list(db.query(f"{_TASK_SELECT} WHERE t.id = :id", {"id": task_id, "today": _today(today)}))
    if not rows:
        return None
    return {**_task_item(rows[0]), "history": task_history(db, task_id)}


def task_history(db: Database, task_id: int) -> list[dict]:
    """Status changes of a task, oldest first: status, previous, note, changed_at."""
    return list(db.query("SELECT status, previous, note, changed_at FROM task_status_history "
                         "WHERE task_id = ? ORDER BY id", [task_id]))


def list_failures(db: Database, limit: int = 50, offset: int = 0) -> dict:
    """Files that could not be stored, newest first: {"items": [...], "total": N}."""
    return _page(db, "failures f", "f.id", _Where(), " ORDER BY f.id DESC", limit, offset,
                 lambda ids: _by_ids(db, "SELECT f.* FROM failures f", "f", ids, dict))


def counts(db: Database) -> dict[str, int]:
    """How many documents, tasks and failures the store holds."""
    return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "tasks", "failures")}
