"""What the sheet PDF says is what the sheet holds (issue 12, items 1, 3, 4 and 9).

Every letter of Sámi, Nordic and Latin Extended-A/B names, arrows and typographic marks
comes back out of the PDF with poppler's pdftotext; a character the embedded font cannot
draw is refused with its code point and its field, never replaced. The UTKAST watermark
is drawn as outlines, so text extraction does not see it; an unsigned final PDF says so
on every page; a number column has one number of decimals; a table's legend stays with
its last row.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.sheet import (
    Attachment,
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Sheet,
)

# Names as they are written, official Sámi place names among them.
SAMI = (
    "Porsáŋgu",
    "Čiŋŋálaš",
    "Máret Ánne Čiŋŋálaš-Šápmi",
    "Guovdageaidnu",
    "Kárášjohka",
    "Unjárga",
    "Deatnu",
    "Ŧ ŧ Đ đ Ŋ ŋ Č č Š š Ž ž Á á",
    "Ïï Ǥǥ Ǧǧ Ǩǩ Ʒʒ Ǯǯ Åå Ææ Øø Ää Öö",  # South and Skolt Sámi
)
OTHER_LATIN = (
    "Wąsik",
    "Źdźbło",
    "Łódź",
    "Dvořák",
    "Şişli",
    "Őrség Űrhajó",
    "Þingvellir Ðð",
    "Ștefan Țară Əli",  # Latin Extended-B
)
MARKS = (
    "→ ← ↔ ⇒",
    "«sitat» “engelsk” ‘enkelt’",
    "2027–2030 — tankestrek …",
    "5 ‰ § 12 ± 3 × 2 −4 € •",
)
COVERAGE = SAMI + OTHER_LATIN + MARKS
EVERYTHING = " / ".join(COVERAGE)
SHEET_ID = uuid.UUID("5a3e9d10-6c1b-4f0e-8a2d-1b7c3e4f5a60")


def _pdftotext(data: bytes, tmp_path: Path, *options: str) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "sheet.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return out.replace("\u00a0", " ")


def _pages(data: bytes, tmp_path: Path) -> list[str]:
    pages = _pdftotext(data, tmp_path, "-layout").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _squash(text: str) -> str:
    return " ".join(text.split())


def _sheet(catalog: Catalog) -> Sheet:
    """A sheet whose text fields, short (table cells) and long (paragraphs), hold every
    character of the coverage list."""
    profile = catalog.profiles.get("miljopakken") or catalog.default_profile
    sheet = Sheet(id=SHEET_ID, revision=2, profile=profile.id, form_version="2026.1")
    ident = sheet.identification
    ident.title = "Gang- og sykkelveg Porsáŋgu → Čiŋŋálaš"
    ident.summary = EVERYTHING
    ident.contact_name = "Máret Ánne Čiŋŋálaš-Šápmi"
    ident.municipalities = [profile.municipalities[0]]
    ident.phase = "DP"
    sheet.description.purpose = ("Lang tekst som brytes over flere linjer. " * 6) + EVERYTHING
    sheet.cost.expected_cost_mnok = Decimal("40.5")
    sheet.cost.price_year = 2027
    sheet.cost.items = [
        CostItem(name=name, low=Decimal("1"), most_likely=Decimal("2"), high=Decimal("3"))
        for name in SAMI[:3]
    ]
    sheet.risks = [
        Risk(description=text, probability=2, consequence=3, mitigation=text) for text in COVERAGE
    ]
    sheet.progress.milestones = [Milestone(name=text) for text in OTHER_LATIN]
    sheet.goals = [GoalScore(goal=profile.goals[0].id, score=2, justification=EVERYTHING)]
    sheet.attachments = [
        Attachment(
            id="a1",
            filename="kart_Porsáŋgu.pdf",
            media_type="application/pdf",
            size=12_345,
            sha256="ab" * 32,
            description=" ".join(MARKS),
        )
    ]
    return sheet


@pytest.fixture(scope="module")
def sheet(catalog: Catalog) -> Sheet:
    return _sheet(catalog)


@pytest.fixture(scope="module")
def final_unsigned(sheet: Sheet, catalog: Catalog) -> bytes:
    from prosjektark.exchange.pdf import render_pdf

    return render_pdf(sheet, catalog, [], draft=False)


@pytest.fixture(scope="module")
def final_signed(sheet: Sheet, catalog: Catalog) -> bytes:
    from prosjektark.exchange.pdf import render_pdf

    return render_pdf(sheet, catalog, [], draft=False, signed=True)


@pytest.fixture(scope="module")
def draft(sheet: Sheet, catalog: Catalog) -> bytes:
    from prosjektark.exchange.pdf import render_pdf

    return render_pdf(sheet, catalog, [], draft=True, status="Klar", signed=True)


# ------------------------------------------------------------------ item 1: every letter


def test_every_character_of_the_coverage_list_comes_back(
    final_signed: bytes, tmp_path: Path
) -> None:
    text = _squash(_pdftotext(final_signed, tmp_path, "-raw"))
    for words in COVERAGE:
        assert words in text, words
    assert "Gang- og sykkelveg Porsáŋgu → Čiŋŋálaš" in text  # the title, a heading


def test_every_font_is_embedded_and_none_is_a_standard_font(
    final_unsigned: bytes, draft: bytes, tmp_path: Path
) -> None:
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    for name, data in (("final", final_unsigned), ("draft", draft)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        out = subprocess.run(
            ["pdffonts", str(path)], check=True, capture_output=True, text=True
        ).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            # name type [type] encoding emb sub uni object-id generation
            emb = row.split()[-5]
            assert emb == "yes", row
            assert "DejaVuSans" in row.split()[0], row


def test_a_character_the_font_cannot_draw_is_refused_with_its_field(
    catalog: Catalog,
) -> None:
    from prosjektark.exchange.pdf import UnprintableTextError, render_pdf

    sheet = _sheet(catalog)
    sheet.identification.title = "Sykkelveg 中心"
    sheet.risks[1].mitigation = "Tiltak ⌛"
    with pytest.raises(UnprintableTextError) as caught:
        render_pdf(sheet, catalog, [], draft=False)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    for named in ("«U+4E2D 中»", "«U+5FC3 心»", "«U+231B ⌛»"):
        assert named in message, message
    assert "Prosjektnavn" in message  # the title's field label
    assert "Tiltak" in message and "rad 2" in message  # the risk table's cell
    assert caught.value.characters == {"中", "心", "⌛"}


def test_the_case_file_refuses_too(catalog: Catalog) -> None:
    from datetime import UTC, datetime

    from prosjektark.exchange.pdf import UnprintableTextError, render_case_pdf

    sheet = _sheet(catalog)
    sheet.identification.contact_name = "Ann ﷺ"
    with pytest.raises(UnprintableTextError, match="U\\+FDFA"):
        render_case_pdf(
            sheet,
            catalog,
            [],
            draft=False,
            status="Klar",
            review_status=None,
            history=[],
            remarks=[],
            answers=[],
            made_at=datetime(2026, 6, 1, tzinfo=UTC),
        )


# ------------------------------------------------------------------ item 3: the watermark


def test_the_watermark_is_not_text(draft: bytes, final_signed: bytes, tmp_path: Path) -> None:
    # Same sheet, same status, same signature box: the draft differs only by its mark.
    draft_pages = _pages(draft, tmp_path)
    final_pages = _pages(final_signed, tmp_path)
    assert len(draft_pages) == len(final_pages)
    for number, (with_mark, without) in enumerate(zip(draft_pages, final_pages, strict=True), 1):
        lines = [line.rstrip() for line in with_mark.splitlines()]
        footer = [line for line in lines if "UTKAST" in line]
        # The footer's own «UTKAST» is deliberate text: a reader hears it too.
        assert len(footer) == 1 and footer[0].endswith("UTKAST"), (number, footer)
        rest = _squash("\n".join(re.sub(r"\s*UTKAST$", "", line) for line in lines))
        assert rest == _squash(without), f"page {number}: stray letters from the watermark"
        assert not re.search(r"U\s+T\s+K\s+A\s+S\s+T", with_mark)


def test_the_watermark_is_still_drawn(draft: bytes, final_signed: bytes, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    def grey_pixels(data: bytes, name: str) -> int:
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-gray", "-png", "-r", "30", "-f", "1", "-l", "1", str(path),
             str(tmp_path / name)],
            check=True,
        )  # fmt: skip
        image = Image.open(next(tmp_path.glob(f"{name}-*.png"))).convert("L")
        w, h = image.size
        return sum(image.crop((w // 4, h // 3, 3 * w // 4, 2 * h // 3)).histogram()[200:241])

    assert grey_pixels(draft, "draft") > grey_pixels(final_signed, "final") + 300


# ------------------------------------------------------------------ item 4: not signed


def test_an_unsigned_final_pdf_says_so_on_every_page(final_unsigned: bytes, tmp_path: Path) -> None:
    pages = _pages(final_unsigned, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        head = _squash("\n".join(page.strip().splitlines()[:1]))
        assert "Ikke signert – denne PDF-en er ikke en signert leveranse" in head, (number, head)


def test_an_unsigned_final_pdf_says_so_in_its_signature_box(
    final_unsigned: bytes, final_signed: bytes, tmp_path: Path
) -> None:
    from prosjektark.exchange.pdf import SIGNATURE_BOX

    def in_box(data: bytes) -> str:
        _, x1, y1, x2, y2 = SIGNATURE_BOX
        box = ["-f", "1", "-l", "1", "-x", str(int(x1) + 1), "-y", str(int(841.89 - y2) + 1)]
        box += ["-W", str(int(x2 - x1) - 2), "-H", str(int(y2 - y1) - 2)]
        return _squash(_pdftotext(data, tmp_path, *box))

    assert "Ikke signert" in in_box(final_unsigned)
    assert in_box(final_signed) == ""  # kept free for the stamp
    assert "Ikke signert" not in _pdftotext(final_signed, tmp_path)


# ------------------------------------------------------------------ item 9: decimals, legend


def test_a_number_column_has_one_number_of_decimals(catalog: Catalog, tmp_path: Path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet = _sheet(catalog)
    sheet.cost.items = [
        CostItem(name="Rigg", low=Decimal("4.5"), most_likely=Decimal("6"), high=Decimal("9.25")),
        CostItem(name="Bru", low=Decimal("12"), most_likely=Decimal("16.125"), high=Decimal("24")),
    ]
    sheet.funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("10")),
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("5.5")),
        FundingLine(year=2028, source="bompenger", amount_mnok=Decimal("20.25")),
    ]
    text = _squash(_pdftotext(render_pdf(sheet, catalog, [], draft=False), tmp_path, "-raw"))
    # Lav: 4,5 and 12 and the sum 16,5 (one decimal); mest sannsynlig: 6 and 16,125 and
    # 22,125 (three); høy: 9,25 and 24 and 33,25 (two).
    assert "Rigg 4,5 6,000 9,25" in text, text
    assert "Bru 12,0 16,125 24,00" in text, text
    assert "Sum 16,5 22,125 33,25" in text, text
    # Bompenger 10 and 20,25 and 30,25; statlig 5,5; the row sums 15,5, 20,25 and 35,75.
    assert re.search(r"2027 10,00 5,5 (– )*15,50", text), text
    assert re.search(r"2028 20,25 – (– )*20,25", text), text
    assert re.search(r"Sum 30,25 5,5 (– )*35,75", text), text


def _risk_story(catalog: Catalog, count: int) -> list:
    """The flowables the renderer makes for the risk step's table and its legend."""
    from prosjektark.exchange import pdf

    sheet = _sheet(catalog)
    sheet.risks = [
        Risk(description=f"Risiko nummer {n}", probability=2, consequence=3, mitigation="Tiltak")
        for n in range(1, count + 1)
    ]
    renderer = pdf._Renderer(sheet, catalog, [], "Klar")
    field = next(f for s in catalog.form.steps for f in s.fields if f.type == "risks")
    renderer.risks(field)
    return renderer.story


