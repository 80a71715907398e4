"""Importing 500 delivered packages into a secretariat's intake of 2,000 sheets.

Setup (not timed): a store with 2,000 imported-looking sheets (each with a signed
revision, a review state and a case history entry), and 500 signed packages of new
sheets from one working group's identity, written by the real export pipeline.

Timed: exchange.intake.import_package for each of the 500 (verify the signature and every
digest, read the sheet, claim the owner, store the version, record the delivery and its
review state, run the rules for the outcome message). Floor, in the same run: verifying
the same 500 packages with exchange.package_reader.verify_package and nothing else, the
work no import can skip. Target: import ≤ 2× the floor. Prints one JSON line; no
assertion. PROSJEKTARK_BENCH_QUICK=1 (the test suite) shrinks it to 2 packages written
by one worker and 10 sheets. The packages are written by worker processes (the setup is
the slow part; each worker pays a few seconds of imports and font loading first).
"""

from __future__ import annotations

import logging
import os
import tempfile
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path

from _common import report

QUICK = os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1"
PACKAGES = 2 if QUICK else 500
EXISTING = 10 if QUICK else 2000
TARGET = 2.0
TODAY = date(2026, 5, 1)
PASSPHRASE = "benk intake passord"


def build_package(job: tuple[str, str, int]) -> str:
    """One signed package of a new ready sheet (in a worker process)."""
    identity_dir, out, number = job
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL + 1)
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.domain.rules.sample import complete_sheet
    from prosjektark.exchange.export import export_sheet
    from prosjektark.paths import resource_dir
    from prosjektark.signing.identity import IDENTITY_FILENAME, load_identity

    catalog = load_catalog(resource_dir())
    identity = load_identity(Path(identity_dir) / IDENTITY_FILENAME, PASSPHRASE)
    sheet = complete_sheet(catalog, "miljopakken", "UB")  # ready to sign: no errors
    sheet = sheet.model_copy(deep=True, update={"id": uuid.uuid4(), "revision": 1})
    sheet.identification.title = f"Nytt ark {number}"
    result = export_sheet(sheet, catalog, Path(out), package=True, identity=identity, today=TODAY)
    return str(result.package)


def make_identity(work: Path):
    """The working group's identity (in work/"id") and a trust store holding it."""
    from prosjektark.signing.identity import create_identity
    from prosjektark.signing.trust import TrustStore

    identity = create_identity(
        "Benk Arbeidsgruppe", "ag@example.no", "Benk kommune", PASSPHRASE, work / "id"
    )
    return TrustStore.from_certificates([identity.certificate])


def add_delivered(store, catalog, count: int) -> None:
    """`count` imported-looking sheets: a signed revision, a review state, a history entry."""
    from prosjektark.domain.caseflow import Actor
    from prosjektark.domain.rules.sample import complete_sheet

    template = complete_sheet(catalog, "miljopakken", "UB")  # ready to sign: no errors
    signer = Actor("Benk Arbeidsgruppe", "ab" * 32)
    review = catalog.profile("miljopakken").review
    for i in range(count):
        sheet = template.model_copy(deep=True, update={"id": uuid.uuid4()})
        sheet.identification.title = f"Eksisterende ark {i}"
        revision = store.save_version(sheet, note="pakke", record=False)
        store.mark_signed(sheet.id, revision, record=False)
        store.receive_revision(sheet.id, revision, signer, review, "pakke")


def build_packages(work: Path, count: int) -> list[Path]:
    """`count` signed packages of new sheets by the identity in work/"id", written by
    worker processes into work/"pakker"."""
    jobs = [(str(work / "id"), str(work / "pakker" / str(i)), i) for i in range(count)]
    workers = 1 if QUICK else max(1, min(os.cpu_count() or 1, 8))
    with ProcessPoolExecutor(workers) as pool:
        return [Path(p) for p in pool.map(build_package, jobs)]


def main() -> None:
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    from prosjektark.domain.caseflow import Actor
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.exchange.intake import import_package
    from prosjektark.exchange.package_reader import verify_package
    from prosjektark.paths import resource_dir
    from prosjektark.store.repository import Store

    catalog = load_catalog(resource_dir())
    work = Path(tempfile.mkdtemp(prefix="prosjektark-bench-intake-"))
    trust = make_identity(work)

    store = Store.open(work / "sekretariat.sqlite3", work / "vedlegg")
    store.actor = lambda: Actor("Benk Sekretariat", "cd" * 32)
    add_delivered(store, catalog, EXISTING)
    packages = build_packages(work, PACKAGES)

    verify_package(packages[0], trust)  # warm imports and caches on both sides
    started = time.perf_counter()
    for path in packages:
        verify_package(path, trust)
    floor_s = time.perf_counter() - started
    started = time.perf_counter()
    outcomes = [import_package(store, path, trust, catalog, today=TODAY) for path in packages]
    import_s = time.perf_counter() - started
    imported = sum(o.status == "importert" for o in outcomes)
    store.close()
    report(
        "intake",
        import_s / floor_s,
        TARGET,
        packages=PACKAGES,
        existing_sheets=EXISTING,
        imported=imported,
        import_s=round(import_s, 2),
        floor_s=round(floor_s, 2),
        per_package_ms=round(import_s / PACKAGES * 1000, 1),
    )


if __name__ == "__main__":
    main()
