"""Whole-file operations on a SQLite database (restore, encrypt), safe under other writers
and against a kill at any point.

Such an operation first writes a lock file beside the database (`NAME.qd-lock`, 0600),
which is also its journal: what it is doing, the process doing it, the file it is building
and the copy of the replaced file it keeps. While it is there:

- a command or a window that opens the database is refused in one sentence, unless the
  process named in it is no longer running: then the half-done operation is finished (the
  new file was complete and checked) or undone (it was not) before anything else;
- a write that starts (Database._begin_writing) is refused after it has taken SQLite's write
  lock, so a write that began before the lock file was written is waited for, and every
  write after it changes nothing: no write is reported done and then lost.

A database file swapped by rename is also noticed by a desk that had it open before (its
file is no longer the one at the path): its next write is refused.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path

from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import QT_TR_NOOP, tr

log = logging.getLogger(__name__)

SUFFIX = ".qd-lock"
PATIENCE_S = 120.0  # how long a whole-file operation waits for other desks, in all
OPERATIONS = {"restore": QT_TR_NOOP("khôi phục"), "encrypt": QT_TR_NOOP("mã hóa")}
# the steps of the journal: "prepare" (building the new file: undone after a kill) and
# "ready" (the new file is complete and checked, the replaced one kept: finished)
PREPARE, READY = "prepare", "ready"


class Busy(ServiceError):
    """Another process holds the database for a whole-file operation."""


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


def alive(pid: int) -> bool:
    """Whether a process with this id is running (on this machine)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would end the process there
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another account's process
        return True
    return True


@dataclass
class Journal:
    op: str
    pid: int
    step: str = PREPARE
    new: str | None = None  # the file being built, renamed onto the database when ready
    kept: str | None = None  # the copy of the replaced database
    started: float = field(default_factory=time.time)

    def label(self) -> str:
        return tr(OPERATIONS.get(self.op, self.op))


def read(database: Path) -> Journal | None:
    """The journal beside `database`, if any (a file that cannot be read counts as one held
    by a process no longer running)."""
    where = lock_path(database)
    try:
        data = json.loads(where.read_text("utf-8"))
        return Journal(**{k: data[k] for k in ("op", "pid", "step", "new", "kept", "started")
                          if k in data})
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError):
        return Journal(op="?", pid=0)


def _write(database: Path, journal: Journal, *, create: bool) -> None:
    """Create the lock (only one process takes the database), or replace its content in one
    rename through a temporary file named for this process (swept after a kill)."""
    where = lock_path(database)
    written = where if create else where.with_name(f".{where.name}-p{os.getpid()}-.partial")
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if create else os.O_TRUNC)
    with os.fdopen(os.open(written, flags, 0o600), "w", encoding="utf-8") as fh:
        fh.write(json.dumps(asdict(journal), ensure_ascii=False))
        fh.flush()
        os.fsync(fh.fileno())
    if not create:
        os.replace(written, where)


def busy_message(database: Path, journal: Journal) -> str:
    return tr("Cơ sở dữ liệu {path} đang được {op} bởi một tiến trình khác (số {pid}); không "
              "có gì được ghi. Hãy chờ việc đó xong rồi thử lại.", path=database,
              op=journal.label(), pid=journal.pid)


def check_open(database: Path) -> None:
    """At every opening: refuse while another process holds the database; finish or undo
    the operation of a process that was killed."""
    journal = read(database)
    if journal is None:
        return
    if alive(journal.pid) and journal.pid != os.getpid():
        raise Busy(busy_message(database, journal))
    recover(database, journal)


def check_write(database: Path) -> None:
    """Inside a write that holds SQLite's write lock: refused while another process holds
    the database (the write has done nothing yet)."""
    if not lock_path(database).exists():  # the usual case: one stat()
        return
    journal = read(database)
    if journal is not None and journal.pid != os.getpid():
        raise Busy(busy_message(database, journal))


def recover(database: Path, journal: Journal) -> None:
    """Finish (READY) or undo (PREPARE) what a killed process left half done."""
    if journal.step == READY and journal.new and Path(journal.new).exists():
        log.warning("finishing a %s that was interrupted", journal.op)
        finish_swap(database, Path(journal.new), journal.kept if journal.op == "encrypt"
                    else None)
    elif journal.new:  # the database itself is untouched; the copy it was making of it is
        # a temporary file of the killed process, swept by private.prepare
        log.warning("undoing a %s that was interrupted", journal.op)
        remove_with_journals(Path(journal.new))
    with suppress(FileNotFoundError):
        lock_path(database).unlink()


