"""The import wizard driven through its real widgets, end to end."""

import threading
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from quarantine_desk.importing.headers import Field
from quarantine_desk.importing.manifest import Cancelled
from quarantine_desk.services.imports import BatchDetails, Decision
from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.ui.main_window import MainWindow
from quarantine_desk.ui.models.import_preview import (
    DECISION_COLUMN,
    VACCINATION_COLUMN,
    DuplicatesModel,
    PreviewModel,
)
from quarantine_desk.ui.pages import import_page as wizard
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

TODAY = date(2026, 11, 22)
BAD = [4, "Phạm Văn Lỗi", "31/02/1990", "Nam", "C9999999", None, None, None, "14A"]
FUZZY = [5, "TRAN THI HOA", "15/03/1992", "Nữ", None, None, None, None, "14B"]
KNOWN = [6, "Võ Văn Cũ", "20/10/1970", "Nam", "C7777777", None, "0911111111", "Ấp Mới", "15A"]


@pytest.fixture
def window(qtbot, services, db):
    with db.write() as session:  # someone already in the database, without a phone
        session.add(new_person(full_name="Võ Văn Cũ", sex="M", date_of_birth=date(1970, 10, 20),
                               id_number="C7777777", id_type="passport"))
        session.add(new_person(full_name="Trần Thị Hòa", sex="F",
                               date_of_birth=date(1992, 3, 15)))
    w = MainWindow(services, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(w.pages.index(w.importer))
    return w


def manifest(tmp_path, name="vn5087.xlsx"):
    return write_xlsx(tmp_path / name, [HEADER, *PEOPLE, BAD, FUZZY, KNOWN], cover=True,
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 TỪ BRUNEI VỀ CẦN THƠ",
                             "Ngày 29/7/2020"])


def finish(qtbot, page):
    """Wait until the background job has finished and the page has taken its result."""
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)


