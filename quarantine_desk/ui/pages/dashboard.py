"""Tổng quan: people by status, releases due, and every facility's beds."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus
from quarantine_desk.services import Services
from quarantine_desk.ui.formatting import kind_label, show_date
from quarantine_desk.ui.widgets.stat_card import StatCard


class DashboardPage(QWidget):
    title = "Tổng quan"

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        layout.addWidget(self.heading)

        grid = QGridLayout()
        self.cards = {
            "in_quarantine": StatCard("Đang cách ly"),
            "free_beds": StatCard("Giường còn trống (cơ sở đang hoạt động)"),
            "arrived": StatCard("Chờ bố trí chỗ ở"),
            "due_today": StatCard("Dự kiến hoàn thành cách ly hôm nay"),
            "overdue": StatCard("Quá ngày dự kiến, chưa kết thúc"),
            "released": StatCard("Đã hoàn thành cách ly"),
            "hospital": StatCard("Đã chuyển bệnh viện"),
            "absconded": StatCard("Bỏ trốn"),
        }
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // 4, i % 4)
        layout.addLayout(grid)

        caption = QLabel("Giường theo cơ sở cách ly")
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(["Cơ sở", "Loại", "Đang ở / Giường", "Còn trống",
                                              "Mức sử dụng"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        today = self.today or date.today()
        self.heading.setText(f"Tổng quan ngày {show_date(today)}")
        counts = self.services.people.status_counts()
        facilities = self.services.facilities.list()
        due, overdue = self.services.stays.release_due_counts(today)
        active = [f for f in facilities if f.status == FacilityStatus.ACTIVE]
        self.cards["in_quarantine"].set_value(counts.get(PersonStatus.IN_QUARANTINE, 0))
        self.cards["free_beds"].set_value(sum(f.free for f in active))
        self.cards["arrived"].set_value(counts.get(PersonStatus.ARRIVED, 0))
        self.cards["due_today"].set_value(due)
        self.cards["overdue"].set_value(overdue)
        self.cards["released"].set_value(counts.get(PersonStatus.RELEASED, 0))
        self.cards["hospital"].set_value(counts.get(PersonStatus.HOSPITAL, 0))
        self.cards["absconded"].set_value(counts.get(PersonStatus.ABSCONDED, 0))

        self.table.setRowCount(len(facilities))
        for row, f in enumerate(facilities):
            name = QTableWidgetItem(f"{f.name} ({f.code})")
            name.setToolTip(f.unit or "")
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, QTableWidgetItem(kind_label(f.kind)))
            self.table.setItem(row, 2, QTableWidgetItem(f"{f.occupied} / {f.beds}"))
            self.table.setItem(row, 3, QTableWidgetItem(str(f.free)))
            bar = QProgressBar()
            bar.setRange(0, max(f.beds, 1))
            bar.setValue(min(f.occupied, f.beds))
            bar.setFormat("%p%")
            self.table.setCellWidget(row, 4, bar)
