"""The data model. Enumerated values are stored as their string values."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Facility(Base):
    __tablename__ = "facility"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    managing_unit: Mapped[str | None] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(100))
    contact: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="active")
    # The hard limit of people the facility may hold at once.
    beds: Mapped[int] = mapped_column(Integer)

    rooms: Mapped[list[Room]] = relationship(back_populates="facility", order_by="Room.code")


class Room(Base):
    __tablename__ = "room"
    __table_args__ = (UniqueConstraint("facility_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(32))
    beds: Mapped[int] = mapped_column(Integer)
    sex: Mapped[str | None] = mapped_column(String(1))
    # «Khu» and «Tầng» (added in revision 0008): where the room is, for neighbouring rooms
    # and for the scope of an exposure
    block: Mapped[str | None] = mapped_column(String(32))
    floor: Mapped[str | None] = mapped_column(String(16))
    # Closed to new admissions before this day (revision 0010): cleaned after a positive case
    closed_until: Mapped[date | None] = mapped_column(Date)
    closed_note: Mapped[str | None] = mapped_column(String(300))

    facility: Mapped[Facility] = relationship(back_populates="rooms")


class ArrivalBatch(Base):
    __tablename__ = "arrival_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    reference: Mapped[str | None] = mapped_column(String(64))
    origin: Mapped[str | None] = mapped_column(String(100))
    entry_point: Mapped[str | None] = mapped_column(String(200))
    arrival_date: Mapped[date] = mapped_column(Date)
    detecting_unit: Mapped[str | None] = mapped_column(String(200))
    source_file: Mapped[str | None] = mapped_column(String(500))
    # one batch per file (revision 0014): a second import of the same file adds nobody
    source_sha256: Mapped[str | None] = mapped_column(String(64), index=True, unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Announced before its list exists, and handed over at the desk (revision 0011)
    expected: Mapped[int | None] = mapped_column(Integer)
    detected_at: Mapped[str | None] = mapped_column(String(200))  # place of detection
    route: Mapped[str | None] = mapped_column(String(200))  # how they crossed, came
    handed_over_by: Mapped[str | None] = mapped_column(String(200))
    handed_over_at: Mapped[datetime | None] = mapped_column(DateTime)


class BedHold(Base):
    """Beds of a facility kept for an announced batch (revision 0011): other allocations and
    admissions may not use them until the batch is allocated or the hold is lifted."""

    __tablename__ = "bed_hold"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("arrival_batch.id", ondelete="CASCADE"),
                                          index=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id", ondelete="CASCADE"))
    beds: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    lifted_at: Mapped[datetime | None] = mapped_column(DateTime)


class Household(Base):
    """A family travelling together (added in revision 0008).

    Never everyone at one address: a household comes from the manifest (a group column, or
    a «Quan hệ với chủ hộ» list), from the operator, or is suggested by the importer on
    strong evidence (see importing/households.py) for the operator to confirm or split.
    """

    __tablename__ = "household"

    id: Mapped[int] = mapped_column(primary_key=True)
    # "file", "operator" or "suggested" (HouseholdSource)
    source: Mapped[str] = mapped_column(String(16))
    # the value of the manifest's group column, or the head of household's row
    label: Mapped[str | None] = mapped_column(String(100))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("arrival_batch.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        # one person per document number (revision 0016); no number: as many as come
        Index("ix_person_id_number", "id_number", unique=True),
        # The people list: searching scans this index alone, already in display order.
        Index("ix_person_list", "sort_key", "name_folded", "status", "id_number", "phone",
              "current_stay_id"),
        # The dashboard's count by status, read in order from a small index.
        Index("ix_person_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    # Derived from full_name by the service layer: folded for search, and the
    # Vietnamese sort key (given name, middle, surname).
    # (No index on name_folded: search matches inside the name, which no index serves.)
    name_folded: Mapped[str] = mapped_column(String(200))
    # Byte order: the key is built to sort right that way, and a locale collation
    # (PostgreSQL's default) would skip its separators.
    sort_key: Mapped[str] = mapped_column(
        String(400).with_variant(String(400, collation="C"), "postgresql")
    )
    sex: Mapped[str | None] = mapped_column(String(1))
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    id_number: Mapped[str | None] = mapped_column(String(32))
    id_type: Mapped[str | None] = mapped_column(String(16))
    nationality: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(300))
    # Set before vaccination was recorded (revision 0018): counts as fully vaccinated only
    # for a person with nothing in the columns below.
    fully_vaccinated: Mapped[bool] = mapped_column(Boolean, default=False)
    # Vaccination and recovery as written (domain/vaccination.py derives the status on a day)
    vaccine_doses: Mapped[int | None] = mapped_column(Integer)
    last_dose_on: Mapped[date | None] = mapped_column(Date)
    vaccine: Mapped[str | None] = mapped_column(String(64))
    recovered_on: Mapped[date | None] = mapped_column(Date)
    # where the person goes home to (the hand-over list); `address` is the permanent one
    current_address: Mapped[str | None] = mapped_column(String(300))
    insurance_number: Mapped[str | None] = mapped_column(String(32))
    # the day this person arrived, when the list gives it per row (else the batch's)
    arrived_on: Mapped[date | None] = mapped_column(Date)
    arrival_symptoms: Mapped[str | None] = mapped_column(String(300))
    # the room the list gave, tried first by the allocation under the room rules
    requested_room: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("arrival_batch.id", ondelete="SET NULL"), index=True
    )
    # Kept by the stay service in the same transaction as every stay change.
    status: Mapped[str] = mapped_column(String(16), default="arrived")
    current_stay_id: Mapped[int | None] = mapped_column(
        ForeignKey("stay.id", ondelete="SET NULL", use_alter=True)
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)

    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), index=True
    )
    # «Quan hệ với chủ hộ» as the manifest wrote it ("Chủ hộ", "Vợ", "Con"…)
    relation: Mapped[str | None] = mapped_column(String(32))
    # F0 (a confirmed case), F1 (a close contact of an F0), F2…, or none (revision 0010)
    contact_level: Mapped[str | None] = mapped_column(String(4))
    diet: Mapped[str | None] = mapped_column(String(120))  # «chay», «trẻ nhỏ» (revision 0020)

    batch: Mapped[ArrivalBatch | None] = relationship()
    current_stay: Mapped[Stay | None] = relationship(foreign_keys=[current_stay_id])


class Stay(Base):
    __tablename__ = "stay"
    __table_args__ = (
        Index("ix_stay_facility_open", "facility_id", "released_on"),
        Index("ix_stay_room_open", "room_id", "released_on"),
        # The open stays (and a day's releases) read from the index alone: the dashboard,
        # the forecast, who is due.
        Index("ix_stay_open", "released_on", "facility_id", "planned_release_on",
              "quarantine_start", "admitted_on"),
        Index("ix_stay_admitted_on", "admitted_on"),
        UniqueConstraint("certificate_year", "certificate_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id"))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"))
    admitted_on: Mapped[date] = mapped_column(Date)  # to this facility
    # The first day of the quarantine this stay is part of (revision 0009): a move between
    # facilities continues it, a close contact with a positive case starts it again. Day
    # numbers, test days and the certificate count from here.
    quarantine_start: Mapped[date] = mapped_column(Date)
    planned_release_on: Mapped[date] = mapped_column(Date, index=True)
    released_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(String(16))
    outcome_note: Mapped[str | None] = mapped_column(String(300))
    # Given at release: "15/GXN-TQS-CT" with a running number per facility and year.
    certificate_number: Mapped[str | None] = mapped_column(String(64))
    certificate_year: Mapped[int | None] = mapped_column(Integer)
    certificate_seq: Mapped[int | None] = mapped_column(Integer)

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    facility: Mapped[Facility] = relationship()
    room: Mapped[Room | None] = relationship()


class TestResult(Base):
    __tablename__ = "test_result"
    __test__ = False  # not a pytest class
    __table_args__ = (Index("ix_test_result_taken_on", "taken_on"),)  # a day's tests

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id", ondelete="SET NULL"))
    taken_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    result: Mapped[str] = mapped_column(String(16))


class SamplingRound(Base):
    """One round of swabs at a site on a day (revision 0019, services/sampling.py): its
    tubes, each of one person or a pool of one room's or one family's samples."""

    __tablename__ = "sampling_round"
    __table_args__ = (Index("ix_sampling_round_day", "facility_id", "taken_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id", ondelete="RESTRICT"))
    taken_on: Mapped[date] = mapped_column(Date)
    pool_size: Mapped[int] = mapped_column(Integer)
    grouping: Mapped[str] = mapped_column(String(16))  # "room" or "household"
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))

    tubes: Mapped[list[SampleTube]] = relationship(
        back_populates="round", order_by="SampleTube.seq", cascade="all, delete-orphan")


class SampleTube(Base):
    """A tube sent to the lab: its printed code (`CODE-YYMMDD-NNN`), the room it was taken
    in, whether it pools several samples, and the lab's result once it is back."""

    __tablename__ = "sample_tube"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("sampling_round.id", ondelete="CASCADE"),
                                          index=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    seq: Mapped[int] = mapped_column(Integer)
    room: Mapped[str | None] = mapped_column(String(32))
    household_id: Mapped[int | None] = mapped_column(Integer)
    pooled: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str | None] = mapped_column(String(120))  # why a sample is alone
    result: Mapped[str | None] = mapped_column(String(16))  # None: the lab has not answered
    result_on: Mapped[date | None] = mapped_column(Date)
    ct: Mapped[float | None] = mapped_column(Float)

    round: Mapped[SamplingRound] = relationship(back_populates="tubes")
    members: Mapped[list[TubeMember]] = relationship(
        back_populates="tube", order_by="TubeMember.id", cascade="all, delete-orphan")


