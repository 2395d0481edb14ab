"""`quarantine-desk --self-test`: prove that a build carries everything it needs.

With a temporary database it runs every migration, imports a small generated manifest,
allocates its people, renders a PDF and an Excel export, encrypts a copy with SQLCipher and
reads it back, checks what came out, and starts
the main window offscreen (Qt plugins, fonts). Exit status 0 only if all of that worked.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

PEOPLE = [
    ("NGUYỄN VĂN ĐỨC", "02/01/1980", "Nam", "B1234567", "Số 5, Ninh Kiều"),
    ("Trần Thị Hòa", "15/03/1992", "Nữ", "C2345678", "Số 5, Ninh Kiều"),
    ("Lê Văn Tám", "1975", "nam", "092080001234", "Phong Điền"),
]


def _manifest(path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 NGÀY 29/7/2020"])
    ws.append(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu/CCCD", "Địa chỉ"])
    for i, row in enumerate(PEOPLE, start=1):
        ws.append([i, *row])
    wb.save(path)


def run(out: Callable[[str], None] = print) -> int:
    from quarantine_desk import __version__

    failures = 0

    def step(name: str, fn: Callable[[], str]) -> None:
        nonlocal failures
        started = time.perf_counter()
        try:
            said = fn()
        except Exception:  # a self-test reports every failure and goes on
            failures += 1
            out(f"FAIL {name}\n{traceback.format_exc()}")
            return
        out(f"ok   {name} ({time.perf_counter() - started:.2f} s): {said}")

    out(f"Quarantine Desk {__version__} self-test (Python {sys.version.split()[0]})")
    with tempfile.TemporaryDirectory(prefix="qd-selftest-") as tmp:
        folder = Path(tmp)
        state: dict[str, object] = {}

        def migrate() -> str:
            from quarantine_desk.services import Services
            from quarantine_desk.storage.db import Database, head_revision

            db = Database(str(folder / "selftest.sqlite3"))
            state["db"], state["services"] = db, Services.open(db)
            assert db.current_revision() == head_revision()
            return f"schema {db.current_revision()}"

        def import_manifest() -> str:
            from quarantine_desk.services.imports import default_batch_details

            services = state["services"]
            services.facilities.add(code="ST", name="Cơ sở kiểm tra", kind="military", beds=10)
            _manifest(folder / "manifest.xlsx")
            file = services.imports.read(folder / "manifest.xlsx")
            prepared = services.imports.prepare(file, today=date(2026, 11, 22))
            result = services.imports.commit(
                prepared, default_batch_details(prepared.analysis, date(2026, 11, 22)))
            assert result.imported == len(PEOPLE), result
            names = {p.full_name for p in services.people.list()}
            assert "Nguyễn Văn Đức" in names, names
            state["batch"] = result.batch_id
            return f"{result.imported} people, batch {result.batch_id}"

        def allocate() -> str:
            result = state["services"].allocation.allocate(state["batch"])
            assert len(result.placements) == len(PEOPLE) and not result.unplaced
            return f"{len(result.placements)} placed"

        def pdf() -> str:
            path = folder / "danh-sach.pdf"
            said = state["services"].papers.make("daily-list", path, date(2020, 7, 30))
            data = path.read_bytes()
            assert data.startswith(b"%PDF") and b"LiberationSerif" in data
            return f"{said} {len(data)} bytes"

        def excel() -> str:
            from openpyxl import load_workbook

            path = folder / "danh-sach.xlsx"
            state["services"].papers.export("people", path, date(2020, 7, 30))
            rows = list(load_workbook(path).active.iter_rows(values_only=True))
            assert len(rows) == len(PEOPLE) + 1
            return f"{len(rows) - 1} rows"

        def window() -> str:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            from quarantine_desk.ui.main_window import MainWindow, app_icon

            app = QApplication.instance() or QApplication([])
            assert not app_icon().pixmap(32, 32).isNull(), "icon or SVG plugin missing"
            w = MainWindow(state["services"])
            w.show()
            app.processEvents()
            pages = w.nav.count()
            w.close()
            return f"{pages} pages, platform {QApplication.platformName()}"

        def translations() -> str:
            from quarantine_desk.i18n import language, tr, use_language

            before = language()
            try:
                assert use_language("en"), "English catalog missing"
                english = tr("Tổng quan")
                assert english == "Overview", english
                assert use_language("vi"), "Vietnamese catalog missing"
            finally:
                use_language(before)
            return f"vi, en ({english})"

        def divisions() -> str:
            from quarantine_desk.domain.divisions import counts, place_of

            place = place_of("P. Long Hòa, Q. Bình Thủy, TP Cần Thơ")
            assert place.commune == "Phường Long Hòa", place
            provinces, districts = counts()
            return f"{provinces} provinces, {districts} districts"

        def encryption() -> str:
            """SQLCipher is in the build: a copy of the database encrypted and read back
            (with a key of its own, not kept anywhere)."""
            import secrets

            from quarantine_desk.storage import keys

            key = secrets.token_bytes(32)
            plain, locked = folder / "selftest.sqlite3", folder / "encrypted.sqlite3"
            conn = keys.cipher().connect(str(plain))
            try:
                conn.execute(f"ATTACH DATABASE ? AS locked KEY \"x'{key.hex()}'\"",
                             (str(locked),))
                conn.execute("SELECT sqlcipher_export('locked')")
                conn.execute("DETACH DATABASE locked")
            finally:
                conn.close()
            assert keys.is_encrypted(locked)
            check = keys.connect(locked, key)
            try:
                people = check.execute("SELECT count(*) FROM person").fetchone()[0]
                version = check.execute("PRAGMA cipher_version").fetchone()[0]
            finally:
                check.close()
            assert people == len(PEOPLE), people
            return f"SQLCipher {version}, {people} people read back"

        for name, fn in (("migrations", migrate), ("import", import_manifest),
                         ("allocation", allocate), ("PDF", pdf), ("Excel export", excel),
                         ("encryption", encryption), ("administrative units", divisions),
                         ("main window", window), ("translations", translations)):
            step(name, fn)
        db = state.get("db")
        if db is not None:
            db.close()
    out("self-test passed" if not failures else f"self-test FAILED ({failures})")
    return 0 if not failures else 1
