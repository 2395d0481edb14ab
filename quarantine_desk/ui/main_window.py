"""The main window: a navigation list on the left, one page at a time on the right."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from quarantine_desk import __version__
from quarantine_desk.domain.enums import ROLE_LABELS
from quarantine_desk.i18n import save_language, tr, use_language
from quarantine_desk.services import Services
from quarantine_desk.services.access import Access, Capability
from quarantine_desk.services.audit import TrailCheck
from quarantine_desk.services.changes import ALL, Changes
from quarantine_desk.storage.db import describe_target
from quarantine_desk.ui.bus import DataBus
from quarantine_desk.ui.pages.admin import AuditPage, UsersPage
from quarantine_desk.ui.pages.allocation import AllocationPage
from quarantine_desk.ui.pages.daily import DailyPage
from quarantine_desk.ui.pages.dashboard import DashboardPage
from quarantine_desk.ui.pages.facilities import FacilitiesPage
from quarantine_desk.ui.pages.fees import FeesPage
from quarantine_desk.ui.pages.import_page import STEP_FILE, STEP_RESULT, ImportPage
from quarantine_desk.ui.pages.people import PeoplePage
from quarantine_desk.ui.pages.releases import ReleasesPage
from quarantine_desk.ui.pages.reports import ReportsPage
from quarantine_desk.ui.pages.safety import SafetyPage
from quarantine_desk.ui.pages.sampling import SamplingPage
from quarantine_desk.ui.pages.settings import SettingsPage
from quarantine_desk.ui.remembered import recall, remember
from quarantine_desk.ui.session import DailyBackup, IdleLock
from quarantine_desk.ui.widgets.fitting import (
    FRAME_ALLOWANCE,
    fit_combo_boxes,
    fit_on_screen,
    scrolling,
)
from quarantine_desk.ui.widgets.language_box import LanguageBox
from quarantine_desk.ui.workers import Jobs

STYLE = """
#navigation { font-size: 11pt; border: none; background: #f1f3f5; }
#navigation::item { padding: 10px 14px; }
#navigation::item:selected { background: #1f5f3f; color: white; }
#pageTitle { font-size: 15pt; font-weight: bold; padding: 4px 0 8px 0; }
#sectionTitle { font-size: 11pt; font-weight: bold; padding-top: 10px; }
#statCard { background: white; border: 1px solid #d0d5da; border-radius: 6px; }
#statValue { font-size: 20pt; font-weight: bold; color: #1f5f3f; }
"""


_SP = QStyle.StandardPixmap
RESTART = 75  # the exit code that has launcher.run_gui open the database again
NAV_ICONS = {
    "Tổng quan": _SP.SP_ComputerIcon,
    "Người cách ly": _SP.SP_FileDialogDetailedView,
    "Cơ sở cách ly": _SP.SP_DirHomeIcon,
    "Nhập danh sách": _SP.SP_DialogOpenButton,
    "Bố trí chỗ ở": _SP.SP_ArrowRight,
    "Theo dõi hằng ngày": _SP.SP_FileDialogContentsView,
    "Lấy mẫu xét nghiệm": _SP.SP_DriveNetIcon,
    "Suất ăn, chi phí": _SP.SP_DriveHDIcon,
    "Hoàn thành cách ly": _SP.SP_DialogApplyButton,
    "Báo cáo, in ấn": _SP.SP_FileIcon,
    "Nhật ký thay đổi": _SP.SP_FileDialogInfoView,
    "Tài khoản": _SP.SP_DirIcon,
    "An toàn dữ liệu": _SP.SP_DriveFDIcon,
    "Cài đặt": _SP.SP_FileDialogListView,
}


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """The program's icon (read once: the sign-in box and the window both show it)."""
    from quarantine_desk.config import resource_path

    return QIcon(str(resource_path("icons", "quarantine-desk.svg")))


