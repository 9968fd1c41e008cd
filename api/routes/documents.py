"""JSON API of documents: upload (extract and store), list with filters, one record, the original file."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Path, Query, Request, Response, UploadFile

from api.deps import DB, Token
from api.errors import not_found
from api.schemas import ID, DocType, Document, DocumentPage, DocumentSort, Error
from api.uploads import read_upload, store_upload
from store import db as store

router = APIRouter(prefix="/api/documents", tags=["documents"])
ERRORS = {400: {"model": Error, "description": "Malformed request body"},
          401: {"model": Error, "description": "API token missing or wrong"},
          404: {"model": Error, "description": "No such document"},
          413: {"model": Error, "description": "File over the size limit"},
          415: {"model": Error, "description": "Unsupported file type"},
          422: {"model": Error, "description": "Invalid request or unreadable file"}}


@router.post("", status_code=201, response_model=Document, dependencies=[Token],
             responses={200: {"model": Document, "description": "The same file was already stored"},
                        **{k: ERRORS[k] for k in (400, 401, 413, 415, 422)}})
def upload_document(request: Request, response: Response,
                    file: Annotated[UploadFile, File(description="PDF, DOCX, HTML or text file of a plan")],
                    db: DB) -> dict:
    """Read, extract and store one plan; 201 with its record and `id`, 200 when the file was already stored."""
    data = read_upload(file, request.app.state.settings.max_upload_bytes)
    doc_id, created = store_upload(db, data, file.filename)
    if not created:
        response.status_code = 200
    return store.get_document(db, doc_id) or {}


@router.get("", response_model=DocumentPage, responses={422: ERRORS[422]})
def list_documents(db: DB,
                   province: Annotated[str | None, Query(max_length=200, description="province, then or since 2025")] = None,
                   year: Annotated[int | None, Query(ge=1900, le=2200, description="period year")] = None,
                   doc_type: Annotated[DocType | None, Query()] = None,
                   q: Annotated[str | None, Query(max_length=500, description="words of the title, "
                                                 "diacritics optional")] = None,
                   sort: Annotated[DocumentSort | None, Query(description="'-' for descending")] = None,
                   limit: Annotated[int, Query(ge=0, le=1000)] = 50,
                   offset: Annotated[int, Query(ge=0, le=2**62)] = 0) -> dict:
    """Stored documents (header fields) matching the filters: {"items": [...], "total": N}."""
    return store.list_documents(db, province=province, year=year, doc_type=doc_type, q=q, sort=sort,
                                limit=limit, offset=offset)


@router.get("/{doc_id}", response_model=Document, responses={404: ERRORS[404], 422: ERRORS[422]})
def get_document(doc_id: Annotated[ID, Path(description="document id")], db: DB) -> dict:
    """The plan/1 record of one document, with its `id`."""
    record = store.get_document(db, doc_id)
    if record is None:
        raise not_found("văn bản", "document", doc_id)
    return record


def content_disposition(name: str) -> str:
    """An inline Content-Disposition that keeps a Vietnamese file name (RFC 6266/5987)."""
    ascii_name = name.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"inline; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"


@router.get("/{doc_id}/file", response_class=Response, responses={
    200: {"description": "The original file as uploaded",
          "content": {t: {} for t in set(store.MEDIA_TYPES.values())}},
    404: ERRORS[404], 422: ERRORS[422]})
def get_document_file(doc_id: Annotated[ID, Path(description="document id")], db: DB) -> Response:
    """The original file of a document, with its content type."""
    file = store.get_file(db, doc_id)
    if file is None:
        raise not_found("tệp gốc của văn bản", "original file for document", doc_id)
    return Response(file["data"], media_type=file["media_type"],
                    headers={"Content-Disposition": content_disposition(file["name"] or f"{doc_id}")})
