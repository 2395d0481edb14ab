"""Reading the audit trail: filter by person, account, date and kind of change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.access import Capability, Service
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
    "user_disable": QT_TR_NOOP("Khoá tài khoản"),
    "user_enable": QT_TR_NOOP("Mở tài khoản"),
    "user_password": QT_TR_NOOP("Đổi mật khẩu"),
    "print": QT_TR_NOOP("In giấy tờ"),
    "export": QT_TR_NOOP("Xuất dữ liệu"),
    "backup": QT_TR_NOOP("Sao lưu"),
    "restore": QT_TR_NOOP("Khôi phục"),
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
        query = select(AuditEvent).order_by(AuditEvent.id.desc()).limit(limit)
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
