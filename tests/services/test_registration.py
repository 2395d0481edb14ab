"""Registering people at the desk, announced batches and the beds held for them."""

from datetime import date, datetime, timedelta

import pytest

from quarantine_desk.services.errors import CapacityError, FieldError, ServiceError
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.services.registration import HandOver, NewPerson
from tests.households import mixed_rooms

ON = datetime(2021, 3, 2, 21, 30)


@pytest.fixture
def site(services):
    services.facilities.add(code="TD-932", name="Trung đoàn 932", kind="military", beds=10)
    services.facilities.add_room("TD-932", "1", 4)
    services.facilities.add_room("TD-932", "2", 4)
    services.facilities.add_room("TD-932", "3", 2)
    return services


def handover():
    return HandOver(kind="illegal_entry", arrived_at=ON,
                    detecting_unit="Đồn Biên phòng Vĩnh Xương", detected_at="Ấp 3, xã Vĩnh Xương",
                    route="đường mòn qua biên giới", handed_over_by="Thiếu tá Lê Văn Bình")


def test_a_group_is_registered_and_admitted_in_one_go(site, db):
    people = [
        NewPerson(full_name="nguyễn văn an", sex="Nam", birth="1990", id_number="092090000123"),
        NewPerson(full_name="Không rõ tên", description="nữ, khoảng 30 tuổi, áo xanh", sex="F",
                  age=30, nationality="Campuchia", origin="Campuchia"),
        NewPerson(full_name="Trần Văn Bé", sex="M", birth="2015"),
    ]
    result = site.registration.register(handover(), people, admit_to="TD-932",
                                        today=ON.date())
    rows = {r.id: r for r in site.people.list(PersonFilter(batch_id=result.batch_id))}
    assert [rows[i].full_name for i in result.person_ids] == [
        "Nguyễn Văn An", "Không rõ tên", "Trần Văn Bé"]
    assert rows[result.person_ids[1]].birth_year == 1991  # from the approximate age
    assert result.foreign == [result.person_ids[1]]
    assert {r.status for r in rows.values()} == {"in_quarantine"}
    assert mixed_rooms(db) == []  # the woman is not put with the men
    [batch] = [b for b in site.batches.list() if b.id == result.batch_id]
    assert (batch.kind, batch.detecting_unit, batch.people) == (
        "illegal_entry", "Đồn Biên phòng Vĩnh Xương", 3)


@pytest.mark.parametrize(("line", "field", "message"), [
    (NewPerson(full_name=""), "0.full_name", "Không rõ tên"),
    (NewPerson(full_name="Lê Văn A", sex="X"), "0.sex", ""),
    (NewPerson(full_name="Lê Văn A", birth="31/02/1990"), "0.birth", ""),
    (NewPerson(full_name="Lê Văn A", age=130), "0.age", "120"),
    (NewPerson(full_name="Lê Văn A", id_number="12345"), "0.id_number", ""),
    (NewPerson(full_name="Lê Văn A", phone="12"), "0.phone", ""),
])
def test_every_field_is_checked_and_nothing_is_written(site, line, field, message):
    with pytest.raises(FieldError) as refused:
        site.registration.register(handover(), [line], today=ON.date())
    assert refused.value.field == field and message in str(refused.value)
    assert site.batches.list() == [] and site.people.count() == 0


def test_a_known_document_is_refused_unless_it_is_the_same_person(site):
    first = site.registration.register(
        handover(), [NewPerson(full_name="Nguyễn Văn An", sex="M", birth="1990",
                               id_number="092090000123")], admit_to="TD-932", today=ON.date())
    [pid] = first.person_ids
    site.releases.release([pid], ON.date() + timedelta(days=14), override_note="test lại sau")
    again = [NewPerson(full_name="Nguyen Van An", sex="M", birth="1990",
                       id_number="092090000123")]
    similar = site.registration.similar(again, today=ON.date())
    [(found)] = similar[0]
    assert found.person_id == pid and "đã cách ly tại TD-932 từ 02/03 đến 16/03/2021" in (
        found.history)
    with pytest.raises(FieldError, match="đã là của Nguyễn Văn An"):
        site.registration.register(handover(), again, today=ON.date())
    again[0].same_person = pid
    back = site.registration.register(handover(), again, today=ON.date())
    assert back.person_ids == [pid] and site.people.count() == 1
    [row] = site.people.list()
    assert (row.status, row.batch_id) == ("arrived", back.batch_id)


