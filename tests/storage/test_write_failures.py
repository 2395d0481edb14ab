"""A full disk, a read-only place, another desk writing: one sentence naming the cause,
nothing half-written left behind, nothing committed that should not be."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from quarantine_desk.app import main
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.register import RegisterService
from quarantine_desk.storage import db as dbmod
from quarantine_desk.storage.db import Database, WriteRefused
from tests.conftest import SITE_TODAY

pytestmark = pytest.mark.sqlite_only


def _mount(folder: Path, options: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path) -> Iterator[Path]:
    """A 1 MB file system of its own (tmpfs); skipped where mounting is not allowed."""
    folder = tmp_path / "usb"
    if not _mount(folder, "size=1m"):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
        except OSError:
            pass


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "filler")


def test_a_paper_on_a_full_disk_is_refused_whole_and_keeps_no_number(services_with_site,
                                                                    small_disk):
    services = services_with_site
    fill(small_disk)
    with pytest.raises(ServiceError) as refused:
        services.papers.make("daily-list", small_disk / "ds.pdf", SITE_TODAY)
    assert str(refused.value) == (f"Ổ đĩa chứa {small_disk / 'ds.pdf'} đã đầy; không có gì "
                                  "được ghi. Hãy giải phóng chỗ trống rồi thử lại.")
    assert leftovers(small_disk) == []  # no unreadable PDF, no temporary file
    assert RegisterService(services.db, services.access).list(SITE_TODAY.year) == []
    (small_disk / "filler").unlink()
    services.papers.make("daily-list", small_disk / "ds.pdf", SITE_TODAY)
    assert leftovers(small_disk) == ["ds.pdf"]
    assert (small_disk / "ds.pdf").read_bytes().startswith(b"%PDF")


def test_an_export_and_a_backup_on_a_full_disk_leave_nothing(services_with_site, small_disk):
    services = services_with_site
    fill(small_disk)
    for write in (lambda: services.papers.export("people", small_disk / "n.xlsx", SITE_TODAY),
                  lambda: services.backups.backup(small_disk / "saoluu.sqlite3")):
        with pytest.raises(ServiceError, match="đã đầy"):
            write()
    assert leftovers(small_disk) == []


def test_a_database_on_a_full_disk_refuses_the_write_and_keeps_what_it_had(tmp_path,
                                                                             small_disk):
    db = Database(str(small_disk / "qd.sqlite3"))
    services = Services.open(db)
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=4)
    fill(small_disk)
    with pytest.raises(WriteRefused) as refused:
        for i in range(2000):  # until the database needs a page more than the disk has
            services.facilities.add(code=f"F{i}", name="Khu " + "x" * 190, kind="other",
                                    beds=4, address="Số " + "y" * 290)
    assert "đã đầy; không có gì được ghi" in str(refused.value)
    (small_disk / "filler").unlink()
    codes = [f.code for f in services.facilities.list()]
    assert codes[0] == "QS" and len(codes) == len(set(codes))
    db.close()


def test_a_read_only_database_says_so(tmp_path):
    folder = tmp_path / "ro"
    db = Database(str(folder.mkdir() or folder / "qd.sqlite3"))
    Services.open(db).facilities.add(code="QS", name="Trường Quân sự", kind="military",
                                     beds=4)
    db.close()
    readonly = tmp_path / "ro-mount"
    readonly.mkdir()
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(folder), str(readonly)],
                          capture_output=True, check=False)
    if done.returncode:
        pytest.skip("cannot make a read-only mount here (needs root)")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(readonly)], check=False)
        with pytest.raises(dbmod.DatabaseError) as refused:
            ro = Database(str(readonly / "qd.sqlite3"))
            try:
                Services.open(ro).facilities.add(code="KTX", name="Ký túc xá", kind="school",
                                                 beds=4)
            finally:
                ro.close()
        assert str(refused.value) == (
            f"Không mở được cơ sở dữ liệu {readonly / 'qd.sqlite3'}: tệp hoặc thư mục chứa nó "
            "chỉ cho đọc (ổ đĩa chỉ đọc, tệp bị khóa ghi hoặc không có quyền ghi). Hãy chép "
            "nó vào nơi ghi được, hoặc xin quyền ghi.")
    finally:
        subprocess.run(["umount", "-l", str(readonly)], check=False)


def test_an_output_that_is_a_folder_is_one_sentence(services_with_site, tmp_path):
    with pytest.raises(ServiceError) as refused:
        services_with_site.papers.export("people", tmp_path, SITE_TODAY)
    assert str(refused.value) == f"{tmp_path} là một thư mục; hãy chọn tên tệp."


@pytest.fixture
def quick_busy(monkeypatch):
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)


def hold_write_lock(path: Path):
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def test_a_desk_waits_for_another_desks_write_and_then_writes(tmp_path, quick_busy):
    db = Database(str(tmp_path / "qd.sqlite3"))
    heard: list[bool] = []
    db.on_waiting(heard.append)
    other = hold_write_lock(tmp_path / "qd.sqlite3")
    threading.Timer(0.6, other.rollback).start()
    started = time.monotonic()
    Services.open(db).facilities.add(code="QS", name="Trường Quân sự", kind="military",
                                     beds=4)
    assert time.monotonic() - started >= 0.5
    assert heard == [True, False]
    assert [f.code for f in Services.open(db).facilities.list()] == ["QS"]
    other.close()
    db.close()


def test_a_desk_gives_up_after_its_patience_with_one_sentence(tmp_path, quick_busy,
                                                              monkeypatch, capsys):
    monkeypatch.setattr(dbmod, "BUSY_PATIENCE_S", 0.3)
    path = tmp_path / "qd.sqlite3"
    Database(str(path)).close()
    other = hold_write_lock(path)
    try:
        code = main(["--db", str(path), "facility", "add", "--code", "QS", "--name",
                     "Trường Quân sự", "--kind", "military", "--beds", "4"])
    finally:
        other.rollback()
        other.close()
    err = capsys.readouterr().err.splitlines()
    assert code == 2
    assert err == ["Một bàn khác đang ghi vào cơ sở dữ liệu; đang chờ để ghi…",
                   f"quarantine-desk: lỗi: Một bàn khác đang ghi vào cơ sở dữ liệu {path} "
                   "quá lâu; không có gì được ghi. Hãy thử lại sau ít phút."]
    db = Database(str(path))
    assert Services.open(db).facilities.list() == []
    db.close()


def test_a_killed_backups_hidden_copy_is_swept_by_the_next(services_with_site, tmp_path):
    # what a SIGKILL half-way leaves: named for the process that was killed
    left = tmp_path / f".saoluu-p{dead_pid()}-abc123.sqlite3.partial"
    left.write_bytes(b"SQLite format 3\0 half a copy")
    running = tmp_path / f".saoluu-p{os.getpid()}-def456.sqlite3.partial"  # another desk's
    running.write_bytes(b"SQLite format 3\0 being written")
    services_with_site.backups.backup(tmp_path / "saoluu.sqlite3")
    assert sorted(p.name for p in tmp_path.iterdir() if "saoluu" in p.name) == [
        running.name, "saoluu.sqlite3"]  # a write still running is never swept
    assert (tmp_path / "saoluu.sqlite3").stat().st_mode & 0o077 == 0  # the owner's only


def dead_pid() -> int:
    """The id of a process that has ended."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid
