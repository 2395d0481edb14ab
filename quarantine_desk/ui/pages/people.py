"""Người cách ly: search as Vietnamese is typed, filters, and a lazy table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import PERSON_STATUS_LABELS
from quarantine_desk.services import Services
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.ui.models.people import COL_NAME, PeopleTableModel

SEARCH_DELAY_MS = 200


class PeoplePage(QWidget):
    title = "Người cách ly"

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("Tìm theo tên (có dấu hay không dấu), số giấy tờ, điện thoại…")
        self.search.setClearButtonEnabled(True)
        self.facility = QComboBox()
        self.status = QComboBox()
        self.status.addItem("Mọi trạng thái", None)
        for status, label in PERSON_STATUS_LABELS.items():
            self.status.addItem(label, status.value)
        bar.addWidget(self.search, 3)
        bar.addWidget(QLabel("Cơ sở:"))
        bar.addWidget(self.facility, 1)
        bar.addWidget(QLabel("Trạng thái:"))
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)

        self.model = PeopleTableModel(services.people, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate([220, 70, 90, 170, 140, 90, 60, 90, 90]):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.facility.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.refresh()

    def _fill_facilities(self) -> None:
        current = self.facility.currentData()
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem("Mọi cơ sở", None)
        for f in self.services.facilities.list():
            self.facility.addItem(f"{f.code} – {f.name}", f.code)
        index = self.facility.findData(current)
        self.facility.setCurrentIndex(max(index, 0))
        self.facility.blockSignals(False)

    def current_filter(self) -> PersonFilter:
        return PersonFilter(
            search=self.search.text().strip() or None,
            facility=self.facility.currentData(),
            status=self.status.currentData(),
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.current_filter())
        self.count.setText(f"{self.model.rowCount():,} người".replace(",", "."))

    def refresh(self) -> None:
        self._fill_facilities()
        self.apply_filter()
