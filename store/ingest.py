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
    """The run could not start (database or cluster unusable); the message says why."""


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
    """Worker task: ("ok", plan/1 record) or ("error", a message for the user); never raises."""
    from extractor.blocks import ReadError
    from extractor.pipeline import extract

    try:
        return "ok", extract(data, name).to_json_dict()
    except ReadError as e:
        return "error", str(e)
    except Exception as e:  # one bad file must not stop the run
        return "error", f"could not be extracted ({type(e).__name__}: {e})"


class Workers:
    """Where extraction runs: a pool of worker processes (rebuilt if one dies) or a Dask cluster."""

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
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._pool()
            return self.executor.submit(extract_item, name, data)

    def close(self) -> None:
        """Stop the workers (cancelling what has not started) and disconnect from the cluster."""
        if self.client is not None:
            self.executor.shutdown(wait=True)
            self.client.close()
        else:
            self.executor.shutdown(wait=True, cancel_futures=True)


def _progress(console: Console, enabled: bool) -> Progress:
    return Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("documents"),
                    TextColumn("{task.fields[pages_s]:.1f} pages/s"), TextColumn("[red]{task.fields[failed]} failed"),
                    TimeRemainingColumn(), console=console, disable=not enabled)


def ingest(paths: Iterable[str | Path], db_path: str | Path = store.DEFAULT_DB, workers: int | None = None,
           force: bool = False, dask: str | None = None, limits: Limits | None = None,
           console: Console | None = None, show_progress: bool = True) -> IngestResult:
    """Store every document under `paths`; files already stored are skipped unless `force`.

    Extraction runs in `workers` processes (default: one per core) or on the Dask cluster at
    `dask`; this process alone writes, one transaction per document, so a run killed at any
    point loses nothing already committed and a re-run finishes the rest.
    """
    paths, limits = list(paths), limits or Limits()
    try:
        db = store.open_db(db_path)
    except store.StoreError as e:
        raise IngestError(str(e)) from None
    result, started = IngestResult(), time.monotonic()
    console = console or Console(stderr=True)
    try:
        pool = Workers(workers, dask)
    except BaseException:
        db.close()
        raise
    in_flight: dict[cf.Future, tuple[Item, str]] = {}
    seen: set[str] = set()

    def fail(item: Item, stage: str, message: str, sha: str | None) -> None:
        store.add_failure(db, item.path, stage, message, sha)
        result.failed += 1
        result.failures.append((item.path, stage, message))

    def finish(done: Iterable[cf.Future]) -> None:
        for fut in done:
            item, sha = in_flight.pop(fut)
            try:
                status, payload = fut.result()
            except BrokenProcessPool:
                status, payload = "error", "the worker process died while reading this file; run again to retry"
            except Exception as e:  # a cluster-side error (worker lost, …)
                status, payload = "error", f"could not be extracted ({type(e).__name__}: {e})"
            if status == "ok":
                try:
                    store.add_document(db, payload, item.data, path=item.path, replace=force)
                except sqlite3.OperationalError as e:  # disk full, database locked, read-only …
                    raise IngestError(f"{db_path}: cannot be written ({e}); everything stored so far "
                                      "is kept, run again to finish") from None
                except Exception as e:
                    fail(item, "store", f"the record could not be stored ({type(e).__name__}: {e})", sha)
                    advance()
                    continue
                result.stored += 1
                result.tasks += len(payload.get("tasks") or [])
                result.pages += payload["source"].get("pages") or 1
            else:
                fail(item, "extract", payload, sha)
            advance()

    with _progress(console, show_progress) as bar:
        task = bar.add_task("ingest", total=count_files(paths, limits), pages_s=0.0, failed=0)

        def advance() -> None:
            elapsed = max(time.monotonic() - started, 1e-6)
            bar.update(task, advance=1, pages_s=result.pages / elapsed, failed=result.failed)

        try:
            for item in iter_files(paths, limits):
                result.found += 1
                if item.data is None:
                    fail(item, "read", item.error or "could not be read", None)
                    advance()
                    continue
                sha = hashlib.sha256(item.data).hexdigest()
                if sha in seen or (not force and store.document_id_by_sha(db, sha) is not None):
                    result.duplicates += sha in seen
                    result.skipped += sha not in seen
                    advance()
                    continue
                seen.add(sha)
                in_flight[pool.submit(item.name, item.data)] = (item, sha)
                while len(in_flight) >= 2 * pool.size:
                    finish(cf.wait(in_flight, return_when=cf.FIRST_COMPLETED).done)
            while in_flight:
                finish(cf.wait(in_flight, return_when=cf.FIRST_COMPLETED).done)
        finally:
            pool.close()
            db.execute("PRAGMA optimize")  # keep the query planner's statistics current
            db.close()
    result.seconds = time.monotonic() - started
    return result


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
