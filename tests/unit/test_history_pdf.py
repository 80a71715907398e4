"""The case history, the remarks and the values the form no longer shows, in the sheet's
PDF (exchange/pdf.py) and in the secretariat's case file (exchange/case_file.py), read
back from the PDF with pdftotext."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import tomllib
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from prosjektark.domain.case_history import NO_IDENTITY, event_line, who_text
from prosjektark.domain.caseflow import Actor, CaseEvent
from prosjektark.domain.checklist import ChecklistDefinition
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.form import FormDefinition
from prosjektark.domain.form_migration import REMOVED_HEADING, migrate_to_form
from prosjektark.domain.nb_format import format_datetime
from prosjektark.domain.sheet import ChecklistAnswer, Sheet, sheet_from_json
from prosjektark.store.repository import Store

WG = Actor("Kari Nordmann", "ab12cd34" + "aa" * 28)
SEC = Actor("Ola Sekretær", "bb" * 32)
FORMS = Path(__file__).resolve().parents[1] / "fixtures" / "forms"


def pdf_text(data: bytes, tmp_path: Path) -> str:
    """The PDF's text with runs of white space as one space (lines wrap in cells)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / f"ark-{uuid.uuid4().hex[:8]}.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True
    ).stdout.decode("utf-8")
    return re.sub(r"\s+", " ", out.replace("\u00a0", " "))


@pytest.fixture
def store(tmp_path: Path):
    opened = Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg")
    yield opened
    opened.close()


@pytest.fixture
def case(store: Store, catalog):
    """A sheet made and signed by the working group, received and reviewed by the
    secretariat, with a remark and its answer: every kind of entry the PDF shows."""
    review = catalog.profile("miljoloftet").review
    sheet = example_sheets(catalog)[0].model_copy(deep=True)
    sheet.id = uuid.uuid4()
    sheet.revision = 0
    sheet.is_example = False
    sheet.profile = "miljoloftet"
    sheet.identification.title = "Kollektivfelt Fjøsangerveien"
    store.actor = lambda: WG
    store.create(sheet)
    revision = store.save_version(sheet, note="Første utkast")
    store.mark_signed(sheet.id, revision)
    store.actor = lambda: SEC
    store.receive_revision(sheet.id, revision, WG, review, "Pakke fra arbeidsgruppen")
    store.change_review_state(sheet.id, "til_samordning", review, comment="Tas i møtet 3. mars")
    remark = store.add_remark(
        sheet.id, "Begrunn standardavviket nærmere.", field="cost.std_dev_percent"
    )
    whole = store.add_remark(sheet.id, "Kartet mangler målestokk.")
    store.mark_remarks_sent(sheet.id, [remark.id, whole.id], "2 merknader")
    store.actor = lambda: WG
    store.add_answer(remark.id, "disagree", "Standardavviket følger Statens vegvesens mal.")
    return sheet, store.history(sheet.id), store.remarks(sheet.id), store.answers(sheet.id)


# -- the wording shared by the CLI, the window and the PDFs -------------------------------


def test_who_is_a_name_and_the_start_of_the_fingerprint() -> None:
    assert who_text(WG.name, WG.fingerprint) == "Kari Nordmann [SHA-256 ab12cd34…]"
    assert who_text("", "") == NO_IDENTITY == "(ingen identitet)"
    assert who_text("Ola", "") == "Ola"


def test_an_event_line_names_the_state_the_way_the_programme_does(catalog) -> None:
    review = catalog.profile("miljoloftet").review
    at = datetime(2026, 11, 30, 5, 22, tzinfo=UTC)
    event = CaseEvent(1, uuid.uuid4(), at, "state_changed", SEC.name, SEC.fingerprint,
                      2, "til_samordning", "Tas i\nmøtet")  # fmt: skip
    assert event_line(event, review) == (
        f"{format_datetime(at)}  Ny saksstatus: Til samordning (revisjon 2)"
        " – Ola Sekretær [SHA-256 bbbbbbbb…]  Tas i møtet"
    )
    nobody = dataclasses.replace(event, kind="created", who="", fingerprint="", revision=None,
                                 state="", text="")  # fmt: skip
    assert event_line(nobody, review) == f"{format_datetime(at)}  Opprettet – (ingen identitet)"


# -- the sheet's PDF ----------------------------------------------------------------------


