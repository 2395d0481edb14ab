"""Lấy mẫu xét nghiệm: plan a round into tubes (move a sample, split a tube), save it, print
its list and labels, and record the lab's results file after a preview."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import TEST_OUTCOME_LABELS, TestOutcome
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.sampling import POOL_LIMIT, Plan, PlannedTube, ResultsImport
from quarantine_desk.ui.actions import fill_facilities
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, FormDialog, date_edit, date_of
from quarantine_desk.ui.files import ask_open_path
from quarantine_desk.ui.formatting import show_date
from quarantine_desk.ui.tables import set_column_widths

SPREADSHEETS = QT_TR_NOOP("Bảng tính (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv)")


def _outcome_label(value: str | None) -> str:
    if not value:
        return ""
    return tr(TEST_OUTCOME_LABELS[TestOutcome(value)])


class ResultsDialog(FormDialog):
    """What each row of the lab's file will record, the positive tubes first; nothing is
    written until «Ghi kết quả»."""

    save_text = QT_TR_NOOP("Ghi kết quả")

    def __init__(self, services: Services, path: str, round_id: int | None,
                 preview: ResultsImport, parent: QWidget | None = None) -> None:
        super().__init__(tr("Kết quả xét nghiệm từ phòng xét nghiệm"), parent)
        self.services, self.path, self.round_id = services, path, round_id
        self.recorded: ResultsImport | None = None
        self.table = QTableWidget(len(preview.lines), 4)
        self.table.setHorizontalHeaderLabels([tr("Dòng"), tr("Ống mẫu / người"),
                                              tr("Kết quả"), tr("Sẽ ghi")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        set_column_widths(self.table, [50, 200, 110])
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, line in enumerate(preview.lines):
            will = (tr("Lỗi: {message}", message=line.error) if line.error else
                    tr("{result} cho {n} người", result=_outcome_label(line.records),
                       n=len(line.people)) if line.records else tr("Không có gì mới"))
            for c, text in enumerate((str(line.row), line.what, _outcome_label(line.result),
                                      will)):
                item = QTableWidgetItem(text)
                if line.error:
                    item.setForeground(Qt.GlobalColor.darkRed)
                elif line.records in ("positive", "pool_positive"):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(r, c, item)
        self.table.setMinimumHeight(260)
        self.form.addRow(self.table)
        self.show_note(tr(
            "{recorded} kết quả sẽ được ghi; ống gộp dương tính: {positive}; cần xét nghiệm "
            "lại riêng: {retest} người; dương tính: {cases} người; dòng lỗi: {errors} (không "
            "ghi).", recorded=preview.recorded, positive=preview.pools_positive,
            retest=len(preview.retest), cases=len(preview.positive),
            errors=len(preview.errors)))
        self.save_button.setEnabled(preview.recorded > 0)
        self.setMinimumWidth(760)

    def apply(self) -> None:
        self.recorded = self.services.sampling.import_results(self.path, round_id=self.round_id)


class SamplingPage(QWidget):
    title = QT_TR_NOOP("Lấy mẫu xét nghiệm")
    watches = frozenset({Topic.HEALTH, Topic.STAYS, Topic.FACILITIES})
    print_requested = Signal(str, int)  # a round's paper: its kind and the round
    case_found = Signal(int, object)  # a person positive alone, and the day: the response

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.plan: Plan | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.facility = QComboBox()
        self.facility.setMinimumContentsLength(36)
        self.when = date_edit(today)
        self.pool_size = QSpinBox()
        self.pool_size.setRange(1, POOL_LIMIT)
        self.by = QComboBox()
        self.by.addItem(tr("cùng phòng"), "room")
        self.by.addItem(tr("cùng hộ gia đình"), "household")
        self.plan_button = QPushButton(tr("Lập kế hoạch"))
        self.plan_button.clicked.connect(self.make_plan)
        for label, widget in ((tr("Cơ sở:"), self.facility), (tr("Ngày:"), self.when)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        bar = QHBoxLayout()  # a second line: the whole bar is wider than a 1024-pixel screen
        for label, widget in ((tr("Tối đa mẫu một ống:"), self.pool_size),
                              (tr("Gộp mẫu:"), self.by)):
            bar.addWidget(QLabel(label))
            bar.addWidget(widget)
        bar.addWidget(self.plan_button)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()  # shown with a refusal only: no empty line above the plan
        layout.addWidget(self.error)

        plan_box = QWidget()
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Ống mẫu / người"), tr("Phòng"), tr("Năm sinh"),
                                   tr("Ghi chú")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setColumnWidth(0, 260)
        self.tree.setColumnWidth(1, 70)
        self.tree.setColumnWidth(2, 80)
        self.tree.itemSelectionChanged.connect(self._update_actions)
        plan_layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.move_button = QPushButton(tr("Chuyển sang ống khác…"))
        self.move_button.clicked.connect(self.move_sample)
        self.split_button = QPushButton(tr("Tách ống"))
        self.split_button.clicked.connect(self.split_tube)
        self.save_button = QPushButton(tr("Lưu đợt lấy mẫu"))
        self.save_button.clicked.connect(self.save_plan)
        for button in (self.move_button, self.split_button, self.save_button):
            row.addWidget(button)
        row.addStretch(1)
        plan_layout.addLayout(row)

        rounds_box = QWidget()
        rounds_layout = QVBoxLayout(rounds_box)
        rounds_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Các đợt lấy mẫu đã lưu"))
        heading.setObjectName("sectionTitle")
        rounds_layout.addWidget(heading)
        self.rounds = QTableWidget(0, 5)
        self.rounds.setHorizontalHeaderLabels([tr("Đợt"), tr("Ngày"), tr("Số ống"),
                                               tr("Số người"), tr("Ống chờ kết quả")])
        self.rounds.verticalHeader().setVisible(False)
        self.rounds.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rounds.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rounds.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_column_widths(self.rounds, [60, 110, 80, 90, 130])
        self.rounds.itemSelectionChanged.connect(self._update_actions)
        rounds_layout.addWidget(self.rounds)
        row = QHBoxLayout()
        self.list_button = QPushButton(tr("In danh sách gửi mẫu"))
        self.list_button.clicked.connect(lambda: self._print("sampling-list"))
        self.labels_button = QPushButton(tr("In nhãn ống"))
        self.labels_button.clicked.connect(lambda: self._print("sampling-labels"))
        self.results_button = QPushButton(tr("Nhập kết quả xét nghiệm…"))
        self.results_button.clicked.connect(self.import_results)
        for button in (self.list_button, self.labels_button, self.results_button):
            row.addWidget(button)
        row.addStretch(1)
        rounds_layout.addLayout(row)
        self.retest = QLabel()
        self.retest.setWordWrap(True)
        rounds_layout.addWidget(self.retest)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(plan_box)
        splitter.addWidget(rounds_box)
        splitter.setSizes([380, 220])
        layout.addWidget(splitter, 1)
        self.facility.currentIndexChanged.connect(self._facility_changed)
        self.when.dateChanged.connect(self._facility_changed)
        self._update_actions()

    # -- loading --------------------------------------------------------------

    def refresh(self) -> None:
        current = self.facility.currentData()
        due = Counter(d.facility for d in self.services.health.tests_due(self.day()))
        if current is None and due:  # first shown: the site with the most people due
            current = due.most_common(1)[0][0]
        fill_facilities(self.facility, self.services.facilities.list(), current)
        if self.pool_size.value() == self.pool_size.minimum():
            self.pool_size.setValue(self.services.sampling.pool_size())
        if self.plan is None:
            self.message.setText(tr("Cần lấy mẫu ngày {on:%d/%m/%Y}: {sites}.", on=self.day(),
                                    sites=", ".join(f"{code} {n}" for code, n in
                                                    sorted(due.items())))
                                 if due else tr("Ngày {on:%d/%m/%Y} không có ai cần lấy mẫu.",
                                                on=self.day()))
        self._load_rounds()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def day(self) -> date:
        return date_of(self.when)

    def _facility_changed(self) -> None:
        self.plan = None
        self._show_plan()
        self._load_rounds()

    def _load_rounds(self) -> None:
        code = self.facility.currentData()
        found = self.services.sampling.rounds(code) if code else []
        chosen = self.round_id()
        self.rounds.setRowCount(len(found))
        for r, info in enumerate(found):
            for c, text in enumerate((str(info.round_id), show_date(info.on), str(info.tubes),
                                      str(info.people), str(info.pending))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, info.round_id)
                self.rounds.setItem(r, c, item)
            if info.round_id == chosen:
                self.rounds.selectRow(r)
        due = [d for d in self.services.health.tests_due(self.day())
               if d.retest and d.facility == code]
        self.retest.setText(tr("Cần xét nghiệm lại riêng ngay: {names}.", names=", ".join(
            tr("{name} (phòng {room})", name=d.full_name, room=d.room or "–") for d in due))
            if due else "")
        self._update_actions()

    def round_id(self) -> int | None:
        items = self.rounds.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # -- the plan -------------------------------------------------------------

    def make_plan(self) -> None:
        self._refuse("")
        code = self.facility.currentData()
        if not code:
            self._refuse(tr("Chưa có cơ sở cách ly nào."))
            return
        try:
            self.plan = self.services.sampling.plan(
                code, date_of(self.when), pool_size=self.pool_size.value(),
                by=self.by.currentData())
        except ServiceError as exc:
            self.plan = None
            self._refuse(str(exc))
        self._show_plan()

    def _show_plan(self) -> None:
        self.tree.clear()
        plan = self.plan
        if plan is None:
            self.message.clear()
            self._update_actions()
            return
        for tube in plan.tubes:
            kind = (tr("gộp {n} mẫu", n=len(tube.samples)) if tube.pooled else
                    tr("mẫu đơn: {reason}", reason=tr(tube.reason)) if tube.reason else
                    tr("mẫu đơn"))
            top = QTreeWidgetItem([tube.code, tube.room or "", "", kind])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for sample in tube.samples:
                child = QTreeWidgetItem([sample.full_name, sample.room or "",
                                         str(sample.birth_year or ""),
                                         tr(sample.alone) if sample.alone else ""])
                child.setData(0, Qt.ItemDataRole.UserRole, sample.person_id)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        pools = sum(t.pooled for t in plan.tubes)
        self.message.setText(tr(
            "Kế hoạch (chưa lưu): {people} người trong {tubes} ống ({pools} ống gộp, {single} "
            "ống đơn). Chuyển hoặc tách ống nếu cần, rồi bấm «Lưu đợt lấy mẫu».",
            people=plan.people, tubes=len(plan.tubes), pools=pools,
            single=len(plan.tubes) - pools))
        self._update_actions()

    def _selected(self) -> tuple[int | None, int | None]:
        """(the tube's index in the plan, the sample's index in it) of the selection."""
        items = self.tree.selectedItems()
        if not items or self.plan is None:
            return None, None
        item = items[0]
        parent = item.parent()
        if parent is None:
            return self.tree.indexOfTopLevelItem(item), None
        return self.tree.indexOfTopLevelItem(parent), parent.indexOfChild(item)

    def _update_actions(self) -> None:
        tube, sample = self._selected()
        plan = self.plan
        self.save_button.setEnabled(plan is not None)
        self.split_button.setEnabled(plan is not None and tube is not None and len(
            plan.tubes[tube].samples) > 1)
        self.move_button.setEnabled(plan is not None and sample is not None
                                    and bool(self._targets(tube, sample)))
        chosen = self.round_id() is not None
        self.list_button.setEnabled(chosen)
        self.labels_button.setEnabled(chosen)
        self.results_button.setEnabled(bool(self.facility.currentData()))

    def _targets(self, tube: int | None, sample: int | None) -> list[int]:
        """The tubes a sample may go to: of the same room (and family, by household), with
        room for one more, none holding a sample that must be alone."""
        plan = self.plan
        if plan is None or tube is None or sample is None:
            return []
        moving = plan.tubes[tube].samples[sample]
        if moving.alone:
            return []
        return [i for i, t in enumerate(plan.tubes)
                if i != tube and t.room == moving.room
                and len(t.samples) < plan.pool_size and not any(s.alone for s in t.samples)
                and (plan.by != "household"
                     or all(s.household_id == moving.household_id for s in t.samples))]

    def move_sample(self) -> None:
        tube, sample = self._selected()
        targets = self._targets(tube, sample)
        if self.plan is None or tube is None or sample is None or not targets:
            return
        labels = [f"{self.plan.tubes[i].code} ({len(self.plan.tubes[i].samples)})"
                  for i in targets]
        choice, ok = QInputDialog.getItem(self, tr("Chuyển mẫu"), tr("Sang ống:"), labels, 0,
                                          False)
        if not ok:
            return
        target = targets[labels.index(choice)]
        moved = self.plan.tubes[tube].samples.pop(sample)
        self.plan.tubes[target].samples.append(moved)
        if not self.plan.tubes[tube].samples:
            del self.plan.tubes[tube]
        self._renumber()

    def split_tube(self) -> None:
        tube, _ = self._selected()
        if self.plan is None or tube is None or len(self.plan.tubes[tube].samples) < 2:
            return
        old = self.plan.tubes[tube]
        half = (len(old.samples) + 1) // 2
        new = PlannedTube(old.room, old.household_id, old.samples[half:])
        old.samples = old.samples[:half]
        self.plan.tubes.insert(tube + 1, new)
        self._renumber()

    def _renumber(self) -> None:
        """Codes in order again after a change (saving numbers them once more, after any
        tube another desk saved meanwhile)."""
        assert self.plan is not None
        self.plan.renumber()
        self._show_plan()

    def save_plan(self) -> None:
        if self.plan is None:
            return
        self._refuse("")
        try:
            saved = self.services.sampling.save(self.plan)
        except ServiceError as exc:
            self._refuse(str(exc))
            return
        self.plan = None
        self._show_plan()
        self.message.setText(tr(
            "Đã lưu đợt lấy mẫu số {round_id}: {people} người trong {tubes} ống. In danh sách "
            "gửi mẫu và nhãn ống ở phần dưới.", round_id=saved.round_id, people=saved.people,
            tubes=len(saved.tubes)))
        self._load_rounds()
        for r in range(self.rounds.rowCount()):
            if self.rounds.item(r, 0).data(Qt.ItemDataRole.UserRole) == saved.round_id:
                self.rounds.selectRow(r)

    # -- papers and results ---------------------------------------------------

    def _print(self, kind: str) -> None:
        round_id = self.round_id()
        if round_id is not None:
            self.print_requested.emit(kind, round_id)

    def import_results(self) -> None:
        path = ask_open_path(self, tr("Chọn tệp kết quả của phòng xét nghiệm"),
                             tr(SPREADSHEETS))
        if not path:
            return
        self.results_for(path)

    def results_for(self, path: str) -> ResultsDialog | None:
        """The preview of a lab's file, then (if confirmed) what it recorded."""
        self._refuse("")
        round_id = self.round_id()
        try:
            preview = self.services.sampling.import_results(path, round_id=round_id,
                                                            apply=False)
        except ServiceError as exc:
            self._refuse(str(exc))
            return None
        dialog = ResultsDialog(self.services, path, round_id, preview, self)
        self.dialog = dialog  # reachable by the tests while it is open
        if not dialog.exec() or dialog.recorded is None:
            return dialog
        done = dialog.recorded
        self.message.setText(tr(
            "Đã ghi {recorded} kết quả: ống gộp âm tính {negative}, ống gộp dương tính "
            "{positive}; {retest} người cần xét nghiệm lại riêng; {cases} người dương tính.",
            recorded=done.recorded, negative=done.pools_negative,
            positive=done.pools_positive, retest=len(done.retest), cases=len(done.positive)))
        self._load_rounds()
        for person_id in done.positive:  # each case's response, previewed and confirmed
            self.case_found.emit(person_id, self.today or date.today())
        return dialog
