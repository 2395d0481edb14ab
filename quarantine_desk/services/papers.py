"""Making a paper or an export: one use case for the CLI and the GUI.

In one transaction: the facility is resolved once (an unknown code or a facility the account
is not given is refused the same way for every paper), the rows are read by the facility's
id, the document is rendered, and the audit entry is written. `reports/` only draws what it
is handed.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import (
    ID_TYPE_LABELS,
    PERSON_STATUS_LABELS,
    IdType,
    PersonStatus,
)
from quarantine_desk.domain.money import figures
from quarantine_desk.domain.vaccination import STATUS_LABELS, VaccinationStatus, describe
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.reports.rows import Issuer
from quarantine_desk.services.access import Capability, Service, audit
from quarantine_desk.services.audit import AuditRow
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.forecast import summary_figures_in
from quarantine_desk.services.health import tests_due_rows
from quarantine_desk.services.paper_kinds import (
    EXPORTS,
    NEEDS_BATCH,
    NEEDS_PAYMENT,
    NEEDS_PERSON,
    NEEDS_ROUND,
    REPORTS,
)
from quarantine_desk.services.people import PeopleService, PersonFilter, status_counts_in
from quarantine_desk.services.policy import vaccination
from quarantine_desk.services.register import (
    KIND_CODES,
    RegisterService,
    clean_number,
    number_for,
    record_paper,
    subject_of,
)
from quarantine_desk.services.reports import (
    batch_rows,
    certificate_rows,
    daily_list_rows,
    going_home_rows,
    handover_rows,
    issue_certificates,
    paper_facility,
    positive_case_row,
    release_rows,
    room_rows,
)
from quarantine_desk.services.settings import SettingsService, load_issuer
from quarantine_desk.storage.files import written
from quarantine_desk.storage.models import Facility

SEX = {"M": "Nam", "F": "Nữ"}

_Made = tuple[str, dict[str, object]]  # what was made: a catalog template and its values


class PaperService(Service):
    def make(self, kind: str, path: str | Path, on: date, *, facility: str | None = None,
             batch_id: int | None = None, number: str | None = None,
             person_id: int | None = None, round_id: int | None = None,
             payment_id: int | None = None, force: bool = False) -> str:
        """Write the PDF, give it its number in the register of outgoing papers and record
        it in the audit trail; returns a sentence saying what was made, in the interface
        language (the register and the trail keep it in Vietnamese).

        number: typed by the clerk; otherwise a reprint keeps its number and a new paper
        takes the next of its kind for the year and unit."""
        self._check(kind, batch_id, person_id, round_id, payment_id)
        if number is not None:
            number = clean_number(number)  # any paper: a number the page can hold
        # the signing key may be made on first use, which needs its own transaction
        key = SettingsService(self.db, self.access).certificate_key() if (
            kind == "certificates") else b""
        # the PDF is complete on disk before its number is committed to the register, and
        # takes its name only after: never a half-written paper, never a number lost
        with self._written(path, force) as temporary, self.db.write() as session:
            place, issuer, about, subject = self._paper(session, kind, on, facility, batch_id,
                                                        person_id, round_id, payment_id)
            registered = None
            if kind in KIND_CODES:
                registered = number_for(session, kind, on, issuer, subject, number)
                number = registered[2]
            template, values = self._render(session, kind, temporary, on, place, issuer,
                                            about, number, key)
            said = template.format(**values)
            if registered is not None:
                record_paper(session, self.actor, kind, on, issuer, subject, registered, said,
                             path, place.id if place else None)
            self._record(session, "print", kind, path,
                         f"{said} (số {number})" if registered is not None else said)
        return tr(template, **values)

    def number(self, kind: str, on: date, *, facility: str | None = None,
               batch_id: int | None = None, person_id: int | None = None,
               round_id: int | None = None) -> str | None:
        """The number the paper will carry if printed now (its own, for a reprint), for the
        clerk to read or change before printing; None for a paper numbered otherwise."""
        if kind not in KIND_CODES:
            return None
        self._check(kind, batch_id, person_id, round_id)
        with self.db.read() as session:
            _, issuer, _, subject = self._paper(session, kind, on, facility, batch_id,
                                                person_id, round_id)
            return number_for(session, kind, on, issuer, subject, None)[2]

    def _paper(self, session: Session, kind: str, on: date, facility: str | None,
               batch_id: int | None, person_id: int | None, round_id: int | None = None,
               payment_id: int | None = None,
               ) -> tuple[Facility | None, Issuer, int | None, str]:
        """(the facility it is limited to, who issues it, the batch, person or round it is
        about, what makes it the same paper in the register) of the paper asked for."""
        if kind in NEEDS_ROUND:  # a round's papers are its site's
            from quarantine_desk.services.sampling import round_facility

            assert round_id is not None
            facility = round_facility(session, self.access, round_id, facility)
        place = paper_facility(session, self.access, facility)
        issuer = load_issuer(session, place.id if place else None)
        about = (person_id if kind in NEEDS_PERSON else round_id if kind in NEEDS_ROUND
                 else payment_id if kind in NEEDS_PAYMENT else batch_id)
        return place, issuer, about, subject_of(kind, on, place.id if place else None, about)

    @staticmethod
    def _check(kind: str, batch_id: int | None, person_id: int | None,
               round_id: int | None = None, payment_id: int | None = None) -> None:
        if kind not in REPORTS:
            raise ServiceError(tr("Không có loại văn bản «{kind}».", kind=kind))
        if kind in NEEDS_BATCH and batch_id is None:
            raise ServiceError(tr("Chọn đợt đến (--batch ID)."))
        if kind in NEEDS_PERSON and person_id is None:
            raise ServiceError(tr("Chọn ca dương tính (--person ID)."))
        if kind in NEEDS_ROUND and round_id is None:
            raise ServiceError(tr("Chọn đợt lấy mẫu (--round ID)."))
        if kind in NEEDS_PAYMENT and payment_id is None:
            raise ServiceError(tr("Chọn khoản thu (--payment ID)."))

    def export_register(self, path: str | Path, year: int | None = None, *,
                        force: bool = False) -> str:
        """«Sổ đăng ký văn bản đi» to .xlsx, with the columns of the register book."""
        rows = RegisterService(self.db, self.access).list(year)
        with self._written(path, force) as temporary, self.db.write() as session:
            count = self._register_rows(temporary, rows)
            self._record(session, "export", "register", path,
                         f"Sổ đăng ký văn bản đi: {count} dòng")
        return tr("{n} dòng.", n=count)

    @staticmethod
    def _register_rows(path: Path, rows: list[Any]) -> int:
        from quarantine_desk.reports.excel import export_rows  # openpyxl: when used

        return export_rows(
            path, "Sổ văn bản đi",
            ["STT", "Số, ký hiệu văn bản", "Ngày tháng văn bản", "Tên loại và trích yếu nội dung",
             "Người ký", "Nơi nhận văn bản", "Số lượng bản", "Số lần in", "Cơ sở",
             "Người vào sổ"],
            [[i, r.number, r.date, f"{r.kind_name}: {r.summary}", r.signer, r.recipients,
              r.copies, r.printed, r.facility or "", r.created_by]
             for i, r in enumerate(reversed(rows), start=1)],
            [6, 18, 12, 60, 28, 50, 9, 9, 12, 14])

    def _render(self, session: Session, kind: str, path: str | Path, on: date,
                place: Facility | None, issuer: Issuer, subject: int | None,
                number: str | None, key: bytes) -> _Made:
        """The paper made by its kind's maker (subject: the batch or the person it is
        about)."""
        return _MAKERS[kind](_Paper(session, self.access, path, on, place, issuer, subject,
                                    number, key))

    def _written(self, path: str | Path, force: bool) -> AbstractContextManager[Path]:
        """The output file, written whole; never one of the program's own files or a
        database, and an existing file only with `force`."""
        return written(path, protected=self.db.own_files(), force=force)

    def save_copy(self, source: Path, path: str | Path, *, force: bool = False) -> None:
        """A paper already made (the window's preview), saved where the operator asked,
        under the same rules as any output."""
        with self._written(path, force) as temporary:
            shutil.copyfile(source, temporary)

    def _record(self, session: Session, action: str, kind: str, path: str | Path,
                summary: str) -> None:
        """Personal data left the program (a paper or an export): put it in the trail."""
        audit(session, self.actor, action, entity="report",
              after={"kind": kind, "file": Path(path).name}, summary=summary)

    def export(self, kind: str, path: str | Path, on: date, *,
               facility: str | None = None, force: bool = False) -> str:
        """Write the .xlsx (CSV when named .csv) and record it in the audit trail; returns a
        sentence."""
        if kind not in EXPORTS:
            raise ServiceError(tr("Không có loại xuất «{kind}».", kind=kind))
        with self._written(path, force) as temporary, self.db.write() as session:
            place = paper_facility(session, self.access, facility)
            count = self._export(session, kind, temporary, on, place)
            self._record(session, "export", kind, path, f"{EXPORTS[kind]}: {count} dòng.")
        return tr("{n} dòng.", n=count)

    def export_audit(self, path: str | Path, rows: list[AuditRow], *,
                     force: bool = False) -> str:
        """The audit trail (as filtered) to .xlsx; the export itself is recorded too."""
        self.access.require(Capability.AUDIT)
        with self._written(path, force) as temporary, self.db.write() as session:
            count = self._audit_rows(temporary, rows)
            self._record(session, "export", "audit", path, f"Nhật ký thay đổi: {count} dòng")
        return tr("{n} dòng.", n=count)

    @staticmethod
    def _audit_rows(path: Path, rows: list[AuditRow]) -> int:
        from quarantine_desk.reports.excel import export_rows  # openpyxl: when used

        return export_rows(
            path, "Nhật ký thay đổi",
            ["Số", "Thời điểm", "Người thực hiện", "Thay đổi", "Đối tượng", "Mã", "Người (số)",
             "Nội dung", "Trước", "Sau"],
            [[r.id, r.at, r.username, r.action_label, r.entity, r.entity_id, r.person_id,
              r.summary, json.dumps(r.before, ensure_ascii=False) if r.before else None,
              json.dumps(r.after, ensure_ascii=False) if r.after else None] for r in rows],
            [8, 18, 16, 20, 10, 8, 10, 40, 40, 40])

    def _export(self, session: Session, kind: str, path: str | Path, on: date,
                place: Facility | None) -> int:
        """The lists as a clerk reads them: an STT column, values in words (Vietnamese, as
        the papers are), never the program's codes or ids."""
        from quarantine_desk.reports.excel import export_rows  # openpyxl: when used

        if kind == "daily-list":
            rows = daily_list_rows(session, self.access, on, place)
            return export_rows(
                path, "Đang cách ly",
                ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Điện thoại",
                 "Địa chỉ", "Cơ sở", "Phòng", "Ngày vào cơ sở", "Cách ly từ", "Dự kiến ra",
                 "Ngày thứ", "Xét nghiệm gần nhất", "Ghi chú"],
                [[i, r.full_name, r.birth_year, SEX.get(r.sex or "", ""), r.id_number, r.phone,
                  r.address, r.facility, r.room, r.admitted_on,
                  r.quarantine_start or r.admitted_on, r.planned_release_on, r.day,
                  r.latest_test, r.note]
                 for i, r in enumerate(rows, start=1)],
                [6, 28, 10, 10, 16, 14, 50, 12, 8, 12, 12, 12, 9, 22, 30])
        if kind == "releases":
            releases = release_rows(session, self.access, on, place)
            return export_rows(
                path, "Hoàn thành cách ly",
                ["STT", "Họ và tên", "Năm sinh", "Giới tính", "Số giấy tờ", "Cơ sở", "Từ ngày",
                 "Đến ngày", "Số giấy xác nhận"],
                [[i, r.full_name, r.birth_year, SEX.get(r.sex or "", ""), r.id_number,
                  r.facility, r.admitted_on, r.released_on, r.certificate_number]
                 for i, r in enumerate(releases, start=1)],
                [6, 28, 10, 10, 16, 12, 12, 12, 20])
        if kind == "fees":
            from quarantine_desk.services.fees import month_rows_in

            if place is None:
                raise ServiceError(tr("Chọn cơ sở (--facility CODE)."))
            month = month_rows_in(session, place, on)
            return export_rows(
                path, f"Tiền ăn {on:%m-%Y}",
                ["STT", "Họ và tên", "Năm sinh", "Số giấy tờ", "Số ngày", "Phải nộp (đồng)",
                 "Được miễn", "Đã nộp trong tháng", "Còn lại"],
                [[i, r.full_name, r.birth_year, r.id_number, r.days, r.due, r.exempt, r.paid,
                  r.due - r.exempt - r.paid] for i, r in enumerate(month, start=1)],
                [6, 28, 10, 16, 9, 16, 14, 18, 14])
        assert kind == "people"
        people = PeopleService(self.db, self.access).list(
            PersonFilter(facility=place.code if place else None))
        # the fields of domain/person_fields.py's table the export carries, after the address
        more = [f for f in person_fields.READ if f.exported]
        return export_rows(
            path, "Người",
            ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Năm sinh", "Số giấy tờ",
             "Loại giấy tờ", "Quốc tịch", "Điện thoại", "Địa chỉ thường trú",
             *(f.exported or "" for f in more), "Tình trạng tiêm chủng", "Tình trạng", "Cơ sở",
             "Phòng", "Ngày vào", "Dự kiến ra", "Ngày ra", "Hộ"],
            [[i, p.full_name, SEX.get(p.sex or "", ""), p.date_of_birth, p.birth_year,
              p.id_number, _label(ID_TYPE_LABELS, IdType, p.id_type), p.nationality, p.phone,
              p.address, *(_exported(p, f.key) for f in more),
              _label(STATUS_LABELS, VaccinationStatus, p.vaccination_status),
              _label(PERSON_STATUS_LABELS, PersonStatus, p.status), p.facility,
              p.room, p.admitted_on, p.planned_release_on, p.released_on,
              f"Hộ {p.household}" if p.household else None]
             for i, p in enumerate(people, start=1)],
            [6, 28, 9, 12, 9, 16, 14, 12, 13, 50, *(30 for _ in more), 16, 18, 12, 8, 12, 12,
             12, 8])


