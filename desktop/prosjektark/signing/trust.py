"""Which signers the secretariat trusts: certificates (PEM/DER) and pinned fingerprints.

The user's own list (a file or folder they choose) is read by `TrustStore.from_path`;
`load_trust` adds what the machine-wide configuration trusts for every user (its trust/
folder, machine_config.py), and is what verifying a package uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509

from prosjektark.i18n import QT_TRANSLATE_NOOP, translate
from prosjektark.signing.identity import fingerprint_sha256, normalise_fingerprint

if TYPE_CHECKING:
    from prosjektark.machine_config import MachineConfig

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


# {error} names the file already (TrustError's messages do).
MACHINE_TRUST_UNUSABLE = QT_TRANSLATE_NOOP(
    "trust", "{error} Den delen av maskinens tillitsliste blir ikke brukt."
)


def machine_trust(machine: MachineConfig | None = None) -> TrustStore | None:
    """The certificates and fingerprints IT trusts for every user of this machine (the
    machine configuration's trust/ folder), or None when there are none. A file that
    cannot be read is a problem of the machine's configuration and is left out; the
    others still count."""
    from prosjektark import machine_config

    machine = machine if machine is not None else machine_config.current()
    folder = machine.trust_dir
    if folder is None:
        return None
    store = TrustStore()
    try:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in CERT_SUFFIXES + PIN_SUFFIXES
        )
    except OSError as exc:
        machine.note(
            machine_config.problem(
                folder,
                None,
                MACHINE_TRUST_UNUSABLE,
                context="trust",
                error=translate("trust", "Kunne ikke lese tillitslisten {path}: {reason}").format(
                    path=folder, reason=exc.strerror or exc
                ),
            )
        )
        return None
    for file in files:
        try:
            found = TrustStore.from_path(file)
        except TrustError as exc:
            machine.note(
                machine_config.problem(
                    file, None, MACHINE_TRUST_UNUSABLE, context="trust", error=exc
                )
            )
            continue
        store.certificates.extend(found.certificates)
        store.pinned |= found.pinned
    return store or None


def load_trust(path: Path | str | None, machine: MachineConfig | None = None) -> TrustStore:
    """The trust list for verifying a package: the user's own at `path` (a file or a
    folder, as `TrustStore.from_path` reads it; None or "" for none) with the machine's
    always added. Raises TrustError when the user's list cannot be read, or when there
    is no list at all."""
    extra = machine_trust(machine)
    if path is None or not str(path).strip():
        if extra is None:
            raise TrustError(
                translate(
                    "trust",
                    "Ingen tillitsliste: velg sertifikatet til avsenderen, eller en mappe med "
                    "sertifikatene du stoler på.",
                )
            )
        return extra
    store = TrustStore.from_path(Path(path))
    if extra is not None:
        store.certificates.extend(c for c in extra.certificates if c not in store.certificates)
        store.pinned |= extra.pinned
    return store


def has_machine_trust(machine: MachineConfig | None = None) -> bool:
    """Whether this machine trusts signers for every user (a trust/ folder with files)."""
    return machine_trust(machine) is not None
