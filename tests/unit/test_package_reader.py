"""Verifying packages in memory: a valid package passes, and every kind of tampering or
unsafe container is rejected with a specific Norwegian reason."""

from __future__ import annotations

import io
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from pdf_helpers import make_pdf
from prosjektark.exchange.package import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    build_manifest,
    build_package,
    write_container,
)
from prosjektark.exchange.package_reader import Limits, verify_package
from prosjektark.signing.cades import sign_detached
from prosjektark.signing.identity import certificate_pem, create_identity, fingerprint_sha256
from prosjektark.signing.pades import sign_pdf
from prosjektark.signing.trust import TrustStore

PASS = "leser-passord"
JSON = b'{"format": "prosjektark/1", "revision": 3}'


@pytest.fixture(scope="module")
def kare(tmp_path_factory: pytest.TempPathFactory):
    return create_identity(
        "Kåre Øvrebø", "kare@example.no", "Trondheim kommune", PASS, tmp_path_factory.mktemp("k")
    )


@pytest.fixture(scope="module")
def mallory(tmp_path_factory: pytest.TempPathFactory):
    return create_identity(
        "Mallory", "mallory@example.no", "Ingen", PASS, tmp_path_factory.mktemp("m")
    )


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return {
        "prosjektark.json": JSON,
        "prosjektark.pdf": make_pdf(),
        "prosjektark.xlsx": b"PK workbook stand-in",
        "vedlegg/kart.png": b"\x89PNG stand-in",
    }


@pytest.fixture(scope="module")
def package(files, kare) -> bytes:
    return build_package(files, kare, revision=3)


@pytest.fixture(scope="module")
def trust(kare) -> TrustStore:
    return TrustStore.from_certificates([kare.certificate])


# -- helpers that rewrite a package at the zip level ------------------------------------


Entry = tuple[zipfile.ZipInfo, bytes]


def entries(package: bytes) -> list[Entry]:
    zf = zipfile.ZipFile(io.BytesIO(package))
    return [(info, zf.read(info)) for info in zf.infolist()]


