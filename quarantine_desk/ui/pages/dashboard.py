"""Tổng quan: people by status, releases due, and every facility's beds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import BATCH_KIND_LABELS, BatchKind, FacilityStatus, PersonStatus
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.dialogs.base import date_edit, date_of
from quarantine_desk.ui.formatting import kind_label, show_date
from quarantine_desk.ui.widgets.forecast_chart import ForecastChart
from quarantine_desk.ui.widgets.stat_card import StatCard


class DashboardPage(QWidget):
    title = QT_TR_NOOP("Tổng quan")
    watches = frozenset({Topic.PEOPLE, Topic.STAYS, Topic.FACILITIES, Topic.BATCHES, Topic.HEALTH})
    register_requested = Signal()  # «Tiếp nhận tại chỗ…»: the people page's form

    def announce(self) -> None:
        """An arrival announced before its list: counted in the forecast, beds held."""
        from quarantine_desk.ui.dialogs.announce import AnnounceDialog

        AnnounceDialog(self.services, self, self.today).exec()  # the change notice reloads

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        self.register_button = QPushButton(tr("Tiếp nhận tại chỗ…"))
        self.register_button.clicked.connect(self.register_requested.emit)
        top.addWidget(self.register_button)
        self.announce_button = QPushButton(tr("Báo trước đợt đến…"))
        self.announce_button.clicked.connect(self.announce)
        top.addWidget(self.announce_button)
        layout.addLayout(top)

        grid = QGridLayout()
        self.cards = {
            "in_quarantine": StatCard(tr("Đang cách ly")),
            "free_beds": StatCard(tr("Giường còn trống (cơ sở đang hoạt động)")),
            "arrived": StatCard(tr("Chờ bố trí chỗ ở")),
            "due_today": StatCard(tr("Dự kiến hoàn thành cách ly hôm nay")),
            "overdue": StatCard(tr("Quá ngày dự kiến, chưa kết thúc")),
            "released": StatCard(tr("Đã hoàn thành cách ly")),
            "hospital": StatCard(tr("Đã chuyển bệnh viện")),
            "absconded": StatCard(tr("Bỏ trốn")),
            "arrivals_today": StatCard(tr("Đến hôm nay (theo danh sách)")),
            "admitted_today": StatCard(tr("Nhận vào cơ sở hôm nay")),
            "fevers_today": StatCard(tr("Sốt từ 37,5 °C hôm nay")),
            "tests_due": StatCard(tr("Xét nghiệm đến hạn hôm nay")),
            "positives_today": StatCard(tr("Dương tính hôm nay")),
            "moved_today": StatCard(tr("Chuyển bệnh viện, chuyển cơ sở hôm nay")),
        }
        columns = 5
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, i // columns, i % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)  # every tile as wide as the others
        layout.addLayout(grid)

        forecast_title = QLabel(
            tr("Giường trống 21 ngày tới (cột xanh) và người sắp đến (vạch đỏ)")
        )
        forecast_title.setObjectName("sectionTitle")
        layout.addWidget(forecast_title)
        self.chart = ForecastChart()
        layout.addWidget(self.chart, 1)
        ask = QHBoxLayout()
        ask.addWidget(QLabel(tr("Có thể nhận")))
        self.ask_people = QSpinBox()
        self.ask_people.setRange(1, 100_000)
        self.ask_people.setValue(200)
        ask.addWidget(self.ask_people)
        ask.addWidget(QLabel(tr("người vào ngày")))
        self.ask_date = date_edit(today)
        ask.addWidget(self.ask_date)
        self.ask_button = QPushButton(tr("Kiểm tra"))
        self.ask_button.clicked.connect(self.answer)
        ask.addWidget(self.ask_button)
        self.answer_label = QLabel()
        self.answer_label.setWordWrap(True)
        ask.addWidget(self.answer_label, 1)
        layout.addLayout(ask)

        caption = QLabel(tr("Giường theo cơ sở cách ly"))
        caption.setObjectName("sectionTitle")
        layout.addWidget(caption)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Cơ sở"), tr("Loại"), tr("Đang ở / Giường"), tr("Còn trống"), tr("Mức sử dụng")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def answer(self) -> None:
        people, on = self.ask_people.value(), date_of(self.ask_date)
        try:
            plan = self.services.forecast.where_to_put(people, on)
        except ServiceError as exc:
            self.answer_label.setText(str(exc))
            return
        where = ", ".join(f"{code}: {n}" for code, n in plan.items())
        self.answer_label.setText(tr("Được: {where}.", where=where))

    def refresh(self) -> None:
        today = self.today or date.today()
        self.heading.setText(tr("Tổng quan ngày {value}", value=show_date(today)))
        counts = self.services.people.status_counts()
        facilities = self.services.facilities.list()
        due, overdue = self.services.releases.due_counts(today)
        active = [f for f in facilities if f.status == FacilityStatus.ACTIVE]
        self.cards["in_quarantine"].set_value(counts.get(PersonStatus.IN_QUARANTINE, 0))
        self.cards["free_beds"].set_value(sum(f.free for f in active))
        self.cards["arrived"].set_value(counts.get(PersonStatus.ARRIVED, 0))
        self.cards["due_today"].set_value(due)
        self.cards["overdue"].set_value(overdue)
        self.cards["released"].set_value(counts.get(PersonStatus.RELEASED, 0))
        self.cards["hospital"].set_value(counts.get(PersonStatus.HOSPITAL, 0))
        self.cards["absconded"].set_value(counts.get(PersonStatus.ABSCONDED, 0))
        day = self.services.forecast.figures(today)
        self.cards["arrivals_today"].set_value(sum(day.arrivals_by_kind.values()))
        self.cards["arrivals_today"].setToolTip(
            "\n".join(
                f"{tr(BATCH_KIND_LABELS.get(BatchKind(k), k))}: {n}"
                for k, n in day.arrivals_by_kind.items()
            )
            or tr("Không có")
        )
        self.cards["admitted_today"].set_value(day.admitted)
        self.cards["fevers_today"].set_value(day.fevers)
        self.cards["tests_due"].set_value(self.services.health.tests_due_count(today))
        self.cards["positives_today"].set_value(day.positives)
        self.cards["moved_today"].set_value(day.to_hospital + day.transferred)
        self.chart.set_days(self.services.forecast.forecast(21, today))

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
