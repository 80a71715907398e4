"""Tab reaches every input of every step, in the order the page shows them, also after
table rows are added (rebuilt rows used to leave the fields below a table unreachable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from qt_helpers import window_editing

from prosjektark.domain.examples import example_sheets
from prosjektark.ui.editor.tab_order import focus_targets
from prosjektark.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, catalog, tmp_path) -> MainWindow:
    sheet = max(example_sheets(catalog), key=lambda s: len(s.cost.items))
    return window_editing(qtbot, catalog, tmp_path, sheet)


def tab_cycle(qtbot, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab from `start` until the focus comes back to it; the widgets it visited."""
    start.setFocus()
    seen: list[QWidget] = []
    for _ in range(300):
        current = QApplication.focusWidget()
        seen.append(current)
        qtbot.keyClick(current, key)
        if QApplication.focusWidget() is start:
            return seen
    raise AssertionError("Tab never came back to where it started")


def page_inputs(window: MainWindow, step: str) -> list[QWidget]:
    page = window.editor_page.editor.pages[step]
    return [
        w
        for w in focus_targets(page)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def test_tab_reaches_every_input_of_every_step_in_page_order(qtbot, window, catalog) -> None:
    editor = window.editor_page.editor
    for step in catalog.form.steps:
        editor.show_step(step.id)
        expected = page_inputs(window, step.id)
        visited = tab_cycle(qtbot, editor.navigator)
        on_page = [w for w in visited if w in expected]
        assert on_page == expected, step.id
        assert editor.previous_button in visited or not editor.previous_button.isEnabled()
        assert editor.next_button in visited or not editor.next_button.isEnabled()
        # Shift+Tab goes the same way back.
        back = tab_cycle(qtbot, editor.navigator, Qt.Key.Key_Backtab)
        assert [w for w in back if w in expected] == list(reversed(expected)), step.id


def test_fields_after_a_table_stay_reachable_when_rows_are_added(qtbot, window) -> None:
    editor = window.editor_page.editor
    editor.show_step("kostnad")
    add = editor.pages["kostnad"].findChild(QWidget, "add:cost.items")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    expected = page_inputs(window, "kostnad")
    notes = editor.pages["kostnad"].findChild(QWidget, "field:cost.notes")
    assert notes in expected
    visited = tab_cycle(qtbot, editor.navigator)
    assert [w for w in visited if w in expected] == expected
    assert visited.index(notes) < visited.index(editor.next_button)
