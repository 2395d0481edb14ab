"""Input no one means to type gets one clear line, changes nothing and echoes nothing raw."""

import json
from datetime import date

import pytest

from quarantine_desk.app import main
from quarantine_desk.services.imports import default_batch_details
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

PROG = "quarantine-desk: lỗi: "


def run(capsys, db_path, *argv):
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def manifest(tmp_path):
    return write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE])


@pytest.mark.parametrize(("day", "said"), [
    ("9999-12-31", "--arrival-date: ngày «9999-12-31» phải trong các năm 2000 đến 2100 "),
    ("0001-01-01", "--arrival-date: ngày «0001-01-01» phải trong các năm 2000 đến 2100 "),
    ("2099-01-01", "Ngày đến 01/01/2099 không hợp lệ: phải từ 01/01/2020 đến "),
    ("2019-12-31", "Ngày đến 31/12/2019 không hợp lệ: phải từ 01/01/2020 đến "),
])
def test_an_arrival_date_out_of_any_quarantine_is_refused(capsys, db_path, manifest, day,
                                                           said):
    code, _, err = run(capsys, db_path, "import", str(manifest), "--arrival-date", day)
    assert code == 2 and err.startswith(PROG + said) and err.count("\n") == 1
    assert json.loads(run(capsys, db_path, "batch", "list", "--json")[1]) == []


def test_a_title_row_date_of_no_arrival_is_not_taken(services, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE],
                      title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 NGÀY 01/01/0001"])
    prepared = services.imports.prepare(services.imports.read(path), today=date(2026, 12, 2))
    assert prepared.analysis.hints.reference == "VN5087"
    assert prepared.analysis.hints.arrival_date is None
    assert default_batch_details(prepared.analysis, date(2026, 12, 2)).arrival_date == date(
        2026, 12, 2)


def test_an_admission_in_the_future_is_refused(capsys, db_path, manifest):
    run(capsys, db_path, "import", str(manifest), "--arrival-date", "2026-11-20")
    run(capsys, db_path, "facility", "add", "--code", "QS", "--name", "Trường Quân sự",
        "--kind", "military", "--beds", "10")
    code, _, err = run(capsys, db_path, "admit", "1", "--facility", "QS", "--date",
                       "2099-01-01")
    assert code == 2 and err.startswith(
        PROG + "Ngày vào cơ sở 01/01/2099 không hợp lệ: phải từ 01/01/2020 đến ")


@pytest.mark.parametrize("number", ["9223372036854775808", "9" * 10_000, "1" + "0" * 30])
def test_an_id_beyond_what_a_database_holds_is_one_short_line(capsys, db_path, number):
    code, _, err = run(capsys, db_path, "admit", number, "--facility", "QS")
    assert code == 2 and err.count("\n") == 1 and len(err) < 200
    assert "quá lớn" in err


def test_a_paper_number_of_ten_thousand_digits_is_refused(capsys, db_path, tmp_path):
    code, _, err = run(capsys, db_path, "report", "summary", "--number", "1" * 10_000, "-o",
                       str(tmp_path / "bc.pdf"))
    assert code == 2 and err == PROG + "Số văn bản dài quá 64 ký tự hoặc có ký tự lạ.\n"
    assert not (tmp_path / "bc.pdf").exists()


def test_a_search_of_fifty_thousand_characters_is_refused(capsys, db_path):
    code, _, err = run(capsys, db_path, "person", "list", "--search", "a" * 50_000)
    assert code == 2 and err == PROG + "Chuỗi tìm kiếm dài quá 200 ký tự.\n"


def test_an_output_that_is_a_folder_is_refused(capsys, db_path, tmp_path):
    code, _, err = run(capsys, db_path, "export", "people", "-o", str(tmp_path))
    assert code == 2 and err == PROG + f"{tmp_path} là một thư mục; hãy chọn tên tệp.\n"


def test_escape_sequences_are_never_echoed_to_the_terminal(capsys, db_path):
    for argv in (["admit", "\x1b[2J\x1b[31m", "--facility", "QS"],
                 ["report", "\x1b]0;pwned\x07", "-o", "x.pdf"]):
        code, out, err = run(capsys, db_path, *argv)
        assert code == 2 and "\x1b" not in out + err and "\x07" not in out + err


def test_a_name_stored_with_an_escape_sequence_is_listed_without_it(capsys, db_path):
    import sqlite3

    run(capsys, db_path, "facility", "list")  # makes the database
    with sqlite3.connect(db_path) as conn:  # written before names were cleaned on the way in
        conn.execute("INSERT INTO person (full_name, name_folded, sort_key, status, "
                     "fully_vaccinated, created_at) VALUES ('An\x1b[2J\x1b]0;x\x07', 'an', "
                     "'an', 'arrived', 0, '2026-11-20')")
    code, out, _ = run(capsys, db_path, "person", "list")
    assert code == 0 and "An\ufffd[2J" in out and "\x1b" not in out and "\x07" not in out
