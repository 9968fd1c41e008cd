"""Bulk ingest: a mixed corpus twice, a run killed with SIGKILL and resumed, a Dask cluster, the command."""
import hashlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile

import psutil
import pytest

from store import db as store
from store.ingest import ingest
from tests.conftest import REPO


def expected(files):
    """What the extractor itself says of each file: sha256 -> task count, and the names it refuses."""
    from extractor.pipeline import extract

    good, bad = {}, set()
    for f in files:
        try:
            good[hashlib.sha256(f.read_bytes()).hexdigest()] = len(extract(f.read_bytes(), f.name).tasks)
        except Exception:
            bad.add(f.name)
    return good, bad


def snapshot(db_path):
    """The database's content, independent of row ids and times."""
    db = store.open_db(db_path)
    docs = {r["sha256"]: r["record"] for r in db.query("SELECT sha256, record FROM documents")}
    tasks = sorted(db.execute("SELECT d.sha256, t.position, t.name, t.lead_canonical, t.due_end FROM tasks t "
                              "JOIN documents d ON d.id = t.document_id").fetchall())
    failures = sorted(db.execute("SELECT file, sha256, stage, message FROM failures").fetchall())
    ids = sorted(db.execute("SELECT id, sha256 FROM documents").fetchall())
    db.close()
    return docs, tasks, failures, ids


@pytest.fixture
def mixed_corpus(corpus, tmp_path):
    """The repo corpus as a zip (seeds + pdf), a tar.gz (docx) and a folder with a corrupt PDF and an empty file."""
    seeds, pdfs, docxs = (sorted((corpus / d).glob(g)) for d, g in
                          [("seeds", "*.txt"), ("pdf", "*.pdf"), ("docx", "*.docx")])
    z = tmp_path / "corpus.zip"
    with zipfile.ZipFile(z, "w") as zf:
        for f in seeds + pdfs:
            zf.write(f, f"{f.parent.name}/{f.name}")
    t = tmp_path / "docx.tar.gz"
    with tarfile.open(t, "w:gz") as tf:
        for f in docxs:
            tf.add(f, f"docx/{f.name}")
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "corrupt.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref")
    (loose / "empty.txt").write_bytes(b"")
    return [z, t, loose], seeds + pdfs + docxs + sorted(loose.iterdir())


def test_mixed_corpus_twice_stores_each_good_document_once(mixed_corpus, tmp_path):
    paths, files = mixed_corpus
    good, bad = expected(files)
    assert bad == {"corrupt.pdf", "empty.txt"} and len(good) == len(files) - 2
    db_path = tmp_path / "k.db"
    first = ingest(paths, db_path, workers=2, show_progress=False)
    assert (first.found, first.stored, first.failed) == (len(files), len(good), len(bad))
    docs, tasks, failures, ids = snapshot(db_path)
    assert set(docs) == set(good)
    assert len(tasks) == sum(good.values()) == first.tasks  # every task of every stored document
    assert sorted(f[0].rsplit("/", 1)[-1] for f in failures) == sorted(bad)  # one row each, no more
    messages = {f[0].rsplit("/", 1)[-1]: f[3] for f in failures}
    assert messages["empty.txt"] == "the file is empty" and messages["corrupt.pdf"]

    second = ingest(paths, db_path, workers=1, show_progress=False)
    assert (second.stored, second.skipped, second.failed) == (0, len(good), len(bad))
    again = snapshot(db_path)
    assert again[:2] == (docs, tasks) and again[3] == ids
    assert [f[:3] for f in again[2]] == [f[:3] for f in failures]  # failures replaced, not doubled


def variants(n):
    """`n` distinct small plans made from the seed texts (number, year and a line changed)."""
    seeds = sorted((REPO / "corpus" / "seeds").glob("*.txt"))
    out = []
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        text = re.sub(r"\b20(1\d|2\d)\b", str(2010 + i % 15), text)
        out.append(f"{text}\nBản số {i}.\n".encode())
    return out


def count_documents(db_path):
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def process_group_ends(pgid, within):
    """True when no live (non-zombie) process of the group is left within `within` seconds."""
    def alive(p):
        try:
            return os.getpgid(p.pid) == pgid and p.status() != psutil.STATUS_ZOMBIE
        except (OSError, psutil.Error):
            return False

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(alive(p) for p in psutil.process_iter()):
            return True
        time.sleep(0.1)
    return False


