"""Editors for the simple field types: text, multiline, choice, multichoice, numbers, dates, bool."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from prosjektark.domain.form import FormField, get_path, set_path
from prosjektark.domain.profile import Profile
from prosjektark.domain.sheet import Sheet
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    REQUIRED_SUFFIX,
    EditorContext,
    FieldEditor,
    NoWheelComboBox,
    configure_input,
    set_help,
    show_error,
)
from prosjektark.ui.editor.help_panel import programme_help_text
from prosjektark.ui.editor.values import (
    ValueProblem,
    empty_value,
    field_info,
    format_date,
    format_number,
    parse_date,
    parse_decimal,
    parse_int,
    stored_text,
    validate,
)
from prosjektark.ui.qt_translations import translate

PLACEHOLDER_CHOICE = QT_TRANSLATE_NOOP("field_widgets", "— velg —")
# The narrowest a choice list is, in the font's M, so short choices line up (26 M: 260 px
# at 9 pt, and wider with a larger font).
CHOICE_EMS = 26


def ems(widget: QWidget, count: float) -> int:
    """`count` widths of M in `widget`'s font: widths that grow with the font size."""
    return round(count * QFontMetrics(widget.font()).horizontalAdvance("M"))


def line_edit_width(edit: QLineEdit, chars: int) -> int:
    """The width of `edit` that shows `chars` digits: the digits in its font plus the
    frame and margins the style puts around them (QLineEdit's own hint is 17 x's wide)."""
    metrics = QFontMetrics(edit.font())
    frame = edit.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
    return metrics.horizontalAdvance("0" * chars) + max(frame, 0)


def profile_choices(profile: Profile | None, source: str) -> list[tuple[str, str]]:
    """(value, label) pairs of a profile list named by a form field's `choices_from`."""
    if profile is None or not source:
        return []
    items = getattr(profile, source, [])
    pairs = []
    for item in items:
        if isinstance(item, str):
            pairs.append((item, item))
        else:
            pairs.append((item.id, item.name))
    return pairs


def unknown_value(value: object) -> str:
    """A stored value the form's choices do not have (from a newer form, or removed)."""
    return translate("field_widgets", "{value} (ukjent verdi)").format(value=value)


def _margins0(layout) -> None:
    layout.setContentsMargins(0, 0, 0, 0)


class SimpleFieldEditor(FieldEditor):
    """An editor of one input whose description, for screen readers, also carries what
    the sheet's programme says about the field (the help panel shows it to the eye)."""

    def accessible_description(self) -> str:
        own = programme_help_text(self.profile, self.field)
        return f"{super().accessible_description()} {own}".strip()


class TextEditor(SimpleFieldEditor):
    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(field.placeholder)
        configure_input(self.edit, field.path, field.label, field.help, field.source)
        layout = QVBoxLayout(self)
        _margins0(layout)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)

    def _load(self) -> None:
        self.edit.setText(get_path(self.sheet, self.field.path) or "")
        self.edit.setCursorPosition(0)

    def _on_edited(self, text: str) -> None:
        if self.sheet is not None:
            set_path(self.sheet, self.field.path, stored_text(text))
            self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)


class MultilineEditor(SimpleFieldEditor):
    LINES = 4

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(field.placeholder)
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setMinimumHeight(line * self.LINES + 14)
        self.edit.setMaximumHeight(line * (self.LINES + 4) + 14)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        configure_input(self.edit, field.path, field.label, field.help, field.source)
        layout = QVBoxLayout(self)
        _margins0(layout)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_changed)

    def _load(self) -> None:
        self.edit.setPlainText(get_path(self.sheet, self.field.path) or "")

    def _on_changed(self) -> None:
        if self._loading or self.sheet is None:
            return
        set_path(self.sheet, self.field.path, stored_text(self.edit.toPlainText()))
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)


