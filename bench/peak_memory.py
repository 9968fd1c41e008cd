"""The peak resident memory of a process and its children, sampled while it runs."""
from __future__ import annotations

import os
import threading

import psutil


class PeakMemory:
    """Samples the resident memory of a process (this one by default) and all its children, every `every`
    seconds while in a `with` block; `peak` in bytes."""

    def __init__(self, pid: int | None = None, every: float = 0.02) -> None:
        self.pid, self.every, self.peak, self._stop = pid or os.getpid(), every, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            root = psutil.Process(self.pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                procs = []
            for p in procs:
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.every)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
