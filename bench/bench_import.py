"""Benchmark: import a 50,000-row manifest into a database that already holds 50,000 people.

Goal (issues 3 and 18): read, check, de-duplicate and commit in at most 3x the time
python-calamine alone takes to read the same file, measured in the same run; peak memory
under 500 MB. Two manifests: one whose values repeat as a real flight's do (a few thousand
names, the same sexes, nationalities and streets), and one where every name, birth date and
address is different (the importer parses each distinct value once, so this is its worst
case).

    .venv/bin/python bench/bench_import.py [--rows 50000] [--existing 50000]
"""

from __future__ import annotations

import argparse
import gc
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from openpyxl import Workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from quarantine_desk.domain.documents import make_cccd  # noqa: E402
from quarantine_desk.domain.enums import Sex  # noqa: E402
from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.demo import GIVEN, HOMES, MIDDLE, STREETS, SURNAMES  # noqa: E402
from quarantine_desk.services.imports import default_batch_details  # noqa: E402
from quarantine_desk.services.people import new_person  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402
from quarantine_desk.storage.models import Person  # noqa: E402

TODAY = date(2026, 11, 22)


def fake_people(rng: random.Random, n: int, serial_base: int):
    for i in range(n):
        sex = rng.choice([Sex.MALE, Sex.FEMALE])
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
        dob = date(1950, 1, 1) + timedelta(days=rng.randint(0, 25_000))
        province, code, districts = rng.choice(HOMES)
        address = f"Số {rng.randint(1, 300)}, {rng.choice(STREETS)}, {rng.choice(districts)}, " \
                  f"{province}"
        passport = rng.random() < 0.7
        doc = (f"{rng.choice('BC')}{serial_base + i:07d}" if passport
               else make_cccd(code, sex, dob.year, serial_base + i))
        yield sex, name, dob, doc, address, passport


SYLLABLES = [g for names in GIVEN.values() for g in names]  # 40 given names


def distinct_people(rng: random.Random, n: int, serial_base: int):
    """Like fake_people, with every name, birth date and address written differently."""
    days = (date(2026, 11, 1) - date(1910, 1, 1)).days
    for i, (sex, _, _, _, address, _) in enumerate(fake_people(rng, n, serial_base)):
        a, b, c = i % 40, i // 40 % 40, i // 1600 % 40
        name = (f"{rng.choice(SURNAMES)} {SYLLABLES[c]} {SYLLABLES[b]} {SYLLABLES[a]}"
                f"{' ' + SYLLABLES[i // 64000 % 40] if i >= 64000 else ''}")
        dob = date(1910, 1, 1) + timedelta(days=i * 7919 % days)
        dob_cell = dob if i // days % 2 == 0 else dob.strftime("%d/%m/%Y")
        # passports: a CCCD number would carry the birth year of another date
        yield sex, name, dob_cell, f"B{serial_base + i:07d}", f"Số {i}, {address}", True


