"""The screenshot script behind the README and the operator guide runs on the current code."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from quarantine_desk.ui.widgets.fitting import clipped_texts

SCRIPT = Path(__file__).resolve().parents[2] / "docs" / "make_screenshots.py"


def _script():
    spec = importlib.util.spec_from_file_location("make_screenshots", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("lang", "folder", "small"),
                         [("vi", "", False), ("en", "en", False), ("vi", "1024x600", True)])
def test_screenshot_script_makes_every_screen(qtbot, tmp_path, lang, folder, small):
    module = _script()
    size = module.SMALL if small else module.SIZE
    clipped: list[str] = []
    made = module.make(tmp_path, lang, size, clipped)
    committed = SCRIPT.parent / "screenshots" / folder
    assert [p.name for p in made] == sorted(p.name for p in committed.glob("*.png"))
    for path in made:
        image = QImage(str(path))
        assert (image.width(), image.height()) == size  # no window wider than the screen
    assert clipped == []  # every label and button whole, at every size


def test_the_clipping_check_sees_a_cut_label_and_button(qtbot):
    """The check above would see a cut text: a label and a button narrower than their words,
    and a wrapped label shorter than its lines."""
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    label, button = QLabel("Giường còn trống (cơ sở đang hoạt động)"), QPushButton("Cho về…")
    wrapped = QLabel("Quá ngày dự kiến, chưa kết thúc, một dòng rất dài " * 3)
    wrapped.setWordWrap(True)
    for widget in (label, button, wrapped):
        layout.addWidget(widget)
    root.show()
    assert clipped_texts(root) == []
    label.setFixedWidth(60)
    button.setFixedWidth(30)
    wrapped.setFixedSize(120, 20)
    found = " ".join(clipped_texts(root))
    assert "Giường còn trống" in found and "Cho về" in found and "Quá ngày" in found
