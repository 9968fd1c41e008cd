"""Error responses in Vietnamese and English: JSON for the API, an HTML page for the web pages."""
from __future__ import annotations

import logging
import re

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException

log = logging.getLogger("kehoach.api")

GENERIC = {
    400: ("Yêu cầu không hợp lệ.", "Bad request."),
    401: ("Cần mã truy cập API.", "An API token is required."),
    404: ("Không tìm thấy.", "Not found."),
    405: ("Phương thức không được hỗ trợ ở địa chỉ này.", "Method not allowed here."),
    413: ("Tệp quá lớn.", "The file is too large."),
    415: ("Định dạng tệp không được hỗ trợ.", "Unsupported file type."),
    422: ("Dữ liệu gửi lên không hợp lệ.", "Invalid request."),
    500: ("Lỗi máy chủ không mong đợi.", "Unexpected server error."),
}


# pydantic error types in Vietnamese ({…} from the error's ctx); others keep pydantic's English
VALIDATION_VI = {
    "missing": "thiếu giá trị bắt buộc",
    "int_parsing": "phải là số nguyên", "int_type": "phải là số nguyên",
    "bool_parsing": "phải là true hoặc false", "bool_type": "phải là true hoặc false",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD", "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_from_datetime_inexact": "phải là ngày dạng YYYY-MM-DD", "date_type": "phải là ngày dạng YYYY-MM-DD",
    "less_than_equal": "phải nhỏ hơn hoặc bằng {le}", "greater_than_equal": "phải lớn hơn hoặc bằng {ge}",
    "string_too_long": "quá dài (tối đa {max_length} ký tự)", "string_type": "phải là chuỗi ký tự",
    "literal_error": "phải là một trong: {expected}", "enum": "phải là một trong: {expected}",
    "extra_forbidden": "trường này không được chấp nhận", "json_invalid": "JSON không hợp lệ",
    "model_attributes_type": "phải là một đối tượng JSON", "dict_type": "phải là một đối tượng JSON",
    "model_type": "phải là một đối tượng JSON",
    "iso_date": "phải là ngày dạng YYYY-MM-DD",
}


def _vi(error: dict) -> str:
    """The Vietnamese for one validation error."""
    template = VALIDATION_VI.get(error.get("type", ""))
    if template is None:
        return str(error.get("msg", ""))
    try:
        return template.format(**(error.get("ctx") or {}))
    except (KeyError, IndexError, ValueError):
        return template.split(":")[0]


class ApiError(HTTPException):
    """An HTTP error whose message is given in Vietnamese and in English."""

    def __init__(self, status_code: int, vi: str, en: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code, detail=f"{vi} / {en}", headers=headers)
        self.vi, self.en = vi, en


def not_found(what_vi: str, what_en: str, ident: int) -> ApiError:
    """The 404 for a missing document or task."""
    return ApiError(404, f"Không có {what_vi} số {ident}.", f"No {what_en} with id {ident}.")


def body(status: int, vi: str, en: str, **extra) -> dict:
    """The JSON error body: `detail` (both languages), `message` {vi, en}, `status`."""
    return {"detail": f"{vi} / {en}", "message": {"vi": vi, "en": en}, "status": status, **extra}


def wants_html(request: Request) -> bool:
    """A web page (not the JSON API, not the docs) asked by a browser."""
    path = request.url.path
    return not path.startswith(("/api", "/openapi", "/docs", "/static")) and \
        "text/html" in request.headers.get("accept", "")


def respond(request: Request, status: int, vi: str, en: str, headers: dict | None = None, **extra) -> Response:
    """The error as an HTML page for browsers on the web pages, else as JSON."""
    if wants_html(request):
        from api.templating import templates

        return templates.TemplateResponse(request, "error.html", {"status": status, "vi": vi, "en": en},
                                          status_code=status, headers=headers)
    return JSONResponse(body(status, vi, en, **extra), status_code=status, headers=headers)


async def http_error(request: Request, exc: Exception) -> Response:
    """Any HTTPException, with a bilingual message."""
    assert isinstance(exc, HTTPException)
    if isinstance(exc, ApiError):
        vi, en = exc.vi, exc.en
    else:
        vi, en = GENERIC.get(exc.status_code, (str(exc.detail), str(exc.detail)))
    headers = dict(getattr(exc, "headers", None) or {})
    if exc.status_code == 405 and (allow := allowed_methods(request)):
        headers["Allow"] = allow
    return respond(request, exc.status_code, vi, en, headers=headers or None)


def allowed_methods(request: Request) -> str | None:
    """The methods the API documents for this path (Starlette's 405 names only its first route's)."""
    for template, operations in request.app.openapi()["paths"].items():
        pattern = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            return ", ".join(sorted(m.upper() for m in operations))
    return None


def _where(loc: tuple) -> str:
    return ".".join(str(p) for p in loc if p != "body") or "body"


async def validation_error(request: Request, exc: Exception) -> Response:
    """422 listing each invalid parameter and why."""
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")} for e in raw]
    vi = "; ".join(f"{_where(tuple(e.get('loc', ())))}: {_vi(e)}" for e in raw)
    en = "; ".join(f"{_where(tuple(e['loc']))}: {e['msg']}" for e in errors)
    return respond(request, 422, f"Dữ liệu gửi lên không hợp lệ ({vi}).", f"Invalid request ({en}).",
                   errors=jsonable_encoder(errors))


async def unexpected_error(request: Request, exc: Exception) -> Response:
    """A bug: logged with its traceback, answered with a plain message (never a traceback)."""
    log.exception("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    vi, en = GENERIC[500]
    return respond(request, 500, vi, en)
