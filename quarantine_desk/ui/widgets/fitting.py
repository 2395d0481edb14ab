"""The window on the screens the offices have: 1024 × 600 netbooks up to full HD.

- `FlowLayout`: a row of buttons that wraps onto the next line when the window is narrow, so
  every button stays whole and visible (Qt's flow layout example).
- `scrolling(page)`: a page inside a scroll area, so that a page taller than a small screen
  scrolls instead of making the window taller than the screen.
- `fit_combo_boxes(root)`: drop-down lists as wide as their space, not as their longest entry.
- `fit_on_screen(window)`: a window restored from a larger screen is moved and shrunk onto
  this one.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QWidget,
)

# what a window's frame and title bar take around its contents, at most, on common desktops
FRAME_ALLOWANCE = 16
COMBO_CHARACTERS = 12  # a drop-down list shows at least this much of its choice


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def __del__(self) -> None:
        while self.takeAt(0) is not None:
            pass

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """All on one line."""
        width = height = 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest single widget: anything wider wraps."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QSize]] = []

        def place_line() -> None:
            left = area.x()
            for item, size in line:
                if apply:
                    top = y + (line_height - size.height()) // 2
                    item.setGeometry(QRect(QPoint(left, top), size))
                left += size.width() + self._spacing

        for item in self._visible():
            hint = item.sizeHint()
            size = QSize(min(hint.width(), area.width()), hint.height())
            if line and x + size.width() > area.right() + 1:
                place_line()
                y += line_height + self._spacing
                x, line_height, line = area.x(), 0, []
            line.append((item, size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        place_line()
        return y + line_height - rect.y() + margins.bottom()


def together(*parts: QWidget | str) -> QWidget:
    """Widgets (a text becomes a label) kept on one line when a flow wraps."""
    group = QWidget()
    layout = QHBoxLayout(group)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(QLabel(part) if isinstance(part, str) else part)
    return group


def labelled(label: str, field: QWidget) -> QWidget:
    """A label and its field, kept together on one line when a flow wraps."""
    return together(label, field)


def scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area


def fit_combo_boxes(root: QWidget) -> None:
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARACTERS)
    if root.layout() is not None:
        root.layout().invalidate()  # the lists' old widths are cached there


def fit_on_screen(window: QWidget) -> None:
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry()
    extra = frame.size() - window.geometry().size()
    if frame.width() > room.width() or frame.height() > room.height():
        window.resize(window.size().boundedTo(room.size() - extra))
        frame = window.frameGeometry()
    if not room.contains(frame):
        x = min(max(frame.x(), room.x()), room.right() - frame.width() + 1)
        y = min(max(frame.y(), room.y()), room.bottom() - frame.height() + 1)
        window.move(x, y)


def clipped_texts(root: QWidget) -> list[str]:
    """Labels and buttons on screen whose text does not fit the room they were given (cut at
    the edge, or wrapped lines cut at the bottom): what a check at small sizes looks for."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                short = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QAbstractButton) and widget.text():
            short = widget.sizeHint().width() > widget.width() + 1
        else:
            continue
        if short:
            found.append(f"{type(widget).__name__} «{widget.text()}» "
                         f"{widget.width()}×{widget.height()}")
    return found