class TubeMember(Base):
    """One person's sample in a tube, and the pending test it recorded for them. A person
    gives one sample a round (the unique key: two desks saving the same plan save one)."""

    __tablename__ = "tube_member"
    __table_args__ = (UniqueConstraint("round_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("sampling_round.id", ondelete="CASCADE"))
    tube_id: Mapped[int] = mapped_column(ForeignKey("sample_tube.id", ondelete="CASCADE"),
                                         index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    test_id: Mapped[int | None] = mapped_column(
        ForeignKey("test_result.id", ondelete="SET NULL"), index=True)

    tube: Mapped[SampleTube] = relationship(back_populates="members")


class FeeRate(Base):
    """What a person-day costs at a kind of site from a date (revision 0020; services/fees.py):
    the part the person pays (meals) and the state's part (essentials). A kind of "*" is
    every kind without a rate of its own."""

    __tablename__ = "fee_rate"
    __table_args__ = (UniqueConstraint("facility_kind", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    facility_kind: Mapped[str] = mapped_column(String(16))
    valid_from: Mapped[date] = mapped_column(Date)
    person_rate: Mapped[int] = mapped_column(Integer)  # VND a person-day, paid by the person
    state_rate: Mapped[int] = mapped_column(Integer)  # VND a person-day, paid by the state
    # a rule for new entries only: a quarantine begun before its date pays no person part on
    # or after it (16/NQ-CP spares those who entered before it)
    new_entries_only: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(String(300))


class PositiveFinding(Base):
    """A person found positive during a quarantine: one per stay (the unique rule keeps two
    desks, or one desk twice, from recording the same case twice). The day's summary counts
    these, not audit entries."""

    __tablename__ = "positive_finding"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="CASCADE"),
                                         unique=True)
    found_on: Mapped[date] = mapped_column(Date, index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)


class FeeExemption(Base):
    """Why a person pays nothing (a poor or near-poor household, a child, an entry before
    the resolution, a decision), with the document that grants it."""

    __tablename__ = "fee_exemption"
    __table_args__ = (UniqueConstraint("person_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(24))
    document: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))


class FeePayment(Base):
    """Money paid (or, negative, a payment reversed: a payment is never deleted). A receipt
    number is the person's once: the same payment entered twice is one payment."""

    __tablename__ = "fee_payment"
    __table_args__ = (UniqueConstraint("person_id", "receipt"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"),
                                           index=True)
    amount: Mapped[int] = mapped_column(BigInteger)  # VND; negative: a reversal
    paid_on: Mapped[date] = mapped_column(Date)
    receipt: Mapped[str] = mapped_column(String(40))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("fee_payment.id"), unique=True)
    note: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str | None] = mapped_column(String(64))


class HealthCheck(Base):
    """A daily check: temperature and symptoms (added in revision 0005)."""

    __tablename__ = "health_check"
    __table_args__ = (UniqueConstraint("person_id", "checked_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"))
    stay_id: Mapped[int | None] = mapped_column(ForeignKey("stay.id", ondelete="SET NULL"))
    checked_on: Mapped[date] = mapped_column(Date, index=True)
    temperature: Mapped[float | None] = mapped_column(Float)
    symptoms: Mapped[str | None] = mapped_column(String(300))


class QuarantinePolicy(Base):
    __tablename__ = "quarantine_policy"
    __table_args__ = (UniqueConstraint("valid_from", "group_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    valid_from: Mapped[date] = mapped_column(Date)
    group_name: Mapped[str] = mapped_column(String(16))
    days: Mapped[int] = mapped_column(Integer)
    # Comma-separated days of the stay on which a test is due, e.g. "1,14,20".
    test_days: Mapped[str] = mapped_column(String(64))
    home_monitoring_days: Mapped[int] = mapped_column(Integer, default=0)
    # Quarantine of a close contact from the last day of contact (revision 0010); none: `days`
    contact_days: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(String(300))


class Setting(Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str | None] = mapped_column(String(200))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # consecutive failed sign-ins, and the time before which no attempt is looked at
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)


class UserFacility(Base):
    """The facilities a site operator may see and change (added in revision 0007)."""

    __tablename__ = "user_facility"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"),
                                         primary_key=True)
    facility_id: Mapped[int] = mapped_column(ForeignKey("facility.id", ondelete="CASCADE"),
                                             primary_key=True)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # kept as text so the trail reads the same after a user is renamed or disabled
    username: Mapped[str | None] = mapped_column(String(64), index=True)
    # the person the change is about (no foreign key: the trail outlives the record)
    person_id: Mapped[int | None] = mapped_column(Integer, index=True)
    summary: Mapped[str | None] = mapped_column(String(500))
    # its place in the hash chain, and the chain up to it (storage/audit_chain.py, rev. 0015)
    seq: Mapped[int | None] = mapped_column(Integer, index=True, unique=True)
    chain: Mapped[str | None] = mapped_column(String(64))


class PlannedDateChange(Base):
    """History of changes to a stay's planned release date (added in revision 0002)."""

    __tablename__ = "planned_date_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="CASCADE"), index=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    old_date: Mapped[date] = mapped_column(Date)
    new_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class OutgoingPaper(Base):
    """«Sổ đăng ký văn bản đi» (revision 0012): every paper that went out, with its number.

    The number is the next of its kind for the year and unit (e.g. 05/BC-BCĐ) unless the
    clerk typed one; a reprint of the same paper (same kind, facility, batch or person and
    date: `subject`) keeps its number.
    """

    __tablename__ = "outgoing_paper"
    __table_args__ = (UniqueConstraint("year", "number"), UniqueConstraint("subject"))

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(64))
    # the parts of an automatic number: 5, "BC", "BCĐ" (seq None for a number typed by hand)
    seq: Mapped[int | None] = mapped_column(Integer)
    kind_code: Mapped[str] = mapped_column(String(16))
    unit_short: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    subject: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[date] = mapped_column(Date)
    summary: Mapped[str] = mapped_column(Text)
    signer: Mapped[str] = mapped_column(String(300))
    recipients: Mapped[str] = mapped_column(Text)
    copies: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    facility_id: Mapped[int | None] = mapped_column(
        ForeignKey("facility.id", ondelete="SET NULL"))
    printed: Mapped[int] = mapped_column(Integer, default=1)  # times made
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(64))


class IssuedCertificate(Base):
    """What a release certificate certified, as issued and signed (revision 0012).

    Correcting the person's record later does not change a paper already in their hand:
    the check compares the code with what was issued, and says whether the record was
    corrected since and whether a corrected certificate (a new code) replaced it.
    """

    __tablename__ = "issued_certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    stay_id: Mapped[int] = mapped_column(ForeignKey("stay.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(64))
    content: Mapped[str] = mapped_column(Text)  # JSON of the certified facts
    code: Mapped[str] = mapped_column(String(32))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    superseded_at: Mapped[datetime | None] = mapped_column(DateTime)


class RowSeal(Base):
    """The hash of each sealed row as the program last wrote it (storage/seals.py, rev. 0017)."""

    __tablename__ = "row_seal"

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))


class SealPending(Base):
    """A sealed row changed by the transaction under way (written by triggers; removed when
    the program seals it at commit: one left behind was changed outside the program)."""

    __tablename__ = "seal_pending"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int] = mapped_column(Integer)
    # the transaction that noted it (PostgreSQL's txid_current(); empty on SQLite)
    tx: Mapped[int | None] = mapped_column(BigInteger, index=True)
