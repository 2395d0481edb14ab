"""The rows that decide who signs in and who goes home (accounts, people, stays, tests) are
sealed in the audit chain: a direct edit of the file is found by `audit verify`, at start-up
and on restore, and named on every command (storage/seals.py)."""

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import text

from quarantine_desk.app import main
from quarantine_desk.services import Services
from quarantine_desk.services.backup import BackupService
from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import Database
from tests.conftest import database_at

PASSWORD = "mật-khẩu-dài-đủ"
FLIP = "UPDATE test_result SET result = CASE result WHEN 'negative' THEN 'positive' ELSE " \
       "'negative' END WHERE id = {id}"


@pytest.fixture
def site(db):
    load_demo(db, today=date(2026, 11, 22))
    services = Services.open(db)
    services.users.create_first_admin("chihuy", PASSWORD)
    for batch in services.batches.list():
        services.allocation.allocate(batch.id)
    return db


def raw(path, *statements):
    with sqlite3.connect(path) as conn:
        for statement in statements:
            conn.execute(statement)


def problems(db):
    return Services.open(db).audit.check().problems


def first(path, sql):
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchone()[0]


def test_the_programs_own_writes_leave_the_seals_whole(site):
    """A demo, an account, allocations on SQLite and PostgreSQL: nothing found, and no
    change left unsealed."""
    assert problems(site) == []
    with site.read() as session:
        assert session.execute(text("SELECT count(*) FROM seal_pending")).scalar() == 0
        people = session.execute(text("SELECT count(*) FROM person")).scalar()
        sealed = session.execute(text(
            "SELECT count(*) FROM row_seal WHERE entity = 'person'")).scalar()
    assert people == sealed > 300


@pytest.mark.sqlite_only
@pytest.mark.parametrize(("statement", "found"), [
    (FLIP.format(id=1),
     "kết quả xét nghiệm mã 1 đã bị sửa ngoài chương trình"),
    ("INSERT INTO app_user (id, username, role, active, created_at) VALUES "
     "(99, 'ke-gian', 'admin', 1, '2026-11-22 08:00:00.000000')",
     "tài khoản mã 99 đã bị sửa ngoài chương trình"),
    ("DELETE FROM stay WHERE id = 2", "lượt cách ly mã 2 đã bị sửa ngoài chương trình"),
    ("UPDATE person SET full_name = 'Người Khác' WHERE id = 3",
     "người mã 3 đã bị sửa ngoài chương trình"),
])
def test_a_row_changed_outside_the_program_is_named(site, db_path, capsys, statement, found,
                                                    monkeypatch):
    raw(db_path, "PRAGMA foreign_keys=OFF", statement)
    assert found in problems(site)
    # every command says so in one line, before its own output
    assert main(["--db", str(db_path), "facility", "list"]) in (0, 2)
    assert found in capsys.readouterr().err
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    code = main(["--db", str(db_path), "--user", "chihuy", "audit", "verify", "--json"])
    report = json.loads(capsys.readouterr().out)
    assert code != 0 and found in report["problems"]


@pytest.mark.sqlite_only
def test_a_change_with_the_triggers_dropped_and_the_seals_rewritten_is_still_found(
        site, db_path):
    """Someone who knows the scheme drops the triggers and rewrites the row's kept hash:
    the table's rows no longer add up to the chain's last seal."""
    test_id = first(db_path, "SELECT min(id) FROM test_result")
    raw(db_path, "DROP TRIGGER seal_test_result_update",
        FLIP.format(id=test_id))
    assert problems(site) == [f"kết quả xét nghiệm mã {test_id} đã bị sửa ngoài chương trình"]
    with site.read() as session:
        from quarantine_desk.storage.seals import SEALED, _hashes

        assert "test_result" in SEALED
        now = dict(_hashes(session.connection(), "test_result", f"WHERE id = {test_id}", {}))
    raw(db_path, f"UPDATE row_seal SET hash = '{now[test_id]}' WHERE entity = 'test_result' "
        f"AND row_id = {test_id}")
    found = problems(site)
    assert len(found) == 1 and found[0].startswith(
        "dữ liệu kết quả xét nghiệm không khớp với lần ghi cuối trong nhật ký")


