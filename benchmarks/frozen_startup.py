"""Start-up of the frozen app (PyInstaller, dist/prosjektark-<version>/) against the source.

Process start to main window shown with 1,000 sheets in the store, as startup.py measures
it, in nynorsk (the most catalogues): the frozen `prosjektark --self-test` against
`python -m prosjektark --self-test` from the source tree, in the same run, alternating.
Ratio frozen / source; target ≤ 1.5× (the frozen app reads its modules from one archive
and its libraries from its own folder, where the source start reads site-packages).
Skips, saying so, when dist/ has no frozen build (`make dist` makes it);
PROSJEKTARK_FROZEN_APP names another folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
from pathlib import Path

from _common import ROOT, median, report
from startup import QUICK, SHEETS, populate, timed

RUNS = 1 if QUICK else 5


def frozen_app() -> Path:
    if os.environ.get("PROSJEKTARK_FROZEN_APP"):
        return Path(os.environ["PROSJEKTARK_FROZEN_APP"])
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return ROOT / "dist" / f"{project['name']}-{project['version']}"


def main() -> int:
    folder = frozen_app()
    program = folder / ("prosjektark.exe" if os.name == "nt" else "prosjektark")
    if not program.is_file():
        print(f"frozen_startup: skipped, no frozen build at {folder} (run `make dist` first)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        populate(home)
        env = {
            **os.environ,
            "PROSJEKTARK_HOME": str(home),
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "LANG": "nn_NO.UTF-8",
            "LANGUAGE": "",
            "LC_ALL": "",
            "LC_MESSAGES": "",
        }
        source_env = {**env, "PYTHONPATH": str(ROOT / "desktop")}
        frozen_cmd = [str(program), "--self-test"]
        source_cmd = [sys.executable, "-m", "prosjektark", "--self-test"]
        timed(frozen_cmd, env)  # warm the file cache and the database
        timed(source_cmd, source_env)
        frozen_times, source_times = [], []
        for _ in range(RUNS):
            frozen_times.append(timed(frozen_cmd, env))
            source_times.append(timed(source_cmd, source_env))
    frozen_s, source_s = median(frozen_times), median(source_times)
    report(
        "frozen_startup",
        frozen_s / source_s,
        1.5,
        sheets=SHEETS,
        frozen_median_s=round(frozen_s, 3),
        source_median_s=round(source_s, 3),
        frozen_runs_s=[round(t, 3) for t in frozen_times],
        source_runs_s=[round(t, 3) for t in source_times],
        runs=RUNS,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
