"""Several processes admitting into the same facility at once never overfill it."""

import multiprocessing as mp

from quarantine_desk.services import Services
from quarantine_desk.services.errors import CapacityError
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.db import Database

BEDS = 15
PER_WORKER = 20
WORKERS = 3


def _worker(path: str, ids: list[int], start, results) -> None:  # noqa: ANN001
    database = Database(path)
    services = Services.open(database)
    start.wait()
    admitted = refused = 0
    for person_id in ids:
        try:
            services.admissions.admit(person_id, "A")
            admitted += 1
        except CapacityError:
            refused += 1
    database.close()
    results.put((admitted, refused))


def test_parallel_admissions_never_overfill(db):
    services = Services.open(db)
    services.facilities.add(code="A", name="A", kind="military", beds=BEDS)
    with db.write() as session:
        people = [new_person(full_name=f"Người Thứ {i}") for i in range(WORKERS * PER_WORKER)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(WORKERS)
    results = ctx.Queue()
    procs = [
        ctx.Process(target=_worker,
                    args=(db.target, ids[i * PER_WORKER:(i + 1) * PER_WORKER], start, results))
        for i in range(WORKERS)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(a for a, _ in outcomes) == BEDS
    assert sum(r for _, r in outcomes) == WORKERS * PER_WORKER - BEDS
    [view] = services.facilities.list()
    assert view.occupied == BEDS


ROUNDS = 3


def test_two_desks_allocating_batches_into_one_facility(db):
    """Two command-line processes allocate two batches into the last beds at once, in
    several rounds; every round ends with exactly the beds filled, never more."""
    import json
    import os
    import subprocess
    import sys
    from datetime import date, datetime

    from quarantine_desk.storage.models import ArrivalBatch

    services = Services.open(db)
    env = {**os.environ, "QUARANTINE_DESK_DB": db.target}
    for round_no in range(ROUNDS):
        code = f"A{round_no}"
        services.facilities.add(code=code, name=code, kind="military", beds=BEDS)
        batches = []
        with db.write() as session:
            for flight in ("VN5087", "VN5089"):
                batch = ArrivalBatch(kind="flight", reference=f"{flight}-{round_no}",
                                     arrival_date=date(2020, 8, 1), created_at=datetime.now())
                session.add(batch)
                session.flush()
                session.add_all(new_person(full_name=f"Hành Khách {flight} {i}",
                                           batch_id=batch.id) for i in range(12))
                batches.append(batch.id)
        procs = [subprocess.Popen([sys.executable, "-m", "quarantine_desk", "allocate",
                                   "--batch", str(b), "--facility", code, "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                  env=env)
                 for b in batches]
        results = []
        for p in procs:
            out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err
            results.append(json.loads(out))
        assert sum(r["allocated"] for r in results) == BEDS
        assert sum(r["unallocated"] for r in results) == 24 - BEDS
        view = next(v for v in services.facilities.list() if v.code == code)
        assert view.occupied == BEDS


def _sampler(path: str, day, start, results) -> None:  # noqa: ANN001
    from quarantine_desk.services.errors import ServiceError

    database = Database(path)
    services = Services.open(database)
    plan = services.sampling.plan("S", day)
    start.wait()
    try:
        services.sampling.save(plan)
        results.put("saved")
    except ServiceError:
        results.put("refused")
    database.close()


def test_desks_saving_the_same_sampling_round_at_once_save_it_once(db):
    """Issue 28: each desk planned the day's round; one round is saved, the others are
    refused whole, and everyone has one pending test and one tube code."""
    from datetime import date

    from sqlalchemy import func, select

    from quarantine_desk.storage.models import SampleTube, SamplingRound, TestResult

    day = date(2021, 11, 20)
    services = Services.open(db)
    services.facilities.add(code="S", name="S", kind="military", beds=30)
    services.facilities.add_rooms("S", "1-5", 6)
    with db.write() as session:
        people = [new_person(full_name=f"Người Thứ {i}", sex="M") for i in range(24)]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    for person_id in ids:
        services.admissions.admit(person_id, "S", None, day)
    ctx = mp.get_context("spawn")
    start = ctx.Barrier(WORKERS)
    results = ctx.Queue()
    procs = [ctx.Process(target=_sampler, args=(db.target, day, start, results))
             for _ in range(WORKERS)]
    for p in procs:
        p.start()
    outcomes = sorted(results.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert outcomes == ["refused"] * (WORKERS - 1) + ["saved"]
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(SamplingRound)) == 1
        assert session.scalar(select(func.count()).select_from(TestResult)) == 24
        codes = session.scalars(select(SampleTube.code)).all()
        assert len(codes) == len(set(codes)) == 5
