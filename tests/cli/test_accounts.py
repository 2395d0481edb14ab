"""Accounts on the command line: --user, passwords from the environment, user and audit."""

import json

from openpyxl import load_workbook

from tests.cli.test_commands import run

PW = "mật khẩu quản trị"


def test_accounts_and_audit_on_the_command_line(capsys, db_path, monkeypatch, tmp_path):
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    # a new database runs without accounts until the first administrator exists
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PW)
    code, _, err = run(capsys, "--db", db, "user", "add", "chihuy", "--role", "operator")
    assert code == 2 and "quản trị viên" in err
    code, out, _ = run(capsys, "--db", db, "user", "add", "ChiHuy", "--role", "admin")
    assert code == 0 and "chihuy" in out

    code, _, err = run(capsys, "--db", db, "facility", "list")
    assert code == 2 and "--user" in err and err.count("\n") == 1
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", "sai")
    code, _, err = run(capsys, "--db", db, "--user", "chihuy", "facility", "list")
    assert code == 2 and "Sai tên đăng nhập hoặc mật khẩu" in err

    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PW)
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", "mật khẩu cán bộ")
    code, _, _ = run(capsys, "--db", db, "--user", "chihuy", "user", "add", "canbo", "--role",
                     "operator", "--facility", "KS-NK")
    assert code == 0
    code, out, _ = run(capsys, "--db", db, "--user", "chihuy", "user", "list", "--json")
    users = {u["username"]: u for u in json.loads(out)}
    assert users["canbo"]["facilities"] == ["KS-NK"] and users["canbo"]["role"] == "operator"

    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", "mật khẩu cán bộ")
    code, out, _ = run(capsys, "--db", db, "--user", "canbo", "facility", "list", "--json")
    assert [f["code"] for f in json.loads(out)] == ["KS-NK"]
    code, _, err = run(capsys, "--db", db, "--user", "canbo", "settings", "set", "place", "X")
    assert code == 2 and "quản trị" in err
    code, _, err = run(capsys, "--db", db, "--user", "canbo", "audit", "list")
    assert code == 2

    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PW)
    code, _, _ = run(capsys, "--db", db, "--user", "chihuy", "user", "disable", "canbo")
    assert code == 0
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", "mật khẩu cán bộ")
    assert run(capsys, "--db", db, "--user", "canbo", "facility", "list")[0] == 2

    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PW)
    code, out, _ = run(capsys, "--db", db, "--user", "chihuy", "audit", "list", "--by", "canbo",
                       "--json")
    entries = json.loads(out)
    assert code == 0 and {e["action"] for e in entries} >= {"login", "login_failed"}
    assert all(e["user"] == "canbo" for e in entries)
    out_file = tmp_path / "audit.xlsx"
    code, out, _ = run(capsys, "--db", db, "--user", "chihuy", "audit", "export", "-o",
                       str(out_file))
    assert code == 0
    sheet = load_workbook(out_file).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == ["Số", "Thời điểm", "Người thực hiện", "Thay đổi"]
    actions = {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"Khóa tài khoản", "Thêm tài khoản", "Đăng nhập sai"} <= actions


def test_person_edit_on_the_command_line(capsys, db_path):
    db = str(db_path)
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "person", "list", "--json")
    first = json.loads(out)[0]
    code, _, err = run(capsys, "--db", db, "person", "edit", str(first["id"]), "--birth",
                       "31/13/1990")
    assert code == 2 and err.count("\n") == 1 and "31/13/1990" in err
    code, out, _ = run(capsys, "--db", db, "person", "edit", str(first["id"]), "--phone",
                       "0901 234 567", "--json")
    edited = json.loads(out)
    assert code == 0 and edited["phone"] == "0901234567"
    assert edited["full_name"] == first["full_name"] and edited["sex"] == first["sex"]
    assert edited["id_number"] == first["id_number"]
