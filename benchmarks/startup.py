"""Start-up: process start to main window shown with 1,000 sheets in the store.

Ratio against a bare PySide6 window started the same way in the same run. Target ≤ 3×.
The ratio is the app started in nynorsk, which loads the most catalogues (ours, Qt's
nynorsk and our bokmål for what Qt's nynorsk lacks); bokmål, which loads one, is printed
beside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, median, report

# PROSJEKTARK_BENCH_QUICK=1 (the test suite, which checks only that it runs) shrinks it.
QUICK = os.environ.get("PROSJEKTARK_BENCH_QUICK") == "1"
SHEETS = 200 if QUICK else 1000
RUNS = 1 if QUICK else 5
BARE = """
import os, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 800); w.show(); app.processEvents()
print(time.time() - float(os.environ["PROSJEKTARK_LAUNCH_TIME"]))
"""


def populate(home: Path) -> None:
    os.environ["PROSJEKTARK_HOME"] = str(home)
    from prosjektark import paths
    from prosjektark.domain.catalog import load_catalog
    from prosjektark.domain.examples import example_sheets
    from prosjektark.store.repository import Store

    catalog = load_catalog(paths.resource_dir())
    examples = example_sheets(catalog)
    store = Store.open(paths.database_path(), paths.attachments_dir())
    for i in range(SHEETS):
        sheet = examples[i % len(examples)].copy_as_new()
        sheet.identification.title = f"{sheet.identification.title} nr. {i}"
        store.create(sheet)
    store.close()


def timed(cmd: list[str], env: dict[str, str]) -> float:
    env = {**env, "PROSJEKTARK_LAUNCH_TIME": repr(time.time())}
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True).stdout
    last = out.strip().splitlines()[-1]
    return json.loads(last)["time_to_window_s"] if last.startswith("{") else float(last)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        populate(home)
        env = {
            **os.environ,
            "PROSJEKTARK_HOME": str(home),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(ROOT / "desktop"),
        }
        app_cmd = [sys.executable, "-m", "prosjektark", "--self-test"]
        bare_cmd = [sys.executable, "-c", BARE]
        nynorsk = {**env, "LANG": "nn_NO.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
        bokmal = {**nynorsk, "LANG": "nb_NO.UTF-8"}
        timed(app_cmd, nynorsk)  # warm the file cache and the database
        timed(bare_cmd, env)
        app_times, bokmal_times, bare_times = [], [], []
        for _ in range(RUNS):
            bare_times.append(timed(bare_cmd, env))
            app_times.append(timed(app_cmd, nynorsk))
            bokmal_times.append(timed(app_cmd, bokmal))
    app_s, bare_s = median(app_times), median(bare_times)
    report(
        "startup",
        app_s / bare_s,
        3.0,
        sheets=SHEETS,
        app_nynorsk_median_s=round(app_s, 3),
        app_bokmal_median_s=round(median(bokmal_times), 3),
        bare_window_median_s=round(bare_s, 3),
        runs=RUNS,
    )


if __name__ == "__main__":
    main()
