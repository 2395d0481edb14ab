"""Theo dõi hằng ngày: temperatures and symptoms per facility and day, and the tests due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
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
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.actions import (
    act_once,
    id_item,
    select_ids,
    selected_ids,
    table_row_of,
    tests_outcome,
)
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, date_edit, date_of
from quarantine_desk.ui.models.health import COL_SYMPTOMS, COL_TEMP, HealthGridModel
from quarantine_desk.ui.tables import set_column_widths


class DailyPage(QWidget):
    title = QT_TR_NOOP("Theo dõi hằng ngày")
    # temperatures are entered here and shown in place: a new one does not reload the grid
    watches = frozenset({Topic.PEOPLE, Topic.STAYS})

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
        act_once(self.record_button, self.record_tests, self._update_actions)
        self.tests.itemSelectionChanged.connect(self._update_actions)
        self.tests_outcome = QLabel()
        self.tests_outcome.setWordWrap(True)
        row.addWidget(self.kind)
        row.addWidget(self.outcome)
        row.addWidget(self.record_button)
        row.addStretch(1)
        tests_layout.addLayout(row)
        tests_layout.addWidget(self.tests_outcome)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(tests_box)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)

        # a column copied from a spreadsheet (or from another day) fills the grid downwards
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self.grid)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        self.grid.itemDelegate().closeEditor.connect(self._editor_closed)
        self.model.refused.connect(self._refused)
        self.model.accepted.connect(self.error.clear)
        self.rejected: str | None = None  # the value just refused, to be corrected in place
        self.model.dataChanged.connect(self._summarise)
        self.facility.currentIndexChanged.connect(self.load)
        self.when.dateChanged.connect(self.load)
        # the data is loaded when the page is first shown (MainWindow.stale)

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
        chosen = selected_ids(self.tests)
        self.tests.clearSelection()
        self.tests.setRowCount(len(self.due))
        for r, d in enumerate(self.due):
            day = str(d.day) + (tr(" (quá hạn từ ngày {test_day})", test_day=d.test_day)
                                if d.overdue else "")
            self.tests.setItem(r, 0, id_item(d.full_name, d.person_id))
            for c, text in enumerate([d.facility, day], start=1):
                self.tests.setItem(r, c, QTableWidgetItem(text))
        select_ids(self.tests, chosen, table_row_of(self.tests))
        self._update_actions()
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

    def _update_actions(self) -> None:
        self.record_button.setEnabled(bool(selected_ids(self.tests)))

    def record_tests(self) -> None:
        ids = selected_ids(self.tests)
        if not ids:
            self.tests_outcome.setText(tr("Chọn người trong danh sách xét nghiệm đến hạn."))
            return
        result = self.outcome.currentText()
        try:
            recorded, refused = self.services.health.record_tests(
                ids, date_of(self.when), self.kind.currentData(), self.outcome.currentData())
        except ServiceError as exc:
            self.tests_outcome.setText(str(exc))
            return
        self.tests_outcome.setText(
            tests_outcome(result, self.kind.currentText(), recorded, refused))
        self.load()

    def _refused(self, message: str) -> None:
        self.error.setText(message)
        editor = self.grid.focusWidget()
        self.rejected = editor.text() if isinstance(editor, QLineEdit) else None

    def _editor_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if self.rejected is not None:  # stay on the wrong value, ready to correct it
            QTimer.singleShot(0, self._correct_in_place)
        elif hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter
            self.move_down(self.grid.currentIndex())

    def _correct_in_place(self) -> None:
        value, self.rejected = self.rejected, None
        index = self.grid.currentIndex()
        if value is None or not index.isValid():
            return
        self.grid.edit(index)
        editor = self.grid.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.setText(value)
            editor.selectAll()

    def paste(self, text: str | None = None) -> None:
        """Temperatures (and, beside them, symptoms) pasted from the current cell down, one
        line a person: every value is checked first, and one wrong value writes nothing."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        index = self.grid.currentIndex()
        if not index.isValid() or index.column() not in (COL_TEMP, COL_SYMPTOMS):
            self.error.setText(tr("Chọn ô nhiệt độ hoặc triệu chứng của người đầu tiên rồi "
                                  "dán."))
            return
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()  # a spreadsheet ends what it copies with a line break
        if not lines:
            return
        rows = self.model.rows[index.row():]
        if len(lines) > len(rows):
            self.error.setText(tr(
                "Dán {n} dòng nhưng từ {full_name} trở xuống chỉ có {m} người; không ghi gì.",
                n=len(lines), full_name=rows[0].full_name, m=len(rows)))
            return
        checks: list[tuple[int, float | None, str | None]] = []
        for row, line in zip(rows, lines, strict=False):
            cells = line.split("\t")
            temperature, symptoms = row.temperature, row.symptoms
            if index.column() == COL_TEMP:
                typed = cells[0].strip().replace(",", ".")
                if typed:
                    try:
                        temperature = float(typed)
                    except ValueError:
                        self.error.setText(tr(
                            "{full_name}: nhiệt độ «{value}» phải là số, VD 37,8; không ghi gì.",
                            full_name=row.full_name, value=cells[0].strip()))
                        return
                if len(cells) > 1:
                    symptoms = cells[1].strip() or symptoms
            else:
                symptoms = cells[0].strip() or symptoms
            checks.append((row.person_id, temperature, symptoms))
        try:
            self.services.health.record_checks(checks, date_of(self.when))
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.load()
        self.error.setText("")
        self.grid.setCurrentIndex(self.model.index(index.row(), index.column()))
        self.summary.setText(self.summary.text() + " " + tr(
            "Đã ghi {n} người từ bảng dán.", n=len(checks)))

    def move_down(self, index: QModelIndex) -> None:
        """After Enter in the grid, the next person's same cell."""
        below = self.model.index(index.row() + 1, index.column())
        if below.isValid():
            self.grid.setCurrentIndex(below)
