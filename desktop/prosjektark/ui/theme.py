"""The colours of the user interface: one light and one dark set, chosen by the system.

Widgets ask for a colour by what it means (`Role.ERROR_TEXT`), never by value:

    label.setStyleSheet(theme.style("color: $error_text;"))   # a one-off style sheet
    theme.set_style(label, "color: $error_text;")              # ... kept right on a change
    item.setForeground(theme.brush(Role.MUTED_TEXT))
    f"<span style='color:{theme.css(Role.MUTED_TEXT)}'>…</span>"

Which set applies follows the system: the colour scheme it asks for, checked against the
palette the widgets are actually drawn with (offscreen and some X11 sessions report no
scheme, and a style may ignore it; text has to contrast with what is drawn). When the
system asks for high contrast, every role maps to a plain palette role (Text on Base), so
the user's own high-contrast colours win over ours.

Every text colour reaches WCAG's 4.5:1 against the backgrounds it is used on, in both
sets; `TEXT_PAIRS` lists those pairs and tests/ui/test_theme_contrast.py checks them.
"""

from __future__ import annotations

import enum
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

LIGHT = "light"
DARK = "dark"
HIGH_CONTRAST = "high-contrast"
SYSTEM = "system"


class Role(enum.StrEnum):
    """What a colour is for. The value is the name used in `style()` templates."""

    # Text on the window, a view's base or alternate base (and on PANEL_BACKGROUND).
    TEXT = "text"  # ordinary text, set together with a tinted background below
    MUTED_TEXT = "muted_text"  # hints, notes, secondary details, excluded rows
    ERROR_TEXT = "error_text"
    WARNING_TEXT = "warning_text"  # also «waiting» and remark marks
    OK_TEXT = "ok_text"
    INFO_TEXT = "info_text"
    # The glyph ("!", "i", "✓") drawn on a symbol filled with one of the *_TEXT colours.
    SYMBOL_GLYPH = "symbol_glyph"
    # A bar the user must act on (conflict, review, unsaved scenario).
    NOTICE_BACKGROUND = "notice_background"
    NOTICE_TEXT = "notice_text"
    NOTICE_BORDER = "notice_border"
    STALE_BACKGROUND = "stale_background"  # a newer revision exists (bar and table cell)
    # A softer box: read-only banner, a file problem, a remark shown in the form.
    CAUTION_BACKGROUND = "caution_background"
    CAUTION_TEXT = "caution_text"
    CAUTION_BORDER = "caution_border"
    FLAGGED_BACKGROUND = "flagged_background"  # a table cell that carries a flag
    # Information box (form version banner).
    INFO_BOX_BACKGROUND = "info_box_background"
    INFO_BOX_TEXT = "info_box_text"
    INFO_BOX_BORDER = "info_box_border"
    # Invalid input and failed checks (error field, invalid banner, problem lists).
    ERROR_BOX_BACKGROUND = "error_box_background"
    ERROR_BOX_TEXT = "error_box_text"
    ERROR_BOX_BORDER = "error_box_border"
    # Passed checks (valid signature banner).
    OK_BOX_BACKGROUND = "ok_box_background"
    OK_BOX_TEXT = "ok_box_text"
    OK_BOX_BORDER = "ok_box_border"
    # A neutral box set off from the window (workings, kept values, a message).
    PANEL_BACKGROUND = "panel_background"
    PANEL_TEXT = "panel_text"
    PANEL_BORDER = "panel_border"
    # Row tints in tables and trees, with TEXT on them.
    ADDED_BACKGROUND = "added_background"
    REMOVED_BACKGROUND = "removed_background"
    HEADING_BACKGROUND = "heading_background"
    CURRENT_BACKGROUND = "current_background"  # the current step's group of findings
    # Budget balance: over and within a frame.
    OVER_BACKGROUND = "over_background"
    OVER_TEXT = "over_text"
    UNDER_BACKGROUND = "under_background"
    UNDER_TEXT = "under_text"


