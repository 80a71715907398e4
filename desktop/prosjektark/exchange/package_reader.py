"""Read and verify a signed package (.asice) without extracting it to disk, in bounded memory.

Order of checks:
1. the container must be readable (else "unreadable", exit 2) and safe, judged from the
   central directory alone: size of the directory, entry count, sizes, compression
   ratio, overlapping entries, names, symlinks, encryption, and the stored mimetype;
2. the manifest (size-capped, UTF-8, no DTD or entities, parsed with defusedxml) must list
   exactly the files present;
3. the CAdES signature over the manifest must hold and its signer must be trusted;
4. only then are the other entries inflated, each as a stream hashed in chunks, capped at
   its declared size, and compared with the manifest's SHA-256; the sheet JSON and the PDF
   (with their own small caps) are kept in memory for their own checks, and the PDF's
   PAdES signature must be valid and made by the same certificate.

A hostile package from an unknown sender thus costs the central directory, the manifest
and the signature, never its entries.

The same reader checks the secretariat's remarks package (exchange/remarks_package.py):
`layout` names the files a kind of package must hold, the JSON kept in memory and the
PDF whose PAdES signature is checked (none in a remarks package). A file the layout does
not name (svar.json in a sheet package read by an older release) is verified against the
manifest like any other and otherwise left alone. Entries are read again on demand afterwards
(VerificationResult.contents), each checked against the digest verified here.
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
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO
from urllib.parse import unquote

from cryptography import x509
from cryptography.x509.oid import NameOID
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as parse_xml

from prosjektark.domain.filetypes import HEAD_BYTES
from prosjektark.exchange.package import (
    ANSWERS_JSON,
    ATTACHMENT_DIR,
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
from prosjektark.i18n import translate
from prosjektark.signing.identity import fingerprint_sha256
from prosjektark.signing.trust import TrustStore

_CHUNK = 64 * 1024
_MB = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_DRIVE = re.compile(r"^[A-Za-z]:")
_XML_ENCODING = re.compile(r"""<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']""")
_SPECIAL = (MIMETYPE_NAME, MANIFEST_NAME, SIGNATURE_NAME)


def _not_zip() -> str:
    return translate(
        "package_reader",
        "Filen kan ikke leses som en pakke (ikke en ZIP-fil, eller den er avkortet/skadet).",
    )


def _not_utf8() -> str:
    return translate(
        "package_reader",
        "Manifestet ({manifest}) må være kodet som UTF-8; andre tegnkodinger godtas ikke.",
    ).format(manifest=MANIFEST_NAME)


def _has_dtd() -> str:
    return translate("package_reader", "Manifestet inneholder DTD/entiteter, som ikke er tillatt.")


@dataclass(frozen=True)
class Limits:
    max_entries: int = 1_000
    max_total_bytes: int = 500 * _MB
    max_ratio: float = 100.0
    # Below this size a high ratio is harmless (a few KB of blanks compress > 100x).
    ratio_min_bytes: int = 64 * 1024
    # zipfile turns the whole central directory into objects before anyone can count them,
    # so its size is checked from the end record first; 1,000 plain entries need ~100 KB.
    max_directory_bytes: int = _MB
    max_manifest_bytes: int = _MB
    max_signature_bytes: int = 256 * 1024
    # These two are held in memory for their own checks (JSON parse, PAdES); the program
    # writes a sheet's JSON in tens of KB and its PDF in a few hundred.
    max_json_bytes: int = 4 * _MB
    max_pdf_bytes: int = 32 * _MB


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Layout:
    """What one kind of package holds: the files it cannot be without, the JSON that is
    kept in memory and parsed, and the PDF whose own signature is checked (None: none)."""

    required: tuple[str, ...]
    json_name: str
    pdf_name: str | None = None


SHEET_LAYOUT = Layout(required=(SHEET_JSON, SHEET_PDF), json_name=SHEET_JSON, pdf_name=SHEET_PDF)


class PackageChangedError(Exception):
    """An entry read after verification no longer matches the digest verified then (the
    file was changed or damaged in between); message in the user's language."""


