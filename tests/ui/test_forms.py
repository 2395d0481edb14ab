"""A refused value is shown beside its field, the dialog stays open and nothing is stored."""

from datetime import date, timedelta

from quarantine_desk.ui.dialogs.account import UserDialog
from quarantine_desk.ui.dialogs.facility import FacilityDialog, RoomDialog
from quarantine_desk.ui.dialogs.stay import PlannedDateDialog


def visible_errors(dialog):
    return {name: msg.text() for name, (_, msg) in dialog.fields.items() if msg.text()}


def test_facility_form_points_at_the_wrong_field(qtbot, services):
    dialog = FacilityDialog(services.facilities)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code.setText("mã có dấu")
    dialog.name.setText("Trường Quân sự")
    dialog.save()
    assert set(visible_errors(dialog)) == {"code"} and "Mã cơ sở" in dialog.field_error("code")
    assert dialog.fields["code"][1].isVisible() and not dialog.error.isVisible()
    assert not dialog.fields["name"][1].isVisible()
    dialog.code.setText("TQS")
    dialog.name.setText("   ")
    dialog.save()
    assert set(visible_errors(dialog)) == {"name"}  # the earlier message is gone
    assert dialog.result() == 0 and services.facilities.list() == []
    dialog.name.setText("Trường Quân sự")
    dialog.save()
    assert dialog.result() == 1 and [f.code for f in services.facilities.list()] == ["TQS"]


def test_a_facility_with_rooms_shows_their_beds_and_takes_more_rooms(qtbot, services):
    """Issue 34: beds are typed once; a facility with rooms has theirs."""
    services.facilities.add(code="QS", name="QS", kind="military", beds=6)
    view = services.facilities.add_room("QS", "101", 4) and services.facilities.list()[0]
    assert view.beds == 4
    room = RoomDialog(services.facilities, view)
    qtbot.addWidget(room)
    room.code.setText("102")
    room.beds.setValue(3)
    room.save()
    assert room.result() == 1 and services.facilities.list()[0].beds == 7
    edit = FacilityDialog(services.facilities, existing=services.facilities.list()[0])
    qtbot.addWidget(edit)
    assert not edit.beds.isEnabled() and edit.beds.value() == 7
    assert "tổng các phòng" in edit.beds.text()
    edit.name.setText("Trường Quân sự")
    edit.save()
    assert edit.result() == 1 and services.facilities.list()[0].name == "Trường Quân sự"


def test_planned_date_needs_a_reason_beside_the_reason(qtbot, services, db):
    from tests.services.test_operations import make_batch

    services.facilities.add(code="QS", name="QS", kind="military", beds=6)
    _, [pid] = make_batch(db, [("Nguyễn Văn A", "M", None)], arrival=date(2020, 8, 1))
    services.admissions.admit(pid, "QS", admitted_on=date(2020, 8, 1))
    [row] = services.people.list()
    dialog = PlannedDateDialog(services, row)
    qtbot.addWidget(dialog)
    dialog.save()
    assert "lý do" in dialog.field_error("reason")
    planned = services.people.list()[0].planned_release_on
    assert planned == date(2020, 8, 15)
    from quarantine_desk.ui.dialogs.base import date_edit

    dialog.new_date.setDate(date_edit(date(2020, 8, 1) - timedelta(days=1)).date())
    dialog.reason.setText("theo chỉ đạo")
    dialog.save()
    assert "sau ngày vào" in dialog.field_error("new_date") and not dialog.field_error("reason")


def test_user_form_checks_password_and_facilities(qtbot, services):
    services.facilities.add(code="QS", name="QS", kind="military", beds=6)
    dialog = UserDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.setText("canbo")
    dialog.password.setText("ngắn")
    dialog.repeat.setText("ngắn")
    dialog.facilities.item(0).setCheckState(dialog.facilities.item(0).checkState().Checked)
    dialog.save()
    assert "ít nhất 8" in dialog.field_error("password")
    dialog.password.setText("đủ dài rồi đó")
    dialog.save()
    assert "không khớp" in dialog.field_error("repeat") and not dialog.field_error("password")
    assert not services.users.has_accounts()


