"""What the papers draw: plain rows handed to the documents by the paper service.

Nothing here reads the database; `reports/` depends on nothing above it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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


CODE_PREFIX = "QD1"


@dataclass
class ListRow:
    person_id: int
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    address: str | None
    facility: str
    facility_name: str
    room: str | None
    admitted_on: date  # to this facility
    planned_release_on: date
    day: int  # of the quarantine, counted from its first day
    latest_test: str  # e.g. "Âm tính (21/11/2026)"
    quarantine_start: date | None = None  # the first day, where it differs from admitted_on
    contact_level: str | None = None  # F0, F1…
    phone: str | None = None
    note: str = ""  # fever of the day, F0/F1, a pending test, moved here from…


@dataclass
class CertificateData:
    stay_id: int
    number: str
    year: int
    full_name: str
    sex: str | None
    date_of_birth: date | None
    birth_year: int | None
    id_number: str | None
    id_type: str | None
    nationality: str | None
    address: str | None
    facility_code: str
    facility_name: str
    facility_address: str | None
    admitted_on: date  # the first day of the quarantine, whatever facility it began in
    released_on: date
    tests: list[tuple[date, str, str]]  # (taken on, kind, result)
    code: str = ""
    # the facilities of the quarantine in order, with the day each was entered, when it
    # moved between facilities
    places: list[tuple[str, date]] = field(default_factory=list)
    facility_id: int | None = None

    def signed_text(self) -> str:
        """Everything the certificate states, in one fixed form, for its signature."""
        import json

        return f"{self.number}|{self.year}|" + json.dumps(self.content(), ensure_ascii=False,
                                                          sort_keys=True)

    def canonical(self) -> str:
        """What the signature of certificates printed before 2026-12 covered (their codes
        are still checked against it)."""
        born = self.date_of_birth.isoformat() if self.date_of_birth else str(self.birth_year or "")
        return "|".join([self.number, str(self.year), self.full_name, born,
                         self.id_number or "", self.facility_code,
                         self.admitted_on.isoformat(), self.released_on.isoformat()])

    def content(self) -> dict[str, object]:
        """What the certificate certifies, kept as issued (issued_certificate.content)."""
        return {
            "full_name": self.full_name, "sex": self.sex,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "birth_year": self.birth_year, "id_type": self.id_type, "id_number": self.id_number,
            "nationality": self.nationality, "address": self.address,
            "facility_code": self.facility_code, "facility_name": self.facility_name,
            "places": [[name, entered.isoformat()] for name, entered in self.places],
            "admitted_on": self.admitted_on.isoformat(),
            "released_on": self.released_on.isoformat(),
        }

    @property
    def qr_payload(self) -> str:
        return f"{CODE_PREFIX}|{self.year}|{self.number}|{self.code}"


@dataclass
class ReleaseRow:
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    facility: str
    admitted_on: date
    released_on: date
    certificate_number: str | None
    facility_name: str = ""
    facility_address: str | None = None
    facility_contact: str | None = None  # the facility's phone or contact person


@dataclass
class BatchRow:
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    status: str
    facility: str | None
    room: str | None
    admitted_on: date | None
    planned_release_on: date | None


@dataclass
class ExposedRow:
    full_name: str
    birth_year: int | None
    sex: str | None
    facility: str | None
    room: str | None
    reason: str
    planned_before: date | None
    planned_after: date | None


@dataclass
class PositiveCase:
    """«Báo cáo ca dương tính tại khu cách ly»: the case, how it was found, the exposed."""

    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    facility_name: str
    facility_code: str
    room: str | None
    quarantine_start: date
    found_on: date
    test: str  # how it was found: "xét nghiệm RT-PCR ngày 05/08/2020"
    sent_to: str | None  # the hospital
    scope: str
    room_closed_until: date | None
    contacts: list[ExposedRow]


@dataclass
class HandedOver:
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    nationality: str | None
    origin: str | None  # where from, or the address
    note: str  # a description, the hand-over to immigration for a foreigner
    placed: str | None  # facility and room, when admitted


@dataclass
class HandoverRecord:
    """«Biên bản giao nhận người cách ly»: who handed over whom, to whom, when."""

    batch_id: int
    kind: str
    reference: str | None
    detecting_unit: str | None
    detected_at: str | None
    route: str | None
    handed_over_by: str | None
    handed_over_at: datetime
    place: str | None  # where the hand-over took place
    people: list[HandedOver]


@dataclass(frozen=True)
class BatchInfo:
    """The arrival batch a paper is about."""

    id: int
    kind: str
    reference: str | None
    origin: str | None
    arrival_date: date
    detected_at: str | None = None  # an illegal entry: where, when and by whom
    detected_on: datetime | None = None
    detecting_unit: str | None = None


@dataclass
class RoomRow:
    """One person of a batch and the bed the allocation gave them."""

    facility: str
    facility_name: str
    block: str | None
    floor: str | None
    room: str | None
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    household: int | None  # the household's number within the paper, not its id
    relation: str | None
    note: str


@dataclass(frozen=True)
class TestDue:
    person_id: int
    full_name: str
    facility: str
    day: int  # day of the quarantine on the paper's date
    room: str | None = None
    sex: str | None = None
    birth_year: int | None = None
    id_number: str | None = None
    test_day: int = 0  # the scheduled test this is (day 1, 14…)
    due_on: date | None = None  # the day it was due; before the paper's date: overdue
    overdue: bool = False
    retest: str | None = None  # the result that asks for it again, alone (pool positive…)


@dataclass
class DaySummary:
    arrivals_by_kind: dict[str, int]
    positives: int
    to_hospital: int
    transferred: int
    cases_inside: int = 0  # positive cases found inside a site that day (F0 recorded)


@dataclass
class SummaryFigures:
    """The steering committee's figures as of one day (from the records, not today's state).

    facilities: (code, name, beds, in quarantine there that day) of every active facility.
    """

    on: date
    in_quarantine: int
    admitted: int  # began their quarantine that day (a transfer is not a new admission)
    released: int  # completed it that day
    admitted_total: int
    released_total: int
    tests: dict[str, int]  # that day, by result: negative, positive, pending
    tests_total: dict[str, int]
    fevers: int  # people with a temperature of 37.5 °C or more that day
    to_hospital: int
    to_hospital_total: int
    absconded_total: int
    transferred: int
    cases_inside: int
    arrivals_by_kind: dict[str, int]
    facilities: list[tuple[str, str, int, int]]
    standby_beds: int
    waiting: int | None = None  # not yet placed (known for today only)
    # that day's sampling rounds: people, tubes, positive_tubes, positive_people, pending
    sampling: dict[str, int] | None = None


@dataclass
class GoingHome:
    """One person handed over to the health station of their commune after release."""

    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    phone: str | None
    address: str | None
    facility: str
    released_on: date
    monitor_until: date | None  # the last day of home monitoring the policy requires
    certificate_number: str | None
    province: str | None  # matched from the address; None when it could not be
    district: str | None
    commune: str | None
