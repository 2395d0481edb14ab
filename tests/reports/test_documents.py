"""The printed papers: exact Vietnamese text, totals, pages, headers, verification codes."""

import shutil
import subprocess
from datetime import date, timedelta

import pytest

from quarantine_desk.app import main
from quarantine_desk.reports import documents
from quarantine_desk.reports.layout import decree_date
from quarantine_desk.services.demo import load_demo

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


def render_first_page(path, tmp_path):
    """A PNG of the first page, for a reviewer to look at."""
    out = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(path), str(out)],
                   check=True)
    [png] = list(tmp_path.glob(f"{path.stem}*.png"))
    assert png.stat().st_size > 5_000
    return png


def fonts_of(path):
    info = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return info.stdout


@pytest.mark.parametrize(("day", "expected"), [
    (date(2021, 1, 5), "Cần Thơ, ngày 05 tháng 01 năm 2021"),
    (date(2020, 2, 9), "Cần Thơ, ngày 09 tháng 02 năm 2020"),
    (date(2020, 8, 5), "Cần Thơ, ngày 05 tháng 8 năm 2020"),
    (date(2020, 12, 25), "Cần Thơ, ngày 25 tháng 12 năm 2020"),
])
def test_decree_date_leading_zeros(day, expected):
    assert decree_date("Cần Thơ", day) == expected


@pytest.fixture
def demo(services, db):
    load_demo(db, today=TODAY)
    services.settings.set_issuer_field("signer_name", "Đại tá Nguyễn Văn Minh")
    return services


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
        assert "Họ và tên" in page_text and f"Trang {page}/{pages}" in page_text
    assert "LiberationSerif" in fonts_of(path) and "yes" in fonts_of(path)  # embedded
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
    from quarantine_desk.storage.models import Person

    cert = demo.reports.certificates(released_on=TODAY - timedelta(days=6))[0]
    with db.write() as session:  # someone edits the name behind the certificate
        person = session.get(Person, demo.reports._person_of(cert.stay_id))
        person.full_name = "Tên Đã Bị Sửa"
    assert not demo.reports.verify(cert.qr_payload).genuine


def test_summary_figures(demo, tmp_path):
    path = tmp_path / "bao-cao.pdf"
    facilities = [(f.code, f.name, f.beds, f.occupied) for f in demo.facilities.list()
                  if f.status == "active"]
    documents.summary(path, demo.settings.issuer(), TODAY, demo.forecast.day_summary(TODAY),
                      demo.people.status_counts(), facilities, "15/BC-BCH")
    text = pdf_text(path)
    counts = demo.people.status_counts()
    assert f"Đang cách ly: {counts['in_quarantine']} người" in text
    beds = sum(f[2] for f in facilities)
    assert f"{beds} giường" in text and "Số: 15/BC-BCH" in text
    assert "Trường Quân sự thành phố Cần Thơ" in text
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
    services.settings.set_issuer_field("unit", "ban chỉ huy khu cách ly trường quân sự")
    assert services.settings.issuer().unit == "BAN CHỈ HUY KHU CÁCH LY TRƯỜNG QUÂN SỰ"
