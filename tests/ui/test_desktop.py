"""The desktop at the desk: dates typed as people type them, and the window on small screens."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from quarantine_desk.ui.dialogs.base import date_of, typed_date
from quarantine_desk.ui.main_window import MainWindow

from .conftest import TODAY


@pytest.mark.parametrize(("text", "expected"), [
    ("01122026", date(2026, 12, 1)), ("011226", date(2026, 12, 1)),
    ("1/12/2026", date(2026, 12, 1)), ("01/12/2026", date(2026, 12, 1)),
    ("1.12.2026", date(2026, 12, 1)), ("1-12-26", date(2026, 12, 1)),
    ("31/02/2026", None), ("1122026", None), ("", None), ("hôm nay", None),
])
def test_a_date_typed_whole_is_read_as_people_write_it(text, expected):
    assert typed_date(text) == expected


@pytest.mark.parametrize("typed", ["15112026", "15/11/2026", "15/11/26"])
def test_a_date_field_takes_a_date_typed_after_select_all(window, qtbot, typed):
    field = window.daily.when
    window.nav.setCurrentRow(window.pages.index(window.daily))
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert date_of(field) == date(2026, 11, 15)
    assert field.text() == "15/11/2026"
    assert "15/11/2026" in window.daily.tests_title.text()  # the page read the new day


def test_a_typed_text_that_is_no_date_keeps_the_previous_date(window, qtbot):
    field = window.daily.when
    before = date_of(field)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "3102")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert date_of(field) == before and field.text() == f"{before:%d/%m/%Y}"


def test_a_field_error_shows_whole_and_goes_when_the_value_is_corrected(qtbot, services):
    from quarantine_desk.ui.dialogs.facility import FacilityDialog
    from quarantine_desk.ui.widgets.fitting import clipped_texts

    dialog = FacilityDialog(services.facilities)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Trường Quân sự thành phố Cần Thơ")
    qtbot.keyClicks(dialog.code, "QS 1 / khu A")  # spaces and a slash are refused
    dialog.save()
    message = dialog.field_error("code")
    assert message.startswith("Mã cơ sở gồm 1–32 chữ cái không dấu")
    assert dialog.isVisible() and services.facilities.list() == []
    assert clipped_texts(dialog) == []  # both lines of it, diacritics and all
    dialog.code.selectAll()
    qtbot.keyClicks(dialog.code, "QS-1")  # corrected: the old message goes at once
    assert dialog.field_error("code") == ""
    dialog.save()
    assert [f.code for f in services.facilities.list()] == ["QS-1"]


def test_a_refused_temperature_keeps_the_cursor_on_it(window, qtbot, services_with_site):
    from PySide6.QtWidgets import QLineEdit

    from quarantine_desk.ui.models.health import COL_TEMP

    from .test_operations_gui import admit_all

    admit_all(services_with_site)
    page = window.daily
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    grid = page.grid
    grid.setCurrentIndex(page.model.index(0, COL_TEMP))
    grid.edit(grid.currentIndex())
    [editor] = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClicks(editor, "52")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "không hợp lệ" in page.error.text())
    # the same person's cell, open again with the wrong value ready to be corrected
    qtbot.waitUntil(lambda: any(e.isVisible() for e in grid.findChildren(QLineEdit)))
    assert grid.currentIndex().row() == 0
    [editor] = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
    assert editor.text() == "52"
    editor.selectAll()
    qtbot.keyClicks(editor, "36,9")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rows[0].temperature == 36.9)
    assert page.error.text() == ""


def test_the_admission_dialog_proposes_an_active_site_with_beds_then_the_last_used(
        qtbot, services_with_site):
    from quarantine_desk.services.people import PersonFilter
    from quarantine_desk.ui.dialogs.stay import AdmitDialog

    services = services_with_site
    services.facilities.add(code="BV-DC1", name="Bệnh viện dã chiến số 1", kind="medical",
                            beds=80)
    services.facilities.set_status("BV-DC1", "standby")  # listed first, never proposed
    people = services.people.list(PersonFilter(search="Lê Văn An"))

    def proposed():
        dialog = AdmitDialog(services, people, today=TODAY)
        qtbot.addWidget(dialog)
        return dialog, dialog.facility.currentData()

    dialog, code = proposed()
    assert code == "KTX"  # the active site with the most free beds
    assert "dự phòng" in dialog.facility.itemText(dialog.facility.findData("BV-DC1"))
    dialog.facility.setCurrentIndex(dialog.facility.findData("QS"))
    dialog.save()
    assert services.people.list(PersonFilter(search="Lê Văn An"))[0].facility == "QS"
    assert proposed()[1] == "QS"  # the one used last, while it has a free bed


def test_batches_with_the_same_flight_are_told_apart(window, services_with_site, db):
    from datetime import datetime

    from quarantine_desk.storage.models import ArrivalBatch

    [first] = services_with_site.batches.list()
    with db.write() as session:  # the same flight's corrected list, imported again
        session.add(ArrivalBatch(kind="flight", reference="VN5087", origin="Brunei",
                                 arrival_date=first.arrival_date, created_at=datetime.now(),
                                 source_file="/home/canbo/Tải về/VN5087-sua-lan-2.xlsx"))
    for combo in (window.people.batch, window.reports.batch):
        window.people.refresh()
        window.reports.refresh()
        labels = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
        assert len(labels) == 2 and len(set(labels)) == 2
        assert any(label.endswith("(0 người) – tệp VN5087-sua-lan-2.xlsx") for label in labels)
        assert all("Chuyến bay VN5087 từ Brunei" in label for label in labels)


def test_the_audit_page_reads_as_sentences_not_stored_json(qtbot, services_with_site):
    from datetime import timedelta

    from quarantine_desk.ui.pages.admin import _values

    assert _values({"planned_release_on": "2026-12-05", "reason": "tiếp xúc F0",
                    "override": True, "hospital": None}) == (
        "Ngày dự kiến ra: 05/12/2026; Lý do: tiếp xúc F0; "
        "Cho về dù chưa đủ điều kiện: có; Bệnh viện: —")
    services = services_with_site
    from .test_operations_gui import admit_all, person_id
    admit_all(services)
    an = person_id(services, "Lê Văn An")
    services.stay_changes.change_planned_date(an, TODAY + timedelta(days=3), "tiếp xúc gần F0")
    window = MainWindow(services, today=TODAY)
    qtbot.addWidget(window)
    page = window.audit
    page.refresh()
    shown = [page.table.item(r, c).text() for r in range(page.table.rowCount())
             for c in range(page.table.columnCount()) if page.table.item(r, c)]
    assert not any("{" in t or '":' in t for t in shown)
    assert any(f"Ngày dự kiến ra: {TODAY + timedelta(days=3):%d/%m/%Y}" in t for t in shown)


def test_a_change_reloads_only_the_pages_that_show_it(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from .test_operations_gui import admit_all

    window.nav.setCurrentRow(window.pages.index(window.dashboard))
    QApplication.processEvents()
    window.stale.clear()
    window.services.settings.set_issuer_field("place", "Cần Thơ")
    QApplication.processEvents()  # the notice is queued: the action that caused it ends first
    assert window.settings in window.stale and window.audit in window.stale
    assert window.people not in window.stale and window.facilities not in window.stale
    shown = window.dashboard.cards["in_quarantine"].value.text()
    admit_all(window.services)  # the dashboard, on screen, reloads at once
    assert window.dashboard.cards["in_quarantine"].value.text() == "3" != shown
    assert {window.people, window.facilities, window.releases} <= window.stale
    window.nav.setCurrentRow(window.pages.index(window.people))
    assert window.people not in window.stale and window.people.model.rowCount() == 3


def test_one_runner_keeps_every_background_job(window, qtbot):
    import threading

    started, release = threading.Event(), threading.Event()
    seen: list[str] = []

    def work(progress, cancelled):
        started.set()
        while not cancelled() and not release.wait(0.01):
            pass
        return "xong"

    jobs = window.jobs
    assert jobs.start("paper", work, succeeded=seen.append, failed=seen.append,
                      finished=lambda: seen.append("finished")) is not None
    assert started.wait(5) and jobs.running() and window.busy()
    assert window.reports.job is jobs.job("paper")  # the page asks the runner
    assert jobs.start("paper", work, succeeded=seen.append, failed=seen.append) is None
    release.set()
    qtbot.waitUntil(lambda: not jobs.running())
    assert seen == ["xong", "finished"] and window.reports.job is None and not window.busy()


def test_opening_the_window_loads_only_the_page_on_screen(window):
    """Every page reads its data when first shown, so a desk with 200,000 people waits for
    the dashboard only (bench/bench_startup.py measures it)."""
    assert window.current_page() is window.dashboard
    assert window.dashboard not in window.stale
    assert set(window.pages) - {window.dashboard} <= window.stale
    assert window.people.model.rowCount() == 0  # not read yet
    window.nav.setCurrentRow(window.pages.index(window.people))
    assert window.people.model.rowCount() == 3 and window.people not in window.stale


def test_a_column_pasted_from_a_spreadsheet_fills_the_temperatures(qtbot, window,
                                                                    services_with_site):
    from PySide6.QtGui import QGuiApplication

    from quarantine_desk.ui.models.health import COL_SYMPTOMS, COL_TEMP

    from .test_operations_gui import admit_all

    admit_all(services_with_site)
    page = window.daily
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    grid = page.grid
    assert page.model.rowCount() >= 3
    names = [r.full_name for r in page.model.rows]

    def temperatures():
        return [r.temperature for r in page.model.rows]

    # one wrong value (52 °C) among them: one message naming the person, nothing written
    QGuiApplication.clipboard().setText("36,8\r\n52\r\n37,6\r\n")
    grid.setCurrentIndex(page.model.index(0, COL_TEMP))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert names[1] in page.error.text() and "không ghi gì" in page.error.text().lower()
    assert temperatures()[:3] == [None, None, None]
    # more lines than people below the cell: refused whole
    QGuiApplication.clipboard().setText("36,5\n36,6\n36,7\n36,8\n36,9\n37,0\n" * 3)
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "không ghi gì" in page.error.text() and temperatures()[:3] == [None, None, None]
    # Excel's copy of two columns: temperatures, and symptoms beside them
    QGuiApplication.clipboard().setText("36,8\t\r\n37.6\tho, sốt nhẹ\r\n36,5\t\r\n")
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.error.text() == ""
    assert temperatures()[:3] == [36.8, 37.6, 36.5]
    assert page.model.rows[1].symptoms == "ho, sốt nhẹ" and page.model.rows[1].fever
    checks = {c.person_id: c.temperature for c in services_with_site.health.checks_for(
        page.facility.currentData(), page.model.on)}
    assert [checks[r.person_id] for r in page.model.rows[:3]] == [36.8, 37.6, 36.5]
    # the same paste again (a second press) records the same values, not more
    qtbot.keyClick(grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert temperatures()[:3] == [36.8, 37.6, 36.5]
    assert grid.currentIndex().column() in (COL_TEMP, COL_SYMPTOMS)
