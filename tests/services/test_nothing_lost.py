"""Nothing lost, nobody in: an output never replaces the program's own files, a whole-file
operation never loses another desk's write, a half-done one is put right at the next start,
a database whose accounts vanished is refused, the trail's tail is checked on every command,
an operator's exposure stays in its facilities, and every file of personal data is private."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from quarantine_desk.app import main
from quarantine_desk.services import Services
from quarantine_desk.services.backup import restore_file
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage import exclusive, keys
from quarantine_desk.storage.anchors import anchors_file
from quarantine_desk.storage.db import Database, DatabaseError, WriteRefused
from quarantine_desk.storage.models import ArrivalBatch, Facility, Person
from quarantine_desk.storage.private import sweep

PASSWORD = "mat-khau-du-dai-1"
ON = date(2026, 11, 22)
pytestmark = pytest.mark.sqlite_only  # files, locks and renames of SQLite


def accounts(services: Services) -> None:
    services.users.create_first_admin("quantri", PASSWORD)
    services.users.add("vanhanh", PASSWORD, "operator", facility_codes=["QS"])
    services.users.add("xem", PASSWORD, "viewer")


def run(db_path: Path, user: str, *argv: str, capsys: pytest.CaptureFixture[str]
        ) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), "--user", user, *argv])
    out, err = capsys.readouterr()
    return code, out, err


def opens(db_path: Path) -> int:
    """How many facilities the database holds, read by a new desk (it still opens)."""
    db = Database(str(db_path))
    try:
        with db.read() as session:
            return session.query(Facility).count()
    finally:
        db.close()


# -- 1. outputs --------------------------------------------------------------------------

def test_no_output_replaces_the_database_or_its_keys(services_with_site, db, db_path,
                                                     tmp_path, capsys, monkeypatch):
    accounts(services_with_site)
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    services_with_site.backups.auto_backup(db_path.parent / "backups")
    [rotated] = (db_path.parent / "backups").iterdir()
    keys.store().mkdir(parents=True, exist_ok=True)
    key_file = keys.store() / "x.key"
    key_file.write_text("KEY")
    link = tmp_path / "link.xlsx"
    link.symlink_to(db_path)
    other_db = tmp_path / "other.sqlite3"
    sqlite3.connect(other_db).execute("CREATE TABLE t(x)").connection.close()
    facilities = opens(db_path)
    for target in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), rotated, key_file,
                   anchors_file(), link, tmp_path / "sub" / ".." / db_path.name, other_db):
        (tmp_path / "sub").mkdir(exist_ok=True)
        for argv in (["export", "people", "-o", str(target), "--force"],
                     ["report", "daily-list", "-o", str(target), "--force"]):
            code, _, err = run(db_path, "xem", *argv, capsys=capsys)
            assert code == 2, (target, err)
            assert len(err.strip().splitlines()) == 1 and "không ghi đè" in err, err
    assert opens(db_path) == facilities  # the database is whole and still opens
    assert key_file.read_text() == "KEY"
    assert sqlite3.connect(other_db).execute("SELECT count(*) FROM t").fetchone() == (0,)


def test_an_existing_file_is_replaced_only_with_force(services_with_site, tmp_path):
    papers = services_with_site.papers
    there = tmp_path / "danh-sach.xlsx"
    there.write_bytes(b"the operator's own workbook")
    with pytest.raises(ServiceError, match="đã có"):
        papers.export("people", there, ON)
    assert there.read_bytes() == b"the operator's own workbook"
    papers.export("people", there, ON, force=True)
    assert there.read_bytes()[:2] == b"PK"


def test_an_error_workbook_path_is_refused_before_the_file_is_read(db_path, tmp_path, capsys):
    Database(str(db_path)).close()
    manifest = tmp_path / "khong-co.xlsx"  # never read: the path is refused first
    code = main(["--db", str(db_path), "import", str(manifest), "--errors-out", str(db_path)])
    _, err = capsys.readouterr()
    assert code == 2 and "tệp của chính chương trình" in err


def test_an_output_named_csv_is_csv_with_a_bom_and_formula_safe(services_with_site, db,
                                                               tmp_path):
    with db.write() as session:
        batch = session.query(ArrivalBatch).first()
        from quarantine_desk.services.people import new_person

        session.add(new_person(full_name="=HYPERLINK(\"x\")", sex="M", batch_id=batch.id,
                               phone="+84912345678"))
    out = tmp_path / "nguoi.csv"
    services_with_site.papers.export("people", out, ON)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"PK" not in raw[:4]
    text = raw.decode("utf-8-sig")
    assert "'=HYPERLINK" in text  # a spreadsheet shows it as text, never runs it
    assert text.splitlines()[0].count(",") >= 3  # a header row of columns, not zip bytes


# -- 2. whole-file operations under other writers ------------------------------------

def test_restore_waits_for_a_running_write_and_it_is_kept_not_lost(services_with_site, db,
                                                                 db_path, tmp_path):
    copy = services_with_site.backups.backup(tmp_path / "copy.sqlite3")
    other = Database(str(db_path))  # another desk
    started, done = threading.Event(), threading.Event()
    said: list[str] = []

    def long_write() -> None:
        with other.write() as session:
            session.query(Facility).count()  # the write has begun: it holds the lock
            started.set()
            time.sleep(1.0)
            session.add(Facility(code="LATE", name="Ghi trước khi khôi phục", kind="other",
                                 beds=1, status="active"))
        said.append("committed")
        done.set()

    writer = threading.Thread(target=long_write)
    writer.start()
    started.wait(5)
    kept = restore_file(copy, db_path)
    writer.join()
    assert said == ["committed"]
    with sqlite3.connect(kept) as conn:  # the write reported done is in the kept copy
        assert conn.execute("SELECT count(*) FROM facility WHERE code='LATE'").fetchone() == (1,)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM facility WHERE code='LATE'").fetchone() == (0,)
    other.close()


def holder_process() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def test_while_another_process_holds_the_database_writes_and_opens_are_refused(
        services_with_site, db, db_path):
    child = holder_process()
    try:
        exclusive.lock_path(db_path).write_text(
            f'{{"op": "restore", "pid": {child.pid}, "step": "prepare"}}')
        with pytest.raises(WriteRefused, match="đang được khôi phục"), db.write() as session:
            session.add(Facility(code="NO", name="Không ghi", kind="other", beds=1,
                                 status="active"))
        with pytest.raises(DatabaseError, match="đang được khôi phục"):
            Database(str(db_path))
    finally:
        child.kill()
        child.wait()
    assert opens(db_path) == 2  # the holder is gone: the lock is cleared, nothing written
    assert not exclusive.lock_path(db_path).exists()


def test_a_desk_whose_file_was_swapped_under_it_writes_nothing(services_with_site, db,
                                                               db_path, tmp_path):
    other = tmp_path / "other.sqlite3"
    Database(str(other)).close()
    os.replace(db_path, tmp_path / "moved.sqlite3")  # what a rename swap does to a desk
    os.replace(other, db_path)
    with pytest.raises(WriteRefused, match="vừa được thay"), db.write() as session:
        session.add(Facility(code="LOST", name="Sẽ mất", kind="other", beds=1,
                             status="active"))


# -- 3. a kill in the middle ---------------------------------------------------------

KILL_AT = textwrap.dedent("""
    import os, signal, sys
    from quarantine_desk.services import Services
    from quarantine_desk.storage import exclusive
    from quarantine_desk.storage.db import Database
    import quarantine_desk.services.backup as backup

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    if sys.argv[2] == "swap":  # the new file complete and checked, the journal READY
        exclusive.finish_swap = die
    else:  # the new file written, not yet checked: PREPARE
        backup._check_file = die
    db = Database(sys.argv[1])
    Services.open(db).backups.encrypt()
