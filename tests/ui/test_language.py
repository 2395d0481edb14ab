"""The window in Vietnamese and in English, and switching between them at the desk.

The English test walks every page and the dialogs of the working day over data whose names are
plain ASCII: any Vietnamese letter left on screen is a string that missed the catalog.
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableView,
    QTreeView,
    QWidget,
)

from quarantine_desk import i18n
from quarantine_desk.services import Services
from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.storage.models import ArrivalBatch
from quarantine_desk.ui.dialogs.account import (
    FirstAdminDialog,
    LockDialog,
    SignInDialog,
    UserDialog,
)
from quarantine_desk.ui.dialogs.facility import FacilityDialog, RoomDialog
from quarantine_desk.ui.dialogs.recover import RecoverDialog
from quarantine_desk.ui.dialogs.stay import (
    AdmitDialog,
    PersonDialog,
    PlannedDateDialog,
    TestResultDialog,
    TransferDialog,
)
from quarantine_desk.ui.main_window import MainWindow
from quarantine_desk.ui.widgets.language_box import LanguageBox

TODAY = date.today()
VIETNAMESE = re.compile(r"[À-ỹĐđ]")
CATALOG = Path(__file__).resolve().parents[2] / "resources" / "translations"


def visible_texts(root: QWidget) -> list[str]:
    """What a person can read in a widget tree: labels, buttons, titles, headers, lists."""
    texts = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, LanguageBox):
            continue  # each language is named in itself
        if isinstance(w, QLabel):
            texts.append(w.text())
        elif isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            texts += [w.item(i).text() for i in range(w.count())]
        if isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            model = w.model()
            columns = model.columnCount(QModelIndex())
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                      for c in range(columns)]
            texts += [str(model.index(r, c).data() or "")
                      for r in range(min(model.rowCount(QModelIndex()), 20))
                      for c in range(columns)]
        texts.append(w.toolTip())
    return [t for t in texts if t]


@pytest.fixture
def ascii_site(db):  # noqa: ANN001
    """A day's data whose own names carry no Vietnamese letter."""
    system = Services.open(db)
    admin = system.users.create_first_admin("admin", "a long password", "Admin User")
    services = Services.open(db, admin)
    services.facilities.add(code="QS", name="Military School", kind="military", beds=6)
    services.facilities.add_room("QS", "101", 3, "M")
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", origin="Brunei",
                             arrival_date=TODAY - timedelta(days=14), created_at=datetime.now())
        session.add(batch)
        session.flush()
        session.add_all([
            new_person(full_name="Nguyen Van Duc", sex="M", batch_id=batch.id,
                       date_of_birth=date(1980, 1, 2), id_number="B1234567", id_type="passport"),
            new_person(full_name="Tran Thi Hoa", sex="F", batch_id=batch.id,
                       date_of_birth=date(1992, 3, 15)),
        ])
    [duc] = services.people.list(PersonFilter(search="Duc"))
    services.admissions.admit(duc.id, "QS", "101", admitted_on=TODAY - timedelta(days=14))
    services.health.record_test(duc.id, TODAY - timedelta(days=1), "pcr", "negative")
    return services


def _window(qtbot, services: Services) -> MainWindow:  # noqa: ANN001
    window = MainWindow(services, today=TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def _dialogs(services: Services, parent: QWidget, tmp_path: Path) -> list[QWidget]:
    [duc] = services.people.list(PersonFilter(search="Duc"))
    [hoa] = services.people.list(PersonFilter(search="Hoa"))
    [site] = services.facilities.list()
    return [
        SignInDialog(services.users, parent),
        FirstAdminDialog(services, parent),
        LockDialog(services.users, services.actor, parent),
        UserDialog(services, parent),
        FacilityDialog(services.facilities, parent),
        FacilityDialog(services.facilities, parent, existing=site),
        RoomDialog(services.facilities, site, parent),
        AdmitDialog(services, [hoa], parent, today=TODAY),
        TransferDialog(services, duc, parent, today=TODAY),
        TestResultDialog(services, [duc], parent, today=TODAY),
        PlannedDateDialog(services, duc, parent),
        PersonDialog(services, duc, parent, today=TODAY),
        RecoverDialog("message", tmp_path / "qd.sqlite3", parent),
    ]


def _screens(qtbot, services: Services, tmp_path: Path) -> list[str]:  # noqa: ANN001
    window = _window(qtbot, services)
    texts: list[str] = []
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda p=page: getattr(p, "job", None) is None)
        page.refresh()
        texts += [f"{type(page).__name__}: {t}" for t in visible_texts(window)]
    for step in range(6):  # every step of the import wizard
        window.importer.go(step)
        texts += [f"wizard {step}: {t}" for t in visible_texts(window.importer)]
    for dialog in _dialogs(services, window, tmp_path):
        texts += [f"{type(dialog).__name__}: {t}" for t in visible_texts(dialog)]
    return texts


def test_in_english_no_vietnamese_word_is_left_on_any_screen(qtbot, ascii_site,  # noqa: ANN001
                                                             tmp_path: Path) -> None:
    assert i18n.use_language("en")
    # the audit trail's sentences are records, kept as written (in Vietnamese, like the papers)
    records = {row.summary for row in ascii_site.audit.list(limit=1000)}
    left = [t for t in _screens(qtbot, ascii_site, tmp_path)
            if VIETNAMESE.search(t) and t.partition(": ")[2] not in records]
    assert not left, "\n".join(left)


