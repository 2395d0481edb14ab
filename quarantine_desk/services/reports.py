"""The data behind the printed papers, and certificate verification codes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from quarantine_desk.domain.enums import RETEST_OUTCOMES, TEST_OUTCOME_LABELS, TestOutcome
from quarantine_desk.domain.names import sort_key
from quarantine_desk.domain.policy import day_of_quarantine
from quarantine_desk.i18n import tr
from quarantine_desk.reports.rows import (
    CODE_PREFIX,
    BatchInfo,
    BatchRow,
    CertificateData,
    ExposedRow,
    GoingHome,
    HandedOver,
    HandoverRecord,
    ListRow,
    PositiveCase,
    ReleaseRow,
    RoomRow,
)
from quarantine_desk.services.access import Access, PermissionDenied, Service
from quarantine_desk.services.errors import NotFoundError, ServiceError
from quarantine_desk.services.facilities import natural_key
from quarantine_desk.services.health import FEVER
from quarantine_desk.services.people import visible_people
from quarantine_desk.services.settings import SettingsService
from quarantine_desk.storage.db import Database
from quarantine_desk.storage.models import (
    ArrivalBatch,
    Facility,
    HealthCheck,
    IssuedCertificate,
    Person,
    Room,
    Stay,
    TestResult,
)


@dataclass(frozen=True)
class Verification:
    genuine: bool
    message: str
    certificate: CertificateData | None = None


def sign(key: bytes, text: str) -> str:
    digest = hmac.new(key, text.encode("utf-8"), hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode("ascii")  # 16 characters


def spellings(number: str) -> list[str]:
    """A certificate number as it may be read out: «1/GXN-QS» (as issued before) and
    «01/GXN-QS» are one number."""
    match = re.fullmatch(r"0*(\d+)(/.+)", number)
    if match is None:
        return [number]
    seq, rest = int(match.group(1)), match.group(2)
    return list(dict.fromkeys([number, f"{seq}{rest}", f"{seq:02d}{rest}"]))


class ReportService(Service):
    def __init__(self, db: Database, access: Access | None = None) -> None:
        super().__init__(db, access)
        self.settings = SettingsService(db, self.access)

    def daily_list(self, on: date, facility_code: str | None = None) -> list[ListRow]:
        """Everyone in quarantine on that day, by facility, room and name."""
        with self.db.read() as session:
            place = paper_facility(session, self.access, facility_code)
            return daily_list_rows(session, self.access, on, place)

    def releases(self, on: date, facility_code: str | None = None) -> list[ReleaseRow]:
        """Everyone released on that day, by facility and certificate number."""
        with self.db.read() as session:
            place = paper_facility(session, self.access, facility_code)
            return release_rows(session, self.access, on, place)

    def batch_report(self, batch_id: int) -> tuple[BatchInfo, list[BatchRow]]:
        """A batch and where every one of its people went."""
        with self.db.read() as session:
            return batch_rows(session, self.access, batch_id)

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
            return certificate_rows(session, self.access if scoped else None, key,
                                    released_on=released_on, person_ids=person_ids,
                                    stay_ids=stay_ids)

    def verify(self, text: str) -> Verification:
        """Whether a certificate's code (what its QR code holds) is genuine, and whose."""
        parts = text.strip().split("|")
        if len(parts) != 4 or parts[0] != CODE_PREFIX or not parts[1].isdigit():
            return Verification(False, tr("Mã không đúng dạng mã xác thực của Quarantine Desk."))
        _, year, number, code = parts
        return self._verify(int(year), number, code)

    def verify_printed(self, number: str, code: str, year: int | None = None) -> Verification:
        """The check a clerk does by phone: the number and the code printed on the paper
        (the year is the certificate's; without it, the number is looked up in every year)."""
        number, code = " ".join(number.split()), "".join(code.split()).upper()
        if not number or not code:
            return Verification(False, tr("Cho số giấy và mã xác thực in trên giấy."))
        if year is None:
            with self.db.read() as session:
                years = sorted({y for y in session.scalars(
                    select(Stay.certificate_year).where(
                        Stay.certificate_number.in_(spellings(number))))
                    if y is not None}, reverse=True)
            for candidate in years:
                result = self._verify(candidate, number, code)
                if result.genuine:
                    return result
            if not years:
                return Verification(False, tr("Không có giấy xác nhận số {number}.",
                                              number=number))
            year = years[0]
        return self._verify(year, number, code)

    def _verify(self, year: int, number: str, code: str) -> Verification:
        code = code.strip().upper()
        with self.db.read() as session:
            stay_id = session.scalar(
                select(Stay.id).where(
                    Stay.certificate_year == year,
                    Stay.certificate_number.in_(spellings(number)),
                )
            )
            issued = list(session.scalars(
                select(IssuedCertificate).where(IssuedCertificate.stay_id == stay_id)
                .order_by(IssuedCertificate.id))) if stay_id is not None else []
        if stay_id is None:
            return Verification(
                False,
                tr("Không có giấy xác nhận số {number} năm {year}.", number=number, year=year),
            )
        [data] = self.certificates(stay_ids=[stay_id], scoped=False)  # anyone may check
        match = next((c for c in issued if hmac.compare_digest(c.code, code)), None)
        legacy = sign(self.settings.certificate_key(), data.canonical())
        if match is None and (hmac.compare_digest(legacy, code) or (
                not issued and hmac.compare_digest(data.code, code))):
            # printed before certificates were kept as issued: checked against the record
            return Verification(True, self._genuine(number, data.full_name, data.facility_name,
                                                    data.admitted_on, data.released_on), data)
        if match is None:
            return Verification(
                False,
                tr(
                    "Mã xác thực không khớp giấy số {number}: giấy giả hoặc đã bị sửa.",
                    number=number,
                ),
                None,
            )
        # the code was issued: check what it certified, as it was signed
        issued_content = json.loads(match.content)
        message = self._genuine(number, str(issued_content["full_name"]),
                                str(issued_content["facility_name"]),
                                date.fromisoformat(str(issued_content["admitted_on"])),
                                date.fromisoformat(str(issued_content["released_on"])))
        if issued_content != data.content():
            message += " " + tr("Hồ sơ của người này đã được sửa sau khi cấp giấy.")
        if match.superseded_at is not None:
            message += " " + tr(
                "Giấy này đã được thay bằng giấy cấp lại ngày {on:%d/%m/%Y} (mã mới).",
                on=match.superseded_at)
        elif issued_content != data.content():
            message += " " + tr("Chưa cấp lại giấy theo hồ sơ đã sửa.")
        return Verification(True, message, data)

    @staticmethod
    def _genuine(number: str, full_name: str, facility_name: str, admitted_on: date,
                 released_on: date) -> str:
        return tr(
            "Giấy xác nhận số {number} là thật: cấp cho "
            "{full_name}, cách ly tại {facility_name} từ "
            "{admitted_on:%d/%m/%Y} đến {released_on:%d/%m/%Y}.",
            number=number,
            full_name=full_name,
            facility_name=facility_name,
            admitted_on=admitted_on,
            released_on=released_on,
        )


