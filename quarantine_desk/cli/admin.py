"""Administration: backups, encryption and keys, settings, accounts, the audit trail."""

from __future__ import annotations

import argparse
import os
from typing import Any

from quarantine_desk.cli.base import (
    Parser,
    arg_date,
    arg_positive_int,
    ask_secret,
    new_password,
    output_path,
    print_json,
    print_table,
)
from quarantine_desk.i18n import tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Capability
from quarantine_desk.services.errors import ServiceError

COMMANDS = ("backup", "restore", "encrypt", "key", "settings", "user", "audit")  # register()


def register(sub: Any) -> None:
    """Add this group's commands to the parser."""
    bk = sub.add_parser("backup", help=tr("sao lưu cơ sở dữ liệu (an toàn khi đang dùng)"))
    bk.add_argument("-o", "--output", required=True, metavar="FILE")
    bk.add_argument("--force", action="store_true", help=tr("ghi đè bản sao lưu đã có"))
    bk.set_defaults(handler=cmd_backup)

    rs = sub.add_parser("restore", help=tr("khôi phục từ bản sao lưu (giữ lại bản đang dùng)"))
    rs.add_argument("file", metavar="FILE")
    rs.add_argument("--accept-broken-trail", action="store_true",
                    help=tr("khôi phục cả khi nhật ký thao tác trong bản sao lưu đã bị sửa"))
    rs.set_defaults(handler=cmd_restore)

    sub.add_parser(
        "encrypt", help=tr("mã hóa tệp cơ sở dữ liệu (SQLCipher); in khóa khôi phục một lần")
    ).set_defaults(handler=cmd_encrypt)
    ky = sub.add_parser("key", help=tr("khóa của cơ sở dữ liệu mã hóa trên máy này"))
    kysub = ky.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    kysub.add_parser(
        "add", help=tr("lưu khóa khôi phục để máy này mở được cơ sở dữ liệu mã hóa")
    ).set_defaults(before_open=cmd_key_add)

    st = sub.add_parser("settings", help=tr("thông tin cơ quan ban hành, người ký"))
    ssub = st.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    ssub.add_parser("list", help=tr("xem các thiết lập")).set_defaults(
        handler=cmd_settings_list
    )
    sset = ssub.add_parser("set", help=tr("đặt một thiết lập"))
    sset.add_argument("name")
    sset.add_argument("value")
    sset.add_argument(
        "--facility", metavar="CODE",
        help=tr("đặt riêng cho một cơ sở (đơn vị, chữ viết tắt, người ký); để trống để bỏ"),
    )
    sset.set_defaults(handler=cmd_settings_set)

    us = sub.add_parser("user", help=tr("tài khoản người dùng (quản trị viên)"))
    usub = us.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    uadd = usub.add_parser(
        "add",
        help=tr("thêm tài khoản; mật khẩu lấy từ $QUARANTINE_DESK_NEW_PASSWORD hoặc được hỏi"),
    )
    uadd.add_argument("name")
    uadd.add_argument("--role", required=True, choices=["admin", "operator", "viewer"])
    uadd.add_argument("--full-name")
    uadd.add_argument(
        "--facility",
        action="append",
        metavar="CODE",
        help=tr("cơ sở giao cho cán bộ cơ sở (lặp lại được)"),
    )
    ulist = usub.add_parser("list", help=tr("danh sách tài khoản"))
    ulist.add_argument("--json", action="store_true")
    for action, text, handler in (
        ("disable", tr("khóa tài khoản"), cmd_user_disable),
        ("enable", tr("mở lại tài khoản"), cmd_user_enable),
    ):
        toggle = usub.add_parser(action, help=text)
        toggle.add_argument("name")
        toggle.set_defaults(handler=handler)
    upw = usub.add_parser(
        "passwd", help=tr("đổi mật khẩu (của mình, hoặc của người khác nếu là quản trị viên)")
    )
    upw.add_argument("name", nargs="?")
    uas = usub.add_parser("assign", help=tr("giao cơ sở cho một tài khoản (thay danh sách cũ)"))
    uas.add_argument("name")
    uas.add_argument("facility", nargs="*", metavar="CODE")
    uadd.set_defaults(handler=cmd_user_add)
    ulist.set_defaults(handler=cmd_user_list)
    upw.set_defaults(handler=cmd_user_passwd)
    uas.set_defaults(handler=cmd_user_assign)

    au = sub.add_parser("audit", help=tr("nhật ký thay đổi (quản trị viên)"))
    ausub = au.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    for action, text, handler in (
        ("list", tr("xem nhật ký"), cmd_audit_list),
        ("export", tr("xuất nhật ký ra Excel"), cmd_audit_export),
    ):
        a = ausub.add_parser(action, help=text)
        a.set_defaults(handler=handler)
        a.add_argument("--person", type=arg_positive_int, metavar="ID")
        a.add_argument("--by", metavar="USER", help=tr("người thực hiện"))
        a.add_argument("--from", dest="since", type=arg_date, metavar="YYYY-MM-DD")
        a.add_argument("--to", dest="until", type=arg_date, metavar="YYYY-MM-DD")
        a.add_argument(
            "--action", dest="kind", metavar="KIND", help=tr("loại thay đổi, VD release")
        )
        if action == "list":
            a.add_argument("--limit", type=arg_positive_int, default=200)
            a.add_argument("--json", action="store_true")
        else:
            a.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
            a.add_argument("--force", action="store_true", help=tr("ghi đè tệp đã có"))
    verify = ausub.add_parser("verify", help=tr("kiểm tra nhật ký không bị sửa, xóa hay chèn"))
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=cmd_audit_verify)


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    path = services.backups.backup(args.output, force=args.force)
    print(tr("Đã sao lưu vào {path}.", path=path))
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    kept = services.backups.restore(args.file, accept_broken_trail=args.accept_broken_trail)
    print(
        tr(
            "Đã khôi phục từ {file}; cơ sở dữ liệu cũ được giữ tại {kept}.",
            file=args.file,
            kept=kept,
        )
    )
    return 0


