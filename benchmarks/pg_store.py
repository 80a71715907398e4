"""The secretariat's store on PostgreSQL against the embedded SQLite store, in one run.

For each backend (setup not timed): a store with 1,499 delivered sheets (benchmarks/
intake.py's set-up) and one package imported to warm the code paths. Timed: importing
500 signed packages with exchange.intake.import_package (the same packages into both
stores), then opening the intake list, now of 2,000 sheets (ui/secretariat/intake_rows.
load_intake_rows: the rows, review states and open remarks; median of 5, after an
ANALYZE on both, as autovacuum would have run by then). Ratio: PostgreSQL / SQLite, the
larger of the two; target ≤ 2×.

The server is a throwaway cluster (tests/pg_server.py) on this machine, reached over TCP
on 127.0.0.1, with fsync, synchronous_commit and full_page_writes turned back on so both
stores commit durably (SQLite runs with synchronous=FULL). A real server adds the
network's round trips on top. Where no PostgreSQL can be had, prints a JSON line saying
why it skipped and exits 0. PROSJEKTARK_BENCH_QUICK=1 (the test suite) shrinks it to
2 packages and 10 sheets. Prints one JSON line; no assertion.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, report
from intake import QUICK, TODAY, add_delivered, build_packages, make_identity

PACKAGES = 2 if QUICK else 500
LIST_SHEETS = 10 if QUICK else 2000
WARM = 1  # packages imported untimed into each store before the timed ones
EXISTING = LIST_SHEETS - PACKAGES - WARM
LIST_RUNS = 5
TARGET = 2.0
NAME = "pg_store"


def load_pg_server():
    """tests/pg_server.py by path (tests/ is not a package; the module has no project
    imports)."""
    spec = importlib.util.spec_from_file_location("pg_server", ROOT / "tests" / "pg_server.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def skipped(reason: str) -> None:
    print(json.dumps({"benchmark": NAME, "skipped": reason}, ensure_ascii=False), flush=True)


def start_server(pg):
    """A started throwaway server with a migrated database "bench"; (server, url)."""
    from sqlalchemy import create_engine

    from prosjektark.store.database import upgrade
    from prosjektark.store.engine import normalise_url

    server = pg.PgServer().start()
    try:
        # The test cluster runs without durability; a benchmark against SQLite's
        # synchronous=FULL commits would flatter it (all three are reloadable settings).
        for setting in ("fsync", "synchronous_commit", "full_page_writes"):
            server.execute(f"ALTER SYSTEM SET {setting} = on")
        server.execute("SELECT pg_reload_conf()")
        server.database(name="bench")
        url = server.url("bench")
        engine = create_engine(normalise_url(url))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
    except BaseException:
        server.stop()
        raise
    return server, url


def measure(store, catalog, trust, warm: list[Path], packages: list[Path]) -> dict[str, float]:
    """Seconds to import `packages` and to load the intake list afterwards (median)."""
    from prosjektark.domain.caseflow import Actor
    from prosjektark.exchange.intake import import_package
    from prosjektark.ui.secretariat.intake_rows import load_intake_rows

    store.actor = lambda: Actor("Benk Sekretariat", "cd" * 32)
    add_delivered(store, catalog, EXISTING)
    for path in warm:
        import_package(store, path, trust, catalog, today=TODAY)
    started = time.perf_counter()
    outcomes = [import_package(store, path, trust, catalog, today=TODAY) for path in packages]
    import_s = time.perf_counter() - started
    imported = sum(o.status == "importert" for o in outcomes)
    if imported != len(packages):
        reasons = {o.status: o.reasons for o in outcomes if o.status != "importert"}
        raise SystemExit(f"{store.location}: {imported}/{len(packages)} imported: {reasons}")
    # The planner's statistics as autovacuum would have them a minute after the imports
    # (freshly filled tables have none, and PostgreSQL then plans for a handful of rows).
    with store._sql.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    rows = load_intake_rows(store)  # warm
    if len(rows) != LIST_SHEETS:
        raise SystemExit(f"{store.location}: the intake list has {len(rows)} rows")
    samples = []
    for _ in range(LIST_RUNS):
        started = time.perf_counter()
        load_intake_rows(store)
        samples.append(time.perf_counter() - started)
    return {"import_s": import_s, "list_s": median(samples)}


def main() -> int:
    pg = load_pg_server()
    reason = pg.unavailable_reason()
    if reason is not None:
        skipped(reason)
        return 0
    try:
        server, url = start_server(pg)
    except (RuntimeError, OSError) as exc:
        skipped(f"the PostgreSQL server did not start: {exc}")
        return 0
    try:
        for name in ("pyhanko", "pyhanko_certvalidator"):
            logging.getLogger(name).setLevel(logging.CRITICAL + 1)
        from prosjektark.domain.catalog import load_catalog
        from prosjektark.paths import resource_dir
        from prosjektark.store.repository import Store

        catalog = load_catalog(resource_dir())
        work = Path(tempfile.mkdtemp(prefix="prosjektark-bench-pg-store-"))
        trust = make_identity(work)
        made = build_packages(work, PACKAGES + 2 * WARM)
        warm = {"sqlite": made[:WARM], "postgresql": made[WARM : 2 * WARM]}
        packages = made[2 * WARM :]

        with Store.open(work / "sekretariat.sqlite3", work / "vedlegg") as store:
            sqlite = measure(store, catalog, trust, warm["sqlite"], packages)
        with Store.open_url(url) as store:
            postgresql = measure(store, catalog, trust, warm["postgresql"], packages)
            version = store._sql.engine.dialect.server_version_info
    finally:
        server.stop()
    import_ratio = postgresql["import_s"] / sqlite["import_s"]
    list_ratio = postgresql["list_s"] / sqlite["list_s"]
    report(
        NAME,
        max(import_ratio, list_ratio),
        TARGET,
        packages=PACKAGES,
        list_sheets=LIST_SHEETS,
        import_ratio=round(import_ratio, 2),
        list_ratio=round(list_ratio, 2),
        sqlite_import_s=round(sqlite["import_s"], 2),
        postgresql_import_s=round(postgresql["import_s"], 2),
        sqlite_per_package_ms=round(sqlite["import_s"] / PACKAGES * 1000, 1),
        postgresql_per_package_ms=round(postgresql["import_s"] / PACKAGES * 1000, 1),
        sqlite_list_ms=round(sqlite["list_s"] * 1000, 1),
        postgresql_list_ms=round(postgresql["list_s"] * 1000, 1),
        postgresql_version=".".join(str(part) for part in version or ()),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
