"""Beds over the coming days, from planned releases and announced batches.

Answers "can we take a flight of N people on date D, and where?".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus
from quarantine_desk.i18n import tr
from quarantine_desk.reports.rows import DaySummary, SummaryFigures
from quarantine_desk.services.access import Service
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.models import (
    ArrivalBatch,
    Facility,
    Person,
    PositiveFinding,
    Stay,
    TestResult,
)

MAX_DAYS = 120


@dataclass
class ForecastDay:
    day: date
    beds: int
    occupied: int
    arriving: int  # people of batches arriving that day, not yet given a bed
    free_by_facility: dict[str, int] = field(default_factory=dict)

    @property
    def free(self) -> int:
        return sum(self.free_by_facility.values())

    def to_json(self) -> dict[str, object]:
        return {"date": self.day.isoformat(), "beds": self.beds, "occupied": self.occupied,
                "free": self.free, "arriving": self.arriving,
                "free_by_facility": self.free_by_facility}


class ForecastService(Service):
    def forecast(self, days: int = 21, start: date | None = None) -> list[ForecastDay]:
        if not 1 <= days <= MAX_DAYS:
            raise ServiceError(tr("Số ngày dự báo phải từ 1 đến {MAX_DAYS}.", MAX_DAYS=MAX_DAYS))
        start = start or date.today()
        with self.db.read() as session:
            facilities = list(session.scalars(
                select(Facility).where(Facility.status == FacilityStatus.ACTIVE.value)
                .order_by(Facility.code)))
            # open stays counted by facility and planned day: a few hundred groups, not one
            # row a person
            stays = session.execute(
                select(Stay.facility_id, Stay.planned_release_on, func.count(Stay.id))
                .where(Stay.released_on.is_(None))
                .group_by(Stay.facility_id, Stay.planned_release_on)).all()
            # the batches of those days first, then their people waiting for a bed (by the
            # batch's index: never every person who is waiting)
            waiting = (select(func.count(Person.id))
                       .where(Person.batch_id == ArrivalBatch.id,
                              Person.status == PersonStatus.ARRIVED.value).scalar_subquery())
            arriving: dict[date, int] = {}
            for day, people in session.execute(
                    select(ArrivalBatch.arrival_date, waiting)
                    .where(ArrivalBatch.arrival_date >= start,
                           ArrivalBatch.arrival_date < start + timedelta(days=days))):
                if people:
                    arriving[day] = arriving.get(day, 0) + people
            # announced batches: the people whose list has not come yet
            listed = (select(func.count(Person.id)).where(Person.batch_id == ArrivalBatch.id)
                      .scalar_subquery())  # counted for these batches only, by index
            for day, expected, people in session.execute(
                select(ArrivalBatch.arrival_date, ArrivalBatch.expected, listed)
                .where(ArrivalBatch.expected.is_not(None),
                       ArrivalBatch.arrival_date >= start,
                       ArrivalBatch.arrival_date < start + timedelta(days=days))):
                arriving[day] = arriving.get(day, 0) + max(expected - (people or 0), 0)
        out = []
        ids = {f.id: f for f in facilities}
        for offset in range(days):
            day = start + timedelta(days=offset)
            occupied_by: dict[int, int] = {}
            for facility_id, planned, count in stays:
                # someone planned to leave on day D no longer needs a bed that night;
                # overdue stays keep their bed until they are actually released
                if facility_id in ids and (planned > day or planned <= start):
                    occupied_by[facility_id] = occupied_by.get(facility_id, 0) + count
            out.append(ForecastDay(
                day=day,
                beds=sum(f.beds for f in facilities),
                occupied=sum(occupied_by.values()),
                arriving=arriving.get(day, 0),
                free_by_facility={f.code: max(f.beds - occupied_by.get(f.id, 0), 0)
                                  for f in facilities},
            ))
        return out

    def day_summary(self, on: date) -> DaySummary:
        """What happened on a day: arrivals by kind, positive results, transfers."""
        with self.db.read() as session:
            return day_summary_in(session, on)

    def figures(self, on: date) -> DayFigures:
        """What happened that day, within what the account sees: arrivals, admissions,
        fevers, positive tests, moves (the dashboard's tiles)."""
        with self.db.read() as session:
            return day_figures_in(session, self.access, on)

    def where_to_put(self, people: int, on: date) -> dict[str, int]:
        """Facilities (most free beds first) that together take that many people on that day."""
        if people < 1:
            raise ServiceError(tr("Số người phải lớn hơn 0."))
        today = date.today()
        start = min(on, today)
        [day] = self.forecast(days=(on - start).days + 1, start=start)[-1:]
        plan: dict[str, int] = {}
        left = people
        for code, free in sorted(day.free_by_facility.items(), key=lambda kv: -kv[1]):
            if left <= 0:
                break
            take = min(free, left)
            if take:
                plan[code] = take
                left -= take
        if left > 0:
            raise ServiceError(tr("Ngày {on:%d/%m/%Y} chỉ còn {free} giường trống, không đủ "
                                  "cho {people} người.", on=on, free=day.free, people=people))
        return plan


def day_summary_in(session: Session, on: date) -> DaySummary:
    arrivals = dict(session.execute(
        select(ArrivalBatch.kind, func.count(Person.id))
        .join(Person, Person.batch_id == ArrivalBatch.id)
        .where(ArrivalBatch.arrival_date == on)
        .group_by(ArrivalBatch.kind)).all())
    positives = session.scalar(select(func.count(TestResult.id)).where(
        TestResult.taken_on == on, TestResult.result == "positive")) or 0
    ended = dict(session.execute(
        select(Stay.outcome, func.count(Stay.id))
        .where(Stay.released_on == on, Stay.outcome.in_(["hospital", "transferred"]))
        .group_by(Stay.outcome)).all())
    # the cases found inside the sites that day: one finding per stay (models.PositiveFinding)
    inside = session.scalar(select(func.count(PositiveFinding.id)).where(
        PositiveFinding.found_on == on)) or 0
    return DaySummary(arrivals, positives, ended.get("hospital", 0), ended.get("transferred", 0),
                      inside)


class _Counts:
    """Counts of stays, tests and fevers within what the account sees."""

    def __init__(self, session: Session, access: Any) -> None:
        self.session, self.access = session, access
        self.seen = access.facility_filter(Stay.facility_id)
        # tests and checks of people in no facility count for an account that sees all
        self.scoped = self.seen if access.facility_scope() is not None else []

    def stays(self, *where: Any) -> int:
        return self.session.scalar(select(func.count(Stay.id)).where(*self.seen, *where)) or 0

    def tests(self, *where: Any) -> dict[str, int]:
        return dict(self.session.execute(
            select(TestResult.result, func.count(TestResult.id))
            .join(Stay, Stay.id == TestResult.stay_id, isouter=True)
            .where(*where, *self.scoped)
            .group_by(TestResult.result)).all())

    def fevers(self, on: date) -> int:
        """People with a temperature of 37.5 °C or more that day."""
        from quarantine_desk.services.health import FEVER
        from quarantine_desk.storage.models import HealthCheck

        return self.session.scalar(
            select(func.count(func.distinct(HealthCheck.person_id)))
            .join(Stay, Stay.id == HealthCheck.stay_id, isouter=True)
            .where(HealthCheck.checked_on == on, HealthCheck.temperature >= FEVER,
                   *self.scoped)) or 0


FIRST = Stay.admitted_on == Stay.quarantine_start  # a quarantine's first stay (no transfer)


@dataclass(frozen=True)
class DayFigures:
    """The dashboard's figures of one day, within what the account sees."""

    arrivals_by_kind: dict[str, int]
    admitted: int  # began their quarantine that day
    fevers: int
    positives: int
    to_hospital: int
    transferred: int


def day_figures_in(session: Session, access: Any, on: date) -> DayFigures:
    """What happened that day, each figure read through an index (the day's stays, tests and
    checks), never a count over every stay: the dashboard opens this on every start."""
    from quarantine_desk.domain.enums import StayOutcome

    counts = _Counts(session, access)
    day = day_summary_in(session, on)
    return DayFigures(
        arrivals_by_kind=day.arrivals_by_kind,
        admitted=counts.stays(FIRST, Stay.admitted_on == on),
        fevers=counts.fevers(on),
        positives=counts.tests(TestResult.taken_on == on).get("positive", 0),
        to_hospital=counts.stays(Stay.outcome == StayOutcome.HOSPITAL.value,
                                 Stay.released_on == on),
        transferred=day.transferred)


def summary_figures_in(session: Session, access: Any, on: date,
                       waiting: int | None = None) -> SummaryFigures:
    """The summary's figures as of `on`, counted from stays, tests and checks dated up to
    that day, within what the account sees: a report for last Tuesday says last Tuesday."""
    from quarantine_desk.domain.enums import StayOutcome

    counts = _Counts(session, access)
    stays = counts.stays
    inside = (Stay.admitted_on <= on) & (Stay.released_on.is_(None) | (Stay.released_on > on))
    done = Stay.outcome == StayOutcome.RELEASED.value
    occupied = dict(session.execute(
        select(Stay.facility_id, func.count(Stay.id)).where(inside, *counts.seen)
        .group_by(Stay.facility_id)).all())
    facilities, standby = [], 0
    for f in session.scalars(select(Facility).order_by(Facility.code)):
        if not access.sees_facility(f.id):
            continue
        if f.status == FacilityStatus.ACTIVE.value:
            facilities.append((f.code, f.name, f.beds, occupied.get(f.id, 0)))
        elif f.status == FacilityStatus.STANDBY.value:
            standby += f.beds
    day = day_summary_in(session, on)
    from quarantine_desk.services.sampling import sampling_figures_in

    return SummaryFigures(
        on=on, in_quarantine=stays(inside),
        admitted=stays(FIRST, Stay.admitted_on == on), released=stays(done, Stay.released_on == on),
        admitted_total=stays(FIRST, Stay.admitted_on <= on),
        released_total=stays(done, Stay.released_on <= on),
        tests=counts.tests(TestResult.taken_on == on),
        tests_total=counts.tests(TestResult.taken_on <= on),
        fevers=counts.fevers(on),
        to_hospital=stays(Stay.outcome == StayOutcome.HOSPITAL.value, Stay.released_on == on),
        to_hospital_total=stays(Stay.outcome == StayOutcome.HOSPITAL.value,
                                Stay.released_on <= on),
        absconded_total=stays(Stay.outcome == StayOutcome.ABSCONDED.value,
                              Stay.released_on <= on),
        transferred=day.transferred, cases_inside=day.cases_inside,
        arrivals_by_kind=day.arrivals_by_kind, facilities=facilities, standby_beds=standby,
        waiting=waiting, sampling=sampling_figures_in(session, access, on))
