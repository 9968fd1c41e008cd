"""The web pages (server-rendered, Vietnamese): upload, documents, one document, the task tracker."""
from __future__ import annotations

import datetime as dt
import math
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, File, Form, Path, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api import facets
from api.deps import DB, token_ok, unauthorized
from api.errors import ApiError, not_found
from api.schemas import ID
from api.source import highlighted_source
from api.templating import DOC_TYPES, DUE_KINDS, STATUS, templates
from api.uploads import MAX_FILES_PER_FORM, read_upload, safe_name, store_upload
from store import db as store

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    """A template rendered with the request and whether the server asks for a token."""
    context["token_required"] = bool(request.app.state.settings.token)
    context["max_upload_mb"] = request.app.state.settings.max_upload_bytes / (1024 * 1024)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _clean(params: dict[str, str | None]) -> dict[str, str]:
    """Filter values as given, without the empty ones."""
    return {k: v.strip() for k, v in params.items() if v is not None and v.strip()}


def _int(value: str | None, low: int = 1, high: int = 2**62) -> int | None:
    """A whole number in [low, high] from a form field, or None."""
    try:
        n = int(value or "")
    except ValueError:
        return None
    return n if low <= n <= high else None


def _date(value: str | None, label: str, problems: list[str]) -> dt.date | None:
    """A date from a form field (YYYY-MM-DD or dd/mm/yyyy), noting a problem when it is not one."""
    if not value:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    problems.append(f"«{value}» không phải là ngày hợp lệ ({label}); bộ lọc này được bỏ qua.")
    return None


def _pages(total: int, page: int, filters: dict[str, str], path: str) -> dict:
    """Pagination links that keep the filters."""
    last = max(1, math.ceil(total / PAGE_SIZE))

    def url(n: int) -> str:
        return f"{path}?{urlencode({**filters, 'page': n})}"
    return {"page": page, "last": last, "prev": url(page - 1) if page > 1 else None,
            "next": url(page + 1) if page < last else None}


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    """The upload form."""
    return render(request, "index.html")


@router.post("/upload", response_class=HTMLResponse)
def upload(request: Request, db: DB, files: Annotated[list[UploadFile], File()] = [],  # noqa: B006
           token: Annotated[str | None, Form()] = None) -> Response:
    """Store the files sent by the form; one file goes to its document page, several to a summary."""
    files = [f for f in files if f.filename or f.size]
    if not token_ok(request, token):
        err = unauthorized()
        return render(request, "index.html", 401, error=f"{err.vi} / {err.en}")
    if not files:
        return render(request, "index.html", 422, error="Chưa chọn tệp nào. / No file chosen.")
    if len(files) > MAX_FILES_PER_FORM:
        return render(request, "index.html", 413, error=f"Mỗi lần tải lên tối đa {MAX_FILES_PER_FORM} tệp. / "
                                                        f"At most {MAX_FILES_PER_FORM} files per upload.")
    limit = request.app.state.settings.max_upload_bytes
    results = []
    for f in files:
        try:
            doc_id, created = store_upload(db, read_upload(f, limit), f.filename)
            results.append({"name": safe_name(f.filename), "id": doc_id, "created": created,
                            "record": store.get_document(db, doc_id)})
        except ApiError as e:
            results.append({"name": safe_name(f.filename), "error": f"{e.vi} / {e.en}", "status": e.status_code})
    if len(results) == 1 and "id" in results[0]:
        return RedirectResponse(f"/documents/{results[0]['id']}", status_code=303)
    ok = any("id" in r for r in results)
    return render(request, "upload_result.html", 200 if ok else results[0]["status"], results=results)


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, db: DB, province: str | None = None, year: str | None = None,
              doc_type: str | None = None, q: str | None = None, page: str | None = None) -> HTMLResponse:
    """The list of stored documents with filters."""
    filters = _clean({"province": province, "year": year, "doc_type": doc_type, "q": q})
    n = _int(page) or 1
    found = store.list_documents(db, province=filters.get("province"), year=_int(filters.get("year"), 1900, 2200),
                                 doc_type=filters.get("doc_type") if filters.get("doc_type") in DOC_TYPES else None,
                                 q=filters.get("q"), sort="-id", limit=PAGE_SIZE, offset=(n - 1) * PAGE_SIZE)
    return render(request, "documents.html", filters=filters, found=found,
                  pages=_pages(found["total"], n, filters, "/documents"), facets=facets.document_facets(db))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: Annotated[ID, Path()], db: DB) -> HTMLResponse:
    """One document: header, legal bases, objectives, the task table, deadlines, inspection, source."""
    record = store.get_document(db, doc_id)
    if record is None:
        raise not_found("văn bản", "document", doc_id)
    tasks = store.list_tasks(db, document=doc_id, limit=store.MAX_LIMIT)["items"]
    source, cut = highlighted_source(db, request.app.state.sources, record)
    return render(request, "document.html", doc=record, tasks=tasks, source=source, source_cut=cut,
                  next_url=f"/documents/{doc_id}")


