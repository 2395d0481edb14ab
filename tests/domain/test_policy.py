from datetime import date

import pytest

from quarantine_desk.domain.policy import (
    DEFAULT_RULES,
    NoPolicyError,
    day_of_quarantine,
    planned_release,
    rule_for,
)


@pytest.mark.parametrize(
    ("admitted", "status", "days", "home"),
    [
        (date(2020, 7, 29), "unknown", 14, 0),
        (date(2021, 5, 4), "full", 14, 0),
        (date(2021, 5, 5), "unknown", 21, 7),
        (date(2021, 7, 13), "none", 21, 7),
        (date(2021, 7, 14), "unknown", 14, 14),  # 5599/BYT-MT
        (date(2021, 8, 3), "full", 14, 14),  # the 7-day rule starts on 2021-08-04
        (date(2021, 8, 4), "full", 7, 7),
        (date(2021, 8, 4), "recovered", 7, 7),
        (date(2021, 8, 4), "partial", 14, 14),
        (date(2021, 8, 4), "unknown", 14, 14),
        # 8399/BYT-MT of 6/10/2021, by status
        (date(2021, 10, 6), "full", 7, 7),
        (date(2021, 10, 6), "recovered", 7, 7),
        (date(2021, 10, 6), "partial", 7, 7),
        (date(2021, 10, 6), "none", 14, 14),
        (date(2021, 10, 6), "unknown", 14, 14),  # nothing known: the rule for everyone
    ],
)
def test_days_in_force(admitted, status, days, home):
    rule = rule_for(DEFAULT_RULES, admitted, status)
    assert (rule.days, rule.home_monitoring_days) == (days, home)


def test_a_later_rule_for_everyone_replaces_the_earlier_rules_for_a_status():
    from quarantine_desk.domain.enums import PolicyGroup
    from quarantine_desk.domain.policy import PolicyRule

    later = (*DEFAULT_RULES, PolicyRule(date(2022, 3, 15), PolicyGroup.ALL, 0, ()))
    assert rule_for(later, date(2022, 3, 15), "full").days == 0
    assert rule_for(later, date(2022, 3, 14), "full").days == 7


def test_release_date_and_day_count():
    rule = rule_for(DEFAULT_RULES, date(2020, 7, 29))
    assert planned_release(rule, date(2020, 7, 29)) == date(2020, 8, 12)
    assert day_of_quarantine(date(2020, 7, 29), date(2020, 7, 29)) == 1
    assert rule_for(DEFAULT_RULES, date(2021, 6, 1)).test_days == (1, 14, 20)


def test_no_rule_before_the_first():
    with pytest.raises(NoPolicyError):
        rule_for(DEFAULT_RULES, date(2019, 12, 31))
