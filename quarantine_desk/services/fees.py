"""Meals and fees (issue 29): the kitchen's count, each person's bill, payments, exemptions.

A day of quarantine is a night at a site: a stay bills [admitted_on, end), its end being the
day it ended (release, transfer, hospital) or, while open, its planned release. A transfer
day is the receiving site's; each site bills its own days at its kind's rate of that day.
Rates are data (fee_rate, revision 0020: Resolution 16/NQ-CP of 8/2/2021, 80,000 VND a day of
meals paid by the person, 40,000 a day of essentials paid by the state; hotels bill their own
rates, so their row is 0): the rate in force on a day is the latest from that day or before,
a kind's own before the "*" row of the same date. A rate for new entries only (the
resolution's) spares, from its date on, every quarantine begun before it.

Money is whole VND (integers). A payment is never deleted; a reversal is another payment,
negative. The same receipt entered twice is one payment.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import StayOutcome
from quarantine_desk.domain.money import figures
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.admission import get_person
from quarantine_desk.services.errors import FieldError, NotFoundError
from quarantine_desk.services.facilities import natural_key, visible_facility
from quarantine_desk.services.settings import option_in
from quarantine_desk.storage.models import (
    ArrivalBatch,
    BedHold,
    Facility,
    FeeExemption,
    FeePayment,
    FeeRate,
    Person,
    Room,
    Stay,
)

ANY_KIND = "*"
EXEMPTION_KINDS: dict[str, str] = {
    "poor": QT_TR_NOOP("Hộ nghèo"),
    "near_poor": QT_TR_NOOP("Hộ cận nghèo"),
    "child": QT_TR_NOOP("Trẻ em"),
    "before_resolution": QT_TR_NOOP("Vào cách ly trước ngày áp dụng mức thu"),
    "decision": QT_TR_NOOP("Theo quyết định miễn, giảm"),
}
RECEIPT_LIMIT = 40
# the notes of the rates revision 0020 ships, in the catalog: shown translated (a rate an
# administrator adds keeps the words typed)
SHIPPED_NOTES = (
    QT_TR_NOOP("16/NQ-CP 8/2/2021: người cách ly trả tiền ăn 80.000 đồng/ngày; nhà nước chi "
               "40.000 đồng/ngày sinh hoạt phí"),
    QT_TR_NOOP("16/NQ-CP 8/2/2021: khách sạn thu theo giá riêng của cơ sở, không theo mức "
               "này"),
)


@dataclass(frozen=True)
class FeeLine:
    facility: str
    facility_name: str
    start: date
    end: date  # the first day not billed
    days: int
    rate: int  # VND a day, paid by the person
    state_rate: int

    @property
    def amount(self) -> int:
        return self.days * self.rate


@dataclass
class Bill:
    person_id: int
    full_name: str
    lines: list[FeeLine]
    exemptions: list[tuple[str, str]]  # (kind, document or why)
    paid: int
    payments: list[tuple[int, date, str, int]] = field(default_factory=list)

    @property
    def days(self) -> int:
        return sum(line.days for line in self.lines)

    @property
    def due(self) -> int:
        return sum(line.amount for line in self.lines)

    @property
    def exempt(self) -> int:
        return self.due if self.exemptions else 0

    @property
    def balance(self) -> int:
        return self.due - self.exempt - self.paid

    def to_json(self) -> dict[str, Any]:
        return {"person_id": self.person_id, "days": self.days, "due": self.due,
                "exempt": self.exempt, "paid": self.paid, "balance": self.balance,
                "exemptions": [{"kind": k, "document": d} for k, d in self.exemptions],
                "lines": [{"facility": line.facility, "from": line.start.isoformat(),
                           "to": line.end.isoformat(), "days": line.days,
                           "rate": line.rate, "amount": line.amount}
                          for line in self.lines]}


@dataclass(frozen=True)
class MealRoom:
    room: str | None
    people: int
    diets: list[tuple[str, str]]  # (name, diet)


@dataclass(frozen=True)
class MealCount:
    facility: str
    facility_name: str
    on: date
    rooms: list[MealRoom]
    leaving: list[tuple[str, str | None]]  # (name, room): their stay ends that day
    arriving: int  # beds held for batches announced for that day, not yet taken

    @property
    def total(self) -> int:
        return sum(r.people for r in self.rooms)

    @property
    def diets(self) -> Counter[str]:
        return Counter(diet for r in self.rooms for _, diet in r.diets)


def rates_in(session: Session) -> list[FeeRate]:
    return list(session.scalars(select(FeeRate).order_by(FeeRate.valid_from)))


def rate_on(rates: list[FeeRate], kind: str, day: date, started: date) -> tuple[int, int]:
    """(the person's part, the state's part) of a day at a kind of site, for a quarantine
    begun on `started`."""
    found: FeeRate | None = None
    for rate in rates:
        if rate.valid_from > day or rate.facility_kind not in (kind, ANY_KIND):
            continue
        if found is None or (rate.valid_from, rate.facility_kind != ANY_KIND) > (
                found.valid_from, found.facility_kind != ANY_KIND):
            found = rate
    if found is None:
        return 0, 0
    spared = any(r.new_entries_only and started < r.valid_from <= day for r in rates)
    return (0 if spared else found.person_rate), found.state_rate


def quarantine_stays(session: Session, person: Person) -> list[Stay]:
    """The stays of the person's latest quarantine, first to last: the latest stay and those
    it continues (a stay that ended by a transfer on the day the next began)."""
    stays = list(session.scalars(select(Stay).where(Stay.person_id == person.id)
                                 .order_by(Stay.admitted_on.desc(), Stay.id.desc())))
    if not stays:
        return []
    chain = [stays[0]]
    for stay in stays[1:]:
        moved = stay.outcome == StayOutcome.TRANSFERRED.value
        if moved and stay.released_on == chain[-1].admitted_on:
            chain.append(stay)
        else:
            break
    return chain[::-1]


def _stay_end(stay: Stay) -> date:
    return stay.released_on if stay.released_on is not None else stay.planned_release_on


@dataclass(frozen=True)
class Terms:
    """What every bill is reckoned by: the rates and the age under which children are
    spared; read once for a list of bills."""

    rates: list[FeeRate]
    child_under: int

    @classmethod
    def read(cls, session: Session) -> Terms:
        return cls(rates_in(session), option_in(session, "fee_child_under_years"))


def bill_in(session: Session, person: Person, terms: Terms | None = None) -> Bill:
    terms = terms or Terms.read(session)
    rates = terms.rates
    stays = quarantine_stays(session, person)
    lines: list[FeeLine] = []
    started = stays[0].admitted_on if stays else date.today()
    spared = False  # a day free only because the quarantine began before its rate
    for stay in stays:
        facility = stay.facility
        day, end = stay.admitted_on, _stay_end(stay)
        while day < end:
            rate = rate_on(rates, facility.kind, day, started)
            spared = spared or (rate[0] == 0 and rate_on(rates, facility.kind, day, day)[0] > 0)
            run = day
            while run < end and rate_on(rates, facility.kind, run, started) == rate:
                run += timedelta(days=1)
            lines.append(FeeLine(facility.code, facility.name, day, run, (run - day).days,
                                 *rate))
            day = run
    exemptions = [(e.kind, e.document) for e in session.scalars(
        select(FeeExemption).where(FeeExemption.person_id == person.id)
        .order_by(FeeExemption.id))]
    if spared and not any(k == "before_resolution" for k, _ in exemptions):
        exemptions.append(("before_resolution", tr(
            "vào cách ly ngày {on:%d/%m/%Y}, trước ngày áp dụng mức thu", on=started)))
    young = terms.child_under
    if young and person.birth_year and _age(person, started) < young and not any(
            k == "child" for k, _ in exemptions):
        exemptions.append(("child", tr("dưới {n} tuổi khi vào cách ly", n=young)))
    payments = [(p.id, p.paid_on, p.receipt, p.amount) for p in session.scalars(
        select(FeePayment).where(FeePayment.person_id == person.id,
                                 FeePayment.paid_on >= started).order_by(FeePayment.id))]
    return Bill(person.id, person.full_name, lines, exemptions,
                sum(p[3] for p in payments), payments)


def visible_person(session: Session, access: Any, person_id: int) -> Person:
    """The person, whose bill and fee papers only an account that sees their site may
    read: to another they are not there."""
    person = get_person(session, person_id)
    stay = person.current_stay
    if stay is not None and not access.sees_facility(stay.facility_id):
        raise NotFoundError(tr("Không có người mang số {person_id}.", person_id=person_id))
    return person


def _age(person: Person, on: date) -> int:
    born = person.date_of_birth
    if born is not None:
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return on.year - (person.birth_year or on.year)


class FeeService(Service):
    # -- rates ----------------------------------------------------------------

    def rates(self) -> list[tuple[str, date, int, int, str | None]]:
        with self.db.read() as session:
            return [(r.facility_kind, r.valid_from, r.person_rate, r.state_rate, r.note)
                    for r in rates_in(session)]

    def set_rate(self, kind: str, valid_from: date, person_rate: int, state_rate: int,
                 note: str | None = None, *, new_entries_only: bool = False) -> None:
        """The rate of a kind of site (or "*", every kind without its own) from a day: the
        administrator's, like the quarantine policy (a figure not confirmed stays editable)."""
        from quarantine_desk.domain.enums import FacilityKind
        from quarantine_desk.services.access import Capability

        self.access.require(Capability.SETTINGS)
        if kind != ANY_KIND and kind not in {k.value for k in FacilityKind}:
            raise FieldError("kind", tr("Loại cơ sở «{kind}» không có; chọn: {allowed}.",
                                        kind=kind, allowed=", ".join(
                                            [ANY_KIND, *(k.value for k in FacilityKind)])))
        if not (0 <= person_rate <= 10_000_000 and 0 <= state_rate <= 10_000_000):
            raise FieldError("rate", tr("Mức thu là số đồng một ngày, từ 0 đến 10.000.000."))
        with self.db.write() as session:
            rate = session.scalar(select(FeeRate).where(FeeRate.facility_kind == kind,
                                                        FeeRate.valid_from == valid_from))
            before = None if rate is None else {"person_rate": rate.person_rate,
                                                "state_rate": rate.state_rate}
            if rate is None:
                rate = FeeRate(facility_kind=kind, valid_from=valid_from)
                session.add(rate)
            rate.person_rate, rate.state_rate = person_rate, state_rate
            rate.new_entries_only = new_entries_only
            rate.note = (note or "").strip()[:300] or rate.note
            audit(session, self.actor, "setting", entity="fee_rate", before=before,
                  after={"kind": kind, "valid_from": valid_from, "person_rate": person_rate,
                         "state_rate": state_rate, "note": rate.note},
                  summary=f"Mức thu tiền ăn {kind} từ {valid_from:%d/%m/%Y}")

    # -- bills ----------------------------------------------------------------

    def bill(self, person_id: int) -> Bill:
        with self.db.read() as session:
            return bill_in(session, visible_person(session, self.access, person_id))

    def bills(self, facility: str) -> list[tuple[str | None, Bill]]:
        """The bill of everyone in quarantine at the site, with their room, by room."""
        with self.db.read() as session:
            place = self._facility(session, facility)
            found = session.execute(
                select(Person, Room.code).join(Stay, Stay.id == Person.current_stay_id)
                .outerjoin(Room, Room.id == Stay.room_id)
                .where(Stay.facility_id == place.id, Stay.released_on.is_(None))
                .order_by(Person.sort_key)).all()
            terms = Terms.read(session)
            out = [(room, bill_in(session, person, terms)) for person, room in found]
        return sorted(out, key=lambda rb: natural_key(rb[0] or "~"))

    def unpaid(self, person_ids: list[int]) -> dict[int, int]:
        """Of these people, those who still owe for meals: id → the amount. Shown at
        release; it does not stop a release (issue 29)."""
        with self.db.read() as session:
            out = {}
            terms = Terms.read(session)
            for person in session.scalars(select(Person).where(Person.id.in_(person_ids))):
                balance = bill_in(session, person, terms).balance
                if balance > 0:
                    out[person.id] = balance
            return out

    # -- payments and exemptions ---------------------------------------------

    def pay(self, person_id: int, amount: int, paid_on: date, receipt: str,
            note: str | None = None) -> tuple[int, int]:
        """Record a payment: (its id, the balance after it). The same receipt again with the
        same amount and day is the same payment (nothing new); with another, refused."""
        if amount <= 0:
            raise FieldError("amount", tr("Số tiền phải là số nguyên dương (đồng)."))
        receipt = _receipt(receipt)
        if paid_on > date.today():
            raise FieldError("when", tr("Ngày nộp tiền không thể ở tương lai."))
        with self.db.write() as session:
            person = get_person(session, person_id)
            self.access.require_person(person)
            known = session.scalar(select(FeePayment).where(
                FeePayment.person_id == person_id, FeePayment.receipt == receipt))
            if known is not None:
                if (known.amount, known.paid_on) != (amount, paid_on):
                    raise FieldError("receipt", tr(
                        "Biên lai số {receipt} đã ghi cho {name}: {amount} đồng ngày "
                        "{on:%d/%m/%Y}.", receipt=receipt, name=person.full_name,
                        amount=figures(known.amount), on=known.paid_on))
                return known.id, bill_in(session, person).balance
            payment = FeePayment(person_id=person_id, amount=amount, paid_on=paid_on,
                                 receipt=receipt, note=(note or "").strip()[:300] or None,
                                 created_at=datetime.now(), created_by=self.actor.username)
            session.add(payment)
            session.flush()
            audit(session, self.actor, "fee_payment", entity="fee_payment",
                  entity_id=payment.id, person_id=person_id,
                  after={"amount": amount, "paid_on": paid_on, "receipt": receipt},
                  summary=f"{person.full_name}: nộp {figures(amount)} đồng, biên lai {receipt}")
            return payment.id, bill_in(session, person).balance

    def reverse(self, payment_id: int, on: date, receipt: str, note: str) -> tuple[int, int]:
        """Undo a payment by another, negative, with the reason; a payment is reversed once."""
        receipt = _receipt(receipt)
        if not (note or "").strip():
            raise FieldError("note", tr("Ghi lý do hủy khoản thu."))
        with self.db.write() as session:
            original = session.get(FeePayment, payment_id)
            if original is None or original.amount < 0:
                raise NotFoundError(tr("Không có khoản thu số {id}.", id=payment_id))
            person = get_person(session, original.person_id)
            self.access.require_person(person)
            done = session.scalar(select(FeePayment).where(
                FeePayment.reverses_id == payment_id))
            if done is not None:
                return done.id, bill_in(session, person).balance
            payment = FeePayment(person_id=person.id, amount=-original.amount, paid_on=on,
                                 receipt=receipt, reverses_id=payment_id,
                                 note=note.strip()[:300], created_at=datetime.now(),
                                 created_by=self.actor.username)
            session.add(payment)
            session.flush()
            audit(session, self.actor, "fee_payment", entity="fee_payment",
                  entity_id=payment.id, person_id=person.id,
                  after={"amount": payment.amount, "paid_on": on, "receipt": receipt,
                         "reverses": payment_id, "note": payment.note},
                  summary=f"{person.full_name}: hủy khoản thu số {payment_id}")
            return payment.id, bill_in(session, person).balance

    def exemptions(self, person_id: int) -> list[tuple[str, str]]:
        """The exemptions recorded for the person (kind, document), first first."""
        with self.db.read() as session:
            return [(e.kind, e.document) for e in session.scalars(
                select(FeeExemption).where(FeeExemption.person_id == person_id)
                .order_by(FeeExemption.id))]

    def exempt(self, person_id: int, kind: str, document: str) -> bool:
        """Record an exemption with the paper that grants it; False when it was there."""
        if kind not in EXEMPTION_KINDS:
            raise FieldError("kind", tr("Loại miễn «{kind}» không có; chọn: {allowed}.",
                                        kind=kind, allowed=", ".join(EXEMPTION_KINDS)))
        document = " ".join((document or "").split())
        if not document:
            raise FieldError("document", tr("Ghi văn bản cho miễn (số, ngày, cơ quan cấp)."))
        with self.db.write() as session:
            person = get_person(session, person_id)
            self.access.require_person(person)
            known = session.scalar(select(FeeExemption).where(
                FeeExemption.person_id == person_id, FeeExemption.kind == kind))
            if known is not None and known.document == document[:200]:
                return False
            before = {"document": known.document} if known is not None else None
            if known is None:
                known = FeeExemption(person_id=person_id, kind=kind, created_at=datetime.now(),
                                     created_by=self.actor.username)
                session.add(known)
            known.document = document[:200]
            session.flush()
            audit(session, self.actor, "fee_exemption", entity="fee_exemption",
                  entity_id=known.id, person_id=person_id, before=before,
                  after={"kind": kind, "document": known.document},
                  summary=f"{person.full_name}: miễn tiền ăn ({kind})")
            return True

    # -- the kitchen ----------------------------------------------------------

    def meal_days(self, facility: str, first: date, last: date) -> dict[date, int]:
        """People sleeping at the site each night from `first` to `last` (person-days)."""
        if last < first or (last - first).days > 366:
            raise FieldError("to", tr("Khoảng ngày từ {first:%d/%m/%Y} đến {last:%d/%m/%Y} "
                                      "không hợp lệ (tối đa một năm).", first=first, last=last))
        with self.db.read() as session:
            place = self._facility(session, facility)
            ends = session.execute(
                select(Stay.admitted_on, func.coalesce(Stay.released_on,
                                                       Stay.planned_release_on))
                .where(Stay.facility_id == place.id, Stay.admitted_on <= last,
                       or_(Stay.released_on.is_(None), Stay.released_on > first))).all()
        out = {}
        day = first
        while day <= last:
            out[day] = sum(1 for start, end in ends if start <= day < end)
            day += timedelta(days=1)
        return out

    def meals(self, facility: str, on: date) -> MealCount:
        with self.db.read() as session:
            place = self._facility(session, facility)
            return meal_count_in(session, place, on)

    def _facility(self, session: Session, code: str) -> Facility:
        return visible_facility(session, self.access, code)


