"""Signing identities: certificate profile, PKCS#12 protection, import, trust list."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from prosjektark.signing.identity import (
    CERTIFICATE_FILENAME,
    IDENTITY_FILENAME,
    IdentityError,
    WeakPassphraseError,
    certificate_pem,
    change_passphrase,
    create_identity,
    fingerprint_sha256,
    import_identity,
    load_certificate,
    load_identity,
)
from prosjektark.signing.trust import TrustError, TrustStore

PASS = "korrekt hest batteri stift"
OPENSSL = shutil.which("openssl")


@pytest.fixture(scope="module")
def identity_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("identitet")
    create_identity("Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, directory)
    return directory


@pytest.fixture(scope="module")
def identity(identity_dir: Path):
    return load_identity(identity_dir / IDENTITY_FILENAME, PASS)


def test_certificate_profile(identity) -> None:
    cert = identity.certificate
    assert isinstance(identity.key, ec.EllipticCurvePrivateKey)
    assert identity.key.curve.name == "secp256r1"
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Kåre Øvrebø"
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == (
        "Trondheim kommune"
    )
    assert cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value == (
        "kare@example.no"
    )
    assert cert.issuer == cert.subject

    ku = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert ku.critical
    assert ku.value.digital_signature and ku.value.content_commitment
    assert not ku.value.key_cert_sign
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(eku) == [ExtendedKeyUsageOID.EMAIL_PROTECTION]
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["kare@example.no"]
    assert cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca is False
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert 4 * 365 < lifetime.days <= 5 * 366
    cert.public_key().verify(
        cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(cert.signature_hash_algorithm)
    )
    assert (identity.name, identity.email, identity.organisation) == (
        "Kåre Øvrebø",
        "kare@example.no",
        "Trondheim kommune",
    )


def test_fingerprint_and_pem(identity) -> None:
    fp = fingerprint_sha256(identity.certificate)
    parts = fp.split(":")
    assert len(parts) == 32 and all(len(p) == 2 and p == p.upper() for p in parts)
    assert bytes.fromhex("".join(parts)) == identity.certificate.fingerprint(hashes.SHA256())
    pem = certificate_pem(identity.certificate)
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----")
    assert x509.load_pem_x509_certificate(pem) == identity.certificate


def test_files_are_private_and_hold_no_plain_key(identity_dir: Path, identity) -> None:
    p12 = identity_dir / IDENTITY_FILENAME
    if os.name == "posix":
        assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    names = sorted(p.name for p in identity_dir.iterdir())
    assert names == [IDENTITY_FILENAME, CERTIFICATE_FILENAME]  # no temp files left behind
    scalar = identity.key.private_numbers().private_value.to_bytes(32, "big")
    der = identity.key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    for path in identity_dir.iterdir():
        data = path.read_bytes()
        assert b"PRIVATE KEY" not in data
        assert scalar not in data
        assert der not in data
    assert load_certificate(identity_dir) == identity.certificate


@pytest.mark.skipif(OPENSSL is None, reason="openssl CLI ikke installert")
def test_pkcs12_uses_aes256_pbkdf2_600k(identity_dir: Path) -> None:
    out = subprocess.run(
        [OPENSSL, "pkcs12", "-info", "-nokeys", "-in", str(identity_dir / IDENTITY_FILENAME)]
        + ["-passin", "env:P12PASS"],
        env={**os.environ, "P12PASS": PASS},
        capture_output=True,
        text=True,
        errors="replace",
        check=True,
    )
    text = out.stdout + out.stderr
    bags = [line for line in text.splitlines() if "Encrypted data" in line or "Keybag" in line]
    assert len(bags) == 2, text
    for line in bags:
        assert "PBES2, PBKDF2, AES-256-CBC" in line
        assert "hmacWithSHA256" in line
        rounds = int(line.split("Iteration")[1].split(",")[0])
        assert rounds >= 600_000
    assert "MAC: sha256" in text


def test_wrong_passphrase(identity_dir: Path) -> None:
    with pytest.raises(IdentityError, match="^Feil passord"):
        load_identity(identity_dir / IDENTITY_FILENAME, "feil")


def test_missing_file_and_bad_input(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="Fant ingen identitet"):
        load_identity(tmp_path / "finnes-ikke.p12", PASS)
    with pytest.raises(IdentityError, match="Passordet kan ikke være tomt"):
        create_identity("A", "a@example.no", "", "", tmp_path)
    with pytest.raises(IdentityError, match="e-postadresse"):
        create_identity("A", "ikke-epost", "", PASS, tmp_path)
    with pytest.raises(IdentityError, match="ingen signeringsidentitet"):
        load_certificate(tmp_path)
    assert not any(tmp_path.iterdir())


def _ca_and_leaf() -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate, x509.Certificate]:
    """An organisation CA and a member certificate it issued."""
    import datetime as dt

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Kommunens test-CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Ola Normann")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .sign(ca_key, hashes.SHA256())
    )
    return key, leaf, ca


def test_import_legacy_3des_with_chain_reencrypts(tmp_path: Path) -> None:
    key, leaf, ca = _ca_and_leaf()
    legacy = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(2048)
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(PASS.encode())
    )
    source = tmp_path / "org.p12"
    source.write_bytes(pkcs12.serialize_key_and_certificates(b"ola", key, leaf, [ca], legacy))
    target = tmp_path / "ident"

    imported = import_identity(source, PASS, target)

    assert imported.path == target / IDENTITY_FILENAME
    assert imported.certificate == leaf
    assert imported.chain == [ca]
    again = load_identity(target / IDENTITY_FILENAME, PASS)
    assert again.certificate == leaf and again.chain == [ca]
    if OPENSSL:
        out = subprocess.run(
            [OPENSSL, "pkcs12", "-info", "-nokeys", "-in", str(target / IDENTITY_FILENAME)]
            + ["-passin", "env:P12PASS"],
            env={**os.environ, "P12PASS": PASS},
            capture_output=True,
            text=True,
            errors="replace",
            check=True,
        )
        assert "3DES" not in out.stdout + out.stderr
        assert "AES-256-CBC, Iteration 600000" in out.stdout + out.stderr


@pytest.mark.skipif(OPENSSL is None, reason="openssl CLI ikke installert")
def test_import_openssl_legacy_rc2(tmp_path: Path) -> None:
    key, leaf, ca = _ca_and_leaf()
    key_pem = tmp_path / "key.pem"
    # Encrypted even in the test: the key never lies unencrypted on disk.
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASS.encode()),
        )
    )
    (tmp_path / "leaf.pem").write_bytes(certificate_pem(leaf))
    (tmp_path / "ca.pem").write_bytes(certificate_pem(ca))
    source = tmp_path / "legacy.p12"
    made = subprocess.run(
        [OPENSSL, "pkcs12", "-export", "-legacy", "-inkey", str(key_pem)]
        + ["-in", str(tmp_path / "leaf.pem"), "-certfile", str(tmp_path / "ca.pem")]
        + ["-out", str(source), "-passin", "env:P12PASS", "-passout", "env:P12PASS"],
        env={**os.environ, "P12PASS": PASS},
        capture_output=True,
        text=True,
        errors="replace",
    )
    if made.returncode != 0:
        pytest.skip(
            f"openssl kan ikke lage legacy PKCS#12 (mangler legacy-provider): {made.stderr}"
        )
    info = subprocess.run(
        [OPENSSL, "pkcs12", "-info", "-nokeys", "-legacy", "-in", str(source)]
        + ["-passin", "env:P12PASS"],
        env={**os.environ, "P12PASS": PASS},
        capture_output=True,
        text=True,
        errors="replace",
    )
    assert "RC2" in info.stdout + info.stderr or "3DES" in info.stdout + info.stderr

    imported = import_identity(source, PASS, tmp_path / "ident")

    assert imported.certificate == leaf
    assert imported.chain == [ca]
    with pytest.raises(IdentityError, match="Feil passord"):
        import_identity(source, "feil", tmp_path / "ident2")


@pytest.mark.skipif(OPENSSL is None, reason="openssl CLI ikke installert")
def test_an_rsa_pss_key_is_refused_on_import(tmp_path: Path) -> None:
    """A PSS-only key cannot make the PKCS#1 v1.5 signatures we write; refuse it up front."""
    env = {**os.environ, "P12PASS": PASS}

    def openssl(*args: str) -> None:
        done = subprocess.run([OPENSSL, *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr

    key, cert, p12 = (tmp_path / n for n in ("pss.key", "pss.crt", "pss.p12"))
    openssl(
        "genpkey", "-algorithm", "RSA-PSS", "-pkeyopt", "rsa_keygen_bits:2048", "-out", str(key)
    )
    openssl("req", "-new", "-x509", "-key", str(key), "-subj", "/CN=PSS", "-out", str(cert))
    openssl(
        "pkcs12",
        "-export",
        "-inkey",
        str(key),
        "-in",
        str(cert),
        "-out",
        str(p12),
        "-passout",
        "env:P12PASS",
    )
    with pytest.raises(IdentityError, match="RSA-PSS"):
        import_identity(p12, PASS, tmp_path / "ident")


def test_trust_store_from_file_dir_and_pins(tmp_path: Path, identity) -> None:
    pem = tmp_path / "kare.pem"
    pem.write_bytes(certificate_pem(identity.certificate))
    store = TrustStore.from_path(pem)
    assert store.contains(identity.certificate)

    directory = tmp_path / "tillit"
    directory.mkdir()
    _key, _leaf, ca = _ca_and_leaf()
    (directory / "ca.crt").write_bytes(ca.public_bytes(serialization.Encoding.DER))
    (directory / "kare.cer").write_bytes(certificate_pem(identity.certificate))
    (directory / "les-meg.md").write_text("ikke et sertifikat")
    store = TrustStore.from_path(directory)
    assert set(store.certificates) == {ca, identity.certificate}

    pins = tmp_path / "pins.sha256"
    fp = fingerprint_sha256(identity.certificate)
    pins.write_text(f"# Kåre\n{fp.replace(':', '').lower()}\n")
    store = TrustStore.from_path(pins)
    assert store.certificates == [] and store.is_pinned(identity.certificate)

    with pytest.raises(TrustError, match="Fant ikke tillitslisten"):
        TrustStore.from_path(tmp_path / "mangler.pem")
    (tmp_path / "tom").mkdir()
    with pytest.raises(TrustError, match="Fant ingen sertifikater"):
        TrustStore.from_path(tmp_path / "tom")
    bad = tmp_path / "bad.pem"
    bad.write_text("-----BEGIN CERTIFICATE-----\nxx\n-----END CERTIFICATE-----\n")
    with pytest.raises(TrustError, match="Kunne ikke lese sertifikat"):
        TrustStore.from_path(bad)


# ------------------------------------------------------------------ passphrase policy


@pytest.mark.parametrize(
    ("passphrase", "says"),
    [
        ("kort", "For kort: 8 tegn til (minst 12)."),
        ("passord12345", "For vanlig: det bygger på et mye brukt passord."),
        ("sommersommer", "det gjentar det samme"),
        ("Kåre Øvrebø 2026", "navnet, e-posten eller organisasjonen din"),
    ],
)
def test_create_refuses_a_weak_passphrase_and_writes_nothing(
    tmp_path: Path, passphrase: str, says: str
) -> None:
    directory = tmp_path / "identitet"
    with pytest.raises(WeakPassphraseError) as raised:
        create_identity(
            "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", passphrase, directory
        )
    message = str(raised.value)
    assert message.startswith("Passordet er ikke godt nok.")
    assert says in message
    assert "minst 12 tegn" in message and "fire eller flere" in message
    assert not directory.exists()


def _organisation_p12(tmp_path: Path, passphrase: str) -> Path:
    key, leaf, ca = _ca_and_leaf()
    source = tmp_path / "org.p12"
    source.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ola", key, leaf, [ca], serialization.BestAvailableEncryption(passphrase.encode())
        )
    )
    return source


