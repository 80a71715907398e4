"""The editor's layout on the screens municipal laptops and offices have (issue 13, item 8,
and item 14's large fonts): at 1280×720 the form has room and the step list fits without
scrolling; at 1920×1080 the text fields use the width; the step list, the help and the
findings can be hidden and shown again from the keyboard, and the choice is kept; at 1.75×
font size nothing in the step list or the help is cut off."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from qt_helpers import field, window_editing

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.store.repository import Store
from prosjektark.ui.editor.step_navigator import PAD, StepNavigator
from prosjektark.ui.editor_page import (
    TOGGLE_FINDINGS_KEYS,
    TOGGLE_HELP_KEYS,
    TOGGLE_STEPS_KEYS,
    EditorPage,
)
from prosjektark.ui.main_window import MainWindow

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LAPTOP = (1280, 720)
LAPTOP_MAXIMISED = (1280, 660)  # a maximised window: title bar and task bar taken off
OFFICE = (1920, 1080)


def settle() -> None:
    """Splitters and word-wrapped labels settle over a few passes of the event loop."""
    for _ in range(4):
        QApplication.processEvents()


@pytest.fixture
def window(qtbot, catalog, tmp_path) -> MainWindow:
    return window_editing(qtbot, catalog, tmp_path, example_sheets(catalog)[0])


def at_size(window: QWidget, size: tuple[int, int]) -> EditorPage:
    window.resize(*size)
    settle()
    return window.editor_page


def form_height(page: EditorPage) -> int:
    """The height the step's fields are seen in (the step page's viewport)."""
    return page.editor.stack.currentWidget().viewport().height()


def rows_cut_off(navigator: StepNavigator) -> list[str]:
    """The steps whose row is not wholly inside the list's visible area."""
    view = navigator.viewport().rect()
    return [
        navigator.item(row).text()
        for row in range(navigator.count())
        if not view.contains(navigator.visualItemRect(navigator.item(row)))
    ]


def key(qtbot, keys: str) -> None:
    """`keys` ("Ctrl+Shift+H") pressed wherever the cursor is."""
    letter = keys.rsplit("+", 1)[1]
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the focus"
    qtbot.keyClick(target, Qt.Key(ord(letter)), CTRL_SHIFT)


# ---------------------------------------------------------------- 1280×720 and 1920×1080
def test_at_1280x720_the_form_has_room_and_every_step_is_in_view(window) -> None:
    page = at_size(window, LAPTOP)
    assert form_height(page) >= 480
    navigator = page.editor.navigator
    assert not navigator.verticalScrollBar().isVisible()
    assert rows_cut_off(navigator) == []
    # The findings stay in sight below the form, with their counts and a few rows.
    findings = page.findings_panel
    assert findings.isVisible()
    assert findings.tree.viewport().height() >= 2 * findings.tree.fontMetrics().lineSpacing()


def test_a_maximised_window_on_a_1280x720_screen_shows_every_step(window) -> None:
    page = at_size(window, LAPTOP_MAXIMISED)
    navigator = page.editor.navigator
    assert not navigator.verticalScrollBar().isVisible()
    assert rows_cut_off(navigator) == []
    assert form_height(page) >= 420


def test_at_1920x1080_the_text_fields_use_the_width(window) -> None:
    page = at_size(window, OFFICE)
    editor = page.editor
    step = editor.stack.currentWidget()
    room = step.viewport().width()
    for path, kind in (
        ("identification.title", QLineEdit),
        ("identification.summary", QPlainTextEdit),
    ):
        box = field(editor, path, kind)
        assert box.width() > 1000, path
        assert box.width() >= 0.75 * room, (path, box.width(), room)
    editor.show_step("beskrivelse")
    settle()
    purpose = field(editor, "description.purpose", QPlainTextEdit)
    assert purpose.width() > 1000


