"""Quarantine Desk: facilities, arrivals, quarantine stays and official papers."""

# The one place the version is written: pyproject.toml reads it from here (setuptools'
# dynamic version), and so does build.spec. A constant, not the package metadata: reading
# the metadata costs a command 40 ms at every start.
__version__ = "0.1.0"
