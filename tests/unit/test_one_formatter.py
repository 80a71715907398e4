"""One formatter, one label table (issue 9, item 5).

An amount reads the same in a rule's message, the sheet list, the editor's sums and
read-only cells, the PDF and the Excel workbooks (where the cell's number format must
show the same digits); a transition is named the same everywhere, and by the profile:
renaming it in the profile renames it everywhere.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import uuid
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from office_helpers import convert_with_libreoffice
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.nb_format import NBSP, format_mnok, format_percent
from prosjektark.domain.rules import check_sheet, decision_advice
from prosjektark.domain.sheet import CostItem, FundingLine, Identification, Sheet, Treatment
from prosjektark.domain.summary import SheetSummary

# The value, and its text: half up to whole thousand kroner, at least one decimal, a
# no-break space between thousands, a real minus sign.
CASES = [
    (Decimal("12.0005"), "12,001"),
    (Decimal("0.0005"), "0,001"),
    (Decimal("-1.0005"), "\u22121,001"),
    (Decimal("1234567.8915"), f"1{NBSP}234{NBSP}567,892"),
    (Decimal("12"), "12,0"),
    (Decimal("-0.0004"), "0,0"),  # rounds to zero: no minus in front of it
]
IDS = ["12,0005", "0,0005", "-1,0005", "1234567,8915", "12", "-0,0004"]
YEAR, SOURCE = 2027, "bompenger"


def sheet_with(amount: Decimal | None, phase: str = "PU") -> Sheet:
    """A sheet whose expected cost and one funding cell hold `amount` as it is: assigned
    after validation, as the exports and the rules get values they must round."""
    sheet = Sheet(
        id=uuid.UUID("6a1f0c1e-7b2d-4c3e-9f4a-5b6c7d8e9f01"),
        profile="miljopakken",
        identification=Identification(title="Formatprøve", phase=phase),
    )
    sheet.cost.price_year = 2027
    sheet.cost.items = [
        CostItem(name="Bru", low=Decimal(100), most_likely=Decimal(100), high=Decimal(100))
    ]
    sheet.cost.expected_cost_mnok = amount
    if amount is not None:
        line = FundingLine(year=YEAR, source=SOURCE, amount_mnok=Decimal(1))
        line.amount_mnok = amount
        sheet.funding.lines = [line]
    return sheet


def plain(text: str) -> str:
    """Spaces as one ordinary space (pdftotext and LibreOffice may turn NBSP into one)."""
    return re.sub(r"[\s\u00a0]+", " ", text)


# ------------------------------------------------------------------ the formatter


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_the_formatter(value: Decimal, text: str) -> None:
    assert format_mnok(value, unit=False) == text
    assert format_mnok(value) == f"{text}{NBSP}MNOK"
    assert format_mnok(float(value), unit=False) == text  # a float rounds the same way


def test_the_formatter_without_a_value() -> None:
    assert format_mnok(None) == "" and format_mnok(None, unit=False) == ""
    assert format_percent(None) == ""


def test_percent() -> None:
    assert format_percent(Decimal("35")) == f"35{NBSP}%"
    assert format_percent(Decimal("12.345")) == f"12,35{NBSP}%"  # half up, two decimals
    assert format_percent(Decimal("1234.5")) == f"1{NBSP}234,5{NBSP}%"


# ------------------------------------------------------------------ every place


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_rule_message(value: Decimal, text: str, catalog: Catalog) -> None:
    findings = check_sheet(sheet_with(value), catalog, today=dt.date(2026, 3, 1))
    mismatch = [f for f in findings if f.code == "cost.items_mismatch"]
    assert mismatch, [f.code for f in findings]
    assert f"({plain(text)} MNOK)" in plain(mismatch[0].message)
    assert "(100,0 MNOK)" in mismatch[0].message  # the computed cost: one decimal at least


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_sheet_list(value: Decimal, text: str, qapp) -> None:
    from prosjektark.ui.sheet_list_model import COL_COST, SheetListModel

    model = SheetListModel()
    model.set_rows(
        [
            SheetSummary(
                id=uuid.uuid4(),
                title="A",
                municipalities="",
                action_area="",
                phase="PU",
                expected_cost_mnok=value,
                status="utkast",
                modified=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
                revision=1,
            )
        ]
    )
    assert model.data(model.index(0, COL_COST)) == text


def test_sheet_list_without_a_value(qapp) -> None:
    from prosjektark.ui.sheet_list_model import COL_COST, SheetListModel

    model = SheetListModel()
    summary = SheetSummary.of(sheet_with(None))
    model.set_rows([summary])
    assert model.data(model.index(0, COL_COST)) == ""


@pytest.fixture
def editor(qtbot, catalog):
    from prosjektark.ui.editor import SheetEditor

    def make(sheet: Sheet, cat: Catalog = catalog) -> SheetEditor:
        widget = SheetEditor(cat)
        qtbot.addWidget(widget)
        widget.resize(1280, 720)
        widget.set_sheet(sheet)
        return widget

    return make


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_editor_sums_and_read_only_cells(value: Decimal, text: str, editor) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from prosjektark.ui.editor.base import field_object_name

    widget = editor(sheet_with(value))
    widget.show_step("finansiering")
    for name in (f"sum:funding.lines.{SOURCE}", f"sum:funding.lines.{YEAR}", "sum:funding.lines"):
        assert widget.findChild(QLabel, name).text() == text, name
    cell = widget.findChild(QLineEdit, field_object_name(f"funding.lines.{YEAR}.{SOURCE}"))
    widget.set_read_only(True)
    assert cell.text() == text  # shown, not edited: formatted like every other amount
    widget.set_read_only(False)
    assert cell.text() == str(value).replace(".", ",")  # as the user edits it: exact


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "ark.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return plain(out)


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_pdf(value: Decimal, text: str, catalog: Catalog, tmp_path: Path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet = sheet_with(value)
    findings = check_sheet(sheet, catalog, today=dt.date(2026, 3, 1))
    shown = pdf_text(render_pdf(sheet, catalog, findings, draft=True), tmp_path)
    number = plain(text)
    assert f"Forventet kostnad {number} MNOK (2027-kroner)" in shown  # the title block
    assert f"{YEAR} {number} " in shown  # the funding table's cell
    assert f"({number} MNOK)" in shown  # the rule's message among the findings


# -- Excel: what a spreadsheet shows for a number and its format code


def _sections(code: str) -> list[str]:
    parts, current, quoted = [], "", False
    for ch in code:
        if ch == '"':
            quoted = not quoted
        if ch == ";" and not quoted:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [*parts, current]


def excel_shows(value: float | int | None, code: str) -> str:
    """The text Excel shows for `value` under the number format `code`, with Norwegian
    separators (decimal comma, NBSP between thousands), for the codes of the form
    [literal]#,##0.0## with an optional negative section. Rounds as Excel does: the
    double's decimal value, half away from zero."""
    if value is None:
        return ""
    sections = _sections(code)
    negative = value < 0 and len(sections) > 1
    section = sections[1] if negative else sections[0]
    literal = re.match(r'^((?:"[^"]*"|\\.)*)', section).group(1)
    prefix = re.sub(r'"([^"]*)"|\\(.)', lambda m: m.group(1) or m.group(2), literal)
    body = section[len(literal) :]
    whole, _, decimals = body.partition(".")
    least, most = decimals.count("0"), decimals.count("0") + decimals.count("#")
    number = Decimal(repr(abs(value) if negative else value)).quantize(
        Decimal(1).scaleb(-most), rounding=ROUND_HALF_UP
    )
    sign = "-" if number < 0 else ""
    digits, _, frac = f"{abs(number):f}".partition(".")
    frac = frac.rstrip("0").ljust(least, "0")
    if "," in whole:
        digits = f"{int(digits):,}".replace(",", NBSP)
    return prefix + sign + digits + ("," + frac if frac else "")


