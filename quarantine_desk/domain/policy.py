"""Quarantine policy over time, kept as data with "valid from" dates.

The rule in force for an admission is the one with the latest "valid from"
not after the admission date, for the person's group; a vaccinated person
falls back to the general rule where no specific one is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from quarantine_desk.domain.enums import PolicyGroup
from quarantine_desk.i18n import QT_TR_NOOP, tr


@dataclass(frozen=True)
class PolicyRule:
    valid_from: date
    group: PolicyGroup
    days: int
    test_days: tuple[int, ...]
    home_monitoring_days: int = 0
    note: str = ""
    contact_days: int | None = None  # for a close contact, from the last contact; None: days


DEFAULT_RULES: tuple[PolicyRule, ...] = (
    PolicyRule(date(2020, 1, 1), PolicyGroup.ALL, 14, (1, 13),
               note=QT_TR_NOOP("14 ngày; xét nghiệm khi đến và trước khi kết thúc cách ly")),
    PolicyRule(date(2021, 1, 1), PolicyGroup.ALL, 14, (2, 14),
               note=QT_TR_NOOP("14 ngày; xét nghiệm trong 2 ngày đầu và ngày thứ 14")),
    PolicyRule(date(2021, 5, 5), PolicyGroup.ALL, 21, (1, 14, 20), 7,
               note=QT_TR_NOOP("21 ngày; xét nghiệm ngày 1, 14, 20; theo dõi tại nhà 7 ngày")),
    PolicyRule(date(2021, 7, 14), PolicyGroup.ALL, 14, (1, 7, 14),
               note=QT_TR_NOOP("14 ngày")),
    PolicyRule(date(2021, 8, 4), PolicyGroup.VACCINATED, 7, (1, 7), 7,
               note=QT_TR_NOOP("7 ngày cho người đã tiêm đủ liều hoặc đã khỏi bệnh")),
)


class NoPolicyError(LookupError):
    """No rule covers the date."""


def rule_for(rules: tuple[PolicyRule, ...] | list[PolicyRule], admitted_on: date,
             vaccinated: bool = False) -> PolicyRule:
    groups = [PolicyGroup.VACCINATED, PolicyGroup.ALL] if vaccinated else [PolicyGroup.ALL]
    for group in groups:
        candidates = [r for r in rules if r.group == group and r.valid_from <= admitted_on]
        if candidates:
            return max(candidates, key=lambda r: r.valid_from)
    raise NoPolicyError(tr("Không có quy định cách ly nào áp dụng cho ngày "
                           "{admitted_on:%d/%m/%Y}", admitted_on=admitted_on))


def contact_release(rule: PolicyRule, last_contact: date) -> date:
    """A close contact's quarantine starts again on the day of the last contact."""
    return last_contact + timedelta(days=rule.contact_days or rule.days)


def planned_release(rule: PolicyRule, admitted_on: date) -> date:
    """Day 1 is the day of admission; the person leaves after the last full day."""
    return admitted_on + timedelta(days=rule.days)


def day_of_quarantine(quarantine_start: date, today: date) -> int:
    """Day 1 is the first day of the quarantine (kept across transfers between sites). The
    one place the day number is computed: the daily list, the health grid and the papers."""
    return (today - quarantine_start).days + 1
