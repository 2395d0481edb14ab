"""Which rows of a manifest are one household (a family travelling together).

Three sources, strongest first:
- the manifest says so: a group column («Nhóm», «Mã hộ», "PNR"…: the same value is the
  same household), or a «Quan hệ với chủ hộ» column (a «Chủ hộ» row starts a household,
  the rows after it with a relation belong to it until the next «Chủ hộ» or a blank);
- suggested on strong evidence only, for the operator to confirm or split: the same full
  address that has a house number or a hamlet-level part, shared with someone of the same
  surname; or a child under 16 without a document listed right after an adult of that
  address. Never from a commune-, district- or province-level address alone, and at most
  MAX_SUGGESTED people.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from quarantine_desk.domain.enums import HouseholdSource
from quarantine_desk.domain.names import fold
from quarantine_desk.i18n import tr

if TYPE_CHECKING:
    from quarantine_desk.importing.manifest import ParsedRow

MAX_SUGGESTED = 8
_MISSING: Any = object()
CHILD_AGE = 16
HEAD_OF_HOUSEHOLD = {"chu ho", "ch", "chu ho gia dinh", "head", "head of household", "chu"}

# A part of an address below the commune: a house number ("12", "12/3A", "Số 45",
# "Số nhà 7", "Hẻm 51"), or a hamlet, neighbourhood or group ("Ấp Mỹ Ái", "Khu vực 3",
# "Tổ 5", "Thôn Đông").
_PART = r"(?:^|[,;]\s*|\s-\s)"
_DETAIL = re.compile(
    _PART + r"(?:(?:so\s*(?:nha\s*)?)?\d+[a-z]?(?:[/\-]\d+[a-z]?)*(?:\s|,|;|$)"
    r"|(?:hem|kiet|ngo|ngach)\s"
    r"|(?:ap|thon|xom|ban|khom|khu vuc|buon|soc|to dan pho|khu pho)[\s.]+[^\s,;]"
    r"|(?:to|kv|kp)[\s.]*\d)"  # «Tổ 5», not the street «Tô Hiến Thành»
)
_SEPARATORS = re.compile(r"[\s.,;]+")


def detailed_address_key(address: str | None) -> str | None:
    """The folded address when it names a house or a hamlet, else None."""
    if not address:
        return None
    folded = fold(address)
    if _DETAIL.search(folded) is None:
        return None
    return _SEPARATORS.sub(" ", folded).strip()


def surname(folded_name: str) -> str:
    return folded_name.split(" ", 1)[0] if folded_name else ""


def _age(row: ParsedRow, today: date) -> int | None:
    if row.date_of_birth is not None:
        dob = row.date_of_birth
        return today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    if row.birth_year is not None:
        return today.year - row.birth_year
    return None


def assign_households(rows: Sequence[ParsedRow], today: date, *, relation_column: bool) -> None:
    """Set household_key, household_label and household_source on the rows that belong to
    one, in place. Keys are unique within the file."""
    if relation_column:
        _from_relations(rows)
    _suggest(rows, today)


def _from_relations(rows: Sequence[ParsedRow]) -> None:
    head: ParsedRow | None = None
    for row in rows:
        relation = fold(row.relation or "")
        if relation in HEAD_OF_HOUSEHOLD:
            head = row
            if row.household_key is None:
                _set(row, f"r:{row.row_number}", _head_label(row), HouseholdSource.FILE)
        elif not relation:
            head = None
        elif head is not None:
            if row.household_key is None and head.household_key is not None:
                _set(row, head.household_key, head.household_label, HouseholdSource.FILE)
        else:
            row.warnings.append(_issue(row, tr(
                "quan hệ «{relation}» nhưng không có «Chủ hộ» ở các dòng trên; hãy ghép hộ "
                "khi xem trước", relation=row.relation)))


def _head_label(row: ParsedRow) -> str:
    return f"Hộ {row.full_name}" if row.full_name else f"Hộ dòng {row.row_number}"


def _set(row: ParsedRow, key: str, label: str | None, source: HouseholdSource) -> None:
    row.household_key, row.household_label, row.household_source = key, label, source.value


def _issue(row: ParsedRow, text: str):  # noqa: ANN202 (Issue lives in manifest)
    from quarantine_desk.importing.manifest import Issue

    return Issue(row.row_number, None, text)


def _suggest(rows: Sequence[ParsedRow], today: date) -> None:
    free = [r for r in rows if r.valid and r.household_key is None]
    # the same detailed address and a shared surname
    by_address: dict[str, list[ParsedRow]] = {}
    keys: dict[str, str | None] = {}  # an address repeats down a list: folded once
    for row in free:
        if not row.address:
            continue
        key = keys.get(row.address, _MISSING)
        if key is _MISSING:
            key = keys[row.address] = detailed_address_key(row.address)
        if key is not None:
            by_address.setdefault(key, []).append(row)
    for members in by_address.values():
        if len(members) < 2:
            continue
        surnames: dict[str, list[ParsedRow]] = {}
        for row in members:
            surnames.setdefault(surname(row.name_folded), []).append(row)
        if len(members) <= MAX_SUGGESTED:
            if max(len(same) for same in surnames.values()) >= 2:
                _suggested(members)  # a wife keeps her own surname: the house is the family
        else:
            # a large house (a dormitory, a workers' lodging): only people of one surname
            for same in surnames.values():
                if 2 <= len(same) <= MAX_SUGGESTED:
                    _suggested(same)
    # a child without a document right after an adult of the same address (and after the
    # adult's other children)
    sizes = Counter(r.household_key for r in rows if r.household_key is not None)
    adult: ParsedRow | None = None
    for row in rows:
        if not row.valid:
            adult = None
            continue
        age = _age(row, today)
        is_child = age is not None and age < CHILD_AGE
        if not is_child:
            adult = row
            continue
        if (adult is not None and row.id_number is None and row.household_key is None
                and row.address and adult.address
                and fold(row.address) == fold(adult.address)
                and adult.household_source != HouseholdSource.FILE.value):
            key = adult.household_key
            if key is None:
                _suggested([adult, row])
                assert adult.household_key is not None
                sizes[adult.household_key] = 2
            elif sizes[key] < MAX_SUGGESTED:
                _set(row, key, adult.household_label, HouseholdSource.SUGGESTED)
                sizes[key] += 1
            continue
        adult = None


def _suggested(group: list[ParsedRow]) -> None:
    first = group[0]
    label = f"Hộ {first.full_name} (gợi ý)" if first.full_name else None
    for row in group:
        _set(row, f"s:{first.row_number}", label, HouseholdSource.SUGGESTED)


def join_rows(rows: Sequence[ParsedRow]) -> None:
    """The operator says these rows are one family (in the import preview)."""
    valid = [r for r in rows if r.valid]
    if len(valid) < 2:
        return
    first = valid[0]
    label = f"Hộ {first.full_name}" if first.full_name else None
    for row in valid:
        _set(row, f"o:{first.row_number}", label, HouseholdSource.OPERATOR)


def leave_rows(rows: Sequence[ParsedRow]) -> None:
    """The operator takes these rows out of their household."""
    for row in rows:
        row.household_key = row.household_label = row.household_source = None
