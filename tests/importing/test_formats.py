"""Every format and layout offices send, checked field by field in the database."""

from datetime import date

import pytest

from quarantine_desk.importing.reader import ImportFileError
from quarantine_desk.services.imports import BatchDetails, default_batch_details
from quarantine_desk.services.people import PersonFilter
from tests.importing.manifests import (
    HEADER,
    PEOPLE,
    write_csv,
    write_ods,
    write_xls,
    write_xlsx,
)

TODAY = date(2026, 11, 22)

EXPECTED = [
    # full_name, sex, date_of_birth, id_number, id_type, phone
    ("Nguyễn Văn Đức", "M", date(1980, 1, 2), "B1234567", "passport", "0912345678"),
    ("Trần Thị Hòa", "F", date(1992, 3, 15), "C2345678", "passport", "0987654321"),
    ("Lê Thị Thuỷ", "F", date(2015, 7, 9), "C3456789", "passport", None),
]


def do_import(services, path, **details):
    file = services.imports.read(path)
    prepared = services.imports.prepare(file, today=TODAY)
    batch = default_batch_details(prepared.analysis, TODAY)
    for k, v in details.items():
        setattr(batch, k, v)
    return prepared, services.imports.commit(prepared, batch)


def stored(services):
    rows = services.people.list(PersonFilter())
    return sorted((r.full_name, r.sex, r.date_of_birth, r.id_number, r.id_type, r.phone)
                  for r in rows)


@pytest.mark.parametrize("kind", ["xlsx", "xlsm", "xls", "ods", "csv-utf8", "csv-bom",
                                  "csv-cp1258", "csv-semicolon"])
def test_every_format_stores_the_same_people(services, tmp_path, kind):
    rows = [HEADER, *PEOPLE]
    if kind in ("xlsx", "xlsm"):
        path = write_xlsx(tmp_path / f"m.{kind}", rows)
    elif kind == "xls":
        path = write_xls(tmp_path / "m.xls", rows)
    elif kind == "ods":
        path = write_ods(tmp_path / "m.ods", rows)
    elif kind == "csv-utf8":
        path = write_csv(tmp_path / "m.csv", rows)
    elif kind == "csv-bom":
        path = write_csv(tmp_path / "m.csv", rows, encoding="utf-8-sig")
    elif kind == "csv-cp1258":
        path = write_csv(tmp_path / "m.csv", rows, encoding="cp1258")
    else:
        path = write_csv(tmp_path / "m.csv", rows, delimiter=";")
    _, result = do_import(services, path)
    assert result.imported == 3 and result.errors == []
    assert stored(services) == sorted(EXPECTED)
    [row] = services.people.list(PersonFilter(search="thuy"))
    assert row.address == "Phường An Hòa, quận Ninh Kiều, TP Cần Thơ"
    assert row.nationality == "Việt Nam"


def test_cover_sheet_title_rows_footer_and_metadata(services, tmp_path):
    path = write_xlsx(
        tmp_path / "vn5087.xlsx",
        [HEADER, *PEOPLE],
        cover=True,
        title=["DANH SÁCH HÀNH KHÁCH CHUYẾN BAY VN5087 TỪ BRUNEI VỀ CẦN THƠ",
               "Ngày 29/7/2020", ""],
        footer=[[], [None, "Tổng cộng: 3 người"], [None, "Người lập biểu"], [],
                [None, "Nguyễn Thị Lập"]],
    )
    prepared, result = do_import(services, path)
    analysis = prepared.analysis
    assert (analysis.sheet_name, analysis.header_row) == ("Danh sách", 4)
    assert analysis.hints.reference == "VN5087"
    assert analysis.hints.origin == "Brunei"
    assert analysis.hints.arrival_date == date(2020, 7, 29)
    assert result.imported == 3  # the signer under the footer is not a passenger
    [batch] = services.batches.list()
    assert (batch.kind, batch.reference, batch.origin, batch.arrival_date) == (
        "flight", "VN5087", "Brunei", date(2020, 7, 29))
    assert batch.people == 3


