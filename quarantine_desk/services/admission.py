"""Admission: a person into a facility and a room, within capacity; and the end of a stay.

Capacity is checked and the stay written in one transaction that holds the
write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock on the facility),
so two desks admitting at once can never overfill a facility or a room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus, StayOutcome
from quarantine_desk.domain.policy import planned_release
from quarantine_desk.domain.rooms import RoomMix, designated_refuses, last_closed_day
from quarantine_desk.domain.values import check_day
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Actor, Service, audit
from quarantine_desk.services.errors import CapacityError, FieldError, NotFoundError, ServiceError
from quarantine_desk.services.facilities import (
    facility_occupancy,
    get_facility,
    held_elsewhere,
    room_occupancy,
    room_occupants,
)
from quarantine_desk.services.policy import rule_of
from quarantine_desk.storage.models import (
    Facility,
    HealthCheck,
    Person,
    PlannedDateChange,
    Room,
    Stay,
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
    *,
    arrival: bool = True,
) -> Stay:
    """Admit within an open write transaction whose facility row is locked. `arrival`: the
    start of a quarantine (not a transfer), whose first health entry is the symptoms the
    list gave."""
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
                    "Phòng {code} đang đóng để khử khuẩn đến hết ngày {until:%d/%m/%Y}.",
                    code=room.code,
                    until=last_closed_day(room.closed_until),
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
        planned_release_on=planned_release(rule_of(session, person, admitted_on), admitted_on),
    )
    session.add(stay)
    session.flush()
    person.current_stay = stay
    person.status = PersonStatus.IN_QUARANTINE.value
    if arrival:
        arrival_health_entries(session, {person.id: stay.id}, admitted_on)
    return stay


def move_planned_date(session: Session, actor: Actor, person: Person, stay: Stay,
                      new_date: date, reason: str) -> None:
    """Give a quarantine under way another planned release: the date, its history with the
    reason, and the trail, in the caller's transaction."""
    session.add(PlannedDateChange(stay_id=stay.id, changed_at=datetime.now(),
                                  old_date=stay.planned_release_on, new_date=new_date,
                                  reason=reason, user_id=actor.user_id))
    audit(session, actor, "planned_date", entity="stay", entity_id=stay.id,
          person_id=person.id, before={"planned_release_on": stay.planned_release_on},
          after={"planned_release_on": new_date, "reason": reason},
          summary=person.full_name)
    stay.planned_release_on = new_date


def arrival_health_entries(session: Session, stays: dict[int, int], on: date) -> None:
    """The symptoms a list gave at arrival become the first health entry of each new stay
    (person id → stay id), so the daily list and the health grid show them."""
    ids = list(stays)
    for start in range(0, len(ids), 500):
        rows = session.execute(select(Person.id, Person.arrival_symptoms).where(
            Person.id.in_(ids[start:start + 500]), Person.arrival_symptoms.is_not(None))).all()
        if rows:
            session.execute(insert(HealthCheck), [
                {"person_id": pid, "stay_id": stays[pid], "checked_on": on,
                 "symptoms": symptoms} for pid, symptoms in rows])


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


def room_named(session: Session, facility: Facility, room_code: str | None) -> Room | None:
    """The facility's room of that code (None when no room is asked for)."""
    if not room_code:
        return None
    room = session.scalars(
        select(Room).where(Room.facility_id == facility.id, Room.code == room_code)
    ).one_or_none()
    if room is None:
        raise NotFoundError(tr("Cơ sở {code} không có phòng {room_code}.", code=facility.code,
                               room_code=room_code))
    return room


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


class AdmissionService(Service):
    def admit(
        self,
        person_id: int,
        facility_code: str,
        room_code: str | None = None,
        admitted_on: date | None = None,
    ) -> Admission:
        admitted_on = admitted_on or date.today()
        check_day(admitted_on, date.today(), tr("Ngày vào cơ sở"))  # not ahead of today
        with self.db.write() as session:
            facility = get_facility(session, facility_code, lock=True)
            room = room_named(session, facility, room_code)
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
            return planned_release(rule_of(session, person, admitted_on), admitted_on)
