"""The main window on a real store: fill in by keyboard, autosave, reopen, bin, crash dialog."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QPlainTextEdit
from qt_helpers import field, type_text

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import EDITOR_PAGE, LIST_PAGE, MainWindow
from signing_helpers import acknowledge_warnings


@pytest.fixture
def db(tmp_path):
    return tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg"


def open_window(qtbot, catalog, db, tmp_path) -> MainWindow:
    store = Store.open(*db)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def pick_miljopakken(monkeypatch, catalog):
    names = [f"{p.name} ({p.area})" for p in catalog.profiles.values()]
    choice = next(n for n in names if n.startswith("Miljøpakken"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (choice, True))


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an entry with the keyboard: focus, then arrow down until it is current."""
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} not in combo")


def test_fill_in_by_keyboard_autosave_and_reopen(qtbot, catalog, db, tmp_path, pick_miljopakken):
    window = open_window(qtbot, catalog, db, tmp_path)
    window.new_sheet()
    assert window.stack.currentIndex() == EDITOR_PAGE
    editor = window.editor_page.editor

    type_text(
        qtbot, field(editor, "identification.title", QLineEdit), "Sykkelveg Elgeseter – ærlig"
    )
    type_text(qtbot, field(editor, "identification.summary", QPlainTextEdit), "Kort om tiltaket.")
    choose(qtbot, field(editor, "identification.phase", QComboBox), "Detaljplanlegging (DP)")
    choose(qtbot, field(editor, "identification.action_area", QComboBox), "Sykkel")
    type_text(qtbot, field(editor, "identification.contact_name", QLineEdit), "Kari Nordmann")
    editor.show_step("beskrivelse")
    type_text(qtbot, field(editor, "description.purpose", QPlainTextEdit), "Trygg sykkelveg.")
    editor.show_step("kostnad")
    type_text(qtbot, field(editor, "cost.expected_cost_mnok", QLineEdit), "12,5")
    type_text(qtbot, field(editor, "cost.std_dev_percent", QLineEdit), "25")
    choose(qtbot, field(editor, "cost.estimate_kind", QComboBox), "Styringsmål")

    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        pass
    assert "Sist lagret" in window.saved_label.text()
    sheet_id = editor.sheet().id
    window.close()
    window.store.close()

    # A new window on the same database finds every value.
    again = open_window(qtbot, catalog, db, tmp_path)
    (row,) = again.store.list_summaries()
    assert row.title == "Sykkelveg Elgeseter – ærlig"
    assert row.phase == "DP"
    again.open_sheet(sheet_id)
    editor = again.editor_page.editor
    assert field(editor, "identification.title", QLineEdit).text() == "Sykkelveg Elgeseter – ærlig"
    assert (
        field(editor, "identification.summary", QPlainTextEdit).toPlainText() == "Kort om tiltaket."
    )
    assert (
        field(editor, "identification.phase", QComboBox).currentText() == "Detaljplanlegging (DP)"
    )
    assert field(editor, "identification.action_area", QComboBox).currentText() == "Sykkel"
    assert field(editor, "identification.contact_name", QLineEdit).text() == "Kari Nordmann"
    assert field(editor, "description.purpose", QPlainTextEdit).toPlainText() == "Trygg sykkelveg."
    assert field(editor, "cost.expected_cost_mnok", QLineEdit).text() == "12,5"
    sheet = editor.sheet()
    assert sheet.cost.expected_cost_mnok == Decimal("12.5")
    assert sheet.cost.std_dev_percent == Decimal("25")
    assert sheet.cost.estimate_kind == "styringsmal"
    again.close()
    again.store.close()


def test_edit_shows_and_clears_a_finding(qtbot, catalog, db, tmp_path, pick_miljopakken):
    window = open_window(qtbot, catalog, db, tmp_path)
    window.new_sheet()
    page = window.editor_page
    codes = lambda: {f.code for f in page.findings}  # noqa: E731
    assert "required.title" in codes()
    type_text(qtbot, field(page.editor, "identification.title", QLineEdit), "Fortau")
    qtbot.waitUntil(lambda: "required.title" not in codes(), timeout=2000)
    page.editor.show_step("kostnad")
    type_text(qtbot, field(page.editor, "cost.expected_cost_mnok", QLineEdit), "12")
    type_text(qtbot, field(page.editor, "cost.std_dev_percent", QLineEdit), "60")
    choose(qtbot, field(page.editor, "cost.estimate_kind", QComboBox), "Utredningsestimat")
    qtbot.waitUntil(lambda: "cost.band.above" in codes(), timeout=2000)
    panel_text = " ".join(f.message for f in page.findings_panel.findings())
    assert "standardavvik" in panel_text.lower()
    std = field(page.editor, "cost.std_dev_percent", QLineEdit)
    std.selectAll()
    type_text(qtbot, std, "40")
    qtbot.waitUntil(lambda: "cost.band.above" not in codes(), timeout=2000)


