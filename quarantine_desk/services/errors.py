"""Errors the service layer reports to whoever called it (GUI or command line)."""


class ServiceError(Exception):
    """A refused action. The message is one sentence in Vietnamese for the operator."""


class NotFoundError(ServiceError):
    """The thing asked for does not exist."""


class CapacityError(ServiceError):
    """A facility or room has no free bed."""
