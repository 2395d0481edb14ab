"""Facilities and rooms, with their occupancy."""

from __future__ import annotations

import builtins
import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from quarantine_desk.domain.enums import FacilityKind, FacilityStatus, Sex
from quarantine_desk.domain.names import normalize_name
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Capability, Service, audit, changed, snapshot
from quarantine_desk.services.errors import FieldError, NotFoundError, ServiceError
from quarantine_desk.storage.models import BedHold, Facility, Person, Room, Stay

_FIELDS = ("code", "name", "kind", "managing_unit", "address", "district", "contact", "status",
           "beds")
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
MAX_BEDS = 100_000


@dataclass(frozen=True)
class FacilityView:
    id: int
    code: str
    name: str
    kind: str
    unit: str | None
    address: str | None
    district: str | None
    status: str
    beds: int
    occupied: int
    contact: str | None = None

    @property
    def free(self) -> int:
        return max(self.beds - self.occupied, 0)

    def to_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "kind": self.kind,
            "unit": self.unit,
            "beds": self.beds,
            "occupied": self.occupied,
            "free": self.free,
            "status": self.status,
        }


@dataclass(frozen=True)
class RoomView:
    id: int
    code: str
    beds: int
    sex: str | None
    occupied: int
    block: str | None = None
    floor: str | None = None
    closed_until: date | None = None

    def to_json(self) -> dict[str, object]:
        out = asdict(self)
        del out["id"]
        out["room"] = out.pop("code")
        closed = out.pop("closed_until")
        if closed is not None:
            out["closed_until"] = closed.isoformat()
        return out


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = normalize_name(value)
    return value or None


def _name_and_kind(name: str, kind: str) -> tuple[str, FacilityKind]:
    clean_name = _clean(name)
    if not clean_name:
        raise FieldError("name", tr("Tên cơ sở cách ly không được để trống."))
    try:
        return clean_name, FacilityKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in FacilityKind)
        raise ServiceError(
            tr(
                "Loại cơ sở «{kind}» không hợp lệ; chọn một trong: {allowed}.",
                kind=kind,
                allowed=allowed,
            )
        ) from None


def _check_beds(beds: int) -> None:
    if not isinstance(beds, int) or beds < 1 or beds > MAX_BEDS:
        raise FieldError(
            "beds", tr("Số giường phải là số nguyên từ 1 đến {MAX_BEDS}.", MAX_BEDS=MAX_BEDS)
        )


def facility_code(code: str) -> str:
    """A facility code as stored: what an operator types ("tqs-ct ") names "TQS-CT"."""
    return code.strip().upper()


def natural_key(code: str) -> tuple[tuple[int, int, str], ...]:
    """Room codes in the order people count them: 2 before 10, A2 before A10."""
    return tuple((1, int(t), "") if t.isdigit() else (0, 0, t)
                 for t in re.split(r"(\d+)", code) if t)


def get_facility(session: Session, code: str, *, lock: bool = False) -> Facility:
    stmt = select(Facility).where(Facility.code == facility_code(code))
    if lock:
        stmt = stmt.with_for_update()
    facility = session.scalars(stmt).one_or_none()
    if facility is None:
        raise NotFoundError(tr("Không có cơ sở cách ly mã {code}.", code=facility_code(code)))
    return facility


def visible_facility(session: Session, access: Any, code: str) -> Facility:
    """The facility of that code, refused the same way everywhere when the account is not
    given it (papers, sampling, meals)."""
    from quarantine_desk.services.access import PermissionDenied

    facility = get_facility(session, code)
    if not access.sees_facility(facility.id):
        raise PermissionDenied(
            tr("Tài khoản này không được giao cơ sở{name}.", name=f" {facility.code}"))
    return facility


def facility_occupancy(session: Session, facility_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Stay.id)).where(
                Stay.facility_id == facility_id, Stay.released_on.is_(None)
            )
        )
        or 0
    )


def room_occupants(session: Session, room_id: int) -> list[tuple[str | None, int | None, date]]:
    """(sex, household id, admitted on) of everyone in the room now."""
    return [
        (sex, household, on)
        for sex, household, on in session.execute(
            select(Person.sex, Person.household_id, Stay.admitted_on)
            .join(Person, Person.id == Stay.person_id)
            .where(Stay.room_id == room_id, Stay.released_on.is_(None))
        )
    ]