def test_damaged_database_offers_the_backups_and_restores_the_chosen_one(qtbot, db_path,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QDialog

    from quarantine_desk.services import Services
    from quarantine_desk.services.demo import load_demo
    from quarantine_desk.storage.db import DamagedDatabaseError, Database
    from quarantine_desk.ui import launcher

    database = Database(str(db_path))
    load_demo(database, today=date(2026, 11, 22))
    services = Services.open(database)
    services.backups.auto_backup(db_path.parent / "backups")
    people = services.people.count()
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = bytearray(db_path.read_bytes())
    for offset in range(8192, len(data) - 4096, 4096):
        data[offset + 100:offset + 400] = b"\xff" * 300
    db_path.write_bytes(bytes(data))
    try:
        Database(str(db_path))
    except DamagedDatabaseError as exc:
        damaged = exc
    else:
        raise AssertionError("the damaged file was opened")

    def choose(dialog):
        assert dialog.list.count() == 1 and dialog.restore_button.isEnabled()
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(QDialog, "exec", choose)
    reopened = launcher._recover(damaged, str(db_path))
    assert reopened is not None
    assert Services.open(reopened).people.count() == people
    assert list(db_path.parent.glob("qd.replaced-*.sqlite3"))  # the damaged file kept aside
    reopened.close()


def test_person_form_corrects_a_typo_and_points_at_a_bad_birth_date(qtbot, services, db):
    from tests.services.test_operations import make_batch

    _, [pid] = make_batch(db, [("Nguyễn Văn Ân", "M", None)])
    from quarantine_desk.ui.dialogs.stay import PersonDialog

    [row] = services.people.list()
    dialog = PersonDialog(services, row)
    qtbot.addWidget(dialog)
    dialog.name.setText("Nguyễn Văn An")
    dialog.birth.setText("30/02/1980")
    dialog.save()
    assert "không tồn tại" in dialog.field_error("birth") and dialog.result() == 0
    assert services.people.list()[0].full_name == "Nguyễn Văn Ân"
    dialog.birth.setText("29/02/1980")
    dialog.save()
    assert dialog.result() == 1
    saved = services.people.list()[0]
    assert (saved.full_name, saved.date_of_birth) == ("Nguyễn Văn An", date(1980, 2, 29))


def test_settings_page_validates_and_stores(qtbot, services):
    from quarantine_desk.ui.pages.settings import SettingsPage

    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.refresh()
    assert page.issuer_edits["place"].text() == "Cần Thơ"
    page.issuer_edits["place"].setText("  ")
    page.issuer_edits["signer_name"].setText("Trần Văn Bình")
    page.store_issuer()
    assert "không được để trống" in page.issuer.errors["place"].text()
    assert services.settings.issuer().signer_name == ""  # nothing stored with a refusal
    page.issuer_edits["place"].setText("Ninh Kiều")
    page.store_issuer()
    issuer = services.settings.issuer()
    assert (issuer.place, issuer.signer_name) == ("Ninh Kiều", "Trần Văn Bình")

    page.option_edits["idle_lock_minutes"].setValue(25)
    page.store_options()
    assert services.settings.option("idle_lock_minutes") == 25

    before = len(services.settings.policy_rules())
    page.days.setValue(10)
    page.test_days.setText("1, 12")
    page.add_rule()
    assert "từ ngày 1 đến ngày 10" in page.policy.errors["test_days"].text()
    page.test_days.setText("1, 9")
    page.note.setText("Công văn mới của Bộ Y tế")
    page.add_rule()
    assert page.rules.rowCount() == before + 1
    assert len(services.settings.policy_rules()) == before + 1


def test_person_form_records_a_vaccination_and_refuses_one_it_cannot_read(qtbot, services, db):
    """Typed as a list writes it; left alone, the field is not read again; nonsense is
    pointed at under the field and nothing is stored."""
    from tests.services.test_operations import make_batch

    _, [pid] = make_batch(db, [("Nguyễn Văn Ân", "M", None)])
    from quarantine_desk.ui.dialogs.stay import PersonDialog

    [row] = services.people.list()
    dialog = PersonDialog(services, row)
    qtbot.addWidget(dialog)
    vaccination, _ = dialog.details["vaccination"]
    vaccination.setText("hôm qua")
    dialog.save()
    assert "Không đọc được thông tin tiêm chủng" in dialog.field_error("vaccination")
    assert dialog.result() == 0 and services.people.list()[0].vaccine_doses is None
    vaccination.setText("Đã tiêm 2 mũi Pfizer, mũi 2 ngày 01/09/2021")
    insurance, _ = dialog.details["insurance_number"]
    insurance.setText("DN4929212345678")
    dialog.save()
    assert dialog.result() == 1
    saved = services.people.list()[0]
    assert (saved.vaccine_doses, saved.last_dose_on, saved.vaccine, saved.insurance_number) == (
        2, date(2021, 9, 1), "Pfizer", "DN4929212345678")
    again = PersonDialog(services, saved)
    qtbot.addWidget(again)
    assert again.details["vaccination"][0].text() == "2 mũi, Pfizer, mũi cuối 01/09/2021"
    again.name.setText("Nguyễn Văn An")
    again.save()
    assert services.people.list()[0].vaccine == "Pfizer"  # untouched: kept as it was


def test_the_people_table_shows_todays_vaccination_status_and_doses(qtbot, services, db):
    from quarantine_desk.ui.models.people import HEADERS, SHOWN, PeopleTableModel
    from tests.services.test_operations import make_batch

    make_batch(db, [("Nguyễn Văn Ân", "M", None), ("Trần Thị Hòa", "F", None)])
    rows = {r.full_name: r for r in services.people.list()}
    recent = date.today() - timedelta(days=30)
    services.people.edit(rows["Nguyễn Văn Ân"].id, full_name="Nguyễn Văn Ân", sex="M",
                         details={"vaccination": f"2 mũi Pfizer, mũi 2 ngày {recent:%d/%m/%Y}"})
    model = PeopleTableModel(services.people)
    model.reload()
    [column] = [c for c, spec in SHOWN.items() if spec.key == "vaccination"]
    assert HEADERS[column] == "Thông tin tiêm chủng"
    shown = {model.person(r).full_name: model.index(r, column).data()
             for r in range(model.rowCount())}
    assert shown == {"Nguyễn Văn Ân": "Đã tiêm đủ liều (2 mũi)", "Trần Thị Hòa": "Chưa rõ"}


def test_a_test_result_has_no_default_the_operator_chooses_it(qtbot, services_with_site):
    from quarantine_desk.services.people import PersonFilter
    from quarantine_desk.ui.dialogs.stay import AdmitDialog, TestResultDialog

    services = services_with_site
    arrived = services.people.list(PersonFilter(status="arrived"))[:1]
    admit = AdmitDialog(services, arrived)
    qtbot.addWidget(admit)
    admit.facility.setCurrentIndex(admit.facility.findData("QS"))
    admit.save()
    [row] = services.people.list(PersonFilter(status="in_quarantine"))
    dialog = TestResultDialog(services, [row])
    qtbot.addWidget(dialog)
    assert dialog.outcome.currentData() is None
    dialog.save()
    assert dialog.field_error("result") == "Chọn kết quả xét nghiệm." and dialog.result() == 0
    assert services.health.tests_due(date.today()) is not None and not dialog.recorded
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("negative"))
    dialog.save()
    assert dialog.result() == 1 and dialog.recorded


