"""Colours and contrast (issue 13, item 14): every text the theme colours reaches WCAG 2.x's
4.5:1 in the light and the dark scheme, widgets drawn in the dark scheme really do, high
contrast hands the colours to the user's palette, and no UI file hard-codes a colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from prosjektark.ui import theme
from prosjektark.ui.theme import Role

AA_TEXT = 4.5
UI = Path(__file__).resolve().parents[2] / "desktop" / "prosjektark" / "ui"

# Files that still hold colour literals, converted by whoever owns them this round. The
# lead empties this list; a converted file must leave it (see the stale-entry test).
PENDING: set[str] = set()


# --------------------------------------------------------------------------- WCAG 2.x


def relative_luminance(colour: QColor | str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(value: int) -> float:
        s = value / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor | str, b: QColor | str) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_formula_matches_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's usual grey
    assert contrast("#b3261e", "#ffffff") == contrast("#ffffff", "#b3261e")


# --------------------------------------------------------------------------- the sets


def pairs_in(scheme: str) -> list[tuple[float, str, str]]:
    """(ratio, foreground, background) for every text pair the theme defines in `scheme`,
    including each text role on the scheme's Window, Base and AlternateBase."""
    colours, palette = theme.COLOURS[scheme], theme.PALETTES[scheme]
    found = [
        (contrast(colours[fg], colours[bg]), fg.value, bg.value) for fg, bg in theme.TEXT_PAIRS
    ]
    found += [
        (contrast(colours[fg], palette[bg]), fg.value, f"palette {bg}")
        for fg in theme.TEXT_ON_PALETTE
        for bg in ("Window", "Base", "AlternateBase")
    ]
    return sorted(found)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_every_text_pair_reaches_aa(scheme):
    found = pairs_in(scheme)
    lowest = found[0]
    print(f"{scheme}: lowest {lowest[0]:.2f}:1, {lowest[1]} on {lowest[2]}")
    too_low = [f"{r:.2f}:1 {fg} on {bg}" for r, fg, bg in found if r < AA_TEXT]
    assert not too_low, f"{scheme}: below {AA_TEXT}:1: {too_low}"


def test_every_role_is_checked_and_defined_in_both_sets():
    assert set(theme.COLOURS[theme.LIGHT]) == set(Role) == set(theme.COLOURS[theme.DARK])
    foregrounds = {fg for fg, _ in theme.TEXT_PAIRS} | set(theme.TEXT_ON_PALETTE)
    backgrounds = {bg for _, bg in theme.TEXT_PAIRS}
    for role in Role:
        if role.value.endswith("_text") or role in (Role.TEXT, Role.SYMBOL_GLYPH):
            assert role in foregrounds, f"{role} is never checked as text"
        if role.value.endswith("_background"):
            assert role in backgrounds, f"nothing checks text on {role}"


def test_the_two_sets_differ_where_it_matters():
    """The dark set is not the light one: text lighter than its tint, in every pair."""
    for fg, bg in theme.TEXT_PAIRS:
        if fg is Role.SYMBOL_GLYPH:
            continue
        light, dark = theme.COLOURS[theme.LIGHT], theme.COLOURS[theme.DARK]
        assert relative_luminance(light[fg]) < relative_luminance(light[bg]), (fg, bg)
        assert relative_luminance(dark[fg]) > relative_luminance(dark[bg]), (fg, bg)


# --------------------------------------------------------------------------- applied


@pytest.fixture
def scheme_in_use(request, qapp):
    theme.use_scheme(qapp, request.param)
    yield request.param
    theme.use_scheme(qapp, theme.SYSTEM)


PALETTE_TEXT = [
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
]


@pytest.mark.parametrize(
    "scheme_in_use", [theme.LIGHT, theme.DARK, theme.HIGH_CONTRAST], indirect=True
)
def test_text_on_the_palette_that_is_set(scheme_in_use):
    """The palette `use_scheme` sets is itself readable, and the theme's colours read on
    its Window, Base and AlternateBase as applied (not as listed)."""
    palette = QApplication.palette()
    assert theme.scheme() == scheme_in_use
    low = []
    for fg, bg in PALETTE_TEXT:
        r = contrast(
            palette.color(getattr(QPalette.ColorRole, fg)),
            palette.color(getattr(QPalette.ColorRole, bg)),
        )
        if r < AA_TEXT:
            low.append(f"{r:.2f}:1 palette {fg} on {bg}")
    for role in theme.TEXT_ON_PALETTE:
        for bg in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            r = contrast(theme.color(role), palette.color(bg))
            if r < AA_TEXT:
                low.append(f"{r:.2f}:1 {role.value} on {bg.name}")
    for fg, bg in theme.TEXT_PAIRS:
        r = contrast(theme.color(fg), theme.color(bg))
        if r < AA_TEXT:
            low.append(f"{r:.2f}:1 {fg.value} on {bg.value}")
    assert not low, low


