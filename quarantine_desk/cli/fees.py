"""Meals and fees: a person's bill, payments and their reversal, exemptions; the kitchen's
person-days."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from quarantine_desk.cli.base import (
    UsageError,
    arg_date,
    arg_positive_int,
    print_json,
    print_table,
)
from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services import Services

COMMANDS = ("fees", "meals")  # what register() adds
KINDS = ["poor", "near_poor", "child", "before_resolution", "decision"]


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    fees = sub.add_parser("fees", help=tr("tiền ăn của người cách ly (Nghị quyết 16/NQ-CP)"))
    fees.add_argument("--person", type=arg_positive_int, metavar="ID",
                      help=tr("xem số tiền phải nộp, đã nộp, còn lại"))
    fees.add_argument("--json", action="store_true")
    fees.set_defaults(handler=cmd_fees)
    fsub = fees.add_subparsers(dest="action", metavar="ACTION")
    pay = fsub.add_parser("pay", help=tr("ghi một khoản nộp tiền"))
    pay.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    pay.add_argument("--amount", type=arg_amount, required=True, metavar="N",
                     help=tr("số tiền (đồng)"))
    pay.add_argument("--date", type=arg_date, help=tr("ngày nộp (mặc định: hôm nay)"))
    pay.add_argument("--receipt", required=True, metavar="R", help=tr("số biên lai"))
    pay.add_argument("--note", metavar="TEXT")
    pay.add_argument("--json", action="store_true")
    pay.set_defaults(handler=cmd_fees_pay)
    rev = fsub.add_parser("reverse", help=tr("hủy một khoản thu bằng một khoản ngược lại"))
    rev.add_argument("payment", type=arg_positive_int, metavar="PAYMENT_ID")
    rev.add_argument("--date", type=arg_date)
    rev.add_argument("--receipt", required=True, metavar="R")
    rev.add_argument("--note", required=True, metavar="TEXT", help=tr("lý do hủy"))
    rev.add_argument("--json", action="store_true")
    rev.set_defaults(handler=cmd_fees_reverse)
    ex = fsub.add_parser("exempt", help=tr("ghi miễn tiền ăn kèm văn bản"))
    ex.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    ex.add_argument("--kind", choices=KINDS, required=True)
    ex.add_argument("--document", required=True, metavar="TEXT",
                    help=tr("văn bản cho miễn, VD «Giấy chứng nhận hộ nghèo số 12/GCN-UBND»"))
    ex.set_defaults(handler=cmd_fees_exempt)

    rates = fsub.add_parser("rates", help=tr("các mức thu theo loại cơ sở và ngày áp dụng"))
    rates.add_argument("--json", action="store_true")
    rates.set_defaults(handler=cmd_fees_rates)
    rate = fsub.add_parser("rate", help=tr("đặt mức thu của một loại cơ sở từ một ngày"))
    rate.add_argument("kind", metavar="KIND",
                      help=tr("military, hotel, medical, school, other, hoặc * (mọi loại)"))
    rate.add_argument("--from", dest="valid_from", type=arg_date, required=True, metavar="D")
    rate.add_argument("--person-rate", type=arg_amount, required=True, metavar="N",
                      help=tr("đồng một ngày, người cách ly trả"))
    rate.add_argument("--state-rate", type=arg_amount, required=True, metavar="N",
                      help=tr("đồng một ngày, nhà nước chi"))
    rate.add_argument("--note", metavar="TEXT", help=tr("văn bản quy định mức thu"))
    rate.set_defaults(handler=cmd_fees_rate)

    meals = sub.add_parser("meals", help=tr("số suất ăn (người-ngày) của một cơ sở theo ngày"))
    meals.add_argument("--facility", required=True, metavar="CODE")
    meals.add_argument("--from", dest="first", type=arg_date, metavar="D1")
    meals.add_argument("--to", dest="last", type=arg_date, metavar="D2")
    meals.add_argument("--json", action="store_true")
    meals.set_defaults(handler=cmd_meals)


def arg_amount(text: str) -> int:
    """Whole đồng, 0 or more («80000», «80.000»)."""
    digits = text.strip().replace(".", "").replace(",", "")
    if not digits.isascii() or not digits.isdigit() or len(digits) > 12:
        raise argparse.ArgumentTypeError(tr("«{text}» phải là số đồng, VD 80000", text=text))
    return int(digits)


def cmd_fees_rates(services: Services, args: argparse.Namespace) -> int:
    found = services.fees.rates()
    if args.json:
        print_json([{"kind": k, "from": d.isoformat(), "person_rate": p, "state_rate": s,
                     "note": n} for k, d, p, s, n in found])
        return 0
    print_table([[k, f"{d:%d/%m/%Y}", _money(p), _money(s), n or ""] for k, d, p, s, n in found],
                [tr("Loại cơ sở"), tr("Từ ngày"), tr("Người cách ly trả"), tr("Nhà nước chi"),
                 tr("Căn cứ")])
    return 0


def cmd_fees_rate(services: Services, args: argparse.Namespace) -> int:
    services.fees.set_rate(args.kind, args.valid_from, args.person_rate, args.state_rate,
                           args.note)
    print(tr("Đã đặt mức thu."))
    return 0


def _money(amount: int) -> str:
    from quarantine_desk.domain.money import figures

    return figures(amount)


def cmd_fees(services: Services, args: argparse.Namespace) -> int:
    if args.person is None:
        raise UsageError(tr("cho --person ID, hoặc một lệnh: pay, reverse, exempt"))
    bill = services.fees.bill(args.person)
    if args.json:
        print_json(bill.to_json())
        return 0
    print(tr("{name} (số {id}): {days} ngày, phải nộp {due} đồng, miễn {exempt}, đã nộp "
             "{paid}, còn lại {balance} đồng.", name=bill.full_name, id=bill.person_id,
             days=bill.days, due=_money(bill.due), exempt=_money(bill.exempt),
             paid=_money(bill.paid), balance=_money(bill.balance)))
    print_table([[line.facility, f"{line.start:%d/%m/%Y}", f"{line.end:%d/%m/%Y}",
                  str(line.days), _money(line.rate), _money(line.amount)]
                 for line in bill.lines],
                [tr("Cơ sở"), tr("Từ ngày"), tr("Đến ngày"), tr("Số ngày"), tr("Mức/ngày"),
                 tr("Thành tiền")])
    for kind, document in bill.exemptions:
        print(tr("Miễn ({kind}): {document}", kind=kind, document=document))
    return 0


def cmd_fees_pay(services: Services, args: argparse.Namespace) -> int:
    done = services.fees.pay(args.person, args.amount, args.date or date.today(), args.receipt,
                             args.note)
    return _payment_said(args, done, QT_TR_NOOP("Đã ghi khoản thu số {id}; còn lại {balance} "
                                                "đồng."))


def cmd_fees_reverse(services: Services, args: argparse.Namespace) -> int:
    done = services.fees.reverse(args.payment, args.date or date.today(), args.receipt,
                                 args.note)
    return _payment_said(args, done, QT_TR_NOOP("Đã hủy bằng khoản số {id}; còn lại {balance} "
                                                "đồng."))


def _payment_said(args: argparse.Namespace, done: tuple[int, int], sentence: str) -> int:
    """A payment or reversal recorded: its id and the balance, as JSON or a sentence."""
    payment, balance = done
    if args.json:
        print_json({"payment_id": payment, "balance": balance})
    else:
        print(tr(sentence, id=payment, balance=_money(balance)))
    return 0


def cmd_fees_exempt(services: Services, args: argparse.Namespace) -> int:
    added = services.fees.exempt(args.person, args.kind, args.document)
    print(tr("Đã ghi miễn tiền ăn.") if added else tr("Đã có miễn này, không ghi gì mới."))
    return 0


def cmd_meals(services: Services, args: argparse.Namespace) -> int:
    first = args.first or date.today()
    days = services.fees.meal_days(args.facility, first, args.last or first)
    if args.json:
        print_json([{"date": d.isoformat(), "person_days": n} for d, n in days.items()])
        return 0
    print_table([[f"{d:%d/%m/%Y}", str(n)] for d, n in days.items()],
                [tr("Ngày"), tr("Số người (suất ăn cả ngày)")])
    return 0
