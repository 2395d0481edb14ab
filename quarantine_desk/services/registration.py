"""Registering people at the desk: those handed over after an illegal entry, walk-ins from an
outbreak area, a child added at the gate. One person or a small group, in one transaction:
the batch (or an announced one), the people, perhaps their household, and perhaps their
admission straight away under the allocation's rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import HouseholdSource, PersonStatus
from quarantine_desk.domain.names import fold
from quarantine_desk.domain.values import (
    DAYS_AHEAD,
    ValueParseError,
    check_day,
    parse_birth,
    parse_document,
    parse_name,
    parse_phone,
    parse_sex,
    parse_text,
)
from quarantine_desk.i18n import tr
from quarantine_desk.importing.duplicates import DuplicateIndex, KnownPerson
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.allocation import AllocationResult, allocate_in
from quarantine_desk.services.batches import new_batch
from quarantine_desk.services.errors import FieldError, NotFoundError, ServiceError
from quarantine_desk.services.households import new_household
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.models import ArrivalBatch, Facility, Person, Stay

UNKNOWN_NAME = "Không rõ tên"
VIETNAMESE = {"viet nam", "vietnam", "vn", "vnm", "viet nam (vn)"}


@dataclass
class HandOver:
    """The details of a hand-over, typed once for the whole group."""

    kind: str
    arrived_at: datetime
    reference: str | None = None
    origin: str | None = None
    entry_point: str | None = None
    detecting_unit: str | None = None  # «Đồn Biên phòng…», «Công an phường…»
    detected_at: str | None = None  # where they were found
    route: str | None = None  # by trail, by sea…
    handed_over_by: str | None = None


@dataclass
class NewPerson:
    """One line of the form, as typed."""

    full_name: str = ""
    sex: str | None = None
    birth: str | None = None  # a date, or a year
    age: int | None = None  # approximate, when nothing better is known
    id_number: str | None = None
    nationality: str | None = None
    phone: str | None = None
    address: str | None = None
    origin: str | None = None  # the country or province they came from
    description: str | None = None  # for someone whose name is not known
    same_person: int | None = None  # they are this known person: no new record
    # fields of domain/person_fields.py's table as typed, by key («vaccination»: «2 mũi AZ»)
    details: dict[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Similar:
    person_id: int
    full_name: str
    why: str  # "cùng số giấy tờ", "tên giống 95%, cùng năm sinh"
    history: str  # "đã cách ly tại TD-932 từ 02/03 đến 16/03/2021"
    same_document: bool = False  # the document number is theirs: refused unless same person


@dataclass
class Registered:
    batch_id: int
    person_ids: list[int]
    similar: dict[int, list[Similar]] = field(default_factory=dict)  # by line
    admitted: AllocationResult | None = None
    foreign: list[int] = field(default_factory=list)  # for the immigration authorities

    def to_json(self) -> dict[str, object]:
        return {
            "person_id": self.person_ids[0] if len(self.person_ids) == 1 else None,
            "person_ids": self.person_ids,
            "batch_id": self.batch_id,
            "similar": sorted({s.person_id for found in self.similar.values() for s in found}),
            "stay": None if self.admitted is None else [
                {"person_id": p.person_id, "facility": p.facility, "room": p.room}
                for p in self.admitted.placements],
            "foreign": self.foreign,
        }


@dataclass
class _Checked:
    line: NewPerson
    full_name: str
    sex: str | None
    date_of_birth: date | None
    birth_year: int | None
    id_number: str | None
    id_type: str | None
    phone: str | None
    extra: dict[str, str]
    more: dict[str, Any] = field(default_factory=dict)  # read from `details`


def is_foreign(nationality: str | None) -> bool:
    return bool(nationality) and fold(nationality or "").strip() not in VIETNAMESE


class RegistrationService(Service):
    def check(self, people: list[NewPerson], today: date | None = None) -> list[_Checked]:
        """Every line checked as the importer checks a row; the first refusal names its
        line and field ("2.birth")."""
        if not people:
            raise ServiceError(tr("Chưa có ai trong danh sách tiếp nhận."))
        today = today or date.today()
        return [self._check(i, p, today) for i, p in enumerate(people)]

    def _check(self, i: int, p: NewPerson, today: date) -> _Checked:
        def refuse(name: str, text: str) -> FieldError:
            return FieldError(f"{i}.{name}", text)

        extra: dict[str, str] = {}
        raw_name = (p.full_name or "").strip()
        if not raw_name or fold(raw_name) == fold(UNKNOWN_NAME):
            if not (p.description or "").strip():
                raise refuse("full_name", tr(
                    "Ghi họ tên, hoặc «Không rõ tên» kèm mô tả nhận dạng."))
            name = UNKNOWN_NAME
        else:
            try:
                # typed in a hurry in lower case: capitalised as a name is written
                name = parse_name(raw_name.upper() if raw_name == raw_name.lower() else raw_name)
            except ValueParseError as exc:
                raise refuse("full_name", str(exc)) from None
        if p.description and p.description.strip():
            extra["Mô tả nhận dạng"] = parse_text(p.description, 300) or ""
        try:
            sex = parse_sex(p.sex)
        except ValueParseError as exc:
            raise refuse("sex", str(exc)) from None
        dob = year = None
        if p.birth and p.birth.strip():
            try:
                birth = parse_birth(p.birth.strip(), today)
            except ValueParseError as exc:
                raise refuse("birth", str(exc)) from None
            if birth is not None:
                dob, year = birth.date_of_birth, birth.birth_year
        elif p.age is not None:
            if not 0 <= p.age <= 120:
                raise refuse("age", tr("Tuổi phải từ 0 đến 120."))
            year = today.year - p.age
            extra["Tuổi (ước tính)"] = str(p.age)
        try:
            document = parse_document(p.id_number) if p.id_number else None
        except ValueParseError as exc:
            raise refuse("id_number", str(exc)) from None
        try:
            phone = parse_phone(p.phone) if p.phone else None
        except ValueParseError as exc:
            raise refuse("phone", str(exc)) from None
        if p.origin and p.origin.strip():
            extra["Nơi đi"] = parse_text(p.origin, 100) or ""
        try:
            more = person_fields.read_details(p.details, today)
        except person_fields.DetailRefused as exc:
            raise refuse(exc.key, str(exc)) from None
        return _Checked(p, name, sex.value if sex else None, dob, year,
                        document[0] if document else None,
                        document[1].value if document else None, phone, extra, more)

    def similar(self, people: list[NewPerson], today: date | None = None
                ) -> dict[int, list[Similar]]:
        """People already known who may be these (before saving), with their past stays."""
        checked = self.check(people, today)
        with self.db.read() as session:
            return {i: found for i, c in enumerate(checked)
                    if (found := _similar(session, c))}

    def register(self, handover: HandOver | None, people: list[NewPerson], *,
                 batch_id: int | None = None, admit_to: str | None = None,
                 room: str | None = None, household: bool = False,
                 today: date | None = None) -> Registered:
        """Save the people (a new batch from the hand-over, or an existing one) and, with
        admit_to, admit them at once; all or nothing."""
        self.access.require_write()
        checked = self.check(people, today)
        if (handover is None) == (batch_id is None):
            raise ServiceError(tr("Cần thông tin giao nhận, hoặc chọn một đợt đến đã có."))
        if handover is not None:  # the limits of an imported arrival: from 2020, a year ahead
            check_day(handover.arrived_at.date(), today or date.today(), tr("Ngày giao nhận"),
                      days_ahead=DAYS_AHEAD)
        with self.db.write() as session:
            if batch_id is not None:
                batch = session.get(ArrivalBatch, batch_id)
                if batch is None:
                    raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
            else:
                assert handover is not None
                batch = new_batch(kind=handover.kind, arrival_date=handover.arrived_at.date(),
                                  reference=handover.reference, origin=handover.origin,
                                  entry_point=handover.entry_point,
                                  detecting_unit=handover.detecting_unit)
                batch.detected_at = parse_text(handover.detected_at, 200)
                batch.route = parse_text(handover.route, 200)
                batch.handed_over_by = parse_text(handover.handed_over_by, 200)
                batch.handed_over_at = handover.arrived_at
                session.add(batch)
                session.flush()
            result = Registered(batch.id, [])
            made: list[Person] = []
            for i, c in enumerate(checked):
                found = _similar(session, c)
                if found:
                    result.similar[i] = found
                person = self._person(session, i, c, found, batch.id)
                made.append(person)
                audit(session, self.actor, "register", entity="person", entity_id=person.id,
                      person_id=person.id,
                      after={"batch": batch.id, "kind": batch.kind,
                             "same_person": c.line.same_person},
                      summary=f"Tiếp nhận {person.full_name} (đợt {batch.id})")
            result.person_ids = [p.id for p in made]
            result.foreign = [p.id for p in made if is_foreign(p.nationality)]
            if household and len(made) > 1:
                family = new_household(session, HouseholdSource.OPERATOR, None, batch.id)
                for p in made:
                    p.household_id = family.id
                session.flush()
            if admit_to:
                result.admitted = allocate_in(session, self.access, batch.id, [admit_to],
                                              batch.arrival_date, person_ids=result.person_ids,
                                              room=room)
                if result.admitted.unplaced:
                    first = result.admitted.unplaced[0]
                    raise ServiceError(tr("Không xếp được {full_name}: {reason}",
                                          full_name=first.full_name, reason=first.reason))
            return result

    def _person(self, session: Session, i: int, c: _Checked, found: list[Similar],
                batch_id: int) -> Person:
        same = c.line.same_person
        owner = next((s for s in found if s.same_document), None)
        if same is not None:
            person = session.get(Person, same)
            if person is None:
                raise FieldError(f"{i}.id_number",
                                 tr("Không có người mang số {person_id}.", person_id=same))
            if person.current_stay is not None and person.current_stay.released_on is None:
                raise FieldError(f"{i}.id_number", tr(
                    "{full_name} đang cách ly tại {code}.", full_name=person.full_name,
                    code=person.current_stay.facility.code))
            # the same person back again: a new arrival for the known record
            self.access.require_person(person)
            person.batch_id, person.status = batch_id, PersonStatus.ARRIVED.value
            person.current_stay_id, person.contact_level = None, None
            return person
        if owner is not None:
            raise FieldError(f"{i}.id_number", tr(
                "Số giấy tờ {id_number} đã là của {full_name} (số {id}){history}; nếu đúng là "
                "người này, chọn «cùng người».", id_number=c.id_number,
                full_name=owner.full_name, id=owner.person_id,
                history=f", {owner.history}" if owner.history else ""))
        person = new_person(full_name=c.full_name, sex=c.sex, date_of_birth=c.date_of_birth,
                            birth_year=c.birth_year, id_number=c.id_number, id_type=c.id_type,
                            nationality=parse_text(c.line.nationality, 100),
                            phone=c.phone, address=parse_text(c.line.address, 300),
                            batch_id=batch_id, extra=c.extra or None)
        for column, value in c.more.items():
            setattr(person, column, value)
        session.add(person)
        session.flush()
        return person


def _similar(session: Session, c: _Checked) -> list[Similar]:
    found: list[Similar] = []
    if c.id_number:
        for p in session.scalars(select(Person).where(Person.id_number == c.id_number)):
            found.append(Similar(p.id, p.full_name, tr("cùng số giấy tờ"), _history(session, p),
                                 same_document=True))
    if c.full_name != UNKNOWN_NAME and c.birth_year is not None:
        candidates = session.execute(
            select(Person.id, Person.full_name, Person.name_folded, Person.date_of_birth,
                   Person.birth_year, Person.id_number)
            .where(Person.birth_year == c.birth_year)).all()
        index = DuplicateIndex([KnownPerson(*row) for row in candidates])
        match = index.fuzzy(fold(c.full_name), c.date_of_birth, c.birth_year, c.id_number)
        if match is not None and all(s.person_id != match[0].id for s in found):
            person = session.get(Person, match[0].id)
            assert person is not None
            found.append(Similar(person.id, person.full_name,
                                 tr("tên giống {score:.0f}%, cùng ngày/năm sinh",
                                    score=match[1]), _history(session, person)))
    return found


def _history(session: Session, person: Person) -> str:
    stays = session.execute(
        select(Facility.code, Stay.admitted_on, Stay.released_on)
        .join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.person_id == person.id).order_by(Stay.admitted_on)).all()
    parts = []
    for code, admitted, released in stays:
        if released is None:
            parts.append(f"đang cách ly tại {code} từ {admitted:%d/%m/%Y}")
        else:
            parts.append(f"đã cách ly tại {code} từ {admitted:%d/%m} đến {released:%d/%m/%Y}")
    return "; ".join(parts)
