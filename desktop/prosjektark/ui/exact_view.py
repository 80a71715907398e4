"""A table view that repaints only the cells a model says have changed.

QAbstractItemView answers dataChanged over more than one cell by repainting its whole
viewport: with a dozen visible rows of twenty columns, and a delegate that asks the
model for every role of every cell, that is most of a frame. A toggle in the portfolio
changes one row and a few balance lines, so the view repaints just those rectangles.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtWidgets import QAbstractItemView, QTableView

_Index = QModelIndex | QPersistentModelIndex


class ExactRepaintTableView(QTableView):
    def dataChanged(  # noqa: N802
        self, top_left: _Index, bottom_right: _Index, roles: Sequence[int] = ()
    ) -> None:
        single = top_left == bottom_right
        if (
            single
            or not top_left.isValid()
            or not bottom_right.isValid()
            or top_left.parent() != bottom_right.parent()
            or self.state() == QAbstractItemView.State.EditingState
        ):
            super().dataChanged(top_left, bottom_right, roles)
            return
        # Qt's own handling of the first cell (editor data, accessibility, geometry),
        # then the rest of the range as one rectangle instead of the whole viewport.
        super().dataChanged(top_left, top_left, roles)
        self.viewport().update(self._range_rect(top_left, bottom_right))

    def _range_rect(self, top_left: _Index, bottom_right: _Index) -> QRect:
        # visualRect knows spans, right-to-left and scrolled-away cells (outside the
        # viewport it lies outside too, and the intersection clips it).
        rect = self.visualRect(top_left).united(self.visualRect(bottom_right))
        if rect.isNull():
            return self.viewport().rect()
        return rect.intersected(self.viewport().rect())
