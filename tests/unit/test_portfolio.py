"""The portfolio workbook: one row per sheet outside the bin, numbers as numbers, funding
in the right year column, a filter on the header row, and sums per action area."""

from __future__ import annotations

import io
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import FundingLine, Sheet
from prosjektark.exchange.export import ExportError
from prosjektark.exchange.portfolio import (
    AREA_SHEET,
    PORTFOLIO_SHEET,
    PortfolioEntry,
    load_portfolio,
    render_portfolio,
    write_portfolio,
)
from prosjektark.store.repository import Store

# Money: one to three decimals, and the minus sign of the program's text (nb_format).
MNOK_SHOWN = '#,##0.0##;"−"#,##0.0##'
TODAY = date(2026, 3, 1)


@pytest.fixture
def sheets(catalog: Catalog) -> list[Sheet]:
    return example_sheets(catalog)


def workbook(data: bytes):
    return load_workbook(io.BytesIO(data))


def table(ws: Worksheet) -> list[dict[str, object]]:
    """Rows below the header as {header: value}, up to the first empty row."""
    rows = list(ws.iter_rows(values_only=True))
    header = rows[0]
    out = []
    for values in rows[1:]:
        if all(v is None for v in values):
            break
        out.append(dict(zip(header, values, strict=True)))
    return out


def column(ws: Worksheet, title: str) -> int:
    headers = [c.value for c in ws[1]]
    return headers.index(title) + 1


def test_one_row_per_sheet_sorted_by_action_area_then_title(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    rows = table(ws)

    assert len(rows) == len(sheets)
    assert {r["Prosjektark-ID"] for r in rows} == {str(s.id) for s in sheets}
    keys = [(str(r["Tiltaksområde"]).casefold(), str(r["Prosjektnavn"]).casefold()) for r in rows]
    assert keys == sorted(keys)
    by_id = {r["Prosjektark-ID"]: r for r in rows}
    first = sheets[0]
    row = by_id[str(first.id)]
    profile = catalog.profile(first.profile)
    assert row["Program"] == profile.name
    assert row["Prosjektnavn"] == first.identification.title
    assert row["Tiltaksområde"] == profile.action_area_name(first.identification.action_area)
    assert row["Ansvarlig etat"] == first.identification.responsible_agency


def test_numbers_are_numeric_with_norwegian_friendly_formats(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    cost_col = column(ws, "Forventet kostnad (MNOK)")
    for r in range(2, len(sheets) + 2):
        cell = ws.cell(r, cost_col)
        assert isinstance(cell.value, float | int)
        assert cell.number_format == MNOK_SHOWN
        for title in ("Standardavvik (%)", "Feil", "Advarsler", "Målpoeng", "Maks poeng"):
            assert isinstance(ws.cell(r, column(ws, title)).value, int | float), title
        assert ws.cell(r, column(ws, "Sist endret")).is_date
    rows = table(ws)
    costs = {r["Prosjektark-ID"]: r["Forventet kostnad (MNOK)"] for r in rows}
    for sheet in sheets:
        assert costs[str(sheet.id)] == pytest.approx(float(sheet.cost.expected_cost_mnok))


def test_funding_lands_in_its_year_column(sheets: list[Sheet], catalog: Catalog) -> None:
    sheet = sheets[0]
    sheet.funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("1.5")),
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("2.25")),
        FundingLine(year=2029, source="kommunal", amount_mnok=Decimal("4")),
    ]
    ws = workbook(render_portfolio([sheet], catalog, today=TODAY))[PORTFOLIO_SHEET]
    (row,) = table(ws)

    assert row["2027 (MNOK)"] == pytest.approx(3.75)
    assert row["2028 (MNOK)"] is None
    assert row["2029 (MNOK)"] == pytest.approx(4.0)
    assert row["2030 (MNOK)"] is None
    assert row["Sum finansiering (MNOK)"] == pytest.approx(7.75)
    assert "Andre år (MNOK)" not in row
    assert ws.cell(2, column(ws, "2027 (MNOK)")).number_format == MNOK_SHOWN


def test_funding_outside_the_period_gets_its_own_column(
    sheets: list[Sheet], catalog: Catalog
) -> None:
    sheet = sheets[0]
    sheet.funding.lines = [FundingLine(year=2033, source="statlig", amount_mnok=Decimal("2"))]
    ws = workbook(render_portfolio([sheet], catalog, today=TODAY))[PORTFOLIO_SHEET]
    (row,) = table(ws)
    assert row["Andre år (MNOK)"] == pytest.approx(2.0)
    assert row["Sum finansiering (MNOK)"] == pytest.approx(2.0)


