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

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import FieldError, ServiceError

ERROR_STYLE = "color: #b00020;"  # refusals and errors, wherever they are shown


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
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr(self.save_text))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Hủy"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
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


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str) -> str | None:
    """The system's save dialog; the suffix (".xlsx", ".pdf") is added when left out."""
    from PySide6.QtWidgets import QFileDialog

    kind = {".xlsx": "Excel", ".pdf": "PDF"}.get(suffix, suffix)
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not path:
        return None
    return path if path.lower().endswith(suffix) else path + suffix
