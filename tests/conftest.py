"""Shared fixtures: headless Qt, and a fresh temporary database for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from quarantine_desk.i18n import use_language  # noqa: E402
from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.people import new_person  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.storage.models import ArrivalBatch  # noqa: E402

TODAY = date(2026, 11, 22)
# a working site's days (the GUI tests and `services_with_site`): arrived two weeks ago
SITE_TODAY = date.today()
ARRIVED = SITE_TODAY - timedelta(days=14)

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


@pytest.fixture
def services_with_site(services: Services, db: Database) -> Services:
    """A military site (QS: room 101 for men, 102 for women) and a school, and a flight of
    three who arrived two weeks ago, not yet admitted."""
    services.facilities.add(code="QS", name="Trường Quân sự thành phố Cần Thơ", kind="military",
                            beds=6, unit="Bộ Chỉ huy Quân sự thành phố Cần Thơ")
    services.facilities.add_room("QS", "101", 3, "M")
    services.facilities.add_room("QS", "102", 3, "F")
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=10)
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", origin="Brunei",
                             arrival_date=ARRIVED, created_at=datetime.now())
        session.add(batch)
        session.flush()
        session.add_all([
            new_person(full_name="Nguyễn Văn Đức", sex="M", batch_id=batch.id,
                       date_of_birth=date(1980, 1, 2)),
            new_person(full_name="Trần Thị Hòa", sex="F", batch_id=batch.id,
                       date_of_birth=date(1992, 3, 15)),
            new_person(full_name="Lê Văn An", sex="M", batch_id=batch.id,
                       date_of_birth=date(1975, 5, 5)),
        ])
    return services


def database_at(path: Path, revision: str) -> Database:
    """A SQLite database migrated only up to `revision` (to test the upgrades after it);
    open: the caller closes it."""
    from alembic import command

    from quarantine_desk.storage import db as dbmod

    class AtRevision(Database):
        def _upgrade(self) -> None:
            with self._writer.begin() as conn:
                cfg = dbmod.alembic_config(self.engine)
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)

    return AtRevision(str(path))
