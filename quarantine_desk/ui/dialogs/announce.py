"""Báo trước đợt đến: a flight the steering committee announced before its list exists."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from quarantine_desk.domain.enums import BATCH_KIND_LABELS, BatchKind
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.ui.dialogs.base import FormDialog, date_edit, date_of
from quarantine_desk.ui.dialogs.stay import facility_combo


class AnnounceDialog(FormDialog):
    save_text = QT_TR_NOOP("Ghi")

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(tr("Báo trước đợt đến"), parent)
        self.services = services
        self.batch_id: int | None = None
        self.kind = QComboBox()
        for kind, label in BATCH_KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.kind.setCurrentIndex(self.kind.findData(BatchKind.FLIGHT.value))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("VD: VN5087"))
        self.when = date_edit(today)
        self.expected = QSpinBox()
        self.expected.setRange(1, 100_000)
        self.expected.setValue(200)
        self.origin = QLineEdit()
        self.entry_point = QLineEdit("Cảng hàng không quốc tế Cần Thơ")
        self.hold_at = facility_combo(services)
        self.hold_at.insertItem(0, tr("Không giữ giường"), None)
        self.hold_at.setCurrentIndex(0)
        self.hold_beds = QSpinBox()
        self.hold_beds.setRange(1, 100_000)
        self.hold_beds.setValue(50)
        self.add_row(tr("Loại:"), self.kind)
        self.add_row(tr("Số hiệu chuyến bay / mã đợt:"), self.reference)
        self.add_row(tr("Ngày đến:"), self.when)
        self.add_row(tr("Số người dự kiến:"), self.expected, "expected")
        self.add_row(tr("Nơi đi:"), self.origin)
        self.add_row(tr("Cửa khẩu, sân bay nhập cảnh:"), self.entry_point)
        self.add_row(tr("Giữ giường tại:"), self.hold_at, "holds")
        self.add_row(tr("Số giường giữ:"), self.hold_beds)
        self.hold_at.currentIndexChanged.connect(
            lambda: self.hold_beds.setEnabled(self.hold_at.currentData() is not None))
        self.hold_beds.setEnabled(False)

    def apply(self) -> None:
        code = self.hold_at.currentData()
        self.batch_id = self.services.batches.announce(
            kind=self.kind.currentData(), arrival_date=date_of(self.when),
            expected=self.expected.value(), reference=self.reference.text() or None,
            origin=self.origin.text() or None, entry_point=self.entry_point.text() or None,
            holds={code: self.hold_beds.value()} if code else None)
