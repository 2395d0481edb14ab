"""Importing arrival manifests into the database: analyse, decide, commit in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import BatchKind, HouseholdSource, PersonStatus
from quarantine_desk.domain.person_fields import READ_COLUMNS
from quarantine_desk.domain.values import DAYS_AHEAD, cell_text, check_day
from quarantine_desk.i18n import tr
from quarantine_desk.importing.draft import ImportDraft, sheet_named
from quarantine_desk.importing.duplicates import DuplicateIndex, KnownPerson
from quarantine_desk.importing.headers import (
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    Field,
    column_index,
    column_letter,
)
from quarantine_desk.importing.households import join_rows, leave_rows
from quarantine_desk.importing.manifest import (
    CORRECTABLE,
    Analysis,
    Issue,
    ParsedRow,
    analyze,
    bulk_work,
    correctable_column,
    corrected_row,
)
from quarantine_desk.importing.reader import SUFFIXES, FileData, read_file
from quarantine_desk.services.access import Service, audit, changed, snapshot
from quarantine_desk.services.batches import new_batch
from quarantine_desk.services.errors import Cancelled, NotFoundError, ServiceError
from quarantine_desk.storage.bulk import bulk_insert
from quarantine_desk.storage.files import output, written
from quarantine_desk.storage.models import ArrivalBatch, Household, Person, Setting

# What the interfaces need of the importing library comes through here, so that the
# window and the command line depend on this service, not on how a file is analysed.
__all__ = [
    "CORRECTABLE", "FIELD_LABELS", "SUFFIXES", "Analysis", "BatchDetails", "Decision", "Field",
    "FileData", "ImportDraft", "ImportResult", "ImportService", "ParsedRow", "Prepared",
    "column_index", "column_letter", "correction_column",
    "default_batch_details", "sheet_named",
]

MAPPING_KEY = "import_mapping:"
INSERT_CHUNK = 5000


class _DryRun(Exception):
    """Raised inside the transaction to roll a dry run back."""


class _AlreadyImported(Exception):
    """Raised inside the transaction when the file turns out to be imported already."""

    def __init__(self, previous: tuple[int, date]) -> None:
        super().__init__()
        self.previous = previous


def _imported_before(session: Session, sha256: str) -> tuple[int, date] | None:
    """The batch the same file (by its SHA-256) was imported into, if any."""
    found = session.execute(
        select(ArrivalBatch.id, ArrivalBatch.arrival_date)
        .where(ArrivalBatch.source_sha256 == sha256).order_by(ArrivalBatch.id)).first()
    return (found[0], found[1]) if found else None


def _documents_taken(session: Session, numbers: list[str]) -> set[str]:
    """Which of these document numbers someone in the database holds now."""
    taken: set[str] = set()
    for start in range(0, len(numbers), 5000):  # well under any driver's parameter limit
        chunk = numbers[start : start + 5000]
        taken.update(session.scalars(select(Person.id_number)
                                     .where(Person.id_number.in_(chunk))))
    return taken


def _first_of_each_document(rows: list[ParsedRow]) -> tuple[list[ParsedRow], list[ParsedRow]]:
    """(the rows to add, the later rows that repeat a document number among them)."""
    seen: set[str] = set()
    kept: list[ParsedRow] = []
    repeated: list[ParsedRow] = []
    for row in rows:
        if row.id_number and row.id_number in seen:
            repeated.append(row)
            continue
        if row.id_number:
            seen.add(row.id_number)
        kept.append(row)
    return kept, repeated


class Decision(StrEnum):
    ADD = "add"  # a new person
    SKIP = "skip"  # not imported
    MERGE = "merge"  # fill the matched person's empty fields, add nobody


@dataclass
class BatchDetails:
    kind: str = BatchKind.FLIGHT.value
    reference: str | None = None
    origin: str | None = None
    entry_point: str | None = None
    arrival_date: date | None = None
    detecting_unit: str | None = None


@dataclass
class ImportResult:
    file: str
    sheet: str
    header_row: int
    rows_read: int
    imported: int
    merged: int
    duplicates: int
    skipped: int
    errors: list[Issue]
    warnings: list[Issue]
    batch_id: int | None
    dry_run: bool = False
    already_imported: bool = False
    expected: int | None = None  # announced for the batch imported into
    listed: int | None = None  # the people of that batch now
    recognised: int = 0  # rows already imported into the batch the file belongs to

    def announced_difference(self) -> str:
        """«dự kiến 240, danh sách 238» for an import into an announced batch."""
        if self.expected is None or self.listed is None:
            return ""
        return tr("dự kiến {expected}, danh sách {listed}", expected=self.expected,
                  listed=self.listed)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows_read": self.rows_read,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "already_in_batch": self.recognised,
            "errors": [i.to_json() for i in self.errors],
            "warnings": [i.to_json() for i in self.warnings],
            "batch_id": self.batch_id,
            # into an announced batch: what was expected and how many are listed now
            **({"expected": self.expected, "listed": self.listed}
               if self.expected is not None else {}),
        }


@dataclass
class Prepared:
    """An analysed file with what the database already says about it."""

    analysis: Analysis
    previous_batch: tuple[int, date] | None = None  # the same file imported before
    decisions: dict[int, Decision] = field(default_factory=dict)
    known: DuplicateIndex | None = None  # the people of the database it was checked against
    today: date | None = None
    # the batch most of the file's people were imported into before (a corrected or
    # completed copy of that batch's list), with how many of them are there
    belongs_to: tuple[int, int] | None = None

    def recognised(self, row: ParsedRow) -> bool:
        """A row of the batch this file belongs to, already imported there: skipped without
        asking (a corrected file adds only the rows missing from its batch)."""
        match = row.duplicate_of or row.similar_to
        return (self.belongs_to is not None and match is not None
                and match.batch_id == self.belongs_to[0] and not row.name_differs
                and (row.similar_to is None or row.name_folded == match.name_folded)
                and not _birth_differs(row, match))

    def asks(self, row: ParsedRow) -> bool:
        """Whether the operator must decide this row: it resembles someone, but the name or
        the birth differs (a shared document under another name, a close name)."""
        if row.duplicate_row is not None or self.recognised(row):
            return False
        if row.duplicate_of is not None:
            return row.name_differs or _birth_differs(row, row.duplicate_of)
        match = row.similar_to
        if match is not None:
            return row.name_folded != match.name_folded or _birth_differs(row, match)
        return row.similar_row is not None and row.similar_score < 100

    def undecided(self, rows: Iterable[ParsedRow]) -> list[ParsedRow]:
        """The rows of `rows` the operator must decide and has not."""
        return [r for r in rows if r.row_number not in self.decisions and self.asks(r)]

    def default_decision(self, row: ParsedRow) -> Decision:
        if (row.duplicate_of is not None or row.duplicate_row is not None
                or self.recognised(row)):
            return Decision.SKIP
        return Decision.ADD

    def decision(self, row: ParsedRow) -> Decision:
        return self.decisions.get(row.row_number, self.default_decision(row))


def correction_column(prepared: Prepared, row: ParsedRow, part: str) -> int | None:
    """The column of the file a correction of `part` of `row` goes into, if it has one."""
    return correctable_column(prepared.analysis, row, part, prepared.today or date.today())


def _birth_differs(row: ParsedRow, match: KnownPerson) -> bool:
    if row.date_of_birth and match.date_of_birth:
        return row.date_of_birth != match.date_of_birth
    return bool(row.birth_year and match.birth_year and row.birth_year != match.birth_year)


def _belongs_to(rows: list[ParsedRow]) -> tuple[int, int] | None:
    """The batch at least 4 in 5 of the file's valid rows (and two or more) are already in,
    with their count: the file is that batch's list again, corrected or completed."""
    counts = Counter(m.batch_id for r in rows
                     if (m := r.duplicate_of or r.similar_to) is not None
                     and m.batch_id is not None)
    if not counts:
        return None
    batch_id, n = counts.most_common(1)[0]
    return (batch_id, n) if n >= 2 and 5 * n >= 4 * len(rows) else None


