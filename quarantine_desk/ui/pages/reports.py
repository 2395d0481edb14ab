"""Báo cáo, in ấn: make an official paper in the background, preview it, print or save it."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.papers import EXPORTS, NEEDS_BATCH, NEEDS_PERSON, REPORTS
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.ui.dialogs.base import ask_save_path, date_edit, date_of
from quarantine_desk.ui.workers import Job


class ReportsPage(QWidget):
    title = QT_TR_NOOP("Báo cáo, in ấn")

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.job: Job | None = None
        self.folder = Path(tempfile.mkdtemp(prefix="quarantine-desk-"))
        self.current: Path | None = None
        layout = QHBoxLayout(self)

        side = QVBoxLayout()
        form = QFormLayout()
        self.kind = QComboBox()
        for key, label in REPORTS.items():
            self.kind.addItem(tr(label), key)
        self.facility = QComboBox()
        self.batch = QComboBox()
        self.case = QComboBox()  # the positive case a report is about
        self.when = date_edit(today)
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("VD: 15/BC-BCH"))
        form.addRow(tr("Văn bản:"), self.kind)
        form.addRow(tr("Cơ sở:"), self.facility)
        form.addRow(tr("Đợt đến:"), self.batch)
        form.addRow(tr("Ca dương tính:"), self.case)
        form.addRow(tr("Ngày:"), self.when)
        form.addRow(tr("Số văn bản:"), self.number)
        side.addLayout(form)
        self.make_button = QPushButton(tr("Tạo văn bản"))
        self.make_button.clicked.connect(self.make)
        side.addWidget(self.make_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        side.addWidget(self.progress)
        self.message = QLabel()
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        row = QHBoxLayout()
        self.print_button = QPushButton(tr("In…"))
        self.save_button = QPushButton(tr("Lưu PDF…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        side.addLayout(row)
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.export_button.setToolTip(tr("Danh sách đang cách ly, hoàn thành cách ly, hoặc toàn bộ "
                                      "người (theo cơ sở đã chọn)"))
        self.export_button.clicked.connect(self.export)
        side.addWidget(self.export_button)
        self.verify_button = QPushButton(tr("Kiểm tra giấy xác nhận…"))
        self.verify_button.setToolTip(tr("Nhập hoặc quét mã QR in trên giấy xác nhận"))
        self.verify_button.clicked.connect(self.verify)
        side.addWidget(self.verify_button)
        side.addStretch(1)
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(360)
        layout.addWidget(holder)

        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.refresh()

    def refresh(self) -> None:
        current = self.facility.currentData()
        self.facility.clear()
        self.facility.addItem(tr("Tất cả các cơ sở"), None)
        for f in self.services.facilities.list():
            self.facility.addItem(f"{f.code} – {f.name}", f.code)
        self.facility.setCurrentIndex(max(self.facility.findData(current), 0))
        chosen = self.batch.currentData()
        self.batch.clear()
        for b in self.services.batches.list():
            ref = f" {b.reference}" if b.reference else ""
            self.batch.addItem(
                tr(
                    "Số {id}:{ref} ({arrival_date:%d/%m/%Y}, {people} người)",
                    id=b.id,
                    ref=ref,
                    arrival_date=b.arrival_date,
                    people=b.people,
                ),
                b.id,
            )
        self.batch.setCurrentIndex(max(self.batch.findData(chosen), 0))
        chosen = self.case.currentData()
        self.case.clear()
        for p in self.services.people.list(PersonFilter(contact_level="F0")):
            self.case.addItem(tr("{full_name} (số {id})", full_name=p.full_name, id=p.id), p.id)
        self.case.setCurrentIndex(max(self.case.findData(chosen), 0))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.number.setEnabled(kind == "summary")
        self.facility.setEnabled(kind not in ("summary", "batch"))
        self.batch.setEnabled(kind in NEEDS_BATCH)
        self.case.setEnabled(kind in NEEDS_PERSON)
        self.export_button.setEnabled(kind in EXPORTS or kind == "certificates")
        self._ready(self.current is not None)

    def _ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def choose(self, kind: str, on: date, facility: str | None = None,
               batch_id: int | None = None, *, person_id: int | None = None) -> None:
        """Preselect a document (used by the other pages' print buttons)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.when.setDate(on)
        self.facility.setCurrentIndex(max(self.facility.findData(facility), 0))
        if batch_id is not None:
            self.batch.setCurrentIndex(max(self.batch.findData(batch_id), 0))
        if person_id is not None:
            self.case.setCurrentIndex(max(self.case.findData(person_id), 0))

    def make(self) -> None:
        if self.job is not None:
            return
        kind, on = self.kind.currentData(), date_of(self.when)
        facility, number = self.facility.currentData(), self.number.text().strip() or None
        target = self.folder / f"{kind}-{on:%Y%m%d}-{len(list(self.folder.iterdir()))}.pdf"
        services = self.services

        batch, case = self.batch.currentData(), self.case.currentData()

        def work(progress: Any, cancelled: Any) -> tuple[Path, str]:
            return target, services.papers.make(
                kind, target, on, facility=facility, batch_id=batch, number=number,
                person_id=case
            )

        self.message.setText(tr("Đang tạo văn bản…"))
        self.progress.show()
        self.make_button.setEnabled(False)
        job = Job(work, self)
        job.succeeded.connect(self._made)
        job.failed.connect(self.message.setText)
        job.finished.connect(self._finished)
        self.job = job
        job.start()

    def _finished(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
        self.job = None
        self.progress.hide()
        self.make_button.setEnabled(True)

    def _made(self, made: tuple[Path, str]) -> None:
        path, what = made
        self.document.close()
        self.document.load(str(path))
        self.current = path
        pages = self.document.pageCount()
        self.message.setText(
            tr("{what} {pages} trang. Xem lại rồi in hoặc lưu.", what=what, pages=pages)
        )
        self._ready(True)

    def export(self) -> None:
        kind = self.kind.currentData()
        kind = kind if kind in EXPORTS else "releases"  # the certificates' list
        path = ask_save_path(self, tr("Xuất Excel"), f"{kind}.xlsx", ".xlsx")
        if path is None:
            return
        try:
            what = self.services.papers.export(
                kind, path, date_of(self.when), facility=self.facility.currentData()
            )
        except (ServiceError, OSError) as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(
            tr(
                "Đã xuất {value} ra {path}: {what}",
                value=tr(EXPORTS[kind]).lower(),
                path=path,
                what=what,
            )
        )

    def verify(self) -> None:
        """Ask for the code printed on a certificate and say whether it is genuine."""
        code, ok = QInputDialog.getText(
            self,
            tr("Kiểm tra giấy xác nhận"),
            tr("Mã trong QR của giấy (máy quét mã nhập thẳng vào đây), VD QD1|2026|15/GXN-…|…:"),
        )
        if not ok or not code.strip():
            return
        result = self.services.reports.verify(code)
        if result.genuine:
            QMessageBox.information(self, tr("Giấy xác nhận thật"), result.message)
        else:
            QMessageBox.warning(self, tr("Không xác thực được"), result.message)

    def save(self) -> None:
        if self.current is None:
            return
        path = ask_save_path(self, tr("Lưu văn bản"), self.current.name, ".pdf")
        if path is None:
            return
        try:
            shutil.copyfile(self.current, path)
        except OSError as exc:
            self.message.setText(
                tr("Không lưu được {path}: {strerror}.", path=path, strerror=exc.strerror)
            )
            return
        self.message.setText(tr("Đã lưu {path}.", path=path))

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print through the system's print dialog; each page drawn at the printer's resolution."""
        if self.current is None:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            self.message.setText(tr("Không mở được máy in."))
            return False
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                image = self.document.render(
                    page, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(QPointF(0, 0), image)
        finally:
            painter.end()
        self.message.setText(
            tr("Đã gửi {value} trang đến máy in.", value=self.document.pageCount())
        )
        return True

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        shutil.rmtree(self.folder, ignore_errors=True)
        super().closeEvent(event)


__all__ = ["ReportsPage"]
