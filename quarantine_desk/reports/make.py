"""Which document or export to make from what the operator chose: one place for CLI and GUI."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from quarantine_desk.i18n import QT_TR_NOOP, tr
from quarantine_desk.reports import documents
from quarantine_desk.reports.excel import export_rows
from quarantine_desk.services import Services
from quarantine_desk.services.audit import AuditRow
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.services.people import PersonFilter

REPORTS = {
    "daily-list": QT_TR_NOOP("Danh sách người đang cách ly"),
    "releases": QT_TR_NOOP("Danh sách hoàn thành cách ly trong ngày"),
    "certificates": QT_TR_NOOP("Giấy xác nhận hoàn thành cách ly (mọi người cho về trong ngày)"),
    "summary": QT_TR_NOOP("Báo cáo nhanh gửi Ban Chỉ đạo thành phố"),
    "batch": QT_TR_NOOP("Danh sách bố trí theo đợt đến"),
    "tests-due": QT_TR_NOOP("Danh sách cần lấy mẫu xét nghiệm"),
}
EXPORTS = {
    "daily-list": QT_TR_NOOP("Danh sách người đang cách ly"),
    "releases": QT_TR_NOOP("Danh sách hoàn thành cách ly"),
    "people": QT_TR_NOOP("Toàn bộ người trong cơ sở dữ liệu"),
}
SEX = {"M": "Nam", "F": "Nữ"}


def _facility_name(services: Services, code: str | None) -> str | None:
    if not code:
        return None
    for f in services.facilities.list():
        if f.code == code.strip().upper():
            return f.name
    raise ServiceError(tr("Không có cơ sở cách ly mã {code}.", code=code))


def make_report(services: Services, kind: str, path: str | Path, on: date, *,
                facility: str | None = None, batch_id: int | None = None,
                number: str | None = None) -> str:
    """Write the PDF and record it in the audit trail; returns a sentence saying what was made."""
    template, values = _make_report(services, kind, path, on, facility=facility,
                                    batch_id=batch_id, number=number)
    # the audit trail keeps Vietnamese, like the papers; the screen gets the interface language
    services.reports.record_output("print", kind, Path(path).name, template.format(**values))
    return tr(template, **values)


def make_export(services: Services, kind: str, path: str | Path, on: date, *,
                facility: str | None = None) -> str:
    """Write the .xlsx and record it in the audit trail; returns a sentence."""
    count = _make_export(services, kind, path, on, facility=facility)
    services.reports.record_output("export", kind, Path(path).name,
                                   f"{EXPORTS[kind]}: {count} dòng.")
    return tr("{n} dòng.", n=count)


def export_audit(services: Services, path: str | Path, rows: list[AuditRow]) -> str:
    """The audit trail (as filtered) to .xlsx; the export itself is recorded too."""
    count = export_rows(
        path, "Nhật ký thay đổi",
        ["Số", "Thời điểm", "Người thực hiện", "Thay đổi", "Đối tượng", "Mã", "Người (số)",
         "Nội dung", "Trước", "Sau"],
        [[r.id, r.at, r.username, r.action_label, r.entity, r.entity_id, r.person_id,
          r.summary, json.dumps(r.before, ensure_ascii=False) if r.before else None,
          json.dumps(r.after, ensure_ascii=False) if r.after else None] for r in rows],
        [8, 18, 16, 20, 10, 8, 10, 40, 40, 40])
    services.reports.record_output("export", "audit", Path(path).name,
                                   f"Nhật ký thay đổi: {count} dòng")
    return tr("{n} dòng.", n=count)


def _make_report(services: Services, kind: str, path: str | Path, on: date, *,
                 facility: str | None = None, batch_id: int | None = None,
                 number: str | None = None) -> tuple[str, dict[str, object]]:
    """Make the paper; what was made, as a catalog template and its values."""
    issuer = services.settings.issuer()
    if kind == "daily-list":
        rows = services.reports.daily_list(on, facility)
        documents.daily_list(path, rows, issuer, on, _facility_name(services, facility))
        return QT_TR_NOOP("Danh sách {n} người đang cách ly ngày {on:%d/%m/%Y}."), {
            "n": len(rows),
            "on": on,
        }
    if kind == "releases":
        rows = services.reports.releases(on, facility)
        documents.releases_list(path, rows, issuer, on)
        return (
            QT_TR_NOOP("Danh sách {n} người hoàn thành cách ly ngày {on:%d/%m/%Y}."),
            {"n": len(rows), "on": on},
        )
    if kind == "certificates":
        certs = [
            c
            for c in services.reports.certificates(released_on=on)
            if not facility or c.facility_code == facility.strip().upper()
        ]
        if not certs:
            raise ServiceError(
                tr("Không có ai hoàn thành cách ly ngày {on:%d/%m/%Y} để in giấy.", on=on)
            )
        documents.certificates(path, certs, issuer)
        return QT_TR_NOOP("{n} giấy xác nhận hoàn thành cách ly."), {"n": len(certs)}
    if kind == "summary":
        rows = [
            (f.code, f.name, f.beds, f.occupied)
            for f in services.facilities.list()
            if f.status == "active"
        ]
        documents.summary(
            path,
            issuer,
            on,
            services.forecast.day_summary(on),
            services.people.status_counts(),
            rows,
            number,
        )
        return QT_TR_NOOP("Báo cáo nhanh ngày {on:%d/%m/%Y}."), {"on": on}
    if kind == "batch":
        if batch_id is None:
            raise ServiceError(tr("Chọn đợt đến (--batch ID)."))
        batch, rows = services.reports.batch_report(batch_id)
        documents.batch_report(path, batch, rows, issuer, on)
        return (
            QT_TR_NOOP("Danh sách bố trí {n} người của đợt số {batch_id}."),
            {"n": len(rows), "batch_id": batch_id},
        )
    if kind == "tests-due":
        due = [
            d
            for d in services.health.tests_due(on)
            if not facility or d.facility == facility.strip().upper()
        ]
        documents.tests_due_list(path, due, issuer, on)
        return QT_TR_NOOP("Danh sách {n} người cần lấy mẫu ngày {on:%d/%m/%Y}."), {
            "n": len(due),
            "on": on,
        }
    raise ServiceError(tr("Không có loại văn bản «{kind}».", kind=kind))


def _make_export(
    services: Services, kind: str, path: str | Path, on: date, *, facility: str | None = None
) -> int:
    """Write the workbook; how many rows it holds."""
    if kind == "daily-list":
        rows = services.reports.daily_list(on, facility)
        count = export_rows(
            path,
            "Đang cách ly",
            [
                "Họ và tên",
                "Năm sinh",
                "Giới tính",
                "Số giấy tờ",
                "Địa chỉ",
                "Cơ sở",
                "Phòng",
                "Ngày vào",
                "Dự kiến ra",
                "Ngày thứ",
                "Xét nghiệm gần nhất",
            ],
            [
                [
                    r.full_name,
                    r.birth_year,
                    SEX.get(r.sex or "", ""),
                    r.id_number,
                    r.address,
                    r.facility,
                    r.room,
                    r.admitted_on,
                    r.planned_release_on,
                    r.day,
                    r.latest_test,
                ]
                for r in rows
            ],
            [28, 10, 10, 16, 50, 12, 8, 12, 12, 9, 22],
        )
    elif kind == "releases":
        rows = services.reports.releases(on, facility)
        count = export_rows(
            path,
            "Hoàn thành cách ly",
            [
                "Họ và tên",
                "Năm sinh",
                "Giới tính",
                "Số giấy tờ",
                "Cơ sở",
                "Từ ngày",
                "Đến ngày",
                "Số giấy xác nhận",
            ],
            [
                [
                    r.full_name,
                    r.birth_year,
                    SEX.get(r.sex or "", ""),
                    r.id_number,
                    r.facility,
                    r.admitted_on,
                    r.released_on,
                    r.certificate_number,
                ]
                for r in rows
            ],
            [28, 10, 10, 16, 12, 12, 12, 20],
        )
    elif kind == "people":
        people = services.people.list(PersonFilter(facility=facility))
        count = export_rows(
            path,
            "Người",
            [
                "Số",
                "Họ và tên",
                "Giới tính",
                "Ngày sinh",
                "Năm sinh",
                "Số giấy tờ",
                "Loại",
                "Quốc tịch",
                "Điện thoại",
                "Địa chỉ",
                "Trạng thái",
                "Cơ sở",
                "Phòng",
                "Ngày vào",
                "Dự kiến ra",
                "Ngày ra",
            ],
            [
                [
                    p.id,
                    p.full_name,
                    SEX.get(p.sex or "", ""),
                    p.date_of_birth,
                    p.birth_year,
                    p.id_number,
                    p.id_type,
                    p.nationality,
                    p.phone,
                    p.address,
                    p.status,
                    p.facility,
                    p.room,
                    p.admitted_on,
                    p.planned_release_on,
                    p.released_on,
                ]
                for p in people
            ],
            [8, 28, 9, 12, 9, 16, 10, 12, 13, 50, 14, 12, 8, 12, 12, 12],
        )
    else:
        raise ServiceError(tr("Không có loại xuất «{kind}».", kind=kind))
    return count
