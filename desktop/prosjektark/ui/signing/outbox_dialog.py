"""The outbox: signed packages exported from this machine, with their state.

"Klar til opplasting" until the package is delivered: «Send til sekretariatet …» copies
the ready packages (or the chosen ones) into the secretariat's delivery folder
(exchange/delivery.py, atomic, in a worker behind a progress dialog) and marks them
"Levert" with the time and the folder; the folder is asked for the first time and kept in
the user's settings ("delivery/folder"; a machine-wide default is issue 15). A package
sent some other way can be marked "Levert" by hand (and that taken back). Opens the
folder of a package, forgets entries, and exports several sheets in one go ("Eksporter
flere…") behind a cancellable progress dialog; sheets with errors are skipped and named
at the end.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.summary import STATUS_NAMES, SheetSummary
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.outbox import OutboxEntry
from prosjektark.store.repository import Store, StoreError
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.background import BackgroundJob, progress_dialog, run_with_progress
from prosjektark.ui.dialog_keys import enter_presses
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.signing.batch_export import ExportReport, run_export_jobs
from prosjektark.ui.theme import Role

if TYPE_CHECKING:
    from prosjektark.exchange.delivery import DeliveryOutcome
    from prosjektark.signing.identity import Identity

COL_TITLE, COL_REVISION, COL_EXPORTED, COL_STATE, COL_FILE = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("outbox_dialog", "Prosjektark"),
    QT_TRANSLATE_NOOP("outbox_dialog", "Revisjon"),
    QT_TRANSLATE_NOOP("outbox_dialog", "Eksportert"),
    QT_TRANSLATE_NOOP("outbox_dialog", "Tilstand"),
    QT_TRANSLATE_NOOP("outbox_dialog", "Fil"),
)

IdentityProvider = Callable[[], "Identity | None"]


class OutboxTableModel(QAbstractTableModel):
    """Rows of OutboxEntry; `set_rows` replaces them (unit-testable without a window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OutboxEntry] = []

    def set_rows(self, rows: list[OutboxEntry]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def entry(self, row: int) -> OutboxEntry:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("outbox_dialog", HEADERS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        col = index.column()
        exists = entry.file_exists
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_TITLE:
                return entry.title or translate("outbox_dialog", "(uten navn)")
            if col == COL_REVISION:
                return str(entry.revision)
            if col == COL_EXPORTED:
                return format_datetime(entry.exported_at)
            if col == COL_STATE:
                if entry.state == "levert":  # the whole path is in the tooltip
                    from prosjektark.exchange.delivery import delivered_label

                    return delivered_label(entry, format_datetime, full=False)
                # store.outbox names the states (QT_TRANSLATE_NOOP, context "outbox").
                return translate("outbox", entry.state_label)
            if col == COL_FILE:
                return (
                    entry.path.name
                    if exists
                    else translate("outbox_dialog", "{file} (filen mangler)").format(
                        file=entry.path.name
                    )
                )
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_STATE and entry.state == "levert":
                from prosjektark.exchange.delivery import delivered_label

                return delivered_label(entry, format_datetime)
            return entry.title if col == COL_TITLE else str(entry.path)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_STATE:
                delivered = entry.state == "levert"
                return theme.brush(Role.OK_TEXT if delivered else Role.WARNING_TEXT)
            if col == COL_FILE and not exists:
                return theme.brush(Role.ERROR_TEXT)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_REVISION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SheetPickerDialog(QDialog):
    """Tick the sheets to export; each row shows title, revision and status."""

    def __init__(self, summaries: list[SheetSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("outbox_dialog", "Eksporter flere ark – Prosjektark"))
        intro = QLabel(
            translate(
                "outbox_dialog",
                "Velg arkene som skal signeres og eksporteres som pakker. Ark med feil hoppes "
                "over; du får vite hvilke til slutt.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sheets")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        for summary in summaries:
            status = translate("summary", STATUS_NAMES.get(summary.status, summary.status))
            title = summary.title or translate("outbox_dialog", "(uten navn)")
            text = translate("outbox_dialog", "{title}   –   r{revision}, {status}").format(
                title=title, revision=summary.revision, status=status
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        all_button = QPushButton(translate("outbox_dialog", "Velg alle"))
        all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        none_button = QPushButton(translate("outbox_dialog", "Velg ingen"))
        none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("outbox_dialog", "Signer og eksporter"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("outbox_dialog", "Avbryt")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        enter_presses(self, self.ok_button)
        self.resize(560, 420)
        self._update()

    def _check_all(self, state: Qt.CheckState) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.chosen_ids()))

    def chosen_ids(self) -> list[uuid.UUID]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


DELIVER = QT_TRANSLATE_NOOP("outbox_dialog", "&Marker som levert")
UNDELIVER = QT_TRANSLATE_NOOP("outbox_dialog", "&Marker som ikke levert")
SEND = QT_TRANSLATE_NOOP("outbox_dialog", "&Send til sekretariatet …")
NO_FOLDER = QT_TRANSLATE_NOOP(
    "outbox_dialog", "Leveringsmappe: ikke valgt ennå (du blir spurt første gang du sender)"
)


@dataclass
class DeliveryReport:
    folder: Path
    outcomes: list[DeliveryOutcome] = field(default_factory=list)
    cancelled: bool = False

    @property
    def failed(self) -> list[DeliveryOutcome]:
        return [o for o in self.outcomes if not o.ok]

    def text(self) -> str:
        """A summary line, then one line per package."""
        sent = len(self.outcomes) - len(self.failed)
        n = len(self.outcomes)
        head = (
            translate("outbox_dialog", "{sent} av 1 pakke er sendt til {folder}.")
            if n == 1
            else translate("outbox_dialog", "{sent} av {n} pakker er sendt til {folder}.")
        ).format(sent=sent, n=n, folder=self.folder)
        if self.failed:
            head += " " + translate(
                "outbox_dialog", "Pakkene som ikke ble sendt, ligger fortsatt i utboksen som klare."
            )
        if self.cancelled:
            head += " " + translate("outbox_dialog", "Sendingen ble avbrutt; resten er ikke sendt.")
        lines = [head]
        for outcome in self.outcomes:
            mark = "✔" if outcome.ok else "✖"
            title = outcome.entry.title or translate("outbox_dialog", "(uten navn)")
            lines.append(
                translate("outbox_dialog", "{mark} {title} (rev. {revision}): {message}").format(
                    mark=mark,
                    title=title,
                    revision=outcome.entry.revision,
                    message=outcome.message,
                )
            )
        return "\n".join(lines)


class DeliveryWorker(BackgroundJob):
    """Sends packages one by one; a cancel takes effect before the next package."""

    def __init__(self, store: Store, entry_ids: list[int], folder: Path) -> None:
        super().__init__()
        self.store = store
        self.entry_ids = entry_ids
        self.folder = folder

    def new_report(self) -> DeliveryReport:
        return DeliveryReport(self.folder)

    def work(self, report: DeliveryReport) -> None:
        from prosjektark.exchange.delivery import send_to_folder

        report.outcomes = send_to_folder(
            self.store,
            self.entry_ids,
            self.folder,
            progress=self.step,
            cancelled=lambda: self.cancelled,
        )
        report.cancelled = self.cancelled and len(report.outcomes) < len(self.entry_ids)


class OutboxDialog(QDialog):
    """The outbox of `store`. `identity_provider()` unlocks the identity for "Eksporter
    flere…" (normally passphrase_dialog.obtain_identity bound to paths.identity_dir()).
    `exported(list[uuid.UUID])` is emitted after a batch so the sheet list can refresh."""

    exported = Signal(list)

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        identity_provider: IdentityProvider,
        default_dir: Path,
        parent: QWidget | None = None,
        today: date | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.catalog = catalog
        self.identity_provider = identity_provider
        self.default_dir = Path(default_dir)
        self.today = today
        # Without settings (tests, a caller that has none) the folder lasts as long as
        # the dialog.
        self.settings = settings
        self._folder: Path | None = None
        self.last_report: ExportReport | None = None
        self.last_delivery: DeliveryReport | None = None
        self.setWindowTitle(translate("outbox_dialog", "Utboks – Prosjektark"))

        intro = QLabel(
            translate(
                "outbox_dialog",
                "Signerte pakker du har eksportert. «Send til sekretariatet» kopierer pakkene "
                "som er klare, eller dem du har valgt, til sekretariatets leveringsmappe. "
                "Sender du en pakke på en annen måte, kan du markere den som levert her.",
            )
        )
        intro.setWordWrap(True)
        self.folder_label = QLabel()
        self.folder_label.setObjectName("deliveryFolder")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.change_folder_button = QPushButton(
            translate("outbox_dialog", "&Bytt leveringsmappe …")
        )
        self.change_folder_button.setObjectName("chooseDeliveryFolder")
        self.change_folder_button.clicked.connect(lambda: self.choose_delivery_folder())
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.change_folder_button)
        self.model = OutboxTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("outbox")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep "…_r4.asice" visible
        self.table.setTabKeyNavigation(False)  # Tab moves on to the buttons
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (COL_REVISION, COL_EXPORTED, COL_STATE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_FILE, 200)
        self.table.doubleClicked.connect(lambda _i: self.open_selected_folder())
        self.empty = QLabel(
            translate(
                "outbox_dialog", "Utboksen er tom. Signerte pakker du eksporterer, vises her."
            )
        )
        theme.set_style(self.empty, "color: $muted_text;")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # One button that marks the chosen packages delivered, or, when all of them are
        # delivered already, takes that back (a slip of the mouse must be undoable).
        self.deliver_button = QPushButton(translate("outbox_dialog", DELIVER))
        self.deliver_button.setObjectName("markDelivered")
        self.deliver_button.clicked.connect(self.toggle_selected_delivered)
        self.folder_button = QPushButton(translate("outbox_dialog", "&Åpne mappe"))
        self.folder_button.setObjectName("openFolder")
        self.folder_button.clicked.connect(self.open_selected_folder)
        self.remove_button = QPushButton(translate("outbox_dialog", "&Fjern fra listen"))
        self.remove_button.setObjectName("remove")
        self.remove_button.setToolTip(
            translate("outbox_dialog", "Glemmer pakken i utboksen; filen blir liggende.")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.batch_button = QPushButton(translate("outbox_dialog", "&Eksporter flere …"))
        self.batch_button.setObjectName("exportSeveral")
        self.batch_button.clicked.connect(lambda: self.export_several())
        self.send_button = QPushButton(translate("outbox_dialog", SEND))
        self.send_button.setObjectName("sendToSecretariat")
        self.send_button.setToolTip(
            translate(
                "outbox_dialog",
                "Kopierer pakkene som er klare til leveringsmappen og markerer dem som levert."
                " Velger du rader selv, sendes bare de valgte.",
            )
        )
        self.send_button.clicked.connect(lambda: self.send_to_secretariat())
        row = QHBoxLayout()
        for button in (self.deliver_button, self.folder_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.send_button)
        row.addWidget(self.batch_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("outbox_dialog", "Lukk")
        )
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        # The first row is selected on opening so the arrow keys and «Åpne mappe» work at
        # once; that row is where the keyboard starts, not a choice, so «Send» still
        # means every ready package until the user picks rows (and the button says so).
        self._starting_row = False
        self._selecting = False
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.pressed.connect(lambda _i: self._on_selection_changed())
        self.resize(900, 460)
        enter_presses(self, close.button(QDialogButtonBox.StandardButton.Close))
        self.refresh()

    # ------------------------------------------------------------------ state
    def refresh(self) -> None:
        try:
            rows = self.store.list_outbox()
        except StoreError as exc:
            self._say(str(exc), error=True)
            rows = []
        kept = {e.id for e in self.selected_entries()}
        starting_row = self._starting_row
        self._selecting = True
        try:
            self.model.set_rows(rows)
            self._reselect(kept)
            if not self.table.selectionModel().hasSelection() and rows:
                self._select_only(0)
                starting_row = True
        finally:
            self._selecting = False
        self._starting_row = starting_row
        self.empty.setVisible(not rows)
        folder = self.delivery_folder()
        from prosjektark.exchange.delivery import delivery_folder_locked

        # A folder IT chose for the machine is not the user's to change.
        self.change_folder_button.setVisible(not delivery_folder_locked())
        self.folder_label.setText(
            translate("outbox_dialog", "Leveringsmappe: {folder}").format(folder=folder)
            if folder
            else translate("outbox_dialog", NO_FOLDER)
        )
        self._update_buttons()

    def selected_entries(self) -> list[OutboxEntry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.entry(r) for r in rows]

    def select_row(self, row: int) -> None:
        """Choose `row`, as a click on it does."""
        self._select_only(row)
        self._starting_row = False
        self._update_buttons()

    def _select_only(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_selection_changed(self, *_args) -> None:
        if not self._selecting:
            self._starting_row = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        ready = len(self._entries_to_send())
        self.send_button.setText(
            translate("outbox_dialog", "&Send valgte ({n}) til sekretariatet …").format(n=ready)
            if self._chosen()
            else translate("outbox_dialog", "&Send alle klare ({n}) til sekretariatet …").format(
                n=ready
            )
        )
        undo = bool(chosen) and all(e.state != "klar" for e in chosen)
        self.deliver_button.setText(translate("outbox_dialog", UNDELIVER if undo else DELIVER))
        self.deliver_button.setEnabled(bool(chosen))
        self.folder_button.setEnabled(len(chosen) == 1)
        self.remove_button.setEnabled(bool(chosen))
        self.send_button.setEnabled(bool(self._entries_to_send()))

    def _say(self, text: str, error: bool = False) -> None:
        theme.set_style(
            self.message,
            "color: $error_text;"
            if error
            else "color: $panel_text; background: $panel_background; padding: 6px;",
        )
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------------ delivery
    def delivery_folder(self) -> Path | None:
        """The user's folder unless the machine locks it, then the machine's (one rule:
        exchange.delivery.delivery_folder)."""
        from prosjektark.exchange import delivery  # not at start-up: exchange/ is heavy

        if self.settings is not None:
            return delivery.delivery_folder(self.settings)
        if delivery.delivery_folder_locked():
            return delivery.delivery_folder(None)
        return self._folder or delivery.delivery_folder(None)

    def set_delivery_folder(self, folder: Path) -> None:
        from prosjektark.exchange import delivery

        if delivery.delivery_folder_locked():
            self._say(
                translate(
                    "outbox_dialog", "IT-avdelingen har valgt leveringsmappen for denne maskinen."
                )
            )
            return
        self._folder = Path(folder)
        if self.settings is not None:
            delivery.remember_delivery_folder(self.settings, Path(folder))
        self.folder_label.setText(
            translate("outbox_dialog", "Leveringsmappe: {folder}").format(folder=folder)
        )

    def choose_delivery_folder(self) -> Path | None:
        """Ask for the secretariat's delivery folder and remember it; None if cancelled."""
        start = self.delivery_folder() or self.default_dir
        chosen = file_dialogs.choose_folder(
            self, translate("outbox_dialog", "Velg sekretariatets leveringsmappe"), start
        )
        if chosen is None:
            return None
        self.set_delivery_folder(chosen)
        return chosen

    def _entries_to_send(self) -> list[OutboxEntry]:
        """The chosen packages that are ready; with nothing chosen, every ready package."""
        chosen = self._chosen()
        if not chosen:
            chosen = [self.model.entry(r) for r in range(self.model.rowCount())]
        return [e for e in chosen if e.state == "klar"]

    def _chosen(self) -> list[OutboxEntry]:
        """The rows the user picked; none while only the starting row is selected."""
        return [] if self._starting_row else self.selected_entries()

    def send_to_secretariat(self, folder: Path | None = None) -> DeliveryReport | None:
        """Copy the ready packages (or the chosen ready ones) to the delivery folder, in
        the background behind a progress dialog; the folder is asked for the first time.
        None when nothing was sent (nothing ready, or no folder chosen)."""
        entries = self._entries_to_send()
        if not entries:
            self._say(translate("outbox_dialog", "Ingen pakker er klare til å sendes."))
            return None
        if folder is not None:
            self.set_delivery_folder(folder)
        folder = self.delivery_folder() or self.choose_delivery_folder()
        if folder is None:
            return None
        ids = [e.id for e in entries]
        dialog = progress_dialog(
            self,
            translate("outbox_dialog", "Sender til sekretariatet – Prosjektark"),
            translate("outbox_dialog", "Forbereder sending …"),
            len(ids),
        )
        worker = DeliveryWorker(self.store, ids, folder)
        report = run_with_progress(
            dialog, worker, translate("outbox_dialog", "Avbryter etter pakken som sendes nå …")
        )
        if not isinstance(report, DeliveryReport):
            report = DeliveryReport(folder, cancelled=True)
        self.last_delivery = report
        self.refresh()  # keeps the rows that were selected
        self._say(report.text(), error=bool(report.failed))
        return report

    # ------------------------------------------------------------------ actions
    def toggle_selected_delivered(self) -> None:
        chosen = self.selected_entries()
        ready = [e for e in chosen if e.state == "klar"]
        try:
            if ready:
                for entry in ready:
                    self.store.mark_delivered(entry.id)
            else:
                for entry in chosen:
                    self.store.mark_not_delivered(entry.id)
        except StoreError as exc:
            self._say(str(exc), error=True)
        self.refresh()  # keeps the rows that were selected

    def _reselect(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.model.rowCount()):
            if self.model.entry(row).id in ids:
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(self.model.index(row, 0), flags)

    def open_selected_folder(self) -> bool:
        chosen = self.selected_entries()
        if len(chosen) != 1:
            return False
        folder = chosen[0].path.parent
        if not folder.is_dir():
            self._say(
                translate("outbox_dialog", "Mappen {folder} finnes ikke lenger.").format(
                    folder=folder
                ),
                error=True,
            )
            return False
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self._say(
                translate(
                    "outbox_dialog", "Kunne ikke åpne mappen. Pakken ligger i {folder}."
                ).format(folder=folder),
                error=True,
            )
            return False
        return True

    def remove_selected(self) -> None:
        try:
            for entry in self.selected_entries():
                self.store.remove_outbox_entry(entry.id)
        except StoreError as exc:
            self._say(str(exc), error=True)
        self.refresh()

    def export_several(
        self,
        sheet_ids: list[uuid.UUID] | None = None,
        out_dir: Path | None = None,
        identity: Identity | None = None,
    ) -> ExportReport | None:
        """Sign and export several sheets as packages. Whatever is not given is asked for:
        the sheets (SheetPickerDialog), the folder, then the identity."""
        if sheet_ids is None:
            picker = SheetPickerDialog(self.store.list_summaries(), self)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return None
            sheet_ids = picker.chosen_ids()
        if not sheet_ids:
            return None
        if out_dir is None:
            out_dir = file_dialogs.choose_folder(
                self, translate("outbox_dialog", "Velg mappe for pakkene"), self.default_dir
            )
            if out_dir is None:
                return None
        if identity is None:
            identity = self.identity_provider()
            if identity is None:
                return None
        report = run_export_jobs(
            self,
            self.store,
            self.catalog,
            sheet_ids,
            out_dir,
            formats={"package": True},
            identity=identity,
            today=self.today,
        )
        self.last_report = report
        self._say(report.summary(), error=bool(report.failed))
        self.refresh()
        if report.written:
            self.exported.emit(list(sheet_ids))
        return report
