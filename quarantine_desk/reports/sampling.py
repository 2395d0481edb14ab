"""The papers of a sampling round: the list that goes with the tubes to the lab, and the
tubes' labels on A4 label sheets."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as canvas_module
from reportlab.platypus import Flowable

from quarantine_desk.reports.documents import SEX, QrCode, _grouped_list
from quarantine_desk.reports.layout import (
    FONT,
    frame_width,
    header,
    nfc,
    register_fonts,
    text_width,
    title_block,
)
from quarantine_desk.reports.rows import Issuer

SAMPLING_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Phòng",
                    "Ghi chú"]
SAMPLING_WIDTHS = [12, 62, 18, 18, 36, 18, 88]  # landscape: 252 mm


@dataclass(frozen=True)
class LabelSheet:
    """An A4 sheet of self-adhesive labels: columns, rows, label size and where the first
    label starts, in millimetres. The default is the common 24-label sheet (3 × 8,
    63.5 × 33.9 mm, as Avery L7159 and the Tomy/Decal A4 sheets sold in Vietnam); another
    sheet is another value of this, not other code."""

    columns: int = 3
    rows: int = 8
    width: float = 63.5
    height: float = 33.9
    left: float = 7.2
    top: float = 12.9
    gap_x: float = 2.5
    gap_y: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


SHEET = LabelSheet()


@dataclass(frozen=True)
class TubeLine:
    """A tube as its paper shows it."""

    code: str
    room: str | None
    reason: str | None  # why its sample is alone (Vietnamese); None for a pool
    people: list[tuple[str, int | None, str | None, str | None]]  # name, born, sex, document


def sampling_list(path: str | Path, tubes: list[TubeLine], issuer: Issuer, on: date,
                  facility_name: str, round_id: int, number: str | None = None) -> int:
    """Decree 30 list of a round's tubes and the people in each, with the totals and the
    signatures of the sampler and the site."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Danh sách mẫu bệnh phẩm gửi xét nghiệm SARS-CoV-2",
                         f"Tại: {facility_name} – ngày lấy mẫu {on:%d/%m/%Y} – đợt số {round_id}")
    rows: list[tuple[str, list[str]]] = []
    seq = 0
    for tube in tubes:
        where = f"phòng {tube.room}" if tube.room else "chưa xếp phòng"
        kind = (f"mẫu đơn ({tube.reason})" if tube.reason else "mẫu đơn") if len(
            tube.people) == 1 else f"gộp {len(tube.people)} mẫu"
        rows.append(("group", [f"Ống {tube.code}: {kind}, {where}"]))
        for name, born, sex, document in tube.people:
            seq += 1
            rows.append(("data", [str(seq), name, str(born or ""), SEX.get(sex or "", ""),
                                  document or "", tube.room or "", ""]))
    pools = sum(len(t.people) > 1 for t in tubes)
    rows.append(("total", [f"Tổng cộng: {len(tubes)} ống ({pools} ống gộp, "
                           f"{len(tubes) - pools} ống đơn), {seq} người"]))
    _grouped_list(path, story, issuer, SAMPLING_HEADERS, SAMPLING_WIDTHS, rows, (0, 2, 3, 5),
                  "Danh sách mẫu bệnh phẩm gửi xét nghiệm",
                  witness=("NGƯỜI LẤY MẪU", "(Ký, ghi rõ họ tên)"), flex=(6,))
    return len(tubes)


def sampling_labels(path: str | Path, tubes: list[TubeLine], on: date, facility_code: str,
                    sheet: LabelSheet = SHEET) -> int:
    """One label a tube: its code as text and as a QR code, the site, the day, the room and
    what is in it (a single sample names its person, as the lab needs)."""
    register_fonts()
    pdf = io.BytesIO()
    page_w, page_h = A4
    c = canvas_module.Canvas(pdf, pagesize=A4, initialFontName=FONT)
    c.setTitle(nfc(f"Nhãn ống mẫu {facility_code} {on:%d/%m/%Y}"))
    c.setAuthor("Quarantine Desk")
    bold = f"{FONT}-Bold"
    for index, tube in enumerate(tubes):
        spot = index % sheet.per_page
        if index and spot == 0:
            c.showPage()
        col, row = spot % sheet.columns, spot // sheet.columns
        x = (sheet.left + col * (sheet.width + sheet.gap_x)) * mm
        top = page_h - (sheet.top + row * (sheet.height + sheet.gap_y)) * mm
        pad = 2 * mm
        qr_size = min(sheet.height * mm - 2 * pad, 24 * mm)
        code = QrCode(tube.code, qr_size)
        code.canv = c
        c.saveState()
        c.translate(x + pad, top - (sheet.height * mm + qr_size) / 2)
        code.draw()
        c.restoreState()
        text_x = x + pad + qr_size + 1.5 * mm
        room_for_text = x + sheet.width * mm - pad - text_x
        size = 10.0
        while size > 6 and text_width(tube.code, bold, size) > room_for_text:
            size -= 0.5
        c.setFont(bold, size)
        c.drawString(text_x, top - pad - size - 1, nfc(tube.code))
        lines = [f"Ngày lấy mẫu {on:%d/%m/%Y}",
                 f"Phòng {tube.room}" if tube.room else "Chưa xếp phòng"]
        if len(tube.people) == 1:
            name, born, _, _ = tube.people[0]
            lines += [name, f"Năm sinh {born}" if born else "Mẫu đơn"]
        else:
            lines.append(f"Gộp {len(tube.people)} mẫu")
        y = top - pad - size - 11
        for line in lines:
            small = 7.5
            while small > 5.5 and text_width(line, FONT, small) > room_for_text:
                small -= 0.5
            c.setFont(FONT, small)
            c.drawString(text_x, y, nfc(_fit(line, FONT, small, room_for_text)))
            y -= small + 1.5
    c.showPage()
    c.save()
    with open(path, "wb") as fh:
        fh.write(pdf.getbuffer())
    return len(tubes)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """The text, cut with an ellipsis where even the smallest size does not hold it."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"
