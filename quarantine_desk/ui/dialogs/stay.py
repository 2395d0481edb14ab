"""Dialogs for one or more people: admit, transfer, test result, planned release date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QLineEdit, QRadioButton, QWidget

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import TEST_OUTCOME_LABELS, FacilityStatus, TestOutcome
from quarantine_desk.domain.policy import NoPolicyError
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.people import PersonRow, detail_text
from quarantine_desk.services.release import Refusal
from quarantine_desk.ui.actions import names, tests_outcome
from quarantine_desk.ui.dialogs.base import FormDialog, date_edit, date_of
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.remembered import recall, remember

LAST_FACILITY = "admit/last_facility"


def facility_combo(services: Services, *, active_only: bool = True) -> QComboBox:
    """The facilities that take people, the one chosen last time first if it still has a
    free bed, else the active one with the most free beds (never a standby one by default)."""
    combo = QComboBox()
    facilities = [f for f in services.facilities.list()
                  if not (active_only and f.status == FacilityStatus.CLOSED)]
    for f in facilities:
        standby = tr(", dự phòng") if f.status == FacilityStatus.STANDBY else ""
        combo.addItem(tr("{code} – {name} (còn {free} giường{standby})", code=f.code,
                         name=f.name, free=f.free, standby=standby), f.code)
    usable = [f for f in facilities if f.status == FacilityStatus.ACTIVE and f.free > 0]
    last = recall(LAST_FACILITY)
    chosen = next((f for f in usable if f.code == last), None) or max(
        usable, key=lambda f: f.free, default=None)
    if chosen is not None:
        combo.setCurrentIndex(combo.findData(chosen.code))
    return combo


def remember_facility(code: str | None) -> None:
    """The facility people were last admitted or moved to, proposed first next time."""
    if code is not None:
        remember({LAST_FACILITY: code})


def fill_rooms(services: Services, facility: QComboBox, room: QComboBox) -> None:
    room.clear()
    room.addItem(tr("Chưa xếp phòng"), None)
    code = facility.currentData()
    if code is None:
        return
    for r in services.facilities.rooms(code):
        kind = {"M": tr(", nam"), "F": tr(", nữ")}.get(r.sex or "", "")
        room.addItem(f"{r.code} ({r.occupied}/{r.beds}{kind})", r.code)


def _names(people: list[PersonRow]) -> str:
    return names([p.full_name for p in people], 5)


class AdmitDialog(FormDialog):
    """Admit the selected people; the planned release date is shown before saving."""

    save_text = QT_TR_NOOP("Nhận vào")

    def __init__(
        self,
        services: Services,
        people: list[PersonRow],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(tr("Nhận vào cơ sở cách ly"), parent)
        self.services = services
        self.people = people
        self.facility = facility_combo(services)
        self.room = QComboBox()
        self.when = date_edit(today)
        self.form.addRow(tr("Người:"), _label(_names(people)))
        self.form.addRow(tr("Cơ sở:"), self.facility)
        self.form.addRow(tr("Phòng:"), self.room)
        self.add_row(tr("Ngày vào:"), self.when, "when")
        self.facility.currentIndexChanged.connect(
            lambda: fill_rooms(services, self.facility, self.room)
        )
        self.when.dateChanged.connect(self._preview)
        fill_rooms(services, self.facility, self.room)
        self._preview()

    def _preview(self) -> None:
        if not self.people:
            return
        try:
            planned = self.services.admissions.planned_release_preview(
                self.people[0].id, date_of(self.when)
            )
        except (ServiceError, NoPolicyError) as exc:
            self.show_note(str(exc))
            return
        self.show_note(
            tr(
                "Theo quy định đang áp dụng, dự kiến hoàn thành cách ly ngày {value}.",
                value=show_date(planned),
            )
        )

    def apply(self) -> None:
        code = self.facility.currentData()
        if code is None:
            raise ServiceError(tr("Chưa có cơ sở cách ly nào đang nhận người."))
        room = self.room.currentData()
        when = date_of(self.when)
        if room is not None and len(self.people) > 1:
            raise ServiceError(
                tr("Nhiều người cùng lúc: hãy để «Chưa xếp phòng» hoặc dùng trang Bố trí chỗ ở.")
            )
        for person in self.people:
            self.services.admissions.admit(person.id, code, room, when)
        remember_facility(code)


class TransferDialog(FormDialog):
    save_text = QT_TR_NOOP("Chuyển")

    def __init__(
        self,
        services: Services,
        person: PersonRow,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(tr("Chuyển {full_name}", full_name=person.full_name), parent)
        self.services = services
        self.person = person
        self.to_hospital = QRadioButton(tr("Chuyển bệnh viện (kết thúc cách ly, trả giường)"))
        self.to_facility = QRadioButton(tr("Chuyển sang cơ sở cách ly khác (giữ ngày dự kiến)"))
        group = QButtonGroup(self)
        group.addButton(self.to_hospital)
        group.addButton(self.to_facility)
        self.to_hospital.setChecked(True)
        self.hospital = QLineEdit("Bệnh viện Đa khoa Trung ương Cần Thơ")
        self.facility = facility_combo(services)
        self.room = QComboBox()
        self.when = date_edit(today)
        self.form.addRow(self.to_hospital)
        self.form.addRow(tr("Bệnh viện:"), self.hospital)
        self.form.addRow(self.to_facility)
        self.form.addRow(tr("Cơ sở:"), self.facility)
        self.form.addRow(tr("Phòng:"), self.room)
        self.add_row(tr("Ngày chuyển:"), self.when, "when")
        self.facility.currentIndexChanged.connect(
            lambda: fill_rooms(services, self.facility, self.room)
        )
        fill_rooms(services, self.facility, self.room)
        self.to_hospital.toggled.connect(self._toggle)
        self._toggle()

    def _toggle(self) -> None:
        hospital = self.to_hospital.isChecked()
        self.hospital.setEnabled(hospital)
        self.facility.setEnabled(not hospital)
        self.room.setEnabled(not hospital)

    def apply(self) -> None:
        if self.to_hospital.isChecked():
            if not self.hospital.text().strip():
                raise ServiceError(tr("Ghi tên bệnh viện nhận người."))
            self.services.stay_changes.transfer(
                self.person.id, date_of(self.when), hospital=self.hospital.text()
            )
        else:
            self.services.stay_changes.transfer(
                self.person.id,
                date_of(self.when),
                facility_code=self.facility.currentData(),
                room_code=self.room.currentData(),
            )
            remember_facility(self.facility.currentData())


class TestResultDialog(FormDialog):
    __test__ = False  # not a pytest class

    def __init__(
        self,
        services: Services,
        people: list[PersonRow],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(tr("Ghi kết quả xét nghiệm"), parent)
        self.services = services
        self.people = people
        self.recorded: list[str] = []
        self.refused: list[Refusal] = []
        self.when = date_edit(today)
        self.kind = QComboBox()
        self.kind.addItem("RT-PCR", "pcr")
        self.kind.addItem(tr("Test nhanh kháng nguyên"), "antigen")
        # no result chosen for the operator: a wrong default is a wrong record
        self.outcome = QComboBox()
        self.outcome.addItem(tr("— Chọn kết quả —"), None)
        for outcome in (TestOutcome.NEGATIVE, TestOutcome.PENDING, TestOutcome.POSITIVE):
            self.outcome.addItem(tr(TEST_OUTCOME_LABELS[outcome]), outcome.value)
        self.form.addRow(tr("Người:"), _label(_names(people)))
        self.add_row(tr("Ngày lấy mẫu:"), self.when, "when")
        self.form.addRow(tr("Loại:"), self.kind)
        self.add_row(tr("Kết quả:"), self.outcome, "result")

    def apply(self) -> None:
        if self.outcome.currentData() is None:
            raise FieldError("result", tr("Chọn kết quả xét nghiệm."))
        self.recorded, self.refused = self.services.health.record_tests(
            [p.id for p in self.people], date_of(self.when), self.kind.currentData(),
            self.outcome.currentData())

    def outcome_text(self) -> str:
        """What was recorded, for the page's status line (both parts when some were not)."""
        return tests_outcome(self.outcome.currentText(), self.kind.currentText(),
                             self.recorded, self.refused)


