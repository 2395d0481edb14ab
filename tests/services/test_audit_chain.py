"""The audit trail cannot be rewritten unseen: REPLACE is refused, and the hash chain finds
an entry edited, removed, slipped in, a trail cut short or rewritten whole."""

import json
import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import text

from quarantine_desk.app import main
from quarantine_desk.services import Services
from quarantine_desk.services.backup import BackupService
from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.audit_chain import CONTENT, chain_all
from quarantine_desk.storage.db import Database
from tests.conftest import database_at

PASSWORD = "mật-khẩu-dài-đủ"


@pytest.fixture
def trail(db, db_path):
    """A day's work in the trail, and the raw file with its guards taken off (as someone
    with the file and the sqlite3 program could)."""
    load_demo(db, today=date(2026, 11, 22))
    services = Services.open(db)
    services.users.create_first_admin("chihuy", PASSWORD)
    for batch in services.batches.list():
        services.allocation.allocate(batch.id)  # one entry per person placed, in bulk
    return db


def raw(db_path, *statements, unguard=True):
    with sqlite3.connect(db_path) as conn:
        if unguard:
            for name in ("update", "delete", "replace"):
                conn.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{name}")
        for statement in statements:
            conn.execute(statement)


def last_seq(db_path):
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT max(seq), count(*) FROM audit_event").fetchone()


