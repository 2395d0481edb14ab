"""Excel exports: a styled, frozen header row, real date cells, and no formulas from data.

Every sheet opens ready to work with and to print: an STT column, an autofilter on the
header row, landscape A4 fitted to the page width with the header row repeated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

HEADER_FILL = PatternFill("solid", fgColor="DDE7DF")


def cell_for(ws: object, value: object) -> object:
    """A write-only cell: dates as real dates, every string as text, never as a formula.

    openpyxl would store a string starting with "=" as a formula; forcing the text
    type keeps "=HYPERLINK(…)" or "+84 912…" from a manifest inert, and unchanged.
    """
    if isinstance(value, datetime | date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = "DD/MM/YYYY"
        return cell
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=printable(value))
        cell.data_type = "s"
        if value[:1] in FORMULA_START:
            # shown as text, and kept text when the cell is edited in Excel: without the
            # quote prefix, F2 and Enter on "=HYPERLINK(…)" would make it a formula
            cell.quotePrefix = True
        return cell
    return value


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def printable(text: str) -> str:
    """The text with each character a workbook cannot hold (NUL, BEL, ESC and the other
    control characters) shown as «\ufffd»: openpyxl refuses the whole file otherwise."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def export_rows(path: str | Path, sheet_title: str, headers: Sequence[str],
                rows: Sequence[Sequence[object]], widths: Sequence[int] | None = None) -> int:
    """Write a table to .xlsx (to CSV when the file is named .csv); returns the number of
    data rows."""
    if is_csv(path):
        return write_csv(path, headers, rows)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = "1:1"
    for i, width in enumerate(widths or [max(len(h) + 2, 12) for h in headers], start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    bold = Font(bold=True)
    head = []
    for text in headers:
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        head.append(cell)
    ws.append(head)
    count = 0
    for row in rows:
        ws.append([cell_for(ws, value) for value in row])
        count += 1
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count + 1}"
    save(wb, path)
    return count


def save(wb: Workbook, path: str | Path) -> None:
    """Save through memory, then write the file in one go: openpyxl leaves its zip file
    open when a write fails (a full disk), which keeps the half-written file locked."""
    data = io.BytesIO()
    wb.save(data)
    with open(path, "wb") as fh:
        fh.write(data.getbuffer())


def is_csv(path: str | Path) -> bool:
    """Whether the file asked for is named .csv (its temporary name ends in .partial)."""
    return Path(path).name.lower().removesuffix(".partial").endswith(".csv")


def csv_value(value: object) -> str:
    """A value as a CSV cell: dates as 05/01/2021, text that a spreadsheet would take for a
    formula («=…», «+84…», «-…», «@…») behind a quote, control characters shown as «\ufffd»."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str):
        text = printable(value)
        return "'" + text if text[:1] in FORMULA_START else text
    return str(value)


def write_csv(path: str | Path, headers: Sequence[str],
              rows: Sequence[Sequence[object]]) -> int:
    """A table as CSV in UTF-8 with a BOM (Excel then reads the diacritics right), written
    from memory in one go; returns the number of data rows."""
    data = io.StringIO()
    out = csv.writer(data, lineterminator="\r\n")
    out.writerow([csv_value(h) for h in headers])
    count = 0
    for row in rows:
        out.writerow([csv_value(v) for v in row])
        count += 1
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(data.getvalue())
    return count
