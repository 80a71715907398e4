"""LibreOffice, an independent reader, reads the per-sheet workbook of an example sheet:
every sum is the number the sheet's data gives, goals, risks and milestones are there,
and on paper every page of a long table repeats its header row. Skipped, naming
LibreOffice, where it is not installed."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from office_helpers import convert_with_libreoffice
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import SYKKELVEG_ID, example_sheets
from prosjektark.domain.sheet import Risk, Sheet
from prosjektark.exchange.xlsx import SHEET_NAMES, render_xlsx

# Raw values (not as shown), UTF-8 (76), one CSV per worksheet (-1).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


@pytest.fixture(scope="module")
def example(catalog: Catalog) -> Sheet:
    (sheet,) = [s for s in example_sheets(catalog) if s.id == SYKKELVEG_ID]
    return sheet


@pytest.fixture(scope="module")
def office_dir(tmp_path_factory) -> Path:
    """One folder, so the conversions share one LibreOffice profile (made once, slowly)."""
    return tmp_path_factory.mktemp("office")


@pytest.fixture(scope="module")
def csvs(example: Sheet, catalog: Catalog, office_dir: Path) -> dict[str, list[list[str]]]:
    out = office_dir
    src = out / "ark.xlsx"
    src.write_bytes(render_xlsx(example, catalog, []))
    convert_with_libreoffice(src, out, CSV_FILTER)
    sheets = {}
    for name in SHEET_NAMES:
        path = out / f"ark-{name}.csv"
        assert path.is_file(), f"LibreOffice wrote no {path.name}"
        sheets[name] = list(csv.reader(path.read_text("utf-8").splitlines()))
    return sheets


def by_first(rows: list[list[str]]) -> dict[str, list[str]]:
    return {r[0]: r[1:] for r in rows if r}


def number(text: str) -> Decimal:
    return Decimal(text) if text else Decimal(0)


def test_libreoffice_reads_every_sum_as_the_data_gives_it(csvs, example, catalog) -> None:
    items = example.cost.items
    cost = by_first(csvs["Kostnad"])
    expected = [sum(getattr(i, a) for i in items) for a in ("low", "most_likely", "high")]
    assert [number(x) for x in cost["Sum"]] == expected
    std = example.cost.expected_cost_mnok * example.cost.std_dev_percent / 100
    assert float(cost["Standardavvik (MNOK)"][0]) == pytest.approx(float(std))

    funding = csvs["Finansiering"]
    names = {s.id: s.name for s in catalog.profile(example.profile).funding_sources}
    header = funding[0]
    lines = example.funding.lines
    for row in funding[1:]:
        if row and row[0].isdigit():
            year = int(row[0])
            assert number(row[-1]) == sum(
                (x.amount_mnok for x in lines if x.year == year), Decimal(0)
            ), year
    total = by_first(funding)["Sum"]
    for name, cell in zip(header[1:], total, strict=True):
        chosen = [x.amount_mnok for x in lines if name in ("Sum", names.get(x.source))]
        assert number(cell) == sum(chosen, Decimal(0)), name

    goals = by_first(csvs["Måloppnåelse"])
    assert int(goals["Sum poeng"][0]) == sum(g.score for g in example.goals)
    risks = csvs["Risiko"][1 : 1 + len(example.risks)]
    for row, risk in zip(risks, example.risks, strict=True):
        assert int(row[4]) == risk.probability * risk.consequence


def test_libreoffice_sees_every_goal_risk_and_milestone(csvs, example, catalog) -> None:
    profile = catalog.profile(example.profile)
    goals = by_first(csvs["Måloppnåelse"])
    for goal in example.goals:
        score, justification = goals[profile.goal(goal.goal).name][:2]
        assert (int(score), justification) == (goal.score, goal.justification)

    risks = csvs["Risiko"][1 : 1 + len(example.risks)]
    assert [r[:4] + r[5:6] for r in risks] == [
        [str(n), r.description, str(r.probability), str(r.consequence), r.mitigation]
        for n, r in enumerate(example.risks, start=1)
    ]

    milestones = csvs["Milepæler"][1 : 1 + len(example.progress.milestones)]
    for row, milestone in zip(milestones, example.progress.milestones, strict=True):
        assert row[0] == milestone.name
        # A date cell: LibreOffice writes it in its own locale's order; the parts match.
        parts = sorted(int(p) for p in re.findall(r"\d+", row[1]))
        assert parts == sorted([milestone.date.day, milestone.date.month, milestone.date.year])
        assert row[2] == ("Fullført" if milestone.done else "Planlagt")


def test_a_long_risk_table_repeats_its_header_on_every_printed_page(
    example: Sheet, catalog: Catalog, office_dir: Path
) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    sheet = example.model_copy(deep=True)
    sheet.risks = [
        Risk(description=f"Risiko nummer {n} med en beskrivelse som er lang nok til å brytes "
             "over to linjer i kolonnen.", probability=1 + n % 5, consequence=1 + n % 3,
             mitigation=f"Tiltak {n}.")
        for n in range(1, 61)
    ]  # fmt: skip
    src = office_dir / "lang.xlsx"
    src.write_bytes(render_xlsx(sheet, catalog, []))
    convert_with_libreoffice(src, office_dir, "pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(office_dir / "lang.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = [p for p in text.split("\f") if "Risiko · revisjon" in p]
    assert len(pages) >= 2, "the 60 risks take more than one page"
    for page in pages:
        assert "Sannsynlighet" in page and "Tiltak" in page, "header row on every page"
        assert sheet.identification.title in page, "the project's title in the page header"
    found = {int(n) for n in re.findall(r"Risiko nummer (\d+)", "".join(pages))}
    assert found == set(range(1, 61)), "no risk lost between pages"
