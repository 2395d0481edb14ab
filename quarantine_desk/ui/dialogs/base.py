"""A form dialog: fields in a form, one error line beside them, Save and Cancel.

Subclasses add rows and implement `apply()`, which calls a service; a
ServiceError's message is shown in the dialog and nothing closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.services.errors import FieldError, ServiceError

_ERROR_STYLE = "color: #b00020;"


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    value = value or date.today()
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def date_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class FormDialog(QDialog):
    save_text = "Lưu"

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
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.save_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Hủy")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.fields: dict[str, tuple[QWidget, QLabel]] = {}

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        """A labelled input; with a field name, a refusal of its value shows right under it."""
        self.form.addRow(label, widget)
        if field is None:
            return
        message = QLabel()
        message.setObjectName(f"error_{field}")
        message.setStyleSheet(_ERROR_STYLE)
        message.setWordWrap(True)
        self.form.addRow("", message)
        self.form.setRowVisible(message, False)
        self.fields[field] = (widget, message)

    def field_error(self, field: str) -> str:
        """The message shown beside a field ("" when none)."""
        widget_message = self.fields.get(field)
        return widget_message[1].text() if widget_message else ""

    def _clear_errors(self) -> None:
        self.error.hide()
        self.error.clear()
        for widget, message in self.fields.values():
            message.clear()
            self.form.setRowVisible(message, False)
            widget.setStyleSheet("")

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def apply(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self._clear_errors()
        try:
            self.apply()
        except FieldError as exc:
            if exc.field not in self.fields:
                self._show_error(str(exc))
                return
            widget, message = self.fields[exc.field]
            message.setText(str(exc))
            self.form.setRowVisible(message, True)
            widget.setStyleSheet("border: 1px solid #b00020;")
            widget.setFocus()
            return
        except ServiceError as exc:
            self._show_error(str(exc))
            return
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str) -> str | None:
    """The system's save dialog; the suffix (".xlsx", ".pdf") is added when left out."""
    from PySide6.QtWidgets import QFileDialog

    kind = {".xlsx": "Excel", ".pdf": "PDF"}.get(suffix, suffix)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix
