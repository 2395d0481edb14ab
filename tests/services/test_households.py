"""Households from manifests and operators, and allocation that never mixes strangers."""

from collections import Counter, defaultdict
from datetime import date, datetime

import pytest
from sqlalchemy import select

from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.storage.models import ArrivalBatch, Household
from tests.households import flight_rows, import_rows, mixed_rooms, rooms_report
from tests.services.test_operations import make_batch

ARRIVAL = date(2020, 7, 29)


def by_name(services, batch_id=None):
    return {r.full_name: r for r in services.people.list(PersonFilter(batch_id=batch_id))}


def flight_sites(services):
    """258 beds in two sites: rooms set aside for men and for women, and open rooms."""
    services.facilities.add(code="TQS-CT", name="Trường Quân sự", kind="military", beds=228)
    for i in range(7):
        services.facilities.add_room("TQS-CT", f"A{101 + i}", 10, "M", block="A")
        services.facilities.add_room("TQS-CT", f"B{101 + i}", 10, "F", block="B")
    for i in range(22):
        services.facilities.add_room("TQS-CT", f"C{101 + i}", 4, block="C")
    services.facilities.add(code="TD-932", name="Trung đoàn 932", kind="military", beds=30)
    for i in range(5):
        services.facilities.add_room("TD-932", f"{101 + i}", 4)
    for i in range(2):
        services.facilities.add_room("TD-932", f"{201 + i}", 5)


def test_a_flight_with_commune_addresses_is_placed_whole_and_never_mixed(services, db,
                                                                         tmp_path):
    rows, families = flight_rows(240, family_share=0.12)
    flight_sites(services)
    batch = import_rows(services, tmp_path / "VN5087.xlsx", rows)
    people = services.people.list(PersonFilter(batch_id=batch))
    households = {r.household for r in people if r.household}
    assert len(households) == families  # one per PNR, none from the shared communes

    preview = services.allocation.allocate(batch, ["TQS-CT", "TD-932"], commit=False)
    assert services.people.count(PersonFilter(status="in_quarantine")) == 0
    result = services.allocation.allocate(batch, ["TQS-CT", "TD-932"])
    assert [(p.person_id, p.room) for p in result.placements] == [
        (p.person_id, p.room) for p in preview.placements]
    assert len(result.placements) == 240 and result.unplaced == []
    assert result.to_json()["households"] == families
    assert mixed_rooms(db) == []
    # every household in one facility, in one room or a run of neighbouring rooms
    rooms_of = defaultdict(set)
    for p in result.placements:
        if p.household_id:
            rooms_of[p.household_id].add((p.facility, p.room))
    for household, where in rooms_of.items():
        assert len({f for f, _ in where}) == 1, household
        assert len(where) <= 2, (household, where)


def test_a_large_list_fills_the_free_beds(services, db):
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=500)
    for i in range(50):
        services.facilities.add_room("KTX", f"{101 + i}", 10, ["M", "F", None, None][i % 4])
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", arrival_date=ARRIVAL, created_at=datetime.now())
        session.add(batch)
        session.flush()
        session.add_all(new_person(full_name=f"Người Thứ {i}", sex="MF"[i % 3 == 0],
                                   batch_id=batch.id) for i in range(2000))
        batch_id = batch.id
    result = services.allocation.allocate(batch_id, ["KTX"])
    assert len(result.placements) == 500
    assert mixed_rooms(db) == []
    assert "KTX: hết giường" in result.unplaced[0].reason


def test_relation_to_the_head_of_household_makes_families(services, tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số CCCD", "Quan hệ với chủ hộ",
              "Địa chỉ"]
    addr = "P. An Hòa, Q. Ninh Kiều, TP Cần Thơ"
    rows = [
        [1, "Nguyễn Văn Đức", 1980, "Nam", None, "Chủ hộ", addr],
        [2, "Trần Thị Hòa", 1983, "Nữ", None, "Vợ", addr],
        [3, "Nguyễn Thị Mai", 2010, "Nữ", None, "Con", addr],
        [4, "Lê Văn Hùng", 1990, "Nam", None, None, addr],
        [5, "Phạm Minh Tuấn", 1970, "Nam", None, "Chủ hộ", addr],
        [6, "Phạm Ngọc Lan", 2012, "Nữ", None, "Cháu", addr],
        [7, "Võ Thị Thuỷ", 1995, "Nữ", None, "Con", addr],
    ]
    batch = import_rows(services, tmp_path / "ho.xlsx", rows, header)
    people = by_name(services, batch)
    first = {people[n].household for n in ("Nguyễn Văn Đức", "Trần Thị Hòa", "Nguyễn Thị Mai")}
    second = {people[n].household for n in ("Phạm Minh Tuấn", "Phạm Ngọc Lan", "Võ Thị Thuỷ")}
    assert len(first) == 1 and len(second) == 1 and first != second and None not in first
    assert people["Lê Văn Hùng"].household is None  # a blank relation ends the household


