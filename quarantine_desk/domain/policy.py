"""Quarantine policy over time, kept as data with "valid from" dates.

A rule applies from a date to a group: everyone, or the people of one vaccination status on
the day they arrived (full, partial, none, recovered; domain/vaccination.py). The rule in
force for a person is, among the rules of their groups (their status's, the older
«vaccinated» group for the fully vaccinated and the recovered, and «all»), the one with the
latest "valid from" not after the day; on the same day the more specific group wins. So a
rule for everyone issued later replaces the earlier rules for a status, as a new directive
does.
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
    # 5599/BYT-MT of 14/7/2021 (revision 0018 added the 14 days at home)
    PolicyRule(date(2021, 7, 14), PolicyGroup.ALL, 14, (1, 7, 14), 14,
               note=QT_TR_NOOP("5599/BYT-MT 14/7/2021: 14 ngày, theo dõi tại nhà 14 ngày")),
    PolicyRule(date(2021, 8, 4), PolicyGroup.VACCINATED, 7, (1, 7), 7,
               note=QT_TR_NOOP("7 ngày cho người đã tiêm đủ liều hoặc đã khỏi bệnh")),
    # 8399/BYT-MT of 6/10/2021, for arrivals, by vaccination status (revision 0018; the
    # figures as the office's request quotes them, editable on the settings page)
    PolicyRule(date(2021, 10, 6), PolicyGroup.FULL, 7, (1, 7), 7,
               note=QT_TR_NOOP("8399/BYT-MT 6/10/2021: đã tiêm đủ liều: 7 ngày, theo dõi tại "
                               "nhà 7 ngày")),
    PolicyRule(date(2021, 10, 6), PolicyGroup.RECOVERED, 7, (1, 7), 7,
               note=QT_TR_NOOP("8399/BYT-MT 6/10/2021: đã khỏi bệnh: 7 ngày, theo dõi tại "
                               "nhà 7 ngày")),
    PolicyRule(date(2021, 10, 6), PolicyGroup.PARTIAL, 7, (1, 7), 7,
               note=QT_TR_NOOP("8399/BYT-MT 6/10/2021: tiêm chưa đủ liều: 7 ngày, theo dõi tại "
                               "nhà 7 ngày")),
    PolicyRule(date(2021, 10, 6), PolicyGroup.NONE, 14, (1, 7, 14), 14,
               note=QT_TR_NOOP("8399/BYT-MT 6/10/2021: chưa tiêm: 14 ngày, theo dõi tại "
                               "nhà 14 ngày")),
)


class NoPolicyError(LookupError):
    """No rule covers the date."""


# the groups whose rules apply to a status, most specific first
_GROUPS: dict[str, tuple[PolicyGroup, ...]] = {
    "full": (PolicyGroup.FULL, PolicyGroup.VACCINATED, PolicyGroup.ALL),
    "recovered": (PolicyGroup.RECOVERED, PolicyGroup.VACCINATED, PolicyGroup.ALL),
    "partial": (PolicyGroup.PARTIAL, PolicyGroup.ALL),
    "none": (PolicyGroup.NONE, PolicyGroup.ALL),
    "unknown": (PolicyGroup.ALL,),
}


def rule_for(rules: tuple[PolicyRule, ...] | list[PolicyRule], admitted_on: date,
             status: str = "unknown") -> PolicyRule:
    """The rule in force on `admitted_on` for a person of vaccination `status` (a
    VaccinationStatus value)."""
    groups = _GROUPS.get(status, (PolicyGroup.ALL,))
    rank = {group: i for i, group in enumerate(groups)}
    candidates = [r for r in rules if r.group in rank and r.valid_from <= admitted_on]
    if not candidates:
        raise NoPolicyError(tr("Không có quy định cách ly nào áp dụng cho ngày "
                               "{admitted_on:%d/%m/%Y}", admitted_on=admitted_on))
    return max(candidates, key=lambda r: (r.valid_from, -rank[r.group]))


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