def _exported(person: Any, key: str) -> object:
    """A person's value of a field of the table, as the export writes it."""
    if key == "vaccination":
        return describe(vaccination(person)) or None
    return getattr(person, key)


def _label(labels: dict, kind: type, value: str | None) -> str | None:
    """A stored code in the words the papers use («passport» → «Hộ chiếu»)."""
    if value is None:
        return None
    try:
        return labels[kind(value)]
    except (ValueError, KeyError):
        return value


@dataclass(frozen=True)
class _Paper:
    """What a maker of a paper is given."""

    session: Session
    access: Any
    path: str | Path
    on: date
    place: Facility | None
    issuer: Issuer
    subject: int | None  # the batch or the person the paper is about
    number: str | None
    key: bytes  # the signing key of certificates


_MAKERS: dict[str, Callable[[_Paper], _Made]] = {}


def _maker(kind: str) -> Callable[[Callable[[_Paper], _Made]], Callable[[_Paper], _Made]]:
    """Register the function that makes a kind of paper (services/paper_kinds.py): it reads
    the rows, lays them out and says what it made."""
    def register(make: Callable[[_Paper], _Made]) -> Callable[[_Paper], _Made]:
        _MAKERS[kind] = make
        return make
    return register


def _documents() -> Any:
    from quarantine_desk.reports import documents  # reportlab: only when a paper is made

    return documents