R = Role
_LIGHT_COLOURS: dict[Role, str] = {
    R.TEXT: "#000000",
    R.MUTED_TEXT: "#555555",
    R.ERROR_TEXT: "#b3261e",
    R.WARNING_TEXT: "#8a5300",
    R.OK_TEXT: "#1b5e20",
    R.INFO_TEXT: "#1f5fa8",
    R.SYMBOL_GLYPH: "#ffffff",
    R.NOTICE_BACKGROUND: "#ffd479",
    R.NOTICE_TEXT: "#1f1f1f",
    R.NOTICE_BORDER: "#b07d00",
    R.STALE_BACKGROUND: "#fde2c8",
    R.CAUTION_BACKGROUND: "#fff4d6",
    R.CAUTION_TEXT: "#4a3500",
    R.CAUTION_BORDER: "#e0c36b",
    R.FLAGGED_BACKGROUND: "#fff4d6",
    R.INFO_BOX_BACKGROUND: "#e8f1fb",
    R.INFO_BOX_TEXT: "#0b3a66",
    R.INFO_BOX_BORDER: "#9cc2e8",
    R.ERROR_BOX_BACKGROUND: "#fdecea",
    R.ERROR_BOX_TEXT: "#5f1410",
    R.ERROR_BOX_BORDER: "#b3261e",
    R.OK_BOX_BACKGROUND: "#e6f4ea",
    R.OK_BOX_TEXT: "#0d3d12",
    R.OK_BOX_BORDER: "#1b5e20",
    R.PANEL_BACKGROUND: "#f4f4f4",
    R.PANEL_TEXT: "#303030",
    R.PANEL_BORDER: "#9a9a9a",
    R.ADDED_BACKGROUND: "#e3f4e6",
    R.REMOVED_BACKGROUND: "#fbe4e2",
    R.HEADING_BACKGROUND: "#eef1f4",
    R.CURRENT_BACKGROUND: "#e8eef7",
    R.OVER_BACKGROUND: "#f6c6c6",
    R.OVER_TEXT: "#7a0000",
    R.UNDER_BACKGROUND: "#d4edd4",
    R.UNDER_TEXT: "#114d11",
}

# Light text on dark tints: the same hues, so a colour means the same in both sets.
_DARK_COLOURS: dict[Role, str] = {
    R.TEXT: "#ececec",
    R.MUTED_TEXT: "#b4b4b4",
    R.ERROR_TEXT: "#ff8f85",
    R.WARNING_TEXT: "#f2b84b",
    R.OK_TEXT: "#7fcf8a",
    R.INFO_TEXT: "#8fb8f5",
    R.SYMBOL_GLYPH: "#141414",
    R.NOTICE_BACKGROUND: "#5e4500",
    R.NOTICE_TEXT: "#fff4d6",
    R.NOTICE_BORDER: "#c99a2e",
    R.STALE_BACKGROUND: "#5a3316",
    R.CAUTION_BACKGROUND: "#3b3018",
    R.CAUTION_TEXT: "#ffe3a3",
    R.CAUTION_BORDER: "#8a6d1f",
    R.FLAGGED_BACKGROUND: "#3b3018",
    R.INFO_BOX_BACKGROUND: "#14304d",
    R.INFO_BOX_TEXT: "#d2e6fc",
    R.INFO_BOX_BORDER: "#4a79a8",
    R.ERROR_BOX_BACKGROUND: "#4a1714",
    R.ERROR_BOX_TEXT: "#ffdad5",
    R.ERROR_BOX_BORDER: "#e0685d",
    R.OK_BOX_BACKGROUND: "#143a1d",
    R.OK_BOX_TEXT: "#cdf0d3",
    R.OK_BOX_BORDER: "#5ba868",
    R.PANEL_BACKGROUND: "#333333",
    R.PANEL_TEXT: "#e6e6e6",
    R.PANEL_BORDER: "#7a7a7a",
    R.ADDED_BACKGROUND: "#173b20",
    R.REMOVED_BACKGROUND: "#4a1c1a",
    R.HEADING_BACKGROUND: "#313842",
    R.CURRENT_BACKGROUND: "#243449",
    R.OVER_BACKGROUND: "#5c1a1a",
    R.OVER_TEXT: "#ffc9c9",
    R.UNDER_BACKGROUND: "#173d17",
    R.UNDER_TEXT: "#c2efc2",
}

COLOURS: dict[str, dict[Role, str]] = {LIGHT: _LIGHT_COLOURS, DARK: _DARK_COLOURS}

