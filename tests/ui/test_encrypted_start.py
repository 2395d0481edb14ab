"""Starting the window on an encrypted database this PC has no key for: it asks for the
recovery key, says when one is wrong, and opens with the right one."""

import re

from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

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

    def ask_key(message):  # noqa: ANN001, ANN202
        asked.append(message)
        return next(typed)

    monkeypatch.setattr(launcher, "ask_key", ask_key)
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
    monkeypatch.setattr(launcher, "ask_key", lambda message: ("", False))
    assert launcher.open_or_ask(str(db_path)) is None


def test_the_key_question_wraps_its_long_sentence(qtbot, monkeypatch):
    seen = {}

    def answer(dialog):  # noqa: ANN001, ANN202
        label = dialog.findChild(QLabel)
        seen["wrap"], seen["width"] = label.wordWrap(), dialog.sizeHint().width()
        dialog.setTextValue("ABCD")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    assert launcher.ask_key("Cơ sở dữ liệu " + "/rất/dài" * 40 + " được mã hóa.") == ("ABCD", True)
    assert seen["wrap"] and seen["width"] < 900
