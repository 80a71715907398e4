"""The list model and its filter, without a window."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from prosjektark.domain.summary import SheetSummary
from prosjektark.ui.sheet_list_model import (
    COL_AREA,
    COL_COST,
    COL_STATUS,
    COL_TITLE,
    SheetFilterProxy,
    SheetListModel,
)


def summary(title: str, municipality: str = "Trondheim", cost: str | None = "12.5", **kw):
    base = dict(
        id=uuid.uuid4(),
        title=title,
        municipalities=municipality,
        action_area="sykkel",
        phase="PU",
        expected_cost_mnok=Decimal(cost) if cost is not None else None,
        status="utkast",
        modified=datetime(2026, 3, 1, 12, 0, tzinfo=UTC),
        revision=0,
    )
    base.update(kw)
    return SheetSummary(**base)


@pytest.fixture
def model(qapp):
    names = {"sykkel": "Sykkel", "kollektiv": "Kollektivtransport"}
    m = SheetListModel(area_name=lambda a: names.get(a, a))
    m.set_rows(
        [
            summary("Sykkelveg Innherredsveien"),
            summary("Kollektivfelt Fyllingsdalen", "Bergen", "48", action_area="kollektiv"),
            summary("Trygg skoleveg Melhus", "Melhus", None, status="klar"),
        ]
    )
    return m


def texts(model, col):
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_columns_show_names_and_norwegian_numbers(model):
    assert texts(model, COL_AREA) == ["Sykkel", "Kollektivtransport", "Sykkel"]
    assert texts(model, COL_COST) == ["12,5", "48,0", ""]
    assert texts(model, COL_STATUS) == ["Utkast", "Utkast", "Klar"]
    assert model.headerData(COL_COST, Qt.Orientation.Horizontal) == "Forventet kostnad (MNOK)"


def test_filter_matches_every_word_case_insensitively(model):
    proxy = SheetFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter("bergen KOLLEKTIV")
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, COL_TITLE)) == "Kollektivfelt Fyllingsdalen"
    proxy.set_filter("sykkel")  # title or action area
    assert proxy.rowCount() == 2
    proxy.set_filter("")
    assert proxy.rowCount() == 3
    proxy.set_filter("finnes ikke")
    assert proxy.rowCount() == 0


def test_sorting_cost_numerically_and_empty_last_when_descending(model):
    proxy = SheetFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_COST, Qt.SortOrder.DescendingOrder)
    assert [proxy.data(proxy.index(r, COL_COST)) for r in range(3)] == ["48,0", "12,5", ""]


def test_upsert_updates_in_place_and_appends(model):
    first = model.summary(0)
    changed = summary("Ny tittel", id=first.id, modified=first.modified + timedelta(minutes=1))
    model.upsert(changed)
    assert model.rowCount() == 3
    assert model.data(model.index(0, COL_TITLE)) == "Ny tittel"
    model.upsert(summary("Fjerde"))
    assert model.rowCount() == 4
    model.remove(first.id)
    assert model.rowCount() == 3
    assert model.row_of(first.id) == -1


def test_examples_are_marked(qapp):
    m = SheetListModel()
    m.set_rows([summary("Sykkelveg", is_example=True), summary("")])
    assert texts(m, COL_TITLE) == ["Eksempel: Sykkelveg", "(uten tittel)"]


def test_cost_is_shown_as_every_amount_is(qapp):
    """Half up to whole thousand kroner, at least one decimal (nb_format.format_mnok)."""
    m = SheetListModel(area_name=str)
    m.set_rows([summary("A", cost="12.0005"), summary("B", cost="1234.05")])
    assert texts(m, COL_COST) == ["12,001", "1\u00a0234,05"]
