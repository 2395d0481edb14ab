"""The documents: daily quarantine list, release certificates, daily summary."""

from __future__ import annotations

from collections import Counter
from datetime import date
from itertools import groupby
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from quarantine_desk.domain.enums import (
    BATCH_KIND_LABELS,
    ID_TYPE_LABELS,
    TEST_OUTCOME_LABELS,
    BatchKind,
    IdType,
    TestOutcome,
)
from quarantine_desk.reports.layout import (
    FONT,
    build,
    esc,
    frame_width,
    header,
    para,
    signature_block,
    style,
    table_style,
    title_block,
)
from quarantine_desk.services.forecast import DaySummary
from quarantine_desk.services.reports import CertificateData, ListRow
from quarantine_desk.services.settings import Issuer

SEX = {"M": "Nam", "F": "Nữ"}
LIST_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Địa chỉ",
                "Ngày vào", "Dự kiến ra", "Ngày thứ", "Xét nghiệm gần nhất"]  # fmt: skip
# landscape A4 less margins: 252 mm
LIST_WIDTHS = [10, 44, 14, 14, 26, 62, 21, 21, 13, 27]


def daily_list(path: str | Path, rows: list[ListRow], issuer: Issuer, on: date,
               facility_name: str | None) -> int:
    """The list of everyone in quarantine, grouped by facility and room, with totals."""
    width = frame_width(wide=True)
    cell = style(10.5, leading=12.5)
    head = style(10.5, bold=True, align=TA_CENTER, leading=12)
    story: list[Flowable] = [header(issuer, None, on, width)]
    where = f"Tại: {facility_name}" if facility_name else "Tại tất cả các cơ sở cách ly"
    story += title_block("Danh sách người đang cách ly y tế tập trung",
                         f"{where} – ngày {on:%d/%m/%Y}")
    data: list[list[object]] = [[Paragraph(h, head) for h in LIST_HEADERS]]
    spans: list[int] = []
    number = 0
    for (code, fname), by_facility in groupby(rows, key=lambda r: (r.facility, r.facility_name)):
        people = list(by_facility)
        if not facility_name:
            spans.append(len(data))
            data.append([f"{fname} ({code}): {len(people)} người"] + [""] * 9)
        for room, in_room in groupby(people, key=lambda r: r.room):
            group = list(in_room)
            spans.append(len(data))
            label = f"Phòng {room}" if room else "Chưa xếp phòng"
            data.append([f"{label}: {len(group)} người"] + [""] * 9)
            for r in group:
                number += 1
                data.append([
                    str(number), Paragraph(esc(r.full_name), cell), str(r.birth_year or ""),
                    SEX.get(r.sex or "", ""), r.id_number or "",
                    Paragraph(esc(r.address or ""), cell), f"{r.admitted_on:%d/%m/%Y}",
                    f"{r.planned_release_on:%d/%m/%Y}", str(r.day),
                    Paragraph(esc(r.latest_test), cell),
                ])
    sexes = Counter(r.sex for r in rows)
    total = (f"Tổng cộng: {len(rows)} người (nam {sexes.get('M', 0)}, nữ {sexes.get('F', 0)}"
             + (f", chưa rõ {sexes.get(None, 0)}" if sexes.get(None) else "") + ")")
    data.append([total] + [""] * 9)
    commands = table_style(size=10.5) + [
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (2, 1), (3, -1), "CENTER"),
        ("ALIGN", (6, 1), (8, -1), "CENTER"),
        ("SPAN", (0, len(data) - 1), (-1, len(data) - 1)),
        ("FONT", (0, len(data) - 1), (-1, len(data) - 1), f"{FONT}-Bold", 11),
    ]
    for r in spans:
        commands += [("SPAN", (0, r), (-1, r)), ("FONT", (0, r), (-1, r), f"{FONT}-Bold", 10.5),
                     ("BACKGROUND", (0, r), (-1, r), colors.Color(0.97, 0.97, 0.97))]
    scale = width / sum(LIST_WIDTHS)
    table = Table(data, colWidths=[w * scale for w in LIST_WIDTHS], repeatRows=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    story.append(signature_block(issuer, width))
    build(path, story, wide=True, title="Danh sách người đang cách ly")
    return len(rows)


def _qr(payload: str, size: float = 28 * mm) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x1, y1, x2, y2 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x2 - x1), 0, 0, size / (y2 - y1), 0, 0])
    drawing.add(widget)
    return drawing


