"""Allocating a whole batch to facilities and rooms, with a preview before committing.

Rules (2020 guidance for centralized quarantine): rooms are separated by sex
where the room is designated; a family or household (same address in the
batch) stays together; people admitted on different dates never share a room,
since a later arrival would restart the others' exposure. Facilities are
filled in the order the operator gives. What does not fit is listed, never
dropped. Everything is decided and written inside one write transaction, so
two desks allocating at once cannot overfill anything.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus
from quarantine_desk.domain.names import fold
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.errors import NotFoundError, ServiceError
from quarantine_desk.services.facilities import get_facility
from quarantine_desk.services.stays import admit_in_session, audit_admission
from quarantine_desk.storage.models import ArrivalBatch, Facility, Person, Room, Stay


@dataclass
class Placement:
    person_id: int
    full_name: str
    facility: str
    room: str | None


@dataclass
class Unplaced:
    person_id: int
    full_name: str
    reason: str


@dataclass
class AllocationResult:
    batch_id: int
    admitted_on: date
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    committed: bool = False

    @property
    def per_facility(self) -> dict[str, int]:
        counts: dict[str, int] = OrderedDict()
        for p in self.placements:
            counts[p.facility] = counts.get(p.facility, 0) + 1
        return dict(counts)

    def to_json(self) -> dict[str, object]:
        return {
            "allocated": len(self.placements),
            "unallocated": len(self.unplaced),
            "per_facility": self.per_facility,
        }


class _PreviewOnly(Exception):
    pass


@dataclass
class _RoomState:
    room: Room
    free: int
    admitted_on: date | None  # the admission date of its current occupants, if any


def _households(people: list[Person]) -> list[list[Person]]:
    """Groups that must stay together: same address within the batch; largest first."""
    groups: dict[str, list[Person]] = OrderedDict()
    for p in people:
        key = f"addr:{fold(p.address)}" if p.address and p.address.strip() else f"id:{p.id}"
        groups.setdefault(key, []).append(p)
    return sorted(groups.values(), key=len, reverse=True)


class AllocationService(Service):
    def allocate(self, batch_id: int, facility_codes: list[str] | None = None,
                 admitted_on: date | None = None, *, commit: bool = True) -> AllocationResult:
        """Plan, and with commit=True write, the admission of everyone waiting in a batch."""
        self.access.require_write()
        try:
            with self.db.write() as session:
                result = self._plan_and_admit(session, batch_id, facility_codes, admitted_on)
                if result.placements:
                    audit(session, self.actor, "allocate", entity="batch", entity_id=batch_id,
                          after={"placed": len(result.placements),
                                 "unplaced": len(result.unplaced),
                                 "facilities": result.per_facility},
                          summary=f"Bố trí đợt {batch_id}: {len(result.placements)} người")
                if not commit:
                    raise _PreviewOnly
                result.committed = True
                return result
        except _PreviewOnly:
            return result

    def _facilities(self, session: Session, codes: list[str] | None) -> list[Facility]:
        if codes:
            facilities = []
            for code in codes:
                f = get_facility(session, code, lock=True)
                self.access.require_facility(f.id, f.code)
                if f.status == FacilityStatus.CLOSED:
                    raise ServiceError(tr("Cơ sở {code} đã đóng, không nhận người.", code=f.code))
                if f not in facilities:
                    facilities.append(f)
            return facilities
        # no order given: active facilities with the most free beds first
        facilities = list(session.scalars(
            select(Facility).where(Facility.status == FacilityStatus.ACTIVE.value)
            .order_by(Facility.code).with_for_update()))  # fmt: skip
        occupied = dict(session.execute(
            select(Stay.facility_id, func.count(Stay.id)).where(Stay.released_on.is_(None))
            .group_by(Stay.facility_id)).all())  # fmt: skip
        facilities = [f for f in facilities if self.access.sees_facility(f.id)]
        return sorted(facilities, key=lambda f: -(f.beds - occupied.get(f.id, 0)))

    def _plan_and_admit(self, session: Session, batch_id: int, codes: list[str] | None,
                        admitted_on: date | None) -> AllocationResult:
        batch = session.get(ArrivalBatch, batch_id)
        if batch is None:
            raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
        on = admitted_on or batch.arrival_date
        facilities = self._facilities(session, codes)
        if not facilities:
            raise ServiceError(tr("Không có cơ sở cách ly nào đang hoạt động để bố trí."))
        waiting = list(session.scalars(
            select(Person).where(Person.batch_id == batch_id,
                                 Person.status == PersonStatus.ARRIVED.value)
            .order_by(Person.id)))  # fmt: skip
        result = AllocationResult(batch_id, on)

        # current state of every room and facility, read under the write lock
        open_stays = session.execute(
            select(Stay.facility_id, Stay.room_id, Stay.admitted_on)
            .where(Stay.released_on.is_(None))).all()  # fmt: skip
        facility_free = {f.id: f.beds for f in facilities}
        room_count: dict[int, int] = {}
        room_dates: dict[int, set[date]] = {}
        for facility_id, room_id, when in open_stays:
            if facility_id in facility_free:
                facility_free[facility_id] -= 1
            if room_id is not None:
                room_count[room_id] = room_count.get(room_id, 0) + 1
                room_dates.setdefault(room_id, set()).add(when)
        rooms = {
            f.id: [_RoomState(r, r.beds - room_count.get(r.id, 0),
                              next(iter(room_dates[r.id])) if len(room_dates.get(r.id, ())) == 1
                              else (None if r.id not in room_dates else date.min))
                   for r in f.rooms]
            for f in facilities
        }

        for group in _households(waiting):
            placed = self._place_group(session, group, facilities, rooms, facility_free, on,
                                       result)
            if not placed:
                reason = (tr("không còn chỗ cho cả hộ gia đình cùng nhau") if len(group) > 1
                          else tr("không còn giường phù hợp"))
                result.unplaced.extend(Unplaced(p.id, p.full_name, reason) for p in group)
        return result

    def _place_group(self, session: Session, group: list[Person], facilities: list[Facility],
                     rooms: dict[int, list[_RoomState]], facility_free: dict[int, int],
                     on: date, result: AllocationResult) -> bool:
        sexes = {p.sex for p in group}
        for facility in facilities:
            if facility_free[facility.id] < len(group):
                continue
            states = rooms[facility.id]
            if not states:  # a facility without rooms: beds only
                self._admit(session, group, facility, None, on, result)
                facility_free[facility.id] -= len(group)
                return True
            usable = [s for s in states if s.free > 0
                      and (s.admitted_on is None or s.admitted_on == on)
                      and (s.room.sex is None or sexes <= {s.room.sex})]
            # one room for the whole group if possible: rooms set aside for the group's
            # sex before open rooms (kept for families), then the tightest fit
            single = sorted((s for s in usable if s.free >= len(group)),
                            key=lambda s: (s.room.sex is None, s.free, s.room.code))
            if single:
                self._admit(session, group, facility, single[0], on, result)
                facility_free[facility.id] -= len(group)
                return True
            # otherwise neighbouring rooms of the same facility, in room order
            if sum(s.free for s in usable) >= len(group):
                remaining = list(group)
                for state in sorted(usable, key=lambda s: s.room.code):
                    take = [p for p in remaining
                            if state.room.sex is None or p.sex == state.room.sex][: state.free]
                    if take:
                        self._admit(session, take, facility, state, on, result)
                        remaining = [p for p in remaining if p not in take]
                    if not remaining:
                        break
                if not remaining:
                    facility_free[facility.id] -= len(group)
                    return True
                raise AssertionError("room capacity counted twice")  # pragma: no cover
        return False

    def _admit(self, session: Session, people: list[Person], facility: Facility,
               state: _RoomState | None, on: date, result: AllocationResult) -> None:
        for person in people:
            room = state.room if state else None
            stay = admit_in_session(session, person, facility, room, on)
            audit_admission(session, self.actor, person, stay, facility, room,
                            tr(" (bố trí theo đợt)"))
            result.placements.append(
                Placement(person.id, person.full_name, facility.code,
                          state.room.code if state else None))
        if state is not None:
            state.free -= len(people)
            state.admitted_on = on
