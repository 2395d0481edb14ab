"""«An toàn dữ liệu» in the window: back up now, restore a checked backup, check the trail,
encrypt and delete the plain copy; the start-up's restore of a damaged file checks the trail
of the backup as every restore does."""

import os
import sqlite3
import stat
import subprocess

import pytest
from PySide6.QtWidgets import QDialog

from quarantine_desk.services import Services
from quarantine_desk.services.backup import automatic_backups, plain_copies
from quarantine_desk.storage import keys
from quarantine_desk.storage.db import Database
from quarantine_desk.ui.dialogs.recover import RecoverDialog
from quarantine_desk.ui.pages.safety import JOB, RecoveryKeyDialog


def page_of(window, qtbot):
    page = window.safety
    window.nav.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def finished(page, qtbot):
    qtbot.waitUntil(lambda: page.jobs.job(JOB) is None, timeout=30_000)


def facilities(path):
    with sqlite3.connect(path) as conn:
        return sorted(r[0] for r in conn.execute("SELECT code FROM facility"))


def test_back_up_now_then_restore_the_chosen_backup(window, qtbot, services_with_site,
                                                    db_path, answers):
    page = page_of(window, qtbot)
    assert page.table.rowCount() == 0 and "Chưa có bản sao lưu" in page.last_backup.text()
    page.backup_button.click()
    finished(page, qtbot)
    assert "Đã sao lưu vào" in page.message.text()
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "3"  # people
    assert "Bản sao lưu gần nhất" in page.last_backup.text()
    before = facilities(db_path)
    services_with_site.facilities.add(code="MOI", name="Cơ sở mới", kind="other", beds=4)

    page.table.selectRow(0)
    answers.next(accept=False)  # the question first: «Không khôi phục» changes nothing
    page.restore_button.click()
    assert "Thay cơ sở dữ liệu hiện tại (3 người)" in answers.asked[0]
    assert "MOI" in facilities(db_path)
    answers.next()
    with qtbot.waitSignal(page.restart_requested, timeout=30_000):
        page.restore_button.click()
    assert facilities(db_path) == before  # the backup is in place
    kept = list(db_path.parent.glob("*.replaced-*.sqlite3"))
    assert len(kept) == 1 and "MOI" in facilities(kept[0])  # the replaced one, kept aside
    assert window.restarting  # the window closed for the program to open the file again


def test_the_trail_check_runs_in_the_background_and_names_what_was_edited(
        window, qtbot, db_path):
    page = page_of(window, qtbot)
    page.verify_button.click()
    finished(page, qtbot)
    assert page.trail.text().startswith("Nhật ký nguyên vẹn:")
    with sqlite3.connect(db_path) as conn:  # someone with the file and the sqlite3 program
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET summary = 'Đăng nhập' WHERE seq = 2")
    page.verify_button.click()
    finished(page, qtbot)
    assert "Nhật ký đã bị sửa ngoài chương trình" in page.trail.text()
    assert "2" in page.trail.text()  # the entry is named


def test_the_start_ups_restore_refuses_a_backup_whose_trail_was_edited(
        window, qtbot, services_with_site, db_path):
    page = page_of(window, qtbot)
    page.backup_button.click()
    finished(page, qtbot)
    [backup] = automatic_backups(db_path)
    with sqlite3.connect(backup) as conn:
        conn.execute("DROP TRIGGER audit_event_no_update")
        conn.execute("UPDATE audit_event SET summary = 'sửa lén' WHERE seq = 1")
    services_with_site.facilities.add(code="MOI", name="Cơ sở mới", kind="other", beds=4)
    services_with_site.db.close()
    dialog = RecoverDialog("Tệp bị hỏng.", db_path)
    qtbot.addWidget(dialog)
    dialog.restore()
    assert "đã bị sửa ngoài chương trình" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "MOI" in facilities(db_path)  # nothing replaced


@pytest.mark.skipif(subprocess.run(["which", "pdftotext"], capture_output=True).returncode,
                    reason="poppler-utils reads the paper back")
def test_encrypt_shows_the_key_once_prints_it_and_the_plain_copy_is_deleted(
        window, qtbot, services_with_site, db_path, tmp_path, answers, monkeypatch):
    page = page_of(window, qtbot)
    assert "chưa được mã hóa" in page.encryption.text()
    shown = {}

    def look(dialog):
        shown["key"] = dialog.key_label.text()
        dialog.save_paper(str(tmp_path / "khoa.pdf"))
        shown["outcome"] = dialog.outcome.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryKeyDialog, "exec", look)
    answers.next()
    with qtbot.waitSignal(page.restart_requested, timeout=30_000):
        page.encrypt_button.click()
        qtbot.waitUntil(lambda: page.jobs.job(JOB) is None, timeout=30_000)
        assert page.error.text() == ""
    assert "hiện một lần duy nhất" in answers.asked[0]
    assert keys.is_encrypted(db_path)
    assert keys.parse_key(shown["key"]) == keys.key_for(db_path)  # the key this desk keeps
    paper = subprocess.run(["pdftotext", str(tmp_path / "khoa.pdf"), "-"], capture_output=True,
                           text=True, check=True).stdout
    assert "BIÊN BẢN BÀN GIAO KHÓA KHÔI PHỤC" in paper
    groups = shown["key"].split("-")
    assert all(g in paper for g in groups)  # the key as printed
    assert keys.parse_key(" ".join(groups)) == keys.key_for(db_path)  # typed back, it opens
    [plain] = plain_copies(db_path)
    assert stat.S_IMODE(os.stat(plain).st_mode) == 0o600
    assert "3" == str(len(Services.open(Database(str(db_path))).people.list()))

    # the program opened again: the plain copy is named, and deleted on demand
    again = Services.open(Database(str(db_path)), services_with_site.actor)
    from quarantine_desk.ui.main_window import MainWindow

    reopened = MainWindow(again)
    qtbot.addWidget(reopened)
    reopened.show()
    page = page_of(reopened, qtbot)
    assert plain.name in page.encryption.text() and page.delete_plain_button.isEnabled()
    answers.next()
    page.delete_plain_button.click()
    finished(page, qtbot)
    assert not plain.exists() and plain_copies(db_path) == []
    assert "không còn bản chưa mã hóa" in page.encryption.text()
    assert not page.encrypt_button.isEnabled()  # encrypted once
