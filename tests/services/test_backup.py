"""Backups: online copies, rotation, a checked restore that keeps what it replaces."""

import sqlite3
from datetime import date

import pytest

from quarantine_desk.services import Services
from quarantine_desk.services.backup import BackupService
from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import Database, DatabaseError

pytestmark = pytest.mark.sqlite_only  # file backups are a SQLite feature (pg_dump otherwise)


def people(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]


def test_backup_and_restore_round_trip(db, db_path, tmp_path):
    load_demo(db, today=date(2026, 11, 22))
    count = people(db_path)
    copy = BackupService(db).backup(tmp_path / "copy.sqlite3")
    assert people(copy) == count
    services = Services.open(db)
    services.facilities.add(code="NEW", name="Cơ sở mới", kind="other", beds=5)
    kept = BackupService(db).restore(copy)
    assert kept.exists()
    again = Database(str(db_path))
    try:
        codes = {f.code for f in Services.open(again).facilities.list()}
        assert "NEW" not in codes and people(db_path) == count
    finally:
        again.close()
    with sqlite3.connect(kept) as conn:  # the replaced database, intact
        assert conn.execute("SELECT count(*) FROM facility WHERE code='NEW'").fetchone()[0] == 1


def test_rotation_keeps_the_newest(db, tmp_path, monkeypatch):
    from quarantine_desk.services import backup

    stamps = iter(f"20261122-0000{i:02d}" for i in range(20))

    class Clock:
        @staticmethod
        def now():
            class Stamp:
                def strftime(self, _):
                    return next(stamps)
            return Stamp()

    monkeypatch.setattr(backup, "datetime", Clock)
    service = BackupService(db)
    for _ in range(5):
        service.auto_backup(tmp_path / "backups", keep=3)
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert names == [f"quarantine-desk-20261122-0000{i:02d}.sqlite3" for i in (2, 3, 4)]


@pytest.mark.parametrize("kind", ["garbage", "foreign", "newer", "missing"])
def test_restore_refuses_and_changes_nothing(db, db_path, tmp_path, kind):
    bad = tmp_path / "bad.sqlite3"
    if kind == "garbage":
        bad.write_bytes(b"not a database at all" * 100)
    elif kind == "foreign":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE notes (x)")
    elif kind == "newer":
        BackupService(db).backup(bad)
        with sqlite3.connect(bad) as conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(ServiceError):
        BackupService(db).restore(bad)
    assert db_path.read_bytes() == before
    assert not list(tmp_path.glob("*.replaced-*"))


def test_damaged_database_is_a_clear_choice_not_a_crash(db_path):
    database = Database(str(db_path))
    load_demo(database, today=date(2026, 11, 22))
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):  # scribble over page contents
        data[offset + 100:offset + 400] = b"\xff" * 300
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="bị hỏng|Không mở được"):
        Database(str(db_path))


def test_backup_and_restore_commands(capsys, db_path, tmp_path):
    from quarantine_desk.app import main

    db = ["--db", str(db_path)]
    main([*db, "demo"])
    copy = tmp_path / "sao-luu.sqlite3"
    assert main([*db, "backup", "-o", str(copy)]) == 0
    assert main([*db, "backup", "-o", str(db_path)]) == 2  # never over the live database
    assert main([*db, "restore", str(copy)]) == 0
    assert "giữ tại" in capsys.readouterr().out
    assert main([*db, "restore", str(tmp_path / "none.sqlite3")]) == 2
    assert main([*db, "facility", "list"]) == 0


def test_backups_at_start_and_daily_while_running_keep_the_set_count(qtbot, db, db_path,
                                                                      monkeypatch):
    from datetime import datetime, timedelta

    from PySide6.QtCore import QObject

    from quarantine_desk.services import backup as backup_module
    from quarantine_desk.ui.session import DailyBackup

    services = Services.open(db)
    services.settings.set_option("backup_keep", 2)
    clock = [datetime(2026, 11, 22, 8, 0)]

    class Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return clock[0]

    monkeypatch.setattr(backup_module, "datetime", Clock)
    owner = QObject()
    daily = DailyBackup(owner, services)
    assert daily.run(clock[0])  # at start-up, in a worker thread
    qtbot.waitUntil(lambda: daily.job is None)
    folder = db_path.parent / "backups"
    assert len(list(folder.glob("quarantine-desk-*.sqlite3"))) == 1
    clock[0] += timedelta(hours=23)
    assert not daily.tick(clock[0])  # not yet a day
    for _ in range(3):
        clock[0] += timedelta(hours=25)
        assert daily.tick(clock[0], background=False)
    made = sorted(folder.glob("quarantine-desk-*.sqlite3"))
    assert len(made) == 2 and people(made[-1]) == people(db_path)
    assert made[-1].name == f"quarantine-desk-{clock[0]:%Y%m%d-%H%M%S}.sqlite3"


def test_restore_checks_the_file_it_copies_the_whole_schema_and_puts_the_guard_back(
        db, db_path, tmp_path):
    load_demo(db, today=date(2026, 11, 22))
    good = BackupService(db).backup(tmp_path / "saoluu")
    # a name with "#": the check once opened "saoluu" (the part before it) and passed
    fake = tmp_path / "saoluu#1.sqlite3"
    with sqlite3.connect(fake) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES ('0014')")
        conn.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
    with pytest.raises(ServiceError, match="thiếu bảng"):
        BackupService(db).restore(fake)
    assert people(db_path) == people(good)  # nothing replaced
    # a backup whose trail lost its guard: restored, and the guard is back when it opens
    with sqlite3.connect(good) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("DROP TRIGGER audit_event_no_delete")
    BackupService(db).restore(good)
    Database(str(db_path)).close()
    with sqlite3.connect(db_path) as conn, pytest.raises(sqlite3.IntegrityError,
                                                         match="append-only"):
        conn.execute("DELETE FROM audit_event")
