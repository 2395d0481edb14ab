"""The papers of meals and fees (issue 29): the kitchen's count of a day, the notice of what a
person owes before release, and the receipt of a payment (figures and words)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from quarantine_desk.domain.money import figures, in_words
from quarantine_desk.reports.documents import _grouped_list
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
from quarantine_desk.reports.rows import Issuer

BASIS = "Căn cứ Nghị quyết số 16/NQ-CP ngày 08/02/2021 của Chính phủ về chi phí cách ly y tế"
EXEMPTION_WORDS = {"poor": "hộ nghèo", "near_poor": "hộ cận nghèo", "child": "trẻ em",
                   "before_resolution": "vào cách ly trước ngày áp dụng mức thu",
                   "decision": "theo quyết định miễn, giảm"}
MEAL_HEADERS = ["STT", "Phòng", "Số người", "Chế độ ăn riêng"]
MEAL_WIDTHS = [14, 30, 26, 182]


@dataclass(frozen=True)
class BillPaper:
    full_name: str
    birth_year: int | None
    id_number: str | None
    lines: list[tuple[str, date, date, int, int, int]]  # facility, from, to, days, rate, amount
    due: int
    exempt: int
    exemptions: list[tuple[str, str]]
    paid: int
    balance: int


@dataclass(frozen=True)
class ReceiptPaper:
    receipt: str
    full_name: str
    birth_year: int | None
    id_number: str | None
    amount: int
    paid_on: date
    reverses: str | None  # the receipt a reversal undoes
    note: str | None
    balance: int


def meals_paper(path: str | Path, facility_name: str, on: date,
                rooms: list[tuple[str | None, int, list[tuple[str, str]]]],
                leaving: list[tuple[str, str | None]], arriving: int, issuer: Issuer,
                number: str | None) -> int:
    """How many eat at the site that day, room by room, with the diets to cook apart; those
    leaving that day and the beds held for arrivals under the total."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Bảng tổng hợp số suất ăn", f"Tại: {facility_name} – ngày {on:%d/%m/%Y}")
    rows: list[tuple[str, list[str]]] = []
    for seq, (room, people, diets) in enumerate(rooms, start=1):
        rows.append(("data", [str(seq), room or "Chưa xếp phòng", str(people),
                              "; ".join(f"{name}: {diet}" for name, diet in diets)]))
    total = sum(r[1] for r in rooms)
    special = sum(len(r[2]) for r in rooms)
    rows.append(("total", [f"Tổng cộng: {total} người ({total * 3} suất ăn trong ngày), trong "
                           f"đó {special} người ăn riêng"]))
    if leaving:
        rows.append(("total", [f"Hoàn thành cách ly trong ngày (không tính ở trên): "
                               f"{len(leaving)} người – " + ", ".join(
                                   f"{n} ({r})" if r else n for n, r in leaving)]))
    if arriving:
        rows.append(("total", [f"Dự kiến tiếp nhận trong ngày (giường đã giữ): {arriving} "
                               "người"]))
    _grouped_list(path, story, issuer, MEAL_HEADERS, MEAL_WIDTHS, rows, (0, 1, 2),
                  "Bảng tổng hợp số suất ăn", witness=("BẾP ĂN", "(Ký, ghi rõ họ tên)"),
                  flex=(3,))
    return total


def _person_line(full_name: str, born: int | None, document: str | None) -> str:
    return (f"<b>{esc(full_name)}</b>" + (f", sinh năm {born}" if born else "")
            + (f", số giấy tờ {esc(document)}" if document else ""))


def fee_notice(path: str | Path, bill: BillPaper, issuer: Issuer, on: date,
               number: str | None) -> int:
    """«Thông báo» of the amount a person owes for meals, line by line, with the
    exemptions, what was paid and what is left, in figures and words."""
    width = frame_width()
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Thông báo", "Về việc nộp tiền ăn trong thời gian cách ly y tế tập trung")
    body = style(13, leading=18, align=TA_JUSTIFY, first_indent=10 * mm)
    story.append(para(f"{BASIS};", body))
    who = _person_line(bill.full_name, bill.birth_year, bill.id_number)
    story.append(para(f"Kính gửi: Ông/Bà {who}.", body))
    data: list[list[str]] = [["Cơ sở", "Từ ngày", "Đến ngày", "Số ngày", "Mức/ngày",
                              "Thành tiền"]]
    for facility, start, end, days, rate, amount in bill.lines:
        data.append([facility, f"{start:%d/%m/%Y}", f"{end:%d/%m/%Y}", str(days),
                     figures(rate), figures(amount)])
    data.append(["Cộng", "", "", str(sum(line[3] for line in bill.lines)), "",
                 figures(bill.due)])
    table = Table(data, colWidths=[w * mm for w in (30, 27, 27, 20, 30, 36)], repeatRows=1)
    table.setStyle(TableStyle(table_style() + [
        ("ALIGN", (1, 1), (3, -1), "CENTER"), ("ALIGN", (4, 1), (5, -1), "RIGHT"),
        ("FONT", (0, -1), (-1, -1), f"{FONT}-Bold", 11)]))
    story += [Spacer(1, 6), table, Spacer(1, 8)]
    if bill.exemptions:
        why = "; ".join(f"{EXEMPTION_WORDS.get(k, k)} ({esc(d)})" for k, d in bill.exemptions)
        story.append(para(f"Được miễn: {figures(bill.exempt)} đồng – {why}.", body))
    story.append(para(f"Đã nộp: {figures(bill.paid)} đồng.", body))
    if bill.balance >= 0:
        story.append(para(f"<b>Số tiền còn phải nộp: {figures(bill.balance)} đồng</b> (bằng "
                          f"chữ: <i>{in_words(bill.balance)}</i>).", body))
        if bill.balance:
            story.append(para("Đề nghị Ông/Bà nộp tiền tại bộ phận tài chính của khu cách ly "
                              "trước ngày hoàn thành cách ly và nhận biên lai.", body))
    else:  # paid more than owed: the office pays it back
        story.append(para(f"<b>Số tiền đã nộp thừa: {figures(-bill.balance)} đồng</b> (bằng "
                          f"chữ: <i>{in_words(-bill.balance)}</i>), sẽ được hoàn trả.", body))
    story.append(signature_block(issuer, width))
    build(path, story, title="Thông báo nộp tiền ăn")
    return bill.balance