@_maker("daily-list")
def _daily_list(p: _Paper) -> _Made:
    rows = daily_list_rows(p.session, p.access, p.on, p.place)
    _documents().daily_list(p.path, rows, p.issuer, p.on, p.place.name if p.place else None,
                            p.number)
    return QT_TR_NOOP("Danh sách {n} người đang cách ly ngày {on:%d/%m/%Y}."), {
        "n": len(rows), "on": p.on}


@_maker("releases")
def _releases(p: _Paper) -> _Made:
    releases = release_rows(p.session, p.access, p.on, p.place)
    _documents().releases_list(p.path, releases, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Danh sách {n} người hoàn thành cách ly ngày {on:%d/%m/%Y}."), {
        "n": len(releases), "on": p.on}


@_maker("handover")
def _handover(p: _Paper) -> _Made:
    home = going_home_rows(p.session, p.access, p.on, p.place)
    _documents().going_home_list(p.path, home, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Danh sách bàn giao {n} người về địa phương, ngày {on:%d/%m/%Y}."), {
        "n": len(home), "on": p.on}


@_maker("certificates")
def _certificates(p: _Paper) -> _Made:
    certs = certificate_rows(p.session, p.access, p.key, released_on=p.on, facility=p.place)
    if not certs:
        raise ServiceError(
            tr("Không có ai hoàn thành cách ly ngày {on:%d/%m/%Y} để in giấy.", on=p.on))
    own = {}
    for code, facility_id in {(c.facility_code, c.facility_id) for c in certs}:
        own[code] = load_issuer(p.session, facility_id)
    _documents().certificates(p.path, certs, p.issuer, own)
    issue_certificates(p.session, certs)
    return QT_TR_NOOP("{n} giấy xác nhận hoàn thành cách ly."), {"n": len(certs)}


