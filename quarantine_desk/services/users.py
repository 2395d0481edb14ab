"""Operator accounts: sign-in with argon2 hashes, throttling and lock-out, user management.

Repeated failures slow down and then lock: after SLOW_AFTER consecutive failures
each further attempt must wait (1, 2, 4 … seconds); after LOCK_AFTER the account
is locked for LOCK_MINUTES. The wait is stored on the account, so it holds across
program starts and across desks; an attempt made too early is refused without
looking at the password.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import ROLE_LABELS, Role
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Actor, Capability, Service, audit
from quarantine_desk.services.errors import FieldError, NotFoundError, ServiceError
from quarantine_desk.storage.models import AuditEvent, Facility, User, UserFacility

SLOW_AFTER = 3
LOCK_AFTER = 6
LOCK_MINUTES = 15
MIN_PASSWORD = 8


@lru_cache(maxsize=1)
def _hasher() -> Any:
    """argon2id with its library's defaults; imported on the first sign-in or new password
    (a command on a database without accounts never needs it)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


class SignInError(ServiceError):
    """Wrong name or password, a disabled account, or one that must wait."""


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str | None
    role: str
    active: bool
    facilities: tuple[str, ...]
    last_login_at: datetime | None
    locked_until: datetime | None

    @property
    def role_label(self) -> str:
        return tr(ROLE_LABELS[Role(self.role)])

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "username": self.username, "full_name": self.full_name,
                "role": self.role, "active": self.active, "facilities": list(self.facilities),
                "last_login_at": self.last_login_at.isoformat(timespec="seconds")
                if self.last_login_at else None}


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise FieldError(
            "password", tr("Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự.", MIN_PASSWORD=MIN_PASSWORD)
        )
    if password.strip() != password:
        raise FieldError("password", tr("Mật khẩu không được bắt đầu hay kết thúc bằng dấu cách."))


def _clean_username(username: str) -> str:
    name = username.strip().lower()
    if (
        not name
        or len(name) > 64
        or not all(ch.isalnum() or ch in "._-" for ch in name)
        or not name.isascii()
    ):
        raise FieldError(
            "username", tr("Tên đăng nhập gồm chữ không dấu, số và . _ - (tối đa 64 ký tự).")
        )
    return name


def _actor_for(session: Session, user: User) -> Actor:
    ids = frozenset(
        session.scalars(select(UserFacility.facility_id).where(UserFacility.user_id == user.id))
    )
    return Actor(user.id, user.username, Role(user.role), ids, user.full_name)


def _refuse_lost_accounts(session: Session) -> None:
    """Refused when the trail records an account made in a database that has none now."""
    made = session.scalar(select(AuditEvent.id).where(AuditEvent.action == "user_add")
                          .limit(1))
    if made is not None:
        raise ServiceError(tr(
            "Cơ sở dữ liệu này đã có tài khoản (nhật ký thao tác ghi lại) nhưng nay không còn "
            "tài khoản nào: dữ liệu đã bị xóa ngoài chương trình hoặc một lần khôi phục, mã "
            "hóa bị dừng giữa chừng. Chương trình không mở nó; hãy khôi phục từ một bản sao "
            "lưu: quarantine-desk restore TỆP_SAO_LƯU."))


def _wait_after(failures: int) -> timedelta | None:
    if failures >= LOCK_AFTER:
        return timedelta(minutes=LOCK_MINUTES)
    if failures >= SLOW_AFTER:
        return timedelta(seconds=2 ** (failures - SLOW_AFTER))
    return None