class PlannedDateDialog(FormDialog):
    def __init__(
        self, services: Services, person: PersonRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(tr("Đổi ngày dự kiến – {full_name}", full_name=person.full_name), parent)
        self.services = services
        self.person = person
        self.new_date = date_edit(person.planned_release_on)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(tr("VD: tiếp xúc gần với ca dương tính ngày 03/08"))
        self.form.addRow(tr("Ngày dự kiến hiện tại:"), _label(show_date(person.planned_release_on)))
        self.add_row(tr("Ngày mới:"), self.new_date, "new_date")
        self.add_row(tr("Lý do:"), self.reason, "reason")

    def apply(self) -> None:
        self.services.stay_changes.change_planned_date(
            self.person.id, date_of(self.new_date), self.reason.text()
        )


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PersonDialog(FormDialog):
    """Correct one person's details; each refused value is shown beside its field."""

    def __init__(
        self,
        services: Services,
        person: PersonRow,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(tr("Sửa thông tin: {full_name}", full_name=person.full_name), parent)
        self.services, self.person, self.today = services, person, today
        self.name = QLineEdit(person.full_name)
        self.name.setMaxLength(120)
        self.sex = QComboBox()
        for label, value in ((tr("Chưa rõ"), None), (tr("Nam"), "M"), (tr("Nữ"), "F")):
            self.sex.addItem(label, value)
        self.sex.setCurrentIndex(self.sex.findData(person.sex))
        self.birth = QLineEdit(
            show_date(person.date_of_birth)
            if person.date_of_birth
            else str(person.birth_year or "")
        )
        self.birth.setPlaceholderText(tr("dd/mm/yyyy, hoặc chỉ năm sinh"))
        self.document = QLineEdit(person.id_number or "")
        self.document.setPlaceholderText(tr("CCCD 12 số, CMND 9 số hoặc hộ chiếu"))
        self.nationality = QLineEdit(person.nationality or "")
        self.phone = QLineEdit(person.phone or "")
        self.address = QLineEdit(person.address or "")
        for widget, limit in (
            (self.document, 32),
            (self.nationality, 100),
            (self.phone, 20),
            (self.address, 300),
        ):
            widget.setMaxLength(limit)
        self.add_row(tr("Họ và tên:"), self.name, "full_name")
        self.add_row(tr("Giới tính:"), self.sex, "sex")
        self.add_row(tr("Ngày sinh:"), self.birth, "birth")
        self.add_row(tr("Số giấy tờ:"), self.document, "id_number")
        self.add_row(tr("Quốc tịch:"), self.nationality)
        self.add_row(tr("Điện thoại:"), self.phone, "phone")
        self.add_row(tr("Địa chỉ thường trú:"), self.address)
        # the editable fields of domain/person_fields.py's table, as text read as a list's cell
        self.details: dict[str, tuple[QLineEdit, str]] = {}
        for spec in person_fields.EDITABLE:
            shown = detail_text(person, spec.key)
            edit = QLineEdit(shown)
            edit.setMaxLength(300)
            if spec.key == "vaccination":
                edit.setPlaceholderText(tr("VD: 2 mũi Pfizer, mũi 2 ngày 01/09/2021; Chưa tiêm; "
                                           "Đã khỏi bệnh 15/08/2021"))
            self.details[spec.key] = (edit, shown)
            self.add_row(tr("{label}:", label=tr(spec.label)), edit, spec.key)
        # issue 29: why the person pays no meals, with the paper that grants it
        from quarantine_desk.services.fees import EXEMPTION_KINDS

        self.exemption = QComboBox()
        self.exemption.addItem(tr("Không"), None)
        for key, label in EXEMPTION_KINDS.items():
            self.exemption.addItem(tr(label), key)
        recorded = services.fees.exemptions(person.id)
        self.recorded = recorded[0] if recorded else (None, "")
        self.exemption.setCurrentIndex(max(self.exemption.findData(self.recorded[0]), 0))
        self.exemption_paper = QLineEdit(self.recorded[1])
        self.exemption_paper.setMaxLength(200)
        self.exemption_paper.setPlaceholderText(
            tr("VD: Giấy chứng nhận hộ nghèo số 12/GCN-UBND"))
        self.add_row(tr("Miễn tiền ăn:"), self.exemption, "kind")
        self.add_row(tr("Văn bản cho miễn:"), self.exemption_paper, "document")
        self.setMinimumWidth(560)

    def apply(self) -> None:
        kind, paper = self.exemption.currentData(), " ".join(self.exemption_paper.text().split())
        exempting = kind is not None and (kind, paper) != self.recorded
        if exempting and not paper:  # refused before anything is written
            raise FieldError("document", tr("Ghi văn bản cho miễn (số, ngày, cơ quan cấp)."))
        self.services.people.edit(
            self.person.id,
            full_name=self.name.text(),
            sex=self.sex.currentData(),
            birth=self.birth.text() or None,
            id_number=self.document.text() or None,
            nationality=self.nationality.text(),
            phone=self.phone.text() or None,
            address=self.address.text(),
            today=self.today,
            # only what was changed: a field left alone is not read again
            details={key: edit.text() for key, (edit, shown) in self.details.items()
                     if edit.text() != shown},
        )
        if exempting:
            self.services.fees.exempt(self.person.id, kind, paper)
