"""Release: who is due, who may go home (the tests the policy asks for), the certificate
number, and the release itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import RETEST_OUTCOMES, StayOutcome, TestOutcome
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Capability, Service, audit
from quarantine_desk.services.admission import end_stay_in_session
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.storage.models import (
    Facility,
    Person,
    Stay,
    TestResult,
)


@dataclass(frozen=True)
class Release:
    person_id: int
    full_name: str
    facility: str
    released_on: date
    certificate_number: str


@dataclass(frozen=True)
class Refusal:
    person_id: int
    full_name: str
    reason: str


def last_required_test_day(session: Session, stay: Stay, person: Person) -> int:
    from quarantine_desk.services.policy import rule_of

    rule = rule_of(session, person, stay.quarantine_start)
    return max(rule.test_days) if rule.test_days else 0


class TestRefusal(str):
    """A refusal about the last required test: the only kind an override can lift."""

    __test__ = False


class FeeRefusal(str):
    """Meals still owed, where the setting asks for a note to release (issue 29): lifted by
    a note of the operator's, kept with the stay."""


def fee_refusal(session: Session, person: Person) -> FeeRefusal | None:
    from quarantine_desk.domain.money import figures
    from quarantine_desk.services.fees import bill_in
    from quarantine_desk.services.settings import option_in

    if not option_in(session, "fees_unpaid_needs_note"):
        return None
    owed = bill_in(session, person).balance
    if owed <= 0:
        return None
    return FeeRefusal(tr("còn nợ tiền ăn {amount} đồng: cho về cần ghi chú",
                         amount=figures(owed)))


def release_refusal(session: Session, person: Person, on: date) -> str | None:
    """Why this person cannot be released on that date, or None if they can."""
    stay = person.current_stay
    if stay is None or stay.released_on is not None:
        return tr("không đang cách ly")
    if on < stay.planned_release_on:
        return tr(
            "chưa đến ngày hoàn thành cách ly ({planned_release_on:%d/%m/%Y}); muốn "
            "cho về sớm phải sửa ngày dự kiến kèm lý do",
            planned_release_on=stay.planned_release_on,
        )
    reason = _test_refusal(session, person, stay, on)
    return TestRefusal(reason) if reason else None


def _test_refusal(session: Session, person: Person, stay: Stay, on: date) -> str | None:
    last_day = last_required_test_day(session, stay, person)
    latest = session.scalars(
        select(TestResult).where(TestResult.person_id == person.id, TestResult.taken_on <= on)
        .order_by(TestResult.taken_on.desc(), TestResult.id.desc())).first()
    if latest is not None and latest.result in RETEST_OUTCOMES:
        # a positive pool or an uncalled result asks for a retest, whatever the schedule
        return _retest_refusal(latest)
    if last_day:
        # the last required test, taken on its day or later (two days' grace before it):
        # the latest test, when it falls in that window
        window_start = stay.quarantine_start + timedelta(days=last_day - 3)
        if latest is not None and latest.taken_on < window_start:
            latest = None
        if latest is None:
            return tr(
                "thiếu kết quả xét nghiệm lần cuối (ngày thứ {last_day} của thời gian cách ly)",
                last_day=last_day,
            )
        if latest.result == TestOutcome.PENDING:
            return tr(
                "xét nghiệm ngày {taken_on:%d/%m/%Y} đang chờ kết quả", taken_on=latest.taken_on
            )
        if latest.result == TestOutcome.POSITIVE:
            return tr("xét nghiệm ngày {taken_on:%d/%m/%Y} dương tính", taken_on=latest.taken_on)
    return None


def _retest_refusal(test: TestResult) -> str:
    if test.result == TestOutcome.POOL_POSITIVE:
        return tr("mẫu gộp ngày {taken_on:%d/%m/%Y} dương tính; chờ xét nghiệm lại riêng",
                  taken_on=test.taken_on)
    return tr("xét nghiệm ngày {taken_on:%d/%m/%Y} chưa rõ kết quả (nghi ngờ); chờ xét "
              "nghiệm lại", taken_on=test.taken_on)


def next_certificate(session: Session, facility: Facility, year: int) -> tuple[int, str]:
    seq = (
        session.scalar(
            select(func.max(Stay.certificate_seq)).where(
                Stay.facility_id == facility.id, Stay.certificate_year == year
            )
        )
        or 0
    ) + 1
    # two digits at least, as the register numbers every other paper («01/DS-…»: Decree 30
    # writes numbers below 10 with a leading 0); certificates issued before keep theirs
    return seq, f"{seq:02d}/GXN-{facility.code}"


