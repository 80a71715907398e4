"""The main window: the sheet list and the editor, wired to the store.

Only the list is built before the window shows; the editor page (and the pydantic
models and rules behind it) is built on first use.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.nb_format import format_datetime, format_time
from prosjektark.domain.summary import SheetSummary
from prosjektark.i18n import QT_TRANSLATE_NOOP, language
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.ui import file_dialogs, theme
from prosjektark.ui.autosave import Autosaver
from prosjektark.ui.list_page import SheetListPage
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.roles import is_secretariat
from prosjektark.ui.sheet_list_model import SheetListModel

if TYPE_CHECKING:
    from prosjektark.domain.sheet import Attachment, Sheet
    from prosjektark.store.repository import Store
    from prosjektark.ui.editor_page import EditorPage
    from prosjektark.ui.intake_dialogs import ImportReport
    from prosjektark.ui.print_preview import Printout
    from prosjektark.ui.secretariat.intake_page import IntakePage
    from prosjektark.ui.secretariat.portfolio_page import PortfolioPage

log = logging.getLogger("prosjektark.ui")
# The editor page is always at EDITOR_PAGE (inserted there when first used); the
# secretariat's intake page, when there is one, comes after it.
LIST_PAGE, EDITOR_PAGE = 0, 1
WORKSPACE_SHEETS, WORKSPACE_SECRETARIAT, WORKSPACE_PORTFOLIO = 0, 1, 2
READ_ONLY_WINDOW_TEXT = QT_TRANSLATE_NOOP(
    "main_window",
    "Skrivebeskyttet: et annet Prosjektark-vindu bruker den samme datamappen. Rediger arket"
    " der; dette vinduet viser det bare.",
)


class StoreAttachments:
    """The editor's AttachmentHandler: files go into the store for the open sheet."""

    def __init__(self, store: Store, current_sheet: Callable[[], Sheet | None]) -> None:
        self._store = store
        self._current = current_sheet

    def add(self, source: Path) -> Attachment:
        sheet = self._current()
        if sheet is None:
            raise StoreError(translate("main_window", "Ingen ark er åpent."))
        return self._store.add_attachment(sheet.id, source)

    def open(self, attachment: Attachment) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.viewable_copy(attachment))))

    def viewable_copy(self, attachment: Attachment) -> Path:
        """A read-only copy under the original file name: the stored copy has no extension,
        so the desktop would not know which program opens it."""
        import shutil
        import tempfile

        folder = Path(tempfile.gettempdir()) / "prosjektark-vedlegg" / attachment.sha256[:16]
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / Path(attachment.filename).name
        if not target.exists():
            shutil.copyfile(self._store.attachment_path(attachment), target)
            target.chmod(0o444)
        return target


