"""Typed models of the `plan/1` record."""
from models.plan import (
    SCHEMA_ID,
    Deadline,
    Inspection,
    InspectionTarget,
    Issuer,
    LegalBasis,
    Plan,
    Signer,
    Source,
    Target,
    Task,
    TimeSpan,
    plan_json_schema,
)

__all__ = ["SCHEMA_ID", "Deadline", "Inspection", "InspectionTarget", "Issuer", "LegalBasis", "Plan",
           "Signer", "Source", "Target", "Task", "TimeSpan", "plan_json_schema"]
