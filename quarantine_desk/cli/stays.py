"""A person's quarantine: admission, tests and health checks, transfer, release; beds ahead."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import Any

from quarantine_desk.cli.base import (
    UsageError,
    arg_date,
    arg_positive_int,
    arg_temperature,
    print_json,
    print_table,
)
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services

COMMANDS = ("admit", "release", "transfer", "test", "health", "forecast")  # what register() adds


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    admit = sub.add_parser("admit", help=tr("đưa một người vào cơ sở cách ly"))
    admit.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    admit.add_argument("--facility", required=True, metavar="CODE")
    admit.add_argument("--room")
    admit.add_argument("--date", type=arg_date)
    admit.add_argument("--json", action="store_true")
    admit.set_defaults(handler=cmd_admit)

    rel = sub.add_parser("release", help=tr("hoàn thành cách ly"))
    rel.add_argument("people", type=arg_positive_int, nargs="*", metavar="PERSON_ID")
    rel.add_argument("--due", type=arg_date, metavar="D", help=tr("mọi người đến hạn vào ngày D"))
    rel.add_argument("--date", type=arg_date, help=tr("ngày hoàn thành (mặc định: hôm nay)"))
    rel.add_argument(
        "--override",
        metavar="NOTE",
        help=tr("cho về dù thiếu/chờ/dương tính xét nghiệm lần cuối, kèm lý do"),
    )
    rel.add_argument(
        "--fee-note",
        metavar="NOTE",
        help=tr("cho về người còn nợ tiền ăn khi cài đặt yêu cầu ghi chú (VD: hẹn nộp tại "
                "địa phương)"),
    )
    rel.add_argument("--json", action="store_true")
    rel.set_defaults(handler=cmd_release)

    tf = sub.add_parser("transfer", help=tr("chuyển bệnh viện hoặc chuyển cơ sở"))
    tf.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    where = tf.add_mutually_exclusive_group(required=True)
    where.add_argument("--facility", metavar="CODE")
    where.add_argument("--hospital", metavar="NAME")
    tf.add_argument("--room")
    tf.add_argument("--date", type=arg_date)
    tf.set_defaults(handler=cmd_transfer)

    test = sub.add_parser("test", help=tr("ghi kết quả xét nghiệm"))
    test.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    test.add_argument("--date", type=arg_date, required=True)
    test.add_argument("--kind", choices=["pcr", "antigen"], required=True)
    test.add_argument("--result", choices=["pending", "negative", "positive"], required=True)
    test.set_defaults(handler=cmd_test)

    health = sub.add_parser("health", help=tr("ghi nhiệt độ, triệu chứng trong ngày"))
    health.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    health.add_argument("--date", type=arg_date, required=True)
    health.add_argument("--temp", type=arg_temperature, required=True, metavar="37.8")
    health.add_argument("--symptoms", metavar="TEXT")
    health.set_defaults(handler=cmd_health)

    fc = sub.add_parser("forecast", help=tr("giường trống trong những ngày tới"))
    fc.add_argument("--days", type=arg_positive_int, default=21)
    fc.add_argument("--json", action="store_true")
    fc.set_defaults(handler=cmd_forecast)


def cmd_admit(services: Services, args: argparse.Namespace) -> int:
    a = services.admissions.admit(args.person, args.facility, args.room, args.date)
    if args.json:
        print_json(
            {
                "person_id": a.person_id,
                "facility": a.facility,
                "room": a.room,
                "admitted_on": a.admitted_on.isoformat(),
                "planned_release_on": a.planned_release_on.isoformat(),
            }
        )
    else:
        room = tr(", phòng {room}", room=a.room) if a.room else ""
        print(
            tr(
                "Đã nhận người số {person_id} vào {facility}{room} ngày "
                "{admitted_on:%d/%m/%Y}; dự kiến hoàn thành cách ly ngày "
                "{planned_release_on:%d/%m/%Y}.",
                person_id=a.person_id,
                facility=a.facility,
                room=room,
                admitted_on=a.admitted_on,
                planned_release_on=a.planned_release_on,
            )
        )
    return 0


def cmd_release(services: Services, args: argparse.Namespace) -> int:
    if bool(args.people) == (args.due is not None):
        raise UsageError(tr("cho danh sách PERSON_ID hoặc --due D, không cả hai"))
    on = args.date or args.due or date.today()
    ids = list(args.people) or services.releases.due_for_release(args.due)
    released, refused = services.releases.release(
        ids, on, all_or_nothing=bool(args.people), override_note=args.override,
        fee_note=args.fee_note,
    )
    if args.json:
        print_json(
            {
                "released": [
                    {
                        "person_id": r.person_id,
                        "full_name": r.full_name,
                        "facility": r.facility,
                        "released_on": r.released_on.isoformat(),
                        "certificate_number": r.certificate_number,
                    }
                    for r in released
                ],
                "refused": [
                    {"person_id": r.person_id, "full_name": r.full_name, "reason": r.reason}
                    for r in refused
                ],
            }
        )
    else:
        for r in released:
            print(
                tr(
                    "Hoàn thành cách ly: {person_id} {full_name} ({facility}), giấy xác "
                    "nhận số {certificate_number}",
                    person_id=r.person_id,
                    full_name=r.full_name,
                    facility=r.facility,
                    certificate_number=r.certificate_number,
                )
            )
        from quarantine_desk.domain.money import figures

        owed = services.fees.unpaid([r.person_id for r in released])
        for r in released:
            if r.person_id in owed:
                print(tr("Còn nợ tiền ăn: {person_id} {full_name}: {amount} đồng",
                         person_id=r.person_id, full_name=r.full_name,
                         amount=figures(owed[r.person_id])))
        for r in refused:
            print(
                tr(
                    "Không cho về: {person_id} {full_name}: {reason}",
                    person_id=r.person_id,
                    full_name=r.full_name,
                    reason=r.reason,
                ),
                file=sys.stderr,
            )
    return 0


def cmd_transfer(services: Services, args: argparse.Namespace) -> int:
    stay = services.stay_changes.transfer(
        args.person,
        args.date,
        facility_code=args.facility,
        room_code=args.room,
        hospital=args.hospital,
    )
    if args.hospital:
        print(
            tr(
                "Đã chuyển người số {person} đến {hospital}; giường đã được trả.",
                person=args.person,
                hospital=args.hospital,
            )
        )
    else:
        print(
            tr(
                "Đã chuyển người số {person} đến {value}; vẫn dự kiến hoàn thành cách ly "
                "ngày {planned_release_on:%d/%m/%Y}.",
                person=args.person,
                value=args.facility.upper(),
                planned_release_on=stay.planned_release_on,
            )
        )
    return 0


def cmd_test(services: Services, args: argparse.Namespace) -> int:
    services.health.record_test(args.person, args.date, args.kind, args.result)
    print(
        tr(
            "Đã ghi xét nghiệm {kind} ngày {date:%d/%m/%Y} của người số {person}.",
            kind=args.kind,
            date=args.date,
            person=args.person,
        )
    )
    if args.result == "positive":
        print(tr("Dương tính: hãy chuyển người này đến bệnh viện (lệnh transfer --hospital)."))
    return 0


def cmd_health(services: Services, args: argparse.Namespace) -> int:
    check = services.health.record_check(args.person, args.date, args.temp, args.symptoms)
    print(
        tr(
            "Đã ghi {temp:.1f} °C ngày {date:%d/%m/%Y} cho người số {person}.",
            temp=args.temp,
            date=args.date,
            person=args.person,
        )
    )
    if check.fever:
        print(tr("Sốt từ 37,5 °C: chuyển đi khám và điều trị."))
    return 0


def cmd_forecast(services: Services, args: argparse.Namespace) -> int:
    days = services.forecast.forecast(args.days)
    if args.json:
        print_json({"days": [d.to_json() for d in days]})
        return 0
    print_table(
        [
            [d.day.strftime("%d/%m/%Y"), str(d.beds), str(d.occupied), str(d.free), str(d.arriving)]
            for d in days
        ],
        [tr("Ngày"), tr("Giường"), tr("Đang ở"), tr("Trống"), tr("Sắp đến")],
    )
    return 0
