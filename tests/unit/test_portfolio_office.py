"""The portfolio workbook as LibreOffice reads and prints it: the per-programme sums it
sees are the hand-computed ones, and the printed pages have text a person can read
(the 24 columns used to shrink to about 3 pt on one A4 page). Skips, naming LibreOffice,
when it is not installed."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from office_helpers import convert_with_libreoffice
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet
from prosjektark.exchange.portfolio import (
    AREA_SHEET,
    PORTFOLIO_SHEET,
    PRINT_SHEET,
    PortfolioEntry,
    Signature,
    render_portfolio,
)

TODAY = date(2026, 3, 1)
MIN_SCALE = 0.55  # of full size: 11 pt text prints at 6 pt or more
MIN_FONT_SIZE = 6.0  # points: the smallest print a person reads without a loupe
BODY_FONT_SIZE = 11  # openpyxl's default font, which the workbook's cells use
LONG_TITLE = "Sykkelveg med fortau og ny bussholdeplass langs fylkesvegen, byggetrinn"


def portfolio(catalog: Catalog, count: int = 60) -> tuple[list[Sheet], bytes]:
    """`count` sheets across both programmes, with long titles and signatures."""
    examples = example_sheets(catalog)
    sheets = []
    for n in range(count):
        sheet = examples[n % len(examples)].model_copy(deep=True)
        sheet.id = uuid.uuid4()
        sheet.identification.title = f"{LONG_TITLE} {n + 1}"
        sheets.append(sheet)
    signed_at = datetime(2026, 2, 3, 9, 15, tzinfo=UTC)
    entries = [
        PortfolioEntry(s, "signert", Signature("Kåre Øvrebø", "ab" * 32, signed_at))
        if n % 2
        else PortfolioEntry(s, "utkast")
        for n, s in enumerate(sheets)
    ]
    return sheets, render_portfolio(entries, catalog, today=TODAY)


def test_libreoffice_reads_the_sums_per_programme(catalog: Catalog, tmp_path: Path) -> None:
    sheets, data = portfolio(catalog, 12)
    src = tmp_path / "portefolje.xlsx"
    src.write_bytes(data)
    # Raw values (not "as shown"), UTF-8 (76), one CSV per worksheet (-1).
    filter_ = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
    convert_with_libreoffice(src, tmp_path, filter_)
    path = tmp_path / f"portefolje-{AREA_SHEET}.csv"
    assert path.is_file(), f"LibreOffice wrote no {path.name}"
    rows = list(csv.reader(path.read_text("utf-8").splitlines()))
    header, sums = rows[0], {r[0]: r for r in rows[1:] if r and r[0].startswith("Sum")}

    names = {catalog.profile(s.profile).name for s in sheets}
    assert set(sums) == {f"Sum {name}" for name in names}  # no sum across programmes
    for name in names:
        mine = [s for s in sheets if catalog.profile(s.profile).name == name]
        row = dict(zip(header, sums[f"Sum {name}"], strict=False))
        assert int(row["Antall ark"]) == len(mine)
        cost = sum(s.cost.expected_cost_mnok for s in mine)
        assert float(row["Forventet kostnad (MNOK)"]) == pytest.approx(float(cost))
        for year in catalog.profile(mine[0].profile).years:
            funded = sum(x.amount_mnok for s in mine for x in s.funding.lines if x.year == year)
            assert float(row[f"{year} (MNOK)"]) == pytest.approx(float(funded)), year
        funded = sum(x.amount_mnok for s in mine for x in s.funding.lines)
        assert float(row["Sum finansiering (MNOK)"]) == pytest.approx(float(funded))


def words_per_page(pdf: Path) -> list[list[tuple[str, float]]]:
    """Each page's words with the height of their box in points (pdftotext -bbox)."""
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = pdf.with_suffix(".html")
    subprocess.run([tool, "-bbox", str(pdf), str(out)], check=True, timeout=120)
    pages = out.read_text("utf-8").split("<page ")[1:]
    word = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<')
    return [[(text, float(y1) - float(y0)) for y0, y1, text in word.findall(p)] for p in pages]


def full_size_height(tmp_path: Path) -> float:
    """The box height of 11 pt text printed at 100 % by the same LibreOffice and fonts
    (a word's box is taller than its font size, by how much depends on the font)."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Prosjektnavn"
    wb.active.page_setup.scale = 100
    src = tmp_path / "fullstorrelse.xlsx"
    wb.save(src)
    convert_with_libreoffice(src, tmp_path, "pdf")
    ((word,),) = words_per_page(tmp_path / "fullstorrelse.pdf")
    return word[1]


def test_the_printed_portfolio_is_readable(catalog: Catalog, tmp_path: Path) -> None:
    sheets, data = portfolio(catalog)
    src = tmp_path / "portefolje.xlsx"
    src.write_bytes(data)
    convert_with_libreoffice(src, tmp_path, "pdf")
    pages = words_per_page(tmp_path / "portefolje.pdf")
    full = full_size_height(tmp_path)

    assert len(pages) > 3
    scale = min(h for page in pages for _, h in page) / full
    assert scale >= MIN_SCALE, f"printed at {scale:.0%}"
    assert BODY_FONT_SIZE * scale >= MIN_FONT_SIZE
    for number, page in enumerate(pages, start=1):
        text = {w for w, _ in page}
        # Header row repeated on every page; the wide table's pages to the right still
        # show programme and title (print_title_cols).
        assert text & {"Prosjektnavn", "Tiltaksområde"}, number
        if "Fingeravtrykk" in text or "Prosjektark-ID" in text:
            assert "Prosjektnavn" in text and "Program" in text, number
        words = [w for w, _ in page]
        assert "side" in words, number  # the footer: «<sheet> – side N av M»
        assert words[words.index("side") + 1].isdigit(), number
    # Every row printed whole, on the wide sheet and on the compact one: the print areas
    # hold all rows, and no title is cut off by its neighbour.
    # The title is on every page of the wide sheet (print_title_cols), once on the
    # compact one; each page of the wide sheet names its sheet in the footer.
    wide = [p for p in pages if PORTFOLIO_SHEET in {w for w, _ in p}]
    compact = [p for p in pages if PRINT_SHEET in {w for w, _ in p}]
    assert wide and compact and any(AREA_SHEET.split()[1] in {w for w, _ in p} for p in pages)

    def titles(part: list[list[tuple[str, float]]]) -> int:
        return sum(1 for page in part for w, _ in page if w == "byggetrinn")

    assert titles(compact) == len(sheets)  # every row printed, none cut off
    fingerprints = [w for page in wide for w, _ in page if w == ":".join(["AB"] * 32)]
    assert len(fingerprints) == len(sheets) // 2  # whole, on one line, on every signed row
    pages_across = titles(wide) // len(sheets)
    assert pages_across >= 2 and titles(wide) == pages_across * len(sheets)
