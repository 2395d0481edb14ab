"""Slow work off the GUI thread: a job runs in a QThread and reports by signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from quarantine_desk.config import log_dir
from quarantine_desk.importing.manifest import Cancelled
from quarantine_desk.importing.reader import ImportFileError
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import DatabaseError

log = logging.getLogger(__name__)

# fn(progress, cancelled) -> result
JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


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
        try:
            result = self._fn(self.progressed.emit, self._cancel.is_set)
        except Cancelled:
            self.was_cancelled.emit()
        except (ImportFileError, ServiceError, DatabaseError) as exc:
            self.failed.emit(str(exc))
        except Exception:
            log.exception("background job failed")
            self.failed.emit("Lỗi không lường trước; không có gì được ghi. "
                             f"Chi tiết trong thư mục nhật ký: {log_dir()}")
        else:
            self.succeeded.emit(result)
