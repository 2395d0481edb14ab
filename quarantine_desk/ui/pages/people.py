"""Người cách ly: search as Vietnamese is typed, filters, and a lazy table."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import PERSON_STATUS_LABELS, PersonStatus
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import CONTACT_LEVELS, MAX_SEARCH, PersonFilter, PersonRow
from quarantine_desk.ui.actions import (
    act_once,
    ask_fee_note,
    confirm_release,
    release_names,
    release_outcome,
    select_ids,
)
from quarantine_desk.ui.dialogs.base import date_of
from quarantine_desk.ui.dialogs.exposure import ExposureDialog
from quarantine_desk.ui.dialogs.register import RegisterDialog
from quarantine_desk.ui.dialogs.stay import (
    AdmitDialog,
    PersonDialog,
    PlannedDateDialog,
    TestResultDialog,
    TransferDialog,
)
from quarantine_desk.ui.formatting import batch_label
from quarantine_desk.ui.models.people import COL_NAME, PeopleTableModel
from quarantine_desk.ui.tables import set_column_widths
from quarantine_desk.ui.widgets.fitting import FlowLayout

SEARCH_DELAY_MS = 200


class PeoplePage(QWidget):
    title = QT_TR_NOOP("Người cách ly")
    watches = frozenset({Topic.PEOPLE, Topic.STAYS, Topic.FACILITIES, Topic.BATCHES, Topic.HEALTH})
    print_requested = Signal(str, int)  # a paper: its kind, and the person or batch

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setMaxLength(MAX_SEARCH)
        self.search.setPlaceholderText(
            tr("Tìm theo tên (có dấu hay không dấu), số giấy tờ, điện thoại…"))
        self.search.setClearButtonEnabled(True)
        self.facility = QComboBox()
        self.status = QComboBox()
        self.status.addItem(tr("Mọi trạng thái"), None)
        for status, label in PERSON_STATUS_LABELS.items():
            self.status.addItem(tr(label), status.value)
        bar.addWidget(self.search, 3)
        bar.addWidget(QLabel(tr("Cơ sở:")))
        bar.addWidget(self.facility, 1)
        bar.addWidget(QLabel(tr("Trạng thái:")))
        bar.addWidget(self.status, 1)
        layout.addLayout(bar)
        bar2 = QHBoxLayout()
        self.batch = QComboBox()
        self.due = QComboBox()
        for label, key in ((tr("Mọi ngày ra"), None), (tr("Ra hôm nay"), "today"),
                           (tr("Ra ngày mai"), "tomorrow"), (tr("Quá ngày dự kiến"), "overdue"),
                           (tr("Ra trong 7 ngày tới"), "week")):
            self.due.addItem(tr(label), key)
        bar2.addWidget(QLabel(tr("Đợt đến:")))
        bar2.addWidget(self.batch, 3)
        bar2.addWidget(QLabel(tr("Ngày ra:")))
        bar2.addWidget(self.due, 1)
        self.contact = QComboBox()
        self.contact.addItem(tr("Mọi mức"), None)
        for level in CONTACT_LEVELS:
            self.contact.addItem(level, level)
        bar2.addWidget(QLabel(tr("Tiếp xúc:")))
        bar2.addWidget(self.contact)
        layout.addLayout(bar2)

        actions = FlowLayout()
        self.admit_button = QPushButton(tr("Nhận vào cơ sở…"))
        self.test_button = QPushButton(tr("Xét nghiệm…"))
        self.transfer_button = QPushButton(tr("Chuyển…"))
        self.date_button = QPushButton(tr("Đổi ngày dự kiến…"))
        self.release_button = QPushButton(tr("Cho về (hoàn thành cách ly)"))
        self.abscond_button = QPushButton(tr("Báo bỏ trốn"))
        self.case_button = QPushButton(tr("Ca dương tính (F0)…"))
        self.case_button.setToolTip(
            tr("Người tiếp xúc gần, ngày mới của họ, chuyển viện và đóng phòng khử khuẩn")
        )
        self.edit_button = QPushButton(tr("Sửa thông tin…"))
        self.register_button = QPushButton(tr("Tiếp nhận tại chỗ…"))
        self.register_button.setToolTip(
            tr("Người được bàn giao, tự đến khai báo, hoặc thêm vào danh sách tại cổng")
        )
        self.register_button.clicked.connect(self.register)
        bar2.addWidget(self.register_button)  # a new person: not an action on the selection
        for button, handler in ((self.edit_button, self.edit_person),
                                (self.admit_button, self.admit),
                                (self.test_button, self.record_test),
                                (self.transfer_button, self.transfer),
                                (self.date_button, self.change_date),
                                (self.release_button, self.release),
                                (self.case_button, self.mark_case),
                                (self.abscond_button, self.abscond)):
            act_once(button, handler, self._update_actions)
            actions.addWidget(button)
        layout.addLayout(actions)

        self.model = PeopleTableModel(services.people, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        set_column_widths(self.table, [220, 70, 90, 170, 140, 90, 60, 90, 90])
        layout.addWidget(self.table, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.outcome = QLabel()  # what the last action did
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        self.facility.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.batch.currentIndexChanged.connect(self.apply_filter)
        self.due.currentIndexChanged.connect(self.apply_filter)
        self.contact.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.layoutChanged.connect(self._update_actions)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def _fill_facilities(self) -> None:
        current = self.facility.currentData()
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(tr("Mọi cơ sở"), None)
        for f in self.services.facilities.list():
            self.facility.addItem(f"{f.code} – {f.name}", f.code)
        index = self.facility.findData(current)
        self.facility.setCurrentIndex(max(index, 0))
        self.facility.blockSignals(False)

    def _fill_batches(self) -> None:
        current = self.batch.currentData()
        self.batch.blockSignals(True)
        self.batch.clear()
        self.batch.addItem(tr("Mọi đợt"), None)
        for b in self.services.batches.list():
            self.batch.addItem(batch_label(b), b.id)
        self.batch.setCurrentIndex(max(self.batch.findData(current), 0))
        self.batch.blockSignals(False)

    def current_filter(self) -> PersonFilter:
        today = self.today or date.today()
        due_from = due_to = None
        key = self.due.currentData()
        if key == "today":
            due_from = due_to = today
        elif key == "tomorrow":
            due_from = due_to = today + timedelta(days=1)
        elif key == "overdue":
            due_to = today - timedelta(days=1)
        elif key == "week":
            due_from, due_to = today, today + timedelta(days=7)
        return PersonFilter(
            search=self.search.text().strip() or None,
            facility=self.facility.currentData(),
            status=self.status.currentData(),
            batch_id=self.batch.currentData(),
            due_from=due_from,
            due_to=due_to,
            contact_level=self.contact.currentData(),
        )

    def apply_filter(self) -> None:
        """List the people of the filter again; those selected before stay selected."""
        self._timer.stop()
        chosen = [p.id for p in self.selected_people()]
        self.model.set_filter(self.current_filter())
        select_ids(self.table, chosen, self.model.row_of)
        self.count.setText(tr("{n} người", n=f"{self.model.rowCount():,}".replace(",", ".")))

    def refresh(self) -> None:
        self._fill_facilities()
        self._fill_batches()
        self.apply_filter()

    # -- actions on the selected people ---------------------------------------------

    def selected_people(self) -> list[PersonRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [p for p in (self.model.person(r) for r in rows) if p is not None]

    def _update_actions(self) -> None:
        people = self.selected_people()
        inside = [p for p in people if p.status == PersonStatus.IN_QUARANTINE]
        one_inside = len(people) == 1 and len(inside) == 1
        self.admit_button.setEnabled(
            bool(people) and all(p.status != PersonStatus.IN_QUARANTINE for p in people)
        )
        self.test_button.setEnabled(bool(people))
        self.transfer_button.setEnabled(one_inside)
        self.date_button.setEnabled(one_inside)
        self.release_button.setEnabled(bool(inside) and len(inside) == len(people))
        self.abscond_button.setEnabled(one_inside)
        self.case_button.setEnabled(one_inside)
        self.edit_button.setEnabled(len(people) == 1)

    def _after(self, dialog: QDialog, done: str | None = None) -> None:
        if dialog.exec():
            if done:
                self.outcome.setText(done)

    def edit_person(self) -> None:
        [person] = self.selected_people()
        self._after(PersonDialog(self.services, person, self, self.today))

    def admit(self) -> None:
        self._after(AdmitDialog(self.services, self.selected_people(), self, self.today))

    def record_test(self) -> None:
        dialog = TestResultDialog(self.services, self.selected_people(), self, self.today)
        if not dialog.exec():
            return
        self.outcome.setText(dialog.outcome_text())
        if dialog.outcome.currentData() == "positive" and len(dialog.people) == 1:
            # a positive case inside the site: the response opens at once
            [person] = dialog.people
            self.respond_to_case(person, date_of(dialog.when))

    def register(self) -> None:
        dialog = RegisterDialog(self.services, self, self.today)
        if dialog.exec() and dialog.saved is not None:
            if dialog.print_record.isChecked():
                self.print_requested.emit("handover-record", dialog.saved.batch_id)

    def mark_case(self) -> None:
        [person] = self.selected_people()
        self.respond_to_case(person, self.today or date.today())

    def respond_to_case(self, person: PersonRow, found_on: date) -> None:
        dialog = ExposureDialog(self.services, person, self, found_on)
        if dialog.exec():
            if dialog.print_report.isChecked():
                self.print_requested.emit("positive-case", person.id)

    def transfer(self) -> None:
        [person] = self.selected_people()
        self._after(TransferDialog(self.services, person, self, self.today))

    def change_date(self) -> None:
        [person] = self.selected_people()
        self._after(PlannedDateDialog(self.services, person, self))

    def release(self) -> None:
        people = self.selected_people()
        today = self.today or date.today()
        can, cannot = self.services.releases.check([p.id for p in people], today)
        can, cannot, fee_note = ask_fee_note(self, can, cannot)
        if not confirm_release(self, release_names(self.services, can), today, cannot):
            if not can:
                self.outcome.setText(release_outcome([], cannot))
            return
        released, refused = self.services.releases.release([i for i, _ in can], today,
                                                           fee_note=fee_note)
        self.outcome.setText(release_outcome(released, [*cannot, *refused]))

    def abscond(self) -> None:
        [person] = self.selected_people()
        answer = QMessageBox.question(
            self,
            tr("Báo bỏ trốn"),
            tr(
                "Ghi nhận {full_name} đã bỏ trốn khỏi {facility}? Giường sẽ được trả lại.",
                full_name=person.full_name,
                facility=person.facility,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.stay_changes.abscond(person.id, self.today or date.today())
        except ServiceError as exc:
            QMessageBox.warning(self, tr("Không ghi được"), str(exc))
            return
        self.outcome.setText(tr("Đã ghi nhận {full_name} bỏ trốn.", full_name=person.full_name))
