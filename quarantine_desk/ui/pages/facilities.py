"""Cơ sở cách ly: every facility with its beds, and adding one."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services import Services
from quarantine_desk.ui.dialogs.facility import FacilityDialog
from quarantine_desk.ui.models.facilities import COL_NAME, SORT_ROLE, FacilityTableModel


class FacilitiesPage(QWidget):
    title = "Cơ sở cách ly"
    data_changed = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton("Thêm cơ sở…")
        self.add_button.clicked.connect(self.add_facility)
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.model = FacilityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.services.facilities.list())
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(COL_NAME, min(self.table.columnWidth(COL_NAME), 360))

    def add_facility(self) -> None:
        dialog = FacilityDialog(self.services.facilities, self)
        if dialog.exec():
            self.data_changed.emit()
