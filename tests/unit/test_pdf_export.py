"""The PDF export: a full sheet renders to a readable A4 PDF with all parts and æøå."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import uuid
from decimal import Decimal
from pathlib import Path

import pytest

from prosjektark import paths
from prosjektark.domain.catalog import Catalog, load_catalog
from prosjektark.domain.findings import Finding
from prosjektark.domain.sheet import (
    Acknowledgement,
    Attachment,
    ChecklistAnswer,
    CostItem,
    FundingLine,
    GoalScore,
    Milestone,
    Risk,
    Sheet,
    Treatment,
)

TITLE = "Sykkelveg med fortau, Østre Ålesundsgate–Bjørndalsbrua"
SHEET_ID = uuid.UUID("0b9f3c52-7d1e-4c1a-9a35-5f2e8d6b4a11")

LONG_TEXT = (
    "Strekningen mangler i dag et sammenhengende tilbud for gående og syklende, og "
    "skolebarn fra Øvre Åsen må krysse en trafikkert fylkesveg uten sikring. "
) * 12


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(paths.resource_dir())


def build_full_sheet(catalog: Catalog) -> Sheet:
    """A sheet with every part filled in, æøå in the texts, and a long text."""
    profile = catalog.profiles.get("miljopakken") or catalog.default_profile
    sheet = Sheet(id=SHEET_ID, revision=3, profile=profile.id, form_version="2026.1")
    ident = sheet.identification
    ident.title = TITLE
    ident.summary = "Ny sykkelveg med fortau på 1,2 km som knytter Åsen skole til hovedsykkelruta."
    ident.responsible_party = profile.parties[2]
    ident.responsible_agency = profile.agencies[3]
    ident.municipalities = [profile.municipalities[0], profile.municipalities[2]]
    ident.working_group = profile.working_groups[0]
    ident.action_area = profile.action_areas[0].id
    ident.phase = "DP"
    ident.funding_type = "enkeltprosjekt"
    ident.contact_name = "Kari Nordmann-Øien"
    ident.contact_email = "kari.nordmann-oien@trondheim.kommune.no"
    ident.contact_phone = "+47 73 00 00 00"
    desc = sheet.description
    desc.purpose = LONG_TEXT + "\n\nAndre avsnitt: tryggere skoleveg for barn på Ørland."
    desc.alternatives = "Alternativ 0: dagens løsning. Alternativ 1: fortau på én side."
    desc.recommended_concept = "Sykkelveg med fortau på nordsiden, se skisse i vedlegg."
    desc.benefit = "Flere går og sykler; færre ulykker med myke trafikanter."
    desc.stakeholders = "Grunneiere langs Bjørndalsbrua, Åsen skole, Statens vegvesen."
    desc.zoning_needs = "Reguleringsplan vedtatt 2024; mindre justering ved brua."
    desc.technical_feasibility = "Grunnforhold undersøkt; kabler må legges om."
    desc.changes_affecting_benefit = "Ingen endringer som påvirker nytten."
    for checklist_id, target in (
        ("land_use", sheet.land_use),
        ("traffic_safety", sheet.traffic_safety),
    ):
        definition = catalog.checklists[checklist_id]
        for i, question in enumerate(definition.questions):
            options = definition.options_for(question)
            option = options[-1] if i == 0 else options[0]
            target.answers[question.id] = ChecklistAnswer(
                answer=option.value,
                justification="Vurdert av prosjektgruppen; berører ikke dyrka mark på Ørlandet."
                if option.needs_justification or option.value == "ikke_relevant"
                else "",
            )
    cost = sheet.cost
    cost.expected_cost_mnok = Decimal("48.5")
    cost.std_dev_percent = Decimal("25")
    cost.estimate_kind = "styringsmal"
    cost.estimate_method = "anslagsmetoden"
    cost.price_year = 2027
    cost.styringsmal_mnok = Decimal("52.0")
    cost.items = [
        CostItem(
            name="Grunnerverv og rigg",
            low=Decimal("4.5"),
            most_likely=Decimal("6"),
            high=Decimal("9.25"),
        ),
        CostItem(
            name="Bru og støttemur ved Bjørndalsbrua",
            low=Decimal("12"),
            most_likely=Decimal("16.5"),
            high=Decimal("24"),
        ),
        CostItem(
            name="Veg, fortau og belysning",
            low=Decimal("1200.125"),
            most_likely=Decimal("1500"),
            high=Decimal("1800"),
        ),
    ]
    cost.notes = "Anslaget er laget i anslagsseminar 12. mars; mva. er ikke med."
    funding = sheet.funding
    funding.lines = [
        FundingLine(year=2027, source="bompenger", amount_mnok=Decimal("10")),
        FundingLine(year=2027, source="statlig", amount_mnok=Decimal("5.5")),
        FundingLine(year=2028, source="bompenger", amount_mnok=Decimal("20.25")),
        FundingLine(year=2029, source="kommunal", amount_mnok=Decimal("12.75")),
    ]
    funding.additionality_confirmed = True
    funding.additionality_note = "Kommunen har ikke midler til tiltaket i økonomiplanen."
    funding.road_owner = "Trondheim kommune"
    funding.road_owner_commits = True
    funding.granted_date = dt.date(2025, 12, 15)
    sheet.goals = [
        GoalScore(
            goal=profile.goals[1].id, score=3, justification="Flere går og sykler til skolen."
        ),
        GoalScore(
            goal=profile.goals[4].id,
            score=2,
            justification="Skiller myke trafikanter fra biltrafikken.",
        ),
    ]
    sheet.risks = [
        Risk(
            description="Grunnerverv trekker ut i tid",
            probability=3,
            consequence=4,
            mitigation="Tidlig dialog med grunneiere på Øvre Åsen.",
        ),
        Risk(
            description="Kvikkleire ved brua",
            probability=2,
            consequence=5,
            mitigation="Supplerende grunnundersøkelser.",
        ),
    ]
    sheet.progress.construction_start = dt.date(2028, 4, 1)
    sheet.progress.milestones = [
        Milestone(name="Reguleringsplan vedtatt", date=dt.date(2024, 11, 20), done=True),
        Milestone(name="Byggestart", date=dt.date(2028, 4, 1)),
        Milestone(name="Ferdigstilt og åpnet", date=dt.date(2029, 10, 1)),
    ]
    sheet.treatments = [
        Treatment(
            body="politisk",
            date=dt.date(2025, 12, 15),
            decision="Bystyret vedtok finansiering av DP.",
            transition="PU-DP",
            political=True,
        ),
    ]
    sheet.attachments = [
        Attachment(
            id="a1",
            filename="skisse_bjørndalsbrua.pdf",
            media_type="application/pdf",
            sha256="ab" * 32,
            size=2_345_678,
            description="Skisse av løsningen ved brua",
        ),
        Attachment(
            id="a2",
            filename="kart.png",
            media_type="image/png",
            sha256="0f" * 32,
            size=845,
            description="",
        ),
    ]
    sheet.acknowledgements = [
        Acknowledgement(
            code="cost.band.below",
            field="cost.std_dev_percent",
            comment="Godt kjent grunn",
            by="Kari",
            at=dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC),
        ),
    ]
    return sheet


def full_findings() -> list[Finding]:
    return [
        Finding(
            "cost.band.above",
            "error",
            "cost.std_dev_percent",
            "Usikkerheten er for høy for et styringsmål (over 30 %).",
            step="kostnad",
        ),
        Finding(
            "cost.band.below",
            "warning",
            "cost.std_dev_percent",
            "Usikkerheten er lavere enn båndet for fasen; begrunn det.",
            step="kostnad",
        ),
        Finding(
            "land_use.justification_missing",
            "warning",
            "land_use.answers.farmland",
            "«Ikke relevant» må begrunnes.",
            step="arealbruk",
        ),
        Finding(
            "decision.political_required",
            "info",
            "treatments",
            "Overgangen DP til UB må behandles politisk (over 40 MNOK).",
            step="framdrift",
        ),
    ]


# ------------------------------------------------------------------ helpers


def pdf_pages_text(data: bytes, tmp_path: Path) -> list[str]:
    """The text of each page, via poppler's pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [p.replace("\u00a0", " ") for p in pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def full_sheet(catalog: Catalog) -> Sheet:
    return build_full_sheet(catalog)


