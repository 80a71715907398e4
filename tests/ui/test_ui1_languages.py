"""The main window, the editor and its dialogs in nynorsk and in English.

The UI is switched to a language the way the program starts in it (use_ui_language),
the main window is built on a real store, an example sheet is opened and every step of
the editor is walked. Every text a user can see or hear is collected from the widgets
themselves (labels, buttons, actions, menus, window titles, placeholders, headers, tabs,
list and tree items, accessible names and tooltips) and none may be a bokmål text that
has another text in that language: one from our catalogue
(resources/translations/prosjektark_<lang>.ts) or one of the form's, checklists' and
profiles' texts (load_catalog in bokmål against load_catalog in the language).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTableView,
    QTreeView,
    QTreeWidget,
    QWidget,
)

from prosjektark import i18n
from prosjektark.domain.catalog import LazyCatalog, load_catalog
from prosjektark.domain.form import Choice, FormField
from prosjektark.domain.sheet import Sheet
from prosjektark.paths import resource, resource_dir
from prosjektark.store.repository import Store
from prosjektark.ui.editor.base import EditorContext
from prosjektark.ui.editor.field_widgets import ChoiceEditor
from prosjektark.ui.history_view import HistoryDialog
from prosjektark.ui.main_window import EDITOR_PAGE, MainWindow
from prosjektark.ui.qt_translations import remove_translations, use_ui_language
from prosjektark.ui.versions_dialog import VersionsDialog

# Names, not words: the same in every language (the program's name in the title bar).
PROPER_NAMES = {"Prosjektark"}
# Texts that must show in the language: a menu, a button, a step title (form data), the
# list's heading and a placeholder.
KNOWN = {
    "nn": ["Vis &papirkorg", "← Førre", "Skildring", "Snøggtastar", "— vel —"],
    "en": ["&File", "← Previous", "Description", "Project sheets", "Save version"],
}


@pytest.fixture(params=["nn", "en"])
def ui_language(request, qapp) -> Iterator[str]:
    use_ui_language(qapp, request.param)
    try:
        yield request.param
    finally:
        remove_translations(qapp)
        i18n.set_language("nb")


def _catalogue_sources(language: str, same: set[str]) -> dict[str, str]:
    """Bokmål source -> its translation for every message of our catalogue whose
    translation is another text, or is missing ("": then the bokmål would show);
    `same` gets the sources kept as they are."""
    path = resource("translations", f"prosjektark_{language}.ts")
    root = ElementTree.parse(str(path)).getroot()
    found: dict[str, str] = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        text = (translation.text or "") if translation is not None and kind is None else ""
        if text == source:
            same.add(source)
        else:
            found[source] = text
    return found


def _data_pairs(nb: object, other: object, out: dict[str, str], same: set[str]) -> None:
    """Walks two dumps of the same data in bokmål and in another language side by side."""
    if isinstance(nb, dict) and isinstance(other, dict):
        for key in nb.keys() & other.keys():
            _data_pairs(nb[key], other[key], out, same)
    elif isinstance(nb, list) and isinstance(other, list):
        for a, b in zip(nb, other, strict=False):
            _data_pairs(a, b, out, same)
    elif isinstance(nb, str) and isinstance(other, str) and nb.strip():
        if nb != other:
            out[nb] = other
        else:
            same.add(nb)


def _data_sources(language: str, same: set[str]) -> dict[str, str]:
    nb = load_catalog(resource_dir(), language="nb")
    other = load_catalog(resource_dir(), language=language)
    found: dict[str, str] = {}
    _data_pairs(nb.form.model_dump(), other.form.model_dump(), found, same)
    for kind in ("profiles", "checklists"):
        mine, theirs = getattr(nb, kind), getattr(other, kind)
        for key in mine.keys() & theirs.keys():
            _data_pairs(mine[key].model_dump(), theirs[key].model_dump(), found, same)
    return found


def _normal(text: str) -> str:
    """A text as it reads: without the Alt letter's '&', the required mark and a colon."""
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&").strip()
    return text.removesuffix(" *").removesuffix(":").strip()


def _untranslated(language: str) -> dict[str, str]:
    same: set[str] = set()
    sources = {**_data_sources(language, same), **_catalogue_sources(language, same)}
    # A bokmål text that is also the language's text somewhere (another message's
    # translation, or a text kept as it is in another place) may show rightly.
    allowed = {_normal(t) for t in [*sources.values(), *same, *PROPER_NAMES]}
    return {
        _normal(source): translation
        for source, translation in sources.items()
        if _normal(source) and _normal(source) not in allowed
    }


