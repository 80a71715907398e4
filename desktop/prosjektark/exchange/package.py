"""Build the signed package: an ASiC-E container (ETSI EN 319 162-1) with detached CAdES.

Layout, in this order:
    mimetype                      stored, no extra field: application/vnd.etsi.asic-e+zip
    prosjektark.json, prosjektark.pdf, prosjektark.xlsx, svar.json, vedlegg/...   (sorted)
    META-INF/ASiCManifest.xml     a SHA-256 of every file above
    META-INF/signature.p7s        detached CAdES over the manifest bytes

svar.json (optional; packages made before the case flow have none) holds the working
group's answers to the secretariat's remarks that this delivery carries (format
prosjektark-svar/1, see exchange/remarks_package.py). It is listed in the manifest like
every other file, so it is signed; a reader that does not know it verifies it and leaves
it alone.

The same container and signature carry the secretariat's remarks package
(exchange/remarks_package.py), whose only files are merknader.json and merknader.txt.

build_package signs the PDF itself (PAdES, same identity) unless it already carries a
signature, so that the PDF's signer and the package's signer are the same by design.
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from urllib.parse import quote
from xml.sax.saxutils import quoteattr

from prosjektark.i18n import translate
from prosjektark.signing.cades import sign_detached
from prosjektark.signing.identity import Identity

MIMETYPE = "application/vnd.etsi.asic-e+zip"
MIMETYPE_NAME = "mimetype"
MANIFEST_NAME = "META-INF/ASiCManifest.xml"
SIGNATURE_NAME = "META-INF/signature.p7s"
SHEET_JSON = "prosjektark.json"
SHEET_PDF = "prosjektark.pdf"
SHEET_XLSX = "prosjektark.xlsx"
ANSWERS_JSON = "svar.json"
ATTACHMENT_DIR = "vedlegg/"
PACKAGE_SUFFIX = ".asice"

NS_ASIC = "http://uri.etsi.org/02918/v1.2.1#"
NS_DS = "http://www.w3.org/2000/09/xmldsig#"
SHA256_URI = "http://www.w3.org/2001/04/xmlenc#sha256"
SIGNATURE_MIMETYPE = "application/pkcs7-signature"

_MAIN_ORDER = {SHEET_JSON: 0, SHEET_PDF: 1, SHEET_XLSX: 2, ANSWERS_JSON: 3}
_MIMETYPES = {
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".csv": "text/csv",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".zip": "application/zip",
}
# A fixed timestamp keeps the container byte-identical for identical input (apart from
# the signatures, which carry their own signing time).
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


class PackageError(Exception):
    """The package cannot be built from these files; message in the user's language."""


def guess_mimetype(name: str) -> str:
    dot = name.rfind(".")
    return _MIMETYPES.get(name[dot:].lower() if dot >= 0 else "", "application/octet-stream")


def _check_name(name: str) -> None:
    if name in (SHEET_JSON, SHEET_PDF, SHEET_XLSX, ANSWERS_JSON):
        return
    if not name.startswith(ATTACHMENT_DIR):
        raise PackageError(
            translate(
                "package", "Ukjent fil i pakken: «{name}». Vedlegg må ligge under vedlegg/."
            ).format(name=name)
        )
    rest = name[len(ATTACHMENT_DIR) :]
    parts = rest.split("/")
    if (
        not rest
        or "\\" in name
        or "\x00" in name
        or any(p in ("", ".", "..") for p in parts)
        or unicodedata.normalize("NFC", name) != name
    ):
        raise PackageError(
            translate("package", "Ugyldig vedleggsnavn: «{name}».").format(name=name)
        )


def _ordered(files: Iterable[str]) -> list[str]:
    def key(name: str) -> tuple[int, str]:
        return (_MAIN_ORDER.get(name, len(_MAIN_ORDER)), name)

    return sorted(files, key=key)


def build_manifest(files: dict[str, bytes]) -> bytes:
    """The ASiCManifest XML listing a SHA-256 of each file, in package order."""
    return manifest_from_digests(
        {name: hashlib.sha256(data).digest() for name, data in files.items()}
    )


