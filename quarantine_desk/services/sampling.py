"""Sampling rounds: who gives a sample on a day, in which tube, and the lab's results.

A site swabs room by room on the days the policy names and pools the samples of one room
(or one family) into a tube, at most `sampling_pool_size` a tube (a setting: 5; Decision
3486/QĐ-BYT of 2020 allows up to 10). Close contacts (F0, F1), people with symptoms or
fever, those retested after a positive pool and anyone named give their sample alone.

Saving a plan records, in one transaction, the round, its tubes (codes `CODE-YYMMDD-NNN`,
numbered on from the site's last tube of that day) and a pending PCR test for each person.
The lab's file then records per tube: a negative tube is negative for everyone in it; a
positive pool records «pool positive» and puts its people on the retest list (due at once,
health.retests_in); a positive single sample is a positive case, for the response of
services/exposure.py, which the operator previews and confirms.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import TestKind, TestOutcome
from quarantine_desk.domain.names import fold
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.access import Service, audit_values
from quarantine_desk.services.errors import FieldError, NotFoundError, ServiceError
from quarantine_desk.services.facilities import natural_key, visible_facility
from quarantine_desk.services.health import FEVER, id_chunks, tests_due_rows
from quarantine_desk.services.settings import option_in
from quarantine_desk.storage import audit_chain
from quarantine_desk.storage.bulk import bulk_insert
from quarantine_desk.storage.db import note_change
from quarantine_desk.storage.models import (
    AuditEvent,
    Facility,
    HealthCheck,
    Person,
    SampleTube,
    SamplingRound,
    Stay,
    TestResult,
    TubeMember,
)

if TYPE_CHECKING:
    from quarantine_desk.importing.lab_results import LabFile, LabRow

POOL_LIMIT = 10  # Decision 3486/QĐ-BYT: at most ten samples a tube
GROUPINGS = ("room", "household")
SYMPTOM_DAYS = 2  # a check within this many days before the round counts as symptoms now

ALONE_NAMED = QT_TR_NOOP("lấy mẫu đơn theo yêu cầu")
ALONE_F0 = QT_TR_NOOP("F0")
ALONE_F1 = QT_TR_NOOP("F1 (tiếp xúc gần)")
ALONE_RETEST = QT_TR_NOOP("xét nghiệm lại sau mẫu gộp dương tính")
ALONE_INCONCLUSIVE = QT_TR_NOOP("xét nghiệm lại sau kết quả nghi ngờ")
ALONE_FEVER = QT_TR_NOOP("sốt")
ALONE_SYMPTOMS = QT_TR_NOOP("có triệu chứng")


@dataclass
class Sample:
    """One person's sample in a plan."""

    person_id: int
    full_name: str
    birth_year: int | None
    sex: str | None
    id_number: str | None
    room: str | None
    household_id: int | None
    alone: str | None = None  # why it goes in a tube of its own (QT_TR_NOOP text)


@dataclass
class PlannedTube:
    room: str | None
    household_id: int | None
    samples: list[Sample]
    code: str = ""  # Plan.renumber gives it, with its number of the site's day
    seq: int = 0

    @property
    def pooled(self) -> bool:
        return len(self.samples) > 1

    @property
    def reason(self) -> str | None:
        return self.samples[0].alone if len(self.samples) == 1 else None


@dataclass
class Plan:
    facility: str
    on: date
    pool_size: int
    by: str
    tubes: list[PlannedTube]
    round_id: int | None = None
    first: int = 1  # the number of the first tube: after the site's last of that day

    def renumber(self) -> None:
        """Codes in the plan's order (again, after a tube is moved or split)."""
        for seq, tube in enumerate(self.tubes, start=self.first):
            tube.seq, tube.code = seq, tube_code(self.facility, self.on, seq)

    @property
    def people(self) -> int:
        return sum(len(t.samples) for t in self.tubes)

    def to_json(self) -> dict[str, Any]:
        return {
            "round_id": self.round_id,
            "pools": [{"code": t.code, "room": t.room,
                       "people": [s.person_id for s in t.samples]}
                      for t in self.tubes if t.pooled],
            "individual": [{"code": t.code, "person_id": t.samples[0].person_id,
                            "room": t.room, "reason": t.reason}
                           for t in self.tubes if not t.pooled],
        }


