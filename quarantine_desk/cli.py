"""The command line: argparse sub-commands over the same services as the GUI.

Every failure the operator can cause ends with exit code 2 and one line on
stderr; no traceback reaches the terminal.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from quarantine_desk import __version__
from quarantine_desk.domain.enums import BatchKind, FacilityKind, PersonStatus
from quarantine_desk.i18n import LANGUAGES, QT_TR_NOOP, tr
from quarantine_desk.services import Services
from quarantine_desk.services.access import Capability
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.imports import (
    FIELD_LABELS,
    Field,
    default_batch_details,
    sheet_named,
)
from quarantine_desk.services.papers import EXPORTS, REPORTS
from quarantine_desk.services.people import PersonFilter

PROG = "quarantine-desk"
EXIT_USAGE = 2


class UsageError(Exception):
    """Bad arguments; the message is printed as one line."""


# argparse speaks English; the operators read the interface language.
_ARGPARSE_MESSAGES = [
    (
        re.compile(
            r"argument (?P<arg>\S+): invalid choice: '(?P<value>.*?)' "
            r"\(choose from (?P<choices>.*)\)"
        ),
        QT_TR_NOOP("{arg}: giá trị «{value}» không hợp lệ; chọn một trong: {choices}"),
    ),
    (
        re.compile(r"the following arguments are required: (?P<args>.*)"),
        QT_TR_NOOP("thiếu tham số: {args}"),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<args>.*)"),
        QT_TR_NOOP("tham số không nhận ra: {args}"),
    ),
    (
        re.compile(r"argument (?P<arg>\S+): expected one argument"),
        QT_TR_NOOP("{arg} cần một giá trị"),
    ),
    (re.compile(r"argument (?P<arg>\S+): (?P<message>.*)"), "{arg}: {message}"),
]


def _translated(message: str) -> str:
    for pattern, template in _ARGPARSE_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return tr(template, **match.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage plus message."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            tr("{message} (xem: {prog} --help)", message=_translated(message), prog=self.prog)
        )


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("ngày «{text}» phải có dạng YYYY-MM-DD", text=text)
        ) from None


def _year(text: str) -> int:
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(tr("năm «{text}» phải từ 2000 đến 2100", text=text))
    return int(text)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("«{text}» không phải số nguyên", text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr("«{text}» phải lớn hơn 0", text=text))
    return value


def _temperature(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("nhiệt độ «{text}» phải là số, VD 37.8", text=text)
        ) from None


def _column(text: str) -> tuple[int, Field]:
    letter, sep, name = text.partition("=")
    letter = letter.strip().upper()
    if not sep or not re.fullmatch(r"[A-Z]{1,3}", letter):
        raise argparse.ArgumentTypeError(
            tr("«{text}» phải có dạng LETTER=FIELD, VD B=full_name", text=text)
        )
    try:
        field = Field(name.strip().lower())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("không có trường «{name}»; xem: import --fields", name=name.strip())
        ) from None
    index = 0
    for ch in letter:
        index = index * 26 + ord(ch) - 64
    return index - 1, field


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    sub.add_parser("demo", help=tr("nạp dữ liệu mẫu (chỉ một lần)"))

    facility = sub.add_parser("facility", help=tr("cơ sở cách ly"))
    fsub = facility.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    add = fsub.add_parser("add", help=tr("thêm cơ sở cách ly"))
    add.add_argument("--code", required=True)
    add.add_argument("--name", required=True)
    add.add_argument("--kind", required=True, choices=[k.value for k in FacilityKind])
    add.add_argument("--beds", required=True, type=_positive_int)
    add.add_argument("--unit", help=tr("đơn vị quản lý"))
    add.add_argument("--address")
    add.add_argument("--district")
    add.add_argument("--json", action="store_true")
    flist = fsub.add_parser("list", help=tr("danh sách cơ sở với số giường còn trống"))
    flist.add_argument("--json", action="store_true")
    froom = fsub.add_parser("room", help=tr("phòng của một cơ sở"))
    frsub = froom.add_subparsers(
        dest="room_action", metavar="ACTION", required=True, parser_class=_Parser
    )
    radd = frsub.add_parser("add", help=tr("thêm một phòng"))
    radd.add_argument("facility", metavar="CODE")
    radd.add_argument("room", metavar="ROOM")
    radd.add_argument("--beds", required=True, type=_positive_int)
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

    household = sub.add_parser("household", help=tr("hộ gia đình (người đi cùng một gia đình)"))
    hsub = household.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    hjoin = hsub.add_parser("join", help=tr("ghép những người này thành một hộ; in số hộ"))
    hjoin.add_argument("people", type=_positive_int, nargs="+", metavar="PERSON_ID")
    hjoin.add_argument("--json", action="store_true")
    hleave = hsub.add_parser("leave", help=tr("tách những người này khỏi hộ của họ"))
    hleave.add_argument("people", type=_positive_int, nargs="+", metavar="PERSON_ID")

    person = sub.add_parser("person", help=tr("người cách ly"))
    psub = person.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    pedit = psub.add_parser("edit", help=tr("sửa thông tin một người (chỉ những gì được ghi)"))
    pedit.add_argument("id", type=_positive_int)
    pedit.add_argument("--name")
    pedit.add_argument("--sex", choices=["M", "F", "none"])
    pedit.add_argument("--birth", help=tr("dd/mm/yyyy hoặc năm sinh; 'none' để xoá"))
    pedit.add_argument("--document", help=tr("số giấy tờ; 'none' để xoá"))
    pedit.add_argument("--nationality")
    pedit.add_argument("--phone")
    pedit.add_argument("--address")
    pedit.add_argument("--json", action="store_true")
    padd = psub.add_parser(
        "add", help=tr("tiếp nhận một người tại chỗ (nhập cảnh trái phép, từ vùng dịch…)")
    )
    padd.add_argument("--name", required=True, help=tr("họ và tên, hoặc «Không rõ tên»"))
    padd.add_argument("--description", help=tr("mô tả nhận dạng khi không rõ tên"))
    padd.add_argument("--sex", choices=["M", "F"])
    when = padd.add_mutually_exclusive_group()
    when.add_argument("--birth", metavar="YYYY-MM-DD")
    when.add_argument("--birth-year", type=_positive_int, metavar="YYYY")
    when.add_argument("--age", type=int, metavar="N", help=tr("tuổi ước tính"))
    padd.add_argument("--id-number", metavar="N")
    padd.add_argument("--nationality")
    padd.add_argument("--phone")
    padd.add_argument("--address")
    padd.add_argument("--origin", help=tr("nơi đi: nước hoặc tỉnh"))
    padd.add_argument("--batch", type=_positive_int, metavar="ID", help=tr("vào đợt đến đã có"))
    padd.add_argument("--kind", choices=[k.value for k in BatchKind])
    padd.add_argument("--date", type=_date, help=tr("ngày giao nhận"))
    padd.add_argument("--detected-by", metavar="UNIT", help=tr("đơn vị phát hiện, bàn giao"))
    padd.add_argument("--detected-at", metavar="PLACE", help=tr("nơi phát hiện"))
    padd.add_argument("--route", metavar="TEXT", help=tr("đường đi, phương tiện"))
    padd.add_argument("--admit", metavar="FACILITY", help=tr("đưa vào cơ sở ngay"))
    padd.add_argument("--room")
    padd.add_argument(
        "--same-person", type=_positive_int, metavar="ID", help=tr("đúng là người đã có số này")
    )
    padd.add_argument("--json", action="store_true")
    plist = psub.add_parser("list", help=tr("danh sách người"))
    plist.add_argument("--search", help=tr("tên (có dấu hay không), số giấy tờ hoặc điện thoại"))
    plist.add_argument("--facility", metavar="CODE")
    plist.add_argument("--status", choices=[s.value for s in PersonStatus])
    plist.add_argument("--batch", type=_positive_int, metavar="ID")
    plist.add_argument("--contact-level", choices=["F0", "F1", "F2", "F3"])
    plist.add_argument("--json", action="store_true")

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
    imp.add_argument("--arrival-date", type=_date, metavar="YYYY-MM-DD")
    imp.add_argument(
        "--detecting-unit", metavar="UNIT", help=tr("đơn vị phát hiện (nhập cảnh trái phép)")
    )
    imp.add_argument(
        "--sheet", metavar="NAME|N", help=tr("trang tính: tên, hoặc số thứ tự (1 là trang đầu)")
    )
    imp.add_argument(
        "--header-row",
        type=_positive_int,
        metavar="N",
        help=tr("dòng tiêu đề là dòng N của trang (mặc định: tự tìm)"),
    )
    imp.add_argument(
        "--column",
        action="append",
        type=_column,
        default=[],
        metavar="LETTER=FIELD",
        help=tr("cột LETTER dùng làm FIELD, VD --column B=full_name (lặp lại cho mỗi cột; "
                "xem --fields)"),
    )
    imp.add_argument(
        "--fields", action="store_true", help=tr("liệt kê các tên FIELD dùng được với --column")
    )
    imp.add_argument(
        "--batch", type=_positive_int, metavar="ID", help=tr("nhập vào đợt đến đã báo trước")
    )
    imp.add_argument("--dry-run", action="store_true", help=tr("kiểm tra, không ghi gì"))
    imp.add_argument("--errors-out", metavar="FILE.xlsx", help=tr("ghi các dòng lỗi ra tệp Excel"))
    imp.add_argument("--json", action="store_true")

    alloc = sub.add_parser("allocate", help=tr("bố trí chỗ ở cho cả một đợt đến"))
    alloc.add_argument("--batch", type=_positive_int, required=True, metavar="ID")
    alloc.add_argument(
        "--facility",
        action="append",
        metavar="CODE",
        help=tr("cơ sở theo thứ tự ưu tiên (lặp lại được)"),
    )
    alloc.add_argument("--date", type=_date, help=tr("ngày vào cách ly (mặc định: ngày đến)"))
    alloc.add_argument("--preview", action="store_true", help=tr("chỉ xem trước, không ghi"))
    alloc.add_argument(
        "--split-households",
        action="store_true",
        help=tr("cho phép tách một hộ sang nhiều cơ sở khi không cơ sở nào đủ chỗ cho cả hộ"),
    )
    alloc.add_argument("--json", action="store_true")

    bt = sub.add_parser("batch", help=tr("đợt đến, kể cả đợt báo trước khi có danh sách"))
    bsub = bt.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    badd = bsub.add_parser("add", help=tr("báo trước một đợt đến; giữ giường cho đợt"))
    badd.add_argument("--kind", required=True, choices=[k.value for k in BatchKind])
    badd.add_argument("--ref", metavar="REF", help=tr("số hiệu chuyến bay hoặc mã đợt"))
    badd.add_argument("--arrival-date", type=_date, required=True, metavar="YYYY-MM-DD")
    badd.add_argument("--expected", type=_positive_int, required=True, metavar="N")
    badd.add_argument("--origin")
    badd.add_argument("--entry-point")
    badd.add_argument(
        "--hold", action="append", metavar="CODE=N", help=tr("giữ N giường ở cơ sở CODE")
    )
    badd.add_argument("--json", action="store_true")
    blist = bsub.add_parser("list", help=tr("các đợt đến"))
    blist.add_argument("--json", action="store_true")
    bfree = bsub.add_parser("release-hold", help=tr("trả lại giường đang giữ cho một đợt"))
    bfree.add_argument("batch", type=_positive_int, metavar="ID")
    bfree.add_argument("--facility", metavar="CODE")

    exp_case = sub.add_parser(
        "exposure", help=tr("ca dương tính tại khu cách ly: người tiếp xúc gần và ngày mới")
    )
    exp_case.add_argument("person", type=_positive_int, metavar="PERSON_ID")
    exp_case.add_argument("--date", type=_date, help=tr("ngày phát hiện (mặc định: hôm nay)"))
    exp_case.add_argument(
        "--scope", choices=["room", "floor", "block", "facility", "flight"], default="room"
    )
    exp_case.add_argument("--apply", action="store_true", help=tr("ghi lại (không có: chỉ xem)"))
    exp_case.add_argument("--hospital", metavar="NAME", help=tr("chuyển ca bệnh đến bệnh viện"))
    exp_case.add_argument("--json", action="store_true")

    admit = sub.add_parser("admit", help=tr("đưa một người vào cơ sở cách ly"))
    admit.add_argument("person", type=_positive_int, metavar="PERSON_ID")
    admit.add_argument("--facility", required=True, metavar="CODE")
    admit.add_argument("--room")
    admit.add_argument("--date", type=_date)
    admit.add_argument("--json", action="store_true")

    rel = sub.add_parser("release", help=tr("hoàn thành cách ly"))
    rel.add_argument("people", type=_positive_int, nargs="*", metavar="PERSON_ID")
    rel.add_argument("--due", type=_date, metavar="D", help=tr("mọi người đến hạn vào ngày D"))
    rel.add_argument("--date", type=_date, help=tr("ngày hoàn thành (mặc định: hôm nay)"))
    rel.add_argument(
        "--override",
        metavar="NOTE",
        help=tr("cho về dù thiếu/chờ/dương tính xét nghiệm lần cuối, kèm lý do"),
    )
    rel.add_argument("--json", action="store_true")

    tf = sub.add_parser("transfer", help=tr("chuyển bệnh viện hoặc chuyển cơ sở"))
    tf.add_argument("person", type=_positive_int, metavar="PERSON_ID")
    where = tf.add_mutually_exclusive_group(required=True)
    where.add_argument("--facility", metavar="CODE")
    where.add_argument("--hospital", metavar="NAME")
    tf.add_argument("--room")
    tf.add_argument("--date", type=_date)

    test = sub.add_parser("test", help=tr("ghi kết quả xét nghiệm"))
    test.add_argument("person", type=_positive_int, metavar="PERSON_ID")
    test.add_argument("--date", type=_date, required=True)
    test.add_argument("--kind", choices=["pcr", "antigen"], required=True)
    test.add_argument("--result", choices=["pending", "negative", "positive"], required=True)

    health = sub.add_parser("health", help=tr("ghi nhiệt độ, triệu chứng trong ngày"))
    health.add_argument("person", type=_positive_int, metavar="PERSON_ID")
    health.add_argument("--date", type=_date, required=True)
    health.add_argument("--temp", type=_temperature, required=True, metavar="37.8")
    health.add_argument("--symptoms", metavar="TEXT")

    rep = sub.add_parser("report", help=tr("in văn bản PDF theo thể thức Nghị định 30/2020/NĐ-CP"))
    rep.add_argument("kind", choices=list(REPORTS))
    rep.add_argument("--facility", metavar="CODE")
    rep.add_argument("--batch", type=_positive_int, metavar="ID")
    rep.add_argument(
        "--person", type=_positive_int, metavar="ID", help=tr("ca dương tính (positive-case)")
    )
    rep.add_argument("--date", type=_date, help=tr("ngày (mặc định: hôm nay)"))
    rep.add_argument(
        "--number",
        help=tr("số văn bản, VD 15/BC-BCH (mặc định: số tiếp theo trong sổ văn bản đi)"),
    )
    rep.add_argument("-o", "--output", required=True, metavar="FILE.pdf")

    exp = sub.add_parser("export", help=tr("xuất danh sách ra Excel"))
    exp.add_argument("kind", choices=list(EXPORTS))
    exp.add_argument("--facility", metavar="CODE")
    exp.add_argument("--date", type=_date)
    exp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    bk = sub.add_parser("backup", help=tr("sao lưu cơ sở dữ liệu (an toàn khi đang dùng)"))
    bk.add_argument("-o", "--output", required=True, metavar="FILE")
    rs = sub.add_parser("restore", help=tr("khôi phục từ bản sao lưu (giữ lại bản đang dùng)"))
    rs.add_argument("file", metavar="FILE")

    reg = sub.add_parser("register", help=tr("sổ đăng ký văn bản đi"))
    regsub = reg.add_subparsers(dest="action", metavar="ACTION", required=True,
                                parser_class=_Parser)
    rlist = regsub.add_parser("list", help=tr("xem sổ văn bản đi"))
    rlist.add_argument("--year", type=_year, metavar="YYYY")
    rlist.add_argument("--kind", metavar="KIND", help=tr("loại văn bản, VD summary hoặc BC"))
    rlist.add_argument("--json", action="store_true")
    rexp = regsub.add_parser("export", help=tr("xuất sổ văn bản đi ra Excel"))
    rexp.add_argument("--year", type=_year, metavar="YYYY")
    rexp.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    ver = sub.add_parser("verify", help=tr("kiểm tra mã xác thực trên giấy xác nhận"))
    ver.add_argument(
        "code", metavar="CODE", nargs="?",
        help=tr("nội dung mã QR, VD QD1|2026|15/GXN-QS|…; hoặc dùng --number và --code"),
    )
    ver.add_argument("--number", metavar="SỐ", help=tr("số giấy in trên giấy, VD 15/GXN-TD-932"))
    ver.add_argument("--code", dest="printed_code", metavar="MÃ",
                     help=tr("mã xác thực in trên giấy"))
    ver.add_argument("--year", type=_year, metavar="YYYY",
                     help=tr("năm cấp giấy (mặc định: năm của ngày cho về trên giấy)"))

    st = sub.add_parser("settings", help=tr("thông tin cơ quan ban hành, người ký"))
    ssub = st.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    ssub.add_parser("list", help=tr("xem các thiết lập"))
    sset = ssub.add_parser("set", help=tr("đặt một thiết lập"))
    sset.add_argument("name")
    sset.add_argument("value")
    sset.add_argument(
        "--facility", metavar="CODE",
        help=tr("đặt riêng cho một cơ sở (đơn vị, chữ viết tắt, người ký); để trống để bỏ"),
    )

    us = sub.add_parser("user", help=tr("tài khoản người dùng (quản trị viên)"))
    usub = us.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
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
    for action, text in (("disable", tr("khoá tài khoản")), ("enable", tr("mở lại tài khoản"))):
        usub.add_parser(action, help=text).add_argument("name")
    upw = usub.add_parser(
        "passwd", help=tr("đổi mật khẩu (của mình, hoặc của người khác nếu là quản trị viên)")
    )
    upw.add_argument("name", nargs="?")
    uas = usub.add_parser("assign", help=tr("giao cơ sở cho một tài khoản (thay danh sách cũ)"))
    uas.add_argument("name")
    uas.add_argument("facility", nargs="*", metavar="CODE")

    au = sub.add_parser("audit", help=tr("nhật ký thay đổi (quản trị viên)"))
    ausub = au.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    for action, text in (("list", tr("xem nhật ký")), ("export", tr("xuất nhật ký ra Excel"))):
        a = ausub.add_parser(action, help=text)
        a.add_argument("--person", type=_positive_int, metavar="ID")
        a.add_argument("--by", metavar="USER", help=tr("người thực hiện"))
        a.add_argument("--from", dest="since", type=_date, metavar="YYYY-MM-DD")
        a.add_argument("--to", dest="until", type=_date, metavar="YYYY-MM-DD")
        a.add_argument(
            "--action", dest="kind", metavar="KIND", help=tr("loại thay đổi, VD release")
        )
        if action == "list":
            a.add_argument("--limit", type=_positive_int, default=200)
            a.add_argument("--json", action="store_true")
        else:
            a.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    fc = sub.add_parser("forecast", help=tr("giường trống trong những ngày tới"))
    fc.add_argument("--days", type=_positive_int, default=21)
    fc.add_argument("--json", action="store_true")
    return parser


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
    for line in [headers, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=False)).rstrip())


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
        _print_json(view.to_json())
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
        _print_json([v.to_json() for v in views])
        return 0
    _table(
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


def _holds(values: list[str] | None) -> dict[str, int]:
    holds: dict[str, int] = {}
    for value in values or []:
        code, _, beds = value.partition("=")
        if not code or not beds.isdigit() or int(beds) < 1:
            raise UsageError(tr("--hold cần dạng CODE=N, VD TQS-CT=40, không phải «{value}»",
                                value=value))
        holds[code.strip().upper()] = int(beds)
    return holds


def cmd_batch_add(services: Services, args: argparse.Namespace) -> int:
    batch_id = services.batches.announce(
        kind=args.kind, arrival_date=args.arrival_date, expected=args.expected,
        reference=args.ref, origin=args.origin, entry_point=args.entry_point,
        holds=_holds(args.hold),
    )
    if args.json:
        _print_json({"batch_id": batch_id})
    else:
        print(tr("Đã ghi đợt đến dự kiến số {batch_id}.", batch_id=batch_id))
    return 0


def cmd_batch_list(services: Services, args: argparse.Namespace) -> int:
    views = services.batches.list()
    if args.json:
        _print_json([v.to_json() for v in views])
        return 0
    _table(
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
                       description=args.description, same_person=args.same_person)
    result = services.registration.register(handover, [person], batch_id=args.batch,
                                            admit_to=args.admit, room=args.room)
    if args.json:
        _print_json(result.to_json())
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


def cmd_exposure(services: Services, args: argparse.Namespace) -> int:
    result = services.exposure.exposure(
        args.person, args.date or date.today(), args.scope, apply=args.apply,
        hospital=args.hospital,
    )
    if args.json:
        _print_json(result.to_json())
        return 0
    verb = tr("Đã ghi") if result.applied else tr("Xem trước (chưa ghi gì)")
    print(tr("{verb}: ca dương tính {full_name} tại {facility}; {n} người tiếp xúc gần.",
             verb=verb, full_name=result.case_name, facility=result.facility,
             n=len(result.contacts)))
    for c in result.contacts:
        print(f"  {c.person_id} {c.full_name} ({c.facility} {c.room or ''}): "
              f"{c.planned_release_before:%d/%m/%Y} → {c.planned_release_after:%d/%m/%Y}")
    return 0


def cmd_facility_room(services: Services, args: argparse.Namespace) -> int:
    if args.room_action == "reopen":
        services.facilities.reopen_room(args.facility, args.room, args.note)
        print(tr("Đã mở lại phòng {room}.", room=args.room))
        return 0
    view = services.facilities.add_room(
        args.facility, args.room, args.beds, args.sex, block=args.block, floor=args.floor
    )
    if args.json:
        _print_json(view.to_json())
    else:
        print(tr("Đã thêm phòng {room}: {beds} giường.", room=view.code, beds=view.beds))
    return 0


def cmd_facility_rooms(services: Services, args: argparse.Namespace) -> int:
    views = services.facilities.rooms(args.facility)
    if args.json:
        _print_json([v.to_json() for v in views])
        return 0
    sexes = {"M": tr("nam"), "F": tr("nữ"), None: ""}
    _table(
        [
            [v.code, str(v.beds), sexes[v.sex], str(v.occupied), v.block or "", v.floor or ""]
            for v in views
        ],
        [tr("Phòng"), tr("Giường"), tr("Dành cho"), tr("Đang ở"), tr("Khu"), tr("Tầng")],
    )
    return 0


def cmd_household_join(services: Services, args: argparse.Namespace) -> int:
    household = services.households.join(args.people)
    if args.json:
        _print_json({"household": household})
    else:
        print(household)
    return 0


def cmd_household_leave(services: Services, args: argparse.Namespace) -> int:
    services.households.leave(args.people)
    print(tr("Đã tách {n} người khỏi hộ.", n=len(set(args.people))))
    return 0


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
    )
    if args.json:
        _print_json(updated.to_json())
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
        _print_json([r.to_json() for r in rows])
        return 0
    _table(
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


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    if args.fields:
        _table([[f.value, tr(FIELD_LABELS[f])] for f in Field], [tr("FIELD"), tr("Ý nghĩa")])
        return 0
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
    result = services.imports.commit(
        prepared, details, dry_run=args.dry_run, into_batch=args.batch
    )
    if args.column and not args.dry_run:  # columns stated are a confirmed mapping
        services.imports.remember_mapping(prepared.analysis)
    if args.errors_out:
        services.imports.write_errors(prepared.analysis, args.errors_out)
    if args.json:
        _print_json(result.to_json())
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


def cmd_allocate(services: Services, args: argparse.Namespace) -> int:
    result = services.allocation.allocate(
        args.batch,
        args.facility,
        args.date,
        commit=not args.preview,
        split_households=args.split_households,
    )
    if args.json:
        _print_json(result.to_json())
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


def cmd_admit(services: Services, args: argparse.Namespace) -> int:
    a = services.stays.admit(args.person, args.facility, args.room, args.date)
    if args.json:
        _print_json(
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
    ids = list(args.people) or services.care.due_for_release(args.due)
    released, refused = services.care.release(
        ids, on, all_or_nothing=bool(args.people), override_note=args.override
    )
    if args.json:
        _print_json(
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
    stay = services.care.transfer(
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
        _print_json({"days": [d.to_json() for d in days]})
        return 0
    _table(
        [
            [d.day.strftime("%d/%m/%Y"), str(d.beds), str(d.occupied), str(d.free), str(d.arriving)]
            for d in days
        ],
        [tr("Ngày"), tr("Giường"), tr("Đang ở"), tr("Trống"), tr("Sắp đến")],
    )
    return 0


def _output(path: str) -> Path:
    output = Path(path)
    if not output.parent.is_dir():
        raise ServiceError(tr("Thư mục {parent} không tồn tại.", parent=output.parent))
    return output


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    output = _output(args.output)
    what = services.papers.make(
        args.kind,
        output,
        args.date or date.today(),
        facility=args.facility,
        batch_id=args.batch,
        number=args.number,
        person_id=args.person,
    )
    print(tr("Đã in ra {output}: {what}", output=output, what=what))
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    output = _output(args.output)
    what = services.papers.export(
        args.kind, output, args.date or date.today(), facility=args.facility
    )
    print(tr("Đã xuất ra {output}: {what}", output=output, what=what))
    return 0


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    path = services.backups.backup(args.output)
    print(tr("Đã sao lưu vào {path}.", path=path))
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    kept = services.backups.restore(args.file)
    print(
        tr(
            "Đã khôi phục từ {file}; cơ sở dữ liệu cũ được giữ tại {kept}.",
            file=args.file,
            kept=kept,
        )
    )
    return 0


def cmd_register_list(services: Services, args: argparse.Namespace) -> int:
    rows = services.register.list(args.year, args.kind)
    if args.json:
        _print_json([{"number": r.number, "kind": r.kind, "date": r.date.isoformat(),
                      "summary": r.summary, "signer": r.signer, "recipients": r.recipients,
                      "copies": r.copies, "printed": r.printed, "facility": r.facility}
                     for r in rows])
        return 0
    _table([[r.number, f"{r.date:%d/%m/%Y}", r.kind_name, r.summary, r.signer]
            for r in rows],
           [tr("Số, ký hiệu"), tr("Ngày"), tr("Loại"), tr("Trích yếu"), tr("Người ký")])
    return 0


def cmd_register_export(services: Services, args: argparse.Namespace) -> int:
    output = _output(args.output)
    what = services.papers.export_register(output, args.year)
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


def new_password(prompt: str | None = None) -> str:
    """A new password from $QUARANTINE_DESK_NEW_PASSWORD, or asked twice at the terminal."""
    given = os.environ.get("QUARANTINE_DESK_NEW_PASSWORD")
    if given is not None:
        return given
    first = _ask_secret(prompt or tr("Mật khẩu mới: "))
    if _ask_secret(tr("Nhập lại: ")) != first:
        raise UsageError(tr("hai lần nhập mật khẩu không khớp"))
    return first


def _ask_secret(prompt: str) -> str:
    import getpass

    if not sys.stdin or not sys.stdin.isatty():
        raise UsageError(
            tr(
                "không hỏi được mật khẩu (không có cửa sổ lệnh); đặt biến môi trường "
                "QUARANTINE_DESK_PASSWORD hoặc QUARANTINE_DESK_NEW_PASSWORD"
            )
        )
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise UsageError(tr("đã huỷ nhập mật khẩu")) from None


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
        _print_json([u.to_json() for u in users])
        return 0
    _table(
        [
            [
                u.username,
                u.role,
                tr("hoạt động") if u.active else tr("đã khoá"),
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
    print(tr("Đã khoá tài khoản {name}.", name=args.name))
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
        old = os.environ.get("QUARANTINE_DESK_PASSWORD") or _ask_secret(tr("Mật khẩu hiện tại: "))
    services.users.change_password(name, new_password(), old)
    print(tr("Đã đổi mật khẩu của {name}.", name=name))
    return 0


def cmd_user_assign(services: Services, args: argparse.Namespace) -> int:
    view = services.users.set_facilities(args.name, args.facility)
    facilities = ", ".join(view.facilities) or tr("không có cơ sở nào")
    print(f"{view.username}: {facilities}.")
    return 0


def _audit_rows(services: Services, args: argparse.Namespace, limit: int) -> list[Any]:
    return services.audit.list(
        person_id=args.person,
        username=args.by,
        since=args.since,
        until=args.until,
        action=args.kind,
        limit=limit,
    )


def cmd_audit_list(services: Services, args: argparse.Namespace) -> int:
    rows = _audit_rows(services, args, args.limit)
    if args.json:
        _print_json([r.to_json() for r in rows])
        return 0
    _table(
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

    output = _output(args.output)
    rows = _audit_rows(services, args, MAX_ROWS)
    print(
        tr(
            "Đã xuất ra {output}: {value}",
            output=output,
            value=services.papers.export_audit(output, rows),
        )
    )
    return 0


COMMANDS: dict[tuple[str, str | None], Callable[[Services, argparse.Namespace], int]] = {
    ("demo", None): cmd_demo,
    ("facility", "add"): cmd_facility_add,
    ("facility", "list"): cmd_facility_list,
    ("facility", "room"): cmd_facility_room,
    ("facility", "rooms"): cmd_facility_rooms,
    ("household", "join"): cmd_household_join,
    ("household", "leave"): cmd_household_leave,
    ("person", "list"): cmd_person_list,
    ("person", "edit"): cmd_person_edit,
    ("person", "add"): cmd_person_add,
    ("batch", "add"): cmd_batch_add,
    ("batch", "list"): cmd_batch_list,
    ("batch", "release-hold"): cmd_batch_release_hold,
    ("import", None): cmd_import,
    ("allocate", None): cmd_allocate,
    ("admit", None): cmd_admit,
    ("exposure", None): cmd_exposure,
    ("release", None): cmd_release,
    ("transfer", None): cmd_transfer,
    ("test", None): cmd_test,
    ("health", None): cmd_health,
    ("forecast", None): cmd_forecast,
    ("report", None): cmd_report,
    ("export", None): cmd_export,
    ("verify", None): cmd_verify,
    ("register", "list"): cmd_register_list,
    ("register", "export"): cmd_register_export,
    ("backup", None): cmd_backup,
    ("restore", None): cmd_restore,
    ("settings", "list"): cmd_settings_list,
    ("settings", "set"): cmd_settings_set,
    ("user", "add"): cmd_user_add,
    ("user", "list"): cmd_user_list,
    ("user", "disable"): cmd_user_disable,
    ("user", "enable"): cmd_user_enable,
    ("user", "passwd"): cmd_user_passwd,
    ("user", "assign"): cmd_user_assign,
    ("audit", "list"): cmd_audit_list,
    ("audit", "export"): cmd_audit_export,
}


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


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
        password = _ask_secret(tr("Mật khẩu của {user}: ", user=args.user))
    actor = services.users.sign_in(args.user, password)
    return Services.open(services.db, actor)


def run_command(services: Services, args: argparse.Namespace) -> int:
    handler = COMMANDS[(args.command, getattr(args, "action", None))]
    return handler(services, args)
