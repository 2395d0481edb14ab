"""A positive case inside a site: its roommates become F1 with new dates, the room closes."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import PersonFilter, new_person
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import ArrivalBatch, PlannedDateChange, PositiveFinding

ARRIVAL = date(2020, 7, 29)
FOUND = ARRIVAL + timedelta(days=6)


def people(db, rows):
    """rows: (name, sex, seat)"""
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", arrival_date=ARRIVAL,
                             created_at=datetime.now())
        session.add(batch)
        session.flush()
        made = [new_person(full_name=n, sex=s, batch_id=batch.id,
                           extra={"Số ghế": seat} if seat else None) for n, s, seat in rows]
        session.add_all(made)
        session.flush()
        return {p.full_name: p.id for p in made}


@pytest.fixture
def site(services, db):
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=20)
    services.facilities.add_room("QS", "101", 4, block="A", floor="1")
    services.facilities.add_room("QS", "102", 4, block="A", floor="1")
    services.facilities.add_room("QS", "201", 4, block="A", floor="2")
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=20)
    ids = people(db, [("Nguyễn Văn Đức", "M", "12A"), ("Lê Văn Hùng", "M", "14C"),
                      ("Phạm Minh Tuấn", "M", "15A"), ("Trần Thị Lan", "F", None),
                      ("Võ Văn Bảo", "M", None)])
    stays = services.admissions
    stays.admit(ids["Lê Văn Hùng"], "QS", "101", ARRIVAL)
    stays.admit(ids["Phạm Minh Tuấn"], "QS", "101", ARRIVAL)
    services.stay_changes.transfer(ids["Phạm Minh Tuấn"], ARRIVAL + timedelta(days=2),
                           facility_code="KTX")  # left the room before the case came
    stays.admit(ids["Nguyễn Văn Đức"], "KTX", None, ARRIVAL)
    services.stay_changes.transfer(ids["Nguyễn Văn Đức"], ARRIVAL + timedelta(days=4),
                           facility_code="QS", room_code="101")
    stays.admit(ids["Trần Thị Lan"], "QS", "102", ARRIVAL)
    stays.admit(ids["Võ Văn Bảo"], "QS", "201", ARRIVAL)
    services.health.record_test(ids["Nguyễn Văn Đức"], FOUND, "pcr", "positive")
    return services, ids


def planned(services, name):
    [row] = services.people.list(PersonFilter(search=name))
    return row


def test_roommates_and_only_they_become_f1_with_new_dates(site, db):
    services, ids = site
    before = planned(services, "Lê Văn Hùng").planned_release_on
    preview = services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND)
    assert [c.full_name for c in preview.contacts] == ["Lê Văn Hùng"]
    [contact] = preview.contacts
    assert (contact.last_contact, contact.planned_release_before,
            contact.planned_release_after) == (FOUND, before, FOUND + timedelta(days=14))
    # the preview writes nothing
    assert planned(services, "Lê Văn Hùng").planned_release_on == before
    assert services.people.count(PersonFilter(contact_level="F1")) == 0

    done = services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True,
                                      hospital="Bệnh viện Đa khoa Trung ương Cần Thơ")
    assert done.applied and done.room_closed_until == FOUND + timedelta(days=1)
    hung = planned(services, "Lê Văn Hùng")
    assert (hung.planned_release_on, hung.quarantine_start, hung.contact_level) == (
        FOUND + timedelta(days=14), FOUND, "F1")
    case = planned(services, "Nguyễn Văn Đức")
    assert (case.status, case.contact_level) == ("hospital", "F0")
    assert [r.full_name for r in services.people.list(PersonFilter(contact_level="F1"))] == [
        "Lê Văn Hùng"]
    with db.read() as session:
        [change] = session.scalars(select(PlannedDateChange)).all()
    assert change.reason == "tiếp xúc với ca dương tính Nguyễn Văn Đức, phòng 101, ngày 04/08/2020"
    # the tests count again from the contact: day 1 is the contact day
    # (the others' earlier tests, never recorded in this test, are listed as overdue)
    due_today = [d for d in services.health.tests_due(FOUND) if not d.overdue]
    assert [(d.person_id, d.test_day) for d in due_today] == [(ids["Lê Văn Hùng"], 1)]
    entries = services.audit.list(action="exposure")
    assert [e.person_id for e in entries] == [ids["Lê Văn Hùng"]]
    assert services.forecast.day_summary(FOUND).cases_inside == 1  # for the daily summary
    assert services.forecast.day_summary(FOUND - timedelta(days=1)).cases_inside == 0


def test_the_case_room_refuses_admissions_until_cleaned(site, db):
    services, ids = site
    services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True)
    newcomer = people(db, [("Đặng Văn Mới", "M", None)])["Đặng Văn Mới"]
    with pytest.raises(ServiceError, match="khử khuẩn"):
        services.admissions.admit(newcomer, "QS", "101", FOUND)
    [room] = [r for r in services.facilities.rooms("QS") if r.code == "101"]
    assert room.closed_until == FOUND + timedelta(days=1)
    with pytest.raises(ServiceError, match="lý do"):
        services.facilities.reopen_room("QS", "101", " ")
    services.facilities.reopen_room("QS", "101", "đã khử khuẩn xong, có biên bản")
    assert services.admissions.admit(newcomer, "QS", "101", FOUND).room == "101"


def test_the_allocation_skips_a_room_being_cleaned(site, db):
    services, ids = site
    services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True,
                               hospital="Bệnh viện Đa khoa Trung ương Cần Thơ")
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", arrival_date=FOUND, created_at=datetime.now())
        session.add(batch)
        session.flush()
        session.add_all(new_person(full_name=f"Người Mới {i}", sex="M", batch_id=batch.id)
                        for i in range(3))
        batch_id = batch.id
    result = services.allocation.allocate(batch_id, ["QS"])
    assert "101" not in {p.room for p in result.placements}


def test_wider_scopes(site):
    services, ids = site
    floor = services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, "floor")
    assert [c.full_name for c in floor.contacts] == ["Lê Văn Hùng", "Trần Thị Lan"]
    block = services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, "block")
    assert {c.full_name for c in block.contacts} == {"Lê Văn Hùng", "Trần Thị Lan",
                                                     "Võ Văn Bảo"}
    flight = services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, "flight")
    # seat 14C is two rows from 12A; 15A is three
    assert [(c.full_name, c.last_contact) for c in flight.contacts] == [
        ("Lê Văn Hùng", ARRIVAL)]
    with pytest.raises(ServiceError, match="Phạm vi"):
        services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, "city")


def test_one_closure_day_everywhere_it_is_said(site, db, tmp_path, qapp):
    """The F0 dialog, the rooms list, a refused admission and the printed report name the same
    last day the room takes nobody (domain/rooms.py: last_closed_day)."""
    import shutil
    import subprocess

    from quarantine_desk.ui.dialogs.exposure import ExposureDialog

    services, ids = site
    last = f"{FOUND:%d/%m/%Y}"  # closed for one day: nobody that day, open the next
    dialog = ExposureDialog(services, planned(services, "Nguyễn Văn Đức"), found_on=FOUND)
    assert f"đóng để khử khuẩn đến hết ngày {last}" in dialog.note.text()
    dialog.close()
    services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True)
    newcomer = people(db, [("Đặng Văn Mới", "M", None)])["Đặng Văn Mới"]
    with pytest.raises(ServiceError) as refused:
        services.admissions.admit(newcomer, "QS", "101", FOUND)
    assert f"đến hết ngày {last}" in str(refused.value)
    if shutil.which("pdftotext"):
        paper = tmp_path / "f0.pdf"
        services.papers.make("positive-case", paper, FOUND, person_id=ids["Nguyễn Văn Đức"])
        text = " ".join(subprocess.run(["pdftotext", str(paper), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert f"không nhận người đến hết ngày {last}" in text


def test_a_case_is_recorded_once_per_quarantine(site, db):
    services, ids = site
    services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True,
                               hospital="Bệnh viện Đa khoa Trung ương Cần Thơ")
    hung = planned(services, "Lê Văn Hùng")
    with db.read() as session:
        changes = len(session.scalars(select(PlannedDateChange)).all())
    # the second time (the same desk, or another) is refused and changes nothing,
    # even on a later day and after the case went to hospital
    for day in (FOUND, FOUND + timedelta(days=1)):
        with pytest.raises(ServiceError, match="đã được ghi nhận là ca dương tính ngày "
                                               f"{FOUND:%d/%m/%Y}"):
            services.exposure.exposure(ids["Nguyễn Văn Đức"], day, apply=True)
    assert planned(services, "Lê Văn Hùng") == hung
    with db.read() as session:
        assert len(session.scalars(select(PlannedDateChange)).all()) == changes
        [finding] = session.scalars(select(PositiveFinding)).all()
    assert (finding.person_id, finding.found_on) == (ids["Nguyễn Văn Đức"], FOUND)
    assert len(services.audit.list(action="positive_case")) == 1
    assert services.forecast.day_summary(FOUND).cases_inside == 1
    assert services.forecast.day_summary(FOUND + timedelta(days=1)).cases_inside == 0
    # the preview still answers (it writes nothing)
    assert services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND).applied is False


def test_the_upgrade_reads_the_cases_already_recorded(site, db):
    """A database of before the findings: its cases come back from the trail, once each."""
    services, ids = site
    services.exposure.exposure(ids["Nguyễn Văn Đức"], FOUND, apply=True)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE positive_finding")
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0020'")
    target = db.target
    db.close()
    again = Database(target)
    try:
        with again.read() as session:
            [finding] = session.scalars(select(PositiveFinding)).all()
        assert (finding.person_id, finding.found_on) == (ids["Nguyễn Văn Đức"], FOUND)
        assert day_summary_in_db(again, FOUND) == 1
    finally:
        again.close()


def day_summary_in_db(database, on):
    from quarantine_desk.services.forecast import day_summary_in

    with database.read() as session:
        return day_summary_in(session, on).cases_inside
