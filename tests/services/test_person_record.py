"""A 2021 arrival list with the columns offices send (vaccination, symptoms, arrival day,
permanent and current address, insurance number, phones as written), imported, placed and
given planned dates by each person's vaccination status on arrival; then a record corrected
at the desk moves the date, with the reason in its history."""

import json
from datetime import date, datetime

import pytest

from quarantine_desk.app import main
from quarantine_desk.services import Services
from quarantine_desk.storage.models import HealthCheck, PlannedDateChange
from tests.importing.manifests import write_xlsx

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Số điện thoại",
          "Địa chỉ thường trú", "Địa chỉ tạm trú", "Thông tin tiêm chủng", "Triệu chứng",
          "Ngày đến", "Mã bảo hiểm", "Phòng"]
ROWS = [
    [1, "Nguyễn Văn Đức", "02/01/1980", "Nam", "B1234567", "+84 912 345 678",
     "Ấp Nhơn Lộc, huyện Phong Điền, TP Cần Thơ", "Số 5, đường 30 Tháng 4, quận Ninh Kiều, "
     "TP Cần Thơ", "Đã tiêm 2 mũi Pfizer, mũi 2 ngày 01/09/2021", "ho, sốt, đau họng", None,
     "DN4929212345678", "101"],
    [2, "Trần Thị Hòa", "15/03/1992", "Nữ", "C2345678", "84035725515",
     "Phường An Hòa, quận Ninh Kiều, TP Cần Thơ", None, "1 mũi AZ", "không", None, None, "101"],
    [3, "Lê Văn An", "05/05/1975", "Nam", "C3456789", 912345677,
     "Phường Cái Khế, quận Ninh Kiều, TP Cần Thơ", None, "Chưa tiêm", None, None, None, None],
    [4, "Phạm Thị Lan", "01/01/1990", "Nữ", "C4567890", "0912.345.676",
     "Phường Hưng Lợi, quận Ninh Kiều, TP Cần Thơ", None, "Đã khỏi bệnh 15/08/2021", None, None,
     None, None],
    [5, "Võ Minh Khang", "01/01/1985", "Nam", "C5678901", None,
     "Phường Thới Bình, quận Ninh Kiều, TP Cần Thơ", None, None, None, "18/11/2021", None, None],
    [6, "Đỗ Thị Mai", "01/01/1988", "Nữ", "C6789012", None,
     "Phường An Cư, quận Ninh Kiều, TP Cần Thơ", None, "11/11/2021 Astra", None, None, None, None],
    [7, "Bùi Văn Ngọc", "01/01/1995", "Nam", "C7890123", None,
     "Phường An Nghiệp, quận Ninh Kiều, TP Cần Thơ", None, "ho sốt", None, None, None, None],
]
ARRIVED = date(2021, 11, 20)
# the command line opens the SQLite file: run where `db` is that file
pytestmark = pytest.mark.sqlite_only


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def placed(capsys, tmp_path, db_path, db):
    services = Services.open(db)
    services.facilities.add(code="QS", name="Trường Quân sự thành phố Cần Thơ",
                            kind="military", beds=10)
    services.facilities.add_room("QS", "101", 4, "M")
    services.facilities.add_room("QS", "102", 4, "F")
    services.facilities.add_room("QS", "103", 2, "M")
    path = write_xlsx(tmp_path / "vn5087.xlsx", [HEADER, *ROWS],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 INCHEON – CẦN THƠ", ""])
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), "--json",
                         "--arrival-date", ARRIVED.isoformat())
    assert code == 0, err
    result = json.loads(out)
    result["allocation"] = services.allocation.allocate(result["batch_id"])
    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--json")
    return result, {p["full_name"]: p for p in json.loads(out)}


