"""Allocation, release, transfer, tests, health checks, planned dates, forecast."""

from datetime import date, timedelta

import pytest

from quarantine_desk.services.errors import CapacityError, ServiceError
from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.storage.models import ArrivalBatch, PlannedDateChange

ARRIVAL = date(2020, 7, 29)


def make_batch(db, people, arrival=ARRIVAL):
    """people: (name, sex, address) tuples; returns (batch id, person ids)."""
    from datetime import datetime

    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", arrival_date=arrival,
                             created_at=datetime.now())
        session.add(batch)
        session.flush()
        made = [new_person(full_name=n, sex=s, address=a, batch_id=batch.id,
                           date_of_birth=date(1980, 1, 1)) for n, s, a in people]
        session.add_all(made)
        session.flush()
        return batch.id, [p.id for p in made]


@pytest.fixture
def site(services):
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=10)
    services.facilities.add_room("QS", "101", 4, "M")
    services.facilities.add_room("QS", "102", 4, "F")
    services.facilities.add_room("QS", "103", 2)
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=6)
    services.facilities.add_room("KTX", "201", 6)
    return services


def placements(result):
    return {p.full_name: (p.facility, p.room) for p in result.placements}


def test_allocation_respects_sex_rooms_households_and_order(site, db):
    batch, ids = make_batch(db, [
        ("Nguyễn Văn A", "M", "Số 1 Ninh Kiều"), ("Nguyễn Thị B", "F", "Số 1 Ninh Kiều"),
        ("Nguyễn Văn C", "M", "Số 1 Ninh Kiều"),  # a family of three, mixed sexes
        ("Trần Văn D", "M", None), ("Lê Văn E", "M", None),
        ("Phạm Thị F", "F", None), ("Võ Thị G", "F", None),
    ])
    site.households.join(ids[:3])
    preview = site.allocation.allocate(batch, ["QS", "KTX"], commit=False)
    assert not preview.committed and len(preview.placements) == 7
    assert site.people.count(PersonFilter(status="in_quarantine")) == 0  # nothing written

    result = site.allocation.allocate(batch, ["QS", "KTX"])
    where = placements(result)
    family = {where[n] for n in ("Nguyễn Văn A", "Nguyễn Thị B", "Nguyễn Văn C")}
    assert family == {("KTX", "201")}  # no undesignated room of QS takes three
    assert where["Trần Văn D"][1] == "101" and where["Lê Văn E"][1] == "101"
    assert where["Phạm Thị F"] == ("QS", "102") and where["Võ Thị G"] == ("QS", "102")
    assert result.to_json() == {"allocated": 7, "unallocated": 0,
                                "per_facility": {"KTX": 3, "QS": 4}, "households": 1,
                                "unplaced": []}
    rows = site.people.list(PersonFilter(status="in_quarantine"))
    assert {r.planned_release_on for r in rows} == {ARRIVAL + timedelta(days=14)}


def test_allocation_never_mixes_arrival_dates_and_lists_what_does_not_fit(site, db):
    first, _ = make_batch(db, [("Trần Văn D", "M", None)])
    site.allocation.allocate(first, ["QS"])
    later, _ = make_batch(db, [(f"Lê Văn {c}", "M", None) for c in "HIKLMNOPQ"],
                          arrival=ARRIVAL + timedelta(days=2))
    result = site.allocation.allocate(later, ["QS"])
    rooms = {r for _, r in placements(result).values()}
    assert "101" not in rooms  # occupied by an earlier arrival
    assert rooms == {"103"} and len(result.placements) == 2
    assert len(result.unplaced) == 7 and result.unplaced[0].reason
    [qs] = [f for f in site.facilities.list() if f.code == "QS"]
    assert qs.occupied == 3 <= qs.beds


def test_allocation_refuses_unknown_batch_and_facility(site, db):
    with pytest.raises(ServiceError, match="Không có đợt"):
        site.allocation.allocate(999)
    batch, _ = make_batch(db, [("Trần Văn D", "M", None)])
    with pytest.raises(ServiceError, match="Không có cơ sở"):
        site.allocation.allocate(batch, ["NOPE"])
    assert site.people.count(PersonFilter(status="in_quarantine")) == 0


def admitted(site, db, name="Nguyễn Văn Đức", on=ARRIVAL):
    batch, [pid] = make_batch(db, [(name, "M", None)], arrival=on)
    site.allocation.allocate(batch, ["QS"])
    return pid


