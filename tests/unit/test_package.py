"""Building the ASiC-E package: layout, manifest, PDF signature, file name."""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import xml.etree.ElementTree as ET
import zipfile

import pytest

from pdf_helpers import make_pdf
from prosjektark.exchange.package import (
    MANIFEST_NAME,
    MIMETYPE,
    NS_ASIC,
    NS_DS,
    SHA256_URI,
    SIGNATURE_NAME,
    PackageError,
    build_package,
    package_filename,
)
from prosjektark.signing.identity import create_identity
from prosjektark.signing.pades import sign_pdf, verify_pdf

PASS = "pakke-passord"


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory):
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return {
        "vedlegg/kart over traséen.png": b"\x89PNG fake",
        "prosjektark.xlsx": b"PK fake workbook",
        "prosjektark.pdf": make_pdf(),
        "prosjektark.json": b'{"format": "prosjektark/1", "title": "Sykkelveg"}',
        "vedlegg/budsjett.csv": b"a;b\n1;2\n",
    }


@pytest.fixture(scope="module")
def package(files, kare) -> bytes:
    return build_package(files, kare, revision=3)


def test_mimetype_first_stored_exact_without_extra(package: bytes) -> None:
    sig, _v, flags, method, *_rest, csize, usize, name_len, extra_len = struct.unpack_from(
        "<4sHHHHHIIIHH", package, 0
    )
    assert sig == b"PK\x03\x04"
    assert method == 0 and not flags & 0x8
    assert extra_len == 0
    assert package[30 : 30 + name_len] == b"mimetype"
    assert package[30 + name_len : 30 + name_len + csize] == MIMETYPE.encode()
    assert csize == usize == len(MIMETYPE)
    first = zipfile.ZipFile(io.BytesIO(package)).infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED


def test_compressed_formats_are_stored_and_text_deflated(package: bytes) -> None:
    methods = {i.filename: i.compress_type for i in zipfile.ZipFile(io.BytesIO(package)).infolist()}
    assert methods["prosjektark.pdf"] == methods["prosjektark.xlsx"] == zipfile.ZIP_STORED
    assert methods["prosjektark.json"] == zipfile.ZIP_DEFLATED
    assert methods["META-INF/ASiCManifest.xml"] == zipfile.ZIP_DEFLATED


def test_layout_is_deterministic_order(package: bytes) -> None:
    names = zipfile.ZipFile(io.BytesIO(package)).namelist()
    assert names == [
        "mimetype",
        "prosjektark.json",
        "prosjektark.pdf",
        "prosjektark.xlsx",
        "vedlegg/budsjett.csv",
        "vedlegg/kart over traséen.png",
        MANIFEST_NAME,
        SIGNATURE_NAME,
    ]


def test_manifest_lists_sha256_of_every_file(package: bytes) -> None:
    zf = zipfile.ZipFile(io.BytesIO(package))
    root = ET.fromstring(zf.read(MANIFEST_NAME))
    assert root.tag == f"{{{NS_ASIC}}}ASiCManifest"
    sig_ref = root.find(f"{{{NS_ASIC}}}SigReference")
    assert sig_ref.get("URI") == SIGNATURE_NAME
    assert sig_ref.get("MimeType") == "application/pkcs7-signature"
    refs = root.findall(f"{{{NS_ASIC}}}DataObjectReference")
    payload = [n for n in zf.namelist() if n not in ("mimetype", MANIFEST_NAME, SIGNATURE_NAME)]
    from urllib.parse import unquote

    assert [unquote(r.get("URI")) for r in refs] == payload
    assert refs[-1].get("URI") == "vedlegg/kart%20over%20tras%C3%A9en.png"
    for ref in refs:
        name = unquote(ref.get("URI"))
        assert ref.find(f"{{{NS_DS}}}DigestMethod").get("Algorithm") == SHA256_URI
        digest = base64.b64decode(ref.find(f"{{{NS_DS}}}DigestValue").text)
        assert digest == hashlib.sha256(zf.read(name)).digest()
    mimes = {unquote(r.get("URI")): r.get("MimeType") for r in refs}
    assert mimes["prosjektark.json"] == "application/json"
    assert mimes["prosjektark.pdf"] == "application/pdf"


def test_signature_is_detached_der_cms(package: bytes) -> None:
    from asn1crypto import cms

    zf = zipfile.ZipFile(io.BytesIO(package))
    info = cms.ContentInfo.load(zf.read(SIGNATURE_NAME))
    signed = info["content"]
    assert info["content_type"].native == "signed_data"
    assert signed["encap_content_info"]["content"].native is None
    attrs = {a["type"].native for a in signed["signer_infos"][0]["signed_attrs"]}
    assert {"content_type", "message_digest", "signing_time", "signing_certificate_v2"} <= attrs


def test_pdf_is_signed_by_package_identity(package: bytes, kare) -> None:
    pdf = zipfile.ZipFile(io.BytesIO(package)).read("prosjektark.pdf")
    report = verify_pdf(pdf, [kare.certificate])
    assert report.ok and report.signer == kare.certificate


def test_already_signed_pdf_is_kept(files, kare) -> None:
    signed = sign_pdf(files["prosjektark.pdf"], kare, reason="Godkjent", revision=1)
    package = build_package({**files, "prosjektark.pdf": signed}, kare)
    assert zipfile.ZipFile(io.BytesIO(package)).read("prosjektark.pdf") == signed


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"prosjektark.json": None}, "mangler prosjektark.json"),
        ({"prosjektark.pdf": None}, "mangler prosjektark.pdf"),
        ({"annet.txt": b"x"}, "Ukjent fil"),
        ({"vedlegg/../x.txt": b"x"}, "Ugyldig vedleggsnavn"),
        ({"vedlegg/": b"x"}, "Ugyldig vedleggsnavn"),
        ({"vedlegg/a\\b.txt": b"x"}, "Ugyldig vedleggsnavn"),
        ({"vedlegg/Kart.png": b"x", "vedlegg/kart.png": b"y"}, "samme navn"),
    ],
)
def test_build_rejects_bad_input(files, kare, change, message) -> None:
    bad = {**files, **change}
    bad = {k: v for k, v in bad.items() if v is not None}
    with pytest.raises(PackageError, match=message):
        build_package(bad, kare)


@pytest.mark.parametrize(
    ("title", "revision", "expected"),
    [
        ("Sykkelveg Innherredsveien", 3, "sykkelveg-innherredsveien_r3.asice"),
        (
            "Bussprioritering Åsane–Bergen sentrum",
            0,
            "bussprioritering-asane-bergen-sentrum_r0.asice",
        ),
        ("Gangbru over Nidelva (Ørnes/Værnes)", 12, "gangbru-over-nidelva-ornes-vaernes_r12.asice"),
        ("  ", 1, "prosjektark_r1.asice"),
        ("Ærlig talt: «Kryss» i Æsøy", 2, "aerlig-talt-kryss-i-aesoy_r2.asice"),
    ],
)
def test_package_filename(title: str, revision: int, expected: str) -> None:
    assert package_filename(title, revision) == expected


def test_package_filename_is_short_ascii() -> None:
    name = package_filename("Lang tittel " * 20 + "ø", 7)
    assert name.isascii() and len(name) < 80 and name.endswith("_r7.asice")