def issue_certificates(session: Session, certs: list[CertificateData]) -> None:
    """Keep each certificate as it is being issued: the first print stores what it
    certifies; a print after the record was corrected issues a corrected certificate (its
    content differs, so its code does) and marks the one before as superseded."""
    if not certs:
        return
    latest: dict[int, IssuedCertificate] = {}
    for row in session.scalars(select(IssuedCertificate).where(
            IssuedCertificate.stay_id.in_([c.stay_id for c in certs]),
            IssuedCertificate.superseded_at.is_(None))):
        latest[row.stay_id] = row
    now = datetime.now()
    for cert in certs:
        known = latest.get(cert.stay_id)
        if known is not None and known.code == cert.code:
            continue  # the code signs the content: the same code, the same certificate
        if known is not None:
            known.superseded_at = now
        session.add(IssuedCertificate(
            stay_id=cert.stay_id, year=cert.year, number=cert.number, code=cert.code,
            content=json.dumps(cert.content(), ensure_ascii=False, sort_keys=True),
            issued_at=now))


# -- the queries behind the papers, inside the caller's transaction ---------------------------


def paper_facility(session: Session, access: Access, code: str | None) -> Facility | None:
    """The facility a paper is limited to (None: every facility the account sees).

    The one place every paper and export resolves its facility: an unknown code is refused
    the same way for all of them, and so is a facility the account is not given.
    """
    if not code or not code.strip():
        return None
    from quarantine_desk.services.facilities import visible_facility

    return visible_facility(session, access, code)