def test_header_deep_in_sheet_row_numbers_are_the_sheets_own(services, tmp_path):
    rows = [HEADER, *PEOPLE, [4, "Phạm Văn Lỗi", "31/02/1990", "Nam", "C9999999", None, None,
                              None, None]]
    path = write_xlsx(tmp_path / "m.xlsx", rows, blank_rows_before=12)
    _, result = do_import(services, path)
    assert [(e.row, e.column) for e in result.errors] == [(17, "C")]


def test_english_headers_surname_and_given_names(services, tmp_path):
    rows = [["No.", "Surname", "Given names", "DOB", "Gender", "Passport No.", "Nationality"],
            [1, "NGUYEN", "VAN DUC", "02-Jan-1980", "M", "b1234567", "Viet Nam"],
            [2, "TRAN", "THI HOA", "1992-03-15", "Female", "C2345678", "Viet Nam"]]
    _, result = do_import(services, write_xlsx(tmp_path / "en.xlsx", rows))
    assert result.imported == 2
    names = {r.full_name: r for r in services.people.list()}
    assert names["Nguyen Van Duc"].date_of_birth == date(1980, 1, 2)
    assert names["Tran Thi Hoa"].sex == "F"
    assert names["Nguyen Van Duc"].id_number == "B1234567"


def test_values_as_they_really_come(services, tmp_path, db):
    rows = [["TT", "HO VA TEN", "Ngày, tháng, năm sinh", "Phái", "Số hộ chiếu/CCCD", "SĐT",
             "Ghi chú"],
            [1, "NGUYỄN  VĂN   AN", 29123, "NAM", 92080001234, 912345678, "ho ngồi ghế 3A"],
            [2, "nguyễn thị bình", "1/2/85", "nữ", "092 185 001 235", "+84 987 654 321", None],
            [3, "Đặng Văn Cường", "1975", "m", 61234567, None, None],
            [4, "Hồ Thị Diệu", "1990", "F", "092 190 001 236", None, None]]
    # decomposed Unicode as some systems write it
    import unicodedata
    rows[4][1] = unicodedata.normalize("NFD", rows[4][1])
    _, result = do_import(services, write_xlsx(tmp_path / "v.xlsx", rows))
    assert result.imported == 4 and result.errors == []
    people = {r.full_name: r for r in services.people.list()}
    an = people["Nguyễn Văn An"]
    assert (an.date_of_birth, an.id_number, an.id_type, an.phone) == (
        date(1979, 9, 25), "092080001234", "cccd", "0912345678")
    binh = people["nguyễn thị bình"]
    assert (binh.date_of_birth, binh.id_number, binh.phone) == (
        date(1985, 2, 1), "092185001235", "0987654321")
    cuong = people["Đặng Văn Cường"]
    assert (cuong.date_of_birth, cuong.birth_year, cuong.id_number, cuong.id_type) == (
        None, 1975, "061234567", "cmnd")
    assert "Hồ Thị Diệu" in people  # stored NFC
    from quarantine_desk.storage.models import Person
    with db.read() as session:
        extra = session.query(Person.extra).filter(Person.full_name == "Nguyễn Văn An").scalar()
    assert extra == {"Ghi chú": "ho ngồi ghế 3A"}


