"""Enter in any form does the form's action, Escape cancels: pressed in the last field of
each dialog, through the real widgets, with what was saved checked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from quarantine_desk.services import Services
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.ui.dialogs.account import FirstAdminDialog, SignInDialog
from quarantine_desk.ui.dialogs.facility import FacilityDialog, RoomDialog
from quarantine_desk.ui.dialogs.stay import AdmitDialog, TestResultDialog

PASSWORD = "mat-khau-du-dai-1"


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press(qtbot, widget, key=Qt.Key.Key_Return) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_enter_in_the_last_field_of_a_new_facility_saves_it(qtbot, services):
    dialog = shown(qtbot, FacilityDialog(services.facilities))
    assert dialog.save_button.isDefault()
    dialog.code.setText("TQS")
    dialog.name.setText("Trường Quân sự")
    dialog.contact.setText("0292 3820 000")
    press(qtbot, dialog.contact)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = services.facilities.list()
    assert (saved.code, saved.contact) == ("TQS", "0292 3820 000")


def test_escape_cancels_and_saves_nothing(qtbot, services):
    dialog = shown(qtbot, FacilityDialog(services.facilities))
    dialog.code.setText("TQS")
    dialog.name.setText("Trường Quân sự")
    press(qtbot, dialog.name, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and services.facilities.list() == []


def test_enter_in_a_room_saves_it(qtbot, services):
    services.facilities.add(code="QS", name="QS", kind="military", beds=10)
    [view] = services.facilities.list()
    dialog = shown(qtbot, RoomDialog(services.facilities, view))
    dialog.code.setText("101")
    dialog.floor.setText("1")
    press(qtbot, dialog.floor)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.code for r in services.facilities.rooms("QS")] == ["101"]


def test_enter_after_the_password_signs_in_instead_of_quitting(qtbot, db, services):
    services.users.create_first_admin("quantri", PASSWORD)
    dialog = shown(qtbot, SignInDialog(Services.open(db).users))
    dialog.username.setText("quantri")
    dialog.password.setText(PASSWORD)
    press(qtbot, dialog.password)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.username == "quantri"


def test_enter_at_the_first_start_makes_the_administrator(qtbot, db, services):
    dialog = shown(qtbot, FirstAdminDialog(services))
    dialog.office["unit"].setText("Ban Chỉ huy khu cách ly")
    dialog.office["place"].setText("Cần Thơ")
    dialog.username.setText("quantri")
    dialog.password.setText(PASSWORD)
    dialog.repeat.setText(PASSWORD)
    press(qtbot, dialog.repeat)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.users.has_accounts()


def test_enter_admits_and_records_a_test(qtbot, services_with_site):
    services = services_with_site
    people = services.people.list(PersonFilter(status="arrived"))
    admit = shown(qtbot, AdmitDialog(services, people[:1]))
    admit.facility.setCurrentIndex(admit.facility.findData("QS"))
    press(qtbot, admit.when)
    assert admit.result() == QDialog.DialogCode.Accepted
    [row] = services.people.list(PersonFilter(status="in_quarantine"))
    assert row.id == people[0].id and row.facility == "QS"
    test = shown(qtbot, TestResultDialog(services, [row]))
    test.outcome.setCurrentIndex(test.outcome.findData("negative"))
    press(qtbot, test.when)
    assert test.result() == QDialog.DialogCode.Accepted and test.recorded
