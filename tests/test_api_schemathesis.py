"""Property-based API testing: schemathesis sends generated requests from /openapi.json to a live server."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from live_server import start_server

TOKEN = "schemathesis-token"
SEEDS = ["000_6724172b0ca23b41.txt", "004_c82f168839780410.txt"]
# A multipart file part has no JSON type and any bytes are a schema-valid file: whether they are a
# readable plan is not the schema's business, so the two data-acceptance checks skip the upload.
CONFIG = """
[[operations]]
include-path = "/api/documents"
include-method = "POST"
checks.negative_data_rejection.enabled = false
checks.positive_data_acceptance.enabled = false
"""


@pytest.fixture(scope="module")
def live(tmp_path_factory, corpus):
    """A server that requires a token, with two stored plans so that ids 1, 2 … exist."""
    s = start_server(tmp_path_factory.mktemp("schemathesis") / "kehoach.db", token=TOKEN, max_upload_mb=0.2)
    with s.client(headers={"Authorization": f"Bearer {TOKEN}"}) as c:
        for name in SEEDS:
            r = c.post("/api/documents", files={"file": (name, (corpus / "seeds" / name).read_bytes())})
            assert r.status_code == 201, r.text
    yield s
    s.stop()


def test_schemathesis_finds_no_server_error_and_no_schema_violation(live, tmp_path):
    config = tmp_path / "schemathesis.toml"
    config.write_text(CONFIG, encoding="utf-8")
    st = Path(sys.executable).with_name("st")
    cmd = [str(st), "--config-file", str(config), "run", f"{live.url}/openapi.json",
           "-H", f"Authorization: Bearer {TOKEN}", "--max-examples", "30", "--seed", "20261123",
           "--generation-database", "none", "--workers", "2", "--no-color", "--request-timeout", "60"]
    run = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    report = run.stdout + run.stderr
    assert run.returncode == 0, report[-8000:]
    generated = re.search(r"(\d+) generated", report)
    assert generated and int(generated.group(1)) >= 100, report[-3000:]
    operations = sum(len(ops) for ops in httpx.get(f"{live.url}/openapi.json").json()["paths"].values())
    assert f"Tested: {operations}" in report, report[-3000:]  # every operation, none skipped
    assert "5xx" not in re.sub(r"Expected:.*", "", report)
