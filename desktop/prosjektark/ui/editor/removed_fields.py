"""«Fjernet fra skjemaet»: values a newer form no longer asks for, shown read-only.

Each is kept in the sheet (domain/form_migration.py); the user can read and copy it, not
change it. The text sits in a read-only text box rather than a label so that Tab reaches
it and the keyboard can select and copy it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from prosjektark.domain.form_migration import REMOVED_HEADING, FormMigrationResult, KeptValue
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import set_help
from prosjektark.ui.qt_translations import translate

INTRO = QT_TRANSLATE_NOOP(
    "removed_fields",
    "Skjemaet har ikke lenger disse feltene. Verdiene er tatt vare på i arket og følger"
    " med når det lagres og eksporteres. Du kan lese og kopiere dem, men ikke endre dem.",
)
HELP = QT_TRANSLATE_NOOP(
    "removed_fields",
    "Feltet er fjernet fra skjemaet. Verdien er tatt vare på i arket. Kopier det du"
    " trenger over i et av feltene i skjemaet.",
)
MAX_LINES = 8


def removed_heading() -> str:
    """«Fjernet fra skjemaet» in the UI's language (domain/form_migration marks it)."""
    return translate("form_migration", REMOVED_HEADING)


class RemovedFieldsView(QFrame):
    """The kept values of one step, under the step's fields; hidden when there are none."""

    def __init__(self, step_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"removedFields:{step_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("removedFields", True)
        theme.set_style(
            self,
            'QFrame[removedFields="true"] { background: $panel_background;'
            " border: 1px dashed $panel_border; border-radius: 4px; }",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        heading = QLabel(removed_heading(), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        heading.setFont(font)
        intro = QLabel(translate("removed_fields", INTRO), self)
        intro.setWordWrap(True)
        theme.set_style(intro, "color: $muted_text;")
        layout.addWidget(heading)
        layout.addWidget(intro)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(10)
        layout.addLayout(self._rows)
        self.entries: list[KeptValue] = []
        self.hide()

    def set_entries(self, entries: Iterable[KeptValue]) -> None:
        while self._rows.count():
            widget = self._rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.entries = list(entries)
        for entry in self.entries:
            self._rows.addWidget(_row(entry, self))
        self.setVisible(bool(self.entries))


def _row(entry: KeptValue, parent: QWidget) -> QWidget:
    row = QWidget(parent)
    row.setObjectName(f"removed:{entry.path}")
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(3)
    label = QLabel(entry.label, row)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    layout.addWidget(label)
    value = QPlainTextEdit(entry.text, row)
    value.setObjectName(f"removedValue:{entry.path}")
    value.setReadOnly(True)
    value.setTabChangesFocus(True)
    heading = removed_heading()
    help_text = translate("removed_fields", HELP)
    value.setAccessibleName(f"{heading}: {entry.label}")
    value.setAccessibleDescription(entry.note or help_text)
    set_help(value, f"{entry.label} ({heading.lower()})", " ".join((entry.note, help_text)).strip())
    theme.set_style(value, "QPlainTextEdit { background: palette(base); color: palette(text); }")
    lines = max(1, min(MAX_LINES, entry.text.count("\n") + 1 + len(entry.text) // 90))
    value.setFixedHeight(value.fontMetrics().lineSpacing() * lines + 14)
    layout.addWidget(value)
    if entry.note:
        note = QLabel(entry.note, row)
        note.setWordWrap(True)
        theme.set_style(note, "color: $warning_text;")
        layout.addWidget(note)
    return row


class FormVersionBanner(QLabel):
    """Above the form: which form version the sheet was filled in with, and what that
    meant when it was opened in this one. Hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formVersionBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_style(
            self,
            "background: $info_box_background; color: $info_box_text;"
            " border: 1px solid $info_box_border;"
            " border-radius: 4px; padding: 6px 10px;",
        )
        self.hide()

    def show_result(self, result: FormMigrationResult | None) -> None:
        text = result.message if result is not None else ""
        self.setText(text)
        self.setVisible(bool(text))


def place(views: dict[str, RemovedFieldsView], entries: Iterable[KeptValue]) -> None:
    """Gives each step's view the entries the domain placed on that step."""
    for step, view in views.items():
        view.set_entries([e for e in entries if e.step == step])