class MainWindow(QMainWindow):
    current: MainWindow | None = None  # the window on screen (a language switch replaces it)
    # what opens the database again once a window closed for it (launcher.run_gui sets it)
    on_reopen: Callable[[], None] | None = None

    def __init__(self, services: Services, today: date | None = None) -> None:
        super().__init__()
        self.services = services
        self.today = today
        self.bus = DataBus(self)
        self.restarting = False  # closed to open the database again (restart)
        self.jobs = Jobs(self)  # the one runner of background work
        self.setWindowTitle(
            f"Quarantine Desk {__version__} – {describe_target(services.db.target)}"
        )
        self.setStyleSheet(STYLE)

        self.dashboard = DashboardPage(services, today)
        self.people = PeoplePage(services, today)
        self.facilities = FacilitiesPage(services)
        self.importer = ImportPage(services, today, self.jobs)
        self.allocation = AllocationPage(services, today, self.jobs)
        self.daily = DailyPage(services, today)
        self.sampling = SamplingPage(services, today)
        self.fees = FeesPage(services, today)
        self.releases = ReleasesPage(services, today)
        self.reports = ReportsPage(services, today, self.jobs)
        self.audit = AuditPage(services, today)
        self.users = UsersPage(services)
        self.safety = SafetyPage(services, self.jobs)
        self.safety.restart_requested.connect(self.restart)
        self.safety.holding.connect(self.hold_database)
        self.settings = SettingsPage(services)
        access = services.access
        every_page = [self.dashboard, self.people, self.facilities, self.importer,
                      self.allocation, self.daily, self.sampling, self.releases, self.fees,
                      self.reports, self.audit,
                      self.users, self.safety, self.settings]
        # each page that changes data, with what it needs (services.access.MAY decides)
        needs = {self.importer: Capability.RECORD, self.allocation: Capability.RECORD,
                 self.daily: Capability.RECORD, self.sampling: Capability.RECORD,
                 self.releases: Capability.RECORD,
                 self.audit: Capability.AUDIT, self.users: Capability.ACCOUNTS,
                 self.safety: Capability.RESTORE,
                 self.settings: Capability.SETTINGS}
        hidden = {page for page, capability in needs.items() if not access.may(capability)}
        self.pages = [p for p in every_page if p not in hidden]
        for page in hidden:  # owned by the window all the same, never shown
            page.setParent(self)
            page.hide()
        self._hide_what_the_role_cannot_do(access)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        for page in self.pages:
            item = QListWidgetItem(self.style().standardIcon(NAV_ICONS[page.title]),
                                   tr(page.title))
            self.nav.addItem(item)
            self.stack.addWidget(scrolling(page))
        self.nav.setIconSize(QSize(18, 18))
        for page in every_page:
            fit_combo_boxes(page)
        self.setWindowIcon(app_icon())
        # every page loads its data when first shown: opening the window reads only the first
        # page's (a desk with 200,000 people waits for one page, not eleven)
        self.stale: set[QWidget] = set(self.pages)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._page_shown)
        self.nav.setCurrentRow(0)
        self._page_shown(self.stack.currentIndex())

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.ensurePolished()  # the style sheet's font, for measuring the titles
        widest = max(self.nav.fontMetrics().horizontalAdvance(self.nav.item(i).text())
                     for i in range(self.nav.count()))
        # the title, the icon and the gap after it, the item's padding in STYLE, the frame
        self.nav.setFixedWidth(widest + 18 + 8 + 2 * 14 + 2 * self.nav.frameWidth() + 4)

        for number, page in enumerate(self.pages[:9]):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.nav.setCurrentRow(n))
            self.nav.item(number).setToolTip(f"{tr(page.title)} (Ctrl+{number + 1})")
        for keys, action in ((QKeySequence.StandardKey.Find, self.focus_search),
                             (QKeySequence.StandardKey.Refresh, self.reload_page),
                             (QKeySequence.StandardKey.Open, self.open_manifest),
                             (QKeySequence("Ctrl+L"), self.lock_now),
                             (QKeySequence("Ctrl+Q"), self.close)):
            QShortcut(keys, self).activated.connect(action)

        # every committed change, from this window's work or a worker's, reaches the pages
        # that watch what it touched; queued, so a page's own action finishes first
        self.bus.listen(services.db)
        self.bus.changed.connect(self.refresh_all, Qt.ConnectionType.QueuedConnection)
        self.bus.waiting.connect(self.show_waiting, Qt.ConnectionType.QueuedConnection)
        self.importer.allocate_requested.connect(self.allocate_batch)
        self.releases.print_requested.connect(self.print_certificates)
        self.allocation.print_requested.connect(self.print_rooms)
        self.people.print_requested.connect(self.print_paper)
        self.sampling.print_requested.connect(self.print_paper)
        self.sampling.case_found.connect(self.respond_to_case)
        self.dashboard.register_requested.connect(self.people.register)
        self.statusBar().showMessage(
            tr("Cơ sở dữ liệu: {value}", value=describe_target(services.db.target))
        )
        actor = services.actor
        if actor.user_id is not None:
            who = QLabel(
                f"{actor.full_name or actor.username} ({actor.username}) – "
                f"{tr(ROLE_LABELS[actor.role])}"
            )
            self.statusBar().addPermanentWidget(who)
        self.language = LanguageBox()
        self.statusBar().addPermanentWidget(self.language)
        self.language.chosen.connect(self.switch_language)
        self.settings.language.chosen.connect(self.switch_language)
        # shown only when the start-up check finds the audit trail tampered with
        self.trail_warning = QLabel()
        self.trail_warning.setObjectName("trailWarning")
        self.trail_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.trail_warning.hide()
        self.statusBar().addPermanentWidget(self.trail_warning)
        self.idle_lock: IdleLock | None = None
        self.daily_backup: DailyBackup | None = None

    def start_session_guards(self, last_backup: datetime | None = None) -> None:
        """The idle lock (for a signed-in account) and the daily backup while running: one now,
        or 24 hours after `last_backup` (the window this one replaces made it). A first
        window also walks the audit trail's chain in the background."""
        if self.services.actor.user_id is not None:
            self.idle_lock = IdleLock(self, self.services, self.ask_unlock)
        self.daily_backup = DailyBackup(self, self.services, self.jobs)
        if last_backup is None:
            self.daily_backup.run()
            self.check_audit_trail()
        else:
            self.daily_backup.last = last_backup

    def show_waiting(self, waiting: bool) -> None:
        if waiting:
            self.statusBar().showMessage(tr("Một bàn khác đang ghi vào cơ sở dữ liệu; đang "
                                            "chờ để ghi…"))
        else:
            self.statusBar().clearMessage()

    def check_audit_trail(self) -> None:
        self.jobs.start("audit", lambda progress, cancelled: self.services.audit.check(),
                        succeeded=self._trail_checked, failed=lambda message: None)

    def _trail_checked(self, trail: TrailCheck) -> None:
        if trail.intact:
            return
        self.trail_warning.setText(tr("⚠ Nhật ký thao tác đã bị can thiệp ngoài chương trình; "
                                      "hãy báo quản trị viên"))
        self.trail_warning.setToolTip("\n".join(trail.problems[:20]))
        self.trail_warning.show()

    def busy(self) -> bool:
        """Work a rebuilt window would lose: a job running in the background (an import, an
        allocation, a paper, a backup) or an import wizard left half-way."""
        wizard_open = self.importer.step not in (STEP_FILE, STEP_RESULT)
        return wizard_open or self.jobs.running()

    def switch_language(self, code: str) -> None:
        """Show the window again in another language: every page is rebuilt, the data stays."""
        if self.busy():
            self.statusBar().showMessage(
                tr("Hãy đợi công việc đang chạy xong và hoàn tất (hoặc hủy) việc nhập danh sách "
                   "rồi mới đổi ngôn ngữ."), 8000)
            return
        if not use_language(code):
            self.statusBar().showMessage(tr("Không nạp được bản dịch."), 8000)
            return
        save_language(code)
        successor = MainWindow(self.services, self.today)
        successor.restoreGeometry(self.saveGeometry())
        successor.nav.setCurrentRow(self.nav.currentRow())  # the same pages, the same role
        successor.show()
        backed_up = self.daily_backup.last if self.daily_backup is not None else None
        successor.start_session_guards(last_backup=backed_up or datetime.now())
        MainWindow.current = successor
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.close()

    def hold_database(self, held: bool) -> None:
        """Read nothing while the database file is being replaced (a restore, an
        encryption): no refresh after another write, no daily backup; again if it was not."""
        if held:
            self.bus.stop()
            if self.daily_backup is not None:
                self.daily_backup.timer.stop()
        else:
            self.bus.listen(self.services.db)
            if self.daily_backup is not None:
                self.daily_backup.timer.start()

    def restart(self) -> None:
        """The database was replaced or encrypted (and is closed): the window closes and the
        program opens the database again, from the sign-in (launcher.run_gui)."""
        self.restarting = True
        self.close()
        if MainWindow.on_reopen is not None:
            MainWindow.on_reopen()

    def ask_unlock(self) -> bool:
        from quarantine_desk.ui.dialogs.account import LockDialog

        return bool(LockDialog(self.services.users, self.services.actor, self).exec())

    def _hide_what_the_role_cannot_do(self, access: Access) -> None:
        """The service layer refuses anyway; this keeps refused buttons off the screen."""
        if not access.may(Capability.FACILITIES):
            for b in (self.facilities.add_button, self.facilities.edit_button,
                      *self.facilities.status_buttons.values()):
                b.hide()
        if not access.may(Capability.RELEASE_EARLY):
            self.releases.override_button.hide()
        if not access.may(Capability.RECORD):
            self.facilities.room_button.hide()
            for b in (
                self.people.edit_button,
                self.people.admit_button,
                self.people.test_button,
                self.people.transfer_button,
                self.people.date_button,
                self.people.release_button,
                self.people.abscond_button,
                self.people.case_button,
                self.people.register_button,
                self.dashboard.register_button,
                self.dashboard.announce_button,
            ):
                b.hide()

    def current_page(self) -> QWidget | None:
        """The page on screen (the stack holds each page inside its scroll area)."""
        index = self.stack.currentIndex()
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def reload_page(self) -> None:
        """F5: read the page on screen again (another desk may have changed the data)."""
        page = self.current_page()
        if page is not None:
            page.refresh()

    def open_manifest(self) -> None:
        """Ctrl+O: the import page and its file dialog."""
        if self.importer in self.pages:
            self.nav.setCurrentRow(self.pages.index(self.importer))
            self.importer.choose_button.click()

    def lock_now(self) -> None:
        """Ctrl+L: lock the window before leaving the desk."""
        if self.idle_lock is not None:
            self.idle_lock.lock()

    def restore_layout(self) -> None:
        """Size, position and the last page of the previous run."""
        geometry = recall("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(self.sizeHint())
        fit_on_screen(self)  # a layout saved on a larger screen
        page = recall("page") or ""
        titles = [p.title for p in self.pages]
        if page in titles:
            self.nav.setCurrentRow(titles.index(page))

    def save_layout(self) -> None:
        remember({"geometry": self.saveGeometry(),
                  "page": getattr(self.current_page(), "title", "")})

    def sizeHint(self) -> QSize:  # noqa: N802
        """1200 × 760, or less where the screen is smaller (its task bar and the window's
        frame included)."""
        wanted = QSize(1200, 760)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return wanted
        room = screen.availableSize() - QSize(FRAME_ALLOWANCE, FRAME_ALLOWANCE * 3)
        return wanted.boundedTo(room)

    def focus_search(self) -> None:
        self.nav.setCurrentRow(self.pages.index(self.people))
        self.people.search.setFocus()
        self.people.search.selectAll()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self.importer.job is not None and not self.stop_import_to_close():
            event.ignore()
            return
        self.save_layout()
        self.bus.stop()
        self.importer.cancel_job()
        self.jobs.wait(timeout_ms=120_000)  # a backup or a paper finishes; nothing half-written
        self.reports.close()
        super().closeEvent(event)

    def stop_import_to_close(self) -> bool:
        """Closing while a list is being imported: say what will happen, and let the
        operator keep the import going instead."""
        from quarantine_desk.ui.actions import confirm

        self.nav.setCurrentRow(self.pages.index(self.importer))
        return confirm(
            self, tr("Đang nhập danh sách"),
            tr("Việc nhập danh sách đang chạy. Đóng chương trình bây giờ sẽ hủy việc nhập: "
               "không ai trong tệp được ghi vào, phải nhập lại tệp sau. Vẫn đóng?"),
            [], tr("Hủy nhập và đóng"), keep=tr("Tiếp tục nhập"))

    def allocate_batch(self, batch_id: int) -> None:
        self.nav.setCurrentRow(self.pages.index(self.allocation))
        self.allocation.choose_batch(batch_id)

    def print_certificates(self, on: date) -> None:
        self.nav.setCurrentRow(self.pages.index(self.reports))
        self.reports.choose("certificates", on)
        self.reports.make()

    def print_rooms(self, batch_id: int) -> None:
        """The room assignment list of a batch just allocated, made and shown for printing."""
        self.nav.setCurrentRow(self.pages.index(self.reports))
        self.reports.refresh()  # the batch list knows the new placements
        self.reports.choose("rooms", self.today or date.today(), None, batch_id)
        self.reports.make()

    def respond_to_case(self, person_id: int, found_on: date) -> None:
        """A person positive alone in the lab's results: the response to the case, as from
        the people page (previewed; nothing is recorded without «Ghi nhận»)."""
        rows = self.services.people.rows([person_id])
        if rows:
            self.people.respond_to_case(rows[0], found_on)

    def print_paper(self, kind: str, subject: int) -> None:
        """A paper about one person or one batch (a positive case, a hand-over), made and
        shown for printing."""
        from quarantine_desk.services.paper_kinds import NEEDS_PERSON, NEEDS_ROUND

        self.nav.setCurrentRow(self.pages.index(self.reports))
        self.reports.refresh()
        if kind in NEEDS_PERSON:
            self.reports.choose(kind, self.today or date.today(), None, person_id=subject)
        elif kind in NEEDS_ROUND:
            self.reports.choose(kind, self.today or date.today(), None, round_id=subject)
        else:
            self.reports.choose(kind, self.today or date.today(), None, subject)
        self.reports.make()

    def refresh_all(self, changes: Changes = ALL) -> None:
        """After a change: the pages that watch what it touched, the one on screen now, the
        others when they are next shown (a big import would otherwise reload every list at
        once on the GUI thread)."""
        current = self.current_page()
        touched = [p for p in self.pages if changes.touches(p.watches)]
        self.stale |= {p for p in touched if p is not current}
        if current in touched:
            current.refresh()

    def _page_shown(self, index: int) -> None:
        page = self.pages[index]
        if page in self.stale:
            self.stale.discard(page)
            page.refresh()
