"""Files the operator asks for (papers, exports, backups): whole or not at all.

Each is written to a hidden temporary file in the same folder, readable only by its owner,
and renamed onto the name asked for once complete; on any failure the temporary file is
removed, so a full disk or a killed write never leaves a half-written PDF, workbook or
backup where someone would open it. A failure of the system becomes one sentence naming
the cause: the disk is full, the file or folder is read-only, the file is open elsewhere.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import tr
from quarantine_desk.storage import keys
from quarantine_desk.storage.private import PARTIAL, sweep, tag

__all__ = ["PARTIAL", "is_database", "os_error_message", "output", "sweep", "target", "written"]


def os_error_message(exc: OSError, path: Path) -> str:
    """One sentence for the operator: what went wrong writing `path`, and what to do."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("Ổ đĩa chứa {path} đã đầy; không có gì được ghi. Hãy giải phóng chỗ trống "
                  "rồi thử lại.", path=path)
    if code in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY):
        return tr("Không được phép ghi {path}: tệp hoặc thư mục chỉ cho đọc, hoặc tệp đang mở "
                  "trong chương trình khác. Hãy đóng tệp hoặc chọn nơi khác.", path=path)
    if code == errno.EISDIR:
        return tr("{path} là một thư mục; hãy chọn tên tệp.", path=path)
    if code == errno.ENOENT:
        return tr("Thư mục {parent} không tồn tại.", parent=path.parent)
    return tr("Không ghi được {path}: {strerror}.", path=path, strerror=exc.strerror or exc)


def target(path: str | Path) -> Path:
    """The file to write, refused at once when it cannot be one (a folder, no folder)."""
    where = Path(path).expanduser()
    if where.is_dir():
        raise ServiceError(tr("{path} là một thư mục; hãy chọn tên tệp.", path=where))
    if not where.parent.is_dir():
        raise ServiceError(tr("Thư mục {parent} không tồn tại.", parent=where.parent))
    return where


def is_database(path: Path) -> bool:
    """Whether the file is a SQLite database, plain or (by the look of it) SQLCipher's; a
    workbook (a zip) or a PDF is not."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    if head == keys.HEADER:
        return True
    return keys.is_encrypted(path) and not head.startswith((b"PK", b"%PDF"))


def output(path: str | Path, protected: Iterable[Path] = (), *, force: bool = False,
           databases: bool = False) -> Path:
    """The file an output (a paper, an export, an error workbook, a backup) may be written
    to, refused in one sentence before any work: a file of the program's own (`protected`:
    the database and its journals, its backups folder, the lock, the key store, the
    anchors; resolved through links and `..`), an existing database (unless `databases`:
    a backup with `force` may replace an older backup), or any other existing file unless
    `force` (the window asks first)."""
    where = target(path)
    real = where.resolve()
    for own in protected:
        mine = own.expanduser().resolve()
        if real == mine or mine in real.parents:
            raise ServiceError(tr(
                "{path} là tệp của chính chương trình (cơ sở dữ liệu, bản sao lưu, khóa hoặc "
                "nhật ký của nó); không ghi đè. Hãy chọn tên hoặc thư mục khác.", path=where))
    if real.exists():
        if is_database(real) and not (databases and force):
            raise ServiceError(tr(
                "{path} là một tệp cơ sở dữ liệu; không ghi đè. Hãy chọn tên khác.",
                path=where))
        if not force:
            raise ServiceError(tr(
                "Tệp {path} đã có; không ghi đè. Hãy chọn tên khác, hoặc thêm --force để "
                "ghi đè.", path=where))
    return where


@contextmanager
def written(path: str | Path, *, private: bool = False, protected: Iterable[Path] = (),
            force: bool = True, databases: bool = False) -> Iterator[Path]:
    """Yield the temporary path to write; rename it onto `path` when the block ends well.
    A private file (a backup) stays readable by its owner only; a paper or an export gets
    the usual rights when it is complete. The path is checked first (`output`)."""
    where = output(path, protected, force=force, databases=databases)
    sweep(where.parent)  # what a killed write left here
    try:
        handle, temporary = tempfile.mkstemp(dir=where.parent,
                                             prefix=f".{where.stem}{tag()}",
                                             suffix=where.suffix + PARTIAL)
        os.close(handle)
    except OSError as exc:
        raise ServiceError(os_error_message(exc, where)) from exc
    try:
        yield Path(temporary)
        if not private:
            os.chmod(temporary, 0o644)
        os.replace(temporary, where)
    except OSError as exc:
        _remove(temporary)
        raise ServiceError(os_error_message(exc, where)) from exc
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    for leftover in (temporary, temporary + "-journal", temporary + "-wal", temporary + "-shm"):
        with suppress(OSError):
            os.unlink(leftover)
