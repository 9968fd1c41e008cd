"""JSON API of tasks: list with filters, one task with its history, status changes."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Depends, Path, Query

from api.deps import DB, Token
from api.errors import not_found
from api.routes.documents import ERRORS
from api.schemas import ID, DateKind, IsoDate, Role, Status, StatusChange, TaskDetail, TaskPage, TaskSort
from store import db as store

router = APIRouter(prefix="/api/tasks", tags=["tasks"])


class TaskFilters:
    """The filters shared by every task listing (the tracker, and later exports): query parameters."""

    def __init__(self,
                 document: Annotated[ID | None, Query(description="document id")] = None,
                 province: Annotated[str | None, Query(max_length=200, description="province, then or since 2025")] = None,
                 unit: Annotated[str | None, Query(max_length=300, description="a unit, matched on canonical "
                                                   "names (\"Sở TT&TT\" = \"Sở Thông tin và Truyền thông\")")] = None,
                 role: Annotated[Role | None, Query(description="the unit's role (with `unit`)")] = None,
                 due_before: Annotated[IsoDate | None, Query(description="due.end on or before (YYYY-MM-DD)")] = None,
                 due_after: Annotated[IsoDate | None, Query(description="due.end on or after (YYYY-MM-DD)")] = None,
                 kind: Annotated[DateKind | None, Query(description="due.kind")] = None,
                 status: Annotated[Status | None, Query()] = None,
                 overdue: Annotated[bool | None, Query(description="true: past due.end and not done "
                                                       "(never ongoing or periodic tasks)")] = None,
                 q: Annotated[str | None, Query(max_length=500, description="words of the task, diacritics "
                                                "optional (\"so hoa\" finds \"số hóa\")")] = None,
                 sort: Annotated[TaskSort | None, Query(description="'-' for descending")] = None) -> None:
        self.values = {"document": document, "province": province, "unit": unit, "role": role,
                       "due_before": due_before, "due_after": due_after, "kind": kind, "status": status,
                       "overdue": overdue, "q": q, "sort": sort}


Filters = Annotated[TaskFilters, Depends()]


@router.get("", response_model=TaskPage, responses={422: ERRORS[422]})
def list_tasks(db: DB, filters: Filters,
               limit: Annotated[int, Query(ge=0, le=1000)] = 50,
               offset: Annotated[int, Query(ge=0, le=2**62)] = 0) -> dict:
    """Tasks matching the filters, each with id, status, overdue and its document's number and province."""
    return store.list_tasks(db, **filters.values, limit=limit, offset=offset)


@router.get("/{task_id}", response_model=TaskDetail, responses={404: ERRORS[404], 422: ERRORS[422]})
def get_task(task_id: Annotated[ID, Path(description="task id")], db: DB) -> dict:
    """One task with its status history."""
    task = store.get_task(db, task_id)
    if task is None:
        raise not_found("nhiệm vụ", "task", task_id)
    return task


@router.patch("/{task_id}", response_model=TaskDetail, dependencies=[Token],
              responses={k: ERRORS[k] for k in (400, 401, 404, 422)})
def update_task(task_id: Annotated[ID, Path(description="task id")],
                change: Annotated[StatusChange, Body(openapi_examples={
                    "done": {"value": {"status": "done", "note": "Đã hoàn thành"}}})],
                db: DB) -> dict:
    """Set a task's status (todo | in_progress | done) with an optional note; the change joins its history."""
    task = store.update_task_status(db, task_id, change.status, change.note)
    if task is None:
        raise not_found("nhiệm vụ", "task", task_id)
    return task