@dataclass(frozen=True)
class RoundInfo:
    round_id: int
    facility: str
    facility_name: str
    on: date
    tubes: int
    people: int
    pending: int  # tubes the lab has not answered


@dataclass(frozen=True)
class TubeRow:
    """A saved tube with its people, for the papers and the window."""

    code: str
    room: str | None
    pooled: bool
    reason: str | None
    result: str | None
    people: list[Sample]


@dataclass
class ResultLine:
    """What one row of the lab's file records (or why it records nothing)."""

    row: int
    what: str  # the tube code, or the person the row names
    result: str | None
    people: list[int] = field(default_factory=list)
    records: str = ""  # "negative", "pool_positive", "positive", "inconclusive", "" (nothing new)
    error: str | None = None


@dataclass
class ResultsImport:
    lines: list[ResultLine]
    recorded: int = 0  # tests whose result this file gave
    pools_negative: int = 0
    pools_positive: int = 0
    retest: list[int] = field(default_factory=list)
    positive: list[int] = field(default_factory=list)
    applied: bool = False

    @property
    def errors(self) -> list[ResultLine]:
        return [line for line in self.lines if line.error]

    def to_json(self) -> dict[str, Any]:
        return {"recorded": self.recorded, "pools_negative": self.pools_negative,
                "pools_positive": self.pools_positive, "retest": self.retest,
                "positive": self.positive,
                "errors": [{"row": e.row, "message": e.error} for e in self.errors]}


class _Preview(Exception):
    """Raised inside the transaction of a preview, so that nothing it did is kept."""


def tube_code(facility_code: str, on: date, seq: int) -> str:
    return f"{facility_code}-{on:%y%m%d}-{seq:03d}"


def _even_tubes(items: list[Any], size: int) -> list[list[Any]]:
    """`items` in tubes of at most `size`, as even as they go (7 by 5: 4 and 3, not 5 and 2)."""
    if not items:
        return []
    count = math.ceil(len(items) / size)
    base, extra = divmod(len(items), count)
    out, start = [], 0
    for i in range(count):
        end = start + base + (1 if i < extra else 0)
        out.append(items[start:end])
        start = end
    return out


