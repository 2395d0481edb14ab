"""The refusals every layer reports to whoever called it (GUI or command line).

They are defined here, below every other layer, so that the importing library's
refusals are `ServiceError`s too: the job runner and the command line catch one
class, and a new refusal anywhere needs no translating on its way up.
"""

from __future__ import annotations

from quarantine_desk.i18n import QT_TR_NOOP, tr

_CANCELLED = QT_TR_NOOP("Đã hủy; không có gì được ghi.")


class ServiceError(Exception):
    """A refused action. The message is one sentence in Vietnamese for the operator."""


class Cancelled(ServiceError):
    """The operator cancelled; nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or tr(_CANCELLED))
