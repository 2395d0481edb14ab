"""The data behind the printed papers, and certificate verification codes."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select

from quarantine_desk.domain.enums import TEST_OUTCOME_LABELS, TestOutcome
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Access, Service, audit
from quarantine_desk.services.errors import NotFoundError, ServiceError
from quarantine_desk.services.people import visible_people
from quarantine_desk.services.settings import SettingsService
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import (
    ArrivalBatch,
    Facility,
    Person,
    Room,
    Stay,
    TestResult,
)

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
    admitted_on: date
    planned_release_on: date
    day: int
    latest_test: str  # e.g. "Âm tính (21/11/2026)"


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
    admitted_on: date
    released_on: date
    tests: list[tuple[date, str, str]]  # (taken on, kind, result)
    code: str = ""

    def canonical(self) -> str:
        """Everything the certificate states, in one fixed form, for the signature."""
        born = self.date_of_birth.isoformat() if self.date_of_birth else str(self.birth_year or "")
        return "|".join([self.number, str(self.year), self.full_name, born,
                         self.id_number or "", self.facility_code,
                         self.admitted_on.isoformat(), self.released_on.isoformat()])

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


@dataclass(frozen=True)
class Verification:
    genuine: bool
    message: str
    certificate: CertificateData | None = None


def sign(key: bytes, text: str) -> str:
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")  # 16 characters


class ReportService(Service):
    def __init__(self, db: Database, access: Access | None = None) -> None:
        super().__init__(db, access)
        self.settings = SettingsService(db, self.access)

    def daily_list(self, on: date, facility_code: str | None = None) -> list[ListRow]:
        """Everyone in quarantine on that day, by facility, room and name."""
        with self.db.read() as session:
            latest = (select(TestResult.person_id, func.max(TestResult.id).label("tid"))
                      .where(TestResult.taken_on <= on).group_by(TestResult.person_id)
                      .subquery())
            stmt = (
                select(Person.id, Person.full_name, Person.birth_year, Person.sex,
                       Person.id_number, Person.address, Facility.code, Facility.name, Room.code,
                       Stay.admitted_on, Stay.planned_release_on, TestResult.taken_on,
                       TestResult.result)
                .join(Stay, Stay.person_id == Person.id)
                .join(Facility, Facility.id == Stay.facility_id)
                .outerjoin(Room, Room.id == Stay.room_id)
                .outerjoin(latest, latest.c.person_id == Person.id)
                .outerjoin(TestResult, TestResult.id == latest.c.tid)
                .where(Stay.admitted_on <= on,
                       (Stay.released_on.is_(None)) | (Stay.released_on > on))
                .order_by(Facility.code, Room.code, Person.sort_key)
            ).where(*self.access.facility_filter(Stay.facility_id))
            if facility_code:
                code = facility_code.strip().upper()
                if session.scalar(select(Facility.id).where(Facility.code == code)) is None:
                    raise NotFoundError(
                        tr(
                            "Không có cơ sở cách ly mã {facility_code}.",
                            facility_code=facility_code,
                        )
                    )
                stmt = stmt.where(Facility.code == code)
            rows = []
            for (pid, name, year, sex, doc, address, code, fname, room, admitted, planned,
                 taken, result) in session.execute(stmt):
                test = ""
                if result:
                    test = f"{TEST_OUTCOME_LABELS[TestOutcome(result)]} ({taken:%d/%m})"
                rows.append(
                    ListRow(
                        pid,
                        name,
                        year,
                        sex,
                        doc,
                        address,
                        code,
                        fname,
                        room,
                        admitted,
                        planned,
                        (on - admitted).days + 1,
                        test,
                    )
                )
            return rows

    def releases(self, on: date, facility_code: str | None = None) -> list[ReleaseRow]:
        """Everyone released on that day, by facility and certificate number."""
        with self.db.read() as session:
            stmt = (
                select(
                    Person.full_name,
                    Person.birth_year,
                    Person.sex,
                    Person.id_number,
                    Facility.code,
                    Stay.admitted_on,
                    Stay.released_on,
                    Stay.certificate_number,
                )
                .join(Stay, Stay.person_id == Person.id)
                .join(Facility, Facility.id == Stay.facility_id)
                .where(
                    Stay.released_on == on,
                    Stay.outcome == "released",
                    *self.access.facility_filter(Stay.facility_id),
                )
                .order_by(Facility.code, Stay.certificate_seq, Person.sort_key)
            )
            if facility_code:
                stmt = stmt.where(Facility.code == facility_code.strip().upper())
            return [ReleaseRow(*r) for r in session.execute(stmt)]

    def batch_report(self, batch_id: int) -> tuple[ArrivalBatch, list[BatchRow]]:
        """A batch and where every one of its people went."""
        with self.db.read() as session:
            batch = session.get(ArrivalBatch, batch_id)
            if batch is None:
                raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
            rows = session.execute(
                select(Person.full_name, Person.birth_year, Person.sex, Person.id_number,
                       Person.status, Facility.code, Room.code, Stay.admitted_on,
                       Stay.planned_release_on)
                .outerjoin(Stay, Stay.id == Person.current_stay_id)
                .outerjoin(Facility, Facility.id == Stay.facility_id)
                .outerjoin(Room, Room.id == Stay.room_id)
                .where(Person.batch_id == batch_id, *visible_people(self.access))
                .order_by(Facility.code, Room.code, Person.sort_key)).all()  # fmt: skip
            session.expunge(batch)
            return batch, [BatchRow(*r) for r in rows]

    def record_output(self, action: str, kind: str, file_name: str, summary: str) -> None:
        """Personal data left the program (a paper or an export): put it in the trail."""
        with self.db.write() as session:
            audit(
                session,
                self.actor,
                action,
                entity="report",
                after={"kind": kind, "file": file_name},
                summary=summary,
            )

    def certificates(
        self,
        released_on: date | None = None,
        person_ids: list[int] | None = None,
        stay_ids: list[int] | None = None,
        *,
        scoped: bool = True,
    ) -> list[CertificateData]:
        """Certificates of everyone released on a day (or of the given people)."""
        if released_on is None and not person_ids and not stay_ids:
            raise ServiceError(tr("Chọn ngày hoàn thành cách ly hoặc những người cần in giấy."))
        key = self.settings.certificate_key()
        with self.db.read() as session:
            conditions = [Stay.certificate_number.is_not(None)]
            if scoped:
                conditions.extend(self.access.facility_filter(Stay.facility_id))
            if released_on is not None:
                conditions.append(Stay.released_on == released_on)
            if person_ids:
                conditions.append(Stay.person_id.in_(person_ids))
            if stay_ids:
                conditions.append(Stay.id.in_(stay_ids))
            stays = session.execute(
                select(Stay, Person, Facility)
                .join(Person, Person.id == Stay.person_id)
                .join(Facility, Facility.id == Stay.facility_id)
                .where(and_(*conditions))
                .order_by(Stay.certificate_year, Facility.code, Stay.certificate_seq)
            ).all()
            out = []
            for stay, person, facility in stays:
                tests = [
                    (t.taken_on, t.kind, t.result)
                    for t in session.scalars(
                        select(TestResult)
                        .where(
                            TestResult.person_id == person.id,
                            TestResult.taken_on >= stay.admitted_on,
                            TestResult.taken_on <= stay.released_on,
                        )
                        .order_by(TestResult.taken_on)
                    )
                ]
                data = CertificateData(
                    stay.id,
                    stay.certificate_number,
                    stay.certificate_year,
                    person.full_name,
                    person.sex,
                    person.date_of_birth,
                    person.birth_year,
                    person.id_number,
                    person.id_type,
                    person.nationality,
                    person.address,
                    facility.code,
                    facility.name,
                    facility.address,
                    stay.admitted_on,
                    stay.released_on,
                    tests,
                )
                data.code = sign(key, data.canonical())
                out.append(data)
            return out

    def verify(self, text: str) -> Verification:
        """Whether a certificate's code (what its QR code holds) is genuine, and whose."""
        parts = text.strip().split("|")
        if len(parts) != 4 or parts[0] != CODE_PREFIX or not parts[1].isdigit():
            return Verification(False, tr("Mã không đúng dạng mã xác thực của Quarantine Desk."))
        _, year, number, code = parts
        with self.db.read() as session:
            stay_id = session.scalar(
                select(Stay.id).where(
                    Stay.certificate_year == int(year), Stay.certificate_number == number
                )
            )
        if stay_id is None:
            return Verification(
                False,
                tr("Không có giấy xác nhận số {number} năm {year}.", number=number, year=year),
            )
        [data] = self.certificates(stay_ids=[stay_id], scoped=False)  # anyone may check
        if not hmac.compare_digest(data.code, code.upper()):
            return Verification(
                False,
                tr(
                    "Mã xác thực không khớp giấy số {number}: giấy giả hoặc đã bị sửa.",
                    number=number,
                ),
                None,
            )
        return Verification(
            True,
            tr(
                "Giấy xác nhận số {number} là thật: cấp cho "
                "{full_name}, cách ly tại {facility_name} từ "
                "{admitted_on:%d/%m/%Y} đến {released_on:%d/%m/%Y}.",
                number=number,
                full_name=data.full_name,
                facility_name=data.facility_name,
                admitted_on=data.admitted_on,
                released_on=data.released_on,
            ),
            data,
        )