def _in(facility: Facility | None) -> list[Any]:
    return [] if facility is None else [Stay.facility_id == facility.id]


def daily_list_rows(session: Session, access: Access, on: date,
                    facility: Facility | None = None) -> list[ListRow]:
    latest = (select(TestResult.person_id, func.max(TestResult.id).label("tid"))
              .where(TestResult.taken_on <= on).group_by(TestResult.person_id)
              .subquery())
    stmt = (
        select(Person.id, Person.full_name, Person.birth_year, Person.sex,
               Person.id_number, Person.address, Facility.code, Facility.name, Room.code,
               Stay.admitted_on, Stay.planned_release_on, TestResult.taken_on,
               TestResult.result, Stay.quarantine_start, Person.contact_level, Person.phone)
        .join(Stay, Stay.person_id == Person.id)
        .join(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .outerjoin(latest, latest.c.person_id == Person.id)
        .outerjoin(TestResult, TestResult.id == latest.c.tid)
        .where(Stay.admitted_on <= on,
               (Stay.released_on.is_(None)) | (Stay.released_on > on),
               *access.facility_filter(Stay.facility_id), *_in(facility))
        .order_by(Facility.code, Room.code, Person.sort_key)
    )
    found = session.execute(stmt).all()
    ids = [r[0] for r in found]
    notes: dict[int, list[str]] = {}
    if ids:
        for pid, temperature, symptoms in session.execute(
                select(HealthCheck.person_id, HealthCheck.temperature, HealthCheck.symptoms)
                .where(HealthCheck.checked_on == on, HealthCheck.person_id.in_(ids))):
            if temperature is not None and temperature >= FEVER:
                notes.setdefault(pid, []).append(f"Sốt {temperature:.1f} °C".replace(".", ","))
            if symptoms:
                notes.setdefault(pid, []).append(symptoms)
        # moved here from another facility within the same quarantine
        earlier = aliased(Stay)
        for pid, code, left in session.execute(
                select(earlier.person_id, Facility.code, earlier.released_on)
                .join(Stay, and_(Stay.person_id == earlier.person_id,
                                 Stay.quarantine_start == earlier.quarantine_start,
                                 Stay.id != earlier.id, Stay.admitted_on >= earlier.admitted_on,
                                 Stay.admitted_on <= on,
                                 (Stay.released_on.is_(None)) | (Stay.released_on > on)))
                .join(Facility, Facility.id == earlier.facility_id)
                .where(earlier.person_id.in_(ids), earlier.released_on.is_not(None),
                       earlier.released_on <= on)
                .order_by(earlier.admitted_on)):
            notes.setdefault(pid, []).append(f"Chuyển từ {code} ngày {left:%d/%m}")
    rows = []
    for (pid, name, year, sex, doc, address, code, fname, room, admitted, planned,
         taken, result, start, level, phone) in found:
        test = ""
        if result:
            test = f"{TEST_OUTCOME_LABELS[TestOutcome(result)]} ({taken:%d/%m})"
        note = ([level] if level else []) + (
            ["Chờ kết quả xét nghiệm"] if result == TestOutcome.PENDING.value else []) + (
            ["Cần xét nghiệm lại riêng"] if result in RETEST_OUTCOMES else []) + (
            notes.get(pid, []))
        rows.append(ListRow(pid, name, year, sex, doc, address, code, fname, room, admitted,
                            planned, day_of_quarantine(start, on), test,
                            start if start != admitted else None, level, phone,
                            "; ".join(note)))
    return rows


def release_rows(session: Session, access: Access, on: date,
                 facility: Facility | None = None) -> list[ReleaseRow]:
    stmt = (
        select(Person.full_name, Person.birth_year, Person.sex, Person.id_number,
               Facility.code, Stay.quarantine_start, Stay.released_on, Stay.certificate_number,
               Facility.name, Facility.address, Facility.contact)
        .join(Stay, Stay.person_id == Person.id)
        .join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.released_on == on, Stay.outcome == "released",
               *access.facility_filter(Stay.facility_id), *_in(facility))
        .order_by(Facility.code, Stay.certificate_seq, Person.sort_key)
    )
    rows = []
    for (name, year, sex, doc, code, start, released, number, facility_name, address,
         contact) in session.execute(stmt):
        assert released is not None  # released that day, by the query
        rows.append(ReleaseRow(name, year, sex, doc, code, start, released, number,
                               facility_name, address, contact))
    return rows


