"""The database and its backups encrypted at rest (SQLCipher): unreadable without the key,
the same program with it, and a recovery key that opens them on another PC."""

from __future__ import annotations

import re
import sqlite3

import pytest

from quarantine_desk.app import main

pytestmark = pytest.mark.sqlite_only  # a file encrypted at rest; PostgreSQL is its own server

PROG = "quarantine-desk: lỗi: "


def run(capfd, db_path, *argv):
    code = main(["--db", str(db_path), *argv])
    out, err = capfd.readouterr()
    return code, out, err


@pytest.fixture
def encrypted(capfd, db_path):
    """A demo database, encrypted; returns the recovery key as printed."""
    assert run(capfd, db_path, "demo")[0] == 0
    code, out, err = run(capfd, db_path, "encrypt")
    assert code == 0, err
    [key] = re.findall(r"^    ([0-9A-F]{4}(?:-[0-9A-F]{4}){15})$", out, re.M)
    return key


def another_desk(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "another-pc"))


def test_the_file_is_unreadable_without_the_key_and_the_same_with_it(capfd, db_path,
                                                                    encrypted):
    names = [line for line in run(capfd, db_path, "person", "list")[1].splitlines()[2:5]]
    assert names  # the program reads it as before, with the key it keeps
    data = db_path.read_bytes()
    assert not data.startswith(b"SQLite format 3")
    assert "Nguyễn".encode() not in data and b"B4363579" not in data
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM person").fetchone()
    code, out, _ = run(capfd, db_path, "audit", "verify")
    assert code == 0 and "nguyên vẹn" in out
    kept = list(db_path.parent.glob("qd.before-encryption-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"SQLite format 3")


def test_another_desk_needs_the_recovery_key_and_nothing_else(capfd, db_path, encrypted,
                                                             monkeypatch, tmp_path):
    another_desk(monkeypatch, tmp_path)
    code, _, err = run(capfd, db_path, "facility", "list")
    assert code == 2 and err == (
        PROG + f"Cơ sở dữ liệu {db_path} được mã hóa và máy này không có khóa của nó; hãy "
        f"nhập khóa khôi phục: quarantine-desk --db {db_path} key add (nếu tệp chưa từng "
        "được mã hóa thì nó đã hỏng: hãy khôi phục từ bản sao lưu).\n")
    wrong = encrypted[:-1] + ("0" if encrypted[-1] != "0" else "1")
    monkeypatch.setenv("QUARANTINE_DESK_DB_KEY", wrong)
    code, _, err = run(capfd, db_path, "key", "add")
    assert code == 2 and err == PROG + (
        "Khóa không mở được qd.sqlite3 (khóa của một cơ sở dữ liệu khác, hoặc gõ sai).\n")
    assert "ERROR CORE" not in err  # SQLCipher's own log stays off
    monkeypatch.setenv("QUARANTINE_DESK_DB_KEY", encrypted)
    assert run(capfd, db_path, "key", "add")[0] == 0
    monkeypatch.delenv("QUARANTINE_DESK_DB_KEY")
    code, out, _ = run(capfd, db_path, "facility", "list")
    assert code == 0 and "TQS-CT" in out


def test_a_backup_is_as_encrypted_as_its_database_and_restores_elsewhere(
        capfd, db_path, encrypted, monkeypatch, tmp_path):
    copy = tmp_path / "saoluu.sqlite3"
    assert run(capfd, db_path, "backup", "-o", str(copy))[0] == 0
    assert not copy.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(copy).execute("SELECT count(*) FROM person").fetchone()
    people = run(capfd, db_path, "person", "list", "--json")[1]

    another_desk(monkeypatch, tmp_path)
    elsewhere = tmp_path / "may-khac.sqlite3"
    code, _, err = run(capfd, elsewhere, "restore", str(copy))
    assert code == 2 and "saoluu.sqlite3 được mã hóa; cần khóa khôi phục" in err
    monkeypatch.setenv("QUARANTINE_DESK_DB_KEY", encrypted)
    assert run(capfd, elsewhere, "restore", str(copy))[0] == 0
    monkeypatch.delenv("QUARANTINE_DESK_DB_KEY")  # the desk keeps the key it restored with
    assert run(capfd, elsewhere, "person", "list", "--json")[1] == people


def test_a_database_is_encrypted_once(capfd, db_path, encrypted):
    code, _, err = run(capfd, db_path, "encrypt")
    assert code == 2 and err == PROG + f"Cơ sở dữ liệu {db_path} đã được mã hóa.\n"
