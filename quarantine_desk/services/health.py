"""Tests and daily health checks during a stay, and the tests due on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import RETEST_OUTCOMES, TestKind, TestOutcome
from quarantine_desk.domain.policy import PolicyRule, day_of_quarantine, rule_for
from quarantine_desk.domain.vaccination import VaccinationStatus
from quarantine_desk.i18n import tr
from quarantine_desk.reports.rows import TestDue
from quarantine_desk.services.access import Access, Service, audit
from quarantine_desk.services.admission import get_person
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.facilities import get_facility
from quarantine_desk.services.policy import VACCINATION_COLUMNS, load_rules, status_of, thresholds
from quarantine_desk.services.release import Refusal
from quarantine_desk.storage.models import (
    Facility,
    HealthCheck,
    Person,
    SampleTube,
    Stay,
    TestResult,
    TubeMember,
)

FEVER = 37.5  # °C: from here the person is sent for medical care
MIN_TEMP, MAX_TEMP = 34.0, 43.0


@dataclass(frozen=True)
class CheckResult:
    person_id: int
    checked_on: date
    temperature: float | None
    fever: bool


@dataclass
class CheckRow:
    """One person in a facility on one day, with the check recorded for that day if any."""

    person_id: int
    full_name: str
    room: str | None
    day: int
    temperature: float | None
    symptoms: str | None

    @property
    def fever(self) -> bool:
        return self.temperature is not None and self.temperature >= FEVER


class HealthService(Service):
    @staticmethod
    def _test_values(taken_on: date, kind: str, result: str) -> tuple[TestKind, TestOutcome]:
        """The kind and result of a test, or the refusal that holds for everyone."""
        try:
            kind_value, result_value = TestKind(kind), TestOutcome(result)
        except ValueError:
            raise ServiceError(tr("Loại xét nghiệm là pcr hoặc antigen; kết quả là pending, "
                               "negative hoặc positive.")) from None
        if taken_on > date.today():
            raise FieldError("when", tr("Ngày xét nghiệm không thể ở tương lai."))
        return kind_value, result_value

    def record_test(self, person_id: int, taken_on: date, kind: str, result: str) -> int:
        kind_value, result_value = self._test_values(taken_on, kind, result)
        with self.db.write() as session:
            person = get_person(session, person_id)
            self.access.require_person(person)
            stay = person.current_stay
            # a later result for the same test replaces a pending one
            pending = session.scalars(select(TestResult).where(
                TestResult.person_id == person_id, TestResult.taken_on == taken_on,
                TestResult.kind == kind_value.value,
                TestResult.result == TestOutcome.PENDING.value)).first()
            if pending is not None:
                audit(session, self.actor, "test", entity="test", entity_id=pending.id,
                      person_id=person_id, before={"result": pending.result},
                      after={"result": result_value.value}, summary=person.full_name)
                pending.result = result_value.value
                return pending.id
            test = TestResult(person_id=person_id, stay_id=stay.id if stay else None,
                              taken_on=taken_on, kind=kind_value.value,
                              result=result_value.value)
            session.add(test)
            session.flush()
            audit(session, self.actor, "test", entity="test", entity_id=test.id,
                  person_id=person_id, after={"taken_on": taken_on, "kind": test.kind,
                                              "result": test.result},
                  summary=person.full_name)
            return test.id

    def record_tests(self, person_ids: list[int], taken_on: date, kind: str,
                     result: str) -> tuple[list[str], list[Refusal]]:
        """One result for several people, each in its own transaction: the names recorded,
        and the people refused with the reason (a value wrong for everyone refuses all)."""
        self._test_values(taken_on, kind, result)
        recorded: list[str] = []
        refused: list[Refusal] = []
        names = self._names(person_ids)
        for person_id in person_ids:
            try:
                self.record_test(person_id, taken_on, kind, result)
            except ServiceError as exc:
                refused.append(Refusal(person_id, names.get(person_id, f"#{person_id}"),
                                       str(exc)))
            else:
                recorded.append(names[person_id])
        return recorded, refused

    def _names(self, person_ids: list[int]) -> dict[int, str]:
        with self.db.read() as session:
            return dict(session.execute(
                select(Person.id, Person.full_name).where(Person.id.in_(person_ids))).all())

    def record_check(self, person_id: int, checked_on: date, temperature: float | None,
                     symptoms: str | None = None) -> CheckResult:
        self._check_values(temperature, checked_on)
        with self.db.write() as session:
            return self._record_in(session, person_id, checked_on, temperature, symptoms)

    def record_checks(self, checks: list[tuple[int, float | None, str | None]],
                      checked_on: date) -> list[CheckResult]:
        """Several people's checks of a day at once (a column pasted from a spreadsheet):
        every value is checked first, then all are written in one transaction, or none.
        checks: (person_id, temperature, symptoms)."""
        for person_id, temperature, _ in checks:
            try:
                self._check_values(temperature, checked_on)
            except FieldError as exc:
                with self.db.read() as session:
                    name = get_person(session, person_id).full_name
                raise FieldError(exc.field, tr("{full_name}: {reason} Không ghi gì.",
                                               full_name=name, reason=str(exc))) from None
        with self.db.write() as session:
            return [self._record_in(session, person_id, checked_on, temperature, symptoms)
                    for person_id, temperature, symptoms in checks]

    @staticmethod
    def _check_values(temperature: float | None, checked_on: date) -> None:
        if temperature is not None and not MIN_TEMP <= temperature <= MAX_TEMP:
            raise FieldError(
                "temperature",
                tr(
                    "Nhiệt độ {temperature} °C không hợp lệ (từ {MIN_TEMP:g} đến {MAX_TEMP:g} °C).",
                    temperature=temperature,
                    MIN_TEMP=MIN_TEMP,
                    MAX_TEMP=MAX_TEMP,
                ),
            )
        if checked_on > date.today():
            raise FieldError("when", tr("Ngày kiểm tra không thể ở tương lai."))

    def _record_in(self, session: Session, person_id: int, checked_on: date,
                   temperature: float | None, symptoms: str | None) -> CheckResult:
        symptoms = (symptoms or "").strip() or None
        person = get_person(session, person_id)
        self.access.require_person(person)
        stay = person.current_stay
        check = session.scalars(select(HealthCheck).where(
            HealthCheck.person_id == person_id,
            HealthCheck.checked_on == checked_on)).first()
        if check is None:
            check = HealthCheck(
                person_id=person_id, checked_on=checked_on, stay_id=stay.id if stay else None
            )
            session.add(check)
        before = (
            {"temperature": check.temperature, "symptoms": check.symptoms}
            if check.id is not None
            else None
        )
        check.temperature, check.symptoms = temperature, symptoms
        audit(
            session,
            self.actor,
            "health_check",
            entity="health_check",
            person_id=person_id,
            before=before,
            after={"checked_on": checked_on, "temperature": temperature, "symptoms": symptoms},
            summary=person.full_name,
        )
        session.flush()  # the next check of the same person that day finds this one
        return CheckResult(
            person_id, checked_on, temperature, temperature is not None and temperature >= FEVER
        )

    def checks_for(self, facility_code: str, on: date) -> list[CheckRow]:
        """Everyone in the facility that day, by room and name, with that day's check."""
        from quarantine_desk.storage.models import Room

        with self.db.read() as session:
            facility = get_facility(session, facility_code)
            if not self.access.sees_facility(facility.id):
                return []
            rows = session.execute(
                select(Person.id, Person.full_name, Room.code, Stay.quarantine_start)
                .join(Stay, Stay.id == Person.current_stay_id)
                .outerjoin(Room, Room.id == Stay.room_id)
                .where(Stay.facility_id == facility.id, Stay.released_on.is_(None),
                       Stay.admitted_on <= on)
                .order_by(Room.code, Person.sort_key)).all()
            checks = (
                {
                    c.person_id: c
                    for c in session.scalars(
                        select(HealthCheck).where(
                            HealthCheck.checked_on == on,
                            HealthCheck.person_id.in_([r[0] for r in rows]),
                        )
                    )
                }
                if rows
                else {}
            )
            return [
                CheckRow(
                    pid,
                    name,
                    room,
                    day_of_quarantine(start, on),
                    checks[pid].temperature if pid in checks else None,
                    checks[pid].symptoms if pid in checks else None,
                )
                for pid, name, room, start in rows
            ]

    def tests_due(self, on: date) -> list[TestDue]:
        """Everyone in quarantine whose policy has a test on that day and who has none yet."""
        with self.db.read() as session:
            return tests_due_rows(session, self.access, on)

    def tests_due_count(self, on: date) -> int:
        """How many `tests_due` would list, without reading them all."""
        with self.db.read() as session:
            return tests_due_count(session, self.access, on)


