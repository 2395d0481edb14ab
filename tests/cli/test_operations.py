"""The operations commands: allocate, admit, release, transfer, test, health, forecast."""

import json
from datetime import date, timedelta

import pytest

from quarantine_desk.app import main
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def desk(capsys, db_path, tmp_path):
    db = ["--db", str(db_path)]
    run(capsys, *db, "facility", "add", "--code", "QS", "--name", "Trường Quân sự",
        "--kind", "military", "--beds", "2")
    run(capsys, *db, "facility", "add", "--code", "KTX", "--name", "Ký túc xá",
        "--kind", "school", "--beds", "10")
    arrival = date.today() - timedelta(days=14)
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE])
    _, out, _ = run(capsys, *db, "import", str(path), "--arrival-date", arrival.isoformat(),
                    "--json")
    return db, json.loads(out)["batch_id"], arrival


def people(capsys, db):
    _, out, _ = run(capsys, *db, "person", "list", "--json")
    return {p["full_name"]: p for p in json.loads(out)}


def test_allocate_json_and_capacity(capsys, desk):
    db, batch, arrival = desk
    code, out, _ = run(capsys, *db, "allocate", "--batch", str(batch), "--facility", "QS",
                       "--json")
    assert code == 0
    assert json.loads(out) == {"allocated": 2, "unallocated": 1, "per_facility": {"QS": 2},
                               "households": 0,
                               "unplaced": [{"person_id": 3, "reason": "QS: hết giường"}]}
    _, out, _ = run(capsys, *db, "allocate", "--batch", str(batch), "--json")
    assert json.loads(out) == {"allocated": 1, "unallocated": 0, "per_facility": {"KTX": 1},
                               "households": 0, "unplaced": []}
    rows = people(capsys, db)
    assert {r["status"] for r in rows.values()} == {"in_quarantine"}
    assert {r["admitted_on"] for r in rows.values()} == {arrival.isoformat()}


def test_admit_full_facility_exit_2_nothing_changed(capsys, desk):
    db, batch, _ = desk
    ids = [p["id"] for p in people(capsys, db).values()]
    assert run(capsys, *db, "admit", str(ids[0]), "--facility", "QS")[0] == 0
    assert run(capsys, *db, "admit", str(ids[1]), "--facility", "QS")[0] == 0
    code, out, err = run(capsys, *db, "admit", str(ids[2]), "--facility", "QS")
    assert code == 2 and "hết giường" in err and len(err.strip().splitlines()) == 1
    assert run(capsys, *db, "admit", "9999", "--facility", "QS")[0] == 2
    statuses = sorted(p["status"] for p in people(capsys, db).values())
    assert statuses == ["arrived", "in_quarantine", "in_quarantine"]


def test_test_release_and_refusal(capsys, desk):
    db, batch, arrival = desk
    run(capsys, *db, "allocate", "--batch", str(batch), "--facility", "KTX")
    rows = people(capsys, db)
    duc, hoa = rows["Nguyễn Văn Đức"]["id"], rows["Trần Thị Hòa"]["id"]
    last = (arrival + timedelta(days=13)).isoformat()
    assert run(capsys, *db, "test", str(duc), "--date", last, "--kind", "pcr",
               "--result", "negative")[0] == 0
    code, _, err = run(capsys, *db, "release", str(duc), str(hoa))
    assert code == 2 and "Trần Thị Hòa" in err and "thiếu kết quả" in err
    assert people(capsys, db)["Nguyễn Văn Đức"]["status"] == "in_quarantine"
    code, out, _ = run(capsys, *db, "release", str(duc), "--json")
    assert code == 0
    assert json.loads(out)["released"][0]["certificate_number"] == "01/GXN-KTX"
    code, out, _ = run(capsys, *db, "release", "--due", date.today().isoformat(), "--json")
    result = json.loads(out)
    assert code == 0 and result["released"] == [] and len(result["refused"]) == 2


