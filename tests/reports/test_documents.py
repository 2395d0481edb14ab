"""The printed papers: exact Vietnamese text, totals, pages, headers, verification codes."""

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from quarantine_desk.app import main
from quarantine_desk.reports import documents
from quarantine_desk.reports.layout import decree_date
from quarantine_desk.services.people import PersonFilter

TODAY = date.today()
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                reason="poppler-utils is needed to read the PDFs back")


def pdf_text(path, *pages):
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_count(path):
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(line.split()[-1] for line in info.stdout.splitlines()
                    if line.startswith("Pages:")))


PREVIEWS = Path(__file__).resolve().parents[2] / "build" / "report-previews"


def render_first_page(path, tmp_path):
    """A PNG of the first page, kept under build/report-previews/ for a reviewer to look at."""
    PREVIEWS.mkdir(parents=True, exist_ok=True)
    out = PREVIEWS / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                    str(path), str(out)], check=True)
    png = out.with_suffix(".png")
    assert png.stat().st_size > 5_000
    return png


def fonts_of(path):
    info = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return info.stdout


def assert_only_embedded_fonts(path):
    """Every font in the file is the bundled serif, embedded (pdffonts' «emb» column)."""
    rows = fonts_of(path).splitlines()[2:]
    assert rows, "no fonts listed"
    for row in rows:
        assert "LiberationSerif" in row and row.split()[-5] == "yes", row


@pytest.mark.parametrize(("day", "expected"), [
    (date(2021, 1, 5), "Cần Thơ, ngày 05 tháng 01 năm 2021"),
    (date(2020, 2, 9), "Cần Thơ, ngày 09 tháng 02 năm 2020"),
    (date(2020, 8, 5), "Cần Thơ, ngày 05 tháng 8 năm 2020"),
    (date(2020, 12, 25), "Cần Thơ, ngày 25 tháng 12 năm 2020"),
])
def test_decree_date_leading_zeros(day, expected):
    assert decree_date("Cần Thơ", day) == expected


def test_daily_list_has_everyone_with_totals_and_repeated_headers(demo, tmp_path):
    rows = demo.reports.daily_list(TODAY, "TD-932")
    path = tmp_path / "danh-sach.pdf"
    documents.daily_list(path, rows, demo.settings.issuer(), TODAY,
                         "Doanh trại Trung đoàn Bộ binh 932")
    text = pdf_text(path)
    for r in rows:
        assert r.full_name in text
    males = sum(r.sex == "M" for r in rows)
    assert f"Tổng cộng: {len(rows)} người (nam {males}, nữ {len(rows) - males})" in text
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    assert decree_date("Cần Thơ", TODAY) in text
    assert "Đại tá Nguyễn Văn Minh" in text
    pages = page_count(path)
    assert pages > 1
    for page in range(1, pages + 1):  # the column header repeats on every page
        page_text = pdf_text(path, page)
        assert "Họ và tên" in page_text
        # Decree 30: the number centred at the top, from the second page on
        top = page_text.strip().splitlines()[0].strip()
        assert (top == str(page)) == (page > 1)
    assert_only_embedded_fonts(path)
    render_first_page(path, tmp_path)


def test_certificates_one_page_each_and_verification_round_trip(demo, tmp_path):
    released_on = TODAY - timedelta(days=6)  # the flight from Brunei
    certs = demo.reports.certificates(released_on=released_on)
    assert len(certs) > 50
    path = tmp_path / "giay.pdf"
    documents.certificates(path, certs[:5], demo.settings.issuer())
    assert page_count(path) == 5
    text = " ".join(pdf_text(path).split())  # justified lines: compare words, not spacing
    assert text.count("GIẤY XÁC NHẬN HOÀN THÀNH THỜI GIAN CÁCH LY Y TẾ TẬP") == 5
    for c in certs[:5]:
        assert c.full_name.upper() in text and f"Số: {c.number}" in text
        assert f"đến ngày {c.released_on:%d/%m/%Y}" in text and c.code in text
    render_first_page(path, tmp_path)

    good = demo.reports.verify(certs[0].qr_payload)
    assert good.genuine and certs[0].full_name in good.message
    forged = certs[0].qr_payload[:-1] + ("A" if certs[0].qr_payload[-1] != "A" else "B")
    assert not demo.reports.verify(forged).genuine
    assert not demo.reports.verify("QD1|2026|999/GXN-XX|AAAA").genuine
    assert not demo.reports.verify("hello").genuine


