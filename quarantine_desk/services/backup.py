"""Backups of the SQLite database: online copies, rotation, checked restore.

Copies use SQLite's online backup API, which is safe while the program writes.
A restore first checks the file (integrity, that it is a Quarantine Desk
database, a schema this version knows, an audit trail nobody has edited), keeps
the database it replaces aside, and then copies the backup in with the same API.
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from quarantine_desk.i18n import tr
from quarantine_desk.services.access import Capability, Service, audit
from quarantine_desk.services.audit import Anchors, TrailCheck, check_trail
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage import audit_chain, exclusive, keys, private
from quarantine_desk.storage.db import SCHEMA_HEAD, alembic_config
from quarantine_desk.storage.files import os_error_message, output, written
from quarantine_desk.storage.models import Base

log = logging.getLogger(__name__)
AUTO_FOLDER = private.BACKUPS  # beside the database: the desk's rotation
AUTO_PREFIX = "quarantine-desk-"
DEFAULT_KEEP = 10


# the tables of the first schema (revision 0001) and of the current one
FIRST_TABLES = frozenset({"app_user", "arrival_batch", "audit_event", "facility", "person",
                          "quarantine_policy", "room", "setting", "stay", "test_result"})
CURRENT_TABLES = frozenset(Base.metadata.tables)


def _check_file(path: Path, key: bytes | None = None) -> str:
    """The schema revision of a backup file (opened with `key` when it is encrypted);
    ServiceError if it cannot be restored."""
    if not path.is_file():
        raise ServiceError(tr("Không tìm thấy tệp {path}.", path=path))
    if keys.is_encrypted(path) and key is None:
        raise ServiceError(tr(
            "{name} được mã hóa; cần khóa khôi phục của cơ sở dữ liệu đã sao lưu nó (đặt "
            "biến môi trường QUARANTINE_DESK_DB_KEY rồi chạy lại).", name=path.name))
    key = key if keys.is_encrypted(path) else None
    try:
        # the path as a URI: a name holding "#" or "?" must not open another file
        conn = keys.connect(path.resolve().as_uri() + "?mode=ro", key, uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise ServiceError(
                    tr(
                        "Tệp {name} bị hỏng ({result}); không khôi phục.",
                        name=path.name,
                        result=result,
                    )
                )
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if "alembic_version" not in tables:
                raise ServiceError(
                    tr("{name} không phải bản sao lưu của Quarantine Desk.", name=path.name)
                )
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            # every table the schema of that revision has (the first schema's, for an older
            # one; the migrations add the rest when it is opened)
            missing = sorted((CURRENT_TABLES if revision == SCHEMA_HEAD else FIRST_TABLES)
                             - tables)
            if missing:
                raise ServiceError(tr(
                    "{name} không phải bản sao lưu đầy đủ của Quarantine Desk (thiếu bảng "
                    "{missing}); không khôi phục.", name=path.name, missing=", ".join(missing)))
        finally:
            conn.close()
    except keys.errors(key) as exc:
        if key is not None and "not a database" in str(exc):
            raise ServiceError(tr(
                "Khóa không mở được {name} (khóa của một cơ sở dữ liệu khác, hoặc gõ sai).",
                name=path.name)) from exc
        raise ServiceError(
            tr("{name} không phải tệp cơ sở dữ liệu ({exc}).", name=path.name, exc=exc)
        ) from exc
    try:
        from alembic.script import ScriptDirectory

        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:  # alembic raises several kinds for unknown ids
        raise ServiceError(
            tr(
                "{name} được tạo bởi phiên bản mới hơn (lược đồ {revision}); "
                "hãy dùng phiên bản mới hơn để khôi phục.",
                name=path.name,
                revision=revision,
            )
        ) from exc
    return revision


def _copy(src: Path, dest: Path, *, standalone: bool = True, key: bytes | None = None) -> None:
    """Copy with the online backup API; a standalone copy is one file (no WAL beside it).
    With a key, both are SQLCipher files under that key: a copy is as encrypted as its
    source."""
    source = keys.connect(src, key)
    try:
        target = keys.connect(dest, key)
        try:
            source.backup(target)
            if standalone:
                target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


class BackupService(Service):
    def _live_path(self) -> Path:
        if not self.db.is_sqlite or self.db.path is None:
            raise ServiceError(
                tr(
                    "Sao lưu trong chương trình chỉ dành cho SQLite; với PostgreSQL "
                    "hãy dùng pg_dump và pg_restore."
                )
            )
        return self.db.path

    def backup(self, dest: str | Path, *, force: bool = False) -> Path:
        """An online copy of the database, checked after writing. A copy holds every
        facility's people, the audit trail and every password hash: administrators only.
        An existing file (an older backup) is replaced only with `force`."""
        self.access.require(Capability.BACKUP)
        return self._write(dest, force=force)

    def _write(self, dest: str | Path, *, force: bool = False, rotation: bool = False
               ) -> Path:
        live = self._live_path()
        dest = Path(dest).expanduser()
        if dest.resolve() == live.resolve():
            raise ServiceError(tr("Không thể sao lưu đè lên chính cơ sở dữ liệu đang dùng."))
        # the database, its journals, the key store…: refused before it is recorded; the
        # desk's own rotation writes in the backups folder, an administrator's copy not
        protected = [p for p in self.db.own_files()
                     if not (rotation and p == live.parent / AUTO_FOLDER)]
        output(dest, protected, force=force, databases=True)
        with self.db.write() as session:  # a copy of everyone's data leaves the program
            audit(
                session,
                self.actor,
                "backup",
                entity="database",
                after={"file": dest.name},
                summary=f"Sao lưu ra {dest.name}",
            )
        head = session.info.get(audit_chain.HEAD)  # the copy holds the trail up to here
        try:
            # a hidden copy only its owner can read until it is whole and checked
            with written(dest, private=True, protected=protected, force=True,
                         databases=True) as partial:
                _copy(live, partial, key=self.db.key)
                _check_file(partial, self.db.key)
        except keys.errors(self.db.key) as exc:
            if "full" in str(exc):  # SQLite's words for ENOSPC
                raise ServiceError(os_error_message(OSError(errno.ENOSPC, str(exc)), dest)) \
                    from exc
            raise ServiceError(
                tr("Không ghi được bản sao lưu {dest}: {exc}.", dest=dest, exc=exc)
            ) from exc
        if head is not None:  # restoring it later: its trail must reach this entry
            Anchors().put(dest, head)
        log.info("backup written")
        return dest

    def auto_backup(self, folder: str | Path, keep: int = DEFAULT_KEEP) -> Path:
        """A dated backup in the folder, keeping the newest `keep` of them.

        The desk's own rotation (the `backups` folder beside the database, which holds the
        same data as the database file itself) runs for whoever is signed in; a copy
        anywhere else is a backup like any other, for an administrator."""
        folder = Path(folder)
        if folder.resolve() != (self._live_path().parent / AUTO_FOLDER).resolve():
            self.access.require(Capability.BACKUP)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        made = self._write(folder / f"{AUTO_PREFIX}{stamp}.sqlite3", force=True, rotation=True)
        for old in sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"))[:-keep]:
            old.unlink(missing_ok=True)
            Anchors().drop(old)
        return made

    def restore(self, src: str | Path, *, accept_broken_trail: bool = False,
                key: str | None = None) -> Path:
        """Replace the database with a checked backup; returns where the old one was kept.

        A backup whose audit trail has been tampered with is refused, with what is wrong;
        `accept_broken_trail` restores it anyway (an administrator who has read that).
        An encrypted backup opens with this desk's key, or with `key` (the recovery key of
        the database it was made from, on another PC), which this desk then keeps."""
        self.access.require(Capability.RESTORE)
        live = self._live_path()
        src = Path(src).expanduser()
        if src.resolve() == live.resolve():
            raise ServiceError(tr("Tệp cần khôi phục chính là cơ sở dữ liệu đang dùng."))
        opened = keys.parse_key(key) if key else (self.db.key or keys.key_for(live))
        check_backup(src, opened, accept_broken_trail)  # before closing anything
        self.db.close()
        return restore_file(src, live, opened, waiting=self.db.tell_waiting)

    def delete_plain_copy(self, path: str | Path) -> None:
        """Delete an unencrypted copy kept by `encrypt`: its bytes overwritten with zeros
        and flushed to disk, then the file removed (on a solid-state disk the old blocks
        may survive the overwrite: the disk's own encryption is the answer there). Only
        the copies `plain_copies` names, of a database that is encrypted."""
        self.access.require(Capability.BACKUP)
        live = self._live_path()
        path = Path(path)
        if self.db.key is None or path not in plain_copies(live):
            raise ServiceError(tr("{name} không phải bản chưa mã hóa của cơ sở dữ liệu này; "
                                  "không xóa.", name=path.name))
        with self.db.write() as session:
            audit(session, self.actor, "encrypt", entity="database",
                  after={"file": path.name}, summary=f"Xóa bản chưa mã hóa {path.name}")
        try:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                zeros = bytes(1 << 20)
                for _ in range(0, size, len(zeros)):
                    handle.write(zeros)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
            for extra in ("-wal", "-shm", "-journal"):
                path.with_name(path.name + extra).unlink(missing_ok=True)
        except OSError as exc:
            raise ServiceError(os_error_message(exc, path)) from exc
        log.info("a plain copy kept after encryption was deleted")

    def key_paper(self) -> Callable[[str | Path, str, Path], None]:
        """What writes «Biên bản bàn giao khóa khôi phục» for the key `encrypt` will show:
        the office and the administrator read now, while the file opens as it is; the
        paper, once the key exists, as write(path, key as shown, where the plain copy is).
        The key is never stored, so the paper is made only then (reports/documents.py)."""
        from quarantine_desk.reports.documents import recovery_key_record
        from quarantine_desk.services.settings import SettingsService

        live = self._live_path()
        issuer = SettingsService(self.db, self.access).issuer()
        administrator = self.actor.full_name or self.actor.username

        def write(path: str | Path, key: str, plain_copy: Path) -> None:
            recovery_key_record(path, key, live.name, str(plain_copy), issuer, datetime.now(),
                                administrator)

        return write

    def encrypt(self) -> tuple[bytes, Path]:
        """Turn this plain SQLite file into a SQLCipher one under a new random key, kept in
        the desk's key store; returns (the key, to print once for the office, and where the
        plain file was kept). The database is closed afterwards."""
        self.access.require(Capability.BACKUP)
        live = self._live_path()
        if self.db.key is not None:
            raise ServiceError(tr("Cơ sở dữ liệu {path} đã được mã hóa.", path=live))
        key = secrets.token_bytes(32)
        with self.db.write() as session:  # in the trail the encrypted copy carries
            audit(session, self.actor, "encrypt", entity="database",
                  summary=f"Mã hóa cơ sở dữ liệu {live.name}")
        self.db.close()
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = live.with_name(f"{live.stem}.before-encryption-{stamp}.sqlite3")
        encrypted = hidden(live, "encrypted")  # built and checked, then renamed into place
        with exclusive.holding(live, "encrypt") as job:
            # nobody else has the file open (its writes are over and it is in one file):
            # renaming it aside then loses nothing
            exclusive.alone(lambda: keys.connect(live, None), self.db.tell_waiting)
            job.step(new=str(encrypted), kept=str(kept))
            private.create_private(encrypted)  # SQLCipher fills the empty file
            try:
                conn = keys.cipher().connect(str(live))  # the plain file, no key
                try:
                    conn.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                                 (str(encrypted),))
                    conn.execute("SELECT sqlcipher_export('encrypted')")
                    conn.execute("DETACH DATABASE encrypted")
                finally:
                    conn.close()
                _check_file(encrypted, key)
            except keys.errors(key) as exc:
                raise ServiceError(tr("Không mã hóa được {path}: {exc}.", path=live, exc=exc)) \
                    from exc
            keys.save_key(live, key)  # before the swap: the file is useless without it
            job.step(exclusive.READY)
            exclusive.finish_swap(live, encrypted, str(kept))
            private.tighten(kept)  # the plain copy: its owner's only
        log.info("database encrypted; the plain file was kept aside")
        return key, kept


def plain_copies(live: Path) -> list[Path]:
    """The unencrypted copies `encrypt` kept beside an encrypted database (every person in
    clear) until somebody deletes them."""
    return sorted(live.parent.glob(f"{live.stem}.before-encryption-*.sqlite3"))


def automatic_backups(live: Path) -> list[Path]:
    """The dated copies beside a database, newest first."""
    folder = live.parent / AUTO_FOLDER
    return sorted(folder.glob(f"{AUTO_PREFIX}*.sqlite3"), reverse=True) if folder.is_dir() else []


@dataclass(frozen=True)
class BackupFile:
    """One automatic backup as the restore list shows it."""

    path: Path
    made_at: datetime | None  # from its name
    size: int  # bytes
    people: int | None  # None: it cannot be read (damaged, or another desk's key)


def made_at(path: Path) -> datetime | None:
    try:
        return datetime.strptime(path.stem.removeprefix(AUTO_PREFIX), "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def describe_backups(live: Path, key: bytes | None = None) -> list[BackupFile]:
    """The automatic backups beside a database, newest first, with how many people each
    holds (read only: nothing of them changes)."""
    out = []
    for path in automatic_backups(live):
        people = None
        try:
            opened = key if keys.is_encrypted(path) else None
            conn = keys.connect(path.resolve().as_uri() + "?mode=ro", opened, uri=True)
            try:
                people = int(conn.execute("SELECT count(*) FROM person").fetchone()[0])
            finally:
                conn.close()
        except keys.errors(key):
            people = None
        try:
            size = path.stat().st_size
        except OSError:
            continue  # removed by the rotation of another desk meanwhile
        out.append(BackupFile(path, made_at(path), size, people))
    return out


def check_backup(src: Path, key: bytes | None = None, accept_broken_trail: bool = False
                 ) -> str:
    """Whether a backup may replace the database: a whole file of a schema this version
    knows, with an audit trail nobody has edited (unless `accept_broken_trail`, said by an
    administrator who has read what is wrong). The one check of every restore: the command
    line's, the window's and the start-up's for a damaged file. Its revision."""
    revision = _check_file(src, key)
    if not accept_broken_trail:
        refuse_broken_trail(src, key)
    return revision


