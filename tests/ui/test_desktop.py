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


@pytest.fixture
def window(qtbot, services_with_site):
    w = MainWindow(services_with_site, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    return w


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
