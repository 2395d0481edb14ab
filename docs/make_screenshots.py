"""Screenshots of the main screens for the README and the operator guide, from the current code.

Runs the real window on demo data (signed in as a district administrator) and saves one
PNG per screen into docs/screenshots/. Under a virtual screen:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/make_screenshots.py
    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/make_screenshots.py --lang en
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python docs/make_screenshots.py --small

The small ones (a 1024 × 600 netbook) go to docs/screenshots/1024x600/; the script names every
label or button whose text is cut there, and a test fails on any.

(`QT_QPA_PLATFORM=offscreen` works too, with Qt's plain offscreen fonts.)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from quarantine_desk.i18n import use_language  # noqa: E402
from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.demo import load_demo  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.ui.main_window import MainWindow  # noqa: E402
from quarantine_desk.ui.widgets.fitting import clipped_texts  # noqa: E402

TODAY = date(2026, 11, 22)
SIZE = (1280, 800)
SMALL = (1024, 600)


def settle(app: QApplication, window: MainWindow, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end or any(
            getattr(p, "job", None) is not None for p in window.pages):
        app.processEvents()
        time.sleep(0.01)
        if time.monotonic() > end + 30:
            break


def make(out: Path, lang: str = "vi", size: tuple[int, int] = SIZE,
         clipped: list[str] | None = None) -> list[Path]:
    """One PNG per screen at `size`; what is cut on a screen is added to `clipped`."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    use_language(lang)
    out.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "demo.sqlite3"))
        load_demo(db, today=TODAY)
        system = Services.open(db)
        admin = system.users.create_first_admin("quantri", "mật khẩu dài", "Nguyễn Văn Quản")
        services = Services.open(db, admin)
        window = MainWindow(services, today=TODAY)
        window.resize(*size)
        window.show()

        def shot(name: str, page: object, prepare: object = None) -> None:
            window.nav.setCurrentRow(window.pages.index(page))
            if callable(prepare):
                prepare()
            settle(app, window)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            if clipped is not None:
                clipped.extend(f"{name}: {text}" for text in clipped_texts(window))
                if window.width() > size[0] or window.height() > size[1]:
                    clipped.append(f"{name}: the window grew to {window.width()} × "
                                   f"{window.height()} pixels")
            made.append(path)

        def dialog(name: str, page: object, opens: Any) -> None:
            """The dialog `opens` shows over `page`: grabbed, then closed unanswered."""
            window.nav.setCurrentRow(window.pages.index(page))
            settle(app, window)
            path = out / f"{name}.png"

            def grab() -> None:
                box = QApplication.activeModalWidget()
                if box is None:
                    QTimer.singleShot(100, grab)
                    return
                app.processEvents()
                if clipped is not None:
                    clipped.extend(f"{name}: {text}" for text in clipped_texts(box))
                    if box.width() > size[0] or box.height() > size[1]:
                        clipped.append(f"{name}: the dialog is {box.width()} × "
                                       f"{box.height()} pixels")
                # the window with the dialog over it, as the operator sees it
                picture = window.grab()
                painter = QPainter(picture)
                where = window.mapFromGlobal(box.mapToGlobal(QPoint(0, 0)))
                painter.drawPixmap(where, box.grab())
                painter.end()
                picture.save(str(path))
                box.reject()

            QTimer.singleShot(300, grab)
            opens()
            made.append(path)

        shot("01-tong-quan", window.dashboard)
        shot("02-nguoi-cach-ly", window.people)
        shot("03-co-so-cach-ly", window.facilities,
             lambda: window.facilities.table.selectRow(0))
        shot("04-nhap-danh-sach", window.importer)
        manifest = messy_manifest(Path(tmp) / "vn417.xlsx", services)

        def preview() -> None:
            # a list with a bad date, its cell being corrected
            page = window.importer
            page.open_file(str(manifest))
            settle(app, window)
            page.next()
            settle(app, window)
            model = page.preview_model
            bad = next(i for i, r in enumerate(model.rows) if r.errors)
            page.preview.setCurrentIndex(model.index(bad, 4))
            page.preview.edit(model.index(bad, 4))
            page.check_correction(model.index(bad, 4), "31/11/1990")

        shot("04a1-xem-truoc-sua-dong-loi", window.importer, preview)

        def duplicates() -> None:
            page = window.importer
            page.preview.setFocus()  # the correction put aside
            page.next()

        shot("04a2-nguoi-co-the-trung", window.importer, duplicates)

        def allocation_preview() -> None:
            # a family of three among the people still waiting, then the preview
            page = window.allocation
            waiting = [p.id for p in services.people.list() if p.status == "arrived"]
            services.households.join(waiting[:3])
            page.refresh()
            page.run_preview()

        shot("04b-bo-tri-cho-o", window.allocation, allocation_preview)
        shot("05-theo-doi-hang-ngay", window.daily)

        def sampling_plan() -> None:
            page = window.sampling
            page.refresh()
            page.make_plan()

        shot("05b-lay-mau-xet-nghiem", window.sampling, sampling_plan)
        shot("06-hoan-thanh-cach-ly", window.releases)

        def release_confirmation() -> None:
            page = window.releases
            page.table.selectAll()
            page.confirm_release()

        dialog("06a-xac-nhan-cho-ve", window.releases, release_confirmation)
        shot("06b-suat-an-chi-phi", window.fees)

        def paper() -> None:
            window.reports.choose("daily-list", TODAY)
            window.reports.make()

        shot("07-bao-cao-in-an", window.reports, paper)
        shot("08-nhat-ky-thay-doi", window.audit, window.audit.refresh)
        shot("09-cai-dat", window.settings)
        window.close()
        db.close()
    use_language("vi")
    return made


def messy_manifest(path: Path, services: Services) -> Path:
    """A flight list as offices send it: a title, a bad date, a passenger already known
    under another birth date, a family."""
    import openpyxl

    known = next(p for p in services.people.list() if p.id_number and p.date_of_birth)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN417 INCHEON – CẦN THƠ NGÀY 21/11/2026"])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Điện thoại",
               "Địa chỉ", "Quan hệ với chủ hộ"])
    home = "Số 12, hẻm 51, đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều"
    rows = [
        ["Đặng Quốc Bảo", "12/05/1988", "Nam", "C8800001", "+84 912 345 678", home, "Chủ hộ"],
        ["Huỳnh Thị Kim Ngân", "31/11/1990", "Nữ", "C8800002", "0987654321", home, "Vợ"],
        ["Đặng Gia Hân", "03/02/2016", "Nữ", None, None, home, "Con"],
        [known.full_name, "01/01/1961", "Nam" if known.sex == "M" else "Nữ", known.id_number,
         None, known.address, None],
        ["KIM MIN JUN", "1979", "Nam", "M12345678", None, "Seoul, Hàn Quốc", None],
    ]
    for n, row in enumerate(rows, 1):
        ws.append([n, *row])
    wb.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", choices=["vi", "en"], default="vi")
    parser.add_argument("--small", action="store_true", help="1024 × 600, into 1024x600/")
    parser.add_argument("--out", type=Path, help="default: docs/screenshots (en/ for English)")
    args = parser.parse_args()
    folder = "1024x600" if args.small else "en" if args.lang == "en" else ""
    out = args.out or Path(__file__).resolve().parent / "screenshots" / folder
    clipped: list[str] = []
    for path in make(out, args.lang, SMALL if args.small else SIZE, clipped):
        print(path)
    for text in clipped:
        print("cut:", text)


if __name__ == "__main__":
    main()
