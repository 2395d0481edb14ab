"""Who is acting, what they may do, and the audit trail of what they did.

Every service holds the same `Access`. What each role may do is one table,
`MAY` below: the services check it (`require`), and the window asks it (`may`)
to keep refused buttons and pages off the screen. The command line and any
future interface obey the same rules as the GUI.

Besides its role, an operator is limited to the facilities assigned to the
account (`require_facility`, `require_person`, `facility_filter`).

The audit trail is written in the same transaction as the change it describes,
so a change and its record land together or not at all. The table refuses
UPDATE and DELETE for everyone (database triggers, revision 0007).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import Role
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage import audit_chain
from quarantine_desk.storage.db import Database, note_change
from quarantine_desk.storage.models import AuditEvent, Person


class PermissionDenied(ServiceError):
    """The signed-in account's role does not allow this."""


@dataclass(frozen=True)
class Actor:
    """The account a piece of work is done for."""

    user_id: int | None
    username: str
    role: Role
    facility_ids: frozenset[int] = field(default_factory=frozenset)
    full_name: str | None = None


# Tools, tests and a database that has no account yet act as this one. The
# command line and the GUI ask for a sign-in as soon as an account exists.
SYSTEM = Actor(None, "system", Role.ADMIN)


class Capability(StrEnum):
    """What an account may do, beyond reading and printing (which every account may)."""

    # people and their quarantine: arrivals, imports, admissions, rooms, tests, health
    # checks, transfers, releases when due, households, exposures (in own facilities)
    RECORD = "record"
    RELEASE_EARLY = "release_early"  # release with a test missing, pending or positive
    BACKUP = "backup"
    FACILITIES = "facilities"  # add facilities, edit them, open and close them
    SETTINGS = "settings"  # the issuing office, signers, the quarantine policy
    ACCOUNTS = "accounts"  # others' accounts: add, assign, role, lock, reset password
    AUDIT = "audit"  # read and export the trail of changes
    RESTORE = "restore"
    DEMO = "demo"  # load the demonstration data


_ALL_WHO_WRITE = frozenset({Role.ADMIN, Role.OPERATOR})
_ADMIN = frozenset({Role.ADMIN})

# The one table of who may do what.
MAY: dict[Capability, frozenset[Role]] = {
    Capability.RECORD: _ALL_WHO_WRITE,
    Capability.RELEASE_EARLY: _ADMIN,
    Capability.BACKUP: _ADMIN,  # a copy is every facility's data; the desk's rotation runs anyway
    Capability.FACILITIES: _ADMIN,
    Capability.SETTINGS: _ADMIN,
    Capability.ACCOUNTS: _ADMIN,
    Capability.AUDIT: _ADMIN,
    Capability.RESTORE: _ADMIN,
    Capability.DEMO: _ADMIN,
}

_READ_ONLY = QT_TR_NOOP("Tài khoản chỉ xem không được thay đổi dữ liệu.")
_ONLY_ADMIN = QT_TR_NOOP("Chỉ quản trị cấp huyện được {what}.")
# what a refusal names, for the capabilities only an administrator has
_WHAT: dict[Capability, str] = {
    Capability.RELEASE_EARLY: QT_TR_NOOP("cho về khi chưa đủ điều kiện xét nghiệm"),
    Capability.FACILITIES: QT_TR_NOOP("thêm, sửa hay đổi trạng thái cơ sở cách ly"),
    Capability.SETTINGS: QT_TR_NOOP("đổi cài đặt và quy định thời gian cách ly"),
    Capability.ACCOUNTS: QT_TR_NOOP("quản lý tài khoản của người khác"),
    Capability.AUDIT: QT_TR_NOOP("xem nhật ký thay đổi"),
    Capability.RESTORE: QT_TR_NOOP("khôi phục cơ sở dữ liệu"),
    Capability.BACKUP: QT_TR_NOOP("sao lưu cơ sở dữ liệu ra tệp"),
    Capability.DEMO: QT_TR_NOOP("nạp dữ liệu mẫu"),
}