def test_wizard_end_to_end(window, qtbot, services, monkeypatch, tmp_path):
    page = window.importer
    path = manifest(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)

    # columns: detected on the right sheet and row, editable
    assert page.step == wizard.STEP_COLUMNS
    assert page.sheet_combo.currentText() == "Danh sách"
    assert page.header_spin.value() == 3
    mapping = page.current_mapping()
    assert mapping[:6] == [Field.SEQ, Field.FULL_NAME, Field.DATE_OF_BIRTH, Field.SEX,
                           Field.PASSPORT, Field.NATIONALITY]
    assert mapping[8] == Field.EXTRA
    page.set_field(8, Field.IGNORE)  # the seat number is not worth keeping
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)

    # preview: the bad row in red, counts in words
    assert page.step == wizard.STEP_PREVIEW
    assert "6 dòng" in page.summary.text() and "1 dòng lỗi" in page.summary.text()
    model = page.preview_model
    bad = next(i for i, r in enumerate(model.rows) if r.row_number == 7)
    assert model.data(model.index(bad, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "không tồn tại" in model.data(model.index(bad, 2))
    page.preview_filter.setCurrentIndex(page.preview_filter.findData("errors"))
    assert page.preview_proxy.rowCount() == 1
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    # duplicates: one screen for the whole file
    assert page.step == wizard.STEP_DUPLICATES
    dups = page.duplicates_model
    names = sorted(r.full_name for r in dups.rows)
    # the passenger with a passport and the one without both resemble the known Trần Thị Hòa
    assert names == ["Tran Thi Hoa", "Trần Thị Hòa", "Võ Văn Cũ"]
    qtbot.mouseClick(page.merge_all, Qt.MouseButton.LeftButton)
    tran = next(i for i, r in enumerate(dups.rows) if r.full_name == "Tran Thi Hoa")
    assert dups.setData(dups.index(tran, DECISION_COLUMN), Decision.SKIP.value)
    assert not dups.setData(dups.index(tran, DECISION_COLUMN), "explode")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)

    # batch details from the title rows, editable
    assert page.step == wizard.STEP_BATCH
    assert page.reference.text() == "VN5087" and page.origin.text() == "Brunei"
    assert page.arrival.date().toString("dd/MM/yyyy") == "29/07/2020"
    page.entry_point.setText("Cảng hàng không quốc tế Cần Thơ")
    with qtbot.waitSignal(window.bus.changed, timeout=30_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)

    assert page.step == wizard.STEP_RESULT
    assert "Đã nhập 2 người" in page.result_text.text()
    assert "Gộp 2 dòng" in page.result_text.text()
    [batch] = services.batches.list()
    assert (batch.reference, batch.origin, batch.arrival_date, batch.people) == (
        "VN5087", "Brunei", date(2020, 7, 29), 2)
    stored = {r.full_name: r for r in services.people.list(PersonFilter())}
    assert set(stored) == {"Nguyễn Văn Đức", "Trần Thị Hòa", "Lê Thị Thuỷ", "Võ Văn Cũ"}
    assert stored["Võ Văn Cũ"].phone == "0911111111"  # merged into the known person
    hoa = stored["Trần Thị Hòa"]  # merged: her passport and phone filled in, nobody added
    assert (hoa.id_number, hoa.phone, hoa.batch_id) == ("C2345678", "0987654321", None)
    # the broadcast reached the people page: it reloads when shown
    assert window.people in window.stale
    window.nav.setCurrentRow(window.pages.index(window.people))
    assert window.people.model.rowCount() == 4 and window.people not in window.stale


def test_unreadable_file_is_one_message_and_nothing_moves(window, qtbot, tmp_path):
    page = window.importer
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    page.open_file(str(bad))
    finish(qtbot, page)
    assert page.step == wizard.STEP_FILE
    assert not page.message.isHidden() and "hỏng" in page.message.text()


def test_mapping_remembered_for_same_headers(window, qtbot, tmp_path):
    page = window.importer
    page.open_file(str(manifest(tmp_path)))
    finish(qtbot, page)
    page.set_field(8, Field.IGNORE)
    page.next()
    finish(qtbot, page)
    page.restart()
    page.open_file(str(manifest(tmp_path, "again.xlsx")))
    finish(qtbot, page)
    assert "đã xác nhận trước đây" in page.memory_note.text()
    assert page.current_mapping()[8] == Field.IGNORE


def analysis_running_until_cancelled(page, qtbot, services, monkeypatch, tmp_path):
    """A manifest opened, and its analysis started in the background, running until cancelled."""
    page.open_file(str(manifest(tmp_path)))
    finish(qtbot, page)
    started = threading.Event()

    def slow_prepare(*args, cancelled, **kwargs):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        raise Cancelled

    monkeypatch.setattr(services.imports, "prepare", slow_prepare)
    page.next()
    assert started.wait(10)


def test_cancel_during_analysis_writes_nothing(window, qtbot, services, monkeypatch, tmp_path):
    page = window.importer
    analysis_running_until_cancelled(page, qtbot, services, monkeypatch, tmp_path)
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.step == wizard.STEP_COLUMNS
    assert "Đã hủy" in page.message.text()
    assert services.batches.list() == []


def test_cancelled_commit_rolls_back(services, tmp_path):
    path = manifest(tmp_path)
    prepared = services.imports.prepare(services.imports.read(path), today=TODAY)
    with pytest.raises(Cancelled):
        services.imports.commit(prepared, BatchDetails(arrival_date=TODAY),
                                cancelled=lambda: True)
    assert services.batches.list() == [] and services.people.list() == []


def test_save_error_rows_from_the_preview(window, qtbot, monkeypatch, tmp_path):
    page = window.importer
    page.open_file(str(manifest(tmp_path)))
    finish(qtbot, page)
    page.next()
    finish(qtbot, page)
    out = tmp_path / "loi"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.errors_button, Qt.MouseButton.LeftButton)
    rows = list(openpyxl.load_workbook(f"{out}.xlsx").active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][1] == "Phạm Văn Lỗi"


def test_wizard_models_pass_modeltester(qtmodeltester, services, tmp_path):
    prepared = services.imports.prepare(services.imports.read(manifest(tmp_path)), today=TODAY)
    preview = PreviewModel()
    preview.set_rows(prepared.analysis.rows)
    qtmodeltester.check(preview)
    dups = DuplicatesModel()
    dups.set_prepared(prepared)
    qtmodeltester.check(dups)


def test_dropping_a_file_opens_it(window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    page = window.importer
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(manifest(tmp_path)))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    page.drop.dropEvent(event)
    finish(qtbot, page)
    assert page.step == wizard.STEP_COLUMNS
    assert page.sheet_combo.currentText() == "Danh sách"


