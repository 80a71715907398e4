"""The page around the guided editor: header, live rule check, findings panel."""

from __future__ import annotations

import getpass
import html
import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from prosjektark.domain.catalog import Catalog, CatalogError
from prosjektark.domain.findings import Finding
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.labels import phase_name, status_label
from prosjektark.domain.nb_format import format_mnok
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules import check_sheet, decision_advice, score_summary, sheet_status
from prosjektark.domain.rules.decision import DecisionAdvice, says_how_treated
from prosjektark.domain.rules.goals import ScoreSummary
from prosjektark.domain.sheet import Acknowledgement, Sheet
from prosjektark.domain.summary import Status
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor import AttachmentHandler, SheetEditor
from prosjektark.ui.editor.sheet_editor import HELP, STEPS
from prosjektark.ui.editor.tab_order import focus_targets, move_focus, takes_tab
from prosjektark.ui.findings_panel import FindingsPanel, error_count, warning_count
from prosjektark.ui.qt_translations import translate
from prosjektark.ui.remarks_panel import RemarkRole, RemarksPanel, RemarkStore, answer_text
from prosjektark.ui.theme import Role

CHECK_DELAY_MS = 120
NEXT_PANE_KEYS = "F6"
PREVIOUS_PANE_KEYS = "Shift+F6"
# Hide and show the panes around the form. Ctrl+Shift and a letter: no text box takes
# these, and Alt+letter is the fields' own. Not Ctrl+Shift+F ("funn"): searching would
# be expected there; J is the bottom panel's key in many editors.
TOGGLE_STEPS_KEYS = "Ctrl+Shift+L"
TOGGLE_HELP_KEYS = "Ctrl+Shift+H"
TOGGLE_FINDINGS_KEYS = "Ctrl+Shift+J"
FINDINGS = "findings"
LAYOUT_FORMAT = "prosjektark-editor-layout/1"
# The form is given about this many lines before the findings get more than their
# smallest height; the findings never take more than this share of the height.
FORM_LINES = 38
FINDINGS_SHARE = 0.3
# A remark's state as the note at its field says it (the states are ids in the store).
REMARK_STATE_WORDS = {
    "ubesvart": QT_TRANSLATE_NOOP("editor_page", "ubesvart"),
    "besvart": QT_TRANSLATE_NOOP("editor_page", "besvart"),
    "utkast": QT_TRANSLATE_NOOP("editor_page", "utkast"),
    "sendt": QT_TRANSLATE_NOOP("editor_page", "sendt"),
}