class SamplingService(Service):
    # -- the plan -------------------------------------------------------------

    def pool_size(self) -> int:
        with self.db.read() as session:
            return option_in(session, "sampling_pool_size")

    def plan(self, facility: str, on: date, *, pool_size: int | None = None, by: str = "room",
             individual: list[int] | None = None) -> Plan:
        """Who is due a test that day at the site (and anyone named), in tubes: nothing is
        saved. ServiceError when nobody is due or a value is wrong."""
        if by not in GROUPINGS:
            raise FieldError("by", tr("Gộp mẫu theo «room» (phòng) hoặc «household» (hộ "
                                      "gia đình)."))
        if on > date.today():
            raise FieldError("when", tr("Ngày lấy mẫu không thể ở tương lai."))
        with self.db.read() as session:
            place = self._facility(session, facility)
            size = pool_size if pool_size is not None else option_in(session,
                                                                     "sampling_pool_size")
            if not 1 <= size <= POOL_LIMIT:
                raise FieldError("pool_size", tr(
                    "Số mẫu gộp trong một ống từ 1 đến {limit} (Quyết định 3486/QĐ-BYT).",
                    limit=POOL_LIMIT))
            samples = self._samples(session, place, on, sorted(set(individual or [])))
            if not samples:
                raise ServiceError(tr("Ngày {on:%d/%m/%Y} không có ai ở {code} cần lấy mẫu "
                                      "xét nghiệm.", on=on, code=place.code))
            tubes = group(samples, size, by)
            plan = Plan(place.code, on, size, by, tubes)
            self._number(session, place, plan)
            return plan

    def _facility(self, session: Session, code: str) -> Facility:
        return visible_facility(session, self.access, code)

    def _samples(self, session: Session, place: Facility, on: date,
                 named: list[int]) -> list[Sample]:
        due = tests_due_rows(session, self.access, on, place.id)
        taken = set(session.scalars(
            select(TubeMember.person_id).join(SamplingRound,
                                              SamplingRound.id == TubeMember.round_id)
            .where(SamplingRound.facility_id == place.id, SamplingRound.taken_on == on)))
        ids = {d.person_id for d in due} | set(named)
        people = {p.id: (p, room) for p, room in _in_quarantine(session, place, on, list(ids))}
        missing = [i for i in named if i not in people]
        if missing:
            raise ServiceError(tr(
                "Người số {ids} không đang cách ly ở {code} ngày {on:%d/%m/%Y}.",
                ids=", ".join(map(str, missing)), code=place.code, on=on))
        again = [i for i in named if i in taken]
        if again:
            raise ServiceError(tr("Người số {ids} đã có mẫu trong một đợt lấy mẫu ngày "
                                  "{on:%d/%m/%Y}.", ids=", ".join(map(str, again)), on=on))
        unwell = _unwell(session, list(ids), on)
        retest = {d.person_id: d.retest for d in due if d.retest}
        out = []
        for pid in [d.person_id for d in due] + [i for i in named
                                                 if i not in {d.person_id for d in due}]:
            if pid in taken or pid not in people:
                continue
            person, room = people[pid]
            alone = (ALONE_NAMED if pid in named else
                     ALONE_F0 if person.contact_level == "F0" else
                     ALONE_F1 if person.contact_level == "F1" else
                     (ALONE_RETEST if retest[pid] == TestOutcome.POOL_POSITIVE else
                      ALONE_INCONCLUSIVE) if pid in retest else unwell.get(pid))
            out.append(Sample(pid, person.full_name, person.birth_year, person.sex,
                              person.id_number, room, person.household_id, alone))
        return out

    @staticmethod
    def _number(session: Session, place: Facility, plan: Plan) -> None:
        """Codes for the plan's tubes, after the site's last tube of that day."""
        last = session.scalar(
            select(func.max(SampleTube.seq))
            .join(SamplingRound, SamplingRound.id == SampleTube.round_id)
            .where(SamplingRound.facility_id == place.id,
                   SamplingRound.taken_on == plan.on)) or 0
        plan.facility, plan.first = place.code, last + 1
        plan.renumber()

    # -- saving ---------------------------------------------------------------

    def save(self, plan: Plan) -> Plan:
        """Record the round as planned (its tubes, renumbered if another desk took the
        codes meanwhile, and a pending PCR test for each person), in one transaction;
        refused whole if anyone in it is no longer there or already sampled that day."""
        self.access.require_write()
        check_plan(plan)
        now = datetime.now()
        with self.db.write() as session:
            audit_chain.lock(session)  # PostgreSQL: one desk saves a round at a time
            place = self._facility(session, plan.facility)
            self.access.require_facility(place.id, place.code)
            ids = [s.person_id for t in plan.tubes for s in t.samples]
            here = {p.id: (p, room) for p, room in _in_quarantine(session, place, plan.on, ids)}
            gone = [i for i in ids if i not in here]
            if gone:
                raise ServiceError(tr(
                    "Người số {ids} không còn cách ly ở {code}; hãy lập lại kế hoạch.",
                    ids=", ".join(map(str, gone[:10])), code=place.code))
            taken = session.scalars(
                select(TubeMember.person_id).join(SamplingRound,
                                                  SamplingRound.id == TubeMember.round_id)
                .where(TubeMember.person_id.in_(ids), SamplingRound.taken_on == plan.on)).all()
            if taken:
                raise ServiceError(tr(
                    "Người số {ids} đã có mẫu trong một đợt lấy mẫu ngày {on:%d/%m/%Y} (có "
                    "thể một bàn khác vừa lưu); hãy lập lại kế hoạch.",
                    ids=", ".join(map(str, sorted(taken)[:10])), on=plan.on))
            self._number(session, place, plan)
            rnd = SamplingRound(facility_id=place.id, taken_on=plan.on, pool_size=plan.pool_size,
                                grouping=plan.by, created_at=now,
                                created_by=self.actor.username)
            session.add(rnd)
            session.flush()
            tube_ids = session.scalars(
                insert(SampleTube).returning(SampleTube.id, sort_by_parameter_order=True),
                [{"round_id": rnd.id, "code": t.code, "seq": t.seq,
                  "room": t.room, "household_id": t.household_id, "pooled": t.pooled,
                  "reason": t.reason} for t in plan.tubes]).all()
            samples = [(tube_id, s) for tube_id, t in zip(tube_ids, plan.tubes, strict=True)
                       for s in t.samples]
            test_ids = session.scalars(
                insert(TestResult).returning(TestResult.id, sort_by_parameter_order=True),
                [{"person_id": s.person_id, "stay_id": here[s.person_id][0].current_stay_id,
                  "taken_on": plan.on, "kind": TestKind.PCR.value,
                  "result": TestOutcome.PENDING.value} for _, s in samples]).all()
            bulk_insert(session, cast(Table, TubeMember.__table__),
                        ("round_id", "tube_id", "person_id", "test_id"),
                        [(rnd.id, tube_id, s.person_id, test_id)
                         for (tube_id, s), test_id in zip(samples, test_ids, strict=True)])
            codes = {s.person_id: t.code for t in plan.tubes for s in t.samples}
            entries = [audit_values(
                self.actor, "test", at=now, entity="test", entity_id=test_id,
                person_id=s.person_id,
                after={"taken_on": plan.on, "kind": TestKind.PCR.value,
                       "result": TestOutcome.PENDING.value, "tube": codes[s.person_id]},
                summary=s.full_name) for (_, s), test_id in zip(samples, test_ids, strict=True)]
            entries.append(audit_values(
                self.actor, "sampling_round", at=now, entity="sampling_round", entity_id=rnd.id,
                after={"facility": place.code, "taken_on": plan.on, "tubes": len(plan.tubes),
                       "people": len(samples), "pool_size": plan.pool_size, "by": plan.by},
                summary=f"Đợt lấy mẫu {place.code} ngày {plan.on:%d/%m/%Y}: "
                        f"{len(plan.tubes)} ống, {len(samples)} người"))
            _write_trail(session, entries)
            note_change(session, "test")
            plan.round_id = rnd.id
        return plan

    # -- rounds ---------------------------------------------------------------

    def rounds(self, facility: str | None = None, on: date | None = None) -> list[RoundInfo]:
        with self.db.read() as session:
            where = self.access.facility_filter(SamplingRound.facility_id)
            if facility:
                where.append(SamplingRound.facility_id == self._facility(session, facility).id)
            if on is not None:
                where.append(SamplingRound.taken_on == on)
            return rounds_in(session, where)

    def round_tubes(self, round_id: int) -> tuple[RoundInfo, list[TubeRow]]:
        with self.db.read() as session:
            return round_rows(session, self.access, round_id)

    # -- results --------------------------------------------------------------

    def import_results(self, path: str | Path, *, round_id: int | None = None,
                       columns: dict[str, str] | None = None, apply: bool = True,
                       today: date | None = None) -> ResultsImport:
        """Read the lab's file and record what each row says, in one transaction; a row that
        names no tube or person of ours (or a tube of another round) is an error of its
        row. With apply=False the same work is done and rolled back: the preview."""
        if apply:
            self.access.require_write()
        today = today or date.today()
        from quarantine_desk.importing.lab_results import read_lab_file
        from quarantine_desk.importing.reader import read_file

        lab = read_lab_file(read_file(path), columns, today)
        outcome: ResultsImport | None = None
        try:
            with self.db.write() as session:
                audit_chain.lock(session)
                if round_id is not None:
                    rnd = session.get(SamplingRound, round_id)
                    if rnd is None or not self.access.sees_facility(rnd.facility_id):
                        raise NotFoundError(tr("Không có đợt lấy mẫu số {id}.", id=round_id))
                outcome = _Recorder(session, self, round_id, today).record(lab)
                if not apply:
                    raise _Preview
                outcome.applied = True
        except _Preview:
            pass
        assert outcome is not None
        return outcome


