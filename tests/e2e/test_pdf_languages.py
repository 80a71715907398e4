"""The PDF of one example in each language, as `prosjektark export` writes it, read with
pdftotext (issue 14: «The PDF of one example in each language is checked with
pdftotext»). Each sheet is exported by a process whose own language is another one: the
PDF follows the sheet, not the reader."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import sheet_to_json

# (sheet's language, the exporting process's LANG)
CASES = {"nb": "en_GB.UTF-8", "nn": "en_GB.UTF-8", "en": "nb_NO.UTF-8"}

# Headings the PDF has in each language: {language: text}. Where nynorsk or English
# differs from bokmål, the bokmål one must not be in that PDF.
HEADINGS = [
    {"nb": "Funn fra regelkontrollen", "nn": "Funn frå regelkontrollen",
     "en": "Findings of the rule check"},
    {"nb": "Status og neste behandling", "nn": "Status og neste handsaming",
     "en": "Status and next consideration"},
    {"nb": "Ansvarlig etat", "nn": "Ansvarleg etat", "en": "Responsible agency"},
    {"nb": "Finansieringsform", "nn": "Finansieringsform", "en": "Type of funding"},
    {"nb": "Side 1 av", "nn": "Side 1 av", "en": "Page 1 of"},
    {"nb": "Grunnlag", "nn": "Grunnlag", "en": "Basic information"},  # the form's step
]  # fmt: skip


@pytest.fixture(scope="module")
def pdf_texts(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    example = example_sheets(catalog)[0]
    texts: dict[str, str] = {}
    for language, reader in CASES.items():
        folder = tmp_path_factory.mktemp(f"pdf-{language}")
        sheet = example.model_copy(deep=True)
        sheet.language = language
        source = folder / "ark.json"
        source.write_text(sheet_to_json(sheet), encoding="utf-8")
        out = folder / "ut"
        result = cli(
            folder / "home", "export", str(source), "--out", str(out), "--pdf", LANG=reader
        )
        assert result.returncode == 0, result.stdout + result.stderr
        (pdf,) = out.glob("*.pdf")
        texts[language] = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    return texts


@pytest.mark.parametrize("language", list(CASES))
def test_the_pdf_has_the_headings_of_its_language(pdf_texts, language: str) -> None:
    text = pdf_texts[language]
    for heading in HEADINGS:
        assert heading[language] in text, f"«{heading[language]}» missing from the {language} PDF"


@pytest.mark.parametrize("language", ["nn", "en"])
def test_no_bokmal_heading_where_the_translation_differs(pdf_texts, language: str) -> None:
    text = pdf_texts[language]
    for heading in HEADINGS:
        if heading[language] != heading["nb"]:
            assert heading["nb"] not in text, f"bokmål «{heading['nb']}» in the {language} PDF"