def manifest_from_digests(digests: dict[str, bytes]) -> bytes:
    """The ASiCManifest XML from each file's SHA-256, for files hashed as a stream."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<asic:ASiCManifest xmlns:asic="{NS_ASIC}" xmlns:ds="{NS_DS}">',
        f'  <asic:SigReference URI="{SIGNATURE_NAME}" MimeType="{SIGNATURE_MIMETYPE}"/>',
    ]
    for name in _ordered(digests):
        digest = base64.b64encode(digests[name]).decode("ascii")
        uri = quoteattr(quote(name, safe="/"))
        mime = quoteattr(guess_mimetype(name))
        lines += [
            f"  <asic:DataObjectReference URI={uri} MimeType={mime}>",
            f'    <ds:DigestMethod Algorithm="{SHA256_URI}"/>',
            f"    <ds:DigestValue>{digest}</ds:DigestValue>",
            "  </asic:DataObjectReference>",
        ]
    lines.append("</asic:ASiCManifest>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _pdf_is_signed(pdf: bytes) -> bool:
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return bool(PdfFileReader(io.BytesIO(pdf), strict=False).embedded_regular_signatures)
    except Exception as exc:
        raise PackageError(translate("package", "PDF-filen kan ikke leses.")) from exc


def _zipinfo(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compress
    info.create_system = 3  # unix, so the mode bits below mean a regular file
    info.external_attr = 0o100644 << 16
    return info


# Formats that are compressed already: deflating them again costs time and saves ~10 %.
_ALREADY_COMPRESSED = (".pdf", ".xlsx", ".docx", ".pptx", ".zip", ".png", ".jpg", ".jpeg")


def _compression(name: str) -> int:
    return (
        zipfile.ZIP_STORED if name.lower().endswith(_ALREADY_COMPRESSED) else zipfile.ZIP_DEFLATED
    )


def write_container(files: dict[str, bytes], manifest: bytes, signature: bytes) -> bytes:
    """Lay out the ASiC-E zip; files must not include mimetype or META-INF entries."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        # mimetype must be first, stored, and without an extra field (zipfile adds none).
        zf.writestr(_zipinfo(MIMETYPE_NAME, zipfile.ZIP_STORED), MIMETYPE.encode("ascii"))
        for name in _ordered(files):
            zf.writestr(_zipinfo(name, _compression(name)), files[name])
        zf.writestr(_zipinfo(MANIFEST_NAME, zipfile.ZIP_DEFLATED), manifest)
        zf.writestr(_zipinfo(SIGNATURE_NAME, zipfile.ZIP_STORED), signature)
    return buffer.getvalue()


def build_package(
    files: dict[str, bytes],
    identity: Identity,
    *,
    revision: int | None = None,
    reason: str = "Godkjent prosjektark",
    stamp_box: tuple[int, float, float, float, float] | None = None,
    pdf_signed: bool | None = None,
) -> bytes:
    """Sign and lay out a package from prosjektark.json, prosjektark.pdf, optionally
    prosjektark.xlsx, svar.json and vedlegg/<member> (export names the attachments
    vedlegg/01-<ascii-name>…; the sheet keeps the original names).

    An unsigned PDF is PAdES-signed here with the same identity (stamp: signer, time,
    revision) in `stamp_box` (page, x1, y1, x2, y2; by default the signer's standard
    place); an already signed PDF (`pdf_signed`, or found so) is kept as it is.
    """
    for required in (SHEET_JSON, SHEET_PDF):
        if required not in files:
            raise PackageError(translate("package", "Pakken mangler {name}.").format(name=required))
    for name in files:
        _check_name(name)
    folded = {unicodedata.normalize("NFC", n).casefold() for n in files}
    if len(folded) != len(files):
        raise PackageError(
            translate(
                "package", "To filer i pakken har samme navn (uten hensyn til store/små bokstaver)."
            )
        )
    files = dict(files)
    # pdf_signed: the caller has just signed it (export_sheet), so it need not be parsed
    # again to find out; None: look.
    signed = _pdf_is_signed(files[SHEET_PDF]) if pdf_signed is None else pdf_signed
    if not signed:
        from prosjektark.signing.pades import sign_pdf

        placement = {}
        if stamp_box is not None:
            placement = {"page": stamp_box[0], "box": stamp_box[1:]}
        files[SHEET_PDF] = sign_pdf(
            files[SHEET_PDF], identity, reason=reason, revision=revision, **placement
        )
    manifest = build_manifest(files)
    signature = sign_detached(manifest, identity)
    return write_container(files, manifest, signature)


_TRANSLIT = str.maketrans(
    {"æ": "ae", "ø": "o", "å": "a", "Æ": "Ae", "Ø": "O", "Å": "A", "ß": "ss", "þ": "th", "ð": "d"}
)


def slugify(text: str, max_length: int = 60) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLIT)
    # Drop accents (é -> e) but turn every other non-ASCII character into a separator.
    text = "".join(
        ch if ch.isascii() else "-"
        for ch in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(ch)
    )
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:max_length].rstrip("-")


def package_filename(sheet_title: str, revision: int) -> str:
    """E.g. "Sykkelveg Innherredsveien", 3 -> "sykkelveg-innherredsveien_r3.asice"."""
    return f"{slugify(sheet_title) or 'prosjektark'}_r{int(revision)}{PACKAGE_SUFFIX}"
