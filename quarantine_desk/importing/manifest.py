"""Analysing a manifest: find the list, read every row, check it, mark duplicates.

Nothing here writes anywhere; the import service commits what the analysis found.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.documents import cccd_info
from quarantine_desk.domain.enums import HouseholdSource, IdType, Sex
from quarantine_desk.domain.errors import Cancelled
from quarantine_desk.domain.names import fold, sort_key
from quarantine_desk.domain.values import (
    ValueParseError,
    cell_text,
    parse_birth,
    parse_document,
    parse_name,
    parse_phone,
    parse_sex,
    parse_text,
)
from quarantine_desk.i18n import tr
from quarantine_desk.importing.draft import ImportDraft
from quarantine_desk.importing.duplicates import DuplicateIndex, KnownPerson
from quarantine_desk.importing.headers import Field, column_index, column_letter
from quarantine_desk.importing.households import assign_households
from quarantine_desk.importing.metadata import BatchHints, hints_from_title
from quarantine_desk.importing.reader import Cell, FileData, ImportFileError

PROGRESS_EVERY = 2000
ADDRESS_LIMIT = 300  # the column's length (storage/models.py: Person.address)
NAME_CHECK = 80.0  # below this a shared document number under another name is pointed out
_FOOTER = re.compile(
    r"^(tong cong|tong so|cong\s*[:\d]|total\b|nguoi lap|nguoi ky|ky ten|\(?ky,? ghi ro|"
    r"\(ky\b|xac nhan|thu truong|chi huy truong|truong ban|truong doan|giam doc|"
    r"ghi chu\s*:|danh sach nay|tm\.|kt\.)"
)
_DOC_FIELDS = {Field.DOCUMENT: None, Field.PASSPORT: IdType.PASSPORT, Field.CCCD: IdType.CCCD,
               Field.CMND: IdType.CMND}


@dataclass(frozen=True)
class Issue:
    row: int | None
    column: str | None
    message: str
    person_id: int | None = None  # the person in the database this row resembles

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"row": self.row, "column": self.column, "message": self.message}
        if self.person_id is not None:
            out["person_id"] = self.person_id
        return out


@dataclass
class ParsedRow:
    row_number: int
    raw: list[Cell]
    full_name: str | None = None
    name_folded: str = ""
    sort_key: str = ""
    sex: str | None = None
    date_of_birth: date | None = None
    birth_year: int | None = None
    id_number: str | None = None
    id_type: str | None = None
    nationality: str | None = None
    phone: str | None = None
    address: str | None = None
    extra: dict[str, str] | None = None
    relation: str | None = None  # «Quan hệ với chủ hộ» as written
    # the person columns filled by the fields of domain/person_fields.py's table (None: none)
    more: dict[str, Any] | None = None
    # rows with the same key are one household (importing/households.py)
    household_key: str | None = None
    household_label: str | None = None
    household_source: str | None = None  # HouseholdSource value
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    duplicate_of: KnownPerson | None = None  # same document as someone in the database
    duplicate_row: int | None = None  # same document as an earlier row of the file
    similar_to: KnownPerson | None = None  # close name and same birth, in the database
    similar_row: int | None = None  # close name and same birth, an earlier row of the file
    similar_score: float = 0.0
    name_differs: bool = False  # same document as `duplicate_of` under another name
    # cells the operator corrected in the preview: column letter -> (as written, as typed)
    corrected: dict[str, tuple[str, str]] | None = None

    @property
    def valid(self) -> bool:
        return not self.errors


@dataclass
class Analysis:
    draft: ImportDraft  # the file and where its list is
    rows: list[ParsedRow]
    hints: BatchHints

    @property
    def file(self) -> FileData:
        return self.draft.file

    @property
    def sheet_index(self) -> int:
        return self.draft.sheet_index

    @property
    def sheet_name(self) -> str:
        return self.draft.sheet_name

    @property
    def header_row(self) -> int:
        """The 1-based row number of the header in the sheet."""
        return self.draft.header_row_index + 1

    @property
    def headers(self) -> list[str]:
        return self.draft.headers

    @property
    def mapping(self) -> list[Field]:
        return list(self.draft.mapping)

    @property
    def mapping_from_memory(self) -> bool:
        return self.draft.mapping_from_memory

    @property
    def signature(self) -> str:
        return self.draft.signature

    @property
    def valid_rows(self) -> list[ParsedRow]:
        return [r for r in self.rows if r.valid]

    @property
    def errors(self) -> list[Issue]:
        return [i for r in self.rows for i in r.errors]

    @property
    def warnings(self) -> list[Issue]:
        return [i for r in self.rows for i in r.warnings]


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause the cyclic garbage collector while tens of thousands of objects are built.

    None of them becomes garbage inside the loop; the collector would only walk
    the growing heap again and again.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _blank(cell: Cell) -> bool:
    return cell is None or cell == "" or (type(cell) is str and not cell.strip())


def analyze(
    draft: ImportDraft,
    known: DuplicateIndex,
    today: date,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Read and check every row of the draft's list, as its layout says; nothing is
    detected again here."""
    if not draft.found:
        raise ImportFileError(draft.not_found_message())
    if not draft.has_name:
        raise ImportFileError(tr("Chưa chọn cột họ tên: cần «Họ và tên», hoặc «Họ» và «Tên»."))
    headers = draft.headers
    fields = list(draft.mapping)
    title_lines = [" ".join(cell_text(c) for c in row if not _blank(c)) for row in draft.title_rows]
    hints = hints_from_title(title_lines)

    data_rows = draft.data_rows
    if not any(not all(_blank(c) for c in row) for row in data_rows):
        raise ImportFileError(tr("Tệp chỉ có dòng tiêu đề, không có ai trong danh sách."))

    h_index = draft.header_row_index
    with bulk_work():
        rows = _read_rows(
            data_rows, h_index, _RowReader(headers, fields, today), known, progress, cancelled
        )
        assign_households(rows, today, relation_column=Field.RELATION in fields)
    if not rows:
        raise ImportFileError(tr("Tệp chỉ có dòng tiêu đề, không có ai trong danh sách."))
    return Analysis(draft, rows, hints)


