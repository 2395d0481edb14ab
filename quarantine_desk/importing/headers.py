"""Which column holds what: header synonyms, header-row detection, mapping memory keys."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from quarantine_desk.domain import person_fields
from quarantine_desk.domain.names import fold, normalize_name
from quarantine_desk.importing.reader import Cell, SheetData

HEADER_SCAN_ROWS = 30


class Field(StrEnum):
    """The import fields: a typed view of domain/person_fields.py's table (same order)."""

    SEQ = "seq"
    FULL_NAME = "full_name"
    SURNAME = "surname"
    GIVEN_NAMES = "given_names"
    SEX = "sex"
    DATE_OF_BIRTH = "date_of_birth"
    BIRTH_YEAR = "birth_year"
    DOCUMENT = "document"
    PASSPORT = "passport"
    CCCD = "cccd"
    CMND = "cmnd"
    NATIONALITY = "nationality"
    PHONE = "phone"
    ADDRESS = "address"
    CURRENT_ADDRESS = "current_address"
    INSURANCE_NUMBER = "insurance_number"
    VACCINATION = "vaccination"
    ARRIVED_ON = "arrived_on"
    ARRIVAL_SYMPTOMS = "arrival_symptoms"
    DIET = "diet"
    ROOM = "room"
    HOUSEHOLD = "household"
    RELATION = "relation"
    EXTRA = "extra"
    IGNORE = "ignore"


assert [f.value for f in Field] == [f.key for f in person_fields.FIELDS], "one table of fields"


def _folded_header(text: str) -> str:
    return re.sub(r"\s*/\s*", "/", _PUNCT.sub(" ", fold(text)).strip())


_PARENS = re.compile(r"\(.*?\)|\[.*?\]")
_PUNCT = re.compile(r"[.:;*_]+|\s+")
FIELD_LABELS: dict[Field, str] = {Field(f.key): f.label for f in person_fields.FIELDS}
_SYNONYMS: dict[Field, list[str]] = {
    Field(f.key): [_folded_header(h) for h in f.headers] for f in person_fields.FIELDS}
# «Hộ» (household) and «Họ» (surname) fold alike: told apart before folding
_EXACT: dict[str, Field] = {"hộ": Field.HOUSEHOLD, "số hộ": Field.HOUSEHOLD,
                            "mã hộ": Field.HOUSEHOLD}
# short words that name a field only on their own ("nhóm máu" is no household)
_WHOLE_ONLY = {w for f in person_fields.FIELDS for w in f.whole_only}
_LOOKUP: dict[str, Field] = {syn: f for f, syns in _SYNONYMS.items() for syn in syns}
_DOC_WORDS = {"cccd", "cmnd", "ho chieu", "passport", "can cuoc", "chung minh"}


def header_key(text: str) -> str:
    """The folded form of a header cell used for matching (what is in brackets left out)."""
    return _folded_header(_PARENS.sub(" ", text) if "(" in text or "[" in text else text)


def field_for_header(text: str) -> Field | None:
    """The field a header names, or None when it is not one we know."""
    if not text or not text.strip():
        return None
    exact = _EXACT.get(_PUNCT.sub(" ", normalize_name(text).lower()).strip())
    if exact is not None:
        return exact
    full = _folded_header(text)  # folded as the synonyms are
    if full in _LOOKUP:
        return _LOOKUP[full]
    key = header_key(text)
    if key in _LOOKUP:
        return _LOOKUP[key]
    if "/" in key:
        parts = [p.strip() for p in key.split("/")]
        if sum(any(w in p for w in _DOC_WORDS) for p in parts) >= 2:
            return Field.DOCUMENT
        if {"nam", "nu"} <= set(parts) or {"male", "female"} <= set(parts):
            return Field.SEX
    # the longest synonym that starts the header ("ho va ten (viet hoa)")
    best: tuple[int, Field] | None = None
    for syn, f in _LOOKUP.items():
        if syn in _WHOLE_ONLY:
            continue
        if len(syn) >= 4 and (key.startswith(syn + " ") or key == syn):
            if best is None or len(syn) > best[0]:
                best = (len(syn), f)
    return best[1] if best else None


def _cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell if isinstance(cell, str) else str(cell)


@dataclass(frozen=True)
class HeaderGuess:
    sheet_index: int
    row_index: int  # 0-based within the sheet
    mapping: tuple[Field, ...]  # one per column
    score: int


def _score_row(row: list[Cell]) -> tuple[int, tuple[Field, ...]]:
    mapping: list[Field] = []
    seen: set[Field] = set()
    for cell in row:
        text = _cell_text(cell)
        f = field_for_header(text) if isinstance(cell, str) else None
        if f is None or (f in seen and f not in (Field.SEQ,)):
            mapping.append(Field.EXTRA if text.strip() else Field.IGNORE)
            continue
        seen.add(f)
        mapping.append(f)
    has_name = Field.FULL_NAME in seen or Field.SURNAME in seen or Field.GIVEN_NAMES in seen
    known = len(seen - {Field.SEQ})
    return (known if has_name else 0), tuple(mapping)


def fields_of_header(row: list[Cell]) -> tuple[Field, ...]:
    """The field each cell of a header row names (EXTRA for unknown text, IGNORE for blank)."""
    return _score_row(row)[1]


def detect_header(sheets: list[SheetData]) -> HeaderGuess | None:
    """The sheet and row that look most like a manifest's header, or None."""
    best: HeaderGuess | None = None
    for s_index, sheet in enumerate(sheets):
        for r_index, row in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
            score, mapping = _score_row(row)
            if score >= 2 and (best is None or score > best.score):
                best = HeaderGuess(s_index, r_index, mapping, score)
    return best


def detect_header_in(sheet: SheetData, sheet_index: int) -> HeaderGuess | None:
    guess = detect_header([sheet])
    if guess is None:
        return None
    return HeaderGuess(sheet_index, guess.row_index, guess.mapping, guess.score)


def headers_signature(headers: list[str]) -> str:
    """A key for remembering a confirmed mapping for files with the same headers."""
    joined = "\x1f".join(header_key(h) for h in headers)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26 (the inverse of column_letter)."""
    index = 0
    for ch in letters.upper():
        index = index * 26 + ord(ch) - 64
    return index - 1


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
