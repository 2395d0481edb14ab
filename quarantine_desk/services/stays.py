"""Quarantine stays: admission within capacity, and the end of a stay.

Capacity is checked and the stay written in one transaction that holds the
write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock on the facility),
so two desks admitting at once can never overfill a facility or a room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus, StayOutcome, TestOutcome
from quarantine_desk.domain.rooms import RoomMix, designated_refuses
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Actor, Capability, Service, audit
from quarantine_desk.services.errors import CapacityError, FieldError, NotFoundError, ServiceError
from quarantine_desk.services.facilities import (
    facility_occupancy,
    get_facility,
    held_elsewhere,
    room_occupancy,
    room_occupants,
)
from quarantine_desk.services.policy import planned_release_for
from quarantine_desk.storage.models import (
    Facility,
    Person,
    PlannedDateChange,
    Room,
    Stay,
    TestResult,
)


@dataclass(frozen=True)
class Admission:
    person_id: int
    stay_id: int
    facility: str
    room: str | None
    admitted_on: date
    planned_release_on: date


def get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Không có người mang số {person_id}.", person_id=person_id))
    return person


def _open_stay(person: Person) -> Stay:
    stay = person.current_stay
    if stay is None or stay.released_on is not None:
        raise ServiceError(tr("{full_name} không đang cách ly.", full_name=person.full_name))
    return stay


def admit_in_session(
    session: Session,
    person: Person,
    facility: Facility,
    room: Room | None,
    admitted_on: date,
) -> Stay:
    """Admit within an open write transaction whose facility row is locked."""
    if facility.status == FacilityStatus.CLOSED:
        raise ServiceError(tr("Cơ sở {code} đã đóng, không nhận người.", code=facility.code))
    if person.current_stay is not None and person.current_stay.released_on is None:
        raise ServiceError(
            tr(
                "{full_name} đang cách ly tại {code}.",
                full_name=person.full_name,
                code=person.current_stay.facility.code,
            )
        )
    occupied = facility_occupancy(session, facility.id)
    held = held_elsewhere(session, [facility.id], person.batch_id).get(facility.id, 0)
    if held and occupied + held >= facility.beds:
        raise CapacityError(
            tr(
                "Cơ sở {code} đã hết giường ({occupied}/{beds}; {held} giường đang giữ cho "
                "đợt đến đã báo trước).",
                code=facility.code,
                occupied=occupied,
                beds=facility.beds,
                held=held,
            )
        )
    if occupied >= facility.beds:
        raise CapacityError(
            tr(
                "Cơ sở {code} đã hết giường ({occupied}/{beds}).",
                code=facility.code,
                occupied=occupied,
                beds=facility.beds,
            )
        )
    if room is not None:
        if room.facility_id != facility.id:
            raise ServiceError(
                tr("Phòng {code} không thuộc cơ sở {code2}.", code=room.code, code2=facility.code)
            )
        in_room = room_occupancy(session, room.id)
        if in_room >= room.beds:
            raise CapacityError(
                tr(
                    "Phòng {code} của {code2} đã đủ {beds} người.",
                    code=room.code,
                    code2=facility.code,
                    beds=room.beds,
                )
            )
        if room.closed_until is not None and admitted_on < room.closed_until:
            raise ServiceError(
                tr(
                    "Phòng {code} đang đóng để khử khuẩn đến ngày {until:%d/%m/%Y}.",
                    code=room.code,
                    until=room.closed_until,
                )
            )
        refusal = room_refusal(room, person, room_occupants(session, room.id))
        if refusal:
            raise ServiceError(refusal)
    stay = Stay(
        person_id=person.id,
        facility_id=facility.id,
        room_id=room.id if room is not None else None,
        admitted_on=admitted_on,
        quarantine_start=admitted_on,
        planned_release_on=planned_release_for(session, admitted_on, person.fully_vaccinated),
    )
    session.add(stay)
    session.flush()
    person.current_stay = stay
    person.status = PersonStatus.IN_QUARANTINE.value
    return stay


def sex_label(sex: str | None) -> str:
    return tr("nam") if sex == "M" else tr("nữ") if sex == "F" else tr("chưa rõ giới tính")


def room_refusal(
    room: Room, person: Person, occupants: list[tuple[str | None, int | None, date]]
) -> str | None:
    """Why this person may not sleep in this room with its occupants, or None."""
    if designated_refuses(room.sex, person.sex):
        if person.sex is None:
            return tr(
                "Phòng {code} chỉ dành cho {label}; {full_name} chưa rõ giới tính.",
                code=room.code,
                label=sex_label(room.sex),
                full_name=person.full_name,
            )
        return tr("Phòng {code} chỉ dành cho {label}.", code=room.code, label=sex_label(room.sex))
    mix = RoomMix()
    for sex, household, _ in occupants:
        mix.add(sex, household)
    if not mix.accepts(person.sex, person.household_id):
        others = ", ".join(sorted(sex_label(s) for s in mix.others(person.household_id)))
        return tr(
            "Phòng {code} đang có người không cùng hộ ({others}); không xếp {full_name} "
            "({label}) vào chung phòng.",
            code=room.code,
            others=others,
            full_name=person.full_name,
            label=sex_label(person.sex),
        )
    return None


def audit_admission(
    session: Session,
    actor: Actor,
    person: Person,
    stay: Stay,
    facility: Facility,
    room: Room | None,
    how: str = "",
) -> None:
    audit(
        session,
        actor,
        "admit",
        entity="stay",
        entity_id=stay.id,
        person_id=person.id,
        after={
            "facility": facility.code,
            "room": room.code if room else None,
            "admitted_on": stay.admitted_on,
            "planned_release_on": stay.planned_release_on,
        },
        summary=f"{person.full_name} vào {facility.code}{how}",
    )


def end_stay_in_session(
    person: Person, on: date, outcome: StayOutcome, note: str | None = None
) -> Stay:
    stay = _open_stay(person)
    if on < stay.admitted_on:
        raise FieldError("when", tr("Ngày kết thúc không thể trước ngày vào cách ly."))
    stay.released_on = on
    stay.outcome = outcome.value
    stay.outcome_note = note
    person.status = PersonStatus(outcome.value).value
    return stay


class StayService(Service):
    def admit(
        self,
        person_id: int,
        facility_code: str,
        room_code: str | None = None,
        admitted_on: date | None = None,
    ) -> Admission:
        admitted_on = admitted_on or date.today()
        with self.db.write() as session:
            facility = get_facility(session, facility_code, lock=True)
            room = None
            if room_code:
                room = session.scalars(
                    select(Room).where(Room.facility_id == facility.id, Room.code == room_code)
                ).one_or_none()
                if room is None:
                    raise NotFoundError(
                        tr(
                            "Cơ sở {code} không có phòng {room_code}.",
                            code=facility.code,
                            room_code=room_code,
                        )
                    )
            self.access.require_facility(facility.id, facility.code)
            person = get_person(session, person_id)
            stay = admit_in_session(session, person, facility, room, admitted_on)
            audit_admission(session, self.actor, person, stay, facility, room)
            return Admission(
                person.id,
                stay.id,
                facility.code,
                room.code if room else None,
                stay.admitted_on,
                stay.planned_release_on,
            )

    def planned_release_preview(self, person_id: int, admitted_on: date) -> date:
        """The release date the policy gives an admission on that day (shown before saving)."""
        with self.db.read() as session:
            person = get_person(session, person_id)
            return planned_release_for(session, admitted_on, person.fully_vaccinated)

    def release_due_counts(self, today: date) -> tuple[int, int]:
        """(stays planned to end today, open stays whose planned date has passed)."""
        scope = self.access.facility_filter(Stay.facility_id)
        with self.db.read() as session:

            def count(*where: ColumnElement[bool]) -> int:
                return (
                    session.scalar(
                        select(func.count(Stay.id)).where(
                            Stay.released_on.is_(None), *scope, *where
                        )
                    )
                    or 0
                )

            return (count(Stay.planned_release_on == today), count(Stay.planned_release_on < today))


@dataclass(frozen=True)
class Release:
    person_id: int
    full_name: str
    facility: str
    released_on: date
    certificate_number: str


@dataclass(frozen=True)
class Refusal:
    person_id: int
    full_name: str
    reason: str


def last_required_test_day(session: Session, stay: Stay, vaccinated: bool) -> int:
    from quarantine_desk.domain.policy import rule_for
    from quarantine_desk.services.policy import load_rules

    rule = rule_for(load_rules(session), stay.quarantine_start, vaccinated)
    return max(rule.test_days) if rule.test_days else 0


class TestRefusal(str):
    """A refusal about the last required test: the only kind an override can lift."""

    __test__ = False


def release_refusal(session: Session, person: Person, on: date) -> str | None:
    """Why this person cannot be released on that date, or None if they can."""
    stay = person.current_stay
    if stay is None or stay.released_on is not None:
        return tr("không đang cách ly")
    if on < stay.planned_release_on:
        return tr(
            "chưa đến ngày hoàn thành cách ly ({planned_release_on:%d/%m/%Y}); muốn "
            "cho về sớm phải sửa ngày dự kiến kèm lý do",
            planned_release_on=stay.planned_release_on,
        )
    reason = _test_refusal(session, person, stay, on)
    return TestRefusal(reason) if reason else None


def _test_refusal(session: Session, person: Person, stay: Stay, on: date) -> str | None:
    last_day = last_required_test_day(session, stay, person.fully_vaccinated)
    if last_day:
        # the last required test, taken on its day or later (two days' grace before it)
        window_start = stay.quarantine_start + timedelta(days=last_day - 3)
        latest = session.scalars(
            select(TestResult).where(TestResult.person_id == person.id,
                                     TestResult.taken_on >= window_start,
                                     TestResult.taken_on <= on)
            .order_by(TestResult.taken_on.desc(), TestResult.id.desc())).first()
        if latest is None:
            return tr(
                "thiếu kết quả xét nghiệm lần cuối (ngày thứ {last_day} của thời gian cách ly)",
                last_day=last_day,
            )
        if latest.result == TestOutcome.PENDING:
            return tr(
                "xét nghiệm ngày {taken_on:%d/%m/%Y} đang chờ kết quả", taken_on=latest.taken_on
            )
        if latest.result == TestOutcome.POSITIVE:
            return tr("xét nghiệm ngày {taken_on:%d/%m/%Y} dương tính", taken_on=latest.taken_on)
    return None


def next_certificate(session: Session, facility: Facility, year: int) -> tuple[int, str]:
    seq = (
        session.scalar(
            select(func.max(Stay.certificate_seq)).where(
                Stay.facility_id == facility.id, Stay.certificate_year == year
            )
        )
        or 0
    ) + 1
    return seq, f"{seq}/GXN-{facility.code}"


class CareService(Service):
    """Release, transfer, planned-date changes: the end and the changes of a stay."""

    def release(
        self,
        person_ids: list[int],
        on: date | None = None,
        *,
        all_or_nothing: bool = False,
        override_note: str | None = None,
    ) -> tuple[list[Release], list[Refusal]]:
        """Release everyone allowed and list the others with the reason, in one transaction.

        With all_or_nothing, one refusal refuses the whole request and changes nothing.
        An override note releases despite a missing, pending or positive last test (never
        before the planned date); the note is kept with the stay. Only a district
        administrator may give one.
        """
        self.access.require_write()
        if override_note is not None:
            self.access.require(Capability.RELEASE_EARLY)
            if not override_note.strip():
                raise ServiceError(tr("Cho về khi chưa đủ điều kiện phải ghi rõ lý do."))
        on = on or date.today()
        released: list[Release] = []
        refused: list[Refusal] = []
        with self.db.write() as session:
            for person_id in dict.fromkeys(person_ids):
                person = session.get(Person, person_id)
                if person is None:
                    refused.append(Refusal(person_id, "", tr("không có người mang số này")))
                    continue
                stay = person.current_stay
                if stay is not None and not self.access.sees_facility(stay.facility_id):
                    refused.append(
                        Refusal(
                            person.id,
                            person.full_name,
                            tr("không thuộc cơ sở được giao cho tài khoản này"),
                        )
                    )
                    continue
                reason = release_refusal(session, person, on)
                note = None
                if isinstance(reason, TestRefusal) and override_note is not None:
                    note = f"Cho về khi chưa đủ điều kiện ({reason}): {override_note.strip()}"[:300]
                elif reason is not None:
                    refused.append(Refusal(person.id, person.full_name, reason))
                    continue
                stay = person.current_stay
                assert stay is not None
                facility = session.get(Facility, stay.facility_id, with_for_update=True)
                assert facility is not None
                seq, number = next_certificate(session, facility, on.year)
                end_stay_in_session(person, on, StayOutcome.RELEASED, note)
                stay.certificate_seq, stay.certificate_year = seq, on.year
                stay.certificate_number = number
                session.flush()
                audit(
                    session,
                    self.actor,
                    "release",
                    entity="stay",
                    entity_id=stay.id,
                    person_id=person.id,
                    after={"released_on": on, "certificate": number, "override": note},
                    summary=f"{person.full_name} hoàn thành cách ly tại {facility.code}",
                )
                released.append(Release(person.id, person.full_name, facility.code, on, number))
            if all_or_nothing and refused:
                raise ServiceError(
                    tr("Không cho về: ")
                    + "; ".join(
                        f"{r.person_id} {r.full_name}: {r.reason}".replace("  ", " ")
                        for r in refused
                    )
                )
        return released, refused

    def due_for_release(self, on: date) -> list[int]:
        """People whose planned release is on or before that date and still in quarantine."""
        query = (select(Stay.person_id).join(Person, Person.current_stay_id == Stay.id)
                 .where(Stay.released_on.is_(None), Stay.planned_release_on <= on,
                        *self.access.facility_filter(Stay.facility_id))
                 .order_by(Stay.planned_release_on, Person.sort_key))
        with self.db.read() as session:
            return list(session.scalars(query))

    def transfer(
        self,
        person_id: int,
        on: date | None = None,
        *,
        facility_code: str | None = None,
        room_code: str | None = None,
        hospital: str | None = None,
    ) -> Stay:
        """To hospital (the stay ends, the bed is freed) or to another facility.

        A move between facilities keeps the planned release date: the quarantine
        goes on, it does not start again.
        """
        on = on or date.today()
        if (facility_code is None) == (hospital is None or not hospital.strip()):
            raise ServiceError(tr("Chọn một nơi chuyển đến: một cơ sở cách ly hoặc một bệnh viện."))
        with self.db.write() as session:
            person = get_person(session, person_id)
            old = _open_stay(person)
            self.access.require_facility(old.facility_id, old.facility.code)
            if hospital is not None:
                audit(
                    session,
                    self.actor,
                    "transfer",
                    entity="stay",
                    entity_id=old.id,
                    person_id=person.id,
                    before={"facility": old.facility.code},
                    after={"hospital": hospital.strip(), "on": on},
                    summary=f"{person.full_name} chuyển viện: {hospital.strip()}",
                )
                return end_stay_in_session(person, on, StayOutcome.HOSPITAL, hospital.strip())
            assert facility_code is not None
            target = get_facility(session, facility_code, lock=True)
            self.access.require_facility(target.id, target.code)
            if target.id == old.facility_id:
                raise ServiceError(
                    tr(
                        "{full_name} đang ở {code} rồi.",
                        full_name=person.full_name,
                        code=target.code,
                    )
                )
            room = None
            if room_code:
                room = session.scalars(
                    select(Room).where(Room.facility_id == target.id, Room.code == room_code)
                ).one_or_none()
                if room is None:
                    raise NotFoundError(
                        tr(
                            "Cơ sở {code} không có phòng {room_code}.",
                            code=target.code,
                            room_code=room_code,
                        )
                    )
            planned, start = old.planned_release_on, old.quarantine_start
            end_stay_in_session(person, on, StayOutcome.TRANSFERRED, f"Chuyển đến {target.code}")
            new = admit_in_session(session, person, target, room, on)
            # the same quarantine goes on: its first day, its tests and its end stay
            new.planned_release_on, new.quarantine_start = planned, start
            audit(
                session,
                self.actor,
                "transfer",
                entity="stay",
                entity_id=new.id,
                person_id=person.id,
                before={"facility": old.facility.code},
                after={"facility": target.code, "room": room.code if room else None, "on": on},
                summary=f"{person.full_name} chuyển {old.facility.code} → {target.code}",
            )
            return new

    def abscond(self, person_id: int, on: date | None = None, note: str | None = None) -> Stay:
        with self.db.write() as session:
            person = get_person(session, person_id)
            stay = _open_stay(person)
            self.access.require_facility(stay.facility_id, stay.facility.code)
            audit(
                session,
                self.actor,
                "abscond",
                entity="stay",
                entity_id=stay.id,
                person_id=person.id,
                after={"on": on or date.today(), "note": note},
                summary=f"{person.full_name} bỏ trốn khỏi {stay.facility.code}",
            )
            return end_stay_in_session(person, on or date.today(), StayOutcome.ABSCONDED, note)

    def change_planned_date(self, person_id: int, new_date: date, reason: str) -> Stay:
        """Extend or shorten a stay; the reason is required and the history kept."""
        if not reason or not reason.strip():
            raise FieldError(
                "reason", tr("Phải ghi lý do khi đổi ngày dự kiến hoàn thành cách ly.")
            )
        with self.db.write() as session:
            person = get_person(session, person_id)
            stay = _open_stay(person)
            self.access.require_facility(stay.facility_id, stay.facility.code)
            if new_date <= stay.admitted_on:
                raise FieldError("new_date", tr("Ngày dự kiến phải sau ngày vào cách ly."))
            if new_date == stay.planned_release_on:
                raise FieldError("new_date", tr("Ngày mới trùng ngày dự kiến hiện tại."))
            session.add(
                PlannedDateChange(
                    stay_id=stay.id,
                    changed_at=datetime.now(),
                    old_date=stay.planned_release_on,
                    new_date=new_date,
                    reason=reason.strip(),
                    user_id=self.actor.user_id,
                )
            )
            audit(
                session,
                self.actor,
                "planned_date",
                entity="stay",
                entity_id=stay.id,
                person_id=person.id,
                before={"planned_release_on": stay.planned_release_on},
                after={"planned_release_on": new_date, "reason": reason.strip()},
                summary=person.full_name,
            )
            stay.planned_release_on = new_date
            return stay
