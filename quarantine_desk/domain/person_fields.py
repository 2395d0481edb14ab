"""The fields of a person's record, in one table.

Each row says what the field is called (its label, the header names lists give it, in
Vietnamese with and without diacritics and in English), how a cell or a typed value is read,
whether the desk may edit it (and by which option of `person add/edit`), the heading the
Excel export gives it and whether the window's people table shows it. The import mapping and
its labels, `import --fields`, the options of `person add/edit`, the person form, the desk
registration's columns, the people table's and the export's columns of these fields are
built from it.

The fields the importer reads with its own code (names, sex, birth, documents, household:
they depend on each other and on the whole file) have no `read` here; every other field is
read by its `read` function, which returns the person columns it fills and, when the value
could not be read, a warning and the text kept in the row's other information. Adding such a
field: a row here, its column in storage/models.py and a migration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from quarantine_desk.domain.names import fold, normalize_name
from quarantine_desk.domain.vaccination import (
    VaccinationUnreadable,
    incomplete,
    parse_vaccination,
)
from quarantine_desk.domain.values import DAYS_AHEAD, cell_text, day_of_cell
from quarantine_desk.i18n import QT_TR_NOOP, tr

ADDRESS_LIMIT = 300  # Person.address and Person.current_address


@dataclass(frozen=True)
class Read:
    """What one cell gave: person columns, and a warning when it could not all be read (the
    cell's text is then kept in the row's other information, so nothing is lost)."""

    values: dict[str, Any]
    warning: str | None = None
    keep: bool = False


Reader = Callable[[Any, date], Read]


@dataclass(frozen=True)
class PersonField:
    key: str  # the import field's name (--column LETTER=key) and the JSON key
    label: str  # QT_TR_NOOP: translated where shown
    headers: tuple[str, ...] = ()  # header names lists use; folded when matched
    read: Reader | None = None  # None: the importer's own code reads it
    columns: tuple[str, ...] = ()  # the person columns `read` fills
    option: str | None = None  # `person add/edit --option`, read by `read` from typed text
    exported: str | None = None  # its heading in the people export
    shown: bool = False  # a column of the window's people table, after the usual ones
    # words that name this field only when they are the whole header («nhóm» is not
    # «nhóm máu»)
    whole_only: tuple[str, ...] = field(default=())


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(column: str, limit: int) -> Reader:
    def read(value: Any, _today: date) -> Read:
        if _blank(value):
            return Read({column: None})
        text = normalize_name(value if isinstance(value, str) else cell_text(value))
        if len(text) > limit:  # said, never cut unseen
            return Read({column: text[:limit]}, tr(
                "dài {n} ký tự, quá {limit}: chỉ giữ {limit} ký tự đầu; hãy xem lại ô này",
                n=len(text), limit=limit))
        return Read({column: text or None})
    return read


_VACCINATION_COLUMNS = ("vaccine_doses", "last_dose_on", "vaccine", "recovered_on")


def read_vaccination(value: Any, today: date) -> Read:
    """«2 mũi», «Đã tiêm 2 mũi Pfizer, mũi 2 ngày 01/09/2021», «1 mũi AZ», «Chưa tiêm»,
    «Đã khỏi bệnh 15/08/2021», a bare date, a blank (domain/vaccination.py)."""
    empty = dict.fromkeys(_VACCINATION_COLUMNS)
    try:
        record = parse_vaccination(value, today)
    except VaccinationUnreadable as exc:
        return Read(empty, tr("{exc}; giữ nguyên trong thông tin thêm", exc=exc), keep=True)
    if record is None:
        return Read(empty)
    values = {"vaccine_doses": record.doses, "last_dose_on": record.last_dose_on,
              "vaccine": record.vaccine, "recovered_on": record.recovered_on}
    note = incomplete(record)
    return Read(values, note, keep=note is not None)


def read_day(column: str, what: str) -> Reader:
    """A day of arrival: a date cell, a serial, «03/12/2021», «3/12/21», «2021-12-03»."""
    def read(value: Any, today: date) -> Read:
        if _blank(value):
            return Read({column: None})
        found = day_of_cell(value)
        # from EARLIEST_DAY (day_of_cell) to as far ahead as an arrival may be announced
        if found is None or found > today + timedelta(days=DAYS_AHEAD):
            shown = cell_text(value)
            return Read({column: None}, tr("{what} «{value}» không đọc được; giữ nguyên trong "
                                            "thông tin thêm", what=tr(what), value=shown),
                        keep=True)
        return Read({column: found})
    return read


_NO_SYMPTOMS = {"khong", "khong co", "binh thuong", "khong trieu chung", "none", "no", "-",
                "khoe", "khoe manh", "0"}


def read_symptoms(value: Any, today: date) -> Read:
    """«ho, sốt, đau họng», «khó thở»; «không», «bình thường» are no symptoms."""
    found = _text("arrival_symptoms", 300)(value, today)
    text = found.values["arrival_symptoms"]
    if text is not None and fold(text) in _NO_SYMPTOMS:
        return Read({"arrival_symptoms": None})
    return found


FIELDS: tuple[PersonField, ...] = (
    PersonField("seq", QT_TR_NOOP("Số thứ tự (bỏ qua)"),
                ("stt", "tt", "no", "so tt", "số thứ tự", "s/n", "#")),
    PersonField("full_name", QT_TR_NOOP("Họ và tên"), (
        "họ và tên", "ho ten", "ho & ten", "ho và ten", "full name", "name", "fullname",
        "ten hanh khach", "passenger name", "passenger", "ho va ten hanh khach",
        "ho va ten cong dan", "ho ten cong dan", "ten nguoi", "ho va ten nguoi cach ly",
        "passenger's name"), exported="Họ và tên"),
    PersonField("surname", QT_TR_NOOP("Họ"), ("surname", "last name", "family name", "ho")),
    PersonField("given_names", QT_TR_NOOP("Tên đệm và tên"), (
        "given names", "given name", "first name", "first names", "first and middle name",
        "ten dem va ten", "ten", "forename")),
    PersonField("sex", QT_TR_NOOP("Giới tính"), (
        "giới tính", "gioi", "gender", "sex", "phai", "nam/nu", "nam nu", "gt"),
        exported="Giới tính"),
    PersonField("date_of_birth", QT_TR_NOOP("Ngày sinh"), (
        "ngày sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "dob", "d.o.b",
        "date of birth", "birth date", "birthday", "sinh ngay", "ngay/thang/nam sinh",
        "date of birth (dd/mm/yyyy)"), exported="Ngày sinh"),
    PersonField("birth_year", QT_TR_NOOP("Năm sinh"), (
        "năm sinh", "year of birth", "yob", "birth year"), exported="Năm sinh"),
    PersonField("document", QT_TR_NOOP("Số giấy tờ (hộ chiếu/CCCD/CMND)"), (
        "số giấy tờ", "giay to tuy than", "so dinh danh", "id number", "id no",
        "document number", "document no", "so cmnd/cccd", "cmnd/cccd", "so ho chieu/cccd",
        "so cmnd/cccd/ho chieu", "so ho chieu/cmnd", "so giay to tuy than", "giay to",
        "so cccd/cmnd", "cccd/cmnd", "passport/id", "id/passport", "so ho chieu/cmnd/cccd",
        "ho chieu/cccd"), exported="Số giấy tờ"),
    PersonField("passport", QT_TR_NOOP("Số hộ chiếu"), (
        "số hộ chiếu", "ho chieu", "passport no", "passport number", "passport",
        "passport no.", "so passport")),
    PersonField("cccd", QT_TR_NOOP("Số CCCD"), (
        "cccd", "so cccd", "căn cước công dân", "so can cuoc cong dan", "so can cuoc")),
    PersonField("cmnd", QT_TR_NOOP("Số CMND"), (
        "cmnd", "so cmnd", "chứng minh nhân dân", "so chung minh nhan dan")),
    PersonField("nationality", QT_TR_NOOP("Quốc tịch"), (
        "quốc tịch", "nationality", "citizenship"), exported="Quốc tịch"),
    PersonField("phone", QT_TR_NOOP("Điện thoại"), (
        "số điện thoại", "dien thoai", "sdt", "so dt", "dt", "phone", "phone number",
        "mobile", "tel", "telephone", "dien thoai lien he", "sdt lien he"),
        exported="Điện thoại"),
    PersonField("address", QT_TR_NOOP("Địa chỉ thường trú"), (
        "địa chỉ", "dia chi thuong tru", "dia chi lien he", "address", "home address",
        "permanent address", "noi cu tru", "dia chi cu tru", "noi thuong tru",
        "địa chỉ thường trú", "thuong tru", "dia chi noi o", "noi o", "noi o hien nay",
        "dia chi tai viet nam", "address in vietnam"), exported="Địa chỉ thường trú"),
    PersonField("current_address", QT_TR_NOOP("Nơi ở sau cách ly (tạm trú)"), (
        "địa chỉ tạm trú", "tam tru", "dia chi hien nay", "dia chi hien tai",
        "noi o hien tai", "current address", "temporary address", "dia chi ve", "noi ve",
        "dia chi cach ly tai nha", "noi ve sau cach ly"),
        read=_text("current_address", ADDRESS_LIMIT), columns=("current_address",),
        option="current-address", exported="Nơi ở hiện nay"),
    PersonField("insurance_number", QT_TR_NOOP("Mã số bảo hiểm y tế"), (
        "mã bảo hiểm", "ma bhyt", "so bhyt", "bhyt", "so the bhyt", "ma so bhyt",
        "so the bao hiem y te", "ma the bhyt", "bao hiem y te", "health insurance",
        "insurance number", "insurance no"),
        read=_text("insurance_number", 32), columns=("insurance_number",),
        option="insurance", exported="Mã BHYT"),
    PersonField("vaccination", QT_TR_NOOP("Thông tin tiêm chủng"), (
        "thông tin tiêm chủng", "tiem chung", "tiem vac xin", "tiem vacxin", "tiem vaccine",
        "vac xin", "vacxin", "vaccine", "vaccination", "vaccination status", "da tiem",
        "so mui tiem", "so mui", "tinh trang tiem chung", "mui tiem", "tiem phong"),
        read=read_vaccination, columns=_VACCINATION_COLUMNS, option="vaccination",
        exported="Tiêm chủng", shown=True),
    PersonField("arrived_on", QT_TR_NOOP("Ngày đến (thay ngày của đợt cho người này)"), (
        "ngày đến", "ngay nhap canh", "ngay ve", "ngay den", "arrival date",
        "date of arrival", "ngay nhap canh viet nam", "ngay ve viet nam", "arrived"),
        read=read_day("arrived_on", QT_TR_NOOP("ngày đến")), columns=("arrived_on",),
        exported="Ngày đến"),
    PersonField("arrival_symptoms", QT_TR_NOOP("Triệu chứng khi đến"), (
        "triệu chứng", "trieu chung khi den", "bieu hien", "tinh trang suc khoe",
        "symptoms", "symptom", "trieu chung lam sang"),
        read=read_symptoms, columns=("arrival_symptoms",), option="symptoms",
        exported="Triệu chứng khi đến"),
    # what the kitchen must know (services/fees.py: the meals count lists it by room)
    PersonField("diet", QT_TR_NOOP("Chế độ ăn"), (
        "chế độ ăn", "che do an", "an chay", "ăn kiêng", "an kieng", "suat an", "diet",
        "special diet", "meal"),
        read=_text("diet", 120), columns=("diet",), option="diet", exported="Chế độ ăn"),
    PersonField("room", QT_TR_NOOP("Phòng (xếp vào phòng này nếu đúng quy tắc phòng)"), (
        "phòng", "so phong", "phong o", "phong cach ly", "room", "room no", "room number"),
        read=_text("requested_room", 32), columns=("requested_room",),
        whole_only=("phong", "room")),
    PersonField("household", QT_TR_NOOP("Nhóm, hộ gia đình (cùng giá trị là cùng hộ)"), (
        "nhóm", "ma ho", "ho gia dinh", "gia dinh", "nhom gia dinh", "ma ho gia dinh",
        "so ho", "ma nhom", "nhom/ho", "group", "group no", "family", "family group",
        "household", "household id", "booking ref", "booking reference", "booking", "pnr",
        "ma dat cho"), whole_only=("nhom", "group", "family", "booking", "pnr", "gia dinh")),
    PersonField("relation", QT_TR_NOOP("Quan hệ với chủ hộ"), (
        "quan hệ với chủ hộ", "quan he", "quan he chu ho", "qh voi chu ho", "moi quan he",
        "relationship", "relation", "relationship to head"), whole_only=("quan he",)),
    PersonField("extra", QT_TR_NOOP("Giữ làm thông tin thêm")),
    PersonField("ignore", QT_TR_NOOP("Bỏ qua cột này")),
)
BY_KEY = {f.key: f for f in FIELDS}
READ = tuple(f for f in FIELDS if f.read is not None)  # read by the generic code
# the person columns those fields fill, in the registry's order
READ_COLUMNS = tuple(c for f in READ for c in f.columns)
EDITABLE = tuple(f for f in FIELDS if f.option is not None)
SHOWN = tuple(f for f in FIELDS if f.shown)


class DetailRefused(ValueError):
    """A typed value that cannot be read; the message names why, for the field `key`."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


def read_details(details: dict[str, str | None], today: date) -> dict[str, Any]:
    """The person columns typed values give (`person add/edit`, the desk's forms): a value
    that cannot be read is refused (typed, it is not kept aside as a list's cell is)."""
    values: dict[str, Any] = {}
    for key, typed in details.items():
        if key not in BY_KEY or BY_KEY[key].option is None:
            raise DetailRefused(key, tr("Không sửa được trường «{name}».", name=key))
        got = read_typed(key, typed, today)
        if got.keep and not any(v is not None for v in got.values.values()):
            said = (got.warning or "").split(";")[0]
            raise DetailRefused(key, said[:1].upper() + said[1:] + ".")
        values.update(got.values)
    return values


def read_typed(key: str, text: str | None, today: date) -> Read:
    """A value typed at the desk (`person edit --vaccination "2 mũi Pfizer 01/09/2021"`),
    read as the importer reads the cell; `none` or an empty text clears it."""
    spec = BY_KEY[key]
    assert spec.read is not None
    if text is None or text.strip().lower() in ("", "none"):
        return Read(dict.fromkeys(spec.columns))
    return spec.read(text, today)
