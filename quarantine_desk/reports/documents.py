"""The documents: daily quarantine list, release certificates, daily summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from itertools import groupby
from pathlib import Path

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from quarantine_desk.domain.enums import (
    BATCH_KIND_LABELS,
    ID_TYPE_LABELS,
    PERSON_STATUS_LABELS,
    TEST_OUTCOME_LABELS,
    BatchKind,
    IdType,
    PersonStatus,
    TestOutcome,
)
from quarantine_desk.domain.rooms import last_closed_day
from quarantine_desk.reports.layout import (
    FONT,
    build,
    esc,
    frame_width,
    header,
    in_sentence,
    paged_tables,
    para,
    signature_block,
    space_after,
    style,
    table_style,
    text_width,
    title_block,
)
from quarantine_desk.reports.rows import (
    BatchInfo,
    BatchRow,
    CertificateData,
    GoingHome,
    HandoverRecord,
    Issuer,
    ListRow,
    PositiveCase,
    ReleaseRow,
    RoomRow,
    SummaryFigures,
    TestDue,
)

SEX = {"M": "Nam", "F": "Nữ"}
LIST_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Điện thoại",
                "Địa chỉ", "Cách ly từ", "Dự kiến ra", "Ngày thứ", "Xét nghiệm gần nhất",
                "Ghi chú"]
# landscape A4 less margins: 252 mm
LIST_WIDTHS = [10, 35, 12, 11, 21, 22, 40, 20, 20, 12, 20, 29]


def daily_list(path: str | Path, rows: list[ListRow], issuer: Issuer, on: date,
               facility_name: str | None, number: str | None = None) -> int:
    """The list of everyone in quarantine, grouped by facility and room, with totals."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    where = f"Tại: {facility_name}" if facility_name else "Tại tất cả các cơ sở cách ly"
    story += title_block("Danh sách người đang cách ly y tế tập trung",
                         f"{where} – ngày {on:%d/%m/%Y}")
    table_rows: list[tuple[str, list[str]]] = []
    seq = 0
    for (code, fname), by_facility in groupby(rows, key=lambda r: (r.facility, r.facility_name)):
        people = list(by_facility)
        if not facility_name:
            table_rows.append(("group", [f"{fname} ({code}): {len(people)} người"]))
        for room, in_room in groupby(people, key=lambda r: r.room):
            group = list(in_room)
            label = f"Phòng {room}" if room else "Chưa xếp phòng"
            table_rows.append(("group" if facility_name else "subgroup",
                               [f"{label}: {len(group)} người"]))
            for r in group:
                seq += 1
                table_rows.append(("data", [
                    str(seq), r.full_name, str(r.birth_year or ""), SEX.get(r.sex or "", ""),
                    r.id_number or "", r.phone or "", r.address or "", _since(r),
                    f"{r.planned_release_on:%d/%m/%Y}", str(r.day), r.latest_test, r.note]))
    sexes = Counter(r.sex for r in rows)
    total = (f"Tổng cộng: {len(rows)} người (nam {sexes.get('M', 0)}, nữ {sexes.get('F', 0)}"
             + (f", chưa rõ {sexes.get(None, 0)}" if sexes.get(None) else "") + ")")
    table_rows.append(("total", [total]))
    _grouped_list(path, story, issuer, LIST_HEADERS, LIST_WIDTHS, table_rows,
                  (0, 2, 3, 7, 8, 9), "Danh sách người đang cách ly", flex=(6, 7, 10, 11))
    return len(rows)


class QrCode(Flowable):
    """A QR code drawn straight onto the page, module by module.

    reportlab's widget builds a shape per module and tries all eight masks; for hundreds
    of certificates that dominates. Any mask gives a valid code, so one fixed mask is used.
    """

    def __init__(self, payload: str, size: float = 28 * mm) -> None:
        super().__init__()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        code.version = code.calculate_version()
        code.makeImpl(False, 0)
        self.modules = code.modules
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        count = len(self.modules)
        quiet = 2  # modules of white margin on each side
        cell = self.width / (count + 2 * quiet)
        path = self.canv.beginPath()
        for r, row in enumerate(self.modules):
            y = self.height - (r + quiet + 1) * cell
            for c, dark in enumerate(row):
                if dark:
                    path.rect((c + quiet) * cell, y, cell, cell)
        self.canv.setFillColor(colors.black)
        self.canv.drawPath(path, stroke=0, fill=1)


