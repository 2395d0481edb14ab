"""Changes to a stay: a transfer to another facility or a hospital, absconding, a new
planned date; and ending a stay."""

from __future__ import annotations

from datetime import date

from quarantine_desk.domain.enums import StayOutcome
from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Service, audit
from quarantine_desk.services.admission import (
    _open_stay,
    admit_in_session,
    end_stay_in_session,
    get_person,
    move_planned_date,
    room_named,
)
from quarantine_desk.services.errors import FieldError, ServiceError
from quarantine_desk.services.facilities import (
    get_facility,
)
from quarantine_desk.storage.models import (
    Stay,
)


class StayChangeService(Service):
    """Transfers, absconding, planned-date changes."""

    def transfer(
        self,
        person_id: int,
        on: date | None = None,
        *,
        facility_code: str | None = None,
        room_code: str | None = None,
        hospital: str | None = None,
    ) -> Stay:
        """To hospital (the stay ends, the bed is freed) or to another facility.

        A move between facilities keeps the planned release date: the quarantine
        goes on, it does not start again.
        """
        on = on or date.today()
        if (facility_code is None) == (hospital is None or not hospital.strip()):
            raise ServiceError(tr("Chọn một nơi chuyển đến: một cơ sở cách ly hoặc một bệnh viện."))
        with self.db.write() as session:
            person = get_person(session, person_id)
            old = _open_stay(person)
            self.access.require_facility(old.facility_id, old.facility.code)
            if hospital is not None:
                audit(
                    session,
                    self.actor,
                    "transfer",
                    entity="stay",
                    entity_id=old.id,
                    person_id=person.id,
                    before={"facility": old.facility.code},
                    after={"hospital": hospital.strip(), "on": on},
                    summary=f"{person.full_name} chuyển viện: {hospital.strip()}",
                )
                return end_stay_in_session(person, on, StayOutcome.HOSPITAL, hospital.strip())
            assert facility_code is not None
            target = get_facility(session, facility_code, lock=True)
            self.access.require_facility(target.id, target.code)
            if target.id == old.facility_id:
                raise ServiceError(
                    tr(
                        "{full_name} đang ở {code} rồi.",
                        full_name=person.full_name,
                        code=target.code,
                    )
                )
            room = room_named(session, target, room_code)
            planned, start = old.planned_release_on, old.quarantine_start
            end_stay_in_session(person, on, StayOutcome.TRANSFERRED, f"Chuyển đến {target.code}")
            new = admit_in_session(session, person, target, room, on, arrival=False)
            # the same quarantine goes on: its first day, its tests and its end stay
            new.planned_release_on, new.quarantine_start = planned, start
            audit(
                session,
                self.actor,
                "transfer",
                entity="stay",
                entity_id=new.id,
                person_id=person.id,
                before={"facility": old.facility.code},
                after={"facility": target.code, "room": room.code if room else None, "on": on},
                summary=f"{person.full_name} chuyển {old.facility.code} → {target.code}",
            )
            return new

    def abscond(self, person_id: int, on: date | None = None, note: str | None = None) -> Stay:
        with self.db.write() as session:
            person = get_person(session, person_id)
            stay = _open_stay(person)
            self.access.require_facility(stay.facility_id, stay.facility.code)
            audit(
                session,
                self.actor,
                "abscond",
                entity="stay",
                entity_id=stay.id,
                person_id=person.id,
                after={"on": on or date.today(), "note": note},
                summary=f"{person.full_name} bỏ trốn khỏi {stay.facility.code}",
            )
            return end_stay_in_session(person, on or date.today(), StayOutcome.ABSCONDED, note)

    def change_planned_date(self, person_id: int, new_date: date, reason: str) -> Stay:
        """Extend or shorten a stay; the reason is required and the history kept."""
        if not reason or not reason.strip():
            raise FieldError(
                "reason", tr("Phải ghi lý do khi đổi ngày dự kiến hoàn thành cách ly.")
            )
        with self.db.write() as session:
            person = get_person(session, person_id)
            stay = _open_stay(person)
            self.access.require_facility(stay.facility_id, stay.facility.code)
            if new_date <= stay.admitted_on:
                raise FieldError("new_date", tr("Ngày dự kiến phải sau ngày vào cách ly."))
            if new_date == stay.planned_release_on:
                raise FieldError("new_date", tr("Ngày mới trùng ngày dự kiến hiện tại."))
            move_planned_date(session, self.actor, person, stay, new_date, reason.strip())
            return stay
