"""Adding or editing a facility, and adding a room. The service decides what is valid."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from quarantine_desk.domain.enums import FACILITY_KIND_LABELS
from quarantine_desk.i18n import tr
from quarantine_desk.services.facilities import MAX_BEDS, FacilityService, FacilityView, RoomView
from quarantine_desk.ui.dialogs.base import FormDialog


class FacilityDialog(FormDialog):
    def __init__(self, service: FacilityService, parent: QWidget | None = None,
                 existing: FacilityView | None = None) -> None:
        super().__init__(tr("Sửa cơ sở cách ly") if existing else tr("Thêm cơ sở cách ly"), parent)
        self.service = service
        self.existing = existing
        self.created: FacilityView | None = None
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText(tr("VD: TQS-CT"))
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, label in FACILITY_KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.beds = QSpinBox()
        self.beds.setRange(1, MAX_BEDS)
        self.beds.setValue(100)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(tr("VD: Bộ Chỉ huy Quân sự thành phố Cần Thơ"))
        self.address = QLineEdit()
        self.district = QLineEdit()
        self.contact = QLineEdit()
        for label, widget, field in ((tr("Mã cơ sở:"), self.code, "code"),
                                     (tr("Tên cơ sở:"), self.name, "name"),
                                     (tr("Loại:"), self.kind, None),
                                     (tr("Số giường:"), self.beds, "beds"),
                                     (tr("Đơn vị quản lý:"), self.unit, None),
                                     (tr("Địa chỉ:"), self.address, None),
                                     (tr("Quận, huyện:"), self.district, None),
                                     (tr("Liên hệ:"), self.contact, None)):
            self.add_row(label, widget, field)
        if existing is not None:
            self.code.setText(existing.code)
            self.code.setEnabled(False)
            self.name.setText(existing.name)
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            self.beds.setValue(existing.beds)
            if service.rooms(existing.code):  # its beds are its rooms'
                self.beds.setEnabled(False)
                self.beds.setToolTip(tr("Tổng giường các phòng; sửa ở từng phòng."))
                self.beds.setSuffix(tr(" (tổng các phòng)"))
            self.unit.setText(existing.unit or "")
            self.address.setText(existing.address or "")
            self.district.setText(existing.district or "")
            self.contact.setText(existing.contact or "")

    def apply(self) -> None:
        fields = dict(name=self.name.text(), kind=self.kind.currentData(),
                      beds=self.beds.value(), unit=self.unit.text() or None,
                      address=self.address.text() or None,
                      district=self.district.text() or None,
                      contact=self.contact.text() or None)
        if self.existing is None:
            self.created = self.service.add(code=self.code.text(), **fields)
        else:
            self.created = self.service.update(self.existing.code, **fields)


class RoomDialog(FormDialog):
    def __init__(self, service: FacilityService, facility: FacilityView,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Thêm phòng cho {code}", code=facility.code), parent)
        self.service = service
        self.facility = facility
        self.created: list[RoomView] = []
        self.code = QLineEdit()
        self.code.setMaxLength(200)
        self.code.setPlaceholderText(tr("VD: 101, hoặc cả dãy: 101-110"))
        self.beds = QSpinBox()
        self.beds.setRange(1, 500)
        self.beds.setValue(4)
        self.sex = QComboBox()
        self.sex.addItem(tr("Không phân biệt"), None)
        self.sex.addItem(tr("Chỉ nam"), "M")
        self.sex.addItem(tr("Chỉ nữ"), "F")
        self.block = QLineEdit()
        self.block.setMaxLength(32)
        self.block.setPlaceholderText(tr("VD: A (không bắt buộc)"))
        self.floor = QLineEdit()
        self.floor.setMaxLength(16)
        self.floor.setPlaceholderText(tr("VD: 2 (không bắt buộc)"))
        self.add_row(tr("Phòng:"), self.code, "code")
        self.add_row(tr("Số giường:"), self.beds, "beds")
        self.form.addRow(tr("Dành cho:"), self.sex)
        self.add_row(tr("Khu:"), self.block, "block")
        self.add_row(tr("Tầng:"), self.floor, "floor")

    def apply(self) -> None:
        self.created = self.service.add_rooms(self.facility.code, self.code.text(),
                                              self.beds.value(), self.sex.currentData(),
                                              block=self.block.text(), floor=self.floor.text())
