"""Each person's bill for meals under Resolution 16/NQ-CP, payments, exemptions and the
kitchen's count (issue 29): days counted at the boundaries, a transfer billed by each site,
a rate changing mid-stay, an entry before the resolution."""

import shutil
import subprocess
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import new_person
from quarantine_desk.storage.models import ArrivalBatch, AuditEvent, BedHold, FeePayment

MARCH = date(2021, 3, 1)


@pytest.fixture
def site(services, db):
    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=10)
    services.facilities.add(code="KS", name="Khách sạn Ninh Kiều", kind="hotel", beds=10)
    services.facilities.add_room("QS", "101", 4)
    services.facilities.add_room("QS", "102", 4)
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5087", arrival_date=MARCH,
                             created_at=datetime.now())
        session.add(batch)
        session.flush()
        people = [new_person(full_name=n, sex="M", birth_year=y, batch_id=batch.id)
                  for n, y in (("Nguyễn Văn An", 1980), ("Trần Văn Bình", 1975),
                               ("Lê Văn Cường", 2015), ("Phạm Văn Dũng", 1990))]
        session.add_all(people)
        session.flush()
        ids = {p.full_name: p.id for p in people}
    return services, ids


def test_a_stay_bills_its_nights_and_a_transfer_each_sites_own(site):
    services, ids = site
    an = ids["Nguyễn Văn An"]
    services.admissions.admit(an, "QS", "101", MARCH)
    services.stay_changes.transfer(an, MARCH + timedelta(days=5), facility_code="KS")
    bill = services.fees.bill(an).to_json()
    # 14 days from 1/3: five at the military site (1–5/3), nine at the hotel, which bills
    # its own rates (0 here); the transfer day is the hotel's
    assert bill["lines"] == [
        {"facility": "QS", "from": "2021-03-01", "to": "2021-03-06", "days": 5,
         "rate": 80000, "amount": 400000},
        {"facility": "KS", "from": "2021-03-06", "to": "2021-03-15", "days": 9, "rate": 0,
         "amount": 0}]
    assert (bill["days"], bill["due"], bill["balance"]) == (14, 400000, 400000)


def test_a_rate_changing_mid_stay_and_an_entry_before_the_resolution(site):
    services, ids = site
    services.fees.set_rate("military", MARCH + timedelta(days=10), 100_000, 40_000,
                           "quyết định giả định của thành phố")
    services.admissions.admit(ids["Trần Văn Bình"], "QS", "101", MARCH)
    services.admissions.admit(ids["Phạm Văn Dũng"], "QS", "102", date(2021, 2, 1))
    lines = services.fees.bill(ids["Trần Văn Bình"]).lines
    assert [(x.days, x.rate) for x in lines] == [(10, 80_000), (4, 100_000)]
    assert services.fees.bill(ids["Trần Văn Bình"]).due == 1_200_000
    early = services.fees.bill(ids["Phạm Văn Dũng"])
    # entered on 1/2/2021, before 8/2: nothing to pay, and the bill says why
    assert (early.due, early.balance) == (0, 0)
    assert [k for k, _ in early.exemptions] == ["before_resolution"]
    with pytest.raises(ServiceError, match="Loại cơ sở"):
        services.fees.set_rate("castle", MARCH, 1, 1)


def test_payments_are_once_per_receipt_and_reversed_never_deleted(site, db):
    services, ids = site
    an = ids["Nguyễn Văn An"]
    services.admissions.admit(an, "QS", "101", MARCH)
    first = services.fees.pay(an, 500_000, MARCH + timedelta(days=3), "BL-0001")
    assert first == (1, 620_000)
    assert services.fees.pay(an, 500_000, MARCH + timedelta(days=3), "BL-0001") == first
    with pytest.raises(ServiceError, match="đã ghi"):
        services.fees.pay(an, 600_000, MARCH + timedelta(days=3), "BL-0001")
    with pytest.raises(ServiceError, match="nguyên dương"):
        services.fees.pay(an, 0, MARCH, "BL-0002")
    undone = services.fees.reverse(1, MARCH + timedelta(days=4), "BL-0002", "ghi nhầm người")
    assert undone == (2, 1_120_000)
    assert services.fees.reverse(1, MARCH + timedelta(days=4), "BL-0003", "lần nữa") == undone
    with db.read() as session:
        amounts = session.scalars(select(FeePayment.amount).order_by(FeePayment.id)).all()
        assert amounts == [500_000, -500_000]
        assert session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "fee_payment")) == 2


def test_exemptions_with_their_paper_and_children_by_the_setting(site):
    services, ids = site
    for name in ("Nguyễn Văn An", "Lê Văn Cường"):
        services.admissions.admit(ids[name], "QS", "101", MARCH)
    an = ids["Nguyễn Văn An"]
    assert services.fees.exempt(an, "poor", "Giấy chứng nhận hộ nghèo số 12/GCN-UBND")
    assert not services.fees.exempt(an, "poor", "Giấy chứng nhận hộ nghèo số 12/GCN-UBND")
    bill = services.fees.bill(an)
    assert (bill.due, bill.exempt, bill.balance) == (1_120_000, 1_120_000, 0)
    with pytest.raises(ServiceError, match="văn bản"):
        services.fees.exempt(an, "decision", "  ")
    child = ids["Lê Văn Cường"]  # six years old in 2021
    assert services.fees.bill(child).balance == 1_120_000
    services.settings.set_option("fee_child_under_years", 16)
    assert services.fees.bill(child).balance == 0