@dataclass(frozen=True)
class MonthRow:
    """One person's month at a site, for the finance office."""

    person_id: int
    full_name: str
    birth_year: int | None
    id_number: str | None
    days: int
    due: int
    exempt: int
    paid: int  # paid in that month


def month_bounds(on: date) -> tuple[date, date]:
    """The first day of `on`'s month and the first day of the next."""
    first = on.replace(day=1)
    return first, (first + timedelta(days=32)).replace(day=1)


def month_rows_in(session: Session, place: Facility, on: date) -> list[MonthRow]:
    """Everyone who spent a night of `on`'s month at the site: that month's days there and
    what they cost, what was waived, what the person paid in the month."""
    first, after = month_bounds(on)
    people = session.scalars(
        select(Person).join(Stay, Stay.person_id == Person.id)
        .where(Stay.facility_id == place.id, Stay.admitted_on < after,
               func.coalesce(Stay.released_on, Stay.planned_release_on) > first)
        .distinct().order_by(Person.sort_key)).all()
    rows = []
    terms = Terms.read(session)
    for person in people:
        bill = bill_in(session, person, terms)
        lines = [line for line in bill.lines if line.facility == place.code]
        days = due = 0
        for line in lines:
            start, end = max(line.start, first), min(line.end, after)
            if end > start:
                days += (end - start).days
                due += (end - start).days * line.rate
        paid = sum(amount for _, paid_on, _, amount in bill.payments
                   if first <= paid_on < after)
        if days:
            rows.append(MonthRow(person.id, person.full_name, person.birth_year,
                                 person.id_number, days, due, due if bill.exemptions else 0,
                                 paid))
    return rows


