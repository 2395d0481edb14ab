"""Benchmark: what the row seals cost (storage/seals.py).

A write that touches many sealed rows (an import of a flight, an allocation) hashes each of
them before it commits; `audit verify`, the window's start-up check (in the background) and a
restore hash every sealed row again. Prints both for a database of --people people, each with
a stay and a test result.

    .venv/bin/python bench/bench_seals.py [--people 100000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quarantine_desk.storage import seals  # noqa: E402
from quarantine_desk.storage.bulk import bulk_insert  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.storage.models import Facility, Person, Stay, TestResult  # noqa: E402

CHUNK = 20_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    total = parser.parse_args().people
    with tempfile.TemporaryDirectory(prefix="qd-seals-") as tmp:
        db = Database(str(Path(tmp) / "seals.sqlite3"))
        with db.write() as session:
            session.add(Facility(code="QS", name="Trường Quân sự", kind="military", beds=total,
                                 status="active"))
        now, day = datetime.now(), date(2021, 11, 1)
        sealing = 0.0
        original = seals.seal

        def timed(session):  # noqa: ANN001, ANN202
            nonlocal sealing
            began = time.perf_counter()
            original(session)
            sealing += time.perf_counter() - began

        from sqlalchemy import event

        event.remove(db._write_factory, "before_commit", original)
        event.listen(db._write_factory, "before_commit", timed)
        writing = time.perf_counter()
        for start in range(0, total, CHUNK):
            ids = range(start + 1, min(start + CHUNK, total) + 1)
            with db.write() as session:
                bulk_insert(session, Person.__table__,
                            ("id", "full_name", "name_folded", "sort_key", "status",
                             "fully_vaccinated", "created_at", "phone", "address"),
                            [(i, f"Nguyễn Văn Đức {i}", f"nguyen van duc {i}", f"duc {i}",
                              "in_quarantine", False, now, f"09{i:08d}",
                              "Phường An Khánh, Ninh Kiều, Cần Thơ") for i in ids])
                bulk_insert(session, Stay.__table__,
                            ("id", "person_id", "facility_id", "admitted_on", "quarantine_start",
                             "planned_release_on"),
                            [(i, i, 1, day, day, day + timedelta(days=14)) for i in ids])
                bulk_insert(session, TestResult.__table__,
                            ("id", "person_id", "stay_id", "taken_on", "kind", "result"),
                            [(i, i, i, day, "pcr", "negative") for i in ids])
        writing = time.perf_counter() - writing
        rows = 3 * total
        print(f"{total:,} people with a stay and a test each: writing {writing:.2f} s, of which "
              f"sealing {sealing:.2f} s ({sealing / rows * 1e6:.1f} µs a row)")
        began = time.perf_counter()
        with db.read() as session:
            found = seals.check(session)
        took = time.perf_counter() - began
        print(f"checking every sealed row: {took:.2f} s for {rows + 1:,} rows "
              f"({'whole' if not found else found[:3]})")
        db.close()


if __name__ == "__main__":
    main()
