"""«Sổ đăng ký văn bản đi»: the number of every paper that goes out, and its record.

Decree 30/2020/NĐ-CP numbers a unit's documents from 01 each year; the number is written
«số/loại-đơn vị» (05/BC-BCĐ, numbers below 10 with a leading zero). Here each kind of
paper has its own sequence for the year and the issuing unit's abbreviation (a list and
a report of the same unit do not share one), and the register keeps the date, the kind
and summary, the signer, the recipients and the number of copies.

Reprinting the same paper (same kind, facility, batch or person and date) keeps its
number. A number typed by hand is used as it is, once per year.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.reports.rows import Issuer
from quarantine_desk.services.access import Actor, Service
from quarantine_desk.services.errors import FieldError
from quarantine_desk.services.paper_kinds import KIND_CODES
from quarantine_desk.storage.models import Facility, OutgoingPaper

# the kind of each paper as Decree 30 abbreviates it: services/paper_kinds.py
KIND_NAMES = {
    "DS": QT_TR_NOOP("Danh sách"),
    "BC": QT_TR_NOOP("Báo cáo"),
    "BB": QT_TR_NOOP("Biên bản"),
}
NUMBER_LIMIT = 64


@dataclass(frozen=True)
class RegisterRow:
    number: str
    kind: str  # the paper: daily-list, summary…
    kind_name: str  # Danh sách, Báo cáo, Biên bản (interface language)
    date: date
    summary: str
    signer: str
    recipients: str
    copies: int
    printed: int
    facility: str | None
    created_by: str


def subject_of(kind: str, on: date, facility_id: int | None, about: int | None) -> str:
    """What makes a paper the same paper when it is printed again."""
    return f"{kind}|{facility_id or '*'}|{about or '-'}|{on.isoformat()}"


def _short(issuer: Issuer) -> str:
    return " ".join(issuer.unit_short.split()) or "VP"


def next_number(session: Session, kind: str, year: int, issuer: Issuer) -> tuple[int, str]:
    """The next number of this kind of paper for the year and the issuing unit."""
    code, short = KIND_CODES[kind], _short(issuer)
    last = session.scalar(select(func.max(OutgoingPaper.seq)).where(
        OutgoingPaper.year == year, OutgoingPaper.kind_code == code,
        OutgoingPaper.unit_short == short)) or 0
    seq = last + 1
    while True:  # a number typed by hand may already have taken this one
        number = f"{seq:02d}/{code}-{short}"
        taken = session.scalar(select(OutgoingPaper.id).where(
            OutgoingPaper.year == year, OutgoingPaper.number == number))
        if taken is None:
            return seq, number
        seq += 1


def clean_number(text: str) -> str:
    """A number typed by the clerk, as it will be printed, or FieldError saying why not."""
    number = " ".join(text.split())
    if not number:
        raise FieldError("number", tr("Số văn bản không được để trống."))
    if len(number) > NUMBER_LIMIT or any(not ch.isprintable() for ch in number):
        raise FieldError("number", tr("Số văn bản dài quá {n} ký tự hoặc có ký tự lạ.",
                                      n=NUMBER_LIMIT))
    return number


def number_for(session: Session, kind: str, on: date, issuer: Issuer, subject: str,
               typed: str | None) -> tuple[OutgoingPaper | None, int | None, str]:
    """(the paper's entry if it was made before, seq, number) of the paper about to print."""
    known = session.scalar(select(OutgoingPaper).where(OutgoingPaper.subject == subject))
    if typed is not None:
        number = clean_number(typed)
        if known is not None and known.number == number:
            return known, known.seq, number
        other = session.scalar(select(OutgoingPaper.subject).where(
            OutgoingPaper.year == on.year, OutgoingPaper.number == number))
        if other is not None and other != subject:
            raise FieldError("number", tr(
                "Số {number} đã cấp cho văn bản khác trong năm {year}.", number=number,
                year=on.year))
        match = re.fullmatch(rf"0*(\d+)/{re.escape(KIND_CODES[kind])}-{re.escape(_short(issuer))}",
                             number)
        return known, int(match.group(1)) if match else None, number
    if known is not None:
        return known, known.seq, known.number
    seq, number = next_number(session, kind, on.year, issuer)
    return None, seq, number


def record_paper(session: Session, actor: Actor, kind: str, on: date, issuer: Issuer,
                 subject: str, number: tuple[OutgoingPaper | None, int | None, str],
                 summary: str, path: str | Path, facility_id: int | None) -> OutgoingPaper:
    """Write (or, for a reprint, update) the paper's line in the register."""
    known, seq, text = number
    recipients = [r.strip() for r in issuer.recipients.split(";") if r.strip()]
    signer = " ".join(p for p in (issuer.signer_title, issuer.signer_name) if p)
    if known is None:
        known = OutgoingPaper(
            year=on.year, subject=subject, kind=kind, kind_code=KIND_CODES[kind],
            unit_short=_short(issuer), created_at=datetime.now(), created_by=actor.username,
            printed=0)
        session.add(known)
    known.number, known.seq, known.issued_on = text, seq, on
    known.summary, known.signer = summary, signer
    known.recipients = "; ".join(recipients + [f"Lưu: {issuer.archive}"])
    known.copies = len(recipients) + 1
    known.file_name = Path(path).name[:255]
    known.facility_id = facility_id
    known.printed = (known.printed or 0) + 1
    session.flush()
    return known


class RegisterService(Service):
    def list(self, year: int | None = None, kind: str | None = None) -> list[RegisterRow]:
        """The register, the latest entry first; an operator sees the papers of their facilities and
        the office's own."""
        with self.db.read() as session:
            query = (select(OutgoingPaper, Facility.code)
                     .outerjoin(Facility, Facility.id == OutgoingPaper.facility_id)
                     .order_by(OutgoingPaper.year.desc(), OutgoingPaper.id.desc()))
            if year is not None:
                query = query.where(OutgoingPaper.year == year)
            if kind:
                query = query.where((OutgoingPaper.kind == kind)
                                    | (OutgoingPaper.kind_code == kind.upper()))
            return [RegisterRow(p.number, p.kind, tr(KIND_NAMES[p.kind_code]), p.issued_on,
                                p.summary, p.signer, p.recipients, p.copies, p.printed, code,
                                p.created_by)
                    for p, code in session.execute(query)
                    if p.facility_id is None or self.access.sees_facility(p.facility_id)]

    def years(self) -> builtins.list[int]:
        with self.db.read() as session:
            return list(session.scalars(select(OutgoingPaper.year).distinct()
                                        .order_by(OutgoingPaper.year.desc())))