@pytest.mark.parametrize("scheme_in_use", [theme.HIGH_CONTRAST], indirect=True)
def test_high_contrast_uses_the_palette_not_our_colours(scheme_in_use):
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    for role in Role:
        expected = base if role.value.endswith("_background") or role is Role.SYMBOL_GLYPH else text
        assert theme.color(role) == expected, role
    assert theme.style("color: $error_text; background: $error_box_background;") == (
        f"color: {text.name()}; background: {base.name()};"
    )


@pytest.mark.parametrize("scheme_in_use", [theme.DARK], indirect=True)
def test_a_change_of_scheme_restyles_what_is_shown(scheme_in_use, qtbot, qapp):
    label = QWidget()
    qtbot.addWidget(label)
    theme.set_style(label, "color: $error_text;")
    assert label.styleSheet() == f"color: {theme.COLOURS[theme.DARK][Role.ERROR_TEXT]};"
    other = QWidget()
    qtbot.addWidget(other)
    theme.set_style(other, "color: $muted_text;")
    other.setStyleSheet("color: palette(text);")  # set by someone else since: left alone
    theme.use_scheme(qapp, theme.LIGHT)
    assert label.styleSheet() == f"color: {theme.COLOURS[theme.LIGHT][Role.ERROR_TEXT]};"
    assert other.styleSheet() == "color: palette(text);"


def test_the_system_scheme_follows_the_palette_when_none_is_reported(qapp):
    """Offscreen reports no colour scheme: a dark application palette means dark colours."""
    assert qapp.styleHints().colorScheme() == Qt.ColorScheme.Unknown
    before = QPalette(qapp.palette())
    try:
        qapp.setPalette(theme.palette_for(theme.DARK))
        assert theme.scheme() == theme.DARK
        assert theme.css(Role.ERROR_TEXT) == theme.COLOURS[theme.DARK][Role.ERROR_TEXT]
        qapp.setPalette(theme.palette_for(theme.LIGHT))
        assert theme.scheme() == theme.LIGHT
    finally:
        qapp.setPalette(before)


def test_following_the_system_drops_a_scheme_set_by_hand(qapp):
    """As the app does at start: a scheme forced earlier no longer applies, the system's
    does (here a black palette without a high-contrast request: the dark set)."""
    theme.use_scheme(qapp, theme.HIGH_CONTRAST)
    try:
        assert theme.scheme() == theme.HIGH_CONTRAST
        theme.follow_system(qapp)
        assert theme.scheme() == theme.DARK
    finally:
        theme.use_scheme(qapp, theme.SYSTEM)
    assert theme.scheme() == theme.LIGHT


# --------------------------------------------------------------------------- real widgets


def drawn_background(widget: QWidget) -> QColor:
    """The colour actually painted just inside the widget's top-left corner."""
    window = widget.window()
    image = window.grab().toImage()
    at = widget.mapTo(window, QPoint(1, 1))
    return image.pixelColor(at.x() * image.devicePixelRatio(), at.y() * image.devicePixelRatio())


def label_text(widget: QWidget) -> QColor:
    widget.ensurePolished()  # a style sheet's colour lands in the polished palette
    return widget.palette().color(QPalette.ColorRole.WindowText)


def findings_acknowledged(qtbot, tmp_path, catalog):
    from prosjektark.domain.findings import Finding
    from prosjektark.ui.findings_panel import FINDING_ROLE, FindingsPanel

    warn = Finding("cost.band.below", "warning", "cost.x", "Under båndet.", step="kostnad")
    panel = FindingsPanel(step_titles={"kostnad": "Kostnad"})
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_findings([warn], {(warn.code, warn.field)})
    panel.tree.expandAll()
    item = panel.tree.topLevelItem(0).child(0).child(0)
    assert item.data(0, FINDING_ROLE) == warn
    panel.tree.clearSelection()
    rect = panel.tree.visualItemRect(item)
    image = panel.tree.viewport().grab().toImage()
    background = image.pixelColor(rect.right() - 2, rect.center().y())
    return item.foreground(0).color(), background


