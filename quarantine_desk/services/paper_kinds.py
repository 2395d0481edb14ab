"""The papers and exports there are, by the names the command line and the window use.

Kept apart from services/papers.py so that building the command line's parser, which lists
them, does not load what makes them.
"""

from __future__ import annotations

from dataclasses import dataclass

from quarantine_desk.i18n import QT_TR_NOOP


@dataclass(frozen=True)
class PaperKind:
    """One kind of paper: its name on the command line and in the window, the kind Decree 30
    gives it in the register of outgoing papers (Appendix III: «BC» a report, «BB» a record;
    a list is not one of its kinds and goes out as «DS»; None: not numbered in the register),
    and what it is about beyond a day and a facility: nothing, a batch, or a person. What
    makes it (its rows and its layout) is services/papers.py's maker of the same key: every
    kind has one, checked when that module is loaded."""

    key: str
    label: str  # QT_TR_NOOP
    code: str | None = "DS"
    needs: str | None = None  # "batch", "person", "round" (a sampling round), "payment"
    in_window: bool = True  # offered on the papers page (False: the command line only)


KINDS: tuple[PaperKind, ...] = (
    PaperKind("daily-list", QT_TR_NOOP("Danh sách người đang cách ly")),
    PaperKind("releases", QT_TR_NOOP("Danh sách hoàn thành cách ly trong ngày")),
    PaperKind("handover",
              QT_TR_NOOP("Danh sách bàn giao người hoàn thành cách ly về địa phương")),
    PaperKind("certificates",
              QT_TR_NOOP("Giấy xác nhận hoàn thành cách ly (mọi người cho về trong ngày)"),
              code=None),  # each certificate has its own number (services/release.py)
    PaperKind("summary", QT_TR_NOOP("Báo cáo nhanh gửi Ban Chỉ đạo thành phố"), code="BC"),
    PaperKind("batch", QT_TR_NOOP("Danh sách bố trí theo đợt đến"), needs="batch"),
    PaperKind("rooms", QT_TR_NOOP("Danh sách bố trí phòng của một đợt đến"), needs="batch"),
    PaperKind("tests-due", QT_TR_NOOP("Danh sách cần lấy mẫu xét nghiệm")),
    PaperKind("positive-case", QT_TR_NOOP("Báo cáo ca dương tính tại khu cách ly"), code="BC",
              needs="person"),
    PaperKind("handover-record", QT_TR_NOOP("Biên bản giao nhận người cách ly"), code="BB",
              needs="batch"),
    PaperKind("sampling-list", QT_TR_NOOP("Danh sách mẫu gửi xét nghiệm của một đợt lấy mẫu"),
              needs="round"),
    PaperKind("sampling-labels", QT_TR_NOOP("Nhãn ống mẫu của một đợt lấy mẫu (giấy A4)"),
              code=None, needs="round"),  # labels are no paper of the register
    PaperKind("meals", QT_TR_NOOP("Bảng tổng hợp số suất ăn của một cơ sở")),
    # issue 29: the window's fees page is not built yet; the person picker of the papers
    # page lists positive cases, so these are the command line's until then
    PaperKind("fee-notice", QT_TR_NOOP("Thông báo nộp tiền ăn của một người"), code="TB",
              needs="person", in_window=False),
    PaperKind("fee-receipt", QT_TR_NOOP("Biên lai thu tiền ăn"), code=None, needs="payment",
              in_window=False),  # numbered by its receipt
    PaperKind("fees", QT_TR_NOOP("Bảng kê thu tiền ăn trong tháng của một cơ sở"),
              in_window=False),
)
BY_KEY = {k.key: k for k in KINDS}
# the views the callers read
REPORTS = {k.key: k.label for k in KINDS}
NEEDS_BATCH = {k.key for k in KINDS if k.needs == "batch"}
NEEDS_PERSON = {k.key for k in KINDS if k.needs == "person"}
NEEDS_ROUND = {k.key for k in KINDS if k.needs == "round"}
NEEDS_PAYMENT = {k.key for k in KINDS if k.needs == "payment"}
IN_WINDOW = {k.key: k.label for k in KINDS if k.in_window}
KIND_CODES = {k.key: k.code for k in KINDS if k.code is not None}
EXPORTS = {
    "daily-list": QT_TR_NOOP("Danh sách người đang cách ly"),
    "releases": QT_TR_NOOP("Danh sách hoàn thành cách ly"),
    "people": QT_TR_NOOP("Toàn bộ người trong cơ sở dữ liệu"),
    "fees": QT_TR_NOOP("Bảng kê thu tiền ăn trong tháng"),
}
