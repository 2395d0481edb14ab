"""Administrators only: the audit trail, and the accounts of the office."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Capability
from quarantine_desk.services.audit import ACTION_LABELS, MAX_ROWS, AuditRow
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.users import UserView
from quarantine_desk.ui.dialogs.account import UserDialog, _password_edit
from quarantine_desk.ui.dialogs.base import FormDialog, date_edit, date_of
from quarantine_desk.ui.files import ask_save_path
from quarantine_desk.ui.tables import set_column_widths
from quarantine_desk.ui.widgets.fitting import FlowLayout, labelled, together

SHOWN = 2000  # rows on screen; the export holds every match
AUDIT_HEADERS = [
    QT_TR_NOOP("Thời điểm"),
    QT_TR_NOOP("Người thực hiện"),
    QT_TR_NOOP("Thay đổi"),
    QT_TR_NOOP("Người (số)"),
    QT_TR_NOOP("Nội dung"),
    QT_TR_NOOP("Trước"),
    QT_TR_NOOP("Sau"),
]
USER_HEADERS = [
    QT_TR_NOOP("Tài khoản"),
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Vai trò"),
    QT_TR_NOOP("Cơ sở được giao"),
    QT_TR_NOOP("Trạng thái"),
    QT_TR_NOOP("Đăng nhập gần nhất"),
]


# the names of the values an audit entry keeps, as a person reads them
AUDIT_FIELDS = {
    "facility": QT_TR_NOOP("Cơ sở"), "facilities": QT_TR_NOOP("Cơ sở"),
    "role": QT_TR_NOOP("Vai trò"), "on": QT_TR_NOOP("Ngày"), "note": QT_TR_NOOP("Ghi chú"),
    "household": QT_TR_NOOP("Hộ"), "username": QT_TR_NOOP("Tài khoản"),
    "result": QT_TR_NOOP("Kết quả"), "planned_release_on": QT_TR_NOOP("Ngày dự kiến ra"),
    "hospital": QT_TR_NOOP("Bệnh viện"), "file": QT_TR_NOOP("Tệp"),
    "active": QT_TR_NOOP("Đang dùng"), "temperature": QT_TR_NOOP("Nhiệt độ"),
    "symptoms": QT_TR_NOOP("Triệu chứng"), "room": QT_TR_NOOP("Phòng"),
    "released_on": QT_TR_NOOP("Ngày ra"), "reason": QT_TR_NOOP("Lý do"),
    "override": QT_TR_NOOP("Cho về dù chưa đủ điều kiện"), "kind": QT_TR_NOOP("Loại"),
    "contact_level": QT_TR_NOOP("Mức tiếp xúc"), "closed_until": QT_TR_NOOP("Đóng đến ngày"),
    "checked_on": QT_TR_NOOP("Ngày đo"), "certificate": QT_TR_NOOP("Giấy xác nhận"),
    "beds": QT_TR_NOOP("Số giường"), "taken_on": QT_TR_NOOP("Ngày lấy mẫu"),
    "admitted_on": QT_TR_NOOP("Ngày vào"), "status": QT_TR_NOOP("Trạng thái"),
    "name": QT_TR_NOOP("Tên"), "full_name": QT_TR_NOOP("Họ và tên"),
}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return tr("có") if value else tr("không")
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, dict):
        return _values(value)
    text = str(value)
    if ISO_DATE.fullmatch(text):
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    return text


def _values(values: dict | None) -> str:
    """«Ngày dự kiến ra: 05/12/2026; Lý do: …», not the stored JSON."""
    if not values:
        return ""
    return "; ".join(f"{tr(AUDIT_FIELDS[key]) if key in AUDIT_FIELDS else key}: {_value(v)}"
                     for key, v in values.items())


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class AuditPage(QWidget):
    """Nhật ký thay đổi: who changed what and when, filtered; exported to Excel."""

    title = QT_TR_NOOP("Nhật ký thay đổi")
    watches = frozenset({Topic.AUDIT})

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.rows: list[AuditRow] = []
        layout = QVBoxLayout(self)
        bar = FlowLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(tr("số của người"))
        self.person.setMaximumWidth(110)
        self.user = QLineEdit()
        self.user.setPlaceholderText(tr("tài khoản"))
        self.user.setMaximumWidth(130)
        self.action = QComboBox()
        self.action.addItem(tr("Mọi thay đổi"), None)
        for key, label in ACTION_LABELS.items():
            self.action.addItem(tr(label), key)
        self.by_date = QCheckBox(tr("Từ ngày"))
        self.since = date_edit(today)
        self.until = date_edit(today)
        self.apply_button = QPushButton(tr("Lọc"))
        self.export_button = QPushButton(tr("Xuất Excel…"))
        for w in (
            labelled(tr("Người:"), self.person),
            labelled(tr("Tài khoản:"), self.user),
            self.action,
            together(self.by_date, self.since, tr("đến"), self.until),
            self.apply_button,
            self.export_button,
        ):
            bar.addWidget(w)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.table = _table(AUDIT_HEADERS)
        set_column_widths(self.table, [140, 120, 150, 80, 300, 220])
        layout.addWidget(self.table, 1)
        self.apply_button.clicked.connect(self.refresh)
        self.person.returnPressed.connect(self.refresh)
        self.user.returnPressed.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def _filters(self) -> dict[str, object]:
        text = self.person.text().strip()
        if text and not text.isdigit():
            raise ServiceError(
                tr("Số của người là một số nguyên (cột «Số» trong danh sách người).")
            )
        return {
            "person_id": int(text) if text else None,
            "username": self.user.text().strip() or None,
            "action": self.action.currentData(),
            "since": date_of(self.since) if self.by_date.isChecked() else None,
            "until": date_of(self.until) if self.by_date.isChecked() else None,
        }

    def refresh(self) -> None:
        if not self.services.access.may(Capability.AUDIT):
            return
        try:
            self.rows = self.services.audit.list(**self._filters(), limit=SHOWN)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        more = tr(" (mới nhất trước; xuất Excel để có tất cả)") if len(self.rows) == SHOWN else ""
        self.message.setText(tr("{n} mục{more}.", n=len(self.rows), more=more))
        _fill(
            self.table,
            [
                [
                    f"{r.at:%d/%m/%Y %H:%M:%S}",
                    r.username or "",
                    r.action_label,
                    str(r.person_id or ""),
                    r.summary or "",
                    _values(r.before),
                    _values(r.after),
                ]
                for r in self.rows
            ],
        )

    def export(self) -> None:
        path = ask_save_path(self, tr("Xuất nhật ký thay đổi"), "nhat-ky-thay-doi.xlsx", ".xlsx")
        if not path:
            return
        try:
            rows = self.services.audit.list(**self._filters(), limit=MAX_ROWS)
            said = self.services.papers.export_audit(path, rows, force=True)
        except (ServiceError, OSError) as exc:
            self.message.setText(tr("Không xuất được: {exc}", exc=exc))
            return
        self.message.setText(tr("Đã xuất {value} ra {path}.", value=said[:-1], path=path))


class PasswordDialog(FormDialog):
    def __init__(self, services: Services, username: str, parent: QWidget | None = None) -> None:
        super().__init__(tr("Đặt lại mật khẩu cho {username}", username=username), parent)
        self.services, self.username = services, username
        self.password, self.repeat = _password_edit(), _password_edit()
        self.add_row(tr("Mật khẩu mới:"), self.password, "password")
        self.add_row(tr("Nhập lại:"), self.repeat, "repeat")

    def apply(self) -> None:
        if self.password.text() != self.repeat.text():
            raise FieldError("repeat", tr("Hai lần nhập mật khẩu không khớp."))
        self.services.users.change_password(self.username, self.password.text())


class UsersPage(QWidget):
    """Tài khoản: add, lock and unlock accounts, reset a password."""

    title = QT_TR_NOOP("Tài khoản")
    watches = frozenset({Topic.ACCOUNTS, Topic.FACILITIES})

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.users: list[UserView] = []
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(tr("Thêm tài khoản…"))
        self.toggle_button = QPushButton(tr("Khóa tài khoản"))
        self.password_button = QPushButton(tr("Đặt lại mật khẩu…"))
        for b in (self.add_button, self.toggle_button, self.password_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = _table(USER_HEADERS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_column_widths(self.table, [120, 200, 170, 200, 100])
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_user)
        self.toggle_button.clicked.connect(self.toggle)
        self.password_button.clicked.connect(self.reset_password)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def current(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def refresh(self) -> None:
        if not self.services.access.may(Capability.ACCOUNTS):
            return
        self.users = self.services.users.list()
        _fill(
            self.table,
            [
                [
                    u.username,
                    u.full_name or "",
                    u.role_label,
                    ", ".join(u.facilities),
                    tr("Hoạt động") if u.active else tr("Đã khóa"),
                    f"{u.last_login_at:%d/%m/%Y %H:%M}" if u.last_login_at else "",
                ]
                for u in self.users
            ],
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        user = self.current()
        self.toggle_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)
        self.toggle_button.setText(
            tr("Mở lại tài khoản") if user and not user.active else tr("Khóa tài khoản")
        )

    def add_user(self) -> None:
        if UserDialog(self.services, self).exec():
            self.refresh()

    def toggle(self) -> None:
        user = self.current()
        if user is None:
            return
        try:
            self.services.users.set_active(user.username, not user.active)
        except ServiceError as exc:
            QMessageBox.warning(self, tr("Không thực hiện được"), str(exc))
        self.refresh()

    def reset_password(self) -> None:
        user = self.current()
        if user is not None:
            PasswordDialog(self.services, user.username, self).exec()