def test_delete_moves_to_bin_restore_and_undo(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    sheets = [Sheet(profile="miljopakken") for _ in range(2)]
    for i, sheet in enumerate(sheets):
        sheet.identification.title = f"Ark {i}"
        window.store.create(sheet)
    window.reload_list()
    assert window.list_model.rowCount() == 2

    window.list_page.select(sheets[0].id)
    window.delete_selected()
    assert window.list_model.rowCount() == 1
    assert [s.title for s in window.store.list_summaries(deleted=True)] == ["Ark 0"]

    window.undo_delete()
    assert window.list_model.rowCount() == 2

    window.list_page.select(sheets[1].id)
    window.delete_selected()
    window.act_bin.setChecked(True)
    window.toggle_bin()
    assert window.list_page.heading.text() == "Papirkurv"
    assert window.list_model.rowCount() == 1
    window.list_page.select(sheets[1].id)
    window.restore_selected()
    assert window.list_model.rowCount() == 0
    window.act_bin.setChecked(False)
    window.toggle_bin()
    assert window.list_model.rowCount() == 2


def test_duplicate_gets_a_new_identity(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    original = Sheet(profile="miljopakken")
    original.identification.title = "Holdeplass Lade"
    window.store.create(original)
    window.reload_list()
    window.list_page.select(original.id)
    window.duplicate_selected()
    copy = window.current_sheet()
    assert copy is not None and copy.id != original.id
    assert copy.identification.title == "Holdeplass Lade (kopi)"
    assert window.store.count() == 2


def test_list_messages_do_not_follow_into_the_editor(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    for title in ("Holdeplass Lade", "Sykkelveg Elgeseter"):
        sheet = Sheet(profile="miljopakken")
        sheet.identification.title = title
        window.store.create(sheet)
    window.reload_list()
    window.list_page.select(window.list_model.summary(0).id)
    window.delete_selected()
    assert "papirkurven" in window.statusBar().currentMessage()
    window.open_sheet(window.list_model.summary(0).id)
    assert window.stack.currentIndex() == EDITOR_PAGE
    assert window.statusBar().currentMessage() == ""


def test_window_geometry_is_remembered(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    # The offscreen screen is 800×800: stay inside it so nothing is clamped.
    window.resize(780, 640)
    window.move(11, 42)
    window.close()
    window.store.close()
    again = open_window(qtbot, catalog, db, tmp_path)
    assert (again.x(), again.y(), again.width(), again.height()) == (11, 42, 780, 640)
    again.store.close()


def test_save_version_keeps_history(qtbot, catalog, db, tmp_path, monkeypatch):
    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Til arbeidsgruppen", True))
    type_text(qtbot, field(window.editor_page.editor, "identification.title", QLineEdit), "A")
    window.save_version()
    type_text(qtbot, field(window.editor_page.editor, "identification.title", QLineEdit), "B")
    window.save_version()
    revisions = window.store.revisions(sheet.id)
    assert [r.revision for r in revisions] == [1, 2]
    assert window.store.load_revision(sheet.id, 1).identification.title == "A"
    assert window.store.load_revision(sheet.id, 2).identification.title == "AB"
    assert revisions[0].note == "Til arbeidsgruppen"


def test_failed_autosave_keeps_the_edits_and_says_so(qtbot, catalog, db, tmp_path, monkeypatch):
    from prosjektark.store.repository import StoreError

    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)

    def full_disk(*_a, **_k):
        raise StoreError("Disken er full")

    monkeypatch.setattr(window.store, "save_working_copy", full_disk)
    with qtbot.waitSignal(window.autosaver.failed, timeout=3000):
        type_text(qtbot, field(window.editor_page.editor, "identification.title", QLineEdit), "X")
    assert window.saved_label.text() == "Ikke lagret!"
    assert window.autosaver.dirty
    monkeypatch.undo()
    assert window.autosaver.flush()
    assert window.store.load(sheet.id).identification.title == "X"


def test_back_to_list_and_list_shows_edit(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    type_text(
        qtbot, field(window.editor_page.editor, "identification.title", QLineEdit), "Ny tittel"
    )
    window.show_list()  # flushes the autosave
    assert window.stack.currentIndex() == LIST_PAGE
    assert window.list_model.summary(0).title == "Ny tittel"
    assert window.store.load(sheet.id).identification.title == "Ny tittel"


def test_sign_and_export_from_the_editor_freezes_the_revision(
    qtbot, catalog, db, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QDialog, QMessageBox

    from prosjektark import paths
    from prosjektark.domain.examples import example_sheets
    from prosjektark.exchange.package_reader import verify_package
    from prosjektark.signing.identity import create_identity
    from prosjektark.signing.trust import TrustStore
    from prosjektark.ui.signing import export_dialog, passphrase_dialog

    identity = create_identity(
        "Kari Nordmann",
        "kari@example.no",
        "Trondheim kommune",
        "et langt passord",
        paths.identity_dir(),
    )
    window = open_window(qtbot, catalog, db, tmp_path)
    window.settings.setValue("export/dir", str(tmp_path / "ut"))
    # Signing needs status Klar: today's warnings acknowledged, as the user would.
    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    monkeypatch.setattr(
        export_dialog.ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(passphrase_dialog, "obtain_identity", lambda *a, **k: identity)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    # The «Eksportert» box with «Åpne mappe» is one of its own.
    monkeypatch.setattr(export_dialog, "show_written", lambda *a, **k: None)

    window.export_signed()

    revisions = window.store.revisions(sheet.id)
    assert revisions and revisions[-1].signed
    (entry,) = window.store.list_outbox()
    assert entry.revision == revisions[-1].revision
    assert entry.path.parent == tmp_path / "ut"
    result = verify_package(entry.path, TrustStore.from_certificates([identity.certificate]))
    assert result.valid, result.reasons
    assert window.editor_page.sheet().revision == revisions[-1].revision
    assert "Signert" in window.editor_page.meta_label.text()
    assert window.list_model.summary(window.list_model.row_of(sheet.id)).status == "signert"
    # The next edit starts a new revision: the header no longer says it is signed.
    type_text(
        qtbot, field(window.editor_page.editor, "identification.contact_phone", QLineEdit), "1"
    )
    qtbot.waitUntil(lambda: "Signert" not in window.editor_page.meta_label.text(), timeout=2000)
    window.close()
    window.store.close()


def test_attachment_opens_as_a_copy_with_its_own_name(qtbot, catalog, db, tmp_path):
    from prosjektark.ui.main_window import StoreAttachments

    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.open_sheet(sheet.id)
    original = tmp_path / "Skisse æøå.pdf"
    original.write_bytes(b"%PDF-1.4 skisse")
    handler = StoreAttachments(window.store, window.current_sheet)
    attachment = handler.add(original)
    original.unlink()  # the sheet keeps working when the original is gone
    copy = handler.viewable_copy(attachment)
    assert copy.name == "Skisse æøå.pdf"
    assert copy.read_bytes() == b"%PDF-1.4 skisse"
    window.close()
    window.store.close()


def open_in_active_window(qtbot, catalog, db, tmp_path) -> tuple[MainWindow, Sheet]:
    """A new sheet open in the editor of a window that has the focus (shortcuts need it)."""
    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.wait(50)
    return window, sheet


def test_delete_key_in_the_editor_never_bins_the_open_sheet(qtbot, catalog, db, tmp_path):
    window, sheet = open_in_active_window(qtbot, catalog, db, tmp_path)
    editor = window.editor_page.editor
    for widget in (editor.navigator, editor.next_button, window.editor_page.findings_panel):
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    assert window.stack.currentIndex() == EDITOR_PAGE
    assert len(window.store.list_summaries()) == 1
    window.show_list()
    window.list_page.select(sheet.id)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)  # on the list it does
    assert window.store.list_summaries() == []


def test_tab_leaves_the_sheet_list(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    for _ in range(2):
        window.store.create(Sheet(profile="miljopakken"))
    window.reload_list()
    table = window.list_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert window.focusWidget() is not table


def test_opening_a_sheet_puts_the_cursor_in_its_first_field(qtbot, catalog, db, tmp_path):
    window = open_window(qtbot, catalog, db, tmp_path)
    sheet = Sheet(profile="miljopakken")
    window.store.create(sheet)
    window.reload_list()
    window.open_sheet(sheet.id)
    assert window.focusWidget() is field(window.editor_page.editor, "identification.title")


def test_ctrl_f_goes_to_the_list_filter_from_anywhere(qtbot, catalog, db, tmp_path):
    window, _sheet = open_in_active_window(qtbot, catalog, db, tmp_path)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == LIST_PAGE
    assert window.focusWidget() is window.list_page.filter_box
    assert "Ctrl+F" in window.act_filter.shortcut().toString()


def test_ctrl_z_on_the_list_undoes_a_deletion(qtbot, catalog, db, tmp_path):
    window, sheet = open_in_active_window(qtbot, catalog, db, tmp_path)
    window.show_list()
    window.list_page.select(sheet.id)
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Delete)
    assert window.store.list_summaries() == []
    qtbot.keyClick(window.list_page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [s.id for s in window.store.list_summaries()] == [sheet.id]


def test_f1_lists_the_shortcuts_from_the_menus(qtbot, catalog, db, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(
        "prosjektark.ui.main_window.QMessageBox.exec", lambda box: shown.append(box.text())
    )
    window, _sheet = open_in_active_window(qtbot, catalog, db, tmp_path)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F1)
    (text,) = shown
    rows = dict(window.shortcut_rows())
    assert rows["Nytt ark"] == "Ctrl+N" and rows["Filtrer listen"] == "Ctrl+F"
    assert "Signer og eksporter …" in rows and "Ctrl+Shift+E" in text
    assert rows["Tilbake til listen"] == "Alt+Left"
