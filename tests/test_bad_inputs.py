"""Bad inputs through every door: `kehoach extract`, `kehoach ingest` into a real SQLite file, and
POST /api/documents on a real uvicorn. Each gives a clear message (or a sound record), never a
traceback; the document stored before it is intact afterwards; memory stays bounded."""
from __future__ import annotations

import hashlib
import html
import io
import json
import random
import sqlite3
import struct
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from conftest import CORPUS, REPO, to_cp1258
from live_server import server_fixture

from bench.peak_memory import PeakMemory

MEMORY_LIMIT = int(1.5 * 2**30)  # resident bytes of a process and its children
TIMEOUT = 600                     # seconds for one command, however large its input
GOOD = "000_6724172b0ca23b41"     # the plan stored before the bad inputs
GOOD_NUMBER = "952/KH-UBND"


# ---------------------------------------------------------------- making the inputs


def _rc4(key: bytes, data: bytes) -> bytes:
    """RC4, the cipher of the PDF standard security handler (revision 2)."""
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _pdf(objects: list[bytes], trailer: bytes) -> bytes:
    """A PDF file of numbered objects (1, 2, …) with a correct cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def encrypted_pdf(user: bytes = b"mat-khau", owner: bytes = b"chu-so-huu") -> bytes:
    """A one-page PDF that needs a password to open (RC4 40-bit, standard security handler revision 2)."""
    file_id = hashlib.md5(b"kehoach bad input").digest()
    perms = -44
    o_key = hashlib.md5((owner + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(o_key, (user + _PAD)[:32])
    key = hashlib.md5((user + _PAD)[:32] + o_entry + struct.pack("<i", perms) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    content = b"BT /F1 14 Tf 72 720 Td (KE HOACH so 12/KH-UBND) Tj ET"
    stream = _rc4(hashlib.md5(key + struct.pack("<i", 4)[:3] + b"\0\0").digest()[:10], content)
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o_entry.hex().encode(), u_entry.hex().encode(),
                                                                     perms),
    ], b"/Root 1 0 R /Encrypt 6 0 R /ID [<%s> <%s>]" % (file_id.hex().encode(), file_id.hex().encode()))


def _saved(doc: pdfium.PdfDocument) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def long_pdf(pages: int = 300) -> bytes:
    """A real plan's pages repeated to `pages` pages, one in six a ruled task-table page."""
    prose = pdfium.PdfDocument((CORPUS / "pdf" / f"{GOOD}.pdf").read_bytes())
    tables = pdfium.PdfDocument((CORPUS / "pdf" / "001_c5e464c71dd820ff.pdf").read_bytes())
    doc = pdfium.PdfDocument.new()
    while len(doc) < pages:
        doc.import_pages(prose, list(range(min(len(prose), pages - len(doc)))))
        if len(doc) < pages:
            doc.import_pages(tables, [5])
    return _saved(doc)


def xlsx() -> bytes:
    """A spreadsheet (a zip, like a DOCX, but no Word document inside)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["STT", "Nhiệm vụ", "Đơn vị chủ trì"])
    book.active.append([1, "Rà soát thủ tục hành chính", "Sở Tư pháp"])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def page_with_scripts(text: str) -> bytes:
    """A saved web page of a plan with scripts in the head and in the body (their text is code, not the plan)."""
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in text.splitlines() if line.strip())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Kế hoạch</title>"
            f"<script>var so = 'Số: 999/KH-GIA';</script></head><body><div id='noi-dung'>"
            f"<script>document.write('Số: 777/KH-XSS ngày 01 tháng 01 năm 2000')</script>{body}"
            f"<script>alert('Sở Gián Điệp chủ trì')</script></div></body></html>").encode()


def seed_variant(number: int) -> bytes:
    """The good seed with another number: a distinct, readable plan."""
    text = (CORPUS / "seeds" / f"{GOOD}.txt").read_text(encoding="utf-8")
    return text.replace("952", str(number)).encode("utf-8")


def zip_slip() -> bytes:
    """An archive whose members try to leave the folder, beside one honest member."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("../../ngoai-thu-muc.txt", seed_variant(4101))
        zf.writestr("/etc/kehoach-tuyet-doi.txt", seed_variant(4102))
        zf.writestr("thu-muc/../../../vuot.txt", seed_variant(4103))
        zf.writestr("hop-le/ke-hoach.txt", seed_variant(4104))
    return buf.getvalue()


