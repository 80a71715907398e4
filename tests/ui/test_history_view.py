"""The case history as a timeline (ui/history_view.py) on a real store: newest first, every
column in the user's words, keyboard navigation, Ctrl+C, and the «Sakshistorikk» dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableWidget

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.sheet import Sheet
from prosjektark.store.repository import Store
from prosjektark.ui.history_view import (
    COL_KIND,
    COL_REVISION,
    COL_STATE,
    COL_TEXT,
    COL_TIME,
    COL_WHO,
    HistoryDialog,
    HistoryView,
)

WG = Actor("Kari Nordmann", "ab12cd34" + "aa" * 28)
SEC = Actor("Ola Sekretær", "bb" * 32)


@pytest.fixture
def stored(tmp_path: Path, catalog):
    """Created by nobody (no identity yet), then saved and signed by the working group and
    received and moved on by the secretariat."""
    review = catalog.profile("miljoloftet").review
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = Sheet(profile="miljoloftet")
    sheet.identification.title = "Kollektivfelt Fjøsangerveien"
    store.create(sheet)
    store.actor = lambda: WG
    revision = store.save_version(sheet, note="Til sekretariatet")
    store.mark_signed(sheet.id, revision)
    store.actor = lambda: SEC
    store.receive_revision(sheet.id, revision, WG, review, "Pakke fra arbeidsgruppen")
    store.change_review_state(sheet.id, "til_samordning", review, comment="Tas i møtet 3. mars")
    yield store, sheet
    store.close()


def cells(table: QTableWidget, row: int) -> list[str]:
    return [table.item(row, col).text() for col in range(table.columnCount())]


def test_the_timeline_shows_every_event_newest_first(qtbot, catalog, stored) -> None:
    store, sheet = stored
    view = HistoryView()
    qtbot.addWidget(view)
    view.refresh(store, sheet.id, catalog.profile("miljoloftet"))
    events = store.history(sheet.id)
    table = view.table
    assert table.rowCount() == len(events) == 6
    newest = cells(table, 0)
    assert newest[COL_TIME] == format_datetime(events[-1].at)
    assert newest[COL_KIND] == "Ny saksstatus"
    assert newest[COL_STATE] == "Til samordning"  # the programme's words, not the id
    assert newest[COL_WHO] == "Ola Sekretær [SHA-256 bbbbbbbb…]"
    assert newest[COL_TEXT] == "Tas i møtet 3. mars"
    assert newest[COL_REVISION] == "1"
    oldest = cells(table, table.rowCount() - 1)
    assert (oldest[COL_KIND], oldest[COL_WHO], oldest[COL_REVISION]) == (
        "Opprettet",
        "(ingen identitet)",
        "",
    )
    assert [cells(table, r)[COL_KIND] for r in range(table.rowCount())] == [
        "Ny saksstatus",
        "Ny saksstatus",
        "Mottatt",
        "Signert",
        "Versjon lagret",
        "Opprettet",
    ]
    assert "nyeste først" in view.intro.text()
    # The whole fingerprint is there for the one who needs to compare it.
    assert WG.fingerprint in table.item(4, COL_WHO).toolTip()


def test_the_timeline_is_keyboard_navigable_and_copies_with_ctrl_c(qtbot, catalog, stored) -> None:
    store, sheet = stored
    view = HistoryView()
    qtbot.addWidget(view)
    view.refresh(store, sheet.id, catalog.profile("miljoloftet"))
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    assert table.focusPolicy() & Qt.FocusPolicy.TabFocus
    table.setFocus()
    assert table.currentRow() == 0
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentRow() == 2
    assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    header, row = copied.splitlines()
    assert header.split("\t") == ["Tidspunkt", "Hendelse", "Revisjon", "Saksstatus",
                                  "Utført av", "Tekst"]  # fmt: skip
    assert row.split("\t")[COL_KIND] == "Mottatt"
    table.clearSelection()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert len(QGuiApplication.clipboard().text().splitlines()) == 1 + 6  # no selection: all


def test_the_timeline_has_accessible_names(qtbot, catalog, stored) -> None:
    store, sheet = stored
    view = HistoryView()
    qtbot.addWidget(view)
    view.refresh(store, sheet.id, catalog.profile("miljoloftet"))
    assert view.table.accessibleName() == "Sakshistorikk"
    assert view.table.accessibleDescription()
    item = view.table.item(0, COL_TIME)
    spoken = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Ny saksstatus: Til samordning" in spoken and "Ola Sekretær" in spoken


def test_an_empty_history_says_so_and_a_refresh_shows_new_events(qtbot, catalog, tmp_path) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg")
    sheet = Sheet(profile="miljoloftet")
    view = HistoryView()
    qtbot.addWidget(view)
    view.refresh(store, sheet.id, catalog.profile("miljoloftet"))
    assert view.table.rowCount() == 0
    assert "Ingen hendelser" in view.intro.text()
    store.actor = lambda: WG
    store.create(sheet)
    view.refresh(store, sheet.id, None)  # no profile: still shown
    assert view.table.rowCount() == 1 and cells(view.table, 0)[COL_KIND] == "Opprettet"
    store.close()


def test_the_dialog_is_titled_and_renders_at_1280x720(qtbot, catalog, stored, tmp_path) -> None:
    store, sheet = stored
    dialog = HistoryDialog.for_sheet(store, catalog, sheet.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sakshistorikk – Kollektivfelt Fjøsangerveien"
    assert dialog.view.table.rowCount() == 6
    dialog.resize(1280, 720)
    dialog.show()
    QApplication.processEvents()
    image = dialog.grab().toImage()
    assert (image.width(), image.height()) == (1280, 720)
    out = tmp_path / "sakshistorikk.png"
    assert image.save(str(out))
    print(out)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