class ChoiceEditor(SimpleFieldEditor):
    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.combo = NoWheelComboBox(self)
        self.combo.setSizeAdjustPolicy(NoWheelComboBox.SizeAdjustPolicy.AdjustToContents)
        configure_input(self.combo, field.path, field.label, field.help, field.source)
        self._info = field_info(Sheet, field.path)
        # Read-only shows the choice as selectable text: a disabled combo is hard to read.
        self.display = QLineEdit(self)
        self.display.setReadOnly(True)
        self.display.setObjectName(f"readonly:{field.path}")
        self.display.setAccessibleName(field.label)
        set_help(self.display, field.label, field.help, field.source)
        self.display.hide()
        self._fit_width()
        layout = QHBoxLayout(self)
        _margins0(layout)
        layout.addWidget(self.combo)
        layout.addWidget(self.display)
        layout.addStretch(1)
        self.setFocusProxy(self.combo)
        self.combo.currentIndexChanged.connect(self._on_index)

    def _fit_width(self) -> None:
        for widget in (self.combo, self.display):
            widget.setMinimumWidth(ems(widget, CHOICE_EMS))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def options(self) -> list[tuple[str, str]]:
        if self.field.choices:
            return [(c.value, c.label) for c in self.field.choices]
        return profile_choices(self.profile, self.field.choices_from)

    def _may_be_empty(self) -> bool:
        return not self._info.is_required() and self._info.get_default() in (None, "")

    def _load(self) -> None:
        current = get_path(self.sheet, self.field.path)
        options = self.options()
        self.combo.clear()
        if self._may_be_empty() and not any(v == "" for v, _ in options):
            # A choice field's `placeholder` names its empty choice where "none" is an
            # answer (no operation exception), not a value still to be picked.
            self.combo.addItem(
                self.field.placeholder or translate("field_widgets", PLACEHOLDER_CHOICE), ""
            )
        for value, label in options:
            self.combo.addItem(label, value)
        if current not in (None, "") and self.combo.findData(current) < 0:
            self.combo.addItem(unknown_value(current), current)
        index = self.combo.findData(current if current is not None else "")
        self.combo.setCurrentIndex(max(index, 0))

    def _on_index(self, index: int) -> None:
        if self._loading or self.sheet is None or index < 0:
            return
        value = self.combo.itemData(index)
        if value in (None, ""):
            value = empty_value(self._info)
        set_path(self.sheet, self.field.path, value)
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.combo.setEnabled(not read_only)
        self.combo.setVisible(not read_only)
        self.display.setText(self.combo.currentText())
        self.display.setVisible(read_only)


class MultichoiceEditor(SimpleFieldEditor):
    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.list = QListWidget(self)
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.list.setSpacing(1)
        configure_input(self.list, field.path, field.label, field.help, field.source)
        layout = QHBoxLayout(self)
        _margins0(layout)
        layout.addWidget(self.list)
        layout.addStretch(1)
        self.setFocusProxy(self.list)
        self.list.itemChanged.connect(self._on_item)

    def _load(self) -> None:
        chosen = list(get_path(self.sheet, self.field.path) or [])
        options = (
            [(c.value, c.label) for c in self.field.choices]
            if self.field.choices
            else profile_choices(self.profile, self.field.choices_from)
        )
        known = {v for v, _ in options}
        options += [(v, unknown_value(v)) for v in chosen if v not in known]
        self.list.clear()
        for value, label in options:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if value in chosen else Qt.CheckState.Unchecked
            )
        rows = max(1, min(len(options), 8))
        height = (self.list.sizeHintForRow(0) if options else 20) + 2 * self.list.spacing()
        self.list.setFixedHeight(rows * height + 2 * self.list.frameWidth() + 2)
        self.list.setMinimumWidth(ems(self.list, CHOICE_EMS))
        if options:
            self.list.setCurrentRow(0)
        self.set_read_only(self.read_only)

    def checked(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _on_item(self, _item: QListWidgetItem) -> None:
        if self._loading or self.sheet is None:
            return
        set_path(self.sheet, self.field.path, self.checked())
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        with self.loading():
            for i in range(self.list.count()):
                item = self.list.item(i)
                flags = item.flags()
                if read_only:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                else:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)


