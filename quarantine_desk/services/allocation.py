"""Allocating a whole batch to facilities and rooms, with a preview before committing.

Rules (2020 guidance for centralized quarantine):
- people of different sexes share a room only when they are one household (a family
  travelling together, see models.Household; never "everyone at one address");
- a room set aside for men or women takes only that sex; an open room, once it holds
  someone, takes only that sex (or that household) until it is empty again;
- a household stays in one room, or in neighbouring rooms of one facility; across
  facilities only when the operator allows it;
- people admitted on different dates never share a room.
Facilities are filled in the order the operator gives. What does not fit is listed with
the reason, never dropped. Everything is decided and written inside one write
transaction, so two desks allocating at once cannot overfill anything. The writing is
done in bulk (a few statements for the whole batch), not person by person.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, HouseholdSource, PersonStatus
from quarantine_desk.domain.rooms import RoomMix, designated_refuses, last_closed_day
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Access, Service, audit, audit_values
from quarantine_desk.services.admission import arrival_health_entries, sex_label
from quarantine_desk.services.errors import NotFoundError, ServiceError
from quarantine_desk.services.facilities import get_facility, held_elsewhere, natural_key
from quarantine_desk.services.policy import (
    VACCINATION_COLUMNS,
    planned_release_for,
    status_of,
    thresholds,
)
from quarantine_desk.storage import audit_chain
from quarantine_desk.storage.models import (
    ArrivalBatch,
    AuditEvent,
    BedHold,
    Facility,
    Household,
    Person,
    Room,
    Stay,
)

MINOR_AGE = 18  # «người chưa thành niên»: placed like anyone else, marked in the preview


@dataclass
class Placement:
    person_id: int
    full_name: str
    facility: str
    room: str | None
    sex: str | None = None
    household_id: int | None = None
    note: str = ""


@dataclass
class Unplaced:
    person_id: int
    full_name: str
    reason: str
    sex: str | None = None
    household_id: int | None = None


@dataclass
class AllocationResult:
    batch_id: int
    admitted_on: date
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    households: int = 0
    # households the importer suggested and nobody has confirmed yet (shown as such)
    suggested: set[int] = field(default_factory=set)
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
            "households": self.households,
            "unplaced": [{"person_id": u.person_id, "reason": u.reason} for u in self.unplaced],
        }


class _PreviewOnly(Exception):
    pass


@dataclass(eq=False)
class _Person:
    id: int
    full_name: str
    sex: str | None
    household_id: int | None
    vaccination: str  # the status the quarantine rules go by (services/policy.py: status_of)
    minor: bool
    # the list gave this person's own arrival day: their admission and quarantine start
    # (the batch's day otherwise; not when the operator chose the day of admission)
    on: date | None = None
    room: str | None = None  # the room the list gave, tried first under the same rules


@dataclass(eq=False)
class _Room:
    id: int
    code: str
    sex: str | None
    order: int  # position among the facility's rooms by block, floor and code
    free: int
    dates: set[date]
    mix: RoomMix
    closed_until: date | None = None  # being cleaned after a positive case

    def open_to(self, person: _Person, on: date) -> bool:
        on = person.on or on
        if self.free <= 0 or (self.dates and self.dates != {on}):
            return False
        if self.closed_until is not None and on < self.closed_until:
            return False
        if designated_refuses(self.sex, person.sex):
            return False
        return self.mix.accepts(person.sex, person.household_id)

    def take(self, person: _Person, on: date) -> None:
        self.free -= 1
        self.dates.add(person.on or on)
        self.mix.add(person.sex, person.household_id)


@dataclass(eq=False)
class _Site:
    facility: Facility
    free: int  # beds of the facility not taken, nor held for another announced batch
    rooms: list[_Room]
    held: int = 0


def _group_key(group: list[_Person]) -> tuple[int, int]:
    return (-len(group), group[0].id)


class AllocationService(Service):
    def allocate(self, batch_id: int, facility_codes: list[str] | None = None,
                 admitted_on: date | None = None, *, commit: bool = True,
                 split_households: bool = False) -> AllocationResult:
        """Plan, and with commit=True write, the admission of everyone waiting in a batch."""
        self.access.require_write()
        try:
            with self.db.write() as session:
                allocator = _Allocator(self.access)
                result, sites, plan = allocator.plan(session, batch_id, facility_codes,
                                                     admitted_on, split_households)
                if not commit:
                    raise _PreviewOnly
                if plan:
                    allocator.write(session, result, sites, plan)
                result.committed = True
                return result
        except _PreviewOnly:
            return result


def allocate_in(session: Session, access: Access, batch_id: int, codes: list[str],
                admitted_on: date, *, person_ids: list[int] | None = None,
                room: str | None = None) -> AllocationResult:
    """Admit some people of a batch inside the caller's transaction (the desk's registration),
    under the same rules; with a room, only into that room."""
    allocator = _Allocator(access)
    result, sites, plan = allocator.plan(session, batch_id, codes, admitted_on, False,
                                         person_ids=person_ids, room=room)
    if plan:
        allocator.write(session, result, sites, plan)
    result.committed = True
    return result


class _Allocator:
    """Reads the state under the write lock, plans, writes: for one allocation."""

    def __init__(self, access: Access) -> None:
        self.access = access
        self.actor = access.actor

    # -- reading the state under the write lock -------------------------------------

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
            .order_by(Facility.code).with_for_update()))
        occupied = dict(session.execute(
            select(Stay.facility_id, func.count(Stay.id)).where(Stay.released_on.is_(None))
            .group_by(Stay.facility_id)).all())
        facilities = [f for f in facilities if self.access.sees_facility(f.id)]
        return sorted(facilities, key=lambda f: -(f.beds - occupied.get(f.id, 0)))

    def _sites(self, session: Session, facilities: list[Facility],
               batch_id: int) -> list[_Site]:
        ids = [f.id for f in facilities]
        held = held_elsewhere(session, ids, batch_id)  # kept for other announced batches
        rooms = session.execute(
            select(Room.id, Room.facility_id, Room.code, Room.beds, Room.sex, Room.block,
                   Room.floor, Room.closed_until)
            .where(Room.facility_id.in_(ids))).all()
        occupants = session.execute(
            select(Stay.facility_id, Stay.room_id, Stay.admitted_on, Person.sex,
                   Person.household_id)
            .join(Person, Person.id == Stay.person_id)
            .where(Stay.released_on.is_(None), Stay.facility_id.in_(ids))).all()
        by_facility: dict[int, list[_Room]] = {i: [] for i in ids}
        by_id: dict[int, _Room] = {}
        ordered = sorted(rooms, key=lambda r: (r.block or "", r.floor or "", natural_key(r.code)))
        for r in ordered:
            state = _Room(r.id, r.code, r.sex, len(by_facility[r.facility_id]), r.beds, set(),
                          RoomMix(), r.closed_until)
            by_facility[r.facility_id].append(state)
            by_id[r.id] = state
        taken: dict[int, int] = {}
        for facility_id, room_id, when, sex, household in occupants:
            taken[facility_id] = taken.get(facility_id, 0) + 1
            holding = by_id.get(room_id) if room_id is not None else None
            if holding is not None:
                holding.free -= 1
                holding.dates.add(when)
                holding.mix.add(sex, household)
        return [_Site(f, f.beds - taken.get(f.id, 0) - held.get(f.id, 0), by_facility[f.id],
                      held.get(f.id, 0)) for f in facilities]

    # -- planning ---------------------------------------------------------------------

    def plan(self, session: Session, batch_id: int, codes: list[str] | None,
             admitted_on: date | None, split_households: bool, *,
             person_ids: list[int] | None = None, room: str | None = None,
             ) -> tuple[AllocationResult, list[_Site], list[tuple[_Person, _Site, _Room | None]]]:
        batch = session.get(ArrivalBatch, batch_id)
        if batch is None:
            raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
        on = admitted_on or batch.arrival_date
        facilities = self._facilities(session, codes)
        if not facilities:
            raise ServiceError(tr("Không có cơ sở cách ly nào đang hoạt động để bố trí."))
        limits = thresholds(session)
        waiting = [
            _Person(row.id, row.full_name, row.sex, row.household_id,
                    status_of(row, on, limits),
                    (_age(row.date_of_birth, row.birth_year, on) or MINOR_AGE) < MINOR_AGE,
                    row.arrived_on if admitted_on is None and row.arrived_on != on else None,
                    row.requested_room)
            for row in session.execute(
                select(Person.id, Person.full_name, Person.sex, Person.household_id,
                       Person.date_of_birth, Person.birth_year, Person.requested_room,
                       *VACCINATION_COLUMNS)
                .where(Person.batch_id == batch_id, Person.status == PersonStatus.ARRIVED.value,
                       *([Person.id.in_(person_ids)] if person_ids is not None else []))
                .order_by(Person.id))
        ]
        result = AllocationResult(batch_id, on)
        sites = self._sites(session, facilities, batch_id)
        if room is not None:
            for site in sites:
                site.rooms = [r for r in site.rooms if r.code == room.strip()]
                if not site.rooms:
                    raise NotFoundError(tr("Cơ sở {code} không có phòng {room_code}.",
                                           code=site.facility.code, room_code=room))
        planner = _Planner(sites, on)

        households: dict[int, list[_Person]] = OrderedDict()
        singles: list[_Person] = []
        for p in waiting:
            if p.household_id is not None:
                households.setdefault(p.household_id, []).append(p)
            else:
                singles.append(p)
        result.households = sum(1 for g in households.values() if len(g) > 1)
        if households:
            result.suggested = set(session.scalars(
                select(Household.id).where(Household.id.in_(list(households)),
                                           Household.source == HouseholdSource.SUGGESTED)))
        # a "household" of one waiting person (the others placed before) is one person
        groups = []
        for group in households.values():
            if len(group) > 1:
                groups.append(group)
            else:
                singles.extend(group)
        # the rooms the list gave, first, under the same rules; why not, when not
        asked: dict[int, str] = {}
        for group in [*groups, *([p] for p in singles)]:
            given_rooms = {p.room for p in group if p.room}
            if not given_rooms:
                continue
            why = (planner.place_requested(group, given_rooms.pop()) if len(given_rooms) == 1
                   else tr("người trong hộ ghi các phòng khác nhau"))
            if why is None:
                if len(group) > 1:
                    groups.remove(group)
                else:
                    singles.remove(group[0])
                continue
            asked.update({p.id: why for p in group if p.room})
        mixed = sorted((g for g in groups if len({p.sex for p in g}) > 1 or g[0].sex is None),
                       key=_group_key)
        same = sorted((g for g in groups if len({p.sex for p in g}) == 1 and g[0].sex),
                      key=_group_key)
        left_over: list[list[_Person]] = []
        for group in mixed + same:
            if not planner.place_household(group):
                left_over.append(group)
        unknown = [p for p in singles if p.sex is None]
        for sex in ("M", "F"):
            planner.place_singles(sorted((p for p in singles if p.sex == sex),
                                         key=lambda p: p.id))
        if split_households:
            for group in left_over:
                planner.place_singles(group)
            left_over = []
        # people whose sex is not known share with nobody: a room of their own, last
        planner.place_singles(unknown)

        placed = {p.id for p, _, _ in planner.plan}
        notes = {}
        for p, site, placed_in in planner.plan:
            notes[p.id] = "; ".join(n for n in (
                tr("chưa thành niên, đi một mình") if p.minor and p.household_id is None
                else "",
                tr("không xếp vào phòng {room} như danh sách ghi: {why}", room=p.room,
                   why=asked[p.id]) if p.id in asked else "") if n)
            result.placements.append(Placement(p.id, p.full_name, site.facility.code,
                                               placed_in.code if placed_in else None, p.sex,
                                               p.household_id, notes[p.id]))
        household_left = {p.id: len(g) for g in left_over for p in g}
        for p in waiting:
            if p.id not in placed:
                reason = planner.reason(p, household_left.get(p.id, 1))
                if p.id in asked:
                    reason = tr("phòng {room} như danh sách ghi: {why}; {reason}",
                                room=p.room, why=asked[p.id], reason=reason)
                result.unplaced.append(Unplaced(p.id, p.full_name, reason, p.sex,
                                                p.household_id))
        return result, sites, planner.plan

    # -- writing ------------------------------------------------------------------------

    def write(self, session: Session, result: AllocationResult, sites: list[_Site],
               plan: list[tuple[_Person, _Site, _Room | None]]) -> None:
        on = result.admitted_on
        release = {(d, v): planned_release_for(session, d, v)
                   for d, v in {(p.on or on, p.vaccination) for p, _, _ in plan}}
        stays = [{"person_id": p.id, "facility_id": site.facility.id,
                  "room_id": room.id if room else None, "admitted_on": p.on or on,
                  "quarantine_start": p.on or on,
                  "planned_release_on": release[p.on or on, p.vaccination]}
                 for p, site, room in plan]
        ids = session.execute(insert(Stay).returning(Stay.person_id, Stay.id,
                                                     sort_by_parameter_order=True), stays).all()
        stay_of = dict(ids)
        for day in {p.on or on for p, _, _ in plan}:
            arrival_health_entries(session, {p.id: stay_of[p.id] for p, _, _ in plan
                                             if (p.on or on) == day}, day)
        session.execute(update(Person), [
            {"id": p.id, "current_stay_id": stay_of[p.id],
             "status": PersonStatus.IN_QUARANTINE.value} for p, _, _ in plan])
        now = datetime.now()
        how = tr(" (bố trí theo đợt)")
        admissions = [
            audit_values(self.actor, "admit", at=now, entity="stay", entity_id=stay_of[p.id],
                         person_id=p.id,
                         after={"facility": site.facility.code,
                                "room": room.code if room else None,
                                "admitted_on": p.on or on,
                                "planned_release_on": release[p.on or on, p.vaccination]},
                         summary=f"{p.full_name} vào {site.facility.code}{how}")
            for p, site, room in plan]
        audit_chain.extend(session, admissions)
        session.execute(insert(AuditEvent), admissions)
        audit(session, self.actor, "allocate", entity="batch", entity_id=result.batch_id,
              after={"placed": len(result.placements), "unplaced": len(result.unplaced),
                     "facilities": result.per_facility},
              summary=f"Bố trí đợt {result.batch_id}: {len(result.placements)} người")
        # the beds held for this batch are taken now
        session.execute(update(BedHold).where(BedHold.batch_id == result.batch_id,
                                              BedHold.lifted_at.is_(None))
                        .values(lifted_at=now))
        # the ORM objects of this session (the facilities) must not go stale
        session.expire_all()


class _Planner:
    """Decides a bed for each person, in memory, over the state read under the lock.

    Rooms are found through small indexes (a site's empty open rooms by size, the rooms in
    use by each sex and by each household), so a batch of thousands costs about as much per
    person as a small one. The indexes only narrow the search: every bed is still given
    through _Room.open_to, the one check of the rule.
    """

    def __init__(self, sites: list[_Site], on: date) -> None:
        self.sites = sites
        self.on = on
        self.plan: list[tuple[_Person, _Site, _Room | None]] = []
        self._reasons: dict[tuple[object, ...], str] = {}
        self.empty: dict[int, list[_Room]] = {}  # by (free, order)
        self.keys: dict[int, list[tuple[int, int]]] = {}
        self.by_sex: dict[tuple[int, str | None], list[_Room]] = {}
        self.by_household: dict[tuple[int, int], list[_Room]] = {}
        self.in_use: dict[int, list[_Room]] = {}
        for site in sites:
            empty = sorted((r for r in site.rooms if self._is_empty_open(r)),
                           key=lambda r: (r.free, r.order))
            self.empty[id(site)] = empty
            self.keys[id(site)] = [(r.free, r.order) for r in empty]
            self.in_use[id(site)] = []
            for room in site.rooms:
                if self._is_empty_open(room):
                    continue
                self.in_use[id(site)].append(room)
                sexes = {room.sex} if room.sex else room.mix.sexes()
                if len(sexes) == 1 and None not in sexes:
                    self.by_sex.setdefault((id(site), sexes.pop()), []).append(room)
                for household in room.mix.by_household:
                    self.by_household.setdefault((id(site), household), []).append(room)

    def _is_empty_open(self, room: _Room) -> bool:
        return (room.sex is None and len(room.mix) == 0 and not room.dates and room.free > 0
                and (room.closed_until is None or room.closed_until <= self.on))

    def _put(self, person: _Person, site: _Site, room: _Room | None) -> None:
        site.free -= 1
        if room is not None:
            if len(room.mix) == 0 and room.sex is None:
                self._unempty(site, room, person)
            if person.household_id is not None:
                rooms = self.by_household.setdefault((id(site), person.household_id), [])
                if not rooms or rooms[-1] is not room:
                    rooms.append(room)
            room.take(person, self.on)
        self.plan.append((person, site, room))

    def place_requested(self, group: list[_Person], code: str) -> str | None:
        """Put a person, or a household that asks for one room, in the room the list gave,
        when the room rules let it; None when done, else why not (in words for the note)."""
        wanted = code.strip().casefold()
        for site in self.sites:
            room = next((r for r in site.rooms if r.code.casefold() == wanted), None)
            if room is None:
                continue
            where = f"{site.facility.code} {room.code}"
            day = group[0].on or self.on
            if site.free < len(group):
                return tr("{code} hết giường", code=site.facility.code)
            if room.free < len(group):
                return tr("phòng {room} còn {free} giường, cần {n}", room=where,
                          free=max(room.free, 0), n=len(group))
            if room.closed_until is not None and day < room.closed_until:
                return tr("phòng {room} đóng để khử khuẩn đến hết ngày {day:%d/%m/%Y}",
                          room=where, day=last_closed_day(room.closed_until))
            if room.dates and room.dates != {day} or len({p.on or self.on for p in group}) > 1:
                return tr("phòng {room} có người vào cách ly ngày khác", room=where)
            if any(designated_refuses(room.sex, p.sex) for p in group):
                return tr("phòng {room} chỉ dành cho {sex}", room=where,
                          sex=tr("nam") if room.sex == "M" else tr("nữ"))
            if not all(room.mix.accepts(p.sex, p.household_id) for p in group):
                return tr("phòng {room} đang có người khác giới không cùng gia đình",
                          room=where)
            for p in group:
                self._put(p, site, room)
            return None
        return tr("không có phòng {room} ở các cơ sở đang bố trí", room=code)

    def _unempty(self, site: _Site, room: _Room, person: _Person) -> None:
        keys = self.keys[id(site)]
        i = bisect_left(keys, (room.free, room.order))
        if i < len(keys) and keys[i] == (room.free, room.order):
            del keys[i]
            del self.empty[id(site)][i]
            self.in_use[id(site)].append(room)
            if person.sex is not None:
                self.by_sex.setdefault((id(site), person.sex), []).append(room)

    def _empty_fit(self, site: _Site, size: int) -> _Room | None:
        """The smallest empty open room with at least `size` beds."""
        keys = self.keys[id(site)]
        i = bisect_left(keys, (size, -1))
        return self.empty[id(site)][i] if i < len(keys) else None

    def _rooms_for(self, site: _Site, sex: str | None, household: int | None) -> list[_Room]:
        """Rooms in use that may take this sex or household."""
        rooms = list(self.by_household.get((id(site), household), ())) if household else []
        if sex is not None:
            rooms += self.by_sex.get((id(site), sex), ())
        return rooms

    # households ------------------------------------------------------------------------

    def place_household(self, group: list[_Person]) -> bool:
        """One room for the whole household, else neighbouring rooms, in the first facility
        that can take it."""
        size = len(group)
        sexes = {p.sex for p in group}
        sex = next(iter(sexes)) if len(sexes) == 1 else None
        for site in self.sites:
            if site.free < size:
                continue
            if not site.rooms:  # a facility without rooms: beds only
                for p in group:
                    self._put(p, site, None)
                return True
            # rooms in use that take them all (their own or their sex's), tightest first,
            # so large rooms stay for large families; then the smallest empty open room
            fits = [r for r in self._rooms_for(site, sex, group[0].household_id)
                    if r.free >= size and self._takes_all(r, group)]
            best = (min(fits, key=lambda r: (r.free, r.order)) if fits
                    else self._empty_fit(site, size))
            if best is not None:
                for p in group:
                    self._put(p, site, best)
                return True
            run = self._neighbouring_rooms(site, group)
            if run is not None:
                queue = deque(group)
                for room in run:
                    while queue and room.free > 0 and room.open_to(queue[0], self.on):
                        self._put(queue.popleft(), site, room)
                assert not queue, "neighbouring rooms counted wrong"
                return True
        return False

    def _takes_all(self, room: _Room, group: list[_Person]) -> bool:
        return all(room.open_to(p, self.on) for p in group)

    def _neighbouring_rooms(self, site: _Site, group: list[_Person]) -> list[_Room] | None:
        """The shortest run of consecutive rooms that can hold the household together."""
        size = len(group)
        usable = [r.free > 0 and self._takes_all(r, group) for r in site.rooms]
        if sum(r.free for r, ok in zip(site.rooms, usable, strict=True) if ok) < size:
            return None
        best: list[_Room] | None = None
        for start in range(len(site.rooms)):
            total, end = 0, start
            while end < len(site.rooms) and usable[end] and total < size:
                total += site.rooms[end].free
                end += 1
            if total >= size and (best is None or end - start < len(best)):
                best = site.rooms[start:end]
        return best

    # people alone or split households ----------------------------------------------------

    def place_singles(self, people: list[_Person]) -> None:
        """Fill the rooms already given to a sex first, then open empty rooms, biggest
        first while they fill up, the tightest one for the rest."""
        # someone whose household is placed already (a child added by a corrected list)
        # goes to the family's room when it takes them
        queue = deque(p for p in people
                      if p.household_id is None or not self._join_household(p))
        if not queue:
            return
        first = queue[0]
        # the usual queue: one sex, nobody in a household, one day of arrival. Then if the
        # first may come into a room so may the rest, and only that sex's rooms need looking
        # at.
        uniform = first.sex is not None and all(
            p.sex == first.sex and p.household_id is None and p.on == first.on for p in queue)
        room: _Room | None
        for site in self.sites:
            if not queue:
                return
            if not site.rooms:
                while queue and site.free > 0:
                    self._put(queue.popleft(), site, None)
                continue
            rooms = (self.by_sex.get((id(site), first.sex), []) if uniform
                     else self.in_use[id(site)])
            for room in sorted(rooms, key=lambda r: r.order):
                if not queue or site.free <= 0:
                    break
                self._fill(site, room, queue, uniform)
            while queue and site.free > 0:
                if queue[0].sex is None:
                    room = self._empty_fit(site, 1)  # nobody to share with: the smallest
                else:
                    need = min(len(queue), site.free)
                    keys = self.keys[id(site)]
                    i = bisect_right(keys, (need, len(site.rooms) + 1)) - 1
                    # the biggest room they fill, else the smallest that holds them all
                    room = self.empty[id(site)][i] if i >= 0 else self._empty_fit(site, need)
                if room is None:
                    break
                before = len(queue)
                self._fill(site, room, queue, uniform)
                if len(queue) == before:
                    break

    def _join_household(self, person: _Person) -> bool:
        if person.household_id is None:
            return False
        for site in self.sites:
            for room in self.by_household.get((id(site), person.household_id), ()):
                if room.free > 0 and site.free > 0 and room.open_to(person, self.on):
                    self._put(person, site, room)
                    return True
        return False

    def _fill(self, site: _Site, room: _Room, queue: deque[_Person], uniform: bool) -> None:
        """Put into the room, in order, the people of the queue it takes."""
        if room.free <= 0 or site.free <= 0 or not queue:
            return
        if uniform:
            if room.open_to(queue[0], self.on):
                while queue and room.free > 0 and site.free > 0:
                    self._put(queue.popleft(), site, room)
            return
        rest: deque[_Person] = deque()
        while queue:
            p = queue.popleft()
            if room.free > 0 and site.free > 0 and room.open_to(p, self.on):
                self._put(p, site, room)
            else:
                rest.append(p)
        queue.extend(rest)

    # why not --------------------------------------------------------------------------

    def reason(self, person: _Person, household_size: int) -> str:
        key = (person.sex, person.household_id if household_size == 1 else None,
               household_size)
        cached = self._reasons.get(key)
        if cached is None:
            cached = self._reasons[key] = self._reason(person, household_size)
        return cached

    def _reason(self, person: _Person, household_size: int) -> str:
        parts = []
        for site in self.sites:
            code = site.facility.code
            if site.free <= 0:
                parts.append(
                    tr("{code}: hết giường ({held} giường đang giữ cho đợt đến đã báo trước)",
                       code=code, held=site.held) if site.held
                    else tr("{code}: hết giường", code=code))
                continue
            if household_size > 1:
                parts.append(tr(
                    "{code}: còn {free} giường nhưng không có phòng, hoặc dãy phòng liền nhau, "
                    "đủ cho cả hộ {n} người", code=code, free=site.free, n=household_size))
                continue
            if not site.rooms:
                parts.append(tr("{code}: còn {free} giường", code=code, free=site.free))
                continue
            why: dict[str, int] = OrderedDict()
            room_beds = 0
            for room in site.rooms:
                if room.free <= 0:
                    continue
                room_beds += room.free
                if room.closed_until is not None and self.on < room.closed_until:
                    key = tr("phòng đang khử khuẩn")
                elif designated_refuses(room.sex, person.sex):
                    key = tr("phòng dành cho {label}", label=sex_label(room.sex))
                elif room.dates and room.dates != {self.on}:
                    key = tr("phòng có người vào ngày khác")
                elif not room.mix.accepts(person.sex, person.household_id):
                    others = ", ".join(sorted(sex_label(s) for s in room.mix.others(
                        person.household_id)))
                    key = tr("phòng đang có người không cùng hộ ({others})", others=others)
                else:
                    key = tr("phòng còn trống")
                why[key] = why.get(key, 0) + room.free
            free = min(site.free, room_beds)
            if free <= 0:
                parts.append(tr("{code}: các phòng đã đầy", code=code))
                continue
            detail = ", ".join(f"{k} ({n})" for k, n in why.items())
            parts.append(tr("{code}: còn {free} giường nhưng chỉ trong {detail}", code=code,
                            free=free, detail=detail))
        prefix = tr("chưa rõ giới tính; ") if person.sex is None else ""
        return prefix + "; ".join(parts)


def _age(dob: date | None, year: int | None, on: date) -> int | None:
    if dob is not None:
        return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    if year is not None:
        return on.year - year
    return None
