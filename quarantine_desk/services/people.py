"""People: creating them with their derived search fields, finding and listing them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import IdType, PersonStatus, Sex
from quarantine_desk.domain.names import fold, normalize_name, sort_key
from quarantine_desk.domain.policy import planned_release
from quarantine_desk.domain.vaccination import describe
from quarantine_desk.domain.values import (
    ValueParseError,
    parse_birth,
    parse_document,
    parse_name,
    parse_phone,
)
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Access, Service, audit, changed, snapshot
from quarantine_desk.services.admission import move_planned_date
from quarantine_desk.services.errors import FieldError, NotFoundError, ServiceError
from quarantine_desk.services.facilities import facility_code
from quarantine_desk.services.policy import rule_of, status_that_day, thresholds, vaccination
from quarantine_desk.services.release import due
from quarantine_desk.storage.models import Facility, Person, Room, Stay


@dataclass(frozen=True)
class PersonFilter:
    search: str | None = None
    facility: str | None = None
    status: str | None = None
    batch_id: int | None = None
    # in quarantine with a planned release between these dates (inclusive; None: open)
    due_from: date | None = None
    due_to: date | None = None
    contact_level: str | None = None  # F0, F1, F2…


@dataclass(frozen=True)
class PersonRow:
    id: int
    full_name: str
    sex: str | None
    date_of_birth: date | None
    birth_year: int | None
    id_number: str | None
    id_type: str | None
    nationality: str | None
    phone: str | None
    address: str | None
    batch_id: int | None
    status: str
    facility: str | None
    room: str | None
    admitted_on: date | None
    planned_release_on: date | None
    released_on: date | None
    household: int | None = None
    quarantine_start: date | None = None  # the first day of the current quarantine
    contact_level: str | None = None
    # the fields of domain/person_fields.py's table
    current_address: str | None = None
    insurance_number: str | None = None
    vaccine_doses: int | None = None
    last_dose_on: date | None = None
    vaccine: str | None = None
    recovered_on: date | None = None
    arrived_on: date | None = None
    arrival_symptoms: str | None = None
    diet: str | None = None
    fully_vaccinated: bool = False  # set before the record existed (revision 0018)
    # full, partial, none, recovered, unknown: today's, or on arrival for people not admitted
    vaccination_status: str = "unknown"

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        del out["fully_vaccinated"]  # read through vaccination_status
        for key, value in out.items():
            if isinstance(value, date):
                out[key] = value.isoformat()
        return out


CONTACT_LEVELS = ("F0", "F1", "F2", "F3")
MAX_SEARCH = 200  # a name, a document or a phone number, and then some

# Columns the people list can be sorted by, with the expression behind each.
SORT_COLUMNS = ("name", "birth_year", "id_number", "status", "facility", "room",
                "admitted_on", "planned_release_on")


def new_person(
    *,
    full_name: str,
    sex: str | None = None,
    date_of_birth: date | None = None,
    birth_year: int | None = None,
    id_number: str | None = None,
    id_type: str | None = None,
    nationality: str | None = None,
    phone: str | None = None,
    address: str | None = None,
    batch_id: int | None = None,
    fully_vaccinated: bool = False,
    extra: dict[str, Any] | None = None,
) -> Person:
    """A Person with its derived fields filled in. The caller adds it to a session."""
    name = normalize_name(full_name)
    if not name:
        raise ServiceError(tr("Họ và tên không được để trống."))
    if sex is not None and sex not in (Sex.MALE, Sex.FEMALE):
        raise ServiceError(tr("Giới tính «{sex}» không hợp lệ.", sex=sex))
    if id_type is not None and id_type not in {t.value for t in IdType}:
        raise ServiceError(tr("Loại giấy tờ «{id_type}» không hợp lệ.", id_type=id_type))
    if date_of_birth is not None:
        birth_year = date_of_birth.year
    return Person(
        full_name=name,
        name_folded=fold(name),
        sort_key=sort_key(name),
        sex=sex,
        date_of_birth=date_of_birth,
        birth_year=birth_year,
        id_number=id_number,
        id_type=id_type,
        nationality=nationality,
        phone=phone,
        address=address,
        batch_id=batch_id,
        fully_vaccinated=fully_vaccinated,
        extra=extra,
        status=PersonStatus.ARRIVED.value,
        created_at=datetime.now(),
    )


def visible_people(access: Access) -> list[Any]:
    """WHERE conditions on Person for this account: a site operator sees people not yet
    admitted anywhere and those admitted to its own facilities (now or before)."""
    scope = access.facility_scope()
    if scope is None:
        return []
    return [or_(and_(Person.status == PersonStatus.ARRIVED.value,
                     Person.current_stay_id.is_(None)),
                Person.id.in_(select(Stay.person_id).where(Stay.facility_id.in_(scope))))]


def status_counts_in(session: Any, access: Access) -> dict[str, int]:
    return dict(session.execute(
        select(Person.status, func.count(Person.id)).where(*visible_people(access))
        .group_by(Person.status)).all())


class _Joined(NamedTuple):
    """The current stay of a person, with its facility and room (outer-joined)."""

    stay: Any
    facility: Any
    room: Any


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_EDITABLE = ("full_name", "sex", "date_of_birth", "birth_year", "id_number", "id_type",
             "nationality", "phone", "address",
             *(c for f in person_fields.EDITABLE for c in f.columns))
_VACCINATION = set(person_fields.BY_KEY["vaccination"].columns)


def _rule_date(session: Any, person: Person, stay: Stay) -> date:
    """The planned release the rules give this person's quarantine under way."""
    return planned_release(rule_of(session, person, stay.quarantine_start),
                           stay.quarantine_start)


