"""Request and response shapes of the JSON API (open to extra fields: the record is the contract)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from models.plan import DateKind, DocType
from store import db as store

Status = Literal["todo", "in_progress", "done"]
Role = Literal["lead", "support"]
ID = Annotated[int, Field(ge=1, le=2**63 - 1)]
TaskSort = Literal[tuple(k for key in store.TASK_SORTS for k in (key, f"-{key}"))]  # type: ignore[valid-type]
DocumentSort = Literal[tuple(k for key in store.DOCUMENT_SORTS for k in (key, f"-{key}"))]  # type: ignore[valid-type]



def _iso_date(value: Any) -> Any:
    """Only a written YYYY-MM-DD passes (not a number of seconds, not a date-time)."""
    if isinstance(value, dt.date) or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        return value
    raise PydanticCustomError("iso_date", "Input should be a date written YYYY-MM-DD")


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]

__all__ = ["DateKind", "DocType", "DocumentSort", "ID", "IsoDate", "Role", "Status", "TaskSort"]


class Open(BaseModel):
    """A JSON object that may carry more fields than listed."""

    model_config = ConfigDict(extra="allow")


class Document(Open):
    """A stored document: its full plan/1 record plus `id`."""

    id: int
    schema_: str = Field("plan/1", alias="schema")


class DocumentItem(Open):
    """A document in a list: the header fields, no record."""

    id: int
    number: str | None = None
    doc_type: str | None = None
    province: str | None = None
    period_year: int | None = None
    issued_date: str | None = None
    title: str | None = None
    task_count: int | None = None


class DocumentPage(BaseModel):
    """One page of documents and how many match in all."""

    items: list[DocumentItem]
    total: int


class TaskItem(Open):
    """A task with its id, tracked status and its document's number and province."""

    id: int
    document_id: int
    document_number: str | None = None
    province: str | None = None
    name: str
    status: Status
    overdue: bool
    lead: list[str] = []
    support: list[str] = []
    due: dict[str, Any] | None = None


class TaskPage(BaseModel):
    """One page of tasks and how many match in all."""

    items: list[TaskItem]
    total: int


class HistoryItem(Open):
    """One status change."""

    status: str
    previous: str | None = None
    note: str | None = None
    changed_at: str


class TaskDetail(TaskItem):
    """A task with its status history, oldest first."""

    history: list[HistoryItem] = []


class StatusChange(BaseModel):
    """A new status for a task, with an optional note kept in its history."""

    model_config = ConfigDict(extra="forbid")

    status: Status
    note: Annotated[str | None, Field(max_length=2000)] = None


class Error(BaseModel):
    """An error: `detail` in both languages, `message` {vi, en}."""

    detail: str
    message: dict[str, str]
    status: int
