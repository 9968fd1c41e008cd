"""Request dependencies: a pooled store connection, the settings and the optional API token."""
from __future__ import annotations

import queue
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from api.errors import ApiError
from store import db as store


class Pool:
    """Store connections, one per concurrent request (a SQLite connection is never shared mid-request)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._free: queue.LifoQueue[store.Database] = queue.LifoQueue()

    def acquire(self) -> store.Database:
        """A free connection, or a new one."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return store.open_db(self.path)

    def release(self, db: store.Database) -> None:
        """Give a connection back for the next request."""
        if db.conn.in_transaction:
            db.conn.rollback()
        self._free.put(db)


def get_db(request: Request) -> Iterator[store.Database]:
    """A store connection for the duration of one request."""
    pool: Pool = request.app.state.pool
    db = pool.acquire()
    try:
        yield db
    finally:
        pool.release(db)


DB = Annotated[store.Database, Depends(get_db)]

_bearer = HTTPBearer(auto_error=False, description="The API token (KEHOACH_TOKEN); needed only when the "
                                                   "server sets one")


def token_ok(request: Request, given: str | None) -> bool:
    """Whether `given` passes: always when the server has no token, else only the same token."""
    token = request.app.state.settings.token
    if not token:
        return True
    return given is not None and secrets.compare_digest(given.encode(), token.encode())


def unauthorized() -> ApiError:
    """The 401 for a missing or wrong token."""
    return ApiError(401, "Thiếu hoặc sai mã truy cập API (KEHOACH_TOKEN).",
                    "Missing or wrong API token: send 'Authorization: Bearer <token>'.",
                    headers={"WWW-Authenticate": "Bearer"})


def require_token(request: Request,
                  credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Refuse a write without the right bearer token when the server has one."""
    if not token_ok(request, credentials.credentials if credentials else None):
        raise unauthorized()


Token = Depends(require_token)
