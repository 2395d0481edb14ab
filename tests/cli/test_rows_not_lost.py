"""The smaller findings of the nothing-lost pass: a second person under one passport is an
error of its row (in the error workbook), a long address is said, a control character between
words is a space, a hand-over a century ahead is refused."""

from __future__ import annotations

import json
import sqlite3

from quarantine_desk.app import main
from tests.importing.manifests import write_xlsx

HEADER = ["Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Địa chỉ"]


def test_one_passport_two_people_is_an_error_of_the_second_row(tmp_path, capsys):
    db = tmp_path / "qd.sqlite3"
    long_address = "Ấp Thới Bình, " * 30  # 419 characters once trimmed: pasted again and again
    manifest = write_xlsx(tmp_path / "ds.xlsx", [
        HEADER,
        ["Nguyễn Văn An", "01/01/1990", "Nam", "B1234567", "Ninh Kiều"],
        # another person under the same number, then the same person twice
        ["Trần Thị Bình", "02/02/1985", "Nữ", "B1234567", "Cái Răng"],
        ["NGUYỄN VĂN AN", "01/01/1990", "Nam", "B1234567", "Ninh Kiều"],
        ["Lê Văn Cường", "03/03/1980", "Nam", "C7654321", long_address],
    ])
    errors = tmp_path / "loi.csv"
    code = main(["--db", str(db), "import", str(manifest), "--arrival-date", "2026-11-20",
                 "--errors-out", str(errors), "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert (report["imported"], report["duplicates"], len(report["errors"])) == (2, 1, 1)
    [error] = report["errors"]
    assert error["row"] == 3 and "dòng 2" in error["message"]
    text = errors.read_text("utf-8-sig")
    [_, line] = text.strip().splitlines()  # the header and the one failing row
    assert line.startswith("Trần Thị Bình,02/02/1985,Nữ,B1234567,Cái Răng,")
    assert any("địa chỉ dài 419 ký tự" in w["message"] for w in report["warnings"])
    with sqlite3.connect(db) as conn:
        names = {n for (n,) in conn.execute("SELECT full_name FROM person")}
        [(address,)] = conn.execute("SELECT address FROM person WHERE id_number='C7654321'")
    assert names == {"Nguyễn Văn An", "Lê Văn Cường"} and len(address) == 300


def test_a_hand_over_far_ahead_is_refused(tmp_path, capsys):
    db = tmp_path / "qd.sqlite3"
    code = main(["--db", str(db), "person", "add", "--name", "Nguyễn Văn An", "--sex", "M",
                 "--kind", "illegal_entry", "--date", "2099-12-01"])
    _, err = capsys.readouterr()
    assert code == 2 and "Ngày giao nhận 01/12/2099 không hợp lệ" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM person").fetchone() == (0,)


def test_a_control_character_between_words_is_a_space():
    from quarantine_desk.domain.values import parse_name

    # a workbook's «_x0000_» reads as NUL: «Nguyễn\0Văn» was «NguyễnVăn»
    assert parse_name("Nguyễn\0Văn\x1fĐức\u200b") == "Nguyễn Văn Đức"
