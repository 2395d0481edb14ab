"""GUI tests: collect the widgets a test left behind on the GUI thread, as the program does."""

import gc

import pytest

from tests.conftest import ARRIVED  # noqa: F401 - the GUI tests import it from here
from tests.conftest import SITE_TODAY as TODAY


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qtbot):  # noqa: ANN001
    yield
    gc.collect()


class Answers:
    """Answers the next confirmation the program asks, by clicking its button as a person would,
    and keeps what it asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.buttons: list[list[str]] = []

    def next(self, accept: bool = True) -> None:
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox

        def click() -> None:
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(10, click)
                return
            self.asked.append(box.text())
            self.buttons.append([b.text() for b in box.buttons()])
            role = QMessageBox.ButtonRole.AcceptRole if accept \
                else QMessageBox.ButtonRole.RejectRole
            [button] = [b for b in box.buttons() if box.buttonRole(b) == role]
            button.click()

        QTimer.singleShot(0, click)


@pytest.fixture
def answers() -> Answers:
    return Answers()


MODAL_PATIENCE_MS = 5000


@pytest.fixture(autouse=True)
def _no_unanswered_question(qtbot):  # noqa: ANN001
    """A modal dialog that no test answers would hang the run: close it and fail the test."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    left: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            left.append(dialog.windowTitle() or type(dialog).__name__)
            dialog.close()

    watchdog = QTimer()
    watchdog.setInterval(MODAL_PATIENCE_MS)
    watchdog.timeout.connect(look)
    watchdog.start()
    yield
    watchdog.stop()
    assert not left, f"a modal dialog was left unanswered: {left}"


@pytest.fixture
def window(qtbot, services_with_site):  # noqa: ANN001
    """The main window over the site of `services_with_site` (a test module may bring its own
    window instead)."""
    from quarantine_desk.ui.main_window import MainWindow

    w = MainWindow(services_with_site, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w
