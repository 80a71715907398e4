"""The intake list's table model and its filter: delivered sheets, sortable by any column,
grouped by working group or action area, or kept in the user's own order.

Like the sheet list, the model sorts itself with keys computed once per sort (a proxy
sorting through data() per comparison is far slower with thousands of rows), and the
filter matches precomputed, case-folded text. Grouping adds a heading row per group; the
filter keeps a heading while any of its sheets is shown.

Rows are dragged to a new place in the own order (the view's InternalMove, through the
proxy, with the model's own mime data), only while the own order is what is shown:
sorted by a column or grouped, a drop would have no meaning, so rows cannot be dragged
and nothing can be dropped (the view shows no drop indicator).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from prosjektark.domain.nb_format import format_date, format_datetime, format_mnok
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.intake_rows import IntakeRow

if TYPE_CHECKING:
    from prosjektark.domain.profile import Review

(
    COL_WORKING_GROUP,
    COL_TITLE,
    COL_MUNICIPALITY,
    COL_AREA,
    COL_PHASE,
    COL_COST,
    COL_SIGNER,
    COL_SIGNED,
    COL_RECEIVED,
    COL_REVISION,
    COL_STATE,
    COL_DAYS,
    COL_REMARKS,
) = range(13)
HEADERS = (
    QT_TRANSLATE_NOOP("intake_model", "Arbeidsgruppe"),
    QT_TRANSLATE_NOOP("intake_model", "Tittel"),
    QT_TRANSLATE_NOOP("intake_model", "Kommune"),
    QT_TRANSLATE_NOOP("intake_model", "Tiltaksområde"),
    QT_TRANSLATE_NOOP("intake_model", "Fase"),
    QT_TRANSLATE_NOOP("intake_model", "MNOK"),
    QT_TRANSLATE_NOOP("intake_model", "Signert av"),
    QT_TRANSLATE_NOOP("intake_model", "Signert"),
    QT_TRANSLATE_NOOP("intake_model", "Mottatt"),
    QT_TRANSLATE_NOOP("intake_model", "Rev."),
    QT_TRANSLATE_NOOP("intake_model", "Saksstatus"),
    QT_TRANSLATE_NOOP("intake_model", "Dager"),
    QT_TRANSLATE_NOOP("intake_model", "Merknader"),
)
HEADER_TIPS = {
    COL_COST: QT_TRANSLATE_NOOP("intake_model", "Forventet kostnad i millioner kroner"),
    COL_SIGNED: QT_TRANSLATE_NOOP(
        "intake_model",
        "Når arbeidsgruppen signerte pakken. «(mottatt)»: signeringstiden er ikke "
        "lagret, og tiden pakken ble mottatt vises i stedet.",
    ),
    COL_REVISION: QT_TRANSLATE_NOOP("intake_model", "Revisjonen som sist ble levert"),
    COL_DAYS: QT_TRANSLATE_NOOP(
        "intake_model", "Dager i saksstatusen: siden arket fikk saksstatusen det har nå"
    ),
    COL_REMARKS: QT_TRANSLATE_NOOP(
        "intake_model", "Åpne merknader: sendt til arbeidsgruppen og ikke besvart ennå"
    ),
}
ID_ROLE = Qt.ItemDataRole.UserRole + 2
# The dragged rows' sheet ids, one per line; only this list's own drags carry it.
ROWS_MIME_TYPE = "application/x-prosjektark-intake-rows"
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3  # the group's label on a heading row, else None
NEW_REVISION_TEXT = QT_TRANSLATE_NOOP("intake_model", "ny revisjon")
RECEIVED_MARK = QT_TRANSLATE_NOOP("intake_model", " (mottatt)")
Grouping = Literal["", "working_group", "action_area"]
GROUPINGS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("intake_model", "Ingen gruppering"),
    "working_group": QT_TRANSLATE_NOOP("intake_model", "Arbeidsgruppe"),
    "action_area": QT_TRANSLATE_NOOP("intake_model", "Tiltaksområde"),
}
_NO_GROUP = {
    "working_group": QT_TRANSLATE_NOOP("intake_model", "(uten arbeidsgruppe)"),
    "action_area": QT_TRANSLATE_NOOP("intake_model", "(uten tiltaksområde)"),
}
_RIGHT_ALIGNED = (COL_COST, COL_REVISION, COL_DAYS, COL_REMARKS)
_Index = QModelIndex | QPersistentModelIndex


def _day(value: datetime) -> str:
    return format_date(value.astimezone().date())


def _when(value: datetime) -> str:
    return format_datetime(value)


class IntakeModel(QAbstractTableModel):
    """`review_of(profile_id)` gives a profile's review states (None: it has none);
    `area_name(area_id)` the action area's name; `today()` the day «days in state» counts to.
    `own_order_dropped(list[uuid.UUID])` gives the whole own order after a drop (to store)."""

    own_order_dropped = Signal(list)

    def __init__(
        self,
        review_of: Callable[[str], Review | None],
        area_name: Callable[[str], str] | None = None,
        today: Callable[[], date] = date.today,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._lookup_review = review_of
        self._reviews: dict[str, Review | None] = {}
        self._area_name = area_name or (lambda area_id: area_id)
        self._today = today
        self._rows: list[IntakeRow] = []
        self._display: list[tuple[str, ...]] = []
        self._state_names: list[str] = []
        self._haystacks: list[str] = []
        self._days: list[int] = []
        self._user_order: list[uuid.UUID] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None  # None: the user's own order
        self._grouping: Grouping = ""
        self._groups: list[str] = []  # labels, in the order shown
        self._group_of: list[int] = []  # per data row, its group's number
        # What each table row shows: n >= 0 the data row n, n < 0 the heading of group -n-1.
        self._entries: list[int] = []
        self.generation = 0  # moves on whenever the rows or groups change (filter caches)

    # ------------------------------------------------------------------ contents
    def set_rows(self, rows: Sequence[IntakeRow], order: Sequence[uuid.UUID] = ()) -> None:
        """All rows, and the user's own order (ids; rows not in it follow by arrival)."""
        self.beginResetModel()
        self._reviews = {}  # a catalog may have been reloaded since the last rows
        self._rows = list(rows)
        self._user_order = list(order)
        today = self._today()
        self._days = [
            (today - r.state_since.astimezone().date()).days if r.state_since else 0
            for r in self._rows
        ]
        self._state_names = [self._state_name(r) for r in self._rows]
        self._display = [self._texts(n) for n in range(len(self._rows))]
        self._haystacks = [" ".join(d).casefold() for d in self._display]
        self._rebuild()
        self.endResetModel()

    def rows(self) -> list[IntakeRow]:
        return list(self._rows)

    def _review_of(self, profile_id: str) -> Review | None:
        if profile_id not in self._reviews:
            self._reviews[profile_id] = self._lookup_review(profile_id)
        return self._reviews[profile_id]

    def review(self, row: IntakeRow) -> Review | None:
        return self._review_of(row.profile)

    def _state_name(self, r: IntakeRow) -> str:
        review = self._review_of(r.profile)
        if review is None:
            return r.state
        # A sheet without a stored state (delivered before the case history) is where a
        # new delivery starts, as the store treats it too.
        return review.name(r.state or review.received)

    def _texts(self, n: int) -> tuple[str, ...]:
        r = self._rows[n]
        # The day in the list (the columns must fit a laptop); the time is in the tooltip.
        signed = (
            _day(r.signed_at)
            if r.signed_at
            else _day(r.received_at) + translate("intake_model", RECEIVED_MARK)
        )
        state = self._state_names[n]
        if r.new_revision:
            state = f"{state} ({translate('intake_model', NEW_REVISION_TEXT)})"
        return (
            r.working_group,
            r.title or translate("intake_model", "(uten tittel)"),
            r.municipalities,
            self._area_name(r.action_area) if r.action_area else "",
            r.phase,
            format_mnok(r.cost_mnok, unit=False),  # the heading names the unit
            r.signer,
            signed,
            _day(r.received_at),
            str(r.revision),
            state,
            str(self._days[n]),
            str(r.open_remarks) if r.open_remarks else "",
        )

    # ------------------------------------------------------------------ order and groups
    @property
    def grouping(self) -> Grouping:
        return self._grouping

    @property
    def sort_column(self) -> int:
        return -1 if self._sort is None else self._sort[0]

    def set_grouping(self, grouping: Grouping) -> None:
        if grouping not in GROUPINGS:
            raise ValueError(f"unknown grouping {grouping!r}")
        self.beginResetModel()
        self._grouping = grouping
        self._rebuild()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By `column`; -1 is the user's own order."""
        self._sort = (column, order) if column >= 0 else None
        self._relayout()

    def user_order(self) -> list[uuid.UUID]:
        """Every row's id in the user's own order."""
        ranked = self._own_order()
        return [self._rows[n].sheet_id for n in ranked]

    def move(self, sheet_id: uuid.UUID, before_or_after: uuid.UUID) -> list[uuid.UUID]:
        """Swap two rows in the user's own order, starting from the order shown now (so a
        sorted list is the starting point of one's own); shows the own order and returns it."""
        shown = [self._rows[n].sheet_id for n in self._entries if n >= 0]
        position = {sheet: i for i, sheet in enumerate(shown)}
        a, b = position[sheet_id], position[before_or_after]
        shown[a], shown[b] = shown[b], shown[a]
        self._user_order = shown
        self._sort = None
        self._relayout()
        return list(shown)

    def own_order_shown(self) -> bool:
        """Whether the rows are shown in the own order, as one list (dragging is then
        allowed)."""
        return self._sort is None and not self._grouping

    def drop(self, sheet_ids: Sequence[uuid.UUID], before: int) -> list[uuid.UUID] | None:
        """Move `sheet_ids` (in their present order) to just above table row `before`
        (the row count or more: to the end); None when the own order is not shown or
        none of them is a row here. Emits own_order_dropped with the new order."""
        if not self.own_order_shown():
            return None
        shown = [self._rows[n].sheet_id for n in self._entries]
        wanted = set(sheet_ids)
        moving = [sheet for sheet in shown if sheet in wanted]
        if not moving:
            return None
        # The first row not moved at or below the drop keeps its place; the moved ones
        # go above it (a row dropped next to itself stays where it was).
        below = next((s for s in shown[max(before, 0) :] if s not in wanted), None)
        order = [sheet for sheet in shown if sheet not in wanted]
        at = order.index(below) if below is not None else len(order)
        order[at:at] = moving
        self._user_order = order
        self._relayout()
        self.own_order_dropped.emit(list(order))
        return order

    def _own_order(self) -> list[int]:
        position = {sheet: i for i, sheet in enumerate(self._user_order)}
        unplaced = len(position)
        # Sheets not placed yet follow in the order they arrived.
        return sorted(
            range(len(self._rows)),
            key=lambda n: (
                position.get(self._rows[n].sheet_id, unplaced),
                self._rows[n].received_at.timestamp(),
            ),
        )

    def _sort_key(self, n: int, column: int):
        r = self._rows[n]
        if column == COL_COST:
            return float(r.cost_mnok) if r.cost_mnok is not None else -1.0
        if column == COL_SIGNED:
            return (r.signed_at or r.received_at).timestamp()
        if column == COL_RECEIVED:
            return r.received_at.timestamp()
        if column == COL_REVISION:
            return r.revision
        if column == COL_DAYS:
            return self._days[n]
        if column == COL_REMARKS:
            return r.open_remarks
        return self._display[n][column].casefold()

    def _sorted(self) -> list[int]:
        if self._sort is None:
            return self._own_order()
        column, order = self._sort
        keys = [self._sort_key(n, column) for n in range(len(self._rows))]
        return sorted(
            range(len(self._rows)),
            key=keys.__getitem__,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _group_label(self, n: int) -> str:
        if self._grouping == "working_group":
            label = self._display[n][COL_WORKING_GROUP]
        else:
            label = self._display[n][COL_AREA]
        return label or translate("intake_model", _NO_GROUP[self._grouping])

    def _rebuild(self) -> None:
        """Entries, groups and the generation; call between begin/end of a reset."""
        self.generation += 1
        ranked = self._sorted()
        if not self._grouping:
            self._groups, self._group_of = [], []
            self._entries = ranked
            return
        labels = [self._group_label(n) for n in range(len(self._rows))]
        placeholder = translate("intake_model", _NO_GROUP[self._grouping])
        self._groups = sorted(set(labels), key=lambda g: (g == placeholder, g.casefold()))
        number = {g: i for i, g in enumerate(self._groups)}
        self._group_of = [number[label] for label in labels]
        members: list[list[int]] = [[] for _ in self._groups]
        for n in ranked:
            members[self._group_of[n]].append(n)
        self._entries = []
        for g, rows in enumerate(members):
            self._entries.append(-g - 1)
            self._entries.extend(rows)

    def _relayout(self) -> None:
        """Reorder without changing the row count, keeping selections (persistent indexes)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_entries = [(self._entries[i.row()], i.column()) for i in old]
        self._rebuild()
        where = {entry: row for row, entry in enumerate(self._entries)}
        self.changePersistentIndexList(
            old, [self.index(where[entry], column) for entry, column in old_entries]
        )
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ lookups
    def entry(self, table_row: int) -> int:
        return self._entries[table_row]

    def is_heading(self, table_row: int) -> bool:
        return self._entries[table_row] < 0

    def heading_rows(self) -> list[int]:
        return [i for i, entry in enumerate(self._entries) if entry < 0]

    def row_at(self, table_row: int) -> IntakeRow | None:
        entry = self._entries[table_row]
        return None if entry < 0 else self._rows[entry]

    def table_row_of(self, sheet_id: uuid.UUID) -> int:
        for i, entry in enumerate(self._entries):
            if entry >= 0 and self._rows[entry].sheet_id == sheet_id:
                return i
        return -1

    def state_name(self, n: int) -> str:
        return self._state_names[n]

    def state_names(self) -> list[str]:
        """The review states in the rows, each once, in the profiles' order."""
        names: dict[str, None] = {}
        profiles = dict.fromkeys(r.profile for r in self._rows)
        for profile in profiles:
            review = self._review_of(profile)
            if review is not None:
                names.update((s.name, None) for s in review.states)
        present = set(self._state_names)
        return [n for n in names if n in present] + sorted(present - set(names))

    def haystack(self, n: int) -> str:
        return self._haystacks[n]

    def group_of(self, n: int) -> int:
        return self._group_of[n] if self._grouping else -1

    def data_count(self) -> int:
        return len(self._rows)

    def text(self, table_row: int, column: int) -> str:
        return str(self.data(self.index(table_row, column)) or "")

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows (on the root), never on a row: a row is not a folder.
            if self.own_order_shown():
                return Qt.ItemFlag.ItemIsDropEnabled
            return Qt.ItemFlag.NoItemFlags
        if self._entries[index.row()] < 0:
            return Qt.ItemFlag.ItemIsEnabled  # a heading is never selected or opened
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.own_order_shown():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ------------------------------------------------------------------ drag and drop
    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 (Qt override)
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [ROWS_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 (Qt override)
        rows = sorted({i.row() for i in indexes if i.isValid() and self._entries[i.row()] >= 0})
        ids = "\n".join(str(self._rows[self._entries[r]].sheet_id) for r in rows)
        data = QMimeData()
        data.setData(ROWS_MIME_TYPE, QByteArray(ids.encode("ascii")))
        return data

    def _dropped_ids(self, data: QMimeData | None, action: Qt.DropAction) -> list[uuid.UUID]:
        if data is None or action != Qt.DropAction.MoveAction:
            return []
        if not self.own_order_shown() or not data.hasFormat(ROWS_MIME_TYPE):
            return []
        try:
            text = bytes(data.data(ROWS_MIME_TYPE).data()).decode("ascii")
            return [uuid.UUID(line) for line in text.split()]
        except ValueError:
            return []

    def canDropMimeData(  # noqa: N802 (Qt override)
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return bool(self._dropped_ids(data, action))

    def dropMimeData(  # noqa: N802 (Qt override)
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        ids = self._dropped_ids(data, action)
        if not ids:
            return False
        # On a row (only through the API; the flags offer no such drop): above it.
        before = parent.row() if parent.isValid() else row
        if before < 0:
            before = len(self._entries)  # on the empty space below the rows: at the end
        return self.drop(ids, before) is not None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, col = self._entries[index.row()], index.column()
        if entry < 0:
            return self._heading_data(-entry - 1, col, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[entry][col]
        if role == ID_ROLE:
            return str(self._rows[entry].sheet_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, col)
        return None

    def _tooltip(self, n: int, col: int) -> str | None:
        r = self._rows[n]
        if col == COL_SIGNED:
            if r.signed_at is not None:
                return translate("intake_model", "Signert {when}").format(when=_when(r.signed_at))
            return translate(
                "intake_model",
                "Mottatt {when}. Signeringstiden er ikke lagret for denne "
                "leveringen, så tiden pakken ble mottatt vises i stedet.",
            ).format(when=_when(r.received_at))
        if col == COL_RECEIVED:
            return translate("intake_model", "Mottatt {when}").format(when=_when(r.received_at))
        if col == COL_SIGNER and r.fingerprint:
            return f"SHA-256 {r.fingerprint}"
        if col == COL_STATE:
            review = self._review_of(r.profile)
            state = review.state(r.state or review.received) if review else None
            text = state.description if state else ""
            if r.new_revision:
                text += " " + translate(
                    "intake_model", "En ny revisjon er levert siden saksstatusen sist ble endret."
                )
            return text.strip() or None
        if col == COL_TITLE:
            return r.title or None
        return None

    def _heading_data(self, group: int, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and col == 0:
            count = sum(1 for g in self._group_of if g == group)
            heading = (
                translate("intake_model", "{group} (1 ark)")
                if count == 1
                else translate("intake_model", "{group} ({n} ark)")
            )
            return heading.format(group=self._groups[group], n=count)
        if role == GROUP_ROLE:
            return self._groups[group]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("intake_model", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = HEADER_TIPS.get(section)
            return translate("intake_model", tip) if tip else None
        return None


class IntakeFilterProxy(QSortFilterProxyModel):
    """Every word of the text must occur in some column; `state` (a state's name, "" for
    all) must be the row's review state. Sorting is the source model's own."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._state = ""
        self._groups_for: tuple[int, tuple[str, ...], str] | None = None
        self._shown_groups: set[int] = set()
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_state(self, state_name: str) -> None:
        if state_name != self._state:
            self._refilter(lambda: setattr(self, "_state", state_name))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def _model(self) -> IntakeModel:
        model = self.sourceModel()
        assert isinstance(model, IntakeModel)
        return model

    def _accepts(self, model: IntakeModel, n: int) -> bool:
        if self._state and model.state_name(n) != self._state:
            return False
        haystack = model.haystack(n)
        return all(word in haystack for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self._model()
        entry = model.entry(source_row)
        if entry >= 0:
            return (not self._words and not self._state) or self._accepts(model, entry)
        if not self._words and not self._state:
            return True
        key = (model.generation, tuple(self._words), self._state)
        if self._groups_for != key:  # once per filter change: which groups keep a row
            self._shown_groups = {
                model.group_of(n) for n in range(model.data_count()) if self._accepts(model, n)
            }
            self._groups_for = key
        return -entry - 1 in self._shown_groups
