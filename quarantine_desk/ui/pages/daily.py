"""Theo dõi hằng ngày: temperatures and symptoms per facility and day, and the tests due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import TEST_OUTCOME_LABELS, TestOutcome
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, date_edit, date_of
from quarantine_desk.ui.models.health import COL_TEMP, HealthGridModel
from quarantine_desk.ui.tables import set_column_widths


class DailyPage(QWidget):
    title = QT_TR_NOOP("Theo dõi hằng ngày")
    data_changed = Signal()

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.facility = QComboBox()
        self.when = date_edit(today)
        bar.addWidget(QLabel(tr("Cơ sở:")))
        bar.addWidget(self.facility, 2)
        bar.addWidget(QLabel(tr("Ngày:")))
        bar.addWidget(self.when)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)

        self.model = HealthGridModel(services.health, self)
        self.grid = QTableView()
        self.grid.setModel(self.model)
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        set_column_widths(self.grid, [70, 240, 70, 110])
        self.grid.horizontalHeader().setStretchLastSection(True)

        tests_box = QWidget()
        tests_layout = QVBoxLayout(tests_box)
        tests_layout.setContentsMargins(0, 0, 0, 0)
        self.tests_title = QLabel()
        self.tests_title.setObjectName("sectionTitle")
        tests_layout.addWidget(self.tests_title)
        self.tests = QTableWidget(0, 3)
        self.tests.setHorizontalHeaderLabels([tr("Họ và tên"), tr("Cơ sở"), tr("Ngày thứ")])
        self.tests.verticalHeader().setVisible(False)
        self.tests.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.tests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tests.setColumnWidth(0, 240)
        self.tests.horizontalHeader().setStretchLastSection(True)
        tests_layout.addWidget(self.tests)
        row = QHBoxLayout()
        self.outcome = QComboBox()
        for outcome in (TestOutcome.PENDING, TestOutcome.NEGATIVE, TestOutcome.POSITIVE):
            self.outcome.addItem(tr(TEST_OUTCOME_LABELS[outcome]), outcome.value)
        self.kind = QComboBox()
        self.kind.addItem("RT-PCR", "pcr")
        self.kind.addItem(tr("Test nhanh kháng nguyên"), "antigen")
        self.record_button = QPushButton(tr("Ghi cho những người đã chọn"))
        self.record_button.clicked.connect(self.record_tests)
        row.addWidget(self.kind)
        row.addWidget(self.outcome)
        row.addWidget(self.record_button)
        row.addStretch(1)
        tests_layout.addLayout(row)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(tests_box)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)

        self.grid.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model.refused.connect(self.error.setText)
        self.model.dataChanged.connect(self._summarise)
        self.facility.currentIndexChanged.connect(self.load)
        self.when.dateChanged.connect(self.load)
        self.refresh()

    def refresh(self) -> None:
        current = self.facility.currentData()
        self.facility.blockSignals(True)
        self.facility.clear()
        for f in self.services.facilities.list():
            if f.occupied:
                self.facility.addItem(
                    tr(
                        "{code} – {name} ({occupied} người)",
                        code=f.code,
                        name=f.name,
                        occupied=f.occupied,
                    ),
                    f.code,
                )
        self.facility.setCurrentIndex(max(self.facility.findData(current), 0))
        self.facility.blockSignals(False)
        self.load()

    def load(self) -> None:
        self.error.setText("")
        on = date_of(self.when)
        try:
            self.model.load(self.facility.currentData(), on)
        except ServiceError as exc:
            self.error.setText(str(exc))
        self._summarise()
        self.due = self.services.health.tests_due(on)
        code = self.facility.currentData()
        self.due = [d for d in self.due if d.facility == code]
        self.tests_title.setText(
            tr("Xét nghiệm đến hạn ngày {on:%d/%m/%Y}: {n} người", on=on, n=len(self.due))
        )
        self.tests.setRowCount(len(self.due))
        for r, d in enumerate(self.due):
            day = str(d.day) + (tr(" (quá hạn từ ngày {test_day})", test_day=d.test_day)
                                if d.overdue else "")
            for c, text in enumerate([d.full_name, d.facility, day]):
                self.tests.setItem(r, c, QTableWidgetItem(text))
        if self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0, COL_TEMP))

    def _summarise(self, *_: object) -> None:
        rows = self.model.rows
        done = sum(1 for r in rows if r.temperature is not None)
        fever = sum(1 for r in rows if r.fever)
        self.summary.setText(
            tr(
                "{n} người; đã đo {done}; sốt từ 37,5 °C: {fever}",
                n=len(rows),
                done=done,
                fever=fever,
            )
            + (tr(" (tô đỏ: chuyển đi khám)") if fever else "")
        )

    def record_tests(self) -> None:
        rows = sorted({i.row() for i in self.tests.selectionModel().selectedRows()})
        if not rows:
            self.error.setText(tr("Chọn người trong danh sách xét nghiệm đến hạn."))
            return
        on = date_of(self.when)
        try:
            for r in rows:
                self.services.health.record_test(
                    self.due[r].person_id, on, self.kind.currentData(), self.outcome.currentData()
                )
        except ServiceError as exc:
            self.error.setText(str(exc))
        self.load()
        self.data_changed.emit()

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down(self.grid.currentIndex())

    def move_down(self, index: QModelIndex) -> None:
        """After Enter in the grid, the next person's same cell."""
        below = self.model.index(index.row() + 1, index.column())
        if below.isValid():
            self.grid.setCurrentIndex(below)
