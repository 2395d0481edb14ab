"""Adding a facility. The service decides what is valid; the dialog shows its answer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import FACILITY_KIND_LABELS
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.facilities import MAX_BEDS, FacilityService, FacilityView


class FacilityDialog(QDialog):
    def __init__(self, service: FacilityService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.created: FacilityView | None = None
        self.setWindowTitle("Thêm cơ sở cách ly")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(32)
        self.code.setPlaceholderText("VD: TQS-CT")
        self.name = QLineEdit()
        self.kind = QComboBox()
        for kind, label in FACILITY_KIND_LABELS.items():
            self.kind.addItem(label, kind.value)
        self.beds = QSpinBox()
        self.beds.setRange(1, MAX_BEDS)
        self.beds.setValue(100)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("VD: Bộ Chỉ huy Quân sự thành phố Cần Thơ")
        self.address = QLineEdit()
        self.district = QLineEdit()
        form.addRow("Mã cơ sở:", self.code)
        form.addRow("Tên cơ sở:", self.name)
        form.addRow("Loại:", self.kind)
        form.addRow("Số giường:", self.beds)
        form.addRow("Đơn vị quản lý:", self.unit)
        form.addRow("Địa chỉ:", self.address)
        form.addRow("Quận, huyện:", self.district)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText("Lưu")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        try:
            self.created = self.service.add(
                code=self.code.text(),
                name=self.name.text(),
                kind=self.kind.currentData(),
                beds=self.beds.value(),
                unit=self.unit.text() or None,
                address=self.address.text() or None,
                district=self.district.text() or None,
            )
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