@router.get("/tasks", response_class=HTMLResponse)
def tasks(request: Request, db: DB, document: str | None = None, province: str | None = None,
          unit: str | None = None, role: str | None = None, status: str | None = None, kind: str | None = None,
          due_after: str | None = None, due_before: str | None = None, overdue: str | None = None,
          q: str | None = None, sort: str | None = None, page: str | None = None) -> HTMLResponse:
    """The task tracker: filters, overdue rows marked, status changed in place."""
    filters = _clean({"document": document, "province": province, "unit": unit, "role": role, "status": status,
                      "kind": kind, "due_after": due_after, "due_before": due_before, "overdue": overdue, "q": q,
                      "sort": sort})
    problems: list[str] = []
    sort_key = filters.get("sort")
    query = {
        "document": _int(filters.get("document")), "province": filters.get("province"),
        "unit": filters.get("unit"), "role": filters.get("role") if filters.get("role") in ("lead", "support") else None,
        "status": filters.get("status") if filters.get("status") in STATUS else None,
        "kind": filters.get("kind") if filters.get("kind") in DUE_KINDS else None,
        "due_after": _date(filters.get("due_after"), "hạn từ ngày", problems),
        "due_before": _date(filters.get("due_before"), "hạn đến ngày", problems),
        "overdue": True if filters.get("overdue") in ("1", "true", "on") else None,
        "q": filters.get("q"),
        "sort": sort_key if sort_key and sort_key.removeprefix("-") in store.TASK_SORTS else None,
    }
    n = _int(page) or 1
    found = store.list_tasks(db, **query, limit=PAGE_SIZE, offset=(n - 1) * PAGE_SIZE)
    here = f"/tasks?{urlencode({**filters, 'page': n})}"
    return render(request, "tasks.html", filters=filters, found=found, problems=problems,
                  pages=_pages(found["total"], n, filters, "/tasks"), facets=facets.task_facets(db),
                  next_url=here)


def _safe_next(url: str | None) -> str:
    """A redirect target on this site only."""
    return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/tasks"


@router.post("/tasks/{task_id}/status")
def set_status(request: Request, task_id: Annotated[ID, Path()], db: DB, status: Annotated[str, Form()],
               note: Annotated[str | None, Form()] = None, token: Annotated[str | None, Form()] = None,
               next: Annotated[str | None, Form()] = None) -> Response:  # noqa: A002
    """The no-JavaScript way to change a task's status: a plain form, then back to the page."""
    if not token_ok(request, token):
        raise unauthorized()
    if status not in STATUS:
        raise ApiError(422, f"Trạng thái không hợp lệ: «{status}».", f"Unknown status «{status}».")
    if store.update_task_status(db, task_id, status, (note or "").strip() or None) is None:
        raise not_found("nhiệm vụ", "task", task_id)
    return RedirectResponse(_safe_next(next), status_code=303)
