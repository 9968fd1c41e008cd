"""A real `kehoach serve` (uvicorn) on 127.0.0.1 over a real SQLite file, for the API and browser tests."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LiveServer:
    """A running server: its base URL, database file and process."""

    url: str
    db: Path
    process: subprocess.Popen
    log: Path

    def client(self, **kwargs) -> httpx.Client:
        """An HTTP client for this server."""
        return httpx.Client(base_url=self.url, timeout=120, **kwargs)

    def stop(self) -> None:
        """Stop the server process."""
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)


def start_server(db: Path, token: str | None = None, max_upload_mb: float | None = None,
                 timeout: float = 90) -> LiveServer:
    """Start `kehoach serve --db DB` on a free port and wait until it answers."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("KEHOACH_TOKEN", "KEHOACH_MAX_UPLOAD_MB")}
    if token:
        env["KEHOACH_TOKEN"] = token
    cmd = [sys.executable, "-m", "cli.main", "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning"]
    if max_upload_mb is not None:
        cmd += ["--max-upload-mb", str(max_upload_mb)]
    log = db.with_suffix(".log")
    with open(log, "wb") as out:
        process = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = LiveServer(f"http://127.0.0.1:{port}", db, process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kehoach serve exited ({process.returncode}): {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{server.url}/openapi.json", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"kehoach serve did not answer in {timeout} s: {log.read_text()[-2000:]}")


def server_fixture(folder: str, name: str = "server", **options):
    """A module-scoped fixture `name`: a server (`start_server` with `options`) over a new empty database in
    a temporary folder named `folder`, stopped after the module."""
    @pytest.fixture(scope="module", name=name)
    def live(tmp_path_factory):
        s = start_server(tmp_path_factory.mktemp(folder) / "kehoach.db", **options)
        yield s
        s.stop()
    return live