def _row_value(ws, label: str):
    for row in ws.iter_rows(min_col=1, max_col=2):
        if row[0].value == label:
            return row[1]
    raise AssertionError(f"no row {label!r}")


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_excel_workbook(value: Decimal, text: str, catalog: Catalog) -> None:
    from prosjektark.exchange.xlsx import render_xlsx

    wb = load_workbook(io.BytesIO(render_xlsx(sheet_with(value), catalog, [])))
    cost = _row_value(wb["Oversikt"], "Forventet kostnad (MNOK)")
    assert excel_shows(cost.value, cost.number_format) == text
    funding = wb["Finansiering"]
    column = next(c.column for c in funding[1] if c.value == "Bompenger")
    cell = next(r[column - 1] for r in funding.iter_rows(min_row=2) if r[0].value == YEAR)
    assert excel_shows(cell.value, cell.number_format) == text


@pytest.mark.parametrize(("value", "text"), CASES, ids=IDS)
def test_portfolio_workbook(value: Decimal, text: str, catalog: Catalog) -> None:
    from prosjektark.exchange.portfolio import PORTFOLIO_SHEET, render_portfolio

    wb = load_workbook(io.BytesIO(render_portfolio([sheet_with(value)], catalog)))
    ws = wb[PORTFOLIO_SHEET]
    titles = [c.value for c in ws[1]]
    for title in ("Forventet kostnad (MNOK)", f"{YEAR} (MNOK)", "Sum finansiering (MNOK)"):
        cell = ws.cell(row=2, column=titles.index(title) + 1)
        assert excel_shows(cell.value, cell.number_format) == text, title


def test_excel_percent_cells_show_the_percent_text(catalog: Catalog) -> None:
    from prosjektark.exchange.xlsx import render_xlsx

    for percent, text in (("35", "35"), ("12.5", "12,5"), ("12.25", "12,25")):
        sheet = sheet_with(Decimal(10))
        sheet.cost.std_dev_percent = Decimal(percent)
        wb = load_workbook(io.BytesIO(render_xlsx(sheet, catalog, [])))
        cell = _row_value(wb["Oversikt"], "Usikkerhet, standardavvik (%)")
        assert excel_shows(cell.value, cell.number_format) + f"{NBSP}%" == format_percent(
            Decimal(percent)
        )
        assert excel_shows(cell.value, cell.number_format) == text


