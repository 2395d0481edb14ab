"""Nhập danh sách: the import wizard, one step at a time, slow steps in the background.

File → columns → preview → duplicates → batch details → result. The service does
all reading, checking and writing; this page shows what it says and collects the
operator's decisions for the whole file on one screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import BATCH_KIND_LABELS, BatchKind
from quarantine_desk.domain.values import cell_text
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.imports import (
    FIELD_LABELS,
    SUFFIXES,
    BatchDetails,
    Decision,
    Field,
    FileData,
    ImportDraft,
    ImportResult,
    Prepared,
    column_letter,
    default_batch_details,
)
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, OK_STYLE, date_edit, date_of
from quarantine_desk.ui.files import ask_open_path, ask_save_path
from quarantine_desk.ui.formatting import id_type_label, sex_label, show_date, status_label
from quarantine_desk.ui.models.import_preview import (
    DECISION_COLUMN,
    DECISION_LABELS,
    UNDECIDED,
    WARNING_BRUSH,
    DuplicatesModel,
    PreviewModel,
    allowed_decisions,
    analysis_summary,
    birth_text,
    duplicate_rows,
)
from quarantine_desk.ui.tables import set_column_widths
from quarantine_desk.ui.workers import Job, Jobs

STEP_FILE, STEP_COLUMNS, STEP_PREVIEW, STEP_DUPLICATES, STEP_BATCH, STEP_RESULT = range(6)
STEP_TITLES = [
    QT_TR_NOOP("Chọn tệp"),
    QT_TR_NOOP("Ghép cột"),
    QT_TR_NOOP("Xem trước"),
    QT_TR_NOOP("Người có thể trùng"),
    QT_TR_NOOP("Thông tin đợt đến"),
    QT_TR_NOOP("Kết quả"),
]
FILE_FILTER = QT_TR_NOOP("Bảng tính (*.xlsx *.xlsm *.xls *.ods *.csv);;Mọi tệp (*)")


def _label(text: str = "", *, wrap: bool = True, name: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


class DropArea(QFrame):
    """Accepts a spreadsheet dropped from the file manager."""

    dropped = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.setObjectName("dropArea")
        self.setStyleSheet(
            "#dropArea { border: 2px dashed #8a9aa9; border-radius: 8px; background: #fafbfc; }"
        )
        self.setMinimumHeight(160)
        layout = QVBoxLayout(self)
        text = _label(tr("Kéo thả tệp danh sách (.xlsx, .xlsm, .xls, .ods, .csv) vào đây"))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(text)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        urls = event.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.dropped.emit(urls[0].toLocalFile())


class DecisionDelegate(QStyledItemDelegate):
    """A combo box with the decisions allowed for the row."""

    def __init__(self, model: DuplicatesModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        row = self.model.rows[index.row()]
        if self.model.undecided(row):  # leaving the box without choosing decides nothing
            combo.addItem(tr(UNDECIDED), "")
        for decision in allowed_decisions(row):
            combo.addItem(tr(DECISION_LABELS[decision]), decision.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CorrectionDelegate(QStyledItemDelegate):
    """A line to correct a cell of a row with an error, checked as it is typed: a red frame
    and the reason while the row would still have an error, green when it would import."""

    def __init__(self, page: ImportPage) -> None:
        super().__init__(page.preview)
        self.page = page

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        editor = QLineEdit(parent)
        editor.setObjectName("correction")
        source = self.page.source_index(index)
        editor.textEdited.connect(lambda text: self.page.check_correction(source, text, editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


JOB = "import"  # the runner's name for this page's work
COMPARED = [  # what the duplicates step shows of both records
    QT_TR_NOOP("Họ và tên"),
    QT_TR_NOOP("Ngày sinh"),
    QT_TR_NOOP("Giới tính"),
    QT_TR_NOOP("Giấy tờ"),
    QT_TR_NOOP("Điện thoại"),
    QT_TR_NOOP("Địa chỉ"),
    QT_TR_NOOP("Đợt đến"),
    QT_TR_NOOP("Nơi cách ly"),
]


class ImportPage(QWidget):
    title = QT_TR_NOOP("Nhập danh sách")
    watches = frozenset()  # shows a file until one is imported
    allocate_requested = Signal(int)  # batch id

    def __init__(self, services: Services, today: date | None = None,
                 jobs: Jobs | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.jobs = jobs or Jobs(self)
        self.file: FileData | None = None
        self.draft: ImportDraft | None = None
        self.prepared: Prepared | None = None
        self.result: ImportResult | None = None

        layout = QVBoxLayout(self)
        self.step_title = _label(name="pageTitle")
        layout.addWidget(self.step_title)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        for build in (
            self._build_file,
            self._build_columns,
            self._build_preview,
            self._build_duplicates,
            self._build_batch,
            self._build_result,
        ):
            self.stack.addWidget(build())

        self.message = _label(name="formError")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(tr("Hủy"))
        self.cancel_button.hide()
        self.cancel_button.clicked.connect(self.cancel_job)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)

        buttons = QHBoxLayout()
        self.restart_button = QPushButton(tr("Làm lại từ đầu"))
        self.restart_button.clicked.connect(self.restart)
        self.back_button = QPushButton(tr("< Quay lại"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(tr("Tiếp >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        buttons.addWidget(self.restart_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        self.go(STEP_FILE)

    # -- building the steps ----------------------------------------------------------

    def _build_file(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                tr(
                    "Chọn tệp danh sách người đến do hãng bay, sân bay, biên phòng, công an hoặc "
                    "phường xã gửi. Chương trình tự tìm trang tính và dòng tiêu đề; bạn sẽ xem lại "
                    "trước khi ghi."
                )
            )
        )
        self.drop = DropArea()
        self.drop.dropped.connect(self.open_file)
        layout.addWidget(self.drop)
        self.choose_button = QPushButton(tr("Chọn tệp…"))
        self.choose_button.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.choose_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _build_columns(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QHBoxLayout()
        self.sheet_combo = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 1)
        self.header_spin.setKeyboardTracking(False)
        form.addWidget(QLabel(tr("Trang tính:")))
        form.addWidget(self.sheet_combo, 1)
        form.addWidget(QLabel(tr("Dòng tiêu đề:")))
        form.addWidget(self.header_spin)
        self.redetect_button = QPushButton(tr("Đọc lại tiêu đề"))
        self.redetect_button.clicked.connect(self.reload_columns)
        form.addWidget(self.redetect_button)
        layout.addLayout(form)
        self.memory_note = _label()
        layout.addWidget(self.memory_note)
        self.columns_table = QTableWidget(0, 4)
        self.columns_table.setHorizontalHeaderLabels(
            [tr("Cột"), tr("Tiêu đề trong tệp"), tr("Ví dụ"), tr("Dùng làm")]
        )
        self.columns_table.verticalHeader().setVisible(False)
        header = self.columns_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.columns_table.setColumnWidth(1, 220)
        layout.addWidget(self.columns_table, 1)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        self.header_spin.valueChanged.connect(self.reload_columns)
        return page

    def _build_preview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = _label()
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.preview_filter = QComboBox()
        self.preview_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview_filter.addItem(tr("Mọi dòng"), "all")
        self.preview_filter.addItem(tr("Chỉ dòng lỗi"), "errors")
        self.preview_filter.addItem(tr("Chỉ dòng có cảnh báo"), "warnings")
        self.preview_filter.currentIndexChanged.connect(self._filter_preview)
        self.errors_button = QPushButton(tr("Lưu các dòng lỗi ra Excel…"))
        self.errors_button.clicked.connect(self.save_errors)
        self.join_button = QPushButton(tr("Ghép thành một hộ"))
        self.join_button.setToolTip(tr("Những dòng đang chọn là một gia đình, ở cùng nhau"))
        self.leave_button = QPushButton(tr("Tách khỏi hộ"))
        self.leave_button.setToolTip(tr("Những dòng đang chọn được xếp như người đi một mình"))
        self.join_button.clicked.connect(
            lambda: self._change_households(self.services.imports.join_rows)
        )
        self.leave_button.clicked.connect(
            lambda: self._change_households(self.services.imports.leave_rows)
        )
        row.addWidget(QLabel(tr("Hiện:")))
        row.addWidget(self.preview_filter)
        row.addSpacing(16)
        row.addWidget(self.join_button)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        row.addWidget(self.errors_button)
        layout.addLayout(row)
        # Rows stay in the file's order. The filter proxy is attached only while a filter is
        # chosen: attached, it would look at all 50,000 rows of a big file on the GUI thread
        # each time the analysis arrives (and sorting them through Python took seconds).
        self.preview_model = PreviewModel(self, self.services.imports)
        self.preview_model.dataChanged.connect(self._row_corrected)
        self.preview_proxy = _IssueFilter(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setItemDelegate(CorrectionDelegate(self))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                     | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.preview.setWordWrap(False)
        self._preview_widths()
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)
        self.correction_note = _label(name="correctionNote")
        self.correction_note.hide()
        layout.addWidget(self.correction_note)
        return page

    def _build_duplicates(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            _label(
                tr(
                    "Những dòng dưới đây có thể là người đã có. Quyết định cho cả tệp một lần, "
                    "hoặc sửa từng dòng ở cột «Quyết định». Cùng số giấy tờ là cùng một người: "
                    "chỉ có thể bỏ qua hoặc gộp."
                )
            )
        )
        row = QHBoxLayout()
        self.skip_all = QPushButton(tr("Bỏ qua tất cả"))
        self.merge_all = QPushButton(tr("Gộp tất cả vào người đã có"))
        self.add_all = QPushButton(tr("Thêm mới tất cả (trừ trùng số giấy tờ)"))
        self.skip_all.clicked.connect(lambda: self.duplicates_model.set_all(Decision.SKIP))
        self.merge_all.clicked.connect(lambda: self.duplicates_model.set_all(Decision.MERGE))
        self.add_all.clicked.connect(lambda: self.duplicates_model.set_all(Decision.ADD))
        for b in (self.skip_all, self.merge_all, self.add_all):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.duplicates_model = DuplicatesModel(self)
        self.duplicates = QTableView()
        self.duplicates.setModel(self.duplicates_model)
        self.duplicates.setItemDelegateForColumn(
            DECISION_COLUMN, DecisionDelegate(self.duplicates_model, self.duplicates)
        )
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates.verticalHeader().setVisible(False)
        self.duplicates.setWordWrap(False)
        self.duplicates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.duplicates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        set_column_widths(self.duplicates, [50, 200, 230, 230])
        self.duplicates.horizontalHeader().setStretchLastSection(True)
        # the chosen row and the one it resembles, side by side, differences marked
        self.compare = QTableWidget(len(COMPARED), 3)
        self.compare.setObjectName("compare")
        self.compare.verticalHeader().setVisible(False)
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.compare.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for c in (1, 2):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.compare.setHorizontalHeaderLabels(["", tr("Trong tệp"), tr("Đã có")])
        for r, label in enumerate(COMPARED):
            self.compare.setItem(r, 0, QTableWidgetItem(tr(label)))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.duplicates)
        splitter.addWidget(self.compare)
        rows = self.compare.verticalHeader()
        rows.setDefaultSectionSize(self.compare.fontMetrics().height() + 8)
        # every line of both records in view; the list takes what is left
        self.compare.setMinimumHeight(
            rows.defaultSectionSize() * len(COMPARED)
            + self.compare.horizontalHeader().sizeHint().height() + 4)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self.duplicates_model.modelReset.connect(self._duplicates_shown)
        self.duplicates.selectionModel().currentRowChanged.connect(
            lambda current, _: self.show_comparison(current.row()))
        return page

    def _duplicates_shown(self) -> None:
        if self.duplicates_model.rows:
            self.duplicates.selectRow(0)
            self.show_comparison(0)

    def show_comparison(self, index: int) -> None:
        """Row `index` of the duplicates beside the person or row it resembles."""
        rows = self.duplicates_model.rows
        if self.prepared is None or not 0 <= index < len(rows):
            return
        row = rows[index]
        other = self._resembled(row)
        mine = self._record_values(row, tr("Dòng {row} của tệp này", row=row.row_number))
        self.compare.setHorizontalHeaderLabels(
            ["", tr("Trong tệp: dòng {row}", row=row.row_number), other[0]])
        bold = self.compare.font()
        bold.setBold(True)
        for r, (a, b) in enumerate(zip(mine[1], other[1], strict=True)):
            differs = bool(a and b and a.casefold() != b.casefold())
            for c, text in ((1, a), (2, b)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if differs:
                    item.setBackground(WARNING_BRUSH)
                    item.setFont(bold)
                self.compare.setItem(r, c, item)

    def _resembled(self, row: Any) -> tuple[str, list[str]]:
        """The heading and values of what the row resembles: a person in the database, or
        an earlier row of the file."""
        assert self.prepared is not None
        number = row.duplicate_row or row.similar_row
        if number is not None and row.duplicate_of is None and row.similar_to is None:
            earlier = next(r for r in self.prepared.analysis.rows if r.row_number == number)
            return tr("Dòng {row} của tệp này", row=number), self._record_values(
                earlier, tr("Dòng {row} của tệp này", row=number))[1]
        match = row.duplicate_of or row.similar_to
        found = self.services.people.rows([match.id]) if match is not None else []
        if not found:
            return tr("Đã có"), [""] * len(COMPARED)
        p = found[0]
        batches = {b.id: b for b in self.services.batches.list()} if p.batch_id else {}
        batch = batches.get(p.batch_id)
        batch_text = (tr("Số {id}: {ref} ngày {value}", id=batch.id, ref=batch.reference or "",
                         value=f"{batch.arrival_date:%d/%m/%Y}").replace(":  ", ": ")
                      if batch is not None else tr("Không thuộc đợt nào"))
        if p.facility:
            stay = tr("{facility}, phòng {room}", facility=p.facility, room=p.room or "–")
            if p.admitted_on:
                stay += tr(", từ {value}", value=show_date(p.admitted_on))
        else:
            stay = status_label(p.status)
        born = show_date(p.date_of_birth) if p.date_of_birth else str(p.birth_year or "")
        document = f"{id_type_label(p.id_type)} {p.id_number}".strip() if p.id_number else ""
        return (tr("Đã có: {name} (số {id})", name=p.full_name, id=p.id),
                [p.full_name, born, sex_label(p.sex), document, p.phone or "", p.address or "",
                 batch_text, stay])

    def _record_values(self, row: Any, where: str) -> tuple[str, list[str]]:
        document = f"{id_type_label(row.id_type)} {row.id_number}" if row.id_number else ""
        return where, [row.full_name or "", birth_text(row), sex_label(row.sex), document,
                       row.phone or "", row.address or "", tr("Đợt của tệp này"),
                       tr("Chưa vào cơ sở")]

    def _build_batch(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.title_note = _label()
        layout.addWidget(self.title_note)
        form = QFormLayout()
        self.announced = QComboBox()  # import into a batch announced before the list came
        self.announced.currentIndexChanged.connect(self._announced_changed)
        form.addRow(tr("Vào đợt đã có:"), self.announced)
        self.kind = QComboBox()
        for kind, label in BATCH_KIND_LABELS.items():
            self.kind.addItem(tr(label), kind.value)
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(tr("VD: VN5087"))
        self.origin = QLineEdit()
        self.origin.setPlaceholderText(tr("VD: Brunei"))
        self.entry_point = QLineEdit()
        self.arrival = date_edit()  # takes a date typed whole too, like every date field
        self.detecting_unit = QLineEdit()
        self.detecting_unit.setPlaceholderText(
            tr("Đơn vị phát hiện (với người nhập cảnh trái phép)")
        )
        form.addRow(tr("Loại đợt đến:"), self.kind)
        form.addRow(tr("Số hiệu chuyến bay / mã đợt:"), self.reference)
        form.addRow(tr("Nơi đi:"), self.origin)
        form.addRow(tr("Cửa khẩu, sân bay nhập cảnh:"), self.entry_point)
        form.addRow(tr("Ngày đến:"), self.arrival)
        form.addRow(tr("Đơn vị phát hiện:"), self.detecting_unit)
        layout.addLayout(form)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        return page

    def _build_result(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.result_text = _label(name="resultText")
        layout.addWidget(self.result_text)
        row = QHBoxLayout()
        self.result_errors_button = QPushButton(tr("Lưu các dòng lỗi ra Excel…"))
        self.result_errors_button.clicked.connect(self.save_errors)
        self.another_button = QPushButton(tr("Nhập tệp khác"))
        self.another_button.clicked.connect(self.restart)
        self.allocate_button = QPushButton(tr("Bố trí chỗ ở ngay"))
        self.allocate_button.clicked.connect(self._allocate_now)
        row.addWidget(self.allocate_button)
        row.addWidget(self.result_errors_button)
        row.addWidget(self.another_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- navigation ---------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_title.setText(
            tr(
                "Nhập danh sách – bước {number}/6: {title}",
                number=step + 1,
                title=tr(STEP_TITLES[step]),
            )
        )
        self.back_button.setVisible(step not in (STEP_FILE, STEP_RESULT))
        self.next_button.setVisible(step not in (STEP_FILE, STEP_RESULT))
        self.next_button.setText(
            tr("Nhập vào cơ sở dữ liệu") if step == STEP_BATCH else tr("Tiếp >")
        )
        self.restart_button.setVisible(step != STEP_FILE)
        self.show_message("")

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def restart(self) -> None:
        self.file = self.draft = self.prepared = self.result = None
        self.go(STEP_FILE)

    def back(self) -> None:
        step = self.step - 1
        if step == STEP_DUPLICATES and self.prepared and not self.duplicates_model.rows:
            step -= 1
        self.go(max(step, STEP_FILE))

    def next(self) -> None:
        if self.job is not None:
            return
        if self.step == STEP_COLUMNS:
            self.analyse()
        elif self.step == STEP_PREVIEW:
            assert self.prepared is not None
            if not self.prepared.analysis.valid_rows:
                self.show_message(
                    tr(
                        "Không có dòng hợp lệ nào để nhập. Hãy lưu các dòng lỗi "
                        "và gửi lại cho nơi lập danh sách."
                    )
                )
                return
            self.go(STEP_DUPLICATES if self.duplicates_model.rows else STEP_BATCH)
        elif self.step == STEP_DUPLICATES:
            assert self.prepared is not None
            left = self.prepared.undecided(self.duplicates_model.rows)
            if left:
                self.show_message(tr(
                    "Còn {n} dòng chưa quyết định (tô vàng, tên hoặc ngày sinh khác người đã "
                    "có): xem hai bản ghi bên dưới rồi chọn ở cột «Quyết định».", n=len(left)))
                first = self.duplicates_model.rows.index(left[0])
                self.duplicates.selectRow(first)
                return
            self.go(STEP_BATCH)
        elif self.step == STEP_BATCH:
            self.commit()

    def refresh(self) -> None:
        """Nothing on this page mirrors stored data until a file is chosen."""

    # -- background jobs ------------------------------------------------------------

    def _run(self, fn: Any, on_done: Any, label: str) -> None:
        self.show_message("")
        self.progress.setFormat(f"{label} %p%")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        for w in (self.next_button, self.back_button, self.choose_button, self.restart_button):
            w.setEnabled(False)
        self.jobs.start(JOB, fn, succeeded=on_done, failed=self.show_message,
                        cancelled=lambda: self.show_message(tr("Đã hủy; không có gì được ghi.")),
                        progressed=self._progress, finished=self._job_finished)

    @property
    def job(self) -> Job | None:
        """The file being read, checked or committed in the background, if any."""
        return self.jobs.job(JOB)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _job_finished(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        for w in (self.next_button, self.back_button, self.choose_button, self.restart_button):
            w.setEnabled(True)

    def cancel_job(self) -> None:
        self.jobs.cancel(JOB)

    def wait_for_job(self, timeout_ms: int = 60_000) -> None:
        """For tests and shutdown: block until the current job has finished."""
        self.jobs.wait(JOB, timeout_ms)

    # -- step 1: the file -------------------------------------------------------------

    def choose_file(self) -> None:
        path = ask_open_path(self, tr("Chọn tệp danh sách"), tr(FILE_FILTER))
        if path:
            self.open_file(path)

    def open_file(self, path: str) -> None:
        if Path(path).suffix.lower() not in SUFFIXES and not Path(path).exists():
            self.show_message(tr("Không tìm thấy tệp {path}.", path=path))
            return
        self._run(
            lambda progress, cancelled: self.services.imports.read(path),
            self._file_read,
            tr("Đang đọc tệp"),
        )

    def _file_read(self, file: FileData) -> None:
        self.file = file
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in file.sheets:
            self.sheet_combo.addItem(sheet.name)
        self.sheet_combo.blockSignals(False)
        self._show_draft(self.services.imports.draft(file))
        self.go(STEP_COLUMNS)
        self._explain_draft()

    # -- step 2: the columns --------------------------------------------------------

    def _show_draft(self, draft: ImportDraft) -> None:
        """Show where the list is and what each column holds, as the draft says."""
        self.draft = draft
        for widget in (self.sheet_combo, self.header_spin):
            widget.blockSignals(True)
        self.sheet_combo.setCurrentIndex(draft.sheet_index)
        self.header_spin.setRange(1, max(1, len(draft.file.sheets[draft.sheet_index].rows)))
        self.header_spin.setValue(draft.header_row_index + 1)
        for widget in (self.sheet_combo, self.header_spin):
            widget.blockSignals(False)
        self._fill_columns(draft)

    def _explain_draft(self) -> None:
        draft = self.draft
        if draft is None:
            return
        if not draft.found:
            self.memory_note.setText(
                tr(
                    "Chọn dòng tiêu đề, rồi chọn ở cột «Dùng làm» cột nào là họ tên (và các "
                    "cột khác nếu có)."
                )
            )
            self.show_message(draft.not_found_message())
            return
        self.memory_note.setText(
            tr("Dùng cách ghép cột đã xác nhận trước đây cho tệp có cùng tiêu đề.")
            if draft.mapping_from_memory
            else tr("Kiểm tra cột «Dùng làm»; cột không nhận ra được giữ làm thông tin thêm.")
        )
        self.show_message("")

    def _sheet_changed(self) -> None:
        if self.draft is None:
            return
        draft = self.draft.with_sheet(self.sheet_combo.currentIndex())
        self._show_draft(self.services.imports.remembered(draft))
        self._explain_draft()

    def reload_columns(self) -> None:
        """Read the chosen header row again: each column's field from its text (or as
        confirmed before for the same headers)."""
        if self.draft is None:
            return
        try:
            draft = self.draft.with_header_row(self.header_spin.value() - 1)
        except ServiceError as exc:
            self.show_message(str(exc))
            return
        self._show_draft(self.services.imports.remembered(draft))
        self._explain_draft()

    def _fill_columns(self, draft: ImportDraft) -> None:
        table = self.columns_table
        table.setRowCount(0)
        header = draft.raw_headers
        samples = draft.samples()
        table.setRowCount(len(draft.mapping))
        for col, f in enumerate(draft.mapping):
            table.setItem(col, 0, QTableWidgetItem(column_letter(col)))
            table.setItem(col, 1, QTableWidgetItem(header[col]))
            example = " | ".join(
                cell_text(r[col]) for r in samples if col < len(r) and cell_text(r[col])
            )
            table.setItem(col, 2, QTableWidgetItem(example))
            combo = QComboBox()
            for option, label in FIELD_LABELS.items():
                combo.addItem(tr(label), option.value)
            combo.setCurrentIndex(combo.findData(f.value))
            table.setCellWidget(col, 3, combo)
        for r in range(table.rowCount()):
            for c in range(3):
                item = table.item(r, c)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def current_mapping(self) -> list[Field]:
        mapping = []
        for r in range(self.columns_table.rowCount()):
            combo = self.columns_table.cellWidget(r, 3)
            assert isinstance(combo, QComboBox)
            mapping.append(Field(combo.currentData()))
        return mapping

    def set_field(self, column: int, field: Field) -> None:
        combo = self.columns_table.cellWidget(column, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field.value))

    def analyse(self) -> None:
        assert self.draft is not None
        # the columns as the operator set them: the header row is the one shown
        draft = self.draft.with_columns(dict(enumerate(self.current_mapping())))
        today = self.today

        def work(progress: Any, cancelled: Any) -> tuple[Prepared, dict[str, int], list]:
            prepared = self.services.imports.prepare(
                draft, today=today, progress=progress, cancelled=cancelled
            )
            self.services.imports.remember_mapping(prepared.analysis)
            # what walks every row, or waits for the disk, is done here, not on the GUI thread
            return prepared, analysis_summary(prepared), duplicate_rows(prepared)

        self._run(work, lambda done: self._analysed(*done), tr("Đang kiểm tra"))

    def _analysed(self, prepared: Prepared, s: dict[str, int], duplicates: list) -> None:
        self.prepared = prepared
        self.preview_filter.setCurrentIndex(0)  # every row, straight from the model
        self.preview_model.set_rows(prepared.analysis.rows, prepared.analysis.hints.arrival_date,
                                    prepared)
        self.duplicates_model.set_prepared(prepared, duplicates)
        self._summarise(s)
        self.correction_note.hide()
        details = default_batch_details(prepared.analysis, self.today or date.today())
        self._fill_batch(details, prepared.analysis.hints.title)
        self.go(STEP_PREVIEW)

    def _summarise(self, s: dict[str, int]) -> None:
        prepared = self.prepared
        assert prepared is not None
        text = tr(
            "Đọc {rows} dòng từ trang «{sheet_name}»: {valid} dòng hợp lệ, {errors} "
            "dòng lỗi (tô đỏ, sẽ không nhập; bấm đúp vào ô để sửa), {warnings} dòng có "
            "cảnh báo (tô vàng), {duplicates} dòng có thể trùng.",
            rows=s["rows"],
            sheet_name=prepared.analysis.sheet_name,
            valid=s["valid"],
            errors=s["errors"],
            warnings=s["warnings"],
            duplicates=s["duplicates"],
        )
        if prepared.previous_batch is not None:
            batch_id, when = prepared.previous_batch
            text += tr(
                "\nTệp này đã được nhập vào đợt số {batch_id} (ngày đến "
                "{when:%d/%m/%Y}); nhập lại sẽ không thêm ai.",
                batch_id=batch_id,
                when=when,
            )
        if prepared.belongs_to is not None:
            batch_id, n = prepared.belongs_to
            text += tr(
                "\n{n} người trong tệp đã được nhập vào đợt số {batch_id}: tệp này là danh "
                "sách của đợt đó (đã sửa hoặc bổ sung). Những dòng đó sẽ được bỏ qua; người "
                "còn lại được thêm vào đợt số {batch_id}.", n=n, batch_id=batch_id)
        self.summary.setText(text)
        self.errors_button.setEnabled(s["errors"] > 0)

    # -- correcting rows with an error ---------------------------------------------

    def source_index(self, index: Any) -> Any:
        """A preview index in the model's rows (through the filter when one is on)."""
        if index.model() is self.preview_proxy:
            return self.preview_proxy.mapToSource(index)
        return index

    def check_correction(self, index: Any, text: str, editor: QLineEdit | None = None) -> bool:
        """Say, while the operator types, whether the row would import: True when it would."""
        row = self.preview_model.try_correction(index, text)
        if row.errors:
            note = tr("Dòng {row}: vẫn còn lỗi – {errors}", row=row.row_number,
                      errors="; ".join(i.message for i in row.errors))
        else:
            note = tr("Dòng {row}: hợp lệ, sẽ được nhập khi bạn bấm Enter.",
                      row=row.row_number)
        self.correction_note.setText(note)
        self.correction_note.setStyleSheet(ERROR_STYLE if row.errors else OK_STYLE)
        self.correction_note.show()
        if editor is not None:
            editor.setStyleSheet("border: 2px solid #c0392b;" if row.errors
                                 else "border: 2px solid #2e7d32;")
            editor.setToolTip(note)
        return not row.errors

    def _row_corrected(self, top_left: Any, bottom_right: Any) -> None:
        """A row was corrected: the counts, the duplicates and the filter again."""
        if self.prepared is None or top_left.column() != 0:
            return  # a household renumbering, not a correction
        self._summarise(analysis_summary(self.prepared))
        self.duplicates_model.set_prepared(self.prepared)
        row = self.preview_model.rows[top_left.row()]
        self.correction_note.setText(
            tr("Dòng {row} đã sửa: sẽ được nhập.", row=row.row_number) if row.valid
            else tr("Dòng {row}: vẫn còn lỗi – {errors}", row=row.row_number,
                    errors="; ".join(i.message for i in row.errors)))
        self.correction_note.setStyleSheet(OK_STYLE if row.valid else ERROR_STYLE)
        self.correction_note.show()
        if self.preview.model() is self.preview_proxy:
            self.preview_proxy.invalidate()

    def _preview_widths(self) -> None:
        set_column_widths(self.preview, [50, 190, 330, 65, 85, 150, 100, 260])

    def selected_rows(self) -> list[Any]:
        """The preview's chosen rows, in file order (through the filter when one is on)."""
        model = self.preview.model()
        numbers = sorted({i.row() for i in self.preview.selectionModel().selectedIndexes()})
        if model is self.preview_proxy:
            numbers = sorted(self.preview_proxy.mapToSource(self.preview_proxy.index(n, 0)).row()
                             for n in numbers)
        return [self.preview_model.rows[n] for n in numbers]

    def _change_households(self, change: Callable[[list[Any]], None]) -> None:
        rows = self.selected_rows()
        if rows:
            change(rows)
            self.preview_model.households_changed()

    def _filter_preview(self) -> None:
        mode = self.preview_filter.currentData()
        self.preview_proxy.mode = mode
        if mode == "all":
            self.preview.setModel(self.preview_model)
            self.preview_proxy.setSourceModel(None)
            self._preview_widths()
            return
        if self.preview_proxy.sourceModel() is None:
            self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_proxy.invalidate()
        if self.preview.model() is not self.preview_proxy:
            self.preview.setModel(self.preview_proxy)
            self._preview_widths()

    def save_errors(self) -> None:
        if self.prepared is None:
            return
        path = ask_save_path(self, tr("Lưu các dòng lỗi"), "cac-dong-loi.xlsx", ".xlsx")
        if path is None:
            return
        try:
            count = self.services.imports.write_errors(self.prepared.analysis, path,
                                                       force=True)
        except ServiceError as exc:
            self.show_message(str(exc))
            return
        self.show_message("")
        self.window().statusBar().showMessage(
            tr("Đã lưu {count} dòng lỗi vào {path}", count=count, path=path), 8000
        )

    def _allocate_now(self) -> None:
        if self.result is not None and self.result.batch_id is not None:
            self.allocate_requested.emit(self.result.batch_id)

    # -- step 5: the batch ------------------------------------------------------------

    def _fill_batch(self, details: BatchDetails, title: str) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(details.kind), 0))
        self.reference.setText(details.reference or "")
        self.origin.setText(details.origin or "")
        self.entry_point.setText(details.entry_point or "")
        when = details.arrival_date or date.today()
        self.arrival.setDate(QDate(when.year, when.month, when.day))
        self.detecting_unit.setText(details.detecting_unit or "")
        self.title_note.setText(
            tr("Tiêu đề trong tệp: «{title}»", title=title)
            if title
            else tr("Tệp không có dòng tiêu đề mô tả đợt đến; hãy điền bên dưới.")
        )
        self.announced.blockSignals(True)
        self.announced.clear()
        self.announced.addItem(tr("Không – một đợt đến mới"), None)
        belongs = self.prepared.belongs_to if self.prepared is not None else None
        for b in self.services.batches.list():
            ref = f" {b.reference}" if b.reference else ""
            when = f"{b.arrival_date:%d/%m/%Y}"
            if belongs is not None and b.id == belongs[0]:
                # the batch this file is the list of: offered first, and chosen
                self.announced.insertItem(1, tr(
                    "Số {id}:{ref} ngày {value} – đợt của tệp này, đã có {n} người trong tệp",
                    id=b.id, ref=ref, value=when, n=belongs[1]), b.id)
                self.announced.setCurrentIndex(1)
            elif b.expected is not None:
                self.announced.addItem(
                    tr("Số {id}:{ref} ngày {value}, dự kiến {expected} người", id=b.id, ref=ref,
                       value=when, expected=b.expected), b.id)
        self.announced.blockSignals(False)
        self._announced_changed()

    def _announced_changed(self) -> None:
        new = self.announced.currentData() is None
        for w in (self.kind, self.reference, self.origin, self.entry_point, self.arrival):
            w.setEnabled(new)
        self._kind_changed()

    def _kind_changed(self) -> None:
        self.detecting_unit.setEnabled(self.kind.currentData() == BatchKind.ILLEGAL_ENTRY.value
                                       and self.announced.currentData() is None)

    def batch_details(self) -> BatchDetails:
        return BatchDetails(
            kind=self.kind.currentData(),
            reference=self.reference.text().strip() or None,
            origin=self.origin.text().strip() or None,
            entry_point=self.entry_point.text().strip() or None,
            arrival_date=date_of(self.arrival),
            detecting_unit=(self.detecting_unit.text().strip() or None)
            if self.detecting_unit.isEnabled()
            else None,
        )

    def commit(self) -> None:
        assert self.prepared is not None
        prepared, details = self.prepared, self.batch_details()
        into = self.announced.currentData()
        if details.arrival_date and details.arrival_date > (self.today or date.today()):
            self.show_message(tr("Ngày đến không thể ở tương lai."))
            return

        def work(progress: Any, cancelled: Any) -> ImportResult:
            return self.services.imports.commit(
                prepared, details, progress=progress, cancelled=cancelled, into_batch=into
            )

        self._run(work, self._committed, tr("Đang ghi"))

    def _committed(self, result: ImportResult) -> None:
        self.result = result
        lines = []
        if result.already_imported:
            lines.append(
                tr(
                    "Tệp này đã được nhập vào đợt số {batch_id}; không thêm ai.",
                    batch_id=result.batch_id,
                )
            )
        else:
            lines.append(
                tr(
                    "Đã nhập {imported} người vào đợt số {batch_id}.",
                    imported=result.imported,
                    batch_id=result.batch_id,
                )
            )
        if result.announced_difference():
            lines.append(tr("Đợt đã báo trước: {value}.", value=result.announced_difference()))
        if result.recognised:
            lines.append(tr("{n} dòng đã có trong đợt số {batch_id}: bỏ qua.",
                            n=result.recognised, batch_id=result.batch_id))
        if result.merged:
            lines.append(tr("Gộp {merged} dòng vào người đã có.", merged=result.merged))
        if result.duplicates:
            lines.append(
                tr("Bỏ qua {duplicates} dòng trùng số giấy tờ.", duplicates=result.duplicates)
            )
        if result.skipped:
            lines.append(
                tr("Bỏ qua {skipped} dòng theo quyết định của bạn.", skipped=result.skipped)
            )
        error_rows = len({i.row for i in result.errors})
        if error_rows:
            lines.append(
                tr(
                    "{error_rows} dòng lỗi không được nhập; hãy lưu chúng ra Excel "
                    "để gửi lại cho nơi lập danh sách.",
                    error_rows=error_rows,
                )
            )
        self.result_text.setText("\n".join(lines))
        self.result_errors_button.setVisible(error_rows > 0)
        self.allocate_button.setVisible(result.imported > 0 and result.batch_id is not None)
        self.go(STEP_RESULT)


class _IssueFilter(QSortFilterProxyModel):
    mode = "all"

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PreviewModel)
        row = model.rows[source_row]
        if self.mode == "errors":
            return bool(row.errors)
        if self.mode == "warnings":
            return bool(row.warnings) and not row.errors
        return True
