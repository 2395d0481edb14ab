"""Benchmark: the people view, search and batch allocation with 200,000 people.

Goals (issue 4): a search returns its first screen in under 50 ms; the people view opens in
under 300 ms; allocating a 300-person batch takes under 1 s. Issue 12: allocating and
committing 5,000 people takes under 3 s; 500, 5,000 and 20,000 are timed to show the growth.

    .venv/bin/python bench/bench_operations.py [--people 200000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402

from quarantine_desk.domain.enums import Sex  # noqa: E402
from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.demo import GIVEN, MIDDLE, SURNAMES  # noqa: E402
from quarantine_desk.services.people import PersonFilter, new_person  # noqa: E402
from quarantine_desk.storage.bulk import bulk_insert  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.storage.models import ArrivalBatch, Person  # noqa: E402

COLUMNS = ("full_name", "name_folded", "sort_key", "sex", "date_of_birth", "birth_year",
           "id_number", "id_type", "fully_vaccinated", "batch_id", "status", "created_at")
SCREEN = 40  # rows visible at once


def fill(db: Database, services: Services, people: int) -> int:
    rng = random.Random(3)
    today = date.today()
    for i in range(20):
        services.facilities.add(code=f"F{i:02d}", name=f"Khu cách ly số {i}", kind="military",
                                beds=6000)
    services.facilities.add(code="ROOMS", name="Khu có phòng", kind="school", beds=400)
    for r in range(50):
        services.facilities.add_room("ROOMS", f"{100 + r}", 8, ["M", "F", None][r % 3])
    now = datetime.now()
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="BULK",
                             arrival_date=today - timedelta(days=5), created_at=now)
        session.add(batch)
        session.flush()
        rows = []
        for i in range(people):
            sex = rng.choice([Sex.MALE, Sex.FEMALE])
            name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
            p = new_person(full_name=name, sex=sex.value,
                           date_of_birth=date(1950, 1, 1) + timedelta(days=rng.randint(0, 25000)))
            rows.append((p.full_name, p.name_folded, p.sort_key, p.sex, p.date_of_birth,
                         p.birth_year, f"C{i:07d}", "passport", False, batch.id, "arrived", now))
        bulk_insert(session, Person.__table__, COLUMNS, rows)
        # 100,000 of them in quarantine in the 20 facilities, the rest released or waiting
        session.execute(text("""
            INSERT INTO stay (person_id, facility_id, admitted_on, quarantine_start,
                              planned_release_on, released_on, outcome)
            SELECT p.id, (SELECT id FROM facility WHERE code = printf('F%02d', p.id % 20)),
                   :admitted, :admitted, :planned,
                   CASE WHEN p.id % 2 = 0 THEN NULL ELSE :admitted END,
                   CASE WHEN p.id % 2 = 0 THEN NULL ELSE 'released' END
            FROM person p WHERE p.id % 4 != 3"""),
            {"admitted": today - timedelta(days=5), "planned": today + timedelta(days=9)})
        session.execute(text("""
            UPDATE person SET current_stay_id = (SELECT s.id FROM stay s
                                                 WHERE s.person_id = person.id),
                              status = CASE WHEN id % 4 = 3 THEN 'arrived'
                                            WHEN id % 2 = 0 THEN 'in_quarantine'
                                            ELSE 'released' END"""))
        arrivals = ArrivalBatch(kind="flight", reference="VN5089", arrival_date=today,
                                created_at=now)
        session.add(arrivals)
        session.flush()
        session.add_all(new_person(full_name=f"{rng.choice(SURNAMES)} Văn Khách {i}",
                                   sex=rng.choice("MF"), batch_id=arrivals.id,
                                   address=f"Hộ {i // 3}, Ninh Kiều" if i % 5 else None)
                        for i in range(300))
        return arrivals.id


def scaling_batch(db: Database, services: Services, size: int, code: str) -> int:
    """A facility of rooms (a third for men, a third for women, a third open) with beds for
    everyone, and a batch of `size` with one person in five in a family of three."""
    from quarantine_desk.storage.models import Household

    rng = random.Random(size)
    # rooms of ten for men and for women, family rooms of four, a tenth spare
    single_rooms = size * 4 // 100 + 2  # of each sex: 40% of the batch travels alone
    family_rooms = size // 15 * 11 // 10 + 2
    beds = single_rooms * 20 + family_rooms * 4
    services.facilities.add(code=code, name=f"Khu {code}", kind="military", beds=beds)
    with db.write() as session:
        from quarantine_desk.storage.models import Room

        facility_id = session.scalar(text("SELECT id FROM facility WHERE code = :c"), {"c": code})
        session.add_all(Room(facility_id=facility_id, code=f"{r + 1}", beds=10,
                             sex="MF"[r % 2]) for r in range(single_rooms * 2))
        session.add_all(Room(facility_id=facility_id, code=f"G{r + 1}", beds=4)
                        for r in range(family_rooms))
        now = datetime.now()
        batch = ArrivalBatch(kind="flight", reference=code, arrival_date=date.today(),
                             created_at=now)
        session.add(batch)
        session.flush()
        households = [Household(source="file", batch_id=batch.id, created_at=now)
                      for _ in range(size // 15)]
        session.add_all(households)
        session.flush()
        people = []
        for i in range(size):
            household = households[i // 3].id if i < len(households) * 3 else None
            people.append(new_person(full_name=f"{rng.choice(SURNAMES)} Văn Khách {i}",
                                     sex=rng.choice("MF"), batch_id=batch.id))
            people[-1].household_id = household
        session.add_all(people)
        return batch.id


def timed(fn, repeat: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "ops.sqlite3"))
        services = Services.open(db)
        t = time.perf_counter()
        batch = fill(db, services, args.people)
        print(f"set-up: {services.people.count():,} people ({time.perf_counter() - t:.1f} s)")

        def first_screen(query: str, **kw: object):
            ids = services.people.ids(PersonFilter(search=query, **kw))
            return len(ids), services.people.rows(ids[:SCREEN])

        for query in ("nguyen van duc", "Trần Thị Hòa", "hoa", "C0123"):
            ms, (found, _) = timed(lambda q=query: first_screen(q))
            print(f"search {query!r:18} {found:>7,} found, first screen in {ms:6.1f} ms "
                  "(goal < 50)")
        ms, (found, _) = timed(lambda: first_screen("nguyen", status="in_quarantine",
                                                    facility="F04"))
        print(f"search + filters     {found:>7,} found, first screen in {ms:6.1f} ms (goal < 50)")

        from PySide6.QtWidgets import QApplication

        from quarantine_desk.ui.pages.people import PeoplePage

        app = QApplication.instance() or QApplication([])

        def open_view():
            page = PeoplePage(services)
            page.resize(1200, 800)
            page.show()
            app.processEvents()
            return page

        ms, page = timed(open_view, repeat=3)
        print(f"people view opens with {page.model.rowCount():,} rows in {ms:6.1f} ms "
              "(goal < 300)")

        from PySide6.QtCore import Qt

        orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * 3)

        def sort_by_release():
            page.table.sortByColumn(8, next(orders))
            app.processEvents()
        ms, _ = timed(sort_by_release, repeat=3)
        print(f"re-sort the view by planned release: {ms:6.1f} ms")

        t = time.perf_counter()
        result = services.allocation.allocate(batch, ["ROOMS"])
        ms = (time.perf_counter() - t) * 1000
        print(f"allocate a {len(result.placements) + len(result.unplaced)}-person batch: "
              f"{len(result.placements)} placed, {len(result.unplaced)} listed as not fitting, "
              f"in {ms:6.1f} ms (goal < 1000)")

        for size in (500, 5000, 20000):
            batch = scaling_batch(db, services, size, f"S{size}")
            t = time.perf_counter()
            result = services.allocation.allocate(batch, [f"S{size}"])
            seconds = time.perf_counter() - t
            goal = " (goal < 3 s)" if size == 5000 else ""
            print(f"allocate and commit {size:>6,} people: {len(result.placements):,} placed "
                  f"in {seconds:5.2f} s, {seconds / size * 1e6:5.0f} µs a person{goal}")
        db.close()


if __name__ == "__main__":
    main()
