"""Issue 13, defects 9 and 10, driven by keys and clicks: the list keeps the sheet the user
worked on selected after Ctrl+N and back, the outbox starts on its first row, the export
result offers «Åpne mappe», and the identity wizard offers the sheet's contact person."""

from __future__ import annotations

import os
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
)
from qt_helpers import field, type_text

from prosjektark.domain.catalog import Catalog, LazyCatalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import EDITOR_PAGE, LIST_PAGE, MainWindow
from prosjektark.ui.signing.export_dialog import ExportDialog, export_interactively
from prosjektark.ui.signing.identity_wizard import PAGE_NEW, IdentityWizard
from prosjektark.ui.signing.outbox_dialog import OutboxDialog

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as opened:
        yield opened


@pytest.fixture
def pick_first_programme(monkeypatch, catalog):
    first = next(iter(catalog.profiles.values()))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda *a, **k: (f"{first.name} ({first.area})", True)
    )


def window_on(qtbot, store: Store, catalog: Catalog, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts need a window with the focus
    return window


def sheets_made(store: Store, catalog: Catalog, titles: list[str]) -> list[Sheet]:
    """Sheets with a day between their changes, so the list's order is known (newest first)."""
    made = []
    for n, title in enumerate(titles):
        sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
        sheet.identification.title = title
        sheet.modified = datetime(2026, 11, 1, 9, 0, tzinfo=UTC) + timedelta(days=n)
        store.create(sheet)
        made.append(sheet)
    return made


def selected_titles(window: MainWindow) -> list[str]:
    page = window.list_page
    return [page.proxy.index(i.row(), 0).data() for i in page.table.selectionModel().selectedRows()]


# --------------------------------------------------------------- 9: the list after Ctrl+N


def test_back_from_a_new_sheet_selects_that_sheet_not_another(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path, pick_first_programme
) -> None:
    sheets_made(store, catalog, ["Eldste", "Midterste", "Nyeste"])
    window = window_on(qtbot, store, catalog, tmp_path)
    table = window.list_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # from the first row (Nyeste) to Midterste
    assert selected_titles(window) == ["Midterste"]

    qtbot.keyClick(table, Qt.Key.Key_N, CTRL)
    assert window.stack.currentIndex() == EDITOR_PAGE
    title = field(window.editor_page.editor, "identification.title", QLineEdit)
    type_text(qtbot, title, "Nytt tiltak")
    new_id = window.current_sheet().id
    qtbot.mouseClick(window.editor_page.back_button, Qt.MouseButton.LeftButton)  # «← Alle ark»

    assert window.stack.currentIndex() == LIST_PAGE
    assert selected_titles(window) == ["Nytt tiltak"]
    assert window.list_page.selected_ids() == [new_id]
    assert table.currentIndex().row() == table.selectionModel().selectedRows()[0].row()


def test_back_from_an_opened_sheet_keeps_it_selected(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    sheets_made(store, catalog, ["Eldste", "Midterste", "Nyeste"])
    window = window_on(qtbot, store, catalog, tmp_path)
    table = window.list_page.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)  # Eldste, the last row
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentIndex() == EDITOR_PAGE
    title = field(window.editor_page.editor, "identification.title", QLineEdit)
    qtbot.keyClick(title, Qt.Key.Key_End)
    type_text(qtbot, title, " endret")  # autosave moves it to the top of the list
    window.autosaver.flush()
    qtbot.mouseClick(window.editor_page.back_button, Qt.MouseButton.LeftButton)  # «← Alle ark»

    assert selected_titles(window) == ["Eldste endret"]


# --------------------------------------------------------------- 9: the outbox


def packages(store: Store, folder: Path, titles: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n, title in enumerate(titles):
        path = folder / f"ark{n}_r2.asice"
        path.write_bytes(os.urandom(100))
        store.add_outbox_entry(uuid.uuid4(), 2, title, path)


def test_the_outbox_opens_on_its_first_row_and_arrows_move_from_there(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    packages(store, tmp_path / "ut", ["Sykkelveg", "Kollektivfelt", "Gatetun"])
    dialog = OutboxDialog(store, catalog, lambda: None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    first = dialog.model.index(0, 0).data()
    assert [e.title for e in dialog.selected_entries()] == [first]
    assert dialog.table.currentIndex().row() == 0
    assert dialog.folder_button.isEnabled() and dialog.deliver_button.isEnabled()
    # The starting row is not a choice: «Send» still means every ready package.
    assert "alle" in dialog.send_button.text()

    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    second = dialog.model.index(1, 0).data()
    assert [e.title for e in dialog.selected_entries()] == [second]
    assert "valgte" in dialog.send_button.text()


# --------------------------------------------------------------- 9: «Åpne mappe»


def test_the_export_result_has_a_button_that_opens_the_folder(
    qtbot, monkeypatch, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    sheet = example_sheets(catalog)[0]
    store.create(sheet)
    out = tmp_path / "Eksport her"
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    seen: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog) or dialog in handled:
            return
        handled.append(dialog)
        if isinstance(dialog, ExportDialog):
            dialog.package.setChecked(False)
            dialog.json.setChecked(True)
            dialog.folder.setText(str(out))
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        elif isinstance(dialog, QMessageBox):
            seen.append(dialog.windowTitle())
            buttons = [b for b in dialog.findChildren(QPushButton) if "pne mappe" in b.text()]
            if not buttons:
                dialog.reject()
                return
            qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
        else:
            seen.append(f"unexpected {type(dialog).__name__}")
            dialog.reject()

    handled: list[QDialog] = []
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(10)
    try:
        report = export_interactively(
            None, store, catalog, sheet.id, identity_dir=tmp_path / "id",
            default_dir=tmp_path, today=date(2026, 3, 1),
        )  # fmt: skip
    finally:
        timer.stop()

    assert report is not None and report.written, seen
    assert seen == ["Eksportert"]
    assert opened == [QUrl.fromLocalFile(str(out))]


# --------------------------------------------------------------- 10: the identity wizard


def wizard_from_the_editor(qtbot, store, catalog, tmp_path, sheet: Sheet) -> IdentityWizard:
    store.create(sheet)
    window = window_on(qtbot, store, catalog, tmp_path)
    window.reload_list()
    window.open_sheet(sheet.id)
    wizard = IdentityWizard(tmp_path / "identitet", window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def to_new_page(qtbot, wizard: IdentityWizard) -> None:
    qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == PAGE_NEW


def test_the_wizard_offers_the_contact_person_of_the_open_sheet(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    sheet.identification.title = "Sykkelveg"
    sheet.identification.contact_name = "Kari Nordmann"
    sheet.identification.contact_email = "kari.nordmann@trondheim.kommune.no"
    wizard = wizard_from_the_editor(qtbot, store, catalog, tmp_path, sheet)
    to_new_page(qtbot, wizard)

    page = wizard.new_page
    assert page.name.text() == "Kari Nordmann"
    assert page.email.text() == "kari.nordmann@trondheim.kommune.no"
    assert "kontaktperson" in page.contact_note.text()
    # What the user types is theirs: going back and on again keeps it.
    page.name.selectAll()
    type_text(qtbot, page.name, "Ola Nordmann")
    qtbot.mouseClick(wizard.button(wizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    to_new_page(qtbot, wizard)
    assert page.name.text() == "Ola Nordmann"
    assert page.email.text() == "kari.nordmann@trondheim.kommune.no"


def test_without_a_contact_person_the_fields_are_empty(
    qtbot, store: Store, catalog: Catalog, tmp_path: Path
) -> None:
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    wizard = wizard_from_the_editor(qtbot, store, catalog, tmp_path, sheet)
    to_new_page(qtbot, wizard)
    assert wizard.new_page.name.text() == "" and wizard.new_page.email.text() == ""
    assert wizard.new_page.contact_note.isHidden()
