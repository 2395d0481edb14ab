"""The response to a positive case: who was exposed, their new dates, then record it all."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTableWidget, QTableWidgetItem

from quarantine_desk.domain.rooms import last_closed_day
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.exposure import SCOPE_LABELS, Exposure, Scope, elsewhere_note
from quarantine_desk.services.people import PersonRow
from quarantine_desk.ui.dialogs.base import FormDialog, date_edit, date_of
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.tables import set_column_widths

HOSPITAL = "Bệnh viện Đa khoa Trung ương Cần Thơ"


class ExposureDialog(FormDialog):
    """Opened by a positive result (or by marking someone F0): nothing is written until Save."""

    save_text = QT_TR_NOOP("Ghi nhận")

    def __init__(self, services: Services, person: PersonRow, parent: object = None,
                 found_on: date | None = None) -> None:
        super().__init__(tr("Ca dương tính: {full_name}", full_name=person.full_name), parent)
        self.services = services
        self.person = person
        self.found: Exposure | None = None
        self.when = date_edit(found_on)
        self.scope = QComboBox()
        for scope in Scope:
            self.scope.addItem(tr(SCOPE_LABELS[scope]), scope.value)
        self.to_hospital = QCheckBox(tr("Chuyển ca bệnh đến bệnh viện:"))
        self.to_hospital.setChecked(True)
        self.hospital = QLineEdit(HOSPITAL)
        self.print_report = QCheckBox(tr("In báo cáo gửi Ban Chỉ đạo sau khi ghi"))
        self.print_report.setChecked(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [tr("Họ và tên"), tr("Nơi ở"), tr("Tiếp xúc cuối"), tr("Dự kiến ra (trước)"),
             tr("Dự kiến ra (mới)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        set_column_widths(self.table, [200, 130, 100, 120, 120])
        self.table.setMinimumHeight(180)
        self.add_row(tr("Ngày phát hiện:"), self.when, "when")
        self.form.addRow(tr("Người tiếp xúc gần:"), self.scope)
        self.form.addRow(self.table)
        self.form.addRow(self.to_hospital, self.hospital)
        self.form.addRow(self.print_report)
        self.setMinimumWidth(760)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.when.dateChanged.connect(self.refresh)
        self.to_hospital.toggled.connect(self.hospital.setEnabled)
        self.refresh()

    def refresh(self) -> None:
        """The preview for the chosen day and scope (writes nothing)."""
        self.error.hide()
        try:
            self.found = self.services.exposure.exposure(
                self.person.id, date_of(self.when), self.scope.currentData())
        except ServiceError as exc:
            self.found = None
            self.table.setRowCount(0)
            self._show_error(str(exc))
            return
        rows = self.found.contacts
        self.table.setRowCount(len(rows))
        for r, c in enumerate(rows):
            where = c.facility + (tr(", phòng {room}", room=c.room) if c.room else "")
            for col, value in enumerate((c.full_name, where, show_date(c.last_contact),
                                         show_date(c.planned_release_before),
                                         show_date(c.planned_release_after))):
                item = QTableWidgetItem(value)
                if col == 0:
                    item.setToolTip(c.reason)
                self.table.setItem(r, col, item)
        closed = (tr(" Phòng {room} đóng để khử khuẩn đến hết ngày {value}.",
                     room=self.found.room,
                     value=show_date(last_closed_day(self.found.room_closed_until)))
                  if self.found.room_closed_until else "")
        elsewhere = self.found.elsewhere
        others = (" " + elsewhere_note(len(elsewhere)) + " (" + ", ".join(
            f"{c.full_name} – {c.facility}" for c in elsewhere[:5])
            + (", …" if len(elsewhere) > 5 else "") + ")") if elsewhere else ""
        self.show_note(tr("{n} người tiếp xúc gần (F1) được tính lại thời gian cách ly và "
                          "xét nghiệm từ ngày tiếp xúc cuối cùng.", n=len(rows)) + closed
                       + others)

    def apply(self) -> None:
        hospital = self.hospital.text() if self.to_hospital.isChecked() else None
        if self.to_hospital.isChecked() and not (hospital or "").strip():
            raise ServiceError(tr("Ghi tên bệnh viện nhận người."))
        self.found = self.services.exposure.exposure(
            self.person.id, date_of(self.when), self.scope.currentData(), apply=True,
            hospital=hospital)
