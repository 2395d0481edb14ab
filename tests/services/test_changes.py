"""Change notices: what a committed write touched reaches the database's listeners."""

from __future__ import annotations

import pytest

from quarantine_desk.services.audit import ACTION_LABELS
from quarantine_desk.services.changes import TOPICS, Changes, Topic
from quarantine_desk.services.errors import ServiceError


def test_every_action_of_the_trail_says_what_it_changes():
    assert set(TOPICS) == set(ACTION_LABELS)


def test_a_commit_tells_its_listeners_what_changed(services_with_site, db):
    heard: list[frozenset[str]] = []
    stop = db.on_commit(heard.append)
    services_with_site.settings.set_issuer_field("place", "Cần Thơ")
    assert heard == [frozenset({"setting"})]
    changes = Changes.of(heard[0])
    assert changes.topics == {Topic.SETTINGS, Topic.AUDIT}
    assert not changes.touches({Topic.PEOPLE, Topic.STAYS})

    batch = services_with_site.batches.list()[0].id
    services_with_site.allocation.allocate(batch, ["QS"])
    assert Changes.of(heard[-1]).touches({Topic.PEOPLE})
    assert Changes.of(heard[-1]).touches({Topic.FACILITIES})
    stop()
    services_with_site.settings.set_issuer_field("place", "Hậu Giang")
    assert len(heard) == 2


def test_a_refused_write_tells_nobody_and_a_failing_listener_loses_nothing(
        services_with_site, db):
    heard: list[frozenset[str]] = []
    db.on_commit(heard.append)
    with pytest.raises(ServiceError):
        services_with_site.facilities.add(code="QS", name="Trùng mã", kind="military", beds=10)
    assert heard == []

    def broken(_changes):
        raise RuntimeError("a window already closed")

    db.on_commit(broken)
    services_with_site.settings.set_issuer_field("place", "Cần Thơ")
    assert heard == [frozenset({"setting"})]
    assert services_with_site.settings.issuer().place == "Cần Thơ"


def test_an_action_nobody_mapped_changes_everything():
    assert Changes.of(["something_new"]).topics == frozenset(Topic)
