"""A thematic checklist: per question an answer, and a justification where the answer needs one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.checklist import ChecklistDefinition, Question
from prosjektark.domain.form import FormField, get_path
from prosjektark.domain.sheet import Checklist, ChecklistAnswer
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    REQUIRED_SUFFIX,
    EditorContext,
    FieldEditor,
    NoWheelComboBox,
    configure_input,
)
from prosjektark.ui.editor.field_widgets import PLACEHOLDER_CHOICE
from prosjektark.ui.qt_translations import translate


class QuestionRow(QFrame):
    """One question: its text, a combo of answers and a justification box when needed."""

    def __init__(
        self, editor: ChecklistEditor, definition: ChecklistDefinition, question: Question
    ):
        super().__init__(editor)
        self.editor = editor
        self.definition = definition
        self.question = question
        base = f"{editor.field.path}.answers.{question.id}"
        self.setObjectName(f"question:{base}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("card", True)
        self.setStyleSheet(
            'QFrame[card="true"] { border: 1px solid palette(mid); border-radius: 4px; }'
        )

        self.text = QLabel(self)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)

        self.combo = NoWheelComboBox(self)
        self.combo.addItem(translate("field_widgets", PLACEHOLDER_CHOICE), "")
        for option in definition.options_for(question):
            self.combo.addItem(option.label, option.value)
        self.combo.setMinimumWidth(260)
        configure_input(self.combo, base, question.text, question.help, question.source)
        self.text.setBuddy(self.combo)

        self.justification_label = QLabel(
            translate("checklist_widget", "Begrunnelse") + REQUIRED_SUFFIX, self
        )
        self.justification = QPlainTextEdit(self)
        self.justification.setTabChangesFocus(True)
        line = self.justification.fontMetrics().lineSpacing()
        self.justification.setFixedHeight(line * 3 + 14)
        configure_input(
            self.justification,
            f"{base}.justification",
            translate("checklist_widget", "Begrunnelse: {question}").format(question=question.text),
            translate("checklist_widget", "Forklar svaret. «Ikke relevant» må alltid begrunnes."),
            question.source,
        )
        self.justification_label.setBuddy(self.justification)

        help_label = QLabel(question.help, self)
        help_label.setWordWrap(True)
        theme.set_style(help_label, "color: $muted_text;")
        help_label.setVisible(bool(question.help))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.text)
        layout.addWidget(help_label)
        answer_row = QHBoxLayout()
        answer_row.setContentsMargins(0, 0, 0, 0)
        answer_row.addWidget(self.combo)
        answer_row.addStretch(1)
        layout.addLayout(answer_row)
        layout.addWidget(self.justification_label)
        layout.addWidget(self.justification)

        self.combo.currentIndexChanged.connect(self._on_answer)
        self.justification.textChanged.connect(self._on_justification)

    def answers(self) -> dict[str, ChecklistAnswer]:
        checklist: Checklist = get_path(self.editor.sheet, self.editor.field.path)
        return checklist.answers

    def load(self) -> None:
        answer = self.answers().get(self.question.id) or ChecklistAnswer()
        self.combo.setCurrentIndex(max(self.combo.findData(answer.answer), 0))
        self.justification.setPlainText(answer.justification)
        self.refresh()

    def needs_justification(self) -> bool:
        value = self.combo.currentData() or ""
        return bool(value) and self.definition.needs_justification(self.question, value)

    def refresh(self) -> None:
        required = self.editor.phase in self.question.required_in
        self.text.setText(self.question.text + (REQUIRED_SUFFIX if required else ""))
        needed = self.needs_justification()
        # Text typed earlier stays visible (and stored) after the answer changes.
        visible = needed or bool(self.justification.toPlainText().strip())
        self.justification_label.setText(
            translate("checklist_widget", "Begrunnelse") + (REQUIRED_SUFFIX if needed else "")
        )
        self.justification_label.setVisible(visible)
        self.justification.setVisible(visible)

    def _store(self) -> None:
        answers = self.answers()
        value = self.combo.currentData() or ""
        # Blank space around the text is not part of the justification (nor signed).
        text = self.justification.toPlainText().strip()
        if not value and not text:
            answers.pop(self.question.id, None)
        else:
            answers[self.question.id] = ChecklistAnswer(answer=value, justification=text)
        self.editor.notify()

    def _on_answer(self, _index: int) -> None:
        if self.editor.is_loading():
            return
        self.refresh()
        self._store()

    def _on_justification(self) -> None:
        if self.editor.is_loading():
            return
        self._store()

    def set_read_only(self, read_only: bool) -> None:
        self.combo.setReadOnly(read_only)  # stays readable, unlike a disabled combo
        self.justification.setReadOnly(read_only)


class ChecklistEditor(FieldEditor):
    heading_label = False

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.definition = context.catalog.checklists.get(field.checklist or field.key)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.rows: list[QuestionRow] = []
        if self.definition is None:
            missing = translate("checklist_widget", "Fant ikke sjekklisten «{checklist}».")
            layout.addWidget(QLabel(missing.format(checklist=field.checklist), self))
            return
        if self.definition.intro:
            intro = QLabel(self.definition.intro, self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        for question in self.definition.questions:
            row = QuestionRow(self, self.definition, question)
            self.rows.append(row)
            layout.addWidget(row)
        if self.rows:
            self.setFocusProxy(self.rows[0].combo)

    def is_loading(self) -> bool:
        return self._loading

    def input_for(self, path: str) -> QWidget | None:
        """A question's path goes to its justification box while the answer needs one that
        is not written yet (the finding «… må begrunnes»), else to its answer."""
        prefix = f"{self.field.path}.answers."
        question = path.removeprefix(prefix) if path.startswith(prefix) else ""
        row = next((r for r in self.rows if r.question.id == question), None)
        if row is None:
            return None
        if row.needs_justification() and not row.justification.toPlainText().strip():
            return row.justification
        return row.combo

    def _load(self) -> None:
        for row in self.rows:
            row.load()

    def apply_phase(self, phase: str) -> None:
        super().apply_phase(phase)
        for row in self.rows:
            row.refresh()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        for row in self.rows:
            row.set_read_only(read_only)
