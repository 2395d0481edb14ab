"""Files made to hurt get one sentence and leave the desk running and the database as it was."""

import json

import pytest

from quarantine_desk.app import main
from quarantine_desk.importing.reader import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_ROWS,
    ImportFileError,
    read_file,
)
from quarantine_desk.services.people import PersonFilter
from tests.importing.hostile import (
    HEADER_ROW,
    cell,
    corner_bomb,
    declare_unpacked_size,
    row,
    write_sheet,
)
from tests.importing.manifests import write_csv


def refused(path) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_cell_at_the_last_corner_of_a_sheet_is_refused_not_fatal(tmp_path):
    # python-calamine lays out rows x columns up to XFD1048576 (550 GB) and aborts the process
    path = corner_bomb(tmp_path / "goc.xlsx")
    assert path.stat().st_size < 2000
    assert "XFD1048576" in refused(path)


def test_the_command_line_says_one_line_and_imports_nobody(capsys, tmp_path, db_path):
    path = corner_bomb(tmp_path / "goc.xlsx")
    code = main(["--db", str(db_path), "import", str(path), "--arrival-date", "2026-11-20"])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.count("\n") == 1 and "goc.xlsx" in err and "panicked" not in err + out
    code = main(["--db", str(db_path), "batch", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def test_a_declared_dimension_alone_does_not_refuse_a_small_sheet(tmp_path):
    # some programs write the sheet's whole extent as its dimension; only cells count
    path = write_sheet(tmp_path / "rong.xlsx", [HEADER_ROW, row(2, [cell("A2", "An")])],
                       "A1:XFD1048576")
    assert read_file(path).sheets[0].rows == [["Họ và tên", "Giới tính"], ["An", ""]]


def test_a_zip_that_unpacks_past_the_limit_is_refused_before_reading(tmp_path):
    path = write_sheet(tmp_path / "phinh.xlsx", [HEADER_ROW])
    declare_unpacked_size(path, 3_000_000_000)
    assert "giải nén ra 2861 MB, quá giới hạn 512 MB" in refused(path)


def test_rows_past_the_limit_are_refused(tmp_path):
    rows = (row(r, [f'<c r="A{r}"><v>{r}</v></c>']) for r in range(2, MAX_ROWS + 3))
    path = write_sheet(tmp_path / "dai.xlsx", [HEADER_ROW, *rows], zip64=False)
    assert refused(path) == (
        f"Trang Sheet1 của dai.xlsx có {MAX_ROWS + 2} hàng, quá giới hạn {MAX_ROWS} hàng "
        "của một danh sách; hãy chia tệp ra.")


def test_columns_past_the_limit_are_refused(tmp_path):
    wide = write_csv(tmp_path / "rong.csv", [["Họ và tên", *(f"c{i}" for i in range(MAX_COLUMNS))]])
    assert f"có {MAX_COLUMNS + 1} cột, quá giới hạn {MAX_COLUMNS} cột" in refused(wide)
    path = write_sheet(tmp_path / "rong.xlsx", [HEADER_ROW, row(2, [cell("ALN2", "x")])])
    assert f"có {MAX_COLUMNS + 2} cột" in refused(path)  # ALN is column 1,002


@pytest.mark.parametrize("chars", [MAX_CELL_CHARS + 1, 200_000])
def test_a_cell_longer_than_excel_allows_is_refused(tmp_path, chars):
    long_name = "A" * chars
    path = write_sheet(tmp_path / "o.xlsx", [HEADER_ROW, row(2, [cell("A2", long_name)])])
    expected = f"dài hơn {MAX_CELL_CHARS} ký tự"
    assert expected in refused(path)
    assert expected in refused(write_csv(tmp_path / "o.csv", [["Họ và tên"], [long_name]]))


def test_a_cell_at_the_limit_is_read(tmp_path):
    path = write_sheet(tmp_path / "o.xlsx", [HEADER_ROW,
                                              row(2, [cell("A2", "A" * MAX_CELL_CHARS)])])
    assert len(read_file(path).sheets[0].rows[1][0]) == MAX_CELL_CHARS


def test_a_file_of_errors_only_leaves_no_empty_batch(capsys, tmp_path, db_path, db):
    path = write_csv(tmp_path / "loi.csv", [["Họ và tên", "Ngày sinh"],
                                            ["Phạm Văn Lỗi", "31/02/1990"],
                                            ["", "01/01/1990"]])
    code = main(["--db", str(db_path), "import", str(path), "--arrival-date", "2026-11-20",
                 "--json"])
    result = json.loads(capsys.readouterr().out)
    assert (result["imported"], result["batch_id"]) == (0, None)
    assert result["errors"]
    main(["--db", str(db_path), "batch", "list", "--json"])
    assert json.loads(capsys.readouterr().out) == []
    assert code in (0, 1)


def test_the_database_is_unchanged_after_a_refused_file(services, tmp_path):
    before = services.people.list(PersonFilter())
    with pytest.raises(ImportFileError):
        services.imports.read(corner_bomb(tmp_path / "goc.xlsx"))
    assert services.people.list(PersonFilter()) == before