def _pieces(text: str) -> list[str]:
    """A widget's text and, for rich text or several lines, each line of it."""
    if not text:
        return []
    plain = text
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        plain = document.toPlainText()
    return [text, plain, *[line.strip() for line in plain.splitlines() if line.strip()]]


def _actions_of(widget: QWidget) -> list[QAction]:
    actions = list(widget.findChildren(QAction)) + list(widget.actions())
    for menu in widget.findChildren(QMenu):
        actions += menu.actions()
    return actions


def widget_texts(root: QWidget) -> set[str]:
    """Every text of `root` and its children that a user sees or a screen reader says."""
    texts: list[str] = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        texts += [w.toolTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, QLabel):
            texts.append(w.text())
        if isinstance(w, QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QMenu):
            texts.append(w.title())
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                texts += [w.tabText(i), w.tabToolTip(i)]
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                texts += [item.text(), item.toolTip()]
        if isinstance(w, QTreeWidget):
            stack = [w.topLevelItem(i) for i in range(w.topLevelItemCount())]
            while stack:
                item = stack.pop()
                texts += [item.text(0), item.toolTip(0)]
                stack += [item.child(i) for i in range(item.childCount())]
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for col in range(header.count()):
                title = w.model().headerData(col, Qt.Orientation.Horizontal)
                texts.append(str(title) if title is not None else "")
    for action in _actions_of(root):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return {piece for text in texts for piece in _pieces(text)}


def _bokmal_shown(texts: set[str], untranslated: dict[str, str]) -> dict[str, str]:
    return {t: untranslated[_normal(t)] for t in texts if _normal(t) in untranslated}


def _window(qtbot, tmp_path, language: str) -> MainWindow:
    store = Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    catalog = load_catalog(resource_dir(), language=language)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_step_and_dialog_shows_the_language(qtbot, tmp_path, ui_language, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    untranslated = _untranslated(ui_language)
    assert len(untranslated) > 300  # the catalogue and the data were read
    window = _window(qtbot, tmp_path, ui_language)
    seen = widget_texts(window)  # the list page, the menus and the tool bar

    window.add_examples()
    sheet_id = window.list_page.selected_ids()[0]
    window.open_sheet(sheet_id)
    assert window.stack.currentIndex() == EDITOR_PAGE
    page = window.editor_page
    for step in window.catalog.form.steps:
        page.editor.show_step(step.id)
        seen |= widget_texts(window)
    window.save_version()  # a version, for the versions dialog to list
    for dialog in (
        VersionsDialog(window.store, window.catalog, sheet_id, parent=window),
        HistoryDialog.for_sheet(window.store, window.catalog, sheet_id, parent=window),
    ):
        seen |= widget_texts(dialog)
        dialog.deleteLater()
    compare = VersionsDialog(window.store, window.catalog, sheet_id, parent=window)
    seen |= widget_texts(compare.compare_selected())
    window.show_list()
    seen |= widget_texts(window)

    assert _bokmal_shown(seen, untranslated) == {}
    normal = {_normal(t) for t in seen}
    for text in KNOWN[ui_language]:
        assert _normal(text) in normal, text


def test_a_new_sheet_is_written_in_the_ui_language(qtbot, tmp_path, ui_language, monkeypatch):
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True)
    )
    window = _window(qtbot, tmp_path, ui_language)
    window.new_sheet()
    sheet = window.current_sheet()
    assert sheet is not None and sheet.language == ui_language
    assert window.store.load(sheet.id).language == ui_language


def test_the_language_field_sets_the_sheets_language(qtbot, catalog):
    """The form's «language» choice (a plain choice field) writes sheet.language."""
    field = FormField(
        path="language",
        type="choice",
        label="Språk",
        choices=[
            Choice(value="nb", label="Bokmål"),
            Choice(value="nn", label="Nynorsk"),
            Choice(value="en", label="Engelsk"),
        ],
    )
    editor = ChoiceEditor(field, EditorContext(catalog))
    qtbot.addWidget(editor)
    sheet = Sheet(id=uuid.uuid4(), profile=catalog.default_profile.id)
    editor.load(sheet, catalog.default_profile)
    assert editor.combo.currentData() == "nb"
    assert [editor.combo.itemData(i) for i in range(editor.combo.count())] == ["nb", "nn", "en"]
    editor.combo.setCurrentIndex(editor.combo.findData("nn"))
    assert sheet.language == "nn"