class _Unreadable(Exception):
    pass


class _Rejected(Exception):
    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


Opener = Callable[[], BinaryIO]


class VerifiedEntries(Mapping[str, bytes]):
    """The package's files whose SHA-256 matched the signed manifest, by name.

    A value is read from the package when asked for, one entry at a time, and checked
    against the digest verified earlier, so a package file changed on disk since then
    raises PackageChangedError instead of giving unsigned bytes. Use copy_to for large
    entries: it streams without holding the entry in memory.
    """

    def __init__(
        self,
        opener: Opener,
        limits: Limits,
        digests: dict[str, bytes],
        sizes: dict[str, int],
        kept: dict[str, bytes],
    ) -> None:
        self._opener = opener
        self._limits = limits
        self._digests = digests
        self._sizes = sizes
        self._kept = kept

    def __getitem__(self, name: str) -> bytes:
        if name in self._kept:
            return self._kept[name]
        buffer = io.BytesIO()
        self.copy_to(name, buffer)
        return buffer.getvalue()

    def __contains__(self, name: object) -> bool:
        return name in self._digests  # Mapping's own would read the entry to find out

    def __iter__(self) -> Iterator[str]:
        return iter(self._digests)

    def __len__(self) -> int:
        return len(self._digests)

    def copy_to(self, name: str, target: IO[bytes]) -> None:
        """Write the entry to target in chunks; PackageChangedError when it no longer
        matches (the caller must then discard what was written)."""
        expected = self._digests[name]  # KeyError for a name that was not verified
        if name in self._kept:
            target.write(self._kept[name])
            return
        digest = hashlib.sha256()
        for chunk in self._chunks(name):
            digest.update(chunk)
            target.write(chunk)  # the target's own errors pass through unchanged
        if digest.digest() != expected:
            raise PackageChangedError(
                translate(
                    "package_reader",
                    "Filen «{name}» i pakken er endret etter kontrollen (SHA-256 stemmer ikke "
                    "med det signerte manifestet).",
                ).format(name=name)
            )

    def _chunks(self, name: str) -> Iterator[bytes]:
        try:
            with self._opener() as fh, _open_zip(fh, self._limits) as zf:
                yield from _chunks(zf, zf.getinfo(name), self._sizes[name])
        except Exception as exc:  # whatever fails, it is no longer the file that was verified
            raise PackageChangedError(
                translate(
                    "package_reader",
                    "Filen «{name}» kan ikke leses fra pakken lenger; pakken er endret eller "
                    "skadet etter kontrollen.",
                ).format(name=name)
            ) from exc


@dataclass
class VerificationResult:
    valid: bool
    unreadable: bool = False
    reasons: list[str] = field(default_factory=list)
    signer: x509.Certificate | None = None
    fingerprint: str | None = None
    files: list[str] = field(default_factory=list)
    # Set only once its SHA-256 matched the signed manifest (sheet packages only; the
    # JSON of another layout is in contents under its own name).
    sheet_json: bytes | None = field(default=None, repr=False)
    # The files whose SHA-256 matched the signed manifest (see VerifiedEntries); empty
    # unless the manifest's signature held and its signer is trusted.
    contents: Mapping[str, bytes] = field(default_factory=dict, repr=False)
    # name -> hex SHA-256 of each file in contents, from the signed manifest.
    digests: dict[str, str] = field(default_factory=dict, repr=False)
    # The signing time the signature states (signed attribute signing-time), if any.
    signing_time: datetime | None = None
    # Member under vedlegg/ -> the attachment's original file name in the sheet, for
    # each attachment the sheet lists and the package holds (sheet packages only).
    attachment_names: dict[str, str] = field(default_factory=dict)

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

    def read_entry(self, name: str) -> bytes:
        """A verified file's bytes, checked against the signed digest again."""
        return self.contents[name]

    def copy_entry(self, name: str, target: IO[bytes]) -> None:
        """Stream a verified file to target, checked against the signed digest again."""
        if isinstance(self.contents, VerifiedEntries):
            self.contents.copy_to(name, target)
        else:
            target.write(self.contents[name])

    def to_json(self) -> dict[str, object]:
        return {
            "valid": self.valid,
            "reasons": list(self.reasons),
            "signer": self.signer_subject,
            "fingerprint": self.fingerprint,
            "files": list(self.files),
        }