def restore_checked(src: Path, live: Path, key: bytes | None = None) -> Path:
    """A damaged database replaced at start-up (no account signed in): the same checks as
    any restore, then the same swap. Where the replaced file was kept."""
    key = key or keys.key_for(live)
    check_backup(src, key)
    return restore_file(src, live, key)


def trail_of(path: Path, key: bytes | None = None) -> TrailCheck | None:
    """The audit trail of a backup, walked; None for a schema older than the chain (0015),
    which is chained when it is opened. A backup made on this desk must still hold the
    entries it held when it was made (its anchor)."""
    uri = path.resolve().as_uri() + "?mode=ro"
    key = key if keys.is_encrypted(path) else None
    engine = create_engine("sqlite://", creator=lambda: keys.connect(uri, key, uri=True),
                           poolclass=NullPool)
    try:
        with engine.connect() as conn:
            columns = {row[1] for row in conn.exec_driver_sql("PRAGMA table_info(audit_event)")}
            if "seq" not in columns:
                return None
        with Session(engine) as session:  # as far as it reached when it was made, if here
            return check_trail(session, Anchors().get(path))
    except SQLAlchemyError as exc:
        raise ServiceError(
            tr("{name} không phải tệp cơ sở dữ liệu ({exc}).", name=path.name, exc=exc)
        ) from exc
    finally:
        engine.dispose()


