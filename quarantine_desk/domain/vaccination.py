"""Vaccination and recovery: what a list's cell says, and the status it gives on a day.

The record is what was written (doses, the last dose's date, the vaccine, the day of recovery
from COVID-19); the status (full, partial, none, recovered, unknown) is derived on a given
day, never typed, with the thresholds as data (`Thresholds`, editable in the settings).

Doses a vaccine needs for its primary series: WHO Emergency Use Listing, 2021 (Janssen and
Sputnik Light one dose, Abdala three, the others two). A vaccine not in the table is kept
as written and counted as needing two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from quarantine_desk.domain.enums import VACCINATION_STATUS_LABELS, VaccinationStatus
from quarantine_desk.domain.names import fold
from quarantine_desk.domain.values import day_of_cell
from quarantine_desk.i18n import tr

# the statuses and their words live with the other enumerations (policy groups use them)
STATUS_LABELS = VACCINATION_STATUS_LABELS

# name as printed, doses of the primary series, the words lists write for it (folded)
VACCINES: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("AstraZeneca", 2, ("astrazeneca", "astra zeneca", "astra", "az", "vaxzevria",
                        "covishield")),
    ("Pfizer", 2, ("pfizer", "biontech", "comirnaty", "pfizer-biontech")),
    ("Moderna", 2, ("moderna", "spikevax")),
    ("Sinopharm", 2, ("sinopharm", "vero cell", "verocell", "bibp", "hayat")),
    ("Sinovac", 2, ("sinovac", "coronavac")),
    ("Sputnik Light", 1, ("sputnik light",)),
    ("Sputnik V", 2, ("sputnik", "gam-covid-vac")),
    ("Janssen", 1, ("janssen", "johnson & johnson", "johnson and johnson", "johnson", "j&j",
                    "jnj")),
    ("Abdala", 3, ("abdala",)),
    ("Covaxin", 2, ("covaxin",)),
    ("Novavax", 2, ("novavax", "nuvaxovid")),
)
_VACCINE_WORDS = sorted(((w, name) for name, _, words in VACCINES for w in words),
                        key=lambda pair: -len(pair[0]))
_DOSES_NEEDED = {name: doses for name, doses, _ in VACCINES}


@dataclass(frozen=True)
class Thresholds:
    """When doses count: policy data, each figure editable in the settings.

    A series counts full_after_days after its last dose and for full_for_months; a recovery
    counts for recovered_for_months. The figures are those the office's request (issue 27)
    gives for the 2021 rules; the documents that set them were not at hand to confirm."""

    full_after_days: int = 14
    full_for_months: int = 12
    recovered_for_months: int = 6


@dataclass(frozen=True)
class Vaccination:
    doses: int | None = None
    last_dose_on: date | None = None
    vaccine: str | None = None
    recovered_on: date | None = None

    @property
    def empty(self) -> bool:
        return self == Vaccination()


def _known_vaccine(folded: str) -> str | None:
    for word, name in _VACCINE_WORDS:
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", folded):
            return name
    return None


def normalise_vaccine(text: str | None) -> str | None:
    """«Astra», «AZ», «AstraZeneca» → AstraZeneca; a name not known is kept as written."""
    if text is None or not text.strip():
        return None
    return _known_vaccine(fold(text)) or text.strip()[:64]


def doses_needed(vaccine: str | None) -> int:
    return _DOSES_NEEDED.get(vaccine or "", 2)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def status_on(record: Vaccination, day: date,
              thresholds: Thresholds = Thresholds()) -> VaccinationStatus:
    """The status on `day`: recovered (within its months), full (the doses the vaccine
    needs, the last at least full_after_days and at most full_for_months before), partial
    (some doses), none (none), unknown (nothing written)."""
    if record.recovered_on is not None and record.recovered_on <= day < _add_months(
            record.recovered_on, thresholds.recovered_for_months):
        return VaccinationStatus.RECOVERED
    if record.doses is None:
        return VaccinationStatus.UNKNOWN
    if record.doses == 0:
        return VaccinationStatus.NONE
    if record.doses >= doses_needed(record.vaccine) and record.last_dose_on is not None:
        counts_from = record.last_dose_on + timedelta(days=thresholds.full_after_days)
        until = _add_months(record.last_dose_on, thresholds.full_for_months)
        if counts_from <= day <= until:
            return VaccinationStatus.FULL
    return VaccinationStatus.PARTIAL


# -- reading a list's cell ----------------------------------------------------------------

class VaccinationUnreadable(ValueError):
    """The cell says something about vaccination that cannot be read; the text is kept."""


_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_COUNT = re.compile(r"(?<!\d)(\d)\s*(?:mui|lieu|dose|doses|shot|shots|lan)\b")
_DOSE_NO = re.compile(r"\b(?:mui|lieu|dose)\s*(?:thu\s*)?(\d)\b")
_NONE = re.compile(r"^(?:chua tiem|chua|khong tiem|khong|0|0 mui|chua tiem vac\s*xin|"
                   r"not vaccinated|unvaccinated|none|no)\b")
_RECOVERED = re.compile(r"khoi benh|da khoi|da mac|f0 cu|recovered|hoi phuc")
_FULL = re.compile(r"\b(?:du lieu|du mui|tiem du|fully)\b")
_WORDS = re.compile(r"[a-z]+")
_KNOWN_WORDS = {"da", "tiem", "mui", "lieu", "ngay", "thu", "vaccine", "vac", "xin", "vacxin",
                "vaccin", "covid", "du", "va", "luc", "dose", "doses", "shot", "shots",
                "fully", "vaccinated", "lan", "nam", "thang", "vx", "loai", "cuoi", "last",
                "first", "second", "dau", "hai", "mot", "ba", "of", "on", "and"}


def _to_date(d: int, m: int, y: int) -> date | None:
    if y < 100:
        y += 2000
    try:
        found = date(y, m, d)
    except ValueError:
        return None
    return found if date(2020, 1, 1) <= found else None


def parse_vaccination(value: object, today: date) -> Vaccination | None:
    """The record a cell gives, or None for a blank. Raises VaccinationUnreadable with a
    message for a cell that says something this cannot read (the caller keeps the text)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    day = day_of_cell(value, text=False)
    if day is not None:  # a bare date: a dose on that day, how many not said
        if day > today:
            raise VaccinationUnreadable(tr("ngày tiêm {d:%d/%m/%Y} ở tương lai", d=day))
        return Vaccination(last_dose_on=day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and 0 <= value <= 5:
            return Vaccination(doses=int(value))
        raise VaccinationUnreadable(tr("số mũi tiêm «{value}» không hợp lệ", value=value))
    text = str(value).strip()
    folded = fold(text).replace("\n", " ")
    days = [d for d in (_to_date(int(a), int(b), int(c)) for a, b, c in _DATE.findall(folded))
            if d is not None]
    days += [d for d in (_to_date(int(c), int(b), int(a)) for a, b, c in _ISO.findall(folded))
             if d is not None]
    if any(d > today for d in days):
        raise VaccinationUnreadable(tr("ngày «{value}» ở tương lai", value=text))
    if _RECOVERED.search(folded):
        if not days:
            raise VaccinationUnreadable(tr("đã khỏi bệnh nhưng thiếu ngày khỏi bệnh"))
        # «Đã khỏi bệnh 15/08/2021»: the (last) date written is the recovery's
        return Vaccination(recovered_on=max(days))
    if _NONE.match(folded):
        return Vaccination(doses=0)
    if folded.isdigit():
        if int(folded) <= 5:
            return Vaccination(doses=int(folded))
        raise VaccinationUnreadable(tr("số mũi tiêm «{value}» không hợp lệ", value=text))
    vaccine = _vaccine_part(folded)
    counts = [int(n) for n in _COUNT.findall(folded)] + [int(n) for n in
                                                        _DOSE_NO.findall(folded)]
    doses: int | None = max(counts) if counts else None
    if doses is None and _FULL.search(folded):
        doses = doses_needed(vaccine)
    if doses is None and not days and (vaccine is None or _known_vaccine(folded) is None):
        raise VaccinationUnreadable(tr("không đọc được thông tin tiêm chủng «{value}»",
                                       value=text))
    if doses is not None and doses > 5:
        raise VaccinationUnreadable(tr("số mũi tiêm «{value}» không hợp lệ", value=text))
    return Vaccination(doses=doses, last_dose_on=max(days) if days else None, vaccine=vaccine)


def _vaccine_part(folded: str) -> str | None:
    """The vaccine a cell names: a known one, or what is left once dates, counts and the
    usual words are taken out («Vero Cell» → Sinopharm; «Covivac» kept)."""
    known = _known_vaccine(folded)
    if known is not None:
        return known
    rest = [w for w in _WORDS.findall(_DATE.sub(" ", folded)) if w not in _KNOWN_WORDS]
    return " ".join(rest).title()[:64] if rest else None


def incomplete(record: Vaccination) -> str | None:
    """What a read record lacks to give a status, for a warning on its row."""
    if record.recovered_on is not None or record.doses == 0:
        return None
    if record.doses is None:
        return tr("không rõ số mũi đã tiêm: tình trạng tiêm chủng để «chưa rõ»")
    if record.doses >= doses_needed(record.vaccine) and record.last_dose_on is None:
        return tr("thiếu ngày tiêm mũi cuối: chưa tính là đã tiêm đủ liều")
    return None


def describe(record: Vaccination) -> str:
    """One line for a list or a preview: «2 mũi Pfizer, mũi cuối 01/09/2021»."""
    parts = []
    if record.doses is not None:
        parts.append(tr("chưa tiêm") if record.doses == 0 else
                     tr("{n} mũi", n=record.doses))
    if record.vaccine:
        parts.append(record.vaccine)
    if record.last_dose_on:
        parts.append(tr("mũi cuối {d:%d/%m/%Y}", d=record.last_dose_on))
    if record.recovered_on:
        parts.append(tr("khỏi bệnh {d:%d/%m/%Y}", d=record.recovered_on))
    return ", ".join(parts)
