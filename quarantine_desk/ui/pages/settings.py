"""Cài đặt (administrators): who signs the papers, how the desk behaves, the quarantine policy."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.domain.enums import FACILITY_KIND_LABELS, POLICY_GROUP_LABELS
from quarantine_desk.domain.money import figures
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Capability
from quarantine_desk.services.changes import Topic
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.settings import ISSUER_LABELS, OPTIONS
from quarantine_desk.ui.dialogs.base import ERROR_STYLE, FieldMessages, date_edit, date_of
from quarantine_desk.ui.widgets.language_box import LanguageBox

GROUP_LABELS = {group.value: label for group, label in POLICY_GROUP_LABELS.items()}


class _Section(QGroupBox):
    """A form whose fields can each show a refusal right under them."""

    def __init__(self, title: str) -> None:
        super().__init__(title)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.messages = FieldMessages(self.form)
        self.status = QLabel()
        self.status.setWordWrap(True)

    @property
    def errors(self) -> dict[str, QLabel]:
        """The message under each field, by field name."""
        return {name: message for name, (_, message) in self.messages.fields.items()}

    def add(self, name: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, widget)
        self.messages.add(name, widget)

    def finish(self, button: QPushButton) -> None:
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(button)
        self.form.addRow(row)

    def clear(self) -> None:
        self.status.clear()
        self.status.setStyleSheet("")
        self.messages.clear()

    def refused(self, exc: ServiceError) -> None:
        if not self.messages.show(exc):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(str(exc))

    def done(self, text: str) -> None:
        self.status.setText(text)


class SettingsPage(QWidget):
    title = QT_TR_NOOP("Cài đặt")
    watches = frozenset({Topic.SETTINGS, Topic.FACILITIES})

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        layout = QHBoxLayout(self)

        self.issuer = _Section(tr("Cơ quan ban hành và người ký (in trên giấy tờ)"))
        self.issuer_edits: dict[str, QLineEdit] = {}
        for name, label in ISSUER_LABELS.items():
            edit = QLineEdit()
            edit.setMaxLength(500)
            self.issuer_edits[name] = edit
            self.issuer.add(name, tr(label) + ":", edit)
        # labels above the fields: long names of offices need the whole width
        self.issuer.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.save_issuer = QPushButton(tr("Lưu thông tin ban hành"))
        self.save_issuer.clicked.connect(self.store_issuer)
        self.issuer.finish(self.save_issuer)
        layout.addWidget(self.issuer, 1)

        right = QVBoxLayout()
        self.options = _Section(tr("Vận hành"))
        self.option_edits: dict[str, QSpinBox] = {}
        for name, option in OPTIONS.items():
            spin = QSpinBox()
            spin.setRange(option.low, option.high)
            self.option_edits[name] = spin
            self.options.add(name, tr(option.label) + ":", spin)
        self.language = LanguageBox()
        self.options.form.addRow(tr("Ngôn ngữ giao diện (máy này):"), self.language)
        self.save_options = QPushButton(tr("Lưu"))
        self.save_options.clicked.connect(self.store_options)
        self.options.finish(self.save_options)
        right.addWidget(self.options)

        self.policy = _Section(tr("Quy định thời gian cách ly (theo ngày vào)"))
        self.rules = QTableWidget(0, 5)
        self.rules.setHorizontalHeaderLabels(
            [tr("Từ ngày"), tr("Nhóm"), tr("Số ngày"), tr("Ngày xét nghiệm"), tr("Ghi chú")]
        )
        self.rules.verticalHeader().setVisible(False)
        self.rules.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rules.horizontalHeader().setStretchLastSection(True)
        self.rules.setMinimumHeight(170)
        self.rules.setWordWrap(False)
        self.policy.form.addRow(self.rules)
        self.valid_from = date_edit()
        self.group = QComboBox()
        for key, label in GROUP_LABELS.items():
            self.group.addItem(tr(label), key)
        self.days = QSpinBox()
        self.days.setRange(1, 90)
        self.days.setValue(14)
        self.test_days = QLineEdit()
        self.test_days.setPlaceholderText(tr("VD: 1, 7, 14"))
        self.home_days = QSpinBox()
        self.home_days.setRange(0, 90)
        self.contact_days = QSpinBox()
        self.contact_days.setRange(0, 90)
        self.contact_days.setSpecialValueText(tr("như số ngày cách ly"))
        self.contact_days.setToolTip(
            tr("Người tiếp xúc gần ca dương tính cách ly lại từ ngày tiếp xúc cuối cùng")
        )
        self.note = QLineEdit()
        self.note.setMaxLength(300)
        for name, label, widget in (
            ("valid_from", tr("Áp dụng từ ngày:"), self.valid_from),
            ("group", tr("Nhóm:"), self.group),
            ("days", tr("Số ngày cách ly:"), self.days),
            ("test_days", tr("Xét nghiệm vào ngày thứ:"), self.test_days),
            ("home_monitoring_days", tr("Theo dõi tại nhà (ngày):"), self.home_days),
            ("contact_days", tr("Người tiếp xúc gần (ngày):"), self.contact_days),
            ("note", tr("Căn cứ, ghi chú:"), self.note),
        ):
            self.policy.add(name, label, widget)
        self.add_rule_button = QPushButton(tr("Thêm quy định"))
        self.add_rule_button.clicked.connect(self.add_rule)
        self.policy.finish(self.add_rule_button)
        right.addWidget(self.policy, 1)

        # issue 29: what a person-day of meals costs, by kind of site and date
        self.fees = _Section(tr("Mức thu tiền ăn (Nghị quyết 16/NQ-CP)"))
        self.rates = QTableWidget(0, 5)
        self.rates.setHorizontalHeaderLabels([tr("Loại cơ sở"), tr("Từ ngày"),
                                              tr("Người cách ly trả"), tr("Nhà nước chi"),
                                              tr("Căn cứ")])
        self.rates.verticalHeader().setVisible(False)
        self.rates.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rates.horizontalHeader().setStretchLastSection(True)
        self.rates.setMinimumHeight(110)
        self.rates.setWordWrap(False)
        self.fees.form.addRow(self.rates)
        self.rate_button = QPushButton(tr("Đặt mức thu…"))
        self.rate_button.clicked.connect(self.set_rate)
        self.fees.finish(self.rate_button)
        right.addWidget(self.fees)
        layout.addLayout(right, 1)
        # the data is loaded when the page is first shown (MainWindow.stale)

    def refresh(self) -> None:
        if not self.services.access.may(Capability.SETTINGS):
            return
        for name, value in asdict(self.services.settings.issuer()).items():
            self.issuer_edits[name].setText(value)
        for name, spin in self.option_edits.items():
            spin.setValue(self.services.settings.option(name))
        rules = self.services.settings.policy_rules()
        self.rules.setRowCount(len(rules))
        for r, rule in enumerate(rules):
            for c, text in enumerate(
                (
                    f"{rule.valid_from:%d/%m/%Y}",
                    tr(GROUP_LABELS.get(rule.group, rule.group)),
                    str(rule.days),
                    ", ".join(map(str, rule.test_days)),
                    tr(rule.note),  # the default rules are in the catalog
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rules.setItem(r, c, item)
        self.rules.resizeColumnsToContents()
        self.rules.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        kinds = {k.value: tr(label) for k, label in FACILITY_KIND_LABELS.items()}
        rates = self.services.fees.rates()
        self.rates.setRowCount(len(rates))
        for r, (kind, valid_from, person_rate, state_rate, basis) in enumerate(rates):
            for c, text in enumerate((kinds.get(kind, tr("Mọi loại cơ sở")),
                                      f"{valid_from:%d/%m/%Y}", figures(person_rate),
                                      figures(state_rate), tr(basis) if basis else "")):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.rates.setItem(r, c, item)
        self.rates.resizeColumnsToContents()
        self.rates.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def store_issuer(self) -> None:
        self.issuer.clear()
        try:
            self.services.settings.set_issuer({n: e.text() for n, e in self.issuer_edits.items()})
        except ServiceError as exc:
            self.issuer.refused(exc)
            return
        self.refresh()
        self.issuer.done(tr("Đã lưu; giấy tờ in từ nay dùng thông tin mới."))

    def store_options(self) -> None:
        self.options.clear()
        try:
            for name, spin in self.option_edits.items():
                self.services.settings.set_option(name, spin.value())
        except ServiceError as exc:
            self.options.refused(exc)
            return
        self.options.done(tr("Đã lưu; thời gian tự khóa áp dụng từ lần đăng nhập sau."))

    def add_rule(self) -> None:
        self.policy.clear()
        try:
            self.services.settings.add_policy_rule(
                valid_from=date_of(self.valid_from),
                group=self.group.currentData(),
                days=self.days.value(),
                test_days=self.test_days.text(),
                home_monitoring_days=self.home_days.value(),
                contact_days=self.contact_days.value() or None,
                note=self.note.text(),
            )
        except ServiceError as exc:
            self.policy.refused(exc)
            return
        self.refresh()
        self.policy.done(tr("Đã thêm; người vào cách ly từ ngày đó theo quy định mới."))

    def set_rate(self) -> None:
        from quarantine_desk.ui.pages.fees import RateDialog

        self.fees.clear()
        if RateDialog(self.services, self).exec():
            self.refresh()
            self.fees.done(tr("Đã đặt mức thu; hóa đơn tính lại theo mức mới."))
