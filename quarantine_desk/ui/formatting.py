"""How values are shown in the interface (Vietnamese conventions)."""

from __future__ import annotations

from datetime import date

from quarantine_desk.domain.enums import (
    FACILITY_KIND_LABELS,
    FACILITY_STATUS_LABELS,
    ID_TYPE_LABELS,
    PERSON_STATUS_LABELS,
    SEX_LABELS,
    FacilityKind,
    FacilityStatus,
    IdType,
    PersonStatus,
    Sex,
)
from quarantine_desk.i18n import tr


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
