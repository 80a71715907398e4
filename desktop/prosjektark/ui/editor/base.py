"""What every field editor shares: loading without echo, help properties, error display."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QStylePainter,
    QWidget,
)

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.form import FormField
from prosjektark.domain.profile import Profile
from prosjektark.domain.rules.inputs import describe_input
from prosjektark.domain.sheet import (
    Attachment,
    Sheet,
    clear_invalid_input,
    input_field,
    set_invalid_input,
)
from prosjektark.ui import theme
from prosjektark.ui.qt_translations import translate

# Dynamic properties the help panel reads from the focused widget or its ancestors.
HELP_TITLE = "helpTitle"
HELP_TEXT = "helpText"
HELP_SOURCE = "helpSource"

# Style sheet templates for theme.set_style: colours by role, in the scheme that applies.
ERROR_STYLE = (
    "QLineEdit { border: 1px solid $error_box_border; background: $error_box_background;"
    " color: $error_box_text; }"
)
PROBLEM_STYLE = "color: $error_text;"
REQUIRED_SUFFIX = " *"


class AttachmentHandler(Protocol):
    """Implemented by the app on top of the store."""

    def add(self, source: Path) -> Attachment:
        """Copies the file into the store; may raise with a Norwegian message."""
        ...

    def open(self, attachment: Attachment) -> None: ...


@dataclass
class EditorContext:
    catalog: Catalog
    attachments: AttachmentHandler | None = None


def field_object_name(path: str) -> str:
    return f"field:{path}"


def set_help(widget: QWidget, title: str, text: str, source: str = "") -> None:
    widget.setProperty(HELP_TITLE, title)
    widget.setProperty(HELP_TEXT, text)
    widget.setProperty(HELP_SOURCE, source)


def configure_input(
    widget: QWidget, path: str, name: str, description: str = "", source: str = ""
) -> None:
    """Names a focusable input for tests, screen readers and the help panel."""
    widget.setObjectName(field_object_name(path))
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(description)
    set_help(widget, name, description, source)


def show_error(widget: QLineEdit, message: str) -> None:
    theme.set_style(widget, ERROR_STYLE if message else "")
    widget.setToolTip(message)
    widget.setProperty("invalid", bool(message))


class NoWheelComboBox(QComboBox):
    """A combo that ignores the wheel unless focused, so scrolling a page never changes it.

    Read-only (`setReadOnly(True)`) it stays enabled, focusable and readable (a disabled
    combo is greyed out), is drawn like a read-only line edit and ignores every change."""

    _read_only = False

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt naming, like QLineEdit)
        self._read_only = read_only
        self.update()

    def isReadOnly(self) -> bool:  # noqa: N802
        return self._read_only

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.hasFocus() and not self._read_only:
            super().wheelEvent(event)
        else:
            event.ignore()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self._read_only:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if self._read_only and event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            event.ignore()
            return
        super().keyPressEvent(event)

    def showPopup(self) -> None:  # noqa: N802
        if not self._read_only:
            super().showPopup()

    def paintEvent(self, event) -> None:  # noqa: N802
        if not self._read_only:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)
        option = QStyleOptionFrame()
        option.initFrom(self)
        option.lineWidth = self.style().pixelMetric(
            QStyle.PixelMetric.PM_DefaultFrameWidth, option, self
        )
        option.midLineWidth = 0
        option.state |= QStyle.StateFlag.State_Sunken | QStyle.StateFlag.State_ReadOnly
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_PanelLineEdit, option)
        rect = self.rect().adjusted(6, 0, -6, 0)
        text = self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)


class FieldEditor(QWidget):
    """Edits one form field of the sheet in place; emits `edited` after writing."""

    edited = Signal(str)  # the field path
    own_label = False  # the editor shows its label itself (a checkbox)
    heading_label = False  # the label is shown as a section heading (tables, checklists)

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.context = context
        self.sheet: Sheet | None = None
        self.profile: Profile | None = None
        self.phase = "PU"
        self.read_only = False
        self.remark_note = ""  # the secretariat's remarks on this field, read out with it
        self._loading = False
        self.setObjectName(f"editor:{field.path}")

    @contextmanager
    def loading(self) -> Iterator[None]:
        previous, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = previous

    def load(self, sheet: Sheet, profile: Profile) -> None:
        self.sheet, self.profile = sheet, profile
        self.phase = sheet.identification.phase
        with self.loading():
            self._load()

    def _load(self) -> None:
        raise NotImplementedError

    def notify(self) -> None:
        if not self._loading:
            self.edited.emit(self.field.path)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only

    # -- typed text that is not a valid value (kept in sheet.invalid_input until corrected)
    def typed_text(self, path: str) -> str | None:
        return self.sheet.invalid_input.get(path) if self.sheet is not None else None

    def keeps_typed_text(self, path: str, text: str) -> bool:
        """Whether `text` that did not parse is kept for `path` (never an empty text)."""
        return bool(text.strip()) and input_field(path) is not None

    def keep_typed_text(self, path: str, text: str) -> str:
        """Stores `text` as typed for `path` and returns the message to show under it."""
        if self.sheet is not None:
            set_invalid_input(self.sheet, path, text)
        return self.problem_message(path, text)

    def forget_typed_text(self, path: str) -> None:
        if self.sheet is not None:
            clear_invalid_input(self.sheet, path)

    def problem_message(self, path: str, text: str) -> str:
        """The finding's own message for `text` in `path`, so both say the same."""
        profile = self.profile or self.context.catalog.default_profile
        return describe_input(path, text, profile)[1]

    def apply_phase(self, phase: str) -> None:
        """Called when the sheet's phase changes; editors with per-row marks override."""
        self.phase = phase

    def focus_target(self) -> QWidget:
        return self.focusProxy() or self

    def input_for(self, path: str) -> QWidget | None:
        """The input to go to for `path` (a finding's or a remark's), when this editor
        knows better than the input's name: where the gap is. None: go by name."""
        return None

    def accessible_description(self) -> str:
        text = self.field.help
        if self.field.required(self.phase):
            required = translate("base", "Må fylles ut.")
            text = f"{text} {required}".strip()
        if self.remark_note:
            text = f"{text} {self.remark_note}".strip()
        return text

    def update_description(self) -> None:
        """Refreshes the accessible description (the required note follows the phase)."""
        target = self.focus_target()
        if target is not self and target.accessibleName() == self.field.label:
            target.setAccessibleDescription(self.accessible_description())
