"""The command line: argparse sub-commands over the same services as the GUI.

One module per group of commands (arrivals, people, facilities, stays, papers, admin);
each registers its commands' arguments and handler (`set_defaults(handler=…)`), so a
command is written in one place. Every failure the operator can cause ends with exit
code 2 and one line on stderr; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from quarantine_desk import __version__
from quarantine_desk.cli import (
    admin,
    arrivals,
    facilities,
    fees,
    papers,
    people,
    sampling,
    stays,
)
from quarantine_desk.cli.base import EXIT_USAGE, PROG, Parser, UsageError, ask_secret
from quarantine_desk.i18n import LANGUAGES, tr
from quarantine_desk.services import Services

__all__ = ["EXIT_USAGE", "PROG", "UsageError", "build_parser", "language_asked", "parse",
           "run_command", "sign_in"]

GROUPS = (arrivals, people, facilities, stays, sampling, fees, papers, admin)
# the group that registers each command (each module's COMMANDS; a test holds them true)
GROUP_OF = {command: group for group in GROUPS for command in group.COMMANDS}
_GLOBAL_VALUES = {"--lang", "--db", "--user"}  # the global options that take a value


def command_word(argv: Sequence[str]) -> str | None:
    """The command named on the line (the first word that is no option or option value)."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_VALUES:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the command line, only the named command's group is registered
    (building all of them is a tenth of a command's start-up). Without a known command word
    (the overall help, a mistyped command) every group is."""
    parser = Parser(
        prog=PROG,
        description=tr(
            "Quarantine Desk: quản lý khu cách ly y tế tập trung. "
            "Không có lệnh nào thì mở giao diện."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=tr("ngôn ngữ giao diện: vi hoặc en (mặc định: lựa chọn đã lưu ở máy này)"),
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=tr(
            "tệp SQLite hoặc địa chỉ SQLAlchemy (mặc định: $QUARANTINE_DESK_DB, "
            "rồi thư mục dữ liệu của người dùng)"
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=tr(
            "kiểm tra bản cài đặt (cơ sở dữ liệu tạm, nhập, bố trí, PDF, Excel, cửa sổ) rồi thoát"
        ),
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help=tr(
            "tài khoản đăng nhập (bắt buộc khi cơ sở dữ liệu đã có tài khoản); mật khẩu lấy "
            "từ $QUARANTINE_DESK_PASSWORD hoặc được hỏi"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    named = GROUP_OF.get(command_word(argv)) if argv is not None else None
    for group in (named,) if named is not None else GROUPS:
        group.register(sub)
    return parser


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    words = list(sys.argv[1:] if argv is None else argv)
    return build_parser(words).parse_args(words)


def language_asked(argv: Sequence[str] | None) -> str | None:
    """The --lang value, read before parsing: the parser's own help is translated."""
    words = list(sys.argv[1:] if argv is None else argv)
    for i, word in enumerate(words):
        if word == "--lang" and i + 1 < len(words):
            return words[i + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


def sign_in(services: Services, args: argparse.Namespace) -> Services:
    """Services acting for the account named by --user, once the database has accounts.

    A database without any account (a new one) runs every command, so that the first
    administrator can be made with `user add NAME --role admin`.
    """
    if not services.users.has_accounts():
        if args.user:
            raise UsageError(
                tr(
                    "cơ sở dữ liệu chưa có tài khoản nào; tạo quản trị viên đầu tiên "
                    "bằng: user add TÊN --role admin"
                )
            )
        return services
    if not args.user:
        raise UsageError(tr("cơ sở dữ liệu này có tài khoản: hãy đăng nhập bằng --user TÊN"))
    password = os.environ.get("QUARANTINE_DESK_PASSWORD")
    if password is None:
        password = ask_secret(tr("Mật khẩu của {user}: ", user=args.user))
    actor = services.users.sign_in(args.user, password)
    return Services.open(services.db, actor)


def run_command(services: Services, args: argparse.Namespace) -> int:
    return int(args.handler(services, args))
