"""Papers a clerk signs without retyping: the «Số» line, the register of outgoing papers,
the signature kept with the rows, names as typed, per-facility issuers, corrected records."""

import json
import subprocess
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from quarantine_desk.app import main
from quarantine_desk.reports import documents
from quarantine_desk.reports.rows import Issuer, ReleaseRow
from quarantine_desk.services.errors import FieldError
from quarantine_desk.storage.models import Person, Stay
from tests.reports.test_documents import (
    assert_only_embedded_fonts,
    page_count,
    pdf_text,
    render_first_page,
)

TODAY = date.today()
pytestmark = pytest.mark.skipif(
    subprocess.run(["which", "pdftotext"], capture_output=True).returncode != 0,
    reason="poppler-utils is needed to read the PDFs back")


def line_with(text, needle):
    return next((line for line in text.splitlines() if needle in line), "")


def test_every_paper_has_its_number_on_the_date_line(demo, tmp_path):
    """Every kind of the registry (services/paper_kinds.py) is made: a kind numbered in the
    register carries its number and code on the date line."""
    from quarantine_desk.services.paper_kinds import KINDS

    batch = next(b for b in demo.batches.list() if b.reference == "VN5085").id
    [case] = [p for p in demo.people.list() if p.status == "in_quarantine"][:1]
    demo.health.record_test(case.id, TODAY, "pcr", "positive")
    demo.exposure.exposure(case.id, TODAY, apply=True)
    due = [p.id for p in demo.people.list() if p.status == "in_quarantine"
           and p.id != case.id and p.planned_release_on <= TODAY][:1]
    assert due, "the demo has someone to release today"
    demo.releases.release(due, on=TODAY, override_note="kết quả xét nghiệm gửi sau")
    sampled = next(p for p in demo.people.list() if p.status == "in_quarantine")
    round_id = demo.sampling.save(demo.sampling.plan(sampled.facility, TODAY,
                                                     individual=[sampled.id])).round_id
    payment, _ = demo.fees.pay(sampled.id, 80_000, TODAY, "0000001")
    for kind in KINDS:
        path = tmp_path / f"{kind.key}.pdf"
        demo.papers.make(kind.key, path, TODAY, batch_id=batch, person_id=case.id,
                         round_id=round_id, payment_id=payment,
                         facility=sampled.facility if kind.key in ("meals", "fees") else None)
        first = pdf_text(path, 1)
        assert_only_embedded_fonts(path)
        if kind.code is None:
            continue
        line = line_with(first, "Số: ")
        assert f"/{kind.code}-" in line, (kind.key, line)
        assert f"ngày {TODAY.day:02d} tháng" in line, (kind.key, line)  # one line, side by side
    assert "Số: 01/DS-BCH" in pdf_text(tmp_path / "daily-list.pdf", 1)
    assert "Số: 02/DS-BCH" in pdf_text(tmp_path / "releases.pdf", 1)
    assert "Số: 01/BC-BCH" in pdf_text(tmp_path / "summary.pdf", 1)