def test_the_risk_legend_stays_with_the_table(catalog: Catalog, tmp_path: Path) -> None:
    """Wherever the page ends, the legend is on the page of the table's last row."""
    import io

    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer

    from prosjektark.exchange import pdf

    count = 6
    frame_height = 400.0
    texts = []
    # Shift the table down a few points at a time over the range where the page ends in
    # it (rows are 18 points high): one document each, so every break between rows and
    # between the last row and the legend is tried.
    for offset in range(190, int(frame_height) - 40, 7):
        story = [Spacer(1, offset), *_risk_story(catalog, count)]
        buffer = io.BytesIO()
        doc = BaseDocTemplate(buffer, pagesize=(pdf.PAGE_WIDTH, frame_height + 40))
        frame = Frame(20, 20, pdf.FRAME_WIDTH, frame_height, 0, 0, 0, 0)
        doc.addPageTemplates([PageTemplate(frames=[frame])])
        doc.build(story)
        texts.append((offset, buffer.getvalue()))
    checked = 0
    for offset, data in texts:
        pages = _pages(data, tmp_path)
        last = next(i for i, p in enumerate(pages) if f"Risiko nummer {count}" in p)
        legend = next(i for i, p in enumerate(pages) if "S = sannsynlighet" in p)
        assert legend == last, f"offset {offset}: legend on page {legend + 1}, row on {last + 1}"
        checked += len(pages) > 1
    assert checked >= 5  # the page really did end inside or right after the table


