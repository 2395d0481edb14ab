"""Helper of bench_startup.py: start the window as `quarantine-desk` does, sign in, and print
when the sign-in box is on screen and when the main window is usable, then quit.

    python bench/window_probe.py DB USER PASSWORD

Prints "signin T", "accepted T" and "usable T" (time.time()), one a line. Nothing in the
program is changed: the probe answers the sign-in box itself and watches the window.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    db, user, password = sys.argv[1:4]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quarantine_desk.ui import launcher
    from quarantine_desk.ui.dialogs import account
    from quarantine_desk.ui.main_window import MainWindow

    exec_dialog = account.SignInDialog.exec

    def sign_in_exec(dialog: account.SignInDialog) -> int:
        def on_screen() -> None:
            print("signin", time.time(), flush=True)
            dialog.username.setText(user)
            dialog.password.setText(password)
            print("accepted", time.time(), flush=True)
            dialog.save()  # what «Đăng nhập» does

        QTimer.singleShot(0, on_screen)  # runs once the box is shown and painted
        return exec_dialog(dialog)

    account.SignInDialog.exec = sign_in_exec  # type: ignore[method-assign]
    show = MainWindow.show

    def window_show(window: MainWindow) -> None:
        show(window)

        def usable() -> None:  # the first idle moment after the window is painted
            print("usable", time.time(), flush=True)
            QApplication.instance().quit()

        QTimer.singleShot(0, usable)

    MainWindow.show = window_show  # type: ignore[method-assign]
    MainWindow.start_session_guards = lambda self, last_backup=None: None  # no backup copy
    return launcher.run_gui(db)


if __name__ == "__main__":
    sys.exit(main())
