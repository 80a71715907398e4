"""The Portefølje workspace: one programme's delivered sheets in a scenario, ranked,
included or left out, their funding shifted by a year, balanced against the frames.

Seed 004: «Tiltakene skal prioriteres etter en vurdering av tiltakenes bidrag til
måloppfyllelse og samfunnsøkonomisk lønnsomhet, og basert på disponible midler, planstatus
og tilstrekkelige ressurser». Every change is undoable; nothing is written until «Lagre»,
and a save based on a version someone else has replaced is refused and said, never lost.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.nb_format import format_datetime, format_mnok
from prosjektark.domain.portfolio import (
    RANK_KINDS,
    PortfolioItem,
    describe_change,
    new_scenario,
    ranked,
)
from prosjektark.domain.scenario import Scenario, ScenarioEntry
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.store.errors import ConflictError, StoreError
from prosjektark.ui import theme
from prosjektark.ui.background import BackgroundJob, progress_dialog, run_with_progress
from prosjektark.ui.dialog_keys import ctrl_enter_presses, enter_presses
from prosjektark.ui.exact_view import ExactRepaintTableView
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.secretariat.conflicts import NoticeBar, ReloadBar, refusal_text
from prosjektark.ui.secretariat.portfolio_model import (
    B_FRAME,
    B_LEFT,
    B_PARTY,
    B_SOURCE,
    B_STATUS,
    B_USED,
    B_YEAR,
    GROUPINGS,
    ID_ROLE,
    BalanceModel,
    PortfolioFilterProxy,
    PortfolioModel,
    shift_text,
)
from prosjektark.ui.theme import Role

if TYPE_CHECKING:
    from prosjektark.domain.catalog import Catalog
    from prosjektark.domain.frames import FrameLine
    from prosjektark.domain.profile import Profile
    from prosjektark.signing.identity import Identity
    from prosjektark.store.repository import Store

log = logging.getLogger("prosjektark.ui")
FRESH_NAME = QT_TRANSLATE_NOOP("portfolio_page", "Nytt scenario")
UNSAVED_TEXT = QT_TRANSLATE_NOOP("portfolio_page", "Ikke lagret")
# How often the load reports progress: often enough to move, rarely enough to cost nothing.
_PROGRESS_EVERY = 10


# ---------------------------------------------------------------------------- loading


@dataclass
class LoadReport:
    latest: dict[uuid.UUID, PortfolioItem] | None = None
    scenario: Scenario | None = None
    items: dict[uuid.UUID, PortfolioItem] = field(default_factory=dict)
    error: str = ""
    cancelled: bool = False


class PortfolioLoadJob(BackgroundJob):
    """Reads the programme's delivered sheets and runs the rules on each (about 3 ms a
    sheet), then the sheets at the revisions the scenario names. `latest` given: only the
    scenario's part. `scenario` None: a new one from the profile's states, in rank order."""

    maximum = Signal(int)

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        profile: Profile,
        scenario: Scenario | None,
        latest: dict[uuid.UUID, PortfolioItem] | None = None,
        states: list[str] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.profile = profile
        self.scenario = scenario
        self.latest = latest
        self.states = states

    def new_report(self) -> LoadReport:
        return LoadReport()

    def work(self, report: LoadReport) -> None:
        try:
            self._work(report)
        except StoreError as exc:
            report.error = str(exc)
        except Exception as exc:  # one broken sheet must not leave the page half loaded
            log.exception("portfolio load")
            report.error = translate(
                "portfolio_page", "Uventet feil under innlesingen: {error}"
            ).format(error=exc)

    def _work(self, report: LoadReport) -> None:
        from prosjektark.exchange.portfolio_items import load_portfolio_items, scenario_items

        latest = self.latest
        if latest is None:
            self.step(0, translate("portfolio_page", "Leser de leverte arkene …"))

            def progress(done: int, total: int) -> bool:
                if done == 0:
                    self.maximum.emit(total + 1)
                if done % _PROGRESS_EVERY == 0:
                    self.step(
                        done,
                        translate("portfolio_page", "Kontrollerer ark {n} av {total} …").format(
                            n=done + 1, total=total
                        ),
                    )
                return not self.cancelled

            found = load_portfolio_items(
                self.store, self.catalog, self.profile.id, progress=progress
            )
            if self.cancelled:
                report.cancelled = True
                return
            latest = {item.sheet_id: item for item in found}
            self.step(
                len(found), translate("portfolio_page", "Leser revisjonene scenarioet bruker …")
            )
        report.latest = latest
        scenario = self.scenario
        if scenario is None:
            scenario = new_scenario(
                translate("portfolio_page", FRESH_NAME),
                self.profile,
                latest.values(),
                states=self.states,
            )
        report.scenario = scenario
        report.items = scenario_items(self.store, self.catalog, scenario, latest)


class ProposalInputsJob(BackgroundJob):
    """Reads what the proposal is made of (exchange.portfolio_items.proposal_inputs): the
    programme's sheets with their rules run again, so it reports progress like the load."""

    maximum = Signal(int)

    def __init__(self, store: Store, catalog: Catalog, scenario: Scenario) -> None:
        super().__init__()
        self.store = store
        self.catalog = catalog
        self.scenario = scenario

    def new_report(self) -> dict:
        return {"inputs": None, "error": "", "cancelled": False}

    def work(self, report: dict) -> None:
        from prosjektark.exchange.portfolio_items import proposal_inputs

        def progress(done: int, total: int) -> bool:
            if done == 0:
                self.maximum.emit(total + 1)
            if done % _PROGRESS_EVERY == 0:
                self.step(
                    done,
                    translate("portfolio_page", "Kontrollerer ark {n} av {total} …").format(
                        n=done + 1, total=total
                    ),
                )
            return not self.cancelled

        try:
            inputs = proposal_inputs(self.store, self.catalog, self.scenario, progress=progress)
        except StoreError as exc:
            report["error"] = str(exc)
            return
        except Exception as exc:
            log.exception("proposal inputs")
            report["error"] = translate(
                "portfolio_page", "Uventet feil under innlesingen: {error}"
            ).format(error=exc)
            return
        if self.cancelled:
            report["cancelled"] = True
            return
        report["inputs"] = inputs


def reassess_hint(profile: Profile | None) -> str:
    """What «Bare til ny vurdering» keeps, in the programme's own number of years."""
    years = profile.inactive_after_years if profile is not None else None
    if not years:
        return translate(
            "portfolio_page",
            "Tiltak som har fått midler og ikke har startet bygging innen fristen "
            "avtaleprofilen setter",
        )
    if years == 1:
        return translate(
            "portfolio_page",
            "Tiltak som fikk midler for minst 1 år siden og ikke har startet bygging",
        )
    return translate(
        "portfolio_page",
        "Tiltak som fikk midler for minst {years} år siden og ikke har startet bygging",
    ).format(years=years)


# ---------------------------------------------------------------------------- undo


class _PageCommand(QUndoCommand):
    def __init__(self, page: PortfolioPage, text: str) -> None:
        super().__init__(text)
        self.page = page

    @property
    def model(self) -> PortfolioModel:
        return self.page.model


class ToggleCommand(_PageCommand):
    def __init__(
        self, page: PortfolioPage, sheet_id: uuid.UUID, included: bool, reason: str
    ) -> None:
        title = page.model.title(sheet_id)
        text = (
            translate("portfolio_page", "Ta med «{title}»")
            if included
            else translate("portfolio_page", "Ta ut «{title}»")
        )
        super().__init__(page, text.format(title=title))
        self.sheet_id = sheet_id
        entry = page.model.entry_of(sheet_id)
        self.added = entry is None  # a sheet not in the scenario yet is added by this
        self.old = entry
        self.included = included
        self.reason = reason

    def redo(self) -> None:
        self.model.set_included(self.sheet_id, self.included, self.reason)
        self.page.after_change(self.sheet_id)

    def undo(self) -> None:
        if self.added:
            self.model.remove_entry(self.sheet_id)
        else:
            assert self.old is not None
            self.model.set_included(self.sheet_id, self.old.included, self.old.reason)
        self.page.after_change(self.sheet_id)