def test_excel_shows_the_same_in_libreoffice(catalog: Catalog, tmp_path: Path) -> None:
    """The real check of the number formats: LibreOffice's own rendering of the cells."""
    from prosjektark.exchange.xlsx import render_xlsx

    for n, (value, text) in enumerate(CASES):
        path = tmp_path / f"ark{n}.xlsx"
        path.write_bytes(render_xlsx(sheet_with(value), catalog, []))
        convert_with_libreoffice(
            path,
            tmp_path,
            # comma-separated, UTF-8, "save cell contents as shown"; the first sheet
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,1044,false,true,true",
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "LC_ALL": "nb_NO.UTF-8"},
        )
        shown = (tmp_path / f"ark{n}.csv").read_text(encoding="utf-8")
        row = next(line for line in shown.splitlines() if line.startswith("Forventet kostnad"))
        cell = row.split(",", 1)[1].strip('"')
        assert plain(cell) == plain(text), (row, text)


# ------------------------------------------------------------------ transition names


def renamed(catalog: Catalog, name: str) -> Catalog:
    profile = catalog.profiles["miljopakken"]
    transitions = [
        t.model_copy(update={"name": name}) if t.id == "PU-DP" else t for t in profile.transitions
    ]
    changed = profile.model_copy(update={"transitions": transitions})
    return dataclasses.replace(catalog, profiles={**catalog.profiles, changed.id: changed})


def treated_sheet() -> Sheet:
    sheet = sheet_with(Decimal(12))
    sheet.treatments = [
        Treatment(body="programradet", date=dt.date(2026, 2, 1), transition="PU-DP")
    ]
    return sheet


@pytest.mark.parametrize("new_name", [None, "PU » DP"], ids=["shipped", "renamed"])
def test_a_transition_has_one_name(new_name, catalog: Catalog, editor, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QComboBox

    from prosjektark.exchange.pdf import render_pdf
    from prosjektark.exchange.portfolio import PORTFOLIO_SHEET, render_portfolio
    from prosjektark.exchange.xlsx import render_xlsx
    from prosjektark.ui.editor.base import field_object_name

    cat = renamed(catalog, new_name) if new_name else catalog
    name = cat.profiles["miljopakken"].transition_name("PU-DP")
    assert name == (new_name or "PU → DP")
    sheet = treated_sheet()

    advice = decision_advice(sheet, cat.profiles["miljopakken"])
    assert advice is not None and advice.transition_name == name

    widget = editor(sheet, cat)
    widget.show_step("framdrift")
    combo = widget.findChild(QComboBox, field_object_name("treatments[0].transition"))
    assert combo.currentText() == name
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        t.name for t in cat.profiles["miljopakken"].transitions
    ]

    shown = pdf_text(render_pdf(sheet, cat, [], draft=False), tmp_path)
    assert f"Programrådet 01.02.2026 {name} Administrativ" in shown  # the treatments table
    assert f"Neste faseovergang Prosjektutvikling til detaljplanlegging ({name})" in shown
    assert "PU-DP" not in shown and "(PU til DP)" not in shown  # no other spelling

    wb = load_workbook(io.BytesIO(render_xlsx(sheet, cat, [])))
    assert _row_value(wb["Oversikt"], "Neste faseovergang").value.startswith(name)

    wb = load_workbook(io.BytesIO(render_portfolio([sheet], cat)))
    ws = wb[PORTFOLIO_SHEET]
    titles = [c.value for c in ws[1]]
    assert ws.cell(row=2, column=titles.index("Neste beslutning") + 1).value.startswith(name)


def test_phase_names_come_from_the_form(catalog: Catalog) -> None:
    from prosjektark.domain import labels

    field = catalog.form.field("identification.phase")
    for choice in field.choices:
        assert labels.phase_label(catalog.form, choice.value) == choice.label
        assert choice.label.startswith(labels.phase_name(catalog.form, choice.value))
    assert labels.phase_name(catalog.form, "DP") == "Detaljplanlegging"
    assert labels.phase_name(catalog.form, "XX") == "XX"  # unknown: the value as it is


def test_labels_come_from_the_form_and_the_profile(catalog: Catalog) -> None:
    from prosjektark.domain import labels

    form, profile = catalog.form, catalog.profiles["miljopakken"]
    kind = form.field("cost.estimate_kind")
    for choice in kind.choices:
        assert labels.choice_label(form, "cost.estimate_kind", choice.value, profile) == (
            choice.label
        )
    for source in profile.funding_sources:
        assert labels.funding_source_label(profile, source.id) == source.name
    changed = profile.model_copy(
        update={"funding_sources": [s.model_copy(update={"name": "Bompengar"}) if s.id == SOURCE
                                    else s for s in profile.funding_sources]}
    )  # fmt: skip
    assert labels.funding_source_label(changed, SOURCE) == "Bompengar"
