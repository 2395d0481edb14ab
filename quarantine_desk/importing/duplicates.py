"""Finding the same person twice: an exact document number, or a close name with the same birth.

Names are compared folded (no diacritics, đ→d, lower case), so "NGUYEN VAN DUC" and
"Nguyễn Văn Đức" are the same name; rapidfuzz scores the rest of the difference.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz

FUZZY_THRESHOLD = 90.0


class KnownPerson(NamedTuple):
    id: int
    full_name: str
    name_folded: str
    date_of_birth: date | None
    birth_year: int | None
    id_number: str | None
    batch_id: int | None = None  # the arrival batch they came with (a person in the database)


_NONE: list[KnownPerson] = []


class DuplicateIndex:
    """People already known, indexed by document number and by birth."""

    def __init__(self, people: list[KnownPerson] | None = None) -> None:
        self.by_document: dict[str, KnownPerson] = {}
        self.by_birth: dict[object, list[KnownPerson]] = {}
        for p in people or []:
            self.add(p)

    def add(self, p: KnownPerson) -> None:
        if p.id_number:
            self.by_document.setdefault(p.id_number, p)
        key = p.date_of_birth or p.birth_year
        if key is not None:
            found = self.by_birth.get(key)
            if found is None:
                self.by_birth[key] = [p]
            else:
                found.append(p)

    def exact(self, id_number: str | None) -> KnownPerson | None:
        return self.by_document.get(id_number) if id_number else None

    def fuzzy(self, name_folded: str, date_of_birth: date | None, birth_year: int | None,
              id_number: str | None) -> tuple[KnownPerson, float] | None:
        """The closest known person with the same birth and a name at least 90% alike.

        Two people whose documents are both known and differ are different people.
        """
        by_birth = self.by_birth
        candidates: list[KnownPerson] = (
            by_birth.get(date_of_birth, _NONE) if date_of_birth is not None else _NONE
        )
        if birth_year is not None and birth_year in by_birth:
            # someone recorded with the year alone may be the same person
            candidates = candidates + by_birth[birth_year]
        if not candidates:
            return None
        best: tuple[KnownPerson, float] | None = None
        for known in candidates:
            if id_number and known.id_number and known.id_number != id_number:
                continue
            score = fuzz.ratio(name_folded, known.name_folded)
            if score >= FUZZY_THRESHOLD and (best is None or score > best[1]):
                best = (known, score)
        return best