def test_release_needs_the_last_test_negative(site, db):
    pid = admitted(site, db)
    due = ARRIVAL + timedelta(days=14)
    released, refused = site.releases.release([pid], due)
    assert not released and "thiếu kết quả xét nghiệm" in refused[0].reason
    site.health.record_test(pid, ARRIVAL + timedelta(days=12), "pcr", "pending")
    _, refused = site.releases.release([pid], due)
    assert "đang chờ kết quả" in refused[0].reason
    site.health.record_test(pid, ARRIVAL + timedelta(days=12), "pcr", "negative")
    _, refused = site.releases.release([pid], due - timedelta(days=1))
    assert "chưa đến ngày" in refused[0].reason
    released, refused = site.releases.release([pid], due)
    assert refused == [] and released[0].certificate_number == "01/GXN-QS"
    [row] = site.people.list(PersonFilter(status="released"))
    assert row.released_on == due
    other = admitted(site, db, "Lê Văn Hai")
    site.health.record_test(other, ARRIVAL + timedelta(days=13), "pcr", "negative")
    assert site.releases.release([other], due)[0][0].certificate_number == "02/GXN-QS"


def test_release_all_or_nothing_changes_nothing(site, db):
    ok = admitted(site, db)
    site.health.record_test(ok, ARRIVAL + timedelta(days=13), "pcr", "negative")
    missing = admitted(site, db, "Lê Văn Thiếu")
    with pytest.raises(ServiceError, match="Lê Văn Thiếu"):
        site.releases.release([ok, missing], ARRIVAL + timedelta(days=14), all_or_nothing=True)
    assert site.people.count(PersonFilter(status="released")) == 0


def test_positive_goes_to_hospital_and_frees_the_bed(site, db):
    pid = admitted(site, db)
    site.health.record_test(pid, ARRIVAL + timedelta(days=2), "antigen", "positive")
    site.stay_changes.transfer(pid, ARRIVAL + timedelta(days=2),
                               hospital="Bệnh viện Đa khoa TP Cần Thơ")
    [row] = site.people.list(PersonFilter(status="hospital"))
    assert row.released_on == ARRIVAL + timedelta(days=2)
    assert next(f for f in site.facilities.list() if f.code == "QS").occupied == 0


def test_transfer_between_facilities_keeps_history_and_release_date(site, db):
    pid = admitted(site, db)
    site.stay_changes.transfer(pid, ARRIVAL + timedelta(days=3), facility_code="KTX")
    [row] = site.people.list(PersonFilter(status="in_quarantine"))
    assert (row.facility, row.admitted_on, row.planned_release_on) == (
        "KTX", ARRIVAL + timedelta(days=3), ARRIVAL + timedelta(days=14))
    from sqlalchemy import select

    from quarantine_desk.storage.models import Stay
    with db.read() as session:
        stays = session.execute(select(Stay.outcome, Stay.released_on).where(
            Stay.person_id == pid).order_by(Stay.id)).all()
    assert stays == [("transferred", ARRIVAL + timedelta(days=3)), (None, None)]
    with pytest.raises(ServiceError):
        site.stay_changes.transfer(pid, ARRIVAL + timedelta(days=4))


def test_transfer_into_a_full_facility_is_refused_and_changes_nothing(site, db):
    site.facilities.add(code="NHO", name="Nhỏ", kind="hotel", beds=1)
    site.admissions.admit(admitted_elsewhere(site, db), "NHO", admitted_on=ARRIVAL)
    pid = admitted(site, db)
    with pytest.raises(CapacityError):
        site.stay_changes.transfer(pid, ARRIVAL + timedelta(days=1), facility_code="NHO")
    [row] = site.people.list(PersonFilter(search="Nguyễn Văn Đức"))
    assert (row.status, row.facility) == ("in_quarantine", "QS")


def admitted_elsewhere(site, db):
    _, [pid] = make_batch(db, [("Người Khác", "F", None)])
    return pid


def test_planned_date_change_needs_reason_and_keeps_history(site, db):
    pid = admitted(site, db)
    with pytest.raises(ServiceError, match="lý do"):
        site.stay_changes.change_planned_date(pid, ARRIVAL + timedelta(days=21), "  ")
    site.stay_changes.change_planned_date(pid, ARRIVAL + timedelta(days=21),
                                          "Tiếp xúc ca dương tính")
    [row] = site.people.list()
    assert row.planned_release_on == ARRIVAL + timedelta(days=21)
    with db.read() as session:
        [change] = session.query(PlannedDateChange).all()
    assert (change.old_date, change.new_date, change.reason) == (
        ARRIVAL + timedelta(days=14), ARRIVAL + timedelta(days=21), "Tiếp xúc ca dương tính")


def test_health_checks_flag_fever_and_refuse_nonsense(site, db):
    pid = admitted(site, db)
    assert site.health.record_check(pid, ARRIVAL, 37.5, "ho").fever
    assert not site.health.record_check(pid, ARRIVAL + timedelta(days=1), 36.8).fever
    assert not site.health.record_check(pid, ARRIVAL, 36.6).fever  # corrected, same day
    for bad in (30.0, 45.1):
        with pytest.raises(ServiceError, match="không hợp lệ"):
            site.health.record_check(pid, ARRIVAL, bad)
    with pytest.raises(ServiceError, match="tương lai"):
        site.health.record_check(pid, date.today() + timedelta(days=1), 37.0)


