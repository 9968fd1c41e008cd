"""The `kehoach` command: extract with errors per file, schema, eval."""
import json
import subprocess
import sys

from tests.conftest import REPO


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "cli.main", *args], capture_output=True, text=True,
                          cwd=cwd or REPO)


def test_extract_writes_one_record_per_file_and_reports_bad_ones(corpus, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = corpus / "seeds" / "000_6724172b0ca23b41.txt"
    r = run("extract", str(good), str(bad), str(empty), "--out", str(tmp_path / "out"))
    assert r.returncode == 0
    assert "Traceback" not in r.stderr
    assert "empty.txt: the file is empty" in r.stderr
    assert "broken.pdf" in r.stderr
    rec = json.loads((tmp_path / "out" / "000_6724172b0ca23b41.json").read_text(encoding="utf-8"))
    assert rec["schema"] == "plan/1" and rec["number"] == "952/KH-UBND"
    assert not (tmp_path / "out" / "broken.json").exists()


def test_extract_fails_only_when_every_file_fails(tmp_path):
    r = run("extract", str(tmp_path / "missing.txt"))
    assert r.returncode != 0
    assert "missing.txt: no such file" in r.stderr and "Traceback" not in r.stderr


def test_extract_to_stdout_is_utf8_json(corpus):
    r = run("extract", str(corpus / "seeds" / "002_b77f8f801cd9945c.txt"))
    rec = json.loads(r.stdout)
    assert rec["province"] == "Đồng Nai"
    assert "Đồng Nai" in r.stdout  # not \\u escapes


def test_schema_command_prints_the_json_schema():
    r = run("schema")
    schema = json.loads(r.stdout)
    assert "tasks" in schema["properties"] and "schema" in schema["properties"]
