"""Starting the window on an encrypted database this PC has no key for: it asks for the
recovery key, says when one is wrong, and opens with the right one."""

import re

from PySide6.QtWidgets import QInputDialog, QMessageBox

from quarantine_desk.app import main
from quarantine_desk.ui import launcher


def test_the_window_asks_for_the_recovery_key_once_and_opens(qtbot, db_path, capsys,
                                                             monkeypatch, tmp_path):
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "encrypt"]) == 0
    [key] = re.findall(r"([0-9A-F]{4}(?:-[0-9A-F]{4}){15})", capsys.readouterr().out)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-pc"))  # no key here
    typed = iter([("0" * 64, True), (key, True)])
    asked: list[str] = []
    warned: list[str] = []

    def get_text(parent, title, label, echo):  # noqa: ANN001, ANN202
        asked.append(label)
        return next(typed)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text: warned.append(text)))
    db = launcher.open_or_ask(str(db_path))
    try:
        assert db is not None and db.key is not None
        assert len(asked) == 2 and "được mã hóa và máy này không có khóa" in asked[0]
        assert warned == ["Khóa không mở được qd.sqlite3 (khóa của một cơ sở dữ liệu khác, "
                          "hoặc gõ sai)."]
    finally:
        if db is not None:
            db.close()
    again = launcher.open_or_ask(str(db_path))  # the desk kept the key: no question
    assert again is not None and len(asked) == 2
    again.close()


def test_giving_up_on_the_key_opens_nothing(qtbot, db_path, capsys, monkeypatch, tmp_path):
    assert main(["--db", str(db_path), "encrypt"]) == 0
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-pc"))
    monkeypatch.setattr(QInputDialog, "getText",
                        staticmethod(lambda *args: ("", False)))
    assert launcher.open_or_ask(str(db_path)) is None
