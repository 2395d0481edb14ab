"""The reports page: make a paper in the background, preview it, print it, save it."""

import shutil
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from quarantine_desk.services.demo import load_demo
from quarantine_desk.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(qtbot, services, db):
    load_demo(db, today=TODAY)
    services.settings.set_issuer_field("signer_name", "Đại tá Nguyễn Văn Minh")
    w = MainWindow(services, today=TODAY)
    qtbot.addWidget(w)
    w.show()
    w.nav.setCurrentRow(w.pages.index(w.reports))
    return w


def made(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None, timeout=60_000)


def test_make_preview_print_and_save(window, qtbot, monkeypatch, tmp_path):
    page = window.reports
    page.choose("daily-list", TODAY, "TD-932")
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    made(qtbot, page)
    assert page.document.pageCount() >= 2
    assert "trang" in page.message.text()

    out = tmp_path / "may-in.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    assert page.print_document(printer)  # in the background: the window goes on
    assert page.print_job is not None and not page.print_button.isEnabled()
    qtbot.waitUntil(lambda: page.print_job is None, timeout=60_000)
    assert out.exists() and out.stat().st_size > 10_000
    assert "trang đến máy in" in page.message.text() and page.print_button.isEnabled()

    saved = tmp_path / "danh-sach"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "danh-sach.pdf").read_bytes().startswith(b"%PDF")


def test_printing_can_be_cancelled(window, qtbot, monkeypatch, tmp_path):
    page = window.reports
    page.choose("daily-list", TODAY)
    page.make()
    made(qtbot, page)

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "huy.pdf"))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert page.print_document(QPrinter(QPrinter.PrinterMode.HighResolution))
    assert page.cancel_print.isVisible()
    qtbot.mouseClick(page.cancel_print, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.print_job is None, timeout=60_000)
    assert page.message.text() in ("Đã hủy in.", f"Đã gửi {page.document.pageCount()} trang "
                                   "đến máy in.")  # a fast machine may finish first
    assert not page.cancel_print.isVisible()


def test_nothing_to_print_is_one_message(window, qtbot):
    page = window.reports
    page.choose("certificates", date(2001, 1, 1))
    page.make()
    made(qtbot, page)
    assert "Không có ai hoàn thành cách ly" in page.message.text()
    assert not page.print_button.isEnabled()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_release_page_prints_the_days_certificates(window, qtbot, services, answers):
    import subprocess

    page = window.releases
    window.nav.setCurrentRow(window.pages.index(page))
    page.which.setCurrentIndex(page.which.findData("today"))
    qtbot.mouseClick(page.select_all, Qt.MouseButton.LeftButton)
    answers.next()
    qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    reports = window.reports
    assert window.current_page() is reports
    made(qtbot, reports)
    released = len(page.last[0])
    assert released > 0 and reports.document.pageCount() == released
    text = subprocess.run(["pdftotext", str(reports.current), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert page.last[0][0].full_name.upper() in text


def test_the_number_is_proposed_editable_and_kept_on_reprint(window, qtbot, services):
    page = window.reports
    page.choose("summary", TODAY)
    assert page.number.isEnabled() and not page.facility.isEnabled()
    assert page.number.text() == "01/BC-BCH"
    page.choose("daily-list", TODAY, "TD-932")
    assert page.number.isEnabled() and page.facility.isEnabled()
    assert page.number.text() == "01/DS-BCH"
    page.number.setText("09/DS-BCH")  # the clerk changes it before printing
    page.make()
    made(qtbot, page)
    assert page.current is not None and page.print_button.isEnabled()
    assert [r.number for r in services.register.list()] == ["09/DS-BCH"]
    # another paper chosen: the old preview goes, printing waits for the new one
    page.choose("summary", TODAY)
    assert page.current is None and not page.print_button.isEnabled()
    assert not page.save_button.isEnabled()
    page.choose("daily-list", TODAY, "TD-932")  # the same paper again: its own number
    assert page.number.text() == "09/DS-BCH"
    page.make()
    made(qtbot, page)
    assert [r.printed for r in services.register.list()] == [2]


def test_register_dialog_lists_and_exports(window, qtbot, services, monkeypatch, tmp_path):
    import openpyxl

    from quarantine_desk.ui.dialogs.outgoing import OutgoingPapersDialog

    services.papers.make("summary", tmp_path / "a.pdf", TODAY)
    dialog = OutgoingPapersDialog(services, window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "01/BC-BCH"
    out = tmp_path / "so"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog.export()
    assert openpyxl.load_workbook(f"{out}.xlsx").active["B2"].value == "01/BC-BCH"


def test_certificates_without_a_signer_ask_first(window, qtbot, monkeypatch, services):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    services.settings.set_issuer_field("signer_name", "")
    page = window.reports
    page.choose("certificates", TODAY - timedelta(days=6))
    page.make()
    assert asked and "người ký" in asked[0] and page.job is None  # refused: nothing made
    services.settings.set_issuer_field("signer_name", "Nguyễn Văn Minh")
    page.make()
    made(qtbot, page)
    assert len(asked) == 1 and page.current is not None


def test_export_to_excel_from_the_page(window, monkeypatch, tmp_path):
    import openpyxl

    page = window.reports
    page.choose("daily-list", TODAY, "TQS-CT")
    out = tmp_path / "xuat"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    page.export()
    ws = openpyxl.load_workbook(f"{out}.xlsx").active
    assert ws.max_row > 10 and {c.value for c in ws["H"][1:]} == {"TQS-CT"}
    assert "Đã xuất" in page.message.text()


def test_batch_report_from_the_page(window, qtbot):
    page = window.reports
    page.kind.setCurrentIndex(page.kind.findData("batch"))
    assert page.batch.isEnabled() and page.batch.count() >= 4
    page.make()
    made(qtbot, page)
    assert page.document.pageCount() >= 1 and "đợt số" in page.message.text()


def test_verify_dialog_tells_genuine_from_forged(window, monkeypatch, services):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    cert = services.reports.certificates(released_on=TODAY - timedelta(days=6))[0]
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(("ok", a[2])))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(("bad", a[2])))
    page = window.reports
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (cert.qr_payload, True))
    page.verify()
    forged = cert.qr_payload[:-3] + ("AAA" if not cert.qr_payload.endswith("AAA") else "BBB")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (forged, True))
    page.verify()
    typed = f"{cert.number} {cert.code}"  # read off the paper
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (typed, True))
    page.verify()
    assert shown[0][0] == "ok" and cert.full_name in shown[0][1]
    assert shown[1][0] == "bad"
    assert shown[2][0] == "ok" and cert.full_name in shown[2][1]