def test_checks_errors_and_warnings(services, tmp_path):
    rows = [HEADER,
            [1, "", date(1980, 1, 2), "Nam", "B1111111", None, None, None, None],
            [2, "Trần Văn Già", "01/01/1890", "Nam", "B2222222", None, None, None, None],
            [3, "Lê Văn Tương Lai", "01/01/2030", "Nam", "B3333333", None, None, None, None],
            [4, "Võ Văn Lạ", "01/01/1990", "Không rõ", "B4444444", None, None, None, None],
            [5, "Phan Văn Sai", "01/01/1990", "Nam", "12-34", None, None, None, None],
            [6, "Bé Phan Thị Nhỏ", "01/01/2020", "Nữ", None, None, None, None, None],
            [7, "Mai Văn Lệch", "01/01/1990", "Nam", "092185001234", None, None, None, None]]
    _, result = do_import(services, write_xlsx(tmp_path / "c.xlsx", rows))
    errors = {(e.row, e.column): e.message for e in result.errors}
    assert set(errors) == {(2, "B"), (3, "C"), (4, "C"), (5, "D"), (6, "E")}
    assert "thiếu họ tên" in errors[(2, "B")]
    assert "tuổi trên 120" in errors[(3, "C")]
    assert "tương lai" in errors[(4, "C")]
    assert "giới tính" in errors[(5, "D")]
    assert "không đúng dạng" in errors[(6, "E")]
    warnings = {(w.row, w.column): w.message for w in result.warnings}
    assert "thiếu số giấy tờ" in warnings[(7, "E")]
    lech = [w.message for w in result.warnings if w.row == 8]
    assert any("giới tính nữ" in m for m in lech) and any("năm sinh 1985" in m for m in lech)
    assert result.imported == 2  # the child without a document, and the CCCD mismatch


def test_duplicates_in_file_and_in_database_and_second_import(services, tmp_path):
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, *PEOPLE])
    _, result = do_import(services, first)
    assert result.imported == 3
    _, again = do_import(services, first)
    assert (again.imported, again.duplicates, again.batch_id) == (0, 3, result.batch_id)
    assert "đã được nhập" in again.warnings[0].message
    assert len(services.people.list()) == 3

    # another file: one already known by document, one repeated inside the file, one fuzzy
    rows = [HEADER,
            [1, "Nguyễn Văn Đức", date(1980, 1, 2), "Nam", "B1234567", None, None, None, None],
            [2, "Võ Văn Mới", date(1970, 5, 5), "Nam", "C5555555", None, None, None, None],
            [3, "VO VAN MOI", date(1970, 5, 5), "Nam", "C5555555", None, None, None, None],
            [4, "Tran Thi Hoa", date(1992, 3, 15), "Nữ", None, None, None, None, None]]
    _, second = do_import(services, write_xlsx(tmp_path / "b.xlsx", rows))
    assert (second.imported, second.duplicates) == (2, 2)
    fuzzy = [w for w in second.warnings if w.row == 5 and w.person_id is not None]
    hoa = next(r for r in services.people.list() if r.full_name == "Trần Thị Hòa")
    assert fuzzy and fuzzy[0].person_id == hoa.id
    assert len(services.people.list()) == 5


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.xlsx", "rỗng"),
        (b"hello, this is a letter, not a list\n", "letter.pdf", "không phải bảng tính"),
        (b"PK\x03\x04" + b"\x00" * 200, "truncated.xlsx", "hỏng"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "photo.xlsx", "hỏng"),
    ],
)
def test_unreadable_files_one_sentence_nothing_written(services, tmp_path, content, name,
                                                       message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=message):
        services.imports.prepare(services.imports.read(path), today=TODAY)
    assert services.batches.list() == []


