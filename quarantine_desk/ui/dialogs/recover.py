"""A damaged database at start-up: choose one of the automatic backups to put in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import tr
from quarantine_desk.services.backup import automatic_backups, restore_checked
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.ui.dialogs.base import ERROR_STYLE


def _describe(path: Path) -> str:
    from datetime import datetime

    stamp = path.stem.rsplit("-", 2)
    try:
        when = datetime.strptime(f"{stamp[-2]}-{stamp[-1]}", "%Y%m%d-%H%M%S")
        return f"{when:%d/%m/%Y %H:%M:%S}  ({path.stat().st_size / 1e6:.1f} MB)"
    except (ValueError, IndexError, OSError):
        return path.name


class RecoverDialog(QDialog):
    """Lists the backups beside the damaged file, newest first; restores the chosen one."""

    def __init__(self, message: str, live: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Cơ sở dữ liệu bị hỏng"))
        self.live = live
        self.kept: Path | None = None
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "{message}\n\nChọn một bản sao lưu để khôi phục. Tệp hỏng được giữ "
                "lại bên cạnh (đổi tên thành …replaced-…) để chuyên viên kiểm tra.",
                message=message,
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.list = QListWidget()
        for path in automatic_backups(live):
            item = QListWidgetItem(_describe(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            text.setText(
                tr(
                    "{message}\n\nKhông có bản sao lưu tự động nào trong {value}.",
                    message=message,
                    value=live.parent / "backups",
                )
            )
        layout.addWidget(self.list)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            tr("Khôi phục bản đã chọn"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(self.list.count() > 0)
        buttons.addButton(tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def restore(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        try:
            # the checks of every restore, the audit trail's too (services/backup.py)
            self.kept = restore_checked(Path(item.data(Qt.ItemDataRole.UserRole)), self.live)
        except ServiceError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