def _place_label(value: str | None, limit: int, field: str, what: str) -> str | None:
    value = normalize_name(value or "") or None
    if value is not None and len(value) > limit:
        raise FieldError(field, tr("{what} dài quá {limit} ký tự.", what=what, limit=limit))
    return value


def held_elsewhere(session: Session, facility_ids: list[int],
                   batch_id: int | None = None) -> dict[int, int]:
    """Beds of these facilities held for announced batches other than `batch_id`."""
    where: list[ColumnElement[bool]] = [BedHold.lifted_at.is_(None),
                                        BedHold.facility_id.in_(facility_ids)]
    if batch_id is not None:
        where.append(BedHold.batch_id != batch_id)
    return {
        facility_id: int(beds or 0)
        for facility_id, beds in session.execute(
            select(BedHold.facility_id, func.sum(BedHold.beds)).where(*where)
            .group_by(BedHold.facility_id)
        )
    }


def room_occupancy(session: Session, room_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Stay.id)).where(Stay.room_id == room_id, Stay.released_on.is_(None))
        )
        or 0
    )


class FacilityService(Service):
    def add(
        self,
        *,
        code: str,
        name: str,
        kind: str,
        beds: int,
        unit: str | None = None,
        address: str | None = None,
        district: str | None = None,
        contact: str | None = None,
        status: str = FacilityStatus.ACTIVE,
    ) -> FacilityView:
        self.access.require(Capability.FACILITIES)
        code = facility_code(code or "")
        if not _CODE.match(code):
            raise FieldError(
                "code",
                tr(
                    "Mã cơ sở gồm 1–32 chữ cái không dấu, chữ số, dấu chấm, gạch ngang "
                    "hoặc gạch dưới."
                ),
            )
        clean_name, kind_value = _name_and_kind(name, kind)
        try:
            status_value = FacilityStatus(status)
        except ValueError:
            raise ServiceError(tr("Trạng thái «{status}» không hợp lệ.", status=status)) from None
        _check_beds(beds)
        with self.db.write() as session:
            exists = session.scalar(select(Facility.id).where(Facility.code == code))
            if exists is not None:
                raise FieldError("code", tr("Đã có cơ sở cách ly mã {code}.", code=code))
            facility = Facility(
                code=code,
                name=clean_name,
                kind=kind_value.value,
                managing_unit=_clean(unit),
                address=_clean(address),
                district=_clean(district),
                contact=_clean(contact),
                status=status_value.value,
                beds=beds,
            )
            session.add(facility)
            session.flush()
            audit(
                session,
                self.actor,
                "facility_add",
                entity="facility",
                entity_id=facility.id,
                after=snapshot(facility, _FIELDS),
                summary=f"{facility.code} {facility.name}",
            )
            return self._view(session, facility)

    def add_room(
        self,
        facility_code: str,
        room_code: str,
        beds: int,
        sex: str | None = None,
        *,
        block: str | None = None,
        floor: str | None = None,
    ) -> RoomView:
        """One room (`room_code` may also be a range: add_rooms)."""
        return self.add_rooms(facility_code, room_code, beds, sex, block=block,
                              floor=floor)[0]

    def add_rooms(
        self,
        facility_code: str,
        room_codes: str,
        beds: int,
        sex: str | None = None,
        *,
        block: str | None = None,
        floor: str | None = None,
    ) -> list[RoomView]:
        """Rooms alike, in one go: «101», «101-110», «A101–A110», «101-105, 201-205». All or
        none: a room the facility has already refuses the whole range, in one sentence. The
        facility's beds become its rooms' (or the people in it, if more)."""
        block = _place_label(block, 32, "block", tr("Tên khu"))
        floor = _place_label(floor, 16, "floor", tr("Tên tầng"))
        codes = room_range(room_codes)
        _check_beds(beds)
        if sex is not None and sex not in (Sex.MALE, Sex.FEMALE):
            raise ServiceError(tr("Phòng chỉ có thể dành cho nam (M) hoặc nữ (F)."))
        with self.db.write() as session:
            facility = get_facility(session, facility_code, lock=True)
            self.access.require_facility(facility.id, facility.code)
            taken = [c for c in codes if any(r.code == c for r in facility.rooms)]
            if taken:
                raise FieldError(
                    "code",
                    tr(
                        "Cơ sở {code} đã có phòng {room_code}.",
                        code=facility.code,
                        room_code=", ".join(taken[:5]),
                    ),
                )
            # once a facility has rooms its beds are theirs, counted once (never below the
            # people already in it, some of whom may have no room yet)
            total = sum(r.beds for r in facility.rooms) + beds * len(codes)
            if total > MAX_BEDS:
                raise FieldError("beds", tr(
                    "Tổng số giường các phòng ({value}) quá {MAX_BEDS}.", value=total,
                    MAX_BEDS=MAX_BEDS))
            derived = max(total, facility_occupancy(session, facility.id))
            if derived != facility.beds:
                audit(session, self.actor, "facility_edit", entity="facility",
                      entity_id=facility.id, before={"beds": facility.beds},
                      after={"beds": derived},
                      summary=f"{facility.code}: số giường theo các phòng")
                facility.beds = derived
            made = []
            for code in codes:
                room = Room(facility_id=facility.id, code=code, beds=beds, sex=sex,
                            block=block, floor=floor)
                session.add(room)
                session.flush()
                audit(
                    session,
                    self.actor,
                    "room_add",
                    entity="room",
                    entity_id=room.id,
                    after={"facility": facility.code, "room": room.code, "beds": beds,
                           "sex": sex, "block": block, "floor": floor},
                    summary=f"{facility.code} phòng {room.code}",
                )
                made.append(RoomView(room.id, room.code, room.beds, room.sex, 0, block, floor))
            return made

    def reopen_room(self, facility_code: str, room_code: str, note: str) -> RoomView:
        """Open a room closed for cleaning before its date; the note says why."""
        if not note or not note.strip():
            raise FieldError("note", tr("Phải ghi lý do mở lại phòng trước hạn."))
        with self.db.write() as session:
            facility = get_facility(session, facility_code, lock=True)
            self.access.require_facility(facility.id, facility.code)
            room = next((r for r in facility.rooms if r.code == room_code.strip()), None)
            if room is None:
                raise NotFoundError(
                    tr("Cơ sở {code} không có phòng {room_code}.", code=facility.code,
                       room_code=room_code)
                )
            if room.closed_until is None:
                raise ServiceError(tr("Phòng {code} không bị đóng.", code=room.code))
            audit(session, self.actor, "room_reopen", entity="room", entity_id=room.id,
                  before={"closed_until": room.closed_until, "note": room.closed_note},
                  after={"note": note.strip()}, summary=f"{facility.code} phòng {room.code}")
            room.closed_until, room.closed_note = None, None
            return RoomView(room.id, room.code, room.beds, room.sex, room_occupancy(
                session, room.id), room.block, room.floor)

    def update(
        self,
        code: str,
        *,
        name: str,
        kind: str,
        beds: int,
        unit: str | None = None,
        address: str | None = None,
        district: str | None = None,
        contact: str | None = None,
    ) -> FacilityView:
        """Edit a facility. Beds cannot go below the people in it; a facility with rooms has
        its rooms' beds (edited room by room)."""
        self.access.require(Capability.FACILITIES)
        clean_name, kind_value = _name_and_kind(name, kind)
        _check_beds(beds)
        with self.db.write() as session:
            facility = get_facility(session, code, lock=True)
            before = snapshot(facility, _FIELDS)
            occupied = facility_occupancy(session, facility.id)
            if beds < occupied:
                raise FieldError(
                    "beds",
                    tr(
                        "Cơ sở {code} đang có {occupied} người; không "
                        "thể giảm xuống {beds} giường.",
                        code=facility.code,
                        occupied=occupied,
                        beds=beds,
                    ),
                )
            if facility.rooms and beds != facility.beds:
                raise FieldError("beds", tr(
                    "Số giường của {code} là tổng giường các phòng ({room_beds}); hãy sửa số "
                    "giường ở từng phòng.", code=facility.code,
                    room_beds=sum(r.beds for r in facility.rooms)))
            facility.name, facility.kind, facility.beds = clean_name, kind_value.value, beds
            facility.managing_unit, facility.address = _clean(unit), _clean(address)
            facility.district, facility.contact = _clean(district), _clean(contact)
            self._audit_edit(session, facility, before)
            return self._view(session, facility, occupied)

    def set_status(self, code: str, status: str) -> FacilityView:
        """Activate, put on standby or close. A facility with people in it is not closed."""
        try:
            value = FacilityStatus(status)
        except ValueError:
            raise ServiceError(tr("Trạng thái «{status}» không hợp lệ.", status=status)) from None
        self.access.require(Capability.FACILITIES)
        with self.db.write() as session:
            facility = get_facility(session, code, lock=True)
            before = snapshot(facility, _FIELDS)
            occupied = facility_occupancy(session, facility.id)
            if value == FacilityStatus.CLOSED and occupied:
                raise ServiceError(
                    tr(
                        "Cơ sở {code} còn {occupied} người đang cách ly; hãy "
                        "chuyển hoặc cho về hết trước khi đóng.",
                        code=facility.code,
                        occupied=occupied,
                    )
                )
            facility.status = value.value
            self._audit_edit(session, facility, before)
            return self._view(session, facility, occupied)

    def list(self) -> list[FacilityView]:
        with self.db.read() as session:
            occupied = dict(
                session.execute(
                    select(Stay.facility_id, func.count(Stay.id))
                    .where(Stay.released_on.is_(None))
                    .group_by(Stay.facility_id)
                ).all()
            )
            facilities = session.scalars(select(Facility).order_by(Facility.code))
            return [
                self._view(session, f, occupied.get(f.id, 0))
                for f in facilities
                if self.access.sees_facility(f.id)
            ]

    def rooms(self, facility_code: str) -> builtins.list[RoomView]:
        with self.db.read() as session:
            facility = get_facility(session, facility_code)
            if not self.access.sees_facility(facility.id):
                return []
            occupied = dict(
                session.execute(
                    select(Stay.room_id, func.count(Stay.id))
                    .where(Stay.facility_id == facility.id, Stay.released_on.is_(None))
                    .group_by(Stay.room_id)
                ).all()
            )
            return [
                RoomView(r.id, r.code, r.beds, r.sex, occupied.get(r.id, 0), r.block, r.floor,
                         r.closed_until)
                for r in facility.rooms
            ]

    def _audit_edit(self, session: Session, facility: Facility, before: dict) -> None:
        old, new = changed(before, snapshot(facility, _FIELDS))
        if new:
            audit(
                session,
                self.actor,
                "facility_edit",
                entity="facility",
                entity_id=facility.id,
                before=old,
                after=new,
                summary=facility.code,
            )

    @staticmethod
    def _view(session: Session, f: Facility, occupied: int | None = None) -> FacilityView:
        if occupied is None:
            occupied = facility_occupancy(session, f.id)
        return FacilityView(
            id=f.id,
            code=f.code,
            name=f.name,
            kind=f.kind,
            unit=f.managing_unit,
            address=f.address,
            district=f.district,
            status=f.status,
            beds=f.beds,
            occupied=occupied,
            contact=f.contact,
        )