def rounds_in(session: Session, where: list[Any]) -> list[RoundInfo]:
    pending = (select(SampleTube.round_id, func.count().label("n"))
               .where(SampleTube.result.is_(None)).group_by(SampleTube.round_id).subquery())
    tubes = (select(SampleTube.round_id, func.count().label("n"))
             .group_by(SampleTube.round_id).subquery())
    people = (select(TubeMember.round_id, func.count().label("n"))
              .group_by(TubeMember.round_id).subquery())
    return [RoundInfo(*row) for row in session.execute(
        select(SamplingRound.id, Facility.code, Facility.name, SamplingRound.taken_on,
               func.coalesce(tubes.c.n, 0), func.coalesce(people.c.n, 0),
               func.coalesce(pending.c.n, 0))
        .join(Facility, Facility.id == SamplingRound.facility_id)
        .outerjoin(tubes, tubes.c.round_id == SamplingRound.id)
        .outerjoin(people, people.c.round_id == SamplingRound.id)
        .outerjoin(pending, pending.c.round_id == SamplingRound.id)
        .where(*where)
        .order_by(SamplingRound.taken_on.desc(), SamplingRound.id.desc())).all()]


def round_rows(session: Session, access: Any, round_id: int) -> tuple[RoundInfo, list[TubeRow]]:
    """A round and its tubes in code order, each with its people."""
    found = rounds_in(session, [SamplingRound.id == round_id,
                                *access.facility_filter(SamplingRound.facility_id)])
    if not found:
        raise NotFoundError(tr("Không có đợt lấy mẫu số {id}.", id=round_id))
    members: dict[int, list[Sample]] = defaultdict(list)
    for tube_id, pid, name, born, sex, doc, household in session.execute(
            select(TubeMember.tube_id, Person.id, Person.full_name, Person.birth_year,
                   Person.sex, Person.id_number, Person.household_id)
            .join(Person, Person.id == TubeMember.person_id)
            .where(TubeMember.round_id == round_id)
            .order_by(TubeMember.id)):
        members[tube_id].append(Sample(pid, name, born, sex, doc, None, household))
    tubes = []
    for tube in session.scalars(select(SampleTube).where(SampleTube.round_id == round_id)
                                .order_by(SampleTube.seq)):
        for sample in members[tube.id]:
            sample.room = tube.room
        tubes.append(TubeRow(tube.code, tube.room, tube.pooled, tube.reason, tube.result,
                             members[tube.id]))
    return found[0], tubes


