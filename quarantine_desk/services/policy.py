"""Quarantine policy as stored in the database, turned into domain rules."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import PolicyGroup
from quarantine_desk.domain.policy import PolicyRule, planned_release, rule_for
from quarantine_desk.storage.models import QuarantinePolicy


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


def planned_release_for(session: Session, admitted_on: date, vaccinated: bool) -> date:
    return planned_release(rule_for(load_rules(session), admitted_on, vaccinated), admitted_on)
