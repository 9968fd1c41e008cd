"""Bulk ingest: documents from files, folders and archives, extracted in parallel, stored by one writer."""
from __future__ import annotations

import concurrent.futures as cf
import hashlib
import importlib
import multiprocessing
import os
import sqlite3
import threading
import time
from collections.abc import Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from store import db as store
from store.archive import Item, Limits, count_files, iter_files

HEAVY_MODULES = ("extractor.pipeline", "extractor.readers.pdf", "extractor.readers.docx", "extractor.readers.html")


class IngestError(Exception):
    """The run cannot start or go on (database or cluster unusable); the message says why."""


@dataclass
class IngestResult:
    """What a run did, in counts, plus the failures it recorded."""

    found: int = 0
    stored: int = 0
    skipped: int = 0       # already in the database (same sha256)
    duplicates: int = 0    # the same bytes met again in this run
    failed: int = 0
    tasks: int = 0
    pages: int = 0         # pages of the stored documents (a file without pages counts one)
    seconds: float = 0.0
    failures: list[tuple[str, str, str]] = field(default_factory=list)


def _warm(parent: int) -> None:
    """Worker initializer: import the extractor (and whichever readers exist) once per process,
    and leave when the parent dies (killed with SIGKILL, it cannot stop its workers itself)."""
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()
    for name in HEAVY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pass


def _exit_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def extract_item(name: str, data: bytes) -> tuple[str, dict | str]:
    """Worker task: ("ok", {"record": plan/1 record, "text": normalized text}) or ("error", a message
    for the user); never raises."""
    from extractor.blocks import ReadError
    from extractor.pipeline import extract_full

    try:
        result = extract_full(data, name)
        return "ok", {"record": result.plan.to_json_dict(), "text": result.text}
    except ReadError as e:
        return "error", str(e)
    except Exception as e:  # one bad file must not stop the run
        return "error", f"could not be extracted ({type(e).__name__}: {e})"


class Workers:
    """Where extraction runs: a pool of worker processes (restarted when one hangs or dies) or a Dask cluster."""

    def __init__(self, workers: int | None = None, dask: str | None = None) -> None:
        self.size = workers or os.cpu_count() or 1
        self.client = None
        if dask:
            try:
                from distributed import Client
            except ImportError:
                raise IngestError('--dask needs the dask extra: pip install "kehoach[dask]"') from None
            try:
                self.client = Client(dask, timeout="10s")
            except (OSError, TimeoutError) as e:
                raise IngestError(f"cannot reach the Dask scheduler at {dask} ({e})") from None
            self.size = max(sum(self.client.nthreads().values()), 1)
            self.executor: cf.Executor = self.client.get_executor(pure=False)
        else:
            self.executor = self._pool()

    def _pool(self) -> cf.Executor:
        return cf.ProcessPoolExecutor(self.size, mp_context=multiprocessing.get_context("spawn"),
                                      initializer=_warm, initargs=(os.getpid(),))

    def submit(self, name: str, data: bytes) -> cf.Future:
        """Start extracting one file."""
        try:
            return self.executor.submit(extract_item, name, data)
        except BrokenProcessPool:
            self.restart()
            return self.executor.submit(extract_item, name, data)

    def _kill(self) -> None:
        """Kill the pool's processes (CPython keeps them in `_processes`; 3.14 has terminate_workers)."""
        for proc in list((getattr(self.executor, "_processes", None) or {}).values()):
            proc.kill()

    def restart(self) -> None:
        """A fresh pool in place of one with a stuck or dead worker (a Dask cluster handles its own)."""
        if self.client is None:
            self._kill()
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = self._pool()

    def close(self, kill: bool = False) -> None:
        """Stop the workers (killing them when `kill`, e.g. on Ctrl-C) and disconnect from the cluster."""
        if self.client is not None:
            self.executor.shutdown(wait=not kill)
            self.client.close()
            return
        if kill:
            self._kill()
        self.executor.shutdown(wait=True, cancel_futures=True)


def _progress(console: Console, enabled: bool) -> Progress:
    return Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                    TextColumn("{task.fields[pages_s]:.1f} pages/s"), TextColumn("[red]{task.fields[failed]} failed"),
                    TimeRemainingColumn(), console=console, disable=not enabled)