def verify(capsys, db_path):
    """`audit verify --json` as the administrator (whose sign-in adds an entry)."""
    code = main(["--db", str(db_path), "--user", "chihuy", "audit", "verify", "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out else None


def problems(db):
    """The check the window runs at start-up, which adds no entry."""
    return Services.open(db).audit.check().problems


@pytest.fixture
def password(monkeypatch):
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)


@pytest.mark.sqlite_only
@pytest.mark.parametrize("statement", [
    "INSERT OR REPLACE INTO audit_event (id, at, action, username) "
    "VALUES (1, '2026-11-22 08:00:00', 'login', 'system')",
    "REPLACE INTO audit_event (id, at, action) VALUES (2, '2026-11-22 08:00:00', 'login')",
    "INSERT OR REPLACE INTO audit_event (at, action, seq) VALUES ('2026-11-22', 'login', 1)",
])
def test_an_insert_that_replaces_an_entry_is_refused(trail, db_path, statement):
    before = last_seq(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        raw(db_path, statement, unguard=False)
    assert last_seq(db_path) == before


def test_a_days_work_is_one_unbroken_chain(trail):
    check = Services.open(trail).audit.check()
    assert check.intact and check.problems == []
    with trail.read() as session:
        count = session.execute(text("SELECT count(*) FROM audit_event")).scalar()
    assert check.entries == count > 10 and check.head[0] == count


@pytest.mark.sqlite_only
def test_an_edited_entry_is_found_and_named(trail, db_path, capsys, password):
    assert verify(capsys, db_path) == (0, {"entries": last_seq(db_path)[1], "intact": True,
                                           "problems": []})
    raw(db_path, "UPDATE audit_event SET username = 'system', summary = 'Đăng nhập' "
                 "WHERE seq = 7")
    code, found = verify(capsys, db_path)
    with sqlite3.connect(db_path) as conn:
        entry = conn.execute("SELECT id FROM audit_event WHERE seq = 7").fetchone()[0]
    assert code == 1
    assert found["problems"] == [f"mục số 7 (mã {entry}) đã bị sửa ngoài chương trình"]


@pytest.mark.sqlite_only
def test_removed_and_slipped_in_entries_are_found(trail, db_path):
    raw(db_path, "DELETE FROM audit_event WHERE seq IN (5, 6)",
        "INSERT INTO audit_event (at, action, username) VALUES ('2026-11-22', 'login', 'x')")
    with sqlite3.connect(db_path) as conn:
        slipped = conn.execute("SELECT id FROM audit_event WHERE seq IS NULL").fetchone()[0]
    assert problems(trail) == [f"mục mã {slipped} được thêm ngoài chương trình",
                               "mất các mục số 5–6"]


@pytest.mark.sqlite_only
def test_a_trail_cut_short_differs_from_what_this_desk_saw(trail, db_path):
    assert problems(trail) == []  # this desk now remembers the newest entry
    last, _ = last_seq(db_path)
    raw(db_path, f"DELETE FROM audit_event WHERE seq > {last - 3}")
    found = problems(trail)
    assert found[0] == f"mất các mục số {last - 2}–{last}"
    # the seals cut with them no longer match the rows the program wrote since
    assert all("không khớp với lần ghi cuối trong nhật ký" in p for p in found[1:])


@pytest.mark.sqlite_only
def test_a_trail_rewritten_whole_differs_from_what_this_desk_saw(trail, db_path):
    assert problems(trail) == []
    last, _ = last_seq(db_path)
    # every link recomputed after the edit: the chain checks, the head seen before does not
    with sqlite3.connect(db_path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(r) for r in conn.execute(
            "SELECT id, " + ", ".join(k for k in CONTENT if k != "seq")
            + " FROM audit_event ORDER BY seq")]
    for r in rows:
        r["at"] = datetime.fromisoformat(r["at"])
        r["before"] = json.loads(r["before"]) if r["before"] else None
        r["after"] = json.loads(r["after"]) if r["after"] else None
    rows[0]["username"] = "nguoi-khac"
    raw(db_path, *(f"UPDATE audit_event SET username = '{r['username']}', chain = "
                   f"'{r['chain']}' WHERE id = {r['id']}" for r in chain_all(rows)))
    assert problems(trail) == [
        f"nhật ký đã bị viết lại từ mục số {last} trở về trước (khác với lần kiểm tra "
        "trước trên máy này)"]


@pytest.mark.sqlite_only
def test_restore_refuses_a_backup_whose_trail_was_edited_unless_told(trail, db_path,
                                                                       tmp_path):
    copy = BackupService(trail).backup(tmp_path / "saoluu.sqlite3")
    raw(copy, "DELETE FROM audit_event WHERE seq = 3")
    with pytest.raises(ServiceError) as refused:
        BackupService(trail).restore(copy)
    assert "đã bị sửa ngoài chương trình (mất mục số 3); không khôi phục" in str(refused.value)
    assert last_seq(db_path)[0] > 3 and last_seq(db_path)[1] == last_seq(db_path)[0]
    BackupService(trail).restore(copy, accept_broken_trail=True)
    again = Database(str(db_path))
    try:
        check = Services.open(again).audit.check()
        assert check.problems == ["mất mục số 3"]  # the restored trail, shown as it is
    finally:
        again.close()


@pytest.mark.sqlite_only
def test_an_older_trail_is_chained_when_its_database_is_upgraded(db_path):
    database_at(db_path, "0014").close()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO audit_event (at, action, username, after, summary) VALUES (?, ?, ?, ?, ?)",
            [("2026-11-20 08:00:00.000000", "login", "chihuy", None, None),
             ("2026-11-20 09:30:00.250000", "release", "canbo",
              json.dumps({"released_on": "2026-11-20", "người": "Đức"}), "Hoàn thành"),
             ("2026-11-20 09:30:00.250000", "print", None, json.dumps({"n": 1}), None)])
    upgraded = Database(str(db_path))
    try:
        check = Services.open(upgraded).audit.check()
        # the three, and the seal of the rows as 0017 found them (storage/seals.py)
        assert (check.entries, check.problems) == (4, [])
        Services.open(upgraded).users.create_first_admin("chihuy", PASSWORD)
        # the account's entry, and the seal of its row
        assert Services.open(upgraded).audit.check().entries == 6
    finally:
        upgraded.close()


def test_desks_writing_at_once_keep_one_chain(services_with_site, db):
    """Eight writers adding entries together (on PostgreSQL they do not wait for each other
    unless told): every entry gets its own place and the chain holds."""
    from concurrent.futures import ThreadPoolExecutor

    def desk(n):
        mine = Services.open(db)
        for i in range(5):
            mine.facilities.add(code=f"B{n}{i}", name=f"Bàn {n} lần {i}", kind="other", beds=2)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(desk, range(8)))
    check = Services.open(db).audit.check()
    assert check.problems == [] and check.entries >= 40
