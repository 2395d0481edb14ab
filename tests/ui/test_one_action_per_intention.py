"""Actions on a selection act once per intention, on the people chosen, and say what they did.

A fast double click used to act twice: the list shrank after the first click, the selection
stayed on the same rows (now other people), and the second click acted on them.
"""

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from quarantine_desk.services.people import PersonFilter
from quarantine_desk.storage.models import TestResult

from .conftest import ARRIVED, TODAY
from .test_operations_gui import admit_all, person_id, select_people


def double_click(qtbot, button):
    """What a fast double click delivers: two clicks, the second queued while the first
    click's action runs."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def all_tested_negative(services):
    admit_all(services)
    for name in ("Nguyễn Văn Đức", "Trần Thị Hòa", "Lê Văn An"):
        services.health.record_test(person_id(services, name), TODAY - timedelta(days=1), "pcr",
                                    "negative")


def released_names(services):
    return sorted(p.full_name for p in services.people.list(PersonFilter(status="released")))


def select_in_table(table, names):
    flags = table.selectionModel().SelectionFlag
    table.clearSelection()
    for r in range(table.rowCount()):
        if table.item(r, 0).text() in names:
            table.selectionModel().select(table.model().index(r, 0), flags.Select | flags.Rows)


def test_double_click_on_release_page_releases_the_chosen_person_once(
        window, qtbot, services_with_site, answers):
    services = services_with_site
    all_tested_negative(services)
    page = window.releases
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    first = page.table.item(0, 0).text()
    page.table.selectRow(0)
    answers.next()
    double_click(qtbot, page.release_button)
    qtbot.wait(50)
    assert released_names(services) == [first]
    assert len(answers.asked) == 1 and first in answers.asked[0]
    assert page.outcome.text().startswith(f"Đã cho về 1 người ({first}: giấy số 01/GXN-QS)")
    # the released person left the list; nobody else took over the selection
    assert page.table.selectionModel().selectedRows() == []
    assert not page.release_button.isEnabled()


def test_refused_confirmation_releases_nobody(window, qtbot, services_with_site, answers):
    services = services_with_site
    all_tested_negative(services)
    page = window.releases
    page.refresh()
    page.table.selectAll()
    answers.next(accept=False)
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert released_names(services) == []
    assert "Cho 3 người hoàn thành cách ly" in answers.asked[0]
    assert page.release_button.isEnabled()  # the people are still chosen, for another try


def test_double_click_on_tests_due_records_one_result(window, qtbot, services_with_site, db):
    services = services_with_site
    admit_all(services)
    page = window.daily
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    page.when.setDate(ARRIVED + timedelta(days=6))  # day 7: everyone has a test due
    assert page.tests.rowCount() == 3
    page.tests.selectRow(0)
    chosen = page.tests.item(0, 0).text()
    page.outcome.setCurrentIndex(page.outcome.findData("negative"))
    double_click(qtbot, page.record_button)
    qtbot.wait(50)
    with db.read() as session:
        tested = session.query(TestResult.person_id).all()
    assert [pid for (pid,) in tested] == [person_id(services, chosen)]
    assert page.tests.rowCount() == 2
    assert page.tests.selectionModel().selectedRows() == []
    assert page.tests_outcome.text() == (
        f"Đã ghi kết quả «Âm tính» (RT-PCR) cho 1 người ({chosen}).")


def test_people_page_selection_follows_the_people_and_release_asks(
        window, qtbot, services_with_site, answers):
    services = services_with_site
    all_tested_negative(services)
    page = window.people
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    select_people(page, {"Trần Thị Hòa", "Lê Văn An"})
    # Lê Văn An cannot go: his planned date is moved on, so the result is partial
    an = person_id(services, "Lê Văn An")
    services.stay_changes.change_planned_date(an, TODAY + timedelta(days=3), "tiếp xúc gần F0")
    page.refresh()  # another desk's change arrives: the same two people stay selected
    assert sorted(p.full_name for p in page.selected_people()) == ["Lê Văn An", "Trần Thị Hòa"]
    answers.next()
    double_click(qtbot, page.release_button)
    qtbot.wait(50)
    assert len(answers.asked) == 1
    # the question offers the one who can go, and names the other with the reason
    assert "Cho 1 người hoàn thành cách ly" in answers.asked[0]
    assert "Không cho về được 1 người:\n• Lê Văn An – chưa đến ngày" in answers.asked[0]
    assert released_names(services) == ["Trần Thị Hòa"]
    text = page.outcome.text()
    assert text.startswith("Đã cho về 1 người (Trần Thị Hòa: giấy số 01/GXN-QS); "
                           "1 người chưa đủ điều kiện: Lê Văn An – chưa đến ngày")
    # the selection is still on the same two people, wherever their rows went
    assert sorted(p.full_name for p in page.selected_people()) == ["Lê Văn An", "Trần Thị Hòa"]


def test_a_new_click_after_the_double_click_interval_acts_again(
        window, qtbot, services_with_site, answers):
    services = services_with_site
    all_tested_negative(services)
    page = window.releases
    page.refresh()
    select_in_table(page.table, {"Nguyễn Văn Đức"})
    answers.next()
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    select_in_table(page.table, {"Trần Thị Hòa"})
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    answers.next()
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert released_names(services) == ["Nguyễn Văn Đức", "Trần Thị Hòa"]


def test_every_action_on_a_selection_is_guarded_against_double_clicks(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    from quarantine_desk.ui.actions import ActOnce, act_once

    people = window.people
    guarded = [people.edit_button, people.admit_button, people.test_button,
               people.transfer_button, people.date_button, people.release_button,
               people.case_button, people.abscond_button, window.releases.release_button,
               window.releases.override_button, window.daily.record_button]
    for button in guarded:
        assert button.findChildren(ActOnce), button.text()
    runs = []
    button = QPushButton("x")
    qtbot.addWidget(button)
    act_once(button, lambda: runs.append(1))
    double_click(qtbot, button)
    assert runs == [1]


def test_sorting_the_people_list_keeps_the_people_selected(window, qtbot, services_with_site):
    services = services_with_site
    admit_all(services)
    page = window.people
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    chosen = {"Lê Văn An", "Nguyễn Văn Đức"}  # the first two rows: not the last two
    select_people(page, chosen)
    header = page.table.horizontalHeader()

    def names():
        return [page.model.person(r).full_name for r in range(page.model.rowCount())]

    before = names()
    for step, column in enumerate((0, 0, 1, 0)):
        # a click on a column's header sorts by it (again: the other way), as the operator does
        where = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        if step == 0:
            assert names() == list(reversed(before))  # by name, the other way
        assert {p.full_name for p in page.selected_people()} == chosen, (column, names())
        assert len(page.table.selectionModel().selectedRows()) == 2
