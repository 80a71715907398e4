"""The sheet's workbook keeps its sums as formulas (they follow edits in Excel), each with
its result stored beside it: pandas, Power Query and file previewers read the stored
result and never calculate, so a formula without one is an empty cell to them."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from test_pdf_export import build_full_sheet, full_findings

from prosjektark.domain import nb_format
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import CostItem, Sheet
from prosjektark.exchange.xlsx import render_xlsx


def both(data: bytes):
    """The workbook as formulas, and as the stored values other tools read."""
    return load_workbook(io.BytesIO(data)), load_workbook(io.BytesIO(data), data_only=True)


def money(value: Decimal | None) -> Decimal:
    """A cell's amount as stored (rounded as the program rounds it); empty is 0 in SUM."""
    return Decimal(0) if value is None else nb_format.round_mnok(value)


def formula_cells(data: bytes) -> list[tuple[str, str, object]]:
    formulas, values = both(data)
    return [
        (ws.title, cell.coordinate, values[ws.title][cell.coordinate].value)
        for ws in formulas.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def sheet_with_gaps(catalog: Catalog) -> Sheet:
    sheet = build_full_sheet(catalog)
    sheet.cost.items.append(CostItem(name="Uten høyt anslag", low=Decimal("0.5")))
    return sheet


@pytest.mark.parametrize("make", [build_full_sheet, sheet_with_gaps, lambda _: Sheet()])
def test_every_formula_has_a_stored_numeric_result(make, catalog: Catalog) -> None:
    cells = formula_cells(render_xlsx(make(catalog), catalog, full_findings()))
    assert cells, "the workbook has sums"
    missing = [(t, c, v) for t, c, v in cells if not isinstance(v, int | float)]
    assert missing == []


def test_the_stored_sums_equal_the_hand_computed_sums(catalog: Catalog) -> None:
    sheet = sheet_with_gaps(catalog)
    formulas, values = both(render_xlsx(sheet, catalog, full_findings()))

    cost = values["Kostnad"]
    (total,) = [r for r in cost.iter_rows(values_only=True) if r[0] == "Sum"]
    for col, attr in enumerate(("low", "most_likely", "high"), start=1):
        expected = sum(money(getattr(i, attr)) for i in sheet.cost.items)
        assert total[col] == pytest.approx(float(expected)), attr
    (std_dev,) = [r for r in cost.iter_rows(values_only=True) if r[0] == "Standardavvik (MNOK)"]
    expected_std = money(sheet.cost.expected_cost_mnok) * sheet.cost.std_dev_percent / 100
    assert std_dev[1] == pytest.approx(float(expected_std))

    funding = values["Finansiering"]
    rows = list(funding.iter_rows(values_only=True))
    by_year = {r[0]: r for r in rows[1:] if isinstance(r[0], int)}
    for year, row in by_year.items():
        expected = sum(money(line.amount_mnok) for line in sheet.funding.lines if line.year == year)
        assert row[-1] == pytest.approx(float(expected)), year
    (total,) = [r for r in rows if r[0] == "Sum"]
    sources = [c.value for c in formulas["Finansiering"][1]][1:-1]
    assert len(total) == len(sources) + 2
    grand = sum(money(line.amount_mnok) for line in sheet.funding.lines)
    assert total[-1] == pytest.approx(float(grand))
    assert sum(total[1:-1]) == pytest.approx(float(grand))
    # Still formulas, so an edit in Excel or LibreOffice updates them.
    assert formulas["Kostnad"].cell(row=2 + len(sheet.cost.items), column=2).data_type == "f"
