"""Plans side by side: the JSON comparison, the legal-basis graph, and the /compare page."""
from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel

from api.deps import DB
from api.errors import ApiError
from api.routes.documents import ERRORS
from api.routes.pages import render
from api.schemas import ID, Open
from store import compare as comparison
from store import db as store
from store.legal_graph import list_legal_bases

router = APIRouter(tags=["compare"])
pages = APIRouter(include_in_schema=False)
COMPARATORS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "=": ""}
IDS = r"^\s*\d{1,18}(\s*,\s*\d{1,18})*\s*,?\s*$"


class Comparison(BaseModel):
    """Plans side by side: their headers, cited documents, task groups and targets."""

    documents: list[Open]
    legal_bases: list[Open]
    task_groups: list[Open]
    targets: list[Open]
    matched: int
    truncated: bool


class LegalBase(Open):
    """A cited document under its canonical id, with the stored plans that cite it."""

    id: str
    kind: str | None = None
    number: str | None = None
    count: int
    documents: list[Open]


class LegalBasePage(BaseModel):
    """One page of cited documents and how many match in all."""

    items: list[LegalBase]
    total: int


def _ids(values: list[str] | None) -> list[int]:
    """Document ids from "1,2,3" values (repeated or comma-separated); 422 when one is not a number."""
    out = []
    for value in values or []:
        for part in filter(None, (p.strip() for p in value.split(","))):
            if not re.fullmatch(r"\d{1,18}", part):
                raise ApiError(422, f"«{part}» không phải là mã văn bản.", f"«{part}» is not a document id.")
            out.append(int(part))
    return out


def _names(values: list[str] | None) -> list[str]:
    return [p.strip() for v in values or [] for p in v.split(",") if p.strip()]


def run_compare(db: store.Database, documents: list[int], provinces: list[str], year: int | None) -> dict:
    """The comparison, or the bilingual error that says why it cannot be made."""
    try:
        return comparison.compare(db, documents or None, provinces or None, year)
    except comparison.CompareError as e:
        raise ApiError(404 if e.missing else 422, e.vi, str(e)) from None


@router.get("/api/compare", response_model=Comparison, responses={404: ERRORS[404], 422: ERRORS[422]})
def compare(db: DB,
            documents: Annotated[str | None, Query(max_length=2000, pattern=IDS, description="document ids, "
                                                   "comma-separated: 1,2,3")] = None,
            provinces: Annotated[str | None, Query(max_length=1000, description="provinces, comma-separated "
                                                   "(then or since 2025: Thái Nguyên takes Bắc Kạn's plans)")] = None,
            year: Annotated[int | None, Query(ge=1900, le=2200, description="period year")] = None) -> dict:
    """Plans side by side: headers, cited documents (`shared` when two or more cite one), tasks grouped by
    topic across plans, quantitative targets lined up by metric. At most 30 plans: `matched` says how many
    the selection has, `truncated` whether some were left out; no selection compares nothing."""
    return run_compare(db, _ids([documents] if documents else None), _names([provinces] if provinces else None),
                       year)


@router.get("/api/legal-bases", response_model=LegalBasePage, responses={422: ERRORS[422]})
def legal_bases(db: DB,
                kind: Annotated[str | None, Query(max_length=100, description="kind: Nghị định, Thông tư …")] = None,
                q: Annotated[str | None, Query(max_length=500, description="words of the number or subject, "
                                               "diacritics optional")] = None,
                document: Annotated[ID | None, Query(description="only the documents this plan cites")] = None,
                limit: Annotated[int, Query(ge=0, le=1000)] = 50,
                offset: Annotated[int, Query(ge=0, le=2**62)] = 0) -> dict:
    """Every cited document once (short forms resolved to their full number), the most cited first,
    each with the stored plans that cite it (`basis`: cited in the preamble)."""
    return list_legal_bases(db, kind=kind, q=q, document=document, limit=limit, offset=offset)


@pages.get("/compare", response_class=HTMLResponse)
def compare_page(request: Request, db: DB, documents: Annotated[list[str] | None, Query()] = None,
                 provinces: Annotated[list[str] | None, Query()] = None, year: str | None = None) -> HTMLResponse:
    """The comparison as tables: headers, legal bases, targets and task groups, one column per plan."""
    ids, names = _ids(documents), _names(provinces)
    year_n = int(year) if year and year.strip().isdigit() and 1900 <= int(year) <= 2200 else None
    result: dict[str, Any] | None = None
    error = None
    if ids or names or year_n:
        try:
            result = run_compare(db, ids, names, year_n)
        except ApiError as e:
            error = e.vi
    choices = list(db.query("SELECT id, number, province, period_year, title FROM documents ORDER BY id DESC "
                            "LIMIT 500"))
    return render(request, "compare.html", result=result, error=error, chosen=set(ids), choices=choices,
                  provinces=", ".join(names), year=year_n, max_documents=comparison.MAX_DOCUMENTS,
                  comparators=COMPARATORS)
