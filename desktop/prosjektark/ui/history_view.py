"""«Sakshistorikk»: a sheet's case history as a timeline, for the working group's editor
and the secretariat's workspace alike.

One row per entry: when (local time), what happened (EVENT_NAMES), the revision, the
review state in the programme's own words, who (name and the start of the certificate's
fingerprint, the whole one in the tooltip; «(ingen identitet)» when it was made without
one) and the text (a comment, a note). The wording is domain/case_history.py's, as in
the CLI and the PDF.

Newest first: whoever opens the timeline asks what happened last and where the sheet
stands now, and a long history would bury that at the bottom. The CLI and the PDF keep
the record's order, oldest first, since they are read from top to bottom as a record.

The table is one tab stop; the arrow keys move between entries, Ctrl+C copies the
selected rows (all rows when none is selected) as tab-separated text with the column
names first, and each row has an accessible text that reads the whole entry.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.case_history import event_line, state_name, who_text
from prosjektark.domain.caseflow import CaseEvent
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.profile import Profile, Review
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.repository import Store, StoreError
from prosjektark.ui.copying_table import CopyingTable
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate

COLUMNS = (
    QT_TRANSLATE_NOOP("history_view", "Tidspunkt"),
    QT_TRANSLATE_NOOP("history_view", "Hendelse"),
    QT_TRANSLATE_NOOP("history_view", "Revisjon"),
    QT_TRANSLATE_NOOP("history_view", "Saksstatus"),
    QT_TRANSLATE_NOOP("history_view", "Utført av"),
    QT_TRANSLATE_NOOP("history_view", "Tekst"),
)
COL_TIME, COL_KIND, COL_REVISION, COL_STATE, COL_WHO, COL_TEXT = range(len(COLUMNS))
TITLE = QT_TRANSLATE_NOOP("history_view", "Sakshistorikk")


def column_names() -> list[str]:
    """The table's column names in the UI's language."""
    return [translate("history_view", name) for name in COLUMNS]


class HistoryView(QWidget):
    """The case history of one sheet, newest first; `refresh` (re)reads it from the store."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.events: list[CaseEvent] = []  # as shown: newest first
        self.intro = QLabel(self)
        self.intro.setObjectName("historyIntro")
        self.intro.setWordWrap(True)
        self.table = CopyingTable(0, len(COLUMNS), self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(column_names())
        self.table.setAccessibleName(translate("history_view", TITLE))
        self.table.setAccessibleDescription(
            translate(
                "history_view",
                "Alt som har skjedd med arket, nyeste først. Piltastene flytter mellom"
                " hendelsene; Ctrl+C kopierer de valgte.",
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        # Wrapped text needs the rows refitted whenever a column's width changes.
        self.table.horizontalHeader().sectionResized.connect(
            lambda *_: self.table.resizeRowsToContents()
        )
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col in (COL_TIME, COL_KIND, COL_REVISION, COL_STATE, COL_WHO):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.copy_requested.connect(self.copy_rows)
        self.intro.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self._show([], None)

    def refresh(self, store: Store, sheet_id: uuid.UUID, profile: Profile | None) -> None:
        """Read the sheet's history again; `profile` names the review states (None: their
        ids are shown). A store that cannot be read says so in the view."""
        review = profile.review if profile is not None else None
        try:
            events = store.history(sheet_id)
        except StoreError as exc:
            self._show([], review)
            self.intro.setText(
                translate("history_view", "Kunne ikke lese sakshistorikken: {error}").format(
                    error=exc
                )
            )
            return
        self._show(events, review)

    def _show(self, events: list[CaseEvent], review: Review | None) -> None:
        self.events = list(reversed(events))
        table = self.table
        table.setRowCount(len(self.events))
        for row, event in enumerate(self.events):
            spoken = event_line(event, review)
            texts = {
                COL_TIME: format_datetime(event.at),
                COL_KIND: event.kind_name,
                COL_REVISION: "" if event.revision is None else str(event.revision),
                COL_STATE: state_name(event.state, review),
                COL_WHO: who_text(event.who, event.fingerprint),
                COL_TEXT: event.text,
            }
            for col, text in texts.items():
                item = QTableWidgetItem(text)
                if col == COL_REVISION:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                elif col == COL_WHO and event.fingerprint:
                    fingerprint = translate("history_view", "SHA-256-fingeravtrykk: {fingerprint}")
                    item.setToolTip(
                        f"{event.who}\n{fingerprint.format(fingerprint=event.fingerprint)}"
                    )
                elif col == COL_TEXT and text:
                    item.setToolTip(text)
                # A screen reader reads the whole entry on any of its cells.
                item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        if self.events:
            count = len(self.events)
            self.intro.setText(
                (
                    translate(
                        "history_view",
                        "1 hendelse, nyeste først. Ctrl+C kopierer de valgte radene.",
                    )
                    if count == 1
                    else translate(
                        "history_view",
                        "{count} hendelser, nyeste først. Ctrl+C kopierer de valgte radene.",
                    )
                ).format(count=count)
            )
            table.setCurrentCell(0, 0)
            table.selectRow(0)
        else:
            self.intro.setText(
                translate("history_view", "Ingen hendelser er registrert for dette arket ennå.")
            )

    def copy_rows(self) -> str:
        """The selected rows (all when none is) with the column names, to the clipboard."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            rows = list(range(self.table.rowCount()))
        lines = ["\t".join(column_names())]
        for row in rows:
            cells = (self.table.item(row, col) for col in range(self.table.columnCount()))
            lines.append("\t".join(" ".join(c.text().split()) if c else "" for c in cells))
        text = "\n".join(lines)
        QGuiApplication.clipboard().setText(text)
        return text


class HistoryDialog(QDialog):
    """«Sakshistorikk – <title>»: the timeline in a window of its own, from the editor or
    the secretariat's workspace. Esc and «Lukk» close it; «Oppdater» reads it again."""

    def __init__(
        self,
        store: Store,
        sheet_id: uuid.UUID,
        profile: Profile | None,
        *,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(
            translate("history_view", "Sakshistorikk – {title}").format(
                title=title or translate("history_view", "(uten navn)")
            )
        )
        self.resize(900, 480)
        self.store, self.sheet_id, self.profile = store, sheet_id, profile
        self.view = HistoryView(self)
        self.copy_button = QPushButton(translate("history_view", "&Kopier"), self)
        self.copy_button.setObjectName("copyHistoryButton")
        self.copy_button.setToolTip(
            translate("history_view", "Kopier de valgte hendelsene (alle når ingen er valgt)")
        )
        self.copy_button.clicked.connect(self.view.copy_rows)
        self.refresh_button = QPushButton(translate("history_view", "&Oppdater"), self)
        self.refresh_button.setObjectName("refreshHistoryButton")
        self.refresh_button.setToolTip(translate("history_view", "Les sakshistorikken på nytt"))
        self.refresh_button.clicked.connect(self.refresh)
        self.close_button = QPushButton(translate("history_view", "Lukk"), self)
        self.close_button.setObjectName("closeHistoryButton")
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        enter_presses(self, self.close_button)
        self.refresh()
        self.view.table.setFocus()

    def refresh(self) -> None:
        self.view.refresh(self.store, self.sheet_id, self.profile)

    @classmethod
    def for_sheet(
        cls,
        store: Store,
        catalog: Catalog,
        sheet_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> HistoryDialog:
        """The dialog for a sheet in `store`, titled with its name and its programme's
        state names; a sheet that cannot be loaded still shows what history there is."""
        try:
            sheet = store.load(sheet_id)
        except StoreError:
            return cls(store, sheet_id, None, parent=parent)
        profile = catalog.profiles.get(sheet.profile) or catalog.default_profile
        return cls(store, sheet_id, profile, title=sheet.identification.title, parent=parent)
