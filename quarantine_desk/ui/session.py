"""The signed-in session on the desktop: the idle lock and the daily backup while running."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from quarantine_desk.services import Services
from quarantine_desk.services.backup import AUTO_FOLDER
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.workers import Job, Jobs

log = logging.getLogger(__name__)
_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
          QEvent.Type.MouseMove, QEvent.Type.TouchBegin}


class IdleLock(QObject):
    """Locks the window after the administrator's idle time without keyboard or mouse."""

    def __init__(self, window: QWidget, services: Services,
                 ask_unlock: Callable[[], bool]) -> None:
        super().__init__(window)
        self.window = window
        self.ask_unlock = ask_unlock  # shows the lock dialog; False means quit
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(services.settings.option("idle_lock_minutes") * 60_000)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.locked and event.type() in _INPUT:
            self.timer.start()
        return False

    def lock(self) -> None:
        """Hide what is on screen and ask for the password again."""
        if self.locked:
            return
        self.locked = True
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None:
            central.hide()
        try:
            unlocked = self.ask_unlock()
        finally:
            self.locked = False
        if not unlocked:
            self.window.close()
            return
        if central is not None:
            central.show()
        self.timer.start()


JOB = "backup"  # the runner's name for the daily backup


class DailyBackup(QObject):
    """A backup in the rotation at start-up and then every 24 hours while the program runs."""

    CHECK_MS = 15 * 60_000

    def __init__(self, parent: QObject, services: Services, jobs: Jobs | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.jobs = jobs or Jobs(self)
        self.last: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self, now: datetime | None = None, *, background: bool = True) -> bool:
        now = now or datetime.now()
        if self.last is not None and now - self.last < timedelta(hours=24):
            return False
        return self.run(now, background=background)

    def run(self, now: datetime | None = None, *, background: bool = True) -> bool:
        """Start a backup (in a worker thread: a big file takes a while to copy)."""
        db = self.services.db
        if not db.is_sqlite or db.path is None or self.job is not None:
            return False
        folder, keep = db.path.parent / AUTO_FOLDER, self.services.settings.option("backup_keep")
        self.last = now or datetime.now()

        def work(progress: object, cancelled: object) -> None:
            self.services.backups.auto_backup(folder, keep)

        if not background:
            try:
                work(None, None)
            except ServiceError:
                log.exception("automatic backup failed")
                return False
            return True
        self.jobs.start(JOB, work, succeeded=lambda _: None,
                        failed=lambda message: log.error("automatic backup failed: %s", message))
        return True

    @property
    def job(self) -> Job | None:
        return self.jobs.job(JOB)

    def wait(self) -> None:
        self.jobs.wait(JOB, 120_000)