def zip_bomb() -> bytes:
    """An archive of a few hundred kilobytes that expands to 200 MB (and 30 MB at 1000:1)."""
    buf = io.BytesIO()
    zeros = b"\0" * 2**20
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, mb in (("bom.txt", 200), ("nen-cao.txt", 30)):
            with zf.open(name, "w", force_zip64=True) as f:
                for _ in range(mb):
                    f.write(zeros)
    return buf.getvalue()


RECIPE = ("Cách làm bánh xèo miền Tây: pha bột gạo với nước cốt dừa, thêm bột nghệ và hành lá. Đổ bột vào chảo "
          "nóng, cho tôm, thịt ba chỉ và giá đỗ lên trên, đậy nắp khoảng hai phút rồi gấp đôi bánh. Ăn kèm rau "
          "sống và nước mắm chua ngọt. Món ăn dân dã này được nhiều người yêu thích vào những ngày mưa.\n")


# ---------------------------------------------------------------- what each input must give


def _like_the_good_plan(record: dict) -> None:
    """The seed plan read whole, whatever its encoding."""
    assert record["number"] == GOOD_NUMBER and record["issued_date"] == "2022-02-23"
    assert record["province"] == "Bến Tre" and record["doc_type"] == "ke_hoach"
    assert record["issuer"]["name"] == "Ủy ban nhân dân tỉnh Bến Tre"
    assert len(record["tasks"]) >= 5 and all(t["name"] for t in record["tasks"])


def _no_script_text(record: dict) -> None:
    _like_the_good_plan(record)
    text = json.dumps(record, ensure_ascii=False)
    for code in ("999/KH-GIA", "777/KH-XSS", "alert", "document.write", "Gián Điệp"):
        assert code not in text


def _three_hundred_pages(record: dict) -> None:
    assert record["source"]["pages"] == 300 and record["source"]["format"] == "pdf"
    assert record["number"] == GOOD_NUMBER and record["tasks"]


def _one_line(record: dict) -> None:
    assert record["source"]["format"] == "txt"
    assert all(t["name"] for t in record["tasks"])


def _not_a_plan(record: dict) -> None:
    assert record["doc_type"] == "khac"
    for key in ("number", "issued_date", "issuer", "signer", "province", "period_year"):
        assert record[key] is None, key
    for key in ("tasks", "legal_bases", "deadlines", "objectives", "requirements"):
        assert record[key] == [], key
    assert any("not an official document" in w for w in record["warnings"])


@dataclass
class Case:
    """One bad input: its file, what the user must be told (`refused`: words of the message), else a
    check of the record; the API's status; for an archive, the ingest's failures by member."""

    name: str
    make: Callable[[], bytes]
    refused: str | None = None
    check: Callable[[dict], None] | None = None
    status: int = 201
    members: dict[str, str | None] | None = None  # ingest of an archive: member -> words of its failure, or None


CASES = [
    Case("rong.txt", lambda: b"", "empty", status=422),
    Case("ngau-nhien.pdf", lambda: random.Random(8).randbytes(64 * 1024), "binary", status=415),
    Case("cat-ngang.pdf", lambda: (CORPUS / "pdf" / f"{GOOD}.pdf").read_bytes()[:40_000], "damaged", status=422),
    Case("co-mat-khau.pdf", encrypted_pdf, "password", status=422),
    Case("khong-trang.pdf", lambda: _saved(pdfium.PdfDocument.new()), "no pages", status=422),
    Case("dai-300-trang.pdf", long_pdf, check=_three_hundred_pages),
    Case("bang-tinh.docx", xlsx, "not a Word document", status=415),
    Case("trang-web.html", lambda: page_with_scripts((CORPUS / "seeds" / f"{GOOD}.txt").read_text(encoding="utf-8")),
         check=_no_script_text),
    Case("windows-1258.txt", lambda: to_cp1258((CORPUS / "seeds" / f"{GOOD}.txt").read_text(encoding="utf-8")),
         check=_like_the_good_plan),
    Case("tcvn3.txt", lambda: (CORPUS / "legacy" / f"{GOOD}.tcvn3.txt").read_bytes(), check=_like_the_good_plan),
    Case("mot-dong-5mb.txt", lambda: (" ".join((CORPUS / "seeds" / f"{GOOD}.txt").read_text(encoding="utf-8")
                                               .split()) * 500).encode("utf-8")[:5_000_000],
         check=_one_line),
    Case("banh-xeo.txt", lambda: RECIPE.encode("utf-8"), check=_not_a_plan),
    Case("zip-slip.zip", zip_slip, "zip archive", status=415,
         members={"ngoai-thu-muc.txt": "zip slip", "kehoach-tuyet-doi.txt": "path-traversal",
                  "vuot.txt": "zip slip", "hop-le/ke-hoach.txt": None}),
    Case("bom.zip", zip_bomb, "zip archive", status=415,
         members={"bom.txt": "too large", "nen-cao.txt": "zip bomb"}),
]
IDS = [c.name for c in CASES]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """Every bad input written to one folder (and the good plan in another)."""
    folder = tmp_path_factory.mktemp("bad-inputs")
    for case in CASES:
        (folder / case.name).write_bytes(case.make())
    return folder


