"""The command-line contract: shapes of the JSON, exit codes, one-line errors."""

import json
import os
import subprocess
import sys

import pytest

from quarantine_desk.app import main

PERSON_KEYS = {
    "id", "full_name", "sex", "date_of_birth", "birth_year", "id_number", "id_type",
    "nationality", "phone", "address", "batch_id", "status", "facility", "room", "admitted_on",
    "planned_release_on", "released_on", "household", "quarantine_start",
    "contact_level", "current_address", "insurance_number", "vaccine_doses", "last_dose_on",
    "vaccine", "recovered_on", "arrived_on", "arrival_symptoms", "diet", "vaccination_status",
}
STATUSES = {"arrived", "in_quarantine", "released", "hospital", "transferred", "absconded"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_lists(capsys, db_path):
    db = str(db_path)
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "Đã nạp dữ liệu mẫu" in out

    code, out, _ = run(capsys, "--db", db, "facility", "list", "--json")
    facilities = json.loads(out)
    assert code == 0 and len(facilities) == 5
    for f in facilities:
        assert set(f) == {"code", "name", "kind", "unit", "beds", "occupied", "free", "status"}
        assert f["free"] == f["beds"] - f["occupied"]
    assert sum(f["kind"] == "military" for f in facilities) >= 2

    code, out, _ = run(capsys, "--db", db, "person", "list", "--json")
    people = json.loads(out)
    assert code == 0 and len(people) >= 200
    for p in people:
        assert set(p) == PERSON_KEYS
        assert p["status"] in STATUSES
        assert p["sex"] in {"M", "F", None}
    in_quarantine = [p for p in people if p["status"] == "in_quarantine"]
    assert in_quarantine and all(p["facility"] and p["admitted_on"] for p in in_quarantine)

    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "không thêm gì" in out
    _, out, _ = run(capsys, "--db", db, "person", "list", "--json")
    assert len(json.loads(out)) == len(people)


def test_person_list_filters(capsys, db_path):
    db = str(db_path)
    run(capsys, "--db", db, "demo")
    _, out, _ = run(capsys, "--db", db, "person", "list", "--facility", "TD-932",
                    "--status", "in_quarantine", "--json")
    rows = json.loads(out)
    assert rows and all(r["facility"] == "TD-932" and r["status"] == "in_quarantine"
                        for r in rows)
    name = rows[0]["full_name"]
    _, out, _ = run(capsys, "--db", db, "person", "list", "--search", name.upper(), "--json")
    assert name in {r["full_name"] for r in json.loads(out)}


def test_facility_add_and_env_variable(capsys, db_path, monkeypatch):
    monkeypatch.setenv("QUARANTINE_DESK_DB", str(db_path))
    code, out, _ = run(capsys, "facility", "add", "--code", "QS-1", "--name",
                       "Doanh trại Tiểu đoàn 1", "--kind", "military", "--beds", "120",
                       "--unit", "Bộ Chỉ huy Quân sự thành phố Cần Thơ")
    assert code == 0 and "QS-1" in out
    _, out, _ = run(capsys, "facility", "list", "--json")
    assert json.loads(out) == [{
        "code": "QS-1", "name": "Doanh trại Tiểu đoàn 1", "kind": "military",
        "unit": "Bộ Chỉ huy Quân sự thành phố Cần Thơ", "beds": 120, "occupied": 0,
        "free": 120, "status": "active",
    }]


@pytest.mark.parametrize(
    "argv",
    [
        ["facility", "add", "--code", "A", "--name", "A", "--kind", "castle", "--beds", "1"],
        ["facility", "add", "--code", "A", "--name", "A", "--kind", "hotel", "--beds", "-3"],
        ["facility", "add", "--code", "A B", "--name", "A", "--kind", "hotel", "--beds", "3"],
        ["person", "list", "--status", "asleep"],
        ["nonsense"],
        ["facility"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(capsys, db_path, argv):
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unreadable_database_exit_2(capsys, tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\x00garbage" * 500)
    before = bad.read_bytes()
    code, out, err = run(capsys, "--db", str(bad), "facility", "list", "--json")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert bad.read_bytes() == before
    code, _, err = run(capsys, "--db", str(tmp_path / "no" / "such" / "x.db"), "facility", "list")
    assert code == 2 and "không tồn tại" in err


def test_console_script_in_a_real_process(tmp_path):
    env = {**os.environ, "QUARANTINE_DESK_DB": str(tmp_path / "p.sqlite3")}
    ok = subprocess.run([sys.executable, "-m", "quarantine_desk", "facility", "list", "--json"],
                        capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0 and json.loads(ok.stdout) == []
    bad = subprocess.run([sys.executable, "-m", "quarantine_desk", "--db",
                          "postgresql+nosuchdriver://u@127.0.0.1/x", "facility", "list"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert len(bad.stderr.strip().splitlines()) == 1


def test_the_command_line_speaks_the_language_asked_for(capsys, db_path):
    db = str(db_path)
    run(capsys, "--db", db, "demo")
    code, out, _ = run(capsys, "--lang", "en", "--db", db, "facility", "list")
    assert code == 0 and out.split()[:3] == ["Code", "Name", "Type"]
    code, _, err = run(capsys, "--lang", "en", "--db", db, "person", "edit", "99999",
                       "--name", "X")
    assert code == 2 and "There is no person number 99999." in err
    code, _, err = run(capsys, "--lang", "en", "--db", db, "facility", "lisst")
    assert code == 2 and "invalid value «lisst»" in err and "(see: " in err
    # without --lang: the language saved at this desk, Vietnamese by default
    code, out, _ = run(capsys, "--db", db, "facility", "list")
    assert code == 0 and out.split()[:3] == ["Mã", "Tên", "Loại"]


def test_the_language_saved_at_the_desk_is_the_command_lines_default(capsys, db_path):
    from quarantine_desk.i18n import save_language

    save_language("en")
    code, out, _ = run(capsys, "--db", str(db_path), "facility", "list")
    assert code == 0 and out.split()[:3] == ["Code", "Name", "Type"]


def test_each_group_names_the_commands_it_registers():
    """The parser registers only the named command's group; each group's COMMANDS must be
    exactly what it registers, and the full parser still has every command."""
    import argparse

    from quarantine_desk.cli import GROUPS, build_parser, command_word

    for group in GROUPS:
        parser = argparse.ArgumentParser()
        group.register(parser.add_subparsers(dest="command"))
        [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        assert tuple(sub.choices) == group.COMMANDS, group.__name__
    assert command_word(["--db", "x.sqlite3", "--user", "a", "facility", "list"]) == "facility"
    assert command_word(["--lang", "en", "-h"]) is None
    full = build_parser()
    [sub] = [a for a in full._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(sub.choices) == {c for g in GROUPS for c in g.COMMANDS}


def test_a_range_of_rooms_from_the_command_line(capsys, db_path):
    db = ["--db", str(db_path)]
    assert main([*db, "facility", "add", "--code", "QS", "--name", "Trường Quân sự", "--kind",
                 "military", "--beds", "40"]) == 0
    capsys.readouterr()
    assert main([*db, "facility", "room", "add", "QS", "101-110", "--beds", "4", "--sex",
                 "M"]) == 0
    assert "Đã thêm 10 phòng 101–110: mỗi phòng 4 giường." in capsys.readouterr().out
    assert main([*db, "facility", "room", "add", "QS", "110-112", "--beds", "4"]) == 2
    assert "đã có phòng 110" in capsys.readouterr().err
    assert main([*db, "facility", "rooms", "QS", "--json"]) == 0
    rooms = json.loads(capsys.readouterr().out)
    assert [r["room"] for r in rooms] == [str(n) for n in range(101, 111)]
    assert main([*db, "facility", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["beds"] == 40  # its rooms' beds
