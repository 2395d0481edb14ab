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
    ("admitted", "vaccinated", "days"),
    [
        (date(2020, 7, 29), False, 14),
        (date(2021, 5, 4), False, 14),
        (date(2021, 5, 5), False, 21),
        (date(2021, 7, 13), False, 21),
        (date(2021, 7, 14), False, 14),
        (date(2021, 8, 3), True, 14),  # the 7-day rule starts on 2021-08-04
        (date(2021, 8, 4), True, 7),
        (date(2021, 8, 4), False, 14),
    ],
)
def test_days_in_force(admitted, vaccinated, days):
    assert rule_for(DEFAULT_RULES, admitted, vaccinated).days == days


def test_release_date_and_day_count():
    rule = rule_for(DEFAULT_RULES, date(2020, 7, 29))
    assert planned_release(rule, date(2020, 7, 29)) == date(2020, 8, 12)
    assert day_of_quarantine(date(2020, 7, 29), date(2020, 7, 29)) == 1
    assert rule_for(DEFAULT_RULES, date(2021, 6, 1)).test_days == (1, 14, 20)


def test_no_rule_before_the_first():
    with pytest.raises(NoPolicyError):
        rule_for(DEFAULT_RULES, date(2019, 12, 31))
