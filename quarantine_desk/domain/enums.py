"""Closed vocabularies of the domain with their Vietnamese labels."""

from __future__ import annotations

from enum import StrEnum

from quarantine_desk.i18n import QT_TR_NOOP


class FacilityKind(StrEnum):
    MILITARY = "military"
    HOTEL = "hotel"
    MEDICAL = "medical"
    SCHOOL = "school"
    OTHER = "other"


class FacilityStatus(StrEnum):
    ACTIVE = "active"
    STANDBY = "standby"
    CLOSED = "closed"


class BatchKind(StrEnum):
    FLIGHT = "flight"
    LAND_BORDER = "land_border"
    SEAPORT = "seaport"
    ROAD = "road"
    ILLEGAL_ENTRY = "illegal_entry"
    DOMESTIC = "domestic"


class Sex(StrEnum):
    MALE = "M"
    FEMALE = "F"


class HouseholdSource(StrEnum):
    FILE = "file"  # a group or «Quan hệ với chủ hộ» column of the manifest
    OPERATOR = "operator"  # made or confirmed by an operator
    SUGGESTED = "suggested"  # inferred by the importer on strong evidence, not yet confirmed


class IdType(StrEnum):
    CCCD = "cccd"
    CMND = "cmnd"
    PASSPORT = "passport"
    OTHER = "other"


class PersonStatus(StrEnum):
    ARRIVED = "arrived"
    IN_QUARANTINE = "in_quarantine"
    RELEASED = "released"
    HOSPITAL = "hospital"
    TRANSFERRED = "transferred"
    ABSCONDED = "absconded"


class StayOutcome(StrEnum):
    RELEASED = "released"
    HOSPITAL = "hospital"
    TRANSFERRED = "transferred"
    ABSCONDED = "absconded"


class TestKind(StrEnum):
    PCR = "pcr"
    ANTIGEN = "antigen"


class TestOutcome(StrEnum):
    PENDING = "pending"
    NEGATIVE = "negative"
    POSITIVE = "positive"
    # a person's share of a pooled tube that tested positive: they are retested one by one
    # (services/sampling.py); and a result the lab could not call («nghi ngờ»): retested too
    POOL_POSITIVE = "pool_positive"
    INCONCLUSIVE = "inconclusive"


# the results after which a person is tested again, alone, at once
RETEST_OUTCOMES = frozenset({TestOutcome.POOL_POSITIVE.value, TestOutcome.INCONCLUSIVE.value})


class PolicyGroup(StrEnum):
    """Whom a quarantine rule is for (domain/policy.py: rule_for). FULL, PARTIAL, NONE and
    RECOVERED are vaccination statuses on the day of arrival (revision 0018); VACCINATED is
    the older group «fully vaccinated or recovered» (rules of 2021-08-04)."""

    ALL = "all"
    VACCINATED = "vaccinated"
    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"
    RECOVERED = "recovered"


class VaccinationStatus(StrEnum):
    """A person's vaccination on a day, derived from their record (domain/vaccination.py)."""

    FULL = "full"
    PARTIAL = "partial"
    NONE = "none"
    RECOVERED = "recovered"
    UNKNOWN = "unknown"


VACCINATION_STATUS_LABELS: dict[VaccinationStatus, str] = {
    VaccinationStatus.FULL: QT_TR_NOOP("Đã tiêm đủ liều"),
    VaccinationStatus.PARTIAL: QT_TR_NOOP("Tiêm chưa đủ liều"),
    VaccinationStatus.NONE: QT_TR_NOOP("Chưa tiêm"),
    VaccinationStatus.RECOVERED: QT_TR_NOOP("Đã khỏi bệnh"),
    VaccinationStatus.UNKNOWN: QT_TR_NOOP("Chưa rõ"),
}

# the groups of one status say it in the status's own words
POLICY_GROUP_LABELS: dict[PolicyGroup, str] = {
    PolicyGroup.ALL: QT_TR_NOOP("Mọi người"),
    PolicyGroup.VACCINATED: QT_TR_NOOP("Đã tiêm đủ liều hoặc đã khỏi bệnh"),
    **{PolicyGroup(s.value): label for s, label in VACCINATION_STATUS_LABELS.items()
       if s is not VaccinationStatus.UNKNOWN},
}

