"""One person per document number, backed by a unique index (revision 0016)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest

from quarantine_desk.services import Services
from quarantine_desk.services import imports as imports_module
from quarantine_desk.services.imports import BatchDetails, Decision
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.storage.db import Database, WriteRefused
from tests.conftest import database_at
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

TODAY = date(2026, 11, 22)


def test_a_row_repeating_a_number_of_the_file_is_not_added_even_when_chosen(services,
                                                                          tmp_path):
    again = [4, "Nguyễn Văn Đức", "02/01/1980", "Nam", PEOPLE[0][4], None, None, None, None]
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE, again])
    prepared = services.imports.prepare(services.imports.read(path), today=TODAY)
    prepared.decisions[5] = Decision.ADD  # the operator said «add anyway»
    result = services.imports.commit(prepared, BatchDetails(arrival_date=TODAY))
    assert (result.imported, result.duplicates) == (3, 1)
    assert any(w.row == 5 and "mỗi số giấy tờ là của một người" in w.message
               for w in result.warnings)
    assert services.people.count(PersonFilter()) == 3


def test_a_desk_that_loses_the_race_for_a_number_writes_nothing(services, tmp_path,
                                                               monkeypatch):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, *PEOPLE])
    desk_a = services.imports.prepare(services.imports.read(path), today=TODAY)
    services.imports.commit(desk_a, BatchDetails(arrival_date=TODAY))
    other = write_xlsx(tmp_path / "b.xlsx", [HEADER, PEOPLE[0]])
    desk_b = services.imports.prepare(services.imports.read(other), today=TODAY)
    desk_b.decisions = {row.row_number: Decision.ADD for row in desk_b.analysis.rows}
    for row in desk_b.analysis.rows:
        row.duplicate_of = None  # as if analysed before desk A committed
    # the check inside the transaction saw nothing: desk A committed a moment after it
    monkeypatch.setattr(imports_module, "_documents_taken", lambda session, numbers: set())
    with pytest.raises(WriteRefused, match="vừa được một bàn khác ghi cho một người"):
        services.imports.commit(desk_b, BatchDetails(arrival_date=TODAY))
    assert services.people.count(PersonFilter()) == 3 and len(services.batches.list()) == 1


@pytest.mark.sqlite_only
def test_people_sharing_a_number_before_the_index_keep_everything(db_path):
    old = database_at(db_path, "0015")
    Services.open(old).users.create_first_admin("chihuy", "mật-khẩu-dài-đủ")  # one entry
    old.close()
    with sqlite3.connect(db_path) as conn:
        conn.executemany(
            "INSERT INTO person (id, full_name, name_folded, sort_key, id_number, extra, "
            "status, fully_vaccinated, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, 'arrived', 0, '2020-08-05')",
            [(1, "Nguyễn Văn Đức", "nguyen van duc", "k1", "B1234567", None),
             (2, "Nguyễn Văn Đức", "nguyen van duc", "k1", "B1234567",
              json.dumps({"Ghế": "12A"})),
             (3, "Trần Thị Hòa", "tran thi hoa", "k2", "C2345678", None),
             (4, "Nguyen Van Duc", "nguyen van duc", "k1", "B1234567", None)])
    upgraded = Database(str(db_path))
    try:
        with sqlite3.connect(db_path) as conn:
            rows = conn.execute("SELECT id, id_number, extra FROM person ORDER BY id").fetchall()
            assert rows == [
                (1, "B1234567", None),
                (2, None, json.dumps({"Ghế": "12A",
                                      "Số giấy tờ (trùng với người số 1)": "B1234567"})),
                (3, "C2345678", None),
                (4, None, json.dumps({"Số giấy tờ (trùng với người số 1)": "B1234567"}))]
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute("UPDATE person SET id_number = 'C2345678' WHERE id = 1")
        check = Services.open(upgraded).audit.check()
        assert (check.entries, check.problems) == (4, [])  # and the seal of 0017
    finally:
        upgraded.close()