def certificates(path: str | Path, certs: list[CertificateData], issuer: Issuer,
                 issuers: dict[str, Issuer] | None = None) -> int:
    """One page per person: the release certificate with its number and a signed QR code.

    issuers: a facility's own issuing unit and signer, by facility code, where it has one
    (a military site's certificates are headed and signed by its command)."""
    width = frame_width()
    body = style(13.5, leading=20, align=TA_JUSTIFY)
    story: list[Flowable] = []
    for i, c in enumerate(certs):
        if i:
            story.append(PageBreak())
        own = (issuers or {}).get(c.facility_code, issuer)
        story.append(header(own, c.number, c.released_on, width))
        story += title_block("Giấy xác nhận\nhoàn thành thời gian cách ly y tế tập trung")
        doc = ""
        if c.id_number:
            kind = ID_TYPE_LABELS.get(IdType(c.id_type), "") if c.id_type else "Giấy tờ"
            doc = f"{kind} số {c.id_number}"
        born_year = c.date_of_birth.year if c.date_of_birth else c.birth_year
        child = born_year is not None and c.released_on.year - born_year < 16
        if child or c.sex not in SEX:
            named = f"Họ và tên: <b>{esc(c.full_name.upper())}</b>"
        else:
            named = f"{'Ông' if c.sex == 'M' else 'Bà'}: <b>{esc(c.full_name.upper())}</b>"
        if c.date_of_birth:
            born = f"Ngày sinh: {c.date_of_birth:%d/%m/%Y}"
        elif c.birth_year:
            born = f"Năm sinh: {c.birth_year}"
        else:
            born = "Năm sinh: không rõ"
        unit = in_sentence(own.unit)  # as typed, on one line in the text (capitals: lower)
        lines = [
            f"{esc(unit)} xác nhận:",
            named,
            born + (f"; giới tính: {SEX[c.sex]}" if c.sex in SEX else ""),
        ]
        if doc:
            lines.append(esc(doc))
        if c.nationality:
            lines.append(f"Quốc tịch: {esc(c.nationality)}")
        if c.address:
            lines.append(f"Nơi cư trú: {esc(c.address)}")
        where = esc(c.facility_name) + (f" ({esc(c.facility_address)})"
                                         if c.facility_address else "")
        if c.places:  # moved between facilities: one quarantine, every place named in order
            where = ", sau đó tại ".join(f"{esc(name)} (từ ngày {entered:%d/%m/%Y})"
                                         for name, entered in c.places)
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
        story.append(signature_block(own, width, recipients=[c.full_name]))
        check = (f"Mã xác thực: <b>{c.code}</b><br/>Để kiểm tra giấy này là thật, quét mã QR "
                 f"hoặc báo số giấy ({esc(c.number)}) và mã xác thực cho "
                 f"{esc(' '.join(own.unit.split()))}.")
        verify = Table([[QrCode(c.qr_payload), para(check, style(10, leading=12))]],
                       colWidths=[32 * mm, width - 32 * mm])
        verify.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10),
                                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story += [Spacer(1, 6), verify]
    build(path, story, title="Giấy xác nhận hoàn thành cách ly", numbered=False)
    return len(certs)


