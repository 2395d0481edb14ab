"""Facilities and their rooms."""

from __future__ import annotations

import argparse
from typing import Any

from quarantine_desk.cli.base import (
    Parser,
    arg_positive_int,
    print_json,
    print_table,
)
from quarantine_desk.domain.enums import FacilityKind
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services

COMMANDS = ("facility",)  # what register() adds


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    facility = sub.add_parser("facility", help=tr("cơ sở cách ly"))
    fsub = facility.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    add = fsub.add_parser("add", help=tr("thêm cơ sở cách ly"))
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in FacilityKind])
    add.add_argument("--beds", required=True, type=arg_positive_int)
    add.add_argument("--unit", help=tr("đơn vị quản lý"))
    add.add_argument("--address")
    add.add_argument("--district")
    add.add_argument("--json", action="store_true")
    flist = fsub.add_parser("list", help=tr("danh sách cơ sở với số giường còn trống"))
    flist.add_argument("--json", action="store_true")
    froom = fsub.add_parser("room", help=tr("phòng của một cơ sở"))
    frsub = froom.add_subparsers(
        dest="room_action", metavar="ACTION", required=True, parser_class=Parser
    )
    radd = frsub.add_parser("add", help=tr("thêm một phòng"))
    radd.add_argument("facility", metavar="CODE")
    radd.add_argument("room", metavar="ROOM", help=tr("một phòng, hoặc cả dãy: 101-110"))
    radd.add_argument("--beds", required=True, type=arg_positive_int)
    radd.add_argument(
        "--sex", choices=["M", "F"], help=tr("phòng dành riêng cho nam (M) hoặc nữ (F)")
    )
    radd.add_argument("--block", metavar="B", help=tr("khu"))
    radd.add_argument("--floor", metavar="F", help=tr("tầng"))
    radd.add_argument("--json", action="store_true")
    rreopen = frsub.add_parser("reopen", help=tr("mở lại phòng đang khử khuẩn trước hạn"))
    rreopen.add_argument("facility", metavar="CODE")
    rreopen.add_argument("room", metavar="ROOM")
    rreopen.add_argument("--note", required=True, help=tr("lý do mở lại trước hạn"))
    frooms = fsub.add_parser("rooms", help=tr("các phòng của một cơ sở và số người đang ở"))
    frooms.add_argument("facility", metavar="CODE")
    frooms.add_argument("--json", action="store_true")
    add.set_defaults(handler=cmd_facility_add)
    flist.set_defaults(handler=cmd_facility_list)
    froom.set_defaults(handler=cmd_facility_room)
    frooms.set_defaults(handler=cmd_facility_rooms)


def cmd_facility_add(services: Services, args: argparse.Namespace) -> int:
    view = services.facilities.add(
        code=args.code,
        name=args.name,
        kind=args.kind,
        beds=args.beds,
        unit=args.unit,
        address=args.address,
        district=args.district,
    )
    if args.json:
        print_json(view.to_json())
    else:
        print(
            tr(
                "Đã thêm cơ sở {code}: {name}, {beds} giường.",
                code=view.code,
                name=view.name,
                beds=view.beds,
            )
        )
    return 0


def cmd_facility_list(services: Services, args: argparse.Namespace) -> int:
    views = services.facilities.list()
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    print_table(
        [
            [v.code, v.name, v.kind, str(v.beds), str(v.occupied), str(v.free), v.status]
            for v in views
        ],
        [
            tr("Mã"),
            tr("Tên"),
            tr("Loại"),
            tr("Giường"),
            tr("Đang ở"),
            tr("Trống"),
            tr("Trạng thái"),
        ],
    )
    return 0


def cmd_facility_room(services: Services, args: argparse.Namespace) -> int:
    if args.room_action == "reopen":
        services.facilities.reopen_room(args.facility, args.room, args.note)
        print(tr("Đã mở lại phòng {room}.", room=args.room))
        return 0
    views = services.facilities.add_rooms(
        args.facility, args.room, args.beds, args.sex, block=args.block, floor=args.floor
    )
    if args.json:  # one room: its object, as before; a range: the list
        print_json(views[0].to_json() if len(views) == 1 else [v.to_json() for v in views])
    elif len(views) == 1:
        print(tr("Đã thêm phòng {room}: {beds} giường.", room=views[0].code, beds=views[0].beds))
    else:
        print(tr("Đã thêm {n} phòng {first}–{last}: mỗi phòng {beds} giường.", n=len(views),
                 first=views[0].code, last=views[-1].code, beds=views[0].beds))
    return 0


def cmd_facility_rooms(services: Services, args: argparse.Namespace) -> int:
    views = services.facilities.rooms(args.facility)
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    sexes = {"M": tr("nam"), "F": tr("nữ"), None: ""}
    print_table(
        [
            [v.code, str(v.beds), sexes[v.sex], str(v.occupied), v.block or "", v.floor or ""]
            for v in views
        ],
        [tr("Phòng"), tr("Giường"), tr("Dành cho"), tr("Đang ở"), tr("Khu"), tr("Tầng")],
    )
    return 0
