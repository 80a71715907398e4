"""Packages across format versions: one signed by an older release is imported by this
one, and one from a newer release (a newer minor) is imported by this older reader with
every field it does not know kept. The package file itself is never rewritten."""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from prosjektark.exchange.intake import import_package
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD_PACKAGE = FIXTURES / "packages" / "prosjektark-1.0-signert-av-0.1.asice"
OLD_SIGNER = FIXTURES / "packages" / "prosjektark-1.0-signert-av-0.1.pem"


@pytest.fixture
def store(open_store) -> Store:
    return open_store()


@pytest.fixture(scope="module")
def newer_sender(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Nina Nyversjon", "nina@example.no", "Bergen kommune", "nyere versjon med fire ord",
        tmp_path_factory.mktemp("nina"),
    )  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_package_signed_by_release_0_1_is_imported(store: Store, catalog, tmp_path) -> None:
    package = tmp_path / OLD_PACKAGE.name
    shutil.copy(OLD_PACKAGE, package)
    before = digest(package)
    outcome = import_package(store, package, TrustStore.from_path(OLD_SIGNER), catalog)
    assert outcome.status == "importert", outcome.lines()
    assert outcome.revision == 2
    stored = store.load_revision(outcome.sheet_id, 2)
    assert stored.identification.title.startswith("Eksempel: Kollektivfelt")
    assert digest(package) == before  # the signed package is never rewritten
    with zipfile.ZipFile(package) as z:
        assert json.loads(z.read("prosjektark.json"))["format"] == "prosjektark/1"


def _pdf() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 760, "Prosjektark fra en nyere versjon")
    page.showPage()
    page.save()
    return buffer.getvalue()


def test_a_package_from_a_newer_minor_keeps_what_this_version_does_not_know(
    store: Store, catalog, tmp_path: Path, newer_sender: Identity
) -> None:
    text = (FIXTURES / "sheets" / "prosjektark-1.4-framtidig.json").read_bytes()
    package = tmp_path / "framtidig_r3.asice"
    package.write_bytes(
        build_package(
            {"prosjektark.json": text, "prosjektark.pdf": _pdf(), "prosjektark.xlsx": b"x"},
            newer_sender,
            revision=json.loads(text)["revision"],
        )
    )
    before = digest(package)
    trust = TrustStore.from_certificates([newer_sender.certificate])
    outcome = import_package(store, package, trust, catalog)
    assert outcome.status == "importert", outcome.lines()
    assert digest(package) == before

    stored = store.load_revision(outcome.sheet_id, outcome.revision)
    assert stored.made_by_newer_version
    original = json.loads(text)
    kept = json.loads(stored.model_dump_json())
    assert kept["format"] == "prosjektark/1.4"
    assert kept["cost"]["p85_mnok"] == original["cost"]["p85_mnok"]
    assert kept["review_language"] == original["review_language"]
    assert kept["funding"]["lines"][0]["party"] == original["funding"]["lines"][0]["party"]
    # The same package again is recognised as the same content, unknown fields and all.
    again = import_package(store, package, trust, catalog)
    assert again.status == "uendret", again.lines()