""")


@pytest.mark.parametrize("where", ["swap", "prepare"])
def test_a_killed_encryption_is_finished_or_undone_at_the_next_start(
        services_with_site, db, db_path, where):
    accounts(services_with_site)
    db.close()
    proc = subprocess.run([sys.executable, "-c", KILL_AT, str(db_path), where],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert exclusive.lock_path(db_path).exists()
    again = Database(str(db_path))  # finishes (the new file was checked) or undoes
    try:
        assert Services.open(again).users.has_accounts()
        assert (again.key is not None) == (where == "swap")
    finally:
        again.close()
    assert not exclusive.lock_path(db_path).exists()
    leftovers = [p.name for p in db_path.parent.iterdir() if p.name.endswith(".partial")]
    assert leftovers == []


def test_a_database_whose_accounts_vanished_is_refused(services_with_site, db, db_path,
                                                       capsys, monkeypatch):
    accounts(services_with_site)
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM user_facility")
        conn.execute("DELETE FROM app_user")
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)
    code = main(["--db", str(db_path), "user", "add", "evil", "--role", "admin"])
    _, err = capsys.readouterr()
    assert code == 2 and "không còn tài khoản" in err
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM app_user").fetchone() == (0,)


# -- 4. the trail's tail ---------------------------------------------------------------

def test_a_trail_cut_after_the_last_write_is_said_on_every_command(
        services_with_site, db, db_path, capsys, monkeypatch):
    accounts(services_with_site)
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)
    code, _, err = run(db_path, "quantri", "user", "add", "evil", "--role", "admin",
                       capsys=capsys)
    assert code == 0 and "cảnh báo" not in err
    with sqlite3.connect(db_path) as conn:  # the entry of the account, removed by hand
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    code, _, err = run(db_path, "xem", "facility", "list", capsys=capsys)
    assert code == 0
    assert "cảnh báo" in err and "mất mục số" in err and len(err.strip().splitlines()) == 1


def test_restore_refuses_a_backup_cut_shorter_than_its_anchor(services_with_site, db,
                                                             tmp_path):
    copy = services_with_site.backups.backup(tmp_path / "copy.sqlite3")
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TRIGGER audit_event_no_delete")
        conn.execute("DELETE FROM audit_event WHERE seq = (SELECT max(seq) FROM audit_event)")
    with pytest.raises(ServiceError, match="mất mục số"):
        services_with_site.backups.restore(copy)


# -- 5. an operator's exposure -----------------------------------------------------------

def test_an_operators_flight_exposure_leaves_other_facilities_alone(services_with_site, db):
    from quarantine_desk.services.exposure import ExposureService
    from quarantine_desk.services.users import UserService

    services = services_with_site
    accounts(services)
    with db.write() as session:
        batch = session.query(ArrivalBatch).first()
        people = session.query(Person).filter_by(batch_id=batch.id).order_by(Person.id).all()
        for seat, person in zip(("12A", "12B", "13A"), people, strict=False):
            person.extra = {"Số ghế": seat}
        ids = [p.id for p in people]
    arrived = batch.arrival_date
    services.admissions.admit(ids[0], "QS", None, arrived)
    services.admissions.admit(ids[1], "KTX", None, arrived)
    services.admissions.admit(ids[2], "QS", None, arrived)
    before = services.people.list()
    actor = UserService(db, services.access).sign_in("vanhanh", PASSWORD)
    operator = Services.open(db, actor)
    assert isinstance(operator.exposure, ExposureService)
    found = operator.exposure.exposure(ids[0], arrived + timedelta(days=3), "flight",
                                       apply=True)
    assert [c.person_id for c in found.contacts] == [ids[2]]
    assert [(c.person_id, c.facility) for c in found.elsewhere] == [(ids[1], "KTX")]
    after = {p.id: p for p in services.people.list()}
    elsewhere = next(p for p in before if p.id == ids[1])
    assert after[ids[1]].contact_level == elsewhere.contact_level
    assert after[ids[1]].planned_release_on == elsewhere.planned_release_on
    assert after[ids[2]].contact_level == "F1"


# -- 6. private files ---------------------------------------------------------------------

def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_files_of_personal_data_are_their_owners_only(services_with_site, db, db_path,
                                                      tmp_path):
    from quarantine_desk.config import default_db_path
    from quarantine_desk.services.backup import BackupService

    assert mode(db_path) == 0o600
    own = Database(str(default_db_path()), create_parent=True)
    try:
        assert mode(default_db_path().parent) == 0o700
        assert mode(default_db_path()) == 0o600
    finally:
        own.close()
    copy = services_with_site.backups.backup(tmp_path / "copy.sqlite3")
    assert mode(copy) == 0o600
    kept = BackupService(db).restore(copy)
    assert mode(kept) == 0o600 and mode(db_path) == 0o600
    again = Database(str(db_path))
    try:
        _, plain = Services.open(again).backups.encrypt()
    finally:
        again.close()
    assert mode(plain) == 0o600 and mode(db_path) == 0o600


def test_a_killed_readers_temporary_list_is_swept_and_the_kill_named(tmp_path, monkeypatch):
    from quarantine_desk.config import temp_folder
    from quarantine_desk.importing import reader
    from quarantine_desk.importing.reader import ImportFileError

    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    folder = temp_folder()
    assert mode(folder) == 0o700
    left = folder / f"qd-read-p{child.pid}-abcd.pickle"
    left.write_bytes(b"the whole parsed list")
    mine = folder / f"qd-read-p{os.getpid()}-efgh.pickle"
    mine.write_bytes(b"being read now")
    sweep(folder, ours=True)
    assert not left.exists() and mine.exists()

    def killed(*args, **kwargs):
        return subprocess.CompletedProcess(args, -signal.SIGKILL)

    monkeypatch.setattr(reader.subprocess, "run", killed)
    workbook = tmp_path / "ds.xlsx"
    workbook.write_bytes(b"PK\x03\x04")
    with pytest.raises(ImportFileError, match="bị dừng giữa chừng"):
        reader._run_worker(workbook)


def test_a_killed_restore_leaves_the_old_database(services_with_site, db, db_path, tmp_path):
    copy = services_with_site.backups.backup(tmp_path / "copy.sqlite3")
    services_with_site.facilities.add(code="NEW", name="Sau sao lưu", kind="other", beds=1)
    db.close()
    script = textwrap.dedent("""
        import os, signal, sys
        from pathlib import Path
        import quarantine_desk.services.backup as backup
        original = backup._copy
        def copy(src, dest, **kw):
            if Path(src) == Path(sys.argv[2]):
                os.kill(os.getpid(), signal.SIGKILL)  # before the backup goes in
            return original(src, dest, **kw)
        backup._copy = copy
        backup.restore_file(Path(sys.argv[2]), Path(sys.argv[1]))
    """)
    proc = subprocess.run([sys.executable, "-c", script, str(db_path), str(copy)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert opens(db_path) == 3  # the two of the site and the new one: nothing lost
    assert not exclusive.lock_path(db_path).exists()
    assert not [p for p in db_path.parent.iterdir() if p.name.endswith(".partial")]
