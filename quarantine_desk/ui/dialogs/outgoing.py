"""«Sổ đăng ký văn bản đi»: every paper that went out, by year, with an export to Excel."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.register import KIND_NAMES
from quarantine_desk.ui.files import ask_save_path


class OutgoingPapersDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("Sổ đăng ký văn bản đi"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.year = QComboBox()
        self.year.addItem(tr("Mọi năm"), None)
        for year in services.register.years():
            self.year.addItem(str(year), year)
        if self.year.count() > 1:
            self.year.setCurrentIndex(1)
        self.kind = QComboBox()
        self.kind.addItem(tr("Mọi loại"), None)
        for code, name in KIND_NAMES.items():
            self.kind.addItem(tr(name), code)
        bar.addWidget(QLabel(tr("Năm:")))
        bar.addWidget(self.year)
        bar.addWidget(QLabel(tr("Loại:")))
        bar.addWidget(self.kind)
        bar.addStretch(1)
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            tr("Số, ký hiệu"), tr("Ngày"), tr("Loại"), tr("Trích yếu"), tr("Người ký"),
            tr("Số lần in")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.currentIndexChanged.connect(self.load)
        self.kind.currentIndexChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        rows = self.services.register.list(self.year.currentData(), self.kind.currentData())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate([row.number, f"{row.date:%d/%m/%Y}", row.kind_name,
                                      row.summary, row.signer, str(row.printed)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.message.setText(tr("{n} văn bản.", n=len(rows)))

    def export(self) -> None:
        year = self.year.currentData()
        name = f"so-van-ban-di-{year}.xlsx" if year else "so-van-ban-di.xlsx"
        path = ask_save_path(self, tr("Xuất sổ văn bản đi"), name, ".xlsx")
        if path is None:
            return
        try:
            what = self.services.papers.export_register(path, year, force=True)
        except (ServiceError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(tr("Đã xuất ra {output}: {what}", output=path, what=what))
