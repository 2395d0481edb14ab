"""Sign-in, roles on screen, the idle lock, the audit and accounts pages, through real widgets."""

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from quarantine_desk.services import Services
from quarantine_desk.services.demo import load_demo
from quarantine_desk.ui import launcher
from quarantine_desk.ui.dialogs.account import FirstAdminDialog, LockDialog, SignInDialog
from quarantine_desk.ui.main_window import MainWindow

TODAY = date(2026, 11, 22)
PW = "mật khẩu dài"


@pytest.fixture
def office(services, db):
    load_demo(db, today=TODAY)
    admin = services.users.create_first_admin("chihuy", PW, "Nguyễn Văn Chỉ")
    boss = Services.open(db, admin)
    boss.users.add("canbo", PW, "operator", facility_codes=["KS-NK"])
    boss.users.add("xem", PW, "viewer")
    return boss


def window_for(qtbot, db, name):
    actor = Services.open(db).users.sign_in(name, PW)
    w = MainWindow(Services.open(db, actor), today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def titles(window):
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_first_start_sets_up_the_office_the_administrator_and_demo_data(qtbot, db,
                                                                         monkeypatch):
    def fill(dialog):
        assert isinstance(dialog, FirstAdminDialog)
        # the kind of office fills the signature block it signs with
        dialog.office_kind.setCurrentIndex(dialog.office_kind.findData("steering"))
        assert dialog.office["signer_body"].text() == "BAN CHỈ ĐẠO"
        assert dialog.office["signer_title"].text() == "TRƯỞNG BAN"
        assert dialog.office["unit_short"].text() == "BCĐ"
        # a place's name is never filled in for the office: an example, greyed
        for name in ("parent_body", "place"):
            assert dialog.office[name].text() == ""
        assert (dialog.office["parent_body"].placeholderText()
                == "VD: ỦY BAN NHÂN DÂN QUẬN NINH KIỀU")
        dialog.office["parent_body"].setText("Ủy ban nhân dân quận Cái Răng")
        dialog.office["signer_name"].setText("Trần Văn Bình")
        dialog.office["unit"].setText("Ban Chỉ huy khu cách ly Trường Quân sự")
        dialog.office["place"].setText("")
        dialog.username.setText("quantri")
        dialog.password.setText(PW)
        dialog.repeat.setText(PW)
        dialog.save()
        assert "không được để trống" in dialog.field_error("place") and dialog.result() == 0
        dialog.office["place"].setText("Cần Thơ")
        dialog.repeat.setText("khác hẳn")
        dialog.save()
        assert "không khớp" in dialog.field_error("repeat") and dialog.result() == 0
        dialog.repeat.setText(PW)
        dialog.demo.setChecked(True)
        dialog.save()
        return dialog.result()

    assert not Services.open(db).users.has_accounts()
    monkeypatch.setattr(QDialog, "exec", fill)
    services = launcher.sign_in(db)
    assert services is not None and services.actor.username == "quantri"
    assert services.actor.role == "admin"
    issuer = services.settings.issuer()
    assert issuer.unit == "Ban Chỉ huy khu cách ly Trường Quân sự"  # as typed
    assert (issuer.parent_body, issuer.place) == ("Ủy ban nhân dân quận Cái Răng", "Cần Thơ")
    assert (issuer.signer_prefix, issuer.signer_body, issuer.signer_title, issuer.unit_short,
            issuer.signer_name) == ("TM.", "BAN CHỈ ĐẠO", "TRƯỞNG BAN", "BCĐ", "Trần Văn Bình")
    assert services.people.count() > 100  # the demo data was loaded


def test_sign_in_shows_the_refusal_and_stays_open(qtbot, office, db):
    dialog = SignInDialog(Services.open(db).users)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "canbo")
    qtbot.keyClicks(dialog.password, "sai roi")
    dialog.save()
    assert dialog.error.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.actor is None and dialog.password.text() == ""
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    dialog.password.setText(PW)  # QTest types ASCII only
    dialog.save()
    assert dialog.actor is not None and dialog.actor.role == "operator"


