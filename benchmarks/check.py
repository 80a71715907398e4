"""Checking a full sheet against every rule vs parsing the same sheet's JSON into the model.

Both are measured in the same run on the same sheet (the largest example sheet, or the
rule package's rich sample when domain.examples is missing). Target: check ≤ 10× parse,
so that checking on every keystroke is never felt. Prints one JSON line; no assertion.
"""

from __future__ import annotations

import os
import time
from datetime import date

from _common import median, report
from prosjektark.domain.catalog import load_catalog
from prosjektark.domain.rules import check_sheet
from prosjektark.domain.rules.sample import rich_sheet
from prosjektark.domain.sheet import Sheet, sheet_from_json, sheet_to_json
from prosjektark.paths import resource_dir

# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks it.
ROUNDS = 3 if os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1" else 15
PER_ROUND = 200
TARGET = 10.0


def full_sheet(catalog) -> tuple[Sheet, str]:
    candidates = [("rules.sample.rich_sheet", rich_sheet(catalog, "miljopakken"))]
    try:
        from prosjektark.domain.examples import example_sheets

        candidates += [(f"examples:{s.title}", s) for s in example_sheets(catalog)]
    except ImportError:
        pass
    # The sheet with the most JSON is the most work for both sides.
    name, sheet = max(candidates, key=lambda c: len(sheet_to_json(c[1])))
    return sheet, name


def per_call(fn) -> float:
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(PER_ROUND):
            fn()
        times.append((time.perf_counter() - t0) / PER_ROUND)
    return median(times)


def main() -> None:
    catalog = load_catalog(resource_dir())
    sheet, name = full_sheet(catalog)
    text = sheet_to_json(sheet)
    parsed = sheet_from_json(text)
    today = date(2026, 3, 1)
    findings = check_sheet(parsed, catalog, today=today)
    for _ in range(50):  # warm caches on both sides
        sheet_from_json(text)
        check_sheet(parsed, catalog, today=today)
    parse_s = per_call(lambda: sheet_from_json(text))
    check_s = per_call(lambda: check_sheet(parsed, catalog, today=today))
    report(
        "check",
        check_s / parse_s,
        TARGET,
        sheet=name,
        json_bytes=len(text.encode()),
        findings=len(findings),
        check_us=round(check_s * 1e6, 1),
        parse_us=round(parse_s * 1e6, 1),
    )


if __name__ == "__main__":
    main()
