"""Signing identities: an EC key and an X.509 certificate kept in an encrypted PKCS#12.

The private key only ever leaves memory inside a PKCS#12 encrypted with AES-256-CBC and
PBKDF2-HMAC-SHA256 (600,000 rounds), so no plaintext key touches the disk, not even in a
temporary file. The file's MAC, though, uses the PKCS#12 KDF with the 2,048 iterations that
`cryptography` fixes, and it is checked first: a wrong guess is rejected in about 0.25 ms.
So every passphrase chosen here must pass the policy in `signing.passphrase`; opening an
identity made before that policy needs only its own passphrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, PublicKeyAlgorithmOID

from prosjektark.durable import write_atomic
from prosjektark.i18n import translate

IDENTITY_FILENAME = "identitet.p12"
CERTIFICATE_FILENAME = "sertifikat.pem"  # public; lets `identity show` work without a passphrase
KDF_ROUNDS = 600_000
VALIDITY_DAYS = 5 * 365

SigningKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


class IdentityError(Exception):
    """A problem with an identity, with a message for the user in the current language."""


class WeakPassphraseError(IdentityError):
    """The passphrase chosen for an identity does not meet the policy."""


@dataclass
class Identity:
    key: SigningKey = field(repr=False)
    certificate: x509.Certificate
    chain: list[x509.Certificate]
    path: Path | None = None

    @property
    def name(self) -> str:
        return _subject_value(self.certificate, NameOID.COMMON_NAME)

    @property
    def organisation(self) -> str:
        return _subject_value(self.certificate, NameOID.ORGANIZATION_NAME)

    @property
    def email(self) -> str:
        try:
            san = self.certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName)
            emails = san.value.get_values_for_type(x509.RFC822Name)
            if emails:
                return emails[0]
        except x509.ExtensionNotFound:
            pass
        return _subject_value(self.certificate, NameOID.EMAIL_ADDRESS)

    @property
    def fingerprint(self) -> str:
        return fingerprint_sha256(self.certificate)


def _subject_value(cert: x509.Certificate, oid: x509.ObjectIdentifier) -> str:
    attrs = cert.subject.get_attributes_for_oid(oid)
    return str(attrs[0].value) if attrs else ""


def fingerprint_sha256(cert: x509.Certificate) -> str:
    """SHA-256 over the DER certificate as colon-separated upper-case hex."""
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def normalise_fingerprint(text: str) -> str:
    """Accept a fingerprint with or without colons/spaces, any case."""
    digits = "".join(ch for ch in text if ch not in ": \t").upper()
    return ":".join(digits[i : i + 2] for i in range(0, len(digits), 2))


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def _encryption(passphrase: str) -> serialization.KeySerializationEncryption:
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def _check_passphrase(passphrase: str, related: tuple[str, ...] = ()) -> None:
    """Refuse a passphrase that is being chosen and is too weak (see signing.passphrase)."""
    from prosjektark.signing.passphrase import assess_passphrase

    verdict = assess_passphrase(passphrase, related)
    if not verdict.acceptable:
        raise WeakPassphraseError(verdict.error())


def _related(identity: Identity) -> tuple[str, ...]:
    return (identity.name, identity.email, identity.organisation)


def _build_certificate(
    key: ec.EllipticCurvePrivateKey, name: str, email: str, organisation: str
) -> x509.Certificate:
    subject_attrs = [x509.NameAttribute(NameOID.COMMON_NAME, name)]
    if organisation:
        subject_attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    subject_attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    subject = x509.Name(subject_attrs)
    now = dt.datetime.now(dt.UTC)
    public_key = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # tolerate small clock skew
        .not_valid_after(now + dt.timedelta(days=VALIDITY_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .sign(key, hashes.SHA256())
    )


def _serialise(identity: Identity, passphrase: str) -> bytes:
    friendly = identity.name.encode("utf-8") or None
    return pkcs12.serialize_key_and_certificates(
        friendly,
        identity.key,
        identity.certificate,
        identity.chain or None,
        _encryption(passphrase),
    )


def save_identity(identity: Identity, passphrase: str, directory: Path) -> Identity:
    """Write the identity as identitet.p12 in directory and return it with its path.

    The passphrase is being chosen here, so it must pass the passphrase policy."""
    _check_passphrase(passphrase, _related(identity))
    path = Path(directory) / IDENTITY_FILENAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, _serialise(identity, passphrase), mode=0o600)
        write_atomic(
            Path(directory) / CERTIFICATE_FILENAME,
            certificate_pem(identity.certificate),
            mode=0o644,
        )
    except OSError as exc:
        raise IdentityError(
            translate("identity", "Kunne ikke lagre identiteten i {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    return Identity(identity.key, identity.certificate, list(identity.chain), path)


def create_identity(
    name: str, email: str, organisation: str, passphrase: str, directory: Path
) -> Identity:
    """A new EC P-256 key with a self-signed certificate, stored encrypted in directory."""
    name, email, organisation = name.strip(), email.strip(), organisation.strip()
    if not name:
        raise IdentityError(translate("identity", "Navn må fylles ut."))
    if not email or "@" not in email:
        raise IdentityError(translate("identity", "Oppgi en gyldig e-postadresse."))
    _check_passphrase(passphrase, (name, email, organisation))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _build_certificate(key, name, email, organisation)
    return save_identity(Identity(key, cert, []), passphrase, directory)


def _parse_p12(data: bytes, passphrase: str, source: str) -> Identity:
    try:
        p12 = pkcs12.load_pkcs12(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise IdentityError(
            translate(
                "identity", "Feil passord, eller filen er ikke en gyldig PKCS#12-fil: {path}"
            ).format(path=source)
        ) from exc
    except Exception as exc:  # unsupported algorithms end up here
        raise IdentityError(
            translate("identity", "Kunne ikke lese PKCS#12-filen {path}: {reason}").format(
                path=source, reason=exc
            )
        ) from exc
    if p12.key is None or p12.cert is None:
        raise IdentityError(
            translate(
                "identity", "PKCS#12-filen {path} mangler privat nøkkel eller sertifikat."
            ).format(path=source)
        )
    if not isinstance(p12.key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise IdentityError(translate("identity", "Nøkkeltypen støttes ikke (bare EC og RSA)."))
    cert = p12.cert.certificate
    if cert.public_key_algorithm_oid == PublicKeyAlgorithmOID.RSASSA_PSS:
        # A PSS-only key must not sign with PKCS#1 v1.5, the only RSA scheme we write.
        raise IdentityError(
            translate(
                "identity",
                "Nøkkelen er en RSA-PSS-nøkkel, som ikke støttes. Be om et sertifikat med "
                "EC-nøkkel eller vanlig RSA-nøkkel.",
            )
        )
    if cert.public_key().public_numbers() != p12.key.public_key().public_numbers():
        raise IdentityError(
            translate(
                "identity", "Sertifikatet i PKCS#12-filen hører ikke til den private nøkkelen."
            )
        )
    chain = [c.certificate for c in p12.additional_certs]
    return Identity(p12.key, cert, chain)


def load_identity(path: Path, passphrase: str) -> Identity:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise IdentityError(
            translate("identity", "Fant ingen identitet i {path}.").format(path=path)
        ) from exc
    except OSError as exc:
        raise IdentityError(
            translate("identity", "Kunne ikke lese {path}: {reason}").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    identity = _parse_p12(data, passphrase, str(path))
    identity.path = path
    return identity


def import_identity(
    p12_path: Path, passphrase: str, directory: Path, new_passphrase: str | None = None
) -> Identity:
    """Read a PKCS#12 (modern or legacy 3DES/RC2) and store it re-encrypted in directory,
    with `new_passphrase` when given, else with the file's own `passphrase`.

    The passphrase it is stored with must pass the policy; an organisation's file often
    comes with a short one that others know, and then the user must choose their own."""
    source = load_identity(p12_path, passphrase)
    if new_passphrase is None:
        from prosjektark.signing.passphrase import advice, assess_passphrase

        verdict = assess_passphrase(passphrase, _related(source))
        if not verdict.acceptable:
            raise WeakPassphraseError(
                translate(
                    "identity",
                    "Passordet til filen er ikke godt nok til å beskytte nøkkelen på denne "
                    "maskinen. {hint} Velg et nytt passord for identiteten. {advice}",
                ).format(hint=verdict.hint, advice=advice())
            )
        new_passphrase = passphrase
    return save_identity(source, new_passphrase, directory)


def change_passphrase(identity: Identity, new_passphrase: str) -> Identity:
    """Store an unlocked identity again, in the same place, under a new passphrase."""
    if identity.path is None:
        raise IdentityError(
            translate("identity", "Identiteten er ikke lagret ennå, så passordet kan ikke byttes.")
        )
    return save_identity(identity, new_passphrase, identity.path.parent)


def default_identity_path(directory: Path) -> Path:
    return Path(directory) / IDENTITY_FILENAME


def load_certificate(directory: Path) -> x509.Certificate:
    """The public certificate of the identity in directory; needs no passphrase."""
    path = Path(directory) / CERTIFICATE_FILENAME
    try:
        return x509.load_pem_x509_certificate(path.read_bytes())
    except FileNotFoundError as exc:
        raise IdentityError(
            translate(
                "identity",
                "Du har ingen signeringsidentitet ennå. Lag en med «prosjektark identity new».",
            )
        ) from exc
    except (OSError, ValueError) as exc:
        raise IdentityError(
            translate("identity", "Kunne ikke lese sertifikatet i {path}.").format(path=path)
        ) from exc