def info(name: str, compress: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    zi.compress_type = compress
    return zi


def rezip(items: list[Entry]) -> bytes:
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about duplicate names
        with zipfile.ZipFile(buffer, "w") as zf:
            for zi, data in items:
                copy = info(zi.filename, zi.compress_type)
                copy.extra = zi.extra
                copy.create_system = zi.create_system
                copy.external_attr = zi.external_attr
                zf.writestr(copy, data)
    return buffer.getvalue()


def replace(package: bytes, name: str, data: bytes) -> bytes:
    return rezip([(zi, data if zi.filename == name else d) for zi, d in entries(package)])


def add(package: bytes, name: str, data: bytes = b"ekstra", **attrs) -> bytes:
    items = entries(package)
    zi = info(name)
    for key, value in attrs.items():
        setattr(zi, key, value)
    return rezip(items[:-2] + [(zi, data)] + items[-2:])


def remove(package: bytes, name: str) -> bytes:
    return rezip([(zi, d) for zi, d in entries(package) if zi.filename != name])


def set_flag(raw: bytes, name: str, bit: int) -> bytes:
    """Set a general-purpose flag bit on an entry in both its local and central header."""
    data = bytearray(raw)
    encoded = name.encode()
    for sig, flag_at, name_len_at, name_at in (
        (b"PK\x03\x04", 6, 26, 30),
        (b"PK\x01\x02", 8, 28, 46),
    ):
        pos = data.find(sig)
        while pos != -1:
            (length,) = struct.unpack_from("<H", data, pos + name_len_at)
            if data[pos + name_at : pos + name_at + length] == encoded:
                (flags,) = struct.unpack_from("<H", data, pos + flag_at)
                struct.pack_into("<H", data, pos + flag_at, flags | bit)
            pos = data.find(sig, pos + 4)
    return bytes(data)


def rejected(result, fragment: str) -> None:
    assert not result.valid, result
    assert result.exit_code == 1
    assert any(fragment in reason for reason in result.reasons), result.reasons


# -- the valid case ---------------------------------------------------------------------


def test_valid_package(package: bytes, trust: TrustStore, kare) -> None:
    result = verify_package(package, trust)
    assert result.valid, result.reasons
    assert result.exit_code == 0 and result.reasons == []
    assert result.signer == kare.certificate
    assert result.fingerprint == fingerprint_sha256(kare.certificate)
    assert "CN=Kåre Øvrebø" in result.signer_subject
    assert result.files == [
        "prosjektark.json",
        "prosjektark.pdf",
        "prosjektark.xlsx",
        "vedlegg/kart.png",
    ]
    assert result.sheet_json == JSON
    assert set(result.to_json()) == {"valid", "reasons", "signer", "fingerprint", "files"}


def test_valid_from_path_pins_and_directory(package: bytes, kare, tmp_path: Path) -> None:
    path = tmp_path / "pakke.asice"
    path.write_bytes(package)
    pinned = TrustStore.from_certificates([], pins=[fingerprint_sha256(kare.certificate)])
    assert verify_package(path, pinned).valid
    (tmp_path / "tillit").mkdir()
    (tmp_path / "tillit" / "kare.pem").write_bytes(certificate_pem(kare.certificate))
    assert verify_package(str(path), TrustStore.from_path(tmp_path / "tillit")).valid


def test_reading_never_touches_disk(package: bytes, trust, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert verify_package(package, trust).valid
    assert list(tmp_path.iterdir()) == []


# -- tampering --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["prosjektark.json", "prosjektark.pdf", "prosjektark.xlsx", "vedlegg/kart.png"]
)
def test_changed_byte_in_a_file(package: bytes, trust, name: str) -> None:
    data = dict((zi.filename, d) for zi, d in entries(package))[name]
    middle = len(data) // 2
    changed = data[:middle] + bytes([data[middle] ^ 0x01]) + data[middle + 1 :]
    rejected(
        verify_package(replace(package, name, changed), trust),
        f"Filen «{name}» er endret etter signering",
    )


def test_changed_pdf_also_breaks_pdf_signature(package: bytes, trust) -> None:
    pdf = dict((zi.filename, d) for zi, d in entries(package))["prosjektark.pdf"]
    at = pdf.index(b"Prosjektark") + 1
    changed = pdf[:at] + b"R" + pdf[at + 1 :]
    rejected(verify_package(replace(package, "prosjektark.pdf", changed), trust), "PDF-signaturen")


def test_changed_manifest(package: bytes, trust) -> None:
    manifest = dict((zi.filename, d) for zi, d in entries(package))[MANIFEST_NAME]
    changed = manifest.replace(b"image/png", b"image/gif")
    rejected(
        verify_package(replace(package, MANIFEST_NAME, changed), trust), "manifestet er endret"
    )


def test_changed_signature_value(package: bytes, trust) -> None:
    sig = dict((zi.filename, d) for zi, d in entries(package))[SIGNATURE_NAME]
    changed = sig[:-1] + bytes([sig[-1] ^ 0x01])  # last byte of the ECDSA value
    rejected(verify_package(replace(package, SIGNATURE_NAME, changed), trust), "ugyldig")


def test_garbage_signature(package: bytes, trust) -> None:
    rejected(
        verify_package(replace(package, SIGNATURE_NAME, b"ikke en signatur"), trust),
        "ikke en gyldig CMS-signatur",
    )


def test_flipped_byte_in_container_is_corrupt_entry(package: bytes, trust) -> None:
    zi = next(zi for zi, _ in entries(package) if zi.filename == "prosjektark.pdf")
    at = zi.header_offset + 30 + len(zi.filename) + zi.compress_size // 2
    raw = package[:at] + bytes([package[at] ^ 0xFF]) + package[at + 1 :]
    rejected(verify_package(raw, trust), "«prosjektark.pdf» i pakken er skadet")


def test_signer_not_trusted(files, mallory, trust) -> None:
    result = verify_package(build_package(files, mallory), trust)
    rejected(result, "Pakken er signert av Mallory")
    rejected(result, "ikke er i tillitslisten")
    assert result.signer == mallory.certificate


def test_swapped_signature(package: bytes, mallory, kare) -> None:
    manifest = dict((zi.filename, d) for zi, d in entries(package))[MANIFEST_NAME]
    swapped = replace(package, SIGNATURE_NAME, sign_detached(manifest, mallory))
    result = verify_package(swapped, TrustStore.from_certificates([kare.certificate]))
    rejected(result, "Pakken er signert av Mallory")
    # An untrusted signer's entries are never opened; with both trusted, the PDF inside
    # still names the original signer.
    both = TrustStore.from_certificates([kare.certificate, mallory.certificate])
    rejected(verify_package(swapped, both), "PDF-en er signert av Kåre Øvrebø")


def test_pdf_signer_differs_from_package_signer(files, kare, mallory) -> None:
    signed_by_other = sign_pdf(files["prosjektark.pdf"], mallory, reason="Godkjent")
    package = build_package({**files, "prosjektark.pdf": signed_by_other}, kare)
    both = TrustStore.from_certificates([kare.certificate, mallory.certificate])
    rejected(verify_package(package, both), "de må være samme sertifikat")


def test_unsigned_pdf_in_package(files, kare, trust) -> None:
    manifest = build_manifest(files)
    package = write_container(files, manifest, sign_detached(manifest, kare))
    rejected(verify_package(package, trust), "PDF-en i pakken er ikke signert")


def test_extra_file(package: bytes, trust) -> None:
    rejected(
        verify_package(add(package, "vedlegg/ekstra.txt"), trust),
        "«vedlegg/ekstra.txt» ligger i pakken, men står ikke i manifestet",
    )
    rejected(
        verify_package(add(package, "META-INF/annet.xml"), trust),
        "«META-INF/annet.xml» ligger i pakken, men står ikke i manifestet",
    )


def test_missing_file(package: bytes, trust) -> None:
    rejected(
        verify_package(remove(package, "prosjektark.xlsx"), trust),
        "«prosjektark.xlsx» står i manifestet, men mangler i pakken",
    )


def test_missing_manifest_or_signature(package: bytes, trust) -> None:
    rejected(verify_package(remove(package, MANIFEST_NAME), trust), "mangler manifestet")
    rejected(verify_package(remove(package, SIGNATURE_NAME), trust), "mangler signaturen")


def test_manifest_with_dtd(package: bytes, trust) -> None:
    manifest = dict((zi.filename, d) for zi, d in entries(package))[MANIFEST_NAME]
    evil = manifest.replace(b"?>", b'?><!DOCTYPE x [<!ENTITY a "aaaa">]>', 1)
    rejected(verify_package(replace(package, MANIFEST_NAME, evil), trust), "DTD")


# -- unsafe containers ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["prosjektark.json", "Prosjektark.JSON", "PROSJEKTARK.PDF"],
)
def test_duplicate_names(package: bytes, trust, name: str) -> None:
    rejected(verify_package(add(package, name, b"{}"), trust), "to filer med samme navn")


