"""Shared fixtures: headless Qt, and a fresh temporary database for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from quarantine_desk.i18n import use_language  # noqa: E402
from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402

TODAY = date(2026, 11, 22)

# Time limits per example make a loaded CI machine fail tests that are correct.
settings.register_profile("quarantine-desk", deadline=None, max_examples=100)
settings.load_profile("quarantine-desk")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory,
                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user folders or an inherited database variable."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("QUARANTINE_DESK_DB", raising=False)


@pytest.fixture(autouse=True)
def _vietnamese_interface() -> Iterator[None]:
    """Every test starts in the source language and leaves the process in it."""
    use_language("vi")
    yield
    use_language("vi")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "qd.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services.open(db)
