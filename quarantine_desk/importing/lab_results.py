"""Reading a lab's results workbook: where its header is, which column holds what, and each
row's tube code, person, result, date and Ct, with the reason a row cannot be read.

The same reader as the manifests (importing/reader.py: any workbook or CSV, title rows above
the header, merged cells read as values) and the same folding of Vietnamese headers; the
fields are the lab's. What a row means (which tube, which person) is for
services/sampling.py to decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from quarantine_desk.domain.enums import TestOutcome
from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.domain.names import fold, normalize_name
from quarantine_desk.domain.values import (
    ValueParseError,
    cell_text,
    day_of_cell,
    parse_birth,
    parse_document,
)
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.importing.headers import (
    HEADER_SCAN_ROWS,
    Field,
    column_index,
    field_for_header,
    header_key,
)
from quarantine_desk.importing.reader import Cell, FileData, ImportFileError


class LabField(StrEnum):
    TUBE = "tube"
    RESULT = "result"
    DATE = "date"
    CT = "ct"
    FULL_NAME = "full_name"
    BIRTH_YEAR = "birth_year"
    DOCUMENT = "document"


LAB_FIELD_LABELS: dict[LabField, str] = {
    LabField.TUBE: QT_TR_NOOP("Mã ống mẫu"),
    LabField.RESULT: QT_TR_NOOP("Kết quả"),
    LabField.DATE: QT_TR_NOOP("Ngày"),
    LabField.CT: QT_TR_NOOP("Giá trị Ct"),
    LabField.FULL_NAME: QT_TR_NOOP("Họ và tên"),
    LabField.BIRTH_YEAR: QT_TR_NOOP("Năm sinh"),
    LabField.DOCUMENT: QT_TR_NOOP("Số giấy tờ"),
}

# the headers labs write (folded as headers.header_key folds them)
_LAB_HEADERS: dict[LabField, tuple[str, ...]] = {
    LabField.TUBE: ("ma ong", "ma ong mau", "ma so ong", "ma mau", "ma so mau", "ma gop",
                    "ma mau gop", "ma ong gop", "so ong", "ma tube", "tube", "tube code",
                    "tube id", "sample id", "sample code", "pool id", "pool code", "ma xet nghiem"),
    LabField.RESULT: ("ket qua", "ket qua xet nghiem", "ket qua xn", "kq", "kq xn",
                      "ket qua pcr", "ket qua rt pcr", "result", "results", "test result",
                      "outcome"),
    LabField.DATE: ("ngay", "ngay lay mau", "ngay xet nghiem", "ngay xn", "ngay tra ket qua",
                    "ngay co ket qua", "ngay nhan mau", "date", "sample date", "result date",
                    "collection date"),
    LabField.CT: ("ct", "gia tri ct", "chi so ct", "ct value", "ct values", "ct n",
                  "ct gen n", "ct e"),
}
_LOOKUP = {h: f for f, hs in _LAB_HEADERS.items() for h in hs}
_PERSON = {Field.FULL_NAME: LabField.FULL_NAME, Field.BIRTH_YEAR: LabField.BIRTH_YEAR,
           Field.DATE_OF_BIRTH: LabField.BIRTH_YEAR, Field.DOCUMENT: LabField.DOCUMENT,
           Field.CCCD: LabField.DOCUMENT, Field.CMND: LabField.DOCUMENT,
           Field.PASSPORT: LabField.DOCUMENT}

# what labs write for a result, folded (Vietnamese first; «(-)» and «+» too)
_RESULTS = {
    TestOutcome.NEGATIVE: ("am tinh", "am", "negative", "neg", "khong phat hien", "not detected",
                           "-", "(-)", "am tinh (-)"),
    TestOutcome.POSITIVE: ("duong tinh", "duong", "positive", "pos", "phat hien", "detected",
                           "+", "(+)", "duong tinh (+)"),
    TestOutcome.INCONCLUSIVE: ("nghi ngo", "khong xac dinh", "chua xac dinh", "inconclusive",
                               "invalid", "khong ket luan", "can xet nghiem lai"),
}
_RESULT_LOOKUP = {w: r for r, ws in _RESULTS.items() for w in ws}
RESULT_WORDS = "«Âm tính», «Dương tính», «Nghi ngờ», negative, positive, inconclusive"


def lab_field_for_header(text: str) -> LabField | None:
    """The lab field a header cell names, or None."""
    if not text.strip():
        return None
    key = header_key(text)
    if key in _LOOKUP:
        return _LOOKUP[key]
    for syn, found in sorted(_LOOKUP.items(), key=lambda kv: -len(kv[0])):
        if len(syn) >= 4 and key.startswith(syn + " "):
            return found
    person = field_for_header(text)
    return _PERSON.get(person) if person is not None else None


def parse_result(value: object) -> TestOutcome | None:
    """A result as labs write it, or None when it is not one."""
    text = fold(cell_text(value)).strip().rstrip(".")
    text = re.sub(r"\s+", " ", text)
    return _RESULT_LOOKUP.get(text)


@dataclass
class LabRow:
    """One row of the lab's file, read."""

    row: int  # as the spreadsheet numbers it
    code: str | None = None
    result: TestOutcome | None = None
    on: date | None = None
    ct: float | None = None
    full_name: str | None = None
    birth_year: int | None = None
    document: str | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class LabFile:
    sheet: str
    header_row: int  # as the spreadsheet numbers it
    mapping: dict[int, LabField]  # column index → field
    rows: list[LabRow]


