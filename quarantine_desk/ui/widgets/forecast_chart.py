"""Free beds for the coming days as bars, with the people announced to arrive marked."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from quarantine_desk.i18n import tr
from quarantine_desk.services.forecast import ForecastDay

BAR = QColor("#2e7d4f")
ARRIVING = QColor("#c0392b")
GRID = QColor("#d0d5da")


def axis_ticks(peak: int) -> list[int]:
    """The bed counts marked on the axis: 0, the middle and the top, each once and whole (a
    site of one bed reads «0, 1», not «0, 0, 1»)."""
    return sorted({0, peak // 2, peak} if peak >= 2 else {0, peak})


class ForecastChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[ForecastDay] = []
        self.setMinimumHeight(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(700, 220)

    def set_days(self, days: list[ForecastDay]) -> None:
        self.days = days
        self.setToolTip(
            "\n".join(
                tr("{day:%d/%m}: {free} giường trống", day=d.day, free=d.free)
                + (tr(", {arriving} người sắp đến", arriving=d.arriving) if d.arriving else "")
                for d in days
            )
        )
        self.update()

    def paintEvent(self, event: object) -> None:  # noqa: N802
        if not self.days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        left, bottom, top, right = 44, metrics.height() + 8, 10, 10
        width = self.width() - left - right
        height = self.height() - top - bottom
        peak = max(max(d.beds for d in self.days), 1)
        painter.setPen(QPen(GRID))
        for value in axis_ticks(peak):
            y = top + height * (1 - value / peak)
            painter.drawLine(left, int(y), left + width, int(y))
            painter.drawText(
                QRectF(0, y - 8, left - 6, 16),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                str(value),
            )
        slot = width / len(self.days)
        for i, d in enumerate(self.days):
            x = left + i * slot
            h = height * d.free / peak
            painter.fillRect(QRectF(x + slot * 0.15, top + height - h, slot * 0.7, h), BAR)
            if d.arriving:
                y = top + height - height * min(d.arriving, peak) / peak
                painter.setPen(QPen(ARRIVING, 3))
                painter.drawLine(int(x + slot * 0.05), int(y), int(x + slot * 0.95), int(y))
            if i % max(1, len(self.days) // 7) == 0:
                painter.setPen(QPen(Qt.GlobalColor.black))
                painter.drawText(
                    QRectF(x - 10, top + height + 4, slot + 20, metrics.height()),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    d.day.strftime("%d/%m"),
                )
        painter.end()