# -- the container ----------------------------------------------------------------------


def _opener(data: bytes | Path | str, limits: Limits) -> Opener:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        return lambda: io.BytesIO(raw)  # shares raw's buffer, no copy
    path = Path(data)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _Unreadable(_cannot_read(path, exc)) from exc
    if size > limits.max_total_bytes:
        raise _Rejected(
            [
                translate(
                    "package_reader", "Pakken er for stor ({size} byte; grensen er {cap})."
                ).format(size=size, cap=limits.max_total_bytes)
            ]
        )
    return lambda: path.open("rb")


def _cannot_read(path: object, exc: OSError) -> str:
    return translate("package_reader", "Kunne ikke lese {path}: {error}").format(
        path=path, error=exc.strerror or exc
    )


def _too_many_files(count: int, cap: int) -> str:
    return translate(
        "package_reader", "Pakken har for mange filer ({count}; grensen er {cap})."
    ).format(count=count, cap=cap)


def _open_zip(fh: BinaryIO, limits: Limits) -> zipfile.ZipFile:
    """The zip, once its end record shows a central directory of a sane size."""
    try:
        # zipfile's own end-record reader: the public API parses the whole directory first.
        end = zipfile._EndRecData(fh)  # noqa: SLF001
    except Exception as exc:  # zipfile raises several types for garbage input
        raise _Unreadable(_not_zip()) from exc
    if not end:
        raise _Unreadable(_not_zip())
    count, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # noqa: SLF001
    if count > limits.max_entries:
        raise _Rejected([_too_many_files(count, limits.max_entries)])
    if size > limits.max_directory_bytes:
        raise _Rejected(
            [
                translate(
                    "package_reader",
                    "Pakkens innholdsliste er for stor ({size} byte; grensen er {cap}): for "
                    "mange filer eller for lange navn.",
                ).format(size=size, cap=limits.max_directory_bytes)
            ]
        )
    try:
        return zipfile.ZipFile(fh)
    except Exception as exc:
        raise _Unreadable(_not_zip()) from exc


def _name_problem(name: str) -> str | None:
    if "\\" in name:
        text = translate(
            "package_reader", "Ugyldig filnavn i pakken (omvendt skråstrek): «{name}»."
        )
    elif name.startswith("/") or _DRIVE.match(name):
        text = translate("package_reader", "Ugyldig filnavn i pakken (absolutt sti): «{name}».")
    elif ".." in (parts := name.rstrip("/").split("/")):
        text = translate(
            "package_reader", "Ugyldig filnavn i pakken (peker utenfor pakken med «..»): «{name}»."
        )
    elif not name or any(p in ("", ".") for p in parts):
        text = translate(
            "package_reader", "Ugyldig filnavn i pakken (tom eller «.»-del): «{name}»."
        )
    elif any(unicodedata.category(ch) == "Cc" for ch in name):
        return translate(
            "package_reader", "Ugyldig filnavn i pakken (kontrolltegn): {name}."
        ).format(name=repr(name))
    else:
        return None
    return text.format(name=name)


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _is_dir(info: zipfile.ZipInfo) -> bool:
    return info.filename.endswith("/") and info.file_size == 0


def _size_caps(limits: Limits, layout: Layout) -> dict[str, int]:
    caps = {
        MANIFEST_NAME: limits.max_manifest_bytes,
        SIGNATURE_NAME: limits.max_signature_bytes,
        SHEET_JSON: limits.max_json_bytes,
        SHEET_PDF: limits.max_pdf_bytes,
        ANSWERS_JSON: limits.max_json_bytes,
        layout.json_name: limits.max_json_bytes,
    }
    if layout.pdf_name is not None:
        caps[layout.pdf_name] = limits.max_pdf_bytes
    return caps


