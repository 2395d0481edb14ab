"""Báo cáo, in ấn: make an official paper in the background, preview it, print or save it."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
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

from quarantine_desk.config import temp_dir
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import Cancelled, ServiceError
from quarantine_desk.services.paper_kinds import (
    EXPORTS,
    IN_WINDOW,
    NEEDS_BATCH,
    NEEDS_PERSON,
    NEEDS_ROUND,
    REPORTS,
)
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.services.register import KIND_CODES
from quarantine_desk.ui.dialogs.base import date_edit, date_of
from quarantine_desk.ui.files import ask_save_path, file_name
from quarantine_desk.ui.formatting import batch_label
from quarantine_desk.ui.workers import Job, Jobs

BANDS = 32  # a printed page is rendered in this many strips


# the runner's names for this page's work
PAPER_JOB, PRINT_JOB = "paper", "print"


class ReportsPage(QWidget):
    title = QT_TR_NOOP("Báo cáo, in ấn")
    watches = frozenset({Topic.PAPERS, Topic.FACILITIES, Topic.BATCHES, Topic.PEOPLE,
                         Topic.SETTINGS})

    def __init__(self, services: Services, today: date | None = None,
                 jobs: Jobs | None = None) -> None:
        super().__init__()
        self.services = services
        self.jobs = jobs or Jobs(self)
        self._printer: QPrinter | None = None
        # the papers made for the preview: private, and removed after a kill
        self.folder = temp_dir()
        self.current: Path | None = None
        layout = QHBoxLayout(self)

        side = QVBoxLayout()
        form = QFormLayout()
        self.kind = QComboBox()
        for key, label in IN_WINDOW.items():
            self.kind.addItem(tr(label), key)
        self.facility = QComboBox()
        self.batch = QComboBox()
        self.case = QComboBox()  # the positive case a report is about
        self.round = QComboBox()  # the sampling round a list or its labels are of
        self.when = date_edit(today)
        self.number = QLineEdit()
        self.number.setPlaceholderText(tr("VD: 15/BC-BCH"))
        self.number.setToolTip(tr("Số tiếp theo trong sổ văn bản đi (in lại giữ số cũ); "
                                  "có thể sửa trước khi tạo văn bản"))
        form.addRow(tr("Văn bản:"), self.kind)
        form.addRow(tr("Cơ sở:"), self.facility)
        form.addRow(tr("Đợt đến:"), self.batch)
        form.addRow(tr("Ca dương tính:"), self.case)
        form.addRow(tr("Đợt lấy mẫu:"), self.round)
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
        self.cancel_print = QPushButton(tr("Hủy in"))
        self.cancel_print.clicked.connect(self._cancel_printing)
        self.cancel_print.hide()
        side.addWidget(self.cancel_print)
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.export_button.setToolTip(tr("Danh sách đang cách ly, hoàn thành cách ly, hoặc toàn bộ "
                                      "người (theo cơ sở đã chọn)"))
        self.export_button.clicked.connect(self.export)
        side.addWidget(self.export_button)
        self.verify_button = QPushButton(tr("Kiểm tra giấy xác nhận…"))
        self.verify_button.setToolTip(tr("Nhập hoặc quét mã QR in trên giấy xác nhận"))
        self.verify_button.clicked.connect(self.verify)
        side.addWidget(self.verify_button)
        self.register_button = QPushButton(tr("Sổ văn bản đi…"))
        self.register_button.setToolTip(tr("Mọi văn bản đã in: số, ngày, trích yếu, người ký"))
        self.register_button.clicked.connect(self.show_register)
        side.addWidget(self.register_button)
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
        # another paper chosen: the preview and its buttons no longer stand for it
        for box in (self.facility, self.batch, self.case, self.round):
            box.currentIndexChanged.connect(self._choice_changed)
        self.when.dateChanged.connect(self._choice_changed)
        # the data is loaded when the page is first shown (MainWindow.stale)

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
            self.batch.addItem(batch_label(b), b.id)
        self.batch.setCurrentIndex(max(self.batch.findData(chosen), 0))
        chosen = self.case.currentData()
        self.case.clear()
        for p in self.services.people.list(PersonFilter(contact_level="F0")):
            self.case.addItem(tr("{full_name} (số {id})", full_name=p.full_name, id=p.id), p.id)
        self.case.setCurrentIndex(max(self.case.findData(chosen), 0))
        chosen = self.round.currentData()
        self.round.clear()
        for r in self.services.sampling.rounds():
            self.round.addItem(tr("Số {id}: {code}, {on:%d/%m/%Y} ({tubes} ống)", id=r.round_id,
                                  code=r.facility, on=r.on, tubes=r.tubes), r.round_id)
        self.round.setCurrentIndex(max(self.round.findData(chosen), 0))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.number.setEnabled(kind in KIND_CODES)
        self.facility.setEnabled(kind not in ("summary", "batch") and kind not in NEEDS_ROUND)
        self.batch.setEnabled(kind in NEEDS_BATCH)
        self.case.setEnabled(kind in NEEDS_PERSON)
        self.round.setEnabled(kind in NEEDS_ROUND)
        self.export_button.setEnabled(kind in EXPORTS or kind == "certificates")
        self._choice_changed()

    def _choice_changed(self, *_: object) -> None:
        """Clear the preview of the paper made before, and show the number this one will
        carry."""
        if self.current is not None:
            self.document.close()
            self.current = None
        self._ready(False)
        self._show_number()

    def _show_number(self) -> None:
        """The number the chosen paper carries in the register (its own, when it was
        printed before; the next of its kind otherwise), or nothing."""
        kind = self.kind.currentData()
        number = None
        if kind in KIND_CODES and (kind not in NEEDS_BATCH or self.batch.currentData()) and (
                kind not in NEEDS_PERSON or self.case.currentData()) and (
                kind not in NEEDS_ROUND or self.round.currentData()):
            try:
                number = self.services.papers.number(
                    kind, date_of(self.when), facility=self._facility(),
                    batch_id=self.batch.currentData(), person_id=self.case.currentData(),
                    round_id=self.round.currentData())
            except ServiceError:
                number = None
        self.number.setText(number or "")

    def _facility(self) -> str | None:
        return self.facility.currentData() if self.facility.isEnabled() else None

    def _ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready and self.print_job is None)
        self.save_button.setEnabled(ready)

    def choose(self, kind: str, on: date, facility: str | None = None,
               batch_id: int | None = None, *, person_id: int | None = None,
               round_id: int | None = None) -> None:
        """Preselect a document (used by the other pages' print buttons)."""
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.when.setDate(on)
        self.facility.setCurrentIndex(max(self.facility.findData(facility), 0))
        if batch_id is not None:
            self.batch.setCurrentIndex(max(self.batch.findData(batch_id), 0))
        if person_id is not None:
            self.case.setCurrentIndex(max(self.case.findData(person_id), 0))
        if round_id is not None:
            self.round.setCurrentIndex(max(self.round.findData(round_id), 0))

    def make(self) -> None:
        if self.job is not None:
            return
        kind, on = self.kind.currentData(), date_of(self.when)
        facility = self._facility()
        number = (self.number.text().strip() or None) if kind in KIND_CODES else None
        if kind == "certificates" and not self.services.settings.issuer_for(
                facility).signer_name.strip():
            answer = QMessageBox.question(
                self, tr("Chưa có tên người ký"),
                tr("Chưa đặt họ và tên người ký (Cài đặt › Cơ quan ban hành). Giấy in ra sẽ "
                   "để trống tên dưới chữ ký. Vẫn tạo giấy?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        target = self.folder / f"{kind}-{on:%Y%m%d}-{len(list(self.folder.iterdir()))}.pdf"
        services = self.services

        batch, case = self.batch.currentData(), self.case.currentData()
        sampled = self.round.currentData() if kind in NEEDS_ROUND else None

        def work(progress: Any, cancelled: Any) -> tuple[Path, str]:
            return target, services.papers.make(
                kind, target, on, facility=facility, batch_id=batch, number=number,
                person_id=case, round_id=sampled
            )

        self.message.setText(tr("Đang tạo văn bản…"))
        self.progress.show()
        self.make_button.setEnabled(False)
        self.jobs.start(PAPER_JOB, work, succeeded=self._made, failed=self.message.setText,
                        finished=self._finished)

    @property
    def job(self) -> Job | None:
        """The paper being made, if any."""
        return self.jobs.job(PAPER_JOB)

    @property
    def print_job(self) -> Job | None:
        """The paper being printed, if any."""
        return self.jobs.job(PRINT_JOB)

    def _finished(self) -> None:
        self.progress.hide()
        self.make_button.setEnabled(True)

    def _made(self, made: tuple[Path, str]) -> None:
        path, what = made
        self.document.close()
        self.document.load(str(path))
        self.current = path
        self._show_number()  # the number it was given
        pages = self.document.pageCount()
        self.message.setText(
            tr("{what} {pages} trang. Xem lại rồi in hoặc lưu.", what=what, pages=pages)
        )
        self._ready(True)

    def export(self) -> None:
        kind = self.kind.currentData()
        kind = kind if kind in EXPORTS else "releases"  # the certificates' list
        path = ask_save_path(self, tr("Xuất Excel"),
                             file_name(REPORTS[kind], date_of(self.when), ".xlsx"), ".xlsx")
        if path is None:
            return
        try:
            what = self.services.papers.export(  # the file dialog asked before replacing
                kind, path, date_of(self.when), facility=self.facility.currentData(), force=True
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
        """Ask for the code printed on a certificate and say whether it is genuine: the QR
        code's text (a scanner types it in), or the number and the code read off the paper."""
        code, ok = QInputDialog.getText(
            self,
            tr("Kiểm tra giấy xác nhận"),
            tr("Quét mã QR của giấy (máy quét nhập thẳng vào đây), hoặc gõ số giấy và mã "
               "xác thực in trên giấy, cách nhau bởi dấu cách, VD 15/GXN-TD-932 "
               "HH4FODA4DBM4QL55:"),
        )
        if not ok or not code.strip():
            return
        if "|" in code:
            result = self.services.reports.verify(code)
        else:
            parts = code.split()
            if len(parts) < 2:
                QMessageBox.warning(self, tr("Không xác thực được"),
                                    tr("Cho số giấy và mã xác thực in trên giấy."))
                return
            result = self.services.reports.verify_printed(" ".join(parts[:-1]), parts[-1])
        if result.genuine:
            QMessageBox.information(self, tr("Giấy xác nhận thật"), result.message)
        else:
            QMessageBox.warning(self, tr("Không xác thực được"), result.message)

    def show_register(self) -> None:
        from quarantine_desk.ui.dialogs.outgoing import OutgoingPapersDialog

        OutgoingPapersDialog(self.services, self).exec()

    @property
    def current_name(self) -> str:
        """The paper on screen as a file name (choosing another paper clears the preview,
        so the choices on the page are the ones it was made from)."""
        return file_name(REPORTS[self.kind.currentData()], date_of(self.when), ".pdf")

    def save(self) -> None:
        if self.current is None:
            return
        path = ask_save_path(self, tr("Lưu văn bản"), self.current_name, ".pdf")
        if path is None:
            return
        try:  # the file dialog asked before replacing a file
            self.services.papers.save_copy(self.current, path, force=True)
        except ServiceError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(tr("Đã lưu {path}.", path=path))

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print through the system's print dialog, in the background: each page is drawn
        at the printer's resolution in a worker thread (QPainter may paint on a QPrinter
        there), with progress and «Hủy in»; the window stays responsive."""
        if self.current is None or self.print_job is not None:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        first = self.document.pagePointSize(0)  # a landscape list prints landscape
        printer.setPageOrientation(QPageLayout.Orientation.Landscape
                                   if first.width() > first.height()
                                   else QPageLayout.Orientation.Portrait)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        source = str(self.current)
        self._printer = printer  # kept alive until the job ends

        def work(progress: Any, cancelled: Any) -> int:
            document = QPdfDocument()  # the worker's own: the preview's belongs to the window
            document.load(source)
            pages = document.pageCount()
            painter = QPainter()
            if not painter.begin(printer):
                raise ServiceError(tr("Không mở được máy in."))
            try:
                for page in range(pages):
                    if cancelled():
                        printer.abort()
                        raise Cancelled()
                    if page:
                        printer.newPage()
                    area = printer.pageLayout().paintRectPixels(printer.resolution())
                    size = document.pagePointSize(page)
                    scale = min(area.width() / size.width(), area.height() / size.height())
                    full = QSize(int(size.width() * scale), int(size.height() * scale))
                    # in bands: a render call holds Python's lock while it runs, so a whole
                    # page at 600 dpi at once would stall the window for a third of a second
                    step = max(1, full.height() // BANDS)
                    for top in range(0, full.height(), step):
                        options = QPdfDocumentRenderOptions()
                        options.setScaledSize(full)
                        options.setScaledClipRect(
                            QRect(0, top, full.width(), min(step, full.height() - top)))
                        band = document.render(
                            page, QSize(full.width(), min(step, full.height() - top)), options)
                        painter.drawImage(QPointF(0, top), band)
                    progress(page + 1, pages)
            finally:
                painter.end()
                document.close()
            return pages

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_print.show()
        self.print_button.setEnabled(False)
        self.message.setText(tr("Đang gửi đến máy in…"))
        self.jobs.start(PRINT_JOB, work,
                        succeeded=lambda pages: self.message.setText(
                            tr("Đã gửi {value} trang đến máy in.", value=pages)),
                        failed=self.message.setText,
                        cancelled=lambda: self.message.setText(tr("Đã hủy in.")),
                        progressed=self._print_progress, finished=self._print_finished)
        return True

    def _print_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.message.setText(tr("Đang in trang {done}/{total}…", done=done, total=total))

    def _print_finished(self) -> None:
        self._printer = None
        self.progress.hide()
        self.cancel_print.hide()
        self._ready(self.current is not None)

    def _cancel_printing(self) -> None:
        self.jobs.cancel(PRINT_JOB)

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        shutil.rmtree(self.folder, ignore_errors=True)
        super().closeEvent(event)


__all__ = ["ReportsPage"]
