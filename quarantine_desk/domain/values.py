"""Turning values as they really come (a manifest cell, a form field) into clean values.

Every parser returns the clean value, or raises ValueParseError with a short
Vietnamese reason. None means the cell was empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from quarantine_desk.domain.documents import classify_document
from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.errors import ServiceError
from quarantine_desk.domain.names import fold, normalize_name, strip_invisible, title_case_name
from quarantine_desk.i18n import tr

MAX_AGE = 120
MAX_NAME = 120
# The first day a quarantine could have begun (Vietnam's first cases, January 2020): an
# arrival or an admission before it is a typing error, as is one far in the future.
EARLIEST_DAY = date(2020, 1, 1)
DAYS_AHEAD = 366  # how far ahead an arrival may be announced
EXCEL_EPOCH = date(1899, 12, 30)  # Excel's 1900 date system, with its leap-year bug
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
    "thg1": 1, "thg2": 2, "thg3": 3, "thg4": 4, "thg5": 5, "thg6": 6, "thg7": 7, "thg8": 8,
    "thg9": 9, "thg10": 10, "thg11": 11, "thg12": 12,
}
_DMY = re.compile(r"^([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{2}|[0-9]{4})$")
_YMD = re.compile(r"^([0-9]{4})\s*[/.\-]\s*([0-9]{1,2})\s*[/.\-]\s*([0-9]{1,2})$")
_DMONY = re.compile(r"^([0-9]{1,2})[\s\-/.]+([a-z]{3,9}[0-9]{0,2})[\s\-/.,]+([0-9]{2}|[0-9]{4})$")
_YEAR = re.compile(r"^([0-9]{4})$")
_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?")
_TIME_TAIL = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")


class ValueParseError(ValueError):
    """A cell's value cannot be used; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class Birth:
    date_of_birth: date | None
    birth_year: int


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _number_text(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _two_digit_year(yy: int, today: date) -> int:
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _check_birth(d: date, today: date) -> None:
    if d > today:
        raise ValueParseError(tr("ngày sinh {d:%d/%m/%Y} ở tương lai", d=d))
    if today.year - d.year > MAX_AGE:
        raise ValueParseError(
            tr("ngày sinh {d:%d/%m/%Y} cho tuổi trên {MAX_AGE}", d=d, MAX_AGE=MAX_AGE)
        )


def _check_year(year: int, today: date) -> None:
    if year > today.year:
        raise ValueParseError(tr("năm sinh {year} ở tương lai", year=year))
    if today.year - year > MAX_AGE:
        raise ValueParseError(
            tr("năm sinh {year} cho tuổi trên {MAX_AGE}", year=year, MAX_AGE=MAX_AGE)
        )


def _make_date(y: int, m: int, d: int, original: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise ValueParseError(
            tr("ngày «{original}» không tồn tại (đọc theo ngày/tháng/năm)", original=original)
        ) from None


def parse_birth(value: object, today: date) -> Birth | None:
    """A birth date, or a birth year alone, from whatever the cell holds."""
    if _is_blank(value):
        return None
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        _check_birth(value, today)
        return Birth(value, value.year)
    if isinstance(value, bool):
        raise ValueParseError(tr("ngày sinh không hợp lệ"))
    if isinstance(value, (int, float)):
        number = float(value)
        # A plausible birth year is a year; any other number is an Excel serial date
        # (serials of that size would be dates in 1905, over 120 years ago anyway).
        if number.is_integer() and today.year - MAX_AGE - 5 <= number <= today.year:
            return Birth(None, int(number))
        if 1 <= number < 2_958_466:  # an Excel serial number in a general-format cell
            d = EXCEL_EPOCH + timedelta(days=int(number))
            _check_birth(d, today)
            return Birth(d, d.year)
        raise ValueParseError(tr("ngày sinh «{value}» không hợp lệ", value=_number_text(value)))
    text = _TIME_TAIL.sub("", str(value).strip())
    if m := _DMY.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if len(m[3]) == 2:
            year = _two_digit_year(year, today)
        d = _make_date(year, month, day, text)
    elif m := _YMD.match(text):
        d = _make_date(int(m[1]), int(m[2]), int(m[3]), text)
    elif m := _DMONY.match(fold(text)):
        month_no = _MONTHS.get(m[2][:3] if not m[2].startswith("thg") else m[2])
        if month_no is None:
            raise ValueParseError(tr("tháng «{value}» không nhận ra", value=m[2]))
        year = int(m[3]) if len(m[3]) == 4 else _two_digit_year(int(m[3]), today)
        d = _make_date(year, month_no, int(m[1]), text)
    elif m := _YEAR.match(text):
        year = int(m[1])
        _check_year(year, today)
        return Birth(None, year)
    elif _NUMBER.fullmatch(text):
        return parse_birth(float(text), today)
    else:
        raise ValueParseError(tr("ngày sinh «{text}» không đọc được", text=text))
    _check_birth(d, today)
    return Birth(d, d.year)


_SEX_WORDS = {
    "nam": Sex.MALE, "m": Sex.MALE, "male": Sex.MALE, "trai": Sex.MALE, "man": Sex.MALE,
    "nu": Sex.FEMALE, "f": Sex.FEMALE, "female": Sex.FEMALE, "gai": Sex.FEMALE,
    "woman": Sex.FEMALE, "w": Sex.FEMALE,
}


def parse_sex(value: object) -> Sex | None:
    if _is_blank(value):
        return None
    key = fold(str(value)).strip(" .")
    sex = _SEX_WORDS.get(key)
    if sex is None:
        raise ValueParseError(
            tr("giới tính «{value}» không nhận ra (Nam/Nữ)", value=str(value).strip())
        )
    return sex


@lru_cache(maxsize=65536)
def parse_name(value: str) -> str:
    """NFC, single spaces; Vietnamese capitalisation when the file wrote it in capitals.
    Control, zero-width and direction characters are dropped; a name of nothing else is
    refused."""
    name = normalize_name(value)
    if not name:
        raise ValueParseError(tr("họ tên chỉ có ký tự vô hình"))
    if len(name) > MAX_NAME:  # before any work on each letter
        raise ValueParseError(tr("họ tên dài quá {MAX_NAME} ký tự", MAX_NAME=MAX_NAME))
    name = title_case_name(name)
    if any(ch.isdigit() for ch in name):
        raise ValueParseError(tr("họ tên «{name}» có chữ số", name=name))
    return name


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M") if value.time() else value.strftime("%d/%m/%Y")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return strip_invisible(str(value)).strip()


def parse_document(value: object, declared: IdType | None = None) -> tuple[str, IdType] | None:
    if _is_blank(value):
        return None
    text = value.strip() if type(value) is str else cell_text(value)
    found = classify_document(text)
    if found is None:
        raise ValueParseError(
            tr("số giấy tờ «{text}» không đúng dạng CCCD, CMND hay hộ chiếu", text=text)
        )
    number, kind = found
    if declared is IdType.CCCD and kind is not IdType.CCCD:
        raise ValueParseError(tr("số CCCD «{text}» phải có 12 chữ số", text=text))
    if declared is IdType.CMND and kind is not IdType.CMND:
        raise ValueParseError(tr("số CMND «{text}» phải có 9 chữ số", text=text))
    return number, kind


_PHONE_JUNK = re.compile(r"[\s.\-()]")


def parse_phone(value: object) -> str | None:
    """A Vietnamese number as its 10 digits (0 and 9; an 11-digit landline kept whole) from
    «+84 912 345 678», «84912345678», «0912.345.678» or a number cell that lost its 0; a
    foreign number with its own country code kept with its «+». Anything else is refused, to
    be kept as written and warned on: «84035725515» (the rest after 84 must not start with
    0), «0035725515»."""
    if _is_blank(value):
        return None
    text = _PHONE_JUNK.sub("", cell_text(value))
    country = text[3:] if text.startswith("+84") else (
        text[2:] if text.startswith("84") and len(text) == 11 else None)
    if country is not None:
        if not (country.isascii() and country.isdigit() and len(country) in (9, 10)
                and country[0] != "0"):
            raise ValueParseError(tr("số điện thoại «{value}» không hợp lệ (sau mã nước 84 "
                                     "phải là 9 chữ số, không bắt đầu bằng 0)",
                                     value=cell_text(value)))
        text = "0" + country
    if text.startswith("+"):
        digits = text[1:]
        if digits.isascii() and digits.isdigit() and 7 <= len(digits) <= 15:
            return text
        raise ValueParseError(tr("số điện thoại «{value}» không hợp lệ", value=cell_text(value)))
    if not (text.isascii() and text.isdigit()):
        raise ValueParseError(tr("số điện thoại «{value}» không hợp lệ", value=cell_text(value)))
    if len(text) == 9 and not text.startswith("0"):
        text = "0" + text
    if not (10 <= len(text) <= 11 and text.startswith("0")):
        raise ValueParseError(
            tr("số điện thoại «{value}» không đủ 10 chữ số", value=cell_text(value))
        )
    if text[1] == "0":
        raise ValueParseError(tr("số điện thoại «{value}» không hợp lệ (bắt đầu bằng 00)",
                                 value=cell_text(value)))
    return text


FIRST_SERIAL, LAST_SERIAL = 43831, 73050  # Excel serials of 2020-01-01 and 2099-12-31


def day_of_cell(value: object, *, text: bool = True) -> date | None:
    """A day of these years (vaccination, arrival) from a date or datetime cell, an Excel
    serial from 2020 on, or (with `text`) «03/12/2021», «3/12/21», «2021-12-03»; None when
    the cell holds none. Unlike a birth date, no bare year and no serial before 2020."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if FIRST_SERIAL <= value < LAST_SERIAL + 1:  # NaN and infinities fall outside
            return EXCEL_EPOCH + timedelta(days=int(value))
        return None
    if not text or not isinstance(value, str):
        return None
    written = value.strip()
    if m := _DMY.match(written):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        year += 2000 if len(m[3]) == 2 else 0
    elif m := _YMD.match(written):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found >= EARLIEST_DAY else None


def parse_text(value: object, limit: int = 300) -> str | None:
    if value is None:
        return None
    text = normalize_name(value if type(value) is str else cell_text(value))
    return text[:limit] or None


def check_day(day: date, today: date, what: str, *, days_ahead: int = 0) -> None:
    """Refuse a day outside EARLIEST_DAY … today + days_ahead; `what` names it."""
    latest = today + timedelta(days=days_ahead)
    if not EARLIEST_DAY <= day <= latest:
        raise ServiceError(tr(
            "{what} {day:%d/%m/%Y} không hợp lệ: phải từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}.",
            what=what, day=day, first=EARLIEST_DAY, last=latest))