def test_import_with_a_weak_file_passphrase_needs_a_new_one(tmp_path: Path) -> None:
    source = _organisation_p12(tmp_path, "Abc12345")
    target = tmp_path / "ident"

    with pytest.raises(WeakPassphraseError, match="^Passordet til filen er ikke godt nok"):
        import_identity(source, "Abc12345", target)
    assert not target.exists()
    with pytest.raises(WeakPassphraseError, match="For vanlig"):
        import_identity(source, "Abc12345", target, new_passphrase="passord12345")
    assert not target.exists()
    with pytest.raises(IdentityError, match="^Feil passord"):  # checked before the policy
        import_identity(source, "feil", target, new_passphrase=PASS)

    imported = import_identity(source, "Abc12345", target, new_passphrase=PASS)

    assert load_identity(target / IDENTITY_FILENAME, PASS).certificate == imported.certificate
    with pytest.raises(IdentityError, match="^Feil passord"):
        load_identity(target / IDENTITY_FILENAME, "Abc12345")


def test_an_identity_with_an_old_short_passphrase_still_opens(tmp_path: Path) -> None:
    """Made before the policy (the wizard then asked for 10 characters, the CLI for one):
    nobody is locked out of the key they have."""
    key, leaf, _ca = _ca_and_leaf()
    old = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(600_000)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(b"kort")
    )
    path = tmp_path / IDENTITY_FILENAME
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"ola", key, leaf, None, old))

    identity = load_identity(path, "kort")

    assert identity.certificate == leaf

    with pytest.raises(WeakPassphraseError, match="For kort"):
        change_passphrase(identity, "kortere")
    assert load_identity(path, "kort").certificate == leaf  # untouched by the refusal

    changed = change_passphrase(identity, PASS)

    assert changed.path == path
    assert load_identity(path, PASS).certificate == leaf
    with pytest.raises(IdentityError, match="^Feil passord"):
        load_identity(path, "kort")
    assert load_certificate(tmp_path) == leaf
