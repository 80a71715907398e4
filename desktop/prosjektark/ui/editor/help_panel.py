"""The help beside the form: label, help text and source of the focused field, and what
the sheet's own programme says about it.

The form's help is programme-neutral (every programme shares the form); the programme's
own sentence for a field or checklist question is profile data (`Profile.help`). It is
looked up here, when the help is shown, from the profile of the field editor that holds
the focused widget, so the editors keep setting only the form's help and a sheet of
another programme shows its own text without rebuilding anything.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStyle, QVBoxLayout, QWidget

from prosjektark.domain.form import FormField
from prosjektark.domain.profile import Profile, Quote
from prosjektark.i18n import QT_TRANSLATE_NOOP
from prosjektark.ui import theme
from prosjektark.ui.editor.base import (
    HELP_SOURCE,
    HELP_TEXT,
    HELP_TITLE,
    FieldEditor,
    field_object_name,
)
from prosjektark.ui.qt_translations import translate

EMPTY_TEXT = QT_TRANSLATE_NOOP("help_panel", "Gå til et felt for å se hjelpeteksten for det.")
FIELD_HINT = QT_TRANSLATE_NOOP(
    "help_panel", "Gå til et felt i skjemaet for å se hjelpeteksten og kilden for det."
)
_INPUT_PREFIX = field_object_name("")
# Widths in the font's M: they follow the font size, so larger text is not cut off. The
# narrowest still holds a long compound word («handlingsprogrammet.», «Trafikksikkerhet»)
# on a line of its own; the usual width gives about forty characters a line.
SMALLEST_EMS = 16
USUAL_EMS = 22
MARGIN = 14


def _source_line(source: str) -> str:
    return translate("help_panel", "Kilde: {source}").format(source=source) if source else ""


def _smaller(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() - 1, 7))
    return small


def help_paths(field: FormField, input_path: str = "") -> list[str]:
    """The profile help keys for an input of `field`, most specific first: a checklist's
    question ("land_use.answers.zoning_status", also for its justification box), then
    the field itself (a checklist's own text covers the questions that have none)."""
    paths = []
    prefix = f"{field.path}.answers."
    if field.type == "checklist" and input_path.startswith(prefix):
        paths.append(prefix + input_path[len(prefix) :].split(".", 1)[0])
    paths.append(field.path)
    return paths


def programme_help(profile: Profile | None, field: FormField, input_path: str = "") -> Quote | None:
    """What `profile`'s programme says about `field` (or the question `input_path`)."""
    if profile is None:
        return None
    return next((profile.help[p] for p in help_paths(field, input_path) if p in profile.help), None)


def programme_help_text(profile: Profile | None, field: FormField, input_path: str = "") -> str:
    """The programme's text as one sentence for screen readers; "" when it has none."""
    quote = programme_help(profile, field, input_path)
    if quote is None or profile is None:
        return ""
    if quote.document:
        return translate("help_panel", "{programme}: «{text}» Kilde: {document}.").format(
            programme=profile.name, text=quote.text, document=quote.document
        )
    return f"{profile.name}: «{quote.text}»"


def help_of(widget: QWidget | None) -> tuple[str, str, str] | None:
    """The help properties of `widget` or its nearest ancestor that has them."""
    while widget is not None:
        title = widget.property(HELP_TITLE)
        if title:
            return title, widget.property(HELP_TEXT) or "", widget.property(HELP_SOURCE) or ""
        widget = widget.parentWidget()
    return None


def programme_help_of(widget: QWidget | None) -> tuple[str, Quote] | None:
    """(programme name, its text) for the input `widget`, from the sheet's profile that
    the enclosing field editor was loaded with; None outside a field editor or when the
    programme says nothing of the field."""
    input_path = ""
    while widget is not None:
        name = widget.objectName()
        if not input_path and name.startswith(_INPUT_PREFIX):
            input_path = name[len(_INPUT_PREFIX) :]
        if isinstance(widget, FieldEditor):
            quote = programme_help(widget.profile, widget.field, input_path)
            if quote is None or widget.profile is None:
                return None
            return widget.profile.name, quote
        widget = widget.parentWidget()
    return None


class HelpPanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.heading = QLabel(translate("help_panel", "Hjelp"), self)
        self.heading.setObjectName("helpHeading")
        theme.set_style(self.heading, "color: $muted_text;")
        self.title = QLabel(self)
        self.title.setObjectName("helpTitle")
        self.title.setWordWrap(True)
        self.text = self._text_label("helpText")
        self.hint = QLabel(translate("help_panel", FIELD_HINT), self)
        self.hint.setObjectName("helpHint")
        self.hint.setWordWrap(True)
        theme.set_style(self.hint, "color: $muted_text; font-style: italic;")
        self.hint.hide()
        self.source = self._source_label("helpSource")
        # The programme's own text: its name, the sentence and the document it is from.
        self.programme = QLabel(self)
        self.programme.setObjectName("helpProgramme")
        self.quote = self._text_label("helpProgrammeText")
        self.quote_source = self._source_label("helpProgrammeSource")

        content = QWidget()
        content.setObjectName("helpContent")
        content.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(MARGIN, 12, MARGIN, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.source)
        layout.addSpacing(6)
        layout.addWidget(self.programme)
        layout.addWidget(self.quote)
        layout.addWidget(self.quote_source)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        # A programme's sentences can be long: they scroll rather than being cut off.
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("helpScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Reached with F6 (not Tab), so the arrow keys and Page Up/Down scroll a long
        # text; a frame shows where the cursor is.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.scroll.setAccessibleName(translate("help_panel", "Hjelp"))
        self.scroll.setStyleSheet(
            "QScrollArea#helpScroll { border: 2px solid transparent; }"
            " QScrollArea#helpScroll:focus { border: 2px solid palette(highlight); }"
        )
        self.scroll.viewport().setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._fit_fonts()
        self.show_help("", translate("help_panel", EMPTY_TEXT), "")

    def _text_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return label

    def _source_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        theme.set_style(label, "color: $muted_text;")
        return label

    def _width_for(self, ems: int) -> int:
        """The panel's outer width for a text `ems` M wide: margins, frame, scroll bar."""
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        heading = QFontMetrics(self.title.font()).horizontalAdvance(self.heading.text())
        # The scroll area's focus frame: 2 px each side (its style sheet).
        return max(ems * em, heading) + 2 * MARGIN + 2 * self.frameWidth() + bar + 4

    def usual_width(self) -> int:
        return self._width_for(USUAL_EMS)

    def smallest_width(self) -> int:
        return self._width_for(SMALLEST_EMS)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.usual_width(), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.smallest_width(), super().minimumSizeHint().height())

    def _fit_fonts(self) -> None:
        """The labels' own sizes, relative to the panel's font (never fixed points)."""
        base = self.font()
        for label in (self.heading, self.source, self.quote_source):
            label.setFont(_smaller(base))
        title = QFont(base)
        title.setBold(True)
        self.programme.setFont(title)
        title = QFont(title)
        title.setPointSizeF(base.pointSizeF() + 1)
        self.title.setFont(title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_fonts()
            self.updateGeometry()

    def show_step(self, title: str, intro: str) -> None:
        """The step's own intro, with a pointer to the per-field help."""
        self.show_help(title, intro, "")
        self.hint.show()

    def show_help(
        self, title: str, text: str, source: str, programme: tuple[str, Quote] | None = None
    ) -> None:
        """The form's help of a field and, when given, (programme name, its own text)."""
        self.hint.hide()
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.source.setText(_source_line(source))
        self.source.setVisible(bool(source))
        name, quote = programme if programme else ("", None)
        self.programme.setText(name)
        self.programme.setVisible(quote is not None)
        self.quote.setText(f"«{quote.text}»" if quote else "")
        self.quote.setVisible(quote is not None)
        document = quote.document if quote else ""
        self.quote_source.setText(_source_line(document))
        self.quote_source.setVisible(bool(document))
        self.scroll.verticalScrollBar().setValue(0)

    def take_focus(self) -> None:
        """The cursor into the help (F6), where the arrow keys scroll it."""
        self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_for(self, widget: QWidget | None) -> bool:
        found = help_of(widget)
        if found is None:
            return False
        self.show_help(*found, programme=programme_help_of(widget))
        return True
