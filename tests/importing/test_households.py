"""Which addresses are precise enough to suggest a household: a house or a hamlet only."""

import pytest

from quarantine_desk.importing.households import detailed_address_key


@pytest.mark.parametrize(("address", "detailed"), [
    ("Số 12 Trần Hưng Đạo, P. An Cư, Q. Ninh Kiều", True),
    ("123/4 Đường 3/2, P. Xuân Khánh", True),
    ("Hẻm 51, đường 3/2, P. Hưng Lợi", True),
    ("Ấp Nhơn Lộc, huyện Phong Điền", True),
    ("Tổ 5, khu vực 3, P. An Bình", True),
    ("KV3, P. Thới An, Q. Ô Môn", True),
    ("P. An Hòa, Q. Ninh Kiều, TP Cần Thơ", False),  # a commune: dozens of strangers
    ("Phường 5, Quận 3, TP Hồ Chí Minh", False),
    ("X. Nhơn Ái, H. Phong Điền, TP Cần Thơ", False),
    ("Đường 3/2, P. Xuân Khánh", False),  # a street named after a date, no house
    ("Tô Hiến Thành, P. 5", False),  # a street, not «Tổ»
    ("", False),
    (None, False),
])
def test_detailed_addresses(address, detailed):
    assert (detailed_address_key(address) is not None) is detailed


def test_the_same_house_written_two_ways_is_one_key():
    assert detailed_address_key("Số 12, Trần Hưng Đạo,  P. An Cư") == detailed_address_key(
        "số 12 trần hưng đạo, p an cư")
