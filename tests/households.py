"""Manifests shaped like the lists embassies and airlines send, and the room checks."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from quarantine_desk.domain.rooms import may_share
from quarantine_desk.storage.models import Person, Room, Stay
from tests.importing.manifests import write_xlsx

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng"]
MEN = ["Văn Đức", "Minh Tuấn", "Quốc Bảo", "Hữu Phước", "Thanh Sơn", "Văn Hùng"]
WOMEN = ["Thị Hòa", "Ngọc Lan", "Thị Thuỷ", "Kim Ngân", "Thu Trang", "Thị Mai"]
# commune-level: shared by dozens of strangers on one flight
COMMUNES = ["P. An Hòa, Q. Ninh Kiều, TP Cần Thơ", "P. Xuân Khánh, Q. Ninh Kiều, TP Cần Thơ",
            "X. Nhơn Ái, H. Phong Điền, TP Cần Thơ", "P. Lê Bình, Q. Cái Răng, TP Cần Thơ"]
HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ", "Nhóm"]


def flight_rows(n: int, *, seed: int = 5087, family_share: float = 0.3) -> tuple[
        list[list[Any]], int]:
    """A repatriation flight: families with a group code, the rest alone; commune-level
    addresses for everyone. Returns the rows and how many families it has."""
    rng = random.Random(seed)
    rows: list[list[Any]] = []
    families = 0
    serial = 1_000_000
    while len(rows) < n:
        if rng.random() < family_share and n - len(rows) >= 2:
            size = min(rng.choice([2, 2, 3, 3, 4, 5]), n - len(rows))
            families += 1
            surname = rng.choice(SURNAMES)
            address = rng.choice(COMMUNES)
            for k in range(size):
                sex = "Nam" if k == 0 else rng.choice(["Nam", "Nữ"])
                # the wife keeps her own surname
                own = rng.choice(SURNAMES) if k == 1 else surname
                given = rng.choice(MEN if sex == "Nam" else WOMEN)
                born = date(1975 + rng.randrange(40), 1 + rng.randrange(12), 1 + rng.randrange(28))
                serial += 1
                rows.append([len(rows) + 1, f"{own} {given}", born, sex, f"C{serial}",
                             address, f"PNR{families:03d}"])
        else:
            sex = rng.choice(["Nam", "Nữ"])
            given = rng.choice(MEN if sex == "Nam" else WOMEN)
            born = date(1958 + rng.randrange(50), 1 + rng.randrange(12), 1 + rng.randrange(28))
            serial += 1
            rows.append([len(rows) + 1, f"{rng.choice(SURNAMES)} {given}", born, sex,
                         f"C{serial}", rng.choice(COMMUNES), None])
    return rows, families


def import_rows(services: Any, path: Path, rows: list[list[Any]], header: list[str] = HEADER,
                arrival: date = date(2020, 7, 29)) -> int:
    from quarantine_desk.services.imports import BatchDetails

    write_xlsx(path, [header, *rows])
    prepared = services.imports.prepare(services.imports.read(path), today=arrival)
    result = services.imports.commit(prepared, BatchDetails(reference="VN5087",
                                                            arrival_date=arrival))
    assert result.batch_id is not None
    return result.batch_id


def rooms_report(db: Any) -> dict[tuple[int, str], list[tuple[str | None, int | None]]]:
    """Everyone in a room now: (facility id, room) -> [(sex, household)]."""
    with db.read() as session:
        out: dict[tuple[int, str], list[tuple[str | None, int | None]]] = defaultdict(list)
        for facility_id, code, sex, household in session.execute(
            select(Stay.facility_id, Room.code, Person.sex, Person.household_id)
            .join(Room, Room.id == Stay.room_id).join(Person, Person.id == Stay.person_id)
            .where(Stay.released_on.is_(None))
        ):
            out[(facility_id, code)].append((sex, household))
        return out


def mixed_rooms(db: Any) -> list[tuple[int, str]]:
    """Rooms where two people who may not share do (unrelated, different or unknown sex)."""
    bad = []
    for key, people in rooms_report(db).items():
        if any(not may_share(*a, *b) for i, a in enumerate(people) for b in people[i + 1:]):
            bad.append(key)
    return bad
