"""Read and verify a signed package (.asice) in memory, never extracting it to disk.

Order of checks: the container must be readable (else "unreadable", exit 2), then safe
(entry count, sizes, compression ratio, names, symlinks, encryption, mimetype), then the
manifest must list exactly the files present with matching SHA-256 digests, the CAdES
signature must verify over the manifest with a trusted signer, and the PDF's PAdES
signature must be valid and made by the same certificate.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import stat
import struct
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from cryptography import x509
from cryptography.x509.oid import NameOID

from prosjektark.exchange.package import (
    MANIFEST_NAME,
    MIMETYPE,
    MIMETYPE_NAME,
    NS_ASIC,
    NS_DS,
    SHA256_URI,
    SHEET_JSON,
    SHEET_PDF,
    SIGNATURE_NAME,
)
from prosjektark.signing.identity import fingerprint_sha256
from prosjektark.signing.trust import TrustStore

_CHUNK = 64 * 1024
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    max_entries: int = 1_000
    max_total_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 100.0
    # Below this size a high ratio is harmless (a few KB of blanks compress > 100x).
    ratio_min_bytes: int = 64 * 1024
    max_manifest_bytes: int = 1024 * 1024


DEFAULT_LIMITS = Limits()


@dataclass
class VerificationResult:
    valid: bool
    unreadable: bool = False
    reasons: list[str] = field(default_factory=list)
    signer: x509.Certificate | None = None
    fingerprint: str | None = None
    files: list[str] = field(default_factory=list)
    sheet_json: bytes | None = field(default=None, repr=False)
    contents: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def signer_subject(self) -> str | None:
        if self.signer is None:
            return None
        return self.signer.subject.rfc4514_string({NameOID.EMAIL_ADDRESS: "emailAddress"})

    @property
    def signer_name(self) -> str | None:
        if self.signer is None:
            return None
        attrs = self.signer.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
        return str(attrs[0].value) if attrs else self.signer_subject

    @property
    def exit_code(self) -> int:
        return 2 if self.unreadable else (0 if self.valid else 1)

    def to_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "reasons": list(self.reasons),
            "signer": self.signer_subject,
            "fingerprint": self.fingerprint,
            "files": list(self.files),
        }


class _Unreadable(Exception):
    pass


class _Rejected(Exception):
    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


def _read_source(data: bytes | Path | str, limits: Limits) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    path = Path(data)
    try:
        size = path.stat().st_size
        if size > limits.max_total_bytes:
            raise _Rejected(
                [f"Pakken er for stor ({size} byte; grensen er {limits.max_total_bytes})."]
            )
        return path.read_bytes()
    except OSError as exc:
        raise _Unreadable(f"Kunne ikke lese {path}: {exc.strerror or exc}") from exc


def _name_problem(name: str) -> str | None:
    if "\\" in name:
        return f"Ugyldig filnavn i pakken (omvendt skråstrek): «{name}»."
    if name.startswith("/") or _DRIVE.match(name):
        return f"Ugyldig filnavn i pakken (absolutt sti): «{name}»."
    parts = name.rstrip("/").split("/")
    if ".." in parts:
        return f"Ugyldig filnavn i pakken (peker utenfor pakken med «..»): «{name}»."
    if not name or any(p in ("", ".") for p in parts):
        return f"Ugyldig filnavn i pakken (tom eller «.»-del): «{name}»."
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return f"Ugyldig filnavn i pakken (kontrolltegn): {name!r}."
    return None


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _is_dir(info: zipfile.ZipInfo) -> bool:
    return info.filename.endswith("/") and info.file_size == 0


def _check_structure(raw: bytes, infos: list[zipfile.ZipInfo], limits: Limits) -> list[str]:
    reasons: list[str] = []
    if len(infos) > limits.max_entries:
        return [f"Pakken har for mange filer ({len(infos)}; grensen er {limits.max_entries})."]
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_bytes:
        reasons.append(
            f"Pakken pakker ut til for mye data ({declared} byte; grensen er "
            f"{limits.max_total_bytes})."
        )
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        problem = _name_problem(name)
        if problem:
            reasons.append(problem)
        if info.flag_bits & 0x1:
            reasons.append(f"Filen «{name}» er kryptert; krypterte filer godtas ikke.")
        if _is_symlink(info):
            reasons.append(f"Filen «{name}» er en symbolsk lenke; lenker godtas ikke.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            reasons.append(f"Filen «{name}» bruker en komprimering som ikke støttes.")
        if info.file_size > limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            reasons.append(
                f"Filen «{name}» er mistenkelig hardt komprimert (forhold {ratio:.0f}:1; "
                f"grensen er {limits.max_ratio:.0f}:1), mulig ZIP-bombe."
            )
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            reasons.append(
                f"Pakken har to filer med samme navn: «{seen[key]}» og «{name}» "
                "(uten hensyn til store/små bokstaver og Unicode-normalisering)."
            )
        else:
            seen[key] = name
    reasons += _check_mimetype(raw, infos)
    return reasons


def _check_mimetype(raw: bytes, infos: list[zipfile.ZipInfo]) -> list[str]:
    if not any(i.filename == MIMETYPE_NAME for i in infos):
        return ["Pakken mangler filen «mimetype»; den er ikke en ASiC-E-pakke."]
    first = infos[0]
    if first.filename != MIMETYPE_NAME or first.header_offset != 0:
        return ["Filen «mimetype» må være den første i pakken."]
    if first.compress_type != zipfile.ZIP_STORED:
        return ["Filen «mimetype» må være lagret ukomprimert."]
    if len(raw) < _LOCAL_HEADER.size:
        return ["Filen «mimetype» mangler eller er skadet."]
    fields = _LOCAL_HEADER.unpack_from(raw, 0)
    sig, _ver, flags, method, _t, _d, _crc, csize, _usize, name_len, extra_len = fields
    start = _LOCAL_HEADER.size
    name = raw[start : start + name_len]
    content = raw[start + name_len + extra_len : start + name_len + extra_len + csize]
    if sig != b"PK\x03\x04" or name != MIMETYPE_NAME.encode() or method != 0 or flags & 0x8:
        return ["Filen «mimetype» må være den første i pakken, lagret ukomprimert."]
    if extra_len or first.extra:
        return ["Filen «mimetype» skal ikke ha ekstrafelt i ZIP-hodet."]
    if content != MIMETYPE.encode("ascii"):
        return [f"Filen «mimetype» må inneholde nøyaktig «{MIMETYPE}»."]
    return []


def _read_entries(
    zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], limits: Limits
) -> dict[str, bytes]:
    contents: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if _is_dir(info):
            continue
        chunks: list[bytes] = []
        size = 0
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > info.file_size or total > limits.max_total_bytes:
                        raise _Rejected(
                            [f"Filen «{info.filename}» pakker ut til mer enn den oppgir."]
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise _Rejected([f"Filen «{info.filename}» i pakken er skadet ({exc})."]) from exc
        contents[info.filename] = b"".join(chunks)
    return contents


def _parse_manifest(data: bytes) -> dict[str, tuple[str, bytes]]:
    """URI -> (digest algorithm URI, digest) from an ASiCManifest."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _Rejected(["Manifestet inneholder DTD/entiteter, som ikke er tillatt."])
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise _Rejected([f"Manifestet ({MANIFEST_NAME}) er ikke gyldig XML."]) from exc
    if root.tag != f"{{{NS_ASIC}}}ASiCManifest":
        raise _Rejected([f"{MANIFEST_NAME} er ikke et ASiCManifest."])
    sig_ref = root.find(f"{{{NS_ASIC}}}SigReference")
    if sig_ref is None or sig_ref.get("URI") != SIGNATURE_NAME:
        raise _Rejected([f"Manifestet peker ikke på signaturen {SIGNATURE_NAME}."])
    refs: dict[str, tuple[str, bytes]] = {}
    problems: list[str] = []
    for ref in root.findall(f"{{{NS_ASIC}}}DataObjectReference"):
        uri = unquote(ref.get("URI") or "")
        method = ref.find(f"{{{NS_DS}}}DigestMethod")
        value = ref.find(f"{{{NS_DS}}}DigestValue")
        if not uri or method is None or value is None:
            problems.append("Manifestet har en ufullstendig filreferanse.")
            continue
        if uri in refs:
            problems.append(f"Manifestet nevner «{uri}» mer enn én gang.")
            continue
        try:
            digest = base64.b64decode((value.text or "").strip(), validate=True)
        except (binascii.Error, ValueError):
            problems.append(f"Manifestet har en ugyldig sjekksum for «{uri}».")
            continue
        refs[uri] = (method.get("Algorithm") or "", digest)
    if problems:
        raise _Rejected(problems)
    return refs