def test_transfer_health_and_forecast(capsys, desk):
    db, batch, arrival = desk
    run(capsys, *db, "allocate", "--batch", str(batch), "--facility", "KTX")
    rows = people(capsys, db)
    duc, hoa = rows["Nguyễn Văn Đức"]["id"], rows["Trần Thị Hòa"]["id"]
    today = date.today().isoformat()
    code, out, _ = run(capsys, *db, "health", str(duc), "--date", today, "--temp", "38,2",
                       "--symptoms", "sốt, ho")
    assert code == 0 and "37,5" in out
    assert run(capsys, *db, "health", str(duc), "--date", today, "--temp", "52")[0] == 2
    assert run(capsys, *db, "transfer", str(duc), "--hospital",
               "Bệnh viện Đa khoa Trung ương Cần Thơ")[0] == 0
    assert run(capsys, *db, "transfer", str(hoa), "--facility", "QS")[0] == 0
    rows = people(capsys, db)
    assert rows["Nguyễn Văn Đức"]["status"] == "hospital"
    assert rows["Trần Thị Hòa"]["facility"] == "QS"
    code, _, err = run(capsys, *db, "transfer", str(duc), "--facility", "QS")
    assert code == 2 and "không đang cách ly" in err
    code, out, _ = run(capsys, *db, "forecast", "--days", "3", "--json")
    days = json.loads(out)["days"]
    assert [d["date"] for d in days][0] == today and days[0]["beds"] == 12
    assert days[0]["occupied"] == 2 and days[0]["free_by_facility"]["QS"] == 1


def test_release_override_from_the_command_line(capsys, desk):
    db, batch, arrival = desk
    run(capsys, *db, "allocate", "--batch", str(batch), "--facility", "KTX")
    hoa = people(capsys, db)["Trần Thị Hòa"]["id"]
    code, _, err = run(capsys, *db, "release", str(hoa))
    assert code == 2 and "thiếu kết quả" in err
    code, out, _ = run(capsys, *db, "release", str(hoa), "--override",
                       "Âm tính tại Bệnh viện Đa khoa Trung ương Cần Thơ", "--json")
    assert code == 0 and json.loads(out)["released"][0]["full_name"] == "Trần Thị Hòa"


def test_households_and_rooms_on_the_command_line(capsys, desk):
    db, batch, _ = desk
    code, out, _ = run(capsys, *db, "household", "join", "1", "2")
    assert code == 0
    household = int(out)
    rows = people(capsys, db)
    assert rows["Nguyễn Văn Đức"]["household"] == rows["Trần Thị Hòa"]["household"] == household
    assert rows["Lê Thị Thuỷ"]["household"] is None
    assert run(capsys, *db, "household", "leave", "1")[0] == 0
    code, _, err = run(capsys, *db, "household", "leave", "1")
    assert code == 2 and "không thuộc hộ gia đình nào" in err

    code, out, _ = run(capsys, *db, "facility", "room", "add", "KTX", "201", "--beds", "4",
                       "--sex", "F", "--block", "B", "--floor", "2", "--json")
    assert code == 0 and json.loads(out)["room"] == "201"
    run(capsys, *db, "admit", "2", "--facility", "KTX", "--room", "201")
    code, _, err = run(capsys, *db, "admit", "1", "--facility", "KTX", "--room", "201")
    assert code == 2 and "chỉ dành cho nữ" in err
    _, out, _ = run(capsys, *db, "facility", "rooms", "KTX", "--json")
    assert json.loads(out) == [{"room": "201", "beds": 4, "sex": "F", "occupied": 1,
                                "block": "B", "floor": "2"}]


def test_positive_case_response_on_the_command_line(capsys, desk, tmp_path):
    import shutil
    import subprocess

    db, batch, arrival = desk
    run(capsys, *db, "facility", "room", "add", "KTX", "301", "--beds", "4")
    assert run(capsys, *db, "admit", "1", "--facility", "KTX", "--room", "301", "--date",
               arrival.isoformat())[0] == 0
    assert run(capsys, *db, "admit", "3", "--facility", "KTX", "--room", "301", "--date",
               arrival.isoformat())[0] == 2  # a girl with an unrelated man: refused
    run(capsys, *db, "household", "join", "1", "3")  # his daughter
    run(capsys, *db, "admit", "3", "--facility", "KTX", "--room", "301", "--date",
        arrival.isoformat())
    found = arrival + timedelta(days=3)
    run(capsys, *db, "test", "1", "--date", found.isoformat(), "--kind", "pcr", "--result",
        "positive")
    code, out, _ = run(capsys, *db, "exposure", "1", "--date", found.isoformat(), "--json")
    assert code == 0
    preview = json.loads(out)
    assert preview["applied"] is False and [c["person_id"] for c in preview["contacts"]] == [3]
    assert preview["contacts"][0]["planned_release_after"] == (
        found + timedelta(days=14)).isoformat()
    code, out, _ = run(capsys, *db, "exposure", "1", "--date", found.isoformat(), "--apply",
                       "--hospital", "Bệnh viện Nhi đồng thành phố Cần Thơ", "--json")
    assert code == 0 and json.loads(out)["applied"] is True
    _, out, _ = run(capsys, *db, "person", "list", "--contact-level", "F1", "--json")
    [f1] = json.loads(out)
    assert (f1["id"], f1["contact_level"], f1["quarantine_start"]) == (3, "F1", found.isoformat())
    paper = tmp_path / "f0.pdf"
    code, out, err = run(capsys, *db, "report", "positive-case", "--person", "1", "--date",
                         found.isoformat(), "-o", str(paper))
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(paper), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert "BÁO CÁO CA DƯƠNG TÍNH TẠI KHU CÁCH LY" in text.upper()
        assert "NGUYỄN VĂN ĐỨC" in text and "Lê Thị Thuỷ" in text
        assert "Đã chuyển đến Bệnh viện Nhi đồng thành phố Cần Thơ" in text
    code, _, err = run(capsys, *db, "report", "positive-case", "--person", "2", "-o",
                       str(tmp_path / "no.pdf"))
    assert code == 2 and "chưa được ghi nhận là ca dương tính" in err