def test_a_family_handed_over_shares_a_room(site, db):
    family = [NewPerson(full_name="Lê Văn Cha", sex="M", birth="1980"),
              NewPerson(full_name="Phạm Thị Mẹ", sex="F", birth="1982"),
              NewPerson(full_name="Lê Thị Con", sex="F", birth="2012")]
    result = site.registration.register(handover(), family, admit_to="TD-932", household=True,
                                        today=ON.date())
    assert len({p.room for p in result.admitted.placements}) == 1
    assert mixed_rooms(db) == []


def test_a_hold_keeps_beds_from_other_allocations(site, db):
    announced = site.batches.announce(kind="flight", reference="VN5087",
                                      arrival_date=ON.date() + timedelta(days=2), expected=6,
                                      holds={"TD-932": 6})
    with pytest.raises(CapacityError, match="chưa giữ"):
        site.batches.announce(kind="flight", arrival_date=ON.date(), expected=5,
                              holds={"TD-932": 5})
    walk_ins = [NewPerson(full_name=f"Lê Văn {name}", sex="M", birth="1990")
                for name in ("An", "Bình", "Cường", "Dũng")]
    result = site.registration.register(handover(), walk_ins, today=ON.date())
    other = site.allocation.allocate(result.batch_id, ["TD-932"], ON.date())
    assert len(other.placements) == 4 and other.unplaced == []
    more = site.registration.register(
        handover(), [NewPerson(full_name="Người Đến Sau", sex="M", birth="1991")],
        today=ON.date())
    late = site.allocation.allocate(more.batch_id, ["TD-932"], ON.date())
    assert late.placements == []  # 4 taken, 6 held: nothing left for anyone else
    assert "đang giữ cho đợt đến đã báo trước" in late.unplaced[0].reason
    assert site.forecast.forecast(days=3, start=ON.date())[2].arriving == 6
    [view] = [b for b in site.batches.list() if b.id == announced]
    assert (view.expected, view.held) == (6, {"TD-932": 6})
    assert site.batches.lift_hold(announced) == 6
    assert len(site.allocation.allocate(more.batch_id, ["TD-932"], ON.date()).placements) == 1


def test_an_import_attaches_to_the_announced_batch(site, tmp_path):
    from tests.households import flight_rows
    from tests.importing.manifests import write_xlsx

    announced = site.batches.announce(kind="flight", reference="VN5087",
                                      arrival_date=date(2020, 7, 29), expected=5,
                                      holds={"TD-932": 5})
    rows, _ = flight_rows(4, family_share=0.0)
    path = write_xlsx(tmp_path / "vn5087.xlsx", [
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ"],
        *[r[:6] for r in rows]])
    from quarantine_desk.services.imports import BatchDetails

    prepared = site.imports.prepare(site.imports.read(path), today=date(2020, 7, 29))
    result = site.imports.commit(prepared, BatchDetails(), into_batch=announced)
    assert (result.batch_id, result.expected, result.listed) == (announced, 5, 4)
    assert result.announced_difference() == "dự kiến 5, danh sách 4"
    assert len(site.batches.list()) == 1
    placed = site.allocation.allocate(announced, ["TD-932"])
    assert len(placed.placements) == 4
    [view] = site.batches.list()
    assert view.held == {}  # the batch has its beds: the hold is used up
    other = write_xlsx(tmp_path / "khac.xlsx", [
        ["STT", "Họ và tên", "Ngày sinh", "Giới tính"], [1, "Lê Văn Khác", "01/01/1990", "Nam"]])
    with pytest.raises(ServiceError, match="Không có đợt đến số 99"):
        site.imports.commit(site.imports.prepare(site.imports.read(other)), BatchDetails(),
                            into_batch=99)
    assert site.people.count() == 4
