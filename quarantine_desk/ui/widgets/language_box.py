"""The interface language, chosen at this desk (each language named in itself)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from quarantine_desk.i18n import LANGUAGES, language, tr


class LanguageBox(QComboBox):
    chosen = Signal(str)  # a language code, when the user picks another one

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        self.setCurrentIndex(self.findData(language()))
        self.setToolTip(tr("Ngôn ngữ giao diện ở máy này (giấy tờ in ra luôn bằng tiếng Việt)"))
        self.activated.connect(self._picked)

    def _picked(self, index: int) -> None:
        code = self.itemData(index)
        if code != language():
            self.chosen.emit(code)
        # the language in use, whether the switch happened or was refused
        self.setCurrentIndex(self.findData(language()))
