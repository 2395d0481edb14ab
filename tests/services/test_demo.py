from datetime import date

from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.people import PersonFilter


def test_demo_is_realistic_and_loaded_once(services, db):
    result = load_demo(db, today=date(2026, 11, 22))
    assert result.created and result.people >= 200
    facilities = services.facilities.list()
    assert sum(f.kind == "military" for f in facilities) >= 2
    assert all(f.occupied <= f.beds for f in facilities)
    batches = services.batches.list()
    flights = {(b.reference, b.origin) for b in batches if b.kind == "flight"}
    assert {o for _, o in flights} >= {"Brunei", "Indonesia"}
    assert any(b.kind == "illegal_entry" and b.detecting_unit for b in batches)
    counts = services.people.status_counts()
    assert counts["in_quarantine"] > 100 and counts["released"] > 50
    assert counts.get("arrived", 0) > 0

    again = load_demo(db)
    assert not again.created
    assert services.people.count(PersonFilter()) == result.people
    assert len(services.facilities.list()) == len(facilities)


def test_demo_never_mixes_arrival_dates_in_a_room(services, db):
    load_demo(db, today=date(2026, 11, 22))
    rows = services.people.list()
    by_room: dict[tuple[str, str], set[date]] = {}
    for r in rows:
        if r.room and r.released_on is None:
            by_room.setdefault((r.facility, r.room), set()).add(r.admitted_on)
    assert by_room and all(len(dates) == 1 for dates in by_room.values())