def test_register_numbers_each_kind_keeps_a_reprints_number_and_exports(demo, tmp_path,
                                                                        capsys, db_path):
    assert demo.papers.number("summary", TODAY) == "01/BC-BCH"
    demo.papers.make("summary", tmp_path / "a.pdf", TODAY)
    demo.papers.make("summary", tmp_path / "b.pdf", TODAY)  # a reprint: the same number
    assert demo.papers.number("summary", TODAY) == "01/BC-BCH"
    demo.papers.make("summary", tmp_path / "c.pdf", TODAY - timedelta(days=1))
    assert "Số: 02/BC-BCH" in pdf_text(tmp_path / "c.pdf", 1)
    demo.papers.make("daily-list", tmp_path / "d.pdf", TODAY, number="7/DS-BCH")
    with pytest.raises(FieldError):  # a number is given once a year
        demo.papers.make("releases", tmp_path / "e.pdf", TODAY, number="7/DS-BCH")
    assert not (tmp_path / "e.pdf").exists()  # refused before anything was written
    # the next automatic list number follows the one typed by hand
    assert demo.papers.number("releases", TODAY) == "08/DS-BCH"
    rows = demo.register.list(TODAY.year)
    assert [r.number for r in rows if r.kind == "summary"] == ["02/BC-BCH", "01/BC-BCH"]
    first = next(r for r in rows if r.number == "01/BC-BCH")
    assert first.printed == 2 and first.signer.endswith("Đại tá Nguyễn Văn Minh")
    assert first.copies == 3 and "Lưu: VT" in first.recipients

    assert main(["--db", str(db_path), "register", "list", "--year", str(TODAY.year),
                 "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"number", "kind", "date", "summary", "signer"} <= set(listed[0])
    assert {r["number"] for r in listed} == {"01/BC-BCH", "02/BC-BCH", "7/DS-BCH"}
    out = tmp_path / "so.xlsx"
    assert main(["--db", str(db_path), "register", "export", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    assert sheet["B1"].value == "Số, ký hiệu văn bản"
    assert [sheet.cell(row=r, column=2).value for r in range(2, 5)] == [
        "01/BC-BCH", "02/BC-BCH", "7/DS-BCH"]


def _releases(n):
    return [ReleaseRow(f"Người Thứ {i:03d}", 1980, "M", f"0{i:011d}", "TD-932", TODAY,
                       TODAY, f"{i}/GXN") for i in range(n)]


def test_the_signature_never_stands_alone_on_a_page(tmp_path):
    issuer = Issuer(signer_name="Nguyễn Văn Minh")
    checked = 0
    for n in range(10, 48):
        path = tmp_path / f"r{n}.pdf"
        documents.releases_list(path, _releases(n), issuer, TODAY, "01/DS-BCH")
        pages = page_count(path)
        last = pdf_text(path, pages)
        assert "Nơi nhận" in last and "Nguyễn Văn Minh" in last
        assert "Tổng cộng" in last and "Người Thứ" in last, n  # rows with the signature
        checked += pages > 1
    assert checked  # the lengths tried reach a second page


def test_names_keep_their_case_and_line_breaks(demo, tmp_path):
    demo.settings.set_issuer({
        "parent_body": "BỘ CHỈ HUY QUÂN SỰ\nTHÀNH PHỐ CẦN THƠ",
        "unit": "Ban Chỉ đạo phòng, chống dịch COVID-19 quận Ninh Kiều",
    })
    path = tmp_path / "giay.pdf"
    demo.papers.make("certificates", path, TODAY - timedelta(days=6))
    text = pdf_text(path, 1)
    words = " ".join(text.split())
    assert "Ban Chỉ đạo phòng, chống dịch COVID-19 quận Ninh Kiều xác nhận" in words
    assert "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH" in text  # the header in capitals
    top = text.strip().splitlines()[0]
    assert "BỘ CHỈ HUY QUÂN SỰ" in top and "THÀNH PHỐ CẦN THƠ" not in top  # broken as typed


def test_a_facility_issues_its_own_papers(demo, tmp_path):
    demo.settings.set_issuer({"unit": "Trường Quân sự thành phố Cần Thơ", "unit_short": "TQS",
                              "signer_name": "Thượng tá Hồ Sĩ Quyết"}, facility="tqs-ct")
    path = tmp_path / "giay.pdf"
    demo.papers.make("certificates", path, TODAY - timedelta(days=6))
    texts = [pdf_text(path, p) for p in range(1, page_count(path) + 1)]
    assert texts and all("GXN-TQS-CT" in t for t in texts)  # the demo's releases are there
    assert all("TRƯỜNG QUÂN SỰ" in t and "Hồ Sĩ Quyết" in t for t in texts)
    demo.papers.make("daily-list", tmp_path / "ds.pdf", TODAY, facility="TQS-CT")
    ours = pdf_text(tmp_path / "ds.pdf", 1)
    assert "Số: 01/DS-TQS" in ours and "TRƯỜNG QUÂN SỰ THÀNH PHỐ CẦN THƠ" in ours
    demo.papers.make("daily-list", tmp_path / "td.pdf", TODAY, facility="TD-932")
    office = pdf_text(tmp_path / "td.pdf")
    assert "Số: 01/DS-BCH" in office and "BAN CHỈ HUY KHU CÁCH LY" in office
    assert "Nguyễn Văn Minh" in office and "Hồ Sĩ Quyết" not in office
    # an empty value falls back to the office's again
    demo.settings.set_issuer({"signer_name": ""}, facility="TQS-CT")
    assert demo.settings.issuer_for("TQS-CT").signer_name == "Đại tá Nguyễn Văn Minh"


def test_long_unbroken_values_wrap_inside_their_cell(tmp_path):
    rows = _releases(2)
    rows[0].id_number = "W" * 90
    path = tmp_path / "long.pdf"
    documents.releases_list(path, rows, Issuer(), TODAY, "01/DS-BCH")
    text = pdf_text(path)
    assert all(line.count("W") < 90 for line in text.splitlines())  # never on one line
    assert sum(line.count("W") for line in text.splitlines()) == 90


def test_certificate_wording_child_year_only_and_no_command(demo, db, tmp_path):
    on = TODAY - timedelta(days=6)
    with db.write() as session:
        stay = session.scalars(select(Stay).where(Stay.released_on == on).limit(2)).all()
        child = session.get(Person, stay[0].person_id)
        child.date_of_birth, child.birth_year, child.sex = None, TODAY.year - 9, "M"
        adult = session.get(Person, stay[1].person_id)
        adult.date_of_birth, adult.birth_year, adult.sex = None, 1970, "F"
        names = child.full_name.upper(), adult.full_name.upper()
    path = tmp_path / "giay.pdf"
    demo.papers.make("certificates", path, on)
    pages = [" ".join(pdf_text(path, p).split()) for p in range(1, page_count(path) + 1)]
    kid = next(t for t in pages if names[0] in t)
    grown = next(t for t in pages if names[1] in t)
    assert f"Họ và tên: {names[0]}" in kid and "Ông:" not in kid
    assert f"Năm sinh: {TODAY.year - 9}" in kid and "Ngày sinh" not in kid
    assert f"Bà: {names[1]}" in grown
    assert "GIẤY XÁC NHẬN HOÀN THÀNH THỜI GIAN CÁCH LY Y TẾ TẬP TRUNG" in kid
    assert "quarantine-desk" not in kid and "Mã xác thực" in kid
    render_first_page(path, tmp_path)


def test_a_corrected_record_keeps_the_issued_certificate_genuine(demo, db, tmp_path):
    on = TODAY - timedelta(days=6)
    demo.papers.make("certificates", tmp_path / "a.pdf", on)
    cert = demo.reports.certificates(released_on=on)[0]
    printed = cert.code
    assert demo.reports.verify_printed(cert.number, printed).genuine  # number and code
    # numbered as every other paper («01/…»), and found read out either way
    seq, rest = cert.number.split("/", 1)
    assert len(seq) >= 2 and rest.startswith("GXN-")
    assert demo.reports.verify_printed(f"{int(seq)}/{rest}", printed).genuine
    with db.read() as session:
        person_id = session.get(Stay, cert.stay_id).person_id
    demo.people.edit(person_id, full_name="Tên Đã Sửa Lại")
    check = demo.reports.verify(cert.qr_payload)
    assert check.genuine and cert.full_name in check.message
    assert "đã được sửa sau khi cấp giấy" in check.message
    assert "Chưa cấp lại giấy" in check.message
    demo.papers.make("certificates", tmp_path / "b.pdf", on)  # a corrected certificate
    again = demo.reports.verify(cert.qr_payload)
    assert again.genuine and "đã được thay bằng giấy cấp lại" in again.message
    new = next(c for c in demo.reports.certificates(released_on=on) if c.stay_id == cert.stay_id)
    assert new.code != printed and new.full_name == "Tên Đã Sửa Lại"
    fresh = demo.reports.verify(new.qr_payload)
    assert fresh.genuine and "Tên Đã Sửa Lại" in fresh.message and "thay" not in fresh.message
    assert not demo.reports.verify_printed(cert.number, "A" * 16).genuine


def test_daily_list_notes_phone_and_continued_headings(demo, tmp_path):
    rows = demo.reports.daily_list(TODAY)
    feverish = rows[0]
    demo.health.record_check(feverish.person_id, TODAY, 38.4, None)
    path = tmp_path / "ds.pdf"
    demo.papers.make("daily-list", path, TODAY)
    text = pdf_text(path)
    assert "Ghi" in text and "Điện thoại" in text
    # the note ends the person's row (on up to two lines: the address takes two)
    lines = text.splitlines()
    at = lines.index(line_with(text, feverish.full_name))
    note = " ".join(line.rstrip().split("  ")[-1].strip() for line in lines[at:at + 2])
    assert note.endswith("Sốt 38,4 °C"), lines[at:at + 2]
    with_phone = next(r for r in rows if r.phone)
    assert with_phone.phone in line_with(text, with_phone.full_name)
    # a page that continues a room names the facility and the room again
    continued = [[line.strip() for line in pdf_text(path, page).splitlines()
                  if "(tiếp theo)" in line] for page in range(2, page_count(path) + 1)]
    labels = next(labels for labels in continued if len(labels) == 2)
    assert labels[1].startswith("Phòng ")
    assert any(f"({r.facility}): " in labels[0] for r in rows)


def test_tests_due_list_keeps_an_overdue_test_until_it_is_taken(demo, tmp_path):
    later = TODAY
    due = demo.health.tests_due(later)
    overdue = [d for d in due if d.overdue]
    assert overdue and all(d.due_on < later for d in overdue)
    path = tmp_path / "xn.pdf"
    demo.papers.make("tests-due", path, later)
    text = pdf_text(path)
    first = overdue[0]
    line = line_with(text, first.full_name)
    assert f"Ngày {first.test_day} – quá hạn từ {first.due_on:%d/%m}" in line
    assert (first.room or "") in line and (first.id_number or "") in line
    demo.health.record_test(first.person_id, later, "antigen", "negative")
    assert first.person_id not in {d.person_id for d in demo.health.tests_due(later)}


def test_releases_list_names_each_facilitys_address_and_phone(demo, tmp_path):
    on = TODAY - timedelta(days=6)
    [site] = [f for f in demo.facilities.list() if f.code == "TQS-CT"]
    path = tmp_path / "ra.pdf"
    demo.papers.make("releases", path, on)
    text = " ".join(pdf_text(path, 1).split())
    rows = demo.reports.releases(on)
    assert f"{site.name} (TQS-CT): {len(rows)} người – địa chỉ: {site.address}" in text
    assert f"điện thoại, liên hệ: {site.contact}" in text


def test_handover_list_groups_the_days_releases_by_commune(demo, db, tmp_path, capsys,
                                                           db_path):
    on = TODAY - timedelta(days=6)
    with db.write() as session:  # two addresses the list must place, one it cannot
        stays = session.scalars(select(Stay).where(Stay.released_on == on).limit(3)).all()
        people = [session.get(Person, s.person_id) for s in stays]
        people[0].address = "Số 5, P. Long Hòa, Q. Bình Thủy, TP Cần Thơ"
        people[1].address = "ấp 3, xã Tân Phú Thạnh, h. Châu Thành A, Hậu Giang"
        people[2].address = "Kuala Lumpur, Malaysia"
        names = [p.full_name for p in people]
    path = tmp_path / "ban-giao.pdf"
    assert main(["--db", str(db_path), "report", "handover", "--date", on.isoformat(),
                 "-o", str(path)]) == 0
    assert "Danh sách bàn giao" in capsys.readouterr().out
    text = pdf_text(path)
    assert "DANH SÁCH BÀN GIAO NGƯỜI HOÀN THÀNH CÁCH LY Y TẾ TẬP TRUNG VỀ ĐỊA" in text
    lines = text.splitlines()

    def heading_above(name):
        at = next(i for i, line in enumerate(lines) if name in line)
        return next(lines[i].strip() for i in range(at, -1, -1)
                    if lines[i].strip().endswith("người") and "STT" not in lines[i]
                    and not lines[i].strip()[:1].isdigit())

    assert heading_above(names[0]).startswith("Quận Bình Thuỷ, Phường Long Hòa:")
    assert heading_above(names[1]).startswith("Huyện Châu Thành A, Xã Tân Phú Thạnh:")
    assert heading_above(names[2]).startswith("Chưa xác định được địa phương")
    # the unknown group comes last, after every province
    assert text.index("Chưa xác định được địa phương") > text.index("Tỉnh Hậu Giang")
    render_first_page(path, tmp_path)


def test_batch_subtitle_says_from_once_and_an_illegal_entrys_detection(tmp_path):
    from datetime import datetime

    from quarantine_desk.reports.rows import BatchInfo

    path = tmp_path / "dot.pdf"
    domestic = BatchInfo(1, "domestic", "TPHCM-01", "TP Hồ Chí Minh", TODAY)
    documents.batch_report(path, domestic, [], Issuer(), TODAY, "01/DS-BCH")
    text = " ".join(pdf_text(path).split())
    assert (f"Từ vùng dịch trong nước TPHCM-01, nơi đi: TP Hồ Chí Minh – ngày đến "
            f"{TODAY:%d/%m/%Y}") in text
    illegal = BatchInfo(2, "illegal_entry", None, "Campuchia", TODAY, "đường mòn ấp Tà Lọt",
                        datetime(2026, 11, 30, 22, 15), "Đồn Biên phòng Vĩnh Gia")
    documents.batch_report(path, illegal, [], Issuer(), TODAY, "02/DS-BCH")
    text = " ".join(pdf_text(path).split())
    assert ("phát hiện tại đường mòn ấp Tà Lọt, lúc 22 giờ 15, ngày 30/11/2026, đơn vị phát "
            "hiện: Đồn Biên phòng Vĩnh Gia") in text


def test_the_dashboards_count_of_tests_due_is_the_lists_length(demo):
    """The count is made in the database, one query per group of people who began the same
    day under the same rule; it must agree with the list on every day."""
    for days in range(-3, 25, 2):
        on = TODAY + timedelta(days=days)
        assert demo.health.tests_due_count(on) == len(demo.health.tests_due(on)), on
    due = demo.health.tests_due(TODAY)
    before = demo.health.tests_due_count(TODAY)
    demo.health.record_test(due[0].person_id, TODAY, "antigen", "negative")
    assert demo.health.tests_due_count(TODAY) == before - 1


LONGEST_NAME = "Nguyễn Thị Ngọc Phương Thảo"


def test_list_papers_never_break_a_number_and_fit_names(demo, tmp_path):
    """Every list paper, with 12-digit CCCDs, 9-character passports, the longest names of a
    real list and long addresses: each document number is whole on one line, and a name
    that fits its column is not wrapped."""
    from quarantine_desk.services.paper_kinds import KINDS

    numbers = {}
    people = demo.people.list()
    case = next(p for p in people if p.status == "in_quarantine")
    due = [p.id for p in people if p.status == "in_quarantine"
           and p.id != case.id and p.planned_release_on <= TODAY][:3]
    for i, p in enumerate(people):
        number = f"0{i:03d}85051955" if i % 3 else f"N{i:03d}45678"  # CCCD, or a passport
        name = LONGEST_NAME if i % 4 == 0 or p.id in due else p.full_name
        demo.people.edit(p.id, full_name=name, sex=p.sex,
                         birth=str(p.date_of_birth.strftime("%d/%m/%Y") if p.date_of_birth
                                   else p.birth_year or ""),
                         id_number=number, nationality=p.nationality, phone=p.phone,
                         address="Số 123/45 đường Nguyễn Văn Cừ nối dài, khu vực 6, phường An "
                                 "Bình, quận Ninh Kiều, thành phố Cần Thơ")
        numbers[p.id] = number
    batch = next(b for b in demo.batches.list() if b.reference == "VN5085").id
    demo.releases.release(due, on=TODAY, override_note="kết quả xét nghiệm gửi sau")
    sampled = next(p for p in demo.people.list() if p.status == "in_quarantine")
    round_id = demo.sampling.save(demo.sampling.plan(sampled.facility, TODAY)).round_id
    lists = ["daily-list", "releases", "tests-due", "rooms", "batch", "handover",
             "sampling-list"]
    assert set(lists) <= {k.key for k in KINDS}
    for key in lists:
        path = tmp_path / f"{key}.pdf"
        demo.papers.make(key, path, TODAY, batch_id=batch, person_id=case.id,
                         round_id=round_id)
        lines = pdf_text(path).splitlines()
        shown = 0
        for number in numbers.values():
            start = number[:7]  # unique to the number: a broken number leaves it alone
            parts = [line for line in lines if start in line]
            assert all(number in line for line in parts), (key, number, parts)
            shown += bool(parts)
        assert shown, key  # the paper lists people with their numbers
        if key in ("daily-list", "rooms", "batch", "releases"):
            assert any(LONGEST_NAME in line for line in lines), key  # on one line


def test_a_number_keeps_its_unit_and_a_phone_its_groups():
    from reportlab.lib.units import mm

    from quarantine_desk.reports import layout

    layout.register_fonts()
    for width in (30 * mm, 36 * mm, 45 * mm, 60 * mm):  # the phone fits on a line
        lines = layout._wrap_cell("Sốt 37,5 °C, gọi +84 912 345 678 ngay", width,
                                  layout.FONT, 10.5)
        assert any("37,5 °C" in line for line in lines), lines
        assert any("+84 912 345 678" in line for line in lines), lines
        assert " ".join(lines) == "Sốt 37,5 °C, gọi +84 912 345 678 ngay"


def test_place_names_stay_whole_and_a_desk_hand_over_reads_right(demo, tmp_path):
    """A header breaks between units, never inside a place name; a hand-over nobody made
    leaves a line to write in, and the unit in the sentence keeps COVID-19 and its place."""
    from datetime import datetime

    from quarantine_desk.services.registration import HandOver, NewPerson

    demo.settings.set_issuer({
        "parent_body": "ỦY BAN NHÂN DÂN QUẬN NINH KIỀU",
        "unit": "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 QUẬN NINH KIỀU"})
    path = tmp_path / "giay.pdf"
    demo.papers.make("certificates", path, TODAY - timedelta(days=6))  # portrait
    top = pdf_text(path, 1).replace("\xa0", " ").splitlines()
    for place in ("QUẬN NINH KIỀU",):
        assert sum(place in line for line in top[:6]) == 2, top[:6]  # both lines, whole
    assert not any(line.rstrip().endswith(("QUẬN", "QUẬN NINH")) for line in top[:6])

    added = demo.registration.register(
        HandOver(kind="domestic", arrived_at=datetime.combine(TODAY, datetime.min.time())),
        [NewPerson(full_name="Trần Văn Tự", sex="M", birth="1990")], today=TODAY)
    paper = tmp_path / "bb.pdf"
    demo.papers.make("handover-record", paper, TODAY, batch_id=added.batch_id)
    text = " ".join(pdf_text(paper).replace("\xa0", " ").split())
    assert "Bên giao: ……" in text and "Bên giao: ." not in text
    assert ("Bên nhận: Ban chỉ đạo phòng, chống dịch COVID-19 quận Ninh Kiều." in text), text
