"""`prosjektark identity new|import|show` and `prosjektark verify` as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from cli_helpers import cli
from pdf_helpers import make_pdf
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import (
    IDENTITY_FILENAME,
    create_identity,
    fingerprint_sha256,
    load_identity,
)

PASS = "cli-passord med mellomrom"


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("home")


@pytest.fixture(scope="module")
def created(home: Path) -> subprocess.CompletedProcess:
    return cli(
        home,
        "identity",
        "new",
        "--name",
        "Kåre Øvrebø",
        "--email",
        "kare@example.no",
        "--organisation",
        "Trondheim kommune",
        "--passphrase-env",
        "PROSJEKTARK_PASS",
        PROSJEKTARK_PASS=PASS,
    )


@pytest.fixture(scope="module")
def package(home: Path, created, tmp_path_factory: pytest.TempPathFactory) -> Path:
    identity = load_identity(home / "data" / "identitet" / IDENTITY_FILENAME, PASS)
    data = build_package(
        {"prosjektark.json": b'{"format": "prosjektark/1"}', "prosjektark.pdf": make_pdf()},
        identity,
        revision=1,
    )
    path = tmp_path_factory.mktemp("ut") / "sykkelveg_r1.asice"
    path.write_bytes(data)
    return path


def test_identity_new_and_show(home: Path, created, tmp_path: Path) -> None:
    assert created.returncode == 0, created.stderr
    p12 = home / "data" / "identitet" / IDENTITY_FILENAME
    identity = load_identity(p12, PASS)
    assert fingerprint_sha256(identity.certificate) in created.stdout

    pem = tmp_path / "kare.pem"
    shown = cli(home, "identity", "show", "--pem", str(pem))
    assert shown.returncode == 0, shown.stderr
    for text in ("Kåre Øvrebø", "kare@example.no", "Trondheim kommune", "Gyldig"):
        assert text in shown.stdout
    assert fingerprint_sha256(identity.certificate) in shown.stdout
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_identity_new_refuses_to_overwrite(home: Path, created) -> None:
    before = (home / "data" / "identitet" / IDENTITY_FILENAME).read_bytes()
    again = cli(
        home,
        *("identity", "new", "--name", "X", "--email", "x@example.no", "--organisation", "Y"),
        *("--passphrase-env", "PROSJEKTARK_PASS"),
        PROSJEKTARK_PASS=PASS,
    )
    assert again.returncode == 1
    assert "finnes allerede en identitet" in again.stderr
    assert (home / "data" / "identitet" / IDENTITY_FILENAME).read_bytes() == before


def test_passphrase_only_from_environment(tmp_path: Path) -> None:
    missing = cli(
        tmp_path,
        *("identity", "new", "--name", "X", "--email", "x@example.no", "--organisation", "Y"),
        *("--passphrase-env", "FINNES_IKKE_VAR"),
    )
    assert missing.returncode == 2
    assert "FINNES_IKKE_VAR" in missing.stderr
    as_argument = cli(
        tmp_path,
        *("identity", "new", "--name", "X", "--email", "x@example.no", "--organisation", "Y"),
        *("--passphrase", "hemmelig"),
    )
    assert as_argument.returncode == 2
    assert not (tmp_path / "data" / "identitet" / IDENTITY_FILENAME).exists()


def test_show_without_identity(tmp_path: Path) -> None:
    result = cli(tmp_path, "identity", "show")
    assert result.returncode == 1
    assert "ingen signeringsidentitet" in result.stderr


def test_identity_import_legacy_and_wrong_passphrase(tmp_path: Path) -> None:
    source = create_identity("Ola Normann", "ola@example.no", "Bergen", PASS, tmp_path / "src")
    legacy = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(PASS.encode())
    )
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(b"ola", source.key, source.certificate, None, legacy)
    )
    home = tmp_path / "home"
    wrong = cli(home, "identity", "import", str(p12), "--passphrase-env", "P", P="feil")
    assert wrong.returncode == 1 and "Feil passord" in wrong.stderr
    ok = cli(home, "identity", "import", str(p12), "--passphrase-env", "P", P=PASS)
    assert ok.returncode == 0, ok.stderr
    assert fingerprint_sha256(source.certificate) in ok.stdout
    imported = load_identity(home / "data" / "identitet" / IDENTITY_FILENAME, PASS)
    assert imported.certificate == source.certificate
    missing = cli(home, "identity", "import", str(tmp_path / "nei.p12"), "--passphrase-env", "P")
    assert missing.returncode == 2


def test_verify_valid_text_and_json(home: Path, package: Path, tmp_path: Path) -> None:
    pem = tmp_path / "tillit.pem"
    assert cli(home, "identity", "show", "--pem", str(pem)).returncode == 0
    text = cli(home, "verify", str(package), "--trust", str(pem))
    assert text.returncode == 0, text.stdout + text.stderr
    assert "GYLDIG" in text.stdout and "prosjektark.pdf" in text.stdout

    as_json = cli(home, "verify", str(package), "--trust", str(pem), "--format", "json")
    assert as_json.returncode == 0
    payload = json.loads(as_json.stdout)
    assert payload["valid"] is True and payload["reasons"] == []
    assert "Kåre Øvrebø" in payload["signer"]
    assert payload["files"] == ["prosjektark.json", "prosjektark.pdf"]
    assert len(payload["fingerprint"].split(":")) == 32

    trust_dir = tmp_path / "mappe"
    trust_dir.mkdir()
    (trust_dir / "kare.crt").write_bytes(pem.read_bytes())
    assert cli(home, "verify", str(package), "--trust", str(trust_dir)).returncode == 0


def test_verify_invalid_and_unreadable(home: Path, package: Path, tmp_path: Path) -> None:
    other = create_identity("Mallory", "m@example.no", "", PASS, tmp_path / "m")
    other_pem = tmp_path / "mallory.pem"
    other_pem.write_bytes(other.certificate.public_bytes(serialization.Encoding.PEM))

    untrusted = cli(home, "verify", str(package), "--trust", str(other_pem), "--format", "json")
    assert untrusted.returncode == 1
    payload = json.loads(untrusted.stdout)
    assert payload["valid"] is False
    assert any("ikke er i tillitslisten" in r for r in payload["reasons"])

    text = cli(home, "verify", str(package), "--trust", str(other_pem))
    assert text.returncode == 1 and "UGYLDIG" in text.stdout

    truncated = tmp_path / "avkortet.asice"
    truncated.write_bytes(package.read_bytes()[:400])
    cut = cli(home, "verify", str(truncated), "--trust", str(other_pem), "--format", "json")
    assert cut.returncode == 2
    assert json.loads(cut.stdout)["valid"] is False

    assert (
        cli(home, "verify", str(tmp_path / "nei.asice"), "--trust", str(other_pem)).returncode == 2
    )
    no_trust = cli(home, "verify", str(package), "--trust", str(tmp_path / "ingen.pem"))
    assert no_trust.returncode == 2 and "tillitslisten" in no_trust.stderr


def test_an_organisation_file_with_a_weak_passphrase_needs_a_new_one(tmp_path: Path) -> None:
    source = create_identity("Ola Normann", "ola@example.no", "Bergen", PASS, tmp_path / "src")
    weak = "bergen"  # as organisations hand them out: short and known to many
    p12 = tmp_path / "org.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ola",
            source.key,
            source.certificate,
            None,
            serialization.BestAvailableEncryption(weak.encode()),
        )
    )
    home = tmp_path / "home"
    refused = cli(home, "identity", "import", str(p12), "--passphrase-env", "P", P=weak)
    assert refused.returncode != 0
    assert "nytt passord" in refused.stderr
    assert not (home / "data" / "identitet" / IDENTITY_FILENAME).exists()

    chosen = "fire ord om fjorden"
    ok = cli(
        home, "identity", "import", str(p12), "--passphrase-env", "P",
        "--new-passphrase-env", "NY", P=weak, NY=chosen,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    imported = load_identity(home / "data" / "identitet" / IDENTITY_FILENAME, chosen)
    assert imported.certificate == source.certificate
