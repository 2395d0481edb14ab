"""Arrival batches: a flight, a group at a border gate, people detected entering illegally."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from quarantine_desk.domain.enums import BatchKind, PersonStatus
from quarantine_desk.domain.names import normalize_name
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Service
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.models import ArrivalBatch, Person


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
            ).all())  # fmt: skip
            waiting = dict(session.execute(
                select(Person.batch_id, func.count(Person.id))
                .where(Person.status == PersonStatus.ARRIVED.value).group_by(Person.batch_id)
            ).all())  # fmt: skip
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
                )
                for b in batches
            ]
