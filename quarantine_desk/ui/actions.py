"""Actions on a selection of people: one intention acts once, on the people it was meant for.

- `act_once(button, action)`: the button is disabled from the click until the result is shown,
  and a click that arrives within the double-click interval after an action finished is
  dropped (the second half of a double click, queued while the first half worked).
- `confirm(...)`: asks before an action that cannot be undone, naming the count and the people;
  the answer buttons say what they do.
- `selected_ids` / `select_ids`: a table's selection kept by person id, so that after the list
  changes the selection stays on the same people (or is empty), never on whoever moved up into
  the same rows.
- `outcome_text(...)`: what was done, both parts of a partial result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from quarantine_desk.i18n import tr
from quarantine_desk.services.release import Refusal, Release

ID_ROLE = Qt.ItemDataRole.UserRole + 20  # the person id on the first cell of a row
NAMES_SHOWN = 10


class ActOnce(QObject):
    """Runs `action` on a click of `button`, at most once per intention.

    `decide` sets the button's state again after the action (the page's own rule, such as
    "something is selected"); without it the button is enabled again."""

    def __init__(self, button: QAbstractButton, action: Callable[[], object],
                 decide: Callable[[], object] | None = None) -> None:
        super().__init__(button)
        self.button = button
        self.action = action
        self.decide = decide
        self.running = False
        self.finished_at = float("-inf")
        button.clicked.connect(self.run)

    def run(self) -> None:
        interval = QApplication.doubleClickInterval() / 1000
        if self.running or time.monotonic() - self.finished_at < interval:
            return  # the second half of a double click, or a click queued during the action
        self.running = True
        self.button.setEnabled(False)
        try:
            self.action()
        finally:
            self.running = False
            self.finished_at = time.monotonic()
            self.button.setEnabled(True)
            if self.decide is not None:
                self.decide()


def act_once(button: QAbstractButton, action: Callable[[], object],
             decide: Callable[[], object] | None = None) -> ActOnce:
    return ActOnce(button, action, decide)


def names(people: Sequence[str], shown: int = NAMES_SHOWN) -> str:
    """«A, B, C và 4 người khác»."""
    text = ", ".join(people[:shown])
    if len(people) > shown:
        text += tr(" và {value} người khác", value=len(people) - shown)
    return text


def confirm(parent: QWidget, title: str, question: str, people: Sequence[str],
            accept: str, keep: str | None = None) -> bool:
    """Ask before an action that cannot be undone; the people are named in the question.
    `accept` and `keep` say what each answer does (keep: «Không» unless given)."""
    text = f"{question}\n\n{names(list(people))}" if people else question
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(keep or tr("Không"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def outcome_text(done: str, done_names: Sequence[str], refused_head: str,
                 refused: Iterable[tuple[str, str]]) -> str:
    """«Đã cho về 1 người (Trần Đức Đức); 1 người chưa đủ điều kiện: Lê An – lý do.»"""
    text = done
    if done_names:
        text += f" ({names(list(done_names))})"
    refused = list(refused)
    if refused:
        listed = "; ".join(f"{name} – {reason}" for name, reason in refused[:NAMES_SHOWN])
        more = tr(" và {value} người khác", value=len(refused) - NAMES_SHOWN) \
            if len(refused) > NAMES_SHOWN else ""
        text += f"; {refused_head}: {listed}{more}"
    return text + "."


def id_item(text: str, person_id: int) -> QTableWidgetItem:
    """The first cell of a row, carrying the person it shows."""
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, person_id)
    return item


def selected_ids(table: QTableWidget) -> list[int]:
    rows = sorted({i.row() for i in table.selectionModel().selectedRows()})
    return [table.item(r, 0).data(ID_ROLE) for r in rows if table.item(r, 0) is not None]


def select_ids(view: QAbstractItemView, ids: Iterable[int],
               row_of: Callable[[int], int | None]) -> None:
    """Select the rows of these people that are still listed; nobody else."""
    model, selection = view.model(), QItemSelection()
    last = model.columnCount() - 1
    for person_id in ids:
        row = row_of(person_id)
        if row is not None:
            selection.select(model.index(row, 0), model.index(row, last))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
    view.selectionModel().select(selection, flags)


def table_row_of(table: QTableWidget) -> Callable[[int], int | None]:
    rows = {table.item(r, 0).data(ID_ROLE): r for r in range(table.rowCount())
            if table.item(r, 0) is not None}
    return rows.get


def release_outcome(released: Sequence[Release], refused: Sequence[Refusal]) -> str:
    """What a release did, for the page's status line."""
    return outcome_text(
        tr("Đã cho về {n} người", n=len(released)),
        [tr("{full_name}: giấy số {number}", full_name=r.full_name,
            number=r.certificate_number) for r in released],
        tr("{n} người chưa đủ điều kiện", n=len(refused)),
        [(r.full_name, r.reason) for r in refused],
    )