@pytest.fixture(scope="module")
def draft_pdf(full_sheet: Sheet, catalog: Catalog) -> bytes:
    from prosjektark.exchange.pdf import render_pdf

    return render_pdf(full_sheet, catalog, full_findings(), draft=True)


@pytest.fixture(scope="module")
def final_pdf(full_sheet: Sheet, catalog: Catalog) -> bytes:
    from prosjektark.exchange.pdf import render_pdf

    # To be signed: an unsigned final PDF says so in its box (tests/unit/test_pdf_text.py).
    return render_pdf(full_sheet, catalog, [], draft=False, signed=True)


# ------------------------------------------------------------------ tests


def test_pdf_is_a_parseable_a4_document(draft_pdf: bytes) -> None:
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    assert draft_pdf.startswith(b"%PDF-")
    reader = PdfFileReader(io.BytesIO(draft_pdf))
    pages = list(reader.root["/Pages"]["/Kids"])
    assert len(pages) >= 2
    box = [float(x) for x in pages[0].get_object()["/MediaBox"]]
    assert box[2] == pytest.approx(595.3, abs=0.5)
    assert box[3] == pytest.approx(841.9, abs=0.5)


def test_pdf_contains_title_steps_and_identity(
    draft_pdf: bytes, catalog: Catalog, tmp_path: Path
) -> None:
    pages = pdf_pages_text(draft_pdf, tmp_path)
    text = squash("\n".join(pages))
    assert TITLE in text
    for step in catalog.form.steps:
        assert step.title in text, step.title
    assert str(SHEET_ID) in text
    assert "revisjon 3" in text
    profile = catalog.profile(build_full_sheet(catalog).profile)
    assert profile.name.upper() in text


