"""Quarantine policy as stored in the database, turned into domain rules."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import PolicyGroup
from quarantine_desk.domain.policy import PolicyRule, planned_release, rule_for
from quarantine_desk.domain.vaccination import Thresholds, Vaccination, status_on
from quarantine_desk.storage.models import Person, QuarantinePolicy


def load_rules(session: Session) -> list[PolicyRule]:
    """The rules, read once per session: an allocation or a release of hundreds of people
    asks for them once per person."""
    cached = session.info.get("policy_rules")
    if cached is not None:
        return cached
    rows = session.scalars(select(QuarantinePolicy).order_by(QuarantinePolicy.valid_from))
    rules = [
        PolicyRule(
            valid_from=r.valid_from,
            group=PolicyGroup(r.group_name),
            days=r.days,
            test_days=tuple(int(d) for d in r.test_days.split(",") if d.strip()),
            home_monitoring_days=r.home_monitoring_days,
            contact_days=r.contact_days,
            note=r.note or "",
        )
        for r in rows
    ]
    session.info["policy_rules"] = rules
    return rules


def planned_release_for(session: Session, admitted_on: date, status: str) -> date:
    return planned_release(rule_for(load_rules(session), admitted_on, status), admitted_on)


def thresholds(session: Session) -> Thresholds:
    """When doses and a recovery count, as the settings say (read once per session)."""
    from quarantine_desk.services.settings import option_in  # settings reads the rules here

    cached = session.info.get("vaccination_thresholds")
    if cached is None:
        cached = session.info["vaccination_thresholds"] = Thresholds(
            option_in(session, "vaccine_full_after_days"),
            option_in(session, "vaccine_full_for_months"),
            option_in(session, "recovered_for_months"))
    return cached


# what status_of reads of a person, for queries that select columns
VACCINATION_COLUMNS = (Person.vaccine_doses, Person.last_dose_on, Person.vaccine,
                       Person.recovered_on, Person.arrived_on, Person.fully_vaccinated)


def vaccination(person: Any) -> Vaccination:
    """A person's record (a Person, or a row with its four columns)."""
    return Vaccination(person.vaccine_doses, person.last_dose_on, person.vaccine,
                       person.recovered_on)


def status_of(person: Any, on: date, limits: Thresholds) -> str:
    """The vaccination status the rules go by: on the day the person arrived (their own
    `arrived_on` when the list gave one, else `on`, the start of their quarantine). A person
    marked fully vaccinated before the record existed, with nothing written, counts as full."""
    return status_that_day(person, person.arrived_on or on, limits)


def status_that_day(person: Any, day: date, limits: Thresholds) -> str:
    """The vaccination status on `day` (the people list and its export show today's)."""
    record = vaccination(person)
    if record.empty:
        return "full" if getattr(person, "fully_vaccinated", False) else "unknown"
    return status_on(record, day, limits).value


def rule_of(session: Session, person: Any, on: date) -> PolicyRule:
    """The rule in force for this person for a quarantine starting `on`."""
    return rule_for(load_rules(session), on, status_of(person, on, thresholds(session)))
