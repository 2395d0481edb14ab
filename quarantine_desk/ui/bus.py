"""A process-wide broadcast of committed changes: pages refresh when what they show changed.

The database tells its listeners what each committed write changed (the actions of the
audit trail, storage/db.py); the bus turns them into `Changes` (services/changes.py) and
emits them on the GUI thread. Each page says which topics it `watches`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from quarantine_desk.services.changes import Changes
from quarantine_desk.storage.db import Database


class DataBus(QObject):
    changed = Signal(object)  # a Changes
    waiting = Signal(bool)  # a write waits for another desk's to end (True), or no longer

    def listen(self, db: Database) -> None:
        """Hear every committed write to `db`, and every wait for another desk, whichever
        thread made it; emitting queues it to this object's (the GUI) thread."""
        stops = [db.on_commit(lambda actions: self.changed.emit(Changes.of(actions))),
                 db.on_waiting(self.waiting.emit)]
        self._stop = lambda: [stop() for stop in stops]
        self.destroyed.connect(self._stop)

    def stop(self) -> None:
        stop = getattr(self, "_stop", None)
        if stop is not None:
            stop()