class Access:
    def __init__(self, actor: Actor = SYSTEM) -> None:
        self.actor = actor

    @property
    def role(self) -> Role:
        return self.actor.role

    def may(self, capability: Capability) -> bool:
        return self.actor.role in MAY[capability]

    def require(self, capability: Capability) -> None:
        if self.may(capability):
            return
        if capability not in _WHAT:
            raise PermissionDenied(tr(_READ_ONLY))
        raise PermissionDenied(tr(_ONLY_ADMIN, what=tr(_WHAT[capability])))

    def require_write(self) -> None:
        self.require(Capability.RECORD)

    def facility_scope(self) -> frozenset[int] | None:
        """The facility ids this account is limited to, or None for all of them."""
        if self.actor.role == Role.OPERATOR:
            return self.actor.facility_ids
        return None

    def facility_filter(self, column: Any) -> list[Any]:
        """WHERE conditions limiting a facility id column to this account's facilities."""
        scope = self.facility_scope()
        return [] if scope is None else [column.in_(scope)]

    def sees_facility(self, facility_id: int | None) -> bool:
        scope = self.facility_scope()
        return scope is None or facility_id in scope

    def require_person(self, person: Person) -> None:
        """May change this person's records: their current facility must be ours; someone
        not yet admitted may be changed by any account that writes."""
        self.require_write()
        stay = person.current_stay
        if stay is not None and stay.released_on is None:
            self.require_facility(stay.facility_id, stay.facility.code)
        elif self.facility_scope() is not None and person.status != "arrived":
            raise PermissionDenied(tr("Người này không ở cơ sở được giao cho tài khoản này."))

    def require_facility(self, facility_id: int | None, code: str | None = None) -> None:
        """May change what is in this facility (writes only)."""
        self.require_write()
        if not self.sees_facility(facility_id):
            name = f" {code}" if code else ""
            raise PermissionDenied(tr("Tài khoản này không được giao cơ sở{name}.", name=name))


def _plain(value: Any) -> Any:
    """JSON-ready values for the trail's before/after columns."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    return value


def snapshot(obj: object, fields: Iterable[str]) -> dict[str, Any]:
    return {f: _plain(getattr(obj, f)) for f in fields}


def audit_values(actor: Actor, action: str, *, at: datetime | None = None,
                 entity: str | None = None, entity_id: int | None = None,
                 person_id: int | None = None, before: dict[str, Any] | None = None,
                 after: dict[str, Any] | None = None,
                 summary: str | None = None) -> dict[str, Any]:
    """The column values of one entry of the trail (for a bulk insert of many)."""
    return dict(
        at=at or datetime.now(), user_id=actor.user_id, username=actor.username, action=action,
        entity=entity, entity_id=entity_id, person_id=person_id,
        before=_plain(before) if before else None, after=_plain(after) if after else None,
        summary=summary[:500] if summary else None)


def audit(session: Session, actor: Actor, action: str, *, entity: str | None = None,
          entity_id: int | None = None, person_id: int | None = None,
          before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
          summary: str | None = None) -> None:
    """Add one entry to the trail inside the caller's transaction (and note the change for
    whoever listens to the database: services/changes.py)."""
    note_change(session, action)
    values = audit_values(actor, action, entity=entity, entity_id=entity_id,
                          person_id=person_id, before=before, after=after, summary=summary)
    audit_chain.extend(session, [values])
    session.add(AuditEvent(**values))


def changed(before: dict[str, Any], after: dict[str, Any]) -> tuple[dict[str, Any],
                                                                    dict[str, Any]]:
    """Only the fields that differ, before and after."""
    keys = [k for k in after if before.get(k) != after.get(k)]
    return {k: before.get(k) for k in keys}, {k: after[k] for k in keys}


class Service:
    """Base of every service: the database and who is acting."""

    def __init__(self, db: Database, access: Access | None = None) -> None:
        self.db = db
        self.access = access or Access()

    @property
    def actor(self) -> Actor:
        return self.access.actor
