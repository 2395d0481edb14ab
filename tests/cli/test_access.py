"""Every command on the command line, as each role, against the one table of who may do what.

An administrator, an operator of TQS-CT (on a person or facility of their own, and of
another) and a viewer run every command of the parser; each is refused exactly when
`services.access.MAY` says so. A command added to the parser without a line here fails
the first test.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

from quarantine_desk.app import main
from quarantine_desk.cli import build_parser
from quarantine_desk.domain.enums import Role
from quarantine_desk.services import Services
from quarantine_desk.services.access import MAY, Capability
from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.storage.db import Database
from tests.importing.manifests import HEADER, PEOPLE, write_xlsx

TODAY = date.today()
PASSWORD = "mật khẩu đủ dài 1"
OWN, OTHER = "TQS-CT", "TD-932"
ACCOUNTS = {Role.ADMIN: "quantri", Role.OPERATOR: "canbo", Role.VIEWER: "xem"}
# what a refusal by role or facility says (services/access.py)
REFUSALS = ("chỉ xem không được", "Chỉ quản trị cấp huyện", "không được giao cơ sở",
            "không ở cơ sở được giao", "không thuộc cơ sở được giao")
# an operator does not see the people of other facilities at all
HIDDEN = "Không có người mang số"


@dataclass(frozen=True)
class Case:
    path: str  # the command as typed: "facility room add"
    argv: Callable[[dict], list[str]]  # on the operator's own facility or person
    needs: Capability | None  # None: every account may
    other: Callable[[dict], list[str]] | None = None  # the same on another facility
    succeeds: bool = True  # the first account allowed gets exit code 0


def _out(c: dict, name: str) -> str:
    return str(c["tmp"] / name)


CASES = [
    Case("demo", lambda c: ["demo"], Capability.DEMO),
    Case("facility add", lambda c: ["facility", "add", "--code", "MOI", "--name", "Trường mới",
                                    "--kind", "school", "--beds", "10"], Capability.FACILITIES),
    Case("facility list", lambda c: ["facility", "list"], None),
    Case("facility room add", lambda c: ["facility", "room", "add", OWN, "999", "--beds", "2"],
         Capability.RECORD, lambda c: ["facility", "room", "add", OTHER, "999", "--beds", "2"],
         succeeds=False),  # the demo's rooms hold every bed of their facility already
    Case("facility room reopen",
         lambda c: ["facility", "room", "reopen", OWN, c["own_room"], "--note", "đã khử khuẩn"],
         Capability.RECORD,
         lambda c: ["facility", "room", "reopen", OTHER, c["other_room"], "--note", "x"],
         succeeds=False),  # no room of the demo is closed for cleaning
    Case("facility rooms", lambda c: ["facility", "rooms", OWN], None),
    Case("household join", lambda c: ["household", "join", *c["own_pair"]], Capability.RECORD,
         lambda c: ["household", "join", *c["other_pair"]]),
    Case("household leave", lambda c: ["household", "leave", c["own_member"]],
         Capability.RECORD, lambda c: ["household", "leave", c["other_member"]]),
    Case("person edit", lambda c: ["person", "edit", c["own"], "--phone", "0901234567"],
         Capability.RECORD, lambda c: ["person", "edit", c["other"], "--phone", "0901234567"]),
    Case("person add", lambda c: ["person", "add", "--name", "Nguyễn Văn Mới", "--sex", "M",
                                  "--age", "30", "--kind", "illegal_entry",
                                  "--detected-by", "Đồn Biên phòng"], Capability.RECORD),
    Case("person list", lambda c: ["person", "list"], None),
    Case("import", lambda c: ["import", c["manifest"], "--arrival-date", TODAY.isoformat()],
         Capability.RECORD),
    Case("allocate", lambda c: ["allocate", "--batch", c["batch"], "--facility", OWN],
         Capability.RECORD, lambda c: ["allocate", "--batch", c["batch"], "--facility", OTHER],
         succeeds=False),  # whether beds suit the waiting people is not the question here
    Case("batch add", lambda c: ["batch", "add", "--kind", "flight", "--ref", "VN9999",
                                 "--arrival-date", TODAY.isoformat(), "--expected", "5"],
         Capability.RECORD),
    Case("batch list", lambda c: ["batch", "list"], None),
    Case("batch release-hold", lambda c: ["batch", "release-hold", c["batch"]],
         Capability.RECORD, succeeds=False),  # the demo holds no beds
    Case("exposure", lambda c: ["exposure", c["own"], "--apply"], Capability.RECORD,
         lambda c: ["exposure", c["other"], "--apply"]),
    Case("admit", lambda c: ["admit", c["arrived"], "--facility", OWN, "--date",
                             TODAY.isoformat()], Capability.RECORD,
         lambda c: ["admit", c["arrived"], "--facility", OTHER, "--date", TODAY.isoformat()],
         succeeds=False),  # the person's sex and arrival may suit no room; access comes first
    Case("release", lambda c: ["release", c["own_due"], "--date", TODAY.isoformat()],
         Capability.RECORD,
         lambda c: ["release", c["other_due"], "--date", TODAY.isoformat()], succeeds=False),
    Case("transfer", lambda c: ["transfer", c["own"], "--hospital", "Bệnh viện Đa khoa"],
         Capability.RECORD, lambda c: ["transfer", c["other"], "--hospital", "Bệnh viện"]),
    Case("test", lambda c: ["test", c["own"], "--date", TODAY.isoformat(), "--kind", "pcr",
                            "--result", "negative"], Capability.RECORD,
         lambda c: ["test", c["other"], "--date", TODAY.isoformat(), "--kind", "pcr",
                    "--result", "negative"]),
    Case("health", lambda c: ["health", c["own"], "--date", TODAY.isoformat(),
                              "--temp", "36.8"], Capability.RECORD,
         lambda c: ["health", c["other"], "--date", TODAY.isoformat(), "--temp", "36.8"]),
    Case("forecast", lambda c: ["forecast"], None),
    Case("sampling plan", lambda c: ["sampling", "plan", "--facility", OWN, "--individual",
                                     c["own_pair"][0]], Capability.RECORD,
         lambda c: ["sampling", "plan", "--facility", OTHER, "--individual",
                    c["other_pair"][0]]),
    Case("sampling list", lambda c: ["sampling", "list"], None),
    Case("fees pay", lambda c: ["fees", "pay", c["own"], "--amount", "80000", "--receipt",
                                "BL-9"], Capability.RECORD,
         lambda c: ["fees", "pay", c["other"], "--amount", "80000", "--receipt", "BL-9"]),
    Case("fees reverse", lambda c: ["fees", "reverse", c["own_payment"], "--receipt", "BL-8",
                                    "--note", "ghi nhầm"], Capability.RECORD,
         lambda c: ["fees", "reverse", c["other_payment"], "--receipt", "BL-8", "--note",
                    "ghi nhầm"]),
    Case("fees exempt", lambda c: ["fees", "exempt", c["own"], "--kind", "poor", "--document",
                                   "Giấy chứng nhận hộ nghèo số 1"], Capability.RECORD,
         lambda c: ["fees", "exempt", c["other"], "--kind", "poor", "--document", "GCN 1"]),
    Case("fees rates", lambda c: ["fees", "rates"], None),
    Case("fees rate", lambda c: ["fees", "rate", "military", "--from", "2021-06-01",
                                 "--person-rate", "80000", "--state-rate", "40000"],
         Capability.SETTINGS),
    Case("meals", lambda c: ["meals", "--facility", OWN], None,
         lambda c: ["meals", "--facility", OTHER]),
    # a tube of another facility in the file is an error of its row (services/sampling.py)
    Case("tests import", lambda c: ["tests", "import", c["lab"]], Capability.RECORD),
    Case("report", lambda c: ["report", "daily-list", "--facility", OWN, "-o",
                              _out(c, "ds.pdf")], None),
    Case("export", lambda c: ["export", "daily-list", "-o", _out(c, "ds.xlsx")], None),
    Case("backup", lambda c: ["backup", "-o", _out(c, "saoluu.sqlite3")], Capability.BACKUP),
    Case("restore", lambda c: ["restore", c["backup"]], Capability.RESTORE),
    Case("encrypt", lambda c: ["encrypt"], Capability.BACKUP),
    # before any sign-in (the database cannot be opened without its key); this database is
    # plain, so it says no key is needed (tests/services/test_encryption.py adds one)
    Case("key add", lambda c: ["key", "add"], None, succeeds=False),
    Case("register list", lambda c: ["register", "list"], None),
    Case("register export", lambda c: ["register", "export", "-o", _out(c, "so.xlsx")], None),
    Case("verify", lambda c: ["verify", "--number", "1/GXN-QS", "--code", "ABCD"], None,
         succeeds=False),  # no such certificate: refused as not found, for everyone
    Case("settings list", lambda c: ["settings", "list"], None),
    Case("settings set", lambda c: ["settings", "set", "place", "Cần Thơ"], Capability.SETTINGS),
    Case("user add", lambda c: ["user", "add", "moi", "--role", "viewer"], Capability.ACCOUNTS),
    Case("user list", lambda c: ["user", "list"], Capability.ACCOUNTS),
    Case("user disable", lambda c: ["user", "disable", "khac"], Capability.ACCOUNTS),
    Case("user enable", lambda c: ["user", "enable", "khac"], Capability.ACCOUNTS),
    Case("user passwd", lambda c: ["user", "passwd", "khac"], Capability.ACCOUNTS),
    Case("user assign", lambda c: ["user", "assign", "khac", OWN], Capability.ACCOUNTS),
    Case("audit list", lambda c: ["audit", "list"], Capability.AUDIT),
    Case("audit verify", lambda c: ["audit", "verify"], Capability.AUDIT),
    Case("audit export", lambda c: ["audit", "export", "-o", _out(c, "nk.xlsx")],
         Capability.AUDIT),
]


def _commands(parser, prefix: str = "") -> set[str]:
    """Every command path the parser accepts: "facility room add"."""
    found: set[str] = set()
    actions = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
    if not actions:
        return {prefix.strip()}
    for name, sub in actions[0].choices.items():
        found |= _commands(sub, f"{prefix} {name}")
    return found


def test_every_command_is_in_the_walk():
    assert _commands(build_parser()) == {case.path for case in CASES}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, dict]:
    """A demo database with three accounts, and the ids the commands act on."""
    folder = tmp_path_factory.mktemp("access")
    path = folder / "qd.sqlite3"
    db = Database(str(path))
    load_demo(db, today=TODAY)
    services = Services.open(db)
    for role, name in ACCOUNTS.items():
        services.users.add(name, PASSWORD, role.value,
                           facility_codes=[OWN] if role == Role.OPERATOR else None)
    services.users.add("khac", PASSWORD, Role.VIEWER.value)

    def people(**kw) -> list[int]:
        return [p.id for p in services.people.list(PersonFilter(**kw))]


    own = people(facility=OWN, status="in_quarantine")
    other = people(facility=OTHER, status="in_quarantine")
    for ids in (own[3:5], other[3:5]):  # a household in each facility
        services.households.join(ids)
    own_due = people(facility=OWN, due_to=TODAY) or own
    other_due = people(facility=OTHER, due_to=TODAY) or other
    arrived = people(status="arrived")
    waiting = {p.batch_id for p in services.people.list(PersonFilter(status="arrived"))}
    rooms = {code: services.facilities.rooms(code)[0].code for code in (OWN, OTHER)}
    manifest = write_xlsx(folder / "vn5090.xlsx", [HEADER, *PEOPLE])
    sampled = services.sampling.save(services.sampling.plan(
        OWN, TODAY - timedelta(days=1), individual=[own[0]]))
    payments = [services.fees.pay(pid, 50_000, TODAY, "BL-1")[0] for pid in (own[0], other[0])]
    lab = write_xlsx(folder / "ket-qua.xlsx", [["Mã ống", "Kết quả"],
                                               [sampled.tubes[0].code, "Âm tính"]])
    services.backups.backup(folder / "backup.sqlite3")
    db.close()
    context = {
        "own": str(own[0]), "other": str(other[0]),
        "own_pair": [str(own[1]), str(own[2])], "other_pair": [str(other[1]), str(other[2])],
        "own_due": str(own_due[-1]), "other_due": str(other_due[-1]),
        "arrived": str(arrived[0]), "batch": str(sorted(b for b in waiting if b)[0]),
        "own_member": str(own[3]), "other_member": str(other[3]),
        "own_room": rooms[OWN], "other_room": rooms[OTHER],
        "manifest": str(manifest), "backup": str(folder / "backup.sqlite3"),
        "lab": str(lab), "own_payment": str(payments[0]), "other_payment": str(payments[1]),
    }
    return path, context


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.path)
def test_each_command_as_each_role(case, template, tmp_path, capsys, monkeypatch):
    source, context = template
    db = tmp_path / "qd.sqlite3"
    shutil.copy(source, db)
    context = {**context, "tmp": tmp_path}
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    monkeypatch.setenv("QUARANTINE_DESK_NEW_PASSWORD", PASSWORD)

    def run(role: Role, argv: list[str]) -> tuple[int, str]:
        code = main(["--db", str(db), "--user", ACCOUNTS[role], *argv])
        _, err = capsys.readouterr()
        return code, err

    # refusals first: they change nothing, so every run starts from the same data
    runs = [(Role.VIEWER, case.argv(context), False)]
    if case.other is not None:
        runs.append((Role.OPERATOR, case.other(context), True))  # another facility's
    runs += [(Role.OPERATOR, case.argv(context), False), (Role.ADMIN, case.argv(context), False)]
    first_allowed = True
    for role, argv, elsewhere in runs:
        allowed = case.needs is None or role in MAY[case.needs]
        if elsewhere:
            allowed = False
        code, err = run(role, argv)
        refused = any(text in err for text in REFUSALS) or (elsewhere and HIDDEN in err)
        assert "Traceback" not in err
        if not allowed:
            assert code == 2 and refused, (role, argv, err)
            continue
        assert not refused, (role, argv, err)
        if first_allowed and case.succeeds:
            assert code == 0, (role, argv, err)
        first_allowed = False


def test_a_viewer_cannot_load_the_demo_and_an_administrator_only_into_an_empty_database(
        db_path, capsys, monkeypatch, tmp_path):
    db = Database(str(db_path))
    services = Services.open(db)
    services.users.add("xem", PASSWORD, Role.VIEWER.value)
    services.users.add("quantri", PASSWORD, Role.ADMIN.value)
    monkeypatch.setenv("QUARANTINE_DESK_PASSWORD", PASSWORD)
    assert main(["--db", str(db_path), "--user", "xem", "demo"]) == 2
    assert "Chỉ quản trị cấp huyện được nạp dữ liệu mẫu" in capsys.readouterr().err
    assert services.people.count(PersonFilter()) == 0
    assert main(["--db", str(db_path), "--user", "quantri", "demo"]) == 0
    [entry] = [e for e in services.audit.list(limit=50) if e.action == "demo_load"]
    assert entry.username == "quantri"
    # a live database: the demonstration is not mixed into real people
    live = tmp_path / "live.sqlite3"
    assert main(["--db", str(live), "person", "add", "--name", "Trần Văn Thật", "--sex", "M",
                 "--age", "40", "--kind", "illegal_entry", "--detected-by", "Đồn Biên phòng"]) == 0
    capsys.readouterr()
    assert main(["--db", str(live), "demo"]) == 2
    assert "chưa có ai" in capsys.readouterr().err
    assert Services.open(Database(str(live))).people.count(PersonFilter()) == 1
