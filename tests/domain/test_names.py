import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.names import fold, normalize_name, sort_key, split_name, title_case_name


def test_fold_makes_typed_forms_equal():
    assert fold("Nguyễn Văn Đức") == fold("NGUYEN VAN DUC") == fold("nguyen van duc") == (
        "nguyen van duc"
    )


def test_fold_ignores_tone_mark_placement_and_decomposition():
    assert fold("hoà") == fold("hòa")
    assert fold("thuỷ") == fold("thủy")
    assert fold(unicodedata.normalize("NFD", "Đặng Thị Thủy")) == "dang thi thuy"


def test_normalize_name_is_nfc_with_single_spaces():
    raw = unicodedata.normalize("NFD", "  Trần   Thị  Hạnh ")
    assert normalize_name(raw) == "Trần Thị Hạnh"
    assert unicodedata.is_normalized("NFC", normalize_name(raw))


def test_title_case_only_for_all_capitals():
    assert title_case_name("NGUYỄN VĂN ĐỨC") == "Nguyễn Văn Đức"
    assert title_case_name("ĐẶNG THỊ BÍCH") == "Đặng Thị Bích"
    assert title_case_name("Lê thị Mai") == "Lê thị Mai"


def test_split_name_surname_first_given_last():
    assert split_name("Nguyễn Văn Đức") == ("Nguyễn", "Văn", "Đức")
    assert split_name("Lê Thị Ngọc Hân") == ("Lê", "Thị Ngọc", "Hân")
    assert split_name("Mai") == ("", "", "Mai")


def test_sort_by_given_then_middle_then_surname():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Phạm Minh Đức", "Nguyễn Văn Dũng"]
    assert sorted(names, key=sort_key) == [
        "Nguyễn Thị An", "Lê Văn An", "Trần Văn Bình", "Nguyễn Văn Dũng", "Phạm Minh Đức",
    ]


def test_vietnamese_letter_order():
    # a < ă < â, d < đ, o < ô < ơ, u < ư; tones only break ties.
    given = ["Ân", "Ăn", "An", "Đào", "Dung", "Ơn", "Ôn", "On", "Ưng", "Uyên"]
    ordered = sorted((f"Lê Văn {g}" for g in given), key=sort_key)
    assert [n.split()[-1] for n in ordered] == [
        "An", "Ăn", "Ân", "Dung", "Đào", "On", "Ôn", "Ơn", "Uyên", "Ưng",
    ]


@given(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ ĐÀẢ", max_size=30))
def test_fold_is_idempotent_and_ascii_for_vietnamese(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.isascii()


@pytest.mark.parametrize(("written", "kept"), [
    ("NGUYỄN VĂN ĐỨC", "Nguyễn Văn Đức"),
    ("NGUYEN VAN DUC", "Nguyen Van Duc"),  # Vietnamese without its marks: a common surname
    ("LE THI HOA", "Le Thi Hoa"),
    ("KIM MIN JUN", "KIM MIN JUN"),  # a foreign name keeps the case its passport writes
    ("JOHN SMITH", "JOHN SMITH"),
    ("TANAKA HIROSHI", "TANAKA HIROSHI"),
    ("Kim Min Jun", "Kim Min Jun"),
])
def test_only_vietnamese_names_in_capitals_are_title_cased(written, kept):
    assert title_case_name(written) == kept
