"""PDF/A-2b for the PDFs reportlab renders, before they are signed.

What reportlab leaves out, added with pyHanko's own writer and metadata model (no PDF
syntax written by hand):
- XMP metadata: pdfaid part 2 / conformance B, dc:title, dc:creator, dc:language and
  xmp dates, written by pyHanko from the same values as the /Info entries they mirror;
- an sRGB output intent (GTS_PDFA1), the profile made by Pillow's LittleCMS;
- /Lang in the catalog;
- one PDF version: the file is rewritten whole, so the header says 1.7 (PDF/A-2 is
  PDF 1.7), and signing.pades keeps the catalog at 1.7;
- a fresh /ID in the trailer.

Fonts are the renderer's business (every font embedded). When pades.sign_pdf later adds
its signature as an incremental update, pyHanko updates this XMP and /Info together;
its stamp font is embedded and its widget printable.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.metadata import model
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

from prosjektark import i18n
from prosjektark.i18n import translate

PDFA_PART = 2
PDFA_CONFORMANCE = "B"
PDF_VERSION = (1, 7)
CREATOR_TOOL = "Prosjektark"
SRGB_CONDITION = "sRGB IEC61966-2.1"
# The language tag (BCP 47) a document written in each of the program's languages states:
# a screen reader picks its voice by it.
LANGUAGE_TAGS = {"nb": "nb-NO", "nn": "nn-NO", "en": "en-GB"}


def language_tag(language: str | None = None) -> str:
    """«nn-NO» for nynorsk, and so on; the current language (i18n.language()) when None."""
    return LANGUAGE_TAGS[language or i18n.language()]


class PdfAError(Exception):
    """The PDF could not be made PDF/A; Norwegian message."""


@cache
def srgb_profile() -> bytes:
    """An sRGB ICC profile (display class, RGB), made by LittleCMS through Pillow."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _pdfa_xmp(language: str) -> model.XmpStructure:
    pdfaid = model.NS["pdfaid"]
    return model.XmpStructure.of(
        (model.ExpandedName(ns=pdfaid, local_name="part"), model.XmpValue(str(PDFA_PART))),
        (
            model.ExpandedName(ns=pdfaid, local_name="conformance"),
            model.XmpValue(PDFA_CONFORMANCE),
        ),
        (
            model.ExpandedName(ns=model.NS["dc"], local_name="language"),
            model.XmpValue(model.XmpArray.unordered([model.XmpValue(language)])),
        ),
    )


def _creation_date(reader: PdfFileReader) -> dt.datetime:
    created = reader.document_meta_view.created
    if isinstance(created, dt.datetime):
        return created if created.tzinfo else created.astimezone()
    return dt.datetime.now().astimezone()


def _xml_text(text: str) -> str:
    """The text as XMP (XML 1.0) can hold it: control characters a user typed into a title
    cannot be written there, so they are left out of the metadata (the page shows them)."""
    return "".join(
        ch
        for ch in text
        if ch in "\t\n\r"
        or (ord(ch) >= 0x20 and not 0xD800 <= ord(ch) <= 0xDFFF)
        and ch not in "\ufffe\uffff"
    )


def to_pdfa(pdf: bytes, *, title: str, author: str, language: str | None = None) -> bytes:
    """The same document as PDF/A-2b: metadata, output intent, language and version.
    `language`: the document's language tag («nb-NO»); the current language's when None."""
    language = language or language_tag()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        if reader.encrypted:
            raise PdfAError(translate("pdfa", "En kryptert PDF kan ikke bli PDF/A."))
        created = _creation_date(reader).replace(microsecond=0)
        writer = copy_into_new_writer(reader)
    except PdfAError:
        raise
    except Exception as exc:
        raise PdfAError(
            translate("pdfa", "PDF-filen kan ikke leses: {error}").format(error=exc)
        ) from exc
    writer.ensure_output_version(PDF_VERSION)
    root = writer.root
    # One version, stated once: the header.
    if "/Version" in root:
        del root["/Version"]
    root[pdf_name("/Lang")] = generic.TextStringObject(language)

    profile = generic.StreamObject({pdf_name("/N"): generic.NumberObject(3)}, srgb_profile())
    profile.compress()
    intent = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/OutputIntent"),
            pdf_name("/S"): pdf_name("/GTS_PDFA1"),
            pdf_name("/OutputConditionIdentifier"): generic.TextStringObject(SRGB_CONDITION),
            pdf_name("/Info"): generic.TextStringObject(SRGB_CONDITION),
            pdf_name("/DestOutputProfile"): writer.add_object(profile),
        }
    )
    root[pdf_name("/OutputIntents")] = generic.ArrayObject([writer.add_object(intent)])

    # /Info holds exactly the entries pyHanko mirrors in the XMP, so none lacks its twin
    # (reportlab's /Subject, /Keywords and /Trapped have none). pyHanko fills both from
    # the metadata below; the modification date it sets to the time of writing.
    info = generic.DictionaryObject(
        {
            pdf_name(key): generic.TextStringObject("")
            for key in ("/Title", "/Author", "/Creator", "/CreationDate", "/ModDate")
        }
    )
    info[pdf_name("/Producer")] = generic.TextStringObject(model.VENDOR)
    writer.set_info(info)
    meta = writer.document_meta
    meta.title = _xml_text(title)
    meta.author = _xml_text(author)
    meta.creator = CREATOR_TOOL
    meta.created = created
    meta.xmp_extra = [_pdfa_xmp(language)]
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
