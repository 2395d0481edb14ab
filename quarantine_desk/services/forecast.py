"""Beds over the coming days, from planned releases and announced batches.

Answers "can we take a flight of N people on date D, and where?".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityStatus, PersonStatus
from quarantine_desk.i18n import tr
from quarantine_desk.reports.rows import DaySummary
from quarantine_desk.services.access import Service
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.models import ArrivalBatch, Facility, Person, Stay, TestResult

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
                .order_by(Facility.code)))  # fmt: skip
            stays = session.execute(
                select(Stay.facility_id, Stay.planned_release_on)
                .where(Stay.released_on.is_(None))).all()  # fmt: skip
            arriving = dict(session.execute(
                select(ArrivalBatch.arrival_date, func.count(Person.id))
                .join(Person, Person.batch_id == ArrivalBatch.id)
                .where(Person.status == PersonStatus.ARRIVED.value,
                       ArrivalBatch.arrival_date >= start,
                       ArrivalBatch.arrival_date < start + timedelta(days=days))
                .group_by(ArrivalBatch.arrival_date)).all())  # fmt: skip
            # announced batches: the people whose list has not come yet
            listed = (select(Person.batch_id, func.count(Person.id).label("n"))
                      .group_by(Person.batch_id).subquery())
            for day, expected, people in session.execute(
                select(ArrivalBatch.arrival_date, ArrivalBatch.expected, listed.c.n)
                .outerjoin(listed, listed.c.batch_id == ArrivalBatch.id)
                .where(ArrivalBatch.expected.is_not(None),
                       ArrivalBatch.arrival_date >= start,
                       ArrivalBatch.arrival_date < start + timedelta(days=days))):
                arriving[day] = arriving.get(day, 0) + max(expected - (people or 0), 0)
        out = []
        ids = {f.id: f for f in facilities}
        for offset in range(days):
            day = start + timedelta(days=offset)
            occupied_by: dict[int, int] = {}
            for facility_id, planned in stays:
                # someone planned to leave on day D no longer needs a bed that night;
                # overdue stays keep their bed until they are actually released
                if facility_id in ids and (planned > day or planned <= start):
                    occupied_by[facility_id] = occupied_by.get(facility_id, 0) + 1
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
        .group_by(ArrivalBatch.kind)).all())  # fmt: skip
    positives = session.scalar(select(func.count(TestResult.id)).where(
        TestResult.taken_on == on, TestResult.result == "positive")) or 0
    ended = dict(session.execute(
        select(Stay.outcome, func.count(Stay.id))
        .where(Stay.released_on == on, Stay.outcome.in_(["hospital", "transferred"]))
        .group_by(Stay.outcome)).all())  # fmt: skip
    from quarantine_desk.storage.models import AuditEvent

    found = session.scalars(select(AuditEvent.after).where(
        AuditEvent.action == "positive_case",
        AuditEvent.at >= datetime.combine(on - timedelta(days=7), time.min))).all()
    inside = sum(1 for after in found if (after or {}).get("found_on") == on.isoformat())
    return DaySummary(arrivals, positives, ended.get("hospital", 0), ended.get("transferred", 0),
                      inside)