class EditorPage(QWidget):
    back_requested = Signal()
    save_version_requested = Signal()
    sheet_changed = Signal()  # an edit the autosaver must store
    status_changed = Signal(str)

    def __init__(
        self, catalog: Catalog, attachments: AttachmentHandler | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.findings: list[Finding] = []
        self.signed = False
        self.status: Status = "utkast"

        self.back_button = QPushButton(translate("editor_page", "← Alle ark"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(translate("editor_page", "Tilbake til listen (Alt+Venstre)"))
        self.back_button.setShortcut("Alt+Left")
        self.back_button.clicked.connect(self.back_requested)
        self.title_label = _ElidingLabel()
        self.title_label.setObjectName("sheetTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.meta_label = _ElidingLabel()
        self.meta_label.setObjectName("sheetMeta")
        self.save_version_button = QPushButton(translate("editor_page", "Lagre versjon"))
        self.save_version_button.setObjectName("saveVersionButton")
        self.save_version_button.setToolTip(
            translate(
                "editor_page",
                "Lagrer en fast, uforanderlig versjon av arket (Ctrl+S). "
                "Arbeidskopien lagres automatisk uansett.",
            )
        )
        self.save_version_button.clicked.connect(self.save_version_requested)

        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title_label)
        titles.addWidget(self.meta_label)
        header.addLayout(titles, 1)
        header.addWidget(self.save_version_button)

        self.editor = SheetEditor(catalog, attachments)
        self.findings_panel = FindingsPanel(
            step_titles={step.id: step.title for step in catalog.form.steps}
        )
        self.findings_panel.finding_activated.connect(self.editor.focus_field)
        self.findings_panel.acknowledge_requested.connect(self._acknowledge)
        self.editor.step_changed.connect(self.findings_panel.show_step)
        # The secretariat's remarks, beside the findings: both are worked through from
        # the same place, and each goes to its field the same way.
        self.remarks_panel = RemarksPanel()
        self.remarks_panel.current_field = self.editor.current_field_path
        self.remarks_panel.label_of = self.editor.label_of
        self.remarks_panel.remark_activated.connect(self.editor.focus_field)
        self.remarks_panel.changed.connect(self._show_remarks)
        self.remarks_panel.message.connect(self.findings_panel.message)
        self._remarks_role: RemarkRole = "working_group"
        self.summary_extra = _FitLabel()
        self.summary_extra.setObjectName("summaryExtra")
        self.summary_extra.setWordWrap(True)
        self.summary_extra.setTextFormat(Qt.TextFormat.RichText)
        self.editor.set_summary_content(self.summary_extra)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.setObjectName("findingsRemarksSplitter")
        bottom.addWidget(self.findings_panel)
        bottom.addWidget(self.remarks_panel)
        bottom.setChildrenCollapsible(False)
        bottom.setStretchFactor(0, 1)
        bottom.setStretchFactor(1, 1)
        self.remarks_panel.setMinimumWidth(360)
        bottom.setSizes([640, 640])  # halves: the findings keep a readable width
        self.remarks_panel.hide()  # until a sheet has remarks, or the secretariat reads one
        self.bottom_splitter = bottom

        # The form above, the findings below: on a laptop the form comes first, and the
        # findings keep their counts and a few rows; on a large screen they get up to a
        # third. Dragged, the height is the user's; dragged shut, they are hidden.
        splitter = _LayoutSplitter(self)
        splitter.setObjectName("editorSplitter")
        splitter.addWidget(self.editor)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, True)
        splitter.splitterMoved.connect(self._on_findings_dragged)
        self.splitter = splitter
        self._findings_height: int | None = None  # None: from the window's height

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self._fit_fonts()

        self._pane_actions = {
            STEPS: self._pane_action(
                translate("editor_page", "Vis steg&listen"), TOGGLE_STEPS_KEYS, STEPS
            ),
            HELP: self._pane_action(
                translate("editor_page", "Vis &hjelpen"), TOGGLE_HELP_KEYS, HELP
            ),
            FINDINGS: self._pane_action(
                translate("editor_page", "Vis funn og &merknader"), TOGGLE_FINDINGS_KEYS, FINDINGS
            ),
        }
        self.editor.panes_changed.connect(self._sync_pane_actions)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.recheck)
        self.editor.sheet_changed.connect(self._on_edit)

        # F6 and Shift+F6 move between the panes, as in most desktop programs: the step
        # list, the form, the findings (and the remarks when shown), the help.
        self._form_focus: QWidget | None = None
        for keys, forward in ((NEXT_PANE_KEYS, True), (PREVIOUS_PANE_KEYS, False)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda forward=forward: self.cycle_panes(forward))
        QApplication.instance().focusChanged.connect(self._remember_form_focus)

    # ------------------------------------------------------------------ panes (F6)
    def panes(self) -> list[QWidget]:
        """The panes F6 visits, in order; hidden ones are left out."""
        editor = self.editor
        panes = [
            editor.navigator,
            editor.stack,
            self.findings_panel,
            self.remarks_panel,
            editor.help_panel,
        ]
        return [p for p in panes if p.isVisible()]

    def pane_actions(self) -> list[QAction]:
        """Show or hide the step list, the help and the findings (ticked: shown), for the
        window's Vis menu; their keys work anywhere in the editor."""
        return list(self._pane_actions.values())

    def _pane_action(self, text: str, keys: str, name: str) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(True)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        tip = translate(
            "editor_page", "Skjul eller vis ({keys}). Valget huskes til neste gang."
        ).format(keys=keys)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.toggled.connect(lambda shown, name=name: self._show_pane(name, shown))
        self.addAction(action)
        return action

    def _pane_widget(self, name: str) -> QWidget:
        return self.bottom_splitter if name == FINDINGS else self.editor.side_panes()[name]

    def _show_pane(self, name: str, shown: bool) -> None:
        pane = self._pane_widget(name)
        now = QApplication.focusWidget()
        had_focus = now is not None and (now is pane or pane.isAncestorOf(now))
        if name == FINDINGS:
            pane.setVisible(shown)
            self.fit_findings()
        else:
            self.editor.set_pane_shown(name, shown)
        if had_focus and not shown:  # the cursor goes on in the form, not to Qt's next
            self._enter_pane(self.editor.stack)

    def _sync_pane_actions(self) -> None:
        """A pane dragged shut is unticked (and one shown again, ticked)."""
        for name, action in self._pane_actions.items():
            action.setChecked(not self._pane_widget(name).isHidden())

    # ------------------------------------------------------------------ layout
    def _fit_fonts(self) -> None:
        """The title and the findings' smallest height follow the font (no fixed points)."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() + 5)
        self.title_label.setFont(font)
        self.bottom_splitter.setMinimumHeight(self._findings_smallest())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_fonts()
            self.fit_findings()

    def _findings_smallest(self) -> int:
        """The findings' counts line and two rows of findings."""
        panel = self.findings_panel
        top = max(
            panel.summary_label.sizeHint().height(), panel.acknowledge_button.sizeHint().height()
        )
        rows = 2 * (panel.tree.fontMetrics().lineSpacing() + 4) + 2 * panel.tree.frameWidth()
        margins = panel.layout().contentsMargins()
        spacing = max(panel.layout().spacing(), 0)
        return top + spacing + rows + margins.top() + margins.bottom()

    def fit_findings(self) -> None:
        """The findings at the user's height, else at the height the window leaves after
        the form's lines; the form gets the rest."""
        splitter = self.splitter
        if self.bottom_splitter.isHidden():
            return
        total = sum(splitter.sizes())
        if total <= 0:
            return  # not laid out yet: done again when the page is resized
        smallest = self._findings_smallest()
        if self._findings_height is not None:
            height = min(self._findings_height, round(total * 0.6))
        else:
            form = FORM_LINES * self.fontMetrics().lineSpacing()
            height = min(round(total * FINDINGS_SHARE), total - form)
        height = max(height, smallest)
        splitter.setSizes([max(total - height, 1), height])

    def _on_findings_dragged(self, _pos: int, _index: int) -> None:
        height = self.splitter.sizes()[1]
        if height <= 0:
            self.bottom_splitter.hide()
            self._sync_pane_actions()
        else:
            self._findings_height = height

    def layout_state(self) -> QByteArray:
        """The panes shown and the sizes the user dragged them to, to keep for next time."""
        state = {
            "format": LAYOUT_FORMAT,
            "shown": {n: a.isChecked() for n, a in self._pane_actions.items()},
            "widths": self.editor.pane_widths(),
            "findings_height": self._findings_height,
        }
        return QByteArray(json.dumps(state).encode())

    def restore_layout_state(self, state: object) -> bool:
        """Shows the panes as `layout_state()` kept them; False (and nothing changed) for
        anything else, such as an older version's splitter state: those sizes were chosen
        for a layout the form no longer has."""
        try:
            raw = state.data() if isinstance(state, QByteArray) else state
            data = json.loads(bytes(raw).decode() if not isinstance(raw, str) else raw)
        except (TypeError, ValueError):
            return False
        if not isinstance(data, dict) or data.get("format") != LAYOUT_FORMAT:
            return False
        height = data.get("findings_height")
        self._findings_height = height if isinstance(height, int) and height > 0 else None
        widths = data.get("widths")
        self.editor.set_pane_widths(widths if isinstance(widths, dict) else {})
        shown = data.get("shown")
        for name, action in self._pane_actions.items():
            action.setChecked(not isinstance(shown, dict) or shown.get(name) is not False)
        self.fit_findings()
        return True

    def cycle_panes(self, forward: bool = True) -> None:
        """Move the focus to the next (or previous) pane, where it was in it before."""
        panes = self.panes()
        if not panes:
            return
        now = QApplication.focusWidget()
        at = next(
            (i for i, p in enumerate(panes) if now is p or (now and p.isAncestorOf(now))),
            None,
        )
        if at is None and now is not None and self.editor.isAncestorOf(now):
            at = panes.index(self.editor.stack)  # Forrige/Neste belong to the form
        if at is None:
            target = panes[0] if forward else panes[-1]
        else:
            target = panes[(at + (1 if forward else -1)) % len(panes)]
        self._enter_pane(target)

    def _enter_pane(self, pane: QWidget) -> None:
        editor = self.editor
        if pane is editor.stack:
            last = self._form_focus
            page = editor.stack.currentWidget()
            # A table row's cell may be gone (rows are rebuilt): then the step's first field.
            if last is not None and isValid(last) and last.isVisible() and page.isAncestorOf(last):
                last.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                editor.focus_first_field()
        elif pane is self.findings_panel:
            self.findings_panel.focus_list()
        elif pane is self.remarks_panel:
            self.remarks_panel.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif pane is editor.help_panel:
            editor.help_panel.take_focus()
        else:
            pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember_form_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        """The input last in the form, for F6 back into it."""
        if now is not None and self.editor.stack.isAncestorOf(now):
            self._form_focus = now

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 (Qt API)
        # Layout order, not Qt's focus chain: rebuilt table rows sit at the chain's end.
        return move_focus(self, next) or super().focusNextPrevChild(next)

    def assign_mnemonics(self, reserved: set[str]) -> None:
        """Alt letters for the fields of every step, avoiding `reserved` (the menu bar's)."""
        for page in self.editor.pages.values():
            page.assign_mnemonics(reserved)

    def focus_first_field(self) -> None:
        """Put the cursor in the first input of the step shown (opening a sheet)."""
        page = self.editor.pages.get(self.editor.current_step())
        targets = [w for w in focus_targets(page) if takes_tab(w)] if page else []
        (targets[0] if targets else self.editor.navigator).setFocus()

    def sheet(self) -> Sheet | None:
        return self.editor.sheet()

    def set_case_store(self, store: RemarkStore | Any | None, read_only: bool = False) -> None:
        """The store that keeps the remarks and answers beside the sheets (the app's Store).
        `read_only`: this window may not write them (a second window on the same store)."""
        self.remarks_panel.set_store(store, read_only)

    def set_sheet(
        self,
        sheet: Sheet,
        read_only: bool = False,
        signed: bool = False,
        reason: str = "",
        role: RemarkRole = "working_group",
    ) -> None:
        """`signed`: the working copy is a signed revision, unchanged (until the next edit).
        `reason`: why a read-only sheet cannot be changed, shown above the form.
        `role`: "secretariat" for an imported sheet the secretariat reviews (it writes
        remarks on it); "working_group" shows the remarks received from the secretariat."""
        self.signed = signed
        self._remarks_role = role
        self.editor.set_sheet(sheet)
        self.editor.set_read_only(read_only, reason)
        self.findings_panel.set_read_only(read_only)
        self.save_version_button.setEnabled(not read_only)
        self.remarks_panel.show_sheet(sheet.id, role, sheet.revision)
        self.recheck()

    def reload_remarks(self) -> None:
        """Read the open sheet's remarks again (after a remarks package was imported)."""
        self.remarks_panel.reload()
        self._show_remarks()

    def unanswered_remarks(self) -> int:
        """The sheet's remarks from the secretariat that are not answered yet (asked before
        delivering: they are delivered with the next revision)."""
        return self.remarks_panel.unanswered() if self._remarks_role == "working_group" else 0

    def remark_actions(self) -> list:
        """The remarks' actions, for the window's menus (each is enabled only where it
        applies: writing for the secretariat, answering for the working group)."""
        panel = self.remarks_panel
        return [
            panel.field_remark_action,
            panel.sheet_remark_action,
            panel.delete_action,
            panel.answer_action,
        ]

    def _show_remarks(self) -> None:
        """Markers at the fields, counts in the step list, header and summary."""
        sheet = self.editor.sheet()
        panel = self.remarks_panel
        notes: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        waiting = self._remarks_role == "working_group"
        for view in panel.views():
            remark = view.remark
            if not remark.field:
                continue
            state = translate("editor_page", REMARK_STATE_WORDS.get(view.state, view.state))
            line = translate("editor_page", "✎ Merknad fra sekretariatet ({state}): {text}").format(
                state=state, text=remark.text
            )
            line += "".join(f" ↳ {answer_text(a)}" for a in view.answers)
            notes.setdefault(remark.field, []).append(line)
            step = self.catalog.form.step_of(remark.field)
            # The working group counts what waits for its answer; the secretariat, where
            # it has written.
            if step is not None and (view.open or not waiting):
                counts[step.id] = counts.get(step.id, 0) + 1
        self.editor.set_field_remarks(notes)
        self.editor.set_remark_counts(counts, waiting)
        panel.setVisible(panel.has_remarks() or panel.writes_remarks())
        if sheet is not None:
            self._update_header(sheet)
            self._update_summary(sheet)

    def _on_edit(self) -> None:
        self.signed = False  # an edit starts a new revision
        self.sheet_changed.emit()
        self._check_timer.start()

    def recheck(self) -> None:
        """Run every rule on the sheet and show the result everywhere it is shown."""
        self._check_timer.stop()
        sheet = self.editor.sheet()
        if sheet is None:
            return
        self.findings = check_sheet(sheet, self.catalog)
        acknowledged = {(a.code, a.field) for a in sheet.acknowledgements}
        self.findings_panel.set_findings(self.findings, acknowledged)
        self.findings_panel.show_step(self.editor.current_step())
        marks: dict[str, str] = {}
        for f in self.findings:
            open_finding = f.severity == "error" or (
                f.severity == "warning" and (f.code, f.field) not in acknowledged
            )
            if open_finding and marks.get(f.step) != "error":
                marks[f.step] = f.severity
        self.editor.set_step_marks(marks)
        status = sheet_status(sheet, self.findings)
        if status != self.status:
            self.status = status
            self.status_changed.emit(status)
        self._show_remarks()  # also updates the header and the summary

    def _update_header(self, sheet: Sheet) -> None:
        self.title_label.setText(
            sheet.identification.title or translate("editor_page", "(uten tittel)")
        )
        acknowledged = {(a.code, a.field) for a in sheet.acknowledgements}
        errors = sum(1 for f in self.findings if f.severity == "error")
        warnings = [f for f in self.findings if f.severity == "warning"]
        acked = sum(1 for f in warnings if (f.code, f.field) in acknowledged)
        counts = f"{error_count(errors)}, {warning_count(len(warnings))}"
        if acked:  # a "Klar" sheet with "1 advarsel" reads like a contradiction otherwise
            counts += " " + translate("editor_page", "({count} kvittert ut)").format(count=acked)
        views = self.remarks_panel.views()
        if self._remarks_role == "secretariat" and views:
            drafts = sum(1 for v in views if v.state == "utkast")
            counts += ", " + _remarks(len(views))
            if drafts:
                counts += " " + translate("editor_page", "({count} ikke sendt)").format(
                    count=drafts
                )
        elif self._remarks_role == "working_group" and self.remarks_panel.unanswered():
            counts += ", " + _unanswered(self.remarks_panel.unanswered())
        parts = [
            phase_name(self.catalog.form, sheet.identification.phase),
            translate("editor_page", "revisjon {revision}").format(revision=sheet.revision)
            if sheet.revision
            else translate("editor_page", "ingen lagrede versjoner"),
            translate("editor_page", "Signert") if self.signed else status_name(self.status),
            counts,
        ]
        if sheet.is_example:
            parts.insert(0, translate("editor_page", "EKSEMPEL"))
        self.meta_label.setText(" · ".join(parts))

    def _update_summary(self, sheet: Sheet) -> None:
        try:
            profile = self.catalog.profile(sheet.profile)
        except CatalogError:
            profile = self.catalog.default_profile
        acknowledged = {(a.code, a.field) for a in sheet.acknowledgements}
        errors = sum(1 for f in self.findings if f.severity == "error")
        open_warnings = sum(
            1
            for f in self.findings
            if f.severity == "warning" and (f.code, f.field) not in acknowledged
        )
        status = translate("editor_page", "Status: {status}").format(
            status=status_name(self.status)
        )
        rows = [f"<h3 style='margin-bottom:2px'>{html.escape(status)}</h3>"]
        if errors or open_warnings:
            if errors and open_warnings:
                left = translate(
                    "editor_page", "{errors} å rette og {warnings} å kvittere ut"
                ).format(errors=error_count(errors), warnings=warning_count(open_warnings))
            elif errors:
                left = translate("editor_page", "{errors} å rette").format(
                    errors=error_count(errors)
                )
            else:
                left = translate("editor_page", "{warnings} å kvittere ut").format(
                    warnings=warning_count(open_warnings)
                )
            rows.append(
                "<p>"
                + translate(
                    "editor_page",
                    "Igjen: {left} (se funnene nederst). Arket blir «Klar»"
                    " når alle feil er rettet og alle advarsler er kvittert ut: velg advarselen"
                    " og trykk «Kvitter ut advarsel…».",
                ).format(left=left)
                + "</p>"
            )
        else:
            rows.append(
                "<p>"
                + translate("editor_page", "Ingen feil, og alle advarsler er kvittert ut.")
                + "</p>"
            )
        rows.append(self._remarks_html())
        rows.append(_route_html(decision_advice(sheet, profile), self.catalog.form, profile))
        rows.append(_score_html(score_summary(sheet, profile)))
        self.summary_extra.setText("".join(rows))

    def _remarks_html(self) -> str:
        """The secretariat's remarks in the summary. For the working group, unanswered
        remarks are a warning, not a block on signing: they are kept beside the sheet and
        stay open at the secretariat until answered, and a revision that fixes something
        else must not wait for them."""
        panel = self.remarks_panel
        views = panel.views()
        if not views:
            return ""
        heading = (
            "<h4 style='margin-bottom:2px'>"
            + translate("editor_page", "Merknader fra sekretariatet")
            + "</h4>"
        )
        if self._remarks_role == "secretariat":
            drafts = sum(1 for v in views if v.state == "utkast")
            answered = sum(1 for v in views if v.answered)
            text = translate(
                "editor_page",
                "{remarks} til arbeidsgruppen: {drafts} ikke sendt, {answered} besvart.",
            ).format(remarks=_remarks(len(views)), drafts=drafts, answered=answered)
            return f"{heading}<p>{text}</p>"
        open_remarks = panel.unanswered()
        if not open_remarks:
            text = translate(
                "editor_page", "Alle merknader fra sekretariatet er besvart ({count})."
            ).format(count=len(views))
            return f"{heading}<p>{text}</p>"
        waiting = f"<b>▲ {_unanswered(open_remarks)}</b>"
        text = translate(
            "editor_page",
            "{waiting} av {total}. Svar på dem før du leverer neste"
            " revisjon: velg merknaden i listen «Merknader» nederst og trykk «Svar …»."
            " Svarene leveres sammen med revisjonen.",
        ).format(waiting=waiting, total=len(views))
        return f"{heading}<p style='color:{theme.css(Role.WARNING_TEXT)}'>{text}</p>"

    def _acknowledge(self, finding: Finding, comment: str) -> None:
        sheet = self.editor.sheet()
        if sheet is None or not comment.strip():
            return
        sheet.acknowledgements = [
            a for a in sheet.acknowledgements if (a.code, a.field) != (finding.code, finding.field)
        ]
        sheet.acknowledgements.append(
            Acknowledgement(
                code=finding.code,
                field=finding.field,
                comment=comment.strip(),
                by=_user_name(),
                at=datetime.now(UTC).replace(microsecond=0),
            )
        )
        self.sheet_changed.emit()
        self.recheck()


class _LayoutSplitter(QSplitter):
    """The splitter between the form and the findings. The window keeps its saveState()
    in its settings (window/editorSplitter) and gives it back to restoreState(): here that
    state is the whole editor's layout, the panes shown and their sizes, not only this
    splitter's."""

    def __init__(self, page: EditorPage) -> None:
        super().__init__(Qt.Orientation.Vertical, page)
        self._page = page

    def saveState(self) -> QByteArray:  # noqa: N802 (Qt API)
        return self._page.layout_state()

    def restoreState(self, state: object) -> bool:  # noqa: N802 (Qt API)
        return self._page.restore_layout_state(state)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._page.fit_findings()


class _ElidingLabel(QLabel):
    """A one-line label that never makes the window wider than the screen: a text that
    does not fit ends in «…» and is shown whole as the tooltip (text() stays whole)."""

    def _shown(self) -> str:
        width = self.contentsRect().width()
        return QFontMetrics(self.font()).elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        return QSize(8 * em, super().minimumSizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self._shown(),
            self.foregroundRole(),
        )

    def _tip(self) -> None:
        self.setToolTip(self.text() if self._shown() != self.text() else "")

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._tip()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._tip()


class _FitLabel(QLabel):
    """A word-wrapped rich-text label that is never given less height than its text needs.

    Inside a scroll area, a layout can settle on the height for a wider width (before the
    scroll bar appeared) and cut off the last lines; the minimum height follows the width."""

    def _fit(self) -> None:
        current = self.minimumHeight()
        self.setMinimumHeight(0)  # heightForWidth() never answers less than the minimum
        needed = max(self.heightForWidth(self.width()), 0)
        self.setMinimumHeight(needed)
        if needed != current:
            self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()


def status_name(status: str) -> str:
    """A sheet's status (Utkast, Klar, Signert) in the UI's language."""
    return status_label(status)


def _remarks(n: int) -> str:
    if n == 1:
        return translate("editor_page", "1 merknad")
    return translate("editor_page", "{count} merknader").format(count=n)


def _unanswered(n: int) -> str:
    if n == 1:
        return translate("editor_page", "1 ubesvart merknad")
    return translate("editor_page", "{count} ubesvarte merknader").format(count=n)


def _route_html(advice: DecisionAdvice | None, form: FormDefinition, profile: Profile) -> str:
    """Who decides the next phase transition, as a small table (no repeated text)."""
    heading = (
        "<h4 style='margin-bottom:2px'>"
        + translate("editor_page", "Hvem behandler neste faseovergang")
        + "</h4>"
    )
    if advice is None:
        text = translate(
            "editor_page",
            "Arket gjelder utbygging, den siste fasen: det er ingen flere"
            " faseoverganger å behandle.",
        )
        return f"{heading}<p>{text}</p>"
    found = profile.transition(advice.transition)
    transition = (
        f"{phase_name(form, found.from_phase)} → {phase_name(form, found.to_phase).lower()}"
        f" ({advice.transition_name})"
        if found
        else advice.transition_name
    )
    if not advice.body_id:  # cost missing or no route fits: the reason says which
        reason = advice.reason.removeprefix(f"{advice.transition_name}: ")
        reason = reason[:1].upper() + reason[1:]
        return f"{heading}<p><b>{html.escape(transition)}:</b> {html.escape(reason)}</p>"
    body = advice.body_name
    if advice.political and not says_how_treated(body, political=True):
        body = translate("editor_page", "{body} (politisk behandling)").format(body=body)
    elif not advice.political:
        body = translate("editor_page", "{body} (administrativ behandling)").format(body=body)
    cells = [
        (translate("editor_page", "Overgang"), html.escape(transition)),
        (translate("editor_page", "Behandles av"), f"<b>{html.escape(body)}</b>"),
    ]
    if advice.basis_mnok is not None:
        cells.append(
            (
                translate("editor_page", "Grunnlag"),
                translate("editor_page", "forventet kostnad {cost}").format(
                    cost=format_mnok(advice.basis_mnok)
                ),
            )
        )
    if advice.route_reason:
        cells.append((translate("editor_page", "Regel"), f"«{html.escape(advice.route_reason)}»"))
        # What the reason adds after the quoted rule (a condition the sheet cannot show).
        rest = advice.reason.partition(f"«{advice.route_reason}»")[2].strip()
        if rest:
            cells.append((translate("editor_page", "Merk"), html.escape(rest)))
    muted = theme.css(Role.MUTED_TEXT)
    table = "".join(
        f"<tr><td style='padding-right:12px; color:{muted}'>{k}</td><td>{v}</td></tr>"
        for k, v in cells
    )
    return f"{heading}<table cellspacing='0' cellpadding='2'>{table}</table>"


def _score_html(scores: ScoreSummary) -> str:
    heading = "<h4 style='margin-bottom:2px'>" + translate("editor_page", "Måloppnåelse") + "</h4>"
    if not scores.goals_scored:
        text = translate("editor_page", "Ingen mål har fått poeng ennå (steget Måloppnåelse).")
        return f"{heading}<p>{text}</p>"
    scored = sorted((p for p in scores.per_goal if p.score > 0), key=lambda p: -p.score)
    listing = ", ".join(f"{html.escape(p.name)} {p.score}" for p in scored)
    text = translate(
        "editor_page", "<b>{total} av {maximum} poeng</b> ({scored} av {goals} mål har poeng)."
    ).format(
        total=scores.total,
        maximum=scores.maximum,
        scored=scores.goals_scored,
        goals=len(scores.per_goal),
    )
    return (
        f"{heading}<p>{text}<br>"
        f"<span style='color:{theme.css(Role.MUTED_TEXT)}'>{listing}</span></p>"
    )


def _user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems
        return ""
