"""The per-sheet workbook holds what the PDF holds (goals with scores and justifications,
risks, milestones), every sum with its stored result, and stays readable on screen and
on paper. Expected numbers are worked out here from the sheet's own data, never read
back from the program's own formatting."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import GoalScore, Milestone, Risk, Sheet
from prosjektark.exchange.xlsx import DATE_FORMAT, INTEGER_FORMAT, SHEET_NAMES, render_xlsx

GOALS, RISKS, MILESTONES = "Måloppnåelse", "Risiko", "Milepæler"


@pytest.fixture(scope="module")
def rendered(catalog: Catalog) -> list[tuple[Sheet, object, object]]:
    """Each example sheet with its workbook as formulas and as stored values."""
    out = []
    for sheet in example_sheets(catalog):
        data = render_xlsx(sheet, catalog, [])
        out.append(
            (
                sheet,
                load_workbook(io.BytesIO(data)),
                load_workbook(io.BytesIO(data), data_only=True),
            )
        )
    return out


def table(ws) -> list[tuple]:
    """The rows under the header, up to the first empty row."""
    rows = []
    for row in ws.iter_rows(min_row=2, values_only=True):
        if all(v is None for v in row):
            break
        rows.append(row)
    return rows


def row_with(ws, first: object):
    (found,) = [row for row in ws.iter_rows(min_row=2) if row[0].value == first]
    return found


def test_the_workbook_has_sheets_for_goals_risks_and_milestones() -> None:
    assert list(SHEET_NAMES) == [
        "Oversikt",
        "Kostnad",
        "Finansiering",
        GOALS,
        RISKS,
        MILESTONES,
        "Sjekkliste",
        "Funn",
    ]


def test_each_goal_has_its_programme_name_score_and_justification(rendered, catalog) -> None:
    for sheet, formulas, values in rendered:
        profile = catalog.profile(sheet.profile)
        names = {g.id: g.name for g in profile.goals}
        ws = formulas[GOALS]
        assert [c.value for c in ws[1]][:3] == ["Mål", "Poeng", "Begrunnelse"]
        rows = table(ws)
        scored = [r for r in rows if r[0] != "Sum poeng"]
        # In the programme's order of its goals, named as the programme names them.
        order = [g.id for g in profile.goals]
        expected = sorted(sheet.goals, key=lambda g: order.index(g.goal))
        assert [r[:3] for r in scored] == [
            (names[g.goal], g.score, g.justification) for g in expected
        ], sheet.identification.title
        for row in ws.iter_rows(min_row=2, max_row=1 + len(scored)):
            assert row[1].data_type == "n" and row[1].number_format == INTEGER_FORMAT
            assert row[2].alignment.wrap_text
        total = row_with(values[GOALS], "Sum poeng")
        assert total[1].value == sum(g.score for g in sheet.goals)
        assert row_with(ws, "Sum poeng")[1].data_type == "f", "the sum follows edits"


def test_each_risk_with_probability_consequence_product_and_mitigation(rendered) -> None:
    for sheet, formulas, values in rendered:
        ws = formulas[RISKS]
        assert [c.value for c in ws[1]][:6] == [
            "Nr.",
            "Risiko",
            "Sannsynlighet (S)",
            "Konsekvens (K)",
            "S × K",
            "Tiltak",
        ]
        stored = table(values[RISKS])
        assert stored == [
            (n, r.description, r.probability, r.consequence, r.probability * r.consequence,
             r.mitigation)
            for n, r in enumerate(sheet.risks, start=1)
        ]  # fmt: skip
        for row in ws.iter_rows(min_row=2, max_row=1 + len(sheet.risks)):
            assert [c.data_type for c in row[:5]] == ["n", "s", "n", "n", "f"]
            assert {c.number_format for c in (row[0], row[2], row[3], row[4])} == {INTEGER_FORMAT}
        notes = [r[0] for r in values[RISKS].iter_rows(values_only=True) if r[0]]
        assert "S = sannsynlighet, K = konsekvens, fra 1 (lav) til 5 (høy)." in notes


def test_each_milestone_with_its_date_as_a_date_and_status(rendered) -> None:
    for sheet, formulas, _ in rendered:
        ws = formulas[MILESTONES]
        assert [c.value for c in ws[1]][:3] == ["Milepæl", "Dato", "Status"]
        rows = table(ws)
        expected = [
            (m.name, dt.datetime.combine(m.date, dt.time()), "Fullført" if m.done else "Planlagt")
            for m in sheet.progress.milestones
        ]
        assert [r[:3] for r in rows] == expected
        for row in ws.iter_rows(min_row=2, max_row=1 + len(expected)):
            assert row[1].is_date and row[1].number_format == DATE_FORMAT


def test_every_total_cell_stores_the_number_worked_out_from_the_sheet(rendered, catalog) -> None:
    """Read as pandas, Power Query and previewers read it (stored results only): every
    formula cell holds its number, and it is the number the sheet's data gives."""
    for sheet, formulas, values in rendered:
        sources = {s.id: s.name for s in catalog.profile(sheet.profile).funding_sources}
        expected: dict[tuple[str, str], float] = {}

        cost = formulas["Kostnad"]
        total = row_with(cost, "Sum")
        for cell, attr in zip(total[1:4], ("low", "most_likely", "high"), strict=True):
            amounts = [getattr(i, attr) or Decimal(0) for i in sheet.cost.items]
            expected["Kostnad", cell.coordinate] = float(sum(amounts))
        std = row_with(cost, "Standardavvik (MNOK)")[1]
        expected["Kostnad", std.coordinate] = float(
            sheet.cost.expected_cost_mnok * sheet.cost.std_dev_percent / 100
        )

        funding = formulas["Finansiering"]
        header = [c.value for c in funding[1]]
        lines = sheet.funding.lines
        for row in funding.iter_rows(min_row=2):
            if isinstance(row[0].value, int):
                year_total = sum(line.amount_mnok for line in lines if line.year == row[0].value)
                expected["Finansiering", row[-1].coordinate] = float(year_total)
        for cell, name in zip(row_with(funding, "Sum")[1:], header[1:], strict=True):
            chosen = [line for line in lines if name == "Sum" or sources.get(line.source) == name]
            expected["Finansiering", cell.coordinate] = float(
                sum(line.amount_mnok for line in chosen)
            )

        goal_sum = row_with(formulas[GOALS], "Sum poeng")[1]
        expected[GOALS, goal_sum.coordinate] = sum(g.score for g in sheet.goals)
        for row, risk in zip(formulas[RISKS].iter_rows(min_row=2), sheet.risks, strict=False):
            expected[RISKS, row[4].coordinate] = risk.probability * risk.consequence

        every_formula = {
            (ws.title, c.coordinate)
            for ws in formulas.worksheets
            for r in ws.iter_rows()
            for c in r
            if c.data_type == "f"
        }
        assert every_formula == set(expected), "each formula cell is checked here"
        for (title, coordinate), number in expected.items():
            stored = values[title][coordinate].value
            assert isinstance(stored, int | float), (title, coordinate, stored)
            assert stored == pytest.approx(number), (sheet.identification.title, title, coordinate)


