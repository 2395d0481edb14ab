"""`quarantine-desk import`: the JSON contract, exit codes, the error workbook."""

import json

import openpyxl

from quarantine_desk.app import main
from tests.importing.manifests import HEADER, PEOPLE, write_csv, write_xlsx

BAD = [4, "Phạm Văn Lỗi", "31/02/1990", "Nam", "C9999999", None, None, None, None]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_shape_and_second_run(capsys, tmp_path, db_path):
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE, BAD],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5089 TỪ INDONESIA", ""])
    code, out, err = run(capsys, "--db", str(db_path), "import", str(path), "--json",
                         "--arrival-date", "2020-08-05", "--entry-point", "Sân bay Cần Thơ")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"file", "sheet", "header_row", "rows_read", "imported",
                           "duplicates", "already_in_batch", "errors", "warnings",
                           "batch_id"}
    assert (result["sheet"], result["header_row"], result["rows_read"]) == ("Danh sách", 3, 4)
    assert (result["imported"], result["duplicates"]) == (3, 0)
    assert result["errors"] == [{"row": 7, "column": "C",
                                 "message": "Ngày sinh: ngày «31/02/1990» không tồn tại "
                                            "(đọc theo ngày/tháng/năm)"}]
    batch_id = result["batch_id"]

    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--batch", str(batch_id),
                    "--json")
    assert sorted(p["full_name"] for p in json.loads(out)) == [
        "Lê Thị Thuỷ", "Nguyễn Văn Đức", "Trần Thị Hòa"]

    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--json")
    again = json.loads(out)
    assert code == 0 and (again["imported"], again["duplicates"]) == (0, 3)


def test_fuzzy_match_added_and_listed_with_id(capsys, tmp_path, db_path):
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, *PEOPLE])
    run(capsys, "--db", str(db_path), "import", str(first), "--json")
    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--search", "hoa", "--json")
    hoa_id = json.loads(out)[0]["id"]
    second = write_xlsx(tmp_path / "b.xlsx", [
        HEADER, [1, "TRAN THI HOA", "15/03/1992", "Nữ", None, None, None, None, None]])
    _, out, _ = run(capsys, "--db", str(db_path), "import", str(second), "--json")
    result = json.loads(out)
    assert result["imported"] == 1
    assert any(w.get("person_id") == hoa_id for w in result["warnings"])


def test_dry_run_and_errors_out(capsys, tmp_path, db_path):
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE, BAD])
    errors = tmp_path / "loi.xlsx"
    code, out, _ = run(capsys, "--db", str(db_path), "import", str(path), "--dry-run",
                       "--errors-out", str(errors), "--json")
    assert code == 0 and json.loads(out)["imported"] == 3
    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--json")
    assert json.loads(out) == []
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Lý do không nhập được", "Dòng trong tệp gốc")
    assert rows[1][:3] == (4, "Phạm Văn Lỗi", "31/02/1990")
    assert "không tồn tại" in rows[1][-2] and rows[1][-1] == 5


def test_unreadable_file_exit_2_database_untouched(capsys, tmp_path, db_path):
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04broken")
    code, out, err = run(capsys, "--db", str(db_path), "import", str(bad), "--json")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--db", str(db_path), "import", str(tmp_path / "none.xlsx"))
    assert code == 2 and "Không tìm thấy" in err
    _, out, _ = run(capsys, "--db", str(db_path), "person", "list", "--json")
    assert json.loads(out) == []


UNKNOWN = [["Col1", "Col2", "Col3", "Col4", "Col5", "Col6"],
           [1, "Nguyễn Văn An", "Nam", "12/05/1985", "C1234567", "Malaysia"],
           [2, "Trần Thị Bình", "Nữ", "03/09/1990", "C7654321", "Malaysia"]]


def test_unknown_headers_import_with_header_row_and_columns(capsys, tmp_path, db_path):
    path = write_xlsx(tmp_path / "my.xlsx", UNKNOWN, title=["Senarai penumpang MH758", ""],
                      sheet="Senarai")
    db = ["--db", str(db_path)]
    code, _, err = run(capsys, *db, "import", str(path))
    assert code == 2 and "Không tìm thấy dòng tiêu đề" in err and "--header-row" in err
    assert "Traceback" not in err

    code, out, _ = run(capsys, "import", "--fields")
    assert code == 0 and "full_name" in out and "Họ và tên" in out

    code, _, err = run(capsys, *db, "import", str(path), "--column", "B=nonsense")
    assert code == 2 and "nonsense" in err and "--fields" in err
    code, _, err = run(capsys, *db, "import", str(path), "--header-row", "3",
                       "--column", "Z=full_name")
    assert code == 2 and "không có cột Z" in err
    code, _, err = run(capsys, *db, "import", str(path), "--sheet", "Khác", "--header-row", "3")
    assert code == 2 and "«Senarai»" in err

    code, out, err = run(capsys, *db, "import", str(path), "--json", "--sheet", "Senarai",
                         "--header-row", "3", "--column", "B=full_name", "--column", "C=sex",
                         "--column", "d=date_of_birth", "--column", "E=passport",
                         "--arrival-date", "2020-08-05")
    assert code == 0, err
    result = json.loads(out)
    assert (result["sheet"], result["header_row"], result["imported"]) == ("Senarai", 3, 2)
    _, out, _ = run(capsys, *db, "person", "list", "--json")
    people = {p["full_name"]: p for p in json.loads(out)}
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert people["Trần Thị Bình"]["sex"] == "F"

    # the mapping confirmed is remembered: the next file with these headers needs no options
    other = write_xlsx(tmp_path / "my2.xlsx", [UNKNOWN[0], [1, "Võ Thị Em", "Nữ", "01/01/2000",
                                                           "C9999991", "MY"]])
    code, out, err = run(capsys, *db, "import", str(other), "--json",
                         "--arrival-date", "2020-08-06")
    assert code == 0, err
    assert json.loads(out)["imported"] == 1


def test_error_workbook_written_before_anything_is_imported(capsys, tmp_path, db_path):
    """A control character in a failing row once made the error workbook fail after the valid
    rows were committed (exit 2 for a file that was imported)."""
    bad = [4, "Phạm\x07 Văn\x1b Lỗi", "31/02/1990", "Nam", "C9999999", None, None, None, None]
    path = write_csv(tmp_path / "m.csv", [HEADER, *PEOPLE, bad])  # openpyxl writes no BEL
    db = ["--db", str(db_path)]
    code, _, err = run(capsys, *db, "import", str(path), "--arrival-date", "2020-08-05",
                       "--errors-out", str(tmp_path / "missing" / "loi.xlsx"))
    assert code == 2 and f"Thư mục {tmp_path / 'missing'} không tồn tại." in err
    _, out, _ = run(capsys, *db, "person", "list", "--json")
    assert json.loads(out) == []  # refused before anything was written
    errors = tmp_path / "loi.xlsx"
    code, out, err = run(capsys, *db, "import", str(path), "--arrival-date", "2020-08-05",
                         "--errors-out", str(errors), "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == 3
    rows = list(openpyxl.load_workbook(errors).active.iter_rows(values_only=True))
    assert rows[1][1] == "Phạm\ufffd Văn\ufffd Lỗi" and rows[1][-1] == 5
