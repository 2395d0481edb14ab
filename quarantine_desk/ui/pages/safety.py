"""An toàn dữ liệu (administrators): back up now, restore a checked backup, check the audit
trail, encrypt the database and delete the plain copy encryption keeps — in the window, as
the command line has them (`backup`, `restore`, `audit verify`, `encrypt`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.backup import (
    AUTO_FOLDER,
    BackupFile,
    describe_backups,
    plain_copies,
    recovery_key,
)
from quarantine_desk.services.changes import Topic
from quarantine_desk.ui.actions import confirm, id_item
from quarantine_desk.ui.dialogs.base import ERROR_STYLE
from quarantine_desk.ui.files import ask_save_path
from quarantine_desk.ui.tables import set_column_widths
from quarantine_desk.ui.workers import Jobs

JOB = "safety"  # the runner's name for this page's work (the daily backup is "backup")
HEADERS = [QT_TR_NOOP("Thời điểm sao lưu"), QT_TR_NOOP("Dung lượng"), QT_TR_NOOP("Số người")]


def _size(size: int) -> str:
    return tr("{value} MB", value=f"{size / 1e6:.1f}".replace(".", ","))


def _when(found: BackupFile) -> str:
    return f"{found.made_at:%d/%m/%Y %H:%M:%S}" if found.made_at else found.path.name


def _section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SafetyPage(QWidget):
    title = QT_TR_NOOP("An toàn dữ liệu")
    watches = frozenset({Topic.AUDIT})
    # the database was replaced or encrypted and is closed: the program opens it again
    restart_requested = Signal()
    # True before the file is replaced: the window reads nothing meanwhile (a read would open
    # a connection the swap waits for); False when it was not, after all
    holding = Signal(bool)

    def __init__(self, services: Services, jobs: Jobs | None = None) -> None:
        super().__init__()
        self.services = services
        self.jobs = jobs or Jobs(self)
        self.backups: list[BackupFile] = []
        self.held = False  # the window holds off reading while the file is replaced
        db = services.db
        self.live: Path | None = db.path if db.is_sqlite else None
        layout = QVBoxLayout(self)
        heading = QLabel(tr("An toàn dữ liệu"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        if self.live is None:
            layout.addWidget(_wrapped(tr(
                "Cơ sở dữ liệu là máy chủ PostgreSQL: sao lưu, khôi phục và mã hóa do máy chủ "
                "đảm nhận (pg_dump, pg_restore, mã hóa ổ đĩa). Ở đây kiểm tra được nhật ký.")))

        layout.addWidget(_section(tr("Sao lưu")))
        self.last_backup = _wrapped()
        layout.addWidget(self.last_backup)
        self.backup_button = QPushButton(tr("Sao lưu ngay"))
        self.backup_button.clicked.connect(self.backup_now)
        layout.addLayout(_row(self.backup_button))

        layout.addWidget(_section(tr("Khôi phục từ bản sao lưu tự động")))
        layout.addWidget(_wrapped(tr(
            "Chọn một bản; chương trình kiểm tra tệp và nhật ký thao tác của nó trước khi thay "
            "thế. Cơ sở dữ liệu hiện tại được giữ lại bên cạnh (…replaced-…), rồi chương trình "
            "mở lại và mọi người đăng nhập lại.")))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(150)
        set_column_widths(self.table, [200, 110])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.restore_button = QPushButton(tr("Khôi phục bản đã chọn…"))
        self.restore_button.clicked.connect(self.restore)
        layout.addLayout(_row(self.restore_button))

        layout.addWidget(_section(tr("Nhật ký thao tác")))
        layout.addWidget(_wrapped(tr(
            "Đọc lại toàn bộ chuỗi nhật ký và đối chiếu dữ liệu người, lượt cách ly, xét "
            "nghiệm, tài khoản với lần ghi cuối trong nhật ký: một sửa đổi ngoài chương "
            "trình được chỉ ra.")))
        self.verify_button = QPushButton(tr("Kiểm tra nhật ký"))
        self.verify_button.clicked.connect(self.verify)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addLayout(_row(self.verify_button, self.progress))
        self.trail = _wrapped()
        layout.addWidget(self.trail)

        layout.addWidget(_section(tr("Mã hóa")))
        self.encryption = _wrapped()
        layout.addWidget(self.encryption)
        self.encrypt_button = QPushButton(tr("Mã hóa cơ sở dữ liệu…"))
        self.encrypt_button.clicked.connect(self.encrypt)
        self.delete_plain_button = QPushButton(tr("Xóa bản chưa mã hóa…"))
        self.delete_plain_button.clicked.connect(self.delete_plain)
        layout.addLayout(_row(self.encrypt_button, self.delete_plain_button))

        self.message = _wrapped()
        layout.addWidget(self.message)
        self.error = _wrapped()
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        # the data is loaded when the page is first shown (MainWindow.stale)

    # -- what is shown ------------------------------------------------------------------

    def refresh(self) -> None:
        if self.live is not None:
            self.backups = describe_backups(self.live, self.services.db.key)
            folder = self.live.parent / AUTO_FOLDER
            keep = self.services.settings.option("backup_keep")
            if self.backups:
                newest = self.backups[0]
                self.last_backup.setText(tr(
                    "Bản sao lưu gần nhất: {when} ({size}). Chương trình tự sao lưu khi mở và "
                    "mỗi 24 giờ vào {folder}, giữ {keep} bản mới nhất.", when=_when(newest),
                    size=_size(newest.size), folder=folder, keep=keep))
            else:
                self.last_backup.setText(tr("Chưa có bản sao lưu tự động nào trong {folder}.",
                                            folder=folder))
            self.table.setRowCount(len(self.backups))
            for r, found in enumerate(self.backups):
                self.table.setItem(r, 0, id_item(_when(found), r))
                self.table.setItem(r, 1, id_item(_size(found.size), r))
                people = (f"{found.people:,}".replace(",", ".") if found.people is not None
                          else tr("không đọc được"))
                self.table.setItem(r, 2, id_item(people, r))
            plain = plain_copies(self.live)
            if self.services.db.key is None:
                self.encryption.setText(tr(
                    "Cơ sở dữ liệu chưa được mã hóa: ai có tệp {name} là đọc được mọi người "
                    "trong đó. Mã hóa tạo một khóa khôi phục ngẫu nhiên, chỉ hiện một lần để in "
                    "và cất giữ; máy này giữ khóa để mở như thường.", name=self.live.name))
            elif plain:
                self.encryption.setText(tr(
                    "Cơ sở dữ liệu đã được mã hóa, nhưng bản chưa mã hóa vẫn còn trên đĩa: "
                    "{files}. Hãy xóa sau khi đã in khóa khôi phục.",
                    files=", ".join(str(p) for p in plain)))
            else:
                self.encryption.setText(tr("Cơ sở dữ liệu đã được mã hóa; không còn bản chưa "
                                           "mã hóa bên cạnh."))
        self._enable()

    def _enable(self) -> None:
        idle = self.jobs.job(JOB) is None
        sqlite = self.live is not None
        for button in (self.backup_button, self.restore_button, self.encrypt_button,
                       self.delete_plain_button):
            button.setVisible(sqlite)
        self.table.setVisible(sqlite)
        self.backup_button.setEnabled(idle)
        self.restore_button.setEnabled(idle and bool(self.table.selectionModel().selectedRows()))
        self.verify_button.setEnabled(idle)
        encrypted = self.services.db.key is not None
        self.encrypt_button.setEnabled(idle and not encrypted)
        self.delete_plain_button.setEnabled(
            idle and encrypted and sqlite and bool(plain_copies(self.live or Path())))

    def _said(self, text: str = "", error: str = "") -> None:
        self.message.setText(text)
        self.error.setText(error)

    def _failed(self, message: str) -> None:
        self._said(error=message)
        self.progress.hide()
        if self.held:
            self.held = False
            self.holding.emit(False)

    def _run(self, work, succeeded, *, replaces: bool = False) -> None:  # noqa: ANN001
        """Run work (a JobFunction) in the background, then succeeded(result); `replaces`:
        it replaces the database file."""
        self._said(tr("Đang làm…"))
        self.held = replaces
        if replaces:
            self.holding.emit(True)
        self.jobs.start(JOB, work, succeeded=succeeded, failed=self._failed,
                        progressed=self._progressed, finished=self._enable)
        self._enable()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    # -- the actions ---------------------------------------------------------------------

    def backup_now(self) -> None:
        assert self.live is not None
        folder = self.live.parent / AUTO_FOLDER
        keep = self.services.settings.option("backup_keep")

        def work(progress: object, cancelled: object) -> Path:
            return self.services.backups.auto_backup(folder, keep)

        def done(made: Path) -> None:
            self.refresh()
            self._said(tr("Đã sao lưu vào {path}.", path=made))

        self._run(work, done)

    def chosen(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def restore(self) -> None:
        found = self.chosen()
        if found is None:
            return
        now = self.services.people.count()
        then = (tr("{n} người", n=found.people) if found.people is not None
                else tr("số người không đọc được"))
        if not confirm(self, tr("Khôi phục"), tr(
                "Thay cơ sở dữ liệu hiện tại ({now} người) bằng bản sao lưu lúc {when} "
                "({then})? Mọi thay đổi sau thời điểm đó sẽ không còn trong cơ sở dữ liệu "
                "(bản hiện tại được giữ lại bên cạnh). Các bàn khác đang mở phải đăng nhập "
                "lại.", now=now, when=_when(found), then=then), [],
                tr("Khôi phục"), tr("Không khôi phục")):
            return

        def work(progress: object, cancelled: object) -> Path:
            return self.services.backups.restore(found.path)

        def done(kept: Path) -> None:
            self._said(tr("Đã khôi phục bản lúc {when}; cơ sở dữ liệu cũ được giữ tại {kept}. "
                          "Chương trình mở lại.", when=_when(found), kept=kept))
            self.restart_requested.emit()

        self._run(work, done, replaces=True)

    def verify(self) -> None:
        self.progress.setRange(0, 0)  # busy until the first figures
        self.progress.show()

        def work(progress, cancelled):  # noqa: ANN001, ANN202 - the runner's signature
            return self.services.audit.verify(progress)

        def done(trail) -> None:  # noqa: ANN001 - a TrailCheck
            self.progress.hide()
            if trail.intact:
                self.trail.setText(tr("Nhật ký nguyên vẹn: {n} mục, kiểm tra lúc {at:%H:%M} "
                                      "ngày {at:%d/%m/%Y}.", n=f"{trail.entries:,}"
                                      .replace(",", "."), at=datetime.now()))
                self.trail.setStyleSheet("")
            else:
                shown = "\n".join(f"• {p}" for p in trail.problems[:10])
                more = (tr("\n… và {n} chỗ khác.", n=len(trail.problems) - 10)
                        if len(trail.problems) > 10 else "")
                self.trail.setText(tr("Nhật ký đã bị sửa ngoài chương trình ({n} chỗ); chỗ "
                                      "đầu tiên:\n{problems}{more}", n=len(trail.problems),
                                      problems=shown, more=more))
                self.trail.setStyleSheet(ERROR_STYLE)
            self._said()

        self._run(work, done)

    def encrypt(self) -> None:
        assert self.live is not None
        if not confirm(self, tr("Mã hóa cơ sở dữ liệu"), tr(
                "Mã hóa {name}? Chương trình tạo một khóa khôi phục, hiện một lần duy nhất: "
                "hãy in biên bản bàn giao khóa và cất giữ. Máy này giữ khóa để mở như thường; "
                "máy khác (hoặc máy này cài lại) cần khóa đó. Bản chưa mã hóa được giữ bên "
                "cạnh cho đến khi xóa. Các bàn khác đang mở phải đóng chương trình trước; sau "
                "khi mã hóa, chương trình mở lại.", name=self.live.name), [],
                tr("Mã hóa"), tr("Không mã hóa")):
            return

        paper = self.services.backups.key_paper()  # read while the file opens as it is

        def work(progress: object, cancelled: object) -> tuple[bytes, Path]:
            return self.services.backups.encrypt()

        def done(result: tuple[bytes, Path]) -> None:
            key, kept = result
            RecoveryKeyDialog(recovery_key(key), kept, paper, self).exec()
            self.restart_requested.emit()

        self._run(work, done, replaces=True)

    def delete_plain(self) -> None:
        assert self.live is not None
        plain = plain_copies(self.live)
        if not plain or not confirm(self, tr("Xóa bản chưa mã hóa"), tr(
                "Xóa hẳn {files}? Nội dung được ghi đè bằng số 0 rồi xóa; không lấy lại được. "
                "Chỉ xóa sau khi đã in khóa khôi phục và chương trình mở được bản mã hóa.",
                files=", ".join(p.name for p in plain)), [], tr("Xóa"), tr("Không xóa")):
            return

        def work(progress: object, cancelled: object) -> int:
            for path in plain:
                self.services.backups.delete_plain_copy(path)
            return len(plain)

        def done(n: int) -> None:
            self.refresh()
            self._said(tr("Đã xóa {n} bản chưa mã hóa.", n=n))

        self._run(work, done)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown once, with the paper that hands it over."""

    def __init__(self, key: str, kept: Path, paper: Callable[[str, str, Path], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key, self.kept, self.paper = key, kept, paper
        self.saved: str | None = None
        self.setWindowTitle(tr("Khóa khôi phục"))
        layout = QVBoxLayout(self)
        layout.addWidget(_wrapped(tr(
            "Cơ sở dữ liệu đã được mã hóa. Đây là khóa khôi phục; nó chỉ hiện lần này. Hãy lưu "
            "và in biên bản bàn giao khóa, giao cho người giữ, rồi xóa tệp PDF khỏi máy.")))
        self.key_label = QLabel(key)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("font-family: monospace; font-size: 15pt;")
        layout.addWidget(self.key_label)
        layout.addWidget(_wrapped(tr(
            "Bản chưa mã hóa được giữ tại {kept}; xóa nó ở trang «An toàn dữ liệu» sau khi "
            "chương trình mở được bản mã hóa.", kept=kept)))
        self.outcome = _wrapped()
        layout.addWidget(self.outcome)
        buttons = QDialogButtonBox()
        self.print_button = buttons.addButton(tr("Lưu biên bản bàn giao khóa (PDF)…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.save_paper)
        self.done_button = buttons.addButton(tr("Đã ghi lại khóa"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def save_paper(self, path: str | None = None) -> None:
        path = path or ask_save_path(self, tr("Lưu biên bản bàn giao khóa"),
                                     "bien-ban-khoa-khoi-phuc.pdf", ".pdf")
        if not path:
            return
        try:
            self.paper(path, self.key, self.kept)
        except OSError as exc:
            self.outcome.setText(tr("Không ghi được {path}: {exc}", path=path, exc=exc))
            return
        self.saved = path
        self.outcome.setText(tr("Đã lưu {path}; in ra rồi xóa tệp này.", path=path))
