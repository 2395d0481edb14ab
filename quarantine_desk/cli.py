"""The command line: argparse sub-commands over the same services as the GUI.

Every failure the operator can cause ends with exit code 2 and one line on
stderr; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from quarantine_desk import __version__
from quarantine_desk.domain.enums import BatchKind, FacilityKind, PersonStatus
from quarantine_desk.importing.error_workbook import write_error_workbook
from quarantine_desk.importing.reader import ImportFileError
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.imports import default_batch_details
from quarantine_desk.services.demo import load_demo
from quarantine_desk.services.people import PersonFilter

PROG = "quarantine-desk"
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad arguments; the message is printed as one line."""


# argparse speaks English; the operators read Vietnamese.
_ARGPARSE_VI = [
    (re.compile(r"argument (\S+): invalid choice: '(.*?)' \(choose from (.*)\)"),
     r"\1: giá trị «\2» không hợp lệ; chọn một trong: \3"),
    (re.compile(r"the following arguments are required: (.*)"), r"thiếu tham số: \1"),
    (re.compile(r"unrecognized arguments: (.*)"), r"tham số không nhận ra: \1"),
    (re.compile(r"argument (\S+): expected one argument"), r"\1 cần một giá trị"),
    (re.compile(r"argument (\S+): (.*)"), r"\1: \2"),
]


def _vietnamese(message: str) -> str:
    for pattern, replacement in _ARGPARSE_VI:
        if pattern.fullmatch(message):
            return pattern.sub(replacement, message)
    return message


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{_vietnamese(message)} (xem: {self.prog} --help)")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ngày «{text}» phải có dạng YYYY-MM-DD") from None


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» không phải số nguyên") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"«{text}» phải lớn hơn 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Quarantine Desk: quản lý khu cách ly y tế tập trung. "
        "Không có lệnh nào thì mở giao diện.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: $QUARANTINE_DESK_DB, "
        "rồi thư mục dữ liệu của người dùng)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("demo", help="nạp dữ liệu mẫu (chỉ một lần)")

    facility = sub.add_parser("facility", help="cơ sở cách ly")
    fsub = facility.add_subparsers(dest="action", metavar="ACTION", required=True,
                                   parser_class=_Parser)
    add = fsub.add_parser("add", help="thêm cơ sở cách ly")
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in FacilityKind])
    add.add_argument("--beds", required=True, type=_positive_int)
    add.add_argument("--unit", help="đơn vị quản lý")
    add.add_argument("--address")
    add.add_argument("--district")
    add.add_argument("--json", action="store_true")
    flist = fsub.add_parser("list", help="danh sách cơ sở với số giường còn trống")
    flist.add_argument("--json", action="store_true")

    person = sub.add_parser("person", help="người cách ly")
    psub = person.add_subparsers(dest="action", metavar="ACTION", required=True,
                                 parser_class=_Parser)
    plist = psub.add_parser("list", help="danh sách người")
    plist.add_argument("--search", help="tên (có dấu hay không), số giấy tờ hoặc điện thoại")
    plist.add_argument("--facility", metavar="CODE")
    plist.add_argument("--status", choices=[s.value for s in PersonStatus])
    plist.add_argument("--batch", type=_positive_int, metavar="ID")
    plist.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help="nhập danh sách người đến từ tệp Excel/ODS/CSV")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--kind", choices=[k.value for k in BatchKind],
                     help="loại đợt đến (mặc định: đọc từ tiêu đề tệp, không thì flight)")
    imp.add_argument("--ref", help="số hiệu chuyến bay hoặc mã đợt")
    imp.add_argument("--origin", metavar="COUNTRY", help="nơi đi")
    imp.add_argument("--entry-point", metavar="NAME", help="cửa khẩu, sân bay nhập cảnh")
    imp.add_argument("--arrival-date", type=_date, metavar="YYYY-MM-DD")
    imp.add_argument("--detecting-unit", metavar="UNIT", help="đơn vị phát hiện (nhập cảnh trái phép)")
    imp.add_argument("--sheet", type=_positive_int, metavar="N", help="trang tính thứ N")
    imp.add_argument("--dry-run", action="store_true", help="kiểm tra, không ghi gì")
    imp.add_argument("--errors-out", metavar="FILE.xlsx", help="ghi các dòng lỗi ra tệp Excel")
    imp.add_argument("--json", action="store_true")
    return parser


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    for line in [headers, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=False)).rstrip())


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    result = load_demo(services.db)
    if result.created:
        print(f"Đã nạp dữ liệu mẫu: {result.facilities} cơ sở, {result.batches} đợt đến, "
              f"{result.people} người.")
    else:
        print(f"Dữ liệu mẫu đã được nạp ngày {result.loaded_on}; không thêm gì.")
    return 0


