"""Reading the audit trail: filter by person, account, date and kind of change; and
verifying that nobody has edited, removed or slipped in an entry (storage/audit_chain.py)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.access import Capability, Service
from quarantine_desk.storage import audit_chain, seals
from quarantine_desk.storage.anchors import Anchors
from quarantine_desk.storage.models import AuditEvent

ACTION_LABELS = {
    "login": QT_TR_NOOP("Đăng nhập"),
    "login_failed": QT_TR_NOOP("Đăng nhập sai"),
    "import": QT_TR_NOOP("Nhập danh sách"),
    "admit": QT_TR_NOOP("Tiếp nhận"),
    "allocate": QT_TR_NOOP("Bố trí chỗ ở"),
    "release": QT_TR_NOOP("Hoàn thành cách ly"),
    "transfer": QT_TR_NOOP("Chuyển cơ sở"),
    "abscond": QT_TR_NOOP("Bỏ trốn"),
    "planned_date": QT_TR_NOOP("Đổi ngày dự kiến"),
    "test": QT_TR_NOOP("Kết quả xét nghiệm"),
    "sampling_round": QT_TR_NOOP("Đợt lấy mẫu xét nghiệm"),
    "fee_payment": QT_TR_NOOP("Thu tiền ăn"),
    "fee_exemption": QT_TR_NOOP("Miễn tiền ăn"),
    "health_check": QT_TR_NOOP("Đo thân nhiệt"),
    "person_edit": QT_TR_NOOP("Sửa thông tin người"),
    "person_merge": QT_TR_NOOP("Gộp thông tin người"),
    "facility_add": QT_TR_NOOP("Thêm cơ sở"),
    "facility_edit": QT_TR_NOOP("Sửa cơ sở"),
    "room_add": QT_TR_NOOP("Thêm phòng"),
    "household_join": QT_TR_NOOP("Ghép hộ gia đình"),
    "household_leave": QT_TR_NOOP("Tách khỏi hộ gia đình"),
    "positive_case": QT_TR_NOOP("Ca dương tính tại khu cách ly"),
    "exposure": QT_TR_NOOP("Tiếp xúc gần ca dương tính"),
    "room_reopen": QT_TR_NOOP("Mở lại phòng trước hạn"),
    "batch_announce": QT_TR_NOOP("Báo trước đợt đến"),
    "hold_lift": QT_TR_NOOP("Trả giường đang giữ"),
    "register": QT_TR_NOOP("Tiếp nhận tại chỗ"),
    "setting": QT_TR_NOOP("Đổi cài đặt"),
    "user_add": QT_TR_NOOP("Thêm tài khoản"),
    "user_edit": QT_TR_NOOP("Sửa tài khoản"),
    "user_disable": QT_TR_NOOP("Khóa tài khoản"),
    "user_enable": QT_TR_NOOP("Mở tài khoản"),
    "user_password": QT_TR_NOOP("Đổi mật khẩu"),
    "print": QT_TR_NOOP("In giấy tờ"),
    "export": QT_TR_NOOP("Xuất dữ liệu"),
    "backup": QT_TR_NOOP("Sao lưu"),
    "restore": QT_TR_NOOP("Khôi phục"),
    "encrypt": QT_TR_NOOP("Mã hóa cơ sở dữ liệu"),
    "demo_load": QT_TR_NOOP("Nạp dữ liệu mẫu"),
}
MAX_ROWS = 50_000


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str | None
    action: str
    entity: str | None
    entity_id: int | None
    person_id: int | None
    summary: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def action_label(self) -> str:
        return tr(ACTION_LABELS.get(self.action, self.action))

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "at": self.at.isoformat(timespec="seconds"),
                "user": self.username, "action": self.action, "entity": self.entity,
                "entity_id": self.entity_id, "person_id": self.person_id,
                "summary": self.summary, "before": self.before, "after": self.after}


class AuditService(Service):
    def list(self, *, person_id: int | None = None, username: str | None = None,
             since: date | None = None, until: date | None = None,
             action: str | None = None, limit: int = MAX_ROWS) -> list[AuditRow]:
        """Newest first. Administrators only: the trail names every account's work."""
        self.access.require(Capability.AUDIT)
        query = (select(AuditEvent).where(AuditEvent.action != seals.ACTION)
                 .order_by(AuditEvent.id.desc()).limit(limit))
        if person_id is not None:
            query = query.where(AuditEvent.person_id == person_id)
        if username:
            query = query.where(AuditEvent.username == username.strip().lower())
        if since is not None:
            query = query.where(AuditEvent.at >= datetime.combine(since, time.min))
        if until is not None:
            query = query.where(AuditEvent.at < datetime.combine(until + timedelta(days=1),
                                                                 time.min))
        if action:
            query = query.where(AuditEvent.action == action)
        with self.db.read() as session:
            return [AuditRow(e.id, e.at, e.username, e.action, e.entity, e.entity_id,
                             e.person_id, e.summary, e.before, e.after)
                    for e in session.scalars(query)]

    # -- is the trail whole? ------------------------------------------------------------

    def verify(self, progress: Callable[[int, int], None] | None = None) -> TrailCheck:
        """`audit verify`: walk the whole chain (administrators: it names entries)."""
        self.access.require(Capability.AUDIT)
        return self.check(progress)

    def tail_warning(self) -> str | None:
        """One line for every command and every start when the trail was cut short,
        rewritten or edited near its end since this desk last saw it (audit_chain.tail);
        None when it reads whole. Names no entry's content: for whoever runs a command."""
        anchor = Anchors().get(self.db)
        with self.db.read() as session:
            found = [describe(b) for b in audit_chain.tail(session, anchor)]
            if seals.present(session):
                found += [describe_seal(f) for f in seals.outside(session, limit=3)]
        if not found:
            return None
        log.warning("audit trail tail check: %d problem(s)", len(found))
        return tr("nhật ký thao tác đã bị cắt bớt hoặc sửa ngoài chương trình ({problems}); "
                  "quản trị viên hãy chạy: quarantine-desk audit verify.",
                  problems="; ".join(found[:3]))

    def check(self, progress: Callable[[int, int], None] | None = None) -> TrailCheck:
        """The same walk, at start-up for whoever signs in: it shows no entry's content.
        An intact trail becomes this desk's new anchor."""
        anchors = Anchors()
        with self.db.read() as session:
            result = check_trail(session, anchors.get(self.db), progress)
        if result.intact:
            anchors.put(self.db, result.head)
        else:
            log.warning("audit trail check found %d problem(s)", len(result.problems))
        return result


