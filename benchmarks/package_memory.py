"""Peak memory of verifying a hostile package vs a child that only imports the reader.

Built in the same run: a hostile package (~6 MB on disk; two entries that inflate to
240 MB each, under every container limit, listed correctly in a manifest signed by a key
nobody trusts) and a small valid package signed by the trusted key. Each is verified by
exchange.package_reader.verify_package in its own child process, which reports its peak
resident memory (ru_maxrss); the floor is a child that imports the reader and nothing
else. Every heavy step runs in a child, so the parent stays small (a child's ru_maxrss
starts from the size of the process that forked it). Target: the hostile package ≤ 150 MB
peak (before the reader checked the signature first and hashed entries as streams it took
~785 MB and ~3 s), shown as a ratio to the floor with the target scaled to the same
floor. Prints one JSON line; no assertion.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from _common import report

TARGET_MB = 150.0
# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks the
# entries: deflating and hashing 2 × 240 MB is most of a full run.
BIG_MB = 24 if os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1" else 240
BLOCK = 64 * 1024
PASSPHRASE = "benk minne pakke kontroll"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def child(mode: str, package: str = "", trust: str = "") -> None:
    if mode == "build":
        build(package)
        return
    from prosjektark.exchange.package_reader import verify_package

    figures: dict[str, object] = {}
    if mode == "verify":
        from prosjektark.signing.trust import TrustStore

        store = TrustStore.from_path(Path(trust))
        started = time.perf_counter()
        result = verify_package(Path(package), store)
        figures = {"valid": result.valid, "seconds": round(time.perf_counter() - started, 3)}
    print(json.dumps({"rss_mb": round(peak_rss_mb(), 1), **figures}), flush=True)


def run_child(*args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "child", *args], capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def small_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.drawString(72, 760, "Prosjektark – æøå ÆØÅ")
    c.showPage()
    c.save()
    return buffer.getvalue()


def high_ratio_block(seed: str) -> bytes:
    """64 KiB that deflate about 90:1 (the bomb limit is 100:1): a little noise, zeros."""
    noise = hashlib.shake_256(seed.encode()).digest(420)
    return noise + bytes(BLOCK - len(noise))


def write_hostile(path: Path, small: dict[str, bytes], identity) -> None:
    from prosjektark.exchange.package import (
        MANIFEST_NAME,
        MIMETYPE,
        SIGNATURE_NAME,
        manifest_from_digests,
    )
    from prosjektark.signing.cades import sign_detached

    digests = {name: hashlib.sha256(data).digest() for name, data in small.items()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", (1980, 1, 1, 0, 0, 0)), MIMETYPE)
        for name, data in small.items():
            zf.writestr(name, data)
        for name in ("prosjektark.xlsx", "vedlegg/stor.bin"):
            block, digest = high_ratio_block(name), hashlib.sha256()
            with zf.open(name, "w") as fh:
                for _ in range(BIG_MB * 1024 * 1024 // BLOCK):
                    fh.write(block)
                    digest.update(block)
            digests[name] = digest.digest()
        manifest = manifest_from_digests(digests)
        zf.writestr(MANIFEST_NAME, manifest)
        zf.writestr(SIGNATURE_NAME, sign_detached(manifest, identity))


def build(folder: str) -> None:
    from prosjektark.exchange.package import build_package
    from prosjektark.signing.identity import certificate_pem, create_identity

    root = Path(folder)
    trusted = create_identity("Kåre", "kare@example.no", "Kommune", PASSPHRASE, root / "k")
    stranger = create_identity("Ukjent", "ukjent@example.no", "Ingen", PASSPHRASE, root / "u")
    (root / "tillit.pem").write_bytes(certificate_pem(trusted.certificate))
    files = {
        "prosjektark.json": b'{"format": "prosjektark/1", "revision": 1}',
        "prosjektark.pdf": small_pdf(),
        "vedlegg/notat.txt": b"et lite notat",
    }
    (root / "gyldig.asice").write_bytes(build_package(files, trusted, revision=1))
    write_hostile(root / "fiendtlig.asice", files, stranger)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="prosjektark-bench-") as folder:
        root = Path(folder)
        subprocess.run([sys.executable, __file__, "child", "build", folder], check=True)
        hostile, valid, trust = (
            str(root / n) for n in ("fiendtlig.asice", "gyldig.asice", "tillit.pem")
        )
        floor = run_child("floor")
        bad = run_child("verify", hostile, trust)
        good = run_child("verify", valid, trust)
        floor_mb = float(floor["rss_mb"])
        report(
            "package_memory",
            float(bad["rss_mb"]) / floor_mb,
            round(TARGET_MB / floor_mb, 2),
            hostile_mb=bad["rss_mb"],
            hostile_valid=bad["valid"],
            hostile_s=bad["seconds"],
            hostile_disk_mb=round(Path(hostile).stat().st_size / 1e6, 1),
            hostile_inflated_mb=2 * BIG_MB,
            valid_mb=good["rss_mb"],
            valid_valid=good["valid"],
            floor_mb=floor_mb,
            target_mb=TARGET_MB,
        )


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        child(*sys.argv[2:])
    else:
        main()
