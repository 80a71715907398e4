"""The secretariat's intake: verified packages are stored (new, newer revision), the same
or an older revision changes nothing, and a refused package leaves the store as it was;
on SQLite and on a PostgreSQL server (the `open_store` fixture)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Attachment, Sheet, sheet_to_json
from prosjektark.exchange.intake import exit_code, import_package, summary_line
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import Identity, create_identity, fingerprint_sha256
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store

PASS = "inntak-passord"


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def mallory(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Mallory", "mallory@example.no", "Ingen", PASS, tmp_path_factory.mktemp("m")
    )


@pytest.fixture
def trust(kare: Identity) -> TrustStore:
    return TrustStore.from_certificates([kare.certificate])


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


def raw(store: Store, sql: str) -> list[tuple]:
    """Run SQL on the store's database directly, as another program could."""
    with store._sql.engine.begin() as conn:
        result = conn.execute(text(sql))
        return [tuple(row) for row in result] if result.returns_rows else []


def stored_contents(store: Store) -> set[str]:
    """Every attachment content kept: files beside SQLite, rows on a server."""
    if store.attachments_dir is not None:
        return {p.name for p in store.attachments_dir.rglob("*") if p.is_file()}
    return {digest for (digest,) in raw(store, "SELECT sha256 FROM attachment_blobs")}


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]  # revision 3


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def package(
    tmp_path: Path,
    sheet: Sheet,
    identity: Identity,
    attachments: dict[str, bytes] | None = None,
    name: str | None = None,
) -> Path:
    files = {
        "prosjektark.json": sheet_to_json(sheet).encode("utf-8"),
        "prosjektark.pdf": _pdf(),
        "prosjektark.xlsx": b"arbeidsbok",
        **{f"vedlegg/{n}": data for n, data in (attachments or {}).items()},
    }
    path = tmp_path / (name or f"ark_r{sheet.revision}.asice")
    path.write_bytes(build_package(files, identity, revision=sheet.revision))
    return path


def tampered(path: Path, member: str) -> Path:
    """The same package with one byte of `member` changed, everything else as signed."""
    out = path.with_name("endret-" + path.name)
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == member:
                data = data.replace(b"Sykkelveg", b"Sykkelvei", 1)
            dst.writestr(info, data)
    return out


def attachment(name: str, data: bytes) -> Attachment:
    import hashlib

    return Attachment(
        id=name, filename=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data)
    )


# ------------------------------------------------------------------ new, update, unchanged