def test_altered_record_no_longer_matches_its_printed_code(demo, db):
    from quarantine_desk.storage.models import Person, Stay

    cert = demo.reports.certificates(released_on=TODAY - timedelta(days=6))[0]
    with db.write() as session:  # someone edits the name behind the certificate
        person = session.get(Person, session.get(Stay, cert.stay_id).person_id)
        person.full_name = "Tên Đã Bị Sửa"
    assert not demo.reports.verify(cert.qr_payload).genuine


def test_summary_figures_as_of_the_date_asked(services, db, tmp_path):
    """A database built for the test: the figures of a past day, not of today."""
    from quarantine_desk.services.people import new_person
    from quarantine_desk.storage.models import HealthCheck, Stay, TestResult

    day = date(2026, 11, 20)
    services.facilities.add(code="A", name="Trường Quân sự", kind="military", beds=10)
    services.facilities.add(code="B", name="Dự phòng", kind="medical", beds=20,
                            status="standby")
    [a] = [f.id for f in services.facilities.list() if f.code == "A"]

    def stay(session, person, came, start=None, left=None, outcome=None):
        row = Stay(person_id=person.id, facility_id=a, admitted_on=came,
                   quarantine_start=start or came, planned_release_on=came + timedelta(14),
                   released_on=left, outcome=outcome)
        session.add(row)
        session.flush()
        return row

    with db.write() as session:
        people = [new_person(full_name=f"Người Số {i}", sex="M") for i in range(6)]
        session.add_all(people)
        session.flush()
        p1, p2, p3, p4, p5, p6 = people
        stay(session, p1, day - timedelta(10), left=day - timedelta(2), outcome="released")
        s2 = stay(session, p2, day - timedelta(10))
        s3 = stay(session, p3, day - timedelta(1), left=day, outcome="hospital")
        s4 = stay(session, p4, day)
        stay(session, p5, day + timedelta(1))  # after the day: not in its figures
        stay(session, p6, day - timedelta(5), left=day - timedelta(3), outcome="transferred")
        stay(session, p6, day - timedelta(3), start=day - timedelta(5))  # the same quarantine
        for person, s, taken, result in ((p2, s2, day, "negative"), (p4, s4, day, "pending"),
                                         (p3, s3, day - timedelta(1), "positive"),
                                         (p2, s2, day + timedelta(1), "positive")):
            session.add(TestResult(person_id=person.id, stay_id=s.id, taken_on=taken,
                                   kind="pcr", result=result))
        session.add(HealthCheck(person_id=p2.id, stay_id=s2.id, checked_on=day,
                                temperature=38.0))
        session.add(HealthCheck(person_id=p4.id, stay_id=s4.id, checked_on=day,
                                temperature=37.0))
    path = tmp_path / "bao-cao.pdf"
    services.papers.make("summary", path, day, number="15/BC-BCH")
    text = " ".join(pdf_text(path).split())
    assert "Tính đến ngày 20/11/2026" in text and "Số: 15/BC-BCH" in text
    assert ("Trong ngày: tiếp nhận mới 1 người; hoàn thành cách ly 0 người; chuyển bệnh "
            "viện 1 người; chuyển cơ sở khác 0 người; sốt (từ 37,5 °C) 1 người.") in text
    assert ("Đang cách ly: 3 người. Lũy kế: tiếp nhận 5 người, hoàn thành cách ly 1 người, "
            "chuyển bệnh viện 1 người, bỏ trốn 0 người.") in text
    assert ("Xét nghiệm trong ngày: 2 mẫu (âm tính 1, dương tính 0, chờ kết quả 1); lũy kế: "
            "3 mẫu (âm tính 1, dương tính 1, chờ kết quả 1).") in text
    assert ("10 giường, đang dùng 3, còn trống 7; giường dự phòng (cơ sở chưa hoạt động): "
            "20.") in text
    assert_only_embedded_fonts(path)
    render_first_page(path, tmp_path)


