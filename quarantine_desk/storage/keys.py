"""Encryption at rest for SQLite files (SQLCipher): the desk's keys and keyed connections.

A database file holds the health data of thousands of people (sensitive data under Decree
13/2023). `quarantine-desk encrypt` turns a plain file into a SQLCipher one with a random
256-bit key. The key lives outside the database, in the desk's own key store (a file per
database in the user's configuration folder, readable by that account only) or in
$QUARANTINE_DESK_DB_KEY; the office keeps the recovery key printed once, which opens the
database and its backups on another PC. Backups of an encrypted database are encrypted
with the same key. A plain file stays plain: nothing is encrypted behind an office's back.
"""

from __future__ import annotations

import binascii
import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir

from quarantine_desk.config import APP_AUTHOR, APP_NAME
from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import tr

ENV_KEY = "QUARANTINE_DESK_DB_KEY"
HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every plain SQLite file


class KeyProblem(ServiceError):
    """A key that cannot be used; the message is one sentence for the operator."""


def cipher() -> Any:
    """The SQLCipher driver (a drop-in for sqlite3), imported when a key is in use."""
    from sqlcipher3 import dbapi2

    return dbapi2


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like SQLCipher's: whole pages (a multiple of 512 bytes) that
    do not start as plain SQLite, with a random salt in front (not text, not zeros). A file
    of anything else is garbage or damage, which opening it as SQLite says."""
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    if size < 512 or size % 512 or len(head) < 16 or head == HEADER:
        return False
    readable = all(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return not readable and head != bytes(16)


def store() -> Path:
    return Path(user_config_dir(APP_NAME, APP_AUTHOR)) / "keys"


def key_file(path: Path) -> Path:
    where = str(path.expanduser().resolve())
    return store() / (hashlib.sha256(where.encode()).hexdigest()[:32] + ".key")


def parse_key(text: str) -> bytes:
    """A key as written for people (hex, in groups with dashes or spaces) to its bytes."""
    digits = "".join(ch for ch in text if not ch.isspace() and ch != "-")
    try:
        key = binascii.unhexlify(digits)
    except (binascii.Error, ValueError):
        key = b""
    if len(key) != 32:
        raise KeyProblem(tr("Khóa phải gồm 64 chữ số thập lục phân (0–9, A–F), như khóa khôi "
                           "phục đã in."))
    return key


def shown(key: bytes) -> str:
    """The recovery key as printed: 16 groups of 4 hex digits."""
    text = key.hex().upper()
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def key_for(path: Path) -> bytes | None:
    """The key this desk has for the database at `path`, if any."""
    given = os.environ.get(ENV_KEY)
    if given:
        return parse_key(given)
    try:
        return parse_key(key_file(path).read_text("ascii"))
    except (OSError, UnicodeError):
        return None


def save_key(path: Path, key: bytes) -> Path:
    """Keep the key for `path` in the desk's key store, readable by this account only."""
    where = key_file(path)
    where.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(where, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "w", encoding="ascii") as fh:
        fh.write(shown(key) + "\n")
    return where


def pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""


def unlock(dbapi_connection: Any, key: bytes) -> None:
    """The key, before anything reads the file; SQLCipher's own log stays off (it writes a
    wrong key's failed checks to stderr, which the operator's one sentence replaces)."""
    dbapi_connection.execute("PRAGMA cipher_log_level = NONE")
    dbapi_connection.execute(pragma(key))


def connect(path: Path | str, key: bytes | None, *, uri: bool = False) -> Any:
    """A DBAPI connection to a SQLite file: SQLCipher with the key, plain sqlite3 without."""
    if key is None:
        return sqlite3.connect(str(path), uri=uri)
    conn = cipher().connect(str(path), uri=uri)
    unlock(conn, key)
    return conn


def errors(key: bytes | None) -> tuple[type[BaseException], ...]:
    """The driver's errors, to catch around `connect`."""
    return (sqlite3.Error, cipher().Error) if key is not None else (sqlite3.Error,)