def _owing_tests(access: Access, on: date) -> list[Any]:
    """The stays whose people may owe a test that day: open, begun by then, seen by the
    account. The list and the count both start from these, so they agree."""
    return [Stay.released_on.is_(None), Stay.admitted_on <= on,
            *access.facility_filter(Stay.facility_id)]


def tests_due_rows(session: Session, access: Access, on: date,
                   facility_id: int | None = None) -> list[TestDue]:
    """Everyone whose scheduled test is due on that day, or was due before and has not been
    taken since (marked overdue until it is), by facility and room."""
    from quarantine_desk.services.facilities import natural_key
    from quarantine_desk.storage.models import Room

    rules = load_rules(session)
    limits = thresholds(session)
    where = [] if facility_id is None else [Stay.facility_id == facility_id]
    rows = session.execute(
        select(Person.id, Person.full_name, Stay.quarantine_start, Facility.code, Room.code,
               Person.sex, Person.birth_year, Person.id_number, *VACCINATION_COLUMNS)
        .join(Stay, Stay.id == Person.current_stay_id)
        .join(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .where(*_owing_tests(access, on), *where)).all()
    ids = [r[0] for r in rows]
    last_test: dict[int, date] = dict(session.execute(
        select(TestResult.person_id, func.max(TestResult.taken_on))
        .where(TestResult.person_id.in_(ids), TestResult.taken_on <= on)
        .group_by(TestResult.person_id)).all()) if ids else {}
    owed: dict[tuple[date, str], tuple[int, int, date] | None] = {}
    again = retests_in(session, ids, on)
    due = []
    for row in rows:
        person_id, name, start, code, room, sex, born, document = row[:8]
        if person_id in again:  # tested again alone, at once, whatever the schedule owes
            back_on, result = again[person_id]
            due.append(TestDue(person_id, name, code, day_of_quarantine(start, on), room, sex,
                               born, document, 0, back_on, back_on < on, result))
            continue
        key = (start, status_of(row, start, limits))
        if key not in owed:  # everyone who began the same day under the same rule owes alike
            owed[key] = owed_test(rules, start, key[1], on)
        test = owed[key]
        if test is None:
            continue
        day, test_day, due_on = test
        if last_test.get(person_id, date.min) >= due_on:
            continue  # taken on or after the day it was due
        due.append(TestDue(person_id, name, code, day, room, sex, born, document, test_day,
                           due_on, due_on < on))
    rooms = {d.room: natural_key(d.room or "~") for d in due}
    due.sort(key=lambda d: (d.facility, rooms[d.room], not d.overdue))
    return due


def owed_test(rules: list[PolicyRule], start: date, status: str,
              on: date) -> tuple[int, int, date] | None:
    """The test a quarantine begun on `start` owes on `on` under the rule of a vaccination
    `status`: (the day of quarantine, the test's day, the date it was due), or None before
    its first test."""
    day = day_of_quarantine(start, on)
    scheduled = [d for d in rule_for(rules, start, status).test_days if d <= day]
    if not scheduled:
        return None
    test_day = scheduled[-1]  # the latest test owed; an earlier one is replaced by it
    return day, test_day, day_date(start, test_day)


def tests_due_count(session: Session, access: Access, on: date) -> int:
    """How many people `tests_due_rows` would list, counted in the database (the dashboard's
    tile): the open stays by the day their quarantine began, less those who took a test
    since the one they owe was due. Where the rule of that day is the same for every
    vaccination status (the usual case) the people are counted in the database from an
    index; on a day whose rules tell the statuses apart, each person's status is derived."""
    rules = load_rules(session)
    open_stays = _owing_tests(access, on)
    total = _retests_counted_apart(session, rules, open_stays, on)
    for start, people in session.execute(
            select(Stay.quarantine_start, func.count())
            .where(*open_stays).group_by(Stay.quarantine_start)).all():
        owed = {s.value: owed_test(rules, start, s.value, on) for s in VaccinationStatus}
        if len(set(owed.values())) == 1:
            test = owed[VaccinationStatus.UNKNOWN.value]
            if test is None:
                continue
            tested = session.scalar(
                select(func.count(func.distinct(TestResult.person_id)))
                .join(Person, Person.id == TestResult.person_id)
                .join(Stay, Stay.id == Person.current_stay_id)
                .where(TestResult.taken_on >= test[2], TestResult.taken_on <= on, *open_stays,
                       Stay.quarantine_start == start)) or 0
            total += people - tested
            continue
        limits = thresholds(session)
        for row in session.execute(
                select(func.max(TestResult.taken_on), *VACCINATION_COLUMNS)
                .select_from(Person)
                .join(Stay, Stay.id == Person.current_stay_id)
                .outerjoin(TestResult, and_(TestResult.person_id == Person.id,
                                            TestResult.taken_on <= on))
                .where(*open_stays, Stay.quarantine_start == start)
                .group_by(Person.id)):
            test = owed[status_of(row, start, limits)]
            if test is not None and (row[0] or date.min) < test[2]:
                total += 1
    return total


def retests_in(session: Session, person_ids: list[int], on: date) -> dict[int, tuple[date, str]]:
    """Of these people, those whose latest test by that day asks for another one alone (a
    pooled tube that tested positive, a result the lab could not call): person id → (the
    day that result came back, the result)."""
    if not person_ids:
        return {}
    asked: dict[int, tuple[date, int, date, str]] = {}
    for chunk in id_chunks(person_ids):
        for pid, taken, test_id, result, back in session.execute(
                select(TestResult.person_id, TestResult.taken_on, TestResult.id,
                       TestResult.result, SampleTube.result_on)
                .outerjoin(TubeMember, TubeMember.test_id == TestResult.id)
                .outerjoin(SampleTube, SampleTube.id == TubeMember.tube_id)
                .where(TestResult.person_id.in_(chunk), TestResult.taken_on <= on,
                       TestResult.result.in_(RETEST_OUTCOMES))):
            if pid not in asked or (taken, test_id) > asked[pid][:2]:
                asked[pid] = (taken, test_id, min(back or taken, on), result)
    if not asked:
        return {}
    later = set()
    for chunk in id_chunks(list(asked)):
        for pid, taken, test_id in session.execute(
                select(TestResult.person_id, TestResult.taken_on, TestResult.id)
                .where(TestResult.person_id.in_(chunk), TestResult.taken_on <= on)):
            if (taken, test_id) > asked[pid][:2]:
                later.add(pid)
    return {pid: (a[2], a[3]) for pid, a in asked.items() if pid not in later}


def id_chunks(ids: list[Any], size: int = 900) -> list[list[Any]]:
    """Values for an IN a few hundred at a time: SQLite binds at most 32,766 a statement."""
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _retests_counted_apart(session: Session, rules: list[PolicyRule], open_stays: list[Any],
                           on: date) -> int:
    """The people owing a retest whom the count by schedule does not count already (their
    retest-asking test was taken after the scheduled test was due, so the schedule sees
    them tested): the count and the list agree."""
    asked = session.execute(
        select(TestResult.person_id).distinct()
        .join(Person, Person.id == TestResult.person_id)
        .join(Stay, Stay.id == Person.current_stay_id)
        .where(*open_stays, TestResult.result.in_(RETEST_OUTCOMES), TestResult.taken_on <= on)
    ).scalars().all()
    again = retests_in(session, list(asked), on)
    if not again:
        return 0
    limits = thresholds(session)
    extra = 0
    for chunk in id_chunks(list(again)):
        for row in session.execute(
                select(Stay.quarantine_start, func.max(TestResult.taken_on),
                       *VACCINATION_COLUMNS)
                .select_from(Person)
                .join(Stay, Stay.id == Person.current_stay_id)
                .join(TestResult, and_(TestResult.person_id == Person.id,
                                       TestResult.taken_on <= on))
                .where(Person.id.in_(chunk))
                .group_by(Person.id, Stay.quarantine_start)):
            start, last = row[0], row[1]
            test = owed_test(rules, start, status_of(row, start, limits), on)
            if test is None or last >= test[2]:
                extra += 1  # not owed by the schedule: counted here only
    return extra


def day_date(admitted_on: date, day: int) -> date:
    return admitted_on + timedelta(days=day - 1)