def test_report_and_verify_commands(capsys, db_path, tmp_path):
    db = ["--db", str(db_path)]
    main([*db, "demo"])
    released = (TODAY - timedelta(days=6)).isoformat()
    out = tmp_path / "giay.pdf"
    assert main([*db, "report", "certificates", "--date", released, "--facility", "TQS-CT",
                 "-o", str(out)]) == 0
    assert page_count(out) > 10
    assert main([*db, "report", "daily-list", "-o", str(tmp_path / "ds.pdf")]) == 0
    assert main([*db, "report", "summary", "-o", str(tmp_path / "bc.pdf")]) == 0
    capsys.readouterr()
    code = main([*db, "report", "certificates", "--date", "2001-01-01", "-o",
                 str(tmp_path / "x.pdf")])
    assert code == 2 and "Không có ai" in capsys.readouterr().err
    assert main([*db, "report", "daily-list", "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    capsys.readouterr()
    from quarantine_desk.services import Services
    from quarantine_desk.storage.db import Database

    database = Database(str(db_path))
    payload = Services.open(database).reports.certificates(
        released_on=TODAY - timedelta(days=6))[0].qr_payload
    database.close()
    assert main([*db, "verify", payload]) == 0
    assert "là thật" in capsys.readouterr().out
    assert main([*db, "verify", payload[:-2] + "ZZ"]) == 2
    assert "không khớp" in capsys.readouterr().err


def test_settings_validate(services):
    from quarantine_desk.services.errors import ServiceError

    with pytest.raises(ServiceError, match="Thẩm quyền"):
        services.settings.set_issuer_field("signer_prefix", "XYZ")
    with pytest.raises(ServiceError, match="Không có thiết lập"):
        services.settings.set_issuer_field("color", "red")
    # kept as typed (the papers print the header in capitals), spaces folded
    services.settings.set_issuer_field("unit", "Ban chỉ huy  khu cách ly Trường Quân sự")
    assert services.settings.issuer().unit == "Ban chỉ huy khu cách ly Trường Quân sự"


def test_releases_batch_and_tests_due_lists(demo, tmp_path):

    released_on = TODAY - timedelta(days=6)
    path = tmp_path / "ra.pdf"
    what = demo.papers.make("releases", path, released_on)
    render_first_page(path, tmp_path)
    rows = demo.reports.releases(released_on)
    assert f"Danh sách {len(rows)} người" in what
    text = " ".join(pdf_text(path).split())
    assert rows[0].full_name in text and rows[0].certificate_number in text
    assert f"Tổng cộng: {len(rows)} người" in text

    batch = next(b for b in demo.batches.list() if b.reference == "VN5085")
    path = tmp_path / "dot.pdf"
    demo.papers.make("batch", path, TODAY, batch_id=batch.id)
    text = " ".join(pdf_text(path).split())
    assert "Chuyến bay VN5085, nơi đi: Malaysia – ngày đến" in text
    assert f"Tổng cộng: {batch.people} người" in text
    render_first_page(path, tmp_path)

    due_day = TODAY + timedelta(days=4)
    path = tmp_path / "xn.pdf"
    demo.papers.make("tests-due", path, due_day)
    render_first_page(path, tmp_path)
    due = demo.health.tests_due(due_day)
    assert due and f"Tổng cộng: {len(due)} người" in " ".join(pdf_text(path).split())


def test_excel_exports_dates_frozen_header_and_no_formulas(demo, db, tmp_path):
    import openpyxl

    from quarantine_desk.storage.models import Person

    with db.write() as session:  # a hostile value from a manifest
        person = session.query(Person).filter(Person.status == "in_quarantine").first()
        person.address = '=HYPERLINK("http://x.example","bấm")'
        name = person.full_name
    path = tmp_path / "ds.xlsx"
    demo.papers.export("daily-list", path, TODAY)
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "STT" and ws["B1"].value == "Họ và tên" and ws["A1"].font.b
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == demo.people.count(PersonFilter(status="in_quarantine"))
    assert [r[0].value for r in rows[:3]] == [1, 2, 3]  # STT, not the internal id
    assert rows[0][9].is_date and rows[0][9].number_format == "DD/MM/YYYY"
    hostile = next(r for r in rows if r[1].value == name)
    assert hostile[6].value.startswith("=HYPERLINK") and hostile[6].data_type == "s"
    assert hostile[6].quotePrefix  # stays text when the cell is edited in Excel
    # ready to filter and to print: landscape, one page wide, header row on every page
    assert ws.auto_filter.ref == f"A1:O{len(rows) + 1}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$1:$1"

    path = tmp_path / "nguoi.xlsx"
    demo.papers.export("people", path, TODAY)
    people = openpyxl.load_workbook(path).active
    assert people.max_row == demo.people.count() + 1
    values = {c.value for row in people.iter_rows(min_row=2) for c in row}
    assert "Hộ chiếu" in values and "Đang cách ly" in values  # words, not codes
    assert not values & {"passport", "in_quarantine", "cccd"}


def test_export_command(capsys, db_path, tmp_path):
    main(["--db", str(db_path), "demo"])
    assert main(["--db", str(db_path), "export", "releases", "--date",
                 (TODAY - timedelta(days=6)).isoformat(), "-o", str(tmp_path / "r.xlsx")]) == 0
    assert "dòng" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools reads QR codes")
def test_printed_qr_code_scans_and_verifies(demo, tmp_path):
    cert = demo.reports.certificates(released_on=TODAY - timedelta(days=6))[0]
    path = tmp_path / "giay.pdf"
    documents.certificates(path, [cert], demo.settings.issuer())
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "p")],
                   check=True)
    [png] = list(tmp_path.glob("p*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True,
                             text=True).stdout.strip()
    assert scanned == cert.qr_payload
    assert demo.reports.verify(scanned).genuine


@pytest.mark.parametrize("kind", ["daily-list", "releases", "certificates", "tests-due"])
def test_every_paper_refuses_an_unknown_facility_and_records_nothing(demo, tmp_path, kind):
    from quarantine_desk.services.errors import NotFoundError

    before = len(demo.audit.list(limit=10_000))
    with pytest.raises(NotFoundError, match="Không có cơ sở cách ly mã NOPE"):
        demo.papers.make(kind, tmp_path / "x.pdf", TODAY, facility="nope")
    assert not (tmp_path / "x.pdf").exists()
    assert len(demo.audit.list(limit=10_000)) == before


def test_papers_depend_on_nothing_above_them():
    import ast

    folder = Path(__file__).resolve().parents[2] / "quarantine_desk" / "reports"
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("quarantine_desk.services", "quarantine_desk.storage",
                                            "quarantine_desk.ui", "PySide6")), (path.name, name)


