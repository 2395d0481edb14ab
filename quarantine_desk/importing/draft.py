"""Where a file's list is: the sheet, the header row and what each column holds.

An `ImportDraft` is made once per file. The header is detected when the draft is
opened (or when the operator picks another sheet) and nowhere else: the wizard's
columns step, the command line's options, the mapping memory and the analysis
all read the layout from the draft. A file whose header the program does not
recognise still opens; the operator points at the header row and says what each
column holds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from quarantine_desk.domain.values import cell_text
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.importing.headers import (
    HEADER_SCAN_ROWS,
    Field,
    column_letter,
    detect_header,
    detect_header_in,
    fields_of_header,
    headers_signature,
)
from quarantine_desk.importing.reader import Cell, FileData, ImportFileError

NAME_FIELDS = (Field.FULL_NAME, Field.SURNAME, Field.GIVEN_NAMES)
NOT_FOUND = QT_TR_NOOP(
    "Không tìm thấy dòng tiêu đề trong {rows} dòng đầu (cần cột «Họ và tên» và ít nhất "
    "một cột như ngày sinh, giới tính, số giấy tờ)."
)


@dataclass(frozen=True)
class ImportDraft:
    file: FileData
    sheet_index: int
    header_row_index: int  # 0-based within the sheet
    mapping: tuple[Field, ...]  # one per column of the header row
    # the header row was recognised, or pointed at by the operator; False when nothing
    # in the first rows looks like a header and nobody said where it is
    found: bool = True
    mapping_from_memory: bool = False

    # -- making one ----------------------------------------------------------------

    @classmethod
    def open(
        cls,
        file: FileData,
        *,
        sheet_index: int | None = None,
        header_row_index: int | None = None,
    ) -> ImportDraft:
        """Detect what was not given: the sheet and header row that look most like a list."""
        if sheet_index is not None:
            check_sheet(file, sheet_index)
        if header_row_index is not None:
            if sheet_index is None:  # the sheet that looks most like a list, else the first
                guess = detect_header(file.sheets)
                sheet_index = guess.sheet_index if guess is not None else 0
            return cls.at(file, sheet_index, header_row_index)
        if sheet_index is None:
            guess = detect_header(file.sheets)
        else:
            guess = detect_header_in(file.sheets[sheet_index], sheet_index)
        if guess is None:  # nothing recognised: show the row that looks most like a header
            index = sheet_index or 0
            draft = cls.at(file, index, likely_header_row(file.sheets[index].rows))
            return replace(draft, found=False)
        return cls(file, guess.sheet_index, guess.row_index, guess.mapping)

    @classmethod
    def at(cls, file: FileData, sheet_index: int, header_row_index: int) -> ImportDraft:
        """The header is this row, as the operator says: each column's field from its text."""
        check_sheet(file, sheet_index)
        rows = file.sheets[sheet_index].rows
        if not 0 <= header_row_index < len(rows):
            raise ImportFileError(
                tr(
                    "Trang «{name}» chỉ có {count} dòng; không có dòng tiêu đề {row}.",
                    name=file.sheets[sheet_index].name,
                    count=len(rows),
                    row=header_row_index + 1,
                )
            )
        return cls(file, sheet_index, header_row_index, fields_of_header(rows[header_row_index]))

    def with_sheet(self, sheet_index: int) -> ImportDraft:
        """Another sheet of the same file, its header detected there."""
        return ImportDraft.open(self.file, sheet_index=sheet_index)

    def with_header_row(self, header_row_index: int) -> ImportDraft:
        return ImportDraft.at(self.file, self.sheet_index, header_row_index)

    def with_mapping(self, mapping: list[Field] | tuple[Field, ...], *,
                     from_memory: bool = False) -> ImportDraft:
        width = len(self.mapping)
        fields = tuple(mapping[:width]) + (Field.IGNORE,) * (width - len(mapping))
        return replace(self, mapping=fields, mapping_from_memory=from_memory)

    def with_columns(self, columns: dict[int, Field]) -> ImportDraft:
        """Some columns' fields changed (0-based column → field); the rest kept."""
        beyond = [c for c in columns if not 0 <= c < len(self.mapping)]
        if beyond:
            raise ImportFileError(
                tr(
                    "Dòng tiêu đề chỉ có {count} cột (đến cột {last}); không có cột {column}.",
                    count=len(self.mapping),
                    last=column_letter(len(self.mapping) - 1) if self.mapping else "-",
                    column=column_letter(min(beyond)),
                )
            )
        fields = tuple(columns.get(i, f) for i, f in enumerate(self.mapping))
        return replace(self, mapping=fields, found=True, mapping_from_memory=False)

    # -- what it says ------------------------------------------------------------------

    @property
    def sheet_name(self) -> str:
        return self.file.sheets[self.sheet_index].name

    @property
    def header_cells(self) -> list[Cell]:
        return self.file.sheets[self.sheet_index].rows[self.header_row_index]

    @property
    def raw_headers(self) -> list[str]:
        """The header cells' text as written, blank ones blank; one per column."""
        cells = [cell_text(c) for c in self.header_cells]
        return (cells + [""] * len(self.mapping))[: len(self.mapping)]

    @property
    def headers(self) -> list[str]:
        """The headers to show: a blank header cell is named after its column («Cột C»)."""
        return [h or tr("Cột {value}", value=column_letter(i))
                for i, h in enumerate(self.raw_headers)]

    @property
    def signature(self) -> str:
        """The key a confirmed mapping is remembered under: the raw header cells, so that
        the same file is recognised whatever the language of the interface."""
        return headers_signature(self.raw_headers)

    @property
    def title_rows(self) -> list[list[Cell]]:
        return self.file.sheets[self.sheet_index].rows[: self.header_row_index]

    @property
    def data_rows(self) -> list[list[Cell]]:
        return self.file.sheets[self.sheet_index].rows[self.header_row_index + 1 :]

    def samples(self, count: int = 3) -> list[list[Cell]]:
        return self.data_rows[:count]

    @property
    def has_name(self) -> bool:
        return any(f in self.mapping for f in NAME_FIELDS)

    def not_found_message(self) -> str:
        return tr(NOT_FOUND, rows=HEADER_SCAN_ROWS)


def likely_header_row(rows: list[list[Cell]]) -> int:
    """Where an unrecognised list probably starts: the first of the first rows that is about as
    wide as the widest of them and has a row under it (title rows above a list are narrower,
    usually one merged cell)."""
    first = rows[:HEADER_SCAN_ROWS]
    filled = [sum(1 for c in row if cell_text(c)) for row in first]
    widest = max(filled, default=0)
    for i, count in enumerate(filled):
        if count >= max(2, widest * 0.6) and i + 1 < len(first) and filled[i + 1]:
            return i
    return 0


def check_sheet(file: FileData, sheet_index: int) -> None:
    if not 0 <= sheet_index < len(file.sheets):
        raise ImportFileError(tr("Tệp không có trang tính số {value}.", value=sheet_index + 1))


def sheet_named(file: FileData, name_or_number: str) -> int:
    """The 0-based index of a sheet given by its name or its 1-based number."""
    text = name_or_number.strip()
    for i, sheet in enumerate(file.sheets):
        if sheet.name == text:
            return i
    folded = text.casefold()
    for i, sheet in enumerate(file.sheets):
        if sheet.name.strip().casefold() == folded:
            return i
    if text.isdigit():
        check_sheet(file, int(text) - 1)
        return int(text) - 1
    names = ", ".join(f"«{s.name}»" for s in file.sheets)
    raise ImportFileError(
        tr("Tệp không có trang tính «{name}»; các trang: {names}.", name=text, names=names)
    )
