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
from typing import Any, NoReturn

from quarantine_desk import __version__
from quarantine_desk.domain.enums import FacilityKind, PersonStatus
from quarantine_desk.services import Services
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


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("demo", None): cmd_demo,
    ("facility", "add"): cmd_facility_add,
    ("facility", "list"): cmd_facility_list,
    ("person", "list"): cmd_person_list,
}


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def run_command(services: Services, args: argparse.Namespace) -> int:
    handler = COMMANDS[(args.command, getattr(args, "action", None))]
    return handler(services, args)
