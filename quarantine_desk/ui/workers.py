"""Slow work off the GUI thread: a job runs in a QThread and reports by signal."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from quarantine_desk.config import log_dir
from quarantine_desk.i18n import tr
from quarantine_desk.services.errors import Cancelled, ServiceError
from quarantine_desk.storage.db import DatabaseError

log = logging.getLogger(__name__)

# fn(progress, cancelled) -> result
JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


_pause_lock = threading.Lock()
_running_jobs = 0
_gc_was_enabled = True


@contextmanager
def _no_collection_in_workers() -> Iterator[None]:
    """No cyclic garbage collection while any job runs.

    A collection runs in whichever thread happens to allocate; run in a worker, it may
    destroy an unreachable Qt widget off the GUI thread, which crashes Qt. Collections
    resume, on the GUI thread in practice, once the last job ends.
    """
    global _running_jobs, _gc_was_enabled
    with _pause_lock:
        if _running_jobs == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _running_jobs += 1
    try:
        yield
    finally:
        with _pause_lock:
            _running_jobs -= 1
            if _running_jobs == 0 and _gc_was_enabled:
                gc.enable()


class Job(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, fn: JobFunction, parent: Any = None) -> None:
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:  # in the worker thread
        with _no_collection_in_workers():
            self._run()

    def _run(self) -> None:
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except (ServiceError, DatabaseError) as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("background job failed")
            self.failed.emit(tr("Lỗi không lường trước; không có gì được ghi. Chi tiết trong "
                                "thư mục nhật ký: {value}", value=log_dir()))
        else:
            self.succeeded.emit(result)


class Jobs(QObject):
    """The window's one runner of background work.

    A job is started for an owner ("import", "allocation", "paper", "print", "backup"),
    one at a time per owner; the runner keeps it until it ends, tells the owner how it
    went, and lets the window ask whether anything still runs, cancel or wait for it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: dict[str, Job] = {}

    def start(self, owner: str, fn: JobFunction, *, succeeded: Callable[[Any], None],
              failed: Callable[[str], None], cancelled: Callable[[], None] | None = None,
              progressed: Callable[[int, int], None] | None = None,
              finished: Callable[[], None] | None = None) -> Job | None:
        """Run `fn(progress, cancelled)` in a worker thread; None when `owner` is busy."""
        if owner in self._jobs:
            return None
        job = Job(fn, self)
        job.succeeded.connect(succeeded)
        job.failed.connect(failed)
        if cancelled is not None:
            job.was_cancelled.connect(cancelled)
        if progressed is not None:
            job.progressed.connect(progressed)
        job.finished.connect(lambda: self._ended(owner, job, finished))
        self._jobs[owner] = job
        job.start()
        return job

    def _ended(self, owner: str, job: Job, finished: Callable[[], None] | None) -> None:
        if self._jobs.get(owner) is job:
            del self._jobs[owner]
        job.deleteLater()
        if finished is not None:
            finished()

    def job(self, owner: str) -> Job | None:
        return self._jobs.get(owner)

    def running(self) -> bool:
        return bool(self._jobs)

    def cancel(self, owner: str) -> None:
        job = self._jobs.get(owner)
        if job is not None:
            job.cancel()

    def wait(self, owner: str | None = None, timeout_ms: int = 60_000) -> None:
        """Block until the owner's job (every job, without an owner) has finished."""
        jobs = list(self._jobs.values()) if owner is None else [self._jobs.get(owner)]
        for job in jobs:
            if job is not None:
                job.wait(timeout_ms)
