"""Which button Enter and Ctrl+Enter press in a dialog.

Qt lets the first push button it finds take Enter when a dialog names no default, and a
default set before the button belongs to the dialog is lost. That let Enter in a text
field open a file chooser in the verify dialog and mark a package delivered in the
outbox. Dialogs call `enter_presses` once their layout holds their buttons.

In a multi-line text box Enter is a new line, so dialogs with one call
`ctrl_enter_presses`: Ctrl+Enter (and Ctrl+Return) then accepts from anywhere in the
dialog, and the dialog says so (`CTRL_ENTER_TEXT` in a hint line or the button's tip).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QPushButton, QTextEdit, QWidget

CTRL_ENTER_TEXT = "Ctrl+Enter"


def enter_presses(container: QWidget, button: QPushButton | None) -> None:
    """Make Enter press `button` when the focus is not on a button (None: no button);
    a button that has the focus still takes Enter itself, as users expect."""
    for other in container.findChildren(QPushButton):
        if other is not button:
            other.setDefault(False)
    if button is not None:
        if button not in container.findChildren(QPushButton):
            raise ValueError("call enter_presses after the button is in the dialog's layout")
        button.setDefault(True)


def is_ctrl_enter(event: QKeyEvent) -> bool:
    """Ctrl with Return (main keyboard) or Enter (number pad), and no other modifier."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return mods == Qt.KeyboardModifier.ControlModifier and event.key() in (
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    )


class _CtrlEnterFilter(QObject):
    def __init__(self, dialog: QDialog, button: QPushButton) -> None:
        super().__init__(dialog)
        self.button = button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.KeyPress and is_ctrl_enter(event):  # type: ignore[arg-type]
            # Through the button: what it checks (a comment written, a choice made) holds.
            if self.button.isEnabled() and self.button.isVisible():
                self.button.click()
            return True
        return False


def ctrl_enter_presses(dialog: QDialog, button: QPushButton) -> None:
    """Make Ctrl+Enter and Ctrl+Return press `button` (when enabled) from anywhere in
    `dialog`, its multi-line text boxes included, and name the key in the button's tip.

    An event filter, not a shortcut: the text box sees the key before a shortcut would,
    and a shortcut only fires once the window system has made the dialog active. Call it
    once the dialog's text boxes and `button` are in its layout."""
    if button not in dialog.findChildren(QPushButton):
        raise ValueError("call ctrl_enter_presses after the button is in the dialog's layout")
    watcher = _CtrlEnterFilter(dialog, button)
    dialog.installEventFilter(watcher)  # keys the focused widget leaves to the dialog
    for box in [*dialog.findChildren(QPlainTextEdit), *dialog.findChildren(QTextEdit)]:
        box.installEventFilter(watcher)
    tip = button.toolTip()
    if CTRL_ENTER_TEXT not in tip:
        button.setToolTip(f"{tip} ({CTRL_ENTER_TEXT})" if tip else CTRL_ENTER_TEXT)