def test_pdf_shows_values_by_label_and_in_norwegian_format(
    draft_pdf: bytes, tmp_path: Path
) -> None:
    text = squash("\n".join(pdf_pages_text(draft_pdf, tmp_path)))
    assert "48,5 MNOK" in text
    assert "1 500,0" in text  # thousands separated by a space
    assert "Styringsmål" in text and "Anslagsmetoden (Statens vegvesen)" in text
    assert "Detaljplanlegging (DP)" in text
    assert "Sykkel" in text  # the action area by its profile name
    assert "Flere reiser miljøvennlig" in text  # the goal by its profile name
    assert "15.12.2025" in text
    assert "skisse_bjørndalsbrua.pdf" in text and "abababababab" in text
    assert "Grunnerverv trekker ut i tid" in text
    assert "Usikkerheten er for høy for et styringsmål" in text
    assert "Kvittert av Kari" in text
    assert "Ikke relevant" in text  # a checklist answer by its label


def test_pdf_funding_table_has_sums(draft_pdf: bytes, tmp_path: Path) -> None:
    text = squash("\n".join(pdf_pages_text(draft_pdf, tmp_path)))
    # 2027 row: 10 bompenger + 5,5 statlig = 15,5; grand total 48,5. Each column has the
    # decimals of its finest value on every row (bompenger 20,25 and 30,25: two; the row
    # sums 20,25 and 12,75: two; statlig: one), so the decimal commas line up.
    assert re.search(r"2027 10,00 5,5 – – – 15,50", text), text
    assert re.search(r"Sum 30,25 5,5 – 12,75 – 48,50", text), text