def test_the_sheet_pdf_ends_with_the_case_history(case, catalog, tmp_path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet, history, _, _ = case
    text = pdf_text(render_pdf(sheet, catalog, [], draft=True, history=history), tmp_path)
    assert "Sakshistorikk" in text
    section = text[text.rindex("Sakshistorikk") :]
    for name in ("Opprettet", "Versjon lagret", "Signert", "Mottatt", "Ny saksstatus"):
        assert name in section
    assert "Til samordning" in section and "til_samordning" not in section
    assert "Tas i møtet 3. mars" in section
    assert "Kari Nordmann" in section and "Ola Sekretær" in section
    assert "ab12cd34" in section
    for event in history:  # every entry's local time, the Norwegian way
        assert format_datetime(event.at).split(" kl. ")[0] in section
    assert re.search(r"\d\d\.\d\d\.\d{4} kl\. \d\d:\d\d", section)
    # oldest first, as the record is read
    assert section.index("Opprettet") < section.index("Signert") < section.index("Ny saksstatus")


def test_without_a_history_the_pdf_is_as_before(case, catalog, tmp_path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet, *_ = case
    text = pdf_text(render_pdf(sheet, catalog, [], draft=False), tmp_path)
    assert "Sakshistorikk" not in text and "Merknader fra sekretariatet" not in text


def test_remarks_and_their_answers_are_in_the_pdf_when_given(case, catalog, tmp_path) -> None:
    from prosjektark.exchange.pdf import render_pdf

    sheet, history, remarks, answers = case
    data = render_pdf(sheet, catalog, [], draft=True, remarks=remarks, answers=answers)
    text = pdf_text(data, tmp_path)
    section = text[text.rindex("Merknader fra sekretariatet") :]
    assert "Begrunn standardavviket nærmere." in section
    assert "Usikkerhet (standardavvik)" in section  # the label, not the path
    assert "Hele arket" in section and "Kartet mangler målestokk." in section
    assert "Uenig" in section and "Standardavviket følger Statens vegvesens mal." in section
    assert "Ikke besvart" in section  # the second remark has no answer yet


def test_a_value_the_form_no_longer_shows_is_in_the_pdf(catalog, tmp_path) -> None:
    """A reviewer found such values missing from the exports: the sheet holds them (and
    the editor shows them under «Fjernet fra skjemaet»), so the PDF must too."""
    from prosjektark.exchange.pdf import render_pdf

    sheet = example_sheets(catalog)[0].model_copy(deep=True)
    sheet.land_use.answers["stoy_gammel"] = ChecklistAnswer(
        answer="ja", justification="Støyskjerm langs bekken er avtalt med naboene."
    )
    text = pdf_text(render_pdf(sheet, catalog, [], draft=True), tmp_path)
    assert REMOVED_HEADING in text
    assert "Støyskjerm langs bekken er avtalt med naboene." in text
    # By its id (the checklist no longer has its text), and once: not in the checklist too.
    assert text.count("stoy_gammel") == 1


def _toml(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def test_a_removed_field_keeps_its_old_label_in_the_pdf(catalog, tmp_path) -> None:
    """With the test forms' declared removals (2026.1 -> 2026.3): the phone number and a
    removed checklist question, shown with their old labels."""
    from prosjektark.exchange.pdf import render_pdf

    form = FormDefinition.model_validate(_toml(FORMS / "2026.3" / "prosjektark.toml"))
    land_use = ChecklistDefinition.model_validate(_toml(FORMS / "2026.3" / "land_use.toml"))
    old_catalog = dataclasses.replace(
        catalog, form=form, checklists={**catalog.checklists, land_use.id: land_use}
    )
    draft = sheet_from_json((FORMS / "utkast-2026.1.json").read_text(encoding="utf-8"))
    sheet: Sheet = migrate_to_form(draft, form, old_catalog.checklists).sheet
    text = pdf_text(render_pdf(sheet, old_catalog, [], draft=True), tmp_path)
    assert REMOVED_HEADING in text
    assert "Telefon" in text and "+47 400 00 202" in text
    assert "Gir tiltaket mer støy for naboene?" in text
    assert "Støyberegning er bestilt, svar i mai." in text


# -- the case file ------------------------------------------------------------------------


def test_the_case_file_has_the_sheet_then_the_review_remarks_and_history(
    case, catalog, store, tmp_path
) -> None:
    from prosjektark.exchange.case_file import render_case_file

    sheet, history, remarks, answers = case
    status = store.review_status(sheet.id)
    data = render_case_file(sheet, catalog, history, remarks, answers, status)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data, tmp_path)
    assert "Saksmappe" in text
    assert "Kollektivfelt Fjøsangerveien" in text
    review_at = text.index("Saksbehandling")
    remarks_at = text.index("Merknader fra sekretariatet")
    history_at = text.rindex("Sakshistorikk")
    # The sheet's own steps come first, then the secretariat's parts in that order.
    assert text.index("Oppsummering") < review_at < remarks_at < history_at
    review_part = text[review_at:remarks_at]
    assert "Til samordning" in review_part
    assert format_datetime(status.since).split(" kl. ")[0] in review_part
    assert "Standardavviket følger Statens vegvesens mal." in text[remarks_at:history_at]
    assert "Tas i møtet 3. mars" in text[history_at:]
    assert "Plass for elektronisk signatur" not in text  # a case file is not signed


def test_a_case_file_for_a_sheet_not_yet_reviewed_says_so(catalog, tmp_path) -> None:
    from prosjektark.exchange.case_file import render_case_file

    sheet = example_sheets(catalog)[0]
    text = pdf_text(render_case_file(sheet, catalog, [], [], [], None), tmp_path)
    assert "Ikke mottatt til behandling ennå." in text
    assert "Ingen merknader." in text and "Ingen hendelser er registrert." in text


def test_a_pdf_exported_from_the_store_ends_with_its_history(store, catalog, tmp_path):
    from prosjektark.exchange.export import export_stored_sheet

    store.actor = lambda: WG
    sheet = example_sheets(catalog)[0].model_copy(deep=True, update={"id": uuid.uuid4()})
    store.create(sheet)
    store.save_version(sheet, note="Til arbeidsgruppemøtet")
    result = export_stored_sheet(store, sheet.id, catalog, tmp_path / "ut", pdf=True)
    text = pdf_text(result.files["pdf"].read_bytes(), tmp_path)
    history = text[text.rindex("Sakshistorikk") :]
    assert "Opprettet" in history and "Versjon lagret" in history
    assert "Kari Nordmann" in history and "Til arbeidsgruppemøtet" in history
