"""What every group of commands shares: the parser that reports in one line, the argument
types, printing tables and JSON, asking for a password."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.services.errors import ServiceError

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


class Parser(argparse.ArgumentParser):
    """argparse that reports a mistake in one line instead of usage plus message."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes what was typed: never an escape sequence back to the terminal
        message = terminal_safe(_translated(message))
        raise UsageError(tr("{message} (xem: {prog} --help)", message=message, prog=self.prog))


MAX_ID = 2**63 - 1  # the largest id a database holds


def terminal_safe(text: str) -> str:
    """No control characters: no escape sequence typed or stored reaches the terminal."""
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in text)


def shown(text: str, limit: int = 40) -> str:
    """An argument as it may be echoed: terminal-safe, and cut short when long."""
    clean = terminal_safe(text[:limit + 1])
    return clean[:limit] + "…" if len(clean) > limit else clean


def arg_date(text: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("ngày «{text}» phải có dạng YYYY-MM-DD", text=shown(text))
        ) from None
    if not 2000 <= day.year <= 2100:
        raise argparse.ArgumentTypeError(
            tr("ngày «{text}» phải trong các năm 2000 đến 2100", text=shown(text)))
    return day


def arg_year(text: str) -> int:
    if not text.strip().isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(tr("năm «{text}» phải từ 2000 đến 2100", text=shown(text)))
    return int(text)


def arg_positive_int(text: str) -> int:
    digits = text.strip().lstrip("+")
    if digits.isascii() and digits.isdigit() and len(digits.lstrip("0")) > 19:
        raise argparse.ArgumentTypeError(tr("«{text}» quá lớn", text=shown(text)))
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("«{text}» không phải số nguyên", text=shown(text))) from None
    if value < 1:
        raise argparse.ArgumentTypeError(tr("«{text}» phải lớn hơn 0", text=shown(text)))
    if value > MAX_ID:
        raise argparse.ArgumentTypeError(tr("«{text}» quá lớn", text=shown(text)))
    return value


def arg_temperature(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("nhiệt độ «{text}» phải là số, VD 37.8", text=text)
        ) from None


def arg_column(text: str) -> tuple[int, Any]:
    """LETTER=FIELD: the 0-based column and the field it holds."""
    # the importing library: when used
    from quarantine_desk.services.imports import Field, column_index

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
    return column_index(letter), field


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    # terminal-safe: a name stored before control characters were dropped is no escape
    cells = [[terminal_safe(str(v)) for v in line] for line in [headers, *rows]]
    widths = [max(len(x) for x in col) for col in zip(*cells, strict=False)]
    for line in cells:
        print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=False)).rstrip())


def output_path(path: str) -> Path:
    output = Path(path)
    if not output.parent.is_dir():
        raise ServiceError(tr("Thư mục {parent} không tồn tại.", parent=output.parent))
    return output


def new_password(prompt: str | None = None) -> str:
    """A new password from $QUARANTINE_DESK_NEW_PASSWORD, or asked twice at the terminal."""
    given = os.environ.get("QUARANTINE_DESK_NEW_PASSWORD")
    if given is not None:
        return given
    first = ask_secret(prompt or tr("Mật khẩu mới: "))
    if ask_secret(tr("Nhập lại: ")) != first:
        raise UsageError(tr("hai lần nhập mật khẩu không khớp"))
    return first


def ask_secret(prompt: str) -> str:
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
        raise UsageError(tr("đã hủy nhập mật khẩu")) from None
