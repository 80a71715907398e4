"""The help beside the form: label, help text and source of the focused field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from prosjektark.ui.editor.base import HELP_SOURCE, HELP_TEXT, HELP_TITLE

EMPTY_TEXT = "Gå til et felt for å se hjelpeteksten for det."
FIELD_HINT = "Gå til et felt i skjemaet for å se hjelpeteksten og kilden for det."


def help_of(widget: QWidget | None) -> tuple[str, str, str] | None:
    """The help properties of `widget` or its nearest ancestor that has them."""
    while widget is not None:
        title = widget.property(HELP_TITLE)
        if title:
            return title, widget.property(HELP_TEXT) or "", widget.property(HELP_SOURCE) or ""
        widget = widget.parentWidget()
    return None


class HelpPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.heading = QLabel("Hjelp", self)
        self.heading.setStyleSheet("color: #555555; font-size: 9pt;")
        self.title = QLabel(self)
        self.title.setObjectName("helpTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() + 1)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("helpText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.hint = QLabel(FIELD_HINT, self)
        self.hint.setObjectName("helpHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5f5f5f; font-style: italic;")
        self.hint.hide()
        self.source = QLabel(self)
        self.source.setObjectName("helpSource")
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #5f5f5f; font-size: 8pt;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.show_help("", EMPTY_TEXT, "")

    def show_step(self, title: str, intro: str) -> None:
        """The step's own intro, with a pointer to the per-field help."""
        self.show_help(title, intro, "")
        self.hint.show()

    def show_help(self, title: str, text: str, source: str) -> None:
        self.hint.hide()
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.source.setText(f"Kilde: {source}" if source else "")
        self.source.setVisible(bool(source))

    def show_for(self, widget: QWidget | None) -> bool:
        found = help_of(widget)
        if found is None:
            return False
        self.show_help(*found)
        return True