def test_at_1280x720_the_text_fields_fill_the_form(window) -> None:
    page = at_size(window, LAPTOP)
    step = page.editor.stack.currentWidget()
    title = field(page.editor, "identification.title", QLineEdit)
    assert title.width() >= step.viewport().width() - 60  # the page's margins only


def test_the_width_a_text_field_stops_at_follows_the_font(window) -> None:
    """A reading maximum in characters: larger text may be wider before it stops."""
    page = at_size(window, (2560, 1080))
    title = field(page.editor, "identification.title", QLineEdit)
    em = QFontMetrics(title.font()).horizontalAdvance("M")
    assert 90 * em <= title.width() <= 130 * em


# ---------------------------------------------------------------- panes hidden and shown
def test_help_steps_and_findings_hide_and_come_back_by_keyboard(qtbot, window) -> None:
    page = at_size(window, LAPTOP)
    editor = page.editor
    title = field(editor, "identification.title", QLineEdit)
    title.setFocus()
    width, height = title.width(), form_height(page)

    key(qtbot, TOGGLE_HELP_KEYS)
    settle()
    assert not editor.help_panel.isVisible()
    assert title.width() > width
    assert title.hasFocus()
    assert editor.help_panel not in page.panes()  # F6 passes it by

    key(qtbot, TOGGLE_STEPS_KEYS)
    settle()
    assert not editor.navigator.isVisible()
    assert editor.navigator not in page.panes()
    key(qtbot, TOGGLE_FINDINGS_KEYS)
    settle()
    assert not page.findings_panel.isVisible()
    assert form_height(page) > height
    assert page.findings_panel not in page.panes()
    qtbot.keyClick(title, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step() == "beskrivelse"  # the steps are still a key away

    for keys in (TOGGLE_HELP_KEYS, TOGGLE_STEPS_KEYS, TOGGLE_FINDINGS_KEYS):
        key(qtbot, keys)
    settle()
    assert editor.help_panel.isVisible() and editor.help_panel.width() > 100
    assert editor.navigator.isVisible() and rows_cut_off(editor.navigator) == []
    assert page.findings_panel.isVisible() and page.findings_panel.height() > 50
    assert [a.isChecked() for a in page.pane_actions()] == [True, True, True]


def test_hiding_the_pane_with_the_cursor_puts_it_in_the_form(qtbot, window) -> None:
    page = at_size(window, LAPTOP)
    page.editor.navigator.setFocus()
    key(qtbot, TOGGLE_STEPS_KEYS)
    focus = QApplication.focusWidget()
    assert focus is not None and page.editor.stack.isAncestorOf(focus)


def test_a_pane_dragged_shut_is_hidden_and_unticked(window) -> None:
    page = at_size(window, LAPTOP)
    editor = page.editor
    splitter = editor.panes_splitter
    splitter.moveSplitter(splitter.width(), 2)  # the help's handle to the right edge
    settle()
    assert not editor.help_panel.isVisible()
    assert not page.pane_actions()[1].isChecked()
    assert editor.help_panel not in page.panes()
    page.splitter.moveSplitter(page.splitter.height(), 1)  # the findings' handle down
    settle()
    assert not page.findings_panel.isVisible()
    assert not page.pane_actions()[2].isChecked()
    page.pane_actions()[2].trigger()
    settle()
    assert page.findings_panel.isVisible() and page.findings_panel.height() > 50


def test_the_panes_shown_and_their_sizes_are_kept_for_the_next_time(
    qtbot, catalog, tmp_path
) -> None:
    sheet = example_sheets(catalog)[0]
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    page = at_size(window, LAPTOP)
    field(page.editor, "identification.title", QLineEdit).setFocus()
    key(qtbot, TOGGLE_HELP_KEYS)
    splitter = page.editor.panes_splitter
    sizes = splitter.sizes()
    splitter.moveSplitter(sizes[0] + 40, 1)  # the step list dragged wider
    wider = page.editor.navigator.width()
    window.close()
    window.store.close()

    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    again = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    again.open_sheet(sheet.id)
    page = at_size(again, LAPTOP)
    assert not page.editor.help_panel.isVisible()
    assert page.editor.navigator.width() == wider
    assert page.pane_actions()[1].isChecked() is False


def test_a_state_saved_by_an_older_version_is_ignored(qtbot, catalog) -> None:
    """The old state held only the findings' height, chosen for a taller window."""
    from PySide6.QtWidgets import QSplitter

    old = QSplitter(Qt.Orientation.Vertical)
    old.addWidget(QWidget())
    old.addWidget(QWidget())
    old.setSizes([520, 220])
    page = EditorPage(catalog, None)
    qtbot.addWidget(page)
    assert page.splitter.restoreState(old.saveState()) is False
    assert all(a.isChecked() for a in page.pane_actions())


# ---------------------------------------------------------------- 1.75× font size
@pytest.fixture
def large_font(qtbot):
    app = QApplication.instance()
    normal = QFont(app.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 1.75)
    app.setFont(large)
    yield large
    app.setFont(normal)


def words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text) if w]