def tests_outcome(result: str, kind: str, recorded: Sequence[str],
                  refused: Sequence[Refusal]) -> str:
    """What recording one test result for several people did, for a status line."""
    return outcome_text(
        tr("Đã ghi kết quả «{result}» ({kind}) cho {n} người", result=result, kind=kind,
           n=len(recorded)),
        recorded, tr("{n} người chưa ghi được", n=len(refused)),
        [(r.full_name, r.reason) for r in refused])


def release_names(services: Any, can: Sequence[tuple[int, str]]) -> list[str]:
    """The names of those who can go, each with what they still owe for meals (shown, not
    stopping the release: services/fees.py)."""
    from quarantine_desk.domain.money import figures

    owed = services.fees.unpaid([pid for pid, _ in can])
    return [tr("{name} (còn nợ tiền ăn {amount} đồng)", name=name, amount=figures(owed[pid]))
            if pid in owed else name for pid, name in can]


def ask_fee_note(parent: QWidget, can: list[tuple[int, str]], cannot: list[Refusal],
                 ) -> tuple[list[tuple[int, str]], list[Refusal], str | None]:
    """Where the setting asks for a note to release someone who still owes for meals: ask
    for it once; with a note they can go too. (can, cannot, the note or None)."""
    from PySide6.QtWidgets import QInputDialog

    from quarantine_desk.services.release import FeeRefusal

    owing = [r for r in cannot if isinstance(r.reason, FeeRefusal)]
    if not owing:
        return can, cannot, None
    text, ok = QInputDialog.getText(
        parent, tr("Còn nợ tiền ăn"),
        tr("{n} người còn nợ tiền ăn: {names}.\nGhi chú để cho về cả những người này (VD: "
           "hẹn nộp tại địa phương); để trống thì không cho họ về:", n=len(owing),
           names=names([r.full_name for r in owing])))
    if not ok or not text.strip():
        return can, cannot, None
    return ([*can, *((r.person_id, r.full_name) for r in owing)],
            [r for r in cannot if r not in owing], text.strip())


def confirm_release(parent: QWidget, people: Sequence[str], on: date,
                    cannot: Sequence[Refusal] = ()) -> bool:
    """Ask before releasing these people on that day, naming them and, apart, those who
    cannot go with the reason of each (services/release.py: check, asked first). With nobody
    who can go, say why and offer nothing to confirm."""
    why = "\n".join(f"• {r.full_name} – {r.reason}" for r in cannot[:NAMES_SHOWN])
    if len(cannot) > NAMES_SHOWN:
        why += "\n" + tr("và {value} người khác", value=len(cannot) - NAMES_SHOWN)
    if not people:
        QMessageBox.information(parent, tr("Hoàn thành cách ly"),
                                tr("Chưa ai trong số đã chọn được cho về ngày "
                                   "{on:%d/%m/%Y}:", on=on) + "\n\n" + why)
        return False
    question = tr("Cho {n} người hoàn thành cách ly ngày {on:%d/%m/%Y} và cấp giấy xác "
                  "nhận?", n=len(people), on=on)
    listed = names(list(people))
    if cannot:
        listed += "\n\n" + tr("Không cho về được {n} người:", n=len(cannot)) + "\n" + why
    return confirm(parent, tr("Hoàn thành cách ly"), f"{question}\n\n{listed}", [],
                   tr("Cho về {n} người", n=len(people)))


def fill_facilities(combo: Any, facilities: Sequence[Any], current: str | None) -> None:
    """A combo of facilities («CODE – name», the code as data) filled again without telling
    its listeners, `current` chosen when it is still there (else the first)."""
    combo.blockSignals(True)
    combo.clear()
    for f in facilities:
        combo.addItem(f"{f.code} – {f.name}", f.code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
