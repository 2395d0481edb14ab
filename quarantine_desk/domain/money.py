"""Amounts of money (issue 29): VND in figures («1.120.000 đồng») and in Vietnamese words
(«Một triệu một trăm hai mươi nghìn đồng»), as a receipt writes them."""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", " nghìn", " triệu", " tỷ")


def figures(amount: int) -> str:
    """1120000 → «1.120.000» (the dot groups thousands in Vietnamese)."""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(amount):,}".replace(",", ".")


def _three(n: int, full: bool) -> str:
    """Words of 0–999; `full` when a higher group comes before (5 reads «không trăm linh
    năm»). «mốt», «tư», «lăm» after «mươi»; «linh» for a zero ten, as receipts write them."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(_DIGITS[units])
        return " ".join(words)
    words.append("mười" if tens == 1 else f"{_DIGITS[tens]} mươi")
    if units == 1:
        words.append("một" if tens == 1 else "mốt")
    elif units == 4:
        words.append("bốn" if tens == 1 else "tư")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(_DIGITS[units])
    return " ".join(words)


def in_words(amount: int) -> str:
    """The amount in words, capitalised, ending in «đồng»: 0 → «Không đồng»."""
    if amount < 0:
        words = in_words(-amount)
        return "Âm " + words[0].lower() + words[1:]
    if amount == 0:
        return "Không đồng"
    parts: list[str] = []
    billions, rest = divmod(amount, 10**9)
    if billions:
        parts.append(in_words(billions)[:-len(" đồng")].lower() + " tỷ")
    groups = []  # units, thousands, millions (of the part under a billion)
    for _ in range(3):
        rest, group = divmod(rest, 1000)
        groups.append(group)
    started = bool(billions)
    for index in (2, 1, 0):
        n = groups[index]
        if n == 0:
            continue
        parts.append(_three(n, started) + _GROUPS[index])
        started = True
    text = " ".join(parts) + " đồng"
    return text[0].upper() + text[1:]