def refuse_broken_trail(src: Path, key: bytes | None = None) -> None:
    trail = trail_of(src, key)
    if trail is not None and not trail.intact:
        raise ServiceError(tr(
            "Nhật ký thao tác trong {name} đã bị sửa ngoài chương trình ({problems}); không "
            "khôi phục. Quản trị viên đã biết điều này vẫn có thể khôi phục với "
            "--accept-broken-trail.", name=src.name, problems="; ".join(trail.problems[:5])))


def hidden(live: Path, what: str) -> Path:
    """A temporary file beside the database, named for this process (swept after a kill)."""
    return live.with_name(f".{live.stem}-{what}{private.tag()}{secrets.token_hex(4)}"
                          f".sqlite3{private.PARTIAL}")


def restore_file(src: Path, live: Path, key: bytes | None = None,
                 waiting: Callable[[bool], None] | None = None) -> Path:
    """Put a checked backup in place of the database; the replaced one is kept aside (moved,
    when it is too damaged to be read). Returns where it was kept. `key` opens an encrypted
    backup (by default, this desk's key for `live`).

    The database is taken for the operation first (storage/exclusive.py): writes other
    desks had begun are waited for (told through `waiting`) and end up in the kept copy;
    any write after that is refused. The backup is then copied into the database in one
    SQLite transaction (other desks see it at their next read), or, when the two are not
    encrypted alike, built beside it and renamed into place once no desk has it open. A
    kill at any point leaves the old database, or the new one, never a mix or nothing."""
    key = key or keys.key_for(live)
    _check_file(src, key)
    src_key = key if keys.is_encrypted(src) else None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = live.with_name(f"{live.stem}.replaced-{stamp}.sqlite3")
    with exclusive.holding(live, "restore") as job:
        job.step(kept=str(kept))
        live_key = keys.key_for(live) if keys.is_encrypted(live) else None
        in_place = False  # whether the backup went into the database file itself
        if live.exists() and live.stat().st_size > 0:
            try:
                _keep(live, kept, live_key, waiting)
            except keys.errors(live_key):  # a damaged file cannot be copied page by page
                os.replace(live, kept)
                private.tighten(kept)
                for extra in ("-wal", "-shm", "-journal"):
                    live.with_name(live.name + extra).unlink(missing_ok=True)
            else:
                in_place = live_key == src_key and _copied_in(src, live, src_key)
        if not in_place:  # built beside, renamed into place
            new = hidden(live, "restoring")
            job.step(new=str(new))
            _copy(src, new, key=src_key)
            private.tighten(new)
            _check_file(new, key)
            if live.exists():
                exclusive.alone(lambda: keys.connect(live, live_key), waiting)
            if src_key is not None:
                keys.save_key(live, src_key)  # this desk can open what it restored
            job.step(exclusive.READY)
            exclusive.finish_swap(live, new)
        elif src_key is not None:
            keys.save_key(live, src_key)
    Anchors().drop(live)  # the trail is now the backup's: this desk starts again from it
    log.info("database restored from a backup")
    return kept


