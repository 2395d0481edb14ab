"""People: registering at the desk, editing, listing; households; a positive case's contacts."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from quarantine_desk.cli.base import (
    Parser,
    UsageError,
    arg_date,
    arg_positive_int,
    print_json,
    print_table,
)
from quarantine_desk.domain import person_fields
from quarantine_desk.domain.enums import BatchKind, PersonStatus
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.exposure import elsewhere_note
from quarantine_desk.services.people import PersonFilter

COMMANDS = ("person", "household", "exposure")  # what register() adds


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    person = sub.add_parser("person", help=tr("người cách ly"))
    psub = person.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    pedit = psub.add_parser("edit", help=tr("sửa thông tin một người (chỉ những gì được ghi)"))
    pedit.add_argument("id", type=arg_positive_int)
    pedit.add_argument("--name")
    pedit.add_argument("--sex", choices=["M", "F", "none"])
    pedit.add_argument("--birth", help=tr("dd/mm/yyyy hoặc năm sinh; 'none' để xóa"))
    pedit.add_argument("--document", help=tr("số giấy tờ; 'none' để xóa"))
    pedit.add_argument("--nationality")
    pedit.add_argument("--phone")
    pedit.add_argument("--address")
    _detail_options(pedit)
    pedit.add_argument("--json", action="store_true")
    padd = psub.add_parser(
        "add", help=tr("tiếp nhận một người tại chỗ (nhập cảnh trái phép, từ vùng dịch…)")
    )
    padd.add_argument("--name", required=True, help=tr("họ và tên, hoặc «Không rõ tên»"))
    padd.add_argument("--description", help=tr("mô tả nhận dạng khi không rõ tên"))
    padd.add_argument("--sex", choices=["M", "F"])
    when = padd.add_mutually_exclusive_group()
    when.add_argument("--birth", metavar="YYYY-MM-DD")
    when.add_argument("--birth-year", type=arg_positive_int, metavar="YYYY")
    when.add_argument("--age", type=int, metavar="N", help=tr("tuổi ước tính"))
    padd.add_argument("--id-number", metavar="N")
    padd.add_argument("--nationality")
    padd.add_argument("--phone")
    padd.add_argument("--address")
    _detail_options(padd)
    padd.add_argument("--origin", help=tr("nơi đi: nước hoặc tỉnh"))
    padd.add_argument("--batch", type=arg_positive_int, metavar="ID", help=tr("vào đợt đến đã có"))
    padd.add_argument("--kind", choices=[k.value for k in BatchKind])
    padd.add_argument("--date", type=arg_date, help=tr("ngày giao nhận"))
    padd.add_argument("--detected-by", metavar="UNIT", help=tr("đơn vị phát hiện, bàn giao"))
    padd.add_argument("--detected-at", metavar="PLACE", help=tr("nơi phát hiện"))
    padd.add_argument("--route", metavar="TEXT", help=tr("đường đi, phương tiện"))
    padd.add_argument("--admit", metavar="FACILITY", help=tr("đưa vào cơ sở ngay"))
    padd.add_argument("--room")
    padd.add_argument(
        "--same-person", type=arg_positive_int, metavar="ID", help=tr("đúng là người đã có số này")
    )
    padd.add_argument("--json", action="store_true")
    plist = psub.add_parser("list", help=tr("danh sách người"))
    plist.add_argument("--search", help=tr("tên (có dấu hay không), số giấy tờ hoặc điện thoại"))
    plist.add_argument("--facility", metavar="CODE")
    plist.add_argument("--status", choices=[s.value for s in PersonStatus])
    plist.add_argument("--batch", type=arg_positive_int, metavar="ID")
    plist.add_argument("--contact-level", choices=["F0", "F1", "F2", "F3"])
    plist.add_argument("--json", action="store_true")
    pedit.set_defaults(handler=cmd_person_edit)
    padd.set_defaults(handler=cmd_person_add)
    plist.set_defaults(handler=cmd_person_list)

    household = sub.add_parser("household", help=tr("hộ gia đình (người đi cùng một gia đình)"))
    hsub = household.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    hjoin = hsub.add_parser("join", help=tr("ghép những người này thành một hộ; in số hộ"))
    hjoin.add_argument("people", type=arg_positive_int, nargs="+", metavar="PERSON_ID")
    hjoin.add_argument("--json", action="store_true")
    hleave = hsub.add_parser("leave", help=tr("tách những người này khỏi hộ của họ"))
    hleave.add_argument("people", type=arg_positive_int, nargs="+", metavar="PERSON_ID")
    hjoin.set_defaults(handler=cmd_household_join)
    hleave.set_defaults(handler=cmd_household_leave)

    exp_case = sub.add_parser(
        "exposure", help=tr("ca dương tính tại khu cách ly: người tiếp xúc gần và ngày mới")
    )
    exp_case.add_argument("person", type=arg_positive_int, metavar="PERSON_ID")
    exp_case.add_argument("--date", type=arg_date, help=tr("ngày phát hiện (mặc định: hôm nay)"))
    exp_case.add_argument(
        "--scope", choices=["room", "floor", "block", "facility", "flight"], default="room"
    )
    exp_case.add_argument("--apply", action="store_true", help=tr("ghi lại (không có: chỉ xem)"))
    exp_case.add_argument("--hospital", metavar="NAME", help=tr("chuyển ca bệnh đến bệnh viện"))
    exp_case.add_argument("--json", action="store_true")
    exp_case.set_defaults(handler=cmd_exposure)


def cmd_person_add(services: Services, args: argparse.Namespace) -> int:
    from datetime import datetime

    from quarantine_desk.services.registration import HandOver, NewPerson

    handover = None
    if args.batch is None:
        if not args.kind:
            raise UsageError(tr("cần --batch ID, hoặc --kind và --date của lần giao nhận"))
        on = args.date or date.today()
        handover = HandOver(kind=args.kind, arrived_at=datetime.combine(on, datetime.min.time()),
                            origin=args.origin, detecting_unit=args.detected_by,
                            detected_at=args.detected_at, route=args.route,
                            handed_over_by=None)
    birth = args.birth or (str(args.birth_year) if args.birth_year else None)
    person = NewPerson(full_name=args.name, sex=args.sex, birth=birth, age=args.age,
                       id_number=args.id_number, nationality=args.nationality,
                       phone=args.phone, address=args.address, origin=args.origin,
                       description=args.description, same_person=args.same_person,
                       details=_details(args))
    result = services.registration.register(handover, [person], batch_id=args.batch,
                                            admit_to=args.admit, room=args.room)
    if args.json:
        print_json(result.to_json())
        return 0
    print(tr("Đã tiếp nhận số {person_id} vào đợt số {batch_id}.",
             person_id=result.person_ids[0], batch_id=result.batch_id))
    for found in result.similar.values():
        for s in found:
            print(tr("  Có thể là {full_name} (số {id}): {why}. {history}", full_name=s.full_name,
                     id=s.person_id, why=s.why, history=s.history))
    if result.foreign:
        print(tr("  Người nước ngoài: cần bàn giao cho cơ quan quản lý xuất nhập cảnh."))
    return 0


def _detail_options(parser: argparse.ArgumentParser) -> None:
    """One option for each editable field of domain/person_fields.py's table."""
    for spec in person_fields.EDITABLE:
        assert spec.option is not None
        parser.add_argument(f"--{spec.option}", dest=f"detail_{spec.key}", metavar="TEXT",
                            help=tr("{label}; 'none' để xóa", label=tr(spec.label)))