def cmd_encrypt(services: Services, args: argparse.Namespace) -> int:
    from quarantine_desk.services.backup import recovery_key

    key, kept = services.backups.encrypt()
    print(tr("Đã mã hóa cơ sở dữ liệu. Máy này giữ khóa của nó; chương trình mở như trước."))
    print(tr("KHÓA KHÔI PHỤC (in ra và cất nơi an toàn; cần để mở cơ sở dữ liệu và các bản "
             "sao lưu trên máy khác; không hiện lại lần nữa):"))
    print(f"    {recovery_key(key)}")
    print(tr("Bản chưa mã hóa được giữ tại {kept}: hãy kiểm tra rồi xóa hẳn hoặc cất vào nơi "
             "an toàn.", kept=kept))
    return 0


def cmd_key_add(args: argparse.Namespace) -> int:
    """Before the database is opened (it cannot be, without its key)."""
    from quarantine_desk.config import resolve_db_target
    from quarantine_desk.services.backup import KEY_ENV, add_key

    given = os.environ.get(KEY_ENV) or ask_secret(tr("Khóa khôi phục: "))
    where = add_key(resolve_db_target(args.db), given)
    print(tr("Đã lưu khóa trên máy này cho {path}.", path=where))
    return 0


def cmd_settings_list(services: Services, args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from quarantine_desk.services.settings import ISSUER_LABELS, OPTIONS

    for name, value in asdict(services.settings.issuer()).items():
        print(f"{name:17} {value!s:50} ({tr(ISSUER_LABELS[name])})")
    for name, option in OPTIONS.items():
        print(
            f"{name:17} {services.settings.option(name)!s:50} ({tr(option.label)}, "
            f"{option.low}–{option.high})"
        )
    return 0


def cmd_settings_set(services: Services, args: argparse.Namespace) -> int:
    from quarantine_desk.services.settings import OPTIONS

    if args.name in OPTIONS:
        if args.facility:
            raise ServiceError(tr("«{name}» là thiết lập chung, không đặt riêng cho cơ sở.",
                                  name=args.name))
        services.settings.set_option(args.name, args.value)
    else:
        services.settings.set_issuer_field(args.name, args.value, facility=args.facility)
    print(tr("Đã lưu {name}.", name=args.name))
    return 0


def cmd_user_add(services: Services, args: argparse.Namespace) -> int:
    password = new_password()
    if not services.users.has_accounts():
        if args.role != "admin":
            raise ServiceError(tr("Tài khoản đầu tiên phải là quản trị viên (--role admin)."))
        services.users.create_first_admin(args.name, password, args.full_name)
        if args.facility:
            raise ServiceError(tr("Quản trị viên không cần giao cơ sở."))
        print(
            tr(
                "Đã tạo quản trị viên {value}; từ nay mọi lệnh cần --user.",
                value=args.name.strip().lower(),
            )
        )
        return 0
    view = services.users.add(
        args.name, password, args.role, full_name=args.full_name, facility_codes=args.facility
    )
    print(
        tr(
            "Đã thêm tài khoản {username} ({role_label}).",
            username=view.username,
            role_label=view.role_label,
        )
    )
    return 0


def cmd_user_list(services: Services, args: argparse.Namespace) -> int:
    users = services.users.list()
    if args.json:
        print_json([u.to_json() for u in users])
        return 0
    print_table(
        [
            [
                u.username,
                u.role,
                tr("hoạt động") if u.active else tr("đã khóa"),
                ",".join(u.facilities),
                f"{u.last_login_at:%d/%m/%Y %H:%M}" if u.last_login_at else "",
            ]
            for u in users
        ],
        [tr("Tài khoản"), tr("Vai trò"), tr("Trạng thái"), tr("Cơ sở"), tr("Đăng nhập gần nhất")],
    )
    return 0


def cmd_user_disable(services: Services, args: argparse.Namespace) -> int:
    services.users.set_active(args.name, False)
    print(tr("Đã khóa tài khoản {name}.", name=args.name))
    return 0


def cmd_user_enable(services: Services, args: argparse.Namespace) -> int:
    services.users.set_active(args.name, True)
    print(tr("Đã mở lại tài khoản {name}.", name=args.name))
    return 0


def cmd_user_passwd(services: Services, args: argparse.Namespace) -> int:
    name = args.name or services.actor.username
    own = name.strip().lower() == services.actor.username
    old = None
    if own and not services.access.may(Capability.ACCOUNTS):
        old = os.environ.get("QUARANTINE_DESK_PASSWORD") or ask_secret(tr("Mật khẩu hiện tại: "))
    services.users.change_password(name, new_password(), old)
    print(tr("Đã đổi mật khẩu của {name}.", name=name))
    return 0


def cmd_user_assign(services: Services, args: argparse.Namespace) -> int:
    view = services.users.set_facilities(args.name, args.facility)
    facilities = ", ".join(view.facilities) or tr("không có cơ sở nào")
    print(f"{view.username}: {facilities}.")
    return 0


def audit_rows(services: Services, args: argparse.Namespace, limit: int) -> list[Any]:
    return services.audit.list(
        person_id=args.person,
        username=args.by,
        since=args.since,
        until=args.until,
        action=args.kind,
        limit=limit,
    )


def cmd_audit_list(services: Services, args: argparse.Namespace) -> int:
    rows = audit_rows(services, args, args.limit)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    print_table(
        [
            [
                f"{r.at:%d/%m/%Y %H:%M:%S}",
                r.username or "",
                r.action_label,
                str(r.person_id or ""),
                r.summary or "",
            ]
            for r in rows
        ],
        [tr("Thời điểm"), tr("Người thực hiện"), tr("Thay đổi"), tr("Người"), tr("Nội dung")],
    )
    return 0


def cmd_audit_export(services: Services, args: argparse.Namespace) -> int:
    from quarantine_desk.services.audit import MAX_ROWS

    output = output_path(args.output)
    rows = audit_rows(services, args, MAX_ROWS)
    print(
        tr(
            "Đã xuất ra {output}: {value}",
            output=output,
            value=services.papers.export_audit(output, rows, force=args.force),
        )
    )
    return 0


def cmd_audit_verify(services: Services, args: argparse.Namespace) -> int:
    """Exit 0 when the trail is whole, 1 when anything was edited, removed or added."""
    trail = services.audit.verify()
    if args.json:
        print_json({"entries": trail.entries, "intact": trail.intact,
                    "problems": trail.problems})
    elif trail.intact:
        print(tr("Nhật ký thao tác nguyên vẹn: {entries} mục, không mục nào bị sửa, xóa hay "
                 "chèn.", entries=trail.entries))
    else:
        print(tr("Nhật ký thao tác đã bị can thiệp ngoài chương trình:"))
        for problem in trail.problems:
            print(f"  - {problem}")
    return 0 if trail.intact else 1
