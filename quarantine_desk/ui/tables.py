"""Column widths that never clip a header, whatever the interface language."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QTableView


def set_column_widths(view: QTableView, widths: Iterable[int]) -> None:
    """Each column at its planned width, or wider when its header needs more room."""
    header = view.horizontalHeader()
    for col, width in enumerate(widths):
        view.setColumnWidth(col, max(width, header.sectionSizeHint(col)))