def round_facility(session: Session, access: Any, round_id: int, facility: str | None) -> str:
    """The code of the site a round was taken at (its papers are that site's)."""
    found = session.execute(
        select(Facility.code).join(SamplingRound, SamplingRound.facility_id == Facility.id)
        .where(SamplingRound.id == round_id,
               *access.facility_filter(SamplingRound.facility_id))).scalar()
    if found is None:
        raise NotFoundError(tr("Không có đợt lấy mẫu số {id}.", id=round_id))
    if facility and facility.strip().upper() != found.upper():
        raise ServiceError(tr("Đợt lấy mẫu số {id} là của cơ sở {code}.", id=round_id,
                              code=found))
    return found


def sampling_figures_in(session: Session, access: Any, on: date) -> dict[str, int]:
    """The day's sampling, for the summary: people sampled, tubes, positive tubes, people
    positive alone, tubes the lab has not answered."""
    seen = access.facility_filter(SamplingRound.facility_id)
    day = [SamplingRound.taken_on == on, *seen]
    tubes = {result or "pending": n for result, n in session.execute(
        select(SampleTube.result, func.count())
        .join(SamplingRound, SamplingRound.id == SampleTube.round_id)
        .where(*day).group_by(SampleTube.result)).all()}
    people = session.scalar(
        select(func.count()).select_from(TubeMember)
        .join(SamplingRound, SamplingRound.id == TubeMember.round_id).where(*day)) or 0
    positive_people = session.scalar(
        select(func.count()).select_from(TubeMember)
        .join(SamplingRound, SamplingRound.id == TubeMember.round_id)
        .join(TestResult, TestResult.id == TubeMember.test_id)
        .where(*day, TestResult.result == TestOutcome.POSITIVE.value)) or 0
    return {"people": people, "tubes": sum(tubes.values()),
            "positive_tubes": tubes.get(TestOutcome.POSITIVE.value, 0),
            "positive_people": positive_people, "pending": tubes.get("pending", 0)}