def test_the_columns_land_in_the_record(placed):
    result, people = placed
    assert result["imported"] == 7 and result["errors"] == []
    duc = people["Nguyễn Văn Đức"]
    assert (duc["vaccine_doses"], duc["last_dose_on"], duc["vaccine"]) == (2, "2021-09-01",
                                                                          "Pfizer")
    assert duc["current_address"].startswith("Số 5, đường 30 Tháng 4")
    assert duc["address"].startswith("Ấp Nhơn Lộc")
    assert duc["insurance_number"] == "DN4929212345678"
    assert duc["arrival_symptoms"] == "ho, sốt, đau họng"
    assert duc["phone"] == "0912345678"
    assert people["Lê Văn An"]["phone"] == "0912345677"  # the number cell that lost its 0
    assert people["Phạm Thị Lan"]["recovered_on"] == "2021-08-15"
    assert people["Võ Minh Khang"]["arrived_on"] == "2021-11-18"
    assert people["Trần Thị Hòa"]["arrival_symptoms"] is None  # «không»


def test_what_could_not_be_read_is_warned_on_its_row_and_column_and_kept(placed, db):
    result, people = placed
    said = {(w["row"], w["column"]): w["message"] for w in result["warnings"]}
    # the title takes rows 1-2, the header row 3: the first person is row 4
    assert "84035725515" in said[(5, "F")]  # a 9-digit remainder after 84 starting with 0
    assert "không rõ số mũi" in said[(9, "I")]
    assert "không đọc được thông tin tiêm chủng «ho sốt»" in said[(10, "I")]
    from quarantine_desk.storage.models import Person

    with db.read() as session:
        extra = {p.full_name: p.extra for p in session.query(Person)}
    assert extra["Trần Thị Hòa"]["Số điện thoại"] == "84035725515"
    assert extra["Bùi Văn Ngọc"]["Thông tin tiêm chủng"] == "ho sốt"
    assert extra["Đỗ Thị Mai"]["Thông tin tiêm chủng"] == "11/11/2021 Astra"


def test_planned_dates_follow_the_status_on_arrival(placed):
    """8399/BYT-MT of 6/10/2021: full or recovered 7 days, partial 7, none 14; nothing
    known: the rule for everyone of 14/7/2021, 14 days."""
    _, people = placed
    planned = {name: p["planned_release_on"] for name, p in people.items()}
    status = {name: p["vaccination_status"] for name, p in people.items()}
    assert planned["Nguyễn Văn Đức"] == "2021-11-27"  # full
    assert planned["Phạm Thị Lan"] == "2021-11-27"  # recovered
    assert planned["Trần Thị Hòa"] == "2021-11-27"  # partial
    assert planned["Lê Văn An"] == "2021-12-04"  # none
    assert planned["Đỗ Thị Mai"] == "2021-12-04"  # unknown
    assert planned["Bùi Văn Ngọc"] == "2021-12-04"
    assert status["Lê Văn An"] == "none"
    assert set(people["Nguyễn Văn Đức"]) >= {
        "vaccine_doses", "last_dose_on", "vaccine", "recovered_on", "vaccination_status",
        "current_address", "insurance_number", "arrival_symptoms"}


def test_symptoms_at_arrival_are_the_first_health_entry(placed, db):
    _, people = placed
    with db.read() as session:
        entries = session.query(HealthCheck).filter_by(
            person_id=people["Nguyễn Văn Đức"]["id"]).all()
    assert [(e.checked_on, e.symptoms) for e in entries] == [(ARRIVED, "ho, sốt, đau họng")]
    from quarantine_desk.services.reports import daily_list_rows

    with db.read() as session:
        listed = {r.full_name: r for r in daily_list_rows(session, Services.open(db).access,
                                                          ARRIVED)}
    assert "ho, sốt, đau họng" in listed["Nguyễn Văn Đức"].note


def test_the_tests_due_follow_the_status(placed, db):
    """Day 7 of the quarantine: everyone owes the day-7 test (both rules have one)."""
    services = Services.open(db)
    due = services.health.tests_due(date(2021, 11, 26))
    assert len(due) == 7 and {d.test_day for d in due} == {7}
    assert services.health.tests_due_count(date(2021, 11, 26)) == 7


