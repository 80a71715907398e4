"""The secretariat's intake: verified packages are stored (new, newer revision), the same
or an older revision changes nothing, and a refused package leaves the store as it was."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

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
def store(tmp_path: Path):
    with Store.open(tmp_path / "sekretariat.sqlite3", tmp_path / "vedlegg") as s:
        yield s


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
    assert not any(p.is_file() for p in store.attachments_dir.rglob("*"))


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
    bodies = {"kart over traséen.png": b"\x89PNG kart", "notat.txt": b"notat", "n2": b"annet"}
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
    assert contents == [b"\x89PNG kart", b"notat", b"annet"]


def test_a_referenced_attachment_missing_from_the_package_is_reported(
    store: Store, sheet: Sheet, kare: Identity, trust: TrustStore, catalog: Catalog, tmp_path: Path
) -> None:
    sheet.attachments = [attachment("plan.pdf", b"%PDF plan")]

    outcome = import_package(store, package(tmp_path, sheet, kare), trust, catalog)

    assert outcome.status == "importert"
    assert "plan.pdf" in outcome.message and "mangler" in outcome.message
