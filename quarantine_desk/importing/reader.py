"""Reading any spreadsheet an office sends into plain rows of cell values.

python-calamine reads .xlsx, .xlsm, .xlsb, .xls and .ods; CSV is read with the
standard library in UTF-8 (with or without BOM) or the Vietnamese Windows code
page cp1258. Every failure becomes one ImportFileError with one sentence.
"""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import os
import pickle
import signal
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from quarantine_desk.config import temp_file
from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.importing import sheet_worker
from quarantine_desk.importing.sheet_worker import MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
SUFFIXES = WORKBOOK_SUFFIXES | CSV_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024
# What the parts of a zipped workbook (.xlsx, .xlsm, .ods) may unpack to: a 200,000-row list
# of thirty columns is about 250 MB of XML; an 8 MB file that says it unpacks to gigabytes
# is refused before anything reads it.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024

Cell = str | float | int | bool | date | datetime | time | timedelta | None


class ImportFileError(ServiceError):
    """The file cannot be read at all; the message is one sentence for the operator."""


@dataclass
class SheetData:
    name: str
    rows: list[list[Cell]] = field(default_factory=list)


@dataclass
class FileData:
    path: Path
    sha256: str
    sheets: list[SheetData]


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _looks_like_zip(head: bytes) -> bool:
    return head.startswith(b"PK\x03\x04")