def test_the_forecast_axis_marks_each_bed_count_once():
    from quarantine_desk.ui.widgets.forecast_chart import axis_ticks

    assert axis_ticks(1) == [0, 1]
    assert axis_ticks(2) == [0, 1, 2]
    assert axis_ticks(3) == [0, 1, 3]
    assert axis_ticks(184) == [0, 92, 184]


def test_a_range_of_rooms_is_added_at_once_or_not_at_all(qtbot, services):
    """«101-110, 4 giường, chỉ nam» in one dialog; a range over a room it has adds none."""
    services.facilities.add(code="QS", name="QS", kind="military", beds=40)
    services.facilities.add_room("QS", "105", 2)
    view = services.facilities.list()[0]
    room = RoomDialog(services.facilities, view)
    qtbot.addWidget(room)
    room.code.setText("101-110")
    room.beds.setValue(4)
    room.sex.setCurrentIndex(room.sex.findData("M"))
    room.save()
    assert "đã có phòng 105" in room.field_error("code") and room.result() == 0
    assert [r.code for r in services.facilities.rooms("QS")] == ["105"]
    room.code.setText("A101–A109")
    room.save()
    assert room.result() == 1 and len(room.created) == 9
    made = [r for r in services.facilities.rooms("QS") if r.code.startswith("A")]
    assert [r.code for r in made] == [f"A10{i}" for i in range(1, 10)]
    assert {(r.beds, r.sex) for r in made} == {(4, "M")}


def test_person_form_records_a_diet_and_an_exemption_with_its_paper(qtbot, services, db):
    """Issue 29: the diet is a field of the record; an exemption needs its paper, and a
    refusal of it writes nothing of the form."""
    from tests.services.test_operations import make_batch

    make_batch(db, [("Trần Văn Bình", "M", None)])
    from quarantine_desk.ui.dialogs.stay import PersonDialog

    [row] = services.people.list()
    dialog = PersonDialog(services, row)
    qtbot.addWidget(dialog)
    diet, _ = dialog.details["diet"]
    diet.setText("ăn chay")
    dialog.exemption.setCurrentIndex(dialog.exemption.findData("near_poor"))
    dialog.save()
    assert "văn bản" in dialog.field_error("document") and dialog.result() == 0
    assert services.people.list()[0].diet is None  # nothing of the form was written
    dialog.exemption_paper.setText("Giấy chứng nhận hộ cận nghèo số 7/GCN-UBND")
    dialog.save()
    assert dialog.result() == 1
    assert services.people.list()[0].diet == "ăn chay"
    assert services.fees.exemptions(row.id) == [
        ("near_poor", "Giấy chứng nhận hộ cận nghèo số 7/GCN-UBND")]
    again = PersonDialog(services, services.people.list()[0])
    qtbot.addWidget(again)
    assert again.exemption.currentData() == "near_poor"