def finish_swap(database: Path, new: Path, kept: str | None = None) -> None:
    """Put the complete file `new` at `database` in one rename; `kept`: where the replaced
    file itself is moved first (encrypt keeps the plain file so)."""
    if kept is not None and database.exists() and not Path(kept).exists():
        os.replace(database, kept)
    os.replace(new, database)
    for extra in ("-wal", "-shm", "-journal"):  # the replaced file's, never the new one's
        with suppress(FileNotFoundError):
            database.with_name(database.name + extra).unlink()


def remove_with_journals(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        with suppress(OSError):
            path.with_name(path.name + extra).unlink()


class Operation:
    """A whole-file operation in progress: `step()` records in its journal how far it got."""

    def __init__(self, database: Path, journal: Journal) -> None:
        self.database = database
        self.journal = journal

    def step(self, step: str | None = None, **paths: str) -> None:
        if step is not None:
            self.journal.step = step
        for name, value in paths.items():
            setattr(self.journal, name, value)
        _write(self.database, self.journal, create=False)


@contextmanager
def holding(database: Path, op: str) -> Iterator[Operation]:
    """Take the database for a whole-file operation; the lock file is removed when the
    block ends, and a failure before READY undoes what was built."""
    journal = Journal(op=op, pid=os.getpid())
    for _attempt in range(2):
        try:
            _write(database, journal, create=True)
            break
        except FileExistsError:
            check_open(database)  # refused if held; cleared if its process was killed
    else:
        raise Busy(busy_message(database, read(database) or journal))
    operation = Operation(database, journal)
    try:
        yield operation
    except BaseException:
        if journal.step != READY and journal.new:
            remove_with_journals(Path(journal.new))
        raise
    finally:
        with suppress(FileNotFoundError):
            lock_path(database).unlink()


def writers_done(connect: Callable[[], sqlite3.Connection],
                 waiting: Callable[[bool], None] | None = None) -> sqlite3.Connection:
    """A connection holding SQLite's write lock once the writes other desks had begun are
    over (told through `waiting`); the caller rolls it back and closes it. BEGIN IMMEDIATE,
    not EXCLUSIVE: it keeps every writer out as EXCLUSIVE does (in WAL mode the two are the
    same), and lets another connection of this process read the file to copy it aside."""
    conn = connect()
    conn.isolation_level = None
    conn.execute("PRAGMA busy_timeout=1000")
    _patiently(lambda: conn.execute("BEGIN IMMEDIATE"), waiting, "locked")
    return conn


def alone(connect: Callable[[], sqlite3.Connection],
          waiting: Callable[[bool], None] | None = None) -> None:
    """Wait until no other connection has the database open, and leave it in rollback
    journal mode (its WAL checkpointed into the file): the file can then be renamed without
    losing a write, and no desk still holding the old file can delete the new one's WAL."""
    conn = connect()
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA busy_timeout=1000")

        def switch() -> None:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
            if str(mode).lower() != "delete":
                raise sqlite3.OperationalError("database is locked")

        try:
            _patiently(switch, waiting, "locked")
        except Exception as exc:
            if type(exc).__name__ != "OperationalError":
                raise
            raise Busy(tr("Cơ sở dữ liệu vẫn đang mở trên một bàn hoặc cửa sổ khác; hãy đóng "
                          "chương trình ở đó rồi thử lại (không có gì thay đổi).")) from exc
    finally:
        conn.close()


def _patiently(action: Callable[[], object], waiting: Callable[[bool], None] | None,
               word: str) -> None:
    deadline = time.monotonic() + PATIENCE_S
    told = False
    try:
        while True:
            try:
                action()
                return
            except Exception as exc:  # sqlite3's or SQLCipher's OperationalError
                if (type(exc).__name__ != "OperationalError" or word not in str(exc)
                        or time.monotonic() >= deadline):
                    raise
                if not told and waiting is not None:
                    waiting(True)
                told = True
                time.sleep(0.2)
    finally:
        if told and waiting is not None:
            waiting(False)
