"""Amounts in figures and in Vietnamese words, as a receipt writes them (issue 29)."""

import pytest

from quarantine_desk.domain.money import figures, in_words


@pytest.mark.parametrize(("amount", "words"), [
    (0, "Không đồng"),
    (5, "Năm đồng"),
    (15, "Mười lăm đồng"),
    (21, "Hai mươi mốt đồng"),
    (24, "Hai mươi tư đồng"),
    (105, "Một trăm linh năm đồng"),
    (80_000, "Tám mươi nghìn đồng"),
    (560_000, "Năm trăm sáu mươi nghìn đồng"),
    (1_120_000, "Một triệu một trăm hai mươi nghìn đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (2_050_000, "Hai triệu không trăm năm mươi nghìn đồng"),
    (1_000_000_000, "Một tỷ đồng"),
    (3_400_070_000, "Ba tỷ bốn trăm triệu không trăm bảy mươi nghìn đồng"),
    (-80_000, "Âm tám mươi nghìn đồng"),
])
def test_words(amount, words):
    assert in_words(amount) == words


def test_figures_group_thousands_with_dots():
    assert (figures(1_120_000), figures(0), figures(-560_000)) == ("1.120.000", "0", "-560.000")
