import pytest

from quarantine_desk.services.errors import CapacityError, ServiceError
from quarantine_desk.services.people import new_person


def test_add_and_list_with_occupancy(services):
    services.facilities.add(code="tqs-ct", name="Trường Quân sự  TP Cần Thơ", kind="military",
                            beds=3, unit="Bộ Chỉ huy Quân sự thành phố Cần Thơ")
    [view] = services.facilities.list()
    assert view.to_json() == {
        "code": "TQS-CT", "name": "Trường Quân sự TP Cần Thơ", "kind": "military",
        "unit": "Bộ Chỉ huy Quân sự thành phố Cần Thơ", "beds": 3, "occupied": 0, "free": 3,
        "status": "active",
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(code="", name="A", kind="military", beds=1), "Mã cơ sở"),
        (dict(code="A B", name="A", kind="military", beds=1), "Mã cơ sở"),
        (dict(code="A", name="  ", kind="military", beds=1), "Tên cơ sở"),
        (dict(code="A", name="A", kind="castle", beds=1), "Loại cơ sở"),
        (dict(code="A", name="A", kind="hotel", beds=0), "Số giường"),
        (dict(code="A", name="A", kind="hotel", beds=10**6), "Số giường"),
    ],
)
def test_bad_facility_is_refused_and_nothing_stored(services, kwargs, message):
    with pytest.raises(ServiceError, match=message):
        services.facilities.add(**kwargs)
    assert services.facilities.list() == []


def test_duplicate_code_refused(services):
    services.facilities.add(code="A", name="A", kind="hotel", beds=1)
    with pytest.raises(ServiceError, match="Đã có"):
        services.facilities.add(code="a", name="B", kind="hotel", beds=1)


def test_a_facility_with_rooms_has_their_beds(services, db):
    services.facilities.add(code="A", name="A", kind="school", beds=10)
    services.facilities.add_room("A", "101", 6, "M")
    assert services.facilities.list()[0].beds == 6  # typed once, on the rooms
    services.facilities.add_rooms("A", "102-103", 5)
    assert services.facilities.list()[0].beds == 16
    with pytest.raises(ServiceError, match="tổng giường các phòng"):
        services.facilities.update("A", name="A", kind="school", beds=20)
    services.facilities.update("A", name="Trường A", kind="school", beds=16)  # unchanged: fine
    # a facility with people admitted before it had rooms keeps room for them
    services.facilities.add(code="B", name="B", kind="school", beds=10)
    for _ in range(3):
        services.admissions.admit(_person(db), "B")
    services.facilities.add_room("B", "101", 2)
    assert next(f for f in services.facilities.list() if f.code == "B").beds == 3


def _person(db, **kw):
    with db.write() as session:
        p = new_person(**{"full_name": "Nguyễn Văn Đức", "sex": "M", **kw})
        session.add(p)
        session.flush()
        return p.id


def test_facility_capacity_is_a_hard_limit(services, db):
    services.facilities.add(code="A", name="A", kind="military", beds=2)
    ids = [_person(db) for _ in range(3)]
    services.admissions.admit(ids[0], "A")
    services.admissions.admit(ids[1], "A")
    with pytest.raises(CapacityError, match="hết giường"):
        services.admissions.admit(ids[2], "A")
    [view] = services.facilities.list()
    assert (view.occupied, view.free) == (2, 0)
    assert services.people.list()[0].status in {"in_quarantine", "arrived"}
    statuses = sorted(r.status for r in services.people.list())
    assert statuses == ["arrived", "in_quarantine", "in_quarantine"]


def test_room_capacity_and_sex(services, db):
    services.facilities.add(code="A", name="A", kind="military", beds=10)
    services.facilities.add_room("A", "101", 1, "F")
    services.facilities.add_room("A", "102", 3, "M")  # the facility has beds left; 101 not
    woman, man, woman2 = _person(db, sex="F"), _person(db, sex="M"), _person(db, sex="F")
    with pytest.raises(ServiceError, match="chỉ dành cho nữ"):
        services.admissions.admit(man, "A", "101")
    admission = services.admissions.admit(woman, "A", "101")
    assert admission.room == "101"
    with pytest.raises(CapacityError, match="đã đủ"):
        services.admissions.admit(woman2, "A", "101")
    with pytest.raises(ServiceError, match="đang cách ly"):
        services.admissions.admit(woman, "A")
