"""Opening the database: engine set-up, schema upgrade at start-up, sessions."""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    IntegrityError,
    NoSuchModuleError,
    OperationalError,
    SQLAlchemyError,
)
from sqlalchemy.orm import Session, sessionmaker

from quarantine_desk.config import is_url
from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import tr
from quarantine_desk.storage import audit_chain, exclusive, keys, private, seals
from quarantine_desk.storage.anchors import Anchors, anchors_file

log = logging.getLogger(__name__)

# The triggers of revision 0007 that refuse changes to the audit trail on SQLite.
AUDIT_GUARD_SQLITE = {
    f"audit_event_no_{verb.lower()}": f"CREATE TRIGGER IF NOT EXISTS audit_event_no_"
    f"{verb.lower()} BEFORE {verb} ON audit_event BEGIN SELECT RAISE(ABORT, "
    f"'audit trail is append-only'); END"
    for verb in ("UPDATE", "DELETE")
}
# INSERT OR REPLACE deletes the entry it replaces without firing the delete trigger
AUDIT_GUARD_SQLITE["audit_event_no_replace"] = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_replace BEFORE INSERT ON audit_event "
    "WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id OR seq = NEW.seq) "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")

# The newest migration in migrations/versions. Opening a database at this revision reads one
# row and never imports Alembic (a third of a command's start-up); tests/storage checks that
# it is Alembic's head.
SCHEMA_HEAD = "0021"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 10_000
# How long a write waits, in all, for another desk to finish writing before giving up; the
# desk is told after the first BUSY_TIMEOUT_MS that it is waiting.
BUSY_PATIENCE_S = 120.0


class DatabaseError(Exception):
    """The database cannot be used; the message is meant for the operator."""


class KeyNeeded(DatabaseError):
    """An encrypted file this desk has no key for, or a key that does not open it."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class WriteRefused(DatabaseError, ServiceError):
    """The database could not take a write (disk full, read-only, another desk writing for
    too long); nothing of it was written. The message names the cause."""


def write_refused(exc: OperationalError, target: str) -> WriteRefused | None:
    """The operator's sentence for a write the database refused, or None if unknown."""
    text = str(exc.orig).lower()
    state = getattr(exc.orig, "sqlstate", None)
    where = describe_target(target)
    if "database or disk is full" in text or state == "53100":
        return WriteRefused(tr("Ổ đĩa chứa cơ sở dữ liệu {value} đã đầy; không có gì được ghi. "
                               "Hãy giải phóng chỗ trống rồi thử lại.", value=where))
    if "readonly" in text or "read-only" in text or state == "25006":
        return WriteRefused(tr("Cơ sở dữ liệu {value} chỉ cho đọc (tệp hoặc thư mục không cho "
                               "ghi); không có gì được ghi.", value=where))
    if "database is locked" in text or "database is busy" in text:
        return WriteRefused(tr("Một bàn khác đang ghi vào cơ sở dữ liệu {value} quá lâu; không "
                               "có gì được ghi. Hãy thử lại sau ít phút.", value=where))
    if "disk i/o error" in text:
        return WriteRefused(tr("Lỗi đọc ghi ổ đĩa chứa cơ sở dữ liệu {value}; không có gì được "
                               "ghi. Hãy kiểm tra ổ đĩa (USB, ổ mạng) rồi thử lại.", value=where))
    return None


class DamagedDatabaseError(DatabaseError):
    """The SQLite file failed its integrity check; a backup can replace it."""

    def __init__(self, message: str, path: Path | None) -> None:
        super().__init__(message)
        self.path = path


def _sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_listeners(engine: Engine,
                              waiting: Callable[[bool], None] | None = None,
                              key: bytes | None = None,
                              guard: Callable[[], None] | None = None) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001
        if key is not None:  # SQLCipher: the key before anything else reads the file
            keys.unlock(dbapi_connection, key)
        # Let SQLAlchemy, not the driver, say when transactions begin, so a
        # write can start with BEGIN IMMEDIATE and hold the write lock from
        # its first read (capacity checks depend on it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a committed change survives a power cut, not only a crash of the program
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA cache_size=-65536")  # 64 MiB: big imports touch many index pages
        cursor.execute("PRAGMA temp_store=MEMORY")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # noqa: ANN001
        if conn.get_execution_options().get("qd_write"):
            _begin_writing(conn, waiting)
            if guard is not None:
                try:
                    guard()
                except BaseException:
                    conn.exec_driver_sql("ROLLBACK")  # nothing was done in it yet
                    raise
        else:
            conn.exec_driver_sql("BEGIN")


