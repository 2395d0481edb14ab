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
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from python_calamine import CalamineError, CalamineWorkbook, PasswordError

from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.i18n import QT_TR_NOOP, tr

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
CSV_SUFFIXES = {".csv", ".txt"}
SUFFIXES = WORKBOOK_SUFFIXES | CSV_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024

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
    try:
        workbook = CalamineWorkbook.from_path(str(path))
    except PasswordError as exc:
        raise ImportFileError(tr(_LOCKED, name=name)) from exc
    except (CalamineError, ValueError, OSError, RuntimeError) as exc:
        if _looks_like_ole(head) and path.suffix.lower() in {".xlsx", ".xlsm"}:
            raise ImportFileError(
                tr(
                    "Tệp {name} được đặt mật khẩu hoặc mã hóa; hãy gỡ mật khẩu rồi gửi lại.",
                    name=name,
                )
            ) from exc
        raise ImportFileError(
            tr("Không đọc được {name}: tệp hỏng, bị cắt cụt hoặc không phải bảng tính.", name=name)
        ) from exc
    sheets: list[SheetData] = []
    gc_was_enabled = gc.isenabled()
    gc.disable()  # hundreds of thousands of cells, none of them garbage
    try:
        for sheet_name in workbook.sheet_names:
            sheet = workbook.get_sheet_by_name(sheet_name)
            rows = sheet.to_python(skip_empty_area=False)
            sheets.append(SheetData(sheet_name, cast(list[list[Cell]], rows)))
    except PasswordError as exc:
        raise ImportFileError(tr(_LOCKED, name=name)) from exc
    except (CalamineError, ValueError, OSError, RuntimeError) as exc:
        raise ImportFileError(
            tr("Không đọc được {name}: tệp hỏng hoặc bị cắt cụt giữa chừng.", name=name)
        ) from exc
    finally:
        workbook.close()
        if gc_was_enabled:
            gc.enable()
    if not sheets:
        raise ImportFileError(tr("Tệp {name} không có trang tính nào.", name=name))
    return sheets


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
    try:
        rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), dialect)]
    except csv.Error as exc:
        raise ImportFileError(
            tr("Tệp CSV {name} sai định dạng: {exc}.", name=path.name, exc=exc)
        ) from exc
    return SheetData(path.stem, rows)  # type: ignore[arg-type]