def test_register_at_the_desk_announce_and_print_the_handover(capsys, db_path, tmp_path):
    import shutil
    import subprocess

    db = ["--db", str(db_path)]
    run(capsys, *db, "facility", "add", "--code", "TD-932", "--name", "Trung đoàn 932",
        "--kind", "military", "--beds", "10")
    run(capsys, *db, "facility", "room", "add", "TD-932", "1", "--beds", "4")
    run(capsys, *db, "facility", "room", "add", "TD-932", "2", "--beds", "6")
    code, out, err = run(capsys, *db, "person", "add", "--name", "Nguyễn Văn An", "--sex", "M",
                         "--birth-year", "1990", "--id-number", "092090000123",
                         "--kind", "illegal_entry", "--date", "2021-03-02",
                         "--detected-by", "Đồn Biên phòng Vĩnh Xương", "--detected-at", "Ấp 3",
                         "--route", "đường mòn", "--admit", "TD-932", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["stay"] == [{"person_id": added["person_id"], "facility": "TD-932",
                              "room": "1"}]
    code, _, err = run(capsys, *db, "person", "add", "--name", "Nguyen Van An", "--sex", "M",
                       "--id-number", "092090000123", "--batch", str(added["batch_id"]))
    assert code == 2 and "đã là của Nguyễn Văn An (số 1)" in err
    code, _, err = run(capsys, *db, "person", "add", "--name", "Lê Văn B")
    assert code == 2 and "--batch" in err

    code, out, _ = run(capsys, *db, "batch", "add", "--kind", "flight", "--ref", "VN5087",
                       "--arrival-date", "2021-03-10", "--expected", "240", "--hold", "TD-932=6",
                       "--json")
    announced = json.loads(out)["batch_id"]
    _, out, _ = run(capsys, *db, "batch", "list", "--json")
    listed = {b["id"]: b for b in json.loads(out)}
    assert listed[announced] == {"id": announced, "kind": "flight", "ref": "VN5087",
                                 "arrival_date": "2021-03-10", "expected": 240, "people": 0,
                                 "held": {"TD-932": 6}}
    manifest = write_xlsx(tmp_path / "vn5087.xlsx", [HEADER, *PEOPLE])
    code, out, err = run(capsys, *db, "import", str(manifest), "--batch", str(announced),
                         "--json")
    assert code == 0, err
    assert (json.loads(out)["batch_id"], json.loads(out)["expected"],
            json.loads(out)["listed"]) == (announced, 240, 3)
    code, _, err = run(capsys, *db, "batch", "add", "--kind", "flight", "--arrival-date",
                       "2021-03-10", "--expected", "5", "--hold", "TD-932")
    assert code == 2 and "CODE=N" in err
    assert run(capsys, *db, "batch", "release-hold", str(announced))[0] == 0

    paper = tmp_path / "bb.pdf"
    code, _, err = run(capsys, *db, "report", "handover-record", "--batch",
                       str(added["batch_id"]), "-o", str(paper))
    assert code == 0, err
    if shutil.which("pdftotext"):
        text = " ".join(subprocess.run(["pdftotext", str(paper), "-"], capture_output=True,
                                       text=True, check=True).stdout.split())
        assert "BIÊN BẢN GIAO NHẬN NGƯỜI CÁCH LY Y TẾ TẬP TRUNG" in text.upper()
        assert "Bên giao: Đồn Biên phòng Vĩnh Xương" in text
        assert "phát hiện tại Ấp 3, đường mòn" in text and "Nguyễn Văn An" in text
        assert "ĐẠI DIỆN BÊN GIAO" in text and "ĐẠI DIỆN BÊN NHẬN" in text


def test_a_release_is_never_dated_ahead(capsys, db_path):
    """`release --due` and `--date` in the future once released people dated 9999-12-31."""
    db = ["--db", str(db_path)]
    assert main([*db, "demo"]) == 0
    capsys.readouterr()
    before = json.loads(_run_json(capsys, *db, "person", "list", "--status", "released"))
    ahead = (date.today() + timedelta(days=3)).isoformat()
    assert main([*db, "release", "--due", "9999-12-31"]) == 2  # no year of a quarantine
    err = capsys.readouterr().err
    assert "phải trong các năm 2000 đến 2100" in err and "Traceback" not in err
    assert main([*db, "release", "--due", "2099-12-31"]) == 2
    err = capsys.readouterr().err
    assert "31/12/2099 chưa đến" in err and "Traceback" not in err
    [someone] = json.loads(_run_json(capsys, *db, "person", "list", "--status",
                                     "in_quarantine"))[:1]
    assert main([*db, "release", str(someone["id"]), "--date", ahead]) == 2
    assert "chưa đến" in capsys.readouterr().err
    after = json.loads(_run_json(capsys, *db, "person", "list", "--status", "released"))
    assert len(after) == len(before)


def _run_json(capsys, *argv: str) -> str:
    assert main([*argv, "--json"]) == 0
    return capsys.readouterr().out


def test_a_sampling_round_from_the_command_line(capsys, desk, tmp_path):
    """Issue 28: plan and save a round, print its list and labels, import the lab's file."""
    import openpyxl

    db, batch, arrival = desk
    run(capsys, *db, "allocate", "--batch", str(batch), "--json")
    day = arrival + timedelta(days=13)  # the day-14 test (2021's 14-day rule)
    code, out, err = run(capsys, *db, "sampling", "plan", "--facility", "KTX",
                         "--date", day.isoformat(), "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["round_id"] is None
    code, out, err = run(capsys, *db, "sampling", "plan", "--facility", "KTX",
                         "--date", day.isoformat(), "--pool-size", "2", "--json")
    assert code == 0, err
    saved = json.loads(out)
    assert saved["round_id"] == 1
    codes = [p["code"] for p in saved["pools"]] + [i["code"] for i in saved["individual"]]
    assert all(c.startswith(f"KTX-{day:%y%m%d}-") for c in codes)
    assert sorted(codes) == codes and len(set(codes)) == len(codes)
    people_ids = sorted(pid for p in saved["pools"] for pid in p["people"]) + sorted(
        i["person_id"] for i in saved["individual"])
    # again: nobody is due, one line, exit 2, nothing saved
    code, _, err = run(capsys, *db, "sampling", "plan", "--facility", "KTX",
                       "--date", day.isoformat())
    assert code == 2 and "không có ai" in err
    for kind in ("sampling-list", "sampling-labels"):
        code, out, err = run(capsys, *db, "report", kind, "--round", "1", "-o",
                             str(tmp_path / f"{kind}.pdf"))
        assert code == 0, err
        assert (tmp_path / f"{kind}.pdf").read_bytes().startswith(b"%PDF")
    wb = openpyxl.Workbook()
    wb.active.append(["Mã ống", "Kết quả"])
    for c in codes:
        wb.active.append([c, "Âm tính"])
    wb.active.append(["KTX-000000-999", "Âm tính"])
    wb.save(tmp_path / "kq.xlsx")
    code, out, err = run(capsys, *db, "tests", "import", str(tmp_path / "kq.xlsx"),
                         "--round", "1", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "recorded": len(people_ids), "pools_negative": len(saved["pools"]),
        "pools_positive": 0, "retest": [], "positive": [],
        "errors": [{"row": len(codes) + 2, "message": "không có ống mẫu mã KTX-000000-999"}]}
    code, _, err = run(capsys, *db, "tests", "import", str(tmp_path / "kq.xlsx"),
                       "--column", "B=colour")
    assert code == 2 and "colour" in err