@_maker("summary")
def _summary(p: _Paper) -> _Made:
    waiting = (status_counts_in(p.session, p.access).get(PersonStatus.ARRIVED.value, 0)
               if p.on == date.today() else None)
    _documents().summary(p.path, p.issuer,
                         summary_figures_in(p.session, p.access, p.on, waiting), p.number)
    return QT_TR_NOOP("Báo cáo nhanh ngày {on:%d/%m/%Y}."), {"on": p.on}


@_maker("batch")
def _batch(p: _Paper) -> _Made:
    assert p.subject is not None
    batch, people = batch_rows(p.session, p.access, p.subject)
    _documents().batch_report(p.path, batch, people, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Danh sách bố trí {n} người của đợt số {batch_id}."), {
        "n": len(people), "batch_id": p.subject}


@_maker("rooms")
def _rooms(p: _Paper) -> _Made:
    assert p.subject is not None
    batch, beds = room_rows(p.session, p.access, p.subject, p.place)
    if not beds:
        raise ServiceError(tr("Đợt số {batch_id} chưa có ai được bố trí chỗ ở.",
                              batch_id=p.subject))
    _documents().rooms_list(p.path, batch, beds, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Danh sách bố trí phòng của {n} người, đợt số {batch_id}."), {
        "n": len(beds), "batch_id": p.subject}