def test_households_are_suggested_only_on_strong_evidence(services, db, tmp_path):
    header = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ"]
    house = "Số 12 Trần Hưng Đạo, P. An Cư, Q. Ninh Kiều, TP Cần Thơ"
    commune = "P. An Hòa, Q. Ninh Kiều, TP Cần Thơ"
    rows = [
        [1, "Nguyễn Văn Đức", date(1980, 1, 2), "Nam", "B1000001", house],
        [2, "Trần Thị Hòa", date(1983, 5, 6), "Nữ", "B1000002", house],  # his wife
        [3, "Nguyễn Minh Tuấn", date(2008, 2, 3), "Nam", "B1000003", house],
        [4, "Lê Văn Hùng", date(1990, 1, 1), "Nam", "B1000004", commune],
        [5, "Lê Thị Mai", date(1991, 1, 1), "Nữ", "B1000005", commune],  # same commune only
        [6, "Phạm Thị Lan", date(1988, 1, 1), "Nữ", "B1000006", commune],
        [7, "Võ Văn Bảo", date(2019, 3, 1), "Nam", None, commune],  # her child, no document
    ]
    batch = import_rows(services, tmp_path / "goi-y.xlsx", rows, header)
    people = by_name(services, batch)
    house_ids = {people[n].household for n in ("Nguyễn Văn Đức", "Trần Thị Hòa",
                                                "Nguyễn Minh Tuấn")}
    assert len(house_ids) == 1 and None not in house_ids
    assert people["Lê Văn Hùng"].household is None and people["Lê Thị Mai"].household is None
    assert people["Phạm Thị Lan"].household == people["Võ Văn Bảo"].household is not None
    with db.read() as session:
        sources = set(session.scalars(select(Household.source)))
    assert sources == {"suggested"}


def test_a_later_list_keeps_the_known_household(services, tmp_path):
    rows, _ = flight_rows(6, family_share=1.0, seed=3)
    batch = import_rows(services, tmp_path / "a.xlsx", rows)
    household = {r.household for r in by_name(services, batch).values()}
    newcomer = [7, "Nguyễn Thị Ngân", date(2018, 1, 1), "Nữ", "C9999999", rows[0][5], rows[0][6]]
    later = import_rows(services, tmp_path / "b.xlsx", [rows[0], newcomer])
    [added] = by_name(services, later).values()
    assert added.household == by_name(services, batch)[rows[0][1]].household
    assert {r.household for r in by_name(services, batch).values()} == household


def make_people(db, people, arrival=ARRIVAL):
    """people: (name, sex); a batch of them without addresses."""
    return make_batch(db, [(n, s, None) for n, s in people], arrival)


@pytest.fixture
def two_sites(services):
    services.facilities.add(code="A", name="A", kind="military", beds=4)
    services.facilities.add_room("A", "1", 4)
    services.facilities.add(code="B", name="B", kind="military", beds=4)
    services.facilities.add_room("B", "1", 4)
    return services


def test_a_household_splits_across_facilities_only_when_allowed(two_sites, db):
    batch, ids = make_people(db, [("Nguyễn Văn A", "M"), ("Trần Thị B", "F"),
                                  ("Nguyễn Văn C", "M"), ("Nguyễn Thị D", "F"),
                                  ("Nguyễn Văn E", "M"), ("Nguyễn Thị G", "F")])
    two_sites.households.join(ids)
    kept = two_sites.allocation.allocate(batch, ["A", "B"], commit=False)
    assert kept.placements == [] and len(kept.unplaced) == 6
    assert "không có phòng, hoặc dãy phòng liền nhau, đủ cho cả hộ 6 người" in (
        kept.unplaced[0].reason)
    split = two_sites.allocation.allocate(batch, ["A", "B"], split_households=True)
    assert len(split.placements) == 6 and split.per_facility == {"A": 4, "B": 2}


def test_unplaced_people_are_told_what_was_tried(services, db):
    services.facilities.add(code="QS", name="QS", kind="military", beds=12)
    services.facilities.add_room("QS", "101", 12, "M")
    batch, _ = make_people(db, [("Trần Thị Hòa", "F")])
    result = services.allocation.allocate(batch, ["QS"])
    assert result.unplaced[0].reason == (
        "QS: còn 12 giường nhưng chỉ trong phòng dành cho nam (12)")


def test_single_admission_keeps_strangers_of_other_sex_apart(two_sites, db):
    _, (wife, stranger, husband, nobody) = make_people(
        db, [("Trần Thị Hòa", "F"), ("Lê Văn Hùng", "M"), ("Nguyễn Văn Đức", "M"),
             ("Không Rõ Tên", None)])
    two_sites.admissions.admit(wife, "A", "1", ARRIVAL)
    with pytest.raises(ServiceError, match="không cùng hộ"):
        two_sites.admissions.admit(stranger, "A", "1", ARRIVAL)
    with pytest.raises(ServiceError, match="không cùng hộ"):
        two_sites.admissions.admit(nobody, "A", "1", ARRIVAL)
    household = two_sites.households.join([wife, husband])
    admission = two_sites.admissions.admit(husband, "A", "1", ARRIVAL)
    assert admission.room == "1"
    # leaving the household while sharing a room with her husband is refused
    with pytest.raises(ServiceError, match="chuyển phòng trước"):
        two_sites.households.leave([wife])
    assert by_name(two_sites)["Trần Thị Hòa"].household == household
    assert two_sites.people.count(PersonFilter(status="in_quarantine")) == 2


def test_open_rooms_take_one_sex_until_empty(services, db):
    services.facilities.add(code="KTX", name="KTX", kind="school", beds=8)
    services.facilities.add_room("KTX", "1", 4)
    services.facilities.add_room("KTX", "2", 4)
    batch, _ = make_people(db, [("Lê Văn A", "M"), ("Lê Thị B", "F"), ("Lê Văn C", "M"),
                                ("Lê Thị D", "F"), ("Lê Văn E", "M")])
    result = services.allocation.allocate(batch, ["KTX"])
    rooms = {p.room: Counter() for p in result.placements}
    for p in result.placements:
        rooms[p.room][p.sex] += 1
    assert sorted(tuple(sorted(c)) for c in rooms.values()) == [("F",), ("M",)]
    assert mixed_rooms(db) == [] and len(rooms_report(db)) == 2