class ParsedLineEditor(SimpleFieldEditor):
    """A line edit whose text is parsed. Text that is not a valid value is kept as typed in
    `sheet.invalid_input` (the field keeps its last valid value), shown in red with the
    finding's message under it, and shown again when the sheet is reopened."""

    parse: Callable[[str], Any] = staticmethod(parse_decimal)
    show: Callable[[Any], str] = staticmethod(format_number)
    placeholder = ""
    chars = 18  # digits shown: the width follows the font

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self._info = field_info(Sheet, field.path)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(
            field.placeholder
            or (translate("field_widgets", self.placeholder) if self.placeholder else "")
        )
        self._fit_width()
        configure_input(self.edit, field.path, field.label, field.help, field.source)
        self.error = QLabel(self)
        self.error.setObjectName(f"error:{field.path}")
        theme.set_style(self.error, "color: $error_text;")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        _margins0(row)
        row.addWidget(self.edit)
        if field.unit:
            unit = QLabel(field.unit, self)
            unit.setObjectName(f"unit:{field.path}")
            row.addWidget(unit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        _margins0(layout)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)

    def _fit_width(self) -> None:
        self.edit.setFixedWidth(line_edit_width(self.edit, self.chars))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()

    def _load(self) -> None:
        typed = self.typed_text(self.field.path)
        if typed is not None:
            self.edit.setText(typed)
            self._set_error(self.problem_message(self.field.path, typed))
            return
        self.edit.setText(self.show(get_path(self.sheet, self.field.path)))
        self._set_error("")

    def _set_error(self, message: str) -> None:
        show_error(self.edit, message)
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _on_edited(self, text: str) -> None:
        if self.sheet is None:
            return
        try:
            value = self.parse(text)
            value = empty_value(self._info) if value is None else validate(self._info, value)
        except ValueProblem as problem:
            if not self.keeps_typed_text(self.field.path, text):
                self._set_error(str(problem))
                return
            self._set_error(self.keep_typed_text(self.field.path, text))
            self.notify()
            return
        self._set_error("")
        self.forget_typed_text(self.field.path)
        set_path(self.sheet, self.field.path, value)
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.edit.setReadOnly(read_only)


class DecimalEditor(ParsedLineEditor):
    pass


class IntegerEditor(ParsedLineEditor):
    parse = staticmethod(parse_int)
    show = staticmethod(format_number)
    chars = 11


class DateEditor(ParsedLineEditor):
    parse = staticmethod(parse_date)
    show = staticmethod(format_date)
    placeholder = QT_TRANSLATE_NOOP("field_widgets", "dd.mm.åååå")
    chars = 15


class BoolEditor(SimpleFieldEditor):
    own_label = True

    def __init__(self, field: FormField, context: EditorContext, parent: QWidget | None = None):
        super().__init__(field, context, parent)
        self.check = QCheckBox(field.label, self)
        configure_input(self.check, field.path, field.label, field.help, field.source)
        layout = QVBoxLayout(self)
        _margins0(layout)
        layout.addWidget(self.check)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self._on_toggled)

    def _load(self) -> None:
        self.check.setChecked(bool(get_path(self.sheet, self.field.path)))

    def apply_phase(self, phase: str) -> None:
        super().apply_phase(phase)
        suffix = REQUIRED_SUFFIX if self.field.required(phase) else ""
        self.check.setText(self.field.label + suffix)

    def _on_toggled(self, checked: bool) -> None:
        if self._loading or self.sheet is None:
            return
        set_path(self.sheet, self.field.path, checked)
        self.notify()

    def set_read_only(self, read_only: bool) -> None:
        super().set_read_only(read_only)
        self.check.setEnabled(not read_only)
