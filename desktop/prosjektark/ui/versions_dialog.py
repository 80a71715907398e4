"""«Versjoner og endringer»: a sheet's saved versions, one opened read-only, and what
changed between two of them (or between one and the working copy).

The list shows every saved revision, newest first: its number, when it was saved (local
time), the note given when it was saved and whether it was signed. «Vis» opens the
version in the guided editor, read-only; «Sammenlign …» opens the comparison, where the
two versions are chosen above a table of Felt / Før / Etter grouped by form step
(domain/diff.py). An added row says «Ny» and a removed one «Fjernet» in the empty
column, besides its colour, so the difference never rests on colour alone. Ctrl+C copies
the selected rows (all rows when none is selected) as tab-separated text; Esc closes.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.diff import FieldChange, diff_sheets, grouped_by_step
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.repository import RevisionInfo, Store, StoreError
from prosjektark.ui import theme
from prosjektark.ui.copying_table import CopyingTable
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.editor import AttachmentHandler, SheetEditor
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.theme import Role

WORKING = None  # the working copy, where a revision number is expected
WORKING_NAME = QT_TRANSLATE_NOOP("versions_dialog", "Arbeidskopien")
# The marks in the empty column of an added or removed row (translated where shown).
ADDED_TEXT = QT_TRANSLATE_NOOP("versions_dialog", "Ny")
REMOVED_TEXT = QT_TRANSLATE_NOOP("versions_dialog", "Fjernet")
# Tinted rows for added and removed values: the marks' words carry the meaning too.
_TINTS = {"added": Role.ADDED_BACKGROUND, "removed": Role.REMOVED_BACKGROUND}
COL_REVISION, COL_SAVED, COL_NOTE, COL_SIGNED = range(4)
COL_FIELD, COL_BEFORE, COL_AFTER = range(3)


def __getattr__(name: str) -> QColor:
    # ADDED_BACKGROUND and REMOVED_BACKGROUND were constants once; callers still reading
    # them get the colour of the scheme that applies now.
    if name in ("ADDED_BACKGROUND", "REMOVED_BACKGROUND"):
        return theme.color(name.lower())
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def revision_name(revision: int | None) -> str:
    if revision is WORKING:
        return translate("versions_dialog", WORKING_NAME)
    return translate("versions_dialog", "Versjon {revision}").format(revision=revision)


def _change_headers() -> list[str]:
    return [
        translate("versions_dialog", "Felt"),
        translate("versions_dialog", "Før"),
        translate("versions_dialog", "Etter"),
    ]


class _SheetSource:
    """Loads the sheet's versions once each; the working copy is the editor's own object
    when one is given (unsaved edits included), else the stored one."""

    def __init__(self, store: Store, sheet_id: uuid.UUID, working_copy: Sheet | None) -> None:
        self.store = store
        self.sheet_id = sheet_id
        self._working = working_copy
        self._loaded: dict[int, Sheet] = {}

    def sheet(self, revision: int | None) -> Sheet:
        if revision is WORKING:
            if self._working is None:
                self._working = self.store.load(self.sheet_id)
            return self._working
        if revision not in self._loaded:
            self._loaded[revision] = self.store.load_revision(self.sheet_id, revision)
        return self._loaded[revision]


class VersionsDialog(QDialog):
    """The saved versions of one sheet, with «Vis» and «Sammenlign …»."""

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        sheet_id: uuid.UUID,
        *,
        working_copy: Sheet | None = None,
        attachments: AttachmentHandler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versionsDialog")
        self.catalog = catalog
        self.attachments = attachments
        self.source = _SheetSource(store, sheet_id, working_copy)
        self.revisions: list[RevisionInfo] = sorted(
            store.revisions(sheet_id), key=lambda r: r.revision, reverse=True
        )
        title = (working_copy.identification.title if working_copy else "") or ""
        if not title:
            try:
                title = self.source.sheet(WORKING).identification.title
            except StoreError:
                title = ""
        self.setWindowTitle(
            translate("versions_dialog", "Versjoner og endringer – {title}").format(
                title=title or translate("versions_dialog", "(uten navn)")
            )
        )
        self.resize(760, 440)
        self.opened: list[QDialog] = []  # the dialogs opened from here, newest last

        self.intro = QLabel(self)
        self.intro.setObjectName("versionsIntro")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(len(self.revisions), 4, self)
        self.table.setObjectName("versionsTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("versions_dialog", "Versjon"),
                translate("versions_dialog", "Lagret"),
                translate("versions_dialog", "Merknad"),
                translate("versions_dialog", "Signert"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_REVISION, COL_SAVED, COL_SIGNED):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(self.revisions):
            cells = (
                str(info.revision),
                format_datetime(info.saved_at),
                info.note,
                translate("versions_dialog", "Signert") if info.signed else "",
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == COL_REVISION:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col == COL_SIGNED and info.signed:
                    item.setToolTip(
                        translate(
                            "versions_dialog", "Versjonen er signert og eksportert som pakke."
                        )
                    )
                self.table.setItem(row, col, item)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.view_button = QPushButton(translate("versions_dialog", "&Vis"), self)
        self.view_button.setObjectName("viewVersionButton")
        self.view_button.setToolTip(
            translate("versions_dialog", "Åpne den valgte versjonen skrivebeskyttet")
        )
        self.view_button.clicked.connect(self.view_selected)
        self.compare_button = QPushButton(translate("versions_dialog", "&Sammenlign …"), self)
        self.compare_button.setObjectName("compareVersionsButton")
        self.compare_button.setToolTip(
            translate(
                "versions_dialog",
                "Vis hva som er endret mellom den valgte versjonen og arbeidskopien,"
                " eller mellom to versjoner",
            )
        )
        self.compare_button.clicked.connect(self.compare_selected)
        self.close_button = QPushButton(translate("versions_dialog", "Lukk"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.view_button)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        if self.revisions:
            count = len(self.revisions)
            saved = (
                translate("versions_dialog", "1 lagret versjon, nyeste først.")
                if count == 1
                else translate(
                    "versions_dialog", "{count} lagrede versjoner, nyeste først."
                ).format(count=count)
            )
            self.intro.setText(
                saved
                + " "
                + translate(
                    "versions_dialog",
                    "En lagret versjon endres aldri; arbeidskopien er arket slik du redigerer det.",
                )
            )
            self.table.selectRow(0)
        else:
            self.intro.setText(
                translate(
                    "versions_dialog",
                    "Arket har ingen lagrede versjoner ennå. «Lagre versjon» (Ctrl+S) lagrer en"
                    " fast versjon du kan se og sammenligne med senere.",
                )
            )
        enter_presses(self, self.view_button if self.revisions else self.close_button)
        self._update_buttons()
        self.table.setFocus()

    def selected_revision(self) -> int | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.revisions[min(rows)].revision if rows else None

    def _update_buttons(self) -> None:
        selected = self.selected_revision() is not None
        self.view_button.setEnabled(selected)
        self.compare_button.setEnabled(bool(self.revisions))

    def view_selected(self) -> VersionViewDialog | None:
        revision = self.selected_revision()
        if revision is None:
            return None
        info = next(r for r in self.revisions if r.revision == revision)
        try:
            sheet = self.source.sheet(revision)
        except StoreError as exc:
            QMessageBox.warning(
                self, translate("versions_dialog", "Kunne ikke åpne versjonen"), str(exc)
            )
            return None
        dialog = VersionViewDialog(self.catalog, sheet, info, self.attachments, parent=self)
        self.opened.append(dialog)
        dialog.open()
        return dialog

    def compare_selected(self) -> CompareDialog | None:
        if not self.revisions:
            return None
        before = self.selected_revision() or self.revisions[0].revision
        dialog = CompareDialog(
            self.catalog,
            self.source,
            [r.revision for r in self.revisions],
            before,
            WORKING,
            parent=self,
        )
        self.opened.append(dialog)
        dialog.open()
        return dialog


class VersionViewDialog(QDialog):
    """One saved version in the guided editor, read-only."""

    def __init__(
        self,
        catalog: Catalog,
        sheet: Sheet,
        info: RevisionInfo,
        attachments: AttachmentHandler | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("versionViewDialog")
        title = sheet.identification.title or translate("versions_dialog", "(uten navn)")
        self.setWindowTitle(
            translate("versions_dialog", "{title} – versjon {revision} (skrivebeskyttet)").format(
                title=title, revision=info.revision
            )
        )
        self.resize(1180, 700)
        # A copy: the editor carries an older form's sheet over in its object, and the
        # version shown must stay the stored one for the comparison that may follow.
        self.sheet = sheet.model_copy(deep=True)
        self.editor = SheetEditor(catalog, attachments, self)
        self.editor.set_read_only(True, self.banner_text(info))
        self.editor.set_sheet(self.sheet)
        close = QPushButton(translate("versions_dialog", "Lukk"), self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        enter_presses(self, close)

    @staticmethod
    def banner_text(info: RevisionInfo) -> str:
        parts = [
            translate(
                "versions_dialog", "Versjon {revision}, lagret {time}, vises skrivebeskyttet."
            ).format(revision=info.revision, time=format_datetime(info.saved_at))
        ]
        if info.signed:
            parts.append(translate("versions_dialog", "Versjonen er signert."))
        if info.note.strip():
            parts.append(translate("versions_dialog", "Merknad: «{note}».").format(note=info.note))
        parts.append(translate("versions_dialog", "Endringer gjøres i arbeidskopien."))
        return " ".join(parts)


class CompareDialog(QDialog):
    """What changed between two versions: Felt / Før / Etter, grouped by form step."""

    def __init__(
        self,
        catalog: Catalog,
        source: _SheetSource,
        revisions: Sequence[int],
        before: int | None,
        after: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.catalog = catalog
        self.source = source
        self.changes: list[FieldChange] = []
        self.setWindowTitle(translate("versions_dialog", "Sammenlign versjoner"))
        self.resize(1000, 640)

        choices: list[int | None] = [WORKING, *sorted(revisions, reverse=True)]
        self.from_box = QComboBox(self)
        self.from_box.setObjectName("fromVersion")
        self.to_box = QComboBox(self)
        self.to_box.setObjectName("toVersion")
        for box in (self.from_box, self.to_box):
            for revision in choices:
                box.addItem(revision_name(revision), revision)
        self.from_box.setCurrentIndex(choices.index(before))
        self.to_box.setCurrentIndex(choices.index(after))
        picks = QHBoxLayout()
        from_label = QLabel(translate("versions_dialog", "&Før:"), self)
        from_label.setBuddy(self.from_box)
        to_label = QLabel(translate("versions_dialog", "&Etter:"), self)
        to_label.setBuddy(self.to_box)
        for label, box in ((from_label, self.from_box), (to_label, self.to_box)):
            box.setMinimumWidth(200)
            picks.addWidget(label)
            picks.addWidget(box)
            picks.addSpacing(16)
        picks.addStretch(1)

        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.table = CopyingTable(0, 3, self)
        self.table.setObjectName("changesTable")
        self.table.setHorizontalHeaderLabels(_change_headers())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_FIELD, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_BEFORE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AFTER, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_FIELD, 280)
        self.table.copy_requested.connect(self.copy_selection)

        self.copy_button = QPushButton(translate("versions_dialog", "&Kopier"), self)
        self.copy_button.setToolTip(
            translate("versions_dialog", "Kopier de valgte radene, eller alle, som tekst (Ctrl+C)")
        )
        self.copy_button.clicked.connect(self.copy_selection)
        self.close_button = QPushButton(translate("versions_dialog", "Lukk"), self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        enter_presses(self, self.close_button)
        self.from_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.to_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()
        self.table.setFocus()

    def set_versions(self, before: int | None, after: int | None) -> None:
        """Compare `before` with `after` (None: the working copy)."""
        for box, revision in ((self.from_box, before), (self.to_box, after)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(revision))
            box.blockSignals(False)
        self.refresh()

    def versions(self) -> tuple[int | None, int | None]:
        return self.from_box.currentData(), self.to_box.currentData()

    def refresh(self) -> None:
        before_rev, after_rev = self.versions()
        names = translate("versions_dialog", "{before} og {after}").format(
            before=revision_name(before_rev).lower(), after=revision_name(after_rev).lower()
        )
        try:
            before = self.source.sheet(before_rev)
            after = self.source.sheet(after_rev)
        except StoreError as exc:
            self.changes = []
            self._fill([])
            self.summary.setText(
                translate("versions_dialog", "Kunne ikke lese versjonene: {error}").format(
                    error=exc
                )
            )
            return
        profile = (
            self.catalog.profiles.get(after.profile)
            or self.catalog.profiles.get(before.profile)
            or self.catalog.default_profile
        )
        self.changes = diff_sheets(
            before, after, self.catalog.form, self.catalog.checklists, profile
        )
        self._fill(self.changes)
        count = len(self.changes)
        if before_rev == after_rev:
            self.summary.setText(
                translate(
                    "versions_dialog", "Velg to forskjellige versjoner for å se hva som er endret."
                )
            )
        elif not count:
            self.summary.setText(
                translate("versions_dialog", "Ingen endringer mellom {names}.").format(names=names)
            )
        else:
            added = sum(1 for c in self.changes if c.kind == "added")
            removed = sum(1 for c in self.changes if c.kind == "removed")
            marks = {
                "added": translate("versions_dialog", ADDED_TEXT),
                "removed": translate("versions_dialog", REMOVED_TEXT),
            }
            if added and removed:
                note = translate(
                    "versions_dialog",
                    "Det som er nytt er merket «{added}» og grønt og det som er fjernet er"
                    " merket «{removed}» og rødt.",
                )
            elif added:
                note = translate("versions_dialog", "Det som er nytt er merket «{added}» og grønt.")
            elif removed:
                note = translate(
                    "versions_dialog", "Det som er fjernet er merket «{removed}» og rødt."
                )
            else:
                note = ""
            text = (
                translate("versions_dialog", "1 endring mellom {names}.")
                if count == 1
                else translate("versions_dialog", "{count} endringer mellom {names}.")
            ).format(count=count, names=names)
            if note:
                text += " " + note.format(**marks)
            self.summary.setText(text)

    def _fill(self, changes: list[FieldChange]) -> None:
        self.table.clearSpans()
        groups = grouped_by_step(changes, self.catalog.form)
        self.table.setRowCount(sum(1 + len(rows) for _title, rows in groups))
        self.row_changes: list[FieldChange | None] = []  # None: a heading
        row = 0
        bold = QFont(self.table.font())
        bold.setBold(True)
        italic = QFont(self.table.font())
        italic.setItalic(True)
        for title, rows in groups:
            heading = QTableWidgetItem(title)
            heading.setFont(bold)
            heading.setBackground(theme.brush(Role.HEADING_BACKGROUND))
            heading.setForeground(theme.brush(Role.TEXT))
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(row, COL_FIELD, heading)
            for col in (COL_BEFORE, COL_AFTER):
                self.table.setItem(row, col, QTableWidgetItem(""))
            self.table.setSpan(row, COL_FIELD, 1, 3)
            self.row_changes.append(None)
            row += 1
            for change in rows:
                before, after = change.before, change.after
                if change.kind == "added":
                    before = translate("versions_dialog", ADDED_TEXT)
                elif change.kind == "removed":
                    after = translate("versions_dialog", REMOVED_TEXT)
                cells = (change.label, before, after)
                for col, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                    item.setToolTip(f"{change.field}\n\n{text}" if col else change.field)
                    marked = (change.kind == "added" and col == COL_BEFORE) or (
                        change.kind == "removed" and col == COL_AFTER
                    )
                    if marked:
                        item.setFont(italic)
                    tint = _TINTS.get(change.kind)
                    if tint is not None:
                        item.setBackground(theme.brush(tint))
                        item.setForeground(theme.brush(Role.TEXT))
                    self.table.setItem(row, col, item)
                self.row_changes.append(change)
                row += 1
        self.table.resizeRowsToContents()

    def copy_text(self, rows: Sequence[int] | None = None) -> str:
        """Tab-separated text of `rows` of the table (all when None), headings included."""
        if rows is None:
            rows = range(self.table.rowCount())
        lines = ["\t".join(_change_headers())]
        for row in rows:
            change = self.row_changes[row]
            if change is None:
                lines.append(self.table.item(row, COL_FIELD).text())
                continue
            cells = [self.table.item(row, col).text() for col in range(3)]
            lines.append("\t".join(" ".join(c.split()) for c in cells))
        return "\n".join(lines)

    def copy_selection(self) -> str:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}) or None
        text = self.copy_text(rows)
        QGuiApplication.clipboard().setText(text)
        return text


def delivered_revisions(store: Store, sheet_id: uuid.UUID) -> list[int]:
    """The revisions delivered to this secretariat, in the order they arrived."""
    seen: list[int] = []
    for event in store.history(sheet_id):
        if event.kind == "received" and event.revision is not None and event.revision not in seen:
            seen.append(event.revision)
    return seen


def compare_last_deliveries(
    store: Store, catalog: Catalog, sheet_id: uuid.UUID, parent: QWidget | None = None
) -> CompareDialog | None:
    """«Endret siden forrige levering»: the two latest delivered revisions compared; None
    (nothing shown) when the sheet has been delivered fewer than two times."""
    delivered = delivered_revisions(store, sheet_id)
    if len(delivered) < 2:
        return None
    revisions = [r.revision for r in store.revisions(sheet_id)]
    source = _SheetSource(store, sheet_id, None)
    dialog = CompareDialog(catalog, source, revisions, delivered[-2], delivered[-1], parent)
    dialog.setWindowTitle(translate("versions_dialog", "Endret siden forrige levering"))
    return dialog
