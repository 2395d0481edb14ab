"""Sign-in, the first administrator, the idle lock, and adding an account."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from quarantine_desk.domain.enums import ROLE_LABELS, Role
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Actor
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.settings import ISSUER_LABELS, OFFICE_KINDS
from quarantine_desk.services.users import MIN_PASSWORD, UserService
from quarantine_desk.ui.dialogs.base import FormDialog


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(200)
    return edit


class SignInDialog(FormDialog):
    """Name and password; a refusal is shown in the dialog, which stays open."""

    save_text = QT_TR_NOOP("Đăng nhập")

    def __init__(self, users: UserService, parent: QWidget | None = None,
                 username: str = "") -> None:
        super().__init__(tr("Đăng nhập – Quarantine Desk"), parent)
        self.users = users
        self.actor: Actor | None = None
        self.username = QLineEdit(username)
        self.username.setMaxLength(64)
        self.password = _password_edit()
        self.form.addRow(tr("Tên đăng nhập:"), self.username)
        self.form.addRow(tr("Mật khẩu:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        (self.password if username else self.username).setFocus()

    def apply(self) -> None:
        if not self.username.text().strip():
            raise ServiceError(tr("Nhập tên đăng nhập."))
        try:
            self.actor = self.users.sign_in(self.username.text(), self.password.text())
        finally:
            self.password.clear()


class FirstAdminDialog(FormDialog):
    """The first start: the office that issues the papers, the district administrator's
    account, and an offer to load demonstration data."""

    save_text = QT_TR_NOOP("Bắt đầu")
    OFFICE = ("parent_body", "unit", "unit_short", "place", "signer_prefix", "signer_body",
              "signer_title", "signer_name")

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(tr("Thiết lập lần đầu – Quarantine Desk"), parent)
        self.services = services
        self.actor: Actor | None = None
        self.show_note(tr("Đây là lần đầu chương trình mở cơ sở dữ liệu này. Nhập tên cơ quan in "
                       "trên giấy tờ và tạo tài khoản quản trị cấp huyện (tài khoản này thêm "
                       "người dùng và đổi cài đặt). Mọi mục sửa lại được trong «Cài đặt»."))
        issuer = services.settings.issuer()
        self.office_kind = QComboBox()
        for key, (label, _, _) in OFFICE_KINDS.items():
            self.office_kind.addItem(tr(label), key)
        self.office_kind.setToolTip(tr("Điền sẵn tên đơn vị, chữ viết tắt và khối chữ ký "
                                       "theo loại cơ quan; sửa lại được từng mục"))
        self.add_row(tr("Loại cơ quan:"), self.office_kind)
        self.office: dict[str, QLineEdit] = {}
        for name in self.OFFICE:
            edit = QLineEdit(getattr(issuer, name))
            edit.setMaxLength(500)
            self.office[name] = edit
            self.add_row(tr(ISSUER_LABELS[name]) + ":", edit, name)
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(tr("VD: quantri"))
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.password = _password_edit()
        self.password.setPlaceholderText(
            tr("ít nhất {MIN_PASSWORD} ký tự", MIN_PASSWORD=MIN_PASSWORD)
        )
        self.repeat = _password_edit()
        self._office_kind_chosen()
        self.office_kind.currentIndexChanged.connect(self._office_kind_chosen)
        self.add_row(tr("Tên đăng nhập quản trị:"), self.username, "username")
        self.add_row(tr("Họ và tên:"), self.full_name)
        self.add_row(tr("Mật khẩu:"), self.password, "password")
        self.add_row(tr("Nhập lại mật khẩu:"), self.repeat, "repeat")
        self.demo = QCheckBox(tr("Nạp dữ liệu mẫu để tập dùng thử (có thể bỏ qua)"))
        self.form.addRow(self.demo)
        self.layout().insertWidget(0, self.note)  # the explanation comes first
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Thoát"))
        self.setMinimumWidth(760)

    def _office_kind_chosen(self) -> None:
        _, values, examples = OFFICE_KINDS[self.office_kind.currentData()]
        for name, value in values.items():
            self.office[name].setText(value)
            self.office[name].setPlaceholderText("")
        for name, example in examples.items():  # a place's name is the office's to type
            self.office[name].setText("")
            self.office[name].setPlaceholderText(tr("VD: {example}", example=tr(example)))

    def apply(self) -> None:
        settings = self.services.settings
        office = {n: settings.clean_issuer_field(n, e.text()) for n, e in self.office.items()}
        if self.password.text() != self.repeat.text():
            raise FieldError("repeat", tr("Hai lần nhập mật khẩu không khớp."))
        self.actor = self.services.users.create_first_admin(
            self.username.text(), self.password.text(), self.full_name.text()
        )
        admin = Services.open(self.services.db, self.actor)
        admin.settings.set_issuer(office)
        if self.demo.isChecked():
            admin.demo.load()


class LockDialog(FormDialog):
    """The window locked after a while without input: the same account's password."""

    save_text = QT_TR_NOOP("Mở khóa")

    def __init__(self, users: UserService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(tr("Chương trình đã khóa"), parent)
        self.users = users
        self.actor = actor
        self.show_note(
            tr(
                "Chương trình tự khóa khi không dùng. Nhập mật khẩu của {value} "
                "({username}) để tiếp tục.",
                value=actor.full_name or actor.username,
                username=actor.username,
            )
        )
        self.password = _password_edit()
        self.form.addRow(tr("Mật khẩu:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Thoát chương trình")
        )
        self.password.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Esc does not quit the program from the lock screen: only «Thoát chương trình»
        does (a dialog's Esc means cancel, and cancel here closes the program)."""
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def apply(self) -> None:
        try:
            again = self.users.sign_in(self.actor.username, self.password.text())
        finally:
            self.password.clear()
        if again.user_id != self.actor.user_id:  # pragma: no cover - same name, same account
            raise ServiceError(tr("Sai mật khẩu."))


class UserDialog(FormDialog):
    """A new account: name, role, facilities for a site operator, first password."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(tr("Thêm tài khoản"), parent)
        self.services = services
        self.username = QLineEdit()
        self.username.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(200)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(tr(ROLE_LABELS[role]), role.value)
        self.role.setCurrentIndex(list(Role).index(Role.OPERATOR))
        self.facilities = QListWidget()
        self.facilities.setMaximumHeight(130)
        for f in services.facilities.list():
            item = QListWidgetItem(f"{f.code} – {f.name}")
            item.setData(Qt.ItemDataRole.UserRole, f.code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.facilities.addItem(item)
        self.password = _password_edit()
        self.password.setPlaceholderText(
            tr("ít nhất {MIN_PASSWORD} ký tự", MIN_PASSWORD=MIN_PASSWORD)
        )
        self.repeat = _password_edit()
        self.add_row(tr("Tên đăng nhập:"), self.username, "username")
        self.add_row(tr("Họ và tên:"), self.full_name)
        self.add_row(tr("Vai trò:"), self.role)
        self.add_row(tr("Cơ sở được giao:"), self.facilities, "facilities")
        self.add_row(tr("Mật khẩu:"), self.password, "password")
        self.add_row(tr("Nhập lại mật khẩu:"), self.repeat, "repeat")
        self.role.currentIndexChanged.connect(self._role_changed)

    def _role_changed(self) -> None:
        operator = self.role.currentData() == Role.OPERATOR.value
        self.facilities.setEnabled(operator)

    def checked_codes(self) -> list[str]:
        return [
            self.facilities.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.facilities.count())
            if self.facilities.item(i).checkState() == Qt.CheckState.Checked
        ]

    def apply(self) -> None:
        if self.password.text() != self.repeat.text():
            raise FieldError("repeat", tr("Hai lần nhập mật khẩu không khớp."))
        role = self.role.currentData()
        codes = self.checked_codes() if role == Role.OPERATOR.value else []
        if role == Role.OPERATOR.value and not codes:
            raise FieldError("facilities", tr("Cán bộ cơ sở cần được giao ít nhất một cơ sở."))
        self.services.users.add(
            self.username.text(),
            self.password.text(),
            role,
            full_name=self.full_name.text(),
            facility_codes=codes,
        )
