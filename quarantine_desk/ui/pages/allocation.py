"""Bố trí chỗ ở: a whole batch into facilities in the operator's order, previewed first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
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
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, date_edit, date_of
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.workers import Job


class AllocationPage(QWidget):
    title = QT_TR_NOOP("Bố trí chỗ ở")
    data_changed = Signal()

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.preview: AllocationResult | None = None
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(tr("Bố trí chỗ ở cho một đợt đến"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addWidget(_wrap(QLabel(
            tr("Người cùng địa chỉ (một gia đình, một hộ) ở cùng nhau; phòng dành riêng cho nam "
            "hoặc nữ được tôn trọng; người đến khác ngày không ở chung phòng. Xem trước rồi mới "
            "ghi."))))

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

        actions = QHBoxLayout()
        self.preview_button = QPushButton(tr("Xem trước"))
        self.commit_button = QPushButton(tr("Bố trí"))
        self.preview_button.clicked.connect(self.run_preview)
        self.commit_button.clicked.connect(self.commit)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.commit_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.summary = _wrap(QLabel())
        self.busy_text = ""  # what the summary says while a job runs
        layout.addWidget(self.summary)
        self.error = _wrap(QLabel())
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Họ và tên"), tr("Nơi ở"), tr("Ghi chú")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 220)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.batch.currentIndexChanged.connect(self._batch_changed)
        self.refresh()

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
        self._batch_changed()

    def choose_batch(self, batch_id: int) -> None:
        self.refresh()
        index = self.batch.findData(batch_id)
        if index >= 0:
            self.batch.setCurrentIndex(index)

    def _batch_changed(self) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.summary.setText(
            "" if self.batch.count() else tr("Không có đợt đến nào còn người chờ bố trí.")
        )
        self.error.setText("")
        for b in self.services.batches.list():
            if b.id == self.batch.currentData() and self.today is None:
                d = b.arrival_date
                self.when.setDate(QDate(d.year, d.month, d.day))
        for w in (self.preview_button, self.commit_button):
            w.setEnabled(self.batch.count() > 0)

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

        def work(progress: object, cancelled: object) -> AllocationResult:
            return self.services.allocation.allocate(batch_id, codes, on, commit=commit)

        job = Job(work, self)
        job.succeeded.connect(lambda result: self._allocated(result, commit))
        job.failed.connect(self.error.setText)
        job.finished.connect(self._job_done)
        self.job = job
        for w in (self.preview_button, self.commit_button):
            w.setEnabled(False)
        self.busy_text = tr("Đang bố trí…") if commit else tr("Đang lập phương án…")
        self.summary.setText(self.busy_text)
        job.start()

    def _job_done(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        if not self.error.text() and self.summary.text() == self.busy_text:
            self.summary.setText("")
        for w in (self.preview_button, self.commit_button):
            w.setEnabled(self.batch.count() > 0)

    def _allocated(self, result: AllocationResult, committed: bool) -> None:
        if committed:
            self._show(result, tr("Đã bố trí"))
            self.data_changed.emit()
        else:
            self.preview = result
            self._show(result, tr("Xem trước"))

    def run_preview(self) -> None:
        self._allocate(commit=False)

    def commit(self) -> None:
        self._allocate(commit=True)

    def wait_for_job(self) -> None:
        if self.job is not None:
            self.job.wait(60_000)

    def _show(self, result: AllocationResult, verb: str) -> None:
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
        if result.unplaced:
            text += tr(" Chưa có chỗ cho {n} người (tô đỏ bên dưới).", n=len(result.unplaced))
        self.summary.setText(text)
        rows = [
            (
                p.full_name,
                f"{p.facility}" + (tr(", phòng {room}", room=p.room) if p.room else ""),
                "",
            )
            for p in result.placements
        ]
        rows += [(u.full_name, "", u.reason) for u in result.unplaced]
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if r >= len(result.placements):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)


def _wrap(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    return label
