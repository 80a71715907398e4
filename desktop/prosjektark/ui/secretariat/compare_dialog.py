"""«Sammenlign scenarioer»: two saved scenarios side by side, the sheets where they differ
(place, in or out with the reason, funding years, revision) and both balances per year
and source against the same frames."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.portfolio import PortfolioItem, compare
from prosjektark.domain.scenario import (
    Balance,
    BalanceRow,
    Scenario,
    ScenarioEntry,
    balance_rows,
)
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import StoreError
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.portfolio_model import (
    NO_FRAME,
    WHOLE_PROGRAMME,
    shift_text,
)
from prosjektark.ui.theme import Role

if TYPE_CHECKING:
    from prosjektark.domain.catalog import Catalog
    from prosjektark.domain.frames import FrameLine
    from prosjektark.domain.profile import Profile
    from prosjektark.store.repository import Store

DIFF_HEADERS = (
    QT_TRANSLATE_NOOP("compare_dialog", "Tittel"),
    QT_TRANSLATE_NOOP("compare_dialog", "Plass A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Plass B"),
    QT_TRANSLATE_NOOP("compare_dialog", "Med i A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Med i B"),
    QT_TRANSLATE_NOOP("compare_dialog", "Flyttet A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Flyttet B"),
    QT_TRANSLATE_NOOP("compare_dialog", "Revisjon A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Revisjon B"),
)
_NUMBER_COLUMNS = (1, 2, 7, 8)
BALANCE_HEADERS = (
    QT_TRANSLATE_NOOP("compare_dialog", "År"),
    QT_TRANSLATE_NOOP("compare_dialog", "Kilde"),
    QT_TRANSLATE_NOOP("compare_dialog", "Part"),
    QT_TRANSLATE_NOOP("compare_dialog", "Ramme"),
    QT_TRANSLATE_NOOP("compare_dialog", "Brukt A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Igjen A"),
    QT_TRANSLATE_NOOP("compare_dialog", "Brukt B"),
    QT_TRANSLATE_NOOP("compare_dialog", "Igjen B"),
)


def _left_text(row: BalanceRow | None) -> str:
    if row is None or row.frame is None:
        return ""
    left = row.frame - row.used
    text = format_mnok(left, unit=False)
    return translate("compare_dialog", "{amount} (over)").format(amount=text) if left < 0 else text


def _in_text(entry: ScenarioEntry | None) -> str:
    """In or out, with the reason recorded (for a sheet that is in, the note the proposal
    prints beside it)."""
    if entry is None:
        return translate("compare_dialog", "Ikke med i scenarioet")
    reason = entry.reason.strip()
    if entry.included:
        answer = translate("compare_dialog", "Ja")
        with_reason = translate("compare_dialog", "Ja: {reason}")
    else:
        answer = translate("compare_dialog", "Nei")
        with_reason = translate("compare_dialog", "Nei: {reason}")
    return with_reason.format(reason=reason) if reason else answer


def _revision_text(entry: ScenarioEntry | None) -> str:
    return "" if entry is None else str(entry.revision)


class CompareDialog(QDialog):
    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        profile: Profile,
        scenarios: Sequence[Scenario],
        latest: Mapping[uuid.UUID, PortfolioItem],
        frames: Sequence[FrameLine],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.profile = profile
        self.scenarios = list(scenarios)
        self.latest = dict(latest)
        self.frames = list(frames)
        self._items: dict[uuid.UUID, dict[uuid.UUID, PortfolioItem]] = {}
        self.setWindowTitle(
            translate("compare_dialog", "Sammenlign scenarioer – {programme}").format(
                programme=profile.name
            )
        )

        self.a_box = QComboBox()
        self.a_box.setObjectName("compareA")
        self.b_box = QComboBox()
        self.b_box.setObjectName("compareB")
        for box in (self.a_box, self.b_box):
            for scenario in self.scenarios:
                box.addItem(scenario.name, str(scenario.id))
        if len(self.scenarios) > 1:
            self.b_box.setCurrentIndex(1)
        a_label = QLabel(translate("compare_dialog", "Scenario &A:"))
        a_label.setBuddy(self.a_box)
        b_label = QLabel(translate("compare_dialog", "Scenario &B:"))
        b_label.setBuddy(self.b_box)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)

        self.diff_table = self._table("compareDifferences", DIFF_HEADERS)
        self.diff_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.balance_table = self._table("compareBalance", BALANCE_HEADERS)
        self.balance_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )

        choose = QHBoxLayout()
        choose.addWidget(a_label)
        choose.addWidget(self.a_box, 1)
        choose.addWidget(b_label)
        choose.addWidget(self.b_box, 1)
        upper = QWidget()
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(
            QLabel(translate("compare_dialog", "Ark som er ulike i de to scenarioene:"))
        )
        upper_column.addWidget(self.diff_table, 1)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        lower_column.addWidget(
            QLabel(translate("compare_dialog", "Balanse mot rammene per år og kilde (MNOK):"))
        )
        lower_column.addWidget(self.balance_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("compare_dialog", "Lukk")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.a_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.b_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.resize(1000, 680)
        self.refresh()

    def _table(self, name: str, headers: Sequence[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([translate("compare_dialog", h) for h in headers])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setDefaultSectionSize(22)
        return table

    def _scenario(self, box: QComboBox) -> Scenario | None:
        value = box.currentData()
        return next((s for s in self.scenarios if str(s.id) == value), None)

    def _items_of(self, scenario: Scenario) -> dict[uuid.UUID, PortfolioItem]:
        from prosjektark.exchange.portfolio_items import scenario_items

        if scenario.id not in self._items:
            self._items[scenario.id] = scenario_items(
                self.store, self.catalog, scenario, self.latest
            )
        return self._items[scenario.id]

    def refresh(self) -> None:
        a, b = self._scenario(self.a_box), self._scenario(self.b_box)
        if a is None or b is None:
            return
        try:
            items_a, items_b = self._items_of(a), self._items_of(b)
        except StoreError as exc:
            self.summary.setText(
                translate("compare_dialog", "Kunne ikke lese scenarioene: {error}").format(
                    error=exc
                )
            )
            return
        differences = compare(a, b)
        titles = {sid: item.title for sid, item in {**self.latest, **items_a, **items_b}.items()}
        self.diff_table.setRowCount(len(differences))
        for row, diff in enumerate(differences):
            cells = (
                titles.get(diff.sheet_id, str(diff.sheet_id)),
                "" if diff.rank_a is None else str(diff.rank_a),
                "" if diff.rank_b is None else str(diff.rank_b),
                _in_text(diff.entry_a),
                _in_text(diff.entry_b),
                shift_text(diff.entry_a.shift_years) if diff.entry_a else "",
                shift_text(diff.entry_b.shift_years) if diff.entry_b else "",
                _revision_text(diff.entry_a),
                _revision_text(diff.entry_b),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column in _NUMBER_COLUMNS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.diff_table.setItem(row, column, item)
        self.diff_table.resizeColumnsToContents()
        self.diff_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        order = [s.id for s in self.profile.funding_sources]
        rows_a = self._rows(a, items_a, order)
        rows_b = self._rows(b, items_b, order)
        keys = list(dict.fromkeys([*rows_a, *rows_b]))
        self.balance_table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            ra, rb = rows_a.get(key), rows_b.get(key)
            sample = ra or rb
            assert sample is not None
            total = not sample.source
            cells = (
                str(sample.year),
                translate("compare_dialog", "Sum alle kilder")
                if total
                else self.profile.funding_source_name(sample.source),
                sample.party or translate("portfolio_model", WHOLE_PROGRAMME),
                translate("portfolio_model", NO_FRAME)
                if sample.frame is None
                else format_mnok(sample.frame, unit=False),
                format_mnok(ra.used if ra else Decimal(0), unit=False),
                _left_text(ra),
                format_mnok(rb.used if rb else Decimal(0), unit=False),
                _left_text(rb),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if total:
                    font = QFont()
                    font.setBold(True)
                    item.setFont(font)
                over = ra if column in (4, 5) else rb if column in (6, 7) else None
                if over is not None and over.over:
                    item.setBackground(theme.brush(Role.OVER_BACKGROUND))
                    item.setForeground(theme.brush(Role.OVER_TEXT))
                    if over.frame is None and column in (5, 7):
                        item.setText(translate("compare_dialog", "over: ingen ramme"))
                self.balance_table.setItem(row, column, item)
        self.balance_table.resizeColumnsToContents()
        self.balance_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        over_a = sum(1 for r in rows_a.values() if r.over)
        over_b = sum(1 for r in rows_b.values() if r.over)
        if a.id == b.id:
            self.summary.setText(translate("compare_dialog", "Velg to ulike scenarioer."))
            return
        summary = (
            translate(
                "compare_dialog",
                "Ett ark er ulikt. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».",
            )
            if len(differences) == 1
            else translate(
                "compare_dialog",
                "{n} ark er ulike. Over rammen: {over_a} linjer i «{a}», {over_b} i «{b}».",
            )
        )
        self.summary.setText(
            summary.format(n=len(differences), over_a=over_a, a=a.name, over_b=over_b, b=b.name)
        )

    def _rows(
        self, scenario: Scenario, items: Mapping[uuid.UUID, PortfolioItem], order: list[str]
    ) -> dict[tuple[int, str, str], BalanceRow]:
        funding = {sheet_id: item.funding for sheet_id, item in items.items()}
        balance = Balance.of(self.frames, scenario, funding)
        return {(r.year, r.source, r.party): r for r in balance_rows(balance, order)}
