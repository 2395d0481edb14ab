"""Storage tests run against SQLite and PostgreSQL (see tests/backends.py)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from quarantine_desk.storage.db import Database
from tests.backends import BACKENDS, backend_target


@pytest.fixture(params=BACKENDS)
def db_target(request: pytest.FixtureRequest, db_path: Path) -> Iterator[str]:
    yield from backend_target(request, db_path)


@pytest.fixture
def db(db_target: str) -> Iterator[Database]:
    database = Database(db_target)
    yield database
    database.close()
