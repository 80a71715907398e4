"""A sheet's PDF and workbook are written in the sheet's language, whatever the reader's
(issue 14, item 5); the secretariat's case file, portfolio and proposal in the language
asked for. Run `python3 /work/helpers/tr_merge.py` first when the catalogues are stale."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from prosjektark import i18n
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange.export import export_sheet

TODAY = date(2026, 3, 1)


def pdf_text(data: bytes) -> str:
    """The PDF's text: pdftotext when installed, else pypdfium2's text extraction."""
    if shutil.which("pdftotext") is not None:
        return subprocess.run(
            ["pdftotext", "-layout", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode("utf-8")
    pdfium = pytest.importorskip(
        "pypdfium2", reason="neither pdftotext (poppler-utils) nor pypdfium2 is installed"
    )
    document = pdfium.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def workbook_texts(data: bytes) -> tuple[list[str], list[str]]:
    """The worksheet names and every text cell, in order."""
    wb = load_workbook(io.BytesIO(data))
    cells = [
        str(cell.value)
        for ws in wb.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    return wb.sheetnames, cells


@pytest.fixture(scope="module")
def example(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]


def _export(sheet: Sheet, catalog: Catalog, folder: Path, *, reader: str) -> tuple[str, bytes]:
    """PDF text and workbook bytes of `sheet` exported by a reader whose UI is `reader`."""
    i18n.set_language(reader)
    try:
        result = export_sheet(sheet, catalog, folder, pdf=True, xlsx=True, today=TODAY)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    return pdf_text(result.files["pdf"].read_bytes()), result.files["xlsx"].read_bytes()


@pytest.fixture(scope="module")
def exports(
    example: Sheet, catalog: Catalog, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, tuple[str, bytes]]]:
    """One export per case: nynorsk and bokmål sheets read by an English UI, an English
    sheet by a bokmål one, and the bokmål sheet by a bokmål UI as today."""
    out: dict[str, tuple[str, bytes]] = {}
    for name, written_in, reader in (
        ("nn", "nn", "en"),
        ("en", "en", "nb"),
        ("nb-by-en", "nb", "en"),
        ("nb", "nb", "nb"),
    ):
        sheet = example.model_copy(deep=True)
        sheet.language = written_in
        out[name] = _export(sheet, catalog, tmp_path_factory.mktemp(name), reader=reader)
    yield out


# Texts of the PDF that differ in each language: (bokmål, nynorsk, English).
PDF_HEADINGS = [
    ("Funn fra regelkontrollen", "Funn frå regelkontrollen", "Findings of the rule check"),
    ("Status og neste behandling", "Status og neste handsaming", "Status and next consideration"),
    ("Neste faseovergang", "Neste faseovergang", "Next phase transition"),
    ("Side 1 av", "Side 1 av", "Page 1 of"),
    ("Ansvarlig etat", "Ansvarleg etat", "Responsible agency"),
]
# The form's own texts (resources/forms), from the catalog in the sheet's language.
FORM_HEADINGS = [("Grunnlag", "Grunnlag", "Basic information")]


def test_a_nynorsk_sheet_from_an_english_ui_gives_a_nynorsk_pdf(exports) -> None:
    text, _ = exports["nn"]
    for _nb, nn, en in PDF_HEADINGS + FORM_HEADINGS:
        assert nn in text
        if en != nn:
            assert en not in text
    for nb, nn, _en in PDF_HEADINGS:
        if nb != nn:
            assert nb not in text, f"bokmål «{nb}» in the nynorsk PDF"


def test_an_english_sheet_gives_an_english_pdf(exports) -> None:
    text, _ = exports["en"]
    for nb, _nn, en in PDF_HEADINGS + FORM_HEADINGS:
        assert en in text
        assert nb not in text, f"bokmål «{nb}» in the English PDF"
    assert "DRAFT" in text or "UTKAST" not in text


def test_the_workbook_is_in_the_sheets_language(exports) -> None:
    names_nn, cells_nn = workbook_texts(exports["nn"][1])
    names_en, cells_en = workbook_texts(exports["en"][1])
    assert names_nn[:4] == ["Oversikt", "Kostnad", "Finansiering", "Måloppnåing"]
    assert names_en[:4] == ["Overview", "Cost", "Funding", "Goal achievement"]
    assert "Forventa kostnad (MNOK)" in cells_nn
    assert "Forventet kostnad (MNOK)" not in cells_nn
    assert "Expected cost (MNOK)" in cells_en
    assert "Grunngjeving" in cells_nn and "Justification" in cells_en
    assert "Begrunnelse" not in cells_nn + cells_en


def test_a_bokmal_sheet_reads_the_same_whatever_the_readers_language(exports) -> None:
    text, workbook = exports["nb-by-en"]
    today_text, today_workbook = exports["nb"]
    assert text == today_text
    assert workbook_texts(workbook) == workbook_texts(today_workbook)
    assert "Funn fra regelkontrollen" in text
    assert "Oversikt" in workbook_texts(workbook)[0]


def test_the_case_file_is_in_the_language_asked_for(example: Sheet, catalog: Catalog) -> None:
    from prosjektark.exchange.case_file import render_case_file

    sheet = example.model_copy(deep=True)
    sheet.language = "nn"  # the sheet's language does not decide the secretariat's paper
    english = pdf_text(render_case_file(sheet, catalog, [], [], [], None, language="en"))
    assert "Case handling" in english and "Remarks from the secretariat" in english
    assert "Saksbehandling" not in english and "Sakshandsaming" not in english
    i18n.set_language("nn")
    try:  # no language given: the current one, the UI's
        nynorsk = pdf_text(render_case_file(sheet, catalog, [], [], [], None))
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert "Sakshandsaming" in nynorsk and "Saksbehandling" not in nynorsk


def test_the_portfolio_workbook_is_in_the_language_asked_for(
    example: Sheet, catalog: Catalog
) -> None:
    from prosjektark.exchange.portfolio import render_portfolio

    data = render_portfolio([example], catalog, today=TODAY, language="en")
    names, cells = workbook_texts(data)
    assert names == ["Portfolio", "By action area", "Printout"]
    assert "Expected cost (MNOK)" in cells and "Forventet kostnad (MNOK)" not in cells
    assert names != workbook_texts(render_portfolio([example], catalog, today=TODAY))[0]


def test_a_pdf_that_cannot_be_made_is_explained_in_the_readers_language(
    example: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    from prosjektark.exchange.export import ExportError

    sheet = example.model_copy(deep=True)
    sheet.language = "nn"
    sheet.identification.title = "Sykkelveg \U0001f6b2"  # the PDF's font has no bicycle
    i18n.set_language("en")
    try:
        with pytest.raises(ExportError) as raised:
            export_sheet(sheet, catalog, tmp_path, pdf=True, today=TODAY)
    finally:
        i18n.set_language(i18n.SOURCE_LANGUAGE)
    assert str(raised.value).startswith("The PDF cannot be made")
    assert "U+1F6B2" in str(raised.value)


def test_the_proposal_is_in_the_language_asked_for(catalog: Catalog, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from prosjektark.domain.portfolio import build_item, new_scenario
    from prosjektark.exchange.proposal import write_proposal

    english = catalog.in_language("en")  # the programme's own words in English too
    profile = english.profile("miljopakken")
    sheets = [s for s in example_sheets(catalog) if s.profile == profile.id]
    items = [build_item(s, english, profile, today=TODAY) for s in sheets]
    scenario = new_scenario("Hovedalternativ", profile, items)
    pdf, workbook = write_proposal(
        tmp_path,
        scenario,
        {i.sheet_id: i for i in items},
        [],
        profile,
        made_at=datetime(2026, 9, 15, 10, 30, tzinfo=UTC),
        language="en",
    )
    text = pdf_text(pdf.read_bytes())
    assert "Balance against the frames per year" in text
    assert "Ranked measures by action area" in text and "NOT SIGNED" in text
    assert "Rangerte tiltak" not in text and "IKKE SIGNERT" not in text
    names, cells = workbook_texts(workbook.read_bytes())
    assert names == [
        "Balance",
        "Ranking",
        "By action area",
        "Left out",
        "Changed since scenario",
        "For reassessment",
    ]
    assert "Expected cost (MNOK)" in cells and "Forventet kostnad (MNOK)" not in cells