def summary(path: str | Path, issuer: Issuer, figures: SummaryFigures,
            number: str | None = None) -> None:
    """The summary for the city's steering committee as of one day, with a capacity chart
    that reads on a black-and-white printer."""
    on, f = figures.on, figures
    width = frame_width()
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Báo cáo nhanh tình hình cách ly y tế tập trung",
                         f"Tính đến ngày {on:%d/%m/%Y}")
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    kinds = ", ".join(f"{BATCH_KIND_LABELS[BatchKind(k)].lower()} {n}"
                      for k, n in f.arrivals_by_kind.items())
    story.append(para(
        f"1. Trong ngày: tiếp nhận mới {f.admitted} người"
        + (f" (theo danh sách đến: {kinds})" if kinds else "")
        + f"; hoàn thành cách ly {f.released} người; chuyển bệnh viện {f.to_hospital} người; "
        f"chuyển cơ sở khác {f.transferred} người; sốt (từ 37,5 °C) {f.fevers} người.", body))
    waiting = (f"; chờ bố trí chỗ ở: {f.waiting} người" if f.waiting else "")
    story.append(para(
        f"2. Đang cách ly: {f.in_quarantine} người{waiting}. Lũy kế: tiếp nhận "
        f"{f.admitted_total} người, hoàn thành cách ly {f.released_total} người, chuyển bệnh "
        f"viện {f.to_hospital_total} người, bỏ trốn {f.absconded_total} người.", body))

    def results(by: dict[str, int]) -> str:
        total = sum(by.values())
        more = "".join(f", {label} {by[key]}" for key, label in (
            ("pool_positive", "trong mẫu gộp dương tính"), ("inconclusive", "nghi ngờ"))
            if by.get(key))
        return (f"{total} mẫu (âm tính {by.get('negative', 0)}, dương tính "
                f"{by.get('positive', 0)}{more}, chờ kết quả {by.get('pending', 0)})")

    rounds = f.sampling or {}
    sampled = (
        f" Lấy mẫu theo đợt: {rounds['people']} người trong {rounds['tubes']} ống "
        f"(ống dương tính {rounds['positive_tubes']}, ống chờ kết quả {rounds['pending']}); "
        f"{rounds['positive_people']} người dương tính khi xét nghiệm riêng."
        if rounds.get("tubes") else "")

    story.append(para(
        f"3. Xét nghiệm trong ngày: {results(f.tests)}; lũy kế: {results(f.tests_total)}."
        + sampled
        + (f" Phát hiện {f.cases_inside} ca dương tính tại khu cách ly." if f.cases_inside
           else ""), body))
    total_beds = sum(x[2] for x in f.facilities)
    total_used = sum(x[3] for x in f.facilities)
    story.append(para(f"4. Sức chứa các cơ sở đang hoạt động: {total_beds} giường, đang dùng "
                      f"{total_used}, còn trống {total_beds - total_used}; giường dự phòng "
                      f"(cơ sở chưa hoạt động): {f.standby_beds}.", body))
    data: list[list[object]] = [["STT", "Cơ sở cách ly", "Giường", "Đang ở", "Còn trống"]]
    cell = style(11, leading=13)
    for i, (code, name, beds, used) in enumerate(f.facilities, start=1):
        data.append([str(i), Paragraph(f"{esc(name)} ({esc(code)})", cell), str(beds),
                     str(used), str(beds - used)])
    data.append(["", "Tổng cộng", str(total_beds), str(total_used), str(total_beds - total_used)])
    table = Table(data, colWidths=[12 * mm, width - 12 * mm - 75 * mm, 25 * mm, 25 * mm,
                                   25 * mm], repeatRows=1)
    table.setStyle(TableStyle(table_style() + [
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("FONT", (0, -1), (-1, -1), f"{FONT}-Bold", 11)]))
    story += [Spacer(1, 6), table, Spacer(1, 10), _capacity_chart(f.facilities, width)]
    story.append(signature_block(issuer, width))
    build(path, story, title="Báo cáo nhanh tình hình cách ly")


