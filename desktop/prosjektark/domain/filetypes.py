"""What an attachment is, judged from its first bytes, against what its name and media
type say it is.

An attachment named «plan.pdf» or declared `application/pdf` is opened by whoever
receives it with the program that name promises, so the name must not lie. Only the
kinds a sheet's attachments are expected to be are known here (PDF, images, Office and
OpenDocument files, plain text, drawings); for those, the content must be of the kind
declared. Anything else is not judged: an unknown kind is neither accepted nor refused
by its content.

The signatures are the format's own published magic numbers (PDF: ISO 32000-1 §7.5.2,
which allows the header anywhere in the first 1024 bytes; PNG: ISO 15948 §5.2; JPEG:
SOI + marker; ZIP: APPNOTE §4.3.7; OLE2: MS-CFB §2.2; DWG: the «AC10xx» version string).
Office Open XML and OpenDocument files are ZIP containers; which one a ZIP is shows in
the first entry names, when they are within the bytes read.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path, PurePath

from prosjektark.i18n import QT_TRANSLATE_NOOP, translate

# Enough for a PDF header (first 1024 bytes) and the first few entry names of a ZIP.
HEAD_BYTES = 8192


@dataclass(frozen=True)
class FileKind:
    key: str
    # Bokmål with its article, «en PDF», «et PNG-bilde»: show it as `kind_label(kind)`.
    label: str
    media_types: tuple[str, ...]
    extensions: tuple[str, ...]
    family: str = ""  # kinds that share a container: "zip" (OOXML, ODF, plain ZIP)


_OOXML = "application/vnd.openxmlformats-officedocument"
_ODF = "application/vnd.oasis.opendocument"

PDF = FileKind("pdf", QT_TRANSLATE_NOOP("filetypes", "en PDF"), ("application/pdf",), (".pdf",))
PNG = FileKind("png", QT_TRANSLATE_NOOP("filetypes", "et PNG-bilde"), ("image/png",), (".png",))
JPEG = FileKind(
    "jpeg",
    QT_TRANSLATE_NOOP("filetypes", "et JPEG-bilde"),
    ("image/jpeg", "image/pjpeg"),
    (".jpg", ".jpeg", ".jpe"),
)
GIF = FileKind("gif", QT_TRANSLATE_NOOP("filetypes", "et GIF-bilde"), ("image/gif",), (".gif",))
TIFF = FileKind(
    "tiff", QT_TRANSLATE_NOOP("filetypes", "et TIFF-bilde"), ("image/tiff",), (".tif", ".tiff")
)
WEBP = FileKind(
    "webp", QT_TRANSLATE_NOOP("filetypes", "et WebP-bilde"), ("image/webp",), (".webp",)
)
DOCX = FileKind(
    "docx",
    QT_TRANSLATE_NOOP("filetypes", "et Word-dokument"),
    (f"{_OOXML}.wordprocessingml.document",),
    (".docx",),
    "zip",
)
XLSX = FileKind(
    "xlsx",
    QT_TRANSLATE_NOOP("filetypes", "en Excel-arbeidsbok"),
    (f"{_OOXML}.spreadsheetml.sheet",),
    (".xlsx",),
    "zip",
)
PPTX = FileKind(
    "pptx", QT_TRANSLATE_NOOP("filetypes", "en PowerPoint-presentasjon"), (f"{_OOXML}.presentationml.presentation",),
    (".pptx",), "zip",
)  # fmt: skip
ODT = FileKind(
    "odt",
    QT_TRANSLATE_NOOP("filetypes", "et OpenDocument-dokument"),
    (f"{_ODF}.text",),
    (".odt",),
    "zip",
)
ODS = FileKind(
    "ods",
    QT_TRANSLATE_NOOP("filetypes", "et OpenDocument-regneark"),
    (f"{_ODF}.spreadsheet",),
    (".ods",),
    "zip",
)
ZIP = FileKind(
    "zip",
    QT_TRANSLATE_NOOP("filetypes", "en ZIP-fil"),
    ("application/zip", "application/x-zip-compressed"),
    (".zip",),
    "zip",
)
OLE = FileKind(
    "ole", QT_TRANSLATE_NOOP("filetypes", "et eldre Office-dokument"),
    ("application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint"),
    (".doc", ".xls", ".ppt"),
)  # fmt: skip
DWG = FileKind(
    "dwg",
    QT_TRANSLATE_NOOP("filetypes", "en DWG-tegning"),
    ("image/vnd.dwg", "application/acad"),
    (".dwg",),
)
SVG = FileKind(
    "svg", QT_TRANSLATE_NOOP("filetypes", "en SVG-tegning"), ("image/svg+xml",), (".svg",)
)
TEXT = FileKind(
    "text", QT_TRANSLATE_NOOP("filetypes", "en tekstfil"),
    ("text/plain", "text/csv", "application/json", "application/xml", "text/xml",
     "text/markdown"),
    (".txt", ".csv", ".json", ".xml", ".md"),
)  # fmt: skip
# Never expected as an attachment; named so that a message can say what a file really is.
PROGRAM = FileKind("program", QT_TRANSLATE_NOOP("filetypes", "et program (kjørbar fil)"), (), ())

KINDS: tuple[FileKind, ...] = (
    PDF, PNG, JPEG, GIF, TIFF, WEBP, DOCX, XLSX, PPTX, ODT, ODS, ZIP, OLE, DWG, SVG, TEXT,
)  # fmt: skip
_BY_MEDIA_TYPE = {m: k for k in KINDS for m in k.media_types}
_BY_EXTENSION = {e: k for k in KINDS for e in k.extensions}


def _zip_kind(head: bytes) -> FileKind:
    """Which ZIP container, from the entry names in the first bytes (ZIP when unseen)."""
    if head[30:38] == b"mimetype":  # ODF: an uncompressed «mimetype» entry comes first
        if f"{_ODF}.text".encode() in head[:200]:
            return ODT
        if f"{_ODF}.spreadsheet".encode() in head[:200]:
            return ODS
    if b"[Content_Types].xml" in head or b"_rels/.rels" in head:
        for marker, kind in ((b"word/", DOCX), (b"xl/", XLSX), (b"ppt/", PPTX)):
            if marker in head:
                return kind
    return ZIP


def _looks_like_text(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with a byte order mark
        return True
    # NUL never appears in UTF-8 or any 8-bit text encoding people attach.
    return b"\x00" not in head


def detect(head: bytes) -> FileKind | None:
    """The kind the content shows (head: the first HEAD_BYTES bytes), None when unknown.
    Plain text is reported as TEXT only when no binary signature matches."""
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(head)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return OLE
    if head.startswith(b"AC10") and head[4:6].isdigit():
        return DWG
    if head.startswith((b"MZ", b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")):
        return PROGRAM
    if _looks_like_text(head):
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if text.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in text:
            return SVG
        return TEXT
    return None


def declared_kinds(filename: str, media_type: str = "") -> list[FileKind]:
    """The known kinds the name's extension and the media type claim (0, 1 or 2)."""
    claims: list[FileKind] = []
    by_name = _BY_EXTENSION.get(PurePath(filename).suffix.lower())
    if by_name is not None:
        claims.append(by_name)
    by_type = _BY_MEDIA_TYPE.get(media_type.split(";")[0].strip().lower())
    if by_type is not None and by_type not in claims:
        claims.append(by_type)
    return claims