@_maker("handover-record")
def _handover_record(p: _Paper) -> _Made:
    assert p.subject is not None
    record = handover_rows(p.session, p.access, p.subject)
    _documents().handover_record(p.path, record, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Biên bản giao nhận {n} người, đợt số {batch_id}."), {
        "n": len(record.people), "batch_id": p.subject}


@_maker("positive-case")
def _positive_case(p: _Paper) -> _Made:
    assert p.subject is not None
    case = positive_case_row(p.session, p.access, p.subject)
    _documents().positive_case(p.path, case, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Báo cáo ca dương tính {full_name}: {n} người tiếp xúc gần."), {
        "full_name": case.full_name, "n": len(case.contacts)}


@_maker("tests-due")
def _tests_due(p: _Paper) -> _Made:
    due = tests_due_rows(p.session, p.access, p.on, p.place.id if p.place else None)
    _documents().tests_due_list(p.path, due, p.issuer, p.on, p.number)
    return QT_TR_NOOP("Danh sách {n} người cần lấy mẫu ngày {on:%d/%m/%Y}."), {
        "n": len(due), "on": p.on}


def _round_tubes(p: _Paper) -> tuple[Any, list[Any]]:
    from quarantine_desk.reports.sampling import TubeLine
    from quarantine_desk.services.sampling import round_rows

    assert p.subject is not None
    info, tubes = round_rows(p.session, p.access, p.subject)
    return info, [TubeLine(t.code, t.room, t.reason, [(s.full_name, s.birth_year, s.sex,
                                                       s.id_number) for s in t.people])
                  for t in tubes]


@_maker("sampling-list")
def _sampling_list(p: _Paper) -> _Made:
    from quarantine_desk.reports import sampling

    info, tubes = _round_tubes(p)
    sampling.sampling_list(p.path, tubes, p.issuer, info.on, info.facility_name, info.round_id,
                           p.number)
    return QT_TR_NOOP("Danh sách {tubes} ống mẫu, {n} người, đợt lấy mẫu số {round_id}."), {
        "tubes": info.tubes, "n": info.people, "round_id": info.round_id}


@_maker("sampling-labels")
def _sampling_labels(p: _Paper) -> _Made:
    from quarantine_desk.reports import sampling

    info, tubes = _round_tubes(p)
    sampling.sampling_labels(p.path, tubes, info.on, info.facility)
    return QT_TR_NOOP("Nhãn của {tubes} ống mẫu, đợt lấy mẫu số {round_id}."), {
        "tubes": info.tubes, "round_id": info.round_id}


