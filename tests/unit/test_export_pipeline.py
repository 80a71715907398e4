"""The export pipeline: files written, package verifies, drafts stamped, errors refused,
attachments packed, and a signed export from the store freezes its revision."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_from_json
from prosjektark.exchange.export import (
    ExportCancelled,
    ExportError,
    export_sheet,
    export_stored_sheet,
)
from prosjektark.exchange.package_reader import verify_package
from prosjektark.signing.identity import Identity, create_identity, fingerprint_sha256
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store

TODAY = date(2026, 3, 1)  # the examples are "klar" on this day (no calendar warning)
PASS = "eksport-passord"


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("id")
    )


@pytest.fixture
def sheet(catalog: Catalog) -> Sheet:
    return example_sheets(catalog)[0]


def with_error(sheet: Sheet) -> Sheet:
    sheet.profile = "finnes-ikke"  # profile.unknown is an error
    return sheet


def pdf_text(data: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def trust(identity: Identity) -> TrustStore:
    return TrustStore.from_certificates([identity.certificate])


def test_every_format_is_written_with_the_sheet_and_revision_in_the_name(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    result = export_sheet(
        sheet, catalog, out, pdf=True, xlsx=True, json=True, package=True,
        identity=identity, today=TODAY,
    )  # fmt: skip
    assert set(result.files) == {"pdf", "xlsx", "json", "package"}
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in result.paths)  # no temporary files left over
    assert result.package is not None
    assert result.package.name.endswith(f"_r{sheet.revision}.asice")
    assert result.files["pdf"].read_bytes().startswith(b"%PDF-")
    assert zipfile.is_zipfile(result.files["xlsx"])
    assert sheet_from_json(result.files["json"].read_bytes()) == sheet
    assert result.status == "klar" and result.errors == []


def test_only_the_chosen_formats_are_written(
    sheet: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    result = export_sheet(sheet, catalog, tmp_path, xlsx=True, today=TODAY)
    assert list(result.files) == ["xlsx"]
    assert [p.name for p in tmp_path.iterdir()] == [result.files["xlsx"].name]


def test_the_package_verifies_with_the_signer_trusted(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    result = export_sheet(sheet, catalog, tmp_path, package=True, identity=identity, today=TODAY)
    assert list(result.files) == ["package"]
    verdict = verify_package(result.package, trust(identity))
    assert verdict.valid, verdict.reasons
    assert verdict.fingerprint == fingerprint_sha256(identity.certificate)
    assert {"prosjektark.json", "prosjektark.pdf", "prosjektark.xlsx"} <= set(verdict.files)
    assert sheet_from_json(verdict.sheet_json) == sheet


def test_a_package_from_an_unknown_signer_does_not_verify(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    other = create_identity("Per", "per@example.no", "", PASS, tmp_path / "per")
    result = export_sheet(sheet, catalog, tmp_path, package=True, identity=other, today=TODAY)
    verdict = verify_package(result.package, trust(identity))
    assert not verdict.valid and verdict.reasons


def test_a_sheet_that_is_not_ready_is_stamped_utkast(
    sheet: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    draft = export_sheet(with_error(sheet), catalog, tmp_path / "a", pdf=True, today=TODAY)
    assert draft.status == "utkast"
    assert "UTKAST" in pdf_text(draft.files["pdf"].read_bytes(), tmp_path)


def test_a_ready_sheet_is_not_stamped(sheet: Sheet, catalog: Catalog, tmp_path: Path) -> None:
    ready = export_sheet(sheet, catalog, tmp_path, pdf=True, today=TODAY)
    assert ready.status == "klar"
    assert "UTKAST" not in pdf_text(ready.files["pdf"].read_bytes(), tmp_path)


def test_a_sheet_with_errors_is_not_packaged_and_nothing_is_written(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "ut"
    with pytest.raises(ExportError, match="kan ikke signeres") as caught:
        export_sheet(
            with_error(sheet), catalog, out, pdf=True, package=True, identity=identity,
            today=TODAY,
        )  # fmt: skip
    assert any(f.code == "profile.unknown" for f in caught.value.findings)
    assert "profile.unknown" not in str(caught.value)  # the message, not the code, is shown
    assert not out.exists() or not any(out.iterdir())


def test_a_package_needs_an_identity(sheet: Sheet, catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="signeringsidentitet"):
        export_sheet(sheet, catalog, tmp_path, package=True, today=TODAY)


def test_attachments_go_under_vedlegg(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "blobs")
    sources = []
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"  # a PNG's signature: its content is checked
    for name, body in [("kart over traséen.png", png), ("notat.txt", b"notat")]:
        path = tmp_path / name
        path.write_bytes(body)
        sources.append(path)
    sheet.attachments = [store.add_attachment(sheet.id, p) for p in sources]
    # Two attachments with the same file name both arrive, under distinct names.
    same_name = tmp_path / "andre" / "notat.txt"
    same_name.parent.mkdir()
    same_name.write_bytes(b"et annet notat")
    sheet.attachments.append(store.add_attachment(sheet.id, same_name))

    result = export_sheet(
        sheet, catalog, tmp_path / "ut", package=True, identity=identity,
        attachment_path=store.attachment_path, today=TODAY,
    )  # fmt: skip
    store.close()
    with zipfile.ZipFile(result.package) as zf:
        # Safe ASCII member names, numbered in the sheet's order (issue 12, item 9e).
        assert zf.read("vedlegg/01-kart-over-traseen.png") == png
        assert zf.read("vedlegg/02-notat.txt") == b"notat"
        assert zf.read("vedlegg/03-notat.txt") == b"et annet notat"
    assert verify_package(result.package, trust(identity)).valid


def test_a_missing_or_changed_attachment_stops_the_package(
    sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    store = Store.open(tmp_path / "db.sqlite3", tmp_path / "blobs")
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF plan")
    attachment = store.add_attachment(sheet.id, source)
    sheet.attachments = [attachment]
    with pytest.raises(ExportError, match="plan.pdf"):
        export_sheet(sheet, catalog, tmp_path / "a", package=True, identity=identity, today=TODAY)
    store.attachment_path(attachment).write_bytes(b"endret")
    with pytest.raises(ExportError, match="sjekksummen stemmer ikke"):
        export_sheet(
            sheet, catalog, tmp_path / "b", package=True, identity=identity,
            attachment_path=store.attachment_path, today=TODAY,
        )  # fmt: skip
    store.close()
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_cancelling_writes_nothing(sheet: Sheet, catalog: Catalog, tmp_path: Path) -> None:
    labels: list[str] = []

    def progress(label: str, fraction: float) -> bool:
        labels.append(label)
        return label != "Lager Excel-arbeidsbok"

    with pytest.raises(ExportCancelled):
        export_sheet(sheet, catalog, tmp_path / "ut", pdf=True, xlsx=True, progress=progress)
    assert labels[-1] == "Lager Excel-arbeidsbok"
    assert not (tmp_path / "ut").exists()


def test_progress_runs_from_start_to_done(sheet: Sheet, catalog: Catalog, tmp_path: Path) -> None:
    seen: list[float] = []
    export_sheet(sheet, catalog, tmp_path, pdf=True, progress=lambda _l, f: seen.append(f))
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    sheet: Sheet, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = export_sheet(sheet, catalog, tmp_path, json=True, today=TODAY)
    before = first.files["json"].read_bytes()
    sheet.identification.summary = "Endret etterpå"

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("prosjektark.durable.os.replace", disk_full)
    with pytest.raises(ExportError, match="No space left"):
        export_sheet(sheet, catalog, tmp_path, json=True, today=TODAY)
    assert first.files["json"].read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [first.files["json"].name]


def test_no_format_is_an_error(sheet: Sheet, catalog: Catalog, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="minst ett format"):
        export_sheet(sheet, catalog, tmp_path)


# ------------------------------------------------------------------ freezing in the store


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "prosjektark.sqlite3", tmp_path / "vedlegg") as s:
        yield s


def test_signing_from_the_store_freezes_a_new_revision(
    store: Store, sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    sheet.revision = 0
    store.create(sheet)
    assert store.revisions(sheet.id) == []

    result = export_stored_sheet(
        store, sheet.id, catalog, tmp_path / "ut", package=True, identity=identity, today=TODAY
    )

    (info,) = store.revisions(sheet.id)
    assert (info.revision, info.signed) == (1, True)
    assert result.revision == 1 and result.package.name.endswith("_r1.asice")
    verdict = verify_package(result.package, trust(identity))
    assert verdict.valid, verdict.reasons
    # The package holds exactly the stored, signed revision.
    assert sheet_from_json(verdict.sheet_json) == store.load_revision(sheet.id, 1)
    assert store.list_summaries()[0].status == "signert"
    (entry,) = store.list_outbox()
    assert (entry.sheet_id, entry.revision, entry.state) == (sheet.id, 1, "klar")
    assert entry.path == result.package.resolve()


def test_an_unchanged_signed_revision_is_signed_again_without_a_new_one(
    store: Store, sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    store.create(sheet)
    first = export_stored_sheet(
        store, sheet.id, catalog, tmp_path / "a", package=True, identity=identity, today=TODAY
    )
    again = export_stored_sheet(
        store, sheet.id, catalog, tmp_path / "b", package=True, identity=identity, today=TODAY
    )
    assert first.revision == again.revision
    assert len(store.revisions(sheet.id)) == 1
    assert len(store.list_outbox()) == 2


def test_edits_after_signing_become_a_new_unsigned_revision(
    store: Store, sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    store.create(sheet)
    signed = export_stored_sheet(
        store, sheet.id, catalog, tmp_path, package=True, identity=identity, today=TODAY
    )
    frozen_json = store.load_revision(sheet.id, signed.revision).model_dump_json()
    frozen_sha = store.revisions(sheet.id)[0].sha256

    working = store.load(sheet.id)
    working.identification.summary = "Endret etter signering"
    store.save_working_copy(working)
    new_revision = store.save_version(working, note="Etter signering")

    infos = {i.revision: i for i in store.revisions(sheet.id)}
    assert new_revision == signed.revision + 1
    assert infos[signed.revision].signed is True
    assert infos[new_revision].signed is False
    assert infos[signed.revision].sha256 == frozen_sha
    assert store.load_revision(sheet.id, signed.revision).model_dump_json() == frozen_json
    assert store.list_summaries()[0].status != "signert"


def test_the_editors_working_copy_follows_the_frozen_revision(
    store: Store, sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    sheet.revision = 0
    store.create(sheet)
    sheet.identification.summary = "Ulagret endring i editoren"
    store.save_working_copy(sheet)
    result = export_stored_sheet(
        store, sheet.id, catalog, tmp_path, package=True, identity=identity,
        working_copy=sheet, today=TODAY,
    )  # fmt: skip
    assert sheet.revision == result.revision == 1
    frozen = store.load_revision(sheet.id, 1)
    assert frozen.identification.summary == "Ulagret endring i editoren"


def test_a_sheet_with_errors_gets_no_revision_from_an_attempted_signing(
    store: Store, sheet: Sheet, catalog: Catalog, identity: Identity, tmp_path: Path
) -> None:
    store.create(with_error(sheet))
    with pytest.raises(ExportError):
        export_stored_sheet(
            store, sheet.id, catalog, tmp_path, package=True, identity=identity, today=TODAY
        )
    assert store.revisions(sheet.id) == []
    assert store.list_outbox() == []


def test_a_plain_export_from_the_store_leaves_revisions_alone(
    store: Store, sheet: Sheet, catalog: Catalog, tmp_path: Path
) -> None:
    store.create(sheet)
    result = export_stored_sheet(store, sheet.id, catalog, tmp_path, pdf=True, json=True)
    assert set(result.files) == {"pdf", "json"}
    assert store.revisions(sheet.id) == []
    assert store.list_outbox() == []
    body = json.loads(result.files["json"].read_text(encoding="utf-8"))
    assert body["id"] == str(sheet.id)
    assert result.files["pdf"].read_bytes().startswith(b"%PDF-")
