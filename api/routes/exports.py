"""Tracking: the task list exported (CSV, XLSX, iCalendar) with the filters of GET /api/tasks, and the
tasks of one unit."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import Response

from api.deps import DB
from api.routes.documents import ERRORS
from api.routes.tasks import Filters
from api.schemas import TaskPage
from extractor.units import canonical_unit
from store import db as store
from store import exports

router = APIRouter(tags=["tasks"])
FILE_NAME = "kehoach-nhiem-vu"
MEDIA = {"csv": "text/csv; charset=utf-8", "ics": "text/calendar; charset=utf-8",
         "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _file(data: bytes, ext: str) -> Response:
    """A download with its content type and file name."""
    return Response(data, media_type=MEDIA[ext],
                    headers={"Content-Disposition": f'attachment; filename="{FILE_NAME}.{ext}"'})


def _doc(ext: str, what: str) -> dict:
    return {200: {"description": what, "content": {MEDIA[ext].split(";")[0]: {}}}, 422: ERRORS[422]}


@router.get("/api/tasks.csv", response_class=Response, responses=_doc("csv", "The tasks as CSV (UTF-8 with BOM)"))
def tasks_csv(db: DB, filters: Filters) -> Response:
    """Every task matching the filters of GET /api/tasks as CSV: the annex columns (STT, task, lead,
    support, start, deadline, output, status, plan) then province, ref, group, due date (ISO) and id."""
    return _file(exports.to_csv(exports.iter_tasks(db, filters.values)), "csv")


@router.get("/api/tasks.xlsx", response_class=Response, responses=_doc("xlsx", "The tasks as an Excel sheet"))
def tasks_xlsx(db: DB, filters: Filters) -> Response:
    """Every task matching the filters of GET /api/tasks as an Excel sheet laid out like an annex table."""
    return _file(exports.to_xlsx(exports.iter_tasks(db, filters.values)), "xlsx")


@router.get("/api/tasks.ics", response_class=Response, responses=_doc("ics", "The deadlines as iCalendar"))
def tasks_ics(db: DB, filters: Filters) -> Response:
    """One all-day event per task with a dated deadline (on due.end), the plan's number in the summary;
    event ids stay the same from one export to the next."""
    return _file(exports.to_ics(db, exports.iter_tasks(db, filters.values)), "ics")


class UnitTaskPage(TaskPage):
    """The tasks of one unit and the canonical name it was matched on."""

    unit: str
    canonical: str


@router.get("/api/units/{name:path}/tasks", response_model=UnitTaskPage, responses={422: ERRORS[422]})
def unit_tasks(name: Annotated[str, Path(max_length=300, pattern=r"\S", description="a unit, any spelling "
                                         "(\"Sở TT&TT\")")],
               db: DB, filters: Filters,
               limit: Annotated[int, Query(ge=0, le=1000)] = 50,
               offset: Annotated[int, Query(ge=0, le=2**62)] = 0) -> dict:
    """The tasks a unit leads or supports (`role` narrows it), matched on canonical unit names; the other
    filters as in GET /api/tasks (the path's unit replaces `unit`)."""
    page = store.list_tasks(db, **{**filters.values, "unit": name}, limit=limit, offset=offset)
    return {**page, "unit": name, "canonical": canonical_unit(name)}

