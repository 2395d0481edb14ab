"""A form dialog: fields in a form, one error line beside them, Save and Cancel.

Subclasses add rows and implement `apply()`, which calls a service; a
ServiceError's message is shown in the dialog and nothing closes.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import FieldError, ServiceError

ERROR_STYLE = "color: #b00020;"  # refusals and errors, wherever they are shown
OK_STYLE = "color: #2e7d32;"  # a check passed: what will be done


TYPED_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})")


def typed_date(text: str) -> date | None:
    """A date typed whole, as people type it: 01122026, 011226, 1/12/2026, 01.12.2026,
    1-12-26 (two-digit years are 20yy); None when it is no date."""
    text = text.strip()
    if text.isdigit() and len(text) in (6, 8):
        day, month, year = text[:2], text[2:4], text[4:]
    elif (match := TYPED_DATE.fullmatch(text)) is not None:
        day, month, year = match.groups()
    else:
        return None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:
        return None


class DateEdit(QDateEdit):
    """A date field that also takes a date typed whole after select-all (or a click that
    selects it all): the digits are kept as typed until Enter, Tab or leaving the field, then
    read by `typed_date`; a text that is no date puts the previous date back."""

    def __init__(self) -> None:
        super().__init__()
        self.typing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        edit, char = self.lineEdit(), event.text()
        if char and (char.isdigit() or char in "/.-"):
            if not self.typing and edit.hasSelectedText() and edit.selectedText() == edit.text():
                self.typing = True
                self._typed(char)
                return
            if self.typing:
                self._typed(edit.text() + char)
                return
        if self.typing and event.key() == Qt.Key.Key_Backspace:
            self._typed(edit.text()[:-1])
            return
        if self.typing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_typing()
        elif self.typing and event.key() == Qt.Key.Key_Escape:
            self.typing = False
            self._show_date()
            return
        super().keyPressEvent(event)

    def _typed(self, text: str) -> None:
        """Show the text as typed; the field does not read it as sections meanwhile."""
        edit = self.lineEdit()
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.commit_typing()
        super().focusOutEvent(event)

    def commit_typing(self) -> None:
        """Take what was typed whole, if anything."""
        if not self.typing:
            return
        self.typing = False
        value = typed_date(self.lineEdit().text())
        if value is not None:
            self.setDate(QDate(value.year, value.month, value.day))
        self._show_date()

    def _show_date(self) -> None:
        self._typed(self.textFromDateTime(self.dateTime()))


def date_edit(value: date | None = None) -> DateEdit:
    edit = DateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    value = value or date.today()
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    if isinstance(edit, DateEdit):
        edit.commit_typing()  # a date typed whole, not yet confirmed by Enter or Tab
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _changed_signal(widget: QWidget) -> object | None:
    """The signal a person's correction of this field sends."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    return None


def _grow_to_fit(message: QLabel) -> None:
    """A dialog grows so that a message of several lines shows whole, with its diacritics."""
    window = message.window()
    if isinstance(window, QDialog):
        window.layout().activate()
        window.resize(window.width(), max(window.height(), window.sizeHint().height()))


class FieldMessages:
    """Messages under the fields of a form: a refused value (FieldError) is shown right under
    its field, which gets a red border and the focus. Used by dialogs and by pages."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add(self, field: str, widget: QWidget) -> None:
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setStyleSheet(ERROR_STYLE)
        message.setWordWrap(True)
        self.form.addRow("", message)
        self.form.setRowVisible(message, False)
        self.fields[field] = (widget, message)
        changed = _changed_signal(widget)
        if changed is not None:  # a corrected value takes its message away
            changed.connect(lambda *_: self.clear_field(field))

    def clear_field(self, field: str) -> None:
        widget, message = self.fields[field]
        if message.text():
            message.clear()
            self.form.setRowVisible(message, False)
            widget.setStyleSheet("")

    def text(self, field: str) -> str:
        widget_message = self.fields.get(field)
        return widget_message[1].text() if widget_message else ""

    def clear(self) -> None:
        for widget, message in self.fields.values():
            message.clear()
            self.form.setRowVisible(message, False)
            widget.setStyleSheet("")

    def show(self, exc: ServiceError) -> bool:
        """Show a refusal under its field; False when it names no field of this form."""
        if not isinstance(exc, FieldError) or exc.field not in self.fields:
            return False
        widget, message = self.fields[exc.field]
        message.setText(str(exc))
        self.form.setRowVisible(message, True)
        widget.setStyleSheet("border: 1px solid #b00020;")
        widget.setFocus()
        _grow_to_fit(message)
        return True


class FormDialog(QDialog):
    save_text = QT_TR_NOOP("Lưu")

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.hide()
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # the action's own name («Đăng nhập», «Nhận vào»), without the floppy-disk icon of
        # Qt's Save button, which fits only saving
        self.save_button = self.buttons.addButton(tr(self.save_text),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter anywhere in the form does the form's action, Escape cancels: the default
        # is set once the button is inside this dialog (before, the dialog never heard of
        # it and made the first button, «Hủy», its default)
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.setMinimumWidth(460)
        self.messages = FieldMessages(self.form)
        self.fields = self.messages.fields

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled input; with a field name, a refusal of its value shows right under it."""
        self.form.addRow(label, widget)
        if field is not None:
            self.messages.add(field, widget)

    def field_error(self, field: str) -> str:
        """The message shown beside a field ("" when none)."""
        return self.messages.text(field)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def apply(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.error.hide()
        self.error.clear()
        self.messages.clear()
        try:
            self.apply()
        except ServiceError as exc:
            if not self.messages.show(exc):
                self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        _grow_to_fit(self.error)
