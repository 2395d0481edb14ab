"""Accounts, roles enforced in the service layer, and the append-only audit trail."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from quarantine_desk.services import Services
from quarantine_desk.services.access import PermissionDenied
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import PersonFilter
from quarantine_desk.services.users import LOCK_AFTER, SignInError
from quarantine_desk.storage.models import AuditEvent
from tests.services.test_operations import make_batch

ARRIVAL = date(2020, 7, 29)
PASSWORD = "mật khẩu dài"


@pytest.fixture
def office(services, db):
    """Two facilities, an administrator, an operator of QS and a viewer."""
    admin = services.users.create_first_admin("chihuy", PASSWORD, "Nguyễn Văn Chỉ")
    boss = Services.open(db, admin)
    boss.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=4)
    boss.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=4)
    boss.users.add("canbo", PASSWORD, "operator", facility_codes=["QS"])
    boss.users.add("xem", PASSWORD, "viewer")
    return boss


def as_user(db, name):
    return Services.open(db, Services.open(db).users.sign_in(name, PASSWORD))


def audit_rows(db, action=None):
    with db.read() as session:
        rows = session.query(AuditEvent).order_by(AuditEvent.id).all()
        return [r for r in rows if action is None or r.action == action]


# -- sign-in ----------------------------------------------------------------------------

def test_first_admin_only_once_and_hashes_not_passwords(services, db):
    assert not services.users.has_accounts()
    services.users.create_first_admin("Admin", PASSWORD)
    with pytest.raises(ServiceError, match="Đã có tài khoản"):
        services.users.create_first_admin("other", PASSWORD)
    with db.read() as session:
        stored = session.execute(text("SELECT password_hash FROM app_user")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    actor = services.users.sign_in("ADMIN ", PASSWORD)  # names are case-insensitive
    assert actor.username == "admin" and actor.role == "admin"


def test_short_password_and_bad_names_are_refused(office):
    with pytest.raises(ServiceError, match="ít nhất 8"):
        office.users.add("moi", "ngan", "viewer")
    with pytest.raises(ServiceError, match="Tên đăng nhập"):
        office.users.add("người mới", PASSWORD, "viewer")
    with pytest.raises(ServiceError, match="đã có"):
        office.users.add("xem", PASSWORD, "viewer")


def test_failures_slow_down_then_lock_and_the_wait_is_stored(office, db):
    users = Services.open(db).users
    now = datetime(2026, 11, 22, 8, 0)
    users.clock = lambda: now
    for _ in range(3):
        with pytest.raises(SignInError, match="Sai tên đăng nhập"):
            users.sign_in("canbo", "sai mật khẩu")
    # the third failure imposes a wait: even the right password is not looked at
    with pytest.raises(SignInError, match="đợi 2 giây"):
        users.sign_in("canbo", PASSWORD)
    for _ in range(LOCK_AFTER - 3):
        now += timedelta(minutes=1)
        with pytest.raises(SignInError, match="Sai tên đăng nhập"):
            users.sign_in("canbo", "sai nữa")
    now += timedelta(minutes=1)
    with pytest.raises(SignInError, match="tạm khóa"):
        users.sign_in("canbo", PASSWORD)
    now += timedelta(minutes=16)
    assert users.sign_in("canbo", PASSWORD).username == "canbo"
    failed = audit_rows(db, "login_failed")
    assert len(failed) == LOCK_AFTER and all(r.username == "canbo" for r in failed)


def test_disabled_account_cannot_sign_in_and_last_admin_stays(office, db):
    office.users.set_active("xem", False)
    with pytest.raises(SignInError):
        Services.open(db).users.sign_in("xem", PASSWORD)
    with pytest.raises(ServiceError, match="tự khóa"):
        office.users.set_active("chihuy", False)
    with pytest.raises(ServiceError, match="ít nhất một quản trị viên"):
        office.users.set_role("chihuy", "viewer")
    office.users.set_active("xem", True)
    assert as_user(db, "xem").actor.role == "viewer"


def test_password_change_needs_the_old_one_for_non_admins(office, db):
    op = as_user(db, "canbo")
    with pytest.raises(ServiceError, match="hiện tại không đúng"):
        op.users.change_password("canbo", "mật khẩu mới 1", "sai")
    op.users.change_password("canbo", "mật khẩu mới 1", PASSWORD)
    with pytest.raises(PermissionDenied):
        op.users.change_password("xem", "mật khẩu mới 2")
    office.users.change_password("canbo", PASSWORD)  # an administrator resets it
    assert as_user(db, "canbo").actor.username == "canbo"


# -- roles ------------------------------------------------------------------------------

def test_operator_sees_and_changes_only_its_facility(office, db):
    batch, ids = make_batch(db, [("Nguyễn Văn A", "M", None), ("Trần Thị B", "F", None),
                                 ("Lê Văn C", "M", None)])
    office.admissions.admit(ids[2], "KTX", admitted_on=ARRIVAL)  # someone elsewhere
    op = as_user(db, "canbo")
    assert [f.code for f in op.facilities.list()] == ["QS"]
    with pytest.raises(PermissionDenied, match="không được giao cơ sở KTX"):
        op.admissions.admit(ids[0], "KTX", admitted_on=ARRIVAL)
    op.admissions.admit(ids[0], "QS", admitted_on=ARRIVAL)
    # not yet admitted people and its own are visible; the person in KTX is not
    assert {p.id for p in op.people.list()} == {ids[0], ids[1]}
    assert op.reports.daily_list(ARRIVAL + timedelta(days=1)) == [
        r for r in office.reports.daily_list(ARRIVAL + timedelta(days=1)) if r.facility == "QS"]
    with pytest.raises(PermissionDenied):
        op.health.record_test(ids[2], ARRIVAL, "pcr", "negative")
    with pytest.raises(PermissionDenied):
        op.stay_changes.transfer(ids[0], ARRIVAL, facility_code="KTX")
    with pytest.raises(PermissionDenied):
        op.allocation.allocate(batch, ["KTX"])
    result = op.allocation.allocate(batch)  # no order: only its own facilities
    assert {p.facility for p in result.placements} == {"QS"}
    released, refused = op.releases.release([ids[2]], ARRIVAL + timedelta(days=30))
    assert not released and "không thuộc cơ sở" in refused[0].reason
    for refused_action in (
        lambda: op.facilities.add(code="X", name="X", kind="hotel", beds=1),
        lambda: op.facilities.set_status("QS", "standby"),
        lambda: op.settings.set_issuer_field("place", "Cần Thơ"),
        lambda: op.users.add("moi", PASSWORD, "viewer"),
        lambda: op.users.list(),
        lambda: op.audit.list(),
    ):
        with pytest.raises(PermissionDenied):
            refused_action()


def test_only_an_administrator_may_override_the_test_rule(office, db):
    _, [pid] = make_batch(db, [("Nguyễn Văn A", "M", None)])
    office.admissions.admit(pid, "QS", admitted_on=ARRIVAL)
    day = ARRIVAL + timedelta(days=30)
    op = as_user(db, "canbo")
    with pytest.raises(PermissionDenied, match="quản trị"):
        op.releases.release([pid], day, override_note="đã có xác nhận của bệnh viện")
    released, _ = office.releases.release([pid], day, override_note="đã có xác nhận của bệnh viện")
    assert len(released) == 1
    [entry] = audit_rows(db, "release")
    assert entry.username == "chihuy" and "đã có xác nhận" in entry.after["override"]


def test_viewer_reads_and_prints_but_changes_nothing(office, db, tmp_path):
    batch, [pid] = make_batch(db, [("Nguyễn Văn A", "M", None)])
    office.admissions.admit(pid, "QS", admitted_on=ARRIVAL)
    viewer = as_user(db, "xem")
    assert viewer.people.count() == 1 and len(viewer.facilities.list()) == 2
    for refused in (
        lambda: viewer.admissions.admit(pid, "KTX", admitted_on=ARRIVAL),
        lambda: viewer.health.record_check(pid, ARRIVAL, 36.6),
        lambda: viewer.health.record_test(pid, ARRIVAL, "pcr", "negative"),
        lambda: viewer.releases.release([pid], ARRIVAL + timedelta(days=30)),
        lambda: viewer.stay_changes.change_planned_date(pid, ARRIVAL + timedelta(days=20), "lý do"),
        lambda: viewer.allocation.allocate(batch),
        lambda: viewer.facilities.add_room("QS", "1", 2),
    ):
        with pytest.raises(PermissionDenied, match="chỉ xem"):
            refused()
    # a copy of the whole database is for an administrator; the desk's own rotation beside
    # the database runs for whoever is signed in
    with pytest.raises(PermissionDenied, match="quản trị"):
        viewer.backups.backup(tmp_path / "b.sqlite3")
    assert viewer.people.count(PersonFilter(status="in_quarantine")) == 1
    made = viewer.papers.make("daily-list", tmp_path / "list.pdf", ARRIVAL + timedelta(days=2))
    assert "1 người" in made and (tmp_path / "list.pdf").stat().st_size > 0


# -- audit trail ------------------------------------------------------------------------

def test_each_kind_of_change_is_recorded_with_who_and_values(office, db, tmp_path):
    batch, ids = make_batch(db, [("Nguyễn Văn A", "M", None), ("Trần Thị B", "F", None)])
    op = as_user(db, "canbo")
    op.admissions.admit(ids[0], "QS", admitted_on=ARRIVAL)
    op.health.record_check(ids[0], ARRIVAL, 36.8)
    op.health.record_check(ids[0], ARRIVAL, 37.9, "ho")
    op.health.record_test(ids[0], ARRIVAL + timedelta(days=13), "pcr", "pending")
    op.health.record_test(ids[0], ARRIVAL + timedelta(days=13), "pcr", "negative")
    op.stay_changes.change_planned_date(ids[0], ARRIVAL + timedelta(days=15), "theo chỉ đạo")
    op.releases.release([ids[0]], ARRIVAL + timedelta(days=15))
    op.allocation.allocate(batch)
    op.stay_changes.abscond(ids[1], ARRIVAL + timedelta(days=2), "trốn qua hàng rào")
    office.facilities.update("KTX", name="Ký túc xá khu B", kind="school", beds=5)
    office.settings.set_issuer_field("place", "Cần Thơ")
    op.papers.export("people", tmp_path / "people.xlsx", ARRIVAL)
    op.papers.make("releases", tmp_path / "rel.pdf", ARRIVAL + timedelta(days=15))

    by_action = {}
    for row in audit_rows(db):
        by_action.setdefault(row.action, []).append(row)
    assert {"user_add", "login", "admit", "health_check", "test", "planned_date", "release",
            "allocate", "abscond", "facility_edit", "setting", "export",
            "print"} <= set(by_action)
    checks = by_action["health_check"]
    assert checks[1].before == {"temperature": 36.8, "symptoms": None}
    assert checks[1].after["temperature"] == 37.9 and checks[1].username == "canbo"
    assert by_action["test"][1].before == {"result": "pending"}
    assert by_action["test"][1].after == {"result": "negative"}
    planned = by_action["planned_date"][0]
    assert planned.person_id == ids[0] and planned.after["reason"] == "theo chỉ đạo"
    assert by_action["release"][0].after["certificate"] == "01/GXN-QS"
    edit = by_action["facility_edit"][0]
    assert edit.before == {"name": "Ký túc xá", "beds": 4}
    assert edit.after == {"name": "Ký túc xá khu B", "beds": 5}
    assert edit.username == "chihuy"
    assert by_action["export"][0].after == {"kind": "people", "file": "people.xlsx"}
    # filters of the GUI and the command line
    assert {r.action for r in office.audit.list(person_id=ids[0])} >= {"admit", "release"}
    assert all(r.username == "canbo" for r in office.audit.list(username="canbo"))
    assert office.audit.list(since=date.today() + timedelta(days=1)) == []


def test_the_trail_is_append_only_for_everyone(office, db):
    assert audit_rows(db)
    for statement in ("UPDATE audit_event SET username = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError, match="append-only"), db.write() as session:
            session.execute(text(statement))
    assert all(r.username != "x" for r in audit_rows(db))


def test_a_refused_change_leaves_no_trace_but_a_failed_sign_in_does(office, db):
    before = len(audit_rows(db))
    with pytest.raises(ServiceError):
        office.facilities.update("KTX", name="", kind="school", beds=4)
    assert len(audit_rows(db)) == before
    with pytest.raises(SignInError):
        Services.open(db).users.sign_in("khongco", "x")
    assert audit_rows(db)[-1].action == "login_failed"


def test_editing_a_person_is_checked_scoped_and_recorded(office, db):
    from quarantine_desk.services.errors import FieldError

    _, ids = make_batch(db, [("Nguyen Van A", "M", None), ("Trần Thị B", "F", None)])
    office.admissions.admit(ids[1], "KTX", admitted_on=ARRIVAL)
    office.people.edit(ids[1], full_name="Trần Thị Bé", id_number="C7654321", birth="1990")
    op = as_user(db, "canbo")
    with pytest.raises(FieldError) as refused:
        op.people.edit(ids[0], full_name="Nguyễn Văn A", birth="31/02/1980")
    assert refused.value.field == "birth"
    with pytest.raises(FieldError) as refused:
        op.people.edit(ids[0], full_name="Nguyễn Văn A", id_number="c 765 4321")
    assert refused.value.field == "id_number" and f"người số {ids[1]}" in str(refused.value)
    with pytest.raises(PermissionDenied):  # admitted to a facility not assigned to canbo
        op.people.edit(ids[1], full_name="Trần Thị B")
    row = op.people.edit(ids[0], full_name="NGUYỄN VĂN AN", sex="M", birth="02/01/1980",
                         id_number="B1234567", phone="912345678")
    assert (row.full_name, row.date_of_birth, row.id_type, row.phone) == (
        "Nguyễn Văn An", date(1980, 1, 2), "passport", "0912345678")
    assert op.people.list(PersonFilter(search="nguyen van an"))[0].id == ids[0]
    entry = [r for r in audit_rows(db, "person_edit") if r.person_id == ids[0]][-1]
    assert entry.username == "canbo"
    assert entry.before["full_name"] == "Nguyen Van A"
    assert entry.after["full_name"] == "Nguyễn Văn An" and entry.after["id_number"] == "B1234567"
