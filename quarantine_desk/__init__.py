"""Quarantine Desk: facilities, arrivals, quarantine stays and official papers."""

__version__ = "0.1.0"