def test_a_new_sheet_is_stored_at_the_packages_revision_with_the_signer_noted(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert outcome.status == "importert", outcome.reasons
    assert (outcome.sheet_id, outcome.revision, outcome.exit_code) == (sheet.id, 3, 0)
    assert outcome.signer == "Kåre Øvrebø"
    (info,) = store.revisions(sheet.id)
    assert (info.revision, info.signed) == (3, True)
    assert "Kåre Øvrebø" in info.note and fingerprint_sha256(kare.certificate) in info.note
    stored = store.load(sheet.id)
    assert stored.revision == 3
    assert stored.identification == sheet.identification and stored.cost == sheet.cost
    (summary,) = store.list_summaries()
    assert (summary.status, summary.revision) == ("signert", 3)


def test_a_higher_revision_updates_the_sheet_and_adds_a_version(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    import_package(store, package(tmp_path, sheet, kare), trust, catalog)
    sheet.revision = 5
    sheet.identification.title = "Sykkelveg, revidert"

    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert outcome.status == "oppdatert"
    assert outcome.revision == 5
    assert [r.revision for r in store.revisions(sheet.id)] == [3, 5]
    assert store.load(sheet.id).identification.title == "Sykkelveg, revidert"
    assert store.load_revision(sheet.id, 3).identification.title != "Sykkelveg, revidert"


def test_the_same_package_twice_is_unchanged(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    path = package(tmp_path, sheet, kare)
    import_package(store, path, trust, catalog)

    again = import_package(store, path, trust, catalog)

    assert again.status == "uendret" and again.exit_code == 0
    assert "allerede importert" in again.message
    assert len(store.revisions(sheet.id)) == 1


def test_an_older_revision_never_overwrites_a_newer_one(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    old = package(tmp_path, sheet, kare)
    sheet.revision = 4
    sheet.identification.title = "Nyere tittel"
    import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    outcome = import_package(store, old, trust, catalog)

    assert outcome.status == "uendret"
    assert "nyere" in outcome.message and outcome.revision == 4
    assert store.load(sheet.id).identification.title == "Nyere tittel"
    assert [r.revision for r in store.revisions(sheet.id)] == [4]


def test_the_same_revision_with_other_content_is_not_taken(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    import_package(store, package(tmp_path, sheet, kare), trust, catalog)
    sheet.identification.title = "Endret uten ny revisjon"

    outcome = import_package(
        store, package(tmp_path, sheet, kare, name="annen.asice"), trust, catalog
    )

    assert outcome.status == "uendret"
    assert "annet innhold" in outcome.message
    assert store.load(sheet.id).identification.title != "Endret uten ny revisjon"


def test_a_revision_0_package_is_stored_as_revision_1_and_says_so(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    sheet.revision = 0
    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert (outcome.status, outcome.revision) == ("importert", 1)
    (info,) = store.revisions(sheet.id)
    assert info.revision == 1 and "revisjon 0" in info.note
    again = import_package(
        store, package(tmp_path, sheet, kare, name="igjen.asice"), trust, catalog
    )
    assert again.status == "uendret"


# ------------------------------------------------------------------ refused


def test_a_tampered_package_is_refused_and_the_store_is_untouched(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    path = tampered(package(tmp_path, sheet, kare), "prosjektark.json")

    outcome = import_package(store, path, trust, catalog)

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert any("prosjektark.json" in r and "endret etter signering" in r for r in outcome.reasons)
    assert store.list_summaries() == [] and store.revisions(sheet.id) == []


def test_an_untrusted_signer_is_refused_and_the_stored_revision_stays(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    mallory: Identity,
    trust: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    import_package(store, package(tmp_path, sheet, kare), trust, catalog)
    sheet.revision = 9
    sheet.identification.title = "Kapret"
    attachments = {"skadevare.txt": b"ondsinnet"}
    sheet.attachments = [attachment("skadevare.txt", b"ondsinnet")]

    outcome = import_package(store, package(tmp_path, sheet, mallory, attachments), trust, catalog)

    assert outcome.status == "avvist"
    assert any("tillitslisten" in r for r in outcome.reasons), outcome.reasons
    assert outcome.signer == "Mallory"
    assert [r.revision for r in store.revisions(sheet.id)] == [3]
    assert store.load(sheet.id).identification.title != "Kapret"
    assert stored_contents(store) == set()


def test_an_unreadable_file_is_refused_with_exit_code_2(
    store: Store, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    garbage = tmp_path / "ikke-en-pakke.asice"
    garbage.write_bytes(b"dette er ikke en zip")

    outcome = import_package(store, garbage, trust, catalog)
    missing = import_package(store, tmp_path / "borte.asice", trust, catalog)

    assert (outcome.status, outcome.unreadable, outcome.exit_code) == ("avvist", True, 2)
    assert (missing.status, missing.exit_code) == ("avvist", 2)
    assert store.list_summaries() == []


def test_a_signed_package_that_is_not_a_sheet_is_refused(
    store: Store, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    files = {"prosjektark.json": b'{"format": "noe annet"}', "prosjektark.pdf": _pdf()}
    path = tmp_path / "rart.asice"
    path.write_bytes(build_package(files, kare, revision=1))

    outcome = import_package(store, path, trust, catalog)

    assert outcome.status == "avvist" and outcome.exit_code == 1
    assert "ikke et prosjektark" in outcome.message
    assert store.list_summaries() == []


def test_exit_code_and_summary_over_several_packages(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    good = import_package(store, package(tmp_path, sheet, kare), trust, catalog)
    refused = import_package(
        store, tampered(package(tmp_path, sheet, kare), "prosjektark.json"), trust, catalog
    )
    garbage = tmp_path / "x.asice"
    garbage.write_bytes(b"nei")
    unreadable = import_package(store, garbage, trust, catalog)

    assert exit_code([good]) == 0
    assert exit_code([good, refused]) == 1
    assert exit_code([good, refused, unreadable]) == 2
    assert summary_line([good, refused]) == (
        "2 pakker: 1 importert, 0 oppdatert, 0 uendret, 1 avvist."
    )
    assert refused.lines()[0].startswith(f"{refused.path.name}: avvist – ")
    assert refused.lines()[1].startswith("  - ")


# ------------------------------------------------------------------ attachments


def test_attachments_are_in_the_store_after_import(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    # Two attachments named alike travel as "notat.txt" and "notat (2).txt".
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"  # a PNG's signature: its content is checked
    bodies = {"kart over traséen.png": png, "notat.txt": b"notat", "n2": b"annet"}
    sheet.attachments = [
        attachment("kart over traséen.png", bodies["kart over traséen.png"]),
        attachment("notat.txt", bodies["notat.txt"]),
        attachment("notat.txt", bodies["n2"]).model_copy(update={"id": "to"}),
    ]
    files = {
        "kart over traséen.png": bodies["kart over traséen.png"],
        "notat.txt": bodies["notat.txt"],
        "notat (2).txt": bodies["n2"],
    }

    outcome = import_package(store, package(tmp_path, sheet, kare, files), trust, catalog)

    assert outcome.status == "importert", outcome.reasons
    stored = store.load(sheet.id)
    assert [a.sha256 for a in stored.attachments] == [a.sha256 for a in sheet.attachments]
    contents = [store.attachment_path(a).read_bytes() for a in stored.attachments]
    assert contents == [png, b"notat", b"annet"]


def test_a_referenced_attachment_missing_from_the_package_is_reported(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    sheet.attachments = [attachment("plan.pdf", b"%PDF plan")]

    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert outcome.status == "importert"
    assert "plan.pdf" in outcome.message and "mangler" in outcome.message


# ------------------------------------------------------------------ ownership (two signers)


@pytest.fixture(scope="module")
def ola(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Ola Nordmann", "ola@example.no", "Statens vegvesen", PASS, tmp_path_factory.mktemp("o")
    )


@pytest.fixture
def both(kare: Identity, ola: Identity) -> TrustStore:
    """The secretariat trusts both working-group members."""
    return TrustStore.from_certificates([kare.certificate, ola.certificate])


def _plain(identity: Identity) -> str:
    return fingerprint_sha256(identity.certificate).replace(":", "").lower()


def test_the_first_delivery_makes_its_signer_the_owner(
    store: Store, sheet: Sheet, kare: Identity, both: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    assert store.sheet_owner(sheet.id) is None

    outcome = import_package(store, package(tmp_path, sheet, kare), both, catalog)

    assert outcome.status == "importert", outcome.reasons
    owner = store.sheet_owner(sheet.id)
    assert owner is not None
    assert (owner.fingerprint, owner.signer_name) == (_plain(kare), "Kåre Øvrebø")


def test_the_owner_updates_their_own_sheet(
    store: Store, sheet: Sheet, kare: Identity, both: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    sheet.revision = 4

    outcome = import_package(store, package(tmp_path, sheet, kare), both, catalog)

    assert (outcome.status, outcome.revision) == ("oppdatert", 4)
    assert store.sheet_owner(sheet.id).fingerprint == _plain(kare)


def test_another_trusted_signer_cannot_take_the_sheet_over(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    original = store.load(sheet.id)
    sheet.revision = 1000  # far above the owner's: it would win on revision alone
    sheet.identification.title = "Overtatt av Ola"

    outcome = import_package(store, package(tmp_path, sheet, ola, name="ola.asice"), both, catalog)

    assert (outcome.status, outcome.exit_code, outcome.unreadable) == ("avvist", 1, False)
    assert outcome.owned_by_another and outcome.owner.fingerprint == _plain(kare)
    text = " ".join([outcome.message, *outcome.reasons])
    assert "Kåre Øvrebø" in text and fingerprint_sha256(kare.certificate) in text
    assert "Ola Nordmann" in text and fingerprint_sha256(ola.certificate) in text
    assert "prosjektark handover" in text and str(sheet.id) in text
    assert [r.revision for r in store.revisions(sheet.id)] == [3]
    assert store.load(sheet.id) == original
    assert store.sheet_owner(sheet.id).fingerprint == _plain(kare)


def test_an_older_package_from_another_signer_is_refused_too(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    sheet.revision = 5
    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    sheet.revision = 2

    outcome = import_package(store, package(tmp_path, sheet, ola, name="ola.asice"), both, catalog)

    assert outcome.owned_by_another and outcome.exit_code == 1


def test_a_handover_is_recorded_then_the_new_owner_is_accepted_and_the_old_refused(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    from prosjektark.exchange.intake import hand_over_sheet

    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    sheet.revision = 4
    from_ola = package(tmp_path, sheet, ola, name="ola_r4.asice")
    assert import_package(store, from_ola, both, catalog).owned_by_another

    handover = hand_over_sheet(
        store, sheet.id, fingerprint_sha256(ola.certificate), "Ola Nordmann", "Ny prosjektleder"
    )

    (recorded,) = store.handovers(sheet.id)
    assert recorded == handover
    assert (recorded.from_fingerprint, recorded.to_fingerprint) == (_plain(kare), _plain(ola))
    assert recorded.reason == "Ny prosjektleder" and recorded.by_name  # the login name
    assert recorded.at is not None
    accepted = import_package(store, from_ola, both, catalog)
    assert (accepted.status, accepted.revision) == ("oppdatert", 4), accepted.reasons
    sheet.revision = 5
    refused = import_package(store, package(tmp_path, sheet, kare), both, catalog)
    assert refused.owned_by_another and "Ola Nordmann" in refused.message
    assert [r.revision for r in store.revisions(sheet.id)] == [3, 4]


def test_the_handover_is_done_by_the_secretariats_own_certificate_when_it_has_one(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    from prosjektark import paths
    from prosjektark.exchange.intake import hand_over_sheet

    secretary = create_identity(
        "Siri Sekretær", "siri@example.no", "Miljøpakken", PASS, paths.identity_dir()
    )
    import_package(store, package(tmp_path, sheet, kare), both, catalog)

    handover = hand_over_sheet(store, sheet.id, _plain(ola), "Ola Nordmann")

    assert (handover.by_name, handover.by_fingerprint) == ("Siri Sekretær", _plain(secretary))


def test_the_handover_record_is_append_only(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    from prosjektark.exchange.intake import hand_over_sheet

    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    hand_over_sheet(store, sheet.id, _plain(ola), "Ola Nordmann", "Første")
    hand_over_sheet(store, sheet.id, _plain(kare), "Kåre Øvrebø", "Tilbake")

    for statement in (
        "UPDATE sheet_handovers SET reason = 'endret'",
        "DELETE FROM sheet_handovers",
    ):
        with pytest.raises(IntegrityError, match="append-only"):
            raw(store, statement)
    assert [h.reason for h in store.handovers(sheet.id)] == ["Første", "Tilbake"]
    assert store.sheet_owner(sheet.id).fingerprint == _plain(kare)


def test_a_sheet_stored_before_ownership_is_claimed_by_the_first_valid_package(
    store: Store,
    sheet: Sheet,
    kare: Identity,
    ola: Identity,
    both: TrustStore,
    catalog: Catalog,
    tmp_path: Path,
) -> None:
    store.create(sheet)  # as an earlier version left it: stored, no owner
    store.save_version(sheet, note="Importert før eierskap")
    sheet.revision = 6

    first = import_package(store, package(tmp_path, sheet, ola, name="ola.asice"), both, catalog)
    sheet.revision = 7
    second = import_package(store, package(tmp_path, sheet, kare), both, catalog)

    assert first.status == "oppdatert" and store.sheet_owner(sheet.id).signer_name == "Ola Nordmann"
    assert second.owned_by_another


def test_a_handover_without_an_owner_or_to_the_owner_is_refused(
    store: Store, sheet: Sheet, kare: Identity, both: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    from prosjektark.exchange.intake import hand_over_sheet
    from prosjektark.store.errors import StoreError

    with pytest.raises(StoreError, match="ingen eier"):
        hand_over_sheet(store, sheet.id, _plain(kare), "Kåre Øvrebø")
    import_package(store, package(tmp_path, sheet, kare), both, catalog)
    with pytest.raises(StoreError, match="eies allerede"):
        hand_over_sheet(store, sheet.id, _plain(kare), "Kåre Øvrebø")
    assert store.handovers(sheet.id) == []


# ------------------------------------------------------------------ one package at a time


def test_a_revision_beyond_what_the_store_holds_is_refused_with_a_reason(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    sheet.revision = 2**63  # one above SQLite's largest integer

    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert (outcome.status, outcome.exit_code) == ("avvist", 1)
    assert any("revision" in r for r in outcome.reasons), outcome.reasons
    assert store.list_summaries() == [] and store.sheet_owner(sheet.id) is None


def test_an_attachment_name_too_long_for_the_disk_does_not_stop_the_import(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    name = "Konsekvensutredning for sykkelvegen langs Innherredsveien " * 5 + ".pdf"
    body = b"%PDF-1.7\n% utredning\n"  # a PDF header: its content is checked
    sheet.attachments = [attachment(name, body)]

    outcome = import_package(
        store, package(tmp_path, sheet, kare, {"utredning.pdf": body}), trust, catalog
    )

    assert outcome.status == "importert", outcome.reasons
    (stored,) = store.load(sheet.id).attachments
    assert stored.filename == name
    assert store.attachment_path(stored).read_bytes() == body


def test_an_unexpected_error_refuses_that_package_logs_the_traceback_and_the_next_goes_on(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    import shutil

    if store.attachments_dir is None:
        pytest.skip("a server store has no attachment folder to lose")

    from prosjektark import paths
    from prosjektark.logs import LOG_NAME

    with_file = sheet.model_copy(deep=True)
    with_file.attachments = [attachment("notat.txt", b"notat")]
    first = package(tmp_path, with_file, kare, {"notat.txt": b"notat"}, name="med-vedlegg.asice")
    plain = example_sheets(catalog)[1]
    second = package(tmp_path, plain, kare, name="uten-vedlegg.asice")
    # The attachment folder vanishes under the running program (a network drive drops):
    # the store then fails with an error nobody anticipated.
    shutil.rmtree(store.attachments_dir)

    outcomes = [import_package(store, p, trust, catalog) for p in (first, second)]

    assert [o.status for o in outcomes] == ["avvist", "importert"], outcomes[0].reasons
    assert exit_code(outcomes) == 1
    log_file = paths.log_dir() / LOG_NAME
    (reason,) = outcomes[0].reasons
    assert reason.startswith("Uventet feil (FileNotFoundError")
    assert f"Detaljer er skrevet til loggfilen {log_file}." in reason
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged and "med-vedlegg.asice" in logged
    assert "FileNotFoundError" in logged
    assert [s.id for s in store.list_summaries()] == [plain.id]
