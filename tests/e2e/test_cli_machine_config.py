"""`prosjektark verify` and `prosjektark import` on a machine whose IT trusts a signer for
every user (the machine configuration's trust/ folder): the signer is trusted without
being in the user's own list, and `import` needs no --trust there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cli_helpers import cli
from prosjektark.domain.catalog import Catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.exchange.export import export_sheet
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from signing_helpers import acknowledge_warnings

PASS = "maskinens tillitsliste passord"


@pytest.fixture(scope="module")
def signers(tmp_path_factory: pytest.TempPathFactory) -> tuple[Identity, Identity]:
    folder = tmp_path_factory.mktemp("identiteter")
    kari = create_identity("Kari Nordmann", "kari@example.no", "Bergen kommune", PASS, folder / "k")
    ola = create_identity("Ola Nordmann", "ola@example.no", "", PASS, folder / "o")
    return kari, ola


@pytest.fixture(scope="module")
def package(
    signers: tuple[Identity, Identity], catalog: Catalog, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A sheet package signed by Kari."""
    sheet = acknowledge_warnings(example_sheets(catalog)[0], catalog)  # signing needs «klar»
    out = tmp_path_factory.mktemp("pakke")
    return export_sheet(sheet, catalog, out, package=True, identity=signers[0]).package


@pytest.fixture
def own_list(signers: tuple[Identity, Identity], tmp_path: Path) -> Path:
    """The user's own trust list: Ola only."""
    path = tmp_path / "ola.pem"
    path.write_bytes(certificate_pem(signers[1].certificate))
    return path


def trust_on_machine(machine: Path, identity: Identity) -> None:
    (machine / "trust").mkdir(exist_ok=True)
    (machine / "trust" / "kari.pem").write_bytes(certificate_pem(identity.certificate))


def test_verify_trusts_the_signer_in_the_machines_trust_folder(
    package: Path, own_list: Path, signers, _empty_machine_config: Path, tmp_path: Path
) -> None:
    home = tmp_path / "hjem"
    before = cli(home, "verify", str(package), "--trust", str(own_list), "--format", "json")
    assert before.returncode == 1, before.stdout + before.stderr
    assert any("ikke er i tillitslisten" in r for r in json.loads(before.stdout)["reasons"])

    trust_on_machine(_empty_machine_config, signers[0])
    after = cli(home, "verify", str(package), "--trust", str(own_list))
    assert after.returncode == 0, after.stdout + after.stderr
    assert f"{package.name}: GYLDIG" in after.stdout and "Kari Nordmann" in after.stdout


def test_a_broken_file_in_the_machines_trust_folder_does_not_stop_verify(
    package: Path, own_list: Path, signers, _empty_machine_config: Path, tmp_path: Path
) -> None:
    trust_on_machine(_empty_machine_config, signers[0])
    (_empty_machine_config / "trust" / "skadet.cer").write_bytes(b"ikke et sertifikat")
    (_empty_machine_config / "prosjektark.toml").write_text("role = [\n", encoding="utf-8")
    result = cli(tmp_path / "hjem", "verify", str(package), "--trust", str(own_list))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_needs_no_trust_argument_where_the_machine_trusts_the_signer(
    package: Path, signers, _empty_machine_config: Path, tmp_path: Path
) -> None:
    secretariat = tmp_path / "sekretariat"
    refused = cli(secretariat, "import", str(package))
    assert refused.returncode == 2 and "oppgi --trust" in refused.stderr

    trust_on_machine(_empty_machine_config, signers[0])
    imported = cli(secretariat, "import", str(package))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert f"{package.name}: importert" in imported.stdout
