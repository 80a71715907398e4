"""The guided sheet editor: step navigator, step pages generated from the form, help panel."""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.catalog import Catalog, CatalogError
from prosjektark.domain.form import Step
from prosjektark.domain.form_migration import FormMigrationResult, migrate_working_copy
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    AttachmentHandler,
    EditorContext,
    FieldEditor,
    field_object_name,
)
from prosjektark.ui.editor.completeness import has_required, missing_by_step, status_text
from prosjektark.ui.editor.help_panel import HelpPanel
from prosjektark.ui.editor.index_adjustment import install_index_adjustment
from prosjektark.ui.editor.removed_fields import FormVersionBanner, RemovedFieldsView, place
from prosjektark.ui.editor.step_navigator import StepNavigator
from prosjektark.ui.editor.step_page import StepPage
from prosjektark.ui.editor.summary_page import SummaryView
from prosjektark.ui.qt_translations import translate

STEPS, HELP = "steps", "help"  # the side panes, as named in the saved layout
# The most of the editor's width a side pane takes unless dragged wider: with a large
# font the form keeps its room, and the pane wraps its text (never cutting a word).
PANE_SHARE = {STEPS: 0.22, HELP: 0.25}


def path_candidates(path: str) -> list[str]:
    """`path` and its parents, most specific first; "risks.0.x" is also tried as "risks[0].x"."""
    bracketed = re.sub(r"\.(\d+)(?=\.|$)", r"[\1]", path)
    out: list[str] = []
    for candidate in dict.fromkeys([path, bracketed]):
        current = candidate
        while current:
            out.append(current)
            cut = max(current.rfind("."), current.rfind("["))
            current = current[:cut] if cut > 0 else ""
    depth = lambda p: len(re.findall(r"[.\[]", p))  # noqa: E731
    return sorted(dict.fromkeys(out), key=depth, reverse=True)


READ_ONLY_TEXT = QT_TRANSLATE_NOOP(
    "sheet_editor", "Skrivebeskyttet: denne versjonen av arket kan ikke endres."
)


