"""Use cases over the storage layer. No Qt here: the GUI and the CLI both call these."""

from __future__ import annotations

from dataclasses import dataclass

from quarantine_desk.services.allocation import AllocationService
from quarantine_desk.services.batches import BatchService
from quarantine_desk.services.facilities import FacilityService
from quarantine_desk.services.forecast import ForecastService
from quarantine_desk.services.health import HealthService
from quarantine_desk.services.imports import ImportService
from quarantine_desk.services.people import PeopleService
from quarantine_desk.services.reports import ReportService
from quarantine_desk.services.settings import SettingsService
from quarantine_desk.services.stays import CareService, StayService
from quarantine_desk.storage.db import Database


@dataclass
class Services:
    db: Database
    facilities: FacilityService
    people: PeopleService
    stays: StayService
    batches: BatchService
    imports: ImportService
    allocation: AllocationService
    care: CareService
    health: HealthService
    forecast: ForecastService
    reports: ReportService
    settings: SettingsService

    @classmethod
    def open(cls, db: Database) -> Services:
        return cls(db, FacilityService(db), PeopleService(db), StayService(db), BatchService(db),
                   ImportService(db), AllocationService(db), CareService(db), HealthService(db),
                   ForecastService(db), ReportService(db), SettingsService(db))