def test_each_role_sees_only_what_it_may_use(qtbot, office, db):
    viewer = window_for(qtbot, db, "xem")
    assert titles(viewer) == ["Tổng quan", "Người cách ly", "Cơ sở cách ly", "Suất ăn, chi phí",
                              "Báo cáo, in ấn"]
    assert viewer.people.admit_button.isHidden() and viewer.facilities.add_button.isHidden()
    # bills are read and printed; nothing is paid, waived or priced from a viewer's desk
    assert not viewer.fees.pay_button.isEnabled()
    from PySide6.QtWidgets import QLabel
    status = " ".join(w.text() for w in viewer.statusBar().findChildren(QLabel))
    assert "xem (xem) – Chỉ xem và in" in status
    operator = window_for(qtbot, db, "canbo")
    assert "Nhật ký thay đổi" not in titles(operator) and "Nhập danh sách" in titles(operator)
    assert operator.facilities.add_button.isHidden()
    assert not operator.facilities.room_button.isHidden()
    assert operator.releases.override_button.isHidden()
    operator.nav.setCurrentRow(operator.pages.index(operator.facilities))  # loads when shown
    assert operator.facilities.model.rowCount() == 1  # its own facility only
    admin = window_for(qtbot, db, "chihuy")
    assert titles(admin)[-3:] == ["Tài khoản", "An toàn dữ liệu", "Cài đặt"]


def test_idle_window_locks_hides_data_and_unlocks_with_the_password(qtbot, office, db,
                                                                     monkeypatch):
    office.settings.set_option("idle_lock_minutes", 1)
    window = window_for(qtbot, db, "canbo")
    seen = {}

    def unlock(dialog):
        assert isinstance(dialog, LockDialog)
        seen["hidden"] = not window.centralWidget().isVisible()
        dialog.password.setText("sai")
        dialog.save()
        seen["refused"] = dialog.error.text()
        dialog.password.setText(PW)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", unlock)
    window.start_session_guards()
    assert window.idle_lock.timer.interval() == 60_000
    window.idle_lock.timer.timeout.emit()  # a minute without input
    assert seen == {"hidden": True, "refused": "Sai tên đăng nhập hoặc mật khẩu."}
    assert window.centralWidget().isVisible() and window.isVisible()


def test_esc_on_the_lock_screen_does_not_quit(qtbot, office, db):
    from PySide6.QtCore import Qt

    services = Services.open(db)
    actor = services.users.sign_in("canbo", PW)
    dialog = LockDialog(services.users, actor)
    qtbot.addWidget(dialog)
    dialog.show()
    rejected = []
    dialog.rejected.connect(lambda: rejected.append(True))
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert dialog.isVisible() and not rejected  # still locked, the program still there
    dialog.password.setText(PW)
    dialog.save()
    assert dialog.result() == 1


def test_audit_page_filters_and_users_page_adds(qtbot, office, db, monkeypatch):
    Services.open(db).users.sign_in("canbo", PW)
    window = window_for(qtbot, db, "chihuy")
    page = window.audit
    window.nav.setCurrentRow(titles(window).index("Nhật ký thay đổi"))
    page.user.setText("canbo")
    page.refresh()
    assert page.table.rowCount() >= 1
    assert {page.table.item(r, 1).text() for r in range(page.table.rowCount())} == {"canbo"}
    page.person.setText("abc")
    page.refresh()
    assert "số nguyên" in page.message.text()

    users = window.users
    users.refresh()
    before = users.table.rowCount()

    def fill(dialog):
        dialog.username.setText("yte")
        dialog.role.setCurrentIndex(1)  # operator
        dialog.password.setText(PW)
        dialog.repeat.setText(PW)
        dialog.save()
        assert "ít nhất một cơ sở" in dialog.field_error("facilities")
        dialog.facilities.item(0).setCheckState(dialog.facilities.item(0).checkState().Checked)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", fill)
    users.add_button.click()
    assert users.table.rowCount() == before + 1
    made = {u.username: u for u in office.users.list()}["yte"]
    assert made.role == "operator" and len(made.facilities) == 1
