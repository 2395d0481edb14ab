"""Hoàn thành cách ly: who is due today, tomorrow or overdue; release many at once."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.money import figures
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.people import PersonRow
from quarantine_desk.services.release import Refusal, Release
from quarantine_desk.ui.actions import (
    act_once,
    ask_fee_note,
    confirm_release,
    id_item,
    names,
    release_names,
    release_outcome,
    select_ids,
    selected_ids,
    table_row_of,
)
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.widgets.fitting import FlowLayout, labelled

HEADERS = [
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Năm sinh"),
    QT_TR_NOOP("Cơ sở"),
    QT_TR_NOOP("Phòng"),
    QT_TR_NOOP("Ngày vào"),
    QT_TR_NOOP("Dự kiến ra"),
    QT_TR_NOOP("Còn nợ tiền ăn"),  # shown, never stopping a release (services/fees.py)
]


class ReleasesPage(QWidget):
    title = QT_TR_NOOP("Hoàn thành cách ly")
    watches = frozenset({Topic.PEOPLE, Topic.STAYS, Topic.HEALTH})
    print_requested = Signal(object)  # the release date whose certificates to print

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.rows: list[PersonRow] = []
        self.last: tuple[list[Release], list[Refusal]] = ([], [])
        layout = QVBoxLayout(self)
        bar = FlowLayout()
        self.which = QComboBox()
        self.which.addItem(tr("Đến hạn hôm nay"), "today")
        self.which.addItem(tr("Đến hạn ngày mai"), "tomorrow")
        self.which.addItem(tr("Quá hạn, chưa cho về"), "overdue")
        self.which.currentIndexChanged.connect(self.refresh)
        bar.addWidget(labelled(tr("Danh sách:"), self.which))
        self.select_all = QPushButton(tr("Chọn tất cả"))
        self.release_button = QPushButton(tr("Cho về những người đã chọn"))
        self.select_all.clicked.connect(lambda: self.table.selectAll())
        act_once(self.release_button, self.confirm_release, self._update_actions)
        self.override_button = QPushButton(tr("Cho về dù chưa đủ xét nghiệm…"))
        self.override_button.setToolTip(tr("Cần ghi lý do; lý do được lưu cùng lần cách ly"))
        act_once(self.override_button, self.release_with_override, self._update_actions)
        bar.addWidget(self.select_all)
        bar.addWidget(self.release_button)
        bar.addWidget(self.override_button)
        self.print_button = QPushButton(tr("In giấy xác nhận hôm nay"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.day()))
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setColumnWidth(0, 240)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 2)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.refused = QTableWidget(0, 2)
        self.refused.setHorizontalHeaderLabels([tr("Chưa cho về"), tr("Lý do")])
        self.refused.verticalHeader().setVisible(False)
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.refused.setColumnWidth(0, 240)
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.refused.hide()
        layout.addWidget(self.refused, 1)
        self.table.itemSelectionChanged.connect(self._update_actions)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def day(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        today = self.day()
        which = self.which.currentData()
        ids = self.services.releases.due_for_release(
            today + timedelta(days=1) if which == "tomorrow" else today
        )
        rows = self.services.people.rows(ids)
        if which == "today":
            rows = [r for r in rows if r.planned_release_on == today]
        elif which == "tomorrow":
            rows = [r for r in rows if r.planned_release_on == today + timedelta(days=1)]
        else:
            rows = [r for r in rows if r.planned_release_on and r.planned_release_on < today]
        self.rows = rows
        chosen = selected_ids(self.table)
        self.count.setText(tr("{n} người", n=len(rows)))
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        owed = self.services.fees.unpaid([p.id for p in rows])
        for r, p in enumerate(rows):
            values = [
                p.full_name,
                str(p.birth_year or ""),
                p.facility or "",
                p.room or "",
                show_date(p.admitted_on),
                show_date(p.planned_release_on),
                figures(owed[p.id]) if p.id in owed else "",
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, id_item(value, p.id) if c == 0
                                   else QTableWidgetItem(value))
        select_ids(self.table, chosen, table_row_of(self.table))
        self._update_actions()

    def _update_actions(self) -> None:
        allowed = bool(selected_ids(self.table)) and self.which.currentData() != "tomorrow"
        self.release_button.setEnabled(allowed)
        self.override_button.setEnabled(allowed)

    def chosen(self) -> list[PersonRow]:
        ids = set(selected_ids(self.table))
        return [p for p in self.rows if p.id in ids]

    def confirm_release(self) -> None:
        people = self.chosen()
        if not people:
            self.outcome.setText(tr("Chọn người cần cho về trong danh sách."))
            return
        can, cannot = self.services.releases.check([p.id for p in people], self.day())
        can, cannot, fee_note = ask_fee_note(self, can, cannot)
        if confirm_release(self, release_names(self.services, can), self.day(), cannot):
            going = {i for i, _ in can}
            self.release_selected([p for p in people if p.id in going], earlier=cannot,
                                  fee_note=fee_note)
        elif not can:
            self.show_outcome([], cannot)

    def release_with_override(self) -> None:
        people = self.chosen()
        if not people:
            self.outcome.setText(tr("Chọn người cần cho về trong danh sách."))
            return
        note, ok = QInputDialog.getText(
            self,
            tr("Cho về khi chưa đủ xét nghiệm"),
            tr("Cho {n} người về dù chưa đủ xét nghiệm: {names}.", n=len(people),
               names=names([p.full_name for p in people]))
            + "\n" + tr("Lý do (VD: đã có kết quả âm tính của bệnh viện, chờ cập nhật):"),
        )
        if not ok:
            return
        if not note.strip():
            self.outcome.setText(tr("Cho về khi chưa đủ điều kiện phải ghi rõ lý do."))
            return
        self.release_selected(people, note)

    def release_selected(self, people: list[PersonRow], override_note: str | None = None,
                         earlier: list[Refusal] | None = None,
                         fee_note: str | None = None) -> None:
        """Release these; `earlier`: those the check before the confirmation held back."""
        released, refused = self.services.releases.release(
            [p.id for p in people], self.day(), override_note=override_note, fee_note=fee_note
        )
        self.show_outcome(released, [*(earlier or []), *refused])
        self.refresh()

    def show_outcome(self, released: list[Release], refused: list[Refusal]) -> None:
        self.last = (released, refused)
        self.outcome.setText(release_outcome(released, refused))
        self.refused.setVisible(bool(refused))
        self.refused.setRowCount(len(refused))
        for r, refusal in enumerate(refused):
            self.refused.setItem(r, 0, QTableWidgetItem(refusal.full_name))
            self.refused.setItem(r, 1, QTableWidgetItem(refusal.reason))
