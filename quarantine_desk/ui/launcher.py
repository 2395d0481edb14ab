"""Starting the GUI: the application object, the database, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit, QMessageBox

from quarantine_desk.config import log_dir
from quarantine_desk.i18n import language, tr, use_language
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import DamagedDatabaseError, Database, DatabaseError, KeyNeeded

log = logging.getLogger(__name__)


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.critical(
            None,
            tr("Lỗi không lường trước"),
            tr("Đã xảy ra lỗi không lường trước; thao tác vừa rồi có thể chưa hoàn "
               "thành.\nChi tiết được ghi trong thư mục nhật ký: {value}", value=log_dir()),
        )

    sys.excepthook = hook


def sign_in(db: Database) -> Services | None:
    """The first administrator on a new database, else the sign-in; None when cancelled."""
    from quarantine_desk.ui.dialogs.account import FirstAdminDialog, SignInDialog

    system = Services.open(db)
    try:
        accounts = system.users.has_accounts()
    except ServiceError as exc:  # accounts the trail knows of are gone: never a way in
        QMessageBox.critical(None, tr("Không mở được cơ sở dữ liệu"), str(exc))
        return None
    dialog = SignInDialog(system.users) if accounts else FirstAdminDialog(system)
    if not dialog.exec() or dialog.actor is None:
        return None
    return Services.open(db, dialog.actor)


def _recover(exc: DamagedDatabaseError, db_arg: str | None) -> Database | None:
    """Offer the automatic backups in place of a damaged file; the reopened database."""
    from quarantine_desk.app import open_database
    from quarantine_desk.ui.dialogs.recover import RecoverDialog

    if exc.path is None:
        QMessageBox.critical(None, tr("Không mở được cơ sở dữ liệu"), str(exc))
        return None
    dialog = RecoverDialog(str(exc), exc.path)
    if not dialog.exec():
        return None
    try:
        return open_database(db_arg, full_check=True)
    except DatabaseError as again:
        QMessageBox.critical(None, tr("Không mở được cơ sở dữ liệu"), str(again))
        return None


def ask_key(message: str) -> tuple[str, bool]:
    """The recovery key, typed unseen; (text, False) when the operator cancels."""
    dialog = QInputDialog()
    dialog.setWindowTitle(tr("Cơ sở dữ liệu được mã hóa"))
    dialog.setLabelText(tr("{message}\n\nKhóa khôi phục (64 chữ số, như bản đã in):",
                           message=message))
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    label = dialog.findChild(QLabel)
    if label is not None:  # a path and a command in one sentence: wrapped, not 2,000 px wide
        label.setWordWrap(True)
    dialog.setMinimumWidth(560)
    ok = bool(dialog.exec())
    return dialog.textValue(), ok


def open_or_ask(db_arg: str | None) -> Database | None:
    """The database, after offering the backups of a damaged file or asking for the
    recovery key of an encrypted one; None when the operator gave up (told why)."""
    from quarantine_desk.app import open_database
    from quarantine_desk.services.backup import add_key

    while True:
        try:
            return open_database(db_arg, full_check=True)
        except DamagedDatabaseError as exc:
            return _recover(exc, db_arg)
        except KeyNeeded as exc:
            given, ok = ask_key(str(exc))
            if not ok:
                return None
            try:
                add_key(str(exc.path), given)
            except ServiceError as refused:
                QMessageBox.warning(None, tr("Cơ sở dữ liệu được mã hóa"), str(refused))
        except DatabaseError as exc:
            QMessageBox.critical(None, tr("Không mở được cơ sở dữ liệu"), str(exc))
            return None


def run_gui(db_arg: str | None) -> int:
    from quarantine_desk.ui.main_window import RESTART, MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Quarantine Desk")
    app.setOrganizationName("QuarantineDesk")
    use_language(language())  # again, now that Qt's own words can be translated too
    from quarantine_desk.ui.main_window import app_icon

    app.setWindowIcon(app_icon())  # the sign-in dialog and the task bar too
    _install_excepthook()
    MainWindow.on_reopen = lambda: app.exit(RESTART)
    while True:  # again after a restore or an encryption replaced the file (RESTART)
        db = open_or_ask(db_arg)
        if db is None:
            return 2
        services = sign_in(db)
        if services is None:
            db.close()
            return 0
        window = MainWindow.current = MainWindow(services)
        window.restore_layout()
        window.show()
        window.start_session_guards()  # a backup now, then daily; the idle lock
        try:
            code = app.exec()
        finally:
            db.close()
        if code != RESTART:
            return code
