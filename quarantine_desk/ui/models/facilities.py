"""The facilities table with occupancy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from quarantine_desk.i18n import QT_TR_NOOP
from quarantine_desk.services.facilities import FacilityView
from quarantine_desk.ui.formatting import facility_status_label, kind_label
from quarantine_desk.ui.models.base import SORT_ROLE, FlatTableModel

(
    COL_CODE,
    COL_NAME,
    COL_KIND,
    COL_UNIT,
    COL_DISTRICT,
    COL_BEDS,
    COL_OCCUPIED,
    COL_FREE,
    COL_STATUS,
) = range(9)
HEADERS = [
    QT_TR_NOOP("Mã"),
    QT_TR_NOOP("Tên cơ sở"),
    QT_TR_NOOP("Loại"),
    QT_TR_NOOP("Đơn vị quản lý"),
    QT_TR_NOOP("Quận, huyện"),
    QT_TR_NOOP("Giường"),
    QT_TR_NOOP("Đang ở"),
    QT_TR_NOOP("Còn trống"),
    QT_TR_NOOP("Trạng thái"),
]
NUMERIC = {COL_BEDS, COL_OCCUPIED, COL_FREE}

_Index = QModelIndex | QPersistentModelIndex


class FacilityTableModel(FlatTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[FacilityView] = []

    def set_rows(self, rows: list[FacilityView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def facility(self, row: int) -> FacilityView:
        return self._rows[row]

    HEADERS = HEADERS

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        f = self._rows[index.row()]
        col = index.column()
        values: list[Any] = [
            f.code,
            f.name,
            f.kind,
            f.unit or "",
            f.district or "",
            f.beds,
            f.occupied,
            f.free,
            f.status,
        ]
        if role == SORT_ROLE:
            return values[col]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_KIND:
                return kind_label(f.kind)
            if col == COL_STATUS:
                return facility_status_label(f.status)
            return str(values[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NAME:
            return f.address
        return None
