"""Use cases over the storage layer. No Qt here: the GUI and the CLI both call these."""

from __future__ import annotations

from dataclasses import dataclass

from quarantine_desk.services.access import SYSTEM, Access, Actor
from quarantine_desk.services.admission import AdmissionService
from quarantine_desk.services.allocation import AllocationService
from quarantine_desk.services.audit import AuditService
from quarantine_desk.services.backup import BackupService
from quarantine_desk.services.batches import BatchService
from quarantine_desk.services.demo import DemoService
from quarantine_desk.services.exposure import ExposureService
from quarantine_desk.services.facilities import FacilityService
from quarantine_desk.services.forecast import ForecastService
from quarantine_desk.services.health import HealthService
from quarantine_desk.services.households import HouseholdService
from quarantine_desk.services.imports import ImportService
from quarantine_desk.services.papers import PaperService
from quarantine_desk.services.people import PeopleService
from quarantine_desk.services.register import RegisterService
from quarantine_desk.services.registration import RegistrationService
from quarantine_desk.services.release import ReleaseService
from quarantine_desk.services.reports import ReportService
from quarantine_desk.services.settings import SettingsService
from quarantine_desk.services.stay_changes import StayChangeService
from quarantine_desk.services.users import UserService
from quarantine_desk.storage.db import Database


@dataclass
class Services:
    db: Database
    facilities: FacilityService
    people: PeopleService
    admissions: AdmissionService
    batches: BatchService
    imports: ImportService
    allocation: AllocationService
    releases: ReleaseService
    stay_changes: StayChangeService
    health: HealthService
    forecast: ForecastService
    reports: ReportService
    settings: SettingsService
    users: UserService
    audit: AuditService
    backups: BackupService
    households: HouseholdService
    papers: PaperService
    exposure: ExposureService
    registration: RegistrationService
    register: RegisterService
    demo: DemoService
    access: Access

    @classmethod
    def open(cls, db: Database, actor: Actor = SYSTEM) -> Services:
        """Every service acting for `actor`. The CLI and the GUI pass the signed-in account;
        the default (no account) is for tools, tests and a database with no account yet."""
        a = Access(actor)
        return cls(db, FacilityService(db, a), PeopleService(db, a), AdmissionService(db, a),
                   BatchService(db, a), ImportService(db, a), AllocationService(db, a),
                   ReleaseService(db, a), StayChangeService(db, a), HealthService(db, a),
                   ForecastService(db, a),
                   ReportService(db, a), SettingsService(db, a), UserService(db, a),
                   AuditService(db, a), BackupService(db, a), HouseholdService(db, a),
                   PaperService(db, a), ExposureService(db, a),
                   RegistrationService(db, a), RegisterService(db, a), DemoService(db, a), a)

    @property
    def actor(self) -> Actor:
        return self.access.actor
