"""Which signers the secretariat trusts: certificates (PEM/DER) and pinned fingerprints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509

from prosjektark.i18n import translate
from prosjektark.signing.identity import fingerprint_sha256, normalise_fingerprint

CERT_SUFFIXES = (".pem", ".crt", ".cer")
PIN_SUFFIXES = (".sha256", ".txt")
_PIN_LINE = re.compile(r"^\s*((?:[0-9A-Fa-f]{2}:?){32})\s*(?:#.*)?$")


class TrustError(Exception):
    """The trust list could not be read; the message is in the current language."""


def _load_certs(data: bytes, source: str) -> list[x509.Certificate]:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise TrustError(
            translate("trust", "Kunne ikke lese sertifikat fra {path}.").format(path=source)
        ) from exc


def _load_pins(data: bytes, source: str) -> set[str]:
    """One SHA-256 fingerprint per line (hex, colons optional); blank lines and # ignored."""
    pins: set[str] = set()
    for line in data.decode("utf-8", "replace").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _PIN_LINE.match(line)
        if not match:
            raise TrustError(
                translate("trust", "Ugyldig fingeravtrykk i {path}: «{line}».").format(
                    path=source, line=line.strip()
                )
            )
        pins.add(normalise_fingerprint(match.group(1)))
    return pins


@dataclass
class TrustStore:
    certificates: list[x509.Certificate] = field(default_factory=list)
    pinned: set[str] = field(default_factory=set)  # normalised SHA-256 fingerprints

    @classmethod
    def from_path(cls, path: Path | str, pins: Iterable[str] = ()) -> TrustStore:
        """A certificate file (PEM/DER), a file of pinned SHA-256 fingerprints (.sha256,
        .txt), or a directory of such files (not recursive)."""
        path = Path(path)
        store = cls(pinned={normalise_fingerprint(p) for p in pins})
        try:
            if path.is_dir():
                files = sorted(
                    p for p in path.iterdir() if p.suffix.lower() in CERT_SUFFIXES + PIN_SUFFIXES
                )
            elif path.is_file():
                files = [path]
            else:
                raise TrustError(
                    translate("trust", "Fant ikke tillitslisten {path}.").format(path=path)
                )
            for file in files:
                data = file.read_bytes()
                if file.suffix.lower() in PIN_SUFFIXES:
                    store.pinned |= _load_pins(data, str(file))
                else:
                    store.certificates.extend(_load_certs(data, str(file)))
        except OSError as exc:
            raise TrustError(
                translate("trust", "Kunne ikke lese tillitslisten {path}: {reason}").format(
                    path=path, reason=exc.strerror
                )
            ) from exc
        if not store:
            raise TrustError(
                translate("trust", "Fant ingen sertifikater eller fingeravtrykk i {path}.").format(
                    path=path
                )
            )
        return store

    @classmethod
    def from_certificates(
        cls, certs: Iterable[x509.Certificate], pins: Iterable[str] = ()
    ) -> TrustStore:
        return cls(list(certs), {normalise_fingerprint(p) for p in pins})

    def pin(self, fingerprint: str) -> None:
        self.pinned.add(normalise_fingerprint(fingerprint))

    def is_pinned(self, cert: x509.Certificate) -> bool:
        return fingerprint_sha256(cert) in self.pinned

    def contains(self, cert: x509.Certificate) -> bool:
        return cert in self.certificates or self.is_pinned(cert)

    def __bool__(self) -> bool:
        return bool(self.certificates or self.pinned)
