"""«Lấy mẫu xét nghiệm» (issue 28): plan a round, change a tube by hand, save, print the list
for the lab, then read the lab's file after a preview; a positive single sample opens the
response to the case."""

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from quarantine_desk.services.people import PersonFilter
from tests.ui.conftest import TODAY


def tree_rows(page):
    out = []
    for i in range(page.tree.topLevelItemCount()):
        top = page.tree.topLevelItem(i)
        out.append((top.text(0), [top.child(j).text(0) for j in range(top.childCount())]))
    return out


def test_plan_change_save_print_and_read_the_results(window, qtbot, monkeypatch,
                                                     services_with_site, tmp_path):
    from quarantine_desk.ui.dialogs import exposure as exposure_dialogs
    from quarantine_desk.ui.pages import sampling as sampling_page

    services = services_with_site
    services.allocation.allocate(services.batches.list()[0].id, ["QS"])
    QApplication.processEvents()
    page = window.sampling
    window.nav.setCurrentRow(window.pages.index(page))
    assert page.pool_size.value() == 5  # the setting's default
    page.facility.setCurrentIndex(page.facility.findData("QS"))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert page.error.isHidden()
    code = f"QS-{TODAY:%y%m%d}"
    assert tree_rows(page) == [(f"{code}-001", ["Nguyễn Văn Đức", "Lê Văn An"]),
                               (f"{code}-002", ["Trần Thị Hòa"])]
    assert "3 người trong 2 ống" in page.message.text()
    # split the men's tube, then put Lê Văn An back: the codes follow
    page.tree.setCurrentItem(page.tree.topLevelItem(0))
    qtbot.mouseClick(page.split_button, Qt.MouseButton.LeftButton)
    assert [t for t, _ in tree_rows(page)] == [f"{code}-00{n}" for n in (1, 2, 3)]
    assert not page.move_button.isEnabled()  # a tube chosen, not a sample
    page.tree.setCurrentItem(page.tree.topLevelItem(1).child(0))
    assert page.move_button.isEnabled()  # only to the other tube of room 101
    monkeypatch.setattr(sampling_page.QInputDialog, "getItem",
                        staticmethod(lambda *a, **k: (a[3][0], True)))
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert tree_rows(page) == [(f"{code}-001", ["Nguyễn Văn Đức", "Lê Văn An"]),
                               (f"{code}-002", ["Trần Thị Hòa"])]

    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Đã lưu đợt lấy mẫu số 1" in page.message.text()
    assert page.rounds.rowCount() == 1 and page.round_id() == 1
    assert [page.rounds.item(0, c).text() for c in range(5)] == [
        "1", f"{TODAY:%d/%m/%Y}", "2", "3", "2"]

    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    reports = window.reports
    assert window.current_page() is reports and reports.round.isEnabled()
    qtbot.waitUntil(lambda: reports.job is None, timeout=20_000)
    assert "Danh sách 2 ống mẫu, 3 người, đợt lấy mẫu số 1." in reports.message.text()

    wb = openpyxl.Workbook()
    wb.active.append(["KẾT QUẢ XÉT NGHIỆM"])
    wb.active.append(["Mã ống", "Kết quả", "Giá trị Ct"])
    wb.active.append([f"{code}-001", "Âm tính", None])
    wb.active.append([f"{code}-002", "Dương tính", 24.1])
    wb.active.append(["QS-000000-000", "Âm tính", None])
    wb.save(tmp_path / "kq.xlsx")
    seen = {}

    def confirm(dialog):
        seen["rows"] = [[dialog.table.item(r, c).text() for c in range(4)]
                        for r in range(dialog.table.rowCount())]
        assert services.people.count(PersonFilter(contact_level="F0")) == 0
        dialog.save()
        return dialog.result()

    def response(dialog):
        seen["case"] = dialog.person.full_name
        return 0  # the operator closes it: nothing of the response is recorded

    monkeypatch.setattr(sampling_page.ResultsDialog, "exec", confirm)
    monkeypatch.setattr(exposure_dialogs.ExposureDialog, "exec", response)
    window.nav.setCurrentRow(window.pages.index(page))
    page.results_for(str(tmp_path / "kq.xlsx"))
    # the positive first, then the rows in error (nothing of theirs is recorded), then the
    # rest, each with what it records
    assert seen["rows"] == [
        ["4", f"{code}-002", "Dương tính", "Dương tính cho 1 người"],
        ["5", "QS-000000-000", "Âm tính", "Lỗi: không có ống mẫu mã QS-000000-000"],
        ["3", f"{code}-001", "Âm tính", "Âm tính cho 2 người"]]
    assert "Đã ghi 3 kết quả" in page.message.text()
    assert seen["case"] == "Trần Thị Hòa"
    assert services.people.count(PersonFilter(contact_level="F0")) == 0
    assert page.rounds.item(0, 4).text() == "0"