def certificates(path: str | Path, certs: list[CertificateData], issuer: Issuer) -> int:
    """One page per person: the release certificate with its number and a signed QR code."""
    width = frame_width()
    body = style(13.5, leading=20, align=TA_JUSTIFY)
    story: list[Flowable] = []
    for i, c in enumerate(certs):
        if i:
            story.append(PageBreak())
        story.append(header(issuer, c.number, c.released_on, width))
        story += title_block("Giấy xác nhận hoàn thành thời gian cách ly y tế tập trung")
        born = (f"{c.date_of_birth:%d/%m/%Y}" if c.date_of_birth
                else str(c.birth_year or "không rõ"))
        doc = ""
        if c.id_number:
            kind = ID_TYPE_LABELS.get(IdType(c.id_type), "") if c.id_type else "Giấy tờ"
            doc = f"{kind} số {c.id_number}"
        title = {"M": "Ông", "F": "Bà"}.get(c.sex or "", "Ông/Bà")
        lines = [
            f"{esc(issuer.unit.capitalize())} xác nhận:",
            f"{title}: <b>{esc(c.full_name.upper())}</b>",
            f"Ngày sinh: {born}" + (f"; giới tính: {SEX[c.sex]}" if c.sex in SEX else ""),
        ]
        if doc:
            lines.append(esc(doc))
        if c.nationality:
            lines.append(f"Quốc tịch: {esc(c.nationality)}")
        if c.address:
            lines.append(f"Nơi cư trú: {esc(c.address)}")
        where = esc(c.facility_name) + (f" ({esc(c.facility_address)})"
                                         if c.facility_address else "")
        lines.append(f"Đã hoàn thành thời gian cách ly y tế tập trung tại {where}, "
                     f"từ ngày {c.admitted_on:%d/%m/%Y} đến ngày {c.released_on:%d/%m/%Y}.")
        if c.tests:
            results = "; ".join(
                f"ngày {d:%d/%m/%Y} ({'RT-PCR' if k == 'pcr' else 'test nhanh'}): "
                f"{TEST_OUTCOME_LABELS[TestOutcome(r)].lower()}" for d, k, r in c.tests)
            lines.append(f"Kết quả xét nghiệm SARS-CoV-2: {results}.")
        lines.append("Đề nghị chính quyền địa phương nơi cư trú tiếp tục theo dõi sức khỏe "
                     "theo quy định.")
        for line in lines:
            story.append(para(line, body))
        story.append(signature_block(issuer, width, recipients=[c.full_name]))
        verify = Table([[_qr(c.qr_payload),
                         para(f"Mã xác thực: <b>{c.code}</b><br/>Quét mã QR hoặc dùng lệnh "
                              f"«quarantine-desk verify» để kiểm tra giấy này.",
                              style(10, leading=12))]],
                       colWidths=[32 * mm, width - 32 * mm])
        verify.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Spacer(1, 6), verify]
    build(path, story, title="Giấy xác nhận hoàn thành cách ly", numbered=False)
    return len(certs)


def summary(path: str | Path, issuer: Issuer, on: date, day: DaySummary,
            counts: dict[str, int], facilities: list[tuple[str, str, int, int]],
            number: str | None = None) -> None:
    """The daily summary for the city's steering committee, with a capacity chart.

    facilities: (code, name, beds, occupied) of every active facility.
    """
    width = frame_width()
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Báo cáo nhanh tình hình cách ly y tế tập trung",
                         f"Ngày {on:%d/%m/%Y}")
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    arrivals = sum(day.arrivals_by_kind.values())
    kinds = ", ".join(f"{BATCH_KIND_LABELS[BatchKind(k)].lower()} {n}"
                      for k, n in day.arrivals_by_kind.items())
    story.append(para(f"1. Tiếp nhận trong ngày: {arrivals} người" +
                      (f" ({kinds})." if kinds else "."), body))
    story.append(para(
        f"2. Đang cách ly: {counts.get('in_quarantine', 0)} người; đã hoàn thành cách ly "
        f"(lũy kế): {counts.get('released', 0)} người; chờ bố trí chỗ ở: "
        f"{counts.get('arrived', 0)} người.", body))
    story.append(para(
        f"3. Trong ngày: {day.positives} kết quả xét nghiệm dương tính; chuyển bệnh viện "
        f"{day.to_hospital} người; chuyển cơ sở khác {day.transferred} người. Lũy kế chuyển "
        f"bệnh viện {counts.get('hospital', 0)} người, bỏ trốn {counts.get('absconded', 0)} "
        "người.", body))
    total_beds = sum(f[2] for f in facilities)
    total_used = sum(f[3] for f in facilities)
    story.append(para(f"4. Sức chứa các cơ sở đang hoạt động: {total_beds} giường, đang dùng "
                      f"{total_used}, còn trống {total_beds - total_used}.", body))
    data: list[list[object]] = [["STT", "Cơ sở cách ly", "Giường", "Đang ở", "Còn trống"]]
    cell = style(11, leading=13)
    for i, (code, name, beds, used) in enumerate(facilities, start=1):
        data.append([str(i), Paragraph(f"{esc(name)} ({esc(code)})", cell), str(beds),
                     str(used), str(beds - used)])
    data.append(["", "Tổng cộng", str(total_beds), str(total_used), str(total_beds - total_used)])
    table = Table(data, colWidths=[12 * mm, width - 12 * mm - 75 * mm, 25 * mm, 25 * mm,
                                   25 * mm], repeatRows=1)
    table.setStyle(TableStyle(table_style() + [
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), f"{FONT}-Bold", 11)]))
    story += [Spacer(1, 6), table, Spacer(1, 10), _capacity_chart(facilities, width)]
    story.append(signature_block(issuer, width))
    build(path, story, title="Báo cáo nhanh tình hình cách ly")


def _capacity_chart(facilities: list[tuple[str, str, int, int]], width: float) -> Drawing:
    height = 60 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 12 * mm
    chart.width, chart.height = width - 25 * mm, height - 22 * mm
    chart.data = [[f[3] for f in facilities], [f[2] - f[3] for f in facilities]]
    chart.categoryAxis.categoryNames = [f[0] for f in facilities]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.style = "stacked"
    chart.bars[0].fillColor = colors.Color(0.75, 0.22, 0.17)
    chart.bars[1].fillColor = colors.Color(0.18, 0.49, 0.31)
    drawing.add(chart)
    drawing.add(String(15 * mm, height - 6 * mm, "Đỏ: đang ở; xanh: còn trống",
                       fontName=FONT, fontSize=10))
    return drawing


__all__ = ["certificates", "daily_list", "summary"]
