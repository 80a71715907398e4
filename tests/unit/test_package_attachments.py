"""Attachments travel under safe ASCII names and arrive under their own (issue 12, item
9e), and a package whose attachment is not what it says is refused (item 9b). On both
stores: files beside a SQLite database, contents in a PostgreSQL database (issue 16)."""

from __future__ import annotations

import argparse
import hashlib
import io
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Attachment, Sheet, sheet_to_json
from prosjektark.exchange.export import ExportError, attachment_members, export_sheet
from prosjektark.exchange.intake import import_package
from prosjektark.exchange.package import MANIFEST_NAME, build_package
from prosjektark.exchange.package_reader import verify_package
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.trust import TrustStore
from prosjektark.store.repository import Store

READY_DAY = date(2026, 3, 1)
PLAN = "Situasjonsplan Tråkkvegen – rev 2.pdf"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "packages"


def real_pdf(text: str) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, text)
    canvas.save()
    return buffer.getvalue()


def real_png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", "vedlegg-passord",
        tmp_path_factory.mktemp("id"),
    )  # fmt: skip


@pytest.fixture
def trust(kare: Identity) -> TrustStore:
    return TrustStore.from_certificates([kare.certificate])


@pytest.fixture
def group(open_named_store: Callable[[str], Store]) -> Store:
    return open_named_store("gruppe")


@pytest.fixture
def secretariat(open_named_store: Callable[[str], Store]) -> Store:
    return open_named_store("sekretariat")


def attach(store: Store, sheet: Sheet, folder: Path, name: str, body: bytes) -> None:
    source = folder / name
    source.parent.mkdir(parents=True, exist_ok=True)
    source.write_bytes(body)
    sheet.attachments.append(store.add_attachment(sheet.id, source))


@pytest.fixture
def sheet(catalog: Catalog, group: Store, tmp_path: Path) -> Sheet:
    sheet = example_sheets(catalog)[0]
    attach(group, sheet, tmp_path / "a", PLAN, real_pdf("Situasjonsplan"))
    attach(group, sheet, tmp_path / "a", "notat.txt", "Første notat.\n".encode())
    attach(group, sheet, tmp_path / "b", "notat.txt", b"Andre notat.\n")
    return sheet


def test_members_are_ascii_numbered_and_the_same_every_time(sheet: Sheet) -> None:
    members = attachment_members(sheet.attachments)
    assert members == [
        "vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf",
        "vedlegg/02-notat.txt",
        "vedlegg/03-notat.txt",
    ]
    assert attachment_members(sheet.attachments) == members
    assert all(m.isascii() and " " not in m for m in members)


def test_a_package_round_trip_keeps_the_original_names(
    sheet: Sheet, catalog: Catalog, kare: Identity, trust: TrustStore,
    group: Store, secretariat: Store, tmp_path: Path,
) -> None:  # fmt: skip
    result = export_sheet(
        sheet, catalog, tmp_path / "ut", package=True, identity=kare,
        attachment_path=group.attachment_path, today=READY_DAY,
    )  # fmt: skip
    with zipfile.ZipFile(result.package) as zf:
        names = zf.namelist()
        manifest = zf.read(MANIFEST_NAME).decode()
        assert zf.read("vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf").startswith(b"%PDF-")
    assert [n for n in names if n.startswith("vedlegg/")] == attachment_members(sheet.attachments)
    assert "%" not in manifest  # no URI needs percent-encoding
    if shutil.which("unzip"):  # what a user unpacking the package sees
        listing = subprocess.run(
            ["unzip", "-l", str(result.package)], capture_output=True, text=True, check=True
        ).stdout
        assert "vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf" in listing

    verdict = verify_package(result.package, trust)
    assert verdict.valid, verdict.reasons
    assert verdict.attachment_names == {
        "vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf": PLAN,
        "vedlegg/02-notat.txt": "notat.txt",
        "vedlegg/03-notat.txt": "notat.txt",
    }

    outcome = import_package(secretariat, result.package, trust, catalog, today=READY_DAY)
    assert outcome.status == "importert", outcome.reasons
    stored = secretariat.load(sheet.id).attachments
    assert [a.filename for a in stored] == [PLAN, "notat.txt", "notat.txt"]
    bodies = [secretariat.attachment_path(a).read_bytes() for a in stored]
    assert bodies == [group.attachment_path(a).read_bytes() for a in sheet.attachments]