def test_at_175_font_size_no_step_title_or_status_is_cut_off(
    qtbot, catalog, tmp_path, large_font
) -> None:
    window = window_editing(qtbot, catalog, tmp_path, example_sheets(catalog)[0])
    page = at_size(window, LAPTOP)
    navigator = page.editor.navigator
    for step in page.catalog.form.steps:  # the longest lines a step can have
        navigator.set_status(step.id, "12 mangler", False)
        navigator.set_mark(step.id, "warning")
        navigator.set_remarks(step.id, 12, True)
    settle()
    title_font = QFont(navigator.font())
    title_font.setBold(True)
    small = QFont(navigator.font())
    small.setPointSizeF(max(small.pointSizeF() - 1, 7))
    big, little = QFontMetrics(title_font), QFontMetrics(small)
    room = navigator.viewport().width() - 2 * PAD - 2
    line = navigator.fontMetrics().lineSpacing()
    for row in range(navigator.count()):
        item = navigator.item(row)
        rect = navigator.visualItemRect(item)
        assert rect.width() >= navigator.viewport().width(), item.text()
        for word in words(item.text()):
            assert big.horizontalAdvance(word) <= room, (word, room)
        status = "12 mangler   ▲ advarsel"
        assert little.horizontalAdvance(status) <= room, room
        assert little.horizontalAdvance("✎ 12 ubesvarte merknader") <= room, room
        wrapped = big.boundingRect(
            QRect(0, 0, room, 10000), int(Qt.TextFlag.TextWordWrap), item.text()
        ).height()
        assert wrapped + 2 * line <= rect.height() - 2 * PAD, item.text()


def test_at_175_font_size_no_help_text_is_cut_off(qtbot, catalog, tmp_path, large_font) -> None:
    window = window_editing(qtbot, catalog, tmp_path, example_sheets(catalog)[0])
    page = at_size(window, LAPTOP)
    editor = page.editor
    panel = editor.help_panel
    view = panel.scroll.viewport()
    labels = [
        panel.heading,
        panel.title,
        panel.text,
        panel.source,
        panel.programme,
        panel.quote,
        panel.quote_source,
        panel.hint,
    ]
    inputs: list[QWidget | None] = [None]  # None: a step's own intro
    inputs += [e.focus_target() for e in editor.editors.values()]
    for widget in inputs:
        if widget is None:
            step = editor.form.steps[0]
            panel.show_step(step.title, step.intro)
        else:
            assert panel.show_for(widget), widget.objectName()
        panel.scroll.widget().layout().activate()
        settle()
        for label in labels:
            if label.isHidden() or not label.text():
                continue
            metrics = QFontMetrics(label.font())
            inside = label.contentsRect().width()
            right = label.mapTo(view, QPoint(label.width(), 0)).x()
            assert right <= view.width(), (label.objectName(), right, view.width())
            for word in words(label.text()):
                assert metrics.horizontalAdvance(word) <= inside, (word, inside)
