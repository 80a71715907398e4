"""No typed word lost: autosave while typing, shortcuts that never edit a field, two writers.

Real windows on real stores, real key events (pytest-qt)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from tests.ui.qt_helpers import field, window_editing

from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.autosave import AUTOSAVE_DELAY_MS
from prosjektark.ui.findings_panel import ACKNOWLEDGE_KEYS


def a_sheet(title: str = "Sykkelveg") -> Sheet:
    sheet = Sheet(profile="miljopakken")
    sheet.identification.title = title
    return sheet


def title_field(window) -> QLineEdit:
    """The title, with the cursor at its end (opening a sheet leaves it at the start)."""
    title = field(window, "identification.title", QLineEdit)
    title.end(False)
    return title


def reader_for(window) -> Store:
    return Store.open(window.store.db_path, window.store.attachments_dir)


# -- 1. autosave while typing ---------------------------------------------------------------


def test_steady_typing_is_saved_within_a_second(qtbot, catalog, tmp_path: Path) -> None:
    sheet = a_sheet("")
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    title = field(window, "identification.title", QLineEdit)
    title.setFocus()
    reader = reader_for(window)
    typed_at: list[float] = []
    text = "abcdefghijklmnopqrst"  # 20 keys at five a second: four seconds without a pause
    try:
        for char in text:
            qtbot.keyClick(title, char)
            typed_at.append(time.monotonic())
            qtbot.wait(200)
            saved = reader.load(sheet.id).identification.title
            now = time.monotonic()
            due = sum(1 for at in typed_at if now - at > 1.0)
            assert len(saved) >= due, f"{due} keys older than a second, {len(saved)} saved"
            assert text.startswith(saved)
    finally:
        reader.close()


def test_the_save_timer_is_not_pushed_back_by_each_key(qtbot, catalog, tmp_path: Path) -> None:
    window = window_editing(qtbot, catalog, tmp_path, a_sheet())
    title = field(window, "identification.title", QLineEdit)
    timer = window.autosaver._timer
    qtbot.keyClick(title, "x")
    assert timer.isActive()
    first = timer.remainingTime()
    qtbot.wait(150)
    qtbot.keyClick(title, "y")
    # A coarse timer may answer a little over its interval; what matters is that it ran on.
    assert timer.remainingTime() < first <= AUTOSAVE_DELAY_MS * 1.1


def test_a_failed_save_is_retried_without_a_new_edit(qtbot, catalog, tmp_path: Path) -> None:
    window = window_editing(qtbot, catalog, tmp_path, a_sheet())
    window.autosaver._retry.setInterval(50)
    real_save, calls = window.autosaver._save, []

    def full_disk_once(sheet):
        calls.append(sheet)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        return real_save(sheet)

    window.autosaver._save = full_disk_once
    title = field(window, "identification.title", QLineEdit)
    title.end(False)
    qtbot.keyClicks(title, " nord")
    qtbot.waitUntil(lambda: len(calls) >= 2 and not window.autosaver.dirty, timeout=3000)
    assert window.store.load(window.current_sheet().id).title == "Sykkelveg nord"


# -- 2. shortcuts ----------------------------------------------------------------------------

# The keys Qt's text widgets (QLineEdit, QTextEdit, QPlainTextEdit) take for editing in any of
# Qt's keyboard schemes (Windows, macOS, X11, KDE, GNOME; Qt docs, "Standard Shortcuts").
# The offscreen platform uses the Windows scheme, which lacks e.g. Ctrl+K (delete to end of
# line on X11), so the list is written out rather than read from this platform alone.
TEXT_EDITING_KEYS = {
    "Ctrl+Z", "Ctrl+Y", "Ctrl+Shift+Z", "Alt+Backspace", "Alt+Shift+Backspace",
    "Ctrl+X", "Ctrl+C", "Ctrl+V", "Ctrl+A", "Ctrl+K", "Ctrl+U", "Ctrl+Backspace", "Ctrl+Del",
    "Shift+Del", "Shift+Ins", "Ctrl+Ins", "Ctrl+Left", "Ctrl+Right", "Ctrl+Home", "Ctrl+End",
    "Ctrl+Shift+Left", "Ctrl+Shift+Right", "Ctrl+Shift+Home", "Ctrl+Shift+End", "Del",
    "Backspace", "Home", "End", "Return", "Enter", "Tab", "Ctrl+Return", "Shift+Return",
}  # fmt: skip
EDITING_STANDARD_KEYS = [
    "Undo", "Redo", "Cut", "Copy", "Paste", "SelectAll", "Delete", "Backspace",
    "DeleteEndOfLine", "DeleteStartOfWord", "DeleteEndOfWord", "DeleteCompleteLine",
    "MoveToNextWord", "MoveToPreviousWord", "MoveToStartOfLine", "MoveToEndOfLine",
    "MoveToStartOfDocument", "MoveToEndOfDocument", "SelectNextWord", "SelectPreviousWord",
    "SelectStartOfLine", "SelectEndOfLine", "InsertLineSeparator", "InsertParagraphSeparator",
]  # fmt: skip


def text_editing_keys() -> set[str]:
    keys = set(TEXT_EDITING_KEYS)
    for name in EDITING_STANDARD_KEYS:
        standard = getattr(QKeySequence.StandardKey, name)
        keys.update(k.toString() for k in QKeySequence.keyBindings(standard))
    return {QKeySequence(k).toString() for k in keys}


def test_no_shortcut_in_the_editor_is_a_key_text_fields_use(qtbot, catalog, tmp_path) -> None:
    window = window_editing(qtbot, catalog, tmp_path, a_sheet())
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    actions += window.editor_page.findings_panel.actions()
    actions += window.findChildren(type(window.act_new))
    clashes = {
        (action.text(), key.toString())
        for action in actions
        for key in action.shortcuts()
        if action.isEnabled() and key.toString() in text_editing_keys()
    }
    assert clashes == set()
    assert "Ctrl+K" not in {k.toString() for a in actions for k in a.shortcuts()}


def test_the_acknowledge_shortcut_works_from_the_field_and_leaves_its_text(
    qtbot, catalog, tmp_path
) -> None:
    sheet = a_sheet()
    sheet.identification.phase = "PU"
    sheet.cost.estimate_kind = "utredningsestimat"
    sheet.cost.std_dev_percent = Decimal("5")  # under the 30-50 % band: a warning
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    panel = window.editor_page.findings_panel
    assert panel.select_finding("cost.band.below", "cost.std_dev_percent")
    panel._activate(panel.tree.currentItem())  # as a click: the cursor goes to the field
    box = field(window, "cost.std_dev_percent", QLineEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    box.home(False)
    before = box.text()
    asked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, answer)
    key = QKeySequence(ACKNOWLEDGE_KEYS)[0]
    qtbot.keyClick(box, key.key(), key.keyboardModifiers())
    assert asked == ["Kvitter ut advarsel"]
    assert box.text() == before == "5"


# -- 4. two writers --------------------------------------------------------------------------


def conflicted_window(qtbot, catalog, tmp_path: Path, change):
    """A window editing "Felles ark" whose stored copy `change` has just changed elsewhere."""
    sheet = a_sheet("Felles ark")
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    other = reader_for(window)
    theirs = other.load(sheet.id)
    change(theirs)
    other.save_working_copy(theirs)
    other.close()
    return window, sheet


def test_a_conflict_never_takes_the_keys_being_typed(qtbot, catalog, tmp_path: Path) -> None:
    def purpose(theirs):
        theirs.description.purpose = "Skrevet i det andre vinduet"

    window, sheet = conflicted_window(qtbot, catalog, tmp_path, purpose)
    title = title_field(window)
    qtbot.keyClicks(title, " - mine")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=3000)
    # Letters that are Alt letters elsewhere, Space and Enter: all go into the field.
    qtbot.keyClicks(title, " lk")
    qtbot.keyClick(title, Qt.Key.Key_Space)
    qtbot.keyClick(title, Qt.Key.Key_Return)
    qtbot.wait(700)
    assert QApplication.activeModalWidget() is None
    assert title.text() == "Felles ark - mine lk "
    assert window.conflict_bar.isVisible() and window.autosaver.conflict is not None
    assert window.store.count() == 1
    assert window.store.load(sheet.id).description.purpose == "Skrevet i det andre vinduet"
    assert "endret et annet sted" in window.conflict_bar.label.text()
    qtbot.mouseClick(window.conflict_bar.copy_button, Qt.MouseButton.LeftButton)
    # The typed trailing blank is not stored (issue 13): one space before the suffix.
    assert window.current_sheet().title == "Felles ark - mine lk (mine endringer)"


def test_a_conflict_keeps_the_edits_as_a_copy(qtbot, catalog, tmp_path: Path) -> None:
    def purpose(theirs):
        theirs.description.purpose = "Skrevet i det andre vinduet"

    window, sheet = conflicted_window(qtbot, catalog, tmp_path, purpose)
    qtbot.keyClicks(title_field(window), " - mine")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=3000)
    qtbot.mouseClick(window.conflict_bar.copy_button, Qt.MouseButton.LeftButton)

    assert not window.conflict_bar.isVisible() and window.autosaver.conflict is None
    titles = {s.title: s.id for s in window.store.list_summaries()}
    assert set(titles) == {"Felles ark", "Felles ark - mine (mine endringer)"}
    original = window.store.load(sheet.id)
    assert original.description.purpose == "Skrevet i det andre vinduet"
    assert original.title == "Felles ark"
    # The copy is open and goes on autosaving.
    assert window.current_sheet().id == titles["Felles ark - mine (mine endringer)"]
    qtbot.keyClicks(title_field(window), "!")
    window.flush()
    assert window.store.load(window.current_sheet().id).title.endswith("endringer)!")


def test_a_conflict_can_reload_the_other_writers_sheet(qtbot, catalog, tmp_path) -> None:
    def retitle(theirs):
        theirs.identification.title = "Deres tittel"

    window, sheet = conflicted_window(qtbot, catalog, tmp_path, retitle)
    qtbot.keyClicks(title_field(window), "x")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=3000)
    qtbot.mouseClick(window.conflict_bar.reload_button, Qt.MouseButton.LeftButton)
    assert field(window, "identification.title", QLineEdit).text() == "Deres tittel"
    assert window.store.count() == 1 and not window.conflict_bar.isVisible()
    qtbot.keyClicks(title_field(window), "!")
    window.flush()
    assert window.store.load(sheet.id).title == "Deres tittel!"


def test_leaving_a_conflicted_sheet_asks_and_enter_keeps_the_edits(
    qtbot, catalog, tmp_path: Path
) -> None:
    def purpose(theirs):
        theirs.description.purpose = "Skrevet i det andre vinduet"

    window, sheet = conflicted_window(qtbot, catalog, tmp_path, purpose)
    qtbot.keyClicks(title_field(window), " - mine")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=3000)
    asked: list[str] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        asked.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    window.show_list()  # "← Alle ark"
    assert "endret et annet sted" in asked[0]
    titles = {s.title for s in window.store.list_summaries()}
    assert titles == {"Felles ark", "Felles ark - mine (mine endringer)"}
    assert window.store.load(sheet.id).description.purpose == "Skrevet i det andre vinduet"


def test_ctrl_shift_s_saves_the_edits_as_a_copy(qtbot, catalog, tmp_path: Path) -> None:
    def purpose(theirs):
        theirs.description.purpose = "Skrevet i det andre vinduet"

    window, _sheet = conflicted_window(qtbot, catalog, tmp_path, purpose)
    title = title_field(window)
    qtbot.keyClicks(title, " - mine")
    qtbot.waitUntil(lambda: window.conflict_bar.isVisible(), timeout=3000)
    qtbot.keyClick(
        title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.current_sheet().title == "Felles ark - mine (mine endringer)"
    assert window.store.count() == 2


def test_a_read_only_window_cannot_change_anything(qtbot, catalog, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.ui.main_window import MainWindow

    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = a_sheet("Bare for visning")
    store.create(sheet)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings, read_only=True)
    qtbot.addWidget(window)
    window.show()
    window.open_sheet(sheet.id)
    title = field(window, "identification.title", QLineEdit)
    assert title.isReadOnly()
    qtbot.keyClicks(title, "endring")
    window.flush()
    assert store.load(sheet.id).title == "Bare for visning"
    for action in window._writing_actions():
        assert not action.isEnabled(), action.text()
    assert window.findChild(type(window.saved_label), "readOnlyLabel").isVisible()
    banner = window.editor_page.editor.read_only_banner
    assert banner.isVisible() and "et annet Prosjektark-vindu" in banner.text()
    assert window.windowTitle().endswith("(skrivebeskyttet)")


@pytest.mark.parametrize("keys", ["Ctrl+K"])
def test_ctrl_k_is_no_longer_bound_to_acknowledging(keys: str) -> None:
    assert QKeySequence(ACKNOWLEDGE_KEYS) != QKeySequence(keys)
    assert Qt.Key.Key_K  # the letter stays: Kvitter


def test_the_acknowledge_key_finds_the_warning_of_the_field_in_focus(
    qtbot, catalog, tmp_path
) -> None:
    sheet = a_sheet()
    sheet.identification.phase = "PU"
    sheet.cost.estimate_kind = "utredningsestimat"
    sheet.cost.std_dev_percent = Decimal("5")
    window = window_editing(qtbot, catalog, tmp_path, sheet)
    window.editor_page.editor.focus_field("cost.std_dev_percent")
    box = field(window, "cost.std_dev_percent", QLineEdit)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    window.editor_page.findings_panel.tree.setCurrentItem(None)  # nothing selected
    asked = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, answer)
    key = QKeySequence(ACKNOWLEDGE_KEYS)[0]
    qtbot.keyClick(box, key.key(), key.keyboardModifiers())
    assert asked == ["Kvitter ut advarsel"]

    tree = window.editor_page.findings_panel.tree  # no field in focus, nothing selected
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree.setFocus()
    tree.setCurrentItem(None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tree)
    qtbot.keyClick(tree, key.key(), key.keyboardModifiers())
    assert "Ingen advarsel er valgt" in window.statusBar().currentMessage()
