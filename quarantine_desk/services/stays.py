"""Quarantine stays: admission within capacity, and the end of a stay.

Capacity is checked and the stay written in one transaction that holds the
write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a row lock on the facility),
so two desks admitting at once can never overfill a facility or a room.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus, StayOutcome
from quarantine_desk.services.errors import CapacityError, NotFoundError, ServiceError
from quarantine_desk.services.facilities import facility_occupancy, get_facility, room_occupancy
from quarantine_desk.services.policy import planned_release_for
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import Facility, Person, Room, Stay


@dataclass(frozen=True)
class Admission:
    person_id: int
    stay_id: int
    facility: str
    room: str | None
    admitted_on: date
    planned_release_on: date


def _get_person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(f"Không có người mang số {person_id}.")
    return person


def admit_in_session(
    session: Session,
    person: Person,
    facility: Facility,
    room: Room | None,
    admitted_on: date,
) -> Stay:
    """Admit within an open write transaction whose facility row is locked."""
    if facility.status == FacilityStatus.CLOSED:
        raise ServiceError(f"Cơ sở {facility.code} đã đóng, không nhận người.")
    if person.current_stay is not None and person.current_stay.released_on is None:
        raise ServiceError(
            f"{person.full_name} đang cách ly tại {person.current_stay.facility.code}."
        )
    occupied = facility_occupancy(session, facility.id)
    if occupied >= facility.beds:
        raise CapacityError(
            f"Cơ sở {facility.code} đã hết giường ({occupied}/{facility.beds})."
        )
    if room is not None:
        if room.facility_id != facility.id:
            raise ServiceError(f"Phòng {room.code} không thuộc cơ sở {facility.code}.")
        in_room = room_occupancy(session, room.id)
        if in_room >= room.beds:
            raise CapacityError(f"Phòng {room.code} của {facility.code} đã đủ {room.beds} người.")
        if room.sex is not None and person.sex is not None and room.sex != person.sex:
            label = "nam" if room.sex == "M" else "nữ"
            raise ServiceError(f"Phòng {room.code} chỉ dành cho {label}.")
    stay = Stay(
        person_id=person.id,
        facility_id=facility.id,
        room_id=room.id if room is not None else None,
        admitted_on=admitted_on,
        planned_release_on=planned_release_for(session, admitted_on, person.fully_vaccinated),
    )
    session.add(stay)
    session.flush()
    person.current_stay = stay
    person.status = PersonStatus.IN_QUARANTINE.value
    return stay


def end_stay_in_session(person: Person, on: date, outcome: StayOutcome,
                        note: str | None = None) -> Stay:
    stay = person.current_stay
    if stay is None or stay.released_on is not None:
        raise ServiceError(f"{person.full_name} không đang cách ly.")
    if on < stay.admitted_on:
        raise ServiceError("Ngày kết thúc không thể trước ngày vào cách ly.")
    stay.released_on = on
    stay.outcome = outcome.value
    stay.outcome_note = note
    person.status = PersonStatus(outcome.value).value
    return stay


class StayService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def admit(self, person_id: int, facility_code: str, room_code: str | None = None,
              admitted_on: date | None = None) -> Admission:
        admitted_on = admitted_on or date.today()
        with self.db.write() as session:
            facility = get_facility(session, facility_code, lock=True)
            room = None
            if room_code:
                room = session.scalars(
                    select(Room).where(Room.facility_id == facility.id, Room.code == room_code)
                ).one_or_none()
                if room is None:
                    raise NotFoundError(f"Cơ sở {facility.code} không có phòng {room_code}.")
            person = _get_person(session, person_id)
            stay = admit_in_session(session, person, facility, room, admitted_on)
            return Admission(person.id, stay.id, facility.code, room.code if room else None,
                             stay.admitted_on, stay.planned_release_on)

    def release_due_counts(self, today: date) -> tuple[int, int]:
        """(stays planned to end today, open stays whose planned date has passed)."""
        with self.db.read() as session:
            due = session.scalar(
                select(func.count(Stay.id)).where(
                    Stay.released_on.is_(None), Stay.planned_release_on == today
                )
            )
            overdue = session.scalar(
                select(func.count(Stay.id)).where(
                    Stay.released_on.is_(None), Stay.planned_release_on < today
                )
            )
            return due or 0, overdue or 0
