"""What a list's title rows say of its batch: the flight, where it came from, the day."""

from datetime import date

import pytest

from quarantine_desk.importing.metadata import hints_from_title


@pytest.mark.parametrize(("title", "reference", "origin", "day"), [
    ("DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 INCHEON – CẦN THƠ", "VN5087", "Incheon", None),
    ("DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 TỪ BRUNEI VỀ CẦN THƠ", "VN5087", "Brunei", None),
    ("Chuyến bay VJ 981 Tokyo - Cần Thơ ngày 2/12/2021", "VJ981", "Tokyo", date(2021, 12, 2)),
    ("Chuyến bay QH9412 (Đài Bắc - Cần Thơ)", "QH9412", "Đài Bắc", None),
    ("CHUYẾN BAY VN5087", "VN5087", None, None),
])
def test_the_route_after_the_flight_number_gives_the_origin(title, reference, origin, day):
    hints = hints_from_title([title])
    assert (hints.reference, hints.origin, hints.arrival_date) == (reference, origin, day)
