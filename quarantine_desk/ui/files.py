"""Choosing files to open and places to save.

Qt's own file dialog is used on every system, so that it speaks the interface language (its
words come from our Vietnamese catalog; the system's dialog follows the system's language,
often English on an office PC). It opens in the folder used last, else the documents folder,
never the program's own folder; suggested names are Vietnamese without diacritics
(«danh-sach-nguoi-dang-cach-ly-2026-12-01.pdf»).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from quarantine_desk.domain.names import fold
from quarantine_desk.i18n import tr
from quarantine_desk.ui.remembered import recall, remember

LAST_FOLDER = "files/last_folder"
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def start_folder() -> Path:
    """The folder a file was last opened from or saved to, else the user's documents."""
    last = recall(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(path: str) -> None:
    remember({LAST_FOLDER: str(Path(path).parent)})


def ask_open_path(parent: QWidget, title: str, name_filter: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), name_filter,
                                          options=OPTIONS)
    if not path:
        return None
    remember_folder(path)
    return path


def ask_save_path(parent: QWidget, title: str, suggested: str, suffix: str) -> str | None:
    """Where to save; the suffix (".xlsx", ".pdf") is added when left out."""
    kind = {".xlsx": "Excel", ".pdf": "PDF"}.get(suffix, suffix)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / suggested),
                                          f"{kind} (*{suffix})", options=OPTIONS)
    if not path:
        return None
    remember_folder(path)
    if path.lower().endswith(suffix):
        return path  # the dialog itself asked before replacing a file of this name
    path += suffix
    if Path(path).exists() and QMessageBox.question(
            parent, title, tr("Tệp {path} đã có. Ghi đè?", path=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
        return None
    return path


def file_name(title: str, on: date | None, suffix: str) -> str:
    """«Danh sách người đang cách ly», 1/12/2026, ".pdf"
    → danh-sach-nguoi-dang-cach-ly-2026-12-01.pdf"""
    title = re.sub(r"\(.*?\)", "", title)  # «(mọi người cho về trong ngày)» is not a name
    slug = re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-")
    return f"{slug}-{on:%Y-%m-%d}{suffix}" if on else f"{slug}{suffix}"
