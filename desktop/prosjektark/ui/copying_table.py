"""A read-only table of whole rows (history, changes) that copies rows, not cells."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTableWidget


class CopyingTable(QTableWidget):
    """Ctrl+C asks for the selected rows (`copy_requested`): the view's own copies only
    the current cell. Wrapped rows are refitted to the width the table finally got."""

    copy_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.resizeRowsToContents()
