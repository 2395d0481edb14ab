"""Vietnamese identity documents: CCCD (12 digits), CMND (9 digits), passports.

A CCCD's first three digits are the province of birth registration (Cần Thơ
is 092); the fourth encodes century and sex (0 male / 1 female born
1900–1999, 2 / 3 for 2000–2099, and so on every century); the fifth and
sixth are the last two digits of the birth year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quarantine_desk.domain.enums import IdType, Sex

_PASSPORT_VN = re.compile(r"^[A-Z][0-9]{7}$")
_PASSPORT_ANY = re.compile(r"^[A-Z0-9]{6,12}$")
_SEPARATORS = re.compile(r"[\s.\-_/]")


@dataclass(frozen=True)
class CccdInfo:
    province_code: str
    sex: Sex
    birth_year: int


def clean_document_number(raw: str) -> str:
    """Upper case with spaces, dots and dashes removed."""
    return _SEPARATORS.sub("", raw.strip()).upper()


def classify_document(raw: str) -> tuple[str, IdType] | None:
    """The cleaned number and its type, or None when it looks like nothing known.

    Spreadsheets drop leading zeros: an 11-digit number is a CCCD that lost
    its zero, an 8-digit one a CMND.
    """
    number = clean_document_number(raw)
    if number.endswith(".0") and _is_digits(number[:-2]):
        number = number[:-2]
    if not number:
        return None
    if _is_digits(number):
        # provinces 001–009 lose two zeros, the others one
        if len(number) in (10, 11):
            number = number.zfill(12)
        elif len(number) == 8:
            number = "0" + number
        if len(number) == 12:
            return number, IdType.CCCD
        if len(number) == 9:
            return number, IdType.CMND
        return None
    if _PASSPORT_VN.match(number) or (
        _PASSPORT_ANY.match(number) and any(ch.isdigit() for ch in number)
    ):
        return number, IdType.PASSPORT
    return None


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def cccd_info(number: str) -> CccdInfo | None:
    """What a 12-digit CCCD says about its holder, or None if it is not one."""
    if len(number) != 12 or not _is_digits(number):
        return None
    code = int(number[3])
    century = 1900 + 100 * (code // 2)
    sex = Sex.MALE if code % 2 == 0 else Sex.FEMALE
    return CccdInfo(number[:3], sex, century + int(number[4:6]))


def make_cccd(province_code: str, sex: Sex, birth_year: int, serial: int) -> str:
    """Compose a CCCD from its parts (used for generated and demo data)."""
    century_index = (birth_year - 1900) // 100
    code = century_index * 2 + (0 if sex == Sex.MALE else 1)
    return f"{province_code}{code}{birth_year % 100:02d}{serial % 1_000_000:06d}"
