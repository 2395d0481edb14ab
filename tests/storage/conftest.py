"""Storage tests run against SQLite and PostgreSQL (see tests/backends.py)."""

from tests.backends import db, db_target  # noqa: F401  (fixtures overriding the SQLite-only ones)
