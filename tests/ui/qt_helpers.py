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


def window_editing(qtbot, catalog, folder, sheet):
    """A main window on a fresh store in `folder`, shown, with `sheet` open in the editor."""
    from PySide6.QtCore import QSettings

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.store.repository import Store
    from prosjektark.ui.main_window import MainWindow

    store = Store.open(folder / "db.sqlite3", folder / "vedlegg")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    return window
