"""The importer fuzzed with malformed workbooks and CSV: no crash, no partial write, one clear
message each.

Three kinds of input: random bytes under every accepted file name, a valid workbook and a
valid CSV with bytes flipped, cut or inserted, and well-formed CSV files whose cells hold
anything at all. Each file goes through the whole path the command line takes: read,
analyse, commit. Whatever happens, the outcome is either an import of the rows that check
out, or one sentence (ImportFileError / ServiceError) and a database left exactly as it was.
"""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from quarantine_desk.importing.reader import ImportFileError
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.imports import default_batch_details
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import ArrivalBatch, AuditEvent, Person
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

TODAY = date(2026, 11, 22)
SUFFIXES = [".xlsx", ".xlsm", ".xls", ".ods", ".csv"]
FUZZ = settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(t))  # type: ignore[return-value]
                     for t in (Person, ArrivalBatch, AuditEvent))


def _import(services: Services, path: Path) -> str | None:
    """The command line's path through the importer; the refusal's message, or None."""
    try:
        file = services.imports.read(path)
        prepared = services.imports.prepare(file, today=TODAY)
        services.imports.commit(prepared, default_batch_details(prepared.analysis, TODAY))
    except (ImportFileError, ServiceError) as exc:
        return str(exc)
    return None


def _check(services: Services, db: Database, path: Path, data: bytes) -> None:
    path.write_bytes(data)
    before = _counts(db)
    message = _import(services, path)
    event("refused" if message is not None else "imported")
    if message is not None:
        assert message.strip() and "\n" not in message and "Traceback" not in message
        assert _counts(db) == before  # refused: nothing written
    else:
        people, batches, _ = _counts(db)
        assert batches in (before[1], before[1] + 1)
        assert people >= before[0]


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory: pytest.TempPathFactory):
    database = Database(str(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"))
    yield database
    database.close()


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("seeds")
    xlsx = write_xlsx(folder / "seed.xlsx", [list(r) for r in PEOPLE],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 NGÀY 29/7/2020"])
    text = io.StringIO()
    out = csv.writer(text)
    out.writerow(HEADER)
    for row in PEOPLE:
        out.writerow([v.strftime("%d/%m/%Y") if isinstance(v, date) else v for v in row])
    return {".xlsx": xlsx.read_bytes(), ".csv": text.getvalue().encode("utf-8")}


@FUZZ
@given(data=st.binary(min_size=0, max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_under_any_name(fuzz_db, tmp_path, data, suffix):
    _check(Services.open(fuzz_db), fuzz_db, tmp_path / f"random{suffix}", data)


@FUZZ
@given(kind=st.sampled_from([".xlsx", ".csv"]), cuts=st.lists(
    st.tuples(st.sampled_from(["flip", "cut", "insert"]), st.floats(0, 1), st.binary(
        min_size=1, max_size=16)), min_size=1, max_size=4))
def test_valid_files_damaged(fuzz_db, seeds, tmp_path, kind, cuts):
    data = bytearray(seeds[kind])
    for how, where, junk in cuts:
        at = int(where * (len(data) - 1)) if data else 0
        if how == "flip" and data:
            data[at] ^= junk[0] or 0xFF
        elif how == "cut":
            del data[at:]
        else:
            data[at:at] = junk
    _check(Services.open(fuzz_db), fuzz_db, tmp_path / f"damaged{kind}", bytes(data))


_CELL = st.one_of(
    st.text(max_size=40),
    st.integers(-10**15, 10**15).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.dates().map(lambda d: d.strftime("%d/%m/%Y")),
    st.sampled_from(["", " ", "Nam", "Nữ", "x", "=1+1", "@SUM(A1)", "31/02/2000",
                     "Tổng cộng: 3 người", "Người lập biểu", "0", "00000000000", "\u0301"]),
)


@FUZZ
@given(rows=st.lists(st.lists(_CELL, min_size=0, max_size=len(HEADER) + 2), max_size=25),
       delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_cell_values_under_a_real_header(fuzz_db, tmp_path, rows, delimiter):
    text = io.StringIO()
    out = csv.writer(text, delimiter=delimiter)
    out.writerow(HEADER)
    out.writerows(rows)
    try:
        data = text.getvalue().encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates cannot be in a real file
        return
    _check(Services.open(fuzz_db), fuzz_db, tmp_path / "cells.csv", data)