class SheetEditor(QWidget):
    sheet_changed = Signal()  # after a user edit has been applied to the sheet (not on set_sheet)
    step_changed = Signal(str)  # step id
    panes_changed = Signal()  # a side pane was dragged shut (or open) in the splitter

    def __init__(
        self,
        catalog: Catalog,
        attachments: AttachmentHandler | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("sheetEditor")
        self.catalog = catalog
        self.form = catalog.form
        self.context = EditorContext(catalog, attachments)
        self._sheet: Sheet | None = None
        self._profile: Profile | None = None
        self._phase = ""
        self._read_only = False
        self._current = ""
        self._focused_field = ""  # the field the cursor is in or was last in

        self.navigator = StepNavigator(self)
        self.navigator.set_steps([(s.id, s.title) for s in self.form.steps])

        self.read_only_banner = QLabel(translate("sheet_editor", READ_ONLY_TEXT), self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        theme.set_style(
            self.read_only_banner,
            "background: $caution_background; color: $caution_text;"
            " border: 1px solid $caution_border;"
            " border-radius: 4px; padding: 6px 10px;",
        )
        self.read_only_banner.hide()

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("stepStack")
        self.pages: dict[str, StepPage] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.summary: SummaryView | None = None
        for number, step in enumerate(self.form.steps, start=1):
            page = StepPage(step, number, self.context, self.stack)
            self.pages[step.id] = page
            self.stack.addWidget(page)
            for editor in page.editors():
                self.editors[editor.field.path] = editor
                editor.edited.connect(self._on_edited)
            if any(f.type == "summary" for f in step.fields) and self.summary is None:
                others = [s for s in self.form.steps if s is not step]
                self.summary = SummaryView(others, page.content)
                self.summary.step_requested.connect(self.show_step)
                page.summary_slot.addWidget(self.summary)
        # Values of fields the form no longer has, read-only, under each step's fields.
        self.removed: dict[str, RemovedFieldsView] = {}
        for step_id, page in self.pages.items():
            self.removed[step_id] = RemovedFieldsView(step_id, page.content)
            page.content.layout().addWidget(self.removed[step_id])
        self.migration: FormMigrationResult | None = None
        self.form_banner = FormVersionBanner(self)
        adjuster = install_index_adjustment(self.pages.get("kostnad"), self.context)
        if adjuster is not None:
            self.editors[adjuster.field.path] = adjuster
            adjuster.wrote.connect(self._reload_fields)
            adjuster.edited.connect(self._on_edited)

        self.previous_button = QPushButton(translate("sheet_editor", "← Forrige"), self)
        self.previous_button.setObjectName("previousStepButton")
        self.previous_button.setToolTip(translate("sheet_editor", "Forrige steg (Ctrl+Page Up)"))
        self.previous_button.setAccessibleName(translate("sheet_editor", "Forrige steg"))
        self.next_button = QPushButton(translate("sheet_editor", "Neste →"), self)
        self.next_button.setObjectName("nextStepButton")
        self.next_button.setToolTip(translate("sheet_editor", "Neste steg (Ctrl+Page Down)"))
        self.next_button.setAccessibleName(translate("sheet_editor", "Neste steg"))
        self.position = QLabel(self)
        self.position.setObjectName("stepPosition")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_style(self.position, "color: $muted_text;")
        self.previous_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(24, 2, 24, 2)  # tight: on a laptop every line counts
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.position, 1)
        buttons.addWidget(self.next_button)

        self.help_panel = HelpPanel(self)

        form_pane = QWidget(self)
        form_pane.setObjectName("formPane")
        center = QVBoxLayout(form_pane)
        center.setContentsMargins(0, 0, 0, 0)
        center.setSpacing(4)
        center.addWidget(self.read_only_banner)
        center.addWidget(self.form_banner)
        center.addWidget(self.stack, 1)
        center.addLayout(buttons)
        # The step list and the help beside the form can be dragged wider or shut; their
        # widths come from the font (M widths, the titles' lengths), so a larger font does
        # not cut them off, and only the form grows with the window.
        self.panes_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes_splitter.setObjectName("editorPanesSplitter")
        self.panes_splitter.addWidget(self.navigator)
        self.panes_splitter.addWidget(form_pane)
        self.panes_splitter.addWidget(self.help_panel)
        self.panes_splitter.setCollapsible(1, False)
        for index, stretch in enumerate((0, 1, 0)):
            self.panes_splitter.setStretchFactor(index, stretch)
        self.panes_splitter.splitterMoved.connect(self._on_panes_dragged)
        self._widths: dict[str, int | None] = {STEPS: None, HELP: None}  # None: the font's
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panes_splitter)

        for keys, slot in (
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self.next_step),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self.previous_step),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.navigator.currentRowChanged.connect(self._on_row)
        QApplication.instance().focusChanged.connect(self._on_focus)
        self.setTabOrder(self.navigator, self.stack)
        self.show_step(self.form.steps[0].id)
        self._set_enabled(False)

    # ------------------------------------------------------------------ public API
    def set_sheet(self, sheet: Sheet) -> None:
        """Shows `sheet`; edits go straight into this object.

        A sheet filled in with an older form is first carried over to this form, in this
        object only: nothing is saved until the user edits (the autosaver then stores
        the carried-over sheet), so opening never writes, a read-only window included."""
        self.migration = migrate_working_copy(sheet, self.form, self.catalog.checklists)
        self.form_banner.show_result(self.migration)
        place(self.removed, self.migration.kept)
        self._sheet = sheet
        try:
            self._profile = self.catalog.profile(sheet.profile)
        except CatalogError:
            self._profile = self.catalog.default_profile
        for editor in self.editors.values():
            editor.load(sheet, self._profile)
            editor.set_read_only(self._read_only)
        self._phase = ""
        self._apply_phase()
        self._set_enabled(True)
        self.refresh_completeness()

    def sheet(self) -> Sheet | None:
        return self._sheet

    def profile(self) -> Profile | None:
        return self._profile

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        """`reason` replaces the banner's default text (why this sheet cannot be changed)."""
        self._read_only = read_only
        self.read_only_banner.setText(reason or translate("sheet_editor", READ_ONLY_TEXT))
        self.read_only_banner.setVisible(read_only)
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def is_read_only(self) -> bool:
        return self._read_only

    def show_step(self, step_id: str) -> None:
        row = self.navigator.row_of(step_id)
        if row < 0:
            return
        if self.navigator.currentRow() != row:
            self.navigator.setCurrentRow(row)  # _on_row does the rest
        else:
            self._on_row(row)

    def current_step(self) -> str:
        return self._current

    def next_step(self) -> None:
        row = self.navigator.currentRow()
        if row < self.navigator.count() - 1:
            self.navigator.setCurrentRow(row + 1)

    def previous_step(self) -> None:
        row = self.navigator.currentRow()
        if row > 0:
            self.navigator.setCurrentRow(row - 1)

    def focus_field(self, path: str) -> None:
        """Goes to the step showing `path` (or its nearest parent) and focuses its input:
        the input where the gap is when the field's editor knows (a checklist answer that
        must be justified goes to its justification box)."""
        shown = self.field_of(path)
        if shown:
            editor = self.editors[shown]
            widget = editor.input_for(path)
            page = next((p for p in self.pages.values() if p.isAncestorOf(editor)), None)
            if widget is not None and page is not None:
                self.show_step(page.step.id)
                self._reveal(page, widget)
                return
        step = self.form.step_of(path)
        for candidate in path_candidates(path):
            name = field_object_name(candidate)
            pages = [self.pages[step.id]] if step else []
            pages += [p for p in self.pages.values() if p not in pages]
            for page in pages:
                widget = page.findChild(QWidget, name)
                if (
                    widget is None
                    and candidate in self.editors
                    and self.editors[candidate] in page.editors()
                ):
                    widget = self.editors[candidate].focus_target()
                if widget is not None:
                    self.show_step(page.step.id)
                    self._reveal(page, widget)
                    return
        if step is not None:
            self.show_step(step.id)

    def set_step_marks(self, marks: dict[str, str]) -> None:
        for step in self.form.steps:
            self.navigator.set_mark(step.id, marks.get(step.id, ""))

    def field_of(self, path: str) -> str:
        """The path of the form field that shows `path` (itself or its nearest parent with
        an editor), or "" when no field does."""
        return next((c for c in path_candidates(path) if c in self.editors), "")

    def label_of(self, path: str) -> str:
        """What the user calls `path`: the form's label of its field ("Hele arket" for "")."""
        if not path:
            return translate("sheet_editor", "Hele arket")
        shown = self.field_of(path)
        if not shown:
            return path
        label = self.editors[shown].field.label
        return label if shown == path else f"{label} ({path[len(shown) :].lstrip('.')})"

    def current_field_path(self) -> str:
        """The input the cursor is in (a checklist question, a table cell), or the field it
        was last in; "" before any field had the cursor."""
        return self._focused_field

    def set_field_remarks(self, notes: Mapping[str, list[str]]) -> None:
        """Show remarks at their fields: `notes` maps a sheet path to its remarks, worded;
        a path without a field of its own is shown at its nearest parent field."""
        by_field: dict[str, list[str]] = {}
        for path, lines in notes.items():
            shown = self.field_of(path)
            if shown:
                by_field.setdefault(shown, []).extend(lines)
        for page in self.pages.values():
            for block in page.blocks:
                block.set_remarks(by_field.get(block.field.path, []))

    def set_remark_counts(self, counts: Mapping[str, int], waiting: bool = True) -> None:
        """Remarks per step id, shown in the step list; `waiting`: remarks the user must
        answer (the working group's), else the user's own (the secretariat's)."""
        for step in self.form.steps:
            self.navigator.set_remarks(step.id, counts.get(step.id, 0), waiting)

    def set_summary_content(self, widget: QWidget) -> None:
        if self.summary is not None:
            self.summary.set_content(widget)

    # ------------------------------------------------------------------ side panes
    def side_panes(self) -> dict[str, QWidget]:
        """The panes beside the form that can be shut, by their names in the saved layout."""
        return {STEPS: self.navigator, HELP: self.help_panel}

    def pane_width(self, name: str) -> int:
        """The width the side pane `name` gets: the one the user dragged it to, else the
        one its text needs in the font; never so narrow that its text is cut off."""
        pane = self.side_panes()[name]
        wanted = self._widths[name]
        if wanted is None:
            share = round(PANE_SHARE[name] * self.panes_splitter.width())
            wanted = min(pane.sizeHint().width(), share)
        return max(wanted, pane.minimumSizeHint().width())

    def pane_widths(self) -> dict[str, int | None]:
        """The widths the user dragged the side panes to (None: from the font)."""
        return dict(self._widths)

    def set_pane_widths(self, widths: Mapping[str, object]) -> None:
        for name in self._widths:
            width = widths.get(name)
            self._widths[name] = width if isinstance(width, int) and width > 0 else None
        self._apply_widths()

    def set_pane_shown(self, name: str, shown: bool) -> None:
        self.side_panes()[name].setVisible(shown)
        self._apply_widths()

    def _apply_widths(self) -> None:
        """The side panes at their widths, the form in the rest of the window."""
        splitter = self.panes_splitter
        total = sum(splitter.sizes())
        if total <= 0:
            return  # not laid out yet: done again when the editor is resized
        steps, help_ = (
            0 if pane.isHidden() else self.pane_width(name)
            for name, pane in self.side_panes().items()
        )
        splitter.setSizes([steps, max(total - steps - help_, 1), help_])

    def _on_panes_dragged(self, _pos: int, handle: int) -> None:
        """A pane dragged shut is hidden (F6 passes it by, its menu item is unticked); one
        dragged to a new width keeps it."""
        name = STEPS if handle == 1 else HELP
        pane = self.side_panes()[name]
        size = self.panes_splitter.sizes()[0 if name == STEPS else 2]
        if size <= 0:
            pane.hide()
            self.panes_changed.emit()
        else:
            self._widths[name] = size

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._apply_widths()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_widths()

    # ------------------------------------------------------------------ internals
    def _reveal(self, page: StepPage, widget: QWidget) -> None:
        target = widget.focusProxy() or widget
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        page.reveal(target)  # also when it had the focus already
        self.help_panel.show_for(target)

    def focus_first_field(self) -> bool:
        """Puts the cursor in the first input of the step shown, in layout order (a table's
        first cell, not whatever Qt's focus chain holds next); False when it has none."""
        page = self.pages.get(self._current)
        inputs = page.inputs() if page is not None else []
        if not inputs:
            # A step with nothing to fill in (no attachment store): the cursor stays in
            # the form, on the way on, so Ctrl+Page Up/Down go on working.
            buttons = [b for b in (self.next_button, self.previous_button) if b.isEnabled()]
            if buttons:
                buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
            return False
        # As if reached by Tab: a line edit's text is selected, so typing replaces it.
        inputs[0].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _set_enabled(self, enabled: bool) -> None:
        self.stack.setEnabled(enabled)

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        step_id = self.navigator.step_at(row)
        page = self.pages[step_id]
        focus = QApplication.focusWidget()
        # The cursor follows a step change made from the form (Ctrl+Page Down, Neste, a
        # link in the summary); browsing the step list keeps it in the list.
        from_form = (
            focus is not None
            and self.isAncestorOf(focus)
            and focus is not self.navigator
            and not self.help_panel.isAncestorOf(focus)
        )
        self.stack.setCurrentWidget(page)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < self.navigator.count() - 1)
        self.position.setText(
            translate("sheet_editor", "Steg {number} av {count}").format(
                number=row + 1, count=self.navigator.count()
            )
        )
        step = page.step
        self.help_panel.show_step(step.title, step.intro)
        if step_id != self._current:
            self._current = step_id
            if from_form:
                self.focus_first_field()
            self.step_changed.emit(step_id)

    def _on_edited(self, path: str) -> None:
        sender = self.sender()
        if isinstance(sender, FieldEditor) and path != sender.field.path:
            other = self.editors.get(path)  # an editor that wrote another field
            if other is not None and self._sheet is not None and self._profile is not None:
                other.load(self._sheet, self._profile)
        if self._sheet is not None and self._sheet.identification.phase != self._phase:
            self._apply_phase()
        self.refresh_completeness()
        self.sheet_changed.emit()

    def _reload_fields(self, paths: list[str]) -> None:
        """Shows values that an editor wrote into other fields (the index adjustment)."""
        if self._sheet is None or self._profile is None:
            return
        for path in paths:
            editor = self.editors.get(path)
            if editor is not None and editor is not self.sender():
                editor.load(self._sheet, self._profile)

    def _apply_phase(self) -> None:
        if self._sheet is None:
            return
        self._phase = self._sheet.identification.phase
        for page in self.pages.values():
            page.apply_phase(self._phase)

    def refresh_completeness(self) -> None:
        if self._sheet is None:
            return
        missing = missing_by_step(self.catalog, self._sheet)
        for step in self.form.steps:
            if any(f.type == "summary" for f in step.fields):
                continue
            self._mark_step(step, missing[step.id])

    def _mark_step(self, step: Step, missing: list[str]) -> None:
        required = has_required(step, self._phase)
        self.navigator.set_status(step.id, status_text(missing, step, self._phase), not missing)
        if self.summary is not None:
            self.summary.set_missing(step.id, missing, required)

    def _on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None or not self.isAncestorOf(now):
            return
        path = _input_path(now)
        if path:
            self._focused_field = path
        page = _page_of(now)
        if page is not None and page is self.stack.currentWidget():
            # Alt+letter, Tab, a click, a finding: the field the cursor is in is seen.
            page.reveal(now)
        if not self.help_panel.show_for(now) and now is self.navigator:
            page = self.pages.get(self._current)
            if page is not None:
                self.help_panel.show_step(page.step.title, page.step.intro)

    def missing(self) -> dict[str, list[str]]:
        """Missing required fields per step, as shown in the navigator."""
        return missing_by_step(self.catalog, self._sheet) if self._sheet else {}


def _page_of(widget: QWidget | None) -> StepPage | None:
    while widget is not None and not isinstance(widget, StepPage):
        widget = widget.parentWidget()
    return widget


def _input_path(widget: QWidget | None) -> str:
    """The sheet path of the input `widget` is (or is inside of), from its object name
    ("field:cost.std_dev_percent"), else of its field editor; "" outside the form's fields."""
    while widget is not None:
        name = widget.objectName()
        if name.startswith("field:"):
            return name.removeprefix("field:")
        if isinstance(widget, FieldEditor):
            return widget.field.path
        widget = widget.parentWidget()
    return ""