def _too_large(name: str, size: int, cap: int) -> str:
    if name == MANIFEST_NAME:
        text = translate(
            "package_reader", "Manifestet er for stort ({size} byte; grensen er {cap})."
        )
    elif name == SIGNATURE_NAME:
        text = translate(
            "package_reader", "Signaturfilen er for stor ({size} byte; grensen er {cap})."
        )
    else:
        text = translate("package_reader", "{name} er for stor ({size} byte; grensen er {cap}).")
    return text.format(name=name, size=size, cap=cap)


def _check_structure(
    fh: BinaryIO, infos: list[zipfile.ZipInfo], limits: Limits, layout: Layout
) -> list[str]:
    reasons: list[str] = []
    if len(infos) > limits.max_entries:
        return [_too_many_files(len(infos), limits.max_entries)]
    declared = sum(i.file_size for i in infos)
    if declared > limits.max_total_bytes:
        reasons.append(
            translate(
                "package_reader",
                "Pakken pakker ut til for mye data ({size} byte; grensen er {cap}).",
            ).format(size=declared, cap=limits.max_total_bytes)
        )
    caps = _size_caps(limits, layout)
    seen: dict[str, str] = {}
    for info in infos:
        name = info.filename
        problem = _name_problem(name)
        if problem:
            reasons.append(problem)
        if info.flag_bits & 0x1:
            reasons.append(
                translate(
                    "package_reader", "Filen «{name}» er kryptert; krypterte filer godtas ikke."
                ).format(name=name)
            )
        if _is_symlink(info):
            reasons.append(
                translate(
                    "package_reader", "Filen «{name}» er en symbolsk lenke; lenker godtas ikke."
                ).format(name=name)
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            reasons.append(
                translate(
                    "package_reader", "Filen «{name}» bruker en komprimering som ikke støttes."
                ).format(name=name)
            )
        if info.file_size > limits.ratio_min_bytes and info.file_size > limits.max_ratio * max(
            info.compress_size, 1
        ):
            ratio = info.file_size / max(info.compress_size, 1)
            reasons.append(
                translate(
                    "package_reader",
                    "Filen «{name}» er mistenkelig hardt komprimert (forhold {ratio}:1; "
                    "grensen er {cap}:1), mulig ZIP-bombe.",
                ).format(name=name, ratio=f"{ratio:.0f}", cap=f"{limits.max_ratio:.0f}")
            )
        if name in caps and info.file_size > caps[name]:
            reasons.append(_too_large(name, info.file_size, caps[name]))
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            reasons.append(
                translate(
                    "package_reader",
                    "Pakken har to filer med samme navn: «{first}» og «{second}» "
                    "(uten hensyn til store/små bokstaver og Unicode-normalisering).",
                ).format(first=seen[key], second=name)
            )
        else:
            seen[key] = name
    reasons += _check_overlap(infos)
    reasons += _check_mimetype(fh, infos)
    return reasons


def _check_overlap(infos: list[zipfile.ZipInfo]) -> list[str]:
    """Entries that share bytes let a small file inflate many times over (the
    "overlapping files" ZIP bomb); each entry's data must end before the next begins."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for before, after in zip(ordered, ordered[1:], strict=False):
        encoding = "utf-8" if before.flag_bits & 0x800 else "cp437"
        try:
            name_len = len(before.orig_filename.encode(encoding))
        except UnicodeEncodeError:
            name_len = len(before.orig_filename.encode("utf-8"))
        # The local header's extra field is not in the directory; leaving it out keeps
        # this a lower bound, so a well-formed zip never trips it.
        end = before.header_offset + _LOCAL_HEADER.size + name_len + before.compress_size
        if after.header_offset < end:
            return [
                translate(
                    "package_reader",
                    "Filene «{first}» og «{second}» overlapper hverandre i ZIP-filen, mulig "
                    "ZIP-bombe.",
                ).format(first=before.filename, second=after.filename)
            ]
    return []


def _check_mimetype(fh: BinaryIO, infos: list[zipfile.ZipInfo]) -> list[str]:
    if not any(i.filename == MIMETYPE_NAME for i in infos):
        return [
            translate(
                "package_reader", "Pakken mangler filen «mimetype»; den er ikke en ASiC-E-pakke."
            )
        ]
    first = infos[0]
    if first.filename != MIMETYPE_NAME or first.header_offset != 0:
        return [translate("package_reader", "Filen «mimetype» må være den første i pakken.")]
    if first.compress_type != zipfile.ZIP_STORED:
        return [translate("package_reader", "Filen «mimetype» må være lagret ukomprimert.")]
    fh.seek(0)
    header = fh.read(_LOCAL_HEADER.size)
    if len(header) < _LOCAL_HEADER.size:
        return [translate("package_reader", "Filen «mimetype» mangler eller er skadet.")]
    fields = _LOCAL_HEADER.unpack(header)
    sig, _ver, flags, method, _t, _d, _crc, csize, _usize, name_len, extra_len = fields
    expected_name = MIMETYPE_NAME.encode()
    name = fh.read(len(expected_name)) if name_len == len(expected_name) else b""
    if sig != b"PK\x03\x04" or name != expected_name or method != 0 or flags & 0x8:
        return [
            translate(
                "package_reader",
                "Filen «mimetype» må være den første i pakken, lagret ukomprimert.",
            )
        ]
    if extra_len or first.extra:
        return [
            translate("package_reader", "Filen «mimetype» skal ikke ha ekstrafelt i ZIP-hodet.")
        ]
    expected = MIMETYPE.encode("ascii")
    if csize != len(expected) or fh.read(csize) != expected:
        return [
            translate(
                "package_reader", "Filen «mimetype» må inneholde nøyaktig «{mimetype}»."
            ).format(mimetype=MIMETYPE)
        ]
    return []


def _chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> Iterator[bytes]:
    """The entry inflated in chunks; more than `cap` bytes (its declared size) is refused,
    so a lying header costs no more than an honest one."""
    size = 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise _Rejected(
                        [
                            translate(
                                "package_reader", "Filen «{name}» pakker ut til mer enn den oppgir."
                            ).format(name=info.filename)
                        ]
                    )
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise _Rejected(
            [
                translate("package_reader", "Filen «{name}» i pakken er skadet ({error}).").format(
                    name=info.filename, error=exc
                )
            ]
        ) from exc


def _read_whole(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    buffer = io.BytesIO()
    for chunk in _chunks(zf, info, info.file_size):
        buffer.write(chunk)
    return buffer.getvalue()


def _hash_entry(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, keep: bool
) -> tuple[bytes, bytes, bytes]:
    """(SHA-256, the bytes if keep else b"", the first HEAD_BYTES bytes)."""
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    head = b""
    for chunk in _chunks(zf, info, info.file_size):
        digest.update(chunk)
        if len(head) < HEAD_BYTES:
            head += chunk[: HEAD_BYTES - len(head)]
        if keep:
            buffer.write(chunk)
    return digest.digest(), buffer.getvalue(), head


# -- the manifest -----------------------------------------------------------------------


def _manifest_text(data: bytes) -> str:
    """The manifest as text. Only UTF-8 is read, so the bytes signed are the text parsed
    and no other encoding can hide markup from a byte-level look."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Rejected([_not_utf8()]) from exc
    text = text.removeprefix("\ufeff")
    declared = _XML_ENCODING.match(text)
    if "\x00" in text or (declared and declared.group(1).lower() not in ("utf-8", "utf8")):
        raise _Rejected([_not_utf8()])
    return text


def _parse_manifest(data: bytes) -> dict[str, tuple[str, bytes]]:
    """URI -> (digest algorithm URI, digest) from an ASiCManifest."""
    text = _manifest_text(data)
    try:
        root = parse_xml(text, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise _Rejected([_has_dtd()]) from exc
    except ParseError as exc:
        raise _Rejected(
            [
                translate("package_reader", "Manifestet ({manifest}) er ikke gyldig XML.").format(
                    manifest=MANIFEST_NAME
                )
            ]
        ) from exc
    if root.tag != f"{{{NS_ASIC}}}ASiCManifest":
        raise _Rejected(
            [
                translate("package_reader", "{manifest} er ikke et ASiCManifest.").format(
                    manifest=MANIFEST_NAME
                )
            ]
        )
    sig_ref = root.find(f"{{{NS_ASIC}}}SigReference")
    if sig_ref is None or sig_ref.get("URI") != SIGNATURE_NAME:
        raise _Rejected(
            [
                translate(
                    "package_reader", "Manifestet peker ikke på signaturen {signature}."
                ).format(signature=SIGNATURE_NAME)
            ]
        )
    refs: dict[str, tuple[str, bytes]] = {}
    problems: list[str] = []
    for ref in root.findall(f"{{{NS_ASIC}}}DataObjectReference"):
        uri = unquote(ref.get("URI") or "")
        method = ref.find(f"{{{NS_DS}}}DigestMethod")
        value = ref.find(f"{{{NS_DS}}}DigestValue")
        if not uri or method is None or value is None:
            problems.append(
                translate("package_reader", "Manifestet har en ufullstendig filreferanse.")
            )
            continue
        if uri in refs:
            problems.append(
                translate("package_reader", "Manifestet nevner «{name}» mer enn én gang.").format(
                    name=uri
                )
            )
            continue
        try:
            digest = base64.b64decode((value.text or "").strip(), validate=True)
        except (binascii.Error, ValueError):
            problems.append(
                translate(
                    "package_reader", "Manifestet har en ugyldig sjekksum for «{name}»."
                ).format(name=uri)
            )
            continue
        refs[uri] = (method.get("Algorithm") or "", digest)
    if problems:
        raise _Rejected(problems)
    return refs


def _check_listing(
    refs: dict[str, tuple[str, bytes]], names: list[str], layout: Layout
) -> list[str]:
    """The manifest against the files present, by name (nothing inflated)."""
    reasons: list[str] = []
    present = set(names)
    for name in sorted(set(refs) - present):
        reasons.append(
            translate(
                "package_reader", "Filen «{name}» står i manifestet, men mangler i pakken."
            ).format(name=name)
        )
    for name in sorted(present - set(refs)):
        reasons.append(
            translate(
                "package_reader",
                "Filen «{name}» ligger i pakken, men står ikke i manifestet (ikke signert).",
            ).format(name=name)
        )
    for name in sorted(set(refs) & present):
        if refs[name][0] != SHA256_URI:
            reasons.append(
                translate(
                    "package_reader",
                    "Manifestet bruker en sjekksumalgoritme som ikke støttes for «{name}».",
                ).format(name=name)
            )
    for required in layout.required:
        if required not in present and required not in refs:
            reasons.append(
                translate("package_reader", "Pakken mangler {name}.").format(name=required)
            )
    return reasons


# -- signatures -------------------------------------------------------------------------


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
    # The signer's own claim of when it signed (CAdES signing-time); shown, not trusted.
    result.signing_time = report.signing_time
    if not report.intact:
        result.reasons.append(
            translate(
                "package_reader", "Signaturen stemmer ikke med manifestet; manifestet er endret."
            )
        )
    if not report.valid:
        result.reasons.append(translate("package_reader", "Signaturen over manifestet er ugyldig."))
    if report.signer is None:
        result.reasons.append(
            translate("package_reader", "Fant ikke signeringssertifikatet i signaturen.")
        )
    elif report.intact and report.valid and not report.trusted:
        # Trust is only meaningful for a signature that holds.
        result.reasons.append(
            translate(
                "package_reader", "Pakken er signert av {signer}, som ikke er i tillitslisten."
            ).format(signer=_describe(report.signer))
        )
    return report.ok


def _check_pdf(pdf: bytes, trust: TrustStore, result: VerificationResult) -> None:
    """Only called once the package's signer is trusted."""
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
        result.reasons.append(translate("package_reader", "PDF-en i pakken er ikke signert."))
        return
    if report.problems:
        result.reasons.extend(report.problems)
    elif not (report.intact and report.valid):
        result.reasons.append(
            translate(
                "package_reader", "PDF-signaturen er ugyldig; PDF-en er endret etter signering."
            )
        )
    elif not report.covers_whole_file:
        result.reasons.append(
            translate(
                "package_reader",
                "PDF-en er endret etter at den ble signert (tillegg etter signaturen).",
            )
        )
    if report.signer is not None and result.signer is not None:
        if report.signer != result.signer:
            result.reasons.append(
                translate(
                    "package_reader",
                    "PDF-en er signert av {pdf_signer}, men pakken av {package_signer}; de må "
                    "være samme sertifikat.",
                ).format(
                    pdf_signer=_describe(report.signer), package_signer=_describe(result.signer)
                )
            )
        elif report.intact and report.valid and not report.trusted:
            result.reasons.append(
                translate("package_reader", "PDF-ens signeringssertifikat er ikke i tillitslisten.")
            )


# -- attachments ------------------------------------------------------------------------


def _check_attachments(
    sheet: object, verified: dict[str, bytes], heads: dict[str, bytes], result: VerificationResult
) -> None:
    """Pair each attachment the sheet lists with its file under vedlegg/ by SHA-256 (the
    member name is a safe ASCII name since issue 12, the original name before that; the
    sheet keeps the original either way), and refuse a file whose content is not what
    its name or media type says (a «plan.pdf» that is a program, say): the receiver
    opens it under that name. Read from the JSON as it stands, so a sheet format this
    release cannot read still has its attachments checked."""
    from prosjektark.domain.filetypes import type_mismatch

    items = sheet.get("attachments") if isinstance(sheet, dict) else None
    if not isinstance(items, list):
        return
    members: dict[str, list[str]] = {}
    for name in sorted(heads):  # «01-…», «02-…»: the sheet's order
        if name in verified:
            members.setdefault(verified[name].hex(), []).append(name)
    for item in items:
        if not isinstance(item, dict):
            continue
        filename = str(item.get("filename") or "")
        found = members.get(str(item.get("sha256") or "").lower())
        if not found:
            continue  # not in the package: the intake names what is missing
        # Several attachments with the same content: one member each while they last.
        member = found.pop(0) if len(found) > 1 else found[0]
        result.attachment_names[member] = filename
        problem = type_mismatch(filename, str(item.get("media_type") or ""), heads[member])
        if problem is None and PurePosixPath(member).name != filename:
            problem = type_mismatch(PurePosixPath(member).name, "", heads[member])
        if problem:
            result.reasons.append(
                translate(
                    "package_reader", "Vedlegget {problem} Filen i pakken er {member}."
                ).format(problem=problem, member=member)
            )


# -- the whole check --------------------------------------------------------------------


def verify_package(
    data: bytes | Path | str,
    trust: TrustStore,
    *,
    limits: Limits = DEFAULT_LIMITS,
    layout: Layout | tuple[Layout, ...] = SHEET_LAYOUT,
) -> VerificationResult:
    """Verify a package of the given layout (a sheet package unless told); never raises
    for bad input, see VerificationResult. Several layouts: the first whose required files
    the package holds (the first when none does, which then names what is missing)."""
    try:
        opener = _opener(data, limits)
        try:
            fh = opener()
        except OSError as exc:
            raise _Unreadable(_cannot_read(data, exc)) from exc
        with fh:
            return _verify(fh, opener, trust, limits, layout)
    except _Unreadable as exc:
        return VerificationResult(valid=False, unreadable=True, reasons=[str(exc)])
    except _Rejected as exc:
        return VerificationResult(valid=False, reasons=exc.reasons)


def _verify(
    fh: BinaryIO,
    opener: Opener,
    trust: TrustStore,
    limits: Limits,
    layout: Layout | tuple[Layout, ...],
) -> VerificationResult:
    with _open_zip(fh, limits) as zf:
        try:
            infos = zf.infolist()
        except Exception as exc:
            raise _Unreadable(_not_zip()) from exc
        if isinstance(layout, tuple):
            names = {i.filename for i in infos}
            layout = next((c for c in layout if all(n in names for n in c.required)), layout[0])
        reasons = _check_structure(fh, infos, limits, layout)
        if reasons:
            raise _Rejected(reasons)
        entries = {i.filename: i for i in infos if not _is_dir(i)}
        result = VerificationResult(
            valid=False, files=sorted(n for n in entries if n not in _SPECIAL)
        )
        try:
            _verify_entries(zf, entries, opener, trust, limits, layout, result)
        except _Rejected as exc:
            result.reasons.extend(exc.reasons)
        except Exception as exc:  # a bug or an input we did not foresee must not pass as valid
            result.reasons.append(
                translate(
                    "package_reader", "Uventet feil under kontrollen av pakken: {error}"
                ).format(error=exc)
            )
    result.valid = not result.reasons
    return result


def _verify_entries(
    zf: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    opener: Opener,
    trust: TrustStore,
    limits: Limits,
    layout: Layout,
    result: VerificationResult,
) -> None:
    manifest_info, signature_info = entries.get(MANIFEST_NAME), entries.get(SIGNATURE_NAME)
    if manifest_info is None:
        result.reasons.append(
            translate("package_reader", "Pakken mangler manifestet {manifest}.").format(
                manifest=MANIFEST_NAME
            )
        )
    if signature_info is None:
        result.reasons.append(
            translate("package_reader", "Pakken mangler signaturen {signature}.").format(
                signature=SIGNATURE_NAME
            )
        )
    if manifest_info is None or signature_info is None:
        return
    manifest = _read_whole(zf, manifest_info)
    signature = _read_whole(zf, signature_info)
    refs = _parse_manifest(manifest)
    result.reasons += _check_listing(refs, result.files, layout)
    if not _check_signature(manifest, signature, trust, result):
        # Whoever made this package is not known to hold: its entries are not inflated.
        result.reasons.append(
            translate(
                "package_reader",
                "Filene i pakken er ikke kontrollert videre, fordi signaturen over manifestet "
                "ikke kan godtas.",
            )
        )
        return

    verified: dict[str, bytes] = {}
    kept: dict[str, bytes] = {}
    heads: dict[str, bytes] = {}
    for name in result.files:
        algorithm, expected = refs.get(name, ("", b""))
        if algorithm != SHA256_URI:
            continue  # reported by _check_listing
        keep = name in (layout.json_name, layout.pdf_name)
        try:
            digest, data, head = _hash_entry(zf, entries[name], keep)
        except _Rejected as exc:
            result.reasons.extend(exc.reasons)
            continue
        if keep:
            kept[name] = data
        if name.startswith(ATTACHMENT_DIR):
            heads[name] = head
        if digest != expected:
            result.reasons.append(
                translate(
                    "package_reader",
                    "Filen «{name}» er endret etter signering (SHA-256 stemmer ikke med "
                    "manifestet).",
                ).format(name=name)
            )
            continue
        verified[name] = digest

    # A changed PDF is still examined (its signer is trusted), to say what broke in it.
    pdf = kept.pop(layout.pdf_name, None) if layout.pdf_name is not None else None
    if pdf is not None:
        _check_pdf(pdf, trust, result)
    del pdf
    payload = kept.get(layout.json_name) if layout.json_name in verified else None
    if payload is not None:
        if layout.json_name == SHEET_JSON:
            result.sheet_json = payload
        try:
            parsed = json.loads(payload.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            result.reasons.append(
                translate("package_reader", "{name} er ikke gyldig JSON (UTF-8).").format(
                    name=layout.json_name
                )
            )
        else:
            if layout.json_name == SHEET_JSON:
                _check_attachments(parsed, verified, heads, result)
    result.digests = {name: digest.hex() for name, digest in verified.items()}
    result.contents = VerifiedEntries(
        opener,
        limits,
        verified,
        {name: entries[name].file_size for name in verified},
        {layout.json_name: payload} if payload is not None else {},
    )
