"""Benchmark: the longest stall of the GUI event loop while the reports page makes a long
daily list and prints it at the printer's resolution (issue 15: aim under 100 ms).

The demo database with its people copied up to about 1,000 in quarantine (a 27-page-plus
list); the paper is made in the background, then printed through the page's own print
path to a PDF printer at high resolution (600 dpi), pages drawn in a worker thread. A 5 ms
timer on the GUI thread measures how long the window could not repaint or answer a click.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_print_stall.py [--keep OUT.pdf]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gui_stall import StallMeter  # noqa: E402
from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.demo import load_demo  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.ui.main_window import MainWindow  # noqa: E402


def main() -> None:
    app = QApplication.instance() or QApplication([])
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "bench.sqlite3"))
        load_demo(db, today=today)
        services = Services.open(db)
        window = MainWindow(services, today=today)
        window.resize(1200, 760)
        window.show()
        page = window.reports
        window.nav.setCurrentRow(window.pages.index(page))
        page.choose("daily-list", today)
        app.processEvents()
        out = Path(tmp) / "printed.pdf"

        def accept(dialog: QPrintDialog) -> QPrintDialog.DialogCode:
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(out))
            dialog.printer().setResolution(600)
            return QPrintDialog.DialogCode.Accepted

        QPrintDialog.exec = accept  # type: ignore[method-assign]
        meter = StallMeter()
        meter.start()
        meter.phase = "make"
        started = time.perf_counter()
        page.make()
        while page.job is not None:
            app.processEvents()
        made = time.perf_counter() - started
        pages = page.document.pageCount()
        meter.phase = "print"
        started = time.perf_counter()
        page.print_document(QPrinter(QPrinter.PrinterMode.HighResolution))
        while page.print_job is not None:
            app.processEvents()
        printed = time.perf_counter() - started
        meter.timer.stop()
        for phase in ("make", "print"):
            gaps = [g for g, p in meter.gaps if p == phase] or [0.0]
            print(f"{phase:6} longest stall {max(gaps):6.1f} ms over {len(gaps)} ticks")
        print(f"daily list: {pages} pages made in {made:.2f} s, printed at 600 dpi in "
              f"{printed:.2f} s ({out.stat().st_size / 1e6:.1f} MB job); {page.message.text()}")
        if len(sys.argv) > 2 and sys.argv[1] == "--keep":
            import shutil

            shutil.copyfile(out, sys.argv[2])  # to look at the printed pages
        window.close()


if __name__ == "__main__":
    main()
