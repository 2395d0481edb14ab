"""Workbooks made to hurt: written by hand as the XML inside the zip, so that they can say
what no spreadsheet program would write. Used by the tests and by bench/bench_hostile.py."""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Iterable
from pathlib import Path

from quarantine_desk.importing.headers import column_letter

_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
    '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
    '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>')
SHEET = "xl/worksheets/sheet1.xml"


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row(number: int, cells: Iterable[str]) -> str:
    return f'<row r="{number}">{"".join(cells)}</row>'


HEADER_ROW = row(1, [cell("A1", "Họ và tên"), cell("B1", "Giới tính")])


def write_sheet(path: Path, rows: Iterable[str], dimension: str = "A1:B2", *,
                zip64: bool = False) -> Path:
    """An .xlsx of one sheet whose <sheetData> holds `rows` (XML text, streamed)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open(SHEET, "w", force_zip64=zip64) as sheet:
            sheet.write(
                '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
                'openxmlformats.org/spreadsheetml/2006/main">'
                f'<dimension ref="{dimension}"/><sheetData>'.encode())
            for chunk in rows:
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
    return path


def corner_bomb(path: Path) -> Path:
    """1.5 KB: a header and one cell at XFD1048576, the last cell of a sheet."""
    return write_sheet(path, [HEADER_ROW, row(1048576, [cell("XFD1048576", "x")])],
                       "A1:XFD1048576")


def row_bomb(path: Path, rows: int = 1_048_576, columns: int = 50) -> Path:
    """A few MB that unpack to every row of a sheet, each with `columns` numbers."""
    letters = [column_letter(i) for i in range(columns)]
    lines = (row(r, (f'<c r="{c}{r}"><v>1</v></c>' for c in letters))
             for r in range(1, rows + 1))
    return write_sheet(path, lines, f"A1:{letters[-1]}{rows}", zip64=True)


def cell_bomb(path: Path, chars: int = 1 << 30) -> Path:
    """About 1 MB holding one name cell of `chars` letters."""
    step = 1 << 20

    def body() -> Iterable[str]:
        yield HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
        for start in range(0, chars, step):
            yield "A" * min(step, chars - start)
        yield "</t></is></c></row>"

    return write_sheet(path, body(), zip64=True)


def declare_unpacked_size(path: Path, size: int) -> Path:
    """Rewrite the sheet's uncompressed size in the zip's central directory (a lying zip)."""
    data = bytearray(path.read_bytes())
    name = SHEET.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if bytes(data[at + 46:at + 46 + name_length]) == name:
            struct.pack_into("<I", data, at + 24, size)
            break
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    return path
