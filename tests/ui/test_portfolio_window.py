"""The portfolio workspace in the main window: a third tab for the secretariat only, the
sheet opened from it returns to it, and an unsaved scenario is never lost on closing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox
from test_portfolio_page import PROFILE, SEC, _open, deliver, sheet_with
from test_secretariat_workspace import open_window, visible_menu_texts

from prosjektark.ui.main_window import WORKSPACE_PORTFOLIO
from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT

PORTFOLIO_TOOLS = (
    "Portefølje og scenarioer",
    "Rammer …",
    "Sammenlign scenarioer …",
    "Eksporter forslag til handlingsprogram …",
)


@pytest.fixture
def store(tmp_path: Path, catalog):
    opened = _open(tmp_path, SEC)
    for title, town in (("Sykkelveg Lade", "Trondheim"), ("Fortau Hommelvik", "Malvik")):
        sheet = sheet_with(catalog, title, [(2027, "bompenger", "10")], town, f"{town} kommune")
        deliver(opened, catalog, sheet)
    yield opened
    opened.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_working_group_never_sees_the_portfolio(qtbot, catalog, store, settings):
    window = open_window(qtbot, catalog, store, settings)
    texts = visible_menu_texts(window)
    assert not [t for t in PORTFOLIO_TOOLS if t in texts]
    assert not window.workspace_bar.isVisible()
    window.show_portfolio()  # a stray call does nothing in this role
    assert window._portfolio_page is None


def test_the_portfolio_tab_shows_the_delivered_sheets_and_comes_back_from_a_sheet(
    qtbot, catalog, store, settings
):
    settings.setValue(ROLE_KEY, SECRETARIAT)
    window = open_window(qtbot, catalog, store, settings)
    assert window.workspace_bar.tabText(WORKSPACE_PORTFOLIO) == "Portefølje"
    window.workspace_bar.setCurrentIndex(WORKSPACE_PORTFOLIO)
    page = window.portfolio_page
    assert window.stack.currentWidget() is page
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    qtbot.waitUntil(lambda: page.model.data_count() == 2)
    titles = {page.model.title(sheet_id) for sheet_id in page.model.latest_items()}
    assert titles == {"Sykkelveg Lade", "Fortau Hommelvik"}
    assert window.act_frames.isEnabled() and window.act_export_proposal.isEnabled()

    sheet_id = next(iter(page.model.latest_items()))
    page.open_requested.emit(sheet_id)
    assert window.stack.currentWidget() is window.editor_page
    assert not window.act_frames.isEnabled()  # the portfolio's tools are for its page
    window._back_from_editor()
    assert window.stack.currentWidget() is page
    assert page.selected_sheet() == sheet_id


def test_closing_with_an_unsaved_scenario_asks_and_cancel_keeps_the_window(
    qtbot, catalog, store, settings
):
    settings.setValue(ROLE_KEY, SECRETARIAT)
    window = open_window(qtbot, catalog, store, settings)
    window.show_portfolio()
    page = window.portfolio_page
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    qtbot.waitUntil(lambda: page.model.data_count() == 2)
    sheet_id = page.model.scenario.entries[0].sheet_id
    page.set_included(sheet_id, False, reason="Ikke byggeklart")
    assert page.is_dirty()

    asked: list[str] = []

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Avbryt").click()

    QTimer.singleShot(0, cancel)
    assert not window.close()
    assert asked and "ikke lagret" in asked[0]
    assert window.isVisible() and page.is_dirty()
    page.undo_stack.clear()  # else closing the window at teardown asks again, and waits


def test_ctrl_s_saves_the_scenario_on_the_portfolio_and_a_version_in_the_editor(
    qtbot, catalog, store, settings
):
    """Both shortcuts live in one window: on each page exactly one of them fires."""
    from prosjektark.domain.examples import example_sheets

    settings.setValue(ROLE_KEY, SECRETARIAT)
    own = example_sheets(catalog)[0]
    store.create(own)
    window = open_window(qtbot, catalog, store, settings)
    fired: list[str] = []
    window.act_save_version.triggered.connect(lambda _checked=False: fired.append("versjon"))
    window.show_portfolio()
    page = window.portfolio_page
    try:
        _ctrl_s_on_each_page(qtbot, window, page, own, store, fired)
    finally:
        page.undo_stack.clear()  # nothing left unsaved: closing the window asks nothing


def activate(qtbot, window) -> None:
    """Shortcuts reach the active window only (the load's progress dialog took it)."""
    with qtbot.waitActive(window):
        window.activateWindow()


def _ctrl_s_on_each_page(qtbot, window, page, own, store, fired: list[str]) -> None:
    page.save_action.triggered.connect(lambda _checked=False: fired.append("scenario"))
    page.profile_box.setCurrentIndex(page.profile_box.findData(PROFILE))
    qtbot.waitUntil(lambda: page.model.data_count() == 2)
    assert page.save_as("Forslag")
    sheet_id = page.model.scenario.entries[0].sheet_id
    page.set_included(sheet_id, False, reason="Ikke byggeklart")
    assert page.is_dirty()
    activate(qtbot, window)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["scenario"]
    assert not page.is_dirty()
    assert store.find_scenario("Forslag", PROFILE).version == 2

    page.set_included(sheet_id, True)
    assert page.is_dirty()
    window.open_sheet(own.id)
    assert window.stack.currentWidget() is window.editor_page
    asked: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, answer)
    activate(qtbot, window)
    target = QApplication.focusWidget() or window.editor_page
    assert window.editor_page.isAncestorOf(target) or target is window.editor_page
    qtbot.keyClick(target, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["scenario", "versjon"]
    assert asked == ["Lagre versjon"]
    assert page.is_dirty()  # the scenario was not saved from the editor
