"""Batch details written in a manifest's title rows ("Chuyến bay VN5087 … ngày 29/7/2020")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from quarantine_desk.domain.enums import BatchKind
from quarantine_desk.domain.names import fold
from quarantine_desk.domain.values import EARLIEST_DAY

_FLIGHT = re.compile(r"(?:chuyen bay|flight|so hieu chuyen bay)\s*(?:so|no\.?|:)?\s*"
                     r"([a-z0-9]{2}\s?-?\d{2,4})\b")
_DATE_NUM = re.compile(r"ngay\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_DATE_WORDS = re.compile(r"ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})")
_DATE_ANY = re.compile(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\b")
# «CHUYẾN BAY VN5087 INCHEON – CẦN THƠ»: the route right after the flight number
_ROUTE = re.compile(r"\b[a-z0-9]{2}\s?-?\d{2,4}\s*[:(]?\s*([a-z][a-z .']{1,40}?)\s*"
                    r"(?:–|—|->|→|-|/)\s*[a-z]")
_ORIGIN = re.compile(r"\b(?:tu|from)\s+([a-z][a-z .'\-]{2,40}?)\s*"
                     r"(?:\bve\b|\bden\b|\btoi\b|\bto\b|nhap canh|-|,|\()")


@dataclass
class BatchHints:
    kind: BatchKind | None = None
    reference: str | None = None
    origin: str | None = None
    arrival_date: date | None = None
    title: str = ""


def _original_span(original: str, folded: str, start: int, end: int) -> str:
    # fold() keeps one character per character for Vietnamese text, so spans line up
    if len(original) == len(folded):
        return original[start:end]
    return folded[start:end]


def hints_from_title(lines: list[str]) -> BatchHints:
    title = " ".join(" ".join(line.split()) for line in lines if line and line.strip())
    hints = BatchHints(title=title)
    if not title:
        return hints
    folded = fold(title)
    if m := _FLIGHT.search(folded):
        hints.reference = re.sub(r"[\s\-]", "", m[1]).upper()
        hints.kind = BatchKind.FLIGHT
    for pattern in (_DATE_NUM, _DATE_WORDS, _DATE_ANY):
        if m := pattern.search(folded):
            try:
                found = date(int(m[3]), int(m[2]), int(m[1]))
                # «ngày 1/1/0001», «năm 9999»: not a day of arrival (the batch's own check
                # refuses one too far ahead when it is saved)
                if EARLIEST_DAY <= found and found.year <= 2100:
                    hints.arrival_date = found
                    break
            except ValueError:
                continue
    m = _ORIGIN.search(folded + " -") or (_ROUTE.search(folded) if hints.reference else None)
    if m:
        origin = _original_span(title, folded, m.start(1), m.end(1)).strip()
        hints.origin = origin.title() if origin.isupper() or origin.islower() else origin
    if hints.kind is None:
        if "nhap canh trai phep" in folded or "xuat nhap canh trai phep" in folded:
            hints.kind = BatchKind.ILLEGAL_ENTRY
        elif "cua khau" in folded:
            hints.kind = BatchKind.LAND_BORDER
        elif "cang bien" in folded or "tau bien" in folded:
            hints.kind = BatchKind.SEAPORT
        elif "vung dich" in folded or "tu tp ho chi minh" in folded:
            hints.kind = BatchKind.DOMESTIC
    return hints