def _follow_vaccination(session: Any, actor: Any, person: Person, stay: Stay,
                        was: date) -> None:
    """A new vaccination record gives the quarantine under way its rule's planned date, when
    the date is still the one the old record gave (a date moved for another reason, an
    exposure or an extension, stays)."""
    now = _rule_date(session, person, stay)
    if stay.planned_release_on != was or now == was:
        return
    reason = tr("Đổi thông tin tiêm chủng: {value}", value=describe(vaccination(person))
                or tr("không còn ghi"))
    move_planned_date(session, actor, person, stay, now, reason[:300])


def detail_text(person: PersonRow, key: str) -> str:
    """A field of domain/person_fields.py's table as the desk's forms show it, in words its
    reader reads back («2 mũi, Pfizer, mũi cuối 01/09/2021»)."""
    if key == "vaccination":
        return describe(vaccination(person))
    spec = person_fields.BY_KEY[key]
    value = getattr(person, spec.columns[0])
    return "" if value is None else str(value)


class PeopleService(Service):
    # -- queries ------------------------------------------------------------

    def _base(self, columns: Callable[[_Joined], list[Any]], flt: PersonFilter,
              *, join: bool = True) -> tuple[Select[Any], _Joined]:
        """The query for a filter. Stay, facility and room are joined only when needed."""
        joined = _Joined(aliased(Stay), aliased(Facility), aliased(Room))
        stay, facility, room = joined
        stmt = select(*columns(joined)).select_from(Person)
        code = None
        if flt.facility:
            # filter on the facility's id: no join to the facility table per person
            code = facility_code(flt.facility)
        if join:
            stmt = stmt.outerjoin(stay, stay.id == Person.current_stay_id)
        if join:
            stmt = (stmt.outerjoin(facility, facility.id == stay.facility_id)
                    .outerjoin(room, room.id == stay.room_id))
        conditions = []
        if flt.search and len(flt.search) > MAX_SEARCH:
            raise ServiceError(tr("Chuỗi tìm kiếm dài quá {n} ký tự.", n=MAX_SEARCH))
        if flt.search and flt.search.strip():
            for token in fold(flt.search).split(" "):
                pattern = f"%{_like_escape(token)}%"
                if any(ch.isdigit() for ch in token):
                    # a document or phone number (names have no digits)
                    conditions.append(or_(
                        Person.id_number.like(f"%{_like_escape(token.upper())}%", escape="\\"),
                        Person.phone.like(pattern, escape="\\"),
                    ))
                else:
                    conditions.append(Person.name_folded.like(pattern, escape="\\"))
        if flt.status:
            if flt.status not in {s.value for s in PersonStatus}:
                allowed = ", ".join(s.value for s in PersonStatus)
                raise ServiceError(
                    tr(
                        "Trạng thái «{status}» không hợp lệ; chọn: {allowed}.",
                        status=flt.status,
                        allowed=allowed,
                    )
                )
            conditions.append(Person.status == flt.status)
        if code:
            # the current stays in that facility, matched against the list index
            conditions.append(
                Person.current_stay_id.in_(
                    select(Stay.id).where(
                        Stay.facility_id
                        == select(Facility.id)
                        .where(Facility.code == code)
                        .scalar_subquery()
                    )
                )
            )
        if flt.batch_id is not None:
            conditions.append(Person.batch_id == flt.batch_id)
        if flt.contact_level:
            level = flt.contact_level.strip().upper()
            if level not in CONTACT_LEVELS:
                raise ServiceError(tr("Mức tiếp xúc «{level}» không có; chọn: {allowed}.",
                                      level=flt.contact_level,
                                      allowed=", ".join(CONTACT_LEVELS)))
            conditions.append(Person.contact_level == level)
        if flt.due_from is not None or flt.due_to is not None:
            open_due = due(since=flt.due_from, until=flt.due_to)
            conditions.append(Person.current_stay_id.in_(select(Stay.id).where(*open_due)))
        conditions.extend(visible_people(self.access))
        if conditions:
            stmt = stmt.where(and_(*conditions))
        return stmt, joined

    @staticmethod
    def _row_columns(j: _Joined) -> list[Any]:
        stay, facility, room = j
        return [
            Person.id, Person.full_name, Person.sex, Person.date_of_birth, Person.birth_year,
            Person.id_number, Person.id_type, Person.nationality, Person.phone, Person.address,
            Person.batch_id, Person.status, facility.code, room.code, stay.admitted_on,
            stay.planned_release_on, stay.released_on, Person.household_id,
            stay.quarantine_start, Person.contact_level, Person.current_address,
            Person.insurance_number, Person.vaccine_doses, Person.last_dose_on, Person.vaccine,
            Person.recovered_on, Person.arrived_on, Person.arrival_symptoms, Person.diet,
            Person.fully_vaccinated,
        ]

    @staticmethod
    def _sort_expr(column: str, j: _Joined) -> Any:
        stay, facility, room = j
        return {
            "name": Person.sort_key,
            "birth_year": Person.birth_year,
            "id_number": Person.id_number,
            "status": Person.status,
            "facility": facility.code,
            "room": room.code,
            "admitted_on": stay.admitted_on,
            "planned_release_on": stay.planned_release_on,
        }[column]

    def ids(
        self, flt: PersonFilter = PersonFilter(), sort: str = "name", descending: bool = False
    ) -> list[int]:
        """The ids of everyone matching, in display order (for a lazy table model)."""
        if sort not in SORT_COLUMNS:
            raise ServiceError(tr("Không sắp xếp được theo «{sort}».", sort=sort))
        stmt, joined = self._base(
            lambda j: [Person.id],
            flt,
            join=sort not in ("name", "birth_year", "id_number", "status"),
        )
        expr = self._sort_expr(sort, joined)
        expr = expr.desc() if descending else expr.asc()
        tie = Person.id.desc() if descending else Person.id.asc()
        with self.db.read() as session:
            if sort == "name":
                # ties of the sort key are ordered by the rest of the list index: no
                # second sort pass over the matches
                stmt = stmt.order_by(expr)
            else:
                stmt = stmt.order_by(expr.nulls_last(), Person.sort_key, tie)
            return [row[0] for row in session.connection().execute(stmt)]

    def rows(self, ids: list[int]) -> list[PersonRow]:
        """Rows for the given ids, in the same order; unknown ids are left out."""
        if not ids:
            return []
        found: dict[int, PersonRow] = {}
        today = date.today()
        with self.db.read() as session:
            limits = thresholds(session)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                stmt, _ = self._base(self._row_columns, PersonFilter())
                stmt = stmt.where(Person.id.in_(chunk))
                for rec in session.execute(stmt):
                    row = PersonRow(*rec)
                    day = today if row.admitted_on else (row.arrived_on or today)
                    found[rec[0]] = replace(
                        row, vaccination_status=status_that_day(row, day, limits))
        return [found[i] for i in ids if i in found]

    def list(self, flt: PersonFilter = PersonFilter(), sort: str = "name") -> list[PersonRow]:
        return self.rows(self.ids(flt, sort))

    def count(self, flt: PersonFilter = PersonFilter()) -> int:
        stmt, _ = self._base(lambda j: [func.count(Person.id)], flt, join=False)
        with self.db.read() as session:
            return session.scalar(stmt) or 0

    def status_counts(self) -> dict[str, int]:
        with self.db.read() as session:
            return status_counts_in(session, self.access)

    def edit(
        self,
        person_id: int,
        *,
        full_name: str,
        sex: str | None = None,
        birth: str | None = None,
        id_number: str | None = None,
        nationality: str | None = None,
        phone: str | None = None,
        address: str | None = None,
        today: date | None = None,
        details: dict[str, str | None] | None = None,
    ) -> PersonRow:
        """Correct a person's details (a typo in a name, a document found later). Values are
        checked as the importer checks them; a refusal names its field.

        `details`: the fields of domain/person_fields.py's table given as typed text, by key
        («vaccination»: «2 mũi Pfizer, mũi 2 ngày 01/09/2021»; None or «none» clears); the
        others are left as they are. A change of vaccination recomputes the planned release
        of the quarantine under way, with the reason in its history, unless that date was
        already changed for another reason."""

        def check(field: str, parse: Callable[[], Any]) -> Any:
            try:
                return parse()
            except ValueParseError as exc:
                text = str(exc)
                raise FieldError(field, text[:1].upper() + text[1:] + ".") from None

        if not full_name or not full_name.strip():
            raise FieldError("full_name", tr("Họ và tên không được để trống."))
        name = check("full_name", lambda: parse_name(full_name))
        if sex not in (None, Sex.MALE, Sex.FEMALE):
            raise FieldError("sex", tr("Giới tính «{sex}» không hợp lệ.", sex=sex))
        born = check("birth", lambda: parse_birth(birth, today or date.today()))
        document = check("id_number", lambda: parse_document(id_number))
        phone_value = check("phone", lambda: parse_phone(phone))
        values = {
            "full_name": name,
            "sex": sex,
            "date_of_birth": born.date_of_birth if born else None,
            "birth_year": born.birth_year if born else None,
            "id_number": document[0] if document else None,
            "id_type": document[1].value if document else None,
            "nationality": normalize_name(nationality or "")[:100] or None,
            "phone": phone_value,
            "address": normalize_name(address or "")[:300] or None,
        }
        try:
            values.update(person_fields.read_details(details or {}, today or date.today()))
        except person_fields.DetailRefused as exc:
            raise FieldError(exc.key, str(exc)) from None
        with self.db.write() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(tr("Không có người mang số {person_id}.", person_id=person_id))
            self.access.require_person(person)
            if values["id_number"]:
                other = session.scalar(
                    select(Person.id).where(
                        Person.id_number == values["id_number"], Person.id != person_id
                    )
                )
                if other is not None:
                    raise FieldError(
                        "id_number",
                        tr(
                            "Số giấy tờ {value} đã có ở người số {other}.",
                            value=values["id_number"],
                            other=other,
                        ),
                    )
            before = snapshot(person, _EDITABLE)
            stay = person.current_stay
            # the date the old record gave, read only when the record may change
            was = (_rule_date(session, person, stay) if stay is not None
                   and stay.released_on is None and _VACCINATION & set(values) else None)
            for key, value in values.items():
                setattr(person, key, value)
            person.name_folded, person.sort_key = fold(name), sort_key(name)
            old, new = changed(before, snapshot(person, _EDITABLE))
            if was is not None and set(new) & _VACCINATION:
                assert stay is not None
                _follow_vaccination(session, self.actor, person, stay, was)
            if new:
                audit(
                    session,
                    self.actor,
                    "person_edit",
                    entity="person",
                    entity_id=person.id,
                    person_id=person.id,
                    before=old,
                    after=new,
                    summary=name,
                )
        return self.rows([person_id])[0]
