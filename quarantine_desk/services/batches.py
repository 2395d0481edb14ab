"""Arrival batches: a flight, a group at a border gate, people detected entering illegally."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import PurePath

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import BatchKind, PersonStatus
from quarantine_desk.domain.names import normalize_name
from quarantine_desk.domain.values import DAYS_AHEAD, check_day
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.errors import CapacityError, FieldError, ServiceError
from quarantine_desk.services.facilities import facility_occupancy, get_facility, held_elsewhere
from quarantine_desk.storage.models import ArrivalBatch, BedHold, Facility, Person


@dataclass(frozen=True)
class BatchView:
    id: int
    kind: str
    reference: str | None
    origin: str | None
    entry_point: str | None
    arrival_date: date
    detecting_unit: str | None
    people: int
    waiting: int = 0  # people of the batch still without a bed
    expected: int | None = None  # announced before the list came
    held: dict[str, int] = field(default_factory=dict)  # beds held for it, by facility
    source_file: str | None = None  # the name of the manifest it was imported from

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "kind": self.kind, "ref": self.reference,
                "arrival_date": self.arrival_date.isoformat(), "expected": self.expected,
                "people": self.people, "held": self.held}


def new_batch(*, kind: str, arrival_date: date, reference: str | None = None,
              origin: str | None = None, entry_point: str | None = None,
              detecting_unit: str | None = None) -> ArrivalBatch:
    try:
        kind_value = BatchKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in BatchKind)
        raise ServiceError(
            tr("Loại đợt đến «{kind}» không hợp lệ; chọn: {allowed}.", kind=kind, allowed=allowed)
        ) from None

    def clean(v: str | None) -> str | None:
        return normalize_name(v) or None if v else None

    return ArrivalBatch(
        kind=kind_value.value,
        reference=clean(reference),
        origin=clean(origin),
        entry_point=clean(entry_point),
        arrival_date=arrival_date,
        detecting_unit=clean(detecting_unit),
        created_at=datetime.now(),
    )


class BatchService(Service):
    def list(self) -> list[BatchView]:
        with self.db.read() as session:
            counts = dict(session.execute(
                select(Person.batch_id, func.count(Person.id)).group_by(Person.batch_id)
            ).all())
            waiting = dict(session.execute(
                select(Person.batch_id, func.count(Person.id))
                .where(Person.status == PersonStatus.ARRIVED.value).group_by(Person.batch_id)
            ).all())
            held: dict[int, dict[str, int]] = {}
            for batch_id, code, beds in session.execute(
                select(BedHold.batch_id, Facility.code, BedHold.beds)
                .join(Facility, Facility.id == BedHold.facility_id)
                .where(BedHold.lifted_at.is_(None))
            ):
                held.setdefault(batch_id, {})[code] = beds
            batches = session.scalars(
                select(ArrivalBatch).order_by(ArrivalBatch.arrival_date.desc(), ArrivalBatch.id)
            )
            return [
                BatchView(
                    b.id,
                    b.kind,
                    b.reference,
                    b.origin,
                    b.entry_point,
                    b.arrival_date,
                    b.detecting_unit,
                    counts.get(b.id, 0),
                    waiting.get(b.id, 0),
                    b.expected,
                    held.get(b.id, {}),
                    PurePath(b.source_file).name if b.source_file else None,
                )
                for b in batches
            ]

    def announce(self, *, kind: str, arrival_date: date, expected: int,
                 reference: str | None = None, origin: str | None = None,
                 entry_point: str | None = None,
                 holds: dict[str, int] | None = None) -> int:
        """An arrival announced before its list exists; beds may be held for it."""
        self.access.require_write()
        if not isinstance(expected, int) or not 1 <= expected <= 100_000:
            raise FieldError("expected", tr("Số người dự kiến phải từ 1 đến 100000."))
        check_day(arrival_date, date.today(), tr("Ngày đến"), days_ahead=DAYS_AHEAD)
        batch = new_batch(kind=kind, arrival_date=arrival_date, reference=reference,
                          origin=origin, entry_point=entry_point)
        batch.expected = expected
        with self.db.write() as session:
            session.add(batch)
            session.flush()
            for code, beds in (holds or {}).items():
                self._hold(session, batch, code, beds)
            audit(session, self.actor, "batch_announce", entity="batch", entity_id=batch.id,
                  after={"kind": batch.kind, "reference": batch.reference,
                         "arrival_date": arrival_date, "expected": expected,
                         "holds": holds or {}},
                  summary=f"Đợt đến dự kiến {batch.reference or batch.id}: {expected} người")
            return batch.id

    def _hold(self, session: Session, batch: ArrivalBatch, code: str, beds: int) -> None:
        facility = get_facility(session, code, lock=True)
        self.access.require_facility(facility.id, facility.code)
        if not isinstance(beds, int) or beds < 1:
            raise FieldError("holds", tr("Số giường giữ phải lớn hơn 0."))
        free = (facility.beds - facility_occupancy(session, facility.id)
                - held_elsewhere(session, [facility.id], batch.id).get(facility.id, 0))
        if beds > free:
            raise CapacityError(tr(
                "Cơ sở {code} chỉ còn {free} giường chưa dùng và chưa giữ; không giữ được "
                "{beds}.", code=facility.code, free=max(free, 0), beds=beds))
        session.add(BedHold(batch_id=batch.id, facility_id=facility.id, beds=beds,
                            created_at=datetime.now()))

    def lift_hold(self, batch_id: int, facility_code: str | None = None) -> int:
        """Give back the beds held for a batch (in one facility, or all); returns how many."""
        self.access.require_write()
        with self.db.write() as session:
            where = [BedHold.batch_id == batch_id, BedHold.lifted_at.is_(None)]
            if facility_code:
                facility = get_facility(session, facility_code)
                where.append(BedHold.facility_id == facility.id)
            holds = list(session.scalars(select(BedHold).where(*where)))
            if not holds:
                raise ServiceError(tr("Đợt số {batch_id} không có giường nào đang giữ.",
                                      batch_id=batch_id))
            for hold in holds:
                self.access.require_facility(hold.facility_id)
                hold.lifted_at = datetime.now()
            beds = sum(h.beds for h in holds)
            audit(session, self.actor, "hold_lift", entity="batch", entity_id=batch_id,
                  after={"beds": beds, "facility": facility_code},
                  summary=f"Trả {beds} giường giữ cho đợt {batch_id}")
            return beds
