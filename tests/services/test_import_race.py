"""Two desks importing at once: the checks run again inside the transaction that writes."""

from __future__ import annotations

from datetime import date

from quarantine_desk.services.imports import BatchDetails
from quarantine_desk.services.people import PersonFilter
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

TODAY = date(2026, 11, 22)
OTHER = [7, "Đỗ Văn Khác", "01/01/1985", "Nam", "C7000001", "Việt Nam", None, None, "9A"]


def test_the_same_file_prepared_on_two_desks_is_imported_once(services, tmp_path):
    path = write_xlsx(tmp_path / "vn5087.xlsx", [HEADER, *PEOPLE])
    desk_a = services.imports.prepare(services.imports.read(path), today=TODAY)
    desk_b = services.imports.prepare(services.imports.read(path), today=TODAY)
    assert desk_a.previous_batch is None and desk_b.previous_batch is None  # both see it new
    first = services.imports.commit(desk_a, BatchDetails(arrival_date=TODAY))
    second = services.imports.commit(desk_b, BatchDetails(arrival_date=TODAY))
    assert first.imported == 3
    assert second.already_imported and second.imported == 0
    assert second.batch_id == first.batch_id
    assert services.people.count(PersonFilter()) == 3 and len(services.batches.list()) == 1


def test_people_imported_by_another_desk_meanwhile_are_not_added_twice(services, tmp_path):
    one = write_xlsx(tmp_path / "a.xlsx", [HEADER, *PEOPLE])
    two = write_xlsx(tmp_path / "b.xlsx", [HEADER, *PEOPLE[:2], OTHER])  # two of the same
    desk_a = services.imports.prepare(services.imports.read(one), today=TODAY)
    desk_b = services.imports.prepare(services.imports.read(two), today=TODAY)
    services.imports.commit(desk_a, BatchDetails(arrival_date=TODAY))
    late = services.imports.commit(desk_b, BatchDetails(arrival_date=TODAY))
    assert (late.imported, late.duplicates) == (1, 2)
    assert sum("bàn khác" in w.message for w in late.warnings) == 2
    names = sorted(p.full_name for p in services.people.list(PersonFilter()))
    assert names == ["Lê Thị Thuỷ", "Nguyễn Văn Đức", "Trần Thị Hòa", "Đỗ Văn Khác"]