class MainWindow(QMainWindow):
    def __init__(
        self,
        catalogs: LazyCatalog,
        store: Store,
        settings: QSettings,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.catalogs = catalogs
        self.store = store
        self.settings = settings
        # Another window has the user folder (app.py's lock): look, never write.
        self.read_only = read_only
        self._token = None  # WriteToken of the open sheet
        self.showing_bin = False
        self._last_deleted: list[uuid.UUID] = []
        self.setWindowTitle(self._title(""))
        self.setMinimumSize(760, 520)

        area_names = catalogs.area_names()
        self.list_model = SheetListModel(
            area_name=lambda area: area_names.get(area, area), parent=self
        )
        self.list_page = SheetListPage(self.list_model)
        self.list_page.open_requested.connect(self.open_sheet)
        self.list_page.set_content_search(
            lambda text: self.store.search_content(text, deleted=self.showing_bin)
        )
        self.list_page.open_at_field.connect(self.open_sheet_at)
        self.list_page.selection_changed.connect(self._update_actions)
        self._editor_page: EditorPage | None = None
        self._intake_page: IntakePage | None = None
        self._portfolio_page: PortfolioPage | None = None
        self._intake_watcher = None  # ui.intake_watcher.IntakeWatcher, secretariat only
        # Whether the open sheet was opened from the intake list (the back button returns
        # there) and whether it may not be changed here (delivered by someone else).
        self._opened_from_intake = False
        self._opened_from_portfolio = False
        self._sheet_read_only = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.conflict_bar = ConflictBar()
        # The secretariat's page switcher; hidden (and never shown) for a working group.
        self.workspace_bar = QTabBar()
        self.workspace_bar.setObjectName("workspaceBar")
        self.workspace_bar.addTab(translate("main_window", "Prosjektark"))
        self.workspace_bar.addTab(translate("main_window", "Sekretariat"))
        self.workspace_bar.addTab(translate("main_window", "Portefølje"))
        self.workspace_bar.setTabToolTip(
            WORKSPACE_SHEETS, translate("main_window", "Alle prosjektark i den lokale databasen")
        )
        self.workspace_bar.setTabToolTip(
            WORKSPACE_SECRETARIAT,
            translate("main_window", "Innkomne ark fra arbeidsgruppene og saksstatusen deres"),
        )
        self.workspace_bar.setTabToolTip(
            WORKSPACE_PORTFOLIO,
            translate("main_window", "Prioritering: scenarioer, rangering og balanse mot rammene"),
        )
        self.workspace_bar.setExpanding(False)
        self.workspace_bar.hide()
        self.workspace_bar.currentChanged.connect(self._on_workspace_tab)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.workspace_bar)
        column.addWidget(self.conflict_bar)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.autosaver = Autosaver(self._save_working_copy, parent=self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.conflicted.connect(self._on_conflict)

        self.saved_label = QLabel("")
        self.saved_label.setObjectName("savedLabel")
        self.statusBar().addPermanentWidget(self.saved_label)
        if read_only:
            self.read_only_label = QLabel(translate("main_window", "Skrivebeskyttet"))
            self.read_only_label.setObjectName("readOnlyLabel")
            self.read_only_label.setToolTip(
                translate(
                    "main_window",
                    "Et annet Prosjektark-vindu bruker den samme datamappen. Dette vinduet kan "
                    "vise ark, men ikke endre dem, så ingen endringer kan gå tapt.",
                )
            )
            self.statusBar().addPermanentWidget(self.read_only_label)
        self._build_actions()
        self.conflict_bar.copy_button.clicked.connect(self.keep_edits_as_copy)
        self.conflict_bar.reload_button.clicked.connect(self.reload_sheet)
        self.reload_list()
        self.apply_role()
        self.show_list()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 800)
            screen = self.screen()
            if screen is not None:
                # A 1280×720 laptop: the whole window, status bar included, on the screen
                # (room left for the title bar and the taskbar a window manager adds).
                room = screen.availableGeometry()
                self.resize(min(1200, room.width()), min(800, room.height() - 40))

    def _title(self, sheet_title: str) -> str:
        if self.read_only:
            if sheet_title:
                return translate("main_window", "{title} – Prosjektark (skrivebeskyttet)").format(
                    title=sheet_title
                )
            return translate("main_window", "Prosjektark (skrivebeskyttet)")
        if sheet_title:
            return translate("main_window", "{title} – Prosjektark").format(title=sheet_title)
        return "Prosjektark"  # the program's name, the same in every language

    @property
    def catalog(self):
        return self.catalogs.get()

    @property
    def editor_page(self) -> EditorPage:
        if self._editor_page is None:
            from prosjektark.ui.editor_page import EditorPage

            page = EditorPage(self.catalog, StoreAttachments(self.store, self.current_sheet))
            page.set_case_store(self.store, read_only=self.read_only)
            from prosjektark.ui.editor.mnemonics import mnemonic_of

            menu_letters = {mnemonic_of(a.text()) for a in self.menuBar().actions()}
            page.assign_mnemonics({m for m in menu_letters if m})
            page.back_requested.connect(self._back_from_editor)
            page.findings_panel.message.connect(
                lambda text: self.statusBar().showMessage(text, 8000)
            )
            page.save_version_requested.connect(self.save_version)
            page.sheet_changed.connect(self.autosaver.changed)
            page.status_changed.connect(lambda _status: self.autosaver.changed())
            splitter = self.settings.value("window/editorSplitter")
            if splitter is not None:
                page.splitter.restoreState(splitter)
            self.stack.insertWidget(EDITOR_PAGE, page)
            self._editor_page = page
            self.view_menu.addSeparator()
            self.view_menu.addActions(page.pane_actions())
            # The remarks' own actions: writing them is the secretariat's, answering the
            # working group's (the panel enables each for the sheet shown).
            remarks = page.remarks_panel
            self.secretariat_menu.addSeparator()
            for action in (
                remarks.field_remark_action,
                remarks.sheet_remark_action,
                remarks.delete_action,
            ):
                self.secretariat_menu.addAction(action)
                action.setVisible(is_secretariat(self.settings))
            self.edit_menu.addSeparator()
            self.edit_menu.addAction(remarks.answer_action)
        return self._editor_page

    @property
    def intake_page(self) -> IntakePage:
        """The Sekretariat workspace, built when the secretariat role first needs it."""
        if self._intake_page is None:
            from prosjektark.ui.secretariat.intake_page import IntakePage

            catalog = self.catalog
            area_names = self.catalogs.area_names()

            def review_of(profile_id: str):
                profile = catalog.profiles.get(profile_id)
                return profile.review if profile is not None else None

            page = IntakePage(
                self.store,
                review_of,
                lambda area: area_names.get(area, area),
                read_only=self.read_only,
            )
            page.open_requested.connect(self.open_from_intake)
            page.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            page.selection_changed.connect(self._update_actions)
            self.stack.addWidget(page)
            self._intake_page = page
        return self._intake_page

    # ------------------------------------------------------------------ actions
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(
            translate("main_window", "&Nytt ark"), self.new_sheet, QKeySequence.StandardKey.New
        )
        self.act_duplicate = self._action(
            translate("main_window", "&Dupliser"),
            self.duplicate_selected,
            "Ctrl+D",
            translate("main_window", "Lag en kopi av arket"),
        )
        self.act_delete = self._action(
            translate("main_window", "&Slett"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            translate("main_window", "Flytt til papirkurven"),
        )
        self.act_undo_delete = self._action(
            translate("main_window", "&Angre sletting"),
            self.undo_delete,
            None,
            translate("main_window", "Hent tilbake det du nettopp slettet (Ctrl+Z i listen)"),
        )
        self.act_restore = self._action(
            translate("main_window", "&Gjenopprett"),
            self.restore_selected,
            None,
            translate("main_window", "Flytt arket ut av papirkurven"),
        )
        self.act_bin = self._action(
            translate("main_window", "Vis &papirkurv"), self.toggle_bin, "Ctrl+B"
        )
        self.act_filter = self._action(
            translate("main_window", "&Filtrer listen"), self.focus_filter, "Ctrl+F"
        )
        self.act_bin.setCheckable(True)
        self.act_save_version = self._action(
            translate("main_window", "Lagre &versjon"),
            self.save_version,
            QKeySequence.StandardKey.Save,
        )
        self.act_import = self._action(
            translate("main_window", "&Importer JSON …"), self.import_json, "Ctrl+I"
        )
        self.act_export = self._action(
            translate("main_window", "&Eksporter JSON …"), self.export_json, "Ctrl+E"
        )
        self.act_examples = self._action(
            translate("main_window", "Legg inn &eksempelark"), self.add_examples
        )
        self.act_keep_copy = self._action(
            translate("main_window", "Lagre endringene som &kopi"),
            self.keep_edits_as_copy,
            "Ctrl+Shift+S",
            translate(
                "main_window",
                "Arket er endret et annet sted: lagre endringene dine som et nytt ark",
            ),
        )
        self.act_reload = self._action(
            translate("main_window", "&Last inn arket på nytt"),
            self.reload_sheet,
            None,
            translate(
                "main_window",
                "Vis arket slik det er lagret (endringer som ikke er lagret, forkastes)",
            ),
        )
        self.act_print_preview = self._action(
            translate("main_window", "&Forhåndsvis utskrift …"),
            self.print_preview,
            None,
            translate("main_window", "Se hvordan arket blir på papir: som PDF-en, side for side"),
        )
        self.act_print = self._action(
            translate("main_window", "Skriv &ut …"),
            self.print_sheet,
            QKeySequence.StandardKey.Print,
            translate(
                "main_window",
                "Skriv ut arket slik det står i PDF-en, med endringer som ikke er lagret ennå",
            ),
        )
        self.act_quit = self._action(
            translate("main_window", "&Avslutt"), self.close, QKeySequence.StandardKey.Quit
        )
        self.act_about = self._action(translate("main_window", "&Om Prosjektark"), self.about)
        self.act_shortcuts = self._action(
            translate("main_window", "&Hurtigtaster"), self.show_shortcuts, "F1"
        )
        self.act_sign_export = self._action(
            translate("main_window", "&Signer og eksporter …"),
            self.export_signed,
            "Ctrl+Shift+E",
            translate("main_window", "Lag PDF, Excel og en signert pakke til sekretariatet"),
        )
        self.act_outbox = self._action(
            translate("main_window", "&Utboks …"),
            self.show_outbox,
            None,
            translate("main_window", "Eksporterte pakker"),
        )
        self.act_verify = self._action(
            translate("main_window", "&Verifiser pakke …"),
            self.verify_package,
            None,
            translate("main_window", "Sjekk signaturen på en pakke"),
        )
        self.act_identity = self._action(
            translate("main_window", "Min &identitet …"),
            self.show_identity,
            None,
            translate("main_window", "Sertifikat og fingeravtrykk"),
        )
        self.act_import_packages = self._action(
            translate("main_window", "Importer &pakker …"),
            self.import_packages,
            None,
            translate("main_window", "Kontroller og legg inn signerte pakker fra arbeidsgruppene"),
        )
        self.act_portfolio = self._action(
            translate("main_window", "Portefølje til E&xcel …"),
            self.export_portfolio,
            None,
            translate("main_window", "Skriv alle ark utenom papirkurven til en Excel-arbeidsbok"),
        )
        self.act_price_index = self._action(
            translate("main_window", "&Prisindeks …"),
            self.edit_price_index,
            None,
            translate("main_window", "Rett prisindeksen for omregning av kroneår"),
        )
        self.act_settings = self._action(
            translate("main_window", "&Innstillinger …"),
            self.edit_settings,
            None,
            translate("main_window", "Velg rollen du arbeider i: arbeidsgruppe eller sekretariat"),
        )
        self.act_intake = self._action(
            translate("main_window", "&Innkomne ark"),
            self.show_intake,
            None,
            translate("main_window", "Leverte prosjektark fra arbeidsgruppene, med saksstatus"),
        )
        self.act_change_state = self._action(
            translate("main_window", "&Endre saksstatus …"),
            self.change_review_state,
            None,
            translate("main_window", "Flytt det valgte arket til neste saksstatus i programmet"),
        )
        self.act_import_arrivals = self._action(
            translate("main_window", "Importer &nye pakker"),
            self.import_arrivals,
            None,
            translate("main_window", "Importer pakkene som har kommet i den innkommende mappen"),
        )
        self.act_intake_folder = self._action(
            translate("main_window", "Innkommende &mappe …"),
            self.choose_intake_folder,
            None,
            translate("main_window", "Mappen arbeidsgruppene leverer pakker til"),
        )
        self.act_changed_since = self._action(
            translate("main_window", "Endret siden forrige le&vering …"),
            self.show_changed_since_delivery,
            None,
            translate(
                "main_window",
                "Hva arbeidsgruppen har endret mellom de to siste leverte revisjonene",
            ),
        )
        self.act_case_file = self._action(
            translate("main_window", "Sa&ksmappe (PDF) …"),
            self.export_case_file,
            None,
            translate(
                "main_window",
                "Arket, saksstatusen, merknadene med svar og sakshistorikken i én PDF til et møte",
            ),
        )
        self.act_import_remarks = self._action(
            translate("main_window", "Importer &merknader …"),
            self.import_remarks,
            None,
            translate("main_window", "Ta inn en signert merknadspakke fra sekretariatet"),
        )
        self.act_send_remarks = self._action(
            translate("main_window", "Send me&rknader …"),
            self.send_remarks,
            None,
            translate(
                "main_window",
                "Signer arkets usendte merknader i en merknadspakke til arbeidsgruppen",
            ),
        )
        self.act_show_portfolio = self._action(
            translate("main_window", "P&ortefølje og scenarioer"),
            self.show_portfolio,
            None,
            translate(
                "main_window",
                "Prioritering: scenarioer, rangering og balanse mot programmets rammer",
            ),
        )
        self.act_frames = self._action(
            translate("main_window", "R&ammer …"),
            lambda: self.portfolio_page.edit_frames(),
            None,
            translate(
                "main_window",
                "Programmets rammer per år, kilde og part: legg inn, importer eller eksporter",
            ),
        )
        self.act_compare_scenarios = self._action(
            translate("main_window", "&Sammenlign scenarioer …"),
            lambda: self.portfolio_page.compare_scenarios(),
            None,
            translate(
                "main_window",
                "To lagrede scenarioer side om side: arkene som er ulike, og balansene",
            ),
        )
        self.act_scenario_changes = self._action(
            translate("main_window", "Hvem endret hva i scenarioet …"),
            lambda: self.portfolio_page.show_changes(),
            None,
            translate("main_window", "Hvem som har endret scenarioet, når og hva"),
        )
        self.act_export_proposal = self._action(
            translate("main_window", "Eksporter &forslag til handlingsprogram …"),
            self.export_proposal,
            None,
            translate(
                "main_window",
                "Det lagrede scenarioet som signert PDF og Excel: balanse, rangering og utelatte",
            ),
        )
        self.act_versions = self._action(
            translate("main_window", "&Versjoner og endringer …"),
            self.show_versions,
            None,
            translate(
                "main_window",
                "Lagrede versjoner av arket: vis en skrivebeskyttet, eller se hva som er endret",
            ),
        )
        self.act_history = self._action(
            translate("main_window", "&Sakshistorikk …"),
            self.show_history,
            None,
            translate(
                "main_window", "Alt som har skjedd med arket: hva, når, hvem og hvilken revisjon"
            ),
        )

        menu = self.menuBar().addMenu(translate("main_window", "&Fil"))
        for a in (self.act_new, self.act_duplicate, self.act_save_version):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_import)
        menu.addAction(self.act_export)
        menu.addAction(self.act_sign_export)
        menu.addSeparator()
        menu.addAction(self.act_print_preview)
        menu.addAction(self.act_print)
        menu.addSeparator()
        menu.addAction(self.act_keep_copy)
        menu.addAction(self.act_reload)
        menu.addSeparator()
        menu.addAction(self.act_quit)
        menu = self.menuBar().addMenu(translate("main_window", "&Rediger"))
        self.edit_menu = menu
        for a in (self.act_delete, self.act_undo_delete, self.act_restore):
            menu.addAction(a)
        menu = self.menuBar().addMenu(translate("main_window", "&Vis"))
        self.view_menu = menu
        menu.addAction(self.act_filter)
        menu.addAction(self.act_bin)
        menu.addSeparator()
        menu.addAction(self.act_versions)
        menu.addAction(self.act_history)
        menu = self.menuBar().addMenu(translate("main_window", "&Signering"))
        for a in (self.act_sign_export, self.act_outbox, self.act_verify, self.act_identity):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.act_import_remarks)
        menu = self.menuBar().addMenu(translate("main_window", "Se&kretariat"))
        menu.addAction(self.act_intake)
        menu.addAction(self.act_change_state)
        menu.addAction(self.act_send_remarks)
        menu.addAction(self.act_changed_since)
        menu.addAction(self.act_case_file)
        menu.addSeparator()
        menu.addAction(self.act_import_arrivals)
        menu.addAction(self.act_intake_folder)
        menu.addAction(self.act_import_packages)
        menu.addAction(self.act_portfolio)
        menu.addSeparator()
        for a in (
            self.act_show_portfolio,
            self.act_frames,
            self.act_compare_scenarios,
            self.act_scenario_changes,
            self.act_export_proposal,
        ):
            menu.addAction(a)
        self.secretariat_menu = menu
        menu = self.menuBar().addMenu(translate("main_window", "Verk&tøy"))
        menu.addAction(self.act_price_index)
        menu.addAction(self.act_settings)
        menu = self.menuBar().addMenu(translate("main_window", "&Hjelp"))
        menu.addAction(self.act_shortcuts)
        menu.addAction(self.act_examples)
        menu.addAction(self.act_about)

        toolbar = self.addToolBar(translate("main_window", "Verktøy"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.act_new, self.act_duplicate, self.act_delete, self.act_restore):
            toolbar.addAction(a)
        toolbar.addSeparator()
        toolbar.addAction(self.act_sign_export)
        toolbar.addAction(self.act_outbox)
        toolbar.addSeparator()
        toolbar.addAction(self.act_bin)
        self._update_actions()

    def secretariat_actions(self) -> list[QAction]:
        """The secretariat's tools: shown only in the secretariat role."""
        return [
            self.act_intake,
            self.act_change_state,
            self.act_send_remarks,
            self.act_changed_since,
            self.act_case_file,
            self.act_import_arrivals,
            self.act_intake_folder,
            self.act_import_packages,
            self.act_portfolio,
            self.act_show_portfolio,
            self.act_frames,
            self.act_compare_scenarios,
            self.act_scenario_changes,
            self.act_export_proposal,
        ]

    def apply_role(self) -> None:
        """Show the secretariat's workspace and tools in that role; hide them (not merely
        disable them) for a working group, which cannot use them."""
        secretariat = is_secretariat(self.settings)
        self.secretariat_menu.menuAction().setVisible(secretariat)
        for action in self.secretariat_actions():
            action.setVisible(secretariat)
        if self._editor_page is not None:
            remarks = self._editor_page.remarks_panel
            for action in (
                remarks.field_remark_action,
                remarks.sheet_remark_action,
                remarks.delete_action,
            ):
                action.setVisible(secretariat)
        self.workspace_bar.setVisible(secretariat)
        if not secretariat and (self._on_intake() or self._on_portfolio()):
            self.show_list()
        self._watch_intake_folder(secretariat)
        self._update_actions()

    def _on_intake(self) -> bool:
        return self._intake_page is not None and self.stack.currentWidget() is self._intake_page

    def _update_actions(self) -> None:
        on_list = self.stack.currentIndex() == LIST_PAGE
        has_selection = on_list and bool(self.list_page.selected_ids())
        in_editor = self.stack.currentIndex() == EDITOR_PAGE and self._editor_page is not None
        self.act_duplicate.setEnabled((has_selection and not self.showing_bin) or in_editor)
        self.act_delete.setEnabled((has_selection and not self.showing_bin) or in_editor)
        # Del belongs to the list: in the editor it must never bin the open sheet (the
        # menu item still can, on purpose, with undo).
        self.act_delete.setShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete) if on_list else QKeySequence()
        )
        # Ctrl+Z undoes a deletion on the list only: in the editor it is the fields' own
        # undo, and a menu shortcut must never be a key a text field also uses.
        self.act_undo_delete.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Undo)] if on_list else []
        )
        self.act_restore.setEnabled(has_selection and self.showing_bin)
        self.act_undo_delete.setEnabled(bool(self._last_deleted))
        self.act_save_version.setEnabled(in_editor)
        # Printing only reads: also for a delivered sheet and in a read-only window.
        self.act_print_preview.setEnabled(in_editor)
        self.act_print.setEnabled(in_editor)
        self.act_export.setEnabled((in_editor or has_selection) and not self.showing_bin)
        self.act_sign_export.setEnabled((in_editor or has_selection) and not self.showing_bin)
        self.act_new.setEnabled(not self.showing_bin)
        self.act_keep_copy.setEnabled(in_editor and self.autosaver.conflict is not None)
        self.act_reload.setEnabled(
            in_editor
            and not (self.autosaver.conflict is not None and self.autosaver.conflict.deleted)
        )
        secretariat = is_secretariat(self.settings)
        for action in self.secretariat_actions():
            action.setEnabled(secretariat)  # hidden too; disabled so no key reaches them
        self.act_change_state.setEnabled(
            secretariat and self._on_intake() and self.intake_page.selected_row() is not None
        )
        one_sheet = len(self._viewed_ids()) == 1
        self.act_case_file.setEnabled(secretariat and one_sheet)
        self.act_send_remarks.setEnabled(secretariat and one_sheet)
        self.act_changed_since.setEnabled(secretariat and one_sheet)
        self.act_import_arrivals.setEnabled(
            secretariat and self._intake_watcher is not None and bool(self._intake_watcher.ready)
        )
        on_portfolio = secretariat and self._on_portfolio()
        for action in (
            self.act_frames,
            self.act_compare_scenarios,
            self.act_scenario_changes,
            self.act_export_proposal,
        ):
            action.setEnabled(on_portfolio)
        self.act_versions.setEnabled(one_sheet and not self.showing_bin)
        self.act_history.setEnabled(one_sheet)
        if in_editor and self._sheet_read_only:
            # Delivered and signed by a working group: the secretariat reads it, never edits.
            for action in (self.act_save_version, self.act_sign_export, self.act_keep_copy):
                action.setEnabled(False)
        if self.read_only:
            for action in self._writing_actions():
                action.setEnabled(False)

    def _writing_actions(self) -> list[QAction]:
        """What changes the store; all off in a read-only window."""
        return [
            self.act_new,
            self.act_duplicate,
            self.act_delete,
            self.act_undo_delete,
            self.act_restore,
            self.act_save_version,
            self.act_import,
            self.act_examples,
            self.act_sign_export,
            self.act_outbox,
            self.act_import_packages,
            self.act_keep_copy,
            self.act_change_state,
            self.act_import_arrivals,
            self.act_import_remarks,
            self.act_send_remarks,
            self.act_export_proposal,
        ]

    # ------------------------------------------------------------------ list
    def reload_list(self) -> None:
        self.list_model.set_rows(self.store.list_summaries(deleted=self.showing_bin))
        self.list_page.set_heading(
            translate("main_window", "Papirkurv")
            if self.showing_bin
            else translate("main_window", "Prosjektark")
        )
        self._update_actions()

    def _leave_sheet(self) -> None:
        self._settle_conflict()
        self.conflict_bar.hide()
        self.autosaver.track(None)
        self.saved_label.setText("")  # it spoke of the sheet just closed
        self._opened_from_intake = False
        self._opened_from_portfolio = False
        self._sheet_read_only = False

    @property
    def portfolio_page(self) -> PortfolioPage:
        """The Portefølje workspace (secretariat role), built when first shown."""
        if self._portfolio_page is None:
            from prosjektark.ui.secretariat.portfolio_page import PortfolioPage

            page = PortfolioPage(self.store, self.catalog, read_only=self.read_only)
            page.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
            page.open_requested.connect(self.open_from_portfolio)
            page.dirty_changed.connect(lambda _dirty: self._update_actions())
            self.stack.addWidget(page)
            self.edit_menu.addSeparator()
            self.edit_menu.addAction(page.undo_action)
            self.edit_menu.addAction(page.redo_action)
            self._portfolio_page = page
        return self._portfolio_page

    def _on_portfolio(self) -> bool:
        return (
            self._portfolio_page is not None and self.stack.currentWidget() is self._portfolio_page
        )

    def show_portfolio(self) -> None:
        """The secretariat's portfolio: read once, then kept (reading 2,000 sheets takes
        seconds, and an unsaved scenario must survive a look at another tab)."""
        if not is_secretariat(self.settings):
            return
        self._leave_sheet()
        page = self.portfolio_page
        self.stack.setCurrentWidget(page)
        self._select_workspace_tab(WORKSPACE_PORTFOLIO)
        self.setWindowTitle(self._title(translate("main_window", "Portefølje")))
        page.ensure_loaded()
        page.focus_table()
        self._update_actions()

    def open_from_portfolio(self, sheet_id: uuid.UUID) -> None:
        self.open_sheet(sheet_id, from_intake=True)
        self._opened_from_intake = False
        self._opened_from_portfolio = True

    def show_list(self) -> None:
        self._leave_sheet()
        self.stack.setCurrentIndex(LIST_PAGE)
        self._select_workspace_tab(WORKSPACE_SHEETS)
        self.setWindowTitle(self._title(""))
        self.list_page.focus_table()
        self._update_actions()

    def show_intake(self) -> None:
        """The Sekretariat workspace (secretariat role only), read again from the store."""
        if not is_secretariat(self.settings):
            return
        self._leave_sheet()
        page = self.intake_page
        page.reload()
        self.stack.setCurrentWidget(page)
        self._select_workspace_tab(WORKSPACE_SECRETARIAT)
        self.setWindowTitle(self._title(translate("main_window", "Sekretariat")))
        page.focus_table()
        self._update_actions()

    def _select_workspace_tab(self, tab: int) -> None:
        self.workspace_bar.blockSignals(True)
        self.workspace_bar.setCurrentIndex(tab)
        self.workspace_bar.blockSignals(False)

    def _on_workspace_tab(self, tab: int) -> None:
        if tab == WORKSPACE_PORTFOLIO:
            self.show_portfolio()
        elif tab == WORKSPACE_SECRETARIAT:
            self.show_intake()
        else:
            self.show_list()

    def _back_from_editor(self) -> None:
        if self._opened_from_portfolio and is_secretariat(self.settings):
            sheet = self.current_sheet()
            self.show_portfolio()
            if sheet is not None:
                self.portfolio_page.select(sheet.id)
            return
        if self._opened_from_intake and is_secretariat(self.settings):
            sheet = self.current_sheet()
            self.show_intake()
            if sheet is not None:
                self.intake_page.select(sheet.id)
        else:
            # The row of the sheet just edited (also a new one, from Ctrl+N), as the other
            # workspaces do: Enter opens it again, and Slett or Dupliser act on what the
            # user was looking at, not on a row that happened to be selected before.
            sheet = self.current_sheet()
            self.show_list()
            if sheet is not None:
                self.list_page.select(sheet.id)

    def focus_filter(self) -> None:
        if self._on_portfolio():
            self.portfolio_page.filter_box.setFocus()
            self.portfolio_page.filter_box.selectAll()
            return
        if self._on_intake():
            self.intake_page.filter_box.setFocus()
            self.intake_page.filter_box.selectAll()
            return
        if self.stack.currentIndex() != LIST_PAGE:
            self.show_list()
        self.list_page.filter_box.setFocus()
        self.list_page.filter_box.selectAll()

    def toggle_bin(self) -> None:
        if self.stack.currentIndex() != LIST_PAGE:
            self.show_list()
        self.showing_bin = self.act_bin.isChecked()
        self.reload_list()

    def current_sheet(self) -> Sheet | None:
        if self._editor_page is None or self.stack.currentIndex() != EDITOR_PAGE:
            return None
        return self._editor_page.sheet()

    def _target_ids(self) -> list[uuid.UUID]:
        sheet = self.current_sheet()
        return [sheet.id] if sheet is not None else self.list_page.selected_ids()

    # ------------------------------------------------------------------ sheets
    def new_sheet(self) -> None:
        profiles = list(self.catalog.profiles.values())
        profile = self.catalog.default_profile
        if len(profiles) > 1:
            names = [f"{p.name} ({p.area})" for p in profiles]
            last = self.settings.value("sheet/lastProfile", profile.id)
            current = next((i for i, p in enumerate(profiles) if p.id == last), 0)
            choice, ok = QInputDialog.getItem(
                self,
                translate("main_window", "Nytt prosjektark"),
                translate("main_window", "Hvilket program gjelder arket?"),
                names,
                current,
                False,
            )
            if not ok:
                return
            profile = profiles[names.index(choice)]
        self.settings.setValue("sheet/lastProfile", profile.id)
        from prosjektark.domain.sheet import Sheet

        # Written in the language the user works in; the form's first step can change it.
        sheet = Sheet(
            profile=profile.id, form_version=self.catalog.form.form_version, language=language()
        )
        sheet.cost.price_year = profile.price_year
        self._create_and_open(sheet)

    def _create_and_open(self, sheet: Sheet) -> None:
        try:
            self.store.create(sheet)
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke opprette arket"), str(exc))
            return
        if not self.showing_bin:
            self.list_model.upsert(SheetSummary.of(sheet))
        self.open_sheet(sheet.id)

    def open_from_intake(self, sheet_id: uuid.UUID) -> None:
        self.open_sheet(sheet_id, from_intake=True)

    def _delivered_reason(self, sheet_id: uuid.UUID) -> str:
        """Why a sheet delivered here is read-only to the secretariat ("" when it was never
        delivered here): a working group signed it, and only they can change it."""
        if not is_secretariat(self.settings):
            return ""
        try:
            owner = self.store.sheet_owner(sheet_id)
        except StoreError:
            return ""
        if owner is None:
            return ""
        if not owner.signer_name:
            return translate(
                "main_window",
                "Skrivebeskyttet: arket er levert og signert av arbeidsgruppen. Sekretariatet"
                " endrer ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.",
            )
        return translate(
            "main_window",
            "Skrivebeskyttet: arket er levert og signert av {who}. Sekretariatet endrer "
            "ikke arket; skriv heller en merknad som arbeidsgruppen svarer på.",
        ).format(who=owner.signer_name)

    def open_sheet(self, sheet_id: uuid.UUID, *, from_intake: bool = False) -> None:
        if self.showing_bin and not from_intake:
            self.statusBar().showMessage(
                translate("main_window", "Gjenopprett arket fra papirkurven for å redigere det."),
                5000,
            )
            return
        self._settle_conflict()
        self.conflict_bar.hide()
        self.autosaver.track(None)
        from prosjektark.store.repository import WriteToken

        token = WriteToken()
        try:
            sheet = self.store.load(sheet_id, token)
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke åpne arket"), str(exc))
            return
        row = self.list_model.row_of(sheet.id)
        signed = row >= 0 and self.list_model.summary(row).status == "signert"
        delivered = self._delivered_reason(sheet.id)
        read_only = self.read_only or bool(delivered)
        self.editor_page.set_sheet(
            sheet,
            read_only=read_only,
            signed=signed,
            reason=translate("main_window", READ_ONLY_WINDOW_TEXT) if self.read_only else delivered,
            role="secretariat" if delivered else "working_group",
        )
        self._token = token
        self._opened_from_intake = from_intake
        self._sheet_read_only = read_only
        if not read_only:
            self.autosaver.track(sheet)
        self.saved_label.setText(
            translate("main_window", "Sist lagret {time}").format(
                time=format_datetime(sheet.modified)
            )
        )
        self.stack.setCurrentIndex(EDITOR_PAGE)
        self.editor_page.focus_first_field()  # not "← Alle ark", which Space would press
        self.statusBar().clearMessage()  # the list's messages are about the list
        self.setWindowTitle(
            self._title(sheet.identification.title or translate("main_window", "Nytt ark"))
        )
        self._update_actions()

    def open_sheet_at(self, sheet_id: uuid.UUID, field: str) -> None:
        """Open a sheet at the field a content search found, as a finding's click does."""
        self.open_sheet(sheet_id)
        sheet = self.current_sheet()
        if field and sheet is not None and sheet.id == sheet_id:
            self.editor_page.editor.focus_field(field)

    def show_unsaved_sheet(self, sheet: Sheet) -> None:
        """Show a sheet that is not in the store and is not autosaved (self-test)."""
        self.autosaver.track(None)
        self.editor_page.set_sheet(sheet)
        self.stack.setCurrentIndex(EDITOR_PAGE)
        self._update_actions()

    def _save_working_copy(self, sheet: Sheet) -> datetime:
        from prosjektark.domain.sheet import touch

        touch(sheet)
        status = self.editor_page.status
        when = self.store.save_working_copy(sheet, status, self._token)
        self.list_model.upsert(SheetSummary.of(sheet, status))
        return when

    def _on_saved(self, when: datetime) -> None:
        # Just now, so the time of day alone, said as every date and time is said.
        self.saved_label.setText(
            translate("main_window", "Sist lagret {time}").format(time=format_time(when))
        )
        sheet = self.current_sheet()
        if sheet is not None:
            self.setWindowTitle(
                self._title(sheet.identification.title or translate("main_window", "Nytt ark"))
            )

    def _on_save_failed(self, message: str) -> None:
        self.saved_label.setText(translate("main_window", "Ikke lagret!"))
        self.statusBar().showMessage(
            translate(
                "main_window",
                "{message}. Endringene er beholdt i minnet, og programmet prøver igjen om litt"
                " og ved neste endring.",
            ).format(message=message),
            15000,
        )

    def _on_conflict(self, error: ConflictError) -> None:
        """Another writer changed the open sheet. Said in a bar above the form, never in a
        dialog: the user is typing, and a dialog would take the next keys as its answer
        (Space or a letter would press a button). Saving stops; the edits stay in memory."""
        self.saved_label.setText(translate("main_window", "Ikke lagret: endret et annet sted"))
        self.conflict_bar.show_conflict(error)
        self._update_actions()

    def keep_edits_as_copy(self) -> None:
        sheet = self.current_sheet()
        if sheet is not None and self.autosaver.conflict is not None:
            self.save_edits_as_copy(sheet)

    def reload_sheet(self) -> None:
        """Load the open sheet as it is stored, dropping the edits not saved."""
        sheet = self.current_sheet()
        if sheet is None or (
            self.autosaver.conflict is not None and self.autosaver.conflict.deleted
        ):
            return
        if self.autosaver.conflict is None:
            self.autosaver.flush()  # nothing to drop: what was typed is stored first
        self.autosaver.discard()
        self.reload_list()  # the other writer may have changed its status (signed)
        self.open_sheet(sheet.id)
        self.statusBar().showMessage(translate("main_window", "Arket er lastet inn på nytt."), 8000)

    def _settle_conflict(self) -> None:
        """Before the open sheet is left (another sheet, the list, closing): an unresolved
        conflict is asked about now, when the user is not typing. Nothing is answered by a
        plain key: the buttons have no letters, and Enter, Space and Escape keep the edits."""
        error = self.autosaver.conflict
        sheet = self.current_sheet()
        if error is None or sheet is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("main_window", "Arket er endret et annet sted"))
        box.setText(str(error))
        box.setInformativeText(
            translate(
                "main_window",
                "Endringene du har gjort her er ikke lagret. Du kan lagre dem som et nytt ark "
                "(ingenting blir overskrevet), eller forkaste dem og beholde arket slik det er "
                "lagret.",
            )
        )
        copy = box.addButton(
            translate("main_window", "Lagre mine endringer som kopi"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            translate("main_window", "Forkast mine endringer"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.setDefaultButton(copy)
        box.setEscapeButton(copy)  # closing the box must never lose the edits
        box.exec()
        if box.clickedButton() is discard:
            self.autosaver.discard()
            self.conflict_bar.hide()
            self.reload_list()
            return
        self.save_edits_as_copy(sheet, open_copy=False)

    def save_edits_as_copy(self, sheet: Sheet, open_copy: bool = True) -> None:
        """Store the editor's sheet as a new sheet, everything kept but identity and history."""
        import uuid as uuid_mod

        from prosjektark.domain.sheet import touch

        copy = sheet.model_copy(deep=True)
        copy.id = uuid_mod.uuid4()
        copy.revision = 0
        copy.is_example = False
        copy.identification.title = translate("main_window", "{title} (mine endringer)").format(
            title=sheet.identification.title or translate("main_window", "Uten tittel")
        )
        touch(copy)
        try:
            self.store.create(copy)
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke lagre kopien"), str(exc))
            return  # the conflict stays: the edits are still in memory and the box comes back
        self.autosaver.discard()
        self.conflict_bar.hide()
        if not self.showing_bin:
            self.list_model.upsert(SheetSummary.of(copy))
        if open_copy:
            self.open_sheet(copy.id)
        self.statusBar().showMessage(
            translate(
                "main_window",
                "Endringene dine er lagret som «{title}». Det opprinnelige "
                "arket er som det ble lagret et annet sted.",
            ).format(title=copy.identification.title),
            15000,
        )

    def save_version(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        if not self.autosaver.flush():
            return
        note, ok = QInputDialog.getText(
            self,
            translate("main_window", "Lagre versjon"),
            translate("main_window", "Kort merknad til versjonen (valgfritt):"),
        )
        if not ok:
            return
        try:
            revision = self.store.save_version(sheet, note=note, token=self._token)
        except ConflictError as exc:
            self.autosaver.hold_conflict(exc)
            self._on_conflict(exc)
            return
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke lagre versjonen"), str(exc))
            return
        self.list_model.upsert(SheetSummary.of(sheet, self.editor_page.status))
        self.editor_page.recheck()
        self.statusBar().showMessage(
            translate("main_window", "Versjon {revision} er lagret.").format(revision=revision),
            8000,
        )

    def duplicate_selected(self) -> None:
        ids = self._target_ids()
        if not ids:
            return
        self.autosaver.flush()
        try:
            original = self.store.load(ids[0])
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke duplisere"), str(exc))
            return
        copy = original.copy_as_new()
        copy.identification.title = (
            translate("main_window", "{title} (kopi)")
            .format(title=original.identification.title)
            .strip()
        )
        self._create_and_open(copy)
        self.statusBar().showMessage(translate("main_window", "Arket er duplisert."), 5000)

    def delete_selected(self) -> None:
        ids = self._target_ids()
        if not ids:
            return
        self.autosaver.flush()
        if self.stack.currentIndex() == EDITOR_PAGE:
            self.show_list()
        try:
            for sheet_id in ids:
                self.store.delete(sheet_id)
                self.list_model.remove(sheet_id)
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke slette"), str(exc))
        self._last_deleted = ids
        self.list_page.focus_table()  # keep a selection: the keyboard user can go on
        if len(ids) == 1:
            moved = translate("main_window", "Flyttet arket til papirkurven. Angre med Ctrl+Z.")
        else:
            moved = translate(
                "main_window", "Flyttet {count} ark til papirkurven. Angre med Ctrl+Z."
            ).format(count=len(ids))
        self.statusBar().showMessage(moved, 10000)
        self._update_actions()

    def undo_delete(self) -> None:
        if not self._last_deleted:
            return
        for sheet_id in self._last_deleted:
            self.store.restore(sheet_id)
        self._last_deleted = []
        self.reload_list()
        self.statusBar().showMessage(translate("main_window", "Slettingen er angret."), 5000)

    def restore_selected(self) -> None:
        ids = self.list_page.selected_ids()
        self._last_deleted = [i for i in self._last_deleted if i not in ids]
        for sheet_id in ids:
            self.store.restore(sheet_id)
            self.list_model.remove(sheet_id)
        if ids:
            self.statusBar().showMessage(
                translate("main_window", "Gjenopprettet fra papirkurven."), 5000
            )
        self._update_actions()

    # ------------------------------------------------------------------ files
    def export_json(self) -> None:
        ids = self._target_ids()
        if not ids:
            return
        self.autosaver.flush()
        sheet = self.store.load(ids[0])
        suggested = (sheet.identification.title or "prosjektark").replace("/", "-") + ".json"
        path = file_dialogs.save_file(
            self,
            translate("main_window", "Eksporter som JSON"),
            suggested,
            translate("main_window", "Prosjektark (*.json)"),
            key="json",
        )
        if path is None:
            return
        from prosjektark.domain.sheet import sheet_to_json

        try:
            Path(path).write_text(sheet_to_json(sheet), encoding="utf-8")
        except OSError as exc:
            self._error(translate("main_window", "Kunne ikke skrive filen"), str(exc))
            return
        self.statusBar().showMessage(
            translate("main_window", "Eksportert til {path}").format(path=path), 8000
        )

    def import_json(self) -> None:
        path = file_dialogs.open_file(
            self,
            translate("main_window", "Importer prosjektark"),
            translate("main_window", "Prosjektark (*.json)"),
            key="json",
        )
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> None:
        from prosjektark.domain.sheet import SheetError, sheet_from_json

        try:
            sheet = sheet_from_json(path.read_bytes())
        except (OSError, SheetError) as exc:
            self._error(translate("main_window", "Kunne ikke importere arket"), str(exc))
            return
        try:
            self.store.load(sheet.id)
            sheet = sheet.copy_as_new()  # already here: import beside it, never overwrite
        except StoreError:
            pass
        self._create_and_open(sheet)

    def add_examples(self) -> None:
        from prosjektark.domain.examples import example_sheets

        added = 0
        for sheet in example_sheets(self.catalog):
            try:
                self.store.load(sheet.id)
                continue  # already there
            except StoreError:
                pass
            self.store.create(sheet)
            added += 1
        self.reload_list()
        self.list_page.focus_table()  # a row selected, so Dupliser/Slett work at once
        self.statusBar().showMessage(
            translate("main_window", "La inn {count} eksempelark.").format(count=added), 6000
        )

    def edit_price_index(self) -> None:
        """The user's price-index table; on Save the catalog re-reads it and the open sheet
        is shown (and checked) again with the new table."""
        from prosjektark import paths
        from prosjektark.ui.price_index_dialog import PriceIndexDialog

        catalog = self.catalog
        folder = self.catalogs.overrides or paths.config_dir()
        sheet = self.current_sheet()
        dialog = PriceIndexDialog(
            list((catalog.programme_profiles or catalog.profiles).values()),
            folder,
            current=sheet.profile if sheet is not None else None,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.catalogs.reload_price_index(folder)
        if sheet is not None and self._editor_page is not None:
            self.autosaver.flush()
            self._editor_page.set_sheet(sheet, read_only=self._editor_page.editor.is_read_only())
        self.statusBar().showMessage(translate("main_window", "Prisindeksen er lagret."), 6000)

    # ------------------------------------------------------------------ signing
    def _export_dir(self) -> Path:
        from PySide6.QtCore import QStandardPaths

        saved = self.settings.value("export/dir")
        if saved:
            return Path(str(saved))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents or Path.home()) / "Prosjektark"

    def export_signed(self) -> None:
        from prosjektark import paths
        from prosjektark.ui.signing.export_dialog import export_interactively

        ids = self._target_ids()
        if not ids or not self.autosaver.flush():
            return
        sheet = self.current_sheet()
        report = export_interactively(
            self,
            self.store,
            self.catalog,
            ids[0],
            identity_dir=paths.identity_dir(),
            default_dir=self._export_dir(),
            working_copy=sheet if sheet is not None and sheet.id == ids[0] else None,
            token=self._token if sheet is not None and sheet.id == ids[0] else None,
        )
        if report and report.written:
            first = next(iter(p for _t, written in report.written for p in written), None)
            if first is not None:
                self.settings.setValue("export/dir", str(first.parent))
            self.reload_list()  # the list must say "Signert", also when signed from the editor
            if sheet is not None:
                self.open_sheet(sheet.id)  # shows the frozen revision and its status

    def show_outbox(self) -> None:
        from prosjektark import paths
        from prosjektark.ui.signing.outbox_dialog import OutboxDialog
        from prosjektark.ui.signing.passphrase_dialog import obtain_identity

        self.autosaver.flush()
        dialog = OutboxDialog(
            self.store,
            self.catalog,
            lambda: obtain_identity(self, paths.identity_dir()),
            self._export_dir(),
            self,
            settings=self.settings,
        )
        dialog.exported.connect(lambda _ids: self.reload_list())
        dialog.exec()
        self.reload_list()  # sending records «sent» in the case history

    def verify_package(self) -> None:
        from prosjektark.ui.app import package_trust
        from prosjektark.ui.signing.verify_dialog import VerifyDialog

        # The same trust list as a package opened from the file manager (app.open_package).
        VerifyDialog(self, trust=package_trust(self.settings)).exec()

    def show_identity(self) -> None:
        from prosjektark import paths
        from prosjektark.ui.signing.identity_wizard import MyIdentityDialog

        MyIdentityDialog(paths.identity_dir(), self).exec()

    # ------------------------------------------------------------------ intake
    def import_packages(self, *, packages: list[Path] | None = None) -> ImportReport | None:
        """«Importer pakker …»; the last run's report (None: nothing was run)."""
        from prosjektark.ui.intake_dialogs import import_packages

        if not self.autosaver.flush():
            return None
        self.show_list()  # an imported revision may replace the open sheet's working copy
        saved = self.settings.value("intake/trust")
        report = import_packages(
            self,
            self.store,
            self.catalog,
            trust=Path(str(saved)) if saved else None,
            packages=packages or (),
        )
        if report is None:
            return None
        if report.trust is not None:
            self.settings.setValue("intake/trust", str(report.trust))
        if report.changed:
            self.reload_list()
            if self._intake_page is not None:
                self._intake_page.reload()
        self._remember_imported(report)
        return report

    def _remember_imported(self, report: ImportReport) -> None:
        """Packages imported here are remembered as the watcher's own import remembers
        them; else one imported from the intake folder would be offered as new ever after."""
        watcher = self._intake_watcher
        if watcher is None:
            return
        accepted = [o.path for o in report.outcomes if o.accepted]
        if accepted:
            try:
                watcher.known.remember(accepted)
            except OSError:  # only means they are offered once more; importing is harmless
                log.warning("Kunne ikke huske importerte pakker", exc_info=True)
        watcher.scan_now()

    # ------------------------------------------------------------------ case flow
    def _viewed_ids(self) -> list[uuid.UUID]:
        """The one sheet the user is looking at: open in the editor, selected in the list
        or selected in the intake list."""
        if self._on_intake():
            row = self.intake_page.selected_row()
            return [row.sheet_id] if row is not None else []
        return self._target_ids()

    def _watch_intake_folder(self, secretariat: bool) -> None:
        if not secretariat:
            if self._intake_watcher is not None:
                self._intake_watcher.stop()
            return
        if self._intake_watcher is None:
            from prosjektark.ui.intake_watcher import IntakeWatcher

            self._intake_watcher = IntakeWatcher.from_settings(self.settings, parent=self)
            self._intake_watcher.packages_ready.connect(lambda _ready: self._show_arrivals())
            self._intake_watcher.problem_changed.connect(lambda _problem: self._show_arrivals())
            self.intake_page.arrivals.import_requested.connect(self.import_arrivals)
            self.intake_page.arrivals.folder_requested.connect(self.choose_intake_folder)
        if not self.read_only:
            self._intake_watcher.start()
        self._show_arrivals()

    def _show_arrivals(self) -> None:
        watcher = self._intake_watcher
        if watcher is None:
            return
        self.intake_page.arrivals.show_arrivals(
            watcher.folder, len(watcher.ready), watcher.problem or ""
        )
        self._update_actions()

    def choose_intake_folder(self) -> None:
        from prosjektark.ui.intake_watcher import set_intake_folder

        if self._intake_watcher is None:
            return
        start = str(self._intake_watcher.folder or Path.home())
        chosen = file_dialogs.choose_folder(
            self, translate("main_window", "Velg innkommende mappe"), start
        )
        if chosen is None:
            return
        set_intake_folder(self.settings, chosen)
        self._intake_watcher.set_folder(chosen)
        self._show_arrivals()

    def import_arrivals(self) -> None:
        """Import every complete package waiting in the intake folder: one action."""
        from prosjektark.signing.trust import TrustError

        watcher = self._intake_watcher
        if watcher is None or not watcher.ready or not self.autosaver.flush():
            return
        saved = self.settings.value("intake/trust")
        if not saved:
            # No trust list chosen yet: the import dialog asks for one, with the packages.
            # The user started in the intake and stays there.
            self.import_packages(packages=list(watcher.ready))
            self.show_intake()
            return
        self.show_list()
        try:
            report = watcher.import_ready(self, self.store, self.catalog, Path(str(saved)))
        except TrustError as exc:
            self._error(translate("main_window", "Kunne ikke lese tillitslisten"), str(exc))
            return
        self.statusBar().showMessage(report.summary(), 10000)
        self.reload_list()
        self.show_intake()
        self.intake_page.reload()

    def import_remarks(self) -> None:
        """The working group takes in a remarks package signed by the secretariat, whose
        certificate it trusts (chosen once, remembered)."""
        from prosjektark.exchange.remarks_package import import_remarks_package
        from prosjektark.signing.trust import TrustError, has_machine_trust, load_trust

        path = file_dialogs.open_file(
            self,
            translate("main_window", "Importer merknader"),
            translate("main_window", "Merknadspakker (*.asice)"),
            self._export_dir(),
        )
        if path is None:
            return
        saved = self.settings.value("remarks/trust")
        if not saved and not has_machine_trust():
            trust_file = file_dialogs.open_file(
                self,
                translate("main_window", "Sekretariatets sertifikat (som du stoler på)"),
                translate("main_window", "Sertifikater (*.pem *.crt *.cer);;Alle filer (*)"),
                path.parent,
            )
            if trust_file is None:
                return
            saved = str(trust_file)
        try:
            trust = load_trust(str(saved) if saved else None)  # the machine's signers too
        except TrustError as exc:
            self._error(
                translate("main_window", "Kunne ikke lese sekretariatets sertifikat"), str(exc)
            )
            return
        outcome = import_remarks_package(self.store, Path(path), trust)
        if outcome.status == "avvist":
            self._error(
                translate("main_window", "Merknadspakken er avvist"),
                "\n".join([outcome.message, *outcome.reasons]),
            )
            return
        if saved:
            self.settings.setValue("remarks/trust", str(saved))
        self.statusBar().showMessage(outcome.message, 10000)
        if self._editor_page is not None:
            self._editor_page.reload_remarks()
        self.reload_list()

    def send_remarks(self) -> None:
        """Sign the viewed sheet's unsent remarks into a remarks package for the working
        group (in the export folder), and mark them sent."""
        from prosjektark import paths
        from prosjektark.exchange.remarks_package import (
            NoRemarksError,
            RemarksError,
            export_remarks,
        )
        from prosjektark.ui.signing.passphrase_dialog import obtain_identity

        ids = self._viewed_ids()
        if len(ids) != 1:
            return
        identity = obtain_identity(self, paths.identity_dir())
        if identity is None:
            return
        try:
            done = export_remarks(
                self.store, ids[0], self.catalog.form, identity, self._export_dir()
            )
        except NoRemarksError as exc:
            self.statusBar().showMessage(str(exc), 10000)
            return
        except ConflictError as exc:
            # Another user deleted one of the remarks meanwhile: none is marked sent.
            if self.stack.currentIndex() == EDITOR_PAGE and self._editor_page is not None:
                self._editor_page.remarks_panel.show_refused(
                    translate("main_window", "Merknadene ble ikke sendt."), exc
                )
            else:
                self._error(translate("main_window", "Kunne ikke sende merknadene"), str(exc))
                if self._intake_page is not None:
                    self._intake_page.reload()
            return
        except (RemarksError, StoreError) as exc:
            self._error(translate("main_window", "Kunne ikke sende merknadene"), str(exc))
            return
        self.statusBar().showMessage(
            (
                translate(
                    "main_window",
                    "1 merknad til «{title}» er signert og lagret i {path}. Send filen til"
                    " arbeidsgruppen.",
                )
                if done.count == 1
                else translate(
                    "main_window",
                    "{count} merknader til «{title}» er signert og lagret i {path}. Send filen"
                    " til arbeidsgruppen.",
                )
            ).format(count=done.count, title=done.title, path=done.path),
            15000,
        )
        if self._editor_page is not None:
            self._editor_page.reload_remarks()
        if self._intake_page is not None:
            self._intake_page.reload()

    def show_changed_since_delivery(self) -> None:
        from prosjektark.ui.versions_dialog import compare_last_deliveries

        ids = self._viewed_ids()
        if len(ids) != 1:
            return
        try:
            dialog = compare_last_deliveries(self.store, self.catalog, ids[0], self)
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke sammenligne leveringene"), str(exc))
            return
        if dialog is None:
            self.statusBar().showMessage(
                translate(
                    "main_window",
                    "Arket er levert bare én gang: det er ingenting å sammenligne med ennå.",
                ),
                10000,
            )
            return
        dialog.exec()

    def show_versions(self) -> None:
        ids = self._viewed_ids()
        if len(ids) != 1:
            return
        if not self.read_only:
            self.autosaver.flush()
        from prosjektark.ui.versions_dialog import VersionsDialog

        try:
            dialog = VersionsDialog(
                self.store,
                self.catalog,
                ids[0],
                working_copy=self.current_sheet(),
                attachments=StoreAttachments(self.store, self.current_sheet),
                parent=self,
            )
        except StoreError as exc:
            self._error(translate("main_window", "Kunne ikke vise versjonene"), str(exc))
            return
        dialog.exec()

    def show_history(self) -> None:
        ids = self._viewed_ids()
        if len(ids) != 1:
            return
        if not self.read_only:
            self.autosaver.flush()
        from prosjektark.ui.history_view import HistoryDialog

        HistoryDialog.for_sheet(self.store, self.catalog, ids[0], parent=self).exec()

    def export_case_file(self) -> None:
        """One sheet's case file (the sheet, its review state, remarks with answers and the
        history) as a PDF for a meeting."""
        from prosjektark.exchange.case_file import render_case_file
        from prosjektark.exchange.export import ExportError, base_filename, write_atomic

        ids = self._viewed_ids()
        if len(ids) != 1:
            return
        sheet_id = ids[0]
        try:
            sheet = self.store.load(sheet_id)
            delivered = self.store.latest_deliveries().get(sheet_id)
            if delivered is not None and delivered.revision is not None:
                sheet = self.store.load_revision(sheet_id, delivered.revision)
            data = render_case_file(
                sheet,
                self.catalog,
                self.store.history(sheet_id),
                self.store.remarks(sheet_id),
                self.store.answers(sheet_id),
                self.store.review_status(sheet_id),
            )
        except (StoreError, ExportError) as exc:
            self._error(translate("main_window", "Kunne ikke lage saksmappen"), str(exc))
            return
        default = self._export_dir() / f"saksmappe-{base_filename(sheet)}.pdf"
        path = file_dialogs.save_file(
            self,
            translate("main_window", "Lagre saksmappe"),
            default,
            "PDF (*.pdf)",
        )
        if path is None:
            return
        try:
            write_atomic(Path(path), data)
        except OSError as exc:
            self._error(
                translate("main_window", "Kunne ikke lagre saksmappen"),
                f"{path}: {exc.strerror or exc}",
            )
            return
        self.statusBar().showMessage(
            translate("main_window", "Saksmappen er lagret: {path}").format(path=path), 8000
        )

    def change_review_state(self) -> None:
        if self._on_intake():
            self.intake_page.change_state()

    def edit_settings(self) -> None:
        from prosjektark.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_role()
        self.statusBar().showMessage(translate("main_window", "Innstillingene er lagret."), 6000)

    def export_portfolio(self) -> None:
        from prosjektark.ui.intake_dialogs import export_portfolio

        if not self.autosaver.flush():
            return
        written = export_portfolio(self, self.store, self.catalog, default_dir=self._export_dir())
        if written is not None:
            path, count = written
            self.statusBar().showMessage(
                translate(
                    "main_window", "Porteføljen ({count} prosjektark) er skrevet til {path}."
                ).format(count=count, path=path),
                8000,
            )

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(what, keys) for every menu item with a shortcut, then the editor's own keys."""
        from prosjektark.ui.editor.mnemonics import without_mnemonic

        actions = [a for m in self.menuBar().actions() for a in m.menu().actions()]
        actions.append(self.editor_page.findings_panel.acknowledge_action)
        actions += self.editor_page.remark_actions()
        rows: dict[str, str] = {}  # an action in two menus is listed once
        for action in actions:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            if keys:
                rows.setdefault(without_mnemonic(action.text()), keys)
        back = self.editor_page.back_button.shortcut()
        rows.setdefault(
            translate("main_window", "Tilbake til listen"),
            back.toString(QKeySequence.SequenceFormat.NativeText),
        )
        return [
            *rows.items(),
            (translate("main_window", "Neste / forrige felt"), "Tab / Shift+Tab"),
            (
                translate("main_window", "Gå til et felt"),
                translate("main_window", "Alt + understreket bokstav"),
            ),
            (translate("main_window", "Neste / forrige steg"), "Ctrl+PgDn / Ctrl+PgUp"),
            (
                translate("main_window", "Neste / forrige rute (steg, skjema, funn, hjelp)"),
                "F6 / Shift+F6",
            ),
            (
                translate("main_window", "Gå til feltet et funn gjelder"),
                translate("main_window", translate("main_window", "Enter i funnlisten")),
            ),
            (
                translate("main_window", "Gå til feltet en merknad gjelder"),
                translate("main_window", translate("main_window", "Enter i merknadslisten")),
            ),
        ]

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td>{escape(what)}</td><td>&nbsp;&nbsp;<b>{escape(keys)}</b></td></tr>"
            for what, keys in self.shortcut_rows()
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("main_window", "Hurtigtaster"),
            f"<table>{rows}</table>",
        )
        box.setParent(self, box.windowFlags())
        box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 26em; }")  # a line per row
        box.exec()

    # ------------------------------------------------------------------ printing
    def sheet_printout(self) -> Printout | None:
        """The open sheet as the editor holds it (edits not yet saved included), in its
        PDF's layout; None when no sheet is open or its PDF cannot be made (said)."""
        sheet = self.current_sheet()
        if sheet is None:
            return None
        from prosjektark.exchange.export import ExportError
        from prosjektark.ui.print_preview import Printout, busy, sheet_pdf

        try:
            history = self.store.history(sheet.id)
        except StoreError:
            history = []  # a sheet not in the store (self-test) has no history
        self.statusBar().showMessage(translate("main_window", "Lager utskriften …"))
        self.statusBar().repaint()  # seen now: the rendering holds the event loop
        try:
            with busy():
                pdf = sheet_pdf(sheet, self.catalog, history)
        except ExportError as exc:
            self.statusBar().clearMessage()
            self._error(translate("main_window", "Kunne ikke skrive ut arket"), str(exc))
            return None
        self.statusBar().clearMessage()
        return Printout(pdf, sheet.identification.title or "Prosjektark")

    def print_preview(self) -> None:
        from prosjektark.ui.print_preview import PrintPreviewDialog

        printout = self.sheet_printout()
        if printout is None:
            return
        dialog = PrintPreviewDialog(printout, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            printout.close()

    def print_sheet(self) -> None:
        from prosjektark.exchange.export import ExportError
        from prosjektark.ui.print_preview import PrintError, print_with_dialog

        printout = self.sheet_printout()
        if printout is None:
            return
        try:
            printer = print_with_dialog(printout, self)
        except (PrintError, ExportError) as exc:
            self._error(translate("main_window", "Kunne ikke skrive ut arket"), str(exc))
            return
        finally:
            printout.close()
        if printer is None:
            return
        if printer.outputFileName():
            self.statusBar().showMessage(
                translate("main_window", "Arket er skrevet til {path}").format(
                    path=printer.outputFileName()
                ),
                8000,
            )
        else:
            name = printer.printerName()
            sent = (
                translate("main_window", "Arket er sendt til skriveren {name}.").format(name=name)
                if name
                else translate("main_window", "Arket er sendt til skriveren.")
            )
            self.statusBar().showMessage(sent, 8000)

    def about(self) -> None:
        from prosjektark.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _error(self, title: str, message: str) -> None:
        log.warning("%s: %s", title, message)
        QMessageBox.warning(self, title, message)

    # ------------------------------------------------------------------ lifecycle
    def flush(self) -> None:
        self.autosaver.flush()

    def export_proposal(self) -> None:
        """«Forslag til handlingsprogram» of the stored scenario, signed with the user's
        identity, into a folder the user chooses."""
        from prosjektark import paths
        from prosjektark.exchange.export import ExportError
        from prosjektark.ui.signing.passphrase_dialog import obtain_identity

        page = self.portfolio_page
        problem = page.proposal_problem()
        if problem:
            self._error(translate("main_window", "Kan ikke eksportere forslaget ennå"), problem)
            return
        folder = file_dialogs.choose_folder(
            self, translate("main_window", "Velg mappe for forslaget"), self._export_dir()
        )
        if folder is None:
            return
        identity = obtain_identity(self, paths.identity_dir())
        if identity is None:
            return
        from prosjektark.exchange.proposal import ProposalExistsError

        try:
            try:
                written = page.export_proposal(Path(folder), identity)
            except ProposalExistsError as exc:
                answer = QMessageBox.question(
                    self,
                    translate("main_window", "Erstatte forslaget?"),
                    f"{exc}\n\n"
                    + translate("main_window", "Vil du erstatte filene med dette forslaget?"),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
                written = page.export_proposal(Path(folder), identity, overwrite=True)
        except ExportError as exc:
            self._error(translate("main_window", "Kunne ikke eksportere forslaget"), str(exc))
            return
        names = ", ".join(p.name for p in written)
        self.statusBar().showMessage(
            translate(
                "main_window", "Forslaget er signert og skrevet til {folder}: {names}."
            ).format(folder=folder, names=names),
            15000,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._portfolio_page is not None and not self._portfolio_page.ask_unsaved():
            event.ignore()  # the user chose to go on with the scenario
            return
        self._settle_conflict()
        if not self.autosaver.flush():
            answer = QMessageBox.question(
                self,
                translate("main_window", "Ikke lagret"),
                translate(
                    "main_window", "Siste endringer kunne ikke lagres. Vil du avslutte likevel?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self._intake_watcher is not None:
            self._intake_watcher.stop()
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._editor_page is not None:
            self.settings.setValue("window/editorSplitter", self._editor_page.splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)


class ConflictBar(QWidget):
    """Above the form while another writer's change stops the saving of this one's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        theme.set_style(
            self,
            "#conflictBar { background: $notice_background;"
            " border-bottom: 1px solid $notice_border; }"
            " #conflictBar QLabel { color: $notice_text; }",
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # No Alt letters: a key typed into the form must never answer this.
        self.copy_button = QPushButton(translate("main_window", "Lagre mine endringer som kopi"))
        self.copy_button.setToolTip(
            translate("main_window", "Et nytt ark med endringene dine (Ctrl+Shift+S)")
        )
        self.reload_button = QPushButton(
            translate("main_window", "Last inn på nytt (forkast mine endringer)")
        )
        for button in (self.copy_button, self.reload_button):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.reload_button)
        self.hide()

    def show_conflict(self, error: ConflictError) -> None:
        self.label.setText(
            translate(
                "main_window",
                "{error} Du kan skrive videre; det du skriver, blir ikke lagret før du velger.",
            ).format(error=error)
        )
        self.reload_button.setVisible(not error.deleted)
        self.show()