# The palettes `use_scheme` sets (Fusion), and the backgrounds text is checked against.
_LIGHT_PALETTE = {
    "Window": "#efefef",
    "WindowText": "#000000",
    "Base": "#ffffff",
    "AlternateBase": "#f7f7f7",
    "Text": "#000000",
    "Button": "#efefef",
    "ButtonText": "#000000",
    "BrightText": "#ffffff",
    "Light": "#ffffff",
    "Midlight": "#cacaca",
    "Mid": "#b8b8b8",
    "Dark": "#9f9f9f",
    "Shadow": "#767676",
    "Highlight": "#2a6fb0",  # Fusion's #308cc6 gives white text only 3.7:1
    "HighlightedText": "#ffffff",
    "Link": "#0b57d0",
    "LinkVisited": "#7b1fa2",
    "ToolTipBase": "#ffffdc",
    "ToolTipText": "#000000",
    "PlaceholderText": "#6b6b6b",
}
_DARK_PALETTE = {
    "Window": "#2b2b2b",
    "WindowText": "#ececec",
    "Base": "#1f1f1f",
    "AlternateBase": "#282828",
    "Text": "#ececec",
    "Button": "#383838",
    "ButtonText": "#ececec",
    "BrightText": "#ffffff",
    "Light": "#505050",
    "Midlight": "#424242",
    "Mid": "#2f2f2f",
    "Dark": "#1a1a1a",
    "Shadow": "#000000",
    "Highlight": "#2a62b8",
    "HighlightedText": "#ffffff",
    "Link": "#8fb8f5",
    "LinkVisited": "#c9a3f5",
    "ToolTipBase": "#3a3a3a",
    "ToolTipText": "#ececec",
    "PlaceholderText": "#9a9a9a",
}
# Black and white with a bright selection, as the common high-contrast schemes.
_HIGH_CONTRAST_PALETTE = {
    "Window": "#000000",
    "WindowText": "#ffffff",
    "Base": "#000000",
    "AlternateBase": "#000000",
    "Text": "#ffffff",
    "Button": "#000000",
    "ButtonText": "#ffffff",
    "BrightText": "#ffff00",
    "Light": "#ffffff",
    "Midlight": "#ffffff",
    "Mid": "#ffffff",
    "Dark": "#ffffff",
    "Shadow": "#ffffff",
    "Highlight": "#1aebff",
    "HighlightedText": "#000000",
    "Link": "#ffff00",
    "LinkVisited": "#ffff00",
    "ToolTipBase": "#000000",
    "ToolTipText": "#ffffff",
    "PlaceholderText": "#c0c0c0",
}
PALETTES: dict[str, dict[str, str]] = {
    LIGHT: _LIGHT_PALETTE,
    DARK: _DARK_PALETTE,
    HIGH_CONTRAST: _HIGH_CONTRAST_PALETTE,
}

# Where text is drawn with a foreground role on a background role (beyond each *_TEXT
# role on the window, base and alternate base). Tests hold every pair to 4.5:1.
_ON_WINDOW = (R.MUTED_TEXT, R.ERROR_TEXT, R.WARNING_TEXT, R.OK_TEXT, R.INFO_TEXT)
TEXT_PAIRS: tuple[tuple[Role, Role], ...] = (
    (R.MUTED_TEXT, R.PANEL_BACKGROUND),  # inside the kept-values box
    (R.WARNING_TEXT, R.PANEL_BACKGROUND),
    *((R.SYMBOL_GLYPH, shape) for shape in _ON_WINDOW),
    (R.NOTICE_TEXT, R.NOTICE_BACKGROUND),
    (R.NOTICE_TEXT, R.STALE_BACKGROUND),
    (R.CAUTION_TEXT, R.CAUTION_BACKGROUND),
    (R.INFO_BOX_TEXT, R.INFO_BOX_BACKGROUND),
    (R.ERROR_BOX_TEXT, R.ERROR_BOX_BACKGROUND),
    (R.OK_BOX_TEXT, R.OK_BOX_BACKGROUND),
    (R.PANEL_TEXT, R.PANEL_BACKGROUND),
    (R.TEXT, R.FLAGGED_BACKGROUND),
    (R.TEXT, R.STALE_BACKGROUND),
    (R.MUTED_TEXT, R.FLAGGED_BACKGROUND),  # an excluded row that carries a flag
    (R.MUTED_TEXT, R.STALE_BACKGROUND),
    (R.TEXT, R.ADDED_BACKGROUND),
    (R.TEXT, R.REMOVED_BACKGROUND),
    (R.TEXT, R.HEADING_BACKGROUND),
    (R.TEXT, R.CURRENT_BACKGROUND),
    (R.OVER_TEXT, R.OVER_BACKGROUND),
    (R.UNDER_TEXT, R.UNDER_BACKGROUND),
)
# Foregrounds drawn straight on the palette's Window, Base and AlternateBase.
TEXT_ON_PALETTE: tuple[Role, ...] = (R.TEXT, *_ON_WINDOW, R.OVER_TEXT, R.UNDER_TEXT)

# In high contrast every colour is the palette's: backgrounds are Base, the rest Text.
_HIGH_CONTRAST_ROLES = {
    role: QPalette.ColorRole.Base
    if role.value.endswith("_background") or role is R.SYMBOL_GLYPH
    else QPalette.ColorRole.Text
    for role in Role
}

_TEMPLATE_PROPERTY = "themeStyleTemplate"
_APPLIED_PROPERTY = "themeStyleApplied"


