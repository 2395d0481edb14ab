"""Households: families travelling together, made or changed by an operator.

A household decides who may share a room across sexes, so taking someone out of one
is refused while that person sleeps in a room with members of it of another sex.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import HouseholdSource
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.admission import get_person
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.models import Household, Person, Stay


def new_household(
    session: Session, source: HouseholdSource, label: str | None = None,
    batch_id: int | None = None,
) -> Household:
    household = Household(source=source.value, label=(label or None) and label[:100],
                          batch_id=batch_id, created_at=datetime.now())
    session.add(household)
    session.flush()
    return household


def _leave_refusal(session: Session, person: Person) -> str | None:
    """Why this person cannot leave their household now (a shared room), or None."""
    stay = person.current_stay
    if person.household_id is None or stay is None or stay.released_on is not None:
        return None
    if stay.room_id is None:
        return None
    roommates = session.scalars(
        select(Person.sex)
        .join(Stay, Stay.person_id == Person.id)
        .where(Stay.room_id == stay.room_id, Stay.released_on.is_(None),
               Person.id != person.id, Person.household_id == person.household_id)
    ).all()
    mixed = any(s is None or s != person.sex for s in roommates) if roommates else False
    if mixed:
        return tr(
            "{full_name} đang ở chung phòng {room} với người khác giới trong hộ; hãy chuyển "
            "phòng trước khi tách khỏi hộ.",
            full_name=person.full_name,
            room=stay.room.code if stay.room else "",
        )
    return None


class HouseholdService(Service):
    def join(self, person_ids: list[int]) -> int:
        """Make these people one household (the one some of them are in, if only one is);
        returns its id."""
        self.access.require_write()
        ids = list(dict.fromkeys(person_ids))
        with self.db.write() as session:
            people = [get_person(session, pid) for pid in ids]
            for person in people:
                self.access.require_person(person)
            existing = list(dict.fromkeys(p.household_id for p in people if p.household_id))
            if len(people) < 2 and not existing:
                raise ServiceError(tr("Cần ít nhất hai người để lập một hộ gia đình."))
            if len(existing) == 1:
                household = session.get(Household, existing[0])
                assert household is not None
                household.source = HouseholdSource.OPERATOR.value
            else:
                batches = {p.batch_id for p in people}
                household = new_household(session, HouseholdSource.OPERATOR, None,
                                          batches.pop() if len(batches) == 1 else None)
            for person in people:
                if person.household_id == household.id:
                    continue
                refusal = _leave_refusal(session, person)
                if refusal:
                    raise ServiceError(refusal)
                before = person.household_id
                person.household_id = household.id
                audit(session, self.actor, "household_join", entity="household",
                      entity_id=household.id, person_id=person.id,
                      before={"household": before}, after={"household": household.id},
                      summary=f"{person.full_name} vào hộ số {household.id}")
            return household.id

    def leave(self, person_ids: list[int]) -> None:
        """Take these people out of their household; each then sleeps as one person."""
        self.access.require_write()
        with self.db.write() as session:
            for pid in dict.fromkeys(person_ids):
                person = get_person(session, pid)
                self.access.require_person(person)
                if person.household_id is None:
                    raise ServiceError(
                        tr("{full_name} không thuộc hộ gia đình nào.", full_name=person.full_name)
                    )
                refusal = _leave_refusal(session, person)
                if refusal:
                    raise ServiceError(refusal)
                before = person.household_id
                person.household_id = None
                session.flush()
                audit(session, self.actor, "household_leave", entity="household",
                      entity_id=before, person_id=person.id, before={"household": before},
                      summary=f"{person.full_name} tách khỏi hộ số {before}")
