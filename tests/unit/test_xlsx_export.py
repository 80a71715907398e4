"""The Excel export: one workbook per sheet, numbers as numbers, frozen headers, and the
same values when LibreOffice opens it."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from test_pdf_export import SHEET_ID, TITLE, build_full_sheet, full_findings

from office_helpers import convert_with_libreoffice
from prosjektark import paths
from prosjektark.domain.catalog import Catalog, load_catalog
from prosjektark.domain.sheet import ChecklistAnswer, Sheet

# Money: one to three decimals, and the minus sign of the program's text (nb_format).
MNOK_SHOWN = '#,##0.0##;"−"#,##0.0##'
SHEETS = [
    "Oversikt",
    "Kostnad",
    "Finansiering",
    "Måloppnåelse",
    "Risiko",
    "Milepæler",
    "Sjekkliste",
    "Funn",
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(paths.resource_dir())


@pytest.fixture(scope="module")
def xlsx_bytes(catalog: Catalog) -> bytes:
    from prosjektark.exchange.xlsx import render_xlsx

    return render_xlsx(build_full_sheet(catalog), catalog, full_findings())


@pytest.fixture(scope="module")
def workbook(xlsx_bytes: bytes):
    from openpyxl import load_workbook

    return load_workbook(io.BytesIO(xlsx_bytes))


def rows_of(ws) -> list[list[object]]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def value_of(ws, label: str, col: int = 2) -> object:
    for row in ws.iter_rows(values_only=True):
        if row[0] == label:
            return row[col - 1]
    raise AssertionError(f"no row {label!r} in {ws.title}")


def cell_of(ws, label: str, col: int = 2):
    for row in ws.iter_rows():
        if row[0].value == label:
            return row[col - 1]
    raise AssertionError(f"no row {label!r} in {ws.title}")


def test_workbook_has_its_sheets_with_frozen_bold_headers(workbook) -> None:
    assert workbook.sheetnames == SHEETS
    for ws in workbook.worksheets:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws["A1"].font.bold, ws.title
        assert ws["A1"].value
    assert workbook["Finansiering"].freeze_panes == "B2"


def test_overview_values(workbook) -> None:
    ws = workbook["Oversikt"]
    assert value_of(ws, "Prosjektnavn") == TITLE
    assert value_of(ws, "Avtaleprofil").startswith("Miljøpakken")
    assert value_of(ws, "Fase") == "Detaljplanlegging (DP)"
    assert value_of(ws, "Finansieringsform") == "Enkeltprosjekt"
    assert value_of(ws, "Kommune(r)") == "Trondheim, Malvik"
    assert value_of(ws, "Ansvarlig etat") == "Trondheim kommune"
    assert value_of(ws, "Kontaktperson") == "Kari Nordmann-Øien"
    assert value_of(ws, "Prosjektark-ID") == str(SHEET_ID)
    assert value_of(ws, "Revisjon") == 3
    assert value_of(ws, "Status") == "Utkast"  # the findings hold an error
    cost = cell_of(ws, "Forventet kostnad (MNOK)")
    assert cost.value == pytest.approx(48.5) and cost.data_type == "n"
    assert cost.number_format == MNOK_SHOWN
    assert isinstance(value_of(ws, "Sist endret"), dt.datetime)
    assert cell_of(ws, "Sist endret").number_format.startswith("dd.mm.yyyy")


def test_cost_items_are_numbers_with_sum_formulas(workbook) -> None:
    ws = workbook["Kostnad"]
    rows = rows_of(ws)
    assert rows[0] == ["Kostnadspost", "Lav (MNOK)", "Mest sannsynlig (MNOK)", "Høy (MNOK)"]
    assert rows[1] == ["Grunnerverv og rigg", 4.5, 6.0, 9.25]
    assert rows[3] == ["Veg, fortau og belysning", 1200.125, 1500.0, 1800.0]
    assert rows[4][0] == "Sum"
    assert rows[4][1:] == ["=SUM(B2:B4)", "=SUM(C2:C4)", "=SUM(D2:D4)"]
    assert ws["B2"].data_type == "n" and ws["B2"].number_format == MNOK_SHOWN
    assert value_of(ws, "Usikkerhet, standardavvik (%)") == pytest.approx(25.0)
    assert value_of(ws, "Type estimat") == "Styringsmål"
    assert value_of(ws, "Prisnivå (kroneår)") == 2027


def test_funding_grid_has_years_sources_and_sums(workbook) -> None:
    ws = workbook["Finansiering"]
    rows = rows_of(ws)
    assert rows[0][0] == "År" and rows[0][-1] == "Sum"
    assert rows[0][1:6] == [
        "Bompenger",
        "Statlige midler",
        "Fylkeskommunale midler",
        "Kommunale midler",
        "Andre midler",
    ]
    by_year = {r[0]: r for r in rows[1:] if isinstance(r[0], int)}
    assert sorted(by_year) == [2027, 2028, 2029, 2030]
    assert by_year[2027][1:6] == [10.0, 5.5, None, None, None]
    assert by_year[2027][6] == "=SUM(B2:F2)"
    total = next(r for r in rows if r[0] == "Sum")
    assert total[1] == "=SUM(B2:B5)" and total[6] == "=SUM(G2:G5)"


def test_checklist_and_findings(workbook) -> None:
    ws = workbook["Sjekkliste"]
    rows = rows_of(ws)
    assert rows[0] == ["Tema", "Spørsmål", "Svar", "Begrunnelse"]
    themes = {r[0] for r in rows[1:]}
    assert themes == {"Arealbruk", "Trafikksikkerhet"}
    first = rows[1]
    assert first[2] == "Ikke relevant" and "Ørlandet" in first[3]
    assert ws.cell(row=2, column=2).alignment.wrap_text
    ws = workbook["Funn"]
    rows = rows_of(ws)
    assert [r[0] for r in rows[1:]] == ["Feil", "Advarsel", "Advarsel", "Info"]
    assert rows[1][3] == "cost.band.above"
    assert any("Kvittert av Kari" in (r[5] or "") for r in rows[1:])


def test_column_widths_are_sensible(workbook) -> None:
    for ws in workbook.worksheets:
        for letter, dim in ws.column_dimensions.items():
            if dim.width:
                assert 8 <= dim.width <= 62, (ws.title, letter, dim.width)
    assert workbook["Oversikt"].column_dimensions["B"].width > 30


def test_user_text_never_becomes_a_formula(catalog: Catalog) -> None:
    from openpyxl import load_workbook

    from prosjektark.exchange.xlsx import render_xlsx

    sheet = build_full_sheet(catalog)
    sheet.identification.title = '=HYPERLINK("http://example.com","klikk")'
    sheet.identification.contact_phone = "\x07+47 999"
    sheet.land_use.answers["farmland"] = ChecklistAnswer(answer="ja", justification="=1+1")
    wb = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
    assert value_of(wb["Oversikt"], "Prosjektnavn") == sheet.identification.title
    assert cell_of(wb["Oversikt"], "Prosjektnavn").data_type == "s"
    assert value_of(wb["Oversikt"], "Telefon") == "+47 999"
    assert value_of(wb["Oversikt"], "Status") == "Klar"
    assert wb["Funn"]["A2"].value == "Ingen funn"


def test_empty_sheet_exports(catalog: Catalog) -> None:
    from openpyxl import load_workbook

    from prosjektark.exchange.xlsx import render_xlsx

    wb = load_workbook(io.BytesIO(render_xlsx(Sheet(), catalog, [])))
    assert wb.sheetnames == SHEETS
    assert value_of(wb["Oversikt"], "Forventet kostnad (MNOK)") is None


def libreoffice_csvs(xlsx: bytes, tmp_path: Path) -> dict[str, list[list[str]]]:
    src = tmp_path / "ark.xlsx"
    src.write_bytes(xlsx)
    # Raw values (not "as shown"), UTF-8 (76), one CSV per worksheet (-1).
    filter_ = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    convert_with_libreoffice(src, tmp_path, filter_)
    result = {}
    for name in SHEETS:
        path = tmp_path / f"ark-{name}.csv"
        assert path.is_file(), f"LibreOffice wrote no {path.name}"
        result[name] = list(csv.reader(path.read_text("utf-8").splitlines()))
    return result


def test_libreoffice_reads_the_same_values(xlsx_bytes: bytes, tmp_path: Path) -> None:
    sheets = libreoffice_csvs(xlsx_bytes, tmp_path)
    overview = {r[0]: r[1] for r in sheets["Oversikt"] if len(r) > 1}
    assert overview["Prosjektnavn"] == TITLE
    assert float(overview["Forventet kostnad (MNOK)"]) == pytest.approx(48.5)
    assert overview["Prosjektark-ID"] == str(SHEET_ID)
    cost = {r[0]: r[1:] for r in sheets["Kostnad"]}
    assert [float(x) for x in cost["Veg, fortau og belysning"]] == [1200.125, 1500, 1800]
    assert [float(x) for x in cost["Sum"]] == pytest.approx([1216.625, 1522.5, 1833.25])
    assert float(cost["Standardavvik (MNOK)"][0]) == pytest.approx(12.125)
    funding = {r[0]: r[1:] for r in sheets["Finansiering"]}
    assert float(funding["2027"][-1]) == pytest.approx(15.5)
    assert [float(x or 0) for x in funding["Sum"]] == pytest.approx([30.25, 5.5, 0, 12.75, 0, 48.5])
    assert sheets["Sjekkliste"][1][2] == "Ikke relevant"
    assert sheets["Funn"][1][0] == "Feil"