def _fits(claim: FileKind, found: FileKind | None) -> bool:
    if found is claim:
        return True
    if claim is SVG:
        return found is SVG  # an SVG is text, but a text file is no drawing
    if claim is TEXT:
        return found in (TEXT, SVG)  # XML and SVG are text too
    if claim.family == "zip" and found is not None and found.family == "zip":
        # An OOXML or ODF file whose entry names were not in the first bytes is a plain
        # ZIP here; only a container shown to be another kind is a mismatch.
        return found is ZIP or claim is ZIP
    return False


def kind_label(kind: FileKind) -> str:
    """The kind with its article, in the language of the moment: «en PDF», «a PDF»."""
    return translate("filetypes", kind.label)


def _noun(kind: FileKind) -> str:
    """«en PDF» -> «PDF»: the label without its article (every language's label starts
    with one word of article: en/et, ein/eit, a/an)."""
    return kind_label(kind).split(" ", 1)[1]


def type_mismatch(filename: str, media_type: str, head: bytes) -> str | None:
    """A sentence (in the language of the moment) when the content is not what the name
    or media type says it is; None when it is, or when neither names a kind known here."""
    found = detect(head)
    for claim in declared_kinds(filename, media_type):
        if _fits(claim, found):
            continue
        if not head:
            return translate(
                "filetypes", "«{filename}» er oppgitt som {kind}, men filen er tom."
            ).format(filename=filename, kind=_noun(claim))
        if found is None:
            return translate(
                "filetypes",
                "«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article}"
                " (ukjent innhold).",
            ).format(filename=filename, kind=_noun(claim), kind_with_article=kind_label(claim))
        return translate(
            "filetypes",
            "«{filename}» er oppgitt som {kind}, men innholdet er ikke {kind_with_article}:"
            " det er {found}.",
        ).format(
            filename=filename,
            kind=_noun(claim),
            kind_with_article=kind_label(claim),
            found=kind_label(found),
        )
    return None


def read_head(path: Path) -> bytes:
    """The first HEAD_BYTES bytes of the file (OSError as open() raises it)."""
    with Path(path).open("rb") as handle:
        return handle.read(HEAD_BYTES)


def file_mismatch(path: Path, media_type: str | None = None) -> str | None:
    """type_mismatch for a file on disk, its media type guessed from the name as the
    store does when none is given."""
    name = Path(path).name
    if media_type is None:
        media_type = mimetypes.guess_type(name)[0] or ""
    return type_mismatch(name, media_type, read_head(path))