def test_households_from_the_file_are_joined_and_split_in_the_preview(window, qtbot, services,
                                                                     monkeypatch, tmp_path):
    commune = "P. An Hòa, Q. Ninh Kiều, TP Cần Thơ"
    path = write_xlsx(tmp_path / "ho.xlsx", [
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ",
         "Quan hệ với chủ hộ"],
        [1, "Nguyễn Văn Đức", "02/01/1980", "Nam", "B1000001", commune, "Chủ hộ"],
        [2, "Trần Thị Hòa", "06/05/1983", "Nữ", "B1000002", commune, "Vợ"],
        [3, "Lê Văn Hùng", "01/01/1990", "Nam", "B1000003", commune, None],
        [4, "Phạm Thị Lan", "01/01/1992", "Nữ", "B1000004", commune, None],
    ])
    page = window.importer
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.current_mapping()[6] == Field.RELATION
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.step == wizard.STEP_PREVIEW
    model = page.preview_model
    column = model.HEADERS.index("Hộ")

    def households():
        return [model.data(model.index(r, column)) for r in range(model.rowCount())]

    assert households() == ["Hộ 1", "Hộ 1", None, None]  # strangers at one commune: none

    def choose(*rows):
        page.preview.clearSelection()
        selection = page.preview.selectionModel()
        for r in rows:
            selection.select(model.index(r, 0), selection.SelectionFlag.Select
                             | selection.SelectionFlag.Rows)

    choose(2, 3)  # the operator knows these two are a couple
    qtbot.mouseClick(page.join_button, Qt.MouseButton.LeftButton)
    assert households() == ["Hộ 1", "Hộ 1", "Hộ 2", "Hộ 2"]
    choose(1)  # and that she is not his wife after all
    qtbot.mouseClick(page.leave_button, Qt.MouseButton.LeftButton)
    # the one left of the split household is no household, as the import stores it
    assert households() == [None, None, "Hộ 1", "Hộ 1"]

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)  # no duplicates: batch
    if page.step == wizard.STEP_DUPLICATES:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.bus.changed, timeout=30_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    stored = {r.full_name: r.household for r in services.people.list(PersonFilter())}
    assert stored["Lê Văn Hùng"] == stored["Phạm Thị Lan"] is not None
    assert stored["Trần Thị Hòa"] is None
    assert stored["Nguyễn Văn Đức"] is None  # a household of one is no household


