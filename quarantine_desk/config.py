"""Where things live: the database, logs, and bundled resources."""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import suppress
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir, user_log_dir

APP_NAME = "QuarantineDesk"
APP_AUTHOR = "QuarantineDesk"
DB_ENV = "QUARANTINE_DESK_DB"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def window_state_path() -> Path:
    """Window size, position and last page, kept between runs (per user, per machine)."""
    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "window.ini"


def default_db_path() -> Path:
    return data_dir() / "quarantine-desk.sqlite3"


def is_url(target: str) -> bool:
    return "://" in target


def resolve_db_target(cli_value: str | None) -> str:
    """The database to open: --db, else $QUARANTINE_DESK_DB, else the user data folder.

    The result is either a filesystem path to a SQLite file or a SQLAlchemy URL.
    """
    for value in (cli_value, os.environ.get(DB_ENV)):
        if value and value.strip():
            return value.strip()
    return str(default_db_path())


def resource_path(*parts: str) -> Path:
    """A bundled resource, from the source tree or from a PyInstaller build."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


# Temporary files of the program (storage/private.py sweeps those of stopped processes)

def private_tag() -> str:
    """The part of a temporary file's name that names this process."""
    return f"-p{os.getpid()}-"


def temp_folder() -> Path:
    """The program's private temporary folder (0700), inside its data folder."""
    folder = data_dir() / "tmp"
    folder.mkdir(parents=True, exist_ok=True)
    with suppress(OSError):
        os.chmod(folder, 0o700)
    return folder


def temp_dir() -> Path:
    """A new folder of this process in the private temporary folder."""
    return Path(tempfile.mkdtemp(dir=temp_folder(), prefix=f"{os.getpid()}-"))


def temp_file(prefix: str, suffix: str) -> str:
    """A new empty file (0600) of this process in the private temporary folder."""
    handle, path = tempfile.mkstemp(dir=temp_folder(), prefix=f"{prefix}{private_tag()}",
                                    suffix=suffix)
    os.close(handle)
    return path
