"""Bố trí chỗ ở: a whole batch into facilities in the operator's order, previewed first."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import BATCH_KIND_LABELS, BatchKind
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.allocation import AllocationResult
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, date_edit, date_of
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.workers import Job, Jobs

JOB = "allocation"  # the runner's name for this page's work


class AllocationPage(QWidget):
    title = QT_TR_NOOP("Bố trí chỗ ở")
    watches = frozenset({Topic.PEOPLE, Topic.STAYS, Topic.FACILITIES, Topic.BATCHES})
    print_requested = Signal(int)  # the batch whose room assignment list to print

    def __init__(self, services: Services, today: date | None = None,
                 jobs: Jobs | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.jobs = jobs or Jobs(self)
        self.preview: AllocationResult | None = None
        self.result: AllocationResult | None = None  # kept on screen after «Bố trí»
        self.shown: AllocationResult | None = None  # what the table shows
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Bố trí chỗ ở cho một đợt đến"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addWidget(_wrap(QLabel(
            tr("Một hộ gia đình ở cùng phòng (hoặc các phòng liền nhau); người không cùng hộ "
               "được xếp theo giới tính: nam và nữ không cùng hộ không bao giờ ở chung phòng; "
               "phòng dành riêng cho nam hoặc nữ được tôn trọng; người đến khác ngày không ở "
               "chung phòng. Xem trước, ghép hoặc tách hộ nếu cần, rồi mới ghi."))))

        grid = QGridLayout()
        self.batch = QComboBox()
        self.when = date_edit(today)
        grid.addWidget(QLabel(tr("Đợt đến:")), 0, 0)
        grid.addWidget(self.batch, 0, 1, 1, 3)
        grid.addWidget(QLabel(tr("Ngày vào cách ly:")), 1, 0)
        grid.addWidget(self.when, 1, 1)
        layout.addLayout(grid)

        order_row = QHBoxLayout()
        order_box = QVBoxLayout()
        order_box.addWidget(QLabel(tr("Cơ sở nhận, theo thứ tự ưu tiên (bỏ chọn để không dùng):")))
        self.facilities = QListWidget()
        self.facilities.setMaximumHeight(150)
        order_box.addWidget(self.facilities)
        order_row.addLayout(order_box, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(tr("Lên"))
        self.down_button = QPushButton(tr("Xuống"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        order_row.addLayout(buttons)
        layout.addLayout(order_row)

        self.split = QCheckBox(
            tr("Cho phép tách một hộ sang cơ sở khác khi không cơ sở nào đủ chỗ cho cả hộ")
        )
        layout.addWidget(self.split)

        actions = QHBoxLayout()
        self.preview_button = QPushButton(tr("Xem trước"))
        self.commit_button = QPushButton(tr("Bố trí"))
        self.join_button = QPushButton(tr("Ghép thành một hộ"))
        self.join_button.setToolTip(tr("Những người đang chọn là một gia đình, ở cùng nhau"))
        self.leave_button = QPushButton(tr("Tách khỏi hộ"))
        self.leave_button.setToolTip(tr("Những người đang chọn được xếp như người đi một mình"))
        self.print_button = QPushButton(tr("In danh sách bố trí phòng"))
        self.preview_button.clicked.connect(self.run_preview)
        self.commit_button.clicked.connect(self.commit)
        self.join_button.clicked.connect(self.join_selected)
        self.leave_button.clicked.connect(self.leave_selected)
        self.print_button.clicked.connect(self._print)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.commit_button)
        actions.addSpacing(16)
        actions.addWidget(self.join_button)
        actions.addWidget(self.leave_button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.summary = _wrap(QLabel())
        self.busy_text = ""  # what the summary says while a job runs
        layout.addWidget(self.summary)
        self.error = _wrap(QLabel())
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Họ và tên"), tr("Giới tính"), tr("Hộ"), tr("Nơi ở"), tr("Ghi chú")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((240, 80, 90, 200)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.batch.currentIndexChanged.connect(self._batch_changed)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def refresh(self) -> None:
        current = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        for b in self.services.batches.list():
            if not b.waiting:
                continue
            kind = tr(BATCH_KIND_LABELS.get(BatchKind(b.kind), b.kind))
            ref = f" {b.reference}" if b.reference else ""
            origin = tr(" từ {origin}", origin=b.origin) if b.origin else ""
            self.batch.addItem(
                tr(
                    "Số {id}: {kind}{ref}{origin}, ngày {value} – {waiting} người chờ bố trí",
                    id=b.id,
                    kind=kind,
                    ref=ref,
                    origin=origin,
                    value=show_date(b.arrival_date),
                    waiting=b.waiting,
                ),
                b.id,
            )
        index = self.batch.findData(current)
        self.batch.setCurrentIndex(max(index, 0))
        self.batch.blockSignals(False)
        batch_moved = self.batch.currentData() != current
        checked = {
            self.facilities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.facilities.count())
            if self.facilities.item(i).checkState() == Qt.CheckState.Checked
        }
        order = [
            self.facilities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.facilities.count())
        ]
        views = [f for f in self.services.facilities.list() if f.status == "active"]
        views.sort(key=lambda f: (order.index(f.code) if f.code in order else len(order), -f.free))
        self.facilities.clear()
        for f in views:
            item = QListWidgetItem(
                tr(
                    "{code} – {name}: còn {free}/{beds} giường",
                    code=f.code,
                    name=f.name,
                    free=f.free,
                    beds=f.beds,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, f.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if not checked or f.code in checked
                else Qt.CheckState.Unchecked
            )
            self.facilities.addItem(item)
        if self.result is not None and self.shown is self.result:
            self._enable()  # the result of «Bố trí» stays on screen until another batch
        elif batch_moved or self.preview is None:
            self._batch_changed()
        else:
            self.run_preview()  # the people or the beds changed: plan again

    def choose_batch(self, batch_id: int) -> None:
        self.refresh()
        index = self.batch.findData(batch_id)
        if index >= 0:
            self.batch.setCurrentIndex(index)

    def _batch_changed(self) -> None:
        self.preview = None
        self.result = None
        self.shown = None
        self.table.setRowCount(0)
        self.summary.setText(
            "" if self.batch.count() else tr("Không có đợt đến nào còn người chờ bố trí.")
        )
        self.error.setText("")
        for b in self.services.batches.list():
            if b.id == self.batch.currentData() and self.today is None:
                d = b.arrival_date
                self.when.setDate(QDate(d.year, d.month, d.day))
        self._enable()

    def _enable(self) -> None:
        idle = self.job is None
        for w in (self.preview_button, self.commit_button):
            w.setEnabled(idle and self.batch.count() > 0)
        editable = idle and self.shown is not None and self.shown is self.preview
        chosen = bool(self.selected_people())
        self.join_button.setEnabled(editable and chosen)
        self.leave_button.setEnabled(editable and chosen)
        self.print_button.setEnabled(idle and self.result is not None
                                     and bool(self.result.placements))

    def selected_people(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        out = []
        for r in rows:
            item = self.table.item(r, 0)
            if item is not None:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def join_selected(self) -> None:
        self._change_households(lambda ids: self.services.households.join(ids))

    def leave_selected(self) -> None:
        self._change_households(
            lambda ids: self.services.households.leave(
                [i for i in ids if self._household_of(i) is not None]
            )
        )

    def _household_of(self, person_id: int) -> int | None:
        shown = self.shown
        if shown is None:
            return None
        for p in (*shown.placements, *shown.unplaced):
            if p.person_id == person_id:
                return p.household_id
        return None

    def _change_households(self, change: Callable[[list[int]], object]) -> None:
        """Make or split a household from the preview's selection, then plan again."""
        ids = self.selected_people()
        if not ids:
            return
        self.error.setText("")
        try:
            change(ids)
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.run_preview()

    def _print(self) -> None:
        if self.result is not None:
            self.print_requested.emit(self.result.batch_id)

    def _move(self, step: int) -> None:
        row = self.facilities.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.facilities.count():
            return
        item = self.facilities.takeItem(row)
        self.facilities.insertItem(target, item)
        self.facilities.setCurrentRow(target)

    def chosen_facilities(self) -> list[str]:
        return [
            self.facilities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.facilities.count())
            if self.facilities.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _allocate(self, commit: bool) -> None:
        """Plan (and with commit, write) in the background; the window stays responsive."""
        self.error.setText("")
        batch_id = self.batch.currentData()
        if batch_id is None or self.job is not None:
            return
        codes = self.chosen_facilities()
        if not codes:
            self.error.setText(tr("Chọn ít nhất một cơ sở nhận người."))
            return
        on = date_of(self.when)

        split = self.split.isChecked()

        def work(progress: object, cancelled: object) -> AllocationResult:
            return self.services.allocation.allocate(
                batch_id, codes, on, commit=commit, split_households=split
            )

        self.busy_text = tr("Đang bố trí…") if commit else tr("Đang lập phương án…")
        self.summary.setText(self.busy_text)
        self.jobs.start(JOB, work, succeeded=lambda result: self._allocated(result, commit),
                        failed=self.error.setText, finished=self._job_done)
        self._enable()

    @property
    def job(self) -> Job | None:
        return self.jobs.job(JOB)

    def _job_done(self) -> None:
        if not self.error.text() and self.summary.text() == self.busy_text:
            self.summary.setText("")
        self._enable()

    def _allocated(self, result: AllocationResult, committed: bool) -> None:
        if committed:
            self.result, self.preview = result, None
            self._show(result, tr("Đã bố trí"))
        else:
            self.preview, self.result = result, None
            self._show(result, tr("Xem trước"))

    def run_preview(self) -> None:
        self._allocate(commit=False)

    def commit(self) -> None:
        self._allocate(commit=True)

    def wait_for_job(self) -> None:
        self.jobs.wait(JOB)

    def _show(self, result: AllocationResult, verb: str) -> None:
        self.shown = result
        per = ", ".join(f"{code}: {n}" for code, n in result.per_facility.items())
        text = (
            tr(
                "{verb}: {n} người vào ngày {value}",
                verb=verb,
                n=len(result.placements),
                value=show_date(result.admitted_on),
            )
            + (f" ({per})" if per else "")
            + "."
        )
        if result.households:
            text += tr(" {n} hộ gia đình ở cùng nhau.", n=result.households)
        if result.unplaced:
            text += tr(" Chưa có chỗ cho {n} người (tô đỏ bên dưới).", n=len(result.unplaced))
        self.summary.setText(text)
        # households by their first member's row, numbered as they appear
        numbers: dict[int, int] = {}
        for p in (*result.placements, *result.unplaced):
            if p.household_id is not None and p.household_id not in numbers:
                numbers[p.household_id] = len(numbers) + 1
        sexes = {"M": tr("Nam"), "F": tr("Nữ")}
        rows = [
            (p, f"{p.facility}" + (tr(", phòng {room}", room=p.room) if p.room else ""), p.note)
            for p in result.placements
        ]
        rows += [(u, "", u.reason) for u in result.unplaced]
        self.table.setRowCount(len(rows))
        for r, (person, where, note) in enumerate(rows):
            household = ""
            if person.household_id is not None:
                n = numbers[person.household_id]
                household = (
                    tr("Hộ {n} (gợi ý)", n=n)
                    if person.household_id in result.suggested
                    else tr("Hộ {n}", n=n)
                )
            values = (person.full_name, sexes.get(person.sex or "", ""), household, where, note)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, person.person_id)
                if r >= len(result.placements):
                    item.setForeground(Qt.GlobalColor.darkRed)
                if c == 4 and value:
                    item.setToolTip(value)
                self.table.setItem(r, c, item)
        self._enable()


def _wrap(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label
