"""Tiếp nhận tại chỗ: one person or a small group handed over at the desk, typed fast.

The details of the hand-over once, then one line per person. Known people who may be the same
are shown before anything is saved; a refused value is pointed at in its line and column.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import BATCH_KIND_LABELS, BatchKind
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import FieldError
from quarantine_desk.services.registration import HandOver, NewPerson, Registered
from quarantine_desk.ui.dialogs.base import FormDialog
from quarantine_desk.ui.dialogs.stay import facility_combo, fill_rooms
from quarantine_desk.ui.tables import set_column_widths

# the columns of a line, with the NewPerson field each fills
COLUMNS = [
    ("full_name", QT_TR_NOOP("Họ và tên")),
    ("sex", QT_TR_NOOP("Giới tính")),
    ("birth", QT_TR_NOOP("Ngày hoặc năm sinh")),
    ("age", QT_TR_NOOP("Tuổi (ước tính)")),
    ("id_number", QT_TR_NOOP("Số giấy tờ")),
    ("nationality", QT_TR_NOOP("Quốc tịch")),
    ("phone", QT_TR_NOOP("Điện thoại")),
    ("address", QT_TR_NOOP("Địa chỉ thường trú")),
    # the editable fields of domain/person_fields.py's table (NewPerson.details)
    *((spec.key, spec.label) for spec in person_fields.EDITABLE),
    ("origin", QT_TR_NOOP("Nơi đi")),
    ("description", QT_TR_NOOP("Mô tả (khi không rõ tên)")),
    ("same_person", QT_TR_NOOP("Là người đã có (số)")),
]
REFUSED = QBrush(QColor("#fde2e1"))
KINDS = (BatchKind.ILLEGAL_ENTRY, BatchKind.DOMESTIC, BatchKind.FLIGHT, BatchKind.LAND_BORDER,
         BatchKind.SEAPORT, BatchKind.ROAD)


class RegisterDialog(FormDialog):
    save_text = QT_TR_NOOP("Lưu")

    def __init__(self, services: Services, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(tr("Tiếp nhận tại chỗ"), parent)
        self.services = services
        self.today = today or date.today()
        self.saved: Registered | None = None
        self.confirmed_similar = False  # the known look-alikes were shown once
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(tr(BATCH_KIND_LABELS[kind]), kind.value)
        self.when = QDateTimeEdit(QDateTime(self.today, QTime.currentTime()))
        self.when.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.detecting_unit = QLineEdit()
        self.detecting_unit.setPlaceholderText(tr("VD: Đồn Biên phòng Vĩnh Xương"))
        self.detected_at = QLineEdit()
        self.route = QLineEdit()
        self.route.setPlaceholderText(tr("VD: đường mòn, lối mở; đường biển"))
        self.handed_over_by = QLineEdit()
        self.reference = QLineEdit()
        self.add_row(tr("Loại:"), self.kind)
        self.add_row(tr("Ngày giờ giao nhận:"), self.when)
        self.add_row(tr("Đơn vị phát hiện, bàn giao:"), self.detecting_unit, "detecting_unit")
        self.add_row(tr("Nơi phát hiện:"), self.detected_at)
        self.add_row(tr("Đường đi:"), self.route)
        self.add_row(tr("Người bàn giao:"), self.handed_over_by)
        self.add_row(tr("Số hiệu chuyến, mã đợt:"), self.reference)

        self.table = QTableWidget(1, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(label) for _, label in COLUMNS])
        self.table.verticalHeader().setVisible(True)
        set_column_widths(self.table, [180, 80, 120, 90, 120, 100, 100, 160,
                                       *(160 for _ in person_fields.EDITABLE), 100, 180, 110])
        self.table.setMinimumHeight(170)
        self.form.addRow(self.table)
        lines = QHBoxLayout()
        self.add_line_button = QPushButton(tr("Thêm dòng"))
        self.add_line_button.clicked.connect(self.add_line)
        self.family = QCheckBox(tr("Những người này là một gia đình (ở cùng phòng)"))
        lines.addWidget(self.add_line_button)
        lines.addWidget(self.family)
        lines.addStretch(1)
        self.form.addRow(lines)

        self.facility = facility_combo(services)
        self.facility.insertItem(0, tr("Chưa đưa vào cơ sở (chờ bố trí)"), None)
        self.facility.setCurrentIndex(0)
        self.room = QComboBox()
        self.facility.currentIndexChanged.connect(
            lambda: fill_rooms(services, self.facility, self.room))
        fill_rooms(services, self.facility, self.room)
        self.room.setItemText(0, tr("Tự xếp phòng theo quy tắc"))
        self.facility.currentIndexChanged.connect(
            lambda: self.room.setItemText(0, tr("Tự xếp phòng theo quy tắc")))
        self.add_row(tr("Đưa vào cơ sở:"), self.facility)
        self.add_row(tr("Phòng:"), self.room)
        self.print_record = QCheckBox(tr("In biên bản giao nhận sau khi lưu"))
        self.print_record.setChecked(True)
        self.form.addRow(self.print_record)
        self.setMinimumWidth(1100)
        self.table.itemChanged.connect(self._changed)

    def add_line(self) -> None:
        self.table.insertRow(self.table.rowCount())

    def _changed(self, item: QTableWidgetItem) -> None:
        item.setBackground(QBrush())
        self.confirmed_similar = False  # a changed line is looked up again

    def lines(self) -> list[NewPerson]:
        """Every line with something typed in it."""
        out = []
        for r in range(self.table.rowCount()):
            values = {}
            for c, (name, _) in enumerate(COLUMNS):
                item = self.table.item(r, c)
                values[name] = item.text().strip() if item is not None else ""
            if not any(values.values()):
                continue
            age = values.pop("age")
            same = values.pop("same_person")
            details = {spec.key: values.pop(spec.key) or None for spec in person_fields.EDITABLE}
            out.append(NewPerson(
                details={k: v for k, v in details.items() if v},
                **{k: v or None for k, v in values.items() if k != "full_name"},
                full_name=values["full_name"],
                age=int(age) if age.isdigit() else (None if not age else -1),
                same_person=int(same) if same.isdigit() else None))
        return out

    def handover(self) -> HandOver:
        at = self.when.dateTime().toPython()
        assert isinstance(at, datetime)
        return HandOver(kind=self.kind.currentData(), arrived_at=at,
                        reference=self.reference.text() or None,
                        detecting_unit=self.detecting_unit.text() or None,
                        detected_at=self.detected_at.text() or None,
                        route=self.route.text() or None,
                        handed_over_by=self.handed_over_by.text() or None)

    def apply(self) -> None:
        people = self.lines()
        for r in range(self.table.rowCount()):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c)
                if item is not None:
                    item.setBackground(QBrush())
        try:
            if not self.confirmed_similar:
                found = self.services.registration.similar(people, self.today)
                if found:
                    self.confirmed_similar = True
                    lines = [tr("Có thể đã có trong cơ sở dữ liệu (bấm Lưu lần nữa nếu đúng là "
                                "người mới; nếu là cùng người, ghi số của họ ở cột «Là người đã "
                                "có»):")]
                    for i, similar in found.items():
                        for s in similar:
                            lines.append(tr("– dòng {line}: {full_name} (số {id}), {why}. "
                                            "{history}", line=i + 1, full_name=s.full_name,
                                            id=s.person_id, why=s.why, history=s.history))
                    self.show_note("\n".join(lines))
                    raise _Shown
            self.saved = self.services.registration.register(
                self.handover(), people, admit_to=self.facility.currentData(),
                room=self.room.currentData(), household=self.family.isChecked(),
                today=self.today)
        except FieldError as exc:
            line, _, field = exc.field.partition(".")
            if field:
                self._point_at(int(line), field, people)
                raise FieldError("", tr("Dòng {line}, {column}: {message}", line=int(line) + 1,
                                        column=tr(dict(COLUMNS)[field]),
                                        message=str(exc))) from None
            raise

    def _point_at(self, index: int, field: str, people: list[NewPerson]) -> None:
        """Colour the refused cell: the index-th typed line, the field's column."""
        typed = [r for r in range(self.table.rowCount()) if any(
            (self.table.item(r, c) is not None and self.table.item(r, c).text().strip())
            for c in range(self.table.columnCount()))]
        if index >= len(typed):
            return
        column = [name for name, _ in COLUMNS].index(field)
        item = self.table.item(typed[index], column)
        if item is None:
            item = QTableWidgetItem("")
            self.table.setItem(typed[index], column, item)
        self.table.blockSignals(True)
        item.setBackground(REFUSED)
        self.table.blockSignals(False)
        self.table.setCurrentItem(item)


class _Shown(FieldError):
    """The look-alikes are on screen: nothing saved, the dialog stays open."""

    def __init__(self) -> None:
        super().__init__("", tr("Kiểm tra những người có thể trùng ở trên, rồi bấm Lưu lần nữa."))
