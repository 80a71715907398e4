"""The CMS that pyHanko makes for both signatures of a package: the detached CAdES over
the ASiC manifest and the CMS inside the PDF's PAdES signature. Structure (CAdES-BES
signed attributes), canonical DER, and verification by pyHanko, cryptography and
`openssl cms` for EC and RSA signers (RSA issued by a small CA)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID, ObjectIdentifier
from pyhanko.pdf_utils.reader import PdfFileReader

from pdf_helpers import make_pdf
from prosjektark.signing import cades, pades
from prosjektark.signing.identity import Identity, certificate_pem, create_identity
from prosjektark.signing.trust import TrustStore

OPENSSL = shutil.which("openssl")
DATA = b"<ASiCManifest>innhold</ASiCManifest>"
NOW = dt.datetime(2026, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
BASE_ATTRS = {"content_type", "message_digest", "signing_certificate_v2"}


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def _usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign,
        content_commitment=sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=ca,
        crl_sign=ca,
        encipher_only=False,
        decipher_only=False,
    )


def _cert(key, name: str, issuer=None, *, ca: bool = False, serial: int = 1, extra=None):
    """A certificate for key, issued by issuer = (key, cert), or self-signed."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    issuer_key, issuer_name = (issuer[0], issuer[1].subject) if issuer else (key, subject)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(NOW - dt.timedelta(days=400))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_usage(sign=not ca, ca=ca), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
    )
    if issuer:
        aki = x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key())
        builder = builder.add_extension(aki, critical=False)
    if extra is not None:
        builder = builder.add_extension(extra, critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@pytest.fixture(scope="module")
def ec_identity(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        "Kåre Øvrebø",
        "kare@example.no",
        "Trondheim kommune",
        "cms-passord med mellomrom",
        tmp_path_factory.mktemp("ec"),
    )


@pytest.fixture(scope="module")
def ca() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key, _cert(key, "Prosjektark test-CA", ca=True, serial=0x80 << 144)


@pytest.fixture(scope="module")
def rsa_identity(ca) -> Identity:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return Identity(key, _cert(key, "Rita RSA", ca, serial=0xFF), [ca[1]])


@pytest.fixture(scope="module")
def big_chain_identity(ca) -> Identity:
    """A chain whose certificate set is over 64 KiB, so its length needs three octets."""
    padding_ext = x509.UnrecognizedExtension(
        ObjectIdentifier("1.3.6.1.4.1.55555.1"), core.OctetString(bytes(70_000)).dump()
    )
    key = ec.generate_private_key(ec.SECP256R1())
    big = _cert(key, "Stor mellom-CA", ca, ca=True, serial=2, extra=padding_ext)
    return Identity(key, _cert(key, "Leaf", (key, big), serial=0x7F), [big, ca[1]])


def _parse(signature: bytes) -> asn1_cms.SignedData:
    info = asn1_cms.ContentInfo.load(signature, strict=True)
    assert info["content_type"].native == "signed_data"
    signed = info["content"]
    signed.native  # noqa: B018 - full parse
    return signed


def _pades_cms(identity: Identity) -> bytes:
    signed_pdf = pades.sign_pdf(make_pdf(pages=1), identity)
    (embedded,) = PdfFileReader(io.BytesIO(signed_pdf)).embedded_regular_signatures
    # /Contents is zero-padded after the DER; a lenient load stops where the DER ends.
    return asn1_cms.ContentInfo.load(embedded.pkcs7_content).dump()


def _signature(kind: str, identity: Identity) -> tuple[bytes, bytes]:
    """(CMS, digest of the content it signs) for the detached CAdES or the PAdES CMS."""
    if kind == "cades":
        return cades.sign_detached(DATA, identity), hashlib.sha256(DATA).digest()
    cms = _pades_cms(identity)
    (signer_info,) = _parse(cms)["signer_infos"]
    attrs = {a["type"].native: a for a in signer_info["signed_attrs"]}
    return cms, attrs["message_digest"]["values"][0].native


def _attrs(signed: asn1_cms.SignedData) -> dict[str, asn1_cms.CMSAttribute]:
    (signer_info,) = signed["signer_infos"]
    attrs = {a["type"].native: a for a in signer_info["signed_attrs"]}
    assert len(attrs) == len(signer_info["signed_attrs"])  # no attribute twice
    assert all(len(a["values"]) == 1 for a in attrs.values())
    return attrs


@pytest.mark.parametrize("kind", ["cades", "pades"])
def test_ec_structure(ec_identity: Identity, kind: str) -> None:
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    signature, digest = _signature(kind, ec_identity)
    signed = _parse(signature)
    cert_der = _der(ec_identity.certificate)
    tbs = x509.load_der_x509_certificate(cert_der)
    assert signed["version"].native == "v1"
    assert signed["digest_algorithms"].native == [{"algorithm": "sha256", "parameters": None}]
    assert signed["encap_content_info"]["content_type"].native == "data"
    assert signed["encap_content_info"]["content"].native is None  # detached
    assert [c.chosen.dump() for c in signed["certificates"]] == [cert_der]
    (signer_info,) = signed["signer_infos"]
    sid = signer_info["sid"].chosen
    assert sid["serial_number"].native == tbs.serial_number
    assert sid["issuer"].dump() == asn1_x509.Certificate.load(cert_der).issuer.dump()
    assert signer_info["digest_algorithm"]["algorithm"].native == "sha256"
    assert signer_info["signature_algorithm"]["algorithm"].native == "sha256_ecdsa"

    # CAdES-BES: signing-time in the detached CMS; PAdES keeps the time in /M instead.
    attrs = _attrs(signed)
    assert set(attrs) == BASE_ATTRS | ({"signing_time"} if kind == "cades" else set())
    assert attrs["content_type"]["values"][0].native == "data"
    assert attrs["message_digest"]["values"][0].native == digest
    if kind == "cades":
        signing_time = attrs["signing_time"]["values"][0].native
        assert before <= signing_time <= dt.datetime.now(dt.UTC)

    (ess,) = attrs["signing_certificate_v2"]["values"][0]["certs"]
    assert ess["hash_algorithm"]["algorithm"].native == "sha256"
    assert ess["cert_hash"].native == hashlib.sha256(cert_der).digest()
    (general_name,) = ess["issuer_serial"]["issuer"]
    assert general_name.name == "directory_name"
    assert general_name.chosen.untag().dump() == asn1_x509.Certificate.load(cert_der).issuer.dump()
    assert ess["issuer_serial"]["serial_number"].native == tbs.serial_number

    # The signature covers the signed attributes re-tagged as a SET (RFC 5652 5.4).
    signed_attrs = signer_info["signed_attrs"].dump()
    assert signed_attrs[0] == 0xA0
    ec_identity.certificate.public_key().verify(
        signer_info["signature"].native, b"\x31" + signed_attrs[1:], ec.ECDSA(hashes.SHA256())
    )


def test_certificates_hold_signer_and_whole_chain_once(rsa_identity: Identity, ca) -> None:
    signed = _parse(cades.sign_detached(DATA, rsa_identity))
    embedded = sorted(c.chosen.dump() for c in signed["certificates"])
    assert embedded == sorted([_der(rsa_identity.certificate), _der(ca[1])])
    # The signer repeated in its own chain is still embedded only once.
    doubled = Identity(
        rsa_identity.key, rsa_identity.certificate, [ca[1], rsa_identity.certificate]
    )
    assert len(_parse(cades.sign_detached(DATA, doubled))["certificates"]) == 2


def test_rsa_signature_algorithm_and_value(rsa_identity: Identity) -> None:
    (signer_info,) = _parse(cades.sign_detached(DATA, rsa_identity))["signer_infos"]
    algorithm = signer_info["signature_algorithm"]
    assert algorithm["algorithm"].native == "sha256_rsa"
    assert algorithm["parameters"].dump() == core.Null().dump()
    rsa_identity.certificate.public_key().verify(
        signer_info["signature"].native,
        b"\x31" + signer_info["signed_attrs"].dump()[1:],
        padding.PKCS1v15(),
        hashes.SHA256(),
    )


@pytest.mark.parametrize("which", ["ec_identity", "rsa_identity", "big_chain_identity"])
def test_der_is_canonical(which: str, request: pytest.FixtureRequest) -> None:
    identity = request.getfixturevalue(which)
    signature = cades.sign_detached(DATA, identity)
    if which == "big_chain_identity":
        assert len(signature) > 0xFFFF and signature[1] == 0x83
    _parse(signature)
    assert asn1_cms.ContentInfo.load(signature).dump(force=True) == signature


def test_big_chain_fits_in_the_pdf(big_chain_identity: Identity, ca) -> None:
    # pyHanko sizes the PDF's signature placeholder from a dry run, whatever the chain.
    signed_pdf = pades.sign_pdf(make_pdf(pages=1), big_chain_identity)
    assert pades.verify_pdf(signed_pdf, [ca[1]]).ok


@pytest.mark.parametrize("serial", [1, 0x7F, 0x80, 0xFF, 0x100, 0x8000, 2**151 + 5, 2**159 - 1])
def test_serial_integers_are_minimal(serial: int) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    identity = Identity(key, _cert(key, "Serie", serial=serial), [])
    signature = cades.sign_detached(DATA, identity)
    signed = _parse(signature)
    (signer_info,) = signed["signer_infos"]
    ess = _attrs(signed)["signing_certificate_v2"]["values"][0]["certs"][0]
    for integer in (
        signer_info["sid"].chosen["serial_number"],
        ess["issuer_serial"]["serial_number"],
    ):
        assert integer.native == serial
        assert integer.dump() == core.Integer(serial).dump()


@pytest.mark.parametrize(("which", "root"), [("ec_identity", None), ("rsa_identity", "ca")])
def test_cades_round_trip(which: str, root: str | None, request, ca) -> None:
    identity = request.getfixturevalue(which)
    trust = TrustStore.from_certificates([ca[1] if root else identity.certificate])
    data = b"<ASiCManifest>innhold</ASiCManifest>"
    signature = cades.sign_detached(data, identity)
    report = cades.verify_detached(data, signature, trust)
    assert report.ok, report.problems
    assert report.signer == identity.certificate
    assert report.signing_time is not None
    assert abs(report.signing_time - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)

    changed = cades.verify_detached(data[:-1] + b"!", signature, trust)
    assert not changed.intact and not changed.ok


def test_rsa_not_trusted_without_its_ca(rsa_identity: Identity, ec_identity: Identity) -> None:
    data = b"innhold"
    signature = cades.sign_detached(data, rsa_identity)
    report = cades.verify_detached(
        data, signature, TrustStore.from_certificates([ec_identity.certificate])
    )
    assert report.intact and report.valid and not report.trusted


@pytest.mark.skipif(OPENSSL is None, reason="openssl CLI ikke installert (apt: openssl)")
@pytest.mark.parametrize(("which", "root"), [("ec_identity", None), ("rsa_identity", "ca")])
def test_openssl_cms_verify(which: str, root: str | None, request, ca, tmp_path: Path) -> None:
    identity = request.getfixturevalue(which)
    (tmp_path / "ca.pem").write_bytes(certificate_pem(ca[1] if root else identity.certificate))
    (tmp_path / "data").write_bytes(b"innhold \x00\xff\r\n over flere linjer\n")
    (tmp_path / "sig.p7s").write_bytes(
        cades.sign_detached((tmp_path / "data").read_bytes(), identity)
    )

    def verify() -> subprocess.CompletedProcess:
        return subprocess.run(
            [OPENSSL, "cms", "-verify", "-binary", "-inform", "DER", "-purpose", "any"]
            + ["-in", str(tmp_path / "sig.p7s"), "-CAfile", str(tmp_path / "ca.pem")]
            + ["-content", str(tmp_path / "data"), "-out", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            errors="replace",
        )

    result = verify()
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr
    (tmp_path / "data").write_bytes(b"innhold \x00\xff\r\n over flere linjer!")
    assert verify().returncode != 0


def test_pades_with_rsa_identity_validates_against_ca(rsa_identity: Identity, ca) -> None:
    signed = pades.sign_pdf(make_pdf(pages=1), rsa_identity, revision=1)
    report = pades.verify_pdf(signed, [ca[1]])
    assert report.ok, report.problems
    assert report.signer == rsa_identity.certificate