def going_home_rows(session: Session, access: Access, on: date,
                    facility: Facility | None = None) -> list[GoingHome]:
    """Everyone released that day, with the province, district and commune their address
    names (2020–21 units) and the home-monitoring days of the rule their stay began under
    (for their vaccination status on arrival), ordered for the hand-over to each commune's
    health station. The address is where they go home to: the current one, else the
    permanent one."""
    from quarantine_desk.domain.divisions import place_of
    from quarantine_desk.services.policy import VACCINATION_COLUMNS, rule_of

    stmt = (
        select(Person.full_name, Person.birth_year, Person.sex, Person.id_number, Person.phone,
               func.coalesce(Person.current_address, Person.address), Facility.code,
               Stay.released_on, Stay.quarantine_start, Stay.certificate_number,
               *VACCINATION_COLUMNS)
        .join(Stay, Stay.person_id == Person.id)
        .join(Facility, Facility.id == Stay.facility_id)
        .where(Stay.released_on == on, Stay.outcome == "released",
               *access.facility_filter(Stay.facility_id), *_in(facility))
    )
    rows = []
    for row in session.execute(stmt):
        name, year, sex, doc, phone, address, code, released, start, number = row[:10]
        assert released is not None  # released that day, by the query
        days = rule_of(session, row, start).home_monitoring_days
        place = place_of(address)
        rows.append(GoingHome(name, year, sex, doc, phone, address, code, released,
                              released + timedelta(days=days) if days else None, number,
                              place.province, place.district, place.commune))
    rows.sort(key=lambda r: (r.province is None, r.province or "", r.district or "~",
                             r.commune or "~", sort_key(r.full_name)))
    return rows


def _batch(session: Session, batch_id: int) -> BatchInfo:
    batch = session.get(ArrivalBatch, batch_id)
    if batch is None:
        raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
    return BatchInfo(batch.id, batch.kind, batch.reference, batch.origin, batch.arrival_date,
                     batch.detected_at, batch.handed_over_at, batch.detecting_unit)


