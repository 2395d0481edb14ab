"""The people table: holds row ids, fetches rows lazily in blocks, caches them."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.vaccination import STATUS_LABELS, VaccinationStatus
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.people import PeopleService, PersonFilter, PersonRow, detail_text
from quarantine_desk.ui.formatting import id_type_label, sex_label, show_date, status_label
from quarantine_desk.ui.models.base import SORT_ROLE, FlatTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_NAME, COL_SEX, COL_BIRTH, COL_DOCUMENT, COL_STATUS, COL_FACILITY, COL_ROOM, \
    COL_ADMITTED, COL_RELEASE = range(9)
# then the fields of domain/person_fields.py's table it shows, in its order
SHOWN = {COL_RELEASE + 1 + i: spec for i, spec in enumerate(person_fields.SHOWN)}

HEADERS = [
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Giới tính"),
    QT_TR_NOOP("Ngày sinh"),
    QT_TR_NOOP("Giấy tờ"),
    QT_TR_NOOP("Trạng thái"),
    QT_TR_NOOP("Cơ sở"),
    QT_TR_NOOP("Phòng"),
    QT_TR_NOOP("Ngày vào"),
    QT_TR_NOOP("Dự kiến ra"),
    *(spec.label for spec in person_fields.SHOWN),
]
# The service's sort column behind each table column (None: not sortable there).
SORT_KEYS = ["name", None, "birth_year", "id_number", "status", "facility", "room",
             "admitted_on", "planned_release_on", *(None for _ in person_fields.SHOWN)]

BLOCK = 200

_Index = QModelIndex | QPersistentModelIndex


class PeopleTableModel(FlatTableModel):
    def __init__(self, service: PeopleService, parent: Any = None) -> None:
        super().__init__(parent)
        self._service = service
        self._ids: list[int] = []
        self._cache: dict[int, PersonRow] = {}
        self._filter = PersonFilter()
        self._sort = "name"
        self._descending = False
        self._loaded = False
        self._rows_by_id: dict[int, int] | None = None

    # -- loading ------------------------------------------------------------

    def set_filter(self, flt: PersonFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Fetch the ids again and forget cached rows (after any change)."""
        self.beginResetModel()
        self._ids = self._service.ids(self._filter, self._sort, self._descending)
        self._rows_by_id = None
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def mark_stale(self) -> None:
        self._cache.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _row(self, row: int) -> PersonRow | None:
        person_id = self._ids[row]
        cached = self._cache.get(person_id)
        if cached is not None:
            return cached
        start = (row // BLOCK) * BLOCK
        block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        for fetched in self._service.rows(block):
            self._cache[fetched.id] = fetched
        return self._cache.get(person_id)

    def person_id(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, person_id: int) -> int | None:
        """The row of a person in the list, or None when the list no longer holds them."""
        if self._rows_by_id is None:
            self._rows_by_id = {pid: row for row, pid in enumerate(self._ids)}
        return self._rows_by_id.get(person_id)

    def person(self, row: int) -> PersonRow | None:
        return self._row(row) if 0 <= row < len(self._ids) else None

    # -- Qt model API -------------------------------------------------------

    HEADERS = HEADERS

    def row_count(self) -> int:
        return len(self._ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        col = index.column()
        if role == SORT_ROLE:
            return _sort_value(row, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in SHOWN:
                return detail_text(row, SHOWN[col].key) or None
            return row.address if col == COL_NAME else None
        return _display(row, col)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if not self._loaded or (key, descending) == (self._sort, self._descending):
            self._sort, self._descending = key, descending  # applied by the first load
            return
        self.layoutAboutToBeChanged.emit()
        # the selection (and the current row) follow their people to their new rows
        kept = self.persistentIndexList()
        whose = [self._ids[i.row()] if 0 <= i.row() < len(self._ids) else None for i in kept]
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._ids = self._service.ids(self._filter, self._sort, self._descending)
        self._rows_by_id = None
        self._cache.clear()
        moved = []
        for index, person_id in zip(kept, whose, strict=True):
            row = self.row_of(person_id) if person_id is not None else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()


def _display(row: PersonRow, col: int) -> str:
    if col == COL_NAME:
        return row.full_name
    if col == COL_SEX:
        return sex_label(row.sex)
    if col == COL_BIRTH:
        return show_date(row.date_of_birth) if row.date_of_birth else str(row.birth_year or "")
    if col == COL_DOCUMENT:
        if not row.id_number:
            return ""
        return f"{id_type_label(row.id_type)} {row.id_number}".strip()
    if col == COL_STATUS:
        label = status_label(row.status)
        return f"{label} ({row.contact_level})" if row.contact_level else label
    if col == COL_FACILITY:
        return row.facility or ""
    if col == COL_ROOM:
        return row.room or ""
    if col == COL_ADMITTED:
        return show_date(row.admitted_on)
    if col == COL_RELEASE:
        return show_date(row.released_on or row.planned_release_on)
    spec = SHOWN.get(col)
    if spec is None:
        return ""
    if spec.key == "vaccination":  # today's status, the doses in brackets
        label = tr(STATUS_LABELS[VaccinationStatus(row.vaccination_status)])
        return tr("{label} ({n} mũi)", label=label, n=row.vaccine_doses) \
            if row.vaccine_doses else label
    return detail_text(row, spec.key)


def _sort_value(row: PersonRow, col: int) -> Any:
    values: dict[int, Any] = {
        COL_NAME: row.full_name,
        COL_SEX: row.sex or "",
        COL_BIRTH: row.date_of_birth or (date(row.birth_year, 1, 1) if row.birth_year else None),
        COL_DOCUMENT: row.id_number or "",
        COL_STATUS: row.status,
        COL_FACILITY: row.facility or "",
        COL_ROOM: row.room or "",
        COL_ADMITTED: row.admitted_on,
        COL_RELEASE: row.released_on or row.planned_release_on,
    }
    return values.get(col)
