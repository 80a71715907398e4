"""Finding widgets by object name and typing into them like a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def find(parent: QWidget, name: str, kind: type = QWidget):
    widget = parent.findChild(kind, name)
    assert widget is not None, f"no widget named {name}"
    return widget


def field(parent: QWidget, path: str, kind: type = QWidget):
    return find(parent, f"field:{path}", kind)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Types like a keyboard would; QTest only knows ASCII, so æøå and dashes go as key events."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )
