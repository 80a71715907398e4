"""«Rammer …»: the programme's frames, entered by the secretariat: the money available per
year and funding source, and where the agreement sets pots aside, per party or
municipality (seed 004). Nothing here invents a number; import and export use the small
CSV file Norwegian Excel writes (domain.frames)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.frames import (
    FrameLine,
    FrameProblem,
    FramesError,
    decode_frames_file,
    frames_csv,
    parse_amount,
    parse_frames_csv,
    validate_frames,
)
from prosjektark.domain.nb_format import format_datetime, format_number
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.conflicts import make_reload_button, offer_reload

if TYPE_CHECKING:
    from prosjektark.domain.profile import Profile
    from prosjektark.store.repository import Store

WHOLE_PROGRAMME = QT_TRANSLATE_NOOP("frames_dialog", "Hele programmet")
COL_YEAR, COL_SOURCE, COL_PARTY, COL_AMOUNT = range(4)


class FramesDialog(QDialog):
    """Edits every frame line of one programme; «Lagre» replaces them in the store, based
    on the version read (another user's save in between is a conflict, never overwritten)."""

    def __init__(
        self,
        store: Store,
        profile: Profile,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.profile = profile
        self.read_only = read_only
        self.version = 0
        self.saved_version: int | None = None  # set once «Lagre» succeeded
        self.setWindowTitle(
            translate("frames_dialog", "Rammer – {programme}").format(programme=profile.name)
        )

        intro = QLabel(
            translate(
                "frames_dialog",
                "Pengene {programme} har til rådighet per år og finansieringskilde, i "
                "millioner kroner. Velg en part når avtalen setter av en pott til en part eller "
                "kommune; «Hele programmet» er programmets egen ramme.",
            ).format(programme=profile.name)
        )
        intro.setWordWrap(True)
        self.info_label = QLabel()
        self.info_label.setObjectName("framesInfo")
        self.info_label.setWordWrap(True)
        theme.set_style(self.info_label, "color: $muted_text;")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("framesTable")
        self.table.setAccessibleName(translate("frames_dialog", "Rammer"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("frames_dialog", "År"),
                translate("frames_dialog", "Kilde"),
                translate("frames_dialog", "Part"),
                translate("frames_dialog", "Beløp (MNOK)"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PARTY, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_YEAR, 80)
        self.table.setColumnWidth(COL_SOURCE, 190)
        self.table.setColumnWidth(COL_AMOUNT, 120)
        self.table.verticalHeader().setDefaultSectionSize(30)

        self.problems = QPlainTextEdit()
        self.problems.setObjectName("framesProblems")
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(translate("frames_dialog", "Problemer med rammene"))
        theme.set_style(
            self.problems,
            "QPlainTextEdit { background: $error_box_background; color: $error_box_text;"
            " border: 1px solid $error_box_border; }",
        )
        self.problems.setMaximumHeight(130)
        self.problems.hide()

        self.add_button = self._button(
            translate("frames_dialog", "&Legg til linje"), "framesAdd", self.add_line
        )
        self.remove_button = self._button(
            translate("frames_dialog", "&Fjern linje"), "framesRemove", self.remove_line
        )
        self.import_button = self._button(
            translate("frames_dialog", "&Importer …"), "framesImport", self.choose_import
        )
        self.export_button = self._button(
            translate("frames_dialog", "&Eksporter …"), "framesExport", self.choose_export
        )
        self.save_button = self._button(
            translate("frames_dialog", "La&gre"), "framesSave", self.save
        )
        self.close_button = self._button(
            translate("frames_dialog", "Lukk"), "framesClose", self.reject
        )
        self.reload_button = make_reload_button(
            self._button(
                translate("frames_dialog", "Last inn på &nytt"), "framesReload", self.reload
            )
        )
        self.reload_button.hide()
        self.mine_button = self._button(
            translate("frames_dialog", "Bruk mine tall igjen"), "framesMine", self.use_mine
        )
        self.mine_button.setToolTip(
            translate(
                "frames_dialog",
                "Sett inn igjen rammene du ikke fikk lagret; «Lagre» lagrer dem over de nye.",
            )
        )
        self.mine_button.hide()
        # The table's lines when a save was refused, until the user takes them again.
        self._unsaved: list[FrameLine] | None = None

        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            buttons.addWidget(button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        # Beside the words that say the user's numbers are kept (after a reload).
        info_row = QHBoxLayout()
        info_row.addWidget(self.info_label, 1)
        info_row.addWidget(self.mine_button)
        layout.addLayout(info_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        enter_presses(self, None)  # Enter in an amount must never save or close
        for button in (self.add_button, self.remove_button, self.save_button):
            button.setEnabled(not read_only)
        self.import_button.setEnabled(not read_only)
        self.resize(720, 520)
        self.load()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ------------------------------------------------------------------ contents
    def load(self) -> None:
        """The stored frames and their version (what a save is based on)."""
        try:
            lines = self.store.frames(self.profile.id)
            info = self.store.frames_info(self.profile.id)
        except StoreError as exc:
            self.show_problems(
                translate("frames_dialog", "Kunne ikke lese rammene: {error}").format(error=exc), []
            )
            return
        self.version = info.version
        if info.version:
            self.info_label.setText(
                translate(
                    "frames_dialog", "Sist lagret av {who} {when} (versjon {version})."
                ).format(
                    who=info.changed_by or translate("frames_dialog", "ukjent"),
                    when=format_datetime(info.changed_at),
                    version=info.version,
                )
            )
        else:
            self.info_label.setText(translate("frames_dialog", "Rammene er ikke lagt inn ennå."))
        self.set_lines(lines)
        self.problems.hide()
        self.reload_button.hide()
        self.mine_button.hide()

    def reload(self) -> None:
        """«Last inn på nytt» after a refused save: the frames as stored now (the other
        user's), with the user's own lines a click away («Bruk mine tall igjen»)."""
        self.load()
        self.table.setFocus()
        mine = self._unsaved
        if not mine or sorted(mine, key=_key) == sorted(self.lines()[0], key=_key):
            return
        self.mine_button.show()
        self.info_label.setText(
            self.info_label.text()
            + " "
            + translate(
                "frames_dialog",
                "Tallene dine som ikke ble lagret, er tatt vare på: «Bruk mine tall igjen» "
                "setter dem inn i tabellen.",
            )
        )

    def use_mine(self) -> None:
        """The lines a refused save held, back in the table, based on the version now
        stored: «Lagre» then replaces the other user's frames on purpose."""
        if self._unsaved is None:
            return
        self.set_lines(self._unsaved)
        self._unsaved = None
        self.mine_button.hide()
        self.table.setFocus()
        self.info_label.setText(
            translate(
                "frames_dialog",
                "Tallene dine står i tabellen igjen. «Lagre» lagrer dem i stedet for de som "
                "er lagret nå.",
            )
        )

    def set_lines(self, lines: list[FrameLine]) -> None:
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(line)

    def add_line(self, line: FrameLine | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        years = self.profile.years
        year_box = QComboBox()
        year_box.setAccessibleName(translate("frames_dialog", "År"))
        for year in years:
            year_box.addItem(str(year), year)
        source_box = QComboBox()
        source_box.setAccessibleName(translate("frames_dialog", "Kilde"))
        for source in self.profile.funding_sources:
            source_box.addItem(source.name, source.id)
        party_box = QComboBox()
        party_box.setAccessibleName(translate("frames_dialog", "Part"))
        party_box.addItem(translate("frames_dialog", WHOLE_PROGRAMME), "")
        for part in self.profile.frame_parts:
            party_box.addItem(part, part)
        amount = QLineEdit()
        amount.setAccessibleName(translate("frames_dialog", "Beløp i millioner kroner"))
        amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if line is not None:
            # A stored line outside today's lists still shows as it is (and is refused).
            for box, value in (
                (year_box, line.year),
                (source_box, line.source),
                (party_box, line.party),
            ):
                found = box.findData(value)
                if found < 0:
                    box.addItem(str(value), value)
                    found = box.count() - 1
                box.setCurrentIndex(found)
            amount.setText(format_number(line.amount_mnok, max_decimals=None, grouped=False))
        elif years and row:
            # A new line follows the one above: the next year, the same source and party.
            above = self.line_widgets(row - 1)
            next_year = (above[0].currentData() or years[0]) + 1
            year_box.setCurrentIndex(max(year_box.findData(next_year), 0))
            source_box.setCurrentIndex(above[1].currentIndex())
            party_box.setCurrentIndex(above[2].currentIndex())
        for widget in (year_box, source_box, party_box, amount):
            widget.setEnabled(not self.read_only)
        self.table.setCellWidget(row, COL_YEAR, year_box)
        self.table.setCellWidget(row, COL_SOURCE, source_box)
        self.table.setCellWidget(row, COL_PARTY, party_box)
        self.table.setCellWidget(row, COL_AMOUNT, amount)
        if line is None:
            self.table.selectRow(row)
            amount.setFocus()

    def line_widgets(self, row: int) -> tuple[QComboBox, QComboBox, QComboBox, QLineEdit]:
        return (
            self.table.cellWidget(row, COL_YEAR),
            self.table.cellWidget(row, COL_SOURCE),
            self.table.cellWidget(row, COL_PARTY),
            self.table.cellWidget(row, COL_AMOUNT),
        )  # type: ignore[return-value]

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)

    def lines(self) -> tuple[list[FrameLine], list[FrameProblem]]:
        """The table's lines, and what is wrong with them (every line, every reason)."""
        lines: list[FrameLine] = []
        problems: list[FrameProblem] = []
        for row in range(self.table.rowCount()):
            year_box, source_box, party_box, amount_edit = self.line_widgets(row)
            try:
                # The file's reader, with its words: «1.000» is refused as both 1000 and
                # 1,000 here too, never taken as one million kroner.
                amount = parse_amount(amount_edit.text())
            except ValueError as exc:
                problems.append(
                    FrameProblem(
                        0,
                        translate("frames_dialog", "Linje {line}: {error}").format(
                            line=row + 1, error=exc
                        ),
                    )
                )
                continue
            lines.append(
                FrameLine(
                    int(year_box.currentData()),
                    str(source_box.currentData()),
                    str(party_box.currentData() or ""),
                    amount,
                )
            )
        problems += validate_frames(lines, self.profile)
        return lines, problems

    def show_problems(self, heading: str, problems: list[FrameProblem]) -> None:
        self.problems.setPlainText("\n".join([heading, *(f"• {p}" for p in problems)]))
        self.problems.show()

    # ------------------------------------------------------------------ file
    def choose_import(self) -> None:
        path = file_dialogs.open_file(
            self,
            translate("frames_dialog", "Importer rammer"),
            translate("frames_dialog", "CSV-filer (*.csv);;Alle filer (*)"),
            key="rammer",
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Read a frames file into the table (saved with «Lagre»). A refused file names
        every bad line and why; the table is left as it was."""
        try:
            text = decode_frames_file(path.read_bytes())
            lines = parse_frames_csv(text, self.profile)
        except OSError as exc:
            self.show_problems(
                translate("frames_dialog", "Kunne ikke lese «{file}»: {error}").format(
                    file=path.name, error=exc.strerror or exc
                ),
                [],
            )
            return False
        except FramesError as exc:
            self.show_problems(
                translate(
                    "frames_dialog",
                    "«{file}» ble ikke importert. Rett disse linjene i filen og prøv igjen "
                    "(linje 1 er overskriften):",
                ).format(file=path.name),
                exc.problems,
            )
            return False
        self.set_lines(lines)
        self.problems.hide()
        message = (
            translate(
                "frames_dialog",
                "Importert 1 linje fra «{file}». Trykk «Lagre» for å ta den i bruk.",
            )
            if len(lines) == 1
            else translate(
                "frames_dialog",
                "Importert {n} linjer fra «{file}». Trykk «Lagre» for å ta dem i bruk.",
            )
        )
        self.info_label.setText(message.format(n=len(lines), file=path.name))
        return True

    def choose_export(self) -> None:
        path = file_dialogs.save_file(
            self,
            translate("frames_dialog", "Eksporter rammer"),
            f"rammer_{self.profile.id}.csv",
            translate("frames_dialog", "CSV-filer (*.csv)"),
            key="rammer",
        )
        if path is not None:
            self.export_file(path)

    def export_file(self, path: Path) -> bool:
        lines, problems = self.lines()
        if problems:
            self.show_problems(
                translate("frames_dialog", "Rammene kan ikke eksporteres før disse er rettet:"),
                problems,
            )
            return False
        try:
            path.write_text(frames_csv(lines, self.profile), encoding="utf-8", newline="")
        except OSError as exc:
            self.show_problems(
                translate("frames_dialog", "Kunne ikke skrive «{file}»: {error}").format(
                    file=path, error=exc.strerror or exc
                ),
                [],
            )
            return False
        self.info_label.setText(
            translate("frames_dialog", "Eksportert til «{file}».").format(file=path)
        )
        return True

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        if self.read_only:
            return False
        lines, problems = self.lines()
        if problems:
            self.show_problems(
                translate("frames_dialog", "Rammene er ikke lagret. Rett dette først:"), problems
            )
            return False
        try:
            version = self.store.set_frames(self.profile.id, lines, expected_version=self.version)
        except ConflictError as exc:
            self._unsaved = lines
            self.show_problems(
                translate(
                    "frames_dialog",
                    "{error}\nTallene i tabellen står her fortsatt. «Last inn på nytt» viser de "
                    "lagrede, og «Bruk mine tall igjen» setter dine inn igjen etterpå.",
                ).format(error=exc),
                [],
            )
            offer_reload(self.reload_button)
            return False
        except StoreError as exc:
            self.show_problems(
                translate("frames_dialog", "Rammene er ikke lagret: {error}").format(error=exc), []
            )
            return False
        self.version = version
        self.saved_version = version
        self._unsaved = None
        self.problems.hide()
        self.reload_button.hide()
        self.mine_button.hide()
        self.info_label.setText(
            translate("frames_dialog", "Lagret (versjon {version}).").format(version=version)
        )
        return True

    def reject(self) -> None:
        lines, _problems = self.lines()
        try:
            stored = self.store.frames(self.profile.id)
        except StoreError:
            stored = lines
        if not self.read_only and sorted(lines, key=_key) != sorted(stored, key=_key):
            answer = QMessageBox.question(
                self,
                translate("frames_dialog", "Rammer"),
                translate(
                    "frames_dialog", "Rammene i tabellen er ikke lagret. Lukke uten å lagre?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _key(line: FrameLine) -> tuple:
    return (line.key, line.amount_mnok)
