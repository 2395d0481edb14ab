"""How values are shown in the interface (Vietnamese conventions)."""

from __future__ import annotations

from datetime import date

from quarantine_desk.domain.enums import (
    BATCH_KIND_LABELS,
    FACILITY_KIND_LABELS,
    FACILITY_STATUS_LABELS,
    ID_TYPE_LABELS,
    PERSON_STATUS_LABELS,
    SEX_LABELS,
    BatchKind,
    FacilityKind,
    FacilityStatus,
    IdType,
    PersonStatus,
    Sex,
)
from quarantine_desk.i18n import tr
from quarantine_desk.services.batches import BatchView


def show_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _label(mapping: dict, enum: type, value: str | None) -> str:  # type: ignore[type-arg]
    if value is None:
        return ""
    try:
        return tr(mapping[enum(value)])
    except ValueError:
        return value


def sex_label(value: str | None) -> str:
    return _label(SEX_LABELS, Sex, value)


def status_label(value: str | None) -> str:
    return _label(PERSON_STATUS_LABELS, PersonStatus, value)


def kind_label(value: str | None) -> str:
    return _label(FACILITY_KIND_LABELS, FacilityKind, value)


def facility_status_label(value: str | None) -> str:
    return _label(FACILITY_STATUS_LABELS, FacilityStatus, value)


def id_type_label(value: str | None) -> str:
    return _label(ID_TYPE_LABELS, IdType, value)


def batch_label(batch: BatchView) -> str:
    """One arrival batch, told apart from another with the same reference: number, kind,
    reference, origin, arrival date, people, and the file it came from."""
    kind = tr(BATCH_KIND_LABELS.get(BatchKind(batch.kind), batch.kind))
    ref = f" {batch.reference}" if batch.reference else ""
    origin = tr(" từ {origin}", origin=batch.origin) if batch.origin else ""
    source = tr(" – tệp {name}", name=batch.source_file) if batch.source_file else ""
    return tr("Số {id}: {kind}{ref}{origin}, {arrival_date:%d/%m/%Y} ({people} người){source}",
              id=batch.id, kind=kind, ref=ref, origin=origin, arrival_date=batch.arrival_date,
              people=batch.people, source=source)
