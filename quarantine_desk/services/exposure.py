"""A positive case found inside a site (F0) and the people it exposed (F1).

Vietnamese practice of 2020–21: the case goes to hospital; the people who shared its room on
overlapping days are close contacts whose quarantine starts again from the last day of
contact, with the tests again; the room is closed for cleaning before anyone moves in. The
operator may widen the circle to the floor, the block, the whole facility, or the passengers
seated within two rows of the case on the flight. Nothing changes until the operator
confirms; then it is all one transaction, with each contact's planned-date history and the
audit trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import StayOutcome
from quarantine_desk.domain.names import fold
from quarantine_desk.domain.policy import contact_release, rule_for
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.admission import end_stay_in_session, get_person
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.policy import load_rules, status_of, thresholds
from quarantine_desk.services.settings import option_in
from quarantine_desk.storage.models import (
    ArrivalBatch,
    Person,
    PlannedDateChange,
    PositiveFinding,
    Room,
    Stay,
)

SEAT_ROWS = 2  # passengers seated within this many rows of the case


class Scope(StrEnum):
    ROOM = "room"
    FLOOR = "floor"
    BLOCK = "block"
    FACILITY = "facility"
    FLIGHT = "flight"


SCOPE_LABELS = {
    Scope.ROOM: QT_TR_NOOP("Cùng phòng"),
    Scope.FLOOR: QT_TR_NOOP("Cùng tầng"),
    Scope.BLOCK: QT_TR_NOOP("Cùng khu"),
    Scope.FACILITY: QT_TR_NOOP("Cả cơ sở"),
    Scope.FLIGHT: QT_TR_NOOP("Ngồi gần trên chuyến bay (trong 2 hàng ghế)"),
}


@dataclass(frozen=True)
class Contact:
    person_id: int
    full_name: str
    facility: str
    room: str | None
    reason: str  # how they were exposed, in Vietnamese (it is kept in the record)
    last_contact: date
    planned_release_before: date
    planned_release_after: date

    def to_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_id, "full_name": self.full_name,
            "facility": self.facility, "room": self.room, "reason": self.reason,
            "last_contact": self.last_contact.isoformat(),
            "planned_release_before": self.planned_release_before.isoformat(),
            "planned_release_after": self.planned_release_after.isoformat(),
        }


@dataclass
class Exposure:
    case_id: int
    case_name: str
    facility: str
    room: str | None
    found_on: date
    scope: Scope
    contacts: list[Contact] = field(default_factory=list)
    # contacts in facilities this account is not given: listed for their operators (or
    # the district) to act on, never changed by this account
    elsewhere: list[Contact] = field(default_factory=list)
    room_closed_until: date | None = None
    applied: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "case": {"person_id": self.case_id, "full_name": self.case_name,
                     "facility": self.facility, "room": self.room,
                     "found_on": self.found_on.isoformat()},
            "scope": self.scope.value,
            "contacts": [c.to_json() for c in self.contacts],
            "elsewhere": [c.to_json() for c in self.elsewhere],
            "room_closed_until": (self.room_closed_until.isoformat()
                                  if self.room_closed_until else None),
            "applied": self.applied,
        }


def elsewhere_note(n: int) -> str:
    return tr("{n} người tiếp xúc khác ở cơ sở không giao cho tài khoản này; không thay đổi gì "
              "ở đó: hãy báo người phụ trách các cơ sở đó hoặc Ban chỉ đạo quận.", n=n)


class _Preview(Exception):
    pass


def _seat_row(extra: dict[str, object] | None) -> int | None:
    """The row of the seat the manifest gave ("12A" → 12), if it gave one."""
    for key, value in (extra or {}).items():
        if fold(str(key)) in ("so ghe", "ghe", "seat", "seat no", "so ghe ngoi", "cho ngoi"):
            match = re.match(r"\s*(\d+)", str(value))
            if match:
                return int(match.group(1))
    return None


class ExposureService(Service):
    def exposure(self, person_id: int, on: date, scope: str = Scope.ROOM, *,
                 apply: bool = False, hospital: str | None = None) -> Exposure:
        """Who the case exposed, with their planned release before and after; with apply,
        record it all (and, with a hospital, send the case there) in one transaction."""
        try:
            scope_value = Scope(scope)
        except ValueError:
            allowed = ", ".join(s.value for s in Scope)
            raise ServiceError(
                tr("Phạm vi «{scope}» không có; chọn: {allowed}.", scope=scope, allowed=allowed)
            ) from None
        if apply:
            self.access.require_write()
        result: Exposure | None = None
        try:
            with self.db.write() as session:
                result = self._find(session, person_id, on, scope_value)
                if not apply:
                    raise _Preview
                self._apply(session, result, hospital)
                result.applied = True
        except _Preview:
            pass
        except IntegrityError:
            # PostgreSQL: another desk recorded this case between our check and our write
            raise ServiceError(tr("Ca dương tính này vừa được ghi ở bàn khác; không ghi lần "
                                  "nữa.")) from None
        assert result is not None
        return result

    def _case_stays(self, session: Session, case: Person, on: date) -> list[Stay]:
        stay = case.current_stay
        if stay is None:
            raise ServiceError(tr("{full_name} chưa từng ở khu cách ly.",
                                  full_name=case.full_name))
        if stay.released_on is not None and stay.outcome != StayOutcome.HOSPITAL:
            raise ServiceError(tr("{full_name} không đang cách ly.", full_name=case.full_name))
        if not self.access.sees_facility(stay.facility_id):
            self.access.require_facility(stay.facility_id, stay.facility.code)
        if on < stay.quarantine_start:
            raise ServiceError(tr("Ngày phát hiện không thể trước ngày bắt đầu cách ly."))
        return list(session.scalars(
            select(Stay).where(Stay.person_id == case.id,
                               Stay.quarantine_start == stay.quarantine_start,
                               Stay.admitted_on <= on)
            .order_by(Stay.admitted_on)))

    def _find(self, session: Session, person_id: int, on: date, scope: Scope) -> Exposure:
        case = get_person(session, person_id)
        stays = self._case_stays(session, case, on)
        last = stays[-1]
        room = last.room
        result = Exposure(case.id, case.full_name, last.facility.code,
                          room.code if room else None, on, scope)
        rules = load_rules(session)
        seen: dict[int, Contact] = {}
        outside: set[int] = set()  # people of facilities this account is not given

        def consider(person: Person, last_contact: date, reason: str) -> None:
            current = person.current_stay
            if person.id == case.id or current is None or current.released_on is not None:
                return  # only people still in quarantine get a new date
            previous = seen.get(person.id)
            if previous is not None and previous.last_contact >= last_contact:
                return
            if not self.access.sees_facility(current.facility_id):
                outside.add(person.id)
            # the rule from the day of contact, for their vaccination status on arrival
            status = status_of(person, current.quarantine_start, thresholds(session))
            rule = rule_for(rules, last_contact, status)
            after = max(contact_release(rule, last_contact), current.planned_release_on)
            seen[person.id] = Contact(
                person.id, person.full_name, current.facility.code,
                current.room.code if current.room else None, reason, last_contact,
                current.planned_release_on, after)

        for stay in stays:
            end = min(stay.released_on or on, on)
            where = [Stay.facility_id == stay.facility_id]
            if scope == Scope.ROOM:
                if stay.room_id is None:
                    continue
                where = [Stay.room_id == stay.room_id]
            elif scope in (Scope.FLOOR, Scope.BLOCK):
                if stay.room is None:
                    continue  # no room, no floor: only the whole facility widens it
                conditions = [Room.facility_id == stay.facility_id,
                              Room.block.is_(None) if stay.room.block is None
                              else Room.block == stay.room.block]
                if scope == Scope.FLOOR:
                    conditions.append(Room.floor.is_(None) if stay.room.floor is None
                                      else Room.floor == stay.room.floor)
                where = [Stay.room_id.in_(select(Room.id).where(*conditions))]
            elif scope == Scope.FLIGHT:
                continue
            others = session.execute(
                select(Stay, Person).join(Person, Person.id == Stay.person_id)
                .where(*where, Stay.person_id != case.id, Stay.admitted_on <= end,
                       or_(Stay.released_on.is_(None), Stay.released_on >= stay.admitted_on))
            ).all()
            for other, person in others:
                last_contact = min(end, other.released_on or end)
                room_code = other.room.code if other.room else ""
                reason = (f"tiếp xúc với ca dương tính {case.full_name}, phòng {room_code}, "
                          f"ngày {last_contact:%d/%m/%Y}")
                consider(person, last_contact, reason)

        if scope == Scope.FLIGHT:
            batch = session.get(ArrivalBatch, case.batch_id) if case.batch_id else None
            row = _seat_row(case.extra)
            if batch is None or row is None:
                raise ServiceError(tr(
                    "Danh sách chuyến bay của {full_name} không ghi số ghế; không xác định được "
                    "người ngồi gần.", full_name=case.full_name))
            for person in session.scalars(select(Person).where(Person.batch_id == batch.id)):
                seat = _seat_row(person.extra)
                if seat is not None and abs(seat - row) <= SEAT_ROWS:
                    consider(person, batch.arrival_date,
                             f"ngồi gần ca dương tính {case.full_name} trên chuyến "
                             f"{batch.reference or ''} ngày {batch.arrival_date:%d/%m/%Y}")
        ordered = sorted(seen.values(), key=lambda c: (c.facility, c.room or "", c.full_name))
        result.contacts = [c for c in ordered if c.person_id not in outside]
        result.elsewhere = [c for c in ordered if c.person_id in outside]
        if room is not None:
            days = option_in(session, "room_cleaning_days")
            result.room_closed_until = on + timedelta(days=days) if days else None
        return result

    def _apply(self, session: Session, result: Exposure, hospital: str | None) -> None:
        case = get_person(session, result.case_id)
        self.access.require_person(case)
        if case.current_stay is not None:
            # one quarantine is one period across moves: a finding of any of its stays counts
            found = session.scalar(
                select(PositiveFinding.found_on)
                .join(Stay, Stay.id == PositiveFinding.stay_id)
                .where(Stay.person_id == case.id,
                       Stay.quarantine_start == case.current_stay.quarantine_start))
            if found is not None:
                raise ServiceError(tr(
                    "{full_name} đã được ghi nhận là ca dương tính ngày {on:%d/%m/%Y} trong đợt "
                    "cách ly này; không ghi lần nữa.", full_name=case.full_name, on=found))
            # the database refuses a second finding of the stay (another desk, at once)
            session.add(PositiveFinding(person_id=case.id, stay_id=case.current_stay.id,
                                        found_on=result.found_on, recorded_at=datetime.now()))
            session.flush()
        before = case.contact_level
        case.contact_level = "F0"
        audit(session, self.actor, "positive_case", entity="person", entity_id=case.id,
              person_id=case.id, before={"contact_level": before},
              after={"contact_level": "F0", "found_on": result.found_on,
                     "scope": result.scope.value, "contacts": len(result.contacts),
                     "room": result.room, "facility": result.facility},
              summary=f"Ca dương tính {case.full_name} tại {result.facility}")
        now = datetime.now()
        for contact in result.contacts:
            person = get_person(session, contact.person_id)
            self.access.require_person(person)  # only people of this account's facilities
            stay = person.current_stay
            assert stay is not None and stay.released_on is None
            if contact.planned_release_after != stay.planned_release_on:
                session.add(PlannedDateChange(
                    stay_id=stay.id, changed_at=now, old_date=stay.planned_release_on,
                    new_date=contact.planned_release_after, reason=contact.reason[:300],
                    user_id=self.actor.user_id))
            old_level = person.contact_level
            if old_level != "F0":
                person.contact_level = "F1"
            audit(session, self.actor, "exposure", entity="person", entity_id=case.id,
                  person_id=person.id,
                  before={"planned_release_on": stay.planned_release_on,
                          "quarantine_start": stay.quarantine_start,
                          "contact_level": old_level},
                  after={"planned_release_on": contact.planned_release_after,
                         "quarantine_start": contact.last_contact, "contact_level": "F1",
                         "case": case.id, "reason": contact.reason},
                  summary=f"{person.full_name}: {contact.reason}")
            stay.planned_release_on = contact.planned_release_after
            stay.quarantine_start = contact.last_contact  # the tests count again from here
        stay = case.current_stay
        if stay is not None and stay.room is not None and result.room_closed_until:
            stay.room.closed_until = max(stay.room.closed_until or result.room_closed_until,
                                         result.room_closed_until)
            stay.room.closed_note = f"Khử khuẩn sau ca dương tính {case.full_name}"
        if hospital and hospital.strip() and stay is not None and stay.released_on is None:
            end_stay_in_session(case, result.found_on, StayOutcome.HOSPITAL, hospital.strip())
            audit(session, self.actor, "transfer", entity="stay", entity_id=stay.id,
                  person_id=case.id, before={"facility": result.facility},
                  after={"hospital": hospital.strip(), "on": result.found_on},
                  summary=f"{case.full_name} chuyển viện: {hospital.strip()}")
