"""Property-based tests of the value parsers: what goes in as a person wrote it comes out exact."""

import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quarantine_desk.domain.documents import cccd_info, make_cccd
from quarantine_desk.domain.enums import IdType, Sex
from quarantine_desk.domain.names import fold
from quarantine_desk.domain.values import (
    EXCEL_EPOCH,
    ValueParseError,
    parse_birth,
    parse_document,
    parse_name,
    parse_phone,
    parse_sex,
)

TODAY = date(2026, 11, 22)
births = st.dates(min_value=date(1907, 1, 1), max_value=TODAY)


@given(births)
def test_birth_date_in_every_written_form(d):
    forms = [
        d,
        datetime(d.year, d.month, d.day),
        d.strftime("%d/%m/%Y"),
        f"{d.day}/{d.month}/{d.year}",
        d.isoformat(),
        d.strftime("%d-%b-%Y"),
        d.strftime("%d.%m.%Y"),
        float((d - EXCEL_EPOCH).days),
        f"{d.isoformat()} 00:00:00",
    ]
    for form in forms:
        birth = parse_birth(form, TODAY)
        assert birth is not None and birth.date_of_birth == d and birth.birth_year == d.year, form


@given(st.dates(min_value=date(1927, 1, 1), max_value=TODAY))
def test_two_digit_years_pick_the_past_century(d):
    assume(d.year % 100 != TODAY.year % 100 or d.year == TODAY.year)
    birth = parse_birth(f"{d.day}/{d.month}/{d.year % 100:02d}", TODAY)
    assert birth.date_of_birth == d


@given(st.integers(min_value=TODAY.year - 120, max_value=TODAY.year))
def test_birth_year_alone(year):
    for form in (year, float(year), str(year)):
        birth = parse_birth(form, TODAY)
        assert (birth.date_of_birth, birth.birth_year) == (None, year)


@given(st.dates(min_value=TODAY + timedelta(days=1), max_value=date(2200, 1, 1)))
def test_future_birth_refused(d):
    with pytest.raises(ValueParseError):
        parse_birth(d.strftime("%d/%m/%Y"), TODAY)


@given(st.text(max_size=20))
def test_birth_parser_never_crashes(text):
    try:
        parse_birth(text, TODAY)
    except ValueParseError:
        pass


SEX_FORMS = {"Nam": Sex.MALE, "nam": Sex.MALE, "NAM": Sex.MALE, "M": Sex.MALE, "m": Sex.MALE,
             "Male": Sex.MALE, "MALE": Sex.MALE, "Nữ": Sex.FEMALE, "nữ": Sex.FEMALE,
             "NỮ": Sex.FEMALE, "Nu": Sex.FEMALE, "nu": Sex.FEMALE, "F": Sex.FEMALE,
             "f": Sex.FEMALE, "Female": Sex.FEMALE, "FEMALE": Sex.FEMALE}


@given(st.sampled_from(sorted(SEX_FORMS)), st.sampled_from(["", " ", "  "]))
def test_sex_in_any_case_and_padding(form, pad):
    assert parse_sex(pad + form + pad) == SEX_FORMS[form]
    assert parse_sex(unicodedata.normalize("NFD", form)) == SEX_FORMS[form]


@given(st.text(max_size=10))
def test_sex_unknown_is_refused_not_guessed(text):
    try:
        result = parse_sex(text)
    except ValueParseError:
        return
    assert result is None or fold(text).strip(" .") in {
        "nam", "m", "male", "trai", "man", "nu", "f", "female", "gai", "woman", "w"}


SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Võ", "Huỳnh", "Ngô"]
WORDS = ["Văn", "Thị", "Ngọc", "Đức", "Hòa", "Thủy", "Ánh", "Quỳnh", "Yến", "Ưng", "Ơn"]


@given(st.sampled_from(SURNAMES), st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
       st.sampled_from(["NFC", "NFD"]), st.booleans(), st.integers(min_value=1, max_value=3))
def test_name_normalised_from_any_form(surname, rest, form, capitals, spaces):
    name = " ".join([surname, *rest])
    written = (" " * spaces).join(name.split())
    if capitals:
        written = written.upper()
    written = unicodedata.normalize(form, written)
    parsed = parse_name(written)
    assert parsed == name
    assert unicodedata.is_normalized("NFC", parsed)


@given(st.sampled_from(["092", "093", "094", "001", "079"]), st.sampled_from(list(Sex)),
       st.integers(min_value=1900, max_value=2026), st.integers(min_value=0, max_value=999_999))
def test_cccd_survives_lost_zero_and_separators(province, sex, year, serial):
    number = make_cccd(province, sex, year, serial)
    forms = [number, number.lstrip("0"),  # stored as a number: the leading zeros are gone
             " ".join([number[:3], number[3:6], number[6:]]), ".".join([number[:6], number[6:]])]
    if number[0] == "0":
        forms.append(float(number))
    for form in forms:
        assert parse_document(form) == (number, IdType.CCCD), form
    info = cccd_info(number)
    assert (info.sex, info.birth_year, info.province_code) == (sex, year, province)


@given(st.integers(min_value=0, max_value=999_999_999))
def test_cmnd_nine_digits(n):
    number = f"{n:09d}"
    if number[0] == "0" and number[1] != "0":
        assert parse_document(float(number)) == (number, IdType.CMND)
    assert parse_document(number) == (number, IdType.CMND)


@given(st.sampled_from("BCNPK"), st.integers(min_value=0, max_value=9_999_999))
def test_passport_letter_and_seven_digits(letter, n):
    assert parse_document(f"{letter.lower()}{n:07d}") == (f"{letter}{n:07d}", IdType.PASSPORT)


@given(st.text(alphabet="0123456789-./ ", min_size=1, max_size=6))
def test_short_numbers_are_not_documents(text):
    digits = "".join(ch for ch in text if ch.isdigit())
    assume(len(digits) < 6)
    try:
        result = parse_document(text)
    except ValueParseError:
        return
    assert result is None  # blank


@given(st.integers(min_value=100_000_000, max_value=999_999_999))
def test_phone_lost_leading_zero(n):
    assert parse_phone(float(n)) == f"0{n}"
    assert parse_phone(f"+84 {n}") == f"0{n}"
