"""Text from a file is stored clean on SQLite and PostgreSQL alike."""

from datetime import date

from quarantine_desk.services.imports import default_batch_details
from quarantine_desk.services.people import PersonFilter
from tests.importing.hostile import cell, row, write_sheet


def test_invisible_characters_leave_names_and_text_clean(services, tmp_path):
    """Zero-width, direction and control characters (a workbook writes NUL as _x0000_;
    PostgreSQL refused the whole import for one) are dropped; a name of nothing else is
    an error of its row."""
    header = row(1, [cell("A1", "Họ và tên"), cell("B1", "Giới tính"), cell("C1", "Địa chỉ")])
    lines = [("Nguyễn\u200b Văn\u202e Đức", "Nam", "Số 5_x0000_ Ninh_x001B_ Kiều"),
             ("\u200b\u200d\u2066", "Nữ", "Phong Điền"),
             ("_x0000__x001B_", "Nữ", "Phong Điền")]
    path = write_sheet(tmp_path / "m.xlsx", [header, *(
        row(r, [cell(f"A{r}", a), cell(f"B{r}", b), cell(f"C{r}", c)])
        for r, (a, b, c) in enumerate(lines, start=2))])
    prepared = services.imports.prepare(services.imports.read(path), today=date(2026, 12, 2))
    assert sorted((i.row, i.message) for i in prepared.analysis.errors) == [
        (3, "Họ và tên: họ tên chỉ có ký tự vô hình"),
        (4, "Họ và tên: họ tên chỉ có ký tự vô hình")]
    services.imports.commit(prepared, default_batch_details(prepared.analysis,
                                                            date(2026, 12, 2)))
    [person] = services.people.list(PersonFilter())
    assert (person.full_name, person.address) == ("Nguyễn Văn Đức", "Số 5 Ninh Kiều")


def test_text_longer_than_its_column_is_refused_alike_on_both_databases(services):
    """SQLite stored it and PostgreSQL failed with «value too long»: now both refuse it in
    one sentence and write nothing."""
    import pytest

    from quarantine_desk.services.errors import ServiceError

    with pytest.raises(ServiceError) as refused:
        services.facilities.add(code="QS", name="Trường Quân sự", kind="military", beds=4,
                                unit="Bộ Chỉ huy " * 25)
    assert str(refused.value) == ("Giá trị «facility.managing_unit» dài 274 ký tự, quá giới "
                                  "hạn 200 ký tự; không có gì được ghi.")
    assert services.facilities.list() == []