def test_truncated_real_workbook(services, tmp_path):
    full = write_xlsx(tmp_path / "full.xlsx", [HEADER, *PEOPLE]).read_bytes()
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(full[: len(full) // 2])
    with pytest.raises(ImportFileError, match="hỏng|cắt cụt"):
        services.imports.read(cut)


def test_encrypted_workbook(services, tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = write_xlsx(tmp_path / "plain.xlsx", [HEADER, *PEOPLE])
    locked = tmp_path / "locked.xlsx"
    with plain.open("rb") as src, locked.open("wb") as dst:
        OOXMLFile(src).encrypt("matkhau", dst)
    with pytest.raises(ImportFileError, match="mật khẩu"):
        services.imports.read(locked)


def test_headers_only_and_no_header(services, tmp_path):
    only = write_xlsx(tmp_path / "h.xlsx", [HEADER])
    with pytest.raises(ImportFileError, match="chỉ có dòng tiêu đề"):
        services.imports.prepare(services.imports.read(only), today=TODAY)
    nothing = write_xlsx(tmp_path / "n.xlsx", [["Báo cáo tháng"], ["Không có danh sách"]])
    with pytest.raises(ImportFileError, match="Không tìm thấy dòng tiêu đề"):
        services.imports.prepare(services.imports.read(nothing), today=TODAY)


def test_dry_run_writes_nothing(services, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", [HEADER, *PEOPLE])
    prepared = services.imports.prepare(services.imports.read(path), today=TODAY)
    result = services.imports.commit(prepared, BatchDetails(arrival_date=TODAY), dry_run=True)
    assert result.imported == 3 and result.batch_id is None
    assert services.people.list() == [] and services.batches.list() == []


def test_remembered_mapping_for_same_headers(services, tmp_path):
    from quarantine_desk.importing.headers import Field

    rows = [["Họ và tên", "Ngày sinh", "Mã vé"], ["Nguyễn Văn A", "01/01/1990", "X1"]]
    path = write_xlsx(tmp_path / "a.xlsx", rows)
    prepared = services.imports.prepare(services.imports.read(path), today=TODAY)
    assert prepared.analysis.mapping[2] == Field.EXTRA
    draft = services.imports.draft(services.imports.read(path), columns={2: Field.IGNORE})
    confirmed = services.imports.prepare(draft, today=TODAY)
    services.imports.remember_mapping(confirmed.analysis)
    other = write_xlsx(tmp_path / "b.xlsx", [rows[0], ["Lê Thị B", "02/02/1991", "Y2"]])
    again = services.imports.prepare(services.imports.read(other), today=TODAY)
    assert again.analysis.mapping_from_memory
    assert again.analysis.mapping[2] == Field.IGNORE
    assert again.analysis.rows[0].extra is None


def test_mapping_remembered_when_a_header_cell_is_blank(services, tmp_path):
    """The memory key is made from the header cells as written, so a blank one (shown as
    «Cột C») matches again, whatever the interface language."""
    from quarantine_desk.i18n import use_language
    from quarantine_desk.importing.headers import Field

    header = ["Họ và tên", "Ngày sinh", None, "Giới tính"]
    first = write_xlsx(tmp_path / "a.xlsx", [header, ["Nguyễn Văn A", "01/01/1990", "x", "Nam"]])
    draft = services.imports.draft(services.imports.read(first), columns={2: Field.IGNORE})
    analysed = services.imports.prepare(draft, today=TODAY).analysis
    assert analysed.headers[2] == "Cột C"
    services.imports.remember_mapping(analysed)
    second = write_xlsx(tmp_path / "b.xlsx", [header, ["Lê Thị B", "02/02/1991", "y", "Nữ"]])
    try:
        use_language("en")
        again = services.imports.draft(services.imports.read(second))
    finally:
        use_language("vi")
    assert again.mapping_from_memory and again.mapping[2] == Field.IGNORE


def test_analysis_keeps_the_layout_it_is_given(services, tmp_path):
    """A header row named by the operator is used as it is, not detected again."""
    from quarantine_desk.importing.headers import Field

    rows = [["Col1", "Col2"], ["Nguyễn Văn A", "01/01/1990"]]
    file = services.imports.read(write_xlsx(tmp_path / "c.xlsx", rows))
    assert not services.imports.draft(file).found
    with pytest.raises(ImportFileError, match="Không tìm thấy dòng tiêu đề"):
        services.imports.prepare(file, today=TODAY)
    draft = services.imports.draft(file, header_row_index=0,
                                   columns={0: Field.FULL_NAME, 1: Field.DATE_OF_BIRTH})
    [row] = services.imports.prepare(draft, today=TODAY).analysis.rows
    assert (row.full_name, row.date_of_birth) == ("Nguyễn Văn A", date(1990, 1, 1))
