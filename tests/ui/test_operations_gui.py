"""Each operator flow of the working day, through the real widgets."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from quarantine_desk.services.people import PersonFilter
from quarantine_desk.ui.dialogs import facility as facility_dialogs
from quarantine_desk.ui.dialogs import stay as stay_dialogs
from quarantine_desk.ui.models.health import COL_TEMP, HealthGridModel

from .conftest import ARRIVED, TODAY


def paper_text(path):
    """The words of a PDF made on screen, or None where poppler is not installed."""
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        return None
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return " ".join(out.split())


def person_id(services, name):
    [row] = services.people.list(PersonFilter(search=name))
    return row.id


def select_people(page, names):
    page.table.clearSelection()
    model = page.model
    for r in range(model.rowCount()):
        if model.person(r).full_name in names:
            page.table.selectionModel().select(
                model.index(r, 0), page.table.selectionModel().SelectionFlag.Select
                | page.table.selectionModel().SelectionFlag.Rows)


def test_allocate_a_batch_with_preview_then_commit(window, qtbot, services_with_site):
    page = window.allocation
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.batch.count() == 1 and "3 người chờ bố trí" in page.batch.currentText()
    # put KTX first, then untick it: only QS is used
    codes = [page.facilities.item(i).data(Qt.ItemDataRole.UserRole)
             for i in range(page.facilities.count())]
    ktx = codes.index("KTX")
    page.facilities.item(ktx).setCheckState(Qt.CheckState.Unchecked)
    assert page.chosen_facilities() == ["QS"]
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.job is not None and not page.commit_button.isEnabled()  # in the background
    qtbot.waitUntil(lambda: page.job is None)
    assert "Xem trước: 3 người" in page.summary.text()
    assert services_with_site.people.count(PersonFilter(status="in_quarantine")) == 0
    rows = {page.table.item(r, 0).text(): page.table.item(r, 3).text()
            for r in range(page.table.rowCount())}
    assert rows["Trần Thị Hòa"] == "QS, phòng 102" and rows["Lê Văn An"] == "QS, phòng 101"
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(page.commit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None)
    assert services_with_site.people.count(PersonFilter(status="in_quarantine")) == 3
    assert page.batch.count() == 0  # nobody left waiting
    window.nav.setCurrentRow(0)  # the dashboard reloads when shown
    assert window.dashboard.cards["in_quarantine"].value.text() == "3"


def _table(page):
    return {page.table.item(r, 0).text(): (page.table.item(r, 2).text(),
                                           page.table.item(r, 3).text())
            for r in range(page.table.rowCount())}


def _select_rows(page, names):
    selection = page.table.selectionModel()
    page.table.clearSelection()
    for r in range(page.table.rowCount()):
        if page.table.item(r, 0).text() in names:
            selection.select(page.table.model().index(r, 0),
                             selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_allocation_preview_makes_and_splits_households_then_prints_the_rooms(
        window, qtbot, services_with_site, db):
    services_with_site.facilities.add_room("KTX", "201", 4)
    page = window.allocation
    window.nav.setCurrentRow(window.pages.index(page))
    click = lambda button: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # noqa: E731
    click(page.preview_button)
    qtbot.waitUntil(lambda: page.job is None)
    assert _table(page)["Trần Thị Hòa"] == ("", "QS, phòng 102")
    assert not page.join_button.isEnabled()  # nothing chosen yet

    # husband and wife: one household, so one room (an open one)
    _select_rows(page, {"Nguyễn Văn Đức", "Trần Thị Hòa"})
    assert page.selected_people() and page.join_button.isEnabled()
    click(page.join_button)
    qtbot.waitUntil(lambda: page.job is None)
    rows = _table(page)
    assert rows["Nguyễn Văn Đức"] == rows["Trần Thị Hòa"] == ("Hộ 1", "KTX, phòng 201")
    assert services_with_site.people.count(PersonFilter(status="in_quarantine")) == 0

    # a mistake: she travels alone after all
    _select_rows(page, {"Trần Thị Hòa"})
    click(page.leave_button)
    qtbot.waitUntil(lambda: page.job is None)
    assert _table(page)["Trần Thị Hòa"] == ("", "QS, phòng 102")
    _select_rows(page, {"Nguyễn Văn Đức", "Trần Thị Hòa"})
    click(page.join_button)
    qtbot.waitUntil(lambda: page.job is None)

    with qtbot.waitSignal(window.bus.changed):
        click(page.commit_button)
    qtbot.waitUntil(lambda: page.job is None)
    assert "Đã bố trí: 3 người" in page.summary.text() and "1 hộ gia đình" in page.summary.text()
    rows = _table(page)  # the result stays on screen after «Bố trí»
    assert rows["Trần Thị Hòa"] == ("Hộ 1", "KTX, phòng 201")
    assert rows["Lê Văn An"] == ("", "QS, phòng 101")
    assert not page.join_button.isEnabled() and page.print_button.isEnabled()

    click(page.print_button)
    reports = window.reports
    assert window.current_page() is reports
    qtbot.waitUntil(lambda: reports.job is None, timeout=20_000)
    assert reports.current is not None and "Danh sách bố trí phòng của 3 người" in (
        reports.message.text())
    text = paper_text(reports.current)
    if text is not None:
        assert "Nguyễn Văn Đức" in text and "Phòng 201: 2 người (một hộ gia đình)" in text


def test_admit_dialog_shows_release_date_then_refuses_full_room(window, qtbot, monkeypatch,
                                                                services_with_site):
    page = window.people
    window.nav.setCurrentRow(window.pages.index(page))
    select_people(page, {"Nguyễn Văn Đức"})
    assert page.admit_button.isEnabled() and not page.release_button.isEnabled()
    seen = {}

    def fake_exec(dialog):
        dialog.facility.setCurrentIndex(dialog.facility.findData("QS"))
        dialog.room.setCurrentIndex(dialog.room.findData("102"))
        dialog.when.setDate(ARRIVED)
        seen["note"] = dialog.note.text()
        dialog.save()  # a women's room
        seen["error"] = dialog.error.text()
        dialog.room.setCurrentIndex(dialog.room.findData("101"))
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(stay_dialogs.AdmitDialog, "exec", fake_exec)
    qtbot.mouseClick(page.admit_button, Qt.MouseButton.LeftButton)
    assert f"{ARRIVED + timedelta(days=14):%d/%m/%Y}" in seen["note"]
    assert "chỉ dành cho nữ" in seen["error"]
    [row] = services_with_site.people.list(PersonFilter(status="in_quarantine"))
    assert (row.full_name, row.facility, row.room) == ("Nguyễn Văn Đức", "QS", "101")


def admit_all(services):
    batch = services.batches.list()[0].id
    services.allocation.allocate(batch, ["QS"])
    QApplication.processEvents()  # the window hears of it now, not in the middle of a test


def test_tests_then_release_from_the_release_page(window, qtbot, services_with_site, answers):
    services = services_with_site
    admit_all(services)
    duc, hoa = person_id(services, "Nguyễn Văn Đức"), person_id(services, "Trần Thị Hòa")
    services.health.record_test(duc, TODAY - timedelta(days=1), "pcr", "negative")
    services.health.record_test(hoa, TODAY - timedelta(days=1), "pcr", "pending")
    page = window.releases
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    assert page.count.text() == "3 người"
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    answers.next(accept=False)  # asked first, and refused: nothing happens
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    # checked before asking: the question offers the one who can go, and says why not the others
    asked = answers.asked[0]
    assert "Cho 1 người hoàn thành cách ly" in asked and "Nguyễn Văn Đức" in asked
    assert "Không cho về được 2 người:" in asked
    assert "• Trần Thị Hòa – " in asked and "chờ kết quả" in asked
    assert services.people.count(PersonFilter(status="released")) == 0
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    answers.next()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert answers.buttons[1][0] == "Cho về 1 người"
    assert "Đã cho về 1 người (Nguyễn Văn Đức: giấy số 01/GXN-QS)" in page.outcome.text()
    assert "2 người chưa đủ điều kiện: " in page.outcome.text()
    reasons = {page.refused.item(r, 0).text(): page.refused.item(r, 1).text()
               for r in range(page.refused.rowCount())}
    assert "chờ kết quả" in reasons["Trần Thị Hòa"]
    assert "thiếu kết quả" in reasons["Lê Văn An"]
    assert page.count.text() == "2 người"
    assert services.people.count(PersonFilter(status="released")) == 1


def test_when_nobody_chosen_can_go_the_desk_says_why_and_asks_nothing(window, qtbot,
                                                                     services_with_site,
                                                                     answers):
    services = services_with_site
    admit_all(services)
    page = window.releases
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    answers.next()  # the one button of the notice
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert answers.asked[0].startswith("Chưa ai trong số đã chọn được cho về ngày")
    assert not any(b.startswith("Cho về") for b in answers.buttons[0])
    assert "thiếu kết quả" in answers.asked[0]
    assert "3 người chưa đủ điều kiện" in page.outcome.text()
    assert services.people.count(PersonFilter(status="released")) == 0


def test_positive_result_opens_the_response_and_prints_the_report(window, qtbot, monkeypatch,
                                                                  services_with_site):
    """From the test-result dialog to the report for the steering committee."""
    from quarantine_desk.ui.dialogs import exposure as exposure_dialogs

    services = services_with_site
    admit_all(services)  # Nguyễn Văn Đức and Lê Văn An share QS room 101
    window.people.refresh()
    page = window.people
    select_people(page, {"Lê Văn An"})
    before = next(p for p in services.people.list(PersonFilter(search="Nguyễn Văn Đức")))

    def fake_test(dialog):
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("positive"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("antigen"))
        dialog.save()
        return dialog.result()

    seen = {}

    def fake_response(dialog):
        # the preview: the roommate, and only him, with his date before and after
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(5)]
                        for r in range(dialog.table.rowCount())]
        seen["note"] = dialog.note.text()
        assert services.people.count(PersonFilter(contact_level="F1")) == 0  # nothing yet
        dialog.hospital.setText("Bệnh viện Đa khoa Trung ương Cần Thơ")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(stay_dialogs.TestResultDialog, "exec", fake_test)
    monkeypatch.setattr(exposure_dialogs.ExposureDialog, "exec", fake_response)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    [row] = seen["rows"]
    assert row[0] == "Nguyễn Văn Đức" and row[1] == "QS, phòng 101"
    assert row[3] == f"{before.planned_release_on:%d/%m/%Y}"
    assert row[4] == f"{TODAY + timedelta(days=14):%d/%m/%Y}"
    assert "1 người tiếp xúc gần" in seen["note"] and "khử khuẩn" in seen["note"]
    [case] = services.people.list(PersonFilter(status="hospital"))
    assert (case.full_name, case.contact_level) == ("Lê Văn An", "F0")
    [f1] = services.people.list(PersonFilter(contact_level="F1"))
    assert (f1.full_name, f1.planned_release_on) == ("Nguyễn Văn Đức", TODAY + timedelta(days=14))
    assert next(f for f in services.facilities.list() if f.code == "QS").occupied == 2

    reports = window.reports  # the report is made and shown for printing
    assert window.current_page() is reports
    qtbot.waitUntil(lambda: reports.job is None, timeout=20_000)
    assert "Báo cáo ca dương tính Lê Văn An: 1 người tiếp xúc gần" in reports.message.text()
    text = paper_text(reports.current)
    if text is not None:
        assert "LÊ VĂN AN" in text and "Nguyễn Văn Đức" in text
    window.nav.setCurrentRow(0)
    assert window.dashboard.cards["moved_today"].value.text() == "1"
    assert window.dashboard.cards["positives_today"].value.text() == "1"


def test_planned_date_change_needs_a_reason(window, qtbot, monkeypatch, services_with_site):
    services = services_with_site
    admit_all(services)
    window.people.refresh()
    page = window.people
    select_people(page, {"Trần Thị Hòa"})
    seen = {}

    def fake_exec(dialog):
        dialog.new_date.setDate(ARRIVED + timedelta(days=21))
        dialog.save()
        seen["error"] = dialog.field_error("reason")
        dialog.reason.setText("Cùng phòng với ca dương tính")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(stay_dialogs.PlannedDateDialog, "exec", fake_exec)
    qtbot.mouseClick(page.date_button, Qt.MouseButton.LeftButton)
    assert "lý do" in seen["error"]
    [row] = services.people.list(PersonFilter(search="hoa"))
    assert row.planned_release_on == ARRIVED + timedelta(days=21)


def test_abscond_asks_first(window, qtbot, monkeypatch, services_with_site):
    services = services_with_site
    admit_all(services)
    window.people.refresh()
    page = window.people
    select_people(page, {"Lê Văn An"})
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.abscond_button, Qt.MouseButton.LeftButton)
    assert services.people.count(PersonFilter(status="absconded")) == 0
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    select_people(page, {"Lê Văn An"})
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a new click, not a double click
    qtbot.mouseClick(page.abscond_button, Qt.MouseButton.LeftButton)
    assert services.people.count(PersonFilter(status="absconded")) == 1


def test_daily_grid_keyboard_entry_flags_fever(window, qtbot, services_with_site):
    services = services_with_site
    admit_all(services)
    page = window.daily
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    assert page.model.rowCount() == 3
    grid = page.grid
    grid.setCurrentIndex(page.model.index(0, COL_TEMP))
    for row, text in enumerate(("36,8", "38.2", "37")):
        qtbot.waitUntil(lambda r=row: grid.currentIndex().row() == r)  # Enter moved down
        grid.edit(grid.currentIndex())
        [editor] = [e for e in grid.findChildren(QLineEdit) if e.isVisible()]
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rows[2].temperature is not None)
    temps = [r.temperature for r in page.model.rows]
    assert temps == [36.8, 38.2, 37.0]
    assert "sốt từ 37,5 °C: 1" in page.summary.text()
    fever_row = page.model.index(1, COL_TEMP)
    assert page.model.data(fever_row, Qt.ItemDataRole.BackgroundRole) is not None
    # nonsense is refused beside the grid and nothing is stored
    assert not page.model.setData(page.model.index(2, COL_TEMP), "52")
    assert "không hợp lệ" in page.error.text()
    checks = services.health.checks_for("QS", TODAY)
    assert sorted(c.temperature for c in checks) == [36.8, 37.0, 38.2]


def test_tests_due_recorded_from_the_daily_page(window, qtbot, services_with_site, db):
    services = services_with_site
    admit_all(services)
    page = window.daily
    page.refresh()
    page.when.setDate(ARRIVED + timedelta(days=6))  # day 7 of a 2021+ policy stay
    due_names = {page.tests.item(r, 0).text() for r in range(page.tests.rowCount())}
    assert due_names == {"Nguyễn Văn Đức", "Trần Thị Hòa", "Lê Văn An"}
    page.tests.selectRow(0)
    page.outcome.setCurrentIndex(page.outcome.findData("negative"))
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.tests.rowCount() == 2


def test_facility_edit_status_and_rooms(window, qtbot, monkeypatch, services_with_site):
    services = services_with_site
    page = window.facilities
    window.nav.setCurrentRow(window.pages.index(page))
    page.select("KTX")
    assert page.edit_button.isEnabled()

    def fake_room(dialog):
        dialog.code.setText("201")
        dialog.beds.setValue(4)
        dialog.sex.setCurrentIndex(dialog.sex.findData("F"))
        dialog.block.setText("B")
        dialog.floor.setText("2")
        dialog.save()
        return dialog.result()

    def fake_edit(dialog):
        assert not dialog.beds.isEnabled()  # a facility with rooms has their beds
        dialog.name.setText("Ký túc xá Trường Đại học Cần Thơ")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(facility_dialogs.RoomDialog, "exec", fake_room)
    monkeypatch.setattr(facility_dialogs.FacilityDialog, "exec", fake_edit)
    qtbot.mouseClick(page.room_button, Qt.MouseButton.LeftButton)
    page.select("KTX")
    qtbot.waitUntil(lambda: page.rooms.rowCount() == 1)  # the change notice reloads the page
    assert page.rooms.item(0, 3).text() == "Nữ"
    assert page.rooms.item(0, 4).text() == "B, 2"
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    ktx = next(f for f in services.facilities.list() if f.code == "KTX")
    assert (ktx.beds, ktx.name) == (4, "Ký túc xá Trường Đại học Cần Thơ")

    admit_all(services)
    page.refresh()
    page.select("QS")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    qtbot.mouseClick(page.status_buttons["closed"], Qt.MouseButton.LeftButton)
    assert warnings and "còn 3 người" in warnings[0]
    page.select("KTX")
    qtbot.mouseClick(page.status_buttons["standby"], Qt.MouseButton.LeftButton)
    assert next(f for f in services.facilities.list() if f.code == "KTX").status == "standby"


def test_dashboard_answers_can_we_take_a_flight(window, qtbot, services_with_site):
    page = window.dashboard
    page.ask_people.setValue(17)  # 16 beds in all
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    assert "không đủ" in page.answer_label.text()
    page.ask_people.setValue(8)
    qtbot.mouseClick(page.ask_button, Qt.MouseButton.LeftButton)
    assert page.answer_label.text() == "Được: KTX: 8."
    assert len(page.chart.days) == 21


def test_health_grid_passes_modeltester(qtmodeltester, services_with_site):
    admit_all(services_with_site)
    model = HealthGridModel(services_with_site.health)
    model.load("QS", TODAY)
    qtmodeltester.check(model)


def test_override_release_needs_a_note_and_keeps_it(window, qtbot, monkeypatch,
                                                    services_with_site, db):
    services = services_with_site
    admit_all(services)
    page = window.releases
    page.refresh()
    page.table.selectRow(0)
    name = page.table.item(0, 0).text()
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    assert "lý do" in page.outcome.text()
    assert services.people.count(PersonFilter(status="released")) == 0
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("Kết quả âm tính của bệnh viện, chờ nhập", True))
    page.table.selectRow(0)
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a new click, not a double click
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    [row] = services.people.list(PersonFilter(status="released"))
    assert row.full_name == name
    from quarantine_desk.storage.models import Stay
    with db.read() as session:
        note = session.query(Stay.outcome_note).filter(Stay.person_id == row.id).scalar()
    assert "thiếu kết quả xét nghiệm" in note and "Kết quả âm tính của bệnh viện" in note


def test_people_filters_by_batch_and_due_date(window, services_with_site):
    services = services_with_site
    admit_all(services)
    page = window.people
    page.refresh()
    page.due.setCurrentIndex(page.due.findData("today"))
    assert page.model.rowCount() == 3
    page.due.setCurrentIndex(page.due.findData("tomorrow"))
    assert page.model.rowCount() == 0
    page.due.setCurrentIndex(0)
    page.batch.setCurrentIndex(1)
    assert page.model.rowCount() == 3 and "VN5087" in page.batch.currentText()


def test_import_result_offers_allocation(window, qtbot, tmp_path):
    from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

    page = window.importer
    window.nav.setCurrentRow(window.pages.index(page))
    page.open_file(str(write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE])))
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    from quarantine_desk.ui.pages.import_page import STEP_RESULT

    for _ in range(5):  # columns, preview, duplicates, batch details, import
        if page.step == STEP_RESULT:
            break
        page.next()
        qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.step == STEP_RESULT
    assert page.allocate_button.isVisible()
    qtbot.mouseClick(page.allocate_button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.allocation
    assert window.allocation.batch.currentData() == page.result.batch_id


def test_register_a_group_at_the_desk_through_the_form(window, qtbot, monkeypatch,
                                                       services_with_site):
    """Illegal entrants handed over: every field checked, the known look-alike shown first,
    then saved, admitted and the hand-over record printed."""
    from PySide6.QtWidgets import QTableWidgetItem

    from quarantine_desk.ui.dialogs import register as register_dialogs
    from quarantine_desk.ui.dialogs.register import COLUMNS

    services = services_with_site
    columns = [name for name, _ in COLUMNS]
    seen = {}

    def fill(dialog):
        def cell(row, name, text):
            dialog.table.setItem(row, columns.index(name), QTableWidgetItem(text))

        dialog.kind.setCurrentIndex(dialog.kind.findData("illegal_entry"))
        dialog.detecting_unit.setText("Đồn Biên phòng Vĩnh Xương")
        dialog.detected_at.setText("Ấp 3, xã Vĩnh Xương")
        dialog.handed_over_by.setText("Thiếu tá Lê Văn Bình")
        cell(0, "full_name", "lê văn hùng")
        cell(0, "sex", "Nam")
        cell(0, "birth", "31/02/1990")  # no such day
        dialog.add_line()
        cell(1, "full_name", "Tran Thi Hoa")  # like Trần Thị Hòa of the flight
        cell(1, "sex", "Nữ")
        cell(1, "birth", "15/03/1992")
        dialog.facility.setCurrentIndex(dialog.facility.findData("QS"))
        dialog.save()
        seen["first"] = dialog.error.text()
        seen["red"] = dialog.table.item(0, columns.index("birth")).background().color().name()
        cell(0, "birth", "1990")
        dialog.save()  # the look-alike is shown, nothing saved yet
        seen["note"] = dialog.note.text()
        seen["people"] = services.people.count()
        dialog.save()  # seen: save anyway
        return dialog.result()

    monkeypatch.setattr(register_dialogs.RegisterDialog, "exec", fill)
    page = window.people
    window.nav.setCurrentRow(window.pages.index(page))
    before = services.people.count()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    assert seen["first"].startswith("Dòng 1, Ngày hoặc năm sinh:")
    assert seen["red"] == "#fde2e1"
    assert "dòng 2: Trần Thị Hòa" in seen["note"] and seen["people"] == before
    [hung] = services.people.list(PersonFilter(search="Lê Văn Hùng"))
    assert (hung.status, hung.facility, hung.room) == ("in_quarantine", "QS", "101")
    [hoa] = [r for r in services.people.list(PersonFilter(search="tran thi hoa"))
             if r.batch_id == hung.batch_id]
    assert (hoa.facility, hoa.room) == ("QS", "102")  # the women's room
    reports = window.reports
    assert window.current_page() is reports
    qtbot.waitUntil(lambda: reports.job is None, timeout=20_000)
    assert "Biên bản giao nhận 2 người" in reports.message.text()
    text = paper_text(reports.current)
    if text is not None:
        assert "Đồn Biên phòng Vĩnh Xương" in text and "Lê Văn Hùng" in text


def test_announce_a_flight_and_hold_beds_from_the_dashboard(window, qtbot, monkeypatch,
                                                            services_with_site):
    from quarantine_desk.ui.dialogs import announce as announce_dialogs

    services = services_with_site
    seen = {}

    def fill(dialog):
        dialog.reference.setText("VN5089")
        dialog.when.setDate(TODAY + timedelta(days=3))
        dialog.expected.setValue(8)
        dialog.hold_at.setCurrentIndex(dialog.hold_at.findData("KTX"))
        dialog.hold_beds.setValue(20)  # more than KTX has
        dialog.save()
        seen["refused"] = dialog.error.text() or dialog.field_error("holds")
        dialog.hold_beds.setValue(8)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(announce_dialogs.AnnounceDialog, "exec", fill)
    window.nav.setCurrentRow(0)
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(window.dashboard.announce_button, Qt.MouseButton.LeftButton)
    assert "không giữ được 20" in seen["refused"]
    [announced] = [b for b in services.batches.list() if b.reference == "VN5089"]
    assert (announced.expected, announced.held) == (8, {"KTX": 8})
    day = services.forecast.forecast(days=4, start=TODAY)[3]
    assert day.arriving == 8
    # the waiting flight cannot use the held beds
    result = services.allocation.allocate(services.batches.list()[-1].id, ["KTX"], ARRIVED)
    assert len(result.placements) == 2
