"""Builders for the manifests offices really send, in every format the importer reads."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số hộ chiếu", "Quốc tịch",
          "Số điện thoại", "Địa chỉ", "Số ghế"]
PEOPLE = [
    [1, "NGUYỄN VĂN ĐỨC", date(1980, 1, 2), "Nam", "B1234567", "Việt Nam", "0912345678",
     "Số 5, đường 30 Tháng 4, quận Ninh Kiều, TP Cần Thơ", "12A"],
    [2, "Trần Thị Hòa", date(1992, 3, 15), "Nữ", "C2345678", "Việt Nam", "0987654321",
     "Ấp Nhơn Lộc, huyện Phong Điền, TP Cần Thơ", "12B"],
    [3, "Lê Thị Thuỷ", date(2015, 7, 9), "nu", "C3456789", "Việt Nam", None,
     "Phường An Hòa, quận Ninh Kiều, TP Cần Thơ", "12C"],
]


def write_xlsx(path: Path, rows: list[list[Any]], *, title: list[str] | None = None,
               cover: bool = False, sheet: str = "Danh sách", footer: list[list[Any]] | None = None,
               blank_rows_before: int = 0) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    if cover:
        ws.title = "Bìa"
        ws["A1"] = "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"
        ws["A3"] = "Công văn gửi kèm danh sách hành khách"
        ws = wb.create_sheet(sheet)
    else:
        ws.title = sheet
    for _ in range(blank_rows_before):
        ws.append([])
    for line in title or []:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
    for row in rows:
        ws.append(row)
    for row in footer or []:
        ws.append(row)
    wb.save(path)
    return path


def write_xls(path: Path, rows: list[list[Any]]) -> Path:
    import xlwt

    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("DS")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, date):
                ws.write(r, c, datetime(value.year, value.month, value.day), date_style)
            elif value is not None:
                ws.write(r, c, value)
    wb.save(str(path))
    return path


def write_ods(path: Path, rows: list[list[Any]]) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Danh sách")
    for row in rows:
        tr = TableRow()
        for value in row:
            if value is None:
                tc = TableCell()
            elif isinstance(value, date):
                tc = TableCell(valuetype="date", datevalue=value.isoformat())
                tc.addElement(P(text=value.strftime("%d/%m/%Y")))
            elif isinstance(value, (int, float)):
                tc = TableCell(valuetype="float", value=value)
                tc.addElement(P(text=str(value)))
            else:
                tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(value)))
            tr.addElement(tc)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


def to_cp1258_form(text: str) -> str:
    """Windows-1258 keeps ă â ê ô ơ ư đ composed and writes tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(p for p in parts if p in TONES)
        rest = "".join(p for p in parts if p not in TONES)
        out.append(unicodedata.normalize("NFC", rest) + tones)
    return "".join(out)


def write_csv(path: Path, rows: list[list[Any]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    for row in rows:
        writer.writerow(["" if v is None else (v.strftime("%d/%m/%Y") if isinstance(v, date)
                                               else v) for v in row])
    text = buffer.getvalue()
    if encoding == "cp1258":
        data = to_cp1258_form(text).encode("cp1258")
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path