def test_draft_is_marked_on_every_page(draft_pdf: bytes, tmp_path: Path) -> None:
    pages = pdf_pages_text(draft_pdf, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "UTKAST" in page, f"page {number} lacks the draft mark"
        assert f"Side {number} av {len(pages)}" in page


def _stamp_pixels(data: bytes, tmp_path: Path, name: str) -> list[int]:
    """Per page, how many pixels in the middle of the page have the stamp's light grey."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    from PIL import Image

    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-gray", "-png", "-r", "30", str(pdf), str(tmp_path / name)], check=True
    )
    counts = []
    for png in sorted(tmp_path.glob(f"{name}-*.png")):
        image = Image.open(png).convert("L")
        w, h = image.size
        middle = image.crop((w // 4, h // 3, 3 * w // 4, 2 * h // 3))
        counts.append(sum(middle.histogram()[200:241]))
    return counts


def test_draft_stamp_is_drawn_diagonally_on_every_page(
    draft_pdf: bytes, final_pdf: bytes, tmp_path: Path
) -> None:
    # pdftotext splits diagonal text into fragments, so look at the rendered pages instead.
    draft = _stamp_pixels(draft_pdf, tmp_path, "draft")
    final = _stamp_pixels(final_pdf, tmp_path, "final")
    assert len(draft) == len(final)
    for number, (with_stamp, without) in enumerate(zip(draft, final, strict=True), start=1):
        assert with_stamp > without + 300, f"page {number}: {with_stamp} vs {without}"


def test_final_has_no_stamp_and_page_numbers(final_pdf: bytes, tmp_path: Path) -> None:
    pages = pdf_pages_text(final_pdf, tmp_path)
    assert "Side 1 av" in pages[0]
    for page in pages:
        assert "UTKAST" not in page
    assert "Ingen funn" in "\n".join(pages)


def test_signature_box_is_free_of_text(final_pdf: bytes, tmp_path: Path) -> None:
    from prosjektark.exchange.pdf import SIGNATURE_BOX

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    page, x1, y1, x2, y2 = SIGNATURE_BOX
    assert page == 0 and x1 < x2 and y1 < y2
    pdf = tmp_path / "final.pdf"
    pdf.write_bytes(final_pdf)
    height = 841.89
    # pdftotext crops with a top-left origin
    crop = subprocess.run(
        [
            "pdftotext",
            "-f",
            "1",
            "-l",
            "1",
            "-x",
            str(int(x1) + 1),
            "-y",
            str(int(height - y2) + 1),
            "-W",
            str(int(x2 - x1) - 2),
            "-H",
            str(int(y2 - y1) - 2),
            str(pdf),
            "-",
        ],
        check=True,
        capture_output=True,
    ).stdout.decode()
    assert crop.strip() == ""


def test_empty_sheet_renders(catalog: Catalog, tmp_path: Path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    data = render_pdf(Sheet(), catalog, [], draft=True)
    text = squash("\n".join(pdf_pages_text(data, tmp_path)))
    assert "Uten navn" in text and "Ikke utfylt" in text and "UTKAST" in text


def test_hostile_text_does_not_break_the_layout(catalog: Catalog, tmp_path: Path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet = build_full_sheet(catalog)
    sheet.identification.title = "<b>Tag</b> & «sitat» ₂ \x07"
    sheet.description.purpose = "x" * 5000  # one word far wider than the page
    sheet.land_use.answers["farmland"] = ChecklistAnswer(
        answer="ja", justification="Lang begrunnelse. " * 400
    )
    data = render_pdf(sheet, catalog, [], draft=False)
    text = squash("\n".join(pdf_pages_text(data, tmp_path)))
    assert "<b>Tag</b> & «sitat» ₂" in text  # the font has ₂: nothing is replaced


def test_example_sheets_render_when_available(catalog: Catalog) -> None:
    examples = pytest.importorskip(
        "prosjektark.domain.examples", reason="domain/examples.py not there yet"
    )
    from prosjektark.exchange.pdf import render_pdf

    for sheet in examples.example_sheets(catalog):
        assert render_pdf(sheet, catalog, [], draft=True).startswith(b"%PDF-")


def _word_boxes(data: bytes, tmp_path: Path, name: str) -> list[tuple[str, list[float]]]:
    """Every word poppler finds, with its box in points, page after page."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [(m[4], [float(v) for v in m[:4]]) for m in re.findall(pattern, html)]


def test_lines_drawn_directly_look_exactly_as_reportlab_draws_them(
    full_sheet: Sheet, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """_Line.drawOn draws its text at its place without Flowable.drawOn's save, translate
    and restore; every word lands where reportlab's own path puts it, to 0.01 pt (the
    numbers in the PDF round differently, which may move an edge pixel, nothing more)."""
    from reportlab.platypus import Flowable

    from prosjektark.exchange import pdf

    findings = full_findings()
    fast = pdf.render_pdf(full_sheet, catalog, findings, draft=True)
    monkeypatch.setattr(pdf._Line, "drawOn", Flowable.drawOn)
    reference = pdf.render_pdf(full_sheet, catalog, findings, draft=True)
    assert fast != reference  # the two paths really differ in how they draw
    fast_words = _word_boxes(fast, tmp_path, "fast")
    reference_words = _word_boxes(reference, tmp_path, "reference")
    assert len(fast_words) > 500
    assert [w for w, _ in fast_words] == [w for w, _ in reference_words]
    for (word, box), (_, expected) in zip(fast_words, reference_words, strict=True):
        assert box == pytest.approx(expected, abs=0.01), word
