"""Opening, upgrading and refusing databases."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from quarantine_desk.services import Services
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.storage.db import Database, DatabaseError, head_revision
from tests.conftest import database_at

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.sqlite_only
def test_new_database_is_at_head_with_pragmas(db):
    assert db.current_revision() == head_revision()
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
        days = session.execute(
            text("SELECT days FROM quarantine_policy ORDER BY valid_from, group_name")
        ).scalars().all()
    # ... and 8399/BYT-MT of 6/10/2021 by status: full, none, partial, recovered (0018)
    assert days == [14, 14, 21, 14, 7, 7, 14, 7, 7]


def test_url_and_path_reach_the_same_code(db_path):
    Database(str(db_path)).close()
    again = Database(f"sqlite:///{db_path}")
    assert again.current_revision() == head_revision()
    again.close()


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("schema_*.sqlite3")), ids=lambda p: p.stem)
def test_released_schema_is_upgraded_not_rebuilt(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as raw:
        people_before = raw.execute(
            "SELECT p.id, p.full_name, p.status, f.code, s.admitted_on FROM person p "
            "LEFT JOIN stay s ON s.id = p.current_stay_id "
            "LEFT JOIN facility f ON f.id = s.facility_id").fetchall()
        stays_before = raw.execute("SELECT count(*) FROM stay").fetchone()[0]
        old_revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert old_revision != head_revision()

    database = Database(str(path))
    try:
        assert database.current_revision() == head_revision()
        people = Services.open(database).people.list(PersonFilter())
        assert sorted(
            (p.id, p.full_name, p.status, p.facility,
             p.admitted_on.isoformat() if p.admitted_on else None) for p in people
        ) == sorted(people_before)
        with database.read() as session:  # tables rebuilt by batch migrations kept their rows
            assert session.execute(text("SELECT count(*) FROM stay")).scalar() == stays_before
        with database.read() as session:  # the table the newer revision added is there
            assert session.execute(text("SELECT count(*) FROM planned_date_change")).scalar() == 0
        # the old file was copied aside first, intact
        assert database.upgrade_backup is not None and database.upgrade_backup.exists()
        with sqlite3.connect(database.upgrade_backup) as raw:
            assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
                old_revision
            )
            assert raw.execute("SELECT count(*) FROM person").fetchone()[0] == len(people_before)
    finally:
        database.close()


def test_newer_schema_is_refused_and_untouched(db_path):
    Database(str(db_path)).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseError, match="mới hơn"):
        Database(str(db_path))
    assert db_path.read_bytes() == before


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (x TEXT)")
    with pytest.raises(DatabaseError, match="không phải cơ sở dữ liệu của Quarantine Desk"):
        Database(str(path))


def test_garbage_file_is_refused(tmp_path):
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="Không mở được"):
        Database(str(path))


def test_missing_driver_is_a_clear_message():
    with pytest.raises(DatabaseError):
        Database("nosuchdialect://user@localhost/db")


def test_models_and_migrations_agree(db):
    """The schema the migrations build is the one the models describe."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from quarantine_desk.storage.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


@pytest.mark.sqlite_only
def test_stays_linked_by_a_transfer_share_their_start_after_upgrade(db_path):
    database_at(db_path, "0008").close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("INSERT INTO facility (id, code, name, kind, status, beds) VALUES "
                    "(1, 'A', 'A', 'military', 'active', 9), "
                    "(2, 'B', 'B', 'military', 'active', 9)")
        raw.execute("INSERT INTO person (id, full_name, name_folded, sort_key, status, "
                    "fully_vaccinated, created_at) VALUES (1, 'X', 'x', 'x', 'in_quarantine', 0, "
                    "'2021-01-01 00:00:00'), (2, 'Y', 'y', 'y', 'in_quarantine', 0, "
                    "'2021-01-01 00:00:00')")
        raw.executemany(
            "INSERT INTO stay (id, person_id, facility_id, admitted_on, planned_release_on, "
            "released_on, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(1, 1, 1, "2021-01-01", "2021-01-15", "2021-01-05", "transferred"),
             (2, 1, 2, "2021-01-05", "2021-01-15", "2021-01-09", "transferred"),
             (3, 1, 1, "2021-01-09", "2021-01-15", None, None),
             (4, 2, 1, "2021-01-01", "2021-01-15", "2021-01-15", "released"),
             (5, 2, 2, "2021-03-01", "2021-03-15", None, None)])
    database = Database(str(db_path))  # upgrades to head
    try:
        with database.read() as session:
            starts = dict(session.execute(text("SELECT id, quarantine_start FROM stay")).all())
    finally:
        database.close()
    assert starts == {1: "2021-01-01", 2: "2021-01-01", 3: "2021-01-01", 4: "2021-01-01",
                      5: "2021-03-01"}  # a new quarantine after a release starts again


def test_the_schema_head_the_program_expects_is_alembics_head():
    """Opening a current database reads the version row and skips Alembic: the constant it
    compares with must be the newest migration."""
    from quarantine_desk.storage.db import SCHEMA_HEAD

    assert SCHEMA_HEAD == head_revision()


@pytest.mark.sqlite_only
def test_batches_of_one_file_keep_its_fingerprint_on_the_first_after_upgrade(db_path):
    """Revision 0014 makes the file's SHA-256 unique; a pair left by the old two-desk race
    keeps it on the first batch, and the later batch keeps its people and file name."""
    database_at(db_path, "0013").close()
    with sqlite3.connect(db_path) as raw:
        raw.executemany(
            "INSERT INTO arrival_batch (id, kind, arrival_date, created_at, source_file, "
            "source_sha256) VALUES (?, 'flight', '2020-08-05', '2020-08-05 00:00:00', ?, ?)",
            [(1, "vn5089.xlsx", "ab" * 32), (2, "vn5089.xlsx", "ab" * 32),
             (3, "khac.xlsx", "cd" * 32)])
    Database(str(db_path)).close()  # upgrades to head
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute("SELECT id, source_file, source_sha256 FROM arrival_batch "
                           "ORDER BY id").fetchall()
        assert rows == [(1, "vn5089.xlsx", "ab" * 32), (2, "vn5089.xlsx", None),
                        (3, "khac.xlsx", "cd" * 32)]
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute("UPDATE arrival_batch SET source_sha256 = ? WHERE id = 2", ("ab" * 32,))
