"""PAdES signing with a visible stamp, and validation against the signer as trust root."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.generic import pdf_string
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from pdf_helpers import make_pdf
from prosjektark.signing.identity import create_identity
from prosjektark.signing.pades import FIELD_NAME, PadesError, sign_pdf, verify_pdf

PASS = "pades-passord med mellomrom"


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory):
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("a")
    )


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory):
    return create_identity("Mallory", "mallory@example.no", "", PASS, tmp_path_factory.mktemp("b"))


@pytest.fixture(scope="module")
def signed(kare) -> bytes:
    return sign_pdf(make_pdf(pages=2), kare, reason="Godkjent prosjektark", revision=3)


def test_signed_pdf_validates_against_signer(signed: bytes, kare) -> None:
    report = verify_pdf(signed, [kare.certificate])
    assert report.ok
    assert report.signer == kare.certificate
    assert report.reason == "Godkjent prosjektark"
    assert report.signing_time is not None


def test_signature_is_pades_with_visible_stamp_on_first_page(signed: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed))
    sig = reader.embedded_regular_signatures[0]
    assert sig.field_name == FIELD_NAME
    assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    first_page = reader.root["/Pages"]["/Kids"][0]
    widgets = [a.get_object() for a in first_page.get("/Annots", [])]
    stamp = next(w for w in widgets if w.get("/T") == FIELD_NAME)
    x1, y1, x2, y2 = (float(v) for v in stamp["/Rect"])
    assert x2 - x1 > 50 and y2 - y1 > 20  # visible, not a zero-size widget
    appearance = stamp["/AP"]["/N"].get_object()
    # Drawn in an embedded TrueType font (test_stamp.py reads the text back with poppler).
    (font,) = (f.get_object() for f in appearance["/Resources"]["/Font"].values())
    assert font["/Subtype"] == "/Type0"
    (cid_font,) = font["/DescendantFonts"]
    assert "/FontFile2" in cid_font.get_object()["/FontDescriptor"]
    assert stamp["/F"] & 4  # printed


def test_untrusted_signer_is_not_trusted(signed: bytes, other) -> None:
    report = verify_pdf(signed, [other.certificate])
    assert report.signed and report.intact and not report.trusted
    assert not report.ok


def test_changed_pdf_is_detected(signed: bytes, kare) -> None:
    marker = signed.index(b"/Reason")
    tampered = signed[: marker + 9] + b"X" + signed[marker + 10 :]
    report = verify_pdf(tampered, [kare.certificate])
    assert not report.ok


def test_appended_update_is_not_whole_file(signed: bytes, kare) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    writer.root["/Lang"] = pdf_string("nb")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    report = verify_pdf(out.getvalue(), [kare.certificate])
    assert report.intact and not report.covers_whole_file
    assert not report.ok


def test_unsigned_and_unreadable(kare) -> None:
    report = verify_pdf(make_pdf(pages=2), [kare.certificate])
    assert not report.signed and report.problems == ["PDF-en er ikke signert."]
    with pytest.raises(PadesError, match="kan ikke leses"):
        verify_pdf(b"ikke en pdf", [kare.certificate])
    with pytest.raises(PadesError, match="Kunne ikke signere"):
        sign_pdf(b"ikke en pdf", kare, reason="x")


def test_stamp_on_last_page(kare) -> None:
    signed = sign_pdf(make_pdf(3), kare, reason="Godkjent", page=-1)
    reader = PdfFileReader(io.BytesIO(signed))
    kids = reader.root["/Pages"]["/Kids"]
    last = kids[2].get_object()
    assert any(a.get_object().get("/T") == FIELD_NAME for a in last.get("/Annots", []))
    assert "/Annots" not in kids[0].get_object()
    assert verify_pdf(signed, [kare.certificate]).ok