def default_batch_details(analysis: Analysis, today: date) -> BatchDetails:
    hints = analysis.hints
    return BatchDetails(
        kind=(hints.kind or BatchKind.FLIGHT).value,
        reference=hints.reference,
        origin=hints.origin,
        entry_point="Cảng hàng không quốc tế Cần Thơ" if hints.kind == BatchKind.FLIGHT else None,
        arrival_date=hints.arrival_date or today,
    )


class ImportService(Service):
    # -- reading --------------------------------------------------------------

    def read(self, path: str | Path) -> FileData:
        return read_file(path)

    def known_people(self) -> DuplicateIndex:
        with bulk_work(), self.db.read() as session:
            rows = session.connection().execute(select(
                Person.id, Person.full_name, Person.name_folded, Person.date_of_birth,
                Person.birth_year, Person.id_number, Person.batch_id))
            return DuplicateIndex(list(map(KnownPerson._make, rows.all())))

    def draft(
        self,
        file: FileData,
        *,
        sheet_index: int | None = None,
        header_row_index: int | None = None,
        columns: dict[int, Field] | None = None,
    ) -> ImportDraft:
        """Where the file's list is: what was given, the rest detected once; the columns'
        fields as confirmed before for the same headers, else as detected, then `columns`."""
        draft = ImportDraft.open(file, sheet_index=sheet_index, header_row_index=header_row_index)
        draft = self.remembered(
            draft, sheets=range(len(file.sheets)) if sheet_index is None else None)
        return draft.with_columns(columns) if columns else draft

    def remembered(self, draft: ImportDraft, *,
                   sheets: Iterable[int] | None = None) -> ImportDraft:
        """The draft with the mapping the operator confirmed for files with the same headers,
        when there is one. A draft whose header nothing recognised is looked for among the
        first rows of `sheets` (its own sheet by default): headers mapped for an earlier file."""
        if not draft.found:
            return self._remembered_header(
                draft.file, [draft.sheet_index] if sheets is None else sheets) or draft
        mapping = self._stored_mappings([draft.signature]).get(draft.signature)
        return draft if mapping is None else draft.with_mapping(mapping, from_memory=True)

    def _remembered_header(self, file: FileData, sheets: Iterable[int]) -> ImportDraft | None:
        """The first row, in the sheets' first rows, whose cells are headers mapped before."""
        drafts = [ImportDraft.at(file, s, r) for s in sheets
                  for r, row in enumerate(file.sheets[s].rows[:HEADER_SCAN_ROWS])
                  if any(cell_text(c) for c in row)]
        stored = self._stored_mappings([d.signature for d in drafts])
        for draft in drafts:
            mapping = stored.get(draft.signature)
            if mapping is not None:
                return draft.with_mapping(mapping, from_memory=True)
        return None

    def _stored_mappings(self, signatures: list[str]) -> dict[str, list[Field]]:
        if not signatures:
            return {}
        with self.db.read() as session:
            rows = session.execute(select(Setting.key, Setting.value).where(
                Setting.key.in_({MAPPING_KEY + s for s in signatures}))).all()
        found: dict[str, list[Field]] = {}
        for key, value in rows:
            try:
                found[key.removeprefix(MAPPING_KEY)] = [Field(v) for v in json.loads(value)]
            except (ValueError, TypeError):
                continue
        return found

    def prepare(
        self,
        source: FileData | ImportDraft,
        *,
        today: date | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Prepared:
        """Analyse a draft (a file alone: its list where detected, with a remembered mapping)
        and look up what the database already holds of it."""
        draft = source if isinstance(source, ImportDraft) else self.draft(source)
        known, today = self.known_people(), today or date.today()
        analysis = analyze(draft, known, today, progress=progress, cancelled=cancelled)
        with self.db.read() as session:
            previous = _imported_before(session, draft.file.sha256)
        return Prepared(analysis, previous, known=known, today=today,
                        belongs_to=_belongs_to(analysis.valid_rows))

    # -- rows corrected in the preview -------------------------------------------

    @staticmethod
    def correctable(prepared: Prepared, row: ParsedRow, part: str) -> bool:
        """Whether the preview may correct this part of a row: a row with an error, whose
        file has a column for that part."""
        return bool(row.errors) and correction_column(prepared, row, part) is not None

    @staticmethod
    def try_correction(prepared: Prepared, row: ParsedRow, part: str, text: str
                       ) -> ParsedRow:
        """The row as it would read with `part` typed as `text`; nothing is changed."""
        rows = prepared.analysis.rows
        return corrected_row(prepared.analysis, rows.index(row), part, text,
                             prepared.known or DuplicateIndex(), prepared.today or date.today())

    def correct(self, prepared: Prepared, row: ParsedRow, part: str, text: str) -> ParsedRow:
        """Put the corrected row in place of `row`: it imports once it has no error left.
        The correction is noted among its warnings (and so in the import's record)."""
        new = self.try_correction(prepared, row, part, text)
        rows = prepared.analysis.rows
        rows[rows.index(row)] = new
        prepared.decisions.pop(new.row_number, None)
        return new

    def check_output(self, path: str | Path, *, force: bool = False) -> Path:
        """The error workbook's path, refused before any work as `write_errors` would."""
        return output(path, self.db.own_files(), force=force)

    def write_errors(self, analysis: Analysis, path: str | Path, *, force: bool = False
                     ) -> int:
        """The failing rows as they were, with their reasons, in a workbook (CSV when named
        .csv) for the sender; returns how many. Never over a file of the program's own or
        a database; over another existing file only with `force`."""
        from quarantine_desk.importing.error_workbook import write_error_workbook  # openpyxl

        with written(path, protected=self.db.own_files(), force=force) as temporary:
            return write_error_workbook(analysis, temporary)

    # -- remembered mappings ------------------------------------------------------

    def remember_mapping(self, analysis: Analysis) -> None:
        self.access.require_write()
        key = MAPPING_KEY + analysis.signature
        value = json.dumps([f.value for f in analysis.mapping])
        with self.db.write() as session:
            setting = session.get(Setting, key)
            if setting is None:
                session.add(Setting(key=key, value=value))
            else:
                setting.value = value

    # -- households decided in the preview -------------------------------------------

    @staticmethod
    def join_rows(rows: list[ParsedRow]) -> None:
        """These rows of the file are one family (made by the operator)."""
        join_rows(rows)

    @staticmethod
    def leave_rows(rows: list[ParsedRow]) -> None:
        """These rows belong to no household."""
        leave_rows(rows)

    # -- committing -----------------------------------------------------------------

    def commit(
        self,
        prepared: Prepared,
        details: BatchDetails,
        *,
        dry_run: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        into_batch: int | None = None,
    ) -> ImportResult:
        """Add the file's people, in a new batch or in one announced before (into_batch)."""
        self.access.require_write()
        analysis = prepared.analysis
        errors = analysis.errors
        warnings = analysis.warnings
        valid = analysis.valid_rows

        def result(**outcome: Any) -> ImportResult:
            return ImportResult(file=str(analysis.file.path), sheet=analysis.sheet_name,
                                header_row=analysis.header_row, rows_read=len(analysis.rows),
                                **outcome)

        def already(previous_id: int, when: date) -> ImportResult:
            note = Issue(None, None, tr(
                "Tệp này đã được nhập vào đợt số {batch_id} (ngày đến {when:%d/%m/%Y}); "
                "không thêm ai.", batch_id=previous_id, when=when))
            return result(imported=0, merged=0, duplicates=len(valid), skipped=0,
                          errors=errors, warnings=[note, *warnings], batch_id=previous_id,
                          dry_run=dry_run, already_imported=True)

        if prepared.previous_batch is not None:
            return already(*prepared.previous_batch)
        if not valid and into_batch is None:
            # every row has an error: nothing to add, and no empty batch to explain later
            nothing = Issue(None, None, tr("Không có dòng hợp lệ nào; không tạo đợt đến."))
            return result(imported=0, merged=0, duplicates=0, skipped=0, errors=errors,
                          warnings=[nothing, *warnings], batch_id=None, dry_run=dry_run)
        if details.arrival_date is None and into_batch is None:
            raise ServiceError(tr("Cần ngày đến của đợt."))
        if details.arrival_date is not None:
            check_day(details.arrival_date, date.today(), tr("Ngày đến"),
                      days_ahead=DAYS_AHEAD)
        batch = new_batch(
            kind=details.kind,
            reference=details.reference,
            origin=details.origin,
            entry_point=details.entry_point,
            # an announced batch (into_batch) keeps its own date
            arrival_date=details.arrival_date or date.today(),
            detecting_unit=details.detecting_unit,
        )
        batch.source_file = analysis.file.path.name
        batch.source_sha256 = analysis.file.sha256

        to_add: list[ParsedRow] = []
        to_merge: list[ParsedRow] = []
        duplicates = skipped = recognised = 0
        for row in valid:
            decision = prepared.decision(row)
            is_duplicate = row.duplicate_of is not None or row.duplicate_row is not None
            if decision == Decision.SKIP and prepared.recognised(row):
                recognised += 1
            elif decision == Decision.ADD and row.duplicate_of is None:
                to_add.append(row)
            elif decision == Decision.MERGE and (row.duplicate_of or row.similar_to):
                to_merge.append(row)
            elif is_duplicate:
                duplicates += 1
            else:
                skipped += 1

        corrected = {r.row_number: r.corrected for r in valid if r.corrected}
        now = datetime.now()
        expected = listed = None
        try:
            with bulk_work(), self.db.write() as session:
                # Checked again inside the transaction that writes: another desk may have
                # imported this file, or some of these people, since it was analysed.
                previous = _imported_before(session, analysis.file.sha256)
                if previous is not None:
                    raise _AlreadyImported(previous)
                taken = _documents_taken(session, [r.id_number for r in to_add if r.id_number])
                if taken:
                    late = [r for r in to_add if r.id_number in taken]
                    to_add = [r for r in to_add if r.id_number not in taken]
                    duplicates += len(late)
                    warnings = [*warnings, *(Issue(r.row_number, None, tr(
                        "vừa được nhập ở bàn khác: đã có người mang số giấy tờ {id_number}; "
                        "không thêm lần nữa", id_number=r.id_number)) for r in late)]
                # one person per document (a unique index since revision 0016): a row the
                # operator chose to add although it repeats an earlier row's number
                to_add, repeated = _first_of_each_document(to_add)
                duplicates += len(repeated)
                warnings = [*warnings, *(Issue(r.row_number, None, tr(
                    "trùng số giấy tờ {id_number} với một dòng trước của tệp; mỗi số giấy tờ "
                    "là của một người, không thêm dòng này", id_number=r.id_number))
                    for r in repeated)]
                if into_batch is not None:
                    announced = session.get(ArrivalBatch, into_batch)
                    if announced is None:
                        raise NotFoundError(
                            tr("Không có đợt đến số {batch_id}.", batch_id=into_batch)
                        )
                    announced.source_file = announced.source_file or batch.source_file
                    announced.source_sha256 = announced.source_sha256 or batch.source_sha256
                    batch, expected = announced, announced.expected
                else:
                    session.add(batch)
                session.flush()
                households = _make_households(session, batch.id, to_add, to_merge, valid, now,
                                              prepared.recognised)
                total = len(to_add)
                for start in range(0, total, INSERT_CHUNK):
                    if cancelled is not None and cancelled():
                        raise Cancelled
                    if progress is not None:
                        progress(start, total)
                    chunk = to_add[start : start + INSERT_CHUNK]
                    bulk_insert(
                        session,
                        cast(Table, Person.__table__),
                        PERSON_COLUMNS,
                        [_person_values(r, batch.id, now, households) for r in chunk],
                    )
                for row in to_merge:
                    target = row.duplicate_of or row.similar_to
                    assert target is not None
                    person = session.get(Person, target.id)
                    if person is not None:
                        before = snapshot(person, _MERGED)
                        _merge_into(person, row)
                        old, new = changed(before, snapshot(person, _MERGED))
                        audit(
                            session,
                            self.actor,
                            "person_merge",
                            entity="person",
                            entity_id=person.id,
                            person_id=person.id,
                            before=old,
                            after=new,
                            summary=f"Gộp dòng {row.row_number} của {batch.source_file}",
                        )
                audit(
                    session,
                    self.actor,
                    "import",
                    entity="batch",
                    entity_id=batch.id,
                    after={
                        "file": batch.source_file,
                        "sha256": batch.source_sha256,
                        "imported": len(to_add),
                        "merged": len(to_merge),
                        "duplicates": duplicates,
                        "skipped": skipped,
                        "already_in_batch": recognised,
                        # cells corrected in the preview, by row: column -> [written, typed]
                        **({"corrected": corrected} if corrected else {}),
                        "errors": len(errors),
                    },
                    summary=f"Nhập {len(to_add)} người từ {batch.source_file}",
                )
                if progress is not None:
                    progress(total, total)
                if expected is not None:
                    listed = session.scalar(
                        select(func.count(Person.id)).where(Person.batch_id == batch.id)
                    )
                batch_id: int | None = batch.id
                if dry_run:
                    raise _DryRun
        except _DryRun:
            batch_id = None
        except _AlreadyImported as exc:
            return already(*exc.previous)
        except IntegrityError:
            # PostgreSQL: another desk committed the same file between our check and our
            # write; the unique file index refused this copy
            with self.db.read() as session:
                previous = _imported_before(session, analysis.file.sha256)
            if previous is None:
                raise
            return already(*previous)
        return result(
            imported=len(to_add),
            merged=len(to_merge),
            duplicates=duplicates,
            skipped=skipped,
            errors=errors,
            warnings=warnings,
            batch_id=batch_id,
            dry_run=dry_run,
            expected=expected,
            listed=listed,
            recognised=recognised,
        )


PERSON_COLUMNS = (
    "full_name",
    "name_folded",
    "sort_key",
    "sex",
    "date_of_birth",
    "birth_year",
    "id_number",
    "id_type",
    "nationality",
    "phone",
    "address",
    "fully_vaccinated",
    "extra",
    "batch_id",
    "status",
    "current_stay_id",
    "created_at",
    "household_id",
    "relation",
    *READ_COLUMNS,  # the fields read by domain/person_fields.py's table
)
_ARRIVED = PersonStatus.ARRIVED.value


def _make_households(session: Session, batch_id: int, added: list[ParsedRow],
                     merged: list[ParsedRow], valid: list[ParsedRow],
                     now: datetime, recognised: Callable[[ParsedRow], bool]
                     ) -> dict[str, int]:
    """The household id for each household key of the file, made in bulk.

    A row that is someone already known (a duplicate, a merge, a row already imported into
    the batch a corrected file belongs to) keeps that person's household, and the file's
    new members join it; a known person without one gets it.
    """
    members: dict[str, list[ParsedRow]] = {}
    for row in added:
        if row.household_key is not None:
            members.setdefault(row.household_key, []).append(row)
    known: dict[str, list[int]] = {}
    new = {id(r) for r in added}
    same_people = [r for r in valid if (r.duplicate_of is not None or recognised(r))
                   and id(r) not in new]
    for row in [*same_people, *merged]:
        target = row.duplicate_of or row.similar_to
        if row.household_key is not None and target is not None:
            known.setdefault(row.household_key, []).append(target.id)
    ids: dict[str, int] = {}
    current: dict[int, int | None] = {}
    known_ids = [i for group in known.values() for i in group]
    for start in range(0, len(known_ids), 500):
        chunk = known_ids[start:start + 500]
        current.update(session.execute(
            select(Person.id, Person.household_id).where(Person.id.in_(chunk))).all())
    new_keys: list[str] = []
    for key in dict.fromkeys([*members, *known]):
        if len(members.get(key, ())) + len(set(known.get(key, ()))) < 2:
            continue
        existing = next((current[i] for i in known.get(key, ()) if current.get(i)), None)
        if existing is not None:
            ids[key] = existing
        else:
            new_keys.append(key)
    if new_keys:
        first = {key: (members.get(key) or [r for r in valid if r.household_key == key])[0]
                 for key in new_keys}
        made = session.execute(
            insert(Household).returning(Household.id, sort_by_parameter_order=True),
            [{"source": first[k].household_source or HouseholdSource.FILE.value,
              "label": first[k].household_label, "batch_id": batch_id, "created_at": now}
             for k in new_keys]).scalars().all()
        ids.update(zip(new_keys, made, strict=True))
    joining = [{"id": i, "household_id": ids[key]} for key, group in known.items()
               if key in ids for i in dict.fromkeys(group) if not current.get(i)]
    if joining:
        session.execute(update(Person), joining)
    return ids


def _person_values(row: ParsedRow, batch_id: int, now: datetime,
                   households: dict[str, int]) -> tuple[object, ...]:
    return (
        row.full_name,
        row.name_folded,
        row.sort_key,
        row.sex,
        row.date_of_birth,
        row.birth_year,
        row.id_number,
        row.id_type,
        row.nationality,
        row.phone,
        row.address,
        False,
        row.extra,
        batch_id,
        _ARRIVED,
        None,
        now,
        households.get(row.household_key) if row.household_key is not None else None,
        row.relation,
        *((row.more.get(c) for c in READ_COLUMNS) if row.more else _NO_MORE),
    )


_NO_MORE = (None,) * len(READ_COLUMNS)


_MERGED_ROW = (  # the row's own attributes a merge fills in
    "sex",
    "date_of_birth",
    "birth_year",
    "id_number",
    "id_type",
    "nationality",
    "phone",
    "address",
    "relation",
    "extra",
)
_MERGED = (*_MERGED_ROW[:-1], *READ_COLUMNS, "extra")


def _merge_into(person: Person, row: ParsedRow) -> None:
    """Fill what the database lacks; never overwrite what it has."""
    for attr in _MERGED_ROW[:-1]:
        if getattr(person, attr) is None and getattr(row, attr) is not None:
            setattr(person, attr, getattr(row, attr))
    for attr, value in (row.more or {}).items():
        if getattr(person, attr) is None and value is not None:
            setattr(person, attr, value)
    if row.extra:
        person.extra = {**row.extra, **(person.extra or {})}
