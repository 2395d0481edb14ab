"""Use cases over the storage layer. No Qt here: the GUI and the CLI both call these."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from quarantine_desk.services.access import SYSTEM, Access, Actor
from quarantine_desk.storage.db import Database

if TYPE_CHECKING:
    from quarantine_desk.services.admission import AdmissionService
    from quarantine_desk.services.allocation import AllocationService
    from quarantine_desk.services.audit import AuditService
    from quarantine_desk.services.backup import BackupService
    from quarantine_desk.services.batches import BatchService
    from quarantine_desk.services.demo import DemoService
    from quarantine_desk.services.exposure import ExposureService
    from quarantine_desk.services.facilities import FacilityService
    from quarantine_desk.services.fees import FeeService
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
    from quarantine_desk.services.sampling import SamplingService
    from quarantine_desk.services.settings import SettingsService
    from quarantine_desk.services.stay_changes import StayChangeService
    from quarantine_desk.services.users import UserService

# Each service by the name the interfaces use: its module and class. A service is made, and
# its module imported, the first time it is asked for: a command that lists facilities does
# not load the importing library or the papers.
SERVICES: dict[str, tuple[str, str]] = {
    "facilities": ("facilities", "FacilityService"),
    "people": ("people", "PeopleService"),
    "admissions": ("admission", "AdmissionService"),
    "batches": ("batches", "BatchService"),
    "imports": ("imports", "ImportService"),
    "allocation": ("allocation", "AllocationService"),
    "releases": ("release", "ReleaseService"),
    "stay_changes": ("stay_changes", "StayChangeService"),
    "health": ("health", "HealthService"),
    "forecast": ("forecast", "ForecastService"),
    "reports": ("reports", "ReportService"),
    "settings": ("settings", "SettingsService"),
    "users": ("users", "UserService"),
    "audit": ("audit", "AuditService"),
    "backups": ("backup", "BackupService"),
    "households": ("households", "HouseholdService"),
    "papers": ("papers", "PaperService"),
    "exposure": ("exposure", "ExposureService"),
    "registration": ("registration", "RegistrationService"),
    "register": ("register", "RegisterService"),
    "demo": ("demo", "DemoService"),
    "sampling": ("sampling", "SamplingService"),
    "fees": ("fees", "FeeService"),
}


def service_class(name: str) -> type:
    module, cls = SERVICES[name]
    return getattr(importlib.import_module(f"quarantine_desk.services.{module}"), cls)


class Services:
    """Every service acting for one account (`access`), over one database."""

    if TYPE_CHECKING:
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
        sampling: SamplingService
        fees: FeeService

    def __init__(self, db: Database, access: Access) -> None:
        self.db = db
        self.access = access

    def __getattr__(self, name: str) -> Any:  # only for an attribute not made yet
        if name not in SERVICES:
            raise AttributeError(name)
        service = service_class(name)(self.db, self.access)
        setattr(self, name, service)
        return service

    @classmethod
    def open(cls, db: Database, actor: Actor = SYSTEM) -> Services:
        """Every service acting for `actor`. The CLI and the GUI pass the signed-in account;
        the default (no account) is for tools, tests and a database with no account yet."""
        return cls(db, Access(actor))

    @property
    def actor(self) -> Actor:
        return self.access.actor
