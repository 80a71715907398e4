"""«Prisindeks»: the user edits a profile's price-index table; Save writes an override
file (prisindeks-<profile id>.toml) in the config folder. Cancel writes nothing.

The programme's years can be changed but not removed (an override can only replace or
add years); years the user added can be removed. Only years that differ from the
programme's table are written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.price_index import (
    MAX_YEAR,
    MIN_YEAR,
    PriceIndexFileError,
    check_entry,
    difference,
    merge,
    override_path,
    read_override,
    write_override,
)
from prosjektark.domain.profile import Profile
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.editor.values import ValueProblem, format_number, parse_decimal, parse_int
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

YEAR, VALUE, SOURCE = range(3)
HEADERS = [
    QT_TRANSLATE_NOOP("price_index_dialog", "År"),
    QT_TRANSLATE_NOOP("price_index_dialog", "Indeks"),
    QT_TRANSLATE_NOOP("price_index_dialog", "Kilde"),
]


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: int
    message: str


def parse_rows(rows: Sequence[tuple[str, str]]) -> tuple[dict[int, Decimal], list[RowProblem]]:
    """The table typed into the dialog (decimal comma), and what is wrong with it."""
    table: dict[int, Decimal] = {}
    problems: list[RowProblem] = []
    for i, (year_text, value_text) in enumerate(rows):
        try:
            year = parse_int(year_text)
            if year is None:
                raise ValueProblem(translate("price_index_dialog", "Fyll inn året."))
        except ValueProblem as exc:
            problems.append(
                RowProblem(
                    i,
                    YEAR,
                    translate("price_index_dialog", "Rad {row}: {problem}").format(
                        row=i + 1, problem=exc
                    ),
                )
            )
            continue
        if year in table:
            problems.append(
                RowProblem(
                    i,
                    YEAR,
                    translate("price_index_dialog", "Året {year} står to ganger.").format(
                        year=year
                    ),
                )
            )
            continue
        if not MIN_YEAR <= year <= MAX_YEAR:
            problems.append(RowProblem(i, YEAR, check_entry(year, Decimal(1))))
            continue
        try:
            value = parse_decimal(value_text)
            if value is None:
                raise ValueProblem(
                    translate("price_index_dialog", "Fyll inn indeksen for {year}.").format(
                        year=year
                    )
                )
        except ValueProblem as exc:
            problems.append(RowProblem(i, VALUE, f"{year}: {exc}"))
            continue
        message = check_entry(year, value)
        if message:
            problems.append(RowProblem(i, VALUE, message))
            continue
        table[year] = value
    return dict(sorted(table.items())), problems


class PriceIndexDialog(QDialog):
    saved = Signal(list)  # ids of the profiles whose file was written or removed

    def __init__(
        self,
        profiles: Sequence[Profile],
        folder: Path,
        current: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`profiles`: the programme's profiles, before the user's tables."""
        super().__init__(parent)
        self.setObjectName("priceIndexDialog")
        self.setWindowTitle(translate("price_index_dialog", "Prisindeks"))
        self.folder = folder
        self.profiles = {p.id: p for p in profiles}
        self._rows: dict[str, list[tuple[str, str]]] = {}  # per profile, as typed
        self._problems: dict[str, str] = {}  # an override file that could not be read
        self._touched: set[str] = set()
        self._current = ""
        self._filling = False

        self.intro = QLabel(
            translate(
                "price_index_dialog",
                "Prisindeksen regner beløp om til programmets prisnivå:"
                " beløp × indeks(programmets år) / indeks(beløpets år). Du kan rette tallene"
                " og legge til år. Endringene lagres bare på denne maskinen.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("priceIndexProfile")
        self.profile_combo.setAccessibleName(translate("price_index_dialog", "Avtaleprofil"))
        for p in profiles:
            self.profile_combo.addItem(f"{p.name} ({p.area})", p.id)
        profile_label = QLabel(translate("price_index_dialog", "&Avtaleprofil:"), self)
        profile_label.setBuddy(self.profile_combo)
        profile_row = QHBoxLayout()
        profile_row.addWidget(profile_label)
        profile_row.addWidget(self.profile_combo, 1)
        self.profile_box = QWidget(self)
        self.profile_box.setLayout(profile_row)
        profile_row.setContentsMargins(0, 0, 0, 0)
        self.profile_box.setVisible(len(profiles) > 1)
        self.price_year_label = QLabel(self)
        self.price_year_label.setObjectName("priceIndexPriceYear")
        self.price_year_label.setWordWrap(True)

        self.file_problem = QLabel(self)
        self.file_problem.setObjectName("priceIndexFileProblem")
        self.file_problem.setWordWrap(True)
        theme.set_style(
            self.file_problem,
            "background: $caution_background; color: $caution_text;"
            " border: 1px solid $caution_border;"
            " border-radius: 4px; padding: 6px 10px;",
        )
        self.file_problem.hide()

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("priceIndexTable")
        self.table.setAccessibleName(translate("price_index_dialog", "Prisindeks per år"))
        self.table.setHorizontalHeaderLabels([translate("price_index_dialog", h) for h in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(YEAR, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)

        self.add_button = QPushButton(translate("price_index_dialog", "Legg til å&r"), self)
        self.add_button.setObjectName("priceIndexAdd")
        self.remove_button = QPushButton(translate("price_index_dialog", "&Fjern år"), self)
        self.remove_button.setObjectName("priceIndexRemove")
        self.reset_button = QPushButton(
            translate("price_index_dialog", "&Tilbakestill til programmets tabell"), self
        )
        self.reset_button.setObjectName("priceIndexReset")
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.remove_button)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.reset_button)

        self.message = QLabel(self)
        self.message.setObjectName("priceIndexMessage")
        self.message.setWordWrap(True)
        theme.set_style(self.message, "color: $error_text;")
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("price_index_dialog", "&Lagre"))
        self.save_button.setObjectName("priceIndexSave")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("price_index_dialog", "Avbryt")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.profile_box)
        layout.addWidget(self.price_year_label)
        layout.addWidget(self.file_problem)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 560)
        enter_presses(self, self.save_button)

        self.add_button.clicked.connect(self.add_year)
        self.remove_button.clicked.connect(self.remove_year)
        self.reset_button.clicked.connect(self.reset)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.profile_combo.currentIndexChanged.connect(self._on_profile)

        start = self.profile_combo.findData(current) if current else 0
        self.profile_combo.setCurrentIndex(max(start, 0))
        self._on_profile(self.profile_combo.currentIndex())

    # ------------------------------------------------------------------ state
    def profile(self) -> Profile:
        return self.profiles[self._current]

    def _initial_rows(self, profile: Profile) -> list[tuple[str, str]]:
        try:
            override = read_override(self.folder, profile.id) or {}
        except PriceIndexFileError as exc:
            self._problems[profile.id] = str(exc)
            override = {}
        table = merge(profile.price_index, override)
        return [(str(y), format_number(v)) for y, v in table.items()]

    def rows(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            year, value = self.table.item(r, YEAR), self.table.item(r, VALUE)
            out.append((year.text() if year else "", value.text() if value else ""))
        return out

    def _on_profile(self, index: int) -> None:
        if index < 0:
            return
        if self._current:
            self._rows[self._current] = self.rows()
        self._current = self.profile_combo.itemData(index)
        profile = self.profile()
        if self._current not in self._rows:
            self._rows[self._current] = self._initial_rows(profile)
        level = (
            translate("price_index_dialog", "{programme} bruker {year}-kroner.").format(
                programme=profile.name, year=profile.price_year
            )
            if profile.price_year is not None
            else translate(
                "price_index_dialog", "{programme} har ennå ikke fastsatt et prisnivå (kroneår)."
            ).format(programme=profile.name)
        )
        own = translate("price_index_dialog", "Egen tabell: {path}").format(
            path=override_path(self.folder, profile.id)
        )
        self.price_year_label.setText(f"{level} {own}")
        self.price_year_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        problem = self._problems.get(self._current, "")
        if problem:  # Save replaces the unreadable file
            self._touched.add(self._current)
        self.file_problem.setText(
            translate(
                "price_index_dialog",
                "Den lagrede tabellen kunne ikke leses og brukes ikke ({problem})."
                " Programmets tabell vises. Lagre for å erstatte filen.",
            ).format(problem=problem)
        )
        self.file_problem.setVisible(bool(problem))
        self._fill(self._rows[self._current])

    def _fill(self, rows: Sequence[tuple[str, str]]) -> None:
        self._filling = True
        try:
            self.table.setRowCount(0)
            for year, value in rows:
                self._append(year, value)
        finally:
            self._filling = False
        self._validate()

    def _append(self, year: str, value: str) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        year_item = QTableWidgetItem(year)
        programme = self._programme_year(year)
        if programme:  # the programme's years can only have their value changed
            year_item.setFlags(year_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        year_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value_item = QTableWidgetItem(value)
        value_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        source = QTableWidgetItem("")
        source.setFlags(source.flags() & ~Qt.ItemFlag.ItemIsEditable)
        source.setForeground(theme.brush(Role.MUTED_TEXT))
        self.table.setItem(r, YEAR, year_item)
        self.table.setItem(r, VALUE, value_item)
        self.table.setItem(r, SOURCE, source)
        return r

    def _programme_year(self, text: str) -> int | None:
        try:
            year = parse_int(text)
        except ValueProblem:
            return None
        return year if year is not None and year in self.profile().price_index else None

    # ------------------------------------------------------------------ actions
    def add_year(self) -> None:
        table, _ = parse_rows(self.rows())
        base = self.profile().price_year or date.today().year
        years = list(table) or list(self.profile().price_index) or [base - 1]
        self._touched.add(self._current)
        self._filling = True
        r = self._append(str(max(years) + 1), "")
        self._filling = False
        self._validate()
        self.table.setFocus()
        self.table.setCurrentCell(r, VALUE)
        self.table.editItem(self.table.item(r, VALUE))

    def remove_year(self) -> None:
        r = self.table.currentRow()
        if r < 0 or self._programme_year(self.table.item(r, YEAR).text()) is not None:
            return
        self._touched.add(self._current)
        self.table.removeRow(r)
        self._validate()

    def reset(self) -> None:
        """The programme's table again (written on Save; Cancel keeps the file as it is)."""
        self._touched.add(self._current)
        profile = self.profile()
        self._fill([(str(y), format_number(v)) for y, v in profile.price_index.items()])

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if self._filling:
            return
        self._touched.add(self._current)
        self._validate()

    def _validate(self) -> bool:
        """Marks bad cells and fills the source column; True when every table is valid."""
        rows = self.rows()
        table, problems = parse_rows(rows)
        base = self.profile().price_index
        self._filling = True
        try:
            bad = {(p.row, p.column) for p in problems}
            for r in range(self.table.rowCount()):
                for c in (YEAR, VALUE):
                    item = self.table.item(r, c)
                    invalid = (r, c) in bad
                    item.setBackground(
                        theme.brush(Role.ERROR_BOX_BACKGROUND) if invalid else QBrush()
                    )
                    item.setForeground(theme.brush(Role.ERROR_BOX_TEXT) if invalid else QBrush())
                    tip = next((p.message for p in problems if (p.row, p.column) == (r, c)), "")
                    item.setToolTip(tip)
                year = self._programme_year(rows[r][0])
                try:
                    value = parse_decimal(rows[r][1])
                except ValueProblem:
                    value = None
                if year is None:
                    text = translate("price_index_dialog", "Lagt til av deg")
                elif value is not None and value != base[year]:
                    text = translate("price_index_dialog", "Endret (programmet: {value})").format(
                        value=format_number(base[year])
                    )
                else:
                    text = translate("price_index_dialog", "Programmet")
                self.table.item(r, SOURCE).setText(text)
        finally:
            self._filling = False
        self._rows[self._current] = rows
        others = [
            pid for pid in self._touched if pid != self._current and parse_rows(self._rows[pid])[1]
        ]
        message = problems[0].message if problems else ""
        if not message and others:
            names = ", ".join(self.profiles[pid].name for pid in others)
            message = translate(
                "price_index_dialog",
                "Tabellen for {names} har feil som må rettes før du kan lagre.",
            ).format(names=names)
        self.message.setText(message)
        self.message.setVisible(bool(message))
        self.save_button.setEnabled(not message)
        self._update_buttons()
        return not message

    def _update_buttons(self) -> None:
        r = self.table.currentRow()
        removable = r >= 0 and self._programme_year(self.table.item(r, YEAR).text()) is None
        self.remove_button.setEnabled(removable)
        self.remove_button.setToolTip(
            ""
            if removable
            else translate("price_index_dialog", "Programmets år kan endres, men ikke fjernes.")
        )

    def save(self) -> None:
        if not self._validate():
            return
        written: list[str] = []
        for pid in sorted(self._touched):
            profile = self.profiles[pid]
            table, _ = parse_rows(self._rows[pid])
            try:
                write_override(self.folder, profile, difference(profile.price_index, table))
            except PriceIndexFileError as exc:
                self.message.setText(str(exc))
                self.message.show()
                return
            written.append(pid)
        self.saved.emit(written)
        self.accept()