class _Run:
    """One ingest run: hands files to the workers, writes what comes back, counts, shows progress."""

    def __init__(self, db: store.Database, pool: Workers, force: bool, timeout: float, bar: Progress,
                 total: int) -> None:
        self.db, self.pool, self.force, self.timeout, self.bar = db, pool, force, timeout, bar
        self.result, self.started = IngestResult(), time.monotonic()
        self.in_flight: dict[cf.Future, tuple[Item, str]] = {}  # in the order given to the workers
        self.begun: dict[cf.Future, float] = {}  # when each file being read was first seen running
        self.seen: set[str] = set()
        self.task = bar.add_task("ingest", total=total, pages_s=0.0, failed=0)

    def advance(self) -> None:
        elapsed = max(time.monotonic() - self.started, 1e-6)
        self.bar.update(self.task, advance=1, pages_s=self.result.pages / elapsed, failed=self.result.failed)

    def fail(self, item: Item, stage: str, message: str, sha: str | None) -> None:
        store.add_failure(self.db, item.path, stage, message, sha)
        self.result.failed += 1
        self.result.failures.append((item.path, stage, message))
        self.advance()

    def add(self, item: Item) -> None:
        """Take one found file: record why it is unreadable, skip it if known, or send it to a worker."""
        self.result.found += 1
        if item.data is None:
            return self.fail(item, "read", item.error or "could not be read", None)
        sha = hashlib.sha256(item.data).hexdigest()
        if sha in self.seen or (not self.force and store.document_id_by_sha(self.db, sha) is not None):
            self.result.duplicates += sha in self.seen
            self.result.skipped += sha not in self.seen
            return self.advance()
        self.seen.add(sha)
        self.in_flight[self.pool.submit(item.name, item.data)] = (item, sha)
        while len(self.in_flight) >= 2 * self.pool.size:
            self.step()

    def drain(self) -> None:
        """Wait for every file still with the workers."""
        while self.in_flight:
            self.step()

    def step(self) -> None:
        """Write whatever the workers finished; give up on files that take longer than the timeout."""
        done, _ = cf.wait(self.in_flight, timeout=1.0, return_when=cf.FIRST_COMPLETED)
        for fut in done:
            item, sha = self.in_flight.pop(fut)
            self.store(item, sha, fut)
        now = time.monotonic()
        # the workers take files in the order given, so the oldest `size` ones are those being read
        running = list(self.in_flight)[:self.pool.size]
        self.begun = {f: self.begun.get(f, now) for f in running}
        late = [f for f in running if now - self.begun[f] > self.timeout]
        if not late:
            return
        for fut in late:
            item, sha = self.in_flight.pop(fut)
            fut.cancel()
            self.fail(item, "extract", f"gave up after {self.timeout:.0f} s (the file is too slow to read; "
                                       "--timeout allows more)", sha)
        others = list(self.in_flight.values())
        self.in_flight.clear()
        self.pool.restart()  # the stuck worker is killed; the innocent files start again
        for item, sha in others:
            self.in_flight[self.pool.submit(item.name, item.data)] = (item, sha)

    def store(self, item: Item, sha: str, fut: cf.Future) -> None:
        """Write one worker's result, or record why the file failed."""
        try:
            status, payload = fut.result()
        except BrokenProcessPool:
            status, payload = "error", "the worker process died while reading this file; run again to retry"
        except Exception as e:  # a cluster-side error (worker lost, …)
            status, payload = "error", f"could not be extracted ({type(e).__name__}: {e})"
        if status != "ok":
            return self.fail(item, "extract", payload, sha)
        record = payload["record"]
        try:
            store.add_document(self.db, record, item.data, path=item.path, replace=self.force, text=payload["text"])
        except sqlite3.OperationalError as e:  # disk full, database locked, read-only …
            raise IngestError(f"the database cannot be written ({e}); everything stored so far is kept, "
                              "run again to finish") from None
        except Exception as e:
            return self.fail(item, "store", f"the record could not be stored ({type(e).__name__}: {e})", sha)
        self.result.stored += 1
        self.result.tasks += len(record.get("tasks") or [])
        self.result.pages += record["source"].get("pages") or 1
        self.advance()


def ingest(paths: Iterable[str | Path], db_path: str | Path = store.DEFAULT_DB, workers: int | None = None,
           force: bool = False, dask: str | None = None, limits: Limits | None = None, timeout: float = 300,
           console: Console | None = None, show_progress: bool = True) -> IngestResult:
    """Store every document under `paths`; files already stored are skipped unless `force`.

    Extraction runs in `workers` processes (default: one per core) or on the Dask cluster at
    `dask`, at most `timeout` seconds per file; this process alone writes, one transaction per
    document, so a run killed at any point loses nothing committed and a re-run finishes the rest.
    """
    paths, limits = list(paths), limits or Limits()
    # the database (and its journal files) may sit in a folder being ingested: it is not a document
    skip = {Path(f"{db_path}{suffix}").resolve() for suffix in ("", "-wal", "-shm", "-journal")}
    try:
        db = store.open_db(db_path)
    except store.StoreError as e:
        raise IngestError(str(e)) from None
    try:
        pool = Workers(workers, dask)
    except BaseException:
        db.close()
        raise
    interrupted = True
    try:
        with _progress(console or Console(stderr=True), show_progress) as bar:
            run = _Run(db, pool, force, timeout, bar, count_files(paths, limits, skip))
            for item in iter_files(paths, limits, skip):
                run.add(item)
            run.drain()
        interrupted = False
    finally:
        pool.close(kill=interrupted)
        db.execute("PRAGMA optimize")  # keep the query planner's statistics current
        db.close()
    run.result.seconds = time.monotonic() - run.started
    return run.result


def summary_table(result: IngestResult, max_failures: int = 20) -> Table:
    """The end-of-run summary: counts, speed, and the first failures with their reasons."""
    table = Table(title="kehoach ingest", show_header=False)
    secs = max(result.seconds, 1e-6)
    rows = [("files found", result.found), ("stored", result.stored),
            ("already in the database", result.skipped), ("duplicates in this run", result.duplicates),
            ("failed", result.failed), ("tasks stored", result.tasks), ("pages stored", result.pages),
            ("time", f"{result.seconds:.1f} s"),
            ("speed", f"{result.stored / secs:.1f} documents/s, {result.pages / secs:.1f} pages/s")]
    for label, value in rows:
        table.add_row(label, str(value), style="red" if label == "failed" and result.failed else None)
    if not result.failures:
        return table
    failures = Table(title=f"failures ({result.failed})", show_lines=False)
    for col in ("file", "stage", "reason"):
        failures.add_column(col, overflow="fold")
    for path, stage, message in result.failures[:max_failures]:
        failures.add_row(path, stage, message)
    if result.failed > max_failures:
        failures.add_row(f"… and {result.failed - max_failures} more (table failures in the database)", "", "")
    outer = Table.grid(padding=(1, 0))
    outer.add_row(table)
    outer.add_row(failures)
    return outer