def handover_record(path: str | Path, record: HandoverRecord, issuer: Issuer,
                    on: date, number: str | None = None) -> int:
    """«Biên bản giao nhận người cách ly»: both sides sign."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Biên bản giao nhận người cách ly y tế tập trung",
                         f"Đợt số {record.batch_id}"
                         + (f" – {record.reference}" if record.reference else ""))
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    at = record.handed_over_at
    place = f", tại {esc(record.place)}" if record.place else ""
    story.append(para(f"Hồi {at:%H} giờ {at:%M} ngày {at:%d} tháng {at.month:02d} năm "
                      f"{at:%Y}{place}, chúng tôi gồm:", body))
    giver = esc(in_sentence(record.detecting_unit or ""))
    rep = esc(record.handed_over_by or "")
    if giver or rep:
        giver = "; ".join(part for part in (giver, f"đại diện: {rep}" if rep else "") if part)
    else:  # nobody handed over at the desk: a line to write the other side in by hand
        giver = "\u2026" * 40
    story.append(para(f"<b>Bên giao:</b> {giver}.", body))
    story.append(para(f"<b>Bên nhận:</b> {esc(in_sentence(issuer.unit))}.", body))
    kind = BATCH_KIND_LABELS[BatchKind(record.kind)].lower()
    where = f", phát hiện tại {esc(record.detected_at)}" if record.detected_at else ""
    route = f", {esc(record.route)}" if record.route else ""
    story.append(para(f"Bên giao bàn giao cho bên nhận {len(record.people)} người "
                      f"({kind}{where}{route}) để cách ly y tế tập trung, cụ thể:", body))
    cell = style(11, leading=13)
    data: list[list[object]] = [["STT", "Họ và tên", "Năm\nsinh", "Giới\ntính", "Số giấy tờ",
                                 "Quốc tịch", "Nơi đi, địa chỉ", "Nơi bố trí", "Ghi chú"]]
    for i, p in enumerate(record.people, start=1):
        data.append([str(i), Paragraph(esc(p.full_name), cell), str(p.birth_year or ""),
                     SEX.get(p.sex or "", ""), p.id_number or "",
                     Paragraph(esc(p.nationality or ""), cell),
                     Paragraph(esc(p.origin or ""), cell), Paragraph(esc(p.placed or ""), cell),
                     Paragraph(esc(p.note), cell)])
    fixed = [10, 14, 14, 30, 25, 45, 30, 50]  # mm; the name takes the rest
    table = Table(data, colWidths=[10 * mm, width - sum(fixed) * mm, *(w * mm for w in fixed[1:])],
                  repeatRows=1)
    table.setStyle(TableStyle(table_style() + [
        ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (3, -1), "CENTER")]))
    story += [Spacer(1, 4), table, Spacer(1, 8)]
    story.append(para("Biên bản lập xong hồi … giờ … cùng ngày, đã đọc lại cho hai bên cùng nghe, "
                      "thống nhất ký tên; lập thành 02 bản, mỗi bên giữ 01 bản.", body))
    story.append(_both_sides(width, record.handed_over_by or "", issuer.signer_name))
    build(path, story, wide=True, title="Biên bản giao nhận người cách ly")
    return len(record.people)


def _both_sides(width: float, giver: str, receiver: str,
                titles: tuple[str, str] = ("ĐẠI DIỆN BÊN GIAO", "ĐẠI DIỆN BÊN NHẬN")
                ) -> KeepTogether:
    """The two signatures of a record of hand-over, side by side, kept together."""
    sides = Table([[para(f"<b>{titles[0]}</b>", style(13, align=TA_CENTER)),
                    para(f"<b>{titles[1]}</b>", style(13, align=TA_CENTER))],
                   [para("<i>(ký, ghi rõ họ tên)</i>", style(12, align=TA_CENTER)),
                    para("<i>(ký, ghi rõ họ tên)</i>", style(12, align=TA_CENTER))],
                   [Spacer(1, 56), Spacer(1, 56)],
                   [para(f"<b>{esc(giver)}</b>", style(13, align=TA_CENTER)),
                    para(f"<b>{esc(receiver)}</b>", style(13, align=TA_CENTER))]],
                  colWidths=[width / 2, width / 2])
    sides.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 12)]))
    return KeepTogether([Spacer(1, 10), sides])


def recovery_key_record(path: str | Path, key: str, database: str, plain_copy: str | None,
                        issuer: Issuer, at: datetime, administrator: str) -> None:
    """«Biên bản bàn giao khóa khôi phục»: the recovery key of an encrypted database, printed
    once when it is made, for whoever keeps it. It is never stored, so never numbered in the
    register nor made again: the number is written by hand."""
    width = frame_width()
    story: list[Flowable] = [header(issuer, None, at.date(), width)]
    story += title_block("Biên bản bàn giao khóa khôi phục\ncơ sở dữ liệu người cách ly")
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    story.append(para(f"Hồi {at:%H} giờ {at:%M} ngày {at:%d} tháng {at.month:02d} năm "
                      f"{at:%Y}, cơ sở dữ liệu <b>{esc(database)}</b> của "
                      f"{esc(in_sentence(issuer.unit))} được mã hóa. Khóa khôi phục dưới đây "
                      "mở được cơ sở dữ liệu và mọi bản sao lưu của nó trên máy khác; chương "
                      "trình không lưu lại khóa ở đâu khác ngoài máy này và không in lại được.",
                      body))
    groups = key.split("-")
    # groups apart by spaces: the key typed back as printed (keys.parse_key) opens
    lines = ["\u2002".join(groups[i:i + 4]) for i in range(0, len(groups), 4)]
    story += [Spacer(1, 6), para("<br/>".join(f"<b>{esc(line)}</b>" for line in lines),
                                 style(15, align=TA_CENTER, leading=22)), Spacer(1, 6)]
    story.append(para("Người nhận giữ biên bản này ở nơi an toàn, tách khỏi máy tính; không "
                      "chụp ảnh, không gửi qua mạng. Mất khóa và mất máy thì không mở được các "
                      "bản sao lưu đã mã hóa.", body))
    if plain_copy:
        story.append(para(f"Bản chưa mã hóa của cơ sở dữ liệu được giữ tại <b>{esc(plain_copy)}"
                          "</b>; sau khi kiểm tra chương trình mở được bản đã mã hóa, quản trị "
                          "viên xóa bản này (trang «An toàn dữ liệu», nút «Xóa bản chưa mã "
                          "hóa»).", body))
    story.append(para("Biên bản lập thành 01 bản, giao cho người nhận giữ.", body))
    story.append(_both_sides(width, administrator, "",
                             ("QUẢN TRỊ VIÊN", "NGƯỜI NHẬN GIỮ KHÓA")))
    build(path, story, title="Biên bản bàn giao khóa khôi phục")


def positive_case(path: str | Path, case: PositiveCase, issuer: Issuer, on: date,
                  number: str | None = None) -> int:
    """«Báo cáo ca dương tính tại khu cách ly» for the steering committee, the same day."""
    width = frame_width()
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Báo cáo ca dương tính tại khu cách ly",
                         f"Phát hiện ngày {case.found_on:%d/%m/%Y} tại {case.facility_name}")
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    story.append(para("Kính gửi: Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố.", body))
    title = {"M": "Ông", "F": "Bà"}.get(case.sex or "", "Ông/Bà")
    born = f", sinh năm {case.birth_year}" if case.birth_year else ""
    doc = f", số giấy tờ {esc(case.id_number)}" if case.id_number else ""
    room = f", phòng {esc(case.room)}" if case.room else ""
    story.append(para(
        f"1. Ca dương tính (F0): {title} <b>{esc(case.full_name.upper())}</b>{born}{doc}, "
        f"cách ly tại {esc(case.facility_name)} ({esc(case.facility_code)}){room} từ ngày "
        f"{case.quarantine_start:%d/%m/%Y}. Phát hiện: {esc(case.test)}. "
        + (f"Đã chuyển đến {esc(case.sent_to)}." if case.sent_to
           else "Chưa chuyển cơ sở điều trị."), body))
    story.append(para(
        f"2. Người tiếp xúc gần (F1), phạm vi {esc(case.scope)}: {len(case.contacts)} người. "
        "Thời gian cách ly của mỗi người tính lại từ ngày tiếp xúc cuối cùng, xét nghiệm lại "
        "theo quy định.", body))
    if case.contacts:
        cell = style(11, leading=13)
        data: list[list[object]] = [["STT", "Họ và tên", "Năm\nsinh", "Giới\ntính", "Nơi ở",
                                     "Dự kiến ra\n(trước)", "Dự kiến ra\n(mới)"]]
        for i, c in enumerate(case.contacts, start=1):
            where = (c.facility or "") + (f", phòng {c.room}" if c.room else "")
            data.append([str(i), Paragraph(esc(c.full_name), cell), str(c.birth_year or ""),
                         SEX.get(c.sex or "", ""), Paragraph(esc(where), cell),
                         _d(c.planned_before), _d(c.planned_after)])
        fixed = [10, 16, 16, 34, 25, 25]
        table = Table(data, colWidths=[10 * mm, width - sum(fixed[1:]) * mm - 10 * mm,
                                       *(w * mm for w in fixed[1:])], repeatRows=1)
        table.setStyle(TableStyle(table_style() + [
            ("ALIGN", (0, 1), (0, -1), "CENTER"), ("ALIGN", (2, 1), (3, -1), "CENTER"),
            ("ALIGN", (5, 1), (6, -1), "CENTER")]))
        story += [Spacer(1, 4), table, Spacer(1, 8)]
    closed = (f"Phòng {esc(case.room)} đã đóng để khử khuẩn, không nhận người đến hết ngày "
              f"{last_closed_day(case.room_closed_until):%d/%m/%Y}." if case.room
              and case.room_closed_until else "Đã khử khuẩn khu vực liên quan.")
    story.append(para(f"3. {closed}", body))
    story.append(signature_block(issuer, width))
    build(path, story, title="Báo cáo ca dương tính tại khu cách ly")
    return len(case.contacts)


def _capacity_chart(facilities: list[tuple[str, str, int, int]], width: float) -> Drawing:
    """Beds used and free per facility, readable on a black-and-white printer: used beds
    grey, free beds white with a black outline, each bar part carrying its figure."""
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 15 * mm, 12 * mm
    chart.width, chart.height = width - 25 * mm, height - 24 * mm
    chart.data = [[f[3] for f in facilities], [f[2] - f[3] for f in facilities]]
    chart.categoryAxis.categoryNames = [f[0] for f in facilities]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName = FONT
        axis.fontSize = 9
    chart.valueAxis.valueMin = 0
    chart.categoryAxis.style = "stacked"
    chart.bars.strokeColor = colors.black
    chart.bars.strokeWidth = 0.6
    chart.bars[0].fillColor = colors.Color(0.62, 0.62, 0.62)
    chart.bars[1].fillColor = colors.white
    chart.barLabelFormat = lambda v: str(int(v)) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8.5
    chart.barLabels.boxAnchor = "n"  # the figure just inside the top of its part
    chart.barLabels.dy = -2
    drawing.add(chart)
    # the legend: a swatch of each fill and its words
    y = height - 7 * mm
    x = 15 * mm
    for fill, words in ((colors.Color(0.62, 0.62, 0.62), "Đang ở"),
                        (colors.white, "Còn trống")):
        drawing.add(Rect(x, y - 1, 8, 8, fillColor=fill, strokeColor=colors.black,
                         strokeWidth=0.6))
        drawing.add(String(x + 11, y, words, fontName=FONT, fontSize=10))
        x += 11 + text_width(words, FONT, 10) + 14
    return drawing


__all__ = ["certificates", "daily_list", "summary"]


def table_document(path: str | Path, issuer: Issuer, on: date, title: str, subtitle: str,
                   headers: list[str], widths: list[float], rows: list[list[object]],
                   total: str, *, wide: bool = True, number: str | None = None,
                   centred: tuple[int, ...] = (), flex: tuple[int, ...] = ()) -> None:
    """A titled list in the official layout: header row repeated, totals, signature
    (widths: the preferred ones; flex: the free-text columns, layout.fit_widths)."""
    width = frame_width(wide)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block(title, subtitle)
    table_rows: list[tuple[str, list[str]]] = [
        ("data", [str(i)] + ["" if v is None else str(v) for v in row])
        for i, row in enumerate(rows, start=1)]
    table_rows.append(("total", [total]))
    scale = width / sum(widths)
    first, page = space_after(story, width, wide)
    story += paged_tables(headers, table_rows, [w * scale for w in widths], first_space=first,
                          page_space=page, centred=(0, *centred), flex=flex,
                          tail=[signature_block(issuer, width)])
    build(path, story, wide=wide, title=title)


def _since(r: ListRow) -> str:
    """The first day of the quarantine, and the day of arrival here where it differs."""
    if r.quarantine_start is None:
        return f"{r.admitted_on:%d/%m/%Y}"
    return f"{r.quarantine_start:%d/%m/%Y} (ở đây từ {r.admitted_on:%d/%m})"


def _d(value: date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _grouped_list(path: str | Path, story: list[Flowable], issuer: Issuer, headers: list[str],
                  widths_mm: Sequence[float], table_rows: list[tuple[str, list[str]]],
                  centred: tuple[int, ...], title: str,
                  witness: tuple[str, str] | None = None, flex: tuple[int, ...] = ()) -> None:
    """A landscape list under its header and title: the rows paged with their headings
    repeated, then the signature (and a witness's, layout.signature_block), which stays
    with the last rows."""
    width = frame_width(wide=True)
    first, page = space_after(story, width, wide=True)
    scale = width / (sum(widths_mm) * mm)
    story += paged_tables(headers, table_rows, [w * mm * scale for w in widths_mm],
                          first_space=first, page_space=page, centred=centred, flex=flex,
                          tail=[signature_block(issuer, width, witness=witness)])
    build(path, story, wide=True, title=title)


HOME_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Điện thoại",
                "Địa chỉ", "Cơ sở", "Ngày hoàn thành", "Theo dõi tại nhà đến ngày",
                "Số giấy xác nhận"]
HOME_WIDTHS = [10, 34, 12, 11, 21, 21, 48, 17, 21, 22, 35]  # landscape: 252 mm


def going_home_list(path: str | Path, rows: list[GoingHome], issuer: Issuer, on: date,
                    number: str | None = None) -> int:
    """«Danh sách bàn giao người hoàn thành cách ly về địa phương»: the day's releases by
    province, district and commune, for the local health stations that take over."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Danh sách bàn giao người hoàn thành cách ly y tế tập trung về địa "
                         "phương", f"Hoàn thành cách ly ngày {on:%d/%m/%Y}")
    table_rows: list[tuple[str, list[str]]] = []
    count = 0
    for province, by_province in groupby(rows, key=lambda r: r.province):
        people = list(by_province)
        if province is None:
            table_rows.append(("group", [f"Chưa xác định được địa phương từ địa chỉ: "
                                         f"{len(people)} người"]))
            groups: list[tuple[tuple[str | None, str | None] | None, list[GoingHome]]]
            groups = [(None, people)]
        else:
            table_rows.append(("group", [f"{province}: {len(people)} người"]))
            groups = [(k, list(g)) for k, g in groupby(people, key=lambda r: (r.district,
                                                                             r.commune))]
        for key, group in groups:
            if key is not None:
                district, commune = key
                where = ", ".join((district or "Chưa rõ quận, huyện",
                                   commune or "chưa rõ xã, phường"))
                table_rows.append(("subgroup", [f"{where}: {len(group)} người"]))
            for r in group:
                count += 1
                table_rows.append(("data", [
                    str(count), r.full_name, str(r.birth_year or ""), SEX.get(r.sex or "", ""),
                    r.id_number or "", r.phone or "", r.address or "", r.facility,
                    _d(r.released_on), _d(r.monitor_until) or "không", r.certificate_number or ""]))
    table_rows.append(("total", [f"Tổng cộng: {len(rows)} người"]))
    _grouped_list(path, story, issuer, HOME_HEADERS, HOME_WIDTHS, table_rows, (0, 2, 3, 8, 9),
                  "Danh sách bàn giao về địa phương", flex=(6,))
    return len(rows)