FACILITY_KIND_LABELS: dict[FacilityKind, str] = {
    FacilityKind.MILITARY: QT_TR_NOOP("Quân đội"),
    FacilityKind.HOTEL: QT_TR_NOOP("Khách sạn"),
    FacilityKind.MEDICAL: QT_TR_NOOP("Cơ sở y tế"),
    FacilityKind.SCHOOL: QT_TR_NOOP("Trường học, ký túc xá"),
    FacilityKind.OTHER: QT_TR_NOOP("Khác"),
}

FACILITY_STATUS_LABELS: dict[FacilityStatus, str] = {
    FacilityStatus.ACTIVE: QT_TR_NOOP("Đang hoạt động"),
    FacilityStatus.STANDBY: QT_TR_NOOP("Dự phòng"),
    FacilityStatus.CLOSED: QT_TR_NOOP("Đã đóng"),
}

BATCH_KIND_LABELS: dict[BatchKind, str] = {
    BatchKind.FLIGHT: QT_TR_NOOP("Chuyến bay"),
    BatchKind.LAND_BORDER: QT_TR_NOOP("Cửa khẩu đường bộ"),
    BatchKind.SEAPORT: QT_TR_NOOP("Cảng biển"),
    BatchKind.ROAD: QT_TR_NOOP("Đường bộ"),
    BatchKind.ILLEGAL_ENTRY: QT_TR_NOOP("Nhập cảnh trái phép"),
    BatchKind.DOMESTIC: QT_TR_NOOP("Từ vùng dịch trong nước"),
}

SEX_LABELS: dict[Sex, str] = {Sex.MALE: QT_TR_NOOP("Nam"), Sex.FEMALE: QT_TR_NOOP("Nữ")}

ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.CCCD: QT_TR_NOOP("CCCD"),
    IdType.CMND: QT_TR_NOOP("CMND"),
    IdType.PASSPORT: QT_TR_NOOP("Hộ chiếu"),
    IdType.OTHER: QT_TR_NOOP("Giấy tờ khác"),
}

PERSON_STATUS_LABELS: dict[PersonStatus, str] = {
    PersonStatus.ARRIVED: QT_TR_NOOP("Mới đến"),
    PersonStatus.IN_QUARANTINE: QT_TR_NOOP("Đang cách ly"),
    PersonStatus.RELEASED: QT_TR_NOOP("Hoàn thành cách ly"),
    PersonStatus.HOSPITAL: QT_TR_NOOP("Chuyển bệnh viện"),
    PersonStatus.TRANSFERRED: QT_TR_NOOP("Chuyển nơi khác"),
    PersonStatus.ABSCONDED: QT_TR_NOOP("Bỏ trốn"),
}

TEST_OUTCOME_LABELS: dict[TestOutcome, str] = {
    TestOutcome.PENDING: QT_TR_NOOP("Chờ kết quả"),
    TestOutcome.NEGATIVE: QT_TR_NOOP("Âm tính"),
    TestOutcome.POSITIVE: QT_TR_NOOP("Dương tính"),
    TestOutcome.POOL_POSITIVE: QT_TR_NOOP("Mẫu gộp dương tính"),
    TestOutcome.INCONCLUSIVE: QT_TR_NOOP("Nghi ngờ"),
}


class Role(StrEnum):
    """What an account may do. The service layer enforces it; the GUI only hides."""

    ADMIN = "admin"  # district office: everything, users and settings too
    OPERATOR = "operator"  # a site: sees and changes only its assigned facilities
    VIEWER = "viewer"  # reads and prints


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: QT_TR_NOOP("Quản trị cấp huyện"),
    Role.OPERATOR: QT_TR_NOOP("Cán bộ cơ sở cách ly"),
    Role.VIEWER: QT_TR_NOOP("Chỉ xem và in"),
}