def _check_manifest(refs: dict[str, tuple[str, bytes]], payload: dict[str, bytes]) -> list[str]:
    reasons: list[str] = []
    for name in sorted(set(refs) - set(payload)):
        reasons.append(f"Filen «{name}» står i manifestet, men mangler i pakken.")
    for name in sorted(set(payload) - set(refs)):
        reasons.append(
            f"Filen «{name}» ligger i pakken, men står ikke i manifestet (ikke signert)."
        )
    for name in sorted(set(refs) & set(payload)):
        algorithm, digest = refs[name]
        if algorithm != SHA256_URI:
            reasons.append(f"Manifestet bruker en sjekksumalgoritme som ikke støttes for «{name}».")
        elif hashlib.sha256(payload[name]).digest() != digest:
            reasons.append(
                f"Filen «{name}» er endret etter signering (SHA-256 stemmer ikke med manifestet)."
            )
    for required in (SHEET_JSON, SHEET_PDF):
        if required not in payload and required not in refs:
            reasons.append(f"Pakken mangler {required}.")
    return reasons


def _describe(cert: x509.Certificate) -> str:
    cn = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    who = str(cn[0].value) if cn else cert.subject.rfc4514_string()
    return f"{who} (SHA-256 {fingerprint_sha256(cert)})"