def _begin_writing(conn: Connection, waiting: Callable[[bool], None] | None) -> None:
    """BEGIN IMMEDIATE, waiting for another desk's write to end. Nothing has been done yet
    in this transaction, so trying again is safe; after the first busy timeout the desk is
    told it is waiting («một bàn khác đang ghi…»), and after BUSY_PATIENCE_S it gives up."""
    deadline = time.monotonic() + BUSY_PATIENCE_S
    told = False
    try:
        while True:
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            except OperationalError as exc:
                if "locked" not in str(exc.orig) or time.monotonic() >= deadline:
                    raise
                if not told and waiting is not None:
                    waiting(True)
                told = True
                log.info("another desk is writing; waiting")
    finally:
        if told and waiting is not None:
            waiting(False)


def alembic_config(engine: Engine | None = None) -> Any:
    """Alembic's configuration for our migrations (Alembic is imported only when needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return cfg


def head_revision() -> str:
    """The newest migration, as Alembic reads the scripts."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def describe_target(target: str) -> str:
    if is_url(target):
        try:
            return make_url(target).render_as_string(hide_password=True)
        except ArgumentError:
            return target
    return target


class Database:
    """One database, upgraded to the program's schema, with read and write sessions."""

    def __init__(self, target: str, *, create_parent: bool = False,
                 full_check: bool = False) -> None:
        """full_check: SQLite's complete `integrity_check` (0.7 s at 200,000 people) instead
        of `quick_check` (0.1 s); the window asks for it once per start."""
        self.full_check = full_check
        self.target = target
        self._listeners: list[Callable[[frozenset[str]], None]] = []
        self._waiting: list[Callable[[bool], None]] = []
        self.path: Path | None = None
        # where the file was copied before the last schema upgrade, if one ran
        self.upgrade_backup: Path | None = None
        if is_url(target):
            url = target
            try:
                parsed = make_url(url)
            except ArgumentError as exc:
                raise DatabaseError(
                    tr("Địa chỉ cơ sở dữ liệu không hợp lệ: {target}", target=target)
                ) from exc
            if parsed.get_backend_name() == "sqlite" and parsed.database:
                self.path = Path(parsed.database)
        else:
            self.path = Path(target).expanduser()
            if create_parent:  # the program's own data folder: its owner's only
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            if self.path.is_dir():
                raise DatabaseError(
                    tr("{path} là một thư mục, không phải tệp cơ sở dữ liệu.", path=self.path)
                )
            if not self.path.parent.is_dir():
                raise DatabaseError(tr("Thư mục {parent} không tồn tại.", parent=self.path.parent))
            try:  # another process restoring or encrypting it; a killed one's work put right
                exclusive.check_open(self.path)
            except ServiceError as exc:
                raise DatabaseError(str(exc)) from exc
            private.prepare(self.path, own_folder=create_parent)
            url = _sqlite_url(self.path)
        connect_args = {}
        options: dict[str, Any] = {}
        # the SQLCipher key of an encrypted file (storage/keys.py); None: a plain file
        self.key: bytes | None = None
        if url.startswith("sqlite"):
            # Each connection is used by one thread at a time (the pool sees to it),
            # but background jobs may take one another thread used before.
            connect_args["check_same_thread"] = False
            if self.path is not None and keys.is_encrypted(self.path):
                self.key = keys.key_for(self.path)
                if self.key is None:
                    raise KeyNeeded(tr(
                        "Cơ sở dữ liệu {target} được mã hóa và máy này không có khóa của nó; "
                        "hãy nhập khóa khôi phục: quarantine-desk --db {target} key add (nếu "
                        "tệp chưa từng được mã hóa thì nó đã hỏng: hãy khôi phục từ bản sao "
                        "lưu).", target=describe_target(target)), self.path)
                options["module"] = keys.cipher()
        try:
            # hide_parameters: personal data never reaches a log through an error message
            self.engine = create_engine(url, connect_args=connect_args, hide_parameters=True,
                                        **options)
        except (NoSuchModuleError, ModuleNotFoundError) as exc:
            raise DatabaseError(
                tr(
                    "Không có trình điều khiển cho {value} ({exc}). Với PostgreSQL, cài thêm: "
                    "pip install 'quarantine-desk[postgres]'.",
                    value=describe_target(target),
                    exc=exc,
                )
            ) from exc
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        if self.is_sqlite:
            _install_sqlite_listeners(self.engine, self._tell_waiting, self.key,
                                      self._still_ours if self.path is not None else None)
        self._writer = self.engine.execution_options(qd_write=True)
        self._read_factory = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_factory = sessionmaker(bind=self._writer, expire_on_commit=False)
        event.listen(self._write_factory, "before_flush", _check_lengths)
        # every write seals the accounts, people, stays and tests it changed (seals.py)
        event.listen(self._write_factory, "after_begin", seals.begun)
        event.listen(self._write_factory, "before_commit", seals.seal)
        self._identity: tuple[int, int] | None = None
        try:
            self._upgrade()
            self._identity = _identity(self.path) if self.path is not None else None
        except DatabaseError:
            self.engine.dispose()
            raise
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            self.engine.dispose()
            cause = str(getattr(exc, "orig", None) or exc)
            if self.key is not None and self.path is not None and "not a database" in cause:
                raise KeyNeeded(tr(
                    "Khóa của máy này không mở được cơ sở dữ liệu mã hóa {target} (khóa khác, "
                    "hoặc tệp hỏng); hãy nhập đúng khóa khôi phục: quarantine-desk --db "
                    "{target} key add.", target=describe_target(target)), self.path) from exc
            if self.is_sqlite and ("malformed" in cause or "not a database" in cause):
                raise DamagedDatabaseError(
                    tr(
                        "Không mở được cơ sở dữ liệu {target}: {reason}. Tệp hỏng hoặc không "
                        "phải cơ sở dữ liệu; hãy khôi phục từ một bản sao lưu: "
                        "quarantine-desk restore TỆP_SAO_LƯU (bản sao lưu tự động nằm trong "
                        "thư mục backups cạnh cơ sở dữ liệu).",
                        target=describe_target(target),
                        reason=_first_line(exc),
                    ),
                    self.path,
                ) from exc
            if "certificate" in cause.lower() or "does not support ssl" in cause.lower():
                raise DatabaseError(tr(
                    "Không mở được cơ sở dữ liệu {target}: chứng chỉ TLS của máy chủ không được "
                    "tin cậy hoặc máy chủ không dùng TLS ({reason}); kiểm tra sslrootcert có chỉ "
                    "tới chứng chỉ của cơ quan không.", target=describe_target(target),
                    reason=_first_line(exc))) from exc
            if self.path is not None and not _writable(self.path):
                raise DatabaseError(tr(
                    "Không mở được cơ sở dữ liệu {target}: tệp hoặc thư mục chứa nó chỉ cho "
                    "đọc (ổ đĩa chỉ đọc, tệp bị khóa ghi hoặc không có quyền ghi). Hãy chép "
                    "nó vào nơi ghi được, hoặc xin quyền ghi.", target=describe_target(target),
                )) from exc
            raise DatabaseError(
                tr(
                    "Không mở được cơ sở dữ liệu {target}: {reason}",
                    target=describe_target(target),
                    reason=_first_line(exc),
                )
            ) from exc

    def _still_ours(self) -> None:
        """Inside each write, once SQLite's write lock is held: refused while another
        process restores or encrypts the file, or when the file at the path is no longer the
        one this desk opened (it was replaced: the write would land in the old one)."""
        assert self.path is not None
        try:
            exclusive.check_write(self.path)
        except exclusive.Busy as exc:
            raise WriteRefused(str(exc)) from exc
        if self._identity is not None and _identity(self.path) != self._identity:
            raise WriteRefused(tr(
                "Cơ sở dữ liệu {path} vừa được thay bằng tệp khác (khôi phục hoặc mã hóa) "
                "trong khi chương trình này đang mở nó; không có gì được ghi. Hãy đóng rồi mở "
                "lại chương trình.", path=self.path))

    # -- schema -------------------------------------------------------------

    def current_revision(self) -> str | None:
        """The schema's revision, read from Alembic's one-row table (None: no schema yet)."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            versions = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        return versions[0][0] if len(versions) == 1 else None

    def _upgrade(self) -> None:
        if self.current_revision() == SCHEMA_HEAD:  # the usual start: nothing to migrate
            if self.is_sqlite:
                self._check_integrity()
                self._guard_audit_trail()
            return
        self._migrate()

    def _migrate(self) -> None:
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        head = head_revision()
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            tables = set(inspect(conn).get_table_names())
        if current is None and tables - {"alembic_version"}:
            raise DatabaseError(
                tr(
                    "{value} không phải cơ sở dữ liệu của Quarantine Desk (có bảng dữ liệu "
                    "nhưng không có phiên bản lược đồ). Không thay đổi gì.",
                    value=describe_target(self.target),
                )
            )
        if current is not None:
            try:
                script.get_revision(current)
            except Exception as exc:  # alembic raises several kinds for unknown ids
                raise DatabaseError(
                    tr(
                        "Cơ sở dữ liệu {value} được tạo bởi phiên bản Quarantine Desk mới hơn "
                        "(lược đồ {current}). Hãy dùng phiên bản mới hơn; chương trình này "
                        "không thay đổi gì trong đó.",
                        value=describe_target(self.target),
                        current=current,
                    )
                ) from exc
        if self.is_sqlite:
            self._check_integrity()
        if current == head:
            return
        if current is not None:
            self._copy_aside(current)
        log.info("upgrading schema from %s to %s", current, head)
        with self._writer.connect() as conn:
            if self.is_sqlite:
                # A batch migration recreates tables; with foreign keys on, the
                # DROP of the old table would cascade into the rows that point
                # at it. The pragma only takes effect outside a transaction.
                _raw(conn).execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg = alembic_config(self.engine)
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if self.is_sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseError(
                                tr(
                                    "Nâng cấp lược đồ để lại liên kết hỏng; đã hoàn tác, "
                                    "cơ sở dữ liệu giữ nguyên."
                                )
                            )
            finally:
                if self.is_sqlite:
                    _raw(conn).execute("PRAGMA foreign_keys=ON")

    def _guard_audit_trail(self) -> None:
        """The triggers that keep the audit trail append-only (revision 0007) and that note
        changes to sealed rows (0017), put back if they are missing: a restored backup or a
        file edited by hand may have lost them. Reading that they are there is the usual
        case, and writes nothing."""
        with self.engine.connect() as conn:
            present = {name for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
            conn.rollback()
        wanted = {**AUDIT_GUARD_SQLITE, **seals.sqlite_triggers()}
        missing = [sql for name, sql in wanted.items() if name not in present]
        if missing:
            log.warning("%d audit or seal trigger(s) were missing; recreated", len(missing))
            with self._writer.begin() as conn:
                for sql in missing:
                    conn.exec_driver_sql(sql)

    def _check_integrity(self) -> None:
        with self.engine.connect() as conn:
            pragma = "integrity_check" if self.full_check else "quick_check"
            result = conn.exec_driver_sql(f"PRAGMA {pragma}").scalar()
            conn.rollback()
        if result != "ok":
            raise DamagedDatabaseError(
                tr(
                    "Cơ sở dữ liệu {value} bị hỏng ({result}). Hãy khôi phục từ một bản sao "
                    "lưu: quarantine-desk restore TỆP_SAO_LƯU (bản sao lưu tự động nằm trong "
                    "thư mục backups cạnh cơ sở dữ liệu).",
                    value=describe_target(self.target),
                    result=result,
                ),
                self.path,
            )

    def _copy_aside(self, revision: str) -> None:
        if not self.is_sqlite or self.path is None or not self.path.exists():
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = self.path.with_name(f"{self.path.stem}.before-upgrade-{revision}-{stamp}.sqlite3")
        src = keys.connect(self.path, self.key)
        try:
            dst = keys.connect(dest, self.key)  # encrypted as the database is
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        log.info("copied database aside to %s before upgrading", dest)
        self.upgrade_backup = dest

    # -- sessions -----------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read_factory() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction for one user action; on SQLite it holds the write lock throughout.

        Once it has committed, the listeners hear what it changed (`note_change`)."""
        try:
            with self._write_factory.begin() as session:
                yield session
        except OperationalError as exc:  # disk full, read-only, another desk too long
            refused = write_refused(exc, self.target)
            if refused is None:
                raise
            log.warning("write refused: %s", _first_line(exc))
            raise refused from exc
        except (IntegrityError, sqlite3.IntegrityError) as exc:  # bulk inserts use the driver
            if "ix_person_id_number" not in str(exc) and "person.id_number" not in str(exc):
                raise
            # the service checked inside this transaction; another desk won the race
            raise WriteRefused(tr(
                "Số giấy tờ này vừa được một bàn khác ghi cho một người; không có gì được "
                "ghi. Hãy xem lại người đó rồi thử lại.")) from exc
        head = session.info.get(audit_chain.HEAD)
        if head is not None:
            self._advance_anchor(head)
        changed = session.info.get(_CHANGES)
        if changed:
            self._notify(frozenset(changed))

    def _advance_anchor(self, head: tuple[int, str]) -> None:
        """Move this desk's anchor to the entry just committed, unless the entry it named
        is no longer there as it was (then the anchor stays, as the evidence)."""
        anchors = Anchors()
        old = anchors.get(self)
        if old is not None:
            if old[0] >= head[0]:
                return  # another desk wrote further, or the trail was cut below the anchor
            with self.engine.connect() as conn:
                chain = conn.execute(text("SELECT chain FROM audit_event WHERE seq = :seq"),
                                     {"seq": old[0]}).scalar()
                conn.rollback()
            if chain != old[1]:
                return
        anchors.put(self, head)

    def own_files(self) -> list[Path]:
        """The files no output of the program may replace: the database and its journals
        and lock, its backups folder, the key store, the anchors."""
        own = [keys.store(), anchors_file()]
        if self.path is not None:
            p = self.path
            own += [p, p.parent / private.BACKUPS, *(p.with_name(p.name + extra) for extra in
                                              ("-wal", "-shm", "-journal", exclusive.SUFFIX))]
        return own

    def on_commit(self, listener: Callable[[frozenset[str]], None]) -> Callable[[], None]:
        """Call `listener` with the changes of each committed write (in the thread that
        wrote); returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def on_waiting(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        """Call `listener(True)` when a write starts waiting for another desk's, and
        `listener(False)` when the wait is over (in the thread that writes)."""
        self._waiting.append(listener)
        return lambda: self._waiting.remove(listener) if listener in self._waiting else None

    def tell_waiting(self, waiting: bool) -> None:
        """Tell the listeners of waits that this desk waits for others (or no longer)."""
        self._tell_waiting(waiting)

    def _tell_waiting(self, waiting: bool) -> None:
        for listener in list(self._waiting):
            try:
                listener(waiting)
            except Exception:
                log.exception("a listener of waits failed")

    def _notify(self, changed: frozenset[str]) -> None:
        for listener in list(self._listeners):
            try:
                listener(changed)
            except Exception:  # the change is committed; a listener must not undo the success
                log.exception("a listener of committed changes failed")

    def close(self) -> None:
        self.engine.dispose()


_CHANGES = "quarantine_desk.changes"


def _check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """Text longer than its column is refused on SQLite as PostgreSQL refuses it, in one
    sentence, before anything is written (the services check the fields people type with
    their own words; this is the floor under all of them)."""
    for obj in (*session.new, *session.dirty):
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        for column in table.columns:
            limit = getattr(column.type, "length", None)
            if not limit:
                continue
            value = getattr(obj, column.key, None)
            if isinstance(value, str) and len(value) > limit:
                raise WriteRefused(tr(
                    "Giá trị «{field}» dài {n} ký tự, quá giới hạn {limit} ký tự; không có gì "
                    "được ghi.", field=f"{table.name}.{column.name}", n=len(value),
                    limit=limit))


def note_change(session: Session, what: str) -> None:
    """Say what this transaction changes (an action of the audit trail); the database tells
    its listeners once the transaction has committed."""
    session.info.setdefault(_CHANGES, set()).add(what)


def _identity(path: Path) -> tuple[int, int] | None:
    """Which file is at `path` (device and inode; on Windows, the file index)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _writable(path: Path) -> bool:
    """Whether SQLite can write the file and the journal files beside it."""
    folder_ok = os.access(path.parent, os.W_OK)
    return folder_ok and (not path.exists() or os.access(path, os.W_OK))


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


__all__ = ["Database", "DatabaseError", "head_revision", "note_change"]


def _raw(conn: Connection) -> Any:
    """The driver's own connection, outside SQLAlchemy's transaction handling (a pragma
    that only takes effect outside a transaction)."""
    raw = conn.connection.dbapi_connection
    assert raw is not None  # checked out of the pool
    return raw