RELEASE_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Từ ngày",
                   "Đến ngày", "Số giấy xác nhận"]
RELEASE_WIDTHS = [12, 62, 17, 17, 36, 26, 26, 56]  # landscape: 252 mm


def releases_list(path: str | Path, rows: list[ReleaseRow], issuer: Issuer, on: date,
                  number: str | None = None) -> int:
    """Who completed their quarantine that day, under each facility's name, address and
    phone (the local health station calls the facility, not the office)."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Danh sách người hoàn thành cách ly y tế tập trung",
                         f"Ngày {on:%d/%m/%Y}")
    table_rows: list[tuple[str, list[str]]] = []
    count = 0
    for (code, name, address, contact), group in groupby(
            rows, key=lambda r: (r.facility, r.facility_name, r.facility_address,
                                 r.facility_contact)):
        people = list(group)
        reach = "; ".join(part for part in (
            f"địa chỉ: {address}" if address else "",
            f"điện thoại, liên hệ: {contact}" if contact else "") if part)
        table_rows.append(("group", [f"{name or code} ({code}): {len(people)} người"
                                     + (f" – {reach}" if reach else "")]))
        for r in people:
            count += 1
            table_rows.append(("data", [
                str(count), r.full_name, str(r.birth_year or ""), SEX.get(r.sex or "", ""),
                r.id_number or "", _d(r.admitted_on), _d(r.released_on),
                r.certificate_number or ""]))
    table_rows.append(("total", [f"Tổng cộng: {len(rows)} người"]))
    _grouped_list(path, story, issuer, RELEASE_HEADERS, RELEASE_WIDTHS, table_rows,
                  (0, 2, 3, 5, 6), "Danh sách người hoàn thành cách ly")
    return len(rows)


def batch_report(path: str | Path, batch: BatchInfo, rows: list[BatchRow], issuer: Issuer,
                 on: date, number: str | None = None) -> int:
    placed = Counter(r.facility for r in rows if r.facility)
    where = ", ".join(f"{code}: {n}" for code, n in placed.items())
    table_document(
        path, issuer, on, "Danh sách bố trí cách ly theo đợt đến",
        _batch_line(batch),
        ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Tình trạng", "Cơ sở",
         "Phòng", "Ngày vào", "Dự kiến ra"],
        [10, 50, 15, 15, 28, 32, 25, 15, 22, 22],
        [[r.full_name, r.birth_year, SEX.get(r.sex or "", ""), r.id_number or "",
          PERSON_STATUS_LABELS[PersonStatus(r.status)], r.facility or "", r.room or "",
          _d(r.admitted_on), _d(r.planned_release_on)] for r in rows],
        f"Tổng cộng: {len(rows)} người" + (f" ({where})" if where else ""),
        centred=(2, 3, 7, 8, 9), number=number)
    return len(rows)


ROOM_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Hộ",
                "Quan hệ với chủ hộ", "Ghi chú"]
ROOM_WIDTHS = [10, 58, 16, 16, 30, 14, 40, 68]  # landscape: 252 mm


def rooms_list(path: str | Path, batch: BatchInfo, rows: list[RoomRow], issuer: Issuer,
               on: date, number: str | None = None) -> int:
    """«Danh sách bố trí phòng»: where each person of a batch sleeps, for the team that
    receives the bus; by facility and room, households numbered."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Danh sách bố trí phòng", _batch_line(batch))
    table_rows: list[tuple[str, list[str]]] = []
    seq = 0
    for (code, fname), by_facility in groupby(rows, key=lambda r: (r.facility, r.facility_name)):
        people = list(by_facility)
        table_rows.append(("group", [f"{fname} ({code}): {len(people)} người"]))
        for (block, floor, room), in_room in groupby(people,
                                                     key=lambda r: (r.block, r.floor, r.room)):
            group = list(in_room)
            where = ", ".join(part for part in (
                f"Khu {block}" if block else "", f"tầng {floor}" if floor else "",
                f"phòng {room}" if room else "chưa xếp phòng") if part)
            in_room_sexes = {r.sex for r in group}
            who = ("nam" if in_room_sexes == {"M"} else "nữ" if in_room_sexes == {"F"}
                   else "một hộ gia đình" if len({r.household for r in group}) == 1
                   else "")
            label = where[0].upper() + where[1:] + f": {len(group)} người" + (
                f" ({who})" if who else "")
            table_rows.append(("subgroup", [label]))
            for r in group:
                seq += 1
                table_rows.append(("data", [
                    str(seq), r.full_name, str(r.birth_year or ""), SEX.get(r.sex or "", ""),
                    r.id_number or "", str(r.household) if r.household else "",
                    r.relation or "", r.note]))
    sexes = Counter(r.sex for r in rows)
    households = len({r.household for r in rows if r.household})
    total = (f"Tổng cộng: {len(rows)} người (nam {sexes.get('M', 0)}, nữ {sexes.get('F', 0)}"
             + (f", chưa rõ {sexes.get(None, 0)}" if sexes.get(None) else "") + ")"
             + (f", {households} hộ gia đình" if households else ""))
    table_rows.append(("total", [total]))
    _grouped_list(path, story, issuer, ROOM_HEADERS, ROOM_WIDTHS, table_rows, (0, 2, 3, 5),
                  "Danh sách bố trí phòng", flex=(6, 7))
    return len(rows)


