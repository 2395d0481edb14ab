"""Vietnamese names: normalisation, folding for search, and sort keys.

A Vietnamese full name is written surname first and given name last
("Nguyễn Văn Đức": surname Nguyễn, given name Đức). Lists sort by the given
name, then the middle names, then the surname.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
# What a name never holds and a screen never shows: control characters (NUL, ESC…),
# zero-width characters and the bidirectional overrides that reorder what is shown.
# A control character stands where a space was meant («Nguyễn\0Văn» is «Nguyễn Văn»);
# the zero-width and direction characters join or reorder and are dropped.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def strip_invisible(text: str) -> str:
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub("", _CONTROL.sub(" ", text))

# Combining marks that carry tone in Vietnamese, in the traditional order of
# the tones: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONE_MARKS = {
    "\u0300": "1",  # grave: huyền
    "\u0309": "2",  # hook above: hỏi
    "\u0303": "3",  # tilde: ngã
    "\u0301": "4",  # acute: sắc
    "\u0323": "5",  # dot below: nặng
}
# Marks that make a different letter (ă, â, ê, ô, ơ, ư).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}

# The Vietnamese alphabet in its dictionary order, followed by the Latin
# letters it lacks so foreign names sort sensibly too.
_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
    "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_PRIMARY = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}


def normalize_name(raw: str) -> str:
    """NFC, single spaces, no leading or trailing space, nothing invisible. Case is kept."""
    raw = strip_invisible(raw)
    if not unicodedata.is_normalized("NFC", raw):
        raw = unicodedata.normalize("NFC", raw)
    if "  " in raw or "\t" in raw or "\n" in raw or "\r" in raw or "\xa0" in raw:
        return _SPACES.sub(" ", raw).strip()
    return raw.strip()


def _fold_slow(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d").replace("Đ", "D")


# Every precomposed Latin letter (Vietnamese ones included) mapped to its bare
# letter: folding a name is then one str.translate instead of a decomposition.
_FOLD_TABLE = {
    cp: _fold_slow(chr(cp))
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00))
    if unicodedata.category(chr(cp)).startswith("L")
}


def fold(text: str) -> str:
    """Fold for search: drop every diacritic, đ→d, lowercase, single spaces.

    "Nguyễn Văn Đức", "NGUYEN VAN DUC" and "nguyen van duc" fold the same, and
    so do tone marks placed on different vowels ("hoà" and "hòa").
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    folded = text.translate(_FOLD_TABLE)
    if not folded.isascii():
        folded = _fold_slow(folded)
    folded = folded.lower()
    if "  " in folded or folded[:1].isspace() or folded[-1:].isspace() or "\t" in folded:
        folded = _SPACES.sub(" ", folded).strip()
    return folded


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


# The commonest Vietnamese surnames, folded (they cover nine in ten Vietnamese people): a name
# in capitals without diacritics that starts with one, in Vietnamese letters only, is taken
# for Vietnamese. Any name with Vietnamese diacritics is.
VIETNAMESE_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao doan "
    "trinh truong lam mai luong ha cao quach luu thai ta tang kieu chau lu la thach".split())
_NOT_VIETNAMESE_LETTERS = frozenset("fjwz")


def is_vietnamese_name(name: str) -> bool:
    """Whether a name reads as Vietnamese: «NGUYEN VAN DUC», «Trần Thị Hòa» do; «KIM MIN
    JUN», «JOHN SMITH», «TANAKA HIROSHI» do not."""
    if any(ch in _VIETNAMESE_MARKS for ch in name.lower()):
        return True
    folded = fold(name)
    words = folded.split(" ")
    return (words[0] in VIETNAMESE_SURNAMES and len(words) > 1
            and not _NOT_VIETNAMESE_LETTERS & set(folded))


_VIETNAMESE_MARKS = frozenset("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự"
                              "ỳýỷỹỵ")


def title_case_name(raw: str) -> str:
    """Vietnamese capitalisation of a Vietnamese name written in capitals.

    "NGUYỄN VĂN ĐỨC" → "Nguyễn Văn Đức"; a name not all in capitals is kept, and so is a
    foreign one («KIM MIN JUN»: its case is as its passport writes it).
    """
    name = normalize_name(raw)
    if not _is_all_caps(name) or not is_vietnamese_name(name):
        return name
    words = []
    for word in name.split(" "):
        parts = word.split("-")
        words.append("-".join(p[:1].upper() + p[1:].lower() for p in parts))
    return " ".join(words)


def split_name(full_name: str) -> tuple[str, str, str]:
    """(surname, middle names, given name). A single word is the given name."""
    words = normalize_name(full_name).split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


@lru_cache(maxsize=16384)
def _word_key(word: str) -> tuple[str, str]:
    """Primary key (letters in Vietnamese order) and secondary key (tones) of one word."""
    primary: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFC", word.lower()):
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0]
        tone = "0"
        letter = base
        for mark in decomposed[1:]:
            if mark in _TONE_MARKS:
                tone = _TONE_MARKS[mark]
            elif mark in _LETTER_MARKS:
                letter = unicodedata.normalize("NFC", base + mark)
        if ch == "đ":
            letter = "đ"
        weight = _PRIMARY.get(letter)
        if weight is None:
            weight = letter if letter.isalnum() else ""
        primary.append(weight)
        if weight:
            tones.append(tone)
    return "".join(primary), "".join(tones)


@lru_cache(maxsize=4096)
def sort_key(full_name: str) -> str:
    """A string that orders names the Vietnamese way.

    Given name first, then middle names, then surname; letters in the order of
    the Vietnamese alphabet (a < ă < â < b … d < đ …); tone marks only break ties.
    """
    surname, middle, given = split_name(full_name)
    ordered = [w for w in [given, *middle.split(" "), surname] if w]
    keys = [_word_key(w) for w in ordered]
    primary = " ".join(k[0] for k in keys)
    secondary = " ".join(k[1] for k in keys)
    return f"{primary}\x01{secondary}"
