"""Which button Enter presses in a dialog.

Qt makes every push button in a dialog an "auto-default" button: whichever has focus,
or the first one created when none has, takes Enter. That let Enter open a file
chooser in the verify dialog and mark a package delivered in the outbox. Dialogs call
`enter_presses` once their buttons exist, so Enter does the one thing the dialog is for.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


def enter_presses(container: QWidget, button: QPushButton | None) -> None:
    """Make Enter press `button` anywhere in `container` (None: no button takes Enter);
    every other push button in it takes Enter only by being clicked or given Space."""
    for other in container.findChildren(QPushButton):
        if other is not button:
            other.setAutoDefault(False)
            other.setDefault(False)
    if button is not None:
        button.setAutoDefault(True)
        button.setDefault(True)
