"""Closed vocabularies of the domain with their Vietnamese labels."""

from __future__ import annotations

from enum import StrEnum


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


class PolicyGroup(StrEnum):
    ALL = "all"
    VACCINATED = "vaccinated"


FACILITY_KIND_LABELS: dict[FacilityKind, str] = {
    FacilityKind.MILITARY: "Quân đội",
    FacilityKind.HOTEL: "Khách sạn",
    FacilityKind.MEDICAL: "Cơ sở y tế",
    FacilityKind.SCHOOL: "Trường học, ký túc xá",
    FacilityKind.OTHER: "Khác",
}

FACILITY_STATUS_LABELS: dict[FacilityStatus, str] = {
    FacilityStatus.ACTIVE: "Đang hoạt động",
    FacilityStatus.STANDBY: "Dự phòng",
    FacilityStatus.CLOSED: "Đã đóng",
}

BATCH_KIND_LABELS: dict[BatchKind, str] = {
    BatchKind.FLIGHT: "Chuyến bay",
    BatchKind.LAND_BORDER: "Cửa khẩu đường bộ",
    BatchKind.SEAPORT: "Cảng biển",
    BatchKind.ROAD: "Đường bộ",
    BatchKind.ILLEGAL_ENTRY: "Nhập cảnh trái phép",
    BatchKind.DOMESTIC: "Từ vùng dịch trong nước",
}

SEX_LABELS: dict[Sex, str] = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}

ID_TYPE_LABELS: dict[IdType, str] = {
    IdType.CCCD: "CCCD",
    IdType.CMND: "CMND",
    IdType.PASSPORT: "Hộ chiếu",
    IdType.OTHER: "Giấy tờ khác",
}

PERSON_STATUS_LABELS: dict[PersonStatus, str] = {
    PersonStatus.ARRIVED: "Mới đến",
    PersonStatus.IN_QUARANTINE: "Đang cách ly",
    PersonStatus.RELEASED: "Hoàn thành cách ly",
    PersonStatus.HOSPITAL: "Chuyển bệnh viện",
    PersonStatus.TRANSFERRED: "Chuyển nơi khác",
    PersonStatus.ABSCONDED: "Bỏ trốn",
}

TEST_OUTCOME_LABELS: dict[TestOutcome, str] = {
    TestOutcome.PENDING: "Chờ kết quả",
    TestOutcome.NEGATIVE: "Âm tính",
    TestOutcome.POSITIVE: "Dương tính",
}


class Role(StrEnum):
    """What an account may do. The service layer enforces it; the GUI only hides."""

    ADMIN = "admin"  # district office: everything, users and settings too
    OPERATOR = "operator"  # a site: sees and changes only its assigned facilities
    VIEWER = "viewer"  # reads and prints


ROLE_LABELS: dict[Role, str] = {
    Role.ADMIN: "Quản trị cấp huyện",
    Role.OPERATOR: "Cán bộ cơ sở cách ly",
    Role.VIEWER: "Chỉ xem và in",
}