class MoveCommand(_PageCommand):
    def __init__(self, page: PortfolioPage, sheet_id: uuid.UUID, step: int) -> None:
        title = page.model.title(sheet_id)
        super().__init__(page, translate("portfolio_page", "Flytt «{title}»").format(title=title))
        self.sheet_id = sheet_id
        self.old = page.model.scenario.entries

        self.step = step

    def redo(self) -> None:
        self.model.move(self.sheet_id, self.step)
        self.page.after_change(self.sheet_id)

    def undo(self) -> None:
        self.model.set_order(self.old)
        self.page.after_change(self.sheet_id)


class ShiftCommand(_PageCommand):
    def __init__(self, page: PortfolioPage, sheet_id: uuid.UUID, years: int) -> None:
        title = page.model.title(sheet_id)
        super().__init__(
            page,
            translate("portfolio_page", "Flytt finansieringen av «{title}»").format(title=title),
        )
        self.sheet_id = sheet_id
        entry = page.model.entry_of(sheet_id)
        self.old = entry.shift_years if entry else 0
        self.years = years

    def redo(self) -> None:
        self.model.set_shift(self.sheet_id, self.years)
        self.page.after_change(self.sheet_id)

    def undo(self) -> None:
        self.model.set_shift(self.sheet_id, self.old)
        self.page.after_change(self.sheet_id)


class OrderCommand(_PageCommand):
    def __init__(self, page: PortfolioPage, entries: tuple[ScenarioEntry, ...], text: str):
        super().__init__(page, text)
        self.old = page.model.scenario.entries
        self.new = entries

    def redo(self) -> None:
        self.model.set_order(self.new)
        self.page.after_change(None)

    def undo(self) -> None:
        self.model.set_order(self.old)
        self.page.after_change(None)


class RevisionCommand(_PageCommand):
    def __init__(self, page: PortfolioPage, sheet_id: uuid.UUID, new: PortfolioItem) -> None:
        super().__init__(
            page,
            translate("portfolio_page", "Bruk revisjon {revision} av «{title}»").format(
                revision=new.revision, title=new.title
            ),
        )
        self.sheet_id = sheet_id
        entry = page.model.entry_of(sheet_id)
        assert entry is not None
        # None: the store could not read the revision the scenario names (purged); the
        # newest one is then the way to give the sheet numbers again.
        self.old = page.model.items_by_id().get(sheet_id)
        self.old_revision = entry.revision
        self.new = new

    def redo(self) -> None:
        self.model.use_item(self.sheet_id, self.new)
        self.page.after_change(self.sheet_id)

    def undo(self) -> None:
        if self.old is None:
            self.model.drop_item(self.sheet_id, self.old_revision)
        else:
            self.model.use_item(self.sheet_id, self.old)
        self.page.after_change(self.sheet_id)


# ---------------------------------------------------------------------------- dialogs