MAX_RANGE = 200  # rooms in one range: more is a typing error («101-1100»)
_RANGE = re.compile(r"^(.*?)(\d+)\s*[-–—]\s*(.*?)(\d+)$")


def room_range(text: str) -> list[str]:
    """The room codes a range names: «101-110» → 101…110, «A101–A110» → A101…A110 (the
    prefix and the zero-padding kept), «101-105, 201-205»; a single code is itself."""
    codes: list[str] = []
    for part in (p.strip() for p in normalize_name(text or "").split(",")):
        if not part:
            continue
        match = _RANGE.match(part)
        if match and match[3].strip() in ("", match[1].strip()):
            prefix, first, last = match[1], match[2], match[4]
            if int(last) < int(first) or int(last) - int(first) >= MAX_RANGE:
                raise FieldError("code", tr(
                    "Dãy phòng «{value}» không hợp lệ: số cuối phải sau số đầu, tối đa {n} "
                    "phòng.", value=part, n=MAX_RANGE))
            width = len(first)
            codes += [f"{prefix}{n:0{width}d}" for n in range(int(first), int(last) + 1)]
        else:
            codes.append(part)
    if not codes or any(len(c) > 32 for c in codes):
        raise FieldError("code", tr("Tên phòng phải có từ 1 đến 32 ký tự."))
    if len(codes) > MAX_RANGE:
        raise FieldError("code", tr(
            "Dãy phòng «{value}» không hợp lệ: số cuối phải sau số đầu, tối đa {n} phòng.",
            value=text, n=MAX_RANGE))
    if len(set(codes)) < len(codes):
        raise FieldError("code", tr("Dãy phòng «{value}» có phòng trùng nhau.", value=text))
    return codes
