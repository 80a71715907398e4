"""Hostile packages: manifests that try XML tricks, and containers built to exhaust memory.

The XML cases are signed by the trusted key, so the manifest parser is the only thing
standing between them and a valid verdict. The memory cases are real packages on disk
(a few MB) whose entries inflate to hundreds of MB, measured with tracemalloc.
"""

from __future__ import annotations

import base64
import hashlib
import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

import prosjektark.signing.cades  # noqa: F401 - imported before tracing, so only data counts
import prosjektark.signing.pades  # noqa: F401
from pdf_helpers import make_pdf
from prosjektark.exchange.package import (
    MANIFEST_NAME,
    MIMETYPE,
    SIGNATURE_NAME,
    build_manifest,
    manifest_from_digests,
    write_container,
)
from prosjektark.exchange.package_reader import Limits, verify_package
from prosjektark.signing.cades import sign_detached
from prosjektark.signing.identity import create_identity
from prosjektark.signing.pades import sign_pdf
from prosjektark.signing.trust import TrustStore

PASS = "leser-passord"
JSON = b'{"format": "prosjektark/1", "revision": 1}'
MB = 1024 * 1024
BLOCK = 64 * 1024
# Far below the 150 MB allowed for any package, and far below what one big entry costs.
PEAK_LIMIT = 16 * MB


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
def trust(kare) -> TrustStore:
    return TrustStore.from_certificates([kare.certificate])


@pytest.fixture(scope="module")
def files(kare) -> dict[str, bytes]:
    return {
        "prosjektark.json": JSON,
        "prosjektark.pdf": sign_pdf(make_pdf(), kare, reason="Godkjent"),
        "vedlegg/notat.txt": b"et lite notat",
    }


def rejected(result, fragment: str) -> None:
    assert not result.valid, result
    assert result.exit_code == 1
    assert any(fragment in reason for reason in result.reasons), result.reasons


# -- hostile manifests ------------------------------------------------------------------


def signed_with_manifest(files: dict[str, bytes], manifest: bytes, identity) -> bytes:
    return write_container(files, manifest, sign_detached(manifest, identity))


def with_doctype(manifest: bytes, doctype: str, encoding: str = "UTF-8") -> bytes:
    text = manifest.decode("utf-8")
    declaration, rest = text.split("?>", 1)
    declaration = declaration.replace('encoding="UTF-8"', f'encoding="{encoding}"')
    return f"{declaration}?>{doctype}{rest}".encode(encoding.lower())


def entity_digest(files: dict[str, bytes]) -> tuple[bytes, str]:
    """The manifest with the JSON's digest moved into an internal entity."""
    manifest = build_manifest(files)
    text = manifest.decode("utf-8")
    digest = base64.b64encode(hashlib.sha256(files["prosjektark.json"]).digest()).decode()
    text = text.replace(f">{digest}<", ">&d;<", 1)
    return text.encode("utf-8"), f'<!DOCTYPE m [<!ENTITY d "{digest}">]>'


LAUGHS = (
    '<!DOCTYPE m [<!ENTITY a "hahahahahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    + "]>"
)
EXTERNAL = '<!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>'


def test_utf16_manifest_with_entity_is_refused(files, kare, trust) -> None:
    # The byte search for "<!DOCTYPE" does not see UTF-16; the entity holds a real digest,
    # so a parser that expands it would find every file intact and the package valid.
    manifest, doctype = entity_digest(files)
    hostile = with_doctype(manifest, doctype, "UTF-16")
    assert b"<!DOCTYPE" not in hostile
    result = verify_package(signed_with_manifest(files, hostile, kare), trust)
    rejected(result, "UTF-8")


@pytest.mark.parametrize(
    ("doctype", "encoding", "fragment"),
    [
        (LAUGHS, "UTF-8", "DTD"),
        (LAUGHS, "UTF-16", "UTF-8"),
        (EXTERNAL, "UTF-8", "DTD"),
        (EXTERNAL, "UTF-16", "UTF-8"),
        ("<!DOCTYPE m>", "UTF-8", "DTD"),
    ],
    ids=["laughs-utf8", "laughs-utf16", "external-utf8", "external-utf16", "bare-doctype"],
)
def test_dtd_and_entities_are_refused(files, kare, trust, doctype, encoding, fragment) -> None:
    hostile = with_doctype(build_manifest(files), doctype, encoding)
    rejected(verify_package(signed_with_manifest(files, hostile, kare), trust), fragment)


def test_utf8_entity_manifest_is_refused(files, kare, trust) -> None:
    manifest, doctype = entity_digest(files)
    hostile = with_doctype(manifest, doctype)
    rejected(verify_package(signed_with_manifest(files, hostile, kare), trust), "DTD")


