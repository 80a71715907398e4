"""«Versjoner og endringer»: the saved versions of a sheet, one viewed read-only, and the
comparison of two (ui/versions_dialog.py), on a real store."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from prosjektark.domain.examples import example_sheets
from prosjektark.domain.nb_format import format_datetime, format_mnok
from prosjektark.domain.sheet import CostItem
from prosjektark.store.repository import Store
from prosjektark.ui.versions_dialog import (
    ADDED_BACKGROUND,
    ADDED_TEXT,
    REMOVED_TEXT,
    WORKING,
    CompareDialog,
    VersionsDialog,
    VersionViewDialog,
)

SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def items(*names: str) -> list[CostItem]:
    return [
        CostItem(name=n, low=Decimal(i + 1), most_likely=Decimal(i + 2), high=Decimal(i + 3))
        for i, n in enumerate(names)
    ]


@pytest.fixture
def stored(tmp_path, catalog):
    """A store with one sheet: version 1, version 2 (signed), and an unsaved edit."""
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = example_sheets(catalog)[0].model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.revision = 0
    sheet.is_example = False
    sheet.identification.title = "Sykkelveg Lade"
    sheet.cost.items = items("Grunnerverv", "Sykkelveg", "Kryss")
    store.create(sheet)
    store.save_version(sheet, note="Første utkast")
    sheet.cost.items.pop(1)
    sheet.cost.expected_cost_mnok = Decimal("55.5")
    store.save_version(sheet, note="Til sekretariatet")
    store.mark_signed(sheet.id, 2)
    sheet.identification.title = "Sykkelveg Lade, ny tittel"
    store.save_working_copy(sheet)
    yield store, sheet
    store.close()


def test_the_list_shows_every_version_newest_first(qtbot, catalog, stored) -> None:
    store, sheet = stored
    dialog = VersionsDialog(store, catalog, sheet.id)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(2)]
    saved = {r.revision: r for r in store.revisions(sheet.id)}
    assert rows[0] == ["2", format_datetime(saved[2].saved_at), "Til sekretariatet", "Signert"]
    assert rows[1] == ["1", format_datetime(saved[1].saved_at), "Første utkast", ""]
    assert " kl. " in rows[0][1]
    assert dialog.selected_revision() == 2  # the newest is selected


def test_a_version_opens_read_only_as_it_was_saved(qtbot, catalog, stored) -> None:
    store, sheet = stored
    dialog = VersionsDialog(store, catalog, sheet.id)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)  # version 1
    view = dialog.view_selected()
    assert isinstance(view, VersionViewDialog)
    qtbot.addWidget(view)
    assert view.editor.is_read_only()
    assert view.editor.read_only_banner.isVisibleTo(view)
    assert "Versjon 1" in view.editor.read_only_banner.text()
    title = view.findChild(QLineEdit, "field:identification.title")
    assert title is not None
    assert title.text() == "Sykkelveg Lade"  # not the working copy's title
    assert title.isReadOnly()
    assert len(view.editor.sheet().cost.items) == 3
    # Typing changes nothing, in the view or in the store.
    qtbot.keyClicks(title, "X")
    assert store.load_revision(sheet.id, 1).identification.title == "Sykkelveg Lade"
    assert store.load(sheet.id).identification.title == "Sykkelveg Lade, ny tittel"


def test_compare_shows_the_changes_grouped_by_step(qtbot, catalog, stored) -> None:
    store, sheet = stored
    dialog = VersionsDialog(store, catalog, sheet.id)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(1)
    compare = dialog.compare_selected()
    assert isinstance(compare, CompareDialog)
    qtbot.addWidget(compare)
    assert compare.versions() == (1, WORKING)  # the selected version against the working copy
    compare.set_versions(1, 2)
    table = compare.table
    texts = [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(3)]
        for r in range(table.rowCount())
    ]
    headings = [
        row[0] for row, change in zip(texts, compare.row_changes, strict=True) if not change
    ]
    assert headings == ["Kostnad og usikkerhet"]
    fields = {
        change.field: row for row, change in zip(texts, compare.row_changes, strict=True) if change
    }
    removed = fields["cost.items[1]"]
    assert removed[0] == "Kostnadspost 2"
    assert "Sykkelveg" in removed[1] and removed[2] == REMOVED_TEXT
    cost = fields["cost.expected_cost_mnok"]
    assert cost[0] == "Forventet kostnad" and cost[2] == format_mnok(Decimal("55.5"))
    assert "2 endringer" in compare.summary.text()

    compare.set_versions(2, WORKING)
    [title_row] = [r for r, c in enumerate(compare.row_changes) if c and c.kind == "changed"]
    assert table.item(title_row, 0).text() == "Prosjektnavn"
    assert table.item(title_row, 2).text() == "Sykkelveg Lade, ny tittel"


def test_added_rows_say_so_in_words_and_colour(qtbot, catalog, stored) -> None:
    store, sheet = stored
    compare = VersionsDialog(store, catalog, sheet.id).compare_selected()
    qtbot.addWidget(compare)
    compare.set_versions(2, 1)  # backwards: the removed row comes back as added
    row = next(r for r, c in enumerate(compare.row_changes) if c and c.kind == "added")
    assert compare.table.item(row, 1).text() == ADDED_TEXT
    assert compare.table.item(row, 0).background().color() == ADDED_BACKGROUND
    assert "Sykkelveg" in compare.table.item(row, 2).text()


def test_ctrl_c_copies_the_selected_rows_and_esc_closes(qtbot, catalog, stored) -> None:
    store, sheet = stored
    compare = VersionsDialog(store, catalog, sheet.id).compare_selected()
    qtbot.addWidget(compare)
    compare.set_versions(1, 2)
    compare.show()
    qtbot.waitExposed(compare)
    row = next(r for r, c in enumerate(compare.row_changes) if c and c.kind == "removed")
    compare.table.selectRow(row)
    compare.table.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(compare.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    lines = copied.splitlines()
    assert lines[0] == "Felt\tFør\tEtter"
    assert len(lines) == 2
    assert lines[1].startswith("Kostnadspost 2\t") and lines[1].endswith(f"\t{REMOVED_TEXT}")
    qtbot.keyClick(compare.table, Qt.Key.Key_Escape)
    assert not compare.isVisible()


def test_no_versions_says_how_to_save_one(qtbot, catalog, tmp_path) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = example_sheets(catalog)[1].model_copy(deep=True)
    store.create(sheet)
    dialog = VersionsDialog(store, catalog, sheet.id, working_copy=sheet)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "Lagre versjon" in dialog.intro.text()
    assert not dialog.view_button.isEnabled() and not dialog.compare_button.isEnabled()
    store.close()


def test_screenshots_at_1280x720(qtbot, catalog, stored, tmp_path) -> None:
    """Rendered offscreen for a look (docs/screenshots/versjoner-*.png)."""
    store, sheet = stored
    dialog = VersionsDialog(store, catalog, sheet.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "shots"
    out.mkdir()
    for name, widget in (
        ("versjoner-liste.png", dialog),
        ("versjoner-vis.png", dialog.view_selected()),
        ("versjoner-sammenlign.png", dialog.compare_selected()),
    ):
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.show()
        QApplication.processEvents()
        image = widget.grab().toImage()
        assert (image.width(), image.height()) == (1280, 720)
        assert image.save(str(out / name))
    compare = dialog.opened[-1]
    compare.set_versions(1, WORKING)
    QApplication.processEvents()
    compare.grab().save(str(out / "versjoner-sammenlign-1-arbeidskopi.png"))
    print(out)