def test_duplicate_after_unicode_normalisation(files, kare, trust) -> None:
    package = build_package({**files, "vedlegg/\u00e5.txt": b"nfc"}, kare)
    rejected(
        verify_package(add(package, "vedlegg/a\u030a.txt", b"nfd"), trust),
        "to filer med samme navn",
    )


@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        ("../utenfor.txt", "«..»"),
        ("vedlegg/../../utenfor.txt", "«..»"),
        ("/etc/passwd", "absolutt sti"),
        ("C:/Windows/evil.dll", "absolutt sti"),
        ("vedlegg\\evil.txt", "omvendt skråstrek"),
        ("vedlegg//dobbel.txt", "tom eller «.»-del"),
    ],
)
def test_unsafe_names(package: bytes, trust, name: str, fragment: str) -> None:
    rejected(verify_package(add(package, name), trust), fragment)


def test_compression_bomb(files, kare, trust) -> None:
    bomb = build_package({**files, "vedlegg/nuller.bin": bytes(5 * 1024 * 1024)}, kare)
    rejected(verify_package(bomb, trust), "ZIP-bombe")


def test_too_many_entries_or_bytes(package: bytes, trust) -> None:
    rejected(verify_package(package, trust, limits=Limits(max_entries=5)), "for mange filer")
    rejected(
        verify_package(package, trust, limits=Limits(max_total_bytes=1000)),
        "pakker ut til for mye data",
    )


def test_encrypted_entry(package: bytes, trust) -> None:
    rejected(
        verify_package(set_flag(package, "prosjektark.json", 0x1), trust),
        "«prosjektark.json» er kryptert",
    )


def test_symlink_entry(package: bytes, trust) -> None:
    link = add(
        package,
        "vedlegg/lenke",
        b"../../../etc/passwd",
        create_system=3,
        external_attr=(stat.S_IFLNK | 0o777) << 16,
    )
    rejected(verify_package(link, trust), "symbolsk lenke")


def test_mimetype_wrong_content(package: bytes, trust) -> None:
    rejected(
        verify_package(replace(package, "mimetype", b"application/zip"), trust),
        "må inneholde nøyaktig «application/vnd.etsi.asic-e+zip»",
    )


def test_mimetype_not_first(package: bytes, trust) -> None:
    items = entries(package)
    rejected(verify_package(rezip(items[1:2] + items[:1] + items[2:]), trust), "første")


def test_mimetype_compressed(package: bytes, trust) -> None:
    items = entries(package)
    items[0] = (info("mimetype", zipfile.ZIP_DEFLATED), items[0][1])
    rejected(verify_package(rezip(items), trust), "ukomprimert")


def test_mimetype_with_extra_field(package: bytes, trust) -> None:
    items = entries(package)
    zi = info("mimetype", zipfile.ZIP_STORED)
    zi.extra = b"\xfe\xca\x00\x00"  # the JAR marker some tools add
    items[0] = (zi, items[0][1])
    rejected(verify_package(rezip(items), trust), "ekstrafelt")


def test_mimetype_missing(package: bytes, trust) -> None:
    rejected(verify_package(remove(package, "mimetype"), trust), "mangler filen «mimetype»")


# -- unreadable -------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [0.5, 0.9, 0.99])
def test_truncated_is_unreadable(package: bytes, trust, cut: float) -> None:
    result = verify_package(package[: int(len(package) * cut)], trust)
    assert result.unreadable and not result.valid and result.exit_code == 2
    assert "avkortet" in result.reasons[0]


@pytest.mark.parametrize("data", [b"", b"hei", b"%PDF-1.7\n"])
def test_not_a_zip_is_unreadable(data: bytes, trust) -> None:
    result = verify_package(data, trust)
    assert result.unreadable and result.exit_code == 2


def test_missing_path_is_unreadable(trust, tmp_path: Path) -> None:
    result = verify_package(tmp_path / "finnes-ikke.asice", trust)
    assert result.unreadable and "Kunne ikke lese" in result.reasons[0]