def _batch_line(batch: BatchInfo) -> str:
    """«Chuyến bay VN0300, nơi đi: Tokyo – ngày đến 01/12/2026»; an illegal entry says where
    and when it was detected and by whom."""
    kind = BATCH_KIND_LABELS[BatchKind(batch.kind)]
    parts = [kind + (f" {batch.reference}" if batch.reference else "")]
    if batch.origin:
        parts.append(f"nơi đi: {batch.origin}")
    line = ", ".join(parts) + f" – ngày đến {batch.arrival_date:%d/%m/%Y}"
    if batch.kind == BatchKind.ILLEGAL_ENTRY.value:
        found = []
        if batch.detected_at:
            found.append(f"phát hiện tại {batch.detected_at}")
        if batch.detected_on:
            found.append(f"lúc {batch.detected_on:%H giờ %M, ngày %d/%m/%Y}")
        if batch.detecting_unit:
            found.append(f"đơn vị phát hiện: {batch.detecting_unit}")
        if found:
            line += "; " + ", ".join(found)
    return line


def _which_test(r: TestDue) -> str:
    """The test a person owes, as the list names it: the schedule's day, or a retest."""
    if r.retest:
        why = "mẫu gộp dương tính" if r.retest == TestOutcome.POOL_POSITIVE else "kết quả nghi ngờ"
        return f"Lấy lại: {why}"  # one line of the column
    return f"Ngày {r.test_day}" + (f" – quá hạn từ {r.due_on:%d/%m}" if r.overdue and r.due_on
                                   else "")


def tests_due_list(path: str | Path, rows: list[TestDue], issuer: Issuer, on: date,
                   number: str | None = None) -> int:
    """Who gives a sample that day, by facility and room; a test owed from an earlier day
    stays on the list, marked, until it is taken."""
    overdue = sum(r.overdue for r in rows)
    table_document(
        path, issuer, on, "Danh sách người cần lấy mẫu xét nghiệm", f"Ngày {on:%d/%m/%Y}",
        ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Cơ sở", "Phòng",
         "Ngày thứ", "Lần xét nghiệm", "Kết quả"],
        [10, 48, 14, 14, 28, 22, 14, 13, 50, 39],
        [[r.full_name, r.birth_year or "", SEX.get(r.sex or "", ""), r.id_number or "",
          r.facility, r.room or "", r.day,
          _which_test(r), ""] for r in rows],
        f"Tổng cộng: {len(rows)} người" + (f" ({overdue} người quá hạn)" if overdue else ""),
        centred=(2, 3, 6, 7), number=number)  # «Kết quả» is written by hand: no flex
    return len(rows)
