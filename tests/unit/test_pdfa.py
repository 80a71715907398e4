"""PDF/A-2b: the sheet PDF as rendered, made PDF/A by exchange.pdfa and then signed, is
checked with tools other than pyHanko's writer: pikepdf (qpdf) for the catalog, output
intent, XMP and trailer; poppler (pdfinfo, pdffonts, pdfsig) for version, fonts and the
signature. veraPDF is not available here; what it would add is named in the README."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from pdf_helpers import make_pdf
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.examples import example_sheets
from prosjektark.domain.rules.engine import check_sheet
from prosjektark.exchange.pdf import SIGNATURE_BOX, render_pdf
from prosjektark.exchange.pdfa import PdfAError, to_pdfa
from prosjektark.paths import resource_dir
from prosjektark.signing.identity import Identity, create_identity
from prosjektark.signing.pades import sign_pdf, verify_pdf

pikepdf = pytest.importorskip("pikepdf", reason="pikepdf ikke installert (pip: pikepdf)")
from pikepdf.models.metadata import decode_pdf_date  # noqa: E402

PDFINFO, PDFFONTS, PDFSIG = (shutil.which(t) for t in ("pdfinfo", "pdffonts", "pdfsig"))
needs_poppler = pytest.mark.skipif(
    None in (PDFINFO, PDFFONTS, PDFSIG), reason="poppler-utils ikke installert"
)
SAMI = "Máret Ánne Čiŋŋálaš-Šápmi"
TITLE = "Sykkelveg Lade allé – Haakon VIIs gate"
# Each /Info entry and the XMP property PDF/A requires it to equal (ISO 19005-2, 6.6.2.3).
INFO_TO_XMP = {
    "/Title": "dc:title",
    "/Author": "dc:creator",
    "/Creator": "xmp:CreatorTool",
    "/Producer": "pdf:Producer",
    "/CreationDate": "xmp:CreateDate",
    "/ModDate": "xmp:ModifyDate",
}


@pytest.fixture(scope="module")
def maret(tmp_path_factory: pytest.TempPathFactory) -> Identity:
    return create_identity(
        SAMI,
        "maret@example.no",
        "Sametinget",
        "pdfa-passord med mellomrom",
        tmp_path_factory.mktemp("m"),
    )


@pytest.fixture(scope="module")
def archived(maret: Identity, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real sheet PDF, made PDF/A and signed the way the export does it."""
    catalog = load_catalog(resource_dir())
    sheet = example_sheets(catalog)[0]
    pdf = render_pdf(sheet, catalog, check_sheet(sheet, catalog), draft=False, signed=True)
    signed = sign_pdf(
        to_pdfa(pdf, title=TITLE, author=SAMI),
        maret,
        revision=2,
        page=SIGNATURE_BOX[0],
        box=SIGNATURE_BOX[1:],
    )
    path = tmp_path_factory.mktemp("pdfa") / "prosjektark.pdf"
    path.write_bytes(signed)
    return path


XMP_PREFIXES = {
    "http://www.aiim.org/pdfa/ns/id/": "pdfaid",
    "http://purl.org/dc/elements/1.1/": "dc",
    "http://ns.adobe.com/xap/1.0/": "xmp",
    "http://ns.adobe.com/pdf/1.3/": "pdf",
}


def _xmp(pdf: pikepdf.Pdf) -> dict[str, str]:
    """XMP properties as {"prefix:name": value as text}, read by pikepdf."""
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        out = {}
        for key in meta:
            ns, name = key[1:].split("}")
            out[f"{XMP_PREFIXES.get(ns, ns)}:{name}"] = str(meta[key])
        return out


def test_catalog_output_intent_lang_and_id(archived: Path) -> None:
    with pikepdf.open(archived) as pdf:
        assert pdf.pdf_version == "1.7"
        # No catalog /Version that could disagree with the header, or else the same.
        assert str(pdf.Root.get("/Version", "/1.7")) == "/1.7"
        assert str(pdf.Root.Lang) == "nb-NO"
        (intent,) = pdf.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        profile = intent.DestOutputProfile
        assert int(profile.N) == 3
        icc = profile.read_bytes()
        assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB "
        assert icc[12:16] in (b"mntr", b"prtr")
        assert len(pdf.trailer.ID) == 2
        assert "/Encrypt" not in pdf.trailer
        metadata = pdf.Root.Metadata
        assert metadata.Type == "/Metadata" and metadata.Subtype == "/XML"
        assert "/Filter" not in metadata  # PDF/A: the XMP stays readable as is


