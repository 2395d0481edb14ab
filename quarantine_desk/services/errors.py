"""Errors the service layer reports to whoever called it (GUI or command line)."""

from quarantine_desk.domain.errors import Cancelled, ServiceError

__all__ = ["CapacityError", "Cancelled", "FieldError", "NotFoundError", "ServiceError"]


class FieldError(ServiceError):
    """A refused value of one input; `field` names it so a form can show the message beside it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ServiceError):
    """The thing asked for does not exist."""


class CapacityError(ServiceError):
    """A facility or room has no free bed."""