def test_an_ingest_killed_halfway_finishes_on_rerun_with_every_document_once(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    docs = variants(40)
    for i, data in enumerate(docs):
        (folder / f"plan_{i:02d}.txt").write_bytes(data)
    db_path = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "cli.main", "ingest", str(folder), "--db", str(db_path), "--workers", "1",
           "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        stored_at_kill, deadline = 0, time.monotonic() + 120
        while proc.poll() is None and time.monotonic() < deadline:
            stored_at_kill = count_documents(db_path)
            if stored_at_kill >= 2:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.01)
        proc.wait(timeout=30)
        orphans_gone = process_group_ends(proc.pid, within=10)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever of the killed run is still there
        except ProcessLookupError:
            pass
    assert proc.returncode == -signal.SIGKILL
    assert 2 <= stored_at_kill < len(docs)
    assert orphans_gone  # the workers notice their parent died and leave

    rerun = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "Traceback" not in rerun.stderr and "already in the database" in rerun.stdout
    conn = sqlite3.connect(db_path)
    shas = [r[0] for r in conn.execute("SELECT sha256 FROM documents")]
    assert sorted(shas) == sorted(hashlib.sha256(d).hexdigest() for d in docs)  # each exactly once
    task_rows, task_counts = conn.execute(
        "SELECT (SELECT count(*) FROM tasks), (SELECT sum(task_count) FROM documents)").fetchone()
    assert task_rows == (task_counts or 0)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM files").fetchone()[0] == len(docs)
    conn.close()


def test_dask_cluster_gives_the_same_database_as_the_process_pool(mixed_corpus, tmp_path):
    distributed = pytest.importorskip("distributed", reason="the dask extra is part of dev")
    paths, _files = mixed_corpus
    ingest(paths, tmp_path / "pool.db", workers=1, show_progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        result = ingest(paths, tmp_path / "dask.db", dask=cluster.scheduler_address, show_progress=False)
    assert result.stored >= 5
    pool, dask = snapshot(tmp_path / "pool.db"), snapshot(tmp_path / "dask.db")
    assert dask[0] == pool[0] and dask[1] == pool[1]
    assert [f[:4] for f in dask[2]] == [f[:4] for f in pool[2]]


def test_force_reextracts_in_place(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_bytes(variants(2)[1])
    db_path = tmp_path / "k.db"
    ingest([folder], db_path, workers=1, show_progress=False)
    before = snapshot(db_path)
    result = ingest([folder], db_path, workers=1, force=True, show_progress=False)
    assert (result.stored, result.skipped) == (1, 0)
    assert snapshot(db_path) == before  # same id, same rows: replaced, not added


def test_ingest_command_reports_and_refuses_missing_paths(tmp_path):
    r = subprocess.run([sys.executable, "-m", "cli.main", "ingest", str(tmp_path / "nope"), "--db",
                        str(tmp_path / "k.db")], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 2 and "no such file or folder" in r.stderr and "Traceback" not in r.stderr
    (tmp_path / "x.db").write_bytes(b"this is not a database" * 100)
    (tmp_path / "empty.txt").write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "cli.main", "ingest", str(tmp_path / "empty.txt"), "--db",
                        str(tmp_path / "x.db")], cwd=REPO, capture_output=True, text=True)
    assert r.returncode == 2 and "cannot be used as a kehoach database" in r.stderr


def test_a_file_slower_than_the_timeout_fails_and_the_others_go_through(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    seed = (REPO / "corpus" / "seeds" / "001_c5e464c71dd820ff.txt").read_text(encoding="utf-8")
    (folder / "a_huge.txt").write_text(seed * 200, encoding="utf-8")  # about 17 s to read (2 cores, 2026)
    small = variants(3)
    for i, data in enumerate(small):
        (folder / f"b_{i}.txt").write_bytes(data)
    started = time.monotonic()
    result = ingest([folder], tmp_path / "k.db", workers=1, timeout=5, show_progress=False)
    assert time.monotonic() - started < 20
    assert (result.stored, result.failed) == (3, 1)
    path, stage, message = result.failures[0]
    assert path.endswith("a_huge.txt") and stage == "extract" and "gave up after 5 s" in message
