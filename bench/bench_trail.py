"""Benchmark: walking the audit trail's hash chain (`audit verify`, the window's start-up
check, a restore), and what chaining adds to writing it.

A site's trail over months holds a few hundred thousand entries (one per person admitted,
released, tested, printed…). The start-up check runs in the background; `audit verify` and a
restore wait for it.

    .venv/bin/python bench/bench_trail.py [--entries 300000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.access import SYSTEM, audit_values  # noqa: E402
from quarantine_desk.storage import audit_chain  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.storage.models import AuditEvent  # noqa: E402

CHUNK = 20_000


def entries(start: int, stop: int) -> list[dict]:
    return [audit_values(SYSTEM, "admit", entity="stay", entity_id=i, person_id=i,
                         after={"facility": "QS", "room": "101", "admitted_on": "2026-11-20",
                                "planned_release_on": "2026-12-04"},
                         summary=f"Nguyễn Văn Đức {i} vào QS") for i in range(start, stop)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=300_000)
    total = parser.parse_args().entries
    with tempfile.TemporaryDirectory(prefix="qd-trail-") as tmp:
        db = Database(str(Path(tmp) / "trail.sqlite3"))
        chaining = writing = 0.0
        for start in range(0, total, CHUNK):
            rows = entries(start, min(start + CHUNK, total))
            with db.write() as session:
                began = time.perf_counter()
                audit_chain.extend(session, rows)
                chaining += time.perf_counter() - began
                began = time.perf_counter()
                session.execute(insert(AuditEvent), rows)
                writing += time.perf_counter() - began
        print(f"{total:,} entries: chaining {chaining:.2f} s, inserting {writing:.2f} s "
              f"({chaining / total * 1e6:.1f} µs an entry to chain)")
        began = time.perf_counter()
        check = Services.open(db).audit.check()
        took = time.perf_counter() - began
        print(f"walk of the chain: {took:.2f} s for {check.entries:,} entries "
              f"({check.entries / took:,.0f} a second), intact: {check.intact}")
        db.close()


if __name__ == "__main__":
    main()