def test_xmp_identifies_pdfa_2b_and_mirrors_info(archived: Path) -> None:
    with pikepdf.open(archived) as pdf:
        xmp = _xmp(pdf)
        assert xmp["pdfaid:part"] == "2"
        assert xmp["pdfaid:conformance"] == "B"
        assert xmp["dc:title"] == TITLE
        assert xmp["dc:creator"] == str([SAMI])
        assert xmp["dc:language"] == str({"nb-NO"})
        info = pdf.trailer.Info
        # Every /Info entry has its XMP twin with the same value, also after signing.
        assert set(info.keys()) <= set(INFO_TO_XMP)
        for key in info:
            value = str(info[key])
            twin = xmp[INFO_TO_XMP[key]]
            if key.endswith("Date"):
                assert decode_pdf_date(value) == dt.datetime.fromisoformat(twin)
            elif key == "/Author":
                assert twin == str([value])
            else:
                assert twin == value


@needs_poppler
def test_signed_pdfa_keeps_fonts_embedded_and_verifies(archived: Path, maret: Identity) -> None:
    info = subprocess.run([PDFINFO, str(archived)], capture_output=True, text=True, check=True)
    assert "PDF version:     1.7" in info.stdout
    assert archived.read_bytes().startswith(b"%PDF-1.7\n")
    fonts = subprocess.run(
        [PDFFONTS, str(archived)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts
    # columns: name type encoding emb sub uni object ID
    assert all(line.split()[-5] == "yes" for line in fonts), fonts
    sig = subprocess.run([PDFSIG, str(archived)], capture_output=True, text=True)
    assert "Signature is Valid." in sig.stdout
    assert "Total document signed" in sig.stdout
    assert verify_pdf(archived.read_bytes(), [maret.certificate]).ok


def test_signature_widget_is_printed_with_an_appearance(archived: Path) -> None:
    with pikepdf.open(archived) as pdf:
        (widget,) = (a for page in pdf.pages for a in page.get("/Annots", []))
        assert widget.Subtype == "/Widget"
        flags = int(widget.F)
        assert flags & 4  # Print
        assert not flags & (1 | 2 | 32)  # not Invisible, Hidden or NoView
        assert set(widget.AP.keys()) == {"/N"}
        assert "/NeedAppearances" not in pdf.Root.AcroForm


def test_header_and_catalog_agree_on_the_reportlab_pdf() -> None:
    # reportlab writes %PDF-1.3 or 1.4; a PAdES signature on it would ask for 1.7.
    original = make_pdf(pages=1)
    assert original.startswith((b"%PDF-1.3", b"%PDF-1.4"))
    archived = to_pdfa(original, title="T", author="A")
    with pikepdf.open(io.BytesIO(archived)) as pdf:
        assert pdf.pdf_version == "1.7" and "/Version" not in pdf.Root
        assert "/Subject" not in pdf.trailer.Info  # reportlab's, without an XMP twin


def test_unreadable_pdf_is_refused() -> None:
    with pytest.raises(PdfAError, match="kan ikke leses"):
        to_pdfa(b"ikke en pdf", title="T", author="A")


@needs_poppler
def test_the_sheet_pdf_as_rendered_is_pdfa_and_tagged(tmp_path: Path) -> None:
    """What render_pdf itself returns (and the export signs), not a second rewrite of it:
    PDF/A identification, output intent and one version, with the structure tree kept."""
    catalog = load_catalog(resource_dir())
    sheet = example_sheets(catalog)[0]
    pdf = render_pdf(sheet, catalog, check_sheet(sheet, catalog), draft=False, signed=True)
    assert pdf.startswith(b"%PDF-1.7\n")
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "/Version" not in doc.Root
        assert str(doc.Root.Lang) == "nb-NO"
        (intent,) = doc.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1"
        xmp = _xmp(doc)
        assert (xmp["pdfaid:part"], xmp["pdfaid:conformance"]) == ("2", "B")
        assert xmp["dc:title"] == sheet.identification.title
        assert bool(doc.Root.MarkInfo.Marked)
        assert doc.Root.StructTreeRoot.K is not None
    path = tmp_path / "ark.pdf"
    path.write_bytes(pdf)
    info = subprocess.run([PDFINFO, str(path)], capture_output=True, text=True, check=True)
    assert "Tagged:          yes" in info.stdout