def cmd_facility_add(services: Services, args: argparse.Namespace) -> int:
    view = services.facilities.add(code=args.code, name=args.name, kind=args.kind,
                                   beds=args.beds, unit=args.unit, address=args.address,
                                   district=args.district)
    if args.json:
        _print_json(view.to_json())
    else:
        print(f"Đã thêm cơ sở {view.code}: {view.name}, {view.beds} giường.")
    return 0


def cmd_facility_list(services: Services, args: argparse.Namespace) -> int:
    views = services.facilities.list()
    if args.json:
        _print_json([v.to_json() for v in views])
        return 0
    _table([[v.code, v.name, v.kind, str(v.beds), str(v.occupied), str(v.free), v.status]
            for v in views], ["Mã", "Tên", "Loại", "Giường", "Đang ở", "Trống", "Trạng thái"])
    return 0


def cmd_person_list(services: Services, args: argparse.Namespace) -> int:
    flt = PersonFilter(search=args.search, facility=args.facility, status=args.status,
                       batch_id=args.batch)
    rows = services.people.list(flt)
    if args.json:
        _print_json([r.to_json() for r in rows])
        return 0
    _table([[str(r.id), r.full_name, r.sex or "", str(r.birth_year or ""), r.id_number or "",
             r.status, r.facility or "", r.room or "",
             r.planned_release_on.strftime("%d/%m/%Y") if r.planned_release_on else ""]
            for r in rows],
           ["Số", "Họ và tên", "GT", "Năm sinh", "Giấy tờ", "Trạng thái", "Cơ sở", "Phòng",
            "Dự kiến ra"])  # fmt: skip
    print(f"Tổng cộng: {len(rows)} người")
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    try:
        file = services.imports.read(args.file)
        prepared = services.imports.prepare(
            file, sheet_index=args.sheet - 1 if args.sheet else None
        )
    except ImportFileError as exc:
        raise ServiceError(str(exc)) from exc
    details = default_batch_details(prepared.analysis, date.today())
    for attr, value in (("kind", args.kind), ("reference", args.ref), ("origin", args.origin),
                        ("entry_point", args.entry_point), ("arrival_date", args.arrival_date),
                        ("detecting_unit", args.detecting_unit)):
        if value is not None:
            setattr(details, attr, value)
    result = services.imports.commit(prepared, details, dry_run=args.dry_run)
    if args.errors_out:
        try:
            write_error_workbook(prepared.analysis, args.errors_out)
        except OSError as exc:
            raise ServiceError(f"Không ghi được {args.errors_out}: {exc.strerror}.") from exc
    if args.json:
        _print_json(result.to_json())
        return 0
    print(f"Tệp {Path(result.file).name}, trang «{result.sheet}», tiêu đề ở dòng "
          f"{result.header_row}: đọc {result.rows_read} dòng.")
    verb = "Sẽ nhập" if result.dry_run else "Đã nhập"
    batch = f" vào đợt số {result.batch_id}" if result.batch_id and not result.dry_run else ""
    print(f"{verb} {result.imported} người{batch}; trùng {result.duplicates}; "
          f"lỗi {len({i.row for i in result.errors})} dòng; cảnh báo {len(result.warnings)}.")
    for issue in result.errors[:50]:
        print(f"  Lỗi dòng {issue.row}, cột {issue.column}: {issue.message}")
    for issue in result.warnings[:50]:
        where = f"dòng {issue.row}" + (f", cột {issue.column}" if issue.column else "")
        print(f"  Cảnh báo {where}: {issue.message}" if issue.row else f"  {issue.message}")
    return 0


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("demo", None): cmd_demo,
    ("facility", "add"): cmd_facility_add,
    ("facility", "list"): cmd_facility_list,
    ("person", "list"): cmd_person_list,
    ("import", None): cmd_import,
}


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(services: Services, args: argparse.Namespace) -> int:
    handler = COMMANDS[(args.command, getattr(args, "action", None))]
    return handler(services, args)