def test_room_assignment_list_of_an_allocated_flight(services, db, tmp_path):
    from tests.households import flight_rows, import_rows

    services.facilities.add(code="TQS-CT", name="Trường Quân sự thành phố", kind="military",
                            beds=60)
    for i in range(3):
        services.facilities.add_room("TQS-CT", f"{101 + i}", 6, "M", block="A", floor="1")
        services.facilities.add_room("TQS-CT", f"{201 + i}", 6, "F", block="B", floor="2")
    for i in range(6):
        services.facilities.add_room("TQS-CT", f"{301 + i}", 4, block="C", floor="3")
    rows, families = flight_rows(24, family_share=0.2, seed=11)
    batch = import_rows(services, tmp_path / "VN5087.xlsx", rows)
    result = services.allocation.allocate(batch, ["TQS-CT"])
    assert not result.unplaced
    path = tmp_path / "phong.pdf"
    what = services.papers.make("rooms", path, TODAY, batch_id=batch)
    assert what == f"Danh sách bố trí phòng của 24 người, đợt số {batch}."
    render_first_page(path, tmp_path)
    text = " ".join(pdf_text(path).split())
    assert "DANH SÁCH BỐ TRÍ PHÒNG" in text.upper()
    assert "Chuyến bay VN5087 – ngày đến 29/07/2020" in text
    assert "Khu A, tầng 1, phòng 101" in text
    assert f"{families} hộ gia đình" in text and "Tổng cộng: 24 người" in text
    for p in result.placements:
        assert p.full_name in text
    with pytest.raises(Exception, match="chưa có ai được bố trí"):
        empty = import_rows(services, tmp_path / "b.xlsx", flight_rows(3, seed=2)[0])
        services.papers.make("rooms", tmp_path / "y.pdf", TODAY, batch_id=empty)


def test_the_certificate_of_a_moved_person_counts_from_the_first_day(services, db, tmp_path):
    from tests.services.test_operations import ARRIVAL, make_batch

    services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=5)
    services.facilities.add(code="KTX", name="Ký túc xá", kind="school", beds=5)
    batch, [pid] = make_batch(db, [("Nguyễn Văn Đức", "M", None)])
    services.allocation.allocate(batch, ["QS"])
    services.health.record_test(pid, ARRIVAL, "pcr", "negative")
    services.stay_changes.transfer(pid, ARRIVAL + timedelta(days=9), facility_code="KTX")
    services.health.record_test(pid, ARRIVAL + timedelta(days=12), "pcr", "negative")
    out = ARRIVAL + timedelta(days=14)
    services.releases.release([pid], out)
    path = tmp_path / "gxn-chuyen.pdf"
    services.papers.make("certificates", path, out)
    render_first_page(path, tmp_path)
    text = " ".join(pdf_text(path).split())
    assert ("tại Trường Quân sự (từ ngày 29/07/2020), sau đó tại Ký túc xá (từ ngày "
            "07/08/2020), từ ngày 29/07/2020 đến ngày 12/08/2020") in text
    assert "ngày 29/07/2020 (RT-PCR): âm tính" in text and "ngày 10/08/2020" in text