def _check_signature(
    manifest: bytes, signature: bytes, trust: TrustStore, result: VerificationResult
) -> bool:
    from prosjektark.signing.cades import CadesError, verify_detached

    try:
        report = verify_detached(manifest, signature, trust)
    except CadesError as exc:
        result.reasons.append(str(exc))
        return False
    result.signer = report.signer
    result.fingerprint = fingerprint_sha256(report.signer) if report.signer else None
    if not report.intact:
        result.reasons.append("Signaturen stemmer ikke med manifestet; manifestet er endret.")
    if not report.valid:
        result.reasons.append("Signaturen over manifestet er ugyldig.")
    if report.signer is None:
        result.reasons.append("Fant ikke signeringssertifikatet i signaturen.")
    elif report.intact and report.valid and not report.trusted:
        # Trust is only meaningful for a signature that holds.
        result.reasons.append(
            f"Pakken er signert av {_describe(report.signer)}, som ikke er i tillitslisten."
        )
    return report.ok


def _check_pdf(
    pdf: bytes, trust: TrustStore, result: VerificationResult, signer_trusted: bool
) -> None:
    from prosjektark.signing.pades import PadesError, verify_pdf

    roots = list(trust.certificates)
    if result.signer is not None and trust.is_pinned(result.signer):
        roots.append(result.signer)
    try:
        report = verify_pdf(pdf, roots)
    except PadesError as exc:
        result.reasons.append(str(exc))
        return
    if not report.signed:
        result.reasons.append("PDF-en i pakken er ikke signert.")
        return
    if report.problems:
        result.reasons.extend(report.problems)
    elif not (report.intact and report.valid):
        result.reasons.append("PDF-signaturen er ugyldig; PDF-en er endret etter signering.")
    elif not report.covers_whole_file:
        result.reasons.append(
            "PDF-en er endret etter at den ble signert (tillegg etter signaturen)."
        )
    if report.signer is not None and result.signer is not None:
        if report.signer != result.signer:
            result.reasons.append(
                f"PDF-en er signert av {_describe(report.signer)}, men pakken av "
                f"{_describe(result.signer)}; de må være samme sertifikat."
            )
        elif signer_trusted and report.intact and report.valid and not report.trusted:
            result.reasons.append("PDF-ens signeringssertifikat er ikke i tillitslisten.")


def verify_package(
    data: bytes | Path | str, trust: TrustStore, *, limits: Limits = DEFAULT_LIMITS
) -> VerificationResult:
    """Verify a package; never raises for bad input, see VerificationResult."""
    try:
        contents = _read_container(data, limits)
    except _Unreadable as exc:
        return VerificationResult(valid=False, unreadable=True, reasons=[str(exc)])
    except _Rejected as exc:
        return VerificationResult(valid=False, reasons=exc.reasons)
    payload = {
        n: b for n, b in contents.items() if n not in (MIMETYPE_NAME, MANIFEST_NAME, SIGNATURE_NAME)
    }
    result = VerificationResult(valid=False, files=sorted(payload), contents=payload)
    result.sheet_json = payload.get(SHEET_JSON)
    try:
        _verify_contents(contents, payload, trust, limits, result)
    except Exception as exc:  # a bug or an input we did not foresee must not pass as valid
        result.reasons.append(f"Uventet feil under kontrollen av pakken: {exc}")
    result.valid = not result.reasons
    return result


def _read_container(data: bytes | Path | str, limits: Limits) -> dict[str, bytes]:
    """Every entry's bytes, after the container passed the safety checks."""
    raw = _read_source(data, limits)
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises several types for garbage input
        raise _Unreadable(
            "Filen kan ikke leses som en pakke (ikke en ZIP-fil, eller den er avkortet/skadet)."
        ) from exc
    with zf:
        reasons = _check_structure(raw, infos, limits)
        if reasons:
            raise _Rejected(reasons)
        return _read_entries(zf, infos, limits)


def _verify_contents(
    contents: dict[str, bytes],
    payload: dict[str, bytes],
    trust: TrustStore,
    limits: Limits,
    result: VerificationResult,
) -> None:
    manifest = contents.get(MANIFEST_NAME)
    signature = contents.get(SIGNATURE_NAME)
    if manifest is None:
        result.reasons.append(f"Pakken mangler manifestet {MANIFEST_NAME}.")
    if signature is None:
        result.reasons.append(f"Pakken mangler signaturen {SIGNATURE_NAME}.")
    if manifest is None or signature is None:
        return
    if len(manifest) > limits.max_manifest_bytes:
        result.reasons.append("Manifestet er for stort.")
        return
    try:
        refs = _parse_manifest(manifest)
    except _Rejected as exc:
        result.reasons.extend(exc.reasons)
        return
    result.reasons += _check_manifest(refs, payload)

    signer_trusted = _check_signature(manifest, signature, trust, result)
    if SHEET_PDF in payload:
        _check_pdf(payload[SHEET_PDF], trust, result, signer_trusted)
    if result.sheet_json is not None:
        try:
            json.loads(result.sheet_json.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            result.reasons.append(f"{SHEET_JSON} er ikke gyldig JSON (UTF-8).")