def test_a_corrected_vaccination_moves_the_planned_date_with_its_reason(placed, db,
                                                                        capsys, db_path):
    _, people = placed
    an = people["Lê Văn An"]
    code, out, err = run(capsys, "--db", str(db_path), "person", "edit", str(an["id"]),
                         "--vaccination", "2 mũi Moderna, mũi 2 ngày 20/10/2021", "--json")
    assert code == 0, err
    edited = json.loads(out)
    assert edited["planned_release_on"] == "2021-11-27"  # full on arrival: 7 days
    # the status the list shows is today's: the doses of 2021 are no longer counted
    assert edited["vaccination_status"] == "partial"
    with db.read() as session:
        history = session.query(PlannedDateChange).all()
    assert [(h.old_date, h.new_date) for h in history] == [(date(2021, 12, 4),
                                                            date(2021, 11, 27))]
    assert "Moderna" in history[0].reason
    # typed nonsense changes nothing, in one sentence
    code, _, err = run(capsys, "--db", str(db_path), "person", "edit", str(an["id"]),
                       "--vaccination", "hôm qua")
    assert code != 0 and "Không đọc được thông tin tiêm chủng «hôm qua»" in err
    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--search", "Lê Văn An",
                    "--json")
    assert json.loads(out)[0]["vaccine"] == "Moderna"


def test_the_hand_over_list_uses_the_address_they_go_home_to(placed, db):
    from quarantine_desk.services.reports import going_home_rows

    services = Services.open(db)
    _, people = placed
    services.releases.release([people["Nguyễn Văn Đức"]["id"], people["Lê Văn An"]["id"]],
                             on=date(2021, 12, 4), override_note="thử")
    with db.read() as session:
        rows = {r.full_name: r for r in going_home_rows(session, services.access,
                                                         date(2021, 12, 4))}
    assert rows["Nguyễn Văn Đức"].address.startswith("Số 5, đường 30 Tháng 4")
    assert rows["Lê Văn An"].address.startswith("Phường Cái Khế")
    assert rows["Nguyễn Văn Đức"].monitor_until == date(2021, 12, 11)  # 7 days at home
    assert rows["Lê Văn An"].monitor_until == date(2021, 12, 18)  # 14 days at home


def test_a_person_added_at_the_desk_with_a_vaccination(capsys, db_path, db):
    services = Services.open(db)
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=4)
    code, out, err = run(capsys, "--db", str(db_path), "person", "add", "--name",
                         "Trần Văn Bình", "--sex", "M", "--kind", "road", "--date",
                         datetime.now().date().isoformat(), "--vaccination", "Chưa tiêm",
                         "--insurance", "GD4929299999999", "--json")
    assert code == 0, err
    pid = json.loads(out)["person_ids"][0]
    [row] = services.people.rows([pid])
    assert (row.vaccine_doses, row.insurance_number, row.vaccination_status) == (
        0, "GD4929299999999", "none")


def test_the_room_the_list_gave_is_used_when_the_rules_allow_and_the_reason_said_if_not(placed):
    result, people = placed
    notes = {p.full_name: (p.room, p.note) for p in result["allocation"].placements}
    assert notes["Nguyễn Văn Đức"] == ("101", "")  # a man in the men's room the list gave
    room, note = notes["Trần Thị Hòa"]  # the list put her in the men's room
    assert room == "102"
    assert note == "không xếp vào phòng 101 như danh sách ghi: phòng QS 101 chỉ dành cho nam"
    assert people["Trần Thị Hòa"]["room"] == "102"


def test_an_arrival_day_on_the_row_starts_that_persons_quarantine(placed):
    """Võ Minh Khang's row says 18/11: his quarantine starts then, ends 14 days later (nothing
    known of his vaccination), and he shares no room with people admitted on the 20th."""
    _, people = placed
    khang = people["Võ Minh Khang"]
    assert (khang["admitted_on"], khang["quarantine_start"], khang["planned_release_on"]) == (
        "2021-11-18", "2021-11-18", "2021-12-02")
    others = {p["room"] for n, p in people.items() if p["sex"] == "M" and n != "Võ Minh Khang"}
    assert khang["room"] not in others