def test_the_encrypted_input_is_a_real_encrypted_pdf(inputs):
    """The hand-made encrypted PDF opens with its password (so the refusal is about the password)."""
    data = (inputs / "co-mat-khau.pdf").read_bytes()
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(data)
    doc = pdfium.PdfDocument(data, password="mat-khau")
    assert "KE HOACH so 12/KH-UBND" in doc[0].get_textpage().get_text_range()


# ---------------------------------------------------------------- running a command, watching its memory


@dataclass
class Ran:
    """A finished command: exit code, output, and the peak memory of its process tree."""

    code: int
    out: str
    err: str
    peak: int


def kehoach(*args: str) -> Ran:
    """Run `kehoach ARGS` as a user would, with its memory watched."""
    proc = subprocess.Popen([sys.executable, "-m", "cli.main", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    with PeakMemory(proc.pid) as peak:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        finally:
            proc.kill()
    return Ran(proc.returncode, out, err, peak.peak)


def assert_clear(message: str, words: str) -> None:
    """A message for a user: names the problem, no traceback, no internal exception."""
    assert words.lower() in message.lower(), message
    assert "Traceback" not in message and "could not be extracted (" not in message, message


# ---------------------------------------------------------------- the CLI


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_cli_extract(case, inputs):
    path = inputs / case.name
    ran = kehoach("extract", str(path))
    assert ran.peak < MEMORY_LIMIT, f"{ran.peak / 2**20:.0f} MB"
    assert "Traceback" not in ran.err
    if case.refused:
        assert ran.code == 1 and ran.out == ""
        line = next(x for x in ran.err.splitlines() if x.startswith(f"{path}:"))
        assert_clear(line, case.refused)
    else:
        assert ran.code == 0, ran.err
        case.check(json.loads(ran.out))


# ---------------------------------------------------------------- the ingest


def _document(db: Path, data: bytes) -> dict:
    """The stored state of the document of file `data`: record, file, text and tasks."""
    conn = sqlite3.connect(db)
    try:
        doc_id, record, text = conn.execute("SELECT id, record, text FROM documents WHERE sha256 = ?",
                                            [hashlib.sha256(data).hexdigest()]).fetchone()
        data = conn.execute("SELECT data FROM files WHERE document_id = ?", [doc_id]).fetchone()[0]
        tasks = conn.execute("SELECT id, name, status FROM tasks WHERE document_id = ? ORDER BY position",
                             [doc_id]).fetchall()
        return {"id": doc_id, "record": json.loads(record), "text": text, "data": data, "tasks": tasks}
    finally:
        conn.close()


@pytest.fixture(scope="module")
def ingested(inputs, tmp_path_factory) -> dict:
    """The good plan ingested, then the folder of bad inputs into the same database."""
    folder = tmp_path_factory.mktemp("ingest")
    db = folder / "kehoach.db"
    good = folder / "good" / f"{GOOD}.txt"
    good.parent.mkdir()
    good.write_bytes((CORPUS / "seeds" / f"{GOOD}.txt").read_bytes())
    first = kehoach("ingest", str(good.parent), "--db", str(db), "--workers", "1", "--no-progress")
    assert first.code == 0, first.err
    before = _document(db, good.read_bytes())
    ran = kehoach("ingest", str(inputs), "--db", str(db), "--workers", "1", "--no-progress")
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        failures = [dict(r) for r in conn.execute("SELECT file, stage, message FROM failures")]
        stored = {r["source_path"]: json.loads(r["record"])
                  for r in conn.execute("SELECT source_path, record FROM documents")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    return {"db": db, "run": ran, "before": before, "failures": failures, "stored": stored, "integrity": integrity,
            "folder": folder, "good": good.read_bytes()}


def test_ingest_finishes_and_keeps_the_plan_stored_before(ingested):
    ran = ingested["run"]
    assert ran.code == 0, ran.err
    assert "Traceback" not in ran.err + ran.out
    assert ran.peak < MEMORY_LIMIT, f"{ran.peak / 2**20:.0f} MB"
    assert ingested["integrity"] == "ok"
    after = _document(ingested["db"], ingested["good"])
    assert after == ingested["before"]
    assert after["text"] and "KẾ HOẠCH" in after["text"]  # the normalized text is stored with it


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_ingest(case, ingested):
    failures = ingested["failures"]
    if case.members:
        for member, words in case.members.items():
            mine = [f for f in failures if f"/{case.name}/" in f["file"]]
            found = [f for f in mine if f["file"].endswith(member)]
            if words is None:
                assert not found, found
                assert any(name.endswith(member) for name in ingested["stored"]), member
            else:
                assert len(found) == 1, (member, mine)
                assert_clear(found[0]["message"], words)
        outside = ingested["folder"].parent / "ngoai-thu-muc.txt"
        assert not outside.exists()
        return
    mine = [f for f in failures if f["file"].endswith(case.name)]
    if case.refused:
        assert len(mine) == 1, failures
        assert_clear(mine[0]["message"], case.refused)
    else:
        assert not mine, mine
        record = next(r for path, r in ingested["stored"].items() if path.endswith(f"/{case.name}"))
        case.check(record)


# ---------------------------------------------------------------- the API


server = server_fixture("api-bad")

@pytest.fixture(scope="module")
def good_upload(server) -> dict:
    """The good plan uploaded first: its record, and its tasks as the API lists them."""
    with server.client() as c:
        r = c.post("/api/documents", files={"file": (f"{GOOD}.txt", (CORPUS / "seeds" / f"{GOOD}.txt").read_bytes())})
        assert r.status_code == 201, r.text
        record = r.json()
        tasks = c.get("/api/tasks", params={"document": record["id"], "limit": 1000}).json()
    return {"record": record, "tasks": tasks}


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_api_upload(case, inputs, server, good_upload):
    data = (inputs / case.name).read_bytes()
    with PeakMemory(server.process.pid) as peak, server.client() as c:
        r = c.post("/api/documents", files={"file": (case.name, data)})
        good = good_upload["record"]
        assert c.get(f"/api/documents/{good['id']}").json() == good
        assert c.get("/api/tasks", params={"document": good["id"], "limit": 1000}).json() == good_upload["tasks"]
        assert c.get("/openapi.json").status_code == 200  # the server is still up
    used = peak.peak
    assert used < MEMORY_LIMIT, f"{used / 2**20:.0f} MB"
    assert r.status_code == case.status, r.text
    if case.refused:
        body = r.json()
        assert_clear(body["message"]["en"], case.refused)
        assert case.name in body["message"]["vi"] and body["message"]["vi"] != body["message"]["en"]
    else:
        case.check(r.json())


def test_ingest_of_the_folder_that_holds_the_database_leaves_the_database_out(tmp_path):
    """`kehoach ingest . --db kehoach.db`: the database and its journal files are not documents to read."""
    (tmp_path / "ke-hoach.txt").write_bytes((CORPUS / "seeds" / f"{GOOD}.txt").read_bytes())
    db = tmp_path / "kehoach.db"
    for _ in range(2):  # the second run finds the database, its -wal and -shm files in the folder
        ran = kehoach("ingest", str(tmp_path), "--db", str(db), "--workers", "1", "--no-progress")
        assert ran.code == 0, ran.err
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    finally:
        conn.close()