def group(samples: list[Sample], size: int, by: str) -> list[PlannedTube]:
    """Tubes of at most `size` samples, never mixing rooms (or, by household, families: a
    person in no family pools with the room's others in no family); a sample that must be
    alone has a tube of its own. In room order, pools before the single samples."""
    rooms: dict[str | None, list[Sample]] = defaultdict(list)
    for sample in samples:
        rooms[sample.room].append(sample)
    tubes: list[PlannedTube] = []
    for room in sorted(rooms, key=lambda r: natural_key(r or "~")):
        pools: dict[int | None, list[Sample]] = defaultdict(list)
        alone = []
        for sample in rooms[room]:
            if sample.alone:
                alone.append(sample)
            else:
                pools[sample.household_id if by == "household" else None].append(sample)
        for household in sorted(pools, key=lambda h: (h is None, h or 0)):
            for chunk in _even_tubes(pools[household], size):
                tubes.append(PlannedTube(room, household, chunk))
        tubes += [PlannedTube(room, s.household_id if by == "household" else None, [s])
                  for s in alone]
    return tubes


def check_plan(plan: Plan) -> None:
    """A plan changed by hand keeps the rules: no tube empty or over the pool size, no
    room (or family) mixed, nobody twice, a sample that must be alone alone."""
    seen: set[int] = set()
    for tube in plan.tubes:
        if not tube.samples:
            raise ServiceError(tr("Ống {code} không có mẫu nào.", code=tube.code or "?"))
        if len(tube.samples) > plan.pool_size:
            raise ServiceError(tr("Ống {code} có {n} mẫu, quá {size} mẫu một ống.",
                                  code=tube.code or "?", n=len(tube.samples),
                                  size=plan.pool_size))
        if len({s.room for s in tube.samples}) > 1 or (
                plan.by == "household" and len({s.household_id for s in tube.samples}) > 1):
            raise ServiceError(tr("Ống {code} gộp mẫu của nhiều phòng hoặc nhiều hộ.",
                                  code=tube.code or "?"))
        if tube.pooled and any(s.alone for s in tube.samples):
            raise ServiceError(tr("Ống {code}: mẫu của người phải lấy riêng không được gộp.",
                                  code=tube.code or "?"))
        for sample in tube.samples:
            if sample.person_id in seen:
                raise ServiceError(tr("Người số {id} có hai mẫu trong đợt.",
                                      id=sample.person_id))
            seen.add(sample.person_id)
    if not seen:
        raise ServiceError(tr("Kế hoạch không có ai."))


def _in_quarantine(session: Session, place: Facility, on: date,
                   ids: list[int]) -> list[tuple[Person, str | None]]:
    from quarantine_desk.storage.models import Room

    found: list[Any] = []
    for chunk in id_chunks(ids):
        found += session.execute(
            select(Person, Room.code).join(Stay, Stay.id == Person.current_stay_id)
            .outerjoin(Room, Room.id == Stay.room_id)
            .where(Person.id.in_(chunk), Stay.facility_id == place.id,
                   Stay.released_on.is_(None), Stay.admitted_on <= on)).all()
    return found


def _unwell(session: Session, ids: list[int], on: date) -> dict[int, str]:
    """Who had a fever or symptoms in the days before the round: why they are sampled
    alone."""
    out: dict[int, str] = {}
    for chunk in id_chunks(ids):
        for pid, temperature, symptoms in session.execute(
                select(HealthCheck.person_id, HealthCheck.temperature, HealthCheck.symptoms)
                .where(HealthCheck.person_id.in_(chunk),
                       HealthCheck.checked_on >= on - timedelta(days=SYMPTOM_DAYS),
                       HealthCheck.checked_on <= on)):
            if temperature is not None and temperature >= FEVER:
                out[pid] = ALONE_FEVER
            elif symptoms and pid not in out:
                out[pid] = ALONE_SYMPTOMS
    return out


def _write_trail(session: Session, entries: list[dict[str, Any]]) -> None:
    audit_chain.extend(session, entries)
    bulk_insert(session, cast(Table, AuditEvent.__table__), list(entries[0]), [list(e.values())
                                                                  for e in entries])


