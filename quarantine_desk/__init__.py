"""Quarantine Desk: facilities, arrivals, quarantine stays and official papers."""

from importlib.metadata import PackageNotFoundError, version

try:  # one source of truth: the version in pyproject.toml, carried by the package metadata
    __version__ = version("quarantine-desk")
except PackageNotFoundError:  # a bare source tree that was never installed
    __version__ = "0+source"