def test_in_vietnamese_no_english_translation_shows(qtbot, ascii_site,  # noqa: ANN001
                                                    tmp_path: Path) -> None:
    english = {m.findtext("translation") for m in
               ET.parse(CATALOG / "quarantine_desk_en.ts").iter("message")
               if m.findtext("translation") != m.findtext("source")}
    english -= {"", "OK"}
    texts = _screens(qtbot, ascii_site, tmp_path)
    shown = [t for t in texts if t.partition(": ")[2] in english]
    assert not shown, "\n".join(shown)
    assert any(t.endswith(": Tổng quan") for t in texts)
    assert not any(t.endswith(": Overview") for t in texts)


def test_qt_standard_buttons_speak_vietnamese(qtbot) -> None:  # noqa: ANN001
    assert i18n.use_language("vi")
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.findChildren(QAbstractButton)}
    assert {"&Có", "&Không"} <= texts
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"


def test_switching_the_language_in_settings_rebuilds_the_window(qtbot, ascii_site) -> None:  # noqa: ANN001
    window = MainWindow(ascii_site, today=TODAY)  # closed and deleted by the switch
    window.show()
    MainWindow.current = window
    window.nav.setCurrentRow(window.pages.index(window.settings))
    box = window.settings.language
    box.activated.emit(box.findData("en"))  # what a click on «English» sends
    english = MainWindow.current
    assert english is not window
    qtbot.waitUntil(lambda: english.isVisible())
    assert english.nav.item(0).text() == "Overview"
    assert english.current_page() is english.settings  # still on the same page
    assert english.settings.save_options.text() == "Save"
    assert i18n.saved_language() == "en"  # and it holds at the next start
    assert english.daily_backup is not None and english.daily_backup.job is None  # no backup

    bar = english.language  # back from the status bar, which every role has
    bar.activated.emit(bar.findData("vi"))
    vietnamese = MainWindow.current
    qtbot.addWidget(vietnamese)
    assert vietnamese.nav.item(0).text() == "Tổng quan"
    assert i18n.saved_language() == "vi"
    assert not english.isVisible() and not window.isVisible()
    MainWindow.current = None


def test_the_language_is_not_switched_while_work_runs(qtbot, ascii_site) -> None:  # noqa: ANN001
    window = _window(qtbot, ascii_site)
    MainWindow.current = window
    release = threading.Event()  # a paper being made, in the window's runner
    window.jobs.start("paper", lambda progress, cancelled: release.wait(10),
                      succeeded=lambda _: None, failed=lambda _: None)
    try:
        window.language.activated.emit(window.language.findData("en"))
        assert MainWindow.current is window
        assert i18n.language() == "vi"
        assert window.language.currentData() == "vi"
        assert "đợi công việc" in window.statusBar().currentMessage()
    finally:
        release.set()
        qtbot.waitUntil(lambda: not window.jobs.running())
    window.importer.go(2)  # the import wizard half-way: its review would be lost
    window.language.activated.emit(window.language.findData("en"))
    assert MainWindow.current is window and i18n.language() == "vi"
    MainWindow.current = None


def _qt_dialog_texts(qtbot, parent: QWidget) -> dict[str, list[str]]:  # noqa: ANN001
    """What the program's file, save and print dialogs and the calendar pop-up show, each
    opened the way the program opens it (the file dialogs through a real modal run)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QApplication, QFileDialog

    from quarantine_desk.ui.dialogs.base import date_edit
    from quarantine_desk.ui.files import ask_open_path, ask_save_path

    shown: dict[str, list[str]] = {}

    def read_and_close(name: str) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, lambda: read_and_close(name))
            return
        shown[name] = visible_texts(dialog)
        dialog.reject()

    QTimer.singleShot(0, lambda: read_and_close("save"))
    assert ask_save_path(parent, "x", "danh-sach.pdf", ".pdf") is None
    QTimer.singleShot(0, lambda: read_and_close("open"))
    assert ask_open_path(parent, "x", "Excel (*.xlsx)") is None
    printer = QPrinter()  # outlives its dialog
    printing = QPrintDialog(printer, parent)
    printing.show()
    shown["print"] = visible_texts(printing)
    printing.close()
    printing.deleteLater()
    edit = date_edit(date(2026, 7, 1))
    qtbot.addWidget(edit)
    calendar = edit.calendarWidget()
    calendar.show()
    shown["calendar"] = visible_texts(calendar)
    calendar.close()
    return shown


def test_qt_file_print_dialogs_and_calendar_speak_vietnamese(qtbot) -> None:  # noqa: ANN001
    """Everything Qt itself writes in these dialogs, compared with what it writes without our
    Vietnamese catalog: nothing of the English may be left."""
    from PySide6.QtCore import QCoreApplication, QLocale

    parent = QWidget()
    qtbot.addWidget(parent)
    QCoreApplication.removeTranslator(i18n._catalog)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    english = _qt_dialog_texts(qtbot, parent)
    assert "File &name:" in english["save"] and "July" in " ".join(english["calendar"])
    assert i18n.use_language("vi")
    vietnamese = _qt_dialog_texts(qtbot, parent)
    for name, texts in vietnamese.items():
        left = {t for t in set(texts) & set(english[name])
                if re.search(r"[A-Za-z]{2,}", t) and not t.startswith("/")
                and t not in ("x", "Excel (*.xlsx)", "PDF (*.pdf)")}
        assert not left, f"{name}: English left in the Vietnamese interface: {sorted(left)}"
    assert any(t.startswith("Tháng 7") for t in vietnamese["calendar"])
    assert "&Tên tệp:" in vietnamese["save"] and "&In" in vietnamese["print"]