class _State:
    forced: str | None = None  # set by use_scheme
    current: str | None = None  # the system's scheme, until something changes
    watching: object | None = None  # the application whose signals are connected
    saved: tuple[str, QPalette] | None = None  # style and palette before use_scheme
    # Caches for the scheme that applies now (models ask for colours on every paint).
    colours: dict[Role, QColor] | None = None
    styles: dict[str, str] = {}  # template -> style sheet


def scheme() -> str:
    """LIGHT, DARK or HIGH_CONTRAST: which colours apply now."""
    if _State.forced is not None:
        return _State.forced
    _watch()
    if _State.current is None:
        _State.current = _system_scheme()
    return _State.current


def color(role: Role | str) -> QColor:
    """The colour for `role` in the scheme that applies now."""
    return QColor(_colours()[Role(role)])


def css(role: Role | str) -> str:
    """The colour for `role` as "#rrggbb", for style sheets and rich text."""
    return _colours()[Role(role)].name()


def brush(role: Role | str) -> QBrush:
    return QBrush(_colours()[Role(role)])


def style(template: str) -> str:
    """A style sheet with every `$role` (e.g. `$error_text`) replaced by its colour."""
    sheet = _State.styles.get(template)
    if sheet is None or _State.colours is None:
        names = {role.value: value.name() for role, value in _colours().items()}
        sheet = _State.styles[template] = Template(template).substitute(names)
    return sheet


def set_style(widget: QWidget, template: str) -> None:
    """Sets `style(template)` on the widget, and sets it again when the scheme changes
    (unless something else has set the widget's style sheet since). Only what changed is
    set: a style sheet set again re-polishes the widget and lays out its window."""
    sheet = style(template) if template else ""
    widget.setProperty(_TEMPLATE_PROPERTY, template or None)
    widget.setProperty(_APPLIED_PROPERTY, sheet or None)
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def follow_system(app: QGuiApplication) -> None:
    """Colours follow the system's scheme and contrast setting, also when they change
    while the program runs (style sheets set with `set_style`, and whatever a model or
    widget asks for when it next paints)."""
    _State.forced = None
    _watch(app)
    _changed()


def use_scheme(app: QApplication, name: str) -> None:
    """Draws the application in LIGHT, DARK or HIGH_CONTRAST with Fusion and our palette
    whatever the system says (tests and screenshots), or SYSTEM to undo that."""
    if name == SYSTEM:
        _State.forced = None
        if _State.saved is not None:
            style_name, palette = _State.saved
            _State.saved = None
            app.setStyle(style_name)
            app.setPalette(palette)
    elif name in PALETTES:
        if _State.saved is None:
            _State.saved = (app.style().name(), QPalette(app.palette()))
        _State.forced = name
        app.setStyle("Fusion")
        app.setPalette(palette_for(name))
    else:
        raise ValueError(f"unknown colour scheme {name!r}")
    _changed()


def _colours() -> dict[Role, QColor]:
    colours = _State.colours
    if colours is None:
        current = scheme()
        if current == HIGH_CONTRAST:
            palette = QGuiApplication.palette()
            colours = {role: palette.color(_HIGH_CONTRAST_ROLES[role]) for role in Role}
        else:
            colours = {role: QColor(value) for role, value in COLOURS[current].items()}
        if _State.forced is not None or _State.watching is not None:
            # Kept only while a change would clear it: before there is an application,
            # nothing tells us when its palette arrives.
            _State.colours = colours
            _State.styles = {}
    return colours


def palette_for(name: str) -> QPalette:
    """The Fusion palette `use_scheme` sets for LIGHT, DARK or HIGH_CONTRAST."""
    colours = PALETTES[name]
    palette = QPalette()
    for role_name, value in colours.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(value))
    disabled = QColor(colours["PlaceholderText"])
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def _system_scheme() -> str:
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if (
        accessibility is not None
        and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    ):
        return HIGH_CONTRAST
    palette_dark = QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    asked = hints.colorScheme()
    if asked == Qt.ColorScheme.Dark and palette_dark:
        return DARK
    if asked == Qt.ColorScheme.Light and not palette_dark:
        return LIGHT
    # No scheme reported, or a style that draws the other one: our text sits on what is
    # drawn, so the palette decides.
    return DARK if palette_dark else LIGHT


def _watch(app: QGuiApplication | None = None) -> None:
    app = app or QGuiApplication.instance()
    if app is None or _State.watching is app:
        return
    _State.watching = app
    _State.current = None
    hints = app.styleHints()
    hints.colorSchemeChanged.connect(_changed)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(_changed)
    app.paletteChanged.connect(_changed)


def _changed(*_args: object) -> None:
    _State.current = None
    _State.colours = None
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for widget in app.allWidgets():
        template = widget.property(_TEMPLATE_PROPERTY)
        if template and widget.styleSheet() == widget.property(_APPLIED_PROPERTY):
            set_style(widget, template)