def meal_count_in(session: Session, place: Facility, on: date) -> MealCount:
    """Who eats at the site on a day, by room (those whose stay goes on past it), with their
    diets; those whose stay ends that day and the beds held for that day's arrivals apart."""
    end = func.coalesce(Stay.released_on, Stay.planned_release_on)
    rows = session.execute(
        select(Person.full_name, Person.diet, Room.code, end)
        .join(Stay, Stay.person_id == Person.id)
        .outerjoin(Room, Room.id == Stay.room_id)
        .where(Stay.facility_id == place.id, Stay.admitted_on <= on, end >= on)
        .order_by(Person.sort_key)).all()
    rooms: dict[str | None, list[tuple[str, str | None]]] = defaultdict(list)
    leaving: list[tuple[str, str | None]] = []
    for name, diet, room, last in rows:
        if last == on:
            leaving.append((name, room))
        else:
            rooms[room].append((name, diet))
    arriving = session.scalar(
        select(func.coalesce(func.sum(BedHold.beds), 0))
        .join(ArrivalBatch, ArrivalBatch.id == BedHold.batch_id)
        .where(BedHold.facility_id == place.id, BedHold.lifted_at.is_(None),
               ArrivalBatch.arrival_date == on)) or 0
    return MealCount(place.code, place.name, on, [
        MealRoom(room, len(people), [(n, d) for n, d in people if d])
        for room, people in sorted(rooms.items(), key=lambda kv: natural_key(kv[0] or "~"))],
        leaving, int(arriving))


def _receipt(text: str) -> str:
    receipt = " ".join((text or "").split())
    if not receipt or len(receipt) > RECEIPT_LIMIT:
        raise FieldError("receipt", tr("Số biên lai không được để trống, tối đa {n} ký tự.",
                                       n=RECEIPT_LIMIT))
    return receipt