@pytest.mark.parametrize(
    "transform",
    [
        lambda m: m.decode().encode("utf-16-le"),  # no BOM, no declaration change
        lambda m: m.replace(b'encoding="UTF-8"', b'encoding="ISO-8859-1"'),
        lambda m: m.replace(b"asic:SigReference", "asic:SigRéférence".encode("latin-1")),
    ],
    ids=["utf16-no-bom", "declared-latin1", "latin1-bytes"],
)
def test_manifest_not_utf8_is_refused(files, kare, trust, transform) -> None:
    hostile = transform(build_manifest(files))
    rejected(verify_package(signed_with_manifest(files, hostile, kare), trust), "UTF-8")


def test_utf8_manifest_with_bom_is_accepted(files, kare, trust) -> None:
    manifest = b"\xef\xbb\xbf" + build_manifest(files)
    result = verify_package(signed_with_manifest(files, manifest, kare), trust)
    assert result.valid, result.reasons


# -- containers built to exhaust memory -------------------------------------------------


def high_ratio_block(seed: str) -> bytes:
    """64 KiB that deflate about 90:1, under the 100:1 bomb limit: a little noise and
    zeros. Repeats are farther apart than deflate's 32 KiB window, so they do not help."""
    noise = hashlib.shake_256(seed.encode()).digest(420)
    return noise + bytes(BLOCK - len(noise))


def write_package(
    path: Path,
    small: dict[str, bytes],
    big: dict[str, int],
    identity=None,
) -> None:
    """A package with `small` entries and `big` entries of the given inflated sizes,
    manifested correctly and signed by `identity` (no signature file when None)."""
    digests: dict[str, bytes] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), MIMETYPE)
        for name, data in small.items():
            zf.writestr(name, data)
            digests[name] = hashlib.sha256(data).digest()
        for name, size in big.items():
            block, digest = high_ratio_block(name), hashlib.sha256()
            with zf.open(name, "w") as fh:
                for _ in range(size // BLOCK):
                    fh.write(block)
                    digest.update(block)
            digests[name] = digest.digest()
        manifest = manifest_from_digests(digests)
        zf.writestr(MANIFEST_NAME, manifest)
        if identity is not None:
            zf.writestr(SIGNATURE_NAME, sign_detached(manifest, identity))


def traced(fn):
    tracemalloc.start()
    try:
        result = fn()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, peak


BIG = {"prosjektark.xlsx": 240 * MB, "vedlegg/stor.bin": 240 * MB}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, files, mallory) -> Path:
    """~5 MB on disk, ~480 MB inflated, every entry under today's limits, signed by a
    key nobody trusts."""
    path = tmp_path_factory.mktemp("bombe") / "fiendtlig.asice"
    write_package(path, files, BIG, mallory)
    return path


def test_hostile_package_is_under_the_container_limits(hostile: Path) -> None:
    limits = Limits()
    infos = zipfile.ZipFile(hostile).infolist()
    assert hostile.stat().st_size < 8 * MB
    assert sum(i.file_size for i in infos) <= limits.max_total_bytes
    for info in infos:
        assert info.file_size <= limits.max_ratio * max(info.compress_size, 1)
    assert max(i.file_size for i in infos) >= 200 * MB


def test_untrusted_big_package_is_refused_without_inflating(hostile: Path, trust) -> None:
    result, peak = traced(lambda: verify_package(hostile, trust))
    rejected(result, "Pakken er signert av Mallory")
    rejected(result, "ikke kontrollert")
    assert result.files == sorted(
        ["prosjektark.json", "prosjektark.pdf", *BIG, "vedlegg/notat.txt"]
    )
    assert dict(result.contents) == {} and result.sheet_json is None
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.0f} MB"


def test_unsigned_big_package_is_refused_without_inflating(tmp_path: Path, files, trust) -> None:
    path = tmp_path / "usignert.asice"
    write_package(path, files, {"vedlegg/stor.bin": 240 * MB})
    result, peak = traced(lambda: verify_package(path, trust))
    rejected(result, "mangler signaturen")
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.0f} MB"


def test_untrusted_package_entries_are_not_hashed(files, mallory, trust) -> None:
    # A changed file would be reported if the entries were read; they must not be.
    manifest = build_manifest(files)
    changed = {**files, "vedlegg/notat.txt": b"endret notat"}
    result = verify_package(
        write_container(changed, manifest, sign_detached(manifest, mallory)), trust
    )
    rejected(result, "ikke er i tillitslisten")
    assert not any("endret etter signering" in r for r in result.reasons), result.reasons