def fee_receipt(path: str | Path, receipt: ReceiptPaper, issuer: Issuer) -> int:
    """«Biên lai thu tiền» of one payment (or of its reversal), with the payer's and the
    collector's signatures."""
    width = frame_width()
    story: list[Flowable] = [header(issuer, receipt.receipt, receipt.paid_on, width)]
    title = "Biên lai hủy khoản thu" if receipt.reverses else "Biên lai thu tiền"
    story += title_block(title, "Tiền ăn trong thời gian cách ly y tế tập trung")
    body = style(13, leading=19, align=TA_JUSTIFY)
    what = (f"Hủy khoản thu theo biên lai số {esc(receipt.reverses)}" if receipt.reverses
            else "Nộp tiền ăn trong thời gian cách ly (Nghị quyết 16/NQ-CP ngày 08/02/2021)")
    who = _person_line(receipt.full_name, receipt.birth_year, receipt.id_number)
    for line in (
            f"Họ và tên người nộp: {who}",
            f"Nội dung: {what}" + (f" – {esc(receipt.note)}" if receipt.note else ""),
            f"Số tiền: <b>{figures(receipt.amount)} đồng</b>",
            f"Bằng chữ: <i>{in_words(receipt.amount)}</i>",
            (f"Số tiền còn phải nộp sau khoản này: {figures(receipt.balance)} đồng"
             if receipt.balance >= 0 else
             f"Số tiền đã nộp thừa, sẽ được hoàn trả: {figures(-receipt.balance)} đồng")):
        story.append(para(line, body))
    sides = Table([[para("<b>NGƯỜI NỘP TIỀN</b>", style(13, align=TA_CENTER)),
                    para("<b>NGƯỜI THU TIỀN</b>", style(13, align=TA_CENTER))],
                   [para("<i>(Ký, ghi rõ họ tên)</i>", style(12, align=TA_CENTER)),
                    para("<i>(Ký, ghi rõ họ tên)</i>", style(12, align=TA_CENTER))],
                   [Spacer(1, 56), Spacer(1, 56)],
                   [para(f"<b>{esc(receipt.full_name)}</b>", style(13, align=TA_CENTER)),
                    para("", style(13))]],
                  colWidths=[width / 2, width / 2])
    sides.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 12)]))
    story.append(KeepTogether([Spacer(1, 14), sides]))
    build(path, story, title=title)
    return receipt.amount


MONTH_HEADERS = ["STT", "Họ và tên", "Năm sinh", "Số giấy tờ", "Số ngày", "Phải nộp",
                 "Được miễn", "Đã nộp trong tháng", "Còn lại"]
MONTH_WIDTHS = [12, 60, 18, 36, 18, 28, 28, 30, 28]


def month_statement(path: str | Path, facility_name: str, first: date,
                    rows: list[tuple[str, int | None, str | None, int, int, int, int]],
                    issuer: Issuer, on: date, number: str | None) -> int:
    """The month's meals at a site per person, for the finance office: days, due, waived,
    paid in the month, left; totals in figures and words."""
    width = frame_width(wide=True)
    story: list[Flowable] = [header(issuer, number, on, width)]
    story += title_block("Bảng kê thu tiền ăn của người cách ly",
                         f"Tại: {facility_name} – tháng {first:%m/%Y}")
    table: list[tuple[str, list[str]]] = []
    for seq, (name, born, document, days, due, exempt, paid) in enumerate(rows, start=1):
        table.append(("data", [str(seq), name, str(born or ""), document or "", str(days),
                               figures(due), figures(exempt), figures(paid),
                               figures(due - exempt - paid)]))
    due = sum(r[4] for r in rows)
    exempt = sum(r[5] for r in rows)
    paid = sum(r[6] for r in rows)
    table.append(("total", [f"Tổng cộng: {len(rows)} người, {sum(r[3] for r in rows)} ngày; "
                            f"phải nộp {figures(due)} đồng, được miễn {figures(exempt)}, đã "
                            f"nộp {figures(paid)} ({in_words(paid)})"]))
    _grouped_list(path, story, issuer, MONTH_HEADERS, MONTH_WIDTHS, table, (0, 2, 4, 5, 6, 7, 8),
                  "Bảng kê thu tiền ăn", witness=("NGƯỜI LẬP BẢNG", "(Ký, ghi rõ họ tên)"))
    return len(rows)
