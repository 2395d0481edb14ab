"""GUI tests: collect the widgets a test left behind on the GUI thread, as the program does."""

import gc

import pytest


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread(qtbot):  # noqa: ANN001
    yield
    gc.collect()