class _Recorder:
    """Records one lab file inside the caller's transaction."""

    def __init__(self, session: Session, service: SamplingService, round_id: int | None,
                 today: date) -> None:
        self.session, self.service, self.round_id, self.today = session, service, round_id, today
        self.access = service.access
        self.entries: list[dict[str, Any]] = []
        self.now = datetime.now()
        self.done: dict[int, str] = {}  # tube id → the result this file gave it

    def record(self, lab: LabFile) -> ResultsImport:
        out = ResultsImport([])
        tubes = self._tubes([r.code for r in lab.rows if r.code])
        for row in lab.rows:
            line = ResultLine(row.row, row.code or row.document or row.full_name or "",
                              row.result.value if row.result else None)
            out.lines.append(line)
            if row.problems:
                line.error = "; ".join(row.problems)
                continue
            try:
                self._row(row, line, tubes, out)
            except ServiceError as exc:
                line.error = str(exc)
        if self.entries:
            _write_trail(self.session, self.entries)
            note_change(self.session, "test")
        out.lines.sort(key=lambda line: (line.records not in ("positive", "pool_positive"),
                                         line.error is None, line.row))
        return out

    def _tubes(self, codes: list[str]) -> dict[str, SampleTube]:
        found: dict[str, SampleTube] = {}
        for chunk in id_chunks(sorted(set(codes))):
            for tube in self.session.scalars(select(SampleTube).where(
                    func.upper(SampleTube.code).in_(chunk))):
                found[tube.code.upper()] = tube
        return found

    def _row(self, row: LabRow, line: ResultLine, tubes: dict[str, SampleTube],
             out: ResultsImport) -> None:
        assert row.result is not None
        if row.code:
            tube = tubes.get(row.code)
            if tube is None:
                raise ServiceError(tr("không có ống mẫu mã {code}", code=row.code))
        else:
            person = self._person(row)
            line.what = f"{person.full_name} ({person.id})"
            tube = self._pending_tube(person)
            if tube is None:
                self._individual(person, row, line, out)
                return
        rnd = tube.round
        if not self.access.sees_facility(rnd.facility_id):
            raise ServiceError(tr("ống {code} thuộc cơ sở không được giao cho tài khoản này",
                                  code=tube.code))
        if self.round_id is not None and rnd.id != self.round_id:
            raise ServiceError(tr("ống {code} thuộc đợt lấy mẫu số {other}, không phải đợt "
                                  "số {round}", code=tube.code, other=rnd.id,
                                  round=self.round_id))
        if row.on is not None and row.on < rnd.taken_on:
            raise ServiceError(tr("ngày {on:%d/%m/%Y} trước ngày lấy mẫu {taken:%d/%m/%Y}",
                                  on=row.on, taken=rnd.taken_on))
        line.people = [m.person_id for m in tube.members]
        given = self.done.get(tube.id, tube.result)
        if given is not None:
            if given != row.result.value:
                raise ServiceError(tr("ống {code} đã có kết quả «{given}»", code=tube.code,
                                      given=tr(_label(given))))
            return  # the same result again: nothing new
        self._tube_result(tube, row, line, out)

    def _tube_result(self, tube: SampleTube, row: LabRow, line: ResultLine,
                     out: ResultsImport) -> None:
        assert row.result is not None
        result = row.result
        per_person = (TestOutcome.POOL_POSITIVE if tube.pooled and result is
                      TestOutcome.POSITIVE else result)
        tube.result, tube.result_on, tube.ct = result.value, row.on or self.today, row.ct
        self.done[tube.id] = result.value
        line.records = per_person.value
        tests = {t.id: t for t in self.session.scalars(select(TestResult).where(
            TestResult.id.in_([m.test_id for m in tube.members if m.test_id])))}
        for member in tube.members:
            test = tests.get(member.test_id or 0)
            if test is None or test.result != TestOutcome.PENDING.value:
                continue  # changed by hand since: that result stands
            test.result = per_person.value
            out.recorded += 1
            self.entries.append(audit_values(
                self.service.actor, "test", at=self.now, entity="test", entity_id=test.id,
                person_id=member.person_id, before={"result": TestOutcome.PENDING.value},
                after={"result": per_person.value, "tube": tube.code, "ct": row.ct},
                summary=f"Kết quả ống {tube.code}"))
            if per_person in (TestOutcome.POOL_POSITIVE, TestOutcome.INCONCLUSIVE):
                out.retest.append(member.person_id)
            elif per_person is TestOutcome.POSITIVE:
                out.positive.append(member.person_id)
        if tube.pooled and result is TestOutcome.NEGATIVE:
            out.pools_negative += 1
        elif tube.pooled and result is TestOutcome.POSITIVE:
            out.pools_positive += 1

    def _person(self, row: LabRow) -> Person:
        if row.document:
            person = self.session.scalar(select(Person).where(Person.id_number == row.document))
            if person is None:
                raise ServiceError(tr("không có ai mang số giấy tờ {doc}", doc=row.document))
            return person
        assert row.full_name is not None
        if row.birth_year is None:
            raise ServiceError(tr("chỉ có họ tên: cần thêm năm sinh hoặc số giấy tờ"))
        found = self.session.scalars(select(Person).join(
            Stay, Stay.id == Person.current_stay_id).where(
            Person.name_folded == fold(row.full_name), Person.birth_year == row.birth_year,
            Stay.released_on.is_(None))).all()
        if not found:
            raise ServiceError(tr("không có ai đang cách ly tên {name}, sinh năm {year}",
                                  name=row.full_name, year=row.birth_year))
        if len(found) > 1:
            raise ServiceError(tr("có {n} người tên {name}, sinh năm {year}: cần số giấy tờ",
                                  n=len(found), name=row.full_name, year=row.birth_year))
        return found[0]

    def _pending_tube(self, person: Person) -> SampleTube | None:
        """The tube of the person's latest sample (of the round named, if one is); None
        when they gave none in a round."""
        where = [TubeMember.person_id == person.id]
        if self.round_id is not None:
            where.append(TubeMember.round_id == self.round_id)
        tube = self.session.scalars(
            select(SampleTube).join(TubeMember, TubeMember.tube_id == SampleTube.id)
            .join(SamplingRound, SamplingRound.id == SampleTube.round_id)
            .where(*where).order_by(SamplingRound.taken_on.desc(), SampleTube.id.desc())
        ).first()
        if tube is None and self.round_id is not None:
            raise ServiceError(tr("{name} không có mẫu trong đợt lấy mẫu số {round}",
                                  name=person.full_name, round=self.round_id))
        return tube

    def _individual(self, person: Person, row: LabRow, line: ResultLine,
                    out: ResultsImport) -> None:
        """A result for a person with no sample waiting in a round: a test of its own, on
        the row's date (a second import of the same row finds it and records nothing)."""
        assert row.result is not None
        if row.on is None:
            raise ServiceError(tr("{name} không có mẫu đang chờ kết quả: cần ngày xét nghiệm",
                                  name=person.full_name))
        stay = person.current_stay
        if stay is None or not self.access.sees_facility(stay.facility_id):
            raise ServiceError(tr("{name} không ở cơ sở được giao cho tài khoản này",
                                  name=person.full_name))
        line.people = [person.id]
        same = self.session.scalars(select(TestResult).where(
            TestResult.person_id == person.id, TestResult.taken_on == row.on,
            TestResult.kind == TestKind.PCR.value)).all()
        if any(t.result == row.result.value for t in same):
            return
        pending = next((t for t in same if t.result == TestOutcome.PENDING.value), None)
        if same and pending is None:
            raise ServiceError(tr("{name} đã có kết quả xét nghiệm khác ngày {on:%d/%m/%Y}",
                                  name=person.full_name, on=row.on))
        if pending is None:
            pending = TestResult(person_id=person.id, stay_id=stay.id, taken_on=row.on,
                                 kind=TestKind.PCR.value, result=row.result.value)
            self.session.add(pending)
            self.session.flush()
        else:
            pending.result = row.result.value
        line.records = row.result.value
        out.recorded += 1
        self.entries.append(audit_values(
            self.service.actor, "test", at=self.now, entity="test", entity_id=pending.id,
            person_id=person.id, after={"taken_on": row.on, "kind": TestKind.PCR.value,
                                        "result": row.result.value, "ct": row.ct},
            summary=person.full_name))
        if row.result is TestOutcome.POSITIVE:
            out.positive.append(person.id)
        elif row.result is TestOutcome.INCONCLUSIVE:
            out.retest.append(person.id)


def _label(result: str) -> str:
    from quarantine_desk.domain.enums import TEST_OUTCOME_LABELS

    return TEST_OUTCOME_LABELS[TestOutcome(result)]


__all__ = ["Plan", "PlannedTube", "ResultsImport", "Sample", "SamplingService"]