def acknowledge_hint(qtbot, tmp_path, catalog):
    from prosjektark.domain.findings import Finding
    from prosjektark.ui.findings_panel import AcknowledgeDialog

    dialog = AcknowledgeDialog(Finding("c", "warning", "f", "Advarsel.", step="s"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    hint = dialog.findChild(QWidget, "acknowledgeHint")
    return label_text(hint), drawn_background(hint)


def verify_invalid_banner(qtbot, tmp_path, catalog):
    from prosjektark.ui.signing.verify_dialog import VerifyDialog

    package = tmp_path / "ødelagt.asice"
    package.write_bytes(b"not a zip")
    dialog = VerifyDialog(package=package, trust=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.verify()
    assert dialog.result is not None and not dialog.result.valid
    return label_text(dialog.headline), drawn_background(dialog.headline)


def price_index_invalid_cell(qtbot, tmp_path, catalog):
    from prosjektark.ui.price_index_dialog import VALUE, PriceIndexDialog

    dialog = PriceIndexDialog(list(catalog.profiles.values()), tmp_path, current="miljopakken")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    item = dialog.table.item(0, VALUE)
    item.setText("x")  # the table checks itself on every change
    assert item.toolTip()  # marked invalid
    dialog.table.clearSelection()
    dialog.table.setCurrentItem(None)
    foreground = item.foreground()
    text = (
        foreground.color()
        if foreground.style() != Qt.BrushStyle.NoBrush
        else dialog.table.palette().color(QPalette.ColorRole.Text)
    )
    rect = dialog.table.visualItemRect(item)
    image = dialog.table.viewport().grab().toImage()
    return text, image.pixelColor(rect.left() + 3, rect.top() + 3)


PROBES = {
    "kvittert advarsel i funnpanelet": findings_acknowledged,
    "hint i kvitteringsdialogen": acknowledge_hint,
    "ugyldig-banner i verifiseringen": verify_invalid_banner,
    "ugyldig celle i prisindeksen": price_index_invalid_cell,
}


@pytest.mark.parametrize("scheme_in_use", [theme.DARK, theme.LIGHT], indirect=True)
@pytest.mark.parametrize("probe", list(PROBES))
def test_text_in_real_widgets_reads_against_what_is_drawn(
    scheme_in_use, probe, qtbot, tmp_path, catalog
):
    text, background = PROBES[probe](qtbot, tmp_path, catalog)
    ratio = contrast(text, background)
    assert ratio >= AA_TEXT, (
        f"{probe} ({scheme_in_use}): {text.name()} on {background.name()} is {ratio:.2f}:1"
    )


# --------------------------------------------------------------------------- no literals

LITERALS = [
    re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b"),
    re.compile(r"QColor\(\s*[\"'\d]"),
    re.compile(r"\brgba?\("),
    re.compile(
        r"Qt\.(?:GlobalColor\.)?(?:white|black|red|green|blue|cyan|magenta|yellow|gray|"
        r"darkGray|lightGray|dark(?:Red|Green|Blue|Cyan|Magenta|Yellow))\b"
    ),
    re.compile(
        r"(?:color|background(?:-color)?|border[\w-]*)\s*:[^;\"'{}]*\b(?:white|black|red|"
        r"green|blue|gr[ae]y|yellow|orange|silver|maroon|navy)\b",
        re.IGNORECASE,
    ),
]


def literals_in(path: Path) -> list[str]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        code = line.split("  # ", 1)[0] if not line.lstrip().startswith("#") else ""
        if any(p.search(code) for p in LITERALS):
            found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    return found


def test_no_colour_literal_outside_the_theme():
    found = []
    for path in sorted(UI.rglob("*.py")):
        name = path.relative_to(UI).as_posix()
        if name == "theme.py" or name in PENDING:
            continue
        found += literals_in(path)
    assert not found, "colours belong in ui/theme.py:\n" + "\n".join(found)


def test_the_scan_sees_a_literal():
    """The scan is not blind: today's kinds of literal are caught."""
    samples = [
        'label.setStyleSheet("color: #b3261e;")',
        'QColor("#e8eef7")',
        'p.setPen(QColor("white"))',
        "brush = QColor(255, 0, 0)",
        '"QLabel { color: white; }"',
        "item.setForeground(Qt.GlobalColor.darkRed)",
    ]
    for sample in samples:
        assert any(p.search(sample) for p in LITERALS), sample
    for fine in ('"#reviewBar { background: $notice_background; }"', "# a comment", 'f"#{name}"'):
        assert not any(p.search(fine) for p in LITERALS), fine


def test_the_pending_list_holds_only_files_with_literals():
    stale = [name for name in sorted(PENDING) if not literals_in(UI / name)]
    assert not stale, f"converted: remove from PENDING in this test: {stale}"
