"""The working group's answers to the secretariat's remarks travel in the next delivered
revision: the sheet package carries them as svar.json, signed in its manifest; the
secretariat's intake stores them beside the sheet. Packages without svar.json (every
package before this) import as before."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.exchange.export import export_stored_sheet
from prosjektark.exchange.intake import import_package
from prosjektark.exchange.package import ANSWERS_JSON, build_package
from prosjektark.exchange.package_reader import verify_package
from prosjektark.exchange.remarks_package import (
    ANSWERS_FORMAT,
    export_remarks,
    import_remarks_package,
)
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.ownership import normalise_fingerprint
from prosjektark.store.repository import Store

PASS = "svar i neste revisjon"
TODAY = date(2026, 3, 1)  # the examples are "klar" on this day


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def siri(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Siri Sekretær", "siri@example.no", "Sekretariatet", PASS, tmp_path_factory.mktemp("s")
    )


def actor_of(identity: Identity) -> Actor:
    return Actor(identity.name, normalise_fingerprint(identity.fingerprint))


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    sheet = example_sheets(catalog)[0]
    sheet.revision = 0
    return sheet


@pytest.fixture
def group(open_named_store, sheet: Sheet, kare: Identity):
    with open_named_store("gruppe") as store:
        store.actor = lambda: actor_of(kare)
        store.create(sheet)
        yield store


@pytest.fixture
def secretariat(open_named_store, siri: Identity):
    with open_named_store("sekretariat") as store:
        store.actor = lambda: actor_of(siri)
        yield store


def deliver(group: Store, sheet: Sheet, kare: Identity, catalog: Catalog, out: Path) -> Path:
    result = export_stored_sheet(
        group, sheet.id, catalog, out, package=True, identity=kare, today=TODAY
    )
    assert result.package is not None
    return result.package


@pytest.fixture
def answered(group, secretariat, sheet, kare, siri, catalog, tmp_path):
    """Revision 1 delivered, two remarks sent back and imported, both answered."""
    first = deliver(group, sheet, kare, catalog, tmp_path / "r1")
    trust_group = TrustStore.from_certificates([kare.certificate])
    assert import_package(secretariat, first, trust_group, catalog).status == "importert"
    on_title = secretariat.add_remark(sheet.id, "Presiser tittelen.", "identification.title")
    whole = secretariat.add_remark(sheet.id, "Hvem har regnet på kostnaden?")
    made = export_remarks(secretariat, sheet.id, catalog.form, siri, tmp_path / "merknader")
    trust_secretariat = TrustStore.from_certificates([siri.certificate])
    assert import_remarks_package(group, made.path, trust_secretariat).status == "importert"
    fixed = group.add_answer(on_title.id, "fixed", fixed_in_revision=2)
    reply = group.add_answer(whole.id, "reply", "Statens vegvesen, etter Anslag-metoden.")
    working = group.load(sheet.id)
    working.identification.title += " (Innherredsveien)"
    group.save_working_copy(working)
    return {"fixed": fixed, "reply": reply, "trust": trust_group}


def test_the_next_revision_carries_the_answers_and_the_secretariat_stores_them(
    group, secretariat, sheet, kare, catalog, tmp_path, answered
) -> None:
    second = deliver(group, sheet, kare, catalog, tmp_path / "r2")

    verdict = verify_package(second, answered["trust"])
    assert verdict.valid, verdict.reasons
    assert ANSWERS_JSON in verdict.files and ANSWERS_JSON in verdict.digests  # signed
    body = json.loads(verdict.contents[ANSWERS_JSON])
    assert body["format"] == ANSWERS_FORMAT == "prosjektark-svar/1"
    assert (body["sheet_id"], body["revision"]) == (str(sheet.id), 2)
    by_id = {a["id"]: a for a in body["answers"]}
    assert set(by_id) == {str(answered["fixed"].id), str(answered["reply"].id)}
    assert by_id[str(answered["fixed"].id)]["fixed_in_revision"] == 2
    assert by_id[str(answered["reply"].id)]["by_name"] == "Kåre Øvrebø"
    assert {a.delivered_in_revision for a in group.answers(sheet.id)} == {2}

    outcome = import_package(secretariat, second, answered["trust"], catalog)

    assert outcome.status == "oppdatert", outcome.lines()
    assert "2 svar på merknader" in outcome.message
    stored = {a.id: a for a in secretariat.answers(sheet.id)}
    assert set(stored) == {answered["fixed"].id, answered["reply"].id}
    assert stored[answered["reply"].id].text == "Statens vegvesen, etter Anslag-metoden."
    assert stored[answered["fixed"].id].kind == "fixed"
    assert {a.delivered_in_revision for a in stored.values()} == {2}
    assert secretariat.open_remark_counts() == {}
    assert "answers_delivered" in [e.kind for e in secretariat.history(sheet.id)]

    again = import_package(secretariat, second, answered["trust"], catalog)
    assert again.status == "uendret"
    assert len(secretariat.answers(sheet.id)) == 2


def test_answers_delivered_once_are_not_sent_again(
    group, secretariat, sheet, kare, catalog, tmp_path, answered
) -> None:
    deliver(group, sheet, kare, catalog, tmp_path / "r2")
    working = group.load(sheet.id)
    working.identification.summary += " Oppdatert."
    group.save_working_copy(working)

    third = deliver(group, sheet, kare, catalog, tmp_path / "r3")

    with zipfile.ZipFile(third) as zf:
        assert ANSWERS_JSON not in zf.namelist()


def test_answers_given_without_changing_the_sheet_still_arrive(
    group, secretariat, sheet, kare, siri, catalog, tmp_path
) -> None:
    """No edit, so the same revision is signed again; the secretariat has it already,
    and still gets the answers it carries."""
    first = deliver(group, sheet, kare, catalog, tmp_path / "r1")
    trust = TrustStore.from_certificates([kare.certificate])
    import_package(secretariat, first, trust, catalog)
    remark = secretariat.add_remark(sheet.id, "Er kostnaden prisjustert?")
    made = export_remarks(secretariat, sheet.id, catalog.form, siri, tmp_path / "m")
    import_remarks_package(group, made.path, TrustStore.from_certificates([siri.certificate]))
    group.add_answer(remark.id, "disagree", "Den er allerede i dagens kroneverdi.")

    again = deliver(group, sheet, kare, catalog, tmp_path / "igjen")
    outcome = import_package(secretariat, again, trust, catalog)

    assert outcome.status == "uendret", outcome.lines()
    assert "1 svar på merknader" in outcome.message
    (answer,) = secretariat.answers(sheet.id)
    assert (answer.kind, answer.delivered_in_revision) == ("disagree", 1)


def test_a_package_without_answers_has_no_svar_json(group, sheet, kare, catalog, tmp_path) -> None:
    package = deliver(group, sheet, kare, catalog, tmp_path / "r1")
    with zipfile.ZipFile(package) as zf:
        assert ANSWERS_JSON not in zf.namelist()


# ------------------------------------------------------------------ hand-made packages


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _package(path: Path, sheet: Sheet, identity: Identity, answers: dict) -> Path:
    files = {
        "prosjektark.json": sheet_to_json(sheet).encode(),
        "prosjektark.pdf": _pdf(),
        ANSWERS_JSON: json.dumps(answers).encode(),
    }
    path.write_bytes(build_package(files, identity, revision=sheet.revision))
    return path


def _answer(remark_id: str, **extra: object) -> dict:
    return {
        "id": "6f1f4c59-3b8a-4a43-9d55-1c1b9f4d2a01",
        "remark_id": remark_id,
        "kind": "reply",
        "text": "Svar",
        "by_name": "Kåre Øvrebø",
        "by_fingerprint": "",
        "at": "2026-03-01T10:00:00+00:00",
        "fixed_in_revision": None,
        **extra,
    }


def test_answers_to_remarks_the_secretariat_never_wrote_are_not_stored(
    secretariat, sheet, kare, catalog, tmp_path
) -> None:
    sheet.revision = 1
    unknown = "0b7d1f7e-8a35-4a0e-9a1e-7d3a2f1c0d11"
    body = {
        "format": ANSWERS_FORMAT,
        "sheet_id": str(sheet.id),
        "revision": 1,
        "answers": [_answer(unknown)],
    }
    package = _package(tmp_path / "a.asice", sheet, kare, body)

    outcome = import_package(
        secretariat, package, TrustStore.from_certificates([kare.certificate]), catalog
    )

    assert outcome.status == "importert", outcome.lines()
    assert secretariat.answers(sheet.id) == []


@pytest.mark.parametrize(
    "body",
    [
        {"format": "prosjektark-svar/9", "sheet_id": "x", "revision": 1, "answers": []},
        {"format": ANSWERS_FORMAT, "revision": 1, "answers": [{"kind": "reply"}]},
        {"format": ANSWERS_FORMAT, "sheet_id": "other", "revision": 1, "answers": []},
    ],
    ids=["unknown-format", "broken-answer", "another-sheet"],
)
def test_a_signed_svar_json_that_cannot_be_read_refuses_the_package(
    body, secretariat, sheet, kare, catalog, tmp_path
) -> None:
    sheet.revision = 1
    if body.get("sheet_id") == "other":
        body["sheet_id"] = "0b7d1f7e-8a35-4a0e-9a1e-7d3a2f1c0d11"
    elif "sheet_id" not in body:
        body["sheet_id"] = str(sheet.id)
    package = _package(tmp_path / "b.asice", sheet, kare, body)

    outcome = import_package(
        secretariat, package, TrustStore.from_certificates([kare.certificate]), catalog
    )

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert any(ANSWERS_JSON in r for r in outcome.reasons), outcome.reasons
    assert secretariat.list_summaries() == []
