"""Which button Enter presses in a dialog.

Qt lets the first push button it finds take Enter when a dialog names no default, and a
default set before the button belongs to the dialog is lost. That let Enter in a text
field open a file chooser in the verify dialog and mark a package delivered in the
outbox. Dialogs call `enter_presses` once their layout holds their buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


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