def test_tests_due_follow_the_policy(site, db):
    pid = admitted(site, db)  # 2020: tests on days 1 and 13
    assert [t.person_id for t in site.health.tests_due(ARRIVAL)] == [pid]
    # the day-1 test never taken stays on the list, marked overdue, until it is
    [late] = site.health.tests_due(ARRIVAL + timedelta(days=5))
    assert late.overdue and late.test_day == 1 and late.due_on == ARRIVAL
    site.health.record_test(pid, ARRIVAL + timedelta(days=5), "pcr", "negative")
    assert site.health.tests_due(ARRIVAL + timedelta(days=5)) == []
    [due] = site.health.tests_due(ARRIVAL + timedelta(days=12))
    assert not due.overdue
    assert due.day == 13 and due.facility == "QS"
    site.health.record_test(pid, ARRIVAL + timedelta(days=12), "pcr", "negative")
    assert site.health.tests_due(ARRIVAL + timedelta(days=12)) == []


def test_forecast_frees_beds_on_planned_release_and_counts_arrivals(site, db):
    today = date.today()
    batch, _ = make_batch(db, [("Nguyễn Văn A", "M", None)], arrival=today - timedelta(days=10))
    site.allocation.allocate(batch)  # planned release: today + 4
    make_batch(db, [("Lê Văn B", "M", None), ("Lê Văn C", "M", None)],
               arrival=today + timedelta(days=2))
    days = site.forecast.forecast(7)
    assert [d.occupied for d in days] == [1, 1, 1, 1, 0, 0, 0]
    assert days[2].arriving == 2 and days[0].beds == 16
    assert days[4].free_by_facility == {"KTX": 6, "QS": 10}
    assert site.forecast.where_to_put(12, today + timedelta(days=5)) == {"QS": 10, "KTX": 2}
    with pytest.raises(ServiceError, match="không đủ"):
        site.forecast.where_to_put(17, today + timedelta(days=5))


def test_override_release_only_for_tests_and_needs_a_note(site, db):
    pid = admitted(site, db)
    due = ARRIVAL + timedelta(days=14)
    with pytest.raises(ServiceError, match="lý do"):
        site.releases.release([pid], due, override_note=" ")
    _, refused = site.releases.release([pid], due - timedelta(days=1), override_note="x")
    assert "chưa đến ngày" in refused[0].reason  # an override never releases early
    released, refused = site.releases.release([pid], due, override_note="Âm tính tại bệnh viện")
    assert refused == [] and released[0].certificate_number == "01/GXN-QS"


def test_a_quarantine_continues_across_a_transfer(site, db, tmp_path):
    """Day numbers, test days, the daily list and the certificate count from the first day."""
    pid = admitted(site, db)
    site.health.record_test(pid, ARRIVAL, "pcr", "negative")  # the arrival test, day 1
    moved_on = ARRIVAL + timedelta(days=9)  # day 10
    site.stay_changes.transfer(pid, moved_on, facility_code="KTX")
    [row] = site.people.list(PersonFilter(search="Nguyễn Văn Đức"))
    assert (row.quarantine_start, row.admitted_on) == (ARRIVAL, moved_on)
    assert row.to_json()["quarantine_start"] == ARRIVAL.isoformat()
    assert row.planned_release_on == ARRIVAL + timedelta(days=14)
    # no arrival test again at the new facility; the last one on day 13 of the quarantine
    assert site.health.tests_due(moved_on) == []
    [due] = site.health.tests_due(ARRIVAL + timedelta(days=12))
    assert due.day == 13
    [listed] = site.reports.daily_list(ARRIVAL + timedelta(days=12))
    assert (listed.day, listed.quarantine_start, listed.admitted_on) == (13, ARRIVAL, moved_on)
    [check] = site.health.checks_for("KTX", ARRIVAL + timedelta(days=12))
    assert check.day == 13
    site.health.record_test(pid, ARRIVAL + timedelta(days=12), "pcr", "negative")
    released, refused = site.releases.release([pid], ARRIVAL + timedelta(days=14))
    assert refused == [] and len(released) == 1
    [cert] = site.reports.certificates(released_on=ARRIVAL + timedelta(days=14))
    assert cert.admitted_on == ARRIVAL
    assert [t[0] for t in cert.tests] == [ARRIVAL, ARRIVAL + timedelta(days=12)]
    assert [name for name, _ in cert.places] == ["Trường Quân sự", "Ký túc xá"]


def test_due_counts_are_one_pass_over_the_open_stays(services_with_site):
    from datetime import timedelta

    from tests.conftest import ARRIVED

    batch = services_with_site.batches.list()[0].id
    services_with_site.allocation.allocate(batch, ["QS"], ARRIVED)
    releases = services_with_site.releases
    planned = {r.planned_release_on for r in services_with_site.people.list()}
    [day] = planned
    assert releases.due_counts(day) == (3, 0)
    assert releases.due_counts(day + timedelta(days=1)) == (0, 3)
    assert releases.due_counts(day - timedelta(days=1)) == (0, 0)
    assert len(releases.due_for_release(day)) == 3
