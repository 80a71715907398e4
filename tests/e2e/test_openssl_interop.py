"""Interoperability with tools nobody here wrote: openssl checks the CAdES signature and
every digest in the manifest; pyHanko's validator checks the PDF against the certificate
as trust root. The package is extracted to disk only here, in the test."""

from __future__ import annotations

import base64
import io
import logging
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import unquote

import pytest

from pdf_helpers import make_pdf
from prosjektark.exchange.package import build_package
from prosjektark.signing.identity import certificate_pem, create_identity

OPENSSL = shutil.which("openssl")
pytestmark = pytest.mark.skipif(
    OPENSSL is None, reason="openssl CLI ikke installert (apt: openssl)"
)

ASIC = "{http://uri.etsi.org/02918/v1.2.1#}"
DS = "{http://www.w3.org/2000/09/xmldsig#}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("interop")
    identity = create_identity(
        "Kåre Øvrebø",
        "kare@example.no",
        "Trondheim kommune",
        "e2e-passord med mellomrom",
        root / "id",
    )
    package = build_package(
        {
            "prosjektark.json": b'{"format": "prosjektark/1", "revision": 3}',
            "prosjektark.pdf": make_pdf(pages=2),
            "prosjektark.xlsx": b"PK stand-in workbook",
            "vedlegg/kart over trasé.png": b"\x89PNG stand-in",
        },
        identity,
        revision=3,
    )
    out = root / "pakke"
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        zf.extractall(out)
    (root / "signer.pem").write_bytes(certificate_pem(identity.certificate))
    other = create_identity(
        "Mallory", "m@example.no", "", "e2e-passord med mellomrom", root / "other"
    )
    (root / "other.pem").write_bytes(certificate_pem(other.certificate))
    return out


def _cms_verify(extracted: Path, ca: Path, content: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [OPENSSL, "cms", "-verify", "-binary", "-inform", "DER"]
        + ["-in", str(extracted / "META-INF" / "signature.p7s")]
        + ["-content", str(content), "-CAfile", str(ca), "-purpose", "any", "-out", os.devnull],
        capture_output=True,
        text=True,
        errors="replace",
    )


def test_openssl_verifies_cades_over_manifest(extracted: Path) -> None:
    result = _cms_verify(
        extracted, extracted.parent / "signer.pem", extracted / "META-INF" / "ASiCManifest.xml"
    )
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr


def test_openssl_rejects_other_ca_and_changed_manifest(extracted: Path, tmp_path: Path) -> None:
    manifest = extracted / "META-INF" / "ASiCManifest.xml"
    assert _cms_verify(extracted, extracted.parent / "other.pem", manifest).returncode != 0
    changed = tmp_path / "ASiCManifest.xml"
    changed.write_bytes(manifest.read_bytes().replace(b"image/png", b"image/gif"))
    assert _cms_verify(extracted, extracted.parent / "signer.pem", changed).returncode != 0


def test_openssl_dgst_matches_manifest_for_every_file(extracted: Path) -> None:
    root = ET.parse(extracted / "META-INF" / "ASiCManifest.xml").getroot()
    listed = {}
    for ref in root.findall(f"{ASIC}DataObjectReference"):
        digest = base64.b64decode(ref.find(f"{DS}DigestValue").text).hex()
        listed[unquote(ref.get("URI"))] = digest
    present = {
        p.relative_to(extracted).as_posix()
        for p in extracted.rglob("*")
        if p.is_file() and p.relative_to(extracted).parts[0] != "META-INF"
    } - {"mimetype"}
    assert set(listed) == present
    for name, digest in listed.items():
        out = subprocess.run(
            [OPENSSL, "dgst", "-sha256", "-r", str(extracted / name)],
            capture_output=True,
            text=True,
            errors="replace",
            check=True,
        )
        assert out.stdout.split()[0].lower() == digest, name


def test_mimetype_file(extracted: Path) -> None:
    assert (extracted / "mimetype").read_bytes() == b"application/vnd.etsi.asic-e+zip"


def test_pyhanko_validates_pdf_with_signer_as_trust_root(extracted: Path) -> None:
    # pyHanko's own API (the `pyhanko` CLI is a separate package, not installed here).
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.ERROR)
    _, _, der = pem.unarmor((extracted.parent / "signer.pem").read_bytes())
    root_cert = x509.Certificate.load(der)
    with (extracted / "prosjektark.pdf").open("rb") as fh:
        reader = PdfFileReader(fh)
        (sig,) = reader.embedded_signatures
        status = validate_pdf_signature(sig, ValidationContext(trust_roots=[root_cert]))
        assert status.bottom_line, status.pretty_print_details()
        assert status.intact and status.valid and status.trusted
        assert status.coverage.name == "ENTIRE_FILE"
        assert status.signing_cert.subject == root_cert.subject
        assert sig.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
