"""The GUI shell through its real widgets."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from quarantine_desk.services.demo import load_demo
from quarantine_desk.ui.main_window import MainWindow
from quarantine_desk.ui.models.facilities import FacilityTableModel
from quarantine_desk.ui.models.people import COL_FACILITY, COL_NAME, PeopleTableModel

TODAY = date(2026, 11, 22)


@pytest.fixture
def window(qtbot, services, db):
    load_demo(db, today=TODAY)
    w = MainWindow(services, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


def test_navigation_has_only_real_areas(window):
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Tổng quan", "Người cách ly", "Cơ sở cách ly", "Nhập danh sách",
                      "Bố trí chỗ ở", "Theo dõi hằng ngày", "Lấy mẫu xét nghiệm",
                      "Hoàn thành cách ly", "Suất ăn, chi phí",
                      "Báo cáo, in ấn", "Nhật ký thay đổi", "Tài khoản",
                      "An toàn dữ liệu", "Cài đặt"]


def test_dashboard_shows_database_figures(window, services):
    counts = services.people.status_counts()
    cards = window.dashboard.cards
    assert cards["in_quarantine"].value.text() == str(counts["in_quarantine"])
    active_free = sum(f.free for f in services.facilities.list() if f.status == "active")
    assert cards["free_beds"].value.text() == str(active_free)
    table = window.dashboard.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert any("Trường Quân sự thành phố Cần Thơ" in n for n in names)


def test_facilities_page_lists_occupancy(window, services):
    window.nav.setCurrentRow(2)
    model = window.facilities.model
    views = {v.code: v for v in services.facilities.list()}
    assert model.rowCount() == len(views)
    for row in range(model.rowCount()):
        code = model.data(model.index(row, 0))
        assert model.data(model.index(row, 6)) == str(views[code].occupied)
        assert model.data(model.index(row, 7)) == str(views[code].free)


def test_people_search_typed_without_diacritics(window, qtbot, services):
    page = window.people
    window.nav.setCurrentRow(1)
    target = next(r for r in services.people.list() if r.status == "in_quarantine")
    from quarantine_desk.domain.names import fold

    qtbot.keyClicks(page.search, fold(target.full_name).upper())
    qtbot.waitUntil(lambda: page.model.rowCount() < services.people.count(), timeout=3000)
    names = [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]
    assert target.full_name in names
    assert all(fold(n) == fold(target.full_name) for n in names)
    assert page.count.text().endswith("người")


def test_people_filter_by_facility_and_status(window, services):
    page = window.people
    window.nav.setCurrentRow(window.pages.index(page))  # a page loads when first shown
    page.facility.setCurrentIndex(page.facility.findData("TD-932"))
    page.status.setCurrentIndex(page.status.findData("in_quarantine"))
    model = page.model
    assert model.rowCount() > 0
    assert all(model.data(model.index(r, COL_FACILITY)) == "TD-932"
               for r in range(model.rowCount()))


def test_people_sort_by_header(window):
    page = window.people
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    model = page.model
    first = model.data(model.index(0, COL_NAME))
    page.table.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(model.rowCount() - 1, COL_NAME)) == first


def test_add_facility_dialog_refuses_then_saves(window, qtbot, monkeypatch, services):
    from quarantine_desk.ui.dialogs import facility as facility_dialog

    seen = {}

    def fake_exec(dialog):
        dialog.code.setText("TQS-CT")  # taken by the demo
        dialog.name.setText("Trùng mã")
        dialog.save()
        seen["error"] = dialog.field_error("code")  # shown beside the code
        dialog.code.setText("QS-2")
        dialog.name.setText("Doanh trại Tiểu đoàn Bộ binh 2")
        dialog.kind.setCurrentIndex(dialog.kind.findData("military"))
        dialog.beds.setValue(90)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(facility_dialog.FacilityDialog, "exec", fake_exec)
    window.nav.setCurrentRow(window.pages.index(window.facilities))
    before = window.facilities.model.rowCount()
    window.facilities.add_button.click()
    assert "Đã có cơ sở cách ly mã TQS-CT" in seen["error"]
    qtbot.waitUntil(lambda: window.facilities.model.rowCount() == before + 1)
    assert any(v.code == "QS-2" and v.beds == 90 for v in services.facilities.list())
    # the broadcast reaches the other pages: each reloads when it is next shown
    window.nav.setCurrentRow(window.pages.index(window.people))
    assert window.people.facility.findData("QS-2") >= 0


def test_table_models_pass_modeltester(qtmodeltester, services, db):
    load_demo(db, today=TODAY)
    people = PeopleTableModel(services.people)
    people.reload()
    qtmodeltester.check(people)
    facilities = FacilityTableModel()
    facilities.set_rows(services.facilities.list())
    qtmodeltester.check(facilities)


def test_layout_is_remembered_and_shortcuts_work(qtbot, services, db, monkeypatch):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QFileDialog

    from quarantine_desk.config import window_state_path

    load_demo(db, today=TODAY)
    first = MainWindow(services, today=TODAY)
    qtbot.addWidget(first)
    first.restore_layout()
    first.show()
    first.resize(1300, 700)
    first.move(40, 30)
    size = (first.width(), first.height())
    first.nav.setCurrentRow(first.pages.index(first.reports))
    first.close()
    assert window_state_path().exists()

    again = MainWindow(services, today=TODAY)
    qtbot.addWidget(again)
    again.restore_layout()
    again.show()
    again.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(again.isActiveWindow)
    assert again.current_page() is again.reports
    assert again.height() == size[1]  # (the offscreen screen is too narrow for the width)

    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: asked.append(True) or ("", ""))
    qtbot.keySequence(again, QKeySequence(QKeySequence.StandardKey.Open))
    assert asked and again.current_page() is again.importer
    qtbot.keySequence(again, QKeySequence("Ctrl+2"))
    assert again.current_page() is again.people
    assert again.nav.item(1).toolTip() == "Người cách ly (Ctrl+2)"


def test_a_tampered_audit_trail_is_shown_at_start_up(qtbot, services, db, db_path):
    import sqlite3

    load_demo(db, today=TODAY)
    services.facilities.add(code="MOI", name="Cơ sở mới", kind="other", beds=4)
    intact = MainWindow(services, today=TODAY)
    qtbot.addWidget(intact)
    intact.check_audit_trail()
    qtbot.waitUntil(lambda: intact.jobs.job("audit") is None)
    assert intact.trail_warning.isHidden()
    with sqlite3.connect(db_path) as conn:  # someone with the file and the sqlite3 program
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET summary = 'Đăng nhập' WHERE seq = 2")
    w = MainWindow(services, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.start_session_guards()  # a first window: the backup and the check, in the background
    qtbot.waitUntil(lambda: w.trail_warning.isVisible())
    assert w.trail_warning.text() == ("⚠ Nhật ký thao tác đã bị can thiệp ngoài chương trình; "
                                      "hãy báo quản trị viên")
    assert w.trail_warning.toolTip().startswith("mục số 2 (mã ")
    w.jobs.wait()
