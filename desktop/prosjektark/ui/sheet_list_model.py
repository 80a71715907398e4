"""The sheet list: a table model over SheetSummary rows and its filter proxy."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from prosjektark.domain.labels import status_label
from prosjektark.domain.nb_format import format_datetime, format_mnok
from prosjektark.domain.summary import SheetSummary

COL_TITLE, COL_MUNICIPALITY, COL_AREA, COL_PHASE, COL_COST, COL_STATUS, COL_MODIFIED = range(7)
HEADERS = (
    "Tittel",
    "Kommune",
    "Tiltaksområde",
    "Fase",
    "Forventet kostnad (MNOK)",
    "Status",
    "Sist endret",
)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class SheetListModel(QAbstractTableModel):
    """Rows are SheetSummary; `area_name` turns an action-area id into its name.

    The model sorts itself (one Python sort with precomputed keys): a proxy sorting
    through data() calls per comparison is far slower with thousands of rows.
    """

    def __init__(self, area_name: Callable[[str], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SheetSummary] = []
        self._display: list[tuple[str, ...]] = []
        self._area_name = area_name or (lambda area_id: area_id)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[SheetSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [self._texts(r) for r in self._rows]
        self._apply_sort()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].id, i.column()) for i in old]
        self._apply_sort()
        rows = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(rows[i], c) for i, c in old_ids])
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        keys = [self._sort_key(n, column) for n in range(len(self._rows))]
        ranked = sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[n] for n in ranked]
        self._display = [self._display[n] for n in ranked]

    def _sort_key(self, row: int, column: int):
        r = self._rows[row]
        if column == COL_COST:
            return float(r.expected_cost_mnok) if r.expected_cost_mnok is not None else -1.0
        if column == COL_MODIFIED:
            return r.modified.timestamp()
        return self._display[row][column].casefold()

    def upsert(self, summary: SheetSummary) -> None:
        """Update one row in place (autosave), or append it."""
        for i, row in enumerate(self._rows):
            if row.id == summary.id:
                self._rows[i] = summary
                self._display[i] = self._texts(summary)
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
                if self._sort is not None:
                    self.sort(*self._sort)
                return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(summary)
        self._display.append(self._texts(summary))
        self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)

    def remove(self, sheet_id: uuid.UUID) -> None:
        for i, row in enumerate(self._rows):
            if row.id == sheet_id:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                del self._display[i]
                self.endRemoveRows()
                return

    def row_of(self, sheet_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == sheet_id), -1)

    def summary(self, row: int) -> SheetSummary:
        return self._rows[row]

    def _texts(self, r: SheetSummary) -> tuple[str, ...]:
        title = r.title or "(uten tittel)"
        if r.is_example:
            title = title if title.startswith("Eksempel") else f"Eksempel: {title}"
        return (
            title,
            r.municipalities,
            self._area_name(r.action_area) if r.action_area else "",
            r.phase,
            format_mnok(r.expected_cost_mnok, unit=False),  # the heading names the unit
            status_label(r.status),
            format_datetime(r.modified),
        )

    # Qt model interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row][col]
        if role == ID_ROLE:
            return str(self._rows[row].id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_COST:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TITLE:
            r = self._rows[row]
            return "Eksempelark" if r.is_example else f"Revisjon {r.revision}"
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def filter_text(self, row: int) -> str:
        """Everything a filter keystroke matches against, already case-folded."""
        return " ".join(self._display[row][:COL_MODIFIED]).casefold()


class SheetFilterProxy(QSortFilterProxyModel):
    """Matches every whitespace-separated word of the filter against any column.

    Sorting is handed to the source model, which keeps the rows in order itself.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)  # re-filter rows whose text changed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._words = words
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        assert isinstance(model, SheetListModel)
        haystack = model.filter_text(source_row)
        return all(word in haystack for word in self._words)
