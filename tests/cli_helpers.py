"""Running `prosjektark` as a separate process, the way users and scripts do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """`prosjektark ARGS` with its own PROSJEKTARK_HOME; never a traceback, whatever the exit."""
    result = subprocess.run(
        [sys.executable, "-m", "prosjektark", *args],
        env={**os.environ, "PROSJEKTARK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True,
        text=True,
        errors="replace",
        timeout=180,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result
