"""«Suất ăn, chi phí» (issue 29): the day's meals by room, each bill, a payment through its
dialog, a refusal under its field."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_count_bill_and_pay_at_the_desk(window, qtbot, monkeypatch, services_with_site):
    from quarantine_desk.ui.pages import fees as fees_page

    services = services_with_site
    services.allocation.allocate(services.batches.list()[0].id, ["QS"])
    QApplication.processEvents()
    page = window.fees
    window.nav.setCurrentRow(window.pages.index(page))
    page.facility.setCurrentIndex(page.facility.findData("QS"))
    rows = [[page.bills.item(r, c).text() for c in range(7)] for r in range(page.bills.rowCount())]
    names = sorted(r[0] for r in rows)
    assert names == ["Lê Văn An", "Nguyễn Văn Đức", "Trần Thị Hòa"]
    assert {tuple(r[2:]) for r in rows} == {("14", "1.120.000", "0", "0", "1.120.000")}
    # they arrived 14 days ago: today is their last, the kitchen counts them apart
    assert page.meals.rowCount() == 0
    assert "hoàn thành cách ly trong ngày 3 người" in page.summary.text()
    assert not page.pay_button.isEnabled()  # nobody chosen
    page.bills.selectRow(0)
    chosen = page.bills.item(0, 0).text()
    seen = {}

    def fill(dialog):
        dialog.amount.setText("abc")
        dialog.receipt.setText("0000451")
        dialog.save()
        seen["refused"] = dialog.field_error("amount")
        dialog.amount.setText("1.120.000")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(fees_page.PaymentDialog, "exec", fill)
    qtbot.mouseClick(page.pay_button, Qt.MouseButton.LeftButton)
    assert "số đồng" in seen["refused"]
    assert f"Đã ghi khoản nộp của {chosen}." == page.outcome.text()
    after = {page.bills.item(r, 0).text(): page.bills.item(r, 6).text()
             for r in range(page.bills.rowCount())}
    assert after[chosen] == "0"
    # the release list says who still owes, and nothing stops their release
    releases = window.releases
    window.nav.setCurrentRow(window.pages.index(releases))
    releases.refresh()
    owed = {releases.table.item(r, 0).text(): releases.table.item(r, 6).text()
            for r in range(releases.table.rowCount())}
    assert owed == {name: ("" if name == chosen else "1.120.000") for name in names}
    assert services.fees.bill(services.fees.bills("QS")[0][1].person_id).due == 1_120_000


def test_rates_on_the_settings_page_and_a_receipt_saved(window, qtbot, monkeypatch,
                                                         services_with_site, tmp_path):
    from quarantine_desk.ui.pages import fees as fees_page

    services = services_with_site
    page = window.settings
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    shown = [[page.rates.item(r, c).text() for c in range(4)] for r in range(page.rates.rowCount())]
    assert ["Mọi loại cơ sở", "08/02/2021", "80.000", "40.000"] in shown
    assert ["Khách sạn", "08/02/2021", "0", "0"] in shown

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("military"))
        dialog.person_rate.setText("90.000")
        dialog.basis.setText("Quyết định của thành phố")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(fees_page.RateDialog, "exec", fill)
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    assert ("military", 90_000) in [(k, p) for k, _, p, _, _ in services.fees.rates()]
    assert "Đã đặt mức thu" in page.fees.status.text()

    services.allocation.allocate(services.batches.list()[0].id, ["QS"])
    QApplication.processEvents()
    fees = window.fees
    window.nav.setCurrentRow(window.pages.index(fees))
    fees.facility.setCurrentIndex(fees.facility.findData("QS"))
    fees.bills.selectRow(0)
    assert not fees.receipt_button.isEnabled()  # nothing paid yet
    chosen = fees.selected()
    services.fees.pay(chosen.person_id, 100_000, chosen.lines[0].start, "0000777")
    fees.refresh()
    fees.bills.selectRow(0)
    target = tmp_path / "bien-lai.pdf"
    monkeypatch.setattr(fees_page, "ask_save_path", lambda *a, **k: str(target))
    qtbot.mouseClick(fees.receipt_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Biên lai số 0000777: 100.000 đồng." in fees.outcome.text()


def test_a_release_owing_meals_asks_a_note_where_the_setting_says(window, qtbot, monkeypatch,
                                                                  services_with_site, answers):
    from datetime import timedelta

    from quarantine_desk.services.people import PersonFilter
    from tests.ui.conftest import TODAY

    services = services_with_site
    services.allocation.allocate(services.batches.list()[0].id, ["QS"])
    [duc] = [p.id for p in services.people.list() if p.full_name == "Nguyễn Văn Đức"]
    services.health.record_test(duc, TODAY - timedelta(days=1), "pcr", "negative")
    services.settings.set_option("fees_unpaid_needs_note", 1)
    QApplication.processEvents()
    asked = {}

    def note(parent, title, label, *args, **kwargs):
        asked["label"] = label
        return "hẹn nộp tại phường An Hòa", True

    import PySide6.QtWidgets  # ask_fee_note's dialog, answered as an operator would

    monkeypatch.setattr(PySide6.QtWidgets.QInputDialog, "getText", staticmethod(note))
    page = window.releases
    window.nav.setCurrentRow(window.pages.index(page))
    page.refresh()
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 0).text() == "Nguyễn Văn Đức")
    page.table.selectRow(row)
    answers.next()
    with qtbot.waitSignal(window.bus.changed):
        qtbot.mouseClick(page.release_button, Qt.MouseButton.LeftButton)
    assert "1 người còn nợ tiền ăn: Nguyễn Văn Đức" in asked["label"]
    assert "Nguyễn Văn Đức (còn nợ tiền ăn 1.120.000 đồng)" in answers.asked[0]
    [gone] = services.people.list(PersonFilter(status="released"))
    assert gone.id == duc