def test_trusted_big_package_is_hashed_as_a_stream(tmp_path: Path, files, kare, trust) -> None:
    path = tmp_path / "stor.asice"
    write_package(path, files, {"vedlegg/stor.bin": 200 * MB}, kare)
    result, peak = traced(lambda: verify_package(path, trust))
    assert result.valid, result.reasons
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.0f} MB"
    assert result.sheet_json == JSON

    # The verified entry streams out with its digest checked, still without holding it.
    class Sink(io.RawIOBase):
        def __init__(self) -> None:
            self.digest, self.size = hashlib.sha256(), 0

        def writable(self) -> bool:
            return True

        def write(self, data) -> int:
            self.digest.update(data)
            self.size += len(data)
            return len(data)

    sink = Sink()
    _, peak = traced(lambda: result.copy_entry("vedlegg/stor.bin", sink))
    expected = hashlib.sha256()
    block = high_ratio_block("vedlegg/stor.bin")
    for _ in range(200 * MB // BLOCK):
        expected.update(block)
    assert sink.size == 200 * MB and sink.digest.digest() == expected.digest()
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.0f} MB"


@pytest.mark.parametrize(
    ("name", "size", "fragment"),
    [
        ("prosjektark.pdf", 40 * MB, "prosjektark.pdf er for stor"),
        ("prosjektark.json", 8 * MB, "prosjektark.json er for stor"),
        (MANIFEST_NAME, 2 * MB, "Manifestet er for stort"),
    ],
)
def test_entries_read_into_memory_have_caps(
    tmp_path: Path, files, kare, trust, name: str, size: int, fragment: str
) -> None:
    path = tmp_path / "stor.asice"
    small = {k: v for k, v in files.items() if k != name}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), MIMETYPE)
        for entry, data in small.items():
            zf.writestr(entry, data)
        with zf.open(name, "w") as fh:
            block = high_ratio_block(name)
            for _ in range(size // BLOCK):
                fh.write(block)
        if name != MANIFEST_NAME:
            zf.writestr(MANIFEST_NAME, build_manifest(small))
        zf.writestr(SIGNATURE_NAME, sign_detached(b"", kare))
    result, peak = traced(lambda: verify_package(path, trust))
    rejected(result, fragment)
    assert peak < PEAK_LIMIT, f"peak {peak / MB:.0f} MB"


@pytest.mark.parametrize(
    ("count", "name_length", "fragment"),
    [(30_000, 200, "for mange filer"), (200, 8_000, "innholdsliste er for stor")],
    ids=["many-entries", "long-names"],
)
def test_huge_central_directory_is_refused_before_parsing(
    trust, count: int, name_length: int, fragment: str
) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), MIMETYPE)
        for n in range(count):
            zf.writestr(f"vedlegg/{n:06d}-" + "x" * name_length, b"")
    package = buffer.getvalue()
    result, peak = traced(lambda: verify_package(package, trust))
    rejected(result, fragment)
    # zipfile holds the whole directory and an object per entry once it parses it.
    assert peak < 1 * MB, f"peak {peak / MB:.1f} MB"


def test_overlapping_entries_are_refused(files, kare, trust) -> None:
    package = bytearray(signed_with_manifest(files, build_manifest(files), kare))
    infos = zipfile.ZipFile(io.BytesIO(bytes(package))).infolist()
    target = next(i for i in infos if i.filename == "vedlegg/notat.txt")
    pdf = next(i for i in infos if i.filename == "prosjektark.pdf")
    # Point the attachment's central record into the middle of the PDF's data.
    pos = package.find(b"PK\x01\x02")
    while pos != -1:
        (name_len,) = struct.unpack_from("<H", package, pos + 28)
        if package[pos + 46 : pos + 46 + name_len] == target.filename.encode():
            struct.pack_into("<I", package, pos + 42, pdf.header_offset + 100)
        pos = package.find(b"PK\x01\x02", pos + 4)
    result = verify_package(bytes(package), trust)
    rejected(result, "overlapper")


# -- entries read after verification ----------------------------------------------------


def test_contents_are_read_on_demand_and_checked_again(tmp_path: Path, files, kare, trust) -> None:
    path = tmp_path / "pakke.asice"
    package = signed_with_manifest(files, build_manifest(files), kare)
    path.write_bytes(package)
    result = verify_package(path, trust)
    assert result.valid, result.reasons
    assert dict(result.contents) == files
    assert result.read_entry("vedlegg/notat.txt") == b"et lite notat"
    assert result.digests["vedlegg/notat.txt"] == hashlib.sha256(b"et lite notat").hexdigest()

    # The file on disk is replaced after the check: the entry no longer matches the
    # signed manifest, so reading it fails instead of returning unsigned bytes.
    swapped = {**files, "vedlegg/notat.txt": b"et annet notat"}
    manifest = build_manifest(swapped)
    path.write_bytes(write_container(swapped, manifest, sign_detached(manifest, kare)))
    from prosjektark.exchange.package_reader import PackageChangedError

    with pytest.raises(PackageChangedError, match="endret"):
        result.contents["vedlegg/notat.txt"]
    assert result.contents["prosjektark.json"] == JSON  # read during the check

    path.unlink()
    with pytest.raises(PackageChangedError, match="kan ikke leses fra pakken lenger"):
        result.copy_entry("prosjektark.pdf", io.BytesIO())
