"""Tab and Shift+Tab in the editor follow the order the layouts show the widgets in.

Qt keeps one focus chain per window and appends every new widget at its end. The cost,
funding, goal, risk and milestone tables rebuild their rows while the editor lives, and
splicing the new rows back into the chain (Qt 6 moves a widget together with its focus
proxy) left the fields after a table, and the Forrige/Neste buttons, out of reach. So
the editor does not use the chain: it works out the next widget from its layouts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QWidget,
)

# Inputs Tab stops at as a whole (their inner line edits and viewports are theirs).
_INPUTS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def focus_targets(root: QWidget) -> list[QWidget]:
    """The inputs under `root` in the order their layouts place them: splitter panes in
    order, only the current page of a stacked widget, a scroll area's content."""
    found: list[QWidget] = []

    def visit_widget(widget: QWidget) -> None:
        if isinstance(widget, _INPUTS):
            found.append(widget)
        elif isinstance(widget, QStackedWidget):
            if widget.currentWidget() is not None:
                visit_widget(widget.currentWidget())
        elif isinstance(widget, QScrollArea):
            if widget.widget() is not None:
                visit_widget(widget.widget())
        elif isinstance(widget, QSplitter):
            for index in range(widget.count()):
                visit_widget(widget.widget(index))
        elif widget.layout() is not None:
            visit_layout(widget.layout())

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is not None:
                visit_widget(item.widget())
            elif item.layout() is not None:
                visit_layout(item.layout())

    visit_widget(root)
    return found


def takes_tab(widget: QWidget) -> bool:
    """Tab can stop at `widget` now (shown, enabled, accepting Tab focus)."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def move_focus(root: QWidget, forward: bool) -> bool:
    """Move the focus to the next (or previous) input under `root`, wrapping around.
    False when the focus is not on one of them (Qt's own order then applies)."""
    current = QApplication.focusWidget()
    targets = [w for w in focus_targets(root) if takes_tab(w)]
    index = next(
        (
            i
            for i, w in enumerate(targets)
            if current is not None and (w is current or w.isAncestorOf(current))
        ),
        None,
    )
    if index is None:
        return False
    target = targets[(index + (1 if forward else -1)) % len(targets)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(target)
    return True
