"""The secretariat's remarks travel back as a signed remarks package (ASiC-E, detached
CAdES over the manifest, like the sheet package): built and marked sent on the
secretariat's side, verified and stored on the working group's side, refused with the
reason when the signer is not trusted, the package was changed or the sheet is unknown."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import uuid
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from prosjektark.domain.caseflow import Actor
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.exchange.intake import import_package
from prosjektark.exchange.package import build_package
from prosjektark.exchange.package_reader import verify_package
from prosjektark.exchange.remarks_package import (
    REMARKS_FORMAT,
    REMARKS_JSON,
    REMARKS_LAYOUT,
    REMARKS_TEXT,
    NoRemarksError,
    build_remarks_package,
    export_remarks,
    field_label,
    field_problem,
    import_remarks_package,
)
from prosjektark.signing.identity import (
    Identity,
    certificate_pem,
    create_identity,
    fingerprint_sha256,
)
from prosjektark.signing.trust import TrustStore
from prosjektark.store.ownership import normalise_fingerprint
from prosjektark.store.repository import Store

PASS = "merknader fra sekretariatet"
OPENSSL = shutil.which("openssl")


@pytest.fixture(scope="module")
def siri(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Siri Sekretær", "siri@example.no", "Miljøpakken sekretariat", PASS,
        tmp_path_factory.mktemp("siri"),
    )  # fmt: skip


@pytest.fixture(scope="module")
def mallory(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Mallory", "mallory@example.no", "Ingen", PASS, tmp_path_factory.mktemp("mallory")
    )


def actor_of(identity: Identity) -> Actor:
    return Actor(identity.name, normalise_fingerprint(identity.fingerprint))


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]


@pytest.fixture
def secretariat(open_named_store, sheet: Sheet, siri: Identity):
    """The secretariat's store with the sheet as delivered (stored as revision 3)."""
    with open_named_store("sekretariat") as store:
        store.actor = lambda: actor_of(siri)
        delivered = sheet.model_copy(deep=True)
        delivered.revision = 2
        store.save_version(delivered, note="levert", record=False)
        yield store


@pytest.fixture
def working_group(open_named_store, sheet: Sheet):
    with open_named_store("arbeidsgruppe") as store:
        store.actor = lambda: Actor("Kåre Øvrebø", "cd" * 32)
        own = sheet.model_copy(deep=True)
        own.revision = 2
        store.save_version(own, note="egen")
        yield store


def write_remarks(store: Store, sheet: Sheet) -> list:
    return [
        store.add_remark(sheet.id, "Tittelen må si hvor sykkelvegen går.", "identification.title"),
        store.add_remark(sheet.id, "Kostnadsanslaget mangler usikkerhet."),
    ]


def exported(store: Store, sheet: Sheet, siri: Identity, catalog: Catalog, out: Path) -> Path:
    return export_remarks(store, sheet.id, catalog.form, siri, out).path


# ------------------------------------------------------------------ build and verify


def test_the_package_holds_the_remarks_as_json_and_text_and_verifies(
    secretariat: Store, sheet: Sheet, siri: Identity, catalog: Catalog
) -> None:
    remarks = write_remarks(secretariat, sheet)
    data = build_remarks_package(
        secretariat.load(sheet.id), 3, remarks, catalog.form, siri, sent_at=remarks[-1].at
    )

    trust = TrustStore.from_certificates([siri.certificate])
    result = verify_package(data, trust, layout=REMARKS_LAYOUT)
    assert result.valid, result.reasons
    assert result.files == [REMARKS_JSON, REMARKS_TEXT]
    assert result.signer_name == "Siri Sekretær"
    payload = json.loads(result.contents[REMARKS_JSON])
    assert payload["format"] == REMARKS_FORMAT == "prosjektark-merknader/1"
    assert payload["sheet_id"] == str(sheet.id)
    assert payload["sheet_title"] == sheet.identification.title
    assert payload["revision"] == 3
    first, whole = payload["remarks"]
    assert first["id"] == str(remarks[0].id)
    assert first["field"] == "identification.title"
    assert first["field_label"] == catalog.form.field("identification.title").label
    assert first["by_name"] == "Siri Sekretær"
    assert first["by_fingerprint"] == normalise_fingerprint(siri.fingerprint)
    assert (whole["field"], whole["field_label"]) == ("", "Hele arket")
    text = result.contents[REMARKS_TEXT].decode("utf-8")
    assert "Tittelen må si hvor sykkelvegen går." in text
    assert sheet.identification.title in text


