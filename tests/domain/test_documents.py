import pytest

from quarantine_desk.domain.documents import cccd_info, classify_document, make_cccd
from quarantine_desk.domain.enums import IdType, Sex


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("092085001234", ("092085001234", IdType.CCCD)),
        ("92085001234", ("092085001234", IdType.CCCD)),  # lost its leading zero
        ("092 085 001 234", ("092085001234", IdType.CCCD)),
        ("361234567", ("361234567", IdType.CMND)),
        ("61234567", ("061234567", IdType.CMND)),
        ("b1234567", ("B1234567", IdType.PASSPORT)),
        ("C 123.4567", ("C1234567", IdType.PASSPORT)),
        ("12345", None),
        ("", None),
    ],
)
def test_classify_document(raw, expected):
    assert classify_document(raw) == expected


def test_cccd_encodes_province_sex_and_year():
    info = cccd_info("092185001234")
    assert (info.province_code, info.sex, info.birth_year) == ("092", Sex.FEMALE, 1985)
    info = cccd_info("092203001234")
    assert (info.sex, info.birth_year) == (Sex.MALE, 2003)
    assert cccd_info("12345") is None


def test_make_cccd_round_trips():
    number = make_cccd("092", Sex.FEMALE, 2004, 42)
    assert len(number) == 12
    info = cccd_info(number)
    assert (info.province_code, info.sex, info.birth_year) == ("092", Sex.FEMALE, 2004)