def test_a_manifest_joins_the_batch_announced_for_it(window, qtbot, services, monkeypatch,
                                                     tmp_path):
    announced = services.batches.announce(kind="flight", reference="VN5087",
                                          arrival_date=date(2020, 7, 29), expected=5)
    page = window.importer
    path = manifest(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    while page.step != wizard.STEP_BATCH:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        finish(qtbot, page)
    page.announced.setCurrentIndex(page.announced.findData(announced))
    assert not page.arrival.isEnabled()  # the announced batch's own details
    with qtbot.waitSignal(window.bus.changed, timeout=30_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.result.batch_id == announced
    assert "Đợt đã báo trước: dự kiến 5, danh sách" in page.result_text.text()
    [batch] = services.batches.list()
    assert batch.id == announced and batch.people == page.result.imported


def test_closing_the_window_during_an_import_asks_and_says_what_happens(
        window, qtbot, services, monkeypatch, tmp_path, answers):
    page = window.importer
    analysis_running_until_cancelled(page, qtbot, services, monkeypatch, tmp_path)
    answers.next(accept=False)  # «Tiếp tục nhập»: the window stays, the import goes on
    assert not window.close()
    assert window.isVisible() and page.job is not None
    assert "hủy việc nhập" in answers.asked[0]
    assert answers.buttons[0] == ["Hủy nhập và đóng", "Tiếp tục nhập"]
    answers.next()  # «Hủy nhập và đóng»
    assert window.close()
    assert page.job is None or page.job.isFinished()
    assert services.batches.list() == []


# -- a file whose header the program does not recognise ---------------------------------

UNKNOWN = [["Col1", "Col2", "Col3", "Col4", "Col5", "Col6"],
           [1, "Nguyễn Văn An", "Nam", "12/05/1985", "C1234567", "Malaysia"],
           [2, "Trần Thị Bình", "Nữ", "03/09/1990", "C7654321", "Malaysia"]]
KOREAN = [["번호", "성명", "성별", "생년월일", "여권번호", "국적"],
          [1, "Lê Văn Cường", "남", "01/02/1980", "C1111111", "Hàn Quốc"],
          [2, "Phạm Thị Dung", "여", "02/03/1985", "C2222222", "Hàn Quốc"]]


def map_columns(page, fields):
    for column, field in fields.items():
        page.set_field(column, field)


def test_unknown_headers_import_by_mapping_the_columns(window, qtbot, services, tmp_path):
    page = window.importer
    page.open_file(str(write_xlsx(tmp_path / "malaysia.xlsx", UNKNOWN)))
    finish(qtbot, page)
    # nothing recognised: the columns step says so and shows every column to map
    assert page.step == wizard.STEP_COLUMNS
    assert "Không tìm thấy dòng tiêu đề" in page.message.text()
    assert page.columns_table.rowCount() == 6
    assert page.columns_table.item(1, 2).text() == "Nguyễn Văn An | Trần Thị Bình"
    # reading the header again is one message, not the unexpected-error dialog
    qtbot.mouseClick(page.redetect_button, Qt.MouseButton.LeftButton)
    assert page.step == wizard.STEP_COLUMNS and page.columns_table.rowCount() == 6

    map_columns(page, {0: Field.SEQ, 1: Field.FULL_NAME, 2: Field.SEX, 3: Field.DATE_OF_BIRTH,
                       4: Field.PASSPORT, 5: Field.NATIONALITY})
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.step == wizard.STEP_PREVIEW, page.message.text()
    assert "2 dòng hợp lệ" in page.summary.text()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == wizard.STEP_BATCH
    with qtbot.waitSignal(window.bus.changed, timeout=30_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    stored = {p.full_name: p for p in services.people.list(PersonFilter())}
    assert stored["Nguyễn Văn An"].id_number == "C1234567"
    assert (stored["Trần Thị Bình"].sex, stored["Trần Thị Bình"].nationality) == ("F", "Malaysia")

    # the same headers next time: the mapping is remembered, the header found
    page.restart()
    page.open_file(str(write_xlsx(tmp_path / "malaysia-2.xlsx",
                                  [UNKNOWN[0], [1, "Võ Thị Em", "Nữ", "01/01/2000", "C3", "MY"]])))
    finish(qtbot, page)
    assert "đã xác nhận trước đây" in page.memory_note.text()
    assert page.current_mapping()[1] == Field.FULL_NAME


def test_header_row_chosen_below_a_title(window, qtbot, services, tmp_path):
    page = window.importer
    path = write_xlsx(tmp_path / "korea.xlsx", KOREAN, title=["승객 명단 – KE479", ""])
    page.open_file(str(path))
    finish(qtbot, page)
    # nothing recognised: the widest row with a row under it is proposed, below the title
    assert page.header_spin.value() == 3 and page.columns_table.item(1, 1).text() == "성명"
    page.header_spin.setValue(1)  # the operator can point elsewhere …
    assert page.columns_table.item(0, 1).text() == "승객 명단 – KE479"
    page.header_spin.setValue(3)  # … and back at the header row
    assert page.columns_table.item(1, 1).text() == "성명"
    map_columns(page, {1: Field.FULL_NAME, 3: Field.DATE_OF_BIRTH, 4: Field.PASSPORT})
    page.next()
    finish(qtbot, page)
    assert page.step == wizard.STEP_PREVIEW, page.message.text()
    assert [r.full_name for r in page.preview_model.rows] == ["Lê Văn Cường", "Phạm Thị Dung"]
    # a header row beyond the sheet is refused in one line; the columns stay
    page.header_spin.setMaximum(99)
    page.go(wizard.STEP_COLUMNS)
    page.header_spin.setValue(50)
    assert "không có dòng tiêu đề 50" in page.message.text()
    assert page.columns_table.rowCount() == 6


def test_the_preview_shows_the_vaccination_status_on_arrival(window, qtbot, monkeypatch,
                                                             tmp_path):
    """A 2021 list: the status each row gives on the day its title names, and what was read;
    the unreadable cell warned on, its person kept."""
    from tests.services.test_person_record import HEADER as HEADER_2021
    from tests.services.test_person_record import ROWS as ROWS_2021

    page = window.importer
    path = write_xlsx(tmp_path / "vn5087.xlsx", [HEADER_2021, *ROWS_2021],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 INCHEON – CẦN THƠ",
                             "Ngày 20/11/2021"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.current_mapping()[8] == Field.VACCINATION
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    finish(qtbot, page)
    assert page.step == wizard.STEP_PREVIEW
    model = page.preview_model
    shown = {r.full_name: model.data(model.index(i, VACCINATION_COLUMN))
             for i, r in enumerate(model.rows)}
    assert shown["Nguyễn Văn Đức"] == "Đã tiêm đủ liều: 2 mũi, Pfizer, mũi cuối 01/09/2021"
    assert shown["Lê Văn An"] == "Chưa tiêm"
    assert shown["Phạm Thị Lan"] == "Đã khỏi bệnh: khỏi bệnh 15/08/2021"
    assert shown["Bùi Văn Ngọc"] == ""
    ngoc = next(i for i, r in enumerate(model.rows) if r.full_name == "Bùi Văn Ngọc")
    assert "không đọc được thông tin tiêm chủng" in model.data(model.index(ngoc, 2))


def test_a_household_value_on_one_row_alone_shows_no_household(qtbot):
    """«Chuyên gia» in a column mapped as household, on one person: no household of one."""
    from quarantine_desk.importing.manifest import ParsedRow
    from quarantine_desk.ui.models.import_preview import HOUSEHOLD_COLUMN

    rows = [ParsedRow(row_number=4, raw=[], full_name="Kim Min Jun",
                      household_key="g:chuyen gia", household_label="Chuyên gia"),
            ParsedRow(row_number=5, raw=[], full_name="Nguyễn Văn Đức", household_key="g:1"),
            ParsedRow(row_number=6, raw=[], full_name="Nguyễn Thị Lan", household_key="g:1")]
    model = PreviewModel()
    model.set_rows(rows)
    shown = [model.data(model.index(r, HOUSEHOLD_COLUMN)) for r in range(3)]
    assert shown == [None, "Hộ 1", "Hộ 1"]


