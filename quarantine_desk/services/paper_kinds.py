"""The papers and exports there are, by the names the command line and the window use.

Kept apart from services/papers.py so that building the command line's parser, which lists
them, does not load what makes them.
"""

from __future__ import annotations

from quarantine_desk.i18n import QT_TR_NOOP

REPORTS = {
    "daily-list": QT_TR_NOOP("Danh sách người đang cách ly"),
    "releases": QT_TR_NOOP("Danh sách hoàn thành cách ly trong ngày"),
    "handover": QT_TR_NOOP("Danh sách bàn giao người hoàn thành cách ly về địa phương"),
    "certificates": QT_TR_NOOP("Giấy xác nhận hoàn thành cách ly (mọi người cho về trong ngày)"),
    "summary": QT_TR_NOOP("Báo cáo nhanh gửi Ban Chỉ đạo thành phố"),
    "batch": QT_TR_NOOP("Danh sách bố trí theo đợt đến"),
    "rooms": QT_TR_NOOP("Danh sách bố trí phòng của một đợt đến"),
    "tests-due": QT_TR_NOOP("Danh sách cần lấy mẫu xét nghiệm"),
    "positive-case": QT_TR_NOOP("Báo cáo ca dương tính tại khu cách ly"),
    "handover-record": QT_TR_NOOP("Biên bản giao nhận người cách ly"),
}
NEEDS_BATCH = {"batch", "rooms", "handover-record"}
NEEDS_PERSON = {"positive-case"}
EXPORTS = {
    "daily-list": QT_TR_NOOP("Danh sách người đang cách ly"),
    "releases": QT_TR_NOOP("Danh sách hoàn thành cách ly"),
    "people": QT_TR_NOOP("Toàn bộ người trong cơ sở dữ liệu"),
}