@pytest.mark.sqlite_only
def test_the_programs_next_write_does_not_seal_somebody_elses_change(site, db_path):
    raw(db_path, "UPDATE person SET full_name = 'Người Khác' WHERE id = 3")
    Services.open(site).people.edit(4, full_name="Người Thứ Tư")  # the program writes
    assert problems(site) == ["người mã 3 đã bị sửa ngoài chương trình"]


@pytest.mark.sqlite_only
def test_triggers_removed_by_hand_are_put_back_at_the_next_start(site, db_path):
    raw(db_path, "DROP TRIGGER seal_app_user_insert")
    Database(str(db_path)).close()
    raw(db_path, "INSERT INTO app_user (id, username, role, active, created_at) VALUES "
        "(77, 'ke-gian', 'admin', 1, '2026-11-22 08:00:00.000000')")
    assert "tài khoản mã 77 đã bị sửa ngoài chương trình" in problems(site)


def test_a_write_that_fails_leaves_no_note_behind(site):
    with pytest.raises(RuntimeError), site.write() as session:
        session.execute(text("UPDATE person SET full_name = 'Tạm' WHERE id = 3"))
        raise RuntimeError("stopped half-way")
    with site.read() as session:
        assert session.execute(text("SELECT count(*) FROM seal_pending")).scalar() == 0
    assert problems(site) == []


def test_desks_changing_people_at_once_keep_the_seals_whole(site):
    """Eight desks editing people together (on PostgreSQL the seals are summed under the
    chain's lock; on SQLite writes take turns): every change sealed, the sums add up."""
    from concurrent.futures import ThreadPoolExecutor

    def desk(n):
        mine = Services.open(site)
        for i in range(4):
            pid = 10 + n * 4 + i
            mine.people.edit(pid, full_name=f"Người Bàn {'ABCDEFGH'[n]} Lần {'MNPQ'[i]}")

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(desk, range(8)))
    assert problems(site) == []


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_whose_rows_were_edited(site, db_path, tmp_path):
    copy = BackupService(site).backup(tmp_path / "saoluu.sqlite3")
    raw(copy, FLIP.format(id=1))
    before = first(db_path, "SELECT result FROM test_result WHERE id = 1")
    with pytest.raises(ServiceError) as refused:
        BackupService(site).restore(copy)
    assert "kết quả xét nghiệm mã 1 đã bị sửa ngoài chương trình" in str(refused.value)
    assert first(db_path, "SELECT result FROM test_result WHERE id = 1") == before


@pytest.mark.sqlite_only
def test_an_upgrade_seals_the_rows_it_finds(db_path):
    database_at(db_path, "0016").close()
    raw(db_path,
        "INSERT INTO facility (id, code, name, kind, status, beds) VALUES "
        "(1, 'QS', 'Trường Quân sự', 'military', 'active', 10)",
        "INSERT INTO person (id, full_name, name_folded, sort_key, status, fully_vaccinated, "
        "created_at) VALUES (1, 'Nguyễn Văn Đức', 'nguyen van duc', 'duc', 'in_quarantine', 0, "
        "'2021-11-20 08:00:00.000000')",
        "INSERT INTO stay (id, person_id, facility_id, admitted_on, quarantine_start, "
        "planned_release_on) VALUES (1, 1, 1, '2021-11-20', '2021-11-20', '2021-12-04')")
    upgraded = Database(str(db_path))
    try:
        assert problems(upgraded) == []
        raw(db_path, "UPDATE stay SET planned_release_on = '2021-11-23' WHERE id = 1")
        assert problems(upgraded) == ["lượt cách ly mã 1 đã bị sửa ngoài chương trình"]
    finally:
        upgraded.close()
