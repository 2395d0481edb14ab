"""Realistic demonstration data for Cần Thơ, relative to a given day.

Everything goes through the same rules as real work (capacity, policy dates)
in one transaction; a second run finds the marker and adds nothing.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.documents import make_cccd
from quarantine_desk.domain.enums import (
    BatchKind,
    FacilityKind,
    FacilityStatus,
    IdType,
    Sex,
    StayOutcome,
    TestKind,
    TestOutcome,
)
from quarantine_desk.domain.rooms import RoomMix, designated_refuses
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import SYSTEM, Actor, Capability, Service, audit
from quarantine_desk.services.admission import admit_in_session, end_stay_in_session
from quarantine_desk.services.batches import new_batch
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import new_person
from quarantine_desk.services.release import next_certificate
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import Facility, Person, Room, Setting, Stay, TestResult

DEMO_MARKER = "demo_loaded_on"
MILITARY_UNIT = "Bộ Chỉ huy Quân sự thành phố Cần Thơ"

SURNAMES = ["Nguyễn"] * 8 + ["Trần"] * 4 + ["Lê"] * 4 + ["Phạm"] * 2 + [
    "Huỳnh", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    "Lâm", "Trương", "Châu", "Thạch",
]
MIDDLE = {
    Sex.MALE: ["Văn", "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Đức", "Công", "Hoàng", "Tấn"],
    Sex.FEMALE: ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Kim", "Thanh", "Mỹ", "Thúy", "Bích"],
}
GIVEN = {
    Sex.MALE: ["Đức", "Hùng", "Dũng", "Tuấn", "Khoa", "Phúc", "Hòa", "Thành", "Long", "Nam",
               "Tài", "Lộc", "Khánh", "Trí", "Nghĩa", "Bảo", "Toàn", "Thắng", "Hiếu", "Quý"],
    Sex.FEMALE: ["Lan", "Hương", "Trang", "Thủy", "Ngân", "Hạnh", "Mai", "Thảo", "Vy", "Yến",
                 "Nhung", "Diễm", "Loan", "Tuyết", "Hằng", "Phượng", "Nhi", "Oanh", "Hoa", "My"],
}
# (province, province code of the CCCD, districts)
HOMES = [
    ("TP Cần Thơ", "092", ["quận Ninh Kiều", "quận Bình Thủy", "quận Cái Răng", "quận Ô Môn",
                           "quận Thốt Nốt", "huyện Phong Điền", "huyện Cờ Đỏ", "huyện Thới Lai",
                           "huyện Vĩnh Thạnh"]),
    ("tỉnh Hậu Giang", "093", ["TP Vị Thanh", "huyện Châu Thành A", "huyện Phụng Hiệp"]),
    ("tỉnh Sóc Trăng", "094", ["TP Sóc Trăng", "huyện Kế Sách", "thị xã Vĩnh Châu"]),
    ("tỉnh Vĩnh Long", "086", ["TP Vĩnh Long", "huyện Bình Minh", "huyện Trà Ôn"]),
    ("tỉnh An Giang", "089", ["TP Long Xuyên", "TP Châu Đốc", "huyện Châu Phú"]),
    ("tỉnh Kiên Giang", "091", ["TP Rạch Giá", "huyện Châu Thành", "TP Phú Quốc"]),
]
STREETS = ["đường 30 Tháng 4", "đường Trần Hưng Đạo", "đường Nguyễn Văn Cừ", "đường Mậu Thân",
           "đường 3 Tháng 2", "đường Cách Mạng Tháng 8", "ấp Thới Hòa", "ấp Nhơn Lộc",
           "khu vực Bình Nhựt", "tổ 5 khu vực 3"]

FACILITIES: list[tuple[str, str, FacilityKind, str, str, str, FacilityStatus,
                      list[tuple[int, int, Sex | None]]]] = [
    # code, name, kind, unit, address, district, status, rooms: (count, beds, sex)
    ("TQS-CT", "Trường Quân sự thành phố Cần Thơ", FacilityKind.MILITARY, MILITARY_UNIT,
     "Phường Long Hòa, quận Bình Thủy", "Bình Thủy", FacilityStatus.ACTIVE,
     [(12, 8, Sex.MALE), (8, 8, Sex.FEMALE), (4, 6, None)]),
    ("TD-932", "Doanh trại Trung đoàn Bộ binh 932", FacilityKind.MILITARY, MILITARY_UNIT,
     "Phường Phước Thới, quận Ô Môn", "Ô Môn", FacilityStatus.ACTIVE,
     [(10, 6, Sex.MALE), (6, 6, Sex.FEMALE), (4, 4, None)]),
    ("KTX-DHCT", "Ký túc xá Trường Đại học Cần Thơ (khu A)", FacilityKind.SCHOOL,
     "Trường Đại học Cần Thơ", "Đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều",
     "Ninh Kiều", FacilityStatus.ACTIVE, [(20, 8, None)]),
    ("KS-NK", "Khách sạn Ninh Kiều Riverside (cách ly có thu phí)", FacilityKind.HOTEL,
     "Công ty Cổ phần Du lịch Ninh Kiều", "Đường Hai Bà Trưng, phường Tân An, quận Ninh Kiều",
     "Ninh Kiều", FacilityStatus.ACTIVE, [(20, 2, None)]),
    ("BV-DC1", "Bệnh viện dã chiến số 1", FacilityKind.MEDICAL, "Sở Y tế thành phố Cần Thơ",
     "Phường Hưng Thạnh, quận Cái Răng", "Cái Răng", FacilityStatus.STANDBY,
     [(10, 8, None)]),
]


@dataclass(frozen=True)
class DemoResult:
    created: bool
    facilities: int = 0
    batches: int = 0
    people: int = 0
    loaded_on: str | None = None


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.serial = 0

    def person(self, *, batch_id: int, today: date, passport: bool, nationality: str = "Việt Nam",
               adult_only: bool = False) -> Person:
        rng = self.rng
        sex = rng.choice([Sex.MALE, Sex.FEMALE])
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE[sex])} {rng.choice(GIVEN[sex])}"
        age = rng.randint(18, 62) if adult_only or rng.random() < 0.9 else rng.randint(1, 17)
        dob = date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        province, code, districts = rng.choice(HOMES)
        address = (f"Số {rng.randint(1, 250)}, {rng.choice(STREETS)}, "
                   f"{rng.choice(districts)}, {province}")
        self.serial += 1
        if passport:
            id_number = f"{rng.choice('BC')}{rng.randint(0, 9_999_999):07d}"
            id_type = IdType.PASSPORT
        else:
            id_number = make_cccd(code, sex, dob.year, 100_000 + self.serial * 37)
            id_type = IdType.CCCD
        birth = dict(date_of_birth=dob) if rng.random() < 0.85 else dict(birth_year=dob.year)
        document: str | None = id_number
        if age < 14 and passport and rng.random() < 0.5:
            document = None  # children often travel on a parent's passport
        phone = f"09{rng.randint(0, 99_999_999):08d}" if age >= 16 else None
        return new_person(full_name=name, sex=sex.value, id_number=document,
                          id_type=id_type.value if document else None, nationality=nationality,
                          phone=phone, address=address, batch_id=batch_id,
                          fully_vaccinated=False, **birth)


def _rooms_for(session: Session, facility: Facility, batch_date: date,
               used: dict[int, date]) -> list[Room]:
    """Rooms of a facility free of people who arrived on another date."""
    return [r for r in facility.rooms if used.get(r.id, batch_date) == batch_date]


def _place(session: Session, person: Person, facilities: list[Facility], admitted_on: date,
           used: dict[int, date], mixes: dict[int, RoomMix]) -> Stay | None:
    for facility in facilities:
        for room in _rooms_for(session, facility, admitted_on, used):
            mix = mixes.setdefault(room.id, RoomMix())
            if len(mix) >= room.beds or designated_refuses(room.sex, person.sex):
                continue
            if not mix.accepts(person.sex, person.household_id):
                continue
            stay = admit_in_session(session, person, facility, room, admitted_on)
            used[room.id] = admitted_on
            mix.add(person.sex, person.household_id)
            return stay
    return None


class DemoService(Service):
    def load(self, today: date | None = None) -> DemoResult:
        """The demonstration data, for an administrator, into a database that holds nobody
        yet (or that holds the demonstration already: then nothing is added)."""
        self.access.require(Capability.DEMO)
        with self.db.read() as session:
            loaded = session.get(Setting, DEMO_MARKER) is not None
            people = session.scalar(select(func.count()).select_from(Person)) or 0
        if people and not loaded:
            raise ServiceError(
                tr(
                    "Dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu chưa có ai; cơ sở dữ liệu này đã "
                    "có {count} người.",
                    count=people,
                )
            )
        return load_demo(self.db, today, actor=self.actor)


def load_demo(db: Database, today: date | None = None, seed: int = 2020, *,
              actor: Actor = SYSTEM) -> DemoResult:
    """Load the demonstration (tools and tests call this directly; people use the service)."""
    today = today or date.today()
    gen = _Generator(seed)
    rng = gen.rng
    with db.write() as session:
        marker = session.get(Setting, DEMO_MARKER)
        if marker is not None:
            return DemoResult(created=False, loaded_on=marker.value)
        facilities: dict[str, Facility] = {}
        for code, name, kind, unit, address, district, status, room_specs in FACILITIES:
            existing = session.scalars(select(Facility).where(Facility.code == code)).first()
            if existing is not None:
                facilities[code] = existing
                continue
            beds = sum(n * b for n, b, _ in room_specs)
            facility = Facility(code=code, name=name, kind=kind.value, managing_unit=unit,
                                address=f"{address}, TP Cần Thơ", district=district,
                                contact=f"0292 38{rng.randint(10_000, 99_999)}",
                                status=status.value, beds=beds)
            session.add(facility)
            session.flush()
            number = 101
            for count, room_beds, sex in room_specs:
                for _ in range(count):
                    session.add(Room(facility_id=facility.id, code=str(number), beds=room_beds,
                                     sex=sex.value if sex else None))
                    number += 1
            session.flush()
            session.refresh(facility)
            facilities[code] = facility

        batch_specs = [
            # kind, reference, origin, entry point, days ago, people, passport, facilities
            (BatchKind.FLIGHT, "VN5087", "Brunei", "Cảng hàng không quốc tế Cần Thơ", 20, 120,
             True, ["TQS-CT", "TD-932"], None),
            (BatchKind.FLIGHT, "VN5085", "Malaysia", "Cảng hàng không quốc tế Cần Thơ", 14, 40,
             True, ["TD-932", "TQS-CT"], None),
            (BatchKind.FLIGHT, "VN5089", "Indonesia", "Cảng hàng không quốc tế Cần Thơ", 9, 150,
             True, ["TQS-CT", "TD-932", "KTX-DHCT"], None),
            (BatchKind.ILLEGAL_ENTRY, None, "Campuchia", "Đường mòn biên giới, tỉnh An Giang",
             3, 24, False, ["TD-932", "KTX-DHCT"], "Công an quận Ninh Kiều"),
            (BatchKind.DOMESTIC, "TPHCM-01", "TP Hồ Chí Minh", "Bến xe Trung tâm Cần Thơ", 1,
             36, False, ["KTX-DHCT", "KS-NK"], None),
        ]
        used: dict[int, date] = {}
        mixes: dict[int, RoomMix] = {}
        people_count = 0
        for b_kind, ref, origin, entry, days_ago, n, passport, fac_codes, b_unit in batch_specs:
            arrived = today - timedelta(days=days_ago)
            batch = new_batch(kind=b_kind.value, reference=ref, origin=origin, entry_point=entry,
                              arrival_date=arrived, detecting_unit=b_unit)
            session.add(batch)
            session.flush()
            people = [gen.person(batch_id=batch.id, today=today, passport=passport,
                                 adult_only=b_kind == BatchKind.ILLEGAL_ENTRY) for _ in range(n)]
            session.add_all(people)
            session.flush()
            people_count += n
            targets = [facilities[c] for c in fac_codes]
            # The latest domestic arrivals are still waiting for a bed.
            to_place = people if b_kind != BatchKind.DOMESTIC else people[: n - 8]
            for person in to_place:
                stay = _place(session, person, targets, arrived, used, mixes)
                if stay is None:
                    continue
                _tests_and_outcome(session, rng, person, stay, today)
        session.add(Setting(key=DEMO_MARKER, value=today.isoformat()))
        audit(session, actor, "demo_load",
              summary=f"Nạp dữ liệu mẫu: {len(facilities)} cơ sở, {len(batch_specs)} đợt đến, "
                      f"{people_count} người")
        return DemoResult(created=True, facilities=len(facilities), batches=len(batch_specs),
                          people=people_count, loaded_on=today.isoformat())


def _tests_and_outcome(session: Session, rng: random.Random, person: Person, stay: Stay,
                       today: date) -> None:
    """Day-1 and pre-release tests, and how the stay ended if it has."""
    first = TestResult(person_id=person.id, stay_id=stay.id, taken_on=stay.admitted_on,
                       kind=TestKind.PCR.value, result=TestOutcome.NEGATIVE.value)
    if rng.random() < 0.02:
        first.result = TestOutcome.POSITIVE.value
        session.add(first)
        end_stay_in_session(person, stay.admitted_on + timedelta(days=1), StayOutcome.HOSPITAL,
                            "Bệnh viện Đa khoa Trung ương Cần Thơ")
        return
    session.add(first)
    if rng.random() < 0.005:
        end_stay_in_session(person, stay.admitted_on + timedelta(days=2), StayOutcome.ABSCONDED)
        return
    last_test_day = stay.planned_release_on - timedelta(days=1)
    if last_test_day <= today:
        # results of the latest round are sometimes still awaited
        waiting = stay.planned_release_on >= today and rng.random() < 0.1
        session.add(TestResult(person_id=person.id, stay_id=stay.id, taken_on=last_test_day,
                               kind=TestKind.PCR.value,
                               result=(TestOutcome.PENDING if waiting
                                       else TestOutcome.NEGATIVE).value))
    if stay.planned_release_on < today:  # those due today are left for the operator
        end_stay_in_session(person, stay.planned_release_on, StayOutcome.RELEASED)
        stay.certificate_seq, stay.certificate_number = next_certificate(
            session, stay.facility, stay.planned_release_on.year)
        stay.certificate_year = stay.planned_release_on.year
        session.flush()
