"""`prosjektark export` of a sheet with Sámi and other Latin names, as a user runs it: the
PDF says what the JSON says, letter for letter (issue 12, item 1), and says it is not
signed when it is not (item 4); a character the PDF's font cannot draw stops the export
with a message naming it, instead of a PDF with a box or a «?» in its place."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json

NAMES = {
    "title": "Gang- og sykkelveg Porsáŋgu → Čiŋŋálaš",
    "contact": "Máret Ánne Čiŋŋálaš-Šápmi",
    "summary": "Fra Kárášjohka til Unjárga; ŧ đ ŋ č š ž á; Wąsik i Źdźbło; «sitat» – … ‰ §",
}


def _sheet(catalog: Catalog, **changes: str) -> Sheet:
    sheet = example_sheets(catalog)[0]
    ident = sheet.identification
    ident.title = changes.get("title", NAMES["title"])
    ident.contact_name = changes.get("contact", NAMES["contact"])
    ident.summary = changes.get("summary", NAMES["summary"])
    return sheet


def _text(pdf: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def test_the_exported_pdf_keeps_every_letter_and_says_it_is_not_signed(
    catalog: Catalog, tmp_path: Path
) -> None:
    source = tmp_path / "ark.json"
    source.write_text(sheet_to_json(_sheet(catalog)), encoding="utf-8")
    out = tmp_path / "ut"
    result = cli(tmp_path / "home", "export", str(source), "--out", str(out), "--pdf")
    assert result.returncode == 0, result.stderr
    (pdf,) = out.glob("*.pdf")
    text = _text(pdf)
    for value in NAMES.values():
        assert value in text, value
    # The signature box says so on a draft and a final PDF alike (the unit tests check
    # the page header of a final one).
    assert "Ikke signert" in text


def test_a_character_the_font_lacks_stops_the_export_with_its_name(
    catalog: Catalog, tmp_path: Path
) -> None:
    source = tmp_path / "ark.json"
    source.write_text(sheet_to_json(_sheet(catalog, title="Sykkelveg 中心")), encoding="utf-8")
    out = tmp_path / "ut"
    result = cli(tmp_path / "home", "export", str(source), "--out", str(out), "--pdf")
    assert result.returncode != 0
    assert "«U+4E2D 中»" in result.stderr and "Prosjektnavn" in result.stderr, result.stderr
    # The whole message, as a refusal the user can act on, not an unexpected failure.
    assert "Fjern tegnene" in result.stderr and "Uventet feil" not in result.stderr, result.stderr
    assert not out.exists() or not list(out.glob("*.pdf"))
