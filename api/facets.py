"""Values offered in the pages' filter lists: thin read-only queries over the store's tables."""
from __future__ import annotations

from store import db as store


def _column(db: store.Database, sql: str) -> list:
    return [r[0] for r in db.execute(sql).fetchall()]


def document_facets(db: store.Database) -> dict[str, list]:
    """Provinces, years and document types present in the store."""
    return {
        "provinces": _column(db, "SELECT DISTINCT province FROM documents WHERE province IS NOT NULL "
                                 "ORDER BY province"),
        "years": _column(db, "SELECT DISTINCT period_year FROM documents WHERE period_year IS NOT NULL "
                             "ORDER BY period_year DESC"),
        "doc_types": _column(db, "SELECT DISTINCT doc_type FROM documents WHERE doc_type IS NOT NULL "
                                 "ORDER BY doc_type"),
    }


def task_facets(db: store.Database, units: int = 300, documents: int = 500) -> dict[str, list]:
    """Provinces, the most frequent canonical units and the latest documents, for the tracker's filters."""
    return {
        "provinces": _column(db, "SELECT DISTINCT province FROM documents WHERE province IS NOT NULL "
                                 "ORDER BY province"),
        "units": _column(db, "SELECT unit_canonical FROM task_units WHERE unit_canonical IS NOT NULL "
                             f"GROUP BY unit_canonical ORDER BY count(*) DESC LIMIT {int(units)}"),
        "documents": [dict(r) for r in db.query(
            f"SELECT id, number, province FROM documents ORDER BY id DESC LIMIT {int(documents)}")],
    }