def _read_rows(
    data_rows: list[list[Cell]],
    h_index: int,
    reader: _RowReader,
    known: DuplicateIndex,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> list[ParsedRow]:
    in_file = DuplicateIndex()
    by_document: dict[str, int] = {}
    rows: list[ParsedRow] = []
    total = len(data_rows)
    for offset, raw in enumerate(data_rows):
        if offset % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled
            if progress is not None:
                progress(offset, total)
        if all(_blank(c) for c in raw):
            continue
        row_number = h_index + 2 + offset
        if reader.is_footer(raw):
            break
        parsed = reader.read(raw, row_number)
        if parsed.valid:
            _mark_duplicates(parsed, known, in_file, by_document)
        rows.append(parsed)
    if progress is not None:
        progress(total, total)
    return rows


def _another_person(row: ParsedRow, first: KnownPerson) -> bool:
    """Whether a row repeating an earlier row's document number is someone else: another
    name, or another birth where both give one."""
    if fuzz.ratio(row.name_folded, first.name_folded) < NAME_CHECK:
        return True
    if row.date_of_birth and first.date_of_birth:
        return row.date_of_birth != first.date_of_birth
    return bool(row.birth_year and first.birth_year and row.birth_year != first.birth_year)


def _mark_duplicates(
    row: ParsedRow, known: DuplicateIndex, in_file: DuplicateIndex, by_document: dict[str, int]
) -> None:
    """Same document earlier in the file or in the database; else a close name and birth."""

    def warn(text: str, person_id: int | None = None) -> None:
        row.warnings.append(Issue(row.row_number, None, text, person_id))

    if row.id_number:
        earlier = by_document.get(row.id_number)
        first = in_file.exact(row.id_number) if earlier is not None else None
        if first is not None and _another_person(row, first):
            # one number, two people: an error of this row (in the error workbook), never
            # a duplicate dropped with a warning
            row.errors.append(Issue(row.row_number, None, tr(
                "số giấy tờ {id_number} đã ghi ở dòng {earlier} cho {full_name}; hai người "
                "khác nhau không thể cùng một số giấy tờ: hãy sửa số ở một trong hai dòng",
                id_number=row.id_number, earlier=earlier, full_name=first.full_name)))
            return
        if earlier is not None:
            row.duplicate_row = earlier
            warn(
                tr(
                    "trùng số giấy tờ {id_number} với dòng {earlier}",
                    id_number=row.id_number,
                    earlier=earlier,
                )
            )
            return
        by_document[row.id_number] = row.row_number
        match = known.exact(row.id_number)
        if match is not None:
            row.duplicate_of = match
            row.name_differs = fuzz.ratio(row.name_folded, match.name_folded) < NAME_CHECK
            note = tr("; tên khác hẳn, hãy kiểm tra số giấy tờ") if row.name_differs else ""
            warn(
                tr(
                    "đã có trong cơ sở dữ liệu: {full_name} (số {id}), cùng số giấy tờ "
                    "{id_number}{note}",
                    full_name=match.full_name,
                    id=match.id,
                    id_number=row.id_number,
                    note=note,
                ),
                match.id,
            )
            return
    similar = known.fuzzy(row.name_folded, row.date_of_birth, row.birth_year, row.id_number)
    if similar is not None:
        row.similar_to, row.similar_score = similar
        warn(
            tr(
                "có thể trùng với {full_name} (số {id}) đã có trong cơ sở dữ liệu: tên giống "
                "{value:.0f}%, cùng ngày/năm sinh",
                full_name=similar[0].full_name,
                id=similar[0].id,
                value=similar[1],
            ),
            similar[0].id,
        )
    else:
        twin = in_file.fuzzy(row.name_folded, row.date_of_birth, row.birth_year, row.id_number)
        if twin is not None:
            row.similar_row, row.similar_score = -twin[0].id, twin[1]
            warn(
                tr(
                    "có thể trùng với dòng {row}: tên giống {score:.0f}%, cùng ngày/năm sinh",
                    row=-twin[0].id,
                    score=twin[1],
                )
            )
    in_file.add(
        KnownPerson(
            -row.row_number,
            row.full_name or "",
            row.name_folded,
            row.date_of_birth,
            row.birth_year,
            row.id_number,
        )
    )


# The parts of a row the preview lets the operator correct, and the file's columns each
# reads (importing/manifest.py's _RowReader plan)
CORRECTABLE = ("name", "sex", "birth", "document", "phone", "address")


def correctable_column(analysis: Analysis, row: ParsedRow, part: str, today: date
                       ) -> int | None:
    """The column of the file a correction of `part` goes into: of the columns that part is
    read from, the one an error of the row names, else the first; None when the file has no
    such column."""
    plan = _RowReader(analysis.headers, analysis.mapping, today)
    columns = {
        "name": [c for c in (plan.i_full if plan.i_full is not None else plan.i_sur,)
                 if c is not None],
        "sex": [plan.i_sex] if plan.i_sex is not None else [],
        "birth": plan.birth_cols,
        "document": [c for c, _ in plan.doc_cols],
        "phone": [plan.i_phone] if plan.i_phone is not None else [],
        "address": [plan.i_addr] if plan.i_addr is not None else [],
    }[part]
    named = {i.column for i in row.errors}
    return next((c for c in columns if column_letter(c) in named), columns[0] if columns
                else None)


def corrected_row(analysis: Analysis, index: int, part: str, text: str,
                  known: DuplicateIndex, today: date) -> ParsedRow:
    """Row `index` of the analysis read again with `part` as typed, checked as at reading
    (values, and the same document or person elsewhere in the file or the database). The
    analysis is not changed; the new row notes the correction among its warnings."""
    old = analysis.rows[index]
    col = correctable_column(analysis, old, part, today)
    if col is None:
        raise ValueError(part)
    plan = _RowReader(analysis.headers, analysis.mapping, today)
    raw = list(old.raw) + [None] * max(0, col + 1 - len(old.raw))
    before = cell_text(raw[col])
    raw[col] = text.strip() or None
    if part == "name" and plan.i_full is None and plan.i_given is not None \
            and plan.i_given < len(raw):
        raw[plan.i_given] = None  # the whole name typed into the surname's column
    row = plan.read(raw, old.row_number)
    if row.valid:
        others = [r for r in analysis.rows if r is not old and r.valid]
        in_file = DuplicateIndex([KnownPerson(-r.row_number, r.full_name or "", r.name_folded,
                                              r.date_of_birth, r.birth_year, r.id_number)
                                  for r in others])
        by_document = {r.id_number: r.row_number for r in others if r.id_number}
        _mark_duplicates(row, known, in_file, by_document)
    if old.household_key is not None and (row.household_key is None
                                          or old.household_source != _FROM_FILE):
        row.household_key, row.household_label, row.household_source = (
            old.household_key, old.household_label, old.household_source)
    corrected = dict(old.corrected or {})
    letter = column_letter(col)
    written = corrected.get(letter, (before, before))[0]  # as the file has it
    corrected[letter] = (written, cell_text(raw[col]))
    row.corrected = {k: v for k, v in corrected.items() if v[0] != v[1]} or None
    for k, (was, now) in (row.corrected or {}).items():
        header = analysis.headers[column_index(k)]
        row.warnings.append(Issue(row.row_number, k, tr(
            "{header}: đã sửa khi xem trước, «{before}» thành «{after}»",
            header=header, before=was, after=now)))
    return row


class _RowReader:
    """Reads one data row with the column plan worked out once.

    Values that repeat down a column (sex, nationality, dates written as text)
    are parsed once and remembered: a 50,000-row manifest has a few thousand
    distinct values in those columns.
    """

    def __init__(self, headers: list[str], fields: list[Field], today: date) -> None:
        self.headers = headers
        self.today = today
        self.cols: dict[Field, int] = {}
        self.extra: list[int] = []
        for i, f in enumerate(fields):
            if f == Field.EXTRA:
                self.extra.append(i)
            elif f not in (Field.IGNORE, Field.SEQ) and f not in self.cols:
                self.cols[f] = i
        get = self.cols.get
        self.i_full, self.i_sur, self.i_given = (
            get(Field.FULL_NAME),
            get(Field.SURNAME),
            get(Field.GIVEN_NAMES),
        )
        self.i_sex = get(Field.SEX)
        self.birth_cols = [
            i for i in (get(Field.DATE_OF_BIRTH), get(Field.BIRTH_YEAR)) if i is not None
        ]
        self.i_phone, self.i_nat, self.i_addr = (
            get(Field.PHONE),
            get(Field.NATIONALITY),
            get(Field.ADDRESS),
        )
        self.i_household, self.i_relation = get(Field.HOUSEHOLD), get(Field.RELATION)
        self.doc_cols = [
            (self.cols[f], declared) for f, declared in _DOC_FIELDS.items() if f in self.cols
        ]
        self.name_col = next(
            (i for i in (self.i_full, self.i_sur, self.i_given) if i is not None), None
        )
        self.data_cols = [*self.birth_cols, *(c for c, _ in self.doc_cols)]
        # the fields read by the table's own functions, with what each distinct value gave
        self.generic: list[tuple[int, person_fields.Reader, dict[object, Any]]] = [
            (self.cols[Field(spec.key)], spec.read, {}) for spec in person_fields.READ
            if spec.read is not None and Field(spec.key) in self.cols]
        # Each parser's result by raw cell value (an error as its message): a manifest repeats
        # most of its values (names, sexes, dates, nationalities, addresses), so each distinct
        # value is parsed once. Keys carry the type, so 1 and "1" and True stay apart.
        self._name: dict[object, tuple[str, str, str] | str] = {}
        self._sex: dict[object, Sex | None | str] = {}
        self._birth: dict[object, Any] = {}
        self._text: dict[object, str | None] = {}
        self._address: dict[object, str | None] = {}

    def _issue(self, target: list[Issue], row_number: int, col: int | None, text: str) -> None:
        if col is None:
            target.append(Issue(row_number, None, text))
            return
        target.append(Issue(row_number, column_letter(col), f"{self.headers[col]}: {text}"))

    def is_footer(self, raw: list[Cell]) -> bool:
        width = len(raw)
        if any(i < width and not _blank(raw[i]) for i in self.data_cols):
            return False  # a row with a birth date or a document is a person
        texts = [fold(c) for c in raw[:6] if isinstance(c, str) and c.strip()]
        if self.i_full is not None and self.i_full < width:
            name = raw[self.i_full]
            if isinstance(name, str) and name.strip():
                texts.insert(0, fold(name))
        return any(_FOOTER.match(t) for t in texts)

    def read(self, raw: list[Cell], row_number: int) -> ParsedRow:
        row = ParsedRow(row_number=row_number, raw=raw)
        err, warn = row.errors, row.warnings
        width = len(raw)

        def cell(i: int | None) -> Cell:
            return raw[i] if i is not None and i < width else None

        # name
        name_value = raw[self.i_full] if self.i_full is not None and self.i_full < width else None
        if (
            name_value is None
            or name_value == ""
            or (type(name_value) is str and not name_value.strip())
        ):
            parts = [cell_text(cell(i)) for i in (self.i_sur, self.i_given)]
            name_value = " ".join(p for p in parts if p)
        if _blank(name_value):
            self._issue(err, row_number, self.name_col, tr("thiếu họ tên"))
        else:
            key: object = (type(name_value), name_value)
            name = self._name.get(key)
            if name is None:
                try:
                    clean = parse_name(
                        name_value if type(name_value) is str else cell_text(name_value))
                    name = (clean, fold(clean), sort_key(clean))
                except ValueParseError as exc:
                    name = str(exc)
                self._name[key] = name
            if isinstance(name, str):
                self._issue(err, row_number, self.name_col, name)
            else:
                row.full_name, row.name_folded, row.sort_key = name

        # sex
        if self.i_sex is not None:
            value = cell(self.i_sex)
            key = value if isinstance(value, str) or value is None else repr(value)
            sex = self._sex.get(key, _MISSING)
            if sex is _MISSING:
                try:
                    sex = parse_sex(value)
                except ValueParseError as exc:
                    sex = str(exc)
                self._sex[key] = sex
            if isinstance(sex, Sex):
                row.sex = _SEX_VALUE[sex]
            elif sex is None:
                self._issue(warn, row_number, self.i_sex, tr("thiếu giới tính"))
            else:
                self._issue(err, row_number, self.i_sex, sex)

        # birth
        birth_error = False
        for i in self.birth_cols:
            value = cell(i)
            key = (type(value), value)
            birth = self._birth.get(key, _MISSING)
            if birth is _MISSING:
                try:
                    birth = parse_birth(value, self.today)
                except ValueParseError as exc:
                    birth = str(exc)
                self._birth[key] = birth
            if isinstance(birth, str):
                self._issue(err, row_number, i, birth)
                birth_error = True
            elif birth is not None:
                if row.birth_year is None:
                    row.date_of_birth, row.birth_year = birth.date_of_birth, birth.birth_year
                elif birth.birth_year != row.birth_year:
                    self._issue(
                        warn,
                        row_number,
                        i,
                        tr(
                            "năm sinh {birth_year} khác ngày sinh đã ghi",
                            birth_year=birth.birth_year,
                        ),
                    )
        if row.birth_year is None and self.birth_cols and not birth_error:
            self._issue(warn, row_number, self.birth_cols[0], tr("thiếu ngày sinh"))

        # identity document
        doc_error = False
        for col, declared in self.doc_cols:
            try:
                found = parse_document(cell(col), declared)
            except ValueParseError as exc:
                self._issue(err, row_number, col, str(exc))
                doc_error = True
                continue
            if found is not None and row.id_number is None:
                row.id_number, kind = found
                row.id_type = _ID_VALUE[kind]
        if row.id_number is None and not doc_error and self.doc_cols:
            self._issue(
                warn,
                row_number,
                self.doc_cols[0][0],
                tr("thiếu số giấy tờ (trẻ em có thể đi theo hộ chiếu của cha mẹ)"),
            )
        if row.id_type == "cccd" and row.id_number:
            info = cccd_info(row.id_number)
            doc_col = self.doc_cols[0][0]
            if info is not None:
                if row.sex is not None and info.sex != row.sex:
                    self._issue(
                        warn,
                        row_number,
                        doc_col,
                        tr(
                            "số CCCD {id_number} ghi giới tính {value}, khác cột giới tính",
                            id_number=row.id_number,
                            value="nam" if info.sex == Sex.MALE else "nữ",
                        ),
                    )
                if row.birth_year is not None and info.birth_year != row.birth_year:
                    self._issue(
                        warn,
                        row_number,
                        doc_col,
                        tr(
                            "số CCCD {id_number} ghi năm sinh {birth_year}, khác năm "
                            "sinh {birth_year2}",
                            id_number=row.id_number,
                            birth_year=info.birth_year,
                            birth_year2=row.birth_year,
                        ),
                    )

        # contact and the rest
        extra: dict[str, str] = {}
        if self.i_phone is not None:
            value = cell(self.i_phone)
            try:
                row.phone = parse_phone(value)
            except ValueParseError as exc:
                self._issue(
                    warn,
                    row_number,
                    self.i_phone,
                    tr("{exc}; giữ nguyên trong thông tin thêm", exc=exc),
                )
                extra[self.headers[self.i_phone]] = cell_text(value)
        if self.i_nat is not None:
            value = cell(self.i_nat)
            nationality = self._text.get(value, _MISSING) if isinstance(value, str) else _MISSING
            if nationality is _MISSING:
                nationality = parse_text(value, 100)
                if isinstance(value, str):
                    self._text[value] = nationality
            row.nationality = nationality
        if self.i_addr is not None:
            value = cell(self.i_addr)
            key = (type(value), value)
            address = self._address.get(key, _MISSING)
            if address is _MISSING:
                address = self._address[key] = parse_text(value, ADDRESS_LIMIT + 1)
            if address is not None and len(address) > ADDRESS_LIMIT:  # said, never cut unseen
                whole = parse_text(value, len(str(value)) + 1) or ""
                row.warnings.append(Issue(row_number, None, tr(
                    "địa chỉ dài {n} ký tự, quá {limit}: chỉ giữ {limit} ký tự đầu; hãy xem "
                    "lại ô này", n=len(whole), limit=ADDRESS_LIMIT)))
                address = address[:ADDRESS_LIMIT]
            row.address = address
        if self.i_household is not None:
            group = parse_text(cell(self.i_household), 100)
            if group:
                row.household_key, row.household_label = f"g:{fold(group)}", group
                row.household_source = _FROM_FILE
        if self.i_relation is not None:
            row.relation = parse_text(cell(self.i_relation), 32)
        for col, read, seen in self.generic:
            value = cell(col)
            if value is None:
                continue
            key = (type(value), value)
            got = seen.get(key)
            if got is None:
                got = seen[key] = read(value, self.today)
            values = {k: v for k, v in got.values.items() if v is not None}
            if values:
                row.more = {**(row.more or {}), **values}
            if got.warning:
                self._issue(warn, row_number, col, got.warning)
            if got.keep:
                extra[self.headers[col]] = cell_text(value)
        for i in self.extra:
            if i < width:
                value = raw[i]
                if type(value) is str:
                    value = value.strip()
                    if value:
                        extra[self.headers[i]] = value
                elif value is not None:
                    extra[self.headers[i]] = cell_text(value)
        row.extra = extra or None
        return row


_MISSING: Any = object()
_FROM_FILE = HouseholdSource.FILE.value
# Plain strings for the enum members: reading .value in a 50,000-row loop is slow.
_SEX_VALUE = {s: s.value for s in Sex}
_ID_VALUE = {t: t.value for t in IdType}