def test_the_sheet_reader_refuses_a_remarks_package_and_the_other_way_round(
    secretariat: Store,
    sheet: Sheet,
    siri: Identity,
    catalog: Catalog,
    tmp_path: Path,
    open_named_store,
) -> None:
    remarks = write_remarks(secretariat, sheet)
    data = build_remarks_package(secretariat.load(sheet.id), 3, remarks, catalog.form, siri)
    trust = TrustStore.from_certificates([siri.certificate])

    as_sheet = verify_package(data, trust)
    assert not as_sheet.valid
    assert "Pakken mangler prosjektark.json." in as_sheet.reasons

    path = tmp_path / "merknader.asice"
    path.write_bytes(data)
    intake = import_package(open_named_store("annen"), path, trust, catalog)
    assert intake.status == "avvist"


# ------------------------------------------------------------------ export on the secretariat side


def test_export_writes_the_package_and_marks_the_remarks_sent_once(
    secretariat: Store, sheet: Sheet, siri: Identity, catalog: Catalog, tmp_path: Path
) -> None:
    write_remarks(secretariat, sheet)

    made = export_remarks(secretariat, sheet.id, catalog.form, siri, tmp_path / "ut")

    assert made.path.parent == tmp_path / "ut" and made.path.suffix == ".asice"
    assert made.count == 2
    assert all(r.sent for r in secretariat.remarks(sheet.id))
    assert secretariat.history(sheet.id)[-1].kind == "remarks_sent"
    assert made.path.name in secretariat.history(sheet.id)[-1].text
    with pytest.raises(NoRemarksError, match="ingen usendte merknader"):
        export_remarks(secretariat, sheet.id, catalog.form, siri, tmp_path / "ut")
    # A correction is a new remark, sent in a package of its own.
    secretariat.add_remark(sheet.id, "Rettelse: gjelder også kostnadsposten.")
    again = export_remarks(secretariat, sheet.id, catalog.form, siri, tmp_path / "ut")
    assert again.count == 1 and again.path != made.path
    with zipfile.ZipFile(again.path) as zf:
        assert len(json.loads(zf.read(REMARKS_JSON))["remarks"]) == 1


# ------------------------------------------------------------------ import on the working group side


