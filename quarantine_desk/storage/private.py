"""Files that hold personal data stay private, and none is left behind by a killed process.

The database, its copies and every temporary file of the program are readable by their
owner only (0600), the program's own data folder by its owner only (0700). A temporary file
carries the id of the process that made it (`-p1234-` in its name, or a `1234-` folder in
the private temporary folder), so the next start removes those of processes no longer
running and never one another desk is still writing.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import stat
from contextlib import suppress
from pathlib import Path

from quarantine_desk import config
from quarantine_desk.storage.exclusive import alive

log = logging.getLogger(__name__)

PARTIAL = ".partial"  # what a temporary file's name ends with
BACKUPS = "backups"  # the desk's rotation of backups, beside the database
_OWNED = re.compile(r"-p(\d+)-")  # the process id in a temporary file's name
_FOLDER = re.compile(r"^(\d+)-")  # the process id of a private temporary folder


tag, temp_folder, temp_dir, temp_file = (config.private_tag, config.temp_folder,
                                       config.temp_dir, config.temp_file)


def sweep(folder: Path, *, ours: bool = False) -> int:
    """Remove the temporary files of processes no longer running in `folder` (hidden
    `….partial` files with a process id; in the private temporary folder, `ours`, its
    files and folders too); how many."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        owner = _owner(entry.name, ours)
        if owner is None or alive(owner):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            log.warning("could not remove a leftover temporary file")
    if removed:
        log.info("removed %d temporary file(s) left by stopped processes", removed)
    return removed


def _owner(name: str, ours: bool) -> int | None:
    """The process that made a temporary file of the program; None for any other file."""
    if (name.startswith(".") and PARTIAL in name) or (ours and name.startswith("qd-")):
        found = _OWNED.search(name)
        return int(found.group(1)) if found else None
    found = _FOLDER.match(name) if ours else None
    return int(found.group(1)) if found else None


def tighten(path: Path) -> None:
    """Owner-only rights on a file of personal data (and its journals) that this account
    owns; nothing on a system without such rights."""
    if os.name == "nt":
        return
    for where in (path, *(path.with_name(path.name + x) for x in ("-wal", "-shm", "-journal"))):
        with suppress(OSError):
            found = os.stat(where)
            if found.st_uid == os.getuid() and stat.S_IMODE(found.st_mode) & 0o077:
                os.chmod(where, 0o600)


def create_private(path: Path) -> None:
    """An empty file at `path`, 0600 (SQLite takes an empty file as a new database and
    gives its journals the same rights)."""
    with suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def prepare(database: Path, *, own_folder: bool = False) -> None:
    """Before a SQLite database opens: the file private (created so when new), its folder
    private when it is the program's own, and the leftovers of killed processes removed
    beside it, in its backups folder and in the private temporary folder."""
    if own_folder:
        with suppress(OSError):
            os.chmod(database.parent, 0o700)
    if not database.exists():
        with suppress(OSError):
            create_private(database)
    tighten(database)
    sweep(database.parent)
    sweep(database.parent / BACKUPS)
    with suppress(OSError):
        sweep(temp_folder(), ours=True)