def test_goal_names_come_from_the_sheets_programme(catalog: Catalog) -> None:
    """Two programmes name the same goal id differently; each sheet gets its own names."""
    names = {}
    for profile_id in ("miljopakken", "miljoloftet"):
        sheet = Sheet(profile=profile_id, goals=[GoalScore(goal="klima", score=2)])
        wb = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
        names[profile_id] = wb[GOALS]["A2"].value
        assert names[profile_id] == catalog.profile(profile_id).goal("klima").name
    assert names["miljopakken"] != names["miljoloftet"]
    # A goal the programme does not know is still shown, by its id.
    sheet = Sheet(profile="miljopakken", goals=[GoalScore(goal="ukjent_mal", score=1)])
    wb = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
    assert wb[GOALS]["A2"].value == "ukjent_mal"


def test_empty_lists_say_so_as_the_pdf_does(catalog: Catalog) -> None:
    wb = load_workbook(io.BytesIO(render_xlsx(Sheet(), catalog, [])), data_only=True)
    assert wb[GOALS]["A2"].value == "Ingen mål er scoret."
    assert wb[RISKS]["A2"].value == "Ingen risikoer er registrert."
    assert wb[MILESTONES]["A2"].value == "Ingen milepæler er registrert."


def test_a_milestone_without_a_date_and_text_that_looks_like_a_formula(catalog) -> None:
    sheet = Sheet(
        risks=[Risk(description="=1+1", mitigation="@SUM(A1)")],
        progress={"milestones": [Milestone(name='=HYPERLINK("x")', done=True)]},
    )
    formulas = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
    assert formulas[RISKS]["B2"].value == "=1+1" and formulas[RISKS]["B2"].data_type == "s"
    assert formulas[MILESTONES]["A2"].data_type == "s"
    assert formulas[MILESTONES]["B2"].value is None
    assert formulas[MILESTONES]["C2"].value == "Fullført"


def test_every_worksheet_is_readable_on_screen_and_on_paper(rendered) -> None:
    _, formulas, _ = rendered[0]
    assert formulas.sheetnames == list(SHEET_NAMES)
    for ws in formulas.worksheets:
        assert ws.freeze_panes in ("A2", "B2"), ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws["A1"].font.bold, ws.title
        for letter, dim in ws.column_dimensions.items():
            if dim.width:
                assert 8 <= dim.width <= 62, (ws.title, letter, dim.width)
    # Texts that run long get a wide, wrapping column rather than one cut off.
    assert formulas[GOALS].column_dimensions["C"].width >= 40
    assert formulas[RISKS].column_dimensions["B"].width >= 30
    assert formulas[RISKS].column_dimensions["F"].width >= 30
    assert formulas[MILESTONES].column_dimensions["A"].width >= 30


def test_the_page_header_names_the_project_whatever_its_title(catalog: Catalog) -> None:
    sheet = Sheet(revision=4)
    sheet.identification.title = "Gang- & sykkelveg " + "lang " * 80
    wb = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
    for ws in wb.worksheets:
        header = ws.oddHeader.center.text
        # '&' starts a header code, so the title's own '&' is doubled; Excel takes at
        # most 255 characters.
        assert header.startswith("Gang- && sykkelveg lang"), ws.title
        assert len(header) <= 255 and header.endswith("…")
        assert ws.oddFooter.left.text == f"{ws.title} · revisjon 4"
        assert ws.oddFooter.right.text == "Side &P av &N"
