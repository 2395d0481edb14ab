"""Papers: PDF documents, Excel exports, the register of outgoing papers, checking a certificate."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from quarantine_desk.cli.base import (
    Parser,
    arg_date,
    arg_positive_int,
    arg_year,
    output_path,
    print_json,
    print_table,
)
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.paper_kinds import EXPORTS, REPORTS

COMMANDS = ("report", "export", "register", "verify")  # what register() adds


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    rep = sub.add_parser("report", help=tr("in văn bản PDF theo thể thức Nghị định 30/2020/NĐ-CP"))
    rep.add_argument("kind", choices=list(REPORTS))
    rep.add_argument("--facility", metavar="CODE")
    rep.add_argument("--batch", type=arg_positive_int, metavar="ID")
    rep.add_argument(
        "--person", type=arg_positive_int, metavar="ID",
        help=tr("ca dương tính (positive-case), người nộp tiền (fee-notice)")
    )
    rep.add_argument("--round", type=arg_positive_int, metavar="ID",
                     help=tr("đợt lấy mẫu (sampling-list, sampling-labels)"))
    rep.add_argument("--payment", type=arg_positive_int, metavar="ID",
                     help=tr("khoản thu (fee-receipt)"))
    rep.add_argument("--date", type=arg_date, help=tr("ngày (mặc định: hôm nay)"))
    rep.add_argument("--month", type=arg_month, metavar="YYYY-MM",
                     help=tr("tháng của bảng kê tiền ăn (fees): ngày của văn bản là ngày cuối "
                             "tháng"))
    rep.add_argument(
        "--number",
        help=tr("số văn bản, VD 15/BC-BCH (mặc định: số tiếp theo trong sổ văn bản đi)"),
    )
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    rep.add_argument("--force", action="store_true", help=tr("ghi đè tệp đã có"))
    rep.set_defaults(handler=cmd_report)

    exp = sub.add_parser("export", help=tr("xuất danh sách ra Excel"))
    exp.add_argument("kind", choices=list(EXPORTS))
    exp.add_argument("--facility", metavar="CODE")
    exp.add_argument("--date", type=arg_date)
    exp.add_argument("--month", type=arg_month, metavar="YYYY-MM", help=tr("tháng (fees)"))
    exp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    exp.add_argument("--force", action="store_true", help=tr("ghi đè tệp đã có"))
    exp.set_defaults(handler=cmd_export)

    reg = sub.add_parser("register", help=tr("sổ đăng ký văn bản đi"))
    regsub = reg.add_subparsers(dest="action", metavar="ACTION", required=True,
                                parser_class=Parser)
    rlist = regsub.add_parser("list", help=tr("xem sổ văn bản đi"))
    rlist.add_argument("--year", type=arg_year, metavar="YYYY")
    rlist.add_argument("--kind", metavar="KIND", help=tr("loại văn bản, VD summary hoặc BC"))
    rlist.add_argument("--json", action="store_true")
    rexp = regsub.add_parser("export", help=tr("xuất sổ văn bản đi ra Excel"))
    rexp.add_argument("--year", type=arg_year, metavar="YYYY")
    rexp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    rexp.add_argument("--force", action="store_true", help=tr("ghi đè tệp đã có"))
    rlist.set_defaults(handler=cmd_register_list)
    rexp.set_defaults(handler=cmd_register_export)

    ver = sub.add_parser("verify", help=tr("kiểm tra mã xác thực trên giấy xác nhận"))
    ver.add_argument(
        "code", metavar="CODE", nargs="?",
        help=tr("nội dung mã QR, VD QD1|2026|15/GXN-QS|…; hoặc dùng --number và --code"),
    )
    ver.add_argument("--number", metavar="SỐ", help=tr("số giấy in trên giấy, VD 15/GXN-TD-932"))
    ver.add_argument("--code", dest="printed_code", metavar="MÃ",
                     help=tr("mã xác thực in trên giấy"))
    ver.add_argument("--year", type=arg_year, metavar="YYYY",
                     help=tr("năm cấp giấy (mặc định: năm của ngày cho về trên giấy)"))
    ver.set_defaults(handler=cmd_verify)


def arg_month(text: str) -> date:
    """YYYY-MM: the last day of that month (the day a month's statement is made)."""
    try:
        first = date.fromisoformat(f"{text.strip()}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("tháng «{text}» phải có dạng YYYY-MM", text=text[:20])) from None
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    output = output_path(args.output)
    what = services.papers.make(
        args.kind,
        output,
        args.month or args.date or date.today(),
        facility=args.facility,
        batch_id=args.batch,
        number=args.number,
        person_id=args.person,
        round_id=args.round,
        payment_id=args.payment,
        force=args.force,
    )
    print(tr("Đã in ra {output}: {what}", output=output, what=what))
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    output = output_path(args.output)
    what = services.papers.export(
        args.kind, output, args.month or args.date or date.today(), facility=args.facility,
        force=args.force
    )
    print(tr("Đã xuất ra {output}: {what}", output=output, what=what))
    return 0


def cmd_register_list(services: Services, args: argparse.Namespace) -> int:
    rows = services.register.list(args.year, args.kind)
    if args.json:
        print_json([{"number": r.number, "kind": r.kind, "date": r.date.isoformat(),
                      "summary": r.summary, "signer": r.signer, "recipients": r.recipients,
                      "copies": r.copies, "printed": r.printed, "facility": r.facility}
                     for r in rows])
        return 0
    print_table([[r.number, f"{r.date:%d/%m/%Y}", r.kind_name, r.summary, r.signer]
            for r in rows],
           [tr("Số, ký hiệu"), tr("Ngày"), tr("Loại"), tr("Trích yếu"), tr("Người ký")])
    return 0


def cmd_register_export(services: Services, args: argparse.Namespace) -> int:
    output = output_path(args.output)
    what = services.papers.export_register(output, args.year, force=args.force)
    print(tr("Đã xuất ra {output}: {what}", output=output, what=what))
    return 0


def cmd_verify(services: Services, args: argparse.Namespace) -> int:
    if args.code and (args.number or args.printed_code):
        raise ServiceError(tr("Dùng nội dung mã QR, hoặc --number với --code, không dùng cả hai."))
    if args.code:
        result = services.reports.verify(args.code)
    elif args.number and args.printed_code:
        result = services.reports.verify_printed(args.number, args.printed_code, args.year)
    else:
        raise ServiceError(tr("Cho nội dung mã QR, hoặc số giấy (--number) và mã xác thực "
                              "(--code) in trên giấy."))
    if not result.genuine:
        raise ServiceError(result.message)
    print(result.message)
    return 0
