"""benchmarks/frozen_startup.py without a frozen build says so and exits 0 (a frozen build
is measured by `make bench`-style runs after `make dist`, not in the test suite)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_frozen_startup_skips_without_a_frozen_build(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "frozen_startup.py")],
        env={
            **os.environ,
            "PROSJEKTARK_HOME": str(tmp_path),
            "PROSJEKTARK_FROZEN_APP": str(tmp_path / "finnes-ikke"),
            "QT_QPA_PLATFORM": "offscreen",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "skipped, no frozen build at" in result.stdout
    assert str(tmp_path / "finnes-ikke") in result.stdout