class ReleaseService(Service):
    """The end of a quarantine: releases, and who is due."""

    def check(self, person_ids: list[int], on: date | None = None,
              ) -> tuple[list[tuple[int, str]], list[Refusal]]:
        """Who of these could be released on that day, (id, name), and who not, with the
        reason: asked before the confirmation, so it offers only what can be done. Writes
        nothing; the release checks again in its own transaction."""
        on = on or date.today()
        can: list[tuple[int, str]] = []
        cannot: list[Refusal] = []
        with self.db.read() as session:
            for person_id in dict.fromkeys(person_ids):
                person, reason = self._refusal(session, person_id, on)
                if person is not None and reason is None:
                    reason = fee_refusal(session, person)
                if person is not None and reason is None:
                    can.append((person.id, person.full_name))
                else:
                    cannot.append(Refusal(person_id, person.full_name if person else "",
                                          reason or ""))
        return can, cannot

    def _refusal(self, session: Session, person_id: int,
                 on: date) -> tuple[Person | None, str | None]:
        """The person and why they cannot be released on that day (None: they can)."""
        person = session.get(Person, person_id)
        if person is None:
            return None, tr("không có người mang số này")
        stay = person.current_stay
        if stay is not None and not self.access.sees_facility(stay.facility_id):
            return person, tr("không thuộc cơ sở được giao cho tài khoản này")
        return person, release_refusal(session, person, on)

    def release(
        self,
        person_ids: list[int],
        on: date | None = None,
        *,
        all_or_nothing: bool = False,
        override_note: str | None = None,
        fee_note: str | None = None,
    ) -> tuple[list[Release], list[Refusal]]:
        """Release everyone allowed and list the others with the reason, in one transaction.

        With all_or_nothing, one refusal refuses the whole request and changes nothing.
        An override note releases despite a missing, pending or positive last test (never
        before the planned date); the note is kept with the stay. Only a district
        administrator may give one. A fee note releases someone who still owes for meals
        where the setting «fees_unpaid_needs_note» asks for one (any operator may).
        """
        if fee_note is not None and not fee_note.strip():
            raise FieldError("fee_note", tr("Ghi chú cho người còn nợ tiền ăn không được để "
                                            "trống."))
        self.access.require_write()
        if override_note is not None:
            self.access.require(Capability.RELEASE_EARLY)
            if not override_note.strip():
                raise ServiceError(tr("Cho về khi chưa đủ điều kiện phải ghi rõ lý do."))
        today = date.today()
        on = on or today
        if on > today:  # a release is recorded when it happens, never ahead of it
            raise FieldError("when", tr(
                "Ngày hoàn thành cách ly {on:%d/%m/%Y} chưa đến; chỉ ghi ngày hôm nay hoặc "
                "một ngày đã qua.", on=on))
        released: list[Release] = []
        refused: list[Refusal] = []
        with self.db.write() as session:
            for person_id in dict.fromkeys(person_ids):
                person, reason = self._refusal(session, person_id, on)
                if person is None:
                    refused.append(Refusal(person_id, "", reason or ""))
                    continue
                note = None
                if isinstance(reason, TestRefusal) and override_note is not None:
                    note = f"Cho về khi chưa đủ điều kiện ({reason}): {override_note.strip()}"[:300]
                elif reason is not None:
                    refused.append(Refusal(person.id, person.full_name, reason))
                    continue
                owing = fee_refusal(session, person)
                if owing is not None:
                    if fee_note is None:
                        refused.append(Refusal(person.id, person.full_name, owing))
                        continue
                    note = "; ".join(filter(None, (note, f"{owing}: {fee_note.strip()}")))[:300]
                stay = person.current_stay
                assert stay is not None
                facility = session.get(Facility, stay.facility_id, with_for_update=True)
                assert facility is not None
                seq, number = next_certificate(session, facility, on.year)
                end_stay_in_session(person, on, StayOutcome.RELEASED, note)
                stay.certificate_seq, stay.certificate_year = seq, on.year
                stay.certificate_number = number
                session.flush()
                audit(
                    session,
                    self.actor,
                    "release",
                    entity="stay",
                    entity_id=stay.id,
                    person_id=person.id,
                    after={"released_on": on, "certificate": number, "override": note},
                    summary=f"{person.full_name} hoàn thành cách ly tại {facility.code}",
                )
                released.append(Release(person.id, person.full_name, facility.code, on, number))
            if all_or_nothing and refused:
                raise ServiceError(
                    tr("Không cho về: ")
                    + "; ".join(
                        f"{r.person_id} {r.full_name}: {r.reason}".replace("  ", " ")
                        for r in refused
                    )
                )
        return released, refused

    def due_for_release(self, on: date) -> list[int]:
        """People whose planned release is on or before that date and still in quarantine."""
        query = (select(Stay.person_id).join(Person, Person.current_stay_id == Stay.id)
                 .where(*due(until=on), *self.access.facility_filter(Stay.facility_id))
                 .order_by(Stay.planned_release_on, Person.sort_key))
        with self.db.read() as session:
            return list(session.scalars(query))

    def due_counts(self, today: date) -> tuple[int, int]:
        """(stays planned to end today, open stays whose planned date has passed), in one
        pass over the open stays' index."""
        planned = Stay.planned_release_on
        query = select(func.count(case((planned == today, 1))),
                       func.count(case((planned < today, 1)))).where(
            *due(until=today), *self.access.facility_filter(Stay.facility_id))
        with self.db.read() as session:
            today_count, overdue = session.execute(query).one()
        return today_count, overdue

def due(*, since: date | None = None, until: date | None = None) -> list[ColumnElement[bool]]:
    """The one "due" condition: open stays whose planned release falls between `since` and
    `until` (either end open when None). The release list, the dashboard's counts and the
    people list's due filter all ask it."""
    where: list[ColumnElement[bool]] = [Stay.released_on.is_(None)]
    if since is not None:
        where.append(Stay.planned_release_on >= since)
    if until is not None:
        where.append(Stay.planned_release_on <= until)
    return where