def test_header_is_frozen_and_filtered(sheets: list[Sheet], catalog: Catalog) -> None:
    ws = workbook(render_portfolio(sheets, catalog, today=TODAY))[PORTFOLIO_SHEET]
    last = ws.max_column
    assert ws.auto_filter.ref == f"A1:{get_column_letter(last)}{len(sheets) + 1}"
    assert ws.freeze_panes == "C2"
    assert ws.cell(1, 1).font.bold


def test_status_decision_and_points(sheets: list[Sheet], catalog: Catalog) -> None:
    entries = [PortfolioEntry(sheets[0], "signert"), PortfolioEntry(sheets[1], "utkast")]
    rows = table(workbook(render_portfolio(entries, catalog, today=TODAY))[PORTFOLIO_SHEET])
    by_id = {r["Prosjektark-ID"]: r for r in rows}
    assert by_id[str(sheets[0].id)]["Status"] == "Signert"
    assert by_id[str(sheets[1].id)]["Status"] in ("Utkast", "Klar")
    for sheet in sheets[:2]:
        row = by_id[str(sheet.id)]
        assert row["Målpoeng"] == sum(g.score for g in sheet.goals)
        assert row["Maks poeng"] >= row["Målpoeng"]
        phase = sheet.identification.phase
        if phase == "UB":
            assert row["Neste beslutning"] == "–"
        else:
            assert row["Neste beslutning"].startswith("PU → DP" if phase == "PU" else "DP → UB")


def test_per_action_area_sums(sheets: list[Sheet], catalog: Catalog) -> None:
    twin = sheets[0].model_copy(deep=True)
    twin.identification.title = "Tvilling"
    twin.id = uuid.uuid4()
    book = workbook(render_portfolio([*sheets, twin], catalog, today=TODAY))
    ws = book[AREA_SHEET]
    rows = table(ws)
    total = rows[-1]
    assert total["Program"] == "Sum"
    assert total["Antall ark"] == len(sheets) + 1
    all_cost = sum(float(s.cost.expected_cost_mnok) for s in [*sheets, twin])
    assert total["Forventet kostnad (MNOK)"] == pytest.approx(all_cost)
    area = catalog.profile(twin.profile).action_area_name(twin.identification.action_area)
    (group,) = [r for r in rows[:-1] if r["Tiltaksområde"] == area]
    assert group["Antall ark"] == 2
    assert group["Forventet kostnad (MNOK)"] == pytest.approx(
        2 * float(twin.cost.expected_cost_mnok)
    )
    funding_2027 = sum(
        float(line.amount_mnok) for s in (sheets[0], twin) for line in s.funding.lines
        if line.year == 2027
    )  # fmt: skip
    assert group["2027 (MNOK)"] == pytest.approx(funding_2027)
    assert isinstance(group["2027 (MNOK)"], float | int)


def test_an_empty_portfolio_still_has_headers_and_a_filter(catalog: Catalog) -> None:
    book = workbook(render_portfolio([], catalog, today=TODAY))
    ws = book[PORTFOLIO_SHEET]
    assert ws.cell(1, 2).value == "Prosjektnavn"
    assert ws.auto_filter.ref is not None
    assert table(book[AREA_SHEET])[-1]["Antall ark"] == 0


def test_the_store_portfolio_leaves_out_the_bin_and_filters_by_profile(
    sheets: list[Sheet], catalog: Catalog, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store:
        store.create_many(sheets)
        store.delete(sheets[2].id)
        target = tmp_path / "portefølje.xlsx"
        count = write_portfolio(store, catalog, target, today=TODAY)
        ids = {e.sheet.id for e in load_portfolio(store, profile=sheets[0].profile)}

    assert count == len(sheets) - 1
    rows = table(load_workbook(target)[PORTFOLIO_SHEET])
    assert {r["Prosjektark-ID"] for r in rows} == {str(s.id) for s in sheets[:2]}
    assert ids == {s.id for s in sheets[:2] if s.profile == sheets[0].profile}


def test_an_unwritable_target_raises_export_error(catalog: Catalog, tmp_path: Path) -> None:
    with (
        Store.open(tmp_path / "db.sqlite3", tmp_path / "vedlegg") as store,
        pytest.raises(ExportError, match="Kunne ikke skrive"),
    ):
        write_portfolio(store, catalog, tmp_path / "finnes-ikke" / "p.xlsx", today=TODAY)
