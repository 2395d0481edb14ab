"""Over random rooms, occupants, batches and households: no room ever holds unrelated people
of different sexes, or more people than beds, after an allocation and after single
admissions."""

import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import ArrivalBatch, Facility, Person, Room, Stay
from tests.households import mixed_rooms

ARRIVAL = date(2020, 7, 29)
SEX = st.sampled_from(["M", "F", None])

room_st = st.tuples(st.integers(1, 6), st.sampled_from(["M", "F", None, None]))
# someone already in a room: sex, household (index or none), arrived the same day or not
occupant_st = st.tuples(SEX, st.one_of(st.none(), st.integers(0, 3)), st.booleans())
person_st = st.tuples(SEX, st.one_of(st.none(), st.integers(0, 6)))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Database(str(path)).close()
    return path


def _people(session, batch_id, people, households):
    made = []
    for i, (sex, household) in enumerate(people):
        p = new_person(full_name=f"Người Số {i}", sex=sex, batch_id=batch_id)
        session.add(p)
        made.append((p, household))
    session.flush()
    for p, household in made:
        if household is not None:
            p.household_id = households[household]
    return [p.id for p, _ in made]


def _batch(session, arrival):
    batch = ArrivalBatch(kind="flight", arrival_date=arrival, created_at=datetime.now())
    session.add(batch)
    session.flush()
    return batch.id


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    layout=st.lists(st.lists(room_st, min_size=0, max_size=6), min_size=1, max_size=2),
    occupants=st.lists(occupant_st, max_size=12),
    batch=st.lists(person_st, min_size=1, max_size=30),
    split=st.booleans(),
    walk_ins=st.lists(st.tuples(person_st, st.integers(0, 20)), max_size=8),
)
def test_no_room_ever_mixes_strangers(template, layout, occupants, batch, split, walk_ins):
    from quarantine_desk.storage.models import Household

    folder = Path(tempfile.mkdtemp())
    try:
        path = folder / "qd.sqlite3"
        shutil.copy(template, path)
        db = Database(str(path))
        services = Services.open(db)
        codes = []
        for f, rooms in enumerate(layout):
            code = f"F{f}"
            beds = sum(b for b, _ in rooms) + 2  # a few beds outside rooms
            services.facilities.add(code=code, name=code, kind="military", beds=beds)
            for r, (room_beds, sex) in enumerate(rooms):
                services.facilities.add_room(code, f"{r + 1}", room_beds, sex)
            codes.append(code)
        with db.write() as session:
            households = []
            for _ in range(7):
                h = Household(source="operator", created_at=datetime.now())
                session.add(h)
                households.append(h)
            session.flush()
            households = [h.id for h in households]
            earlier = _batch(session, ARRIVAL)
            before = _people(session, earlier, [(s, h) for s, h, _ in occupants], households)
            now = _batch(session, ARRIVAL)
            _people(session, now, batch, households)
            walk_batch = _batch(session, ARRIVAL)
            walkers = _people(session, walk_batch, [p for p, _ in walk_ins], households)
        room_list = [(c, str(r + 1)) for f, c in enumerate(codes) for r in range(len(layout[f]))]
        # rooms partly occupied before, some by people admitted on another day
        for pid, (_, _, same_day) in zip(before, occupants, strict=True):
            if not room_list:
                break
            code, room = room_list[pid % len(room_list)]
            on = ARRIVAL if same_day else ARRIVAL - timedelta(days=3)
            try:
                services.admissions.admit(pid, code, room, on)
            except ServiceError:
                pass
        assert mixed_rooms(db) == []

        result = services.allocation.allocate(now, codes, ARRIVAL, split_households=split)
        assert mixed_rooms(db) == []
        assert len(result.placements) + len(result.unplaced) == len(batch)
        with db.read() as session:
            for room_id in {r for r in session.scalars(select(Stay.room_id).join(
                    Person, Person.id == Stay.person_id).where(Person.batch_id == now))}:
                days = set(session.scalars(select(Stay.admitted_on).where(
                    Stay.room_id == room_id, Stay.released_on.is_(None))))
                assert days == {ARRIVAL}  # never a room of people of another day
        for pid, (_, pick) in zip(walkers, walk_ins, strict=True):
            if not room_list:
                break
            code, room = room_list[pick % len(room_list)]
            try:
                services.admissions.admit(pid, code, room, ARRIVAL)
            except ServiceError:
                pass
        assert mixed_rooms(db) == []
        with db.read() as session:
            for room_id, beds in session.execute(select(Room.id, Room.beds)):
                n = session.scalar(select(func.count(Stay.id)).where(
                    Stay.room_id == room_id, Stay.released_on.is_(None)))
                assert n <= beds
            for facility_id, beds in session.execute(select(Facility.id, Facility.beds)):
                n = session.scalar(select(func.count(Stay.id)).where(
                    Stay.facility_id == facility_id, Stay.released_on.is_(None)))
                assert n <= beds
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
