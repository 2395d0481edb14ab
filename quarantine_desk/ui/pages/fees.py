"""Suất ăn, chi phí: the kitchen's count of a day at a site, everyone's bill there, payments,
exemptions and the rates (issue 29)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import FACILITY_KIND_LABELS, FacilityKind
from quarantine_desk.domain.money import figures
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Capability
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.fees import ANY_KIND, EXEMPTION_KINDS, Bill
from quarantine_desk.ui.actions import fill_facilities
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, FormDialog, date_edit, date_of
from quarantine_desk.ui.files import ask_save_path
from quarantine_desk.ui.tables import set_column_widths


def _amount(text: str, field: str) -> int:
    digits = text.strip().replace(".", "").replace(",", "").replace(" ", "")
    if not digits.isdigit() or len(digits) > 12:
        raise FieldError(field, tr("Số tiền là số đồng, VD 1.120.000."))
    return int(digits)


class PaymentDialog(FormDialog):
    save_text = QT_TR_NOOP("Ghi khoản thu")

    def __init__(self, services: Services, bill: Bill, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(tr("Nộp tiền ăn: {name}", name=bill.full_name), parent)
        self.services, self.bill = services, bill
        self.payment: tuple[int, int] | None = None
        self.amount = QLineEdit(figures(max(bill.balance, 0)))
        self.when = date_edit(today)
        self.receipt = QLineEdit()
        self.receipt.setPlaceholderText(tr("VD: 0001234"))
        self.note = QLineEdit()
        self.show_note(tr("Còn phải nộp: {amount} đồng.", amount=figures(bill.balance)))
        self.add_row(tr("Số tiền (đồng):"), self.amount, "amount")
        self.add_row(tr("Ngày nộp:"), self.when, "when")
        self.add_row(tr("Số biên lai:"), self.receipt, "receipt")
        self.form.addRow(tr("Ghi chú:"), self.note)

    def apply(self) -> None:
        self.payment = self.services.fees.pay(
            self.bill.person_id, _amount(self.amount.text(), "amount"), date_of(self.when),
            self.receipt.text(), self.note.text())


class ExemptionDialog(FormDialog):
    save_text = QT_TR_NOOP("Ghi miễn")

    def __init__(self, services: Services, bill: Bill, parent: QWidget | None = None) -> None:
        super().__init__(tr("Miễn tiền ăn: {name}", name=bill.full_name), parent)
        self.services, self.bill = services, bill
        self.kind = QComboBox()
        for key, label in EXEMPTION_KINDS.items():
            self.kind.addItem(tr(label), key)
        self.document = QLineEdit()
        self.document.setPlaceholderText(tr("VD: Giấy chứng nhận hộ nghèo số 12/GCN-UBND"))
        self.add_row(tr("Lý do miễn:"), self.kind, "kind")
        self.add_row(tr("Văn bản:"), self.document, "document")

    def apply(self) -> None:
        self.services.fees.exempt(self.bill.person_id, self.kind.currentData(),
                                  self.document.text())


class RateDialog(FormDialog):
    save_text = QT_TR_NOOP("Đặt mức thu")

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(tr("Mức thu tiền ăn"), parent)
        self.services = services
        self.kind = QComboBox()
        self.kind.addItem(tr("Mọi loại cơ sở"), ANY_KIND)
        for kind in FacilityKind:
            self.kind.addItem(tr(FACILITY_KIND_LABELS[kind]), kind.value)
        self.valid_from = date_edit(today)
        self.person_rate = QLineEdit("80.000")
        self.state_rate = QLineEdit("40.000")
        self.basis = QLineEdit()
        self.basis.setPlaceholderText(tr("Văn bản quy định, VD Nghị quyết 16/NQ-CP"))
        self.add_row(tr("Loại cơ sở:"), self.kind, "kind")
        self.add_row(tr("Áp dụng từ ngày:"), self.valid_from)
        self.add_row(tr("Người cách ly trả (đồng/ngày):"), self.person_rate, "person_rate")
        self.add_row(tr("Nhà nước chi (đồng/ngày):"), self.state_rate, "state_rate")
        self.add_row(tr("Căn cứ:"), self.basis)

    def apply(self) -> None:
        self.services.fees.set_rate(
            self.kind.currentData(), date_of(self.valid_from),
            _amount(self.person_rate.text(), "person_rate"),
            _amount(self.state_rate.text(), "state_rate"), self.basis.text())


class FeesPage(QWidget):
    title = QT_TR_NOOP("Suất ăn, chi phí")
    watches = frozenset({Topic.PEOPLE, Topic.STAYS, Topic.FACILITIES, Topic.SETTINGS})
    # the rates are set on the settings page (RateDialog)

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services, self.today = services, today
        self.found: list[tuple[str | None, Bill]] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.facility = QComboBox()
        self.facility.setMinimumContentsLength(30)
        self.when = date_edit(today)
        bar.addWidget(QLabel(tr("Cơ sở:")))
        bar.addWidget(self.facility)
        bar.addWidget(QLabel(tr("Suất ăn ngày:")))
        bar.addWidget(self.when)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.meals = QTableWidget(0, 3)
        self.meals.setHorizontalHeaderLabels([tr("Phòng"), tr("Số người"),
                                              tr("Chế độ ăn riêng")])
        self.meals.verticalHeader().setVisible(False)
        self.meals.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        set_column_widths(self.meals, [90, 90])
        self.meals.horizontalHeader().setStretchLastSection(True)
        self.bills = QTableWidget(0, 7)
        self.bills.setHorizontalHeaderLabels([tr("Họ và tên"), tr("Phòng"), tr("Số ngày"),
                                              tr("Phải nộp"), tr("Được miễn"), tr("Đã nộp"),
                                              tr("Còn lại")])
        self.bills.verticalHeader().setVisible(False)
        self.bills.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.bills.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.bills.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_column_widths(self.bills, [200, 60, 70, 100, 100, 100])
        self.bills.horizontalHeader().setStretchLastSection(True)
        self.bills.itemSelectionChanged.connect(self._update_actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.meals)
        splitter.addWidget(self.bills)
        splitter.setSizes([170, 330])
        layout.addWidget(splitter, 1)

        row = QHBoxLayout()
        self.meals_button = QPushButton(tr("Lưu bảng suất ăn (PDF)…"))
        self.meals_button.clicked.connect(self.save_meals)
        self.pay_button = QPushButton(tr("Ghi nộp tiền…"))
        self.pay_button.clicked.connect(self.pay)
        self.exempt_button = QPushButton(tr("Miễn tiền ăn…"))
        self.exempt_button.clicked.connect(self.exempt)
        self.notice_button = QPushButton(tr("Lưu thông báo nộp tiền (PDF)…"))
        self.notice_button.clicked.connect(self.save_notice)
        self.receipt_button = QPushButton(tr("Lưu biên lai (PDF)…"))
        self.receipt_button.setToolTip(tr("Biên lai của khoản nộp gần nhất của người đã chọn"))
        self.receipt_button.clicked.connect(self.save_receipt)
        for button in (self.meals_button, self.pay_button, self.exempt_button,
                       self.notice_button, self.receipt_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.facility.currentIndexChanged.connect(self._load)
        self.when.dateChanged.connect(self._load)
        self._update_actions()

    def refresh(self) -> None:
        current = self.facility.currentData()
        facilities = self.services.facilities.list()
        if current is None:  # first shown: the site with the most people
            busiest = max(facilities, key=lambda f: f.occupied, default=None)
            current = busiest.code if busiest else None
        fill_facilities(self.facility, facilities, current)
        self._load()

    def _load(self) -> None:
        code = self.facility.currentData()
        self.error.hide()
        if not code:
            return
        on = date_of(self.when)
        try:
            count = self.services.fees.meals(code, on)
            self.found = self.services.fees.bills(code)
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.meals.setRowCount(len(count.rooms))
        for r, room in enumerate(count.rooms):
            for c, text in enumerate((room.room or tr("Chưa xếp phòng"), str(room.people),
                                      "; ".join(f"{n}: {d}" for n, d in room.diets))):
                self.meals.setItem(r, c, QTableWidgetItem(text))
        diets = ", ".join(f"{d} {n}" for d, n in sorted(count.diets.items()))
        self.summary.setText(tr(
            "Ngày {on:%d/%m/%Y}: {total} người ăn ({meals} suất){diets}; hoàn thành cách ly "
            "trong ngày {leaving} người (không tính); dự kiến tiếp nhận {arriving} người.",
            on=on, total=count.total, meals=count.total * 3,
            diets=tr(", ăn riêng: {diets}", diets=diets) if diets else "",
            leaving=len(count.leaving), arriving=count.arriving))
        self.bills.setRowCount(len(self.found))
        for r, (room, bill) in enumerate(self.found):
            for c, text in enumerate((bill.full_name, room or "", str(bill.days),
                                      figures(bill.due), figures(bill.exempt),
                                      figures(bill.paid), figures(bill.balance))):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.bills.setItem(r, c, item)
        self._update_actions()

    def selected(self) -> Bill | None:
        rows = {i.row() for i in self.bills.selectedItems()}
        return self.found[rows.pop()][1] if len(rows) == 1 else None

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        may = self.services.access.may(Capability.RECORD)
        for button in (self.pay_button, self.exempt_button):
            button.setEnabled(chosen and may)
        self.notice_button.setEnabled(chosen)
        bill = self.selected()
        self.receipt_button.setEnabled(bill is not None and bool(bill.payments))
        self.meals_button.setEnabled(bool(self.facility.currentData()))

    def _after(self, dialog: FormDialog, done: str) -> None:
        if dialog.exec():
            self.outcome.setText(done)
            self._load()

    def pay(self) -> None:
        bill = self.selected()
        if bill is not None:
            dialog = PaymentDialog(self.services, bill, self, self.today)
            self._after(dialog, tr("Đã ghi khoản nộp của {name}.", name=bill.full_name))

    def exempt(self) -> None:
        bill = self.selected()
        if bill is not None:
            self._after(ExemptionDialog(self.services, bill, self),
                        tr("Đã ghi miễn tiền ăn cho {name}.", name=bill.full_name))

    def _save(self, kind: str, suggested: str, **subject: object) -> None:
        path = ask_save_path(self, tr("Lưu PDF"), suggested, ".pdf")
        if not path:
            return
        try:
            made = self.services.papers.make(kind, path, self.today or date.today(),
                                             force=True, **subject)  # type: ignore[arg-type]
        except ServiceError as exc:
            self.outcome.setText(str(exc))
            return
        self.outcome.setText(tr("Đã lưu {path}: {what}", path=path, what=made))

    def save_meals(self) -> None:
        code = self.facility.currentData()
        on = date_of(self.when)
        path = ask_save_path(self, tr("Lưu PDF"), f"suat-an-{code}-{on:%Y%m%d}.pdf", ".pdf")
        if not path:
            return
        try:
            made = self.services.papers.make("meals", path, on, facility=code, force=True)
        except ServiceError as exc:
            self.outcome.setText(str(exc))
            return
        self.outcome.setText(tr("Đã lưu {path}: {what}", path=path, what=made))

    def save_receipt(self) -> None:
        bill = self.selected()
        if bill is not None and bill.payments:
            payment_id, _, receipt, _ = bill.payments[-1]
            self._save("fee-receipt", f"bien-lai-{receipt}.pdf", payment_id=payment_id)

    def save_notice(self) -> None:
        bill = self.selected()
        if bill is not None:
            self._save("fee-notice", f"thong-bao-tien-an-{bill.person_id}.pdf",
                       person_id=bill.person_id)

