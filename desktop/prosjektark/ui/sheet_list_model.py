"""The sheet list: a table model over SheetSummary rows and its filter proxy."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from prosjektark.domain.labels import status_label
from prosjektark.domain.nb_format import format_datetime, format_mnok
from prosjektark.domain.summary import SheetSummary
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui.qt_translations import translate

COL_TITLE, COL_MUNICIPALITY, COL_AREA, COL_PHASE, COL_COST, COL_STATUS, COL_MODIFIED = range(7)
HEADERS = (
    QT_TRANSLATE_NOOP("sheet_list_model", "Tittel"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Kommune"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Tiltaksområde"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Fase"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Forventet kostnad (MNOK)"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Status"),
    QT_TRANSLATE_NOOP("sheet_list_model", "Sist endret"),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class SheetListModel(QAbstractTableModel):
    """Rows are SheetSummary; `area_name` turns an action-area id into its name.

    The model sorts itself (one Python sort with precomputed keys): a proxy sorting
    through data() calls per comparison is far slower with thousands of rows. For the same
    reason each row keeps its filter text, case-folded once (`filter_texts`), and
    `generation` counts every change of the rows so a filter knows when its answers for
    them are stale.
    """

    def __init__(self, area_name: Callable[[str], str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[SheetSummary] = []
        self._display: list[tuple[str, ...]] = []
        self._haystack: list[str] = []
        self._row_by_id: dict[uuid.UUID, int] | None = None
        self.generation = 0
        self._area_name = area_name or (lambda area_id: area_id)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def _changed(self) -> None:
        """Called after every change of the rows, before Qt is told of it."""
        self.generation += 1
        self._row_by_id = None

    def set_rows(self, rows: Sequence[SheetSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._display = [self._texts(r) for r in self._rows]
        self._haystack = [_haystack(d) for d in self._display]
        self._apply_sort()
        self._changed()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order) if column >= 0 else None
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self._rows[i.row()].id, i.column()) for i in old]
        self._apply_sort()
        self._changed()
        rows = self._ids()
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
        self._haystack = [self._haystack[n] for n in ranked]

    def _sort_key(self, row: int, column: int):
        r = self._rows[row]
        if column == COL_COST:
            return float(r.expected_cost_mnok) if r.expected_cost_mnok is not None else -1.0
        if column == COL_MODIFIED:
            return r.modified.timestamp()
        return self._display[row][column].casefold()

    def upsert(self, summary: SheetSummary) -> None:
        """Update one row in place (autosave), or append it."""
        i = self._ids().get(summary.id)
        if i is not None:
            self._rows[i] = summary
            self._display[i] = self._texts(summary)
            self._haystack[i] = _haystack(self._display[i])
            self._changed()
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(HEADERS) - 1))
            if self._sort is not None:
                self.sort(*self._sort)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(summary)
        self._display.append(self._texts(summary))
        self._haystack.append(_haystack(self._display[-1]))
        self._changed()
        self.endInsertRows()
        if self._sort is not None:
            self.sort(*self._sort)

    def remove(self, sheet_id: uuid.UUID) -> None:
        i = self._ids().get(sheet_id)
        if i is None:
            return
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        del self._display[i]
        del self._haystack[i]
        self._changed()
        self.endRemoveRows()

    def row_of(self, sheet_id: uuid.UUID) -> int:
        return self._ids().get(sheet_id, -1)

    def _ids(self) -> dict[uuid.UUID, int]:
        if self._row_by_id is None:
            self._row_by_id = {r.id: n for n, r in enumerate(self._rows)}
        return self._row_by_id

    def summary(self, row: int) -> SheetSummary:
        return self._rows[row]

    def _texts(self, r: SheetSummary) -> tuple[str, ...]:
        title = r.title or translate("sheet_list_model", "(uten tittel)")
        # The example sheets' own titles (bokmål content) may already say so.
        if r.is_example and not title.startswith("Eksempel"):
            title = translate("sheet_list_model", "Eksempel: {title}").format(title=title)
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
            if r.is_example:
                return translate("sheet_list_model", "Eksempelark")
            return translate("sheet_list_model", "Revisjon {revision}").format(revision=r.revision)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("sheet_list_model", HEADERS[section])
        return None

    def filter_text(self, row: int) -> str:
        """Everything a filter keystroke matches against, already case-folded."""
        return self._haystack[row]

    def filter_texts(self) -> list[str]:
        """`filter_text` of every row, in row order (the list itself: do not change it)."""
        return self._haystack


def _haystack(display: tuple[str, ...]) -> str:
    return " ".join(display[:COL_MODIFIED]).casefold()


class SheetFilterProxy(QAbstractProxyModel):
    """The rows of a SheetListModel that hold every whitespace-separated word of the
    filter (case aside) in any column, in the model's order.

    Not a QSortFilterProxyModel: that one asks `filterAcceptsRow` once per row, a call
    from C++ into Python that alone cost 40 ms a keystroke over 10,000 rows. Here one
    Python pass over the model's case-folded row texts decides which rows are shown
    (a few ms), and Qt is told in one layout change, with the selection and the current
    row kept by sheet. Sorting is the model's own (it keeps its rows in order).
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._model: SheetListModel | None = None
        self._shown: list[int] = []  # source row of each proxy row
        self._proxy_row: dict[int, int] | None = None  # the inverse, made when asked
        self._saved: list[tuple[QPersistentModelIndex, uuid.UUID, int]] = []

    # -- the source -----------------------------------------------------------------

    def setSourceModel(self, model) -> None:  # noqa: N802 (Qt override)
        assert isinstance(model, SheetListModel)
        assert self._model is None, "a SheetFilterProxy serves one model"
        self.beginResetModel()
        super().setSourceModel(model)
        self._model = model
        # Every change of the source's rows is one layout change here, rows kept by id.
        for about in (
            model.layoutAboutToBeChanged,
            model.modelAboutToBeReset,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
        ):
            about.connect(self._before)
        for done in (model.layoutChanged, model.modelReset):
            done.connect(self._after)
        model.rowsInserted.connect(self._after)
        model.rowsRemoved.connect(self._after)
        model.dataChanged.connect(self._data_changed)
        self._decide()
        self.endResetModel()

    def _before(self, *_args) -> None:
        self.layoutAboutToBeChanged.emit()
        model = self._model
        self._saved = [
            (index, model.summary(self._shown[index.row()]).id, index.column())
            for index in self.persistentIndexList()
            if index.isValid()
        ]

    def _after(self, *_args) -> None:
        self._decide()
        rows = self._proxy_rows()
        model = self._model
        old, new = [], []
        for index, sheet_id, column in self._saved:
            source = model.row_of(sheet_id)
            row = rows.get(source, -1) if source >= 0 else -1
            old.append(QModelIndex(index))
            new.append(self.index(row, column) if row >= 0 else QModelIndex())
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        # A changed row may now pass the filter or no longer: decide again.
        before = self._shown
        self._before()
        self._after()
        if self._shown == before:
            for source in range(top.row(), bottom.row() + 1):
                row = self._proxy_rows().get(source)
                if row is not None:
                    self.dataChanged.emit(
                        self.index(row, 0), self.index(row, self.columnCount() - 1), roles
                    )

    # -- the filter -------------------------------------------------------------------

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self._before()
        self._words = words
        self._after()

    def _decide(self) -> None:
        model = self._model
        self._proxy_row = None
        if model is None:
            self._shown = []
            return
        words = self._words
        texts = model.filter_texts()
        if not words:
            self._shown = list(range(len(texts)))
        elif len(words) == 1:
            word = words[0]
            self._shown = [n for n, h in enumerate(texts) if word in h]
        else:
            self._shown = [n for n, h in enumerate(texts) if all(w in h for w in words)]

    def _proxy_rows(self) -> dict[int, int]:
        if self._proxy_row is None:
            self._proxy_row = {source: row for row, source in enumerate(self._shown)}
        return self._proxy_row

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self._model is not None:
            self._model.sort(column, order)

    # -- Qt's proxy interface -----------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._shown) and 0 <= column < len(HEADERS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        return QModelIndex()

    def sibling(self, row: int, column: int, index: _Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and bool(self._shown)

    def mapToSource(self, proxy_index: _Index) -> QModelIndex:  # noqa: N802
        if not proxy_index.isValid() or self._model is None:
            return QModelIndex()
        row = proxy_index.row()
        if not 0 <= row < len(self._shown):
            return QModelIndex()
        return self._model.index(self._shown[row], proxy_index.column())

    def mapFromSource(self, source_index: _Index) -> QModelIndex:  # noqa: N802
        if not source_index.isValid():
            return QModelIndex()
        row = self._proxy_rows().get(source_index.row())
        return QModelIndex() if row is None else self.index(row, source_index.column())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self._model is None:
            return None
        return self._model.data(self.mapToSource(index), role)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        # Straight through: the columns are the model's, also when no row is shown.
        if self._model is None:
            return None
        return self._model.headerData(section, orientation, role)
