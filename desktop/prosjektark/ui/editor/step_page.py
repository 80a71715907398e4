"""One step of the guided editor: title, intro, required legend and its field blocks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from prosjektark.domain.form import FormField, Step
from prosjektark.domain.labels import phase_name
from prosjektark.ui import theme
from prosjektark.ui.editor.attachments_widget import AttachmentsEditor
from prosjektark.ui.editor.base import REQUIRED_SUFFIX, EditorContext, FieldEditor
from prosjektark.ui.editor.checklist_widget import ChecklistEditor
from prosjektark.ui.editor.field_widgets import (
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    DecimalEditor,
    IntegerEditor,
    MultichoiceEditor,
    MultilineEditor,
    TextEditor,
)
from prosjektark.ui.editor.mnemonics import choose_letters, mnemonic_of, with_mnemonic
from prosjektark.ui.editor.tab_order import focus_targets, takes_tab
from prosjektark.ui.editor.table_widgets import (
    CostItemsEditor,
    FundingGridEditor,
    GoalScoresEditor,
    MilestonesEditor,
    RisksEditor,
    TreatmentsEditor,
)
from prosjektark.ui.qt_translations import translate

EDITORS: dict[str, type[FieldEditor]] = {
    "text": TextEditor,
    "multiline": MultilineEditor,
    "choice": ChoiceEditor,
    "multichoice": MultichoiceEditor,
    "decimal": DecimalEditor,
    "integer": IntegerEditor,
    "date": DateEditor,
    "bool": BoolEditor,
    "checklist": ChecklistEditor,
    "cost_items": CostItemsEditor,
    "funding_grid": FundingGridEditor,
    "goal_scores": GoalScoresEditor,
    "risks": RisksEditor,
    "milestones": MilestonesEditor,
    "treatments": TreatmentsEditor,
    "attachments": AttachmentsEditor,
}
# The widest the fields grow, in the font's M (about 1100 px at 9 pt): a text box uses the
# width a large screen has, up to a line still read in one sweep, and larger text may be
# wider before it stops.
CONTENT_MAX_EMS = 110
# Room kept around a field scrolled into view: its label above it stays in sight.
REVEAL_ABOVE = 48
REVEAL_BELOW = 12
# The secretariat's remark at its field: a text marker ("✎ Merknad …"), so it is not told by
# colour alone; the edge is the findings' warning colour.
REMARK_MARKER_STYLE = (
    "QLabel { background: $caution_background; color: $caution_text;"
    " border-left: 4px solid $warning_text;"
    " padding: 4px 8px; }"
)


class FieldBlock(QWidget):
    """A field's label (with the required marker) above its editor."""

    def __init__(self, field: FormField, editor: FieldEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.editor = editor
        self.setObjectName(f"block:{field.path}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4 if not editor.heading_label else 8)
        self.label: QLabel | None = None
        self.mnemonic: int | None = None  # index in field.label of its Alt letter
        if not editor.own_label:
            self.label = QLabel(with_mnemonic(field.label, None), self)
            self.label.setObjectName(f"label:{field.path}")
            self.label.setWordWrap(True)
            font = self.label.font()
            font.setBold(True)
            if editor.heading_label:
                font.setPointSizeF(font.pointSizeF() + 1)
            self.label.setFont(font)
            self.label.setBuddy(editor.focus_target())
            layout.addWidget(self.label)
        self.remark_marker = QLabel(self)
        self.remark_marker.setObjectName(f"remarkMarker:{field.path}")
        self.remark_marker.setWordWrap(True)
        self.remark_marker.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_style(self.remark_marker, REMARK_MARKER_STYLE)
        self.remark_marker.hide()
        layout.addWidget(self.remark_marker)
        layout.addWidget(editor)

    def set_remarks(self, notes: list[str]) -> None:
        """Show the remarks on this field (each already worded with its state) above the
        input, and add them to what a screen reader says for it; [] removes the marker."""
        text = "\n".join(notes)
        self.remark_marker.setText(text)
        self.remark_marker.setToolTip(text)
        self.remark_marker.setAccessibleName(
            translate("step_page", "Merknad fra sekretariatet") if notes else ""
        )
        self.remark_marker.setAccessibleDescription(text)
        self.remark_marker.setVisible(bool(notes))
        self.editor.remark_note = " ".join(notes)
        if self.label is not None:
            self.label.setToolTip(text)
        self.editor.setAccessibleDescription(self.editor.remark_note)
        self.editor.update_description()

    def apply_phase(self, phase: str) -> None:
        self.setVisible(self.field.shown(phase))
        self.editor.apply_phase(phase)
        if self.label is not None:
            required = self.field.required(phase)
            text = with_mnemonic(self.field.label, self.mnemonic)
            self.label.setText(text + (REQUIRED_SUFFIX if required else ""))
            self.label.setBuddy(self.editor.focus_target())
        self.editor.update_description()


class StepPage(QScrollArea):
    def __init__(
        self, step: Step, number: int, context: EditorContext, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.step = step
        self.form = context.catalog.form  # names the phases in the required legend
        self.setObjectName(f"step:{step.id}")
        self.setWidgetResizable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Normally the fields fit the width; with a very large font in a narrow window a
        # wide table or choice list scrolls sideways rather than being cut off.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer = QWidget()
        outer.setObjectName(f"stepContent:{step.id}")
        self.content = QWidget(outer)
        self._fit_width()
        outer_layout = QVBoxLayout(outer)
        outer_layout.setContentsMargins(24, 18, 24, 24)
        outer_layout.addWidget(self.content)
        outer_layout.addStretch(1)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)

        head = QVBoxLayout()
        head.setSpacing(6)
        self.title = QLabel(f"{number}. {step.title}", self.content)
        self.title.setObjectName("stepTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        head.addWidget(self.title)
        self.intro = QLabel(step.intro, self.content)
        self.intro.setObjectName("stepIntro")
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(step.intro))
        head.addWidget(self.intro)
        self.legend = QLabel(self.content)
        self.legend.setObjectName("requiredLegend")
        self.legend.setWordWrap(True)
        theme.set_style(self.legend, "color: $muted_text;")
        head.addWidget(self.legend)
        layout.addLayout(head)

        self.blocks: list[FieldBlock] = []
        self.summary_slot = QVBoxLayout()
        for field in step.fields:
            editor_class = EDITORS.get(field.type)
            if editor_class is None:
                if field.type == "summary":
                    layout.addLayout(self.summary_slot)
                continue
            editor = editor_class(field, context, self.content)
            block = FieldBlock(field, editor, self.content)
            self.blocks.append(block)
            layout.addWidget(block)
        self.setWidget(outer)

    def _fit_width(self) -> None:
        em = QFontMetrics(self.content.font()).horizontalAdvance("M")
        self.content.setMaximumWidth(CONTENT_MAX_EMS * em)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def editors(self) -> list[FieldEditor]:
        return [b.editor for b in self.blocks]

    def inputs(self) -> list[QWidget]:
        """The inputs Tab stops at now, in the order the page shows them."""
        return [w for w in focus_targets(self) if takes_tab(w)]

    def reveal(self, widget: QWidget) -> None:
        """Scrolls the whole of `widget` (an input on this page) into view, with the label
        above it; one taller than the view shows its top. Not ensureWidgetVisible: for a
        text box that only brings its cursor line into view."""
        outer = self.widget()
        if outer is None or not outer.isAncestorOf(widget):
            return
        # A page shown a moment ago may not have laid out its rows yet.
        outer.layout().activate()
        top = widget.mapTo(outer, QPoint(0, 0)).y()
        bottom = top + widget.height()
        bar = self.verticalScrollBar()
        current, view = bar.value(), self.viewport().height()
        if top >= current and bottom <= current + view:
            return  # wholly in view already: a click must not make the page jump
        value = bottom + REVEAL_BELOW - view if bottom > current + view else current
        bar.setValue(min(value, top - REVEAL_ABOVE))

    def assign_mnemonics(self, reserved: set[str]) -> None:
        """Give each labelled field an Alt letter not in `reserved` nor used by the page's
        other labels (the cost step's index adjustment has its own)."""
        labelled = [b for b in self.blocks if b.label is not None]
        own = {b.label for b in labelled}
        taken = {
            m
            for label in self.content.findChildren(QLabel)
            if label not in own and label.buddy() is not None
            if (m := mnemonic_of(label.text()))
        }
        letters = choose_letters([b.field.label for b in labelled], reserved | taken)
        for block, index in zip(labelled, letters, strict=True):
            block.mnemonic = index
            suffix = REQUIRED_SUFFIX if block.label.text().endswith(REQUIRED_SUFFIX) else ""
            block.label.setText(with_mnemonic(block.field.label, index) + suffix)

    def apply_phase(self, phase: str) -> None:
        for block in self.blocks:
            block.apply_phase(phase)
        required = any(f.required(phase) for f in self.step.fields)
        name = phase_name(self.form, phase)
        self.legend.setText(
            translate("step_page", "Felt merket * må fylles ut i fasen {phase} ({code}).").format(
                phase=name.lower(), code=phase
            )
            if required
            else ""
        )
        self.legend.setVisible(required)
