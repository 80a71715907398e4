"""The content search in the sheet list, driven by real key events (issue 13, item 12):
hits appear as the user types, Down goes into them, Enter asks to open the sheet at the
field that holds the text; and the editor goes to exactly that field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from prosjektark.domain.examples import example_sheets
from prosjektark.domain.search_text import sheet_texts
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.editor_page import EditorPage
from prosjektark.ui.list_page import HIT_ROLE, SheetListPage
from prosjektark.ui.sheet_list_model import SheetListModel


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as opened:
        yield opened


def sheet_with(catalog, title: str, **description) -> Sheet:
    sheet = Sheet(profile=catalog.default_profile.id, form_version=catalog.form.form_version)
    sheet.identification.title = title
    for name, value in description.items():
        setattr(sheet.description, name, value)
    return sheet


@pytest.fixture
def page(qtbot, store, catalog) -> SheetListPage:
    store.create(sheet_with(catalog, "Kollektivfelt Åsane", purpose="Raskere buss i rushtiden"))
    store.create(sheet_with(catalog, "Tiltak Lade", benefit="Ny gang- og sykkelveg til Lade skole"))
    model = SheetListModel()
    model.set_rows(store.list_summaries())
    widget = SheetListPage(model)
    widget.set_content_search(store.search_content)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    widget.filter_box.setFocus()
    return widget


def test_hits_appear_as_you_type_and_enter_opens_at_the_field(qtbot, page, store) -> None:
    qtbot.keyClicks(page.filter_box, "sykk")
    qtbot.waitUntil(lambda: page.content_results.isVisible())
    assert page.content_results.count() == 1
    item = page.content_results.item(0)
    assert "Tiltak Lade" in item.text() and "Beskrivelse" in item.text()
    assert "sykkelveg" in item.text()
    assert page.proxy.rowCount() == 0  # no column says «sykk»: only the content does

    qtbot.keyClick(page.filter_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.content_results
    assert page.content_results.currentRow() == 0
    (summary,) = [s for s in store.list_summaries() if s.title == "Tiltak Lade"]
    with qtbot.waitSignal(page.open_at_field) as opened:
        qtbot.keyClick(page.content_results, Qt.Key.Key_Return)
    assert opened.args == [summary.id, "description.benefit"]
    assert item.data(HIT_ROLE) == (summary.id, "description.benefit")


def test_up_from_the_first_hit_goes_back_to_the_filter(qtbot, page) -> None:
    qtbot.keyClicks(page.filter_box, "buss")
    qtbot.waitUntil(lambda: page.content_results.isVisible())
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.content_results, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is page.filter_box
    qtbot.keyClicks(page.filter_box, "x")  # typing goes on where it was
    assert page.filter_box.text() == "bussx"


def test_without_hits_down_goes_to_the_list_and_short_text_asks_for_more(qtbot, page) -> None:
    qtbot.keyClicks(page.filter_box, "la")
    qtbot.waitUntil(lambda: "tre tegn" in page.content_heading.text())
    assert not page.content_results.isVisible()
    qtbot.keyClicks(page.filter_box, "de")  # «lade»: in a title only
    qtbot.waitUntil(lambda: page.content_results.isVisible())
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "åsane")  # the title is a text too
    qtbot.waitUntil(lambda: page.content_results.count() == 1)
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "finnes ikke")
    qtbot.waitUntil(lambda: "Ingen treff" in page.content_heading.text())
    page.filter_box.clear()
    qtbot.keyClick(page.filter_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.table
    assert page.table.currentIndex().row() == 0


def test_special_characters_typed_in_the_filter_never_fail(qtbot, page) -> None:
    for text in ['"', "AND", "*", 'sykkel" OR "', "NEAR(", "(((", "%_\\"]:
        page.filter_box.clear()
        qtbot.keyClicks(page.filter_box, text)
        page._run_search()  # what the timer does at once
        assert "Kunne ikke" not in page.content_heading.text()


def test_every_indexed_path_is_a_place_the_editor_can_go(qtbot, catalog) -> None:
    """A hit's field path is the editor's own input name: Enter lands in that very box."""
    editor_page = EditorPage(catalog, None)
    qtbot.addWidget(editor_page)
    editor_page.resize(1280, 720)
    sheet = example_sheets(catalog)[0]
    editor_page.set_sheet(sheet)
    editor_page.show()
    qtbot.waitExposed(editor_page)
    editor_page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor_page)
    texts = sheet_texts(sheet, catalog.form)
    assert len(texts) > 20
    for text in texts:
        editor_page.editor.focus_field(text.path)
        focused = QApplication.focusWidget()
        assert focused is not None, text.path
        assert focused.objectName() == f"field:{text.path}", text.path
        assert editor_page.editor.current_step() == text.step, text.path


def test_in_the_window_enter_on_a_hit_opens_the_sheet_with_the_cursor_in_that_box(
    qtbot, store, catalog, tmp_path
) -> None:
    """The whole way, by keys in the main window: Ctrl+F, type a word from a justification,
    Down, Enter: the editor shows that sheet with the cursor in the box that holds it."""
    from PySide6.QtCore import QSettings

    from prosjektark.domain.catalog import LazyCatalog
    from prosjektark.ui.main_window import EDITOR_PAGE, MainWindow

    store.create(sheet_with(catalog, "Kollektivfelt Åsane", purpose="Raskere buss i rushtiden"))
    target = sheet_with(catalog, "Tiltak Lade", benefit="Ny gang- og sykkelveg til Lade skole")
    store.create(target)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.list_page.filter_box
    qtbot.keyClicks(window.list_page.filter_box, "sykkelv")
    qtbot.waitUntil(lambda: window.list_page.content_results.count() == 1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.list_page.content_results
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == EDITOR_PAGE)
    assert window.current_sheet().id == target.id
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == "field:description.benefit"
    assert "sykkelveg" in focused.toPlainText()
