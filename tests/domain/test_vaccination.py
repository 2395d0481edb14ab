"""Vaccination cells as 2021 lists wrote them, and the status they give on a day."""

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quarantine_desk.domain.person_fields import read_vaccination
from quarantine_desk.domain.vaccination import (
    Thresholds,
    Vaccination,
    VaccinationUnreadable,
    normalise_vaccine,
    parse_vaccination,
    status_on,
)

ARRIVED = date(2021, 11, 20)


@pytest.mark.parametrize(("cell", "record"), [
    ("2 mũi", Vaccination(doses=2)),
    ("Đã tiêm 2 mũi Pfizer, mũi 2 ngày 01/09/2021",
     Vaccination(2, date(2021, 9, 1), "Pfizer")),
    ("1 mũi AZ", Vaccination(doses=1, vaccine="AstraZeneca")),
    ("Chưa tiêm", Vaccination(doses=0)),
    ("chua tiem", Vaccination(doses=0)),
    ("Đã khỏi bệnh 15/08/2021", Vaccination(recovered_on=date(2021, 8, 15))),
    ("11/11/2021 Astra", Vaccination(last_dose_on=date(2021, 11, 11), vaccine="AstraZeneca")),
    (datetime(2021, 9, 1), Vaccination(last_dose_on=date(2021, 9, 1))),
    (44440, Vaccination(last_dose_on=date(2021, 9, 1))),  # the same date as a serial
    ("Mũi 1: 01/07/2021 (Vero Cell); Mũi 2: 05/08/21 (Vero Cell)",
     Vaccination(2, date(2021, 8, 5), "Sinopharm")),
    ("Janssen 1 liều 10/10/2021", Vaccination(1, date(2021, 10, 10), "Janssen")),
    ("đã tiêm đủ liều Moderna", Vaccination(doses=2, vaccine="Moderna")),
    ("2", Vaccination(doses=2)),
    (2.0, Vaccination(doses=2)),
    ("Covivac 2 mũi", Vaccination(doses=2, vaccine="Covivac")),
    ("", None),
    (None, None),
])
def test_the_usual_cell_forms(cell, record):
    assert parse_vaccination(cell, ARRIVED) == record


@pytest.mark.parametrize("cell", ["ho sốt", "xyz", "9 mũi", "Đã khỏi bệnh", "12/12/2030 AZ"])
def test_what_cannot_be_read_is_said(cell):
    with pytest.raises(VaccinationUnreadable):
        parse_vaccination(cell, ARRIVED)


@pytest.mark.parametrize(("text", "name"), [
    ("Astra", "AstraZeneca"), ("AZ", "AstraZeneca"), ("AstraZeneca", "AstraZeneca"),
    ("pfizer-BioNTech", "Pfizer"), ("Comirnaty", "Pfizer"), ("moderna", "Moderna"),
    ("Vero Cell", "Sinopharm"), ("Sputnik V", "Sputnik V"), ("Sputnik Light", "Sputnik Light"),
    ("J&J", "Janssen"), ("Abdala", "Abdala"), ("Hayat-Vax", "Sinopharm"),
    ("Covivac", "Covivac"),
])
def test_vaccine_names_are_normalised(text, name):
    assert normalise_vaccine(text) == name


@pytest.mark.parametrize(("record", "on", "status"), [
    (Vaccination(2, date(2021, 9, 1), "Pfizer"), ARRIVED, "full"),
    (Vaccination(2, date(2021, 11, 10), "Pfizer"), ARRIVED, "partial"),  # under 14 days
    (Vaccination(2, date(2021, 11, 6), "Pfizer"), ARRIVED, "full"),  # 14 days exactly
    (Vaccination(2, date(2020, 11, 1), "Pfizer"), ARRIVED, "partial"),  # over 12 months
    (Vaccination(1, date(2021, 9, 1), "Janssen"), ARRIVED, "full"),  # one dose is a series
    (Vaccination(1, date(2021, 9, 1), "AstraZeneca"), ARRIVED, "partial"),
    (Vaccination(2, None, "Pfizer"), ARRIVED, "partial"),  # no date: not counted full
    (Vaccination(doses=0), ARRIVED, "none"),
    (Vaccination(recovered_on=date(2021, 8, 15)), ARRIVED, "recovered"),
    (Vaccination(recovered_on=date(2021, 4, 15)), ARRIVED, "unknown"),  # over 6 months
    (Vaccination(0, recovered_on=date(2021, 4, 15)), ARRIVED, "none"),
    (Vaccination(last_dose_on=date(2021, 9, 1)), ARRIVED, "unknown"),
    (Vaccination(), ARRIVED, "unknown"),
])
def test_the_status_on_a_day(record, on, status):
    assert status_on(record, on).value == status


def test_the_thresholds_are_data():
    record = Vaccination(2, date(2021, 11, 10), "Pfizer")
    assert status_on(record, ARRIVED, Thresholds(full_after_days=7)).value == "full"


@given(st.one_of(st.text(), st.integers(), st.floats(allow_nan=True), st.none(),
                 st.datetimes()))
def test_any_cell_never_raises_from_the_importer(cell):
    found = read_vaccination(cell, ARRIVED)
    assert found.keep or found.warning is None


@pytest.mark.parametrize("record", [
    Vaccination(2, date(2021, 9, 1), "Pfizer"), Vaccination(2, date(2021, 9, 1)),
    Vaccination(last_dose_on=date(2021, 9, 1)), Vaccination(doses=1), Vaccination(doses=0),
    Vaccination(1, vaccine="AstraZeneca"), Vaccination(recovered_on=date(2021, 8, 15)),
    Vaccination(2, date(2021, 9, 1), "Covivac"),
])
def test_what_the_forms_show_reads_back_as_the_same_record(record):
    """The person form shows the record in words; saved untouched it must not change."""
    from quarantine_desk.domain.vaccination import describe

    assert parse_vaccination(describe(record), ARRIVED) == record
