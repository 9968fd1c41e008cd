"""The `plan/1` record and its parts as typed models (see SCHEMA.md); no parsing, no web."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "plan/1"

DocType = Literal["ke_hoach", "quyet_dinh", "bao_cao", "cong_van", "chi_thi", "thong_bao",
                  "nghi_quyet", "tin_bai", "khac"]
Level = Literal["trung_uong", "tinh", "huyen", "xa", "so"]
Authority = Literal["KT", "TM", "TL", "TUQ", "Q"]
DateKind = Literal["date", "month", "quarter", "range", "year", "ongoing", "periodic", "relative",
                   "unspecified"]
TaskSource = Literal["table", "text"]
Format = Literal["pdf", "docx", "txt", "md", "html"]


class Part(BaseModel):
    """Base for every part of the record: extra fields allowed, as the schema says."""

    model_config = ConfigDict(extra="allow")


class Source(Part):
    """Where the record came from."""

    file: str | None = None
    sha256: str | None = None
    format: Format | None = None
    pages: int | None = None
    ocr: bool = False


class Issuer(Part):
    """The issuing body (cơ quan ban hành) and its administrative level."""

    name: str
    level: Level | None = None


class Signer(Part):
    """The person who signed, their title and signing authority."""

    name: str | None = None
    title: str | None = None
    authority: Authority | None = None
    on_behalf_of: str | None = None


class LegalBasis(Part):
    """One document cited in the preamble (Căn cứ …, Thực hiện …)."""

    kind: str | None = None
    number: str
    date: dt.date | None = None
    issuer: str | None = None
    subject: str | None = None


class TimeSpan(Part):
    """A time phrase as written and its machine-readable interval."""

    text: str
    kind: DateKind
    start: dt.date | None = None
    end: dt.date | None = None


class Task(Part):
    """One assigned task: a task-table row or an assignment in prose."""

    ref: str | None = None
    group: str | None = None
    name: str
    lead: list[str] = Field(default_factory=list)
    support: list[str] = Field(default_factory=list)
    lead_canonical: list[str] = Field(default_factory=list)
    support_canonical: list[str] = Field(default_factory=list)
    start: TimeSpan | None = None
    due: TimeSpan | None = None
    output: str | None = None
    source: TaskSource = "table"
    page: int | None = None


class Deadline(TimeSpan):
    """A dated obligation stated in prose, with the clause it sits in."""

    context: str | None = None


class InspectionTarget(Part):
    """A unit (or group of units) the plan inspects."""

    name: str
    level: Level | None = None
    count: int | None = None
    quota: str | None = None


class Inspection(Part):
    """Who is inspected and when."""

    targets: list[InspectionTarget] = Field(default_factory=list)
    period: TimeSpan | None = None


class Target(Part):
    """A quantitative target ("đạt trên 99%"), for comparing provinces."""

    text: str
    metric: str | None = None
    comparator: Literal[">", ">=", "<", "<=", "="] | None = None
    value: float | None = None
    unit: str | None = None


class Plan(Part):
    """The normalized record of one document."""

    schema_: Literal["plan/1"] = Field(SCHEMA_ID, alias="schema")
    source: Source = Field(default_factory=Source)
    doc_type: DocType | None = None
    number: str | None = None
    issuer: Issuer | None = None
    province: str | None = None
    place: str | None = None
    issued_date: dt.date | None = None
    title: str | None = None
    period_year: int | None = None
    signer: Signer | None = None
    legal_bases: list[LegalBasis] = Field(default_factory=list)
    objectives: list[str] = Field(default_factory=list)
    requirements: list[str] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    inspection: Inspection | None = None
    recipients: list[str] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_json_dict(self) -> dict:
        """The record as plain JSON-ready data, keyed as in SCHEMA.md."""
        return self.model_dump(mode="json", by_alias=True)


def plan_json_schema() -> dict:
    """JSON Schema of the `plan/1` record."""
    return Plan.model_json_schema(by_alias=True)
