"""What a committed change touched, for whoever shows data to say whether it is stale.

Every write goes through a service that writes its entry in the audit trail in the
same transaction; `access.audit` also notes the entry's action on the session, and
the database hands the actions of each committed transaction to its listeners
(`Database.on_commit`). `Changes.of(actions)` turns them into topics: a page that
shows people and beds watches PEOPLE, STAYS and FACILITIES, and is left alone when
only the settings changed. (Anki's "operation changes" are the model.)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    PEOPLE = "people"  # who they are, their status, their households
    STAYS = "stays"  # who is where, planned dates, releases
    FACILITIES = "facilities"  # facilities, rooms, beds taken and free
    BATCHES = "batches"  # arrivals, announcements, beds held
    HEALTH = "health"  # tests and temperatures
    PAPERS = "papers"  # the register of outgoing papers
    SETTINGS = "settings"  # the issuing office, signers, policy, options
    ACCOUNTS = "accounts"
    AUDIT = "audit"  # the trail itself: every change


P, S, F, B, H = Topic.PEOPLE, Topic.STAYS, Topic.FACILITIES, Topic.BATCHES, Topic.HEALTH
EVERYTHING = frozenset(Topic)

# What each action of the audit trail changes (services/audit.py names them for people).
TOPICS: dict[str, frozenset[Topic]] = {
    "login": frozenset({Topic.ACCOUNTS}),
    "login_failed": frozenset({Topic.ACCOUNTS}),
    "import": frozenset({P, B}),
    "admit": frozenset({P, S, F}),
    "allocate": frozenset({P, S, F, B}),
    "release": frozenset({P, S, F, Topic.PAPERS}),
    "transfer": frozenset({P, S, F}),
    "abscond": frozenset({P, S, F}),
    "planned_date": frozenset({S}),
    "test": frozenset({H, S}),
    "sampling_round": frozenset({H, S}),
    "fee_payment": frozenset({P}),
    "fee_exemption": frozenset({P}),
    "health_check": frozenset({H}),
    "person_edit": frozenset({P}),
    "person_merge": frozenset({P}),
    "facility_add": frozenset({F}),
    "facility_edit": frozenset({F}),
    "room_add": frozenset({F}),
    "room_reopen": frozenset({F}),
    "household_join": frozenset({P}),
    "household_leave": frozenset({P}),
    "positive_case": frozenset({P, S, F, H}),
    "exposure": frozenset({P, S, F, H}),
    "batch_announce": frozenset({B, F}),
    "hold_lift": frozenset({B, F}),
    "register": frozenset({P, S, F, B}),
    "setting": frozenset({Topic.SETTINGS}),
    "user_add": frozenset({Topic.ACCOUNTS}),
    "user_edit": frozenset({Topic.ACCOUNTS}),
    "user_disable": frozenset({Topic.ACCOUNTS}),
    "user_enable": frozenset({Topic.ACCOUNTS}),
    "user_password": frozenset({Topic.ACCOUNTS}),
    "print": frozenset({Topic.PAPERS}),
    "export": frozenset(),
    "backup": frozenset(),
    "encrypt": frozenset(),
    "restore": EVERYTHING,
    "demo_load": EVERYTHING,
}


@dataclass(frozen=True)
class Changes:
    """The topics one committed transaction (or several) changed."""

    topics: frozenset[Topic]

    @classmethod
    def of(cls, actions: Iterable[str]) -> Changes:
        """An action nobody has mapped yet is taken to change everything."""
        topics: set[Topic] = set()
        for action in actions:
            topics |= TOPICS.get(action, EVERYTHING) | {Topic.AUDIT}
        return cls(frozenset(topics))

    def touches(self, watched: Iterable[Topic]) -> bool:
        return not self.topics.isdisjoint(watched)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.topics | other.topics)


ALL = Changes(EVERYTHING)