class UserService(Service):
    clock: Callable[[], datetime] = staticmethod(datetime.now)

    # -- first start and sign-in ---------------------------------------------------

    def has_accounts(self) -> bool:
        """Whether the database has accounts (then everyone signs in). A database with
        none is open to every command, so that the first administrator can be made, but
        only if it never had one: accounts the trail says were made and that are gone (a
        restore or an encryption cut short, rows deleted around the program) are refused,
        never a way in."""
        with self.db.read() as session:
            if session.scalar(select(func.count()).select_from(User)):
                return True
            _refuse_lost_accounts(session)
        return False

    def create_first_admin(
        self, username: str, password: str, full_name: str | None = None
    ) -> Actor:
        """The administrator made at first start; refused once any account exists."""
        with self.db.write() as session:
            if session.scalar(select(func.count()).select_from(User)):
                raise ServiceError(tr("Đã có tài khoản; hãy đăng nhập."))
            _refuse_lost_accounts(session)
            user = self._new_user(session, username, password, Role.ADMIN, full_name)
            actor = _actor_for(session, user)
            audit(
                session,
                actor,
                "user_add",
                entity="user",
                entity_id=user.id,
                after={"username": user.username, "role": user.role},
                summary=f"Tạo quản trị viên đầu tiên {user.username}",
            )
            return actor

    def sign_in(self, username: str, password: str) -> Actor:
        now = self.clock()
        name = username.strip().lower()
        refusal: SignInError | None = None
        with self.db.write() as session:  # a refusal is recorded too, so no raise in here
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            if user is None or not user.active or not user.password_hash:
                audit(
                    session,
                    Actor(None, name[:64], Role.VIEWER),
                    "login_failed",
                    summary="Tài khoản không tồn tại hoặc đã bị khóa",
                )
                refusal = SignInError(tr("Sai tên đăng nhập hoặc mật khẩu."))
            elif user.locked_until is not None and now < user.locked_until:
                seconds = int((user.locked_until - now).total_seconds()) + 1
                refusal = SignInError(
                    tr(
                        "Tài khoản tạm khóa sau {failed_logins} lần sai mật khẩu; thử lại sau "
                        "{locked_until:%H:%M}.",
                        failed_logins=user.failed_logins,
                        locked_until=user.locked_until,
                    )
                    if user.failed_logins >= LOCK_AFTER
                    else tr(
                        "Đã sai mật khẩu nhiều lần; đợi {seconds} giây rồi thử lại.",
                        seconds=seconds,
                    )
                )
            elif not self._password_ok(user, password):
                user.failed_logins += 1
                wait = _wait_after(user.failed_logins)
                user.locked_until = now + wait if wait else None
                audit(
                    session,
                    _actor_for(session, user),
                    "login_failed",
                    entity="user",
                    entity_id=user.id,
                    summary=f"Lần sai thứ {user.failed_logins}",
                )
                refusal = SignInError(tr("Sai tên đăng nhập hoặc mật khẩu."))
            else:
                if _hasher().check_needs_rehash(user.password_hash or ""):
                    user.password_hash = _hasher().hash(password)
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = now
                actor = _actor_for(session, user)
                audit(session, actor, "login", entity="user", entity_id=user.id)
        if refusal is not None:
            raise refusal
        return actor

    @staticmethod
    def _password_ok(user: User, password: str) -> bool:
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return bool(_hasher().verify(user.password_hash or "", password))
        except (VerificationError, InvalidHashError):
            return False

    # -- management (administrators) ----------------------------------------------------

    def _new_user(
        self, session: Session, username: str, password: str, role: Role, full_name: str | None
    ) -> User:
        name = _clean_username(username)
        _check_password(password)
        if session.scalars(select(User.id).where(User.username == name)).first() is not None:
            raise FieldError("username", tr("Tên đăng nhập {name} đã có.", name=name))
        user = User(
            username=name,
            full_name=(full_name or "").strip() or None,
            password_hash=_hasher().hash(password),
            role=Role(role).value,
            active=True,
            created_at=self.clock(),
            failed_logins=0,
        )
        session.add(user)
        session.flush()
        return user

    def add(
        self,
        username: str,
        password: str,
        role: str,
        *,
        full_name: str | None = None,
        facility_codes: list[str] | None = None,
    ) -> UserView:
        self.access.require(Capability.ACCOUNTS)
        try:
            role_value = Role(role)
        except ValueError:
            raise ServiceError(
                tr("Vai trò «{role}» không có (admin, operator, viewer).", role=role)
            ) from None
        with self.db.write() as session:
            user = self._new_user(session, username, password, role_value, full_name)
            codes = self._assign(session, user, facility_codes or [])
            audit(
                session,
                self.actor,
                "user_add",
                entity="user",
                entity_id=user.id,
                after={"username": user.username, "role": user.role, "facilities": codes},
                summary=f"Thêm tài khoản {user.username}",
            )
            return self._view(session, user)

    def _assign(self, session: Session, user: User, codes: list[str]) -> list[str]:
        found = (
            {
                f.code: f.id
                for f in session.scalars(select(Facility).where(Facility.code.in_(codes)))
            }
            if codes
            else {}
        )
        missing = [c for c in codes if c not in found]
        if missing:
            raise NotFoundError(tr("Không có cơ sở {value}.", value=", ".join(missing)))
        session.execute(delete(UserFacility).where(UserFacility.user_id == user.id))
        for fid in dict.fromkeys(found.values()):
            session.add(UserFacility(user_id=user.id, facility_id=fid))
        return sorted(found)

    def set_facilities(self, username: str, facility_codes: list[str]) -> UserView:
        self.access.require(Capability.ACCOUNTS)
        with self.db.write() as session:
            user = self._get(session, username)
            before = self._view(session, user).facilities
            codes = self._assign(session, user, facility_codes)
            audit(
                session,
                self.actor,
                "user_edit",
                entity="user",
                entity_id=user.id,
                before={"facilities": list(before)},
                after={"facilities": codes},
                summary=f"Giao cơ sở cho {user.username}",
            )
            return self._view(session, user)

    def set_role(self, username: str, role: str) -> UserView:
        self.access.require(Capability.ACCOUNTS)
        with self.db.write() as session:
            user = self._get(session, username)
            new = Role(role).value
            if user.role == Role.ADMIN and new != Role.ADMIN:
                self._keep_an_admin(session, user)
            before = user.role
            user.role = new
            audit(
                session,
                self.actor,
                "user_edit",
                entity="user",
                entity_id=user.id,
                before={"role": before},
                after={"role": new},
                summary=f"Đổi vai trò của {user.username}",
            )
            return self._view(session, user)

    def set_active(self, username: str, active: bool) -> UserView:
        self.access.require(Capability.ACCOUNTS)
        with self.db.write() as session:
            user = self._get(session, username)
            if not active:
                if user.id == self.actor.user_id:
                    raise ServiceError(tr("Không thể tự khóa tài khoản của mình."))
                if user.role == Role.ADMIN:
                    self._keep_an_admin(session, user)
            before = user.active
            user.active = active
            if active:
                user.failed_logins = 0
                user.locked_until = None
            audit(
                session,
                self.actor,
                "user_enable" if active else "user_disable",
                entity="user",
                entity_id=user.id,
                before={"active": before},
                after={"active": active},
                summary=user.username,
            )
            return self._view(session, user)

    def change_password(
        self, username: str, new_password: str, old_password: str | None = None
    ) -> None:
        """Own password with the old one; an administrator may reset anyone's."""
        name = username.strip().lower()
        own = name == self.actor.username
        if not own:
            self.access.require(Capability.ACCOUNTS)
        _check_password(new_password)
        with self.db.write() as session:
            user = self._get(session, name)
            # your own password needs the current one (an administrator may skip it)
            may_skip = self.access.may(Capability.ACCOUNTS)
            must_know = own and (old_password is not None or not may_skip)
            if must_know and not self._password_ok(user, old_password or ""):
                raise FieldError("old_password", tr("Mật khẩu hiện tại không đúng."))
            user.password_hash = _hasher().hash(new_password)
            user.failed_logins = 0
            user.locked_until = None
            audit(
                session,
                self.actor,
                "user_password",
                entity="user",
                entity_id=user.id,
                summary=f"Đổi mật khẩu của {user.username}",
            )

    def list(self) -> list[UserView]:
        self.access.require(Capability.ACCOUNTS)
        with self.db.read() as session:
            return [
                self._view(session, u)
                for u in session.scalars(select(User).order_by(User.username))
            ]

    def _get(self, session: Session, username: str) -> User:
        user = session.scalars(
            select(User).where(User.username == username.strip().lower())
        ).one_or_none()
        if user is None:
            raise NotFoundError(tr("Không có tài khoản {username}.", username=username))
        return user

    def _keep_an_admin(self, session: Session, user: User) -> None:
        others = session.scalar(
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN.value, User.active.is_(True), User.id != user.id)
        )
        if not others:
            raise ServiceError(tr("Phải còn ít nhất một quản trị viên đang hoạt động."))

    def _view(self, session: Session, user: User) -> UserView:
        codes = tuple(
            session.scalars(
                select(Facility.code)
                .join(UserFacility, UserFacility.facility_id == Facility.id)
                .where(UserFacility.user_id == user.id)
                .order_by(Facility.code)
            )
        )
        return UserView(
            user.id,
            user.username,
            user.full_name,
            user.role,
            user.active,
            codes,
            user.last_login_at,
            user.locked_until,
        )


__all__ = ["SignInError", "UserService", "UserView"]
