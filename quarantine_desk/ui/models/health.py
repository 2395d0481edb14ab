"""The daily health grid: type a temperature, press Enter, go on to the next person."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.health import CheckRow, HealthService
from quarantine_desk.ui.models.base import FlatTableModel

_Index = QModelIndex | QPersistentModelIndex
FEVER_BRUSH = QBrush(QColor("#fde2e1"))
HEADERS = [
    QT_TR_NOOP("Phòng"),
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Ngày thứ"),
    QT_TR_NOOP("Nhiệt độ (°C)"),
    QT_TR_NOOP("Triệu chứng"),
]
COL_ROOM, COL_NAME, COL_DAY, COL_TEMP, COL_SYMPTOMS = range(5)


class HealthGridModel(FlatTableModel):
    """Editing a cell records the check at once through the service."""

    refused = Signal(str)  # why a typed value was not stored
    accepted = Signal()  # a value was stored (an earlier refusal no longer stands)

    def __init__(self, service: HealthService, parent: Any = None) -> None:
        super().__init__(parent)
        self.service = service
        self.rows: list[CheckRow] = []
        self.on: date = date.today()

    def load(self, facility_code: str | None, on: date) -> None:
        self.beginResetModel()
        self.on = on
        self.rows = self.service.checks_for(facility_code, on) if facility_code else []
        self.endResetModel()

    HEADERS = HEADERS

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (COL_TEMP, COL_SYMPTOMS):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            return FEVER_BRUSH if row.fever else None
        if role == Qt.ItemDataRole.ToolTipRole and row.fever:
            return tr("Sốt từ 37,5 °C: chuyển đi khám và điều trị")
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_DAY, COL_TEMP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if col == COL_ROOM:
            return row.room or ""
        if col == COL_NAME:
            return row.full_name
        if col == COL_DAY:
            return str(row.day)
        if col == COL_TEMP:
            if row.temperature is None:
                return ""
            text = f"{row.temperature:.1f}"
            return text.replace(".", ",") if role == Qt.ItemDataRole.DisplayRole else text
        if col == COL_SYMPTOMS:
            return row.symptoms or ""
        return None

    def setData(
        self,
        index: _Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        temperature, symptoms = row.temperature, row.symptoms
        if index.column() == COL_TEMP:
            text = str(value).strip().replace(",", ".")
            if not text:
                temperature = None
            else:
                try:
                    temperature = float(text)
                except ValueError:
                    self.refused.emit(tr("Nhiệt độ «{value}» phải là số, VD 37,8.", value=value))
                    return False
        elif index.column() == COL_SYMPTOMS:
            symptoms = str(value).strip() or None
        else:
            return False
        try:
            self.service.record_check(row.person_id, self.on, temperature, symptoms)
        except ServiceError as exc:
            self.refused.emit(str(exc))
            return False
        row.temperature, row.symptoms = temperature, symptoms
        left, right = self.index(index.row(), 0), self.index(index.row(), len(HEADERS) - 1)
        self.dataChanged.emit(left, right)
        self.accepted.emit()
        return True