# ------------------------------------------------------------------ the proposal PDF


def _proposal(catalog: Catalog, name: str, title: str):
    from datetime import UTC, date, datetime

    from prosjektark.domain.examples import example_sheets
    from prosjektark.domain.portfolio import build_item, new_scenario
    from prosjektark.exchange.proposal import proposal_content

    profile = catalog.profile("miljopakken")
    sheets = [s for s in example_sheets(catalog) if s.profile == profile.id]
    sheets[0] = sheets[0].model_copy(
        update={"identification": sheets[0].identification.model_copy(update={"title": title})}
    )
    items = [
        build_item(s, catalog, profile, review_state="til_vurdering", today=date(2026, 6, 1))
        for s in sheets
    ]
    return proposal_content(
        new_scenario(name, profile, items),
        {i.sheet_id: i for i in items},
        [],
        profile,
        made_at=datetime(2026, 9, 15, 10, 30, tzinfo=UTC),
    )


def test_the_proposal_pdf_keeps_every_letter(catalog: Catalog, tmp_path: Path) -> None:
    from prosjektark.exchange.proposal import render_proposal_pdf

    proposal = _proposal(catalog, "Porsáŋgu → Čiŋŋálaš", "Wąsik: «Máret Ánne Čiŋŋálaš-Šápmi»")
    data = render_proposal_pdf(proposal, signed=False)
    text = _squash(_pdftotext(data, tmp_path, "-raw"))
    assert "Porsáŋgu → Čiŋŋálaš" in text
    assert "Wąsik: «Máret Ánne Čiŋŋálaš-Šápmi»" in text
    if shutil.which("pdffonts") is not None:
        path = tmp_path / "proposal.pdf"
        path.write_bytes(data)
        fonts = subprocess.run(
            ["pdffonts", str(path)], check=True, capture_output=True, text=True
        ).stdout.splitlines()[2:]
        assert fonts and all(row.split()[-5] == "yes" for row in fonts), fonts


def test_the_proposal_pdf_refuses_what_the_font_cannot_draw(catalog: Catalog) -> None:
    from prosjektark.exchange.pdf import UnprintableTextError
    from prosjektark.exchange.proposal import render_proposal_pdf

    proposal = _proposal(catalog, "Hovedalternativ 中", "Sykkelveg ⌛")
    with pytest.raises(UnprintableTextError) as caught:
        render_proposal_pdf(proposal, signed=True)
    message = str(caught.value)
    assert "Scenario: «U+4E2D 中»" in message, message
    assert "Tiltak, rad 1: «U+231B ⌛»" in message, message