@_maker("meals")
def _meals(p: _Paper) -> _Made:
    from quarantine_desk.reports import fees as fee_papers
    from quarantine_desk.services.fees import meal_count_in

    if p.place is None:
        raise ServiceError(tr("Chọn cơ sở (--facility CODE): bếp ăn nấu cho một cơ sở."))
    count = meal_count_in(p.session, p.place, p.on)
    fee_papers.meals_paper(p.path, p.place.name, p.on,
                           [(r.room, r.people, r.diets) for r in count.rooms], count.leaving,
                           count.arriving, p.issuer, p.number)
    return QT_TR_NOOP("Bảng suất ăn ngày {on:%d/%m/%Y}: {n} người."), {
        "on": p.on, "n": count.total}


@_maker("fee-notice")
def _fee_notice(p: _Paper) -> _Made:
    from quarantine_desk.reports import fees as fee_papers
    from quarantine_desk.services.fees import bill_in, visible_person

    assert p.subject is not None
    person = visible_person(p.session, p.access, p.subject)
    bill = bill_in(p.session, person)
    fee_papers.fee_notice(p.path, fee_papers.BillPaper(
        person.full_name, person.birth_year, person.id_number,
        [(x.facility, x.start, x.end, x.days, x.rate, x.amount) for x in bill.lines],
        bill.due, bill.exempt, bill.exemptions, bill.paid, bill.balance), p.issuer, p.on,
        p.number)
    return QT_TR_NOOP("Thông báo nộp tiền ăn của {name}: còn lại {amount} đồng."), {
        "name": person.full_name, "amount": figures(bill.balance)}


@_maker("fee-receipt")
def _fee_receipt(p: _Paper) -> _Made:
    from quarantine_desk.reports import fees as fee_papers
    from quarantine_desk.services.errors import NotFoundError
    from quarantine_desk.services.fees import bill_in, visible_person
    from quarantine_desk.storage.models import FeePayment

    payment = p.session.get(FeePayment, p.subject)
    if payment is None:
        raise ServiceError(tr("Không có khoản thu số {id}.", id=p.subject))
    try:  # another site's payment is not there for this account
        person = visible_person(p.session, p.access, payment.person_id)
    except NotFoundError:
        raise ServiceError(tr("Không có khoản thu số {id}.", id=p.subject)) from None
    undone = p.session.get(FeePayment, payment.reverses_id) if payment.reverses_id else None
    reversed_receipt = undone.receipt if undone is not None else None
    fee_papers.fee_receipt(p.path, fee_papers.ReceiptPaper(
        payment.receipt, person.full_name, person.birth_year, person.id_number,
        abs(payment.amount), payment.paid_on, reversed_receipt, payment.note,
        bill_in(p.session, person).balance), p.issuer)
    return QT_TR_NOOP("Biên lai số {receipt}: {amount} đồng."), {
        "receipt": payment.receipt, "amount": figures(abs(payment.amount))}


@_maker("fees")
def _fees_month(p: _Paper) -> _Made:
    from quarantine_desk.reports import fees as fee_papers
    from quarantine_desk.services.fees import month_bounds, month_rows_in

    if p.place is None:
        raise ServiceError(tr("Chọn cơ sở (--facility CODE)."))
    rows = month_rows_in(p.session, p.place, p.on)
    first, _ = month_bounds(p.on)
    fee_papers.month_statement(p.path, p.place.name, first, [
        (r.full_name, r.birth_year, r.id_number, r.days, r.due, r.exempt, r.paid)
        for r in rows], p.issuer, p.on, p.number)
    return QT_TR_NOOP("Bảng kê tiền ăn tháng {month:%m/%Y}: {n} người."), {
        "month": first, "n": len(rows)}


# every kind of paper_kinds.py has its maker, and no maker is for a kind not listed there
if set(_MAKERS) != set(REPORTS):
    raise ImportError(f"paper kinds without a maker: {sorted(set(REPORTS) - set(_MAKERS))}; "
                      f"makers without a kind: {sorted(set(_MAKERS) - set(REPORTS))}")
