from datetime import date

import pytest

from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import PersonFilter, new_person


@pytest.fixture
def people(services, db):
    services.facilities.add(code="TQS", name="Trường Quân sự", kind="military", beds=10)
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=10)
    names = ["Nguyễn Văn Đức", "Trần Thị Hòa", "Lê Thị Thuỷ", "NGUYỄN VĂN AN", "Phạm Minh Đức"]
    ids = {}
    with db.write() as session:
        for i, name in enumerate(names):
            p = new_person(full_name=name, sex="F" if "Thị" in name else "M",
                           date_of_birth=date(1980 + i, 1, 2), id_number=f"C{1234560 + i}",
                           id_type="passport", phone=f"090000000{i}")
            session.add(p)
            session.flush()
            ids[name] = p.id
    services.admissions.admit(ids["Nguyễn Văn Đức"], "TQS", admitted_on=date(2020, 7, 29))
    services.admissions.admit(ids["Trần Thị Hòa"], "KTX", admitted_on=date(2021, 5, 10))
    return ids


@pytest.mark.parametrize("query", ["nguyen van duc", "Nguyễn Văn Đức", "NGUYEN VAN DUC", "van duc"])
def test_search_is_diacritic_and_case_insensitive(services, people, query):
    found = [r.full_name for r in services.people.list(PersonFilter(search=query))]
    assert found == ["Nguyễn Văn Đức"]


def test_search_tone_mark_placement(services, people):
    assert [r.full_name for r in services.people.list(PersonFilter(search="hoà"))] == [
        "Trần Thị Hòa"
    ]
    assert [r.full_name for r in services.people.list(PersonFilter(search="thủy"))] == [
        "Lê Thị Thuỷ"
    ]


def test_search_by_document_and_phone(services, people):
    assert [r.full_name for r in services.people.list(PersonFilter(search="c1234564"))] == [
        "Phạm Minh Đức"
    ]
    assert len(services.people.list(PersonFilter(search="0900000002"))) == 1


def test_search_wildcards_are_literal(services, people):
    assert services.people.list(PersonFilter(search="%")) == []
    assert services.people.list(PersonFilter(search="_")) == []


def test_list_sorted_by_given_name(services, people):
    assert [r.full_name for r in services.people.list()] == [
        "NGUYỄN VĂN AN", "Phạm Minh Đức", "Nguyễn Văn Đức", "Trần Thị Hòa", "Lê Thị Thuỷ",
    ]


def test_filters_and_row_shape(services, people):
    [row] = services.people.list(PersonFilter(facility="tqs"))
    assert row.to_json() == {
        "id": people["Nguyễn Văn Đức"], "full_name": "Nguyễn Văn Đức", "sex": "M",
        "date_of_birth": "1980-01-02", "birth_year": 1980, "id_number": "C1234560",
        "id_type": "passport", "nationality": None, "phone": "0900000000", "address": None,
        "batch_id": None, "status": "in_quarantine", "facility": "TQS", "room": None,
        "admitted_on": "2020-07-29", "planned_release_on": "2020-08-12", "released_on": None,
        "household": None, "quarantine_start": "2020-07-29",
        "contact_level": None, "current_address": None, "insurance_number": None,
        "vaccine_doses": None, "last_dose_on": None, "vaccine": None, "recovered_on": None,
        "arrived_on": None, "arrival_symptoms": None, "diet": None, "vaccination_status": "unknown",
    }
    arrived = services.people.list(PersonFilter(status="arrived"))
    assert len(arrived) == 3 and all(r.facility is None for r in arrived)
    assert services.people.count(PersonFilter(status="in_quarantine")) == 2


def test_release_date_follows_policy_of_the_admission_date(services, people):
    [row] = services.people.list(PersonFilter(facility="KTX"))
    assert row.planned_release_on == date(2021, 5, 31)  # 21 days from 2021-05-05


def test_unknown_status_refused(services, people):
    with pytest.raises(ServiceError, match="không hợp lệ"):
        services.people.list(PersonFilter(status="asleep"))


def test_blank_name_refused():
    with pytest.raises(ServiceError, match="Họ và tên"):
        new_person(full_name="   ")
