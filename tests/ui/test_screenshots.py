"""The screenshot script behind the README and the operator guide runs on the current code."""

import pytest
from PySide6.QtGui import QImage


@pytest.mark.parametrize(("lang", "folder"), [("vi", ""), ("en", "en")])
def test_screenshot_script_makes_every_screen(qtbot, tmp_path, lang, folder):
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "docs" / "make_screenshots.py"
    spec = importlib.util.spec_from_file_location("make_screenshots", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.make(tmp_path, lang)
    committed = Path(script).parent / "screenshots" / folder
    assert [p.name for p in made] == sorted(p.name for p in committed.glob("*.png"))
    for path in made:
        image = QImage(str(path))
        assert (image.width(), image.height()) == module.SIZE