def _looks_like_ole(head: bytes) -> bool:
    return head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def read_file(path: str | Path) -> FileData:
    path = Path(path)
    if not path.exists():
        raise ImportFileError(tr("Không tìm thấy tệp {path}.", path=path))
    if path.is_dir():
        raise ImportFileError(tr("{path} là một thư mục, không phải tệp bảng tính.", path=path))
    size = path.stat().st_size
    if size == 0:
        raise ImportFileError(tr("Tệp {name} rỗng.", name=path.name))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(
            tr("Tệp {name} quá lớn ({value} MB).", name=path.name, value=size // (1024 * 1024))
        )
    suffix = path.suffix.lower()
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportFileError(
            tr("Không đọc được tệp {name}: {strerror}.", name=path.name, strerror=exc.strerror)
        ) from exc
    if suffix in CSV_SUFFIXES and not (_looks_like_zip(head) or _looks_like_ole(head)):
        sheets = [_read_csv(path)]
    elif suffix in WORKBOOK_SUFFIXES or _looks_like_zip(head) or _looks_like_ole(head):
        sheets = _read_workbook(path, head)
    else:
        raise ImportFileError(
            tr(
                "Tệp {name} không phải bảng tính (chỉ nhận .xlsx, .xlsm, .xls, .ods, .csv).",
                name=path.name,
            )
        )
    if not any(any(_filled(c) for c in row) for s in sheets for row in s.rows):
        raise ImportFileError(tr("Tệp {name} không có dữ liệu.", name=path.name))
    return FileData(path=path, sha256=file_sha256(path), sheets=sheets)


def _filled(cell: Any) -> bool:
    return not (cell is None or (isinstance(cell, str) and not cell.strip()))


_LOCKED = QT_TR_NOOP("Tệp {name} được đặt mật khẩu; hãy gỡ mật khẩu rồi gửi lại.")


def _read_workbook(path: Path, head: bytes) -> list[SheetData]:
    name = path.name
    if _looks_like_zip(head):
        _check_unpacked_size(path)
    result = _run_worker(path)
    status = result[0]
    if status == sheet_worker.OK:
        return _sheets(name, result[1])
    if status == sheet_worker.PASSWORD:
        raise ImportFileError(tr(_LOCKED, name=name))
    if status == sheet_worker.UNREADABLE:
        if _looks_like_ole(head) and path.suffix.lower() in {".xlsx", ".xlsm"}:
            raise ImportFileError(
                tr(
                    "Tệp {name} được đặt mật khẩu hoặc mã hóa; hãy gỡ mật khẩu rồi gửi lại.",
                    name=name,
                )
            )
        raise ImportFileError(
            tr("Không đọc được {name}: tệp hỏng, bị cắt cụt hoặc không phải bảng tính.", name=name)
        )
    if status == sheet_worker.BROKEN:
        raise ImportFileError(
            tr("Không đọc được {name}: tệp hỏng hoặc bị cắt cụt giữa chừng.", name=name)
        )
    _, sheet, value = result
    raise_over_limit(status, name, sheet, value)
    raise AssertionError(status)  # raise_over_limit always raises


def raise_over_limit(status: int, name: str, sheet: str, value: int) -> None:
    if status == sheet_worker.TOO_MANY_ROWS:
        raise ImportFileError(tr(
            "Trang {sheet} của {name} có {value} hàng, quá giới hạn {limit} hàng của một danh "
            "sách; hãy chia tệp ra.", sheet=sheet, name=name, value=value, limit=MAX_ROWS))
    if status == sheet_worker.TOO_MANY_COLUMNS:
        raise ImportFileError(tr(
            "Trang {sheet} của {name} có {value} cột, quá giới hạn {limit} cột; hãy xóa các cột "
            "thừa rồi lưu lại.", sheet=sheet, name=name, value=value, limit=MAX_COLUMNS))
    raise ImportFileError(tr(
        "Một ô trong trang {sheet} của {name} dài hơn {limit} ký tự, giới hạn của một ô; hãy "
        "sửa ô đó rồi lưu lại.", sheet=sheet, name=name, limit=MAX_CELL_CHARS))


def _check_unpacked_size(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # damaged: the worker says so in the usual words
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportFileError(tr(
            "Tệp {name} giải nén ra {value} MB, quá giới hạn {limit} MB của một danh sách; "
            "tệp có thể bị hỏng hoặc cố ý làm phình.", name=path.name,
            value=unpacked // (1024 * 1024), limit=MAX_UNPACKED_BYTES // (1024 * 1024)))


def worker_command(source: Path, out: str) -> list[str]:
    """The child that reads a workbook: this same program when frozen, else this Python."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--read-workbook", str(source), out]
    return [sys.executable, sheet_worker.__file__, str(source), out]


# a child ended by a signal from outside (kill, the task manager), not by the file
STOPPED_FROM_OUTSIDE = (-getattr(signal, "SIGKILL", 9), -signal.SIGTERM)


def _run_worker(path: Path) -> tuple:
    # the whole parsed list: 0600, in the program's private folder, swept after a kill
    out = temp_file("qd-read", ".pickle")
    try:
        proc = subprocess.run(
            worker_command(path, out), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, check=False,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0))
        if proc.returncode == 0:
            gc_was_enabled = gc.isenabled()
            gc.disable()  # hundreds of thousands of cells, none of them garbage
            try:
                with open(out, "rb") as fh:
                    return tuple(pickle.load(fh))
            except (OSError, EOFError, pickle.UnpicklingError):
                pass
            finally:
                if gc_was_enabled:
                    gc.enable()
    except OSError as exc:
        raise ImportFileError(
            tr("Không đọc được tệp {name}: {strerror}.", name=path.name, strerror=exc.strerror)
        ) from exc
    finally:
        try:
            os.unlink(out)
        except OSError:
            pass
    if proc.returncode in STOPPED_FROM_OUTSIDE:
        raise ImportFileError(tr(
            "Việc đọc {name} bị dừng giữa chừng (tiến trình đọc tệp bị tắt từ bên ngoài); "
            "không có gì được ghi. Hãy thử lại.", name=path.name))
    # The child died: the parser aborted (a cell at XFD1048576 asks for hundreds of GB),
    # ran past its memory or crashed. The desk itself is untouched.
    raise ImportFileError(tr(
        "Không đọc được {name}: bảng tính cần quá nhiều bộ nhớ (quá nhiều ô, hoặc có ô nằm "
        "rất xa như XFD1048576) hoặc tệp hỏng; hãy mở bằng Excel, xóa các hàng và cột thừa "
        "rồi lưu lại.",
        name=path.name))


def _sheets(name: str, sheets: list[tuple[str, list[list[Cell]]]]) -> list[SheetData]:
    if not sheets:
        raise ImportFileError(tr("Tệp {name} không có trang tính nào.", name=name))
    return [SheetData(sheet_name, rows) for sheet_name, rows in sheets]


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # cp1258 writes tone marks as combining characters: compose them.
    return unicodedata.normalize("NFC", raw.decode("cp1258", errors="strict"))


def _read_csv(path: Path) -> SheetData:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise ImportFileError(tr("Tệp {name} không phải tệp CSV văn bản.", name=path.name))
    try:
        text = _decode(raw)
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            tr(
                "Không nhận ra bảng mã của {name} (chỉ nhận UTF-8 hoặc Windows-1258).",
                name=path.name,
            )
        ) from exc
    sample = text[:8192]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Cell]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append(row)  # type: ignore[arg-type]
            if len(rows) > MAX_ROWS or len(row) > MAX_COLUMNS:
                break
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise_over_limit(sheet_worker.CELL_TOO_LONG, path.name, path.stem, 0)
        raise ImportFileError(
            tr("Tệp CSV {name} sai định dạng: {exc}.", name=path.name, exc=exc)
        ) from exc
    over = sheet_worker.over_limit([(path.stem, rows)])  # type: ignore[list-item]
    if over:
        status, sheet, value = over
        raise_over_limit(status, path.name, sheet, value)
    return SheetData(path.stem, rows)