def _score(row: list[Cell]) -> tuple[int, dict[int, LabField]]:
    mapping: dict[int, LabField] = {}
    for index, cell in enumerate(row):
        if not isinstance(cell, str):
            continue
        found = lab_field_for_header(cell)
        if found is not None and found not in mapping.values():
            mapping[index] = found
    fields = set(mapping.values())
    if LabField.RESULT not in fields or not fields & {LabField.TUBE, LabField.DOCUMENT,
                                                        LabField.FULL_NAME}:
        return 0, mapping
    return len(fields), mapping


def parse_columns(columns: dict[str, str]) -> dict[int, LabField]:
    """`--column B=tube` pairs: column index → field, or ServiceError saying what is wrong."""
    mapping: dict[int, LabField] = {}
    for letters, name in columns.items():
        try:
            mapping[column_index(letters)] = LabField(name)
        except ValueError:
            raise ServiceError(tr("Trường «{name}» không có; dùng: {allowed}.", name=name,
                                  allowed=", ".join(f.value for f in LabField))) from None
    return mapping


def read_lab_file(data: FileData, columns: dict[str, str] | None = None,
                  today: date | None = None) -> LabFile:
    """Find the header (the row with a result column and a tube, document or name column,
    on any sheet, in the first rows) and read every row under it. Columns stated replace
    or add to what the header says."""
    stated = parse_columns(columns or {})
    best: tuple[int, int, int, dict[int, LabField]] | None = None
    for s_index, sheet in enumerate(data.sheets):
        for r_index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
            score, mapping = _score(row)
            if score and (best is None or score > best[0]):
                best = (score, s_index, r_index, mapping)
    if best is None and not stated:
        raise ImportFileError(tr(
            "Không tìm thấy dòng tiêu đề của kết quả xét nghiệm: cần cột «Kết quả» và cột "
            "«Mã ống» (hoặc số giấy tờ, họ tên). Có thể chỉ rõ: --column LETTER=FIELD."))
    _, s_index, r_index, mapping = best or (0, 0, -1, {})
    mapping = {i: f for i, f in mapping.items() if f not in stated.values()} | stated
    fields = set(mapping.values())
    if LabField.RESULT not in fields:
        raise ImportFileError(tr("Chưa có cột kết quả (--column LETTER=result)."))
    if not fields & {LabField.TUBE, LabField.DOCUMENT, LabField.FULL_NAME}:
        raise ImportFileError(tr("Chưa có cột mã ống, số giấy tờ hay họ tên để biết kết quả "
                                 "của ai."))
    sheet = data.sheets[s_index]
    today = today or date.today()
    rows = []
    for offset, raw in enumerate(sheet.rows[r_index + 1:]):
        if all(not cell_text(c) for c in raw):
            continue
        rows.append(_read_row(raw, r_index + 2 + offset, mapping, today))
    if not rows:
        raise ImportFileError(tr("Tệp chỉ có dòng tiêu đề, không có kết quả nào."))
    return LabFile(sheet.name, r_index + 1, mapping, rows)


def _read_row(raw: list[Cell], number: int, mapping: dict[int, LabField],
              today: date) -> LabRow:
    row = LabRow(number)

    def value(index: int) -> Cell:
        return raw[index] if index < len(raw) else None

    for index, what in mapping.items():
        cell = value(index)
        text = cell_text(cell)
        if not text:
            continue
        if what is LabField.TUBE:
            row.code = " ".join(text.split()).upper()
        elif what is LabField.RESULT:
            row.result = parse_result(cell)
            if row.result is None:
                row.problems.append(tr("kết quả «{text}» không đọc được (dùng: {words})",
                                       text=text[:40], words=RESULT_WORDS))
        elif what is LabField.DATE:
            row.on = day_of_cell(cell)
            if row.on is None:
                row.problems.append(tr("ngày «{text}» không đọc được", text=text[:40]))
            elif row.on > today:
                row.problems.append(tr("ngày {on:%d/%m/%Y} ở tương lai", on=row.on))
        elif what is LabField.CT:
            try:
                row.ct = float(text.replace(",", "."))
            except ValueError:
                row.problems.append(tr("giá trị Ct «{text}» không phải là số", text=text[:20]))
            else:
                if not 0 < row.ct < 60:
                    row.problems.append(tr("giá trị Ct {ct:g} ngoài khoảng 0–60", ct=row.ct))
        elif what is LabField.FULL_NAME:
            row.full_name = normalize_name(text)
        elif what is LabField.BIRTH_YEAR:
            try:
                birth = parse_birth(cell, today)
            except ValueParseError:
                birth = None
            if birth is None:
                row.problems.append(tr("năm sinh «{text}» không đọc được", text=text[:20]))
            else:
                row.birth_year = birth.birth_year
        elif what is LabField.DOCUMENT:
            try:
                found = parse_document(cell)
            except ValueParseError:
                found = None
            row.document = found[0] if found else " ".join(text.split()).upper()
    if row.result is None and not row.problems:
        row.problems.append(tr("thiếu kết quả"))
    if not (row.code or row.document or row.full_name):
        row.problems.append(tr("không có mã ống, số giấy tờ hay họ tên"))
    return row
