"""The FastAPI application: settings, the database pool, error handlers and the routers."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from api import errors
from api.deps import Pool
from api.routes import compare, documents, exports, pages, tasks
from api.source import SourceCache
from api.uploads import UploadLimit

MB = 1024 * 1024
DEFAULT_MAX_UPLOAD_MB = 50.0
HERE = Path(__file__).resolve().parent


@dataclass
class Settings:
    """How the service runs: its database file, the upload size limit and the optional API token."""

    db_path: Path
    max_upload_bytes: int = int(DEFAULT_MAX_UPLOAD_MB * MB)
    token: str | None = field(default_factory=lambda: os.environ.get("KEHOACH_TOKEN") or None)


def create_app(db_path: str | Path | None = None, max_upload_mb: float | None = None,
               token: str | None = None, settings: Settings | None = None) -> FastAPI:
    """The application over the store at `db_path` (the token defaults to env KEHOACH_TOKEN)."""
    if settings is None:
        settings = Settings(Path(db_path or "kehoach.db"))
        if max_upload_mb is not None:
            settings.max_upload_bytes = int(max_upload_mb * MB)
        if token:
            settings.token = token
    app = FastAPIOffline(
        title="kehoach",
        summary="Kế hoạch → bản ghi chuẩn hóa plan/1; tra cứu và theo dõi nhiệm vụ",
        description="Upload Vietnamese government plans (Kế hoạch), read their normalized `plan/1` records, "
                    "query and track their tasks. Write endpoints need `Authorization: Bearer <token>` "
                    "when the server runs with KEHOACH_TOKEN set.",
        version="1.0",
    )
    app.state.settings = settings
    app.state.pool = Pool(settings.db_path)
    app.state.pool.release(app.state.pool.acquire())  # create or migrate the database now, not at first request
    app.state.sources = SourceCache()
    app.add_middleware(UploadLimit, max_bytes=settings.max_upload_bytes)
    app.add_exception_handler(RequestValidationError, errors.validation_error)
    app.add_exception_handler(StarletteHTTPException, errors.http_error)
    app.add_exception_handler(Exception, errors.unexpected_error)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(documents.router)
    app.include_router(tasks.router)
    app.include_router(exports.router)
    app.include_router(compare.router)
    app.include_router(pages.router)
    app.include_router(compare.pages)
    return app
