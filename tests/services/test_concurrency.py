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
            services.stays.admit(person_id, "A")
            admitted += 1
        except CapacityError:
            refused += 1
    database.close()
    results.put((admitted, refused))


def test_parallel_admissions_never_overfill(db, db_path):
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
                    args=(str(db_path), ids[i * PER_WORKER:(i + 1) * PER_WORKER], start, results))
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
