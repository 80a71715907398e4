"""Alt+letter is unambiguous: no two menus, menu items, buttons or labelled fields in one
window share a letter (Qt then only cycles the focus and never presses anything)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from qt_helpers import window_editing

from prosjektark.domain.catalog import LazyCatalog
from prosjektark.store.repository import Store
from prosjektark.ui.main_window import MainWindow
from prosjektark.ui.price_index_dialog import PriceIndexDialog
from prosjektark.ui.signing.export_dialog import ExportDialog
from prosjektark.ui.signing.identity_wizard import IdentityWizard
from prosjektark.ui.signing.verify_dialog import VerifyDialog


def letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def duplicates(texts: list[str]) -> dict[str, int]:
    counts = Counter(filter(None, map(letter, texts)))
    return {k: n for k, n in counts.items() if n > 1}


def visible_texts(root: QWidget) -> list[str]:
    labels = [w.text() for w in root.findChildren(QLabel) if w.isVisible() and w.buddy()]
    buttons = [w.text() for w in root.findChildren(QAbstractButton) if w.isVisible()]
    return labels + buttons


def test_menu_bar_and_each_menu(qtbot, catalog, tmp_path) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    menus = window.menuBar().actions()
    assert duplicates([a.text() for a in menus]) == {}
    for menu_action in menus:
        items = [a.text() for a in menu_action.menu().actions() if not a.isSeparator()]
        assert duplicates(items) == {}, menu_action.text()


def test_dialogs(qtbot, catalog, tmp_path) -> None:
    wizard = IdentityWizard(tmp_path / "id")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # the form for a new identity
    assert duplicates(visible_texts(wizard)) == {}
    profiles = list(catalog.profiles.values())
    for dialog in (
        PriceIndexDialog(profiles, tmp_path, current="miljopakken"),
        VerifyDialog(),
        ExportDialog("Sykkelveg på Lade", tmp_path),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert duplicates(visible_texts(dialog)) == {}, type(dialog).__name__


def test_every_editor_step_with_the_menu_bar(qtbot, catalog, tmp_path) -> None:
    from prosjektark.domain.examples import example_sheets

    window = window_editing(qtbot, catalog, tmp_path, example_sheets(catalog)[0])
    menu_bar = [a.text() for a in window.menuBar().actions()]
    editor = window.editor_page.editor
    for step in catalog.form.steps:
        editor.show_step(step.id)
        page = editor.pages[step.id]
        texts = menu_bar + visible_texts(page)
        assert duplicates(texts) == {}, step.id
        taken = set(
            filter(None, map(letter, menu_bar + [b.label.text() for b in page.blocks if b.label]))
        )
        for block in page.blocks:
            if block.label is not None and not letter(block.label.text()):
                # only when every letter of the label is someone else's already
                assert {c.casefold() for c in block.field.label if c.isalpha()} <= taken


def test_the_portfolio_page_with_the_menu_bar(qtbot, catalog, tmp_path) -> None:
    """The page's buttons and labelled fields, the visible menu bar (Fil, Rediger, Vis,
    Signering, Sekretariat, Verktøy, Hjelp) and the workspace tabs: one letter each."""
    from prosjektark.ui.roles import ROLE_KEY, SECRETARIAT

    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(ROLE_KEY, SECRETARIAT)
    window = MainWindow(LazyCatalog.of(catalog), store, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_portfolio()
    page = window.portfolio_page
    assert page.isVisible()
    menu_bar = [a.text() for a in window.menuBar().actions() if a.isVisible()]
    assert {letter(t) for t in menu_bar} == set("frvskth")
    tabs = [window.workspace_bar.tabText(i) for i in range(window.workspace_bar.count())]
    page_texts = visible_texts(page)
    assert len(page_texts) > 10
    assert duplicates(menu_bar + tabs + page_texts) == {}
    # Each of the page's own mnemonics reaches what it names.
    for text in ("&Lagre", "Filt&er:", "Saksstat&us:", "R&anger etter:", "Les &inn på nytt"):
        assert text in page_texts, text
