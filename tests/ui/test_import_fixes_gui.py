"""The import preview as an operator meets it: a row with an error corrected in place, a
duplicate decided with both records in view, a corrected file added to its own batch."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.ui.main_window import MainWindow
from quarantine_desk.ui.models.import_preview import DECISION_COLUMN
from quarantine_desk.ui.pages import import_page as wizard
from tests.importing.manifests import write_xlsx
from tests.services.test_import_corrections import HEAD, details, flight

TODAY = date(2026, 12, 3)


@pytest.fixture
def window(qtbot, services):
    w = MainWindow(services, today=TODAY)
    qtbot.addWidget(w)
    w.resize(1024, 600)
    w.show()
    w.nav.setCurrentRow(w.pages.index(w.importer))
    return w


def open_file(window, qtbot, monkeypatch, path, until=wizard.STEP_PREVIEW):
    page = window.importer
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    while page.step < until:
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.step == until
    return page


def import_now(window, qtbot, page):
    with qtbot.waitSignal(window.bus.changed, timeout=30_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.step == wizard.STEP_RESULT


def test_a_bad_date_is_corrected_in_the_preview_checked_as_typed(window, qtbot, services,
                                                                 monkeypatch, tmp_path):
    page = open_file(window, qtbot, monkeypatch, flight(tmp_path, "vn5087.xlsx"))
    assert "1 dòng lỗi" in page.summary.text()
    model = page.preview_model
    r = next(i for i, row in enumerate(model.rows) if row.errors)
    birth = model.index(r, 4)
    assert not model.flags(model.index(r, 6)) & Qt.ItemFlag.ItemIsEditable  # no phone column
    page.preview.setCurrentIndex(birth)
    page.preview.edit(birth)
    editor = page.preview.findChild(QLineEdit, "correction")
    assert editor is not None and editor.text() == "31/02/2015"  # as the file has it
    editor.selectAll()
    qtbot.keyClicks(editor, "30/02/2015")
    assert "vẫn còn lỗi" in page.correction_note.text()
    editor.selectAll()
    qtbot.keyClicks(editor, "3/2/2015")
    assert "hợp lệ, sẽ được nhập" in page.correction_note.text()
    assert model.rows[r].errors  # nothing changed while typing
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rows[r].valid)
    assert model.data(birth) == "03/02/2015"
    assert "7 dòng hợp lệ, 0 dòng lỗi" in page.summary.text()
    assert "đã sửa khi xem trước" in model.data(model.index(r, 2))
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == wizard.STEP_BATCH
    import_now(window, qtbot, page)
    assert "Đã nhập 7 người" in page.result_text.text()
    child = next(p for p in services.people.list(PersonFilter())
                 if p.full_name == "Nguyễn Ngọc Hân")
    assert child.date_of_birth == date(2015, 2, 3) and child.household is not None


def test_a_duplicate_with_another_birth_asks_and_shows_both_records(
        window, qtbot, services, db, monkeypatch, tmp_path):
    with db.write() as session:
        session.add(new_person(full_name="Trần Văn Bình", sex="M",
                               date_of_birth=date(1975, 4, 30), id_number="B7000001",
                               id_type="passport", phone="0911111111"))
    path = write_xlsx(tmp_path / "ds.xlsx", [
        HEAD,
        [1, "Trần Văn Bình", "30/04/1957", "Nam", "B7000001", "Ấp Mỹ Ái", None],
        [2, "Lê Thị Hồng", "01/01/1990", "Nữ", "B7000002", "Ấp Mỹ Ái", None]])
    page = open_file(window, qtbot, monkeypatch, path, wizard.STEP_DUPLICATES)
    dups = page.duplicates_model
    assert dups.data(dups.index(0, DECISION_COLUMN)) == "Chưa quyết định – hãy chọn"
    assert "khác ngày sinh" in dups.data(dups.index(0, 4))
    # both records side by side, the differing birth marked
    compare = page.compare
    births = (compare.item(1, 1).text(), compare.item(1, 2).text())
    assert births == ("30/04/1957", "30/04/1975") and compare.item(1, 1).font().bold()
    assert compare.item(4, 2).text() == "0911111111"
    assert "Đã có: Trần Văn Bình" in compare.horizontalHeaderItem(2).text()
    # the decision column is in view at 1024×600
    view = page.duplicates
    assert view.columnViewportPosition(DECISION_COLUMN) + view.columnWidth(DECISION_COLUMN) \
        <= view.viewport().width()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == wizard.STEP_DUPLICATES and "Còn 1 dòng chưa quyết định" in \
        page.message.text()
    # opening the box and leaving it decides nothing
    view.edit(dups.index(0, DECISION_COLUMN))
    QApplication.processEvents()
    view.setFocus()
    QApplication.processEvents()
    assert dups.undecided(dups.rows[0])
    assert dups.setData(dups.index(0, DECISION_COLUMN), "skip")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step == wizard.STEP_BATCH


def test_a_corrected_file_goes_into_its_batch_by_default(window, qtbot, services, monkeypatch,
                                                         tmp_path):
    first = services.imports.commit(services.imports.prepare(
        services.imports.read(flight(tmp_path, "first.xlsx")), today=TODAY), details())
    page = open_file(window, qtbot, monkeypatch,
                     flight(tmp_path, "corrected.xlsx", "03/02/2015"), wizard.STEP_BATCH)
    assert "6 người trong tệp đã được nhập vào đợt số 1" in page.summary.text()
    assert page.announced.currentData() == first.batch_id
    assert "đợt của tệp này, đã có 6 người" in page.announced.currentText()
    import_now(window, qtbot, page)
    text = page.result_text.text()
    assert "Đã nhập 1 người vào đợt số 1" in text and "6 dòng đã có trong đợt số 1" in text
    [batch] = services.batches.list()
    assert batch.people == 7
