"""The rows that failed, as they were, with a reason column, for the sender to fix."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.importing.manifest import Analysis, ParsedRow
from quarantine_desk.reports.excel import cell_for, is_csv, printable, write_csv

REASON_HEADER = QT_TR_NOOP("Lý do không nhập được")
ROW_HEADER = QT_TR_NOOP("Dòng trong tệp gốc")


def write_error_workbook(analysis: Analysis, path: str | Path) -> int:
    """Write the failing rows; returns how many were written."""
    failing = [r for r in analysis.rows if r.errors]
    if is_csv(path):  # the same columns as text
        width = len(analysis.headers)
        return write_csv(path, [*analysis.headers, tr(REASON_HEADER), tr(ROW_HEADER)], [
            [*(list(r.raw[:width]) + [None] * (width - len(r.raw))), _reason(r), r.row_number]
            for r in failing])
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(tr("Dòng lỗi"))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FDE2E1")
    header = []
    for text in [*analysis.headers, tr(REASON_HEADER), tr(ROW_HEADER)]:
        cell = WriteOnlyCell(ws, value=printable(text))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    width = len(analysis.headers)
    for row in failing:
        values = list(row.raw[:width]) + [None] * (width - len(row.raw))
        reason = WriteOnlyCell(ws, value=printable(_reason(row)))
        reason.data_type = "s"
        reason.fill = fill
        ws.append([cell_for(ws, v) for v in values] + [reason, row.row_number])
    data = io.BytesIO()  # in memory first: openpyxl leaves its file open if a write fails
    wb.save(data)
    with open(path, "wb") as fh:
        fh.write(data.getbuffer())
    return len(failing)


def _reason(row: ParsedRow) -> str:
    return "; ".join(
        tr("cột {column}: {message}", column=i.column, message=i.message) if i.column
        else i.message
        for i in row.errors)