def make_manifest(path: Path, rows: int, seed: int, distinct: bool = False) -> None:
    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5089 TỪ INDONESIA VỀ CẦN THƠ NGÀY 05/08/2020"])
    ws.append([])
    ws.append(["STT", "HỌ VÀ TÊN", "Ngày sinh", "Giới tính", "Số hộ chiếu/CCCD", "Quốc tịch",
               "Số điện thoại", "Địa chỉ", "Số ghế"])
    people = (distinct_people if distinct else fake_people)(rng, rows, 2_000_000)
    for i, (sex, name, dob, doc, address, passport) in enumerate(people, start=1):
        ws.append([i, name.upper() if i % 3 == 0 and not distinct else name,
                   dob if distinct or i % 4 else dob.strftime("%d/%m/%Y"),
                   "Nam" if sex == Sex.MALE else "Nữ",
                   doc if passport else int(doc), "Việt Nam",
                   f"9{rng.randint(10_000_000, 99_999_999)}" if i % 5 else None,
                   address, f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"])
    ws.append([])
    ws.append([None, f"Tổng cộng: {rows} người"])
    wb.save(path)


def fill_database(db: Database, existing: int) -> None:
    rng = random.Random(7)
    now = datetime.now()
    batch = []
    with db.write() as session:
        for sex, name, dob, doc, address, passport in fake_people(rng, existing, 5_000_000):
            p = new_person(full_name=name, sex=sex.value, date_of_birth=dob, id_number=doc,
                           id_type="passport" if passport else "cccd", address=address)
            batch.append({c: getattr(p, c) for c in (
                "full_name", "name_folded", "sort_key", "sex", "date_of_birth", "birth_year",
                "id_number", "id_type", "address", "fully_vaccinated", "status")}
                | {"created_at": now})
            if len(batch) == 10_000:
                session.execute(insert(Person), batch)
                batch.clear()
        if batch:
            session.execute(insert(Person), batch)


def insert_floor(db: Database, before: Path, batch_id: int) -> float:
    """Seconds to insert the imported rows, already as SQLite values, into the database as it
    was before the import: one executemany and a commit, no Python work per row. Whatever
    reads, checks and converts the rows comes on top of this and of the read."""
    with sqlite3.connect(db.path) as source:
        columns = [c[1] for c in source.execute("PRAGMA table_info(person)") if c[1] != "id"]
        rows = source.execute(f"SELECT {', '.join(columns)} FROM person WHERE batch_id = ?",
                              (batch_id,)).fetchall()
    target = sqlite3.connect(before, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "cache_size=-65536"):
        target.execute(f"PRAGMA {pragma}")
    target.execute("INSERT INTO arrival_batch (id, kind, arrival_date, created_at) "
                   "VALUES (?, 'flight', '2020-08-05', '2020-08-05 00:00:00')", (batch_id,))
    gc.collect()
    t = time.perf_counter()
    target.execute("BEGIN")
    target.executemany(f"INSERT INTO person ({', '.join(columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})", rows)
    target.execute("COMMIT")
    seconds = time.perf_counter() - t
    target.close()
    return seconds


def run(manifest_kind: str, rows: int, existing: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "manifest.xlsx"
        t = time.perf_counter()
        make_manifest(manifest, rows, seed=1, distinct=manifest_kind == "all-distinct")
        db = Database(str(Path(tmp) / "bench.sqlite3"))
        fill_database(db, existing)
        print(f"== {manifest_kind} manifest: {rows} rows in "
              f"{manifest.stat().st_size / 1e6:.1f} MB, {existing} people in the database "
              f"(set-up {time.perf_counter() - t:.1f} s)")
        gc.collect()

        t = time.perf_counter()
        wb = CalamineWorkbook.from_path(str(manifest))
        data = wb.get_sheet_by_name("Danh sách").to_python(skip_empty_area=False)
        calamine = time.perf_counter() - t
        distinct = {name: len({r[col] for r in data[3:-2]})
                    for name, col in (("names", 1), ("birth dates", 2), ("addresses", 7))}
        del data, wb
        gc.collect()

        before = Path(tmp) / "before.sqlite3"  # the same database, for the floor below
        with sqlite3.connect(db.path) as source, sqlite3.connect(before) as copy:
            source.backup(copy)

        services = Services.open(db)
        t = time.perf_counter()
        file = services.imports.read(manifest)
        t_read = time.perf_counter() - t
        prepared = services.imports.prepare(file, today=TODAY)
        t_check = time.perf_counter() - t - t_read
        result = services.imports.commit(prepared,
                                         default_batch_details(prepared.analysis, TODAY))
        total = time.perf_counter() - t
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print("distinct values: " + ", ".join(f"{n} {k}" for k, n in distinct.items()))
        print(f"imported {result.imported}, duplicates {result.duplicates}, "
              f"errors {len(result.errors)}, warnings {len(result.warnings)}")
        print(f"calamine read alone:     {calamine:6.2f} s")
        print(f"import (read+check+dedupe+commit): {total:6.2f} s "
              f"(read {t_read:.2f}, check and de-duplicate {t_check:.2f}, "
              f"commit {total - t_read - t_check:.2f})")
        print(f"ratio import / calamine: {total / calamine:6.2f}  (goal <= 3.0)")
        print(f"peak memory (max RSS of this process so far): {peak_mb:.0f} MB  (goal < 500)")
        floor = insert_floor(db, before, result.batch_id)
        print(f"floor, no checking at all: calamine read + inserting the same rows with bare "
              f"sqlite3 executemany ({floor:.2f} s) = {(calamine + floor) / calamine:.2f} x "
              f"calamine")
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--existing", type=int, default=50_000)
    args = parser.parse_args()
    for kind in ("realistic", "all-distinct"):
        run(kind, args.rows, args.existing)

if __name__ == "__main__":
    main()
