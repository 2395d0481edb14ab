"""Who is acting, what they may do, and the audit trail of what they did.

Every service holds the same `Access`. Checks happen here, in the service layer,
so the command line and any future interface obey the same rules as the GUI; the
GUI only hides what a role may not use.

The audit trail is written in the same transaction as the change it describes,
so a change and its record land together or not at all. The table refuses
UPDATE and DELETE for everyone (database triggers, revision 0007).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import Role
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import Database
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

_READ_ONLY = QT_TR_NOOP("Tài khoản chỉ xem không được thay đổi dữ liệu.")


class Access:
    def __init__(self, actor: Actor = SYSTEM) -> None:
        self.actor = actor

    @property
    def role(self) -> Role:
        return self.actor.role

    @property
    def is_admin(self) -> bool:
        return self.actor.role == Role.ADMIN

    def can_write(self) -> bool:
        return self.actor.role != Role.VIEWER

    def require_admin(self, what: str) -> None:
        if not self.is_admin:
            raise PermissionDenied(tr("Chỉ quản trị cấp huyện được {what}.", what=what))

    def require_write(self) -> None:
        if not self.can_write():
            raise PermissionDenied(tr(_READ_ONLY))

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
    """Add one entry to the trail inside the caller's transaction."""
    session.add(AuditEvent(**audit_values(
        actor, action, entity=entity, entity_id=entity_id, person_id=person_id, before=before,
        after=after, summary=summary)))


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