def batch_rows(session: Session, access: Access,
               batch_id: int) -> tuple[BatchInfo, list[BatchRow]]:
    batch = _batch(session, batch_id)
    rows = session.execute(
        select(Person.full_name, Person.birth_year, Person.sex, Person.id_number,
               Person.status, Facility.code, Room.code, Stay.admitted_on,
               Stay.planned_release_on)
        .outerjoin(Stay, Stay.id == Person.current_stay_id)
        .outerjoin(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .where(Person.batch_id == batch_id, *visible_people(access))
        .order_by(Facility.code, Room.code, Person.sort_key)).all()
    return batch, [BatchRow(*r) for r in rows]


def room_rows(session: Session, access: Access, batch_id: int,
              facility: Facility | None = None) -> tuple[BatchInfo, list[RoomRow]]:
    """Where the people of a batch sleep: by facility, block, floor and room; households
    numbered in the order they appear."""
    batch = _batch(session, batch_id)
    found = list(session.execute(
        select(Facility.code, Facility.name, Room.block, Room.floor, Room.code,
               Person.full_name, Person.birth_year, Person.sex, Person.id_number,
               Person.household_id, Person.relation, Person.date_of_birth)
        .join(Stay, Stay.id == Person.current_stay_id)
        .join(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .where(Person.batch_id == batch_id, Stay.released_on.is_(None),
               *access.facility_filter(Stay.facility_id), *_in(facility))))
    found.sort(key=lambda r: (r[0], r[2] or "", r[3] or "", natural_key(r[4] or ""),
                              r[9] or 0, r[5]))
    numbers: dict[int, int] = {}
    rows = []
    for code, name, block, floor, room, full_name, year, sex, doc, household, relation, dob in (
            found):
        number = None
        if household is not None:
            number = numbers.setdefault(household, len(numbers) + 1)
        born = dob.year if dob else year
        minor = born is not None and batch.arrival_date.year - born < 18
        note = "Chưa thành niên" if minor and household is None else ""
        rows.append(RoomRow(code, name, block, floor, room, full_name, year, sex, doc, number,
                            relation, note))
    return batch, rows


def certificate_rows(session: Session, access: Access | None, key: bytes, *,
                     released_on: date | None = None, person_ids: list[int] | None = None,
                     stay_ids: list[int] | None = None,
                     facility: Facility | None = None) -> list[CertificateData]:
    """The certificates asked for, signed; their tests in one query (access None: all)."""
    conditions = [Stay.certificate_number.is_not(None), *_in(facility)]
    if access is not None:
        conditions.extend(access.facility_filter(Stay.facility_id))
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
    tests: dict[int, list[tuple[date, str, str]]] = {}
    places: dict[tuple[int, date], list[tuple[str, date]]] = {}
    if stays:
        ids = [stay.id for stay, _, _ in stays]
        for person_id, taken, kind, result in session.execute(
            select(TestResult.person_id, TestResult.taken_on, TestResult.kind, TestResult.result)
            .join(Stay, Stay.person_id == TestResult.person_id)
            .where(Stay.id.in_(ids),
                   TestResult.taken_on >= Stay.quarantine_start,
                   TestResult.taken_on <= Stay.released_on)
            .order_by(TestResult.taken_on, TestResult.id)
        ):
            tests.setdefault(person_id, []).append((taken, kind, result))
        # every stay of the same quarantines: where each went, in order
        part = aliased(Stay)
        for person_id, start, name, entered in session.execute(
            select(part.person_id, part.quarantine_start, Facility.name, part.admitted_on)
            .join(Stay, and_(Stay.person_id == part.person_id,
                             Stay.quarantine_start == part.quarantine_start))
            .join(Facility, Facility.id == part.facility_id)
            .where(Stay.id.in_(ids))
            .order_by(part.admitted_on, part.id)
        ):
            places.setdefault((person_id, start), []).append((name, entered))
    out = []
    for stay, person, facility_row in stays:
        # certificates are of released stays, numbered when released
        assert stay.certificate_number is not None and stay.certificate_year is not None
        assert stay.released_on is not None
        data = CertificateData(
            stay.id, stay.certificate_number, stay.certificate_year, person.full_name,
            person.sex, person.date_of_birth, person.birth_year, person.id_number,
            person.id_type, person.nationality, person.address, facility_row.code,
            facility_row.name, facility_row.address, stay.quarantine_start, stay.released_on,
            [t for t in tests.get(person.id, [])
             if stay.quarantine_start <= t[0] <= stay.released_on],
        )
        moved = places.get((person.id, stay.quarantine_start), [])
        data.places = moved if len(moved) > 1 else []
        data.facility_id = facility_row.id
        data.code = sign(key, data.signed_text())
        out.append(data)
    return out


SCOPE_WORDS = {"room": "cùng phòng", "floor": "cùng tầng", "block": "cùng khu",
               "facility": "cả cơ sở", "flight": "ngồi gần trên chuyến bay"}


def positive_case_row(session: Session, access: Access, person_id: int) -> PositiveCase:
    """What was recorded when this person was found positive inside a site."""
    from quarantine_desk.storage.models import AuditEvent

    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(tr("Không có người mang số {person_id}.", person_id=person_id))
    event = session.execute(
        select(AuditEvent.after).where(AuditEvent.action == "positive_case",
                                       AuditEvent.entity_id == person_id)
        .order_by(AuditEvent.id.desc())).first()
    stay = person.current_stay
    if event is None or stay is None:
        raise ServiceError(tr("{full_name} chưa được ghi nhận là ca dương tính tại khu cách ly.",
                              full_name=person.full_name))
    if not access.sees_facility(stay.facility_id):
        raise PermissionDenied(tr("Người này không ở cơ sở được giao cho tài khoản này."))
    after = event[0]
    found_on = date.fromisoformat(after["found_on"])
    test = session.execute(
        select(TestResult.taken_on, TestResult.kind)
        .where(TestResult.person_id == person_id, TestResult.result == "positive",
               TestResult.taken_on <= found_on)
        .order_by(TestResult.taken_on.desc(), TestResult.id.desc())).first()
    how = (f"xét nghiệm {'RT-PCR' if test[1] == 'pcr' else 'nhanh kháng nguyên'} ngày "
           f"{test[0]:%d/%m/%Y} dương tính" if test else "ghi nhận dương tính (F0)")
    contacts = []
    for contact_id, before, changed in session.execute(
        select(AuditEvent.person_id, AuditEvent.before, AuditEvent.after)
        .where(AuditEvent.action == "exposure", AuditEvent.entity_id == person_id)
        .order_by(AuditEvent.id)
    ):
        other = session.get(Person, contact_id)
        if other is None:
            continue
        where = other.current_stay
        contacts.append(ExposedRow(
            other.full_name, other.birth_year, other.sex,
            where.facility.code if where else None,
            where.room.code if where and where.room else None, (changed or {}).get("reason", ""),
            date.fromisoformat(before["planned_release_on"]) if before else None,
            date.fromisoformat(changed["planned_release_on"]) if changed else None))
    room = session.scalar(select(Room).where(Room.facility_id == stay.facility_id,
                                             Room.code == after.get("room")))
    return PositiveCase(
        person.full_name, person.birth_year, person.sex, person.id_number, stay.facility.name,
        stay.facility.code, after.get("room"), stay.quarantine_start, found_on, how,
        stay.outcome_note if stay.outcome == "hospital" else None,
        SCOPE_WORDS.get(after.get("scope", "room"), ""), room.closed_until if room else None,
        contacts)


def handover_rows(session: Session, access: Access, batch_id: int) -> HandoverRecord:
    """A batch registered at the desk, and who was in it, for the hand-over record."""
    from datetime import datetime

    from quarantine_desk.services.registration import is_foreign

    batch = session.get(ArrivalBatch, batch_id)
    if batch is None:
        raise NotFoundError(tr("Không có đợt đến số {batch_id}.", batch_id=batch_id))
    people = []
    places = []
    for person, code, name, room in session.execute(
        select(Person, Facility.code, Facility.name, Room.code)
        .outerjoin(Stay, Stay.id == Person.current_stay_id)
        .outerjoin(Facility, Facility.id == Stay.facility_id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .where(Person.batch_id == batch_id, *visible_people(access))
        .order_by(Person.id)
    ):
        extra = person.extra or {}
        notes = [extra.get("Mô tả nhận dạng", "")]
        if is_foreign(person.nationality):
            notes.append("người nước ngoài: bàn giao cơ quan quản lý xuất nhập cảnh")
        people.append(HandedOver(
            person.full_name, person.birth_year, person.sex, person.id_number,
            person.nationality, extra.get("Nơi đi") or person.address,
            "; ".join(n for n in notes if n),
            f"{code}" + (f", phòng {room}" if room else "") if code else None))
        if name:
            places.append(name)
    if not people:
        raise ServiceError(tr("Đợt số {batch_id} chưa có ai.", batch_id=batch_id))
    return HandoverRecord(
        batch.id, batch.kind, batch.reference, batch.detecting_unit, batch.detected_at,
        batch.route, batch.handed_over_by,
        batch.handed_over_at or datetime.combine(batch.arrival_date, datetime.min.time()),
        places[0] if places else batch.entry_point, people)