def test_import_stores_the_remarks_once(
    secretariat: Store,
    working_group: Store,
    sheet: Sheet,
    siri: Identity,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    sent = write_remarks(secretariat, sheet)
    path = exported(secretariat, sheet, siri, catalog, tmp_path / "ut")
    trust = TrustStore.from_certificates([siri.certificate])

    outcome = import_remarks_package(working_group, path, trust)

    assert outcome.status == "importert", outcome.lines()
    assert (outcome.exit_code, outcome.count, outcome.sheet_id) == (0, 2, sheet.id)
    received = working_group.remarks(sheet.id)
    assert {r.id for r in received} == {r.id for r in sent}
    assert all(r.received and r.sent for r in received)
    title = next(r for r in received if r.field == "identification.title")
    assert title.text == "Tittelen må si hvor sykkelvegen går."
    assert (title.by_name, title.revision) == ("Siri Sekretær", 3)
    event = working_group.history(sheet.id)[-1]
    assert event.kind == "remarks_received"
    assert (event.who, event.fingerprint) == (
        "Siri Sekretær",
        normalise_fingerprint(fingerprint_sha256(siri.certificate)),
    )
    assert working_group.open_remark_counts() == {sheet.id: 2}

    again = import_remarks_package(working_group, path, trust)
    assert again.status == "uendret" and again.exit_code == 0 and again.count == 0
    assert len(working_group.remarks(sheet.id)) == 2
    assert [e.kind for e in working_group.history(sheet.id)].count("remarks_received") == 1


def test_an_untrusted_signer_is_refused_with_the_reason(
    secretariat: Store,
    working_group: Store,
    sheet: Sheet,
    siri: Identity,
    mallory: Identity,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    write_remarks(secretariat, sheet)
    path = exported(secretariat, sheet, siri, catalog, tmp_path / "ut")

    outcome = import_remarks_package(
        working_group, path, TrustStore.from_certificates([mallory.certificate])
    )

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert any("ikke er i tillitslisten" in r and "Siri Sekretær" in r for r in outcome.reasons), (
        "\n".join(outcome.lines())
    )
    assert working_group.remarks(sheet.id) == []


def test_a_changed_package_is_refused(
    secretariat: Store,
    working_group: Store,
    sheet: Sheet,
    siri: Identity,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    write_remarks(secretariat, sheet)
    path = exported(secretariat, sheet, siri, catalog, tmp_path / "ut")
    changed = tmp_path / "endret.asice"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == REMARKS_JSON:
                data = data.replace(b"sykkelvegen", b"bilvegen")
            dst.writestr(info, data)

    outcome = import_remarks_package(
        working_group, changed, TrustStore.from_certificates([siri.certificate])
    )

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert any("endret etter signering" in r for r in outcome.reasons), outcome.reasons
    assert working_group.remarks(sheet.id) == []


def test_a_package_for_a_sheet_the_receiver_does_not_have_is_refused(
    secretariat: Store,
    sheet: Sheet,
    siri: Identity,
    catalog: Catalog,
    tmp_path: Path,
    open_named_store,
) -> None:
    write_remarks(secretariat, sheet)
    path = exported(secretariat, sheet, siri, catalog, tmp_path / "ut")

    with open_named_store("en-annen-gruppe") as other:
        outcome = import_remarks_package(
            other, path, TrustStore.from_certificates([siri.certificate])
        )
        assert other.remarks() == []

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert str(sheet.id) in " ".join(outcome.reasons)
    assert sheet.identification.title in outcome.message


def test_a_file_that_is_not_a_package_is_unreadable(working_group: Store, tmp_path: Path) -> None:
    garbage = tmp_path / "merknader.asice"
    garbage.write_bytes(b"ikke en pakke")
    trust = TrustStore(pinned={"AB:" * 31 + "AB"})

    outcome = import_remarks_package(working_group, garbage, trust)
    missing = import_remarks_package(working_group, tmp_path / "borte.asice", trust)

    assert (outcome.status, outcome.exit_code) == ("avvist", 2)
    assert (missing.status, missing.exit_code) == ("avvist", 2)


def test_a_signed_remarks_file_that_breaks_the_schema_is_refused(
    working_group: Store, sheet: Sheet, siri: Identity, tmp_path: Path
) -> None:
    from prosjektark.exchange.package import build_manifest, write_container
    from prosjektark.signing.cades import sign_detached

    bad = json.dumps(
        {"format": REMARKS_FORMAT, "sheet_id": str(sheet.id), "remarks": [{"text": "x"}]}
    ).encode()
    files = {REMARKS_JSON: bad}
    manifest = build_manifest(files)
    path = tmp_path / "skjema.asice"
    path.write_bytes(write_container(files, manifest, sign_detached(manifest, siri)))

    outcome = import_remarks_package(
        working_group, path, TrustStore.from_certificates([siri.certificate])
    )

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert any("merknader.json" in r for r in outcome.reasons), outcome.reasons
    assert working_group.remarks(sheet.id) == []


# ------------------------------------------------------------------ checked by openssl


@pytest.mark.skipif(OPENSSL is None, reason="openssl CLI ikke installert (apt: openssl)")
def test_openssl_verifies_the_signature_over_the_manifest(
    secretariat: Store, sheet: Sheet, siri: Identity, mallory: Identity, catalog: Catalog, tmp_path
) -> None:
    write_remarks(secretariat, sheet)
    path = exported(secretariat, sheet, siri, catalog, tmp_path / "ut")
    out = tmp_path / "pakket-ut"
    with zipfile.ZipFile(path) as zf:
        zf.extractall(out)
    (tmp_path / "siri.pem").write_bytes(certificate_pem(siri.certificate))
    (tmp_path / "mallory.pem").write_bytes(certificate_pem(mallory.certificate))

    def cms_verify(ca: str, content: Path) -> subprocess.CompletedProcess:
        return subprocess.run(
            [OPENSSL, "cms", "-verify", "-binary", "-inform", "DER"]
            + ["-in", str(out / "META-INF" / "signature.p7s"), "-content", str(content)]
            + ["-CAfile", str(tmp_path / ca), "-purpose", "any", "-out", os.devnull],
            capture_output=True,
            text=True,
            errors="replace",
        )

    manifest = out / "META-INF" / "ASiCManifest.xml"
    good = cms_verify("siri.pem", manifest)
    assert good.returncode == 0 and "Verification successful" in good.stderr, good.stderr
    assert cms_verify("mallory.pem", manifest).returncode != 0
    changed = tmp_path / "ASiCManifest.xml"
    changed.write_bytes(manifest.read_bytes().replace(b"text/plain", b"text/html"))
    assert cms_verify("siri.pem", changed).returncode != 0
    # Every file is in the signed manifest with openssl's own SHA-256 of it.
    listed = manifest.read_text(encoding="utf-8")
    for name in (REMARKS_JSON, REMARKS_TEXT):
        digest = subprocess.run(
            [OPENSSL, "dgst", "-sha256", "-binary", str(out / name)],
            capture_output=True,
            check=True,
        ).stdout
        import base64

        assert f'URI="{name}"' in listed
        assert base64.b64encode(digest).decode() in listed


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_sheet_package_is_not_a_remarks_package(
    working_group: Store, sheet: Sheet, siri: Identity, tmp_path: Path
) -> None:
    files = {"prosjektark.json": sheet_to_json(sheet).encode(), "prosjektark.pdf": _pdf()}
    path = tmp_path / "ark.asice"
    path.write_bytes(build_package(files, siri, revision=sheet.revision))

    outcome = import_remarks_package(
        working_group, path, TrustStore.from_certificates([siri.certificate])
    )

    assert outcome.status == "avvist"
    assert f"Pakken mangler {REMARKS_JSON}." in outcome.reasons
    assert uuid.UUID(str(sheet.id)) not in working_group.open_remark_counts()


# ------------------------------------------------------------------ which field a remark is on


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("", "Hele arket"),
        ("identification.title", None),  # the form's own label
        ("cost.items[2].high", "rad 3 (high)"),
        ("land_use.answers.q1", "(answers.q1)"),
    ],
)
def test_a_remark_may_be_on_the_sheet_a_field_or_a_part_of_one(
    path: str, label: str | None, catalog: Catalog
) -> None:
    assert field_problem(catalog.form, path) is None
    expected = label or catalog.form.field(path).label
    assert expected in field_label(catalog.form, path)


@pytest.mark.parametrize(
    "path", ["identification.tittel", "identification.title.x", "cost", "cost.items[x]"]
)
def test_a_path_the_form_does_not_have_is_refused_with_the_reason(
    path: str, catalog: Catalog
) -> None:
    problem = field_problem(catalog.form, path)
    assert problem is not None and f"«{path}» er ikke et felt i skjemaet" in problem
