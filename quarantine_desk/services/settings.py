"""Settings kept in the database: the issuing body and signatory printed on official papers."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import PolicyGroup
from quarantine_desk.domain.policy import PolicyRule
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.reports.rows import Issuer
from quarantine_desk.services.access import Capability, Service, audit
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.facilities import get_facility
from quarantine_desk.services.policy import load_rules
from quarantine_desk.storage.models import QuarantinePolicy, Setting

CERTIFICATE_KEY = "certificate_key"


SETTING_PREFIX = "issuer."
ISSUER_LABELS = {
    "parent_body": QT_TR_NOOP("Cơ quan chủ quản"),
    "unit": QT_TR_NOOP("Đơn vị ban hành"),
    "unit_short": QT_TR_NOOP("Chữ viết tắt của đơn vị (trong số văn bản)"),
    "place": QT_TR_NOOP("Địa danh ghi ngày tháng"),
    "signer_prefix": QT_TR_NOOP("Thẩm quyền ký (TM., KT., Q., TL., TUQ. hoặc để trống)"),
    "signer_body": QT_TR_NOOP("Tập thể/cơ quan sau thẩm quyền ký"),
    "signer_title": QT_TR_NOOP("Chức vụ người ký"),
    "signer_name": QT_TR_NOOP("Họ và tên người ký"),
    "recipients": QT_TR_NOOP("Nơi nhận (cách nhau bởi dấu ;)"),
    "archive": QT_TR_NOOP("Lưu (nơi giữ bản lưu, VD: VT)"),
}
AUTHORITY_PREFIXES = {"", "TM.", "KT.", "Q.", "TL.", "TUQ."}
# a name may break where the clerk typed a line break («BỘ CHỈ HUY QUÂN SỰ / THÀNH PHỐ
# CẦN THƠ»); the papers print these in capitals but the text keeps its case as typed
MULTILINE = ("parent_body", "unit")
# what a facility may set for itself: a military site's papers are headed and signed by
# its own command; the rest (place, recipients, archive) stay the office's
FACILITY_ISSUER_FIELDS = ("parent_body", "unit", "unit_short", "signer_prefix", "signer_body",
                          "signer_title", "signer_name")
FACILITY_PREFIX = "facility."
# the signature block and abbreviation each kind of office signs with (first-run defaults;
# every field can be changed): a district steering committee does not sign as the
# command of a military site. The second map holds examples only, shown greyed in empty
# fields: a name of a place (the governing body, a district's health centre, the place of
# the date line) is typed by the office, never filled in for it.
OFFICE_KINDS: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "military": (QT_TR_NOOP("Ban Chỉ huy khu cách ly (quân sự)"), {
        "unit": "BAN CHỈ HUY KHU CÁCH LY Y TẾ TẬP TRUNG", "unit_short": "BCH",
        "signer_prefix": "TM.", "signer_body": "BAN CHỈ HUY", "signer_title": "CHỈ HUY TRƯỞNG"},
        {"parent_body": QT_TR_NOOP("BỘ CHỈ HUY QUÂN SỰ THÀNH PHỐ CẦN THƠ"),
         "place": QT_TR_NOOP("Cần Thơ")}),
    "steering": (QT_TR_NOOP("Ban Chỉ đạo phòng, chống dịch quận, huyện"), {
        "unit": "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19", "unit_short": "BCĐ",
        "signer_prefix": "TM.", "signer_body": "BAN CHỈ ĐẠO", "signer_title": "TRƯỞNG BAN"},
        {"parent_body": QT_TR_NOOP("ỦY BAN NHÂN DÂN QUẬN NINH KIỀU"),
         "place": QT_TR_NOOP("Cần Thơ")}),
    "health": (QT_TR_NOOP("Trung tâm Y tế quận, huyện"), {
        "unit_short": "TTYT", "signer_prefix": "", "signer_body": "",
        "signer_title": "GIÁM ĐỐC"},
        {"parent_body": QT_TR_NOOP("SỞ Y TẾ THÀNH PHỐ CẦN THƠ"),
         "unit": QT_TR_NOOP("TRUNG TÂM Y TẾ QUẬN NINH KIỀU"), "place": QT_TR_NOOP("Cần Thơ")}),
}


@dataclass(frozen=True)
class Option:
    label: str
    low: int
    high: int
    default: int


OPTION_PREFIX = "option."
OPTIONS = {
    "idle_lock_minutes": Option(QT_TR_NOOP("Tự khóa sau bao nhiêu phút không dùng"), 1, 240, 10),
    "backup_keep": Option(QT_TR_NOOP("Số bản sao lưu tự động được giữ"), 1, 365, 14),
    # a room where a positive case was found is closed this many days for cleaning
    "room_cleaning_days": Option(
        QT_TR_NOOP("Số ngày đóng phòng để khử khuẩn sau ca dương tính"), 0, 30, 1
    ),
    # domain/vaccination.py: Thresholds (the figures of issue 27, not confirmed: editable)
    "vaccine_full_after_days": Option(
        QT_TR_NOOP("Tiêm đủ liều được tính sau mũi cuối bao nhiêu ngày"), 0, 60, 14),
    "vaccine_full_for_months": Option(
        QT_TR_NOOP("Tiêm đủ liều còn được tính trong bao nhiêu tháng"), 1, 60, 12),
    # Decision 3486/QĐ-BYT of 2020: at most 10 samples pooled in a tube; 5 as sites do
    "sampling_pool_size": Option(
        QT_TR_NOOP("Số mẫu gộp tối đa trong một ống"), 1, 10, 5),
    # issue 29: a site may spare children under this age the meals (0: none is spared)
    "fee_child_under_years": Option(
        QT_TR_NOOP("Miễn tiền ăn cho trẻ em dưới bao nhiêu tuổi (0: không miễn)"), 0, 18, 0),
    # issue 29: 1 makes meals still owed at release a warning that needs a note
    "fees_unpaid_needs_note": Option(
        QT_TR_NOOP("Cho về khi còn nợ tiền ăn phải ghi chú (1: có, 0: không)"), 0, 1, 0),
    "recovered_for_months": Option(
        QT_TR_NOOP("Đã khỏi bệnh được tính trong bao nhiêu tháng"), 1, 24, 6),
}


def _option_named(name: str) -> Option:
    option = OPTIONS.get(name)
    if option is None:
        raise ServiceError(
            tr("Không có thiết lập «{name}»; có: {value}.", name=name, value=", ".join(OPTIONS))
        )
    return option


def option_in(session: Session, name: str) -> int:
    """The option's value inside the caller's session, or its default."""
    option = _option_named(name)
    stored = session.get(Setting, OPTION_PREFIX + name)
    try:
        value = int(stored.value) if stored is not None else option.default
    except ValueError:
        return option.default
    return value if option.low <= value <= option.high else option.default


class SettingsService(Service):
    def issuer(self) -> Issuer:
        with self.db.read() as session:
            return load_issuer(session)

    @staticmethod
    def clean_issuer_field(name: str, value: str) -> str:
        """The value as it will be stored, or FieldError(name) saying why it cannot be."""
        if name not in ISSUER_LABELS:
            raise ServiceError(
                tr(
                    "Không có thiết lập «{name}»; có: {value}.",
                    name=name,
                    value=", ".join(ISSUER_LABELS),
                )
            )
        if name in MULTILINE:
            value = "\n".join(" ".join(line.split()) for line in value.replace("\\n", "\n")
                              .splitlines() if line.strip())
        else:
            value = " ".join(value.split())
        if len(value) > 500:
            raise FieldError(
                name, tr("«{value}» dài quá 500 ký tự.", value=tr(ISSUER_LABELS[name]))
            )
        if name == "signer_prefix" and value not in AUTHORITY_PREFIXES:
            raise FieldError(name, tr("Thẩm quyền ký là TM., KT., Q., TL., TUQ. hoặc để trống."))
        if not value and name in ("unit", "place", "signer_title"):
            raise FieldError(
                name, tr("«{value}» không được để trống.", value=tr(ISSUER_LABELS[name]))
            )
        return value

    def set_issuer_field(self, name: str, value: str, *, facility: str | None = None) -> None:
        self.set_issuer({name: value}, facility=facility)

    def set_issuer(self, values: dict[str, str], *, facility: str | None = None) -> None:
        """Several fields at once: all are checked before any is stored.

        With a facility, the values are that facility's own (an empty value falls back to
        the office's again)."""
        self.access.require(Capability.SETTINGS)
        if facility is not None:
            bad = [name for name in values if name not in FACILITY_ISSUER_FIELDS]
            if bad:
                raise ServiceError(tr("Một cơ sở chỉ đặt riêng được: {value}.",
                                      value=", ".join(FACILITY_ISSUER_FIELDS)))
        clean = {}
        for name, value in values.items():
            if facility is not None and not value.strip():
                clean[name] = ""
            else:
                clean[name] = self.clean_issuer_field(name, value)
        with self.db.write() as session:
            prefix = SETTING_PREFIX
            if facility is not None:
                prefix = _facility_prefix(get_facility(session, facility).id)
            for name, value in clean.items():
                if facility is not None and not value:
                    self._clear(session, prefix, name, ISSUER_LABELS[name])
                    continue
                self._store(
                    session, prefix, name, value, ISSUER_LABELS[name], only_if_changed=True
                )

    def issuer_for(self, facility: str | None) -> Issuer:
        with self.db.read() as session:
            return load_issuer(session, get_facility(session, facility).id if facility else None)

    # -- quarantine policy ---------------------------------------------------------------

    def policy_rules(self) -> list[PolicyRule]:
        with self.db.read() as session:
            return list(load_rules(session))

    def add_policy_rule(
        self,
        *,
        valid_from: date,
        group: str,
        days: int,
        test_days: str,
        home_monitoring_days: int = 0,
        note: str = "",
        contact_days: int | None = None,
    ) -> PolicyRule:
        """A new rule from a date on; stays admitted before that date keep their rule."""
        self.access.require(Capability.SETTINGS)
        try:
            group_value = PolicyGroup(group)
        except ValueError:
            raise FieldError(
                "group", tr("Nhóm «{group}» không có (all, vaccinated).", group=group)
            ) from None
        if not 1 <= days <= 90:
            raise FieldError("days", tr("Số ngày cách ly phải từ 1 đến 90."))
        try:
            tests = sorted({int(d) for d in test_days.replace(";", ",").split(",") if d.strip()})
        except ValueError:
            raise FieldError(
                "test_days",
                tr("Ngày xét nghiệm là các số ngày, cách nhau bởi dấu phẩy, VD 1, 7, 14."),
            ) from None
        if any(not 1 <= d <= days for d in tests):
            raise FieldError(
                "test_days", tr("Ngày xét nghiệm phải từ ngày 1 đến ngày {days}.", days=days)
            )
        if not 0 <= home_monitoring_days <= 90:
            raise FieldError("home_monitoring_days", tr("Số ngày theo dõi tại nhà từ 0 đến 90."))
        if contact_days is not None and not 1 <= contact_days <= 90:
            raise FieldError(
                "contact_days", tr("Số ngày cách ly của người tiếp xúc gần từ 1 đến 90.")
            )
        with self.db.write() as session:
            exists = session.scalar(
                select(QuarantinePolicy.id).where(
                    QuarantinePolicy.valid_from == valid_from,
                    QuarantinePolicy.group_name == group_value.value,
                )
            )
            if exists is not None:
                raise FieldError(
                    "valid_from",
                    tr(
                        "Đã có quy định cho nhóm này từ ngày {valid_from:%d/%m/%Y}.",
                        valid_from=valid_from,
                    ),
                )
            row = QuarantinePolicy(
                valid_from=valid_from,
                group_name=group_value.value,
                days=days,
                test_days=",".join(map(str, tests)),
                home_monitoring_days=home_monitoring_days,
                contact_days=contact_days,
                note=" ".join(note.split())[:300] or None,
            )
            session.add(row)
            audit(
                session,
                self.actor,
                "setting",
                entity="policy",
                after={
                    "valid_from": valid_from,
                    "group": group_value.value,
                    "days": days,
                    "test_days": row.test_days,
                    "home_monitoring_days": home_monitoring_days,
                    "contact_days": contact_days,
                    "note": row.note,
                },
                summary=f"Quy định cách ly mới từ {valid_from:%d/%m/%Y}",
            )
        return PolicyRule(
            valid_from, group_value, days, tuple(tests), home_monitoring_days, row.note or "",
            contact_days,
        )

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
        with self.db.read() as session:
            return option_in(session, name)

    def set_option(self, name: str, value: str | int) -> int:
        self.access.require(Capability.SETTINGS)
        option = _option_named(name)
        try:
            number = int(str(value).strip())
        except ValueError:
            raise FieldError(
                name, tr("«{label}» phải là một số nguyên.", label=tr(option.label))
            ) from None
        if not option.low <= number <= option.high:
            raise FieldError(
                name,
                tr(
                    "«{label}» phải từ {low} đến {high}.",
                    label=tr(option.label),
                    low=option.low,
                    high=option.high,
                ),
            )
        with self.db.write() as session:
            self._store(session, OPTION_PREFIX, name, number, option.label)
        return number

    def _store(
        self,
        session: Session,
        prefix: str,
        name: str,
        value: str | int,
        label: str,
        *,
        only_if_changed: bool = False,
    ) -> None:
        """Write one setting and its entry in the audit trail."""
        setting = session.get(Setting, prefix + name)
        old = setting.value if setting else None
        if only_if_changed and old == value:
            return
        audit(
            session,
            self.actor,
            "setting",
            entity="setting",
            before={name: old},
            after={name: value},
            summary=label,
        )
        if setting is None:
            session.add(Setting(key=prefix + name, value=str(value)))
        else:
            setting.value = str(value)

    def _clear(self, session: Session, prefix: str, name: str, label: str) -> None:
        setting = session.get(Setting, prefix + name)
        if setting is None:
            return
        audit(session, self.actor, "setting", entity="setting", before={name: setting.value},
              after={name: None}, summary=label)
        session.delete(setting)


def _facility_prefix(facility_id: int) -> str:
    """Where a facility's own issuer settings are kept (by id: a code may be renamed)."""
    return f"{FACILITY_PREFIX}{facility_id}.{SETTING_PREFIX}"


def load_issuer(session: Any, facility_id: int | None = None) -> Issuer:
    """Who issues the papers, as the administrator set it, inside the caller's session;
    for a facility, its own unit and signer where it set them, the office's otherwise."""
    values = {
        s.key[len(SETTING_PREFIX) :]: s.value
        for s in session.query(Setting).filter(Setting.key.like(SETTING_PREFIX + "%"))
    }
    if facility_id is not None:
        prefix = _facility_prefix(facility_id)
        own = {s.key[len(prefix):]: s.value
               for s in session.query(Setting).filter(Setting.key.like(prefix + "%"))}
        values.update({k: v for k, v in own.items() if k in FACILITY_ISSUER_FIELDS and v})
    issuer = Issuer()
    for f in fields(Issuer):
        if f.name in values:
            setattr(issuer, f.name, values[f.name])
    return issuer