def test_the_kitchen_counts_rooms_diets_leavers_and_held_beds(site, db):
    services, ids = site
    services.admissions.admit(ids["Nguyễn Văn An"], "QS", "101", MARCH)
    services.admissions.admit(ids["Trần Văn Bình"], "QS", "101", MARCH)
    leaves = services.admissions.admit(ids["Phạm Văn Dũng"], "QS", "102",
                                       MARCH - timedelta(days=10)).planned_release_on
    assert leaves > MARCH  # the day counted: he leaves, the other two stay
    services.people.edit(ids["Trần Văn Bình"], full_name="Trần Văn Bình",
                         details={"diet": "ăn chay"})
    with db.write() as session:
        batch = ArrivalBatch(kind="flight", reference="VN5089", arrival_date=leaves,
                             expected=30, created_at=datetime.now())
        session.add(batch)
        session.flush()
        session.add(BedHold(batch_id=batch.id, facility_id=1, beds=3, created_at=datetime.now()))
    count = services.fees.meals("QS", leaves)
    assert [(r.room, r.people, r.diets) for r in count.rooms] == [
        ("101", 2, [("Trần Văn Bình", "ăn chay")])]
    assert count.leaving == [("Phạm Văn Dũng", "102")]  # his last night was the one before
    assert (count.total, count.arriving) == (2, 3)
    days = services.fees.meal_days("QS", MARCH - timedelta(days=1), leaves)
    assert list(days.values()) == [1] + [3] * (leaves - MARCH).days + [2]


@pytest.mark.sqlite_only
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_command_line_bills_takes_a_payment_and_prints_the_papers(site, db_path, capsys,
                                                                      tmp_path):
    import json

    from quarantine_desk.app import main

    services, ids = site
    an = ids["Nguyễn Văn An"]
    services.admissions.admit(an, "QS", "101", MARCH)

    def run(*argv):
        code = main(["--db", str(db_path), *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    assert json.loads(run("fees", "--person", str(an), "--json"))["due"] == 1_120_000
    paid = json.loads(run("fees", "pay", str(an), "--amount", "120.000", "--date",
                          "2021-03-05", "--receipt", "0000123", "--json"))
    assert paid == {"payment_id": 1, "balance": 1_000_000}
    run("report", "fee-notice", "--person", str(an), "--date", "2021-03-10", "-o",
        str(tmp_path / "tb.pdf"))
    run("report", "fee-receipt", "--payment", "1", "-o", str(tmp_path / "bl.pdf"))
    run("report", "meals", "--facility", "QS", "--date", "2021-03-02", "-o",
        str(tmp_path / "an.pdf"))

    def text(name):
        return " ".join(subprocess.run(["pdftotext", str(tmp_path / name), "-"],
                                       capture_output=True, text=True, check=True).stdout.split())

    assert "Số tiền còn phải nộp: 1.000.000 đồng" in text("tb.pdf")
    assert "Một triệu đồng" in text("tb.pdf") and "Số: 01/TB-" in text("tb.pdf")
    assert "Một trăm hai mươi nghìn đồng" in text("bl.pdf") and "Số: 0000123" in text("bl.pdf")
    assert "Tổng cộng: 1 người (3 suất ăn trong ngày)" in text("an.pdf")
    run("report", "fees", "--facility", "QS", "--month", "2021-03", "-o",
        str(tmp_path / "bk.pdf"))
    assert "tháng 03/2021" in text("bk.pdf") and "ngày 31 tháng 3 năm 2021" in text("bk.pdf")
    assert "phải nộp 1.120.000 đồng, được miễn 0, đã nộp 120.000" in text("bk.pdf")
    run("export", "fees", "--facility", "QS", "--month", "2021-03", "-o",
        str(tmp_path / "bk.xlsx"))
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "bk.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [1, "Nguyễn Văn An", 1980, None, 14, 1_120_000, 0, 120_000, 1_000_000] in values


def test_release_shows_what_is_owed_and_goes_ahead(site):
    services, ids = site
    an, binh = ids["Nguyễn Văn An"], ids["Trần Văn Bình"]
    for pid in (an, binh):
        services.admissions.admit(pid, "QS", "101", MARCH)
    services.fees.pay(binh, 1_120_000, MARCH + timedelta(days=2), "BL-7")
    assert services.fees.unpaid([an, binh]) == {an: 1_120_000}
    released, refused = services.releases.release([an], MARCH + timedelta(days=14),
                                                  override_note="kết quả gửi sau")
    assert [r.person_id for r in released] == [an] and not refused


def test_a_setting_makes_meals_owed_a_warning_that_needs_a_note(site):
    services, ids = site
    an = ids["Nguyễn Văn An"]
    services.admissions.admit(an, "QS", "101", MARCH)
    services.health.record_test(an, MARCH + timedelta(days=13), "pcr", "negative")
    on = MARCH + timedelta(days=14)
    assert services.releases.check([an], on)[0]  # the setting off: owing stops nothing
    services.settings.set_option("fees_unpaid_needs_note", 1)
    can, cannot = services.releases.check([an], on)
    assert not can and "còn nợ tiền ăn 1.120.000 đồng" in cannot[0].reason
    _, refused = services.releases.release([an], on)
    assert "cần ghi chú" in refused[0].reason
    with pytest.raises(ServiceError, match="không được để trống"):
        services.releases.release([an], on, fee_note="  ")
    released, _ = services.releases.release([an], on, fee_note="hẹn nộp tại phường")
    assert [r.person_id for r in released] == [an]
    [entry] = [e for e in services.audit.list(limit=20) if e.action == "release"]
    assert "hẹn nộp tại phường" in (entry.after or {}).get("override", "")