class ReasonDialog(QDialog):
    """Why a sheet is left out: the proposal prints it beside the sheet."""

    def __init__(self, title: str, reason: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("portfolio_page", "Ta ut av scenarioet"))
        intro = QLabel(
            translate("portfolio_page", "Hvorfor tas «{title}» ut av scenarioet?").format(
                title=title
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.text = QPlainTextEdit()
        self.text.setObjectName("reasonText")
        self.text.setAccessibleName(translate("portfolio_page", "Begrunnelse"))
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(reason)
        intro.setBuddy(self.text)
        hint = QLabel(
            translate(
                "portfolio_page",
                "Begrunnelsen står i forslaget til handlingsprogram. Ctrl+Enter tar ut.",
            )
        )
        hint.setWordWrap(True)
        theme.set_style(hint, "color: $muted_text;")
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            translate("portfolio_page", "Ta ut"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(
            translate("portfolio_page", "Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        enter_presses(self, self.ok_button)
        # Enter is a new line in the reason; Ctrl+Enter accepts from the text too.
        ctrl_enter_presses(self, self.ok_button)
        self.text.textChanged.connect(self._update)
        self._update()
        self.text.setFocus()
        self.resize(460, 240)

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.reason()))

    def reason(self) -> str:
        return " ".join(self.text.toPlainText().split())

    def accept(self) -> None:
        if self.reason():  # a sheet left out always says why
            super().accept()


class ChangesDialog(QDialog):
    """«Hvem endret hva»: every save of the scenario, who and when."""

    def __init__(self, store: Store, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QApplication, QTableWidgetItem

        from prosjektark.ui.copying_table import CopyingTable

        self.setWindowTitle(
            translate("portfolio_page", "Hvem endret hva – {scenario}").format(
                scenario=scenario.name
            )
        )
        self.table = CopyingTable(0, 4)
        self.table.setObjectName("scenarioChanges")
        self.table.setHorizontalHeaderLabels(
            [
                translate("portfolio_page", "Når"),
                translate("portfolio_page", "Hvem"),
                translate("portfolio_page", "Versjon"),
                translate("portfolio_page", "Hva"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        changes = store.scenario_changes(scenario.id) if scenario.version else []
        for change in changes:
            row = self.table.rowCount()
            self.table.insertRow(row)
            who = change.who + (f" ({change.fingerprint[:16]}…)" if change.fingerprint else "")
            for column, text in enumerate(
                (format_datetime(change.at), who, str(change.version), change.text)
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(3, 420)
        self.table.resizeRowsToContents()

        def copy_rows() -> None:
            rows = sorted({i.row() for i in self.table.selectedIndexes()})
            lines = ["\t".join(self.table.item(r, c).text() for c in range(4)) for r in rows]
            QApplication.clipboard().setText("\n".join(lines))

        self.table.copy_requested.connect(copy_rows)
        empty = QLabel(
            translate("portfolio_page", "Scenarioet er ikke lagret ennå.") if not changes else ""
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            translate("portfolio_page", "Lukk")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not changes:
            layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(860, 420)


# ---------------------------------------------------------------------------- the page


class PortfolioPage(QWidget):
    message = Signal(str)  # for the status bar
    open_requested = Signal(object)  # uuid.UUID: show the sheet (read-only)
    dirty_changed = Signal(bool)

    def __init__(
        self,
        store: Store,
        catalog: Catalog,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioPage")
        self.store = store
        self.catalog = catalog
        self.read_only = read_only
        self.profile: Profile | None = None
        self._saved: Scenario | None = None  # the stored version the work is based on
        self._frames_version = 0
        # Per delivered sheet its latest delivered revision when the page last read the
        # portfolio: showing the tab again compares it (cheap) instead of re-running rules.
        self._deliveries: dict[uuid.UUID, int | None] = {}
        self._loaded = False
        self.undo_stack = QUndoStack(self)
        # After the stack has counted a push, an undo or a redo (a command's redo runs
        # inside push, before that): the marks («Ikke lagret») once per change.
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        self.model = PortfolioModel(self)
        self.model.toggle_requested.connect(self._on_toggle_requested)
        self.proxy = PortfolioFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.balance_model = BalanceModel(self.model, self)
        self.model.balance_changed.connect(self._update_over)
        self.model.ranks_changed.connect(self._repaint_ranks)

        self._build()
        self._update_state()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.bar = ReloadBar("portfolioBar", self.reload_scenario, reload_name="portfolioReload")
        self.reload_button = self.bar.reload_button
        self.keep_button = self.bar.add_refusal_button(
            translate("portfolio_page", "Lagre mine endringer som nytt scenario …"),
            "portfolioKeepMine",
            self.save_as,
        )
        self.stale_bar = NoticeBar("portfolioStale", Role.STALE_BACKGROUND)
        self.stale_bar.add_button(
            translate("portfolio_page", "Bruk ny revisjon"),
            "staleUseRevision",
            self.use_new_revision,
        )

        heading = QLabel(translate("portfolio_page", "Portefølje"))
        heading.setObjectName("portfolioHeading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.profile_box = QComboBox()
        self.profile_box.setObjectName("portfolioProgramme")
        self.profile_box.setAccessibleName(translate("portfolio_page", "Program"))
        self.profile_box.currentIndexChanged.connect(self._on_profile)
        profile_label = QLabel(translate("portfolio_page", "&Program:"))
        profile_label.setBuddy(self.profile_box)
        self.scenario_box = QComboBox()
        self.scenario_box.setObjectName("portfolioScenario")
        self.scenario_box.setAccessibleName(translate("portfolio_page", "Scenario"))
        self.scenario_box.setMinimumContentsLength(14)
        self.scenario_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenario_box.currentIndexChanged.connect(self._on_scenario)
        scenario_label = QLabel(translate("portfolio_page", "S&cenario:"))
        scenario_label.setBuddy(self.scenario_box)
        self.new_button = self._button(
            translate("portfolio_page", "&Nytt scenario …"), "scenarioNew", self.new_scenario
        )
        self.save_button = self._button(
            translate("portfolio_page", "&Lagre"), "scenarioSave", self.save
        )
        self.save_button.setToolTip(translate("portfolio_page", "Lagre scenarioet (Ctrl+S)"))
        self.save_as_button = self._button(
            translate("portfolio_page", "Lagre s&om …"), "scenarioSaveAs", self.save_as
        )
        self.delete_button = self._button(
            translate("portfolio_page", "Slett"), "scenarioDelete", self.delete_scenario
        )
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("scenarioUnsaved")
        self.changes_button = self._button(
            translate("portfolio_page", "Endringer …"), "scenarioChangesButton", self.show_changes
        )
        self.changes_button.setToolTip(
            translate("portfolio_page", "Hvem som har endret scenarioet, når og hva")
        )
        self.compare_button = self._button(
            translate("portfolio_page", "Sammenlign …"), "scenarioCompare", self.compare_scenarios
        )

        self.filter_box = QLineEdit()
        self.filter_box.setObjectName("portfolioFilter")
        self.filter_box.setPlaceholderText(
            translate("portfolio_page", "Filtrer på tittel, kommune …")
        )
        self.filter_box.setToolTip(
            translate("portfolio_page", "Filtrer på tittel, kommune, arbeidsgruppe, tiltaksområde")
        )
        self.filter_box.setAccessibleName(translate("portfolio_page", "Filtrer porteføljen"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(self._on_filter)
        filter_label = QLabel(translate("portfolio_page", "Filt&er:"))
        filter_label.setBuddy(self.filter_box)
        self.states_button = QToolButton()
        self.states_button.setObjectName("portfolioStates")
        self.states_button.setAccessibleName(translate("portfolio_page", "Saksstatuser som vises"))
        self.states_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.states_button.setMinimumWidth(90)
        self.states_menu = QMenu(self.states_button)
        self.states_button.setMenu(self.states_menu)
        states_label = QLabel(translate("portfolio_page", "Saksstat&us:"))
        states_label.setBuddy(self.states_button)
        self.group_box = QComboBox()
        self.group_box.setObjectName("portfolioGrouping")
        for key, name in GROUPINGS.items():
            self.group_box.addItem(translate("portfolio_model", name), key)
        self.group_box.currentIndexChanged.connect(self._on_grouping)
        group_label = QLabel(translate("portfolio_page", "&Gruppér:"))
        group_label.setBuddy(self.group_box)
        self.rank_box = QComboBox()
        self.rank_box.setObjectName("portfolioRankKind")
        for kind, name in RANK_KINDS.items():
            self.rank_box.addItem(translate("portfolio", name), kind)
        rank_label = QLabel(translate("portfolio_page", "R&anger etter:"))
        rank_label.setBuddy(self.rank_box)
        self.rank_button = self._button(
            translate("portfolio_page", "Ranger"), "portfolioRank", self.rank
        )
        self.rank_button.setToolTip(
            translate(
                "portfolio_page",
                "Ordne scenarioet etter valgt mål. Ark som ikke kan sammenlignes, kommer til slutt.",
            )
        )
        self.reassess_box = QCheckBox(translate("portfolio_page", "Bare til n&y vurdering"))
        self.reassess_box.setObjectName("portfolioReassess")
        self.reassess_box.setToolTip(reassess_hint(None))
        self.reassess_box.toggled.connect(self._on_reassess)
        self.revision_button = self._button(
            translate("portfolio_page", "&Bruk ny revisjon"),
            "portfolioUseRevision",
            self.use_new_revision,
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("portfolioCount")

        self.table = ExactRepaintTableView()
        self.table.setObjectName("portfolioTable")
        self.bar.focus_after = self.table
        # Kept: each viewport() call makes a new Python wrapper, and a toggle asks often.
        self._viewport = self.table.viewport()
        self.table.setAccessibleName(translate("portfolio_page", "Porteføljens ark"))
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(30)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection())
        self.model.modelReset.connect(self._apply_spans)
        self.model.layoutChanged.connect(self._apply_spans)

        self.over_label = QLabel()
        self.over_label.setObjectName("balanceSummary")
        self.over_label.setWordWrap(True)
        self.over_label.setTextFormat(Qt.TextFormat.PlainText)
        balance_heading = QLabel(translate("portfolio_page", "Balanse mot rammene"))
        balance_heading.setStyleSheet("font-weight: 600;")
        self.frames_button = self._button(
            translate("portfolio_page", "Ra&mmer …"), "portfolioFrames", self.edit_frames
        )
        self.refresh_button = self._button(
            translate("portfolio_page", "Les &inn på nytt"), "portfolioRefresh", self.refresh
        )
        self.refresh_button.setToolTip(
            translate(
                "portfolio_page",
                "Les porteføljen, rammene og hva som er endret i arkene på nytt (F5). "
                "Endringer i scenarioet som ikke er lagret, beholdes.",
            )
        )
        self.balance_table = ExactRepaintTableView()
        self.balance_table.setObjectName("balanceTable")
        self.balance_table.setAccessibleName(
            translate("portfolio_page", "Balanse mot rammene, per år og kilde")
        )
        self.balance_table.setModel(self.balance_model)
        self.balance_table.verticalHeader().setVisible(False)
        self.balance_table.verticalHeader().setDefaultSectionSize(22)
        self.balance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.balance_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balance_table.setTabKeyNavigation(False)
        bheader = self.balance_table.horizontalHeader()
        for column, width in (
            (B_YEAR, 50),
            (B_SOURCE, 170),
            (B_PARTY, 190),
            (B_FRAME, 104),
            (B_USED, 90),
            (B_LEFT, 90),
        ):
            self.balance_table.setColumnWidth(column, width)
        bheader.setSectionResizeMode(B_STATUS, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(profile_label)
        top.addWidget(self.profile_box)
        top.addWidget(scenario_label)
        top.addWidget(self.scenario_box, 1)
        self.scenario_box.setMaximumWidth(420)
        top.addWidget(self.unsaved_label)
        # The row fits a 1280-pixel laptop screen: «Les inn på nytt» sits by «Rammer …».
        top.addStretch(0)
        for button in (
            self.new_button,
            self.save_button,
            self.save_as_button,
            self.delete_button,
            self.changes_button,
            self.compare_button,
        ):
            top.addWidget(button)
        tools = QHBoxLayout()
        tools.addWidget(filter_label)
        tools.addWidget(self.filter_box, 1)
        tools.addWidget(states_label)
        tools.addWidget(self.states_button)
        tools.addWidget(group_label)
        tools.addWidget(self.group_box)
        tools.addWidget(rank_label)
        tools.addWidget(self.rank_box)
        tools.addWidget(self.rank_button)
        tools.addWidget(self.reassess_box)
        tools.addWidget(self.revision_button)

        upper = QWidget()
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(self.table, 1)
        count_row = QHBoxLayout()
        hint = QLabel(
            translate(
                "portfolio_page",
                "Mellomrom: med/ut · Alt+Pil opp/ned: flytt i rangeringen · Ctrl+Pil "
                "høyre/venstre: finansieringen et år senere/tidligere · Ctrl+Z angrer",
            )
        )
        hint.setObjectName("portfolioHint")
        theme.set_style(hint, "color: $muted_text;")
        count_row.addWidget(hint, 1)
        count_row.addWidget(self.count_label)
        upper_column.addLayout(count_row)
        lower = QWidget()
        lower_column = QVBoxLayout(lower)
        lower_column.setContentsMargins(0, 0, 0, 0)
        balance_top = QHBoxLayout()
        balance_top.addWidget(balance_heading)
        balance_top.addWidget(self.over_label, 1)
        balance_top.addWidget(self.frames_button)
        balance_top.addWidget(self.refresh_button)
        lower_column.addLayout(balance_top)
        lower_column.addWidget(self.balance_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("portfolioSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        upper.setMinimumHeight(140)
        lower.setMinimumHeight(140)

        column = QVBoxLayout()
        column.addLayout(top)
        column.addLayout(tools)
        column.addWidget(self.splitter, 1)
        body = QWidget()
        body.setLayout(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.bar)
        outer.addWidget(self.stale_bar)
        outer.addWidget(body, 1)

        self.undo_action = self.undo_stack.createUndoAction(
            self, translate("portfolio_page", "&Angre")
        )
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo_stack.createRedoAction(
            self, translate("portfolio_page", "&Gjør om")
        )
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False: self._update_state())
            self.addAction(action)
        # Within the page only: the editor's Ctrl+S «Lagre versjon» is the window's, and
        # is disabled here (main_window._update_actions), so one of them fires, never both.
        self.save_action = QAction(translate("portfolio_page", "Lagre scenario"), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.refresh_action = QAction(translate("portfolio_page", "Les inn på nytt"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.save_action.triggered.connect(lambda _checked=False: self.save())
        self.refresh_action.triggered.connect(lambda _checked=False: self.refresh())
        for action in (self.save_action, self.refresh_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ------------------------------------------------------------------ loading
    def portfolio_profiles(self) -> list[Profile]:
        return [p for p in self.catalog.profiles.values() if p.portfolio is not None]

    def ensure_loaded(self) -> None:
        """Load once; showing the page again keeps the work and catches up with what others
        did meanwhile (refresh_if_changed), without re-running the rules on every sheet."""
        if not self._loaded:
            self.reload()
        else:
            self.refresh_if_changed()

    def refresh(self) -> bool:
        """«Les inn på nytt» (F5): the portfolio, the frames and the stale list read again.
        Unsaved changes to the scenario are kept (its numbers stay at the revisions it
        names), and can still be undone."""
        if not self._loaded or self.profile is None:
            self.reload()
            return self._loaded
        ok = self.reload()
        if ok:
            self.message.emit(translate("portfolio_page", "Porteføljen er lest inn på nytt."))
        return ok

    def refresh_if_changed(self) -> None:
        """What changed in the store since the page read it, found cheaply: the frames'
        version, the latest deliveries and the review states. A new state (a withdrawal)
        is taken as it is; a new delivery needs its rules run, so the portfolio is read
        again (keeping unsaved work); new frames are shown and said."""
        if self.profile is None:
            return
        try:
            version = self.store.frames_version(self.profile.id)
            deliveries = self._delivery_marks()
            statuses = self.store.review_statuses()
        except StoreError as exc:
            self.bar.say(
                translate(
                    "portfolio_page", "Kunne ikke sjekke om porteføljen er endret: {error}"
                ).format(error=exc)
            )
            return
        if deliveries != self._deliveries:
            self.reload()
            return
        latest = self.model.latest_items()
        moved = {
            sheet_id: replace(item, review_state=status.state)
            for sheet_id, item in latest.items()
            if (status := statuses.get(sheet_id)) is not None and status.state != item.review_state
        }
        if moved:
            selected = self.selected_sheet()
            self.model.set_latest({**latest, **moved})
            if selected is not None:
                self.select(selected)
        if version != self._frames_version:
            try:
                self._take_frames(self.store.frames(self.profile.id), version)
            except StoreError as exc:
                self.bar.say(
                    translate("portfolio_page", "Kunne ikke lese rammene: {error}").format(
                        error=exc
                    )
                )
        self._update_state()

    def _delivery_marks(self) -> dict[uuid.UUID, int | None]:
        return {sheet_id: d.revision for sheet_id, d in self.store.latest_deliveries().items()}

    def _frames_changed_text(self) -> str:
        name = self.profile.name if self.profile else translate("portfolio_page", "programmet")
        return translate(
            "portfolio_page",
            "Rammene for {programme} er endret siden porteføljen ble lest inn. Balansen viser nå "
            "rammene slik de er lagret.",
        ).format(programme=name)

    def _take_frames(self, frames: list[FrameLine], version: int) -> None:
        """Frames stored by someone else meanwhile: shown at once, and said in the bar."""
        changed = self._loaded and version != self._frames_version
        self.model.set_frames(frames)
        self._frames_version = version
        if changed:
            self.bar.say(self._frames_changed_text())

    def reload(self) -> bool:
        """Read the programme's sheets, frames and scenarios again. Unsaved changes to the
        scenario are kept (the numbers of its sheets stay at the revisions it names)."""
        current = self.profile.id if self.profile else ""
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile in self.portfolio_profiles():
            self.profile_box.addItem(profile.name, profile.id)
        found = self.profile_box.findData(current)
        self.profile_box.setCurrentIndex(max(found, 0))
        self.profile_box.blockSignals(False)
        profile_id = self.profile_box.currentData()
        if not profile_id:
            self.bar.say(
                translate(
                    "portfolio_page",
                    "Ingen avtaleprofil har porteføljeoppsett ([portfolio] i profilen).",
                )
            )
            return False
        keep = self.is_dirty() and profile_id == current
        scenario = self.model.scenario if keep else self._stored_choice(profile_id)
        return self._load(profile_id, scenario, keep_saved=keep)

    def _stored_choice(self, profile_id: str) -> Scenario | None:
        """The scenario shown now when it is still stored, else the first stored one."""
        try:
            stored = self.store.scenarios(profile_id)
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Kunne ikke lese scenarioene: {error}").format(
                    error=exc
                )
            )
            return None
        current = self.model.scenario.id
        return next((s for s in stored if s.id == current), stored[0] if stored else None)

    def _load(
        self,
        profile_id: str,
        scenario: Scenario | None,
        *,
        keep_saved: bool = False,
        latest: dict[uuid.UUID, PortfolioItem] | None = None,
    ) -> bool:
        profile = self.catalog.profile(profile_id)
        if self.profile is None or self.profile.id != profile_id:
            self._fill_states(profile)
        try:
            # Before the sheets: what changes while they are read is caught next time.
            frames_version = self.store.frames_version(profile_id)
            frames = self.store.frames(profile_id)
            deliveries = self._delivery_marks() if latest is None else self._deliveries
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Kunne ikke lese rammene: {error}").format(error=exc)
            )
            return False
        job = PortfolioLoadJob(
            self.store, self.catalog, profile, scenario, latest, states=self.checked_states()
        )
        dialog = progress_dialog(
            self,
            translate("portfolio_page", "Portefølje – Prosjektark"),
            translate("portfolio_page", "Leser porteføljen …"),
            1,
        )
        job.maximum.connect(dialog.setMaximum)
        report = run_with_progress(
            dialog, job, translate("portfolio_page", "Avbryter innlesingen …")
        )
        assert report is None or isinstance(report, LoadReport)
        if report is None or report.cancelled:
            self.bar.say(
                translate(
                    "portfolio_page",
                    "Innlesingen ble avbrutt. Porteføljen viser det som var lest inn før.",
                )
            )
            return False
        if report.error or report.scenario is None or report.latest is None:
            self.bar.say(
                translate("portfolio_page", "Kunne ikke lese porteføljen: {error}").format(
                    error=report.error
                )
            )
            return False
        self.bar.hide()
        frames_moved = (
            self._loaded
            and self.profile is not None
            and self.profile.id == profile_id
            and frames_version != self._frames_version
        )
        self.profile = profile
        self.reassess_box.setToolTip(reassess_hint(profile))
        if not keep_saved:
            self._saved = report.scenario if report.scenario.version else None
            self.undo_stack.clear()
        selected = self.selected_sheet()
        self.model.set_contents(profile, report.scenario, report.items, report.latest, frames)
        self._frames_version = frames_version
        self._deliveries = deliveries
        if frames_moved:
            self.bar.say(self._frames_changed_text())
        self._loaded = True
        self._fit_columns()
        self._refresh_scenarios()
        if selected is not None:
            self.select(selected)
        self._update_state()
        return True

    def _fill_states(self, profile: Profile) -> None:
        self.states_menu.clear()
        wanted = set(profile.portfolio.states if profile.portfolio else [])
        for state in profile.review.states if profile.review else []:
            action = QAction(state.name, self.states_menu)
            action.setData(state.id)
            action.setCheckable(True)
            action.setChecked(state.id in wanted)
            action.toggled.connect(lambda _on: self._on_states())
            self.states_menu.addAction(action)
        self._on_states()

    def checked_states(self) -> list[str]:
        return [a.data() for a in self.states_menu.actions() if a.isChecked()]

    def set_states(self, states: list[str]) -> None:
        for action in self.states_menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in states)
            action.blockSignals(False)
        self._on_states()

    def _on_states(self) -> None:
        actions = self.states_menu.actions()
        checked = [a for a in actions if a.isChecked()]
        if len(checked) == len(actions):
            text = translate("portfolio_page", "Alle")
        elif not checked:
            text = translate("portfolio_page", "Ingen")
        elif len(checked) <= 2:
            text = ", ".join(a.text() for a in checked)
        else:
            text = translate("portfolio_page", "{n} av {total}").format(
                n=len(checked), total=len(actions)
            )
        self.states_button.setText(text)
        self.proxy.set_states(self.checked_states())
        self._after_filter()

    def _refresh_scenarios(self) -> None:
        self.scenario_box.blockSignals(True)
        self.scenario_box.clear()
        try:
            stored = self.store.scenarios(self.profile.id) if self.profile else []
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Kunne ikke lese scenarioene: {error}").format(
                    error=exc
                )
            )
            stored = []
        current = self.model.scenario
        if self._saved is None:
            self.scenario_box.addItem(
                translate("portfolio_page", "{scenario} (ikke lagret)").format(
                    scenario=current.name
                ),
                "",
            )
        for scenario in stored:
            self.scenario_box.addItem(scenario.name, str(scenario.id))
        found = self.scenario_box.findData(str(current.id) if self._saved else "")
        self.scenario_box.setCurrentIndex(max(found, 0))
        self.scenario_box.blockSignals(False)

    def _fit_columns(self) -> None:
        widths = {
            "rank": 40,
            "included": 46,
            "title": 260,
            "working_group": 210,
            "municipality": 90,
            "action_area": 150,
            "phase": 44,
            "expected": 72,
            "p50": 64,
            "p85": 64,
            "uncertainty": 74,
            "goal": 72,
            "total": 70,
            "weighted": 56,
            "per_point": 84,
            "year": 62,
            "shift": 56,
            "construction_start": 82,
            "next_milestone": 200,
            "milestones": 72,
            "state": 180,
            "flags": 240,
            "reason": 220,
        }
        # A heading is never cut: bold, with room for the sort arrow.
        font = self.table.horizontalHeader().font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        for n, column in enumerate(self.model.columns):
            needed = metrics.horizontalAdvance(column.header) + 26
            self.table.setColumnWidth(n, max(widths.get(column.key, 80), needed))

    # ------------------------------------------------------------------ state shown
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def _repaint_ranks(self, column: int, place: int) -> None:
        """Repaint «Nr.» where it moved: the visible rows placed after `place` (with
        groups or another sort they need not be the rows below it on screen)."""
        table, viewport = self.table, self._viewport
        if table.columnViewportPosition(column) < 0:
            return
        first = table.rowAt(0)
        last = table.rowAt(viewport.height() - 1)
        if first < 0:
            return
        if last < 0:
            last = self.proxy.rowCount() - 1
        model, proxy = self.model, self.proxy
        for row in range(first, last + 1):
            sheet_id = model.sheet_at(proxy.mapToSource(proxy.index(row, column)).row())
            rank = model.rank_of(sheet_id) if sheet_id is not None else None
            if rank is not None and rank > place:
                viewport.update(table.visualRect(proxy.index(row, column)))

    def after_change(self, sheet_id: uuid.UUID | None) -> None:
        """After an undoable change: the marks, the banner, and the sheet kept selected.
        (The group headings' spans follow the model's layout signals.)"""
        if sheet_id is not None:
            self.select(sheet_id)

    def _on_selection(self) -> None:
        sheet_id = self.selected_sheet()
        self.revision_button.setEnabled(self._can_use_revision(sheet_id))
        if self.stale_bar.buttons:
            self.stale_bar.buttons[0].setEnabled(self._can_use_revision(sheet_id))

    def _show_mark(self, text: str, style: str, tip: str) -> None:
        # A style sheet set again re-polishes the label even when it is the same: only
        # what changed is set, since this runs on every change of the scenario.
        if self.unsaved_label.text() != text:
            self.unsaved_label.setText(text)
        theme.set_style(self.unsaved_label, style)
        if self.unsaved_label.toolTip() != tip:
            self.unsaved_label.setToolTip(tip)

    def _on_undo_index(self, _index: int) -> None:
        # A bound slot, not a lambda: Qt drops it with the page, before the stack (a
        # child) is cleared on the way out.
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        fresh = self._saved is None
        quiet = "color: $muted_text; padding: 2px 6px;"
        if dirty:
            self._show_mark(
                translate("portfolio_page", UNSAVED_TEXT),
                "background: $notice_background; color: $notice_text; padding: 2px 6px;"
                " font-weight: 600;",
                translate("portfolio_page", "Endringene i scenarioet er ikke lagret (Lagre)."),
            )
        elif fresh and self._loaded:
            self._show_mark(
                translate("portfolio_page", "Nytt, ikke lagret"),
                quiet,
                translate(
                    "portfolio_page", "Scenarioet er laget fra porteføljen, men ikke lagret."
                ),
            )
        else:
            saved = self._saved
            self._show_mark(
                translate("portfolio_page", "Lagret"),
                quiet,
                translate("portfolio_page", "Versjon {version}, lagret av {who} {when}").format(
                    version=saved.version,
                    who=saved.modified_by,
                    when=format_datetime(saved.modified_at),
                )
                if saved is not None
                else "",
            )
        writable = not self.read_only and self._loaded
        self.save_button.setEnabled(writable and (dirty or fresh))
        self.save_action.setEnabled(self.save_button.isEnabled())
        self.save_as_button.setEnabled(writable)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and not fresh)
        self.changes_button.setEnabled(not fresh)
        self.compare_button.setEnabled(self.scenario_box.count() > 1)
        self.frames_button.setEnabled(self._loaded)
        self.rank_button.setEnabled(self._loaded)
        sheet_id = self.selected_sheet()
        self.revision_button.setEnabled(self._can_use_revision(sheet_id))
        self._update_stale()
        self._update_count()
        self.dirty_changed.emit(dirty)

    def _update_stale(self) -> None:
        stale = self.model.stale()
        if not stale:
            self.stale_bar.hide()
            return
        titles = self.model.titles()
        lines = [f"«{titles.get(s, str(s))}»: {why}" for s, why in list(stale.items())[:3]]
        more = (
            " " + translate("portfolio_page", "… og {n} til.").format(n=len(stale) - 3)
            if len(stale) > 3
            else ""
        )
        intro = (
            translate(
                "portfolio_page",
                "1 ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner "
                "fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for "
                "å ta inn den nye.",
            )
            if len(stale) == 1
            else translate(
                "portfolio_page",
                "{n} ark i scenarioet er endret siden scenarioet ble laget. Scenarioet regner "
                "fortsatt med revisjonen det ble laget med; velg arket og «Bruk ny revisjon» for "
                "å ta inn den nye.",
            ).format(n=len(stale))
        )
        self.stale_bar.say(intro + " " + " ".join(lines) + more)
        self.stale_bar.buttons[0].setEnabled(self._can_use_revision(self.selected_sheet()))

    def _update_count(self) -> None:
        total = self.model.data_count()
        headings = sum(
            1
            for source_row in self.model.heading_rows()
            if self.proxy.mapFromSource(self.model.index(source_row, 0)).isValid()
        )
        shown = self.proxy.rowCount() - headings
        entries = self.model.scenario.entries
        included = self.model.included_count()
        # The included sheets' funding is what the balance holds in the programme's own
        # cells (shifting moves it between years, never out): no pass over the sheets.
        used = sum(
            (c.used for key, c in self.model.balance.cells.items() if not key[2]),
            start=Decimal(0),
        )
        text = translate(
            "portfolio_page", "{shown} av {total} ark vises · {included} av {entries} med"
        ).format(shown=shown, total=total, included=included, entries=len(entries))
        hidden = 0
        if self.proxy.filtering():
            shown_rows = self.proxy.accepted_rows(self.model)
            hidden = sum(
                1
                for n in range(total)
                if n not in shown_rows
                and (entry := self.model.entry_of(self.model.row_sheet(n))) is not None
                and entry.included
            )
        if hidden:
            text += " " + translate(
                "portfolio_page", "({hidden} som er med, er skjult av filteret)"
            ).format(hidden=hidden)
        text += " · " + translate("portfolio_page", "finansiering med: {amount}").format(
            amount=format_mnok(used)
        )
        self.count_label.setText(text)

    def _update_over(self) -> None:
        rows = self.balance_model.rows() or self.model.balance_rows()
        # The year's total (source "") repeats its sources' cells: counted once, as the
        # proposal counts them.
        over = [r for r in rows if r.over and r.source]
        if not rows:
            self.over_label.setText(
                translate(
                    "portfolio_page",
                    "Ingen rammer eller bruk ennå. Legg inn programmets rammer med «Rammer …».",
                )
            )
            return
        if not over:
            self._say_over(
                translate("portfolio_page", "Alt er innenfor rammene."), "color: $under_text;"
            )
            return
        names = []
        for r in over[:4]:
            where = f"{r.year} {self.balance_model._source_name(r.source)}"
            if r.party:
                where += f" {r.party}"
            amount = (
                translate("portfolio_page", "over med {amount}").format(
                    amount=format_mnok(r.used - r.frame)
                )
                if r.frame is not None
                else translate("portfolio_page", "{amount} uten ramme").format(
                    amount=format_mnok(r.used)
                )
            )
            names.append(f"{where}: {amount}")
        listed = "; ".join(names)
        text = (
            translate("portfolio_page", "Over rammen ({n}): {lines} og {more} til.").format(
                n=len(over), lines=listed, more=len(over) - 4
            )
            if len(over) > 4
            else translate("portfolio_page", "Over rammen ({n}): {lines}.").format(
                n=len(over), lines=listed
            )
        )
        self._say_over(
            text,
            "color: $over_text; font-weight: 600;",
        )

    def _say_over(self, text: str, style: str) -> None:
        # Only what changed: a style sheet set again re-polishes the label and lays out
        # the page, on every toggle.
        if self.over_label.text() != text:
            self.over_label.setText(text)
        theme.set_style(self.over_label, style)

    def _apply_spans(self) -> None:
        self.table.clearSpans()
        for source_row in self.model.heading_rows():
            row = self.proxy.mapFromSource(self.model.index(source_row, 0)).row()
            if row >= 0:
                self.table.setSpan(row, 0, 1, self.model.columnCount())

    # ------------------------------------------------------------------ filter and groups
    def _after_filter(self) -> None:
        self._apply_spans()
        if self._loaded:
            self._update_count()

    def _on_filter(self, text: str) -> None:
        self.proxy.set_filter(text)
        self._after_filter()

    def _on_reassess(self, on: bool) -> None:
        self.proxy.set_reassess_only(on)
        self._after_filter()

    def _on_grouping(self, _index: int) -> None:
        selected = self.selected_sheet()
        self.model.set_grouping(self.group_box.currentData() or "")
        self._after_filter()
        if selected is not None:
            self.select(selected)

    def set_grouping(self, grouping: str) -> None:
        self.group_box.setCurrentIndex(max(self.group_box.findData(grouping), 0))

    # ------------------------------------------------------------------ selection
    def selected_sheet(self) -> uuid.UUID | None:
        # The selection's ranges, not selectedRows(): that asks the model for the flags
        # of every cell of the row, and this runs several times per change.
        selection = self.table.selectionModel().selection()
        if selection.isEmpty():
            return None
        value = self.proxy.data(self.proxy.index(selection[0].top(), 0), ID_ROLE)
        return uuid.UUID(value) if value else None

    def select(self, sheet_id: uuid.UUID) -> None:
        source = self.model.table_row_of(sheet_id)
        if source < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if index.isValid():
            # Selecting the row that is already the selection would repaint it again.
            if self.selected_sheet() != sheet_id:
                self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        self.table.setFocus()
        if self.selected_sheet() is None:
            for row in range(self.proxy.rowCount()):
                if self.proxy.data(self.proxy.index(row, 0), ID_ROLE) is not None:
                    self.table.selectRow(row)
                    break

    def _open_index(self, index: QModelIndex) -> None:
        if self.model.columns[index.column()].key == "included":
            return  # a double click on the box is two toggles, not an open
        value = self.proxy.data(self.proxy.index(index.row(), 0), ID_ROLE)
        if value:
            self.open_requested.emit(uuid.UUID(value))

    # ------------------------------------------------------------------ keys
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = event.key()
            # Also here, not only as the actions' shortcuts: those need the window to be
            # the active one, and the table's keys must work wherever the page is shown.
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_stack.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) or (
                mods == Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                and key == Qt.Key.Key_Z
            ):
                self.undo_stack.redo()
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Space:
                self.toggle_selected()
                return True
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_selected(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.ControlModifier and key in (
                Qt.Key.Key_Left,
                Qt.Key.Key_Right,
            ):
                self.shift_selected(1 if key == Qt.Key.Key_Right else -1)
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ changes
    def _push(self, command: QUndoCommand) -> None:
        self.undo_stack.push(command)

    def toggle_selected(self) -> bool:
        sheet_id = self.selected_sheet()
        if sheet_id is None:
            return False
        entry = self.model.entry_of(sheet_id)
        return self.set_included(sheet_id, not (entry is not None and entry.included))

    def _on_toggle_requested(self, sheet_id: uuid.UUID, included: bool) -> None:
        self.set_included(sheet_id, included)

    def set_included(self, sheet_id: uuid.UUID, included: bool, reason: str | None = None) -> bool:
        """Take a sheet in or out (asking why when it goes out); undoable."""
        if self.read_only or not self._loaded:
            return False
        entry = self.model.entry_of(sheet_id)
        if entry is None and (not included or self.model.latest(sheet_id) is None):
            return False
        if entry is not None and entry.included == included:
            return False
        if not included and reason is None:
            title = self.model.title(sheet_id)
            dialog = ReasonDialog(title, entry.reason if entry else "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            reason = dialog.reason()
        self._push(ToggleCommand(self, sheet_id, included, reason or ""))
        return True

    def move_selected(self, step: int) -> bool:
        """Move the selected sheet past its neighbour shown (within its group), in the
        scenario's rank order; undoable."""
        if self.read_only:
            return False
        sheet_id = self.selected_sheet()
        if sheet_id is None or self.model.rank_of(sheet_id) is None:
            return False
        if self.model.sort_column != -1:
            # The rank is the scenario's order: show it before moving in it.
            self.show_rank_order()
        row = self.proxy.mapFromSource(self.model.index(self.model.table_row_of(sheet_id), 0))
        neighbour = row.row() + step
        if not 0 <= neighbour < self.proxy.rowCount():
            return False
        other = self.proxy.data(self.proxy.index(neighbour, 0), ID_ROLE)
        if other is None:
            return False
        other_rank = self.model.rank_of(uuid.UUID(other))
        if other_rank is None:
            return False  # below the scenario's last sheet: not in the rank order
        places = other_rank - self.model.rank_of(sheet_id)
        self._push(MoveCommand(self, sheet_id, places))
        return True

    def shift_selected(self, step: int) -> bool:
        if self.read_only:
            return False
        sheet_id = self.selected_sheet()
        entry = self.model.entry_of(sheet_id) if sheet_id else None
        if entry is None:
            return False
        self._push(ShiftCommand(self, entry.sheet_id, entry.shift_years + step))
        title = self.model.title(entry.sheet_id)
        moved = shift_text(entry.shift_years + step) or translate(
            "portfolio_page", "tilbake til opprinnelige år"
        )
        self.message.emit(
            translate("portfolio_page", "Finansieringen av «{title}»: {moved}.").format(
                title=title, moved=moved
            )
        )
        return True

    def show_rank_order(self) -> None:
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.proxy.sort(-1)

    def rank(self, kind: str | None = None) -> None:
        """«Ranger»: the scenario's entries by the chosen kind; flagged sheets after the
        comparable ones (domain.portfolio.ranked), sheets without numbers last."""
        if not self._loaded or self.read_only:
            return
        kind = kind or self.rank_box.currentData()
        items = self.model.items_by_id()
        entries = self.model.scenario.entries
        known = [items[e.sheet_id] for e in entries if e.sheet_id in items]
        order = {item.sheet_id: n for n, item in enumerate(ranked(known, kind))}
        new = tuple(sorted(entries, key=lambda e: order.get(e.sheet_id, len(order))))
        if new == entries:
            self.message.emit(
                translate("portfolio_page", "Scenarioet er allerede i denne rekkefølgen.")
            )
            return
        kind_name = translate("portfolio", RANK_KINDS[kind])
        self._push(
            OrderCommand(
                self,
                new,
                translate("portfolio_page", "Ranger etter {kind}").format(kind=kind_name),
            )
        )
        self.show_rank_order()
        flagged = sum(1 for item in known if not item.comparable)
        if flagged:
            self.message.emit(
                translate(
                    "portfolio_page",
                    "Rangert etter {kind}. {flagged} ark som ikke kan "
                    "sammenlignes, står til slutt (se «Forhold»).",
                ).format(kind=kind_name.lower(), flagged=flagged)
            )

    def _can_use_revision(self, sheet_id: uuid.UUID | None) -> bool:
        if sheet_id is None or self.read_only:
            return False
        entry = self.model.entry_of(sheet_id)
        latest = self.model.latest(sheet_id)
        return entry is not None and latest is not None and latest.revision != entry.revision

    def use_new_revision(self) -> bool:
        """Take the newest delivered revision of the selected stale sheet, deliberately."""
        sheet_id = self.selected_sheet()
        if not self._can_use_revision(sheet_id):
            self.message.emit(
                translate(
                    "portfolio_page", "Velg et ark i scenarioet som har en nyere levert revisjon."
                )
            )
            return False
        latest = self.model.latest(sheet_id)
        assert latest is not None
        self._push(RevisionCommand(self, sheet_id, latest))
        return True

    # ------------------------------------------------------------------ scenarios
    def ask_unsaved(self) -> bool:
        """True when the page may move on: nothing unsaved, saved now, or dropped on
        purpose."""
        if not self.is_dirty():
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("portfolio_page", "Ikke lagret"))
        box.setText(
            translate("portfolio_page", "Endringene i «{scenario}» er ikke lagret.").format(
                scenario=self.model.scenario.name
            )
        )
        save = box.addButton(
            translate("portfolio_page", "Lagre"), QMessageBox.ButtonRole.AcceptRole
        )
        drop = box.addButton(
            translate("portfolio_page", "Forkast endringene"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(translate("portfolio_page", "Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        return clicked is drop

    def _restore_choices(self) -> None:
        self.profile_box.blockSignals(True)
        self.profile_box.setCurrentIndex(
            max(self.profile_box.findData(self.profile.id if self.profile else ""), 0)
        )
        self.profile_box.blockSignals(False)
        self._refresh_scenarios()

    def _on_profile(self, _index: int) -> None:
        profile_id = self.profile_box.currentData()
        if not profile_id or (self.profile and profile_id == self.profile.id):
            return
        if not self.ask_unsaved():
            self._restore_choices()
            return
        self.undo_stack.clear()
        self._saved = None
        if not self._load(profile_id, self._stored_choice(profile_id)):
            self._restore_choices()

    def _on_scenario(self, _index: int) -> None:
        value = self.scenario_box.currentData()
        if value is None or self.profile is None:
            return
        current = str(self.model.scenario.id) if self._saved else ""
        if value == current:
            return
        if not self.ask_unsaved():
            self._refresh_scenarios()
            return
        self.open_scenario(uuid.UUID(value) if value else None)

    def open_scenario(self, scenario_id: uuid.UUID | None) -> bool:
        """Show a stored scenario (None: a new one from the portfolio's states)."""
        if self.profile is None:
            return False
        scenario = None
        if scenario_id is not None:
            try:
                scenario = self.store.load_scenario(scenario_id)
            except StoreError as exc:
                self.bar.say(str(exc))
                self._refresh_scenarios()
                return False
        return self._load(self.profile.id, scenario, latest=self.model.latest_items())

    def reload_scenario(self) -> bool:
        """«Last inn på nytt» after a conflict: the stored version, once the user agrees
        to drop their changes (they can save them as a new scenario instead). A scenario
        deleted meanwhile gives way to what the programme has stored now."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                translate("portfolio_page", "Last inn på nytt"),
                translate(
                    "portfolio_page",
                    "Endringene dine i scenarioet blir forkastet og den lagrede versjonen vises. "
                    "Vil du heller beholde dem, velg «Lagre mine endringer som nytt scenario …».",
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return False
        if self.profile is None:
            self.undo_stack.clear()
            self.reload()
            return True
        stored = None
        gone = ""
        if self._saved is not None:
            try:
                stored = self.store.load_scenario(self._saved.id)
            except StoreError as exc:
                gone = str(exc)
        if stored is None:
            stored = self._stored_choice(self.profile.id)
        # _load drops the undo history once the stored version is shown; a load that
        # fails or is cancelled leaves the user's changes as they were.
        if not self._load(self.profile.id, stored):
            return False
        if gone:
            self.bar.say(gone)
        elif self._saved is not None:
            self.message.emit(
                translate(
                    "portfolio_page",
                    "«{scenario}» er lest inn på nytt: versjon {version}, lagret av {who}.",
                ).format(
                    scenario=self._saved.name,
                    version=self._saved.version,
                    who=self._saved.modified_by or translate("portfolio_page", "en annen"),
                )
            )
        return True

    def _conflict(self, exc: ConflictError) -> None:
        self.bar.refused(
            translate(
                "portfolio_page",
                "{error} De er fortsatt her til du laster inn på nytt; vil du beholde dem, velg "
                "«Lagre mine endringer som nytt scenario …».",
            ).format(error=exc),
            self.keep_button,
        )

    def save(self) -> bool:
        """«Lagre»: the scenario as the next version, the change described for its log."""
        if self.read_only or self.profile is None:
            return False
        if self._saved is None:
            return self.save_as()
        scenario = self.model.scenario
        text = describe_change(self._saved, scenario, self.model.titles())
        try:
            saved = self.store.save_scenario(scenario, text, expected_version=self._saved.version)
        except ConflictError as exc:
            self._conflict(exc)
            return False
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Scenarioet ble ikke lagret: {error}").format(error=exc)
            )
            return False
        self._saved = saved
        self.model.set_scenario_meta(saved)
        self.undo_stack.setClean()
        self.bar.hide()
        self._refresh_scenarios()
        self._update_state()
        self.message.emit(
            translate(
                "portfolio_page", "Scenarioet «{scenario}» er lagret (versjon {version})."
            ).format(scenario=saved.name, version=saved.version)
        )
        return True

    def _ask_name(self, title: str, proposal: str) -> str | None:
        name, ok = QInputDialog.getText(
            self, title, translate("portfolio_page", "Navn på scenarioet:"), text=proposal
        )
        name = " ".join(name.split())
        return name if ok and name else None

    def save_as(self, name: str | None = None) -> bool:
        """The scenario as shown, under a new name (also a first save)."""
        if self.read_only or self.profile is None:
            return False
        current = self.model.scenario
        if name is None:
            proposal = (
                current.name
                if self._saved is None
                else translate("portfolio_page", "{scenario} (kopi)").format(scenario=current.name)
            )
            name = self._ask_name(translate("portfolio_page", "Lagre scenario som"), proposal)
            if name is None:
                return False
        copy = replace(current, id=uuid.uuid4(), name=name, version=0)
        # The change log is written in the writer's language, as the rest of what they save.
        text = ""
        if self._saved is not None:
            text = (
                translate(
                    "portfolio_page",
                    "Lagret som kopi av «{scenario}» versjon {version} med endringer som ikke "
                    "var lagret.",
                )
                if self.is_dirty()
                else translate(
                    "portfolio_page", "Lagret som kopi av «{scenario}» versjon {version}."
                )
            ).format(scenario=self._saved.name, version=self._saved.version)
        try:
            created = self.store.create_scenario(copy, text)
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Scenarioet ble ikke lagret: {error}").format(error=exc)
            )
            return False
        self._saved = created
        self.model.set_scenario_meta(created)
        self.undo_stack.clear()
        self.bar.hide()
        self._refresh_scenarios()
        self._update_state()
        self.message.emit(
            translate("portfolio_page", "Scenarioet «{scenario}» er lagret.").format(
                scenario=created.name
            )
        )
        return True

    def new_scenario(self, name: str | None = None) -> bool:
        """«Nytt scenario …»: every sheet in the chosen states, in the profile's rank
        order, stored at once under the name given."""
        if self.read_only or self.profile is None or not self.ask_unsaved():
            return False
        if name is None:
            name = self._ask_name(translate("portfolio_page", "Nytt scenario"), "")
            if name is None:
                return False
        scenario = new_scenario(
            name, self.profile, self.model.latest_items().values(), states=self.checked_states()
        )
        try:
            created = self.store.create_scenario(scenario)
        except StoreError as exc:
            self.bar.say(
                translate("portfolio_page", "Scenarioet ble ikke laget: {error}").format(error=exc)
            )
            return False
        self.undo_stack.clear()
        return self._load(self.profile.id, created, latest=self.model.latest_items())

    def delete_scenario(self) -> bool:
        if self.read_only or self._saved is None:
            return False
        answer = QMessageBox.question(
            self,
            translate("portfolio_page", "Slett scenario"),
            translate(
                "portfolio_page",
                "Slette scenarioet «{scenario}» med alt som er registrert om hvem som "
                "endret hva? Dette kan ikke angres.",
            ).format(scenario=self._saved.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        name = self._saved.name
        try:
            self.store.delete_scenario(self._saved.id)
        except StoreError as exc:  # deleted by someone else meanwhile
            self.bar.refused(refusal_text(exc))
            return False
        self._saved = None
        self.undo_stack.clear()
        assert self.profile is not None
        self._load(
            self.profile.id, self._stored_choice(self.profile.id), latest=self.model.latest_items()
        )
        self.message.emit(
            translate("portfolio_page", "Scenarioet «{scenario}» er slettet.").format(scenario=name)
        )
        return True

    def show_changes(self) -> None:
        if self._saved is None:
            return
        try:
            ChangesDialog(self.store, self._saved, self).exec()
        except StoreError as exc:
            self.bar.say(str(exc))

    def compare_scenarios(self) -> None:
        from prosjektark.ui.secretariat.compare_dialog import CompareDialog

        if self.profile is None:
            return
        try:
            stored = self.store.scenarios(self.profile.id)
        except StoreError as exc:
            self.bar.say(str(exc))
            return
        if len(stored) < 2:
            self.message.emit(
                translate("portfolio_page", "Det trengs to lagrede scenarioer for å sammenligne.")
            )
            return
        dialog = CompareDialog(
            self.store,
            self.catalog,
            self.profile,
            stored,
            self.model.latest_items(),
            self.model.frames,
            self,
        )
        dialog.exec()

    def proposal_problem(self) -> str:
        """Why the proposal cannot be exported now ("" when it can): it is made from the
        scenario as stored, so what is sent is what others see."""
        if self.profile is None or not self._loaded:
            return translate("portfolio_page", "Porteføljen er ikke lest inn.")
        if self._saved is None:
            return translate("portfolio_page", "Lagre scenarioet før forslaget eksporteres.")
        if self.is_dirty():
            return translate(
                "portfolio_page",
                "Scenarioet har endringer som ikke er lagret. Lagre før forslaget eksporteres.",
            )
        return ""

    def export_proposal(
        self, out_dir: Path, identity: Identity | None = None, *, overwrite: bool = False
    ) -> list[Path]:
        """«Eksporter forslag …»: the stored scenario as «Forslag til handlingsprogram»
        (PDF and workbook; signed with `identity`), its sheets, frames and stale list read
        from the store now (exchange.portfolio_items.proposal_inputs, as the command line
        does). Frames changed since the page read them are shown and said first. Raises
        ExportError (Norwegian)."""
        from prosjektark.exchange.export import ExportError
        from prosjektark.exchange.proposal import write_proposal

        problem = self.proposal_problem()
        if problem:
            raise ExportError(problem)
        assert self.profile is not None and self._saved is not None
        try:
            stored = self.store.load_scenario(self._saved.id)
        except StoreError as exc:
            raise ExportError(
                translate("portfolio_page", "Kunne ikke lese scenarioet: {error}").format(error=exc)
            ) from exc
        job = ProposalInputsJob(self.store, self.catalog, stored)
        dialog = progress_dialog(
            self,
            translate("portfolio_page", "Forslag – Prosjektark"),
            translate("portfolio_page", "Leser porteføljen …"),
            1,
        )
        job.maximum.connect(dialog.setMaximum)
        report = run_with_progress(dialog, job, translate("portfolio_page", "Avbryter …"))
        if not isinstance(report, dict) or report["cancelled"]:
            raise ExportError(
                translate("portfolio_page", "Eksporten ble avbrutt; ingenting er skrevet.")
            )
        if report["error"] or report["inputs"] is None:
            raise ExportError(
                translate("portfolio_page", "Kunne ikke lese porteføljen: {error}").format(
                    error=report["error"]
                )
            )
        inputs = report["inputs"]
        notes: list[str] = []
        if inputs.frames_version != self._frames_version:
            self._take_frames(inputs.frames, inputs.frames_version)
            notes.append(
                self._frames_changed_text()
                + " "
                + translate("portfolio_page", "Forslaget bruker de lagrede rammene.")
            )
        self.model.set_latest(inputs.latest)  # the stale list as the proposal has it
        if stored.version != self._saved.version:
            notes.append(
                translate(
                    "portfolio_page",
                    "«{scenario}» er lagret i versjon {version} av {who} etter at du åpnet det. "
                    "Forslaget er laget fra den lagrede versjonen; les inn på nytt (F5) for å se "
                    "den.",
                ).format(
                    scenario=stored.name,
                    version=stored.version,
                    who=stored.modified_by or translate("portfolio_page", "en annen"),
                )
            )
        if notes:
            self.bar.say(" ".join(notes))
        self._update_state()
        return write_proposal(
            out_dir,
            stored,
            inputs.items,
            inputs.frames,
            self.profile,
            stale=inputs.stale,
            reassess=inputs.reassess,
            identity=identity,
            overwrite=overwrite,
        )

    def edit_frames(self) -> None:
        from prosjektark.ui.secretariat.frames_dialog import FramesDialog

        if self.profile is None:
            return
        dialog = FramesDialog(self.store, self.profile, self, read_only=self.read_only)
        dialog.exec()
        if dialog.saved_version is not None:
            try:
                self.model.set_frames(self.store.frames(self.profile.id))
                self._frames_version = dialog.saved_version
            except StoreError as exc:
                self.bar.say(
                    translate("portfolio_page", "Kunne ikke lese rammene: {error}").format(
                        error=exc
                    )
                )
