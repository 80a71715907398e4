"""The portfolio workspace's tables: one scenario's sheets with what prioritisation needs,
and the balance of the included sheets against the programme's frames.

The model owns the scenario being worked on and one `Balance`. Every change (include,
exclude, shift, a new revision) updates the balance by the one sheet's funding lines
before the entry is replaced, so a toggle costs that sheet's lines and never a recompute
of the portfolio: the balance must follow within a frame with 2,000 sheets.

Like the intake list, the model sorts and groups itself with keys computed once per sort,
and the filter matches precomputed, case-folded text.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from prosjektark.domain.nb_format import (
    MINUS,
    format_date,
    format_mnok,
    format_number,
    format_percent,
)
from prosjektark.domain.portfolio import PortfolioItem, stale_entries
from prosjektark.domain.scenario import Balance, BalanceRow, Scenario, ScenarioEntry, balance_rows
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

if TYPE_CHECKING:
    from prosjektark.domain.frames import FrameLine
    from prosjektark.domain.profile import Profile

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
_ANSWERED_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
        ID_ROLE,
        GROUP_ROLE,
    )
)
SORT_RANK = -1  # the scenario's own order

GROUPINGS: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("portfolio_model", "Ingen gruppering"),
    "action_area": QT_TRANSLATE_NOOP("portfolio_model", "Tiltaksområde"),
    "working_group": QT_TRANSLATE_NOOP("portfolio_model", "Arbeidsgruppe"),
    "municipality": QT_TRANSLATE_NOOP("portfolio_model", "Kommune"),
}
_NO_GROUP = {
    "action_area": QT_TRANSLATE_NOOP("portfolio_model", "(uten tiltaksområde)"),
    "working_group": QT_TRANSLATE_NOOP("portfolio_model", "(uten arbeidsgruppe)"),
    "municipality": QT_TRANSLATE_NOOP("portfolio_model", "(uten kommune)"),
}
NOT_COMPARABLE = QT_TRANSLATE_NOOP("portfolio_model", "Kan ikke sammenlignes")
NOT_IN_SCENARIO = QT_TRANSLATE_NOOP("portfolio_model", "Ikke i scenarioet")
GONE_TITLE = QT_TRANSLATE_NOOP("portfolio_model", "(arket finnes ikke lenger)")
# Excluded rows are greyed, and always say so in «Med» and in the reason column too.
# Over and under in the balance: dark text on light colours, readable in either theme,
# and always with the words and sign beside them.


@dataclass(frozen=True)
class Column:
    key: str  # what it shows: "rank", "goal", "year", …
    header: str
    tip: str = ""
    arg: object = None  # the goal's index or the year
    numeric: bool = False


def short_goal_name(name: str, limit: int = 10) -> str:
    """A header short enough for a narrow column; the whole name is its tooltip."""
    name = name.strip()
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def columns_for(profile: Profile | None) -> list[Column]:
    cols = [
        Column(
            "rank",
            translate("portfolio_model", "Nr."),
            translate(
                "portfolio_model",
                "Plass blant arkene som er med, i scenarioets rekkefølge (som i forslaget)",
            ),
            numeric=True,
        ),
        Column(
            "included",
            translate("portfolio_model", "Med"),
            translate("portfolio_model", "Med i scenarioet (mellomrom tar med eller ut)"),
        ),
        Column("title", translate("portfolio_model", "Tittel")),
        # Next to the title, so the reason a sheet cannot be compared is in view on a
        # laptop screen too (not a tinted cell alone).
        Column(
            "flags",
            translate("portfolio_model", "Forhold"),
            translate("portfolio_model", "Hvorfor arket ikke kan sammenlignes, eller er endret"),
        ),
        Column("working_group", translate("portfolio_model", "Arbeidsgruppe")),
        Column("municipality", translate("portfolio_model", "Kommune")),
        Column("action_area", translate("portfolio_model", "Tiltaksområde")),
        Column("phase", translate("portfolio_model", "Fase")),
        Column(
            "expected",
            translate("portfolio_model", "Forventet"),
            translate("portfolio_model", "Forventet kostnad, MNOK"),
            numeric=True,
        ),
        Column("p50", "P50", translate("portfolio_model", "P50-kostnad, MNOK"), numeric=True),
        Column("p85", "P85", translate("portfolio_model", "P85-kostnad, MNOK"), numeric=True),
        Column(
            "uncertainty",
            translate("portfolio_model", "Usikkerhet"),
            translate("portfolio_model", "Standardavvik i prosent"),
            numeric=True,
        ),
    ]
    if profile is not None:
        for n, goal in enumerate(profile.goals):
            weight = format_number(goal.weight, max_decimals=None)
            cols.append(
                Column(
                    "goal",
                    short_goal_name(goal.name),
                    translate("portfolio_model", "Målpoeng for «{goal}» (vekt {weight})").format(
                        goal=goal.name, weight=weight
                    ),
                    n,
                    True,
                )
            )
    cols += [
        Column(
            "total",
            translate("portfolio_model", "Sum poeng"),
            translate("portfolio_model", "Sum målpoeng"),
            numeric=True,
        ),
        Column(
            "weighted",
            translate("portfolio_model", "Vektet"),
            translate("portfolio_model", "Vektet målpoeng (vektene står i avtaleprofilen)"),
            numeric=True,
        ),
        Column(
            "per_point",
            translate("portfolio_model", "MNOK/poeng"),
            translate("portfolio_model", "Forventet kostnad per målpoeng"),
            numeric=True,
        ),
    ]
    if profile is not None:
        for year in profile.years:
            cols.append(
                Column(
                    "year",
                    str(year),
                    translate(
                        "portfolio_model", "Finansiering i {year}, MNOK, etter eventuell flytting"
                    ).format(year=year),
                    year,
                    True,
                )
            )
    cols += [
        Column(
            "shift",
            translate("portfolio_model", "Flyttet"),
            translate("portfolio_model", "Finansieringen flyttet så mange år (Ctrl+Høyre/Venstre)"),
        ),
        Column("construction_start", translate("portfolio_model", "Byggestart")),
        Column("next_milestone", translate("portfolio_model", "Neste milepæl")),
        Column(
            "milestones",
            translate("portfolio_model", "Milepæler"),
            translate("portfolio_model", "Milepæler nådd av alle"),
        ),
        Column("state", translate("portfolio_model", "Saksstatus")),
        Column(
            "reason",
            translate("portfolio_model", "Begrunnelse"),
            translate("portfolio_model", "Hvorfor arket er tatt ut"),
        ),
    ]
    return cols


def shift_text(years: int) -> str:
    if years == 0:
        return ""
    if years == 1:
        return translate("portfolio_model", "+1 år")
    if years == -1:
        return translate("portfolio_model", "{minus}1 år").format(minus=MINUS)
    if years > 0:
        return translate("portfolio_model", "+{n} år").format(n=years)
    return translate("portfolio_model", "{minus}{n} år").format(minus=MINUS, n=-years)


@dataclass
class _Row:
    sheet_id: uuid.UUID
    item: PortfolioItem | None


class _PlaceCounter:
    """How many of places 1..n are marked (a Fenwick tree): marking a place and counting
    the marks up to one both take about log2(n) steps, so taking one sheet in or out of
    2,000 does not recount the other 1,999."""

    def __init__(self, size: int) -> None:
        self._tree = [0] * (size + 1)
        self.total = 0

    def add(self, place: int, delta: int) -> None:
        self.total += delta
        while place < len(self._tree):
            self._tree[place] += delta
            place += place & -place

    def count_to(self, place: int) -> int:
        count = 0
        while place > 0:
            count += self._tree[place]
            place -= place & -place
        return count


class PortfolioModel(QAbstractTableModel):
    """One scenario of one programme. `set_contents` fills it; the operations below change
    it (the page wraps each in an undo command)."""

    balance_changed = Signal()
    # «Nr.» changed for every included sheet placed after `place` (1-based, in the
    # scenario) when a sheet went in or out: repaint those cells of `column`.
    ranks_changed = Signal(int, int)  # column, place
    # The user checked or unchecked «Med» with the mouse: the page decides (a reason).
    toggle_requested = Signal(object, bool)  # sheet_id, included

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.profile: Profile | None = None
        self.scenario = Scenario(uuid.uuid4(), "", "", ())
        self.balance = Balance()
        self.frames: list[FrameLine] = []
        self._items: dict[uuid.UUID, PortfolioItem] = {}  # at the scenario's revisions
        self._latest: dict[uuid.UUID, PortfolioItem] = {}
        self._stale: dict[uuid.UUID, str] = {}
        self._columns: list[Column] = columns_for(None)
        self._col_of: dict[str, int] = {}
        self._rank_column = -1
        self._rows: list[_Row] = []
        self._rank: dict[uuid.UUID, int] = {}  # 1-based place in the scenario
        # Which places are included, counted so that «Nr.» (the place among the included
        # sheets, as the proposal numbers them) costs a few steps to read or change.
        self._included = _PlaceCounter(0)
        self._entry_of: dict[uuid.UUID, ScenarioEntry] = {}
        self._haystacks: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._grouping = ""
        self._groups: list[str] = []
        self._group_of: list[int] = []
        self._entries: list[int] = []  # n >= 0: data row n; n < 0: heading of group -n-1
        self._data_row: dict[uuid.UUID, int] = {}
        self._table_row: dict[int, int] = {}  # data row -> table row
        self.generation = 0
        # Painting asks for every visible cell's text, and for the group headings' sums,
        # on each repaint: both are kept until the row (or any row, for the sums) changes,
        # so a toggle with 2,000 sheets repaints in a frame.
        self._texts: dict[tuple[uuid.UUID, int], str] = {}
        self._group_used: dict[int, Decimal] | None = None
        self._group_counts: list[int] = []
        self._heading_rows: list[int] = []

    # ------------------------------------------------------------------ contents
    def set_contents(
        self,
        profile: Profile,
        scenario: Scenario,
        items: Mapping[uuid.UUID, PortfolioItem],
        latest: Mapping[uuid.UUID, PortfolioItem],
        frames: Iterable[FrameLine],
    ) -> None:
        """`items`: the sheets at the revisions the scenario names; `latest`: every delivered
        sheet of the programme at its latest revision (the rows not in the scenario, and
        what tells a stale entry)."""
        self.beginResetModel()
        self.profile = profile
        self.scenario = scenario
        self._items = dict(items)
        self._latest = dict(latest)
        self.frames = list(frames)
        self._columns = columns_for(profile)
        self._col_of = {}
        for n, col in enumerate(self._columns):
            self._col_of.setdefault(col.key, n)
        self._rank_column = self._col_of.get("rank", -1)
        self._stale = self._compute_stale()
        self.balance = Balance.of(self.frames, scenario, self._funding_map())
        self._rebuild_rows()
        self._rebuild()
        self.endResetModel()
        self.balance_changed.emit()

    def set_frames(self, frames: Iterable[FrameLine]) -> None:
        """New frames (after «Rammer …»): the use is kept, the frames replaced."""
        self.frames = list(frames)
        self.balance = Balance.of(self.frames, self.scenario, self._funding_map())
        self.balance_changed.emit()

    def set_scenario_meta(self, saved: Scenario) -> None:
        """The stored scenario after a save: its version and who saved, same entries."""
        self.scenario = replace(saved, entries=self.scenario.entries)

    def _funding_map(self):
        return {sheet_id: item.funding for sheet_id, item in self._items.items()}

    def _compute_stale(self) -> dict[uuid.UUID, str]:
        withdrawn = ""
        if self.profile is not None and self.profile.review is not None:
            withdrawn = self.profile.review.withdrawn
        return stale_entries(self.scenario, self._latest, withdrawn)

    def _rebuild_rows(self) -> None:
        """Rows: the scenario's entries in rank order, then the programme's delivered sheets
        that are not in it (they can be taken in)."""
        self._entry_of = {e.sheet_id: e for e in self.scenario.entries}
        self._rank = {e.sheet_id: n for n, e in enumerate(self.scenario.entries, start=1)}
        rows = [_Row(e.sheet_id, self._items.get(e.sheet_id)) for e in self.scenario.entries]
        rows += [
            _Row(sheet_id, item)
            for sheet_id, item in self._latest.items()
            if sheet_id not in self._entry_of
        ]
        self._rows = rows
        self._data_row = {r.sheet_id: n for n, r in enumerate(rows)}
        self._haystacks = [self._haystack(r) for r in rows]

    def _haystack(self, row: _Row) -> str:
        item = row.item
        if item is None:
            return translate("portfolio_model", GONE_TITLE).casefold()
        parts = [
            item.title,
            item.working_group,
            " ".join(item.municipalities),
            self._area_name(item.action_area),
            item.phase,
            self._state_name(item.review_state),
            item.responsible_party,
        ]
        return " ".join(parts).casefold()

    def _area_name(self, area_id: str) -> str:
        if not area_id:
            return ""
        return self.profile.action_area_name(area_id) if self.profile else area_id

    def _state_name(self, state_id: str) -> str:
        if self.profile is None or self.profile.review is None:
            return state_id
        return self.profile.review.name(state_id) if state_id else ""

    # ------------------------------------------------------------------ lookups
    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def column(self, key: str, arg: object = None) -> int:
        if arg is None:
            return self._col_of.get(key, -1)
        return next((n for n, c in enumerate(self._columns) if c.key == key and c.arg == arg), -1)

    def item(self, sheet_id: uuid.UUID) -> PortfolioItem | None:
        return self._items.get(sheet_id) or self._latest.get(sheet_id)

    def latest(self, sheet_id: uuid.UUID) -> PortfolioItem | None:
        return self._latest.get(sheet_id)

    def items_by_id(self) -> dict[uuid.UUID, PortfolioItem]:
        return dict(self._items)

    def latest_items(self) -> dict[uuid.UUID, PortfolioItem]:
        return dict(self._latest)

    def stale(self) -> dict[uuid.UUID, str]:
        return dict(self._stale)

    def title(self, sheet_id: uuid.UUID) -> str:
        item = self.item(sheet_id)
        return item.title if item is not None else ""

    def titles(self) -> dict[uuid.UUID, str]:
        out = {sheet_id: item.title for sheet_id, item in self._latest.items()}
        out.update({sheet_id: item.title for sheet_id, item in self._items.items()})
        return out

    def entry_of(self, sheet_id: uuid.UUID) -> ScenarioEntry | None:
        return self._entry_of.get(sheet_id)

    def rank_of(self, sheet_id: uuid.UUID) -> int | None:
        return self._rank.get(sheet_id)

    def data_count(self) -> int:
        return len(self._rows)

    def sheet_at(self, table_row: int) -> uuid.UUID | None:
        entry = self._entries[table_row]
        return None if entry < 0 else self._rows[entry].sheet_id

    def row_item(self, n: int) -> PortfolioItem | None:
        return self._rows[n].item

    def row_sheet(self, n: int) -> uuid.UUID:
        return self._rows[n].sheet_id

    def table_row_of(self, sheet_id: uuid.UUID) -> int:
        n = self._data_row.get(sheet_id)
        return -1 if n is None else self._table_row.get(n, -1)

    def entry(self, table_row: int) -> int:
        return self._entries[table_row]

    def heading_rows(self) -> list[int]:
        return list(self._heading_rows)

    def haystack(self, n: int) -> str:
        return self._haystacks[n]

    def group_of(self, n: int) -> int:
        return self._group_of[n] if self._grouping else -1

    def text(self, table_row: int, column: int) -> str:
        return str(self.data(self.index(table_row, column)) or "")

    def balance_rows(self) -> list[BalanceRow]:
        order = [s.id for s in self.profile.funding_sources] if self.profile else []
        return balance_rows(self.balance, order)

    # ------------------------------------------------------------------ changes
    def set_included(self, sheet_id: uuid.UUID, included: bool, reason: str = "") -> None:
        """Take the sheet in or out; a sheet not yet in the scenario is added last."""
        entry = self._entry_of.get(sheet_id)
        if entry is None:
            item = self._latest.get(sheet_id)
            if item is None or not included:
                return
            self._items[sheet_id] = item
            new = ScenarioEntry(sheet_id, item.revision, included=True, reason=reason)
            self.balance.include(item.funding, replace(new, included=False), True)
            self.scenario = replace(self.scenario, entries=(*self.scenario.entries, new))
            self._restructure()
            self.balance_changed.emit()
            return
        funding = self._funding(sheet_id)
        if funding is not None:
            self.balance.include(funding, entry, included)
        self._replace_entry(replace(entry, included=included, reason=reason))

    def remove_entry(self, sheet_id: uuid.UUID) -> None:
        """Take a sheet that was added to the scenario back out of it (undo of adding)."""
        entry = self._entry_of.get(sheet_id)
        if entry is None:
            return
        funding = self._funding(sheet_id)
        if funding is not None:
            self.balance.include(funding, entry, False)
        self.scenario = replace(
            self.scenario,
            entries=tuple(e for e in self.scenario.entries if e.sheet_id != sheet_id),
        )
        if sheet_id in self._latest:
            self._items.pop(sheet_id, None)
        self._restructure()
        self.balance_changed.emit()

    def set_shift(self, sheet_id: uuid.UUID, years: int) -> None:
        entry = self._entry_of.get(sheet_id)
        if entry is None:
            return
        funding = self._funding(sheet_id)
        if funding is not None:
            self.balance.shift(funding, entry, years)
        self._replace_entry(replace(entry, shift_years=years))

    def set_reason(self, sheet_id: uuid.UUID, reason: str) -> None:
        entry = self._entry_of.get(sheet_id)
        if entry is not None:
            self._replace_entry(replace(entry, reason=reason), balance=False)

    def move(self, sheet_id: uuid.UUID, step: int) -> None:
        if sheet_id not in self._entry_of or step == 0:
            return
        self.scenario = self.scenario.moved(sheet_id, step)
        self._restructure(members=False)

    def set_order(self, entries: Iterable[ScenarioEntry]) -> None:
        """The same entries in another order (ranking, and its undo)."""
        self.scenario = replace(self.scenario, entries=tuple(entries))
        self._restructure(members=False)

    def use_item(self, sheet_id: uuid.UUID, item: PortfolioItem) -> None:
        """Balance and show the sheet at `item`'s revision (the new one, or back)."""
        entry = self._entry_of.get(sheet_id)
        if entry is None:
            return
        old = self._funding(sheet_id)
        if entry.included:
            if old is not None:
                self.balance.add(old, entry.shift_years, -1)
            self.balance.add(item.funding, entry.shift_years, 1)
        self._items[sheet_id] = item
        self._replace_entry(replace(entry, revision=item.revision), balance=False)
        self.balance_changed.emit()

    def drop_item(self, sheet_id: uuid.UUID, revision: int) -> None:
        """Back to a revision the store could not read (the undo of taking the newest one
        in its place): the entry names it again and has no numbers, as when loaded."""
        entry = self._entry_of.get(sheet_id)
        if entry is None:
            return
        old = self._funding(sheet_id)
        if entry.included and old is not None:
            self.balance.add(old, entry.shift_years, -1)
        self._items.pop(sheet_id, None)
        self._replace_entry(replace(entry, revision=revision), balance=False)
        self.balance_changed.emit()

    def set_latest(self, latest: Mapping[uuid.UUID, PortfolioItem]) -> bool:
        """The programme's delivered sheets as read again (a refresh, an export): the rows
        outside the scenario and the stale list follow them. The scenario's own numbers
        stay at the revisions it names; an item at the same revision is taken as read
        (its review state may have moved). False when nothing a row shows has changed."""
        fresh = dict(latest)

        def marks(items: Mapping[uuid.UUID, PortfolioItem]) -> dict:
            return {k: (i.revision, i.review_state, i.reassess) for k, i in items.items()}

        if marks(fresh) == marks(self._latest):
            return False
        self.beginResetModel()
        self._latest = fresh
        for sheet_id, item in list(self._items.items()):
            now = fresh.get(sheet_id)
            if now is not None and now.revision == item.revision:
                self._items[sheet_id] = now
        self._rebuild_rows()
        self._stale = self._compute_stale()
        self._rebuild()
        self.endResetModel()
        return True

    def is_stale(self, sheet_id: uuid.UUID) -> bool:
        return sheet_id in self._stale

    def _funding(self, sheet_id: uuid.UUID):
        item = self._items.get(sheet_id)
        return item.funding if item is not None else None

    def _replace_entry(self, new: ScenarioEntry, *, balance: bool = True) -> None:
        before = self._entry_of.get(new.sheet_id)
        old_included = before.included if before is not None else None
        self.scenario = self.scenario.with_entry(new, at=self._rank.get(new.sheet_id, 0) - 1)
        self._entry_of[new.sheet_id] = new
        sheet_id = new.sheet_id
        self._forget_texts(sheet_id)
        withdrawn = ""
        if self.profile is not None and self.profile.review is not None:
            withdrawn = self.profile.review.withdrawn
        single = replace(self.scenario, entries=(new,))
        self._stale.pop(sheet_id, None)
        self._stale.update(stale_entries(single, self._latest, withdrawn))
        n = self._data_row.get(sheet_id)
        if n is not None:
            old_item = self._rows[n].item
            self._rows[n].item = self._items.get(sheet_id)
            self._move_group_sum(n, old_item if old_included else None)
        if old_included != new.included:
            place = self._rank.get(sheet_id)
            if place is not None:
                self._included.add(place, 1 if new.included else -1)
            # Every later sheet's «Nr.» moves by one. Not dataChanged over 2,000 rows: that
            # makes the proxy look at every one. The number neither sorts nor filters, so
            # the views only repaint the column where it shows it.
            self.ranks_changed.emit(self._col_of.get("rank", 0), place or 0)
        row_index = self.table_row_of(sheet_id)
        if row_index >= 0:
            self.dataChanged.emit(
                self.index(row_index, 0), self.index(row_index, len(self._columns) - 1)
            )
        if balance:
            self.balance_changed.emit()

    def _move_group_sum(self, n: int, old: PortfolioItem | None) -> None:
        """The group heading's «med: … MNOK» after data row n changed (`old`: what it
        counted before, None when it was not included): kept up to date, not recounted."""
        if not self._grouping or self._group_used is None:
            return
        entry = self._entry_of.get(self._rows[n].sheet_id)
        new = self._rows[n].item if entry is not None and entry.included else None
        before = old.funding_total if old is not None else Decimal(0)
        after = new.funding_total if new is not None else Decimal(0)
        if before == after:
            return
        group = self._group_of[n]
        self._group_used[group] = self._group_used.get(group, Decimal(0)) - before + after
        heading = self._heading_rows[group]
        self.dataChanged.emit(self.index(heading, 0), self.index(heading, 0))

    def _restructure(self, *, members: bool = True) -> None:
        """The rows after a change of order or membership; selections follow their sheet.
        A move changes the order only: the rows and their texts are kept (a move with
        2,000 sheets must not rebuild them)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [
            (self.sheet_at(i.row()) if i.row() < len(self._entries) else None, i.column())
            for i in old
        ]
        if members:
            self._rebuild_rows()
            self._stale = self._compute_stale()
        else:
            self._rank = {e.sheet_id: n for n, e in enumerate(self.scenario.entries, start=1)}
        self._rebuild()
        where = {self._rows[e].sheet_id: r for r, e in enumerate(self._entries) if e >= 0}
        new = [
            self.index(where[sheet_id], column) if sheet_id in where else QModelIndex()
            for sheet_id, column in old_ids
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ order and groups
    @property
    def grouping(self) -> str:
        return self._grouping

    @property
    def sort_column(self) -> int:
        return SORT_RANK if self._sort is None else self._sort[0]

    def set_grouping(self, grouping: str) -> None:
        if grouping not in GROUPINGS:
            raise ValueError(f"unknown grouping {grouping!r}")
        self.beginResetModel()
        self._grouping = grouping
        self._rebuild()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By `column`; -1 (or the rank column ascending) is the scenario's own order."""
        rank = self._col_of.get("rank", 0)
        own = column < 0 or (column == rank and order == Qt.SortOrder.AscendingOrder)
        self._sort = None if own else (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.sheet_at(i.row()), i.column()) for i in old]
        self._rebuild()
        where = {self._rows[e].sheet_id: r for r, e in enumerate(self._entries) if e >= 0}
        new = [self.index(where[s], c) if s in where else QModelIndex() for s, c in old_ids]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sort_key(self, n: int, column: int):
        row = self._rows[n]
        item, col = row.item, self._columns[column]
        entry = self._entry_of.get(row.sheet_id)
        missing = Decimal("-Infinity")
        if col.key == "rank":
            return self._rank.get(row.sheet_id, len(self._rows) + 1)
        if col.key == "included":
            return 0 if entry is not None and entry.included else 1
        if col.key == "shift":
            return entry.shift_years if entry else 0
        if item is None:
            return missing if col.numeric else ""
        value = {
            "expected": item.expected_mnok,
            "p50": item.p50_mnok,
            "p85": item.p85_mnok,
            "uncertainty": item.std_dev_percent,
            "total": item.total_points,
            "weighted": item.weighted_points,
            "per_point": item.cost_per_point,
        }.get(col.key, ...)
        if value is not ...:
            return missing if value is None else Decimal(value)
        if col.key == "goal":
            index = int(col.arg)  # type: ignore[arg-type]
            return item.goal_points[index] if index < len(item.goal_points) else -1
        if col.key == "year":
            shift = entry.shift_years if entry else 0
            return item.funding_in(int(col.arg) - shift)  # type: ignore[arg-type]
        if col.key == "construction_start":
            return item.construction_start.toordinal() if item.construction_start else 10**7
        if col.key == "milestones":
            return (item.milestones_done, item.milestones_total)
        return self._text(n, column).casefold()

    def _order(self) -> list[int]:
        base = list(range(len(self._rows)))
        if self._sort is None:
            # The scenario's rank, then the sheets outside it in the order they were read.
            last = len(self._rows) + 1
            ranks = [self._rank.get(r.sheet_id, last) for r in self._rows]
            return sorted(base, key=lambda n: (ranks[n], n))
        column, order = self._sort
        keys = [self._sort_key(n, column) for n in base]
        return sorted(base, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def _profile_order(self) -> dict[str, int]:
        profile = self.profile
        if profile is None:
            return {}
        if self._grouping == "action_area":
            names = [a.name for a in profile.action_areas]
        elif self._grouping == "working_group":
            names = list(profile.working_groups)
        else:
            names = list(profile.municipalities)
        return {name: n for n, name in enumerate(names)}

    def _group_label(self, n: int) -> str:
        item = self._rows[n].item
        if item is None:
            return translate("portfolio_model", _NO_GROUP[self._grouping])
        if self._grouping == "action_area":
            label = self._area_name(item.action_area)
        elif self._grouping == "working_group":
            label = item.working_group
        else:
            label = ", ".join(item.municipalities)
        return label or translate("portfolio_model", _NO_GROUP[self._grouping])

    def _count_included(self) -> None:
        self._included = _PlaceCounter(len(self.scenario.entries))
        for n, e in enumerate(self.scenario.entries, start=1):
            if e.included:
                self._included.add(n, 1)

    def included_rank(self, sheet_id: uuid.UUID) -> int | None:
        """«Nr.»: the place among the included sheets, None when not included."""
        entry = self._entry_of.get(sheet_id)
        place = self._rank.get(sheet_id)
        if entry is None or place is None or not entry.included:
            return None
        return self._included.count_to(place)

    def included_count(self) -> int:
        return self._included.total

    def _rebuild(self) -> None:
        self.generation += 1
        self._texts.clear()
        self._group_used = None
        self._count_included()
        self._place()
        self._table_row = {entry: i for i, entry in enumerate(self._entries) if entry >= 0}
        # In group order: the heading of group g is the g-th.
        self._heading_rows = [i for i, entry in enumerate(self._entries) if entry < 0]

    def _place(self) -> None:
        ordered = self._order()
        if not self._grouping:
            self._groups, self._group_of = [], []
            self._entries = ordered
            return
        labels = [self._group_label(n) for n in range(len(self._rows))]
        placeholder = translate("portfolio_model", _NO_GROUP[self._grouping])
        # The programme's own order (as the proposal lists them), then any other.
        known = self._profile_order()
        self._groups = sorted(
            set(labels),
            key=lambda g: (g == placeholder, known.get(g, len(known)), g.casefold()),
        )
        number = {g: i for i, g in enumerate(self._groups)}
        self._group_of = [number[label] for label in labels]
        members: list[list[int]] = [[] for _ in self._groups]
        for n in ordered:
            members[self._group_of[n]].append(n)
        self._entries = []
        for g, rows in enumerate(members):
            self._entries.append(-g - 1)
            self._entries.extend(rows)

    # ------------------------------------------------------------------ texts
    def flags_text(self, sheet_id: uuid.UUID) -> str:
        """Words, never colour alone: what is stale, and why it cannot be compared."""
        item = self.item(sheet_id)
        parts: list[str] = []
        if sheet_id not in self._entry_of:
            parts.append(translate("portfolio_model", "Ikke i scenarioet."))
        stale = self._stale.get(sheet_id)
        if stale:
            parts.append(stale)
        if item is not None and item.flags:
            parts.append(
                translate("portfolio_model", "Kan ikke sammenlignes: {reasons}").format(
                    reasons=" ".join(f.text for f in item.flags)
                )
            )
        if item is not None and item.reassess:
            parts.append(
                translate("portfolio_model", "Til ny vurdering: {reason}").format(
                    reason=item.reassess
                )
            )
        return " ".join(parts)

    def _forget_texts(self, sheet_id: uuid.UUID) -> None:
        for column in range(len(self._columns)):
            self._texts.pop((sheet_id, column), None)

    def _text(self, n: int, column: int) -> str:
        if column == self._rank_column:
            # Not kept: one inclusion moves every later «Nr.», and reading it is cheap.
            return self._make_text(n, column)
        key = (self._rows[n].sheet_id, column)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = self._make_text(n, column)
        return text

    def _make_text(self, n: int, column: int) -> str:
        row = self._rows[n]
        item, col = row.item, self._columns[column]
        entry = self._entry_of.get(row.sheet_id)
        key = col.key
        if key == "rank":
            rank = self.included_rank(row.sheet_id)
            return "–" if rank is None and entry is not None else "" if rank is None else str(rank)
        if key == "included":
            if entry is not None and entry.included:
                return translate("portfolio_model", "Ja")
            return translate("portfolio_model", "Nei")
        if key == "shift":
            return shift_text(entry.shift_years) if entry else ""
        if key == "flags":
            return self.flags_text(row.sheet_id)
        if key == "reason":
            return entry.reason if entry else ""
        if item is None:
            return translate("portfolio_model", GONE_TITLE) if key == "title" else ""
        if key == "title":
            return item.title
        if key == "working_group":
            return item.working_group
        if key == "municipality":
            return ", ".join(item.municipalities)
        if key == "action_area":
            return self._area_name(item.action_area)
        if key == "phase":
            return item.phase
        if key == "expected":
            return format_mnok(item.expected_mnok, unit=False)
        if key == "p50":
            return format_mnok(item.p50_mnok, unit=False)
        if key == "p85":
            return format_mnok(item.p85_mnok, unit=False)
        if key == "uncertainty":
            return format_percent(item.std_dev_percent)
        if key == "goal":
            index = int(col.arg)  # type: ignore[arg-type]
            return str(item.goal_points[index]) if index < len(item.goal_points) else ""
        if key == "total":
            return str(item.total_points)
        if key == "weighted":
            return format_number(item.weighted_points, max_decimals=2, minus=MINUS)
        if key == "per_point":
            return format_mnok(item.cost_per_point, unit=False)
        if key == "year":
            shift = entry.shift_years if entry else 0
            amount = item.funding_in(int(col.arg) - shift)  # type: ignore[arg-type]
            return format_mnok(amount, unit=False) if amount else ""
        if key == "construction_start":
            return format_date(item.construction_start)
        if key == "next_milestone":
            return item.next_milestone
        if key == "milestones":
            if not item.milestones_total:
                return ""
            return translate("portfolio_model", "{done} av {total}").format(
                done=item.milestones_done, total=item.milestones_total
            )
        if key == "state":
            return self._state_name(item.review_state)
        return ""

    def _tooltip(self, n: int, column: int) -> str | None:
        row = self._rows[n]
        item, key = row.item, self._columns[column].key
        entry = self._entry_of.get(row.sheet_id)
        if key in ("flags", "title", "reason", "next_milestone"):
            text = self._text(n, column)
            if key == "title" and item is not None:
                text = translate("portfolio_model", "{title} (revisjon {revision})").format(
                    title=item.title, revision=item.revision
                )
            return text or None
        if key == "year" and item is not None:
            year = int(self._columns[column].arg)  # type: ignore[arg-type]
            shift = entry.shift_years if entry else 0
            lines = [
                f"{self.profile.funding_source_name(source) if self.profile else source}: "
                f"{format_mnok(amount)}"
                for (y, source), amount in sorted(item.funding.amounts.items())
                if y + shift == year and amount
            ]
            if shift:
                lines.append(
                    translate("portfolio_model", "Flyttet {shift} fra {year}.").format(
                        shift=shift_text(shift), year=year - shift
                    )
                )
            return "\n".join(lines) or None
        if key == "state" and item is not None and self.profile and self.profile.review:
            state = self.profile.review.state(item.review_state)
            return state.description if state else None
        return None

    # ------------------------------------------------------------------ Qt model interface
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Qt's own index() asks rowCount() and columnCount() through Python for each
        # index; painting makes several per cell.
        if (
            0 <= row < len(self._entries)
            and 0 <= column < len(self._columns)
            and not (parent.isValid())
        ):
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        entry = self._entries[index.row()]
        if entry < 0:
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].key == "included":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Painting asks for every role of every visible cell: the roles this model never
        # answers return before any lookup.
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        entry, column = self._entries[index.row()], index.column()
        if entry < 0:
            return self._heading_data(-entry - 1, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        row = self._rows[entry]
        col = self._columns[column]
        scenario_entry = self._entry_of.get(row.sheet_id)
        included = scenario_entry is not None and scenario_entry.included
        if role == Qt.ItemDataRole.CheckStateRole and col.key == "included":
            return Qt.CheckState.Checked if included else Qt.CheckState.Unchecked
        if role == ID_ROLE:
            return str(row.sheet_id)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not included:
                return theme.brush(Role.MUTED_TEXT)
            if self._tint(row, col.key) is not None:
                return theme.brush(Role.TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = self._tint(row, col.key)
            return None if tint is None else theme.brush(tint)
        return None

    def _tint(self, row, key: str) -> Role | None:
        if key == "flags" and row.sheet_id in self._stale:
            return Role.STALE_BACKGROUND
        if key in ("flags", "rank") and row.item is not None and row.item.flags:
            return Role.FLAGGED_BACKGROUND
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if self._columns[index.column()].key != "included":
            return False
        sheet_id = self.sheet_at(index.row())
        if sheet_id is None:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The page decides (a reason is asked for when a sheet is taken out) and undoes.
        self.toggle_requested.emit(sheet_id, checked)
        return False

    def _heading_data(self, group: int, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if self._group_used is None:
                self._group_counts = [0] * len(self._groups)
                self._group_used = {}
                for n, g in enumerate(self._group_of):
                    self._group_counts[g] += 1
                    item = self._rows[n].item
                    e = self._entry_of.get(self._rows[n].sheet_id)
                    if item is not None and e is not None and e.included:
                        self._group_used[g] = self._group_used.get(g, Decimal(0)) + (
                            item.funding_total
                        )
            used = self._group_used.get(group, Decimal(0))
            count = self._group_counts[group]
            heading = (
                translate("portfolio_model", "{group} (1 ark, med: {used})")
                if count == 1
                else translate("portfolio_model", "{group} ({n} ark, med: {used})")
            )
            return heading.format(group=self._groups[group], n=count, used=format_mnok(used))
        if role == GROUP_ROLE:
            return self._groups[group]
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].tip or None
        return None


class PortfolioFilterProxy(QSortFilterProxyModel):
    """Every word of the text in the row; the review state among `states` (None: all);
    `reassess_only` keeps the sheets granted money long ago without construction."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._states: frozenset[str] | None = None
        self._reassess_only = False
        self._groups_for: tuple | None = None
        self._shown_groups: set[int] = set()
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)

    def set_filter(self, text: str) -> None:
        words = text.casefold().split()
        if words != self._words:
            self._refilter(lambda: setattr(self, "_words", words))

    def set_states(self, states: Iterable[str] | None) -> None:
        value = None if states is None else frozenset(states)
        if value != self._states:
            self._refilter(lambda: setattr(self, "_states", value))

    def set_reassess_only(self, on: bool) -> None:
        if on != self._reassess_only:
            self._refilter(lambda: setattr(self, "_reassess_only", on))

    @property
    def reassess_only(self) -> bool:
        return self._reassess_only

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def _active(self) -> bool:
        return bool(self._words) or self._states is not None or self._reassess_only

    def filtering(self) -> bool:
        """Whether any row can be hidden now."""
        return self._active()

    def accepted_rows(self, model: PortfolioModel) -> set[int]:
        """The data rows the filter shows, kept until the rows or the filter change."""
        key = (id(model), model.generation, tuple(self._words), self._states, self._reassess_only)
        if getattr(self, "_accepted_for", None) != key:
            self._accepted = {n for n in range(model.data_count()) if self.accepts(model, n)}
            self._accepted_for = key
        return self._accepted

    def accepts(self, model: PortfolioModel, n: int) -> bool:
        item = model.row_item(n)
        if self._reassess_only and (item is None or not item.reassess):
            return False
        if self._states is not None:
            state = item.review_state if item is not None else ""
            # A sheet in the scenario that is gone from the store, withdrawn or delivered
            # again is stale: it shows whatever the states chosen, so the user sees what
            # the banner speaks of (a withdrawn sheet's state is never among the defaults).
            if (
                item is not None
                and state not in self._states
                and not model.is_stale(model.row_sheet(n))
            ):
                return False
        haystack = model.haystack(n)
        return all(word in haystack for word in self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, PortfolioModel)
        entry = model.entry(source_row)
        if not self._active():
            return True
        if entry >= 0:
            return self.accepts(model, entry)
        key = (model.generation, tuple(self._words), self._states, self._reassess_only)
        if self._groups_for != key:
            self._shown_groups = {
                model.group_of(n) for n in range(model.data_count()) if self.accepts(model, n)
            }
            self._groups_for = key
        return -entry - 1 in self._shown_groups


# ---------------------------------------------------------------------------- the balance

BALANCE_HEADERS = (
    QT_TRANSLATE_NOOP("portfolio_model", "År"),
    QT_TRANSLATE_NOOP("portfolio_model", "Kilde"),
    QT_TRANSLATE_NOOP("portfolio_model", "Part"),
    QT_TRANSLATE_NOOP("portfolio_model", "Ramme"),
    QT_TRANSLATE_NOOP("portfolio_model", "Brukt"),
    QT_TRANSLATE_NOOP("portfolio_model", "Igjen"),
    QT_TRANSLATE_NOOP("portfolio_model", "Status"),
)
(B_YEAR, B_SOURCE, B_PARTY, B_FRAME, B_USED, B_LEFT, B_STATUS) = range(7)
NO_FRAME = QT_TRANSLATE_NOOP("portfolio_model", "ingen ramme")
WHOLE_PROGRAMME = QT_TRANSLATE_NOOP("portfolio_model", "Hele programmet")


def balance_status(row: BalanceRow) -> str:
    """Over or under in words, with the amount: never colour alone."""
    if row.frame is None:
        return translate("portfolio_model", "Over: brukt uten ramme") if row.used else ""
    left = row.frame - row.used
    if left < 0:
        return translate("portfolio_model", "Over rammen med {amount}").format(
            amount=format_mnok(-left)
        )
    if left == 0:
        return translate("portfolio_model", "Rammen er brukt opp")
    return translate("portfolio_model", "Under rammen, {amount} ledig").format(
        amount=format_mnok(left)
    )


def _runs(numbers: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 9, 10] -> [(1, 3), (7, 7), (9, 10)]."""
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


class BalanceModel(QAbstractTableModel):
    """The balance per year and source (and the parties' pots) of a PortfolioModel."""

    def __init__(self, source: PortfolioModel, parent=None) -> None:
        super().__init__(parent)
        self.source = source
        self._rows: list[BalanceRow] = []
        source.balance_changed.connect(self.refresh)

    def refresh(self) -> None:
        rows = self.source.balance_rows()
        if len(rows) == len(self._rows) and all(
            (a.year, a.source, a.party) == (b.year, b.source, b.party)
            for a, b in zip(rows, self._rows, strict=True)
        ):
            # Same cells: repaint only those whose numbers moved (a toggle touches a few).
            changed = [n for n, (a, b) in enumerate(zip(rows, self._rows, strict=True)) if a != b]
            self._rows = rows
            # One signal per run of changed lines, from the first column whose text can
            # move (a toggle moves «Brukt» onward): the view repaints just those cells.
            for first, last in _runs(changed):
                self.dataChanged.emit(self.index(first, B_FRAME), self.index(last, B_STATUS))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[BalanceRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(BALANCE_HEADERS)

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def _source_name(self, source: str) -> str:
        profile = self.source.profile
        return profile.funding_source_name(source) if profile else source

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        total = not row.source
        if role == Qt.ItemDataRole.DisplayRole:
            if column == B_YEAR:
                return str(row.year)
            if column == B_SOURCE:
                return (
                    translate("portfolio_model", "Sum alle kilder")
                    if total
                    else self._source_name(row.source)
                )
            if column == B_PARTY:
                return translate("portfolio_model", WHOLE_PROGRAMME) if not row.party else row.party
            if column == B_FRAME:
                return (
                    translate("portfolio_model", NO_FRAME)
                    if row.frame is None
                    else format_mnok(row.frame, unit=False)
                )
            if column == B_USED:
                return format_mnok(row.used, unit=False)
            if column == B_LEFT:
                return "" if row.left is None else format_mnok(row.left, unit=False)
            if column == B_STATUS:
                return balance_status(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (B_FRAME, B_USED, B_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (total or (row.over and column >= B_LEFT)):
            font = QFont()
            font.setBold(True)
            return font
        if column in (B_LEFT, B_STATUS) and (row.over or (row.left or 0) > 0):
            if role == Qt.ItemDataRole.BackgroundRole:
                return theme.brush(Role.OVER_BACKGROUND if row.over else Role.UNDER_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole:
                return theme.brush(Role.OVER_TEXT if row.over else Role.UNDER_TEXT)
        if role == Qt.ItemDataRole.ToolTipRole and column == B_FRAME and row.frame is None:
            return translate(
                "portfolio_model",
                "Det er ikke satt noen ramme for dette året og denne kilden (Rammer …).",
            )
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("portfolio_model", BALANCE_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in (B_FRAME, B_USED, B_LEFT):
            return translate("portfolio_model", "Millioner kroner")
        return None
