"""The storage, service and concurrency tests run on SQLite and on a real PostgreSQL server.

PostgreSQL comes from $QD_TEST_POSTGRES (a URL to a maintenance database of a server
where the user may create databases; `.ci/start-postgres` starts one). Without it the
PostgreSQL cases are skipped, unless $QD_REQUIRE_POSTGRES is set (as in CI), where a
missing server fails the run instead of passing quietly.

Every test gets a new database copied from a migrated template, so each starts empty.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from quarantine_desk.storage.db import Database

BACKENDS = ["sqlite", "postgresql"]
_TEMPLATE = "qd_test_template"
_template_ready = False


def _admin_url() -> str | None:
    return os.environ.get("QD_TEST_POSTGRES") or None


def _admin(sql: str) -> None:
    url = _admin_url()
    assert url is not None
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(sql))
    finally:
        engine.dispose()


def _database_url(name: str) -> str:
    url = _admin_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def fresh_postgres() -> Iterator[str]:
    """The URL of a new, migrated PostgreSQL database, dropped afterwards."""
    global _template_ready
    if not _template_ready:
        _admin(f"DROP DATABASE IF EXISTS {_TEMPLATE} WITH (FORCE)")
        _admin(f"CREATE DATABASE {_TEMPLATE}")
        Database(_database_url(_TEMPLATE)).close()  # runs every migration
        _template_ready = True
    name = f"qd_test_{uuid.uuid4().hex[:12]}"
    _admin(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
    try:
        yield _database_url(name)
    finally:
        _admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def backend_target(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(db_path)
        return
    if request.node.get_closest_marker("sqlite_only"):
        pytest.skip("SQLite only")
    if _admin_url() is None:
        if os.environ.get("QD_REQUIRE_POSTGRES"):
            pytest.fail("QD_REQUIRE_POSTGRES is set but QD_TEST_POSTGRES is not")
        pytest.skip("no PostgreSQL server (set QD_TEST_POSTGRES)")
    yield from fresh_postgres()


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    """The database of a storage or service test: a SQLite file, then a PostgreSQL database."""
    yield from backend_target(request, db_path)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database(db_target)
    yield database
    database.close()
