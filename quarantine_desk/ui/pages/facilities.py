"""Cơ sở cách ly: every facility with its beds; adding, editing, closing; rooms."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import FACILITY_STATUS_LABELS, FacilityStatus
from quarantine_desk.domain.rooms import last_closed_day
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.facilities import FacilityView
from quarantine_desk.ui.dialogs.facility import FacilityDialog, RoomDialog
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.models.base import SORT_ROLE
from quarantine_desk.ui.models.facilities import FacilityTableModel
from quarantine_desk.ui.tables import set_column_widths
from quarantine_desk.ui.widgets.fitting import FlowLayout

SEX_ROOM = {None: QT_TR_NOOP("Không phân biệt"), "M": QT_TR_NOOP("Nam"), "F": QT_TR_NOOP("Nữ")}
# code, name, kind, unit, district, beds, occupied, free (status takes the rest)
COLUMN_WIDTHS = [80, 260, 115, 190, 100, 60, 60, 75]


class FacilitiesPage(QWidget):
    title = QT_TR_NOOP("Cơ sở cách ly")
    watches = frozenset({Topic.FACILITIES, Topic.STAYS})

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        layout = QVBoxLayout(self)
        bar = FlowLayout()
        self.add_button = QPushButton(tr("Thêm cơ sở…"))
        self.edit_button = QPushButton(tr("Sửa…"))
        self.room_button = QPushButton(tr("Thêm phòng…"))
        self.status_buttons = {}
        self.add_button.clicked.connect(self.add_facility)
        self.edit_button.clicked.connect(self.edit_facility)
        self.room_button.clicked.connect(self.add_room)
        for b in (self.add_button, self.edit_button, self.room_button):
            bar.addWidget(b)
        for status, text in ((FacilityStatus.ACTIVE, tr("Cho hoạt động")),
                             (FacilityStatus.STANDBY, tr("Chuyển dự phòng")),
                             (FacilityStatus.CLOSED, tr("Đóng cơ sở"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=status: self.change_status(s))
            self.status_buttons[status] = button
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = FacilityTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(40)
        self.table.selectionModel().selectionChanged.connect(self._show_rooms)

        rooms_box = QWidget()
        rooms_layout = QVBoxLayout(rooms_box)
        rooms_layout.setContentsMargins(0, 0, 0, 0)
        self.rooms_title = QLabel(tr("Chọn một cơ sở để xem các phòng."))
        self.rooms_title.setObjectName("sectionTitle")
        self.rooms_title.setWordWrap(True)  # a long facility name never widens the window
        rooms_layout.addWidget(self.rooms_title)
        self.rooms = QTableWidget(0, 6)
        self.rooms.setHorizontalHeaderLabels(
            [tr("Phòng"), tr("Giường"), tr("Đang ở"), tr("Dành cho"), tr("Khu, tầng"),
             tr("Ghi chú")]
        )
        self.rooms.verticalHeader().setVisible(False)
        self.rooms.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rooms.horizontalHeader().setStretchLastSection(True)
        rooms_layout.addWidget(self.rooms)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(rooms_box)
        splitter.setSizes([380, 240])
        layout.addWidget(splitter, 1)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def refresh(self) -> None:
        selected = self.selected()
        self.model.set_rows(self.services.facilities.list())
        set_column_widths(self.table, COLUMN_WIDTHS)
        if selected is not None:
            self.select(selected.code)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> FacilityView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.facility(self.proxy.mapToSource(rows[0]).row())

    def select(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.facility(row).code == code:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                return

    def _update_buttons(self) -> None:
        current = self.selected()
        for b in (self.edit_button, self.room_button):
            b.setEnabled(current is not None)
        for status, b in self.status_buttons.items():
            b.setEnabled(current is not None and current.status != status)

    def _show_rooms(self) -> None:
        self._update_buttons()
        facility = self.selected()
        self.rooms.setRowCount(0)
        if facility is None:
            self.rooms_title.setText(tr("Chọn một cơ sở để xem các phòng."))
            return
        rooms = self.services.facilities.rooms(facility.code)
        unit = f" – {facility.unit}" if facility.unit else ""
        self.rooms_title.setText(
            tr(
                "{name}{unit}: {n} phòng, {occupied}/{beds} giường đang dùng ({value})",
                name=facility.name,
                unit=unit,
                n=len(rooms),
                occupied=facility.occupied,
                beds=facility.beds,
                value=tr(FACILITY_STATUS_LABELS[FacilityStatus(facility.status)]),
            )
        )
        self.rooms.setRowCount(len(rooms))
        for r, room in enumerate(rooms):
            for c, text in enumerate(
                [
                    room.code,
                    str(room.beds),
                    str(room.occupied),
                    tr(SEX_ROOM.get(room.sex, room.sex or "")),
                    ", ".join(p for p in (room.block, room.floor) if p),
                    tr("đóng khử khuẩn đến hết ngày {value}",
                       value=show_date(last_closed_day(room.closed_until)))
                    if room.closed_until
                    else "",
                ]
            ):
                item = QTableWidgetItem(text)
                if c in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.rooms.setItem(r, c, item)

    def add_facility(self) -> None:
        FacilityDialog(self.services.facilities, self).exec()

    def edit_facility(self) -> None:
        current = self.selected()
        if current is None:
            return
        FacilityDialog(self.services.facilities, self, existing=current).exec()

    def add_room(self) -> None:
        current = self.selected()
        if current is None:
            return
        RoomDialog(self.services.facilities, current, self).exec()

    def change_status(self, status: FacilityStatus) -> None:
        current = self.selected()
        if current is None:
            return
        try:
            self.services.facilities.set_status(current.code, status.value)
        except ServiceError as exc:
            QMessageBox.warning(self, tr("Không đổi được trạng thái"), str(exc))
            return
