"""Uploads: the size limit, reading the file, and extract-then-store of one uploaded document."""
from __future__ import annotations

import hashlib
import json
from pathlib import PurePosixPath

from fastapi import UploadFile
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import ApiError, body
from api.messages import read_error_vi
from store import db as store

MAX_FILES_PER_FORM = 20
LIMITED_PATHS = {"/api/documents": 1, "/upload": MAX_FILES_PER_FORM}  # path: files one request may carry
MULTIPART_SLACK = 64 * 1024
DRAIN_MAX = 256 * 1024 * 1024  # a refused body up to this size is read (and dropped) so the client sees the 413


def too_large(limit: int) -> ApiError:
    """The 413 for a file over the limit."""
    mb = f"{limit / (1024 * 1024):g} MB"
    return ApiError(413, f"Tệp quá lớn: giới hạn là {mb} mỗi tệp.", f"The file is too large: the limit is {mb} "
                                                                     f"per file.")


class UploadLimit:
    """ASGI middleware: refuse an upload whose declared length is over the limit before reading it."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST" and scope["path"] in LIMITED_PATHS:
            length = dict(scope["headers"]).get(b"content-length", b"")
            allowed = self.max_bytes * LIMITED_PATHS[scope["path"]] + MULTIPART_SLACK
            if length.isdigit() and int(length) > allowed:
                if int(length) <= DRAIN_MAX:
                    await _drain(receive)
                err = too_large(self.max_bytes)
                payload = json.dumps(body(413, err.vi, err.en), ensure_ascii=False).encode()
                await send({"type": "http.response.start", "status": 413,
                            "headers": [(b"content-type", b"application/json"), (b"connection", b"close"),
                                        (b"content-length", str(len(payload)).encode())]})
                await send({"type": "http.response.body", "body": payload})
                return
        await self.app(scope, receive, send)


async def _drain(receive: Receive) -> None:
    """Read a request body to its end without keeping it."""
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


def safe_name(filename: str | None) -> str:
    """The file's own name, without any folder a browser may have sent."""
    return PurePosixPath((filename or "").replace("\\", "/")).name.strip() or "tai-lieu"


def read_upload(upload: UploadFile, limit: int) -> bytes:
    """The bytes of an uploaded file; 413 when it is over `limit`."""
    upload.file.seek(0)
    data = upload.file.read(limit + 1)
    if len(data) > limit:
        raise too_large(limit)
    return data


def _unreadable(db: store.Database, name: str, sha: str, status: int, stage: str, en: str) -> ApiError:
    """Record the failure in the store (as ingest does) and give the bilingual error."""
    store.add_failure(db, name, stage, en, sha)
    return ApiError(status, f"Không đọc được tệp «{name}»: {read_error_vi(en)}.", f"Cannot read «{name}»: {en}.")


def store_upload(db: store.Database, data: bytes, filename: str | None) -> tuple[int, bool]:
    """Extract and store one uploaded file: (document id, True when new); the same bytes again are not re-read."""
    from extractor.blocks import ReadError
    from extractor.pipeline import extract_full
    from extractor.readers.sniff import sniff

    name = safe_name(filename)
    sha = hashlib.sha256(data).hexdigest()
    existing = store.document_id_by_sha(db, sha)
    if existing is not None:
        return existing, False
    if not data.strip():
        raise _unreadable(db, name, sha, 422, "extract", "the file is empty")
    try:
        sniff(data, name)
    except ReadError as e:
        raise _unreadable(db, name, sha, 415, "extract", str(e)) from None
    try:
        result = extract_full(data, name)
    except ReadError as e:
        raise _unreadable(db, name, sha, 422, "extract", str(e)) from None
    except Exception as e:  # a document the extractor cannot cope with is the user's answer, not a 500
        raise _unreadable(db, name, sha, 422, "extract",
                          f"could not be extracted ({type(e).__name__}: {e})") from None
    return store.add_document(db, result.plan, data, path=name, text=result.text)
