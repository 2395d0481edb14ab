"""Table models for the import wizard: the column mapping, the preview, the duplicates."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from quarantine_desk.domain.vaccination import STATUS_LABELS, Vaccination, describe, status_on
from quarantine_desk.domain.values import cell_text
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.imports import (
    Decision,
    ImportService,
    ParsedRow,
    Prepared,
    correction_column,
)
from quarantine_desk.ui.formatting import id_type_label, sex_label, show_date
from quarantine_desk.ui.models.base import SORT_ROLE, FlatTableModel

_Index = QModelIndex | QPersistentModelIndex
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
WARNING_BRUSH = QBrush(QColor("#fff4cc"))

PREVIEW_HEADERS = [
    QT_TR_NOOP("Dòng"),
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Lỗi và cảnh báo"),
    QT_TR_NOOP("Giới tính"),
    QT_TR_NOOP("Ngày sinh"),
    QT_TR_NOOP("Giấy tờ"),
    QT_TR_NOOP("Điện thoại"),
    QT_TR_NOOP("Địa chỉ"),
    QT_TR_NOOP("Hộ"),
    QT_TR_NOOP("Tiêm chủng khi đến"),
]
ISSUES_COLUMN = 2
HOUSEHOLD_COLUMN = 8
VACCINATION_COLUMN = 9
# the preview's columns a row with an error can be corrected in, and what each holds
CORRECTED_PARTS = {1: "name", 3: "sex", 4: "birth", 5: "document", 6: "phone", 7: "address"}


def birth_text(row: ParsedRow) -> str:
    if row.date_of_birth:
        return show_date(row.date_of_birth)
    return str(row.birth_year) if row.birth_year else ""


class PreviewModel(FlatTableModel):
    """Every row read, errors in red and warnings in yellow; a row with an error can be
    corrected in place (in the columns its file has), and imports once nothing is wrong."""

    def __init__(self, parent: Any = None, imports: ImportService | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ParsedRow] = []
        self.households: dict[str, int] = {}  # household key -> its number in this file
        self.arrived_on = date.today()  # the status shown is on this day (the file's, if said)
        self.imports = imports
        self.prepared: Prepared | None = None

    def set_rows(self, rows: list[ParsedRow], arrived_on: date | None = None,
                 prepared: Prepared | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.prepared = prepared
        self.arrived_on = arrived_on or date.today()
        self._number_households()
        self.endResetModel()

    # -- correcting a row with an error ------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.correctable(index):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def correctable(self, index: _Index) -> bool:
        part = CORRECTED_PARTS.get(index.column())
        if (part is None or self.imports is None or self.prepared is None
                or not index.isValid() or not 0 <= index.row() < len(self.rows)):
            return False
        return self.imports.correctable(self.prepared, self.rows[index.row()], part)

    def written(self, index: _Index) -> str:
        """The cell as the file has it (or as last corrected), for editing."""
        assert self.prepared is not None
        row = self.rows[index.row()]
        col = correction_column(self.prepared, row, CORRECTED_PARTS[index.column()])
        return cell_text(row.raw[col]) if col is not None and col < len(row.raw) else ""

    def try_correction(self, index: _Index, text: str) -> ParsedRow:
        assert self.imports is not None and self.prepared is not None
        return self.imports.try_correction(self.prepared, self.rows[index.row()],
                                           CORRECTED_PARTS[index.column()], text)

    def setData(self, index: _Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.correctable(index):
            return False
        assert self.imports is not None and self.prepared is not None
        row = self.rows[index.row()]
        if str(value).strip() == self.written(index).strip():
            return False
        self.imports.correct(self.prepared, row, CORRECTED_PARTS[index.column()], str(value))
        self._number_households()
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(self.HEADERS) - 1))
        return True

    def households_changed(self) -> None:
        """The operator joined or split households: renumber and redraw that column."""
        self._number_households()
        if self.rows:
            self.dataChanged.emit(self.index(0, HOUSEHOLD_COLUMN),
                                  self.index(len(self.rows) - 1, HOUSEHOLD_COLUMN))

    def _number_households(self) -> None:
        """Number the households of two or more rows; a value given to one row alone («Chuyên
        gia» in a column mapped as household) makes no household, and shows none."""
        members = Counter(r.household_key for r in self.rows if r.household_key is not None)
        self.households = {}
        for row in self.rows:
            key = row.household_key
            if key is not None and members[key] > 1 and key not in self.households:
                self.households[key] = len(self.households) + 1

    HEADERS = PREVIEW_HEADERS

    def row_count(self) -> int:
        return len(self.rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors:
                return ERROR_BRUSH
            if row.warnings:
                return WARNING_BRUSH
            return None
        if role == SORT_ROLE:
            return row.row_number if col == 0 else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and col == ISSUES_COLUMN:
            return "\n".join(_issue_text(i) for i in row.errors + row.warnings) or None
        if role == Qt.ItemDataRole.ToolTipRole and row.errors and col in CORRECTED_PARTS \
                and self.correctable(index):
            return tr("Bấm đúp để sửa ô này; dòng được nhập khi không còn lỗi.")
        if role == Qt.ItemDataRole.EditRole and col in CORRECTED_PARTS:
            return self.written(index) if self.correctable(index) else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(row.row_number)
        if col == 1:
            return row.full_name or ""
        if col == ISSUES_COLUMN:
            return "; ".join(_issue_text(i) for i in row.errors + row.warnings)
        if col == 3:
            return sex_label(row.sex)
        if col == 4:
            return birth_text(row)
        if col == 5:
            return f"{id_type_label(row.id_type)} {row.id_number}" if row.id_number else ""
        if col == 6:
            return row.phone or ""
        if col == 7:
            return row.address or ""
        if col == HOUSEHOLD_COLUMN and row.household_key in self.households:
            n = self.households[row.household_key]
            return (tr("Hộ {n} (gợi ý)", n=n) if row.household_source == "suggested"
                    else tr("Hộ {n}", n=n))
        if col == VACCINATION_COLUMN:
            return vaccination_text(row, self.arrived_on)
        return None


def vaccination_text(row: ParsedRow, on: date) -> str:
    """The status a row's vaccination gives on arrival, and what was read («Đã tiêm đủ liều:
    2 mũi, Pfizer, mũi cuối 01/09/2021»); blank when the list says nothing."""
    more = row.more or {}
    record = Vaccination(more.get("vaccine_doses"), more.get("last_dose_on"),
                         more.get("vaccine"), more.get("recovered_on"))
    if record.empty:
        return ""
    label = tr(STATUS_LABELS[status_on(record, more.get("arrived_on") or on)])
    said = describe(record)
    return label if said.lower() == label.lower() else f"{label}: {said}"


def _issue_text(issue: Any) -> str:
    return (
        tr("cột {column}: {message}", column=issue.column, message=issue.message)
        if issue.column
        else issue.message
    )


DECISION_LABELS = {
    Decision.ADD: QT_TR_NOOP("Thêm người mới"),
    Decision.SKIP: QT_TR_NOOP("Bỏ qua dòng này"),
    Decision.MERGE: QT_TR_NOOP("Gộp vào người đã có"),
}
DUPLICATE_HEADERS = [
    QT_TR_NOOP("Dòng"),
    QT_TR_NOOP("Quyết định"),  # second: in view at 1024×600 however wide the rest is
    QT_TR_NOOP("Trong tệp"),
    QT_TR_NOOP("Đã có"),
    QT_TR_NOOP("Vì sao"),
]
DECISION_COLUMN = 1
UNDECIDED = QT_TR_NOOP("Chưa quyết định – hãy chọn")


def duplicate_rows(prepared: Prepared) -> list[ParsedRow]:
    """The rows to decide: possible duplicates, but not the rows a corrected file shares with
    the batch it belongs to (skipped without asking)."""
    return [r for r in prepared.analysis.valid_rows
            if is_possible_duplicate(r) and not prepared.recognised(r)]


def is_possible_duplicate(r: ParsedRow) -> bool:
    return (
        r.duplicate_of is not None
        or r.duplicate_row is not None
        or r.similar_to is not None
        or r.similar_row is not None
    )


def allowed_decisions(row: ParsedRow) -> list[Decision]:
    if row.duplicate_row is not None:
        return [Decision.SKIP]
    if row.duplicate_of is not None:
        return [Decision.SKIP, Decision.MERGE]  # the same document is the same person
    if row.similar_to is None:  # resembles an earlier row of the same file
        return [Decision.ADD, Decision.SKIP]
    return [Decision.ADD, Decision.SKIP, Decision.MERGE]


class DuplicatesModel(FlatTableModel):
    """Possible duplicates with the decision for each, editable in place."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.prepared: Prepared | None = None
        self.rows: list[ParsedRow] = []

    def set_prepared(self, prepared: Prepared, rows: list[ParsedRow] | None = None) -> None:
        """`rows`: the duplicate rows when already found (in the background job)."""
        self.beginResetModel()
        self.prepared = prepared
        self.rows = duplicate_rows(prepared) if rows is None else rows
        self.endResetModel()

    def set_all(self, decision: Decision) -> None:
        assert self.prepared is not None
        for row in self.rows:
            if decision in allowed_decisions(row):
                self.prepared.decisions[row.row_number] = decision
        if self.rows:
            self.dataChanged.emit(
                self.index(0, DECISION_COLUMN), self.index(len(self.rows) - 1, DECISION_COLUMN)
            )

    HEADERS = DUPLICATE_HEADERS

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == DECISION_COLUMN:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or self.prepared is None:
            return None
        row = self.rows[index.row()]
        col = index.column()
        decision = self.prepared.decision(row)
        undecided = self.undecided(row)
        if role == Qt.ItemDataRole.EditRole and col == DECISION_COLUMN:
            return "" if undecided else decision.value
        if role == Qt.ItemDataRole.BackgroundRole and col == DECISION_COLUMN and undecided:
            return WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and col in (2, 3, 4):
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return str(row.row_number)
        if col == DECISION_COLUMN:
            return tr(UNDECIDED) if undecided else tr(DECISION_LABELS[decision])
        if col == 2:
            document = row.id_number or tr("không giấy tờ")
            return f"{row.full_name}, {birth_text(row)}, {document}"
        if col == 3:
            if row.duplicate_row is not None:
                return tr("Dòng {duplicate_row} của tệp này", duplicate_row=row.duplicate_row)
            if row.duplicate_of is None and row.similar_to is None:
                return tr("Dòng {similar_row} của tệp này", similar_row=row.similar_row)
            match = row.duplicate_of or row.similar_to
            assert match is not None
            born = (
                show_date(match.date_of_birth)
                if match.date_of_birth
                else (str(match.birth_year or ""))
            )
            return tr(
                "{full_name} (số {id}), {born}, {value}",
                full_name=match.full_name,
                id=match.id,
                born=born,
                value=match.id_number or "",
            ).strip(", ")
        if col == 4:
            if row.name_differs:
                return tr("Cùng số giấy tờ nhưng khác tên: kiểm tra lại")
            if row.duplicate_of is not None and self.prepared.asks(row):
                return tr("Cùng số giấy tờ nhưng khác ngày sinh: kiểm tra lại")
            if row.duplicate_row is not None or row.duplicate_of is not None:
                return tr("Cùng số giấy tờ")
            return tr(
                "Tên giống {similar_score:.0f}%, cùng ngày/năm sinh",
                similar_score=row.similar_score,
            )
        return None

    def undecided(self, row: ParsedRow) -> bool:
        """A row whose name or birth differs from the one it resembles, not decided yet."""
        return self.prepared is not None and bool(self.prepared.undecided([row]))

    def setData(
        self,
        index: _Index,
        value: Any,  # noqa: N802
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != DECISION_COLUMN
            or self.prepared is None
        ):
            return False
        row = self.rows[index.row()]
        try:
            decision = Decision(value)
        except ValueError:
            return False
        if decision not in allowed_decisions(row):
            return False
        self.prepared.decisions[row.row_number] = decision
        self.dataChanged.emit(index, index)
        return True


def analysis_summary(prepared: Prepared) -> dict[str, int]:
    rows = prepared.analysis.rows
    return {
        "rows": len(rows),
        "valid": sum(1 for r in rows if r.valid),
        "errors": sum(1 for r in rows if r.errors),
        "warnings": sum(1 for r in rows if r.valid and r.warnings),
        "duplicates": sum(1 for r in rows if r.valid and is_possible_duplicate(r)
                          and not prepared.recognised(r)),
    }
