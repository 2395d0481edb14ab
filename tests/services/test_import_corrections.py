"""Rows with an error corrected before import, and a corrected file added to its batch."""

from datetime import date

from sqlalchemy import select

from quarantine_desk.services.imports import BatchDetails, Decision
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.storage.models import AuditEvent, Person
from tests.importing.manifests import write_xlsx

TODAY = date(2026, 12, 3)
HEAD = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ",
        "Quan hệ với chủ hộ"]
HOME = "Số 12, hẻm 51, đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ"
FAMILY = [
    [1, "Nguyễn Văn Đức", "02/01/1980", "Nam", "B1000001", HOME, "Chủ hộ"],
    [2, "Trần Thị Hòa", "06/05/1983", "Nữ", "B1000002", HOME, "Vợ"],
    [3, "Nguyễn Ngọc Hân", "31/02/2015", "Nữ", None, HOME, "Con"],  # no 31 February
]
OTHERS = [[4 + i, f"Lê Văn Khách {chr(65 + i)}", f"0{i + 1}/01/1990", "Nam", f"B20000{i:02d}",
           "Phường An Hòa, quận Ninh Kiều", None] for i in range(4)]


def flight(tmp_path, name, child_birth="31/02/2015"):
    rows = [r[:] for r in FAMILY] + [r[:] for r in OTHERS]
    rows[2][2] = child_birth
    return write_xlsx(tmp_path / name, [HEAD, *rows],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 INCHEON – CẦN THƠ",
                             "Ngày 01/12/2026"])


def details():
    return BatchDetails(reference="VN5087", arrival_date=date(2026, 12, 1))


def child_of(prepared):
    return next(r for r in prepared.analysis.rows if r.full_name == "Nguyễn Ngọc Hân"
                or "Hân" in str(r.raw[1]))


def test_a_bad_cell_corrected_in_the_preview_imports_the_row(services, db, tmp_path):
    prepared = services.imports.prepare(services.imports.read(flight(tmp_path, "a.xlsx")),
                                        today=TODAY)
    child = child_of(prepared)
    assert child.errors and services.imports.correctable(prepared, child, "birth")
    assert not services.imports.correctable(prepared, child, "phone")  # the file has none
    # checked as typed, nothing changed yet
    tried = services.imports.try_correction(prepared, child, "birth", "30/02/2015")
    assert tried.errors and child_of(prepared) is child
    fixed = services.imports.correct(prepared, child, "birth", "3/2/2015")
    assert fixed.valid and fixed.date_of_birth == date(2015, 2, 3)
    assert fixed.household_key == prepared.analysis.rows[0].household_key  # still the family
    assert any("đã sửa khi xem trước, «31/02/2015» thành «3/2/2015»" in w.message
               for w in fixed.warnings)
    result = services.imports.commit(prepared, details())
    assert result.imported == 7 and not result.errors
    with db.read() as session:
        people = {p.full_name: p for p in session.scalars(select(Person))}
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "import")).one()
    assert people["Nguyễn Ngọc Hân"].household_id == people["Nguyễn Văn Đức"].household_id
    assert event.after["corrected"] == {"6": {"C": ["31/02/2015", "3/2/2015"]}}


def test_a_correction_is_checked_against_the_rest_of_the_file(services, tmp_path):
    prepared = services.imports.prepare(services.imports.read(flight(tmp_path, "b.xlsx")),
                                        today=TODAY)
    rows = prepared.analysis.rows
    # the row was never read as anyone: a name typed over a blank, and a passport taken
    bad = services.imports.correct(prepared, rows[3], "document", "B1000001")
    assert bad is rows[3] and bad.errors  # someone else's passport: still an error
    assert "đã ghi ở dòng 4 cho Nguyễn Văn Đức" in bad.errors[0].message


def test_a_corrected_file_adds_the_missing_child_to_her_family_and_their_room(
        services, db, tmp_path):
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=12)
    for room, sex in (("101", "M"), ("102", "F"), ("103", None)):
        services.facilities.add_room("QS", room, 4, sex)
    first = services.imports.commit(services.imports.prepare(
        services.imports.read(flight(tmp_path, "first.xlsx")), today=TODAY), details())
    assert first.imported == 6 and len({i.row for i in first.errors}) == 1
    services.allocation.allocate(first.batch_id, ["QS"], date(2026, 12, 1))

    prepared = services.imports.prepare(
        services.imports.read(flight(tmp_path, "corrected.xlsx", "03/02/2015")), today=TODAY)
    assert prepared.previous_batch is None  # another file: not refused as imported
    assert prepared.belongs_to == (first.batch_id, 6)
    rows = prepared.analysis.valid_rows
    assert [prepared.decision(r) for r in rows].count(Decision.ADD) == 1
    assert not prepared.undecided(rows)
    result = services.imports.commit(prepared, details(), into_batch=first.batch_id)
    assert (result.batch_id, result.imported, result.recognised) == (first.batch_id, 1, 6)
    assert result.to_json()["already_in_batch"] == 6

    with db.read() as session:
        people = {p.full_name: p for p in session.scalars(select(Person))}
    child, father = people["Nguyễn Ngọc Hân"], people["Nguyễn Văn Đức"]
    assert child.batch_id == first.batch_id and child.household_id == father.household_id
    placed = services.allocation.allocate(first.batch_id, ["QS"], date(2026, 12, 1))
    [placement] = placed.placements
    family_room = {p.room for p in services.people.list(PersonFilter())
                   if p.full_name in ("Nguyễn Văn Đức", "Trần Thị Hòa")}
    assert {placement.room} == family_room
