"""Who may deliver a sheet, as the secretariat meets it on the command line: two real
working-group identities, one sheet. The first to deliver owns it; the other is refused
until `prosjektark handover` gives it to them, which is recorded and listed."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.sheet import Sheet, sheet_to_json
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import (
    Identity,
    certificate_pem,
    create_identity,
    fingerprint_sha256,
)

PASS = "overføring av prosjektark"


def _pdf() -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.drawString(72, 760, "Prosjektark")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _package(folder: Path, sheet: Sheet, identity: Identity, name: str) -> Path:
    path = folder / name
    files = {"prosjektark.json": sheet_to_json(sheet).encode(), "prosjektark.pdf": _pdf()}
    path.write_bytes(build_package(files, identity, revision=sheet.revision))
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, catalog: Catalog) -> dict:
    """Kåre's package (revision 3), Ola's package for the same sheet (revision 4), and a
    folder with both certificates for --trust."""
    work = tmp_path_factory.mktemp("grupper")
    kare = create_identity("Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, work / "k")
    ola = create_identity("Ola Nordmann", "ola@example.no", "Statens vegvesen", PASS, work / "o")
    trust = work / "tillit"
    trust.mkdir()
    (trust / "kare.pem").write_bytes(certificate_pem(kare.certificate))
    (trust / "ola.pem").write_bytes(certificate_pem(ola.certificate))
    sheet = example_sheets(catalog)[0]
    from_kare = _package(work, sheet, kare, "kare_r3.asice")
    sheet.revision = 4
    sheet.identification.title = "Sykkelveg, Olas versjon"
    from_ola = _package(work, sheet, ola, "ola_r4.asice")
    return {
        "sheet_id": str(sheet.id),
        "kare": fingerprint_sha256(kare.certificate),
        "ola": fingerprint_sha256(ola.certificate),
        "from_kare": from_kare,
        "from_ola": from_ola,
        "trust": trust,
    }


def _import(home: Path, world: dict, package: str):
    return cli(home, "import", str(world[package]), "--trust", str(world["trust"]))


def test_refused_then_handed_over_then_accepted_and_listed(world: dict, tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    sheet_id = world["sheet_id"]
    assert _import(home, world, "from_kare").returncode == 0

    refused = _import(home, world, "from_ola")
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "ola_r4.asice: avvist" in refused.stdout
    assert "Kåre Øvrebø" in refused.stdout and world["kare"] in refused.stdout
    assert "Ola Nordmann" in refused.stdout and world["ola"] in refused.stdout
    assert f"prosjektark handover --id {sheet_id}" in refused.stdout

    listed = cli(home, "handover", "--id", sheet_id, "--list")
    assert listed.returncode == 0, listed.stderr
    assert "Eier: Kåre Øvrebø" in listed.stdout and world["kare"] in listed.stdout
    assert "Overføringer: ingen." in listed.stdout

    done = cli(
        home, "handover", "--id", sheet_id, "--to", world["ola"], "--name", "Ola Nordmann",
        "--reason", "Ny prosjektleder i vegvesenet",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "overført fra Kåre Øvrebø" in done.stdout and "til Ola Nordmann" in done.stdout
    assert "(uten sertifikat)" in done.stdout  # this secretariat has no identity

    accepted = _import(home, world, "from_ola")
    assert accepted.returncode == 0, accepted.stdout
    assert "ola_r4.asice: oppdatert" in accepted.stdout
    again = _import(home, world, "from_kare")
    assert again.returncode == 1 and "tilhører en annen avsender, Ola Nordmann" in again.stdout

    listed = cli(home, "handover", "--id", sheet_id, "--list")
    assert "Eier: Ola Nordmann" in listed.stdout
    assert f"til Ola Nordmann (SHA-256 {world['ola']})" in listed.stdout
    assert "Begrunnelse: Ny prosjektleder i vegvesenet" in listed.stdout


def test_the_handover_names_the_secretariats_certificate_when_it_has_one(
    world: dict, tmp_path: Path
) -> None:
    home = tmp_path / "sekretariat"
    made = cli(
        home, "identity", "new", "--name", "Siri Sekretær", "--email", "siri@example.no",
        "--organisation", "Miljøpakken", "--passphrase-env", "PP", PP=PASS,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    own = next(line for line in made.stdout.splitlines() if "SHA-256" in line).split()[-1]
    assert _import(home, world, "from_kare").returncode == 0

    done = cli(home, "handover", "--id", world["sheet_id"], "--to", world["ola"], "--name", "Ola")

    assert done.returncode == 0, done.stderr
    assert f"Registrert av Siri Sekretær (SHA-256 {own})" in done.stdout
    listed = cli(home, "handover", "--id", world["sheet_id"], "--list")
    assert f"av Siri Sekretær (SHA-256 {own})" in listed.stdout


def test_refusals_exit_1_with_the_reason(world: dict, tmp_path: Path) -> None:
    home = tmp_path / "sekretariat"
    sheet_id = world["sheet_id"]
    plain_ola = world["ola"].replace(":", "").lower()

    never = cli(home, "handover", "--id", sheet_id, "--to", plain_ola, "--name", "Ola")
    assert never.returncode == 1 and "ingen eier" in never.stderr
    unknown = cli(home, "handover", "--id", sheet_id, "--list")
    assert unknown.returncode == 1 and "Fant ikke prosjektarket" in unknown.stderr

    assert _import(home, world, "from_kare").returncode == 0
    to_owner = cli(home, "handover", "--id", sheet_id, "--to", world["kare"], "--name", "Kåre")
    assert to_owner.returncode == 1 and "eies allerede" in to_owner.stderr


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--id", "ikke-en-uuid", "--list"], "gyldig UUID"),
        (["--id", "{id}", "--to", "AB:CD", "--name", "Ola"], "fingeravtrykk"),
        (["--id", "{id}", "--to", "ab" * 32], "--name"),
        (["--id", "{id}"], "--to"),
        (["--id", "{id}", "--to", "ab" * 32, "--name", "Ola", "--list"], "--list"),
    ],
)
def test_unreadable_arguments_exit_2(
    world: dict, tmp_path: Path, args: list[str], said: str
) -> None:
    args = [a.replace("{id}", world["sheet_id"]) for a in args]

    result = cli(tmp_path / "s", "handover", *args)

    assert result.returncode == 2, result.stdout + result.stderr
    assert said in result.stderr
