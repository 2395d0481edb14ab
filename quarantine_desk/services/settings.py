"""Settings kept in the database: the issuing body and signatory printed on official papers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, fields

from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.models import Setting

CERTIFICATE_KEY = "certificate_key"


@dataclass
class Issuer:
    """Who issues the papers (Decree 30/2020/NĐ-CP header and signature block)."""

    parent_body: str = "BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"
    unit: str = "BAN CHỈ HUY KHU CÁCH LY Y TẾ TẬP TRUNG"
    unit_short: str = "BCH"
    place: str = "Cần Thơ"
    signer_prefix: str = "TM."
    signer_body: str = "BAN CHỈ HUY"
    signer_title: str = "CHỈ HUY TRƯỞNG"
    signer_name: str = ""
    recipients: str = "Ban Chỉ đạo phòng, chống dịch COVID-19 thành phố;Sở Y tế thành phố"
    archive: str = "VT"


SETTING_PREFIX = "issuer."
ISSUER_LABELS = {
    "parent_body": "Cơ quan chủ quản",
    "unit": "Đơn vị ban hành",
    "unit_short": "Chữ viết tắt của đơn vị (trong số văn bản)",
    "place": "Địa danh ghi ngày tháng",
    "signer_prefix": "Thẩm quyền ký (TM., KT., Q., TL., TUQ. hoặc để trống)",
    "signer_body": "Tập thể/cơ quan sau thẩm quyền ký",
    "signer_title": "Chức vụ người ký",
    "signer_name": "Họ và tên người ký",
    "recipients": "Nơi nhận (cách nhau bởi dấu ;)",
    "archive": "Lưu",
}
AUTHORITY_PREFIXES = {"", "TM.", "KT.", "Q.", "TL.", "TUQ."}


@dataclass(frozen=True)
class Option:
    label: str
    low: int
    high: int
    default: int


OPTION_PREFIX = "option."
OPTIONS = {
    "idle_lock_minutes": Option("Tự khoá sau bao nhiêu phút không dùng", 1, 240, 10),
    "backup_keep": Option("Số bản sao lưu tự động được giữ", 1, 365, 14),
}



def _option_named(name: str) -> Option:
    option = OPTIONS.get(name)
    if option is None:
        raise ServiceError(f"Không có thiết lập «{name}»; có: {', '.join(OPTIONS)}.")
    return option


class SettingsService(Service):
    def issuer(self) -> Issuer:
        with self.db.read() as session:
            values = {s.key[len(SETTING_PREFIX):]: s.value for s in session.query(Setting)
                      .filter(Setting.key.like(SETTING_PREFIX + "%"))}
        issuer = Issuer()
        for f in fields(Issuer):
            if f.name in values:
                setattr(issuer, f.name, values[f.name])
        return issuer

    def set_issuer_field(self, name: str, value: str) -> None:
        self.access.require_admin("đổi cài đặt")
        if name not in ISSUER_LABELS:
            raise ServiceError(f"Không có thiết lập «{name}»; có: {', '.join(ISSUER_LABELS)}.")
        value = " ".join(value.split())
        if name == "signer_prefix" and value not in AUTHORITY_PREFIXES:
            raise ServiceError("Thẩm quyền ký là TM., KT., Q., TL., TUQ. hoặc để trống.")
        if name in ("parent_body", "unit", "signer_body", "signer_title"):
            value = value.upper()
        if not value and name in ("unit", "place", "signer_title"):
            raise ServiceError(f"«{ISSUER_LABELS[name]}» không được để trống.")
        with self.db.write() as session:
            setting = session.get(Setting, SETTING_PREFIX + name)
            audit(session, self.actor, "setting", entity="setting",
                  before={name: setting.value if setting else None}, after={name: value},
                  summary=ISSUER_LABELS[name])
            if setting is None:
                session.add(Setting(key=SETTING_PREFIX + name, value=value))
            else:
                setting.value = value

    def certificate_key(self) -> bytes:
        """The secret that signs certificates, made on first use and kept in the database."""
        with self.db.read() as session:
            setting = session.get(Setting, CERTIFICATE_KEY)
            if setting is not None:
                return bytes.fromhex(setting.value)
        with self.db.write() as session:  # the first time only: take the write lock
            setting = session.get(Setting, CERTIFICATE_KEY)
            if setting is None:
                setting = Setting(key=CERTIFICATE_KEY, value=secrets.token_hex(32))
                session.add(setting)
            return bytes.fromhex(setting.value)

    def option(self, name: str) -> int:
        """A number the administrator set (idle lock, backups kept), or its default."""
        option = _option_named(name)
        with self.db.read() as session:
            stored = session.get(Setting, OPTION_PREFIX + name)
        try:
            value = int(stored.value) if stored is not None else option.default
        except ValueError:
            return option.default
        return value if option.low <= value <= option.high else option.default

    def set_option(self, name: str, value: str | int) -> int:
        self.access.require_admin("đổi cài đặt")
        option = _option_named(name)
        try:
            number = int(str(value).strip())
        except ValueError:
            raise ServiceError(f"«{option.label}» phải là một số nguyên.") from None
        if not option.low <= number <= option.high:
            raise ServiceError(f"«{option.label}» phải từ {option.low} đến {option.high}.")
        with self.db.write() as session:
            setting = session.get(Setting, OPTION_PREFIX + name)
            audit(session, self.actor, "setting", entity="setting",
                  before={name: setting.value if setting else None}, after={name: number},
                  summary=option.label)
            if setting is None:
                session.add(Setting(key=OPTION_PREFIX + name, value=str(number)))
            else:
                setting.value = str(number)
        return number
