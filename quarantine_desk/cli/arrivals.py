"""Arrivals: the demonstration data, importing a list, batches announced, allocation."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from quarantine_desk.cli.base import (
    PROG,
    Parser,
    UsageError,
    arg_column,
    arg_date,
    arg_positive_int,
    print_json,
    print_table,
)
from quarantine_desk.domain.enums import BatchKind
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.facilities import facility_code

COMMANDS = ("demo", "import", "batch", "allocate")  # what register() adds


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    sub.add_parser("demo", help=tr("nạp dữ liệu mẫu (chỉ một lần)")).set_defaults(
        handler=cmd_demo
    )

    imp = sub.add_parser("import", help=tr("nhập danh sách người đến từ tệp Excel/ODS/CSV"))
    imp.add_argument("file", metavar="FILE", nargs="?")
    imp.add_argument(
        "--kind",
        choices=[k.value for k in BatchKind],
        help=tr("loại đợt đến (mặc định: đọc từ tiêu đề tệp, không thì flight)"),
    )
    imp.add_argument("--ref", help=tr("số hiệu chuyến bay hoặc mã đợt"))
    imp.add_argument("--origin", metavar="COUNTRY", help=tr("nơi đi"))
    imp.add_argument("--entry-point", metavar="NAME", help=tr("cửa khẩu, sân bay nhập cảnh"))
    imp.add_argument("--arrival-date", type=arg_date, metavar="YYYY-MM-DD")
    imp.add_argument(
        "--detecting-unit", metavar="UNIT", help=tr("đơn vị phát hiện (nhập cảnh trái phép)")
    )
    imp.add_argument(
        "--sheet", metavar="NAME|N", help=tr("trang tính: tên, hoặc số thứ tự (1 là trang đầu)")
    )
    imp.add_argument(
        "--header-row",
        type=arg_positive_int,
        metavar="N",
        help=tr("dòng tiêu đề là dòng N của trang (mặc định: tự tìm)"),
    )
    imp.add_argument(
        "--column",
        action="append",
        type=arg_column,
        default=[],
        metavar="LETTER=FIELD",
        help=tr("cột LETTER dùng làm FIELD, VD --column B=full_name (lặp lại cho mỗi cột; "
                "xem --fields)"),
    )
    imp.add_argument(
        "--fields", action="store_true", help=tr("liệt kê các tên FIELD dùng được với --column")
    )
    imp.add_argument(
        "--batch", type=arg_positive_int, metavar="ID", help=tr("nhập vào đợt đến đã báo trước")
    )
    imp.add_argument("--dry-run", action="store_true", help=tr("kiểm tra, không ghi gì"))
    imp.add_argument("--errors-out", metavar="FILE.xlsx", help=tr("ghi các dòng lỗi ra tệp Excel"))
    imp.add_argument("--force", action="store_true",
                     help=tr("ghi đè tệp --errors-out đã có"))
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=cmd_import)

    bt = sub.add_parser("batch", help=tr("đợt đến, kể cả đợt báo trước khi có danh sách"))
    bsub = bt.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    badd = bsub.add_parser("add", help=tr("báo trước một đợt đến; giữ giường cho đợt"))
    badd.add_argument("--kind", required=True, choices=[k.value for k in BatchKind])
    badd.add_argument("--ref", metavar="REF", help=tr("số hiệu chuyến bay hoặc mã đợt"))
    badd.add_argument("--arrival-date", type=arg_date, required=True, metavar="YYYY-MM-DD")
    badd.add_argument("--expected", type=arg_positive_int, required=True, metavar="N")
    badd.add_argument("--origin")
    badd.add_argument("--entry-point")
    badd.add_argument(
        "--hold", action="append", metavar="CODE=N", help=tr("giữ N giường ở cơ sở CODE")
    )
    badd.add_argument("--json", action="store_true")
    blist = bsub.add_parser("list", help=tr("các đợt đến"))
    blist.add_argument("--json", action="store_true")
    bfree = bsub.add_parser("release-hold", help=tr("trả lại giường đang giữ cho một đợt"))
    bfree.add_argument("batch", type=arg_positive_int, metavar="ID")
    bfree.add_argument("--facility", metavar="CODE")
    badd.set_defaults(handler=cmd_batch_add)
    blist.set_defaults(handler=cmd_batch_list)
    bfree.set_defaults(handler=cmd_batch_release_hold)

    alloc = sub.add_parser("allocate", help=tr("bố trí chỗ ở cho cả một đợt đến"))
    alloc.add_argument("--batch", type=arg_positive_int, required=True, metavar="ID")
    alloc.add_argument(
        "--facility",
        action="append",
        metavar="CODE",
        help=tr("cơ sở theo thứ tự ưu tiên (lặp lại được)"),
    )
    alloc.add_argument("--date", type=arg_date, help=tr("ngày vào cách ly (mặc định: ngày đến)"))
    alloc.add_argument("--preview", action="store_true", help=tr("chỉ xem trước, không ghi"))
    alloc.add_argument(
        "--split-households",
        action="store_true",
        help=tr("cho phép tách một hộ sang nhiều cơ sở khi không cơ sở nào đủ chỗ cho cả hộ"),
    )
    alloc.add_argument("--json", action="store_true")
    alloc.set_defaults(handler=cmd_allocate)


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    result = services.demo.load()
    if result.created:
        print(
            tr(
                "Đã nạp dữ liệu mẫu: {facilities} cơ sở, {batches} đợt đến, {people} người.",
                facilities=result.facilities,
                batches=result.batches,
                people=result.people,
            )
        )
    else:
        print(
            tr(
                "Dữ liệu mẫu đã được nạp ngày {loaded_on}; không thêm gì.",
                loaded_on=result.loaded_on,
            )
        )
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    from quarantine_desk.services.imports import (  # the importing library: when used
        FIELD_LABELS,
        Field,
        default_batch_details,
        sheet_named,
    )

    if args.fields:
        print_table([[f.value, tr(FIELD_LABELS[f])] for f in Field], [tr("FIELD"), tr("Ý nghĩa")])
        return 0
    if args.errors_out:  # a path no output may take is refused before the file is read
        services.imports.check_output(args.errors_out, force=args.force)
    if not args.file:
        raise UsageError(tr("thiếu tệp danh sách (xem: {prog} import --help)", prog=PROG))
    file = services.imports.read(args.file)
    draft = services.imports.draft(
        file,
        sheet_index=sheet_named(file, args.sheet) if args.sheet else None,
        header_row_index=args.header_row - 1 if args.header_row else None,
        columns=dict(args.column),
    )
    if not draft.found:
        raise ServiceError(
            draft.not_found_message()
            + " "
            + tr("Hãy chỉ ra dòng tiêu đề bằng --header-row N và các cột bằng "
                 "--column LETTER=FIELD (xem: import --fields).")
        )
    prepared = services.imports.prepare(draft)
    details = default_batch_details(prepared.analysis, date.today())
    for attr, value in (
        ("kind", args.kind),
        ("reference", args.ref),
        ("origin", args.origin),
        ("entry_point", args.entry_point),
        ("arrival_date", args.arrival_date),
        ("detecting_unit", args.detecting_unit),
    ):
        if value is not None:
            setattr(details, attr, value)
    if args.errors_out:  # before anything is written: a failure here imports nobody
        services.imports.write_errors(prepared.analysis, args.errors_out, force=args.force)
    result = services.imports.commit(
        prepared, details, dry_run=args.dry_run, into_batch=args.batch
    )
    if args.column and not args.dry_run:  # columns stated are a confirmed mapping
        services.imports.remember_mapping(prepared.analysis)
    if args.json:
        print_json(result.to_json())
        return 0
    print(
        tr(
            "Tệp {name}, trang «{sheet}», tiêu đề ở dòng {header_row}: đọc {rows_read} dòng.",
            name=Path(result.file).name,
            sheet=result.sheet,
            header_row=result.header_row,
            rows_read=result.rows_read,
        )
    )
    verb = tr("Sẽ nhập") if result.dry_run else tr("Đã nhập")
    batch = (
        tr(" vào đợt số {batch_id}", batch_id=result.batch_id)
        if result.batch_id and not result.dry_run
        else ""
    )
    print(
        tr(
            "{verb} {imported} người{batch}; trùng {duplicates}; lỗi {n} dòng; cảnh báo {n2}.",
            verb=verb,
            imported=result.imported,
            batch=batch,
            duplicates=result.duplicates,
            n=len({i.row for i in result.errors}),
            n2=len(result.warnings),
        )
    )
    if result.announced_difference():
        print(tr("Đợt đã báo trước: {value}.", value=result.announced_difference()))
    if result.recognised:
        print(tr("{n} dòng đã có trong đợt số {batch_id}: bỏ qua.", n=result.recognised,
                 batch_id=result.batch_id))
    if prepared.belongs_to is not None and args.batch is None and not result.already_imported:
        print(tr("Tệp này có {n} người đã nhập ở đợt số {batch_id}; để thêm người còn lại "
                 "vào đợt đó, dùng --batch {batch_id}.", n=prepared.belongs_to[1],
                 batch_id=prepared.belongs_to[0]))
    for issue in result.errors[:50]:
        print(
            tr(
                "  Lỗi dòng {row}, cột {column}: {message}",
                row=issue.row,
                column=issue.column,
                message=issue.message,
            )
        )
    for issue in result.warnings[:50]:
        where = tr("dòng {row}", row=issue.row) + (
            tr(", cột {column}", column=issue.column) if issue.column else ""
        )
        print(
            tr("  Cảnh báo {where}: {message}", where=where, message=issue.message)
            if issue.row
            else f"  {issue.message}"
        )
    return 0


def holds(values: list[str] | None) -> dict[str, int]:
    holds: dict[str, int] = {}
    for value in values or []:
        code, _, beds = value.partition("=")
        if not code or not beds.isdigit() or int(beds) < 1:
            raise UsageError(tr("--hold cần dạng CODE=N, VD TQS-CT=40, không phải «{value}»",
                                value=value))
        holds[facility_code(code)] = int(beds)
    return holds


def cmd_batch_add(services: Services, args: argparse.Namespace) -> int:
    batch_id = services.batches.announce(
        kind=args.kind, arrival_date=args.arrival_date, expected=args.expected,
        reference=args.ref, origin=args.origin, entry_point=args.entry_point,
        holds=holds(args.hold),
    )
    if args.json:
        print_json({"batch_id": batch_id})
    else:
        print(tr("Đã ghi đợt đến dự kiến số {batch_id}.", batch_id=batch_id))
    return 0


def cmd_batch_list(services: Services, args: argparse.Namespace) -> int:
    views = services.batches.list()
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    print_table(
        [[str(v.id), v.kind, v.reference or "", f"{v.arrival_date:%d/%m/%Y}",
          str(v.expected or ""), str(v.people),
          ", ".join(f"{c}: {n}" for c, n in v.held.items())] for v in views],
        [tr("Số"), tr("Loại"), tr("Mã đợt"), tr("Ngày đến"), tr("Dự kiến"), tr("Danh sách"),
         tr("Giường giữ")],
    )
    return 0


def cmd_batch_release_hold(services: Services, args: argparse.Namespace) -> int:
    beds = services.batches.lift_hold(args.batch, args.facility)
    print(tr("Đã trả {beds} giường.", beds=beds))
    return 0


def cmd_allocate(services: Services, args: argparse.Namespace) -> int:
    result = services.allocation.allocate(
        args.batch,
        args.facility,
        args.date,
        commit=not args.preview,
        split_households=args.split_households,
    )
    if args.json:
        print_json(result.to_json())
        return 0
    verb = tr("Sẽ bố trí") if args.preview else tr("Đã bố trí")
    print(
        tr(
            "{verb} {n} người, ngày vào {admitted_on:%d/%m/%Y}:",
            verb=verb,
            n=len(result.placements),
            admitted_on=result.admitted_on,
        )
    )
    for code, n in result.per_facility.items():
        print(tr("  {code}: {n} người", code=code, n=n))
    if result.unplaced:
        print(tr("Chưa bố trí được {n} người:", n=len(result.unplaced)))
        for u in result.unplaced:
            print(f"  {u.person_id} {u.full_name}: {u.reason}")
    return 0