def test_verify_on_the_command_line_shows_the_original_name(
    sheet: Sheet, catalog: Catalog, kare: Identity, group: Store, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from prosjektark.commands import verify
    from prosjektark.signing.identity import certificate_pem

    result = export_sheet(
        sheet, catalog, tmp_path / "ut", package=True, identity=kare,
        attachment_path=group.attachment_path, today=READY_DAY,
    )  # fmt: skip
    pem = tmp_path / "kare.pem"
    pem.write_bytes(certificate_pem(kare.certificate))
    args = argparse.Namespace(package=str(result.package), trust=str(pem), format="text")
    assert verify.run(args) == 0
    assert (
        f"  vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf  («{PLAN}»)" in capsys.readouterr().out
    )


def test_an_old_package_still_reads(trust: TrustStore) -> None:
    old = TrustStore.from_path(FIXTURES / "prosjektark-1.0-signert-av-0.1.pem")
    verdict = verify_package(FIXTURES / "prosjektark-1.0-signert-av-0.1.asice", old)
    assert verdict.valid, verdict.reasons
    assert verdict.attachment_names == {}


def package_with(
    tmp_path: Path, sheet: Sheet, kare: Identity, attachment: Attachment, member: str, body: bytes
) -> Path:
    sheet.attachments = [attachment]
    path = tmp_path / "pakke.asice"
    path.write_bytes(
        build_package(
            {
                "prosjektark.json": sheet_to_json(sheet).encode(),
                "prosjektark.pdf": real_pdf("Ark"),
                member: body,
            },
            kare,
            revision=sheet.revision,
        )
    )
    return path


def declared(name: str, body: bytes, media_type: str) -> Attachment:
    digest = hashlib.sha256(body).hexdigest()
    return Attachment(id="v", filename=name, media_type=media_type, sha256=digest, size=len(body))


def test_an_old_style_member_name_is_paired_by_checksum(
    catalog: Catalog, kare: Identity, trust: TrustStore, secretariat: Store, tmp_path: Path
) -> None:
    body = real_pdf("Plan")
    sheet = example_sheets(catalog)[0]
    path = package_with(
        tmp_path, sheet, kare, declared(PLAN, body, "application/pdf"), f"vedlegg/{PLAN}", body
    )
    verdict = verify_package(path, trust)
    assert verdict.valid, verdict.reasons
    assert verdict.attachment_names == {f"vedlegg/{PLAN}": PLAN}
    outcome = import_package(secretariat, path, trust, catalog, today=READY_DAY)
    assert outcome.status == "importert", outcome.reasons
    (stored,) = secretariat.load(sheet.id).attachments
    assert stored.filename == PLAN


def test_a_package_whose_pdf_attachment_is_an_image_is_refused(
    catalog: Catalog, kare: Identity, trust: TrustStore, secretariat: Store, tmp_path: Path
) -> None:
    body = real_png()
    sheet = example_sheets(catalog)[0]
    path = package_with(
        tmp_path, sheet, kare, declared(PLAN, body, "application/pdf"),
        "vedlegg/01-situasjonsplan-trakkvegen-rev-2.pdf", body,
    )  # fmt: skip
    verdict = verify_package(path, trust)
    assert not verdict.valid
    (reason,) = verdict.reasons
    assert reason.startswith(f"Vedlegget «{PLAN}» er oppgitt som PDF")
    assert "det er et PNG-bilde" in reason

    outcome = import_package(secretariat, path, trust, catalog, today=READY_DAY)
    assert outcome.status == "avvist" and reason in outcome.reasons
    assert secretariat.list_summaries() == []


def test_a_package_whose_member_name_lies_is_refused(
    catalog: Catalog, kare: Identity, trust: TrustStore, tmp_path: Path
) -> None:
    # The sheet calls it an image, honestly; the file in the package is named as a PDF.
    body = real_png()
    sheet = example_sheets(catalog)[0]
    path = package_with(
        tmp_path, sheet, kare, declared("kart", body, "image/png"), "vedlegg/01-kart.pdf", body
    )
    verdict = verify_package(path, trust)
    assert not verdict.valid
    assert any("«01-kart.pdf» er oppgitt som PDF" in r for r in verdict.reasons)


def test_an_attachment_that_lies_is_not_packaged(
    catalog: Catalog, kare: Identity, group: Store, tmp_path: Path
) -> None:
    # Attached before the program looked at content (or by a release that did not).
    sheet = example_sheets(catalog)[0]
    attach(group, sheet, tmp_path / "a", "plan.pdf", real_png())
    out = tmp_path / "ut"
    with pytest.raises(ExportError, match="«plan.pdf» er oppgitt som PDF"):
        export_sheet(
            sheet, catalog, out, package=True, identity=kare,
            attachment_path=group.attachment_path, today=READY_DAY,
        )  # fmt: skip
    assert not out.exists()
