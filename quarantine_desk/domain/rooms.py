"""Who may share a room: the safety rule of a centralized quarantine site.

People of different sexes share a room only when they are one household (a family
travelling together). A person whose sex is not known shares only with their own
household. Rooms set aside for men or women take only that sex. Pure rules, no SQL:
the allocation and the single admission both ask these.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

# the key of someone who is in no household: nobody else has it
_ALONE = object()


class RoomMix:
    """The sexes in a room, counted per household, so a newcomer is checked at once."""

    __slots__ = ("total", "by_household")

    def __init__(self) -> None:
        self.total: Counter[str | None] = Counter()
        self.by_household: dict[int, Counter[str | None]] = {}

    def __len__(self) -> int:
        return sum(self.total.values())

    def add(self, sex: str | None, household_id: int | None) -> None:
        self.total[sex] += 1
        if household_id is not None:
            self.by_household.setdefault(household_id, Counter())[sex] += 1

    def others(self, household_id: int | None) -> set[str | None]:
        """The sexes of the occupants who are not of this household."""
        own = self.by_household.get(household_id) if household_id is not None else None
        if own is None:
            return {s for s, n in self.total.items() if n > 0}
        return {s for s, n in self.total.items() if n - own.get(s, 0) > 0}

    def accepts(self, sex: str | None, household_id: int | None) -> bool:
        """Whether this person may join: everyone outside their household is of their sex."""
        others = self.others(household_id)
        return not others or (sex is not None and others == {sex})

    def sexes(self) -> set[str | None]:
        return {s for s, n in self.total.items() if n > 0}


def may_share(sex_a: str | None, household_a: int | None,
              sex_b: str | None, household_b: int | None) -> bool:
    """The rule for one pair of people in one room."""
    if household_a is not None and household_a == household_b:
        return True
    return sex_a is not None and sex_a == sex_b


def designated_refuses(room_sex: str | None, sex: str | None) -> bool:
    """A room set aside for one sex refuses the other, and anyone whose sex is unknown."""
    return room_sex is not None and sex != room_sex


def last_closed_day(closed_until: date) -> date:
    """The last day a room closed for cleaning takes nobody: it opens again on `closed_until`
    (stored as the first day it takes people). The one rule behind every sentence about a
    closure: the F0 dialog, the room list, a refused admission, the allocation's reason and
    the positive-case report all say «đến hết ngày» this day."""
    return closed_until - timedelta(days=1)