log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrailCheck:
    entries: int
    head: tuple[int, str]
    problems: list[str]

    @property
    def intact(self) -> bool:
        return not self.problems


def check_trail(session: Session, anchor: tuple[int, str] | None = None,
                progress: Callable[[int, int], None] | None = None) -> TrailCheck:
    """The chain walked, and the sealed rows (accounts, people, stays, tests) compared with
    the chain's last record of them (storage/seals.py)."""
    verdict = audit_chain.verify(session, anchor, progress=progress)
    problems = [describe(b) for b in verdict.breaks]
    if seals.present(session):
        problems += [describe_seal(f) for f in seals.check(session)]
    return TrailCheck(verdict.entries, verdict.head, problems)


SEALED_LABELS = {
    "app_user": QT_TR_NOOP("tài khoản"),
    "person": QT_TR_NOOP("người"),
    "stay": QT_TR_NOOP("lượt cách ly"),
    "test_result": QT_TR_NOOP("kết quả xét nghiệm"),
}


def describe_seal(found: seals.Finding) -> str:
    what = tr(SEALED_LABELS.get(found.table, found.table))
    if found.kind == "table":
        return tr("dữ liệu {what} không khớp với lần ghi cuối trong nhật ký ({count} dòng, "
                  "nhật ký ghi {sealed} dòng): đã bị sửa ngoài chương trình", what=what,
                  count=found.count, sealed=found.sealed)
    if found.kind == "added":
        return tr("{what} mã {id} được thêm ngoài chương trình", what=what, id=found.row_id)
    if found.kind == "removed":
        return tr("{what} mã {id} đã bị xóa ngoài chương trình", what=what, id=found.row_id)
    return tr("{what} mã {id} đã bị sửa ngoài chương trình", what=what, id=found.row_id)


def describe(found: audit_chain.Break) -> str:
    if found.kind == "edited":
        return tr("mục số {seq} (mã {id}) đã bị sửa ngoài chương trình", seq=found.seq,
                  id=found.id)
    if found.kind == "missing" and found.seq == found.last:
        return tr("mất mục số {seq}", seq=found.seq)
    if found.kind == "missing":
        return tr("mất các mục số {seq}–{last}", seq=found.seq, last=found.last)
    if found.kind == "outside":
        return tr("mục mã {id} được thêm ngoài chương trình", id=found.id)
    return tr("nhật ký đã bị viết lại từ mục số {seq} trở về trước (khác với lần kiểm tra "
              "trước trên máy này)", seq=found.seq)