def _details(args: argparse.Namespace) -> dict[str, str | None]:
    return {spec.key: getattr(args, f"detail_{spec.key}") for spec in person_fields.EDITABLE
            if getattr(args, f"detail_{spec.key}", None) is not None}


def cmd_person_edit(services: Services, args: argparse.Namespace) -> int:
    [row] = services.people.rows([args.id]) or [None]
    if row is None:
        raise ServiceError(tr("Không có người mang số {id}.", id=args.id))

    def given(value: str | None, current: object) -> Any:
        if value is None:
            return current
        return None if value.strip().lower() == "none" else value

    birth = (
        f"{row.date_of_birth:%d/%m/%Y}"
        if row.date_of_birth
        else str(row.birth_year)
        if row.birth_year
        else None
    )
    updated = services.people.edit(
        args.id,
        full_name=args.name or row.full_name,
        sex=given(args.sex, row.sex),
        birth=given(args.birth, birth),
        id_number=given(args.document, row.id_number),
        nationality=given(args.nationality, row.nationality),
        phone=given(args.phone, row.phone),
        address=given(args.address, row.address),
        details=_details(args),
    )
    if args.json:
        print_json(updated.to_json())
    else:
        print(
            tr(
                "Đã lưu thông tin của {full_name} (số {id}).",
                full_name=updated.full_name,
                id=updated.id,
            )
        )
    return 0


def cmd_person_list(services: Services, args: argparse.Namespace) -> int:
    flt = PersonFilter(
        search=args.search,
        facility=args.facility,
        status=args.status,
        batch_id=args.batch,
        contact_level=args.contact_level,
    )
    rows = services.people.list(flt)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    print_table(
        [
            [
                str(r.id),
                r.full_name,
                r.sex or "",
                str(r.birth_year or ""),
                r.id_number or "",
                r.status,
                r.facility or "",
                r.room or "",
                r.planned_release_on.strftime("%d/%m/%Y") if r.planned_release_on else "",
            ]
            for r in rows
        ],
        [
            tr("Số"),
            tr("Họ và tên"),
            "GT",
            tr("Năm sinh"),
            tr("Giấy tờ"),
            tr("Trạng thái"),
            tr("Cơ sở"),
            tr("Phòng"),
            tr("Dự kiến ra"),
        ],
    )
    print(tr("Tổng cộng: {n} người", n=len(rows)))
    return 0


def cmd_household_join(services: Services, args: argparse.Namespace) -> int:
    household = services.households.join(args.people)
    if args.json:
        print_json({"household": household})
    else:
        print(household)
    return 0


def cmd_household_leave(services: Services, args: argparse.Namespace) -> int:
    services.households.leave(args.people)
    print(tr("Đã tách {n} người khỏi hộ.", n=len(set(args.people))))
    return 0


def cmd_exposure(services: Services, args: argparse.Namespace) -> int:
    result = services.exposure.exposure(
        args.person, args.date or date.today(), args.scope, apply=args.apply,
        hospital=args.hospital,
    )
    if args.json:
        print_json(result.to_json())
        return 0
    print_exposure(result)
    return 0


def print_exposure(result: Any) -> None:
    """The response to a positive case, previewed or recorded, as the operator reads it."""
    verb = tr("Đã ghi") if result.applied else tr("Xem trước (chưa ghi gì)")
    print(tr("{verb}: ca dương tính {full_name} tại {facility}; {n} người tiếp xúc gần.",
             verb=verb, full_name=result.case_name, facility=result.facility,
             n=len(result.contacts)))
    for c in result.contacts:
        print(f"  {c.person_id} {c.full_name} ({c.facility} {c.room or ''}): "
              f"{c.planned_release_before:%d/%m/%Y} → {c.planned_release_after:%d/%m/%Y}")
    if result.elsewhere:
        print(elsewhere_note(len(result.elsewhere)))
        for c in result.elsewhere:
            print(f"  {c.person_id} {c.full_name} ({c.facility} {c.room or ''})")
