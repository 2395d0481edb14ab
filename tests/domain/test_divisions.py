"""Addresses matched to the administrative units of 2020–21, however a clerk typed them."""

import pytest

from quarantine_desk.domain.divisions import counts, place_of


def test_the_units_of_2020_21():
    assert counts() == (63, 705)


@pytest.mark.parametrize(("address", "province", "district", "commune"), [
    ("P. Long Hòa, Q. Bình Thủy, TP Cần Thơ", "Thành phố Cần Thơ", "Quận Bình Thuỷ",
     "Phường Long Hòa"),  # «Thủy» typed, «Thuỷ» in the list
    ("ấp 3, xã Tân Phú Thạnh, huyện Châu Thành A, tỉnh Hậu Giang", "Tỉnh Hậu Giang",
     "Huyện Châu Thành A", "Xã Tân Phú Thạnh"),
    ("12 Lê Lợi, P.Bến Nghé, Q.1, TP.HCM", "Thành phố Hồ Chí Minh", "Quận 1",
     "Phường Bến Nghé"),
    ("thị xã Long Mỹ, Hậu Giang", "Tỉnh Hậu Giang", "Thị xã Long Mỹ", None),
    ("H. Long Mỹ, T. Hậu Giang", "Tỉnh Hậu Giang", "Huyện Long Mỹ", None),  # the kind tells
    ("Số 58, đường Nguyễn Văn Cừ, TP Phú Quốc, tỉnh Kiên Giang", "Tỉnh Kiên Giang",
     "Thành phố Phú Quốc", None),
    ("TT. Cái Tắc, H. Châu Thành A, Hậu Giang", "Tỉnh Hậu Giang", "Huyện Châu Thành A",
     "Thị trấn Cái Tắc"),
])
def test_places_as_clerks_type_them(address, province, district, commune):
    place = place_of(address)
    assert (place.province, place.district, place.commune) == (province, district, commune)


@pytest.mark.parametrize("address", ["Kuala Lumpur, Malaysia", "", None, "không rõ"])
def test_an_address_that_names_no_unit_is_unknown(address):
    assert place_of(address).province is None
