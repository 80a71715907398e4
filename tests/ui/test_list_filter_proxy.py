"""The list's filter decides in Python and tells Qt once (issue 13, item 15): what the
view shows, selects and keeps must be what a QSortFilterProxyModel gave."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from prosjektark.domain.summary import SheetSummary
from prosjektark.ui.sheet_list_model import (
    COL_MODIFIED,
    COL_TITLE,
    HEADERS,
    ID_ROLE,
    SheetFilterProxy,
    SheetListModel,
)


def summary(n: int, title: str, municipality: str = "Trondheim") -> SheetSummary:
    return SheetSummary(
        id=uuid.UUID(int=n),
        title=title,
        municipalities=municipality,
        action_area="",
        phase="PU",
        expected_cost_mnok=None,
        status="utkast",
        modified=datetime(2026, 3, 1, tzinfo=UTC) + timedelta(days=n),
        revision=0,
    )


@pytest.fixture
def view(qtbot):
    model = SheetListModel()
    model.set_rows(
        [
            summary(1, "Sykkelveg Lade"),
            summary(2, "Kollektivfelt Åsane", "Bergen"),
            summary(3, "Sykkelparkering Melhus", "Melhus"),
            summary(4, "Fortau Ranheim"),
        ]
    )
    proxy = SheetFilterProxy()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    qtbot.addWidget(table)
    table.show()
    return table


def titles(table: QTableView) -> list[str]:
    proxy = table.model()
    return [proxy.data(proxy.index(r, COL_TITLE)) for r in range(proxy.rowCount())]


def current_title(table: QTableView) -> str:
    return table.model().data(table.currentIndex().siblingAtColumn(COL_TITLE))


def select_title(table: QTableView, title: str) -> None:
    row = titles(table).index(title)
    table.selectionModel().setCurrentIndex(
        table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_the_filter_keeps_the_selected_sheet_not_its_row_number(view) -> None:
    select_title(view, "Sykkelparkering Melhus")  # row 2 of 4
    view.model().set_filter("sykkel")
    assert titles(view) == ["Sykkelveg Lade", "Sykkelparkering Melhus"]
    assert current_title(view) == "Sykkelparkering Melhus"  # now row 1
    assert len(view.selectionModel().selectedRows()) == 1
    view.model().set_filter("")
    assert current_title(view) == "Sykkelparkering Melhus"
    view.model().set_filter("åsane")  # the selected sheet is filtered out: nothing selected
    assert titles(view) == ["Kollektivfelt Åsane"]
    assert view.selectionModel().selectedRows() == []


def test_sorting_and_changes_of_rows_go_through_the_filter(view) -> None:
    proxy: SheetFilterProxy = view.model()
    model: SheetListModel = proxy.sourceModel()
    proxy.set_filter("trondheim")
    assert titles(view) == ["Sykkelveg Lade", "Fortau Ranheim"]
    select_title(view, "Fortau Ranheim")
    view.sortByColumn(COL_MODIFIED, Qt.SortOrder.DescendingOrder)
    assert titles(view) == ["Fortau Ranheim", "Sykkelveg Lade"]
    assert current_title(view) == "Fortau Ranheim"
    model.upsert(summary(1, "Sykkelveg Lade", "Malvik"))  # no longer in Trondheim
    assert titles(view) == ["Fortau Ranheim"]
    model.upsert(summary(5, "Gatetun Trondheim sentrum"))
    assert titles(view) == ["Gatetun Trondheim sentrum", "Fortau Ranheim"]
    model.remove(uuid.UUID(int=4))
    assert titles(view) == ["Gatetun Trondheim sentrum"]
    assert view.selectionModel().selectedRows() == []
    proxy.set_filter("")
    assert proxy.rowCount() == model.rowCount() == 4


def test_it_shows_what_qt_own_filter_proxy_shows(view) -> None:
    proxy: SheetFilterProxy = view.model()
    model: SheetListModel = proxy.sourceModel()
    plain = QSortFilterProxyModel()
    plain.setSourceModel(model)
    plain.setFilterKeyColumn(-1)
    plain.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    for text in ("s", "sykkel", "SYKKEL", "melhus", "ås", "x", "", "bergen"):
        proxy.set_filter(text)
        plain.setFilterFixedString(text)
        ours = [proxy.data(proxy.index(r, 0), ID_ROLE) for r in range(proxy.rowCount())]
        theirs = [plain.data(plain.index(r, 0), ID_ROLE) for r in range(plain.rowCount())]
        assert ours == theirs, text
    proxy.set_filter("finnes ikke")
    assert proxy.rowCount() == 0
    # The header still names the columns with no row shown.
    assert [
        proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())
    ] == list(HEADERS)