def _keep(live: Path, kept: Path, key: bytes | None,
          waiting: Callable[[bool], None] | None) -> None:
    """Copy the database aside once the writes begun before the lock are over (holding
    SQLite's write lock while the copy is made: nothing changes under it)."""
    try:
        holder = exclusive.writers_done(lambda: keys.connect(live, key), waiting)
    except keys.errors(key) as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise exclusive.Busy(tr(
                "Một bàn khác vẫn đang ghi vào cơ sở dữ liệu {path} quá lâu; không có gì thay "
                "đổi. Hãy thử lại sau ít phút.", path=live)) from exc
        raise
    try:
        with written(kept, private=True, force=True, databases=True) as partial:
            # read by another connection (the lock keeps writers out, not readers):
            # through the journal, nothing left out
            _copy(live, partial, key=key)
    finally:
        holder.rollback()
        holder.close()


def _copied_in(src: Path, live: Path, key: bytes | None) -> bool:
    """Copy the backup into the database file in one SQLite transaction (other desks read
    it at once); whether it went in and reads whole (if not, the file is as it was, or is
    replaced by the rename that follows)."""
    try:
        _copy(src, live, standalone=False, key=key)
        conn = keys.connect(live, key)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except keys.errors(key):  # another page size, for one: the rename path then
        return False


KEY_ENV = keys.ENV_KEY
recovery_key = keys.shown


def add_key(target: str, given: str) -> Path:
    """Keep on this desk the recovery key of the encrypted database file `target`, once it
    is shown to open it; returns the file."""
    from quarantine_desk.config import is_url

    if is_url(target):
        raise ServiceError(tr("Khóa chỉ dành cho tệp SQLite, không cho {target}.",
                              target=target))
    path = Path(target).expanduser()
    if not keys.is_encrypted(path):
        raise ServiceError(tr("{path} không phải cơ sở dữ liệu mã hóa; không cần khóa.",
                              path=path))
    key = keys.parse_key(given)
    _check_file(path, key)
    keys.save_key(path, key)
    return path
