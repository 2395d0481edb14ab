"""A process-wide broadcast: pages refresh themselves when data changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    changed = Signal()
