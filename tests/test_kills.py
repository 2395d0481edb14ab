"""Killing the program (SIGKILL) in the middle of a 50,000-row import or a batch allocation
leaves the database consistent: each import and each allocation is all or nothing.

The import is killed at spread-out moments of its run and once exactly while SQLite is
writing the transaction out (the write-ahead log growing); the allocation likewise.
After every kill the file passes `PRAGMA integrity_check` and holds either none or all
of the work, and the program then finishes the same work normally.
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from quarantine_desk.services import Services
from quarantine_desk.services.demo import GIVEN, MIDDLE, SURNAMES
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import ArrivalBatch

ROWS = 50_000
WAITING = 2_000
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _manifest(path: Path) -> None:
    rng = random.Random(3)
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu"])
        for i in range(ROWS):
            sex = rng.choice(["M", "F"])
            name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
            born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 25_000))
            out.writerow([i + 1, name, f"{born:%d/%m/%Y}", "Nam" if sex == "M" else "Nữ",
                          f"C{3_000_000 + i:07d}"])


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "people": one("SELECT count(*) FROM person"),
            "batches": one("SELECT count(*) FROM arrival_batch"),
            "imports": one("SELECT count(*) FROM audit_event WHERE action = 'import'"),
            "open_stays": one("SELECT count(*) FROM stay WHERE released_on IS NULL"),
            "in_quarantine": one("SELECT count(*) FROM person WHERE status = 'in_quarantine'"),
            "admits": one("SELECT count(*) FROM audit_event WHERE action = 'admit'"),
            "over_capacity": one(
                "SELECT count(*) FROM facility f WHERE f.beds < (SELECT count(*) FROM stay s "
                "WHERE s.facility_id = f.id AND s.released_on IS NULL)"),
        }
    finally:
        conn.close()


def _start(db: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "QUARANTINE_DESK_DB": str(db)}
    return subprocess.Popen([sys.executable, "-m", "quarantine_desk", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _kill_after(proc: subprocess.Popen[str], seconds: float) -> bool:
    """SIGKILL after that long; False if the program had already finished."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            proc.communicate(timeout=30)
            return False
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    return proc.returncode == -signal.SIGKILL


def _kill_while_writing(proc: subprocess.Popen[str], db: Path) -> bool:
    """SIGKILL as soon as SQLite starts writing the transaction out to the log."""
    wal = db.with_name(db.name + "-wal")
    start = wal.stat().st_size if wal.exists() else 0
    while proc.poll() is None:
        if wal.exists() and wal.stat().st_size > start + 256 * 1024:
            proc.send_signal(signal.SIGKILL)
            proc.communicate(timeout=30)
            return True
        time.sleep(0.001)
    proc.communicate(timeout=30)
    return False


def _timed_run(db: Path, *args: str) -> float:
    started = time.monotonic()
    proc = _start(db, *args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    return time.monotonic() - started


def test_killed_import_is_all_or_nothing(tmp_path):
    manifest = tmp_path / "manifest.csv"
    _manifest(manifest)
    base = tmp_path / "base.sqlite3"
    Database(str(base)).close()
    args = ("import", str(manifest), "--arrival-date", "2020-08-01", "--json")
    durations = []
    for n in range(2):  # the shorter run: the first one also warms the disk cache
        whole = tmp_path / f"whole-{n}.sqlite3"
        shutil.copy(base, whole)
        durations.append(_timed_run(whole, *args))
        assert _counts(whole)["people"] == ROWS
    duration = min(durations)

    outcomes = []
    fractions = (0.4, 0.6, 0.7, 0.8, 0.88, None)
    for n, fraction in enumerate(fractions):
        db = tmp_path / f"killed-{n}.sqlite3"
        shutil.copy(base, db)
        proc = _start(db, *args)
        killed = (_kill_while_writing(proc, db) if fraction is None
                  else _kill_after(proc, duration * fraction))
        counts = _counts(db)
        assert counts["people"] in (0, ROWS), counts
        done = counts["people"] == ROWS
        assert counts["batches"] == counts["imports"] == int(done)
        outcomes.append((killed, done))
        if fraction in (0.6, None):  # the program opens the killed file and does the work
            _timed_run(db, *args)
            again = _counts(db)
            assert again["people"] == ROWS and again["batches"] == 1
    assert sum(k for k, _ in outcomes) >= 4  # most runs were really killed mid-way
    print(f"import kills: {outcomes}")


def _waiting_batch(db_path: Path) -> int:
    db = Database(str(db_path))
    services = Services.open(db)
    for code, beds in (("A", 900), ("B", 700), ("C", 600)):
        services.facilities.add(code=code, name=f"Cơ sở {code}", kind="military", beds=beds)
        for room in range(beds // 10):
            services.facilities.add_room(code, f"{room + 1:03d}", 10)
    rng = random.Random(5)
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", arrival_date=date(2020, 8, 1),
                             created_at=datetime.now())
        session.add(batch)
        session.flush()
        for i in range(WAITING):
            sex = rng.choice(["M", "F"])
            session.add(new_person(full_name=f"{rng.choice(SURNAMES)} {rng.choice(GIVEN[sex])}",
                                   sex=sex, batch_id=batch.id,
                                   address=f"Số {i // 3}, Ninh Kiều"))
        batch_id = batch.id
    db.close()
    return batch_id


def test_killed_allocation_is_all_or_nothing(tmp_path):
    base = tmp_path / "base.sqlite3"
    batch = _waiting_batch(base)
    args = ("allocate", "--batch", str(batch), "--json")
    durations = []
    for n in range(2):  # the shorter run: the first one also warms the disk cache
        whole = tmp_path / f"whole-{n}.sqlite3"
        shutil.copy(base, whole)
        durations.append(_timed_run(whole, *args))
        placed = _counts(whole)["open_stays"]
        assert placed == WAITING
    duration = min(durations)

    killed_runs = 0
    for n, fraction in enumerate((0.4, 0.55, 0.65, 0.75, 0.85, None)):
        db = tmp_path / f"killed-{n}.sqlite3"
        shutil.copy(base, db)
        proc = _start(db, *args)
        killed = (_kill_while_writing(proc, db) if fraction is None
                  else _kill_after(proc, duration * fraction))
        killed_runs += killed
        counts = _counts(db)
        assert counts["open_stays"] in (0, placed), counts
        assert counts["in_quarantine"] == counts["open_stays"] == counts["admits"]
        assert counts["over_capacity"] == 0
        if fraction in (0.55, None):
            _timed_run(db, *args)
            assert _counts(db)["open_stays"] == placed
    assert killed_runs >= 4
    print(f"allocation kills landed mid-way: {killed_runs} of 6")
